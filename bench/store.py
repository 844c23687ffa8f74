"""The GeoPackage and PostGIS stores side by side, in one run on this machine.

1. Import: a synthetic ACLED export of N rows (default 1,000,000; points on the gazetteer's
   Ukrainian settlements, every event type), `sitrep import acled` into each backend
   (the whole command: CSV parsing, validation, writing), wall time.
2. First view: a fresh process opens the store's view and asks what the first map asks
   (events.service.warmed_view: the sidebar's counts, the totals, timeline and trend sums, the
   points' extent; the GeoPackage reads its frame for them, PostGIS answers in SQL), wall
   time; then the dashboard itself on that store
   (`sitrep serve`, driven in Debian's Chromium as bench/dashboard.py does): the first
   complete map after a cold start, and a filter change (event type) to the updated map.
3. Concurrency: for D seconds (default 60) two `sitrep ingest` processes ingest overlapping
   article sets over and over while two reviewers save decisions: each on events of its
   own (every save must be found at the end: lost writes) and, every round, both on one
   shared event opened before either saves (the second save must be refused: conflicts
   provoked vs reported); then duplicated articles and events are counted.

PostgreSQL: $TEST_POSTGRES_URL, else a throwaway cluster started with .ci/postgres.
Usage: .venv/bin/python bench/store.py [ROWS] [SECONDS] [--postgis-only] [--no-team]
(--postgis-only: no GeoPackage store; --no-team: no concurrency run; both to iterate)
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # browser_kit, for the dashboard's measures
SITREP = str(Path(sys.executable).parent / "sitrep")
TYPES = [("Battles", "Armed clash"), ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
         ("Explosions/Remote violence", "Air/drone strike"), ("Violence against civilians", "Attack"),
         ("Protests", "Peaceful protest"), ("Riots", "Violent demonstration"),
         ("Strategic developments", "Looting/property destruction")]  # fmt: skip


def server(folder: Path) -> tuple[str, bool]:
    url = os.environ.get("TEST_POSTGRES_URL")
    if url:
        return url, False
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    script = str(ROOT / ".ci" / "postgres")
    command = [script, "start", str(folder), str(port)]
    out = subprocess.run(command, capture_output=True, text=True, check=True, timeout=120)
    return out.stdout.strip(), True


def schema(url: str, name: str) -> str:
    from urllib.parse import quote

    import psycopg

    with psycopg.connect(url, autocommit=True) as db:
        db.execute(f"DROP SCHEMA IF EXISTS {name} CASCADE")
        db.execute(f"CREATE SCHEMA {name}")
    return f"{url}?options=" + quote(f"-c search_path={name},public")


def write_acled(path: Path, rows: int) -> None:
    from events.places import load_gazetteer
    from events.settings import load_settings

    ix = load_gazetteer(load_settings().cache_dir).index
    towns = [(ix.lon[i], ix.lat[i], ix.names[i], ix.admin1[i]) for i, kind in enumerate(ix.kinds)
             if kind == "city" and ix.country[i] == "UA"]  # fmt: skip
    rng = random.Random(rows)
    header = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
              "sub_event_type", "actor1", "inter1", "actor2", "inter2", "interaction", "iso", "region",
              "country", "admin1", "location", "latitude", "longitude", "geo_precision", "source",
              "source_scale", "notes", "fatalities"]  # fmt: skip
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(header)
        for n in range(rows):
            lon, lat, name, _ = rng.choice(towns)
            day = dt.date(2022, 1, 1) + dt.timedelta(days=rng.randrange(4 * 365))
            kind, sub = rng.choice(TYPES)
            out.writerow([f"SYN{n}", day.isoformat(), day.year, 1, "Political violence", kind, sub,
                          "Military Forces of Russia (2000-)", 1, "", "", 10, 804, "Europe", "Ukraine", "",
                          name, f"{lat:.5f}", f"{lon:.5f}", 1, "Synthetic", "National",
                          f"Synthetic event {n} in {name}.", rng.randrange(4)])  # fmt: skip


def env_for(store: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SITREP_")}
    return env | {"SITREP_STORE": store, "SITREP_EXAMPLE_DIR": "none"}


def timed(command: list[str], store: str) -> float:
    started = time.perf_counter()
    result = subprocess.run(command, env=env_for(store), capture_output=True, text=True, timeout=7200)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command[:3])} failed: {result.stderr[-500:]}")
    return time.perf_counter() - started


FRAME = "from events.service import warmed_view; from events.store import store_at; import os, sys; " \
        "v = warmed_view(store_at(os.environ['SITREP_STORE'])); print(v.total())"  # fmt: skip


def dashboard(work: Path, location: str) -> dict[str, float]:
    """The dashboard on the store in Chromium (bench/dashboard.py's measure)."""
    from browser_kit import CHROMIUM
    from dashboard import measure

    if not Path(CHROMIUM).exists():
        raise SystemExit(f"{CHROMIUM} is not installed: apt-get install -y chromium")
    return measure(work, naive=False, store=location)


def write_articles(folder: Path, count: int, prefix: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        day = 1 + n % 28
        (folder / f"{prefix}{n:03d}.md").write_text(
            f"---\npublished: 2024-03-{day:02d}\n---\nRussian drones struck Kharkiv on 2024-03-{day:02d}, "
            f"injuring {n % 9} people.\n\nArtillery shelled Odesa the same day.\n", "utf-8")  # fmt: skip


def concurrency(store_location: str, folder: Path, seconds: float) -> dict[str, int]:
    from events.errors import StoreConflictError
    from events.store import ReviewItem, store_at

    for side in ("left", "right", "shared"):
        write_articles(folder / side, 15, side[0])
    timed([SITREP, "ingest", str(folder / "shared")], store_location)  # events for the reviewers
    store = store_at(store_location, 10)
    articles = [a["article_id"] for a in store.articles()]
    counts = {"saves": 0, "lost": 0, "provoked": 0, "reported": 0, "errors": 0}
    expected: dict[str, int] = {}
    lock = threading.Lock()
    stop = time.monotonic() + seconds
    shared_turn = threading.Barrier(2)
    rounds = [0, 0]
    refused = [0, 0]

    def reviewer(me: int) -> None:
        rng = random.Random(me)
        mine = [a for k, a in enumerate(articles) if k % 3 == me]  # articles of its own
        while time.monotonic() < stop:
            article_id = rng.choice(mine)
            try:
                article = store.article(article_id)
                record = store.article_records(article_id)[0]
                value = rng.randrange(1000)
                edited = record.model_copy(update={"fatalities": value, "review": "accepted"})
                item = ReviewItem(edited, record, {"fatalities": [record.fatalities, value]})
                store.save_review(article, [item])
                with lock:
                    counts["saves"] += 1
                    expected[record.event_id] = value
                # both open the shared event, then save one after the other: one is refused
                shared_id = articles[2]
                shared_article = store.article(shared_id)
                opened = store.article_records(shared_id)[0]
                turn = shared_turn.wait(timeout=30)  # 0 or 1: this round's order of saving
                time.sleep(0.05 * turn)
                value = 10_000 + rounds[me] * 2 + me  # a new value every round: a real change
                rounds[me] += 1
                edited = opened.model_copy(update={"fatalities": value, "review": "accepted"})
                refused[me] = 0
                try:
                    store.save_review(
                        shared_article, [ReviewItem(edited, opened, {"fatalities": [None, value]})]
                    )
                except StoreConflictError:
                    refused[me] = 1
                if shared_turn.wait(timeout=30) == 0:  # the round is complete: count it once
                    with lock:
                        counts["provoked"] += 1
                        counts["reported"] += refused[0] + refused[1]
            except threading.BrokenBarrierError:
                return
            except Exception:  # noqa: BLE001 - any other failure is counted and shown in the figures
                with lock:
                    counts["errors"] += 1

    ingests = []
    deadline = time.monotonic() + seconds
    threads = [threading.Thread(target=reviewer, args=(me,)) for me in (0, 1)]
    for thread in threads:
        thread.start()
    runs = 0
    while time.monotonic() < deadline:
        ingests = [subprocess.Popen([SITREP, "ingest", str(folder / side), str(folder / "shared")],
                                    env=env_for(store_location), stdout=subprocess.DEVNULL,
                                    stderr=subprocess.PIPE, text=True)
                   for side in ("left", "right")]  # fmt: skip
        codes = [p.wait(timeout=600) for p in ingests]
        counts["errors"] += sum(code != 0 for code in codes)
        runs += 2
    shared_turn.abort()
    for thread in threads:
        thread.join(timeout=60)
    final = {r.event_id: r.fatalities for r in store.records_by_id(list(expected))}
    counts["lost"] = sum(final.get(eid) != value for eid, value in expected.items())
    events = store.records() + [
        r for a in articles for r in store.article_records(a) if r.review == "rejected"
    ]
    counts["duplicated events"] = len(events) - len({r.event_id for r in events})
    listed = [a["article_id"] for a in store.articles()]
    counts["duplicated articles"] = len(listed) - len(set(listed))
    counts["articles"] = len(set(listed))
    counts["ingest runs"] = runs
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(description="GeoPackage beside PostGIS: import, dashboard, a team.")
    parser.add_argument("rows", nargs="?", type=int, default=1_000_000)
    parser.add_argument("seconds", nargs="?", type=float, default=60.0)
    parser.add_argument("--postgis-only", action="store_true", help="no GeoPackage store")
    parser.add_argument("--no-team", action="store_true", help="no concurrency run")
    args = parser.parse_args()
    rows, seconds = args.rows, args.seconds
    backends = ("PostGIS",) if args.postgis_only else ("GeoPackage", "PostGIS")
    work = Path(tempfile.mkdtemp(prefix="sitrep-store-bench-"))
    work.chmod(0o755)  # the throwaway server runs as another user (postgres) when we are root
    url, started = server(work / "pg")
    try:
        data = work / "acled.csv"
        begun = time.perf_counter()
        write_acled(data, rows)
        print(f"synthetic ACLED export: {rows:,} rows ({data.stat().st_size / 1e6:.0f} MB, "
              f"written in {time.perf_counter() - begun:.0f} s)")  # fmt: skip
        stores = {"GeoPackage": str(work / "store.gpkg"), "PostGIS": schema(url, "bench_import")}
        for name, location in ((n, stores[n]) for n in backends):
            took = timed([SITREP, "import", "acled", str(data)], location)
            frame = timed([sys.executable, "-c", FRAME], location)
            goal = "   (target <= 60 s)" if name == "PostGIS" else ""
            print(f"{name:10s}  import {took:7.1f} s{goal}   first view in a fresh process {frame:5.1f} s")
            shown = dashboard(work, location)
            goal = "   (targets on PostGIS: <= 6 s, <= 1.5 s)" if name == "PostGIS" else ""
            print(f"{'':10s}  dashboard: first map {shown['first']:.1f} s (cold server), filter change "
                  f"{shown['change']:.1f} s, server {shown['server_mb']:.0f} MB{goal}")  # fmt: skip
        teams = {"GeoPackage": lambda: str(work / "team.gpkg"), "PostGIS": lambda: schema(url, "bench_team")}
        for name in () if args.no_team else backends:
            location = teams[name]()
            figures = concurrency(location, work / f"team-{name}", seconds)
            print(f"{name:10s}  {seconds:.0f} s of 2 ingests + 2 reviewers: " + ", ".join(
                f"{k} {v}" for k, v in figures.items()))  # fmt: skip
    finally:
        if started:
            subprocess.run([str(ROOT / ".ci" / "postgres"), "stop", str(work / "pg")], capture_output=True)
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
