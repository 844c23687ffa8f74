"""Helpers to drive the dashboard in Debian's Chromium (used by tests/test_browser.py and
bench/robustness.py)."""

from __future__ import annotations

import os
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


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_dashboard(store_dir: Path, example_dir: Path, extra_env: dict[str, str] | None = None):
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("SITREP_")}
    env.update(SITREP_STORE=str(store_dir / "store.gpkg"), SITREP_EXAMPLE_DIR=str(example_dir),
               SITREP_TILES="none", **(extra_env or {}))  # fmt: skip
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
