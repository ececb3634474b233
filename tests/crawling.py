"""Helpers for crawl tests: run ``anninhhaiphong crawl`` in a subprocess against a site served on
127.0.0.1 (a Twisted reactor cannot restart, so each crawl is its own process), read its output."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FAST = ["-s", "ANHP_LOOPBACK_ONLY=True", "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False",
        "-s", "DOWNLOAD_TIMEOUT=10", "-L", "WARNING"]


def crawl_command(site: str, data_dir: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "anninhhaiphong", "crawl", "--site", site, "--data-dir", str(data_dir), *FAST,
            *extra]


def run_crawl(site: str, data_dir: Path, *extra: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(crawl_command(site, data_dir, *extra), capture_output=True, text=True, cwd=ROOT,
                          timeout=timeout)


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]
