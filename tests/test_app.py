"""The dashboard under Streamlit's AppTest: loads the store, filters, brushes, steps through
weeks; the review page extracts, edits, accepts/rejects and saves (see test_review_page.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from events import DATA_DIR

APP = str(Path(__file__).resolve().parent.parent / "app.py")


@pytest.fixture
def app(tmp_path, monkeypatch, pipeline):
    monkeypatch.setenv("SITREP_STORE", str(tmp_path / "app.gpkg"))
    monkeypatch.setenv("SITREP_EXAMPLE_DIR", str(DATA_DIR / "articles"))
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    assert not at.exception, at.exception
    return show_details(at)


def show_details(at):
    """The panels that follow the map (timeline, trends, downloads, table), shown as a click
    shows them (in a browser they show once the map has drawn; AppTest draws no map)."""
    at.button(key="show_details").click().run()
    assert not at.exception, at.exception
    return at


def metrics(at) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def events_table(at):
    """The event table's data (the trends table is the other dataframe on the page)."""
    (table,) = [d.value for d in at.dataframe if "source_text" in d.value.columns]
    return table


def test_the_timeline_and_table_follow_the_map(tmp_path, monkeypatch, pipeline):
    """The first run shows the map, not the timeline, downloads and table (their code would
    load in the browser before the map's); they follow once the map returns its bounds, or
    on a click."""
    monkeypatch.setenv("SITREP_STORE", str(tmp_path / "details.gpkg"))
    monkeypatch.setenv("SITREP_EXAMPLE_DIR", str(DATA_DIR / "articles"))
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    assert not at.exception, at.exception
    assert metrics(at)["Events"] == "7" and not at.get("vega_lite_chart") and not at.dataframe
    assert not at.get("download_button") and at.button(key="show_details").label == "Show them now"
    at.session_state["map"] = {"bounds": {"_southWest": {"lat": 44.0, "lng": 22.0},
                                          "_northEast": {"lat": 53.0, "lng": 41.0}}}  # fmt: skip
    at.run()  # what the map sends once it has drawn
    assert not at.exception, at.exception
    assert len(at.get("vega_lite_chart")) == 1 and len(events_table(at)) == 7
    assert len(at.get("download_button")) == 5 and not [b for b in at.button if b.key == "show_details"]
    at.session_state["map"] = None  # shown for the rest of the session
    at.run()
    assert len(at.get("vega_lite_chart")) == 1


def test_a_click_shows_the_timeline_and_table_before_the_map_draws(app):
    assert len(app.get("vega_lite_chart")) == 1 and len(events_table(app)) == 7


def test_opens_on_the_bundled_example(app):
    assert metrics(app)["Events"] == "7"
    assert metrics(app)["Fatalities"] == "1" and metrics(app)["Injuries"] == "3"
    assert any("All 7 events" in m.value for m in app.markdown)
    assert [b.label for b in app.get("download_button")] == [
        "Download GeoJSON", "Download CSV", "Download GeoPackage", "Download Map (HTML)",
        "Download Timeline (PNG)"]  # fmt: skip


def test_type_filter_updates_counts_and_url(app):
    app.multiselect(key="types").set_value(["Explosions/Remote violence"]).run()
    assert metrics(app)["Events"] == "2"
    assert app.query_params["type"] in ("Explosions/Remote violence", ["Explosions/Remote violence"])
    assert any("2 of 7 events: Explosions/Remote violence" in m.value.replace("\\", "") for m in app.markdown)


def test_filter_comes_from_the_url(tmp_path, monkeypatch, pipeline):
    monkeypatch.setenv("SITREP_STORE", str(tmp_path / "url.gpkg"))
    monkeypatch.setenv("SITREP_EXAMPLE_DIR", str(DATA_DIR / "articles"))
    at = AppTest.from_file(APP, default_timeout=120)
    at.query_params["type"] = "Diplomacy"
    at.run()
    assert at.multiselect(key="types").value == ["Diplomacy"]
    assert metrics(at)["Events"] == "5"


def test_more_filters_and_review_queue(app):
    app.multiselect(key="subs").set_value(["Air/drone strike"]).run()
    assert metrics(app)["Events"] == "2"
    assert app.query_params["sub"] in ("Air/drone strike", ["Air/drone strike"])
    app.multiselect(key="subs").set_value([]).run()
    app.checkbox(key="review").check().run()
    shown = int(metrics(app)["Events"])
    assert 0 < shown < 9  # the seed's low-confidence events (proposals, demands)
    table = events_table(app)
    assert list(table["confidence"]) == sorted(table["confidence"])  # lowest first
    assert app.query_params["review"] in ("0.6", ["0.6"])


def test_admin1_and_precision_from_the_url(tmp_path, monkeypatch, pipeline):
    monkeypatch.setenv("SITREP_STORE", str(tmp_path / "url2.gpkg"))
    monkeypatch.setenv("SITREP_EXAMPLE_DIR", str(DATA_DIR / "articles"))
    at = AppTest.from_file(APP, default_timeout=120)
    at.query_params["admin1"] = "Donetsk"
    at.query_params["geo"] = "1"
    at.run()
    assert metrics(at)["Events"] == "1"  # the Sloviansk strike


