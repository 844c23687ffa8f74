"""Place mentions -> one resolved place each, with evidence.

Candidates are chosen by the hand-set rules (events.places.rules, the default) or by the
learned ranker (events.places.ranker), which scores each candidate from what it is, how its
name matched, the mention's qualifiers and kind words, and what the rest of the document
says; its evidence names the features that set the chosen candidate above the runner-up.
A place the text puts in a region where the gazetteer has no such place ("Dibrova,
Luhansk") stands for that region, before any choice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np

from events.places.features import LOG_EARTH, STAGE2, Frame, build_frame, stage2
from events.places.gazetteer import Gazetteer
from events.places.mentions import AREA_NOUNS, DIVISION_NOUNS, Mention, known_mentions_at
from events.places.ranker import Ranker, best_rows, confidences, reasons
from events.places.resolved import Evidence, Resolved, resolution
from events.places.rules import rule_choices

# What stands between a place and the area that qualifies it: "Odessa, Texas", "Borova in the",
# "Rubaya (Masisi, Nord-Kivu)" as ACLED writes (admin2, admin1).
# a kind of division and "of" between two names: the first is a division of the second ("Sherpur upazila of
# Bogura", "Pale township of Sagaing")
DIVISION_KIND = rf"(?i:district|sub-?district|county|local\s+government\s+area|division|{DIVISION_NOUNS})"
DIVISION_OF = rf"\s+{DIVISION_KIND}\s+of\s+(?:the\s+)?"
# ("in the municipality of Arauquita in the department of Arauca": the area by its kind, then its name)
AREA_OF = rf"(?:(?:{AREA_NOUNS})\s+of\s+(?:the\s+)?)?"
QUALIFIER_GAP = re.compile(rf",\s*|,?\s+in\s+(?:the\s+)?{AREA_OF}|\s*\(\s*|{DIVISION_OF}")
DIVISION_OF_GAP = re.compile(DIVISION_OF)
# the same after a name whose mention holds its kind of division ("Sherpur upazila" of Bogura)
DIVISION_KINDS = re.compile(rf"\b{DIVISION_KIND}$")
OF_GAP = re.compile(r"\s+of\s+(?:the\s+)?")
# What the text says about a place is told in its evidence even where it did not decide.
TOLD_WHEN_PRESENT = ("qualified_by", "qualifies", "area_word_area", "capital")
POSSESSIVE_GAP = re.compile(r"['’]s\s+(?:the\s+)?")
IN_GAP = re.compile(r"\s+in\s+")  # "Nikolskoye in Russia's Belgorod region" (not "Tyre, Lebanon's Nabatieh")
LIST_GAP = re.compile(r",\s*|,?\s+(?:and|or)\s+")
# What follows a dateline's place ("HOUSTON (AP) -", "OAKLAND, Calif. (AP) -", "KYIV, Ukraine —").
DATELINE_END = re.compile(r"\s*(?:\([A-Z][\w .]*\)|—|–|--?\s)")


def resolve_spans(
    text: str, spans: list[tuple[int, int]], gazetteer: Gazetteer, ranker: Ranker | None = None
) -> list[Resolved | None]:
    """One resolution (or None when nothing matches) per span, in order."""
    mentions = known_mentions_at(text, spans, gazetteer)
    known = [m for m in mentions if m is not None]
    chosen = iter(resolve_mentions(text, known, gazetteer, ranker))
    return [None if m is None else next(chosen) for m in mentions]


def _qualifier_of(
    text: str, mention: Mention, following: Mention | None, after: Mention | None
) -> Mention | None:
    """The mention that qualifies this one: "Odessa, Texas", "Borova in the Kharkiv region", "Nikolskoye
    in Russia's Belgorod region"; not in a list ("Washington, New York and Boston")."""
    if following is None or not (
        QUALIFIER_GAP.fullmatch(text[mention.end : following.start]) or _division_of(text, mention, following)
    ):
        return None
    if (
        after is not None
        and IN_GAP.fullmatch(text[mention.end : following.start])
        and POSSESSIVE_GAP.fullmatch(text[following.end : after.start])
    ):
        return after  # "Nikolskoye in Russia's Belgorod region": the division the possessive names
    if after is not None and LIST_GAP.fullmatch(text[following.end : after.start]):
        return None
    return following


def _division_of(text: str, mention: Mention, following: Mention) -> bool:
    """ "Sherpur upazila of Bogura" where the mention holds its kind of division: the division
    of the name after "of"."""
    return bool(mention.area_word) and bool(
        OF_GAP.fullmatch(text[mention.end : following.start])
        and DIVISION_KINDS.search(text, max(0, mention.end - 30), mention.end)
    )


