"""The dashboard at full size: synthetic stores of 10,000 / 100,000 (/ 1,000,000) events,
the app started headless on localhost and driven in Debian's Chromium.

For each size it prints: time to the first complete map (over the offline Natural Earth
basemap, which the benchmark's dashboard shows: no tiles), time from a filter change to
the updated map, the map's payload bytes, what the basemap adds to the first page load
(its files' bytes as Chromium received them, and unpacked), the server's and the
browser's resident memory, and when the map's frame was attached (before it: Streamlit's page
and the script; after it: Leaflet, the basemap and the layers); once per run, how long a
one-line Streamlit page takes to show (the floor any Streamlit page pays on this machine);
and, at 10,000 and 100,000 events, the same for the naive dashboard
(bench/naive_app.py: a folium CircleMarker per event, the map rebuilt on each change)
with the ratio (``--no-naive`` skips it: at 100,000 events it takes over ten minutes).
Events are realistic: points on the gazetteer's Ukrainian settlements, dates 2022-2025,
every event type.
Usage: .venv/bin/python bench/dashboard.py [--no-naive] [10000,100000[,1000000]]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))


def rss_mb(pid: int) -> float:
    status = Path(f"/proc/{pid}/status").read_text()
    return int(status.split("VmRSS:")[1].split()[0]) / 1024


def payload_bytes(store_path: Path, naive: bool) -> int:
    """Bytes of the map's HTML/JS for the whole store: Sitrep's, or the naive one's."""
    from events.service import load_frame
    from events.store import store_at
    from maps.event_map import build_event_map

    frame = load_frame(store_at(store_path))
    if naive:
        sys.path.insert(0, str(ROOT / "bench"))
        from naive_app import naive_map

        fig = naive_map(frame)
    else:
        fig = build_event_map(frame, tiles="none")
    return len(fig.get_root().render().encode("utf-8"))


BASEMAP_FILES = ("/vendor/basemap/", "/vendor/topojson-client/", "/static/sitrep/")
RESOURCES = """() => performance.getEntriesByType('resource').map(
  e => [e.name, e.transferSize, e.encodedBodySize, e.decodedBodySize])"""


def basemap_bytes(page) -> tuple[int, int, int]:
    """(files, bytes received, bytes unpacked) of the basemap's files on this page's first load
    (the set-up's basemap/frame.js is counted whole: it holds Leaflet and jQuery too, 0.08 MB
    received, 0.24 MB unpacked, which a map without the basemap loads as well)."""
    seen: dict[str, tuple[int, int]] = {}
    for frame in page.frames:
        try:
            entries = frame.evaluate(RESOURCES)
        except Exception:  # noqa: BLE001 - a detached frame
            continue
        for name, transfer, encoded, decoded in entries:
            if any(part in name for part in BASEMAP_FILES):
                seen[name] = (max(transfer, encoded), decoded)
    return len(seen), sum(v[0] for v in seen.values()), sum(v[1] for v in seen.values())


def events_of(counts: dict) -> tuple[int, int, int]:
    """The event layers' counts and the events they draw (cells: their counts), not the
    basemap's shapes and names: a filter may keep every cell but change its count."""
    return counts["points"], counts["areas"], counts.get("events", 0)


def settled(page, counts: dict, timeout_s: float = 10) -> dict:
    """The map's counts once they stop changing for a second (or after ``timeout_s``)."""
    import browser_kit as kit

    deadline, last_change = time.perf_counter() + timeout_s, time.perf_counter()
    while time.perf_counter() < deadline and time.perf_counter() - last_change < 1:
        page.wait_for_timeout(250)
        _, now = kit.map_frame(page, timeout_s=60)
        if events_of(now) != events_of(counts):
            counts, last_change = now, time.perf_counter()
    return counts


