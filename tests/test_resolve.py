"""`sitrep resolve` and the resolver's coverage: demonyms, continents, seas, lists and qualifiers."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from text_kit import spans_of

from events.places import find_mentions, resolve_mentions, resolve_spans

SITREP = str(Path(sys.executable).parent / "sitrep")


def resolved(gazetteer, text, *names):
    return [gazetteer.entry(r.entry) if r else None
            for r in resolve_spans(text, spans_of(text, *names), gazetteer)]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "name", "kind", "code"),
    [
        ("Russian officials said nothing.", "Russian", "country", "RU"),
        ("British troops withdrew.", "British", "country", "GB"),
        ("Leaders across Europe reacted.", "Europe", "continent", None),
        ("Prices fell in Africa.", "Africa", "continent", None),
        ("Ships crossed the Black Sea.", "Black Sea", "water", None),
        ("Storms over the Atlantic grew.", "Atlantic", "water", None),
        ("Tension in the Middle East rose.", "Middle East", "region", None),
        ("He flew to Orange County.", "Orange County", "admin2", "US"),
        ("Fighting in Eastern Ghouta and North Darfur continued.", "North Darfur", "admin1", "SD"),
        # names written with Latin letters beyond Latin Extended-B ("Kunaṟ", "Quảng Trị")
        ("Militants died in Kunar province on Sunday.", "Kunar", "admin1", "AF"),
        ("Floods hit Quang Tri.", "Quang Tri", "admin1", "VN"),
        # a people named after its country (a demonym's English plural), as a given span
        ("Palestinians gathered at the checkpoint.", "Palestinians", "country", "PS"),
        ("Ukrainians queued for water.", "Ukrainians", "country", "UA"),
        # the kind of area told before the name
        ("The governor of New York signed the bill.", "New York", "admin1", "US"),
        ("Gunmen attacked a village in the state of Zamfara.", "Zamfara", "admin1", "NG"),
        # a region's common English name (data/gazetteer/aliases.csv), not the US towns named after it
        ("An Israeli drone attacked a car in South Lebanon.", "South Lebanon", "admin1", "LB"),
        # "D.C." names the district, and qualifies Washington the city
        ("Lawmakers in Washington, D.C., voted.", "D.C.", "admin1", "US"),
    ],
)
def test_coverage(gazetteer, text, name, kind, code):
    (entry,) = resolved(gazetteer, text, name)
    assert entry is not None and entry["kind"] == kind, entry
    if code:
        assert entry["country_code"] == code


def test_qualifier_picks_the_state_and_a_list_is_not_a_qualifier(gazetteer):
    tacoma, washington = resolved(gazetteer, "a bakery in Tacoma, Washington, said", "Tacoma", "Washington")
    assert washington["kind"] == "admin1" and washington["admin1_code"] == "US.WA"
    text = "After stops in Washington, New York and Boston, he left."
    dc, ny, boston = resolved(gazetteer, text, "Washington", "New York", "Boston")
    assert (dc["kind"], dc["admin1_code"]) == ("city", "US.DC")
    assert ny["kind"] == "city" and boston["kind"] == "city"
    (dc,) = resolved(gazetteer, "He was taken to a hospital in Washington, D.C. on Monday.", "Washington")
    assert (dc["kind"], dc["admin1_code"]) == ("city", "US.DC")


def test_a_small_place_known_by_another_name_is_no_word_of_a_longer_name(gazetteer):
    from events.places import find_mentions

    text = "Personnel of the Border Police Force were on patrol."
    assert [text[m.start : m.end] for m in find_mentions(text, gazetteer)] == []


def test_a_kind_word_heading_a_name_is_not_a_place_alone(gazetteer):
    from events.places import find_mentions

    text = "Troops attacked fighters at Lake Chad and near Mount Kenya."
    found = [text[m.start : m.end] for m in find_mentions(text, gazetteer, judge=False)]
    assert "Lake" not in found and "Mount" not in found


def test_unknown_long_names_fall_back_to_a_known_part(gazetteer):
    (entry,) = resolved(gazetteer, "fans of Manchester City cheered", "Manchester City")
    assert entry["name"] == "Manchester" and entry["country_code"] == "GB"


def test_resolve_command_round_trip(tmp_path):
    text = "Shelling hit Kharkov and Odesa, Ukraine, while officials in Paris met."
    doc = {"id": "d1", "text": text,
           "toponyms": [{"start": s, "end": e, "name": text[s:e]}
                        for s, e in spans_of(text, "Kharkov", "Odesa", "Ukraine", "Paris")]}  # fmt: skip
    doc["toponyms"].append({"start": 0, "end": 8, "name": "Shelling"})
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps(doc) + "\n", encoding="utf-8")
    result = subprocess.run([SITREP, "resolve", str(source)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    (out,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert out["id"] == "d1" and out["text"] == text
    kharkiv, odesa, ukraine, paris, shelling = out["toponyms"]
    assert (kharkiv["name"], kharkiv["geonameid"]) == ("Kharkiv", 706483)
    assert kharkiv["surface"] == "Kharkov" and abs(kharkiv["lat"] - 49.98) < 0.1
    assert odesa["name"] == "Odesa" and paris["geonameid"] == 2988507
    assert ukraine["geonameid"] == 690791
    assert shelling["lat"] is None and shelling["lon"] is None and shelling["geonameid"] is None


def test_resolve_command_rejects_bad_lines(tmp_path):
    source = tmp_path / "bad.jsonl"
    source.write_text('{"id": 1, "text": "x", "toponyms": [{"start": 0, "end": 9}]}\n', "utf-8")
    result = subprocess.run([SITREP, "resolve", str(source)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 2 and "bad.jsonl:1" in result.stderr


def test_geoparse_command_finds_and_resolves_names(tmp_path):
    texts = [
        {"id": "a", "text": "Shelling hit Kharkov and Odesa, Ukraine.\u2028Officials in Paris met."},
        {"id": "b", "text": "Nothing happened here."},
    ]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(json.dumps(t, ensure_ascii=False) for t in texts) + "\n", encoding="utf-8")
    result = subprocess.run([SITREP, "geoparse", str(source)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    a, b = [json.loads(line) for line in result.stdout.split("\n") if line]
    assert a["id"] == "a" and b == {"id": "b", "toponyms": []}
    names = [(t["name"], t["geonameid"]) for t in a["toponyms"]]
    assert names == [("Kharkov", 706483), ("Odesa", 698740), ("Ukraine", 690791), ("Paris", 2988507)]
    kharkov = a["toponyms"][0]
    assert texts[0]["text"][kharkov["start"] : kharkov["end"]] == "Kharkov"
    assert abs(kharkov["lat"] - 49.98) < 0.1


def test_geoparse_command_names_a_bad_line(tmp_path):
    source = tmp_path / "bad.jsonl"
    source.write_text('{"id": "a", "text": "Kyiv"}\n[1, 2]\n', "utf-8")
    result = subprocess.run([SITREP, "geoparse", str(source)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 2 and "bad.jsonl:2" in result.stderr


@pytest.mark.parametrize(
    ("text", "name", "kind", "admin1"),
    [
        ("Deputies in Anderson County, Tenn., said so.", "Anderson County", "admin2", "US.TN"),
        ("The fair in Paris, Tenn., opened.", "Paris", "city", "US.TN"),
        ("Officials in Madison County, N.Y., said so.", "Madison County", "admin2", "US.NY"),
        ("A storm hit Springfield, Ill., on Monday.", "Springfield", "city", "US.IL"),
        ("Crews reached Swift Current, Sask., by noon.", "Swift Current", "city", "CA.11"),
        ("A fire near Red Deer, Alta., spread.", "Red Deer", "city", "CA.01"),
    ],
)
def test_us_counties_and_towns_with_newspaper_state_abbreviations(gazetteer, text, name, kind, admin1):
    (entry, _) = resolved(gazetteer, text, name, text.split(", ")[1].split(",")[0])
    assert (entry["kind"], entry["admin1_code"]) == (kind, admin1), entry


def test_a_kind_word_before_a_name_counts_in_lower_case_only(gazetteer):
    from events.places import mentions_at

    text = "In the state of Zamfara and the province of Kunar, the Islamic State of Iraq and the Town of Gao."
    words = [
        m.area_word or m.settlement_word
        for m in mentions_at(text, spans_of(text, "Zamfara", "Kunar", "Iraq", "Gao"), gazetteer)
    ]
    assert words == ["state", "province", "", ""]


def test_a_settlement_word_tells_a_town_not_an_area(gazetteer):
    """ "Mopti town", "the town of Gao", "the mayor of Kharkiv": the name is a settlement's;
    a capitalised one is part of a name ("Kansas City")."""
    from events.places import find_mentions, resolve_mentions

    text = "Shots in Mopti town, the town of Gao and near the mayor of Kharkiv; Kansas City fans left."
    mentions = find_mentions(text, gazetteer)
    words = {m.text: m.settlement_word for m in mentions}
    assert words == {"Mopti": "town", "Gao": "town", "Kharkiv": "city", "Kansas City": ""}
    for chosen in resolve_mentions(text, [m for m in mentions if m.settlement_word], gazetteer):
        assert gazetteer.entry(chosen.entry)["kind"] == "city"
        assert any(e.startswith("the text calls it a ") for e in chosen.evidence), chosen.evidence
    # the text says it is a place: kept whatever the mention model would say of the name
    text = "Sixty people marched in the town of Leo; others met at the Mopti town hall."
    assert [(m.text, m.settlement_word) for m in find_mentions(text, gazetteer)][0] == ("Leo", "town")
    unjudged = find_mentions(text, gazetteer, judge=False)
    assert [m.settlement_word for m in unjudged if m.text == "Mopti"] == [""]


@pytest.mark.parametrize(
    ("pattern", "ends", "before"),
    [
        ("DIRECTION", ("ern", "central"), ["fighting in northern ", "the south-eastern ", "in central "]),
        ("AREA_BEFORE", ("of", "the"), ["the province of ", "the state of the ", "the governor of "]),
        ("SETTLEMENT_BEFORE", ("of",), ["the town of ", "the mayor of "]),
        ("NEAR_WORDS", None, ["near ", "on the outskirts of ", "20 km south of the town of ", "close to ",
                              "in the vicinity of the ", "towards ", "heading toward ", "just outside ",
                              "nearby ", "in the direction of ", "in proximity to "]),
        ("OFFSET", "relation", ["20 km north of ", "5 miles from the ", "30km (19mi) east of the town of "]),
        ("OUTSKIRTS", "relation", ["on the outskirts of ", "the suburbs of the "]),
        ("BETWEEN", "relation", ["fighting between ", "between the villages of ", "between Kupiansk and "]),
        ("RURAL_BEFORE", "rural", ["attacks on villages in ", "a village in far north-east ", "rural ",
                                   "the countryside of the ", "burnt hamlets in south-central ",
                                   "two villages in West "]),
    ],
)  # fmt: skip
def test_the_quick_word_tests_never_skip_a_pattern_that_matches(pattern, ends, before):
    """mentions.py tries these patterns only when the text before a name ends with one of a
    few words (a speed guard): every text a pattern matches must pass that guard."""
    from events.places import mentions, relative

    compiled = getattr(mentions, pattern, None) or getattr(relative, pattern)
    for text in before:
        assert compiled.search(text), text
        wanted = {"relation": relative.RELATION_ENDS, "rural": mentions.RURAL_ENDS}.get(ends, ends)
        wanted = wanted or relative.NEAR_ENDS
        assert relative.last_letters(text).endswith(wanted), text


@pytest.mark.parametrize(
    "before",
    ["", "fighting near ", "20 km south of the town of ", "just outside the capital, ", "west of ",
     "the north-east of ", "5 nm off ", "3,5 kilometres south-west of ", "twenty miles from ",
     "in the vicinity of the ", "“near ", "Near ", "NORTH OF ", "killed in "],
)  # fmt: skip
def test_the_quick_searches_find_what_the_whole_pattern_finds(before):
    """relative.near_words searches NEAR_WORDS from the first word it can open with, and OFFSET is
    tried only where UNIT finds its unit (speed guards): they find what the patterns find."""
    from events.places import relative

    text = f"Troops were seen {before}"
    low = text.lower() if text.isascii() else None
    found = relative.near_words(text, low)
    plain = relative.NEAR_WORDS.search(text)
    assert (found and found.span(), found and found.groupdict()) == (
        plain and plain.span(),
        plain and plain.groupdict(),
    )
    assert relative.OFFSET.search(text) is None or relative.UNIT.search(text) is not None


def test_mentions_and_choices_made_at_once_equal_those_made_field_by_field(gazetteer):
    """mentions._make_mention (its fields written into a copy of _MENTION_FIELDS) and
    resolved.resolution set a frozen dataclass's fields at once (a speed path): the objects equal,
    hash, print and pickle as those made by their __init__."""
    import dataclasses
    import pickle

    from events.places import Mention, Resolved
    from events.places.mentions import _MENTION_FIELDS
    from events.places.resolved import resolution

    fields = {"start": 3, "end": 9, "text": "Odessa", "candidates": ((1, 2),), "area_word": "", "near": True,
              "relation": "offset", "offset_km": 20.0, "bearing": 90.0}  # fmt: skip
    made, plain = object.__new__(Mention), Mention(**fields)
    made.__dict__.update(_MENTION_FIELDS, **fields)
    assert made == plain and hash(made) == hash(plain) and repr(made) == repr(plain)
    assert pickle.loads(pickle.dumps(made)) == plain and vars(made) == vars(plain)
    # (the speed path copies plain defaults only: a field with a default factory, or a __post_init__,
    # would be skipped by it, so neither class may grow one unnoticed)
    for kind in (Mention, Resolved):
        assert not hasattr(kind, "__post_init__")
        assert all(f.default_factory is dataclasses.MISSING for f in dataclasses.fields(kind))
    chosen, chosen_plain = resolution(made, 1, 0.5, ("why",)), Resolved(plain, 1, 0.5, ("why",))
    assert (
        chosen == chosen_plain and hash(chosen) == hash(chosen_plain) and repr(chosen) == repr(chosen_plain)
    )


def test_containment_by_codes_and_the_nearest_distance_equal_the_plain_ones(gazetteer):
    """features._inside (by the codes entry_arrays keeps) and Gazetteer.nearest_km (the least
    haversine term first) give what Gazetteer.contains and distances_km give."""
    import numpy as np

    from events.places.features import _inside

    ix = gazetteer.index
    names = ["Ukraine", "Kharkiv", "Texas", "Odessa", "Harris County", "Houston", "Middle East", "Syria",
             "Damascus", "New York", "Brooklyn", "Sahel", "Mali"]  # fmt: skip
    entries = sorted({e for name in names for e, _ in gazetteer.lookup(name)})
    areas = [a for a in entries if ix.kinds[a] in ("country", "admin1", "admin2", "region")]
    pairs = [(a, p) for a in areas for p in entries]
    inside = _inside(np.asarray([a for a, _ in pairs]), np.asarray([p for _, p in pairs]), gazetteer)
    assert inside.any()
    # (contains only: a first-level division holds a division filed under its code with a suffix,
    # a second-level division with no town filed under it the town it is named after)
    plain = [gazetteer.contains(a, p) and not ix.admin1[p].startswith(ix.admin1[a] + ".")
             and not (ix.kinds[a] == "admin2" and gazetteer._seat_of(a, p)) for a, p in pairs]  # fmt: skip
    assert inside.tolist() == plain
    rng = np.random.default_rng(0)
    excluded = rng.random((len(entries), len(entries))) < 0.3
    km = np.where(excluded, np.inf, gazetteer.distances_km(entries, entries)).min(axis=1)
    assert np.array_equal(gazetteer.nearest_km(entries, entries, excluded), km)


# Texts whose names recur with other kind words and other neighbours: what is kept per name
# (span candidates, the rules' name scores, the ranker's name rows) must not carry one
# mention's words or document into another's choice.
KEPT_PER_NAME = [
    "Shelling hit Kharkiv on Monday. The Kharkiv region was shelled too.",
    "The Kharkiv region was shelled. Kharkiv, the city, was calm.",
    "The mayor of Kharkiv spoke. Kharkiv village was hit.",
    "Drones were assembled in Odessa, Texas, last year. Odessa was quiet.",
    "Odessa was quiet. Ships left Odessa for Istanbul.",
    "NEW YORK (AP) - Fires burned in California, New York and Texas.",
]


def _choices(gazetteer, ranker, spans_of):
    from events.places import resolve_spans

    return [[(r.entry, r.confidence, r.evidence) if r else None
             for r in resolve_spans(text, spans, gazetteer, ranker)] for text, spans in spans_of]  # fmt: skip


@pytest.mark.parametrize("learned", [False, True])
def test_what_is_kept_per_name_gives_the_choices_of_a_fresh_start(gazetteer, learned):
    from events.places import load_ranker

    ranker = load_ranker() if learned else None
    names = re.compile(r"Kharkiv|Odessa|Texas|Istanbul|NEW YORK|California|New York")
    spans_of = [(t, [m.span() for m in names.finditer(t)]) for t in KEPT_PER_NAME]
    kept = (gazetteer.span_candidates, gazetteer.rule_scores, gazetteer.ranker_rows)
    fresh = []
    for text, spans in spans_of:  # each text alone, after emptying what is kept
        gazetteer.forget_names()
        assert not any(kept)
        fresh.extend(_choices(gazetteer, ranker, [(text, spans)]))
    assert _choices(gazetteer, ranker, spans_of) == fresh  # in one run, names met before kept
    assert _choices(gazetteer, ranker, spans_of[::-1]) == fresh[::-1]
    used = (gazetteer.span_candidates, gazetteer.ranker_rows if learned else gazetteer.rule_scores)
    assert all(len(store) > 0 for store in used)


def test_what_is_kept_per_name_is_bounded(gazetteer, monkeypatch):
    from events.places import mentions_at

    monkeypatch.setattr("events.places.mentions.SPAN_CACHE", 2)
    gazetteer.span_candidates.clear()
    text = "Kyiv, Lviv, Odessa and Kharkiv."
    spans = [(0, 4), (6, 10), (12, 18), (23, 30)]
    first = [m.candidates for m in mentions_at(text, spans, gazetteer)]
    assert len(gazetteer.span_candidates) <= 2
    assert [m.candidates for m in mentions_at(text, spans, gazetteer)] == first


@pytest.mark.parametrize("learned", [False, True])
def test_candidates_given_as_lists_are_chosen_as_tuples_are(gazetteer, learned):
    from dataclasses import replace

    from events.places import load_ranker, mentions_at, resolve_mentions

    ranker = load_ranker() if learned else None
    text = "Drones were assembled in Odessa, Texas, last year."
    mentions = mentions_at(text, [(25, 31), (33, 38)], gazetteer)
    listed = [replace(m, candidates=[list(c) for c in m.candidates]) for m in mentions]
    gazetteer.forget_names()
    expected = [(r.entry, r.evidence) for r in resolve_mentions(text, mentions, gazetteer, ranker)]
    assert [(r.entry, r.evidence) for r in resolve_mentions(text, listed, gazetteer, ranker)] == expected


def test_an_abbreviated_first_word_joins_the_name_and_is_also_looked_up_spelled_out(gazetteer):
    """ "St. Petersburg", "Ft. Worth": the period after an abbreviated first word does not cut the
    name; "St." is also read as "Saint", which may be the only spelling an entry has."""
    from events.places import find_mentions

    text = "Witkoff met Putin in St. Petersburg on Friday, then flew to St. Louis and Ft. Worth."
    mentions = find_mentions(text, gazetteer)
    assert [m.text for m in mentions] == ["St. Petersburg", "St. Louis", "Ft. Worth"]
    petersburg = {gazetteer.country_code(entry) for entry, _ in mentions[0].candidates}
    assert {"RU", "US"} <= petersburg


@pytest.mark.parametrize(
    ("name", "admin1"),
    [("Lower Shabelle", "SO.14"), ("Middle Shabelle", "SO.13"), ("Lower Juba", "SO.09")],
)
def test_a_division_spelt_with_a_letter_doubled_or_not_is_found(gazetteer, name, admin1):
    """GeoNames spells "Lower Shabeelle"; reports write "Lower Shabelle"."""
    text = f"Al-Shabaab attacked a military base in {name} region on Sunday."
    [place] = [r for r in resolve_mentions(text, find_mentions(text, gazetteer), gazetteer)
               if r.mention.text == name]  # fmt: skip
    assert (gazetteer.kind(place.entry), gazetteer.index.admin1[place.entry]) == ("admin1", admin1)
    [given] = resolve_spans(text, spans_of(text, name), gazetteer)  # a span given, as `sitrep resolve` reads
    assert given.entry == place.entry
    # one word: only a large city's main name, never a province's or a village's ("Marra" is no
    # Tanzanian Mara, "Bieh" no Angolan Bie)
    assert gazetteer.lookup_variant("hiraan") == gazetteer.lookup_variant("marra") == ()


def test_the_spelling_tables_are_cached_with_the_index(gazetteer):
    """lookup_variant's tables are made once, when the index is cached, not at each run's first
    look-up; the cached ones are what the gazetteer would make."""
    from events.places import Gazetteer

    cached = gazetteer.index.variants
    assert cached is not None
    assert cached == Gazetteer(gazetteer.index).spelling_variants()


@pytest.mark.parametrize(
    ("name", "main_name", "kind"),
    [
        ("Nassiriya", "Nasiriyah", "city"),
        ("Falluja", "Al Fallūjah", "city"),
        ("Day Kundi", "Dāykundī", "admin1"),
        # the Arabic ending -iyya written another way ("Nabatieh" in GeoNames), for a town of any size
        ("Nabatiya", "Nabatîyé et Tahta", "city"),
        ("Sulaymaniya", "Sulaymaniyah", "city"),
        # the article inside a name written with "a" or "e" ("Deir el-Balah" in GeoNames)
        ("Deir al-Balah", "Dayr al Balaḩ", "city"),
        # a name of several words with the vowels transliterations swap (e/i, o/u)
        ("Deir ez-Zur", "Deir ez-Zor", "city"),
        # a province's words run together, "and" ("va") left out, a vowel's "h" dropped
        ("Salahaddin", "Şalāḩ ad Dīn", "admin1"),
        ("Sistan-Baluchistan", "Sīstān va Balūchestān", "admin1"),
    ],
)
def test_a_large_city_or_province_spelt_another_way_is_found(gazetteer, name, main_name, kind):
    """A letter doubled or not, a closing "h", the Arabic article, words joined: the ways
    reports spell the main name of a large city or a province."""
    text = f"Gunmen attacked a police post in {name} on Sunday."
    [place] = [r for r in resolve_mentions(text, find_mentions(text, gazetteer), gazetteer)
               if r.mention.text == name]  # fmt: skip
    assert (gazetteer.name(place.entry), gazetteer.kind(place.entry)) == (main_name, kind)


@pytest.mark.parametrize(
    ("name", "main_name", "country"),
    [
        # the article in lower case, as news agencies write it, opens the name
        ("al-Bab", "Al Bāb", "SY"),
        ("al-Mayadin", "Al Mayādīn", "SY"),
        # the article written where GeoNames files the name without it ("Mokha")
        ("al-Mokha", "Mocha", "YE"),
    ],
)
def test_a_name_opened_by_the_arabic_article_is_found(gazetteer, name, main_name, country):
    text = f"An air strike hit a market in {name} on Sunday, killing five civilians."
    [place] = [r for r in resolve_mentions(text, find_mentions(text, gazetteer), gazetteer)
               if r.mention.text == name]  # fmt: skip
    assert (gazetteer.name(place.entry), gazetteer.country_code(place.entry)) == (main_name, country)


def test_a_district_holds_the_town_it_is_named_after_where_geonames_files_none_under_it(gazetteer):
    """GeoNames files no town under Somalia's "Dhuusamarreeb" district: its namesake town in the same
    region lies in it (one event, told at the district and at the town, is one place)."""
    [(town, _)] = [(e, s) for e, s in gazetteer.lookup("Dhuusamarreeb") if gazetteer.kind(e) == "city"]
    [(district, _)] = [(e, s) for e, s in gazetteer.lookup("Dhuusamarreeb") if gazetteer.kind(e) == "admin2"]
    assert not gazetteer.index.towns_in.get(district)
    assert gazetteer.contains(district, town) and not gazetteer.contains(town, district)
    [(mogadishu, _)] = [(e, s) for e, s in gazetteer.lookup("Mogadishu") if gazetteer.kind(e) == "city"][:1]
    assert not gazetteer.contains(district, mogadishu)


def test_the_arabic_article_is_left_off_only_for_places_where_names_carry_it(gazetteer):
    """ "al-Hol" is no Norwegian Hol; a lower-case "al-" name is read only where a place stands."""
    assert gazetteer.lookup_without_article("al hol") == ()
    assert gazetteer.lookup_without_article("mokha") == ()
    # only where a place stands: after a preposition of place or a kind of place, and not a channel
    for text, name, found in [
        ("Supporters of al-Sadr clashed with police in Basra.", "al-Sadr", False),
        ("Strikes hit Hodeidah on Monday, the Houthi-run al-Masirah TV reported.", "al-Masirah", False),
        ("The Islamic State in Iraq and al-Sham claimed the attack.", "al-Sham", False),
        ("Missiles hit the Red Sea port city of al-Mokha.", "al-Mokha", True),
    ]:
        names = [text[m.start : m.end] for m in find_mentions(text, gazetteer, judge=False)]
        assert (name in names) == found, text
    # written with a capital, the article leaves a media or group name as it is ("Al Masirah" TV)
    text = "Strikes hit Hodeidah, the Houthi-run Al Masirah TV reported."
    assert "Al Masirah" not in [text[m.start : m.end] for m in find_mentions(text, gazetteer, judge=False)]


@pytest.mark.parametrize(
    "key",
    # bearings, and one word folding as a province of several words without the Arabic article in it
    # (Spain's Villarreal is no Portuguese Vila Real; Kosovo's Novoselo no Novo Selo)
    [
        "hamas",
        "allah",
        "mohammed",
        "shabaab",
        "christmas",
        "bieh",
        "southeast",
        "northwest",
        "hezbollah",
        "northwestern",
        "villarreal",
        "novoselo",
    ],  # fmt: skip
)
def test_words_that_are_no_place_have_no_spelling_variant(gazetteer, key):
    assert gazetteer.lookup_variant(key) == ()


@pytest.mark.parametrize(
    ("key", "namesake"), [("war ii", "warri"), ("nature", "natori"), ("leader r", "liadir"), ("in a", "ina")]
)
def test_vowels_are_read_alike_only_between_names_of_several_words(gazetteer, key, namesake):
    """The vowels transliterations swap are read alike only when both names have two words or
    more, of two letters or more: "War II" folds as Nigeria's Warri does, and is no Warri."""
    from events.places.gazetteer import folded

    assert folded(key) == folded(namesake)  # the fold alone would take it for the namesake
    assert gazetteer.transliterated(key) == ()
    assert gazetteer.lookup_variant(key) == ()


