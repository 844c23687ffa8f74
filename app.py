"""Sitrep dashboard: the map page, and the navigation to the review page (ui.py).

Widgets -> EventFilter -> pure builders (maps/) -> st_folium / Altair / table / downloads.
Only this module and ui.py build the UI with streamlit (`sitrep serve` only launches it; a test
says so). Run with `./dev.sh serve` (or `sitrep serve`).
"""

from __future__ import annotations

import datetime as dt

import folium
import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

from events.errors import SitrepError
from events.records.filters import (
    NO_FILTER,
    EventFilter,
    describe_filter,
    from_query_params,
    region_label,
    to_query_params,
    week_starts_between,
    within_dates,
)
from events.records.trends import region_keys
from events.service import source_articles, view_records
from events.settings import Settings
from events.store import EventStore
from events.store.views import EventView, Tally, narrowed, ranked
from maps.coords import latlon_bounds
from maps.event_map import base_map, build_event_map, latlon_of, leaflet_bounds, map_layers
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


def _options(events: EventView, *columns: str, f: EventFilter = NO_FILTER, limit: int = 300) -> list[str]:
    """Distinct values of these columns, most frequent first (a bounded list for widgets)."""
    return [str(v) for v in ranked(pd.concat([events.counts(c, f) for c in columns])).index[:limit]]


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
    events: EventView, facets: dict, initial: EventFilter, review_confidence: float, regions: list[str]
) -> EventFilter:
    st.sidebar.header("Filter")
    if not facets["total"]:
        return initial
    low, high = facets["first"], facets["last"]
    start = max(low, min(initial.date_from or low, high))
    end = min(high, max(initial.date_to or high, low))
    picked = st.sidebar.date_input(
        "Date range", value=(start, end), min_value=low, max_value=high, key="dates"
    )
    picked = tuple(picked) if isinstance(picked, list | tuple) else (picked,)
    date_from = picked[0] if picked else None
    date_to = picked[1] if len(picked) > 1 else None
    present = [t for t in TYPE_COLOURS if t in facets["types"]]

    def choose(label: str, options: list, chosen: tuple, key: str, placeholder: str) -> tuple:
        return tuple(st.sidebar.multiselect(label, options, default=[c for c in chosen if c in options],
                                            placeholder=placeholder, key=key))  # fmt: skip

    types = choose("Event type", present, initial.event_types, "types", "All types")
    subs = choose("Sub-event type", sub_types(events, facets["key"], types), initial.sub_event_types, "subs",
                  "All sub-types")  # fmt: skip
    statuses = choose("Status", facets["statuses"], initial.statuses, "statuses", "Any status")
    region = _region_box(regions, initial.region)
    text = st.sidebar.text_input("Search source sentences and notes", value=initial.text, key="q")
    review = st.sidebar.checkbox(
        f"Needs review (confidence below {review_confidence:g})", value=initial.review_below > 0, key="review"
    )
    with st.sidebar.expander("More filters", expanded=False):
        actors = tuple(st.multiselect("Actor", facets["actors"], default=[a for a in initial.actors],
                                      key="actors"))  # fmt: skip
        countries = tuple(st.multiselect("Country", facets["countries"], default=list(initial.countries),
                                         key="countries"))  # fmt: skip
        admin1s = tuple(st.multiselect("Admin1 (region)", facets["admin1s"], default=list(initial.admin1s),
                                       key="admin1s"))  # fmt: skip
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


def kpis(tally: Tally) -> None:
    cols = st.columns(4)
    cols[0].metric("Events", tally.events)
    cols[1].metric("Fatalities", tally.fatalities)
    cols[2].metric("Injuries", tally.injuries)
    cols[3].metric("Places", tally.places)


MAX_DOWNLOAD_EVENTS = 200_000
MAX_TABLE_ROWS = 1_000
BRUSH_PARAMS = ("brush_from", "brush_to")
# Session key: the timeline, the trends table, the downloads and the events table are shown.
# They follow the map (their code, Vega's and the data grid's, would load before its frame):
# once it has drawn (it returns its bounds) or on a click.
DETAILS = "details"

# What the page reads of the store's events, asked of its view (events.store.views: a frame in
# memory, or SQL on a server) and kept per store version (``key``: address and version) and
# filter, shared by every session: the view answers with counts and sums, never every row.


@st.cache_resource(max_entries=2, show_spinner=False)
def store_facets(_events: EventView, key: str) -> dict:
    """What the sidebar and the base map need of the whole store, once per version."""
    whole = _events.tally(EventFilter())
    extent = _events.extent()
    return {
        "key": key, "total": _events.total(), "first": whole.first, "last": whole.last,
        "types": set(_events.counts("event_type").index), "statuses": sorted(_events.counts("status").index),
        "actors": _options(_events, "actor1", "actor2"), "countries": _options(_events, "country"),
        "admin1s": _options(_events, "admin1"),
        "regions": region_keys(_events.groups(("country", "admin1")), 600),
        "by_events": [str(c) for c in _events.counts("country").index],
        "bounds": latlon_bounds(*extent) if extent else None,
    }  # fmt: skip