@dataclass
class Document:
    """A document's mentions, their qualifiers, the forced choices and the stage-1 frame."""

    mentions: list[Mention]
    qualifiers: list[Mention | None]
    qualified: list[Mention | None]
    forced: dict[int, Resolved]  # by mention number
    frame: Frame | None


def read_document(text: str, mentions: list[Mention], gazetteer: Gazetteer, frame: bool = True) -> Document:
    """Everything the ranker needs about a document's mentions (each with candidates); the
    stage-1 frame only when ``frame`` (the rules do without)."""
    n = len(mentions)
    qualifiers = [
        _qualifier_of(text, m, mentions[k + 1], mentions[k + 2] if k + 2 < n else None) if k + 1 < n else None
        for k, m in enumerate(mentions)
    ]
    qualified: list[Mention | None] = [None] * len(mentions)
    for k, q in enumerate(qualifiers):
        if q is not None:
            qualified[k + 1] = mentions[k]
    forced = _forced_to_areas(mentions, qualifiers, gazetteer, text)
    rows = None
    if frame:
        datelines = [_dateline(text, m, qualifiers[k]) for k, m in enumerate(mentions)]
        rows = build_frame(
            mentions, qualifiers, qualified, gazetteer, datelines, _lists(text, mentions, qualifiers)
        )
    return Document(mentions, qualifiers, qualified, forced, rows)


def _dateline(text: str, mention: Mention, qualifier: Mention | None) -> bool:
    """The place a report is filed from, in capitals before the agency or a dash ("HOUSTON
    (AP) -", "OAKLAND, Calif. (AP) -"): always a town."""
    if not (mention.text.isupper() and len(mention.text) >= 4):
        return False
    end = qualifier.end if qualifier is not None else mention.end
    return DATELINE_END.match(text, end) is not None


def _dateline_division(
    text: str, mentions: list[Mention], qualifiers: list[Mention | None], gazetteer: Gazetteer
) -> int | None:
    """The first-level division a report's dateline names ("CAMP MURRAY, Wash. -": Washington
    state), if its first place is a dateline qualified by a name of a division beyond doubt."""
    qualifier = qualifiers[0]
    if qualifier is None or not _dateline(text, mentions[0], qualifier):
        return None
    return gazetteer.division_named(qualifier.candidates)


def _dateline_country(
    text: str, mentions: list[Mention], qualifiers: list[Mention | None], gazetteer: Gazetteer
) -> int | None:
    """The country a report is filed from ("BRAZZAVILLE -": the Republic of the Congo, for a
    "Congo" that could be either), if its first place is a dateline naming a town: the
    largest town of that name."""
    if not _dateline(text, mentions[0], qualifiers[0]):
        return None
    ix = gazetteer.index
    towns = [e for e, _ in mentions[0].candidates if ix.kinds[e] == "city"]
    if not towns:
        return None
    return ix.by_id.get(f"country:{ix.country[max(towns, key=lambda e: ix.population[e])]}")


def _lists(text: str, mentions: list[Mention], qualifiers: list[Mention | None]) -> list[int]:
    """The list each mention stands in ("California, New York and Texas"), numbered from 0,
    or -1; a qualifier ("Odessa, Texas") makes no list."""
    out = [-1] * len(mentions)
    number = -1
    for k in range(len(mentions) - 1):
        here, after = mentions[k], mentions[k + 1]
        if qualifiers[k] is after or not LIST_GAP.fullmatch(text, here.end, after.start):
            continue
        if out[k] < 0:
            number += 1
            out[k] = number
        out[k + 1] = out[k]
    return out


def stage1_picks(document: Document, ranker: Ranker) -> np.ndarray:
    """Each mention's stage-1 choice (entry), forced choices kept."""
    frame = document.frame
    picks = frame.entries[best_rows(ranker.stage1.scores(frame.stage1), frame.segments)]
    for k, forced in document.forced.items():
        picks[k] = forced.entry
    return picks


