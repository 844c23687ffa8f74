"""Hostile input and failures, measured: payloads, bad files, kills, concurrent writers.

Prints: payloads tried and executed (must be 0); files tried and rejected with a
clear message (the file named, a non-zero exit, the store unchanged); SIGKILLs
survived with a valid store and no duplicates; concurrent writers and lost writes
(must be 0). Uses Debian's Chromium for the payload part when it is installed.
Usage: .venv/bin/python bench/robustness.py
"""

from __future__ import annotations

import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
SITREP = str(Path(sys.executable).parent / "sitrep")
ACLED_HEADER = (
    b"event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,actor2,"
    b"country,admin1,location,latitude,longitude,geo_precision,notes,fatalities\n"
)
GOOD = "---\npublished: 2024-03-0{d}\n---\nRussian drones struck Kharkiv on 2024-03-0{d}.\n"


def env_for(store: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SITREP_")}
    env.update(SITREP_STORE=str(store), SITREP_EXAMPLE_DIR="none")
    return env


def sitrep(*args: str, store: Path, timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run(
        [SITREP, *args], env=env_for(store), capture_output=True, text=True, timeout=timeout
    )


def digest(path: Path) -> str:
    db = sqlite3.connect(path)
    rows = db.execute("SELECT event_id, record FROM events ORDER BY event_id").fetchall()
    db.close()
    return hashlib.sha256(repr(rows).encode()).hexdigest()


def bad_files(folder: Path) -> dict[str, bytes]:
    dated = b"---\npublished: 2024-03-01\n---\n"
    return {
        "empty.txt": b"",
        "blank.md": b"  \n\t\n",
        "image.md": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
        "nul.txt": dated + b"Strike\x00on\x00Kyiv",
        "truncated.txt": dated + "Удар по Києву".encode()[:-1],
        "cp1251.txt": dated + "Удар по Києву".encode("cp1251"),
        "utf16.txt": ("---\npublished: 2024-03-01\n---\nStrike on Kyiv").encode("utf-16"),
        "huge.txt": dated + b"Russian drones struck Kharkiv. " * 1_700_000,
        "nobody.html": b"<html><head><title>x</title></head><body></body></html>",
        "baddate.md": b"---\npublished: 2024-02-30\n---\nRussian drones struck Kharkiv.",
        "notadate.md": b"---\npublished: next Tuesday\n---\nRussian drones struck Kharkiv.",
        "badyaml.md": b"---\ntitle: [unclosed\n---\nRussian drones struck Kharkiv.",
        "unknownkey.md": b"---\nauthor: x\npublished: 2024-03-01\n---\nText.",
        "undated.txt": b"Russian drones struck Kharkiv on Friday.",
        "document.pdf": b"%PDF-1.4 binary",
    }


def check_files(tmp: Path) -> tuple[int, int, list[str]]:
    store = tmp / "files.gpkg"
    (tmp / "good.md").write_text(GOOD.format(d=1), "utf-8")
    sitrep("ingest", str(tmp / "good.md"), store=store)
    before = digest(store)
    tried = rejected = 0
    problems = []
    for name, content in bad_files(tmp).items():
        path = tmp / name
        path.write_bytes(content)
        result = sitrep("ingest", str(path), store=store)
        tried += 1
        clear = result.returncode != 0 and name in result.stderr and digest(store) == before
        rejected += clear
        if not clear:
            problems.append(f"{name}: exit {result.returncode}, {result.stderr.strip()[:120]}")
    for kind, name, content in [
        ("acled", "missing-columns.csv", b"event_id_cnty,event_date\nX1,01/01/2024\n"),
        ("acled", "bad-date.csv", ACLED_HEADER + b"X2,31/02/2024,1,Battles,Armed clash,A,B,Ukraine,"
                                                 b"Kyiv,Kyiv,50.4,30.5,1,n,0\n"),
        ("geojson", "out-of-range.geojson", b'{"type": "FeatureCollection", "features": '
                                            b'[{"type": "Feature", "geometry": {"type": "Point", '
                                            b'"coordinates": [200, 95]}, "properties": {}}]}'),
        ("geojson", "not-json.geojson", b"{not json"),
    ]:  # fmt: skip
        path = tmp / name
        path.write_bytes(content)
        result = sitrep("import", kind, str(path), store=store)
        tried += 1
        clear = result.returncode != 0 and name in result.stderr and digest(store) == before
        rejected += clear
        if not clear:
            problems.append(f"{name}: exit {result.returncode}, {result.stderr.strip()[:120]}")
    tiny = tmp / "tiny"
    tiny.mkdir()
    for n in range(10_000):
        (tiny / f"t{n:05d}.txt").write_bytes(b"x")
    result = sitrep("ingest", str(tiny), store=store, timeout=1800)
    named = sum(f"t{n:05d}.txt" in result.stderr for n in range(10_000))
    tried += 10_000
    rejected += named if result.returncode != 0 and digest(store) == before else 0
    return tried, rejected, problems


def check_kills(tmp: Path, kills: int) -> tuple[int, int]:
    sys.path.insert(0, str(ROOT / "tests"))
    from test_crash import article_counts, write_batch

    folder = tmp / "batch"
    write_batch(folder, 1500)
    store = tmp / "kills.gpkg"
    sitrep("ingest", str(folder / "a0000.md"), store=store)
    rng = random.Random(11)
    survived = 0
    for _ in range(kills):
        process = subprocess.Popen([SITREP, "ingest", str(folder)], env=env_for(store),
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
        time.sleep(rng.uniform(1.6, 5.0))
        process.send_signal(signal.SIGKILL)
        process.wait()
        events, articles, duplicates = article_counts(store)
        whole = set(events) <= articles and all(events.get(a, 0) == 2 for a in articles)
        survived += whole and duplicates == 0
    sitrep("ingest", str(folder), store=store)
    events, articles, duplicates = article_counts(store)
    complete = len(articles) == 1500 and duplicates == 0
    return survived, int(complete)


def check_concurrency(tmp: Path) -> tuple[int, int, int]:
    from test_crash import article_counts, write_batch

    store = tmp / "concurrent.gpkg"
    write_batch(tmp / "left", 100, "l")
    write_batch(tmp / "right", 100, "r")
    sitrep("ingest", str(tmp / "left" / "l0000.md"), store=store)
    from events.store import store_at

    errors, stop = [], threading.Event()

    def reader():
        while not stop.is_set():
            try:
                store_at(store, lock_timeout=5).records()
            except Exception as exc:  # noqa: BLE001 - every failed read counts
                errors.append(exc)

    thread = threading.Thread(target=reader)
    thread.start()
    writers = [subprocess.Popen([SITREP, "ingest", str(tmp / side)], env=env_for(store),
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
               for side in ("left", "right")]  # fmt: skip
    for writer in writers:
        writer.wait()
    stop.set()
    thread.join()
    _, articles, _ = article_counts(store)
    return len(writers), 200 - len(articles), len(errors)


def check_payloads(tmp: Path) -> tuple[int, int | None]:
    import browser_kit as kit

    if not Path(kit.CHROMIUM).exists():
        return kit.PAYLOADS_TRIED, None
    from playwright.sync_api import sync_playwright

    (tmp / "examples").mkdir()
    (tmp / "examples" / "hostile.md").write_text(kit.HOSTILE_ARTICLE, "utf-8")
    process, url = kit.start_dashboard(tmp, tmp / "examples")
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=kit.CHROMIUM, args=kit.ARGS)
            page = browser.new_page()
            dialogs = []
            page.on("dialog", lambda d: (dialogs.append(d), d.dismiss()))
            page.goto(url)
            frame, _ = kit.map_frame(page)
            frame.evaluate(kit.OPEN_EVERY_POPUP)
            with page.expect_download(timeout=60_000) as download:  # the standalone HTML map
                page.get_by_role("button", name="Download Map (HTML)").click()
            download.value.save_as(tmp / "map.html")
            standalone = browser.new_page()
            standalone.goto((tmp / "map.html").as_uri())
            standalone.evaluate(kit.OPEN_EVERY_POPUP)
            executed = sum(v is not None for v in kit.pwned(standalone))
            search = page.get_by_label("Search source sentences and notes")
            search.fill('<img src=x onerror="window.__pwned=9"> [x](javascript:window.__pwned=10)')
            search.press("Enter")
            time.sleep(3)
            executed += sum(v is not None for v in kit.pwned(page))
            page.goto(url + "/review")  # the article with its sentences highlighted
            page.get_by_text("Article in the store").click()
            page.get_by_text("[1]", exact=False).first.wait_for(timeout=60_000)
            time.sleep(2)
            executed += sum(v is not None for v in kit.pwned(page)) + len(dialogs)
            browser.close()
    finally:
        process.terminate()
        process.wait()
    return kit.PAYLOADS_TRIED, executed


def main() -> int:
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        for part in ("payloads", "files", "kills", "concurrency"):
            (tmp / part).mkdir()
        tried, executed = check_payloads(tmp / "payloads")
        shown = "n/a (Chromium not installed)" if executed is None else executed
        print(f"payloads tried {tried}, executed {shown}   (must be 0)")
        files, rejected, problems = check_files(tmp / "files")
        print(
            f"files tried {files:,}, rejected with a clear message {rejected:,}   "
            "(file named, non-zero exit, store unchanged)"
        )
        for problem in problems:
            print(f"  not clear: {problem}")
        survived, complete = check_kills(tmp / "kills", 10)
        print(
            f"SIGKILLs 10, survived with a valid store and no duplicates {survived}; "
            f"re-run completed without duplicates: {'yes' if complete else 'no'}"
        )
        writers, lost, read_errors = check_concurrency(tmp / "concurrency")
        print(f"concurrent writers {writers}, lost writes {lost}, failed reads {read_errors}   (must be 0)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
