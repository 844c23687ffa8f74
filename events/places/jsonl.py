"""`sitrep resolve` and `sitrep geoparse`: JSON Lines documents in, JSON Lines out.

resolve: gold toponym spans -> the same documents, each toponym given the chosen entry's lat,
lon, geonameid and name. geoparse: plain texts -> the toponyms found and resolved. Both use
the mention finder and resolver that extraction uses."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from events.errors import SitrepError
from events.places.gazetteer import Gazetteer
from events.places.mentions import find_mentions
from events.places.resolver import resolve_mentions, resolve_spans


def _spans(doc: dict, where: str) -> list[tuple[int, int]]:
    text = doc.get("text")
    toponyms = doc.get("toponyms")
    if not isinstance(text, str) or not isinstance(toponyms, list):
        raise SitrepError(f"{where}: needs a string 'text' and a list 'toponyms'")
    spans = []
    for toponym in toponyms:
        start, end = toponym.get("start"), toponym.get("end")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            raise SitrepError(f"{where}: toponym span {start}..{end} is outside the text")
        spans.append((start, end))
    return spans


def resolve_document(doc: dict, gazetteer: Gazetteer, where: str = "document") -> dict:
    out = dict(doc)
    resolutions = resolve_spans(doc["text"], _spans(doc, where), gazetteer)
    toponyms = []
    for toponym, resolved in zip(doc["toponyms"], resolutions, strict=True):
        item = {k: v for k, v in toponym.items() if k not in ("lat", "lon", "geonameid")}
        item.update(surface=toponym.get("name"), lat=None, lon=None, geonameid=None)
        if resolved is not None:
            entry = gazetteer.entry(resolved.entry)
            point = gazetteer.lonlat(resolved.entry)
            if point is not None:
                item.update(lon=round(point[0], 5), lat=round(point[1], 5))
            item.update(geonameid=entry["geonameid"], name=entry["name"], entry_id=entry["id"],
                        kind=entry["kind"], confidence=resolved.confidence)  # fmt: skip
        toponyms.append(item)
    out["toponyms"] = toponyms
    return out


def geoparse_document(doc: dict, gazetteer: Gazetteer, where: str = "document") -> dict:
    """{"id", "text"} -> {"id", "toponyms": [{"start", "end", "name", "lat", "lon", "geonameid"}]}."""
    text = doc.get("text")
    if not isinstance(text, str):
        raise SitrepError(f"{where}: needs a string 'text'")
    mentions = find_mentions(text, gazetteer)
    toponyms = []
    for resolved in resolve_mentions(text, mentions, gazetteer):
        m = resolved.mention
        point = gazetteer.lonlat(resolved.entry)
        lon, lat = (round(point[0], 5), round(point[1], 5)) if point else (None, None)
        toponyms.append({"start": m.start, "end": m.start + len(m.text), "name": m.text, "lat": lat,
                         "lon": lon, "geonameid": gazetteer.index.geonameid[resolved.entry] or None,
                         "entry_id": gazetteer.index.ids[resolved.entry],
                         "kind": gazetteer.index.kinds[resolved.entry]})  # fmt: skip
    return {"id": doc.get("id"), "toponyms": toponyms}


def resolve_documents(path: Path, gazetteer: Gazetteer) -> Iterator[str]:
    """Each input line resolved (gold spans), as one JSON line; bad lines raise SitrepError."""
    for where, doc in _documents(path):
        yield json.dumps(resolve_document(doc, gazetteer, where), ensure_ascii=False)


def geoparse_documents(path: Path, gazetteer: Gazetteer) -> Iterator[str]:
    """Each input line's toponyms found and resolved, as one JSON line."""
    for where, doc in _documents(path):
        yield json.dumps(geoparse_document(doc, gazetteer, where), ensure_ascii=False)


def _documents(path: Path) -> Iterator[tuple[str, dict]]:
    """(where, document) per non-empty line; lines end at "\n" only (texts may hold U+2028)."""
    try:
        content = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SitrepError(f"{path}: cannot be read ({getattr(exc, 'strerror', None) or exc})") from exc
    for number, line in enumerate(content.split("\n"), 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            doc = json.loads(line)
        except json.JSONDecodeError as exc:
            raise SitrepError(f"{where}: not JSON ({exc.msg})") from exc
        if not isinstance(doc, dict):
            raise SitrepError(f"{where}: each line must be a JSON object")
        yield where, doc
