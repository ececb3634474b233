"""Protective downloader middlewares: where requests may go, how failures are retried and counted.

Every middleware counts what it does in the crawl stats under ``anhp/...``:

- `SiteGuardMiddleware` (order 40): http/https only, site hosts only (`urls.SITE_HOSTS`,
  ``ANHP_SITE_HOSTS``, ``spider.site_hosts`` and the host of ``spider.site``), and with
  ``ANHP_LOOPBACK_ONLY`` loopback addresses only. Redirect targets pass through it too (a
  redirected request is scheduled again). ``anhp/blocked/<why>``.
- `RedirectLoopMiddleware` (order 610, before Scrapy's redirect middleware): a redirect back to a URL
  of its own chain, or one past ``REDIRECT_MAX_TIMES``, is a failure ``redirect_loop``.
- `CompressionGuardMiddleware` (order 590, replaces Scrapy's ``HttpCompressionMiddleware``): the same
  decompression, with a body that inflates past ``DOWNLOAD_MAXSIZE`` (a gzip bomb) counted as ``too_large``.
- `CharsetRepairMiddleware` (order 570): a page declared latin-1/cp1252 in its header that is valid
  UTF-8 (and says so in a ``<meta charset>``, or has no other declaration) is decoded as UTF-8.
- `ChallengeMiddleware` (order 560): an empty 200 or a "checking your browser"/captcha page is retried
  ``ANHP_CHALLENGE_RETRY_TIMES`` times, then counted (``challenge``/``empty``) and dropped.
- `BackoffRetryMiddleware` (order 550, replaces Scrapy's ``RetryMiddleware``): Scrapy's retry with a
  wait before each retry: ``Retry-After`` (seconds or HTTP date) for 429/503, capped by
  ``ANHP_RETRY_AFTER_MAX``, else exponential backoff ``ANHP_RETRY_BACKOFF_BASE * 2**(n-1)`` capped by
  ``ANHP_RETRY_BACKOFF_MAX``. The wait is an ``await`` (asyncio reactor) or a Twisted ``deferLater``:
  the reactor never blocks.
- `FailureAccountingMiddleware` (order 540, after retries): every final failure counted as
  ``anhp/failures/<reason>`` (timeout, reset, truncated, too_large, dns, refused, http_<status>, ...)
  and its URL logged once at WARNING.
"""

from __future__ import annotations

import asyncio
import email.utils
import logging
import re
import time
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

from scrapy.downloadermiddlewares.httpcompression import HttpCompressionMiddleware
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, Response, TextResponse
from w3lib.url import safe_url_string

from anninhhaiphong.urls import SITE_HOSTS, is_loopback_host

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.statscollectors import StatsCollector

logger = logging.getLogger(__name__)

STATS_PREFIX = "anhp"


# --------------------------------------------------------------------------------------------
# Pure helpers (no Scrapy objects)
# --------------------------------------------------------------------------------------------