def resolve_mentions(
    text: str, mentions: list[Mention], gazetteer: Gazetteer, ranker: Ranker | None = None
) -> list[Resolved]:
    """Choose one entry per mention (each with candidates) using the whole document: by the
    hand-set rules (events.places.rules), or by a learned ranker when one is given
    (events.places.ranker.load_ranker() reads the shipped one)."""
    if not mentions:
        return []
    document = read_document(text, mentions, gazetteer, frame=ranker is not None)
    if ranker is None:
        lists = _lists(text, mentions, document.qualifiers)
        home = _dateline_division(text, mentions, document.qualifiers, gazetteer)
        if home is None:
            home = _dateline_country(text, mentions, document.qualifiers, gazetteer)
        return rule_choices(
            mentions, document.qualifiers, document.qualified, document.forced, gazetteer, lists, home
        )
    rows = stage2(document.frame, stage1_picks(document, ranker), gazetteer)
    scores = ranker.stage2.scores(rows)
    bounds = document.frame.segments
    best = best_rows(scores, bounds)
    shares = confidences(scores, bounds, best)
    entries = document.frame.entries.tolist()
    why_of: list = []  # the ranker's reasons for the document's choices, worked out when first asked

    def worded(k: int) -> tuple[str, ...]:
        if not why_of:
            why_of.extend(reasons(ranker.stage2, rows, scores, bounds, best))
        entry = entries[best[k]]
        why, runner_up = why_of[k]
        told = rows[best[k], [STAGE2.index(f) for f in TOLD_WHEN_PRESENT]] > 0
        why = [f for f, present in zip(TOLD_WHEN_PRESENT, told.tolist(), strict=True) if present] + why
        other = entries[runner_up] if runner_up is not None else None
        return (gazetteer.label(entry), *_worded(why, entry, other, rows[best[k]], document, k, gazetteer))

    out = []
    for k, mention in enumerate(mentions):
        if k in document.forced:
            out.append(document.forced[k])
            continue
        out.append(resolution(mention, entries[best[k]], shares[k], Evidence(lambda k=k: worded(k))))
    return out


# A settlement this large is never read as a village the gazetteer lacks.
SMALL_PLACE = 1_000_000
# A namesake this close to a qualifying area's outline is taken for the place: front-line
# villages sit on the lines between divisions, and an outline drawn around an area's
# settlements (no surveyed boundary) is approximate.
BORDER_KM = 25.0
BOUNDARY_KM = 2.0  # a surveyed boundary, simplified to ~1 km, and GeoNames points good to ~1 km


def lacks_in(
    areas: list[int], namesakes: list[int], gazetteer: Gazetteer, worded: bool = False, division: bool = False
) -> bool:
    """The text puts a place of this name in one of ``areas`` ("Dibrova, Luhansk"), and the
    gazetteer has none there: every namesake is a village or town lying elsewhere (not in
    the area, nor within BORDER_KM of its outline), or there is no namesake at all. With
    ``worded`` (the area told with its kind: "Mansi in Bhamo district"), namesakes in other
    countries than the areas' are not it, however large (Muncie, Indiana). With ``division`` (the
    place told as a division of the area: "Sherpur upazila of Bogura"), a division of that name
    elsewhere is not it either."""
    ix = gazetteer.index
    countries = {ix.country[a] for a in areas}
    if worded and "" not in countries:  # (a region across borders, "the Sahel region", has no country)
        namesakes = [e for e in namesakes if ix.country[e] in countries]
    if not division and any(ix.kinds[e] != "city" or ix.population[e] >= SMALL_PLACE for e in namesakes):
        return False
    return not any(gazetteer.contains(area, e) or gazetteer.km_outside(area, e) <= _border_km(area, gazetteer)
                   for area in areas for e in namesakes)  # fmt: skip


def _border_km(area: int, gazetteer: Gazetteer) -> float:
    """How far outside an area's outline a namesake may lie and still be taken for it."""
    return BOUNDARY_KM if gazetteer.has_boundary(area) else BORDER_KM


def _forced_to_areas(
    mentions: list[Mention], qualifiers: list[Mention | None], gazetteer: Gazetteer, text: str
) -> dict[int, Resolved]:
    """ "Dibrova, Luhansk" with no Dibrova in Luhansk: both mentions stand for the area (by
    mention number)."""
    forced = {k: r for k, (m, q) in enumerate(zip(mentions, qualifiers, strict=True))
              if q is not None and (r := _outside_qualifier(m, q, gazetteer, text)) is not None}  # fmt: skip
    for k, m in list(forced.items()):
        if k + 1 < len(mentions) and k + 1 not in forced:
            evidence = (gazetteer.label(m.entry), f"qualifies '{mentions[k].text}'")
            forced[k + 1] = Resolved(mentions[k + 1], m.entry, 0.9, evidence)
    return forced


