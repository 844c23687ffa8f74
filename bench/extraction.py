"""Extraction on every corpus, tuning and check parts side by side, in one run.

Corpora (read from ../shared/bench, never copied into this repository; each is skipped with
a message when absent):
- ACLED Ukraine sample and ACLED world_dev (46 other countries): each row's `notes` run through
  Sitrep as an article published on the row's event date. The best-matching extracted event
  (same type first, then nearest) is compared with ACLED's event type, sub-event type, date,
  fatalities (unknown counts as 0, as for ACLED) and location (a point within 25 km, or an area
  whose outline comes within 25 km of ACLED's point). ACLED's bracketed coder remarks
  ("[Coded as 10 fatalities ...]", "[size=...]") are cut first: they are ACLED's coding.
- news: 40 paraphrased real reports with gold events, scored as its README says (bench/_news.py).
- dev: the team's annotated articles under tests/data/expected (complete ones).

Every corpus is split once and for all into a tuning part and a check part by a hash of the
row's or article's id (bench/_common.part). Errors are read only in the tuning part
(`--errors DIR` writes the tuning part's errors there, never the check part's).
Also prints notes per second, articles per second (scaled to 2,000 characters) and the first
call (a fresh interpreter: imports, index and model load, one note).

`--news-dir DIR` (repeatable) scores further folders in the shared news format, each whole
(kept outside the repository); `--news-check-dir DIR` (repeatable) names check folders, whose
errors are never written; the tuning and check folders are then pooled apart, each pool with a
95% interval of its F1 from resampled articles.
News figures include the errors counted by kind (bench/_news.py MISSED, EXTRA): which field a
missed event or an extra record got wrong, so that a check part can be counted without being read;
and the place stage's ceiling: the share of required events with a place that some name in the text
could place with this gazetteer ("place reachable"), and how many missed events no name could.

Usage: .venv/bin/python bench/extraction.py [--only acled-ukraine,acled-world,news,dev] [--errors DIR]
       [--unscreened] [--news-dir DIR ...] [--news-check-dir DIR ...]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import re
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import PARTS, ROOT, SHARED, part  # noqa: E402

CORPORA = ("acled-ukraine", "acled-world", "news", "dev")
ACLED = {"acled-ukraine": SHARED / "acled" / "ukraine_sample.csv",
         "acled-world": SHARED / "acled" / "world_dev.csv"}  # fmt: skip
NEWS = SHARED / "news"
DEV = ROOT / "tests" / "data" / "expected"
# ACLED's coders append remarks in square brackets ("[Russian MoD reported 40 fatalities.
# Coded as 10 fatalities split across 3 events. ...]", "[size=dozens]"). They are ACLED's
# coding, not the report, and would hand the answer over: only the report's own text goes in.
CODER_REMARK = re.compile(r"\s*\[[^\]]*(?:\]|$)")
TARGETS = {
    "acled-world": {
        "found": 0.97,
        "type": 0.90,
        "sub": 0.80,
        "date": 0.97,
        "fatalities": 0.90,
        "location": 0.70,
    },
    "acled-ukraine": {"type": 0.97, "sub": 0.95, "date": 0.98, "fatalities": 0.95},
}
METRICS = ("found", "type", "sub", "date", "fatalities", "location", "point 25 km")
# Actors (issue 11's second requirement), by ACLED's inter codes: the first actor's type, and
# both sides' types as a set (ACLED orders a battle's sides freely; 0 is "no second actor").
ACTOR_METRICS = ("actor1 type", "actor types")
# Not Sitrep's answer but the gazetteer's coverage: an entry of ACLED's location name lies
# within 25 km of ACLED's point (what bounds "point 25 km").
COVERAGE = "name in gazetteer"


def report_text(notes: str) -> str:
    return CODER_REMARK.sub("", notes).strip()


class Extractor:
    """One loaded pipeline; counts the characters and seconds it spends."""

    def __init__(self, screened: bool = True) -> None:
        from events.extraction.lexicon import load_lexicon
        from events.places import load_gazetteer
        from events.settings import load_settings

        self.gazetteer = load_gazetteer(load_settings().cache_dir)
        self.lexicon = load_lexicon()
        self.seconds = Counter()
        self.units = Counter()
        self.screened = screened

    def __call__(self, text: str, published, article_id: str, kind: str):
        from events.extraction import extract_article
        from events.reading.article import parse_article

        started = time.perf_counter()
        article = parse_article(text, where=article_id, article_id=article_id, published=published)
        records = extract_article(article, self.gazetteer, self.lexicon, screened=self.screened)
        self.seconds[kind] += time.perf_counter() - started
        self.units[kind] += 1
        self.units[kind + " chars"] += len(text)
        return article, records


def _near_or_holds(event, lat: float, lon: float) -> tuple[bool, bool]:
    """(a point within 25 km, or an area whose outline comes within 25 km of the point)."""
    import shapely
    from shapely.geometry import shape

    from events.places import haversine_km

    if event.geometry is None:
        return False, False
    if event.geometry["type"] == "Point":
        elon, elat = event.geometry["coordinates"][:2]
        near = haversine_km(lat, lon, elat, elon) <= 25
        return near, near
    return False, shape(event.geometry).distance(shapely.Point(lon, lat)) <= 0.25


def _named_nearby(gazetteer, row: dict[str, str], lat: float, lon: float) -> bool:
    """Whether the gazetteer has an entry of ACLED's location name ("Mogadishu - Hodan": either
    part) within 25 km of ACLED's point."""
    from events.places import haversine_km

    names = {row["location"], *row["location"].split(" - ")}
    return any(
        (point := gazetteer.lonlat(entry)) is not None and haversine_km(lat, lon, point[1], point[0]) <= 25
        for name in names
        for entry, _ in gazetteer.lookup(name)
    )


