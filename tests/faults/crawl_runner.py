"""Runs one crawl in this process and writes its items and stats to files (the crawl tests start it
as a subprocess, so each crawl gets a fresh Twisted reactor).

    python tests/faults/crawl_runner.py --spider articles --site http://127.0.0.1:PORT \
        --out out.jsonl --stats stats.json [-s NAME=VALUE ...]

``--spider articles`` is the project's spider with the project settings (``get_project_settings()``)
plus the ``-s`` overrides; ``--spider probe`` is `ProbeSpider` below, a minimal link follower used to
test the protective middlewares end to end whatever state the project's spider is in. The stats file
is the crawl's final stats as JSON plus ``anhp/test/maxrss_mb`` (this process's peak memory).
"""

from __future__ import annotations

import argparse
import json
import logging
import resource
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit, urlunsplit

import scrapy
from scrapy.core.downloader.handlers.base import BaseDownloadHandler
from scrapy.crawler import CrawlerProcess
from scrapy.http import Request, Response, TextResponse

from anninhhaiphong.settings import DOWNLOADER_MIDDLEWARES
from anninhhaiphong.urls import SITE_HOSTS, article_id

ROOT = Path(__file__).resolve().parents[2]


class ProbeSpider(scrapy.Spider):
    """Follows every link from ``site``, site hosts rewritten onto the site's host (as the project's
    spider does for a loopback replica), one request per article ID; an item per article page."""

    name = "probe"

    def __init__(self, site: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.site = site.rstrip("/")
        self.site_parts = urlsplit(self.site)
        self.site_hosts = {self.site_parts.hostname or ""}
        self.seen_ids: set[str] = set()

    async def start(self) -> Any:
        yield scrapy.Request(self.site + "/", callback=self.parse)

    def rewrite(self, url: str) -> str:
        parts = urlsplit(url)
        if (parts.hostname or "") in SITE_HOSTS:
            return urlunsplit((self.site_parts.scheme, self.site_parts.netloc, parts.path, parts.query, ""))
        return url

    def parse(self, response: Response) -> Iterator[Any]:
        if not isinstance(response, TextResponse):
            return
        aid = article_id(response.url)
        if aid is not None:
            yield {
                "url": response.url,
                "articleId": aid,
                "headline": (response.css("h1::text").get() or "").strip() or None,
                "articleBody": "\n".join(t.strip() for t in response.css("p::text").getall() if t.strip()),
                "metadata": {"extractor": "probe"},
            }
        for href in response.css("a::attr(href)").getall():
            url = self.rewrite(urljoin(response.url, href).split("#", 1)[0])
            link_id = article_id(url)
            if link_id is not None:
                if link_id in self.seen_ids:
                    continue
                self.seen_ids.add(link_id)
            yield scrapy.Request(url, callback=self.parse)


class RefusingDownloadHandler(BaseDownloadHandler):
    """A download handler that never connects anywhere: installed for http/https by tests that prove
    the guards stop requests before any download (a call is logged and counted, and fails)."""

    async def download_request(self, request: Request) -> Response:
        logging.getLogger(__name__).error("RefusingDownloadHandler reached for %s", request.url)
        if self.crawler.stats:
            self.crawler.stats.inc_value("anhp/test/handler_reached")
        raise ConnectionRefusedError(f"test handler refuses {request.url}")


def parse_overrides(pairs: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for pair in pairs:
        name, _, value = pair.partition("=")
        out[name] = value
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--spider", default="articles")
    ap.add_argument("--site", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--stats", required=True)
    ap.add_argument("-s", dest="settings", action="append", default=[])
    ap.add_argument("--with-middlewares", action="store_true",
                    help="merge anninhhaiphong.settings.DOWNLOADER_MIDDLEWARES into the project's")
    args = ap.parse_args(argv)

    overrides: dict[str, Any] = {
        "FEEDS": {args.out: {"format": "jsonlines", "encoding": "utf-8", "overwrite": True}},
        **parse_overrides(args.settings),
    }
    if args.spider == "probe":
        settings: dict[str, Any] = {
            "DOWNLOADER_MIDDLEWARES": DOWNLOADER_MIDDLEWARES,
            "EXTENSIONS": {"anninhhaiphong.drift.LayoutDriftMonitor": 500},
            "ROBOTSTXT_OBEY": True,
            "TELNETCONSOLE_ENABLED": False,
            **overrides,
        }
        process = CrawlerProcess(settings)
        crawler = process.create_crawler(ProbeSpider)
    else:
        from scrapy.utils.project import get_project_settings

        project = get_project_settings()
        project.setdict(overrides, priority="cmdline")
        if args.with_middlewares:
            merged = {**project.getdict("DOWNLOADER_MIDDLEWARES"), **DOWNLOADER_MIDDLEWARES}
            project.set("DOWNLOADER_MIDDLEWARES", merged, priority="cmdline")
        process = CrawlerProcess(project)
        crawler = process.create_crawler(args.spider)
    process.crawl(crawler, site=args.site)
    process.start()
    stats = dict(crawler.stats.get_stats()) if crawler.stats else {}
    if "start_time" not in stats:  # the crawl never started (an import error, a bad setting)
        print("crawl_runner: the crawl did not start", file=sys.stderr)
        return 3
    stats["anhp/test/maxrss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    Path(args.stats).write_text(json.dumps(stats, default=str, indent=1, sort_keys=True), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
