"""Progress while a crawl runs and a summary when it ends (Scrapy extension `RunStats`).

* While running: a live one-line progress display on stderr when stderr is a terminal (pages,
  articles, dropped, errors, rates; redrawn every second with ``\\r``), otherwise an INFO log line
  every ``ANHP_PROGRESS_INTERVAL`` seconds (default 60).
* When the crawl ends (``engine_stopped``, after every ``spider_closed`` handler): `summarize`
  turns the crawl stats into a summary (articles new / updated / unchanged, drops by reason,
  responses by status, items by extractor layer, failures, drift alarm, start / end / duration,
  a suggested exit status), written as JSON to ``ANHP_SUMMARY_PATH`` (no file when unset) and
  printed as a short aligned table on stderr.

Settings (all optional):

* ``ANHP_PROGRESS``: ``auto`` (default: live line on a TTY, log lines otherwise), ``tty``,
  ``log`` or ``off``.
* ``ANHP_PROGRESS_INTERVAL``: seconds between log lines when not on a TTY (default 60).
* ``ANHP_SUMMARY_PATH``: where to write the JSON summary (parent folders are created).
* ``ANHP_SUMMARY_TABLE``: print the table on stderr at the end (default True).

Stats keys read (written by the pipelines, middlewares and drift detector):
``anhp/articles/new|updated|unchanged``, ``anhp/dropped/<reason>``, ``anhp/extractor/<name>``,
``anhp/failures/<kind>``, ``anhp/drift/alarm`` (and other ``anhp/drift/*``), plus Scrapy's own
``item_scraped_count``, ``item_dropped_count``, ``item_dropped_reasons_count/<Exception>``,
``response_received_count``, ``downloader/response_status_count/<status>``,
``log_count/ERROR``, ``start_time``, ``finish_time``, ``finish_reason``. The extension sets
``anhp/exit_status`` for the CLI. `summarize` and `format_table` are pure (plain dicts in).
"""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from scrapy import Spider
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)

#: finish reasons of a run that ended as configured (not a crash, a kill or an error limit)
OK_FINISH_REASONS = frozenset(
    {"finished", "max_articles", "closespider_itemcount", "closespider_pagecount", "closespider_timeout"}
)


# -- pure part ------------------------------------------------------------------------------------
def _int(stats: Mapping[str, Any], key: str) -> int:
    value = stats.get(key, 0)
    try:
        return int(value or 0)
    except (TypeError, ValueError):
        return 0


def _prefixed(stats: Mapping[str, Any], prefix: str) -> dict[str, Any]:
    out = {k[len(prefix):]: v for k, v in stats.items() if k.startswith(prefix) and len(k) > len(prefix)}
    return dict(sorted(out.items()))


def _time(value: Any) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    if isinstance(value, int | float):
        return datetime.fromtimestamp(value, tz=UTC)
    if isinstance(value, str):
        try:
            return _time(datetime.fromisoformat(value.replace("Z", "+00:00")))
        except ValueError:
            return None
    return None


