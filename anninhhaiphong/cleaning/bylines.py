"""Bylines: the credit line of an article parsed into authors, the publication credited, and a date.

Forms (SITE.md): ``Thái Bình – An ninh Hải Phòng 26/08/2018`` · ``(An ninh Hải Phòng 26/08/2018)`` ·
``MP`` · ``THẾ KHOA |`` · ``Hoàng Long`` · ``V. Huy`` · ``Tin và ảnh: Bình Yên`` · ``Tác giả: Tùng Nguyễn`` ·
``Theo Báo Công an nhân dân`` (a source, no author) · ``Minh Hiếu – Thu Trang`` (two authors).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from anninhhaiphong.cleaning.dates import DateMatch, parse_date

SITE_SOURCE = "An ninh Hải Phòng"  # the site's own name as a source
# publications, by their folded name -> the name to report
_SOURCES = {
    "an ninh hải phòng": SITE_SOURCE,
    "chuyên đề an ninh hải phòng": SITE_SOURCE,
    "anhp": SITE_SOURCE,
    "anhp.vn": SITE_SOURCE,
    "công an nhân dân": "Công an nhân dân",
    "cand": "Công an nhân dân",
    "cand.com.vn": "Công an nhân dân",
    "ttxvn": "TTXVN",
    "thông tấn xã việt nam": "TTXVN",
    "vnanet": "TTXVN",
    "vietnamplus": "Vietnamplus",
    "vtv": "VTV",
    "vov": "VOV",
    "vtc": "VTC",
    "antv": "ANTV",
    "nhân dân": "Nhân Dân",
    "quân đội nhân dân": "Quân đội nhân dân",
    "hải phòng": "Hải Phòng",
    "báo hải phòng": "Hải Phòng",
    "thhp": "THHP",
    "an ninh thủ đô": "An ninh Thủ đô",
    "antđ": "An ninh Thủ đô",
    "antd": "An ninh Thủ đô",
    "anninhthudo.vn": "An ninh Thủ đô",
    "an ninh thế giới": "An ninh Thế giới",
    "tuổi trẻ": "Tuổi Trẻ",
    "thanh niên": "Thanh Niên",
    "tiền phong": "Tiền Phong",
    "dân trí": "Dân trí",
    "vnexpress": "VnExpress",
    "lao động": "Lao Động",
    "người lao động": "Người Lao Động",
    "pháp luật": "Pháp luật",
    "pháp luật tp.hcm": "Pháp luật TP.HCM",
    "plo": "PLO",
    "công lý": "Công lý",
    "vietnamnet": "VietNamNet",
    "zing": "Zing",
    "chính phủ": "Chính phủ",
    "baochinhphu.vn": "Báo Chính phủ",
    "sggp": "SGGP",
    "kinh tế & đô thị": "Kinh tế & Đô thị",
    "giao thông": "Giao thông",
    "bộ công an": "Bộ Công an",
    "công an thành phố hải phòng": "Công an thành phố Hải Phòng",
    "reuters": "Reuters",
    "afp": "AFP",
    "ap": "AP",
}
_SOURCE_PREFIX = re.compile(r"^(?:báo|tạp\s+chí|đài|cổng\s+thông\s+tin(?:\s+điện\s+tử)?|trang|website)\s+",
                            re.IGNORECASE)
# (a label alone, 'Nguồn:' or 'Nguồn tin:', names no one: the name must follow it)
_CREDIT_SOURCE = re.compile(r"^(?:theo|nguồn(?:\s+tin)?+|source|trích\s+nguồn)\s*[:\-–]?\s*(?P<rest>[^\s:\-–].*)$",
                            re.IGNORECASE)
# a reprint's credit: "Bài đã đăng trên báo An ninh Hải Phòng (ngày …, số …)" (the date already cut out)
_REPRINT = re.compile(r"^(?:bài(?:\s+viết)?|tin)\s+(?:đã\s+)?(?:được\s+)?(?:đăng|in)(?:\s+tải)?\s+(?:trên|tại)\s+"
                      r"(?P<rest>.+?)(?:\s+(?:ngày|số|số\s+ra)\b.*)?$", re.IGNORECASE)
_CREDIT_AUTHOR = re.compile(
    r"^(?:tin\s+và\s+ảnh|tin\s*[,/]\s*ảnh|tin\s+ảnh|bài\s+và\s+ảnh|bài\s*[,/]\s*ảnh|bài\s+ảnh|bài|tin|tác\s+giả|"
    r"tác\s+giả\s+bài\s+viết|phóng\s+viên|nhóm\s+phóng\s+viên|thực\s+hiện|ghi\s+chép|người\s+viết|"
    r"by|author|written\s+by|ảnh)\s*[:\-–]\s*(?P<rest>.+)$",  # "Ảnh: Thế Khoa" credits a photo story's author
    re.IGNORECASE,
)
# "PV Hải Nam", "Phóng viên Thu Hà": the reporter's title before the name, no colon; a lawyer signing an answer
# ("Luật sư Trần Minh Đức"), a doctor of law ("ThS. Lê Hà")
_NAME_TITLES = (r"PV|P\.V\.?|CTV|Phóng\s+viên|Luật\s+sư|LS\.|Thạc\s+sĩ|ThS\.|Tiến\s+sĩ|TS\.|"
                # a police officer's rank ('Thượng tá Trần Quang Hưng')
                r"(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy|uý)|Binh\s+nhất|Binh\s+nhì|Hạ\s+sĩ")
_REPORTER_PREFIX = re.compile(rf"^(?:{_NAME_TITLES})"
                              r"\s+(?P<rest>[A-ZĐÀ-Ỹ][^:]{1,60})$")  # (the name and a unit after it)
# "Bởi Ngọc Mai", and an English page's "By Nguyen Lan"
_CREDIT_BY = re.compile(r"^(?:(?:(?:viết|đăng|gửi)\s+)?bởi|(?:written\s+|posted\s+)?by)\s*:?\s+(?P<rest>.+)$",
                        re.IGNORECASE)
# a role after the name: "MINH HIẾU (thực hiện)", "Thu Hà (tổng hợp)"
_ROLE_SUFFIX = re.compile(r"\s*\((?:thực\s+hiện|ghi|ghi\s+chép|tổng\s+hợp|lược\s+dịch|biên\s+dịch|dịch|"
                          r"sưu\s+tầm|st|biên\s+soạn|ctv|cộng\s+tác\s+viên|pv|phóng\s+viên|tts)\)\s*$",
                          re.IGNORECASE)
# a team credited as one: "Nhóm phóng viên", "Nhóm PV Pháp luật", "Ban Biên tập"
_TEAM = re.compile(r"^(?:nhóm|tổ|ban)\s+(?:phóng\s+viên|pv|ptv|p\.v|biên\s+tập|thực\s+hiện|tác\s+giả)"
                   r"(?:\s+[^\W\d_]+){0,6}\.?$", re.IGNORECASE)
_SEPARATORS = re.compile(r"\s+[–—\-]\s+|\s*[,;&]\s+|\s*/\s*|\s+và\s+")
# the author's unit after the name: "Văn Thành - Công an huyện Vĩnh Bảo" (an affiliation, not a publication)
_AFFILIATION = re.compile(r"^(?:công\s+an|ca|cah|caq|phòng|đội|đồn|trạm|bộ\s+chỉ\s+huy|bộ\s+đội|ubnd|trung\s+tâm|"
                          r"viện|trường|sở|ban|hội|cục|chi\s+cục|tòa\s+án|viện\s+kiểm\s+sát|vks|tand|"
                          r"đoàn\s+luật\s+sư|văn\s+phòng\s+luật|công\s+ty\s+luật)\b"
                          r"[^.!?:;]{0,60}$", re.IGNORECASE)
_PARENS = re.compile(r"^\((?P<inner>[^()]+)\)$")
_TRAILING_SOURCE = re.compile(r"^(?P<names>.+?)\s*\((?:theo\s+)?(?P<src>[^()]+)\)$", re.IGNORECASE)
_INITIALS = re.compile(r"^(?:[A-ZĐÂĂÊÔƠƯ]\.){1,4}[A-ZĐÂĂÊÔƠƯ]?\.?$|^[A-ZĐ]{1,4}$")
# an initial glued to a name: "Q.Anh", "N.Hải", "T.T.Hà"
_INITIAL_NAME = re.compile(r"^(?:[A-ZĐÂĂÊÔƠƯ]\.){1,3}[A-ZĐÂĂÊÔƠƯÀ-Ỹ][^\W\d_]+$")
_WORD = re.compile(r"^[^\W\d_][^\W\d_'’\-]*(?:[\-'’][^\W\d_]+)*\.?$")
MAX_BYLINE_CHARS = 90


@dataclass
class Byline:
    """A parsed credit line: ``authors`` as ``(name, nameRaw)`` pairs, the ``source``, a date and the raw line."""

    raw: str
    authors: list[tuple[str, str]] = field(default_factory=list)
    source: str | None = None
    date: DateMatch | None = None


def is_team(text: str) -> bool:
    """A team credited as one ('Nhóm PV', 'Nhóm phóng viên Pháp luật', 'Ban Biên tập'): a credit, but no person."""
    return _TEAM.match(text.strip()) is not None


def known_source(text: str) -> str | None:
    """The publication named by ``text`` (``Báo Công an nhân dân`` gives ``Công an nhân dân``), else None."""
    key = text.strip(" .()").casefold()
    if key in _SOURCES:
        return _SOURCES[key]
    stripped = _SOURCE_PREFIX.sub("", key)
    if stripped != key:
        return _SOURCES.get(stripped) or _SOURCE_PREFIX.sub("", text.strip(" .()"))
    if re.fullmatch(r"[\w.\-]+\.(?:vn|com|net|org)", key):
        return text.strip(" .()")
    return None


_PUBLICATION_PREFIX = re.compile(
    r"^(?:chuyên\s+đề(?:\s+của)?|báo|tạp\s+chí|đài|cổng\s+thông\s+tin(?:\s+điện\s+tử)?)\s+", re.IGNORECASE)


def is_affiliation(text: str) -> bool:
    """The author's unit printed on its own (``Công an quận Lê Chân``): part of a byline, not a name."""
    return len(text) <= 70 and bool(_AFFILIATION.match(text.strip(" ()"))) and len(text.split()) <= 8


