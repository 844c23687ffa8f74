"""The `sitrep` command: with app.py, the only place that talks to a person."""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import sys
import threading
from pathlib import Path
from typing import Annotated

import typer

from events import PROJECT_ROOT
from events.errors import SitrepError
from events.reading.article import parse_date
from events.records.record import to_feature_collection
from events.service import (
    Pipeline,
    expand_paths,
    load_frame,
    preload_view,
    source_articles,
    view_records,
)
from events.settings import load_settings

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Sitrep: news reports about armed conflict -> geocoded event records.")  # fmt: skip
log = logging.getLogger("sitrep")


def store_at(location: str | Path, lock_timeout: float):
    """The store at ``location`` (events.store.store_at), imported when a command opens one:
    `sitrep extract` needs no store, nor the pandas under it."""
    from events.store import store_at as opened

    return opened(location, lock_timeout)


StoreOption = Annotated[
    str | None,
    typer.Option("--store", help="Event store: a GeoPackage file, or a PostgreSQL URL "
                 "(postgresql://user@host:port/db) for PostGIS; default $SITREP_STORE or data/."),
]  # fmt: skip
PublishedOption = Annotated[
    str | None, typer.Option("--published", help="Publication date YYYY-MM-DD (overrides files).")
]
FilesArgument = Annotated[list[Path], typer.Argument(help="Article files (.txt, .md, .html) or folders.")]


def _fail(message: str, code: int = 1) -> None:
    typer.secho(f"error: {message}", fg=typer.colors.RED, err=True)
    raise typer.Exit(code)


def _published(value: str | None) -> dt.date | None:
    return parse_date(value, "--published") if value else None


def _settings(store: str | None):
    return load_settings({"store": store})


def _progress(paths: list[Path], label: str):
    show = sys.stderr.isatty() and len(paths) > 1
    return typer.progressbar(paths, label=label, file=sys.stderr) if show else _Quiet(paths)


class _Quiet:
    def __init__(self, items):
        self.items = items

    def __enter__(self):
        return self.items

    def __exit__(self, *exc):
        return False


@app.command()
def extract(files: FilesArgument, published: PublishedOption = None) -> None:
    """Print ONE GeoJSON FeatureCollection for all files (touches no store)."""
    try:
        settings = load_settings()
        day = _published(published)
    except SitrepError as exc:
        _fail(str(exc), 2)
    pipeline = Pipeline(settings)
    paths = list(expand_paths(files))
    records, failures = [], 0
    with _progress(paths, "extracting") as bar:
        for outcome in pipeline.extract_paths(bar, day):
            if outcome.error is not None:
                failures += 1
                typer.secho(f"error: {outcome.error}", fg=typer.colors.RED, err=True)
            records.extend(outcome.records)
    typer.echo(json.dumps(to_feature_collection(records), ensure_ascii=False, indent=1))
    if failures:
        raise typer.Exit(1)


@app.command()
def ingest(
    files: Annotated[list[Path] | None, typer.Argument(help="Article files or folders.")] = None,
    published: PublishedOption = None,
    store: StoreOption = None,
    url: Annotated[
        list[str] | None,
        typer.Option("--url", help="Fetch an article from this http(s) URL (uses the network)"),
    ] = None,
) -> None:
    """Extract articles and add their events to the store (one transaction per file)."""
    try:
        settings = _settings(store)
        day = _published(published)
        pipeline = Pipeline(settings)
        target = pipeline.open_store(store_at(settings.store, settings.lock_timeout_s))
    except SitrepError as exc:
        _fail(str(exc), 2)
    if url:
        _ingest_urls(pipeline, target, url, day, settings)
    if not files:
        return
    paths = list(expand_paths(files))
    failures = 0
    with _progress(paths, "ingesting") as bar:
        try:
            outcomes = pipeline.ingest_paths(target, bar, day)
        except SitrepError as exc:
            _fail(str(exc))
    for outcome in outcomes:
        if outcome.error is not None:
            failures += 1
            typer.secho(f"error: {outcome.error}", fg=typer.colors.RED, err=True)
        else:
            r = outcome.result
            typer.echo(f"{outcome.source}: {len(outcome.records)} events "
                       f"({r.added} new, {r.updated} updated, {r.removed} removed)", err=True)  # fmt: skip
    if failures:
        typer.secho(f"{failures} of {len(paths)} file(s) failed; the rest were ingested.",
                    fg=typer.colors.RED, err=True)  # fmt: skip
        raise typer.Exit(1)


def _ingest_urls(pipeline, target, urls, day, settings) -> None:
    from events.reading.fetch import fetch_article

    failures = 0
    for address in urls:
        try:
            article = fetch_article(address, settings.max_article_bytes, day, settings.fetch_private_hosts)
            outcome = pipeline.ingest_article(target, article)
        except SitrepError as exc:
            failures += 1
            typer.secho(f"error: {exc}", fg=typer.colors.RED, err=True)
            continue
        typer.echo(f"{address}: {len(outcome.records)} events ({outcome.result.added} new)", err=True)
    if failures:
        raise typer.Exit(1)


