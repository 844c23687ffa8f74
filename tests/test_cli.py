"""The `sitrep` command, run as a user runs it (a subprocess on the installed console script)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ARTICLES, gdal_layer

SITREP = shutil.which("sitrep", path=str(Path(sys.executable).parent)) or "sitrep"
CONTRACT = {"event_id", "article_id", "event_date", "date_start", "date_end", "time_precision",
            "event_type", "sub_event_type", "status", "actor1", "actor2", "fatalities",
            "injuries", "location", "admin1", "country", "country_code", "geo_precision",
            "geonameid", "source_text", "source_span", "confidence", "notes"}  # fmt: skip


def run(*args, store=None, env=None):
    environ = {k: v for k, v in os.environ.items() if not k.startswith("SITREP_")}
    environ.update(env or {})
    if store is not None:
        environ["SITREP_STORE"] = str(store)
        environ["SITREP_EXAMPLE_DIR"] = "none"
    return subprocess.run([SITREP, *map(str, args)], capture_output=True, text=True, env=environ, timeout=300)


def test_extract_prints_one_feature_collection_for_all_files():
    files = [ARTICLES / "kharkiv-missiles.md", ARTICLES / "gaza-rafah.md"]
    result = run("extract", *files)
    assert result.returncode == 0, result.stderr
    collection = json.loads(result.stdout)
    assert collection["type"] == "FeatureCollection"
    assert {f["properties"]["article_id"] for f in collection["features"]} == {
        "kharkiv-missiles", "gaza-rafah"}  # fmt: skip
    for feature in collection["features"]:
        assert CONTRACT <= set(feature["properties"])
        if feature["geometry"] and feature["geometry"]["type"] == "Point":
            lon, lat = feature["geometry"]["coordinates"]
            assert -180 <= lon <= 180 and -90 <= lat <= 90


def test_published_override_and_missing_date(tmp_path):
    plain = tmp_path / "plain.txt"
    plain.write_text("Russian forces shelled Kherson on Monday, killing two people.", "utf-8")
    refused = run("extract", plain)
    assert refused.returncode != 0
    assert "plain.txt" in refused.stderr and "--published" in refused.stderr
    ok = run("extract", plain, "--published", "2024-05-25")
    assert ok.returncode == 0
    (feature,) = json.loads(ok.stdout)["features"]
    assert feature["properties"]["event_date"] == "2024-05-20"
    assert feature["properties"]["article_id"] == "plain"


def test_bad_published_value():
    result = run("extract", ARTICLES / "gaza-rafah.md", "--published", "2025-02-30")
    assert result.returncode == 2 and "impossible" in result.stderr


def test_ingest_then_export(tmp_path):
    store = tmp_path / "events.gpkg"
    first = run("ingest", ARTICLES, store=store)
    assert first.returncode == 0, first.stderr
    again = run("ingest", ARTICLES / "gaza-rafah.md", store=store)
    assert "0 new" in again.stderr
    out = tmp_path / "all.geojson"
    exported = run("export", "--format", "geojson", "--output", out, store=store)
    assert exported.returncode == 0, exported.stderr
    _, frame = gdal_layer(out)  # GDAL reads the export
    assert len(frame["event_id"]) == len(json.loads(out.read_text("utf-8"))["features"])
    csv_out = tmp_path / "battles.csv"
    run("export", "--format", "csv", "--output", csv_out, "--type", "Battles", store=store)
    lines = csv_out.read_text("utf-8").splitlines()
    assert lines[0].startswith("event_id_cnty,event_date,year,time_precision")
    assert all(",Battles," in line for line in lines[1:]) and len(lines) > 1
    since = run("export", "--since", "2025-01-01", store=store)
    dates = [f["properties"]["date_end"] for f in json.loads(since.stdout)["features"]]
    assert dates and min(dates) >= "2025-01-01"
    gpkg = tmp_path / "battles.gpkg"
    done = run("export", "--format", "gpkg", "--output", gpkg, "--type", "Battles", store=store)
    assert done.returncode == 0, done.stderr
    crs, layer = gdal_layer(gpkg, layer="events")  # QGIS/GDAL open the export
    assert len(layer["event_id"]) == len(lines) - 1 and set(layer["event_type"]) == {"Battles"}
    assert crs == "EPSG:4326" and not Path(f"{gpkg}-wal").exists()
    _, sources = gdal_layer(gpkg, layer="articles")
    assert set(sources["article_id"]) == set(layer["article_id"])  # with the source texts
    html = tmp_path / "map.html"
    done = run("export", "--format", "html", "--output", html, store=store)
    assert done.returncode == 0, done.stderr
    page = html.read_text("utf-8")
    assert "L.map(" in page and "/app/static" not in page and "<script src=" not in page


@pytest.mark.parametrize(("args", "message"), [
    (["--format", "pdf"], "unknown format 'pdf'"),
    (["--format", "gpkg"], "needs --output"),
    (["--format", "html", "--output", "-"], "needs --output"),
])  # fmt: skip
def test_export_refuses_bad_formats_and_outputs(tmp_path, args, message):
    result = run("export", *args, store=tmp_path / "s.gpkg")
    assert result.returncode == 2 and message in result.stderr


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("empty.txt", b""),
        ("binary.md", b"\x00\x01\x02PK\x03\x04"),
        ("latin.txt", "---\npublished: 2024-01-01\n---\nCafé à Kyiv".encode("cp1252")),
    ],
)
def test_bad_file_is_named_and_store_untouched(tmp_path, name, content):
    store = tmp_path / "events.gpkg"
    assert run("ingest", ARTICLES / "gaza-rafah.md", store=store).returncode == 0
    before = store.read_bytes()
    bad = tmp_path / name
    bad.write_bytes(content)
    result = run("ingest", bad, store=store)
    assert result.returncode == 1
    assert name in result.stderr
    assert run("export", store=store).stdout.count('"Feature"') == 2
    assert store.read_bytes() == before


def test_one_bad_file_does_not_stop_the_batch(tmp_path):
    store = tmp_path / "events.gpkg"
    folder = tmp_path / "batch"
    folder.mkdir()
    shutil.copy(ARTICLES / "paris-talks.md", folder)
    (folder / "broken.md").write_bytes(b"")
    result = run("ingest", folder, store=store)
    assert result.returncode == 1 and "broken.md" in result.stderr
    assert "paris-talks" in run("export", store=store).stdout


def test_batch_of_hundreds_of_files_with_one_bad_file(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    towns = ["Kharkiv", "Odesa", "Kherson", "Sumy", "Dnipro"]
    for n in range(300):
        day = 1 + n % 28
        (folder / f"a{n:03d}.md").write_text(
            f"---\npublished: 2024-02-{day:02d}\n---\nRussian drones struck "
            f"{towns[n % 5]} on 2024-02-{day:02d}, injuring {n % 7} people.\n",
            "utf-8",
        )
    (folder / "broken.txt").write_bytes(b"\xff\xfe\x00binary")
    store = tmp_path / "batch.gpkg"
    result = run("ingest", folder, store=store)
    assert result.returncode == 1 and "broken.txt" in result.stderr
    assert "1 of 301 file(s) failed" in result.stderr
    exported = json.loads(run("export", store=store).stdout)
    sources = {s["article_id"] for f in exported["features"] for s in f["properties"]["sources"]}
    assert len(sources) == 300  # same town, same day in two files: one event, two sources
