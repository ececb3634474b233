"""Scrapy feed plumbing for the contract: a JSON Lines exporter for Article items and a file storage
that writes ``FILE.part`` and renames it to ``FILE`` when the feed closes (a reader never sees half a line).
"""

from __future__ import annotations

from pathlib import Path
from typing import IO, Any

from itemadapter import ItemAdapter
from scrapy.exporters import BaseItemExporter
from scrapy.extensions.feedexport import FileFeedStorage

from anninhhaiphong.items import Article
from anninhhaiphong.jsonlines import commit_part, dumps, part_path


class ArticleJsonLinesExporter(BaseItemExporter):
    """One contract JSON object a line (empty fields omitted, keys in the contract's order)."""

    def __init__(self, file: IO[bytes], **kwargs: Any) -> None:
        super().__init__(dont_fail=True, **kwargs)
        self.file = file

    def export_item(self, item: Any) -> None:
        data = item if isinstance(item, Article) else ItemAdapter(item).asdict()
        self.file.write(dumps(data).encode("utf-8"))


class AtomicFileFeedStorage(FileFeedStorage):
    """Local file feed written under ``NAME.part`` and moved onto ``NAME`` when the feed is stored.

    Feed option ``anhp_resume``: keep the lines of a ``.part`` left by an interrupted run (already
    salvaged to whole lines) and add to them, instead of starting the ``.part`` afresh."""

    def __init__(self, uri: str, *, feed_options: dict[str, Any] | None = None) -> None:
        super().__init__(uri, feed_options=feed_options)
        self._resume = bool((feed_options or {}).get("anhp_resume", False))

    def open(self, spider: Any) -> IO[bytes]:
        final = Path(self.path)
        final.parent.mkdir(parents=True, exist_ok=True)
        self._final = final
        self._part = part_path(final)
        self._append = self.write_mode == "ab"
        return open(self._part, "ab" if self._resume else "wb")

    def store(self, file: IO[bytes]) -> None:
        file.flush()
        file.close()
        commit_part(self._part, self._final, append=self._append)
