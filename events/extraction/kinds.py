"""The kind, cast and qualify steps: what the event is, who did it to whom, and how sure the
report is of it. Kind types the candidate (the fitted model over its clause's features, the
anchor word's own type for diplomacy; an agreement between governments or reached at talks is
diplomacy), cast names its actors as ACLED names them (civilians as the target of violence,
the police met by a crowd, the governments of a call or meeting), and qualify sets its status
(a claim, a denial) and confidence."""

from __future__ import annotations

import re
from collections.abc import Iterator

from events.extraction.actors import PLACE_NOUN, Party, Roles, roles
from events.extraction.candidate import CROWDS, ArticleContext, Candidate
from events.extraction.clause_features import features
from events.extraction.clause_roles import CHARGE, VIOLENT_WORDS, Clause, civilian_target, weapons_within
from events.extraction.draft import VIOLENT
from events.extraction.lexicon import ARMED_KINDS, Actor, Lexicon, Trigger
from events.extraction.modality import in_quotes
from events.extraction.timing import past_of
from events.extraction.type_model import confidence_of
from events.extraction.weapon_kinds import sub_event_type
from events.places import Gazetteer, Resolved
from events.reading.text import normalize_name, squash

STATE_FORCES, EXTERNAL = 1, 8  # ACLED inter codes
# Violence whose author the report leaves unnamed: ACLED codes an "Unidentified Armed Group"
# (the political militia type's label, actor_types.yaml) as its first actor.
UNKNOWN_HAND = {"Violence against civilians", "Explosions/Remote violence"}
UNIDENTIFIED = "political_militia"
CIVILIANS, COMMUNAL = "civilians", "identity_militia"
NON_STATE = {"identity_militia", "political_militia"}  # described sides that may meet their like
TERRITORY = {"Government regains territory", "Non-state actor overtakes territory"}

CHARGED = VIOLENT_WORDS - {"riot"}  # the event words an arrest's charge drops from its clause
PRONOUN_START = re.compile(r"(?:He|She|They)\b")
TIME_WEIGHT = {"explicit": 1.0, "inherited": 0.9, "undated": 0.8}
FOLLOWING = 2  # sentences of the paragraph after this one whose event words are features


def kind(c: Candidate, ctx: ArticleContext) -> bool:
    """The event type and sub-type: the fitted model's, for all but diplomacy."""
    if c.diplomatic:
        c.event_type, c.sub_type = c.trigger.event_type, sub_event_type(c.trigger, c.weapons)
        return True
    told = [d for d in ctx.drafts if d.event_type in VIOLENT]
    if told and c.roles_of("outcome") and not c.roles.agents and not c.weapons:
        # "Four people were killed in Y." in a report of strikes: more of the same campaign, typed
        # as that event finally is (on its features, when the model types it)
        c.event_type, c.sub_type = told[-1].event_type, told[-1].sub_event_type
        c.features = sorted(told[-1].features)
        return True
    c.features = event_features(c, ctx)
    c.event_type, c.sub_type, c.probability = ctx.typer(c.features, fallback(c.trigger, c.weapons))
    if c.sub_type == "Agreement" and (_between_governments(c, ctx) or _at_talks(c)):
        c.event_type, c.features = "Diplomacy", []  # states agreeing: diplomacy, not a conflict's truce
    return True


def _at_talks(c: Candidate) -> bool:
    """The sentence tells the talks the agreement came from ("agreed to a ceasefire after talks
    mediated by Qatar in Doha"): an agreement of diplomacy."""
    return any(h.trigger.sub_event_type == "Meeting" for h in c.sentence_hits)


def _between_governments(c: Candidate, ctx: ArticleContext) -> bool:
    """The clause names a government (or a head of state by title, not as the one who tells of
    it: "he and President William Ruto signed") and no armed actor ('Zelensky signed a security
    agreement with Tusk'): an agreement between states, which the news corpora call diplomacy."""
    kinds = {a.actor.kind for a in c.actors if c.clause[0] <= a.start < c.clause[1]}
    offset = c.sentence.start
    if ctx.lexicon.head_of_state.search(c.sentence.text, c.clause[0] - offset, c.clause[1] - offset):
        kinds.add("government")  # "he and President William Ruto signed"
    # "the Colombian government": a state's government named by its people
    described = [p.actor for p in ctx.parties if p.actor is not None and c.clause[0] <= p.start < c.clause[1]]
    kinds |= {a.kind for a in described}
    return "government" in kinds and not kinds & ARMED_KINDS


