"""Unit tests of anninhhaiphong.middlewares: Request/Response objects only, no network."""

from __future__ import annotations

import asyncio
import email.utils
import gzip
import logging
import time
from typing import Any

import pytest
from scrapy import Spider
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.http import HtmlResponse, Request, Response, TextResponse
from scrapy.utils.test import get_crawler
from twisted.internet.error import ConnectionDone, ConnectionLost
from twisted.python.failure import Failure
from twisted.web._newclient import ResponseFailed

from anninhhaiphong import settings
from anninhhaiphong.middlewares import (
    BackoffRetryMiddleware,
    ChallengeMiddleware,
    CharsetRepairMiddleware,
    CompressionGuardMiddleware,
    FailureAccountingMiddleware,
    RedirectLoopMiddleware,
    SiteGuardMiddleware,
    backoff_delay,
    classify_page,
    failure_reason,
    parse_retry_after,
    repaired_encoding,
)
from anninhhaiphong.urls import is_loopback_host

ARTICLE = "http://127.0.0.1:8000/tin-tuc/bai-viet-d48009.html"
ARTICLE_HTML = ("<html><body><h1>Tiêu đề</h1><p>" + "Nội dung bài viết dài. " * 200
                + "</p></body></html>").encode()


class SiteSpider(Spider):
    name = "t"
    site_hosts = ("127.0.0.1",)


def crawler_for(settings: dict[str, Any] | None = None, spider_cls: type[Spider] = SiteSpider) -> Any:
    crawler = get_crawler(spider_cls, settings or {})
    crawler.spider = spider_cls.from_crawler(crawler)
    return crawler


def stat(crawler: Any, key: str) -> Any:
    return crawler.stats.get_value(key)


# ----------------------------------------------------------------------------- pure helpers

def test_parse_retry_after_seconds_date_and_garbage() -> None:
    assert parse_retry_after("120") == 120.0
    assert parse_retry_after(b" 3 ") == 3.0
    now = time.time()
    date = email.utils.formatdate(now + 30, usegmt=True)
    assert 28.0 <= parse_retry_after(date, now=now) <= 30.0  # type: ignore[operator]
    assert parse_retry_after(email.utils.formatdate(now - 100, usegmt=True), now=now) == 0.0
    assert parse_retry_after("soon") is None
    assert parse_retry_after("") is None
    assert parse_retry_after(None) is None


def test_backoff_delay_grows_and_is_capped() -> None:
    assert [backoff_delay(n, 1.0, 5.0) for n in (1, 2, 3, 4)] == [1.0, 2.0, 4.0, 5.0]
    assert backoff_delay(3, 0.0, 5.0) == 0.0


def test_is_loopback_host() -> None:
    for host in ("127.0.0.1", "127.1.2.3", "localhost", "[::1]", "::1"):
        assert is_loopback_host(host), host
    for host in ("anhp.vn", "10.0.0.1", "192.168.1.1", "8.8.8.8", "evil.example", "127.0.0.1.nip.io"):
        assert not is_loopback_host(host), host


def test_classify_page() -> None:
    assert classify_page(b"") == "empty"
    assert classify_page(b"   \n") == "empty"
    assert classify_page(b"<html><head><title></title></head><body> &nbsp; </body></html>") == "empty"
    challenge = b"<html><title>Just a moment...</title><body>Checking your browser before accessing x</body>"
    assert classify_page(challenge) == "challenge"
    assert classify_page(b"<html><title>Captcha</title><body>Nh\xe1\xba\xadp m\xc3\xa3</body>") == "challenge"
    assert classify_page(ARTICLE_HTML) is None
    # an article that talks about captchas is still an article
    long_text = b"<html><body><p>" + b"Ke gian dung trang captcha gia mao de lua dao. " * 100 + b"</p></body>"
    assert classify_page(long_text) is None


