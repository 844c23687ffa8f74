"""The lexicon files an analyst edits: read, checked, errors named."""

from __future__ import annotations

import re
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


def _edit(folder, name: str, old: str, new: str) -> None:
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert old in text, (name, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "old", "new", "message"),
    [
        (
            "triggers.yaml",
            "  role: strong\n  weight: 0.9\n",
            "  role: strong\n  weigth: 0.9\n",
            r"triggers.yaml: air_strike: unknown key\(s\) weigth",
        ),
        (
            "triggers.yaml",
            "- id: kill\n  pattern: '",
            "- id: kill\n  pattern: '(unclosed|",
            r"triggers.yaml: kill: the pattern does not compile",
        ),
        (
            "triggers.yaml",
            "- id: interception\n",
            "- id: intercepted\n",
            r"triggers.yaml: interception: the code refers to this trigger id, but the file lacks it",
        ),
        (
            "triggers.yaml",
            "  role: weak\n  weight: 0.65\n",
            "  role: feeble\n  weight: 0.65\n",
            r"triggers.yaml: fighting: role 'feeble'",
        ),
        (
            "triggers.yaml",
            "  sub_event_type: Armed clash\n  role: strong\n",
            "  sub_event_type: Armed brawl\n  role: strong\n",
            r"Battles/Armed brawl is not in taxonomy.yaml",
        ),
        (
            "places.yaml",
            "area_words: ['region',",
            "area_words: ['(region',",
            r"places.yaml: area_words: \(region: the pattern does not compile",
        ),
        (
            "places.yaml",
            "anaphor_heads:",
            "anaphor_head:",
            r"places.yaml: \(file\): unknown key\(s\) anaphor_head",
        ),
        (
            "casualties.yaml",
            "combatants: [",
            "combatant: [",
            r"casualties.yaml: \(file\): unknown key\(s\) combatant",
        ),
        (
            "casualties.yaml",
            "auxiliaries: ['were',",
            "auxiliaries: ['(were',",
            r"casualties.yaml: auxiliaries: \(were: the pattern does not compile",
        ),
        (
            "casualties.yaml",
            "source_verbs: [",
            "source_verb: [",
            r"casualties.yaml: \(file\): unknown key\(s\) source_verb",
        ),
        (
            "casualties.yaml",
            "fatal_adverbs: ['fatally',",
            "fatal_adverbs: ['fatal+y',",
            r"casualties.yaml: fatal_adverbs: fatal\+y: expected a plain word",
        ),
        (
            "casualties.yaml",
            "fatal_adverbs: ['fatally', 'mortally']",
            "",
            r"casualties.yaml: fatal_adverbs: expected a non-empty list of words",
        ),
        (
            "actor_types.yaml",
            "    words: [rioters,",
            "    words: [gunmen, rioters,",
            r"actor_types.yaml: rioters: 'gunmen' is listed under political_militia too",
        ),
        (  # a bare YAML No is false, no word
            "actor_types.yaml",
            "Any, 'No',",
            "Any, No,",
            r"actor_types.yaml: not_names: False: expected a string",
        ),
        (
            "actor_types.yaml",
            "violence_done: [",
            "violence_dun: [",
            r"actor_types.yaml: \(file\): unknown key\(s\) violence_dun",
        ),
        ("actors.yaml", "    kind: armed_group\n", "    kind: gang\n", r"actors.yaml: .*: kind 'gang'"),
        (
            "actors.yaml",
            "head_of_state_titles: [President,",
            "head_of_state_titles: [(President,",
            r"actors.yaml: head_of_state_titles: \(President: the pattern does not compile",
        ),
        (
            "modality.yaml",
            'campaign_begun: "launched',
            'campaign_begun: "(launched',
            r"modality.yaml: campaign_begun: the pattern does not compile",
        ),
        (
            "holidays.yaml",
            "month: 12, day: 24}",
            "month: 2, day: 31}",
            r"holidays.yaml: Christmas Eve: month and day",
        ),
        ("modality.yaml", "recent_days: 14", "recent_days: soon", r"modality.yaml: recent_days must be"),
        (
            "modality.yaml",
            "generic_copulas: [are, is, remain,",
            "generic_copulas: [are, is, (remain,",
            r"modality.yaml: generic_copulas: \(remain: the pattern does not compile",
        ),
        (
            "modality.yaml",
            "trend_apart: [where, and, after]",
            "trend_apart: []",
            r"modality.yaml: trend_apart: expected a",
        ),
        (
            "modality.yaml",
            "relative_pronouns: [who, that, which]",
            "relative_pronouns: []",
            r"modality.yaml: relative_pronouns: expected a",
        ),
        (
            "modality.yaml",
            "latest_of: [latest, newest]",
            "latest_of: [(latest, newest]",
            r"modality.yaml: latest_of: \(latest: the pattern does not compile",
        ),
        (
            "modality.yaml",
            "series_after: [follows, followed, comes after, came after]",
            "series_after: []",
            r"modality.yaml: series_after: expected a",
        ),
        (
            "modality.yaml",
            "irregular_past:",
            "irregular_pasts:",
            r"modality.yaml: \(file\): unknown key\(s\)",
        ),
        (
            "actor_types.yaml",
            "linked_to: [",
            "linked_to: ['(ties', ",
            r"actor_types.yaml: linked_to: \(ties: the pattern does not compile",
        ),
        (
            "actor_types.yaml",
            "accused_of: [",
            "accused: [",
            r"actor_types.yaml: \(file\): unknown key\(s\) accused",
        ),
        (
            "modality.yaml",
            "press_outlets: [AFP,",
            "press_outlets: ['AFP)',",
            r"modality.yaml: press_outlets: AFP\): the pattern does not compile",
        ),
        (
            "modality.yaml",
            "seeking: ['demand(?:s|ed|ing)?',",
            "seeking: ['demand(?:s|ed|ing?',",
            r"modality.yaml: seeking: demand\(\?:s\|ed\|ing\?: the pattern does not compile",
        ),
        (
            "modality.yaml",
            "conceding: [",
            "conceding: ",
            r"modality.yaml: conceding: expected a non-empty list",
        ),
        (
            "actor_types.yaml",
            "crowd_subjects: [",
            "crowd_subject: [",
            r"actor_types.yaml: \(file\): unknown key\(s\) crowd_subject",
        ),
        (
            "note_labels.yaml",
            "Looting: Strategic developments::Looting/property destruction",
            "Looting: Strategic developments::Looting",
            r"note_labels.yaml: Looting: 'Strategic developments::Looting' is not",
        ),
        # each word-list entry is checked on its own: one that compiles only beside another, that matches the
        # empty string (and so at every word boundary), that sets a global flag or is no string is named
        (
            "modality.yaml",
            "trend_apart: [where, and, after]",
            "trend_apart: ['where|', and, after]",
            r"modality.yaml: trend_apart: where\|: the pattern matches the empty string",
        ),
        (
            "modality.yaml",
            "relative_pronouns: [who, that, which]",
            "relative_pronouns: ['(?:who', 'that)', which]",
            r"modality.yaml: relative_pronouns: \(\?:who: the pattern does not compile",
        ),
        (
            "places.yaml",
            "scene_modifiers: ['the',",
            "scene_modifiers: ['(?:the)?',",
            r"places.yaml: scene_modifiers: \(\?:the\)\?: the pattern matches the empty string",
        ),
        (
            "casualties.yaml",
            "subset_words: ['among',",
            "subset_words: ['among|',",
            r"casualties.yaml: subset_words: among\|: the pattern matches the empty string",
        ),
        (
            "modality.yaml",
            "trend_apart: [where, and, after]",
            "trend_apart: [where, '(?i)and', after]",
            r"modality.yaml: trend_apart: \(\?i\)and: a global flag",
        ),
        (
            "places.yaml",
            "not_scene_words: ['from',",
            "not_scene_words: [no, 'from',",
            r"places.yaml: not_scene_words: False: expected a string",
        ),
        (
            "casualties.yaml",
            "subset_words: ['among',",
            "subset_words: ['(?P<w>among)', '(?P<w>amid)',",
            r"casualties.yaml: subset_words: the entries do not compile together",
        ),
        # a single pattern too: one that matches the empty string
        (
            "triggers.yaml",
            "- id: kill\n  pattern: '",
            "- id: kill\n  pattern: '|",
            r"triggers.yaml: kill: the pattern matches the empty string",
        ),
        (
            "modality.yaml",
            'negation: "not|',
            'negation: "(?:not)?|',
            r"modality.yaml: negation: the pattern matches the empty string",
        ),
    ],
)
def test_a_bad_entry_is_named_with_its_file(lexicon_copy, name, old, new, message):
    _edit(lexicon_copy, name, old, new)
    with pytest.raises(SitrepError, match=message):
        build_lexicon(lexicon_copy)


