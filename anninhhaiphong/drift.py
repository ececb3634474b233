"""Layout-drift alarm: a Scrapy extension that notices when the site's markup changed under the crawl.

`LayoutDriftMonitor` counts scraped items by ``metadata["extractor"]`` and by missing required fields.
At spider close, when the share of items made by the generic fallback extractor, or the share of
items missing a required field, is above ``ANHP_DRIFT_THRESHOLD`` (and at least
``ANHP_DRIFT_MIN_ITEMS`` items were scraped), it logs an ERROR naming the fields and up to 5 sample
URLs and sets the stat ``anhp/drift/alarm`` = 1 (the CLI exits 1 on it). With a baseline from earlier
runs (``ANHP_DRIFT_BASELINE_LAYOUT_SHARE``: the share of items the site's own layouts produced, kept
by `anninhhaiphong crawl` in the state store), a run whose layout share falls more than the threshold
below it raises the alarm too: the site was redesigned even if the generic layers still cope.
Items dropped as invalid (no headline or body) count as items missing those fields.

Settings: ``ANHP_DRIFT_ENABLED`` (True), ``ANHP_DRIFT_REQUIRED_FIELDS`` (headline, datePublished,
articleBody), ``ANHP_DRIFT_THRESHOLD`` (0.20), ``ANHP_DRIFT_MIN_ITEMS`` (5),
``ANHP_DRIFT_FALLBACK_EXTRACTORS`` (fallback), ``ANHP_DRIFT_BASELINE_LAYOUT_SHARE`` (None). Stats: ``anhp/drift/items``,
``anhp/drift/extractor/<name>``, ``anhp/drift/fallback_share``, ``anhp/drift/missing/<field>``,
``anhp/drift/missing_share/<field>``, ``anhp/drift/alarm``.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from itemadapter import ItemAdapter
from scrapy import signals
from scrapy.exceptions import NotConfigured

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)

DEFAULT_REQUIRED_FIELDS = ("headline", "datePublished", "articleBody")
SAMPLE_URLS = 5


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip()) or value in ([], {})


@dataclass
class DriftReport:
    """What the monitor concluded (pure data; `DriftCounter.report` builds it)."""

    items: int
    fallback_share: float
    missing: dict[str, int]
    missing_share: dict[str, float]
    alarm: bool
    reasons: list[str]
    samples: list[str]


@dataclass
class DriftCounter:
    """The counting, without Scrapy: feed it item dicts, ask it for a report."""

    required_fields: tuple[str, ...] = DEFAULT_REQUIRED_FIELDS
    threshold: float = 0.20
    min_items: int = 5
    fallback_names: frozenset[str] = frozenset({"fallback"})
    generic_names: frozenset[str] = frozenset({"meaning", "fallback", "text", "unknown"})
    baseline_layout_share: float | None = None
    items: int = 0
    extractors: Counter[str] = field(default_factory=Counter)
    missing: Counter[str] = field(default_factory=Counter)
    fallback_samples: list[str] = field(default_factory=list)
    missing_samples: dict[str, list[str]] = field(default_factory=dict)
    layout_miss_samples: list[str] = field(default_factory=list)

    def add(self, item: dict[str, Any]) -> None:
        self.items += 1
        meta = item.get("metadata") or {}
        extractor = str(meta.get("extractor") or "unknown") if isinstance(meta, dict) else "unknown"
        self.extractors[extractor] += 1
        url = str(item.get("url") or item.get("canonicalUrl") or "(no url)")
        if extractor in self.fallback_names and len(self.fallback_samples) < SAMPLE_URLS:
            self.fallback_samples.append(url)
        if extractor in self.generic_names and len(self.layout_miss_samples) < SAMPLE_URLS:
            self.layout_miss_samples.append(url)
        for name in self.required_fields:
            if _empty(item.get(name)):
                self.missing[name] += 1
                samples = self.missing_samples.setdefault(name, [])
                if len(samples) < SAMPLE_URLS:
                    samples.append(url)

    @property
    def layout_share(self) -> float:
        """Share of items produced by one of the site's own layouts."""
        layouts = sum(n for name, n in self.extractors.items() if name not in self.generic_names)
        return layouts / self.items if self.items else 0.0

    @property
    def fallback_count(self) -> int:
        return sum(n for name, n in self.extractors.items() if name in self.fallback_names)

    def report(self) -> DriftReport:
        n = self.items
        fallback_share = self.fallback_count / n if n else 0.0
        missing_share = {f: self.missing[f] / n for f in self.required_fields if n}
        reasons: list[str] = []
        samples: list[str] = []
        if n >= self.min_items:
            if fallback_share > self.threshold:
                reasons.append(f"{fallback_share:.0%} of items came from the fallback extractor")
                samples += self.fallback_samples
            baseline = self.baseline_layout_share
            if baseline is not None and baseline >= 0.5 and self.layout_share < baseline - self.threshold:
                reasons.append(f"the site's layouts matched {self.layout_share:.0%} of items, "
                               f"{baseline:.0%} in earlier runs")
                samples += self.layout_miss_samples
            for name in self.required_fields:
                share = missing_share.get(name, 0.0)
                if share > self.threshold:
                    reasons.append(f"{share:.0%} of items miss {name}")
                    samples += self.missing_samples.get(name, [])
        unique_samples = list(dict.fromkeys(samples))[:SAMPLE_URLS]
        return DriftReport(
            items=n,
            fallback_share=fallback_share,
            missing={f: self.missing[f] for f in self.required_fields},
            missing_share=missing_share,
            alarm=bool(reasons),
            reasons=reasons,
            samples=unique_samples,
        )


