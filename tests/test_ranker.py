"""The learned ranker: its file, its scoring, and what its features say on small literal cases."""

from __future__ import annotations

import numpy as np
import pytest

from events.places import (
    STAGE1,
    STAGE2,
    Ranker,
    Stage,
    find_mentions,
    load_ranker,
    read_document,
    resolve_mentions,
    stage2,
)


def test_the_shipped_file_matches_the_code_and_round_trips():
    ranker = load_ranker()
    assert ranker.stage1.features == STAGE1 and ranker.stage2.features == STAGE2
    assert Ranker.from_dict(ranker.to_dict()).to_dict() == ranker.to_dict()


def test_a_ranker_with_other_features_is_refused():
    data = load_ranker().to_dict()
    data["stage1"]["features"] = data["stage1"]["features"][:-1]
    with pytest.raises(Exception, match="features differ"):
        Ranker.from_dict(data)


def _one_weight(name: str, value: float) -> Ranker:
    """A ranker that looks at one feature only."""
    stages = [Stage(f, np.asarray([value if n == name else 0.0 for n in f]), 0.0) for f in (STAGE1, STAGE2)]
    return Ranker("test", *stages)


@pytest.mark.parametrize(
    ("text", "name", "feature", "kind", "country"),
    [
        ("Drones were assembled in Odessa, Texas, last year.", "Odessa", "qualified_by", "city", "US"),
        ("The Kharkiv region was shelled.", "Kharkiv", "area_word_area", "admin1", "UA"),
        ("Paris hosted the summit.", "Paris", "log_population", "city", "FR"),
        ("NEW YORK (AP) - Shares fell on Monday.", "NEW YORK", "dateline_point", "city", "US"),
        ("Fires burned in California, New York and Texas.", "New York", "list_same_kind", "admin1", "US"),
        # the kind the list's other names have before any context: countries, so Georgia the country
        (
            "Troops moved through Georgia, Armenia and Azerbaijan.",
            "Georgia",
            "list_prior_kind",
            "country",
            "GE",
        ),
    ],
)
def test_each_feature_moves_the_choice_its_way(gazetteer, text, name, feature, kind, country):
    mentions = find_mentions(text, gazetteer)
    chosen = {
        r.mention.text: r for r in resolve_mentions(text, mentions, gazetteer, _one_weight(feature, 1.0))
    }
    entry = gazetteer.entry(chosen[name].entry)
    assert (entry["kind"], entry["country_code"]) == (kind, country), chosen[name].evidence


@pytest.mark.parametrize(
    ("text", "name", "feature", "division"),
    [
        # a state weighs as the town of its name when that town holds a large share of its people
        ("Snow fell across New York on Tuesday.", "New York", "namesake_town_inside", "US.NY"),
        # a county chosen for another name is a place a town can be near
        ("Athens police and Oconee County deputies searched the area.", "Athens", "log_nearest_km", "US.GA"),
    ],
)
def test_a_feature_against_the_state_or_the_far_namesake_gives_the_town(
    gazetteer, text, name, feature, division
):
    mentions = find_mentions(text, gazetteer)
    chosen = {
        r.mention.text: r for r in resolve_mentions(text, mentions, gazetteer, _one_weight(feature, -1.0))
    }
    entry = gazetteer.entry(chosen[name].entry)
    assert (entry["kind"], entry["admin1_code"]) == ("city", division), chosen[name].evidence


def test_a_repeated_name_is_no_evidence_for_itself(gazetteer):
    text = "London police said. London officials agreed. Ontario farmers sold corn."
    document = read_document(text, find_mentions(text, gazetteer), gazetteer)
    picks = np.asarray([m.candidates[0][0] for m in document.mentions])
    rows = stage2(document.frame, picks, gazetteer)
    first = document.frame.bounds[0]
    column = STAGE2.index("picks_same_country")
    # the other "London" is left out: only Ontario counts, and it is not in Britain
    london_uk = [r for r in range(*first) if gazetteer.index.ids[document.frame.entries[r]] == "gn:2643743"]
    assert london_uk and rows[london_uk[0], column] == 0.0


def test_the_shipped_ranker_resolves_with_evidence_and_confidence(gazetteer):
    text = "Flooding hit Springfield, Illinois, and nearby Decatur on Monday."
    mentions = find_mentions(text, gazetteer)
    chosen = {r.mention.text: r for r in resolve_mentions(text, mentions, gazetteer, load_ranker())}
    springfield = chosen["Springfield"]
    assert gazetteer.entry(springfield.entry)["admin1_code"] == "US.IL"
    assert "qualified by 'Illinois'" in springfield.evidence
    assert 0.5 < springfield.confidence <= 1.0


