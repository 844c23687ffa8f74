"""The learned judge of which names the finder proposes are places (events.places.detector)."""

from __future__ import annotations

import json

import pytest

from events.errors import GazetteerError
from events.places import (
    DETECTOR_PATH,
    MentionModel,
    find_mentions,
    judged,
    keep_places,
    load_mention_model,
)


def _kept(text: str, gazetteer) -> list[str]:
    return [m.text for m in find_mentions(text, gazetteer)]


def test_the_shipped_file_says_what_it_was_fitted_on():
    data = json.loads(DETECTOR_PATH.read_text(encoding="utf-8"))
    assert set(data["trained_on"]) == {"geowebnews", "tr-news", "geovirus"}
    model = load_mention_model()
    assert 0 < model.threshold < 1 and model.weights


@pytest.mark.parametrize(
    ("text", "place", "why"),
    [
        ("Boston Mayor Marty Walsh spoke on Tuesday. Walsh said the city would reopen schools.", "Walsh",
         "a surname: after a first name elsewhere, before 'said'"),
        ("Thomas Jefferson wrote to the governor.", "Jefferson", "a surname after a first name"),
    ],
)  # fmt: skip
def test_names_that_are_not_places_here_are_dropped(gazetteer, text, place, why):
    assert place in [m.text for m in find_mentions(text, gazetteer, judge=False)], "the finder proposes it"
    assert place not in _kept(text, gazetteer), why


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("On 10 March 2024, Russian forces shelled Huliaipole, Zaporizhia. A house was damaged.",
         ["Huliaipole", "Zaporizhia"]),
        ("An NGO convoy was ambushed near Beni (Beni, Nord-Kivu).", ["Beni", "Beni", "Nord-Kivu"]),
        ("Gunmen killed a farmer in Kwal district (Bassa LGA, Plateau).", ["Kwal"]),
        ("Borova in the Kharkiv region came under fire.", ["Borova", "Kharkiv"]),
        ("The RSF were accused of terrorising Bara, a town north of El Obeid.", ["Bara", "El Obeid"]),
        # after the area that holds it, in the possessive (a capitalised word before it, yet no surname)
        ("Thousands held a rally against the land law in Punjab’s Ludhiana as the dispute entered its third "
         "month.", ["Punjab", "Ludhiana"]),
    ],
)  # fmt: skip
def test_places_told_as_places_are_kept(gazetteer, text, places):
    kept = _kept(text, gazetteer)
    assert all(p in kept for p in places), kept


def test_adjectives_of_countries_and_curated_points_of_interest_are_not_judged(gazetteer):
    text = "Russian drones struck near the Kremlin, and Trump’s Mar-a-Lago hosted talks."
    mentions = find_mentions(text, gazetteer, judge=False)
    unjudged = {m.text for m in mentions if not judged(m, gazetteer)}
    assert {"Russian", "Kremlin", "Mar-a-Lago"} <= unjudged
    never = MentionModel("test", {}, -40.0, 0.5)  # a model that takes nothing for a place
    assert {m.text for m in keep_places(text, mentions, gazetteer, never)} == unjudged


def test_an_unreadable_model_file_is_an_error_naming_it(tmp_path):
    bad = tmp_path / "toponym-mentions.json"
    bad.write_text('{"version": "1", "weights": {}}', encoding="utf-8")
    with pytest.raises(GazetteerError, match="toponym-mentions.json"):
        load_mention_model(bad)


def test_a_preposition_opening_a_sentence_starts_no_name(gazetteer):
    """ "Besides Kyiv, ..." and "Across Ukraine, ...": the preposition is no part of a name, and the
    place after it is not read as a surname for following a capitalised word."""
    from events.places.mentions import find_mentions

    text = "Strikes hit Lviv on Friday. Besides Kyiv, strikes hit Odesa. Across Ukraine, sirens sounded."
    names = [m.text for m in find_mentions(text, gazetteer, judge=False)]
    assert {"Kyiv", "Ukraine"} <= set(names)
