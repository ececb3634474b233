"""Spider ``articles``: discovers every article of the site and fetches each once.

Sources (each recorded as ``metadata.discovery`` and counted under ``anhp/discovery/<source>``):
robots.txt ``Sitemap:`` lines (sitemaps and sitemap indexes; ``/sitemap.xml`` when robots names none),
RSS/Atom feeds that pages advertise, the home page and in-site links followed ``ANHP_NAV_DEPTH``
navigation pages deep, and explicit URLs (``-a urls=FILE``).

An article is a ``-d<ID>.html`` URL on a site host. Site hosts are anhp.vn, www/beta/media.anhp.vn
and the ``site`` host; every site URL is fetched on the ``site`` base (so a replica on 127.0.0.1 never
sends a request to the real site), article URLs without query or fragment, one request per ID.
The spider only routes requests; pages become articles in `anninhhaiphong.extraction`.
"""

from __future__ import annotations

import logging
import re
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import scrapy
from scrapy.http import Request, Response, TextResponse
from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import Sitemap

from anninhhaiphong.cleaning.dates import LOCAL_TZ
from anninhhaiphong.extraction import extract_article
from anninhhaiphong.params import CrawlParams
from anninhhaiphong.urls import SITE_HOSTS, article_id, host_of, is_loopback_host

logger = logging.getLogger(__name__)

SKIP_EXTENSIONS = (
    ".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".bmp", ".ico", ".pdf", ".doc", ".docx", ".xls", ".xlsx",
    ".zip", ".rar", ".mp3", ".mp4", ".avi", ".mov", ".css", ".js", ".woff", ".woff2", ".ttf",
)
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json", "application/xml", "text/xml")
PRIORITY_ARTICLE = 10
PRIORITY_FEED = 5
PRIORITY_NAV = 0


TRACKING_PARAMS = re.compile(r"^(?:utm_[a-z]+|fbclid|gclid|zarsrc|_ga|ref|source)$", re.IGNORECASE)


def _without_tracking(query: str) -> str:
    """A query string without tracking parameters (``utm_*``, ``fbclid``, …), order kept."""
    if not query:
        return query
    kept = [(k, v) for k, v in parse_qsl(query, keep_blank_values=True) if not TRACKING_PARAMS.match(k)]
    return urlencode(kept)


_PAGE_PARAM = re.compile(r"^(?:page|p|trang|pg|paged|start|offset)$", re.IGNORECASE)
_PAGE_PATH = re.compile(r"(?:/(?:page|trang|p)[/-]?\d+|[/-](?:page|trang|p)?\d{1,5})(?:\.html?)?/?$", re.IGNORECASE)


def is_pagination_link(page_url: str, link_url: str) -> bool:
    """True when ``link_url`` is another page of the listing at ``page_url`` (``?page=3``, ``/trang-3``)."""
    a, b = urlsplit(page_url), urlsplit(link_url)
    if a.netloc != b.netloc and host_of(page_url) != host_of(link_url):
        return False
    if a.path == b.path or (b.path in ("", "/") and a.path in ("", "/")):
        keys_a = {k for k, _ in parse_qsl(a.query) if not _PAGE_PARAM.match(k)}
        keys_b = {k for k, _ in parse_qsl(b.query)}
        return any(_PAGE_PARAM.match(k) for k in keys_b) and {k for k in keys_b if not _PAGE_PARAM.match(k)} == keys_a
    stem_a, stem_b = _PAGE_PATH.sub("", a.path.rstrip("/")), _PAGE_PATH.sub("", b.path.rstrip("/"))
    return bool(_PAGE_PATH.search(b.path)) and stem_a == stem_b and article_id(link_url) is None