def test_failure_reason_names() -> None:
    assert failure_reason(DownloadTimeoutError("slow")) == "timeout"
    assert failure_reason(CannotResolveHostError("x")) == "dns"
    assert failure_reason(DownloadCancelledError("big")) == "too_large"
    lost = ResponseDataLossError()
    lost.__cause__ = ResponseFailed([Failure(ConnectionLost("reset by peer"))])
    assert failure_reason(lost) == "reset"
    done = ResponseDataLossError()
    done.__cause__ = ResponseFailed([Failure(ConnectionDone("closed"))])
    assert failure_reason(done) == "truncated"
    assert failure_reason(ValueError("x")) == "value_error"


def test_repaired_encoding() -> None:
    utf8 = "<html><head><meta charset='utf-8'></head><body>Hải Phòng</body></html>".encode()
    assert repaired_encoding("iso-8859-1", utf8) == "utf-8"
    assert repaired_encoding("utf-8", utf8) is None
    assert repaired_encoding("iso-8859-1", "café".encode("latin-1")) is None  # not valid UTF-8
    assert repaired_encoding("iso-8859-1", b"plain ascii") is None
    other_meta = "<meta charset='windows-1258'>Hải".encode()
    assert repaired_encoding("iso-8859-1", other_meta) is None


# ----------------------------------------------------------------------------- SiteGuard

def guard(settings: dict[str, Any] | None = None,
          spider_cls: type[Spider] = SiteSpider) -> tuple[Any, SiteGuardMiddleware]:
    crawler = crawler_for(settings, spider_cls)
    return crawler, SiteGuardMiddleware.from_crawler(crawler)


def test_site_guard_allows_site_hosts_and_blocks_the_rest() -> None:
    crawler, g = guard()
    assert g.process_request(Request(ARTICLE)) is None
    assert g.process_request(Request("https://beta.anhp.vn/a-d1.html")) is None
    with pytest.raises(IgnoreRequest):
        g.process_request(Request("http://evil.example/a-d1.html"))
    with pytest.raises(IgnoreRequest):
        g.process_request(Request("ftp://anhp.vn/a-d1.html"))
    with pytest.raises(IgnoreRequest):
        g.process_request(Request("http://anhp.vn.evil.example/"))
    assert stat(crawler, "anhp/blocked/offsite") == 2
    assert stat(crawler, "anhp/blocked/scheme") == 1


def test_site_guard_hosts_from_settings_and_spider_site() -> None:
    class ReplicaSpider(Spider):
        name = "x"
        site = "http://127.0.0.5:9999"

    crawler, g = guard({"ANHP_SITE_HOSTS": ["example.org"]}, ReplicaSpider)
    assert g.process_request(Request("http://example.org/")) is None
    assert g.process_request(Request("http://127.0.0.5:9999/")) is None
    assert g.process_request(Request("http://anhp.vn/")) is None  # the setting adds to the site hosts
    with pytest.raises(IgnoreRequest):
        g.process_request(Request("http://127.0.0.6:9999/"))


def test_site_guard_blocks_offsite_redirect_target() -> None:
    crawler, g = guard()
    redirected = Request("http://evil.example/x-d99999.html", meta={"redirect_urls": [ARTICLE]})
    with pytest.raises(IgnoreRequest):
        g.process_request(redirected)
    assert stat(crawler, "anhp/blocked/offsite") == 1
    assert stat(crawler, "anhp/blocked/redirect") == 1


def test_site_guard_loopback_only() -> None:
    crawler, g = guard({"ANHP_LOOPBACK_ONLY": True})
    assert g.process_request(Request(ARTICLE)) is None
    with pytest.raises(IgnoreRequest):
        g.process_request(Request("https://anhp.vn/a-d1.html"))  # a site host, but not loopback
    with pytest.raises(IgnoreRequest):
        g.process_request(Request(ARTICLE, meta={"proxy": "http://10.0.0.1:3128"}))
    assert stat(crawler, "anhp/blocked/nonloopback") == 2


# ----------------------------------------------------------------------------- redirect loops