class LayoutDriftMonitor:
    """Scrapy extension (``EXTENSIONS = {"anninhhaiphong.drift.LayoutDriftMonitor": 500}``)."""

    def __init__(self, crawler: Crawler) -> None:
        settings = crawler.settings
        if not settings.getbool("ANHP_DRIFT_ENABLED", True):
            raise NotConfigured
        threshold = settings.getfloat("ANHP_DRIFT_THRESHOLD", 0.20)
        if not 0.0 <= threshold <= 1.0:
            raise ValueError(f"ANHP_DRIFT_THRESHOLD must be between 0 and 1, got {threshold}")
        self.crawler = crawler
        required = settings.getlist("ANHP_DRIFT_REQUIRED_FIELDS", list(DEFAULT_REQUIRED_FIELDS))
        self.counter = DriftCounter(
            required_fields=tuple(required),
            threshold=threshold,
            min_items=settings.getint("ANHP_DRIFT_MIN_ITEMS", 5),
            fallback_names=frozenset(settings.getlist("ANHP_DRIFT_FALLBACK_EXTRACTORS", ["fallback"])),
            baseline_layout_share=(settings.getfloat("ANHP_DRIFT_BASELINE_LAYOUT_SHARE")
                                   if settings.get("ANHP_DRIFT_BASELINE_LAYOUT_SHARE") not in (None, "") else None),
        )

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> LayoutDriftMonitor:
        ext = cls(crawler)
        crawler.signals.connect(ext.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(ext.item_dropped, signal=signals.item_dropped)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def item_scraped(self, item: Any, response: Any = None, spider: Any = None) -> None:
        try:
            data = ItemAdapter(item).asdict()
        except TypeError:
            return
        self.counter.add(data)
        name = str((data.get("metadata") or {}).get("extractor") or "unknown")
        self.crawler.stats.inc_value(f"anhp/drift/extractor/{name}")

    def item_dropped(self, item: Any, response: Any = None, exception: Any = None, spider: Any = None) -> None:
        """An item dropped as invalid (no headline or body, schema broken) is a sign of drift too."""
        if str(exception).startswith("invalid"):
            self.item_scraped(item)

    def spider_closed(self, spider: Any = None, reason: str | None = None) -> DriftReport:
        report = self.counter.report()
        stats = self.crawler.stats
        stats.set_value("anhp/drift/items", report.items)
        stats.set_value("anhp/drift/fallback_share", round(report.fallback_share, 4))
        stats.set_value("anhp/drift/layout_share", round(self.counter.layout_share, 4))
        for name, count in report.missing.items():
            stats.set_value(f"anhp/drift/missing/{name}", count)
            stats.set_value(f"anhp/drift/missing_share/{name}", round(report.missing_share.get(name, 0.0), 4))
        if report.alarm:
            stats.set_value("anhp/drift/alarm", 1)
            missing_fields = [f for f in self.counter.required_fields
                              if report.missing_share.get(f, 0.0) > self.counter.threshold]
            logger.error(
                "Layout drift: %s (threshold %.0f%%, %d items; fields: %s). Sample URLs: %s",
                "; ".join(report.reasons), self.counter.threshold * 100, report.items,
                ", ".join(missing_fields) or "none missing, fallback extractor",
                " ".join(report.samples) or "-",
            )
        return report
