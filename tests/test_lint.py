"""ruff is part of the test suite: lint errors fail the build."""

from __future__ import annotations

import subprocess
import sys

from events import PROJECT_ROOT


def test_ruff_is_clean():
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "--output-format", "concise",
                             str(PROJECT_ROOT)], capture_output=True, text=True)  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
