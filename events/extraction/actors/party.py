"""What the actor steps hand on: a name found (ActorHit), a party in the text (Party), a clause's roles
(Roles); the actor types that bear arms and the type of each ACLED inter code.
"""

from __future__ import annotations

from dataclasses import dataclass

from events.extraction.lexicon import Actor

# the actor types that bear arms (clause_roles reads the same set)
ARMED_TYPES = {"state_forces", "police", "rebels", "political_militia", "identity_militia", "external"}
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
