"""Unit tests of the extraction layers: decoding, metadata, layouts, meaning helpers, fallback."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest
from lxml import etree
from lxml import html as lxml_html

from anninhhaiphong.extraction import decode_html, extract_article, extract_raw, meaning
from anninhhaiphong.extraction.layouts import LAYOUTS, Anhp2017, Anhp2021
from anninhhaiphong.extraction.metadata import read_metadata, to_ict_iso
from anninhhaiphong.extraction.steps import _date_credit

VI = "Công an thành phố Hải Phòng triệt phá đường dây đánh bạc"


def test_decode_utf8_despite_wrong_declaration() -> None:
    data = f'<meta charset="windows-1258"><p>{VI}</p>'.encode()
    assert VI in decode_html(data)


def test_decode_windows_1258_declared_and_given() -> None:
    data = '<meta charset="windows-1258"><p>Công an</p>'.encode("cp1258")  # plain letters only
    assert "Công an" in decode_html(data)
    assert "Công an" in decode_html("<p>Công an</p>".encode("cp1258"), "windows-1258")
    assert "ế" in decode_html(b"<p>Th\xea\xec</p>", "windows-1258").replace("ê\u0301", "ế")


def test_decode_prefers_the_page_declaration_over_a_wrong_header() -> None:
    data = '<meta charset="windows-1258"><p>Th\u00ea\u0301</p>'.encode("cp1258")
    assert "Thê\u0301" in decode_html(data, "cp1252")


def test_decode_bom() -> None:
    assert decode_html(b"\xef\xbb\xbf<p>\xc4\x91</p>") == "<p>đ</p>"


def test_to_ict_iso() -> None:
    assert to_ict_iso("2025-06-14T01:05:00Z") == "2025-06-14T08:05:00+07:00"
    assert to_ict_iso("2022-06-12 18:31:00") == "2022-06-12T18:31:00+07:00"
    assert to_ict_iso("2022-06-12T18:31:00.123+0700") == "2022-06-12T18:31:00+07:00"
    assert to_ict_iso("12/06/2022") is None


def test_metadata_tolerates_broken_jsonld_and_graph() -> None:
    page = """<html><head>
    <script type="application/ld+json">{"@context": "x", "@graph": [{"@type": "WebPage"},
      {"@type": ["NewsArticle"], "headline": "Tiêu đề", "datePublished": "2024-01-02T03:04:05+07:00",
       "author": [{"name": "An ninh Hải Phòng"}, {"name": "Lê Hưng"}], "keywords": "a, b",}]}</script>
    <script type="application/ld+json">{"@type": "BreadcrumbList", "itemListElement": [
      {"@type": "ListItem", "position": 1, "name": "Pháp luật", "item": "https://anhp.vn/phap-luat-c4.html"}]}
    </script>
    <meta property="og:title" content="Khác"><link rel="canonical" href="https://anhp.vn/x-d1.html">
    </head><body></body></html>"""
    meta = read_metadata(lxml_html.document_fromstring(page))
    assert meta.title == "Tiêu đề"
    assert meta.date_iso == "2024-01-02T03:04:05+07:00"
    assert meta.authors == ["Lê Hưng"]  # the publication is not an author
    assert meta.tags == ["a", "b"]
    assert meta.breadcrumbs == [("Pháp luật", "https://anhp.vn/phap-luat-c4.html")]
    assert meta.canonical == "https://anhp.vn/x-d1.html"


def test_layouts_are_dated_and_ordered_newest_first() -> None:
    assert LAYOUTS[0] is Anhp2021 and Anhp2017 in LAYOUTS
    assert Anhp2017.valid_on(date(2018, 8, 26)) and not Anhp2017.valid_on(date(2022, 6, 12))
    assert Anhp2021.valid_on(date(2022, 6, 12)) and not Anhp2021.valid_on(date(2018, 8, 26))
    assert Anhp2017.valid_until == Anhp2021.valid_from


@pytest.mark.parametrize("text,raw,iso", [
    ("18:31 12/06/2022", "18:31 12/06/2022", "2022-06-12T18:31:00+07:00"),
    ("Thứ Năm, 01/01/2026 12:32 GMT+7", "Thứ Năm, 01/01/2026 12:32 GMT+7", "2026-01-01T12:32:00+07:00"),
    ("TTXVN| 16/01/2021 13:54", "16/01/2021 13:54", "2021-01-16T13:54:00+07:00"),
    ("T.C | 27/07/2020 - 15:15", "27/07/2020 - 15:15", "2020-07-27T15:15:00+07:00"),
    ("Chủ nhật, 02/04/2023 | 18:03:33", "Chủ nhật, 02/04/2023 | 18:03:33", "2023-04-02T18:03:33+07:00"),
    ("18:21, 19/05/2024", "18:21, 19/05/2024", "2024-05-19T18:21:00+07:00"),
    ("Cập nhật: 20-02-2024 | 08:34:05", "20-02-2024 | 08:34:05", "2024-02-20T08:34:05+07:00"),
    ("Thứ Năm, ngày 24 tháng 8 năm 2017 - 8:9", "Thứ Năm, ngày 24 tháng 8 năm 2017 - 8:9",
     "2017-08-24T08:09:00+07:00"),
    ("(24/11/2024)", "24/11/2024", "2024-11-24T00:00:00+07:00"),
    # the time before "ngày", the time after "lúc"
    ("Cập nhật lúc 14:20 ngày 03/11/2023", "14:20 ngày 03/11/2023", "2023-11-03T14:20:00+07:00"),
    ("Thứ Năm, 14/03/2024 lúc 09:15", "Thứ Năm, 14/03/2024 lúc 09:15", "2024-03-14T09:15:00+07:00"),
    # a twelve-hour time before the date (it read midnight)
    ("08:15 AM, 12/09/2014", "08:15 AM, 12/09/2014", "2014-09-12T08:15:00+07:00"),
    ("Cập nhật 02:30 PM 12/09/2014", "02:30 PM 12/09/2014", "2014-09-12T14:30:00+07:00"),
    ("12:05 AM, 01/01/2020", "12:05 AM, 01/01/2020", "2020-01-01T00:05:00+07:00"),
    # an English page's dates (they were not read at all)
    ("March 1, 2025", "March 1, 2025", "2025-03-01T00:00:00+07:00"),
    ("Monday, March 3, 2025 - 09:12 AM", "March 3, 2025 - 09:12 AM", "2025-03-03T09:12:00+07:00"),
    ("Posted Sept. 30, 2024 at 5:40 pm", "Sept. 30, 2024 at 5:40 pm", "2024-09-30T17:40:00+07:00"),
])
def test_find_date_formats(text: str, raw: str, iso: str) -> None:
    hit = meaning.find_date(text)
    assert hit is not None and hit.raw == raw and hit.iso == iso


def test_heading_kinds() -> None:
    assert meaning.heading_kind("Tin khác") == "related"
    assert meaning.heading_kind("TIN LIÊN QUAN:".rstrip(":")) == "related"
    assert meaning.heading_kind("Đọc nhiều nhất") == "widget"
    assert meaning.heading_kind("Tin mới") == "widget"
    assert meaning.heading_kind("Công an thành phố") is None
    for heading in ("Các tin đã đưa", "Bài viết khác", "Tin tức liên quan", "Related stories"):
        assert meaning.heading_kind(heading) == "related"


def test_cookie_article_is_content_but_banner_is_not() -> None:
    page = f"""<html><body><h1>Cảnh báo lừa đảo đánh cắp cookie</h1><div>10:00 01/02/2024</div>
    <div class="c"><p>{VI}, cảnh báo người dân về việc sử dụng cookie bị đánh cắp để chiếm tài khoản.</p>
    <p>{VI} lần thứ hai trong năm nay tại địa bàn thành phố.</p></div>
    <div class="bar">We use cookies to ensure that we give you the best experience. <a>Accept</a></div></body></html>"""
    raw = extract_raw(page, "https://anhp.vn/a-d5.html")
    assert any("cookie bị đánh cắp" in line for line in raw.body)
    assert not any("best experience" in line for line in raw.body)


def test_empty_and_garbage_input() -> None:
    assert extract_raw(b"").extractor == "empty"
    assert extract_raw("<html><body></body></html>").body == []


def test_fallback_only_when_nothing_found(monkeypatch: pytest.MonkeyPatch) -> None:
    page = "<html><body><article><h1>Tiêu đề bài viết thử nghiệm</h1>" + "".join(
        f"<p>{VI} đoạn số {i} với nội dung đủ dài để được giữ lại.</p>" for i in range(6)) + "</article></body></html>"
    assert extract_raw(page).extractor == "meaning"
    monkeypatch.setattr(meaning, "find_container", lambda *a, **k: None)
    raw = extract_raw(page)
    assert raw.extractor == "fallback" and raw.field_layers["body"] == "fallback"
    assert any("đoạn số 3" in line for line in raw.body)


def test_import_is_light() -> None:
    code = "import sys, anninhhaiphong.extraction; print('trafilatura' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_bare_page_with_paragraphs_right_in_body_is_read_by_meaning() -> None:
    from anninhhaiphong.extraction import extract_article

    html = ("<html><head><title>Tin số 1</title></head><body><h1>Tin lưu trữ số 1</h1><div>08:30 01/03/2019</div>"
            "<p>Nội dung bài lưu trữ số 1, đoạn thứ nhất của bài.</p>"
            "<p>Đoạn thứ hai của bài lưu trữ, kể thêm chi tiết của vụ việc.</p><p>MP</p></body></html>")
    article = extract_article(html, "http://127.0.0.1/tin-d1.html")
    assert article.metadata["extractor"] == "meaning"
    assert article.articleBody == ("Nội dung bài lưu trữ số 1, đoạn thứ nhất của bài.\n"
                                   "Đoạn thứ hai của bài lưu trữ, kể thêm chi tiết của vụ việc.")
    assert [a.name for a in article.authors] == ["MP"]


@pytest.mark.parametrize(("href", "key"), [
    ("/ra-quan-lap-lai-trat-tu-do-thi-d18068.html", "18068"),
    ("https://x.example.net/xu-phat-hon-2-000-vu-4901234.html", "path:/xu-phat-hon-2-000-vu-4901234.html"),
    ("/index.php/an-ninh/1520-bat-nhom-lua-dao-tuyen-ctv", "path:/index.php/an-ninh/1520-bat-nhom-lua-dao-tuyen-ctv"),
    ("https://wp.example.vn/canh-bao-thu-doan-trom-cap-xe-may/", "path:/canh-bao-thu-doan-trom-cap-xe-may"),
    ("/2025/12/trien-khai-cao-diem/", "path:/2025/12/trien-khai-cao-diem"),
    ("/an-ninh-trat-tu", None), ("/toan-dan-bao-ve-an-ninh-to-quoc-c7.html", None), ("/phap-luat/", None),
    ("/tag/lua-dao-qua-mang-xa-hoi/", None), ("/author/ngoc-mai/", None), ("#", None), ("javascript:void(0)", None),
])
def test_article_links_by_meaning(href: str, key: str | None) -> None:
    assert meaning.href_id(href) == key


@pytest.mark.parametrize("href", [
    "/ra-quan-d18068.html", "/a/b/../c-d18068.html", "/./x/bai-viet-d1.html?x=1#top", "//cdn.example.vn/a/b-d2.html",
    "https://anhp.vn/a;p=1/x-d3.html?q=1&id=55#f", "http://x.vn/a/../b/", "https://x.vn/a?", "tin-d4.html",
    "../tin/bai-d5.html", "?id=12345", "/Default.aspx?tabid=86&ItemID=1241", "https:///slug-d6.html",
    "/slug with space-d7.html", "HTTP://X.VN/Details.aspx?ID=5988",
])
def test_link_split_fast_path_reads_as_the_joined_address(href: str) -> None:
    """`_split_link` skips the join for absolute addresses and dot-free root paths: what `href_id` reads of the
    link (path and query) must be what the joined address gives."""
    from urllib.parse import urljoin, urlsplit

    joined = urlsplit(urljoin("https://anhp.vn/", href))
    fast = meaning._split_link(href)
    assert (fast.path, fast.query) == (joined.path, joined.query)


def test_site_name_taken_off_titles_either_side() -> None:
    assert meaning.clean_title("An ninh Hai Phong - Bắt quả tang nhóm ghi lô đề") == "Bắt quả tang nhóm ghi lô đề"
    assert meaning.clean_title("Bắt quả tang nhóm ghi lô đề | An ninh Hải Phòng") == "Bắt quả tang nhóm ghi lô đề"
    assert meaning.clean_title("Hải Phòng - Cảng biển lớn nhất miền Bắc") == "Hải Phòng - Cảng biển lớn nhất miền Bắc"
    # a portal's trail in <title> (DotNetNuke: 'Title > Section > Site'), either way round
    assert meaning.clean_title("Triệt phá đường dây ma túy > Đấu tranh phòng, chống tội phạm > An ninh Hải Phòng") \
        == "Triệt phá đường dây ma túy"
    assert meaning.clean_title("An ninh Hải Phòng » Pháp luật » Xét xử 5 bị cáo mua bán heroin") \
        == "Xét xử 5 bị cáo mua bán heroin"
    assert meaning.clean_title("Giá vàng > 80 triệu đồng một lượng") == "Giá vàng > 80 triệu đồng một lượng"


def test_a_widget_heading_closing_a_menu_bar_never_heads_the_body() -> None:
    # 'Video', the last item of a menu bar of <span> items (no <li>), in the first row of a page's layout table: the
    # rows after it hold the body, which no widget heading takes (the title, in a plain <font>, is not found as an
    # element: nothing else stops the climb)
    menu = "".join(f"<span class='rootitem'><a href='/Default.aspx?tabid={50 + k}'>Mục {k}</a></span>"
                   for k in range(6))
    paragraphs = "".join(f"<br/><br/>Đoạn thứ {k} của bài viết kể lại vụ việc công an thành phố phá chuyên án ma túy "
                         f"lớn tại quận Hồng Bàng trong tháng 10." for k in range(5))
    html = (f"<html><head></head><body>"
            f"<table><tr><td class='menu'><span class='bar'>{menu}<span class='rootitem'>"
            f"<a href='/Default.aspx?tabid=66'>Video</a></span></span></td></tr><tr><td><table>"
            f"<tr><td><font size='4'>Triệt phá đường dây ma túy lớn</font></td></tr>"
            f"<tr><td><span class='SubHead'>Ngày đăng: 10/16/2012 7:05:32 PM</span></td></tr>"
            f"<tr><td><span class='Normal'><b>Công an thành phố vừa triệt phá đường dây ma túy lớn từ Lạng Sơn.</b>"
            f"{paragraphs}<div align='right'><b>Đức Minh</b></div></span></td></tr>"
            f"<tr><td><a href='javascript:window.print()'>In bài viết</a></td></tr></table></td></tr></table>"
            f"</body></html>")
    article = extract_article(html.encode(), "https://anhp.vn/triet-pha-d2417.html")
    assert article.articleBody is not None and article.articleBody.count("\n") == 5
    assert article.articleBody.startswith("Công an thành phố vừa triệt phá")
    assert article.datePublished == "2012-10-16T19:05:32+07:00"
    assert [a.name for a in article.authors] == ["Đức Minh"]


def test_a_column_of_teaser_cards_beside_the_body_stays_out_of_it() -> None:
    from anninhhaiphong.extraction import extract_article

    cards = "".join(f"<div class='card'><h5><a href='/tin-khac-{k}-d{800 + k}.html'>Tin khác số {k} về an ninh "
                    f"trật tự trên địa bàn</a></h5><p>Tóm tắt tin khác số {k}, kể lại một vụ việc khác đã xảy ra "
                    f"trong tuần tại một quận của thành phố.</p></div>" for k in range(8))
    body = ("<p>Sáng 3-3, Công an quận Lê Chân đã bắt giữ hai đối tượng trộm cắp tài sản tại chợ Cột Đèn.</p>"
            "<p>Qua khai thác, các đối tượng khai nhận đã thực hiện 5 vụ trộm trong tháng 2.</p>"
            "<p>Vụ việc đang được tiếp tục điều tra, mở rộng.</p>")
    html = (f"<html><body><div class='main'><h1>Bắt hai đối tượng trộm cắp tài sản tại chợ Cột Đèn</h1>"
            f"<div>08:30 03/03/2025</div><div class='col-3'>{cards}</div><div class='content'>{body}</div>"
            f"</div></body></html>")
    article = extract_article(html, "https://anhp.vn/bat-hai-doi-tuong-d70001.html")
    assert article.articleBody is not None
    assert article.articleBody.split("\n") == [
        "Sáng 3-3, Công an quận Lê Chân đã bắt giữ hai đối tượng trộm cắp tài sản tại chợ Cột Đèn.",
        "Qua khai thác, các đối tượng khai nhận đã thực hiện 5 vụ trộm trong tháng 2.",
        "Vụ việc đang được tiếp tục điều tra, mở rộng."]


def test_heading_pre_check_lets_every_spelling_of_a_heading_word_through() -> None:
    """`heading_texts` skips a text unless `_HEADING_START` (or `_MULTI_FOLD`) says it may open with a
    heading word: every character that casefolds into a letter of the words must be let through."""
    letters = set("".join(meaning._HEADING_FIRST_WORDS))
    upper: dict[str, list[str]] = {}
    multi = []
    for cp in range(0x110000):
        c = chr(cp)
        if 0xD800 <= cp <= 0xDFFF or c.casefold() == c:
            continue
        folded = c.casefold()
        if len(folded) == 1 and folded in letters:
            upper.setdefault(folded, []).append(c)
        elif len(folded) > 1 and any(folded in w for w in meaning._HEADING_FIRST_WORDS):
            multi.append(c)
    assert upper["t"] and upper["đ"]  # the table is not empty: T, Đ…
    for word in meaning._HEADING_FIRST_WORDS:
        for i, ch in enumerate(word):
            for variant in upper.get(ch, []):
                text = "» " + word[:i] + variant + word[i + 1:] + " liên quan"
                assert meaning._HEADING_START(text), (word, variant)
    for c in multi:
        assert meaning._MULTI_FOLD(c), c
    assert not meaning._HEADING_START("Công an thành phố")
    # the first-character gate before the pattern never turns away a spelling of a heading word
    initials = {w[0] for w in meaning._HEADING_FIRST_WORDS}
    assert not [ch for ch in meaning._NOT_INITIAL if ch.casefold()[:1] in initials or meaning._MULTI_FOLD(ch)]
    assert "T" not in meaning._NOT_INITIAL and "Đ" not in meaning._NOT_INITIAL and "H" in meaning._NOT_INITIAL


def test_a_heading_split_by_a_comment_is_read_as_displayed() -> None:
    """Text nodes around a removed comment are one text (what a reader sees), not two fragments."""
    page = ("<html><body><h1>Tiêu đề bài viết đủ dài</h1><div class='body'>" + "<p>Đoạn văn của bài. </p>" * 6
            + "</div><h3>Tin <!-- x -->liên quan</h3><ul><li><a href='/bai-khac-d12.html'>Bài khác về an ninh"
            "</a></li><li><a href='/bai-nua-d13.html'>Bài nữa về trật tự</a></li></ul></body></html>")
    raw = extract_raw(page, "https://anhp.vn/bai-nay-d11.html")
    assert [r.url for r in raw.related] == ["https://anhp.vn/bai-khac-d12.html", "https://anhp.vn/bai-nua-d13.html"]


def test_images_linked_to_another_site_are_ads() -> None:
    a = lxml_html.fromstring("<a href='https://ads.example/x'><img src='https://ads.example/b.gif'></a>")
    assert meaning._promo_link(a, "https://baohaiphong.com.vn/tin-tuc/bai-123.html")
    assert not meaning._promo_link(a, None)  # the page's site unknown: no judgement
    own = lxml_html.fromstring("<a href='https://image.baohaiphong.com.vn/full.html'><img src='x.jpg'></a>")
    assert not meaning._promo_link(own, "https://baohaiphong.com.vn/tin-tuc/bai-123.html")
    full = lxml_html.fromstring("<a href='https://cdn.example/anh/lon.JPG'><img src='x.jpg'></a>")
    assert not meaning._promo_link(full, "https://anhp.vn/bai-d1.html")  # the photo at full size
    source = lxml_html.fromstring("<a href='https://media.anhp.vn/bai-d2.html'><img src='x.jpg'></a>")
    assert not meaning._promo_link(source, "https://republisher.example/bai.html")  # the newspaper's own
    assert meaning._promo_link(lxml_html.fromstring("<a href='/qc' rel='sponsored'><img src='x'></a>"), None)
    assert meaning._site_of("media.anhp.vn") == "anhp.vn"
    assert meaning._site_of("image.baohaiphong.com.vn") == "baohaiphong.com.vn"


def test_the_publication_date_wins_over_an_update_date_near_the_title() -> None:
    """Joomla K2 prints 'Ngày đăng' above the title and 'Cập nhật' under it: the article is dated by the
    first; a page that prints only 'Cập nhật' is still dated by it."""
    body = "<div class='itemBody'>" + "<p>Nội dung bài viết về an ninh trật tự trên địa bàn.</p>" * 5 + "</div>"
    url = "https://baohaiphong.vn/phap-luat/tai-nan-685214.html"
    both = ("<html><body><div class='itemHeader'><span>Ngày đăng: 19-02-2024 | 16:20:11</span>"
            "<h2 class='itemTitle'>Tai nạn giao thông dịp Tết giảm cả ba tiêu chí</h2>"
            "<span>Cập nhật: 20-02-2024 | 08:34:05</span></div>" + body + "</body></html>")
    assert extract_raw(both, url).dateIso == "2024-02-19T16:20:11+07:00"
    label = both.replace("<span>Cập nhật: 20-02-2024", "<b>Cập nhật:</b><span>20-02-2024")
    assert extract_raw(label, url).dateIso == "2024-02-19T16:20:11+07:00"
    only = both.replace("<span>Ngày đăng: 19-02-2024 | 16:20:11</span>", "")
    assert extract_raw(only, url).dateIso == "2024-02-20T08:34:05+07:00"


def test_a_list_run_together_in_one_cell_keeps_each_items_date() -> None:
    """An old page's 'Các tin khác' is one table cell: bullet, link, date in a <font>, <br>."""
    page = ("<html><body><table><tr><td><b>Triệt phá ổ nhóm trộm cắp xe máy liên quận</b></td></tr>"
            "<tr><td>Thứ sáu, 12/10/2012, 09:05</td></tr><tr><td>" + "Nội dung bài viết về vụ án trộm cắp.<br><br>" * 6
            + "</td></tr><tr><td><b>Các tin khác:</b></td></tr><tr><td>"
            "<img src='/b.gif'> <a href='/bat-doi-tuong-d6004.html'>Bắt đối tượng trộm cắp xe máy liên tỉnh</a> "
            "<font>(11/10/2012)</font><br><img src='/b.gif'> <a href='/khoi-to-giam-doc-d5998.html'>Khởi tố giám "
            "đốc doanh nghiệp trốn thuế</a> <font>(10/10/2012)</font><br></td></tr></table></body></html>")
    raw = extract_raw(page, "https://anhp.vn/triet-pha-d6012.html")
    assert [(r.url.rsplit("-", 1)[1], r.datePublished) for r in raw.related] == [
        ("d6004.html", "2012-10-11T00:00:00+07:00"), ("d5998.html", "2012-10-10T00:00:00+07:00")]


def test_a_republishers_credit_with_its_date_is_the_byline_not_a_dateline() -> None:
    """'Đức Anh – An ninh Hải Phòng 09/11/2018' closing the body dates the page and names its author."""
    page = ("<html><body><h1>Nhân rộng mô hình camera an ninh tại các tổ dân phố</h1><div class='content'>"
            + "<p>Nội dung bài viết về mô hình camera an ninh ở quận Ngô Quyền, được người dân ủng hộ.</p>" * 5
            + "<p style='text-align:right'><strong>Đức Anh – An ninh Hải Phòng 09/11/2018</strong></p></div>"
            "<div style='text-align:right'>Lượt xem: 1.482</div></body></html>")
    article = extract_article(page, "https://haiphong.gov.vn/tin-tuc/nhan-rong-mo-hinh-123.aspx")
    assert [a.nameRaw for a in article.authors] == ["Đức Anh"] and article.source == "An ninh Hải Phòng"
    assert article.datePublished == "2018-11-09T00:00:00+07:00"
    assert "Lượt xem" not in (article.articleBody or "")


def test_a_twelve_hour_time_after_the_date() -> None:
    assert meaning.find_date("17/06/2025 | 02:45 PM").iso == "2025-06-17T14:45:00+07:00"
    assert meaning.find_date("17/06/2025 | 12:10 AM").iso == "2025-06-17T00:10:00+07:00"
    assert meaning.find_date("17/06/2025 | 14:45").iso == "2025-06-17T14:45:00+07:00"


@pytest.mark.parametrize("line", ["Lượt xem: 3.417", "Lượt xem: 3.417 | Bình luận (12)", "👁 3.417 lượt xem",
                                  "Lượt đọc: 1.203", "Chia sẻ In bài Gửi email", "Bình luận (4)", "Nghe đọc bài viết"])
def test_counters_and_share_buttons_are_chrome(line: str) -> None:
    assert meaning.CHROME_TEXT.match(line)


@pytest.mark.parametrize("line", ["Xem thêm", "12 người xem trận đấu", "Email: toasoan@anhp.vn", "Đọc"])
def test_short_body_lines_are_not_chrome(line: str) -> None:
    assert not meaning.CHROME_TEXT.match(line)


def test_a_poll_in_the_body_is_not_body() -> None:
    body = "".join(f"<p>Đoạn văn thứ {i} của bài báo kể lại sự việc diễn ra tại phường Lê Chân rất chi tiết.</p>"
                   for i in range(4))
    poll = ('<div><p>Bạn nghĩ gì về việc xử phạt nguội qua camera?</p><ul>'
            '<li><label><input type="radio" name="q" value="1"> Rất cần thiết</label></li>'
            '<li><label><input type="radio" name="q" value="2"> Chưa cần</label></li></ul>'
            '<button>Bình chọn</button></div>')
    page = (f"<html><body><h1>Xử phạt nguội qua camera tại Hải Phòng</h1><div>{body}{poll}"
            f"<p>Kết thúc bài viết là đoạn văn cuối cùng dài đủ để được tính là nội dung.</p></div></body></html>")
    article = extract_article(page, "https://anhp.vn/xu-phat-nguoi-d123.html")
    assert "Đoạn văn thứ 3" in article.articleBody and "cuối cùng" in article.articleBody
    assert "Bạn nghĩ gì" not in article.articleBody and "Rất cần thiết" not in article.articleBody


def test_a_menu_link_named_like_a_widget_does_not_swallow_the_page() -> None:
    """'Video' closing the site's menu bar is a menu item, not a widget heading whose block runs over the article."""
    menu = "".join(f'<a class="nav-item" href="/s{i}/">Mục {i}</a>' for i in range(6)) + '<a href="/video/">Video</a>'
    body = "".join(f"<p>Đoạn văn thứ {i} kể lại việc lực lượng Công an phường xử lý vi phạm trật tự đô thị.</p>"
                   for i in range(4))
    page = (f'<html><body><div class="nav-row">{menu}</div><div class="main"><div class="post">'
            f"<h1>Công an phường xử lý vi phạm trật tự đô thị</h1>{body}</div>"
            '<div class="side"><a href="/tin-khac-d11.html">Tin khác một hai ba</a></div></div></body></html>')
    article = extract_article(page, "https://anhp.vn/xu-ly-vi-pham-d123.html")
    assert article.metadata["extractor"] == "meaning"
    assert article.articleBody.count("Đoạn văn thứ") == 4 and "Mục" not in article.articleBody


def test_a_kicker_above_the_title_and_a_tools_row_are_not_body() -> None:
    """'Phóng sự ảnh' above the title in the article's block is a kicker; font-size/print/e-mail buttons with the
    views counter are a tools row (and the printed date beside them is still read)."""
    body = "".join(f"<p>Đoạn văn thứ {i} kể lại việc lực lượng Công an bảo vệ lễ hội diễn ra an toàn.</p>"
                   for i in range(4))
    page = ('<html><body><div class="col"><div class="head"><span class="label">Phóng sự ảnh</span>'
            "<h1>Lực lượng Công an bảo vệ an toàn lễ hội</h1></div>"
            '<div class="tools"><span>Ngày đăng: 05/09/2023 15:40</span> <span>Lượt xem: 1.536</span> '
            '<a href="javascript:print()">In trang</a> <a href="mailto:?subject=x">Gửi email</a></div>'
            f"{body}</div></body></html>")
    article = extract_article(page, "https://anhp.vn/le-hoi-d123.html")
    assert article.articleBody.split("\n")[0].startswith("Đoạn văn thứ 0")
    assert "Phóng sự ảnh" not in article.articleBody and "Lượt xem" not in article.articleBody
    assert article.datePublished == "2023-09-05T15:40:00+07:00"


