"""The lexicon files an analyst edits: read, checked, errors named."""

from __future__ import annotations

import shutil

import pytest

from events.errors import SitrepError
from events.extraction.lexicon import LEXICON_DIR, build_lexicon


@pytest.fixture
def lexicon_copy(tmp_path):
    target = tmp_path / "lexicon"
    shutil.copytree(LEXICON_DIR, target)
    return target


def test_the_shipped_lexicon_caps_claimed_tallies():
    lexicon = build_lexicon()
    assert lexicon.claimed_tally_cap == 10
    assert lexicon.attribution.search("According to Russian sources, 40 soldiers were killed")
    assert lexicon.attribution.search("the Ukrainian General Staff said")
    assert not lexicon.attribution.search("Russian forces shelled the village")


@pytest.mark.parametrize("value", ["ten", "-1", "2.5", "true"])
def test_a_bad_cap_is_named(lexicon_copy, value):
    path = lexicon_copy / "modality.yaml"
    text = path.read_text(encoding="utf-8").replace("claimed_tally_cap: 10", f"claimed_tally_cap: {value}")
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SitrepError, match="claimed_tally_cap"):
        build_lexicon(lexicon_copy)


def test_without_a_cap_tallies_are_only_divided(lexicon_copy):
    path = lexicon_copy / "modality.yaml"
    text = path.read_text(encoding="utf-8").replace("claimed_tally_cap: 10\n", "")
    path.write_text(text, encoding="utf-8")
    assert build_lexicon(lexicon_copy).claimed_tally_cap is None
