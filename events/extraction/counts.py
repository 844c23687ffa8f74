"""Casualty counts told apart from the event they belong to: "A civilian was killed."
after a strike, a count told for several places, a later count that updates one."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from events.extraction import scene
from events.extraction.actors import INTER_TYPE
from events.extraction.casualties import Casualties, of_combatants, parse_casualties, spread
from events.extraction.count_grammar import PERSON
from events.extraction.count_lists import joined_groups
from events.extraction.count_numbers import NUMBER, number_value
from events.extraction.count_patterns import patterns
from events.extraction.draft import VIOLENT, Draft
from events.extraction.lexicon import Lexicon
from events.places import Gazetteer, Resolved
from events.reading.text import normalize_name


def blank(text: str, base: int, span: tuple[int, int] | None) -> str:
    """``text`` (starting at offset ``base``) with the part inside ``span`` blanked."""
    if span is None:
        return text
    start, end = max(0, span[0] - base), max(0, span[1] - base)
    return text[:start] + " " * (min(end, len(text)) - min(start, len(text))) + text[end:]


def attach_counts(
    drafts: list[Draft],
    sentence,
    lexicon: Lexicon,
    places,
    qualifiers,
    gazetteer: Gazetteer,
    text: str,
    aside: tuple[int, int] | None = None,
) -> None:
    """'A civilian was killed.' after a strike: the count belongs to that strike. A count
    told for several places ("40 soldiers were killed near A, B and C") gives each event at
    one of them its share, and nothing to events elsewhere. ``aside``: the stretch that tells an
    earlier event ("The raid came after a bombing last month that killed 12"), whose counts are
    not read."""
    if (
        not drafts
        or lexicon.hypothetical.search(sentence.text)
        or lexicon.hypothetical_adjective.search(sentence.text)
    ):
        return
    told = blank(sentence.text, sentence.start, aside)
    casualties = by_party_type(parse_casualties(told), lexicon)
    if not reported(casualties):
        return
    names = scene.listed_places(
        text, (sentence.start, sentence.end), places, qualifiers, gazetteer, lexicon.places
    )
    found = patterns(lexicon.casualties)
    if not names and found.period.search(told):
        return  # "25 Palestinians were killed in the past 24 hours": a tally, no toll of the event before
    if not names and found.many_events.search(told):
        return  # "These incidents have claimed 44 lives": many events' toll, no toll of the event before
    if len(names) > 1:
        shares, note = split_count(casualties, sentence.text, names, lexicon)
        for draft in drafts[-6:]:
            share = shares.pop(place_key(draft.place, draft.unknown_place), None)
            if share is not None and draft.event_type in VIOLENT and _told_before(draft, sentence, 600):
                _add_casualties(draft, share, sentence, note)
        return
    last = drafts[-1]
    if (last.event_type in VIOLENT or _met_force(last)) and _told_before(last, sentence, 300):
        _add_casualties(last, casualties, sentence)


def _met_force(draft: Draft) -> bool:
    """A crowd met with force, or one that turned violent: a count after it is its toll."""
    return draft.event_type == "Riots" or (
        draft.event_type == "Protests" and draft.sub_event_type != "Peaceful protest"
    )


def _told_before(draft: Draft, sentence, within: int) -> bool:
    return sentence.start - max(e for _, e in draft.spans) <= within


def _add_casualties(draft: Draft, casualties: Casualties, sentence, note: str = "") -> None:
    draft.casualties = combine(draft.casualties, casualties, later=True)
    draft.spans.append((sentence.start, sentence.end))
    if note and note not in draft.notes:
        draft.notes.append(note)


def reported(casualties: Casualties) -> bool:
    return casualties.fatalities is not None or casualties.injuries is not None


def place_key(place: Resolved | None, unknown: str) -> str:
    return normalize_name(unknown or (place.mention.text if place is not None else ""))


def split_count(
    casualties: Casualties, counted_text: str, names: list[str], lexicon: Lexicon
) -> tuple[dict[str, Casualties], str]:
    """A count told for several places -> each place's share (by normalised name), and the
    note that says how it was divided."""
    claimed = lexicon.claim.search(counted_text) or lexicon.attribution.search(counted_text)
    cap = lexicon.claimed_tally_cap if claimed and of_combatants(counted_text, casualties) else None
    parts = spread(casualties, len(names), cap)
    own = [_count_at(counted_text, name) for name in names]
    if cap is None and casualties.injuries is None and casualties.fatalities and None not in own:
        # "Three people were killed in Pokrovsk and one in Dnipro": each place's own count
        shares = {normalize_name(n): Casualties(k, None) for n, k in zip(names, own, strict=True)}
        return shares, f"{sum(own)} killed reported for {', '.join(names)}, each with its own count."
    kinds = _kind_at_each(casualties, own, cap)
    if kinds is not None:
        # "killed two civilians in Kherson and wounded four in Nikopol": the dead at one, the hurt at the
        # other
        shares = {normalize_name(n): k for n, k in zip(names, kinds, strict=True)}
        return (
            shares,
            f"{casualties.fatalities} killed and {casualties.injuries} injured reported for "
            f"{' and '.join(names)}, each place with its own count.",
        )
    told = ", ".join(f"{n} {w}" for n, w in ((casualties.fatalities, "killed"),
                                            (casualties.injuries, "injured")) if n is not None)  # fmt: skip
    note = (f"{told} reported for {len(names)} places ({', '.join(names)}), "
            "divided evenly over them as ACLED does")  # fmt: skip
    if cap is not None and max(casualties.fatalities or 0, casualties.injuries or 0) > cap:
        note += f"; one side's claim of its enemy's losses, counted as at most {cap} in all"
    return {normalize_name(n): part for n, part in zip(names, parts, strict=True)}, note + "."


def _kind_at_each(casualties: Casualties, own: list[int | None], cap: int | None) -> list[Casualties] | None:
    """Two places, the dead told at the first and the hurt at the second (or the other way round), each
    count right before its place and in the order the two kinds are told: each place's own kind."""
    dead, hurt = casualties.fatalities, casualties.injuries
    spans = casualties.fatal_span, casualties.injury_span
    if cap is not None or len(own) != 2 or not dead or not hurt or dead == hurt or None in spans:
        return None
    dead_first = spans[0][0] < spans[1][0]
    if own != ([dead, hurt] if dead_first else [hurt, dead]):
        return None
    first, second = Casualties(dead, None), Casualties(None, hurt)
    return [first, second] if dead_first else [second, first]


