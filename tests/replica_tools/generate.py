"""Generate the static replica of anhp.vn under tests/replica (deterministic: same input, same bytes).

Run from the project root: ``.venv/bin/python tests/replica_tools/generate.py [OUT_DIR]``.

The articles' text is in `content.py`; this script renders it with two templates (``current`` for
dates from 2021, ``older`` before, whose date sits in ``div.detailBox``), varying the markup from
page to page the way a real CMS does, and writes the ground truth ``expected.json``.
"""

from __future__ import annotations

import html
import json
import shutil
import sys
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent))

from content import ARTICLES, SECTIONS, Source  # noqa: E402

ROOT = Path(__file__).resolve().parents[1] / "replica"
SITE = "https://anhp.vn"
PER_PAGE = 3
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]

# byline key: (html, author names as printed, source); see `author` for the contract's {name, nameRaw}
BYLINES: dict[str, tuple[str, list[str], str | None]] = {
    "mp": ('<p style="text-align: right;"><strong>MP</strong></p>', ["MP"], None),
    "the_khoa": ('<p class="author"><strong>THẾ KHOA</strong> |</p>', ["THẾ KHOA"], None),
    "tin_anh": ('<p style="text-align: right;"><em>Tin và ảnh: Bình Yên</em></p>', ["Bình Yên"], None),
    "hoang_long": ('<div class="author-name">Hoàng Long</div>', ["Hoàng Long"], None),
    "theo_cand": ('<p style="text-align: right;"><strong>Theo Báo Công an nhân dân</strong></p>', [],
                  "Công an nhân dân"),
    "minh_hieu_thu_trang": ('<p style="text-align: right;"><strong>Minh Hiếu – Thu Trang</strong></p>',
                            ["Minh Hiếu", "Thu Trang"], None),
    "tac_gia": ('<p class="tac-gia">Tác giả: Tùng Nguyễn</p>', ["Tùng Nguyễn"], None),
    "minh_thu": ("<p><strong>MINH THƯ</strong></p>", ["MINH THƯ"], None),
}
BYLINE_TEXT = {
    "mp": "MP", "the_khoa": "THẾ KHOA |", "tin_anh": "Tin và ảnh: Bình Yên", "hoang_long": "Hoàng Long",
    "theo_cand": "Theo Báo Công an nhân dân", "minh_hieu_thu_trang": "Minh Hiếu – Thu Trang",
    "tac_gia": "Tác giả: Tùng Nguyễn", "minh_thu": "MINH THƯ",
}

# Links that do not resolve on purpose (the site has broken links too).
MISSING_SECTION = ("Thể thao", "/the-thao-c11.html")
MISSING_ARTICLES = [
    ("Bài viết đã gỡ: vụ việc tại chợ Đôn", "/bai-viet-da-go-vu-viec-tai-cho-don-d31999.html"),
    ("Khởi tố vụ án buôn lậu xăng dầu", "/khoi-to-vu-an-buon-lau-xang-dau-d12001.html"),
    ("Hải Phòng tăng cường kiểm soát tải trọng xe",
     "/hai-phong-tang-cuong-kiem-soat-tai-trong-xe-d61999.html"),
]
# One article linked under an old slug and a tracking query: the site redirects the old slug.
OLD_SLUG = (64071, "/hdnd-thanh-pho-khai-mac-ky-hop-d64071.html")
# Extra related links that make the only-linked articles reachable (article id -> ids added to its related).
FORCED_RELATED = {20310: [7105], 37655: [7105], 34102: [18075], 55437: [29870], 50233: [29870],
                  62210: [52120], 66410: [52120]}
# Inline links in body paragraphs: (article id, phrase linked, linked article id or a missing path).
INLINE_LINKS: list[tuple[int, str, int | str]] = [
    (43107, "những người lính Công an nơi tuyến đầu", 52120),
    (59935, "điều tra làm rõ nguyên nhân", MISSING_ARTICLES[2][1]),
]
MEDIA_PORT_8081 = {43107, 82450}  # the media host also serves the same files on port 8081
DOC_NHIEU = [62210, 55437, 48012, 20310, 67290]


