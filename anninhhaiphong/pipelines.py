"""Item pipelines (DESIGN.md stage 4): deduplicate, keep the date window, validate against the
contract's JSON Schema, classify against the state store (incremental runs), and emit at most
``max_articles``. Every drop is counted by reason (``anhp/dropped/<reason>``) and logged with its URL.
"""

from __future__ import annotations

import logging
from typing import Any

from scrapy.exceptions import DropItem
from scrapy.utils.defer import deferred_from_coro

from anninhhaiphong.items import Article, article_to_dict
from anninhhaiphong.params import in_window
from anninhhaiphong.schema import validation_errors

logger = logging.getLogger(__name__)


class _Pipeline:
    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Any) -> _Pipeline:
        return cls(crawler)

    @property
    def spider(self) -> Any:
        return self.crawler.spider

    def drop(self, item: Article, reason: str, detail: str = "", level: int = logging.DEBUG) -> DropItem:
        self.crawler.stats.inc_value(f"anhp/dropped/{reason}")
        logger.log(level, "Dropped %s (%s%s)", item.url, reason, f": {detail}" if detail else "")
        return DropItem(f"{reason}: {item.url}{' ' + detail if detail else ''}", log_level="DEBUG")


class DedupPipeline(_Pipeline):
    """One item per article ID per run, whatever URL reached it."""

    def __init__(self, crawler: Any) -> None:
        super().__init__(crawler)
        self.seen: set[str] = set()

    def process_item(self, item: Article) -> Article:
        key = item.articleId or item.canonicalUrl or item.url or ""
        if key in self.seen:
            raise self.drop(item, "duplicate")
        self.seen.add(key)
        return item


class DateWindowPipeline(_Pipeline):
    """Articles published outside ``since``/``until`` are not emitted."""

    def process_item(self, item: Article) -> Article:
        params = getattr(self.spider, "params", None)
        if params is not None and not in_window(item.datePublished, params.since, params.until):
            raise self.drop(item, "outside_dates", item.datePublished or "no date")
        return item


class ValidationPipeline(_Pipeline):
    """Items that break the JSON Schema, or have no headline or body, are dropped, never written half-valid."""

    def process_item(self, item: Article) -> Article:
        errors = validation_errors(article_to_dict(item))
        if not item.headline:
            errors.append("headline: missing")
        if not item.articleBody:
            errors.append("articleBody: missing")
        if errors:
            raise self.drop(item, "invalid", "; ".join(errors[:3]), level=logging.WARNING)
        return item


class IncrementalPipeline(_Pipeline):
    """With a state store: new and changed articles pass (``metadata.status``); unchanged ones are
    dropped unless ``ANHP_FULL``. Nothing is recorded here: the run records what it exported."""

    def process_item(self, item: Article) -> Article:
        state = getattr(self.spider, "state", None)
        if state is None or not item.articleId:
            return item
        from anninhhaiphong.state import content_hash

        status = state.classify(item.articleId, content_hash(article_to_dict(item)))
        self.crawler.stats.inc_value(f"anhp/articles/{status}")
        item.metadata["status"] = status
        if status == "unchanged" and not self.crawler.settings.getbool("ANHP_FULL"):
            state.mark_fetched(item.articleId)
            raise self.drop(item, "unchanged")
        return item


class MaxArticlesPipeline(_Pipeline):
    """Counts emitted items by extractor; with ``max_articles`` emits exactly that many and stops the crawl."""

    def __init__(self, crawler: Any) -> None:
        super().__init__(crawler)
        self.emitted = 0
        self.closing = False

    def process_item(self, item: Article) -> Article:
        params = getattr(self.spider, "params", None)
        limit = params.max_articles if params is not None else None
        if limit is not None and self.emitted >= limit:
            raise self.drop(item, "max_articles")
        self.emitted += 1
        self.crawler.stats.inc_value(f"anhp/extractor/{item.metadata.get('extractor', 'unknown')}")
        self.crawler.stats.inc_value("anhp/articles/emitted")
        if limit is not None and self.emitted >= limit and not self.closing:
            self.closing = True
            deferred_from_coro(self.crawler.engine.close_spider_async(reason="max_articles"))
        return item
