"""The protective middlewares end to end: a minimal link-following spider (crawl_runner.ProbeSpider)
crawls the fault server in a subprocess with the recommended middleware orders."""

from __future__ import annotations

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
