"""Sitrep dashboard: the only module that imports streamlit.

Widgets -> EventFilter -> pure builders (maps/) -> st_folium / Altair / table / downloads.
Run with `./dev.sh serve` (or `sitrep serve`).
"""

from __future__ import annotations

import datetime as dt
import re

import folium
import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

from events.article import parse_article, pasted_article_id
from events.dedup import deduplicate
from events.errors import SitrepError
from events.export import to_csv, to_geojson
from events.filters import (
    EventFilter,
    apply_filter,
    describe_filter,
    from_query_params,
    to_query_params,
)
from events.records import EventRecord
from events.service import Pipeline, load_frame
from events.settings import Settings, load_settings
from events.store import EventStore
from maps.event_map import base_map, event_layers, map_bounds
from maps.style import TYPE_COLOURS
from maps.timeline import build_timeline

st.set_page_config(page_title="Sitrep", page_icon=":world_map:", layout="wide")
MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")


def plain(text: object) -> str:
    """Untrusted text for Streamlit's markdown-rendering elements: shown literally, no links."""
    return MARKDOWN_SPECIAL.sub(r"\\\1", str(text))


@st.cache_resource(show_spinner="Loading the gazetteer…")
def get_pipeline(settings: Settings) -> Pipeline:
    pipeline = Pipeline(settings)
    _ = pipeline.gazetteer  # load (or build once) the on-disk index now
    return pipeline


@st.cache_resource(show_spinner="Reading the store…", max_entries=2)
def load_events(store_path: str, lock_timeout: float, version: str) -> pd.DataFrame:
    """All events as one columnar frame, shared read-only between reruns and sessions (no
    copy per rerun, unlike cache_data); ``version`` keys it to the store's content."""
    return load_frame(EventStore(store_path, lock_timeout))


def download_records(store: EventStore, wanted: list[str]) -> list[EventRecord]:
    """The records behind the filtered view (merged events keep all their sources)."""
    merged = {r.event_id: r for r in deduplicate(store.records_where(origin_imported=False))}
    missing = [e for e in wanted if e not in merged]
    found = {r.event_id: r for r in store.records_by_id(missing)} if missing else {}
    return [merged.get(e) or found[e] for e in wanted if e in merged or e in found]


def open_store(settings: Settings) -> EventStore:
    store = EventStore(settings.store, settings.lock_timeout_s)
    if not store.exists():
        with st.spinner("Creating the store from the bundled example…"):
            get_pipeline(settings).open_store(store)
    return store


def _options(frame: pd.DataFrame, *columns: str, limit: int = 300) -> list[str]:
    """Distinct values of these columns, most frequent first (a bounded list for widgets)."""
    values = pd.concat([frame[c] for c in columns if c in frame]).dropna()
    return [str(v) for v in values.value_counts().index[:limit]]


