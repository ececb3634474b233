"""The crawl's memory between runs: an embedded SQLite state store (default ``data/state.sqlite3``).

What it remembers
-----------------
* ``articles``: one row per article ID that was *exported* (written to a completed output file):
  its content hash, ``datePublished``, URL, when it was first exported, last exported and last
  fetched. An incremental crawl asks `StateStore.should_fetch` before requesting an article page
  and `StateStore.classify` after extracting it (``new`` / ``updated`` / ``unchanged``).
* ``runs``: bookkeeping for resuming a killed crawl (see below).

Resume design (a crawl killed with SIGKILL and started again with the same command loses no
article and emits none twice; no Scrapy JOBDIR needed)
-------------------------------------------------------------------------------------------
1. The command line is hashed into a *run key* (`anninhhaiphong.resume.make_run_key`). At start,
   `StateStore.begin_run` returns the unfinished run with that key if there is one (``resumed``),
   else records a new one (phase ``running``).
2. The run writes items to ``<output>.part``, one complete JSON line at a time.
3. On a resumed run, `anninhhaiphong.resume.salvage_partial` keeps the complete lines of the
   previous ``.part`` (a torn last line is cut off) and returns their article IDs: the new run
   does not fetch those again, and appends its new items to the same ``.part``.
4. When the run ends (`anninhhaiphong.resume.ResumeSession.finalize`):
   a. the ``.part`` is flushed and fsync'ed;
   b. ONE transaction records every article in it (`record_exported`) and sets the run's phase to
      ``exported``;
   c. ``.part`` is renamed to the output name (atomic on POSIX);
   d. the run is marked finished (`finish_run`).
   A crash between b and c leaves an unfinished run whose ``.part`` still exists: the next run
   with the same key salvages it, skips its IDs, and finishes the job (b is idempotent). A crash
   between c and d leaves an unfinished run in phase ``exported`` with no ``.part``: its articles
   are already recorded and in the renamed file, so the next run just closes it and starts anew.
   A crash before b never marks anything as exported: the IDs are in no completed file, and the
   state still says "unknown", so they are fetched again (or salvaged from ``.part``).
5. `mark_fetched` only ever touches articles that are already exported, so a crash can never make
   an unexported article look done.

Why no JOBDIR: Scrapy's JOBDIR persists the scheduler queue and the dupefilter, so a resumed
crawl would skip requests it had *scheduled* but whose items were never written (lost articles),
and it does nothing for the output file. The ``.part`` file is the truth of what was emitted;
discovery is cheap (listing pages) and is simply redone.

All timestamps are stored as UTC epoch seconds (REAL); ``now`` arguments accept epoch seconds or
an aware/naive-UTC `datetime`. No Scrapy imports here.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

DEFAULT_STATE_PATH = Path("data/state.sqlite3")
SCHEMA_VERSION = 1

#: The contract fields that are the article's content. Not ``relatedArticles`` (on an old article
#: it lists *current* news, so it changes every day), not ``url``/``canonicalUrl`` (the same article
#: under another host or slug), not ``breadcrumbs`` (navigation), not ``datePublishedRaw`` (the
#: printed form of ``datePublished``), not ``mainImage`` (a thumbnail the site may re-render), not
#: ``metadata`` (download time, extractor layer).
CONTENT_FIELDS: tuple[str, ...] = (
    "headline", "description", "articleBody", "authors", "source",
    "datePublished", "dateModified", "tags", "images",
)

Classification = Literal["new", "updated", "unchanged"]
Now = float | datetime | None


class StateError(Exception):
    """The state file cannot be used (not a SQLite database, a newer schema, unreadable).

    The message is meant for a person: the CLI prints it and exits non-zero, no traceback.
    """


@dataclass(frozen=True)
class RunRecord:
    """One crawl run, as recorded for resuming."""

    run_id: int
    run_key: str
    output_path: str
    started_at: float
    phase: str                 # running | exported | finished
    finished_at: float | None = None
    resumed: bool = False      # True when begin_run returned an earlier unfinished run


def _epoch(now: Now) -> float:
    if now is None:
        return time.time()
    if isinstance(now, datetime):
        if now.tzinfo is None:
            now = now.replace(tzinfo=UTC)
        return now.timestamp()
    return float(now)


def _canonical(value: Any) -> Any:
    """A JSON-ready copy with empty values dropped and text NFC-normalised, so that ``[]``,
    ``None`` and absent, or composed and decomposed Vietnamese, hash the same."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, Mapping):
        out = {str(k): _canonical(v) for k, v in value.items()}
        return {k: v for k, v in out.items() if v not in (None, "", [], {})}
    if isinstance(value, list | tuple):
        items = [_canonical(v) for v in value]
        return [v for v in items if v not in (None, "", [], {})]
    return value


