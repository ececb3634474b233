"""Unit tests of the pure cleaning functions, with plain strings: what each must remove and what it must keep."""

from __future__ import annotations

import unicodedata

import pytest

from anninhhaiphong.cleaning.bylines import credits_by_prefix, parse_byline
from anninhhaiphong.cleaning.chrome import is_chrome_line, is_cookie_notice, remove_chrome
from anninhhaiphong.cleaning.dates import normalize_iso, parse_date, split_dateline
from anninhhaiphong.cleaning.related import heading_kind, split_headed_blocks
from anninhhaiphong.cleaning.text import normalize_text, split_paragraphs

# --- text ---------------------------------------------------------------------------------------


def test_nfc_and_invisible_characters() -> None:
    decomposed = unicodedata.normalize("NFD", "Hải Phòng")
    assert decomposed != "Hải Phòng"
    assert normalize_text(f"\ufeff{decomposed}\u00a0 \u200b!") == "Hải Phòng !"


def test_paragraph_structure_kept_and_blank_lines_dropped() -> None:
    assert split_paragraphs("  Một  \r\n\r\n\tHai\u2028Ba \n \n") == ["Một", "Hai", "Ba"]


def test_mojibake_repaired_but_real_vietnamese_untouched() -> None:
    assert normalize_text("Háº£i PhÃ²ng") == "Hải Phòng"
    for text in ("NGÃ BA HỒ", "Ông Âu Văn Ân", "Cục Cảnh sát – PC01 “đặc biệt”"):
        assert normalize_text(text) == text


# --- dates --------------------------------------------------------------------------------------

DATES = [
    ("18:31 12/06/2022", "2022-06-12T18:31:00+07:00"),
    ("Thứ Năm, 01/01/2026 12:32 GMT+7", "2026-01-01T12:32:00+07:00"),
    ("27/09/2025 12:47 GMT+7", "2025-09-27T12:47:00+07:00"),
    ("TTXVN| 16/01/2021 13:54", "2021-01-16T13:54:00+07:00"),
    ("T.C | 27/07/2020 - 15:15", "2020-07-27T15:15:00+07:00"),
    ("Chủ nhật, 02/04/2023 | 18:03:33", "2023-04-02T18:03:33+07:00"),
    ("18:21, 19/05/2024", "2024-05-19T18:21:00+07:00"),
    ("17:52 13-12-2018", "2018-12-13T17:52:00+07:00"),
    ("Cập nhật: 20-02-2024 | 08:34:05", "2024-02-20T08:34:05+07:00"),
    ("Thứ Năm, ngày 24 tháng 8 năm 2017 - 8:9", "2017-08-24T08:09:00+07:00"),
    ("26/08/2018", "2018-08-26T00:00:00+07:00"),
    ("2022-06-12T18:31:00+07:00", "2022-06-12T18:31:00+07:00"),
    ("09:05 AM 03/02/2019", "2019-02-03T09:05:00+07:00"),
]


@pytest.mark.parametrize(("text", "iso"), DATES)
def test_dates_to_iso_with_offset(text: str, iso: str) -> None:
    m = parse_date(text)
    assert m is not None and m.iso == iso


def test_invalid_dates_are_not_dates() -> None:
    assert parse_date("32/13/2020") is None
    assert parse_date("Sáng 12-10, tại quận Lê Chân") is None


def test_dateline_running_into_the_lead() -> None:
    date, rest = split_dateline("20:18 05/12/2024 Sáng 5-12, kỳ họp thứ 21 HĐND thành phố khai mạc.")
    assert date is not None and date.iso == "2024-12-05T20:18:00+07:00"
    assert rest == "Sáng 5-12, kỳ họp thứ 21 HĐND thành phố khai mạc."


def test_a_date_inside_a_sentence_is_not_a_dateline() -> None:
    assert split_dateline("Báo ra số đầu ngày 12-6-1991 tại Hải Phòng.")[0] is None


def test_machine_dates_move_to_local_time() -> None:
    assert normalize_iso("2022-06-12T11:31:00Z") == "2022-06-12T18:31:00+07:00"
    assert normalize_iso("2022-06-12") == "2022-06-12T00:00:00+07:00"
    assert normalize_iso("not a date") is None


# --- notices and chrome -------------------------------------------------------------------------

NOTICES = [
    "This website uses cookies. See Our policy to learn more.",
    "We use cookies to ensure that we give you the best experience on our website.",
    "Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn",
    "Website sử dụng cookie để nâng cao trải nghiệm người dùng. Bằng việc tiếp tục, bạn đồng ý với chính sách cookie.",
]
COOKIE_CONTENT = [
    "Kẻ gian đánh cắp cookie phiên đăng nhập để chiếm quyền tài khoản mạng xã hội của nạn nhân.",
    "Theo Phòng An ninh mạng, cookie là tệp nhỏ lưu trên máy; người dùng nên xóa cookie "
    "sau khi dùng máy tính công cộng.",
]


@pytest.mark.parametrize("text", NOTICES)
def test_notices_recognised(text: str) -> None:
    assert is_cookie_notice(text)


@pytest.mark.parametrize("text", COOKIE_CONTENT)
def test_articles_about_cookies_stay(text: str) -> None:
    assert not is_cookie_notice(text)
    assert remove_chrome(["Mở đầu.", text]) == ["Mở đầu.", text]


@pytest.mark.parametrize("where", ["first", "middle", "last"])
def test_notice_removed_with_its_buttons_wherever_it_stands(where: str) -> None:
    notice = ["Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn", "Đồng ý", "Từ chối"]
    body = ["Đoạn một.", "Đoạn hai.", "Đoạn ba."]
    at = {"first": 0, "middle": 2, "last": 3}[where]
    assert remove_chrome(body[:at] + notice + body[at:]) == body


def test_button_words_away_from_a_notice_stay() -> None:
    body = ["Ông A nói:", "Đồng ý", "Đó là câu trả lời."]
    assert remove_chrome(body) == body


@pytest.mark.parametrize("line", ["Chia sẻ", "Chia sẻ bài viết", "In bài viết", "Bình luận (0)", "Lượt xem: 1.234",
                                  "Facebook", "Zalo", "Chia sẻ Facebook Zalo", "|"])
def test_chrome_lines(line: str) -> None:
    assert is_chrome_line(line)


@pytest.mark.parametrize("line", ["Chia sẻ kinh nghiệm phòng chống lừa đảo qua mạng", "24/11/2024",
                                  "Bình luận viên nói."])
def test_content_is_not_chrome(line: str) -> None:
    assert not is_chrome_line(line)


# --- bylines ------------------------------------------------------------------------------------

