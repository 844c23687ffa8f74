"""Real-browser tests: Debian's Chromium driven by Playwright against the running dashboard.

Locally they skip (with the reason) when /usr/bin/chromium is missing; in CI (CI=true)
a missing browser is a failure.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import time
from pathlib import Path

import pytest
from browser_kit import (
    ARGS,
    ARTIFACTS,
    CHROMIUM,
    COUNT_LAYERS,
    HOSTILE_ARTICLE,
    HOSTILE_PLACE,
    OPEN_EVERY_POPUP,
    PAYLOAD_TEXT,
    click_until_url,
    hostile_import,
    map_frame,
    pwned,
    start_dashboard,
    synthetic_store,
    wait_for_counts,
    wait_until_idle,
)
from conftest import ARTICLES

from events import DATA_DIR, PROJECT_ROOT

pytestmark = pytest.mark.browser


def _require_browser():
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing in CI: .ci/run must install Debian's chromium")
        pytest.skip(f"{CHROMIUM} not installed (apt-get install -y chromium); skipping browser test")


def _serve(store_dir: Path, example_dir: Path, env: dict[str, str] | None = None):
    """The dashboard on localhost for a module's tests; stopped afterwards."""
    process, url = start_dashboard(store_dir, example_dir, extra_env=env)
    try:
        yield url
    finally:
        process.terminate()
        process.wait(timeout=20)


@pytest.fixture(scope="module")
def server(tmp_path_factory, pipeline):
    _require_browser()
    yield from _serve(tmp_path_factory.mktemp("browser"), DATA_DIR / "articles")


@pytest.fixture(scope="module")
def browser():
    _require_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield instance
        instance.close()


def test_dashboard_shows_events_filters_and_downloads(server, browser, tmp_path):
    page = browser.new_page(viewport={"width": 1280, "height": 800}, accept_downloads=True)
    failed = []
    page.on("requestfailed", lambda r: failed.append(r.url))
    page.goto(server)
    _, counts = map_frame(page)
    assert counts["points"] >= 3  # Sloviansk, Kyiv, Palm Beach
    assert counts["areas"] >= 1 and counts["dashed"] >= 1  # the proposed Donbas zone
    assert counts["basemap"] >= 243  # countries, borders, coastlines: geography under the events
    # the timeline and the table follow the map once it has drawn (app.DETAILS), with no click
    page.locator("[data-testid='stVegaLiteChart']").first.wait_for(timeout=30_000)
    page.locator(".st-key-table [data-testid='stDataFrame']").first.wait_for(timeout=30_000)
    assert page.get_by_role("button", name="Show them now").count() == 0
    page.locator("[data-testid='stMetric']").first.evaluate("e => e.scrollIntoView({block: 'start'})")
    page.wait_for_timeout(1_500)
    _keep(page, "dashboard.png")
    assert not [u for u in failed if "/app/static/" in u or "cdn" in u], failed

    page.get_by_role("combobox", name="Event type", exact=True).click()
    page.keyboard.type("Explosions")
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")
    wait_for_counts(page, {"points": 2, "areas": 0})
    page.get_by_text("2 of 7 events").wait_for(timeout=30_000)
    assert "type=Explosions" in page.url

    path = tmp_path / "download.geojson"
    _download(page, "Download GeoJSON").save_as(path)
    collection = json.loads(path.read_text("utf-8"))
    assert collection["type"] == "FeatureCollection"
    assert {f["properties"]["event_type"] for f in collection["features"]} == {"Explosions/Remote violence"}
    assert len(collection["features"]) == 2
    page.close()


