"""Progress and run summary (anninhhaiphong.runstats): pure functions with plain dicts, the
extension with a fake crawler, and one real Scrapy crawl of ``data:`` URIs (no network)."""

from __future__ import annotations

import io
import json
import logging
import os
import subprocess
import sys
import textwrap
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from anninhhaiphong.runstats import RunStats, format_table, progress_line, summarize

ROOT = Path(__file__).resolve().parents[1]

STATS: dict[str, Any] = {
    "start_time": datetime(2026, 1, 1, 0, 0, 0, tzinfo=UTC),
    "finish_time": datetime(2026, 1, 1, 0, 2, 3, tzinfo=UTC),
    "elapsed_time_seconds": 123.0,
    "finish_reason": "finished",
    "response_received_count": 120,
    "downloader/request_count": 125,
    "downloader/response_status_count/200": 110,
    "downloader/response_status_count/404": 10,
    "item_scraped_count": 40,
    "item_dropped_count": 3,
    "item_dropped_reasons_count/DropItem": 3,
    "anhp/dropped/invalid": 1,
    "anhp/dropped/duplicate": 2,
    "anhp/articles/new": 30,
    "anhp/articles/updated": 6,
    "anhp/articles/unchanged": 4,
    "anhp/extractor/layout_2024": 35,
    "anhp/extractor/fallback": 5,
    "log_count/INFO": 50,
}


def test_summarize_collects_every_group() -> None:
    s = summarize(STATS)
    assert s["start"] == "2026-01-01T00:00:00Z" and s["end"] == "2026-01-01T00:02:03Z"
    assert s["durationSeconds"] == 123.0 and s["finishReason"] == "finished"
    assert s["pages"] == 120 and s["requests"] == 125
    assert s["articles"] == {"scraped": 40, "new": 30, "updated": 6, "unchanged": 4}
    assert s["dropped"] == {"total": 3, "byReason": {"duplicate": 2, "invalid": 1},
                            "byException": {"DropItem": 3}}
    assert s["responses"] == {"200": 110, "404": 10}
    assert s["extractors"] == {"fallback": 5, "layout_2024": 35}
    assert s["failures"] == {} and s["errors"] == 0 and s["driftAlarm"] is False
    assert s["exitStatus"] == 0 and s["exitReasons"] == []
    json.dumps(s)                                          # JSON-ready


@pytest.mark.parametrize(
    ("extra", "reason_part"),
    [
        ({"anhp/articles/fetched": 3, "anhp/articles/emitted": 0, "anhp/articles/new": 0,
          "anhp/articles/updated": 0, "anhp/articles/unchanged": 0}, "no article emitted"),
        ({"spider_exceptions/ValueError": 4}, "4 page(s) raised"),
        ({"anhp/drift/alarm": 1, "anhp/drift/fallback_share": 0.8}, "drift alarm"),
        ({"finish_reason": "shutdown"}, "'shutdown'"),
        ({"response_received_count": 0}, "no page"),
    ],
)
def test_summarize_exit_status_says_why(extra: dict[str, Any], reason_part: str) -> None:
    s = summarize({**STATS, **extra})
    assert s["exitStatus"] == 1
    assert any(reason_part in r for r in s["exitReasons"]), s["exitReasons"]


def test_failed_pages_are_reported_but_do_not_fail_the_run() -> None:
    s = summarize({**STATS, "anhp/failures/http_404": 4})
    assert s["exitStatus"] == 0 and s["failures"] == {"http_404": 4}


def test_summarize_drift_details_and_limits_are_ok() -> None:
    s = summarize({**STATS, "anhp/drift/alarm": True, "anhp/drift/fallback_share": 0.8})
    assert s["driftAlarm"] is True and s["drift"] == {"fallback_share": 0.8}
    assert summarize({**STATS, "anhp/drift/alarm": "false"})["driftAlarm"] is False
    assert summarize({**STATS, "finish_reason": "closespider_itemcount"})["exitStatus"] == 0


def test_summarize_empty_and_string_times() -> None:
    s = summarize({})
    assert s["start"] is None and s["durationSeconds"] is None and s["pages"] == 0
    assert s["exitStatus"] == 0          # no finish reason yet: nothing to judge
    s = summarize({"start_time": "2026-01-01T00:00:00Z", "finish_time": "2026-01-01T00:00:10+00:00"})
    assert s["durationSeconds"] == 10.0


def test_format_table_is_aligned_and_complete() -> None:
    text = format_table(summarize({**STATS, "anhp/failures/http": 2}))
    lines = text.splitlines()
    assert lines[0] == "Run summary"
    col = 2 + len("exit status") + 2                  # the longest label sets the value column
    assert all(line[col - 2:col] == "  " and line[col] != " " for line in lines[1:]), text
    assert "new 30, updated 6, unchanged 4" in text
    assert "200: 110, 404: 10" in text and "duplicate: 2, invalid: 1" in text
    assert "layout_2024: 35" in text and "http: 2" in text
    assert "exit status  0" in text


def test_progress_line_rates() -> None:
    stats = {"response_received_count": 120, "item_scraped_count": 30, "log_count/ERROR": 2}
    line = progress_line(stats, 120.0)
    assert line == "anhp 0:02:00 | pages 120 (60/min) | articles 30 (15/min) | dropped 0 | errors 2"


