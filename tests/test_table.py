"""The event table for people (maps.table): labels, empty cells, dates with their precision."""

from __future__ import annotations

import pandas as pd
import pytest

from maps.table import LABELS, date_with_precision, event_sources, people_table

HOSTILE = "<script>window.pwned=1</script> [x](javascript:alert(1))"


@pytest.mark.parametrize(
    ("day", "start", "end", "precision", "expected"),
    [("2024-05-24", "2024-05-24", "2024-05-24", 1, "24 May 2024"),
     ("2025-12-24", "2025-12-21", "2025-12-27", 2, "week of 21–27 Dec 2025"),
     ("2025-12-31", "2025-12-29", "2026-01-04", 2, "week of 29 Dec 2025–04 Jan 2026"),
     ("2024-05-15", "2024-05-01", "2024-05-31", 3, "May 2024"),
     (None, None, None, 1, "")],
)  # fmt: skip
def test_dates_are_written_with_their_precision(day, start, end, precision, expected):
    assert date_with_precision(day, start, end, precision) == expected


def test_table_has_labels_and_empty_cells_empty():
    view = pd.DataFrame({
        "event_id": ["a", "b"], "event_date": pd.to_datetime(["2024-05-24", "2025-12-24"]),
        "date_start": pd.to_datetime(["2024-05-24", "2025-12-21"]),
        "date_end": pd.to_datetime(["2024-05-24", "2025-12-27"]), "time_precision": [1, 2],
        "event_type": ["Battles", "Diplomacy"], "sub_event_type": ["Armed clash", "Phone call"],
        "status": ["occurred", "occurred"], "location": [HOSTILE, None], "admin1": [None, None],
        "country": ["Ukraine", None], "geo_precision": [1.0, float("nan")], "fatalities": [3.0, float("nan")],
        "injuries": [float("nan"), float("nan")], "actor1": ["A", None], "actor2": [None, None],
        "confidence": [0.8, 0.5], "review": ["unreviewed", "unreviewed"], "source_text": ["s1", "s2"],
        "notes": [None, ""],
        "sources": [[{"article_id": "x", "title": "Report", "url": "javascript:alert(1)"}],
                    [{"article_id": "y", "url": "https://example.org/a"}, {"article_id": "z"}]],
    })  # fmt: skip
    table = people_table(view)
    assert list(table.columns) == ["event_id", *LABELS]
    text = table.drop(columns=["fatalities", "injuries", "confidence", "link"])
    assert not text.isin(["None", "nan", "NaN"]).any().any()  # empty cells are empty
    assert (
        table.loc[1, "location"] == ""
        and table.loc[1, "country"] == ""
        and table.loc[1, "place_known_to"] == ""
    )
    assert table.loc[0, "location"] == HOSTILE  # kept as text: the grid shows it literally
    assert table["when"].tolist() == ["24 May 2024", "week of 21–27 Dec 2025"]
    assert table.loc[0, "fatalities"] == 3 and pd.isna(table.loc[1, "fatalities"])
    assert table["article"].tolist() == ["Report", "y (+1 more)"]
    assert pd.isna(table.loc[0, "link"]) and table.loc[1, "link"] == "https://example.org/a"  # http(s) only
    assert [s["url"] for s in event_sources(view.iloc[1])] == ["https://example.org/a", None]