def _download(page, label: str, attempts: int = 3):
    """Click a download button and return the download. A busy machine (CI) may still be
    rerunning the page, whose button can then be doubled or replaced under the click: wait
    for the run to end and for one button, and click again if no download starts."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

    for attempt in range(attempts):
        wait_until_idle(page)
        buttons = page.get_by_role("button", name=label)
        # Streamlit may still show the previous run's button beside the new one: wait for
        # one, and take the newest if two stay
        for _ in range(240):
            if buttons.count() == 1:
                break
            page.wait_for_timeout(250)
        button = buttons.last
        button.wait_for(timeout=60_000)
        try:
            with page.expect_download(timeout=40_000) as download_info:
                button.click()
            return download_info.value
        except PlaywrightTimeoutError:
            if attempt == attempts - 1:
                raise
    raise AssertionError("unreachable")


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory, pipeline):
    _require_browser()
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "examples").mkdir()
    (folder / "examples" / "hostile.md").write_text(HOSTILE_ARTICLE, "utf-8")
    yield from _serve(folder, folder / "examples")


def test_no_script_runs_from_article_text(hostile_server, browser, tmp_path):
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(hostile_server)
    frame, counts = map_frame(page)
    assert counts["points"] == 2
    texts = frame.evaluate(OPEN_EVERY_POPUP)
    shown = "\n".join(texts)
    for payload in PAYLOAD_TEXT:
        assert payload in shown  # shown literally, as text
    assert "<script>window.__pwned=1</script>" in shown  # the title, in the Sources row
    exported = tmp_path / "map.html"
    _download(page, "Download Map (HTML)").save_as(exported)  # the standalone HTML map
    standalone = browser.new_page()
    standalone.goto(exported.as_uri())
    assert standalone.evaluate(COUNT_LAYERS)["basemap"] >= 243  # the offline basemap, inlined
    shown = "\n".join(standalone.evaluate(OPEN_EVERY_POPUP))
    assert all(payload in shown for payload in PAYLOAD_TEXT)
    assert set(pwned(standalone)) == {None}
    standalone.close()

    search = page.get_by_label("Search source sentences and notes")
    search.fill('<img src=x onerror="window.__pwned=9"> [x](javascript:window.__pwned=10)')
    search.press("Enter")
    page.get_by_text("0 of 2 events", exact=False).wait_for(timeout=30_000)
    page.goto(hostile_server + "/review")  # the article highlighted on the review page
    page.get_by_text("Article in the store").click()
    page.get_by_text("[1]", exact=False).first.wait_for(timeout=60_000)
    body = page.locator("[data-testid='stHtml']").first.inner_text()
    assert all(payload in body for payload in PAYLOAD_TEXT[:2])
    page.get_by_text("New article").click()
    page.get_by_label("…or paste the article text").fill(
        "<img src=x onerror=window.__pwned=12> Russian drones hit Sumy on Friday."
    )
    page.get_by_label("Title (optional)").fill("<svg onload=window.__pwned=13>")
    page.keyboard.press("Tab")
    page.get_by_role("button", name="Extract events").click()
    page.get_by_text("no publication date", exact=False).wait_for(timeout=30_000)
    bad = tmp_path / "evil<img src=x onerror=window.__pwned=14>.md"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00binary")
    chip = page.get_by_text("evil<im", exact=False).first
    for _ in range(4):  # the page may still be rerunning after the last click
        page.locator("[data-testid='stFileUploaderDropzoneInput']").set_input_files(str(bad))
        try:
            chip.wait_for(timeout=8_000)
            break
        except Exception:  # noqa: BLE001 - retried
            page.screenshot(path=str(ARTIFACTS / "upload-retry.png"))
    for attempt in range(2):  # under load the click can land while the page is still rerunning
        page.get_by_role("button", name="Extract events").click()
        try:
            page.get_by_text("the file is binary", exact=False).wait_for(timeout=30_000)
            break
        except Exception:  # noqa: BLE001 - retried once, then raised
            page.screenshot(path=str(ARTIFACTS / "binary-retry.png"))
            if attempt:
                raise
    assert page.get_by_text("evil<img src=x onerror=window.__pwned=14>.md", exact=False).count()
    time.sleep(1)
    flags = pwned(page)
    assert flags and set(flags) == {None}
    assert dialogs == []
    page.screenshot(path=str(ARTIFACTS / "hostile.png"))
    page.close()


COUNT_HIGHLIGHTED = """() => {
  for (const key of Object.keys(window)) {
    let value;
    try { value = window[key]; } catch (e) { continue; }
    if (value instanceof L.Map) {
      let n = 0;
      value.eachLayer(l => { if (l instanceof L.CircleMarker && l.options.radius === 11) n++; });
      return n;
    }
  }
  return null;
}"""


@pytest.fixture(scope="module")
def corpus_server(tmp_path_factory, pipeline):
    """The dashboard on the development corpus (32 articles, many dates and places); every
    region with a new event surges (SITREP_SURGE_MIN_EVENTS=1)."""
    _require_browser()
    yield from _serve(tmp_path_factory.mktemp("corpus"), ARTICLES, {"SITREP_SURGE_MIN_EVENTS": "1"})


def _described(page, other_than: str | None = None) -> str:
    """The plain-English line above the map (once it differs from ``other_than``: the URL changes before
    the app has rerun with the filter, and a slow machine may still show the line before it)."""
    line = page.locator("strong").filter(has_text=re.compile(r"^(All \d|\d+ of \d)"))
    line.first.wait_for(timeout=30_000)
    for _ in range(60):
        text = line.first.inner_text()
        if text != other_than:
            break
        time.sleep(0.5)
    return text


def test_table_row_is_highlighted_on_the_map(corpus_server, browser):
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    page.goto(corpus_server)
    frame, _ = map_frame(page)
    assert frame.evaluate(COUNT_HIGHLIGHTED) == 0
    grid = page.locator(".st-key-table [data-testid='stDataFrame']").first
    grid.scroll_into_view_if_needed()
    box = grid.bounding_box()
    page.mouse.click(box["x"] + 12, box["y"] + 35 + 17)  # the first row's selection box
    for _ in range(60):
        frame, _ = map_frame(page)
        if frame.evaluate(COUNT_HIGHLIGHTED) == 1:
            break
        time.sleep(0.5)
    assert frame.evaluate(COUNT_HIGHLIGHTED) == 1
    page.close()


def test_timeline_brush_narrows_the_view_and_the_url(corpus_server, browser):
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    page.goto(corpus_server)
    map_frame(page)
    before = _described(page)
    assert before.startswith("All ")
    chart = page.locator("[data-testid='stVegaLiteChart']").first
    for _attempt in range(2):  # a chart drawn again mid-drag (a busy machine) drops the drag: once more
        chart.scroll_into_view_if_needed()
        box = chart.bounding_box()
        y = box["y"] + box["height"] * 0.35
        page.mouse.move(box["x"] + box["width"] * 0.55, y)
        page.mouse.down()
        page.mouse.move(box["x"] + box["width"] * 0.75, y, steps=8)
        page.mouse.up()
        for _ in range(40):
            if "brush_from=" in page.url:
                break
            time.sleep(0.5)
        if "brush_from=" in page.url:
            break
    page.screenshot(path=str(ARTIFACTS / "brush.png"))
    assert "brush_from=" in page.url and "brush_to=" in page.url
    after = _described(page)
    assert " of " in after and " from " in after, after
    page.close()


def test_play_steps_through_weeks(corpus_server, browser):
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    page.goto(corpus_server)
    map_frame(page)
    page.get_by_text("Week by week").click()
    caption = page.get_by_text("in the week of", exact=False).first
    caption.wait_for(timeout=30_000)
    first = caption.inner_text()
    page.get_by_role("button", name="▶ Play").click()
    seen = {first}
    for _ in range(40):
        time.sleep(0.5)
        try:
            seen.add(page.get_by_text("in the week of", exact=False).first.inner_text(timeout=2000))
        except Exception:  # noqa: BLE001 - the caption is being replaced
            continue
        if len(seen) >= 3:
            break
    assert len(seen) >= 3, seen  # three different weeks shown without a click
    page.get_by_role("button", name="⏸ Pause").click()
    page.close()


def test_review_page_extracts_accepts_and_saves(corpus_server, browser):
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    page.goto(corpus_server)
    _, counts = map_frame(page)
    total = _described(page)
    page.goto(corpus_server + "/review")
    page.get_by_label("…or paste the article text").fill(
        "---\npublished: 2025-12-28\n---\n"  # front matter gives the date in pasted text too
        "Russian forces shelled Nikopol on Monday, killing two people and wounding five."
    )
    page.get_by_role("button", name="Extract events").click()
    page.get_by_text("[1]", exact=False).first.wait_for(timeout=60_000)
    mark = page.locator("[data-testid='stHtml'] mark").first
    assert "Nikopol" in mark.inner_text()
    page.locator("iframe[title='streamlit_folium.st_folium']").first.wait_for(timeout=60_000)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "review.png"), full_page=True)
    page.get_by_role("button", name="Save review").click()
    page.get_by_text("Saved 1 events", exact=False).wait_for(timeout=60_000)
    page.goto(corpus_server)
    map_frame(page)
    page.get_by_text("All ", exact=False).first.wait_for(timeout=30_000)
    assert _described(page) != total  # one more event on the map page
    page.close()


SCREENSHOTS = PROJECT_ROOT / "docs" / "screenshots"


def _keep(page, name: str) -> None:
    """A screenshot in tests/artifacts/; with UPDATE_SCREENSHOTS=1, also the README's."""
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name))
    if os.environ.get("UPDATE_SCREENSHOTS") == "1":
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        shutil.copy(ARTIFACTS / name, SCREENSHOTS / name)


