"""Periodic crawls end to end, against a copy of the replica on 127.0.0.1: incremental runs (only new
and edited articles), resume after SIGKILL at several points, and the scheduler running real crawls."""

from __future__ import annotations

import json
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections import Counter
from datetime import datetime
from pathlib import Path

import pytest
from conftest import ROOT, TESTS
from crawling import FAST, crawl_command, read_jsonl, run_crawl

from anninhhaiphong.replica import serve

EXPECTED = json.loads((TESTS / "replica" / "expected.json").read_text(encoding="utf-8"))
ALL_IDS = {a["id"] for a in EXPECTED["articles"]}


@pytest.fixture
def site_copy(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    shutil.copytree(TESTS / "replica", root)
    return root


def _run_files(data: Path) -> list[Path]:
    return sorted(p for p in (data / "articles").glob("*.jsonl") if p.name != "latest.jsonl")


def test_second_run_emits_only_added_and_edited(site_copy: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    with serve(site_copy) as site:
        first = run_crawl(site.base_url, data)
        assert first.returncode == 0, first.stderr
        assert {i["articleId"] for i in read_jsonl(data / "articles" / "latest.jsonl")} == ALL_IDS

        # edit one article (its sitemap lastmod moves on) and add one, linked from the home page
        edited = next(a for a in EXPECTED["articles"] if "sitemap" in a["reachable"] and len(a["body"]) > 2)
        page = site_copy / edited["path"].lstrip("/")
        html = page.read_text(encoding="utf-8")
        old = edited["body"][-1][:40]
        assert old in html
        page.write_text(html.replace(old, "Đoạn văn đã được tòa soạn cập nhật. " + old, 1), encoding="utf-8")
        for sitemap in (site_copy / "sitemaps").glob("*.xml"):
            text = sitemap.read_text(encoding="utf-8")
            text = re.sub(rf"({re.escape(edited['path'])}</loc><lastmod>)[^<]+", r"\g<1>2030-01-01T00:00:00+07:00",
                          text)
            sitemap.write_text(text, encoding="utf-8")
        source = next(a for a in EXPECTED["articles"] if a["id"] != edited["id"])
        new_html = (site_copy / source["path"].lstrip("/")).read_text(encoding="utf-8")
        new_html = new_html.replace(source["headline"], "Bài mới: diễn tập phòng cháy tại chợ Sắt")
        (site_copy / "bai-moi-dien-tap-phong-chay-tai-cho-sat-d90001.html").write_text(new_html, encoding="utf-8")
        index = site_copy / "index.html"
        index.write_text(index.read_text(encoding="utf-8").replace(
            "</body>", '<a href="/bai-moi-dien-tap-phong-chay-tai-cho-sat-d90001.html">Bài mới</a></body>'),
            encoding="utf-8")

        second = run_crawl(site.base_url, data)
        assert second.returncode == 0, second.stderr
        latest = read_jsonl(data / "articles" / "latest.jsonl")
        assert {i["articleId"]: i["metadata"]["status"] for i in latest} == {"90001": "new", edited["id"]: "updated"}
        assert "cập nhật" in next(i for i in latest if i["articleId"] == edited["id"])["articleBody"]

        third = run_crawl(site.base_url, data)
        assert third.returncode == 0, third.stderr
        assert read_jsonl(data / "articles" / "latest.jsonl") == []
        # three complete runs kept side by side, each with its summary
        assert len(_run_files(data)) == 3
        assert len(list((data / "articles").glob("*.summary.json"))) == 3


def test_refresh_days_refetches_known_and_full_emits_all(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with serve(TESTS / "replica") as site:
        assert run_crawl(site.base_url, data).returncode == 0
        again = run_crawl(site.base_url, data, "--refresh-days", "0")
        assert again.returncode == 0, again.stderr
        assert read_jsonl(data / "articles" / "latest.jsonl") == []  # fetched again, all unchanged
        full = run_crawl(site.base_url, data, "--full")
        assert full.returncode == 0
        assert {i["articleId"] for i in read_jsonl(data / "articles" / "latest.jsonl")} == ALL_IDS


def _part_lines(data: Path) -> int:
    parts = list((data / "articles").glob("*.part"))
    return sum(p.read_bytes().count(b"\n") for p in parts)


@pytest.mark.parametrize("kill_after_lines", [0, 4, 15, 30])
def test_sigkill_and_resume_lose_nothing_and_repeat_nothing(kill_after_lines: int, tmp_path: Path) -> None:
    data = tmp_path / "data"
    slow = ["-s", "CONCURRENT_REQUESTS=1", "-s", "DOWNLOAD_DELAY=0.03"]
    with serve(TESTS / "replica") as site:
        cmd = crawl_command(site.base_url, data, *slow)
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None:
            if kill_after_lines == 0 and (data / "state.sqlite3").exists() or \
                    kill_after_lines and _part_lines(data) >= kill_after_lines:
                break
            time.sleep(0.02)
        assert proc.poll() is None, "the crawl ended before it could be killed"
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
    emitted: Counter[str] = Counter()
    for path in _run_files(data):
        emitted.update(i["articleId"] for i in read_jsonl(path))
    assert set(emitted) == ALL_IDS
    assert max(emitted.values()) == 1
    assert not list((data / "articles").glob("*.part"))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_schedule_runs_crawls_one_at_a_time_survives_a_failure_and_stops_on_sigterm(tmp_path: Path) -> None:
    data = tmp_path / "data"
    port = _free_port()
    cmd = [sys.executable, "-m", "anninhhaiphong", "schedule", "--every", "2s", "--site", f"http://127.0.0.1:{port}",
           "--data-dir", str(data), *FAST, "-s", "DOWNLOAD_TIMEOUT=2", "-s", "RETRY_TIMES=0"]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        logs = data / "logs"
        deadline = time.monotonic() + 60
        # the first run finds no server: it fails, and the scheduler goes on
        while time.monotonic() < deadline and not any("# exit code" in p.read_text() for p in logs.glob("*.log")):
            time.sleep(0.1)
        with serve(TESTS / "replica", port=port):
            while time.monotonic() < deadline and len(_run_files(data)) < 3:
                time.sleep(0.1)
            time.sleep(0.3)
            proc.send_signal(signal.SIGTERM)
            out, _ = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, out
    codes = [int(m) for p in sorted(logs.glob("*.log")) for m in re.findall(r"# exit code (-?\d+)", p.read_text())]
    assert codes[0] != 0 and codes.count(0) >= 2 and len(codes) >= 3
    spans = []
    for summary in sorted((data / "articles").glob("*.summary.json")):
        s = json.loads(summary.read_text())
        spans.append((datetime.fromisoformat(s["start"]), datetime.fromisoformat(s["end"])))
    spans.sort()
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(spans, spans[1:], strict=False))
    # the failed run wrote an empty run file; the first run that reached the site emitted everything
    assert read_jsonl(_run_files(data)[0]) == []
    assert {i["articleId"] for i in read_jsonl(_run_files(data)[1])} == ALL_IDS


def test_runs_in_the_same_second_get_their_own_files(tmp_path: Path) -> None:
    from anninhhaiphong.run import _new_run_path

    first = _new_run_path(tmp_path, None)
    first.write_text("", encoding="utf-8")
    second = _new_run_path(tmp_path, None)
    second.with_name(second.name + ".part").write_text("", encoding="utf-8")
    third = _new_run_path(tmp_path, None)
    assert len({first, second, third}) == 3


def test_articles_the_site_says_are_gone_are_not_asked_for_every_run(tmp_path: Path) -> None:
    data = tmp_path / "data"
    gone = [p for p in EXPECTED["not_found"] if re.search(r"-d\d+\.html$", p)]
    assert gone
    with serve(TESTS / "replica") as site:
        assert run_crawl(site.base_url, data).returncode == 0
        assert all(p in site.served_paths for p in gone)
        site.clear()
        again = run_crawl(site.base_url, data)
        assert again.returncode == 0, again.stderr
        assert not any(p in site.served_paths for p in gone)


def test_dash_o_appends_each_finished_run_to_the_file(tmp_path: Path) -> None:
    out = tmp_path / "all.jsonl"
    with serve(TESTS / "replica") as site:
        for extra in ([], ["--full"]):
            done = run_crawl(site.base_url, tmp_path / "data", "-o", str(out), *extra)
            assert done.returncode == 0, done.stderr
    ids = Counter(i["articleId"] for i in read_jsonl(out))
    assert set(ids) == ALL_IDS and set(ids.values()) == {2}
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".all.jsonl")] == []