@app.command(name="import")
def import_command(
    kind: Annotated[str, typer.Argument(help="acled, ucdp or geojson")],
    files: Annotated[list[Path], typer.Argument(help="Dataset files")],
    store: StoreOption = None,
) -> None:
    """Import ACLED exports, UCDP GED CSVs or Sitrep GeoJSON as records (never re-extracted)."""
    from events.exchange.acled_table import read_acled_table
    from events.exchange.imports import read_csv_records, read_geojson_records

    if kind not in ("acled", "ucdp", "geojson"):
        _fail(f"unknown dataset kind {kind!r}; use acled, ucdp or geojson", 2)
    try:
        settings = _settings(store)
        target = Pipeline(settings).open_store(store_at(settings.store, settings.lock_timeout_s))
    except SitrepError as exc:
        _fail(str(exc), 2)
    failures = 0
    for path in files:
        try:
            if kind == "acled":  # read by columns, written by the server (events.exchange.acled_table)
                article, table = read_acled_table(path, settings.max_import_bytes)
                result, count = target.ingest_table(article, table), table.num_rows
            else:
                if kind == "geojson":
                    article, records = read_geojson_records(path, settings.max_import_bytes)
                else:
                    article, records = read_csv_records(path, kind, settings.max_import_bytes)
                result, count = target.ingest(article, records), len(records)
        except SitrepError as exc:
            failures += 1
            typer.secho(f"error: {exc}", fg=typer.colors.RED, err=True)
            continue
        typer.echo(f"{path}: {count:,} records ({result.added:,} new, "
                   f"{result.updated:,} updated, {result.removed:,} removed)", err=True)  # fmt: skip
    if failures < len(files):
        target.after_import()
    if failures:
        raise typer.Exit(1)


EXPORT_FORMATS = ("geojson", "csv", "gpkg", "html")


@app.command()
def export(
    format: Annotated[str, typer.Option("--format", help="geojson, csv, gpkg or html")] = "geojson",
    output: Annotated[Path | None, typer.Option("--output", help="File to write; - for stdout")] = None,
    since: Annotated[str | None, typer.Option("--since", help="YYYY-MM-DD")] = None,
    until: Annotated[str | None, typer.Option("--until", help="YYYY-MM-DD")] = None,
    event_type: Annotated[list[str] | None, typer.Option("--type", help="Event type (repeatable)")] = None,
    store: StoreOption = None,
) -> None:
    """Write the store's events (optionally filtered) as GeoJSON, CSV, a GeoPackage (events and
    their source articles) or a standalone HTML map."""
    if format not in EXPORT_FORMATS:
        _fail(f"unknown format {format!r}; use {', '.join(EXPORT_FORMATS)}", 2)
    if format in ("gpkg", "html") and (output is None or str(output) == "-"):
        _fail(f"--format {format} needs --output FILE", 2)
    from events.exchange.export import to_csv, to_geojson, write_geopackage  # pandas: only for exports
    from events.records.filters import EventFilter, apply_filter

    try:
        settings = _settings(store)
        target = Pipeline(settings).open_store(store_at(settings.store, settings.lock_timeout_s))
        f = EventFilter(
            date_from=_published(since), date_to=_published(until), event_types=tuple(event_type or ())
        )
        frame = load_frame(target)
        view = apply_filter(frame, f) if len(frame) else frame
        if format == "html":
            from maps.event_map import build_event_map
            from maps.standalone import standalone_html

            fig = build_event_map(view, tiles=settings.tiles, max_markers=settings.map_max_markers)
            _write_text(output, standalone_html(fig))
        else:
            chosen = view_records(target, list(view["event_id"]))
            if format == "gpkg":
                write_geopackage(output, chosen, source_articles(target, chosen))
            elif output is None or str(output) == "-":
                typer.echo(to_geojson(chosen) if format == "geojson" else to_csv(chosen), nl=False)
                return
            else:
                _write_text(output, to_geojson(chosen) if format == "geojson" else to_csv(chosen))
    except (SitrepError, OSError) as exc:
        _fail(str(exc), 2)
    typer.echo(f"wrote {len(view)} events to {output}", err=True)


def _write_text(output: Path, text: str) -> None:
    tmp = output.with_name(output.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, output)


gazetteer_app = typer.Typer(help="Extend the offline gazetteer.", no_args_is_help=True)
app.add_typer(gazetteer_app, name="gazetteer")


