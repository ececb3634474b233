"""Resuming a killed crawl from its ``<output>.part`` file (the design is in `anninhhaiphong.state`).

* `make_run_key(argv)`: the same command gives the same key.
* `salvage_partial(path)`: keep the complete JSON lines of a ``.part`` left by a killed run,
  cut a torn last line, return the article IDs already written.
* `ResumeSession`: one run's life: ``start`` (resume or begin), ``skip_ids`` (do not fetch these,
  they are already in the ``.part``), ``record`` (state update in one transaction), ``finalize``
  (record, atomic rename, run finished).

No Scrapy imports.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from anninhhaiphong.jsonlines import part_path
from anninhhaiphong.state import Now, RunRecord, StateStore, content_hash


def make_run_key(argv: Sequence[str], extra: dict[str, Any] | None = None) -> str:
    """A short stable key for a command line (plus optional settings that change what it does)."""
    blob = json.dumps({"argv": list(argv), "extra": extra or {}}, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:32]


def _fsync(fd: int) -> None:
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover - some filesystems refuse fsync on some handles
        pass


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:  # pragma: no cover
        return
    try:
        _fsync(fd)
    finally:
        os.close(fd)


def _parse_line(line: bytes) -> dict[str, Any] | None:
    try:
        obj = json.loads(line)
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None
    return obj if isinstance(obj, dict) else None


def salvage_partial(path: str | os.PathLike[str]) -> set[str]:
    """Make a ``.part`` left by a killed run safe to append to, and return the IDs it holds.

    Complete lines (ending in ``\\n``) that parse as JSON objects are kept; a torn last line is
    cut off (the file is truncated to the end of its last complete line). A complete line that is
    not valid JSON (should not happen with line-by-line writes) is dropped and the file rewritten
    atomically. A missing file gives an empty set. The returned set holds the ``articleId`` of
    every kept line that has one.
    """
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        return set()
    end = data.rfind(b"\n") + 1          # 0 when there is no complete line at all
    complete = data[:end]
    ids: set[str] = set()
    kept: list[bytes] = []
    bad = 0
    for line in complete.splitlines(keepends=True):
        if not line.strip():
            bad += 1
            continue
        obj = _parse_line(line)
        if obj is None:
            bad += 1
            continue
        kept.append(line)
        if obj.get("articleId") is not None:
            ids.add(str(obj["articleId"]))
    if bad:
        tmp = p.with_name(p.name + ".salvage")
        with open(tmp, "wb") as fh:
            fh.writelines(kept)
            fh.flush()
            _fsync(fh.fileno())
        os.replace(tmp, p)
        _fsync_dir(p.parent)
    elif end != len(data):
        with open(p, "r+b") as fh:
            fh.truncate(end)
            fh.flush()
            _fsync(fh.fileno())
    return ids


def iter_part_rows(path: str | os.PathLike[str]) -> Iterator[tuple[str, str, str | None, str | None]]:
    """``(article_id, content_hash, date_published, url)`` for each complete line of a JSON Lines
    file that has an ``articleId`` (the rows `StateStore.record_exported` takes)."""
    with open(path, "rb") as fh:
        for line in fh:
            if not line.endswith(b"\n"):
                break                      # a torn tail is not exported
            obj = _parse_line(line)
            if not obj or obj.get("articleId") is None:
                continue
            url = obj.get("canonicalUrl") or obj.get("url")
            yield str(obj["articleId"]), content_hash(obj), obj.get("datePublished"), url


@dataclass
class ResumeSession:
    """One crawl run with resume. Typical use (the crawl command)::

        with StateStore.open(state_path) as store:
            session = ResumeSession.start(store, make_run_key(argv), output)
            # spider: skip session.skip_ids; exporter: append to session.part_path
            #   (open it with session.open_part()), one complete line per item
            ...crawl...
            session.finalize()   # state + rename + run finished; or record() then your rename
    """

    store: StateStore
    run: RunRecord
    output_path: Path
    part_path: Path
    skip_ids: set[str] = field(default_factory=set)

    @property
    def resumed(self) -> bool:
        return self.run.resumed

    @classmethod
    def start(
        cls, store: StateStore, run_key: str, output_path: str | os.PathLike[str], now: Now = None
    ) -> ResumeSession:
        """Resume the unfinished run with ``run_key`` (salvaging its ``.part``) or begin a new one
        (a stale ``.part`` of no unfinished run of this key is replaced when the part is opened)."""
        output = Path(output_path)
        part = part_path(output)
        run = store.begin_run(run_key, output, now=now)
        if run.resumed and run.phase == "exported" and not part.exists():
            # killed after the rename but before finish_run: that run is complete
            store.finish_run(run_key, now=now)
            run = store.begin_run(run_key, output, now=now)
        skip = salvage_partial(part) if run.resumed else set()
        return cls(store, run, output, part, skip)

    def open_part(self) -> Any:
        """The ``.part`` opened for binary writing: appended to when resuming, truncated when new."""
        self.part_path.parent.mkdir(parents=True, exist_ok=True)
        return open(self.part_path, "ab" if self.resumed else "wb")

    def record(self, now: Now = None) -> int:
        """Record every article of the ``.part`` as exported and the run as ``exported``, in one
        transaction (call before renaming the ``.part``). Returns the number of articles."""
        if self.part_path.exists():
            salvage_partial(self.part_path)
            with open(self.part_path, "rb+") as fh:
                _fsync(fh.fileno())
            rows = list(iter_part_rows(self.part_path))
        else:
            rows = []
        return self.store.export_run(self.run.run_key, rows, now=now)

    def finalize(self, now: Now = None) -> int:
        """`record`, then rename ``.part`` to the output (atomic), then mark the run finished.
        Returns the number of articles recorded. With no ``.part`` (nothing written), the output
        is not touched."""
        n = self.record(now=now)
        if self.part_path.exists():
            os.replace(self.part_path, self.output_path)
            _fsync_dir(self.output_path.parent)
        self.store.finish_run(self.run.run_key, now=now)
        return n