def test_the_word_lists_are_data(lexicon_copy):
    """An analyst extends a list without reading Python: a new scene word takes effect."""
    _edit(lexicon_copy, "places.yaml", "scene_words: ['in',", "scene_words: ['in', 'alongside',")
    lexicon = build_lexicon(lexicon_copy)
    assert lexicon.places.locative.search("fighting alongside ")
    assert not build_lexicon().places.locative.search("fighting alongside ")


def test_the_words_of_habits_are_data(lexicon_copy):
    """An irregular past added to modality.yaml is no bare present ("bandits slay farmers" stays a habit's
    verb until "slay" is listed); a word of an accusation added to actor_types.yaml is read before a side."""
    assert build_lexicon().bare_verb.fullmatch("slay")
    _edit(lexicon_copy, "modality.yaml", "irregular_past: [shot,", "irregular_past: [slay, shot,")
    _edit(lexicon_copy, "actor_types.yaml", "accused_of: [accused,", "accused_of: [charged, accused,")
    lexicon = build_lexicon(lexicon_copy)
    assert not lexicon.bare_verb.fullmatch("slay")
    assert lexicon.accused_before.search("three men charged of helping ")
    assert not build_lexicon().accused_before.search("three men charged of helping ")


@pytest.mark.parametrize(
    ("text", "ground"),
    [
        ("The TNLA captured the ruby-mining town of Mogok.", True),
        ("The group said it had seized the junta's regional command headquarters.", True),
        ("Troops recaptured Lalibela from the rebels.", True),
        ("Villagers captured and tied up the other two gunmen.", False),
        ("Two militants were killed, injured or captured during the operation.", False),
        ("Police captured two suspects in Goma.", False),
        ("Police captured two Ukrainian soldiers near the border.", False),
        ("Villagers captured all five attackers.", False),
        ("The town was captured by Russian forces on Monday.", True),
        ("The village was retaken by Ukrainian troops.", True),
    ],
)
def test_a_capture_of_ground_needs_ground_after_the_verb(text, ground):
    """'{ground}' in triggers.yaml: taking territory is told with the ground taken (a name or a
    word of places.yaml ground_words), not with the people caught."""
    capture = [t for t in build_lexicon().triggers if t.id in ("overtake", "regain")]
    assert any(t.pattern.search(text) for t in capture) == ground