@pytest.mark.parametrize(
    "text",
    [
        "An airstrike killed 11 people in the eastern province of Deir al-Zour on Sunday.",
        "An airstrike killed 11 people in Deir al-Zour province on Sunday.",
    ],
)
def test_a_province_told_by_its_city_s_name_is_the_province(gazetteer, text):
    """GeoNames spells the province "Dayr az Zawr" and knows "Deir al-Zour" only as its city: a
    name the text calls a province is the first-level division that holds the large town so named."""
    [place] = [r for r in resolve_mentions(text, find_mentions(text, gazetteer), gazetteer)
               if r.mention.text == "Deir al-Zour"]  # fmt: skip
    assert (gazetteer.kind(place.entry), gazetteer.index.admin1[place.entry]) == ("admin1", "SY.07")
    city = "An airstrike killed 11 people in the city of Deir al-Zour on Sunday."
    [place] = resolve_mentions(city, find_mentions(city, gazetteer), gazetteer)
    assert gazetteer.kind(place.entry) == "city"


@pytest.mark.parametrize(
    ("name", "plain"),
    [("Kurram District", "Kurram"), ("Wolayita Zone", "Wolayita"), ("Central District", ""),
     ("Capital Regional District", ""), ("Boone County", ""), ("Free State", ""), ("Bannu", "")],
)  # fmt: skip
def test_a_second_level_division_is_also_named_without_its_kind_word(name, plain):
    from events.places.index import _without_kind

    assert _without_kind(name) == plain


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Mass protests broke out in Algiers on Friday.", False),  # a word, no state
        ("Miss Universe arrived in Caracas.", False),
        ("A gunman killed two people in Worcester, Mass., on Sunday.", True),  # with its full stop
        ("EDMONTON, Ky (WBKO) -- A fire destroyed a barn.", True),  # a dateline's state, after its town
    ],
)
def test_a_state_abbreviated_with_a_full_stop_needs_it_or_a_town_before_it(gazetteer, text, state):
    names = [m.text for m in find_mentions(text, gazetteer)]
    assert any(n.rstrip(".") in ("Mass", "Miss", "Ky") for n in names) == state, names