def test_cards_under_a_section_heading_after_the_body_are_neither_related_nor_body() -> None:
    """A grid of cards headed by a section's name ('An ninh trật tự', a link to the section) is the site's; a
    bare list of links right after the body is the article's related news."""
    body = "".join(f"<p>Đoạn văn thứ {i} kể lại vụ tai nạn giao thông xảy ra tại nút giao Quốc lộ 5.</p>"
                   for i in range(4))
    bare = "".join(f'<li><a href="/tin-lien-quan-so-{i}-ve-tai-nan-d{50 + i}.html">Tin liên quan số {i} về tai nạn '
                   f"giao thông</a></li>" for i in range(3))
    cards = "".join(f'<div class="cell"><a href="/bai-khac-{i}-d{70 + i}.html"><img src="/a{i}.jpg"></a>'
                    f'<h3><a href="/bai-khac-{i}-d{70 + i}.html">Bài khác số {i} của chuyên mục an ninh</a></h3></div>'
                    for i in range(3))
    page = ("<html><body><article><h1>Xe tải mất lái tông hàng loạt xe máy</h1>"
            f'<div class="body">{body}</div><ul>{bare}</ul>'
            '<section><h2 class="block-title"><a href="/an-ninh-trat-tu-c2.html">An ninh trật tự</a></h2>'
            f'<div class="grid">{cards}</div></section></article></body></html>')
    article = extract_article(page, "https://anhp.vn/xe-tai-d123.html")
    assert [r.url.rsplit("-d", 1)[1] for r in article.relatedArticles] == ["50.html", "51.html", "52.html"]
    assert "An ninh trật tự" not in article.articleBody and "Bài khác" not in article.articleBody
    assert not article.images


def test_a_byline_of_a_name_over_its_source_line_gives_both() -> None:
    body = "".join(f"<p>Đoạn văn thứ {i} kể lại việc Công an quận ra quân trấn áp tội phạm dịp lễ.</p>"
                   for i in range(4))
    page = ("<html><body><h3 class=title>Công an quận ra quân trấn áp tội phạm</h3><div>"
            f'{body}<p style="text-align: right;"><strong>Đức Minh</strong></p>'
            '<p style="text-align: right;"><em>Nguồn: anhp.vn</em></p></div></body></html>')
    article = extract_article(page, "https://kienan.haiphong.gov.vn/tin-tuc/cong-an-quan-ra-quan-698245")
    assert [a.name for a in article.authors] == ["Đức Minh"] and article.source == "An ninh Hải Phòng"
    assert "Đức Minh" not in article.articleBody and "Nguồn" not in article.articleBody


def test_camel_case_classes_give_their_words() -> None:
    el = lxml_html.fromstring('<td class="tdSapo" id="newsTitle2">x</td>')
    assert {"sapo", "td", "news", "title2"} <= meaning.class_tokens(el)


def test_an_old_table_page_gives_its_title_cell_and_lead_cell() -> None:
    body = "".join(f"<p>Đoạn văn thứ {i} kể lại việc Đồn Biên phòng bắt giữ tàu chở dầu không rõ nguồn gốc.</p>"
                   for i in range(4))
    page = ("<html><head><title>An ninh Hải Phòng - Bắt giữ tàu chở dầu không rõ nguồn gốc</title></head><body>"
            '<table><tr><td class="tdNewsTitle">Bắt giữ tàu chở dầu không rõ nguồn gốc</td></tr>'
            '<tr><td class="tdSapo">Đồn Biên phòng Bạch Long Vĩ vừa bắt giữ một tàu chở 50.000 lít dầu DO.</td></tr>'
            f'<tr><td class="tdContent">{body}</td></tr></table></body></html>')
    article = extract_article(page, "https://anhp.vn/bat-giu-tau-d5420.html")
    assert article.articleBody.split("\n")[0].startswith("Đồn Biên phòng Bạch Long Vĩ vừa bắt giữ")
    assert article.description and article.description.startswith("Đồn Biên phòng")


def test_a_related_list_ends_at_the_first_block_after_it_without_links() -> None:
    body = "".join(f"<p>Đoạn văn thứ {i} kể lại việc Đồn Biên phòng bắt giữ tàu chở dầu không rõ nguồn gốc.</p>"
                   for i in range(4))
    items = "".join(f'<li><a href="/tin-khac-so-{i}-ve-bien-dao-d{60 + i}.html">Tin khác số {i} về biển đảo</a></li>'
                    for i in range(2))
    block = "".join(f'<a href="/bai-cua-chuyen-muc-so-{i}-d{80 + i}.html">Bài của chuyên mục số {i} ở đây</a>'
                    for i in range(3))
    page = (f"<html><body><h1>Bắt giữ tàu chở dầu không rõ nguồn gốc</h1><div>{body}</div><div class=col>"
            f'<h3>Tin khác</h3><ul>{items}</ul><div class=adv><img src="/adv/qc.gif"></div><div>{block}</div>'
            "</div></body></html>")
    article = extract_article(page, "https://anhp.vn/bat-giu-tau-d5420.html")
    assert [r.headline for r in article.relatedArticles] == ["Tin khác số 0 về biển đảo", "Tin khác số 1 về biển đảo"]


def test_an_unstyled_team_credit_right_after_the_body_is_the_byline() -> None:
    body = "".join(f"<p>Đoạn văn thứ {i} kể lại việc Công an khuyến cáo người dân phòng tránh lừa đảo.</p>"
                   for i in range(4))
    page = (f'<html><body><h1>Công an khuyến cáo phòng tránh lừa đảo trực tuyến</h1><div class="nx-body">{body}</div>'
            '<div class="nx-sign">Nhóm PV</div></body></html>')
    article = extract_article(page, "https://anhp.vn/khuyen-cao-d70780.html")
    assert "Nhóm PV" not in article.articleBody and article.authors == []  # (a team is no person: no author)


def test_a_gallery_thumbnail_gives_its_full_size_photo_and_the_link_title() -> None:
    body = "".join(f"<p>Đoạn văn thứ {i} kể lại lễ ra quân hưởng ứng Tháng Thanh niên của tuổi trẻ Công an.</p>"
                   for i in range(4))
    gallery = ('<div class="album"><a href="//media.anhp.vn/files/2019/03a.jpg" title="Quang cảnh lễ ra quân.">'
               '<img src="//media.anhp.vn/thumb/160x106/files/2019/03a.jpg" width="160"></a></div>')
    page = f"<html><body><h1>Tuổi trẻ Công an ra quân Tháng Thanh niên</h1><div>{body}{gallery}</div></body></html>"
    article = extract_article(page, "https://anhp.vn/thang-thanh-nien-d25990.html")
    assert [(i.url, i.caption) for i in article.images] == [
        ("https://media.anhp.vn/files/2019/03a.jpg", "Quang cảnh lễ ra quân.")]


def test_screen_reader_headings_and_comment_times_are_not_the_title_and_date() -> None:
    body = "".join(f"<p>Đoạn văn thứ {i} kể lại việc Công an phường phát huy phong trào toàn dân.</p>"
                   for i in range(4))
    page = ("<html><head><title>Công an phường phát huy phong trào - Tin tức - Cổng thông tin</title></head><body>"
            '<h2 class="hide-accessible">Công an phường phát huy phong trào - Tin tức</h2>'
            '<h1 class="news-title">Công an phường phát huy phong trào</h1><span>Tháng Tám 5, 2025</span>'
            f'<div>{body}</div><ol class="comment-list"><li><time datetime="2025-08-05T20:14:09+07:00">'
            "20:14</time> Bài viết hay.</li></ol></body></html>")
    article = extract_article(page, "https://example.org/cong-an-phuong-phat-huy/")
    assert article.headline == "Công an phường phát huy phong trào"
    assert article.datePublished == "2025-08-05T00:00:00+07:00"


def test_a_see_more_link_of_a_section_block_is_no_related_heading() -> None:
    body = "".join(f"<p>Đoạn văn thứ {i} kể lại việc bắt giữ nhóm đối tượng tổ chức đánh bạc qua mạng.</p>"
                   for i in range(4))
    zone = ('<div class="zone"><div class="zone-head"><a href="/phap-luat.epi">Pháp luật</a> '
            '<a href="/phap-luat.epi">Xem thêm</a></div><div class="grid">'
            + "".join(f'<a href="/vu-an-khac-so-{i}-d{90 + i}.html">Vụ án khác số {i} trong chuyên mục</a>'
                      for i in range(3)) + "</div></div>")
    related = ('<div><h3>Tin cùng chủ đề</h3><ul><li><a href="/danh-bac-qua-mang-d71.html">Đánh bạc qua mạng '
               'xuyên quốc gia bị triệt phá</a></li></ul></div>')
    page = f"<html><body><h1>Bắt nhóm đối tượng đánh bạc qua mạng</h1><div>{body}</div>{related}{zone}</body></html>"
    article = extract_article(page, "https://baomoi.com/bat-nhom-danh-bac-c52917000.epi")
    assert [r.headline for r in article.relatedArticles] == ["Đánh bạc qua mạng xuyên quốc gia bị triệt phá"]


def test_a_by_span_is_the_byline_and_a_closing_theo_line_the_source() -> None:
    body = "".join(f"<p>Đoạn văn thứ {i} kể lại việc bắt nhóm đối tượng trộm cắp xe máy tại nhiều nơi.</p>"
                   for i in range(4))
    page = ('<html><body><article><header><h1>Bắt nhóm đối tượng trộm cắp hơn 30 xe máy</h1><div class="meta">'
            '<span class="by">Minh Châu</span> · <time datetime="2025-10-01T09:00:00Z">01/10/2025 16:00</time>'
            f"</div></header>{body}<p>Theo An ninh Hải Phòng</p></article></body></html>")
    article = extract_article(page, "https://app.example/bai/123")
    assert [a.name for a in article.authors] == ["Minh Châu"] and article.source == "An ninh Hải Phòng"
    assert article.articleBody.split("\n")[-1].startswith("Đoạn văn thứ 3")
    assert article.datePublished == "2025-10-01T16:00:00+07:00"


@pytest.mark.parametrize(("text", "says"), [
    ("Chúng tôi sử dụng Cookie", True), ("COOKIE POLICY", True), ("cOoKiEs", True), ("", False),
    ("coo\u212aie", False),  # the Kelvin sign is no ASCII 'k' (the XPath's translate() does not fold it either)
    ("cooki e", False), ("cöokie", False),
])
def test_says_cookie_is_ascii_case_blind_only(text: str, says: bool) -> None:
    assert meaning.says_cookie(text) is says


def _live_blog() -> str:
    entries = "".join(
        f'<div class="entry"><time>{18 - i}:00</time><h3>Diễn biến mới lúc {18 - i} giờ tại vùng ngập</h3>'
        f'<div class="entry-body"><p>Đoạn đầu của cập nhật số {i}: lực lượng Công an tiếp tục sơ tán người dân '
        f'khỏi khu vực ngập sâu, bảo đảm an toàn tính mạng và tài sản.</p><p>Đoạn hai của cập nhật số {i}: các tổ '
        f'công tác túc trực xuyên đêm tại những điểm xung yếu trên địa bàn.</p></div>'
        f'<div class="share"><button>Chia sẻ</button></div></div>' for i in range(3))
    return ("<html><body><div class='main'><h1>Mưa lũ: Công an xuyên đêm cứu hộ người dân vùng ngập</h1>"
            "<div class='meta'><span>Thứ Hai, 15/09/2025 06:30</span> <span>Cập nhật lúc 18:40</span> "
            "<a href='/thoi-su-c1.html'>Thời sự</a></div>"
            f"<div class='stream'>{entries}</div><p><b>Nhóm PV</b></p></div></body></html>")


def test_a_live_blogs_entries_are_all_the_body() -> None:
    # only the first entry's text was the body (the first block of two paragraphs after the title)
    article = extract_article(_live_blog(), "https://anhp.vn/mua-lu-d70218.html")
    body = article.articleBody.split("\n")
    assert sum("Đoạn đầu của cập nhật" in t for t in body) == 3
    assert "Diễn biến mới lúc 16 giờ tại vùng ngập" in body


def test_what_stands_beside_the_date_is_not_body() -> None:
    # 'Cập nhật lúc 18:40 Thời sự' was left as the body's first line once the date was taken
    body = "".join(f"<p>Đoạn văn thứ {i} về công tác cứu hộ cứu nạn của lực lượng Công an thành phố.</p>"
                   for i in range(4))
    page = ("<html><body><div class='content'><h1>Công an xuyên đêm cứu hộ người dân vùng ngập</h1>"
            "<div class='meta'><span>Thứ Hai, 15/09/2025 06:30</span> <span>Cập nhật lúc 18:40</span> "
            f"<a href='/thoi-su-c1.html'>Thời sự</a></div>{body}</div></body></html>")
    article = extract_article(page, "https://anhp.vn/mua-lu-d70218.html")
    assert article.datePublished == "2025-09-15T06:30:00+07:00"
    assert article.articleBody.split("\n")[0].startswith("Đoạn văn thứ 0 về công tác cứu hộ")


def test_a_paragraph_beside_a_captioned_photo_stays_in_the_body() -> None:
    # the photo's block climbed into the block holding the paragraph: paragraph lost, caption = everything
    prose = ("Tại xã Vĩnh Hải, tổ công tác dùng xuồng máy tiếp cận một ngôi nhà bị nước cô lập, đưa cụ bà "
             "cùng hai cháu nhỏ ra khu vực an toàn.")
    body = "".join(f"<p>Đoạn văn thứ {i} về công tác cứu hộ cứu nạn của lực lượng Công an thành phố.</p>"
                   for i in range(3))
    page = ("<html><body><h1>Công an cứu hộ người dân vùng ngập lụt</h1><div class='content'>" + body +
            f"<div class='part'><p>{prose}</p><div class='media'><img src='/a.jpg' width='760'>"
            "<p class='media-cap'>Cứu hộ người già, trẻ nhỏ.</p></div></div>" + body + "</div></body></html>")
    article = extract_article(page, "https://anhp.vn/cuu-ho-d1.html")
    assert prose in article.articleBody.split("\n")
    assert [(i.url, i.caption) for i in article.images] == [("https://anhp.vn/a.jpg", "Cứu hộ người già, trẻ nhỏ.")]


def test_an_unstyled_credit_with_its_prefix_closes_the_body_as_the_byline() -> None:
    # 'Bài, ảnh: <strong>Đức Minh</strong>' stayed in the body, and the author was lost, when a marked
    # 'Nguồn: …' line followed it; the category label beside the date stayed too ('An ninh trật tự3.412 lượt xem')
    body = "".join(f"<p>Đoạn văn thứ {i} về chuyên án ma túy do Công an thành phố triệt phá thành công.</p>"
                   for i in range(4))
    page = ("<html><body><article><h1>Bắt 3 đối tượng vận chuyển heroin về Hải Phòng tiêu thụ</h1>"
            "<div class='meta'><time>22/05/2024, 10:12</time><span class='Article_cat__4e'>An ninh trật tự</span>"
            f"<span>3.412 lượt xem</span></div>{body}<p class='credit'>Bài, ảnh: <strong>Đức Minh</strong></p>"
            "<div class='Article_source'>Nguồn: <a href='https://anhp.vn/bat-d60412.html'>An ninh Hải Phòng</a>"
            "</div></article></body></html>")
    article = extract_article(page, "https://duyenhai24h.vn/an-ninh/bat-3-doi-tuong-175190")
    assert [a.name for a in article.authors] == ["Đức Minh"]
    assert article.source == "An ninh Hải Phòng"
    lines = article.articleBody.split("\n")
    assert len(lines) == 4 and lines[0].startswith("Đoạn văn thứ 0")


def test_a_portals_name_in_an_h1_gives_way_to_the_marked_title() -> None:
    # the portal's banner h1 was the headline, the real title went into the body; a print icon was an image
    body = "".join(f"<p>Đoạn văn thứ {i} về chuyên án ma túy do Công an hai địa phương phối hợp triệt phá.</p>"
                   for i in range(4))
    page = ("<html><head><title>Triệt phá đường dây ma túy liên tỉnh - Cổng thông tin điện tử Công an tỉnh Hưng Yên"
            "</title></head><body><div class='header'><h1 class='portal-name'>CỔNG THÔNG TIN ĐIỆN TỬ CÔNG AN TỈNH HƯNG"
            " YÊN</h1></div><div class='news-detail'><div class='news-title'><span>Triệt phá đường dây ma túy liên "
            f"tỉnh</span></div><div class='news-date'>22/07/2024 15:20</div>{body}<div class='news-links'>"
            "<a href='javascript:window.print();'><img src='/images/icon-print.gif' alt=''> Bản in</a></div>"
            "</div></body></html>")
    article = extract_article(page, "https://congan.hungyen.gov.vn/tin-tuc/triet-pha-duong-day-1422.html")
    assert article.headline == "Triệt phá đường dây ma túy liên tỉnh"
    assert article.articleBody.split("\n")[0].startswith("Đoạn văn thứ 0")
    assert article.images == []


def test_a_counter_beside_the_date_and_a_players_time_are_not_body() -> None:
    # '3.792' (the views beside the date, in a sibling of the date's own box) and 'Nghe đọc bài viết00:00 / 04:12'
    body = "".join(f"<p>Đoạn văn thứ {i} về thủ đoạn giả danh công an gọi điện chiếm đoạt tài sản.</p>"
                   for i in range(4))
    page = ("<html><body><article><h1>Cảnh giác với thủ đoạn giả danh công an yêu cầu cập nhật định danh</h1>"
            "<div class='bar'><div class='info'><span><svg></svg><time>Thứ Ba, 21/04/2026 15:40</time></span>"
            "<span title='Lượt xem'><svg></svg><span>3.792</span></span></div></div>"
            "<div class='player'><button></button><span><svg></svg> Nghe đọc bài viết</span><span>00:00 / 04:12"
            f"</span></div>{body}</article></body></html>")
    article = extract_article(page, "https://anhp.vn/canh-giac-d77146.html")
    assert article.datePublished == "2026-04-21T15:40:00+07:00"
    assert article.articleBody.split("\n")[0].startswith("Đoạn văn thứ 0")


def test_a_carousel_of_thumbnails_repeats_the_photos_it_does_not_add_any() -> None:
    # 8 photos came out as 16: each again as its /thumb/160x106/ preview, captioned '1/8', '2/8'…
    photos = "".join(f"<figure><img src='https://media.anhp.vn/files/2025/09ps_{i}.jpg'><figcaption>Ảnh số {i} của "
                     f"phóng sự.</figcaption></figure><p>Đoạn văn thứ {i} của phóng sự ảnh về Cảnh sát đường thủy.</p>"
                     for i in range(3))
    slides = "".join(f"<div class='slide'><img src='https://media.anhp.vn/thumb/160x106/files/2025/09ps_{i}.jpg' "
                     f"width='160'><span>{i + 1}/3</span></div>" for i in range(3))
    page = (f"<html><body><h1>Một ngày tuần tra cùng Cảnh sát đường thủy</h1><div class='story'>{photos}"
            f"<div class='carousel'><div>Xem lại <b>3</b> ảnh</div>{slides}</div></div></body></html>")
    article = extract_article(page, "https://anhp.vn/phong-su-d1.html")
    assert [i.url for i in article.images] == [f"https://media.anhp.vn/files/2025/09ps_{i}.jpg" for i in range(3)]
    assert article.articleBody.split("\n") == [f"Đoạn văn thứ {i} của phóng sự ảnh về Cảnh sát đường thủy."
                                               for i in range(3)]


def test_a_dateline_naming_the_author_gives_the_byline() -> None:
    # 'Minh Châu · 09/10/2023 14:05' was dropped whole as the dateline: the author was lost
    body = "".join(f"<p>Đoạn văn thứ {i} về nữ Cảnh sát khu vực giữ bình yên xóm chài ven sông.</p>"
                   for i in range(4))
    page = ("<html><body><article><h1>Nữ Cảnh sát khu vực và hành trình giữ bình yên xóm chài</h1>"
            f"<div class='meta-line'>Minh Châu · 09/10/2023 14:05</div>{body}</article></body></html>")
    article = extract_article(page, "https://readlater.example/s/8f2k1")
    assert [a.name for a in article.authors] == ["Minh Châu"]
    assert article.datePublished == "2023-10-09T14:05:00+07:00"
    assert _date_credit("18:13 12/06/2022 COOKIE POLICY", "18:13 12/06/2022") is None


def test_a_lead_in_a_span_in_its_own_cell_is_not_a_block_of_paragraphs() -> None:
    # the lead's <td><span class=sapo>…</span></td> counted its text twice (the span as a paragraph and as
    # the cell's own text): three 'paragraphs', the first block after the title, taken as the whole body
    lead = ("Chiều 14-11, Đội Cảnh sát điều tra tội phạm về ma túy Công an quận Kiến An phối hợp với Công an "
            "phường Bắc Sơn bắt quả tang 4 đối tượng đang tàng trữ trái phép chất ma túy tại một phòng trọ.")
    body = "".join(f"<p>Đoạn văn thứ {i} về vụ bắt giữ các đối tượng tàng trữ trái phép chất ma túy.</p>"
                   for i in range(5))
    page = ("<html><body><table><tr><td><span class='title'>Bắt quả tang nhóm đối tượng tàng trữ ma túy</span>"
            f"</td></tr><tr><td><span class='sapo'>{lead}</span></td></tr><tr><td class='content'>{body}</td></tr>"
            "</table></body></html>")
    article = extract_article(page, "http://anhp.vn/bat-qua-tang-d8240.html")
    assert article.articleBody.split("\n")[-1].startswith("Đoạn văn thứ 4 về vụ bắt giữ")


def test_a_video_page_update_time_fallback_text_and_video_widget() -> None:
    # 'Sửa lúc: …' beside the date and a <video>'s 'Trình duyệt của bạn không hỗ trợ video.' were body lines;
    # the sidebar's 'Video mới' block was related news
    body = "".join(f"<p>Đoạn văn thứ {i} về vụ cướp giật tài sản trên phố Lạch Tray.</p>" for i in range(4))
    side = "".join(f"<a href='https://anhp.vn/clip-{i}-d{680 + i}.html'>Clip số {i} về an ninh trật tự thành phố</a>"
                   for i in range(4))
    page = ("<html><body><div class='main'><h1>Truy bắt đối tượng cướp giật tài sản trên phố Lạch Tray</h1>"
            "<div class='dates'><span>Đăng lúc: 10:05 - 12/08/2025</span><span>Sửa lúc: 14:30 - 12/08/2025</span>"
            "</div><div class='player'><video controls poster='/p.jpg'><source src='/c.mp4'>Trình duyệt của bạn "
            f"không hỗ trợ video.</video></div>{body}</div><div class='side'><div class='box'><div>Video mới</div>"
            f"{side}</div></div></body></html>")
    article = extract_article(page, "https://anhp.vn/truy-bat-d68417.html")
    assert article.datePublished == "2025-08-12T10:05:00+07:00"
    assert len(article.articleBody.split("\n")) == 4
    assert article.relatedArticles == []
    assert meaning.heading_kind("Video mới") == "widget"


def test_an_emagazines_sections_are_all_the_body() -> None:
    # the title's own column (title, date, lead) was taken as the body: its sections came out as the lead alone
    sections = "".join(
        f"<section class='part'><div class='col'><h2>Phần {i}: Đêm trên sông</h2>"
        f"<p>Đoạn một của phần {i} kể về ca trực đêm của Cảnh sát đường thủy trên sông Cấm.</p>"
        f"<p>Đoạn hai của phần {i} kể về việc kiểm tra các phương tiện khai thác cát trái phép.</p></div>"
        f"<figure><img src='/p{i}.jpg' width='1600'><figcaption>Ảnh phần {i}.</figcaption></figure></section>"
        for i in range(3))
    page = ("<html><body><main><header><div class='col'><span>E-MAGAZINE</span><h1>Những đêm trắng giữ bình yên "
            "dòng sông Cấm</h1><div>Thứ Bảy, 26/04/2025 08:00</div><p><strong>Khi thành phố Cảng đã chìm vào giấc "
            "ngủ, các chiến sĩ Cảnh sát đường thủy vẫn miệt mài tuần tra trên sông.</strong></p></div></header>"
            f"{sections}<div class='credits'>Nội dung: Minh Hiếu · Ảnh: Thế Khoa · Thiết kế: Lan Anh</div>"
            "</main></body></html>")
    article = extract_article(page, "https://anhp.vn/emagazine-d1.html")
    body = article.articleBody.split("\n")
    assert sum(t.startswith("Đoạn hai của phần") for t in body) == 3
    assert [a.name for a in article.authors] == ["Minh Hiếu", "Thế Khoa"]
    assert len(article.images) == 3


def test_a_class_prefix_of_the_body_is_no_ad_mark() -> None:
    # a portal naming its article blocks 'ad-article', 'ad-figure' lost every photo as an ad
    body = "".join(f"<p>Đoạn văn thứ {i} về đường dây đánh bạc qua mạng bị triệt phá.</p>" for i in range(4))
    page = ("<html><body><article class='ad-article'><h1 class='ad-title'>Triệt phá đường dây đánh bạc qua mạng</h1>"
            "<div class='ad-body'><figure class='ad-figure'><img src='https://cdn.x.vn/a.jpg'>"
            f"<figcaption>Các đối tượng tại cơ quan công an.</figcaption></figure>{body}</div>"
            "<div class='ads'><a href='https://shop.example/'><img src='https://shop.example/b.jpg'></a></div>"
            "</article></body></html>")
    article = extract_article(page, "https://tinnhanh24h.vn/phap-luat/triet-pha-871234.html")
    assert [i.url for i in article.images] == ["https://cdn.x.vn/a.jpg"]


def test_a_meta_line_of_section_author_date_and_views_leaves_nothing_in_the_body() -> None:
    # 'Pháp luật | | | 1.234 lượt xem' stayed: the author beside the date was taken after the row was judged
    body = "".join(f"<p>Đoạn văn thứ {i} về vụ án lừa đảo chiếm đoạt tài sản qua mạng xã hội.</p>" for i in range(4))
    page = ("<html><body><div class='ct'><h1>Khởi tố đối tượng lừa đảo chiếm đoạt tài sản qua mạng</h1>"
            "<div class='ct-meta'><span class='ct-cat'><a href='https://anhp.vn/phap-luat-c23.html'>Pháp luật</a>"
            "</span><span> | </span><span class='ct-author'>Thanh Hà</span><span> | </span><span>12/05/2024 08:00"
            f"</span><span> | </span><span>1.234 lượt xem</span></div>{body}</div></body></html>")
    article = extract_article(page, "https://anhp.vn/khoi-to-d1.html")
    assert [a.name for a in article.authors] == ["Thanh Hà"]
    assert article.articleBody.split("\n")[0].startswith("Đoạn văn thứ 0")


def test_an_amp_ads_fallback_text_is_not_body() -> None:
    body = "".join(f"<p>Đoạn văn thứ {i} về đường dây cá độ bóng đá qua mạng bị triệt phá.</p>" for i in range(4))
    ad = ("<div><amp-ad width='300' height='250' type='doubleclick'><div fallback>Nội dung quảng cáo không khả dụng"
          "</div></amp-ad></div>")
    page = (f"<html><body><article><h1>Triệt phá đường dây cá độ bóng đá qua mạng</h1>{body[:70]}{ad}{body[70:]}"
            "</article></body></html>")
    article = extract_article(page, "https://anhp.vn/amp/triet-pha-d62417.html")
    assert not any("quảng cáo" in t for t in article.articleBody.split("\n"))


def test_the_next_parts_preview_is_a_related_item_not_body() -> None:
    # 'Bài tiếp theo:' over the next part's title, lead and two paragraphs: all of it was body
    body = "".join(f"<p>Đoạn văn thứ {i} của kỳ 1 về cạm bẫy việc nhẹ lương cao trên mạng xã hội.</p>"
                   for i in range(4))
    page = ("<html><body><section class='ct'><h1>Cạm bẫy “việc nhẹ, lương cao” – Kỳ 1: Bị bán qua biên giới</h1>"
            f"<div class='ct-body'>{body}<div class='next'><div>Bài tiếp theo:</div><h3><a href='https://anhp.vn/"
            "cam-bay-ky-2-d48233.html'>Cạm bẫy “việc nhẹ, lương cao” – Kỳ 2: Những mắt xích</a></h3><p>Đằng sau những "
            "lời mời chào hấp dẫn là các đường dây có tổ chức.</p><p>Qua đấu tranh, cơ quan điều tra làm rõ thủ đoạn."
            "</p></div></div></section></body></html>")
    article = extract_article(page, "https://anhp.vn/cam-bay-ky-1-d48190.html")
    assert len(article.articleBody.split("\n")) == 4
    assert [r.url for r in article.relatedArticles] == ["https://anhp.vn/cam-bay-ky-2-d48233.html"]
    assert meaning.heading_kind("Kỳ tiếp theo") == "related" and meaning.heading_kind("Clip mới") == "widget"


