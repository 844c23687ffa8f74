"""Real-browser tests: Debian's Chromium driven by Playwright against the running dashboard.

Locally they skip (with the reason) when /usr/bin/chromium is missing; in CI (CI=true)
a missing browser is a failure.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from events import DATA_DIR, PROJECT_ROOT

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
ARTIFACTS = PROJECT_ROOT / "tests" / "artifacts"
pytestmark = pytest.mark.browser

COUNT_LAYERS = """() => {
  for (const key of Object.keys(window)) {
    let value;
    try { value = window[key]; } catch (e) { continue; }
    if (value instanceof L.Map) {
      const out = {points: 0, areas: 0, dashed: 0};
      value.eachLayer(l => {
        if (l instanceof L.CircleMarker) out.points++;
        else if (l instanceof L.Polygon) { out.areas++; if (l.options.dashArray) out.dashed++; }
      });
      return out;
    }
  }
  return null;
}"""


def _require_browser():
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing in CI: .ci/run must install Debian's chromium")
        pytest.skip(f"{CHROMIUM} not installed (apt-get install -y chromium); skipping browser test")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory, pipeline):
    _require_browser()
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("SITREP_")}
    env.update(SITREP_STORE=str(tmp_path_factory.mktemp("browser") / "store.gpkg"),
               SITREP_EXAMPLE_DIR=str(DATA_DIR / "articles"), SITREP_TILES="none")  # fmt: skip
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(PROJECT_ROOT / "app.py"),
         "--server.port", str(port), "--server.address", "127.0.0.1",
         "--server.headless", "true"],
        cwd=PROJECT_ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 120
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    break
        except OSError:
            time.sleep(0.5)
    else:
        process.kill()
        pytest.fail("the dashboard did not start within 120 s")
    yield url
    process.terminate()
    process.wait(timeout=20)


@pytest.fixture(scope="module")
def browser():
    _require_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield instance
        instance.close()


def _map_frame(page):
    page.wait_for_selector("iframe[title='streamlit_folium.st_folium']", timeout=90_000)
    for _ in range(120):
        for frame in page.frames[1:]:
            try:
                counts = frame.evaluate(COUNT_LAYERS)
            except Exception:  # noqa: BLE001 - a frame still loading
                counts = None
            if counts and counts["points"] + counts["areas"] > 0:
                return frame, counts
        time.sleep(0.5)
    raise AssertionError("no Leaflet map with layers appeared")


def _wait_for_counts(page, expected: dict) -> dict:
    counts = None
    for _ in range(60):
        _, counts = _map_frame(page)
        if all(counts[k] == v for k, v in expected.items()):
            return counts
        time.sleep(0.5)
    raise AssertionError(f"map layers {counts} never became {expected}")


def test_dashboard_shows_events_filters_and_downloads(server, browser, tmp_path):
    page = browser.new_page(viewport={"width": 1280, "height": 800}, accept_downloads=True)
    failed = []
    page.on("requestfailed", lambda r: failed.append(r.url))
    page.goto(server)
    _, counts = _map_frame(page)
    assert counts["points"] >= 3  # Sloviansk, Kyiv, Palm Beach
    assert counts["areas"] >= 1 and counts["dashed"] >= 1  # the proposed Donbas zone
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "dashboard.png"))
    assert not [u for u in failed if "/app/static/" in u or "cdn" in u], failed

    select = page.locator("[data-testid='stMultiSelect']").filter(has_text="Event type")
    select.locator("input").click()
    page.keyboard.type("Explosions")
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")
    _wait_for_counts(page, {"points": 2, "areas": 0})
    page.get_by_text("2 of 9 events").wait_for(timeout=30_000)
    assert "type=Explosions" in page.url

    with page.expect_download(timeout=30_000) as download_info:
        page.get_by_role("button", name="Download GeoJSON").click()
    path = tmp_path / "download.geojson"
    download_info.value.save_as(path)
    collection = json.loads(path.read_text("utf-8"))
    assert collection["type"] == "FeatureCollection"
    assert {f["properties"]["event_type"] for f in collection["features"]} == {
        "Explosions/Remote violence"}  # fmt: skip
    assert len(collection["features"]) == 2
    page.close()
