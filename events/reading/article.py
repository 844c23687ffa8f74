"""Read and validate input articles (.txt, .md, .html) into one immutable Article."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from events.errors import ArticleError

SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm"}
FRONT_MATTER_KEYS = {"title", "published", "source", "url"}
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class _FrontMatterLoader(yaml.SafeLoader):
    """Safe YAML that keeps dates as text, so that parse_date can say what is wrong."""


_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass(frozen=True)
class Article:
    article_id: str
    text: str
    published: dt.date
    title: str | None = None
    source: str | None = None
    url: str | None = None
    origin: str = ""
    sha256: str = ""


def parse_date(value: object, where: str) -> dt.date:
    """A publication date from YAML or the command line; names the bad value."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    if not _ISO_DATE.fullmatch(text[:10]) or len(text) not in (10, 19, 20, 25):
        raise ArticleError(where, f"publication date {text!r} is not YYYY-MM-DD")
    try:
        day = dt.date.fromisoformat(text[:10])
    except ValueError as exc:
        raise ArticleError(where, f"publication date {text!r} is impossible ({exc})") from exc
    if not dt.date(1900, 1, 1) <= day <= dt.date(2200, 1, 1):
        raise ArticleError(where, f"publication date {text!r} is out of range")
    return day


def decode(raw: bytes, where: str) -> str:
    """UTF-8 text from bytes, or an ArticleError that says what the bytes are instead."""
    if not raw.strip():
        raise ArticleError(where, "the file is empty")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ArticleError(where, "the file is UTF-16 encoded; save it as UTF-8")
    if b"\x00" in raw[:65536]:
        raise ArticleError(where, "the file is binary (it contains NUL bytes), not text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleError(
            where,
            f"the file is not valid UTF-8 (byte {exc.start}: {raw[exc.start : exc.start + 1]!r}); "
            "convert it to UTF-8 first",
        ) from exc
    controls = sum(1 for ch in text[:65536] if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > 8:
        raise ArticleError(where, "the file looks binary (control characters), not text")
    return text


def split_front_matter(text: str, where: str) -> tuple[dict[str, object], str]:
    """YAML front matter (a mapping of known keys) and the body after it."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    try:
        meta = yaml.load(match.group(1), Loader=_FrontMatterLoader)  # noqa: S506 (a SafeLoader)
    except (yaml.YAMLError, ValueError) as exc:
        raise ArticleError(where, f"front matter is not valid YAML ({exc})") from exc
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise ArticleError(where, "front matter must be a mapping of title/published/source/url")
    unknown = sorted(str(k) for k in meta if k not in FRONT_MATTER_KEYS)
    if unknown:
        raise ArticleError(
            where,
            f"unknown front matter key(s) {', '.join(unknown)}; "
            f"known: {', '.join(sorted(FRONT_MATTER_KEYS))}",
        )
    return meta, text[match.end() :]


def _html_to_text(html: str, where: str) -> tuple[str, dict[str, object]]:
    import trafilatura

    body = trafilatura.extract(html, include_comments=False, include_tables=False) or ""
    if not body.strip():
        raise ArticleError(where, "the HTML page has no main text to extract")
    meta: dict[str, object] = {}
    doc = trafilatura.extract_metadata(html)
    if doc is not None:
        if doc.title:
            meta["title"] = doc.title
        if doc.date:
            meta["published"] = doc.date
        if doc.sitename:
            meta["source"] = doc.sitename
        if doc.url:
            meta["url"] = doc.url
    return body, meta


def _first_heading(body: str) -> str | None:
    match = re.match(r"\s*#\s+(.+)", body)
    return match.group(1).strip() if match else None


def parse_article(
    raw: bytes | str,
    *,
    where: str,
    article_id: str,
    suffix: str = ".txt",
    published: dt.date | None = None,
    max_bytes: int | None = None,
) -> Article:
    """Validate one article's bytes (or pasted text) into an Article.

    ``published`` overrides the front matter's date; an article with neither is refused.
    """
    data = raw.encode("utf-8") if isinstance(raw, str) else raw
    if max_bytes is not None and len(data) > max_bytes:
        raise ArticleError(where, f"the file is {len(data):,} bytes, over the limit of {max_bytes:,} bytes")
    text = decode(data, where)
    meta, body = split_front_matter(text, where)
    if suffix.lower() in {".html", ".htm"} or (
        suffix == ".txt" and re.match(r"\s*<(!doctype|html)", body, re.I)
    ):
        body, html_meta = _html_to_text(body, where)
        meta = {**html_meta, **meta}
    if not body.strip():
        raise ArticleError(where, "the article has no text after its front matter")
    if published is None:
        if meta.get("published") in (None, ""):
            raise ArticleError(
                where,
                "no publication date: add 'published: YYYY-MM-DD' to the front matter "
                "or pass --published YYYY-MM-DD",
            )
        published = parse_date(meta["published"], where)
    return Article(
        article_id=article_id,
        text=body,
        published=published,
        title=_clean(meta.get("title")) or _first_heading(body),
        source=_clean(meta.get("source")),
        url=_clean(meta.get("url")),
        origin=where,
        sha256=hashlib.sha256(body.encode("utf-8")).hexdigest(),
    )


def _clean(value: object) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text[:500] or None


def read_article(path: Path, published: dt.date | None = None, max_bytes: int | None = None) -> Article:
    """Read one article file; errors name the file."""
    where = str(path)
    if path.suffix.lower() not in SUFFIXES:
        raise ArticleError(where, f"unsupported file type {path.suffix!r}; use {', '.join(sorted(SUFFIXES))}")
    try:
        size = path.stat().st_size
        if max_bytes is not None and size > max_bytes:
            raise ArticleError(where, f"the file is {size:,} bytes, over the limit of {max_bytes:,} bytes")
        raw = path.read_bytes()
    except OSError as exc:
        raise ArticleError(where, f"cannot be read ({exc.strerror or exc})") from exc
    return parse_article(
        raw,
        where=where,
        article_id=path.stem,
        suffix=path.suffix.lower(),
        published=published,
        max_bytes=max_bytes,
    )


def pasted_article_id(text: str) -> str:
    """A stable id for text pasted into the app (same text -> same id)."""
    return "pasted-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
