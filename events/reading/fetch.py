"""Optional network feature: fetch an article from a URL (off unless asked for).

Only http(s) URLs; the host must resolve to public addresses only (no loopback,
private, link-local, multicast or reserved ranges, which would let a pasted URL
probe the analyst's own network); redirects are followed by hand so each hop is
checked; the body is capped at the article size limit. The page then goes
through the same HTML reader as an .html file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import ipaddress
import socket
import urllib.error
import urllib.request
from urllib.parse import urljoin, urlparse

from events.errors import ArticleError
from events.reading.article import Article, parse_article

MAX_REDIRECTS = 5
TIMEOUT_S = 20


def check_url(url: str, allow_private: bool = False) -> None:
    """Raise ArticleError unless ``url`` is http(s) to a public address."""
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        raise ArticleError(url, "only http(s) URLs with a host can be fetched")
    try:
        infos = socket.getaddrinfo(parsed.hostname, parsed.port or 443, type=socket.SOCK_STREAM)
    except OSError as exc:
        raise ArticleError(url, f"the host cannot be resolved ({exc})") from exc
    for info in infos:
        address = ipaddress.ip_address(info[4][0])
        if not allow_private and not address.is_global:
            raise ArticleError(url, f"refusing a local or private address ({address})")


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def fetch_article(
    url: str, max_bytes: int, published: dt.date | None = None, allow_private: bool = False
) -> Article:
    """Download ``url`` (checking every redirect hop) and read it as an HTML article."""
    opener = urllib.request.build_opener(_NoRedirect)
    current = url
    for _ in range(MAX_REDIRECTS + 1):
        check_url(current, allow_private)
        request = urllib.request.Request(current, headers={"User-Agent": "sitrep/0.1"})
        try:
            with opener.open(request, timeout=TIMEOUT_S) as response:
                body = response.read(max_bytes + 1)
                break
        except urllib.error.HTTPError as exc:
            if exc.code in (301, 302, 303, 307, 308) and exc.headers.get("Location"):
                current = urljoin(current, exc.headers["Location"])
                continue
            raise ArticleError(url, f"the server answered HTTP {exc.code}") from exc
        except (urllib.error.URLError, OSError) as exc:
            raise ArticleError(url, f"cannot be fetched ({exc})") from exc
    else:
        raise ArticleError(url, f"more than {MAX_REDIRECTS} redirects")
    if len(body) > max_bytes:
        raise ArticleError(url, f"the response is over the limit of {max_bytes:,} bytes")
    article_id = "url-" + hashlib.sha256(url.encode("utf-8")).hexdigest()[:12]
    article = parse_article(
        body, where=url, article_id=article_id, suffix=".html", published=published, max_bytes=max_bytes
    )
    return Article(**{**article.__dict__, "url": article.url or url})