def sidebar_filter(frame: pd.DataFrame, initial: EventFilter, review_confidence: float) -> EventFilter:
    st.sidebar.header("Filter")
    if frame.empty:
        return initial
    low, high = frame["date_start"].min().date(), frame["date_end"].max().date()
    start = max(low, min(initial.date_from or low, high))
    end = min(high, max(initial.date_to or high, low))
    picked = st.sidebar.date_input("Date range", value=(start, end), min_value=low,
                                   max_value=high, key="dates")  # fmt: skip
    picked = tuple(picked) if isinstance(picked, list | tuple) else (picked,)
    date_from = picked[0] if picked else None
    date_to = picked[1] if len(picked) > 1 else None
    present = [t for t in TYPE_COLOURS if t in set(frame["event_type"])]

    def choose(label: str, options: list, chosen: tuple, key: str, placeholder: str) -> tuple:
        return tuple(st.sidebar.multiselect(label, options, default=[c for c in chosen if c in options],
                                            placeholder=placeholder, key=key))  # fmt: skip

    types = choose("Event type", present, initial.event_types, "types", "All types")
    scope = frame[frame["event_type"].isin(types)] if types else frame
    subs = choose("Sub-event type", _options(scope, "sub_event_type"), initial.sub_event_types,
                  "subs", "All sub-types")  # fmt: skip
    statuses = choose("Status", sorted(frame["status"].dropna().unique()), initial.statuses,
                      "statuses", "Any status")  # fmt: skip
    text = st.sidebar.text_input("Search source sentences and notes", value=initial.text, key="q")
    review = st.sidebar.checkbox(f"Needs review (confidence below {review_confidence:g})",
                                 value=initial.review_below > 0, key="review")  # fmt: skip
    with st.sidebar.expander("More filters", expanded=False):
        actors = tuple(st.multiselect("Actor", _options(frame, "actor1", "actor2"),
                                      default=[a for a in initial.actors], key="actors"))  # fmt: skip
        countries = tuple(st.multiselect("Country", _options(frame, "country"),
                                         default=list(initial.countries), key="countries"))  # fmt: skip
        admin1s = tuple(st.multiselect("Admin1 (region)", _options(frame, "admin1"),
                                       default=list(initial.admin1s), key="admin1s"))  # fmt: skip
        precisions = tuple(st.multiselect("Geo-precision", [1, 2, 3],
                                          default=list(initial.geo_precisions), key="geo"))  # fmt: skip
        min_fatalities = int(st.number_input("Minimum fatalities", min_value=0,
                                             value=initial.min_fatalities, key="min_fat"))  # fmt: skip
    return EventFilter(
        date_from=None if date_from == low else date_from,
        date_to=None if date_to == high else date_to,
        event_types=types, sub_event_types=subs, actors=actors, statuses=statuses,
        countries=countries, admin1s=admin1s, geo_precisions=precisions,
        min_fatalities=min_fatalities, text=text,
        review_below=review_confidence if review else 0.0,
    )  # fmt: skip


def source_ids(sources: object) -> str:
    return ", ".join(s["article_id"] for s in sources) if isinstance(sources, list) else ""


def kpis(view: pd.DataFrame) -> None:
    cols = st.columns(4)
    cols[0].metric("Events", len(view))
    cols[1].metric("Fatalities", int(view["fatalities"].fillna(0).sum()) if len(view) else 0)
    cols[2].metric("Injuries", int(view["injuries"].fillna(0).sum()) if len(view) else 0)
    cols[3].metric("Places", view["location"].dropna().nunique() if len(view) else 0)


MAX_DOWNLOAD_EVENTS = 200_000
MAX_TABLE_ROWS = 1_000
TABLE_COLUMNS = ["event_date", "time_precision", "event_type", "sub_event_type", "status",
                 "location", "admin1", "country", "geo_precision", "fatalities", "injuries",
                 "actor1", "actor2", "confidence", "source_text", "notes", "sources"]  # fmt: skip


def add_article_form(settings: Settings, store: EventStore) -> None:
    st.subheader("Add an article")
    st.caption("Paste text or upload a .txt, .md or .html file. Its events join the map.")
    uploaded = st.file_uploader("Article file", type=["txt", "md", "html", "htm"], key="upload")
    pasted = st.text_area("…or paste the article text", height=160, key="pasted")
    title = st.text_input("Title (optional)", key="title")
    published = st.date_input("Published", value=None, key="published",
                              help="Required unless the file's front matter gives it.")  # fmt: skip
    if not st.button("Extract and add", type="primary", key="add"):
        return
    try:
        if uploaded is not None:
            raw = uploaded.getvalue()
            stem = re.sub(r"[^\w.-]+", "-", uploaded.name.rsplit(".", 1)[0])[:80] or "upload"
            suffix = "." + uploaded.name.rsplit(".", 1)[-1].lower() if "." in uploaded.name else ""
            if len(raw) > settings.max_upload_bytes:
                raise SitrepError(f"{uploaded.name}: over the upload limit of "
                                  f"{settings.max_upload_bytes:,} bytes")  # fmt: skip
            article = parse_article(raw, where=uploaded.name, article_id=f"upload-{stem}",
                                    suffix=suffix, published=published,
                                    max_bytes=settings.max_article_bytes)  # fmt: skip
        elif pasted.strip():
            text = f"# {title}\n\n{pasted}" if title.strip() else pasted
            article = parse_article(text, where="pasted text", article_id=pasted_article_id(text),
                                    published=published,
                                    max_bytes=settings.max_article_bytes)  # fmt: skip
        else:
            st.error("Paste some text or choose a file first.")
            return
        outcome = get_pipeline(settings).ingest_article(store, article)
    except SitrepError as exc:
        st.error(plain(exc))
        return
    st.success(f"{len(outcome.records)} events extracted from "
               f"{plain(article.title or article.origin)} ({outcome.result.added} new).")  # fmt: skip


