"""Sitrep dashboard: the map page, and the navigation to the review page (ui.py).

Widgets -> EventFilter -> pure builders (maps/) -> st_folium / Altair / table / downloads.
Only this module and ui.py build the UI with streamlit (`sitrep serve` only launches it; a test
says so). Run with `./dev.sh serve` (or `sitrep serve`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import folium
import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

from events.errors import SitrepError
from events.records.filters import (
    EventFilter,
    apply_filter,
    describe_filter,
    from_query_params,
    narrowed_views,
    placed,
    region_label,
    to_query_params,
    week_starts,
)
from events.records.trends import region_keys
from events.service import source_articles, view_records
from events.settings import Settings
from events.store import EventStore, store_at
from maps.event_map import (
    base_map,
    build_event_map,
    countries_by_events,
    event_layers,
    latlon_of,
    leaflet_bounds,
    map_bounds,
)
from maps.style import TYPE_COLOURS
from maps.table import people_table
from maps.timeline import brush_range, build_timeline, timeline_png
from ui import (
    event_details,
    events_table,
    load_events,
    page_store,
    plain,
    region_trends_view,
    review_page,
    selected_event,
    stop_with,
    surges_panel,
    trends_table,
)

st.set_page_config(page_title="Sitrep", page_icon=":world_map:", layout="wide")


def _options(frame: pd.DataFrame, *columns: str, limit: int = 300) -> list[str]:
    """Distinct values of these columns, most frequent first (a bounded list for widgets)."""
    values = pd.concat([frame[c] for c in columns if c in frame]).dropna()
    return [str(v) for v in values.value_counts().index[:limit]]


def _region_box(regions: list[str], initial: str) -> str:
    """The Region box: a country or an admin-1 (a click on a surge or trend row sets it)."""
    options = ["", *regions] if not initial or initial in regions else ["", initial, *regions]
    if "region" not in st.session_state:
        st.session_state["region"] = initial if initial in options else ""
    elif st.session_state["region"] not in options:
        st.session_state["region"] = ""
    return st.sidebar.selectbox(
        "Region", options, key="region", format_func=lambda r: region_label(r) if r else "All regions"
    )


def sidebar_filter(
    frame: pd.DataFrame, initial: EventFilter, review_confidence: float, regions: list[str]
) -> EventFilter:
    st.sidebar.header("Filter")
    if frame.empty:
        return initial
    low, high = frame["date_start"].min().date(), frame["date_end"].max().date()
    start = max(low, min(initial.date_from or low, high))
    end = min(high, max(initial.date_to or high, low))
    picked = st.sidebar.date_input(
        "Date range", value=(start, end), min_value=low, max_value=high, key="dates"
    )
    picked = tuple(picked) if isinstance(picked, list | tuple) else (picked,)
    date_from = picked[0] if picked else None
    date_to = picked[1] if len(picked) > 1 else None
    found = set(frame["event_type"].unique())
    present = [t for t in TYPE_COLOURS if t in found]

    def choose(label: str, options: list, chosen: tuple, key: str, placeholder: str) -> tuple:
        return tuple(st.sidebar.multiselect(label, options, default=[c for c in chosen if c in options],
                                            placeholder=placeholder, key=key))  # fmt: skip

    types = choose("Event type", present, initial.event_types, "types", "All types")
    scope = frame[frame["event_type"].isin(types)] if types else frame
    subs = choose(
        "Sub-event type", _options(scope, "sub_event_type"), initial.sub_event_types, "subs", "All sub-types"
    )
    statuses = choose(
        "Status", sorted(frame["status"].dropna().unique()), initial.statuses, "statuses", "Any status"
    )
    region = _region_box(regions, initial.region)
    text = st.sidebar.text_input("Search source sentences and notes", value=initial.text, key="q")
    review = st.sidebar.checkbox(
        f"Needs review (confidence below {review_confidence:g})", value=initial.review_below > 0, key="review"
    )
    with st.sidebar.expander("More filters", expanded=False):
        actors = tuple(st.multiselect("Actor", _options(frame, "actor1", "actor2"),
                                      default=[a for a in initial.actors], key="actors"))  # fmt: skip
        countries = tuple(st.multiselect("Country", _options(frame, "country"),
                                         default=list(initial.countries), key="countries"))  # fmt: skip
        admin1s = tuple(st.multiselect("Admin1 (region)", _options(frame, "admin1"),
                                       default=list(initial.admin1s), key="admin1s"))  # fmt: skip
        precisions = tuple(
            st.multiselect("Geo-precision", [1, 2, 3], default=list(initial.geo_precisions), key="geo")
        )
        min_fatalities = int(
            st.number_input("Minimum fatalities", min_value=0, value=initial.min_fatalities, key="min_fat")
        )
    return EventFilter(
        date_from=None if date_from == low else date_from,
        date_to=None if date_to == high else date_to,
        event_types=types, sub_event_types=subs, actors=actors, statuses=statuses,
        countries=countries, admin1s=admin1s, geo_precisions=precisions,
        min_fatalities=min_fatalities, text=text,
        review_below=review_confidence if review else 0.0, region=region,
    )  # fmt: skip


def kpis(view: pd.DataFrame) -> None:
    cols = st.columns(4)
    cols[0].metric("Events", len(view))
    cols[1].metric("Fatalities", int(view["fatalities"].fillna(0).sum()) if len(view) else 0)
    cols[2].metric("Injuries", int(view["injuries"].fillna(0).sum()) if len(view) else 0)
    cols[3].metric("Places", view["location"].dropna().nunique() if len(view) else 0)


MAX_DOWNLOAD_EVENTS = 200_000
MAX_TABLE_ROWS = 1_000
BRUSH_PARAMS = ("brush_from", "brush_to")


@st.cache_resource(max_entries=2)
def store_bounds(location: str, lock_timeout: float, version: str):
    """The bounds of every event in the store (computed once per store version)."""
    return map_bounds(load_events(location, lock_timeout, version))


@st.cache_resource(max_entries=2)
def store_regions(location: str, lock_timeout: float, version: str, limit: int = 600) -> list[str]:
    """The store's countries and admin-1 regions (region keys), most events first."""
    return region_keys(load_events(location, lock_timeout, version), limit)


