"""Helpers to drive the dashboard in Debian's Chromium (used by tests/test_browser.py and
bench/robustness.py)."""

from __future__ import annotations

import datetime as dt
import os
import random
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from events import PROJECT_ROOT

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
ARTIFACTS = PROJECT_ROOT / "tests" / "artifacts"

COUNT_LAYERS = """() => {
  for (const key of Object.keys(window)) {
    let value;
    try { value = window[key]; } catch (e) { continue; }
    if (value instanceof L.Map) {
      const out = {points: 0, areas: 0, dashed: 0, basemap: 0, events: 0};
      value.eachLayer(l => {
        if (l.options && l.options.sitrepBasemap) out.basemap++;
        else if (l instanceof L.CircleMarker) {
          out.points++;
          out.events += l.options.sitrepCell ? l.options.count : 1;  // a cell: its events
        }
        else if (l instanceof L.Polygon) { out.areas++; if (l.options.dashArray) out.dashed++; }
      });
      return out;
    }
  }
  return null;
}"""


TYPES = [("Battles", "Armed clash"), ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
         ("Explosions/Remote violence", "Air/drone strike"), ("Violence against civilians", "Attack"),
         ("Protests", "Peaceful protest"), ("Riots", "Violent demonstration"),
         ("Strategic developments", "Disrupted weapons use"), ("Diplomacy", "Meeting")]  # fmt: skip


def synthetic_store(path: Path, count: int) -> None:
    """A store of ``count`` realistic imported events: points on the gazetteer's Ukrainian
    settlements, dates 2022-2025, every event type (for scale screenshots and benchmarks)."""
    from events.exchange.imports import import_article
    from events.places import load_gazetteer
    from events.records.record import Source, make_record
    from events.settings import load_settings
    from events.store import store_at

    ix = load_gazetteer(load_settings().cache_dir).index
    towns = [(ix.lon[i], ix.lat[i], ix.names[i], i) for i, kind in enumerate(ix.kinds)
             if kind == "city" and ix.country[i] == "UA"]  # fmt: skip
    rng = random.Random(count)
    article = import_article(path.with_name(f"synthetic-{count}.csv"), "acled")
    source = Source(article_id=article.article_id, source="synthetic")
    records = []
    for n in range(count):
        lon, lat, name, _ = rng.choice(towns)
        day = dt.date(2022, 1, 1) + dt.timedelta(days=rng.randrange(4 * 365))
        event_type, sub_type = rng.choice(TYPES)
        records.append(make_record(
            event_id=f"syn:{n}", article_id=article.article_id, event_date=day, date_start=day,
            date_end=day, time_precision=1, event_type=event_type, sub_event_type=sub_type,
            status="occurred", location=name, country="Ukraine", geo_precision=1,
            geometry={"type": "Point", "coordinates": [lon, lat]}, fatalities=rng.randrange(4),
            source_text=f"Synthetic event {n} in {name}.", source_span=(0, 20), confidence=1.0,
            origin="imported", sources=[source]))  # fmt: skip
    store = store_at(path)
    store.create()
    store.ingest(article, records)
    store.imported_frame()  # the columnar copy, as `sitrep import` leaves it


HOSTILE_PLACE = "<script>window.__pwned=20</script><img src=x onerror=window.__pwned=21>${window.__pwned=22}"
_ACLED_ROW = {
    "event_id_cnty": "HOST{n}", "event_date": "2025-12-2{n}", "year": "2025", "time_precision": "1",
    "disorder_type": "Political violence", "event_type": "Battles", "sub_event_type": "Armed clash",
    "actor1": "Military Forces of Russia (2000-)", "inter1": "1", "interaction": "11", "iso": "804",
    "region": "Europe", "country": "Ukraine", "admin1": HOSTILE_PLACE, "location": HOSTILE_PLACE,
    "latitude": "49.98", "longitude": "36.2{n}", "geo_precision": "1", "source": "Test",
    "source_scale": "National", "notes": "Synthetic row with a hostile place name.", "fatalities": "1",
}  # fmt: skip


