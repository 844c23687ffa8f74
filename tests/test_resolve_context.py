"""What the rest of a US local story tells the hand-set resolver: the state its names of a
first-level division give beyond doubt ("Ohio", "Tenn.", "New York"), and a name qualified
once ("Paris, Tenn.") read so where it stands alone."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from text_kit import spans_of

from events.places import resolve_spans


def chosen(gazetteer, text, *names):
    return resolve_spans(text, spans_of(text, *names), gazetteer)


@pytest.mark.parametrize(
    ("name", "admin1"),
    [("Ohio", "US.OH"), ("Tenn.", "US.TN"), ("Illinois", "US.IL"), ("New York", "US.NY"),
     ("Washington", None), ("Georgia", None), ("Paris", None), ("Henry County", None)],
)  # fmt: skip
def test_a_name_stands_for_a_division_beyond_doubt_only_when_its_people_say_so(gazetteer, name, admin1):
    """Ohio counties elsewhere, a Willmar once called "Ill" weigh nothing beside the state;
    Washington (the state, and D.C.) and Georgia (the state, and the country) stay open."""
    division = gazetteer.division_named(gazetteer.lookup(name))
    if admin1 is None:
        assert division is None
    else:
        assert (gazetteer.kind(division), gazetteer.index.admin1[division]) == ("admin1", admin1)


def test_the_state_a_story_names_holds_its_counties(gazetteer):
    text = "Ohio transportation officials said the bridge in Franklin County will close."
    state, county = chosen(gazetteer, text, "Ohio", "Franklin County")
    assert gazetteer.index.admin1[state.entry] == "US.OH"
    assert gazetteer.index.admin1[county.entry] == "US.OH"
    assert "division US.OH named in the article" in county.evidence


def test_states_named_in_equal_numbers_name_no_state_of_the_story(gazetteer):
    alone = "Officials said the bridge in Franklin County will close."
    split = "Officials from Ohio, Virginia and Kentucky said the bridge in Franklin County will close."
    (county,) = chosen(gazetteer, alone, "Franklin County")
    *_, listed = chosen(gazetteer, split, "Ohio", "Virginia", "Kentucky", "Franklin County")
    assert listed.entry == county.entry
    assert not any("named in the article" in e for e in listed.evidence[1:] if "division" in e)


def test_a_repeated_name_of_a_state_is_no_evidence_for_itself(gazetteer):
    """ "New York" twice, and nothing else: the city, as when named once."""
    once = chosen(gazetteer, "New York officials met on Monday.", "New York")
    twice = chosen(gazetteer, "New York officials met on Monday. New York will vote.", "New York", "New York")
    assert [r.entry for r in twice] == [once[0].entry] * 2


def test_a_name_qualified_once_is_read_so_where_it_stands_alone(gazetteer):
    text = "PARIS, Tenn. (AP) — The plant will close, Paris officials said."
    first, _, second = chosen(gazetteer, text, "PARIS", "Tenn.", "Paris")
    assert gazetteer.index.admin1[first.entry] == gazetteer.index.admin1[second.entry] == "US.TN"
    assert "qualified by 'Tenn.' elsewhere in the article" in second.evidence
    (bare,) = chosen(gazetteer, "The plant will close, Paris officials said.", "Paris")
    assert gazetteer.country_code(bare.entry) == "FR"


def test_a_qualifier_of_its_own_comes_before_one_told_elsewhere(gazetteer):
    text = "Paris, Tenn., held a fair on Friday. Paris, Texas, held one too."
    first, _, second, _ = chosen(gazetteer, text, "Paris", "Tenn.", "Paris", "Texas")
    assert gazetteer.index.admin1[first.entry] == "US.TN"
    assert gazetteer.index.admin1[second.entry] == "US.TX"


def test_a_bare_name_of_the_state_a_dateline_names_is_the_state(gazetteer):
    text = "CAMP MURRAY, Wash. - The team trains at home in Washington and flies to Guam."
    *_, state, _ = chosen(gazetteer, text, "CAMP MURRAY", "Wash.", "Washington", "Guam")
    assert (gazetteer.kind(state.entry), gazetteer.index.admin1[state.entry]) == ("admin1", "US.WA")
    assert "the report is filed from US.WA" in state.evidence
    oregon = text.replace("Wash.", "Ore.")
    *_, town, _ = chosen(gazetteer, oregon, "CAMP MURRAY", "Ore.", "Washington", "Guam")
    assert gazetteer.kind(town.entry) == "city"  # D.C., as without a dateline


def test_the_benchmark_scores_extra_corpora_from_a_folder_only_when_there(tmp_path, capsys):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    try:
        import geoparse
    finally:
        sys.path.pop(0)
    assert geoparse.extra_corpora(None) == {}
    assert geoparse.extra_corpora(tmp_path / "absent") == {}
    assert "no *.jsonl there" in capsys.readouterr().out
    (tmp_path / "local.jsonl").write_text('{"id": "a", "text": "Paris", "toponyms": []}\n', encoding="utf-8")
    (tmp_path / "geowebnews.jsonl").write_text("", encoding="utf-8")  # a shared corpus's name: not taken
    assert geoparse.extra_corpora(tmp_path) == {"local": tmp_path / "local.jsonl"}


@pytest.mark.parametrize(
    ("text", "name", "word"),
    [("It joins Carroll and Weakley counties.", "Carroll", "county"),
     ("Shelling hit the Kharkiv and Sumy regions.", "Kharkiv", "region"),
     ("It joins Carroll and Weakley County.", "Carroll", ""),
     # a list written with commas alone shares it too
     ("Russian attacks kill 3 civilians in Kharkiv, Kherson oblasts", "Kharkiv", "oblast"),
     ("Shelling hit Kharkiv, Sumy and Chernihiv regions.", "Kharkiv", "region"),
     ("Shelling hit Kharkiv, Sumy and Chernihiv.", "Kharkiv", "")],
)  # fmt: skip
def test_the_first_of_two_names_shares_the_plural_area_word_of_the_second(gazetteer, text, name, word):
    from events.places import mentions_at

    (mention,) = mentions_at(text, spans_of(text, name), gazetteer)
    assert mention.area_word == word


@pytest.mark.parametrize("name", ["Mexico", "Panama", "Kuwait", "Guatemala"])
def test_a_country_named_alone_is_no_vote_for_its_capital(gazetteer, name):
    """The country a name votes for is the name's own: it weighs for none of its candidates,
    so "in northwest Mexico" stays the country, not the capital that "Mexico" also names."""
    [place] = chosen(gazetteer, f"Authorities in northwest {name} are searching for the gunmen.", name)
    assert gazetteer.kind(place.entry) == "country"


def test_the_benchmark_counts_the_gold_entry_itself_only_where_the_corpus_names_one():
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    try:
        import geoparse
    finally:
        sys.path.pop(0)
    outcome = geoparse.Outcome()
    doc = {"id": "d"}
    region = {"name": "Donetsk region", "lat": 48.0, "lon": 37.8, "geonameid": 709716}
    city = {"lat": 48.02, "lon": 37.8, "geonameid": 709717, "name": "Donetsk", "kind": "city"}
    outcome.add(doc, region, city, True, False)  # a hit within 161 km, but not the entry given
    outcome.add(doc, dict(region, geonameid=709717), city, True, False)
    outcome.add(doc, dict(region, geonameid=None), city, True, False)  # no entry given: not counted
    figures = outcome.figures()
    assert (figures["acc"], figures["same_id"]) == (1.0, 0.5)
