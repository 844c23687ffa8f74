"""Import existing datasets as records: ACLED exports, UCDP GED, and Sitrep's own GeoJSON.

Imported rows keep their source's coding and precision and are never re-extracted.
A file is read whole and validated before anything is written: a missing column,
an impossible date or a coordinate out of range rejects the file with a message
naming the file, the row and the value, and the store is left as it was.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
import json
import math
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from events.errors import ArticleError, RecordError, SitrepError
from events.reading.article import Article, decode
from events.records.record import EventRecord, Source, from_feature, make_record

ACLED_COLUMNS = {"event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type",
                 "actor1", "actor2", "country", "admin1", "location", "latitude", "longitude",
                 "geo_precision", "notes", "fatalities"}  # fmt: skip
UCDP_COLUMNS = {"id", "type_of_violence", "side_a", "side_b", "where_prec", "where_description",
                "adm_1", "latitude", "longitude", "country", "date_prec", "date_start",
                "date_end", "best", "low", "high"}  # fmt: skip
# UCDP where_prec 1-7 -> ACLED geo_precision; 6 (country) and 7 (waters/air) get no point.
UCDP_GEO = {1: 1, 2: 2, 3: 2, 4: 3, 5: 3, 6: 3, 7: 3}
UCDP_TIME = {1: 1, 2: 2, 3: 2, 4: 3, 5: 3}
UCDP_TYPES = {1: ("Battles", "Armed clash"), 2: ("Battles", "Armed clash"),
              3: ("Violence against civilians", "Attack")}  # fmt: skip


def read_file(path: Path, max_bytes: int) -> tuple[bytes, str]:
    """A dataset file's bytes and text: within the import limit, readable, UTF-8 (errors name
    the file)."""
    where = str(path)
    try:
        if path.stat().st_size > max_bytes:
            raise ArticleError(where, f"over the import limit of {max_bytes:,} bytes")
        raw = path.read_bytes()
    except OSError as exc:
        raise ArticleError(where, f"cannot be read ({exc.strerror or exc})") from exc
    return raw, decode(raw, where)


def check_header(where: str, header: Iterable[str] | None, required: set[str]) -> None:
    missing = sorted(required - set(header or ()))
    if missing:
        raise ArticleError(where, f"missing column(s) {', '.join(missing)}")


def _rows(
    path: Path, required: set[str], max_bytes: int, text: str | None = None
) -> Iterator[tuple[int, dict[str, str]]]:
    where = str(path)
    text = read_file(path, max_bytes)[1] if text is None else text
    reader = csv.DictReader(io.StringIO(text, newline=""))
    check_header(where, reader.fieldnames, required)
    try:
        for number, row in enumerate(reader, 2):
            if None in row:  # more cells than the header has columns
                raise ArticleError(where, f"row {number} has more cells than the header")
            yield number, {key: value or "" for key, value in row.items()}
    except csv.Error as exc:
        raise ArticleError(where, f"malformed CSV ({exc})") from exc


def parse_acled_date(value: str, where: str = "date") -> dt.date:
    """ACLED's DD/MM/YYYY [00:00:00] or ISO YYYY-MM-DD."""
    text = value.strip().split(" ")[0].split("T")[0]
    try:
        if "/" in text:
            day, month, year = (int(p) for p in text.split("/"))
            return dt.date(year, month, day)
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise RecordError(f"{where}: date {value!r} is impossible or malformed ({exc})") from exc


def _number(value: str, where: str, name: str, kind: Callable = float):
    try:
        number = kind(float(value)) if kind is int else kind(value)
    except (TypeError, ValueError, OverflowError) as exc:  # int(float("inf")) overflows
        raise RecordError(f"{where}: {name} {value!r} is not a number") from exc
    if isinstance(number, float) and not math.isfinite(number):
        raise RecordError(f"{where}: {name} {value!r} is not finite")
    return number


def _point(lat: str, lon: str, where: str) -> dict | None:
    if not lat.strip() and not lon.strip():
        return None
    latitude, longitude = _number(lat, where, "latitude"), _number(lon, where, "longitude")
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        raise RecordError(f"{where}: coordinate ({latitude}, {longitude}) is out of range")
    return {"type": "Point", "coordinates": [longitude, latitude]}


def _inter(value: str | None) -> int | None:
    """ACLED's actor type code (1-8; older exports write numbers, newer ones may write none)."""
    text = (value or "").strip()
    return int(text) if text.isascii() and text.isdigit() and 1 <= int(text) <= 8 else None


def _named(source: Source, name: str, outlets: dict[str, Source]) -> Source:
    """The dataset's Source as one outlet names it, made once per outlet (in ``outlets``) and
    shared by its rows (a copy per row was a tenth of an import's reading time)."""
    if name == source.source:
        return source
    if name not in outlets:
        outlets[name] = source.model_copy(update={"source": name})
    return outlets[name]


