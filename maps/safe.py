"""Untrusted text -> markup that shows it literally in HTML and inside folium's JS templates.

folium pastes popup and tooltip HTML into JavaScript template literals
(`...`), where "${...}" would run as code; html.escape alone does not stop
that, so backticks, dollar signs and backslashes become character references too.
"""

from __future__ import annotations

import html
from urllib.parse import urlparse

_EXTRA = str.maketrans({"`": "&#96;", "$": "&#36;", "\\": "&#92;", "{": "&#123;", "}": "&#125;"})


def text(value: object) -> str:
    """Escaped for HTML element content and attribute values, and inert in JS templates."""
    if value is None:
        return ""
    return html.escape(str(value), quote=True).translate(_EXTRA)


def http_url(value: object) -> str | None:
    """The URL if it is plain http(s), else None (no javascript:, data:, file: links)."""
    if not isinstance(value, str):
        return None
    parsed = urlparse(value.strip())
    return value.strip() if parsed.scheme in ("http", "https") and parsed.netloc else None


def highlighted(body: str, marks: list[tuple[int, int, str]]) -> str:
    """The article text escaped, with each (start, end, label) span in a <mark> labelled
    ``[label]``; overlapping spans (several events in one sentence) share one mark."""
    merged: list[list] = []
    for start, end, label in sorted(marks):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
            merged[-1][2].append(label)
        else:
            merged.append([start, end, [label]])
    out, at = [], 0
    for start, end, labels in merged:
        start, end = max(start, at), min(end, len(body))
        out.append(text(body[at:start]))
        out.append(
            f'<mark title="event {text(", ".join(labels))}"><b>[{text(", ".join(labels))}]</b> '
            f"{text(body[start:end])}</mark>"
        )
        at = end
    out.append(text(body[at:]))
    return "".join(out)