def measure(store_dir: Path, naive: bool, store: str | None = None) -> dict[str, float]:
    """The dashboard on ``store_dir/store.gpkg`` (or on ``store``, any store location)."""
    import browser_kit as kit
    from playwright.sync_api import sync_playwright

    script = ROOT / "bench" / "naive_app.py" if naive else ROOT / "app.py"
    extra = {"SITREP_STORE": store} if store else None
    process, url = kit.start_dashboard(store_dir, Path("none"), extra, script=script)
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=kit.CHROMIUM, args=kit.ARGS)
            page = browser.new_page(viewport={"width": 1280, "height": 800})
            started = time.perf_counter()
            page.goto(url)
            page.wait_for_selector(MAP_IFRAME, state="attached", timeout=600_000)
            attached = time.perf_counter() - started
            _, counts = kit.map_frame(page, timeout_s=600)
            first = time.perf_counter() - started
            files, received, unpacked = basemap_bytes(page)
            counts = settled(page, counts)  # the map's first bounds may redraw its cells once (untimed)
            started = time.perf_counter()
            page.get_by_role("combobox", name="Event type", exact=True).click()
            page.keyboard.type("Battles")
            page.keyboard.press("Enter")
            page.keyboard.press("Escape")
            changed = counts
            deadline = time.perf_counter() + 600
            while events_of(changed) == events_of(counts) and time.perf_counter() < deadline:
                try:
                    _, changed = kit.map_frame(page, timeout_s=600)
                except AssertionError:
                    continue
            change = time.perf_counter() - started
            heap = max(f.evaluate("() => performance.memory ? performance.memory.usedJSHeapSize : 0")
                       for f in page.frames)  # fmt: skip
            second = browser.new_page(viewport={"width": 1280, "height": 800})
            started = time.perf_counter()
            second.goto(url)
            kit.map_frame(second, timeout_s=600)
            warm = time.perf_counter() - started
            server = rss_mb(process.pid)
            browser.close()
    finally:
        process.terminate()
        process.wait()
    return {"first": first, "attached": attached, "warm": warm, "change": change, "server_mb": server,
            "browser_mb": heap / 2**20, "basemap_files": files, "basemap_mb": received / 1e6,
            "basemap_unpacked_mb": unpacked / 1e6}  # fmt: skip


MAP_IFRAME = "iframe[title='streamlit_folium.st_folium']"
BARE_PAGE = 'import streamlit as st\n\nst.write("bare page")\n'


def bare_page_s(folder: Path) -> float:
    """Seconds for a one-line Streamlit page to show in the same Chromium: the floor any
    Streamlit page pays on this machine, measured in the same run as the dashboard."""
    import browser_kit as kit
    from playwright.sync_api import sync_playwright

    script = folder / "bare_page.py"
    script.write_text(BARE_PAGE, encoding="utf-8")
    process, url = kit.start_dashboard(folder, Path("none"), script=script)
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=kit.CHROMIUM, args=kit.ARGS)
            page = browser.new_page()
            started = time.perf_counter()
            page.goto(url)
            page.get_by_text("bare page").wait_for(timeout=120_000)
            seconds = time.perf_counter() - started
            browser.close()
    finally:
        process.terminate()
        process.wait()
    return seconds


def main() -> int:
    args = sys.argv[1:]
    with_naive = "--no-naive" not in args
    args = [a for a in args if a != "--no-naive"]
    sizes = [int(s) for s in (args[0] if args else "10000,100000").split(",")]
    from browser_kit import CHROMIUM, synthetic_store

    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} is not installed: apt-get install -y chromium")
        return 1
    with tempfile.TemporaryDirectory() as name:
        floor = bare_page_s(Path(name))
        print(f"a bare one-line Streamlit page shows in {floor:.1f} s (this machine's floor)")
        for size in sizes:
            folder = Path(name) / str(size)
            folder.mkdir()
            started = time.perf_counter()
            synthetic_store(folder / "store.gpkg", size)
            print(f"\n{size:,} events (synthetic store built in {time.perf_counter() - started:.0f} s)")
            fast = measure(folder, naive=False)
            payload = payload_bytes(folder / "store.gpkg", naive=False)
            print(
                f"  Sitrep: first map {fast['first']:.1f} s (its frame attached at {fast['attached']:.1f} s; "
                f"cold server; {fast['warm']:.1f} s for a "
                f"new session), filter change {fast['change']:.1f} s, "
                f"payload {payload / 1e6:.2f} MB, server {fast['server_mb']:.0f} MB, "
                f"browser heap {fast['browser_mb']:.0f} MB"
            )
            print(
                f"  basemap on the first page load: {fast['basemap_files']} files, "
                f"{fast['basemap_mb']:.2f} MB received ({fast['basemap_unpacked_mb']:.2f} MB unpacked)"
            )
            if with_naive and size <= 100_000:
                from playwright.sync_api import Error as PlaywrightError

                try:
                    naive = measure(folder, naive=True)
                except (AssertionError, PlaywrightError) as exc:
                    reason = str(exc).splitlines()[0][:80]
                    print(f"  naive (one marker per event): no complete map within 600 s ({reason})")
                    continue
                naive_payload = payload_bytes(folder / "store.gpkg", naive=True)
                print(
                    f"  naive (one marker per event): first map {naive['first']:.1f} s "
                    f"({naive['warm']:.1f} s new session), filter "
                    f"change {naive['change']:.1f} s, payload {naive_payload / 1e6:.2f} MB, "
                    f"server {naive['server_mb']:.0f} MB, browser heap {naive['browser_mb']:.0f} MB"
                )
                print(
                    f"  ratio naive/Sitrep: first map {naive['first'] / fast['first']:.1f}x, "
                    f"filter change {naive['change'] / fast['change']:.1f}x, "
                    f"payload {naive_payload / payload:.1f}x"
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