@pytest.fixture(scope="module")
def scale_server(tmp_path_factory, pipeline):
    """The dashboard on a synthetic store of 10,000 imported events."""
    _require_browser()
    folder = tmp_path_factory.mktemp("scale")
    synthetic_store(folder / "store.gpkg", 10_000)
    yield from _serve(folder, folder / "no-examples")


def test_screenshots_at_scale_and_of_the_review_page(scale_server, corpus_server, browser):
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    page.goto(scale_server)
    _, counts = map_frame(page)
    assert 0 < counts["points"] < 3_000  # 10,000 events aggregated into cells
    assert _described(page).startswith("All 10000 events")
    page.locator("iframe[title='streamlit_folium.st_folium']").first.scroll_into_view_if_needed()
    page.wait_for_timeout(3_000)  # the cells for the view the map returns
    _keep(page, "map-10k.png")
    page.locator("[data-testid='stVegaLiteChart']").first.scroll_into_view_if_needed()
    time.sleep(1)
    _keep(page, "timeline-10k.png")
    page.goto(corpus_server + "/review")
    page.get_by_text("Article in the store").click()
    page.get_by_text("[1]", exact=False).first.wait_for(timeout=60_000)
    page.locator("iframe[title='streamlit_folium.st_folium']").first.wait_for(timeout=60_000)
    page.locator("[data-testid='stDataFrame']").first.scroll_into_view_if_needed()
    time.sleep(2)
    _keep(page, "review.png")
    page.close()


