"""How the index is pickled: its large columns packed so the cache loads fast.

Unpickling ~300,000 strings one by one and ~700,000 name keys each holding a tuple of
tuples took most of the index load (1.7 s of 2.2 s). Packed, the string columns are one
string each (split at load), the name map is its keys plus three numpy arrays (a name's
candidates are made into tuples when first looked up, then kept), the second-level
divisions' towns are numpy arrays, and the id map is rebuilt from the ids.
"""

from __future__ import annotations

import pickle
from collections.abc import Iterator, Mapping

import numpy as np

from events.errors import GazetteerError

SEPARATOR = "\x1f"  # ASCII unit separator: never in a place name, id or code
STRING_COLUMNS = ("ids", "names", "kinds", "country", "admin1")


class NameTable(Mapping):
    """Read-only name key -> ((entry, support), ...), most populous entry first, as
    Index.by_name holds it when built; candidates are made into tuples when first read."""

    def __init__(self, keys: list[str], offsets: np.ndarray, entries: np.ndarray, support: np.ndarray):
        self._row = dict(zip(keys, range(len(keys)), strict=True))
        self._offsets, self._entries, self._support = offsets, entries, support
        self._made: dict[str, tuple[tuple[int, int], ...]] = {}

    def __getitem__(self, key: str) -> tuple[tuple[int, int], ...]:
        made = self._made.get(key)
        if made is None:
            row = self._row[key]
            a, b = int(self._offsets[row]), int(self._offsets[row + 1])
            made = self._made[key] = tuple(
                zip(self._entries[a:b].tolist(), self._support[a:b].tolist(), strict=True)
            )
        return made

    def get(self, key: str, default=None):
        made = self._made.get(key)
        if made is not None:
            return made
        return self[key] if key in self._row else default

    def __contains__(self, key: object) -> bool:
        return key in self._row

    def __iter__(self) -> Iterator[str]:
        return iter(self._row)

    def __len__(self) -> int:
        return len(self._row)

    def marked_keys(self, marked: np.ndarray) -> list[str]:
        """The keys with an entry where ``marked`` (by entry) is true."""
        total = np.concatenate([[0], np.cumsum(marked[self._entries])])
        counts = total[self._offsets[1:]] - total[self._offsets[:-1]]
        keys = list(self._row)
        return [keys[row] for row in np.flatnonzero(counts).tolist()]

    def packed(self) -> dict[str, object]:
        keys = list(self._row)
        return {"keys": (len(keys), _joined(keys)), "offsets": self._offsets, "entries": self._entries,
                "support": self._support}  # fmt: skip


def pack(state: dict[str, object]) -> dict[str, object]:
    """An Index's __dict__ -> what is pickled (the given dict is not changed)."""
    out = dict(state)
    for column in STRING_COLUMNS:
        out[column] = (len(state[column]), _joined(state[column]))
    out["by_name"] = _pack_names(state["by_name"])
    del out["by_id"]  # the ids in order: rebuilt at load
    towns_in = state["towns_in"]
    areas = np.fromiter(towns_in, np.int64, len(towns_in))
    towns = [sorted(towns_in[a]) for a in areas.tolist()]
    out["towns_in"] = {"areas": areas, "offsets": np.cumsum([0, *map(len, towns)], dtype=np.int64),
                       "towns": np.fromiter((t for ts in towns for t in ts), np.int64)}  # fmt: skip
    return out


def unpack(state: dict[str, object]) -> dict[str, object]:
    """What pack wrote -> an Index's __dict__ (by_name a NameTable). A state pack did not write
    (a cache from before INDEX_VERSION 9 under a colliding key) is an UnpicklingError, which
    load_gazetteer answers by rebuilding."""
    if not isinstance(state.get("ids"), tuple) or not isinstance(state.get("by_name"), dict):
        raise pickle.UnpicklingError("the cached index is not packed (an older format)")
    out = dict(state)
    for column in STRING_COLUMNS:
        out[column] = _split(*state[column])
    names = state["by_name"]
    keys = _split(*names["keys"])
    out["by_name"] = NameTable(keys, names["offsets"], names["entries"], names["support"])
    out["by_id"] = dict(zip(out["ids"], range(len(out["ids"])), strict=True))
    towns = state["towns_in"]
    offsets, flat = towns["offsets"].tolist(), towns["towns"].tolist()
    out["towns_in"] = {area: frozenset(flat[offsets[k] : offsets[k + 1]])
                       for k, area in enumerate(towns["areas"].tolist())}  # fmt: skip
    return out


def _joined(strings: list[str]) -> str:
    for s in strings:
        if SEPARATOR in s:
            raise GazetteerError(f"cannot pack the index: {s!r} holds the separator U+001F")
    return SEPARATOR.join(strings)


def _split(count: int, text: str) -> list[str]:
    return text.split(SEPARATOR) if count else []


def _pack_names(by_name: Mapping[str, tuple[tuple[int, int], ...]]) -> dict[str, object]:
    if isinstance(by_name, NameTable):
        return by_name.packed()
    keys = list(by_name)
    sizes = np.fromiter((len(by_name[k]) for k in keys), np.int64, len(keys))
    pairs = [pair for k in keys for pair in by_name[k]]
    return {
        "keys": (len(keys), _joined(keys)),
        "offsets": np.concatenate([[0], np.cumsum(sizes)]).astype(np.int64),
        "entries": np.fromiter((e for e, _ in pairs), np.int32, len(pairs)),
        "support": np.fromiter((s for _, s in pairs), np.int32, len(pairs)),
    }
