"""The extraction lexicon: the data files under data/lexicon/, read and checked once.

Every file is validated when loaded: an unknown key, a pattern that does not compile, a
type the taxonomy lacks, or a trigger id that the code refers to but triggers.yaml lacks is
an error naming the file and the entry.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from events import DATA_DIR
from events.errors import SitrepError
from events.extraction import prefilter
from events.extraction.timex import MONTHS
from events.places import COMPASS, OFFSET
from events.records.record import read_taxonomy

LEXICON_DIR = DATA_DIR / "lexicon"
# Trigger ids that the code refers to (what each does is said where it is used).
REQUIRED_TRIGGERS = frozenset({"remote_generic", "protest_force", "interception", "kill", "injure", "protest",
                               "riot", "phone_call", "meeting", "proposal", "demand"})  # fmt: skip
ROLES = ("strong", "weak", "weapon", "outcome", "force", "locus")
TRIGGER_KEYS = {"id", "pattern", "event_type", "sub_event_type", "default", "role", "placeless", "status",
                "weight", "reach", "sides"}  # fmt: skip
ACTOR_KEYS = {"name", "kind", "country", "aliases", "person_aliases", "demonyms", "inter"}
# The kinds of actors.yaml that bear arms (an agreement among the others is diplomacy).
ARMED_KINDS = frozenset({"military", "police", "armed_group", "militia", "communal"})
KIND_INTER = {"military": 1, "police": 1, "government": 1, "armed_group": 2, "militia": 3, "communal": 4,
              "rioters": 5, "protesters": 6, "civilians": 7, "organisation": 8, "external": 8}  # fmt: skip
STATUSES = ("occurred", "claimed", "proposed", "demanded", "planned", "denied")


@dataclass(frozen=True)
class Trigger:
    id: str
    pattern: re.Pattern[str]
    event_type: str
    sub_event_type: str
    default: str = ""
    role: str = "strong"
    placeless: bool = False
    status: str = "occurred"
    weight: float = 0.7
    reach: int = 120
    sides: bool = False  # an event only with two sides as its subject ("X and his counterpart discussed")
    takes_ground: bool = False  # its pattern holds "{ground}": a verb of taking ground

    @property
    def needs_weapon(self) -> bool:
        return self.role == "weapon"

    @property
    def needs_place(self) -> bool:
        return self.role == "weak"


@dataclass(frozen=True)
class Weapon:
    label: str
    pattern: re.Pattern[str]
    delivery: str


@dataclass(frozen=True)
class Actor:
    name: str
    kind: str
    country: str
    aliases: tuple[str, ...]
    person_aliases: tuple[str, ...]
    inter: int = 0


@dataclass(frozen=True)
class ActorType:
    """A kind of actor the text describes without naming it ("gunmen", "villagers")."""

    key: str
    inter: int
    label: str


@dataclass(frozen=True)
class PlaceWords:
    """The patterns scene finding reads, built from places.yaml."""

    locative: re.Pattern[str]  # a scene word, modifiers, then the end of the text before a name
    not_locative: re.Pattern[str]
    origin: re.Pattern[str]  # "a caravan from the departments of": where people came from
    destination: re.Pattern[str]  # "fled to the nearby city of": where people were moved to
    route: re.Pattern[str]  # "a convoy heading to": where travellers were going
    road_to: re.Pattern[str]  # "the road that leads to the town of": where a way leads
    treated: re.Pattern[str]  # "treated in the main hospital in": where the wounded were cared for
    treated_at: re.Pattern[str]  # "being treated at the": the hospital named next is where, not the scene
    capital_institution: re.Pattern[str]  # "parliament": an institution that sits in the nation's capital
    anaphor: re.Pattern[str]  # "in the region": group 1 is the head
    unknown_with_region: re.Pattern[str]  # "near X, Region", "X (Admin2, Admin1)"
    town_part: re.Pattern[str]  # "neighbourhood", "palace": a part or a building of a town
    village: re.Pattern[str]  # "village", "town": a settlement of its own
    unknown_place: re.Pattern[str]  # "attacked the town of X"
    appositive: re.Pattern[str]  # the gap in "Khan Younis, a city in the south of Gaza": Gaza describes
    # the gap in "the Llano Grande area in the municipality of Coatepec Harinas", "Zabid District of the
    # port city of Hodeidah": the name after holds the name before
    division_of: re.Pattern[str]
    measured_gap: re.Pattern[str]  # the gap in "Pobeda, a village about 5 km west of Donetsk"
    place_list: re.Pattern[str]  # "near Dibrova, Torske and Kuzmine", "the villages of A and B"
    list_item: re.Pattern[str]  # "Rashaya al-Fokhar": a name in a list (an Arabic article set on by a hyphen)
    coordinated: re.Pattern[str]  # "Fardis, Aitaroun and al-Naqoura": names joined, the last by "and"
    list_opening: re.Pattern[str]  # "the border towns of", "villages including": a list of their names next
    list_kind: re.Pattern[str]  # " villages", " townships" after a list: the kind of its places
    area_before_list: re.Pattern[str]  # the gap in "the southern Lebanese border towns of Fardis, ..."
    area_after_list: re.Pattern[str]  # the gap in "Kasai and Nahuta villages in Batsari", "A and B (Admin2,"
    seat: re.Pattern[str]  # "the health ministry in": the text before a name where a source sits
    title: re.Pattern[str]  # "the governor of (the state of)": the text before a name an office is of
    titled: re.Pattern[str]  # "President Gotabaya Rajapaksa": a name an office opens is a person's
    cause: re.Pattern[str]  # "demanding", "in support of": what a crowd wants or opposes follows
    setting: re.Pattern[str]  # "amid a steady stream of": a run of events as the reported one's setting
    owner: re.Pattern[str]  # " forces" after a country's name: whose they are, not where
    people: re.Pattern[str]  # " ethnic group" after a name: a people, not a place
    experienced: re.Pattern[str]  # "(region) has seen", "have been plagued by" after a name: what befell it
    # ", nations ", ", a region ": the kind of place a name is, in a phrase beside it
    kind_before: re.Pattern[str]
    kind_word: re.Pattern[str]  # "Saw Township": a name that ends in a kind of place is a place's
    # " al Salah", "-Ouest", " Kiri" after a name: it goes on, a longer name (the Arabic article set apart
    # by spaces only where it is no English word: not "as", "an", "at")
    name_goes_on: re.Pattern[str]
    heading: re.Pattern[str]  # "Hlukhiv community: ": a place set before a colon, the scene of what follows
    street: re.Pattern[str]  # " Street" after a name: the street named after the place, not the place
    first_level: re.Pattern[str]  # "province", "state": a kind of first-level division
    offices: frozenset[str]  # "minister", "head", "counterpart": the words of a subject of office-holders
    ground: str  # what "{ground}" stands for in triggers.yaml (_ground)
    ground_word: re.Pattern[str]  # one word of ground ("town", "positions"), for a passive's subject


@dataclass(frozen=True)
class CasualtyWords:
    """The alternations of casualties.yaml, one per key (compiled by events.extraction.count_patterns)."""

    killed_after: str
    killing_before: str
    one_death: str
    killing_one: str
    death_nouns: str
    hurt_after: str
    hurting_before: str
    injury_nouns: str
    subset_words: str
    elsewhere: str
    combatants: str
    update_words: str
    earlier_words: str
    coded_as: str
    shared_over: str
    campaign_toll: str
    many_events_toll: str
    period_tally: str
    saying_verbs: str
    since_frame: str
    clause_verbs: str
    auxiliaries: str
    source_verbs: str
    fatal_adverbs: str


CASUALTY_KEYS = tuple(f.name for f in fields(CasualtyWords))  # the keys of casualties.yaml
# the keys whose words are each read as a lookbehind of its own: plain words
CASUALTY_LOOKBEHINDS = ("saying_verbs", "fatal_adverbs")
PLAIN_WORD = re.compile(r"[A-Za-z]+")


@dataclass(frozen=True)
class Lexicon:
    taxonomy: dict[str, tuple[str, ...]]
    triggers: tuple[Trigger, ...]
    weapons: tuple[Weapon, ...]
    actors: tuple[Actor, ...]
    actor_pattern: re.Pattern[str]
    actor_by_alias: dict[str, Actor]
    actor_by_name: dict[str, Actor]  # lower-cased alias -> actor (a count's group: "members of the PKK")
    person_pattern: re.Pattern[str] | None
    head_of_state: re.Pattern[str]  # "President William Ruto": a government's party, by title
    actor_types: dict[str, ActorType]
    described_pattern: re.Pattern[str]  # words of actor_types.yaml, longest first
    described_type: dict[str, str]  # lower-cased word -> actor type key
    # actor_types.yaml's people: nouns of people of no actor type ("youths", "a sub-chief"), civilians
    # where violence falls on them (actors.struck_people); violence_done: the verbs it falls by
    people_pattern: re.Pattern[str]
    violence_done: re.Pattern[str]
    # actor_types.yaml's armed_heads and not_names: a name before an armed head noun ("GNA forces") is a
    # party of its type (actors._named_heads); capitalised words that are no name
    armed_heads: tuple[str, ...]
    not_names: tuple[str, ...]
    pronouns: frozenset[str]  # actor_types.yaml's pronouns: people, never ground
    former: re.Pattern[str]  # actor_types.yaml's former: one no longer armed ("a former soldier")
    # actor_types.yaml's accused_of and linked_to: the text before the side a clause's victims were accused of
    # being or helping ("accused of supporting (the PDF)", "on suspicion of links to (Al Shabaab)")
    accused_before: re.Pattern[str]
    # actor_types.yaml's crowd_subjects: "The protesters", "They" opening a sentence
    crowd_subject: re.Pattern[str]
    hypothetical: re.Pattern[str]
    hypothetical_adjective: re.Pattern[str]  # "possible", "potential": anywhere
    hypothetical_np: re.Pattern[str]  # "a potential (attack)": the noun phrase right before an event word
    negation: re.Pattern[str]
    governing: re.Pattern[str]
    claim: re.Pattern[str]
    denial: re.Pattern[str]
    denial_governing: re.Pattern[str]
    attribution: re.Pattern[str]
    background: re.Pattern[str]
    telling: re.Pattern[str]
    another_incident: re.Pattern[str]  # "Hours later, ...": not the event told before
    retelling: re.Pattern[str]  # "The violence erupted on Sunday": the event told before, told again
    grievance: re.Pattern[str]  # "demonstrating against (a wave of) abductions": the text before a grievance
    grievance_cue: re.Pattern[str]  # "in protest over a mine disaster that killed 245": a protest's grievance
    topic: re.Pattern[str]  # "exchanged views on the outcome of the (talks)": the text before a topic
    # "agreed to end the (fighting)": the text before violence aimed to be ended (aim's words too)
    ending: re.Pattern[str]
    aim: re.Pattern[str]  # the same words of an aim anywhere ("signed a deal in Doha to end the war in Gaza")
    framing: re.Pattern[str]  # "(the strike) came as": what follows in the sentence is its setting
    stalled: re.Pattern[str]  # "(talks) have stalled": after a talk's noun, its state
    forecast: re.Pattern[str]  # "(operations) are possible": after an event's noun, a forecast of it
    accident: re.Pattern[str]  # "when a gold mine collapsed": deaths no one inflicted, in the clause
    earlier_event: re.Pattern[str]  # "after the Inata attack": the text before an earlier event's noun
    earlier_cue: re.Pattern[str]  # "in the wake of": the cue's own words, which open earlier_event's text
    earlier_event_told: re.Pattern[str]  # "after the Inata attack, which killed": before what it did
    earlier_event_time: re.Pattern[str]  # "since a clash ... on Feb. 28": before the earlier event's time
    mourning: re.Pattern[str]  # "in memory of", "to mourn": words of the earlier_event cue, no time of it
    ensuing: re.Pattern[str]  # "the ensuing (clashes)": the text before a new event's word
    reaction: re.Pattern[str]  # "condemned the (strike)": the text before an event referred to
    told_in: re.Pattern[str]  # "said in a statement issued in": the text before where a telling was
    spoke_in: re.Pattern[str]  # "In remarks to local media in the capital": before where someone spoke
    told_by: re.Pattern[str]  # "he said", "told Reuters": the text before the means a source spoke by
    intercepted: re.Pattern[str]  # "shot down": a weapon word's clause that tells no attack
    labour_strike: re.Pattern[str]  # "a general (strike)": the text before a strike that is no attack
    labour_context: re.Pattern[str]  # "doctors walk out": a sentence telling a strike of workers
    strike_words: re.Pattern[str]  # "strikes", "pounded": weapon words that tell a strike
    campaign_begun: re.Pattern[str]  # "The offensive was launched (on Wednesday)": before when it began
    put_off_before: re.Pattern[str]  # "a planned (visit)", "the scheduled (talks)": before the event word
    put_off_after: re.Pattern[str]  # "(visit to Islamabad) was postponed": after the event word
    took_place: re.Pattern[str]  # "(a postponed meeting) took place": it happened after all
    # modality.yaml's habits and kinds (events.extraction.background): an event verb's bare present ("attack",
    # not an irregular past, "shot"); a plural subject's last word ("bandits", "gunmen"); the gap between the
    # subject and its verb (nothing, or an adverb); up to two modifiers opening a bare subject (no article,
    # number or possessive); the subject's rest, a present copula and an indefinite noun ("for ransom are a");
    # what sets an event word apart from a trend told before it (a comma, "where")
    bare_verb: re.Pattern[str]
    plural_subject: re.Pattern[str]
    present_gap: re.Pattern[str]
    bare_opening: re.Pattern[str]
    generic_predicate: re.Pattern[str]
    singular_verb: re.Pattern[str]
    adverb_gap: re.Pattern[str]
    relative_gap: re.Pattern[str]
    trend_apart: re.Pattern[str]
    latest_of: re.Pattern[str]  # "in the latest" (of a series told after a dated event)
    # modality.yaml's fleeing, harm_heard, reacted, press_outlets and press_kinds: people fleeing in an
    # accident's clause; what a heard blast did ("killed"); "(the strike) was condemned"; after a call, the
    # press a source spoke to ("to AFP news agency")
    fleeing: re.Pattern[str]
    harm_heard: re.Pattern[str]
    reacted_after: re.Pattern[str]
    to_the_press: re.Pattern[str]
    # modality.yaml's seeking, arrest_verbs, crowd_dispersed, conceding and setting_openers: "demanding the
    # (arrest)"; "arrested in (raids)"; "dispersed", "tear gas"; "Despite ongoing peace talks,"; the same or
    # "In keeping with the trend of ...,"
    sought: re.Pattern[str]
    arrested_in: re.Pattern[str]
    dispersed: re.Pattern[str]
    conceding_opening: re.Pattern[str]
    setting_opening: re.Pattern[str]
    claimed_tally_cap: int | None
    recent_days: int
    function_words: frozenset[str]
    places: PlaceWords
    casualties: CasualtyWords
    holidays: tuple[tuple[re.Pattern[str], int, int], ...]  # (name, month, day)
    movable_holidays: re.Pattern[str]
    # an ACLED note's opening label ("Looting: On 3 May ..."): its group 1, and the class it names
    note_label: re.Pattern[str]
    note_label_class: dict[str, str]  # lower-cased label -> "Event type::Sub-event type"

    def trigger(self, trigger_id: str) -> Trigger:
        return next(t for t in self.triggers if t.id == trigger_id)


def words(pattern: str, flags: int = re.I, scans: bool = False) -> re.Pattern[str]:
    """Compile an alternation so that it matches whole words only; one that ``scans`` whole texts gets
    a quick test of its first characters in front (events.extraction.prefilter: the same matches)."""
    source = rf"(?<![\w-])(?:{pattern})(?![\w-])"
    return prefilter.compiled(source, flags) if scans else re.compile(source, flags)


def _alternation(aliases: list[str]) -> str:
    return "|".join(re.escape(a) for a in sorted(set(aliases), key=len, reverse=True))


def _listed_words(aliases: list[str], flags: int = re.I) -> re.Pattern[str]:
    """words() of a list of literal aliases, which scans whole texts: its quick test (prefilter) is
    their first characters, read off the list (parsing a long alternation is slow)."""
    if not aliases or not all(aliases):
        return words(_alternation(aliases), flags)
    first = "".join(sorted({re.escape(a[0]) for a in aliases}))
    return re.compile(rf"(?=[{first}])(?<![\w-])(?:{_alternation(aliases)})(?![\w-])", flags)


def _read(path: Path) -> Any:
    try:
        # libyaml's loader where PyYAML has it: the lexicon loads at every start
        return yaml.load(
            path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        )  # noqa: S506
    except (OSError, yaml.YAMLError) as exc:
        raise SitrepError(f"lexicon file {path} cannot be read: {exc}") from exc


def _compiled(file: str, entry: str, pattern: Any, flags: int = re.I, scans: bool = False) -> re.Pattern[str]:
    if not isinstance(pattern, str) or not pattern:
        raise SitrepError(f"{file}: {entry}: the pattern must be a non-empty string, not {pattern!r}")
    try:
        return words(pattern, flags, scans)
    except re.error as exc:
        raise SitrepError(f"{file}: {entry}: the pattern does not compile ({exc})") from exc


def _alternation_of(file: str, key: str, entries: list[Any]) -> str:
    """The entries of a word list joined as one alternation; a bad entry is named."""
    joined = "|".join(str(w) for w in entries)
    try:
        re.compile(joined)
    except re.error:
        for entry in entries:
            _compiled(file, f"{key}: {entry}", entry)
        raise
    return joined


def _check_keys(file: str, entry: str, raw: Any, allowed: set[str]) -> None:
    if not isinstance(raw, dict):
        raise SitrepError(f"{file}: {entry}: expected a mapping, not {raw!r:.60}")
    unknown = sorted(set(raw) - allowed)
    if unknown:
        raise SitrepError(
            f"{file}: {entry}: unknown key(s) {', '.join(unknown)}; known: {', '.join(sorted(allowed))}"
        )


GROUND = "{ground}"  # in a trigger pattern: ground follows (see _ground)
NOT_MODIFIER = "in|at|on|near|from|after|before|by|with|and|or|during|who|which|while|as|when|to|for"


def _ground(words_: str) -> str:
    """What "{ground}" stands for: a name right after the verb (or after "the"), or a word of
    ground (``words_``, the alternation of places.yaml ground_words) after up to six modifiers
    that are no preposition or conjunction ("captured the ruby-mining town"; not "captured two
    Ukrainian soldiers")."""
    modifiers = rf"(?:(?!(?:{NOT_MODIFIER})\b)[\w’'-]+\s+){{0,6}}"
    return rf"(?=\s+(?:the\s+)?(?-i:[A-Z])|\s+{modifiers}(?:{words_})\b)"


def _trigger(raw: Any, taxonomy: dict[str, tuple[str, ...]], ground: str = "") -> Trigger:
    entry = str(raw.get("id", "?")) if isinstance(raw, dict) else "?"
    _check_keys("triggers.yaml", entry, raw, TRIGGER_KEYS)
    for key in ("id", "pattern", "event_type", "sub_event_type"):
        if key not in raw:
            raise SitrepError(f"triggers.yaml: {entry}: '{key}' is missing")
    role = raw.get("role", "strong")
    if role not in ROLES:
        raise SitrepError(f"triggers.yaml: {entry}: role {role!r} is not one of {', '.join(ROLES)}")
    status = raw.get("status", "occurred")
    if status not in STATUSES:
        raise SitrepError(f"triggers.yaml: {entry}: status {status!r} is not one of {', '.join(STATUSES)}")
    trigger = Trigger(
        id=raw["id"], event_type=raw["event_type"],
        pattern=_compiled("triggers.yaml", entry, str(raw["pattern"]).replace(GROUND, ground), scans=True),
        sub_event_type=raw["sub_event_type"], default=raw.get("default", ""), role=role,
        placeless=bool(raw.get("placeless", False)), status=status, weight=float(raw.get("weight", 0.7)),
        reach=int(raw.get("reach", 120)), sides=bool(raw.get("sides", False)),
        takes_ground=GROUND in str(raw["pattern"]),
    )  # fmt: skip
    sub = trigger.default if trigger.sub_event_type == "by_weapon" else trigger.sub_event_type
    if sub not in taxonomy.get(trigger.event_type, ()):
        raise SitrepError(f"triggers.yaml: {entry}: {trigger.event_type}/{sub} is not in taxonomy.yaml")
    return trigger


def _triggers(directory: Path, taxonomy: dict[str, tuple[str, ...]], ground: str) -> tuple[Trigger, ...]:
    triggers = tuple(_trigger(raw, taxonomy, ground) for raw in _read(directory / "triggers.yaml"))
    ids = [t.id for t in triggers]
    doubled = sorted({i for i in ids if ids.count(i) > 1})
    if doubled:
        raise SitrepError(f"triggers.yaml: {', '.join(doubled)}: the id is used twice")
    missing = sorted(REQUIRED_TRIGGERS - set(ids))
    if missing:
        raise SitrepError(
            f"triggers.yaml: {', '.join(missing)}: the code refers to this trigger id, but the file lacks it"
        )
    return triggers


def _weapons(directory: Path) -> tuple[Weapon, ...]:
    weapons = []
    for raw in _read(directory / "weapons.yaml"):
        entry = str(raw.get("label", "?")) if isinstance(raw, dict) else "?"
        _check_keys("weapons.yaml", entry, raw, {"label", "pattern", "delivery"})
        weapons.append(
            Weapon(
                entry,
                _compiled("weapons.yaml", entry, raw.get("pattern"), scans=True),
                raw.get("delivery", ""),
            )
        )
    return tuple(weapons)


def _actors(directory: Path) -> tuple[tuple[Actor, ...], dict[str, Actor], re.Pattern[str]]:
    actor_file = _read(directory / "actors.yaml")
    nouns = {"military": actor_file["military_nouns"], "government": actor_file["government_nouns"]}
    actors = []
    for raw in actor_file["actors"]:
        entry = str(raw.get("name", "?")) if isinstance(raw, dict) else "?"
        _check_keys("actors.yaml", entry, raw, ACTOR_KEYS)
        if raw.get("kind") not in KIND_INTER:
            raise SitrepError(
                f"actors.yaml: {entry}: kind {raw.get('kind')!r} is not one of {', '.join(KIND_INTER)}"
            )
        # a demonym and each noun of its kind; the nouns that are also a force's proper name as a name is
        # capitalised too ("the Israeli Air Force", "the Nigerian Army")
        aliases = tuple(raw.get("aliases", ())) + tuple(
            dict.fromkeys(
                f"{d} {spelt}"
                for d in raw.get("demonyms", ())
                for n in nouns.get(raw["kind"], ())
                for spelt in ((n, n.title()) if n in PROPER_FORCE_NOUNS else (n,))
            )
        )
        actors.append(Actor(entry, raw["kind"], raw.get("country", ""), aliases,
                            tuple(raw.get("person_aliases", ())),
                            int(raw.get("inter", KIND_INTER[raw["kind"]]))))  # fmt: skip
    by_alias = {alias: actor for actor in reversed(actors) for alias in actor.aliases}
    return tuple(actors), by_alias, _head_of_state(actor_file.get("head_of_state_titles"))


# Force nouns that are also the proper name of a state's service ("the Israeli Air Force"): matched as
# written and capitalised (every noun capitalised would double the alternation the text is scanned with).
PROPER_FORCE_NOUNS = {"air force", "armed forces", "army", "navy", "military", "special forces",
                      "air defence", "air defences", "air defenses", "marines", "infantry"}  # fmt: skip


def _head_of_state(titles: Any) -> re.Pattern[str]:
    """A head of state or government named by title ("President William Ruto"; no "Vice
    President"), not as the one who tells of it ("..., President Tinubu said")."""
    if not isinstance(titles, list) or not titles:
        raise SitrepError("actors.yaml: head_of_state_titles: expected a non-empty list of titles")
    alternation = _alternation_of("actors.yaml", "head_of_state_titles", titles)
    return re.compile(
        rf"(?<!Vice )\b(?:{alternation})\s+[A-Z]"
        r"(?![\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+(?:said|says|told|tells|announced|stated)\b)"
    )


ACTOR_TYPE_FILE_KEYS = {"people", "violence_done", "armed_heads", "not_names", "pronouns", "former", "types",
                        "accused_of", "linked_to", "crowd_subjects"}  # fmt: skip


def _word_alternation(file: str, key: str, raw: Any) -> str:
    """A non-empty list of words (or patterns) joined as one alternation, each space any run of spaces;
    a bad entry is named."""
    if not isinstance(raw, list) or not raw or not all(isinstance(w, str) and w for w in raw):
        raise SitrepError(f"{file}: {key}: expected a non-empty list of words, not {raw!r:.60}")
    return _alternation_of(file, key, [w.replace(" ", r"\s+") for w in raw])


def _actor_types(directory: Path) -> tuple[dict[str, ActorType], dict[str, str]]:
    raw_file = _read(directory / "actor_types.yaml")
    _check_keys("actor_types.yaml", "(file)", raw_file, ACTOR_TYPE_FILE_KEYS)
    if missing := sorted(ACTOR_TYPE_FILE_KEYS - set(raw_file)):
        raise SitrepError(f"actor_types.yaml: (file): missing key(s) {', '.join(missing)}")
    raw_types = raw_file["types"]
    types, by_word = {}, {}
    for key, raw in raw_types.items():
        _check_keys("actor_types.yaml", key, raw, {"inter", "label", "words"})
        types[key] = ActorType(key, int(raw["inter"]), raw["label"])
        for word in raw["words"]:
            if str(word).lower() in by_word:
                raise SitrepError(
                    f"actor_types.yaml: {key}: '{word}' is listed under {by_word[str(word).lower()]} too"
                )
            by_word[str(word).lower()] = key
    return types, by_word


def _people(directory: Path) -> dict[str, Any]:
    """actor_types.yaml's nouns of people of no actor type and the verbs of violence that fall on them
    (each a whole word, any case); its armed head nouns and the capitalised words that are no name."""
    raw = _read(directory / "actor_types.yaml")
    crowd = _word_alternation("actor_types.yaml", "crowd_subjects", raw["crowd_subjects"])
    return {
        "people_pattern": words(_alternation([str(w) for w in raw["people"]])),
        "violence_done": words(_alternation([str(w) for w in raw["violence_done"]])),
        "armed_heads": tuple(str(w) for w in raw["armed_heads"]),
        "not_names": tuple(str(w) for w in raw["not_names"]),
        "pronouns": frozenset(str(w).lower() for w in raw["pronouns"]),
        "former": re.compile(
            rf"\b(?:{_alternation([str(w) for w in raw['former']])})[\s-]+(?:(?-i:[a-z])[\w-]*\s+)?$", re.I
        ),
        # "accused of supporting (the PDF)", "on suspicion of links to (Al Shabaab)", "suspected of
        # collaborating with (the army)": up to four words after "of", up to two after "with" or "to"
        "accused_before": re.compile(
            rf"\b(?:{_word_alternation('actor_types.yaml', 'accused_of', raw['accused_of'])})\s+of\s+"
            r"(?:[\w'’-]+\s+){0,4}$|"
            rf"\b(?:{_word_alternation('actor_types.yaml', 'linked_to', raw['linked_to'])})\s+(?:with|to)\s+"
            r"(?:the\s+)?(?:[\w'’-]+\s+){0,2}$",
            re.I,
        ),
        "crowd_subject": re.compile(rf"\s*(?:They|The\s+(?:{crowd}))\b"),
    }


# The modality patterns read on the text with its times blanked (events.extraction.modality,
# _factual): "since the 2021 coup" reads "since the      coup" there.
READ_BLANKED = {
    "hypothetical",
    "hypothetical_adjective",
    "negation",
    "governing",
    "denial",
    "denial_governing",
    "background",
}


def _blank_tolerant(pattern: Any) -> Any:
    """A pattern whose spaces stand for any run of spaces (a blanked time leaves one), but in
    its look-behinds, which must keep their width."""
    if not isinstance(pattern, str):
        return pattern  # _compiled names the error
    parts = re.split(r"(\(\?<[!=][^()]*\))", pattern)
    return "".join(p if p.startswith("(?<") else p.replace(" ?", r"\s*").replace(" ", r"\s+") for p in parts)


def _earlier_shape(words: str) -> str:
    """The text before an earlier event's noun, for these opening words: "after the Inata attack",
    "following more than a week of the worst border fighting", "in response to repeated missile
    attacks", and "days after deadly clashes disrupted a funeral march" (a time measured from it)."""
    return (rf"(?:\b(?:{words})\s+"
            r"(?:(?:(?:more\s+than|nearly|almost|over)\s+)?(?:a|an|one|two|three|four|five|several|\d+)\s+"
            r"(?:days?|weeks?|months?|years?)\s+of\s+(?:the\s+)?|"
            r"(?:the|a|an|this|that|last\s+\w+[’']s|[A-Z][\w-]*[’']s|repeated|recent|previous|"
            r"earlier)\s+)"
            r"|\b(?:hours|days|weeks|months|a\s+(?:day|week|month))\s+after\s+)")  # fmt: skip


def _modality(directory: Path) -> dict[str, Any]:
    modality = _read(directory / "modality.yaml")
    known = {"hypothetical", "hypothetical_adjective", "negation", "governing", "claim", "denial",
             "attribution", "background", "telling", "denial_governing", "claimed_tally_cap", "recent_days",
             "another_incident", "earlier_event", "ensuing", "told_in", "reaction", "intercepted",
             "labour_strike", "labour_context", "strike_words", "campaign_nouns", "campaign_begun",
             "retelling", "grievance", "put_off", "took_place", "mourning", "topic", "ending", "aim",
             "framing", "stalled", "forecast", "invited_to", "accident"}  # fmt: skip
    _check_keys("modality.yaml", "(file)", modality, known | HABIT_KEYS | CLAUSE_WORD_KEYS)
    cap = modality.get("claimed_tally_cap")
    if cap is not None and (not isinstance(cap, int) or isinstance(cap, bool) or cap < 0):
        raise SitrepError(f"modality.yaml: claimed_tally_cap must be a whole number, not {cap!r}")
    days = modality.get("recent_days")
    if not isinstance(days, int) or isinstance(days, bool) or days < 1:
        raise SitrepError(f"modality.yaml: recent_days must be a whole number of days, not {days!r}")
    patterns = {k: _compiled("modality.yaml", k, _blank_tolerant(modality.get(k)) if k in READ_BLANKED
                             else modality.get(k))
                for k in known - {"claimed_tally_cap", "recent_days"}}  # fmt: skip
    # the word lists, checked above, inside the clause shapes they are read in
    # "after the Inata attack", "following more than a week of the worst border fighting", "in
    # response to repeated missile attacks"
    earlier_words = patterns["earlier_event"].pattern
    earlier = _earlier_shape(f"{earlier_words}|{patterns['mourning'].pattern}")
    patterns["earlier_event"] = re.compile(earlier + r"(?:[\w'’-]+\s+){0,3}$")
    # (their article is the cue's, no determiner of the event: "in the wake of an attack")
    patterns["earlier_cue"] = re.compile(rf"\b(?:{earlier_words}|{patterns['mourning'].pattern})\s+")
    patterns["earlier_event_told"] = re.compile(
        earlier + r"(?:[\w'’-]+\s+){0,3}[\w'’-]+"
        r"(?:,\s+(?:(?:in|during)\s+which|which|that|when|who)|\s+(?:that|who|which))\s+(?:[\w'’-]+\s+){0,6}$"
    )
    # "the first such meeting since a heated Oval Office clash ... on Feb. 28": the earlier
    # event's time, what the clause is measured from, never the clause's own
    # (not a mourning's: "gathered to mourn a slain activist in Conakry on Sunday" is the gathering's day)
    timed = _earlier_shape(earlier_words)
    patterns["earlier_event_time"] = re.compile(timed + r"[^,;:.!?]{0,120}?(?:\s+on)?\s*$")
    telling = patterns["telling"].pattern
    told_in = patterns["told_in"].pattern
    patterns["told_in"] = re.compile(
        rf"\b(?:{telling})\s+in\s+an?\s+(?:{told_in})(?:\s+[a-z]+)?\s+(?:in|from)\s+$"
    )
    # a clause that opens with where someone spoke: "In remarks to local media in the capital",
    # "Speaking to reporters in", "At a press conference in"; or one set off after its speaker
    # ("President Zelensky, speaking in Kyiv, called for ...")
    patterns["spoke_in"] = re.compile(
        rf"(?:^|[.\n]\s*|,\s+(?=speaking\b))(?:In\s+(?:an?\s+)?(?i:remarks|comments|{told_in})|[Ss]peaking|"
        rf"At\s+an?\s+(?i:{told_in})|"
        r"Addressing\s+(?:reporters|journalists|the\s+media))\b[^,.;]{0,50}?\s+in\s+(?:the\s+)?(?:capital,?\s+)?$"
        # or a telling to the press anywhere ("The governor told reporters in Bamenda that ..."): where it was
        rf"|\b(?:{telling})\s+(?:to\s+)?(?:the\s+)?(?:(?:local|foreign|visiting|state)\s+)?"
        r"(?:reporters|journalists|newsmen|press|media)\s+(?:(?:on\s+)?[A-Z][a-z]+day\s+)?(?:in|at)\s+(?:the\s+)?"
        r"(?:(?:regional|provincial|state)\s+)?(?:capital,?\s+)?$"
    )
    # a verb of telling and the one told ("told Reuters", "told the Al Hadath television channel",
    # "residents reached"), before the means: "he said by phone"
    # (no verb of a call between them: "said Putin and Trump spoke by phone" is a call)
    patterns["told_by"] = re.compile(
        rf"\b(?:{telling}|reached|contacted|interviewed)\b"
        r"(?:\s+(?!(?:spoke|speaks|talked|talks|held|holds|had|has|have)\b)[\w.’'-]+){0,6}\s*$",
        re.I,
    )
    patterns["reaction"] = re.compile(
        rf"\b(?i:{patterns['reaction'].pattern})\s+(?i:the|this|that|these|those|such|its|their|"
        rf"[A-Z][\w-]*[’']s)\s+(?:(?!(?i:in|at|on|with|during|through|by|near)\b)[\w'’-]+\s+){{0,3}}$"
    )  # no preposition between the determiner and the event word: "denounced the killings in a march"
    patterns["ensuing"] = re.compile(rf"\b(?:{patterns['ensuing'].pattern})\s+(?:[a-z-]+\s+)?$", re.I)
    # what a weapon word's clause is read for (events.extraction.factuality), on the text as
    # written: what was shot down, a labour strike ("a general strike"), a word that tells a strike
    grievance = modality["grievance"].replace(" ", r"\s+")
    # then a noun phrase of up to eight words, no verb or clause word in it
    phrase = r"(?:(?!(?:was|were|is|are|had|has|have|been|and|but|who|which|when|then)\b)[\w'’-]+\s+){0,8}"
    patterns["grievance"] = re.compile(rf"\b(?:{grievance})\s+{phrase}$", re.I)
    patterns["grievance_cue"] = re.compile(rf"\b(?:{grievance})\s+{phrase}", re.I)
    # what was talked about ("exchanged views on the outcome of the talks held in Istanbul"), up to
    # the event word within its clause
    patterns["topic"] = re.compile(rf"\b({modality['topic']})\b[^.;:!?]{{0,120}}$", re.I)
    patterns["framing"] = re.compile(rf"\b(?:{modality['framing']})\b", re.I)
    # a talk's state told after its noun, within its clause ("talks between ... remain deadlocked")
    patterns["stalled"] = re.compile(
        rf"[^.;:!?]{{0,100}}?\b(?:(?:have|has|had)\s+(?:been\s+)?|(?:remain|remains|remained|are|were|is|was)\s+)?"
        rf"(?:(?:largely|effectively|again|now|still)\s+)?(?:{modality['stalled']})\b",
        re.I,
    )
    # an event's noun, a few words, and "is possible", "are likely": a forecast of it (its clause's own)
    patterns["forecast"] = re.compile(
        rf"(?:\s+[\w'’-]+){{0,3}}?\s+(?:is|are|remains?|seems?)\s+(?:still\s+|also\s+|now\s+)?"
        rf"(?:{modality['forecast']})\b(?!\s+to\b)",
        re.I,
    )
    # the aim of ending the violence named next ("agreed to end the (fighting)"): a few words before it
    aims = f"{modality['aim']}|{modality['ending']}"
    patterns["ending"] = re.compile(rf"\b(?:{aims})\s+(?:the\s+|all\s+|this\s+|their\s+)?"
                                    r"(?:[\w-]+\s+){0,2}$", re.I)  # fmt: skip
    # (its noun and what hangs on it, "possible patients with gunshot (wounds)"; not past a preposition
    # that opens the clause's own adverbial, "a potential peace treaty in a phone (call)")
    patterns["hypothetical_np"] = re.compile(
        rf"(?:{patterns['hypothetical_adjective'].pattern})"
        r"(?:\s+(?!(?:in|during|by|over|at|on|via|through|and|but|while|as)\b)[\w'’-]+){0,4}\s*$",
        re.I,
    )
    patterns["aim"] = re.compile(rf"\b(?:{modality['aim']})\b", re.I)
    patterns["intercepted"] = re.compile(rf"\b(?:{modality['intercepted']})\b", re.I)
    patterns["labour_strike"] = re.compile(rf"\b(?:{modality['labour_strike']})\s+$", re.I)
    patterns["labour_context"] = re.compile(
        rf"\b(?:{modality['labour_strike']}|{modality['labour_context']})\b", re.I
    )
    patterns["strike_words"] = re.compile(rf"(?i:{modality['strike_words']})")  # the whole event word
    # a campaign's beginning told with its time ("The offensive was launched on Wednesday"): the
    # campaign's noun (or its plural), up to four words, the verb, up to two words, the time
    patterns["campaign_begun"] = re.compile(
        rf"\b(?:{modality['campaign_nouns']})s?\s+(?:[\w-]+\s+){{0,4}}?(?:was |were |had been |has been )?"
        rf"(?:{modality['campaign_begun']})\s+(?:[\w-]+\s+){{0,2}}$",
        re.I,
    )
    del patterns["campaign_nouns"]  # read in campaign_begun
    put_off = modality["put_off"].replace(" ", r"\s+")
    invited = modality["invited_to"].replace(" ", r"\s+")
    patterns["put_off_before"] = re.compile(
        rf"\b(?:{put_off})\s+$|\b(?:{invited})\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.I
    )
    del patterns["invited_to"]  # read in put_off_before
    patterns["put_off_after"] = re.compile(
        rf"(?:[\w'’-]+\s+)?(?:is|are|was|were|(?:has|have|had)\s+been)\s+(?:{put_off})\b", re.I
    )
    del patterns["put_off"]  # read in put_off_before and put_off_after
    took_place = modality["took_place"].replace(" ", r"\s+")
    patterns["took_place"] = re.compile(rf"\b(?:{took_place})\b", re.I)
    return {**patterns, **_habits(modality), **_clause_words(modality), "claimed_tally_cap": cap,
            "recent_days": days}  # fmt: skip


# modality.yaml's word lists of habits and kinds (_habits)
HABIT_KEYS = {"irregular_past", "habit_adverbs", "plural_endings", "relative_pronouns", "bare_subject_not",
              "generic_copulas", "generic_subject_prepositions", "generic_adverbs", "trend_apart",
              "latest_of"}  # fmt: skip


def _habits(modality: dict[str, Any]) -> dict[str, re.Pattern[str]]:
    """The patterns a clause is read with for a habit or a kind of event told (events.extraction.background:
    habitual_present, kind_described, told_beside_a_trend), from modality.yaml's word lists."""
    lists = {key: _word_alternation("modality.yaml", key, modality.get(key)) for key in sorted(HABIT_KEYS)}
    return {
        # (not "attacks", "attacked", "attacking": a noun's plural or another tense; nor an irregular past,
        # "insurgents shot two farmers", nor a form the past shares, "soldiers hit a camp")
        "bare_verb": re.compile(rf"(?!(?:{lists['irregular_past']})$)[a-z]+(?<!s)(?<!ed)(?<!ing)"),
        "plural_subject": re.compile(rf"(?:[a-z]{{2,}}(?<!s)s|{lists['plural_endings']})$", re.I),
        "present_gap": re.compile(rf"\s+(?:(?:{lists['habit_adverbs']}|[a-z]+ly)\s+)?"),
        # a singular subject's present ("ISWAP also attacks"), told as a habit by its adverb
        "singular_verb": re.compile(rf"(?!(?:{lists['irregular_past']})$)[a-z]+(?<![su])s"),
        "adverb_gap": re.compile(rf"\s+(?:{lists['habit_adverbs']}|[a-z]+ly)\s+"),
        # a relative clause after its subject ("The herders, who attack farmers")
        "relative_gap": re.compile(
            rf"\s*,?\s*(?:{lists['relative_pronouns']})\s+(?:(?:{lists['habit_adverbs']}|[a-z]+ly)\s+)?"
        ),
        "bare_opening": re.compile(
            rf"\s*(?:(?!(?:{lists['bare_subject_not']})\b)[A-Za-z-]+\s+){{0,2}}", re.I
        ),
        # the subject's rest ("for ransom", "on convoys in the north"), a present copula, an indefinite noun
        "generic_predicate": re.compile(
            rf"(?:\s+(?:{lists['generic_subject_prepositions']})\b[^,.;:]{{0,80}}?)?\s+"
            rf"(?:{lists['generic_copulas']})\s+(?:(?:{lists['generic_adverbs']})\s+)?(?:a|an)\s",
            re.I,
        ),
        "trend_apart": re.compile(rf",|\b(?:{lists['trend_apart']})\b"),
        "latest_of": re.compile(rf"\bin\s+(?:the|its|their)\s+(?:{lists['latest_of']})\b", re.I),
    }


# modality.yaml's word lists read around an event word (_clause_words)
CLAUSE_WORD_KEYS = {"fleeing", "harm_heard", "reacted", "press_outlets", "press_kinds", "seeking",
                    "sought_haste", "arrest_verbs", "raid_words", "crowd_dispersed", "conceding",
                    "setting_openers"}  # fmt: skip


def _clause_words(modality: dict[str, Any]) -> dict[str, re.Pattern[str]]:
    """The patterns of the factual filter's word lists (events.extraction.factuality, background and
    talks), from modality.yaml."""
    lists = {
        key: _word_alternation("modality.yaml", key, modality.get(key)) for key in sorted(CLAUSE_WORD_KEYS)
    }
    return {
        "fleeing": re.compile(rf"\b(?:{lists['fleeing']})\b", re.I),
        "harm_heard": re.compile(rf"\b(?:{lists['harm_heard']})\b", re.I),
        "reacted_after": re.compile(
            rf"s?\s+(?:was|were|has\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:{lists['reacted']})\b", re.I
        ),
        "to_the_press": re.compile(
            rf"\s+(?:to|with)\s+(?:the\s+)?(?:{lists['press_outlets']}|"
            rf"(?:[\w.-]+\s+){{0,3}}(?:{lists['press_kinds']}))\b",
            re.I,
        ),
        "sought": re.compile(
            rf"\b(?:{lists['seeking']})\s+(?:the\s+|an?\s+)?(?:(?:{lists['sought_haste']})\s+)?$", re.I
        ),
        "arrested_in": re.compile(
            rf"\b(?:{lists['arrest_verbs']})\s+(?:[\w-]+\s+){{0,3}}?"
            rf"(?:in|during)\s+(?:(?:{lists['raid_words']})\s+)*$",
            re.I,
        ),
        "dispersed": re.compile(rf"\b(?:{lists['crowd_dispersed']})", re.I),
        # (up to the opening phrase's comma)
        "conceding_opening": re.compile(rf"\s*(?:{lists['conceding']})\b[^,;:.!?]*,"),
        "setting_opening": re.compile(
            rf"\s*(?:{lists['conceding']}|{lists['setting_openers']})\b[^,;:.!?]*,"
        ),
    }


def build_lexicon(directory: Path = LEXICON_DIR) -> Lexicon:
    """Read and check every lexicon file; errors name the file and entry."""
    taxonomy = read_taxonomy(directory / "taxonomy.yaml")
    actors, by_alias, head_of_state = _actors(directory)
    persons = [p for actor in actors for p in actor.person_aliases]
    actor_types, described = _actor_types(directory)
    places = _place_words(directory)  # checks places.yaml, ground_words with the rest
    return Lexicon(
        taxonomy=taxonomy,
        triggers=_triggers(directory, taxonomy, places.ground),
        weapons=_weapons(directory),
        actors=actors,
        actor_pattern=_listed_words(list(by_alias), flags=0),
        actor_by_alias=by_alias,
        actor_by_name={alias.lower(): actor for alias, actor in by_alias.items()},
        person_pattern=words(_alternation(persons), flags=0) if persons else None,
        head_of_state=head_of_state,
        actor_types=actor_types,
        described_pattern=_listed_words(list(described)),
        described_type=described,
        **_people(directory),
        **_modality(directory),
        function_words=_word_list(directory / "function_words.txt"),
        places=places,
        casualties=casualty_words(directory),
        **_holidays(directory),
        **_note_labels(directory, taxonomy),
    )


def _note_labels(directory: Path, taxonomy: dict[str, tuple[str, ...]]) -> dict[str, Any]:
    raw = _read(directory / "note_labels.yaml")
    _check_keys("note_labels.yaml", "(file)", raw, {"labels"})
    labels = raw.get("labels")
    if not isinstance(labels, dict) or not labels:
        raise SitrepError("note_labels.yaml: labels: expected a mapping of labels to classes")
    classes = {}
    for label, name in labels.items():
        kind, _, sub = str(name).partition("::")
        if sub not in taxonomy.get(kind, ()):
            raise SitrepError(
                f"note_labels.yaml: {label}: {name!r} is not 'Event type::Sub-event type' of taxonomy.yaml"
            )
        classes[str(label).lower()] = str(name)
    # (as ACLED's notes go on: a date, "On 3 May 2020", "Around 9 May", "On or about October 8"; not a
    # headline's "Strikes: Israeli jets pound Gaza City", nor "Strikes: In Gaza City overnight, 14 ...")
    months = "|".join(sorted(MONTHS, key=len, reverse=True))  # (timex's: names and abbreviations)
    pattern = re.compile(
        rf"\s*({_alternation(list(labels))})\s*:\s+(?=(?:(?:On|Around|Between|Sometime|As\s+of|During|In|Overnight)"
        rf"\s+(?:(?-i:[a-z]+)\s+){{0,3}})?(?:\d|(?:{months})\b))",
        re.I,
    )
    return {"note_label": pattern, "note_label_class": classes}


def _holidays(directory: Path) -> dict[str, Any]:
    raw = _read(directory / "holidays.yaml")
    _check_keys("holidays.yaml", "(file)", raw, {"fixed", "movable"})
    fixed = []
    for entry in raw.get("fixed") or []:
        name = str(entry.get("name", "?")) if isinstance(entry, dict) else "?"
        _check_keys("holidays.yaml", name, entry, {"name", "month", "day"})
        try:
            dt.date(2000, int(entry["month"]), int(entry["day"]))
        except (KeyError, TypeError, ValueError) as exc:
            raise SitrepError(f"holidays.yaml: {name}: month and day must make a date ({exc})") from exc
        fixed.append(
            (_compiled("holidays.yaml", name, name, flags=0), int(entry["month"]), int(entry["day"]))
        )
    movable = _alternation_of("holidays.yaml", "movable", raw.get("movable") or ["(?!x)x"])
    return {"holidays": tuple(fixed), "movable_holidays": words(movable, flags=0)}


def casualty_words(directory: Path = LEXICON_DIR) -> CasualtyWords:
    raw = _read(directory / "casualties.yaml")
    _check_keys("casualties.yaml", "(file)", raw, set(CASUALTY_KEYS))
    alternations = {}
    for key in CASUALTY_KEYS:
        words_ = raw.get(key)
        if not isinstance(words_, list) or not words_:
            raise SitrepError(f"casualties.yaml: {key}: expected a non-empty list of words")
        if key in CASUALTY_LOOKBEHINDS:
            _check_plain_words("casualties.yaml", key, words_)
        alternations[key] = "(?:" + _alternation_of("casualties.yaml", key, words_) + ")"
    return CasualtyWords(**alternations)


def _check_plain_words(file: str, key: str, words_: list[Any]) -> None:
    """Words each read as a fixed-width lookbehind: letters only; a bad one is named."""
    for word in words_:
        if not PLAIN_WORD.fullmatch(str(word)):
            raise SitrepError(f"{file}: {key}: {word}: expected a plain word (each is read as a lookbehind)")


PLACE_KEYS = {"scene_words", "weak_scene_words", "scene_modifiers", "not_scene_words", "destination_words",
              "route_words", "road_words", "treated_words", "capital_institutions", "settlement_words",
              "area_words", "anaphor_heads", "arabic_articles", "seat_words", "title_words", "ground_words",
              "cause_words", "setting_words", "owner_nouns", "people_nouns", "town_part_words",
              "heading_words", "village_words", "office_words", "street_words",
              "first_level_words"}  # fmt: skip
NAME = r"[A-Z][\w'’-]+"
PLACE_NAME = r"[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2}"  # up to three capitalised words


def _place_words(directory: Path) -> PlaceWords:
    raw = _read(directory / "places.yaml")
    _check_keys("places.yaml", "(file)", raw, PLACE_KEYS)
    lists = {}
    for key in sorted(PLACE_KEYS):
        words_ = raw.get(key)
        if not isinstance(words_, list) or not words_:
            raise SitrepError(f"places.yaml: {key}: expected a non-empty list of words")
        lists[key] = _alternation_of("places.yaml", key, words_)
    weak = set(raw["weak_scene_words"])
    unknown = [w for w in raw["scene_words"] if w not in weak]
    if set(weak) - set(raw["scene_words"]):
        raise SitrepError(
            f"places.yaml: weak_scene_words: {sorted(weak - set(raw['scene_words']))} are not scene_words"
        )
    scene, modifiers = lists["scene_words"], lists["scene_modifiers"]
    settlement = lists["village_words"] + "|" + lists["settlement_words"]
    area, article = lists["area_words"], lists["arabic_articles"]
    english = _word_list(directory / "function_words.txt")
    spaced = [a for a in article.split("|") if a not in english]
    # a possessive ends a name ("Cameroon's English-speaking Southwest" is no one place's name;
    # the name is "Cameroon"), an apostrophe inside it does not ("N'Djamena")
    word = r"(?:[\w-]|['’](?![sS]\b))+"
    name = rf"(?P<place>[A-Z]{word}(?:[ -](?:[A-Z]|(?i:{article})-){word}){{0,2}})"
    # (its second word no area word's: "Jibia Local Government Area" is Jibia with its kind)
    region = rf"{NAME}(?:[ -](?!(?i:{area})\b){NAME})?"
    # the kinds of settlement and area, in the singular or the plural ("the border towns of", "villages in")
    kinds = rf"(?:{settlement}|{area}|cit(?:y|ies)|localit(?:y|ies)|communit(?:y|ies))(?:s|es)?"
    # a name in a list: up to three capitalised words, each perhaps set on by an Arabic article ("Rashaya
    # al-Fokhar", "al-Naqoura")
    item = rf"(?:(?i:{article})-)?[A-Z]{word}(?:[ -](?:(?i:{article})-)?[A-Z]{word}){{0,2}}"
    # "the Somali capital", "the Borno state capital", "the provincial capital" (then, perhaps, a comma)
    capital = r"(?:[A-Z][\w-]*\s+)?(?i:(?:state|provincial|regional|district)\s+)?(?i:capital),?"
    return PlaceWords(
        # "in X", "in the occupied city of X", and a head named in apposition: "in Mali's capital, X",
        # "in the Somali capital, X"
        locative=re.compile(
            # "in Khyber Pakhtunkhwa's (KP) Kurram district": a possessive of up to three names
            rf"(?i:\b(?:{scene})\s+)(?:(?:(?:[A-Z][\w-]*\s+){{0,2}}[A-Z][\w-]*[’']s(?:\s+\([A-Z]{{2,6}}\))?"
            r"|(?i:country|nation)[’']s"  # "in the country's northern Kunduz province"
            rf"|(?i:{modifiers}|{settlement}|{area})|{capital}"
            r"|[A-Z][a-z]+-(?:dominated|majority|populated))"  # "in Kuki-dominated Churachandpur"
            rf"\s+){{0,4}}(?:{capital}\s+|(?i:{settlement}|{area}),\s+)?$"
        ),
        not_locative=re.compile(rf"\b(?:{lists['not_scene_words']})\s+(?:the\s+)?$", re.I),
        # "from the departments of X", "from the large farming state of X": where people came from;
        # "withdrew from the town of X",
        # "fighting was reported from the town of X" tell a scene
        origin=re.compile(
            r"(?<![\w-])(?P<verb>(?:withdr[ae]wn?|retreated|evacuated|pulled\s+out|expelled|ousted|drove|driven|"
            r"pushed|reported)(?:\s+[\w-]+){0,4}?\s+)?"
            rf"from\s+(?:(?:the\s+)?(?:(?-i:[a-z][\w-]*)\s+){{0,3}}?(?:{settlement}|{area})(?:s|es)?\s+of\s+(?:the\s+)?"
            # where fire came from ("shelled Nikopol from positions in Enerhodar", "from their bases in")
            r"|(?:(?:its|their|the)\s+)?(?:(?-i:[a-z][\w-]*)\s+){0,2}?(?:positions?|bases?)\s+(?:in|near|around)\s+"
            r"(?:the\s+)?)$",
            re.I,
        ),
        # the object, then "to" and where: articles, modifiers, kinds of place, hospitals and camps
        destination=re.compile(
            rf"\b(?:{lists['destination_words']})\s+(?:[\w-]+\s+){{0,4}}?(?:to|toward|towards|into)\s+"
            rf"(?:(?:{modifiers}|{settlement}|{area}|(?-i:[a-z]+ly)|coastal|rural|hospitals?|clinics?|camps?|of|in|at)\s+){{0,5}}$",
            re.I,
        ),
        route=re.compile(
            rf"\b(?:{lists['route_words']})\s+(?:[\w-]+\s+){{0,4}}?(?:to|toward|towards|into)\s+"
            rf"(?:(?:{modifiers}|{settlement}|{area}|(?-i:[a-z]+ly)|of|in|at)\s+){{0,5}}$",
            re.I,
        ),
        road_to=re.compile(
            rf"\b(?:{lists['road_words']})\s+(?:that\s+|which\s+)?(?:leads?|leading|linking\s+[\w\s]{{1,30}}?|"
            rf"runs?|running|goes|going)\s+(?:to|toward|towards|into)\s+(?:the\s+)?(?:(?:{settlement})\s+of\s+)?$",
            re.I,
        ),
        # the verb, then "in" or "at" a hospital, then "in" and where
        treated=re.compile(
            rf"\b(?:{lists['treated_words']})\s+(?:[\w-]+\s+){{0,3}}?(?:in|at|to)\s+"
            rf"(?:(?:the|a|an|{modifiers}|main|provincial|district|regional|general|military|referral|private|"
            r"public|government|local|civil|city|state|field|teaching|trauma)\s+)*"
            r"(?:hospitals?|clinics?|health\s+(?:centres?|centers?|units?|facilit(?:y|ies))|medical\s+(?:centres?|centers?))"
            rf"\s+(?:in|of|at)\s+(?:the\s+)?(?:(?:provincial|regional|state|district)\s+)?(?:capital,?\s+|"
            rf"(?:{settlement})\s+of\s+)?$",
            re.I,
        ),
        treated_at=re.compile(
            rf"\b(?:{lists['treated_words']})\s+(?:[\w-]+\s+){{0,3}}?(?:in|at)\s+(?:the\s+)?$", re.I
        ),
        # where: a word of place before it, then the nation's own ("near Georgia's parliament", "stormed
        # the national assembly"; not "a member of parliament", "the Congress party", "the US Congress")
        capital_institution=re.compile(
            r"\b(?i:near|outside|inside|into|around|at|in\s+front\s+of|stormed|storming|besieged|surrounded|"
            r"approach(?:ed|ing)?|towards?|march(?:ed|ing)?\s+(?:on|to))\s+"
            rf"(?i:the\s+)?(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s\s+)?"
            # (how it stood: "the heavily barricaded parliament", "the fortified presidency")
            rf"(?:[a-z]+ly\s+)?(?:[a-z]+ed\s+)?(?i:{lists['capital_institutions']})\b"
            r"(?!\s+(?i:party|candidate|member|election))"
        ),
        anaphor=re.compile(
            rf"\b(?:in|across|of|for|within|over|near|around)\s+the\s+({lists['anaphor_heads']})\b"
            r"(?!\s+of\s+(?-i:[A-Z]))",  # "the village of Nacotuco" names a place: no anaphor
            re.I,
        ),
        town_part=re.compile(rf"\b(?:{lists['town_part_words']})\b", re.I),
        village=re.compile(rf"\b(?:{lists['village_words']})(?:s|ies)?\b", re.I),
        unknown_with_region=re.compile(
            rf"(?i:\b(?:{scene})\s+)(?:the\s+)?(?:(?i:{settlement})\s+of\s+)?{name}"
            # "in Dama village under Sabon Birni": under the division that runs it
            # ", a town in the Aguililla region of ...": an appositive that says where it lies
            # "Sherpur upazila of Bogura": a division of the region named after it
            rf"(?:\s+(?i:{settlement}))?(?:,\s+(?:a\s+(?i:{settlement})\s+in\s+(?:the\s+)?)?|\s+\(|"
            rf"\s+(?:in|under)\s+(?:the\s+)?(?:(?i:rural|remote|urban|downtown|central|{COMPASS}(?:ern)?)\s+)?|"
            rf"\s+(?i:{area})\s+of\s+(?:the\s+)?)"
            rf"(?P<region>{region})"
            rf"(?:\s+(?P<area>(?i:{area})))?(?:,\s*(?P<region2>{region})\))?"
        ),
        unknown_place=re.compile(
            # "in the north of Taze Township": the part of a place, told by its bearing
            rf"(?i:\b(?:{'|'.join(unknown)})\s+)(?:the\s+(?i:{COMPASS})\s+of\s+(?:the\s+)?|the\s+)?"
            # ("shelled the border town of Mays al-Jabal", "the remote mountain village of X": words that
            # describe the settlement before its kind)
            rf"(?:(?i:nearby|neighbou?ring|{COMPASS}(?:ern)?)\s+)?"
            rf"(?:(?:[a-z][\w-]*\s+){{0,2}}?(?i:{settlement}|{area})\s+of\s+)?{name}"
        ),
        # a list of names after a scene word, or after "the villages of" (never after any "of":
        # "the Deputy Commissioner of Administration and Finance" lists no places)
        place_list=re.compile(
            rf"(?i:\b(?:in|near|around|at|outside)\s+|\b(?:{settlement}|{area})(?:s|es)?\s+of\s+)(?:the\s+)?"
            rf"(?P<list>{PLACE_NAME}(?:(?:,\s*|,?\s+and\s+){PLACE_NAME})+)"
        ),
        list_item=re.compile(item),
        # (not "or": "in Ndoluma, Kanyambi or Kirumba" tells one place, which the source does not know)
        coordinated=re.compile(rf"{item}(?:,\s*{item})*,?\s+(?:and|&)\s+{item}"),
        list_opening=re.compile(
            rf"\b(?i:{kinds}),?\s+(?i:of|in|at|including|such\s+as|namely)\s+(?i:the\s+)?$"
        ),
        list_kind=re.compile(rf"\s+(?i:{kinds})\b"),
        area_before_list=re.compile(
            rf"['’]s\s+|(?:['’]s)?(?:\s*,\s*(?i:the\s+)?|\s+)(?:[a-z][\w-]*\s+){{0,2}}?(?i:{kinds})\s+"
            r"(?i:of|in|at)\s+(?i:the\s+)?"
        ),
        area_after_list=re.compile(
            rf"(?:\s+(?i:{kinds}))?(?:\s+(?:in|of|under|within)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){{0,2}}?|"
            r"\s*,\s*|\s*\(\s*)"
        ),
        title=re.compile(
            rf"\b(?:{lists['title_words']})\s+of\s+(?:the\s+)?(?:(?:{settlement}|{area})\s+of\s+)?$", re.I
        ),
        titled=re.compile(rf"(?:{lists['title_words']})\s", re.I),
        seat=re.compile(rf"\b(?:{lists['seat_words']})\s+(?:in|at|of|based\s+in)\s+(?:the\s+)?$", re.I),
        # ", a (small border) town in (the south of)": lower-case words only, up to the next name
        # or ", (just) east of": where the place lies, told from the next ("Bani Suheila, east of Khan
        # Younis")
        # "the Llano Grande area in the municipality of Coatepec Harinas": the division holding the place
        # (", in the municipality of", "of the port city of": "in the town of X, in the municipality of Y",
        # "in Zabid District of the port city of Hodeidah")
        division_of=re.compile(
            rf"(?:\s+(?:{settlement}|{area}))?,?\s+(?:in|of)\s+the\s+(?:[a-z]+\s+){{0,2}}?(?:{settlement}|{area})"
            r"\s+of\s+",
            re.I,
        ),
        # ", a small village about five kilometres (three miles) west of ": an appositive that measures
        # the name before it from the name after it (relation_before reads the measure), the name's kind
        # word perhaps between ("Alamada village, about 20 km northwest of")
        measured_gap=re.compile(
            rf"(?:\s+(?:{settlement}))?,\s+(?:(?:a|an)\s+(?:[a-z][\w'’-]*\s+){{0,4}}?)?"
            r"(?:(?:about|some|around|approximately|roughly|nearly|almost|just|only|over|less\s+than|more\s+than)\s+)"
            r"{0,2}" + OFFSET.pattern,
            re.I,
        ),
        appositive=re.compile(
            rf",\s+(?:(?:a|an)\s+(?:[a-z][\w'’-]*\s+){{0,3}}?(?:{settlement}|{area}|capital|port)\s+"
            r"(?:[a-z][\w'’-]*\s+){1,5}|(?:(?:just|some|further)\s+)?(?:to\s+the\s+)?"
            rf"{COMPASS}\s+of\s+(?:the\s+)?)"
        ),
        ground=_ground(lists["ground_words"]),
        ground_word=re.compile(rf"(?:{lists['ground_words']})", re.I),
        cause=re.compile(rf"\b(?:{lists['cause_words']})\b", re.I),
        setting=re.compile(
            rf"\bamid\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:{lists['setting_words']})\s+of\s+", re.I
        ),
        owner=re.compile(rf"\s+(?:{lists['owner_nouns']})\b", re.I),
        people=re.compile(rf"\s+(?:{lists['people_nouns']})\b", re.I),
        experienced=re.compile(
            rf"(?:\s+(?:{settlement}|{area}|country))?\s+(?:has|have)\s+(?:\w+ly\s+|also\s+)?"
            r"(?:seen|witnessed|experienced|suffered|endured|faced|known|been\s+(?:\w+ly\s+)?(?:hit|rocked|plagued|"
            r"wracked|racked|torn|scarred|gripped|shaken|ravaged|battered|the\s+(?:scene|site|epicent(?:er|re)|"
            r"theat(?:er|re)|centre|center|focus|target)))\b",
            re.I,
        ),
        kind_before=re.compile(
            rf",\s+(?:an?\s+)?(?:[^\W\d]+\s+){{0,2}}(?:{settlement}|{area}|nation|countr(?:y|ie))s?\s+$", re.I
        ),
        kind_word=re.compile(rf"\b(?:{settlement}|{area})$", re.I),
        name_goes_on=re.compile(rf"[-\s]+[A-Z]|\s+(?:{'|'.join(spaced)})\s+[A-Z]"),
        # after the name, at a sentence's start: its kind, then the colon ("Bilopil territorial community:")
        offices=frozenset(str(w).lower() for w in raw["office_words"]),
        heading=re.compile(
            rf"(?:\s+(?:{lists['heading_words']}|{settlement}|{area}))?\s*:\s+(?-i:[A-Za-z\d])", re.I
        ),
        street=re.compile(rf"\s+(?:{lists['street_words']})\b", re.I),
        first_level=re.compile(rf"(?:{lists['first_level_words']})", re.I),
    )


def _word_list(path: Path) -> frozenset[str]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise SitrepError(f"lexicon file {path} cannot be read: {exc}") from exc
    return frozenset(w.strip().lower() for w in lines if w.strip() and not w.lstrip().startswith("#"))


@lru_cache(maxsize=4)
def load_lexicon(directory: Path = LEXICON_DIR) -> Lexicon:
    return build_lexicon(directory)
