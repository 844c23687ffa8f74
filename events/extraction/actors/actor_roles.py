"""Step roles: who did what to whom in a clause (roles), the first event word that tells it winning:
the two sides of a clash ("between A and B", "A and B clashed"), the voice around each event word,
the people struck, the main clause's subject of a participle clause; no party where a post of the
forces is the scene's landmark or a side is only one the victims were accused of.
"""

from __future__ import annotations

import re

from events.extraction.actors.clause_voice import _roles_around
from events.extraction.actors.party import Party, Roles
from events.extraction.actors.struck_people import struck_people
from events.extraction.lexicon import Lexicon, load_lexicon

# a word of place before a party: where it happened, not whom it befell ("opened fire on a protest near a
# checkpoint")
_A_FEW_WORDS = r"\s+(?:the\s+|an?\s+)?(?:[a-z-]+\s+){0,2}$"  # up to a party: its article, two words
WHERE_BEFORE = re.compile(
    r"\b(?:near|nearby|outside|around|beside|behind|close\s+to|next\s+to|not\s+far\s+from)" + _A_FEW_WORDS,
    re.I,
)
AT_BEFORE = re.compile(r"\bat" + _A_FEW_WORDS, re.I)  # ("at a checkpoint": where, once someone was struck)
INSTALLATION = re.compile(
    r"(?:check\s?points?|check\s?posts?|posts?|bases?|barracks|camps?|stations?|outposts?|headquarters|"
    r"positions?|pickets?)$",
    re.I,
)
BETWEEN = re.compile(r"\W{0,2}(?:\w+\s+){0,3}?between\s+", re.I)
# "between (the) quota reform protesters and (the) party activists": the sides right after it,
# joined by "and"
SIDES = re.compile(r"(?:the\s+)?(?:[\w-]+\s+){0,3}")
SIDES_GAP = re.compile(r"\s*,?\s+and\s+(?:the\s+)?(?:[\w-]+\s+){0,3}")


def roles(
    text: str,
    clause: tuple[int, int],
    triggers: list[tuple[int, int]],
    parties: list[Party],
    headline: bool = False,
    lexicon: Lexicon | None = None,
) -> Roles:
    """Who did what to whom around the clause's event words, the first that tells it
    winning: in "militants killed two soldiers" the militants are the agents and the
    soldiers the victims; in "two soldiers were killed by militants" the same, read
    through the passive; in "an attack by X on Y", X and Y. A headline drops the passive's
    auxiliary ("Clan elder shot dead in Mogadishu"; its active verbs are in the present). Given the
    ``lexicon``, the people a violent verb falls on come first (struck_people: "killed 4 youths")."""
    agents: list[Party] = []
    victims: list[Party] = []
    for _start, end in triggers:  # "as clashes broke out between A and B": the two sides, first
        sides = _between(text, clause, end, parties)
        if sides is not None:
            return sides
    for start, end in triggers:  # "Mayi Mayi militiamen and the police clashed": the two sides
        sides = _joined_subject(text, clause, (start, end), parties)
        if sides is not None:
            return sides
    for trigger in triggers:
        if any((p.start, p.end) == trigger for p in parties) and any(
            text[p.end : trigger[0]] == " " for p in parties
        ):
            continue  # an event word naming a party, after another ("a military convoy"): a noun
        found = _roles_around(text, clause, trigger, parties, triggers, headline)
        # (not an earlier event word's victim that a relative clause goes on to tell of: "the shooting
        # targeted a family that had fled threats": the family fled, but was shot at)
        agents = agents or [
            p for p in found.agents if not (p in victims and RELATIVE_AFTER.match(text, p.end, trigger[0]))
        ]
        victims += [p for p in found.victims if p not in victims and p not in agents]
    # (before a party told later: "killed three youths near the market": the youths, then the market)
    if lexicon is not None and (struck := struck_people(text, clause, triggers, parties, lexicon, headline)):
        if not victims or struck[0].end <= victims[0].start:
            victims = struck + victims
    if not agents and triggers and (subject := _main_subject(text, clause, triggers[0], parties)) is not None:
        agents = [subject]  # "The army pushed north, recapturing the town": the main clause's subject acts
        victims = [p for p in victims if p is not subject]
    # "... near a checkpoint", "outside the army base": a post of the forces as the scene's landmark, no
    # party to the event (not "near a police vehicle", "near a military patrol": what was struck)
    landmarks = {id(p) for p in parties if p.type in ("state_forces", "police")
                 and INSTALLATION.search(text, p.start, p.end)
                 and WHERE_BEFORE.search(text, max(clause[0], p.start - 40), p.start)}  # fmt: skip
    # ("beat a civilian at a checkpoint": with someone struck before it, a post "at" which is where)
    struck = [v for v in victims if v.type not in ("state_forces", "police")]
    landmarks |= {id(p) for p in victims if p.type in ("state_forces", "police")
                  and INSTALLATION.search(text, p.start, p.end)
                  and AT_BEFORE.search(text, max(clause[0], p.start - 20), p.start)
                  and any(v.end <= p.start for v in struck)}  # fmt: skip
    # (the side its victims were said to be of or to help is no party to the deed: "beat three villagers
    # accused of supporting the PDF")
    accused = lexicon or load_lexicon()  # (the shipped lexicon's words when none is given)
    landmarks |= {id(p) for p in parties if _accused_side(text, clause, p, triggers, accused)}
    victims = [p for p in victims if id(p) not in landmarks]
    chosen = {id(p) for p in agents + victims} | landmarks
    inside = [p for p in parties if clause[0] <= p.start < clause[1] and id(p) not in chosen]
    return Roles(tuple(agents), tuple(victims), tuple(inside))