class _Stats:
    def __init__(self, d: dict[str, Any]) -> None:
        self.d = d

    def get_stats(self) -> dict[str, Any]:
        return self.d

    def set_value(self, k: str, v: Any) -> None:
        self.d[k] = v


class _Crawler:
    def __init__(self, d: dict[str, Any]) -> None:
        self.stats = _Stats(d)


class _TTY(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_extension_on_a_tty_draws_a_live_line_and_writes_the_summary(tmp_path: Path) -> None:
    stats = {k: v for k, v in STATS.items() if k not in ("finish_time", "finish_reason")}
    out = _TTY()
    path = tmp_path / "sub" / "summary.json"
    ext = RunStats(_Crawler(stats), summary_path=str(path), stream=out)  # type: ignore[arg-type]
    assert ext.mode == "tty" and ext.interval == 1.0
    ext.tick()
    ext.tick()
    assert out.getvalue().count("\ranhp 0:00:0") == 2 and "\x1b[K" in out.getvalue()
    ext.spider_closed(None, "finished")  # type: ignore[arg-type]
    assert "Run summary" not in out.getvalue()         # waits for engine_stopped
    ext.engine_stopped()
    ext.engine_stopped()                               # once only
    text = out.getvalue()
    assert text.count("Run summary") == 1
    assert "\nRun summary\n" in text                   # the live line is ended before the table
    data = json.loads(path.read_text())
    assert data["articles"]["new"] == 30 and data["finishReason"] == "finished" and data["end"]
    assert stats["anhp/exit_status"] == 0


def test_extension_off_a_tty_logs(caplog: pytest.LogCaptureFixture) -> None:
    out = io.StringIO()
    ext = RunStats(_Crawler(dict(STATS)), interval=5, stream=out, table=False)  # type: ignore[arg-type]
    assert ext.mode == "log" and ext.interval == 5
    caplog.set_level(logging.INFO, logger="anninhhaiphong.runstats")
    ext.tick()
    assert any("pages 120" in r.getMessage() for r in caplog.records)
    ext.spider_closed(None, "finished")  # type: ignore[arg-type]
    ext.engine_stopped()
    assert ext.summary is not None and ext.summary["exitStatus"] == 0
    assert out.getvalue() == ""                        # no table, no summary file
    with pytest.raises(ValueError, match="ANHP_PROGRESS"):
        RunStats(_Crawler({}), mode="sometimes")  # type: ignore[arg-type]


_CRAWL = textwrap.dedent(
    """
    import sys
    import scrapy
    from scrapy import signals
    from scrapy.crawler import CrawlerProcess
    from scrapy.exceptions import DropItem

    class Drop:
        def process_item(self, item):
            if item["n"] == "c":
                raise DropItem("too short")
            return item

    class S(scrapy.Spider):
        name = "t"
        start_urls = ["data:text/plain,a", "data:text/plain,b", "data:text/plain,c"]

        def parse(self, response):
            self.crawler.stats.inc_value("anhp/articles/new")
            self.crawler.stats.inc_value("anhp/extractor/layout_test")
            yield {"n": response.text}

    class LateAlarm:
        @classmethod
        def from_crawler(cls, crawler):
            ext = cls()
            ext.stats = crawler.stats
            crawler.signals.connect(ext.closed, signal=signals.spider_closed)
            return ext

        def closed(self, spider, reason):
            self.stats.set_value("anhp/drift/alarm", 1)

    p = CrawlerProcess({
        "EXTENSIONS": {"anninhhaiphong.runstats.RunStats": 100, "__main__.LateAlarm": 900},
        "ITEM_PIPELINES": {"__main__.Drop": 100},
        "ANHP_SUMMARY_PATH": sys.argv[1], "ANHP_PROGRESS": "log", "ANHP_PROGRESS_INTERVAL": 0.1,
        "DOWNLOAD_DELAY": 0.2, "RANDOMIZE_DOWNLOAD_DELAY": False, "CONCURRENT_REQUESTS": 1,
        "ROBOTSTXT_OBEY": False, "TELNETCONSOLE_ENABLED": False, "LOG_LEVEL": "INFO",
    })
    p.crawl(S)
    p.start()
    """
)


def test_real_crawl_writes_summary_and_table(tmp_path: Path) -> None:
    script = tmp_path / "crawl.py"
    script.write_text(_CRAWL)
    summary_path = tmp_path / "summary.json"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, str(script), str(summary_path)], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    s = json.loads(summary_path.read_text())
    assert s["pages"] == 3 and s["articles"]["scraped"] == 2 and s["articles"]["new"] == 3
    assert s["dropped"]["total"] == 1 and s["dropped"]["byException"] == {"DropItem": 1}
    assert s["responses"] == {"200": 3} and s["extractors"] == {"layout_test": 3}
    assert s["finishReason"] == "finished"
    # the alarm set by an extension closing after RunStats is in the summary
    assert s["driftAlarm"] is True and s["exitStatus"] == 1
    assert s["start"] and s["end"] and s["durationSeconds"] > 0.3
    assert "Run summary" in done.stderr and "exit status  1 (drift alarm" in done.stderr
    assert "anhp 0:00:0" in done.stderr                 # at least one periodic progress line
