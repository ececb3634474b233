"""Cookie/consent notices and share, print and comment chrome: recognised and removed from paragraphs.

A notice is a short paragraph in which the *site* tells the reader it uses cookies ("This website uses
cookies", "Chúng tôi sử dụng cookie…"), together with its buttons ("Read More", "Đồng ý", "Ok") next to
it. A paragraph of an article that talks about cookies (stolen session cookies) is content and stays.
"""

from __future__ import annotations

import re

from anninhhaiphong.cleaning.related import heading_kind

# the heading over the readers' comments ('Ý kiến bạn đọc', 'Bình luận (3)', 'Gửi ý kiến', 'Comments')
COMMENTS_HEADING = re.compile(r"^(?:bình\s+luận|ý\s+kiến(?:\s+bạn\s+đọc)?|bạn\s+đọc\s+bình\s+luận|"
                              r"gửi\s+(?:bình\s+luận|ý\s+kiến)|comments?)\s*(?:\(\s*\d+\s*\)|\d+)?\s*:?$",
                              re.IGNORECASE)

# a notice: the site speaking of its own cookies ...
_NOTICE = re.compile(
    r"(?:\b(?:this|our)\s+(?:web)?site\s+uses?\s+cookies?"
    r"|\bwe\s+(?:use|uses|are\s+using)\s+cookies?"
    r"|\buses?\s+cookies?\s+to\s+(?:ensure|improve|give|provide|enhance|personali[sz]e)"
    r"|\bcookies?\s+(?:policy|settings|preferences|consent)"
    r"|chúng\s+tôi\s+(?:có\s+)?(?:sử\s+dụng|dùng)\s+(?:các\s+)?(?:tệp\s+)?cookies?"
    r"|(?:website|trang\s+web|trang)\s+này\s+(?:có\s+)?(?:sử\s+dụng|dùng)\s+(?:các\s+)?(?:tệp\s+)?cookies?"
    r"|chính\s+sách\s+(?:về\s+)?cookies?)",
    re.IGNORECASE,
)
# ... or, weaker, a site using cookies or a request for consent: a notice only when addressed to the
# reader, very short (a button), or with a notice button next to it. "Hầu hết các trang web sử dụng
# cookie…", "thông báo sử dụng cookie", "việc chấp nhận cookie trên các trang web hợp pháp…" in an
# article are content.
_CONSENT = re.compile(
    r"(?:\b(?:accept|allow)\s+(?:all\s+)?cookies?"
    r"|\bby\s+(?:continuing|using|clicking)\s+(?:to\s+(?:use|browse)\s+)?.{0,60}cookies?"
    r"|(?:chấp\s+nhận|đồng\s+ý)\s+(?:với\s+)?(?:việc\s+(?:chúng\s+tôi\s+)?sử\s+dụng\s+)?(?:tất\s+cả\s+)?cookies?"
    r"|^(?:website|trang\s+web|trang\s+thông\s+tin|cổng\s+thông\s+tin|trang|báo)(?:\s+(?!cáo\b)[^\s.!?,;]+){0,8}?\s+"
    r"(?:có\s+)?"
    r"(?:sử\s+dụng|dùng)\s+(?:các\s+)?(?:tệp\s+)?cookies?)",
    re.IGNORECASE,
)
_READER = re.compile(r"\b(?:bạn|you|your|chúng\s+tôi|we|our|quý\s+(?:độc\s+giả|khách|vị)|độc\s+giả)\b", re.IGNORECASE)
_BUTTON_SIZED = 40
# a line that talks ABOUT cookies (theft, victims, warnings, advice, notices seen elsewhere) is an article's,
# whatever phrase of a notice it contains: a notice only speaks of the site's cookies and the reader's consent
# (not "công an": a police site's notice names the police, "Cổng thông tin Công an thành phố sử dụng cookie")
_ABOUT_COOKIES = re.compile(
    r"(?:đánh\s+cắp|kẻ\s+gian|đối\s+tượng|nạn\s+nhân|lừa\s+đảo|mã\s+độc|chiếm\s+(?:quyền|đoạt)|giả\s+mạo|"
    r"khuyến\s+cáo|cảnh\s+báo|người\s+dân|chuyên\s+gia|điều\s+tra|an\s+ninh\s+mạng|tội\s+phạm|"
    r"tin\s+tặc|hacker|dòng\s+chữ|dòng\s+thông\s+báo|hiện\s+thông\s+báo|(?:các|nhiều|những)\s+(?:trang\s+web|website)|"
    r"trang\s+(?:web\s+)?lạ|xóa\s+cookie|xoá\s+cookie|không\s+nên|không\s+chấp\s+nhận\s+cookie\s+(?:từ|của)|\bstol(?:en|e)\b|\battacker|"
    r"\bscam|\bvictim)",
    re.IGNORECASE,
)
# a quotation inside a paragraph ("trang hiện dòng “Chúng tôi sử dụng cookie…”") quotes a notice: content
_QUOTED = re.compile(r"“[^“”]*”|\"[^\"]*\"|«[^«»]*»|‘[^‘’]*’")
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
    r"nghe\s+bài\s+viết|đọc\s+bài|tải\s+về|a\+|a-|a|"
    # a live report's refresh controls ('Trang tự động cập nhật sau 60 giây · Cập nhật ngay · Mới nhất ở trên')
    r"(?:trang\s+)?tự\s+động\s+cập\s+nhật(?:\s+sau\s+\d+\s+(?:giây|phút))?|cập\s+nhật\s+ngay|làm\s+mới|"
    r"tải\s+lại(?:\s+trang)?|(?:mới|cũ)\s+nhất\s+ở\s+trên|"
    # a switch to the page in the other language ('Xem bản tiếng Việt' on the English mirror)
    r"(?:xem\s+)?(?:bản\s+)?tiếng\s+(?:việt|anh)|english(?:\s+version)?|vietnamese(?:\s+version)?)"
    r"(?:\s*[:(]?\s*\d[\d.,]*\s*\)?)?$",
    re.IGNORECASE,
)
_CHROME_SEQUENCE = re.compile(r"^(?:(?:chia\s+sẻ|facebook|zalo|twitter|email|in\s+bài(?:\s+viết)?|bình\s+luận|tweet|"
                              r"print|share|like|gửi\s+(?:cho\s+)?bạn\s+bè|gửi\s+e-?mail|về\s+đầu\s+trang)"
                              r"[\s|:/·•,]*){2,}$", re.IGNORECASE)
