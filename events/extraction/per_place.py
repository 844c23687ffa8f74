"""A candidate's drafts: one per place (per settlement of a list), a count told for several places
shared out over them, the day told after each place."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from events.extraction import scene
from events.extraction.candidate import ArticleContext, Candidate
from events.extraction.clause_tense import PERFECT_BEFORE
from events.extraction.count_numbers import NUMBER, number_value
from events.extraction.counts import place_key, reported, split_count
from events.extraction.draft import Draft
from events.extraction.kinds import fallback
from events.extraction.lexicon import PlaceWords
from events.extraction.other_events import another_incident
from events.extraction.place_lists import listed_scenes
from events.extraction.timex import TimeRef
from events.extraction.triggers import Hit
from events.places import Gazetteer, Resolved
from events.reading.text import normalize_name


def _apart(targets: list[Resolved], gazetteer: Gazetteer, text: str, words: PlaceWords) -> list[Resolved]:
    """The places a count can be shared over: each entry once, and none that holds another of them
    ("in central Somalia" told twice, "in Bulabarte, a district in central Somalia": one scene), by
    the gazetteer or by the words ("in Zabid District of the port city of Hodeidah")."""
    told = sorted((t for t in targets if t is not None), key=lambda t: t.mention.start)
    held = {id(b) for a, b in zip(told, told[1:], strict=False)
            if words.division_of.fullmatch(text, a.mention.end, b.mention.start)}  # fmt: skip
    entries = list(dict.fromkeys(t.entry for t in targets if t is not None and id(t) not in held))
    kept = [e for e in entries if not any(o != e and gazetteer.contains(e, o) for o in entries)]
    return [next(t for t in targets if t is not None and t.entry == e) for e in kept]


# between two places told together: a comma or "and", within one clause ("strikes on Kharkiv, Sumy and Odesa",
# "Three people were killed in Pokrovsk in Donetsk Oblast and one in Dnipro", "four in Omdurman, eight in the
# city of Nyala")
JOINED_AT = re.compile(r"(?=[^.;:]{0,80}$)[^.;:]*?(?:,|\band\b|&)[^.;:]*")
AND = re.compile(r"\band\b|&")


def _coordinated(targets: list[Resolved], text: str) -> bool:
    """The places are told together, joined by "and" ("shelling of Kharkiv and Sumy killed four", "three
    were killed in Pokrovsk and one in Dnipro"): a count told for them is shared out; not places told in a
    chain ("in Abagana in Makurdi", "Mexico's Gulf coast city of Coatzacoalcos") or apart ("Eyewitnesses in
    Duhok reported ... killed in Kafiya"), where the count is the one event's."""
    told = sorted(targets, key=lambda t: t.mention.start)
    gaps = [text[a.mention.end : b.mention.start] for a, b in zip(told, told[1:], strict=False)]
    return all(JOINED_AT.fullmatch(gap) for gap in gaps) and any(AND.search(gap) for gap in gaps)


def to_drafts(c: Candidate, ctx: ArticleContext) -> Iterator[Draft]:
    """One draft per place (per settlement of a list the clause sets its event at, place_lists.listed_scenes);
    a count told for several places is shared out over them."""
    shares, share_note = {}, ""
    each = listed_scenes(c, ctx)
    notes = list(c.notes)
    if each is not None:
        names = [unknown or where.mention.text for where, unknown in each]
        notes.append(f"One of {len(each)} places its clause sets the event at ({', '.join(names)}): an event "
                     "at each, as ACLED codes one event per place and day.")  # fmt: skip
    if each is not None and reported(c.casualties):
        shares, share_note = split_count(c.casualties, c.counted_text, names, ctx.lexicon)
    elif reported(c.casualties) and not c.trigger.placeless:
        names = scene.listed_places(
            ctx.text, c.clause, ctx.places, ctx.qualifiers, ctx.gazetteer, ctx.lexicon.places
        )
        if len(names) < 2 and len(c.targets) > 1:
            apart = _apart(c.targets, ctx.gazetteer, ctx.text, ctx.lexicon.places)
            names = [p.mention.text for p in apart] if _coordinated(apart, ctx.text) else []
        # one scene holding every place the count is told for ("the districts of Salhuddien and Midan"
        # the gazetteer lacks, placed in Aleppo province): the whole count is its
        listed = {normalize_name(n) for n in names}
        whole = len(c.targets) == 1 and place_key(c.targets[0], c.unknown) not in listed
        # a village the gazetteer lacks, placed at the town named with it ("in Barangay San Jose, Mapanas,
        # Northern Samar"): an address, one scene, not a list of two
        whole = whole or (len(c.targets) == 1 and bool(c.unknown) and place_key(c.targets[0], "") in listed)
        if len(names) > 1 and not whole:
            shares, share_note = split_count(c.casualties, c.counted_text, names, ctx.lexicon)
    perfect = (
        c.time_source != "explicit" and PERFECT_BEFORE.search(ctx.text, c.clause[0], c.hit.start) is not None
    )
    targets = c.targets
    if c.diplomatic and len(targets) > 1:  # talks have one venue: the place told closest to them
        # (not the capitals that stand for the sides: "talks between Khartoum and Juba ... in Bahar Dar")
        venues = [p for p in targets if p.mention.relation != "between"] or targets
        targets = [min(venues, key=lambda p: _distance_to(p, c.hit))]
    scenes = each if each is not None else [(where, c.unknown) for where in targets or [None]]
    for where, unknown in scenes:
        place_factor = (where.confidence**0.5) if where else (1.0 if c.trigger.placeless else 0.7)
        own = c.casualties
        if shares:  # a scene outside the list told with the count takes the smallest share
            own = shares.get(place_key(where, unknown), list(shares.values())[-1])
        elif where is not None and (part := _part_told_at(c, where, ctx)) is not None:
            own = replace(own, fatalities=part)
        yield Draft(
            trigger=c.trigger, event_type=c.event_type, sub_event_type=c.sub_type, status=c.status,
            sentence=c.sentence, place=where, time=_time_at(c, where), time_source=c.time_source,
            casualties=own, actor1=c.actor1, actor2=c.actor2, inter1=c.inter1, inter2=c.inter2,
            weapons=[label for label, _ in c.weapons], civilian_targeting=c.civilian,
            confidence=round(c.confidence * place_factor, 3),
            notes=notes + ([share_note] if shares else []),
            spans=[(c.sentence.start, c.sentence.end)], unknown_place=unknown, listed=each is not None,
            headline=ctx.report.role(c.sentence.start, c.sentence.end) == "headline",
            features=set(c.features), modelled=bool(c.features), fallback=fallback(c.trigger, c.weapons),
            separate=another_incident(c, ctx), shared=len(shares),
            borrowed=c.place_borrowed and c.time_source == "inherited",
            perfect=perfect,
        )  # fmt: skip


# "killed at least 30 Palestinians across the Gaza Strip ..., including 12 in a strike on a school in":
# the part of the count told at the place named next
INCLUDING_AT = re.compile(
    rf",?\s+including\s+{NUMBER}\s+(?:(?!including\b)[\w'’-]+,?\s+){{0,10}}?(?:in|at)\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,2}$",
    re.I,
)


SPREAD = re.compile(r"\b(?:across|throughout|all\s+over)\b", re.I)  # a count told over a whole area


def _part_told_at(c: Candidate, where: Resolved, ctx: ArticleContext) -> int | None:
    """The dead the clause tells at a town as a part of a count spread over an area ("killed at least 30
    across the Gaza Strip, including 12 in a strike on a school in Gaza City": 12 at Gaza City), when the
    record is placed at that town; None otherwise."""
    told = c.casualties.fatalities
    if not told or ctx.gazetteer.kind(where.entry) != "city":
        return None
    start = where.mention.start
    if not c.clause[0] <= start < c.clause[1]:
        return None
    found = INCLUDING_AT.search(ctx.text, max(c.clause[0], start - 160), start)
    if found is None or not SPREAD.search(ctx.text, c.clause[0], found.start()):
        return None  # (the whole count told at one place: "killed ten in X, including four children in Y")
    part = number_value(found.group("num"))
    return part if part is not None and part < told else None


def _time_at(c: Candidate, where: Resolved | None) -> TimeRef | None:
    """The candidate's time, or, when its clause tells two days each after its own place ("struck
    targets near Damascus on Friday and hit the area of Aleppo airport on Sunday"), the day told right
    after the place, before the next place."""
    own = [
        t for t in c.times if c.clause[0] <= t.start < c.clause[1] and not t.speech and not t.is_background
    ]
    if where is None or c.time_source != "explicit" or len(own) < 2 or len({t.event_date for t in own}) < 2:
        return c.time
    others = [p for p in c.targets if p is not None and p is not where]
    if not others:
        return c.time  # one place: "the toll from Saturday's strike on X rose on Sunday" is Saturday's
    # a day told before the places ("struck on Friday near Baalbek and on Sunday near Tyre"): not shared out
    if min(t.start for t in own) < min(p.mention.start for p in c.targets if p is not None):
        return c.time
    after = [t for t in own if t.start >= where.mention.end]
    nearest = min(after, key=lambda t: t.start, default=None)
    if nearest is None or any(where.mention.end <= p.mention.start < nearest.start for p in others):
        return c.time  # another place told between: the day is that place's
    if not TIME_GAP.fullmatch(
        c.sentence.text, where.mention.end - c.sentence.start, nearest.start - c.sentence.start
    ):
        return c.time
    return nearest


# between a place and the day told for it: a few words, no clause break
TIME_GAP = re.compile(r"(?:\s+[\w'’-]+){0,4}?\s+")


def _distance_to(place: Resolved, hit: Hit) -> int:
    return min(abs(place.mention.start - hit.end), abs(hit.start - place.mention.end))