def test_a_side_box_headed_by_its_first_rows_cell_is_the_sites() -> None:
    # a sidebar table headed <tr><td class=boxHead>Toàn dân bảo vệ ANTQ</td></tr> over cards was related news
    body = "".join(f"<p>Đoạn văn thứ {i} về công tác phòng ngừa tội phạm trên địa bàn quận Lê Chân.</p>"
                   for i in range(4))
    cards = "".join(f"<tr><td><a href='https://anhp.vn/tin-so-{i}-d{633 + i}.html'>Tin số {i} về phong trào toàn dân "
                    "bảo vệ an ninh Tổ quốc</a></td></tr>" for i in range(4))
    page = ("<html><body><table><tr><td class='main'><h1>Phòng ngừa tội phạm trên địa bàn quận Lê Chân</h1>"
            f"<div class='detailBox'>{body}</div></td><td class='side'><table class='boxRight'><tr>"
            f"<td class='boxHead'>Toàn dân bảo vệ ANTQ</td></tr>{cards}</table></td></tr></table></body></html>")
    article = extract_article(page, "https://anhp.vn/phong-ngua-d63900.html")
    assert article.relatedArticles == []


def test_a_layout_class_on_body_does_not_make_the_page_a_sidebar() -> None:
    # <body class="layout-one-sidebar"> put every element 'in a sidebar': the lead photo was dropped
    body = "".join(f"<p>Đoạn văn thứ {i} về thủ đoạn giả danh công an gọi điện lừa đảo người dân.</p>"
                   for i in range(4))
    page = ("<html><body class='layout-one-sidebar layout-sidebar-second'><article class='node'>"
            "<h1>Cảnh báo thủ đoạn giả danh công an gọi điện</h1><div class='node__content'>"
            "<div class='field--name-field-image'><img src='/files/gia-danh.jpg' width='480'></div>"
            f"<div class='field--name-body'>{body}</div></div></article></body></html>")
    article = extract_article(page, "https://phuong.haiphong.gov.vn/tin-tuc/canh-bao-gia-danh")
    assert [i.url for i in article.images] == ["https://phuong.haiphong.gov.vn/files/gia-danh.jpg"]


def test_an_instant_articles_address_and_titled_related_list() -> None:
    # <address><a>Hoàng Long</a></address> in the article's own <header> credited nobody, and
    # <ul class="op-related-articles" title="Tin liên quan"> in its <footer> was not read as related news
    body = "".join(f"<p>Đoạn văn thứ {i} về đường dây mua bán hóa đơn giá trị gia tăng bị triệt phá.</p>"
                   for i in range(4))
    page = ("<html><body><article><header><h1>Triệt phá đường dây mua bán hóa đơn trái phép</h1>"
            "<time class='op-published' datetime='2024-03-07T08:30:00+07:00'>08:30 07/03/2024</time>"
            f"<address><a href='https://anhp.vn/tac-gia/hoang-long.html'>Hoàng Long</a></address></header>{body}"
            "<footer><ul class='op-related-articles' title='Tin liên quan'><li><a href='https://anhp.vn/khoi-to-"
            "d58640.html'>Khởi tố nhóm đối tượng lập doanh nghiệp ma</a></li><li><a href='https://anhp.vn/canh-bao-"
            "d58577.html'>Cảnh báo thủ đoạn thuê căn cước</a></li></ul></footer></article></body></html>")
    article = extract_article(page, None)
    assert [a.name for a in article.authors] == ["Hoàng Long"]
    assert [r.url for r in article.relatedArticles] == ["https://anhp.vn/khoi-to-d58640.html",
                                                       "https://anhp.vn/canh-bao-d58577.html"]


def test_a_right_column_named_in_one_word_is_a_sidebar() -> None:
    # <td class="colright"> holding a 'Tin mới cập nhật' box: its 19 links were related news
    assert not meaning.SCOPE_OUT_TOKENS.isdisjoint(meaning.class_tokens(etree.fromstring('<td class="colright"/>')))
    assert not meaning.SCOPE_OUT_TOKENS.isdisjoint(meaning.class_tokens(etree.fromstring('<td class="col-right"/>')))
    assert meaning.heading_kind("Tin mới cập nhật") == "widget"


def test_a_republishers_credit_closing_the_lead_is_the_source() -> None:
    # '… bắt giữ 5 đối tượng. (Theo anhp.vn)' kept the credit in the lead and the body, and gave no source
    lead = "Công an thành phố triệt phá đường dây mua bán hóa đơn, bắt giữ 5 đối tượng. (Theo anhp.vn)"
    body = "".join(f"<p>Đoạn văn thứ {i} về đường dây mua bán hóa đơn giá trị gia tăng.</p>" for i in range(4))
    page = (f"<html><body><article><h1>Triệt phá đường dây mua bán hóa đơn</h1><p class='lead'>{lead}</p>{body}"
            "</article></body></html>")
    article = extract_article(page, "https://baothaibinh.com.vn/tin-tuc/triet-pha-12345.html")
    assert article.description == lead.removesuffix(" (Theo anhp.vn)")
    assert article.articleBody.split("\n")[0] == article.description
    assert article.source == "An ninh Hải Phòng"


def test_a_readers_question_over_the_answers_container_is_body() -> None:
    # 'Bạn đọc … hỏi: …' in <div class="qa-question"> between the lead and the answer's container was lost
    # (body F1 0.93): prose standing just before the container, after the title and lead, is the body's
    answer = "".join(f"<p>Trả lời đoạn {i}: theo quy định của Bộ luật Hình sự, người phạm tội lần đầu có thể được "
                     "hưởng án treo khi bị xử phạt tù không quá 03 năm, có nhân thân tốt, có từ hai tình tiết giảm nhẹ "
                     "trở lên và có nơi cư trú rõ ràng để cơ quan có thẩm quyền giám sát, giáo dục.</p>"
                     for i in range(4))
    conditions = "".join(f"<li>Điều kiện {i}: người phạm tội có nhân thân tốt, chấp hành đúng chính sách, pháp luật "
                         "và thực hiện đầy đủ nghĩa vụ của công dân ở nơi cư trú, nơi làm việc.</li>" for i in range(4))
    answer += f"<ol>{conditions}</ol><p>Như vậy, em trai bạn có thể được hưởng án treo nếu có đủ điều kiện.</p>"
    question = ("Bạn đọc Nguyễn Văn Hùng (Lê Chân) hỏi: Em trai tôi năm nay 22 tuổi, đánh người gây thương tích 14%. "
                "Xin hỏi em tôi có được hưởng án treo không?")
    page = ("<html><body><div class='news-detail'><h1>Người phạm tội lần đầu có được hưởng án treo?</h1>"
            "<div class='date-detail'>Thứ Tư, 21/08/2024 | 09:15</div>"
            "<div class='sapo-detail'>Phạm tội lần đầu chưa phải là căn cứ duy nhất để được hưởng án treo.</div>"
            f"<div class='qa-question'><div class='qa-icon'>?</div><p>{question}</p></div>"
            f"<div class='content-detail'>{answer}</div>"
            "<div class='tool-detail'><a href='#'>Chia sẻ</a></div></div></body></html>")
    lines = extract_article(page, None).articleBody.split("\n")
    assert lines[:2] == ["Phạm tội lần đầu chưa phải là căn cứ duy nhất để được hưởng án treo.", question]
    assert len(lines) == 11 and "?" not in lines


def test_an_off_site_ad_between_the_title_and_the_body_is_not_the_lead_photo() -> None:
    # the photos between the title and the body were judged without the page's URL: an image linking to
    # another site (an unmarked ad) there was taken as the article's first image
    body = "".join(f"<p>Đoạn văn thứ {i} về đợt cao điểm tấn công trấn áp tội phạm trên địa bàn thành phố.</p>"
                   for i in range(4))
    page = ("<html><body><div class='detail'><h1>Công an thành phố tổng kết đợt cao điểm</h1>"
            "<div><a href='https://ads.example/y' rel='nofollow'><img src='https://ads.example/banner.gif'></a></div>"
            "<figure><img src='/files/tong-ket.jpg'><figcaption>Quang cảnh hội nghị</figcaption></figure>"
            f"<div class='content'>{body}</div></div></body></html>")
    article = extract_article(page, "https://anhp.vn/cong-an-thanh-pho-tong-ket-d70001.html")
    assert [i.url for i in article.images] == ["https://anhp.vn/files/tong-ket.jpg"]


def test_relative_links_resolve_against_the_pages_base_element() -> None:
    # an old page at https://anhp.vn/… saying <base href="http://www.anhp.vn/"> had its photo resolved against
    # the page's URL: a path the site does not serve
    body = "".join(f"<p>Đoạn văn thứ {i} về vụ bắt giữ hai đối tượng mua bán trái phép chất ma túy.</p>"
                   for i in range(4))
    page = ("<html><head><base href='http://www.anhp.vn/'></head><body><h1>Bắt hai đối tượng mua bán ma túy</h1>"
            f"<div class='content'><p><img src='dataimages/201203/ma-tuy.jpg' width='450'></p>{body}</div>"
            "</body></html>")
    article = extract_article(page, "https://anhp.vn/bat-hai-doi-tuong-d6840.html")
    assert [i.url for i in article.images] == ["http://www.anhp.vn/dataimages/201203/ma-tuy.jpg"]
    assert extract_article(page.replace("'http://www.anhp.vn/'", "'http://[::1'"), "https://anhp.vn/x-d1.html") \
        .images[0].url == "https://anhp.vn/dataimages/201203/ma-tuy.jpg"  # a broken base: the page's URL


def test_a_marked_author_over_the_body_and_a_source_closing_it_give_both() -> None:
    # '<span class="hp-author">Phạm Thu Hà</span>' over the body and '(Theo Công an nhân dân)' closing it:
    # the closing credit won, and the article had a source but no author
    body = "".join(f"<p>Đoạn văn thứ {i} về đường dây đánh bạc qua mạng bị Công an thành phố triệt phá.</p>"
                   for i in range(4))
    page = ("<html><body><h1>Triệt phá đường dây đánh bạc qua mạng</h1><div class='meta'>"
            "<span class='hp-author'>Phạm Thu Hà</span> <span>Thứ ba, 14/03/2023 | 15:20</span></div>"
            f"<div class='content'>{body}<p style='text-align: right;'>(Theo <strong>Công an nhân dân</strong>)</p>"
            "</div>"
            "<ul class='list'><li><a href='https://anhp.vn/bat-nhom-doi-tuong-d53001.html'>Bắt nhóm đối tượng "
            "cá độ bóng đá</a> <span class='author'>Minh Phương</span></li><li><a href='https://anhp.vn/canh-bao"
            "-d53002.html'>Cảnh báo thủ đoạn lừa đảo mới</a></li></ul></body></html>")
    article = extract_article(page, "https://anhp.vn/triet-pha-duong-day-danh-bac-d53764.html")
    assert [a.name for a in article.authors] == ["Phạm Thu Hà"]
    assert article.source == "Công an nhân dân"
    # a teaser's author (in the list item of a link to another article) is that article's, not this one's
    alone = page.replace("<span class='hp-author'>Phạm Thu Hà</span>", "")
    assert extract_article(alone, "https://anhp.vn/triet-pha-duong-day-danh-bac-d53764.html").authors == []


def test_a_date_printed_without_its_year_is_read_from_its_date_attribute() -> None:
    # '<span data-time="2025-09-09T14:30:00+07:00">14:30 09/09</span>' beside '2 giờ trước', no metadata: no date
    body = "".join(f"<p>Đoạn văn thứ {i} về thủ đoạn lừa đảo tuyển cộng tác viên nhắm vào tân sinh viên.</p>"
                   for i in range(4))
    page = ("<html><body><div class='post'><div class='hd'><span class='rel'>2 giờ trước</span> · "
            "<span data-time='2025-09-09T14:30:00+07:00'>14:30 09/09</span></div>"
            f"<div class='t'>Cảnh báo chiêu lừa việc nhẹ lương cao</div><h1>Cảnh báo chiêu lừa việc nhẹ lương cao</h1>"
            f"<div class='c'>{body}</div><div class='cm'><span data-time='2025-09-09T16:00:00+07:00'>16:00</span>"
            "</div></div></body></html>")
    article = extract_article(page, None)
    assert (article.datePublished, article.datePublishedRaw) == ("2025-09-09T14:30:00+07:00", "14:30 09/09")
    assert meaning.find_attribute_date([], {}, None, set()) is None


def test_readers_comments_headed_as_such_are_not_body_whatever_their_class() -> None:
    # <div class="yk"><h2>Ý kiến bạn đọc</h2>…</div> beside the body: the body's column was taken, comments and all
    body = "".join(f"<p>Đoạn văn thứ {i}: Cơ quan Cảnh sát điều tra Công an huyện Thủy Nguyên khởi tố bốn đối tượng "
                   "cho vay lãi nặng với lãi suất 365%/năm.</p>" for i in range(6))
    comments = "".join(f"<div class='yk-muc'><div class='yk-ten'>Bạn đọc {i}</div><p>Lãi suất như vậy thì đúng là cắt "
                       "cổ, mong cơ quan chức năng xử lý triệt để cả những người dán quảng cáo cho vay.</p></div>"
                       for i in range(3))
    page = ("<html><body><div class='vt-chinh'><h1>Khởi tố 4 đối tượng cho vay lãi nặng</h1>"
            f"<div class='vt-nd'>{body}<p><strong>Đức Minh - Hoàng Anh</strong></p></div>"
            f"<div class='yk'><h2 class='yk-tit'>Ý kiến bạn đọc</h2>{comments}</div></div></body></html>")
    article = extract_article(page, None)
    assert "cắt cổ" not in article.articleBody and len(article.articleBody.split("\n")) == 6
    assert [a.name for a in article.authors] == ["Đức Minh", "Hoàng Anh"]


def test_the_photo_printed_just_above_the_title_is_the_lead_photo() -> None:
    # a hero photo and its caption before the headline, in the article's column, was not an image of the article
    body = "".join(f"<p>Đoạn văn thứ {i} về vụ án cho vay lãi nặng tại huyện Thủy Nguyên bị khởi tố.</p>"
                   for i in range(4))
    hero = ("<div class='vt-hero'><img src='https://media.anhp.vn/files/2022/08cho-vay.jpg' width='760'>"
            "<div class='vt-hero-caption'>Các đối tượng tại cơ quan công an.</div></div>")
    page = (f"<html><body><div class='header'><div class='logo'><a href='/'><img src='/logo.png'></a></div></div>"
            f"<div class='vt-chinh'>{hero}<h1>Khởi tố 4 đối tượng cho vay lãi nặng</h1>"
            f"<div class='vt-nd'>{body}</div></div></body></html>")
    article = extract_article(page, "https://anhp.vn/khoi-to-4-doi-tuong-d48736.html")
    assert [(i.url, i.caption) for i in article.images] == [
        ("https://media.anhp.vn/files/2022/08cho-vay.jpg", "Các đối tượng tại cơ quan công an.")]
    assert "Các đối tượng tại cơ quan công an." not in article.articleBody
    teaser = page.replace("<img src='https://media", "<a href='/bat-doi-tuong-d48731.html'><img src='https://media")
    assert extract_article(teaser, "https://anhp.vn/khoi-to-4-doi-tuong-d48736.html").images == []


def test_a_credit_beside_the_date_in_spans_of_its_own_is_the_byline() -> None:
    # <span>Thu Trang (thực hiện)</span><span>|</span><span>02/09/2024 08:00</span> in the body's column: the
    # credit stayed in the body as 'Thu Trang (thực hiện)|'
    body = "".join(f"<p>PV: Câu hỏi thứ {i} về tình hình tội phạm lừa đảo trực tuyến trên địa bàn thành phố?</p>"
                   f"<p>Thượng tá Nguyễn Văn Long: Câu trả lời thứ {i} về các thủ đoạn và giải pháp phòng ngừa.</p>"
                   for i in range(3))
    page = ("<html><body><article class='bv'><h1>Phòng, chống lừa đảo trực tuyến</h1><div class='bv-meta'>"
            "<span class='bv-nguoiviet'>Thu Trang (thực hiện)</span><span class='bv-sep'>|</span>"
            f"<span class='bv-tg'>Thứ Hai, 02/09/2024 08:00</span></div>{body}</article></body></html>")
    article = extract_article(page, None)
    assert article.articleBody.split("\n")[0].startswith("PV: Câu hỏi thứ 0")
    assert [a.name for a in article.authors] == ["Thu Trang"]
    assert article.datePublished == "2024-09-02T08:00:00+07:00"


def test_a_read_aloud_player_is_not_body() -> None:
    # <div class="post__tts"><button>▶ Nghe đọc bài viết</button><span>Giọng nữ miền Bắc</span></div> between the
    # date and the lead: the voice's name was a body line
    body = "".join(f"<p>Đoạn văn thứ {i} về thủ đoạn giả danh công an hỗ trợ đăng ký cư trú trực tuyến.</p>"
                   for i in range(4))
    page = ("<html><body><article class='post'><h1>Cảnh giác với thủ đoạn giả danh công an</h1>"
            "<div class='post__meta'>Thứ Hai, 06/10/2025 - 14:00</div><div class='post__tts'><button>▶ Nghe đọc bài "
            "viết</button><span>Giọng nữ miền Bắc</span></div><div class='post__lead'><p>Thời gian gần đây, người dân "
            f"liên tục phản ánh các cuộc gọi mạo danh cán bộ công an.</p></div><div class='post__body'>{body}</div>"
            "</article></body></html>")
    assert "Giọng nữ" not in extract_article(page, None).articleBody
    assert meaning.CHROME_TEXT.match("Giọng nam miền Nam")


def test_an_in_read_ad_named_adv_is_not_body_nor_a_photo() -> None:
    # <div class="adv-inread"><span class="adv-label">Quảng cáo</span><a …><img …></a></div> between paragraphs:
    # 'Quảng cáo' was a body line
    paragraphs = [f"<p>Đoạn văn thứ {i} về đường dây lừa đảo xuyên quốc gia bị triệt phá.</p>" for i in range(4)]
    ad = ("<div class='adv-inread'><span class='adv-label'>Quảng cáo</span><a href='/lien-he-quang-cao.html'>"
          "<img src='https://media.anhp.vn/files/adv/2025/ipay-640x120.jpg' width='640'></a></div>")
    page = (f"<html><body><div class='detail'><h1>Đường dây lừa đảo xuyên quốc gia</h1><div class='content'>"
            f"{''.join(paragraphs[:2])}{ad}{''.join(paragraphs[2:])}</div></div></body></html>")
    article = extract_article(page, "https://anhp.vn/duong-day-lua-dao-d66815.html")
    assert "Quảng cáo" not in article.articleBody and article.images == []
    assert meaning.CHROME_TEXT.match("Quảng cáo")


def test_the_other_parts_of_a_series_are_related_articles() -> None:
    # a series box over the lead ('Bài 1: <a>Sập bẫy …</a>') was neither body nor related; a part announced
    # without a link ('Bài 3: … (kỳ tới)') is not related
    body = "".join(f"<p>Đoạn văn thứ {i} về đường dây lừa đảo xuyên quốc gia bị triệt phá.</p>" for i in range(4))
    page = ("<html><body><div class='detail'><h1>Đường dây lừa đảo - Bài 2: Thủ đoạn tinh vi</h1>"
            "<div class='series-box'><div class='series-head'>Loạt bài: Đường dây lừa đảo xuyên quốc gia</div><ul>"
            "<li>Bài 1: <a href='https://anhp.vn/duong-day-lua-dao-bai-1-d66742.html'>Sập bẫy việc nhẹ lương cao</a>"
            "</li><li>Bài 2: <a href='https://anhp.vn/duong-day-lua-dao-bai-2-d66815.html'>Thủ đoạn tinh vi</a></li>"
            "</ul></div>"
            f"<div class='content'>{body}<p><em>Bài 3: Những lỗ hổng trong quản lý (kỳ tới)</em></p></div></div>"
            "</body></html>")
    article = extract_article(page, "https://anhp.vn/duong-day-lua-dao-bai-2-d66815.html")
    assert [(r.url, r.headline) for r in article.relatedArticles] == [
        ("https://anhp.vn/duong-day-lua-dao-bai-1-d66742.html", "Sập bẫy việc nhẹ lương cao")]
    assert "Sập bẫy" not in article.articleBody


def test_a_slideshow_of_captioned_photos_is_not_taken_for_the_body() -> None:
    # five slides (<div><img><p>caption</p></div>) outscored the two paragraphs under them: the body was the
    # captions and the slide counter '1/5'
    slides = "".join(f"<div class='pgal-slide'><div><img src='https://media.anhp.vn/files/2025/02IMG_{i}.jpg'></div>"
                     f"<p class='pgal-desc'>Chú thích ảnh thứ {i}: lực lượng công an hướng dẫn người dân xếp hàng vào "
                     "lễ chùa Dư Hàng sáng mùng 4 Tết.</p></div>" for i in range(5))
    text = "".join(f"<p>Đoạn văn thứ {i}: theo ghi nhận, từ mùng 1 đến mùng 4 Tết, lực lượng chức năng đã hỗ trợ "
                   "tìm lại 23 trẻ em đi lạc.</p>" for i in range(2))
    page = ("<html><body><div class='ta'><h1>Bảo đảm an toàn cho người dân du xuân</h1>"
            f"<div class='pgal'><div class='pgal-slider'>{slides}<span class='pgal-count'><b>1</b>/5</span></div></div>"
            f"<div class='ta-text'>{text}</div></div></body></html>")
    article = extract_article(page, "https://anhp.vn/bao-dam-an-toan-d64712.html")
    assert article.articleBody.split("\n") == [f"Đoạn văn thứ {i}: theo ghi nhận, từ mùng 1 đến mùng 4 Tết, lực lượng "
                                               "chức năng đã hỗ trợ tìm lại 23 trẻ em đi lạc." for i in range(2)]
    assert len(article.images) == 5


@pytest.mark.parametrize("chrome", [
    "<div class='box-summary'><div class='box-summary__head'>✦ Tóm tắt nhanh</div><ul><li>Công an bắt 7 đối tượng "
    "lừa đảo qua sàn tiền ảo.</li><li>Hơn 300 bị hại bị chiếm đoạt 12 tỷ đồng.</li></ul></div>",
    "<div class='box-3'><div>Tóm tắt nhanh</div><ul><li>Công an bắt 7 đối tượng lừa đảo qua sàn tiền ảo.</li>"
    "<li>Hơn 300 bị hại bị chiếm đoạt 12 tỷ đồng.</li></ul></div>",  # its heading says it, whatever its class
    "<div class='fb-post'><p>CÔNG AN THỊ TRẤN CÁT BÀ TRAO TRẢ TÀI SẢN CHO DU KHÁCH</p><p>Chiều 1/4/2025, Công an thị "
    "trấn Cát Bà đã phối hợp với tài xế taxi trao trả chiếc túi xách.</p></div>",
    "<blockquote class='twitter-tweet'><p>Lost my bag with my passport in a taxi on Cat Ba island.</p></blockquote>",
    "<p class='pager'>Trang: 1 2 Tiếp »</p>",
])
def test_summaries_embedded_posts_and_pagers_in_the_body_are_not_body(chrome: str) -> None:
    paragraphs = [f"<p>Đoạn văn thứ {i} về đường dây lừa đảo qua sàn tiền ảo giả mạo bị triệt phá.</p>"
                  for i in range(4)]
    page = (f"<html><body><div class='detail'><h1>Triệt phá đường dây lừa đảo qua sàn tiền ảo</h1><div class='content'>"
            f"{''.join(paragraphs[:2])}{chrome}{''.join(paragraphs[2:])}</div></div></body></html>")
    assert len(extract_article(page, None).articleBody.split("\n")) == 4


def test_the_titles_own_bold_text_is_not_the_lead() -> None:
    # <td class="td_title"><font size="4"><b>Title</b></font></td>: the <b> inside the title was read as an unmarked
    # lead, and the title came back as the body's first line
    body = "".join(f"<p>Đoạn văn thứ {i} về đường dây vận chuyển heroin từ Hải Phòng lên Hà Nội bị triệt phá.</p>"
                   for i in range(4))
    title = "Triệt phá đường dây vận chuyển heroin từ Hải Phòng lên Hà Nội năm 2011"
    page = (f"<html><head><title>{title} - ANHP</title></head><body><table><tr><td class='td_title'>"
            f"<font size='4'><b>{title}</b></font></td></tr>"
            f"<tr><td class='td_content'>{body}</td></tr></table></body></html>")
    article = extract_article(page, None)
    assert article.headline == title and title not in article.articleBody


def test_a_readers_comment_time_is_not_the_articles() -> None:
    # 'Ngày 15/01/2020' under the title, '15/01/2020 09:12' on a reader's comment after the body: the comment's
    # time was taken as the article's
    body = "".join(f"<p>Đoạn văn thứ {i} về kết quả bảo đảm trật tự an toàn giao thông năm 2019.</p>"
                   for i in range(4))
    page = ("<html><body><div class='detail'><h1>Tổng kết công tác bảo đảm trật tự an toàn giao thông</h1>"
            f"<div class='ngaythang'>Ngày 15/01/2020</div><div class='content'>{body}</div>"
            "<div class='ykien'><div class='ykien_title'>Ý kiến bạn đọc (1)</div><div class='ykien_item'><b>Trần Hùng"
            "</b> <span class='ngay'>15/01/2020 09:12</span><div>Mong lực lượng CSGT tiếp tục xử lý nghiêm.</div>"
            "</div></div></div></body></html>")
    assert extract_article(page, None).datePublished == "2020-01-15T00:00:00+07:00"


def test_an_aggregators_article_links_and_same_topic_heading() -> None:
    # baomoi's '/<slug>/c/48122871.epi' was no article link, and 'Tin cùng chủ đề' no related heading: the
    # copy's related block was lost
    assert meaning.href_id("/hai-phong-triet-pha-nhom-trom-cap-xe-may-lien-huyen/c/48122871.epi") is not None
    assert meaning.href_id("/xa-hoi/c/48122871.epi") is None  # a section's page
    assert meaning.heading_kind("Tin cùng chủ đề") == "related" and meaning.heading_kind("Cùng chủ đề") == "related"


def test_a_block_labelled_as_an_ad_is_not_body_whatever_its_class() -> None:
    # <div class="ct-inads"><span>Quảng cáo</span><a …><img …></a><p>Mua bảo hiểm … 1900.6868</p></div>: the ad's
    # text was a body line
    paragraphs = [f"<p>Đoạn văn thứ {i} về đối tượng lừa bán suất mua nhà ở xã hội bị truy nã.</p>" for i in range(4)]
    ad = ("<div class='ct-inads'><span class='ct-adlabel'>Quảng cáo</span><a href='/quang-cao.html' rel='sponsored'>"
          "<img src='/files/qc.jpg'></a><p>Mua bảo hiểm xe máy trực tuyến chỉ từ 66.000 đồng/năm - Liên hệ 1900.6868"
          "</p></div>")
    page = (f"<html><body><div class='detail'><h1>Truy nã đối tượng lừa bán suất mua nhà</h1><div class='content'>"
            f"{''.join(paragraphs[:2])}{ad}{''.join(paragraphs[2:])}</div></div></body></html>")
    assert "bảo hiểm" not in extract_article(page, None).articleBody


@pytest.mark.parametrize("label", sorted(meaning._AD_LABELS))
def test_every_ad_label_is_chrome_alone_on_a_line_and_labels_an_ad_block(label: str) -> None:
    # the ad words were in two lists ('Tài trợ' and 'Sponsored' labelled a block but stayed as a line)
    label = label[:1].upper() + label[1:]
    assert meaning.CHROME_TEXT.match(label) and meaning.CHROME_TEXT.match(f"— {label.upper()} —")
    block = etree.fromstring(f"<div><span>{label}</span><p>Vay tiêu dùng lãi suất 0% trong 12 tháng</p></div>")
    assert meaning._ad_labelled(block)