def acled_record(
    row: dict[str, str], where: str, source: Source, outlets: dict[str, Source] | None = None
) -> EventRecord:
    day = parse_acled_date(row["event_date"], where)
    notes = row.get("notes") or ""
    return make_record(
        event_id=f"acled:{row['event_id_cnty']}", article_id=source.article_id, event_date=day,
        date_start=day, date_end=day, time_precision=int(_number(row["time_precision"], where,
                                                                 "time_precision", int)),
        event_type=row["event_type"], sub_event_type=row["sub_event_type"], status="occurred",
        actor1=row["actor1"] or None, actor2=row["actor2"] or None,
        inter1=_inter(row.get("inter1")), inter2=_inter(row.get("inter2")),
        civilian_targeting=bool(row.get("civilian_targeting")),
        fatalities=int(_number(row["fatalities"] or "0", where, "fatalities", int)),
        location=row["location"] or None, admin1=row["admin1"] or None,
        country=row["country"] or None,
        geo_precision=int(_number(row["geo_precision"], where, "geo_precision", int)),
        geometry=_point(row["latitude"], row["longitude"], where), source_text=notes,
        source_span=(0, len(notes)), confidence=1.0, origin="imported",
        notes=f"Imported from ACLED ({row.get('source') or 'source not given'}).",
        sources=[_named(source, row.get("source") or source.source, {} if outlets is None else outlets)],
    )  # fmt: skip


def ucdp_record(row: dict[str, str], where: str, source: Source) -> EventRecord:
    start, end = parse_acled_date(row["date_start"], where), parse_acled_date(row["date_end"], where)
    where_prec = int(_number(row["where_prec"], where, "where_prec", int))
    date_prec = int(_number(row["date_prec"], where, "date_prec", int))
    if where_prec not in UCDP_GEO or date_prec not in UCDP_TIME:
        raise RecordError(f"{where}: where_prec {where_prec} / date_prec {date_prec} out of range")
    violence = int(_number(row["type_of_violence"], where, "type_of_violence", int))
    if violence not in UCDP_TYPES:
        raise RecordError(f"{where}: type_of_violence {violence} is not 1, 2 or 3")
    event_type, sub_type = UCDP_TYPES[violence]
    precision = UCDP_TIME[date_prec]
    middle = start + (end - start) / 2
    headline = row.get("source_headline") or ""
    best, low, high = (int(_number(row[k] or "0", where, k, int)) for k in ("best", "low", "high"))
    return make_record(
        event_id=f"ucdp:{row['id']}", article_id=source.article_id,
        event_date=middle if precision > 1 else start, date_start=start, date_end=end,
        time_precision=precision, event_type=event_type, sub_event_type=sub_type,
        status="occurred", actor1=row["side_a"] or None, actor2=row["side_b"] or None,
        civilian_targeting=violence == 3, fatalities=best,
        location=row["where_description"] or None,
        admin1=(row["adm_1"] or "").removesuffix(" oblast") or None,
        country=row["country"] or None, geo_precision=UCDP_GEO[where_prec],
        geometry=None if where_prec >= 6 else _point(row["latitude"], row["longitude"], where),
        source_text=headline[:2000], source_span=(0, len(headline[:2000])), confidence=1.0,
        origin="imported", sources=[source],
        notes=f"Imported from UCDP GED: deaths best {best}, low {low}, high {high}; "
              f"where_prec {where_prec}, date_prec {date_prec}.",
    )  # fmt: skip


def read_csv_records(
    path: Path, kind: str, max_bytes: int, text: str | None = None
) -> tuple[Article, list[EventRecord]]:
    """An ACLED or UCDP CSV, all rows validated; the Article stands for the file (``text``:
    the file's, when read already)."""
    outlets: dict[str, Source] = {}  # ACLED's outlets, each named once for all its rows
    required, build = {"acled": (ACLED_COLUMNS, functools.partial(acled_record, outlets=outlets)),
                       "ucdp": (UCDP_COLUMNS, ucdp_record)}[kind]  # fmt: skip
    article = import_article(path, kind)
    source = Source(article_id=article.article_id, title=article.title, source=kind.upper())
    records = []
    for number, row in _rows(path, required, max_bytes, text):
        where = f"{path}:{number}"
        try:
            records.append(build(row, where, source))
        except RecordError as exc:
            raise row_error(path, number, exc) from exc
    return article, records


def row_error(path: Path, number: int, exc: RecordError) -> ArticleError:
    """A bad row's error: the file, the row's number and what is wrong with it."""
    return ArticleError(str(path), str(exc).replace("invalid event record", f"row {number}"))


def read_geojson_records(path: Path, max_bytes: int) -> tuple[Article, list[EventRecord]]:
    """A FeatureCollection of Sitrep records (e.g. an export), validated feature by feature."""
    where = str(path)
    try:
        if path.stat().st_size > max_bytes:
            raise ArticleError(where, f"over the import limit of {max_bytes:,} bytes")
        data = json.loads(decode(path.read_bytes(), where))
    except OSError as exc:
        raise ArticleError(where, f"cannot be read ({exc.strerror or exc})") from exc
    except json.JSONDecodeError as exc:
        raise ArticleError(where, f"not JSON ({exc.msg}, line {exc.lineno})") from exc
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
        raise ArticleError(where, "not a GeoJSON FeatureCollection")
    features = data.get("features")
    if not isinstance(features, list):
        raise ArticleError(where, "a FeatureCollection needs a 'features' list")
    article = import_article(path, "geojson")
    records = []
    for number, feature in enumerate(features):
        try:
            record = from_feature(feature)
        except SitrepError as exc:
            raise ArticleError(where, f"feature {number}: {exc}") from exc
        records.append(record.model_copy(update={"article_id": article.article_id, "origin": "imported"}))
    return article, records


def import_article(path: Path, kind: str) -> Article:
    """The store keeps imports under one pseudo-article per file (re-importing replaces it)."""
    return Article(article_id=f"import-{kind}-{path.stem}", text="", published=dt.date.today(),
                   title=f"{kind.upper()} import of {path.name}", source=kind.upper(),
                   origin=str(path))  # fmt: skip
