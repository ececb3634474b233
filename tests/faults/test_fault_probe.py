"""The protective middlewares end to end: a minimal link-following spider (crawl_runner.ProbeSpider)
crawls the fault server in a subprocess with the recommended middleware orders."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from faults.checks import FaultCrawlChecks
from faults.crawl import CrawlResult, run_crawl
from faults.server import FaultServer


@pytest.fixture(scope="module")
def crawl(fault_server: FaultServer, tmp_path_factory: pytest.TempPathFactory) -> CrawlResult:
    workdir: Path = tmp_path_factory.mktemp("probe_crawl")
    return run_crawl(fault_server, workdir, spider="probe")


class TestProbeCrawl(FaultCrawlChecks):
    def test_drift_alarm_raised_for_items_missing_dates(self, crawl: CrawlResult) -> None:
        # the probe extracts no dates: the drift monitor must say so
        assert crawl.stat("anhp/drift/alarm") == 1
        assert crawl.stat("anhp/drift/missing/datePublished") == crawl.stat("anhp/drift/items") > 0
        assert "Layout drift" in crawl.log and "datePublished" in crawl.log


def test_loopback_only_stops_a_non_loopback_site_before_any_download(tmp_path: Path) -> None:
    """With ANHP_LOOPBACK_ONLY, a crawl pointed at the real site's name sends nothing: the guard refuses
    the start page before robots.txt is asked and before the downloader (whose handler here never
    connects anyway)."""
    refusing = "crawl_runner.RefusingDownloadHandler"
    handlers = json.dumps({"http": refusing, "https": refusing})
    result = run_crawl("http://anhp.vn", tmp_path, spider="probe", settings={"DOWNLOAD_HANDLERS": handlers})
    assert result.returncode == 0, result.log[-2000:]
    assert result.stat("anhp/blocked/nonloopback") >= 1  # the home page (robots.txt is never even asked)
    assert result.stat("anhp/test/handler_reached") == 0
    assert result.stat("downloader/request_count") == 0
    assert "RefusingDownloadHandler reached" not in result.log