def content_hash(article: Mapping[str, Any] | Any) -> str:
    """A stable SHA-256 (hex) of the article's content fields (`CONTENT_FIELDS`).

    Accepts the contract dict (`article_to_dict`) or an `Article`. Key order, empty values and
    Unicode normalisation form do not change the hash; any change of text, author, date, tag or
    image does.
    """
    if not isinstance(article, Mapping):
        from anninhhaiphong.items import article_to_dict

        article = article_to_dict(article)
    picked = {k: _canonical(article.get(k)) for k in CONTENT_FIELDS}
    picked = {k: v for k, v in picked.items() if v not in (None, "", [], {})}
    blob = json.dumps(picked, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


_UPSERT = """
INSERT INTO articles (article_id, content_hash, date_published, url,
                      first_exported, last_exported, last_fetched, run_id)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (article_id) DO UPDATE SET
    content_hash=excluded.content_hash,
    date_published=COALESCE(excluded.date_published, articles.date_published),
    url=COALESCE(excluded.url, articles.url),
    last_exported=excluded.last_exported,
    last_fetched=excluded.last_fetched,
    run_id=excluded.run_id
"""


def _upsert_articles(
    c: sqlite3.Connection, rows: Iterable[tuple[str, str, str | None, str | None]], ts: float,
    run_id: int | None,
) -> int:
    n = 0
    for article_id, chash, date_published, url in rows:
        c.execute(_UPSERT, (str(article_id), chash, date_published, url, ts, ts, ts, run_id))
        n += 1
    return n


_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    article_id     TEXT PRIMARY KEY,
    content_hash   TEXT NOT NULL,
    date_published TEXT,
    url            TEXT,
    first_exported REAL NOT NULL,
    last_exported  REAL NOT NULL,
    last_fetched   REAL NOT NULL,
    run_id         INTEGER
);
CREATE TABLE IF NOT EXISTS runs (
    run_id      INTEGER PRIMARY KEY AUTOINCREMENT,
    run_key     TEXT NOT NULL,
    output_path TEXT NOT NULL,
    started_at  REAL NOT NULL,
    phase       TEXT NOT NULL DEFAULT 'running',
    finished_at REAL
);
CREATE INDEX IF NOT EXISTS runs_open ON runs (run_key) WHERE finished_at IS NULL;
CREATE TABLE IF NOT EXISTS gone (
    article_id TEXT PRIMARY KEY,
    status     INTEGER NOT NULL,
    last_seen  REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS run_extractors (
    recorded_at REAL NOT NULL,
    extractor   TEXT NOT NULL,
    items       INTEGER NOT NULL
);
"""
# extraction layers that are not one of the site's own layouts (for the layout-drift baseline)
GENERIC_EXTRACTORS = frozenset({"meaning", "fallback", "text", "unknown"})


class StateStore:
    """The SQLite state store. Open with `StateStore.open(path)`; use as a context manager."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self.path = path

    # -- opening ------------------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | os.PathLike[str] = DEFAULT_STATE_PATH) -> StateStore:
        """Open (creating it and its parent folders if needed) the state file at ``path``.

        Raises `StateError` with a readable message when the file is not a SQLite database or
        was written by a newer version of this project.
        """
        p = Path(path)
        try:
            p.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StateError(f"cannot create the folder of the state file {p}: {exc}") from exc
        try:
            conn = sqlite3.connect(p, isolation_level=None, timeout=30.0)
        except sqlite3.Error as exc:
            raise StateError(f"cannot open the state file {p}: {exc}") from exc
        store = cls(conn, p)
        try:
            store._setup()
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise StateError(
                f"the state file {p} is not a usable SQLite database ({exc}); move it away or "
                "point the crawl at another state file"
            ) from exc
        except StateError:
            conn.close()
            raise
        return store

    def _setup(self) -> None:
        c = self._conn
        c.execute("PRAGMA journal_mode=WAL").fetchone()
        c.execute("PRAGMA synchronous=FULL")   # a committed export survives power loss too
        c.execute("PRAGMA foreign_keys=ON")
        with self._transaction():
            tables = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if tables and "meta" not in tables:
                raise StateError(
                    f"the state file {self.path} is a SQLite database of something else (tables: "
                    f"{', '.join(sorted(tables))}); point the crawl at another state file"
                )
            for stmt in _SCHEMA.split(";"):
                if stmt.strip():
                    c.execute(stmt)
            row = c.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
            if row is None:
                c.execute(
                    "INSERT INTO meta (key, value) VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),)
                )
            elif int(row[0]) > SCHEMA_VERSION:
                raise StateError(
                    f"the state file {self.path} has schema version {row[0]}, newer than this "
                    f"version of anninhhaiphong understands ({SCHEMA_VERSION}); upgrade it"
                )

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> StateStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    class _Tx:
        def __init__(self, conn: sqlite3.Connection) -> None:
            self.conn = conn

        def __enter__(self) -> sqlite3.Connection:
            self.conn.execute("BEGIN IMMEDIATE")
            return self.conn

        def __exit__(self, exc_type: object, *rest: object) -> None:
            if exc_type is None:
                self.conn.execute("COMMIT")
            elif self.conn.in_transaction:      # SQLite may have rolled back already
                self.conn.execute("ROLLBACK")

    def _transaction(self) -> StateStore._Tx:
        return StateStore._Tx(self._conn)

    @property
    def schema_version(self) -> int:
        row = self._conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        return int(row[0])

    # -- articles -----------------------------------------------------------------------------
    def classify(self, article_id: str, content_hash: str) -> Classification:
        """``new`` (never exported), ``updated`` (exported with another content hash) or
        ``unchanged``."""
        row = self._conn.execute(
            "SELECT content_hash FROM articles WHERE article_id=?", (str(article_id),)
        ).fetchone()
        if row is None:
            return "new"
        return "unchanged" if row[0] == content_hash else "updated"

    def should_fetch(self, article_id: str, refresh_days: float | None, now: Now = None,
                     modified_at: float | None = None) -> bool:
        """Whether an incremental crawl should request this article.

        True for an article never exported; for a known one, True when the site says it was modified
        (``modified_at``, epoch seconds, e.g. a sitemap ``lastmod``) after its last fetch, or when
        ``refresh_days`` is set and its last fetch is at least that old (``None``: never by age).
        """
        row = self._conn.execute(
            "SELECT last_fetched FROM articles WHERE article_id=?", (str(article_id),)
        ).fetchone()
        if row is None:
            return True
        if modified_at is not None and modified_at > float(row[0]):
            return True
        if refresh_days is None:
            return False
        return _epoch(now) - float(row[0]) >= float(refresh_days) * 86400.0

    def mark_fetched(self, article_id: str, now: Now = None) -> bool:
        """Record that a *known* article was fetched again (e.g. found unchanged), so the refresh
        clock restarts. A no-op returning False for an article never exported: only
        `record_exported` makes an article known."""
        with self._transaction() as c:
            cur = c.execute(
                "UPDATE articles SET last_fetched=? WHERE article_id=?", (_epoch(now), str(article_id))
            )
            return cur.rowcount > 0

    def record_exported(
        self,
        rows: Iterable[tuple[str, str, str | None, str | None]],
        run_id: int | None,
        now: Now = None,
    ) -> int:
        """Record, in ONE transaction, articles written to a completed output file:
        ``(article_id, content_hash, date_published, url)`` rows. Idempotent; returns the count.
        Nothing is recorded if iterating ``rows`` raises."""
        ts = _epoch(now)
        with self._transaction() as c:
            n = _upsert_articles(c, rows, ts, run_id)
        return n

    def known_count(self) -> int:
        """How many articles were ever exported."""
        return int(self._conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])

    def known_ids(self) -> Iterator[str]:
        """Every exported article ID (for a spider that wants a set)."""
        for (aid,) in self._conn.execute("SELECT article_id FROM articles"):
            yield aid

    def article(self, article_id: str) -> dict[str, Any] | None:
        """The stored row of one article, as a dict (for tests and debugging)."""
        cur = self._conn.execute("SELECT * FROM articles WHERE article_id=?", (str(article_id),))
        row = cur.fetchone()
        if row is None:
            return None
        return dict(zip([d[0] for d in cur.description], row, strict=True))

    # -- articles the site says are gone (404/410): not asked for again every run -----------------
    def mark_gone(self, article_id: str, status: int, now: Now = None) -> None:
        with self._transaction() as c:
            c.execute("INSERT INTO gone (article_id, status, last_seen) VALUES (?, ?, ?) ON CONFLICT(article_id) "
                      "DO UPDATE SET status=excluded.status, last_seen=excluded.last_seen",
                      (str(article_id), int(status), _epoch(now)))

    def recently_gone(self, article_id: str, days: float, now: Now = None) -> bool:
        """True when the site answered 404/410 for this article less than ``days`` ago."""
        row = self._conn.execute("SELECT last_seen FROM gone WHERE article_id=?", (str(article_id),)).fetchone()
        return row is not None and _epoch(now) - float(row[0]) < days * 86400.0

    # -- extraction layers per run (layout-drift baseline) ----------------------------------------
    def record_extractors(self, counts: Mapping[str, int], now: Now = None) -> None:
        """Remember how many items of a finished run each extraction layer produced."""
        ts = _epoch(now)
        with self._transaction() as c:
            c.executemany("INSERT INTO run_extractors (recorded_at, extractor, items) VALUES (?, ?, ?)",
                          [(ts, str(name), int(n)) for name, n in counts.items() if int(n) > 0])

    def layout_share_baseline(self, runs: int = 5) -> float | None:
        """Share of items that the site's own layouts produced over the last ``runs`` recorded runs
        (None before any): a later run far below it means the site's markup changed."""
        stamps = [r[0] for r in self._conn.execute(
            "SELECT DISTINCT recorded_at FROM run_extractors ORDER BY recorded_at DESC LIMIT ?", (runs,))]
        if not stamps:
            return None
        rows = self._conn.execute(
            f"SELECT extractor, SUM(items) FROM run_extractors WHERE recorded_at IN "
            f"({','.join('?' * len(stamps))}) GROUP BY extractor", stamps).fetchall()
        total = sum(int(n) for _, n in rows)
        layouts = sum(int(n) for name, n in rows if name not in GENERIC_EXTRACTORS)
        return layouts / total if total else None

    # -- runs ---------------------------------------------------------------------------------
    def _run_from_row(self, row: tuple[Any, ...], resumed: bool = False) -> RunRecord:
        run_id, run_key, output_path, started_at, phase, finished_at = row
        return RunRecord(run_id, run_key, output_path, started_at, phase, finished_at, resumed)

    def open_run(self, run_key: str) -> RunRecord | None:
        """The latest unfinished run with this key, if any."""
        row = self._conn.execute(
            """SELECT run_id, run_key, output_path, started_at, phase, finished_at FROM runs
               WHERE run_key=? AND finished_at IS NULL ORDER BY run_id DESC LIMIT 1""",
            (run_key,),
        ).fetchone()
        return self._run_from_row(row, resumed=True) if row else None

    def begin_run(self, run_key: str, output_path: str | os.PathLike[str], now: Now = None) -> RunRecord:
        """Start a run: the unfinished run with the same key (``resumed=True``) if there is one,
        else a new run record in phase ``running``."""
        with self._transaction() as c:
            existing = self.open_run(run_key)
            if existing is not None:
                return existing
            ts = _epoch(now)
            cur = c.execute(
                "INSERT INTO runs (run_key, output_path, started_at, phase) VALUES (?, ?, ?, 'running')",
                (run_key, str(output_path), ts),
            )
            run_id = cur.lastrowid
            assert run_id is not None
            return RunRecord(run_id, run_key, str(output_path), ts, "running")

    def set_run_phase(self, run_key: str, phase: str) -> None:
        """Set the phase of the unfinished run with this key (``running`` / ``exported``)."""
        with self._transaction() as c:
            c.execute("UPDATE runs SET phase=? WHERE run_key=? AND finished_at IS NULL", (phase, run_key))

    def export_run(
        self,
        run_key: str,
        rows: Iterable[tuple[str, str, str | None, str | None]],
        now: Now = None,
    ) -> int:
        """`record_exported` for the unfinished run ``run_key`` and set its phase to
        ``exported``, all in one transaction. Returns the number of rows recorded."""
        run = self.open_run(run_key)
        if run is None:
            raise StateError(f"no unfinished run with key {run_key!r} to export")
        ts = _epoch(now)
        with self._transaction() as c:
            n = _upsert_articles(c, rows, ts, run.run_id)
            c.execute("UPDATE runs SET phase='exported' WHERE run_id=?", (run.run_id,))
        return n

    def finish_run(self, run_key: str, now: Now = None) -> bool:
        """Mark the unfinished run(s) with this key finished. False when there was none."""
        with self._transaction() as c:
            cur = c.execute(
                "UPDATE runs SET finished_at=?, phase='finished' WHERE run_key=? AND finished_at IS NULL",
                (_epoch(now), run_key),
            )
            return cur.rowcount > 0
