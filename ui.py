"""Sitrep's one UI helper module (beside app.py, the only other place importing streamlit):
the cached resources both pages share, the map page's region panels (surges, trends) and
event table, and the review page.

Regions: a click on a surge or a trends row puts that region in the sidebar's Region box
(a one-line callback, run before the page reruns), so the region is one filter like the
others (in the URL, cleared from the same box).

Review: paste or upload an article (or pick one already in the store), see its events
with their sentences highlighted in the text and on a preview map, edit fields, accept or
reject each event, and save. Saving writes the events and a log row per decision or edit
(with the record as it was) in one transaction; until then nothing is written.
"""

from __future__ import annotations

import re

import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

from events.errors import SitrepError
from events.reading.article import Article, parse_article, pasted_article_id
from events.records.filters import placed, records_frame
from events.records.record import STATUSES, EventRecord, taxonomy
from events.records.review import DECISIONS, apply_review, review_rows
from events.records.trends import region_trends, surges
from events.service import Pipeline, load_view, preloaded_view
from events.settings import Settings, load_settings
from events.store import EventStore, store_at
from maps.event_map import build_event_map
from maps.safe import highlighted
from maps.table import LABELS, event_sources

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
def load_events(location: str, lock_timeout: float, version: str):
    """All events as one events.store.views.EventView (a frame in memory, or SQL on a server
    beside the extracted events), shared between reruns and sessions (no copy per rerun,
    unlike cache_data); ``version`` keys it to the store's content."""
    view = preloaded_view(location, version)  # started by `sitrep serve`
    return view if view is not None else load_view(store_at(location, lock_timeout))


def stop_with(exc: SitrepError) -> None:
    """Show a page's fatal error (the store or the settings are unusable) and stop it."""
    st.error(plain(exc))
    st.stop()


def page_store() -> tuple[Settings, EventStore]:
    """The settings and the store every page starts from (created on first use)."""
    try:
        settings = load_settings()
        return settings, open_store(settings)
    except SitrepError as exc:
        stop_with(exc)
        raise  # st.stop() ends the script run; never reached


def open_store(settings: Settings) -> EventStore:
    store = store_at(settings.store, settings.lock_timeout_s)
    if not store.exists():
        with st.spinner("Creating the store from the bundled example…"):
            get_pipeline(settings).open_store(store)
    return store


def _read_input(settings: Settings, uploaded, pasted: str, title: str, published) -> Article:
    if uploaded is not None:
        raw = uploaded.getvalue()
        stem = re.sub(r"[^\w.-]+", "-", uploaded.name.rsplit(".", 1)[0])[:80] or "upload"
        suffix = "." + uploaded.name.rsplit(".", 1)[-1].lower() if "." in uploaded.name else ""
        if len(raw) > settings.max_upload_bytes:
            limit = settings.max_upload_bytes
            raise SitrepError(f"{uploaded.name}: over the upload limit of {limit:,} bytes")
        return parse_article(raw, where=uploaded.name, article_id=f"upload-{stem}", suffix=suffix,
                             published=published, max_bytes=settings.max_article_bytes)  # fmt: skip
    if pasted.strip():
        text = f"# {title}\n\n{pasted}" if title.strip() else pasted
        return parse_article(text, where="pasted text", article_id=pasted_article_id(text),
                             published=published, max_bytes=settings.max_article_bytes)  # fmt: skip
    raise SitrepError("Paste some text or choose a file first.")


def _new_article(settings: Settings, store: EventStore) -> None:
    """The input form; a click on Extract puts a draft (article, events) in the session."""
    uploaded = st.file_uploader("Article file", type=["txt", "md", "html", "htm"], key="upload")
    pasted = st.text_area("…or paste the article text", height=160, key="pasted")
    left, right = st.columns(2)
    title = left.text_input("Title (optional)", key="title")
    published = right.date_input(
        "Published", value=None, key="published", help="Required unless the file's front matter gives it."
    )
    if st.button("Extract events", type="primary", key="extract"):
        try:
            article = _read_input(settings, uploaded, pasted, title, published)
            st.session_state["draft"] = (article, get_pipeline(settings).draft(store, article))
        except SitrepError as exc:
            st.error(plain(exc))


def _stored_article(store: EventStore) -> tuple[Article, list[EventRecord]] | None:
    articles = [a for a in store.articles() if a["has_text"]]  # not imported datasets
    if not articles:
        st.info("The store has no extracted articles yet.")
        return None
    labels = {a["article_id"]: f"{a['published']} · {a['title'] or a['article_id']}" for a in articles}
    chosen = st.selectbox("Article", list(labels), format_func=labels.get, key="stored")
    return store.article(chosen), store.article_records(chosen)