def slugify(title: str) -> str:
    """The site's slug: title folded to ASCII, lower case, punctuation dropped, `` - `` -> ``---``."""
    text = unicodedata.normalize("NFC", title).replace("đ", "d").replace("Đ", "D")
    text = unicodedata.normalize("NFD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    kept = "".join(c if c.isascii() and (c.isalnum() or c in " -") else " " if c.isspace() else ""
                   for c in text)
    return "-".join(kept.split())  # "a - b" -> "a---b": the spaces and the hyphen each become "-"


@dataclass
class Page:
    src: Source
    index: int
    slug: str
    path: str
    when: datetime
    template: str
    related: list[dict[str, str | None]] = field(default_factory=list)  # path, href, headline, teaser, date

    @property
    def id(self) -> int:
        return self.src.id

    @property
    def iso(self) -> str:
        return self.when.strftime("%Y-%m-%dT%H:%M:00+07:00")

    @property
    def ddmmyyyy(self) -> str:
        return self.when.strftime("%d/%m/%Y")


def author(raw: str) -> dict[str, str]:
    """The contract's author: an all-capitals name is title-cased for ``name``; ``nameRaw`` as printed."""
    words = raw.split()
    name = " ".join(w.capitalize() for w in words) if raw.isupper() and any(len(w) >= 3 for w in words) else raw
    return {"name": name, "nameRaw": raw}


def e(text: str) -> str:
    return html.escape(text, quote=True)


def teaser(text: str, n: int = 80) -> str:
    if len(text) <= n:
        return text
    return text[:n].rsplit(" ", 1)[0] + "…"


def image_url(page: Page, name: str, k: int) -> str:
    if "/" in name:  # "YYYY/MMfile"
        host = "http://media.anhp.vn:8081" if page.id in MEDIA_PORT_8081 else "https://media.anhp.vn"
        return f"{host}/files/{name}"
    if page.when.year < 2017:
        return f"http://www.anhp.vn/dataimages/{page.when:%Y%m}/original/{name}"
    return f"https://media.anhp.vn/files/{page.when:%Y/%m}{name}"


def href_variant(path: str, n: int) -> str:
    """Most links root-relative; some absolute on the site's hosts (the crawler maps them)."""
    if n % 7 == 3:
        return SITE + path
    if n % 11 == 5:
        return "http://beta.anhp.vn" + path
    return path


# ---------------------------------------------------------------------------------------------- body


def render_image(url: str, caption: str | None, style: str) -> str:
    if style == "figure":
        cap = f"<figcaption>{e(caption)}</figcaption>" if caption else ""
        return f'<figure class="image align-center"><img src="{e(url)}" alt="" width="640">{cap}</figure>'
    if caption:
        return (f'<table class="image" align="center"><tbody><tr><td><img src="{e(url)}" alt=""></td></tr>'
                f'<tr><td class="image_desc">{e(caption)}</td></tr></tbody></table>')
    return f'<p style="text-align: center;"><img src="{e(url)}" alt=""></p>'


def render_body(page: Page, blocks: list[str], style: str, image_style: str,
                inline: dict[str, str]) -> tuple[str, list[str], list[dict[str, str | None]]]:
    """HTML of the body blocks, the expected body lines and images."""
    out: list[str] = []
    lines: list[str] = []
    images: list[dict[str, str | None]] = []
    run: list[str] = []  # pending plain paragraphs (br style)
    tag = "div" if style == "div" else "p"

    def flush() -> None:
        if run:
            out.append('<div class="content-text">' + "<br>\n<br>\n".join(run) + "</div>")
            run.clear()

    i = 0
    while i < len(blocks):
        block = blocks[i]
        if block.startswith("[img "):
            flush()
            k = int(block[5:-1])
            name, caption = page.src.images[k]
            url = image_url(page, name, k)
            out.append(render_image(url, caption, image_style))
            images.append({"url": url, "caption": caption})
        elif block.startswith("## "):
            flush()
            text = block[3:]
            out.append(f"<h3>{e(text)}</h3>" if page.index % 2 else f"<p><strong>{e(text)}</strong></p>")
            lines.append(text)
        elif block.startswith("* "):
            flush()
            items = []
            while i < len(blocks) and blocks[i].startswith("* "):
                items.append(blocks[i][2:])
                i += 1
            i -= 1
            out.append("<ul>" + "".join(f"<li>{e(t)}</li>" for t in items) + "</ul>")
            lines.extend(items)
        elif block.startswith("> "):
            flush()
            text = block[2:]
            out.append(f"<blockquote><p><em>{e(text)}</em></p></blockquote>")
            lines.append(text)
        elif block.startswith("| "):
            flush()
            rows = []
            while i < len(blocks) and blocks[i].startswith("| "):
                rows.append([c.strip() for c in blocks[i].strip("| ").split(" | ")])
                i += 1
            i -= 1
            trs = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in rows)
            out.append(f'<table class="table" border="1" cellpadding="3"><tbody>{trs}</tbody></table>')
            lines.extend(" | ".join(r) for r in rows)
        else:
            markup = e(block)
            for phrase, href in inline.items():
                markup = markup.replace(e(phrase), f'<a href="{e(href)}">{e(phrase)}</a>', 1)
            if block.startswith("PV. "):
                markup = "<strong>" + markup + "</strong>"
            if style == "br":
                run.append(markup)
            else:
                out.append(f"<{tag}>{markup}</{tag}>")
            lines.append(block)
        i += 1
    flush()
    return "\n".join(out), lines, images