def hostile_import(path: Path, rows: int = 3) -> None:
    """A store holding an imported ACLED file whose place and region names are payloads."""
    import csv

    from events.exchange.imports import read_csv_records
    from events.store import store_at

    source = PROJECT_ROOT / "tests" / "data" / "imports" / "acled_export.csv"
    with source.open(encoding="utf-8") as handle:
        header = next(csv.reader(handle))
    target = path.with_name("hostile-acled.csv")
    with target.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=header)
        writer.writeheader()
        for n in range(rows):
            writer.writerow({k: v.replace("{n}", str(n)) for k, v in _ACLED_ROW.items() if k in header})
    store = store_at(path)
    store.create()
    store.ingest(*read_csv_records(target, "acled", 10_000_000))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_dashboard(store_dir: Path, example_dir: Path, extra_env: dict[str, str] | None = None,
                    script: Path = PROJECT_ROOT / "app.py"):  # fmt: skip
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("SITREP_")}
    env.update({"SITREP_STORE": str(store_dir / "store.gpkg"), "SITREP_EXAMPLE_DIR": str(example_dir),
                "SITREP_TILES": "none", **(extra_env or {})})  # fmt: skip
    if script == PROJECT_ROOT / "app.py":  # as `sitrep serve` starts it: store preloaded
        command = [sys.executable, "-m", "sitrep", "serve", "--port", str(port),
                   "--address", "127.0.0.1", "--headless"]  # fmt: skip
    else:
        command = [sys.executable, "-m", "streamlit", "run", str(script), "--server.port", str(port),
                   "--server.address", "127.0.0.1", "--server.headless", "true"]  # fmt: skip
    process = subprocess.Popen(
        command,
        cwd=PROJECT_ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 120
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return process, url
        except OSError:
            time.sleep(0.5)
    process.kill()
    raise RuntimeError("the dashboard did not start within 120 s")


def map_frame(page, timeout_s: float = 60):
    page.wait_for_selector("iframe[title='streamlit_folium.st_folium']", timeout=timeout_s * 1000)
    for _ in range(int(timeout_s * 2)):
        for frame in page.frames[1:]:
            try:
                counts = frame.evaluate(COUNT_LAYERS)
            except Exception:  # noqa: BLE001 - a frame still loading
                counts = None
            if counts and counts["points"] + counts["areas"] > 0:
                return frame, counts
        time.sleep(0.5)
    raise AssertionError("no Leaflet map with layers appeared")


def wait_until_idle(page, timeout_s: float = 60) -> None:
    """Until Streamlit has finished rerunning the script: while it runs, the elements of the
    run before (a download button among them) can stand beside the new ones."""
    page.wait_for_function(
        "() => !document.querySelector(\"[data-testid='stStatusWidget']\")", timeout=timeout_s * 1000
    )


def click_until_url(page, locator, pattern, attempts: int = 3, timeout_s: float = 20) -> None:
    """Click a button that sets the URL's query, and wait for the URL to match. On a busy
    machine (CI) the page may still be rerunning when the button is clicked, and Streamlit can
    drop a click that lands on a button being replaced: wait for the run to end, and click
    again if the URL has not changed."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

    for attempt in range(attempts):
        wait_until_idle(page)
        locator.click()
        try:
            page.wait_for_url(pattern, timeout=timeout_s * 1000)  # pumps events, unlike time.sleep
            return
        except PlaywrightTimeoutError:
            if attempt == attempts - 1:
                raise


def wait_for_counts(page, expected: dict) -> dict:
    counts = None
    for _ in range(60):
        _, counts = map_frame(page)
        if all(counts[k] == v for k, v in expected.items()):
            return counts
        time.sleep(0.5)
    raise AssertionError(f"map layers {counts} never became {expected}")


HOSTILE_ARTICLE = """---
title: "<script>window.__pwned=1</script> Strike report [x](javascript:window.__pwned=11)"
published: 2024-05-25
source: "<img src=x onerror=window.__pwned=2>"
url: "javascript:window.__pwned=3"
---
Russian forces struck Kharkiv with missiles on Friday <script>window.__pwned=4</script>, \
killing two people <img src=x onerror="window.__pwned=5">.

Russian drones hit Odesa on Friday <svg onload="window.__pwned=6"></svg> ${window.__pwned=7} \
`x` <a href="javascript:window.__pwned=8">link</a>.
"""
# Every distinct way a payload reaches the page: the article above (front matter and
# body), the search box and the paste form (see tests/test_browser.py).
PAYLOADS_TRIED = 13
PAYLOAD_TEXT = ["<script>window.__pwned=4</script>", '<svg onload="window.__pwned=6"></svg>',
                "${window.__pwned=7}"]  # fmt: skip
OPEN_EVERY_POPUP = """() => {
  for (const key of Object.keys(window)) {
    let value;
    try { value = window[key]; } catch (e) { continue; }
    if (value instanceof L.Map) {
      const texts = [];
      value.eachLayer(l => {
        if (l.getTooltip && l.getTooltip()) {
          l.openTooltip(); texts.push(l.getTooltip().getElement().innerText);
        }
        if (l.getPopup && l.getPopup()) {
          l.openPopup(); texts.push(l.getPopup().getElement().innerText);
        }
      });
      return texts;
    }
  }
  return [];
}"""


def pwned(page) -> list:
    """The payload flag in every live frame (None where unset); detached frames are skipped."""
    from playwright.sync_api import Error

    flags = []
    for frame in page.frames:
        try:
            flags.append(frame.evaluate("() => window.__pwned === undefined ? null : window.__pwned"))
        except Error:
            continue
    return flags