# what may stand between "in" and a place a count is told at ("in neighbouring Omdurman", "in the city
# of Nyala")
PLACE_BEFORE = r"(?:(?:the\s+)?(?:neighbou?ring|nearby)\s+)?(?:the\s+(?:city|town|village)\s+of\s+)?"


def _count_at(text: str, name: str) -> int | None:
    """The count told right before 'in <name>' ("three people were killed in X", "one in Y")."""
    if re.search(rf"in\s+{PLACE_BEFORE}{re.escape(name)}\b", text, re.I) is None:
        return None  # (a quick test first: the count's pattern is slow to build)
    match = _count_in(name).search(text)
    return number_value(match.group("num")) if match else None


@lru_cache(maxsize=256)  # (the places of a war are named again and again)
def _count_in(name: str) -> re.Pattern[str]:
    """A count told right before 'in <name>'."""
    told = (rf"\b{NUMBER}(?:\s+{PERSON})??\s+(?:(?:were|was|had\s+been)\s+[a-z]+\s+)?"
            rf"in\s+{PLACE_BEFORE}{re.escape(name)}\b")  # fmt: skip
    return re.compile(told, re.I)


def _part_of(a: Casualties, b: Casualties) -> Casualties | None:
    """Of two counts of the dead, the one whose groups hold the other's ("soldier+terrorist"
    and "terrorist"), by their words or their kinds of party: the whole, told again in part."""
    if not (a.fatalities and b.fatalities):
        return None
    # by the groups' words, else by the kinds of party they are, else by their sides ("three
    # terrorists" and "one policeman and three attackers": the attackers' side, and both sides)
    for x, y in ((a.fatal_group, b.fatal_group), (a.party, b.party), (_sides(a.party), _sides(b.party))):
        if not (x and y):
            continue
        first, second = set(x.split("+")), set(y.split("+"))
        # a part is no larger than its whole ("three soldiers and two policemen" ... "Six soldiers
        # were killed": more dead)
        if second < first and b.fatalities <= a.fatalities:
            return a
        if first < second and a.fatalities <= b.fatalities:
            return b
    return None


def _general_whole(a: Casualties, b: Casualties) -> Casualties | None:
    """Of two counts of the dead, a figure of everyone told first ("43 dead", "Three people were killed",
    no group) and a smaller one of one group told after it ("At least one police officer died in the
    shootout"): the group's dead are among everyone's, so the whole, ``a``; None otherwise (two figures of
    everyone, or of groups, or a vague one, or everyone's told last: sources that differ, "a journalist
    counted five protesters' bodies ... a paramedic said at least 10 had been shot dead")."""
    if not (a.fatalities and b.fatalities) or a.vague or b.vague or a.claimed != b.claimed:
        return None
    return a if not a.fatal_group and b.fatal_group and b.fatalities < a.fatalities else None


