"""The review page under Streamlit's AppTest: paste, extract, preview, edit, accept/reject,
save; the map page then shows the decisions; the history lists them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from events.reading.article import pasted_article_id
from events.store import store_at

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = f"import sys\nsys.path.insert(0, {str(ROOT)!r})\nimport ui\nui.review_page()\n"
TEXT = ("Russian forces shelled Kherson on Monday, killing two people and wounding five. "
        "Russian drones struck Odesa on Tuesday, injuring one man.")  # fmt: skip


@pytest.fixture
def page(tmp_path, monkeypatch, pipeline):
    monkeypatch.setenv("SITREP_STORE", str(tmp_path / "review.gpkg"))
    monkeypatch.setenv("SITREP_EXAMPLE_DIR", "none")
    at = AppTest.from_string(SCRIPT, default_timeout=120)
    at.run()
    assert not at.exception, at.exception
    return at, store_at(tmp_path / "review.gpkg")


def _extract(at, text=TEXT, published=dt.date(2025, 12, 28)):
    at.text_area(key="pasted").set_value(text)
    if published:
        at.date_input(key="published").set_value(published)
    at.button(key="extract").click().run()
    assert not at.exception, at.exception


def test_extract_shows_highlighted_sentences_and_writes_nothing(page):
    at, store = page
    _extract(at)
    (html,) = [e for e in at.get("html")]
    assert html.proto.body.count("<mark") == 2 and "[1]" in html.proto.body
    assert "2 events · 0 reviewed" in at.caption[-1].value
    assert store.count() == 0  # nothing is written until Save


def test_edit_accept_reject_and_save(page):
    at, store = page
    _extract(at)
    key = f"editor-{pasted_article_id(TEXT)}-0"
    edits = {0: {"decision": "accept", "fatalities": 3}, 1: {"decision": "reject"}}
    at.session_state[key] = {"edited_rows": edits, "added_rows": [], "deleted_rows": []}
    at.run()
    at.button(key="save").click().run()
    assert not at.exception, at.exception
    assert at.success and "1 on the map, 1 rejected" in at.success[0].value
    kept = {r.location: r for r in store.article_records(pasted_article_id(TEXT))}
    assert kept["Kherson"].fatalities == 3 and kept["Kherson"].review == "accepted"
    assert kept["Kherson"].origin == "edited" and kept["Odesa"].review == "rejected"
    assert [r.location for r in store.records()] == ["Kherson"]
    history = at.get("expander")
    assert history and "Review history (2)" in history[-1].label


def test_invalid_edit_is_refused_and_nothing_saved(page):
    at, store = page
    _extract(at)
    key = f"editor-{pasted_article_id(TEXT)}-0"
    at.session_state[key] = {"edited_rows": {1: {"location": "Qwxzyville"}}, "added_rows": [],
                             "deleted_rows": []}  # fmt: skip
    at.run()
    at.button(key="save").click().run()
    assert at.error and "Qwxzyville" in at.error[0].value and "latitude" in at.error[0].value
    assert store.count() == 0


def test_text_without_date_is_refused(page):
    at, store = page
    _extract(at, "Shelling hit Kherson on Monday.", published=None)
    assert at.error and "no publication date" in at.error[0].value
    assert store.count() == 0


def test_stored_articles_can_be_reviewed_again(page):
    at, store = page
    _extract(at)
    at.button(key="save").click().run()
    at.radio(key="source").set_value("Article in the store").run()
    assert not at.exception, at.exception
    assert at.selectbox(key="stored").value == pasted_article_id(TEXT)
    assert "2 events · 0 reviewed" in at.caption[-1].value


def test_imported_datasets_are_not_offered_for_review(page):
    from events.exchange.imports import read_csv_records

    at, store = page
    _extract(at)
    at.button(key="save").click().run()
    article, records = read_csv_records(
        ROOT / "tests" / "data" / "imports" / "acled_export.csv", "acled", 10_000_000
    )
    store.ingest(article, records)
    at.radio(key="source").set_value("Article in the store").run()
    assert len(store.articles()) == 2
    assert at.selectbox(key="stored").options == [f"2025-12-28 · {pasted_article_id(TEXT)}"]


def test_a_save_over_someone_elses_change_is_refused_and_keeps_what_was_typed(page):
    from events.store import ReviewItem

    at, store = page
    _extract(at)
    at.button(key="save").click().run()  # the article is in the store, opened on this page
    article_id = pasted_article_id(TEXT)
    other = {r.location: r for r in store.article_records(article_id)}["Kherson"]  # another reviewer
    changed = other.model_copy(update={"review": "accepted", "fatalities": 7})
    store.save_review(store.article(article_id), [ReviewItem(changed, other, {"fatalities": [2, 7]})])
    key = f"editor-{article_id}-1"  # the editor of the page after one save
    typed = {"edited_rows": {0: {"fatalities": 3}}, "added_rows": [], "deleted_rows": []}
    at.session_state[key] = typed
    at.run()
    at.button(key="save").click().run()
    assert not at.exception, at.exception
    assert at.error and "changed since they were opened" in at.error[0].value.replace("\\", "")
    assert {r.location: r for r in store.article_records(article_id)}["Kherson"].fatalities == 7
    assert at.session_state[key] == typed  # what this reviewer typed is still on the page