# ------------------------------------------------------------------------------------------- chrome


def nav_html(n: int) -> str:
    items = [f'<li><a href="{href_variant("/", n)}">Trang chủ</a></li>']
    for k, (name, path) in enumerate(SECTIONS.values()):
        items.append(f'<li><a href="{href_variant(path, n + k)}">{e(name)}</a></li>')
    items.append(f'<li><a href="{MISSING_SECTION[1]}">{MISSING_SECTION[0]}</a></li>')
    return '<ul class="menu">' + "".join(items) + "</ul>"


def widgets_html(pages: dict[int, Page], newest: list[Page]) -> str:
    tm = "".join(f'<li><a href="{href_variant(p.path, j)}">{e(p.src.title)}</a></li>'
                 for j, p in enumerate(newest[:5]))
    dn = "".join(f'<li><span class="num">{j + 1}</span><a href="{href_variant(pages[i].path, j + 3)}">'
                 f"{e(pages[i].src.title)}</a></li>" for j, i in enumerate(DOC_NHIEU))
    return (f'<div class="box-widget tin-moi"><h3 class="box-title">Tin mới</h3><ul>{tm}</ul></div>\n'
            f'<div class="box-widget doc-nhieu"><h3 class="box-title">Đọc nhiều</h3><ol>{dn}</ol></div>')


COOKIE_EN = ('<div class="cookie-consent" id="cookie-notice"><p>This website uses cookies. '
             'See Our policy to learn more.</p>'
             '<a class="btn" href="/gioi-thieu.html#cookie">Read More</a></div>')
COOKIE_VI = ('<div id="cookie-bar" class="cookie-bar"><span>Chúng tôi sử dụng cookie để cải thiện trải '
             'nghiệm của bạn.</span> <button type="button">Đồng ý</button> '
             '<button type="button">Từ chối</button></div>')
FOOTER = ('<div class="footer-info"><p>Chuyên đề An ninh Hải Phòng - Báo Công an nhân dân</p>'
          "<p>Địa chỉ: số 10 Lê Đại Hành, Hồng Bàng, Hải Phòng</p>"
          '<p><a href="/gioi-thieu.html">Giới thiệu</a> · <a href="/rss/home.rss">RSS</a></p></div>')


def head_html(title: str, extra: str = "") -> str:
    return ('<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{e(title)}</title>\n"
            '<link rel="alternate" type="application/rss+xml" title="An ninh Hải Phòng"'
            ' href="/rss/home.rss">\n'
            f"{extra}</head>\n")


# ------------------------------------------------------------------------------------------ article


def date_printed(page: Page) -> str:
    w = page.when
    if page.template == "older":
        if page.index % 4 == 1:
            return f"{WEEKDAYS[w.weekday()]}, {w:%d/%m/%Y} {w:%H:%M}"
        return f"{w:%H:%M %d/%m/%Y}"
    variant = page.index % 4
    if variant == 1:
        return f"{WEEKDAYS[w.weekday()]}, {w:%d/%m/%Y %H:%M} GMT+7"
    if variant == 3:
        return f"{w:%H:%M}, {w:%d/%m/%Y}"
    return f"{w:%H:%M %d/%m/%Y}"


