"""Casualty counts as ACLED counts them (table-driven)."""

from __future__ import annotations

import pytest

from events.casualties import number_value, parse_casualties


@pytest.mark.parametrize(
    ("text", "fatalities", "injuries"),
    [
        ("injuring three individuals and resulting in one fatality", 1, 3),
        ("At least 12 people were killed and 30 wounded.", 12, 30),
        ("A 67-year-old man was killed in the attack.", 1, None),
        ("Two children were among the dead.", None, None),
        ("No one was hurt, officials said.", 0, 0),
        ("No one was injured.", None, 0),
        ("The strike killed dozens of civilians.", 12, None),
        ("which resulted in casualties and significant damage", None, None),
        ("The death toll rose to 14 on Sunday.", 14, None),
        ("killing three and injuring twenty-one people", 3, 21),
        ("Shelling killed a woman and injured two men.", 1, 2),
        ("three guided bombs struck homes", None, None),
        ("There were no casualties.", 0, 0),
        ("1,200 people were killed", 1200, None),
    ],
)
def test_counts(text, fatalities, injuries):
    result = parse_casualties(text)
    assert (result.fatalities, result.injuries) == (fatalities, injuries)


@pytest.mark.parametrize(
    ("word", "value"),
    [("one", 1), ("twenty-one", 21), ("dozens", 12), ("12", 12), ("1,500", 1500), ("zzz", None)],
)
def test_number_words(word, value):
    assert number_value(word) == value
