"""The offline basemap as a folium layer: land, sea, borders, coastlines, approximate
admin-1 outlines and place names, drawn in the browser from local files (no tiles, no
network; see maps/basemap_data.py for the data and static/sitrep/map.js for the drawing).

With tiles configured, the tiles are the first choice and this layer the other choice in
the layer control, shown instead of the tiles whenever they cannot load.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import lru_cache

import folium
from branca.element import Template
from folium.elements import JSCSSMixin
from folium.map import Layer

from maps.assets import BASEMAP_DIR, STATIC_ROOT, STATIC_URL

NAME = "Offline map (Natural Earth)"
ATTRIBUTION = "Natural Earth · GeoNames"
MAX_ADMIN1_COUNTRIES = 12  # admin-1 outlines for the countries with the most events
TILE_WAIT_MS = 5_000  # no tile within this long: show the offline map instead

_TEMPLATE = Template("""
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = L.sitrepBasemap({{ this.options|tojson }});
{%- if this.tiles %}
L.sitrepFallback({{ this._parent.get_name() }}, {{ this.tiles.get_name() }},
                 {{ this.get_name() }}, {{ this.wait_ms }});
{%- endif %}
{% endmacro %}
""")


@lru_cache(maxsize=1)
def _manifest() -> dict[str, str]:
    """Country name -> code of the admin-1 files written by the set-up ({} before it)."""
    try:
        return json.loads((BASEMAP_DIR / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def admin1_codes(countries: Iterable[str]) -> list[str]:
    """Codes of the countries (names, most events first) whose admin-1 outlines to draw."""
    manifest = _manifest()
    codes = [manifest[c] for c in dict.fromkeys(countries) if c in manifest]
    return codes[:MAX_ADMIN1_COUNTRIES]


class OfflineBasemap(JSCSSMixin, Layer):
    """The offline basemap layer; ``tiles`` is the tile layer it stands in for, if any."""

    default_js = [
        ("topojson_client", f"{STATIC_URL}/topojson-client/dist/topojson-client.min.js"),
        ("sitrep_world", f"{STATIC_URL}/basemap/world.js"),
        ("sitrep_labels", f"{STATIC_URL}/basemap/labels.js"),
        ("sitrep_map", f"{STATIC_ROOT}/sitrep/map.js"),
    ]
    default_css = [("sitrep_map_css", f"{STATIC_ROOT}/sitrep/map.css")]

    def __init__(
        self, admin1: Iterable[str] = (), tiles: folium.TileLayer | None = None, wait_ms: int = TILE_WAIT_MS
    ):
        super().__init__(name=NAME, overlay=False, control=True, show=tiles is None)
        self._name = "OfflineBasemap"
        self._template = _TEMPLATE
        codes = list(admin1)
        # map.js loads the admin-1 files itself, side by side, while the map draws (not as
        # the frame's scripts, which load one after another); the standalone export inlines them
        url = f"{STATIC_URL}/basemap/admin1-"
        self.options = {"admin1": codes, "admin1Url": url, "attribution": ATTRIBUTION}
        self.admin1_js = [f"{url}{c}.js" for c in codes]
        self.tiles = tiles
        self.wait_ms = int(wait_ms)


def add_basemap(fig: folium.Map, tiles: str, countries: Iterable[str] = ()) -> OfflineBasemap:
    """Tiles (unless ``tiles`` is 'none') and the offline basemap standing in for them."""
    tile_layer = None
    if tiles.lower() != "none":
        max_zoom = fig.options.get("maxZoom", 18)
        tile_layer = folium.TileLayer(tiles, name=f"{tiles} tiles (online)", max_zoom=max_zoom)
        tile_layer.add_to(fig)
    basemap = OfflineBasemap(admin1_codes(countries), tile_layer)
    basemap.add_to(fig)
    return basemap