BYLINES = [
    ("Thái Bình – An ninh Hải Phòng 26/08/2018", [("Thái Bình", "Thái Bình")], "An ninh Hải Phòng", "2018-08-26"),
    ("(An ninh Hải Phòng 26/08/2018)", [], "An ninh Hải Phòng", "2018-08-26"),
    ("MP", [("MP", "MP")], None, None),
    ("THẾ KHOA |", [("Thế Khoa", "THẾ KHOA")], None, None),
    ("NHÓM PV", [("Nhóm PV", "NHÓM PV")], None, None),  # the abbreviation stays in capitals (gave "Nhóm Pv")
    ("Hoàng Long", [("Hoàng Long", "Hoàng Long")], None, None),
    ("V. Huy", [("V. Huy", "V. Huy")], None, None),
    ("Tin và ảnh: Bình Yên", [("Bình Yên", "Bình Yên")], None, None),
    ("Tác giả: Tùng Nguyễn", [("Tùng Nguyễn", "Tùng Nguyễn")], None, None),
    ("Theo Báo Công an nhân dân", [], "Công an nhân dân", None),
    ("Theo TTXVN", [], "TTXVN", None),
    ("Minh Hiếu – Thu Trang", [("Minh Hiếu", "Minh Hiếu"), ("Thu Trang", "Thu Trang")], None, None),
    ("Hoàng Long (CAND)", [("Hoàng Long", "Hoàng Long")], "Công an nhân dân", None),
    ("MINH HIẾU (thực hiện)", [("Minh Hiếu", "MINH HIẾU")], None, None),
    ("Hà Anh – Theo Công an nhân dân", [("Hà Anh", "Hà Anh")], "Công an nhân dân", None),
    ("Thu Hà (tổng hợp) - Theo TTXVN", [("Thu Hà", "Thu Hà")], "TTXVN", None),
    ("Bởi Ngọc Mai", [("Ngọc Mai", "Ngọc Mai")], None, None),
    ("Viết bởi: Trần Hòa", [("Trần Hòa", "Trần Hòa")], None, None),
    # a team credited as one author, whatever the case of its words
    ("Nhóm phóng viên", [("Nhóm phóng viên", "Nhóm phóng viên")], None, None),
    ("Nhóm PV Pháp luật", [("Nhóm PV Pháp luật", "Nhóm PV Pháp luật")], None, None),
    ("Nhóm phóng viên: Minh Đức - Thu Hà", [("Minh Đức", "Minh Đức"), ("Thu Hà", "Thu Hà")], None, None),
    # the author's role in brackets is not part of the name
    ("Văn Thắng (CTV)", [("Văn Thắng", "Văn Thắng")], None, None),
    ("Minh Đức (PV)", [("Minh Đức", "Minh Đức")], None, None),
    # the reporter's title before the name, no colon
    ("PV Hải Nam", [("Hải Nam", "Hải Nam")], None, None),
    ("Phóng viên Thu Hà", [("Thu Hà", "Thu Hà")], None, None),
    # 'Theo' crediting a person and her paper (it gave the whole as a source, no author)
    ("Theo Thanh Hà (CAND)", [("Thanh Hà", "Thanh Hà")], "Công an nhân dân", None),
    ("Theo Minh Anh - TTXVN", [("Minh Anh", "Minh Anh")], "TTXVN", None),
    # an English page's byline (it gave the author 'By Nguyen Lan')
    ("By Nguyen Lan |", [("Nguyen Lan", "Nguyen Lan")], None, None),
    # a photo story's photographer is its author
    ("Ảnh: Thế Khoa", [("Thế Khoa", "Thế Khoa")], None, None),
    # a lawyer signing a legal answer (it was no byline)
    ("Luật sư Trần Minh Đức", [("Trần Minh Đức", "Trần Minh Đức")], None, None),
    ("TS. Lê Hà", [("Lê Hà", "Lê Hà")], None, None),
    # a credit of several roles: writers and photographers, not the page's designer (it was no byline)
    ("Nội dung: Minh Hiếu · Ảnh: Thế Khoa · Thiết kế: Lan Anh", [("Minh Hiếu", "Minh Hiếu"), ("Thế Khoa", "Thế Khoa")],
     None, None),
    ("Bài: Thu Trang - Ảnh: Quang Huy - Thiết kế: Minh Anh", [("Thu Trang", "Thu Trang"), ("Quang Huy", "Quang Huy")],
     None, None),
]


@pytest.mark.parametrize(("line", "authors", "source", "date"), BYLINES)
def test_bylines(line: str, authors: list[tuple[str, str]], source: str | None, date: str | None) -> None:
    b = parse_byline(line)
    assert b is not None
    assert b.authors == authors
    assert b.source == source
    assert (b.date.iso[:10] if b.date else None) == date


@pytest.mark.parametrize("line", ["PV: Xin ông cho biết kết quả đạt được?", "Vụ việc đang được điều tra làm rõ.",
                                  "Tin khác", "Hải Phòng", "Sáng 24-8, quận Lê Chân tổ chức hội nghị.",
                                  "Bởi admin", "Nhóm phóng viên điều tra của báo đã có mặt tại hiện trường",
                                  "Ảnh: Internet", "Ảnh: Tư liệu", "Ảnh: Công an cung cấp",
                                  "Thời gian: 20h - Địa điểm: Nhà văn hóa phường"])
def test_not_bylines(line: str) -> None:
    assert parse_byline(line) is None


# --- related blocks -----------------------------------------------------------------------------


def test_heading_kinds() -> None:
    assert heading_kind("Tin liên quan:") == "related"
    assert heading_kind("TIN KHÁC") == "related"
    assert heading_kind("Đọc nhiều") == "widget"
    assert heading_kind("Tin khác nhau trong ngày là gì") is None


def test_headed_block_in_the_middle_is_split_out() -> None:
    body = ["Đoạn một của bài.", "Tin liên quan", "Bắt đối tượng trộm cắp xe máy ở Lê Chân",
            "Khởi tố vụ án lừa đảo qua mạng", "Đoạn hai của bài tiếp tục sau khối tin.", "Đoạn ba."]
    rest, related = split_headed_blocks(body)
    assert rest == ["Đoạn một của bài.", "Đoạn hai của bài tiếp tục sau khối tin.", "Đoạn ba."]
    assert [r.headline for r in related] == ["Bắt đối tượng trộm cắp xe máy ở Lê Chân",
                                             "Khởi tố vụ án lừa đảo qua mạng"]


def test_widget_block_removed_without_entries() -> None:
    rest, related = split_headed_blocks(["Đoạn một.", "Đọc nhiều", "Tin A", "Tin B"])
    assert rest == ["Đoạn một."] and related == []


def test_entries_with_teaser_and_date() -> None:
    _, related = split_headed_blocks(["Tin khác", "Tiêu đề A", "Mô tả ngắn…", "24/11/2024", "Tiêu đề B", "22/11/2024"])
    assert [(r.headline, r.description, r.datePublished) for r in related] == [
        ("Tiêu đề A", "Mô tả ngắn…", "2024-11-24T00:00:00+07:00"),
        ("Tiêu đề B", None, "2024-11-22T00:00:00+07:00"),
    ]


# --- article identity ---------------------------------------------------------------------------


def test_republished_page_takes_no_id_from_its_own_url() -> None:
    from anninhhaiphong.urls import canonical_url

    assert canonical_url("https://baohaiphong.vn/tin-tuc-d999.html") is None
    assert canonical_url("https://baohaiphong.vn/tin-tuc-d999.html", "https://anhp.vn/tin-d12.html") == \
        "https://anhp.vn/tin-d12.html"
    assert canonical_url("http://media.anhp.vn:8081/tin---moi-d00012.html?utm_source=x") == \
        "https://anhp.vn/tin---moi-d12.html"
    assert canonical_url("http://127.0.0.1:8000/tin-d12.html") == "https://anhp.vn/tin-d12.html"


# --- red-team rules: notices quoted or discussed, buttons apart, credits, tags, footers, headers ------

COOKIE_CONTENT_MORE = [
    # an article quoting a notice, or describing notices and consent, is content
    "Khi truy cập, nhiều trang hiện dòng thông báo “Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn” "
    "kèm nút “Đồng ý”; người dùng thường bấm ngay mà không đọc.",
    "Nhiều người có thói quen bấm \"Accept\" ngay khi trang web hiện thông báo sử dụng cookie.",
    "Theo cơ quan công an, việc chấp nhận cookie trên các trang web hợp pháp không nguy hiểm; rủi ro nằm ở các "
    "trang giả mạo cài mã độc đánh cắp cookie trình duyệt.",
    "Hầu hết các trang web sử dụng cookie để ghi nhớ phiên đăng nhập của người dùng.",
    "Báo cáo cho thấy 80% trang web sử dụng cookie để theo dõi hành vi người dùng.",
]
NOTICES_MORE = [
    "By continuing to use this site, you agree to our use of cookies.",
    "We use cookies to personalise content and ads. By clicking \"Accept\" you agree to our cookie policy.",
    "Trang web này sử dụng cookie để mang lại trải nghiệm tốt nhất cho bạn.",
    "Website sử dụng cookie để cải thiện trải nghiệm của bạn",
    "Chấp nhận cookie",
]


@pytest.mark.parametrize("text", COOKIE_CONTENT_MORE)
def test_cookie_talk_and_quoted_notices_stay(text: str) -> None:
    assert not is_cookie_notice(text)
    assert remove_chrome(["Mở đầu.", text, "Kết thúc."]) == ["Mở đầu.", text, "Kết thúc."]


@pytest.mark.parametrize("text", NOTICES_MORE)
def test_more_notices_recognised(text: str) -> None:
    assert is_cookie_notice(text)


def test_unaddressed_site_cookie_line_is_a_notice_only_next_to_a_button() -> None:
    line = "Website sử dụng cookie để thống kê lượt truy cập"
    assert remove_chrome(["Đoạn một.", line, "Đồng ý", "Đoạn hai."]) == ["Đoạn một.", "Đoạn hai."]
    assert remove_chrome(["Đoạn một.", line, "Đoạn hai."]) == ["Đoạn một.", line, "Đoạn hai."]


def test_notice_buttons_printed_apart_at_the_page_end_go_with_it() -> None:
    page = ["Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn", "Tiêu đề", "Đoạn một.", "Đồng ý", "Ok"]
    assert remove_chrome(page) == ["Tiêu đề", "Đoạn một."]
    # without a notice on the page, the same words are content
    assert remove_chrome(["Tiêu đề", "Đoạn một.", "Đồng ý"]) == ["Tiêu đề", "Đoạn một.", "Đồng ý"]