def render_article(page: Page, pages: dict[int, Page], newest: list[Page]) -> tuple[str, dict]:
    src, i = page.src, page.index
    current = page.template == "current"
    sec_name, sec_path = SECTIONS[src.section]
    lead_marked = i % 3 != 2
    style = ["p", "div", "br", "p", "div"][i % 5] if current else ["p", "br", "div"][i % 3]
    image_style = "figure" if (current and i % 4 != 3) or (not current and i % 4 == 0) else "table"
    has_og = i % 6 != 5
    has_canonical = i % 3 != 0
    has_jsonld = current and i % 2 == 0
    cookie = ["en", None, "vi", None, None][i % 5]
    canonical = f"{SITE}{page.path}"
    printed = date_printed(page)
    byline_html, authors, source = BYLINES[src.byline]

    inline = {phrase: pages[target].path if isinstance(target, int) else target
              for aid, phrase, target in INLINE_LINKS if aid == src.id}
    body_blocks = src.paras if lead_marked else [src.lead, *src.paras]
    body_html, lines, images = render_body(page, body_blocks, style, image_style, inline)
    if lead_marked:
        lines = [src.lead, *lines]

    # related block
    heading = "Tin khác" if (not current or i % 2) else "Tin liên quan"
    show_meta = not current or i % 3 == 1
    rel_items = []
    expected_related = []
    for r in page.related:
        href = r["href"] or ""
        extra = ""
        if show_meta:
            extra = f'<p class="sapo">{e(r["teaser"] or "")}</p><span class="time">{r["date"]}</span>'
        title = e(r["headline"] or "")
        rel_items.append(f'<li><a href="{e(href)}" title="{title}">{title}</a>{extra}</li>')
        date_iso = None
        if show_meta and r["date"]:
            d, m, y = r["date"].split("/")
            date_iso = f"{y}-{m}-{d}T00:00:00+07:00"
        expected_related.append({"path": r["path"], "url": href, "headline": r["headline"],
                                 "description": r["teaser"] if show_meta else None,
                                 "datePublished": date_iso})
    related_html = (f'<div class="{"related-news" if current else "other-news"}">'
                    f'<h3 class="title-box">{heading}</h3><ul>{"".join(rel_items)}</ul></div>')
    related_inside = current and i % 4 == 2

    tags_html = ('<div class="tags"><span>Từ khóa:</span> '
                 + ", ".join(f'<a href="/tim-kiem.html?q={quote(t)}">{e(t)}</a>' for t in src.tags)
                 + "</div>")
    share_html = ('<div class="share-tools"><span>Chia sẻ</span> '
                  f'<a href="https://www.facebook.com/sharer/sharer.php?u={quote(canonical, safe="")}" '
                  'rel="nofollow">Facebook</a> <a href="javascript:window.print()">In bài viết</a></div>')

    extra_head = ""
    if has_og:
        first_img = images[0]["url"] if images else "https://media.anhp.vn/files/logo-anhp.png"
        extra_head += (f'<meta property="og:type" content="article">\n'
                       f'<meta property="og:title" content="{e(src.title)}">\n'
                       f'<meta property="og:description" content="{e(src.lead)}">\n'
                       f'<meta property="og:image" content="{e(first_img)}">\n'
                       f'<meta property="og:url" content="{e(canonical)}">\n'
                       '<meta property="og:site_name" content="An ninh Hải Phòng">\n')
        if current:
            extra_head += f'<meta property="article:published_time" content="{page.iso}">\n'
    extra_head += f'<meta name="description" content="{e(src.lead)}">\n'
    if has_canonical:
        extra_head += f'<link rel="canonical" href="{e(canonical)}">\n'
    if has_jsonld:
        ld: dict = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": src.title,
                    "description": src.lead, "datePublished": page.iso, "dateModified": page.iso,
                    "mainEntityOfPage": canonical, "inLanguage": "vi",
                    "publisher": {"@type": "Organization", "name": "An ninh Hải Phòng"}}
        if authors:
            ld["author"] = [{"@type": "Person", "name": a} for a in authors]
        if images:
            ld["image"] = [im["url"] for im in images]
        extra_head += ('<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False)
                       + "</script>\n")

    crumbs = [("Trang chủ", "/"), (sec_name, sec_path)]
    if current:
        lead_html = (f'<h2 class="article-sapo">{e(src.lead)}</h2>' if i % 2 else
                     f'<div class="sapo"><p>{e(src.lead)}</p></div>') if lead_marked else ""
        time_html = (f'<time datetime="{page.iso}">{e(printed)}</time>' if i % 5 == 4
                     else f'<span class="date-time">{e(printed)}</span>')
        content = (f'<div class="article-content detail-content">\n{body_html}\n{byline_html}\n'
                   + (related_html + "\n" if related_inside else "")
                   + (COOKIE_EN + "\n" if cookie == "en" and i % 2 == 0 else "") + "</div>")
        main = (
            '<nav class="breadcrumb"><ol>'
            + "".join(f'<li><a href="{href_variant(p, i)}">{e(n)}</a></li>' for n, p in crumbs)
            + "</ol></nav>\n"
            '<article class="article-detail">\n'
            f'<h1 class="article-title">{e(src.title)}</h1>\n'
            f'<div class="article-meta">{time_html} '
            f'<span class="views">Lượt xem: {1000 + src.id % 977}</span></div>'
            f"\n{share_html}\n{lead_html}\n{content}\n{tags_html}\n"
            '<div class="article-tools"><a href="javascript:window.print()">In bài viết</a> '
            '<a href="#comments">Bình luận</a></div>\n</article>\n'
            + ("" if related_inside else related_html + "\n")
        )
        body = (f'<body class="detail-page">\n<header class="site-header"><a class="logo" href="/">'
                f'<img src="https://media.anhp.vn/files/logo-anhp.png" alt="An ninh Hải Phòng"></a>'
                f"{nav_html(i)}</header>\n"
                f'<main class="container"><div class="row"><div class="col-main">\n{main}</div>\n'
                f'<aside class="col-side">{widgets_html(pages, newest)}</aside></div></main>\n'
                f"<footer>{FOOTER}</footer>\n")
    else:
        lead_html = f'<div class="sapo"><strong>{e(src.lead)}</strong></div>' if lead_marked else ""
        main = (
            '<div class="path">' + " » ".join(f'<a href="{href_variant(p, i)}">{e(n)}</a>' for n, p in crumbs)
            + "</div>\n"
            f'<div class="news-detail">\n<h1 class="title">{e(src.title)}</h1>\n'
            f'<div class="detailBox">{e(printed)}</div>\n{lead_html}\n'
            f'<div class="detail-content">\n{body_html}\n{byline_html}\n</div>\n{tags_html}\n{share_html}\n'
            f"{related_html}\n</div>\n"
        )
        body = (f'<body>\n<div id="header"><a href="/"><img src="http://www.anhp.vn/images/logo.gif" alt="">'
                f"</a>{nav_html(i)}</div>\n"
                f'<div id="wrapper"><div class="left">\n{main}</div>\n'
                f'<div class="right">{widgets_html(pages, newest)}</div></div>\n'
                f'<div id="footer">{FOOTER}</div>\n')
    if cookie == "vi" or (cookie == "en" and not (current and i % 2 == 0)):
        body += (COOKIE_VI if cookie == "vi" else COOKIE_EN) + "\n"
    doc = head_html(f"{src.title} - An ninh Hải Phòng", extra_head) + body + "</body>\n</html>\n"

    expected = {
        "id": str(src.id), "path": page.path, "canonicalUrl": canonical, "headline": src.title,
        "datePublished": page.iso, "datePublishedRaw": printed, "template": page.template,
        "description": src.lead, "leadMarked": lead_marked, "bodyStyle": style, "imageStyle": image_style,
        "authors": [author(a) for a in authors], "bylineRaw": BYLINE_TEXT[src.byline], "source": source,
        "body": lines, "images": images,
        "related": expected_related, "relatedHeading": heading,
        "breadcrumbs": [{"name": sec_name, "url": SITE + sec_path}], "tags": src.tags,
        "section": sec_path, "hasOpenGraph": has_og, "hasCanonical": has_canonical,
        "hasJsonLd": has_jsonld, "cookieNotice": cookie, "reachable": [],
    }
    return doc, expected