def _outside_qualifier(
    mention: Mention, qualifier: Mention | None, gazetteer: Gazetteer, text: str
) -> Resolved | None:
    """ "Dibrova, Luhansk" when no Dibrova of the gazetteer lies in Luhansk: the village is
    missing (its namesakes are elsewhere), so the mention stands for the qualifying area."""
    division = qualifier is not None and (
        DIVISION_OF_GAP.fullmatch(text[mention.end : qualifier.start])
        or _division_of(text, mention, qualifier)
    )
    if qualifier is None or not (qualifier.area_word or qualifier.start - mention.end <= 2 or division):
        return None  # "X, Region" or "X in the Y region", not "the OAS in Washington"
    ix = gazetteer.index
    # "in Bhamo district", "Sherpur upazila of Bogura": a second-level division, if outlined
    drawn = bool(qualifier.area_word or division)
    areas = [e for e, _ in qualifier.candidates if ix.kinds[e] in ("admin1", "region")
             or (drawn and ix.kinds[e] == "admin2" and gazetteer.outline(e) is not None)]  # fmt: skip
    namesakes = [e for e, _ in mention.candidates]
    if not areas or not lacks_in(areas, namesakes, gazetteer, worded=drawn, division=bool(division)):
        return None
    area = max(areas, key=lambda a: (ix.kinds[a] == "admin1", ix.kinds[a] == "admin2", ix.population[a]))
    evidence = (gazetteer.label(area),
                f"no '{mention.text}' of the gazetteer lies in {ix.names[area]} (its namesakes are "
                f"elsewhere): placed in the area that qualifies it")  # fmt: skip
    return Resolved(mention, area, 0.5, evidence)


class _Said(NamedTuple):
    """What the ranker's reasons for one entry are worded from."""

    ix: object  # the gazetteer's index
    entry: int
    other: int | None  # the runner-up's entry
    row: np.ndarray
    mention: Mention
    qualifier: Mention | None
    qualified: Mention | None


def _population(s: _Said) -> str:
    return f"population {s.ix.population[s.entry]:,}"


def _near(s: _Said) -> str:
    km = float(np.expm1(s.row[STAGE2.index("log_nearest_km")] * LOG_EARTH))
    return f"{km:.0f} km from another place in the article"


# How each reason is worded ("" when there is nothing to say); a kind (or a kind word in the
# name) against a runner-up of another kind is worded with both.
WORDS = {
    "capital": lambda s: "national capital",
    "area_word_area": lambda s: f"the text calls it a {s.mention.area_word}",
    "settlement_word_point": lambda s: f"the text calls it a {s.mention.settlement_word}",
    "dateline_point": lambda s: "the report is filed from there",
    "qualified_by": lambda s: f"qualified by '{s.qualifier.text}'" if s.qualifier else "",
    "qualifies": lambda s: f"qualifies '{s.qualified.text}'" if s.qualified else "",
    "country_votes": lambda s: f"country {s.ix.country[s.entry]} named in the article",
    "country_voted": lambda s: f"country {s.ix.country[s.entry]} named in the article",
    "division_voted": lambda s: f"division {s.ix.admin1[s.entry]} named in the article",
    "picks_same_country": lambda s: f"other places of the article lie in {s.ix.country[s.entry]}",
    "picks_same_division": lambda s: f"other places of the article lie in division {s.ix.admin1[s.entry]}",
    "picks_same_kind": lambda s: f"other places of the article are {s.ix.kinds[s.entry]} entries too",
    "list_same_kind": lambda s: f"listed with other {s.ix.kinds[s.entry]} entries",
    "first_place_country": lambda s: f"the article's first place lies in {s.ix.country[s.entry]}",
    "first_place_division": lambda s: f"the article's first place lies in division {s.ix.admin1[s.entry]}",
    "log_population": _population,
    "most_populous": _population,
    "population_gap": _population,
    "log_support": lambda s: "a well-attested spelling",
    "main_name": lambda s: "its main name",
    "kind_word_area": lambda s: f"the name says it is a {s.ix.kinds[s.entry]} area",
    "kind_word_water": lambda s: "the name says it is water",
    "demonym_country": lambda s: "an adjective of the country",
    "near_50km": _near,
    "near_200km": _near,
    "log_nearest_km": _near,
    "names_near": lambda s: "other names of the article have places near it",
    "list_prior_kind": lambda s: f"listed with names likeliest {s.ix.kinds[s.entry]} entries",
}  # fmt: skip


def _worded(features: list[str], entry: int, other: int | None, row: np.ndarray, document: Document,
            k: int, gazetteer: Gazetteer) -> list[str]:  # fmt: skip
    """The ranker's reasons for an entry, in words (one phrase per kind of reason; each
    phrase written only when its feature is among the reasons)."""
    ix = gazetteer.index
    said = _Said(ix, entry, other, row, document.mentions[k], document.qualifiers[k], document.qualified[k])
    phrases = []
    for f in features:
        if f.startswith("kind_") and other is not None:  # the kind words too: the runner-up's kind
            phrases.append(f"a {ix.kinds[entry]} rather than a {ix.kinds[other]} ({ix.ids[other]})")
        else:
            phrases.append(WORDS[f](said) if f in WORDS else f.replace("_", " "))
    return [p for p in dict.fromkeys(phrases) if p]