@st.cache_resource(max_entries=16, show_spinner=False)
def sub_types(_events: EventView, key: str, types: tuple[str, ...]) -> list[str]:
    """The sub-event types of the chosen types (all when none), most events first."""
    return _options(_events, "sub_event_type", f=EventFilter(event_types=types))


@st.cache_resource(max_entries=16, show_spinner=False)
def view_tally(_events: EventView, key: str, f: str, _f: EventFilter) -> Tally:
    """The totals of the events passing a filter (``f``: its repr, the cache key)."""
    return _events.tally(_f)


@st.cache_resource(max_entries=4, show_spinner=False)
def view_rows(_events: EventView, key: str, f: str, _f: EventFilter, review_first: bool) -> pd.DataFrame:
    """The rows the table shows: the first MAX_TABLE_ROWS (lowest confidence first in review)."""
    return _events.rows(_f, MAX_TABLE_ROWS, by_confidence=review_first)


@st.cache_resource(max_entries=4, show_spinner=False)
def view_table(_rows: pd.DataFrame, view_key: str) -> pd.DataFrame:
    """The table's rows for people, made once per view (``view_key``: the store's address
    and version, the filter and the brushed dates), then shared read-only by every session."""
    return people_table(_rows)


@st.cache_resource(max_entries=4, show_spinner=False)
def view_timeline(_events: EventView, key: str, f: str, _f: EventFilter):
    """The timeline chart, made once per view (without the brush) from the events per date,
    range, precision and type."""
    return build_timeline(timeline_groups(_events, _f), brush=True)


def timeline_groups(events: EventView, f: EventFilter) -> pd.DataFrame:
    return events.groups(("event_date", "date_start", "date_end", "time_precision", "event_type"), f)


@st.cache_resource(max_entries=4, show_spinner=False)
def view_trend_groups(_events: EventView, key: str, f: str, _f: EventFilter) -> pd.DataFrame:
    """Events and fatalities per coded date and region: what the trends are made from."""
    return _events.groups(("event_date", "country", "admin1"), _f)


def show_map(events: EventView, f: EventFilter, facets: dict, settings: Settings,
             highlight: str | None = None) -> None:  # fmt: skip
    """The base map stays the same while filtering (same bounds: those of the whole store),
    so st_folium keeps it and only swaps the event layers (feature_group_to_add); a selected
    table row is drawn emphasised and the map centres on it. The map returns its bounds
    after each pan or zoom (a rerun of this fragment only): cells are computed for the
    part in view, finer as one zooms in, down to single events."""
    base = base_map(types=[t for t in TYPE_COLOURS if t in facets["types"]], bounds=facets["bounds"],
                    tiles=settings.tiles, countries=facets["by_events"],
                    cells=facets["total"] > settings.map_max_markers)  # fmt: skip
    shown = leaflet_bounds((st.session_state.get("map") or {}).get("bounds"))
    groups = map_layers(events, f, highlight=highlight, max_markers=settings.map_max_markers, view=shown)
    centre = latlon_of(events, f, highlight)
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


def _map_panel(events: EventView, facets: dict, shown: EventFilter, tally: Tally, settings: Settings,
               highlight: str | None) -> None:  # fmt: skip
    """The map, optionally stepping through time week by week. While playing, only this
    fragment reruns (every settings.play_step_s): the map swaps layers, no page reload."""
    if not st.session_state.get(DETAILS) and map_drawn():
        st.session_state[DETAILS] = True  # the map's first bounds: now the panels below it
        st.rerun(scope="app")
    weeks = week_starts_between(tally.first, tally.last) if tally.events else []
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
        view = within_dates(shown, week, week + dt.timedelta(days=6))
        count = view_tally(events, facets["key"], repr(view), view).events
        st.caption(f"{count:,} events in the week of {week:%d %B %Y}.")
    show_map(events, view, facets, settings, highlight)


def _downloads(
    store: EventStore, events: EventView, shown: EventFilter, count: int, settings: Settings
) -> None:
    """Files are made only when a button is clicked (deferred callables; the exporters are
    imported then too, not before the first map; the view's rows are read then too)."""
    from events.exchange.export import to_csv, to_geojson, to_geopackage
    from maps.standalone import standalone_html

    if count > MAX_DOWNLOAD_EVENTS:
        st.info(
            f"{count:,} events in view: narrow the filter to {MAX_DOWNLOAD_EVENTS:,} or "
            "fewer to download here, or use `sitrep export` for any size."
        )
        return
    today = dt.date.today().isoformat()

    def ids() -> list[str]:
        return events.event_ids(shown)

    def gpkg() -> bytes:
        records = view_records(store, ids())
        return to_geopackage(records, source_articles(store, records))

    def html() -> str:
        fig = build_event_map(events.rows(shown), tiles=settings.tiles, max_markers=settings.map_max_markers)
        return standalone_html(fig)

    files = [
        ("GeoJSON", lambda: to_geojson(view_records(store, ids())), "geojson", "application/geo+json"),
        ("CSV", lambda: to_csv(view_records(store, ids())), "csv", "text/csv"),
        ("GeoPackage", gpkg, "gpkg", "application/geopackage+sqlite3"),
        ("Map (HTML)", html, "html", "text/html"),
        ("Timeline (PNG)", lambda: timeline_png(timeline_groups(events, shown)), "png", "image/png"),
    ]
    for column, (label, make, suffix, mime) in zip(st.columns(len(files)), files, strict=True):
        column.download_button(f"Download {label}", make, f"sitrep-{today}.{suffix}", mime=mime,
                               on_click="ignore", key=f"dl_{suffix}")  # fmt: skip