# -------------------------------------------------------------------------------------- listings


def item_html(p: Page, n: int) -> str:
    img = f'<img src="{e(image_url(p, p.src.images[0][0], 0))}" alt="">' if p.src.images else ""
    return (f'<div class="story"><a class="thumb" href="{href_variant(p.path, n)}">{img}</a>'
            f'<h3 class="story-title"><a href="{href_variant(p.path, n + 1)}">{e(p.src.title)}</a></h3>'
            f'<p class="story-sapo">{e(teaser(p.src.lead, 160))}</p>'
            f'<span class="story-time">{p.ddmmyyyy}</span></div>')


def section_pages(key: str, listed: list[Page], pages: dict[int, Page], newest: list[Page]) -> dict[str, str]:
    name, path = SECTIONS[key]
    stem = path.rsplit(".", 1)[0]
    chunks = [listed[k:k + PER_PAGE] for k in range(0, len(listed), PER_PAGE)] or [[]]
    files: dict[str, str] = {}
    for n, chunk in enumerate(chunks, 1):
        links = [f'<a href="{path}"{" class=active" if n == 1 else ""}>1</a>']
        links += [f'<a href="{path}?page={m}"{" class=active" if m == n else ""}>{m}</a>'
                  for m in range(2, len(chunks) + 1)]
        if n < len(chunks):
            links.append(f'<a class="next" href="?page={n + 1}">Trang sau »</a>')
        body = (f'<body class="category">\n<header class="site-header">{nav_html(n)}</header>\n'
                f'<main class="container"><div class="col-main"><h1 class="cat-title">{e(name)}</h1>\n'
                + "\n".join(item_html(p, k) for k, p in enumerate(chunk))
                + f'\n<div class="pagination">{" ".join(links)}</div></div>\n'
                f'<aside class="col-side">{widgets_html(pages, newest)}</aside></main>\n'
                f"<footer>{FOOTER}</footer>\n</body>\n</html>\n")
        title = f"{name} - An ninh Hải Phòng" + (f" - Trang {n}" if n > 1 else "")
        file = f"{stem[1:]}.html" if n == 1 else f"{stem[1:]}.page-{n}.html"
        files[file] = head_html(title) + body
    return files


