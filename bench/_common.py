"""Shared by the benchmark scripts: where the shared benchmark data lives, and the fixed
split of every corpus into a tuning part and a check part."""

from __future__ import annotations

import hashlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "bench"
PARTS = ("tuning", "check")


def benchmark_file(argv: list[str], default: Path) -> Path | None:
    """The file named on the command line, else ``default``; None (with a message) if absent."""
    path = Path(argv[1]) if len(argv) > 1 else default
    if not path.exists():
        print(
            f"benchmark data not found: {path} (it lives in ../shared, read-only; "
            "it is never copied into this repository)"
        )
        return None
    return path


def part(key: str) -> str:
    """'tuning' or 'check', fixed forever by a hash of the row's or article's id.
    Errors are read only in the tuning part; the check part predicts unseen data."""
    return PARTS[hashlib.sha256(key.encode("utf-8")).digest()[0] % 2]