@pytest.mark.parametrize("line", ["ẢNH: LÃ NGHĨA HIẾU", "(Ảnh: Công an cung cấp)", "Ảnh minh họa", "0:00 / 2:35",
                                  "Từ khóa: ma túy, Hải Phòng", "Tags: an ninh"])
def test_credit_player_and_keyword_lines_are_chrome(line: str) -> None:
    assert is_chrome_line(line)


@pytest.mark.parametrize("line", ["Đối tượng Nguyễn Văn T. tại cơ quan công an. (Ảnh: Công an cung cấp)",
                                  "Ảnh hưởng của bão số 3 khiến nhiều cây xanh bị đổ, giao thông ách tắc.",
                                  "Từ khóa của vụ án là sự tham lam.", "Thời lượng 10:00 / 12:00 là quá dài"])
def test_captions_and_sentences_are_not_chrome(line: str) -> None:
    assert not is_chrome_line(line)


def test_keywords_become_tags() -> None:
    from anninhhaiphong.cleaning.chrome import split_tags

    assert split_tags(["Đoạn.", "Từ khóa: ma túy, Hải Phòng", "Tin khác"]) == (["Đoạn.", "Tin khác"],
                                                                              ["ma túy", "Hải Phòng"])
    assert split_tags(["Đoạn.", "Tags:", "ma túy", "học sinh", "Bài viết liên quan", "Tiêu đề"]) == (
        ["Đoạn.", "Bài viết liên quan", "Tiêu đề"], ["ma túy", "học sinh"])


def test_site_footer_removed_but_contact_lines_in_an_article_stay() -> None:
    footer = ["Bản quyền thuộc về Chuyên đề An ninh Hải Phòng", "Địa chỉ: số 10 Lê Đại Hành, Hồng Bàng, Hải Phòng",
              "Điện thoại: 0225.3842.111", "Email: toasoan@example.vn", "Giấy phép số 123/GP-BTTTT"]
    assert remove_chrome(["Đoạn một.", "V. Huy", *footer]) == ["Đoạn một.", "V. Huy"]
    article = ["Người dân phát hiện tội phạm xin báo về:", "Địa chỉ: số 5 Lạch Tray, Ngô Quyền",
               "Điện thoại: 069.278.1234"]
    assert remove_chrome(article) == article


def test_related_titles_with_their_date_on_the_line() -> None:
    _, related = split_headed_blocks(["Tin cùng chuyên mục", "Khởi tố vụ án buôn lậu (18/05/2024)",
                                      "Bắt đối tượng truy nã - 17/05/2024 10:20"])
    assert [(r.headline, r.datePublished) for r in related] == [
        ("Khởi tố vụ án buôn lậu", "2024-05-18T00:00:00+07:00"),
        ("Bắt đối tượng truy nã", "2024-05-17T10:20:00+07:00")]


def test_inline_related_link_leaves_the_body() -> None:
    body = ["Đoạn một.", "Xem thêm: Cảnh báo lừa đảo mua bán vé máy bay dịp hè", "Đoạn hai.",
            "Xem thêm: đó là lời khuyên của công an.", "Tin liên quan là những tin gì?"]
    rest, related = split_headed_blocks(body)
    assert rest == ["Đoạn một.", "Đoạn hai.", "Xem thêm: đó là lời khuyên của công an.",
                    "Tin liên quan là những tin gì?"]
    assert [r.headline for r in related] == ["Cảnh báo lừa đảo mua bán vé máy bay dịp hè"]


def test_names_with_a_glued_initial() -> None:
    b = parse_byline("Q.Anh")
    assert b is not None and b.authors == [("Q.Anh", "Q.Anh")]
    assert parse_byline("Tp.HCM đông đúc.") is None


# --- text dumps: header, title and date ---------------------------------------------------------


def test_title_after_site_name_and_section_lines() -> None:
    from anninhhaiphong.cleaning.article import raw_from_text

    raw = raw_from_text("AN NINH HẢI PHÒNG\nHồ sơ vụ án\nLật tẩy thủ đoạn của đường dây làm giả giấy tờ xe\n"
                        "18:21, 19/05/2024\nTừ tin báo của quần chúng, công an đã làm rõ đường dây làm giả giấy tờ.\n")
    assert raw.headline == "Lật tẩy thủ đoạn của đường dây làm giả giấy tờ xe"
    assert raw.body[0] == "18:21, 19/05/2024"


def test_title_kept_when_first_and_body_subheading_kept() -> None:
    from anninhhaiphong.cleaning.article import raw_from_text

    raw = raw_from_text("Công an thành phố sơ kết công tác năm\n18:31 12/07/2023\nKết quả nổi bật\n"
                        "Tội phạm về trật tự xã hội giảm 8,5% so với cùng kỳ năm trước.\n")
    assert raw.headline == "Công an thành phố sơ kết công tác năm"
    assert raw.body == ["18:31 12/07/2023", "Kết quả nổi bật",
                        "Tội phạm về trật tự xã hội giảm 8,5% so với cùng kỳ năm trước."]


def test_header_today_is_not_the_article_date() -> None:
    from anninhhaiphong.cleaning.article import clean_text_dump

    text = ("Thứ Sáu, 27/11/2026\nAN NINH HẢI PHÒNG\nNgười chiến sĩ công an khu vực tận tụy với dân\n"
            "17:52 13-12-2018\nGần 20 năm làm cảnh sát khu vực, anh được người dân quý mến và tin tưởng.\n")
    article = clean_text_dump(text)
    assert article.headline == "Người chiến sĩ công an khu vực tận tụy với dân"
    assert article.datePublished == "2018-12-13T17:52:00+07:00"
    # with no dateline after the title, the date before it is the article's
    article = clean_text_dump("Thứ Hai, 03/04/2023 | 10:00:00\nTiêu đề bài báo về an ninh trật tự\n"
                              "Nội dung bài báo được viết ở đây bởi phóng viên.\n")
    assert article.datePublished == "2023-04-03T10:00:00+07:00"


def test_credit_before_the_date_bar_is_the_byline_when_there_is_no_other() -> None:
    from anninhhaiphong.cleaning.article import clean_text_dump

    text = "Tiêu đề bài báo\nT.C | 27/07/2020 - 15:15\nNội dung bài báo được viết ở đây bởi phóng viên.\n"
    assert [a.name for a in clean_text_dump(text).authors] == ["T.C"]
    assert [a.name for a in clean_text_dump(text + "V. Huy\n").authors] == ["V. Huy"]


def test_day_word_dateline_alone_but_not_a_lead() -> None:
    date, rest = split_dateline("Ngày 12/06/2022 lúc 18:31")
    assert date is not None and date.iso == "2022-06-12T18:31:00+07:00" and rest == ""
    line = "Ngày 12/06/2022, Công an thành phố tổ chức hội nghị tổng kết công tác năm."
    assert split_dateline(line) == (None, line)


@pytest.mark.parametrize(("line", "authors", "source"), [
    ("Đức Anh/anhp.vn", ["Đức Anh"], "An ninh Hải Phòng"),
    ("Tin/ảnh: Bình Yên", ["Bình Yên"], None),
    ("Văn Thành - Công an huyện Vĩnh Bảo", ["Văn Thành"], None),
    ("Văn Thành (Công an huyện Vĩnh Bảo)", ["Văn Thành"], None),
])
def test_bylines_with_slash_and_the_author_unit(line: str, authors: list[str], source: str | None) -> None:
    b = parse_byline(line)
    assert b is not None and [n for n, _ in b.authors] == authors and b.source == source


@pytest.mark.parametrize("line", ["Công an huyện Vĩnh Bảo", "Ông Nguyễn (Công an xã) cho biết."])
def test_a_unit_alone_or_a_sentence_is_no_byline(line: str) -> None:
    assert parse_byline(line) is None


def test_publication_banners_are_not_headlines() -> None:
    from anninhhaiphong.cleaning.article import raw_from_text
    from anninhhaiphong.cleaning.bylines import is_publication_name

    assert is_publication_name("AN NINH HẢI PHÒNG") and is_publication_name("Chuyên đề An ninh Hải Phòng")
    assert is_publication_name("Báo Công an nhân dân")
    assert not is_publication_name("Báo động tình trạng trộm cắp xe máy")
    assert not is_publication_name("Hải Phòng: Bắt 3")
    raw = raw_from_text("Chuyên đề An ninh Hải Phòng - Báo Công an nhân dân\nBắt đối tượng trộm cắp tại chợ Sắt\n"
                        "18:31 12/06/2022\nCông an quận Hồng Bàng vừa bắt giữ đối tượng trộm cắp tài sản.\n")
    assert raw.headline == "Bắt đối tượng trộm cắp tại chợ Sắt"