def test_a_related_box_in_the_first_of_the_body_sections_does_not_make_it_a_column_of_cards() -> None:
    # a body in <section>s under sub-headings, a 'Tin liên quan' box and a 'Xem thêm:' line set in the first:
    # its three links made it a 'listing' of cards, and the first section was lost from the body
    prose = "Lực lượng công an đã huy động hàng nghìn lượt cán bộ, chiến sĩ tham gia khắc phục hậu quả cơn bão số 3 {}."
    box = ("<div class='box'><h4>Tin liên quan</h4><ul><li><a href='/mot-vu-an-khac-d91001.html'>Một vụ án khác được "
           "đưa ra xét xử</a></li><li><a href='/canh-sat-giao-thong-d91002.html'>Cảnh sát giao thông tăng cường tuần "
           "tra</a></li></ul></div>")
    more = "<p><strong>Xem thêm:</strong> <a href='/so-tan-dan-d91003.html'>Sơ tán hơn 10.000 người dân</a></p>"
    sections = [f"<section class='sec'><h3>Phần {k}</h3><p>{prose.format(k * 10 + 1)}</p>{box if k == 1 else ''}"
                f"<p>{prose.format(k * 10 + 2)}</p>{more if k == 1 else ''}"
                + (f"<p>{prose.format(k * 10 + 3)}</p>" if k > 1 else "") + "</section>" for k in (1, 2, 3)]
    page = ("<html><body><h1>Khắc phục hậu quả bão số 3</h1><div class='meta'>07:45 | 16/09/2024</div>"
            f"<div class='detail'>{''.join(sections)}</div></body></html>")
    article = extract_article(page, "https://anhp.vn/khac-phuc-hau-qua-bao-d91000.html")
    assert article.articleBody.split("\n")[:3] == ["Phần 1", prose.format(11), prose.format(12)]
    assert [r.url[-11:] for r in article.relatedArticles] == ["d91001.html", "d91002.html", "d91003.html"]


def test_a_section_link_under_a_related_list_is_not_a_related_article() -> None:
    # a portal's 'Các tin khác' list closed by <a href="/tin-tuc-su-kien/tin-an-ninh-trat-tu">Xem tiếp »</a>: the
    # section's long slug read as an article's, and 'Xem tiếp »' was a related headline
    listed = [("hong-bang-so-ket-cong-tac-bao-dam-an-ninh-trat-tu", "Hồng Bàng sơ kết công tác an ninh trật tự"),
              ("phuong-so-dau-ra-mat-mo-hinh-camera-an-ninh", "Phường Sở Dầu ra mắt mô hình camera an ninh")]
    items = "".join(f"<li><a href='/tin-tuc-su-kien/tin-an-ninh-trat-tu/{slug}-65{i:04d}'>{title}</a> "
                    f"(1{i}/09/2023)</li>" for i, (slug, title) in enumerate(listed))
    paragraphs = "".join(f"<p>Đoạn văn thứ {i} của bài viết về công tác bảo đảm an ninh trật tự trên địa bàn quận.</p>"
                         for i in range(4))
    for more in ("<a href='/tin-tuc-su-kien/tin-an-ninh-trat-tu'>Xem tiếp »</a>",
                 "<a href='/tin-tuc-su-kien/tin-an-ninh-trat-tu'>Tin an ninh trật tự Hồng Bàng</a>",
                 "<a href='/tin-tuc-su-kien/tin-an-ninh-trat-tu/tat-ca-cac-tin-bai-ve-an-ninh'>Xem tiếp »</a>"):
        page = (f"<html><body><h1>Ra quân bảo đảm an ninh trật tự</h1><div class='content'>{paragraphs}</div>"
                f"<div class='other-news'><h3>Các tin khác:</h3><ul>{items}</ul><div>{more}</div></div></body></html>")
        article = extract_article(page, "https://hongbang.haiphong.gov.vn/tin-tuc-su-kien/ra-quan-bao-dam-an-ninh-652200")
        assert [r.headline for r in article.relatedArticles] == [title for _, title in listed], more


def test_people_marked_after_a_source_logo_marked_source_are_the_byline() -> None:
    # an aggregator's copy: <a class="source-logo">An ninh Hải Phòng</a> over the title, then <span class="author">
    # Thu Hằng - Đức Anh</span> beside the date: the first marked element (the logo) hid the authors
    paragraphs = "".join(f"<p>Đoạn văn thứ {i} của bài viết cảnh báo thủ đoạn đánh cắp cookie để chiếm tài khoản.</p>"
                         for i in range(4))
    comments = ("<div class='comments'><div class='comment-author'><b>Trần Văn Lực</b></div><p>Cảm ơn bài viết rất "
                "hữu ích cho mọi người.</p><form><label class='comment-form-author'>Tên <span>*</span></label></form>"
                "</div>")
    for meta, authors in (("<span class='author'>Thu Hằng - Đức Anh</span> | ", ["Thu Hằng", "Đức Anh"]), ("", [])):
        page = ("<html><body><div class='article-source'><a class='source-logo' href='/nguon/anhp'>An ninh Hải Phòng"
                f"</a></div><h1>Cảnh báo thủ đoạn đánh cắp cookie</h1><div class='article-meta'>{meta}"
                f"<span class='time'>18/06/2025 07:45</span></div><div class='article-content'>{paragraphs}</div>"
                f"{comments}</body></html>")
        article = extract_article(page, "https://docbao24h.vn/phap-luat/canh-bao-thu-doan-danh-cap-cookie-a1284733.html")
        assert [a.name for a in article.authors] == authors, meta


@pytest.mark.parametrize(("main", "side"), [("col-lg-8", "col-lg-4"), ("col-12 col-md-9", "col-12 col-md-3"),
                                            ("span8", "span4"), ("large-8 columns", "large-4 columns")])
def test_a_related_heading_in_the_narrow_grid_column_beside_the_body_is_the_sidebar(main: str, side: str) -> None:
    # Bootstrap: 'Tin liên quan' under the body in div.col-lg-8, 'Tin cùng chuyên mục' (the section's latest, on every
    # page of it) in div.col-lg-4 beside it, both in the same classes: the sidebar's list was related news
    def box(heading: str, first: int) -> str:
        items = "".join(f"<li><a href='/tin-so-{n}-ve-an-ninh-trat-tu-d{n}.html'>Tin số {n} về an ninh trật tự</a> "
                        f"<span>2{n % 10}/09/2024</span></li>" for n in range(first, first + 3))
        return f"<div class='box-cate'><h3>{heading}</h3><ul>{items}</ul></div>"

    paragraphs = "".join(f"<p>Đoạn văn thứ {i} của bài viết về công tác khắc phục hậu quả bão số 3 ở Hải Phòng.</p>"
                         for i in range(4))
    page = (f"<html><body><div class='container'><div class='row'><div class='{main}'><h1>Khắc phục hậu quả bão</h1>"
            f"<div class='content'>{paragraphs}</div>{box('Tin liên quan', 62300)}</div><div class='{side}'>"
            f"{box('Tin cùng chuyên mục', 62400)}{box('Đọc nhiều', 62500)}</div></div></div></body></html>")
    article = extract_article(page, "https://anhp.vn/khac-phuc-hau-qua-bao-d62350.html")
    assert [r.url[-11:] for r in article.relatedArticles] == ["d62300.html", "d62301.html", "d62302.html"]
    # the same list under the body, in the article's column: related
    wide = page.replace(f"<div class='{side}'>{box('Tin cùng chuyên mục', 62400)}",
                        f"{box('Tin cùng chuyên mục', 62400)}<div class='{side}'>")
    assert len(extract_article(wide, "https://anhp.vn/khac-phuc-hau-qua-bao-d62350.html").relatedArticles) == 6


@pytest.mark.parametrize("photo", ["<div class='img'><img src='{src}' width='720' height='480'></div>",
                                   "<img src='{src}' width='720' height='480'>"])
def test_the_shared_photo_right_after_a_body_without_photos_is_the_article_s(photo: str) -> None:
    # a mobile share view: the post's text in div.c, then its photo (the page's og:image) below it: no image
    src = "https://cdn.chiase24.vn/photo/2025/09/09/p7301928374651_1_720.jpg"
    text = "<br><br>".join(f"Đoạn thứ {i} của bài cảnh báo lừa đảo tân sinh viên tìm việc làm thêm dịp đầu năm học."
                           for i in range(4))
    page = (f"<html><head><meta property='og:image' content='{src}'></head><body><div class='t'>Cảnh báo lừa đảo tân "
            f"sinh viên</div><div class='c'>{text}</div>{photo.format(src=src)}<div class='cmt'><img class='av' "
            "src='https://cdn.chiase24.vn/avatar/u1_60.jpg'><div>Nguyễn Thu Hà</div><div>Cảm ơn đã chia sẻ.</div>"
            "</div></body></html>")
    article = extract_article(page, "https://m.chiase24.vn/p/haiphonghomnay/7301928374651")
    assert [i.url for i in article.images] == [src]
    other = page.replace(f"<meta property='og:image' content='{src}'>", "<meta property='og:image' "
                         "content='https://cdn.chiase24.vn/share/default.jpg'>")
    assert extract_article(other, "https://m.chiase24.vn/p/haiphonghomnay/7301928374651").images == []


def test_a_line_break_parts_words_in_titles_captions_and_related_headlines() -> None:
    # an e-magazine's cover title 'Những người giữ bình yên<br/>nơi đảo tiền tiêu': text_content ran the words
    # together ('yênnơi'), so the title matched no og:title and was not found
    title = "Những người giữ bình yên nơi đảo tiền tiêu"
    paragraphs = "".join(f"<p>Đoạn văn thứ {i} của bài viết về những người giữ bình yên nơi huyện đảo Bạch Long Vĩ.</p>"
                         for i in range(4))
    page = (f"<html><head><meta property='og:title' content='{title}'></head><body><article><section class='cover'>"
            "<img src='https://media.anhp.vn/files/2024/08emg-cover.jpg' width='1920' height='1080'>"
            "<div class='overlay'><div class='cover-title'>Những người giữ bình yên<br/>nơi đảo tiền tiêu</div>"
            f"<span>01/09/2024 08:30</span></div></section><div class='body'>{paragraphs}</div></article>"
            "</body></html>")
    article = extract_article(page, "https://anhp.vn/nhung-nguoi-giu-binh-yen-noi-dao-tien-tieu-d62310.html")
    assert article.headline == title and article.datePublished == "2024-09-01T08:30:00+07:00"
    # the cover's photo, the title laid over it in an overlay of its own: the article's first image
    assert [i.url for i in article.images] == ["https://media.anhp.vn/files/2024/08emg-cover.jpg"]


def test_a_credits_box_by_role_gives_its_writers_and_photographer_and_no_related_entry() -> None:
    # 'Thực hiện: Hoàng Long – Thế Khoa' / 'Ảnh: Minh Phương' / 'Thiết kế: Tuấn Anh' closing the body, a line each:
    # only the first gave authors and 'Thiết kế: Tuấn Anh' became a related article with no URL
    paragraphs = "".join(f"<p>Đoạn văn thứ {i} của bài viết về những người giữ bình yên nơi huyện đảo Bạch Long Vĩ.</p>"
                         for i in range(4))
    credits = "".join(f"<p class='credit'><span>{role}:</span> <strong>{names}</strong></p>" for role, names in (
        ("Thực hiện", "Hoàng Long – Thế Khoa"), ("Ảnh", "Minh Phương"), ("Thiết kế", "Tuấn Anh")))
    page = (f"<html><body><h1>Những người giữ bình yên nơi đảo tiền tiêu</h1><div>01/09/2024 08:30</div>"
            f"<div class='body'>{paragraphs}<div class='credits'>{credits}</div></div></body></html>")
    article = extract_article(page, "https://anhp.vn/nhung-nguoi-giu-binh-yen-noi-dao-tien-tieu-d62310.html")
    assert [a.name for a in article.authors] == ["Hoàng Long", "Thế Khoa", "Minh Phương"]
    assert article.relatedArticles == [] and "Tuấn Anh" not in article.articleBody


def test_a_heading_equal_to_the_page_title_before_a_long_site_name_is_the_title() -> None:
    # <title>Hàng xóm hát karaoke …? - Cổng thông tin điện tử quận Lê Chân</title> over <h2>Hàng xóm hát karaoke
    # …?</h2> (no og:title, no h1): the whole <title> became the headline
    title = "Hàng xóm hát karaoke ồn ào đến khuya, xử lý thế nào?"
    paragraphs = "".join(f"<p>Đoạn văn thứ {i} của thư bạn đọc hỏi về việc hàng xóm hát karaoke ồn ào đến khuya.</p>"
                         for i in range(4))
    items = ("<li><a href='/index.php/hoi-dap-phap-luat/2704-mua-ban-xe-may-khong-sang-ten-bi-xu-phat-the-nao'>"
             "2019-03-05 - Mua bán xe máy không sang tên, bị xử phạt thế nào?</a></li>"
             "<li><a href='/index.php/hoi-dap-phap-luat/2688-quy-dinh-ve-dang-ky-tam-tru-doi-voi-nguoi-thue-tro'>"
             "Quy định về đăng ký tạm trú đối với người thuê trọ (26/02/2019)</a></li>")
    page = (f"<html><head><title>{title} - Cổng thông tin điện tử quận Lê Chân</title></head><body><div "
            f"class='banner'>Cổng thông tin điện tử quận Lê Chân</div><div class='item-page'><h2>{title}</h2>"
            f"<div class='date'>12/03/2019 15:42</div><div class='content'>{paragraphs}</div><div class='items-more'>"
            f"<h3>Các tin khác:</h3><ul>{items}</ul></div></div></body></html>")
    article = extract_article(page, "https://lechan.haiphong.gov.vn/index.php/hoi-dap-phap-luat/2731-hang-xom-hat-karaoke")
    assert article.headline == title
    # a date printed in the link, before or after the title ('2019-03-05 - …', year first): the item's date
    assert [(r.headline, r.datePublished) for r in article.relatedArticles] == [
        ("Mua bán xe máy không sang tên, bị xử phạt thế nào?", "2019-03-05T00:00:00+07:00"),
        ("Quy định về đăng ký tạm trú đối với người thuê trọ", "2019-02-26T00:00:00+07:00")]
    assert meaning.find_date("Đăng lúc 2019-03-05 14:20").iso == "2019-03-05T14:20:00+07:00"
    assert meaning.find_date("ma-so-2019-03-05") is None


def test_print_label_aggregator_note_and_app_article_ids() -> None:
    # a print view's <title>In bài: …</title> over an <h2> title gave the headline 'In bài: …'
    assert meaning.clean_title("In bài: Cảnh báo thủ đoạn giả danh công an") == "Cảnh báo thủ đoạn giả danh công an"
    assert meaning.clean_title("In bài viết mới nhất") == "In bài viết mới nhất"
    # (round 27b's print view of 2013: '<title>In bài viết: Cảnh sát đường thủy …</title>' kept its label)
    assert meaning.clean_title("In bài viết: Cảnh sát đường thủy Hải Phòng") == "Cảnh sát đường thủy Hải Phòng"
    assert meaning.clean_title("Bản in - Cảnh sát đường thủy Hải Phòng") == "Cảnh sát đường thủy Hải Phòng"
    # Zalo OA's article view '/anninhhaiphong/bai-viet/a41c7e02f9b3d518': its related list was lost
    assert meaning.is_article_link("https://oa.zalo.me/anninhhaiphong/bai-viet/a41c7e02f9b3d518")
    assert not meaning.is_article_link("https://oa.zalo.me/anninhhaiphong/bai-viet/gioi-thieu")
    from anninhhaiphong.cleaning.chrome import is_chrome_line

    # an aggregator's note under its copy was a body line
    assert is_chrome_line("Xem nguồn Nội dung được tổng hợp tự động từ An ninh Hải Phòng. Báo Mới không chịu trách "
                          "nhiệm về nội dung.")
    assert not is_chrome_line("Chủ cửa hàng cho rằng mình không chịu trách nhiệm về nội dung quảng cáo sai sự thật.")


def test_a_source_line_marked_in_the_body_leaves_the_byline_marked_over_it() -> None:
    # <span class="detail__author">Minh Đức</span> beside the date, <p class="detail__source">Nguồn: An ninh Hải
    # Phòng</p> closing the body: the marked source line was taken as the byline and the author was lost
    paragraphs = "".join(f"<p>Đoạn văn thứ {i} của bài viết về đợt cao điểm kiểm soát vi phạm nồng độ cồn.</p>"
                         for i in range(4))
    page = ("<html><body><article class='detail'><h1 class='detail__title'>Hơn 1.800 trường hợp vi phạm nồng độ cồn bị "
            "xử lý</h1><div class='detail__meta'><span class='detail__author'>Minh Đức</span>"
            f"<span class='detail__time'>18:21, 19/05/2024</span></div><div class='detail__content'>{paragraphs}"
            "<p class='detail__source'>Nguồn: An ninh Hải Phòng</p></div></article></body></html>")
    article = extract_article(page, "https://baohaiphong.vn/hon-1-800-truong-hop-vi-pham-nong-do-con-405118.html")
    assert [a.name for a in article.authors] == ["Minh Đức"] and article.source == "An ninh Hải Phòng"
    assert "Nguồn" not in article.articleBody


def _paragraphs(n: int, topic: str = "công tác bảo đảm an ninh trật tự trên địa bàn thành phố") -> str:
    return "".join(f"<p>Đoạn văn thứ {i} của bài viết về {topic} trong những ngày qua.</p>" for i in range(n))


def test_to_be_continued_closing_a_series_part_is_body_not_byline() -> None:
    # '(Còn nữa)' right-aligned over the byline 'Nhóm PV' was read as a line of the byline
    page = ("<html><body><h1>Tín dụng đen bủa vây công nhân - Kỳ 2: Những cái bẫy lãi suất</h1>"
            f"<div>18/09/2018 07:35</div><div class='detail'>{_paragraphs(4)}<p style='text-align:right'>"
            "<em>(Còn nữa)</em></p><p style='text-align:right'><strong>Thu Trang</strong></p></div></body></html>")
    article = extract_article(page, "https://anhp.vn/tin-dung-den-ky-2-d51234.html")
    assert article.articleBody.endswith("(Còn nữa)") and [a.name for a in article.authors] == ["Thu Trang"]


def test_a_gallery_slide_counter_is_no_caption() -> None:
    # <figure><a><img></a><span class="gallery-count">4/6</span></figure>: the counter was the photo's caption
    slides = "".join(f"<figure class='slide'><a href='https://media.anhp.vn/files/2026/03anh-{i}.jpg'><img "
                     f"src='https://media.anhp.vn/files/2026/03anh-{i}.jpg' width='1200' height='800'></a>"
                     + (f"<figcaption>Lực lượng chữa cháy tại hiện trường, ảnh {i}.</figcaption>" if i != 2 else "")
                     + f"<span class='count'>{i}/3</span></figure>" for i in (1, 2, 3))
    page = (f"<html><body><h1>Cháy xưởng sản xuất bao bì</h1><div>09:14 PM 12/03/2026</div><div class='detail'>"
            f"{_paragraphs(3)}<div class='gallery'>{slides}</div>{_paragraphs(2)}</div></body></html>")
    article = extract_article(page, "https://anhp.vn/chay-xuong-d75126.html")
    assert [i.caption for i in article.images] == ["Lực lượng chữa cháy tại hiện trường, ảnh 1.", None,
                                                   "Lực lượng chữa cháy tại hiện trường, ảnh 3."]


def test_an_old_portal_article_a_marked_title_span_br_text_photo_paragraphs_and_a_list_under_tools() -> None:
    # DotNetNuke: <title> the portal's name, the title in <span class="ArticleTitle">, 'Ngày cập nhật: 18/09/2019
    # 3:07:42 CH' (CH: afternoon), <br>-separated text with photo <p>s whose text after them ran into the line
    # before, and the related list after a bar of tools ('Quay lại', 'In trang') read as a section's heading
    title = "Ra mắt mô hình “Camera an ninh” tại phường Lạch Tray"
    lines = [f"Đoạn thứ {i} của bài viết về mô hình camera an ninh tại phường Lạch Tray, quận Ngô Quyền."
             for i in range(4)]
    photo = "<p align='center'><img src='/Portals/0/Images/2019/09/camera-01.jpg' width='500' height='333' /></p>"
    items = "".join(f"<tr><td><a href='/Tin-tuc-su-kien/ArticleID/18{i}0/quan-ngo-quyen-to-chuc-hoat-dong-so-{i}'>"
                    f"Quận Ngô Quyền tổ chức hoạt động số {i} năm 2019</a> <span>(1{i}/09/2019)</span></td></tr>"
                    for i in (1, 2, 3))
    tools = ("<div><a href='javascript:history.go(-1)'>Quay lại</a> <a href='javascript:window.print()'>In trang</a>"
             "</div>")
    page = ("<html><head><title>Cổng thông tin điện tử quận Ngô Quyền &gt; Tin tức - Sự kiện</title></head><body>"
            f"<div class='module'><div class='article'><span class='ArticleTitle'>{title}</span><br />"
            "<span class='ArticleDate'>Ngày cập nhật: 18/09/2019 3:07:42 CH</span><div class='ArticleContent'>"
            f"<font>{lines[0]}<br /><br />{lines[1]}"
            f"{photo}{lines[2]}<br /><br />{lines[3]}</font></div></div>{tools}<table class='OtherNews'>{items}</table>"
            "</div></body></html>")
    article = extract_article(page, "http://ngoquyen.haiphong.gov.vn/Tin-tuc-su-kien/ArticleID/1873/ra-mat-mo-hinh")
    assert article.headline == title and article.datePublished == "2019-09-18T15:07:42+07:00"
    assert article.articleBody.split("\n") == lines
    assert [r.datePublished[:10] for r in article.relatedArticles] == ["2019-09-11", "2019-09-12", "2019-09-13"]


def test_a_live_report_sorted_by_a_button_and_a_view_counter_after_its_icon() -> None:
    # <button>Mới nhất</button> sorting a live report's entries read as a 'latest news' widget heading: every entry
    # was dropped; '👁 18.352' beside the date stayed in the body
    entries = "".join(f"<div class='entry'><h3><span>{h}:00</span> Diễn biến lúc {h} giờ</h3><div class='content'>"
                      f"{_paragraphs(2, f'diễn biến cơn bão lúc {h} giờ')}</div><a href='#e{h}'>Chia sẻ</a></div>"
                      for h in (19, 17, 15))
    page = ("<html><body><h1>Trực tiếp: Công an Hải Phòng ứng phó bão số 3</h1><div class='meta'><span>"
            "07/09/2024 - 06:30</span><span>Cập nhật lúc 19:45</span><span>👁 18.352</span></div><div class='live'>"
            "<div class='toolbar'><div><button>Mới nhất</button> <button>Cũ nhất</button></div></div>"
            f"<div class='timeline'>{entries}</div></div></body></html>")
    article = extract_article(page, "https://anhp.vn/truc-tiep-ung-pho-bao-so-3-d61874.html")
    lines = article.articleBody.split("\n")
    assert len(lines) == 9 and lines[0] == "19:00 Diễn biến lúc 19 giờ" and "18.352" not in article.articleBody


def test_a_source_line_after_the_byline_after_the_body() -> None:
    # <p class="article__author">Tin, ảnh: Phạm Tuấn</p><p class="article__source">Nguồn: <a>An ninh Hải Phòng</a>
    # </p> under the body: only the line right after the body was read for a source
    page = ("<html><body><h1>Phá đường dây mua bán hóa đơn khống hơn 300 tỷ đồng</h1><div>03/06/2025, 02:15 PM</div>"
            f"<div class='article__body'>{_paragraphs(4)}</div><p class='article__author'>Tin, ảnh: Phạm Tuấn</p>"
            "<p class='article__source'>Nguồn: <a href='https://anhp.vn/pha-duong-day-d67305.html'>An ninh Hải "
            "Phòng</a></p></body></html>")
    article = extract_article(page, "https://tienphong.vn/pha-duong-day-mua-ban-hoa-don-post1748230.amp")
    assert [a.name for a in article.authors] == ["Phạm Tuấn"] and article.source == "An ninh Hải Phòng"
    assert article.datePublished == "2025-06-03T14:15:00+07:00"


def test_an_aggregator_s_suggestions_after_the_comments_its_logo_and_its_link_to_the_original() -> None:
    # 'Có thể bạn quan tâm' after the readers' comments was related news; the source's logo (alt 'An ninh Hải Phòng')
    # the first image; 'Nguồn: An ninh Hải Phòng · Xem bài gốc' a related entry with no URL
    def cards(first: int) -> str:
        return "".join(f"<div class='card'><h4><a href='https://docnhanh.vn/phap-luat/tin-so-{n}-ve-an-ninh-trat-tu-n{n}"
                       f".html'>Tin số {n} về an ninh trật tự thành phố</a></h4><div class='meta'>An ninh Hải Phòng · "
                       f"1{n % 10}/10/2025 18:20</div></div>" for n in range(first, first + 3))
    page = ("<html><body><article class='dn-article'><h1>Bắt quả tang đối tượng vận chuyển 6 bánh heroin</h1>"
            "<div class='source'><img src='https://photo.docnhanh.vn/source/anhp.png' alt='An ninh Hải Phòng'/>"
            "<a href='/nguon/anhp'>An ninh Hải Phòng</a> · <span>09:12 AM 14/10/2025</span></div>"
            f"<div class='body'>{_paragraphs(4)}<p style='text-align:right'><strong>Đức Anh</strong></p></div>"
            "<div class='origin'>Nguồn: <b>An ninh Hải Phòng</b> · <a href='https://anhp.vn/bat-qua-tang-d71488.html'>"
            f"Xem bài gốc</a></div><section class='box'><h3>Tin cùng chủ đề</h3>{cards(1182960)}</section>"
            "<div class='comments'><h3>Bình luận</h3><p>Chưa có bình luận nào.</p><textarea></textarea></div></article>"
            f"<section class='box'><h3>Có thể bạn quan tâm</h3>{cards(1183300)}</section></body></html>")
    article = extract_article(page, "https://docnhanh.vn/phap-luat/bat-qua-tang-doi-tuong-van-chuyen-heroin-n1183427.html")
    assert [r.url[-12:] for r in article.relatedArticles] == ["1182960.html", "1182961.html", "1182962.html"]
    assert article.images == [] and article.source == "An ninh Hải Phòng"
    assert [a.name for a in article.authors] == ["Đức Anh"]
    assert meaning.suggestion_heading(etree.fromstring("<h3>Có thể bạn quan tâm</h3>"))


def test_an_app_s_cards_its_source_line_logo_and_a_slide_caption_before_the_body() -> None:
    # a news app's webview: '<img src=…/sources/anhp.png alt=""><span>An ninh Hải Phòng</span>' was an image, the
    # first slide's caption ('<img><p class="slide-cap">…</p>') the lead, and a card wrapping a title block and a
    # 'source · date' block gave the headline 'TitleAn ninh Hải Phòng'; a slide counter opened captions ('1/3 …')
    caption = "Lực lượng cứu nạn đưa các ngư dân gặp nạn vào bờ an toàn, ảnh {}."
    slides = "".join(f"<div class='slide'><img src='https://img.tintuc365.vn/2025/06/18/anhp-{i}.jpg'><span>{i}/2"
                     f"</span><p class='slide-cap'>{caption.format(i)}</p></div>" for i in (1, 2))
    cards = "".join(f"<a class='card' href='https://tintuc365.vn/tin-so-{n}-ve-cuu-nan-tren-bien-n88091{n}.html'>"
                    f"<div class='thumb'><img src='https://img.tintuc365.vn/240x/{n}.jpg'></div><div><div class='ttl'>"
                    f"Tin số {n} về cứu nạn trên biển Cát Bà</div><div class='sub'>An ninh Hải Phòng · "
                    f"1{n}/06/2025 16:20</div></div></a>" for n in (5, 6))
    page = ("<html><body><div class='article'><div class='src-line'><img src='https://static.tintuc365.vn/sources/"
            "anhp.png' alt=''><span>An ninh Hải Phòng</span> · <span>Vì bình yên cuộc sống</span></div><div class="
            "'article-title'>Cứu sống 3 ngư dân gặp nạn trên vùng biển Cát Hải</div><div class='article-time'>"
            f"18/06/2025 02:35 PM</div><div class='gallery'>{slides}</div><div class='content'>{_paragraphs(4)}</div>"
            f"</div><div class='block'><div class='block-title'>Bài viết liên quan</div>{cards}</div></body></html>")
    article = extract_article(page, "https://tintuc365.vn/cuu-song-3-ngu-dan-gap-nan-n8812457.html")
    assert [(i.url[-10:], i.caption) for i in article.images] == [("anhp-1.jpg", caption.format(1)),
                                                                  ("anhp-2.jpg", caption.format(2))]
    assert article.description is None or "ngư dân gặp nạn vào bờ" not in article.description
    assert [(r.headline, r.datePublished) for r in article.relatedArticles] == [
        ("Tin số 5 về cứu nạn trên biển Cát Bà", "2025-06-15T16:20:00+07:00"),
        ("Tin số 6 về cứu nạn trên biển Cát Bà", "2025-06-16T16:20:00+07:00")]


