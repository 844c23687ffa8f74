"""The people a violent verb fell on, of no actor type of their own, as civilians: its object's or its
passive subject's head noun, or the person a pronoun object stands for.
"""

from __future__ import annotations

import re

from events.extraction.actors.clause_voice import HEADLINE_NO_OBJECT, PASSIVE_BEFORE
from events.extraction.actors.party import Party
from events.extraction.lexicon import Lexicon

# between a violent verb and the head noun of its object: at most four words of one noun phrase (an
# article, a count, adjectives, a name: "killed Homa Bay CEC executive", "assaulted two key leaders"),
# none a preposition, a conjunction or a pronoun that would end it
OBJECT_GAP = re.compile(
    r"(?:\s+dead)?\s+(?:(?!(?:in|on|at|by|with|from|to|for|near|into|after|during|and|or|but|while|who|"
    r"that|which|him|her|them|it|was|were|is|are)\b)[\w'’.-]+\s+){0,4}?",
    re.I,
)
# between a passive's subject noun and its verb: no clause boundary ("a NDC MEP was allegedly attacked")
SUBJECT_GAP_PASSIVE = re.compile(r"[^,.;:()]{0,40}")


def struck_people(
    text: str,
    clause: tuple[int, int],
    triggers: list[tuple[int, int]],
    parties: list[Party],
    lexicon: Lexicon,
    headline: bool = False,
) -> list[Party]:
    """The people a violent verb fell on, of no actor type of their own, as civilians: the head
    noun of its object ("gunmen ambushed and killed 4 youths", "attacked a sub-chief") or of its
    passive's subject ("a party member was attacked by ..."), or the person a pronoun object stands
    for ("shot him"); none where a party stands there. The verbs and nouns are actor_types.yaml's
    `violence_done` and `people`."""
    people = lexicon.people_pattern
    for start, end in triggers:
        if not lexicon.violence_done.fullmatch(text, start, end):
            continue
        passive = PASSIVE_BEFORE.search(text, max(clause[0], start - 40), start) is not None or (
            headline and HEADLINE_NO_OBJECT.match(text, end) is not None
        )
        if passive:
            nouns = [m for m in people.finditer(text, clause[0], start)
                     if SUBJECT_GAP_PASSIVE.fullmatch(text, m.end(), start)]  # fmt: skip
            found = nouns[-1:]
        elif (pronoun := OBJECT_PRONOUN.match(text, end)) is not None:
            # "a basketball player was inside his house when ... Security forces shot him": the person told
            # last before, if one of no actor type or a civilian (not "a soldier ... shot him")
            told = _last_person(text, max(0, start - ANTECEDENT_REACH), start, parties, people)
            return [Party(pronoun.start(1), pronoun.end(1), "civilians")] if told else []
        else:
            found = [m for m in [people.search(text, end, clause[1])]
                     if m is not None and OBJECT_GAP.fullmatch(text, end, m.start())]  # fmt: skip
        found = [m for m in found if _no_party_s(text, m, parties)]
        if found:
            return [Party(found[0].start(), found[0].end(), "civilians")]
    return []


# after a noun phrase's head: its end (not "attacked the youth centre", where "youth" is a modifier)
HEAD_END = re.compile(
    r"\s*(?:[,.;:()\[\]]|$)|\s+(?:in|at|on|of|and|or|from|to|with|who|whom|whose|that|which|while|as|after|"
    r"before|during|for|by|inside|outside|near|along|over|into|when|because|dead|was|were|is|are|had|has|"
    r"have|been|last|early|late|this|overnight|yesterday)\b"
)
# between a noun and the party it belongs to ("a member of a vigilante group": the vigilantes' own)
OF_PARTY = re.compile(r"\s+of\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,2}")
# members of a body told by a name the lexicon does not know ("4 NAF members were killed"): of no
# known type, not civilians ("members of a food distribution team" are)
NAMED_MEMBERS = re.compile(r"\b[A-Z][\w'’.-]*\s+members?$")
OBJECT_PRONOUN = re.compile(r"(?:\s+dead)?\s+(him|her)\b")
ANTECEDENT_REACH = 400  # characters back to a pronoun's person
# words of many people, no "him" ("gunmen", "police", "the army")
MANY = re.compile(r"(?i:s|men|police|people|military|army|militia|mob|crowd|youth)$")


def _last_person(text: str, start: int, end: int, parties: list[Party], people: re.Pattern[str]) -> bool:
    """The last person told in the span, one alone (no plural: "security forces entered and took him"
    skips the forces), is of no actor type ("a basketball player") or a civilian ("a trader")."""
    told = [(m.start(), m.group(0), "civilians") for m in people.finditer(text, start, end)]
    told += [(p.start, text[p.start : p.end], p.type) for p in parties
             if start <= p.start < end and p.type != "property"]  # fmt: skip
    alone = [t for t in sorted(told) if not MANY.search(t[1])]
    return bool(alone) and alone[-1][2] == "civilians"


def _no_party_s(text: str, noun: re.Match[str], parties: list[Party]) -> bool:
    """The noun heads its phrase (not "the youth centre") and is no party's: none covers it, it is not
    one "of" a party ("a member of a vigilante group") nor a member of a body named ("NAF members")."""
    start, end = noun.span()
    return (
        HEAD_END.match(text, end) is not None
        and not any(p.start < end and start < p.end for p in parties)
        and not any(p.start >= end and OF_PARTY.fullmatch(text, end, p.start) for p in parties)
        and NAMED_MEMBERS.search(text, max(0, start - 30), end) is None
    )