def test_date_printed_after_the_lead_is_taken() -> None:
    from anninhhaiphong.cleaning.article import clean_text_dump

    a = clean_text_dump("Tiêu đề bài báo về an ninh trật tự\nCông an thành phố vừa tổ chức hội nghị tổng kết năm.\n"
                        "18:31 12/06/2022\nNội dung thứ hai của bài viết này.\n")
    assert a.datePublished == "2022-06-12T18:31:00+07:00"
    assert a.articleBody == "Công an thành phố vừa tổ chức hội nghị tổng kết năm.\nNội dung thứ hai của bài viết này."


def test_short_line_body_without_lead_keeps_the_first_title() -> None:
    from anninhhaiphong.cleaning.article import raw_from_text

    raw = raw_from_text("Tiêu đề bài báo\nKết quả nổi bật\n- Tội phạm giảm 8,5%\n- Khám phá 86% số vụ án hình sự\n")
    assert raw.headline == "Tiêu đề bài báo"
    assert raw.body == ["Kết quả nổi bật", "- Tội phạm giảm 8,5%", "- Khám phá 86% số vụ án hình sự"]


def test_credits_around_the_dateline() -> None:
    from anninhhaiphong.cleaning.article import clean_text_dump

    lead = "Công an quận Hồng Bàng vừa bắt giữ đối tượng chuyên trộm cắp tài sản tại chợ Sắt."
    for header in ("V. Huy\n18:31 12/06/2022", "18:31 12/06/2022 | V. Huy"):
        a = clean_text_dump(f"Bắt đối tượng trộm cắp tại chợ Sắt\n{header}\n{lead}\n")
        assert [x.name for x in a.authors] == ["V. Huy"] and a.articleBody == lead
        assert a.datePublished == "2022-06-12T18:31:00+07:00"


def test_chrome_bars_and_listing_bullets() -> None:
    for line in ("Lượt xem: 1.234 | Bình luận: 3", "Chia sẻ: Facebook | Zalo | Email", "Bình luận (3) · Chia sẻ"):
        assert is_chrome_line(line)
    for line in ("1 | Công an quận Lê Chân | 45 | 62", "STT | Đơn vị | Số vụ", "Facebook: Công an Hải Phòng"):
        assert not is_chrome_line(line)
    _, related = split_headed_blocks(["Tin liên quan", "• Xử lý nghiêm hành vi chống người thi hành công vụ",
                                      "2 giờ trước", "- Tổ công tác kiểm tra nồng độ cồn", "3 ngày trước"])
    assert [(r.headline, r.datePublished) for r in related] == [
        ("Xử lý nghiêm hành vi chống người thi hành công vụ", None), ("Tổ công tác kiểm tra nồng độ cồn", None)]


def test_readers_comments_leave_a_dump_but_a_share_bar_above_the_article_does_not_cut_it() -> None:
    from anninhhaiphong.cleaning.article import clean_text_dump

    lead = "Công an quận Hồng Bàng vừa bắt giữ đối tượng chuyên trộm cắp tài sản của tiểu thương tại chợ Sắt."
    a = clean_text_dump(f"Tiêu đề bài báo về trộm cắp\n18:31 12/06/2022\n{lead}\nMP\nBình luận (2)\nNguyễn Văn B\n"
                        "Bài viết rất hay, cảm ơn công an.\n2 giờ trước\nTin khác\nBắt nhóm trộm cắp ở Lê Chân\n")
    assert a.articleBody == lead and [x.name for x in a.authors] == ["MP"]
    assert [r.headline for r in a.relatedArticles] == ["Bắt nhóm trộm cắp ở Lê Chân"]
    a = clean_text_dump(f"Tiêu đề bài báo về trộm cắp\nBình luận\n18:31 12/06/2022\n{lead}\nĐoạn hai.\nMP\n")
    assert a.articleBody == f"{lead}\nĐoạn hai."
    rest = "\n".join([lead] * 5)
    a = clean_text_dump(f"Tiêu đề bài báo về trộm cắp\n18:31 12/06/2022\n{lead}\nBình luận (3)\n{rest}\nMP\n")
    assert a.articleBody == f"{lead}\n{rest}"


def test_source_line_under_the_byline_is_its_source_not_a_related_title() -> None:
    from anninhhaiphong.cleaning.article import clean_text_dump

    lead = "Công an quận Hồng Bàng vừa bắt giữ đối tượng chuyên trộm cắp tài sản của tiểu thương tại chợ Sắt."
    a = clean_text_dump(f"Tiêu đề\n18:31 12/06/2022\n{lead}\nNgọc Lan\nNguồn: Báo Công an nhân dân\n"
                        "Theo dấu đường dây ma túy xuyên biên giới\n")
    assert [x.name for x in a.authors] == ["Ngọc Lan"] and a.source == "Công an nhân dân"
    assert [r.headline for r in a.relatedArticles] == ["Theo dấu đường dây ma túy xuyên biên giới"]


def test_listing_with_full_sentence_teasers_dates_first_and_times() -> None:
    _, related = split_headed_blocks(["Tin khác", "Bắt nhóm trộm cắp xe máy ở Lê Chân",
                                      "Công an quận Lê Chân vừa bắt nhóm 3 đối tượng chuyên trộm cắp xe máy.",
                                      "10/06/2022", "Khởi tố đối tượng lừa đảo", "09/06/2022"])
    assert [(r.headline, r.description, r.datePublished) for r in related] == [
        ("Bắt nhóm trộm cắp xe máy ở Lê Chân", "Công an quận Lê Chân vừa bắt nhóm 3 đối tượng chuyên trộm cắp xe máy.",
         "2022-06-10T00:00:00+07:00"),
        ("Khởi tố đối tượng lừa đảo", None, "2022-06-09T00:00:00+07:00")]
    _, related = split_headed_blocks(["Tin khác", "10/06/2022", "Bắt nhóm trộm cắp", "09/06/2022", "Khởi tố lừa đảo"])
    assert [(r.headline, r.datePublished) for r in related] == [
        ("Bắt nhóm trộm cắp", "2022-06-10T00:00:00+07:00"), ("Khởi tố lừa đảo", "2022-06-09T00:00:00+07:00")]
    _, related = split_headed_blocks(["Tin khác", "Bắt nhóm trộm cắp", "10:20", "Khởi tố lừa đảo", "09:15"])
    assert [(r.headline, r.datePublished) for r in related] == [("Bắt nhóm trộm cắp", None), ("Khởi tố lừa đảo", None)]
    # a sentence after a block that is not followed by a date is the article's again
    rest, _ = split_headed_blocks(["Đoạn một.", "Tin liên quan", "Bắt nhóm trộm cắp", "Đoạn hai của bài viết.", "Kết."])
    assert rest == ["Đoạn một.", "Đoạn hai của bài viết.", "Kết."]


def test_published_and_updated_date_lines() -> None:
    from anninhhaiphong.cleaning.article import clean_text_dump

    lead = "Công an quận Hồng Bàng vừa bắt giữ đối tượng chuyên trộm cắp tài sản của tiểu thương tại chợ Sắt."
    for dates in ("Ngày đăng: 19/02/2024 10:00\nCập nhật: 20-02-2024 | 08:34:05",
                  "Cập nhật: 20-02-2024 | 08:34:05\nNgày đăng: 19/02/2024 10:00"):
        a = clean_text_dump(f"Tiêu đề bài báo về trộm cắp\n{dates}\n{lead}\nMP\n")
        assert (a.datePublished, a.dateModified) == ("2024-02-19T10:00:00+07:00", "2024-02-20T08:34:05+07:00")
        assert a.articleBody == lead and [x.name for x in a.authors] == ["MP"]


@pytest.mark.parametrize(("line", "kind"), [("Tin bài khác", "related"), ("Bài viết khác", "related"),
                                            ("Mới nhất", "widget"), ("Tin được quan tâm", "widget"),
                                            # (round 28a: an aggregator's grid of cards under this was lost)
                                            ("Bài viết cùng chủ đề", "related"), ("Tin cùng sự kiện", "related")])
def test_more_block_headings(line: str, kind: str) -> None:
    assert heading_kind(line) == kind


