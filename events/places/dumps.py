"""Full-coverage option: index a GeoNames country dump (e.g. UA.zip) next to cities500.

Front-line villages are often missing from cities500. ``sitrep gazetteer add PATH``
reads a dump already on disk (GeoNames' tab-separated export format, plain or
zipped); ``sitrep gazetteer add UA`` downloads ``UA.zip`` first, which needs the
network and is never done implicitly. Populated places (feature class P) are
kept, in a compact file under ``<cache_dir>/geonames/``; the gazetteer index is
rebuilt with them on next load. GeoNames data is CC BY 4.0.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

from events.errors import GazetteerError

COLUMNS = 19  # geonameid, name, asciiname, alternatenames, lat, lon, class, code, cc, cc2,
# admin1, admin2, admin3, admin4, population, elevation, dem, timezone, modified
MAX_DOWNLOAD_BYTES = 200_000_000
KEPT = ("geonameid", "name", "alternatenames", "latitude", "longitude", "country", "admin1",
        "population", "feature_code")  # fmt: skip


def dump_dir(cache_dir: Path) -> Path:
    return Path(cache_dir) / "geonames"


def installed_dumps(cache_dir: Path) -> list[Path]:
    folder = dump_dir(cache_dir)
    return sorted(folder.glob("*.tsv")) if folder.is_dir() else []


def _lines(path: Path) -> Iterator[str]:
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            members = [n for n in archive.namelist() if n.endswith(".txt") and "readme" not in n.lower()]
            if not members:
                raise GazetteerError(f"{path}: the zip holds no GeoNames .txt dump")
            with archive.open(members[0]) as handle:
                yield from io.TextIOWrapper(handle, encoding="utf-8")
        return
    with path.open(encoding="utf-8") as handle:
        yield from handle


def parse_dump(path: Path) -> Iterator[dict[str, str]]:
    """Populated places of a GeoNames dump; malformed lines raise GazetteerError naming them."""
    try:
        for number, line in enumerate(_lines(path), 1):
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.rstrip("\n").split("\t")
            if len(cells) != COLUMNS:
                raise GazetteerError(f"{path}:{number}: {len(cells)} columns, GeoNames dumps have {COLUMNS}")
            if cells[6] != "P":
                continue
            try:
                float(cells[4]), float(cells[5]), int(cells[0])
            except ValueError as exc:
                raise GazetteerError(f"{path}:{number}: bad id or coordinate ({exc})") from exc
            yield {"geonameid": cells[0], "name": cells[1], "alternatenames": cells[3],
                   "latitude": cells[4], "longitude": cells[5], "country": cells[8],
                   "admin1": cells[10], "population": cells[14] or "0",
                   "feature_code": cells[7]}  # fmt: skip
    except (OSError, UnicodeDecodeError, zipfile.BadZipFile) as exc:
        raise GazetteerError(f"{path}: cannot be read as a GeoNames dump ({exc})") from exc


def add_dump(source: str, cache_dir: Path, url_template: str) -> tuple[Path, int]:
    """Install a dump from a path, or download a country's (two-letter code) first."""
    if re.fullmatch(r"[A-Za-z]{2}", source) and not Path(source).exists():
        path = download(source.upper(), Path(cache_dir), url_template)
        name = source.upper()
    else:
        path = Path(source)
        if not path.is_file():
            raise GazetteerError(f"{source}: no such file (give a dump path or a country code)")
        name = re.sub(r"[^A-Za-z0-9_-]", "_", path.stem)[:40]
    rows = list(parse_dump(path))
    if not rows:
        raise GazetteerError(f"{source}: no populated places (feature class P) in the dump")
    target = dump_dir(cache_dir) / f"{name}.tsv"
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=KEPT, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    tmp.replace(target)
    return target, len(rows)


def download(country: str, cache_dir: Path, url_template: str) -> Path:
    """Fetch GeoNames' dump for one country (explicit user action; needs the network)."""
    url = url_template.format(country=country)
    if not url.startswith(("https://", "http://")):
        raise GazetteerError(f"refusing to download from {url!r}: only http(s) URLs")
    target = Path(cache_dir) / "downloads" / f"{country}.zip"
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        import urllib.request  # only here: the index loads without it

        with urllib.request.urlopen(url, timeout=60) as response:  # noqa: S310 (scheme checked)
            data = response.read(MAX_DOWNLOAD_BYTES + 1)
    except OSError as exc:
        raise GazetteerError(f"cannot download {url} ({exc}); is the network available? "
                             "You can also download it yourself and run "
                             "`sitrep gazetteer add PATH`") from exc  # fmt: skip
    if len(data) > MAX_DOWNLOAD_BYTES:
        raise GazetteerError(f"{url} is larger than {MAX_DOWNLOAD_BYTES:,} bytes; refused")
    target.write_bytes(data)
    return target


def read_installed(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle, delimiter="\t")
