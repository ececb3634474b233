"""The state store (anninhhaiphong.state) and resume from a ``.part`` file (anninhhaiphong.resume)."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
import unicodedata
from datetime import UTC, datetime
from pathlib import Path

import pytest

from anninhhaiphong.items import Article, Author, article_to_dict
from anninhhaiphong.jsonlines import part_path
from anninhhaiphong.resume import (
    ResumeSession,
    iter_part_rows,
    make_run_key,
    salvage_partial,
)
from anninhhaiphong.state import SCHEMA_VERSION, StateError, StateStore, content_hash

DAY = 86400.0


def _article(**kw: object) -> dict:
    base = {
        "url": "https://anhp.vn/a-d48009.html",
        "articleId": "48009",
        "headline": "Tiêu đề",
        "articleBody": "Đoạn một\nĐoạn hai",
        "authors": [{"name": "MP", "nameRaw": "MP"}],
        "datePublished": "2022-06-12T18:31:00+07:00",
        "relatedArticles": [{"headline": "Tin khác", "url": "https://anhp.vn/x-d1.html"}],
        "metadata": {"dateDownloaded": "2026-01-01T00:00:00Z", "extractor": "v1"},
    }
    base.update(kw)
    return base


# -- content_hash ---------------------------------------------------------------------------------
def test_hash_ignores_related_url_metadata_and_key_order() -> None:
    a = _article()
    b = _article(
        url="http://beta.anhp.vn/other-slug-d48009.html",
        relatedArticles=[{"headline": "Tin mới hôm nay"}],
        metadata={"dateDownloaded": "2027-01-01T00:00:00Z", "extractor": "fallback"},
        breadcrumbs=[{"name": "Xã hội"}],
    )
    assert content_hash(a) == content_hash(b)
    assert content_hash(dict(reversed(list(a.items())))) == content_hash(a)


def test_hash_changes_with_content_fields() -> None:
    h = content_hash(_article())
    assert len(h) == 64
    for change in (
        {"headline": "Tiêu đề mới"},
        {"articleBody": "Đoạn một\nĐoạn hai đã sửa"},
        {"authors": [{"name": "Hoàng Long", "nameRaw": "Hoàng Long"}]},
        {"datePublished": "2022-06-12T18:32:00+07:00"},
        {"dateModified": "2022-06-13T08:00:00+07:00"},
        {"tags": ["an ninh"]},
        {"images": [{"url": "https://media.anhp.vn/files/2023/09a.jpg"}]},
        {"description": "Sapo"},
    ):
        assert content_hash(_article(**change)) != h, change


def test_hash_treats_empty_as_absent_and_nfc_as_nfd() -> None:
    a = _article()
    assert content_hash({**a, "tags": [], "description": None}) == content_hash(a)
    nfd = {**a, "headline": unicodedata.normalize("NFD", a["headline"])}
    assert nfd["headline"] != a["headline"]
    assert content_hash(nfd) == content_hash(a)


def test_hash_of_article_dataclass_equals_hash_of_its_dict() -> None:
    art = Article(url="https://anhp.vn/a-d1.html", articleId="1", headline="H",
                  authors=[Author("MP", "MP")])
    assert content_hash(art) == content_hash(article_to_dict(art))


# -- store ----------------------------------------------------------------------------------------
def test_open_creates_parents_wal_and_schema(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "dir" / "state.sqlite3"
    with StateStore.open(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert store.known_count() == 0
    assert path.exists()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite3"
    path.write_text("this is a JSON Lines file, not a database\n" * 50)
    with pytest.raises(StateError, match="not a usable SQLite database"):
        StateStore.open(path)


def test_another_apps_database_and_a_folder_are_clear_errors(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE photos (id INTEGER)")
    conn.commit()
    conn.close()
    with pytest.raises(StateError, match="something else"):
        StateStore.open(other)
    conn = sqlite3.connect(other)
    assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["photos"]   # untouched
    conn.close()
    (tmp_path / "adir").mkdir()
    with pytest.raises(StateError, match="adir"):
        StateStore.open(tmp_path / "adir")


def test_newer_schema_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    StateStore.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE meta SET value='99' WHERE key='schema_version'")
    conn.commit()
    conn.close()
    with pytest.raises(StateError, match="schema version 99"):
        StateStore.open(path)


def test_classify_should_fetch_and_mark_fetched(tmp_path: Path) -> None:
    t0 = 1_700_000_000.0
    with StateStore.open(tmp_path / "s.db") as store:
        h = content_hash(_article())
        assert store.classify("48009", h) == "new"
        assert store.should_fetch("48009", None, now=t0)
        # fetching alone never makes an article known (it was not exported)
        assert store.mark_fetched("48009", now=t0) is False
        assert store.should_fetch("48009", None, now=t0)
        row = ("48009", h, "2022-06-12T18:31:00+07:00", "u")
        assert store.record_exported([row], run_id=None, now=t0) == 1
        assert store.known_count() == 1
        assert store.classify("48009", h) == "unchanged"
        assert store.classify("48009", content_hash(_article(headline="Khác"))) == "updated"
        assert not store.should_fetch("48009", None, now=t0 + 1000 * DAY)
        assert not store.should_fetch("48009", 7, now=t0 + 6.9 * DAY)
        assert store.should_fetch("48009", 7, now=t0 + 7.1 * DAY)
        assert store.mark_fetched("48009", now=t0 + 7.1 * DAY) is True
        assert not store.should_fetch("48009", 7, now=t0 + 8 * DAY)
        # datetime `now` works like epoch seconds
        later = datetime.fromtimestamp(t0 + 20 * DAY, tz=UTC)
        assert store.should_fetch("48009", 7, now=later)


def test_record_exported_is_one_transaction(tmp_path: Path) -> None:
    with StateStore.open(tmp_path / "s.db") as store:
        def rows():
            yield ("1", "h1", None, None)
            yield ("2", "h2", None, None)
            raise RuntimeError("killed while exporting")

        with pytest.raises(RuntimeError):
            store.record_exported(rows(), run_id=None)
        assert store.known_count() == 0
        store.record_exported([("1", "h1", "d", "u1"), ("2", "h2", None, None)], run_id=None)
        store.record_exported([("1", "h1b", None, None)], run_id=None)   # update keeps old date/url
        row = store.article("1")
        assert row is not None
        assert (row["content_hash"], row["date_published"], row["url"]) == ("h1b", "d", "u1")
        assert store.known_count() == 2
        assert set(store.known_ids()) == {"1", "2"}


def test_state_survives_reopen(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    with StateStore.open(path) as store:
        store.record_exported([("7", "h", None, None)], run_id=None)
    with StateStore.open(path) as store:
        assert store.classify("7", "h") == "unchanged"


def test_runs_begin_open_finish(tmp_path: Path) -> None:
    with StateStore.open(tmp_path / "s.db") as store:
        assert store.open_run("k") is None
        run = store.begin_run("k", "out.jsonl")
        assert not run.resumed and run.phase == "running"
        again = store.begin_run("k", "out.jsonl")
        assert again.resumed and again.run_id == run.run_id
        other = store.begin_run("k2", "out2.jsonl")
        assert other.run_id != run.run_id
        assert store.finish_run("k") is True
        assert store.open_run("k") is None
        assert store.finish_run("k") is False
        assert store.begin_run("k", "out.jsonl").run_id not in (run.run_id, other.run_id)


# -- salvage --------------------------------------------------------------------------------------
def _line(aid: str) -> bytes:
    return (json.dumps(_article(articleId=aid, headline=f"Bài {aid}"), ensure_ascii=False) + "\n").encode()


def test_salvage_cuts_a_torn_last_line(tmp_path: Path) -> None:
    part = tmp_path / "out.jsonl.part"
    whole = _line("1") + _line("2")
    torn = _line("3")[:37]             # cut in the middle of the line (and of a UTF-8 char maybe)
    part.write_bytes(whole + torn)
    assert salvage_partial(part) == {"1", "2"}
    assert part.read_bytes() == whole
    # appending after the salvage gives a clean JSON Lines file
    with open(part, "ab") as fh:
        fh.write(_line("3"))
    assert [json.loads(x)["articleId"] for x in part.read_text().splitlines()] == ["1", "2", "3"]


def test_salvage_every_cut_point(tmp_path: Path) -> None:
    data = _line("1") + _line("2")
    first_end = len(_line("1"))
    for cut in range(len(data) + 1):
        part = tmp_path / f"p{cut}"
        part.write_bytes(data[:cut])
        ids = salvage_partial(part)
        expected = {"1", "2"} if cut == len(data) else ({"1"} if cut >= first_end else set())
        assert ids == expected, cut
        assert part.read_bytes() == data[: first_end if ids == {"1"} else (len(data) if ids else 0)]


def test_salvage_drops_a_corrupt_complete_line_and_missing_file(tmp_path: Path) -> None:
    part = tmp_path / "x.part"
    part.write_bytes(_line("1") + b'{"articleId": "2", "head\n' + _line("3"))
    assert salvage_partial(part) == {"1", "3"}
    assert part.read_bytes() == _line("1") + _line("3")
    assert salvage_partial(tmp_path / "missing.part") == set()


def test_iter_part_rows(tmp_path: Path) -> None:
    part = tmp_path / "x.part"
    no_id = (json.dumps({"url": None, "headline": "text dump"}) + "\n").encode()
    part.write_bytes(_line("1") + no_id + _line("2")[:10])
    rows = list(iter_part_rows(part))
    assert [r[0] for r in rows] == ["1"]
    assert rows[0][1] == content_hash(json.loads(_line("1")))
    assert rows[0][2] == "2022-06-12T18:31:00+07:00"


def test_run_key_is_stable() -> None:
    assert make_run_key(["-o", "a.jsonl"]) == make_run_key(["-o", "a.jsonl"])
    assert make_run_key(["-o", "a.jsonl"]) != make_run_key(["-o", "b.jsonl"])
    assert part_path("data/out.jsonl") == Path("data/out.jsonl.part")


# -- resume sessions ------------------------------------------------------------------------------
def _write(session: ResumeSession, ids: list[str]) -> None:
    with session.open_part() as fh:
        for aid in ids:
            if aid not in session.skip_ids:
                fh.write(_line(aid))


def test_session_fresh_run_exports_and_renames(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    with StateStore.open(tmp_path / "s.db") as store:
        s = ResumeSession.start(store, "k", out)
        assert not s.resumed and s.skip_ids == set()
        _write(s, ["1", "2"])
        assert not out.exists()
        assert s.finalize() == 2
        assert out.exists() and not part_path(out).exists()
        assert store.known_count() == 2 and store.open_run("k") is None


@pytest.mark.parametrize("crash_at", ["write", "rename", "finish"])
def test_session_crash_at_each_step_loses_nothing_and_duplicates_nothing(
    tmp_path: Path, crash_at: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out.jsonl"
    ids = [str(i) for i in range(1, 7)]
    db = tmp_path / "s.db"
    with StateStore.open(db) as store:
        s = ResumeSession.start(store, "k", out)
        if crash_at == "write":
            _write(s, ids[:3])
            with open(s.part_path, "ab") as fh:
                fh.write(_line("4")[:20])         # killed mid-line
        else:
            _write(s, ids[:3])
            if crash_at == "rename":
                monkeypatch.setattr("anninhhaiphong.resume.os.replace", _boom)
            else:
                monkeypatch.setattr(StateStore, "finish_run", _boom)
            with pytest.raises(OSError):
                s.finalize()
            monkeypatch.undo()
    # the same command again
    with StateStore.open(db) as store:
        s = ResumeSession.start(store, "k", out)
        if crash_at == "finish":
            # the earlier run had completed its file: a new run, nothing to skip
            assert not s.resumed and s.skip_ids == set()
            first = out.read_text().splitlines()
            assert [json.loads(x)["articleId"] for x in first] == ids[:3]
            # the crawl asks the state: those three are known and are not fetched again
            todo = [i for i in ids if store.should_fetch(i, None)]
            assert todo == ids[3:]
            _write(s, todo)
            s.finalize()
            emitted = first + out.read_text().splitlines()
        else:
            assert s.resumed and s.skip_ids == set(ids[:3])
            todo = [i for i in ids if i not in s.skip_ids and store.should_fetch(i, None)]
            _write(s, todo)
            s.finalize()
            emitted = out.read_text().splitlines()
        got = [json.loads(x)["articleId"] for x in emitted]
        assert sorted(got) == sorted(ids) and len(got) == len(set(got))
        assert store.known_count() == len(ids)
        assert store.open_run("k") is None


def _boom(*a: object, **k: object) -> None:
    raise OSError("simulated crash")


_FAKE_CRAWL = textwrap.dedent(
    """
    import sys, time
    from anninhhaiphong.state import StateStore
    from anninhhaiphong.resume import ResumeSession
    db, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    with StateStore.open(db) as store:
        s = ResumeSession.start(store, "same-command", out)
        print("resumed" if s.resumed else "fresh", len(s.skip_ids), flush=True)
        with s.open_part() as fh:
            for i in range(1, n + 1):
                aid = str(i)
                if aid in s.skip_ids or not store.should_fetch(aid, None):
                    continue
                line = ('{"articleId": "%s", "headline": "B\\u00e0i %s", "pad": "%s"}\\n'
                        % (aid, aid, "x" * 200)).encode()
                fh.write(line[:50]); fh.flush()       # a line written in two pieces: tearable
                time.sleep(0.002)
                fh.write(line[50:]); fh.flush()
        s.finalize()
    print("done", flush=True)
    """
)


def test_sigkill_and_restart_loses_nothing_emits_nothing_twice(tmp_path: Path) -> None:
    script = tmp_path / "fake_crawl.py"
    script.write_text(_FAKE_CRAWL)
    db, out, n = tmp_path / "s.db", tmp_path / "out.jsonl", 300
    cmd = [sys.executable, str(script), str(db), str(out), str(n)]
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, text=True)
    part = part_path(out)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and (not part.exists() or part.stat().st_size < 20_000):
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL
    assert part.exists() and not out.exists()
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=30)
    assert done.returncode == 0, done.stderr
    first = done.stdout.split()
    assert first[0] == "resumed" and int(first[1]) > 0
    got = [json.loads(x)["articleId"] for x in out.read_text().splitlines()]
    assert len(got) == n and set(got) == {str(i) for i in range(1, n + 1)}
    with StateStore.open(db) as store:
        assert store.known_count() == n
        assert store.open_run("same-command") is None