_SYMBOLS_ONLY = re.compile(r"^[\W_]{1,12}$")
_SHORT_CHROME = 100  # single chrome items, credits and player times are shorter than this
_CREDIT_FIRST = frozenset("(ảẢaAhHnNpP")  # first letters of a photo credit line
_TAGS_FIRST = frozenset("tTkK")  # first letters of a keyword line
_BAR = re.compile(r"[|·•]|:\s*\D")
_BAR_SPLIT = re.compile(r"\s*[|·•]\s*|(?<=^chia sẻ):\s*|(?<=^share):\s*", re.IGNORECASE)
# an audio player's position and length ("0:00 / 2:35")
_PLAYER_TIME = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?$")
# a photo credit standing alone on its line ("ẢNH: LÃ NGHĨA HIẾU", "(Ảnh: Công an cung cấp)", "Ảnh minh họa"):
# it credits an image, it is not article text nor the article's byline. (A caption line that ends with a
# credit, "Đối tượng tại cơ quan công an. (Ảnh: Công an cung cấp)", is a caption: in a text dump it stays.)
_PHOTO_CREDIT = re.compile(
    r"^\(?\s*(?:ảnh|hình\s+ảnh|nguồn\s+ảnh|photo)(?:\s+minh\s+h(?:ọa|oạ))?"
    r"(?:\s*[:\-–]\s*[^\s.!?;:][^.!?;:]{0,58})?\s*\)?$",
    re.IGNORECASE,
)


def is_photo_credit(line: str) -> bool:
    """A photo credit standing alone (`_PHOTO_CREDIT`: '(Ảnh: Hoàng Hà)', 'Ảnh minh họa')."""
    return len(line) <= 100 and _PHOTO_CREDIT.match(line) is not None


