"""Toponym resolution on every shared geoparsing corpus, in one run.

Corpora: ../shared/bench/geoparse/{geowebnews,tr-news,geovirus}.jsonl (never copied here;
each is skipped with a message when absent). JSON Lines are split on "\\n" only: texts hold
U+2028, where str.splitlines() would split. Each document falls, once and for all, into a
tuning part or a check part by a hash of its id (bench/_common.part); errors are listed from
the tuning part only (--errors).

Printed per corpus and part: Acc@161km (a hit: within 161 km, or the gold GeoNames entry),
the distance-only figure, mean and median error, AUC of the log error (Gritta et al.), the
unresolved share and the candidate ceiling (the share of toponyms with a right entry among
their candidates). Then speed: toponyms per second on one core, index build and load time,
resident memory.

More corpora in the same format can be scored beside them without entering the repository:
every *.jsonl in the folder given by --extra (a message says when it holds none; a file named
as a shared corpus is not taken). They are scored only, never fitted on: their "left out"
ranker is fitted on all the shared corpora and the ACLED notes; speed is measured on the
shared corpora alone.

Usage: .venv/bin/python bench/geoparse.py [--errors DIR] [--quick] [--extra DIR]
"""

from __future__ import annotations

import argparse
import math
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import PARTS, ROOT, SHARED, part  # noqa: E402
from train_ranker import read_jsonl  # noqa: E402

CORPORA = {name: SHARED / "geoparse" / f"{name}.jsonl" for name in ("geowebnews", "tr-news", "geovirus")}
EARTH_HALF = 20039.0  # km, the largest possible error
HIT_KM = 161.0
AREA_KINDS_FOR_TOWNS = {"country", "admin1", "continent", "region", "water"}


def load_corpora(extra: Path | None = None) -> dict[str, list[dict]]:
    corpora = {}
    for name, path in CORPORA.items():
        if path.exists():
            corpora[name] = read_jsonl(path)
        else:
            print(f"{name}: {path} not found (it lives in ../shared, read-only); skipped")
    for name, path in extra_corpora(extra).items():
        CORPORA[name] = path
        corpora[name] = read_jsonl(path)
    return corpora


def extra_corpora(folder: Path | None) -> dict[str, Path]:
    """The corpora (*.jsonl, by file stem) of a folder kept outside the repository, if any:
    scored beside the shared ones, never fitted on."""
    if folder is None:
        return {}
    found = {p.stem: p for p in sorted(folder.glob("*.jsonl")) if p.stem not in CORPORA}
    if not found:
        print(f"--extra {folder}: no *.jsonl there (absent or empty); no extra corpora")
    return found


def auc(errors: np.ndarray) -> float:
    """Area under the curve of sorted, log-scaled errors (0 best, 1 worst)."""
    if len(errors) < 2:
        return math.nan
    scaled = np.sort(np.log(errors + 1) / math.log(EARTH_HALF))
    return float(np.trapezoid(scaled, dx=1 / (len(scaled) - 1)))


def is_hit(toponym: dict, lat: float, lon: float, geonameid) -> bool:
    from events.places import haversine_km

    same = toponym.get("geonameid") is not None and toponym["geonameid"] == geonameid
    return same or haversine_km(toponym["lat"], toponym["lon"], lat, lon) <= HIT_KM


class Outcome:
    """Per-toponym results of one resolver over one corpus, for any subset."""

    def __init__(self) -> None:
        self.rows: list[dict] = []

    def add(self, doc: dict, toponym: dict, predicted: dict | None, ceiling: bool, town: bool) -> None:
        from events.places import haversine_km

        row = {"part": part(doc["id"]), "doc": doc["id"], "name": toponym["name"], "ceiling": ceiling,
               "town": town, "error": EARTH_HALF, "hit": False, "resolved": predicted is not None,
               "got": None, "named": toponym.get("geonameid") is not None, "same_id": False}  # fmt: skip
        if predicted is not None and predicted.get("lat") is not None:
            row["error"] = haversine_km(toponym["lat"], toponym["lon"], predicted["lat"], predicted["lon"])
            row["hit"] = is_hit(toponym, predicted["lat"], predicted["lon"], predicted.get("geonameid"))
            row["same_id"] = row["named"] and predicted.get("geonameid") == toponym["geonameid"]
            row["got"] = f"{predicted.get('name')} ({predicted.get('kind')}) {row['error']:.0f} km"
        elif predicted is not None:
            row["resolved"] = False
        self.rows.append(row)

    def figures(self, where=lambda r: True) -> dict[str, float]:
        rows = [r for r in self.rows if where(r)]
        if not rows:
            return {"n": 0}
        errors = np.asarray([r["error"] for r in rows])
        resolved = errors[errors < EARTH_HALF]
        return {
            "n": len(rows),
            "acc": np.mean([r["hit"] for r in rows]),
            "acc_km": float(np.mean(errors <= HIT_KM)),
            "mean_km": float(resolved.mean()) if len(resolved) else math.nan,
            "median_km": float(np.median(errors)),
            "auc": auc(errors),
            "unresolved": float(np.mean([not r["resolved"] for r in rows])),
            "ceiling": float(np.mean([r["ceiling"] for r in rows])),
            "same_id": float(np.mean([r["same_id"] for r in named]))
            if (named := [r for r in rows if r["named"]])
            else math.nan,
        }


