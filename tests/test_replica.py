"""The replica server (paths, pages, queries, redirects, 404, ``..``) and the replica's files.

Every link in the replica resolves except the declared broken ones, every article is reachable the
way ``expected.json`` says, and ``expected.json`` agrees with the HTML. Only 127.0.0.1 is contacted.
"""

from __future__ import annotations

import html as htmllib
import http.client
import json
import re
import subprocess
import sys
import unicodedata
from collections import deque
from pathlib import Path
from urllib.parse import urljoin, urlsplit
from xml.etree import ElementTree

import lxml.html
import pytest

from anninhhaiphong.replica import ReplicaServer, load_redirects, resolve, serve
from anninhhaiphong.urls import SITE_HOSTS, article_id

TESTS = Path(__file__).resolve().parent
REPLICA = TESTS / "replica"
SITES = TESTS / "sites"
sys.path.insert(0, str(TESTS / "replica_tools"))

import generate  # noqa: E402
import generate_sites  # noqa: E402

EXPECTED = json.loads((REPLICA / "expected.json").read_text(encoding="utf-8"))
ARTICLES = {a["id"]: a for a in EXPECTED["articles"]}
SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def get(server: ReplicaServer, target: str, method: str = "GET") -> tuple[int, dict[str, str], bytes]:
    """One raw request (no redirect following, no path normalisation)."""
    conn = http.client.HTTPConnection(server.host, server.port, timeout=5)
    try:
        conn.request(method, target)
        resp = conn.getresponse()
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read()
    finally:
        conn.close()


@pytest.fixture(scope="module")
def replica():
    with serve(REPLICA) as server:
        yield server


# ------------------------------------------------------------------------------------------ server


def test_home_and_content_types(replica: ReplicaServer) -> None:
    status, headers, body = get(replica, "/")
    assert status == 200
    assert headers["content-type"] == "text/html; charset=utf-8"
    assert body == (REPLICA / "index.html").read_bytes()
    for target, ctype in [("/sitemap.xml", "application/xml"), ("/rss/home.rss", "application/rss+xml"),
                          ("/robots.txt", "text/plain; charset=utf-8")]:
        status, headers, _ = get(replica, target)
        assert (status, headers["content-type"]) == (200, ctype), target


def test_page_query_maps_to_page_file_and_other_queries_are_ignored(replica: ReplicaServer) -> None:
    _, _, page2 = get(replica, "/xa-hoi-c9.html?page=2")
    assert page2 == (REPLICA / "xa-hoi-c9.page-2.html").read_bytes()
    _, _, page3 = get(replica, "/xa-hoi-c9.html?utm_source=x&page=3")
    assert page3 == (REPLICA / "xa-hoi-c9.page-3.html").read_bytes()
    _, _, page1 = get(replica, "/xa-hoi-c9.html?page=1")
    assert page1 == (REPLICA / "xa-hoi-c9.html").read_bytes()
    path = ARTICLES["62210"]["path"]
    status, _, tracked = get(replica, path + "?utm_source=fb&utm_medium=social")
    assert status == 200 and tracked == (REPLICA / path[1:]).read_bytes()
    assert get(replica, "/xa-hoi-c9.html?page=99")[0] == 404
    assert get(replica, "/xa-hoi-c9.html?page=abc")[2] == (REPLICA / "xa-hoi-c9.html").read_bytes()


def test_missing_is_404_and_dotdot_is_rejected(replica: ReplicaServer) -> None:
    assert get(replica, "/khong-co-bai-nay-d1.html")[0] == 404
    for target in EXPECTED["not_found"]:
        assert get(replica, target)[0] == 404, target
    for target in ["/../test_replica.py", "/sitemaps/../../test_replica.py", "/%2e%2e/test_replica.py",
                   "/rss/%2E%2E/%2e%2e/conftest.py"]:
        status, _, body = get(replica, target)
        assert status == 400, target
        assert b"import" not in body


def test_redirects_and_head(replica: ReplicaServer) -> None:
    (old, new), = EXPECTED["redirects"].items()
    status, headers, body = get(replica, old + "?utm_source=fb")
    assert status == 301 and headers["location"] == new and body == b""
    status, headers, body = get(replica, "/", method="HEAD")
    assert status == 200 and body == b""
    assert int(headers["content-length"]) == (REPLICA / "index.html").stat().st_size
    assert get(replica, "/nope.html", method="HEAD")[0] == 404