MAP_STATE = """() => {
  for (const key of Object.keys(window)) {
    let value;
    try { value = window[key]; } catch (e) { continue; }
    if (value instanceof L.Map) {
      const out = {tiles: 0, basemap: false, zoom: value.getZoom(), cells: [], admin1: 0};
      value.eachLayer(l => {
        if (l instanceof L.TileLayer) out.tiles++;
        if (l instanceof L.SitrepBasemap) out.basemap = true;
        if (l.options && l.options.sitrepBasemap && l.options.dashArray) out.admin1++;  // outlines
        if (l.options && l.options.sitrepCell) {
          const p = value.latLngToContainerPoint(l.getLatLng());
          out.cells.push({x: p.x, y: p.y, count: l.options.count});
        }
      });
      return out;
    }
  }
  return null;
}"""


BASE_LAYER_CHOICES = """() => {
  document.querySelector('.leaflet-control-layers').classList.add('leaflet-control-layers-expanded');
  return [...document.querySelectorAll('.leaflet-control-layers-base label')].map(e => e.innerText.trim());
}"""


BARS = """e => [...e.querySelectorAll('svg g.mark-rect path')]
  .filter(p => ['#E69F00', '#0072B2'].includes((p.getAttribute('fill') || '').toUpperCase()))
  .map(p => ({fill: p.getAttribute('fill'),
              opacity: p.getAttribute('fill-opacity') || p.getAttribute('opacity')}))"""