def test_unit_line_under_the_byline_belongs_to_it() -> None:
    from anninhhaiphong.cleaning.article import clean_text_dump

    lead = "Công an quận Hồng Bàng vừa bắt giữ đối tượng chuyên trộm cắp tài sản của tiểu thương tại chợ Sắt."
    a = clean_text_dump(f"Tiêu đề\n18:31 12/06/2022\n{lead}\nNguyễn Văn A\nCông an quận Lê Chân\n"
                        "Bắt nhóm trộm cắp xe\n")
    assert [x.name for x in a.authors] == ["Nguyễn Văn A"] and a.articleBody == lead
    assert [r.headline for r in a.relatedArticles] == ["Bắt nhóm trộm cắp xe"]


COOKIE_ARTICLE_SENTENCES = [
    "Khi người dùng đồng ý cookie, trình duyệt sẽ lưu lại phiên đăng nhập.",
    "Chúng tôi khuyến cáo người dân không chấp nhận cookie từ các trang web lạ.",
    "Các đối tượng lợi dụng việc người dùng chấp nhận tất cả cookie để thu thập dữ liệu cá nhân.",
    "Nhiều website sử dụng cookie của bên thứ ba để quảng cáo.",
    "We use cookies là dòng chữ quen thuộc khi truy cập các trang web nước ngoài.",
    "Bạn nên xóa cookie định kỳ và không chấp nhận cookie từ trang web lạ.",
    "Theo Phòng An ninh mạng, chính sách cookie của các trang web hợp pháp luôn công khai.",
    "Cookie policy của các trang giả mạo thường sao chép từ trang thật.",
    "Trang web này sử dụng cookie đánh cắp từ máy nạn nhân, theo kết quả điều tra.",
]
SITE_NOTICES = [
    "Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn trên các trang của chúng tôi.",
    "Trang web này sử dụng cookie. Bạn có thể từ chối nếu không đồng ý.",
    "Bằng việc tiếp tục sử dụng website, bạn đồng ý với việc chúng tôi sử dụng cookie.",
    "Báo An ninh Hải Phòng sử dụng cookie để mang lại trải nghiệm tốt hơn cho độc giả.",
    "Chúng tôi dùng cookie để phân tích lưu lượng truy cập.",
    "This site uses cookies from Google to deliver its services and to analyze traffic.",
    "Cổng thông tin điện tử Công an thành phố Hải Phòng sử dụng cookie để phục vụ bạn tốt hơn.",
]


@pytest.mark.parametrize("text", COOKIE_ARTICLE_SENTENCES)
def test_sentences_about_cookies_are_content(text: str) -> None:
    assert not is_cookie_notice(text)


@pytest.mark.parametrize("text", SITE_NOTICES)
def test_site_notices_in_their_many_wordings(text: str) -> None:
    assert is_cookie_notice(text)


@pytest.mark.parametrize("header", [
    "Toàn dân bảo vệ an ninh Tổ quốc\nBắt 3 đối tượng trộm chó\n18:31 12/06/2022",  # a section longer than the title
    "AN NINH HẢI PHÒNG\nĐấu tranh phòng, chống tội phạm\nBắt 3 đối tượng trộm chó",  # no date: the lead bounds it
    "Bắt 3 đối tượng trộm chó\nPháp luật\n18:31 12/06/2022",  # a section label under the title
])
def test_title_is_nearest_the_date_or_lead_and_labels_leave(header: str) -> None:
    from anninhhaiphong.cleaning.article import clean_text_dump

    lead = "Công an quận Hồng Bàng vừa bắt giữ đối tượng chuyên trộm cắp tài sản của tiểu thương tại chợ Sắt."
    a = clean_text_dump(f"{header}\n{lead}\nMP\n")
    assert a.headline == "Bắt 3 đối tượng trộm chó" and a.articleBody == lead


def test_date_line_under_the_byline_dates_an_undated_page() -> None:
    from anninhhaiphong.cleaning.article import clean_text_dump

    lead = "Công an quận Hồng Bàng vừa bắt giữ đối tượng chuyên trộm cắp tài sản của tiểu thương tại chợ Sắt."
    a = clean_text_dump(f"Tiêu đề bài báo\n{lead}\nThái Bình\n26/08/2018\nTin khác\nBắt nhóm trộm cắp\n24/11/2024\n")
    assert a.datePublished == "2018-08-26T00:00:00+07:00" and [x.name for x in a.authors] == ["Thái Bình"]
    assert [(r.headline, r.datePublished) for r in a.relatedArticles] == [
        ("Bắt nhóm trộm cắp", "2024-11-24T00:00:00+07:00")]


def test_a_vertical_menu_above_the_title_is_skipped() -> None:
    from anninhhaiphong.cleaning.article import clean_text_dump

    lead = "Công an quận Hồng Bàng vừa bắt giữ đối tượng chuyên trộm cắp tài sản của tiểu thương tại chợ Sắt."
    menu = "\n".join(["Trang chủ", "Thời sự", "Chính trị", "Pháp luật", "Hồ sơ vụ án", "Xã hội", "Kinh tế", "Văn hóa",
                      "Thể thao", "Quốc tế", "Video", "Ảnh", "Podcast", "Bạn đọc", "Chuyên đề", "Liên hệ"])
    for date in ("18:31 12/06/2022\n", ""):
        a = clean_text_dump(f"AN NINH HẢI PHÒNG\n{menu}\nBắt đối tượng trộm cắp tài sản tại chợ Sắt\n"
                            f"{date}{lead}\nMP\n")
        assert a.headline == "Bắt đối tượng trộm cắp tài sản tại chợ Sắt" and a.articleBody == lead
    # a short title over a short section label is no menu
    a = clean_text_dump(f"Hồ sơ vụ án\nLật tẩy thủ đoạn\n18:31 12/06/2022\n{lead}\nMP\n")
    assert a.headline == "Lật tẩy thủ đoạn"


def test_an_http_or_www_canonical_of_the_site_gives_the_one_https_url() -> None:
    from anninhhaiphong.urls import canonical_url

    page = "http://anhp.vn/bai-viet-d22417.html"
    assert canonical_url(page, "http://anhp.vn/bai-viet-d22417.html") == "https://anhp.vn/bai-viet-d22417.html"
    assert canonical_url(page, "https://www.anhp.vn/bai-viet-d22417.html") == "https://anhp.vn/bai-viet-d22417.html"


@pytest.mark.parametrize("line", ["Thứ Năm, 14/03/2024 09:15", "Chủ Nhật, 02/04/2023"])
def test_a_weekday_before_a_date_is_no_author(line: str) -> None:
    assert parse_byline(line) is None


def test_a_printed_date_only_the_extraction_reads_stays_as_printed() -> None:
    # the date as printed, not the machine date's text (it was "2025-08-05T10:00:00+07:00")
    from anninhhaiphong.cleaning.article import clean_raw_article
    from anninhhaiphong.items import RawArticle

    raw = RawArticle(url=None, headline="Tiêu đề", body=["Nội dung bài viết."], dateRaw="Tháng Tám 5, 2025",
                     dateIso="2025-08-05T10:00:00+07:00")
    article = clean_raw_article(raw)
    assert article.datePublished == "2025-08-05T10:00:00+07:00"
    assert article.datePublishedRaw == "Tháng Tám 5, 2025"
    raw.dateRaw = None
    assert clean_raw_article(raw).datePublishedRaw == "2025-08-05T10:00:00+07:00"


def test_clean_lines_skip_the_rewrites_and_odd_ones_get_them() -> None:
    # the one-scan shortcut must not let through what the patterns rewrite
    assert split_paragraphs("Hải Phòng\u00a0 hôm nay\r\nDòng hai\u200b") == ["Hải Phòng hôm nay", "Dòng hai"]
    decomposed = unicodedata.normalize("NFD", "Hải Phòng")
    assert split_paragraphs(decomposed) == ["Hải Phòng"]
    assert split_paragraphs("  a  b \n\n c ") == ["a b", "c"]


def test_a_credit_prefix_and_a_name_make_a_byline_whatever_its_style() -> None:
    assert credits_by_prefix("Bài, ảnh: Đức Minh") and credits_by_prefix("Tác giả: Tùng Nguyễn")
    assert not credits_by_prefix("Đức Minh") and not credits_by_prefix("Bài: Cảnh giác với thủ đoạn lừa đảo mới")
    assert not credits_by_prefix("Theo An ninh Hải Phòng")