def map_drawn() -> bool:
    """Whether this session's map has drawn (it returns its bounds once it has)."""
    return leaflet_bounds((st.session_state.get("map") or {}).get("bounds")) is not None


def _show_details() -> None:
    """Callback of the button that shows the panels below the map before it has drawn."""
    st.session_state[DETAILS] = True


def _details(store: EventStore, events: EventView, key: str, event_filter: EventFilter, shown: EventFilter,
             tally: Tally, rows: pd.DataFrame, trends: pd.DataFrame, settings: Settings,
             highlight: str | None) -> None:  # fmt: skip
    """What follows the map: the timeline, the trends table, the downloads, the events table."""
    # an explicit element height: with the legend below, Streamlit's "content" height
    # leaves the plot area empty
    st.altair_chart(view_timeline(events, key, repr(event_filter), event_filter), width="stretch",
                    height=300, on_select="rerun", selection_mode="brush", key="timeline")  # fmt: skip
    with st.expander("Trends by region: events and fatalities, this period against the one before"):
        trends_table(trends)
    _downloads(store, events, shown, tally.events, settings)
    table = view_table(rows, repr((key, shown, event_filter.review_below > 0)))
    st.subheader("Events")
    if len(table):
        events_table(table)
        if tally.events > MAX_TABLE_ROWS:
            st.caption(f"The first {MAX_TABLE_ROWS:,} of {tally.events:,} events; downloads have them all.")
        event_details(rows, highlight)


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


def map_page() -> None:
    settings, store = page_store()
    try:
        version = store.version()
        events = load_events(store.address, settings.lock_timeout_s, version)
        key = repr((store.address, version))
        facets = store_facets(events, key)
        params = st.query_params.to_dict()
        initial = from_query_params(params)
    except SitrepError as exc:
        stop_with(exc)
    st.title("Sitrep")
    st.caption("Conflict events read from news reports: geocoded, dated, typed and sourced. "
               "Drag across the timeline to narrow the dates; pick a surge or a region to focus on it; "
               "pick a table row to find it on the map.")  # fmt: skip
    event_filter = sidebar_filter(events, facets, initial, settings.review_confidence, facets["regions"])
    brushed = _brush(params)
    shown, wide = narrowed(event_filter, brushed)
    shared = to_query_params(event_filter)
    if brushed:
        shared.update(zip(BRUSH_PARAMS, (d.isoformat() for d in brushed), strict=True))
    st.query_params.from_dict(shared)
    if map_drawn():  # drawn in an earlier run of this session: no rerun of the map's to wait for
        st.session_state[DETAILS] = True
    try:
        tally = view_tally(events, key, repr(shown), shown)
        st.markdown(f"**{plain(describe_filter(shown, tally.events, facets['total']))}**")
        kpis(tally)
        rows = view_rows(events, key, repr(shown), shown, event_filter.review_below > 0)
        highlight = selected_event(rows)
        map_column, side = st.columns([4, 1])
        playing = st.session_state.get("playing", False) and st.session_state.get("stepping", False)
        with map_column:  # first: the map is what the page is for (the panels beside it follow)
            st.fragment(_map_panel, run_every=settings.play_step_s if playing else None)(
                events, facets, shown, tally, settings, highlight
            )
        # the keys naming what the view's rows depend on, for the caches shared by sessions
        trends = region_trends_view(view_trend_groups(events, key, repr(wide), wide), repr((key, wide)))
        with side:
            surges_panel(trends, settings, event_filter.region)
        if tally.unplaced:
            st.caption(f"{tally.unplaced} event(s) have no place on the map (e.g. phone calls); "
                       "they are in the table and the downloads.")  # fmt: skip
        if st.session_state.get(DETAILS):
            _details(store, events, key, event_filter, shown, tally, rows, trends, settings, highlight)
        else:
            st.caption("The timeline, the trends, the downloads and the events table follow once the map "
                       "is drawn.")  # fmt: skip
            st.button("Show them now", key="show_details", on_click=_show_details)
    except SitrepError as exc:
        stop_with(exc)
    st.page_link(REVIEW, label="Add or review an article", icon=":material/rate_review:")


REVIEW = st.Page(review_page, title="Review", url_path="review", icon=":material/rate_review:")
st.navigation([st.Page(map_page, title="Map", default=True, icon=":material/map:"), REVIEW]).run()