EDITOR_COLUMNS = {
    "n": st.column_config.NumberColumn("#", width="small"),
    "decision": st.column_config.SelectboxColumn("Decision", options=list(DECISIONS), required=True),
    "event_date": st.column_config.DateColumn("Date", format="YYYY-MM-DD"),
    "status": st.column_config.SelectboxColumn("Status", options=list(STATUSES), required=True),
    "fatalities": st.column_config.NumberColumn("Fatalities", min_value=0, step=1),
    "injuries": st.column_config.NumberColumn("Injuries", min_value=0, step=1),
    "latitude": st.column_config.NumberColumn("Lat", min_value=-90, max_value=90, format="%.5f"),
    "longitude": st.column_config.NumberColumn("Lon", min_value=-180, max_value=180, format="%.5f"),
    "confidence": st.column_config.NumberColumn("Confidence", format="%.2f"),
    "source_text": st.column_config.TextColumn("Source sentence", width="large"),
    "event_id": None,  # kept in the data to match rows to events, not shown
}


def _editor(article: Article, records: list[EventRecord]) -> pd.DataFrame:
    kinds = taxonomy()
    columns = {
        **EDITOR_COLUMNS,
        "event_type": st.column_config.SelectboxColumn("Event type", options=list(kinds), required=True),
        "sub_event_type": st.column_config.SelectboxColumn(
            "Sub-event type", options=sorted({s for subs in kinds.values() for s in subs}), required=True
        ),
    }
    rows = pd.DataFrame(review_rows(records))
    return st.data_editor(rows, column_config=columns, hide_index=True, width="stretch",
                          disabled=["n", "confidence", "source_text"],
                          key=f"editor-{article.article_id}-{st.session_state.get('saves', 0)}")  # fmt: skip


def _preview(settings: Settings, article: Article, records: list[EventRecord]) -> None:
    left, right = st.columns([3, 2])
    marks = [(r.source_span[0], r.source_span[1], str(n)) for n, r in enumerate(records, start=1)]
    left.html(
        f'<div style="max-height:420px;overflow-y:auto;white-space:pre-wrap;'
        f'font-size:0.92rem;line-height:1.5">{highlighted(article.text, marks)}</div>'
    )
    with right:
        frame = records_frame(records)
        if placed(frame).any():
            st_folium(build_event_map(frame, tiles=settings.tiles), height=420, returned_objects=[],
                      width="stretch", key=f"preview-{article.article_id}")  # fmt: skip
        else:
            st.info("None of these events has a place on the map.")


def _history(store: EventStore, article_id: str) -> None:
    if not store.exists():
        return
    log = store.review_log(article_id)
    if not log:
        return
    with st.expander(f"Review history ({len(log)})"):
        table = pd.DataFrame(log)
        table["changes"] = [
            ", ".join(f"{k}: {old!r} → {new!r}" for k, (old, new) in c.items()) for c in table["changes"]
        ]
        st.dataframe(table, hide_index=True, width="stretch")


def review_page() -> None:
    settings, store = page_store()
    st.title("Review articles")
    st.caption(
        "Extract events from an article, check each against its sentence (highlighted), "
        "edit what is wrong, accept or reject each one, then save. Nothing is written "
        "until you save; every decision and edit is logged with the record as it was."
    )
    source = st.radio("Article", ["New article", "Article in the store"], horizontal=True,
                      key="source", label_visibility="collapsed")  # fmt: skip
    if source == "New article":
        _new_article(settings, store)
        draft = st.session_state.get("draft")
    else:
        draft = _stored_article(store)
    if not draft:
        return
    article, records = draft
    st.subheader(plain(article.title or f"Untitled article ({article.article_id})"))
    st.caption(f"Published {article.published} · {len(records)} events · "
               f"{sum(r.review != 'unreviewed' for r in records)} reviewed")  # fmt: skip
    if not records:
        st.info("No events found in this article.")
        return
    _preview(settings, article, records)
    edited = _editor(article, records)
    if st.button("Save review", type="primary", key="save"):
        try:
            items = apply_review(records, edited.to_dict("records"), get_pipeline(settings).gazetteer)
            logged = store.save_review(article, items)
        except SitrepError as exc:
            st.error(plain(exc))
        else:
            kept = sum(i.record.review != "rejected" for i in items)
            if source == "New article":
                st.session_state["draft"] = (article, [i.record for i in items])
            st.session_state["saves"] = st.session_state.get("saves", 0) + 1
            st.success(f"Saved {len(items)} events ({kept} on the map, {len(items) - kept} rejected); "
                       f"{logged} decisions or edits logged.")  # fmt: skip
    _history(store, article.article_id)


PERIODS = {7: "7 days vs the 7 before", 28: "28 days vs the 28 before"}
MAX_SURGES = 8
MAX_TREND_ROWS = 200
MAX_SOURCES = 5


def _set_region(region: str) -> None:
    """Callback of a surge's button: the region becomes the Region box's value."""
    st.session_state["region"] = region


def _pick_trend_row() -> None:
    """Callback of the trends table: the picked row's region becomes the Region box's value."""
    rows = st.session_state["trends"].selection.rows
    regions = st.session_state.get("trend_regions", [])
    if rows and rows[0] < len(regions):
        st.session_state["region"] = regions[rows[0]]


