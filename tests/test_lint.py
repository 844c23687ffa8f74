"""ruff is part of the test suite: lint errors and unformatted files fail the build."""

from __future__ import annotations

import subprocess
import sys

from events import PROJECT_ROOT

# Checked by `ruff format --check` everywhere but here. TEMPORARY: these are being edited
# on main while branch `house` lands; the lead formats them after merging and empties
# this list (the extraction and place stages, and the extraction benchmark's scripts).
NOT_YET_FORMATTED = [
    "events/extraction",
    "events/places",
    "bench/extraction.py",
    "bench/_news.py",
    "bench/train_event_types.py",
]


def _ruff(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "ruff", *args], capture_output=True, text=True, cwd=PROJECT_ROOT
    )


def test_ruff_is_clean():
    result = _ruff("check", "--output-format", "concise", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format_is_clean():
    excluded = [f"--extend-exclude={path}" for path in NOT_YET_FORMATTED]
    result = _ruff("format", "--check", *excluded, ".")
    assert result.returncode == 0, result.stdout + result.stderr
