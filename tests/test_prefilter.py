"""The quick first-character test finds what its pattern finds, and stands aside where it cannot be read."""

import re

import pytest

from events.extraction.prefilter import finder, with_first_chars

TEXT = (
    "Two people were killed and 14 wounded in Kyiv; a drone-strike hit the ARMY depot, "
    "police said. Ambushed, the convoy lost 3 trucks_ and 2\u00a0men. Rallies, rallied, RALLY."
)


@pytest.mark.parametrize(
    ("pattern", "flags", "test"),
    [
        (r"(?<![\w-])(?:rall(?:y|ies|ied)|protests?)(?![\w-])", re.I, "(?=[pr])"),
        (r"\b(?:\d+|two|three)\s+(?:killed|wounded|men|trucks)", re.I, r"(?=[\dt])"),
        (r"(?-i:[A-Z]{2,})|drone", re.I, "(?=[A-Zd])"),
        (r"\s*said", 0, r"(?=[\ss])"),
        (r"(?<=a )(?:drone|police)-?\w*", 0, "(?=[dp])"),
    ],
)
def test_the_test_keeps_every_match(pattern, flags, test):
    plain = re.compile(pattern, flags)
    quick = with_first_chars(plain)
    assert quick.pattern.startswith(test)
    assert [(m.span(), m.groups()) for m in quick.finditer(TEXT)] == [
        (m.span(), m.groups()) for m in plain.finditer(TEXT)
    ]
    assert [m.span() for m in quick.finditer(TEXT, 10, 60)] == [
        m.span() for m in plain.finditer(TEXT, 10, 60)
    ]


@pytest.mark.parametrize(
    "pattern",
    [r"x*", r"(?:a|)b?", r"[^a]b", r".b", r"(a)?\1b", r"(?i:a)b", r"(?x) a  # a comment"],
)
def test_no_test_where_the_first_characters_cannot_be_read(pattern):
    plain = re.compile(pattern)
    assert with_first_chars(plain) is plain


def test_finder_makes_one_test_per_pattern():
    plain = re.compile(r"\bkilled\b")
    assert finder(plain) is finder(plain)
    assert finder(plain).pattern == r"(?=[k])(?:\bkilled\b)"
