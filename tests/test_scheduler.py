"""The periodic-crawl scheduler (anninhhaiphong.scheduler), with a fake crawl command."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from anninhhaiphong.scheduler import (
    LOCK_HELD_ENV,
    LockBusy,
    crawl_lock,
    cron_line,
    parse_duration,
    release_lock,
    run_schedule,
    systemd_units,
    try_lock,
)

ROOT = Path(__file__).resolve().parents[1]

# sleeps SECONDS (stops early on SIGTERM), records start/end, fails on its 2nd run
_FAKE = textwrap.dedent(
    """
    import os, signal, sys, time
    rec, seconds = sys.argv[1], float(sys.argv[2])
    try:
        n = sum(1 for line in open(rec) if line.startswith("start")) + 1
    except FileNotFoundError:
        n = 1
    term = []
    signal.signal(signal.SIGTERM, lambda *a: term.append(1))
    with open(rec, "a") as fh:
        fh.write(f"start {n} {time.time():.6f} {os.environ.get('ANHP_CRAWL_LOCK_HELD')}\\n")
    end = time.time() + seconds
    while time.time() < end and not term:
        time.sleep(0.01)
    with open(rec, "a") as fh:
        fh.write(f"end {n} {time.time():.6f} {'term' if term else 'ok'}\\n")
    print("fake crawl", n, "done", flush=True)
    sys.exit(1 if n == 2 else 0)
    """
)


def _fake(tmp_path: Path) -> tuple[Path, Path]:
    script = tmp_path / "fake_crawl.py"
    script.write_text(_FAKE)
    return script, tmp_path / "record.txt"


def _records(rec: Path) -> list[tuple[str, int, float, str]]:
    out = []
    for line in rec.read_text().splitlines():
        kind, n, t, extra = line.split()
        out.append((kind, int(n), float(t), extra))
    return out


def test_runs_in_turn_survive_a_failure_and_log_each_run(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    script, rec = _fake(tmp_path)
    logs = tmp_path / "logs"
    caplog.set_level(logging.INFO, logger="anninhhaiphong.scheduler")
    t0 = time.monotonic()
    code = run_schedule(
        0.5, 0.0, ["0.3"], log_dir=logs, lock_path=tmp_path / "crawl.lock", max_runs=3,
        command=[sys.executable, str(script), str(rec)],
    )
    took = time.monotonic() - t0
    assert code == 0
    events = _records(rec)
    starts = [e for e in events if e[0] == "start"]
    ends = [e for e in events if e[0] == "end"]
    assert [s[1] for s in starts] == [1, 2, 3]          # the 3rd run came after the failed 2nd
    assert len(ends) == 3
    # never two at once: each run starts after the previous one ended
    order = [(e[0], e[1]) for e in events]
    assert order == [("start", 1), ("end", 1), ("start", 2), ("end", 2), ("start", 3), ("end", 3)]
    # ticks are ~0.5 s apart, not back to back
    assert starts[1][2] - starts[0][2] >= 0.45 and starts[2][2] - starts[1][2] >= 0.45
    assert 1.2 <= took < 5
    assert all(s[3] == "1" for s in starts)              # the crawl knows the lock is held for it
    files = sorted(logs.glob("*.log"))
    assert len(files) == 3
    texts = [f.read_text() for f in files]
    assert sum("# exit code 1" in t for t in texts) == 1
    assert all("fake crawl" in t for t in texts)
    assert any("exit code 1" in r.getMessage() and r.levelno == logging.ERROR for r in caplog.records)


def test_a_run_longer_than_the_interval_skips_ticks_without_overlap(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    script, rec = _fake(tmp_path)
    caplog.set_level(logging.INFO, logger="anninhhaiphong.scheduler")
    run_schedule(0.2, 0.0, ["0.5"], log_dir=tmp_path / "logs", lock_path=tmp_path / "l", max_runs=2,
                 command=[sys.executable, str(script), str(rec)])
    order = [(e[0], e[1]) for e in _records(rec)]
    assert order == [("start", 1), ("end", 1), ("start", 2), ("end", 2)]
    assert any("skipped" in r.getMessage() for r in caplog.records)


def test_busy_lock_skips_the_tick(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    script, rec = _fake(tmp_path)
    lock = tmp_path / "crawl.lock"
    fd = try_lock(lock)
    assert fd is not None
    caplog.set_level(logging.INFO, logger="anninhhaiphong.scheduler")
    try:
        code = run_schedule(0.1, 0.0, ["0.1"], log_dir=tmp_path / "logs", lock_path=lock, max_runs=2,
                            command=[sys.executable, str(script), str(rec)])
    finally:
        release_lock(fd)
    assert code == 0
    assert not rec.exists()
    assert sum("skipping this tick" in r.getMessage() for r in caplog.records) == 2


def test_sigterm_is_forwarded_waited_for_and_exits_0(tmp_path: Path) -> None:
    script, rec = _fake(tmp_path)
    runner = textwrap.dedent(
        f"""
        import logging, sys
        from pathlib import Path
        from anninhhaiphong.scheduler import run_schedule
        logging.basicConfig(level=logging.INFO)
        sys.exit(run_schedule(0.5, 0.0, ["30"], log_dir=Path({str(tmp_path / 'logs')!r}),
                              lock_path=Path({str(tmp_path / 'crawl.lock')!r}),
                              command=[sys.executable, {str(script)!r}, {str(rec)!r}]))
        """
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop(LOCK_HELD_ENV, None)
    proc = subprocess.Popen([sys.executable, "-c", runner], env=env, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and not (rec.exists() and "start" in rec.read_text()):
        time.sleep(0.02)
    assert rec.exists(), "the fake crawl never started"
    t0 = time.monotonic()
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=10)
    assert proc.returncode == 0, err
    assert time.monotonic() - t0 < 5
    events = _records(rec)
    assert [(e[0], e[3]) for e in events] == [("start", "1"), ("end", "term")]   # got it, ended first
    assert "received SIGTERM" in err and "scheduler stopped" in err
    # the lock is free again
    fd = try_lock(tmp_path / "crawl.lock")
    assert fd is not None
    release_lock(fd)


def test_sigint_between_runs_stops_at_once(tmp_path: Path) -> None:
    script, rec = _fake(tmp_path)
    runner = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from anninhhaiphong.scheduler import run_schedule
        sys.exit(run_schedule(60, 0.0, ["0.05"], log_dir=Path({str(tmp_path / 'logs')!r}),
                              lock_path=Path({str(tmp_path / 'crawl.lock')!r}),
                              command=[sys.executable, {str(script)!r}, {str(rec)!r}]))
        """
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", runner], env=env)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and not (rec.exists() and "end" in rec.read_text()):
        time.sleep(0.02)
    time.sleep(0.1)
    proc.send_signal(signal.SIGINT)
    assert proc.wait(timeout=5) == 0
    assert [e[0] for e in _records(rec)] == ["start", "end"]