@st.cache_resource(max_entries=2)
def store_countries(location: str, lock_timeout: float, version: str) -> list[str]:
    """The store's countries, most events first (their admin-1 outlines are drawn)."""
    return countries_by_events(load_events(location, lock_timeout, version))


@st.cache_resource(max_entries=4, show_spinner=False)
def view_table(_rows: pd.DataFrame, view_key: str) -> pd.DataFrame:
    """The table's rows for people, made once per view (``view_key``: the store's address
    and version, the filter and the brushed dates), then shared read-only by every session."""
    return people_table(_rows)


@st.cache_resource(max_entries=4, show_spinner=False)
def view_timeline(_view: pd.DataFrame, view_key: str):
    """The timeline chart, made once per view (``view_key`` as for view_table, without the brush)."""
    return build_timeline(_view, brush=True)


def show_map(
    frame: pd.DataFrame, view: pd.DataFrame, settings: Settings, version: str, highlight: str | None = None
) -> None:
    """The base map stays the same while filtering (same bounds: those of the whole store),
    so st_folium keeps it and only swaps the event layers (feature_group_to_add); a selected
    table row is drawn emphasised and the map centres on it. The map returns its bounds
    after each pan or zoom (a rerun of this fragment only): cells are computed for the
    part in view, finer as one zooms in, down to single events."""
    address = store_at(settings.store).address  # the cached frame's key, as map_page loaded it
    bounds = store_bounds(address, settings.lock_timeout_s, version)
    countries = store_countries(address, settings.lock_timeout_s, version)
    found = set(frame["event_type"].unique())
    base = base_map(types=[t for t in TYPE_COLOURS if t in found], bounds=bounds, tiles=settings.tiles,
                    countries=countries, cells=len(frame) > settings.map_max_markers)  # fmt: skip
    shown = leaflet_bounds((st.session_state.get("map") or {}).get("bounds"))
    groups = event_layers(view, highlight=highlight, max_markers=settings.map_max_markers, view=shown)
    centre = latlon_of(view, highlight)
    st_folium(base, height=520, use_container_width=True, returned_objects=["bounds"], render=False,
              feature_group_to_add=groups, layer_control=folium.LayerControl(collapsed=True),
              center=centre, zoom=9 if centre else None, key="map")  # fmt: skip


