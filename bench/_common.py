"""Shared by the benchmark scripts: where the shared benchmark data lives."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "bench"


def benchmark_file(argv: list[str], default: Path) -> Path | None:
    """The file named on the command line, else ``default``; None (with a message) if absent."""
    path = Path(argv[1]) if len(argv) > 1 else default
    if not path.exists():
        print(f"benchmark data not found: {path} (it lives in ../shared, read-only; "
              "it is never copied into this repository)")
        return None
    return path
