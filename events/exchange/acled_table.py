"""ACLED exports read by columns: ``read_acled_table`` gives what ``imports.read_csv_records``
gives (the same records, their JSON byte for byte, the same error for the first bad row) as one
Arrow table (events.store.tables), without an EventRecord per row.

pyarrow parses the CSV; each column's distinct values are judged once by the row reader's own
functions (``parse_acled_date``, ``_number``, ``_inter``, the taxonomy), so a value is taken or
refused exactly as the row path takes or refuses it; a record's JSON is joined from per-value
fragments (pydantic's own serialiser writes each) by pyarrow's string kernels, in the order of
EventRecord's fields. A row that a column cannot vouch for (a value the row reader refuses, a
year before 1000, an id over 64 characters) goes through the row path (``acled_record``): its
error names the row, or its record joins the table. A file pyarrow may not read as Python's
csv module does (ragged rows, a repeated column name, a cell over csv's field limit, a parse
error) is read by the row path whole.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from pydantic import TypeAdapter

from events.errors import RecordError
from events.exchange.imports import (
    ACLED_COLUMNS,
    _inter,
    _named,
    _number,
    acled_record,
    check_header,
    import_article,
    parse_acled_date,
    read_csv_records,
    read_file,
    row_error,
)
from events.reading.article import Article
from events.records.record import EventRecord, Source, taxonomy
from events.store.tables import records_table, table_schema

BAD = object()  # a distinct value the row reader refuses
to_json = TypeAdapter(Any).dump_json  # pydantic's serialiser, as EventRecord.model_dump_json writes values
NEEDS_ESCAPE = r'[\x00-\x1f"\\]'  # what JSON escapes in a string (as json.dumps and pydantic do)


def read_acled_table(path: Path, max_bytes: int) -> tuple[Article, pa.Table]:
    """An ACLED export, every row validated, as a records table (see the module's docstring)."""
    raw, text = read_file(path, max_bytes)
    article = import_article(path, "acled")
    end = text.find("\n")  # the header's line (a quoted line break in it: pyarrow's differs, rows read)
    try:
        header = next(csv.reader(io.StringIO(text if end < 0 else text[: end + 1], newline="")), [])
    except csv.Error:
        header = None
    utf8 = raw.removeprefix(b"\xef\xbb\xbf")  # the text's UTF-8 (decode took the BOM off)
    cells = None if header is None else _cells(utf8, header)
    if cells is None or not cells.num_rows or not 1 <= len(article.article_id) <= 200:
        article, records = read_csv_records(path, "acled", max_bytes, text)  # the row path, errors and all
        return article, records_table(records)
    check_header(str(path), header, ACLED_COLUMNS)
    return article, _table(path, article, cells)


def _cells(utf8: bytes, header: list[str]) -> pa.Table | None:
    """The CSV's cells as strings, or None when pyarrow might not read it as csv.DictReader does."""
    import pyarrow.csv as pv

    if not header or len(set(header)) != len(header):
        return None
    try:
        table = pv.read_csv(
            pa.py_buffer(utf8),
            read_options=pv.ReadOptions(block_size=1 << 24),
            parse_options=pv.ParseOptions(newlines_in_values=True),
            convert_options=pv.ConvertOptions(column_types=dict.fromkeys(header, pa.string()),
                                              strings_can_be_null=False, quoted_strings_can_be_null=False),
        )  # fmt: skip
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        return None
    if table.column_names != header:
        return None
    limit = csv.field_size_limit()
    for column in table.columns:
        longest = pc.max(pc.utf8_length(column)).as_py()
        if longest is not None and longest > limit:
            return None
    return table.combine_chunks()


def _judged(column: pa.Array, judge: Callable) -> tuple[np.ndarray, list, np.ndarray]:
    """Each distinct value judged once: the rows' indices into the values, the judgements
    (BAD where ``judge`` raised), and which rows hold a refused value."""
    encoded = pc.dictionary_encode(column)
    indices = encoded.indices.to_numpy(zero_copy_only=False)
    values = []
    for value in encoded.dictionary.to_pylist():
        try:
            values.append(judge(value))
        except Exception:  # noqa: BLE001 - the row path meets the same value and says what is wrong
            values.append(BAD)
    refused = np.array([v is BAD for v in values], dtype=bool)
    return indices, values, refused[indices] if len(values) else np.zeros(len(indices), bool)


def _spread(values: list, indices: np.ndarray, kind: pa.DataType | None = None) -> pa.Array:
    """Per-value results spread over the rows (refused values as nulls)."""
    array = pa.array([None if v is BAD else v for v in values], kind)
    return array.take(pa.array(indices, pa.int32()))


def _json(value) -> str | None:
    return None if value is BAD else to_json(value).decode()


def _json_strings(strings: pa.Array) -> pa.Array:
    """Each string as a JSON string (most need only quotes; the few others pydantic writes)."""
    quoted = pc.binary_join_element_wise('"', strings, '"', "")
    escape = pc.match_substring_regex(strings, NEEDS_ESCAPE).to_numpy(zero_copy_only=False)
    if not escape.any():
        return quoted
    written = [to_json(s).decode() for s in strings.filter(pa.array(escape)).to_pylist()]
    return pc.replace_with_mask(quoted, pa.array(escape), pa.array(written, pa.string()))


class _Columns:
    """The table being made: the flat columns, the JSON fragments per field, the rows to
    send through the row path."""

    def __init__(self, cells: pa.Table):
        self.cells = cells
        self.rows = cells.num_rows
        self.suspect = np.zeros(self.rows, dtype=bool)
        self.flat: dict[str, pa.Array | object] = {}
        self.json: dict[str, pa.Array | str] = {}

    def column(self, name: str) -> pa.Array | None:
        """A column of the file's cells (one array), or None when the file has no such column."""
        if name not in self.cells.column_names:
            return None
        return self.cells.column(name).combine_chunks()

    def judge(self, name: str, judge: Callable, kind: pa.DataType | None = None, fragment=_json):
        """One column's values judged and spread; the JSON fragment per distinct value."""
        indices, values, refused = _judged(self.column(name), judge)
        self.suspect |= refused
        fragments = pa.array([fragment(v) for v in values], pa.string())
        return _spread(values, indices, kind), fragments.take(pa.array(indices, pa.int32()))

    def text(self, field: str, name: str) -> None:
        """A text column where an empty cell is None (``row[name] or None``)."""
        self.flat[field], self.json[field] = self.judge(name, lambda v: v or None, pa.string())


def _table(path: Path, article: Article, cells: pa.Table) -> pa.Table:
    source = Source(article_id=article.article_id, title=article.title, source="ACLED")
    outlets: dict[str, Source] = {}
    t = _Columns(cells)
    _fill(t, article, source, outlets)
    fields = list(EventRecord.model_fields)
    if set(fields) != set(t.json):
        raise RuntimeError(f"no JSON fragment for {sorted(set(fields) ^ set(t.json))}")
    pieces: list = []
    for n, field in enumerate(fields):
        pieces += ["{" if n == 0 else ",", f'"{field}":', t.json[field]]
    pieces.append("}")
    merged: list = []
    for piece in pieces:  # neighbouring constants joined once, not per row
        if merged and isinstance(piece, str) and isinstance(merged[-1], str):
            merged[-1] += piece
        else:  # large strings: a million records pass 2 GB
            merged.append(piece if isinstance(piece, str) else piece.cast(pa.large_string()))
    large = [pa.scalar(p, pa.large_string()) if isinstance(p, str) else p for p in merged]
    record = pc.binary_join_element_wise(*large, pa.scalar("", pa.large_string()))
    schema = table_schema()
    columns = {}
    for name in schema.names:
        value = record if name == "record" else t.flat[name]
        if not isinstance(value, pa.Array):
            value = pa.array([value] * t.rows, schema.field(name).type)
        columns[name] = value.cast(schema.field(name).type)
    table = pa.table(columns, schema=schema)
    if t.suspect.any():
        table = _through_rows(path, cells, table, t.suspect, source, outlets)
    return table


def _fill(t: _Columns, article: Article, source: Source, outlets: dict[str, Source]) -> None:
    """Every field's flat column and JSON fragment, from the cells, as acled_record makes them."""
    events = pc.binary_join_element_wise("acled:", t.column("event_id_cnty"), "")
    t.suspect |= pc.greater(pc.utf8_length(events), 64).to_numpy(zero_copy_only=False)
    t.flat["event_id"], t.json["event_id"] = events, _json_strings(events)
    t.flat["article_id"], t.json["article_id"] = article.article_id, _json(article.article_id)

    def day(value: str):
        date = parse_acled_date(value)
        if date.year < 1000:
            raise ValueError("the row path writes it")
        return date

    dates, t.json["event_date"] = t.judge("event_date", day, pa.date32())
    for field in ("event_date", "date_start", "date_end"):
        t.flat[field] = dates
        t.json[field] = t.json["event_date"]

    def code(name: str, allowed: tuple[int, ...]) -> Callable:
        def judge(value: str) -> int:
            number = int(_number(value, "", name, int))
            if number not in allowed:
                raise ValueError(f"{name} {number}")
            return number

        return judge

    t.flat["time_precision"], t.json["time_precision"] = t.judge("time_precision", code("tp", (1, 2, 3)))
    t.flat["geo_precision"], t.json["geo_precision"] = t.judge("geo_precision", code("gp", (1, 2, 3)))

    def fatalities(value: str) -> int:
        number = int(_number(value or "0", "", "fatalities", int))
        if number < 0:
            raise ValueError(number)
        return number

    t.flat["fatalities"], t.json["fatalities"] = t.judge("fatalities", fatalities)
    t.flat["event_type"], t.json["event_type"] = t.judge("event_type", str, pa.string())
    t.flat["sub_event_type"], t.json["sub_event_type"] = t.judge("sub_event_type", str, pa.string())
    t.suspect |= _unknown_types(t.column("event_type"), t.column("sub_event_type"))
    for field, name in (("actor1", "actor1"), ("actor2", "actor2"), ("location", "location"),
                        ("admin1", "admin1"), ("country", "country")):  # fmt: skip
        t.text(field, name)
    for field in ("inter1", "inter2"):
        t.json[field] = t.judge(field, _inter)[1] if t.column(field) is not None else "null"
    present = t.column("civilian_targeting") is not None
    t.json["civilian_targeting"] = t.judge("civilian_targeting", bool)[1] if present else "false"
    _point(t)
    notes = t.column("notes")
    t.flat["source_text"], t.json["source_text"] = notes, _json_strings(notes)
    t.json["source_span"] = pc.binary_join_element_wise("[0,", pc.cast(pc.utf8_length(notes), pa.string()),
                                                        "]", "")  # fmt: skip
    _outlet(t, source, outlets)
    constants = {"status": "occurred", "injuries": None, "country_code": None, "geonameid": None,
                 "gazetteer_id": None, "weapons": [], "evidence_spans": [], "confidence": 1.0,
                 "time_expression": "", "place_evidence": [], "origin": "imported",
                 "review": "unreviewed"}  # fmt: skip
    for field, value in constants.items():
        t.flat[field] = value
        t.json[field] = _json(value)


def _unknown_types(types: pa.Array, subtypes: pa.Array) -> np.ndarray:
    """Rows whose event type and sub-event type are not a pair of the taxonomy."""
    kinds = pc.dictionary_encode(types)
    subs = pc.dictionary_encode(subtypes)
    count = max(len(subs.dictionary), 1)
    pairs = kinds.indices.to_numpy(zero_copy_only=False).astype(np.int64) * count
    pairs += subs.indices.to_numpy(zero_copy_only=False)
    distinct, rows = np.unique(pairs, return_inverse=True)
    names, subnames = kinds.dictionary.to_pylist(), subs.dictionary.to_pylist()
    known = np.array([subnames[p % count] in taxonomy().get(names[p // count], ()) for p in distinct])
    return ~known[rows] if len(distinct) else np.zeros(len(pairs), bool)


def _point(t: _Columns) -> None:
    """The geometry as _point makes it: None when both cells are blank, else a Point whose
    numbers are in range (any other row goes through the row path)."""
    fragments, numbers, blanks = {}, {}, {}
    for name, bound in (("latitude", 90), ("longitude", 180)):

        def judge(value: str, name=name, bound=bound):
            if not value.strip():
                return None
            number = _number(value, "", name)
            if not -bound <= number <= bound:
                raise ValueError(number)
            return number

        indices, values, refused = _judged(t.column(name), judge)
        blank = np.array([v is None for v in values], dtype=bool)
        blanks[name] = blank[indices] if len(values) else np.zeros(t.rows, bool)
        t.suspect |= refused
        numbers[name] = _spread(values, indices, pa.float64())
        fragments[name] = pa.array([_json(v) if v is not None else None for v in values], pa.string()).take(
            pa.array(indices, pa.int32())
        )
    none = blanks["latitude"] & blanks["longitude"]
    t.suspect |= blanks["latitude"] ^ blanks["longitude"]  # one blank: the row path refuses it
    place = pa.array(~none)
    point = pc.binary_join_element_wise('{"type":"Point","coordinates":[', fragments["longitude"], ",",
                                        fragments["latitude"], "]}", "")  # fmt: skip
    t.json["geometry"] = pc.if_else(place, pc.fill_null(point, "null"), "null")
    nothing = pa.scalar(None, pa.float64())
    t.flat["lon"] = pc.if_else(place, numbers["longitude"], nothing)
    t.flat["lat"] = pc.if_else(place, numbers["latitude"], nothing)


def _outlet(t: _Columns, source: Source, outlets: dict[str, Source]) -> None:
    """The record's notes and Source, per outlet (the dataset's Source when none is named)."""
    if t.column("source") is None:
        note = "Imported from ACLED (source not given)."
        t.flat["notes"], t.json["notes"] = note, _json(note)
        t.json["sources"] = f"[{source.model_dump_json()}]"
        return
    t.flat["notes"], t.json["notes"] = t.judge(
        "source", lambda v: f"Imported from ACLED ({v or 'source not given'}).", pa.string()
    )
    t.json["sources"] = t.judge("source", lambda v: v, fragment=lambda v: "[" + _named(
        source, v or source.source, outlets).model_dump_json() + "]")[1]  # fmt: skip


def _through_rows(path: Path, cells: pa.Table, table: pa.Table, suspect: np.ndarray,
                  source: Source, outlets: dict[str, Source]) -> pa.Table:  # fmt: skip
    """The suspect rows read by the row path: the first bad one's error, or their records put
    in their places."""
    rows = np.flatnonzero(suspect)
    records = []
    for index, row in zip(rows, cells.take(pa.array(rows)).to_pylist(), strict=True):
        number = int(index) + 2
        try:
            records.append(acled_record(row, f"{path}:{number}", source, outlets))
        except RecordError as exc:
            raise row_error(path, number, exc) from exc
    kept = np.flatnonzero(~suspect)
    together = pa.concat_tables([table.take(pa.array(kept)), records_table(records)])
    order = np.argsort(np.concatenate([kept, rows]), kind="stable")
    return together.take(pa.array(order))
