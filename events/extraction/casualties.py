"""Fatalities and injuries from number words and digits, counted as ACLED counts them.

"at least 12" -> 12; "a 67-year-old man was killed" -> 1; "no one was hurt" -> 0;
"dozens" -> 12, "hundreds" -> 100, "several"/"many" -> 10 (ACLED's codebook
conventions for vague counts); "two children were among the dead" adds nothing
(a subset of a count given elsewhere); None when the text reports nothing.
A total reported over several places is divided evenly over them (ACLED's rule for
summarised fatalities), after a cap when it is a side's claim of its enemy's losses.

This module holds the parse (``parse_casualties``) and its record (``Casualties``); its steps:
  count_numbers   number words and digits: NUMBER and its value
  count_grammar   the noun phrases of a count: who, whose, asides, two groups joined
  count_kinds     the count patterns of one kind, the dead's or the hurt's
  count_patterns  all the count patterns, built from data/lexicon/casualties.yaml
  count_told      how a count is told: more, vague, a part, claimed; the first count; a toll
  count_lists     lists and coordinated groups, summed
  count_groups    whose deaths a count is of ("soldier")
  coder_remarks   a coder's remark in an ACLED note on the count coded
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from events.extraction.count_grammar import FAMILY_OF, PAIRING
from events.extraction.count_groups import counted_group
from events.extraction.count_lists import (
    coordinated_counts,
    joined_count,
    joined_groups,
    listed_after,
    listed_before,
)
from events.extraction.count_numbers import Count, number_value
from events.extraction.count_patterns import Patterns, default_patterns
from events.extraction.count_told import (
    ABOVE,
    ALSO,
    ANOTHER_BEFORE,
    DOER_CLAIM,
    HURT_DIED,
    MORE,
    MORE_HURT,
    OF_HURT,
    ONE_TOLD,
    PARTITIVE,
    PARTITIVE_COUNT,
    VAGUE,
    VAGUE_HURT,
    among_dead,
    first_count,
)

# Pronouns of everyone in a group ("everyone inside was killed"): no count of one.
EVERYONE = re.compile(r"\b(?:everyone|everybody)\b", re.I)
EVERYONE_BEFORE = re.compile(r"\b(?:everyone|everybody|all)\s+$", re.I)


def _everyone(text: str, match: re.Match[str]) -> bool:
    """One dead told of everyone in a group ("everyone inside was killed"), in its words or right before."""
    return bool(EVERYONE.search(match.group(0)) or EVERYONE_BEFORE.search(text, 0, match.start()))


# how far after the words of an earlier report its count may stand ("an earlier report had put the death
# toll at seven"; not "12 were killed, up from an earlier toll of seven", whose count is the first)
EARLIER_REACH = 60


def _told_as_earlier(text: str, count: Count | None, p: Patterns) -> bool:
    return count is not None and any(
        0 <= count[1][0] - m.end() <= EARLIER_REACH for m in p.earlier.finditer(text, 0, count[1][0])
    )


@dataclass(frozen=True)
class Casualties:
    fatalities: int | None
    injuries: int | None
    fatal_span: tuple[int, int] | None = None
    injury_span: tuple[int, int] | None = None
    aggregate: bool = False  # a toll of a war or a campaign, not of one event
    fatal_group: str = ""  # whose deaths the count is of ("soldier", "militant"; "" when general)
    update: bool = False  # told as an update of an earlier count ("the toll rose to 23")
    earlier: bool = False  # told as an earlier report's, since superseded ("an earlier report had put ...")
    more: bool = False  # the dead told as more than those counted before ("killed three more")
    hurt_more: bool = False  # the hurt told so ("A civilian was also wounded")
    part: bool = False  # the dead told as a part of an event's ("two children were among the dead")
    party: str = ""  # the kinds of party the groups are (actor_types.yaml keys: "rebels"), set by counts
    vague: bool = False  # the dead counted by a vague word ("dozens of civilians were killed")
    hurt_vague: bool = False  # the hurt counted so ("several others were wounded")
    hurt_part: bool = False  # one person told hurt with no number ("Malbas was wounded"), one of them
    claimed: bool = False  # the dead told as the killers' own claim ("the group said it had killed 30")
    # the dead of groups told as a part of a figure of everyone ("Three people were killed" ... "two security
    # guards were killed"), so that more of them told after ("one soldier was also killed") fill that figure
    # before they add to it (set by counts.combine)
    within: int = 0
    of_hurt: bool = False  # the dead told as some of the hurt told before ("One of the wounded later died")
    above: bool = False  # the dead counted by a bound they exceed ("more than 40 people were killed")


def parse_casualties(text: str, found: Patterns | None = None) -> Casualties:
    """Counts reported in one sentence or clause (none when they belong elsewhere, or
    when a count is a war's or a campaign's toll)."""
    return _parse(text, found or default_patterns())


# two groups joined, which every coordinated pattern holds (COORDINATED): a quick test before them
PAIRED = re.compile(rf"\s{PAIRING}\s", re.I)

# "How many suspected criminals were killed ... was unclear", "how many of the 30 attackers were killed":
# a question, no count (up to the clause's end)
HOW_MANY = re.compile(r"\bhow\s+many\b[^,;.]*", re.I)


@lru_cache(maxsize=4096)
def _parse(text: str, p: Patterns) -> Casualties:
    text = HOW_MANY.sub(lambda m: " " * len(m.group(0)), text)  # blanked: the spans stay
    text = FAMILY_OF.sub(lambda m: f"{m.group('n')} {m.group('unit')}".ljust(len(m.group(0))), text)
    if p.elsewhere.search(text):
        return Casualties(None, None)
    if p.campaign.search(text) or p.since_frame.match(text):
        return Casualties(None, None, aggregate=True)
    # (a pattern runs only where the text has the words it needs: most clauses count nothing)
    death, hurting = p.death_hint.search(text) is not None, p.hurt_hint.search(text) is not None
    paired = PAIRED.search(text) is not None
    dead_pairs = p.coordinated if death and paired else ()
    hurt_pairs = p.coordinated_hurt if hurting and paired else ()
    fatal = first_count(p.fatal, p.subset, text) if death else None
    hurt = first_count(p.injured, p.subset, text) if hurting else None
    # "Two wounded soldiers later died in hospital": the hurt who died, dead (told as "two of the wounded")
    hurt_died = HURT_DIED.search(text) if death and hurting else None
    if hurt_died is not None and (fatal is None or hurt_died.start() <= fatal[1][0]):
        value = number_value(hurt_died.group("num"))
        fatal = (value, hurt_died.span()) if value is not None else fatal
    if hurt_died is not None and hurt is not None and hurt_died.start() <= hurt[1][0] < hurt_died.end():
        hurt = first_count(p.injured, p.subset, text[: hurt_died.start()] + " " * len(hurt_died.group(0))
                      + text[hurt_died.end() :])  # fmt: skip
    if fatal is not None and p.update.search(text) and (toll := first_count(p.fatal[-2:], p.subset, text)):
        fatal = toll  # "Two of the injured later died in hospital, bringing the death toll to nine": nine
    if any(found is not None and found[1] == (-1, -1) for found in (fatal, hurt)):
        return Casualties(None, None, aggregate=True)
    joined = ""
    for both in (m for pattern in dead_pairs if (m := pattern.search(text))):
        if fatal is None or both.start() <= fatal[1][0] < both.end():
            first, second = coordinated_counts(both)
            if first is not None and second is not None:
                start, total = listed_before(text, both.start(), first + second)
                fatal = (total, (start, both.end()))
                # whose: both groups ("three soldiers and two guardsmen": soldier+guardsmen), so
                # that a later count of one of them is read as a part of this one
                groups = [counted_group(text, both.span(g)) for g in ("one", "two")]
                joined = joined_groups(*groups) if start == both.start() and all(groups) else ""
                break
    if fatal is not None and fatal[1][0] >= 0 and not joined:
        fatal, joined = joined_count(p.fatal, text, fatal)
    if fatal is not None and fatal[1][0] >= 0 and not joined:
        fatal = listed_after(text, fatal, p)
    if fatal is not None and fatal[1][0] >= 0 and (other := p.other_died.match(text, fatal[1][1])):
        told = other.group("more") or other.group("counted")  # ("and two more died later in hospital")
        more = number_value(told) if told else 1
        fatal = (fatal[0] + (more or 1), fatal[1])  # (its span the count's: whose dead they are)
    # (never "everyone inside was killed": all of them, no count of one)
    if (
        fatal is None
        and death
        and (one := next((m for m in p.one_dead.finditer(text) if not _everyone(text, m)), None))
    ):
        fatal = (1, one.span())
    # the dead and the hurt counted together: the count of the dead, as ACLED reads it, unless a figure of
    # the dead alone is told beside it (a vague count's rule, combine)
    joint = (
        fatal is None
        and death
        and hurting
        and p.joint_hint.search(text) is not None
        and (together := p.joint.search(text)) is not None
    )
    if joint and (value := number_value(together.group("num") or together.group("n"))) is not None:
        fatal = (value, together.span())
    # "killing at least 12 of them", "two of the attackers were killed": a part of the people
    # told before, as much as "two children were among the dead"
    partitive = fatal is not None and (
        PARTITIVE.match(text, fatal[1][1]) or PARTITIVE_COUNT.match(text, fatal[1][0])
    )
    # whose part: "six of the attackers" are attackers (not a part of "ten villagers")
    of_whom = counted_group(text, partitive.span("whom")) if partitive and partitive.group("whom") else ""
    # "One of the wounded later died in hospital": one more dead, from among the hurt told before
    of_hurt = (
        fatal is not None
        and fatal[1][0] >= 0
        and (
            OF_HURT.match(text, fatal[1][0]) is not None
            or (hurt_died is not None and fatal[1] == hurt_died.span())
        )
    )
    part = (bool(partitive) and not of_hurt) or (
        fatal is None and death and (fatal := among_dead(text)) is not None
    )
    for both in (m for pattern in hurt_pairs if (m := pattern.search(text))):
        if (hurt is None or both.start() <= hurt[1][0] < both.end()) and (
            fatal is None or both.end() <= fatal[1][0] or fatal[1][1] <= both.start()
        ):  # (not a pair that holds the dead: "left one officer dead and three people wounded")
            first, second = coordinated_counts(both)
            if first is not None and second is not None:
                hurt = (first + second, both.span())
                break
    if hurt is None and hurting and fatal is not None and (more := p.as_many.search(text, fatal[1][1])):
        # "and another injured", "as many were hurt", "and wounding another"
        counted = number_value(more.group("more")) if more.group("more") else None
        hurt = (counted or (1 if more.group(1) or more.group(2) else fatal[0]), more.span())
    hurt_part = False
    if hurt is None and hurting and (one := p.one_hurt.search(text)):
        hurt, hurt_part = (1, one.span()), True
    none = p.none_killed.search(text)
    if none is not None:  # "No one was killed": not "one ... killed"
        fatal, hurt = (None if f is not None and f[1][0] < none.end() and none.start() < f[1][1] else f
                       for f in (fatal, hurt))  # fmt: skip
    fatalities = fatal[0] if fatal else None
    injuries = hurt[0] if hurt else None
    if none:
        phrase = none.group(0).lower()
        kills, hurts = re.search(r"killed|died|deaths|fatalities", phrase), re.search(r"injur|wound", phrase)
        if fatalities is None and (kills or not hurts):
            fatalities = 0  # "no one was hurt/harmed" covers the dead too
        if injuries is None and (hurts or not kills):
            injuries = 0
        if "casualties" in phrase or "victims" in phrase:
            fatalities = 0 if fatalities is None else fatalities
            injuries = 0 if injuries is None else injuries
    return Casualties(
        fatalities,
        injuries,
        fatal[1] if fatal else None,
        hurt[1] if hurt else None,
        fatal_group=joined or of_whom or (counted_group(text, fatal[1]) if fatal and not part else ""),
        update=p.update.search(text) is not None,
        earlier=_told_as_earlier(text, fatal or hurt, p),
        of_hurt=of_hurt,
        more=fatal is not None
        and (
            of_hurt
            or (fatal[1][0] >= 0 and ANOTHER_BEFORE.search(text, 0, fatal[1][0]) is not None)
            or (fatal[1][0] >= 0 and text[fatal[1][0] : fatal[1][0] + 8].lower().startswith("another "))
            or ((m := MORE.search(text, fatal[1][0])) is not None and m.start() < fatal[1][1])
            # (a vague count told as more is no figure to add: "Several policemen were also hurt")
            or (
                fatal[1][0] >= 0
                and ALSO.search(text, *fatal[1]) is not None
                and VAGUE.search(text, *fatal[1]) is None
            )
        ),
        hurt_more=hurt is not None
        and hurt[1][0] >= 0
        and (
            MORE_HURT.search(text, *hurt[1]) is not None
            or ANOTHER_BEFORE.search(text, 0, hurt[1][0]) is not None
        )
        and VAGUE_HURT.search(text, *hurt[1]) is None,
        vague=fatal is not None
        and fatal[1][0] >= 0
        and (joint or VAGUE.search(text, fatal[1][0], fatal[1][1]) is not None),
        above=fatal is not None and fatal[1][0] >= 0 and ABOVE.search(text, *fatal[1]) is not None,
        hurt_vague=hurt is not None and VAGUE_HURT.search(text, hurt[1][0], hurt[1][1]) is not None,
        hurt_part=hurt_part and injuries == 1,
        claimed=fatal is not None
        and fatal[1][0] >= 0
        and DOER_CLAIM.search(text, max(0, fatal[1][0] - 60), fatal[1][0]) is not None,
        # one person told dead with no number ("a former police official was killed", a name):
        # one of an event's dead, as "two children were among the dead" is
        part=part
        or (
            fatal is not None
            and fatal[0] == 1
            and fatal[1][0] >= 0
            and not ONE_TOLD.search(text, fatal[1][0], fatal[1][1])
        ),
    )


def of_combatants(text: str, casualties: Casualties) -> bool:
    """Whether the count's own words name fighters ("40 Ukrainian soldiers were killed")."""
    if casualties.fatal_span is None:
        return False
    start, end = casualties.fatal_span
    return default_patterns().combatants.search(text, start, end + 30) is not None


def spread(casualties: Casualties, parts: int, cap: int | None = None) -> list[Casualties]:
    """One count told for several places, one share per place: ACLED divides a summarised
    total evenly (the first places take the remainder), after ``cap`` on the total."""

    def shares(total: int | None) -> list[int | None]:
        if total is None:
            return [None] * parts
        total = total if cap is None else min(total, cap)
        base, extra = divmod(total, parts)
        return [base + (k < extra) for k in range(parts)]

    return [Casualties(f, i) for f, i in zip(shares(casualties.fatalities),
                                              shares(casualties.injuries), strict=True)]  # fmt: skip
