"""Settings: one declared list of name, default and help.

Values come from the defaults below, overridden by environment variables named
``SITREP_<NAME>`` (upper case), overridden by explicit keyword arguments (the
CLI's options). Unknown names are errors.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path

from events import DATA_DIR
from events.errors import SettingsError

URL = re.compile(r"postgres(?:ql)?://")  # a store setting naming a server, kept as written


@dataclass(frozen=True)
class Settings:
    store: Path | str = DATA_DIR / "sitrep.gpkg"  # a PostgreSQL URL stays a string
    cache_dir: Path = DATA_DIR / "cache"
    example_dir: Path = DATA_DIR / "articles"
    tiles: str = "OpenStreetMap"
    max_article_bytes: int = 5_000_000
    max_upload_bytes: int = 5_000_000
    max_import_bytes: int = 500_000_000
    max_events_per_article: int = 200
    screen_records: bool = True
    lock_timeout_s: float = 10.0
    review_confidence: float = 0.6
    map_max_markers: int = 3_000
    play_step_s: float = 1.5
    surge_min_events: int = 5
    fetch_private_hosts: bool = False
    geonames_url: str = "https://download.geonames.org/export/dump/{country}.zip"


HELP: dict[str, str] = {
    "store": "The event store: a GeoPackage file, or a PostgreSQL URL (postgresql://user@host:port/db) "
    "for a PostGIS store shared by a team.",
    "cache_dir": "Folder for the on-disk gazetteer index and other caches.",
    "example_dir": "Folder of bundled articles ingested into a new, empty store.",
    "tiles": "Basemap tiles: a folium tile name or an URL template (the offline Natural Earth map stands "
    "in when they cannot load), or 'none' for the offline map only.",
    "max_article_bytes": "Largest article file accepted, in bytes.",
    "max_upload_bytes": "Largest file accepted by the app's upload box, in bytes.",
    "max_import_bytes": "Largest dataset file (ACLED/UCDP CSV, GeoJSON) `sitrep import` reads.",
    "max_events_per_article": "An article yielding more events than this is refused.",
    "screen_records": "Keep only the events the fitted record screen (data/models/event_screen.json) takes "
    "for a report's news (fewer background and side events, a few real ones lost); false keeps every event.",
    "lock_timeout_s": "Seconds to wait for the store's write lock before reporting it busy.",
    "review_confidence": "Events below this confidence are flagged as needing review.",
    "map_max_markers": "Above this many point events in view, the map aggregates them into cells.",
    "play_step_s": "Seconds between weeks when the map's Play control steps through time.",
    "surge_min_events": "A region surges when its events at least double to at least this many.",
    "fetch_private_hosts": "Let `sitrep ingest --url` fetch from local/private addresses (tests only).",
    "geonames_url": "Where `sitrep gazetteer add CC` downloads a country dump ({country} = code).",
}


def _coerce(name: str, raw: str, default: object) -> object:
    try:
        if isinstance(default, Path) and not URL.match(raw):
            return Path(raw).expanduser()
        if isinstance(default, bool):
            return raw.strip().lower() in {"1", "true", "yes", "on"}
        if isinstance(default, int):
            return int(raw)
        if isinstance(default, float):
            return float(raw)
    except ValueError as exc:
        raise SettingsError(f"setting {name}={raw!r}: {exc}") from exc
    return raw


def load_settings(
    overrides: Mapping[str, object] | None = None, environ: Mapping[str, str] | None = None
) -> Settings:
    """Defaults, then SITREP_* environment variables, then explicit overrides (None is ignored)."""
    env = os.environ if environ is None else environ
    base = Settings()
    known = {f.name: getattr(base, f.name) for f in fields(Settings)}
    unknown = sorted(key for key in env if key.startswith("SITREP_") and key[7:].lower() not in known)
    if unknown:
        raise SettingsError(f"unknown setting(s) {', '.join(unknown)}; known: {', '.join(known)}")
    values: dict[str, object] = {}
    for name, default in known.items():
        raw = env.get(f"SITREP_{name.upper()}")
        if raw is not None and raw != "":
            values[name] = _coerce(name, raw, default)
    for name, value in (overrides or {}).items():
        if name not in known:
            raise SettingsError(f"unknown setting {name!r}; known: {', '.join(sorted(known))}")
        if value is not None:
            values[name] = _coerce(name, str(value), known[name]) if isinstance(value, str) else value
    return replace(base, **values)