# Armed groups that are no state's, as one side, for telling a part from its whole ("terrorists"
# and "attackers" are both the side that attacked; a state's soldiers and police stay apart: "five
# policemen" are no part of "three soldiers and two militants")
SIDES = {"rebels": "non-state", "political_militia": "non-state", "identity_militia": "non-state"}


def _sides(party: str) -> str:
    """The kinds of party with the armed groups that are no state's as one side ("rebels+police"
    -> "non-state+police")."""
    return joined_groups(*(SIDES.get(kind, kind) for kind in party.split("+"))) if party else ""


def by_party_type(casualties: Casualties, lexicon: Lexicon) -> Casualties:
    """The count with the kinds of party its groups are (actor_types.yaml), so that "Seven Al
    Shabaab fighters were killed" and "their forces killed seven Al Shabaab militants" can be read
    as one group told twice (combine)."""
    if not casualties.fatal_group:
        return casualties
    kinds = [_kind(g, lexicon) for g in casualties.fatal_group.split("+")]
    return replace(casualties, party=joined_groups(*kinds))


def _kind(group: str, lexicon: Lexicon) -> str:
    """The kind of party a count's group is: by its word ("fighters": rebels), or the named actor it
    is ("four members of the PKK": rebels); else the group itself."""
    described = lexicon.described_type.get(group) or lexicon.described_type.get(f"{group}s")
    actor = lexicon.actor_by_name.get(group)
    named = INTER_TYPE.get(actor.inter) if actor is not None and actor.inter is not None else None
    return described or named or group


# the kinds of party a count's group can be known as (actor_types.yaml's types)
KNOWN_PARTIES = {*INTER_TYPE.values(), "police", "property"}


def _other_sides(a: str, b: str) -> bool:
    """Two counts' groups are known kinds of party, and none is the other's ("two soldiers ... two
    militants"): other people, however alike the figures."""
    one, other = set(a.split("+")) & KNOWN_PARTIES, set(b.split("+")) & KNOWN_PARTIES
    return bool(one) and bool(other) and not one & other