def home_page(pages: dict[int, Page], listed: list[Page], newest: list[Page]) -> str:
    top = newest[:4]
    featured = "\n".join(item_html(p, k) for k, p in enumerate(top))
    old_id, old_path = OLD_SLUG
    blocks = []
    for key, (name, path) in SECTIONS.items():
        sec = [p for p in listed if p.src.section == key][:3]
        blocks.append(f'<section class="home-cat"><h2><a href="{path}">{e(name)}</a></h2><ul>'
                      + "".join(f'<li><a href="{p.path}">{e(p.src.title)}</a></li>' for p in sec)
                      + "</ul></section>")
    missing = MISSING_ARTICLES[0]
    body = (f'<body class="home">\n<header class="site-header">{nav_html(0)}</header>\n'
            '<main class="container"><div class="col-main">\n'
            f'<div class="featured">\n{featured}\n</div>\n'
            '<div class="hot-links"><h3>Tiêu điểm</h3><ul>'
            f'<li><a href="{old_path}?utm_source=fb&amp;utm_medium=social">'
            f"{e(pages[old_id].src.title)}</a></li>"
            f'<li><a href="{missing[1]}">{e(missing[0])}</a></li>'
            '<li><a href="/admin/x.html">Quản trị</a></li>'
            "</ul></div>\n" + "\n".join(blocks)
            + f'\n</div>\n<aside class="col-side">{widgets_html(pages, newest)}</aside></main>\n'
            f"<footer>{FOOTER}</footer>\n{COOKIE_EN}\n</body>\n</html>\n")
    extra = ('<meta property="og:title" content="An ninh Hải Phòng">\n'
             '<meta name="description" content="Chuyên đề An ninh Hải Phòng - Báo Công an nhân dân">\n')
    return head_html("An ninh Hải Phòng - Chuyên đề của Báo Công an nhân dân", extra) + body


def simple_page(title: str, text: str) -> str:
    return (head_html(title) + f'<body>\n<header class="site-header">{nav_html(0)}</header>\n'
            f"<main><h1>{e(title)}</h1><p>{e(text)}</p></main>\n<footer>{FOOTER}</footer>\n</body>\n</html>\n")