def test_a_wayback_capture_is_the_sites_page() -> None:
    # a capture's canonical link is the archive's URL: the article had no canonicalUrl and no articleId
    from anninhhaiphong.urls import canonical_url, unarchived

    capture = "https://web.archive.org/web/20190815093412/https://anhp.vn/triet-xoa-o-nhom-d28417.html"
    assert unarchived(capture) == "https://anhp.vn/triet-xoa-o-nhom-d28417.html"
    assert unarchived("https://web.archive.org/web/20190815093412im_/https://anhp.vn/a.jpg") == "https://anhp.vn/a.jpg"
    assert canonical_url(capture, capture) == "https://anhp.vn/triet-xoa-o-nhom-d28417.html"
    assert canonical_url("https://baomoi.com/x-d28417.html") is None  # a republisher's own -d<ID> is not ours


@pytest.mark.parametrize(("byline", "authors"), [
    ("Phòng Tham mưu Công an thành phố", ["Phòng Tham mưu Công an thành phố"]),  # was no author at all
    ("Công an quận Lê Chân.", ["Công an quận Lê Chân"]),
    ("Văn Thành (Công an huyện Vĩnh Bảo)", ["Văn Thành"]),  # a person and the unit: the person
    ("Báo Công an nhân dân", []),  # a publication is the source, not an author
])
def test_a_marked_byline_crediting_a_unit_only_makes_the_unit_the_author(byline: str, authors: list[str]) -> None:
    from anninhhaiphong.cleaning.article import clean_raw_article
    from anninhhaiphong.items import RawArticle

    raw = RawArticle(url=None, headline="Tiêu đề", body=["Nội dung bài viết về tình hình lừa đảo qua mạng."],
                     bylineRaw=byline)
    assert [a.name for a in clean_raw_article(raw).authors] == authors


def test_the_capital_papers_abbreviation_is_its_name() -> None:
    # 'Theo ANTĐ' gave the source 'ANTĐ' (Báo An ninh Thủ đô)
    assert parse_byline("Theo ANTĐ").source == "An ninh Thủ đô"
    assert parse_byline("Theo ANTD").source == "An ninh Thủ đô"


def test_a_credits_box_by_role_closing_a_text_dump() -> None:
    # 'Thực hiện: …' / 'Ảnh: …' / 'Thiết kế: …': the designer's line was read as a related title (the photo
    # credit alone on its line is dropped from a text dump, as under a photo: it credits no author there)
    from anninhhaiphong.cleaning.article import clean_text_dump

    body = ["Cách đất liền hơn 110 hải lý, Bạch Long Vĩ là huyện đảo xa bờ nhất vịnh Bắc Bộ.",
            "Mỗi buổi sáng, tổ công tác của Công an huyện lại xuống âu tàu, kiểm tra giấy tờ của thuyền viên."]
    a = clean_text_dump("Những người giữ bình yên nơi đảo tiền tiêu\n01/09/2024 08:30\n" + "\n".join(body)
                        + "\nThực hiện: Hoàng Long – Thế Khoa\nẢnh: Minh Phương\nThiết kế: Tuấn Anh\n")
    assert [x.name for x in a.authors] == ["Hoàng Long", "Thế Khoa"]
    assert a.relatedArticles == [] and a.articleBody == "\n".join(body)


def test_rank_before_a_name_and_a_video_editor_s_credit_line() -> None:
    # 'Thượng tá Trần Quang Hưng' gave no author; 'Dựng video: Đức Anh' under the byline became a related entry
    assert [a for a, _ in parse_byline("Thượng tá Trần Quang Hưng").authors] == ["Trần Quang Hưng"]
    from anninhhaiphong.cleaning.article import clean_text_dump
    from anninhhaiphong.cleaning.dates import parse_date

    body = ["Đêm 21/6, tổ công tác Phòng Cảnh sát giao thông kiểm soát nồng độ cồn trên đường Lê Hồng Phong.",
            "Nhiều tài xế vi phạm bị lập biên bản, tạm giữ phương tiện theo quy định của pháp luật hiện hành."]
    a = clean_text_dump("Xuyên đêm cùng tổ công tác kiểm soát nồng độ cồn\n22:40 22/06/2025\n" + "\n".join(body)
                        + "\nThực hiện: Thu Hằng – Quang Vinh\nDựng video: Đức Anh\n")
    assert [x.name for x in a.authors] == ["Thu Hằng", "Quang Vinh"] and a.relatedArticles == []
    assert parse_date("18/09/2019 3:07:42 CH").iso == "2019-09-18T15:07:42+07:00"
    assert parse_date("18/09/2019 9:07 SA").iso == "2019-09-18T09:07:00+07:00"


def test_a_team_credit_closes_the_body_but_names_no_author() -> None:
    # 'Nhóm PV' was an author: seven of the twelve blind pages crediting a team said it names no person, and
    # CONTRACT's authors are the people credited; the credit still leaves the body, a person beside it stays
    from anninhhaiphong.cleaning.article import clean_text_dump

    body = ["Lực lượng chức năng thành phố đồng loạt ra quân kiểm tra các cơ sở kinh doanh xăng dầu trên địa bàn.",
            "Qua kiểm tra, đoàn công tác phát hiện 3 cơ sở vi phạm, tạm giữ hơn 20.000 lít xăng dầu không rõ nguồn."]
    for credit, authors in (("Nhóm PV", []), ("NHÓM PHÓNG VIÊN", []), ("Nhóm PV Nội chính", []),
                            ("Minh Hiếu - Nhóm PV", ["Minh Hiếu"])):
        a = clean_text_dump("Kiểm tra các cơ sở kinh doanh xăng dầu\n20/02/2025 09:34\n" + "\n".join(body)
                            + f"\n{credit}\n")
        assert [x.name for x in a.authors] == authors, credit
        assert a.articleBody == "\n".join(body), credit


def test_a_source_line_under_a_related_heading_is_no_related_entry() -> None:
    # an aggregator's 'Nguồn: An ninh Hải Phòng — Bài viết được hiển thị lại nguyên văn … Xem bài gốc' read under a
    # related heading became an undated related entry without a URL
    from anninhhaiphong.cleaning.article import clean_text_dump

    body = ["Trong 9 ngày nghỉ Tết, lực lượng Cảnh sát giao thông đã xử lý hơn 2.600 trường hợp vi phạm nồng độ.",
            "Số vụ tai nạn giao thông giảm cả ba tiêu chí so với cùng kỳ năm trước, theo báo cáo của Công an."]
    a = clean_text_dump("Hải Phòng xử lý hơn 2.600 trường hợp vi phạm nồng độ cồn sau Tết\n20/02/2025 14:07\n"
                        + "\n".join(body) + "\nTin liên quan\nHải Phòng: Tai nạn giao thông dịp Tết giảm cả 3 "
                        "tiêu chí\nNguồn: An ninh Hải Phòng — Bài viết được hiển thị lại nguyên văn theo thỏa "
                        "thuận hợp tác. Xem bài gốc\n")
    assert [r.headline for r in a.relatedArticles] == ["Hải Phòng: Tai nạn giao thông dịp Tết giảm cả 3 tiêu chí"]


def test_a_long_source_line_credits_the_publication_at_its_head() -> None:
    # 'Nguồn: An ninh Hải Phòng — Bài viết được hiển thị lại nguyên văn …' (over 60 characters) credited no one
    from anninhhaiphong.cleaning.bylines import source_credit

    assert source_credit("Nguồn: An ninh Hải Phòng — Bài viết được hiển thị lại nguyên văn theo thỏa thuận hợp "
                         "tác nội dung. Xem bài gốc") == "An ninh Hải Phòng"
    assert source_credit("Nguồn: một người dân cho biết đối tượng đã bỏ trốn khỏi địa phương từ lâu. Hiện nay") is None


def test_a_republisher_s_posting_and_copyright_note_is_footer() -> None:
    # 'Bài viết đăng lúc 06:45 ngày 09/06/2025 trên An ninh Hải Phòng. Nội dung thuộc bản quyền …' closing a news
    # app's share page stayed in the body
    from anninhhaiphong.cleaning.chrome import is_footer_line

    assert is_footer_line("Bài viết đăng lúc 06:45 ngày 09/06/2025 trên An ninh Hải Phòng. Nội dung thuộc bản quyền "
                          "của cơ quan báo chí. Xem bài gốc ↗")
    assert not is_footer_line("Bài viết đăng trên mạng xã hội của đối tượng thu hút hàng nghìn lượt chia sẻ.")