def _iso(value: datetime | None) -> str | None:
    if value is None:
        return None
    return value.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _truthy(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() not in ("", "0", "false", "no", "none")
    return bool(value)


def summarize(stats: Mapping[str, Any]) -> dict[str, Any]:
    """The run summary of a crawl's stats (a plain dict of Scrapy stats keys)."""
    start, end = _time(stats.get("start_time")), _time(stats.get("finish_time"))
    duration = stats.get("elapsed_time_seconds")
    if duration is None and start and end:
        duration = (end - start).total_seconds()
    reason = stats.get("finish_reason")
    pages = _int(stats, "response_received_count")
    articles = {
        "scraped": _int(stats, "item_scraped_count"),
        "new": _int(stats, "anhp/articles/new"),
        "updated": _int(stats, "anhp/articles/updated"),
        "unchanged": _int(stats, "anhp/articles/unchanged"),
    }
    failures = _prefixed(stats, "anhp/failures/")
    failures_total = failures.pop("count", sum(v for v in failures.values() if isinstance(v, int | float)))
    drift = _prefixed(stats, "anhp/drift/")
    drift_alarm = _truthy(drift.pop("alarm", False))
    errors = _int(stats, "log_count/ERROR")

    reasons: list[str] = []
    if reason is not None and reason not in OK_FINISH_REASONS:
        reasons.append(f"the crawl ended with {reason!r}")
    # Failed pages (broken links, timeouts) are counted and reported, but do not fail a run: a site
    # always has some. A run fails when it ended abnormally, saw no page, raised the drift alarm, or
    # emitted nothing while the site listed articles it had not seen.
    fetched = _int(stats, "anhp/articles/fetched")
    emitted = _int(stats, "anhp/articles/emitted")
    judged = emitted + _int(stats, "anhp/articles/unchanged") + _int(stats, "anhp/dropped/outside_dates")
    if fetched and not judged:
        reasons.append(f"no article emitted although {fetched} unseen article page(s) were fetched")
    # a callback that raised lost its page: a bug, not a site fault (download errors are failures, above)
    exceptions = sum(int(v) for k, v in stats.items() if k.startswith("spider_exceptions/")
                     and k.count("/") == 1 and isinstance(v, int | float))
    if exceptions:
        reasons.append(f"{exceptions} page(s) raised an error in the spider")
    if drift_alarm:
        reasons.append("drift alarm: the site's pages no longer look as expected")
    if reason is not None and pages == 0:
        reasons.append("no page was received")

    return {
        "start": _iso(start),
        "end": _iso(end),
        "durationSeconds": round(float(duration), 3) if duration is not None else None,
        "finishReason": reason,
        "pages": pages,
        "requests": _int(stats, "downloader/request_count"),
        "articles": articles,
        "dropped": {
            "total": _int(stats, "item_dropped_count"),
            "byReason": _prefixed(stats, "anhp/dropped/"),
            "byException": _prefixed(stats, "item_dropped_reasons_count/"),
        },
        "responses": _prefixed(stats, "downloader/response_status_count/"),
        "extractors": _prefixed(stats, "anhp/extractor/"),
        "failures": failures,
        "failuresTotal": failures_total,
        "errors": errors,
        "driftAlarm": drift_alarm,
        "drift": drift,
        "exitStatus": 1 if reasons else 0,
        "exitReasons": reasons,
    }


def _counts(mapping: Mapping[str, Any]) -> str:
    return ", ".join(f"{k}: {v}" for k, v in mapping.items()) or "-"


def format_table(summary: Mapping[str, Any]) -> str:
    """A short aligned table of a `summarize` result, for a person reading stderr."""
    a = summary.get("articles", {})
    d = summary.get("dropped", {})
    duration = summary.get("durationSeconds")
    ended = summary.get("end") or "-"
    when = f"{ended} ({summary.get('finishReason') or '?'})"
    if duration is not None:
        when += f", {duration:.1f} s"
    dropped_detail = {**d.get("byReason", {})} or d.get("byException", {})
    drift = "ALARM" if summary.get("driftAlarm") else "no"
    status = str(summary.get("exitStatus", "?"))
    if summary.get("exitReasons"):
        status += " (" + "; ".join(summary["exitReasons"]) + ")"
    rows = [
        ("run", when),
        ("pages", f"{summary.get('pages', 0)}  [{_counts(summary.get('responses', {}))}]"),
        ("articles", f"{a.get('scraped', 0)}  [new {a.get('new', 0)}, updated {a.get('updated', 0)}, "
                     f"unchanged {a.get('unchanged', 0)}]"),
        ("dropped", f"{d.get('total', 0)}  [{_counts(dropped_detail)}]"),
        ("extractors", _counts(summary.get("extractors", {}))),
        ("failures", _counts(summary.get("failures", {}))),
        ("errors", str(summary.get("errors", 0))),
        ("drift", drift),
        ("exit status", status),
    ]
    width = max(len(k) for k, _ in rows)
    return "Run summary\n" + "\n".join(f"  {k.ljust(width)}  {v}" for k, v in rows) + "\n"


def progress_line(stats: Mapping[str, Any], elapsed: float) -> str:
    """One progress line: elapsed time, pages and articles with rates per minute, drops, errors."""
    pages = _int(stats, "response_received_count")
    items = _int(stats, "item_scraped_count")
    minutes = max(elapsed, 1e-9) / 60.0
    h, rem = divmod(int(elapsed), 3600)
    m, s = divmod(rem, 60)
    return (
        f"anhp {h}:{m:02d}:{s:02d} | pages {pages} ({pages / minutes:.0f}/min) | "
        f"articles {items} ({items / minutes:.0f}/min) | dropped {_int(stats, 'item_dropped_count')} | "
        f"errors {_int(stats, 'log_count/ERROR')}"
    )


def write_json_atomic(path: str | os.PathLike[str], data: Any) -> Path:
    """Write ``data`` as pretty UTF-8 JSON to ``path`` through a temporary file and a rename."""
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    tmp = p.with_name(f".{p.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    os.replace(tmp, p)
    return p


# -- the Scrapy extension -----------------------------------------------------------------------
class RunStats:
    """Progress display and run summary. Enable with
    ``EXTENSIONS = {"anninhhaiphong.runstats.RunStats": 500}``."""

    def __init__(
        self,
        crawler: Crawler,
        *,
        mode: str = "auto",
        interval: float = 60.0,
        summary_path: str | None = None,
        table: bool = True,
        stream: TextIO | None = None,
    ) -> None:
        if mode not in ("auto", "tty", "log", "off"):
            raise ValueError(f"ANHP_PROGRESS must be auto, tty, log or off, not {mode!r}")
        if interval <= 0:
            raise ValueError(f"ANHP_PROGRESS_INTERVAL must be more than zero, not {interval!r}")
        self.crawler = crawler
        self.stream: TextIO = stream if stream is not None else sys.stderr
        if mode == "auto":
            isatty = getattr(self.stream, "isatty", None)
            mode = "tty" if isatty is not None and isatty() else "log"
        self.mode = mode
        self.interval = 1.0 if mode == "tty" else float(interval)
        self.summary_path = summary_path or None
        self.table = table
        self.summary: dict[str, Any] | None = None
        self._t0 = time.monotonic()
        self._task: Any = None
        self._drawn = False
        self._reason: str | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RunStats:
        from scrapy import signals

        s = crawler.settings
        ext = cls(
            crawler,
            mode=str(s.get("ANHP_PROGRESS", "auto")).lower(),
            interval=s.getfloat("ANHP_PROGRESS_INTERVAL", 60.0),
            summary_path=s.get("ANHP_SUMMARY_PATH") or None,
            table=s.getbool("ANHP_SUMMARY_TABLE", True),
        )
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        # the summary waits for engine_stopped: every spider_closed handler (the drift monitor's
        # alarm, the pipelines' last counts) and CoreStats' finish_time are in the stats by then
        crawler.signals.connect(ext.engine_stopped, signal=signals.engine_stopped)
        return ext

    def _stats(self) -> dict[str, Any]:
        stats = self.crawler.stats
        return dict(stats.get_stats()) if stats is not None else {}

    def spider_opened(self, spider: Spider) -> None:
        self._t0 = time.monotonic()
        if self.mode == "off":
            return
        from scrapy.utils.asyncio import create_looping_call

        self._task = create_looping_call(self.tick)
        self._task.start(self.interval, now=False)

    def tick(self) -> None:
        """Show progress once (the timer calls this)."""
        line = progress_line(self._stats(), time.monotonic() - self._t0)
        if self.mode == "tty":
            self.stream.write("\r" + line + "\x1b[K")
            self.stream.flush()
            self._drawn = True
        elif self.mode == "log":
            logger.info(line)

    def spider_closed(self, spider: Spider, reason: str) -> None:
        """Stop the progress display and remember why the spider closed."""
        if self._task is not None and self._task.running:
            self._task.stop()
        if self._drawn:
            self.stream.write("\n")
            self.stream.flush()
            self._drawn = False
        self._reason = reason

    def engine_stopped(self) -> None:
        """Write the summary (once), now that every component has put its counts in the stats."""
        if self.summary is not None:
            return
        stats = self._stats()
        stats.setdefault("finish_reason", self._reason)
        stats.setdefault("finish_time", datetime.now(UTC))
        self.summary = summary = summarize(stats)
        if self.crawler.stats is not None:
            self.crawler.stats.set_value("anhp/exit_status", summary["exitStatus"])
        if self.summary_path:
            try:
                write_json_atomic(self.summary_path, summary)
            except OSError as exc:
                logger.error("cannot write the run summary to %s: %s", self.summary_path, exc)
        if self.table:
            self.stream.write(format_table(summary))
            self.stream.flush()
