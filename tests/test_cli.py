"""The command line as users and scripts call it: clean and parse inputs, bad input, exit codes,
files written atomically, schedule's printed cron line and systemd units."""

from __future__ import annotations

import json
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from conftest import ROOT, SEED_COPY, TESTS

from anninhhaiphong.schema import validation_errors


def cli(*args: str, stdin: bytes | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "anninhhaiphong", *args], input=stdin, capture_output=True,
                          cwd=cwd, timeout=120)


TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def to_cp1258(text: str) -> bytes:
    """Vietnamese as Windows-1258 writes it: base letters, tone marks as combining characters."""
    out = b""
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONE_MARKS))
            out += (base + "".join(c for c in parts if c in TONE_MARKS)).encode("cp1258")
    return out


def lines(out: bytes) -> list[dict]:
    return [json.loads(line) for line in out.decode("utf-8").splitlines()]


def test_clean_reads_stdin_and_jsonl_keeping_other_fields(tmp_path: Path) -> None:
    seed = SEED_COPY.read_text(encoding="utf-8")
    done = cli("clean", "-", stdin=seed.encode("utf-8"))
    assert done.returncode == 0
    [item] = lines(done.stdout)
    assert item["metadata"]["input"] == "<stdin>" and item["authors"][0]["name"] == "Thái Bình"

    jl = tmp_path / "pages.jsonl"
    jl.write_text(json.dumps({"text": seed, "url": "https://anhp.vn/quan-le-chan-d15010.html", "id": 7},
                             ensure_ascii=False) + "\n", encoding="utf-8")
    done = cli("clean", str(jl))
    [item] = lines(done.stdout)
    assert item["articleId"] == "15010" and item["url"] == "https://anhp.vn/quan-le-chan-d15010.html"
    assert item["metadata"]["inputFields"] == {"id": 7}
    assert item["metadata"]["input"] == "pages.jsonl:1"
    assert validation_errors(item) == []


def test_bad_inputs_are_named_and_the_others_still_written(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (tmp_path / "bad.jsonl").write_text('{"text": "Tiêu đề\\n\\nNội dung bài."}\nnot json\n{"url": "x"}\n',
                                        encoding="utf-8")
    legacy = "Tiêu đề bài viết\n\nNội dung bằng mã Windows-1258.\n"
    (tmp_path / "legacy.txt").write_bytes(to_cp1258(legacy))
    out = tmp_path / "out.jsonl"
    done = cli("clean", str(SEED_COPY), "empty.txt", "binary.txt", "bad.jsonl", "legacy.txt", "missing.txt",
               "-o", str(out), cwd=tmp_path)
    assert done.returncode == 1
    err = done.stderr.decode("utf-8")
    assert "Traceback" not in err
    for expected in ("empty.txt: empty input", "binary.txt: binary data", "bad.jsonl:2: not JSON",
                     "bad.jsonl:3: no 'text' field", "missing.txt: no such file", "legacy.txt: warning"):
        assert expected in err
    items = lines(out.read_bytes())
    assert [i["headline"] for i in items][1:] == ["Tiêu đề", "Tiêu đề bài viết"]
    assert items[0]["headline"].startswith("Quận Lê Chân")
    assert not (tmp_path / "out.jsonl.part").exists()


def test_usage_errors_exit_2() -> None:
    assert cli("clean").returncode == 2
    assert cli("frobnicate").returncode == 2
    done = cli("crawl", "--since", "2024-13-45")
    assert done.returncode == 2 and b"since" in done.stderr and b"Traceback" not in done.stderr


def test_parse_saved_pages_with_and_without_url(tmp_path: Path) -> None:
    page = next((TESTS / "replica").glob("*-d*.html"))
    done = cli("parse", str(page))
    assert done.returncode == 0, done.stderr
    [item] = lines(done.stdout)
    assert item["headline"] and item["articleBody"] and item["metadata"]["input"] == page.name
    assert item["articleId"] == page.stem.rsplit("-d", 1)[1]
    url = f"http://beta.anhp.vn/{page.name}"
    [item] = lines(cli("parse", str(page), "--url", url).stdout)
    assert item["url"] == url and validation_errors(item) == []
    (tmp_path / "empty.html").write_bytes(b"")
    done = cli("parse", str(page), str(tmp_path / "empty.html"))
    assert done.returncode == 1 and len(lines(done.stdout)) == 1 and b"empty.html" in done.stderr


def test_schedule_prints_cron_and_systemd() -> None:
    done = cli("schedule", "--every", "30m", "--print-cron", "--site", "https://anhp.vn")
    assert done.returncode == 0
    text = done.stdout.decode()
    assert "*/30 * * * *" in text and "crawl" in text and "--site https://anhp.vn" in text
    done = cli("schedule", "--every", "30m", "--jitter", "5m", "--print-systemd")
    text = done.stdout.decode()
    assert done.returncode == 0 and "[Timer]" in text and "[Service]" in text
    assert cli("schedule", "--every", "soon").returncode == 2


def test_an_unwritable_output_is_a_clear_error_not_a_traceback(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    done = cli("clean", str(SEED_COPY), "-o", str(blocker / "out.jsonl"))
    assert done.returncode == 1
    assert b"Traceback" not in done.stderr and str(blocker).encode() in done.stderr
    done = cli("crawl", "--site", "http://127.0.0.1:9", "--data-dir", str(blocker / "data"))
    assert done.returncode == 1
    assert b"Traceback" not in done.stderr and str(blocker).encode() in done.stderr


def test_the_benchmarks_other_checkout_must_be_one(tmp_path: Path) -> None:
    # `bench_parse_cli.py --against DIR`: a directory holding no checkout of the project is refused by name, before
    # any page is built or timed
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_parse_cli", ROOT / "benchmarks" / "bench_parse_cli.py")
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    with pytest.raises(SystemExit, match="not a checkout of this project"):
        bench.main(["--against", str(tmp_path), "-n", "2"])