def _distance(event, lat: float, lon: float) -> float:
    from events.places import haversine_km

    if event.geometry is None:
        return 1e9
    if event.geometry["type"] == "Point":
        elon, elat = event.geometry["coordinates"][:2]
        return haversine_km(lat, lon, elat, elon)
    return 1e6


def score_acled(name: str, extract: Extractor, errors: Path | None) -> None:
    from events.exchange.imports import parse_acled_date

    path = ACLED[name]
    if not path.exists():
        print(f"\n== {name}: {path} not found (it lives in ../shared, read-only)")
        return
    rows = list(csv.DictReader(path.open(encoding="utf-8", newline="")))
    hits = {p: Counter() for p in PARTS}
    by_type = {p: defaultdict(Counter) for p in PARTS}
    confusion = {p: Counter() for p in PARTS}
    lines = []
    for number, row in enumerate(rows):
        key = row.get("event_id_cnty") or row.get("id") or str(number)
        where = part(key)
        day = parse_acled_date(row["event_date"])
        _, events = extract(report_text(row["notes"]), day, f"r{number}", "note")
        want_type = row["event_type"]
        lat, lon = float(row["latitude"]), float(row["longitude"])
        pool = [e for e in events if e.event_type == want_type] or events
        best = min(pool, key=lambda e: _distance(e, lat, lon)) if pool else None
        got = {"rows": 1, "found": best is not None}
        got[COVERAGE] = _named_nearby(extract.gazetteer, row, lat, lon)
        if best is not None:
            near, holds = _near_or_holds(best, lat, lon)
            got.update(
                type=best.event_type == want_type,
                sub=best.sub_event_type == row["sub_event_type"],
                date=best.event_date == day,
                fatalities=(best.fatalities or 0) == int(row["fatalities"] or 0),
                location=near or holds,
                **{"point 25 km": near},
                **actor_hits(best, row),
            )
        for metric, value in got.items():
            hits[where][metric] += value
            by_type[where][want_type][metric] += value
        confusion[where][(want_type, best.event_type if best else "(none)")] += 1
        if errors is not None and where == "tuning":
            wrong = [m for m in METRICS if m in got and not got[m]] if best else ["found"]
            if best is None or wrong:
                got_text = (
                    f"{best.event_type}/{best.sub_event_type} {best.location} {best.event_date} "
                    f"f={best.fatalities}"
                    if best
                    else "(none)"
                )
                lines.append(
                    f"[{key}] wrong: {', '.join(wrong)}\n  ACLED: {want_type}/{row['sub_event_type']} "
                    f"{row['location']} ({row['admin2']}, {row['admin1']}) {row['event_date'][:10]} "
                    f"f={row['fatalities']} actors={row['actor1']} / {row['actor2']}\n"
                    f"  Sitrep: {got_text} [{len(events)} events]\n  notes: {row['notes']}\n"
                )
    _print_acled(name, path, len(rows), hits, by_type, confusion)
    if errors is not None:
        (errors / f"{name}-tuning.txt").write_text("\n".join(lines), encoding="utf-8")