OPEN_CELL_POPUPS = """() => {
  for (const key of Object.keys(window)) {
    let value;
    try { value = window[key]; } catch (e) { continue; }
    if (value instanceof L.Map) {
      const texts = [];
      value.eachLayer(l => {
        if (l.options && l.options.sitrepCell) {
          l.fire('click', {latlng: l.getLatLng()});
          texts.push(document.querySelector('.leaflet-popup-content').innerText);
        }
      });
      return texts;
    }
  }
  return [];
}"""


def _colours(png: bytes) -> int:
    """How many distinct colours a screenshot holds (a flat grey field holds one or two)."""
    import io

    from PIL import Image

    return len(Image.open(io.BytesIO(png)).convert("RGB").getcolors(maxcolors=1 << 20) or [])


@pytest.fixture(scope="module")
def tiles_server(tmp_path_factory, pipeline):
    """The bundled example with OpenStreetMap tiles configured (the default setting)."""
    _require_browser()
    yield from _serve(
        tmp_path_factory.mktemp("tiles"), DATA_DIR / "articles", {"SITREP_TILES": "OpenStreetMap"}
    )


def test_offline_the_basemap_draws_geography(tiles_server, browser):
    """Every request outside localhost refused: the tiles fail, the Natural Earth basemap
    stands in (countries, borders, coastlines, names), and the picture is not one flat colour."""
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    local = tiles_server.rsplit(":", 1)[0]
    refused = []

    def route(request_route):
        url = request_route.request.url
        if url.startswith((local, "data:", "blob:", "about:")):
            request_route.continue_()
        else:
            refused.append(url)
            request_route.abort()

    page.route("**/*", route)
    page.goto(tiles_server)
    frame, counts = map_frame(page)
    assert counts["basemap"] >= 243  # 241 countries, borders, coastlines (and names)
    for _ in range(40):
        state = frame.evaluate(MAP_STATE)
        if state["basemap"]:
            break
        time.sleep(0.5)
    assert state["basemap"] and state["tiles"] == 0, state  # the offline map replaced the tiles
    assert any("tile.openstreetmap" in u for u in refused)  # the tiles were tried, and refused
    labels = frame.evaluate("() => [...document.querySelectorAll('.sitrep-label')].map(e => e.innerText)")
    assert len(labels) >= 3 and "RUSSIA" in [x.upper() for x in labels], labels  # country names
    iframe = page.locator("iframe[title='streamlit_folium.st_folium']").first
    iframe.scroll_into_view_if_needed()
    assert _colours(iframe.screenshot()) > 20
    choices = frame.evaluate(BASE_LAYER_CHOICES)
    assert any("Offline map (Natural Earth)" in c for c in choices) and any(
        "OpenStreetMap" in c for c in choices
    )
    page.close()


def test_timeline_draws_approximate_dates_over_their_range(server, browser):
    """The bundled example's strikes are known to the week ("in recent days"): bars over each
    day of the week, paler; the meetings and calls reported as news are known to the day
    (opaque); the ticks are dates (no hours)."""
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    page.goto(server)
    map_frame(page)
    chart = page.locator("[data-testid='stVegaLiteChart']").first
    chart.scroll_into_view_if_needed()
    chart.locator("svg g.role-axis-label text").first.wait_for(timeout=30_000)
    ticks = chart.evaluate(
        "e => [...e.querySelectorAll('svg g.role-axis-label text')].map(t => t.textContent)"
    )
    assert "21 Dec" in ticks and not [t for t in ticks if ":" in t or "AM" in t or "PM" in t], ticks
    bars = chart.evaluate(BARS)
    assert len(bars) >= 8 and {b["opacity"] for b in bars} == {"0.4", "1"}, bars
    assert sum(b["opacity"] == "0.4" for b in bars) >= 7, bars  # a week of paler bars
    assert "Date known to" in chart.inner_text()
    page.close()


