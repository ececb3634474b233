"""Related-news lists in text: headed blocks (``Tin khác``, ``Tin liên quan``, …) and the site's own
un-headed titles after the byline, split out of the body into `RelatedArticle` entries.

An entry is a title, optionally followed by a teaser ending in ``…`` and a ``dd/mm/yyyy`` date.
Site-wide widgets (``Tin mới``, ``Đọc nhiều``) are removed with their lists but give no entries.
"""

from __future__ import annotations

import re

from anninhhaiphong.cleaning.dates import find_date
from anninhhaiphong.cleaning.headings import fold_heading, heading_kind
from anninhhaiphong.items import RelatedArticle

_DATE_ONLY = re.compile(r"^[\s(]*(?:\d{1,2}:\d{2}\s*[,|\-–]?\s*)?\d{1,2}[/\-.]\d{1,2}[/\-.]\d{4}"
                        r"(?:\s*[,|\-–]?\s*\d{1,2}:\d{2}(?::\d{2})?)?[\s)]*$")
# a listed title with its date on the same line: "Tiêu đề (18/05/2024)", "Tiêu đề - 18/05/2024 10:20"
_TRAILING_DATE = re.compile(r"\s*(?:\(\s*|[\-–|·,]\s+)(?P<date>(?:\d{1,2}:\d{2}\s*[,|\-–]?\s*)?"
                            r"\d{1,2}[/\-.]\d{1,2}[/\-.]\d{4}(?:\s*[,|\-–]?\s*\d{1,2}:\d{2}(?::\d{2})?)?)\s*\)?$")
# a related link printed inline in the body: "Xem thêm: Tiêu đề bài khác", "Tin liên quan >> Tiêu đề"
_INLINE = re.compile(r"^(?P<label>[^:>»›|]{4,30}?)\s*(?::|>>|»|›|\|)\s*(?P<title>.+)$")
_TEASER_END = ("…", "...", "[...]", "(...)")
_SENTENCE_END = (".", ":", ";")
MAX_TITLE_CHARS = 200
MAX_TEASER_CHARS = 300


# "2 giờ trước", "3 ngày trước", "vừa xong", "2 hours ago": a listing's relative date (no date can be computed from a
# dump; a page's script prints it from an attribute the extraction reads) (or a time alone, "10:20": today's item)
RELATIVE_DATE = re.compile(r"^\s*(?:\d{1,3}\s+(?:giây|phút|giờ|tiếng|ngày|tuần|tháng|năm)\s+trước|vừa\s+xong|hôm\s+qua"
                           r"|\d{1,3}\s+(?:seconds?|minutes?|mins?|hours?|days?|weeks?)\s+ago"
                           r"|\d{1,2}:\d{2}(?::\d{2})?)\s*$", re.IGNORECASE)
# a list bullet before a listed title
_BULLET = re.compile(r"^[•·\-–—*>»›+▪■●◦]+\s*")


def is_date_only(line: str) -> bool:
    return bool(_DATE_ONLY.match(line) or RELATIVE_DATE.match(line))


def is_teaser(line: str) -> bool:
    return line.rstrip().endswith(_TEASER_END)


def is_title_like(line: str) -> bool:
    """A headline-shaped line: short, no sentence end (a question or exclamation is fine)."""
    line = line.strip()
    bare = line.rstrip("\"”’'»)]* ")
    return 0 < len(line) <= MAX_TITLE_CHARS and not bare.endswith(_SENTENCE_END) and heading_kind(line) is None


_INTERVIEW = re.compile(r"^(?:PV|P\.V|Phóng viên)\s*[.:]", re.IGNORECASE)


def is_listing_line(line: str) -> bool:
    """A line that can belong to a related list: a title, a teaser or a date (not an interview question)."""
    if _INTERVIEW.match(line):
        return False
    return is_date_only(line) or is_teaser(line) or is_title_like(line)


def is_listing_at(lines: list[str], i: int) -> bool:
    """`is_listing_line`, or a full-sentence teaser: a line between a listed title and its date."""
    line = lines[i]
    if is_listing_line(line):
        return True
    return (len(line) <= MAX_TEASER_CHARS and 0 < i < len(lines) - 1 and is_date_only(lines[i + 1])
            and is_title_like(lines[i - 1]) and not _INTERVIEW.match(line))


