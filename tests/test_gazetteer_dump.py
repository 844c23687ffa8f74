"""`sitrep gazetteer add`: GeoNames country dumps from disk or (optionally) the network."""

from __future__ import annotations

import http.server
import io
import json
import os
import subprocess
import sys
import threading
import zipfile
from pathlib import Path

import pytest

from events.errors import GazetteerError
from events.places.dumps import add_dump, parse_dump

FIXTURE = Path(__file__).parent / "data" / "geonames" / "UA.txt"
SITREP = str(Path(sys.executable).parent / "sitrep")


def test_parse_keeps_populated_places_only():
    rows = list(parse_dump(FIXTURE))
    assert [r["name"] for r in rows] == ["Klishchiivka", "Robotyne", "Vovche"]
    assert rows[0]["admin1"] == "05" and rows[0]["country"] == "UA"


def test_malformed_dump_names_the_line(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text(FIXTURE.read_text("utf-8") + "1\tonly three\tcolumns\n", "utf-8")
    with pytest.raises(GazetteerError, match=r"bad.txt:5: 3 columns"):
        list(parse_dump(bad))


def test_download_from_a_local_server(tmp_path):
    payload = io.BytesIO()
    with zipfile.ZipFile(payload, "w") as archive:
        archive.writestr("readme.txt", "GeoNames readme")
        archive.writestr("UA.txt", FIXTURE.read_text("utf-8"))
    body = payload.getvalue()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (http.server's name)
            ok = self.path == "/dump/UA.zip"
            self.send_response(200 if ok else 404)
            self.end_headers()
            if ok:
                self.wfile.write(body)

        def log_message(self, *args):
            return

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_port}/dump/{{country}}.zip"
        path, count = add_dump("UA", tmp_path, url)
        assert count == 3 and path.name == "UA.tsv"
        with pytest.raises(GazetteerError, match="cannot download"):
            add_dump("ZZ", tmp_path, url)
    finally:
        server.shutdown()
    with pytest.raises(GazetteerError, match="only http"):
        add_dump("UA", tmp_path, "file:///etc/{country}")


def test_added_villages_resolve_in_extraction(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("SITREP_")}
    env["SITREP_CACHE_DIR"] = str(tmp_path / "cache")
    added = subprocess.run(
        [SITREP, "gazetteer", "add", str(FIXTURE)], capture_output=True, text=True, env=env, timeout=300
    )
    assert added.returncode == 0, added.stderr
    assert "indexed 3 populated places" in added.stderr
    article = tmp_path / "front.txt"
    article.write_text("Russian forces attacked near Klischiivka, Donetsk, on Monday.", "utf-8")
    result = subprocess.run([SITREP, "extract", str(article), "--published", "2024-03-12"],
                            capture_output=True, text=True, env=env, timeout=300)  # fmt: skip
    (feature,) = json.loads(result.stdout)["features"]
    assert feature["properties"]["location"] == "Klishchiivka"
    assert feature["properties"]["geonameid"] == 90000001
    assert feature["geometry"]["type"] == "Point" and feature["properties"]["geo_precision"] == 2
