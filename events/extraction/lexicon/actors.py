"""actors.yaml and actor_types.yaml: named actors and their aliases, heads of state by title, the
kinds of actor the text describes without naming, and the people and words around them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from events.errors import SitrepError
from events.extraction.lexicon.files import (
    _alternation,
    _alternation_of,
    _check_keys,
    _checked_entries,
    _read,
    _word_alternation,
    words,
)

ACTOR_KEYS = {"name", "kind", "country", "aliases", "person_aliases", "demonyms", "inter"}
# The kinds of actors.yaml that bear arms (an agreement among the others is diplomacy).
ARMED_KINDS = frozenset({"military", "police", "armed_group", "militia", "communal"})
KIND_INTER = {"military": 1, "police": 1, "government": 1, "armed_group": 2, "militia": 3, "communal": 4,
              "rioters": 5, "protesters": 6, "civilians": 7, "organisation": 8, "external": 8}  # fmt: skip


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
                        "accused_of", "linked_to", "crowd_subjects", "armed_things"}  # fmt: skip


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
    (each a whole word, any case); its armed head nouns, the things of an armed party struck and the
    capitalised words that are no name."""
    raw = _read(directory / "actor_types.yaml")
    crowd = _word_alternation("actor_types.yaml", "crowd_subjects", raw["crowd_subjects"])
    things = _word_alternation("actor_types.yaml", "armed_things", raw["armed_things"])
    return {
        "people_pattern": words(_alternation([str(w) for w in raw["people"]])),
        "violence_done": words(_alternation([str(w) for w in raw["violence_done"]])),
        "armed_heads": _checked_entries("actor_types.yaml", "armed_heads", raw["armed_heads"]),
        "not_names": _checked_entries("actor_types.yaml", "not_names", raw["not_names"]),
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
        # after an armed party's words, perhaps one more, the thing of its struck ("a gendarmerie post")
        "armed_things": re.compile(rf"(?:\s+[\w-]+)?\s+(?:{things})\b", re.I),
    }
