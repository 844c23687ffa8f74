"""The place a report is about, for a scene it names that the gazetteer lacks: the places that
hold it, ranked (the town named after it, the place it is named in elsewhere, its paragraph's,
the headline's, the division of an event told that day, the dateline's town, the report's
part of its country, its only country)."""

from __future__ import annotations

import re
from collections import Counter

from events.extraction import scene
from events.extraction.candidate import ArticleContext, Candidate
from events.extraction.timing import overlap
from events.extraction.unknown_scene import (
    country_part,
    division_spelt_so,
    filed_division,
    first_level_told,
    village_in,
)
from events.places import Resolved

# "protesting in the central African nation's capital": the capital of the country the report is about
NATION_CAPITAL = re.compile(r"\b(?:nation|country)['’]s\s+capital\b", re.I)


# "In the capital, ...": the country's capital (not "the state capital", "the provincial capital")
THE_CAPITAL = re.compile(rf"\bthe\s+capital\b|{NATION_CAPITAL.pattern}", re.I)


# "in South Sudan's northern oil-rich (Unity State)": a place word, then a few words (not "According to
# the (Sagaing District) People Defense Force")
# (nor a division of a relative clause: "blamed on the Grand Grif gang, which operates in the Artibonite"; nor
# where the attackers went: "before fleeing into the forests of Katsina State")
A_RELATIVE_CLAUSE = re.compile(r",\s+(?:which|who|whose)\b")


GONE_TO = re.compile(
    r"\b(?:fle(?:e|d|eing|es)|escap\w*|retreat\w*|withdr[ae]w\w*|towards?|headed|crossed)\b", re.I
)


IN_A_PLACE = re.compile(r"(?:\b(?:in|of)\s+(?:[\w'’-]+\s+){0,4}|\(\s*(?:[\w'’ -]+,\s*)?)$")


