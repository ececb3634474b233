"""Crawls of sites served on 127.0.0.1: the replica and two small sites with other markup and other
ways in (pagination only; sitemaps and a feed only). Every article exactly once, nothing else, nothing
off the site, and the options --since, --until, --max-articles and --urls."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from conftest import TESTS
from crawling import read_jsonl, run_crawl

from anninhhaiphong.replica import serve
from anninhhaiphong.schema import validation_errors

REPLICA = TESTS / "replica"
EXPECTED = json.loads((REPLICA / "expected.json").read_text(encoding="utf-8"))


def _crawl(root: Path, tmp_path: Path, *extra: str) -> tuple[list[dict], list[str], int, str]:
    out = tmp_path / "out.jsonl"
    with serve(root) as site:
        done = run_crawl(site.base_url, tmp_path / "data", "-O", str(out), *extra)
        served = list(site.served_paths)
    items = read_jsonl(out) if out.exists() else []
    return items, served, done.returncode, done.stderr


def _ids(items: list[dict]) -> Counter[str]:
    return Counter(item["articleId"] for item in items)


def test_replica_every_article_exactly_once(tmp_path: Path) -> None:
    items, served, code, stderr = _crawl(REPLICA, tmp_path)
    assert code == 0, stderr
    expected = {a["id"]: a for a in EXPECTED["articles"]}
    ids = _ids(items)
    assert set(ids) == set(expected)
    assert max(ids.values()) == 1
    for item in items:
        want = expected[item["articleId"]]
        assert item["headline"] == want["headline"]
        assert item["datePublished"] == want["datePublished"]
        assert item["canonicalUrl"] == f"https://anhp.vn{want['path']}"
        assert item["url"].startswith("http://127.0.0.1:")
        assert item["metadata"]["dateDownloaded"].endswith("Z")
        assert validation_errors(item) == []
    # robots.txt obeyed, one request per article whatever slug or tracking parameter reached it
    assert not any(p.startswith("/admin/") for p in served)
    article_fetches = Counter(p.split("?")[0] for p in served if p.split("?")[0].endswith(".html") and "-d" in p)
    assert all(n == 1 for path, n in article_fetches.items() if path in {a["path"] for a in EXPECTED["articles"]})
    assert not any("utm_" in p for p in served)


@pytest.mark.parametrize("name", ["paged", "sitemap_only"])
def test_unseen_small_sites(name: str, tmp_path: Path) -> None:
    root = TESTS / "sites" / name
    expected = json.loads((root / "expected.json").read_text(encoding="utf-8"))["articles"]
    items, served, code, stderr = _crawl(root, tmp_path)
    assert code == 0, stderr
    ids = _ids(items)
    assert set(ids) == {a["id"] for a in expected}
    assert max(ids.values()) == 1
    by_id = {a["id"]: a for a in expected}
    for item in items:
        assert item["headline"] == by_id[item["articleId"]]["headline"]
        assert item["datePublished"] == by_id[item["articleId"]]["datePublished"]


def test_since_until_and_max_articles(tmp_path: Path) -> None:
    since, until = "2021-01-01", "2024-12-31"
    items, _, code, stderr = _crawl(REPLICA, tmp_path / "window", "--since", since, "--until", until)
    assert code == 0, stderr
    want = {a["id"] for a in EXPECTED["articles"] if since <= a["datePublished"][:10] <= until}
    assert want and set(_ids(items)) == want

    items, _, code, stderr = _crawl(REPLICA, tmp_path / "max", "--max-articles", "5")
    assert code == 0, stderr
    assert len(items) == 5 and len(_ids(items)) == 5


def test_urls_file_only_site_articles(tmp_path: Path) -> None:
    paths = [a["path"] for a in EXPECTED["articles"][:2]]
    urls = tmp_path / "urls.txt"
    urls.write_text("\n".join([f"https://anhp.vn{paths[0]}", f"http://beta.anhp.vn{paths[1]}?utm_source=x",
                               "https://example.com/other-d1.html", "# a comment", ""]), encoding="utf-8")
    items, served, code, stderr = _crawl(REPLICA, tmp_path, "--urls", str(urls), "--max-articles", "40")
    assert code == 0, stderr
    assert {p.split("/")[-1].rsplit("-d", 1)[-1].split(".")[0] for p in paths} <= set(_ids(items))
    assert "example.com" in stderr or "not a URL on the site" in stderr


@pytest.mark.parametrize(("args", "message"), [
    (["--since", "yesterday"], "since"),
    (["--max-articles", "0"], "max_articles"),
    (["--site", "ftp://x"], "site"),
    (["--site", "https://user:secret@anhp.vn"], "credentials"),
    (["--urls", "/nonexistent/file"], "urls"),
])
def test_bad_options_are_usage_errors(args: list[str], message: str, tmp_path: Path) -> None:
    done = run_crawl("http://127.0.0.1:9", tmp_path, *args)
    assert done.returncode == 2
    assert message in done.stderr and "Traceback" not in done.stderr


def _deep_archive(root: Path, pages: int) -> set[str]:
    """A site whose one section lists two articles a page over ``pages`` pages (deeper than ANHP_NAV_DEPTH)."""
    root.mkdir()
    (root / "index.html").write_text('<html><body><a href="/luu-tru-c1.html">Lưu trữ</a></body></html>',
                                     encoding="utf-8")
    ids: set[str] = set()
    for n in range(1, pages + 1):
        links = []
        for k in range(2):
            aid = str(20000 + n * 10 + k)
            ids.add(aid)
            name = f"tin-luu-tru-so-{aid}-d{aid}.html"
            links.append(f'<li><a href="/{name}">Tin lưu trữ số {aid}</a></li>')
            (root / name).write_text(
                f"<html><head><title>Tin lưu trữ số {aid}</title></head><body><h1>Tin lưu trữ số {aid}</h1>"
                f"<div>08:30 0{1 + n % 9}/03/2019</div><p>Nội dung bài lưu trữ số {aid}, đoạn thứ nhất của bài.</p>"
                f"<p>Đoạn thứ hai của bài lưu trữ, kể thêm chi tiết của vụ việc.</p><p>MP</p></body></html>",
                encoding="utf-8")
        next_link = f'<a href="/luu-tru-c1.html?page={n + 1}">Trang sau</a>' if n < pages else ""
        page = root / ("luu-tru-c1.html" if n == 1 else f"luu-tru-c1.page-{n}.html")
        page.write_text(f"<html><body><ul>{''.join(links)}</ul>{next_link}</body></html>", encoding="utf-8")
    return ids


def test_pagination_deeper_than_the_nav_depth_is_followed_while_it_lists_new_articles(tmp_path: Path) -> None:
    ids = _deep_archive(tmp_path / "site", pages=12)
    items, served, code, stderr = _crawl(tmp_path / "site", tmp_path)
    assert code == 0, stderr
    assert set(_ids(items)) == ids


def test_feed_linked_as_a_plain_link_is_read_as_a_feed(tmp_path: Path) -> None:
    root = tmp_path / "site"
    root.mkdir()
    (root / "index.html").write_text('<html><body><a href="/rss.xml">RSS</a></body></html>', encoding="utf-8")
    items = "".join(f"<item><title>Tin {i}</title><link>https://anhp.vn/tin-so-{i}-d{i}.html</link></item>"
                    for i in (31, 32))
    (root / "rss.xml").write_text(f'<?xml version="1.0"?><rss version="2.0"><channel>{items}</channel></rss>',
                                  encoding="utf-8")
    for i in (31, 32):
        (root / f"tin-so-{i}-d{i}.html").write_text(
            f"<html><body><div><h1>Phát hiện vụ việc số {i} tại quận Lê Chân</h1><p>10:00 02/02/2024</p>"
            f"<p>Đoạn một của tin số {i} kể lại vụ việc.</p>"
            f"<p>Đoạn hai của tin số {i} nói thêm về kết quả xử lý.</p></div></body></html>", encoding="utf-8")
    items_out, served, code, stderr = _crawl(root, tmp_path)
    assert code == 0, stderr
    assert set(_ids(items_out)) == {"31", "32"}
