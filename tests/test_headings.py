"""One vocabulary of block headings for both stages: every related heading heads related news, and every
widget heading a widget, in a page's markup (extraction) as in a page's text (cleaning)."""

from __future__ import annotations

import pytest

from anninhhaiphong.cleaning.article import clean_text_dump
from anninhhaiphong.cleaning.headings import RELATED_PHRASES, WIDGET_PHRASES, heading_kind
from anninhhaiphong.extraction import extract_article

_BODY = ["Công an quận Hồng Bàng vừa triệt phá một đường dây đánh bạc qua mạng với số tiền giao dịch lớn.",
         "Theo cơ quan điều tra, các đối tượng tổ chức cho hàng chục người chơi cá độ bóng đá qua ứng dụng.",
         "Vụ án đang được Cơ quan Cảnh sát điều tra Công an thành phố tiếp tục mở rộng điều tra, xử lý."]
_LISTED = [("Bắt giữ đối tượng trộm cắp xe máy tại chợ Sắt", 61234),
           ("Khởi tố vụ án cố ý gây thương tích ở huyện An Lão", 61240)]


def _heading(phrase: str) -> str:
    return phrase[:1].upper() + phrase[1:]


def _page(heading: str) -> str:
    items = "".join(f'<li><a href="https://anhp.vn/bai-viet-d{i}.html">{t}</a></li>' for t, i in _LISTED)
    body = "".join(f"<p>{p}</p>" for p in _BODY)
    return (f'<html><head><title>Triệt phá đường dây đánh bạc</title></head><body><div class="wrap">'
            f'<h1>Triệt phá đường dây đánh bạc</h1><div>10:20 05/03/2024</div><div class="content">{body}'
            f'<p style="text-align:right"><b>Minh Anh</b></p></div>'
            f'<div class="more"><h3>{heading}</h3><ul>{items}</ul></div></div></body></html>')


def _dump(heading: str) -> str:
    listed = "\n".join(t for t, _ in _LISTED)
    return "Triệt phá đường dây đánh bạc\n10:20 05/03/2024\n" + "\n".join(_BODY) + f"\nMinh Anh\n{heading}\n{listed}\n"


@pytest.mark.parametrize("phrase", RELATED_PHRASES)
def test_every_related_heading_heads_related_news_in_both_stages(phrase: str) -> None:
    heading = _heading(phrase)
    assert heading_kind(heading) == heading_kind(heading.upper() + ":") == "related"
    page = extract_article(_page(heading), "https://anhp.vn/triet-pha-duong-day-danh-bac-d61250.html")
    assert [r.headline for r in page.relatedArticles] == [t for t, _ in _LISTED]
    text = clean_text_dump(_dump(heading))
    assert [r.headline for r in text.relatedArticles] == [t for t, _ in _LISTED]
    for article in (page, text):
        assert article.articleBody == "\n".join(_BODY), phrase


@pytest.mark.parametrize("phrase", WIDGET_PHRASES)
def test_every_widget_heading_heads_a_widget_in_both_stages(phrase: str) -> None:
    heading = _heading(phrase)
    assert heading_kind(heading) == heading_kind(heading.upper() + ":") == "widget"
    page = extract_article(_page(heading), "https://anhp.vn/triet-pha-duong-day-danh-bac-d61250.html")
    text = clean_text_dump(_dump(heading))
    for article in (page, text):
        assert article.relatedArticles == [] and article.articleBody == "\n".join(_BODY), phrase


def test_prefixes_and_suffixes() -> None:
    assert heading_kind("Các tin khác") == heading_kind("Những bài liên quan") == "related"
    assert heading_kind("Tin đọc nhiều nhất") == heading_kind("Tin nổi bật trong ngày") == "widget"
    assert heading_kind("Tin khác nhau trong ngày là gì") is None and heading_kind("Công an thành phố") is None
    assert heading_kind("Tin liên quan " + "x" * 40) is None  # longer than a heading


def test_two_widget_names_in_one_heading_head_a_widget() -> None:
    # a box of photo stories and clips at the page's foot ('Tin ảnh - Video'), not the article's related news
    assert heading_kind("Tin ảnh - Video") == heading_kind("Video - Tin ảnh") == heading_kind("Ảnh & Video") == "widget"
    assert heading_kind("Tin mới - Đọc nhiều") == "widget"
    # a section's name or a photo credit's label heads nothing
    assert heading_kind("Ảnh") is None and heading_kind("Multimedia") is None and heading_kind("Ảnh:") is None


def test_a_video_pages_other_videos_are_related_and_the_video_box_a_widget() -> None:
    assert heading_kind("Video khác") == "related" and heading_kind("Các video khác") == "related"
    assert heading_kind("Video") == "widget" and heading_kind("Video nổi bật") == "widget"