def parse_retry_after(value: str | bytes | None, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header value: delta-seconds (``"120"``) or an HTTP date
    (``"Wed, 21 Oct 2015 07:28:00 GMT"``). A date in the past gives 0; garbage gives None."""
    if value is None:
        return None
    if isinstance(value, bytes):
        value = value.decode("latin-1", "replace")
    value = value.strip()
    if not value:
        return None
    if re.fullmatch(r"\d+(\.\d+)?", value):
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None or when.tzinfo is None:
        return None
    now = time.time() if now is None else now
    return max(0.0, when.timestamp() - now)


def backoff_delay(retry_number: int, base: float, cap: float) -> float:
    """Exponential backoff: ``base * 2**(retry_number-1)``, at most ``cap`` (0 when base is 0)."""
    if base <= 0 or retry_number < 1:
        return 0.0
    return min(cap, base * 2 ** (retry_number - 1))


_CHALLENGE_MARKERS = (
    b"checking your browser",
    b"checking if the site connection is secure",
    b"just a moment...",
    b"cf-browser-verification",
    b"cf-challenge",
    b"challenge-platform",
    b"ddos protection by",
    b"attention required! | cloudflare",
    b"please enable javascript and cookies to continue",
    b"g-recaptcha",
    b"h-captcha",
    b"hcaptcha.com",
    b"verify you are human",
    b"are you a robot",
)
_TITLE_CAPTCHA = re.compile(rb"<title[^>]*>[^<]{0,200}captcha", re.IGNORECASE)
_TAGS = re.compile(rb"<(script|style)\b.*?</\1\s*>|<!--.*?-->|<[^>]*>", re.IGNORECASE | re.DOTALL)
CHALLENGE_SCAN_BYTES = 64 * 1024
CHALLENGE_MAX_TEXT = 3000  # a real article has more text than a challenge page


def classify_page(body: bytes) -> str | None:
    """``"empty"`` for a body with no visible text, ``"challenge"`` for an anti-bot / captcha page,
    else None. Looks at the first 64 KB only; a long page with real text is never a challenge."""
    head = body[:CHALLENGE_SCAN_BYTES]
    text = _TAGS.sub(b" ", head)
    visible = b" ".join(text.replace(b"&nbsp;", b" ").replace(b"\x00", b" ").split())
    if not visible and len(body) <= CHALLENGE_SCAN_BYTES:
        return "empty"
    if len(visible) > CHALLENGE_MAX_TEXT:
        return None
    low = head.lower()
    if any(m in low for m in _CHALLENGE_MARKERS) or _TITLE_CAPTCHA.search(head):
        return "challenge"
    return None


def failure_reason(exc: BaseException) -> str:
    """A short stats name for a download exception."""
    name = type(exc).__name__
    cause = exc.__cause__
    reasons = getattr(cause, "reasons", None) or []
    nested = " ".join(type(getattr(r, "value", r)).__name__ for r in reasons)
    if name in ("DownloadTimeoutError", "TimeoutError", "TCPTimedOutError", "UserTimeoutError"):
        return "timeout"
    if name == "ResponseDataLossError":
        return "reset" if "ConnectionLost" in nested and "ConnectionDone" not in nested else "truncated"
    if name in ("DownloadCancelledError", "CancelledError"):
        return "too_large"
    if name in ("CannotResolveHostError", "DNSLookupError"):
        return "dns"
    if name in ("DownloadConnectionRefusedError", "ConnectionRefusedError"):
        return "refused"
    if name in ("ConnectionLost", "ConnectionResetError", "ResponseFailed", "ResponseNeverReceived",
                "DownloadFailedError", "ConnectionDone", "ConnectionAborted"):
        return "reset"
    if name in ("ConnectError", "TCPConnectError", "NoRouteError"):
        return "connect"
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


# --------------------------------------------------------------------------------------------
# Shared bits
# --------------------------------------------------------------------------------------------

def _inc(stats: StatsCollector | None, key: str, count: int | float = 1) -> None:
    if stats is not None:
        stats.inc_value(f"{STATS_PREFIX}/{key}", count)


async def _sleep(seconds: float) -> None:
    """Wait without blocking the reactor: asyncio when its loop runs, else Twisted's deferLater."""
    if seconds <= 0:
        return
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        from twisted.internet import reactor
        from twisted.internet.task import deferLater

        await deferLater(reactor, seconds)  # type: ignore[arg-type]
        return
    await asyncio.sleep(seconds)


class _FailureLog:
    """Logs each failed URL once at WARNING (bounded memory)."""

    MAX_REMEMBERED = 100_000

    def __init__(self) -> None:
        self._seen: set[str] = set()

    def warn(self, url: str, reason: str, detail: str = "") -> None:
        if url in self._seen:
            return
        if len(self._seen) < self.MAX_REMEMBERED:
            self._seen.add(url)
        logger.warning("Failed %s: %s%s", url, reason, f" ({detail})" if detail else "")


def _report_failure(crawler: Crawler | None, url: str, reason: str, detail: str = "") -> None:
    stats = crawler.stats if crawler is not None else None
    _inc(stats, f"failures/{reason}")
    _inc(stats, "failures/count")
    log = getattr(crawler, "_anhp_failure_log", None) if crawler is not None else None
    if log is None:
        log = _FailureLog()
        if crawler is not None:
            crawler._anhp_failure_log = log  # type: ignore[attr-defined]
    log.warn(url, reason, detail)


# --------------------------------------------------------------------------------------------
# Middlewares
# --------------------------------------------------------------------------------------------

class SiteGuardMiddleware:
    """Only http(s) requests to site hosts; with ``ANHP_LOOPBACK_ONLY``, only loopback addresses."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        settings = crawler.settings
        hosts = [*SITE_HOSTS, *settings.getlist("ANHP_SITE_HOSTS")]  # the setting adds hosts
        self.base_hosts = frozenset(h.lower().rstrip(".") for h in hosts)
        self.loopback_only = settings.getbool("ANHP_LOOPBACK_ONLY", False)
        self._logged_hosts: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SiteGuardMiddleware:
        return cls(crawler)

    def allowed_hosts(self) -> frozenset[str]:
        spider = getattr(self.crawler, "spider", None)
        extra: set[str] = set()
        for attr in ("site_hosts",):
            value = getattr(spider, attr, None)
            if isinstance(value, str):
                value = [value]
            if isinstance(value, Iterable):
                extra.update(str(h).lower().rstrip(".") for h in value)
        site = getattr(spider, "site", None)
        if isinstance(site, str) and site:
            host = urlsplit(site if "//" in site else "//" + site).hostname
            if host:
                extra.add(host.lower())
        return self.base_hosts | extra

    def check(self, url: str, proxy: str | None = None) -> str | None:
        """Why ``url`` may not be requested (``"scheme"``, ``"offsite"``, ``"nonloopback"``), or None."""
        try:
            parts = urlsplit(url)
            host = (parts.hostname or "").lower().rstrip(".")
        except ValueError:
            return "scheme"
        if parts.scheme not in ("http", "https"):
            return "scheme"
        if not host or host not in self.allowed_hosts():
            return "offsite"
        spider = getattr(self.crawler, "spider", None)
        # a crawl of a site on loopback (a replica) never leaves the machine, whatever a page says
        if self.loopback_only or getattr(spider, "loopback_site", False):
            if not is_loopback_host(host):
                return "nonloopback"
            if proxy:
                proxy_host = urlsplit(proxy if "//" in proxy else "//" + proxy).hostname or ""
                if not is_loopback_host(proxy_host):
                    return "nonloopback"
        return None

    def process_request(self, request: Request) -> None:
        why = self.check(request.url, request.meta.get("proxy"))
        if why is None:
            return None
        stats = self.crawler.stats
        _inc(stats, f"blocked/{why}")
        if request.meta.get("redirect_urls"):
            _inc(stats, "blocked/redirect")
        host = urlsplit(request.url).hostname or request.url[:60]
        if host not in self._logged_hosts and len(self._logged_hosts) < 1000:
            self._logged_hosts.add(host)
            logger.info("Blocked %s request to %s%s", why, request.url,
                        " (redirect)" if request.meta.get("redirect_urls") else "")
        raise IgnoreRequest(f"anhp guard: {why} {request.url}")


class RedirectLoopMiddleware:
    """Ends a redirect chain that comes back to one of its own URLs or is longer than
    ``REDIRECT_MAX_TIMES``: counted as ``anhp/failures/redirect_loop``, the request dropped."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.max_times = crawler.settings.getint("REDIRECT_MAX_TIMES", 20)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RedirectLoopMiddleware:
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Response:
        if response.status not in (301, 302, 303, 307, 308) or b"Location" not in response.headers:
            return response
        if request.meta.get("dont_redirect") or request.meta.get("handle_httpstatus_all"):
            return response
        location = safe_url_string(response.headers[b"Location"] or b"")
        target = urljoin(request.url, location).split("#", 1)[0]
        chain = [u.split("#", 1)[0] for u in (*request.meta.get("redirect_urls", []), request.url)]
        too_long = len(chain) > self.max_times
        if target in chain or too_long:
            first = chain[0]
            _report_failure(self.crawler, first, "redirect_loop",
                            f"{len(chain)} redirects, back to {target}" if not too_long else
                            f"more than {self.max_times} redirects")
            raise IgnoreRequest(f"redirect loop from {first}")
        return response


class CompressionGuardMiddleware(HttpCompressionMiddleware):
    """Scrapy's decompression; a body that inflates past ``DOWNLOAD_MAXSIZE`` is a failure
    ``too_large`` (a gzip bomb) instead of an uncounted drop."""

    def __init__(self, stats: StatsCollector | None = None, *, crawler: Crawler | None = None) -> None:
        super().__init__(stats, crawler=crawler)
        self._anhp_crawler = crawler

    def process_response(self, request: Request, response: Response, spider: Any = None) -> Response:
        try:
            return super().process_response(request, response)  # type: ignore[return-value]
        except IgnoreRequest:
            if response.headers.getlist("Content-Encoding"):
                _report_failure(self._anhp_crawler, request.url, "too_large",
                                "decompressed body over DOWNLOAD_MAXSIZE")
            raise


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_LATIN_ALIASES = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "cp1252", "windows-1252",
                  "us-ascii", "ascii"}


