"""What every fault crawl must show, as a test class the crawl test modules subclass (each provides a
module-scoped ``crawl`` fixture: a `CrawlResult` of one crawl against its own ``fault_server``)."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from faults.crawl import CRAWL_TIME_LIMIT, FAULT_SETTINGS, CrawlResult
from faults.server import (
    _TITLES,
    BAD_IDS,
    CP1258_ID,
    DUPLICATED_ID,
    GOOD_IDS,
    RETRY_429_ID,
    RETRY_503_ID,
    WRONG_CHARSET_ID,
    FaultServer,
    slug_path,
)

MAX_RSS_MB = 250  # the crawl refuses a 50 MB page and a 110 MB gzip bomb; far below what holding them costs


class FaultCrawlChecks:
    trap_pages_max = int(FAULT_SETTINGS["DEPTH_LIMIT"]) + 1  # what bounds the endless pagination
    def test_crawl_finished_in_time(self, crawl: CrawlResult) -> None:
        assert crawl.returncode == 0, crawl.log[-3000:]
        assert crawl.elapsed < CRAWL_TIME_LIMIT
        assert crawl.stat("finish_reason", "") == "finished"

    def test_each_good_article_exactly_once(self, crawl: CrawlResult) -> None:
        assert crawl.ids == Counter({i: 1 for i in GOOD_IDS}), crawl.log[-3000:]

    def test_no_faulty_page_became_an_article(self, crawl: CrawlResult) -> None:
        assert not set(crawl.ids) & set(BAD_IDS)

    def test_nothing_requested_off_site(self, crawl: CrawlResult, fault_server: FaultServer) -> None:
        assert crawl.stat("anhp/blocked/offsite") >= 1  # the off-site redirect, stopped by the guard
        assert crawl.stat("anhp/blocked/redirect") >= 1
        assert re.search(r"Blocked offsite request to http://evil\.example/", crawl.log)
        assert not re.search(r"(Crawled|Error downloading).*evil\.example", crawl.log)
        hosts = {r.host for r in fault_server.requests}
        assert hosts == {f"127.0.0.1:{fault_server.port}"}

    def test_failures_counted_by_reason(self, crawl: CrawlResult) -> None:
        for reason in ("timeout", "reset", "truncated", "redirect_loop", "challenge", "empty"):
            assert crawl.stat(f"anhp/failures/{reason}") == 1, (reason, crawl.stats)
        assert crawl.stat("anhp/failures/too_large") == 2  # the 50 MB page and the gzip bomb

    def test_each_failed_url_logged_once_at_warning(self, crawl: CrawlResult) -> None:
        for aid in ("90021", "90022", "90023", "90024", "90025", "90026", "90027", "90028"):
            lines = [ln for ln in crawl.log.splitlines()
                     if "WARNING: Failed " in ln and f"-d{aid}.html" in ln]
            assert len(lines) == 1, (aid, lines)

    def test_memory_bounded(self, crawl: CrawlResult) -> None:
        assert 0 < crawl.stat("anhp/test/maxrss_mb") < MAX_RSS_MB
        assert int(FAULT_SETTINGS["DOWNLOAD_MAXSIZE"]) < 50 * 1024 * 1024

    def test_retry_after_honoured(self, crawl: CrawlResult, fault_server: FaultServer) -> None:
        for aid, least in ((RETRY_503_ID, 0.95), (RETRY_429_ID, 1.5)):
            times = fault_server.times_for(slug_path(aid))
            assert len(times) == 2, (aid, times)
            assert times[1] - times[0] >= least, (aid, times)
        assert crawl.stat("anhp/retry/retry_after") == 2

    def test_pagination_trap_bounded(self, crawl: CrawlResult, fault_server: FaultServer) -> None:
        trap = [r.path for r in fault_server.requests if r.path.startswith("/trap")]
        assert 1 <= len(trap) <= self.trap_pages_max

    def test_one_request_for_an_article_linked_many_ways(self, fault_server: FaultServer,
                                                         crawl: CrawlResult) -> None:
        assert len(fault_server.paths_with_id(DUPLICATED_ID)) == 1

    def test_charsets_decoded(self, crawl: CrawlResult) -> None:
        by_id = {i.get("articleId"): i for i in crawl.items}
        for aid in (CP1258_ID, WRONG_CHARSET_ID):
            headline = unicodedata.normalize("NFC", by_id[aid].get("headline") or "")
            assert headline == _TITLES[aid]
        assert crawl.stat("anhp/charset/repaired") >= 1
