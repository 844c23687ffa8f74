"""Colours and icons per event type: the Okabe-Ito palette, safe for colour-blind readers."""

from __future__ import annotations

TYPE_COLOURS = {
    "Battles": "#D55E00",  # vermillion
    "Explosions/Remote violence": "#E69F00",  # orange
    "Violence against civilians": "#CC79A7",  # reddish purple
    "Protests": "#009E73",  # bluish green
    "Riots": "#F0E442",  # yellow
    "Strategic developments": "#56B4E9",  # sky blue
    "Diplomacy": "#0072B2",  # blue
}
FALLBACK_COLOUR = "#000000"
# Font Awesome 6 (free, solid) icon per type, shown in the legend.
TYPE_ICONS = {
    "Battles": "fa-person-rifle",
    "Explosions/Remote violence": "fa-explosion",
    "Violence against civilians": "fa-user-injured",
    "Protests": "fa-bullhorn",
    "Riots": "fa-fire",
    "Strategic developments": "fa-chess-knight",
    "Diplomacy": "fa-handshake",
}
TENTATIVE_STATUSES = {"proposed", "demanded", "planned", "claimed", "denied"}


def colour_of(event_type: str) -> str:
    return TYPE_COLOURS.get(event_type, FALLBACK_COLOUR)