def test_a_surge_click_filters_the_view_and_goes_in_the_url(corpus_server, browser):
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    page.goto(corpus_server)
    map_frame(page)
    before = _described(page)
    page.locator(".st-key-trend_level").get_by_text("Country", exact=True).click()
    surge = page.locator("[class*='st-key-surge-0'] button").first
    for _ in range(60):  # the country-level list replaces the admin-1 one
        if surge.count() and "," not in surge.inner_text().split(":")[0]:
            break
        time.sleep(0.5)
    country = surge.inner_text().split(":")[0]
    page.screenshot(path=str(ARTIFACTS / "surges.png"))
    click_until_url(page, surge, re.compile(r"region="))
    after = _described(page, other_than=before)
    assert after != before and f"in the region {country}" in after, after
    click_until_url(page, page.get_by_role("button", name="Show all regions"), re.compile(r"^[^?]*$"))
    assert _described(page, other_than=after) == before
    page.close()


def test_a_cell_click_shows_its_breakdown_and_zooms_in(scale_server, browser):
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    page.goto(scale_server)
    frame, _ = map_frame(page)
    iframe = page.locator("iframe[title='streamlit_folium.st_folium']").first
    iframe.scroll_into_view_if_needed()
    time.sleep(1)
    state = frame.evaluate(MAP_STATE)
    box = iframe.bounding_box()
    inside = [
        c for c in state["cells"] if 40 < c["x"] < box["width"] - 60 and 60 < c["y"] < box["height"] - 200
    ]
    cell = max(inside, key=lambda c: c["count"])
    page.mouse.click(box["x"] + cell["x"], box["y"] + cell["y"])
    popup = frame.locator(".leaflet-popup-content").first
    popup.wait_for(timeout=10_000)
    text = popup.inner_text()
    assert f"{cell['count']:,} events" in text and "Fatalities" in text and "Most events at" in text
    kinds = [k for k in ("Battles", "Riots", "Diplomacy", "Protests") if k in text]
    assert len(kinds) >= 2, text  # the mix of types, not the last-drawn one
    for _ in range(20):
        if frame.evaluate(MAP_STATE)["zoom"] > state["zoom"]:
            break
        time.sleep(0.25)
    assert frame.evaluate(MAP_STATE)["zoom"] > state["zoom"]
    # zoomed in on Ukraine: its admin-1 outlines (loaded by map.js, beside the frame's scripts)
    zoomed = frame.evaluate(MAP_STATE)
    assert zoomed["zoom"] >= 5 and zoomed["admin1"] >= 20, zoomed
    page.close()


@pytest.fixture(scope="module")
def hostile_places_server(tmp_path_factory, pipeline):
    """Imported events whose place and region names are payloads, drawn as cells."""
    _require_browser()
    folder = tmp_path_factory.mktemp("hostile-places")
    hostile_import(folder / "store.gpkg")
    env = {"SITREP_MAP_MAX_MARKERS": "1", "SITREP_SURGE_MIN_EVENTS": "1"}
    yield from _serve(folder, folder / "no-examples", env)


def test_hostile_place_names_in_cells_and_surges_stay_text(hostile_places_server, browser):
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(hostile_places_server)
    frame, counts = map_frame(page)
    assert frame.evaluate(MAP_STATE)["cells"]  # aggregated: the breakdown popups hold the names
    shown = "\n".join(frame.evaluate(OPEN_CELL_POPUPS))
    assert HOSTILE_PLACE in shown  # the place, shown literally in the cell breakdown
    surge = page.locator("[class*='st-key-surge-0'] button").first
    surge.wait_for(timeout=30_000)
    assert "<script>" in surge.inner_text()  # the region name, as text
    click_until_url(page, surge, re.compile(r"region="))
    page.wait_for_timeout(1_000)
    assert set(pwned(page)) == {None} and dialogs == []
    page.close()