def evaluate(docs: list[dict], resolve, gazetteer) -> Outcome:
    """Resolve every document's gold spans with ``resolve(text, spans) -> [Resolved|None]``."""
    from events.places import mentions_at

    outcome = Outcome()
    ix = gazetteer.index
    for doc in docs:
        spans = [(t["start"], t["end"]) for t in doc["toponyms"]]
        mentions = mentions_at(doc["text"], spans, gazetteer)
        for toponym, mention, resolved in zip(
            doc["toponyms"], mentions, resolve(doc["text"], spans), strict=True
        ):
            ceiling = any(_right(toponym, e, gazetteer) for e, _ in mention.candidates)
            town = not any(ix.kinds[e] in AREA_KINDS_FOR_TOWNS for e, _ in mention.candidates)
            outcome.add(doc, toponym, _as_prediction(resolved, gazetteer), ceiling, town)
    return outcome


def _right(toponym: dict, entry: int, gazetteer) -> bool:
    point = gazetteer.lonlat(entry)
    if point is None:
        gold = toponym.get("geonameid")
        return gold is not None and gazetteer.index.geonameid[entry] == gold
    return is_hit(toponym, point[1], point[0], gazetteer.index.geonameid[entry] or None)


def _as_prediction(resolved, gazetteer) -> dict | None:
    if resolved is None:
        return None
    entry = gazetteer.entry(resolved.entry)
    point = gazetteer.lonlat(resolved.entry)
    lat, lon = (point[1], point[0]) if point else (None, None)
    return {"lat": lat, "lon": lon, "geonameid": entry["geonameid"], "name": entry["name"],
            "kind": entry["kind"]}  # fmt: skip


HEADER = (f"{'':34s}{'N':>6s}{'Acc@161':>9s}{'km only':>9s}{'mean km':>9s}{'median':>8s}"
          f"{'AUC':>7s}{'unres.':>8s}{'ceiling':>9s}{'same id':>9s}")  # fmt: skip


def print_row(label: str, f: dict) -> None:
    if not f.get("n"):
        print(f"{label:34s}{0:6d}")
        return
    print(f"{label:34s}{f['n']:6d}{f['acc']:9.3f}{f['acc_km']:9.3f}{f['mean_km']:9.0f}"
          f"{f['median_km']:8.1f}{f['auc']:7.3f}{f['unresolved']:8.3f}{f['ceiling']:9.3f}"
          f"{f['same_id']:9.3f}")  # fmt: skip


def print_outcome(label: str, outcome: Outcome, parts: tuple[str, ...], towns: bool) -> None:
    for p in parts:
        print_row(f"  {label}, {p}", outcome.figures(lambda r, p=p: p == "all" or r["part"] == p))
    if towns:
        for p in parts:
            towns_of = outcome.figures(lambda r, p=p: (p == "all" or r["part"] == p) and r["town"])
            print_row(f"  {label}, {p}, towns+", towns_of)


