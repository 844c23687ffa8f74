"""Helpers the place tests share: spans of names in a text."""

from __future__ import annotations


def spans_of(text: str, *names: str) -> list[tuple[int, int]]:
    """The spans of the names, each found after the one before it."""
    out, start = [], 0
    for name in names:
        start = text.index(name, start)
        out.append((start, start + len(name)))
        start += len(name)
    return out