def test_an_instant_article_s_two_authors_kicker_and_update_time() -> None:
    # Facebook Instant Articles: an <address> per author (only the first was read), the kicker <h3 class="op-kicker">
    # and <time class="op-modified"> were lines of the body
    page = ("<html><body><article><header><h1>Triệt phá đường dây đánh bạc qua mạng</h1><h3 class='op-kicker'>"
            "Hồ sơ vụ án</h3><address><a href='https://anhp.vn/tac-gia/minh-hieu.html'>Minh Hiếu</a></address>"
            "<address><a href='https://anhp.vn/tac-gia/duc-thanh.html'>Đức Thành</a></address><time class="
            "'op-published' datetime='2024-11-28T21:05:00+07:00'>21:05 28/11/2024</time><time class='op-modified' "
            f"datetime='2024-11-29T08:12:00+07:00'>08:12 29/11/2024</time></header>{_paragraphs(4)}</article>"
            "</body></html>")
    article = extract_article(page, "https://anhp.vn/triet-pha-duong-day-danh-bac-qua-mang-d66012.html")
    assert [a.name for a in article.authors] == ["Minh Hiếu", "Đức Thành"]
    assert article.articleBody.split("\n")[0].startswith("Đoạn văn thứ 0") and "29/11/2024" not in article.articleBody


def test_round_20_links_dates_and_titles_of_old_and_archived_pages() -> None:
    # an old CMS's article links by number were no article links ('Details.aspx?ID=5988&CatID=12'), an ad's
    # click counter stays out
    assert meaning.href_id("http://www.anhp.vn/Details.aspx?ID=5988&CatID=12") == "query:/details.aspx?id=5988"
    assert meaning.href_id("/Default.aspx?tabid=86&ItemID=1241") is not None
    assert meaning.href_id("/adv/click.aspx?id=21") is None and meaning.href_id("/Default.aspx?tabid=86") is None
    # a Wayback Machine capture's links and photos give back the original addresses
    capture = "https://web.archive.org/web/20180310142233/http://anhp.vn/x-d18400.html"
    assert meaning.absolute(capture, "/web/20180310142233im_/http://media.anhp.vn/files/a.jpg") == \
        "http://media.anhp.vn/files/a.jpg"
    # Joomla's Vietnamese date ('Thứ ba, 12 Tháng 8 2025 15:26') was not read at all
    assert meaning.find_date("Thứ ba, 12 Tháng 8 2025 15:26").iso == "2025-08-12T15:26:00+07:00"
    # a date the related title speaks of is no date of the item ('… từ ngày 1-1-2025')
    title = "Những điểm mới về mức phạt vi phạm nồng độ cồn từ ngày 1-1-2025"
    assert meaning._date_apart(title) == (title, None)
    assert meaning._date_apart("Tiêu đề bài viết khác (05/03/2019)")[0] == "Tiêu đề bài viết khác"


def test_round_20_a_portal_title_at_the_head_of_the_body_block_and_a_date_in_an_icon_s_tail() -> None:
    # <title>Title > Tin tức – Sự kiện > Cổng …</title> and the title in the body block's own head
    # ('<div class=NewsDetail><div class=NewsTitle>'): the whole <title> was the headline and the title a body line;
    # '<span><i class="icon-clock"></i> 15/05/2020 | 07:45</span>' with a view counter beside it stayed in the body
    title = "Thủy Nguyên: Nhân rộng mô hình “Tổ tự quản về an ninh trật tự” ở khu dân cư"
    page = (f"<html><head><title>{title} &gt; Tin tức – Sự kiện &gt; Cổng thông tin điện tử huyện Thủy Nguyên</title>"
            f"</head><body><div class='NewsDetail'><div class='NewsTitle'><span>{title}</span></div><div class='meta'>"
            "<span class='date'><i class='icon-clock'></i> 14/05/2013 16:40</span> <span class='views'><i "
            f"class='icon-eye'></i> 412</span></div>{_paragraphs(4)}</div></body></html>")
    article = extract_article(page, "http://thuynguyen.haiphong.gov.vn/Default.aspx?tabid=86&ItemID=1245")
    assert article.headline == title and article.datePublished == "2013-05-14T16:40:00+07:00"
    assert article.articleBody.split("\n")[0].startswith("Đoạn văn thứ 0")


def test_round_20_contents_box_author_box_avatar_caption_class_and_a_printed_time_over_json_ld() -> None:
    # a table of contents ('Nội dung chính' over '#muc1' links) left its label in the body; an author box (avatar,
    # name linked to the author's page, bio) gave no author and its bio a body line; a caption in
    # <p class="pcaption"> was body; a JSON-LD time that lost the PM beat 'September 16, 2025 - 03:20 PM'
    toc = ("<div class='toc'><b>Nội dung chính</b><ol><li><a href='#muc1'>1. Thực trạng</a></li><li><a href='#muc2'>"
           "2. Nguyên nhân</a></li></ol></div>")
    box = ("<div class='author-box'><div class='avatar'><img src='https://media.anhp.vn/files/author/a.jpg' width='64'"
           " height='64'></div><a class='name' href='https://anhp.vn/tac-gia/duc-thang-a27.html'>Đức Thắng</a><p>"
           "Phóng viên theo dõi mảng trật tự an toàn giao thông, hơn 10 năm gắn bó với những ca tuần tra đêm.</p>"
           "<a href='https://anhp.vn/tac-gia/duc-thang-a27.html'>Xem tất cả bài viết</a></div>")
    photo = ("<div class='img-wrap'><img src='https://media.anhp.vn/files/2024/12csgt-1.jpg' width='800' height='533'>"
             "</div><p class='pcaption'>Lực lượng CSGT kiểm tra nồng độ cồn trên đường Lê Hồng Phong</p>")
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2025-09-16T03:20:00+07:00"}'
          "</script>")
    page = (f"<html><head>{ld}</head><body><article><h1>Police bust online gambling ring</h1><div class='meta'>"
            f"Tuesday, September 16, 2025 - 03:20 PM (GMT+7)</div>{box}<div class='content'>{toc}{_paragraphs(2)}"
            f"{photo}{_paragraphs(2)}</div></article></body></html>")
    article = extract_article(page, "https://anhp.vn/en/police-bust-online-gambling-ring-d70001.html")
    assert [a.name for a in article.authors] == ["Đức Thắng"]
    assert [(i.url[-12:], i.caption) for i in article.images] == [
        ("12csgt-1.jpg", "Lực lượng CSGT kiểm tra nồng độ cồn trên đường Lê Hồng Phong")]
    assert article.articleBody.count("\n") == 3 and "Nội dung chính" not in article.articleBody
    assert article.datePublished == "2025-09-16T15:20:00+07:00"


def test_round_20_joomla_k2_and_drupal_fields() -> None:
    # K2: 'Bài viết liên quan (theo thẻ)' was no related heading, 'Đọc 1342 lần Sửa lần cuối vào …' became a related
    # entry, the photo's credit in a span of its own ran into its caption; Drupal: 'Tác giả' as a field's label
    # with the name in the next field gave no author
    from anninhhaiphong.cleaning.headings import heading_kind

    assert heading_kind("Bài viết liên quan (theo thẻ)") == "related"
    assert meaning.CHROME_TEXT.match("Đọc 1342 lần Sửa lần cuối vào Thứ tư, 13 Tháng 8 2025 08:02")
    image = ("<div class='itemImageBlock'><img src='/media/k2/items/cache/abc_L.jpg' width='800' height='500'>"
             "<span class='itemImageCaption'>Tai nạn giao thông giảm cả 3 tiêu chí (ảnh minh họa)</span> "
             "<span class='itemImageCredits'>Ảnh: Quang Huy</span></div>")
    author = ("<div class='field field--name-field-tac-gia'><div class='field__label'>Tác giả</div>"
              "<div class='field__item'>Minh Nguyệt</div></div>")
    page = ("<html><body><div class='itemView'><h2 class='itemTitle'>Tai nạn giao thông 7 tháng giảm cả 3 tiêu chí"
            f"</h2><span class='itemDateCreated'>Thứ ba, 12 Tháng 8 2025 15:26</span>{author}<div "
            f"class='itemFullText'>{_paragraphs(2)}{image}{_paragraphs(2)}</div></div></body></html>")
    article = extract_article(page, "https://antoangiaothonghaiphong.vn/index.php/tin-tuc/item/1290-tai-nan-giao-thong")
    assert [i.caption for i in article.images] == ["Tai nạn giao thông giảm cả 3 tiêu chí (ảnh minh họa)"]
    assert [a.name for a in article.authors] == ["Minh Nguyệt"]
    assert article.datePublished == "2025-08-12T15:26:00+07:00"


def test_round_21_a_table_cell_like_a_counter_and_an_unmarked_title_over_a_bold_lead() -> None:
    # a data table's cell '96/121' was dropped as a slide counter; in an old table layout whose title is an
    # unmarked '<td><font><b>…</b></font></td>', the bold '(ANHP) - …' lead after it was lost
    title = "Hai án tử hình cho đường dây vận chuyển 9 bánh heroin"
    lead = "(ANHP) - Ngày 12-10, TAND thành phố Hải Phòng mở phiên tòa sơ thẩm xét xử 5 bị cáo trong đường dây ma túy."
    table = ("<table border='1'><tr><td>Chỉ tiêu</td><td>Kết quả</td></tr><tr><td>Bắt, xử lý tội phạm ma túy</td>"
             "<td>96/121</td></tr></table>")
    page = (f"<html><head><title>{title} - An ninh Hải Phòng</title></head><body><table><tr><td><font size='4'><b>"
            f"{title}</b></font></td></tr><tr><td><font size='1'><i>Cập nhật lúc 09:40 PM, Thứ Năm, 13/10/2011</i>"
            f"</font></td></tr><tr><td><font><b>{lead}</b></font></td></tr><tr><td>{_paragraphs(2)}{table}"
            f"{_paragraphs(2)}</td></tr></table></body></html>")
    article = extract_article(page, "https://anhp.vn/hai-an-tu-hinh-d5990.html")
    assert article.articleBody.split("\n")[0] == lead and article.description == lead
    assert "Bắt, xử lý tội phạm ma túy | 96/121" in article.articleBody.split("\n")



def test_round_22_blog_themes_featured_original_ad_banner_post_navigation_and_own_link_card() -> None:
    # WordPress 'Newspaper': the featured photo's resized copy linked to the original was taken instead of it, a
    # banner under '- Quảng cáo -' was an article photo, 'Bài tiếp theo' of the previous/next post links became a
    # related article; Ghost: a bookmark card linking to the original article (its headline, lead and thumbnail)
    # was body text and a photo, '12 thg 6, 2025' was no date
    assert meaning.find_date("12 thg 6, 2025").iso == "2025-06-12T00:00:00+07:00"
    assert meaning._resized_copy("https://x.net/up/2024/11/anh-696x464.jpg", "https://x.net/up/2024/11/anh.jpg")
    assert not meaning._resized_copy("https://x.net/up/anh-696x464.jpg", "https://x.net/up/khac.jpg")
    title = "Triệt phá đường dây cá độ bóng đá hơn 50 tỷ đồng ở quận Hải An"
    featured = ("<div class='tdb_single_featured_image'><a href='https://hp24h.net/up/2024/11/ca-do.jpg'><img "
                "width='696' height='464' src='https://hp24h.net/up/2024/11/ca-do-696x464.jpg'></a></div>")
    ad = ("<div class='td-a-rec'><span class='td-adspot-title'>- Quảng cáo -</span><div><a href='/lien-he/'><img "
          "src='https://hp24h.net/up/banner-728x90.jpg' width='728' height='90'></a></div></div>")
    nav = ("<div class='tdb-next-prev-row'><div><span>Bài trước</span><a href='https://hp24h.net/bai-cu/'>Cảnh báo "
           "lừa đảo bán vé máy bay giá rẻ</a></div><div><span>Bài tiếp theo</span><a href='https://hp24h.net/bai-moi/'>"
           "Tạm giữ hình sự đối tượng dùng dao gây thương tích</a></div></div>")
    card = ("<figure class='kg-bookmark-card'><a href='https://anhp.vn/triet-pha-d67105.html'><div>"
            f"{title}</div><div>Công an quận Hải An vừa triệt phá đường dây cá độ …</div><div><img "
            "src='https://media.anhp.vn/files/2024/11/ca-do.jpg' width='600' height='400'></div></a></figure>")
    page = (f"<html><body><div class='post'><h1>{title}</h1><p>Thứ Hai, 18/11/2024 08:30</p>{featured}<div "
            f"class='content'>{_paragraphs(2)}{ad}{_paragraphs(2)}<p><em>Bài đã đăng trên báo An ninh Hải Phòng "
            f"ngày 18-11-2024.</em></p>{card}</div>{nav}</div></body></html>")
    article = extract_article(page, "https://hp24h.net/triet-pha-duong-day-ca-do/")
    assert [i.url for i in article.images] == ["https://hp24h.net/up/2024/11/ca-do.jpg"]
    assert article.relatedArticles == []
    assert title not in article.articleBody and "Bài đã đăng" not in article.articleBody
    assert article.source == "An ninh Hải Phòng"


def test_round_21_a_forum_thread_prefix_label_poster_line_pasted_title_and_captions_after_breaks() -> None:
    # XenForo: the thread's prefix label ran into the title, the thread's description (poster, linked, and a
    # <time>) became the lead, the pasted article's bold title hid its bold lead, and the italic caption line
    # after each photo's block and a <br> was body text
    title = "Giải cứu 3 thanh niên Hải Phòng bị lừa sang Campuchia làm việc nhẹ lương cao"
    lead = "Công an thành phố Hải Phòng vừa phối hợp với cơ quan chức năng Campuchia giải cứu thành công 3 thanh niên."
    caption = "Các nạn nhân được bàn giao tại Cửa khẩu quốc tế Mộc Bài."
    text = "<br>\n<br>\n".join(f"Đoạn {i}: cơ quan Công an xác minh, làm rõ vụ việc và khuyến cáo người dân cảnh giác "
                                f"trước những lời mời chào đi làm việc ở nước ngoài." for i in range(4))
    page = (f"<html><body><h1 class='p-title-value'><span class='label label--blue'>Tin tức</span><span>&nbsp;</span>"
            f"{title}</h1><div class='p-description'><ul><li>Người tạo chủ đề <a href='/members/abc.1/'>cuoi_ngua_"
            f"xem_hoa</a></li><li>Ngày bắt đầu <time datetime='2025-10-05T21:14:33+0700'>5/10/25</time></li></ul>"
            f"</div><article><div class='bbWrapper'><b>{title}</b><br>\n<br>\n<b>{lead}</b><br>\n<br>\n<div "
            f"class='bbImageWrapper'><img src='https://media.anhp.vn/files/2025/10/a.jpg'></div><br>\n<div "
            f"style='text-align: center'><i>{caption}</i></div><br>\n{text}</div></article></body></html>")
    article = extract_article(page, "https://diendanhaiphong.vn/threads/giai-cuu.48213/")
    assert article.headline == title
    assert article.description == lead and article.articleBody.split("\n")[0] == lead
    assert [i.caption for i in article.images] == [caption] and caption not in article.articleBody
    assert title not in article.articleBody


def test_camel_case_words_of_a_script_hook_or_a_state_mean_nothing() -> None:
    # XenForo: 'js-replyNewMessageContainer' read as readers' replies and 'p-body-main--withSidebar' as a
    # sidebar put the whole thread outside the article (a column of teaser cards then won the body)
    def tokens(cls: str) -> frozenset[str]:
        meaning.forget_texts()
        return meaning.class_tokens(lxml_html.fromstring(f"<div class='{cls}'>x</div>"))

    assert "reply" not in tokens("block-body js-replyNewMessageContainer")
    assert "sidebar" not in tokens("p-body-main p-body-main--withSidebar")
    assert {"sapo", "title"} <= tokens("tdSapo newsTitle")


def test_round_22_a_photo_story_header_and_a_tools_row_between_title_and_body() -> None:
    # the photo story's header block (label, title, credit line, marked lead) won the body over the photos and
    # paragraphs after it, its credit line was read as the site's header, 'Phóng sự ảnh khác' headed nothing;
    # an old page's e-mail icon in its tools row between the title and the body was an article photo
    from anninhhaiphong.cleaning.headings import heading_kind

    assert heading_kind("Phóng sự ảnh khác") == "related"
    title = "Căng mình giữ bình yên cho du khách dịp nghỉ lễ 30/4 – 1/5"
    lead = ("Dịp nghỉ lễ năm nay kéo dài 5 ngày, lượng du khách đổ về các điểm du lịch của Hải Phòng tăng mạnh; lực "
            "lượng Công an thành phố đã triển khai đồng bộ các phương án bảo đảm an ninh, trật tự.")
    photos = "".join(f"<figure><img src='https://media.anhp.vn/files/2025/05/DSC_0{k}.jpg' width='1200' "
                     f"height='800'><figcaption>Chú thích ảnh số {k} về lực lượng Công an.</figcaption></figure>"
                     for k in range(3))
    other = "".join(f"<div class='po-item'><a href='/phong-su-{k}-d6630{k}.html'><img src='/t/{k}.jpg'></a><h4><a "
                    f"href='/phong-su-{k}-d6630{k}.html'>Phóng sự ảnh số {k} của chuyên mục</a></h4></div>"
                    for k in range(3))
    page = (f"<html><body><div class='photo-header'><div class='container-narrow'><span class='photo-label'>Phóng "
            f"sự ảnh</span><h1 class='photo-title'>{title}</h1><div class='photo-meta'><span class='photo-author'>"
            f"Thực hiện: Quang Minh – Hải Nam</span> | <span class='photo-time'>08:15 01/05/2025</span><div class="
            f"'detail-tools'><a href='https://www.facebook.com/sharer/sharer.php?u=x'>Chia sẻ</a></div></div><div "
            f"class='photo-sapo'>{lead}</div></div></div><div class='photo-content container-narrow'>"
            f"{_paragraphs(2)}{photos}{_paragraphs(1)}</div><div class='photo-other'><h3>Phóng sự ảnh khác</h3>"
            f"{other}</div></body></html>")
    article = extract_article(page, "https://anhp.vn/cang-minh-giu-binh-yen-d66412.html")
    assert article.description == lead and len(article.articleBody.split("\n")) == 4
    assert len(article.images) == 3 and [a.name for a in article.authors] == ["Quang Minh", "Hải Nam"]
    assert [r.headline for r in article.relatedArticles] == [f"Phóng sự ảnh số {k} của chuyên mục" for k in range(3)]
    tools = ("<div class='tools'><a href='javascript:window.print();'><img src='http://anhp.vn/images/icon_print.gif'>"
             " In bài</a> <a href='http://anhp.vn/guimail.aspx?id=16457'><img src='http://anhp.vn/images/icon_email"
             ".gif'> Gửi email</a></div>")
    page = (f"<html><body><table><tr><td><h2>Cháy lớn tại xưởng sản xuất đồ gỗ ở huyện An Dương</h2>{tools}</td></tr>"
            f"<tr><td><div class='content'>{_paragraphs(3)}</div></td></tr></table></body></html>")
    article = extract_article(page, "http://anhp.vn/chay-lon-d16457.html")
    assert article.images == []


def test_a_print_page_s_title_frame_not_a_sub_heading_of_its_text_frame() -> None:
    # an InDesign export of a print page (no heading, <title> the file's name): the last sub-heading of the text
    # frame ('<p class=Xen-tit>') was taken as the title over the frame's '<p class=Tit-chinh>'
    title = "Triệt phá đường dây đánh bạc qua mạng quy mô hơn 200 tỷ đồng"
    text = "".join(f"<p class='Noi-dung'>Đoạn {i}: quá trình điều tra xác định các đối tượng hoạt động rất tinh vi, "
                   f"thường xuyên thay đổi tên miền và tài khoản ngân hàng để nhận tiền.</p>" for i in range(3))
    page = (f"<html><head><title>so-45-trang-3</title></head><body><div id='_idContainer002'><p class='Chuyen-muc'>"
            f"HỒ SƠ VỤ ÁN</p><p class='Tit-chinh'>{title}</p></div><div id='_idContainer005'>{text}<p class='Xen-tit'>"
            f"Đường dây phân cấp nhiều tầng</p>{text}<p class='Xen-tit'>Đồng loạt tấn công</p>{text}</div>"
            "</body></html>")
    article = extract_article(page, "https://media.anhp.vn/files/2025/11bao-in/so-45-trang-3.html")
    assert article.headline == title
    assert "Đồng loạt tấn công" in article.articleBody.split("\n")


def test_round_23_a_two_digit_year_beside_a_time_and_an_author_over_an_italic_source_line() -> None:
    # 'Thứ tư, 07/02/18, 15:40' gave no date (and stayed in the body); the bold right-aligned 'Đức Thịnh' over an
    # italic '<em>Theo An ninh Hải Phòng</em>' closing the body stayed in it, a site account marked as the author
    # taken instead
    assert meaning.find_date("Thứ tư, 07/02/18, 15:40").iso == "2018-02-07T15:40:00+07:00"
    assert meaning.find_date("15:40 07/02/18").iso == "2018-02-07T15:40:00+07:00"
    assert meaning.find_date("Tỉ số 5/10/25") is None  # (no time beside it: not read as a date)
    page = ("<html><body><h1>Công an huyện Thủy Nguyên ra quân tấn công trấn áp tội phạm</h1><span class='byline'>"
            "bởi <span class='author vcard'><a rel='author' href='/author/bientap/'>Ban Biên Tập</a></span></span>"
            f"<div class='entry-content'>{_paragraphs(3)}<p style='text-align: right;'><strong>Đức Thịnh</strong>"
            "</p><p><em>Theo <a href='https://anhp.vn/ra-quan-d57614.html'>An ninh Hải Phòng</a></em></p></div>"
            "</body></html>")
    article = extract_article(page, "https://haiphong24h.net/2023/11/23/ra-quan/")
    assert [a.name for a in article.authors] == ["Đức Thịnh"] and article.source == "An ninh Hải Phòng"
    assert "Đức Thịnh" not in article.articleBody


def test_round_23_credits_by_role_captions_in_italic_style_player_notices_thumbnail_strips_and_late_cards() -> None:
    # 'Bài: Nhóm PV | Ảnh: Tuấn Minh – Văn Toàn' credited no one (the second photographer's name was read as a
    # role of its own); a camera operator ('Quay phim, dựng phim: …') was no author; a caption styled italic on
    # its <p> was body text; jPlayer's 'update your browser or Flash' notice over a podcast became the lead; a
    # gallery's strip of thumbnails repeated its photos (a section's cards after the comments: the round's
    # aggregator fixture)
    from anninhhaiphong.cleaning.bylines import parse_byline, role_line

    credit = parse_byline("Bài: Nhóm PV | Ảnh: Tuấn Minh – Văn Toàn")
    assert credit is not None and [a for a, _ in credit.authors] == ["Nhóm PV", "Tuấn Minh", "Văn Toàn"]
    assert role_line("Quay phim, dựng phim: Văn Toàn") == [("Văn Toàn", "Văn Toàn")]
    assert role_line("Dựng video: Đức Anh") == []
    caption = "Cán bộ Công an phường Minh Đức theo dõi hình ảnh từ hệ thống camera an ninh."
    player = ("<div class='audio-player'><div class='jp-no-solution'><span>Cần cập nhật</span> Để nghe được file âm "
              "thanh, bạn cần cập nhật trình duyệt hoặc <a href='http://get.adobe.com/flashplayer/'>Flash plugin</a>."
              "</div></div>")
    slides = "".join(f"<div class='swiper-slide'><figure><img src='https://media.anhp.vn/files/2025/02/tet-{k}.jpg'>"
                     f"<figcaption>Chú thích ảnh số {k} về lực lượng Công an.</figcaption></figure></div>"
                     for k in range(2))
    thumbs = "".join(f"<div class='swiper-slide'><img src='https://media.anhp.vn/resize/240x160/files/2025/02/tet-{k}"
                     ".jpg'></div>" for k in range(2))
    cards = "".join(f"<div class='bm-card bm-card--row'><a class='bm-card__thumb' href='/tin/phap-luat-{k}-4821459{k}"
                    f".html'><img src='/crop/240x150/{k}.jpg'></a><div><h3><a href='/tin/phap-luat-{k}-4821459{k}"
                    f".html'>Tin pháp luật số {k} của chuyên mục</a></h3><div class='bm-card__meta'><span>Công an "
                    f"nhân dân</span> · <span>{k + 2} giờ trước</span></div></div></div>" for k in range(8))
    title = "Cuộc gọi từ “cơ quan công an” và bài học mất trắng"
    page = (f"<html><head><meta property='og:title' content='{title}'></head><body><h2 class='title_detail'>{title}"
            f"</h2>{player}"
            f"<div class='gallery'>{slides}</div><div class='gallery__thumbs'>{thumbs}</div><div class='content'>"
            f"{_paragraphs(2)}<p class='body-image'><img src='https://photo.example.vn/w700/a.jpg' width='700'></p><p "
            f"style='text-align:center;font-style:italic'>{caption}</p>{_paragraphs(2)}</div><section "
            f"class='comments'><h3>Bình luận (0)</h3><p>Chưa có bình luận nào.</p></section><h2>Pháp luật</h2>{cards}"
            "</body></html>")
    article = extract_article(page, "https://docbao24.vn/tin/cuoc-goi-48215367.html")
    assert "trình duyệt" not in article.articleBody and caption not in article.articleBody
    assert [i.url.rsplit("/", 1)[-1] for i in article.images] == ["tet-0.jpg", "tet-1.jpg", "a.jpg"]
    assert article.images[-1].caption == caption and article.relatedArticles == []


def test_a_size_anywhere_in_an_image_s_path_marks_a_thumbnail() -> None:
    # the size was looked for at the first folder only: '/files/2025/02/resize/240x160/a.jpg' was no thumbnail
    assert meaning._small_in_path("https://x.vn/files/2025/02/resize/240x160/a.jpg")
    assert meaning._small_in_path("https://x.vn/content/images/size/w300/2025/a.jpg")
    assert not meaning._small_in_path("https://x.vn/content/images/size/w2000/2025/a.jpg")
    assert not meaning._small_in_path("https://x.vn/files/2025/02/a.jpg")


def test_round_24_next_story_appended_a_link_on_its_own_line_saved_copies_and_a_person_credited_twice() -> None:
    # the next article appended under 'Bài tiếp theo' as the reader scrolls (its own <h1>) was related news; a
    # '<a><strong>&gt;&gt; Title</strong></a>' alone between <br>s was body text; a browser's saved copy of a photo
    # ('Title_files/anh.jpg') was given instead of the address in its srcset; a writer who took the photos too
    # was an author twice
    text = "<br>\n<br>\n".join(f"Đoạn {i}: trinh sát xác định nghi vấn đối tượng gây án và tổ chức bắt giữ khi đối "
                                f"tượng đang mang xe máy trộm được đi tiêu thụ." for i in range(3))
    marked = ("<br>\n<br>\n<a href='https://anhp.vn/bat-nhom-trom-xe-d18102.html'><strong>&gt;&gt; Bắt nhóm đối tượng "
              "chuyên trộm cắp xe máy liên tỉnh</strong></a><br>\n<br>\n")
    photo = ("<img src='./Trang_files/08IMG_2871.jpg' width='1024' srcset='http://media.anhp.vn/files/2018/"
             "08IMG_2871.jpg 1024w, http://media.anhp.vn/files/2018/08IMG_2871-300x200.jpg 300w'>")
    nxt = ("<div class='next-label'>Bài tiếp theo</div><article class='story-next'><h1>Khởi tố đối tượng chống người "
           "thi hành công vụ</h1><p>Ngày 21-5, Cơ quan Cảnh sát điều tra đã khởi tố vụ án, bắt tạm giam đối tượng.</p>"
           "<a href='https://anhp.vn/khoi-to-d52718.html'>Xem tiếp bài viết</a></article>")
    page = (f"<html><body><main><article><h1>Bắt đối tượng trộm cắp xe máy ở các khu nhà trọ</h1><div "
            f"class='detailContent'>{photo}<br>{text}{marked}{text}<br><p><b>Nội dung: Hoàng Long - Thế Khoa</b></p>"
            f"<p><b>Ảnh: Thế Khoa</b></p></div></article>{nxt}</main></body></html>")
    article = extract_article(page, "http://anhp.vn/bat-doi-tuong-trom-cap-d18200.html")
    assert [(r.url, r.headline) for r in article.relatedArticles] == [
        ("https://anhp.vn/bat-nhom-trom-xe-d18102.html", "Bắt nhóm đối tượng chuyên trộm cắp xe máy liên tỉnh")]
    assert ">>" not in article.articleBody
    assert [i.url for i in article.images] == ["http://media.anhp.vn/files/2018/08IMG_2871.jpg"]
    assert [a.name for a in article.authors] == ["Hoàng Long", "Thế Khoa"]


