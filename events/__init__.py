"""Sitrep: news reports about armed conflict -> geocoded, dated, typed, sourced event records."""

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = PROJECT_ROOT / "data"
