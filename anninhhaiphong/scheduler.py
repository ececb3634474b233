"""Periodic crawls: run ``python -m anninhhaiphong crawl ...`` every N minutes, one at a time.

* `run_schedule`: the loop behind ``anninhhaiphong schedule``: ticks every ``every`` seconds
  (plus up to ``jitter`` seconds at random), one crawl subprocess at a time, a log file per run,
  goes on after a failed run, stops cleanly on SIGTERM/SIGINT (the signal is forwarded to the
  running crawl, which is waited for) and returns 0.
* `crawl_lock`: the same lock for a crawl started by hand, so it never overlaps a scheduled one.
* `parse_duration`, `cron_line`, `systemd_units`: for people who prefer cron or systemd timers.

Lock: ``fcntl.flock`` (non-blocking) on ``lock_path``, held by the scheduler while its crawl runs
and inherited by the crawl process; the OS releases it when the holder dies, however it dies. A
tick whose lock is busy (another scheduler or a hand-started crawl) is skipped and logged. The
crawl child gets ``ANHP_CRAWL_LOCK_HELD=1`` so that `crawl_lock` in it does not lock again.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import random
import re
import shlex
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from types import FrameType
from typing import IO

logger = logging.getLogger(__name__)

LOCK_HELD_ENV = "ANHP_CRAWL_LOCK_HELD"
DEFAULT_LOCK_PATH = Path("data/crawl.lock")
DEFAULT_LOG_DIR = Path("data/logs")

_UNITS = {"s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0}
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$", re.IGNORECASE)


def parse_duration(text: str) -> float:
    """``"30m"`` -> 1800.0. A number with an optional unit ``s``, ``m``, ``h`` or ``d``
    (seconds when none); must be more than zero."""
    m = _DURATION.match(str(text))
    if not m:
        raise ValueError(
            f"invalid duration {text!r}: use a number and a unit s, m, h or d, e.g. 90s, 30m, 2h, 1d"
        )
    seconds = float(m.group(1)) * _UNITS[(m.group(2) or "s").lower()]
    if seconds <= 0:
        raise ValueError(f"invalid duration {text!r}: it must be more than zero")
    return seconds


class LockBusy(RuntimeError):
    """Another scheduler or crawl holds the crawl lock."""


def try_lock(lock_path: Path) -> int | None:
    """Take the crawl lock without waiting: the open fd holding it, or None when it is busy."""
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        return None
    except BaseException:
        os.close(fd)
        raise
    with contextlib.suppress(OSError):
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
    return fd


def release_lock(fd: int) -> None:
    with contextlib.suppress(OSError):
        fcntl.flock(fd, fcntl.LOCK_UN)
    os.close(fd)


@contextlib.contextmanager
def crawl_lock(lock_path: str | os.PathLike[str] = DEFAULT_LOCK_PATH) -> Iterator[None]:
    """Hold the crawl lock for a crawl started by hand; raises `LockBusy` when another crawl or
    scheduler holds it. A no-op inside a crawl started by `run_schedule` (which holds it)."""
    if os.environ.get(LOCK_HELD_ENV) == "1":
        yield
        return
    fd = try_lock(Path(lock_path))
    if fd is None:
        raise LockBusy(f"another crawl or scheduler holds the lock {lock_path}; not starting a second one")
    try:
        yield
    finally:
        release_lock(fd)


def default_command(python: str = sys.executable) -> list[str]:
    return [python, "-m", "anninhhaiphong", "crawl"]


def _log_name(now: datetime, log_dir: Path) -> Path:
    stem = now.strftime("%Y%m%dT%H%M%SZ")
    path = log_dir / f"{stem}.log"
    n = 1
    while path.exists():
        path = log_dir / f"{stem}-{n}.log"
        n += 1
    return path


class _Stopper:
    """SIGTERM/SIGINT: remember the stop, forward the signal to the running crawl."""

    def __init__(self) -> None:
        self.stop = False
        self.proc: subprocess.Popen[bytes] | None = None
        self._old: dict[int, object] = {}

    def __call__(self, signum: int, frame: FrameType | None) -> None:
        if not self.stop:
            logger.info("received %s: stopping after the running crawl", signal.Signals(signum).name)
        self.stop = True
        proc = self.proc
        if proc is not None and proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                proc.send_signal(signum)

    def install(self) -> None:
        try:
            for sig in (signal.SIGTERM, signal.SIGINT):
                self._old[sig] = signal.signal(sig, self)
        except ValueError:  # not the main thread: the caller handles stopping
            self._old.clear()

    def restore(self) -> None:
        for sig, old in self._old.items():
            signal.signal(sig, old)  # type: ignore[arg-type]


def _sleep_until(deadline: float, stopper: _Stopper, clock: Callable[[], float]) -> None:
    while not stopper.stop:
        left = deadline - clock()
        if left <= 0:
            return
        time.sleep(min(left, 0.2))


def run_schedule(
    every: float,
    jitter: float,
    crawl_argv: Sequence[str],
    *,
    log_dir: Path = DEFAULT_LOG_DIR,
    lock_path: Path = DEFAULT_LOCK_PATH,
    max_runs: int | None = None,
    python: str = sys.executable,
    command: Sequence[str] | None = None,
    cwd: str | os.PathLike[str] | None = None,
) -> int:
    """Run the crawl every ``every`` seconds until stopped; returns 0 on a clean stop.

    Ticks are ``every`` seconds apart from the first (each delayed by ``uniform(0, jitter)``); a
    run that lasts longer than ``every`` makes the scheduler skip the ticks it overran (logged),
    so runs never overlap and never pile up. ``command`` replaces ``[python, -m, anninhhaiphong,
    crawl]`` (tests inject a fake crawl); ``crawl_argv`` is appended to it. ``max_runs`` stops
    after that many ticks (a tick skipped because the lock was busy counts). Each run's stdout
    and stderr go to ``log_dir/<UTC start time>.log``; the scheduler logs start, end, exit code
    and duration through `logging`.
    """
    if every <= 0:
        raise ValueError("every must be more than zero seconds")
    if jitter < 0:
        raise ValueError("jitter must not be negative")
    base = list(command) if command is not None else default_command(python)
    argv = base + list(crawl_argv)
    log_dir = Path(log_dir)
    log_dir.mkdir(parents=True, exist_ok=True)
    lock_path = Path(lock_path)
    clock = time.monotonic
    stopper = _Stopper()
    stopper.install()
    env = {**os.environ, LOCK_HELD_ENV: "1"}
    ticks = runs = failures = 0
    first = clock()
    logger.info("scheduler started: every %.0fs (jitter %.0fs): %s", every, jitter, shlex.join(argv))
    try:
        k = 0
        while not stopper.stop and (max_runs is None or ticks < max_runs):
            _sleep_until(first + k * every + (random.uniform(0, jitter) if jitter else 0.0), stopper, clock)
            if stopper.stop:
                break
            ticks += 1
            code = _one_run(argv, env, log_dir, lock_path, stopper, cwd)
            if code is not None:
                runs += 1
                if code != 0:
                    failures += 1
            # the next tick after now; ticks missed by an overrun are skipped, and said so
            elapsed = clock() - first
            nxt = int(elapsed // every) + 1
            if nxt > k + 1 and not stopper.stop:
                logger.warning("the run overran its interval: skipped %d tick(s)", nxt - k - 1)
            k = max(k + 1, nxt)
    finally:
        stopper.restore()
    logger.info("scheduler stopped: %d tick(s), %d run(s), %d failed", ticks, runs, failures)
    return 0


def _one_run(
    argv: list[str],
    env: dict[str, str],
    log_dir: Path,
    lock_path: Path,
    stopper: _Stopper,
    cwd: str | os.PathLike[str] | None,
) -> int | None:
    """One tick: the crawl's exit code, or None when the lock was busy."""
    fd = try_lock(lock_path)
    if fd is None:
        logger.warning("skipping this tick: another crawl or scheduler holds %s", lock_path)
        return None
    try:
        started = datetime.now(UTC)
        log_path = _log_name(started, log_dir)
        t0 = time.monotonic()
        with open(log_path, "ab") as log:
            _header(log, argv, started)
            logger.info("run started: log %s", log_path)
            # own session: a Ctrl-C on the terminal reaches the crawl once, through us
            proc = subprocess.Popen(
                argv, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, env=env,
                cwd=cwd, pass_fds=(fd,), start_new_session=True,
            )
            stopper.proc = proc
            try:
                if stopper.stop:          # a signal arrived between the check and the start
                    proc.send_signal(signal.SIGTERM)
                code = proc.wait()
            finally:
                stopper.proc = None
            duration = time.monotonic() - t0
            log.write(f"# exit code {code} after {duration:.1f}s\n".encode())
        if code == 0:
            logger.info("run finished in %.1fs: exit 0", duration)
        else:
            logger.error("run failed in %.1fs: exit code %s (log %s); going on", duration, code, log_path)
        return code
    finally:
        release_lock(fd)


