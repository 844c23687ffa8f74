"""`sitrep resolve`: gold toponym spans in JSON Lines -> the same documents, each toponym
given the chosen entry's lat, lon, geonameid and name (the resolver extraction uses)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from events.errors import SitrepError
from events.places.gazetteer import Gazetteer
from events.places.resolver import resolve_spans


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
            point = gazetteer.point(resolved.entry)
            if point is not None:
                item.update(lon=round(point[0], 5), lat=round(point[1], 5))
            item.update(geonameid=entry["geonameid"], name=entry["name"], entry_id=entry["id"],
                        kind=entry["kind"], confidence=resolved.confidence)  # fmt: skip
        toponyms.append(item)
    out["toponyms"] = toponyms
    return out


def resolve_documents(path: Path, gazetteer: Gazetteer) -> Iterator[str]:
    """Each input line resolved, as one JSON line; bad lines raise SitrepError naming them."""
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise SitrepError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    with handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                doc = json.loads(line)
            except json.JSONDecodeError as exc:
                raise SitrepError(f"{where}: not JSON ({exc.msg})") from exc
            if not isinstance(doc, dict):
                raise SitrepError(f"{where}: each line must be a JSON object")
            yield json.dumps(resolve_document(doc, gazetteer, where), ensure_ascii=False)
