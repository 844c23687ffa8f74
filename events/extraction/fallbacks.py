"""The fall_back step: places an event the gazetteer cannot place directly: a village it lacks
named with its region or division, an anaphor ("in the region", "there", "the city" for the
dateline's town), "the nation's capital", an institution's seat, a scene an earlier sentence
of the paragraph set, or the place the report is about (home_place)."""

from __future__ import annotations

import re
from dataclasses import replace

from events.extraction import scene
from events.extraction.candidate import ArticleContext, Candidate
from events.extraction.home_place import NATION_CAPITAL, home_place
from events.places import AREA_KINDS, Resolved


def fall_back(c: Candidate, ctx: ArticleContext) -> bool:
    """A village the gazetteer lacks, named with its region; an anaphor; an unknown name."""
    if c.trigger.placeless:
        return True
    text, gazetteer = ctx.text, ctx.gazetteer
    fallback = ctx.lacking(c.clause)
    areas_only = all(gazetteer.kind(p.entry) in AREA_KINDS for p in c.targets)
    if fallback is not None and areas_only:
        c.targets, c.unknown = [fallback.region], fallback.place_name
    elif c.targets and all(gazetteer.kind(p.entry) == "country" for p in c.targets):
        # a country alone ("the forces of Mozambique bombed ... in the Mbau area (Mocimboa Da
        # Praia, Cabo Delgado)") gives way to a division the text names in parentheses
        named, how = scene.division_named(text, c.clause, ctx.places, gazetteer), "in parentheses"
        if named is None:  # "in Di, Sourou Province near the Mali border"
            named, how = scene.division_by_kind_word(c.clause, ctx.places, gazetteer), "with its kind"
        _place_at_division(c, ctx, named, how)
        if named is None and (seat := _institution_seat(c, ctx)) is not None:
            c.targets = [seat]
        elif named is None and (filed := _filed_within(c, ctx)) is not None:
            c.targets = [filed]
            label = ctx.gazetteer.label(filed.entry)
            c.notes.append(f"Placed at {label}, the town the report was filed from, in the country the text "
                           "names: talks are held where they are reported from.")  # fmt: skip
    elif not c.targets and (capital := _nation_capital(c, ctx)) is not None:
        c.targets = [capital]
    elif not c.targets and (seat := _institution_seat(c, ctx)) is not None:
        c.targets = [seat]  # "near Georgia's parliament"
    elif not c.targets and (there := _there(c, ctx)) is not None:
        c.targets = [there]
        c.notes.append(f"'there' read as {there.mention.text}, named before it in the sentence.")
    elif not c.targets:
        anaphor, note = scene.resolve_anaphor(text, c.clause, ctx.places, gazetteer, ctx.lexicon.places)
        if anaphor is None and (found := _dateline_as_anaphor(c, ctx)) is not None:
            filed, told = found
            label = ctx.gazetteer.label(filed.entry)
            anaphor, note = filed, f"'{told}' read as {label}, the town the report was filed from"
        named = None if anaphor else scene.division_named(text, c.clause, ctx.places, gazetteer)
        if anaphor is not None:
            c.targets, c.notes = [anaphor], [note]
        elif named is not None:
            _place_at_division(c, ctx, named)
        else:
            c.unknown = scene.unknown_place(text, c.clause, gazetteer, ctx.lexicon, ctx.abroad)
            if c.unknown:
                (home, why), lacking = home_place(c, ctx), None
            else:
                (home, lacking), why = _earlier_scene(c, ctx), ""
            if home is not None and c.unknown:
                c.targets = [home]
                label = ctx.gazetteer.label(home.entry)
                c.notes.append(f"{c.unknown} is not in the gazetteer; placed at {label}, {why}.")
            elif home is not None:
                c.targets, c.unknown = [home], lacking or ""
                c.place_borrowed = True
                c.notes.append(f"Place from an earlier sentence: '{home.mention.text}'.")
            else:  # "Minbya Town, Minbya Township, Mrauk-U District, Rakhine State, ... clashed"
                named = scene.division_by_kind_word(c.clause, ctx.places, gazetteer)
                _place_at_division(c, ctx, named, "with its kind")
    return True


TOWN_HEADS = ("city", "town")  # the heads of an anaphor that stands for a town


def _dateline_as_anaphor(c: Candidate, ctx: ArticleContext) -> tuple[Resolved, str] | None:
    """ "KANO, Nigeria - Police arrested 40 protesters during clashes in the city on Monday": "the city"
    or "the town", where the report names no town before it, is the town the report was filed from
    (that town, and the words that told it)."""
    filed = ctx.filed_from
    if filed is None or ctx.gazetteer.kind(filed.entry) != "city":
        return None
    told = ctx.lexicon.places.anaphor.search(ctx.text, *c.clause)
    if told is None or told.group(1).lower() not in TOWN_HEADS:
        return None
    if any(p.mention.start < told.start() and ctx.gazetteer.kind(p.entry) == "city" for p in ctx.places):
        return None
    return filed, told.group(0)


def _filed_within(c: Candidate, ctx: ArticleContext) -> Resolved | None:
    """The dateline's town, for a diplomatic event placed only at the country that town lies in
    ("MOGADISHU - Ethiopia's Prime Minister arrived in Somalia for talks")."""
    filed = ctx.filed_from
    if c.trigger.event_type != "Diplomacy" or filed is None or ctx.gazetteer.kind(filed.entry) != "city":
        return None
    code = ctx.gazetteer.country_code(filed.entry)
    return filed if all(ctx.gazetteer.country_code(p.entry) == code for p in c.targets) else None


