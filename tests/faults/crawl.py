"""Runs `crawl_runner.py` in a subprocess against a fault server and collects what came out."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from faults.server import FaultServer

ROOT = Path(__file__).resolve().parents[2]
RUNNER = Path(__file__).with_name("crawl_runner.py")
CRAWL_TIME_LIMIT = 90.0

# Small timeouts so the whole fault crawl takes seconds; the same kinds of values the project should
# use, scaled down (see the report for the production values).
FAULT_SETTINGS: dict[str, str] = {
    "ANHP_LOOPBACK_ONLY": "True",
    "DOWNLOAD_TIMEOUT": "2",
    "RETRY_TIMES": "1",
    "ANHP_RETRY_BACKOFF_BASE": "0",
    "ANHP_RETRY_AFTER_MAX": "5",
    "ANHP_CHALLENGE_RETRY_TIMES": "1",
    "ANHP_CHALLENGE_RETRY_DELAY": "0.2",
    "DOWNLOAD_MAXSIZE": str(5 * 1024 * 1024),
    "DOWNLOAD_WARNSIZE": str(1024 * 1024),
    "DOWNLOAD_FAIL_ON_DATALOSS": "True",
    "DEPTH_LIMIT": "4",
    "REDIRECT_MAX_TIMES": "5",
    "AUTOTHROTTLE_ENABLED": "False",
    "DOWNLOAD_DELAY": "0",
    "CONCURRENT_REQUESTS": "16",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "16",
    "HTTPPROXY_ENABLED": "False",
    "TELNETCONSOLE_ENABLED": "False",
    "LOG_LEVEL": "INFO",
}


@dataclass
class CrawlResult:
    returncode: int
    elapsed: float
    items: list[dict[str, Any]]
    stats: dict[str, Any]
    log: str
    ids: Counter[str] = field(default_factory=Counter)

    def stat(self, key: str, default: Any = 0) -> Any:
        return self.stats.get(key, default)


def run_crawl(server: FaultServer | str, workdir: Path, spider: str = "articles",
              settings: dict[str, str] | None = None, extra_args: list[str] | None = None) -> CrawlResult:
    out, stats_path = workdir / "out.jsonl", workdir / "stats.json"
    site = server if isinstance(server, str) else server.base_url
    cmd = [sys.executable, str(RUNNER), "--spider", spider, "--site", site,
           "--out", str(out), "--stats", str(stats_path), *(extra_args or [])]
    for name, value in {**FAULT_SETTINGS, **(settings or {})}.items():
        cmd += ["-s", f"{name}={value}"]
    env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "anninhhaiphong.settings",
           "PYTHONPATH": os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)}
    for proxy in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        env.pop(proxy, None)
    start = time.monotonic()
    proc = subprocess.run(cmd, cwd=workdir, env=env, capture_output=True, text=True,
                          timeout=CRAWL_TIME_LIMIT + 30)
    elapsed = time.monotonic() - start
    (workdir / "crawl.log").write_text(proc.stdout + proc.stderr, encoding="utf-8")
    items = []
    if out.exists():
        items = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines() if line.strip()]
    stats = json.loads(stats_path.read_text(encoding="utf-8")) if stats_path.exists() else {}
    ids = Counter(str(i.get("articleId")) for i in items)
    return CrawlResult(proc.returncode, elapsed, items, stats, proc.stdout + proc.stderr, ids)
