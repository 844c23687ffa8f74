"""Who: actors named in the text (aliases, data/lexicon/actors.yaml), actors it only
describes ("gunmen", "villagers": data/lexicon/actor_types.yaml), and their roles in a
clause: who did it (the agent) and to whom (the victim), from the clause's voice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from events.extraction.lexicon import Actor, Lexicon, load_lexicon
from events.places import Gazetteer, Resolved
from events.reading.text import Sentence, normalize_name

# the actor types that bear arms (clause_roles reads the same set)
ARMED_TYPES = {"state_forces", "police", "rebels", "political_militia", "identity_militia", "external"}

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
SUBSET_BEFORE = re.compile(r"\b(?:among them|among whom|including|such as)\s+(?:[\w-]+\s+){0,3}$", re.I)
# "were killed", "was attacked", "had been abducted", "came under attack": the trigger is passive.
PASSIVE_BEFORE = re.compile(
    r"\b(?:was|were|been|being|is|are|got|get)\s+"
    r"(?:(?:\w+ly|also|later|found|reported|allegedly|then|all|both|feared|believed|presumed)\s+){0,2}$"
    # "came under (heavy) attack": as passive
    r"|\b(?:came|come|comes|coming)\s+under\s+(?:(?:an?|heavy|renewed|fresh|sustained)\s+)?$"
    # its auxiliary left out after "and": "two officers were killed and a third (was) injured"
    r"|\b(?:were|was)\s+(?:killed|injured|wounded|hurt)\s+and\s+(?:a\s+(?:second|third|fourth|fifth|sixth)|another|"
    r"one|two|three|four|five|six|\d+)(?:\s+(?:others?|more|people|\[[^\]]{1,30}\]))?\s+$",
    re.I,
)
# ("the shooting death of a journalist at the hands of unknown gunmen": whose hands; not "follows by
# days": how long after)
AGENT_AFTER = re.compile(
    r"^\W{0,3}(?:[\w-]+\s+){0,6}?(?:by(?!\s+(?:(?:a\s+few|a|several|\w+)\s+)?(?:minutes?|hours?|days?|weeks?|"
    r"months?|years?)\b)|from|at\s+the\s+hands\s+of|blamed\s+on)\s+(?:[\w'’-]+\s+){0,5}$",
    re.I,
)
# "robbed on the Kaga-Bandoro - Grevai axis (6 Km from Kaga-Bandoro) by armed men": a passive's
# agent after a place told with its remarks, unless "by" is another participle's ("a city retaken
# by", "a statement issued by", "an area long controlled by")
# ("in an attack blamed on the RSF": whose deed, told as blame; not "attributed to", which a statement
# is as often as a deed)
PASSIVE_AGENT_AFTER = re.compile(r"^[^.;:]{0,100}?\b(?:by|blamed\s+on)\s+(?:[\w'’-]+\s+){0,5}$", re.I)
# "was injured in a Ukrainian drone attack", "were killed in an Israeli strike": a passive's agent
# named with the event word it was hurt in (the party, then at most one word, then the event word)
# (an adjective or two may stand before the party: "killed in an overnight Ukrainian drone strike",
# "in a suspected Russian missile attack")
IN_AN_ATTACK = re.compile(
    r"\s+(?:\w+\s+){0,3}?in\s+(?:an?|the)\s+"
    # (not a preposition or an -ing word: "in an airstrike targeting ISWAP fighters", "in a clash with Russian
    # forces" name the target)
    r"(?:(?!(?:targeting|against|with|after|during|on|of|to|by|for|from|at|near)\b)[a-z][\w-]*(?<!ing)\s+){0,2}?",
    re.I,
)
NAMES_THE_EVENT = re.compile(r"\s+(?:[\w-]+\s+)?")
OTHER_PARTICIPLE = re.compile(
    r"\b(?:retaken|taken|recaptured|captured|seized|held|controlled|occupied|issued|published|released|led|"
    r"run|backed|supported|funded|surrounded|administered|governed|ruled|used|built|owned|operated|"
    r"established|attributed|blamed)\s+(?:\w+ly\s+)?by\s+(?:[\w'’-]+\s+){0,5}$",
    re.I,
)
# verbs of ground taken, after which "from X" names the side that lost it, not the one that acted
GROUND_TAKEN = re.compile(r"(?:re)?(?:captur|tak|took|seiz|liberat|gain|wrest)\w*", re.I)
FROM_BEFORE = re.compile(r"\bfrom\s+(?:[\w'’-]+\s+){0,5}$", re.I)
# a word of place before a party: where it happened, not whom it befell ("opened fire on a protest near a
# checkpoint")
_A_FEW_WORDS = r"\s+(?:the\s+|an?\s+)?(?:[a-z-]+\s+){0,2}$"  # up to a party: its article, two words
WHERE_BEFORE = re.compile(
    r"\b(?:near|nearby|outside|around|beside|behind|close\s+to|next\s+to|not\s+far\s+from)" + _A_FEW_WORDS,
    re.I,
)
# a subordinating word right before a party, a few words at most and no preposition between them: the
# party is the subject of a clause of its own ("after soldiers fired on them"; not "shortly after
# midnight on soldiers", where "after" is a preposition)
ANOTHER_CLAUSE = re.compile(
    r"\b(?:after|before|when|while|because|since|until|whereas)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:(?!(?:on|at|in|of|to|for|with|by|from|into|upon)\b)[\w'’-]+\s+){0,2}$",
    re.I,
)
AT_BEFORE = re.compile(r"\bat" + _A_FEW_WORDS, re.I)  # ("at a checkpoint": where, once someone was struck)
INSTALLATION = re.compile(
    r"(?:check\s?points?|check\s?posts?|posts?|bases?|barracks|camps?|stations?|outposts?|headquarters|"
    r"positions?|pickets?)$",
    re.I,
)
TARGET_AFTER = re.compile(r"^\W{0,3}(?:\w+\s+){0,3}?(?:on|against|at|targeting|upon)\s+"
                          r"(?:the\s+|a\s+|an\s+|two\s+|\d+\s+|several\s+)?$", re.I)  # fmt: skip
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
PARTICIPLE_BEFORE = re.compile(r"(?:,|\band)\s+$")
# a verb in the past and "and" before an event word: two verbs of one subject ("chased down and killed")
OWN_CLAUSE_GAP = re.compile(r",\s+[a-z]|\bto\s+[a-z]+\b")
JOINED_VERB = re.compile(r"\b([a-z]{3,}ed(?:\s+(?:down|up|out|off|away|on))?)\s+and\s+$")
# A determiner or number before the event word: it is a noun ("one fatality", "the attack").
NOUN_BEFORE = re.compile(r"\b(?:a|an|the|this|that|these|those|one|two|three|\d+|several|many|no|his|her|"
                         r"their|its|further|more|new|heavy|deadly|fatal|another|other)\s+$",
                         re.I)  # fmt: skip
# "carried out an airstrike", "declared a state of emergency": the subject of the support verb
# made the strike, declared the emergency.
SUPPORT_VERB = re.compile(r"\b(?:carried out|conducted|launched|staged|committed|perpetrated|mounted|made|"
                          r"led|claimed|executed|imposed|ordered|enforced|issued|established|set up|signed|"
                          r"held|organi[sz]ed)\s+(?:\w+\s+){0,2}$|\b(?:declared|announced)\s+an?\s+(?:\w+\s+)?$",
                          re.I)  # fmt: skip
BETWEEN = re.compile(r"\W{0,2}(?:\w+\s+){0,3}?between\s+", re.I)
# "between (the) quota reform protesters and (the) party activists": the sides right after it,
# joined by "and"
SIDES = re.compile(r"(?:the\s+)?(?:[\w-]+\s+){0,3}")
SIDES_GAP = re.compile(r"\s*,?\s+and\s+(?:the\s+)?(?:[\w-]+\s+){0,3}")
# a past form of a verb done to someone, in a headline, whose active verbs are in the present: a passive
# participle when no object follows it ("Elder shot dead in Mogadishu", "Three soldiers killed near Gao";
# not "Gunmen killed 6", nor a verb of two sides or none: "Soldiers clashed with militants", "Protesters
# rallied in Lagos")
HEADLINE_PARTICIPLE = re.compile(
    r"(?i:killed|shot|slain|wounded|injured|hurt|abducted|kidnapped|arrested|detained|beheaded|stabbed|"
    r"executed|captured|freed|released|struck|targeted|bombed|shelled|attacked|ambushed|torched|looted|"
    r"raided|lynched|massacred|murdered|assassinated|hacked|beaten|tortured|raped)\b"
)
HEADLINE_NO_OBJECT = re.compile(
    r"\s*(?:$|[,:;.]|(?:dead|in|at|on|near|by|as|after|during|while|for|from|over|outside|inside|across|"
    r"amid|along|around|between|off|to|and|when|since)\b)",
    re.I,
)
# An event word whose subject is the one it befell ("three soldiers died"): read as a passive.
INTRANSITIVE = re.compile(r"(?i:died|lost (?:their|his|her) lives?)")
# Event words that are no verb and so have no agent before them ("dozens dead", "fatalities").
NOT_A_VERB = re.compile(r"(?i:dead|deaths?|fatalit(?:y|ies)|injuries|casualties)")
# The civilian words that are also kinds of place, and a name right before one ("Ta Moke village")
PLACE_NOUN = re.compile(r"(?i:villages?|communit(?:y|ies)|camps?)")
NAME_BEFORE = re.compile(r"\b[A-Z][\w'’-]+\s+$")
# People described by what they were doing: a demonstration ("youths protesting", "residents
# who were demonstrating").
PROTESTING_AFTER = re.compile(
    r"\s+(?:who\s+(?:were|was|are|had\s+been)\s+)?(?:protesting|demonstrating|marching|rallying|picketing)\b",
    re.I,
)
# The type of a named actor by its ACLED inter code.
INTER_TYPE = {1: "state_forces", 2: "rebels", 3: "political_militia", 4: "identity_militia", 5: "rioters",
              6: "protesters", 7: "civilians", 8: "external"}  # fmt: skip


@dataclass(frozen=True)
class ActorHit:
    start: int
    end: int
    actor: Actor


@dataclass(frozen=True)
class Party:
    """An actor in the text, named or described: its span, type key and, if named, who."""

    start: int
    end: int
    type: str
    actor: Actor | None = None


@dataclass(frozen=True)
class Roles:
    agents: tuple[Party, ...]
    victims: tuple[Party, ...]
    others: tuple[Party, ...]


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


def _names_the_event(text: str, party: Party, event_words: list[tuple[int, int]]) -> bool:
    """The party names one of the clause's event words: it holds it ("a Russian attack") or stands a
    word or less before it ("a Ukrainian drone attack")."""
    return any(
        party.start <= start < party.end or NAMES_THE_EVENT.fullmatch(text, party.end, start) is not None
        for start, _ in event_words
        if start >= party.start
    )


def _roles_around(
    text: str,
    clause: tuple[int, int],
    trigger: tuple[int, int],
    parties: list[Party],
    event_words: list[tuple[int, int]] = (),
    headline: bool = False,
) -> Roles:
    start, end = trigger
    inside = [p for p in parties if clause[0] <= p.start < clause[1]]
    before = [p for p in inside if p.end <= start]
    after = [p for p in inside if p.start >= end]
    agents: list[Party] = []
    victims: list[Party] = []
    if NOT_A_VERB.fullmatch(text, start, end):  # "leaving dozens of people dead": the dead
        return Roles((), tuple(before[-1:] + after[:1]), tuple(p for p in inside if p not in before[-1:]))
    passive = PASSIVE_BEFORE.search(text, max(clause[0], start - 40), start) is not None or (
        INTRANSITIVE.fullmatch(text, start, end) is not None  # "three soldiers died": the dead
    )
    # the second of two verbs with one subject ("locals in X chased down and killed two men", "were
    # abducted and killed"): the subject and the voice are the first verb's
    joined = JOINED_VERB.search(text, max(clause[0], start - 40), start)
    subject: list[Party] = []
    if joined is not None and not passive:
        first = joined.start(1)
        passive = PASSIVE_BEFORE.search(text, max(clause[0], first - 40), first) is not None
        # (no clause of its own between them: "..., operatives posted in the area mobilized and drove them
        # back" is no act of the bandits named before the comma)
        subject = [p for p in before if p.end <= first and not OWN_CLAUSE_GAP.search(text, p.end, first)]
    if headline:  # "Clan elder shot dead in Mogadishu", "Six killed as ...": a participle with no object
        passive = passive or (HEADLINE_PARTICIPLE.match(text, start, end) is not None
                              and HEADLINE_NO_OBJECT.match(text, end) is not None)  # fmt: skip
    taking = GROUND_TAKEN.match(text, start, end) is not None
    for party in after:
        gap = text[end : party.start]
        if taking and FROM_BEFORE.search(gap):
            victims.append(party)  # "recaptured the town from the RSF": whom it was taken from
        elif AGENT_AFTER.match(gap) or (
            passive and PASSIVE_AGENT_AFTER.match(gap) and not OTHER_PARTICIPLE.search(gap)
        ):
            agents.append(party)
        elif passive and IN_AN_ATTACK.fullmatch(gap) and _names_the_event(text, party, event_words):
            agents.append(party)  # "injured in a Ukrainian drone attack": whose attack it was
        elif ANOTHER_CLAUSE.search(gap):
            continue  # "protested ... after soldiers fired on them": the soldiers are another clause's
        elif TARGET_AFTER.match(gap) or not passive:
            victims.append(party)
    if passive:  # the subject, not a part of it told in apposition ("13 officers, among them a secretary,")
        subjects = [
            p for p in before if not SUBSET_BEFORE.search(text, max(clause[0], p.start - 40), p.start)
        ]
        victims = (subjects or before)[-1:] + victims
    elif subject:
        victims += [p for p in agents if p not in victims]
        agents = subject[-1:]
    elif (
        before
        and not PARTICIPLE_BEFORE.search(text, max(clause[0], start - 8), start)
        and not (
            NOUN_BEFORE.search(text, max(clause[0], start - 12), start)
            and not SUPPORT_VERB.search(text, max(clause[0], start - 40), start)
        )
    ):  # ", injuring three" and "one fatality" take their subject from the main clause, if any
        # active voice: "by X" later belongs to another verb ("shot down a missile fired by X")
        victims += [p for p in agents if p not in victims]
        agents = [_head_of_subject(text, before)]
    agents = [p for p in agents if p.type != "property"]  # things do not act
    # (the owners of what was struck are not struck: "demolished homes of suspected militants")
    owned = [o for o in victims if o.type == "property"]
    victims = [v for v in victims if not any(OWNER_GAP.fullmatch(text, o.end, v.start) for o in owned)]
    chosen = {id(p) for p in agents + victims}
    return Roles(tuple(agents), tuple(victims), tuple(p for p in inside if id(p) not in chosen))


# between a subject and the party that backs it ("government forces backed by clan militias",
# "soldiers, supported by local vigilantes,", "the army alongside allied fighters")
SUPPORT_GAP = re.compile(
    r",?\s+(?:(?:backed|supported|assisted|aided|accompanied|reinforced|escorted|helped)\s+by|alongside|"
    r"together\s+with|along\s+with|with\s+(?:the\s+)?(?:help|support|backing)\s+of|"
    r"in\s+(?:coordination|collaboration|cooperation)\s+with)\s+(?:[a-z][\w-]*\s+){0,2}"
)


def _head_of_subject(text: str, before: list[Party]) -> Party:
    """The subject's own party, of the parties told before the verb: the last, unless it (with the
    words of one noun phrase before it) backs an earlier one ("Somali forces backed by local clan
    militias recaptured the town": the forces)."""
    j = len(before) - 1
    while j > 0:
        gap = text[before[j - 1].end : before[j].start]
        if SUPPORT_GAP.fullmatch(gap):
            return before[j - 1]
        if gap.strip():  # not one noun phrase with the party before it ("local clan militias")
            break
        j -= 1
    return before[-1]


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


OWNER_GAP = re.compile(
    r"\s+(?:of|belonging\s+to|owned\s+by)\s+(?:(?:the|a|an|two|several|suspected|alleged)\s+)*"
)


# What a state's people's name describes as its forces ("Afghan forces", "Kenyan security forces",
# "Ukrainian government positions"), and its government ("the Nigerien government")
STATE_NOUN = re.compile(
    # (on the name's line: "... in Guinea\n\nSecurity forces shot" names no Guinean forces twice)
    r"(?:[’']s)?[^\S\n]+((?i:(?:(?:security|armed|defen[cs]e|army|military|air|naval|ground|special|border|"
    r"occupation|occupying)\s+)?forces|(?:(?:occupation|occupying)\s+)?(?:troops|soldiers?|army)|military|"
    r"servicem[ae]n|positions)|"
    r"police|policemen|(?i:government)\s+(?:[\w-]+\s+)?(?:forces|positions?|troops|soldiers?|army|military|"
    r"checkpoints?|servicem[ae]n)|(?i:government|authorities))\b"
    # not a state that only tells or comments ("the Nigerian government declared Sunday's attack a
    # terrorist act"); "declared a state of emergency" is its act
    r"(?!\s+(?:(?:has|have|had)\s+)?(?:said|says|told|stated|condemned|denounced|called|blamed|accused|denied|"
    r"(?:declared|announced)(?!\s+an?\s)))"
)


# A strike told by the people's name of the state that made it: "an Israeli strike", "Russian
# missile strikes", "a US-led air raid"
STATE_STRIKE = re.compile(
    r"(?:-led)?\s+(?:(?:air|drone|missile|rocket|artillery|military|naval)\s+)?"
    r"(?:strikes?|airstrikes?|air\s+raids?|bombardments?|bombing|shelling)\b"
)
PERIOD = re.compile(r" \(\d{4}-(?:\d{4})?\)$")  # ACLED's years after a state actor's name


def named_by_people(place: Resolved, gazetteer: Gazetteer) -> bool:
    """The place is named by its people's adjective ("Russian forces", "Pakistani police")."""
    return gazetteer.is_demonym(normalize_name(place.mention.text))


def _of_workers(
    text: str, position: int, sentences: list[Sentence], lexicon: Lexicon, parties: list[Party]
) -> bool:
    """The sentence holding the position tells a strike of workers ("Sudanese strike: doctors walk
    out"), in words that are no named actor's ("the Kurdistan Workers' Party")."""
    sentence = next((s for s in sentences if s.start <= position < s.end), None)
    if sentence is None:
        return False
    named = [(p.start, p.end) for p in parties if p.actor is not None]
    return any(
        not any(s <= m.start() < e for s, e in named)
        for m in lexicon.labour_context.finditer(text, sentence.start, sentence.end)
    )


def described_states(
    text: str,
    places: list[Resolved],
    parties: list[Party],
    lexicon: Lexicon,
    gazetteer: Gazetteer,
    sentences: list[Sentence],
) -> list[Party]:
    """The parties, with a state's forces, police or government named with its people or its
    name ("Afghan forces", "Kenya's police", "Myanmar military", "the Nigerien government") as
    that state's actor (the lexicon's dated entry when it has one: "Military Forces of France
    (2017-)"), unless a named actor covers them, the name is one several states go by ("Congo's
    army"), or the state only tells or comments; and a strike told by the people's name ("an Israeli
    strike", actors.STATE_STRIKE) as its forces', unless the sentence tells a strike of workers."""
    for place in places:
        if gazetteer.kind(place.entry) != "country":
            continue
        force = STATE_NOUN.match(text, place.mention.end)
        if force is not None:
            end, noun = force.end(), force.group(1).lower()
        elif (
            STATE_STRIKE.match(text, place.mention.end)
            and named_by_people(place, gazetteer)
            and not _of_workers(text, place.mention.start, sentences, lexicon, parties)
        ):
            end, noun = place.mention.end, "military"  # "an Israeli strike": its forces struck
        else:
            continue
        if any(p.actor is not None and p.start < end and place.mention.start < p.end for p in parties):
            continue  # "Russian forces": a named actor
        code = gazetteer.country_code(place.entry)
        country = gazetteer.country_name(code)
        if not named_by_people(place, gazetteer) and normalize_name(place.mention.text) != normalize_name(
            country or ""
        ):
            continue  # "Congo's army": a name that several states go by
        kind = ("police" if noun.startswith("police") else
                "government" if noun in ("government", "authorities") else "military")  # fmt: skip
        parties = [p for p in parties if not (p.start < end and place.mention.start < p.end)]
        name = f"Government of {country}" if kind == "government" else f"{kind.title()} Forces of {country}"
        # the lexicon's own entry for that state's forces, with ACLED's period ("(2017-)"), if any
        known = next(
            (a for a in lexicon.actors if a.country == code and PERIOD.sub("", a.name) == name), None
        )
        state = known or Actor(name, kind, code, (), (), inter=1)
        party_type = "police" if kind == "police" else "state_forces"
        parties.append(Party(place.mention.start, end, party_type, state))
    return parties


# "Fulani militias", "Bul Nuer militia", "Tonj South county militia", "militiamen from Tonj South
# county": a militia named for a people, clan or place is a communal one (ACLED's identity militia)
PEOPLE_BEFORE = re.compile(
    r"(?<![\w-])((?:[A-Z][a-z]+\s+){1,2})(?:(?:ethnic|clan|tribal|communal|county|community)\s+)?$"
)
ADJECTIVE_ENDING = re.compile(r"(?:ed|ing|en|ous|ful|less|ive|ly|ant|ent|ic|al|ish|ue)$", re.I)
FROM_PLACE_AFTER = re.compile(
    r"\s+from\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,3}(?:and\s+(?:[A-Z][\w-]*\s+){1,3})?"
    r"(?:county|counties|village|villages|community|communities|clans?|sub-clans?|tribes?|area)\b"
)
NOT_A_PEOPLE = {"shiite", "shia", "sunni", "islamist", "islamic", "the", "a", "an", "pro", "armed",
                "local", "government", "rebel", "allied", "rival", "unidentified", "unknown",
                "suspected", "late", "early", "overnight", "yesterday", "today", "last", "next",
                "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                "january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december"}  # fmt: skip


def communal(
    party: Party, text: str, places: list[Resolved], gazetteer: Gazetteer, lexicon: Lexicon
) -> Party:
    """A described militia named for a people, clan or place, as the identity militia it is."""
    if (
        party.actor is not None
        or party.type != "political_militia"
        or "militia" not in text[party.start : party.end]
    ):
        return party
    before = PEOPLE_BEFORE.search(text, max(0, party.start - 40), party.start)
    if before is not None:
        words = before.group(1).split()
        # a country's name or people ("Somali militia") is no people's of its own
        named = any(p.mention.start < party.start and before.start() <= p.mention.start
                    and gazetteer.kind(p.entry) == "country" for p in places)  # fmt: skip
        common = any(w.lower() in lexicon.function_words or w.lower() in NOT_A_PEOPLE for w in words)
        # a sentence's first word may be a common adjective capitalised ("Masked militiamen")
        opening = re.search(r"(?:^|[.!?:\n]\s*)$", text[max(0, before.start() - 3) : before.start()])
        if not named and not common and not (opening and ADJECTIVE_ENDING.search(words[0])):
            return replace(party, type="identity_militia")
    if FROM_PLACE_AFTER.match(text, party.end):
        return replace(party, type="identity_militia")
    return party