def test_lock_of_a_killed_holder_is_released(tmp_path: Path) -> None:
    lock = tmp_path / "crawl.lock"
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys,time; from pathlib import Path; from anninhhaiphong.scheduler import try_lock;"
         f"fd=try_lock(Path({str(lock)!r})); print(fd is not None, flush=True); time.sleep(30)"],
        env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=subprocess.PIPE, text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "True"
    assert try_lock(lock) is None                        # held
    with pytest.raises(LockBusy):
        with crawl_lock(lock):
            pass
    holder.kill()
    holder.wait(timeout=5)
    fd = try_lock(lock)
    assert fd is not None                                # the OS released it
    release_lock(fd)


def test_crawl_lock_is_a_no_op_under_the_scheduler(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lock = tmp_path / "crawl.lock"
    fd = try_lock(lock)
    assert fd is not None
    try:
        monkeypatch.setenv(LOCK_HELD_ENV, "1")
        with crawl_lock(lock):
            pass
        monkeypatch.delenv(LOCK_HELD_ENV)
        with pytest.raises(LockBusy, match="another crawl"):
            with crawl_lock(lock):
                pass
    finally:
        release_lock(fd)
    with crawl_lock(lock):
        assert try_lock(lock) is None


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("30m", 1800.0), ("90s", 90.0), ("2h", 7200.0), ("1d", 86400.0), ("45", 45.0), ("1.5h", 5400.0),
     (" 10M ", 600.0)],
)
def test_parse_duration(text: str, seconds: float) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["", "m", "30 minutes", "-5m", "0m", "1w", "1h30m"])
def test_parse_duration_rejects(text: str) -> None:
    with pytest.raises(ValueError, match="duration"):
        parse_duration(text)


def test_run_schedule_rejects_bad_arguments(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        run_schedule(0, 0, [], log_dir=tmp_path, lock_path=tmp_path / "l", max_runs=1)
    with pytest.raises(ValueError):
        run_schedule(1, -1, [], log_dir=tmp_path, lock_path=tmp_path / "l", max_runs=1)


def test_cron_line() -> None:
    line = cron_line(1800, ["-o", "data/out-%(time)s.jsonl", "--site", "http://127.0.0.1:8000"],
                     "/srv/anhp dir", python="/srv/venv/bin/python")
    assert line.startswith(
        "*/30 * * * * cd '/srv/anhp dir' && ANHP_CRAWL_LOCK_HELD=1 flock -n data/crawl.lock "
    )
    assert "/srv/venv/bin/python -m anninhhaiphong crawl -o 'data/out-\\%(time)s.jsonl'" in line
    assert line.endswith(">> data/logs/cron.log 2>&1")
    assert cron_line(3600, [], "/w").startswith("0 * * * * ")
    assert cron_line(6 * 3600, [], "/w").startswith("0 */6 * * * ")
    assert cron_line(86400, [], "/w").startswith("0 0 * * * ")
    for bad in (90, 7 * 60, 5 * 3600, 30.5):
        with pytest.raises(ValueError, match="cron"):
            cron_line(bad, [], "/w")


def test_systemd_units() -> None:
    service, timer = systemd_units(1800, ["-o", "data/a b.jsonl", "--since", "2024-01-01"], "/srv/anhp",
                                   python="/srv/venv/bin/python", jitter=60)
    assert "Type=oneshot" in service
    assert "WorkingDirectory=/srv/anhp" in service
    assert ('ExecStart=/srv/venv/bin/python -m anninhhaiphong crawl -o "data/a b.jsonl" '
            "--since 2024-01-01\n") in service
    assert "OnUnitActiveSec=1800s" in timer and "RandomizedDelaySec=60s" in timer
    assert "Unit=anninhhaiphong-crawl.service" in timer and "WantedBy=timers.target" in timer
    service2, _ = systemd_units(60, ["-o", "out-%Y.jsonl"], "/w")
    assert "out-%%Y.jsonl" in service2
