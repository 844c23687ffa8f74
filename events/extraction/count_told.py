"""How a count is told, read by the parse (casualties): as more people than those told before,
as a vague or a bounded figure, as a part of the dead, as the killers' claim, or as the hurt who
died; the first count a pattern finds that is no part of another (``first_count``); a span told
as a campaign's toll (``toll_told``)."""

from __future__ import annotations

import re

from events.extraction.count_grammar import PERSON
from events.extraction.count_numbers import AGGREGATE, NUMBER, Count, number_named, number_value
from events.extraction.count_patterns import default_patterns

# the killers' own word on their kills, right before the count ("the group said it had killed 30 conscripts")
DOER_CLAIM = re.compile(
    r"\b(?:said|says|claimed|claims|claiming)\s+(?:that\s+)?(?:it|they|we)\s+(?:had\s+|has\s+|have\s+)?"
    r"(?:\w+ly\s+)?$",
    re.I,
)


# the words of a vague count ("dozens", "several hundred"), read as ACLED's round figures
VAGUE = re.compile(r"\b(?:dozens?|scores|hundreds|thousands|millions|several|many|few)\b", re.I)
# (not "as many": "four died and as many were left injured" is four, nor "as many as 20")
VAGUE_HURT = re.compile(rf"(?<!\bas\s){VAGUE.pattern}", re.I)
# a count told as a bound the dead exceed ("more than 40", "over 40"), not a figure of them
ABOVE = re.compile(rf"\b(?:more\s+than|over|upwards\s+of)\s+{number_named(None)}", re.I)
# a count of one told as a number ("one soldier", "1 killed"), not as a person ("a soldier", a name)
ONE_TOLD = re.compile(r"\b(?:one|1|single|lone)\b", re.I)


# "two children and five women were among those killed", "Among the dead were three
# soldiers": a part of the dead, the count of an event told with no other (at least that many)
_AMONG_DEAD = r"among\s+(?:the|those)\s+(?:dead|killed)"  # not "victims": often the wounded
AMONG_DEAD = re.compile(
    rf"\b{NUMBER}\s+{PERSON}(?:\s+and\s+{number_named('second')}\s+{PERSON})?\s+(?:were|was)\s+(?:also\s+)?"
    rf"{_AMONG_DEAD}\b|\b{_AMONG_DEAD}\s+(?:were|was)\s+{number_named('then')}\s+{PERSON}"
    rf"(?:\s+and\s+{number_named('after')}\s+{PERSON})?",
    re.I,
)


OF_HURT = re.compile(rf"{NUMBER}\s+of\s+(?:the|those)\s+(?:wounded|injured|hurt)\b", re.I)
# the hurt told as dying ("Two wounded soldiers later died", "three injured people succumbed")
HURT_DIED = re.compile(
    rf"\b{NUMBER}\s+(?:(?:seriously|critically|badly|gravely)\s+)?(?:wounded|injured)\s+(?:{PERSON}\s+)?"
    r"(?:(?:later|subsequently|also|then)\s+)?(?:died|succumbed)\b",
    re.I,
)
PARTITIVE = re.compile(r"\s+of\s+(?:them|those|(?:the|these)\s+[\"“‘']?(?P<whom>[\w'’-]+))\b", re.I)
PARTITIVE_COUNT = re.compile(rf"{NUMBER}{PARTITIVE.pattern}", re.I)


def among_dead(text: str) -> Count | None:
    match = AMONG_DEAD.search(text)
    if match is None:
        return None
    values = [number_value(match.group(g)) for g in ("num", "second", "then", "after") if match.group(g)]
    return (sum(values), match.span()) if values and None not in values else None


# "killed three more people", "two additional soldiers died": right after the number (not "more than
# three", "9 more people than in last week's raid")
MORE = re.compile(
    rf"\b{number_named(None)}\s+(?:more|additional|others?)\b(?!(?:\s+[\w'’-]+)?\s+than\b)"
    # "a sixth soldier subsequently died": one more after five
    r"|\ba\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b",
    re.I,
)
# "A civilian was also wounded", "Nine militants were also killed": more people than those told before (within
# the count's own words)
ALSO = re.compile(r"\balso\b", re.I)
# the hurt told as more ("two more were wounded"; not "two others", told beside the dead: "killed three and
# injured two others")
MORE_HURT = re.compile(
    rf"\balso\b|\b{number_named(None)}\s+(?:more|additional)\b(?!(?:\s+[\w'’-]+)?\s+than\b)", re.I
)
# right before a count: more people than those told before ("another two people later died")
ANOTHER_BEFORE = re.compile(r"\b(?:another|a\s+further)\s+$", re.I)


CLAUSE_BREAK = re.compile(r"[;.]|,\s*(?:and|while|but|as)\b", re.I)


# the wounded or dead someone was seen handling, told in the progressive ("He was loading two injured
# protesters into an ambulance"): people seen, not a count of the event's hurt (not "Ambulances carried
# 25 wounded to the hospital", "treating 30 wounded")
HANDLED = re.compile(r"\b(?:was|were|is|are|been)\s+(?:loading|carrying)\s+(?:the\s+)?$", re.I)
# "was among those killed and more than 30 others were injured": the "among" phrase closed before the count
AMONG_DONE = re.compile(
    r"\s+(?:those|the)\s+(?:\w+\s+){0,2}?(?:killed|dead|injured|wounded|hurt|victims)\s+and\b", re.I
)


NO_BEFORE = re.compile(r"\bno\s*$", re.I)
AMONG_THE_DEAD = re.compile(r"\bamong\s+the\s+(?:dead|injured|wounded|victims)", re.I)


def first_count(found: tuple[re.Pattern[str], ...], subset: re.Pattern[str], text: str) -> Count | None:
    best: Count | None = None
    for pattern in found:
        for match in pattern.finditer(text):
            before = text[max(0, match.start() - 25) : match.start()]
            # "including 11 children", "among them two children"; not "two children among
            # them, and injuring 30 others" (a clause of its own after the comma)
            if any(not CLAUSE_BREAK.search(before[m.end() :]) and not AMONG_DONE.match(before, m.end())
                   for m in subset.finditer(before)) or NO_BEFORE.search(before):  # fmt: skip
                continue
            if AMONG_THE_DEAD.search(text[match.end() : match.end() + 30]):
                continue
            if HANDLED.search(before):
                continue  # "loading two injured protesters into an ambulance": a scene, not the toll
            value = number_value(match.group("num"))
            if value is None:
                continue
            if value >= AGGREGATE:
                return (value, (-1, -1))
            if best is None or match.start() < best[1][0]:
                best = (value, match.span())
            break
    return best


TOLL_REACH = 200  # characters around an event word where a toll that holds it is looked for
TOLL_SUBJECT = re.compile(r"[^,;:.!?]{0,60}")  # between a toll's subject and its verb: no clause break


def toll_told(text: str, start: int, end: int) -> bool:
    """The span [start, end) of ``text`` tells a campaign's or a month's toll ("... have been
    killed this month alone"), read as written: time expressions are blanked before counts are
    read. Only the toll's own words and its subject: "killed four soldiers, bringing to eight the
    number killed this month" still tells its first killing."""
    pattern = default_patterns().campaign
    window = pattern.finditer(text, max(0, start - TOLL_REACH), min(len(text), end + TOLL_REACH))
    # the toll's words, or its subject ("Attacks by separatists have killed eight soldiers this month")
    return any(
        (m.start() <= start and end <= m.end())
        or (end <= m.start() and TOLL_SUBJECT.fullmatch(text, end, m.start()) is not None)
        for m in window
    )