def repaired_encoding(header_charset: str | None, body: bytes) -> str | None:
    """``"utf-8"`` when a page whose header says latin-1/cp1252/ascii is really UTF-8: its bytes
    decode strictly as UTF-8, hold non-ASCII, and no ``<meta charset>`` names another encoding."""
    if not header_charset or header_charset.strip().lower() not in _LATIN_ALIASES:
        return None
    if body.isascii():
        return None
    meta = _META_CHARSET.search(body[:4096])
    if meta and meta.group(1).decode("ascii", "replace").lower() not in ("utf-8", "utf8"):
        return None
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return "utf-8"


class CharsetRepairMiddleware:
    """Decodes as UTF-8 a page whose header wrongly says latin-1 (``anhp/charset/repaired``)."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CharsetRepairMiddleware:
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Response:
        if not isinstance(response, TextResponse):
            return response
        ctype = (response.headers.get(b"Content-Type") or b"").decode("latin-1")
        m = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", ctype, re.IGNORECASE)
        fixed = repaired_encoding(m.group(1) if m else None, response.body)
        if fixed is None:
            return response
        _inc(self.crawler.stats, "charset/repaired")
        return response.replace(encoding=fixed)


class ChallengeMiddleware:
    """An empty 200 or an anti-bot challenge page is not a page: retried a few times (after
    ``ANHP_CHALLENGE_RETRY_DELAY`` s), then counted and dropped."""

    SKIP_PATHS = re.compile(r"(robots\.txt|\.xml|\.xml\.gz|\.rss|\.atom|/feed/?)$", re.IGNORECASE)

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        settings = crawler.settings
        self.max_retries = settings.getint("ANHP_CHALLENGE_RETRY_TIMES", 2)
        self.delay = settings.getfloat("ANHP_CHALLENGE_RETRY_DELAY", 5.0)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ChallengeMiddleware:
        return cls(crawler)

    async def process_response(self, request: Request, response: Response) -> Request | Response:
        if response.status != 200 or request.meta.get("anhp_allow_empty"):
            return response
        if self.SKIP_PATHS.search(urlsplit(request.url).path):
            return response
        ctype = (response.headers.get(b"Content-Type") or b"").lower()
        if ctype and b"html" not in ctype and not ctype.startswith(b"text/"):
            return response
        kind = classify_page(response.body)
        if kind is None:
            return response
        tries = request.meta.get("anhp_challenge_retries", 0)
        stats = self.crawler.stats
        _inc(stats, f"pages/{kind}")
        if tries < self.max_retries:
            _inc(stats, f"retry/{kind}")
            await _sleep(self.delay * (tries + 1))
            retry = request.copy()
            retry.meta["anhp_challenge_retries"] = tries + 1
            retry.dont_filter = True
            return retry
        _report_failure(self.crawler, request.url, kind, f"after {tries} retries")
        raise IgnoreRequest(f"{kind} page: {request.url}")


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's retry, waiting before each retry: ``Retry-After`` for 429/503 (capped by
    ``ANHP_RETRY_AFTER_MAX``), else exponential backoff."""

    RETRY_AFTER_STATUSES = frozenset({429, 503})

    def __init__(self, settings: Any) -> None:
        super().__init__(settings)
        self.retry_after_max = settings.getfloat("ANHP_RETRY_AFTER_MAX", 60.0)
        self.backoff_base = settings.getfloat("ANHP_RETRY_BACKOFF_BASE", 1.0)
        self.backoff_max = settings.getfloat("ANHP_RETRY_BACKOFF_MAX", 30.0)

    def wait_for(self, request: Request, response: Response | None) -> float:
        """Seconds to wait before retrying ``request`` (already counted in its ``retry_times``)."""
        if response is not None and response.status in self.RETRY_AFTER_STATUSES:
            after = parse_retry_after(response.headers.get(b"Retry-After"))
            if after is not None:
                stats = self.crawler.stats
                _inc(stats, "retry/retry_after")
                if after > self.retry_after_max:
                    _inc(stats, "retry/retry_after_capped")
                return min(after, self.retry_after_max)
        return backoff_delay(request.meta.get("retry_times", 1), self.backoff_base, self.backoff_max)

    async def _wait(self, retry: Request, response: Response | None) -> None:
        delay = self.wait_for(retry, response)
        if delay > 0:
            self.crawler.stats.inc_value(f"{STATS_PREFIX}/retry/wait_seconds", round(delay, 3))
            await _sleep(delay)

    async def process_response(  # type: ignore[override]
        self, request: Request, response: Response, spider: Any = None
    ) -> Request | Response:
        result = super().process_response(request, response)
        if isinstance(result, Request):
            await self._wait(result, response)
        return result

    async def process_exception(  # type: ignore[override]
        self, request: Request, exception: Exception, spider: Any = None
    ) -> Request | Response | None:
        result = super().process_exception(request, exception)
        if isinstance(result, Request):
            await self._wait(result, None)
        return result


