"""Snapshot of extraction output, to prove a speed change leaves every output byte as it was.

Runs ``extract_raw`` and ``extract_article`` on every saved page the tests know (tests/pages/*/page.html
with the URL from its meta.json, every HTML file of tests/replica and tests/sites, the fault server's
generated article pages), each with its URL, with no URL (what ``anninhhaiphong parse`` does), and with a
republisher's URL (no site layout: the meaning layer alone), and writes one JSON line per run
(``metadata.dateDownloaded`` left out) to two files: ``NAME.raw.jsonl`` (extraction alone, independent of
the cleaning stage) and ``NAME.article.jsonl`` (the whole command's output).

    .venv/bin/python benchmarks/snapshot_extraction.py [OUT_PREFIX] [--fuzz N]   # default /tmp/snapshot

``--fuzz N`` adds at least N mutated pages, as many of each saved page (see `mutants`): run it before and
after a change too. Cases keep their names when pages are added: compare the cases both runs hold.
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


_SPLICES = ("<!-- c -->", "<script>var a=1;</script>", "<style>p{}</style>", " cookie ", "<span>Cookie</span>",
            "<?pi x?>", "We use cookies", "<div class='cookie-bar'>Trang web sử dụng cookie <a>Đồng ý</a></div>",
            "18:31 12/06/2022", "ngày 5 tháng 3 năm 2019", "<h3>Tin liên quan</h3>", "<b>Xem thêm:</b>",
            "<p class='author'>Minh Phương</p>", "\u200b", "Tin", " mới", "<br>", "&nbsp;", "»",
            "<a href='/bai-viet-khac-ve-an-ninh-trat-tu-d12345.html'>Bài viết khác về an ninh trật tự</a>",
            "<ul><li><a href='/x-y-z-w-d999.html'>Một tin khác</a></li></ul>", "<!-- x -->okie", "co<!-- y -->",
            "COOKIE POLICY", "<td>x</td>", "</div>", "<div>", "<p>", "</p>")


def mutants(pages: list[tuple[str, bytes]], n: int, seed: int = 1) -> list[tuple[str, bytes, str | None]]:
    """At least ``n`` pages made by splicing comments, scripts, cookie sentences, dates, headings, links and
    stray tags into the saved pages at tag boundaries: shapes the saved pages lack (text nodes split by a
    removed comment, 'cookie' across an element…). Each page gives the same number of mutants, each made
    with a generator seeded by the page's name and the mutant's number from that page's text alone: a page
    added to the tests adds mutants of its own and leaves the others as they were."""
    import random
    import re

    named = sorted((name, data.decode("utf-8", "replace")) for name, data in pages if data.strip())
    if not named:
        return []
    per_page = -(-n // len(named))
    out = []
    for name, text in named:
        for j in range(per_page):
            rnd = random.Random(f"{seed}/{name}/{j}")
            s = text
            for _ in range(rnd.randint(1, 12)):
                pos = [m.start() for m in re.finditer("<", s)]
                if not pos:
                    break
                p = rnd.choice(pos)
                s = s[:p] + rnd.choice(_SPLICES) + s[p:]
            if rnd.random() < 0.3:
                a = rnd.randrange(len(text))
                s += text[a:a + rnd.randint(100, 3000)]  # a stray copy of a part of the page after its end
            if rnd.random() < 0.2:
                a = rnd.randrange(len(s))
                s = s[:a] + s[min(len(s), a + rnd.randint(10, 500)):]
            out.append((f"mutant/{name}/{j}", s.encode("utf-8"), None))
    return out


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    fuzz = 0
    if "--fuzz" in args:
        i = args.index("--fuzz")
        fuzz = int(args[i + 1])
        args = args[:i] + args[i + 2:]
    prefix = args[0] if args else "/tmp/snapshot"
    n = 0
    saved = cases()
    if fuzz:
        saved += mutants([(name, data) for name, data, _ in saved], fuzz)
    with open(prefix + ".raw.jsonl", "w", encoding="utf-8") as raw_out, \
            open(prefix + ".article.jsonl", "w", encoding="utf-8") as art_out:
        for name, data, url in saved:
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