def is_publication_name(text: str) -> bool:
    """A line naming a known publication only (``Chuyên đề An ninh Hải Phòng``, ``Báo Công an nhân dân``,
    ``AN NINH HẢI PHÒNG``): a site banner, not a headline."""
    key = text.strip(" .()|").casefold()
    while True:
        if key in _SOURCES:
            return True
        stripped = _PUBLICATION_PREFIX.sub("", key)
        if stripped == key:
            return False
        key = stripped


# a weekday printed before a date ("Thứ Năm, 14/03/2024") is not a person
_WEEKDAY = re.compile(r"^(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)$", re.IGNORECASE)


# credits that name no one ("Ảnh: Internet", "Ảnh: Tư liệu")
_NO_ONE = frozenset({"internet", "tư liệu", "sưu tầm", "minh họa", "minh hoạ", "st", "file", "archive"})


def is_name(text: str) -> bool:
    """A person's name as printed in a byline: 1 to 5 capitalised words or initials (``MP``, ``V. Huy``)."""
    words = text.split()
    if not 1 <= len(words) <= 5 or len(text) > 40 or _WEEKDAY.match(text) or text.casefold() in _NO_ONE:
        return False
    for w in words:
        if _INITIALS.match(w) or _INITIAL_NAME.match(w):
            continue
        if not (_WORD.match(w) and w[0].isupper()):
            return False
    return True