def test_a_republisher_s_posting_note_names_the_source() -> None:
    # a news app's share page named its source only in 'Bài viết đăng lúc 06:45 ngày 09/06/2025 trên An ninh Hải
    # Phòng. Nội dung thuộc bản quyền …' after the body: the article had no source
    from anninhhaiphong.cleaning.bylines import source_credit
    from anninhhaiphong.extraction import extract_article

    assert source_credit("Bài viết đăng lúc 06:45 ngày 09/06/2025 trên An ninh Hải Phòng. Nội dung thuộc bản quyền "
                         "của cơ quan báo chí. Xem bài gốc ↗") == "An ninh Hải Phòng"
    assert source_credit("Tin đăng trên báo Công an nhân dân ngày 3/4/2024") == "Công an nhân dân"
    assert source_credit("Bài đăng trên trang cá nhân của anh Minh.") is None  # no publication
    # (round 27c's aggregator: 'Theo <a>An ninh Hải Phòng</a> <a>Xem bài gốc ↗</a>', the arrow kept the link's text)
    assert source_credit("Theo An ninh Hải Phòng Xem bài gốc ↗") == "An ninh Hải Phòng"
    body = "".join(f"<div class='txt'>Đoạn văn thứ {i} kể lại vụ cháy nhà ống ở phường Lạch Tray, lực lượng cứu hỏa "
                   "đã tiếp cận hiện trường và đưa bốn người ra ngoài an toàn.</div>" for i in range(1, 7))
    page = ("<html><head><title>x</title></head><body><article><h1>Giải cứu 4 người mắc kẹt trong đám cháy nhà 5 "
            f"tầng</h1><div>{body}</div><div>Bài viết đăng lúc 06:45 ngày 09/06/2025 trên <b>An ninh Hải Phòng</b>. "
            "Nội dung thuộc bản quyền của cơ quan báo chí. <a href='https://anhp.vn/x-d67190.html'>Xem bài gốc</a>"
            "</div></article></body></html>")
    article = extract_article(page, "https://news.example.vn/p/123")
    assert article.source == "An ninh Hải Phòng"
    assert "Bài viết đăng lúc" not in article.articleBody


def test_links_an_archive_today_capture_or_a_translate_proxy_rewrote() -> None:
    # round 29b: an archive.today snapshot's related links ('archive.ph/o/<id>/<original>') and a page seen through
    # Google Translate's proxy ('anhp-vn.translate.goog/…?_x_tr_sl=vi…') kept the rewritten addresses
    from anninhhaiphong.urls import unarchived

    assert unarchived("https://archive.ph/o/Xq7Lm/https://lechan.haiphong.gov.vn/tin-741188") \
        == "https://lechan.haiphong.gov.vn/tin-741188"
    assert unarchived("https://anhp-vn.translate.goog/bat-3-doi-tuong-d64102.html?_x_tr_sl=vi&_x_tr_tl=en&_x_tr_hl=en"
                      "&_x_tr_pto=wapp") == "https://anhp.vn/bat-3-doi-tuong-d64102.html"
    assert unarchived("https://media-anhp-vn.translate.goog/files/a.jpg") == "https://media.anhp.vn/files/a.jpg"
    assert unarchived("https://cong--an-vn.translate.goog/a?id=3&_x_tr_sl=vi") == "https://cong-an.vn/a?id=3"
    assert unarchived("https://anhp.vn/a-d1.html") == "https://anhp.vn/a-d1.html"


def test_a_date_printed_month_first_when_it_cannot_be_day_first() -> None:
    # a read-later app's 'Publication date 05/14/2024 8:15 AM' (an English interface) was no date: the 14th month
    from anninhhaiphong.cleaning.dates import parse_date
    from anninhhaiphong.extraction.meaning import find_date

    assert parse_date("05/14/2024 8:15 AM").iso == "2024-05-14T08:15:00+07:00"
    assert find_date("05/14/2024 8:15 AM").iso == "2024-05-14T08:15:00+07:00"
    assert parse_date("05/06/2024").iso == "2024-06-05T00:00:00+07:00"  # day first whenever it can be
    assert parse_date("32/13/2024") is None


def test_a_reposts_credit_to_the_site_dates_the_article_when_the_page_shows_a_later_day() -> None:
    # a district portal's copy: its own 'Cập nhật lúc: 10:58, 17/01/2024' is the repost; the credit closing the copy
    # ('Minh Hiếu – An ninh Hải Phòng 16/01/2024') is the article's publication. Same day: the page's time stays.
    from anninhhaiphong.cleaning.article import clean_raw_article
    from anninhhaiphong.items import RawArticle

    body = ["Công an quận Ngô Quyền ra quân tấn công trấn áp tội phạm dịp Tết.",
            "Minh Hiếu – An ninh Hải Phòng 16/01/2024"]
    raw = RawArticle(url=None, headline="Tiêu đề", body=list(body), dateRaw="10:58, 17/01/2024",
                     dateIso="2024-01-17T10:58:00+07:00")
    article = clean_raw_article(raw)
    assert (article.datePublished, article.source) == ("2024-01-16T00:00:00+07:00", "An ninh Hải Phòng")
    assert [a.name for a in article.authors] == ["Minh Hiếu"]
    raw = RawArticle(url=None, headline="Tiêu đề", body=list(body), dateRaw="15:20, 16/01/2024",
                     dateIso="2024-01-16T15:20:00+07:00")
    assert clean_raw_article(raw).datePublished == "2024-01-16T15:20:00+07:00"
    # another paper's credit dates that paper's article, not the page
    raw = RawArticle(url=None, headline="Tiêu đề", body=[body[0], "Theo Công an nhân dân 12/06/2022"],
                     dateRaw="15:20, 16/01/2024", dateIso="2024-01-16T15:20:00+07:00")
    assert clean_raw_article(raw).datePublished == "2024-01-16T15:20:00+07:00"


def test_a_credit_label_alone_credits_no_one() -> None:
    # 'Nguồn:' with its name gone (a link taken away) read as the source ':'
    assert parse_byline("Nguồn:") is None and parse_byline("Theo:") is None and parse_byline("Nguồn tin: ") is None
    assert parse_byline("Nguồn: An ninh Hải Phòng").source == "An ninh Hải Phòng"
    assert parse_byline("Theo - CAND").source == "Công an nhân dân"


def test_a_post_pasting_an_article_gives_the_articles_title_and_date() -> None:
    # a forum thread's first post: the poster's remark, then the article's title and dateline as pasted, then its text
    from anninhhaiphong.cleaning.article import clean_raw_article
    from anninhhaiphong.items import RawArticle

    body = ["Sáng nay đọc báo thấy tin này, các bác đi đêm cẩn thận nhé.",
            "Bắt giữ nhóm thanh thiếu niên tụ tập đua xe trái phép trên cầu Hoàng Văn Thụ", "08:15 20/11/2024",
            "Rạng sáng 19-11, Công an quận Hồng Bàng bắt giữ 9 đối tượng, tạm giữ 7 xe mô tô.",
            "Các đối tượng khai nhận hẹn nhau tụ tập để đi bão, thử tốc độ xe."]

    def raw(url: str) -> RawArticle:
        return RawArticle(url=url, headline="Lại bắt nhóm quái xế đua xe trên cầu, các bác chú ý", body=list(body),
                          dateRaw="20/11/2024 lúc 21:14", dateIso="2024-11-20T21:14:37+07:00")

    article = clean_raw_article(raw("https://diendan.example.vn/threads/dua-xe.48213/"))
    assert article.headline == body[1] and article.datePublished == "2024-11-20T08:15:00+07:00"
    assert article.articleBody == "\n".join(body[3:])
    # the site's own page keeps its title, date and text as they are
    own = clean_raw_article(raw("https://anhp.vn/bat-giu-nhom-dua-xe-d63712.html"))
    assert own.headline == "Lại bắt nhóm quái xế đua xe trên cầu, các bác chú ý"
    assert own.datePublished == "2024-11-20T21:14:00+07:00" and own.articleBody.startswith(body[0])


def test_bylines_of_round_33() -> None:
    # two roles each in its own element, run together with a space only; a live report's 'Tường thuật' role
    assert [r for _, r in parse_byline("Bài: MINH HIẾU - NGỌC ANH Ảnh: ĐỨC THẮNG").authors] == [
        "MINH HIẾU", "NGỌC ANH", "ĐỨC THẮNG"]
    assert [r for _, r in parse_byline("Tường thuật: HOÀNG LONG – THẾ KHOA").authors] == ["HOÀNG LONG", "THẾ KHOA"]
    assert parse_byline("Ảnh: Công an cung cấp") is None