def fallback(trigger: Trigger, weapons: list[tuple[str, str]]) -> tuple[str, str]:
    """The type the anchor word alone gives (used where no model has a say)."""
    return trigger.event_type, sub_event_type(trigger, weapons)


def event_features(c: Candidate, ctx: ArticleContext) -> list[str]:
    """The type model's features of the candidate's clause (none for diplomacy, which no model
    types)."""
    return [] if c.diplomatic else features(clause_features(c, ctx))


def clause_features(c: Candidate, ctx: ArticleContext) -> Clause:
    after = _following(c, ctx)
    following = [h.trigger for k in after for h in ctx.sentence_hits[k]]
    names = tuple((p.mention.start, p.mention.end) for p in ctx.places) + tuple(
        (a.start, a.end) for a in c.actors
    )
    sentence_weapons = weapons_within(ctx.weapons, c.sentence.start, c.sentence.end)
    paragraph = [ctx.sentences[k] for k in after]
    following_weapons = [w for s in paragraph for w in weapons_within(ctx.weapons, s.start, s.end)]
    return Clause(
        following_victims=tuple(_following_victims(c, ctx, after)),
        text=ctx.text, sentence=(c.sentence.start, c.sentence.end), clause=c.clause,
        triggers=tuple(h.trigger for h in _short_of_the_aim(c, ctx)),
        sentence_triggers=tuple(h.trigger for h in c.sentence_hits if h not in c.hits),
        following_triggers=tuple(following), weapons=tuple(c.weapons),
        sentence_weapons=tuple(sentence_weapons), following_weapons=tuple(following_weapons),
        roles=_stance_taker_out(c, ctx),
        casualties=c.casualties, names=names,
        function_words=ctx.lexicon.function_words,
        states_named=_states_named(c, ctx), place_countries=_place_countries(c, ctx),
        note_label=_note_label(c, ctx),
        preceding_triggers=tuple(h.trigger for k in range(max(0, c.index - 2), c.index)
                                 for h in ctx.sentence_hits[k]),
    )  # fmt: skip


# the party that follows an event word after "by": its author ("five villagers killed by gunmen")
BY_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?by\s+(?:[\w-]+\s+){0,2}")
PARTICIPLE_GAP = re.compile(r"\s+(?:\w+ly\s+)?")
STANCE_GAP = re.compile(r"\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?$")


def _stance_taker_out(c: Candidate, ctx: ArticleContext) -> Roles:
    """The subject of a stance on the event is no side of it ("the governor condemned ...", "Residents
    mourned ..."), nor is the stance's object told by a participle ("mourned five villagers killed by
    gunmen": the villagers were killed): the party told by "by" after the event word is its agent, the
    stance's object its victims. The clause's roles as read otherwise."""
    if not c.roles.agents or not c.hits:
        return c.roles
    agent, first = c.roles.agents[0], min(h.start for h in c.hits)
    stance = ctx.lexicon.reaction_verbs.search(ctx.text, c.clause[0], first)
    if stance is None:
        return c.roles
    parties = sorted({id(p): p for p in (*c.roles.agents, *c.roles.victims, *c.roles.others)}.values(),
                     key=lambda p: p.start)  # fmt: skip
    hit_end = min(h.end for h in c.hits if h.start == first)
    by = [p for p in parties if p.start >= hit_end and BY_AFTER.fullmatch(ctx.text, hit_end, p.start)]
    speaker = agent.end <= stance.start() and STANCE_GAP.fullmatch(ctx.text, agent.end, stance.start())
    # (the object before a participle: "mourned five villagers killed by", not "condemned the soldiers
    # who killed")
    object_told = stance.end() <= agent.start and PARTICIPLE_GAP.fullmatch(ctx.text, agent.end, first)
    if not speaker and not (object_told and by):
        return c.roles
    parties = [p for p in parties if p is not agent or object_told]
    objects = [p for p in parties if stance.end() <= p.start and p.end <= first]
    victims = objects + [p for p in c.roles.victims if p in parties and p not in objects and p not in by]
    others = [p for p in parties if p not in by and p not in victims]
    return Roles(tuple(by[:1]), tuple(victims), tuple(others))