def test_redirect_loop_back_to_own_chain_is_a_failure(caplog: pytest.LogCaptureFixture) -> None:
    crawler = crawler_for()
    m = RedirectLoopMiddleware.from_crawler(crawler)
    b = "http://127.0.0.1:8000/b"
    req = Request(b, meta={"redirect_urls": [ARTICLE]})
    resp = Response(b, status=302, headers={"Location": "/tin-tuc/bai-viet-d48009.html"}, request=req)
    with caplog.at_level(logging.WARNING), pytest.raises(IgnoreRequest):
        m.process_response(req, resp)
    assert stat(crawler, "anhp/failures/redirect_loop") == 1
    assert ARTICLE in caplog.text
    ok = Response(b, status=302, headers={"Location": "/c"}, request=req)
    assert m.process_response(req, ok) is ok


def test_redirect_chain_longer_than_max_is_a_failure() -> None:
    crawler = crawler_for({"REDIRECT_MAX_TIMES": 3})
    m = RedirectLoopMiddleware.from_crawler(crawler)
    chain = [f"http://127.0.0.1:8000/r{i}" for i in range(4)]
    req = Request("http://127.0.0.1:8000/r4", meta={"redirect_urls": chain})
    with pytest.raises(IgnoreRequest):
        m.process_response(req, Response(req.url, status=301, headers={"Location": "/r5"}))
    assert stat(crawler, "anhp/failures/redirect_loop") == 1


# ----------------------------------------------------------------------------- compression

def test_gzip_bomb_is_counted_too_large() -> None:
    crawler = crawler_for({"DOWNLOAD_MAXSIZE": 1_000_000, "DOWNLOAD_WARNSIZE": 500_000})
    m = CompressionGuardMiddleware.from_crawler(crawler)
    bomb = gzip.compress(b" " * 5_000_000)
    req = Request(ARTICLE)
    resp = Response(ARTICLE, body=bomb, headers={"Content-Encoding": "gzip"}, request=req)
    with pytest.raises(IgnoreRequest):
        m.process_response(req, resp)
    assert stat(crawler, "anhp/failures/too_large") == 1
    small = Response(ARTICLE, body=gzip.compress(ARTICLE_HTML), headers={"Content-Encoding": "gzip"})
    assert m.process_response(req, small).body == ARTICLE_HTML


# ----------------------------------------------------------------------------- charset

def test_charset_repair_decodes_utf8_declared_latin1() -> None:
    crawler = crawler_for()
    m = CharsetRepairMiddleware.from_crawler(crawler)
    body = "<html><head><meta charset='utf-8'></head><body><h1>Hải Phòng</h1></body></html>".encode()
    resp = HtmlResponse(ARTICLE, body=body, headers={"Content-Type": "text/html; charset=iso-8859-1"})
    assert "Hải Phòng" not in resp.text  # Scrapy trusts the header
    fixed = m.process_response(Request(ARTICLE), resp)
    assert isinstance(fixed, TextResponse) and "Hải Phòng" in fixed.text
    assert stat(crawler, "anhp/charset/repaired") == 1
    good = HtmlResponse(ARTICLE, body=body, headers={"Content-Type": "text/html; charset=utf-8"})
    assert m.process_response(Request(ARTICLE), good) is good


# ----------------------------------------------------------------------------- challenge / empty

def challenge_mw(**settings: Any) -> tuple[Any, ChallengeMiddleware]:
    crawler = crawler_for({"ANHP_CHALLENGE_RETRY_TIMES": 2, "ANHP_CHALLENGE_RETRY_DELAY": 0, **settings})
    return crawler, ChallengeMiddleware.from_crawler(crawler)


def html(body: bytes, status: int = 200, url: str = ARTICLE) -> HtmlResponse:
    return HtmlResponse(url, status=status, body=body, headers={"Content-Type": "text/html; charset=utf-8"})