# abbreviations kept in capitals when an all-capitals credit is title-cased ('NHÓM PV' gives 'Nhóm PV')
_ABBREVIATIONS = frozenset({"PV", "CTV", "PTV", "BTV", "TTXVN", "ANHP", "CAND", "ANTĐ", "CATP", "CAHP"})


def display_name(raw: str) -> str:
    """A name for display: an all-capitals name is title-cased (``THẾ KHOA`` gives ``Thế Khoa``), initials and
    abbreviations kept."""
    words = raw.split()
    if raw.upper() == raw and any(len(w.strip(".")) >= 3 and "." not in w for w in words):
        return " ".join(w if _INITIALS.match(w) and "." in w or w in _ABBREVIATIONS else w.capitalize()
                        for w in words)
    return raw


_BULLETS = re.compile(r"^[\-–—*•]+\s*|\s*[\-–—*•|]+$")


def _clean(line: str) -> str:
    line = line.strip().strip("|").strip()
    line = _BULLETS.sub("", line)
    return line.strip()


def parse_byline(line: str) -> Byline | None:
    """The byline in ``line``, or None when the line is not one."""
    text = _clean(line)
    if not text or len(text) > MAX_BYLINE_CHARS:
        return None
    m = _PARENS.match(text)
    if m:
        text = m.group("inner").strip()
    date = parse_date(text)
    if date:
        text = _clean((text[: date.start] + " " + text[date.end:]).strip())
        text = re.sub(r"\s*[,\-–—]\s*$", "", text).strip()
    byline = Byline(raw=_clean(line), date=date)
    if not text:
        return byline if date and m else None

    if (paper := _SOURCE_AFTER_SLASH.match(text)) is not None and (src := known_source(paper.group("src"))):
        # the paper after a slash closing credits by role ('Bài: Thu Hằng – Ảnh: Đức Anh / An ninh Hải Phòng')
        if (roles := _role_credits(paper.group("rest"))):
            byline.authors, byline.source = roles, src
            return byline
    roles = _role_credits(text)
    if roles is not None:  # "Nội dung: Minh Hiếu · Ảnh: Thế Khoa · Thiết kế: Lan Anh"
        byline.authors = roles
        return byline if roles else None
    # one role naming its author; the role is read first (a cheap gate: `role_line` parses the names)
    single = _ROLE.match(text)
    if single and _AUTHOR_ROLE.match(" ".join(single.group("role").split())) and not _CREDIT_AUTHOR.match(text) \
            and (one := role_line(text)):
        byline.authors = one  # one role naming its author ('Tư vấn: Luật sư Nguyễn Văn Thắng – Đoàn Luật sư …')
        return byline

    credit = _CREDIT_SOURCE.match(text)
    if credit:
        rest = credit.group("rest").strip(" .")
        inner = parse_byline(rest) if not known_source(rest) else None
        if inner is not None and inner.authors and inner.source:  # "Theo Thanh Hà (CAND)": her, from CAND
            byline.authors, byline.source = inner.authors, inner.source
            byline.date = byline.date or inner.date
            return byline
        byline.source = known_source(rest) or rest
        return byline if len(rest.split()) <= 8 else None

    reprint = _REPRINT.match(text)
    if reprint and (src := known_source(reprint.group("rest").strip(" ."))):
        byline.source = src  # "Bài đã đăng trên báo An ninh Hải Phòng ngày 20-6-2025": printed there first
        return byline

    credit = _CREDIT_AUTHOR.match(text) or _CREDIT_BY.match(text) or _REPORTER_PREFIX.match(text)
    prefixed = credit is not None
    if credit:
        text = credit.group("rest").strip()
    text = _ROLE_SUFFIX.sub("", text)
    trailing = _TRAILING_SOURCE.match(text)
    if trailing and known_source(trailing.group("src")):
        byline.source = known_source(trailing.group("src"))
        text = trailing.group("names").strip()
    elif trailing and _AFFILIATION.match(trailing.group("src")) and is_name(trailing.group("names").strip()):
        text = trailing.group("names").strip()  # "Văn Thành (Công an huyện Vĩnh Bảo)"

    if _TEAM.match(text):
        byline.authors.append((display_name(text), text))
        return byline
    for part in _SEPARATORS.split(text):
        part = _ROLE_SUFFIX.sub("", part)
        part = part.strip(" .,") if not re.search(r"\b\w\.$", part.strip()) else part.strip(" ,")
        if not part:
            continue
        theo = _CREDIT_SOURCE.match(part) if byline.authors else None  # "Hà Anh – Theo Công an nhân dân"
        if theo and len(theo.group("rest").split()) <= 8:
            rest = theo.group("rest").strip(" .")
            byline.source = byline.source or known_source(rest) or rest
            continue
        part = _without_title_and_unit(part)
        src = known_source(part)
        if src and not (prefixed and is_name(part) and len(byline.authors) == 0 and " " in part and src == part):
            byline.source = byline.source or src
        elif is_name(part):
            byline.authors.append((display_name(part), part))
        elif byline.authors and _AFFILIATION.match(part) and len(part.split()) <= 8:
            continue
        else:
            return None
    if not byline.authors and not byline.source:
        return None
    if not byline.authors and not date and not prefixed and not m:
        # a lone publication name is a byline only when it stands as a credit ("(An ninh Hải Phòng)")
        return None
    return byline