class FailureAccountingMiddleware:
    """Counts every final failure, after retries, by reason (``anhp/failures/<reason>``) and logs
    its URL once at WARNING. IgnoreRequest (a guard's or robots.txt's decision) is not a failure."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        allowed = crawler.settings.getlist("HTTPERROR_ALLOWED_CODES")
        self.allowed_codes = {int(c) for c in allowed}
        self.allow_all = crawler.settings.getbool("HTTPERROR_ALLOW_ALL")

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> FailureAccountingMiddleware:
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Response:
        status = response.status
        if status < 400 or self.allow_all or status in self.allowed_codes:
            return response
        meta = request.meta
        if status in meta.get("handle_httpstatus_list", ()) or meta.get("handle_httpstatus_all"):
            return response
        if status in getattr(getattr(self.crawler, "spider", None), "handle_httpstatus_list", ()):
            return response
        if urlsplit(request.url).path.endswith("robots.txt"):
            return response
        _report_failure(self.crawler, request.url, f"http_{status}",
                        f"after {request.meta.get('retry_times', 0)} retries")
        return response

    def process_exception(self, request: Request, exception: Exception) -> None:
        if isinstance(exception, IgnoreRequest):
            return None
        reason = failure_reason(exception)
        _report_failure(self.crawler, request.url, reason,
                        f"{type(exception).__name__} after {request.meta.get('retry_times', 0)} retries")
        return None