def test_the_quick_paths_of_the_choices_equal_the_plain_ones(gazetteer, monkeypatch):
    """Speed paths of the place stage give what the plain ones give: the rules' scores of a name
    with no qualifier (rules._document_scores without its reasons) equal those of the path that
    tells them; resolve_spans (no mention made for a span with no candidate) equals mentions_at +
    resolve_mentions; mentions._make_mention's fields written at once make what Mention() makes;
    ranker.best_rows (max on lists) equals numpy's first best row."""
    import pickle

    import numpy as np

    from events.places import Mention, mentions_at, rules
    from events.places.mentions import _make_mention
    from events.places.ranker import best_rows

    texts = [
        *KEPT_PER_NAME,
        "Fighting near Paris, Texas and in Paris. Paris was calm; Springfield, Illinois too.",
        "Growers across Washington, in Spokane, Yakima and Wenatchee, and in Georgia.",
    ]
    plain = rules._document_scores
    compared = []

    def both(case, gazetteer, why_for=None, why=None):
        scores = plain(case, gazetteer, why_for, why)
        if why is None:
            told = plain(case, gazetteer, -1, [])  # (a reason list: the path that tells them)
            assert scores == told
            compared.append(len(scores))
        return scores

    monkeypatch.setattr(rules, "_document_scores", both)
    for text in texts:
        spans = [(m.start, m.end) for m in find_mentions(text, gazetteer)] + [(0, 8)]  # (a span with none)
        mentions = mentions_at(text, spans, gazetteer)
        known = [m for m in mentions if m.candidates]
        chosen = iter(resolve_mentions(text, known, gazetteer))
        assert resolve_spans(text, spans, gazetteer) == [
            next(chosen) if m.candidates else None for m in mentions
        ]
    assert compared
    # (a mention made field by field into a copy of the defaults: as Mention() makes it)
    text = "Shelling hit villages 20 km north of Kharkiv oblast."
    made = _make_mention(text, 37, 44, "Kharkiv", ((1, 2),), "kharkiv")
    plain = Mention(**vars(made))
    assert (made.relation, made.offset_km, made.area_word, made.end) == ("offset", 20.0, "oblast", 51)
    assert made == plain and hash(made) == hash(plain) and pickle.dumps(made) == pickle.dumps(plain)
    rng = np.random.default_rng(0)
    for _ in range(200):
        sizes = rng.integers(1, 6, rng.integers(1, 8)).tolist()
        ends = np.cumsum(sizes).tolist()
        bounds = list(zip([0, *ends[:-1]], ends, strict=True))
        scores = rng.integers(0, 3, ends[-1]).astype(float)  # (ties)
        first = [a + int(np.argmax(scores[a:b])) for a, b in bounds]
        assert best_rows(scores, bounds).tolist() == first