def rfc822(p: Page) -> str:
    return rfc822_date(p.when)


def rfc822_date(w: datetime) -> str:
    """An RSS pubDate for a local (+07:00) time."""
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return f"{days[w.weekday()]}, {w.day:02d} {months[w.month - 1]} {w.year} {w:%H:%M}:00 +0700"


def rss(items: list[Page]) -> str:
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "<channel>",
           "<title>An ninh Hải Phòng - Tin mới</title>", f"<link>{SITE}/</link>",
           "<description>Tin mới nhất của Chuyên đề An ninh Hải Phòng</description>",
           "<language>vi</language>"]
    for p in items:
        out += ["<item>", f"<title>{e(p.src.title)}</title>", f"<link>{SITE}{p.path}</link>",
                f'<guid isPermaLink="true">{SITE}{p.path}</guid>',
                f"<description>{e(p.src.lead)}</description>", f"<pubDate>{rfc822(p)}</pubDate>", "</item>"]
    out += ["</channel>", "</rss>", ""]
    return "\n".join(out)


def urlset(items: list[Page]) -> str:
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    for p in items:
        out.append(f"<url><loc>{SITE}{p.path}</loc><lastmod>{p.iso}</lastmod></url>")
    out += ["</urlset>", ""]
    return "\n".join(out)


def sitemap_index(entries: list[tuple[str, str]]) -> str:
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    out += [f"<sitemap><loc>{SITE}{path}</loc><lastmod>{lastmod}</lastmod></sitemap>"
            for path, lastmod in entries]
    out += ["</sitemapindex>", ""]
    return "\n".join(out)


# -------------------------------------------------------------------------------------------- main


def url_path(file: str) -> str:
    """The URL path serving a file: ``index.html`` is ``/``, ``x.page-2.html`` is ``/x.html?page=2``."""
    if file == "index.html":
        return "/"
    if ".page-" in file:
        stem, rest = file.split(".page-", 1)
        number, ext = rest.split(".", 1)
        return f"/{stem}.{ext}?page={number}"
    return "/" + file


def build_pages() -> dict[int, Page]:
    pages: dict[int, Page] = {}
    for index, src in enumerate(sorted(ARTICLES, key=lambda s: s.date)):
        when = datetime.strptime(src.date, "%Y-%m-%d %H:%M")
        slug = slugify(src.title)
        pages[src.id] = Page(src, index, slug, f"/{slug}-d{src.id}.html", when,
                             "current" if when.year >= 2021 else "older")
    ordered = sorted(pages.values(), key=lambda p: p.when, reverse=True)
    listed_newest = [p for p in ordered if not p.src.only_linked]
    for p in pages.values():
        if p.template == "older":  # an old page's related list shows current news (SITE.md)
            picks = listed_newest[(p.index % 3):(p.index % 3) + 4]
        else:
            same = [q for q in ordered if q.src.section == p.src.section and q.id != p.id
                    and not q.src.only_linked]
            picks = ([q for q in same if q.when < p.when][:3] or same[-3:])
        picks = [q for q in picks if q.id != p.id]
        picks += [pages[x] for x in FORCED_RELATED.get(p.id, [])]
        for n, q in enumerate(picks):
            p.related.append({"path": q.path, "href": href_variant(q.path, p.index + n),
                              "headline": q.src.title, "teaser": teaser(q.src.lead), "date": q.ddmmyyyy})
        if p.id == 26544:  # a related link to an article the site removed
            title, path = MISSING_ARTICLES[1]
            p.related.append({"path": path, "href": path, "headline": title,
                              "teaser": "Cơ quan Cảnh sát điều tra đã khởi tố vụ án…", "date": "02/03/2019"})
    return pages