_SOURCE_AFTER_SLASH = re.compile(r"^(?P<rest>.+?)\s+/\s+(?P<src>[^/]{2,40})$")
# one of several names credited, with its rank or title before it and its unit after it ('Thiếu tá Nguyễn Văn Hùng,
# Đại úy Trần Minh (Phòng PC02) – Lê Thu'): `_REPORTER_PREFIX` reads the same titles before the first name only
_PART_TITLE = re.compile(rf"^(?:{_NAME_TITLES})\s+(?=[A-ZĐÀ-Ỹ])")
_PART_UNIT = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<unit>[^()]+)\)$")


def _without_title_and_unit(part: str) -> str:
    """A credited name less its rank or title and the unit in parentheses after it, when what is left is a name."""
    unit = _PART_UNIT.match(part)
    name = unit.group("name") if unit and _AFFILIATION.match(unit.group("unit").strip()) else part
    bare = _PART_TITLE.sub("", name)
    return bare if (bare != part) and is_name(bare) else part


# a credit of several roles, one after the other: "Bài: Thu Trang - Ảnh: Quang Huy - Thiết kế: Minh Anh"
# (or nothing but a space before the next role when each sat in its own element: 'Bài: Minh Hiếu Ảnh: Đức Thắng')
_ROLE_SPLIT = re.compile(r"\s+[·|\-–—]\s+|\s*[·;]\s*|\s+(?=(?i:ảnh|video|clip|thiết\s+kế|đồ\s+họa|đồ\s+hoạ|"
                         r"trình\s+bày|biên\s+tập|quay\s+phim|dựng\s+phim)\s*:)")
