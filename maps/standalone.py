"""A map as one self-contained HTML file: Leaflet, plugins, styles and icon fonts inlined,
so the file opens anywhere, offline, with no server: the offline basemap's data is inlined
too, and stands in for the tiles when they cannot load."""

from __future__ import annotations

import base64
import mimetypes
import re
from pathlib import Path

import folium

from maps.assets import STATIC_DIR, STATIC_ROOT, elements

_SCRIPT = re.compile(r'<script src="' + re.escape(STATIC_ROOT) + r'/([^"]+)"></script>')
_STYLESHEET = re.compile(r'<link rel="stylesheet" href="' + re.escape(STATIC_ROOT) + r'/([^"]+)"\s*/>')
_CSS_URL = re.compile(r"url\((['\"]?)([^)'\"]+)\1\)")
MAX_INLINE_BYTES = 400_000


def _data_uri(path: Path) -> str:
    kind = "font/woff2" if path.suffix == ".woff2" else mimetypes.guess_type(path.name)[0] or ""
    return f"data:{kind};base64,{base64.b64encode(path.read_bytes()).decode('ascii')}"


def _inline_css(path: Path) -> str:
    """The stylesheet with its images and woff2 fonts as data URIs (TrueType copies of the
    fonts are dropped: every browser that runs Leaflet reads woff2)."""

    def replace(match: re.Match[str]) -> str:
        target = match.group(2)
        if target.startswith(("data:", "http:", "https:", "#")):
            return match.group(0)
        file = (path.parent / target.split("?")[0].split("#")[0]).resolve()
        if file.suffix == ".ttf" or not file.is_file() or file.stat().st_size > MAX_INLINE_BYTES:
            return "url(data:,)"
        return f"url({_data_uri(file)})"

    return _CSS_URL.sub(replace, path.read_text(encoding="utf-8"))


def standalone_html(fig: folium.Map, static: Path = STATIC_DIR) -> str:
    """Render a localised map (see maps.assets.localize) with every local asset inlined, and
    the admin-1 files its basemap would load (OfflineBasemap.admin1_js: the basemap is told
    to load none, so the file names no server path)."""
    admin1 = []
    for element in elements(fig):
        if getattr(element, "admin1_js", None) is not None:
            admin1 += element.admin1_js
            element.options["admin1Url"] = ""
    html = fig.get_root().render()
    html = html.replace("</head>", "".join(f'<script src="{url}"></script>' for url in admin1) + "</head>", 1)

    def script(match: re.Match[str]) -> str:
        code = (static / match.group(1)).read_text(encoding="utf-8")
        return "<script>" + code.replace("</script", "<\\/script") + "</script>"

    def stylesheet(match: re.Match[str]) -> str:
        css = _inline_css(static / match.group(1))
        return "<style>" + css.replace("</style", "<\\/style") + "</style>"

    return _STYLESHEET.sub(stylesheet, _SCRIPT.sub(script, html))