def write_errors(folder: Path, name: str, outcome: Outcome) -> None:
    """The tuning part's misses only (the check part is never read)."""
    folder.mkdir(parents=True, exist_ok=True)
    misses = Counter(
        (r["name"], r["got"] or "unresolved") for r in outcome.rows if r["part"] == "tuning" and not r["hit"]
    )
    lines = [f"{count:4d}  {name!r} -> {got}" for (name, got), count in misses.most_common()]
    (folder / f"geoparse-{name}-tuning.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def end_to_end(name: str, docs: list[dict]) -> None:
    """`sitrep geoparse` on the corpus's texts, against its gold toponyms, per part: span
    precision/recall/F1 (exact, and overlapping), and the share of gold toponyms found (an
    overlapping span) and resolved within 161 km or to the gold entry."""
    import json

    sitrep = Path(sys.executable).parent / "sitrep"
    started = time.perf_counter()
    result = subprocess.run(
        [str(sitrep), "geoparse", str(CORPORA[name])], capture_output=True, text=True, check=True
    )
    wall = time.perf_counter() - started
    found = {d["id"]: d["toponyms"] for d in map(json.loads, filter(None, result.stdout.split("\n")))}
    counts = {p: Counter() for p in PARTS}
    for doc in docs:
        c = counts[part(doc["id"])]
        gold, got = doc["toponyms"], found.get(doc["id"], [])
        exact = {(t["start"], t["end"]) for t in gold} & {(t["start"], t["end"]) for t in got}
        c["gold"] += len(gold)
        c["got"] += len(got)
        c["exact"] += len(exact)
        c["got overlapping"] += sum(any(_overlaps(t, g) for g in gold) for t in got)
        for g in gold:
            match = next((t for t in got if _overlaps(t, g)), None)
            c["gold overlapping"] += match is not None
            c["resolved"] += match is not None and match["lat"] is not None and is_hit(
                g, match["lat"], match["lon"], match["geonameid"])  # fmt: skip
    for p in PARTS:
        c = counts[p]
        ep, er = c["exact"] / max(1, c["got"]), c["exact"] / max(1, c["gold"])
        op, orr = c["got overlapping"] / max(1, c["got"]), c["gold overlapping"] / max(1, c["gold"])
        print(f"  {p:8s} gold {c['gold']:5d} found {c['got']:5d}   exact P {ep:.3f} R {er:.3f} F1 "
              f"{_f1(ep, er):.3f}   overlapping P {op:.3f} R {orr:.3f} F1 {_f1(op, orr):.3f}   "
              f"found and resolved {c['resolved'] / max(1, c['gold']):.3f}")  # fmt: skip
    print(f"  sitrep geoparse wall {wall:.1f} s ({len(docs)} documents, with process start and index load)")


def _overlaps(a: dict, b: dict) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _rss_mb() -> str:
    return "int(open('/proc/self/status').read().split('VmRSS:')[1].split()[0]) / 1024"


def measure_index() -> dict[str, float]:
    """Index build (into a fresh cache dir), load time and resident memory, each in a child."""
    build_code = (
        "import time, tempfile, pathlib\n"
        "from events.places import load_gazetteer\n"
        "t = time.perf_counter(); load_gazetteer(pathlib.Path(tempfile.mkdtemp()))\n"
        "print(time.perf_counter() - t)\n"
    )
    build = float(subprocess.run([sys.executable, "-c", build_code], capture_output=True,
                                 text=True, check=True, cwd=ROOT).stdout.split()[-1])  # fmt: skip
    load_code = (
        f"before = {_rss_mb()}\n"
        "import time\n"
        "t = time.perf_counter()\n"
        "from events.places import load_gazetteer\n"
        "from events.settings import load_settings\n"
        "g = load_gazetteer(load_settings().cache_dir)\n"
        f"print(time.perf_counter() - t, before, {_rss_mb()})\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", load_code], capture_output=True, text=True, check=True, cwd=ROOT
    ).stdout.split()
    return {"build_s": build, "load_s": float(out[0]), "rss_before_mb": float(out[1]),
            "rss_mb": float(out[2])}  # fmt: skip


def measure_speed(corpora: dict[str, list[dict]], gazetteer, ranker=None,
                  forget: bool = True) -> tuple[int, float, float]:  # fmt: skip
    """Toponyms per second over all corpora, in-process (index loaded): fastest and median of 5.
    With ``forget``, what is kept per name (Gazetteer.forget_names) is emptied before each pass,
    so only the names met earlier in the same pass are known; without, the passes after the
    first know every name (a process that has read such text before)."""
    from events.places import resolve_spans

    docs = [d for c in corpora.values() for d in c]
    spans = [(d["text"], [(t["start"], t["end"]) for t in d["toponyms"]]) for d in docs]
    n = sum(len(s) for _, s in spans)
    passes = []
    for _ in range(5):  # no resolution is cached between passes
        if forget:
            gazetteer.forget_names()
        started = time.perf_counter()
        for text, s in spans:
            resolve_spans(text, s, gazetteer, ranker)
        passes.append(time.perf_counter() - started)
    return n, n / min(passes), n / sorted(passes)[2]


def command_wall(path: Path) -> float:
    """`sitrep resolve` on one corpus: process start + index load + resolution."""
    sitrep = Path(sys.executable).parent / "sitrep"
    started = time.perf_counter()
    subprocess.run([str(sitrep), "resolve", str(path)], capture_output=True, check=True)
    return time.perf_counter() - started