def test_an_advice_box_s_bullets_in_the_body_do_not_become_the_body() -> None:
    # an AMP page's body: paragraphs, then a box headed 'Khuyến cáo' holding a list of four bullets; the list, the
    # innermost block with paragraphs, was taken as the whole body; the list of links after the <article>, right in
    # <body>, was not looked at
    paragraphs = "".join(f"<p>Đoạn {i}: khoảng 2h30 sáng, người dân phát hiện khói lửa bốc ra từ tầng 1 ngôi nhà, lực "
                         f"lượng chữa cháy nhanh chóng có mặt tại hiện trường để dập lửa, cứu người.</p>"
                         for i in range(5))
    box = ("<div class='box-khuyen-cao'><h3>Khuyến cáo phòng cháy nhà ống kết hợp kinh doanh</h3><ul>" + "".join(
        f"<li>Khuyến cáo số {i}: không để hàng hóa dễ cháy gần nguồn nhiệt, bảng điện, ổ cắm; ngắt điện các thiết bị "
        f"không cần thiết trước khi đi ngủ.</li>" for i in range(4)) + "</ul></div>")
    related = "<ul class='related'>" + "".join(
        f"<li><a href='https://anhp.vn/amp/tin-pccc-{k}-d5996{k}.html'>Tin phòng cháy chữa cháy số {k} của chuyên "
        f"mục</a> 18/05/2024 16:4{k}</li>" for k in range(3)) + "</ul>"
    page = (f"<html><body><article><h1>Cháy nhà 4 tầng trên phố Tô Hiệu, cứu 5 người mắc kẹt</h1><div "
            f"class='article__body'>{paragraphs}{box}</div></article>{related}</body></html>")
    article = extract_article(page, "https://anhp.vn/amp/chay-nha-d60012.html")
    assert sum(t.startswith("Đoạn ") for t in article.articleBody.split("\n")) == 5
    # (and the unheaded list right after an article standing in <body> is its related news)
    assert [r.datePublished for r in article.relatedArticles] == [f"2024-05-18T16:4{k}:00+07:00" for k in range(3)]


def test_round_25_a_body_of_br_lines_around_embeds_a_video_label_a_sign_up_box_and_an_adviser_s_credit() -> None:
    # '<strong>VIDEO:</strong> title' under a player in an aggregator's <br>-separated body headed a widget that
    # swallowed the text after it; a sign-up box without a <form> stayed in the body; 'Tư vấn: Luật sư … – Đoàn
    # Luật sư …' credited no one (a list in such a body chosen as the best block, its lines of text beside it
    # not counted: the round's aggregator fixture)
    from anninhhaiphong.cleaning.bylines import parse_byline

    credit = parse_byline("Tư vấn: Luật sư Nguyễn Văn Thắng – Đoàn Luật sư TP Hải Phòng")
    assert credit is not None and [a for a, _ in credit.authors] == ["Nguyễn Văn Thắng"]
    lines = "<br>\n<br>\n".join(f"Đoạn {i}: đối tượng giả danh cán bộ Công an gọi điện yêu cầu người dân cập nhật định "
                                f"danh điện tử, rồi gửi đường link cài ứng dụng giả mạo để chiếm đoạt tài khoản."
                                for i in range(6))
    fb = ("<div class='embed-social embed-fb'><div class='fb-post' data-href='https://www.facebook.com/ca/posts/1'>"
          "<blockquote><a href='https://www.facebook.com/ca/posts/1'>Công an Hải Phòng</a> cảnh báo</blockquote></div>"
          "</div>")
    tiktok = ("<div class='embed-social'><blockquote class='tiktok-embed'><section><a href='https://www.tiktok.com/@ca'>"
              "@ca</a> <a href='https://www.tiktok.com/tag/canhbao'>#canhbao</a> <a href='https://www.tiktok.com/tag/"
              "luadao'>#luadao</a></section></blockquote></div>")
    more = ("<div class='box-docthem'><span>Đọc thêm</span><ul><li><a href='/phap-luat/bat-nhom-a57990.html'>Bắt nhóm "
            "đối tượng mở hàng trăm tài khoản ngân hàng</a></li></ul></div>")
    video = ("<div class='video-wrapper'><div id='jwp'></div><p class='video-caption'><strong>VIDEO:</strong> Công an "
             "hướng dẫn nhận biết ứng dụng giả mạo</p></div>")
    advice = ("<b>Công an không làm việc qua điện thoại</b><br>\n<ol>" + "".join(
        f"<li>Khuyến cáo số {i}: không cung cấp mã OTP, mật khẩu, thông tin thẻ ngân hàng cho bất kỳ ai.</li>"
        for i in range(4)) + "</ol>")
    signup = ("<div class='dangky-bantin'><div>Đăng ký nhận bản tin Cổng Thông tin điện tử thành phố</div><div><input "
              "type='text' placeholder='Email của bạn'><input type='button' value='Đăng ký'></div></div>")
    page = (f"<html><body><article><h1>Cảnh giác thủ đoạn giả danh công an yêu cầu cập nhật định danh điện tử</h1>"
            f"<div class='post-content'>{lines}<br>{fb}{more}{lines}<br>{video}{advice}{tiktok}{signup}</div>"
            "</article></body></html>")
    article = extract_article(page, "https://haiphong360.vn/phap-luat/canh-giac-a58231.html")
    body = article.articleBody.split("\n")
    assert "Công an không làm việc qua điện thoại" in body and sum(t.startswith("Khuyến cáo số") for t in body) == 4
    assert sum(t.startswith("Đoạn ") for t in body) == 12 and not any("Đăng ký" in t for t in body)


def test_a_link_to_the_original_is_no_related_article_and_a_reading_time_is_chrome() -> None:
    # '· · 4 phút đọc' stayed in the body (an aggregator's links to the original, 'Theo <a>An ninh Hải Phòng</a>'
    # and 'Xem bài gốc ↗', taken into its related list: the round-25 aggregator fixture; here the list is checked)
    assert meaning.CHROME_TEXT.match("· · 4 phút đọc")
    credit = ("<p class='source'>Theo <a href='https://anhp.vn/bat-doi-tuong-lua-dao-d64637.html'>An ninh Hải Phòng</a>"
              " · <a href='https://anhp.vn/bat-doi-tuong-lua-dao-d64637.html'>Xem bài gốc ↗</a></p>")
    related = "<ul>" + "".join(f"<li><a href='/tin-tuc/canh-bao-lua-dao-so-{k}-a184087{k}.html'>Cảnh báo chiêu lừa "
                               f"đảo số {k} trong dịp cận Tết</a></li>" for k in range(3)) + "</ul>"
    page = (f"<html><body><article><h1>Bắt đối tượng lừa đảo tuyển cộng tác viên việc nhẹ lương cao</h1><div "
            f"class='content'>{_paragraphs(4)}{credit}</div>{related}</article></body></html>")
    article = extract_article(page, "https://hp24h.com.vn/tin-tuc/bat-doi-tuong-a1841002.html")
    assert [r.headline for r in article.relatedArticles] == [
        f"Cảnh báo chiêu lừa đảo số {k} trong dịp cận Tết" for k in range(3)]


def test_round_26_a_series_box_over_the_lead_and_a_caption_crediting_a_video() -> None:
    # a series box above the lead ('Loạt bài: …', part 1 and 3 linked, 'Bài 2: … (Đang xem)') left its label and
    # the part being read in the body; an italic caption ending '(Video: Công an cung cấp)' under a player was
    # body text
    from anninhhaiphong.extraction.steps import _VIDEO_CAPTION

    assert _VIDEO_CAPTION.match("Lực lượng chức năng khám xét phương tiện của các đối tượng. (Video: Công an cung cấp)")
    assert not _VIDEO_CAPTION.match("Lực lượng chức năng khám xét phương tiện của các đối tượng.")
    series = ("<div class='series'><div class='lbl'>Loạt bài: Cảnh giác trước thủ đoạn lừa đảo qua không gian mạng"
              "</div><ul><li><a href='https://m.anhp.vn/bai-1-d48207.html'>Bài 1: Những chiêu trò việc nhẹ lương "
              "cao</a> <span>16/06/2022</span></li><li class='current'><span>Bài 2: Mạo danh công an phối hợp điều "
              "tra</span> <em>(Đang xem)</em></li><li><a href='https://m.anhp.vn/bai-3-d48402.html'>Bài 3: Chặn dòng "
              "tiền bẩn từ tài khoản thuê, mượn</a> <span>20/06/2022</span></li></ul></div>")
    page = (f"<html><body><div class='wrap'><h1>Cảnh giác trước thủ đoạn lừa đảo qua không gian mạng – Bài 2: Mạo "
            f"danh công an phối hợp điều tra</h1><div class='meta'>20:05 18/06/2022</div>{series}<div class='content'>"
            f"{_paragraphs(4)}</div></div></body></html>")
    article = extract_article(page, "https://m.anhp.vn/bai-2-d48300.html")
    assert [(r.url, r.datePublished) for r in article.relatedArticles] == [
        ("https://m.anhp.vn/bai-1-d48207.html", "2022-06-16T00:00:00+07:00"),
        ("https://m.anhp.vn/bai-3-d48402.html", "2022-06-20T00:00:00+07:00")]
    assert "Loạt bài" not in article.articleBody and "Đang xem" not in article.articleBody


def test_a_wordpress_post_navigation_after_the_related_posts_is_not_related() -> None:
    # '<nav class=post-navigation>' ('Bài trước …' / 'Bài sau …', rel=prev/next) right after the 'Bài viết liên
    # quan' list (its sibling) was read as two more related posts
    posts = "".join(f"<li><a href='https://tinvietsec.eu/2025/03/{10 + k}/canh-bao-so-{k}/'>Cảnh báo lừa đảo xuất khẩu "
                    f"lao động số {k} qua mạng xã hội</a></li>" for k in range(3))
    nav = ("<nav class='navigation post-navigation'><div class='nav-previous'><a href='https://tinvietsec.eu/2025/04/"
           "14/gia-xang-giam/' rel='prev'><span>Bài trước</span> Giá xăng tại Séc giảm lần thứ ba</a></div><div "
           "class='nav-next'><a href='https://tinvietsec.eu/2025/04/14/lich-ho-chieu/' rel='next'><span>Bài sau</span>"
           " Đại sứ quán thông báo lịch làm hộ chiếu lưu động</a></div></nav>")
    bare = nav.replace(" rel='prev'", "").replace(" rel='next'", "")  # (the <nav> alone ends the list)
    root = lxml_html.fromstring(f"<div><div class='content'>{_paragraphs(4)}</div><h3>Bài viết liên quan</h3><ul>"
                                f"{posts}</ul>{bare}</div>")
    meaning.forget_texts()
    blocks = meaning.find_blocks(root, root[0], None)
    items = meaning.related_items(blocks.related, "https://tinvietsec.eu/", None)
    assert [r.headline for r in items] == [f"Cảnh báo lừa đảo xuất khẩu lao động số {k} qua mạng xã hội"
                                           for k in range(3)]
    # and links marked as the neighbouring posts are no related items wherever they stand
    assert meaning.related_items([[lxml_html.fromstring(nav)]], "https://tinvietsec.eu/", None) == []


def test_the_site_s_own_name_given_as_author_is_no_person() -> None:
    # a legal-news site's '<meta name="author" content="Luật Việt Online">' (its og:site_name and <title>'s end) was
    # the author of a piece credited 'Nhóm PV (Theo An ninh Hải Phòng)'
    def authors(head: str) -> list[str]:
        return read_metadata(etree.fromstring(f"<html><head>{head}</head><body><p>x</p></body></html>",
                                              etree.HTMLParser())).authors

    assert authors('<title>Hỏi – đáp về nồng độ cồn - Luật Việt Online</title>'
                   '<meta name="author" content="Luật Việt Online">') == []
    assert authors('<meta property="og:site_name" content="Tin Tức 365">'
                   '<meta name="author" content="Tin tức 365">') == []
    assert authors('<title>Hỏi – đáp về nồng độ cồn - Luật Việt Online</title>'
                   '<meta name="author" content="Minh Hiếu">') == ["Minh Hiếu"]


def test_an_aggregator_s_source_name_beside_the_time_is_the_source() -> None:
    # 'An ninh Hải Phòng · 06/06/2025 08:45 PM' over an aggregator's copy (the paper named bare, no 'Nguồn:'): no source
    def page(label: str) -> str:
        body = "".join(f"<p>Đoạn {i}: Công an thành phố Hải Phòng triệt phá đường dây đánh bạc qua mạng với số tiền "
                       "giao dịch hơn 300 tỷ đồng, bắt giữ nhiều đối tượng.</p>" for i in range(1, 6))
        return (f"<html><body><article><div class='meta'><a href='/nguon/x'>{label}</a> <span>·</span> "
                "<time>06/06/2025 08:45 PM</time></div><h2>Triệt phá đường dây đánh bạc qua mạng hơn 300 tỷ đồng</h2>"
                f"<div class='content'>{body}</div></article></body></html>")

    assert extract_article(page("An ninh Hải Phòng"), "https://tinnhanhviet.vn/a-n2417793.html").source \
        == "An ninh Hải Phòng"
    assert extract_article(page("Pháp luật"), "https://tinnhanhviet.vn/a-n2417793.html").source is None  # a section
    assert extract_article(page("An ninh Hải Phòng"), "https://anhp.vn/a-d2417793.html").source is None  # its own


def test_a_grid_of_section_boxes_after_the_body_is_no_related_list() -> None:
    # an old CMS's row of section boxes (<tr> → <td> → <table> whose first row is the section's linked name, then
    # its cards) after the article was taken as an unheaded related list: its names head cells, not the rows
    def box(section: str, n: int) -> str:
        cards = "".join(f"<tr><td><a href='/{section}-tin-so-{i}-d{n + i}.html'><b>Tin {section} số {i}: công an "
                        f"phường ra quân bảo đảm trật tự</b></a><br><span>Tóm tắt ngắn của tin số {i}.</span></td></tr>"
                        for i in range(1, 4))
        return (f"<td valign='top' width='50%'><table><tr><td style='border-bottom:2px solid'>"
                f"<a href='/{section}-c1.html'><b>{section.title()}</b></a></td></tr>{cards}</table></td>")

    body = "".join(f"<p>Đoạn {i}: Công an quận Ngô Quyền vừa triệt phá đường dây cá độ bóng đá qua mạng với số tiền "
                   "giao dịch lớn, thu giữ nhiều tang vật.</p>" for i in range(1, 6))
    grid = (f"<table class='catbox'><tr>{box('thoi su', 100)}{box('phap luat', 200)}</tr>"
            f"<tr>{box('giao thong', 300)}{box('xa hoi', 400)}</tr></table>")
    page = (f"<html><body><table><tr><td><h1>Triệt phá đường dây cá độ bóng đá qua mạng</h1><div>{body}</div>"
            f"</td></tr><tr><td>{grid}</td></tr></table></body></html>")
    article = extract_article(page, "https://anhp.vn/triet-pha-duong-day-ca-do-d6040.html")
    assert article.relatedArticles == []
    assert "Tin thoi su" not in article.articleBody


def test_a_byline_in_the_layout_table_s_next_row_is_read() -> None:
    # <tr><td><font><b>lead</b><br><br>body…</font></td></tr><tr><td align=right><b>Minh Hải</b></td></tr>: the
    # byline stood two levels above the body's <font>, where the walk up stopped
    body = "<br><br>".join(f"Đoạn {i}: Phòng Cảnh sát hình sự Công an thành phố vừa triệt phá đường dây cá độ bóng "
                           "đá qua mạng quy mô lớn tại quận Lê Chân." for i in range(1, 6))
    page = ("<html><body><table><tr><td class='dtitle'><font size='4'><b>Triệt phá đường dây cá độ bóng đá qua mạng"
            "</b></font></td></tr><tr><td><font size='1'><i>Thứ Hai, 17/10/2011 - 08:25</i></font></td></tr>"
            "<tr><td class='content'><font face='Arial' size='2'><b>(ANHP) - Ngày 16-10, Công an thành phố cho biết "
            f"đã triệt phá một đường dây cá độ.</b><br><br>{body}<br><br></font></td></tr>"
            "<tr><td align='right'><font size='2'><b>Minh Hải</b></font></td></tr>"
            "<tr><td><font size='2'><b>Xem thêm:</b></font></td></tr></table></body></html>")
    article = extract_article(page, "https://anhp.vn/triet-pha-d6040.html")
    assert [a.name for a in article.authors] == ["Minh Hải"]
    assert "Minh Hải" not in article.articleBody


def test_a_photo_story_s_body_around_a_related_box_is_no_column_of_cards() -> None:
    # a photo story's body (captioned photos, a 'Tin liên quan' box among them, the credit) under a lead outside it:
    # the box's links made the body a column of teaser cards, dropped with its five photos
    figures = [f"<figure><img src='https://media.anhp.vn/files/2024/05/anh-{i}.jpg'><figcaption>Cán bộ, chiến sĩ thi "
               f"nội dung số {i} tại Hội thao.</figcaption></figure>" for i in range(1, 6)]
    related = ("<div class='box'><div class='box__head'>Tin liên quan</div><ul>" + "".join(
        f"<li><a href='https://anhp.vn/tin-lien-quan-so-{i}-d5941{i}.html'>Phòng Cảnh sát cơ động ra quân huấn luyện "
        f"đợt {i} năm 2024</a></li>" for i in range(1, 4)) + "</ul></div>")
    cards = "".join(f"<article class='story'><a href='https://anhp.vn/chum-anh-so-{i}-d5990{i}.html'>"
                    f"<img src='/t{i}.jpg'></a><div class='story__body'><h3><a href='https://anhp.vn/chum-anh-so-{i}-"
                    f"d5990{i}.html'>Chùm ảnh số {i}: Ngày hội hiến máu của tuổi trẻ Công an</a></h3><p>Hơn 500 đoàn "
                    f"viên thanh niên Công an thành phố tham gia hiến máu tình nguyện đợt {i}, góp phần cứu chữa người "
                    f"bệnh…</p><time>20:15 17/05/2024</time></div></article>" for i in range(1, 5))
    page = ("<html><body><article class='article'><h1>Chùm ảnh: Sôi nổi Hội thao nghiệp vụ Cảnh sát cơ động</h1>"
            "<div class='meta'><span>Thứ Bảy, 18/05/2024 | 07:45</span></div><h2 class='sapo'>Sáng 17-5, Phòng "
            "Cảnh sát cơ động Công an thành phố tổ chức Hội thao nghiệp vụ năm 2024 "
            "với sự tham gia của hơn 150 cán bộ, chiến sĩ.</h2>"
            f"<div class='article__body'>{''.join(figures[:2])}{related}{''.join(figures[2:])}"
            "<p style='text-align:right'>Bài: <strong>Minh Hiếu</strong></p></div></article>"
            f"<section><h2>Cùng chuyên mục</h2>{cards}</section></body></html>")
    article = extract_article(page, "https://anhp.vn/chum-anh-hoi-thao-d59987.html")
    assert len(article.images or []) == 5
    assert len(article.relatedArticles) == 7  # the box, and the cards under "Cùng chuyên mục"


def test_a_list_s_link_to_its_section_is_chrome() -> None:
    # 'Xem tiếp »' under a 'Tin cùng chuyên mục' list stayed as the body's last line once the list's box was no longer
    # dropped whole, and hid the byline over it
    assert meaning.CHROME_TEXT.match("Xem tiếp »")
    assert meaning.CHROME_TEXT.match("Xem tất cả ›")
    assert not meaning.CHROME_TEXT.match("Xem tiếp phần 2: Những vụ trộm không dấu vết")
    # (round 27c's AMP page closed its one-paragraph body with its link to the full page)
    assert meaning.CHROME_TEXT.match("Xem phiên bản đầy đủ")
    assert meaning.CHROME_TEXT.match("Xem bản web »")


def test_a_copy_elsewhere_names_its_paper_as_source() -> None:
    # three aggregator copies whose only credit of the paper was not read: a 'Theo' before its logo, the paper as
    # the metadata's author, its label beside a <time> showing '2 giờ trước'
    body = "".join(f"<p>Đoạn {i}: Công an quận Hải An bắt đối tượng trộm cắp 11 xe máy tại các khu nhà trọ công nhân "
                   "trên địa bàn phường Đằng Lâm.</p>" for i in range(1, 6))
    title = "<h1>Bắt đối tượng trộm cắp 11 xe máy tại các khu nhà trọ ở quận Hải An</h1>"
    url = "https://tonghop.example.vn/phap-luat/bat-doi-tuong-c48123456.epi"
    logo = (f"<html><body><article>{title}<p class='date'>21/10/2024 15:40</p><div class='body'>{body}</div>"
            "<div class='src'>Theo <a href='https://anhp.vn/x-d63187.html'><img src='/l.png' alt='An ninh Hải Phòng'>"
            "</a></div></article></body></html>")
    assert extract_article(logo, url).source == "An ninh Hải Phòng"
    meta = ("<html><head><meta property='article:author' content='An ninh Hải Phòng'></head><body><article>"
            f"{title}<p class='date'>21/10/2024 15:40</p><div class='body'>{body}</div></article></body></html>")
    assert extract_article(meta, url).source == "An ninh Hải Phòng"
    assert extract_article(meta, "https://anhp.vn/bat-doi-tuong-d48123.html").source is None  # the paper's own
    label = ("<html><body><article><div class='src'><a href='/nguon/anhp'><span>An ninh Hải Phòng</span></a> · "
             f"<time datetime='2024-10-21T15:40:00+07:00'>2 giờ trước</time></div>{title}<div class='body'>{body}"
             "</div></article></body></html>")
    article = extract_article(label, url)
    assert article.source == "An ninh Hải Phòng"
    assert article.datePublished == "2024-10-21T15:40:00+07:00"


def test_a_feed_reader_s_next_entries_are_no_related_news() -> None:
    # a feed reader's expanded entry, the collapsed entries after it of the same kind (as its browser nested them
    # inside the open one): each was taken as a related card
    body = "".join(f"<p>Đoạn {i}: Phòng Cảnh sát hình sự Công an thành phố triệt phá đường dây cá độ bóng đá qua mạng "
                   "quy mô hơn 50 tỷ đồng.</p>" for i in range(1, 6))
    entries = "".join(
        f"<div class='flux not_read'><ul class='flux_header'><li class='item title'><a href='https://anhp.vn/tin-so-{i}-"
        f"d6587{i}.html'>Tin số {i}: Hải Phòng tăng cường kiểm tra cơ sở kinh doanh karaoke</a></li><li class='item "
        f"date'>18/03/2025 0{i}:47</li></ul><div class='flux_content'></div></div>" for i in range(1, 5))
    page = ("<html><body><div id='stream'><div class='flux current'><ul class='flux_header'><li class='item title'>"
            "<a href='https://anhp.vn/triet-pha-d65874.html'>Triệt phá đường dây cá độ bóng đá qua mạng</a></li></ul>"
            "<div class='flux_content'><article class='content'><h1>Triệt phá đường dây cá độ bóng đá qua mạng</h1>"
            f"<div class='text'>{body}</div></article></div>{entries}</div></div></body></html>")
    article = extract_article(page, "https://reader.example.net/i/?get=f_12")
    assert article.relatedArticles == []
    assert article.articleBody.startswith("Đoạn 1:")


def test_a_consent_manager_s_dialog_in_the_body_goes_whatever_its_length() -> None:
    # a OneTrust-like dialog (its 'Your Privacy' heading, two long paragraphs of legal text, its buttons) set between
    # the paragraphs of an AMP page was taken as the body: a cookie banner had to be under 600 characters
    body = [f"<p>Đoạn {i}: Thượng tá Nguyễn Mạnh Cường cho biết từ đầu năm đến nay Công an thành phố đã tiếp nhận hơn "
            "420 tin báo về lừa đảo trên không gian mạng.</p>" for i in range(1, 7)]
    legal = ("We use cookies and similar technologies to provide the services and features offered on our website, "
             "to improve the user experience and to analyse how our website is used. ") * 4
    dialog = ("<div id='ot-consent-ui' class='ot-sdk-container' role='dialog'><div id='onetrust-policy'><h2>Your "
              f"Privacy</h2><p>{legal}</p><p>{legal}</p></div><div id='onetrust-button-group'><button>Cookie Settings"
              "</button><button>Reject All</button><button>Accept All Cookies</button></div></div>")
    gnews = ("<div class='gnews-box'><a href='https://news.google.com/publications/CAAqBwgKMJ7Q0wsw'><img src='/g.svg' "
             "alt='Google News'><span>Theo dõi An ninh Hải Phòng trên Google News</span></a><p>Nhấn <b>Theo dõi</b> để "
             "cập nhật nhanh nhất tin tức an ninh trật tự Hải Phòng.</p></div>")
    page = ("<html><body><article><h1>Chủ động phòng thủ số trước tội phạm lừa đảo trên không gian mạng</h1>"
            f"<div class='content'>{''.join(body[:2])}{dialog}{''.join(body[2:4])}{gnews}{''.join(body[4:])}</div>"
            "</article></body></html>")
    article = extract_article(page, "https://anhp.vn/chu-dong-phong-thu-so-d69184.html")
    assert article.articleBody.split("\n") == [b[3:-4] for b in body]
    # a page's wrapper classed while the banner shows is not the banner
    wrapped = page.replace("<article>", "<div class='page cookie-consent-open'><article>").replace(
        "</article>", "</article><div><button>Accept</button></div></div>")
    article = extract_article(wrapped, "https://anhp.vn/chu-dong-phong-thu-so-d69184.html")
    assert article.articleBody.split("\n") == [b[3:-4] for b in body] and article.metadata["extractor"] == "meaning"
    # an article about cookies, with no such markup around its sentences, keeps them
    about = page.replace(dialog, f"<p>{legal}</p>").replace(gnews, "")
    assert "We use cookies" in extract_article(about, "https://anhp.vn/chu-dong-phong-thu-so-d69184.html").articleBody


def test_the_writer_in_parentheses_closing_the_last_paragraph() -> None:
    # a WordPress copy: a marked 'By' over the CMS account 'admin', and the writer only at the end of the last
    # paragraph, '… xử lý. (Thu Hằng tổng hợp)': the byline was 'By', the credit stayed in the body
    body = "".join(f"<p>Đoạn {i}: Phòng An ninh mạng cảnh báo thủ đoạn đánh cắp cookie phiên đăng nhập để chiếm "
                   "đoạt tài khoản Facebook, Zalo.</p>" for i in range(1, 6))
    page = ("<html><head><meta name='author' content='admin'></head><body><article><h1>Cảnh báo thủ đoạn đánh cắp "
            "cookie để chiếm đoạt tài khoản</h1><div class='td-post-author-name'><div class='td-author-by'>By</div> "
            "<a href='/author/admin/'>admin</a></div><div class='td-post-content'>"
            f"{body}<p>Người dân cần trình báo cơ quan Công an gần nhất để được hỗ trợ, xử lý. <em>(Thu Hằng tổng hợp)"
            "</em></p></div></article></body></html>")
    article = extract_article(page, "https://nhipsong.example.net/canh-bao-thu-doan/")
    assert [a.name for a in article.authors] == ["Thu Hằng"]
    assert article.articleBody.endswith("để được hỗ trợ, xử lý.")
    # a place in parentheses inside the last sentence is no writer
    place = page.replace("xử lý. <em>(Thu Hằng tổng hợp)</em>", "xử lý tại phường An Biên (Lê Chân).")
    assert extract_article(place, "https://nhipsong.example.net/canh-bao-thu-doan/").authors == []