def home_place(c: Candidate, ctx: ArticleContext) -> tuple[Resolved | None, str]:
    """The place a report is about, for a scene it names that the gazetteer lacks ("the
    Barwaqo neighborhood" of a report on Mogadishu): the nearest town or district named
    before it in its paragraph, else in the headline, else the division of the nearest event told
    before it on its day ("in Balochistan's Kalat district" ... "in the Shah-e-Mardan area"),
    unless the dateline's town lies in that division or the text says "the capital", else the
    town it was filed from ("MANILA - ... near Malacañang"), else the report's first; and which
    it was."""
    gazetteer = ctx.gazetteer
    # (a report that names no place but its dateline's town lies in that town's country: "RAWALPINDI -
    # ... The demonstration took place on GT Road at Rawat")
    home_country = _land(c, ctx) or (gazetteer.country_code(ctx.filed_from.entry) if ctx.filed_from else "")
    kinds = ("city", "admin2", "admin1", "region")
    usable = [p for p in ctx.places
              if gazetteer.kind(p.entry) in kinds and id(p.mention) not in ctx.qualifiers
              and gazetteer.country_code(p.entry) in ("", home_country)]  # fmt: skip
    paragraph = [p for p in usable if p.mention.start < c.clause[0]
                 and any(s.paragraph == c.sentence.paragraph and s.start <= p.mention.start < s.end
                         for s in ctx.sentences)]  # fmt: skip
    headline = ctx.report.headline
    heading = [p for p in usable if headline and headline[0] <= p.mention.start < headline[1]]
    if headline:  # its scenes first ("Clan elder from Hiiraan shot dead in Mogadishu": not Hiiraan)
        scenes = scene.event_places(
            ctx.text, headline, ctx.places, ctx.qualifiers, gazetteer, ctx.lexicon.places
        )
        heading = [p for p in heading if p in scenes] + [p for p in heading if p not in scenes]
    filed = [p for p in [ctx.filed_from] if p is not None and gazetteer.kind(p.entry) == "city"
             and gazetteer.country_code(p.entry) == home_country]  # fmt: skip
    # the division of an event told before it, on its day (a scene told "On Monday" after Sunday's
    # attack in Herat province is not in Herat: the dateline's Kabul stays the better guess)
    own = [t for t in c.times if not (t.is_background or t.speech)]
    in_capital = THE_CAPITAL.search(ctx.text, c.sentence.start, c.sentence.end) is not None
    divisions = [p for p in usable if p.mention.start < c.clause[0] and p not in paragraph
                 and gazetteer.kind(p.entry) in ("admin1", "admin2") and not in_capital
                 and not any(gazetteer.contains(p.entry, f.entry) for f in filed)
                 and _told_that_day(p, own, ctx)]  # fmt: skip
    ranked = [(p, "the town the text names after it") for p in _chained(c, ctx, usable)]
    ranked += [(p, "the place the text names it in elsewhere") for p in _named_in_elsewhere(c, ctx, usable)]
    # "in Suliman Khil area of the restive Pachir Agam district in the eastern Nangarhar province"
    kind_named = scene.division_by_kind_word(c.clause, ctx.places, gazetteer)
    ranked += [(kind_named[0], "the division its clause names with its kind")] if kind_named else []
    ranked += [
        village_in(p, "the place the report names before it", c, ctx) for p in paragraph[::-1] + heading
    ]
    # a division its sentence names after it ("A rebel attack in Mayom County ... in South Sudan's northern
    # Unity State"), before the report's other divisions and the one it was filed from
    ranked += [(p, "the division its sentence names after it") for p in usable
               if c.clause[0] <= p.mention.start < c.sentence.end
               and gazetteer.kind(p.entry) in ("admin1", "admin2")
               and IN_A_PLACE.search(ctx.text, max(0, p.mention.start - 60), p.mention.start)
               and not A_RELATIVE_CLAUSE.search(ctx.text, c.clause[0], p.mention.start)
               and not GONE_TO.search(ctx.text, c.clause[0], p.mention.start)][:1]  # fmt: skip
    ranked += [(p, "the division the report names before it") for p in divisions[::-1]]
    ranked += [filed_division(p, c, ctx) for p in filed]
    # the part of the country where the event told just before it was ("struck a car in southern
    # Lebanon" ... "the car was hit near the Ghandouriyeh town"), before a town named anywhere else
    told = ctx.told_just_before(c.sentence)
    part = told is not None and told.place is not None and told.place.mention.direction
    if part and not told.unknown_place:
        ranked += [(told.place, "the part of the country the event told before it was in")]
    # the one part of a country the report places things in ("attacks on motorcycles in southern
    # Lebanon" ... "near the southern village of Zrariyeh")
    parts = [
        p
        for p in ctx.places
        if gazetteer.kind(p.entry) == "country"
        and p.mention.direction
        and ctx.lexicon.places.locative.search(ctx.text, max(0, p.mention.start - 30), p.mention.start)
    ]
    if len({(p.entry, p.mention.direction) for p in parts}) == 1:
        ranked += [(parts[0], "the part of the country the report places its events in")]
    # (a village lies in one country: not a region across several, "the Southeast Asian country")
    within_one = [p for p in usable if gazetteer.country_code(p.entry)]
    ranked += [village_in(p, "the place the report names first", c, ctx) for p in within_one[:1]]
    # else the country it names, when the report's places lie in no other ("in Talla Massali town" of
    # a report on "Cameroon's far north region"): the best the text supports
    countries = [p for p in ctx.places if gazetteer.kind(p.entry) == "country"]
    one_country = len({gazetteer.country_code(p.entry) for p in countries}) == 1
    # named as where things are ("in Cameroon's far north"), not as who acted or spoke ("Russia's
    # defence ministry said", "Israel said its jets struck")
    countries = [
        p
        for p in countries
        if ctx.lexicon.places.locative.search(ctx.text, max(0, p.mention.start - 30), p.mention.start)
    ]
    if one_country and home_country in ("", *ctx.countries):
        ranked += [(p, "the only country the report names") for p in countries[:1]]
    if (part := first_level_told(c, ctx)) is not None:
        # a first-level division of its own ("in northern Zawzjan province"): the country's division spelt
        # most like it (Jowzjan), else in no other division and at no town, but in the country (the part of it
        # the text names)
        spelt = division_spelt_so(c, ctx, home_country)
        if spelt is not None:
            return spelt, "the first-level division of the report's country spelt most like it"
        ranked = [(country_part(p, part), why) for p, why in ranked if gazetteer.kind(p.entry) == "country"]
    return next(iter(ranked), (None, ""))