@gazetteer_app.command("add")
def gazetteer_add(
    source: Annotated[
        str,
        typer.Argument(
            help="A GeoNames dump on disk (CC.txt/CC.zip), or a country code to download (needs the network)"
        ),
    ],
) -> None:
    """Index a GeoNames country dump: front-line villages missing from cities500."""
    from events.places import add_dump, load_gazetteer

    try:
        settings = load_settings()
        path, count = add_dump(source, settings.cache_dir, settings.geonames_url)
        typer.echo(f"indexed {count:,} populated places from {source} ({path.name}); "
                   "rebuilding the gazetteer…", err=True)  # fmt: skip
        load_gazetteer(settings.cache_dir)
    except SitrepError as exc:
        _fail(str(exc), 2)
    typer.echo("done", err=True)


store_app = typer.Typer(help="Move events between stores.", no_args_is_help=True)
app.add_typer(store_app, name="store")


@store_app.command("copy")
def store_copy(
    source: Annotated[str, typer.Argument(help="The store to copy: a GeoPackage file or a PostgreSQL URL")],
    target: Annotated[
        str, typer.Argument(help="A new or empty store: a GeoPackage file or a PostgreSQL URL")
    ],
) -> None:
    """Copy a store's articles, events and review log into another store (GeoPackage to
    PostGIS or back), with the counts printed and verified."""
    from events.service import copy_store

    try:
        settings = load_settings()
        origin = store_at(source, settings.lock_timeout_s)
        if not origin.exists():
            _fail(f"store {origin.location} does not exist", 2)
        destination = store_at(target, settings.lock_timeout_s)
        copied = copy_store(origin, destination)
    except SitrepError as exc:
        _fail(str(exc), 2)
    typer.echo(f"copied {copied.articles:,} articles, {copied.events:,} events and {copied.reviews:,} "
               f"review log rows from {origin.location} to {destination.location} (counts verified)",
               err=True)  # fmt: skip


@app.command(name="eval")
def evaluate_command(
    folder: Annotated[Path, typer.Argument(help="Folder of annotation files (*.yaml)")] = (
        PROJECT_ROOT / "tests" / "data" / "expected"
    ),
) -> None:
    """Score extraction on annotated articles: precision, recall, F1 and field accuracies."""
    from events.evaluate import evaluate, report

    try:
        pipeline = Pipeline(load_settings())
        score = evaluate(folder, lambda path: pipeline.extract(pipeline.read(path, None)))
    except SitrepError as exc:
        _fail(str(exc), 2)
    for line in report(score):
        typer.echo(line)


@app.command()
def resolve(
    file: Annotated[Path, typer.Argument(help="JSON Lines: {id, text, toponyms: [{start, end, name}]}")],
) -> None:
    """Resolve given toponym spans; write the documents back with lat, lon, geonameid, name."""
    from events.places import resolve_documents

    _echo_documents(resolve_documents, file)


@app.command()
def geoparse(
    file: Annotated[Path, typer.Argument(help="JSON Lines: {id, text}")],
) -> None:
    """Find and resolve the place names of each text: {id, toponyms: [{start, end, name, lat, lon,
    geonameid}]} per line."""
    from events.places import geoparse_documents

    _echo_documents(geoparse_documents, file)


def _echo_documents(documents, file: Path) -> None:
    """Print each output line of a JSON Lines place command; a bad file or line fails clearly."""
    try:
        gazetteer = Pipeline(load_settings()).gazetteer
        for line in documents(file, gazetteer):
            typer.echo(line)
    except SitrepError as exc:
        _fail(str(exc), 2)


def _import_map_builders() -> None:
    """Import the map and chart builders while the server starts (the first page needs them;
    streamlit_folium is left to the app: it registers its component with the running server)."""
    import maps.event_map  # noqa: F401
    import maps.standalone  # noqa: F401
    import maps.timeline  # noqa: F401


@app.command()
def serve(
    port: Annotated[int, typer.Option(help="Port on localhost")] = 8501,
    store: StoreOption = None,
    address: Annotated[str, typer.Option(help="Address to listen on")] = "localhost",
    headless: Annotated[bool, typer.Option(help="Do not open a browser")] = False,
) -> None:
    """Start the dashboard (same as the README's first command, after set-up), with the
    store's events loading in the background while the server starts."""
    from streamlit.web import cli as streamlit_cli  # the launcher only; the UI is app.py

    if store is not None:
        os.environ["SITREP_STORE"] = str(store)
    if not (PROJECT_ROOT / "static" / "vendor" / "leaflet").is_dir():
        typer.secho("warning: map assets missing (static/vendor); run ./dev.sh setup",
                    fg=typer.colors.YELLOW, err=True)  # fmt: skip
    try:
        settings = _settings(None)
        preload_view(store_at(settings.store, settings.lock_timeout_s))
        threading.Thread(target=_import_map_builders, daemon=True).start()
    except SitrepError as exc:
        _fail(str(exc), 2)
    os.chdir(PROJECT_ROOT)
    sys.argv = ["streamlit", "run", str(PROJECT_ROOT / "app.py"), "--server.port", str(port),
                "--server.address", address, "--server.headless", str(headless).lower()]  # fmt: skip
    streamlit_cli.main()


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    app()


if __name__ == "__main__":
    main()