# keywords listed on one line ("Từ khóa: ma túy, Hải Phòng", "Tags: …")
TAGS_LINE = re.compile(r"^(?:từ\s+khóa|từ\s+khoá|tags?|thẻ|keywords?)\s*[:：]\s*(?P<tags>.+)$", re.IGNORECASE)
TAGS_LABEL = re.compile(r"^(?:từ\s+khóa|từ\s+khoá|tags?|thẻ|keywords?)\s*[:：]?$", re.IGNORECASE)
# a site footer: copyright and licence lines, and the contact lines printed with them
_FOOTER = re.compile(
    r"^(?:©|\(c\)\s|copyright\b|bản\s+quyền\s+(?:thuộc|©|\(c\)|\d)|giấy\s+phép\s+(?:số|hoạt\s+động|xuất\s+bản|thiết\s+lập)|"
    r"cơ\s+quan\s+chủ\s+quản|tổng\s+biên\s+tập\s*:|phó\s+tổng\s+biên\s+tập\s*:|chịu\s+trách\s+nhiệm\s+(?:xuất\s+bản|nội\s+dung)|"
    r"ghi\s+rõ\s+nguồn|không\s+được\s+sao\s+chép|all\s+rights\s+reserved|powered\s+by\b|"
    # a republisher's note of where and when the piece was posted, and whose copyright it is
    r"(?:bài\s+viết|bài|tin)\s+(?:được\s+)?đăng\s+(?:lúc|ngày|trên|tại)\b[^\n]{0,160}?bản\s+quyền)",
    re.IGNORECASE,
)
# the publication's own name line in a footer ("Chuyên đề An ninh Hải Phòng - Báo Công an nhân dân")
_PUBLICATION = re.compile(r"^(?:chuyên\s+đề|báo|tạp\s+chí|cổng\s+thông\s+tin|trang\s+thông\s+tin|"
                          r"cơ\s+quan\s+(?:của|ngôn\s+luận))\b[^.!?]{0,100}$", re.IGNORECASE)
_CONTACT = re.compile(
    r"^(?:địa\s+chỉ|trụ\s+sở|tòa\s+soạn|toà\s+soạn|điện\s+thoại|đt|tel|phone|hotline|đường\s+dây\s+nóng|fax|"
    r"e-?mail|website|liên\s+hệ(?:\s+quảng\s+cáo)?)\b\s*[:.]?\s*\S",
    re.IGNORECASE,
)
_NAV_SPLIT = re.compile(r"\s*[|»>›·/]\s*")
_HAS_NAV_SEPARATOR = re.compile(r"[|»>›·/]")
_TRAIL_SPLIT = re.compile(r"\s*[»>›]\s*")
_NAV_HOME = re.compile(r"^(?:trang\s+chủ|home|tin\s+tức)$", re.IGNORECASE)


def _short_parts(line: str, splitter: re.Pattern[str]) -> list[str] | None:
    parts = [p for p in splitter.split(line.strip()) if p]
    if len(parts) < 2 or any(len(p.split()) > 6 or p.endswith((".", ":", "…")) for p in parts):
        return None
    return parts


_NUMBER_ARROW = re.compile(r"\d\s*>\s*\d")


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
    return bool(_short_parts(line, _TRAIL_SPLIT)) and not _NUMBER_ARROW.search(line)


def is_menu_line(line: str) -> bool:
    """A site menu printed as a line of four or more short items (``Xã hội | Pháp luật | Văn hóa | Video``)."""
    parts = _short_parts(line, _NAV_SPLIT)
    return bool(parts) and len(parts) >= 4


def _notice_strength(line: str) -> int:
    """2: a notice on its own; 1: a notice if a notice button stands next to it; 0: not a notice."""
    if len(line) > _NOTICE_MAX_CHARS or "cookie" not in line.lower():
        return 0
    unquoted = _QUOTED.sub(" ", line) if any(q in line for q in "“\"«‘") else line
    if _ABOUT_COOKIES.search(unquoted):
        return 0
    if _NOTICE.search(unquoted):
        return 2
    if not _CONSENT.search(unquoted):
        return 0
    return 2 if len(line) <= _BUTTON_SIZED or _READER.search(unquoted) else 1