def actor_hits(event, row: dict[str, str]) -> dict[str, bool]:
    """The event's actor types against ACLED's inter codes (0 or empty: no such actor)."""
    want = [int(row.get(k) or 0) for k in ("inter1", "inter2")]
    got = [event.inter1 or 0, event.inter2 or 0]
    return {"actor1 type": got[0] == want[0], "actor types": sorted(got) == sorted(want)}


def _print_acled(name, path, n, hits, by_type, confusion) -> None:
    targets = TARGETS.get(name, {})
    print(
        f"\n== {name}: {path.name}, {n} ACLED rows (share of rows; location: a point within 25 km "
        "or an area within 25 km of ACLED's point)"
    )
    print(
        f"{'':22s}"
        + "".join(f"{p + ' (' + str(hits[p]['rows']) + ')':>15s}" for p in PARTS)
        + "   target (check)"
    )
    for metric in (*METRICS, COVERAGE, *ACTOR_METRICS):
        goal = f"   >= {targets[metric]:.2f}" if metric in targets else ""
        print(
            f"{metric:22s}"
            + "".join(f"{hits[p][metric] / max(1, hits[p]['rows']):15.3f}" for p in PARTS)
            + goal
        )
    print("by ACLED event type: rows, found, type right, sub-type right, location (tuning | check)")
    for kind in sorted(set(by_type["tuning"]) | set(by_type["check"])):
        cells = []
        for p in PARTS:
            c = by_type[p][kind]
            rows = max(1, c["rows"])
            cells.append(
                f"{c['rows']:4d} {c['found'] / rows:.2f} {c['type'] / rows:.2f} "
                f"{c['sub'] / rows:.2f} {c['location'] / rows:.2f}"
            )
        print(f"  {kind:28s} " + "  |  ".join(cells))
    print("most frequent type confusions, tuning part (ACLED -> Sitrep):")
    for (want, got), count in confusion["tuning"].most_common(10):
        if want != got:
            print(f"  {count:4d}  {want} -> {got}")


def read_news(folder: Path) -> list[tuple[dict, str]]:
    """The articles of a folder in the shared news format (gold.yaml, texts/): (gold entry, text)."""
    import yaml

    gold = yaml.safe_load((folder / "gold.yaml").read_text(encoding="utf-8"))["articles"]
    for entry in gold:  # a date written in quotes ('2022-11-01') is the same date
        entry["published"] = _day(entry["published"])
        for event in entry.get("events") or ():
            for key in ("date_from", "date_to"):
                if key in event:
                    event[key] = _day(event[key])
    return [(entry, (folder / entry["file"]).read_text(encoding="utf-8")) for entry in gold]


def _day(value) -> dt.date:
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def score_news(extract: Extractor, errors: Path | None) -> None:
    from _news import NewsScore, score_article

    if not (NEWS / "gold.yaml").exists():
        print(f"\n== news: {NEWS} not found (it lives in ../shared, read-only)")
        return
    articles = read_news(NEWS)
    scores = {p: NewsScore() for p in PARTS}
    for entry, text in articles:
        article, records = extract(text, entry["published"], entry["id"], "article")
        reachable = _reachable(entry, article.text, extract)
        score_article(entry, article.text, records, scores[part(entry["id"])], reachable)
    counts = Counter(part(e["id"]) for e, _ in articles)
    print(f"\n== news: {len(articles)} paraphrased real reports with gold events (as its README scores them)")
    print_news({f"{p} ({counts[p]})": scores[p] for p in PARTS}, goals=True)
    if errors is not None:
        (errors / "news-tuning.txt").write_text("\n".join(scores["tuning"].errors), encoding="utf-8")