def test_challenge_page_is_retried_then_dropped(caplog: pytest.LogCaptureFixture) -> None:
    crawler, m = challenge_mw()
    page = b"<html><title>Just a moment...</title><body>Checking your browser before accessing</body></html>"
    req = Request(ARTICLE)
    for n in (1, 2):
        out = asyncio.run(m.process_response(req, html(page)))
        assert isinstance(out, Request) and out.dont_filter and out.meta["anhp_challenge_retries"] == n
        req = out
    with caplog.at_level(logging.WARNING), pytest.raises(IgnoreRequest):
        asyncio.run(m.process_response(req, html(page)))
    assert stat(crawler, "anhp/failures/challenge") == 1
    assert stat(crawler, "anhp/retry/challenge") == 2
    assert caplog.text.count(ARTICLE) == 1


def test_empty_page_is_dropped_and_counted() -> None:
    crawler, m = challenge_mw(ANHP_CHALLENGE_RETRY_TIMES=0)
    with pytest.raises(IgnoreRequest):
        asyncio.run(m.process_response(Request(ARTICLE), html(b"")))
    assert stat(crawler, "anhp/failures/empty") == 1


def test_challenge_middleware_passes_real_pages_robots_and_errors() -> None:
    crawler, m = challenge_mw()
    resp = html(ARTICLE_HTML)
    assert asyncio.run(m.process_response(Request(ARTICLE), resp)) is resp
    robots = "http://127.0.0.1:8000/robots.txt"
    empty_robots = TextResponse(robots, body=b"", headers={"Content-Type": "text/plain"})
    assert asyncio.run(m.process_response(Request(robots), empty_robots)) is empty_robots
    err = html(b"", status=404)
    assert asyncio.run(m.process_response(Request(ARTICLE), err)) is err
    assert stat(crawler, "anhp/failures/empty") is None


# ----------------------------------------------------------------------------- backoff retry

def retry_mw(**settings: Any) -> tuple[Any, BackoffRetryMiddleware]:
    crawler = crawler_for({"RETRY_TIMES": 2, "ANHP_RETRY_BACKOFF_BASE": 0, **settings})
    return crawler, BackoffRetryMiddleware.from_crawler(crawler)


def test_retry_after_seconds_is_honoured_without_blocking_the_loop() -> None:
    crawler, m = retry_mw()
    req = Request(ARTICLE)
    resp = Response(ARTICLE, status=503, headers={"Retry-After": "0.3"}, request=req)

    async def run() -> tuple[Any, float, int]:
        ticks = 0
        done = asyncio.Event()

        async def ticker() -> None:
            nonlocal ticks
            while not done.is_set():
                ticks += 1
                await asyncio.sleep(0.01)

        task = asyncio.create_task(ticker())
        start = time.monotonic()
        out = await m.process_response(req, resp)
        elapsed = time.monotonic() - start
        done.set()
        await task
        return out, elapsed, ticks

    out, elapsed, ticks = asyncio.run(run())
    assert isinstance(out, Request) and out.meta["retry_times"] == 1
    assert elapsed >= 0.29
    assert ticks >= 5  # the event loop kept running while the middleware waited
    assert stat(crawler, "anhp/retry/retry_after") == 1


def test_retry_after_date_and_cap() -> None:
    crawler, m = retry_mw(ANHP_RETRY_AFTER_MAX=5)
    req = Request(ARTICLE, meta={"retry_times": 1})
    far = email.utils.formatdate(time.time() + 3600, usegmt=True)
    assert m.wait_for(req, Response(ARTICLE, status=429, headers={"Retry-After": far})) == 5
    assert stat(crawler, "anhp/retry/retry_after_capped") == 1
    near = email.utils.formatdate(time.time() + 3, usegmt=True)
    assert 1.0 <= m.wait_for(req, Response(ARTICLE, status=429, headers={"Retry-After": near})) <= 3.0
    # Retry-After on a 500 is not a rate limit: plain backoff (0 here)
    assert m.wait_for(req, Response(ARTICLE, status=500, headers={"Retry-After": "9"})) == 0


