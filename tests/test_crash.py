"""Crash safety and concurrency of the store, with real processes (SIGKILL, parallel writers)."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from events.store import store_at

SITREP = str(Path(sys.executable).parent / "sitrep")
TOWNS = ["Kharkiv", "Odesa", "Kherson", "Sumy", "Dnipro", "Zaporizhzhia", "Mykolaiv", "Poltava"]


def write_batch(folder: Path, count: int, prefix: str = "a") -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        day = 1 + n % 28
        town, other = TOWNS[n % len(TOWNS)], TOWNS[(n + 3) % len(TOWNS)]
        (folder / f"{prefix}{n:04d}.md").write_text(
            f"---\npublished: 2024-03-{day:02d}\n---\nRussian drones struck {town} on "
            f"2024-03-{day:02d}, injuring {n % 9} people.\n\nArtillery shelled {other} the same "
            f"day.\n", "utf-8")  # fmt: skip


def env_for(store: Path | str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SITREP_")}
    env.update(SITREP_STORE=str(store), SITREP_EXAMPLE_DIR="none")
    return env


@pytest.fixture(params=["geopackage", "postgis"])
def location(request, tmp_path) -> str:
    """Where a store of each backend will be (a file path or a PostgreSQL URL)."""
    if request.param == "geopackage":
        return str(tmp_path / "store.gpkg")
    from conftest import fresh_schema

    return fresh_schema(request.getfixturevalue("postgres_url"))


def article_counts(store: Path | str) -> tuple[dict[str, int], set[str], int]:
    """Events per article, articles with a text row, and duplicated event ids (after an
    integrity check of the GeoPackage)."""
    if str(store).startswith("postgresql://"):
        import psycopg

        with psycopg.connect(str(store)) as db:
            events = dict(
                db.execute("SELECT article_id, count(*) FROM events GROUP BY article_id").fetchall()
            )
            articles = {row[0] for row in db.execute("SELECT article_id FROM articles")}
            duplicates = db.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0]
        return events, articles, duplicates
    db = sqlite3.connect(store)
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        events = dict(db.execute("SELECT article_id, count(*) FROM events GROUP BY article_id"))
        articles = {row[0] for row in db.execute("SELECT article_id FROM articles")}
        duplicates = db.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0]
    finally:
        db.close()
    return events, articles, duplicates


def test_sigkill_mid_batch_leaves_whole_articles_and_rerun_completes(tmp_path, location):
    folder = tmp_path / "batch"
    # PostGIS ingests each article more slowly (a connection per call), so fewer articles
    # still keep every kill mid-batch, and the completing re-run short
    size = 600 if location.startswith("postgresql://") else 1500
    write_batch(folder, size)
    store = location
    started = time.perf_counter()
    subprocess.run([SITREP, "ingest", str(folder / "a0000.md")], env=env_for(store), check=True,
                   capture_output=True, timeout=120)  # fmt: skip
    startup = time.perf_counter() - started  # start-up and one article: kills land after it
    rng = random.Random(7)
    survived, partial = 0, 0
    for _ in range(5):
        process = subprocess.Popen([SITREP, "ingest", str(folder)], env=env_for(store),
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
        time.sleep(startup + rng.uniform(0.2, 2.5))
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        events, articles, duplicates = article_counts(store)
        assert duplicates == 0
        assert set(events) <= articles  # no events without their article row
        assert all(events.get(a, 0) == 2 for a in articles), "a half-written article"
        assert store_at(store).records()  # the store opens and reads
        survived += 1
        partial += 1 < len(articles) < size
    assert survived == 5
    assert partial >= 3, "the kills should land mid-batch"
    done = subprocess.run(
        [SITREP, "ingest", str(folder)], env=env_for(store), capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stderr
    events, articles, duplicates = article_counts(store)
    assert len(articles) == size and duplicates == 0
    assert all(count == 2 for count in events.values())


def test_two_writers_and_a_reader_lose_nothing(tmp_path, location):
    """Two ingests of overlapping article sets (each its own 40 and 20 shared) and a reader."""
    store = location
    write_batch(tmp_path / "left", 40, "l")
    write_batch(tmp_path / "right", 40, "r")
    write_batch(tmp_path / "shared", 20, "s")
    subprocess.run([SITREP, "ingest", str(tmp_path / "left" / "l0000.md")], env=env_for(store),
                   check=True, capture_output=True, timeout=120)  # fmt: skip
    read_errors: list[str] = []
    reads = 0
    stop = threading.Event()

    def reader():
        nonlocal reads
        while not stop.is_set():
            try:
                store_at(store, lock_timeout=5).records()
                reads += 1
            except Exception as exc:  # noqa: BLE001 - any failure to read is the finding
                read_errors.append(repr(exc))

    thread = threading.Thread(target=reader)
    thread.start()
    writers = [subprocess.Popen([SITREP, "ingest", str(tmp_path / side), str(tmp_path / "shared")],
                                env=env_for(store), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                text=True)
               for side in ("left", "right")]  # fmt: skip
    codes = [w.wait(timeout=600) for w in writers]
    stop.set()
    thread.join()
    assert codes == [0, 0], [w.stderr.read() for w in writers]
    assert read_errors == [] and reads > 0
    events, articles, duplicates = article_counts(store)
    assert len(articles) == 100 and duplicates == 0  # no lost write, one copy of the shared ones
    assert all(count == 2 for count in events.values())


@pytest.mark.parametrize("timeout", [0.3])
def test_busy_store_message_from_the_cli(tmp_path, timeout):
    store = tmp_path / "store.gpkg"
    write_batch(tmp_path / "one", 1)
    subprocess.run([SITREP, "ingest", str(tmp_path / "one")], env=env_for(store), check=True,
                   capture_output=True, timeout=120)  # fmt: skip
    blocker = sqlite3.connect(store)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        env = env_for(store) | {"SITREP_LOCK_TIMEOUT_S": str(timeout)}
        started = time.monotonic()
        result = subprocess.run(
            [SITREP, "ingest", str(tmp_path / "one")], env=env, capture_output=True, text=True, timeout=120
        )
        assert time.monotonic() - started < 30
    finally:
        blocker.rollback()
        blocker.close()
    assert result.returncode != 0 and "busy" in result.stderr


def test_postgis_connection_lost_mid_ingest_rolls_back_the_article_and_a_rerun_completes(
    tmp_path, postgres_url
):
    """The server ends the ingest's connections (as a restart or a network cut would) while a
    batch runs: the command fails with a clear message, whole articles only are stored (the
    one in flight rolled back), and running it again completes the batch."""
    import psycopg
    from conftest import fresh_schema

    store = fresh_schema(postgres_url)
    folder = tmp_path / "batch"
    write_batch(folder, 150)
    subprocess.run([SITREP, "ingest", str(folder / "a0000.md")], env=env_for(store), check=True,
                   capture_output=True, timeout=120)  # fmt: skip
    process = subprocess.Popen([SITREP, "ingest", str(folder)], env=env_for(store),
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
    ended = 0
    with psycopg.connect(store, autocommit=True) as admin:
        deadline = time.monotonic() + 120
        while process.poll() is None and time.monotonic() < deadline:
            (count,) = admin.execute("SELECT count(*) FROM articles").fetchone()
            if count < 10:  # let the batch get going first
                time.sleep(0.05)
                continue
            ended += admin.execute(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                " WHERE datname = current_database() AND pid <> pg_backend_pid()"
                " AND backend_type = 'client backend'"
            ).fetchone()[0]
            time.sleep(0.01)
    _, stderr = process.communicate(timeout=60)
    assert ended > 0
    assert process.returncode != 0
    assert "Traceback" not in stderr and "127.0.0.1" in stderr, stderr
    events, articles, duplicates = article_counts(store)
    assert duplicates == 0 and set(events) <= articles
    assert all(events.get(a, 0) == 2 for a in articles), "a half-written article"
    assert 1 < len(articles) < 150
    done = subprocess.run([SITREP, "ingest", str(folder)], env=env_for(store), capture_output=True,
                          text=True, timeout=600)  # fmt: skip
    assert done.returncode == 0, done.stderr
    events, articles, duplicates = article_counts(store)
    assert len(articles) == 150 and duplicates == 0 and all(n == 2 for n in events.values())