def test_served_paths_in_order_and_close_releases_the_port(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text("<p>x</p>", encoding="utf-8")
    (tmp_path / "a.page-2.html").write_text("two", encoding="utf-8")
    (tmp_path / "a.html").write_text("one", encoding="utf-8")
    (tmp_path / "_redirects.txt").write_text("# comment\n/old.html 302 /a.html\n", encoding="utf-8")
    with serve(tmp_path) as server:
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+", server.base_url)
        assert get(server, "/a.html?page=2")[2] == b"two"
        assert get(server, "/old.html")[1]["location"] == "/a.html"
        get(server, "/missing.html")
        get(server, "/", method="HEAD")
        assert server.served_paths == ["/a.html?page=2", "/old.html", "/missing.html", "/"]
        port = server.port
    with pytest.raises(OSError):
        http.client.HTTPConnection("127.0.0.1", port, timeout=1).request("GET", "/")


def test_resolve_and_redirect_file_rules(tmp_path: Path) -> None:
    root = tmp_path / "root"
    (root / "d").mkdir(parents=True)
    (root / "d" / "index.html").write_text("d", encoding="utf-8")
    (tmp_path / "secret.txt").write_text("s", encoding="utf-8")
    (root / "link.txt").symlink_to(tmp_path / "secret.txt")
    assert resolve(root, "/d/") == (root / "d" / "index.html").resolve()
    assert resolve(root, "/d") is None  # a directory is not a file
    with pytest.raises(ValueError):
        resolve(root, "/link.txt")  # a symlink out of the root is outside it
    with pytest.raises(ValueError):
        resolve(root, "/d/../../secret.txt")
    (root / "_redirects.txt").write_text("/a.html 200 /b.html\n", encoding="utf-8")
    with pytest.raises(ValueError, match="FROM_PATH STATUS TO_URL"):
        load_redirects(root)


def test_command_line_serves_a_directory(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text("hello", encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "anninhhaiphong.replica", str(tmp_path)],
                            stdout=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline() if proc.stdout else ""
        m = re.search(r"http://127\.0\.0\.1:(\d+)", line)
        assert m, line
        conn = http.client.HTTPConnection("127.0.0.1", int(m.group(1)), timeout=5)
        conn.request("GET", "/")
        assert conn.getresponse().read() == b"hello"
        conn.close()
    finally:
        proc.terminate()
        proc.wait(timeout=5)


# ------------------------------------------------------------------------------- links and crawling


def links_of(body: bytes, page_url: str) -> list[str]:
    """Absolute URLs of a page's ``a`` and ``link`` hrefs (javascript:, mailto: and fragments dropped)."""
    if not body.strip():
        return []
    doc = lxml.html.fromstring(body)
    out = []
    for href in doc.xpath("//a/@href | //link[@rel='alternate' or @rel='canonical']/@href"):
        href = href.strip()
        if not href or href.startswith(("javascript:", "mailto:", "#")):
            continue
        out.append(urljoin(page_url, href).split("#", 1)[0])
    return out


def feed_links(body: bytes, page_url: str) -> list[str]:
    """URLs in a sitemap, sitemap index or RSS feed."""
    tree = ElementTree.fromstring(body)
    locs = [el.text for el in tree.iter() if el.tag in (SM + "loc", "link") and el.text]
    return [urljoin(page_url, u.strip()) for u in locs]


def on_site(url: str, replica_host: str = "") -> bool:
    return (urlsplit(url).hostname or "") in SITE_HOSTS | {replica_host} and urlsplit(url).scheme in ("http",
                                                                                                      "https")


def target_of(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def crawl(server: ReplicaServer, starts: list[str], feeds: bool) -> tuple[dict[str, int], set[str]]:
    """Follow every in-site link (site hosts mapped onto the replica), robots.txt Disallow obeyed.

    With ``feeds``, also robots.txt Sitemap lines, sitemaps and advertised RSS feeds. Returns
    ``{target: final status}`` and the article IDs fetched with status 200."""
    status_of: dict[str, int] = {}
    robots = get(server, "/robots.txt")
    disallow = re.findall(r"(?im)^Disallow:\s*(\S+)", robots[2].decode()) if robots[0] == 200 else []
    queue = deque(starts)
    if feeds and robots[0] == 200:
        queue.extend(re.findall(r"(?im)^Sitemap:\s*(\S+)", robots[2].decode()))
    seen: set[str] = set()
    ids: set[str] = set()
    while queue:
        url = urljoin("https://anhp.vn/", queue.popleft())
        if not on_site(url):
            continue
        target = target_of(url)
        if target in seen or any(urlsplit(target).path.startswith(d) for d in disallow):
            continue
        seen.add(target)
        status, headers, body = get(server, target)
        hops = 0
        while status in (301, 302) and hops < 3:
            target_after = target_of(urljoin("https://anhp.vn" + target, headers["location"]))
            status, headers, body = get(server, target_after)
            hops += 1
        status_of[target] = status
        if status != 200:
            continue
        page_url = "https://anhp.vn" + target
        ctype = headers["content-type"]
        if ctype.startswith("text/html"):
            if article_id(page_url):
                ids.add(article_id(page_url) or "")
            for link in links_of(body, page_url):
                is_feed = link.endswith((".rss", ".xml"))
                if feeds or not is_feed:
                    queue.append(link)
        elif feeds and ("xml" in ctype):
            queue.extend(feed_links(body, page_url))
    return status_of, ids


def test_every_link_resolves_except_the_declared_broken_ones(replica: ReplicaServer) -> None:
    status_of, ids = crawl(replica, ["/"], feeds=True)
    broken = {t for t, s in status_of.items() if s != 200}
    assert broken == set(EXPECTED["not_found"])
    assert ids == set(ARTICLES)
    fetched = [urlsplit(p).path for p in replica.served_paths]
    assert "/admin/x.html" not in fetched  # robots.txt Disallow obeyed by the crawl above...
    assert (REPLICA / "admin" / "x.html").is_file()  # ...though the page exists and the home page links it
    assert "/admin/x.html" in (REPLICA / "index.html").read_text(encoding="utf-8")
    for target in EXPECTED["non_articles"]:
        assert get(replica, target)[0] == 200, target


def test_reachability_is_as_declared(replica: ReplicaServer) -> None:
    _, via_links = crawl(replica, ["/"], feeds=False)
    _, via_sections = crawl(replica, [p for p in EXPECTED["non_articles"] if re.search(r"-c\d+\.html", p)],
                            feeds=False)
    sitemap_ids = {i for ids in EXPECTED["sitemaps"].values() for i in ids}
    assert via_links == set(ARTICLES)  # everything is reachable by following links from home
    for a in ARTICLES.values():
        reach = set(a["reachable"])
        assert ("sitemap" in reach) == (a["id"] in sitemap_ids)
        assert ("rss" in reach) == (a["id"] in EXPECTED["rss"])
        assert ("sections" in reach) == any(a["id"] in ids for ids in EXPECTED["sections"].values())
        if reach == {"only-linked"}:
            home = (REPLICA / "index.html").read_text(encoding="utf-8")
            assert f"-d{a['id']}.html" not in home
    only = [a["id"] for a in ARTICLES.values() if a["reachable"] == ["only-linked"]]
    assert len(only) >= 3
    assert via_sections >= {a["id"] for a in ARTICLES.values() if "sections" in a["reachable"]}


def test_sitemaps_and_feed(replica: ReplicaServer) -> None:
    robots = (REPLICA / "robots.txt").read_text(encoding="utf-8")
    assert re.search(r"(?m)^Sitemap: /sitemap.xml$", robots) and "Disallow: /admin/" in robots
    index = ElementTree.parse(REPLICA / "sitemap.xml").getroot()
    assert index.tag == SM + "sitemapindex"
    assert [target_of(el.text or "") for el in index.iter(SM + "loc")] == list(EXPECTED["sitemaps"])
    for path, ids in EXPECTED["sitemaps"].items():
        urlset = ElementTree.parse(REPLICA / path[1:]).getroot()
        rows = urlset.findall(SM + "url")
        assert [article_id(r.findtext(SM + "loc")) for r in rows] == ids
        assert all(r.findtext(SM + "lastmod") == ARTICLES[i]["datePublished"] for r, i in zip(rows, ids, strict=True))
    rss = ElementTree.parse(REPLICA / "rss" / "home.rss").getroot()
    assert rss.tag == "rss" and rss.get("version") == "2.0"
    items = [article_id(i.findtext("link")) for i in rss.iter("item")]
    assert items == EXPECTED["rss"] and len(items) == 10
    newest = sorted((a for a in ARTICLES.values() if "only-linked" not in a["reachable"]),
                    key=lambda a: a["datePublished"], reverse=True)
    assert items == [a["id"] for a in newest[:10]]


# ---------------------------------------------------------------------------------- expected.json


def visible_text(doc: lxml.html.HtmlElement) -> str:
    for bad in doc.xpath("//script | //style"):
        bad.drop_tree()
    return " ".join(" ".join(doc.itertext()).split())


def page(a: dict) -> lxml.html.HtmlElement:
    return lxml.html.fromstring((REPLICA / a["path"][1:]).read_bytes())


def test_expected_articles_match_their_pages() -> None:
    assert len(ARTICLES) >= 34
    years = {a["datePublished"][:4] for a in ARTICLES.values()}
    assert min(years) == "2011" and max(years) == "2026"
    for a in ARTICLES.values():
        doc = page(a)
        assert a["path"] == f"/{generate.slugify(a['headline'])}-d{a['id']}.html"
        assert article_id(a["path"]) == a["id"]
        assert doc.xpath("string(//h1)").strip() == a["headline"]
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:00\+07:00", a["datePublished"])
        assert a["template"] == ("current" if a["datePublished"] >= "2021" else "older")
        if a["template"] == "older":
            assert doc.xpath("string(//div[@class='detailBox'])").strip() == a["datePublishedRaw"]
        text = visible_text(page(a))
        assert a["datePublishedRaw"] in text
        squeezed = re.sub(r"\s+", "", "".join(page(a).itertext()))
        pos = 0
        for line in a["body"]:  # every body line is on the page, in order (whitespace aside)
            found = squeezed.find(re.sub(r"\s+", "", line.replace(" | ", "")), pos)  # table cells: " | "
            assert found >= 0, (a["id"], line)
            pos = found + 1
        assert a["body"][0] == a["description"]
        assert " ".join(a["bylineRaw"].split()) in text
        assert not any(a["bylineRaw"].rstrip(" |") in line for line in a["body"][-1:])
        captions = [im["caption"] for im in a["images"] if im["caption"]]
        assert not set(captions) & set(a["body"])
        srcs = doc.xpath("//img/@src")
        assert all(im["url"] in srcs for im in a["images"])
        for cap in captions:
            assert cap in text
        assert a["related"], a["id"]
        for r in a["related"]:
            target = next((x for x in ARTICLES.values() if x["path"] == r["path"]), None)
            if target is None:
                assert r["path"] in EXPECTED["not_found"]
            else:
                assert target["headline"] == r["headline"]
                if r["datePublished"]:
                    assert r["datePublished"][:10] == target["datePublished"][:10]
            assert r["headline"] not in a["body"]
        assert a["relatedHeading"] in text
        canon = doc.xpath("//link[@rel='canonical']/@href")
        assert canon == ([a["canonicalUrl"]] if a["hasCanonical"] else [])
        assert bool(doc.xpath("//meta[@property='og:title']")) == a["hasOpenGraph"]
        ld = doc.xpath("//script[@type='application/ld+json']/text()")
        assert bool(ld) == a["hasJsonLd"]
        if ld:
            data = json.loads(ld[0])
            assert (data["@type"], data["headline"], data["datePublished"]) == (
                "NewsArticle", a["headline"], a["datePublished"])
        if a["cookieNotice"] == "en":
            assert "This website uses cookies. See Our policy to learn more." in text
        if a["cookieNotice"] == "vi":
            assert "Chúng tôi sử dụng cookie" in text
        assert "Tin mới" in text and "Đọc nhiều" in text and "Chia sẻ" in text
        assert all(t in text for t in a["tags"]) and "Từ khóa:" in text


def test_ids_grow_with_dates_and_markup_varies() -> None:
    recent = sorted((a for a in ARTICLES.values() if int(a["id"]) >= 10000), key=lambda a: a["datePublished"])
    assert [int(a["id"]) for a in recent] == sorted(int(a["id"]) for a in recent)
    values = lambda key: {str(a[key]) for a in ARTICLES.values()}  # noqa: E731
    assert values("template") == {"current", "older"}
    assert values("bodyStyle") == {"p", "div", "br"}
    assert values("imageStyle") == {"figure", "table"}
    assert values("leadMarked") == values("hasCanonical") == values("hasJsonLd") == {"True", "False"}
    assert values("cookieNotice") == {"en", "vi", "None"}
    assert values("relatedHeading") == {"Tin khác", "Tin liên quan"}
    bylines = values("bylineRaw")
    assert {"MP", "THẾ KHOA |", "Tin và ảnh: Bình Yên", "Hoàng Long", "Theo Báo Công an nhân dân",
            "Minh Hiếu – Thu Trang"} <= bylines
    assert any(line.startswith("PV. ") for a in ARTICLES.values() for line in a["body"])
    assert {a["source"] for a in ARTICLES.values()} == {None, "Công an nhân dân"}
    hosts = set()
    for file in REPLICA.glob("*.html"):
        hosts |= set(re.findall(r'href="(https?://[^/"]+)/', file.read_text(encoding="utf-8")))
    assert {"https://anhp.vn", "http://beta.anhp.vn"} <= hosts
    assert re.search(r"http://media.anhp.vn:8081/files/\d{4}/\d\d\w", json.dumps(EXPECTED))
    assert "https://media.anhp.vn/files/2023/09IMG_6140.jpeg" in json.dumps(EXPECTED)


def test_files_are_nfc_small_and_regenerate_identically(tmp_path: Path) -> None:
    total = 0
    for file in REPLICA.rglob("*"):
        if file.is_file():
            text = file.read_text(encoding="utf-8")
            assert unicodedata.is_normalized("NFC", text), file
            assert htmllib.unescape(text) == unicodedata.normalize("NFC", htmllib.unescape(text))
            total += file.stat().st_size
    assert total < 2_000_000
    generate.generate(tmp_path / "replica")
    generate_sites.main(["generate_sites.py", str(tmp_path / "sites")])
    for fresh_root, committed_root in [(tmp_path / "replica", REPLICA), (tmp_path / "sites", SITES)]:
        fresh = {p.relative_to(fresh_root): p.read_bytes() for p in fresh_root.rglob("*") if p.is_file()}
        committed = {p.relative_to(committed_root): p.read_bytes() for p in committed_root.rglob("*")
                     if p.is_file()}
        assert fresh.keys() == committed.keys()
        stale = [str(k) for k in fresh if fresh[k] != committed[k]]
        assert not stale, f"run tests/replica_tools/generate*.py and commit: {stale}"


# ------------------------------------------------------------------------------- the unseen sites


@pytest.mark.parametrize("name", ["paged", "sitemap_only"])
def test_unseen_sites(name: str) -> None:
    root = SITES / name
    expected = json.loads((root / "expected.json").read_text(encoding="utf-8"))
    ids = {a["id"] for a in expected["articles"]}
    assert 8 <= len(ids) <= 12
    for a in expected["articles"]:
        doc = lxml.html.fromstring((root / a["path"][1:]).read_bytes())
        title = doc.xpath("string(//h1 | //h2[@class='news-name'])").strip()
        assert title == a["headline"]
        assert "detailBox" not in doc.xpath("string(//@class)")
    with serve(root) as server:
        statuses, via_links = crawl(server, ["/"], feeds=False)
        _, via_all = crawl(server, ["/"], feeds=True)
    assert via_all == ids
    if name == "paged":
        assert via_links == ids
        assert "Sitemap" not in (root / "robots.txt").read_text(encoding="utf-8")
        assert {t for t, s in statuses.items() if s != 200} == set(expected["not_found"])
        assert any("?page=3" in t for t in statuses)
    else:
        assert via_links == set()  # nothing without the sitemaps and the feed
        home = (root / "index.html").read_text(encoding="utf-8")
        assert "application/rss+xml" in home and not re.search(r"-d\d+\.html", home)
        doc = lxml.html.fromstring((root / expected["articles"][0]["path"][1:]).read_bytes())
        assert doc.xpath("//meta[@property='og:title']/@content") == [expected["articles"][0]["headline"]]
