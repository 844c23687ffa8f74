"""The obvious dashboard, for comparison only (bench/dashboard.py): every event as its own
folium CircleMarker with a popup, the whole map rebuilt by st_folium on each change.
Same store, same frame and the same Event type box as Sitrep's map page. Streamlit serves
static files from the script's folder: bench/static links to the project's static/."""

from __future__ import annotations

import folium
import streamlit as st
from streamlit_folium import st_folium

from events.records.filters import EventFilter, apply_filter
from events.service import load_frame
from events.settings import load_settings
from events.store import store_at
from maps.assets import localize
from maps.coords import latlon
from maps.event_map import popup_html
from maps.style import colour_of


def naive_map(view) -> folium.Map:
    fig = folium.Map(location=[48.5, 31.0], zoom_start=6, tiles=None)
    for row in view.to_dict("records"):
        geometry = row.get("geometry")
        if isinstance(geometry, dict) and geometry["type"] == "Point":
            folium.CircleMarker(latlon(geometry["coordinates"]), radius=6, fill=True,
                                color=colour_of(str(row["event_type"])),
                                popup=folium.Popup(popup_html(row))).add_to(fig)  # fmt: skip
    return localize(fig)


def main() -> None:
    @st.cache_resource  # defined here: importing this module (for the payload) calls no st.*
    def frame(path: str):
        return load_frame(store_at(path))

    events = frame(str(load_settings().store))
    types = st.sidebar.multiselect("Event type", sorted(events["event_type"].unique()), key="types")
    view = apply_filter(events, EventFilter(event_types=tuple(types)))
    st.metric("Events", len(view))
    st_folium(naive_map(view), height=520, use_container_width=True, returned_objects=[])


if __name__ == "__main__":  # as Streamlit runs it; importing it (for the payload) draws nothing
    main()