def combine(a: Casualties, b: Casualties, later: bool = False) -> Casualties:
    """Two counts told of one event: the dead of two different groups add up ("killing four
    soldiers ... sixty-three militants were killed": 67, as ACLED counts an event's dead);
    a count told as an update ("the toll rose to 23") replaces an earlier one, told before or
    after it ("the toll had stood at 22"); the dead told as more ("killed three more") add up,
    and a count of groups told again in part ("... six terrorists were killed") is the whole, as
    is a count told beside a part of its dead ("two children were among the dead", "a police
    officer was killed"); a figure beside a vague count of the same dead ("dozens") is the count;
    otherwise the sources differ, and the lower is kept, as ACLED codes the most conservative
    figure (but a zero never undoes a count of the dead or hurt). ``later``: ``b`` is told after ``a``
    in the report, so that a figure of everyone told first ("43 dead") holds a smaller count of one
    group told after it ("At least one police officer died"), as a report's lede holds its details."""

    def pick(x, y, x_vague=False, y_vague=False, x_above=False, y_above=False):
        if x is None or y is None:
            return y if x is None else x
        if b.update:  # the update wins, told before the earlier figure or after it
            return y
        if a.update:
            return x
        if a.earlier != b.earlier:  # "An earlier report had put the toll at seven": the report's own
            return x if b.earlier else y
        if x_vague != y_vague:  # "dozens of civilians were killed" ... "20 civilians were killed": the figure
            return y if x_vague else x
        if x_above != y_above and (y > x if x_above else x > y):
            # "More than 40 people have been killed" ... "the 43 dead": the figure the bound holds, no other
            # source's count
            return y if x_above else x
        # "the police suffered no casualties" beside "killing two militants": one side's
        # losses, or an early report; a count of the dead is not undone by it
        return max(x, y) if min(x, y) == 0 else min(x, y)

    two_hurt = False
    part, whole = (a, b) if a.part else (b, a)
    # "killing 10 villagers ... Six of the attackers were also killed": a part of another group
    # than the whole's, so more dead, not the same told in part
    of_others = bool(part.fatal_group and whole.fatal_group and part.fatal_group != whole.fatal_group)
    within = 0
    if b.more and not b.update and a.fatalities and b.fatalities:  # "killing nine ... killed three more"
        fatal, group = a.fatalities + b.fatalities, a.fatal_group
        if a.within:  # "Three people were killed ... two guards ... one soldier was also killed": three
            fatal, within = max(a.fatalities, a.within + b.fatalities), a.within + b.fatalities
    elif a.part != b.part and a.fatalities and b.fatalities and not of_others:
        # "killed 13 ... two children were among the dead": the whole
        fatal, group = whole.fatalities, whole.fatal_group
    elif (whole := _part_of(a, b)) is not None:  # "18 killed (12 soldiers and 6 terrorists) ... 6 terrorists"
        fatal, group = whole.fatalities, whole.fatal_group
    elif a.part and b.part and a.fatalities == b.fatalities == 1:
        # "a community leader ... was killed" ... "The man was killed because ...": one person told twice (not
        # told as more: "another volunteer was killed")
        fatal, group = 1, a.fatal_group or b.fatal_group
    elif later and (whole := _general_whole(a, b)) is not None:
        # "43 dead" ... "At least one police officer died"
        fatal, group = whole.fatalities, whole.fatal_group
        within = a.within + b.fatalities
    elif (
        a.fatal_group
        and b.fatal_group
        and a.fatal_group != b.fatal_group
        and a.fatalities
        and b.fatalities
        and not (
            a.party
            and b.party
            and a.fatalities == b.fatalities
            and set(a.party.split("+")) & set(b.party.split("+"))
        )
        and not (
            a.fatalities == b.fatalities
            and a.injuries is not None
            and a.injuries == b.injuries
            and not _other_sides(a.party, b.party)
        )
        # (nor the killers' own claim beside a count others told: "killed 10 Yemeni soldiers" ... "the
        # group said it had killed 30 conscripts", another source's figure of the same dead; but a claim of
        # the other side's dead is of other people: "killing seven soldiers" ... "the army said it killed 15
        # of the attackers")
        and (a.claimed == b.claimed or _other_sides(a.party, b.party))
    ):  # two groups, unless the same number of one kind of party, under another name ("fighters",
        # "militants"; "four members of the PKK" ... "a senior official and three fighters"), or the
        # same dead and hurt, not known to be two sides ("killed two border police officials and
        # wounded nine others" ... "killed two policemen and injured nine civilians"): the same dead
        # told twice
        fatal, group = a.fatalities + b.fatalities, joined_groups(a.fatal_group, b.fatal_group)
        # the hurt told with each group's dead are that group's too ("killed nine police ... also wounded
        # four other police" ... "seven insurgents were killed and five others were wounded": nine hurt)
        two_hurt = a.injuries is not None and b.injuries is not None
    else:
        # a figure beside a vague count of the same dead ("Dozens of people were killed" ... "20
        # civilians"), not of another group ("Dozens of soldiers" ... "15 civilians")
        vague = a if a.vague else b
        same_dead = a.vague != b.vague and (a.fatal_group == b.fatal_group or not vague.fatal_group)
        fatal = pick(
            a.fatalities, b.fatalities, a.vague and same_dead, b.vague and same_dead, a.above, b.above
        )
        group = a.fatal_group or b.fatal_group
    told = [x for x in (a, b) if x.fatalities]
    # the hurt likewise: a figure beside a vague count ("several others wounded" ... "those wounded are 23")
    # (and one person told hurt with no number, "the driver was injured", is one of the hurt a count
    # beside it holds: "injuring 14 people")
    if two_hurt or (b.hurt_more and not b.update and a.injuries and b.injuries):
        hurt = a.injuries + b.injuries  # (or more hurt: "two others injured ... A civilian was also wounded")
    elif a.hurt_part != b.hurt_part and a.injuries and b.injuries:
        hurt = b.injuries if a.hurt_part else a.injuries
    else:
        hurt = pick(a.injuries, b.injuries, a.hurt_vague, b.hurt_vague)
    if b.of_hurt and b.more and hurt and fatal == (a.fatalities or 0) + (b.fatalities or 0):
        hurt = max(0, hurt - (b.fatalities or 0))  # "One of the wounded later died": one hurt fewer
    hurt_vague = a.hurt_vague if hurt == a.injuries and a.injuries is not None else b.hurt_vague
    hurt_part = a.hurt_part if hurt == a.injuries and a.injuries is not None else b.hurt_part
    return Casualties(fatal, hurt, fatal_group=group, update=a.update or b.update,
                      hurt_vague=hurt_vague, hurt_part=hurt_part,
                      earlier=a.earlier and b.earlier, claimed=a.claimed and b.claimed,
                      part=bool(fatal) and all(x.part for x in told),
                      party=joined_groups(a.party, b.party),
                      vague=bool(told) and all(x.vague for x in told), within=within,
                      above=any(x.above and x.fatalities == fatal for x in told))  # fmt: skip
