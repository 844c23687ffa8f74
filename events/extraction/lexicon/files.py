"""The readers and checks every lexicon loader shares: a data file read, a pattern compiled, a word
list joined, keys checked; each error names the file and the entry."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from events import DATA_DIR
from events.errors import SitrepError
from events.extraction import prefilter

LEXICON_DIR = DATA_DIR / "lexicon"


def words(pattern: str, flags: int = re.I, scans: bool = False) -> re.Pattern[str]:
    """Compile an alternation so that it matches whole words only; one that ``scans`` whole texts gets
    a quick test of its first characters in front (events.extraction.prefilter: the same matches)."""
    source = rf"(?<![\w-])(?:{pattern})(?![\w-])"
    return prefilter.compiled(source, flags) if scans else re.compile(source, flags)


def _alternation(aliases: list[str]) -> str:
    return "|".join(re.escape(a) for a in sorted(set(aliases), key=len, reverse=True))


def _listed_words(aliases: list[str], flags: int = re.I) -> re.Pattern[str]:
    """words() of a list of literal aliases, which scans whole texts: its quick test (prefilter) is
    their first characters, read off the list (parsing a long alternation is slow)."""
    if not aliases or not all(aliases):
        return words(_alternation(aliases), flags)
    first = "".join(sorted({re.escape(a[0]) for a in aliases}))
    return re.compile(rf"(?=[{first}])(?<![\w-])(?:{_alternation(aliases)})(?![\w-])", flags)


def _read(path: Path) -> Any:
    try:
        # libyaml's loader where PyYAML has it: the lexicon loads at every start
        return yaml.load(
            path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        )  # noqa: S506
    except (OSError, yaml.YAMLError) as exc:
        raise SitrepError(f"lexicon file {path} cannot be read: {exc}") from exc


def _compiled(file: str, entry: str, pattern: Any, flags: int = re.I, scans: bool = False) -> re.Pattern[str]:
    if not isinstance(pattern, str) or not pattern:
        raise SitrepError(f"{file}: {entry}: the pattern must be a non-empty string, not {pattern!r}")
    try:
        return words(pattern, flags, scans)
    except re.error as exc:
        raise SitrepError(f"{file}: {entry}: the pattern does not compile ({exc})") from exc


def _alternation_of(file: str, key: str, entries: list[Any]) -> str:
    """The entries of a word list joined as one alternation; a bad entry is named."""
    joined = "|".join(str(w) for w in entries)
    try:
        re.compile(joined)
    except re.error:
        for entry in entries:
            _compiled(file, f"{key}: {entry}", entry)
        raise
    return joined


def _check_keys(file: str, entry: str, raw: Any, allowed: set[str]) -> None:
    if not isinstance(raw, dict):
        raise SitrepError(f"{file}: {entry}: expected a mapping, not {raw!r:.60}")
    unknown = sorted(set(raw) - allowed)
    if unknown:
        raise SitrepError(
            f"{file}: {entry}: unknown key(s) {', '.join(unknown)}; known: {', '.join(sorted(allowed))}"
        )


def _word_alternation(file: str, key: str, raw: Any) -> str:
    """A non-empty list of words (or patterns) joined as one alternation, each space any run of spaces;
    a bad entry is named."""
    if not isinstance(raw, list) or not raw or not all(isinstance(w, str) and w for w in raw):
        raise SitrepError(f"{file}: {key}: expected a non-empty list of words, not {raw!r:.60}")
    return _alternation_of(file, key, [w.replace(" ", r"\s+") for w in raw])


def _word_list(path: Path) -> frozenset[str]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise SitrepError(f"lexicon file {path} cannot be read: {exc}") from exc
    return frozenset(w.strip().lower() for w in lines if w.strip() and not w.lstrip().startswith("#"))