def _note_label(c: Candidate, ctx: ArticleContext) -> str | None:
    """The class an opening label names ("Looting: On 3 May ..."), for a candidate in the
    label's sentence."""
    label = ctx.lexicon.note_label.match(ctx.text)
    if label is None or c.sentence.start > label.end(1):
        return None
    return ctx.lexicon.note_label_class[label.group(1).lower()]


def _following(c: Candidate, ctx: ArticleContext) -> list[int]:
    """The sentences after the candidate's in its paragraph (FOLLOWING of them), up to one told of a time
    before the event ("It marks the day in 1990 when violent protests broke out"): what that one and
    those after it tell is that time's, no more of this event."""
    day = c.time.date_start if c.time is not None else ctx.report.reported
    found = []
    for k in range(c.index + 1, min(len(ctx.sentences), c.index + 1 + FOLLOWING)):
        sentence = ctx.sentences[k]
        span = (sentence.start, sentence.end)
        if sentence.paragraph != c.sentence.paragraph or past_of(
            ctx.times, span, day, ctx.lexicon.recent_days
        ):
            break
        found.append(k)
    return found


def _states_named(c: Candidate, ctx: ArticleContext) -> tuple[tuple[int, int], ...]:
    """The spans of the clause's state forces told by their state's name or people alone."""
    parties = [p for p in (*c.roles.agents, *c.roles.others) if p.type == "state_forces"]
    return tuple(
        (p.start, p.end) for p in parties if _a_state_alone(ctx.text[p.start : p.end], ctx.gazetteer)
    )


def _place_countries(c: Candidate, ctx: ArticleContext) -> tuple[str, ...]:
    """The countries of the places the clause names (not a name that is an actor's: "Russia attacked
    Odesa" places the attack in Ukraine)."""
    named = [p for p in ctx.places if c.clause[0] <= p.mention.start < c.clause[1]
             and not any(a.start <= p.mention.start < a.end for a in c.actors)]  # fmt: skip
    return tuple(dict.fromkeys(ctx.gazetteer.country_code(p.entry) for p in named))


# "Russia's", "Russian attack", "Israel": a state told by its name or its people's adjective alone
STATE_WORDS = re.compile(r"(?:['’]s)?(?:\s+(?:attacks?|strikes?|shelling))?$")


def _a_state_alone(surface: str, gazetteer: Gazetteer) -> bool:
    """The party is told as a state and nothing more: a country's name or its people's adjective
    ("Russia attacked Odesa", "a Russian attack"), not its forces, nor a word that only names them
    ("the Tatmadaw", "Junta", "Military")."""
    key = normalize_name(STATE_WORDS.sub("", surface))
    if not key or " " in key:
        return False
    return gazetteer.is_demonym(key) or any(
        gazetteer.kind(e) == "country" and gazetteer.key_of(e) == key for e, _ in gazetteer.lookup_key(key)
    )


def _following_victims(c: Candidate, ctx: ArticleContext, after: list[int]) -> Iterator[str]:
    """Who was hurt, as told by the count-only sentences that follow in the paragraph
    ("Two civilians were killed in the attack."): they belong to this event."""
    for k in after:  # (_following)
        sentence, hits = ctx.sentences[k], ctx.sentence_hits[k]
        hits = [h for h in hits if h.trigger.role == "outcome"]
        if not hits:
            continue
        parties = [p for p in ctx.parties if sentence.start <= p.start < sentence.end]
        found = roles(
            ctx.text,
            (sentence.start, sentence.end),
            [(h.start, h.end) for h in hits],
            parties,
            lexicon=ctx.lexicon,
        )
        yield from (p.type for p in found.victims)