def test_round_33_closings_and_openings() -> None:
    from anninhhaiphong.cleaning.article import clean_raw_article
    from anninhhaiphong.items import RawArticle

    prose = ["Hội đồng xét xử tuyên phạt bị cáo Phạm Văn Tr. 15 năm tù về tội cướp tài sản.",
             "Bị cáo còn phải bồi thường cho gia đình bị hại số tiền 120 triệu đồng."]
    # the editor's note under the byline stays the article's; the byline is still the byline
    note = "Ghi chú của Tòa soạn: Bài đăng lúc 07h45 ghi nhầm năm sinh của bị cáo, xin đính chính lại."
    article = clean_raw_article(RawArticle(url=None, headline="Tiêu đề", body=[*prose, "V. Huy", note]))
    assert article.articleBody == "\n".join([*prose, note]) and [a.name for a in article.authors] == ["V. Huy"]
    # a republisher's copy: the writer, the credit to the paper, then the republisher's own notice (not the article's)
    body = [*prose, "Thu Hà", "Nguồn: anhp.vn", "Lưu ý của Nhà trường: Phòng Công tác sinh viên đề nghị phổ biến bài."]
    article = clean_raw_article(RawArticle(url="https://ctsv.example.edu.vn/tin-tuc/canh-giac-2347.html",
                                           headline="Tiêu đề", body=body))
    assert article.articleBody == "\n".join(prose) and article.source == "An ninh Hải Phòng"
    assert [a.name for a in article.authors] == ["Thu Hà"] and article.relatedArticles == []
    # the credit under the title, over the lead, is the byline
    article = clean_raw_article(RawArticle(url=None, headline="Tiêu đề",
                                           body=["Bài: MINH HIẾU - NGỌC ANH Ảnh: ĐỨC THẮNG", *prose]))
    assert article.articleBody == "\n".join(prose) and len(article.authors) == 3


def test_a_posts_links_hashtags_and_counts_are_no_related_titles() -> None:
    from anninhhaiphong.cleaning.related import parse_entries

    assert parse_entries(["Chi tiết: https://anhp.vn/tom-gon-9-thanh-nien-d65731.html", "#HảiPhòng #ĐuaXe",
                          "♡ Thích1.187 lượt xemBáo xấu"]) == []
    assert [e.headline for e in parse_entries(["Bắt đối tượng trộm cắp xe máy tại chợ Hàng"])] == [
        "Bắt đối tượng trộm cắp xe máy tại chợ Hàng"]


def test_round_35_bylines_beside_tools_and_desks() -> None:
    from anninhhaiphong.cleaning.article import clean_raw_article
    from anninhhaiphong.items import RawArticle

    prose = ["Công an quận Lê Chân triệt phá ổ nhóm trộm cắp tài sản, thu giữ nhiều tang vật.",
             "Vụ việc đang được cơ quan Công an tiếp tục điều tra, mở rộng."]
    # the byline's line beside the page's tools; a credits box by role stays whole
    raw = RawArticle(url=None, headline="Tiêu đề", body=list(prose), bylineRaw="MP | In bài | Gửi email | Về đầu trang")
    assert [a.nameRaw for a in clean_raw_article(raw).authors] == ["MP"]
    raw = RawArticle(url=None, headline="Tiêu đề", body=list(prose), bylineRaw="Thực hiện: Lan Phương | Ảnh: Tuấn Minh")
    assert [a.nameRaw for a in clean_raw_article(raw).authors] == ["Lan Phương", "Tuấn Minh"]
    # a desk marked as the byline ('Bởi Ban Biên tập') gives way to the writer closing a copy; the link to the original
    # under it is no related title
    raw = RawArticle(url="https://blog.example.vn/xom-chai/", headline="Tiêu đề", bylineRaw="Bởi Ban Biên tập -",
                     body=[*prose, "Hoàng Long – An ninh Hải Phòng 12/05/2024", "Xem bài gốc tại: anhp.vn"])
    article = clean_raw_article(raw)
    assert [a.nameRaw for a in article.authors] == ["Hoàng Long"] and article.source == "An ninh Hải Phòng"
    assert article.articleBody == "\n".join(prose) and article.relatedArticles == []


def test_an_emagazines_credits_box_under_its_lead() -> None:
    from anninhhaiphong.cleaning.article import clean_raw_article
    from anninhhaiphong.items import RawArticle

    lead = "Hàng trăm ki-lô-mét sông ngòi là địa bàn của những người lính Cảnh sát giao thông đường thủy."
    prose = ["Ngày nắng cũng như đêm giông, họ lặng lẽ bám sông, bám luồng.", "Những con tàu nhờ thế thông suốt."]
    raw = RawArticle(url=None, headline="Tiêu đề", lead=lead,
                     body=[lead, "Nội dung: ĐỨC ANH – PHƯƠNG THẢO", "Thiết kế: MINH TÚ", *prose])
    article = clean_raw_article(raw)
    assert [a.nameRaw for a in article.authors] == ["ĐỨC ANH", "PHƯƠNG THẢO"]
    assert article.articleBody == "\n".join([lead, *prose])


def test_round_37_live_report_controls_column_invitations_long_team_credits_and_play_signs() -> None:
    from anninhhaiphong.cleaning.article import clean_raw_article
    from anninhhaiphong.cleaning.bylines import is_team
    from anninhhaiphong.items import RawArticle, RelatedArticle

    assert is_chrome_line("Trang tự động cập nhật sau 60 giây · Cập nhật ngay · Mới nhất ở trên")
    assert not is_chrome_line("Lực lượng cứu hộ cập nhật ngay tình hình ngập úng tại các phường cho người dân.")
    invitation = ("Bạn đọc có thắc mắc về pháp luật xin gửi câu hỏi về hộp thư hoidapphapluat@anhp.vn. "
                  "Chúng tôi sẽ mời luật sư giải đáp.")
    assert remove_chrome(["Đoạn một của bài.", invitation]) == ["Đoạn một của bài."]
    assert remove_chrome([invitation, "Đoạn một của bài."]) == [invitation, "Đoạn một của bài."]  # (closing only)
    assert is_team("Nhóm phóng viên Chuyên đề An ninh Hải Phòng")
    raw = RawArticle(url="https://anhp.vn/x-d1.html", headline="Tiêu đề", body=["Đoạn một của bài viết."],
                     related=[RelatedArticle(url="https://anhp.vn/v-d2.html", headline="▶ Cận cảnh CSGT dẫn đường")])
    assert clean_raw_article(raw).relatedArticles[0].headline == "Cận cảnh CSGT dẫn đường"


def test_a_reader_views_address_is_the_page_it_shows() -> None:
    from anninhhaiphong.urls import shown_page

    assert shown_page("about:reader?url=https%3A%2F%2Fanhp.vn%2Fa-d1.html") == "https://anhp.vn/a-d1.html"
    assert shown_page("about:reader?url=javascript%3Aalert(1)") == "about:reader?url=javascript%3Aalert(1)"
    assert shown_page("https://anhp.vn/a-d1.html") == "https://anhp.vn/a-d1.html" and shown_page(None) is None


def test_round_38_ranked_names_with_units_and_a_language_switch() -> None:
    credit = parse_byline("Thiếu tá Nguyễn Văn Hùng, Đại úy Trần Minh (Phòng PC02) – Lê Thu")
    assert credit is not None and [a for a, _ in credit.authors] == ["Nguyễn Văn Hùng", "Trần Minh", "Lê Thu"]
    assert parse_byline("Minh Hà (Kiến An)") is None  # (a place, not a unit: no credit)
    assert is_chrome_line("Xem bản tiếng Việt") and is_chrome_line("English")
    assert not is_chrome_line("Tiếng Việt là ngôn ngữ chính thức của Việt Nam.")


def test_round_39_credits_by_role_then_the_paper_after_a_slash() -> None:
    credit = parse_byline("Bài: Thu Hằng – Ảnh: Đức Anh / An ninh Hải Phòng")
    assert credit is not None and [a for a, _ in credit.authors] == ["Thu Hằng", "Đức Anh"]
    assert credit.source == "An ninh Hải Phòng"


def test_a_note_of_the_informations_sources_closing_the_body_is_no_line_of_it() -> None:
    note = "Bài viết có sử dụng thông tin từ Báo Công an nhân dân"
    assert remove_chrome(["Đoạn một của bài.", note]) == ["Đoạn một của bài."]
    assert remove_chrome([note, "Đoạn một của bài."]) == [note, "Đoạn một của bài."]  # (closing only)
