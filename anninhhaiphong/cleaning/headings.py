"""The words that head a block of related news ('Tin liên quan', 'Tin khác') or of a site-wide widget
('Đọc nhiều', 'Tin mới'): one vocabulary for the extraction (a heading in a page's markup) and the cleaning
(a heading line in a page's text), so the two stages never disagree about what a heading is.

Phrases are written folded (`fold_heading`: NFC, lower case, punctuation gone); a related heading may open
with 'các'/'những' ('Các tin khác'), a widget's with 'tin'/'bài' and close with 'nhất' or 'trong ngày'
('Tin đọc nhiều nhất', 'Tin nổi bật trong ngày').
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

RELATED_PHRASES = (
    "tin khác", "tin bài khác", "bài khác", "bài viết khác", "tin tức khác",
    # the same for a section of photo stories or features ('Phóng sự ảnh khác' under a photo story)
    "phóng sự ảnh khác", "phóng sự khác", "ảnh khác", "tin ảnh khác", "infographic khác", "emagazine khác",
    # a video page's other videos ('Video khác' under the player; 'Video' alone is the site's box)
    "video khác", "clip khác",
    # a podcast's other episodes ('Các số Podcast khác', 'Các tập khác')
    "số khác", "số podcast khác", "podcast khác", "tập khác",
    "tin liên quan", "bài liên quan", "bài viết liên quan", "tin bài liên quan", "tin bài liên quan khác",
    "tin tức liên quan", "sự kiện liên quan", "dòng sự kiện",
    "cùng chuyên mục", "tin cùng chuyên mục", "bài cùng chuyên mục", "bài viết cùng chuyên mục",
    "tin tức cùng chuyên mục", "tin cùng loại", "cùng chủ đề", "tin cùng chủ đề", "bài cùng chủ đề",
    "bài viết cùng chủ đề", "tin tức cùng chủ đề", "tin bài cùng chủ đề", "cùng sự kiện", "tin cùng sự kiện",
    "cùng danh mục", "tin cùng danh mục", "bài viết cùng danh mục", "bài viết cùng loại",
    "xem thêm", "đọc thêm", "đọc tiếp", "có thể bạn quan tâm", "bạn có thể quan tâm",
    "tin đã đưa", "bài đã đưa", "tin bài đã đưa", "tin đã đăng", "bài đã đăng",
    # the other parts of a series
    "bài tiếp theo", "kỳ tiếp theo", "kỳ sau", "đón đọc kỳ sau", "cùng loạt bài", "bài cùng loạt",
    "related", "related articles", "related posts", "related news", "related stories", "read more", "see also",
)
WIDGET_PHRASES = (
    "đọc nhiều", "xem nhiều", "quan tâm nhiều", "được quan tâm", "mới nhất", "tin mới", "tin mới đăng", "bài mới",
    "bài viết mới", "mới cập nhật", "tin mới cập nhật", "nổi bật", "tin nổi bật", "tin nóng", "tiêu điểm",
    "tin tiêu điểm", "tin ảnh", "ảnh video", "ảnh và video", "video", "video mới", "video nổi bật", "video hot",
    "clip mới", "chuyên mục",
    "most read", "latest", "latest news", "popular", "trending",
    # a portal's neighbours in time ('Tin mới hơn' / 'Tin cũ hơn'), not the article's related news
    "mới hơn", "tin mới hơn", "cũ hơn", "tin cũ hơn", "bài mới hơn", "bài cũ hơn", "các tin mới hơn", "các tin cũ hơn",
)
# related headings that offer suggestions to the reader rather than name related news: after the readers'
# comments they head the site's feed ('Có thể bạn quan tâm')
SUGGESTION_PHRASES = frozenset({"có thể bạn quan tâm", "bạn có thể quan tâm"})
_RELATED_PREFIXES = ("các", "những")
_WIDGET_PREFIXES = ("tin", "bài")

MAX_HEADING_CHARS = 50


def _alternatives(phrases: tuple[str, ...]) -> str:
    return "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))


# (Joomla K2's 'Bài viết liên quan (theo thẻ)': related by tag)
_RELATED = re.compile(rf"^(?:(?:{'|'.join(_RELATED_PREFIXES)}) )?(?:{_alternatives(RELATED_PHRASES)})"
                      r"(?: theo (?:thẻ|chủ đề|từ khóa|từ khoá))?$")
# (two boxes' names in one: 'Tin ảnh - Video', 'Video - Tin ảnh')
_WIDGET = re.compile(rf"^(?:(?:{'|'.join(_WIDGET_PREFIXES)}) )?(?:{_alternatives(WIDGET_PHRASES)})"
                     rf"(?: (?:và )?(?:{_alternatives(WIDGET_PHRASES)}))?"
                     r"(?: nhất)?(?: trong (?:ngày|tuần|tháng))?$")
_NON_WORD = re.compile(r"[^\w]+")

# every word a heading can open with (a quick test before the patterns)
FIRST_WORDS = frozenset(p.split()[0] for p in (*RELATED_PHRASES, *WIDGET_PHRASES, *_RELATED_PREFIXES,
                                                   *_WIDGET_PREFIXES))


def fold_heading(text: str) -> str:
    """Lower-cased, NFC, punctuation-free form of a text, as the phrases are written."""
    text = unicodedata.normalize("NFC", text).casefold()
    return " ".join(_NON_WORD.sub(" ", text).split())


def folded_heading_kind(folded: str) -> str | None:
    """`heading_kind` of a text already folded by `fold_heading`."""
    if _RELATED.match(folded):
        return "related"
    if _WIDGET.match(folded):
        return "widget"
    return None


@lru_cache(maxsize=8192)
def heading_kind(text: str) -> str | None:
    """``"related"`` for a related-news heading, ``"widget"`` for a site-wide widget's, else None (a text
    longer than a heading is neither, whatever it says)."""
    if not text or len(text) > MAX_HEADING_CHARS:
        return None
    return folded_heading_kind(fold_heading(text))
