"""Property-based tests: the parsers that take text never raise anything but Sitrep's errors."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from events.errors import SitrepError
from events.extraction.casualties import parse_casualties
from events.extraction.count_numbers import number_value
from events.extraction.timex import find_times
from events.reading.article import parse_article, parse_date, split_front_matter
from events.records.record import check_geometry, from_feature

PUBLISHED = dt.date(2024, 5, 25)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
text_like = st.text(st.characters(codec="utf-8"), max_size=300)
front_matter = st.builds(
    lambda body, key, value: f"---\n{key}: {value}\n---\n{body}",
    text_like, st.sampled_from(["title", "published", "source", "url", "other", "- x"]), text_like,
)  # fmt: skip


@FAST
@given(st.one_of(text_like, front_matter, st.binary(max_size=300)))
def test_parse_article_raises_only_article_errors(raw):
    try:
        article = parse_article(raw, where="fuzz", article_id="fuzz", published=PUBLISHED)
    except SitrepError:
        return
    assert article.text.strip()


@FAST
@given(st.one_of(text_like, front_matter))
def test_front_matter(raw):
    try:
        meta, body = split_front_matter(raw, "fuzz")
    except SitrepError:
        return
    assert isinstance(meta, dict) and isinstance(body, str)


@FAST
@given(st.one_of(text_like, st.from_regex(r"\d{4}-\d{2}-\d{2}", fullmatch=True), st.dates()))
def test_dates(value):
    try:
        day = parse_date(value, "fuzz")
    except SitrepError:
        return
    assert isinstance(day, dt.date)


@FAST
@given(st.one_of(text_like, st.from_regex(
    r"(on |the night of )?\d{1,2}(-\d{1,2})? (May|June|Jan\.|February) (20\d\d)?", fullmatch=True)),
    st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2150, 1, 1)))  # fmt: skip
def test_time_expressions(text, published):
    for ref in find_times(text, published):
        assert ref.date_start <= ref.event_date <= ref.date_end
        assert 1 <= ref.precision <= 4


@FAST
@given(st.one_of(text_like, st.from_regex(r"(at least )?\d{1,7}( people)? (were )?killed", fullmatch=True)))
def test_numbers_and_casualties(text):
    result = parse_casualties(text)
    for value in (result.fatalities, result.injuries):
        assert value is None or 0 <= value <= 100_000
    word = text.split(" ")[0] if text else ""
    value = number_value(word)
    assert value is None or value >= 0


coordinate = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True), st.integers(), st.text(max_size=3), st.none()
)
geometry = st.one_of(
    st.builds(lambda a, b: {"type": "Point", "coordinates": [a, b]}, coordinate, coordinate),
    st.builds(lambda ring: {"type": "Polygon", "coordinates": [ring]},
              st.lists(st.lists(coordinate, max_size=3), max_size=6)),
    st.dictionaries(st.text(max_size=5), coordinate, max_size=3),
    coordinate,
)  # fmt: skip


@FAST
@given(geometry)
def test_coordinates(value):
    try:
        checked = check_geometry(value)
    except ValueError:
        return
    if checked is not None and checked["type"] == "Point":
        lon, lat = checked["coordinates"][:2]
        assert -180 <= lon <= 180 and -90 <= lat <= 90


@FAST
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=10),
                    lambda children: st.lists(children, max_size=4)
                    | st.dictionaries(st.text(max_size=12), children, max_size=5), max_leaves=20),
       geometry)  # fmt: skip
def test_geojson_features(properties, geom):
    feature = {"type": "Feature", "geometry": geom, "properties": properties}
    try:
        record = from_feature(json.loads(json.dumps(feature, default=str)))
    except SitrepError:
        return
    assert record.event_id


csv_cell = st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=12)


@FAST
@given(st.lists(st.lists(csv_cell, min_size=1, max_size=16), max_size=4),
       st.sampled_from(["acled", "ucdp"]), st.booleans())  # fmt: skip
def test_csv_readers(tmp_path_factory, rows, kind, with_header):
    import csv as csv_module
    import io

    from events.exchange.imports import ACLED_COLUMNS, UCDP_COLUMNS, read_csv_records

    header = sorted(ACLED_COLUMNS if kind == "acled" else UCDP_COLUMNS)
    buffer = io.StringIO()
    writer = csv_module.writer(buffer)
    if with_header:
        writer.writerow(header)
    writer.writerows(rows)
    path = tmp_path_factory.mktemp("csv") / "data.csv"
    path.write_text(buffer.getvalue(), "utf-8")
    try:
        _, records = read_csv_records(path, kind, 1_000_000)
    except SitrepError as exc:
        records, error = None, str(exc)
    if kind == "acled":  # read by columns: the same error or the same records
        from events.exchange.acled_table import read_acled_table

        try:
            _, table = read_acled_table(path, 1_000_000)
        except SitrepError as exc:
            assert records is None and str(exc) == error
        else:
            assert records is not None
            assert table.column("record").to_pylist() == [r.model_dump_json() for r in records]
    assert records is None or all(r.origin == "imported" for r in records)


@FAST
@given(st.one_of(
    text_like,
    st.builds(lambda features: json.dumps({"type": "FeatureCollection", "features": features},
                                          default=str),
              st.lists(st.builds(lambda g, p: {"type": "Feature", "geometry": g, "properties": p},
                                 geometry, st.dictionaries(st.text(max_size=8), coordinate,
                                                           max_size=4)), max_size=3)),
))  # fmt: skip
def test_geojson_reader(tmp_path_factory, content):
    from events.exchange.imports import read_geojson_records

    path = tmp_path_factory.mktemp("geojson") / "data.geojson"
    path.write_text(content, "utf-8")
    try:
        read_geojson_records(path, 1_000_000)
    except SitrepError:
        return


ODD_CELLS = ["", " ", "0", "1", "2", "3", "9", "-1", "2.5", "1e-5", "nan", "inf", "²", "+2", "14/08/2023",
             "2023-02-30", "0999-01-01", "49.9808", "-90.5", "180", "Battles", "Armed clash", "Protests",
             "Peaceful protest", '"q"', "a\nb", "X" * 60]  # fmt: skip


cell_edit = st.tuples(st.integers(0, 2), st.integers(0, 30), st.one_of(csv_cell, st.sampled_from(ODD_CELLS)))


@FAST
@given(st.lists(cell_edit, max_size=6))
def test_acled_read_by_columns_is_read_by_rows(tmp_path_factory, edits):
    """The tests' ACLED export with a few cells changed: read by columns, the same records as by
    rows, or the same error."""
    import csv as csv_module
    import io
    from pathlib import Path

    from events.exchange.acled_table import read_acled_table
    from events.exchange.imports import read_csv_records

    source = Path(__file__).parent / "data" / "imports" / "acled_export.csv"
    rows = list(csv_module.reader(io.StringIO(source.read_text("utf-8"))))
    for row, column, value in edits:
        rows[1 + row][column % len(rows[0])] = value
    path = tmp_path_factory.mktemp("acled") / "edited.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv_module.writer(handle).writerows(rows)
    try:
        _, records = read_csv_records(path, "acled", 1_000_000)
    except SitrepError as exc:
        with pytest.raises(SitrepError) as caught:
            read_acled_table(path, 1_000_000)
        assert str(caught.value) == str(exc)
        return
    _, table = read_acled_table(path, 1_000_000)
    assert table.column("record").to_pylist() == [r.model_dump_json() for r in records]
    assert table.column("lon").to_pylist() == [(r.lonlat() or (None, None))[0] for r in records]