def _parse_lastmod(value: str | None) -> datetime | None:
    """A sitemap ``lastmod`` (W3C datetime; a date alone is local midnight) as an aware datetime."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=LOCAL_TZ)


class ArticlesSpider(scrapy.Spider):
    name = "articles"

    def __init__(self, site: str | None = None, since: str | None = None, until: str | None = None,
                 max_articles: str | None = None, urls: str | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.params = CrawlParams.parse(site=site, since=since, until=until, max_articles=max_articles, urls=urls)
        parts = urlsplit(self.params.site)
        self.site_base = self.params.site
        self.site_host = (parts.hostname or "").lower()
        self.site_hosts = frozenset(SITE_HOSTS | {self.site_host})
        self.loopback_site = is_loopback_host(self.site_host)  # SiteGuardMiddleware then refuses any other host
        self.requested_ids: set[str] = set()
        self.skipped_known: set[str] = set()
        self.seen_urls: set[str] = set()
        self.nav_pages = 0
        self.state: Any = None

    # --- set-up -------------------------------------------------------------------------------

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> ArticlesSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        spider.nav_depth = settings.getint("ANHP_NAV_DEPTH", 4)
        spider.max_nav_pages = settings.getint("ANHP_MAX_NAV_PAGES", 2000)
        spider.skip_ids = {str(i) for i in settings.getlist("ANHP_SKIP_IDS")}
        spider.refresh_days = settings.getfloat("ANHP_REFRESH_DAYS") if settings.get("ANHP_REFRESH_DAYS") else None
        spider.full = settings.getbool("ANHP_FULL")
        spider.gone_days = settings.getfloat("ANHP_GONE_DAYS", 7.0)
        spider.site_hosts = spider.site_hosts | {h.lower() for h in settings.getlist("ANHP_SITE_HOSTS")}
        state_path = settings.get("ANHP_STATE_PATH")
        if state_path:
            from anninhhaiphong.state import StateStore

            spider.state = StateStore.open(state_path)
        return spider

    def closed(self, reason: str) -> None:
        if self.state is not None:
            self.state.close()

    async def start(self) -> AsyncIterator[Request]:
        yield Request(self.site_base + "/robots.txt", callback=self.parse_robots, errback=self.robots_failed,
                      priority=PRIORITY_FEED, dont_filter=True, meta={"dont_obey_robotstxt": True})
        yield self._nav_request(self.site_base + "/", depth=0, source="home")
        if self.params.urls_file is not None:
            for line in self.params.urls_file.read_text(encoding="utf-8", errors="replace").splitlines():
                url = line.strip()
                if not url or url.startswith("#"):
                    continue
                request = self._route(url, depth=0, source="urls")
                if request is None:
                    self._count("anhp/urls/rejected")
                    logger.warning("--urls: %r is not a URL on the site; skipped", url)
                else:
                    yield request

    # --- routing ------------------------------------------------------------------------------

    def _count(self, key: str, n: int = 1) -> None:
        if self.crawler.stats is not None:
            self.crawler.stats.inc_value(key, n)

    def on_site(self, url: str) -> str | None:
        """``url`` moved onto the site base when it is an http(s) URL on a site host, else None."""
        try:
            parts = urlsplit(url)
        except ValueError:
            return None
        if parts.scheme not in ("http", "https") or host_of(url) not in self.site_hosts:
            return None
        base = urlsplit(self.site_base)
        query = _without_tracking(parts.query)
        return urlunsplit((base.scheme, base.netloc, parts.path or "/", query, ""))

    def _route(self, url: str, *, depth: int, source: str, modified: datetime | None = None) -> Request | None:
        """The request for a discovered URL, or None when it is off the site, known, or not to be followed.

        ``modified``: when the source (a sitemap ``lastmod``) says the page last changed."""
        url = self.on_site(url)
        if url is None:
            return None
        aid = article_id(url)
        if aid is not None:
            return self._article_request(url, aid, source, modified)
        if depth > self.nav_depth:
            return None
        return self._nav_request(url, depth=depth, source=source)

    def _article_request(self, url: str, aid: str, source: str, modified: datetime | None = None) -> Request | None:
        if aid in self.requested_ids:
            return None
        if aid in self.skip_ids:
            # already written by the interrupted run being resumed: fetched again only for its links,
            # since articles reachable only through it would otherwise be lost
            self.requested_ids.add(aid)
            self._count("anhp/articles/skipped_resumed")
            return Request(self._without_query(url), callback=self.parse_article, errback=self.article_failed,
                       priority=PRIORITY_ARTICLE,
                           meta={"anhp_source": source, "anhp_links_only": True})
        if self.state is not None and self.state.recently_gone(aid, self.gone_days):
            self._count("anhp/articles/skipped_gone")
            return None
        if self.state is not None and not self.full:
            stamp = modified.timestamp() if modified is not None else None
            if not self.state.should_fetch(aid, self.refresh_days, modified_at=stamp):
                # not marked as requested: a later source (a sitemap lastmod) may still say it changed
                if aid not in self.skipped_known:
                    self.skipped_known.add(aid)
                    self._count("anhp/articles/skipped_known")
                return None
        self.requested_ids.add(aid)
        self._count(f"anhp/discovery/{source}")
        self._count("anhp/articles/requested")
        return Request(self._without_query(url), callback=self.parse_article, errback=self.article_failed,
                       priority=PRIORITY_ARTICLE,
                       meta={"anhp_source": source, "anhp_depth": 0})

    @staticmethod
    def _without_query(url: str) -> str:
        parts = urlsplit(url)
        return urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))

    def _nav_request(self, url: str, *, depth: int, source: str) -> Request | None:
        path = urlsplit(url).path.lower()
        if path.endswith(SKIP_EXTENSIONS) or url in self.seen_urls:
            return None
        if self.nav_pages >= self.max_nav_pages:
            self._count("anhp/nav/limit_reached")
            return None
        self.seen_urls.add(url)
        self.nav_pages += 1
        return Request(url, callback=self.parse_page, priority=PRIORITY_NAV - depth,
                       meta={"anhp_source": source, "anhp_depth": depth})

    def _feed_request(self, url: str, source: str) -> Request | None:
        url = self.on_site(url)
        if url is None or url in self.seen_urls:
            return None
        self.seen_urls.add(url)
        return Request(url, callback=self.parse_feed, priority=PRIORITY_FEED, meta={"anhp_source": source})

    def _sitemap_request(self, url: str) -> Request | None:
        url = self.on_site(url)
        if url is None or url in self.seen_urls:
            return None
        self.seen_urls.add(url)
        return Request(url, callback=self.parse_sitemap, priority=PRIORITY_FEED, meta={"anhp_source": "sitemap"})

    # --- robots.txt, sitemaps, feeds ------------------------------------------------------------

    def parse_robots(self, response: Response) -> Iterator[Request]:
        sitemaps = []
        if response.status == 200:
            for line in response.text.splitlines() if isinstance(response, TextResponse) else []:
                key, _, value = line.partition(":")
                if key.strip().lower() == "sitemap" and value.strip():
                    sitemaps.append(urljoin(response.url, value.strip()))
        if not sitemaps:
            sitemaps = [self.site_base + "/sitemap.xml"]
        for url in sitemaps:
            request = self._sitemap_request(url)
            if request is not None:
                yield request

    def robots_failed(self, failure: Any) -> Iterator[Request]:
        request = self._sitemap_request(self.site_base + "/sitemap.xml")
        if request is not None:
            yield request

    def parse_sitemap(self, response: Response) -> Iterator[Request]:
        body = self._sitemap_body(response)
        if body is None:
            return
        try:
            sitemap = Sitemap(body)
        except Exception:  # noqa: BLE001 - a broken sitemap is counted, not fatal
            self._count("anhp/failures/bad_sitemap")
            logger.warning("Unreadable sitemap %s", response.url)
            return
        if sitemap.type == "sitemapindex":
            for entry in sitemap:
                request = self._sitemap_request(entry.get("loc", ""))
                if request is not None:
                    yield request
            return
        for entry in sitemap:
            loc = entry.get("loc", "")
            lastmod = _parse_lastmod(entry.get("lastmod"))
            if lastmod is not None and self.params.since is not None and lastmod < self.params.since:
                self._count("anhp/sitemap/filtered_lastmod")
                continue
            request = self._route(loc, depth=self.nav_depth, source="sitemap", modified=lastmod)
            if request is not None:
                yield request

    def _sitemap_body(self, response: Response) -> bytes | None:
        if response.status != 200 or not response.body:
            return None
        body = response.body
        if body[:2] == b"\x1f\x8b":
            try:
                body = gunzip(body, max_size=self.crawler.settings.getint("DOWNLOAD_MAXSIZE"))
            except Exception:  # noqa: BLE001 - a bad or oversized archive is counted
                self._count("anhp/failures/bad_sitemap")
                return None
        return body

    def parse_feed(self, response: Response) -> Iterator[Request]:
        if not isinstance(response, TextResponse) and not response.body.lstrip().startswith(b"<"):
            return
        selector = scrapy.Selector(text=response.body.decode("utf-8", "replace"), type="xml")
        selector.remove_namespaces()
        links = selector.xpath("//item/link/text() | //entry/link[not(@rel) or @rel='alternate']/@href").getall()
        for link in links:
            request = self._route(urljoin(response.url, link.strip()), depth=self.nav_depth, source="feed")
            if request is not None:
                yield request

    # --- pages ----------------------------------------------------------------------------------

    def _links(self, response: TextResponse) -> Iterator[str]:
        for href in response.xpath("//a/@href").getall():
            href = href.strip()
            if href and not href.startswith(("#", "mailto:", "javascript:", "tel:", "data:")):
                try:
                    yield urljoin(response.url, href)
                except ValueError:
                    continue

    def _follow(self, response: TextResponse, depth: int) -> Iterator[Request]:
        for href in response.xpath("//link[@rel='alternate']"):
            kind = (href.attrib.get("type") or "").lower()
            if kind in FEED_TYPES and href.attrib.get("href"):
                request = self._feed_request(urljoin(response.url, href.attrib["href"]), "feed")
                if request is not None:
                    yield request
        source = response.meta.get("anhp_source", "links")
        new_articles = 0
        pagination: list[str] = []
        for url in self._links(response):
            if is_pagination_link(response.url, url):
                pagination.append(url)
                continue
            request = self._route(url, depth=depth + 1, source=source)
            if request is not None:
                new_articles += request.callback == self.parse_article
                yield request
        # the next page of a listing that still lists unseen articles is followed whatever the depth
        # (an archive can be deep); a listing of nothing new (a trap, or known ground) costs depth
        next_depth = depth if new_articles else depth + 1
        for url in pagination:
            request = self._route(url, depth=next_depth, source=source)
            if request is not None:
                yield request

    def parse_page(self, response: Response) -> Iterator[Request]:
        head = response.body[:512].lstrip().lower()
        if head.startswith((b"<?xml", b"<rss", b"<feed", b"<urlset", b"<sitemapindex")) or \
                response.body[:2] == b"\x1f\x8b":
            # a feed or sitemap linked as a page (<a href="/rss">): read it as what it is
            if b"<urlset" in head or b"<sitemapindex" in head or response.body[:2] == b"\x1f\x8b":
                yield from self.parse_sitemap(response)
            else:
                yield from self.parse_feed(response)
            return
        if not isinstance(response, TextResponse):
            return
        self._count("anhp/pages/navigation")
        yield from self._follow(response, response.meta.get("anhp_depth", 0))

    def article_failed(self, failure: Any) -> None:
        """A 404/410 for an article: remembered (``ANHP_GONE_DAYS``) so later runs do not ask again."""
        response = getattr(failure.value, "response", None)
        aid = article_id(failure.request.url)
        if self.state is not None and aid and response is not None and response.status in (404, 410):
            self.state.mark_gone(aid, response.status)
            self._count("anhp/articles/gone")

    def parse_article(self, response: Response) -> Iterator[Any]:
        if not isinstance(response, TextResponse):
            self._count("anhp/dropped/not_html")
            return
        if article_id(response.url) is None:
            # redirected away from an article: a navigation page now
            yield from self.parse_page(response)
            return
        if response.meta.get("anhp_links_only"):
            yield from self._follow(response, self.nav_depth - 1)
            return
        self._count("anhp/articles/fetched")
        article = extract_article(response.body, response.url, encoding=response.encoding)
        article.metadata["dateDownloaded"] = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        article.metadata["discovery"] = response.meta.get("anhp_source", "links")
        yield article
        yield from self._follow(response, self.nav_depth - 1)
