"""The fault server itself serves what the crawl tests rely on (urllib on 127.0.0.1 only)."""

from __future__ import annotations

import re
import unicodedata
import urllib.error
import urllib.request
import zlib
from collections.abc import Iterator

import pytest

from faults.server import (
    _TITLES,
    BAD_IDS,
    BOMB_INFLATED_BYTES,
    CP1258_ID,
    FLAKY_500_ID,
    GOOD_IDS,
    FaultServer,
    article_html,
    billion_laughs,
    gzip_bomb,
    slug_path,
    to_cp1258,
)


def fetch(url: str) -> tuple[int, bytes, dict[str, str]]:
    try:
        with urllib.request.urlopen(url, timeout=5) as resp:  # noqa: S310 - loopback only
            return resp.status, resp.read(), dict(resp.headers)
    except urllib.error.HTTPError as e:
        return e.code, e.read(), dict(e.headers)


@pytest.fixture
def server() -> Iterator[FaultServer]:
    srv = FaultServer(stall_seconds=1).start()
    yield srv
    srv.stop()


def test_home_links_every_article_and_fault(server: FaultServer) -> None:
    status, body, _ = fetch(server.base_url + "/")
    assert status == 200
    ids = set(re.findall(r"-d(\d+)\.html", body.decode()))
    assert set(GOOD_IDS) | set(BAD_IDS) <= ids
    assert b"http://anhp.vn/" in body and b"https://beta.anhp.vn/" in body and b"utm_source" in body
    assert server.counts["/"] == 1 and server.requests[0].host == f"127.0.0.1:{server.port}"


def test_flaky_article_fails_once_then_serves(server: FaultServer) -> None:
    url = server.base_url + slug_path(FLAKY_500_ID)
    assert fetch(url)[0] == 500
    assert fetch(url)[0] == 200
    assert server.hits(slug_path(FLAKY_500_ID)) == 2


def test_gzip_bomb_is_small_and_inflates_past_100_mb() -> None:
    bomb = gzip_bomb()
    assert len(bomb) < 200_000
    d = zlib.decompressobj(31)
    total, data = 0, bomb
    while data:
        total += len(d.decompress(data, 1 << 20))
        data = d.unconsumed_tail
    assert total > 100 * 1024 * 1024 and total >= BOMB_INFLATED_BYTES


def test_cp1258_page_decodes_to_the_title() -> None:
    raw = to_cp1258(article_html(CP1258_ID))
    assert unicodedata.normalize("NFC", raw.decode("cp1258")).count(_TITLES[CP1258_ID]) == 2


def test_sitemap_is_an_entity_bomb() -> None:
    doc = billion_laughs("http://127.0.0.1:1")
    assert doc.count("<!ENTITY") == 10 and "&lol9;" in doc
