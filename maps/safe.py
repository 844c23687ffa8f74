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
