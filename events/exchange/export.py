"""Records -> GeoJSON (RFC 7946), CSV (ACLED's column names where they exist) and
GeoPackage (the store's own format: events, their source articles, QGIS-ready).

CSV cells that a spreadsheet would run as a formula (starting with =, +, -, @,
tab or carriage return) are prefixed with a single quote, as OWASP recommends;
numeric columns are written as numbers and left alone.
"""

from __future__ import annotations

import csv
import io
import os
import sqlite3
import tempfile
from collections.abc import Iterable
from pathlib import Path

import shapely
from shapely.geometry import shape

from events.reading.article import Article
from events.records.record import EventRecord, dumps_geojson
from events.store import GeoPackageStore

DISORDER = {
    "Battles": "Political violence", "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence", "Riots": "Political violence",
    "Protests": "Demonstrations", "Strategic developments": "Strategic developments",
    "Diplomacy": "Diplomacy",
}  # fmt: skip
CSV_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "inter1", "actor2", "inter2", "civilian_targeting", "country", "admin1",
    "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
    # Sitrep's own columns:
    "injuries", "status", "date_start", "date_end", "weapons", "country_code", "geonameid",
    "gazetteer_id", "confidence", "article_id", "source_text", "source_span", "sources",
    "origin", "review",
]  # fmt: skip
NUMERIC = {"year", "time_precision", "inter1", "inter2", "latitude", "longitude", "geo_precision",
           "fatalities",
           "injuries", "geonameid", "confidence"}  # fmt: skip
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: str) -> str:
    """A text cell a spreadsheet will show, never evaluate."""
    return "'" + value if value.startswith(FORMULA_START) else value


def _latlon(record: EventRecord) -> tuple[float | None, float | None]:
    """(lat, lon) of the record's point, or of a point on its area: ACLED's columns."""
    if record.geometry is None:
        return None, None
    geom = shape(record.geometry)
    point = geom if geom.geom_type == "Point" else shapely.point_on_surface(geom)
    return round(point.y, 5), round(point.x, 5)


def csv_row(record: EventRecord) -> dict[str, object]:
    lat, lon = _latlon(record)
    outlets = sorted({s.source or s.title or s.article_id for s in record.sources})
    row: dict[str, object] = {
        "event_id_cnty": record.event_id, "event_date": record.event_date.isoformat(),
        "year": record.event_date.year, "time_precision": record.time_precision,
        "disorder_type": DISORDER.get(record.event_type, ""), "event_type": record.event_type,
        "sub_event_type": record.sub_event_type, "actor1": record.actor1 or "",
        "actor2": record.actor2 or "", "inter1": record.inter1, "inter2": record.inter2,
        "civilian_targeting": "Civilian targeting" if record.civilian_targeting else "",
        "country": record.country or "", "admin1": record.admin1 or "",
        "location": record.location or "", "latitude": lat, "longitude": lon,
        "geo_precision": record.geo_precision, "source": "; ".join(outlets),
        "notes": record.notes, "fatalities": record.fatalities, "injuries": record.injuries,
        "status": record.status, "date_start": record.date_start.isoformat(),
        "date_end": record.date_end.isoformat(), "weapons": "; ".join(record.weapons),
        "country_code": record.country_code or "", "geonameid": record.geonameid,
        "gazetteer_id": record.gazetteer_id or "", "confidence": record.confidence,
        "article_id": record.article_id, "source_text": record.source_text,
        "source_span": f"{record.source_span[0]}-{record.source_span[1]}",
        "sources": "; ".join(sorted({s.article_id for s in record.sources})),
        "origin": record.origin, "review": record.review,
    }  # fmt: skip
    return {k: ("" if v is None else v if k in NUMERIC else neutralise(str(v))) for k, v in row.items()}


def to_csv(records: Iterable[EventRecord]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for record in records:
        writer.writerow(csv_row(record))
    return buffer.getvalue()


def to_geojson(records: Iterable[EventRecord]) -> str:
    return dumps_geojson(records)


def write_geopackage(path: Path, records: Iterable[EventRecord], articles: Iterable[Article] = ()) -> int:
    """A new GeoPackage at ``path`` (written aside, then renamed into place) holding the
    records and their source articles; a single file (no WAL) that any GIS opens."""
    path = Path(path)
    tmp = path.with_name(path.name + ".tmp")
    tmp.unlink(missing_ok=True)
    try:
        store = GeoPackageStore(tmp)
        store.create()
        count = store.add(records, articles)
        with sqlite3.connect(tmp) as db:
            db.execute("PRAGMA journal_mode=DELETE")
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return count


def to_geopackage(records: Iterable[EventRecord], articles: Iterable[Article] = ()) -> bytes:
    with tempfile.TemporaryDirectory(prefix="sitrep-export-") as folder:
        path = Path(folder) / "events.gpkg"
        write_geopackage(path, records, articles)
        return path.read_bytes()