def test_timeline_brush_comes_from_the_url(tmp_path, monkeypatch, pipeline):
    monkeypatch.setenv("SITREP_STORE", str(tmp_path / "brush.gpkg"))
    monkeypatch.setenv("SITREP_EXAMPLE_DIR", str(DATA_DIR / "articles"))
    at = AppTest.from_file(APP, default_timeout=120)
    at.query_params["brush_from"] = "2025-11-01"  # the seed's events are of 21-28 December
    at.query_params["brush_to"] = "2025-11-30"
    at.run()
    assert not at.exception, at.exception
    assert metrics(at)["Events"] == "0"
    assert any(
        "0 of 7 events: from 2025-11-01 to 2025-11-30" in m.value.replace("\\", "") for m in at.markdown
    )
    assert at.query_params["brush_from"] in ("2025-11-01", ["2025-11-01"])


def test_week_by_week_shows_one_week(app):
    app.toggle(key="stepping").set_value(True).run()
    assert not app.exception, app.exception
    slider = app.select_slider(key="week")  # the seed's events run from 21 to 28 December 2025
    assert slider.options == ["week of 15 Dec 2025", "week of 22 Dec 2025"]
    # the two strikes "in recent days" (21-28 December) reach into the week of 15 December
    assert "2 events in the week of 15 December 2025." in [c.value for c in app.caption]
    slider.set_value(dt.date(2025, 12, 22)).run()
    assert "7 events in the week of 22 December 2025." in [c.value for c in app.caption]
    assert app.button(key="play").label == "▶ Play"


def test_surges_list_and_a_click_filters_to_the_region(tmp_path, monkeypatch, pipeline):
    monkeypatch.setenv("SITREP_STORE", str(tmp_path / "surge.gpkg"))
    monkeypatch.setenv("SITREP_EXAMPLE_DIR", str(DATA_DIR / "articles"))
    monkeypatch.setenv("SITREP_SURGE_MIN_EVENTS", "1")
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    show_details(at)
    surges = [b for b in at.button if str(b.key).startswith("surge-")]
    labels = [b.label.replace("\\", "") for b in surges]
    assert any(label.startswith("Donetsk, Ukraine: 1 events (new)") for label in labels), labels
    donetsk = next(b for b in surges if b.label.replace("\\", "").startswith("Donetsk"))
    donetsk.click().run()
    assert not at.exception, at.exception
    assert metrics(at)["Events"] == "1"  # the Sloviansk strike: map, KPIs, timeline, table
    assert at.query_params["region"] in ("Ukraine/Donetsk", ["Ukraine/Donetsk"])
    assert at.selectbox(key="region").value == "Ukraine/Donetsk"
    assert any("in the region Donetsk, Ukraine" in m.value.replace("\\", "") for m in at.markdown)
    assert set(events_table(at)["admin1"]) == {"Donetsk"}
    at.radio(key="trend_level").set_value("Country").run()  # country surges, the region kept
    assert any(b.label.replace("\\", "").startswith("Ukraine: 5 events") for b in at.button
               if str(b.key).startswith("surge-"))  # fmt: skip
    at.button(key="clear_region").click().run()
    assert metrics(at)["Events"] == "7" and "region" not in at.query_params


def test_region_comes_from_the_url(tmp_path, monkeypatch, pipeline):
    monkeypatch.setenv("SITREP_STORE", str(tmp_path / "region.gpkg"))
    monkeypatch.setenv("SITREP_EXAMPLE_DIR", str(DATA_DIR / "articles"))
    at = AppTest.from_file(APP, default_timeout=120)
    at.query_params["region"] = "Ukraine"
    at.run()
    assert not at.exception, at.exception
    assert metrics(at)["Events"] == "5" and at.selectbox(key="region").value == "Ukraine"
    assert at.query_params["region"] in ("Ukraine", ["Ukraine"])


def test_hostile_region_names_are_shown_as_text(tmp_path, monkeypatch, pipeline):
    from browser_kit import HOSTILE_PLACE, hostile_import

    hostile_import(tmp_path / "hostile.gpkg")
    monkeypatch.setenv("SITREP_STORE", str(tmp_path / "hostile.gpkg"))
    monkeypatch.setenv("SITREP_EXAMPLE_DIR", "none")
    monkeypatch.setenv("SITREP_SURGE_MIN_EVENTS", "1")
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    assert not at.exception, at.exception
    labels = [b.label for b in at.button if str(b.key).startswith("surge-")]
    assert labels and all("<script>" not in label for label in labels)  # markdown-escaped
    assert any(HOSTILE_PLACE in label.replace("\\", "") for label in labels)  # yet shown whole


def test_timeline_draws_the_example_by_its_precision(app):
    """The bundled example's events are known to the week: spread over the days, paler."""
    import json

    (chart,) = app.get("vega_lite_chart")
    spec = json.loads(chart.proto.spec)
    assert spec["encoding"]["y"]["title"] == "Events per day"  # a week shown: day bins
    assert spec["encoding"]["x"]["axis"]["format"] == "%d %b"  # dates, never hours
    assert spec["encoding"]["opacity"]["title"] == "Date known to"