def test_a_reader_view_s_writer_under_the_title_and_a_portal_s_title_suffix() -> None:
    # a Firefox reader view: the writer only in '<div class=credits>Minh Hiếu</div>' under its <h1> (no author); an
    # archive.today copy of a portal: '<title>… - Cổng thông tin điện tử quận Lê Chân' kept the portal's name
    body = "".join(f"<p>Đoạn {i}: Phòng An ninh mạng Công an thành phố khuyến cáo người dân chủ động phòng ngừa tội "
                   "phạm lừa đảo chiếm đoạt tài sản trên không gian mạng.</p>" for i in range(1, 6))
    page = ("<html><body><div class='container'><div class='header reader-header'><a class='domain'>anhp.vn</a>"
            "<h1 class='reader-title'>Chủ động phòng ngừa tội phạm lừa đảo trên không gian mạng</h1><div class='credits"
            " reader-credits'>Minh Hiếu</div></div><hr>"
            f"<div class='content'><div>{body}</div></div></div></body></html>")
    assert [a.name for a in extract_article(page, "https://anhp.vn/chu-dong-d48012.html").authors] == ["Minh Hiếu"]
    assert meaning.clean_title("Quận Lê Chân: Tổng kết 5 năm phong trào - Cổng thông tin điện tử quận Lê Chân") \
        == "Quận Lê Chân: Tổng kết 5 năm phong trào"


def test_a_quote_s_attribution_footnotes_and_a_credits_box_by_role() -> None:
    # round 29a's AMP guide: the <footer class="quote-author"> of a block quote was dropped as chrome and as a
    # byline, the footnotes (their '↩' links to the calls) as a row of tools, and the credits box after the body
    # ('Nội dung: Hải Yến' / 'Ảnh: Quang Minh' / 'Trình bày: Đức Trung', a line each) credited no one
    body = "".join(f"<p>Đoạn {i}: Từ ngày 1-7-2024, Luật Căn cước có hiệu lực với nhiều điểm mới mà người dân cần quan "
                   "tâm khi làm thủ tục.</p>" for i in range(1, 5))
    page = ("<html><body><article><h1>Những điểm mới của Luật Căn cước người dân cần biết</h1><div class='content'>"
            f"{body}<blockquote class='quote'><p>Người dân không cần xếp hàng từ sớm mà có thể đặt lịch hẹn.</p>"
            "<footer class='quote-author'>— Đại tá Nguyễn Văn Thắng, Trưởng phòng PC06</footer></blockquote>"
            "<div class='footnotes'><p><strong>Chú thích</strong></p><p id='fn1'>(1) Điều 3 Luật Căn cước. <a "
            "href='#fnref1'>↩</a></p><p id='fn2'>(2) Khoản 2 Điều 23 Luật Căn cước. <a href='#fnref2'>↩</a></p></div>"
            "</div><div class='credits'><p><span>Nội dung:</span> <strong>Hải Yến</strong></p><p><span>Ảnh:</span> "
            "<strong>Quang Minh</strong></p><p><span>Trình bày:</span> <strong>Đức Trung</strong></p></div>"
            "</article></body></html>")
    article = extract_article(page, "https://anhp.vn/luat-can-cuoc-d64001.html")
    assert article.articleBody.split("\n")[-5:] == [
        "Người dân không cần xếp hàng từ sớm mà có thể đặt lịch hẹn.", "— Đại tá Nguyễn Văn Thắng, Trưởng phòng PC06",
        "Chú thích", "(1) Điều 3 Luật Căn cước.", "(2) Khoản 2 Điều 23 Luật Căn cước."]
    assert [a.name for a in article.authors] == ["Hải Yến", "Quang Minh"]  # (a page's designer is no author)


def test_cards_of_other_articles_set_between_the_body_s_paragraphs() -> None:
    # a paper's unlabelled box of related news between two paragraphs ('<ul><li><a>Title</a></li>…</ul>' in its
    # boxes) stayed in the body; a single card with its thumbnail gave its thumbnail as a photo of the article
    para = [f"<p>Đoạn {i}: Lực lượng Cảnh sát giao thông Hải Phòng kiểm tra nồng độ cồn tài xế trên đường Lạch Tray "
            "trong những ngày Tết Nguyên đán.</p>" for i in range(1, 6)]
    box = ("<div class='box' type='RelatedNewsBox'><div class='relatedbox'><ul>"
           "<li><a href='/tu-1-1-2025-vi-pham-nong-do-con-bi-phat-the-nao-20241230101522345.htm'>Từ 1-1-2025, vi phạm "
           "nồng độ cồn bị phạt thế nào?</a></li><li><a href='/hai-phong-ra-quan-cao-diem-dip-tet-20250115093011876"
           ".htm'>Hải Phòng ra quân cao điểm bảo đảm trật tự dịp Tết</a></li></ul></div></div>")
    card = ("<div class='inner-article'><a href='https://znews.vn/phao-no-rao-ban-tren-mang-post1521876.html'><img "
            "src='https://znews-photo.zingcdn.me/w210/phao.jpg'></a><a href='https://znews.vn/phao-no-rao-ban-tren-"
            "mang-post1521876.html'>Pháo nổ được rao bán công khai trên mạng xã hội</a></div>")
    page = ("<html><body><article><h1>Xử lý hơn 500 trường hợp vi phạm nồng độ cồn dịp Tết</h1><div class='detail'>"
            f"{para[0]}{para[1]}{box}{para[2]}{card}{para[3]}{para[4]}</div></article></body></html>")
    article = extract_article(page, "https://tuoitre.vn/xu-ly-hon-500-truong-hop-20250212101010123.htm")
    assert article.articleBody.split("\n") == [p[3:-4] for p in para]
    assert [r.headline for r in article.relatedArticles] == [
        "Từ 1-1-2025, vi phạm nồng độ cồn bị phạt thế nào?", "Hải Phòng ra quân cao điểm bảo đảm trật tự dịp Tết",
        "Pháo nổ được rao bán công khai trên mạng xã hội"]
    assert not article.images


def test_cards_after_the_body_in_a_column_classed_as_a_sidebar_and_two_author_boxes() -> None:
    # VnExpress-like: the main column is 'sidebar-1', so the unheaded related box after the body (in that column)
    # was taken for a sidebar's; Thanh Niên-like: two author boxes side by side gave the first author only
    body = "".join(f"<p class='Normal'>Đoạn {i}: Nhóm thanh niên mang hung khí hỗn chiến trên phố Lê Chân, Công an "
                   "quận đã bắt giữ các đối tượng.</p>" for i in range(1, 6))
    cards = "".join(f"<article class='item-news'><h4><a href='https://vnexpress.net/tin-so-{i}-hon-chien-o-hai-phong-"
                    f"48011{i}3.html'>Tin số {i}: thiếu niên bị chém khi đi hỗn chiến ở Hải Phòng</a></h4><p class="
                    f"'description'><a href='https://vnexpress.net/tin-so-{i}-hon-chien-o-hai-phong-48011{i}3.html'>"
                    "Nhóm thiếu niên hẹn nhau qua mạng xã hội.</a></p></article>" for i in range(1, 4))
    authors = ("<div class='detail-author'>" + "".join(
        f"<div class='author-info'><a class='avatar' href='/author/{s}.htm'><img src='/a/{s}.jpg' alt='{n}'></a><a "
        f"class='name' href='/author/{s}.htm'>{n}</a></div>"
        for s, n in (("le-nam", "Lê Nam"), ("hai-dang", "Hải Đăng"))) + "</div>")
    page = ("<html><body><section class='sidebar-1'><h1 class='title-detail'>Hỗn chiến trên phố, nhiều thanh niên "
            f"bị bắt</h1>{authors}<article class='fck_detail'>{body}</article><div class='footer-content'><a "
            f"href='/chu-de/hon-chien'>hỗn chiến</a></div><div class='banner-ads'></div>"
            f"<div class='box-tinlienquanv2'>{cards}</div></section>"
            "<section class='sidebar-2'><h3>Xem nhiều</h3></section></body></html>")
    article = extract_article(page, "https://vnexpress.net/hon-chien-tren-pho-4830001.html")
    assert len(article.relatedArticles) == 3
    assert [a.name for a in article.authors] == ["Lê Nam", "Hải Đăng"]


def test_the_title_shown_as_og_title_when_the_json_ld_headline_is_shortened() -> None:
    # m.anhp.vn: the title only in an <h2>, the JSON-LD headline shortened for search engines, og:title as shown:
    # the headline was the JSON-LD's; the paper's own mobile site credited the paper as a source
    body = "".join(f"<p>Đoạn {i}: Công an phường phối hợp nhà trường trang bị kỹ năng phòng, chống đuối nước cho học "
                   "sinh trước kỳ nghỉ hè.</p>" for i in range(1, 6))
    page = ("<html><head><meta property='og:title' content='Trang bị kỹ năng phòng, chống đuối nước cho học sinh trước "
            "kỳ nghỉ hè'><script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": \"Trang bị kỹ "
            "năng phòng chống đuối nước cho học sinh\", \"author\": {\"@type\": \"Organization\", \"name\": \"An ninh "
            "Hải Phòng\"}}</script></head><body><div class='top'><h2 class='title'>Trang bị kỹ năng phòng, chống đuối "
            f"nước cho học sinh trước kỳ nghỉ hè</h2></div><div class='body'>{body}</div></body></html>")
    article = extract_article(page, "https://m.anhp.vn/trang-bi-ky-nang-d67001.html")
    assert article.headline == "Trang bị kỹ năng phòng, chống đuối nước cho học sinh trước kỳ nghỉ hè"
    assert article.source is None


def test_round_31_titles_and_dates() -> None:
    # the publication time printed after an update time in one line; a date with the month by its name ('26 tháng
    # Ba, 2025 - 16:40'; '10 tháng năm 2024' is ten months, no date); a portal's name in the only <h1>; a series'
    # name before the title in og:title
    assert meaning.find_date("Cập nhật lúc 14:05 ngày 09/11/2018 | Xuất bản: 09/11/2018 08:15 PM").iso \
        == "2018-11-09T20:15:00+07:00"
    assert meaning.find_date("Thứ Tư, 26 tháng Ba, 2025 - 16:40").iso == "2025-03-26T16:40:00+07:00"
    assert meaning.find_date("26 tháng 3 năm 2025 16:40").iso == "2025-03-26T16:40:00+07:00"
    assert meaning.find_date("10 tháng năm 2024, tai nạn giao thông giảm") is None
    body = "".join(f"<p>Đoạn {i}: Công an quận Hồng Bàng đấu tranh với tội phạm tín dụng đen núp bóng cầm đồ, tài "
                   "chính trên địa bàn.</p>" for i in range(1, 6))
    page = ("<html><head><meta property='og:title' content='Nhận diện tín dụng đen núp bóng cầm đồ - Kỳ 2: Lãi suất "
            "cắt cổ và những cuộc đòi nợ'></head><body><div class='top'><h1 class='site-name'>CỔNG THÔNG TIN ĐIỆN TỬ "
            "QUẬN HỒNG BÀNG</h1></div><div class='news'><div class='series'>Nhận diện tín dụng đen núp bóng cầm đồ"
            "</div><h2 class='news-title'>Kỳ 2: Lãi suất cắt cổ và những cuộc đòi nợ</h2><div class='content'>"
            f"{body}</div></div></body></html>")
    article = extract_article(page, "https://hongbang.haiphong.gov.vn/tin-tuc/ky-2-lai-suat-cat-co-741200")
    assert article.headline == "Kỳ 2: Lãi suất cắt cổ và những cuộc đòi nợ"


def test_round_31_accounts_follow_links_and_the_amp_cache() -> None:
    # a JSON-LD author 'Admin' was an author; 'Theo dõi kênh Telegram An ninh Hải Phòng' (a link on its own line)
    # closed the body; the paper's page in Google's AMP cache was a copy elsewhere, crediting the paper as source
    from anninhhaiphong.urls import unarchived

    head = read_metadata(etree.fromstring("<html><head><script type='application/ld+json'>{\"@type\": \"NewsArticle\", "
                                          "\"author\": {\"@type\": \"Person\", \"name\": \"Admin\"}}</script></head>"
                                          "<body><p>x</p></body></html>", etree.HTMLParser()))
    assert head.authors == []
    assert unarchived("https://anhp-vn.cdn.ampproject.org/c/s/anhp.vn/amp/x-d67281.html?amp_js_v=0.1") \
        == "https://anhp.vn/amp/x-d67281.html"
    body = "".join(f"<p>Đoạn {i}: Thượng tá PA05 khuyến cáo người dân cảnh giác với thủ đoạn lừa đảo trên không gian "
                   "mạng.</p>" for i in range(1, 6))
    page = ("<html><head><script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"author\": {\"@type\": "
            "\"Organization\", \"name\": \"An ninh Hải Phòng\"}}</script></head><body><article><h1>Chủ động phòng "
            f"thủ số trước tội phạm lừa đảo</h1>{body}<a class='channel-link' href='https://t.me/anninhhaiphong'>Theo "
            "dõi kênh Telegram An ninh Hải Phòng</a></article></body></html>")
    article = extract_article(page, "https://anhp-vn.cdn.ampproject.org/c/s/anhp.vn/amp/chu-dong-d67281.html")
    assert "Telegram" not in article.articleBody
    assert article.source is None


def test_the_next_article_appended_under_bai_tiep_theo_is_no_related_news() -> None:
    # an infinite-scroll page: under 'Bài tiếp theo', the next article's own <h1> (a link to it), byline, lead and
    # 'Xem tiếp' was read as a related article
    body = "".join(f"<p>Đoạn {i}: Công an quận Lê Chân triệt phá đường dây cá độ bóng đá qua mạng quy mô lớn, thu giữ "
                   "nhiều tang vật.</p>" for i in range(1, 6))
    nxt = "https://anhp.vn/bat-giu-doi-tuong-cuop-giat-day-chuyen-vang-d67411.html"
    page = ("<html><body><div class='stream'><div class='article-item'><h1 class='article-title'>Triệt phá đường dây "
            f"cá độ bóng đá qua mạng</h1><div class='article-body'>{body}</div><div class='box-other'><div>Tin khác"
            "</div><ul><li><a href='https://anhp.vn/bat-doi-tuong-trom-cap-xe-may-d67409.html'>Bắt đối tượng trộm cắp "
            "hàng loạt xe máy tại các khu nhà trọ</a></li><li><a href='https://anhp.vn/triet-pha-o-nhom-cho-vay-d67388"
            ".html'>Triệt phá ổ nhóm cho vay lãi nặng dưới vỏ bọc công ty tài chính</a></li></ul></div></div>"
            "<div class='next-divider'><span>Bài tiếp theo</span></div><div class='article-item article-item--next'>"
            f"<h1 class='article-title'><a href='{nxt}'>Bắt giữ đối tượng cướp giật dây chuyền vàng của phụ nữ</a></h1>"
            "<div class='article-sapo'><p>Khoảng 5h sáng 16-6, chị Đ.T.L. đang đi bộ tập thể dục thì bị một đối tượng "
            f"giật dây chuyền.</p></div><a class='btn-readmore' href='{nxt}'>Xem tiếp</a></div></div></body></html>")
    article = extract_article(page, "https://anhp.vn/triet-pha-duong-day-ca-do-d67410.html")
    assert [r.url for r in article.relatedArticles] == ["https://anhp.vn/bat-doi-tuong-trom-cap-xe-may-d67409.html",
                                                        "https://anhp.vn/triet-pha-o-nhom-cho-vay-d67388.html"]


def test_two_photos_side_by_side_take_their_captions_from_the_row_below_column_by_column() -> None:
    # an old page's photo table: a row of two photos, a row of their captions (the second cell empty: no caption)
    paragraphs = "".join(f"<p>Đoạn thứ {k} của bài: Công an quận Lê Chân triệt phá ổ nhóm trộm cắp xe máy, thu giữ "
                         f"nhiều tang vật tại nơi ở của các đối tượng.</p>" for k in range(4))
    html = (f"<html><body><h1>Triệt phá ổ nhóm trộm cắp xe máy</h1><div class='content'>{paragraphs}"
            f"<table align='center'><tr><td><img src='/dataimages/a.jpg' width='300' height='210'></td>"
            f"<td><img src='/dataimages/b.jpg' width='300' height='210'></td></tr>"
            f"<tr><td><i>Các đối tượng tại cơ quan công an</i></td><td>&nbsp;</td></tr></table>"
            f"{paragraphs}</div></body></html>")
    article = extract_article(html.encode(), "https://anhp.vn/triet-pha-d5987.html")
    assert [(i.url, i.caption) for i in article.images] == [
        ("https://anhp.vn/dataimages/a.jpg", "Các đối tượng tại cơ quan công an"),
        ("https://anhp.vn/dataimages/b.jpg", None)]
    assert "Các đối tượng tại cơ quan" not in (article.articleBody or "")


def test_a_forum_repost_credit_after_its_related_list_and_a_quoted_posts_header() -> None:
    # a forum post pasting an article: its byline, its 'Tin liên quan:' list, then 'Nguồn: <a>An ninh Hải Phòng</a>'
    # (the link to the original, taken with the list: its label was left alone, read as the source ':'); a reply
    # quoting the post under 'hp_phongvu đã viết:' in an element marked 'sourceJump' (no byline)
    paragraphs = "".join(f"Đoạn thứ {k} của bài: Công an quận Hồng Bàng bắt giữ nhóm thanh thiếu niên tụ tập đua xe "
                         f"trái phép trên cầu Hoàng Văn Thụ.<br><br>" for k in range(5))
    html = ("<html><body><h1>Lại bắt nhóm quái xế đua xe trên cầu</h1><article class='message'><div class='bbWrapper'>"
            f"{paragraphs}<div style='text-align: right'><b>HẢI ĐĂNG</b></div><br><b>Tin liên quan:</b><br><ul>"
            "<li><a href='https://anhp.vn/xu-ly-nhom-thanh-nien-lang-lach-d63580.html'>Xử lý nhóm thanh niên lạng lách"
            "</a></li><li><a href='https://anhp.vn/tam-giu-12-xe-mo-to-d63402.html'>Tạm giữ 12 xe mô tô của nhóm"
            "</a></li></ul>Nguồn: <a href='https://anhp.vn/bat-giu-nhom-dua-xe-d63712.html'>An ninh Hải Phòng</a>"
            "</div></article><article class='message'><div class='bbWrapper'><blockquote class='bbCodeBlock'>"
            "<div class='bbCodeBlock-title'><a class='bbCodeBlock-sourceJump' href='/goto/post?id=1'>"
            "hp_phongvu đã viết:</a></div><div>Nhiều phương tiện bị tháo gương.</div></blockquote>"
            "Tháo gương là cố tình rồi.</div></article>"
            "</body></html>")
    article = extract_article(html.encode(), "https://diendan.example.vn/threads/dua-xe.48213/")
    assert [a.nameRaw for a in article.authors] == ["HẢI ĐĂNG"]
    assert article.source == "An ninh Hải Phòng"
    assert article.articleBody is not None and article.articleBody.endswith("trên cầu Hoàng Văn Thụ.")
    assert [r.url for r in article.relatedArticles] == ["https://anhp.vn/xu-ly-nhom-thanh-nien-lang-lach-d63580.html",
                                                        "https://anhp.vn/tam-giu-12-xe-mo-to-d63402.html"]


def _round33_page(body: str, after: str = "") -> bytes:
    return (f"<html><body><div class='menu'><a href='/'>Trang chủ</a></div><article><h1>Tiêu đề bài viết về an ninh "
            f"trật tự Hải Phòng</h1><div class='content'>{body}</div>{after}</article></body></html>").encode()


_P33 = [f"Đoạn thứ {k}: Công an quận Lê Chân phối hợp các lực lượng chức năng kiểm tra, xử lý vi phạm trật tự "
        f"an toàn giao thông trên các tuyến phố trung tâm." for k in range(4)]


def test_a_signed_answer_with_the_writers_unit_on_the_next_line() -> None:
    html = _round33_page("".join(f"<p>{t}</p>" for t in _P33) + "<p class='tac-gia' style='text-align:right'>"
                         "<span>Luật sư</span> <strong>Phạm Thu Hà</strong><br/>Đoàn Luật sư thành phố Hải Phòng</p>")
    article = extract_article(html, "https://anhp.vn/hoi-dap-d65001.html")
    assert [a.name for a in article.authors] == ["Phạm Thu Hà"] and article.articleBody == "\n".join(_P33)


def test_a_page_of_briefs_signed_one_by_one() -> None:
    items = [("Bắt đối tượng trộm cắp xe máy gần chợ Hàng", "HOÀNG LONG"),
             ("Phát hiện xe tải chở hàng không rõ nguồn gốc", "T.Khoa"), ("Cứu 3 ngư dân gặp nạn trên biển", "MP")]
    body = "".join(f"<h3>{h}</h3><p>{_P33[k]}</p><p class='text-right font-bold'>{name}</p>"
                   for k, (h, name) in enumerate(items))
    article = extract_article(_round33_page(body), "https://anhp.vn/tin-van-d65734.html")
    assert [a.nameRaw for a in article.authors] == ["HOÀNG LONG", "T.Khoa", "MP"]
    assert article.articleBody == "\n".join(line for k, (h, _) in enumerate(items) for line in (h, _P33[k]))


def test_a_caption_styled_by_utility_classes() -> None:
    # Tailwind's 'text-center italic' under a centred photo: the caption, not a line of the body
    body = (f"<p>{_P33[0]}</p><p>{_P33[1]}</p><p class='text-center'><img src='/files/a.jpg' width='720' "
            f"height='480'></p><p class='text-center text-sm italic'>Số hàng hóa bị tổ công tác phát hiện.</p>"
            f"<p>{_P33[2]}</p>")
    article = extract_article(_round33_page(body), "https://anhp.vn/tin-d65735.html")
    assert [(i.url, i.caption) for i in article.images] == [("https://anhp.vn/files/a.jpg",
                                                             "Số hàng hóa bị tổ công tác phát hiện.")]
    assert article.articleBody == "\n".join(_P33[:3])


def test_a_date_label_and_a_comment_box_leave_nothing_in_the_body() -> None:
    # 'Xuất bản:' left alone when its <time> is taken; a comment box of six parts (heading, fields, button, note)
    body = "".join(f"<p>{t}</p>" for t in _P33) + ("<div class='story__date'>Xuất bản: <time datetime="
                                                   "'2025-07-24T06:05:00+07:00'>24/07/2025 - 6:05</time></div>")
    after = ("<section class='x1'><h3>Bình luận (0)</h3><textarea></textarea><input placeholder='Họ tên'><input "
             "placeholder='Email'><button>Gửi</button><p>Bình luận của bạn sẽ được biên tập trước khi đăng.</p>"
             "</section>")
    article = extract_article(_round33_page(body, after), "https://anhp.vn/tin-d65736.html")
    assert article.articleBody == "\n".join(_P33) and article.datePublished == "2025-07-24T06:05:00+07:00"


def test_an_apps_article_view_by_hex_id_is_an_article_link() -> None:
    assert meaning.href_id("https://oa.zalo.me/article/view?id=7d21f0c9ab3e4d5c6e11&oaid=4318751562389041337") \
        == "query:/article/view?id=7d21f0c9ab3e4d5c6e11"
    assert meaning.href_id("https://oa.zalo.me/article/view?id=12") is None


def test_round_34_images_icons_slider_copies_series_art_and_styled_captions() -> None:
    # a print icon by its file's name; a slider's copy of its last slide (Swiper) and the counter after a caption
    slides = "".join(
        f"<div class='swiper-slide{' swiper-slide-duplicate' if dup else ''}'><div><img data-src='/files/{n}.jpg' "
        f"src='data:image/gif;base64,R0lGOD' width='1200' height='800'></div><div class='cap'>Ảnh số {n} của buổi "
        f"diễn tập.</div><span class='count'>{n}/3</span></div>" for n, dup in ((3, True), (1, False), (2, False),
                                                                             (3, False)))
    body = (f"<p>{_P33[0]}</p><div class='tools'><a href='#'><img src='/images/icon_print.gif'> In bài</a></div>"
            f"<div class='swiper'>{slides}</div><p>{_P33[1]}</p>")
    article = extract_article(_round33_page(body), "https://anhp.vn/dien-tap-d65740.html")
    assert [(i.url, i.caption) for i in article.images] == [
        (f"https://anhp.vn/files/{n}.jpg", f"Ảnh số {n} của buổi diễn tập.") for n in (1, 2, 3)]
    assert article.articleBody == "\n".join(_P33[:2])
    # a caption's class styled in the page's sheet ('.cP9{font-style:italic;text-align:center}')
    html = _round33_page(f"<p>{_P33[0]}</p><div><img src='/files/x.jpg' width='1200' height='800'></div>"
                         f"<p class='cP9'>Lực lượng chữa cháy tại hiện trường.</p><p>{_P33[1]}</p>")
    html = html.replace(b"<html>", b"<html><head><style>.b1 .cP9{font-style:italic;text-align:center}</style></head>")
    article = extract_article(html, "https://anhp.vn/chay-d65741.html")
    assert [i.caption for i in article.images] == ["Lực lượng chữa cháy tại hiện trường."]
    assert article.articleBody == "\n".join(_P33[:2])


def test_a_podcasts_label_other_episodes_and_cover() -> None:
    # the <h1>'s 'Podcast' label ('nhãn'), 'Các số Podcast khác' (related), the square cover every episode's teaser
    # shows (the series' art, not a photo of this episode)
    cover = "<img src='/files/podcast/cover.png' width='120' height='120'>"
    episodes = "".join(f"<div class='item'><a href='/so-{k}-d6610{k}.html'>{cover}</a><a href='/so-{k}-d6610{k}.html'>"
                       f"Số {k}: cảnh giác lừa đảo qua mạng</a></div>" for k in range(3))
    html = (f"<html><body><article><h1><span class='nhan-muc'>Podcast</span> Những cạm bẫy lừa đảo nhắm vào người cao "
            f"tuổi</h1><div class='content'>{cover}{''.join(f'<p>{t}</p>' for t in _P33)}</div></article>"
            f"<h2>Các số Podcast khác</h2><div class='list'>{episodes}</div></body></html>")
    article = extract_article(html.encode(), "https://anhp.vn/nhung-cam-bay-d66300.html")
    assert article.headline == "Những cạm bẫy lừa đảo nhắm vào người cao tuổi"
    assert article.images == [] and len(article.relatedArticles) == 3


def test_round_34_credits_on_copies() -> None:
    # the byline's cell beside the page's tools
    html = _round33_page("".join(f"<p>{t}</p>" for t in _P33) + "<table class='tacgia'><tr><td align='right'>"
                         "<strong>THẾ KHOA</strong> |</td><td><a href='#'>In bài viết</a> <a href='/gui-bai.html'>"
                         "Gửi cho bạn bè</a></td></tr></table>")
    assert [a.nameRaw for a in extract_article(html, "https://anhp.vn/tin-d15010.html").authors] == ["THẾ KHOA"]
    # the credit with its date in one element under a ward's copy of the title
    html = _round33_page("<p class='credit'>(An ninh Hải Phòng 12/06/2022)</p>" + "".join(f"<p>{t}</p>" for t in _P33))
    article = extract_article(html, "https://mayto.example.gov.vn/tin-tuc/ArticleID/415/bat-doi-tuong")
    assert (article.source, article.datePublished) == ("An ninh Hải Phòng", "2022-06-12T00:00:00+07:00")
    # the writer and the credit to the paper end a copy: the republisher's commentary after them is not the article's
    html = _round33_page("".join(f"<p>{t}</p>" for t in _P33) + "<p class='article__author'><strong>MINH HIẾU</strong>"
                         "</p><p class='article__source'><em>Theo anhp.vn</em></p><div class='legal-note'><p><strong>"
                         "Góc nhìn pháp lý:</strong> Theo Điều 265 Bộ luật Hình sự, người tổ chức đua xe trái phép có "
                         "thể bị phạt tù.</p><p>Luật sư Trần Quang Vinh</p></div>")
    article = extract_article(html, "https://tuvan.example.vn/tin-phap-luat/khoi-to-6-doi-tuong-n4817.html")
    assert article.articleBody == "\n".join(_P33) and [a.nameRaw for a in article.authors] == ["MINH HIẾU"]
    assert article.source == "An ninh Hải Phòng"


@pytest.mark.parametrize(("href", "is_article"), [
    ("/hoi-dap/to-chuc-dua-xe-trai-phep-bi-xu-ly-the-nao-n4790.html", True),
    ("/toan-dan-bao-ve-an-ninh-to-quoc-c7.html", False), ("/vi-binh-yen-cuoc-song-c2-m1.html", False),
    ("/tin-tuc/phat-hien-nhom-doi-tuong-danh-bac-i780901.html", True),
])
def test_an_id_after_a_letter(href: str, is_article: bool) -> None:
    assert (meaning.href_id(href) is not None) == is_article


