"""The optional URL fetch: http(s) only, no local or private addresses, size-limited."""

from __future__ import annotations

import http.server
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from events.errors import ArticleError
from events.reading.fetch import check_url, fetch_article

SITREP = str(Path(sys.executable).parent / "sitrep")
PAGE = (b"<html><head><title>Strike on Kharkiv</title>"
        b'<meta property="article:published_time" content="2024-05-25"></head><body><article>'
        b"<p>Russian forces struck Kharkiv with missiles on Friday, killing four people and "
        b"wounding 17, the regional governor said in a statement on Saturday morning.</p>"
        b"<p>Emergency crews worked through the night to clear the rubble, officials said, and "
        b"the search for survivors continued in the city centre.</p></article></body></html>")  # fmt: skip


@pytest.fixture(scope="module")
def local_site():
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (http.server's name)
            if self.path == "/moved":
                self.send_response(302)
                self.send_header("Location", "/story")
                self.end_headers()
                return
            body = PAGE if self.path == "/story" else b"x" * 3_000_000
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            return

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("file:///etc/passwd", r"only http\(s\)"),
        ("ftp://example.org/a", r"only http\(s\)"),
        ("javascript:alert(1)", r"only http\(s\)"),
        ("http://127.0.0.1:8501/", "local or private"),
        ("http://localhost/", "local or private"),
        ("http://10.0.0.1/", "local or private"),
        ("http://192.168.1.1/", "local or private"),
        ("http://169.254.169.254/latest/meta-data/", "local or private"),
        ("http://[::1]/", "local or private"),
    ],
)
def test_refused_urls(url, problem):
    with pytest.raises(ArticleError, match=problem):
        check_url(url)


def test_local_server_is_refused_by_default(local_site):
    with pytest.raises(ArticleError, match="local or private"):
        fetch_article(local_site + "/story", 1_000_000)


def test_fetch_follows_redirects_and_reads_the_page(local_site):
    article = fetch_article(local_site + "/moved", 1_000_000, allow_private=True)
    assert "struck Kharkiv" in article.text and str(article.published) == "2024-05-25"
    assert article.url.endswith("/moved")


def test_oversized_response_is_refused(local_site):
    with pytest.raises(ArticleError, match="over the limit"):
        fetch_article(local_site + "/huge", 1_000_000, allow_private=True)


def test_cli_ingest_url(local_site, tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("SITREP_")}
    env.update(SITREP_STORE=str(tmp_path / "s.gpkg"), SITREP_EXAMPLE_DIR="none")
    refused = subprocess.run([SITREP, "ingest", "--url", local_site + "/story"], env=env,
                             capture_output=True, text=True, timeout=120)  # fmt: skip
    assert refused.returncode == 1 and "local or private" in refused.stderr
    env["SITREP_FETCH_PRIVATE_HOSTS"] = "true"
    ok = subprocess.run([SITREP, "ingest", "--url", local_site + "/story"], env=env,
                        capture_output=True, text=True, timeout=120)  # fmt: skip
    assert ok.returncode == 0, ok.stderr
    assert "1 events (1 new)" in ok.stderr
