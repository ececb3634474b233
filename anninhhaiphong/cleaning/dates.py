"""Vietnamese news dates to ISO 8601 with an offset (local time is Asia/Ho_Chi_Minh, +07:00).

Formats seen (SITE.md): ``18:31 12/06/2022`` · ``Thứ Năm, 01/01/2026 12:32 GMT+7`` ·
``TTXVN| 16/01/2021 13:54`` · ``T.C | 27/07/2020 - 15:15`` · ``Chủ nhật, 02/04/2023 | 18:03:33`` ·
``18:21, 19/05/2024`` · ``17:52 13-12-2018`` · ``Cập nhật: 20-02-2024 | 08:34:05`` ·
``Thứ Năm, ngày 24 tháng 8 năm 2017 - 8:9`` · ISO 8601. A date with no time is local midnight.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from typing import NamedTuple

LOCAL_TZ = timezone(timedelta(hours=7))
ISO_WITH_OFFSET = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$")

_DMY = r"(?P<d>\d{1,2})\s?(?P<sep>[/.\-])\s?(?P<m>\d{1,2})(?P=sep)\s?(?P<y>(?:19|20)\d{2})(?!\d)"
_WORDY = r"ngày\s+(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})\s+năm\s+(?P<y2>(?:19|20)\d{2})"
_ISO = (r"(?P<iy>(?:19|20)\d{2})-(?P<im>\d{2})-(?P<id>\d{2})"
        r"(?:[T ](?P<iH>\d{2}):(?P<iM>\d{2})(?::(?P<iS>\d{2})(?:\.\d+)?)?"
        r"\s?(?P<itz>Z|[+-]\d{2}:?\d{2})?)?")
# (SA/CH: sáng/chiều, the Vietnamese AM/PM of a .NET portal: '18/09/2019 3:07:42 CH')
_TIME = r"(?P<H>\d{1,2})(?:[:h](?P<M>\d{1,2}))(?::(?P<S>\d{2}))?(?:\s?(?P<ampm>[AaPp][Mm]|SA\b|CH\b))?"
_TZ = r"(?:\s*\(?\s*(?:GMT|UTC)\s?(?P<tz>[+-]\s?\d{1,2}(?::?\d{2})?)\s*\)?)"

_DATE = re.compile(rf"(?<![\d/.\-])(?:{_ISO}|{_DMY}|{_WORDY})", re.IGNORECASE)
_TIME_AFTER = re.compile(rf"^(?:\s*(?:[,|\-–—]|lúc)?\s*){_TIME}(?![\d/])(?:{_TZ})?", re.IGNORECASE)
_TIME_BEFORE = re.compile(rf"(?<![\d:/])(?:{_TIME})(?:\s*(?:[,|\-–—]|ngày)?\s*)$", re.IGNORECASE)
_TZ_AFTER = re.compile(rf"^{_TZ}", re.IGNORECASE)


class DateMatch(NamedTuple):
    """A date found in text: ``iso`` with offset, ``raw`` as printed, its span, and whether a time was given
    (a named tuple: made several times a page, and a frozen dataclass costs three times as much)."""

    iso: str
    raw: str
    start: int
    end: int
    has_time: bool

    @property
    def date(self) -> datetime:
        return datetime.fromisoformat(self.iso)


def _offset(text: str | None) -> timezone:
    if not text:
        return LOCAL_TZ
    text = text.replace(" ", "")
    if text in ("Z", "z"):
        return UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours = int(digits[:2]) if len(digits) > 2 else int(digits)
    minutes = int(digits[2:]) if len(digits) > 2 else 0
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def _build(y: str, m: str, d: str, hh: str | None = None, mm: str | None = None, ss: str | None = None,
           ampm: str | None = None, tz: str | None = None) -> datetime | None:
    try:
        hour = int(hh) if hh is not None else 0
        if ampm:
            hour = hour % 12 + (12 if ampm.lower() in ("pm", "ch") else 0)
        return datetime(int(y), int(m), int(d), hour, int(mm or 0), int(ss or 0), tzinfo=_offset(tz))
    except ValueError:
        return None


def iso(dt: datetime) -> str:
    """ISO 8601 with the offset, seconds included (``2022-06-12T18:31:00+07:00``)."""
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=LOCAL_TZ)
    return dt.isoformat(timespec="seconds")


_ANCHOR_WINDOW = 100

# every date read here has a year 19xx or 20xx after a separator or "năm", or starts an ISO date: two
# fast searches rule out most texts before the date patterns, which are slow on a sentence with no date
_YEAR = re.compile(r"(?:19|20)\d\d")
_DATE_HINT = re.compile(r"[/.\-]\s*(?:19|20)\d\d|(?i:năm)\s+(?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d|\d,\s*(?:19|20)\d\d"
                        r"|(?i:tháng|thg\.?)\s+(?:\d{1,2}|\w+(?:\s\w+)?),?\s+(?:19|20)\d\d")


def may_hold_date(text: str) -> bool:
    """False when ``text`` cannot hold a date of `find_date` (or of the extraction's date pattern)."""
    return _YEAR.search(text) is not None and _DATE_HINT.search(text) is not None



def find_date(text: str, *, anchored: bool = False) -> DateMatch | None:
    """The first date in ``text`` with the time printed next to it (before or after), if any.

    With ``anchored`` the time-and-date must start the text (a dateline)."""
    if not may_hold_date(text):
        return None
    # a dateline's date starts within its first characters (after a weekday, a label or a credit)
    for m in _DATE.finditer(text, 0, min(len(text), _ANCHOR_WINDOW) if anchored else len(text)):
        start, end = m.start(), m.end()
        g = m.groupdict()
        if g["iy"]:
            dt = _build(g["iy"], g["im"], g["id"], g["iH"], g["iM"], g["iS"], None, g["itz"])
            has_time = g["iH"] is not None
            if dt and not has_time:
                after = _TIME_AFTER.match(text[end:])
                if after:
                    t = after.groupdict()
                    timed = _build(g["iy"], g["im"], g["id"], t["H"], t["M"], t["S"], t["ampm"], t["tz"])
                    if timed:
                        dt, has_time, end = timed, True, end + after.end()
        else:
            y, mo, d = (g["y"], g["m"], g["d"]) if g["y"] else (g["y2"], g["m2"], g["d2"])
            if mo.isdigit() and d.isdigit() and int(mo) > 12 >= int(d) > 0:
                mo, d = d, mo  # month first, as an English interface prints it ('05/14/2024 8:15 AM'): no doubt then
            dt = _build(y, mo, d)
            has_time = False
            if dt is None:
                continue
            after = _TIME_AFTER.match(text[end:])
            before = _TIME_BEFORE.search(text[max(0, start - 24):start])
            if after:
                t = after.groupdict()
                timed = _build(y, mo, d, t["H"], t["M"], t["S"], t["ampm"], t["tz"])
                if timed:
                    dt, has_time, end = timed, True, end + after.end()
            elif before:
                t = before.groupdict()
                timed = _build(y, mo, d, t["H"], t["M"], t["S"], t["ampm"])
                if timed:
                    dt, has_time = timed, True
                    start = start - (min(start, 24) - before.start())
                    tz = _TZ_AFTER.match(text[end:])
                    if tz:
                        timed = _build(y, mo, d, t["H"], t["M"], t["S"], t["ampm"], tz.group("tz"))
                        if timed:
                            dt, end = timed, end + tz.end()
        if dt is None:
            continue
        if anchored and text[:start].strip(" ,|-–—:") and not _is_date_prefix(text[:start]):
            return None
        if anchored:
            start = 0
        raw = text[start:end].strip(" ,|-–—")
        return DateMatch(iso(dt), raw, start, end, has_time)
    return None


_PREFIX = re.compile(
    r"^\s*(?:(?:cập nhật|đăng|ngày đăng|xuất bản|published|updated|posted)\s*(?:lúc|ngày)?\s*:?\s*)?"
    r"(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ\s+nhật|cn|t[2-7])\s*[,\-–]?\s*)?$",
    re.IGNORECASE,
)


_DAY_PREFIX = re.compile(r"^\s*ngày\s*:?\s*(?=\d)", re.IGNORECASE)

# a short credit before a bar: ``TTXVN| 16/01/2021 13:54``, ``T.C | 27/07/2020 - 15:15``
_CREDIT_PREFIX = re.compile(r"^\s*[\w.\- ]{1,30}\|\s*$")


def _is_date_prefix(text: str) -> bool:
    return bool(_PREFIX.match(text) or _CREDIT_PREFIX.match(text))


def parse_date(text: str | None) -> DateMatch | None:
    """The first date found anywhere in ``text`` (see `find_date`)."""
    if not text:
        return None
    return find_date(text)


def to_iso(text: str | None) -> str | None:
    """``text`` parsed to ISO 8601 with offset, or None."""
    m = parse_date(text)
    return m.iso if m else None


def split_dateline(line: str) -> tuple[DateMatch | None, str]:
    """A line that starts with a date (``20:18 05/12/2024 Sáng 5-12, …``): the date and what follows it.

    A line that does not start with a date gives ``(None, line)``."""
    m = find_date(line, anchored=True)
    if not m:
        day = _DAY_PREFIX.match(line)  # "Ngày 12/06/2022 lúc 18:31" alone on its line
        m = find_date(line[day.end():], anchored=True) if day else None
        if not m or line[day.end() + m.end:].strip(" ,|-–—"):  # "Ngày 12/06/2022, Công an…" is a lead
            return None, line
        m = DateMatch(m.iso, line.strip(" ,|-–—"), 0, len(line), m.has_time)
        return m, ""
    return m, line[m.end:].strip(" ,|-–—")


def normalize_iso(value: str | None) -> str | None:
    """A machine date (``2022-06-12T18:31:00Z``, ``2022-06-12``) to ISO 8601 in +07:00; None if unreadable."""
    if not value:
        return None
    if value.endswith("+07:00") and ISO_WITH_OFFSET.match(value) and value[:2] in ("19", "20"):
        try:  # already what this gives (the metadata layer writes it): checked, not rebuilt
            datetime.fromisoformat(value)
            return value
        except ValueError:
            return None
    m = find_date(value.strip(), anchored=True)
    if not m:
        return None
    dt = m.date.astimezone(LOCAL_TZ) if m.has_time else m.date
    return iso(dt)