def _step(weeks: list[dt.date]) -> None:
    """Advance the play control one week; stop (with a full rerun) after the last."""
    if not st.session_state.get("playing") or st.session_state.pop("play_started", False):
        return  # not playing, or the run that starts playing: show the current week first
    current = st.session_state.get("week", weeks[0])
    later = [w for w in weeks if w > current]
    if later:
        st.session_state["week"] = later[0]
    else:
        st.session_state["playing"] = False
        st.rerun()


def _map_panel(
    frame: pd.DataFrame, shown: pd.DataFrame, settings: Settings, version: str, highlight: str | None
) -> None:
    """The map, optionally stepping through time week by week. While playing, only this
    fragment reruns (every settings.play_step_s): the map swaps layers, no page reload."""
    weeks = week_starts(shown)
    left, middle, right = st.columns([2, 1, 5], vertical_alignment="bottom")
    stepping = left.toggle("Week by week", key="stepping", disabled=len(weeks) < 2,
                           help="Show one week at a time; Play steps through the weeks.")  # fmt: skip
    view = shown
    if stepping and len(weeks) >= 2:
        _step(weeks)
        playing = st.session_state.get("playing", False)
        if middle.button("⏸ Pause" if playing else "▶ Play", key="play"):
            st.session_state["playing"] = st.session_state["play_started"] = not playing
            if st.session_state.get("week", weeks[-1]) >= weeks[-1]:
                st.session_state["week"] = weeks[0]
            st.rerun()
        if st.session_state.get("week") not in weeks:
            st.session_state["week"] = weeks[0]
        week = right.select_slider(
            "Week", options=weeks, key="week", format_func=lambda d: f"week of {d:%d %b %Y}"
        )
        view = apply_filter(shown, EventFilter(date_from=week, date_to=week + dt.timedelta(days=6)))
        st.caption(f"{len(view):,} events in the week of {week:%d %B %Y}.")
    show_map(frame, view, settings, version, highlight)


def _downloads(store: EventStore, shown: pd.DataFrame, settings: Settings) -> None:
    """Files are made only when a button is clicked (deferred callables; the exporters are
    imported then too, not before the first map)."""
    from events.exchange.export import to_csv, to_geojson, to_geopackage
    from maps.standalone import standalone_html

    if len(shown) > MAX_DOWNLOAD_EVENTS:
        st.info(
            f"{len(shown):,} events in view: narrow the filter to {MAX_DOWNLOAD_EVENTS:,} or "
            "fewer to download here, or use `sitrep export` for any size."
        )
        return
    today = dt.date.today().isoformat()
    event_ids = shown["event_id"]  # made into a list only when a button is clicked

    def ids() -> list[str]:
        return event_ids.tolist()

    def gpkg() -> bytes:
        records = view_records(store, ids())
        return to_geopackage(records, source_articles(store, records))

    def html() -> str:
        fig = build_event_map(shown, tiles=settings.tiles, max_markers=settings.map_max_markers)
        return standalone_html(fig)

    files = [
        ("GeoJSON", lambda: to_geojson(view_records(store, ids())), "geojson", "application/geo+json"),
        ("CSV", lambda: to_csv(view_records(store, ids())), "csv", "text/csv"),
        ("GeoPackage", gpkg, "gpkg", "application/geopackage+sqlite3"),
        ("Map (HTML)", html, "html", "text/html"),
        ("Timeline (PNG)", lambda: timeline_png(shown), "png", "image/png"),
    ]
    for column, (label, make, suffix, mime) in zip(st.columns(len(files)), files, strict=True):
        column.download_button(f"Download {label}", make, f"sitrep-{today}.{suffix}", mime=mime,
                               on_click="ignore", key=f"dl_{suffix}")  # fmt: skip