def cast(c: Candidate, ctx: ArticleContext) -> bool:
    """Actors: who acted and on whom, named as ACLED names them; civilians as the target
    of a violent event."""
    country = country_of(c.targets, ctx.gazetteer)
    soil = next((ctx.gazetteer.country_code(w.entry) for w in c.targets if w is not None), "")
    if c.diplomatic:
        speaker = ctx.speaker if PRONOUN_START.match(c.sentence.text) else None
        c.actor1, c.actor2 = _diplomats(c, speaker, ctx)
        return True
    agent = c.roles.agents[0] if c.roles.agents else None
    # not the agent again ("three RSF fighters died in clashes with the army": the army)
    victim = next((p for p in c.roles.victims if p is not agent), None)
    if c.event_type in CROWDS:
        crowd = "protesters" if c.event_type == "Protests" else "rioters"
        agent = Party(0, 0, crowd)
        victim = next(
            (
                p
                for p in (*c.roles.victims, *c.roles.others, *c.roles.agents)
                if p.type in ("state_forces", "police")
            ),
            victim if c.event_type == "Riots" else None,
        )
    told = ctx.paragraph_actor
    if (
        agent is not None
        and agent.actor is None
        and agent.type == "rebels"  # "the militants", "the jihadists" (not "the bandits", "the gunmen")
        and told is not None
        and told.kind in ("armed_group", "militia")
        and THE_BEFORE.search(ctx.text, max(0, agent.start - 4), agent.start)
        and _named_in_paragraph(told, c, ctx)
    ):
        agent = Party(agent.start, agent.end, agent.type, told)  # "The militants": the group named before
    if agent is not None and agent.actor is None and agent.type == CIVILIANS and c.event_type in VIOLENT:
        # ACLED never codes civilians as the side that attacks: villagers who fight are a
        # communal militia, an attack by unnamed people an unidentified armed group
        agent = Party(agent.start, agent.end, COMMUNAL) if c.event_type == "Battles" else None
    if victim is not None and victim.type == "property":
        victim = next((p for p in c.roles.victims if p.type != "property"), None)
    if (
        victim is not None
        and c.sub_type in TERRITORY
        and PLACE_NOUN.fullmatch(ctx.text, victim.start, victim.end)
    ):
        victim = None  # "captured the village of X": the ground taken, no civilians fought
    c.actor1, c.inter1 = acled_actor(agent, country, ctx, soil)
    if agent is None and ctx.paragraph_actor is not None and c.event_type in VIOLENT:
        c.actor1, c.inter1 = ctx.paragraph_actor.name, inter_on(ctx.paragraph_actor, soil)
    elif agent is None and c.event_type in UNKNOWN_HAND and c.sub_type != "Air/drone strike":
        # ACLED's coding of an attack whose perpetrators the report does not name (not of an air
        # strike: one with no air force named is no armed group's, and none is guessed)
        c.actor1, c.inter1 = acled_actor(Party(0, 0, UNIDENTIFIED), country, ctx, soil)
    c.actor2, c.inter2 = acled_actor(victim, country, ctx, soil)
    c.civilian = civilian_target(c.event_type, c.roles)
    if c.civilian and c.event_type in VIOLENT:
        c.actor2, c.inter2 = acled_actor(Party(0, 0, "civilians"), country, ctx)
    if c.actor1 == c.actor2 and (agent is None or victim is None or agent.type not in NON_STATE):
        # one actor read on both sides; two non-state sides described alike ("Villagers attacked
        # herders": two communal militias) stay two
        c.actor2, c.inter2 = None, None
    return True


def _named_in_paragraph(actor: Actor, c: Candidate, ctx: ArticleContext) -> bool:
    """The actor is named earlier in the candidate's own paragraph."""
    paragraph = [s for s in ctx.sentences if s.paragraph == c.sentence.paragraph]
    start = paragraph[0].start if paragraph else c.sentence.start
    return any(a.actor == actor and start <= a.start < c.hit.start for a in ctx.actors)


THE_BEFORE = re.compile(r"\b[Tt]he\s$")


def acled_actor(
    party: Party | None, country: str | None, ctx: ArticleContext, soil: str = ""
) -> tuple[str | None, int | None]:
    """The party as ACLED names it (a described one with the country of the event) and its
    inter code; none for no party, or a thing. ``soil``: the ISO code of the event's country."""
    if party is None:
        return None, None
    if party.actor is not None:
        return party.actor.name, inter_on(party.actor, soil)
    owner = _forces_of(party, ctx)
    if owner is not None:  # "the Armed Forces of the Russian Federation", "the army of Mali"
        named = _national_military(owner, ctx.lexicon) if party.type == "state_forces" else None
        if named is not None:
            return named.name, inter_on(named, soil)
        return described_actor(party.type, ctx.gazetteer.country_name(owner), ctx.lexicon)
    if party.type == "state_forces" and OCCUPIER.match(ctx.text, party.start):
        # "the occupation forces": a state's forces on another's soil, the state unnamed
        return described_actor(party.type, None, ctx.lexicon)[0], EXTERNAL
    return described_actor(party.type, country, ctx.lexicon)


