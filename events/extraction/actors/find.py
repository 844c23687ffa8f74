"""Step find: the actors named in the text (aliases, data/lexicon/actors.yaml; not where used as a
place or a source) and the parties, named or described ("gunmen", "villagers":
data/lexicon/actor_types.yaml), with those of a name the lexicon lacks told by an armed head noun.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from events.extraction.actors.party import ARMED_TYPES, INTER_TYPE, ActorHit, Party
from events.extraction.lexicon import Lexicon

# a source, not a party: "police said", "Mayor Ihor Terekhov said" (a title, then the name), "the
# army has announced", "activists also reported"
SOURCE_VERB = re.compile(
    r"(?:\s+[A-Z][\w'’.-]+){0,3}\s+(?:"
    r"(?:(?:has|have|had)\s+)?(?:said|say|says|reported|report|told|added|confirmed|announced|stated)\b"
    # (not its own deed: "the army said its aircraft had struck RSF positions")
    r"(?!\s+(?:that\s+)?(?:its|their)\s+(?:[\w-]+\s+)?(?:aircraft|jets?|warplanes?|planes?|drones?|"
    r"artillery|forces|troops|fighters|units|soldiers|militants|men)\b)"
    # "activists also reported clashes": with an adverb too, unless what follows is a claim of what the
    # actor did itself ("Troops also reported killing five insurgents", "Hezbollah later said it had
    # targeted soldiers": the actor is a party)
    r"|(?:also|later|earlier|separately|further)\s+(?:(?:has|have|had)\s+)?"
    r"(?:said|say|says|reported|report|told|added|confirmed|announced|stated)\b"
    r"(?!\s+(?:that\s+)?(?:it|they|its|their)\b|\s+[a-z]+ing\b))"
)
# a source told before its name: "according to local activists", "citing the army", "quoted by police"
SOURCE_BEFORE = re.compile(r"\b(?:according\s+to|citing|quoted\s+by)\s+(?:[\w'’-]+\s+){0,3}$", re.I)
COORDINATED = re.compile(r"\b([A-Z][\w.]+) and ([A-Z][\w.]+) ([a-z][a-z ]+?)\b(?=[\s,.;])")
PLACE_PREPOSITION = re.compile(r"\b(?:in|on|at|to|from|into|across|within|near|of|over|toward)\s+$")
# A state's own attack told after its name ("in Russia's massive attack", "of Israel's strikes"):
# the name is the attacker's, not a place's ("in Russia's Kursk region" stays a place).
ITS_ATTACK = re.compile(
    r"'s\s+(?:[a-z-]+\s+){0,3}?(?:attacks?|strikes?|shelling|bombardments?|barrages?|offensive|assaults?|"
    r"raids?|bombing|invasion)\b"
)
# "Israel's deadliest attack in years": an attack on Israel, unless what was attacked follows ("Russia's
# biggest attack on Kyiv" is Russia's)
RANKED = re.compile(r"\b(?:\w+iest|worst|biggest|largest|heaviest|greatest|fiercest|most\s+\w+)\s", re.I)
ON_AFTER = re.compile(r"\s+(?:on|against|targeting)\b")


def its_attack(text: str, end: int) -> bool:
    """The name ending at ``end`` is followed by its own attack ("Russia's attack on Kharkiv")."""
    found = ITS_ATTACK.match(text, end)
    if found is None:
        return False
    return not RANKED.search(found.group(0)) or ON_AFTER.match(text, found.end()) is not None


MEMBERS_OF = re.compile(
    r"\b(?:fighters|members|militants|commanders?|leaders?|elements|supporters|officials?|spokes(?:man|woman|person)|"
    r"gunmen|units?|wing|ranks|cadres|operatives)\s+of\s+(?:the\s+)?$",
    re.I,
)
NAMED_NOUN = re.compile(
    r"(?:[’']s)?\s+(?:(?P<word>[\w-]+)\s+)?"
)  # between a name and its noun ("RSF's armed fighters")
# a word after a name with no possessive that is the name's verb, not its noun's modifier ("Hamas killed
# soldiers", "Israeli forces demolished homes": the soldiers and the homes are other parties)
VERB_AFTER_NAME = re.compile(r"[a-z]+ed")
# between a described actor and the named one it describes ("the paramilitary Rapid Support Forces",
# "the jihadist group JNIM")
DESCRIBED_GAP = re.compile(r"\s+(?:(?:group|movement|organi[sz]ation|faction|outfit)\s+)?")
# between a name and its short name in brackets ("the Rapid Support Forces (RSF)")
ACRONYM_GAP = re.compile(r"\s*\(\s*")
# The civilian words that are also kinds of place, and a name right before one ("Ta Moke village")
PLACE_NOUN = re.compile(r"(?i:villages?|communit(?:y|ies)|camps?)")
NAME_BEFORE = re.compile(r"\b[A-Z][\w'’-]+\s+$")
# People described by what they were doing: a demonstration ("youths protesting", "residents
# who were demonstrating").
PROTESTING_AFTER = re.compile(
    r"\s+(?:who\s+(?:were|was|are|had\s+been)\s+)?(?:protesting|demonstrating|marching|rallying|picketing)\b",
    re.I,
)


def find_actors(text: str, lexicon: Lexicon) -> list[ActorHit]:
    """Actor aliases, skipping those used as places ("in Ukraine", "from Kyiv");
    "Russian and Ukrainian delegations" names both actors."""
    text = text.replace("’", "'")
    hits = []
    for match in COORDINATED.finditer(text):
        first, second, noun = match.groups()
        for demonym, start in ((first, match.start(1)), (second, match.start(2))):
            for candidate in (f"{demonym} {noun}", f"{demonym} {noun.rstrip('s')}"):
                actor = lexicon.actor_by_alias.get(candidate)
                if actor is not None:
                    hits.append(ActorHit(start, start + len(demonym), actor))
                    break
    for match in lexicon.actor_pattern.finditer(text):
        if any(h.start <= match.start() < h.end for h in hits):
            continue
        if SOURCE_VERB.match(text, match.end()) or _source_before(text, match.start()):
            continue  # "police said", "according to the army": a source, not a party
        before = text[max(0, match.start() - 30) : match.start()]
        if PLACE_PREPOSITION.search(before) and not MEMBERS_OF.search(before):
            if not its_attack(text, match.end()):  # "killed in Russia's attack on": the attacker
                continue  # ("three fighters of Hamas": the group's men)
        hits.append(ActorHit(match.start(), match.end(), lexicon.actor_by_alias[match.group(0)]))
    return sorted(hits, key=lambda h: h.start)


def _source_before(text: str, start: int) -> bool:
    """The name is the source a clause is told by ("..., according to local activists")."""
    return SOURCE_BEFORE.search(text, max(0, start - 60), start) is not None


def find_parties(text: str, named: list[ActorHit], lexicon: Lexicon) -> list[Party]:
    """Named actors, and the described ones that no named actor covers."""
    parties = [
        Party(h.start, h.end, INTER_TYPE.get(h.actor.inter, "political_militia"), h.actor)
        for k, h in enumerate(named)
        if not (
            k and named[k - 1].actor == h.actor and ACRONYM_GAP.fullmatch(text, named[k - 1].end, h.start)
        )
    ]  # "the Rapid Support Forces (RSF)": one party, its short name told in brackets
    for match in lexicon.described_pattern.finditer(text):
        if any(p.start <= match.start() < p.end or match.start() <= p.start < match.end() for p in parties):
            continue
        if any(p.actor is not None and _describes(text, p, match, lexicon) for p in parties):
            continue  # "M23 rebels", "Hezbollah fighters": the named actor, described
        if any(p.actor is not None and DESCRIBED_GAP.fullmatch(text, match.end(), p.start) for p in parties):
            continue  # "the paramilitary Rapid Support Forces", "the jihadist group JNIM": the named actor
        if SOURCE_VERB.match(text, match.end()) or _source_before(text, match.start()):
            continue
        kind = lexicon.described_type[match.group(0).lower()]
        named_place = PLACE_NOUN.fullmatch(match.group(0)) and NAME_BEFORE.search(text, 0, match.start())
        if kind == "civilians" and named_place:
            continue  # "shelled Yunakivka community", "Dam Samaki village": a place's name, not its people
        if kind == "civilians" and PROTESTING_AFTER.match(text, match.end()):
            kind = "protesters"  # "two youths protesting the killing of a trader": the crowd
        if kind in ARMED_TYPES and lexicon.former.search(text, max(0, match.start() - 30), match.start()):
            kind = "civilians"  # "a former soldier", "a retired police officer": armed no more
        parties.append(Party(match.start(), match.end(), kind))
    parties = _named_heads(text, parties, lexicon)
    return sorted(parties, key=lambda p: p.start)


@lru_cache(maxsize=4)
def _named_head_patterns(heads: tuple[str, ...], not_names: tuple[str, ...]) -> tuple[re.Pattern, ...]:
    """An armed party named by a name the lexicon does not know and an armed head noun (actor_types.yaml
    armed_heads: "GNA forces", "the General Intelligence Service forces", "pro-Hadi forces"); and two names
    sharing the head noun after the second ("GNA and LNA forces", "Bani Ali and Al Badi tribesmen"). A
    word of not_names opens a sentence, a clause or a noun phrase and is no name ("When forces")."""
    noun = "(?:" + "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True)) + ")"
    excluded = "|".join(re.escape(w) for w in not_names)
    name = rf"(?:pro-[\w-]+|(?!(?:{excluded})\b)[A-Z][\w.'’/-]*)"
    named = re.compile(rf"\b{name}(?: {name}){{0,3}} (?P<noun>{noun})\b")
    shared = re.compile(
        rf"\b(?P<first>{name}(?: {name}){{0,2}}) and (?:the )?"
        rf"(?P<second>{name}(?: {name}){{0,2}}) (?P<noun>{noun})\b"
    )
    return named, shared


def _head_type(noun: str, lexicon: Lexicon) -> str:
    return lexicon.described_type.get(noun.lower(), "state_forces")


def _named_heads(text: str, parties: list[Party], lexicon: Lexicon) -> list[Party]:
    """The parties with those of a name the lexicon does not know told by their armed head noun ("LNA
    forces"), and the first of two names sharing one ("GNA and LNA forces": the GNA's forces too).
    "forces", in no type's words, reads as state forces."""
    parties = list(parties)
    found: list[Party] = []

    def free(start: int, end: int) -> bool:
        return not any(p.start < end and start < p.end for p in parties + found)

    named_head, shared_head = _named_head_patterns(lexicon.armed_heads, lexicon.not_names)
    for match in named_head.finditer(text):
        if free(match.start(), match.end()) and not SOURCE_VERB.match(text, match.end()):
            found.append(Party(match.start(), match.end(), _head_type(match.group("noun"), lexicon)))
    for match in shared_head.finditer(text):
        if free(match.start("first"), match.end("first")):
            kind = _head_type(match.group("noun"), lexicon)
            found.append(Party(match.start("first"), match.end("first"), kind))
            parties = [
                replace(p, start=match.start("second"))
                if p.actor is None and (p.start, p.end) == match.span("noun")
                else p
                for p in parties
            ]
    return parties + found


def _describes(text: str, named: Party, match: re.Match[str], lexicon: Lexicon) -> bool:
    """The described party's words describe the named actor just before them ("M23 rebels", "RSF's armed
    fighters"), not a party that actor acts on ("Hamas killed soldiers", "the RSF attacked civilians")."""
    gap = NAMED_NOUN.fullmatch(text, named.end, match.start())
    if gap is None or gap.group("word") is None or text.startswith(("'s", "’s"), named.end):
        return gap is not None
    word = gap.group("word")
    return not (VERB_AFTER_NAME.fullmatch(word) or any(t.pattern.fullmatch(word) for t in lexicon.triggers))
