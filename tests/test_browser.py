"""Real-browser tests: Debian's Chromium driven by Playwright against the running dashboard.

Locally they skip (with the reason) when /usr/bin/chromium is missing; in CI (CI=true)
a missing browser is a failure.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
from browser_kit import (
    ARGS,
    ARTIFACTS,
    CHROMIUM,
    HOSTILE_ARTICLE,
    OPEN_EVERY_POPUP,
    PAYLOAD_TEXT,
    map_frame,
    pwned,
    start_dashboard,
    wait_for_counts,
)

from events import DATA_DIR

pytestmark = pytest.mark.browser


def _require_browser():
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing in CI: .ci/run must install Debian's chromium")
        pytest.skip(f"{CHROMIUM} not installed (apt-get install -y chromium); skipping browser test")


@pytest.fixture(scope="module")
def server(tmp_path_factory, pipeline):
    _require_browser()
    process, url = start_dashboard(tmp_path_factory.mktemp("browser"), DATA_DIR / "articles")
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


def test_dashboard_shows_events_filters_and_downloads(server, browser, tmp_path):
    page = browser.new_page(viewport={"width": 1280, "height": 800}, accept_downloads=True)
    failed = []
    page.on("requestfailed", lambda r: failed.append(r.url))
    page.goto(server)
    _, counts = map_frame(page)
    assert counts["points"] >= 3  # Sloviansk, Kyiv, Palm Beach
    assert counts["areas"] >= 1 and counts["dashed"] >= 1  # the proposed Donbas zone
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "dashboard.png"))
    assert not [u for u in failed if "/app/static/" in u or "cdn" in u], failed

    page.get_by_role("combobox", name="Event type", exact=True).click()
    page.keyboard.type("Explosions")
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")
    wait_for_counts(page, {"points": 2, "areas": 0})
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


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory, pipeline):
    _require_browser()
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "examples").mkdir()
    (folder / "examples" / "hostile.md").write_text(HOSTILE_ARTICLE, "utf-8")
    process, url = start_dashboard(folder, folder / "examples")
    yield url
    process.terminate()
    process.wait(timeout=20)


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
    search = page.get_by_label("Search source sentences and notes")
    search.fill('<img src=x onerror="window.__pwned=9"> [x](javascript:window.__pwned=10)')
    search.press("Enter")
    page.get_by_text("0 of 2 events", exact=False).wait_for(timeout=30_000)
    paste = page.get_by_label("…or paste the article text")
    for _ in range(3):  # the page may still be rerunning after the search
        if paste.is_visible():
            break
        page.locator("[data-testid='stExpander'] summary").filter(has_text="Add an article").click()
        time.sleep(2)
    page.screenshot(path=str(ARTIFACTS / "hostile-form.png"))
    page.get_by_label("…or paste the article text").fill(
        "<img src=x onerror=window.__pwned=12> Russian drones hit Sumy on Friday.")
    page.get_by_label("Title (optional)").fill("<svg onload=window.__pwned=13>")
    page.keyboard.press("Tab")
    page.get_by_role("button", name="Extract and add").click()
    page.get_by_text("no publication date", exact=False).wait_for(timeout=30_000)
    bad = tmp_path / "evil<img src=x onerror=window.__pwned=14>.md"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00binary")
    page.locator("[data-testid='stFileUploaderDropzoneInput']").set_input_files(str(bad))
    page.get_by_role("button", name="Extract and add").click()
    page.get_by_text("the file is binary", exact=False).wait_for(timeout=30_000)
    assert page.get_by_text("evil<img src=x onerror=window.__pwned=14>.md", exact=False).count()
    time.sleep(1)
    flags = pwned(page)
    assert flags and set(flags) == {None}
    assert dialogs == []
    page.screenshot(path=str(ARTIFACTS / "hostile.png"))
    page.close()