_ROLE = re.compile(r"^(?P<role>[^\W\d_][^:]{0,20}?)\s*:\s*(?P<names>\S.*)$")
# (a camera operator shoots the video's pictures: its photographer, whatever else the role adds: 'Quay phim, dựng
# phim')
_AUTHOR_ROLE = re.compile(r"^(?:bài|tin|ảnh|nội\s+dung|thực\s+hiện|video|clip|phóng\s+viên|tác\s+giả|ghi\s+chép|"
                          r"tường\s+thuật|(?:bài|tin)\s*(?:,|và|/)\s*ảnh|text|photos?|words|tư\s+vấn|quay\s+phim(?:\s*(?:,|và|/)\s*\w+"
                          r"(?:\s+\w+)?)?)$", re.IGNORECASE)
# who made the page, not the story: design, graphics, layout, editing
_MAKER_ROLE = re.compile(r"^(?:thiết\s+kế|đồ\s+họa|đồ\s+hoạ|trình\s+bày|biên\s+tập|kỹ\s+thuật|kĩ\s+thuật|dựng|"
                         r"design|graphics?|editor|producer)(?:\s+(?:video|clip|phim|hình|đồ\s+họa|đồ\s+hoạ|dựng))?$",
                         re.IGNORECASE)


def _role_credits(text: str) -> list[tuple[str, str]] | None:
    """The people credited by a line of two roles or more ("Nội dung: Minh Hiếu · Ảnh: Thế Khoa · Thiết kế:
    Lan Anh"): the writers' and photographers' names (the page's designers and editors are not its authors);
    None when the line is not such a credit."""
    parts: list[str] = []
    for p in _ROLE_SPLIT.split(text):
        if not p.strip():
            continue
        if parts and not _ROLE.match(p.strip()):
            parts[-1] += f" – {p}"  # a second name of the same role ('Ảnh: Tuấn Minh – Văn Toàn')
        else:
            parts.append(p)
    matches = [_ROLE.match(p.strip()) for p in parts]
    if len(parts) < 2 or not all(matches):
        return None
    authors: list[tuple[str, str]] = []
    for m in matches:
        assert m is not None
        role, names = " ".join(m.group("role").split()), m.group("names").strip()
        if _MAKER_ROLE.match(role):
            continue
        if not _AUTHOR_ROLE.match(role):
            return None
        named = parse_byline(names)
        if named is None or not named.authors:
            return None
        authors += [a for a in named.authors if a not in authors]
    return authors


