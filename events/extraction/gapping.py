"""Gapped conjuncts: one more event per conjunct that shares its clause's verb and tells only whom
and when ("Saba'na was shot dead in Jenin on Tuesday, and Tayeh, 21, on Wednesday")."""

from __future__ import annotations

import re
from dataclasses import replace

from events.extraction.candidate import ArticleContext, Candidate
from events.extraction.casualties import Casualties
from events.extraction.count_numbers import number_value
from events.extraction.draft import DATE_NOTES, Draft
from events.extraction.timex import DAY
from events.places import Resolved

# a conjunct that shares its clause's verb and tells only whom and when ("Saba'na was shot dead in Jenin on
# Tuesday, and Tayeh, 21, on Wednesday during a raid on the al-Fara'a camp"; "the 552nd battalion was captured
# on 25 March, the 564th battalion on 5 April"): a separator, then a noun phrase (an apposition's commas too),
# then its time
GAP_SEPARATOR = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
GAPPED_NOUN = re.compile(
    r"(?P<np>(?:(?:the|a|an|another)\s+[\w'’.-]+|[A-Z0-9][\w'’.-]*)(?:,?\s+[\w'’.-]+){0,6}?,?)\s+(?:on|in|at)?\s*"
)
# a finite verb, or a word that may be one (with the lexicon's verbs of telling): no gapped conjunct, a clause
# of its own ("..., and the army on Tuesday launched an offensive")
VERBISH = re.compile(r"\b(?i:was|were|is|are|has|have|had|been|be|will|would|did|does)\b|\b[a-z]{3,}ed\b")
SCENE_ORDER = {"poi": 0, "city": 0, "admin2": 1, "admin1": 2, "region": 2, "country": 3}


def _verbish(ctx: ArticleContext, start: int, end: int) -> bool:
    return bool(VERBISH.search(ctx.text, start, end) or ctx.lexicon.telling.search(ctx.text, start, end))


def gapped_drafts(c: Candidate, made: list[Draft], ctx: ArticleContext) -> list[Draft]:
    """One more event per gapped conjunct of the clause (GAPPED_NOUN) with a day of its own: the clause's
    event, on that day, at the place the conjunct names (else the clause's), with the one dead of its own
    when the clause told one dead ("Tayeh, 21, on Wednesday")."""
    if len(made) != 1 or c.time_source != "explicit" or c.time is None:
        return []
    # (the clause's time, and those after it in its sentence: a conjunct with no verb may stand outside the
    # clause its event words set)
    own = [t for t in c.times if c.clause[0] <= t.start < c.sentence.end
           and not (t.speech or t.qualifier) and t.precision == DAY]  # fmt: skip
    if len(own) < 2 or (own[0].start, own[0].end) != (c.time.start, c.time.end):
        return []
    main, text, out = made[0], ctx.text, []
    conjuncts = []
    for before, time in zip(own, own[1:], strict=False):
        sep = next((m for m in GAP_SEPARATOR.finditer(text, before.end, time.start)
                    if GAPPED_NOUN.fullmatch(text, m.end(), time.start)
                    and not _verbish(ctx, m.end(), time.start)), None)  # fmt: skip
        if sep is None or _verbish(ctx, before.end, sep.start()):
            return []  # a clause of its own between them: no gapping
        conjuncts.append((sep.end(), time))
    for k, (start, time) in enumerate(conjuncts):
        end = conjuncts[k + 1][0] if k + 1 < len(conjuncts) else c.sentence.end
        cut = next(GAP_SEPARATOR.finditer(text, time.end, end), None) if k + 1 < len(conjuncts) else None
        if _verbish(ctx, time.end, cut.start() if cut else end):
            return []
        if time.event_date == c.time.event_date or time.date_start > ctx.report.reported:
            continue
        where, unknown = _conjunct_scene(start, end, main, ctx)
        told = main.casualties
        count = number_value(text[start : time.start].split()[0].strip(","))
        fatalities = count if told.fatalities and count else 1 if told.fatalities == 1 else None
        notes = [n for n in main.notes if not n.startswith(DATE_NOTES)]
        out.append(replace(
            main, time=time, time_source="explicit", place=where, unknown_place=unknown,
            casualties=Casualties(fatalities, None), separate=True,
            notes=[*notes, f"A conjunct sharing its clause's verb, on its own day: '{time.expression}'."],
            spans=list(main.spans), features=set(main.features),
        ))  # fmt: skip
    return out


def _conjunct_scene(start: int, end: int, main: Draft, ctx: ArticleContext) -> tuple[Resolved | None, str]:
    """The place a gapped conjunct names (its most precise), a place the gazetteer lacks named there with its
    region, else the clause's."""
    gazetteer = ctx.gazetteer
    named = [p for p in ctx.places if start <= p.mention.start < end and id(p.mention) not in ctx.qualifiers]
    lacking = ctx.lacking((start, end))
    if lacking is not None:
        return lacking.region, lacking.place_name
    if named:
        return min(named, key=lambda p: SCENE_ORDER.get(gazetteer.kind(p.entry), 3)), ""
    return main.place, main.unknown_place
