"""Who: actors named in the text (aliases, data/lexicon/actors.yaml), actors it only
describes ("gunmen", "villagers": data/lexicon/actor_types.yaml), and their roles in a
clause: who did it (the agent) and to whom (the victim), from the clause's voice.

The modules:
  party             ActorHit, Party, Roles (what the steps hand on); the armed types, the inter codes' types
  find              find_actors (named actors, not places nor sources), find_parties (named and described)
  actor_roles       roles: who did what to whom in a clause (the sides of a clash, a participle's subject)
  clause_voice      the voice around one event word: agents and victims before and after it
  struck_people     the people a violent verb fell on, as civilians
  described_actors  states described by their people ("Afghan forces", "an Israeli strike"), communal
                    militias, named_by_people
"""

from events.extraction.actors.actor_roles import INSTALLATION, OPENING, roles
from events.extraction.actors.described_actors import communal, described_states, named_by_people
from events.extraction.actors.find import MEMBERS_OF, PLACE_NOUN, find_actors, find_parties, its_attack
from events.extraction.actors.party import ARMED_TYPES, INTER_TYPE, ActorHit, Party, Roles

__all__ = ["ARMED_TYPES", "INSTALLATION", "INTER_TYPE", "MEMBERS_OF", "OPENING", "PLACE_NOUN", "ActorHit",
           "Party", "Roles", "communal", "described_states", "find_actors", "find_parties", "its_attack",
           "named_by_people", "roles"]  # fmt: skip