def role_line(line: str) -> list[tuple[str, str]] | None:
    """The people credited by one line of a credits box ('Ảnh: Minh Phương' gives her; 'Thiết kế: Tuấn Anh', the
    page's designer, gives no one), else None when the line is no such credit."""
    m = _ROLE.match(_clean(line))
    if m is None or len(line) > 80:
        return None
    role = " ".join(m.group("role").split())
    named = parse_byline(m.group("names").strip())
    if named is None or not named.authors:
        return None
    if _AUTHOR_ROLE.match(role):
        return named.authors
    # the page's makers ('Thiết kế', 'Dựng video'), and any other short role naming people ('Quay phim: …'): a
    # line of the credits that credits no author
    return [] if _MAKER_ROLE.match(role) or len(role.split()) <= 3 else None


def credits_by_prefix(line: str) -> bool:
    """A byline that says it is one: a credit prefix and the people credited (``Bài, ảnh: Đức Minh``, ``Tác giả:
    Tùng Nguyễn``, ``Nội dung: Minh Hiếu · Ảnh: Thế Khoa``), styled or not."""
    text = _clean(line)
    if _CREDIT_AUTHOR.match(text):
        byline = parse_byline(text)
        return byline is not None and bool(byline.authors)
    return bool(_role_credits(text) or role_line(text))  # (one role: 'Tường thuật: Hoàng Long – Thế Khoa')


# the link to the original after a credit ('Nguồn: An ninh Hải Phòng · Xem bài gốc')
_ORIGINAL_LINK = re.compile(r"\s*[·•|\-–—]?\s*(?:xem\s+)?(?:bài\s+gốc|tin\s+gốc|link\s+gốc|nguồn|bài\s+viết\s+gốc)"
                            r"\s*[»›>↗→]*$", re.IGNORECASE)


_SOURCE_HEAD = re.compile(r"^(nguồn\s*:\s*[^—–|.]{2,40}?)\s*(?:[—–|]|\s-\s|\.\s)", re.IGNORECASE)
# a republisher's note of where the piece was posted ('Bài viết đăng lúc 06:45 ngày 09/06/2025 trên An ninh Hải Phòng.
# Nội dung thuộc bản quyền …'): the publication it names
_POSTED_ON = re.compile(r"^(?:bài\s+viết|bài|tin)\s+(?:được\s+)?(?:đăng|xuất\s+bản)\s+[^.]{0,60}?\btrên\s+"
                        r"(?P<name>[^.,;:()]{2,50}?)\s*(?:[.,;]|\s(?:ngày|lúc|số)\s|$)", re.IGNORECASE)


def source_credit(line: str) -> str | None:
    """The publication of a credit line naming a known one only (``Nguồn: Báo Công an nhân dân``,
    ``(Theo TTXVN)``, ``Nguồn: An ninh Hải Phòng · Xem bài gốc``), else None: a related title such as "Theo dấu
    đường dây ma túy" is not one."""
    if (posted := _POSTED_ON.match(line)) is not None:
        name = posted.group("name")
        return known_source(name) if is_publication_name(name) else None
    if len(line) > 60 and (head := _SOURCE_HEAD.match(line)) is not None:
        line = head.group(1)  # "Nguồn: An ninh Hải Phòng — Bài viết được hiển thị lại nguyên văn …": its head
    if len(line) > 60:
        return None
    if "gốc" in line or "guồn" in line:
        line = _ORIGINAL_LINK.sub("", line) or line
    byline = parse_byline(line)
    if byline is None or byline.authors or byline.source is None:
        return None
    return byline.source if is_publication_name(byline.source) else None
