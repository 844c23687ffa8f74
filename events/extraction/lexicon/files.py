"""The readers and checks every lexicon loader shares: a data file read, a pattern compiled, a word
list joined, keys checked; each error names the file and the entry."""

from __future__ import annotations

import re
from functools import lru_cache
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
        compiled = words(pattern, flags, scans)
    except re.error as exc:
        raise SitrepError(f"{file}: {entry}: the pattern does not compile ({exc})") from exc
    # (words() matches the empty string where the pattern does: "attack|" would match at every word boundary)
    if compiled.fullmatch(""):
        raise SitrepError(f"{file}: {entry}: the pattern matches the empty string")
    return compiled


def _alternation_of(file: str, key: str, entries: list[Any]) -> str:
    """The entries of a word list joined as one alternation. Each entry must compile on its own, set no
    global flag and match some text: "where|" or "(?:the)?" would match at every word boundary, "(?:who"
    and "that)" compile only together, "(?i)who" only first. A bad entry is named with its file and key."""
    joined = "|".join(_checked_entries(file, key, entries))
    try:
        re.compile(joined)  # (entries that compile one by one and not together: a group's name twice)
    except re.error as exc:
        raise SitrepError(f"{file}: {key}: the entries do not compile together ({exc})") from exc
    return joined


def _checked_entries(file: str, key: str, entries: list[Any]) -> tuple[str, ...]:
    """The entries of a word list, each checked on its own (_check_entry)."""
    for entry in entries:
        _check_entry(file, key, entry)
    return tuple(entries)


def _check_entry(file: str, key: str, entry: Any) -> None:
    if not isinstance(entry, str):  # (YAML reads a bare on, no, yes as true or false)
        raise SitrepError(f"{file}: {key}: {entry!r}: expected a string (quote it: 'on', 'no')")
    if problem := _entry_problem(entry):
        raise SitrepError(f"{file}: {key}: {entry}: {problem}")


# a word-list entry with no pattern syntax in it ("killed", "water cannon"): nothing to check
PLAIN_ENTRY = re.compile(r"[\w'’ -]+")


@lru_cache(maxsize=4096)  # (a lexicon is built again with the same entries, by tests and a second directory)
def _entry_problem(entry: str) -> str | None:
    """What is wrong with one word-list entry on its own, if anything."""
    if PLAIN_ENTRY.fullmatch(entry):
        return None
    try:
        compiled = re.compile(entry)
    except re.error as exc:
        return f"the pattern does not compile ({exc})"
    if compiled.flags != re.UNICODE:  # a global flag ("(?i)") is an error anywhere but first
        return "a global flag; set flags on a group, '(?i:...)'"
    if compiled.fullmatch(""):
        return "the pattern matches the empty string"
    return None


def _check_keys(file: str, entry: str, raw: Any, allowed: set[str]) -> None:
    if not isinstance(raw, dict):
        raise SitrepError(f"{file}: {entry}: expected a mapping, not {raw!r:.60}")
    unknown = sorted(set(raw) - allowed)
    if unknown:
        raise SitrepError(
            f"{file}: {entry}: unknown key(s) {', '.join(unknown)}; known: {', '.join(sorted(allowed))}"
        )


def _word_alternation(file: str, key: str, raw: Any, spaced: bool = True) -> str:
    """A non-empty list of words (or patterns) joined as one alternation, each space any run of spaces
    (or, not ``spaced``, as written); a bad entry is named."""
    if not isinstance(raw, list) or not raw or not all(isinstance(w, str) and w for w in raw):
        raise SitrepError(f"{file}: {key}: expected a non-empty list of words, not {raw!r:.60}")
    return _alternation_of(file, key, [w.replace(" ", r"\s+") for w in raw] if spaced else raw)


def _word_list(path: Path) -> frozenset[str]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise SitrepError(f"lexicon file {path} cannot be read: {exc}") from exc
    return frozenset(w.strip().lower() for w in lines if w.strip() and not w.lstrip().startswith("#"))
