"""Unit tests of the layout-drift alarm (anninhhaiphong.drift): a test crawler and its stats, no network."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from scrapy import Spider, signals
from scrapy.exceptions import NotConfigured
from scrapy.utils.test import get_crawler

from anninhhaiphong.drift import DriftCounter, LayoutDriftMonitor
from anninhhaiphong.items import Article


def article(n: int, extractor: str = "layout_v1", **overrides: Any) -> Article:
    fields: dict[str, Any] = {
        "url": f"http://127.0.0.1:8000/tin-tuc/bai-{n}-d{n}.html",
        "articleId": str(n),
        "headline": f"Bài {n}",
        "datePublished": "2022-06-12T18:31:00+07:00",
        "articleBody": "Đoạn một.\nĐoạn hai.",
        "metadata": {"extractor": extractor},
    }
    fields.update(overrides)
    return Article(**fields)


def run_monitor(items: list[Any], settings: dict[str, Any] | None = None) -> tuple[Any, Any]:
    crawler = get_crawler(Spider, settings or {})
    ext = LayoutDriftMonitor.from_crawler(crawler)
    spider = Spider(name="t")
    for item in items:  # through the real signal, as the engine sends it
        crawler.signals.send_catch_log(signals.item_scraped, item=item, response=None, spider=spider)
    crawler.signals.send_catch_log(signals.spider_closed, spider=spider, reason="finished")
    return crawler.stats, ext


def test_healthy_crawl_raises_no_alarm(caplog: pytest.LogCaptureFixture) -> None:
    items = [article(n) for n in range(10)] + [article(99, "fallback")]
    with caplog.at_level(logging.ERROR):
        stats, _ = run_monitor(items)
    assert stats.get_value("anhp/drift/alarm") is None
    assert stats.get_value("anhp/drift/items") == 11
    assert stats.get_value("anhp/drift/fallback_share") == pytest.approx(1 / 11, abs=1e-3)
    assert stats.get_value("anhp/drift/extractor/layout_v1") == 10
    assert stats.get_value("anhp/drift/missing/headline") == 0
    assert "Layout drift" not in caplog.text


def test_fallback_share_over_threshold_alarms_with_sample_urls(caplog: pytest.LogCaptureFixture) -> None:
    items = [article(n) for n in range(6)] + [article(100 + n, "fallback") for n in range(8)]
    with caplog.at_level(logging.ERROR):
        stats, _ = run_monitor(items)
    assert stats.get_value("anhp/drift/alarm") == 1
    assert stats.get_value("anhp/drift/fallback_share") == pytest.approx(8 / 14, abs=1e-3)
    errors = [r for r in caplog.records if r.levelno == logging.ERROR and r.name == "anninhhaiphong.drift"]
    assert len(errors) == 1
    msg = errors[0].getMessage()
    assert "fallback" in msg
    assert msg.count("http://127.0.0.1:8000/") == 5  # at most 5 sample URLs
    assert "bai-100-d100.html" in msg


def test_missing_required_field_alarms_naming_the_field(caplog: pytest.LogCaptureFixture) -> None:
    items = [article(n) for n in range(7)] + [article(200 + n, datePublished=None) for n in range(3)]
    with caplog.at_level(logging.ERROR):
        stats, _ = run_monitor(items)
    assert stats.get_value("anhp/drift/alarm") == 1
    assert stats.get_value("anhp/drift/missing/datePublished") == 3
    assert stats.get_value("anhp/drift/missing/articleBody") == 0
    msg = [r for r in caplog.records if r.name == "anninhhaiphong.drift"][-1].getMessage()
    assert "datePublished" in msg and "bai-200-d200.html" in msg
    assert "headline" not in msg.split("fields:")[1].split(")")[0]


def test_below_min_items_never_alarms() -> None:
    stats, _ = run_monitor([article(1, "fallback"), article(2, headline="")])
    assert stats.get_value("anhp/drift/alarm") is None
    assert stats.get_value("anhp/drift/missing/headline") == 1


def test_exactly_at_threshold_does_not_alarm() -> None:
    items = [article(n) for n in range(8)] + [article(50 + n, "fallback") for n in range(2)]  # 20 %
    stats, _ = run_monitor(items)
    assert stats.get_value("anhp/drift/alarm") is None


def test_settings_change_fields_threshold_and_min_items() -> None:
    items = [article(n, description=None) for n in range(3)]
    stats, _ = run_monitor(items, {"ANHP_DRIFT_REQUIRED_FIELDS": ["description"], "ANHP_DRIFT_THRESHOLD": 0.5,
                                   "ANHP_DRIFT_MIN_ITEMS": 3})
    assert stats.get_value("anhp/drift/alarm") == 1
    assert stats.get_value("anhp/drift/missing/description") == 3


def test_plain_dict_items_and_missing_metadata_count() -> None:
    items: list[Any] = [{"url": f"http://127.0.0.1/x-d{n}.html", "headline": "h", "datePublished": "d",
                         "articleBody": "b"} for n in range(5)]
    stats, ext = run_monitor(items)
    assert stats.get_value("anhp/drift/extractor/unknown") == 5
    assert stats.get_value("anhp/drift/alarm") is None


def test_bad_threshold_and_disabled() -> None:
    with pytest.raises(ValueError):
        LayoutDriftMonitor.from_crawler(get_crawler(Spider, {"ANHP_DRIFT_THRESHOLD": 1.5}))
    with pytest.raises(NotConfigured):
        LayoutDriftMonitor.from_crawler(get_crawler(Spider, {"ANHP_DRIFT_ENABLED": False}))


def test_drift_counter_is_pure() -> None:
    c = DriftCounter(threshold=0.1, min_items=1)
    c.add({"url": "u", "headline": " ", "metadata": {"extractor": "fallback"}})
    report = c.report()
    assert report.alarm and report.fallback_share == 1.0
    assert report.missing == {"headline": 1, "datePublished": 1, "articleBody": 1}
    assert report.samples == ["u"]