# state forces described as occupying the land ("the occupation forces", "occupying troops")
OCCUPIER = re.compile(r"(?i:occupation|occupying)\b")


def _national_military(country: str, lexicon: Lexicon) -> Actor | None:
    """The country's own armed forces in the actor file, none when the file names only a unit of
    them (Iran's Revolutionary Guard Corps): the described forces are named then."""
    forces = [a for a in lexicon.actors if a.kind == "military" and a.country == country
              and NATIONAL_FORCES.fullmatch(a.name)]  # fmt: skip
    return min(forces, key=lambda a: len(a.name)) if forces else None


# ACLED's name of a state's forces, with no unit after it ("Military Forces of Iran (1989-)", not
# "... Islamic Revolutionary Guard Corps")
NATIONAL_FORCES = re.compile(r"Military Forces of [^()]+(?:\s\(\d{4}-\d{0,4}\))?")


OF_THE = re.compile(r"\s+of\s+(?:the\s+)?$")


def _forces_of(party: Party, ctx: ArticleContext) -> str | None:
    """The country whose forces or police a described party is, by a complement naming it right
    after ("the Armed Forces of the Russian Federation", "soldiers of Chad"): its ISO code."""
    if party.type not in ("state_forces", "police"):
        return None
    for p in ctx.places:
        if party.end < p.mention.start <= party.end + 9 and OF_THE.search(
            ctx.text, party.end, p.mention.start
        ):
            if ctx.gazetteer.kind(p.entry) == "country":
                return ctx.gazetteer.country_code(p.entry)
            return None
    return None


def _short_of_the_aim(c: Candidate, ctx: ArticleContext) -> list:
    """The clause's event words, less those of what its event aims to end ("signed an agreement ... to
    cease hostilities, ending two years of war that has killed hundreds of thousands": the war's) and,
    for a crowd, "the dead" it carries photos of or mourns."""
    aim = ctx.lexicon.aim.search(ctx.text, c.hit.end, c.clause[1])
    hits = [h for h in c.hits if aim is None or h.start < aim.start()]
    if c.trigger.event_type == "Protests":
        # "carrying photos of the dead", "mourning the dead": people killed before, not the crowd's violence
        hits = [h for h in hits if not _the_dead(ctx.text, h)]
    arrests = [h for h in hits if h.trigger.id == "arrests"]
    if arrests:
        # the violence the arrested were held for ("arrested two men accused of killing a trader", "over the
        # abduction of", "for shooting a civilian"): the charge, an earlier deed, no event word of the arrest
        # (not a crowd's doing: "arrested 5 people for protesting" is the demonstration met with force)
        hits = [h for h in hits if not (h.trigger.id in CHARGED and any(
            a.end <= h.start and CHARGE.search(ctx.text, a.end, h.start) for a in arrests))]  # fmt: skip
    return hits


def _the_dead(text: str, hit) -> bool:
    return THE_DEAD.fullmatch(text, hit.start, hit.end) is not None and bool(
        THE_BEFORE.search(text, max(0, hit.start - 4), hit.start)
    )


THE_DEAD = re.compile(r"dead|deaths?", re.I)


def described_actor(kind: str, country: str | None, lexicon: Lexicon) -> tuple[str | None, int | None]:
    """An actor the text describes but does not name ("gunmen"), by its kind (actor_types.yaml),
    as ACLED names it: "Unidentified Armed Group (Nigeria)"; none for a thing (houses, vehicles)."""
    kind_ = lexicon.actor_types[kind]
    if not kind_.inter:
        return None, None
    if country:
        return kind_.label.replace("{country}", country), kind_.inter
    return BARE_LABEL.sub("", kind_.label), kind_.inter


# the country's place in a described actor's label ("Civilians ({country})", "Police Forces of {country}")
BARE_LABEL = re.compile(r"\s*(?:\(\{country\}\)|of \{country\})")