def test_the_words_of_ground_are_data(lexicon_copy):
    _edit(lexicon_copy, "places.yaml", "ground_words: ['towns?',", "ground_words: ['towns?', 'ridges?',")
    capture = next(t for t in build_lexicon(lexicon_copy).triggers if t.id == "overtake")
    assert capture.pattern.search("Rebels captured the ridge above the valley.")


@pytest.mark.parametrize(
    ("text", "place", "region", "area"),
    [
        ("killed four in Tsayau village, Jibia Local Government Area of the state", "Tsayau", "Jibia",
         "Local Government Area"),
        ("killed four in Tsayau village, Jibia LGA", "Tsayau", "Jibia", "LGA"),
    ],
)  # fmt: skip
def test_a_region_told_with_its_kind_is_the_region_alone(text, place, region, area, lexicon):
    # the region's name stops where its kind word starts ("Jibia Local Government Area" is Jibia)
    found = lexicon.places.unknown_with_region.search(text)
    assert (found.group("place"), found.group("region"), found.group("area")) == (place, region, area)


# the word lists that were Python in events/extraction/codebook_ranks.py: (file, key)
MOVED_LISTS = [
    ("actor_types.yaml", "armed_things"),
    ("modality.yaml", "combined_arms"),
    ("modality.yaml", "ground_units"),
    ("modality.yaml", "support_verbs"),
    ("modality.yaml", "support_weapons"),
    ("modality.yaml", "support_kinds"),
    ("modality.yaml", "support_nouns"),
]


def _edit_list(folder, name: str, key: str, edit) -> None:
    """The list under ``key`` (a flow sequence, perhaps over several lines) replaced by ``edit`` of it."""
    path = folder / name
    text, found = re.subn(
        rf"(?ms)^{key}: \[.*?\]\n", lambda m: edit(m.group(0)), path.read_text(encoding="utf-8")
    )
    assert found == 1, (name, key)
    path.write_text(text, encoding="utf-8")


@pytest.mark.parametrize(("name", "key"), MOVED_LISTS)
@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda key, old: f"{key}: []\n", "expected a non-empty list"),
        (lambda key, old: old.replace("[", "['(?:post', ", 1), r"\(\?:post: the pattern does not compile"),
        (
            lambda key, old: old.replace("[", "['posts?|', ", 1),
            r"posts\?\|: the pattern matches the empty string",
        ),
        (lambda key, old: "", ""),  # the key left out
    ],
    ids=["empty", "bad pattern", "empty match", "missing"],
)
def test_a_moved_word_list_is_checked(lexicon_copy, name, key, edit, message):
    _edit_list(lexicon_copy, name, key, lambda old: edit(key, old))
    with pytest.raises(
        SitrepError, match=rf"{re.escape(name)}: (?:{key}: {message}|\(file\): missing key\(s\) {key})"
    ):
        build_lexicon(lexicon_copy)


def test_the_words_of_combined_arms_and_armed_things_are_data(lexicon_copy):
    """Ground forces told with a new remote weapon in support, an armed side's new thing struck: an
    analyst's words take effect; the shipped patterns are the ones codebook_ranks held."""
    shipped = build_lexicon()
    assert shipped.combined_arms.search("troops backed by Russian air strikes attacked the militants")
    assert shipped.armed_things.match("a gendarmerie post", len("a gendarmerie"))
    assert not shipped.combined_arms.search("troops backed by mortars")
    assert not shipped.armed_things.match("an army tank", len("an army"))
    _edit_list(
        lexicon_copy, "modality.yaml", "support_weapons", lambda old: old.replace("[", "['mortars?', ", 1)
    )
    _edit_list(
        lexicon_copy, "actor_types.yaml", "armed_things", lambda old: old.replace("[", "['tanks?', ", 1)
    )
    lexicon = build_lexicon(lexicon_copy)
    assert lexicon.combined_arms.search("troops backed by mortars")
    assert lexicon.armed_things.match("an army tank", len("an army"))
