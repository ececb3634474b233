"""Cookie/consent notices and share, print and comment chrome: recognised and removed from paragraphs.

A notice is a short paragraph in which the *site* tells the reader it uses cookies ("This website uses
cookies", "Chúng tôi sử dụng cookie…"), together with its buttons ("Read More", "Đồng ý", "Ok") next to
it. A paragraph of an article that talks about cookies (stolen session cookies) is content and stays.
"""

from __future__ import annotations

import re

# a notice speaks of the site itself using cookies, or asks for consent
_NOTICE = re.compile(
    r"(?:\b(?:this|our)\s+(?:web)?site\s+uses?\s+cookies?"
    r"|\bwe\s+(?:use|uses|are\s+using)\s+cookies?"
    r"|\buses?\s+cookies?\s+to\s+(?:ensure|improve|give|provide|enhance|personali[sz]e)"
    r"|\b(?:accept|allow)\s+(?:all\s+)?cookies?"
    r"|\bcookies?\s+(?:policy|settings|preferences|consent)"
    r"|\bby\s+(?:continuing|using)\s+(?:to\s+(?:use|browse)\s+)?(?:this|our)\s+(?:web)?site.{0,60}cookies?"
    r"|(?:chúng\s+tôi|website|trang\s+(?:web|này|thông\s+tin)|trang\s+web\s+này|báo)\s+(?:có\s+)?sử\s+dụng\s+(?:các\s+)?"
    r"(?:tệp\s+)?cookies?"
    r"|chính\s+sách\s+(?:về\s+)?cookies?"
    r"|(?:chấp\s+nhận|đồng\s+ý)\s+(?:với\s+)?(?:việc\s+sử\s+dụng\s+)?(?:tất\s+cả\s+)?cookies?)",
    re.IGNORECASE,
)
_NOTICE_MAX_CHARS = 400

# buttons and links that belong to a notice (only removed next to one)
_BUTTONS = frozenset(
    s.casefold()
    for s in (
        "Read More", "Read more", "Learn more", "More info", "More information", "Ok", "OK", "Okay", "Got it",
        "Accept", "Accept all", "Accept cookies", "Allow", "Allow all", "Allow cookies", "I agree", "Agree",
        "Decline", "Reject", "Reject all", "Close", "Dismiss", "Cookie settings", "Settings", "Our policy",
        "Privacy policy", "Đồng ý", "Tôi đồng ý", "Từ chối", "Chấp nhận", "Chấp nhận tất cả", "Tìm hiểu thêm",
        "Xem thêm", "Đóng", "Cài đặt", "Chính sách bảo mật", "Chính sách cookie", "×", "x", "✕",
    )
)

# share / print / comment / view-count chrome: a whole line that is only this
_CHROME = re.compile(
    r"^(?:chia\s+sẻ(?:\s+bài\s+viết)?(?:\s+(?:lên|qua)\s+\w+)?|share(?:\s+this(?:\s+article)?)?|tweet|like|"
    r"in\s+bài(?:\s+viết)?|in\s+trang|bản\s+in|print|email|gửi\s+email|gửi\s+bài\s+viết(?:\s+qua\s+email)?|"
    r"lưu\s+bài(?:\s+viết)?|lưu\s+tin|bình\s+luận|gửi\s+bình\s+luận|viết\s+bình\s+luận|ý\s+kiến\s+bạn\s+đọc|"
    r"lượt\s+xem|lượt\s+thích|theo\s+dõi|quay\s+lại|về\s+đầu\s+trang|lên\s+đầu\s+trang|trở\s+về|cỡ\s+chữ|"
    r"facebook|zalo|twitter|x|linkedin|copy\s+link|sao\s+chép\s+(?:liên\s+kết|link)|"
    r"nghe\s+bài\s+viết|đọc\s+bài|tải\s+về|a\+|a-|a)"
    r"(?:\s*[:(]?\s*\d[\d.,]*\s*\)?)?$",
    re.IGNORECASE,
)
_CHROME_SEQUENCE = re.compile(r"^(?:(?:chia\s+sẻ|facebook|zalo|twitter|email|in\s+bài|bình\s+luận|tweet|"
                              r"print|share|like)[\s|:/·•,]*){2,}$", re.IGNORECASE)
