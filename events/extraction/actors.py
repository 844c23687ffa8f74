"""Who: actors named in the text (aliases from data/lexicon/actors.yaml)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from events.extraction.lexicon import Actor, Lexicon

SOURCE_VERB = re.compile(r"\s+(?:said|says|reported|told|added|confirmed|announced|stated)\b")
COORDINATED = re.compile(r"\b([A-Z][\w.]+) and ([A-Z][\w.]+) ([a-z][a-z ]+?)\b(?=[\s,.;])")
PLACE_PREPOSITION = re.compile(r"\b(?:in|on|at|to|from|into|across|within|near|of|over|toward)\s+$")


@dataclass(frozen=True)
class ActorHit:
    start: int
    end: int
    actor: Actor


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
        if SOURCE_VERB.match(text, match.end()):  # "police said": a source, not a party
            continue
        if PLACE_PREPOSITION.search(text[max(0, match.start() - 30) : match.start()]):
            continue
        hits.append(ActorHit(match.start(), match.end(), lexicon.actor_by_alias[match.group(0)]))
    return sorted(hits, key=lambda h: h.start)