def fitted_rankers(corpora: dict[str, list[dict]], gazetteer) -> dict[str, object]:
    """In-corpus (fitted on every corpus's tuning part) and, per corpus, left out (fitted on
    all the others), each fitted afresh here."""
    from train_ranker import ACLED, acled_examples, examples, fit

    shared = [name for name in corpora if CORPORA[name].parent == SHARED / "geoparse"]
    data = {name: examples(corpora[name], gazetteer) for name in shared}
    acled = [e for path in ACLED.values() if path.exists() for e in acled_examples(path, gazetteer)]
    tuning = [e for ex in [*data.values(), acled] for e in ex if part(e.doc_id) == "tuning"]
    rankers = {"in-corpus": fit(tuning)}
    for name in shared:
        others = [e for other, ex in data.items() if other != name for e in ex] + acled
        if others:
            rankers[f"left-out {name}"] = fit(others)
    if len(shared) < len(corpora):  # the extra corpora: fitted on every shared one
        everything = fit([e for ex in data.values() for e in ex] + acled)
        rankers.update({f"left-out {name}": everything for name in corpora if name not in shared})
    return rankers


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--errors", type=Path, help="write the tuning parts' misses into this folder")
    parser.add_argument("--quick", action="store_true", help="skip speed, index and memory figures")
    parser.add_argument("--extra", type=Path, help="also score every *.jsonl corpus in this folder "
                        "(kept outside the repository; scored, never fitted on)")  # fmt: skip
    args = parser.parse_args()
    corpora = load_corpora(args.extra)
    if not corpora:
        return 1
    from events.places import load_gazetteer, load_ranker, resolve_spans
    from events.settings import load_settings

    gazetteer = load_gazetteer(load_settings().cache_dir)
    rankers = fitted_rankers(corpora, gazetteer)
    print(
        "Gold spans. Acc@161: within 161 km or the gold GeoNames entry; km only: distance alone; "
        "mean km over resolved toponyms; ceiling: a right entry among the candidates; same id: the gold "
        "GeoNames entry itself chosen, of the toponyms the corpus gives one for."
    )
    print("rules: the hand-set resolver (the default; written while reading GeoWebNews). Learned ranker: "
          "in-corpus: fitted on the tuning parts of all corpora and of the ACLED notes; left out: fitted "
          "on the other corpora and the ACLED notes only; shipped: data/models (fitted on all, so its "
          "own training data)")  # fmt: skip
    print(HEADER)
    for name, docs in corpora.items():
        towns = name == "geovirus"
        runs = [("rules", None, PARTS + ("all",)), ("in-corpus", rankers["in-corpus"], PARTS),
                ("left out", rankers.get(f"left-out {name}"), PARTS + ("all",)),
                ("shipped", load_ranker(), ("all",))]  # fmt: skip
        extra = CORPORA[name].parent != SHARED / "geoparse"
        print(f"{name} ({len(docs)} documents{'; extra: scored, never fitted on' if extra else ''})")
        for label, ranker, parts in runs:
            if (ranker is None and label != "rules") or (extra and label == "in-corpus"):
                continue
            outcome = evaluate(docs, lambda t, s, r=ranker: resolve_spans(t, s, gazetteer, r), gazetteer)
            print_outcome(label, outcome, parts, towns)
            if args.errors and label == "left out":
                write_errors(args.errors, name, outcome)
    print("\nEnd to end (sitrep geoparse: the mention finder and resolver extraction uses, on the raw texts)")
    for name, docs in corpora.items():
        print(name)
        end_to_end(name, docs)
    if args.quick:
        return 0
    index = measure_index()
    corpora = {name: docs for name, docs in corpora.items() if CORPORA[name].parent == SHARED / "geoparse"}
    if not corpora:
        print("speed: measured on the shared corpora only, and none is here")
        return 0
    first = next(iter(corpora))
    print()
    for label, ranker in (("rules", None), ("ranker", load_ranker())):
        for forget, names in ((True, "names new to each pass"), (False, "names met in earlier passes")):
            n, fastest, median = measure_speed(corpora, gazetteer, ranker, forget)
            print(
                f"toponyms per second    {fastest:,.0f}   ({label}, {names}; {n} toponyms, one core, index "
                f"loaded; fastest of 5 passes; median {median:,.0f}; target >= 20,000)"
            )
    print(
        f"sitrep resolve wall    {command_wall(CORPORA[first]):.2f} s   ({first}: process start + "
        "index load + resolution)"
    )
    print(f"index build            {index['build_s']:.1f} s   (once, from installed packages)")
    print(f"index load             {index['load_s']:.2f} s   (target < 2 s)")
    print(
        f"resident memory        {index['rss_mb']:.0f} MB after load "
        f"({index['rss_before_mb']:.0f} MB before; target < 500 MB)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