# what no listed title holds: an address, or a post's counts ('1.187 lượt xem', '24 bình luận')
_NO_TITLE = re.compile(r"https?://|www\.|\b(?:bài|tin|link)\s+gốc\b|\b[\w\-]+\.(?:vn|com|net|org)\b|\d[\d.,]*\s*(?:lượt\s+xem|lượt\s+thích|bình\s+luận|lượt\s+chia\s+sẻ|"
                       r"(?:views?|likes?|comments?|shares?)\b)", re.IGNORECASE)


def parse_entries(lines: list[str]) -> list[RelatedArticle]:
    """Title / teaser / date lines grouped into entries, in order. A list that opens with a date prints
    each date before its title."""
    entries: list[RelatedArticle] = []
    current: RelatedArticle | None = None
    date_first = bool(lines) and is_date_only(lines[0])
    pending: str | None = None
    for k, line in enumerate(lines):
        if is_date_only(line):
            m = find_date(line) if not RELATIVE_DATE.match(line) else None
            if date_first:
                pending = m.iso if m else None
            elif current is not None and current.datePublished is None:
                current.datePublished = m.iso if m else None
            continue
        if current is not None and current.description is None and not date_first and (
                is_teaser(line) or (not is_title_like(line) and k + 1 < len(lines) and is_date_only(lines[k + 1]))):
            current.description = line
            continue
        if date_first and current is not None and current.description is None and pending is None and (
                is_teaser(line) or not is_title_like(line)):
            current.description = line
            continue
        if _NO_TITLE.search(line) or all(w.startswith("#") for w in line.split()):
            continue  # a link printed as text ('Chi tiết: https://…'), hashtags, a post's counts: no related title
        headline, date = split_trailing_date(_BULLET.sub("", line) or line)
        current = RelatedArticle(headline=headline, datePublished=date or (pending if date_first else None))
        pending = None
        entries.append(current)
    return entries


def split_trailing_date(line: str) -> tuple[str, str | None]:
    """A listed title and the ISO date printed after it on the same line (``Tiêu đề (18/05/2024)``)."""
    m = _TRAILING_DATE.search(line) if line[-1:].isdigit() or line.endswith(")") else None
    if m and m.start() > 0:
        date = find_date(m.group("date"))
        if date is not None:
            return line[: m.start()].rstrip(" -–|·,"), date.iso
    return line, None


def inline_related(line: str) -> RelatedArticle | None:
    """The entry of an inline related link (``Xem thêm: Tiêu đề``), else None."""
    if len(line) > MAX_TITLE_CHARS + 40:
        return None
    m = _INLINE.match(line)
    if not m or heading_kind(m.group("label")) != "related":
        return None
    title = m.group("title").strip()
    if not is_title_like(title) or len(title.split()) < 3:
        return None
    headline, date = split_trailing_date(title)
    return RelatedArticle(headline=headline, datePublished=date)


def _block_end(paragraphs: list[str], start: int) -> int:
    """Index after the listing lines that begin at ``start``."""
    i = start
    while i < len(paragraphs) and is_listing_at(paragraphs, i) and heading_kind(paragraphs[i]) is None:
        i += 1
    return i


def split_headed_blocks(paragraphs: list[str]) -> tuple[list[str], list[RelatedArticle]]:
    """Body paragraphs without headed related/widget blocks, and the related entries found in them."""
    body: list[str] = []
    related: list[RelatedArticle] = []
    i = 0
    while i < len(paragraphs):
        kind = heading_kind(paragraphs[i])
        if kind is None:
            inline = inline_related(paragraphs[i]) if paragraphs[i][:1].isupper() else None
            if inline is not None:
                related.append(inline)
            else:
                body.append(paragraphs[i])
            i += 1
            continue
        end = _block_end(paragraphs, i + 1)
        if end == i + 1 and kind == "related" and fold_heading(paragraphs[i]) in ("xem thêm", "đọc thêm"):
            # "Xem thêm" alone with nothing listed after it is a link label, not a block
            i += 1
            continue
        if kind == "related":
            related.extend(parse_entries(paragraphs[i + 1:end]))
        i = end
    return body, related


def trailing_listing_start(paragraphs: list[str], after: int) -> bool:
    """True when every paragraph after index ``after`` can belong to a related list."""
    return all(is_listing_at(paragraphs, k) for k in range(after + 1, len(paragraphs)))