def _land(c: Candidate, ctx: ArticleContext) -> str:
    """The country a scene the gazetteer lacks lies in: the one the towns and divisions named around
    it lie in (its paragraph and the headline) when most of the report's towns and divisions lie there
    too, not where the people who acted come from ("Turkish bombardment sparks fire in Duhok's Amedi
    district" ... "fire broke out near Hiror village": Iraq, though "Turkish" is told more often than
    Duhok); else the report's country."""
    gazetteer, headline = ctx.gazetteer, ctx.report.headline or (0, 0)
    paragraph = [(s.start, s.end) for s in ctx.sentences if s.paragraph == c.sentence.paragraph]
    towns = [
        p for p in ctx.places if gazetteer.kind(p.entry) != "country" and gazetteer.country_code(p.entry)
    ]
    near = [p for p in towns if any(start <= p.mention.start < end for start, end in [headline, *paragraph])]
    local = Counter(gazetteer.country_code(p.entry) for p in near).most_common(1)
    overall = Counter(gazetteer.country_code(p.entry) for p in towns).most_common(1)
    return local[0][0] if local and overall and local[0][0] == overall[0][0] else ctx.home_country


# "Sitio Bud Kaha, Barangay Maligay, Patikul": names that a comma parts, each the next's part (the
# first perhaps with its kind: "Larzanak locality, Shindand district")
COMMA_CHAIN = re.compile(r"(?:\s+[a-z]+)?(?:,\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})*,\s+")


def _chained(c: Candidate, ctx: ArticleContext, usable: list[Resolved]) -> list[Resolved]:
    """The town or district named after a scene the gazetteer lacks, a chain of names apart
    ("in Sitio Bud Kaha, Barangay Maligay, Patikul"): the place that holds it."""
    at = ctx.text.find(c.unknown, c.clause[0], c.clause[1]) if c.unknown else -1
    if at < 0:
        return []
    end = at + len(c.unknown)
    return [p for p in usable if end < p.mention.start < c.clause[1]
            and ctx.gazetteer.kind(p.entry) in ("city", "admin2")
            and COMMA_CHAIN.fullmatch(ctx.text, end, p.mention.start)][:1]  # fmt: skip


def _named_in_elsewhere(c: Candidate, ctx: ArticleContext, usable: list[Resolved]) -> list[Resolved]:
    """The place the text names a scene the gazetteer lacks in, where it names that scene again
    ("shelling ... in the north of Taze Township" ... "Taze Township in Sagaing region is still cut
    off"): the place that holds it."""
    if not c.unknown:
        return []
    found: list[Resolved] = []
    for match in re.finditer(re.escape(c.unknown), ctx.text):
        if c.clause[0] <= match.start() < c.clause[1]:
            continue
        found += [p for p in usable if match.end() < p.mention.start <= match.end() + NAMED_IN_REACH
                  and ctx.gazetteer.kind(p.entry) in ("city", "admin2", "admin1")
                  and NAMED_IN.fullmatch(ctx.text, match.end(), p.mention.start)]  # fmt: skip
    return found[:1]


NAMED_IN_REACH = 30  # characters between the name and the place it lies in (NAMED_IN says which)


# "Taze Township in", "Kabe village, ", "Gangaw district of": the name (and its kind), then where it lies
# (not "Villagers from Chaung Oo living in Mandalay": where they live)
NAMED_IN = re.compile(
    r"(?:\s+(?:village|town|township|ward|hamlet|commune|municipality|district|sub-?district|tehsil|county|"
    r"city|area|camp|locality|neighbou?rhood|quarter|region|province|governorate|state|oblast|raion))?"
    r"(?:\s*,\s*(?:in\s+(?:the\s+)?)?|\s+(?:in|of)\s+(?:the\s+)?)"
)


def _told_that_day(division: Resolved, times: list, ctx: ArticleContext) -> bool:
    """An event told before is placed in the division (or in it), undated or on one of these
    days (any day, when the scene is told with none)."""
    gazetteer = ctx.gazetteer
    return any(
        d.place is not None
        and (d.place.entry == division.entry or gazetteer.contains(division.entry, d.place.entry))
        and (not times or d.time_source == "undated" or any(overlap(t, d.time) for t in times))
        for d in ctx.drafts
    )