def _header(log: IO[bytes], argv: list[str], started: datetime) -> None:
    log.write(f"# {started.isoformat()} {shlex.join(argv)}\n".encode())
    log.flush()


# -- cron and systemd -------------------------------------------------------------------------------
def _cron_schedule(every: float) -> str:
    secs = int(round(every))
    if secs != every or secs % 60:
        raise ValueError("cron runs at whole minutes: use an interval of whole minutes")
    minutes = secs // 60
    if minutes < 60:
        if 60 % minutes:
            raise ValueError(f"cron cannot run every {minutes} minutes evenly: use a divisor of 60")
        return "* * * * *" if minutes == 1 else f"*/{minutes} * * * *"
    if minutes % 60 == 0 and minutes // 60 < 24:
        hours = minutes // 60
        if 24 % hours:
            raise ValueError(f"cron cannot run every {hours} hours evenly: use a divisor of 24")
        return "0 * * * *" if hours == 1 else f"0 */{hours} * * *"
    if minutes == 1440:
        return "0 0 * * *"
    raise ValueError("cron cannot express that interval: use minutes dividing 60, hours dividing 24, or 1d")


def cron_line(
    every: float,
    crawl_argv: Sequence[str],
    workdir: str | os.PathLike[str],
    *,
    python: str = sys.executable,
    lock_path: str = str(DEFAULT_LOCK_PATH),
    log_path: str = "data/logs/cron.log",
) -> str:
    """A crontab line running the crawl every ``every`` seconds from ``workdir``, with ``flock -n``
    on the crawl lock (a run still going makes cron skip the tick) and output appended to a log."""
    cmd = shlex.join([python, "-m", "anninhhaiphong", "crawl", *crawl_argv])
    line = (
        f"{_cron_schedule(every)} cd {shlex.quote(str(workdir))} && "
        f"{LOCK_HELD_ENV}=1 flock -n {shlex.quote(lock_path)} {cmd} >> {shlex.quote(log_path)} 2>&1"
    )
    return line.replace("%", "\\%")   # % ends the command in a crontab