def is_cookie_notice(line: str) -> bool:
    """True for a cookie/consent notice paragraph: short, the site speaking of its own cookies or asking the
    reader's consent, outside quotation marks (an article quoting a notice is content)."""
    return _notice_strength(line) == 2


def is_notice_button(line: str) -> bool:
    return line.strip(" .:!|>»›→").casefold() in _BUTTONS


# an aggregator's note under a copy ('Xem nguồn · Nội dung được tổng hợp tự động từ An ninh Hải Phòng. Báo Mới
# không chịu trách nhiệm về nội dung.'): the aggregator's, not the article's
_AGGREGATOR_NOTE = re.compile(
    r"(?:được\s+tổng\s+hợp\s+tự\s+động|(?:tổng\s+hợp|nguồn|trang\s+gốc|bài\s+gốc).{0,120}\bkhông\s+chịu\s+trách\s+"
    r"nhiệm\s+về\s+nội\s+dung|automatically\s+aggregated)", re.IGNORECASE)


def is_chrome_line(line: str) -> bool:
    """True for a line that is only share/print/comment/view-count chrome or stray symbols, or an aggregator's
    note on where a copy comes from."""
    text = line.strip(" |·•:-–")
    if not text:
        return True
    if len(text) <= 250 and ("ổng" in text or "ÔNG" in text or "utomatic" in text) and _AGGREGATOR_NOTE.search(text):
        return True
    if len(text) > 200:
        return False
    n = len(text)
    if n <= _SHORT_CHROME and (_CHROME.match(text) or _CHROME_SEQUENCE.match(text)
                               or (n <= 12 and _SYMBOLS_ONLY.match(text))
                               or (text[0].isdigit() and _PLAYER_TIME.match(text))
                               or (text[0] in _CREDIT_FIRST and _PHOTO_CREDIT.match(text))):
        return True
    colon = ":" in text
    if (colon and text[0] in _TAGS_FIRST and TAGS_LINE.match(text)) or is_navigation_line(text):
        return True
    # a bar of chrome items: "Lượt xem: 1.234 | Bình luận: 3", "Chia sẻ: Facebook | Zalo | Email"
    if n <= 120 and (colon or "|" in text or "·" in text or "•" in text) and _BAR.search(text):
        parts = [p for p in _BAR_SPLIT.split(text) if p.strip(" :")]
        return len(parts) >= 2 and all(_CHROME.match(p.strip(" :")) for p in parts)
    return False


MAX_TAG_WORDS = 6


