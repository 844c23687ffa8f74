"""The clause an event is typed on (Clause) and the codebook's questions about it: who acted on
whom (by ACLED actor group), a mob, an ambush, fire exchanged, protesters arrested, unarmed
people attacked; the weapons within it; civilians targeted; the force a text tells."""

from __future__ import annotations

import re
from dataclasses import dataclass

from events.extraction.actors import ARMED_TYPES, Roles
from events.extraction.casualties import Casualties
from events.extraction.lexicon import Trigger

FIRED_AT = re.compile(r"\bfired\s+(?:(?:shots|with\s+unspecified\s+weapons)\s+)?(?:at|on|upon)\b", re.I)


LETHAL_FORCE = re.compile(
    r"\b(?:live (?:rounds|bullets|ammunition|fire)|opened fire|shot dead|killing|killed)\b", re.I
)


@dataclass(frozen=True)
class Clause:
    """What the features of one candidate event are read from."""

    text: str  # the article text
    sentence: tuple[int, int]
    clause: tuple[int, int]
    triggers: tuple[Trigger, ...]  # the clause's
    sentence_triggers: tuple[Trigger, ...]
    following_triggers: tuple[Trigger, ...]  # the rest of the paragraph's
    weapons: tuple[tuple[str, str], ...]  # the clause's (label, delivery)
    sentence_weapons: tuple[tuple[str, str], ...]
    roles: Roles
    casualties: Casualties
    names: tuple[tuple[int, int], ...]  # spans of names (places, named actors): not words
    function_words: frozenset[str]  # left out of the word features
    following_victims: tuple[str, ...] = ()  # types hurt in the count-only sentences after it
    following_weapons: tuple[tuple[str, str], ...] = ()  # named in the paragraph's next sentences
    states_named: tuple[tuple[int, int], ...] = ()  # parties named by a country's name or people alone
    place_countries: tuple[str, ...] = ()  # the countries of the places the clause names
    note_label: str | None = None  # the class an ACLED note's opening label names (note_labels.yaml)
    preceding_triggers: tuple[Trigger, ...] = ()  # the two sentences before it


# a "victim" that is a thing: attacking it without hurting anyone destroys property
CROWD = {"rioters", "protesters"}


VIOLENT_WORDS = {"kill", "injure", "ground_attack", "attack_noun", "clash", "fighting", "riot", "loot",
                 "abduction", "sexual_violence"}  # fmt: skip


PROTEST_WORDS = {"protest", "protest_force"}


NON_STATE = ("rebels", "political_militia", "identity_militia")


DEMONSTRATORS = re.compile(r"protest|demonstrat|marchers", re.I)  # a party named for demonstrating


# an arrest made apart from the demonstration: at home, in a raid, days after it, for a deed before it
LATER_ARREST = re.compile(
    r"\b(?:at\s+(?:their|his|her)\s+homes?|in\s+(?:a\s+)?(?:night\s+)?raids?|(?:days?|weeks?|months?)\s+after|"
    r"suspected\s+of|accused\s+of|wanted\s+for)\b",
    re.I,
)


# after an arrest and its object, what the arrested are held for, up to the event word naming it ("arrested
# two men accused of killing", "over the abduction of", "in connection with the attack", "a gang that had
# robbed")
CHARGE = re.compile(
    r"\b(?:for|over|in\s+connection\s+with|on\s+(?:charges?|suspicion)\s+of|(?:suspected|accused|convicted)\s+of|"
    r"wanted\s+(?:for|in)|involved\s+in|linked\s+to|behind|responsible\s+for|(?:who|that)\s+had)"
    r"(?:\s+(?!(?:and|but|while|after|before|when)\b)[\w'’-]+){0,5}\s+$",
    re.I,
)


# fire set to something: a riot word only where a crowd sets it (not "two were killed and a church was set
# ablaze in an attack")
FIRE_SET = re.compile(r"torch|set(?:ting)?\b.*\b(?:fire|ablaze|alight)", re.I)


REMOTE_WORDS = {"air_strike", "shelling", "explosion", "ied", "grenade", "remote_generic"}


def group_of(party_type: str | None) -> str:
    """armed, crowd, civilians, property or none: the distinctions ACLED's types are drawn on."""
    if party_type is None:
        return "none"
    if party_type in ARMED_TYPES:
        return "armed"
    return "crowd" if party_type in CROWD else "property" if party_type == "property" else "civilians"


