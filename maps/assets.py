"""Serve Leaflet, plugin assets and the offline basemap locally instead of from CDNs.

The set-up copies the npm packages listed in package.json into static/vendor/,
which Streamlit serves at /app/static/vendor/ (server.enableStaticServing), and writes
the basemap's data files there (maps.basemap_data). Sitrep's own map scripts live in
static/sitrep/ (committed). Each
folium element's CDN links are swapped for those local files; links with no
local copy (Bootstrap, awesome-markers: unused by Sitrep's maps) are dropped, so a
map never waits on the network.

The scripts every map loads first (Leaflet, jQuery, topojson-client, the world and its
names) are also written by the set-up as one file, FRAME_BUNDLE: the dashboard's map frame
loads its scripts one after another, each a round trip on a busy page. Sitrep's own
map.js (committed, edited by hand) and the admin-1 files stay separate.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import folium
from branca.element import Element

from events import PROJECT_ROOT

STATIC_ROOT = "/app/static"
STATIC_DIR = PROJECT_ROOT / "static"
STATIC_URL = f"{STATIC_ROOT}/vendor"
VENDOR_DIR = STATIC_DIR / "vendor"
BASEMAP_DIR = VENDOR_DIR / "basemap"
# file name in a CDN URL -> path under static/vendor/
LOCAL_FILES = {
    "leaflet.js": "leaflet/dist/leaflet.js",
    "jquery-3.7.1.min.js": "jquery/dist/jquery.min.js",
    "leaflet.css": "leaflet/dist/leaflet.css",
    "leaflet.markercluster.js": "leaflet.markercluster/dist/leaflet.markercluster.js",
    "MarkerCluster.css": "leaflet.markercluster/dist/MarkerCluster.css",
    "MarkerCluster.Default.css": "leaflet.markercluster/dist/MarkerCluster.Default.css",
    "all.min.css": "fontawesome/css/all.min.css",
}
# npm package folder -> vendor folder (used by the set-up script)
NPM_COPIES = {
    "leaflet/dist": "leaflet/dist",
    "jquery/dist": "jquery/dist",
    "leaflet.markercluster/dist": "leaflet.markercluster/dist",
    "@fortawesome/fontawesome-free/css": "fontawesome/css",
    "@fortawesome/fontawesome-free/webfonts": "fontawesome/webfonts",
    "topojson-client/dist": "topojson-client/dist",
}
# the set-up's scripts every map loads first, in this order (paths under static/vendor/), and
# the one file holding them all (written by the set-up after them)
BUNDLED = (
    "leaflet/dist/leaflet.js",
    "jquery/dist/jquery.min.js",
    "topojson-client/dist/topojson-client.min.js",
    "basemap/world.js",
    "basemap/labels.js",
)
FRAME_BUNDLE = "basemap/frame.js"


def local_url(url: str, base: str = STATIC_URL) -> str | None:
    """The local copy of a CDN link (None when there is none); local links stay as they are."""
    if url.startswith(f"{STATIC_ROOT}/"):
        return url
    name = url.rsplit("/", 1)[-1]
    return f"{base}/{LOCAL_FILES[name]}" if name in LOCAL_FILES else None


def elements(element: Element):
    """The element and all its descendants."""
    yield element
    for child in getattr(element, "_children", {}).values():
        yield from elements(child)


def _bundled(links: list[tuple[str, str]], base: str) -> list[tuple[str, str]]:
    """The links with each script of BUNDLED replaced by FRAME_BUNDLE (one name, so that a
    page and streamlit_folium load it once, where the first of them was)."""
    bundled, bundle = {f"{base}/{path}" for path in BUNDLED}, ("sitrep_frame", f"{base}/{FRAME_BUNDLE}")
    return list(dict.fromkeys(bundle if url in bundled else (name, url) for name, url in links))


def localize(fig: folium.Map, base: str = STATIC_URL, vendor: Path = VENDOR_DIR) -> folium.Map:
    """Point every JS/CSS link of ``fig`` and its children at the local copies (the scripts
    of BUNDLED at FRAME_BUNDLE, when the set-up has written it)."""
    bundle = (vendor / FRAME_BUNDLE).is_file()
    for element in elements(fig):
        for attribute in ("default_js", "default_css"):
            links = getattr(element, attribute, None)
            if not links:
                continue
            local = [(name, url) for name, url in ((n, local_url(u, base)) for n, u in links) if url]
            if bundle and attribute == "default_js":
                local = _bundled(local, base)
            setattr(element, attribute, local)
    return fig


def write_bundle(vendor: Path = VENDOR_DIR) -> Path:
    """Write FRAME_BUNDLE: the scripts of BUNDLED, in order, in one file (run by the set-up
    after installing them)."""
    parts = [(vendor / path).read_text(encoding="utf-8") for path in BUNDLED]
    target = vendor / FRAME_BUNDLE
    target.write_text("".join(f"{part}\n;\n" for part in parts), encoding="utf-8")
    return target


def install_vendor(node_modules: Path, destination: Path = VENDOR_DIR) -> list[Path]:
    """Copy the npm packages' dist files into static/vendor/ (run by the set-up)."""
    copied = []
    for source, target in NPM_COPIES.items():
        origin = node_modules / source
        if not origin.is_dir():
            raise FileNotFoundError(f"{origin} is missing: run `npm ci` first")
        shutil.copytree(origin, destination / target, dirs_exist_ok=True)
        copied.append(destination / target)
    return copied


def install_basemap(node_modules: Path, destination: Path = BASEMAP_DIR) -> list[Path]:
    """Write the offline basemap's files (reads world-atlas and the gazetteer, built once)."""
    from events.places import load_gazetteer
    from events.settings import load_settings
    from maps.basemap_data import write_basemap

    return write_basemap(node_modules, destination, load_gazetteer(load_settings().cache_dir))


if __name__ == "__main__":
    for path in install_vendor(PROJECT_ROOT / "node_modules"):
        print(f"copied {path}")
    written = install_basemap(PROJECT_ROOT / "node_modules")
    print(f"wrote {len(written)} basemap files in {BASEMAP_DIR}")
    print(f"wrote {write_bundle()}")
