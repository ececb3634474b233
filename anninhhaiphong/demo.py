"""The offline demo: serve the bundled replica of the site on 127.0.0.1 and crawl it into
``data/articles.jsonl`` (``make crawl``). Nothing leaves the machine: the crawl runs with
``ANHP_LOOPBACK_ONLY``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from anninhhaiphong.replica import serve

ROOT = Path(__file__).resolve().parent.parent
REPLICA = ROOT / "tests" / "replica"


def main() -> int:
    if not REPLICA.is_dir():
        print(f"anninhhaiphong demo: the replica is not at {REPLICA} (run from a checkout)", file=sys.stderr)
        return 2
    output = ROOT / "data" / "articles.jsonl"
    with serve(REPLICA) as site:
        print(f"Serving the replica at {site.base_url}; crawling it into {output}", file=sys.stderr)
        code = subprocess.call([
            sys.executable, "-m", "anninhhaiphong", "crawl", "--site", site.base_url, "-O", str(output), "--full",
            "--data-dir", str(ROOT / "data" / "demo"),
            "-s", "ANHP_LOOPBACK_ONLY=True", "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False",
        ], cwd=ROOT)
    if output.exists():
        count = sum(1 for _ in output.open(encoding="utf-8"))
        print(f"{count} articles in {output}", file=sys.stderr)
    return code


if __name__ == "__main__":
    sys.exit(main())