_SYMBOLS_ONLY = re.compile(r"^[\W_]{1,12}$")
_NAV_SPLIT = re.compile(r"\s*[|»>›·/]\s*")
_HAS_NAV_SEPARATOR = re.compile(r"[|»>›·/]")
_TRAIL_SPLIT = re.compile(r"\s*[»>›]\s*")
_NAV_HOME = re.compile(r"^(?:trang\s+chủ|home|tin\s+tức)$", re.IGNORECASE)


def _short_parts(line: str, splitter: re.Pattern[str]) -> list[str] | None:
    parts = [p for p in splitter.split(line.strip()) if p]
    if len(parts) < 2 or any(len(p.split()) > 6 or p.endswith((".", ":", "…")) for p in parts):
        return None
    return parts


def is_navigation_line(line: str) -> bool:
    """A breadcrumb trail or a menu that starts at home: ``Trang chủ > Xã hội``, ``Trang chủ | Pháp luật``.

    (A line of ``|``-separated short cells elsewhere can be a table row, which is content.)"""
    if len(line) > 200:
        return False
    if _NAV_HOME.match(line.strip()):
        return True
    if not _HAS_NAV_SEPARATOR.search(line):
        return False
    parts = _short_parts(line, _NAV_SPLIT)
    if parts and _NAV_HOME.match(parts[0]):
        return True
    return bool(_short_parts(line, _TRAIL_SPLIT)) and not re.search(r"\d\s*>\s*\d", line)


def is_menu_line(line: str) -> bool:
    """A site menu printed as a line of four or more short items (``Xã hội | Pháp luật | Văn hóa | Video``)."""
    parts = _short_parts(line, _NAV_SPLIT)
    return bool(parts) and len(parts) >= 4


def is_cookie_notice(line: str) -> bool:
    """True for a cookie/consent notice paragraph (short, and the site speaking of its own cookies)."""
    return len(line) <= _NOTICE_MAX_CHARS and "cookie" in line.lower() and bool(_NOTICE.search(line))


def is_notice_button(line: str) -> bool:
    return line.strip(" .:!|>»›→").casefold() in _BUTTONS


def is_chrome_line(line: str) -> bool:
    """True for a line that is only share/print/comment/view-count chrome or stray symbols."""
    text = line.strip(" |·•:-–")
    if not text:
        return True
    if len(text) > 200:
        return False
    return bool(_CHROME.match(text) or _CHROME_SEQUENCE.match(text) or _SYMBOLS_ONLY.match(text)
                or is_navigation_line(text))


def remove_notices(paragraphs: list[str]) -> list[str]:
    """Paragraphs without cookie notices and the buttons next to them, wherever they stand."""
    drop: set[int] = set()
    for i, line in enumerate(paragraphs):
        if i in drop or not is_cookie_notice(line):
            continue
        drop.add(i)
        for step in (1, -1):  # buttons right after (or right before) the notice
            j = i + step
            while 0 <= j < len(paragraphs) and (is_notice_button(paragraphs[j]) or _is_counter(paragraphs[j])):
                drop.add(j)
                j += step
    return [p for i, p in enumerate(paragraphs) if i not in drop]


def _is_counter(line: str) -> bool:
    return bool(re.fullmatch(r"[\d\s.,]+", line))


def remove_chrome(paragraphs: list[str]) -> list[str]:
    """Paragraphs without notices (with their buttons) and share/print/comment chrome lines."""
    return [p for p in remove_notices(paragraphs) if not is_chrome_line(p)]