def protesters_arrested(c: Clause, ids: set[str]) -> bool:
    """The arrested are protesters (named for demonstrating, or the sentence tells a protest), arrested
    at the demonstration: with no violence in the clause ("arrested three suspects over the killing of
    a protester") and not apart from it ("at their homes days after the protests", "suspected of")."""
    # (not those the arrest's charge names: "arrested three suspects over the killing of a protester")
    protesters = [c.text[p.start : p.end] for p in c.roles.victims
                  if p.type == "protesters" and not CHARGE.search(c.text, c.clause[0], p.start)]  # fmt: skip
    if not protesters or ids & VIOLENT_WORDS or LATER_ARREST.search(c.text, *c.clause):
        return False
    sentence_ids = {t.id for t in c.sentence_triggers}
    return bool(sentence_ids & PROTEST_WORDS) or any(DEMONSTRATORS.search(p) for p in protesters)


def agent_suffered(c: Clause) -> bool:
    """The clause's agent is also among those its violence fell on (the subject of a passive: "five
    people were beheaded"): no one named doing it."""
    agent = c.roles.agents[0]
    return any((v.start, v.end) == (agent.start, agent.end) for v in c.roles.victims)


# A state named as the attacker by its name or its people's adjective alone ("Russia attacked Odesa",
# "in Russia's attack on Kharkiv", "a Russian attack": Clause.states_named), with no troops, soldiers,
# gunmen or fighting told on the ground.
ON_THE_GROUND = re.compile(
    r"\b(?:raid(?:ed|s|ing)?|storm(?:ed|ing)?|incursions?|troops|soldiers|forces|gunmen|shot|shooting|"
    r"gunfire|arrest(?:ed|s)?|detain(?:ed)?|bulldoz(?:ed|er)|settlers?|operations?|columns?|armou?r|infantry|"
    r"assaults?|repelled|advanc(?:e|ed|ing)|directions)\b", re.I)  # fmt: skip


ATTACK_ONLY = {"ground_attack", "attack_noun", "kill", "injure"}


FOUGHT = {"clash", "fighting", "regain", "overtake", "withdraw"}


def attacked_by_a_state(c: Clause, clause_text: str, ids: set[str], victims: set[str]) -> bool:
    """A state's attack on a place told with no weapon and no one on the ground ("Russia
    attacked Odesa, killing one"): a state at war strikes a town from afar (ACLED: remote
    violence), it does not walk in unseen."""
    if not ids or not ids <= ATTACK_ONLY or not ids & {"ground_attack", "attack_noun"} or c.weapons:
        return False
    # (the sentence and the rest of its paragraph: "Russia launched an attack on Vovchansk. Columns of
    # armour crossed the border near the town")
    paragraph_end = c.text.find("\n", c.sentence[1])
    told = c.text[c.sentence[0] : paragraph_end if paragraph_end >= 0 else len(c.text)]
    if not victims <= {"civilians", "property", "none"} or ON_THE_GROUND.search(told):
        return False
    if any(t.id in FOUGHT for t in (*c.sentence_triggers, *c.following_triggers)):
        return False  # "Russia attacked Avdiivka ..., but the assault was repelled": fought on the ground
    # a town of another country than the state's (a state at home may have walked in: "an Ethiopian
    # attack on a village in Amhara")
    if not c.place_countries:
        return False
    parties = (*c.roles.agents, *c.roles.others)
    return any(
        (p.start, p.end) in c.states_named
        and p.actor is not None
        and p.actor.country
        and p.actor.country not in c.place_countries
        for p in parties
        if p.type == "state_forces"
    )


# people who shoot are armed, not a mob ("unidentified men who shot dead three watchmen")
SHOOTING = re.compile(r"\b(?:shot|shooting|shoot|gunned)\b", re.I)


OWN_WORDS = 40  # how far after the agent its own verb is read


OTHER_CLAUSE = re.compile(r"\b(?:after|when|because|as|since|while|before|until|for)\b", re.I)


# the plural of a person noun that does not end in -s
PLURAL_PEOPLE = {"men", "women", "people", "children", "youth", "folk", "police"}


