"""The extraction lexicon: the data files under data/lexicon/, read and checked once.

Every file is validated when loaded: an unknown key, a pattern that does not compile, a
type the taxonomy lacks, or a trigger id that the code refers to but triggers.yaml lacks is
an error naming the file and the entry; so is a word-list entry that does not compile on its
own or matches the empty string (files._check_entry).

One module per data file, each with its loader:
  files       the shared readers and checks (a file read, a pattern compiled, keys checked)
  triggers    triggers.yaml, weapons.yaml; note_labels.yaml, holidays.yaml
  actors      actors.yaml, actor_types.yaml (and its people)
  places      places.yaml (and function_words.txt): its word lists and PlaceWords
  place_patterns  the patterns of PlaceWords, built in steps
  modality    modality.yaml (its habits and clause words too)
  casualties  casualties.yaml
Here: Lexicon, every file read into one record (build_lexicon, load_lexicon).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from events.extraction.lexicon.actors import ARMED_KINDS, Actor, ActorType, _actor_types, _actors, _people
from events.extraction.lexicon.casualties import CasualtyWords, casualty_words
from events.extraction.lexicon.files import LEXICON_DIR, _alternation, _listed_words, _word_list, words
from events.extraction.lexicon.modality import _modality
from events.extraction.lexicon.place_patterns import PLACE_NAME
from events.extraction.lexicon.places import PlaceWords, _place_words
from events.extraction.lexicon.triggers import Trigger, Weapon, _holidays, _note_labels, _triggers, _weapons
from events.records.record import read_taxonomy

__all__ = ["ARMED_KINDS", "LEXICON_DIR", "PLACE_NAME", "Actor", "ActorType", "CasualtyWords", "Lexicon",
           "PlaceWords", "Trigger", "Weapon", "build_lexicon", "load_lexicon"]  # fmt: skip


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
    # party of its type (actors.find._named_heads); capitalised words that are no name
    armed_heads: tuple[str, ...]
    not_names: tuple[str, ...]
    pronouns: frozenset[str]  # actor_types.yaml's pronouns: people, never ground
    former: re.Pattern[str]  # actor_types.yaml's former: one no longer armed ("a former soldier")
    # actor_types.yaml's accused_of and linked_to: the text before the side a clause's victims were accused of
    # being or helping ("accused of supporting (the PDF)", "on suspicion of links to (Al Shabaab)")
    accused_before: re.Pattern[str]
    # actor_types.yaml's crowd_subjects: "The protesters", "They" opening a sentence
    crowd_subject: re.Pattern[str]
    # actor_types.yaml's armed_things: after an armed party's words, its thing struck ("a gendarmerie post")
    armed_things: re.Pattern[str]
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
    reaction_verbs: re.Pattern[str]  # "condemned", "mourned": a stance on an event (kinds)
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
    told_before_that: re.Pattern[str]  # "told reporters on Monday" (that): the press told, the occasion
    # modality.yaml's combined_arms, ground_units and support_*: ground forces told with the remote weapons
    # that support them ("ground troops", "backed by air strikes", "with air support")
    combined_arms: re.Pattern[str]
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


@lru_cache(maxsize=4)
def load_lexicon(directory: Path = LEXICON_DIR) -> Lexicon:
    return build_lexicon(directory)