def inter_on(actor: Actor, soil: str) -> int:
    """A named actor's inter code where the event happened: a state's forces outside their
    own country are external forces (ACLED's inter 8: "state forces active outside their main
    country of operation"), Russia's army in Ukraine as much as France's in Mali."""
    if actor.inter == STATE_FORCES and actor.country and soil and actor.country != soil:
        return EXTERNAL
    return actor.inter


# A claim of responsibility, not of the event: "Al Shabaab claimed responsibility for the attack",
# "a roadside bombing that the Al Shabaab extremist group claimed," (the relative pronoun its object)
RESPONSIBILITY = re.compile(
    r"\b(?:claimed|claims|claiming)\s+(?:the\s+)?(?:responsibility|credit)\b"
    r"|\b(?:attack|bombing|blast|explosion|assault|ambush|strike|raid|killing|abduction|kidnapping)s?"
    r"(?:\s+[\w'’-]+){0,4}?\s*,?\s+(?:that|which)\s+(?:[\w'’-]+\s+){1,6}?"
    r"(?:has\s+|have\s+|had\s+)?claimed(?=\s*(?:[,.;:]|$))",
)


def _without_responsibility(text: str) -> str:
    """The sentence with its claims of responsibility blanked (same length)."""
    return RESPONSIBILITY.sub(lambda m: " " * len(m.group(0)), text)


def qualify(c: Candidate, ctx: ArticleContext) -> bool:
    """Status (a claim, a denial) and confidence."""
    c.status = c.trigger.status
    lexicon = ctx.lexicon
    if lexicon.claim.search(_without_responsibility(c.sentence.text)) and c.status == "occurred":
        c.status = "claimed"
        c.notes.append("Reported as a claim: " + squash(c.sentence.text)[:160])
        if lexicon.denial.search(c.sentence.text):
            c.notes.append("The claim is denied in the same report.")
    c.confidence = c.trigger.weight * TIME_WEIGHT[c.time_source] * confidence_of(c.probability)
    if in_quotes(ctx.text, c.hit.start, c.sentence):
        c.confidence *= 0.85
    return True


def _diplomats(c: Candidate, speaker: Actor | None, ctx: ArticleContext) -> tuple[str | None, str | None]:
    """The two sides of talks: the governments and organisations the clause names (the nearest to
    the event word first), a country's official counting as its government ("Qatar's foreign
    minister", "his Iranian counterpart"), else the speaker."""
    in_clause = [a for a in c.actors if c.clause[0] <= a.start < c.clause[1]] or c.actors
    told = [(a.start, a.actor.name) for a in in_clause if a.actor.kind in ("government", "organisation")]
    told += [(p.mention.start, f"Government of {name}") for p, name in _officials(c, ctx)]
    names = [name for _, name in sorted(told, key=lambda t: abs(t[0] - c.hit.start))]
    if not names and speaker is not None:
        names = [speaker.name]
    unique = list(dict.fromkeys(names))
    return (unique[0] if unique else None), (unique[1] if len(unique) > 1 else None)


# an official's title after a country's name or people's name: "Qatar's foreign minister", "his
# Iranian counterpart", "Egyptian President", "the Saudi delegation"
OFFICIAL = re.compile(
    r"(?:[’']s)?\s+(?i:(?:(?:deputy\s+)?(?:foreign|prime|defen[cs]e|interior)\s+)?minister|president|"
    r"secretary\s+of\s+state|envoy|ambassador|delegation|counterpart|king|emir|crown\s+prince)\b"
)


def _officials(c: Candidate, ctx: ArticleContext) -> list[tuple[Resolved, str]]:
    """The countries whose officials the clause names, with the country's name."""
    gazetteer = ctx.gazetteer
    out = []
    for place in ctx.places:
        if not c.clause[0] <= place.mention.start < c.clause[1] or gazetteer.kind(place.entry) != "country":
            continue
        if OFFICIAL.match(ctx.text, place.mention.end):
            name = gazetteer.country_name(gazetteer.country_code(place.entry))
            if name:
                out.append((place, name))
    return out


def country_of(targets, gazetteer: Gazetteer) -> str | None:
    """The country of the first place of the event."""
    for where in targets:
        if where is not None:
            return gazetteer.country_name(gazetteer.country_code(where.entry))
    return None
