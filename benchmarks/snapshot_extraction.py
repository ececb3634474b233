"""Snapshot of extraction output, to prove a speed change leaves every output byte as it was.

Runs ``extract_raw`` and ``extract_article`` on every saved page the tests know (tests/pages/*/page.html
with the URL from its meta.json, every HTML file of tests/replica and tests/sites, the fault server's
generated article pages), each with its URL, with no URL (what ``anninhhaiphong parse`` does), and with a
republisher's URL (no site layout: the meaning layer alone), and writes one JSON line per run
(``metadata.dateDownloaded`` left out) to two files: ``NAME.raw.jsonl`` (extraction alone, independent of
the cleaning stage) and ``NAME.article.jsonl`` (the whole command's output).

    .venv/bin/python benchmarks/snapshot_extraction.py [OUT_PREFIX]        # default /tmp/snapshot
    cmp /tmp/before.raw.jsonl /tmp/after.raw.jsonl && cmp /tmp/before.article.jsonl /tmp/after.article.jsonl
"""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from anninhhaiphong.extraction import extract_article, extract_raw  # noqa: E402
from anninhhaiphong.items import article_to_dict  # noqa: E402


def cases() -> list[tuple[str, bytes, str | None]]:
    """(name, page bytes, URL) for every saved page."""
    out: list[tuple[str, bytes, str | None]] = []
    for d in sorted((ROOT / "tests" / "pages").iterdir()):
        page = d / "page.html"
        if page.exists():
            url = json.loads((d / "meta.json").read_text("utf-8")).get("url")
            out.append((f"pages/{d.name}", page.read_bytes(), url))
    for f in sorted((ROOT / "tests" / "replica").rglob("*.html")):
        out.append((f"replica/{f.relative_to(ROOT / 'tests' / 'replica')}", f.read_bytes(),
                    f"https://anhp.vn/{f.name}"))
    for f in sorted((ROOT / "tests" / "sites").rglob("*.html")):
        out.append((f"sites/{f.relative_to(ROOT / 'tests' / 'sites')}", f.read_bytes(),
                    f"https://example.com/{f.name}"))
    try:
        from tests.faults import server
    except ImportError:
        return out
    for aid in server.GOOD_IDS:
        html = server.article_html(aid)
        url = f"https://anhp.vn{server.slug_path(aid)}"
        out.append((f"faults/{aid}", html.encode("utf-8"), url))
        out.append((f"faults/{aid}.cp1258", server.to_cp1258(html.replace("utf-8", "windows-1258")), url))
        if aid in server._TITLES:
            out.append((f"faults/{aid}.malformed", server.malformed_html(aid).encode("utf-8"), url))
    out.append(("faults/laughs", server.billion_laughs("https://anhp.vn").encode("utf-8"), None))
    out.append(("faults/empty", b"", None))
    out.append(("faults/blank", b"   \n ", None))
    return out


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    prefix = args[0] if args else "/tmp/snapshot"
    n = 0
    with open(prefix + ".raw.jsonl", "w", encoding="utf-8") as raw_out, \
            open(prefix + ".article.jsonl", "w", encoding="utf-8") as art_out:
        for name, data, url in cases():
            for label, u in (("url", url), ("nourl", None), ("republisher", "https://republisher.example/"
                                                                          "tin-tuc/mot-bai-bao-dang-lai-123456.html")):
                raw = extract_raw(data, u)
                raw_out.write(json.dumps({"case": f"{name} [{label}]", **dataclasses.asdict(raw)},
                                         ensure_ascii=False, sort_keys=True) + "\n")
                article = article_to_dict(extract_article(data, u))
                article.get("metadata", {}).pop("dateDownloaded", None)
                art_out.write(json.dumps({"case": f"{name} [{label}]", **article}, ensure_ascii=False) + "\n")
                n += 1
    print(f"{n} runs written to {prefix}.raw.jsonl and {prefix}.article.jsonl")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