# a relative clause opening after a party, up to an event word ("a family that had fled")
RELATIVE_AFTER = re.compile(r",?\s+(?:that|who|which)\b")
# an event word opening a participle clause after a comma (", recapturing the town")
PARTICIPLE_OPENING = re.compile(r",\s+(?:also\s+)?$")
PARTICIPLE_WORD = re.compile(r"[a-z]+ing")
# between the main clause's subject and the comma: its verb in the past tense, and no other clause
MAIN_SUBJECT_GAP = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?[a-z]+ed\b[^.;:!?,]*$")
# what may stand before the subject at its clause's start: an article, a people's or a place's name
OPENING = re.compile(r"\s*(?:(?:the|a|an)\s+)?(?:[A-Z][\w'’-]*\s+){0,2}")


def _main_subject(
    text: str, clause: tuple[int, int], trigger: tuple[int, int], parties: list[Party]
) -> Party | None:
    """The subject of the main clause that a participle clause after it takes as its own ("The army
    pushed north on Saturday, recapturing the town"): the party opening the clause, before a verb in
    the past tense; None when the event word opens no such participle clause."""
    start, end = trigger
    if not PARTICIPLE_WORD.fullmatch(text, start, end):
        return None
    if not PARTICIPLE_OPENING.search(text, max(clause[0], start - 12), start):
        return None
    before = [p for p in parties if clause[0] <= p.start and p.end <= start]
    if not before or before[0].type == "property":
        return None
    first = before[0]
    if not OPENING.fullmatch(text, clause[0], first.start):
        return None
    comma = text.rfind(",", first.end, start)
    return first if comma > 0 and MAIN_SUBJECT_GAP.fullmatch(text, first.end, comma) else None


# Event words told of two sides at once, whose joined subject names both ("A and B clashed")
RECIPROCAL = re.compile(r"(?i:clash(?:ed)?|fought|battled|skirmished|exchanged)")
JOINED_GAP = re.compile(r"(?:\s+[\w-]+)?\s+and\s+(?:the\s+)?")
SUBJECT_GAP = re.compile(r"\s+(?:[\w-]+\s+){0,2}")


def _joined_subject(
    text: str, clause: tuple[int, int], trigger: tuple[int, int], parties: list[Party]
) -> Roles | None:
    """ "GNA and LNA forces reportedly clashed": a reciprocal event word whose subject joins two
    parties by "and" has them as its two sides (the first as the agent); None otherwise."""
    if not RECIPROCAL.fullmatch(text, *trigger):
        return None
    before = [p for p in parties if clause[0] <= p.start and p.end <= trigger[0]][-2:]
    if (
        len(before) == 2
        and JOINED_GAP.fullmatch(text, before[0].end, before[1].start)
        and SUBJECT_GAP.fullmatch(text, before[1].end, trigger[0])
        and before[0].type != "property"
        and before[1].type != "property"
    ):
        others = tuple(p for p in parties if clause[0] <= p.start < clause[1] and p not in before)
        return Roles((before[0],), (before[1],), others)
    return None


def _between(text: str, clause: tuple[int, int], end: int, parties: list[Party]) -> Roles | None:
    """ "fighting broke out between A and B": the two sides, right after "between" and joined
    by "and", as the agent and the victim; None when the event word is told otherwise."""
    between = BETWEEN.match(text, end, clause[1])
    if between is None:
        return None
    sides = [p for p in parties if between.end() <= p.start < clause[1]][:2]
    if (
        len(sides) == 2
        and SIDES.fullmatch(text, between.end(), sides[0].start)
        and SIDES_GAP.fullmatch(text, sides[0].end, sides[1].start)
    ):
        inside = [p for p in parties if clause[0] <= p.start < clause[1] and p not in sides]
        return Roles((sides[0],), (sides[1],), tuple(inside))
    return None


def _accused_side(
    text: str, clause: tuple[int, int], party: Party, triggers: list[tuple[int, int]], lexicon: Lexicon
) -> bool:
    """The side a clause's victims were accused of being or helping, told just before the party, with
    no event word of the clause between ("militants linked to JNIM attacked soldiers": the soldiers are
    struck; the accusation's own gerund stays: "accused of attacking soldiers")."""
    told = lexicon.accused_before.search(text, max(clause[0], party.start - 60), party.start)
    return told is not None and not any(
        told.start() <= s and e <= party.start and not text[s:e].lower().endswith("ing") for s, e in triggers
    )