def test_a_dateline_and_a_list_are_read_from_the_text(gazetteer):
    text = "HOUSTON (AP) - Storms hit Ohio, Indiana and Kentucky. Crews came from Dallas."
    document = read_document(text, find_mentions(text, gazetteer), gazetteer)
    frame = document.frame
    names = [m.text for m in document.mentions]
    dateline = frame.stage1[:, STAGE1.index("dateline_point")]
    houston = frame.bounds[names.index("HOUSTON")]
    assert dateline[houston[0] : houston[1]].any()
    assert not dateline[houston[1] :].any()  # "Dallas" opens no report
    lists = dict(zip(names, frame.lists.tolist(), strict=True))
    assert lists["Ohio"] == lists["Indiana"] == lists["Kentucky"] >= 0
    assert lists["HOUSTON"] == lists["Dallas"] == -1


@pytest.mark.parametrize(
    ("text", "name", "kind", "division"),
    [
        # probe sentences written for the purpose: a famous namesake in a local story
        ("Parents from Athens and Watkinsville spoke to the Oconee County board.", "Athens", "city", "US.GA"),
        ("Governors of California, New York and Texas asked for federal aid.", "New York", "admin1", "US.NY"),
        ("NEW YORK (AP) - Stocks fell as investors in London and Tokyo sold.", "NEW YORK", "city", "US.NY"),
        # other names of the story with places near a candidate (session 59, names_near)
        (
            "Paris firefighters and Sulphur Springs police closed the road on Monday.",
            "Paris",
            "city",
            "US.TX",
        ),
        (
            "Paris police said the fire began at a store. Mount Pleasant and Sulphur Springs crews helped. "
            "Lamar County officials closed the road.",
            "Paris",
            "city",
            "US.TX",
        ),
    ],
)
def test_the_shipped_ranker_reads_the_rest_of_the_story(gazetteer, text, name, kind, division):
    mentions = find_mentions(text, gazetteer)
    chosen = {r.mention.text: r for r in resolve_mentions(text, mentions, gazetteer, load_ranker())}
    entry = gazetteer.entry(chosen[name].entry)
    assert (entry["kind"], entry["admin1_code"]) == (kind, division), chosen[name].evidence
    assert chosen[name].confidence > 0.3  # no knife-edge choice (Athens, Georgia was 0.18 at one time)


def test_the_rankers_evidence_is_worded_when_read_and_stays_the_same(gazetteer):
    """The ranker's reasons are put into words when first read (not for every name resolved); the
    words are the same read once or many times, compare equal to a tuple, and pickle as one."""
    import pickle

    from events.places.resolved import Evidence

    text = "Flooding hit Springfield, Illinois, and nearby Decatur on Monday."
    mentions = find_mentions(text, gazetteer)
    chosen = resolve_mentions(text, mentions, gazetteer, load_ranker())
    springfield = next(r for r in chosen if r.mention.text == "Springfield")
    assert isinstance(springfield.evidence, Evidence)
    words = tuple(springfield.evidence)
    assert words[0] == gazetteer.label(springfield.entry) and len(words) > 1
    assert springfield.evidence == words and words == springfield.evidence
    assert springfield.evidence[1:] == words[1:] and list(springfield.evidence) == list(words)
    assert pickle.loads(pickle.dumps(springfield)).evidence == words
    assert hash(springfield.evidence) == hash(words)


def test_acled_notes_teach_no_town_for_a_name_told_as_a_state(gazetteer, tmp_path):
    """ACLED codes an event told only at a state at a town of the state's name: that says where the
    coder put it, not that "Kano state" means the town, so such a name teaches the fit nothing."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    try:
        import train_ranker
    finally:
        sys.path.pop(0)
    notes = tmp_path / "notes.csv"
    notes.write_text(
        "event_id_cnty,location,latitude,longitude,notes\n"
        'X1,Kano,12.0,8.52,"On 3 May 2021, gunmen raided a market in Kano state."\n'
        'X2,Kano,12.0,8.52,"On 4 May 2021, gunmen raided a market in Kano."\n',
        encoding="utf-8",
    )
    state, town = train_ranker.acled_examples(notes, gazetteer)
    assert not state.labels.any() and town.labels.any()


def test_names_near_is_the_same_in_blocks(gazetteer, monkeypatch):
    """The document's rows are compared in blocks (memory bounded): any block size gives one column."""
    from events.places import features

    text = (
        "Crews from Dallas, Houston and Austin helped in Texas. Lamar County deputies and Paris police came"
    )
    column = STAGE1.index("names_near")
    whole = read_document(text, find_mentions(text, gazetteer), gazetteer).frame.stage1[:, column]
    monkeypatch.setattr(features, "NEAR_BLOCK", 1)
    blocked = read_document(text, find_mentions(text, gazetteer), gazetteer).frame.stage1[:, column]
    assert whole.any() and np.array_equal(whole, blocked)