def score_news_folders(
    extract: Extractor, folders: list[Path], errors: Path | None, checks: tuple[Path, ...] | list[Path] = ()
) -> None:
    """Folders of further reports in the shared news format (kept outside the repository: the
    texts are paraphrases of published articles), each scored whole. `folders` are tuning
    folders (whose errors `--errors` writes), `checks` check folders (whose errors are never
    written); with check folders, each part is also pooled on its own."""
    from _news import NewsScore, score_article

    scores, pools = {}, {"tuning": NewsScore(), "check": NewsScore(), "all": NewsScore()}
    for folder, part_of in [(f, "tuning") for f in folders] + [(f, "check") for f in checks]:
        if not (folder / "gold.yaml").exists():
            print(f"\n== news folder {folder}: no gold.yaml there")
            continue
        score = scores[folder.name] = NewsScore()
        for entry, text in read_news(folder):
            article, records = extract(text, entry["published"], entry["id"], "article")
            reachable = _reachable(entry, article.text, extract)
            for kept in (score, pools[part_of], pools["all"]):  # the folder's, its part's, all folders'
                score_article(entry, article.text, records, kept, reachable)
        if errors is not None and part_of == "tuning":
            (errors / f"news-{folder.name}.txt").write_text("\n".join(score.errors), encoding="utf-8")
    if scores:
        print(f"\n== news folders: {', '.join(str(f) for f in [*folders, *checks])}")
        parts = {"tuning": pools["tuning"], "check": pools["check"]} if checks else {}
        print_news({**scores, **parts, "all": pools["all"]}, goals=False)


def _reachable(entry: dict, text: str, extract) -> set[int] | None:
    """The article's gold events some name in its text can place (_news.reachable_places), when the
    extractor has a gazetteer to read them with."""
    from _news import reachable_places

    gazetteer = getattr(extract, "gazetteer", None)
    return None if gazetteer is None else reachable_places(entry.get("events") or [], text, gazetteer)


def print_news(scores: dict, goals: bool) -> None:
    """Figures side by side, one column per score: precision to F1, counts, errors by kind and by type."""
    from _news import EXTRA, MISSED

    width = max(15, *(len(k) + 2 for k in scores))
    print(f"{'':22s}" + "".join(f"{k:>{width}s}" for k in scores) + ("   target (check)" if goals else ""))
    rows = [("precision", lambda s: s.precision, ""), ("recall", lambda s: s.recall, ""),
            ("event F1", lambda s: s.f1, ">= 0.85"),
            ("dates right", lambda s: s.dated[0] / max(1, s.dated[1]), ">= 0.90"),
            ("casualties right", lambda s: s.casualties[0] / max(1, s.casualties[1]), ">= 0.90")]  # fmt: skip
    for label, value, goal in rows:
        print(f"{label:22s}" + "".join(f"{value(s):{width}.3f}" for s in scores.values())
              + (f"   {goal}" if goals else ""))  # fmt: skip
    intervals = ["{:.3f}-{:.3f}".format(*s.f1_interval()) for s in scores.values()]
    print(f"{'  F1 95% interval':22s}" + "".join(f"{i:>{width}s}" for i in intervals)
          + ("   (articles resampled)" if goals else ""))  # fmt: skip
    for label, attr in (
        ("true positives", "tp"),
        ("false positives", "fp"),
        ("false negatives", "fn"),
        ("from negative text", "negatives_hit"),
        ("at forbidden places", "forbidden_hit"),
    ):
        print(f"{label:22s}" + "".join(f"{getattr(s, attr):{width}d}" for s in scores.values()))
    print(f"{'place reachable':22s}" + "".join(f"{s.placed[0] / max(1, s.placed[1]):{width}.3f}"
                                                for s in scores.values())
          + ("   (some name in the text can place it)" if goals else ""))  # fmt: skip
    print(
        f"{'missed, unreachable':22s}" + "".join(f"{s.missed_unreachable:{width}d}" for s in scores.values())
    )
    print("missed required events, by what no record gave them (counts; one field wrong where two fit):")
    for reason in MISSED:
        print(f"  {reason:20s}" + "".join(f"{s.missed[reason]:{width}d}" for s in scores.values()))
    print("false positives, by what they lack to match a gold event:")
    for reason in EXTRA:
        print(f"  {reason:20s}" + "".join(f"{s.extra[reason]:{width}d}" for s in scores.values()))
    print("by type: required events found / required, and false positives (" + " | ".join(scores) + ")")
    kinds = sorted({k for s in scores.values() for k, _ in s.by_type})
    for kind in kinds:
        cells = []
        for s in scores.values():
            c = s.by_type
            cells.append(
                f"{c[(kind, 'tp')]:4.1f}/{c[(kind, 'tp')] + c[(kind, 'fn')]:4.1f}  fp {c[(kind, 'fp')]:3.0f}"
            )
        print(f"  {kind:28s} " + "  |  ".join(cells))