def _systemd_quote(arg: str) -> str:
    arg = arg.replace("%", "%%").replace("$", "$$")
    if arg and re.fullmatch(r"[A-Za-z0-9_@%+=:,./-]+", arg):
        return arg
    return '"' + arg.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _systemd_span(every: float) -> str:
    secs = int(round(every))
    if secs <= 0:
        raise ValueError("every must be at least one second")
    return f"{secs}s"


def systemd_units(
    every: float,
    crawl_argv: Sequence[str],
    workdir: str | os.PathLike[str],
    *,
    python: str = sys.executable,
    name: str = "anninhhaiphong-crawl",
    jitter: float = 0.0,
) -> tuple[str, str]:
    """The text of ``<name>.service`` (a oneshot crawl) and ``<name>.timer`` (every ``every``
    seconds after the last run started). systemd never starts a oneshot service that is still
    running, so runs never overlap; SIGTERM on stop is what the crawl handles."""
    exec_start = " ".join(_systemd_quote(a) for a in [python, "-m", "anninhhaiphong", "crawl", *crawl_argv])
    service = (
        "[Unit]\n"
        "Description=anninhhaiphong: crawl anhp.vn into JSON Lines\n"
        "After=network-online.target\n"
        "Wants=network-online.target\n\n"
        "[Service]\n"
        "Type=oneshot\n"
        f"WorkingDirectory={_systemd_quote(str(workdir))}\n"
        f"ExecStart={exec_start}\n"
        "KillSignal=SIGTERM\n"
        "TimeoutStopSec=120\n"
        "Nice=10\n"
    )
    span = _systemd_span(every)
    timer = (
        "[Unit]\n"
        f"Description=anninhhaiphong: crawl every {span}\n\n"
        "[Timer]\n"
        "OnBootSec=2min\n"
        f"OnUnitActiveSec={span}\n"
        + (f"RandomizedDelaySec={int(round(jitter))}s\n" if jitter > 0 else "")
        + f"Unit={name}.service\n\n"
        "[Install]\n"
        "WantedBy=timers.target\n"
    )
    return service, timer