@st.cache_resource(max_entries=8, show_spinner=False)
def _trends(_groups: pd.DataFrame, view_key: str, level: str, days: int) -> pd.DataFrame:
    """region_trends once per view (``view_key`` names it: store, version, filter, dates),
    level and period, shared read-only by every session."""
    return region_trends(_groups, level, days=days)


def region_trends_view(groups: pd.DataFrame, view_key: str) -> pd.DataFrame:
    """The trends of the regions in view (``groups``: its events and fatalities per coded
    date, country and admin-1; ``view_key`` names them), at the level and period the panel's
    widgets chose."""
    level = "admin1" if st.session_state.get("trend_level", "Admin-1") == "Admin-1" else "country"
    return _trends(groups, view_key, level, int(st.session_state.get("trend_days", 7)))


def surges_panel(trends: pd.DataFrame, settings: Settings, region: str) -> None:
    """Surges: regions whose events at least doubled to surge_min_events or more; a click
    filters map, timeline and table to the region."""
    st.markdown("**Surges**")
    st.radio(
        "Regions", ["Admin-1", "Country"], horizontal=True, key="trend_level", label_visibility="collapsed"
    )
    st.selectbox(
        "Period", list(PERIODS), format_func=PERIODS.get, key="trend_days", label_visibility="collapsed"
    )
    found = surges(trends, settings.surge_min_events)
    st.caption(
        f"Events at least doubled, to {settings.surge_min_events} or more:"
        if len(found)
        else f"No region's events doubled to {settings.surge_min_events} or more."
    )
    for n, row in enumerate(found.head(MAX_SURGES).itertuples(index=False)):
        st.button(
            plain(f"{row.label}: {row.events} events ({row.change_text})"),
            key=f"surge-{n}",
            width="stretch",
            type="primary" if row.region == region else "secondary",
            on_click=_set_region,
            args=(row.region,),
        )
    if region:
        st.button(
            "Show all regions", key="clear_region", icon=":material/close:", on_click=_set_region, args=("",)
        )


TREND_COLUMNS = {
    "label": st.column_config.TextColumn("Region", width="medium"),
    "events": st.column_config.NumberColumn("Events"),
    "events_before": st.column_config.NumberColumn("Before"),
    "change_text": st.column_config.TextColumn("Change"),
    "fatalities": st.column_config.NumberColumn("Fatalities"),
    "fatalities_before": st.column_config.NumberColumn("Before "),
    "weekly": st.column_config.LineChartColumn("Events per week (12 weeks)", y_min=0),
}


def trends_table(trends: pd.DataFrame) -> None:
    """Events and fatalities per region, this period against the one before; a row click
    filters the view to the region."""
    if trends.empty:
        st.caption("No events with a region in the latest weeks of the view.")
        return
    table = trends.head(MAX_TREND_ROWS)
    st.session_state["trend_regions"] = [str(r) for r in table["region"]]
    st.dataframe(
        table[list(TREND_COLUMNS)],
        hide_index=True,
        width="stretch",
        on_select=_pick_trend_row,
        selection_mode="single-row",
        key="trends",
        column_config=TREND_COLUMNS,
    )


TABLE_CONFIG = {
    "event_id": None,
    "when": st.column_config.TextColumn("Date", width="medium"),
    "source_text": st.column_config.TextColumn("Source sentence", width="large"),
    "link": st.column_config.LinkColumn("Link", display_text="open ↗", width="small"),
    "confidence": st.column_config.NumberColumn("Confidence", format="%.2f"),
    "fatalities": st.column_config.NumberColumn("Fatalities", format="%d"),
    "injuries": st.column_config.NumberColumn("Injuries", format="%d"),
    **{
        k: st.column_config.Column(v)
        for k, v in LABELS.items()
        if k not in ("when", "source_text", "link", "confidence", "fatalities", "injuries")
    },
}


def events_table(table: pd.DataFrame) -> None:
    """The events for people (maps.table.people_table); a row pick highlights it on the map."""
    st.dataframe(
        table,
        hide_index=True,
        width="stretch",
        on_select="rerun",
        selection_mode="single-row",
        key="table",
        column_config=TABLE_CONFIG,
    )


def selected_event(table: pd.DataFrame) -> str | None:
    state = st.session_state.get("table")
    rows = state.get("selection", {}).get("rows", []) if state is not None else []
    return str(table["event_id"].iloc[rows[0]]) if rows and rows[0] < len(table) else None


def event_details(view: pd.DataFrame, event_id: str | None) -> None:
    """The selected event's sentence and its articles (links to http(s) pages only); ``view``:
    rows holding it (the table's)."""
    if not event_id:
        st.caption("Pick a row to see its source sentence and articles here, and the event on the map.")
        return
    found = view[view["event_id"] == event_id]
    if found.empty:
        return
    row = found.iloc[0]
    st.markdown(f"> {plain(row.get('source_text') or '')}")
    for n, source in enumerate(event_sources(row)[:MAX_SOURCES]):
        st.caption(plain(f"{source['title']} · {source['source']} · published {source['published']}"))
        if source["url"]:
            st.link_button("Open the article", source["url"], icon=":material/open_in_new:", key=f"open-{n}")