def split_tags(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """Paragraphs without the keyword list, and its keywords: ``Từ khóa: a, b`` on one line, or a
    ``Tags:`` label followed by one short keyword a line."""
    rest: list[str] = []
    tags: list[str] = []
    i = 0
    while i < len(paragraphs):
        line = paragraphs[i]
        if line[:1] not in _TAGS_FIRST or len(line) > 300:
            rest.append(line)
            i += 1
            continue
        m = TAGS_LINE.match(line)
        if m:
            tags.extend(t for t in (t.strip(" .") for t in re.split(r"\s*[,;|#]\s*", m.group("tags"))) if t)
            i += 1
            continue
        if TAGS_LABEL.match(line):
            i += 1
            while i < len(paragraphs) and _is_tag(paragraphs[i]):
                tags.append(paragraphs[i].strip(" #,;."))
                i += 1
            continue
        rest.append(line)
        i += 1
    return rest, tags


def _is_tag(line: str) -> bool:
    text = line.strip(" #,;")
    return (0 < len(text.split()) <= MAX_TAG_WORDS and not text.endswith((".", ":", "…", "?", "!"))
            and heading_kind(text) is None
            and not re.search(r"\d{1,2}[/\-.]\d{1,2}[/\-.]\d{4}", text))


def is_footer_line(line: str) -> bool:
    """A copyright or licence line of a site footer (``Bản quyền thuộc về …``, ``Giấy phép số …``, ``©``)."""
    return len(line) <= 300 and bool(_FOOTER.match(line.strip()))


def is_contact_line(line: str) -> bool:
    """A labelled contact line (``Địa chỉ: …``, ``Điện thoại: …``, ``Email: …``): chrome only in a footer."""
    return len(line) <= 200 and bool(_CONTACT.match(line.strip()))


def footer_start(paragraphs: list[str]) -> int:
    """Index where the site footer at the end begins: the trailing run of copyright, licence and contact
    lines that holds at least one copyright or licence line (contact lines alone can be article text)."""
    start = len(paragraphs)
    strong = False
    for i in range(len(paragraphs) - 1, -1, -1):
        line = paragraphs[i]
        if is_footer_line(line):
            strong, start = True, i
        elif is_contact_line(line) or is_chrome_line(line) or is_notice_button(line) or _PUBLICATION.match(line):
            start = i
        else:
            break
    return start if strong else len(paragraphs)


def remove_notices(paragraphs: list[str]) -> list[str]:
    """Paragraphs without cookie notices and the buttons next to them, wherever they stand."""
    drop: set[int] = set()
    for i, line in enumerate(paragraphs):
        strength = 0 if i in drop else _notice_strength(line)
        if strength == 1:
            near = [paragraphs[j] for j in (i - 1, i + 1) if 0 <= j < len(paragraphs)]
            strength = 2 if any(is_notice_button(n) for n in near) else 0
        if strength < 2:
            continue
        drop.add(i)
        for step in (1, -1):  # buttons right after (or right before) the notice
            j = i + step
            while 0 <= j < len(paragraphs) and (is_notice_button(paragraphs[j]) or _is_counter(paragraphs[j])):
                drop.add(j)
                j += step
    if drop:
        # a dump can print a notice's buttons apart from its text, at the very start or end of the page
        for edge in (range(len(paragraphs)), range(len(paragraphs) - 1, -1, -1)):
            for j in edge:
                if j not in drop and not is_notice_button(paragraphs[j]):
                    break
                drop.add(j)
    return [p for i, p in enumerate(paragraphs) if i not in drop]


_NUMBERS_ONLY = re.compile(r"[\d\s.,]+")


def _is_counter(line: str) -> bool:
    return bool(_NUMBERS_ONLY.fullmatch(line))


# a column's standing invitation closing it ('Bạn đọc có thắc mắc về pháp luật xin gửi câu hỏi về hộp thư
# hoidapphapluat@anhp.vn…'): the column's, under every answer, not the article's
_INVITATION = re.compile(r"^(?:mời\s+)?(?:bạn\s+đọc|độc\s+giả|quý\s+(?:vị|độc\s+giả))\b.{0,120}?\bgửi\b.{0,160}?"
                         r"(?:@|hộp\s+thư|e-?mail|đường\s+dây\s+nóng|hotline)", re.IGNORECASE)


# a note of where the article's information came from, under it ('Bài viết có sử dụng thông tin từ Báo Công an nhân
# dân'): not the article's text, and no credit of a copy (the paper is no source of the article)
_INFORMATION_NOTE = re.compile(r"^\(?(?:bài\s+viết|bài|tin)\s+(?:có\s+)?sử\s+dụng\s+(?:các\s+)?"
                               r"(?:thông\s+tin|tư\s+liệu|tài\s+liệu|nguồn\s+tin|số\s+liệu|hình\s+ảnh)\b[^.]{0,100}\.?\)?$",
                               re.IGNORECASE)


def is_reader_invitation(line: str) -> bool:
    """A standing invitation to the readers to write in, with the address (`_INVITATION`)."""
    return len(line) <= 300 and _INVITATION.match(line) is not None


def is_information_note(line: str) -> bool:
    """A note of the sources of the article's information closing it (`_INFORMATION_NOTE`)."""
    return len(line) <= 160 and _INFORMATION_NOTE.match(line) is not None


def remove_chrome(paragraphs: list[str]) -> list[str]:
    """Paragraphs without notices (with their buttons), share/print/comment chrome lines, and a column's
    invitation to write in or a note of the information's sources closing them."""
    kept = remove_notices(paragraphs)
    kept = kept[:footer_start(kept)]
    while kept and (is_reader_invitation(kept[-1]) or is_information_note(kept[-1])):
        kept.pop()
    return [p for p in kept if not is_chrome_line(p)]