def test_round_35_dates_in_attributes_and_two_digit_years() -> None:
    # the time shown relative, the date in the element's title and epoch attribute; its line leaves the body
    head = ("<div class='meta'><a href='/dau-tranh-c4.html'>Đấu tranh phòng, chống tội phạm</a> · <span class='t' "
            "title='09:42 14/11/2025' data-time='1763088120'>1 giờ trước</span> · <span>856 lượt xem</span></div>")
    cards = "".join(f"<li><a href='/tin-{k}-d7210{k}.html'>Tin liên quan số {k} về công tác phòng chống tội phạm</a>"
                    f"<span class='c-time' title='0{k}:10 14/11/2025' data-time='{1763079000 + k * 3600}'>{k} giờ "
                    f"trước</span></li>" for k in range(1, 3))
    html = (f"<html><body><article><h1>Tiêu đề bài viết về an ninh trật tự Hải Phòng</h1>{head}<div class='content'>"
            f"{''.join(f'<p>{t}</p>' for t in _P33)}</div><h3>Tin liên quan</h3><ul>{cards}</ul></article>"
            f"</body></html>").encode()
    article = extract_article(html, "https://anhp.vn/tin-d72120.html")
    assert article.datePublished == "2025-11-14T09:42:00+07:00" and article.articleBody == "\n".join(_P33)
    assert [r.datePublished for r in article.relatedArticles] == ["2025-11-14T08:10:00+07:00",
                                                                  "2025-11-14T09:10:00+07:00"]
    # a listed title's date with a two-digit year, alone in its date-marked element
    cards = "".join(f"<div class='item'><a href='/tin-{k}-d7223{k}.html'>Tin khác số {k} về công tác phòng chống tội "
                    f"phạm</a><div class='date'>1{k}/11/25</div></div>" for k in range(2))
    html = _round33_page("".join(f"<p>{t}</p>" for t in _P33), f"<h3>Tin khác</h3>{cards}")
    assert [r.datePublished for r in extract_article(html, "https://anhp.vn/x-d60001.html").relatedArticles] == [
        "2025-11-10T00:00:00+07:00", "2025-11-11T00:00:00+07:00"]


def test_round_35_captions_and_marked_sources() -> None:
    # a short <div> of text under a <div> holding the photo alone, in a body of <p>s: the caption
    body = (f"<p>{_P33[0]}</p><p>{_P33[1]}</p><div class='c-im'><img src='/files/a.jpg' width='720' height='480'>"
            f"</div><div class='c-cp'>Lực lượng Cảnh sát PCCC kiểm tra một chung cư mini.</div><p>{_P33[2]}</p>")
    article = extract_article(_round33_page(body), "https://anhp.vn/pccc-d64001.html")
    assert [i.caption for i in article.images] == ["Lực lượng Cảnh sát PCCC kiểm tra một chung cư mini."]
    assert article.articleBody == "\n".join(_P33[:3])
    # the source marked under the body, the writers unmarked on the line over it
    html = _round33_page("".join(f"<p>{t}</p>" for t in _P33), "<div class='tac-gia-bai'><p><strong>NGỌC KHÁNH - "
                         "HOÀI THU</strong></p><p class='nguon-bai'><em>Theo Báo Công an nhân dân</em></p></div>")
    article = extract_article(html, "https://anhp.vn/xet-xu-d65712.html")
    assert [a.nameRaw for a in article.authors] == ["NGỌC KHÁNH", "HOÀI THU"] and article.source == "Công an nhân dân"


def test_the_dates_weekday_in_its_own_element_leaves_the_body() -> None:
    html = _round33_page("<div class='m'><span class='a'>Thứ Sáu</span><span class='b'>08:15 CH 14/03/2025</span>"
                         "<span class='c'>1.947 lượt xem</span></div>" + "".join(f"<p>{t}</p>" for t in _P33))
    article = extract_article(html, "https://anhp.vn/to-cong-tac-141-d65400.html")
    assert article.articleBody == "\n".join(_P33) and article.datePublished == "2025-03-14T20:15:00+07:00"


def test_round_36_dates_links_and_generated_classes() -> None:
    # the update's date first, then the publication's, its label the text before its <time>
    head = ("<div class='m'><span>Cập nhật: 10:42 15/03/2025</span> <span>Đăng lúc: <time datetime='2025-03-14T08:05:00"
            "+07:00'>08:05 14/03/2025</time></span></div>")
    article = extract_article(_round33_page(head + "".join(f"<p>{t}</p>" for t in _P33)), "https://anhp.vn/x-d65790.html")
    assert article.datePublished == "2025-03-14T08:05:00+07:00"
    # prose linking to other articles as it goes is the body, not a column of teaser cards
    linked = [f"{t[:40]}<a href='/bai-{k}-d6700{k}.html'>bài viết số {k}</a>{t[40:]} Thêm "
              f"<a href='/tin-{k}-d6710{k}.html'>tin</a> nữa." for k, t in enumerate(_P33)]
    article = extract_article(_round33_page("<div class='noi-dung-bai'>" + "".join(f"<p>{t}</p>" for t in linked) +
                                            "</div>"), "https://anhp.vn/triet-pha-d67318.html")
    assert article.articleBody is not None and article.articleBody.count("\n") == 3
    # a generated class ('_aD-v4r') is no word ('ad': an advertisement) around the article's photos
    body = (f"<div class='_aD-v4r'><p>{_P33[0]}</p><figure><img src='/files/a.jpg' width='1200' height='800'>"
            f"<figcaption>Tang vật thu giữ.</figcaption></figure><p>{_P33[1]}</p></div>")
    assert [i.caption for i in extract_article(_round33_page(body), "https://anhp.vn/y-d67315.html").images] == [
        "Tang vật thu giữ."]
    assert meaning._tokens("_aD-v4r col-md-4") == meaning._tokens("col-md-4")


def test_round_36_emagazine_parts() -> None:
    # an <aside> holding a quote alone is a pull quote (text); a chapter's number hidden from screen readers is not;
    # the link to the other language's version is a tool
    body = (f"<p>{_P33[0]}</p><div aria-hidden='true'><span>01</span></div><h2>Những đêm trắng trên sông</h2>"
            f"<p>{_P33[1]}</p><aside class='pull'><blockquote><p>“Trên sông, chậm một phút có khi là mất một mạng "
            f"người.”</p></blockquote></aside><p>{_P33[2]}</p><span><a href='/ban-viet-d67088.html' hreflang='vi'>"
            f"Đọc bản tiếng Việt</a></span>")
    article = extract_article(_round33_page(body), "https://anhp.vn/emagazine-d66412.html")
    assert article.articleBody == "\n".join([_P33[0], "Những đêm trắng trên sông", _P33[1],
                                             "“Trên sông, chậm một phút có khi là mất một mạng người.”", _P33[2]])


def test_round_36_writers_in_the_date_row_and_boxes_in_the_sidebar() -> None:
    # the writers linked to their pages in the date's row over the article: the byline, and the row is no lead
    row = ("<div class='meta'><span><a class='x' href='/tac-gia/thu-ha'>Thu Hà</a> – <a class='x' href='/tac-gia/"
           "minh-duc'>Minh Đức</a></span> <span>Cập nhật: 10:42 15/03/2025</span> <span>Đăng lúc: <time datetime="
           "'2025-03-14T08:05:00+07:00'>08:05 14/03/2025</time></span></div>")
    html = (f"<html><body><main><h1>Những điều cần biết khi làm thủ tục cấp thẻ căn cước</h1>{row}<article>"
            f"{''.join(f'<p>{t}</p>' for t in _P33)}</article></main></body></html>")
    assert extract_article(html.encode(), "https://anhp.vn/can-cuoc-d65790.html").articleBody == "\n".join(_P33)
    html = (f"<html><body><main><article><h1>Những điều cần biết khi làm thủ tục cấp thẻ căn cước</h1>{row}"
            f"{''.join(f'<p>{t}</p>' for t in _P33)}</article></main></body></html>")
    article = extract_article(html.encode(), "https://anhp.vn/can-cuoc-d65790.html")
    assert [a.nameRaw for a in article.authors] == ["Thu Hà", "Minh Đức"] and article.articleBody == "\n".join(_P33)
    # a box of cards under a section's name in the narrow column beside the body's: the sidebar's, not related
    cards = "".join(f"<li><a href='/ho-so-{k}-d6622{k}.html'>Hồ sơ vụ án số {k} về đường dây lừa đảo</a></li>"
                    for k in range(4))
    html = (f"<html><body><div class='row'><div class='col-8'><h1>Tiêu đề bài viết về an ninh trật tự Hải Phòng</h1>"
            f"<div class='chitiet'>{''.join(f'<p>{t}</p>' for t in _P33)}</div></div><div class='col-4'>"
            f"<div class='hop-tin'><div class='ten-hop'>Hồ sơ vụ án</div><ul>{cards}</ul></div></div></div>"
            f"</body></html>")
    assert extract_article(html.encode(), "https://anhp.vn/x-d66300.html").relatedArticles == []


def test_a_carousel_of_picture_cards_gives_each_article_once_with_its_alt_title() -> None:
    def card(k: int, copy: bool = False) -> str:
        return (f"<div class='swiper-slide{' swiper-slide-duplicate' if copy else ''}'>"
                f"<a href='/tin-{k}-d6410{k}.html'><img src='/files/card_{k}.jpg' "
                f"alt='Khởi tố {k} bị can trong đường dây ma túy tại Kiến An'></a>"
                f"<span class='t'>0{k}/12/2024</span></div>")
    slides = card(3, True) + "".join(card(k) for k in (1, 2, 3)) + card(1, True)
    html = _round33_page("".join(f"<p>{t}</p>" for t in _P33),
                         f"<section><h2>Tin cùng chuyên mục</h2><div class='swiper'>{slides}</div></section>")
    article = extract_article(html, "https://anhp.vn/x-d64201.html")
    assert [(r.url, r.headline) for r in article.relatedArticles] == [
        (f"https://anhp.vn/tin-{k}-d6410{k}.html", f"Khởi tố {k} bị can trong đường dây ma túy tại Kiến An")
        for k in (1, 2, 3)]


def test_a_breadcrumb_trail_inside_the_body_container_is_read_and_left_out() -> None:
    # 'đường dẫn' (the path) marks the trail; its section's link, a label, was dropped and left 'Trang chủ ›' as a line
    trail = ("<div class='duong-dan'><a href='/'>Trang chủ</a> › <a href='/dau-tranh-c41.html' class='chuyen-muc'>"
             "Đấu tranh phòng, chống tội phạm</a></div>")
    html = (f"<html><body><div class='khung-bai-viet'>{trail}<h1>Triệt phá đường dây mua bán ma túy liên tỉnh</h1>"
            f"{''.join(f'<p>{t}</p>' for t in _P33)}</div></body></html>")
    article = extract_article(html.encode(), "https://anhp.vn/triet-pha-d67318.html")
    assert article.articleBody == "\n".join(_P33)
    assert [(b.name, b.url) for b in article.breadcrumbs] == [("Đấu tranh phòng, chống tội phạm",
                                                               "https://anhp.vn/dau-tranh-c41.html")]


def test_round_37_the_next_article_appended_below_keeps_its_related_list() -> None:
    # an infinite scroll's next article (its own <h1>, lead, body, 'Tin liên quan') under 'Bài tiếp theo'
    def block(k: int, title: str) -> str:
        return (f"<article class='detail'><h1>{title}</h1><div class='body'>{''.join(f'<p>{t}</p>' for t in _P33)}"
                f"</div><div class='rel'><h3>Tin liên quan</h3><ul><li><a href='/tin-{k}-d7510{k}.html'>Tin liên quan "
                f"số {k} về vụ việc đang được điều tra</a></li></ul></div></article>")
    html = (f"<html><body><main>{block(1, 'Bắt giữ đối tượng dùng dao cướp tài sản tại cửa hàng tiện lợi')}"
            f"<div class='next'>Bài tiếp theo</div>{block(2, 'Khởi tố 5 đối tượng tổ chức đánh bạc qua mạng')}"
            f"</main></body></html>")
    article = extract_article(html.encode(), "https://anhp.vn/bat-giu-d75612.html")
    assert [r.url for r in article.relatedArticles] == ["https://anhp.vn/tin-1-d75101.html"]
    assert article.headline == "Bắt giữ đối tượng dùng dao cướp tài sản tại cửa hàng tiện lợi"


def test_round_37_a_photo_credit_closing_the_body_adds_to_the_writer_marked_over_it() -> None:
    html = ("<html><body><div class='detail'><h1>Xuyên đêm kiểm tra nồng độ cồn, lập biên bản 317 trường hợp</h1>"
            "<div class='info'><a href='/tac-gia/pham-quang-a112.html' rel='author'>Phạm Quang</a> "
            "<span>21:05 17/01/2026</span></div><div class='text'>"
            + "".join(f"<p>{t}</p>" for t in _P33) + "<p style='text-align:right'><em>Ảnh: Minh Thu</em></p>"
            "</div></div></body></html>")
    article = extract_article(html.encode(), "https://anhp.vn/x-d73925.html")
    assert [a.nameRaw for a in article.authors] == ["Phạm Quang", "Minh Thu"]
    assert article.articleBody == "\n".join(_P33)


def test_round_37_a_video_page_its_poster_and_its_other_videos() -> None:
    cards = "".join(f"<a class='ov-card' href='/video-{k}-d6546{k}.html' title='Video số {k} về CSGT Hải Phòng'>"
                    f"<span class='ov-thumb'><img src='/files/poster_{k}.jpg'><span class='dur'>01:5{k}</span></span>"
                    f"<span class='ov-title'>Video số {k} về CSGT Hải Phòng</span><span class='ov-date'>1{k}/03/2025"
                    f"</span></a>" for k in range(3))
    html = ("<html><body><div class='video-detail'><h1>CSGT mở đường đưa bé trai bị co giật đến bệnh viện</h1>"
            "<div class='vd-player'><div class='wrap'><img class='vjs-poster' src='/files/poster_main.jpg'>"
            "<button title='Phát video'>Phát video</button></div><iframe src='https://media.anhp.vn/player'></iframe>"
            "</div><div class='vd-content'>" + "".join(f"<p>{t}</p>" for t in _P33) + "</div></div>"
            f"<section><div class='ov-head'>Video khác</div><div class='ov-list'>{cards}</div></section></body></html>")
    article = extract_article(html.encode(), "https://anhp.vn/csgt-d65520.html")
    assert article.images in (None, [])  # the player's still is the video's, not a photo
    assert [(r.url, r.headline, r.datePublished) for r in article.relatedArticles] == [
        (f"https://anhp.vn/video-{k}-d6546{k}.html", f"Video số {k} về CSGT Hải Phòng", f"2025-03-1{k}T00:00:00+07:00")
        for k in range(3)]


def test_round_37_photos_and_boxes_in_the_body() -> None:
    # a captioned <figure> after an unclosed <p> (the parser puts it inside): the paragraph stays text
    body = (f"<p>{_P33[0]}<p>{_P33[1]}<figure><img src='/files/2024/05IMG_1.jpg' width='800'><figcaption>Các đối "
            f"tượng tại cơ quan Công an.</figcaption></figure><p>{_P33[2]}<p>{_P33[3]}")
    article = extract_article(_round33_page(body), "https://anhp.vn/x-d59961.html")
    assert article.articleBody == "\n".join(_P33)
    assert [(i.url, i.caption) for i in article.images] == [
        ("https://anhp.vn/files/2024/05IMG_1.jpg", "Các đối tượng tại cơ quan Công an.")]
    # an icon named 'ico_…' is no photo; a fact box set in an <aside> is text of the article
    box = ("<aside class='factbox' role='note'><h4>Thông tin cần biết</h4><ul><li>Không tin các lời mời làm việc ở "
           "nước ngoài lương cao.</li><li>Chỉ đi lao động qua doanh nghiệp được cấp phép hoạt động.</li></ul></aside>")
    body = (f"<p><img src='/images/2013/ico_print.gif'> In bài</p><p>{_P33[0]}</p><p>{_P33[1]}</p>{box}"
            f"<p>{_P33[2]}</p>")
    article = extract_article(_round33_page(body), "https://anhp.vn/x-d59962.html")
    assert article.images in (None, [])
    assert article.articleBody == "\n".join([_P33[0], _P33[1], "Thông tin cần biết",
                                             "Không tin các lời mời làm việc ở nước ngoài lương cao.",
                                             "Chỉ đi lao động qua doanh nghiệp được cấp phép hoạt động.", _P33[2]])


def test_round_37_a_series_box_sending_the_reader_back_to_part_one_is_related() -> None:
    html = ("<html><body><article><h1>Bài 2: Vòng xoáy lãi chồng lãi và những cuộc đòi nợ</h1><div class='series'>"
            "<strong>Xem lại:</strong> <a href='/bai-1-to-roi-vay-tien-nhanh-d15021.html'>Bài 1: Tờ rơi “vay tiền "
            "nhanh” phủ kín ngõ phố</a></div><div class='content'>" + "".join(f"<p>{t}</p>" for t in _P33)
            + "</div></article></body></html>")
    article = extract_article(html.encode(), "https://anhp.vn/bai-2-d15043.html")
    assert [r.url for r in article.relatedArticles] == ["https://anhp.vn/bai-1-to-roi-vay-tien-nhanh-d15021.html"]
    assert article.articleBody == "\n".join(_P33)


def test_round_37_a_reader_view_save_is_read_as_the_page_it_shows() -> None:
    html = _round33_page("".join(f"<p>{t}</p>" for t in _P33[:2]) + "<p><a href='https://ads.example/y'><img "
                         "src='https://ads.example/banner.gif'></a></p><p><img src='/files/a.jpg' width='800'></p>")
    article = extract_article(html, "about:reader?url=https%3A%2F%2Fanhp.vn%2Fhanh-trinh-d53612.html")
    assert article.url == "https://anhp.vn/hanh-trinh-d53612.html" and article.articleId == "53612"
    assert [i.url for i in article.images] == ["https://anhp.vn/files/a.jpg"]  # (the ad links off the site)


def test_round_38_the_other_date_of_an_update_first_dateline_is_the_publication() -> None:
    head = ("<div class='time'><p class='upd'>Cập nhật lúc 15:20 03/03/2025</p><p class='pub'><span>Thứ Hai, "
            "03/03/2025, 07:45 (GMT+7)</span></p></div>")
    html = (f"<html><body><article><h1>Triệt phá băng nhóm chuyên cướp giật tài sản ven biển</h1>{head}"
            f"<div class='content'>{''.join(f'<p>{t}</p>' for t in _P33)}</div></article></body></html>")
    article = extract_article(html.encode(), "https://anhp.vn/x-d65612.html")
    assert article.datePublished == "2025-03-03T07:45:00+07:00" and article.articleBody == "\n".join(_P33)


def test_round_38_a_writer_in_bold_closing_the_last_paragraph_is_the_byline() -> None:
    body = ("".join(f"<p>{t}</p>" for t in _P33[:3]) + f"<p>{_P33[3]} <b>Minh Phương</b></p>"
            "<p style='text-align:right'>Ảnh: CTV</p>")
    article = extract_article(_round33_page(body), "https://anhp.vn/x-d64001.html")
    assert [a.nameRaw for a in article.authors] == ["Minh Phương", "CTV"]
    assert article.articleBody == "\n".join(_P33)
    # a name in bold inside a sentence is text ('… lời kể của <b>Nguyễn Văn An</b>')
    body = "".join(f"<p>{t}</p>" for t in _P33[:3]) + f"<p>{_P33[3]} Theo lời kể của <b>Nguyễn Văn An</b></p>"
    article = extract_article(_round33_page(body), "https://anhp.vn/x-d64002.html")
    assert article.articleBody.endswith("Theo lời kể của Nguyễn Văn An") and not article.authors


def test_round_38_an_italic_lead_under_a_cover_photo_is_no_caption() -> None:
    html = ("<html><head><style>.emg-lead{font-style:italic}</style></head><body><article><div class='emg-cover'>"
            "<img class='cover-img' src='/files/cover.jpg'><div class='ov'><h1>Giữ bình yên nơi đảo tiền tiêu</h1>"
            "<div class='meta'>Thứ Bảy, 08/03/2025 07:00</div></div></div><div class='emg-lead'>Cách đất liền hơn 110 "
            "km, huyện đảo Bạch Long Vĩ quanh năm lộng gió.</div><div class='emg-text'>"
            + "".join(f"<p>{t}</p>" for t in _P33) + "</div></article></body></html>")
    article = extract_article(html.encode(), "https://anhp.vn/emagazine-d65661.html")
    assert [(i.url, i.caption) for i in article.images] == [("https://anhp.vn/files/cover.jpg", None)]
    assert article.articleBody.startswith("Cách đất liền hơn 110 km")


def test_round_38_related_card_time_word_list_markers_and_repeated_pull_quotes() -> None:
    # a card printing its time and its date in elements of their own: both read
    cards = "".join(f"<div class='card'><div class='time'><span>14:2{k}</span> | <span>0{k + 1}/08/2025</span></div>"
                    f"<h3><a href='/tin-{k}-d6887{k}.html'>Tin liên quan số {k} về tai nạn giao thông</a></h3></div>"
                    for k in range(3))
    html = _round33_page("".join(f"<p>{t}</p>" for t in _P33), f"<section><h2>Tin liên quan</h2>{cards}</section>")
    assert [r.datePublished for r in extract_article(html, "https://anhp.vn/x-d68900.html").relatedArticles] == [
        f"2025-08-0{k + 1}T14:2{k}:00+07:00" for k in range(3)]
    # Word's list markers (shown where lists are not supported) are no text, as <li> bullets are not
    items = ("<p class=MsoListParagraph><!--[if !supportLists]--><span style='mso-list:Ignore'>-<span>&nbsp;&nbsp;"
             "</span></span><!--[endif]-->Không tải tệp lạ về máy tính cá nhân;</p><p class=MsoListParagraph>"
             "<![if !supportLists]><span>-<span>&nbsp;</span></span><![endif]>Không bấm vào đường link lạ;</p>")
    article = extract_article(_round33_page("".join(f"<p>{t}</p>" for t in _P33) + items), "https://anhp.vn/x-d1.html")
    assert article.articleBody.split("\n")[-2:] == ["Không tải tệp lạ về máy tính cá nhân;",
                                                    "Không bấm vào đường link lạ;"]
    # a pull quote repeating a sentence of the paragraph above it is shown twice, said once; a quote of its own stays
    said = "Nhưng chưa khi nào các ca tuần tra trên đảo bị bỏ trống."
    body = (f"<p>{_P33[0]}</p><p>Mùa biển động, tàu tiếp tế không thể ra đảo. {said}</p><blockquote class='pull'>"
            f"“{said}”</blockquote><blockquote><p>“Có các anh, ngư dân yên tâm bám biển”, ông Hải nói.</p></blockquote>"
            f"<p>{_P33[1]}</p>")
    article = extract_article(_round33_page(body), "https://anhp.vn/x-d2.html")
    assert article.articleBody == "\n".join([_P33[0], f"Mùa biển động, tàu tiếp tế không thể ra đảo. {said}",
                                             "“Có các anh, ngư dân yên tâm bám biển”, ông Hải nói.", _P33[1]])


def test_round_39_photo_credits_under_the_photos_credit_the_photographer() -> None:
    body = (f"<p>{_P33[0]}</p><div class='img'><img src='/files/a.jpg' width='720'><div class='cap'><em>Tổ công tác "
            f"phục kích tại khu vực đầu cầu.</em></div></div><p style='text-align:right'><em>(Ảnh: Hoàng Hà)</em></p>"
            f"<p>{_P33[1]}</p><div class='img'><img src='/files/b.jpg' width='720'></div><p style='text-align:right'>"
            f"<em>(Ảnh: Hoàng Hà)</em></p><p>{_P33[2]}</p><p>{_P33[3]}</p>"
            f"<p style='text-align:right'><b>Hà Linh</b></p>")
    article = extract_article(_round33_page(body), "https://anhp.vn/x-d65900.html")
    assert [(i.url, i.caption) for i in article.images] == [
        ("https://anhp.vn/files/a.jpg", "Tổ công tác phục kích tại khu vực đầu cầu."),
        ("https://anhp.vn/files/b.jpg", None)]
    assert [a.nameRaw for a in article.authors] == ["Hà Linh", "Hoàng Hà"] and article.articleBody == "\n".join(_P33)


def test_round_39_copies_blogger_time_an_apps_source_line_and_a_slash_credit() -> None:
    # Blogger's time in microdata on a visible element; the date header prints the day only
    html = ("<html><body><div class='post-outer'><h2 class='date-header'><span>Thứ Sáu, 14 tháng 6, 2024</span></h2>"
            "<h3 class='post-title'>Cảnh giác thủ đoạn giả danh cán bộ công an gọi điện lừa đảo</h3>"
            "<div class='post-body'>"
            + "".join(f"<p>{t}</p>" for t in _P33) + "</div><div class='post-footer'>Đăng bởi Tin Hải Phòng lúc "
            "<abbr class='published' itemprop='datePublished' title='2024-06-14T08:05:00+07:00'>8:05 SA</abbr></div>"
            "</div></body></html>")
    article = extract_article(html.encode(), "https://tinhaiphong24h.blogspot.com/2024/06/canh-giac.html")
    assert article.datePublished == "2024-06-14T08:05:00+07:00"
    # a news app's source line beside a relative time (the date only in JSON-LD): the paper is the source
    html = ("<html><head><script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"datePublished\": "
            "\"2024-06-12T20:45:00+07:00\"}</script></head><body><article><h1>Bắt giữ 2 đối tượng cướp giật điện thoại "
            "tại Đồ Sơn</h1><div class='src'><a href='/nguon/an-ninh-hai-phong'>An ninh Hải Phòng</a><span> • </span>"
            "<span class='t'>3 giờ trước</span></div><div class='body'>" + "".join(f"<p>{t}</p>" for t in _P33)
            + "<p style='text-align:right'><b>Thanh Tùng</b></p></div></article></body></html>")
    article = extract_article(html.encode(), "https://m.docnhanh.vn/tin/48213977/bat-giu.html")
    assert article.source == "An ninh Hải Phòng" and [a.nameRaw for a in article.authors] == ["Thanh Tùng"]
    assert article.datePublished == "2024-06-12T20:45:00+07:00"


def test_round_39_a_related_list_run_in_the_text_under_a_text_heading() -> None:
    items = "".join(f"- <a href='/tin-{k}-d679{k}.html'>Tin khác số {k} về trộm cắp tài sản ở Thủy Nguyên</a> "
                    f"(1{k}/05/2012)<br/>" for k in range(3))
    body = (f"<p>{_P33[0]}</p><p>{_P33[1]}</p><div>{_P33[2]}<br/><br/><b>Hoàng Nam - Thu Trang</b><br/>Tin khác:<br/>"
            f"{items}</div>")
    article = extract_article(_round33_page(body), "http://www.anhp.vn/khoi-to-d6812.html")
    assert [(r.url, r.headline, r.datePublished) for r in article.relatedArticles] == [
        (f"http://www.anhp.vn/tin-{k}-d679{k}.html", f"Tin khác số {k} về trộm cắp tài sản ở Thủy Nguyên",
         f"2012-05-1{k}T00:00:00+07:00") for k in range(3)]
    assert article.articleBody == "\n".join(_P33[:3])
    assert [a.nameRaw for a in article.authors] == ["Hoàng Nam", "Thu Trang"]


def test_round_39_text_keeping_its_line_breaks_and_a_comment_forms_captcha() -> None:
    text = "\n\n".join(t[:60] + "\n          " + t[60:] for t in _P33) + "\n\n          PV\n"
    html = _round33_page(f"<div style='white-space: pre-line'>{text}</div>")
    article = extract_article(html, "https://anhp.vn/x-d67001.html")
    assert article.articleBody == "\n".join(_P33) and [a.nameRaw for a in article.authors] == ["PV"]
    form = ("<form action='/gui-y-kien.aspx'><label>Mã xác nhận: <input name='captcha'> <img src='/captcha.aspx'>"
            "</label><input type='submit' value='Gửi ý kiến'></form>")
    body = "".join(f"<p>{t}</p>" for t in _P33) + "<p><img src='/files/a.jpg' width='720'></p>" + form
    assert [i.url for i in extract_article(_round33_page(body), "https://anhp.vn/x-d67002.html").images] == [
        "https://anhp.vn/files/a.jpg"]


def test_round_39_a_label_closing_the_title_is_not_part_of_it() -> None:
    html = ("<html><body><article><h1>Triệt phá đường dây “tín dụng đen” cho vay lãi nặng 180%/năm <span class='label "
            "label-video'>(Video)</span></h1><div class='content'>" + "".join(f"<p>{t}</p>" for t in _P33)
            + "</div></article></body></html>")
    article = extract_article(html.encode(), "https://anhp.vn/x-d66001.html")
    assert article.headline == "Triệt phá đường dây “tín dụng đen” cho vay lãi nặng 180%/năm"
