"""The place stage: place names in text -> gazetteer candidates -> one place each -> record fields.

    gazetteer   look-ups over the offline index (``load_gazetteer``, ``Gazetteer``)
    index       the index, built once from registry packages, data/gazetteer and dumps
    dumps       ``sitrep gazetteer add``: GeoNames country dumps
    outlines    approximate area outlines derived from settlements
    mentions    place names in text (or given spans) -> candidates (``find_mentions``)
    resolver    candidates -> one place per mention, with evidence (``resolve_mentions``)
    fields      a resolved place -> the record's location fields and geometry
    jsonl       ``sitrep resolve``: JSON Lines documents in and out

Code outside this package imports from here, never from the modules above.
"""

from events.places.dumps import add_dump
from events.places.fields import EMPTY, place_fields
from events.places.gazetteer import AREA_KINDS, PRECISION, Gazetteer, haversine_km, load_gazetteer
from events.places.jsonl import resolve_documents
from events.places.mentions import Mention, find_mentions, mentions_at
from events.places.resolver import QUALIFIER_GAP, Resolved, lacks_in, resolve_mentions, resolve_spans

__all__ = [
    "AREA_KINDS", "EMPTY", "PRECISION", "QUALIFIER_GAP", "Gazetteer", "Mention", "Resolved",
    "add_dump", "find_mentions", "haversine_km", "lacks_in", "load_gazetteer", "mentions_at",
    "place_fields", "resolve_documents", "resolve_mentions", "resolve_spans",
]  # fmt: skip