@st.cache_resource(max_entries=2)
def store_bounds(store_path: str, lock_timeout: float, version: str):
    """The bounds of every event in the store (computed once per store version)."""
    return map_bounds(load_events(store_path, lock_timeout, version))


def show_map(frame: pd.DataFrame, view: pd.DataFrame, settings: Settings, version: str) -> None:
    """The base map stays the same while filtering (same bounds: those of the whole store),
    so st_folium keeps it and only swaps the event layers (feature_group_to_add)."""
    bounds = store_bounds(str(settings.store), settings.lock_timeout_s, version)
    base = base_map(types=[t for t in TYPE_COLOURS if t in set(frame["event_type"])],
                    bounds=bounds, tiles=settings.tiles)  # fmt: skip
    groups = event_layers(view, max_markers=settings.map_max_markers)
    st_folium(base, height=520, use_container_width=True, returned_objects=[], render=False,
              feature_group_to_add=groups, layer_control=folium.LayerControl(collapsed=True),
              key="map")  # fmt: skip


def main() -> None:
    try:
        settings = load_settings()
        store = open_store(settings)
        version = store.version()
        frame = load_events(str(store.path), settings.lock_timeout_s, version)
        initial = from_query_params(st.query_params.to_dict())
    except SitrepError as exc:
        st.error(plain(exc))
        st.stop()
    st.title("Sitrep")
    st.caption("Conflict events read from news reports: geocoded, dated, typed and sourced.")
    event_filter = sidebar_filter(frame, initial, settings.review_confidence)
    st.query_params.from_dict(to_query_params(event_filter))
    view = apply_filter(frame, event_filter) if not frame.empty else frame
    st.markdown(f"**{plain(describe_filter(event_filter, len(view), len(frame)))}**")
    kpis(view)
    show_map(frame, view, settings, version)
    unplaced = int(view["geometry"].isna().sum()) if len(view) else 0
    if unplaced:
        st.caption(f"{unplaced} event(s) have no place on the map (e.g. phone calls); "
                   "they are in the table and the downloads.")  # fmt: skip
    st.altair_chart(build_timeline(view), width="stretch")
    today = dt.date.today().isoformat()
    if len(view) <= MAX_DOWNLOAD_EVENTS:
        ids = list(view["event_id"])  # the files are made only when a button is clicked
        left, right = st.columns(2)
        left.download_button("Download GeoJSON", lambda: to_geojson(download_records(store, ids)),
                             f"sitrep-{today}.geojson", mime="application/geo+json",
                             on_click="ignore", key="dl_geojson")  # fmt: skip
        right.download_button("Download CSV", lambda: to_csv(download_records(store, ids)),
                              f"sitrep-{today}.csv", mime="text/csv", on_click="ignore",
                              key="dl_csv")  # fmt: skip
    else:
        st.info(f"{len(view):,} events in view: narrow the filter to {MAX_DOWNLOAD_EVENTS:,} or "
                "fewer to download here, or use `sitrep export` for any size.")
    st.subheader("Events")
    if len(view):
        ordered = view.sort_values("confidence") if event_filter.review_below else view
        table = ordered[[c for c in TABLE_COLUMNS if c in view.columns]].head(MAX_TABLE_ROWS).copy()
        if "sources" in table:
            table["sources"] = [source_ids(sources) for sources in table["sources"]]
        st.dataframe(table, hide_index=True, width="stretch")
    with st.expander("Add an article", expanded=False):
        add_article_form(settings, store)


main()