def test_exponential_backoff_when_no_retry_after() -> None:
    crawler, m = retry_mw(ANHP_RETRY_BACKOFF_BASE=0.5, ANHP_RETRY_BACKOFF_MAX=1.5)
    waits = [m.wait_for(Request(ARTICLE, meta={"retry_times": n}), None) for n in (1, 2, 3)]
    assert waits == [0.5, 1.0, 1.5]


def test_retry_gives_up_after_retry_times() -> None:
    crawler, m = retry_mw()
    req = Request(ARTICLE, meta={"retry_times": 2})
    resp = Response(ARTICLE, status=500, request=req)
    assert asyncio.run(m.process_response(req, resp)) is resp
    out = asyncio.run(m.process_exception(Request(ARTICLE), DownloadTimeoutError("slow")))
    assert isinstance(out, Request)


# ----------------------------------------------------------------------------- failure accounting

def test_failure_accounting_counts_statuses_and_exceptions_once(caplog: pytest.LogCaptureFixture) -> None:
    crawler = crawler_for()
    m = FailureAccountingMiddleware.from_crawler(crawler)
    req = Request(ARTICLE)
    ok = Response(ARTICLE, status=200)
    assert m.process_response(req, ok) is ok
    with caplog.at_level(logging.WARNING):
        m.process_response(req, Response(ARTICLE, status=503))
        m.process_response(req, Response(ARTICLE, status=503))
        assert m.process_exception(Request(ARTICLE + "?a"), DownloadTimeoutError("slow")) is None
        m.process_exception(Request(ARTICLE + "?b"), CannotResolveHostError("x"))
        m.process_exception(Request(ARTICLE + "?c"), IgnoreRequest("guard"))
    assert stat(crawler, "anhp/failures/http_503") == 2
    assert stat(crawler, "anhp/failures/timeout") == 1
    assert stat(crawler, "anhp/failures/dns") == 1
    assert stat(crawler, "anhp/failures/count") == 4
    assert caplog.text.count(f"Failed {ARTICLE}:") == 1  # logged once per URL
    assert "?c" not in caplog.text
    robots = Request("http://127.0.0.1:8000/robots.txt")
    m.process_response(robots, Response(robots.url, status=404))
    assert stat(crawler, "anhp/failures/http_404") is None


def test_recommended_orders_cover_every_middleware() -> None:
    ours = {k for k in settings.DOWNLOADER_MIDDLEWARES if k.startswith("anninhhaiphong.")}
    classes = {f"anninhhaiphong.middlewares.{c.__name__}" for c in (
        SiteGuardMiddleware, RedirectLoopMiddleware, CompressionGuardMiddleware, CharsetRepairMiddleware,
        ChallengeMiddleware, BackoffRetryMiddleware, FailureAccountingMiddleware)}
    assert ours == classes
    order = settings.DOWNLOADER_MIDDLEWARES
    # accounting sees what retry gave up on; challenge sees decompressed bodies; loop guard runs before
    # Scrapy's RedirectMiddleware (600)
    assert order["anninhhaiphong.middlewares.FailureAccountingMiddleware"] < \
        order["anninhhaiphong.middlewares.BackoffRetryMiddleware"] < \
        order["anninhhaiphong.middlewares.ChallengeMiddleware"] < 590 < 600 < \
        order["anninhhaiphong.middlewares.RedirectLoopMiddleware"]


def test_a_loopback_site_spider_never_reaches_the_real_site() -> None:
    from scrapy.utils.test import get_crawler

    from anninhhaiphong.middlewares import SiteGuardMiddleware
    from anninhhaiphong.spiders.articles import ArticlesSpider

    crawler = get_crawler(ArticlesSpider)
    crawler.spider = ArticlesSpider(site="http://127.0.0.1:8000")
    guard = SiteGuardMiddleware(crawler)
    assert guard.check("http://127.0.0.1:8000/a-d1.html") is None
    # a redirect or link to the real site from a replica is refused, not followed
    assert guard.check("https://anhp.vn/a-d1.html") == "nonloopback"
    crawler.spider = ArticlesSpider(site="https://anhp.vn")
    assert guard.check("https://beta.anhp.vn/a-d1.html") is None