def _brush(params: dict) -> tuple[dt.date, dt.date] | None:
    """The timeline brush: the chart's selection, or (first load) the shared URL's."""
    state = st.session_state.get("timeline")
    if state is not None:
        return brush_range(state.get("selection"))
    try:
        return tuple(dt.date.fromisoformat(params[k]) for k in BRUSH_PARAMS) if all(
            k in params for k in BRUSH_PARAMS) else None  # fmt: skip
    except (TypeError, ValueError):
        return None


def _table_rows(shown: pd.DataFrame, review_first: bool) -> pd.DataFrame:
    """The rows the table shows: the first MAX_TABLE_ROWS (lowest confidence first in review)."""
    return shown.nsmallest(MAX_TABLE_ROWS, "confidence") if review_first else shown.head(MAX_TABLE_ROWS)


def map_page() -> None:
    settings, store = page_store()
    try:
        version = store.version()
        frame = load_events(store.address, settings.lock_timeout_s, version)
        params = st.query_params.to_dict()
        initial = from_query_params(params)
    except SitrepError as exc:
        stop_with(exc)
    st.title("Sitrep")
    st.caption("Conflict events read from news reports: geocoded, dated, typed and sourced. "
               "Drag across the timeline to narrow the dates; pick a surge or a region to focus on it; "
               "pick a table row to find it on the map.")  # fmt: skip
    regions = store_regions(store.address, settings.lock_timeout_s, version)
    event_filter = sidebar_filter(frame, initial, settings.review_confidence, regions)
    brushed = _brush(params)
    view, shown, wide = narrowed_views(frame, event_filter, brushed)
    effective = event_filter
    if brushed:
        effective = replace(event_filter, date_from=max(event_filter.date_from or brushed[0], brushed[0]),
                            date_to=min(event_filter.date_to or brushed[1], brushed[1]))  # fmt: skip
    shared = to_query_params(event_filter)
    if brushed:
        shared.update(zip(BRUSH_PARAMS, (d.isoformat() for d in brushed), strict=True))
    st.query_params.from_dict(shared)
    st.markdown(f"**{plain(describe_filter(effective, len(shown), len(frame)))}**")
    kpis(shown)
    rows = _table_rows(shown, review_first=event_filter.review_below > 0)
    highlight = selected_event(rows)
    map_column, side = st.columns([4, 1])
    playing = st.session_state.get("playing", False) and st.session_state.get("stepping", False)
    with map_column:  # first: the map is what the page is for (the panels beside it follow)
        st.fragment(_map_panel, run_every=settings.play_step_s if playing else None)(
            frame, shown, settings, version, highlight
        )
    # the keys naming what the view's rows depend on, for the caches shared by sessions
    view_key = repr((store.address, version, event_filter))
    trends = region_trends_view(
        wide, repr((store.address, version, replace(event_filter, region=""), brushed))
    )
    with side:
        surges_panel(trends, settings, event_filter.region)
    table = view_table(rows, repr((view_key, brushed)))
    unplaced = int((~placed(shown)).sum()) if len(shown) else 0
    if unplaced:
        st.caption(f"{unplaced} event(s) have no place on the map (e.g. phone calls); "
                   "they are in the table and the downloads.")  # fmt: skip
    # an explicit element height: with the legend below, Streamlit's "content" height
    # leaves the plot area empty
    st.altair_chart(view_timeline(view, view_key), width="stretch", height=300,
                    on_select="rerun", selection_mode="brush", key="timeline")  # fmt: skip
    with st.expander("Trends by region: events and fatalities, this period against the one before"):
        trends_table(trends)
    _downloads(store, shown, settings)
    st.subheader("Events")
    if len(table):
        events_table(table)
        if len(shown) > MAX_TABLE_ROWS:
            st.caption(f"The first {MAX_TABLE_ROWS:,} of {len(shown):,} events; downloads have them all.")
        event_details(shown, highlight)
    st.page_link(REVIEW, label="Add or review an article", icon=":material/rate_review:")


REVIEW = st.Page(review_page, title="Review", url_path="review", icon=":material/rate_review:")
st.navigation([st.Page(map_page, title="Map", default=True, icon=":material/map:"), REVIEW]).run()