def generate(root: Path) -> dict:
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    pages = build_pages()
    ordered = sorted(pages.values(), key=lambda p: p.when, reverse=True)
    listed = [p for p in ordered if not p.src.only_linked]
    files: dict[str, str] = {}
    expected_articles = []
    for p in sorted(pages.values(), key=lambda p: p.when):
        doc, exp = render_article(p, pages, listed)
        files[p.path[1:]] = doc
        expected_articles.append(exp)
    sections: dict[str, list[str]] = {}
    for key, (_, path) in SECTIONS.items():
        sec = [p for p in listed if p.src.section == key]
        sections[path] = [str(p.id) for p in sec]
        files.update(section_pages(key, sec, pages, listed))
    files["index.html"] = home_page(pages, listed, listed)
    files["tim-kiem.html"] = simple_page("Tìm kiếm", "Nhập từ khóa để tìm kiếm bài viết.")
    files["gioi-thieu.html"] = simple_page(
        "Giới thiệu", "Chuyên đề An ninh Hải Phòng, số 10 Lê Đại Hành, Hồng Bàng, Hải Phòng.")
    files["admin/x.html"] = simple_page("Quản trị", "Trang quản trị: không dành cho trình thu thập.")
    recent = [p for p in listed if p.when.year >= 2025]
    older = [p for p in listed if p.when.year < 2025]
    files["sitemaps/2025.xml"] = urlset(recent)
    files["sitemaps/older.xml"] = urlset(older)
    files["sitemap.xml"] = sitemap_index([("/sitemaps/2025.xml", recent[0].iso),
                                          ("/sitemaps/older.xml", older[0].iso)])
    feed = listed[:10]
    files["rss/home.rss"] = rss(feed)
    files["robots.txt"] = ("# The host is not known in advance: Sitemap is root-relative here; resolve it\n"
                           "# against this file's URL (absolute Sitemap URLs would need the host).\n"
                           "User-agent: *\nDisallow: /admin/\n\nSitemap: /sitemap.xml\n")
    old_id, old_path = OLD_SLUG
    redirects = {old_path: pages[old_id].path}
    files["_redirects.txt"] = ("# FROM_PATH STATUS TO_URL (served by anninhhaiphong.replica)\n"
                               + "".join(f"{a} 301 {b}\n" for a, b in redirects.items()))

    in_sections = {i for ids in sections.values() for i in ids}
    in_sitemap = {str(p.id) for p in listed}
    in_rss = {str(p.id) for p in feed}
    for exp in expected_articles:
        reach = [name for name, ids in (("sections", in_sections), ("sitemap", in_sitemap), ("rss", in_rss))
                 if exp["id"] in ids]
        exp["reachable"] = reach or ["only-linked"]

    article_files = {p.path[1:] for p in pages.values()}
    non_articles = sorted(url_path(f) for f in files
                          if f not in article_files and not f.startswith("_") and f != "admin/x.html")
    expected = {
        "about": "Ground truth of the anhp.vn replica, written by tests/replica_tools/generate.py.",
        "conventions": {
            "body": "articleBody lines of a perfect extractor: lead first; sub-headings, list items, "
                    "quotes, interview lines (PV.) and table rows (cells joined by ' | ') as their own "
                    "lines; no byline, captions, related, widgets, share/comment chrome or cookie notices",
            "datePublished": "ISO 8601, local time +07:00",
            "related.path": "root-relative path of the linked article (url: the href as printed)",
            "related.datePublished": "the dd/mm/yyyy shown in the block, as local midnight; "
                                     "null when not shown",
            "reachable": "sections / sitemap / rss, or only-linked (from other articles' related "
                         "or body links)",
        },
        "articles": expected_articles,
        "sections": sections,
        "rss": [str(p.id) for p in feed],
        "sitemaps": {"/sitemaps/2025.xml": [str(p.id) for p in recent],
                     "/sitemaps/older.xml": [str(p.id) for p in older]},
        "non_articles": non_articles,
        "not_found": [MISSING_SECTION[1]] + [path for _, path in MISSING_ARTICLES],
        "disallowed": ["/admin/x.html"],
        "redirects": redirects,
        "other_slug_links": [old_path + "?utm_source=fb&utm_medium=social"],
    }
    files["expected.json"] = json.dumps(expected, ensure_ascii=False, indent=1) + "\n"
    for name, text in sorted(files.items()):
        target = root / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(unicodedata.normalize("NFC", text), encoding="utf-8", newline="\n")
    return expected


def main(argv: list[str]) -> int:
    root = Path(argv[1]) if len(argv) > 1 else ROOT
    expected = generate(root)
    print(f"{len(expected['articles'])} articles written to {root}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