def score_dev(extract: Extractor) -> None:

    from events.evaluate import Score, load_annotation
    from events.evaluate import score_article as score_dev_article

    scores = {p: Score() for p in PARTS}
    for path in sorted(DEV.glob("*.yaml")):
        spec, article_path = load_annotation(path)
        if not spec.get("complete"):
            continue
        text = article_path.read_text(encoding="utf-8")
        _, records = extract(text, None, path.stem, "dev")
        score_dev_article(spec, records, scores[part(path.stem)], path.stem)
    print("\n== dev: the team's own annotated articles (tests/data/expected, complete ones)")
    print(f"{'':22s}" + "".join(f"{p + ' (' + str(scores[p].expected) + ' ev)':>15s}" for p in PARTS))
    for label in ("precision", "recall", "f1"):
        print(f"{label:22s}" + "".join(f"{getattr(scores[p], label):15.3f}" for p in PARTS))


def score_model_cv(extract: Extractor) -> None:
    """The tuning parts' type figures above are the model's own training rows: 5-fold
    cross-validated figures on the same rows say what it does on rows it was not fitted on (the
    first event of each note, as bench/train_event_types.py fits it)."""
    import json

    import train_event_types as trainer

    from events.extraction.type_model import MODEL_PATH

    if not all(p.exists() for p in trainer.SOURCES):
        return
    data, sources = [], []
    for path in trainer.SOURCES:
        found = trainer.examples(path, extract.gazetteer, extract.lexicon)
        data += found
        sources += [path.name] * len(found)
    c = json.loads(MODEL_PATH.read_text(encoding="utf-8"))["selection"]["C"]
    print("\n== the event type model on tuning rows it was not fitted on (5-fold cross-validated, shipped C)")
    for name, (rows, kind, sub) in trainer.cross_validated(data, sources, c).items():
        print(f"  {name:22s} {rows:4d} rows   type {kind:.3f}   sub-type {sub:.3f}")


def first_call() -> float:
    """A fresh interpreter: imports, the index and any model loaded, one note extracted."""
    code = ("import time; t = time.perf_counter()\n"
            "import datetime as dt\n"
            "from events.service import Pipeline\nfrom events.settings import load_settings\n"
            "from events.reading.article import parse_article\n"
            "p = Pipeline(load_settings())\n"
            "a = parse_article('On 6 May 2020, soldiers killed a man in Rubaya (Masisi, Nord-Kivu).', "
            "where='x', article_id='x', published=dt.date(2020, 5, 6))\n"
            "p.extract(a)\nprint(time.perf_counter() - t)\n")  # fmt: skip
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    return float(out.stdout.split()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default=",".join(CORPORA))
    parser.add_argument("--unscreened", action="store_true", help="every record, without the fitted screen")
    parser.add_argument("--errors", type=Path, help="write the tuning part's errors into this folder")
    parser.add_argument("--news-dir", type=Path, action="append", default=[],
                        help="a further folder in the shared news format (gold.yaml, texts/), scored "
                        "whole; repeatable; with --errors its errors are written too (name only "
                        "tuning folders)")  # fmt: skip
    parser.add_argument("--news-check-dir", type=Path, action="append", default=[],
                        help="a further folder scored as a check part: its errors are never written; "
                        "the tuning and check folders are pooled apart; repeatable")  # fmt: skip
    args = parser.parse_args()
    chosen = args.only.split(",")
    if args.errors:
        args.errors.mkdir(parents=True, exist_ok=True)
    extract = Extractor(screened=not args.unscreened)
    for name in ("acled-ukraine", "acled-world"):
        if name in chosen:
            score_acled(name, extract, args.errors)
    if "acled-world" in chosen and "acled-ukraine" in chosen:
        score_model_cv(extract)
    if "news" in chosen:
        score_news(extract, args.errors)
    if args.news_dir or args.news_check_dir:
        score_news_folders(extract, args.news_dir, args.errors, args.news_check_dir)
    if "dev" in chosen:
        score_dev(extract)
    print("\n== speed (one core, index loaded)")
    if extract.units["note"]:
        print(
            f"ACLED notes per second     {extract.units['note'] / extract.seconds['note']:8.0f}"
            "   (target >= 100)"
        )
    if extract.units["article"]:
        chars = extract.units["article chars"] / extract.seconds["article"]
        print(
            f"news articles per second   {extract.units['article'] / extract.seconds['article']:8.1f}   "
            f"(mean {extract.units['article chars'] / extract.units['article']:,.0f} characters)"
        )
        print(f"  at 2,000 characters      {chars / 2000:8.1f}   (target >= 20)")
    print(f"first call                 {first_call():8.2f} s (fresh interpreter; target < 3 s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
