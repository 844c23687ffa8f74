"""A quick test before a costly pattern: the characters a match can open with, read off the pattern
and set as a lookahead in front of it. ``re`` tries a pattern at every position of the text, and a long
alternation of words under IGNORECASE enters each of its branches there; the lookahead turns most
positions away at once. Every match starts with one of those characters, so the matches found (their
spans and groups) are the pattern's own."""

from __future__ import annotations

import re

try:  # (re's own parser: private, so read defensively; without it no pattern gets a test)
    from re import _constants as sre
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover
    sre = sre_parse = None

# the classes a class item may name, as written in a pattern
_CATEGORIES = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}
_UNREAD = re.X | re.DEBUG  # flags under which the pattern is not wrapped (a comment could swallow the ")")


def finder(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern with its quick test (made once per pattern object), for scanning whole texts."""
    held = _FOUND.get(id(pattern))
    if held is None or held[0] is not pattern:
        held = _FOUND[id(pattern)] = (pattern, with_first_chars(pattern))
    return held[1]


_FOUND: dict[int, tuple[re.Pattern[str], re.Pattern[str]]] = {}


def with_first_chars(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``(?=[<first characters>])(?:<pattern>)``, under the pattern's flags; the pattern itself when
    its first characters cannot be read (any character, a back-reference, an empty match)."""
    if not isinstance(pattern.pattern, str):
        return pattern
    quick = _quick(pattern.pattern, pattern.flags)
    return pattern if quick is None else quick


def compiled(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, with the quick test in front where it can be read (a pattern made
    once, at load: one parse more than ``re.compile`` costs, no second pattern)."""
    quick = _quick(source, flags)
    return re.compile(source, flags) if quick is None else quick


def _quick(source: str, flags: int) -> re.Pattern[str] | None:
    if sre is None or flags & _UNREAD:
        return None
    try:
        items, empty = _first(sre_parse.parse(source, flags).data, flags & re.I)
        if items is None or empty or not items:
            return None
        return re.compile(f"(?=[{''.join(sorted(items))}])(?:{source})", flags)
    except (re.error, AttributeError, KeyError, TypeError, ValueError):  # (a parser of another version)
        return None


def _first(sequence, ignore_case: int) -> tuple[set[str] | None, bool]:
    """The class items (as written) of the characters the sequence can open with, None for any; and
    whether it can match the empty string."""
    items: set[str] = set()
    for op, av in sequence:
        found, empty = _first_of(op, av, ignore_case)
        if found is None:
            return None, False
        items |= found
        if not empty:
            return items, False
    return items, True


def _first_of(op, av, ignore_case: int) -> tuple[set[str] | None, bool]:
    if op is sre.LITERAL:
        return {re.escape(chr(av))}, False
    if op is sre.IN:
        return _class_items(av), False
    if op is sre.SUBPATTERN:
        _, add_flags, _, sub = av
        if add_flags & ~re.I or (add_flags & re.I and not ignore_case):
            return None, False  # (a case it ignores the test would not: no test)
        return _first(sub.data, ignore_case)
    if op is sre.ATOMIC_GROUP:
        return _first(av.data, ignore_case)
    if op is sre.BRANCH:
        items: set[str] = set()
        empty = False
        for branch in av[1]:
            found, branch_empty = _first(branch.data, ignore_case)
            if found is None:
                return None, False
            items |= found
            empty = empty or branch_empty
        return items, empty
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        least, _, sub = av
        found, empty = _first(sub.data, ignore_case)
        return found, empty or least == 0
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return set(), True  # (no character taken: what follows opens the match)
    return None, False


def _class_items(items) -> set[str] | None:
    out: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            out.add(re.escape(chr(av)))
        elif op is sre.RANGE:
            out.add(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is sre.CATEGORY and str(av) in _CATEGORIES:
            out.add(_CATEGORIES[str(av)])
        else:
            return None  # (a negated class: any character but some)
    return out