def unarmed_attacked(c: Clause, ids: set[str]) -> bool:
    """A non-state armed group's violence that fell on unarmed people alone ("gunmen attacked the village,
    killing 25 residents", "25 were killed and many abducted by bandits"): no armed man among those it fell
    on or fought, no clash told, someone killed, hurt or taken: the codebook's violence against civilians,
    whatever the report's other sentences tell (not an armed group's clash with another)."""
    if not c.roles.agents or c.roles.agents[0].type not in NON_STATE or agent_suffered(c):
        return False
    if {t.id for t in (*c.triggers, *c.sentence_triggers)} & PROTEST_WORDS:
        return False  # (the grievance of a protest: "families who claim their children were kidnapped by X")
    parties = (*c.roles.victims, *c.roles.others)
    if not c.roles.victims or any(group_of(p.type) not in ("civilians", "property") for p in parties):
        return False
    if not any(group_of(p.type) == "civilians" for p in c.roles.victims) or c.following_victims:
        return False
    hurt = (c.casualties.fatalities or 0) + (c.casualties.injuries or 0) > 0 or bool(ids & {"kill", "injure"})
    return (hurt or "abduction" in ids) and not ids & {"clash", "fighting", "riot", "loot"} and not c.weapons


def a_mob(c: Clause, clause_text: str) -> bool:
    """Unarmed people acting together: more than one (no mob of "a man") and not shooting (in
    their own words after them: "men who shot dead three watchmen", not "after he shot a goat")."""
    start, end = c.roles.agents[0].start, c.roles.agents[0].end
    agent = c.text[start:end].lower()
    several = agent.endswith("s") or agent.split()[-1] in PLURAL_PEOPLE
    own = c.text[end : min(end + OWN_WORDS, c.clause[1])]
    own = own[: m.start()] if (m := OTHER_CLAUSE.search(own)) else own
    return several and not SHOOTING.search(own)


def forces_attacked(c: Clause) -> bool:
    """Armed men are among those the clause's violence fell on ("killed eight soldiers and two traders"):
    the codebook's battle, whoever else fell with them (not the attackers read twice)."""
    agents = {(p.start, p.end) for p in c.roles.agents}
    return any(group_of(p.type) == "armed" and (p.start, p.end) not in agents for p in c.roles.victims)


def ambush_only(c: Clause, clause_text: str) -> bool:
    """The clause's clash words are all an ambush's: one side fell on the other, no fire exchanged."""
    told = [m.group(0) for t in c.triggers if t.id == "clash" for m in t.pattern.finditer(clause_text)]
    ambush = bool(told) and all(w.lower().startswith("ambush") for w in told)
    return ambush and not FIRED_AT.search(clause_text)


def fire_exchanged(c: Clause, clause_text: str) -> bool:
    """Fire exchanged in the clause ("In the gunfight, ... was killed when a bomb exploded"): one of
    the clash trigger's words other than an ambush, or shots fired at someone."""
    told = (m.group(0) for t in c.triggers if t.id == "clash" for m in t.pattern.finditer(clause_text))
    return any(not w.lower().startswith("ambush") for w in told) or FIRED_AT.search(clause_text) is not None


def weapons_within(spans: list[tuple[int, int, str, str]], start: int, end: int) -> list[tuple[str, str]]:
    """(label, delivery) of the weapons named in [start, end), once each, in lexicon order."""
    return list(
        dict.fromkeys((label, delivery) for s, e, label, delivery in spans if start <= s and e <= end)
    )


def civilian_target(event_type: str, roles: Roles) -> bool:
    """Civilians are the target: always in violence against civilians; in a remote attack
    when its clause names civilians (actor_types.yaml), not when it names only property ("bombed
    a telecom tower", "damaged a bridge": ACLED codes no second actor there)."""
    if event_type == "Violence against civilians":
        return True
    if event_type != "Explosions/Remote violence":
        return False
    if roles.victims and group_of(roles.victims[0].type) == "armed":
        return False  # "targeting a military convoy near Bali Doogle village": the armed side was hit
    return any(p.type == "civilians" for p in (*roles.victims, *roles.others))


def force_level(text: str, casualties: Casualties) -> str:
    """Force against a protest: lethal force is excessive, any other is an intervention."""
    lethal = (casualties.fatalities or 0) > 0 or LETHAL_FORCE.search(text) is not None
    return "Excessive force against protesters" if lethal else "Protest with intervention"


def fire_set_on_the_hurt(c: Clause, agent: str, hurt: bool) -> bool:
    """People hurt, no one named doing it, and the clause's riot words only tell of fire set: an attack
    that burned things, no riot (no crowd is told)."""
    if agent != "none" or not hurt:
        return False
    riot = next(t for t in c.triggers if t.id == "riot")
    told = [m.group() for m in riot.pattern.finditer(c.text, *c.clause)]
    return bool(told) and all(FIRE_SET.match(word) for word in told)