def test_the_ranker_rows_quick_paths_equal_the_plain_ones(gazetteer):
    """Speed paths of the ranker's rows give what the plain ones give, bit for bit: each
    candidate's kind columns from a row of KIND_ROWS and its two population columns from its
    entry's (entry_arrays' "populations"); the name words' columns left 0 where no mention has a
    flag; the entries kept with each name's rows; stage 2's added columns written as rows of one
    block (the plain per-column writes here)."""
    import numpy as np

    from events.places import features, load_ranker, mentions_at
    from events.places.features import COLUMN, COLUMN2, NAME_WORDS, STAGE1, STAGE2
    from events.places.resolver import read_document, stage1_picks

    arrays = features.entry_arrays(gazetteer)
    kind, area, pop = arrays["kind"], arrays["area"], arrays["log_population"]
    base_columns = COLUMN["capital"] + 1  # (the kinds, populations and capital: the entry's own)
    plain = np.zeros((len(kind), base_columns))
    plain[np.arange(len(kind)), kind] = 1.0
    plain[:, COLUMN["log_population"]] = np.where(area, 0.0, pop)
    plain[:, COLUMN["log_population_division"]] = np.where(area, pop, 0.0)
    plain[:, COLUMN["capital"]] = arrays["capital"]
    assert np.array_equal(arrays["populations"], plain[:, features.POPULATIONS])

    def plain_stage2(frame, picks):
        entries, owner = frame.entries, frame.owner
        rows = np.zeros((len(entries), len(STAGE2)))
        rows[:, : len(STAGE1)] = frame.stage1
        if len(picks) < 2:
            rows[:, COLUMN2["log_nearest_km"]] = 1.0
            return rows
        same = arrays["code_rows"][picks][:, :, None] == arrays["code_rows_or_none"][entries].T[None, :, :]
        key_id = features._name_ids(frame)
        mine = key_id[:, None] == key_id[owner][None, :]
        other = ~mine
        shares = (same & other[:, None, :]).sum(axis=0) / np.maximum(other.sum(axis=0), 1)
        for n, what in enumerate(("country", "division", "kind")):
            rows[:, COLUMN2[f"picks_same_{what}"]] = shares[n]
        rows[:, COLUMN2["first_place_country"]] = same[0, 0] & other[0]
        rows[:, COLUMN2["first_place_division"]] = same[0, 1] & other[0]
        rows[:, COLUMN2["division_alone"]] = arrays["area"][entries] & (shares[1] == 0)
        lists = frame.lists
        if lists.max() >= 0:
            siblings = ((lists[:, None] == lists[None, :]) & (lists[None, :] >= 0))[:, owner] & other
            listed = np.maximum(siblings.sum(axis=0), 1)
            rows[:, COLUMN2["list_same_kind"]] = (same[:, 2] & siblings).sum(axis=0) / listed
        by_point, by_point_or_county = features._nearest_km(entries, picks, mine, arrays, counties=True)
        nearest = np.where(arrays["point"][entries], by_point_or_county, by_point)
        rows[:, COLUMN2["near_50km"]] = nearest < 50
        rows[:, COLUMN2["near_200km"]] = nearest < 200
        rows[:, COLUMN2["log_nearest_km"]] = np.log1p(np.minimum(nearest, 20039.0)) / features.LOG_EARTH
        return rows

    texts = [
        *KEPT_PER_NAME,
        "Shelling hit the town of Izium in Kharkiv oblast, near the Dnipro River, and Ukrainian positions.",
        "SACRAMENTO, Calif. (AP) - Fires near Paris, Texas and in Springfield, Illinois and Kyiv.",
        "Kharkiv.",
    ]
    ranker = load_ranker()
    flagged = 0
    for text in texts:
        gazetteer.forget_names()
        spans = [(m.start, m.end) for m in find_mentions(text, gazetteer)]
        known = [m for m in mentions_at(text, spans, gazetteer) if m.candidates]
        document = read_document(text, known, gazetteer)
        frame = document.frame
        x = frame.stage1
        assert frame.entries.tolist() == [e for m in known for e, _ in m.candidates]
        # (a division's population is its namesake town's where one lies inside it: _namesakes)
        base = plain[frame.entries]
        inside = x[:, COLUMN["namesake_town_inside"]] > 0
        base[inside, COLUMN["log_population_division"]] = x[inside, COLUMN["log_population_division"]]
        kept = [c for c in range(base_columns) if STAGE1[c] not in ("most_populous", "population_gap")]
        assert np.array_equal(x[:, kept], base[:, kept])
        # the name words' columns: the mention's flag for the candidates of the kind it tells
        for n, (column, flag, _) in enumerate(NAME_WORDS):
            for m, (a, b) in enumerate(frame.bounds):
                mention = known[m]
                key = mention.name_key or features.normalize_name(mention.text)
                said = {
                    "longer": bool(mention.name_key) and key != features.normalize_name(mention.text),
                    "demonym": gazetteer.is_demonym(key),
                    "abbreviation": features.ABBREVIATION.fullmatch(mention.text) is not None,
                    "settlement": bool(mention.settlement_word),
                    "area_word": bool(mention.area_word),
                    "kind_area": features.AREA_WORD.search(mention.text) is not None,
                    "kind_water": features.WATER_WORD.search(mention.text) is not None,
                }[flag]
                flagged += said
                kinds = arrays["name_kinds"][frame.entries[a:b], n]
                assert x[a:b, COLUMN[column]].tolist() == (said & kinds).astype(float).tolist()
        picks = stage1_picks(document, ranker)
        assert np.array_equal(features.stage2(frame, picks, gazetteer), plain_stage2(frame, picks))
    assert flagged  # (some mention has a flag: both paths of _name_columns are run)


def test_the_ranker_column_layout_is_what_its_quick_paths_assume():
    # (the kind and population columns come from per-entry tables in this order; stage 2 writes its shared,
    # first-place and nearness pairs as rows of one block)
    from events.places import features

    assert features.STAGE1[: features.POPULATIONS.stop] == (
        *(f"kind_{k}" for k in features.KINDS),
        "log_population",
        "log_population_division",
    )
    for pair in (features.ADDED_SHARED, features.ADDED_FIRST, features.ADDED_NEAR):
        assert pair.stop - pair.start == 2
    assert features.Segments.of_sizes([]).bounds == []