def _institution_seat(c: Candidate, ctx: ArticleContext) -> Resolved | None:
    """The capital, for a scene told only as one country and an institution that sits there
    ("riot police dispersed protesters near Georgia's parliament"), not for a diplomatic event."""
    gazetteer = ctx.gazetteer
    told = ctx.lexicon.places.capital_institution.search(ctx.text, *c.clause)
    countries = c.targets or [p for p in ctx.places if c.clause[0] <= p.mention.start < c.clause[1]
                              and gazetteer.kind(p.entry) == "country"]  # fmt: skip
    codes = {gazetteer.country_code(p.entry) for p in countries}
    if told is None or c.diplomatic or len(codes) != 1:
        return None
    capital = gazetteer.capital_of(codes.pop())
    if capital is None:
        return None
    why = f"'{told.group(0)}' sits in the capital, {gazetteer.name(capital)}"
    c.notes.append(f"Placed at {gazetteer.label(capital)}: {why}.")
    return replace(countries[0], entry=capital, evidence=(*countries[0].evidence, why))


# "there" for a place ("were killed there"), not the existential "there were clashes"
THERE = re.compile(
    r"(?<=[a-z] )there\b(?!\s+(?:is|are|was|were|has|have|had|will|would|may|might|could|seems?|"
    r"appears?|remains?|exists?)\b)"
)


def _there(c: Candidate, ctx: ArticleContext) -> Resolved | None:
    """ "after four militants were killed there last night": the place named last before it
    in its sentence (not a country)."""
    told = THERE.search(ctx.text, *c.clause)
    if told is None:
        return None
    before = [p for p in ctx.places if c.sentence.start <= p.mention.start < told.start()
              and ctx.gazetteer.kind(p.entry) != "country"]  # fmt: skip
    return before[-1] if before else None


def _nation_capital(c: Candidate, ctx: ArticleContext) -> Resolved | None:
    """The capital of the report's country, for a scene told as "the nation's capital": the
    dateline's town when it is that capital ("N'DJAMENA, Chad (AP) — ..."), else read through
    the country's name."""
    told = NATION_CAPITAL.search(ctx.text, *c.clause)
    if told is None:
        return None
    gazetteer = ctx.gazetteer
    filed = ctx.filed_from
    home = ctx.home_country or (gazetteer.country_code(filed.entry) if filed else "")
    capital = gazetteer.capital_of(home) if home else None
    if capital is None:
        return None
    why = f"'{told.group(0)}': the capital of {gazetteer.country_name(home) or home}"
    if filed is not None and filed.entry == capital:
        return replace(filed, evidence=(*filed.evidence, why))
    country = next((p for p in ctx.places if gazetteer.kind(p.entry) == "country"
                    and gazetteer.country_code(p.entry) == home), None)  # fmt: skip
    return None if country is None else replace(country, entry=capital, evidence=(*country.evidence, why))


def _place_at_division(
    c: Candidate, ctx: ArticleContext, named: tuple[Resolved, str | None] | None, how: str = "in parentheses"
) -> None:
    """The scene is the division the text names (in an ACLED-style parenthesis, or by its
    kind: "Mrauk-U District"); the place itself is not in the gazetteer."""
    if named is None:
        return
    division, name = named
    c.targets = [division]
    c.unknown = name or scene.unknown_place(ctx.text, c.clause, ctx.gazetteer, ctx.lexicon, ctx.abroad)
    c.notes.append(
        f"Placed at {ctx.gazetteer.label(division.entry)}, the division the text names {how}; "
        "the scene itself is not in the gazetteer."
    )


def _earlier_scene(c: Candidate, ctx: ArticleContext) -> tuple[Resolved | None, str | None]:
    """An event told with no place of its own takes the scene an earlier sentence of its
    paragraph set and told no event at ("Demonstrators gathered in Gedaref. Soldiers
    dispersed the crowds."), as it takes that sentence's date."""
    # the scenes events were told at, by span (a scene read from a parenthesis is a new
    # Mention each time it is read)
    told = {(d.place.mention.start, d.place.mention.end) for d in ctx.drafts if d.place is not None}
    for k in range(c.index - 1, -1, -1):
        sentence = ctx.sentences[k]
        if sentence.paragraph != c.sentence.paragraph:
            break
        span = (sentence.start, sentence.end)
        scenes = scene.event_places(
            ctx.text, span, ctx.places, ctx.qualifiers, ctx.gazetteer, ctx.lexicon.places
        )
        scenes = [p for p in scenes if ctx.gazetteer.kind(p.entry) != "country"]
        if scenes:
            named = scenes[-1], None
        # else a scene the gazetteer lacks, named with its divisions: "in Basonge (Lubefu, Sankuru)"
        elif lacking := ctx.lacking(span):
            named = lacking.region, lacking.place_name
        else:
            named = scene.division_named(ctx.text, span, ctx.places, ctx.gazetteer)
        if named is not None:
            lent = any((p.mention.start, p.mention.end) in told for p in scenes or [named[0]])
            return (None, None) if lent else named
    return None, None
