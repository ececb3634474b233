"""Parse speed: ``extract_article`` (extraction + cleaning) against ``trafilatura.extract`` on the same
pages, in one run, CPU time (time.process_time). Pages are the fixtures in tests/pages, repeated.

    .venv/bin/python benchmarks/bench_parse.py [-n 3000]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

PAGES = Path(__file__).resolve().parent.parent / "tests" / "pages"


def load_pages(replica: Path | None = None) -> list[tuple[bytes, str]]:
    """The fixture pages, or the article pages of a replica directory (``*-d<ID>.html``)."""
    out = []
    if replica is not None:
        for f in sorted(replica.glob("*-d*.html")):
            out.append((f.read_bytes(), f"https://anhp.vn/{f.name}"))
        return out
    for d in sorted(PAGES.iterdir()):
        if (d / "page.html").exists():
            out.append(((d / "page.html").read_bytes(), json.loads((d / "meta.json").read_text("utf-8"))["url"]))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=3000, help="pages to parse with each extractor (default 3000)")
    parser.add_argument("--replica", type=Path, help="use a replica's article pages (e.g. tests/replica) instead")
    args = parser.parse_args(argv)

    import trafilatura

    from anninhhaiphong.extraction import extract_article

    pages = load_pages(args.replica)
    work = [pages[i % len(pages)] for i in range(args.n)]
    for html, url in pages:  # warm-up: imports, caches
        extract_article(html, url)
        trafilatura.extract(html, url=url, favor_precision=True)

    start = time.process_time()
    for html, url in work:
        extract_article(html, url)
    ours = (time.process_time() - start) * 1000 / len(work)

    start = time.process_time()
    for html, url in work:
        trafilatura.extract(html, url=url, favor_precision=True, include_comments=False)
    theirs = (time.process_time() - start) * 1000 / len(work)

    size = sum(len(h) for h, _ in pages) / len(pages) / 1024
    print(f"pages: {len(work)} ({len(pages)} distinct, {size:.1f} KiB average)")
    print(f"extract_article:    {ours:7.3f} ms/page (CPU)")
    print(f"trafilatura.extract:{theirs:7.3f} ms/page (CPU)")
    print(f"ratio ours/trafilatura: {ours / theirs:.3f} (target <= 0.200)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
