"""Meaning layer: finds the parts of an article page by what they say, not by class names.

Title (h1, og:title, or the heading matching og:title), the printed date near the title, the body
container (densest paragraph text after the title), captions (figure/figcaption, caption table
cells, an italic line under an image), related blocks (under a related heading, or a list of links
to other ``-d<ID>.html`` articles; never the site-wide ``Đọc nhiều``/``Tin mới`` widgets), a marked
byline, and the body text as lines. Functions here take an lxml tree; some mutate it (documented).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from itertools import chain, islice
from urllib.parse import SplitResult, urljoin, urlsplit

from lxml import etree
from lxml.etree import _Element as HtmlElement

from anninhhaiphong.cleaning.bylines import credits_by_prefix, known_source, parse_byline, role_line, source_credit
from anninhhaiphong.cleaning.chrome import COMMENTS_HEADING, is_footer_line, is_photo_credit
from anninhhaiphong.cleaning.dates import LOCAL_TZ, may_hold_date, normalize_iso
from anninhhaiphong.cleaning.headings import FIRST_WORDS, SUGGESTION_PHRASES, heading_kind
from anninhhaiphong.cleaning.related import RELATIVE_DATE
from anninhhaiphong.items import Image, RelatedArticle
from anninhhaiphong.urls import article_id_of_path, unarchived

# --- text helpers -----------------------------------------------------------------------------

INVISIBLE_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
INVISIBLE_RE = re.compile(f"[{INVISIBLE_CHARS}]")  # removed from the page before parsing


def norm_space(text: str | None) -> str:
    if not text:
        return ""
    return " ".join(text.split())


def text_content(el: HtmlElement) -> str:
    """All the text inside an element (what lxml.html's ``text_content`` gives, for any lxml element):
    libxml2's text serialisation, a third cheaper than XPath's ``string()``."""
    return etree.tostring(el, method="text", encoding=str, with_tail=False)


# text_of (and the raw text under it) per element, valid until the tree changes: every change of a
# page's tree goes through `drop_tree` (which forgets the texts of the dropped element's ancestors),
# `strip_junk` or `forget_texts` (which forget all; a page's extraction starts with them empty)
_TEXTS: dict[HtmlElement, str] = {}
_RAW: dict[HtmlElement, str] = {}


def forget_texts() -> None:
    _TEXTS.clear()
    _RAW.clear()
    _CLASS_TOKENS.clear()
    _STYLED.clear()
    _PAGE_CSS.clear()


def _raw_text(el: HtmlElement) -> str:
    """`text_content` of an element, cached: a leaf's text, else libxml2's text serialisation of the
    subtree (one C call; no Python walk of the descendants, whose texts are often never asked for)."""
    t = _RAW.get(el)
    if t is None:
        if not isinstance(el.tag, str):
            t = ""
        elif not len(el):  # a leaf: its text (most elements)
            t = el.text or ""
        else:
            t = etree.tostring(el, method="text", encoding=str, with_tail=False)
        _RAW[el] = t
    return t


def page_text(el: HtmlElement) -> str:
    """All the text inside an element as `text_content` gives it (cached until the tree changes)."""
    return _raw_text(el)


def text_of(el: HtmlElement) -> str:
    """The element's text, whitespace folded (cached until the tree changes)."""
    t = _TEXTS.get(el)
    if t is None:
        t = _TEXTS[el] = norm_space(page_text(el))
    return t


_LABEL_TOKENS = frozenset({"label", "badge", "prefix", "kicker", "nhan", "nhanmuc"})  # ('nhãn': label)


def title_text(title: HtmlElement) -> str:
    """The title element's text, less a label opening it (a forum thread's prefix, '<span class="label">Tin tức
    </span>', a kicker in the <h1>): a short classed span before the title's own text."""
    text = text_of(title)
    last = title[-1] if len(title) else None
    if last is not None and isinstance(last.tag, str) and not len(last) and not (last.tail and last.tail.strip()) \
            and not _LABEL_TOKENS.isdisjoint(class_tokens(last)) and 0 < len(label := text_of(last)) <= 12 \
            and text.endswith(label) and len(text) > 3 * len(label):
        text = text[:-len(label)].rstrip()  # a label closing the title ('… <span class="label">(Video)</span>')
    first = next((k for k in title if isinstance(k.tag, str)), None)
    if first is None or (title.text and not title.text.isspace()) or len(first) \
            or _LABEL_TOKENS.isdisjoint(class_tokens(first)):
        return text
    label = text_of(first)
    rest = text[len(label):].strip() if text.startswith(label) else ""
    return rest if label and len(label) <= 25 and len(rest) > 2 * len(label) else text


def next_element(el: HtmlElement, preceding: bool = False) -> HtmlElement | None:
    """The element right after ``el`` (before it with ``preceding``), comments and processing instructions
    skipped."""
    return next((x for x in el.itersiblings(preceding=preceding) if isinstance(x.tag, str)), None)


def drop_tree(el: HtmlElement) -> None:
    """Remove an element and its content, keeping its tail text (lxml.html's ``drop_tree``)."""
    parent = el.getparent()
    if parent is None:
        return
    # only the texts of the element's ancestors change (its own, and its siblings', exclude tails)
    for a in el.iterancestors():
        _TEXTS.pop(a, None)
        _RAW.pop(a, None)
    if el.tail and el.tag in BLOCK_TAGS and not el.tail.isspace():
        # text after a block (a photo's <p> in <br>-separated text) starts a line of its own: a <br> keeps the
        # break the block made, where the tail joined to the text before it would run two paragraphs together
        br = etree.Element("br")
        br.tail = el.tail
        parent.replace(el, br)
        return
    if el.tail:
        previous = el.getprevious()
        if previous is None:
            parent.text = (parent.text or "") + el.tail
        else:
            previous.tail = (previous.tail or "") + el.tail
    parent.remove(el)


_NON_WORD = re.compile(r"[^\w]+")


@lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """Lower-cased, NFC, punctuation-free form used to compare titles and headings."""
    text = unicodedata.normalize("NFC", text).casefold()
    return " ".join(_NON_WORD.sub(" ", text).split())


_NO_TOKENS: frozenset[str] = frozenset()


_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


_TOKEN_SPLIT = re.compile(r"[\s_\-]+")
_PIECE_SPLIT = re.compile(r"[_\-]+")


# a generated class ('_aD-v4r', '_1pH9h'): digits and both cases in one short word, no run of more than three letters
# of one case in it, make no words ('_aD-v4r' is no 'ad'; 'Article_cat__4e' and 'newsTitle2' keep theirs)
_HASHED = re.compile(r"^(?=[^\s]*\d)(?=[^\s]*[a-z])(?=[^\s]*[A-Z])[\w\-]{3,16}$")
_LETTER_RUN = re.compile(r"[A-Z]?[a-z]+|[A-Z]+")


def _hashed(word: str) -> bool:
    return bool(_HASHED.match(word)) and max(map(len, _LETTER_RUN.findall(word)), default=0) <= 3


@lru_cache(maxsize=8192)
def _tokens(raw: str) -> frozenset[str]:
    if any(c.isdigit() for c in raw):
        raw = " ".join(w for w in raw.split() if not _hashed(w))
    low = raw.lower()
    words = low.split()
    found = frozenset(_TOKEN_SPLIT.split(low)) | {w.replace("-", "").replace("_", "") for w in words} - {""}
    if _CAMEL.search(raw):  # an old CMS's camelCase classes: 'tdSapo', 'newsTitle' also give 'sapo', 'title'
        found |= _camel_words(raw)
    return found


_STATE_WORDS = frozenset({"with", "has", "no", "without", "is"})


def _camel_words(raw: str) -> frozenset[str]:
    """The words of the camelCase parts of classes, but not of a script's hook ('js-replyNewMessageContainer' is
    no reply) nor of a state ('p-body-main--withSidebar': the main column, beside a sidebar)."""
    words: set[str] = set()
    for cls in raw.split():
        if cls[:3].lower() == "js-" or not _CAMEL.search(cls):
            continue
        for piece in _PIECE_SPLIT.split(cls):
            parts = _CAMEL.sub(" ", piece).lower().split()
            if len(parts) > 1 and parts[0] not in _STATE_WORDS:
                words.update(parts)
    return frozenset(words)


# class_tokens per element, for the page being extracted (nothing here changes an attribute; emptied
# with the texts by `forget_texts`/`strip_junk`)
_CLASS_TOKENS: dict[HtmlElement, frozenset[str]] = {}


def class_tokens(el: HtmlElement) -> frozenset[str]:
    """The words of an element's class and id (split on spaces, ``-`` and ``_``), lower case."""
    t = _CLASS_TOKENS.get(el)
    if t is None:
        c, i = el.get("class"), el.get("id")
        t = _CLASS_TOKENS[el] = _tokens(f"{c or ''} {i or ''}") if c or i else _NO_TOKENS
    return t


@dataclass
class Marks:
    """What `read_marks` gathers in its one pass over a page."""

    by_class: dict[str, list[HtmlElement]]      # the given raw classes -> elements, in document order
    by_id: dict[str, list[HtmlElement]]
    by_itemprop: dict[str, list[HtmlElement]]
    bylines: list[HtmlElement]                  # elements marked as a byline (see `find_marked_byline`)
    authored: list[HtmlElement]                 # elements of any tag with an author class or id
    titled: list[HtmlElement]                   # lists and blocks with a title or aria-label (`find_blocks`)
    crumbs: list[HtmlElement]                   # blocks marked as a breadcrumb trail (class or aria-label)


BYLINE_TAGS = frozenset({"span", "div", "p", "a", "strong", "b", "address", "em", "small", "li", "h3", "h4"})


def read_marks(order: list[HtmlElement], classes: frozenset[str] | set[str] = frozenset(),
               ids: frozenset[str] | set[str] = frozenset(), props: frozenset[str] | set[str] = frozenset()) -> Marks:
    """One pass over a page's elements (``order``: ``root.iter()``) reading their class, id and itemprop once:
    every element's `class_tokens` (kept for the page), the elements with one of the raw ``classes``,
    ``ids`` or ``props`` (a layout's selectors), and the elements marked as a byline (author class,
    ``rel=author``, ``itemprop=author``). Each of these used to be its own walk over the page."""
    tokens_of = _CLASS_TOKENS
    by_class: dict[str, list[HtmlElement]] = {}
    by_id: dict[str, list[HtmlElement]] = {}
    by_itemprop: dict[str, list[HtmlElement]] = {}
    bylines: list[HtmlElement] = []
    authored: list[HtmlElement] = []
    titled: list[HtmlElement] = []
    crumbs: list[HtmlElement] = []
    for el in order:
        tag = el.tag
        if not isinstance(tag, str):
            continue
        keys = el.keys()  # one call; most elements have no attribute, or only href/src
        if not keys:
            if tag == "address":  # HTML's element for the author's credit (Facebook Instant Articles)
                bylines.append(el)
                authored.append(el)
            continue
        get = el.get
        c = get("class") if "class" in keys else None
        i = get("id") if "id" in keys else None
        t = _NO_TOKENS
        if c or i:
            t = tokens_of[el] = _tokens(f"{c or ''} {i or ''}")
            if not AUTHOR_TOKENS.isdisjoint(t):
                authored.append(el)
            if c and classes:
                for token in c.split():
                    if token in classes:
                        by_class.setdefault(token, []).append(el)
            if i in ids:
                by_id.setdefault(i, []).append(el)
        prop = get("itemprop") if "itemprop" in keys else None
        if prop is not None and prop in props:
            by_itemprop.setdefault(prop, []).append(el)
        if tag == "address" and AUTHOR_TOKENS.isdisjoint(t):
            authored.append(el)  # (an author-classed one is in already)
        if tag in BYLINE_TAGS and (not AUTHOR_TOKENS.isdisjoint(t) or prop == "author" or tag == "address"
                                   or "rel" in keys and get("rel") == "author"):
            bylines.append(el)
        if ("title" in keys or "aria-label" in keys) and tag in _TITLED_TAGS:
            titled.append(el)
        if tag in _CRUMB_TAGS and (not CRUMB_TOKENS.isdisjoint(t)
                                   or "aria-label" in keys and (get("aria-label") or "").lower() == "breadcrumb"):
            crumbs.append(el)
    return Marks(by_class, by_id, by_itemprop, bylines, authored, titled, crumbs)


CRUMB_TOKENS = frozenset({"breadcrumb", "breadcrumbs", "crumbs", "duongdan"})  # ("đường dẫn": the path)
_CRUMB_TAGS = frozenset({"ol", "ul", "div", "nav", "p"})


# --- dates ------------------------------------------------------------------------------------

_T = r"(?P<{0}h>\d{{1,2}})\s*[:hg]\s*(?P<{0}m>\d{{1,2}})(?::(?P<{0}s>\d{{2}}))?'?"
_D = (r"(?:(?P<d>\d{1,2})\s*[/.\-]\s*(?P<mo>\d{1,2})\s*[/.\-]\s*(?P<y>(?:19|20)\d\d)"
      r"|ngày\s+(?P<d2>\d{1,2})\s+tháng\s+(?P<mo2>\d{1,2})\s+năm\s+(?P<y2>(?:19|20)\d\d))")
_WEEKDAY = r"(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|cn)\s*,?\s*(?:ngày\s+)?)?"
DATE_RE = re.compile(
    # "14:20 ngày 03/11/2023" and "14/03/2024 lúc 09:15" read their times too
    # "08:15 AM, 12/09/2014" too
    rf"(?:{_T.format('a')}(?:\s*(?P<aap>[AaPp][Mm]|SA|CH)\b)?\s*[,|\-–]?\s*(?:ngày\s+)?)?{_WEEKDAY}{_D}"
    rf"(?:\s*[,|\-–]?\s*(?:lúc\s+)?{_T.format('b')})?(?:\s*\(?\s*GMT\s*\+\s*7\)?)?",
    re.IGNORECASE,
)
_FULL_DATE_RE = re.compile(_WEEKDAY + _D, re.IGNORECASE)


@dataclass
class DateHit:
    raw: str
    iso: str | None
    has_time: bool


_AMPM = re.compile(r"\s?([AaPp][Mm]|SA|CH)\b")  # (SA/CH: sáng/chiều, Vietnamese AM/PM)


# a label of the publication time beside an update time ('Cập nhật lúc 14:05 ngày 09/11/2018 | Xuất bản: …')
# (not `_PUBLISHED_LABEL`'s bare 'đăng': searched for anywhere in the line, it would find 'Người đăng', 'đăng ký')
_PUBLISHED_BESIDE = re.compile(r"(?:xuất bản|ngày đăng|đăng lúc|đăng ngày|published|posted)\s*(?:lúc|ngày|on|at)?"
                               r"\s*:?\s*", re.IGNORECASE)


def find_date(text: str) -> DateHit | None:
    """The first printed date (with its time when printed next to it) in a short text; the publication's
    where the text prints an update time first."""
    if ("ập nhật" in text or "pdated" in text) and (label := _PUBLISHED_BESIDE.search(text)) is not None \
            and (published := _find_date(text[label.end():])) is not None:
        return published
    return _find_date(text)


def _find_date(text: str) -> DateHit | None:
    if not may_hold_date(text):
        return _short_year(text) if "/" in text and ":" in text else None
    for m in DATE_RE.finditer(text):
        d = int(m.group("d") or m.group("d2"))
        mo = int(m.group("mo") or m.group("mo2"))
        y = int(m.group("y") or m.group("y2"))
        p = "a" if m.group("ah") else "b" if m.group("bh") else None
        h = mi = s = 0
        if p:
            h, mi, s = int(m.group(p + "h")), int(m.group(p + "m")), int(m.group(p + "s") or 0)
            if h > 23 or mi > 59 or s > 59:
                p, h, mi, s = None, 0, 0, 0
        if 12 < mo <= 31 and 1 <= d <= 12:
            d, mo = mo, d  # month first, as an English interface prints it ('05/14/2024 8:15 AM'): no doubt then
        if not (1 <= d <= 31 and 1 <= mo <= 12):
            continue
        start, end = m.span()
        if p == "b" and (ampm := _AMPM.match(text, end)) is not None and 1 <= h <= 12:
            h = h % 12 + (12 if ampm.group(1).lower() in ("pm", "ch") else 0)  # "17/06/2025 | 02:45 PM"
            end = ampm.end()
        elif p == "a" and m.group("aap") and 1 <= h <= 12:
            h = h % 12 + (12 if m.group("aap").lower() in ("pm", "ch") else 0)  # "08:15 AM, 12/09/2014"
        if not p:  # the optional time groups may have eaten nothing useful: keep the date only
            sub = _FULL_DATE_RE.search(text, start)
            if sub:
                start, end = sub.span()
        raw = text[start:end].strip(" ,|-–")
        iso = f"{y:04d}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}+07:00"
        return DateHit(raw=raw, iso=iso, has_time=p is not None)
    m = _MONTH_NAME_DATE.search(text)  # WordPress in Vietnamese: "Tháng Tám 5, 2025"
    if m:
        name = " ".join(m.group("mo").lower().split())
        month = int(name) if name.isdigit() else _MONTH_NAMES.get(name)
        d, y = int(m.group("d")), int(m.group("y"))
        if month and 1 <= month <= 12 and 1 <= d <= 31:
            return DateHit(raw=m.group(0), iso=f"{y:04d}-{month:02d}-{d:02d}T00:00:00+07:00", has_time=False)
    m = _ENGLISH_DATE.search(text)  # an English page: "March 1, 2025", "Monday, March 3, 2025 - 09:12 AM"
    if m:
        month, d, y = _ENGLISH_MONTHS[m.group("mo").lower()[:3]], int(m.group("d")), int(m.group("y"))
        h = mi = 0
        if m.group("h") is not None:
            h, mi = int(m.group("h")), int(m.group("mi"))
            if m.group("ap") and 1 <= h <= 12:
                h = h % 12 + (12 if m.group("ap").lower() == "pm" else 0)
        if 1 <= d <= 31 and h <= 23 and mi <= 59:
            return DateHit(raw=m.group(0), iso=f"{y:04d}-{month:02d}-{d:02d}T{h:02d}:{mi:02d}:00+07:00",
                           has_time=m.group("h") is not None)
    m = _DAY_MONTH_WORD.search(text)  # Joomla in Vietnamese: "Thứ ba, 12 Tháng 8 2025 15:26"
    if m:
        month = (m.group("mo") or m.group("name")).lower()  # ('10 tháng năm 2024' is ten months: no name then)
        d, y = int(m.group("d")), int(m.group("y"))
        mo = int(month) if month.isdigit() else _MONTH_NAMES.get(" ".join(month.split()), 0)
        h, mi = int(m.group("h") or 0), int(m.group("mi") or 0)
        if 1 <= mo <= 12 and 1 <= d <= 31 and h <= 23 and mi <= 59:
            return DateHit(raw=m.group(0), iso=f"{y:04d}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:00+07:00",
                           has_time=m.group("h") is not None)
    m = _PRINTED_ISO.search(text)  # a CMS's default format, year first: "2019-03-05", "2019-03-05 14:20"
    if m:
        y, mo, d = int(m.group("y")), int(m.group("mo")), int(m.group("d"))
        h, mi, s = int(m.group("h") or 0), int(m.group("mi") or 0), int(m.group("s") or 0)
        if 1 <= mo <= 12 and 1 <= d <= 31 and h <= 23 and mi <= 59 and s <= 59:
            return DateHit(raw=m.group(0), iso=f"{y:04d}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}+07:00",
                           has_time=m.group("h") is not None)
    return None


# ('thg': the short form, Ghost's Vietnamese dates '12 thg 6, 2025')
# the months by their names ('tháng Ba', 'tháng Mười Hai'), the longest first in a pattern
_MONTH_NAMES = {"một": 1, "giêng": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
                "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "chạp": 12}
_MONTH_NAME_WORDS = "|".join(name.replace(" ", r"\s+") for name in sorted(_MONTH_NAMES, key=len, reverse=True))
# (and the month by its name, the year after 'năm' or a comma: 'Thứ Tư, 26 tháng Ba, 2025 - 16:40', '26 tháng 3 năm
# 2025 16:40')
_DAY_MONTH_WORD = re.compile(r"\b(?P<d>\d{1,2})\s+(?:tháng|thg\.?)\s+(?:(?P<mo>\d{1,2})(?:\s+năm\s+|,?\s+)|"
                             rf"(?P<name>{_MONTH_NAME_WORDS})(?:\s+năm\s+|,\s*))"
                             r"(?P<y>(?:19|20)\d\d)"
                             r"(?:\s*[,|\-–]?\s*(?:lúc\s+)?(?P<h>\d{1,2})[:h](?P<mi>\d{2}))?", re.IGNORECASE)


def _short_year(text: str) -> DateHit | None:
    """A date with a two-digit year, printed beside a time ("Thứ tư, 07/02/18, 15:40"; alone, '5/10/25' is
    not read: a score, a ratio)."""
    m = _SHORT_YEAR.search(text)
    if m:
        d, mo, y = int(m.group("d")), int(m.group("mo")), 2000 + int(m.group("y"))
        h, mi = int(m.group("h") or m.group("h2")), int(m.group("mi") or m.group("mi2"))
        if 1 <= mo <= 12 and 1 <= d <= 31 and h <= 23 and mi <= 59:
            return DateHit(raw=m.group(0), iso=f"{y:04d}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:00+07:00", has_time=True)
    return None


_SHORT_ALONE = re.compile(r"^\(?(?P<d>\d{1,2})/(?P<mo>\d{1,2})/(?P<y>\d{2})"
                          r"(?:\s*[,|\-–]?\s*(?P<h>\d{1,2}):(?P<mi>\d{2}))?\)?$")


def _short_year_alone(text: str) -> DateHit | None:
    """A date with a two-digit year alone in an element marked as a date ('<div class="date">14/11/25</div>' under a
    listed title): the year is this century's (alone in running text '5/10/25' is not read)."""
    m = _SHORT_ALONE.match(text.strip()) if text and len(text) <= 24 else None
    if m is None:
        return None
    d, mo, y = int(m.group("d")), int(m.group("mo")), 2000 + int(m.group("y"))
    h, mi = int(m.group("h") or 0), int(m.group("mi") or 0)
    if not (1 <= mo <= 12 and 1 <= d <= 31 and h <= 23 and mi <= 59):
        return None
    return DateHit(raw=m.group(0), iso=f"{y:04d}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:00+07:00",
                   has_time=bool(m.group("h")))


_SHORT_YEAR = re.compile(r"(?:(?P<h2>\d{1,2}):(?P<mi2>\d{2})\s*[,|\-–]?\s*)?(?<![\d/.])(?P<d>\d{1,2})/(?P<mo>\d{1,2})/"
                         r"(?P<y>\d{2})(?![\d/])(?(h2)|\s*[,|\-–]?\s*(?:lúc\s+)?(?P<h>\d{1,2}):(?P<mi>\d{2}))")
_PRINTED_ISO = re.compile(r"(?<![\w/.\-])(?P<y>(?:19|20)\d\d)-(?P<mo>\d\d)-(?P<d>\d\d)"
                          r"(?:[ T](?P<h>\d\d):(?P<mi>\d\d)(?::(?P<s>\d\d))?)?(?![\w\-])")


_ENGLISH_MONTHS = {name: i for i, name in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}
_ENGLISH_DATE = re.compile(
    r"\b(?P<mo>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(?P<d>\d{1,2}),\s*(?P<y>(?:19|20)\d\d)\b"
    r"(?:\s*[,|\-–]?\s*(?:at\s+)?(?P<h>\d{1,2}):(?P<mi>\d{2})(?:\s*(?P<ap>[ap]m)\b)?)?", re.IGNORECASE)


_MONTH_NAME_DATE = re.compile(rf"\btháng\s+(?P<mo>{_MONTH_NAME_WORDS}|\d{{1,2}})\s+(?P<d>\d{{1,2}}),\s*"
                              r"(?P<y>(?:19|20)\d\d)\b", re.IGNORECASE)


# --- vocabulary -------------------------------------------------------------------------------

TAG_LABEL = re.compile(r"^(?:từ khóa|từ khoá|tags?|chủ đề|keywords?|tag)$", re.IGNORECASE)
INLINE_RELATED = re.compile(r"^(?:(?:xem thêm|đọc thêm|tin liên quan|bài liên quan)\s*[:>»\-]|>>|»|>\s)",
                            re.IGNORECASE)
COOKIE_RE = re.compile(
    r"(?:this (?:web)?site uses cookies|we use cookies|uses cookies to|cookie policy|accept (?:all )?cookies|"
    r"sử dụng cookie|chính sách cookie|chấp nhận cookie|đồng ý (?:sử dụng )?cookie)",
    re.IGNORECASE,
)
CONSENT_BUTTONS = {"đồng ý", "từ chối", "accept", "accept all", "ok", "read more", "chấp nhận", "tìm hiểu thêm",
                   "got it", "i agree", "agree", "decline", "xem thêm", "đóng", "close", "tôi đồng ý",
                   # a consent manager's dialog
                   "reject all", "allow all", "allow selection", "deny", "cookie settings", "manage preferences",
                   "accept all cookies", "chấp nhận tất cả", "từ chối tất cả", "cho phép tất cả", "tùy chỉnh",
                   "cài đặt cookie", "quản lý tùy chọn", "đồng ý và đóng"}
CHROME_TOKENS = {"share", "sharing", "tools", "toolbox", "social", "print", "comment", "comments", "binhluan", "ads",
                 "ad", "adv", "advert", "advertisement", "quangcao", "qc", "banner", "toolbar", "rating", "vote",
                 "subscribe",
                 "newsletter", "tts", "texttospeech", "audioplayer", "nghedoc",  # a read-aloud player
                 "cookie", "cookies", "consent", "gdpr", "sidebar", "widget", "menu", "navbar", "breadcrumb",
                 "breadcrumbs", "pagination", "fb", "facebook", "zalo", "twitter", "sharebar", "addthis",
                 "tags", "tag", "keywords", "keyword", "tukhoa", "relatednews", "sticky", "popup", "modal",
                 "poll", "polls", "survey", "binhchon", "khaosat", "thamdo",
                 "cate", "category", "categories", "chuyenmuc", "catname"}
# an article's own header/footer (``entry-header``, ``td-post-header``), not the site's
_ARTICLE_PART = {"entry", "post", "article", "story", "single", "detail", "item", "meta"}
SCOPE_OUT_TAGS = {"nav", "header", "footer", "aside"}
# (class words as `class_tokens` gives them: 'col-right' and 'colright' both give 'colright')
SCOPE_OUT_TOKENS = {"sidebar", "widget", "footer", "header", "menu", "navbar", "nav", "topbar", "right", "colright",
                    "sidebarright", "boxright"}
_COUNT = r"(?:[\d.,]+\s*[km]?)"
# what labels an advertisement (a block headed by one is an ad; a line saying only that is chrome)
_AD_LABELS = frozenset({"quảng cáo", "advertisement", "tài trợ", "nội dung tài trợ", "sponsored"})
_CHROME_PHRASE = (r"(?:chia sẻ(?: bài viết)?|in bài viết|in bài|in|bình luận(?:\s*\(\d*\))?|gửi bình luận|"
                  rf"(?:lượt\s+)?(?:xem|đọc|thích|chia sẻ|bình luận)\s*:?\s*{_COUNT}|"
                  rf"{_COUNT}\s*(?:lượt\s+)?(?:xem|đọc|thích|chia sẻ|bình luận)|lượt xem|"
                  r"lượt thích|share|print|facebook|zalo|twitter|email|e-mail|gửi e-?mail|tweet|like|thích|quay lại|"
                  r"về đầu trang|trở về|top|cỡ chữ|font|a\+|a-|gửi bài|gửi cho bạn bè|gửi bạn bè|lưu bài|lưu tin|"
                  r"đọc bản tiếng (?:việt|anh)|bản tiếng (?:việt|anh)|read in (?:english|vietnamese)|"
                  r"nghe đọc(?: bài viết)?|"
                  r"in trang|lên đầu trang|(?:đã )?(?:đọc|xem) \d[\d.,]* lần|"  # K2's hits ('Đọc 1342 lần')
                  r"(?:sửa|cập nhật) lần cuối(?: vào| lúc| ngày)?[\w\s,:/.\-]{0,48}?(?=\s*[|·•]|$)|"
                  + "|".join(sorted(_AD_LABELS, key=len, reverse=True)) + "|"
                  r"giọng (?:nam|nữ)(?: miền (?:bắc|trung|nam))?|"
                  r"theo dõi(?: trên google news)?|\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2}|"  # a player's time / length
                  r"xem(?: lại| tất cả)?(?: \d+)? ảnh|"  # a gallery's button ('Xem lại 8 ảnh')
                  r"xem (?:tiếp|tất cả|toàn bộ)|"  # a list's link to its section ('Xem tiếp »')
                  r"(?:xem )?(?:phiên )?bản (?:đầy đủ|web|desktop|máy tính)|"  # an AMP page's link to the full page
                  r"\d+\s*phút\s+đọc|đọc trong \d+ phút|"  # a reading time ('4 phút đọc')
                  r"(?:xem |đọc )?(?:bài viết|bài|tin|link) gốc|"  # a link to the original ('Xem bài gốc ↗')
                  r"\d{1,3}\s*/\s*\d{1,3}|"  # a slideshow's counter ('1/5')
                  r"trang\s*:?(?:\s*\d{1,3})+(?:\s*(?:tiếp|sau|next)\s*[»›>]*)?|"  # a pager ('Trang: 1 2 Tiếp »')
                  r"\d+\s*(?:giây|phút|giờ|tiếng|ngày|tuần|tháng|năm)\s+trước|vừa xong|hôm qua|"
                  r"(?:quay |trở )?(?:về|lại) (?:chuyên mục|trang chủ|đầu trang)(?: [^|·•]{1,40})?)")
CHROME_TEXT = re.compile(rf"^[^\w(]{{0,5}}(?:{_CHROME_PHRASE}\s*[^\w\s(]{{0,3}}\s*)+$", re.IGNORECASE)
AUTHOR_TOKENS = {"author", "byline", "by", "tacgia", "authorname", "author-name", "signature", "writer", "reporter",
                 "butdanh", "nguon", "source"}
LEAD_TOKENS = {"sapo", "lead", "summary", "description", "excerpt", "intro", "chapeau", "teaser",
               "standfirst", "abstract", "tomtat", "sapeau", "subtitle", "deck", "dek"}
CAPTION_TOKENS = {"caption", "figcaption", "imagecaption", "image-caption", "photo-caption", "chuthich",
                  "wp-caption-text", "desc-img", "img-desc", "note"}
BLOCK_TAGS = {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
              "blockquote", "table", "tbody", "thead", "tfoot", "tr", "pre", "figure", "figcaption", "header",
              "footer", "aside", "nav", "dl", "dt", "dd", "hr", "center", "address", "form", "fieldset", "details",
              "summary", "caption", "td", "th"}
HEADING_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
# social posts and videos embedded in a body (``div.fb-post``, ``blockquote.twitter-tweet``, ``.embed-…``)
EMBED_TOKENS = frozenset({"fbpost", "xfbml", "twittertweet", "tweet", "instagrammedia", "instagram", "tiktokembed",
                          "tiktok", "embed", "embedfb", "fbxfbmlparseignore", "zaloembed"})


@lru_cache(maxsize=4096)
def absolute(base: str, href: str) -> str:
    """``href`` made absolute against ``base`` (cached: the same links repeat on every page); a link an archive or
    Google Translate's proxy rewrote gives back the original (`unarchived`). An AMP cache's links are kept as they
    are: a saved copy from the cache gives its photos at the cache's addresses, as its fixture says."""
    url = urljoin(base, href)
    if "/web/" in url or "archive." in url or ".translate.goog" in url:
        return unarchived(url) or url
    return url


_NOT_ARTICLE_DIRS = {"tag", "tags", "author", "authors", "category", "categories", "chuyen-muc", "tim-kiem",
                     "search", "page", "tac-gia", "the", "tu-khoa", "video", "login", "dang-nhap", "feed", "rss"}
_SLUG_SPLIT = re.compile(r"[-_+]+")
_DATE_DIRS = re.compile(r"/(?:19|20)\d\d/\d{1,2}/")


_LETTER_ID = re.compile(r"[a-z]\d+")
_QUERY_ID = re.compile(r"(?:^|&)(itemid|newsid|articleid|news_id|article_id|idtin|tinid|nid|id)=(\d{2,})(?:&|$)",
                       re.IGNORECASE)
# the page that shows an article by its number ('Details.aspx', 'Default.aspx', 'chitiet.php'), not an ad's click
# counter ('/adv/click.aspx?id=21', 'quangcao.aspx?id=15')
_SCRIPT_PAGE = re.compile(r"(?:^|/)(?:details?|chi-?tiet|view\w*|news\w*|tin\w*|article\w*|default|index|baiviet|"
                          r"bai-viet|noidung|show\w*|read\w*|story|item)\.(?:aspx?|php|jsp|cfm|html?)$")
_PAGE_SUFFIX = re.compile(r"\.(?:html?|php|aspx?|shtml|chn|vnp|epi)$")
_HEX_QUERY_ID = re.compile(r"(?:^|&)id=([0-9a-f]{10,40})(?:&|$)")
_HEX_ID = re.compile(r"[0-9a-f]{10,40}")
_POST_DIRS = frozenset({"bai-viet", "baiviet", "article", "articles", "post", "posts", "news", "tin-tuc", "story",
                        "stories", "p", "a"})


def _split_link(href: str) -> SplitResult:
    """A link's address split, as resolved against the site's home page: an absolute address, or a path from
    the root without dot segments, splits as it is (what `urljoin` would give has the same path and query, at
    a tenth of its cost, the cost of most links of a page); any other is joined first."""
    if href.startswith(("http://", "https://")) or (href.startswith("/") and not href.startswith("//")
                                                        and "/." not in href):
        return urlsplit(href)
    return urlsplit(urljoin("https://anhp.vn/", href))


@lru_cache(maxsize=8192)
def href_id(href: str | None) -> str | None:
    """The identity of the article a link points to, else None: the site's ``<ID>`` for ``-d<ID>.html``,
    else (republishers, other CMSs) ``path:<path>`` when the path reads as an article's (a slug of
    several words with a numeric ID, a long slug, or a slug under ``/yyyy/mm/``), not a section, tag or
    author page."""
    if not href:
        return None
    href = href.strip()
    if href.startswith(("#", "javascript:", "mailto:", "tel:")):
        return None
    try:
        parts_of = _split_link(href)
    except ValueError:  # a broken address (an unclosed IPv6 bracket)
        return None
    if "d" in href and ".htm" in href:
        aid = article_id_of_path(parts_of.path)
        if aid:
            return aid
    path = parts_of.path.lower().rstrip("/")
    if parts_of.query and (qid := _QUERY_ID.search(parts_of.query)) is not None and _SCRIPT_PAGE.search(path) \
            and not any(w in path for w in ("/adv", "/ads", "click", "quangcao", "banner", "redirect")):
        # an old CMS's article by number: 'Details.aspx?ID=5988&CatID=12', 'Default.aspx?tabid=86&ItemID=1241'
        return f"query:{path}?{qid.group(1).lower()}={qid.group(2)}"
    if parts_of.query and path.endswith(("/article/view", "/articles/view")) \
            and (hid := _HEX_QUERY_ID.search(parts_of.query)) is not None:
        return f"query:{path}?id={hid.group(1)}"  # an app's article view by a hex ID (Zalo OA: '/article/view?id=7d2…')
    segments = [x for x in path.split("/") if x]
    if not segments or segments[0] in _NOT_ARTICLE_DIRS or (len(segments) > 1 and segments[-2] in _NOT_ARTICLE_DIRS):
        return None
    last = _PAGE_SUFFIX.sub("", segments[-1])
    if last.isdigit() and len(last) >= 5 and any(
            sum(1 for x in _SLUG_SPLIT.split(seg) if x.isalpha()) >= 4 for seg in segments[-3:-1]):
        return "path:" + path  # the ID after the slug's own segment (baomoi's '/<slug>/c/48122871.epi')
    if len(segments) > 1 and segments[-2] in _POST_DIRS and _HEX_ID.fullmatch(last) \
            and not last.isdigit() and not last.isalpha():
        return "path:" + path  # an app's article view: '/anninhhaiphong/bai-viet/a41c7e02f9b3d518' (Zalo OA)
    parts = [x for x in _SLUG_SPLIT.split(last) if x]
    words = [x for x in parts if x.isalpha()]
    numbers = [x for x in parts if x.isdigit()]
    if parts and _LETTER_ID.fullmatch(parts[-1]):
        if len(parts[-1]) <= 5 and (parts[-1][0] in "ctpsg" or len(parts[-1]) < 4):
            return None  # "-c3", "-c1234": a section's (topic's, page's) page; "-m1": a page's number ('-n4790': an ID)
        numbers.append(parts[-1][1:])  # "-i780901": an article ID after a letter (cand.com.vn)
    if (len(words) >= 4 and (any(len(n) >= 3 for n in numbers) or len(words) >= 5)) or (
            len(words) >= 2 and _DATE_DIRS.search(path + "/")):
        return "path:" + path
    return None


def is_article_link(href: str | None) -> bool:
    return href_id(href) is not None


def page_key(*urls: str | None) -> str | None:
    """The identity of the page itself (as `href_id` gives it for links), from its URL or canonical URL."""
    for url in urls:
        key = href_id(url) if url else None
        if key:
            return key
    return None


def in_scope_out(el: HtmlElement, stop: HtmlElement | None = None,
                 keep: set[HtmlElement] | frozenset[HtmlElement] = frozenset()) -> bool:
    """True inside nav/header/footer/aside or a sidebar/menu element (up to ``stop``), not counting the blocks in
    ``keep`` (the title's ancestors: a photo story's 'photo-header' holds its title, credit line and lead)."""
    for a in el.iterancestors():
        if a is stop or a.tag in ("body", "html"):  # the page's own classes name its layout ('layout-one-sidebar')
            return False
        if a in keep:
            continue
        tokens = class_tokens(a)
        hit = tokens & SCOPE_OUT_TOKENS
        if (a.tag in SCOPE_OUT_TAGS or hit) and not (hit <= {"header", "footer"} and tokens & _ARTICLE_PART) \
                and not (not hit and _articles_own(a)):
            return True
    return False


def _articles_own(el: HtmlElement) -> bool:
    """A <header> or <footer> inside an <article>: the article's own (its title, author, credits), not the site's."""
    return el.tag in ("header", "footer") and any(a.tag == "article" for a in el.iterancestors())


def _is_scope_out(el: HtmlElement) -> bool:
    """The element itself is nav/header/footer/aside or a sidebar/menu block (see `in_scope_out`)."""
    if el.tag in ("body", "html"):
        return False
    tokens = class_tokens(el)
    hit = tokens & SCOPE_OUT_TOKENS
    return (el.tag in SCOPE_OUT_TAGS or bool(hit)) and not (hit <= {"header", "footer"} and tokens & _ARTICLE_PART) \
        and not (not hit and _articles_own(el))


def _chrome_scope(el: HtmlElement, title: HtmlElement | None) -> bool:
    """The element is, or is inside, a nav/header/footer/aside or sidebar/menu block that does not hold
    the title (a column that holds the title is the article's, whatever its class says: `sidebar-1`)."""
    for a in (el, *el.iterancestors()):
        if _is_scope_out(a) and not (title is not None and (a is title or _contains(a, title))):
            return True
    return False


# --- title ------------------------------------------------------------------------------------


# a heading for screen readers only (Liferay's 'hide-accessible', Bootstrap's 'sr-only'): not the one shown
_HIDDEN_TOKENS = frozenset({"hideaccessible", "sronly", "visuallyhidden", "screenreadertext", "hidden"})


def find_title(root: HtmlElement, og_title: str | None) -> HtmlElement | None:
    """The element holding the headline: a heading equal to og:title, else the main h1."""
    heads = [h for h in root.iter("h1", "h2", "h3") if len(h) < 8 and _HIDDEN_TOKENS.isdisjoint(class_tokens(h))]
    if og_title:
        og = fold(og_title)
        # the title's part before a separator, the longer part ('Title - Cổng thông tin điện tử quận Lê Chân': a
        # site's long name after it; not 'An ninh trật tự - Title', a section's name before it)
        heads_of = {fold(og_title[:m.start()]) for m in _TITLE_SEPARATORS.finditer(og_title)
                    if m.start() >= max(10, len(og_title) - m.end())}
        best = None
        for h in heads:
            t = fold(_raw_text(h))
            if len(t) < 8:
                continue
            if t == og:
                return h
            if best is None and og.startswith(t) and (len(t) >= 0.6 * len(og) or t in heads_of):
                best = h  # og:title with the site name appended
            elif best is None and og.endswith(t) and len(t) >= 0.4 * len(og) \
                    and _TITLE_SEPARATORS.search(og_title[:len(og_title) - len(t)].rstrip() + " "):
                best = h  # og:title with a series' name before it ('Nhận diện "tín dụng đen" - Kỳ 2: …')
        if best is not None:
            return best
    for h in root.iter("h1"):
        t = text_of(h)
        if len(t) < 10 or class_tokens(h) & {"logo", "brand", "site-title"} or any(
                a.tag in ("nav", "footer", "aside") for a in h.iterancestors()):
            continue
        links = [a for a in h.iter("a")]
        if links and any((a.get("href") or "").strip() in ("/", "./", "#") for a in links):
            continue
        if re.fullmatch(r"(?:báo |chuyên đề )?an ninh hải phòng", t, re.IGNORECASE) \
                or re.match(r"(?:cổng|trang) thông tin (?:điện tử )?\w", t, re.IGNORECASE) and len(t) <= 80:
            continue  # the paper's name, a portal's ('CỔNG THÔNG TIN ĐIỆN TỬ QUẬN HỒNG BÀNG'): a banner
        if og_title and (folded := fold(t)) not in (og := fold(_TITLE_SEPARATORS.split(og_title)[0])) \
                and og not in folded:
            # an h1 that has nothing of the page's title before its separator (the portal's name in its banner,
            # which <title> ends with) gives way to an element marked as the title that is the page's title
            block = _title_block(root, og_title)
            if block is not None:
                return block
        return h
    return _title_block(root, og_title) if og_title else None


def title_text_near(root: HtmlElement, container: HtmlElement, index: dict[HtmlElement, int],
                    title: str) -> HtmlElement | None:
    """No heading and nothing marked holds the title: the last element before the body whose whole text is the
    page's title (an old table layout's '<td><font><b>Title</b></font></td>'), not a link nor in one."""
    c_index = index.get(container, 0)
    wanted = fold(title)
    if len(wanted) < 10:
        return None
    found = None
    for el in root.iter(_TITLE_HOLDERS):
        if index.get(el, c_index) >= c_index:
            break
        raw = _raw_text(el)
        if len(raw) < 10 or len(raw) > 2 * len(title) + 40 or fold(raw) != wanted:
            continue
        if next(el.iter("a"), None) is None and not any(a.tag == "a" for a in el.iterancestors()) \
                and not in_scope_out(el):
            found = el
    return found


def marked_title_near(root: HtmlElement, container: HtmlElement, index: dict[HtmlElement, int]) -> HtmlElement | None:
    """No heading holds the title and the page names no headline (a portal's <title> is its own name): the last
    element marked as a title (``<span class="ArticleTitle">``) before the body, in the block that holds the
    body, that reads as a headline (four words or more), not a link nor in a menu, header, footer or sidebar."""
    c_index = index.get(container, 0)
    block = container.getparent()
    block = block.getparent() if block is not None and block.getparent() is not None else block
    if block is None:
        return None
    found = None
    for el in block.iter(_TITLE_HOLDERS):
        if el is container:
            continue
        # before the body, or at the head of the body's own block ('<div class=NewsDetail><div class=NewsTitle>')
        if index.get(el, c_index) >= c_index + (15 if _contains(container, el) else 0):
            break
        if not _marked_title(class_tokens(el)):
            continue
        if _contains(container, el) and _after_prose(container, el):
            break  # a sub-heading inside the body ('<p class=Xen-tit>' of a print page's text frame), not its title
        t = text_of(el)
        if not 15 <= len(t) <= 250 or len(t.split()) < 4 or heading_kind(t) is not None \
                or next(el.iter("a"), None) is not None or any(a.tag == "a" for a in el.iterancestors()) \
                or in_scope_out(el) or CHROME_TEXT.match(t):
            continue
        found = el
    return found


def _after_prose(container: HtmlElement, el: HtmlElement) -> bool:
    """Text of a paragraph's length (100 characters) stands before ``el`` in ``container``."""
    for x in container.iter():
        if x is el:
            return False
        if x is not container and (x.text and len(x.text) >= 100 or x.tail and len(x.tail) >= 100):
            return True
    return False


_TITLE_SEPARATORS = re.compile(r" (?:\||-|–|—|::) ")
_TITLE_HOLDERS = ("div", "span", "p", "strong", "b", "td", "font", "h4", "h5", "h6", "header")
_TITLE_TOKENS = frozenset({"title", "tieude", "headline", "heading", "tit", "ttl"})


def _marked_title(tokens: frozenset[str]) -> bool:
    """A class or id naming a title, whole (``title``) or in a compound (``tdNewsTitle``, ``newstitle``)."""
    return not tokens.isdisjoint(_TITLE_TOKENS) or any("title" in t or "tieude" in t for t in tokens)


def _title_block(root: HtmlElement, title: str) -> HtmlElement | None:
    """No heading holds the title: the first element marked as a title (``div.title-news``) whose whole text
    is the page title, or its part before a separator (``Title - Cổng thông tin điện tử quận Lê Chân``: the
    site's name, unknown here, follows it). Not a link, nor inside a menu, header, footer or sidebar.
    (An unmarked bold cell of an old table layout is left alone: its body is found better without it.)"""
    wanted = {fold(title)}
    for m in _TITLE_SEPARATORS.finditer(title):
        head = title[:m.start()]
        if len(head) >= 10:
            wanted.add(fold(head))
    for el in root.iter(_TITLE_HOLDERS):
        raw = _raw_text(el)
        if len(raw) < 10 or len(raw) > 3 * len(title) + 40 or next(el.iter("a"), None) is not None:
            continue
        if fold(raw) in wanted and _marked_title(class_tokens(el)) and not in_scope_out(el) \
                and not any(a.tag == "a" for a in el.iterancestors()):
            return el
    return None


def _ascii_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", fold(text))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("đ", "d")


def _is_site_name(part: str, site_name: str | None, prefix: bool = False) -> bool:
    # ("Hải Phòng - …" is a title; '… - Cổng thông tin điện tử quận Lê Chân' names a portal)
    pattern = r"an ninh|anhp|\.vn" if prefix else r"an ninh|anhp|hai phong$|\.vn|^(?:cong|trang) thong tin "
    return bool(re.search(pattern, _ascii_fold(part))) or bool(site_name and fold(part) == fold(site_name))


_PRINT_LABEL = re.compile(r"^(?:in\s+bài(?:\s+viết)?|in\s+tin(?:\s+bài)?|(?:phiên\s+)?bản\s+in|in\s+trang|"
                          r"print(?: version)?)\s*[:|\-–]\s*(?=\S)", re.IGNORECASE)


def clean_title(text: str, site_name: str | None = None) -> str:
    """A page title without the site's name appended (``Title | Site``) or, on old pages, prepended, nor a
    print view's label ('In bài: Title')."""
    text = _PRINT_LABEL.sub("", norm_space(text))
    for sep in (" | ", " - ", " – ", " — "):
        if sep in text:
            head, _, tail = text.rpartition(sep)
            if len(head) > 10 and _is_site_name(tail, site_name):
                return head
            head, _, tail = text.partition(sep)
            if len(tail) > 10 and len(head) <= 30 and _is_site_name(head, site_name, prefix=True):
                return tail
    for sep in (" > ", " » ", " :: "):
        # a portal's trail in its <title>: 'Title > Section > Site' (DotNetNuke), or 'Site » Section » Title'
        parts = text.split(sep)
        if len(parts) > 1 and len(parts[0]) > 10 and _is_site_name(parts[-1], site_name):
            return parts[0]
        if len(parts) > 1 and len(parts[-1]) > 10 and _is_site_name(parts[0], site_name, prefix=True):
            return parts[-1]
    return text


# --- date near the title ----------------------------------------------------------------------


def find_date_near(order: list[HtmlElement], index: dict[HtmlElement, int],
                   title: HtmlElement | None, skip: set[HtmlElement]) -> tuple[DateHit, HtmlElement] | None:
    """The printed date in a short text near the title (after it first, then just before it)."""
    if title is None:
        return None
    ti = index.get(title, 0)
    n = len(order)
    windows = [range(ti + 1, min(n, ti + 80)), range(ti - 1, max(-1, ti - 30), -1)]
    fallback: tuple[DateHit, HtmlElement] | None = None
    updated: tuple[DateHit, HtmlElement] | None = None  # "Cập nhật: …": taken only when no other date is near
    for window in windows:
        for i in window:
            el = order[i]
            if el in skip or not isinstance(el.tag, str):
                continue
            # (a date in a tail is held by the tail's parent: '<span><i class=icon-clock></i> 15/05/2020</span>')
            parent = el.getparent()
            for txt, label_el, holder in ((el.text, el.getprevious(), el),
                                          (el.tail, el, parent if parent is not None else el)):
                own = holder is el
                if not txt or "20" not in txt and "19" not in txt:  # no year: find_date finds nothing
                    continue
                t = norm_space(txt)
                if not t or len(t) > 90:
                    continue
                hit = find_date(t)
                if hit and in_comments(el):
                    continue  # a reader's comment has its own time
                if hit and _says_updated(t, hit, label_el):
                    updated = updated or (hit, holder)
                    continue
                if hit and updated is not None:
                    # after an update date only a date labelled as the publication's is taken instead (the label
                    # may be the text before the date's element in its parent: '<span>Đăng lúc: <time>…</time>')
                    said = f"{parent.text or ''} {t}" if own and label_el is None and parent is not None else t
                    if _labelled(said, hit, label_el, _PUBLISHED_LABEL):
                        return hit, holder
                    # (or the other date of the update's own short dateline block: 'Cập nhật lúc 15:20 03/03/2025',
                    # then 'Thứ Hai, 03/03/2025, 07:45', each in its element)
                    block = updated[1].getparent()
                    if block is not None and _contains(block, holder) and len(text_of(block)) <= 200:
                        return hit, holder
                    continue
                if hit and hit.has_time:
                    return hit, holder
                if hit and fallback is None:
                    fallback = (hit, holder)
        if fallback:
            return fallback
    return fallback or updated


# attributes a script reads a date from to print it ('2 giờ trước', '14:30 09/09': no year in the text)
# (a <time datetime> is metadata's, read before any of this)
DATE_ATTRIBUTES = ("data-time", "data-date", "data-datetime", "data-published", "data-publish-date", "data-created",
                   "data-pubdate")
_ISO_DATETIME = re.compile(r"^\s*(?:19|20)\d\d-\d\d-\d\d[T ]\d\d:\d\d")


def find_attribute_date(order: list[HtmlElement], index: dict[HtmlElement, int], title: HtmlElement | None,
                        skip: set[HtmlElement]) -> tuple[str, HtmlElement] | None:
    """An ISO date and time in a date attribute (``<span data-time="2025-09-09T14:30:00+07:00">14:30 09/09
    </span>``) of the element nearest the title (up to 80 elements after it, 30 before), outside related
    blocks, widgets and comments: for a page that prints its date without the year, or only as '2 giờ trước'."""
    if title is None:
        return None
    ti = index.get(title, 0)
    n = len(order)
    nearest = sorted((i for i in range(max(0, ti - 30), min(n, ti + 80)) if i != ti), key=lambda i: abs(i - ti))
    for i in nearest:
        el = order[i]
        if el in skip or not isinstance(el.tag, str) or not el.keys():
            continue
        if (value := attribute_date(el)) is not None and not in_comments(el):
            return value, el
    return None


def attribute_date(el: HtmlElement) -> str | None:
    """The date an element carries in an attribute for a script to print: an ISO date and time in a date attribute,
    or, on an element showing a relative time ('1 giờ trước'), the epoch time in one ('data-time="1763088120"') or
    the printed date in its ``title`` ('09:42 14/11/2025'). An ISO string, else None."""
    for name in DATE_ATTRIBUTES:
        value = el.get(name)
        if value and _ISO_DATETIME.match(value):
            return value.strip()
    if not RELATIVE_DATE.match(text_of(el)):
        return None
    for name in DATE_ATTRIBUTES:
        value = (el.get(name) or "").strip()
        if value.isdigit() and len(value) in (10, 13):
            moment = datetime.fromtimestamp(int(value[:10]), LOCAL_TZ)
            if 2000 <= moment.year <= 2100:
                return moment.isoformat()
    hit = find_date(el.get("title") or "")
    return hit.iso if hit is not None and hit.has_time else None


# the words labelling an update's date (also `_UPDATE_STAMP`)
_UPDATE_WORDS = r"cập nhật|updated?|last modified|sửa đổi|chỉnh sửa"
_UPDATED_LABEL = re.compile(rf"(?:{_UPDATE_WORDS})\W*(?:lúc|ngày|at|on)?\W*$",
                            re.IGNORECASE)
_PUBLISHED_LABEL = re.compile(r"(?:ngày đăng|đăng lúc|đăng ngày|đăng|xuất bản|published|posted|ngày tạo)\W*"
                              r"(?:lúc|ngày|at|on)?\W*$", re.IGNORECASE)


def _labelled(text: str, hit: DateHit, label_el: HtmlElement | None, label: re.Pattern[str]) -> bool:
    """The date carries ``label`` in its own text (``Cập nhật: 20-02-2024 | 08:34:05``) or in the short
    element just before it (``<b>Cập nhật:</b> 20-02-2024``)."""
    before = text[:text.find(hit.raw)] if hit.raw in text else ""
    if label.search(before):
        return True
    if not before.strip() and label_el is not None and isinstance(label_el.tag, str):
        words = text_of(label_el)
        return bool(words) and len(words) <= 30 and label.search(words) is not None
    return False


def _says_updated(text: str, hit: DateHit, label_el: HtmlElement | None) -> bool:
    """The date is labelled as an update: not the publication date when the page prints that one too."""
    return _labelled(text, hit, label_el, _UPDATED_LABEL)


_DATE_TOKENS = {"date", "time", "datetime", "ngay", "thoigian", "publish", "published", "pubdate", "posted", "created",
                "updated", "timestamp", "ngaydang"}


def find_marked_date(order: list[HtmlElement], skip: set[HtmlElement]) -> tuple[DateHit, HtmlElement] | None:
    """A printed date with a time in a short element marked as a date (class/id, or ``<time>``) anywhere
    on the page, outside related blocks and site chrome: for pages that print it far from the title."""
    for el in order:
        if not isinstance(el.tag, str) or el in skip or not (el.tag == "time" or class_tokens(el) & _DATE_TOKENS):
            continue
        t = text_of(el)
        if not t or len(t) > 90 or not any(ch.isdigit() for ch in t):
            continue
        hit = find_date(t)
        if hit and hit.has_time and not in_scope_out(el) and not any(a in skip for a in el.iterancestors()) \
                and not in_comments(el):  # a reader's comment has its own time
            return hit, el
    return None


# --- body container ---------------------------------------------------------------------------


def _under_linked_heading(el: HtmlElement) -> bool:
    """The element comes right after a heading that is a link to an article and nothing else (a teaser card:
    '<h5><a href="…-d801.html">Title</a></h5><p>Teaser</p>')."""
    prev = el.getprevious()
    while prev is not None and not isinstance(prev.tag, str):
        prev = prev.getprevious()
    if prev is None or prev.tag not in ("h2", "h3", "h4", "h5", "h6"):
        return False
    link = next(prev.iter("a"), None)
    return link is not None and href_id(link.get("href")) is not None and len(text_of(link)) >= len(text_of(prev)) - 2


def find_container(root: HtmlElement, title: HtmlElement | None, index: dict[HtmlElement, int],
                   excluded: set[HtmlElement]) -> HtmlElement | None:
    """The element with the densest paragraph text; with a title, the first such element after it.

    Comments, sidebars of teasers and footers can hold more paragraph text than a short article, but
    they come after it: among the blocks of at least two paragraphs that score a quarter of the best
    or more, the one nearest after the title is the article."""
    scores: dict[HtmlElement, float] = {}
    paragraphs: dict[HtmlElement, int] = {}
    t_index = index.get(title, -1) if title is not None else -1
    # a Facebook post or a tweet quoted in the body has paragraphs of its own, a summary box its bullets:
    # not the article's
    summaries = _says_summary(page_text(root))
    embedded = {d for x in root.iter("div", "blockquote", "figure", "section", "iframe")
                if not EMBED_TOKENS.isdisjoint(class_tokens(x)) or summaries and _summary_box(x) for d in x.iter()}
    # the elements holding a block, and those holding a <br>: one walk up from each instead of a walk down
    # the descendants of every candidate
    with_block = _holders(root.iter(*BLOCK_TAGS))
    with_br = _holders(root.iter("br"))
    with_img = _holders(root.iter("img", "amp-img"))
    for el in root.iter("p", "div", "td", "article", "section", "main", "font", "span", "blockquote", "li", "pre"):
        if el in excluded or el in embedded:
            continue
        tag = el.tag
        paragraph = tag in ("p", "pre", "blockquote")
        if not paragraph and tag in ("div", "section", "span", "font", "li") and el not in with_block:
            paragraph = el not in with_br  # a leaf block holding one paragraph
        if paragraph:
            if len(page_text(el)) < 25:  # folding whitespace only shortens it
                continue
            txt = text_of(el)
            if len(txt) < 25:  # too short whatever its links (a menu item, a card's date): not read further
                continue
            links = sum(len(text_of(a)) for a in el.iter("a"))
            length = len(txt) - links
            if length < 25 or is_footer_line(txt):  # a copyright line is the site's, not the article's
                continue
            parent = el.getparent()
            if parent is None:
                continue
            if length <= 300 and parent in with_img and _alone_in(el, parent):
                continue  # the one text beside a photo in its own block (a slide, a figure-like div): a caption
            if length <= 400 and _under_linked_heading(el):
                continue  # a teaser card's text, under its heading linking to another article
            weight = length + (40 if length > 80 else 0)
            # a marked lead or byline beside the title counts its text but is no paragraph of a body (a photo
            # story's header: the title, the credit line and the lead; the body in a block of its own after it)
            counted = 0 if class_tokens(el) & (LEAD_TOKENS | AUTHOR_TOKENS) and _contains(parent, title) else 1
            scores[parent] = scores.get(parent, 0) + weight
            paragraphs[parent] = paragraphs.get(parent, 0) + counted
            gp = parent.getparent()
            if gp is not None:
                scores[gp] = scores.get(gp, 0) + weight / 2
                paragraphs[gp] = paragraphs.get(gp, 0) + counted
        else:
            # direct text: <br>-separated bodies, text in a div/td without <p>
            own = len(norm_space(el.text))
            for child in el:
                if isinstance(child.tag, str) and child.tag in ("br", "b", "strong", "i", "em", "span", "font",
                                                               "u", "a", "sup", "sub"):
                    if child.tag not in ("a", "br") and not (
                            child.tag in ("span", "font") and child not in with_block and child not in with_br
                            and len(text_of(child)) >= 25):  # a paragraph of its own, counted as one already
                        own += len(norm_space(child.text))
                own += len(norm_space(child.tail))
            if own >= 60:
                scores[el] = scores.get(el, 0) + own + 1
                paragraphs[el] = paragraphs.get(el, 0) + (2 if own >= 200 else 1)
                parent = el.getparent()
                if parent is not None:  # several <br> blocks side by side: their parent holds the body
                    scores[parent] = scores.get(parent, 0) + own * 0.9
                    paragraphs[parent] = paragraphs.get(parent, 0) + 1
    best, best_score = None, 0.0
    page_body: HtmlElement | None = None
    adjusted: dict[HtmlElement, float] = {}
    title_holders = set(title.iterancestors()) if title is not None else set()
    outside = _outside_article(title, title_holders)
    for el, score in scores.items():
        if el.tag == "body" and score > 0:
            page_body = el
        if el.tag in ("html", "body") or el in excluded:
            continue
        if t_index >= 0 and index.get(el, 0) < t_index and el not in title_holders:
            score *= 0.3  # before the title: probably not the article
        if outside(el):
            score *= 0.02  # a footer, sidebar or menu is not the article, however much text it holds
        adjusted[el] = score
        if score > best_score:
            best, best_score = el, score
    if best is not None and t_index >= 0:
        first = _first_after_title(adjusted, paragraphs, best_score, index, t_index, title)
        if first is not None:
            best = first
    if best is not None:
        best = _with_siblings(_titled_box(best, excluded), scores, excluded)
    elif page_body is not None:
        best = page_body  # a bare page: the paragraphs stand right in <body>
    return best


_COMMENT_TOKENS = frozenset({"comment", "comments", "binhluan", "ykien", "ykienbandoc", "discussion", "disqus",
                             "fbcomments", "reply", "replies"})


def _outside_article(title: HtmlElement | None,
                     title_holders: set[HtmlElement]) -> Callable[[HtmlElement], bool]:
    """`_chrome_scope` or `in_comments` of an element, remembered for each element and ancestor asked about
    (``title_holders``: the title's ancestors): one walk up the page for all the candidates of a page."""
    memo: dict[HtmlElement, bool] = {}

    def outside(el: HtmlElement) -> bool:
        chain = []
        x: HtmlElement | None = el
        while x is not None and x not in memo:
            chain.append(x)
            x = x.getparent()
        value = memo[x] if x is not None else False
        for y in reversed(chain):
            value = value or (_is_scope_out(y) and y is not title and y not in title_holders) \
                or not _COMMENT_TOKENS.isdisjoint(class_tokens(y))
            memo[y] = value
        return value

    return outside


def _alone_in(el: HtmlElement, parent: HtmlElement) -> bool:
    """``el`` holds all the text of ``parent`` (its siblings, and the text between them, are blank): one
    walk over the siblings that stops at the first with text, instead of the parent's whole text."""
    if parent.text and not parent.text.isspace():
        return False
    for k in parent:
        if k.tail and not k.tail.isspace():
            return False
        if k is not el and isinstance(k.tag, str) and (t := page_text(k)) and not t.isspace():
            return False
    return True


def _comments_headed(el: HtmlElement) -> bool:
    """A block headed as the readers' comments ('Ý kiến bạn đọc', 'Bình luận (3)'): its first or second child
    says so, whatever the block's class ('yk', 'box-3')."""
    seen = 0
    for child in el:
        if not isinstance(child.tag, str):
            continue
        # a heading is a leaf or nearly (its text, a count in a <span>): a bigger block is not read
        if len(child) <= 2 and (t := text_of(child)) and len(t) <= 40 and COMMENTS_HEADING.match(t):
            return True
        seen += 1
        if seen == 2:
            break
    return False




def suggestion_heading(el: HtmlElement) -> bool:
    """The element is a heading of suggestions to the reader ('Có thể bạn quan tâm'), not of related news proper."""
    t = text_of(el)
    return len(t) <= 40 and fold(t) in SUGGESTION_PHRASES


def comments_start(order: list[HtmlElement], index: dict[HtmlElement, int], container: HtmlElement) -> int | None:
    """Where the readers' comments begin after the body's start (``order`` position; the body's container can hold
    them), if the page shows them: a block classed as comments that has text, or a heading saying so ('Bình
    luận', 'Ý kiến bạn đọc'). An empty comments plugin's box is not counted (it can stand anywhere)."""
    for i in range(index.get(container, 0) + 1, len(order)):
        el = order[i]
        if not isinstance(el.tag, str):
            continue
        if not _COMMENT_TOKENS.isdisjoint(class_tokens(el)) and page_text(el).strip():
            return i
        if el.tag in HEADING_TAGS and len(el) <= 2 and COMMENTS_HEADING.match(text_of(el)):
            return i
    return None


def _holders(elements: Iterable[HtmlElement]) -> set[HtmlElement]:
    """The ancestors of the given elements."""
    found: set[HtmlElement] = set()
    for el in elements:
        for a in el.iterancestors():
            if a in found:
                break
            found.add(a)
    return found


def in_comments(el: HtmlElement) -> bool:
    """The element is, or is inside, the readers' comments (``div#comments``, ``.binh-luan``): however much
    they write, it is not the article."""
    for a in (el, *el.iterancestors()):
        if not _COMMENT_TOKENS.isdisjoint(class_tokens(a)):
            return True
    return False


def _first_after_title(adjusted: dict[HtmlElement, float], paragraphs: dict[HtmlElement, int], best_score: float,
                       index: dict[HtmlElement, int], t_index: int, title: HtmlElement | None) -> HtmlElement | None:
    """The first block after the title (or holding it) with two paragraphs or more and a quarter of the
    best score; an enclosing block gives way to the blocks inside it."""
    qualified = [el for el, score in adjusted.items()
                 if score >= 0.25 * best_score and paragraphs.get(el, 0) >= 2
                 and (index.get(el, 0) >= t_index or _contains(el, title))
                 and not (_is_listing(el, paragraphs.get(el, 0)) and not _prose_around_inserts(el))]
    inner = [el for el in qualified if not any(other is not el and _contains(el, other) for other in qualified)]
    first = min(inner, key=lambda el: index.get(el, 0), default=None)
    return _repeated_parts(first, inner, title) if first is not None else None


def _repeated_parts(first: HtmlElement, inner: list[HtmlElement], title: HtmlElement | None) -> HtmlElement:
    """The block holding ``first`` and the blocks like it (same tag and class) when the body comes in
    several such parts: a live blog's entries (``div.post-body`` under each entry's time and heading), a
    story in chapters (the first part can be the title's own column). Not when that block holds the title
    and the first part does not, nor when ``first`` has no class to compare."""
    cls = first.get("class")
    if not cls:
        return first
    same = [el for el in inner if el is not first and el.tag == first.tag and el.get("class") == cls]
    if not same:
        return first
    heads = title is not None and _contains(first, title)  # the parts begin with the title's own block
    for holder in first.iterancestors():
        if holder.tag in ("body", "html") or (not heads and title is not None and _contains(holder, title)):
            return first
        if any(_contains(holder, el) for el in same):
            return holder
    return first


def _is_listing(el: HtmlElement, paragraphs: int, taken: set[HtmlElement] | None = None) -> bool:
    """A column of teaser cards rather than an article: about a link for every paragraph (a link to an
    image file opens the photo at full size: a gallery, not a listing); links in ``taken`` (related blocks
    found already) are not counted."""
    anchors = [a for a in el.iter("a") if (href := a.get("href")) and not _IMAGE_LINK.search(href)
               and not _NOT_A_PAGE.match(href) and not (taken and a in taken)]
    links = len(anchors)
    if links < 3 or links < 0.6 * paragraphs:
        return False
    # links set in the sentences of prose (an article linking to others as it goes) make no column of cards: a
    # card's title is a link of its own, not a few words of a longer paragraph
    in_prose = sum(1 for a in anchors if (block := _block_of(a)) is not None
                   and (n := len(text_of(block))) >= 100 and len(text_of(a)) <= 0.3 * n)
    return in_prose < 0.7 * links


def _block_of(el: HtmlElement) -> HtmlElement | None:
    """The nearest block element holding ``el`` (its paragraph)."""
    return next((a for a in el.iterancestors() if a.tag in BLOCK_TAGS), None)


def _prose_around_inserts(el: HtmlElement) -> bool:
    """Prose holding related news set in it (a box headed 'Tin liên quan', a 'Xem thêm:' line), not a column of
    teaser cards: without those, it has two paragraphs or more and fewer than three links to pages."""
    inserts = [x for x in el.iter("div", "ul", "ol", "section", "aside", "table", "p") if x is not el and (
        x.tag == "p" and INLINE_RELATED.match(text_of(x))
        or x.tag != "p" and (first := next((k for k in x if isinstance(k.tag, str)), None)) is not None
        and len(first) <= 2 and heading_kind(text_of(first)) == "related")]
    if not inserts:
        return False
    held = {d for x in inserts for d in x.iter()}
    links = sum(1 for a in el.iter("a") if a not in held and (href := a.get("href")) and not _IMAGE_LINK.search(href)
                and not _NOT_A_PAGE.match(href))
    prose = sum(1 for p in el.iter("p") if p not in held and len(text_of(p)) >= 80)
    return links < 3 and prose >= 2


# links that open no page (font size, print, mail, share): tools, not teaser cards
_NOT_A_PAGE = re.compile(r"\s*(?:javascript:|mailto:|tel:|#)", re.IGNORECASE)
_IMAGE_LINK = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|bmp|svg)(?:[?#]|$)", re.IGNORECASE)  # a link to a photo


def _in_listing(el: HtmlElement, stop: HtmlElement | None) -> bool:
    """The element is a card of a column of teaser cards (a teaser is not the article's lead)."""
    for a in el.iterancestors():
        if a is stop or (stop is not None and _contains(a, stop)):
            return False
        if len(a) >= 3 and _is_listing(a, sum(1 for _ in a.iter("p", "li"))):
            return True
    return False


def listing_children(container: HtmlElement, title: HtmlElement | None,
                     taken: set[HtmlElement] | None = None) -> list[HtmlElement]:
    """The columns of teaser cards that stand directly in the body container (beside the body blocks):
    unless taken as related news, they are the site's, not the article's (no lead, no body). The links and
    paragraphs of related blocks already found (``taken``) count for neither: a photo story's body of
    captioned photos around a 'Tin liên quan' box is no column of cards."""
    found = []
    for child in container:
        if not isinstance(child.tag, str) or child.tag not in ("div", "ul", "ol", "section", "aside"):
            continue
        if title is not None and (child is title or _contains(child, title)):
            continue
        if len(child) >= 3 and _is_listing(child, sum(1 for x in child.iter("p", "li") if not (taken and x in taken)),
                                           taken) \
                and not _prose_around_inserts(child):
            found.append(child)
    return found


def _titled_box(best: HtmlElement, excluded: set[HtmlElement]) -> HtmlElement:
    """The box around a list chosen as the best block when the box holds only the list and its heading (an
    advice box's bullets set in the body): the box, whose siblings are then looked at as the list's would be."""
    parent = best.getparent()
    if best.tag not in ("ul", "ol") or parent is None or parent.tag in ("body", "html") or parent in excluded:
        return best
    for k in parent:
        if k is not best and isinstance(k.tag, str) and not (k.tag in HEADING_TAGS and len(text_of(k)) <= 80):
            return best
    return parent


def _with_siblings(best: HtmlElement, scores: dict[HtmlElement, float], excluded: set[HtmlElement]) -> HtmlElement:
    """The parent instead of the best block when its siblings hold more of the body (text split
    into several blocks around images)."""
    parent = best.getparent()
    if parent is None or parent.tag in ("body", "html") or parent in excluded:
        return best
    own = scores.get(best, 0)
    extra = 0.0
    for sib in parent:
        if sib is best or not isinstance(sib.tag, str) or sib in excluded:
            continue
        if class_tokens(sib) & (CHROME_TOKENS | SCOPE_OUT_TOKENS) or sib.tag in SCOPE_OUT_TAGS or _comments_headed(sib):
            continue
        if len(sib) and _is_listing(sib, sum(1 for _ in sib.iter("p", "li"))):
            continue  # a column of teaser cards beside the body is not more of it
        s = scores.get(sib, 0)
        if s == 0 and sib.tag in ("p", "div") and len(sib) <= 6:
            t = text_of(sib)
            links = sum(len(text_of(a)) for a in sib.iter("a"))
            if len(t) >= 60 and links < 0.2 * len(t):
                s = len(t)
        extra += s
    # the parent's own lines of <br>-separated text around the block (a list set in such a body)
    extra += sum(n for t in (parent.text, *(k.tail for k in parent)) if t and (n := len(norm_space(t))) >= 40)
    if extra >= 0.1 * own and extra >= 60:
        return parent
    return best


def _contains(ancestor: HtmlElement, el: HtmlElement | None) -> bool:
    if el is None:
        return False
    for a in el.iterancestors():
        if a is ancestor:
            return True
    return False


# --- related blocks ---------------------------------------------------------------------------


@dataclass
class Blocks:
    related: list[list[HtmlElement]] = field(default_factory=list)   # each: heading + sibling elements
    widgets: list[list[HtmlElement]] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)                    # links after a "Từ khóa:" label


def _article_links(elements: Iterable[HtmlElement], own_id: str | None) -> list[HtmlElement]:
    out = []
    for el in elements:
        for a in el.iter("a"):
            aid = href_id(a.get("href"))
            if aid is not None and aid != own_id:
                out.append(a)
    return out


def _has_article_link(elements: Iterable[HtmlElement], own_id: str | None) -> bool:
    """`_article_links` is not empty (the walk stops at the first)."""
    for el in elements:
        for a in el.iter("a"):
            aid = href_id(a.get("href"))
            if aid is not None and aid != own_id:
                return True
    return False


def _is_heading_el(el: HtmlElement) -> bool:
    if not isinstance(el.tag, str):
        return False
    if el.tag in HEADING_TAGS:
        return True
    return len(el) <= 3 and heading_kind(text_of(el)) is not None


_XML_SPACE = re.compile(r"[ \t\r\n]+")


_FIRST_WORD = re.compile(r"\w+")
# the first words of the related and widget headings and of TAG_LABEL (kept in step with it)
_HEADING_FIRST_WORDS = FIRST_WORDS | frozenset("từ tags tag chủ keywords keyword".split())
# a superset test of "the first word is one of them", as one C call: a run of non-word characters, then
# one of the words in any case (re's IGNORECASE matches each character whose casefold is a letter of the
# words); the characters whose casefold is several letters of them (``ß`` -> ``ss``) are let through
_HEADING_START = re.compile(r"[^\w]*+(?:" + "|".join(sorted(_HEADING_FIRST_WORDS, key=len, reverse=True)) + ")",
                            re.IGNORECASE).match
_MULTI_FOLD = re.compile("[ßẞﬅﬆ]").search


# word characters of the Latin and Vietnamese blocks that no heading word starts with (in any case): a text
# opening with one is not looked at further (a dict lookup instead of the pattern); other characters go
# on to `_HEADING_START` (tests/test_extraction_units.py checks no heading is lost)
_INITIALS = frozenset(w[0] for w in _HEADING_FIRST_WORDS)
_NOT_INITIAL = frozenset(
    ch for ch in map(chr, [*range(0x30, 0x250), *range(0x1E00, 0x1F00)])
    if (ch.isalnum() or ch == "_") and ch.casefold()[:1] not in _INITIALS and not _MULTI_FOLD(ch))


def heading_texts(root: HtmlElement, order: list[HtmlElement] | None = None) -> list[tuple[str, HtmlElement, bool]]:
    """The text nodes that may be a heading or tag label, as (text, holder, is_tail), in document order:
    shorter than 80 characters, at least 4 once whitespace is normalised (XPath's ``normalize-space``),
    and starting with one of `_HEADING_FIRST_WORDS`. One walk reading ``.text`` and ``.tail`` (an XPath
    over ``//text()`` builds a string object per node and costs three times as much)."""
    found: list[tuple[tuple[int, int, int], str, HtmlElement, bool]] = []
    # the whole document, as ``//text()`` reads it: a broken page can have more than one top-level element
    tops = [*reversed(list(root.itersiblings(preceding=True))), root, *root.itersiblings()]
    not_initial, start, multi = _NOT_INITIAL, _HEADING_START, _MULTI_FOLD
    pos = -1
    # ``order``: ``root.iter()`` as a list (a list is walked faster than the tree), when root stands alone
    walks = [order] if order is not None and len(tops) == 1 else [top.iter() for top in tops]
    for walk in walks:
        for el in walk:
            pos += 1
            # (the layout's whitespace between tags is most texts: ruled out by one C call before the patterns)
            t = el.text
            if t and len(t) < 80 and t[0] not in not_initial and not t.isspace() and isinstance(el.tag, str) \
                    and (start(t) or multi(t)):
                found.append(((pos, 0, 0), t, el, False))
            t = el.tail
            if t and len(t) < 80 and t[0] not in not_initial and not t.isspace() and (start(t) or multi(t)):
                # a tail comes after the element's last descendant, inner elements' tails first
                last = pos + sum(1 for _ in el.iterdescendants())
                found.append(((last, 1, -sum(1 for _ in el.iterancestors())), t, el, True))
    found.sort(key=lambda f: f[0])
    out = []
    for _, t, el, is_tail in found:
        if len(_XML_SPACE.sub(" ", t).strip(" ")) < 4:
            continue
        first = _FIRST_WORD.search(t)
        if first is not None and first.group().casefold() in _HEADING_FIRST_WORDS:
            out.append((t, el, is_tail))
    return out


def _menu_item(h: HtmlElement) -> bool:
    """A link among the links of a menu (``<a>Video</a>`` closing the site's menu bar), not a block heading; its
    items may be <li>, or <span>s around each link (DotNetNuke's menu bar)."""
    item = h.getparent()
    if h.tag == "a" and item is not None and item.tag in ("li", "span") and len(item) == 1 \
            and not (item.text or "").strip():
        h = item
    if h.tag not in ("a", "li", "span") or h.tag == "span" and next(h.iter("a"), None) is None:
        return False
    parent = h.getparent()
    return parent is not None and sum(1 for x in parent if x.tag == h.tag) >= 3


def _dateline_label(h: HtmlElement) -> bool:
    """The section's name printed in the dateline ('<p><a>Video</a> 22:40 09/02/2025</p>'), not a heading over a
    block: the line holding it says more, and a date."""
    line: HtmlElement | None = h
    for _ in range(3):
        if line is None or line.tag in BLOCK_TAGS:
            break
        line = line.getparent()
    if line is None or line is h:
        return False
    t = text_of(line)
    return len(t) <= 120 and t != text_of(h) and find_date(t) is not None


def _more_link(h: HtmlElement, label: str) -> bool:
    """'Xem thêm' as a link to a listing page (a section block's 'see more'), not a heading over related news."""
    if h.tag != "a" or fold(label) not in _MORE_LABELS:
        return False
    href = h.get("href")
    return bool(href) and not is_article_link(href)


# the blocks a title or aria-label can head (`read_marks` gathers them: `Marks.titled`)
_TITLED_TAGS = frozenset({"ul", "ol", "div", "section", "aside"})
_NEXT_PART = re.compile(r"^(?:bài tiếp theo|kỳ tiếp theo|kỳ sau|đón đọc kỳ sau)$", re.IGNORECASE)


_PREVIOUS_POST = re.compile(r"\b(?:bài|tin|bài viết)\s+(?:trước|cũ hơn)")  # (no word end: element texts run together)


def _post_navigation(label: HtmlElement) -> HtmlElement | None:
    """The block holding a 'Bài tiếp theo' label and a 'Bài trước' one (a blog theme's links to the neighbouring
    posts): three levels up at most, a short block."""
    for holder in islice(label.iterancestors(), 3):
        t = text_of(holder)
        if len(t) > 400:
            return None
        if _PREVIOUS_POST.search(fold(t)):
            return holder
    return None


_BODY_CHARS = 500  # a container with less text may be a teaser card taken for the body


def find_blocks(root: HtmlElement, container: HtmlElement | None, own_id: str | None,
                headings: list[tuple[str, HtmlElement, bool]] | None = None,
                title: HtmlElement | None = None, titled: Iterable[HtmlElement] = ()) -> Blocks:
    """Related blocks (under a related heading) and widgets (under ``Đọc nhiều``/``Tin mới``);
    ``headings``: the page's `heading_texts` when the caller has them, ``titled``: its `Marks.titled` (the
    lists headed by their own title or aria-label; none looked for without it). No block holds the ``title``."""
    blocks = Blocks()
    seen: set[HtmlElement] = set()
    for node, parent, is_tail in (heading_texts(root) if headings is None else headings):
        # a heading is a short own text (or the tail after an icon) matching a related/widget heading
        label = node.strip().rstrip(":").strip()
        kind = heading_kind(label)
        if kind is None:
            if TAG_LABEL.match(label) and not blocks.tags:
                holder = parent
                if holder is not None and is_tail:
                    holder = holder.getparent()
                while holder is not None and next(holder.iter("a"), None) is None and len(text_of(holder)) < 300:
                    holder = holder.getparent()
                if holder is not None and len(text_of(holder)) < 300:
                    blocks.tags = [t for t in (text_of(a) for a in holder.iter("a")) if t]
            continue
        h = parent
        if is_tail:
            h = h.getparent()
        if h is None or len(h) > 3 or len(text_of(h)) > 60 or _menu_item(h) or _more_link(h, label) \
                or _dateline_label(h) or h.tag in ("button", "label", "option"):
            continue  # (a control's label, 'Mới nhất' sorting a live report's entries, heads nothing)
        if kind == "widget" and not is_tail and node.rstrip().endswith(":") and h.tail and not h.tail.isspace():
            continue  # a label running into its line ('<strong>VIDEO:</strong> Công an hướng dẫn …'), no heading
        if kind == "related" and _NEXT_PART.match(label) and (nxt := next_element(h)) is not None \
                and next(nxt.iter("h1"), None) is not None:
            # the next article appended under 'Bài tiếp theo' as the reader scrolls (its own <h1>, meta and
            # body): another page's story, not the next part of a series
            if h not in seen:
                seen.add(h)
                blocks.widgets.append([h, nxt])
            continue
        if kind == "related" and _NEXT_PART.match(label) and (nav := _post_navigation(h)) is not None:
            # 'Bài trước' / 'Bài tiếp theo': the posts published before and after, not a series' next part
            if nav not in seen:
                seen.add(nav)
                blocks.widgets.append([nav])
            continue
        if kind == "related" and _NEXT_PART.match(label) and (box := h.getparent()) is not None \
                and box is not container and not _contains(box, container) and len(text_of(box)) <= 2500 \
                and len({href_id(a.get("href")) for a in _article_links([box], own_id)}) == 1 \
                and not (title is not None and _contains(box, title)):
            # 'Bài tiếp theo:' over the next part's title, lead and first paragraphs: the box is a related item
            if box not in seen:
                seen.add(box)
                blocks.related.append([box])
            continue
        if kind == "related" and _has_article_link([h], own_id):
            # "Xem thêm: <a>…</a>": the label and its link in one element, in the flow of the body; the
            # paragraphs after it are the article's, whatever links come further down
            if h not in seen:
                seen.add(h)
                blocks.related.append([h])
            continue
        cur = h
        while True:
            parent = cur.getparent()
            if parent is None:
                break
            sibs = []
            linked = False  # a related list's links have begun: a block without any after them ends it
            for s in cur.itersiblings():
                if not isinstance(s.tag, str):
                    continue
                if _is_heading_el(s) and heading_kind(text_of(s)):
                    break
                if kind == "related" and s.tag in ("nav", "footer", "aside"):
                    break  # (the posts before and after this one, '<nav class=post-navigation>': not the list's)
                if kind == "related" and s.tag in BLOCK_TAGS:
                    has_links = _has_article_link([s], own_id)
                    if linked and not has_links and (text_of(s) or next(s.iter("img"), None) is not None):
                        break  # (an ad, a section's block after a gap: not the list's)
                    linked = linked or has_links
                sibs.append(s)
            if title is not None and any(s is title or _contains(s, title) for s in sibs):
                break  # the article's own title is never under a related or widget heading
            if container is not None and len(text_of(container)) >= _BODY_CHARS \
                    and any(s is container or _contains(s, container) for s in sibs):
                break  # nor its body, when the body is one (a teaser taken for it is what the list corrects)
            if _has_article_link(sibs, own_id) or (kind == "widget" and any(next(s.iter("a"), None) is not None
                                                                         for s in sibs)):
                group = [cur, *sibs]
                if cur not in seen:
                    seen.add(cur)
                    # 'Tin cùng chuyên mục' in the narrow grid column beside the article's: the sidebar's
                    related = kind == "related" and not (container is not None and _in_side_column(cur, container))
                    (blocks.related if related else blocks.widgets).append(group)
                break
            if parent is container or _contains(parent, container) or parent.tag in ("body", "html"):
                break
            cur = parent
    # a list headed in its own attribute, shown by the page's style (<ul class="op-related-articles"
    # title="Tin liên quan">: Facebook Instant Articles)
    for el in titled:
        label = el.get("title") or el.get("aria-label")
        if not label or el in seen or heading_kind(label.strip().rstrip(":").strip()) != "related" \
                or (title is not None and _contains(el, title)) or not _has_article_link([el], own_id) \
                or any(_contains(g[0], el) or g[0] is el for g in blocks.related):
            continue
        seen.add(el)
        blocks.related.append([el])
    return blocks


# a grid column's width in twelfths, by breakpoint (Bootstrap 'col-lg-4', 'col-4'; Bootstrap 2 'span4';
# Foundation 'large-4')
_GRID_COLUMN = re.compile(r"(?:^|\s)(?:col(?:-(?P<bp>xs|sm|md|lg|xl|xxl))?-(?P<n>\d{1,2})|span(?P<s>\d{1,2})|"
                          r"(?P<fbp>small|medium|large)-(?P<f>\d{1,2}))(?=\s|$)")
_BREAKPOINTS = {None: 0, "xs": 0, "small": 0, "sm": 1, "medium": 2, "md": 2, "large": 3, "lg": 3, "xl": 4, "xxl": 5}


def _column_width(el: HtmlElement) -> int | None:
    """The width of a grid column on a wide screen (its widest breakpoint's), in twelfths, else None."""
    cls = el.get("class")
    if not cls or ("col" not in cls and "span" not in cls and "-" not in cls):
        return None
    best: tuple[int, int] | None = None
    for m in _GRID_COLUMN.finditer(cls):
        if m.group("n"):
            bp, n = _BREAKPOINTS[m.group("bp")], int(m.group("n"))
        elif m.group("s"):
            bp, n = 3, int(m.group("s"))
        else:
            bp, n = _BREAKPOINTS[m.group("fbp")], int(m.group("f"))
        if 1 <= n <= 12 and (best is None or bp >= best[0]):
            best = (bp, n)
    return best[1] if best else None


def _in_side_column(el: HtmlElement, container: HtmlElement) -> bool:
    """The element stands in a narrow grid column (a third of the row or less) beside a wider column holding
    the body: a sidebar, whatever its class says."""
    column, width = next(((a, w) for a in el.iterancestors() if (w := _column_width(a)) is not None), (None, None))
    if column is None or width is None or width > 4 or _contains(column, container):
        return False
    main = next((a for a in container.iterancestors() if a.getparent() is column.getparent()), None)
    if main is None:
        return False
    main_width = _column_width(main)
    return main_width is not None and main_width > width


def find_headless_related(root: HtmlElement, container: HtmlElement, own_id: str | None,
                          index: dict[HtmlElement, int], taken: set[HtmlElement],
                          site_blocks: list[HtmlElement] | None = None) -> list[list[HtmlElement]]:
    """Lists of links to other articles right after (or at the end of) the body, with no heading. Such
    lists headed by a section's name (``<h2><a href=section>An ninh trật tự</a></h2>`` over a grid of
    cards, or a heading atop each column) are the site's, not related news: added to ``site_blocks``."""
    site_blocks = [] if site_blocks is None else site_blocks
    c_index = index.get(container, 0)
    near = [container]
    a = container.getparent()
    for _ in range(3):
        if a is None or a.tag in ("body", "html"):
            break
        near.append(a)
        a = a.getparent()
    scope = near[-1]
    own_column = frozenset(near[1:])  # the blocks holding the body: whatever their class, not a sidebar
    links_of = _LinkTable(own_id)
    # the elements with a taken one inside (``taken`` holds whole subtrees: a walk up from each one's top)
    holding_taken = _holders(d for d in taken if d.getparent() not in taken)
    out: list[list[HtmlElement]] = []
    blocks: Iterable[HtmlElement] = scope.iter("ul", "ol", "div", "section", "table", "tbody", "dl")
    if (top := scope.getparent()) is not None and top.tag == "body":
        # the article stands right in <body> (an AMP page): a list right after it there
        after = next((x for x in scope.itersiblings() if isinstance(x.tag, str)), None)
        if after is not None and after.tag in ("ul", "ol"):
            blocks = chain(blocks, (after,))
    for el in blocks:
        if index.get(el, 0) <= c_index:
            continue
        if taken and (el in taken or el in holding_taken or any(x in taken for x in el.iterancestors())):
            continue
        # inside the body only what lies between it and the list counts (the body's own column can
        # carry a sidebar class: VnExpress's `sidebar-1`); after it, everything up to the scope but the
        # blocks holding the body (that column again)
        if in_scope_out(el, stop=container, keep=frozenset()) if _contains(container, el) else \
                in_scope_out(el, stop=scope, keep=own_column):
            continue
        if out and any(_contains(t, el) or t is el for g in out for t in g):
            continue
        if site_blocks and any(_contains(t, el) for t in site_blocks):
            continue
        kids = [k for k in el if isinstance(k.tag, str)]
        if len(kids) < 2:
            continue
        with_links = 0
        ids: set[str | None] = set()
        for i, k in enumerate(kids):
            if with_links + len(kids) - i < 0.6 * len(kids):
                break  # too few children left to make a list of links (a block of paragraphs)
            links = links_of[k]
            if links:
                with_links += 1
                ids.update(href_id(x.get("href")) for x in links)
        if with_links >= 2 and len(ids) >= 2 and with_links >= 0.6 * len(kids):
            total = len(text_of(el))
            texts = [t for t in (text_of(x) for x in links_of[el]) if t]
            words = sum(len(t.split()) for t in texts) / len(texts) if texts else 0
            if total and sum(map(len, texts)) / total >= 0.3 and words >= 4:  # headlines, not a menu
                heading = el.getprevious()
                if _other_heading(heading):
                    site_blocks += [heading, el]
                elif _other_heading(kids[0]):
                    site_blocks.append(el)  # the heading leads the block's own children
                elif (box := el.getparent()) is not None and box is not container and not _contains(box, container) \
                        and not _contains(container, box) \
                        and (first := next((k for k in box if isinstance(k.tag, str)), None)) is not None \
                        and first is not el and _other_heading(first):
                    site_blocks.append(box)  # the list closes a block the section's name heads
                elif sum(1 for k in kids if _headed_column(k)) >= 0.5 * len(kids):
                    site_blocks.append(el)  # a heading atop each column
                else:
                    out.append([el])
    for holder in near:
        out += _card_run(holder, container, c_index, index, taken, holding_taken, links_of, out)
    return out


class _LinkTable(dict[HtmlElement, list[HtmlElement]]):
    """`_article_links` of an element, remembered: the lists-of-links rules ask it of each block and again of
    each block's children (``table[el]``)."""

    def __init__(self, own_id: str | None) -> None:
        super().__init__()
        self.own_id = own_id

    def __missing__(self, el: HtmlElement) -> list[HtmlElement]:
        links = self[el] = _article_links([el], self.own_id)
        return links


_AUTHOR_PAGE = re.compile(r"/(?:tac-?gia|author|authors|but-?danh|nguoi-viet|profile|user)(?:/|-|$)", re.IGNORECASE)
_HEADING_CLASS = frozenset({"head", "heading", "title", "header", "tieude", "cate", "category", "cat"})


def _other_heading(el: HtmlElement | None) -> bool:
    """A short heading that is not a related-news one (a section's name over its own block of cards)."""
    if el is not None and el.tag == "tr" and len(el) == 1:
        el = el[0]  # a table's first row holding one cell: the cell (<td class=boxHead>Toàn dân bảo vệ ANTQ</td>)
    if el is None or not isinstance(el.tag, str) or el.tag in ("ul", "ol", "li", "a", "img"):
        return False
    t = text_of(el)
    if len(t) > 50 and el.tag not in HEADING_TAGS:
        # a block head with more than its title (the section's sub-section links beside its <h2>)
        h = next(el.iter(*HEADING_TAGS), None)
        return h is not None and len(t) <= 400 and _other_heading(h) and not any(
            is_article_link(a.get("href")) for a in el.iter("a"))
    if not t or len(t) > 50 or heading_kind(t) is not None:
        return False
    links = list(el.iter("a"))
    if any(is_article_link(a.get("href")) for a in links):
        return False
    if el.tag in HEADING_TAGS or not _HEADING_CLASS.isdisjoint(class_tokens(el)):
        return True
    # whatever its class: a block that is links to listing pages and little else ('Hồ sơ vụ án' over its
    # cards, with 'Xem tất cả ›'); not a paragraph, nor a link to an author's page (a byline)
    # (nor a bar of tools: 'Quay lại', 'In trang', 'Lên đầu trang'; a widget's tabs are its heading)
    return (el.tag != "p" and 1 <= len(links) <= 3 and sum(len(text_of(a)) for a in links) >= 0.8 * len(t)
            and not any(_AUTHOR_PAGE.search(a.get("href") or "") for a in links)
            and not all(CHROME_TEXT.match(text_of(a)) for a in links))


def _headed_column(el: HtmlElement) -> bool:
    """A section's name heads the element: its first child, or the first child of that one down a grid's cells
    (an old CMS's row of section boxes: <tr> → <td> → <table> → the <tr> of the name)."""
    for _ in range(4):
        el = next((k for k in el if isinstance(k.tag, str)), None)
        if el is None:
            return False
        if _other_heading(el):
            return True
    return False


def _card_run(holder: HtmlElement, container: HtmlElement, c_index: int, index: dict[HtmlElement, int],
              taken: set[HtmlElement], holding_taken: set[HtmlElement],
              links_of: dict[HtmlElement, list[HtmlElement]],
              found: list[list[HtmlElement]]) -> list[list[HtmlElement]]:
    """Teaser cards standing side by side after the body with no list around them (``<div><a>Title</a>
    <span>teaser…</span><span>05/12/2024</span></div>`` several times): each card links one other article
    by a headline, and no paragraph of the body follows them. One group per card."""
    run: list[HtmlElement] = []
    best: list[HtmlElement] = []
    after_run = False
    # the article's own entry: the holder or a block between it and the body (a feed reader's expanded item)
    path = [holder] + [a for a in container.iterancestors() if a is not holder and _contains(holder, a)]
    for k in holder:
        if not isinstance(k.tag, str) or index.get(k, 0) <= c_index or k is container or _contains(k, container):
            continue
        if any(_same_kind(k, x) for x in path):
            continue  # the next entry of a list the article's own is one of (a feed reader's items): not a card
        if _is_card(k, taken, holding_taken, links_of, found):
            if after_run:  # a second run: only the last one counts
                run, after_run = [], False
            run.append(k)
            continue
        if run:
            best, run, after_run = run, [], True
        if best and len(text_of(k)) >= 80 and not links_of[k]:
            return []  # a paragraph follows: the cards are in the body's flow, not after it
    best = run or best
    return [[k] for k in best] if len(best) >= 2 else []


def _same_kind(el: HtmlElement, own: HtmlElement) -> bool:
    """``el`` is an element of the same kind as ``own``: the same tag and first class word, and a first child of
    the same tag and class (a feed reader's entries, each a header row, one of them expanded)."""
    if el.tag != own.tag or not (c := (own.get("class") or "").split()) or c[0] not in class_tokens(el):
        return False
    a = next((x for x in el if isinstance(x.tag, str)), None)
    b = next((x for x in own if isinstance(x.tag, str)), None)
    return a is not None and b is not None and a.tag == b.tag and (a.get("class") or "") == (b.get("class") or "")


def _is_card(el: HtmlElement, taken: set[HtmlElement], holding_taken: set[HtmlElement],
             links_of: dict[HtmlElement, list[HtmlElement]], found: list[list[HtmlElement]]) -> bool:
    if el in taken or el in holding_taken or any(el is t or _contains(t, el) for g in found for t in g):
        return False
    text = text_of(el)
    if len(text) > 400:  # (before its links: a sidebar or a footer is not walked link by link)
        return False
    links = links_of[el]
    if not links or len({href_id(a.get("href")) for a in links}) != 1:
        return False
    headline = max((text_of(a) for a in links), key=len)
    return len(headline.split()) >= 4 and len(headline) >= 0.3 * len(text)


# (after a label sending the reader back: 'Xem lại: <a>Bài 1: …</a>')
_SERIES_PART = re.compile(r"^(?:(?:xem lại|đọc lại|xem|đọc)\s*:\s*)?(?:bài|kỳ|phần)\s*\d{1,2}\s*[:.\-–]\s*\S",
                          re.IGNORECASE)
_SERIES_LABEL = re.compile(r"(?:bài|kỳ|phần)\s*\d", re.IGNORECASE)


def find_series_parts(order: list[HtmlElement], index: dict[HtmlElement, int], title: HtmlElement | None,
                      container: HtmlElement, own_id: str | None, skip: set[HtmlElement]) -> list[list[HtmlElement]]:
    """The other parts of a series, each linked under its number ('Bài 1: <a>Sập bẫy …</a>' in a series box
    over the lead, 'Kỳ 3: <a>…</a>' under the body): related articles. From the title to just after the body;
    a part announced without a link ('Bài 3: … (kỳ tới)') is not one."""
    start = index.get(title, index.get(container, 0)) if title is not None else index.get(container, 0)
    last = container
    while len(last):
        last = last[-1]
    end = min(len(order), index.get(last, start) + 60)
    out: list[list[HtmlElement]] = []
    holders = ("li", "p", "div", "span", "td")
    for node in order[start + 1:end]:
        # a text opening with a part's number (one look at each element's own text), then the block it opens
        head = node.text
        if not head or (head := head.lstrip()) == "" or head[0] not in "BbKkPp" or not _SERIES_LABEL.match(head):
            continue
        el = node
        for _ in range(3):
            if el is None or el.tag in holders:
                break
            el = el.getparent()
        if el is None or el.tag not in holders or len(el) > 3 or el in skip or any(g[0] is el for g in out):
            continue
        t = text_of(el)
        if not t or len(t) > 200 or not _SERIES_PART.match(t):
            continue
        links = [a for a in el.iter("a") if (h := href_id(a.get("href"))) is not None and h != own_id]
        if len(links) == 1 and not any(a in skip for a in el.iterancestors()):
            out.append([el])
    return _series_boxes(out)


def _series_boxes(parts: list[list[HtmlElement]]) -> list[list[HtmlElement]]:
    """Parts listed together (two or more items of one list) stand for their box: the list, with the series'
    label over it and the part being read ('Loạt bài: …', 'Bài 2: … (Đang xem)'), none of them the body's."""
    lists: dict[HtmlElement, int] = {}
    for g in parts:
        parent = g[0].getparent()
        if g[0].tag == "li" and parent is not None and parent.tag in ("ul", "ol"):
            lists[parent] = lists.get(parent, 0) + 1
    boxes = {}
    for ul, n in lists.items():
        if n < 2:
            continue
        box = ul.getparent()
        short = box is not None and box.tag in ("div", "section", "aside") and all(
            k is ul or not isinstance(k.tag, str) or len(text_of(k)) <= 120 for k in box)
        boxes[ul] = box if short else ul
    out, done = [], set()
    for g in parts:
        box = boxes.get(g[0].getparent())
        if box is None:
            out.append(g)
        elif box not in done:
            done.add(box)
            out.append([box])
    return out


def find_inline_related(container: HtmlElement, own_id: str | None) -> list[list[HtmlElement]]:
    """Paragraphs like ``Xem thêm: <a>…</a>`` inside the body that only point to other articles."""
    out = []
    for el in container.iter("p", "div", "li", "h3", "h4", "strong", "a"):
        if len(el) > 4 or el.tag == "a" and not _alone_on_line(el):  # (most links stand in a sentence)
            continue
        t = text_of(el)
        if el.tag == "a":
            # a link alone on its line of <br>-separated text, saying it is one ('<a><strong>&gt;&gt; Title</strong>
            # </a><br>')
            if not (t and len(t) < 300 and INLINE_RELATED.match(t)
                    and (h := href_id(el.get("href"))) is not None and h != own_id):
                continue
        elif not (t and len(t) < 300 and INLINE_RELATED.match(t) and _has_article_link([el], own_id)):
            continue
        if not any(_contains(g[0], el) or g[0] is el for g in out) and not any(_contains(el, g[0]) for g in out):
            out.append([el])
    return out


_RUN_TAGS = frozenset({"a", "br", "i", "em", "font", "span", "small", "b", "strong"})


def find_text_headed_runs(container: HtmlElement, index: dict[HtmlElement, int],
                          own_id: str | None) -> list[list[HtmlElement]]:
    """A related list run together in the body's text under a heading that is text too ('Tin khác:<br>- <a>Title</a>
    (15/05/2012)<br>- <a>…</a>…', a 2012 page's last <div>): the heading and its lines are gathered into a block of
    their own (registered in ``index`` at the first link's place), one group each. Mutates the tree."""
    out: list[list[HtmlElement]] = []
    for x in list(container.iter("br", "b", "strong", "font", "span")):
        tail = x.tail
        if not tail or len(tail) > 60 or heading_kind(tail.strip().rstrip(":").strip()) != "related" \
                or (parent := x.getparent()) is None:
            continue
        run: list[HtmlElement] = []
        for sib in x.itersiblings():
            if not isinstance(sib.tag, str) or sib.tag not in _RUN_TAGS or len(norm_space(sib.tail)) > 60:
                break
            run.append(sib)
        links = [a for s in run for a in s.iter("a") if (h := href_id(a.get("href"))) is not None and h != own_id]
        if len(links) < 2:
            continue
        block = etree.Element("div")
        block.text, x.tail = tail, None
        parent.insert(parent.index(x) + 1, block)
        for sib in run:
            block.append(sib)  # (with its tail: the item's date)
        index[block] = index.get(links[0], 0)
        out.append([block])
    return out


def find_inline_cards(container: HtmlElement, own_id: str | None,
                      taken: set[HtmlElement]) -> list[list[HtmlElement]]:
    """Cards of other articles set between the body's paragraphs with no label (a paper's box of related news:
    '<ul><li><a>Title</a></li>…</ul>', '<article><h4><a>Title</a></h4><a><img></a><p><a>teaser</a></p>
    </article>'…, a single card with its thumbnail): blocks whose text is mostly the text of links to one
    other article each, with a paragraph of the body after them. One group per card."""
    out: list[list[HtmlElement]] = []
    for el in container.iter("div", "ul", "ol", "aside", "section", "table"):
        if el is container or next(el.iter("a"), None) is None or el in taken \
                or any(_contains(g[0], el) for g in out) or (up := el.getparent()) is None or up.tag in ("li", "td"):
            continue  # (most blocks of a body hold no link: not looked at further)
        kids = [k for k in el if isinstance(k.tag, str)]
        cards = kids if len(kids) >= 2 and all(k.tag in _CARD_TAGS and _link_card(k, own_id) for k in kids) else \
            [el] if next(el.iter("img"), None) is not None and _link_card(el, own_id) else []
        if not cards:
            continue
        # the body's next block with text, after the blocks holding nothing but the cards
        x, after = el, next_element(el)
        while after is None and (up := x.getparent()) is not None and up is not container:
            x, after = up, next_element(up)
        while after is not None and not len(text_of(after)):
            after = next_element(after)
        if after is None or len(text_of(after)) < 20 or _has_article_link([after], own_id):
            continue  # (cards closing the body are the lists after it: other rules read those)
        out += [[k] for k in cards]
    return out


_CARD_TAGS = frozenset({"li", "div", "article", "p", "section", "dd", "h3", "h4"})  # (a card is a block)


def _link_card(el: HtmlElement, own_id: str | None) -> bool:
    """Short, and its text is mostly that of its links, all to one other article (a card of a related article)."""
    t = text_of(el)
    if not t or len(t) > 400 or source_credit(t) is not None:  # ('Theo <a>An ninh Hải Phòng</a>': a credit)
        return False
    links = _article_links([el], own_id)
    if not links or len({href_id(a.get("href")) for a in links}) != 1:
        return False
    linked = sum(len(text_of(a)) for a in links)
    return linked >= 0.6 * len(t) and max(len(text_of(a).split()) for a in links) >= 4


def _alone_on_line(el: HtmlElement) -> bool:
    """Nothing but line breaks or block edges around the element: a line of its own."""
    if el.tail and not el.tail.isspace():
        return False
    nxt = el.getnext()
    if nxt is not None and nxt.tag != "br" and nxt.tag not in BLOCK_TAGS:
        return False
    prev = el.getprevious()
    if prev is None:
        parent = el.getparent()
        return parent is None or not parent.text or parent.text.isspace()
    return (prev.tag == "br" or prev.tag in BLOCK_TAGS) and (not prev.tail or prev.tail.isspace())


_ORIGINAL_LABELS = frozenset({"xem bài gốc", "bài gốc", "đọc bài gốc", "xem tin gốc", "tin gốc", "link gốc",
                              "bài viết gốc", "xem bài viết gốc", "nguồn", "xem nguồn", "nguồn bài viết"})


def related_items(groups: list[list[HtmlElement]], base: str | None, own_id: str | None) -> list[RelatedArticle]:
    """One item per linked article in the blocks: absolute url, headline, teaser, date when shown."""
    items: list[RelatedArticle] = []
    seen: set[str] = set()
    for group in groups:
        links = _article_links(group, own_id)
        by_id: dict[str, list[HtmlElement]] = {}
        for a in links:
            aid = href_id(a.get("href")) or ""
            by_id.setdefault(aid, []).append(a)
        top = {id(x) for x in group}
        # a path the other links stand under is their section's page ('/tin-tuc/tin-an-ninh-trat-tu' over
        # '/tin-tuc/tin-an-ninh-trat-tu/ra-mat-…-652031'), however article-like its long slug reads
        sections = {aid for aid in by_id if aid.startswith("path:")
                    and any(other.startswith(aid + "/") for other in by_id)}
        for aid, alinks in by_id.items():
            if aid in seen or aid in sections:
                continue
            if all((a.get("rel") or "").lower() in ("prev", "next") for a in alinks):
                continue  # the posts published before and after this one (rel=prev/next): navigation
            # (a card whose title is only in its link's title or its picture's alt text: a carousel of pictures)
            texts = [_link_title(a) or norm_space(a.get("title")) or _picture_title(a) for a in alinks]
            titled = [t for a, t in zip(alinks, texts, strict=True)
                      if t and (_in_heading(a) or class_tokens(a) & {"title"})]
            headline = titled[0] if titled else max(texts, key=len)
            if fold(headline) in _MORE_LABELS:
                continue  # 'Xem tiếp »' under the list: the way to more of them, not one of them
            if len(headline) <= 40 and (known_source(headline) is not None or fold(headline) in _ORIGINAL_LABELS):
                continue  # 'Theo <a>An ninh Hải Phòng</a>', 'Xem bài gốc ↗': the link to the original, a credit
            seen.add(aid)
            url = absolute(base or "https://anhp.vn/", alinks[0].get("href", "").strip())
            link_teaser = max((t for t in texts if t != headline), key=len, default="")
            item = alinks[0]
            while True:
                parent = item.getparent()
                if parent is None or id(item) in top:
                    break
                others = {href_id(x.get("href")) for x in parent.iter("a")} - {None}
                if others - {aid}:
                    break
                item = parent
            rest = _text_without_links(item)
            hit = None
            for el in item.iter():
                for txt in (el.text, el.tail) if el is not item else (el.text,):
                    if not txt or "20" not in txt and "19" not in txt:  # no year: find_date finds nothing
                        continue
                    t = norm_space(txt).strip("()[] ")
                    if t and len(t) <= 40:
                        hit = find_date(t)
                        if hit and len(hit.raw) >= len(t) - 12:
                            break
                        hit = None
                if hit:
                    # (the date's element, or the one whose tail it is: the row is their parent either way)
                    if not hit.has_time and (row := el.getparent()) is not None \
                            and row is not item and len(whole := text_of(row)) <= 40 \
                            and (timed := find_date(whole)) is not None and timed.has_time \
                            and timed.iso[:10] == (hit.iso or "")[:10]:
                        hit = timed  # the time in an element of its own ('<span>14:20</span> | <span>05/08/2025')
                    break
            # (not a date the headline speaks of: 'Những điểm mới … từ ngày 1-1-2025')
            hit = hit or find_date(rest) or (find_date(text_of(item).replace(headline, " ") if headline
                                                       else text_of(item)) if item is not alinks[0] else None)
            if hit is None:
                # a list run together in one cell ("• <a>Title</a> <font>(11/10/2012)</font><br>") or a
                # definition list (<dt><a>Title</a></dt><dd>13/07/2025 21:10</dd>)
                after = _run_after(item)
                hit = find_date(after) if after and len(after) <= 40 else None
            if headline and may_hold_date(headline):  # "2019-03-05 - Tiêu đề": the date printed in the link
                headline, own = _date_apart(headline)
                hit = hit or own
            if hit is None and headline and (whole := text_of(alinks[0])) != headline:
                hit = find_date(whole.replace(headline, " "))  # a card's line under its title ('Nguồn · 17/06/2025')
            if hit is None:
                hit = next((h for x in item.iter() if x.tag == "time" or not _DATE_TOKENS.isdisjoint(class_tokens(x))
                            if (h := _short_year_alone(text_of(x))) is not None), None)
            if hit is None:
                # the time shown relative ('1 giờ trước'), the date in an attribute for the script that prints it
                hit = next((DateHit(raw=text_of(x), iso=iso, has_time=True) for x in item.iter()
                            if x.keys() and (value := attribute_date(x)) and (iso := normalize_iso(value))), None)
            desc = rest
            if hit:
                desc = desc.replace(hit.raw, " ")
            desc = norm_space(desc).strip(" |-–")
            if len(desc) < 15 and len(link_teaser) >= 15:
                desc = link_teaser
            items.append(RelatedArticle(
                url=url, headline=headline or None,
                description=desc if len(desc) >= 15 else None,
                datePublished=hit.iso if hit else None,
            ))
    return items


def _picture_title(a: HtmlElement) -> str:
    """The alt text of the one picture a link holds, when it reads as a headline (several words), else ''."""
    pictures = list(a.iter("img"))
    alt = norm_space(pictures[0].get("alt")) if len(pictures) == 1 else ""
    return alt if len(alt.split()) >= 4 else ""


def _link_title(a: HtmlElement) -> str:
    """The headline a link shows: its text, or, when it wraps a whole card (thumbnail, title, source and date
    in blocks of their own), the block marked as the title or its heading, else its first block with text."""
    if a.text and not a.text.isspace():
        return text_of(a)
    if next(a.iterdescendants(*_CARD_BLOCKS), None) is None:
        # a card of inline parts ('<span class=ov-thumb>…<span class=dur>01:52</span></span><span class=ov-title>
        # Title</span><span class=ov-date>17/03/2025</span>'): the part marked as the title
        if len(a) > 1 and (marked := next((x for x in a.iterdescendants() if isinstance(x.tag, str) and x.get("class")
                                           and _marked_title(class_tokens(x)) and text_of(x)), None)) is not None:
            return text_of(marked)
        return text_of(a)
    blocks = [x for x in a.iterdescendants(*_CARD_BLOCKS) if (t := text_of(x)) and heading_kind(t) is None
              and not find_date(t[:30])]
    marked = next((x for x in blocks if x.tag in HEADING_TAGS or _marked_title(class_tokens(x))), None)
    if marked is not None:
        return text_of(marked)
    leaves = [x for x in blocks if next(x.iterdescendants(*_CARD_BLOCKS), None) is None]
    return text_of(leaves[0]) if leaves else text_of(a)


_CARD_BLOCKS = ("div", "p", "h2", "h3", "h4", "h5", "h6")
_DATE_JOINT = " ()[]|-–—:·,"


def _date_apart(title: str) -> tuple[str, DateHit | None]:
    """A listed title with its date printed before or after it in the link ('2019-03-05 - Tiêu đề', 'Tiêu đề
    (05/03/2019)'): the title alone and the date; else the title as it is."""
    hit = find_date(title)
    if hit is None:
        return title, None
    at = title.find(hit.raw)
    before, after = title[:at], title[at + len(hit.raw):]
    # set apart by a mark ('2019-03-05 - Tiêu đề', 'Tiêu đề (05/03/2019)'), not a date the title speaks of
    # ('Những điểm mới về mức phạt từ ngày 1-1-2025')
    if not before.strip(_DATE_JOINT) and after[:len(after) - len(after.lstrip(_DATE_JOINT))].strip():
        rest = after.lstrip(_DATE_JOINT).strip()
    elif not after.strip(_DATE_JOINT) and before[len(before.rstrip(_DATE_JOINT)):].strip():
        rest = before.rstrip(_DATE_JOINT).strip()
    else:
        return title, None
    return (rest, hit) if len(rest) >= 10 else (title, None)


# the label of a link to more of a list ('Xem tiếp »'), never an article's title
_MORE_LABELS = frozenset({"xem tiếp", "xem thêm", "đọc thêm", "đọc tiếp", "xem tất cả", "xem toàn bộ", "chi tiết",
                          "xem chi tiết", "more", "read more", "see more", "view all", "tất cả"})


def _run_after(link: HtmlElement) -> str:
    """The text that follows a related item up to the next ``<br>``, block or link (its line in a list that
    is run together in one element; the ``<dd>`` of a ``<dt>``), trimmed of brackets and dashes."""
    parts = [link.tail or ""]
    for sib in link.itersiblings():
        if not isinstance(sib.tag, str):
            parts.append(sib.tail or "")
            continue
        if sib.tag == "br" or next(sib.iter("a"), None) is not None or (
                sib.tag in BLOCK_TAGS and not (link.tag == "dt" and sib.tag == "dd")):
            break
        parts.append(text_of(sib))
        parts.append(sib.tail or "")
    return norm_space(" ".join(parts)).strip("()[] -–|")


def _in_heading(el: HtmlElement) -> bool:
    """The element is a heading or inside one."""
    if el.tag in HEADING_TAGS:
        return True
    for x in el.iterancestors():
        if x.tag in HEADING_TAGS:
            return True
    return False


def _text_without_links(el: HtmlElement) -> str:
    parts: list[str] = []

    def walk(e: HtmlElement) -> None:
        if e.tag == "a" and is_article_link(e.get("href")):
            return
        if e.text and isinstance(e.tag, str):
            parts.append(e.text)
        for c in e:
            walk(c)
            if c.tail:
                parts.append(c.tail)
        parts.append(" ")

    if el.tag == "a":
        return ""
    walk(el)
    return norm_space(" ".join(parts))


# --- cookie notices ---------------------------------------------------------------------------


_COOKIE_TEXT = etree.XPath("//text()[contains(translate(., 'COKIE', 'cokie'), 'cookie')]")
_COOKIE_MARKS = {"cookie", "cookies", "consent", "gdpr", "cookiebar", "cookienotice", "cookieconsent", "cc"}


def says_cookie(text: str | None) -> bool:
    """True when ``text`` holds 'cookie' in any mix of ASCII case: what ``contains(translate(., 'COKIE',
    'cokie'), 'cookie')`` tests. UTF-8 keeps ASCII letters as their own bytes and ``bytes.lower`` changes only
    those: three C passes, a tenth of a case-blind pattern's search (which folds every character)."""
    return bool(text) and b"cookie" in text.encode("utf-8", "surrogatepass").lower()


def _cookie_texts(root: HtmlElement) -> list[tuple[str, HtmlElement]]:
    """What ``_COOKIE_TEXT`` finds, as (text, ``node.getparent()``), in document order: only subtrees
    whose text says 'cookie' are entered (their texts come from libxml2 and are kept for later)."""
    out: list[tuple[str, HtmlElement]] = []

    def visit(el: HtmlElement) -> None:
        t = el.text
        if t and says_cookie(t):
            out.append((t, el))
        for child in el:
            if isinstance(child.tag, str) and says_cookie(_raw_text(child)):
                visit(child)
            t = child.tail
            if t and says_cookie(t):
                out.append((t, child))

    if isinstance(root.tag, str):
        visit(root)
    return out


def drop_cookie_notices(root: HtmlElement) -> int:
    """Remove consent/cookie banners that are their own elements. Mutates the tree.

    A banner is the largest element (<= 600 characters) around a cookie sentence that is marked as a
    notice (class/id), has consent buttons (``Đồng ý``, ``Accept``, ``Read More``…) or is fixed on screen.
    An article that talks about cookies has no such element around its sentences.
    """
    victims: list[HtmlElement] = []
    try:
        nodes = _cookie_texts(root)
    except RecursionError:  # a pathologically deep tree: the XPath
        nodes = [(str(n), n.getparent()) for n in _COOKIE_TEXT(root)]
    for node, el in nodes:
        if el is None or not COOKIE_RE.search(node):
            continue
        banner = None
        notice_len = len(text_of(el))
        for cand in (el, *el.iterancestors()):
            if cand.tag in ("body", "html"):
                break
            txt = text_of(cand)
            if len(txt) > 600:
                break
            button_els = [b for b in cand.iter("a", "button", "span", "input") if b is not cand
                          and fold(text_of(b) or b.get("value") or "") in CONSENT_BUTTONS]
            if len(txt) - notice_len - sum(len(text_of(b)) for b in button_els) > 150:
                break  # the notice and its buttons are inside something with more to say: an article
            marked = bool(class_tokens(cand) & _COOKIE_MARKS) or "fixed" in (cand.get("style") or "")
            buttons = bool(button_els)
            if marked or buttons:
                banner = cand
        if banner is not None and not any(v is banner or _contains(v, banner) for v in victims):
            victims.append(banner)
    for el in _consent_dialogs(root):
        if not any(v is el or _contains(v, el) for v in victims):
            victims.append(el)
    for el in victims:
        if el.getparent() is not None:
            drop_tree(el)
    return len(victims)


# the words a consent manager's markup carries in its ids and classes (OneTrust, Cookiebot, Didomi, Quantcast,
# CookieYes, iubenda, Usercentrics, Osano, Termly, TrustArc, a site's own 'cookieConsent')
_CONSENT_MARKUP = ("cookie", "consent", "gdpr", "onetrust", "ot-sdk", "didomi", "cybot", "qc-cmp", "cky-", "iubenda",
                   "usercentrics", "osano", "termly", "truste")
_CONSENT_MARKUP_RE = re.compile("|".join(re.escape(w) for w in _CONSENT_MARKUP), re.IGNORECASE)
_DIALOG_ROLES = frozenset({"dialog", "alertdialog"})


def _consent_dialogs(root: HtmlElement) -> list[HtmlElement]:
    """A consent manager's dialog, whatever the length of its legal text (a cookie table, the purposes of its
    partners): an element whose id or class says so, shown as a dialog or holding consent buttons, that talks
    about cookies; the outermost of such elements. An article about cookies has none of that markup."""
    found: list[HtmlElement] = []
    for el in root.iter("div", "section", "aside", "dialog", "form"):
        if found and _contains(found[-1], el):
            continue
        i, c = el.get("id"), el.get("class")
        if not (i or c) or _CONSENT_MARKUP_RE.search(f"{i or ''} {c or ''}") is None:
            continue
        text = page_text(el)
        if not says_cookie(text) or len(text) > 8000:
            continue
        dialog = (el.get("role") or "").lower() in _DIALOG_ROLES or (el.get("aria-modal") or "").lower() == "true" \
            or el.tag == "dialog"
        if next(el.iter("article", "main"), None) is not None or not dialog and next(el.iter("h1"), None) is not None:
            continue  # a page's wrapper classed while its banner shows ('cookie-banner-open'), not the banner
        if dialog or any(fold(text_of(b) or b.get("value") or "") in CONSENT_BUTTONS
                         for b in el.iter("a", "button", "input") if b is not el):
            found.append(el)
    return found


# --- images and captions ----------------------------------------------------------------------


def img_src(img: HtmlElement) -> str | None:
    for attr in ("data-src", "data-original", "data-lazy-src", "data-srcset", "src"):
        v = (img.get(attr) or "").strip()
        if v and not v.startswith("data:"):
            if attr == "src" and "_files/" in v and "://" not in v:
                return _saved_from(img, v) or v
            return v.split()[0] if attr.endswith("srcset") else v
    return None


def _saved_from(img: HtmlElement, src: str) -> str | None:
    """The address a browser's saved copy of a photo came from ('Save page as' rewrites ``src`` to
    'Title_files/anh.jpg'): the ``srcset`` candidate or the link around it with the same file name."""
    name = src.rsplit("/", 1)[-1]
    for candidate in (img.get("srcset") or "").split(","):
        url = candidate.strip().split(" ", 1)[0]
        if "://" in url and url.rsplit("/", 1)[-1] == name:
            return url
    parent = img.getparent()
    href = (parent.get("href") or "").strip() if parent is not None and parent.tag == "a" else ""
    return href if "://" in href and href.rsplit("/", 1)[-1] == name else None


_DIGITS = re.compile(r"\d+")


def _tiny(img: HtmlElement) -> bool:
    for attr in ("width", "height"):
        v = _DIGITS.match(img.get(attr) or "")
        if v and int(v.group()) < 40:
            return True
    return False


def _top_level(el: HtmlElement, tags: tuple[str, ...]) -> str:
    """The text of the outermost ``tags`` descendants of ``el`` (spaces removed)."""
    parts = []
    for x in el.iter(*tags):
        if x is el:
            return text_of(el).replace(" ", "")
        outer = False
        for a in x.iterancestors():
            if a is el:
                break
            if a.tag in tags:
                outer = True
                break
        if not outer:
            parts.append(text_of(x))
    return "".join(parts).replace(" ", "")


def _all_italic(el: HtmlElement) -> bool:
    """All the element's text is in italics: <em>/<i>, or its own style ('font-style:italic' on a caption's <p>)."""
    classes = (el.get("class") or "").split()
    if "font-style:italic" in (el.get("style") or "").replace(" ", "").lower() \
            or not _ITALIC_CLASSES.isdisjoint(classes) or classes and not styled_classes()[0].isdisjoint(classes):
        return bool(text_of(el))
    txt = text_of(el).replace(" ", "")
    return bool(txt) and len(_top_level(el, ("em", "i"))) >= 0.9 * len(txt)


def _centered(el: HtmlElement) -> bool:
    """Centred by its style, its align attribute or a utility class ('text-center': Tailwind, Bootstrap)."""
    style = (el.get("style") or "").replace(" ", "").lower()
    classes = (el.get("class") or "").split()
    return "text-align:center" in style or (el.get("align") or "").lower() == "center" \
        or not _CENTER_CLASSES.isdisjoint(classes) or bool(classes) and not styled_classes()[1].isdisjoint(classes)


# the page's style sheets (read before `strip_junk` removes them), and what `styled_classes` made of them
_PAGE_CSS: list[str] = []
_STYLED: list[tuple[frozenset[str], frozenset[str]]] = []
_CSS_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_CSS_CLASS = re.compile(r"\.([\w-]+)")


def styled_classes() -> tuple[frozenset[str], frozenset[str]]:
    """The classes the page's style sheets set in italics and centre (a caption's class, '.cP9{font-style:italic;
    text-align:center}'): read from the sheets the first time a caption is in question on the page."""
    if not _STYLED:
        italic: set[str] = set()
        center: set[str] = set()
        for sheet in _PAGE_CSS:
            for rule in _CSS_RULE.finditer(sheet):
                decls = rule.group(2).replace(" ", "").lower()
                into = [x for x, says in ((italic, "font-style:italic"), (center, "text-align:center"))
                        if says in decls]
                for selector in rule.group(1).split(",") if into else ():
                    # the element the rule styles: the last of the selector's parts ('.b1Gx .cP9' styles '.cP9')
                    last = re.split(r"[\s>+~]+", selector.strip())[-1]
                    for target in into:
                        target.update(_CSS_CLASS.findall(last))
        _STYLED.append((frozenset(italic), frozenset(center)))
    return _STYLED[0]


# utility classes that style a caption's line: Tailwind's and Bootstrap's, WordPress's
_ITALIC_CLASSES = frozenset({"italic", "fst-italic", "font-italic"})
_CENTER_CLASSES = frozenset({"text-center", "aligncenter", "has-text-align-center"})


_AD_TOKENS = {"ads", "ad", "adv", "advert", "advertisement", "adsbygoogle", "quangcao", "qc", "banner", "sponsor",
              "sponsored", "promo"}


def _in_ad(img: HtmlElement, stop: HtmlElement, base: str | None = None,
           naming: frozenset[str] = frozenset()) -> bool:
    """An image inside an advertisement (``div.banner``, ``.ads``, ``ins``…) below ``stop``, or linked to
    another site (an unmarked ad or promotion: `_promo_link`); or a tool's icon: in a block of tools (print,
    share) or on a link that opens no page (``javascript:window.print()``, ``mailto:``). ``naming``: words of
    the body's own classes, a naming prefix of the page ('ad-article', 'ad-figure'), not an ad's mark."""
    for x in img.iterancestors():
        if x is stop:
            return False
        if x.tag == "ins" or (class_tokens(x) & _AD_TOKENS) - naming \
                or not _TOOL_TOKENS.isdisjoint(class_tokens(x)) or len(x) >= 2 and _ad_labelled(x):
            return True  # (labelled: '<span>- Quảng cáo -</span>' over the banner, whatever the block's class)
        if x.tag == "a" and (_promo_link(x, base) or _TOOL_LINK.match(x.get("href") or "")):
            return True
    return False


_TOOL_TOKENS = frozenset({"tools", "toolbox", "toolbar", "sharebar"})  # not "print": a print view is all "print-…"
_TOOL_LINK = re.compile(r"\s*(?:javascript:|mailto:|tel:)", re.IGNORECASE)


_SECOND_LEVEL = {"com", "gov", "org", "net", "edu", "ac", "co", "info", "biz", "name", "pro", "health", "int"}


def _site_of(host: str) -> str:
    """The registrable part of a host, roughly: ``media.anhp.vn`` -> ``anhp.vn``,
    ``image.baohaiphong.com.vn`` -> ``baohaiphong.com.vn``."""
    labels = host.lower().rstrip(".").split(".")
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def _promo_link(a: HtmlElement, base: str | None) -> bool:
    """A link that takes the reader to another site (not to an image file, not to the page's own site,
    not to the newspaper's): around an image it is an advertisement or a promotion, not a photo of the
    article. ``rel=sponsored`` says so outright. Unknown without the page's URL."""
    rel = (a.get("rel") or "").lower()
    if "sponsored" in rel.split():
        return True
    href = (a.get("href") or "").strip()
    if not base or not href.lower().startswith(("http://", "https://", "//")):
        return False  # a relative link stays on the page's site
    try:
        parts = urlsplit(urljoin(base, href))
        page_host = urlsplit(base).hostname or ""
    except ValueError:
        return False
    host = parts.hostname or ""
    if not host or not page_host or _IMAGE_LINK.search(parts.path):
        return False
    return _site_of(host) not in (_site_of(page_host), "anhp.vn")


_NOT_PHOTO_TOKENS = AUTHOR_TOKENS | {"avatar", "logo", "icon", "share", "social"}


_COVER_TOKENS = frozenset({"cover", "hero"})


def take_images_between(root: HtmlElement, index: dict[HtmlElement, int], title: HtmlElement,
                        container: HtmlElement, base: str | None, page: str | None = None) -> list[Image]:
    """Images (with captions) between the title and the body container, outside both: the lead photo.
    Not avatars, logos, icons or ads (``page``: as for `take_images`). Mutates the tree like `take_images`."""
    t_i, c_i = index.get(title, -1), index.get(container, -1)
    if t_i < 0 or c_i <= t_i:
        return []
    images: list[Image] = []
    # a longform's cover: the title printed over the photo, both in one <figure> (its caption the photo's) or in
    # a block called a cover ('EmagCover_cover': the photo, then the title and date laid over it)
    cover, photo = None, None
    for a in islice(title.iterancestors(), 3):
        if a.tag == "figure" or not _COVER_TOKENS.isdisjoint(class_tokens(a)):
            photo = next((i for i in a.iter("img", "amp-img") if img_src(i) and not _tiny(i)), None)
            if photo is not None or a.tag == "figure":  # (a cover's overlay holding the title has no photo)
                cover = a
                break
    if cover is not None and not _contains(cover, container) and not _contains(container, cover):
        if photo is not None:
            cap = next(cover.iter("figcaption"), None)
            images.append(Image(url=absolute(base or "", img_src(photo) or ""),
                                caption=(text_of(cap) or None) if cap is not None else None))
    hero = _hero_above(title, container, page)
    if hero is not None:
        images += take_images(hero, base, page)
    for img in list(root.iter("img", "amp-img")):
        i = index.get(img, -1)
        if not t_i < i < c_i or img.getparent() is None or _contains(container, img):
            continue
        wrapper = img
        skip = False
        while True:
            if class_tokens(wrapper) & (_NOT_PHOTO_TOKENS | _AD_TOKENS | _TOOL_TOKENS) \
                    or wrapper.tag in ("ins", "nav", "header"):  # (a tools row's icons: print, e-mail)
                skip = True
                break
            parent = wrapper.getparent()
            if parent is None or _contains(parent, title) or _contains(parent, container) \
                    or len(text_of(parent)) > 400:
                break
            wrapper = parent
        if skip or wrapper is img or in_scope_out(wrapper):
            continue
        images += take_images(wrapper, base, page)
    return images


def _hero_above(title: HtmlElement, container: HtmlElement, page: str | None) -> HtmlElement | None:
    """The photo block printed just above the title, in the article's own column ('vt-hero': one large photo
    and its caption, before the section label or right over the headline): the lead photo. Not a teaser (a
    link to another article), an ad, a logo or avatar, nor a strip of several images."""
    if not _contains(title.getparent(), container) and title.getparent() is not container.getparent():
        return None  # the title stands apart from the body's column (a page header)
    for sib in islice(title.itersiblings(preceding=True), 2):
        if not isinstance(sib.tag, str):
            continue
        photos = [i for i in sib.iter("img", "amp-img") if img_src(i) and not _tiny(i)]
        if not photos:
            continue  # a section label, a kicker
        holders = [photos[0], *photos[0].iterancestors()]
        holders = holders[:holders.index(sib) + 1]
        if len(photos) > 1 or len(text_of(sib)) > 300 or _is_scope_out(sib) or sib.tag in ("a", "header", "nav") \
                or any(class_tokens(x) & (_NOT_PHOTO_TOKENS | _AD_TOKENS) for x in holders) \
                or _in_ad(photos[0], sib, page) or any(is_article_link(a.get("href")) for a in sib.iter("a")) \
                or _thumbnail(photos[0], img_src(photos[0]) or ""):
            return None
        return sib
    return None


def shared_photo_after(container: HtmlElement, shared: str, base: str | None, page: str | None) -> list[Image]:
    """The page's shared photo (its ``og:image``) standing right after a body that holds none: a social post's
    text, then its photo (a mobile share view)."""
    for sib in islice((x for x in container.itersiblings() if isinstance(x.tag, str)), 2):
        found = [im for im in take_images(sib, base, page) if im.url == shared]
        if found:
            return found[:1]
    return []


_PORTRAIT_TOKENS = frozenset({"avatar", "logo", "icon"})


def _portrait_or_logo(img: HtmlElement, container: HtmlElement) -> bool:
    """An author's avatar or a logo in the body's container ('<div class="avatar"><amp-img …>' in an author box)."""
    for x in (img, *img.iterancestors()):
        if x is container:
            return False
        if not _PORTRAIT_TOKENS.isdisjoint(class_tokens(x)):
            return True
    return False


def _in_form(img: HtmlElement, container: HtmlElement) -> bool:
    """A picture in a form inside the body's block (a comment form's captcha, an image button): no photo of the
    article (an ASP.NET page's form around the whole page is no such form)."""
    for x in img.iterancestors():
        if x is container:
            return False
        if x.tag == "form":
            return True
    return False


_PLAYER_TOKENS = frozenset({"player", "vjs", "videojs", "jwplayer", "plyr"})


def _player_poster(img: HtmlElement, container: HtmlElement) -> bool:
    """A video player's poster (the still shown before the video plays, '<div class="vd-player"><img
    class="vjs-poster">'; the player's frame is gone with the page's scripts): the video's, not a photo of the
    article."""
    if "poster" in class_tokens(img):
        return True
    for x in (img, *img.iterancestors()):
        if not _PLAYER_TOKENS.isdisjoint(class_tokens(x)):
            return True
        if x is container:  # (the player itself may be the block the photo was looked for in)
            return False
    return False


_SLIDE_COUNTER = re.compile(r"(\d{1,2})\s*/\s*(\d{1,2})\s*")


def _publication_logo(img: HtmlElement) -> bool:
    """A publication's logo: its name as the picture's text, or as the short label beside it (an aggregator's
    source line, '<img src=…/sources/anhp.png><span>An ninh Hải Phòng</span> · Vì bình yên cuộc sống')."""
    alt = img.get("alt")
    if alt:
        return len(alt) <= 40 and known_source(alt) is not None
    parent = img.getparent()
    label = text_of(parent) if parent is not None else ""
    return 0 < len(label) <= 80 and known_source(_LABEL_SPLIT.split(label, 1)[0]) is not None


_LABEL_SPLIT = re.compile(r"\s*[·•|–—]\s*|\s+-\s+")


_SIZE_SUFFIX = re.compile(r"-\d{2,4}x\d{2,4}(?=\.\w{2,5}$)")


def _resized_copy(src: str, href: str) -> bool:
    """``src`` is a resized copy of the photo ``href`` links to: the same file name with a size suffix
    (WordPress's 'anh-696x464.jpg' linked to 'anh.jpg', the original the lightbox opens)."""
    name = src.split("?", 1)[0].rsplit("/", 1)[-1]
    return _SIZE_SUFFIX.search(name) is not None \
        and _SIZE_SUFFIX.sub("", name) == href.strip().split("?", 1)[0].rsplit("/", 1)[-1]


# a size in the address's path: '/resize/240x160/', '/crop/240x150/', '/w300/'
_SIZE_IN_PATH = re.compile(r"/(?:w(?P<w>\d{2,4})|(?P<wx>\d{2,4})x\d{2,4})/")


def _thumbnail(img: HtmlElement, src: str) -> bool:
    """A small preview (``thumb`` in its address, a width of 300 pixels or less in its path, or drawn that
    small), not the photo itself."""
    width = (img.get("width") or "").strip().removesuffix("px")
    if "thumb" in src.lower() or (width.isdigit() and int(width) <= 300):
        return True
    return _small_in_path(src)


def _small_in_path(url: str) -> bool:
    """The address names a width of 300 pixels or less ('/resize/240x160/', '/w300/')."""
    sized = _SIZE_IN_PATH.search(url)
    return sized is not None and int(sized.group("w") or sized.group("wx")) <= 300


def without_repeats(images: list[Image]) -> list[Image]:
    """The images less the previews of a photo taken already (a gallery's strip of thumbnails under its slides:
    the same file name at a small size in its address)."""
    seen: set[str] = set()
    out = []
    for im in images:
        name = im.url.split("?", 1)[0].rsplit("/", 1)[-1]
        if not (name in seen and ("thumb" in im.url.lower() or _small_in_path(im.url))):
            out.append(im)
        seen.add(name)
    return out


# an icon by its file's name or folder ('/images/icon_print.gif', 'ico_print.gif', '/icons/zalo.svg', 'print-icon.png'):
# no photo
_ICON_FILE = re.compile(r"(?:/ico(?:ns?)?/|(?:^|[/_\-.])ico(?:ns?)?[_\-.][^/]*$)", re.IGNORECASE)


_COPY_TOKENS = frozenset({"duplicate", "cloned", "clone"})


def _slider_copy(img: HtmlElement, container: HtmlElement) -> HtmlElement | None:
    """The slider's copy of a slide the photo is in (Swiper's 'swiper-slide-duplicate', Slick's 'slick-cloned'),
    which loops the first and last slides: the photo is shown once, in its own slide. None when it is in none."""
    for x in img.iterancestors():
        if x is container:
            return None
        if not _COPY_TOKENS.isdisjoint(class_tokens(x)):
            return x
    return None


def take_images(container: HtmlElement, base: str | None, page: str | None = None,
                credits: list[str] | None = None) -> list[Image]:
    """Images of the body with their captions; caption elements are removed. Mutates the tree.
    ``page``: the page's own URL when known (an image linked to another site is then an ad); ``credits``: where
    the photo credits standing alone under the photos ('(Ảnh: Hoàng Hà)') are added, removed too."""
    images: list[Image] = []
    drop: list[HtmlElement] = []
    shown: set[str] = set()  # the file names of the photos taken at full size
    naming = frozenset(t for x in (container, *container.iterancestors()) for t in class_tokens(x) & _AD_TOKENS)
    for img in list(container.iter("img", "amp-img")):
        src = img_src(img)
        if (copy := _slider_copy(img, container)) is not None:
            drop.append(copy)  # (with its caption: the same as the slide's own)
            continue
        if not src or _tiny(img) or _ICON_FILE.search(src) or any(x in drop for x in img.iterancestors()) \
                or _in_ad(img, container, page, naming) or _publication_logo(img) or _portrait_or_logo(img, container) \
                or _player_poster(img, container) or _in_form(img, container):
            continue
        url = absolute(base or "", src)
        caption = None
        # a thumbnail linked to its full-size photo (a gallery): the photo, captioned by the link's title
        link = img.getparent()
        full = link if link is not None and link.tag == "a" and _IMAGE_LINK.search(link.get("href") or "") \
            and (_thumbnail(img, src) or _resized_copy(src, link.get("href") or "")) else None
        if full is not None:
            url = absolute(base or "", (full.get("href") or "").strip())
        holder = img
        while True:
            parent = holder.getparent()
            if parent is None or parent is container:
                break
            ptext = text_of(parent)
            if len(ptext) > 400 or sum(1 for _ in parent.iter("img", "amp-img")) > 1:
                break
            # text of its own in two places or more: <br>-separated paragraphs the photo stands among, not a caption
            if sum(1 for t in (parent.text, *(k.tail for k in parent)) if t and len(t.strip()) >= 25) >= 2:
                break
            # a captioned <figure> inside a paragraph's text (an unclosed '<p>…' the parser let hold the figure that
            # follows it): the figure is the photo's block, the paragraph is text
            if holder.tag == "figure" and next(holder.iter("figcaption"), None) is not None and any(
                    t and len(t.strip()) >= 25 for t in (parent.text, *(k.tail for k in parent))):
                break
            if parent.tag in ("p", "div", "span", "a", "center", "figure", "td", "tr", "tbody", "table", "font",
                              "strong", "b", "em", "i", "picture", "source"):  # libxml2 nests <img> in <source>
                text_kids = [k for k in parent if isinstance(k.tag, str) and text_of(k) and k.tag in BLOCK_TAGS]
                if len(text_kids) > 2 and parent.tag not in ("figure", "table", "tbody", "tr"):
                    break
                if holder is not img and text_of(holder) and parent.tag in ("div", "td") \
                        and any(k is not holder for k in text_kids):
                    break  # the photo's block has its caption; the block around it has a paragraph of text too
                holder = parent
            else:
                break
        if holder.tag in ("tr", "tbody"):
            while holder.getparent() is not None and holder.getparent().tag in ("tbody", "table") \
                    and holder.getparent() is not container and len(text_of(holder.getparent())) <= 400:
                holder = holder.getparent()
        htext = text_of(holder) if holder is not img else ""
        if htext and holder.tag in ("figure", "table", "div", "p", "center", "td", "span", "tbody", "tr"):
            cap_el = next((x for x in holder.iter("figcaption", "caption") ), None)
            caption = text_of(cap_el) if cap_el is not None else htext
            credit = next((x for x in holder.iter() if x is not holder and any("credit" in t for t in class_tokens(x))
                           and text_of(x)), None) if caption else None
            if credit is not None and caption:
                # the photo's credit in a block of its own beside the caption ('<span class=itemImageCredits>Ảnh:
                # Quang Huy</span>'): not the caption (a credit printed inside the caption stays, as printed)
                caption = norm_space(caption.replace(text_of(credit), " ")) or None
            if caption and CHROME_TEXT.match(caption):
                caption = None  # a gallery's slide counter ('4/6') or a zoom button, not a caption
            elif caption and caption[0].isdigit() and (counter := _SLIDE_COUNTER.match(caption)) is not None \
                    and int(counter.group(1)) <= int(counter.group(2)) and caption[counter.end():][:1].isupper():
                caption = caption[counter.end():]  # '1/3 Tổ công tác…': the slide's counter over its caption
            elif caption and caption[-1].isdigit() and (tail := next(
                    (t for x in holder.iter() if x is not holder and (t := text_of(x))
                     and _SLIDE_COUNTER.fullmatch(t) and caption.endswith(t)), None)) is not None:
                caption = caption[:-len(tail)].rstrip()  # '…buổi diễn tập.<span>6/6</span>': the counter after it
        elif holder.tag in ("td", "th") and (below := _cell_below(holder)) is not None:
            caption = text_of(below) or None  # (an empty cell under the photo: no caption)
            drop.append(below)
        else:
            nxt = _next_past_breaks(holder)  # (the photo, or its block)
            if nxt is not None and isinstance(nxt.tag, str):
                ntxt = text_of(nxt)
                # (not the lead set in italics under a cover photo: '<div class="emg-lead">'; nor the photo's credit)
                if ntxt and len(ntxt) <= 300 and next(nxt.iter("img", "amp-img"), None) is None \
                        and LEAD_TOKENS.isdisjoint(class_tokens(nxt)) and not is_photo_credit(ntxt) and (
                        class_tokens(nxt) & CAPTION_TOKENS or nxt.tag == "figcaption"
                        or any("caption" in t for t in class_tokens(nxt))  # 'pcaption', 'imgCaption'
                        or _all_italic(nxt) or (_centered(nxt) and _centered(holder) and len(ntxt) < 200)
                        or _line_apart(nxt, holder, container, ntxt)):
                    caption = ntxt
                    drop.append(nxt)
        if credits is not None and (after := _next_past_breaks(holder)) is not None and isinstance(after.tag, str) \
                and after not in drop and (said := text_of(after)) and is_photo_credit(said) \
                and next(after.iter("img", "amp-img"), None) is None:
            credits.append(said)  # '(Ảnh: Hoàng Hà)' under the photo: who took it, not its caption nor a line
            drop.append(after)
        if not caption and full is not None:
            caption = norm_space(full.get("title"))
        name = url.rsplit("/", 1)[-1]
        if full is None and _thumbnail(img, src) and name in shown:
            pass  # a carousel's thumbnail of a photo shown above at full size: not another image
        else:
            images.append(Image(url=url, caption=caption or None))
            if full is not None or not _thumbnail(img, src):
                shown.add(name)
        if holder is not img:
            drop.append(holder)
        else:
            drop.append(img)
    for el in drop:
        if el.getparent() is not None:
            drop_tree(el)
    for cap in list(container.iter("figcaption")):
        if cap.getparent() is not None:
            drop_tree(cap)
    return images


def _cell_below(cell: HtmlElement) -> HtmlElement | None:
    """The cell under a photo's cell in a table of photos side by side: a row of cells holding photos and no text,
    then a row of as many short texts (the captions, column by column; an empty one captions nothing)."""
    row = cell.getparent()
    if row is None or row.tag != "tr":
        return None
    under = next((r for r in row.itersiblings() if isinstance(r.tag, str)), None)
    if under is None or under.tag != "tr":
        return None
    cells = [c for c in row if c.tag in ("td", "th")]
    below = [c for c in under if c.tag in ("td", "th")]
    if len(cells) < 2 or len(cells) != len(below) or any(text_of(c) for c in cells) \
            or any(next(c.iter("img", "amp-img"), None) is None for c in cells) \
            or any(next(c.iter("img", "amp-img"), None) is not None or len(text_of(c)) > 300 for c in below):
        return None
    return below[cells.index(cell)]


def _line_apart(el: HtmlElement, holder: HtmlElement, container: HtmlElement, text: str) -> bool:
    """A short <div> of text right after a block holding the photo alone, in a body whose paragraphs are <p>s: the
    caption, set apart from the paragraphs by its element ('<div class="c-im"><img></div><div class="c-cp">…</div>')."""
    return el.tag == "div" and holder is not None and holder.tag == "div" and len(text) <= 200 and not len(el) \
        and not text_of(holder) and sum(1 for p in container.iter("p") if len(text_of(p)) >= 80) >= 3


def _next_past_breaks(el: HtmlElement) -> HtmlElement | None:
    """The element after ``el`` past line breaks (a forum post's photo, '<br>', then its italic caption line); not
    past a break followed by text (the next line of <br>-separated text)."""
    nxt = el.getnext()
    while nxt is not None and (nxt.tag == "br" or not isinstance(nxt.tag, str)) \
            and not (nxt.tail and not nxt.tail.isspace()):
        nxt = nxt.getnext()
    return nxt


# --- body text --------------------------------------------------------------------------------


@dataclass
class Line:
    text: str
    el: HtmlElement


def _is_data_table(table: HtmlElement) -> bool:
    for cell in table.iter("td", "th"):
        if next(cell.iter("table", "p", "div"), None) is not None and len(text_of(cell)) > 300:
            return False
        if len(text_of(cell)) > 600:
            return False
    return True


_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n\s*")


def _keeps_breaks(el: HtmlElement) -> bool:
    """Text whose line breaks show (``<pre>``, ``white-space: pre-line``): its blank lines part paragraphs."""
    if el.tag == "pre":
        return True
    style = el.get("style")
    return bool(style) and "white-space" in style and "pre" in style.split("white-space", 1)[1][:20]


def body_lines(container: HtmlElement) -> list[Line]:
    """The text of a container as lines: blocks, list items, table rows and ``<br>`` breaks (and blank lines in
    text that keeps its line breaks)."""
    lines: list[Line] = []
    buf: list[str] = []
    owner: list[HtmlElement] = [container]
    kept: set[HtmlElement] = set()  # the elements whose text keeps its line breaks

    def flush(el: HtmlElement) -> None:
        t = norm_space("".join(buf))
        buf.clear()
        if t:
            lines.append(Line(t, owner[-1] if owner else el))

    def put(text: str | None, holder: HtmlElement | None) -> None:
        if not text:
            return
        if holder in kept and "\n" in text:
            parts = _BLANK_LINE.split(text)
            buf.append(parts[0])
            for part in parts[1:]:
                flush(holder)
                buf.append(part)
        else:
            buf.append(text)

    def put_tail(el: HtmlElement) -> None:
        if kept:
            put(el.tail, el.getparent())
        else:
            buf.append(el.tail or "")

    def visit(el: HtmlElement) -> None:
        tag = el.tag
        if not isinstance(tag, str):
            put_tail(el)
            return
        if tag == "br":
            flush(el)
            put_tail(el)
            return
        if tag in ("img", "amp-img", "script", "style", "button", "input", "select", "textarea", "noscript", "svg",
                   "iframe"):
            put_tail(el)
            return
        if tag == "table" and _is_data_table(el):
            flush(el)
            for tr in el.iter("tr"):
                cells = [text_of(c) for c in tr if isinstance(c.tag, str) and c.tag in ("td", "th")]
                row = " | ".join(c for c in cells)
                if norm_space(row.replace("|", "")):
                    lines.append(Line(norm_space(row), tr))
            put_tail(el)
            return
        block = tag in BLOCK_TAGS
        if block:
            flush(el)
            owner.append(el)
            if _keeps_breaks(el):
                kept.add(el)
        put(el.text, el)
        for child in el:
            visit(child)
        if block:
            flush(el)
            owner.pop()
        buf.append(" " if tag in ("td", "th") else "")
        put_tail(el)

    if _keeps_breaks(container):
        kept.add(container)
    put(container.text, container)
    for child in container:
        visit(child)
    flush(container)
    return lines


_TAGS_COLON = re.compile(r"^(?:từ khóa|từ khoá|tags?)\s*:", re.IGNORECASE)




def _ad_labelled(el: HtmlElement) -> bool:
    """A block labelled as an ad by its first child ('<span>Quảng cáo</span>' over a banner and its text),
    whatever its class ('ct-inads'), that says little else."""
    first = el[0]
    if not isinstance(first.tag, str) or len(first):
        return False
    label = first.text
    return bool(label) and len(label) <= 25 and fold(label) in _AD_LABELS and len(text_of(el)) < 400


def _says_summary(text: str) -> bool:
    """The text says 'tóm tắt' (in either case): only then is a summary box looked for, block by block."""
    return "óm tắt" in text or "ÓM TẮT" in text
_SUMMARY_HEAD = re.compile(r"^\W*(?:tóm tắt(?: nhanh| nội dung| bài viết| tin)?|ai tóm tắt|tóm tắt bằng ai)\W*$",
                           re.IGNORECASE)


def _summary_box(el: HtmlElement) -> bool:
    """A box summing the article up ('Tóm tắt nhanh' and three bullets, often written by a machine): it
    repeats the article, it is not part of it."""
    first = next((k for k in el if isinstance(k.tag, str)), None)
    if first is None or len(first) > 2 or "tắt" not in page_text(first):  # (a plain search first)
        return False
    return bool(_SUMMARY_HEAD.match(text_of(first))) and len(text_of(el)) < 1200


def _fact_box(el: HtmlElement) -> bool:
    """A box of the article's own facts or advice set beside its text ('<aside class="factbox"><h4>Thông tin cần
    biết</h4><ul><li>…'): paragraphs or items of prose, no link, no author's card."""
    return len(text_of(el)) >= 80 and next(el.iter("a", "form", "button", "img"), None) is None \
        and AUTHOR_TOKENS.isdisjoint(class_tokens(el)) \
        and sum(1 for x in el.iter("p", "li") if len(text_of(x)) >= 30) >= 2


def drop_chrome(container: HtmlElement) -> list[str]:
    """Remove share/print/comment/ad/tag widgets inside the body; returns tag texts found. Mutates."""
    tags: list[str] = []
    victims = []
    summaries = _says_summary(page_text(container))  # a summary box's heading is looked for only then
    for el in container.iter():
        if el is container or not isinstance(el.tag, str):
            continue
        tokens = class_tokens(el)
        if tokens & CHROME_TOKENS and len(text_of(el)) < 400 and not (tokens & AUTHOR_TOKENS and len(el) <= 2):
            # (a byline marked 'print-author' is the byline, taken next, not print chrome)
            if tokens & {"tags", "tag", "keywords", "keyword", "tukhoa"}:
                tags.extend(text_of(a) for a in el.iter("a") if text_of(a))
            victims.append(el)
        elif el.tag == "a" and _NOTE_ANCHOR.match(el.get("href") or "") and _BACK_MARK.match(text_of(el)):
            victims.append(el)  # a footnote's '↩' back to its call
        elif el.tag in ("nav", "aside", "form", "footer") and len(text_of(el)) < 400 \
                and not (el.tag == "footer" and (up := el.getparent()) is not None and up.tag == "blockquote") \
                and not (el.tag == "aside" and (quote := next(el.iter("blockquote"), None)) is not None
                         and text_of(quote) == text_of(el)) \
                and not (el.tag == "aside" and _fact_box(el)):
            # (a <footer> in a <blockquote> is the quote's attribution: text; an <aside> holding a quote alone is a
            # pull quote, set beside the text and part of it; one of facts or advice, a box of the article's)
            victims.append(el)
        elif el.get("aria-hidden") == "true" and 0 < len(text_of(el)) <= 4 and text_of(el).isdigit():
            victims.append(el)  # a chapter's number drawn beside its heading ('01'), hidden from screen readers
        elif not _COMMENT_TOKENS.isdisjoint(tokens) and el.tag in BLOCK_TAGS:
            victims.append(el)  # the readers' comments, however long
        elif not EMBED_TOKENS.isdisjoint(tokens) and el.tag in ("div", "blockquote", "figure", "section"):
            victims.append(el)  # a Facebook post or a tweet quoted in the body: its own text, not the article's
        elif summaries and el.tag in BLOCK_TAGS and _summary_box(el):
            victims.append(el)
        elif el.tag in BLOCK_TAGS and len(el) >= 2 and _ad_labelled(el):
            victims.append(el)
        elif el.tag in ("div", "nav", "ol", "ul", "section", "aside") and _contents_box(el):
            victims.append(el)  # a table of contents ('Nội dung chính' over links to the body's own anchors)
        elif "kicker" in tokens and len(text_of(el)) <= 60:
            victims.append(el)  # the section's label over the title ('<h3 class="op-kicker">Hồ sơ vụ án</h3>')
        elif el.tag == "time" and (t := text_of(el)) and len(t) <= 40 and (d := find_date(t)) is not None \
                and len(d.raw) >= len(t) - 3:
            victims.append(el)  # a time stamp left in the body (the update's), not a line of it
        elif el.tag in ("div", "section") and len(el) <= 8 and next(el.iter("input", "select", "textarea"), None) \
                is not None and len(text_of(el)) <= 200:
            # a sign-up box without a <form> (its title, an e-mail field, a button), or a comment box (its heading,
            # the fields for the text, name and e-mail, the button and the moderation note)
            victims.append(el)
        elif el.tag in BLOCK_TAGS and (t := text_of(el)) and len(t) <= 200 \
                and ("rình duyệt" in t or "lash" in t or "rowser" in t) and _PLAYER_FALLBACK.search(t):
            # (plain searches for the pattern's words, either case of their first letter, rule most blocks out)
            victims.append(el)  # a media player's notice for browsers that cannot play it (jPlayer's, Flash's)
        elif el.tag in ("div", "section", "aside", "p") and _follow_box(el):
            victims.append(el)  # 'Theo dõi An ninh Hải Phòng trên Google News' and its one line of invitation
        elif el.tag == "a" and len(t := text_of(el)) <= 120 and _alone_on_line(el) \
                and (_FOLLOW_LINK.match(el.get("href") or "") or _FOLLOW_TEXT.search(t)):
            victims.append(el)  # the same, a link on its own line ('Theo dõi kênh Telegram An ninh Hải Phòng')
        elif el.tag in BLOCK_TAGS and len(el) <= 4:
            t = text_of(el)
            if t and len(t) < 40 and CHROME_TEXT.match(t) and el.tag not in ("td", "th"):
                # (a table's cell is data, '96/121' is no slide counter there)
                victims.append(el)
            elif t and _TAGS_COLON.match(t) and len(t) < 300:
                tags.extend(text_of(a) for a in el.iter("a") if text_of(a))
                victims.append(el)
            elif t and INLINE_RELATED.match(t) and any(is_article_link(a.get("href")) for a in el.iter("a")):
                victims.append(el)
    victims += _polls(container) + _tool_rows(container)
    for el in victims:
        if el.getparent() is not None and not any(_contains(v, el) for v in victims if v is not el):
            drop_tree(el)
    return tags


def own_link_cards(container: HtmlElement, headline: str) -> list[HtmlElement]:
    """Link previews of the article itself in its body (a blog's bookmark card to the original: one link holding
    the headline, the lead and a thumbnail): they repeat the article, they are neither text nor photos of it."""
    head = fold(headline)
    cards = []
    for a in container.iter("a"):
        if len(a) < 2 or _IMAGE_LINK.search(a.get("href") or ""):
            continue  # (a card is a link holding blocks: title, description, picture)
        t = text_of(a)
        if len(t) <= len(headline) or not fold(t).startswith(head):
            continue
        card = a
        while (up := card.getparent()) is not None and up is not container and text_of(up) == t:
            card = up
        cards.append(card)
    return cards


# a link to follow the paper on a news app or a social network, and the words inviting to
_FOLLOW_LINK = re.compile(r"^\s*(?:https?:)?//(?:news\.google\.com/(?:publications|s)/|oa\.zalo\.me/|zalo\.me/\d|"
                          r"t\.me/(?!iv\b)\w)",
                          re.IGNORECASE)  # (an official account's page: zalo.me/<number>, not zalo.me/share)
_FOLLOW_TEXT = re.compile(r"\b(?:theo dõi|follow)\b.{0,60}?\b(?:trên|on|kênh|trang)\s+(?:google news|zalo|youtube|"
                          r"tiktok|facebook|fanpage|telegram)", re.IGNORECASE)


def _follow_box(el: HtmlElement) -> bool:
    """A box inviting to follow the paper ('Theo dõi An ninh Hải Phòng trên Google News' over its link, 'Nhấn Theo
    dõi để cập nhật…'): short, holding a link to a follow page or the words of the invitation on a link."""
    t = page_text(el)
    if len(t) > 300 or "oogle" not in t and "alo" not in t and "heo dõi" not in t and "ollow" not in t:
        return False
    links = list(el.iter("a"))
    return bool(links) and (any(_FOLLOW_LINK.match(a.get("href") or "") for a in links)
                            or any(_FOLLOW_TEXT.search(text_of(a)) for a in links))


_PLAYER_FALLBACK = re.compile(r"cập nhật trình duyệt|trình duyệt (?:của bạn )?không hỗ trợ|flash (?:player|plugin)|"
                              r"your browser (?:does not|doesn't) support", re.IGNORECASE)


def _contents_box(el: HtmlElement) -> bool:
    """A table of contents: two links or more, every one to an anchor of the page ('#muc1'), and no more text
    than the links and a label."""
    first = next(el.iter("a"), None)  # (most blocks have no link, or a first link to a page: not walked further)
    if first is None or not (first.get("href") or "").startswith("#"):
        return False
    links = list(el.iter("a"))
    if len(links) < 2 or not all((a.get("href") or "").startswith("#") and len(a.get("href") or "") > 1
                                 for a in links):
        return False
    return len(text_of(el)) - sum(len(text_of(a)) for a in links) <= 40


# a footnote's link back to its call, or a call's to its note ('#fnref1', '#fn2', '#cite_note-3'): the text's own
_NOTE_ANCHOR = re.compile(r"^#(?:fn|footnote|cite|note|ref|chu-?thich)", re.IGNORECASE)
_BACK_MARK = re.compile(r"^[\s↩↑⤴^]*$")


def _tool_rows(container: HtmlElement) -> list[HtmlElement]:
    """Rows of buttons that open no page (font size, print, e-mail: two or more), with the views counter
    beside them: the largest short block around them."""
    counts: dict[HtmlElement, int] = {}
    for a in container.iter("a"):
        href = a.get("href") or ""
        if _NOT_A_PAGE.match(href) and not _NOTE_ANCHOR.match(href):
            for x in (a, *a.iterancestors()):
                if x is container:
                    break
                counts[x] = counts.get(x, 0) + 1
    return [x for x, n in counts.items() if n >= 2 and len(text_of(x)) < 160]


def _polls(container: HtmlElement) -> list[HtmlElement]:
    """Readers' polls in the body with no class saying so (``Bạn nghĩ gì về …?`` and its radio buttons): the
    largest short block around each choice button."""
    found = []
    for box in container.iter("input"):
        if (box.get("type") or "").lower() not in ("radio", "checkbox"):
            continue
        top = box
        for a in box.iterancestors():
            if a is container or len(text_of(a)) >= 400:
                break
            top = a
        if top is not box and top not in found:
            found.append(top)
    return found


def _right_or_bold(el: HtmlElement, container: HtmlElement) -> bool:
    for x in (el, *el.iterancestors()):
        style = (x.get("style") or "").replace(" ", "").lower()
        if "text-align:right" in style or (x.get("align") or "").lower() == "right":
            return True
        if class_tokens(x) & (AUTHOR_TOKENS | {"right", "text-right", "align-right"}):
            return True
        if x is container:
            break
    txt = text_of(el).replace(" ", "")
    return bool(txt) and len(_top_level(el, ("strong", "b"))) >= 0.95 * len(txt)


_TO_BE_CONTINUED = re.compile(r"^\W*(?:còn nữa|còn tiếp|hết|còn)\W*$", re.IGNORECASE)


def brief_signatures(container: HtmlElement) -> list[HtmlElement]:
    """The signatures closing each item but the last of a page of briefs ('Tin vắn': items under their own
    headings, each signed): a name alone on its line, right-aligned or bold, right before the next item's
    heading, when the body also ends with such a line (the last signature, the body's byline as usual)."""
    if next(container.iter("h2", "h3", "h4"), None) is None:
        return []
    signed: list[HtmlElement] = []
    last = None
    for el in container.iter("p", "div"):
        if len(el) > 2 or len(t := text_of(el)) > 40 or not t or next(el.iter("img"), None) is not None \
                or not _right_or_bold(el, el):
            continue
        credit = parse_byline(t)
        if credit is None or not credit.authors or credit.source:
            continue
        nxt = next_element(el)
        if nxt is not None and nxt.tag in ("h2", "h3", "h4"):
            signed.append(el)
        elif nxt is None:
            last = el
    return signed if last is not None else []


def split_byline(lines: list[Line], container: HtmlElement) -> str | None:
    """Pop a marked byline (short last line, right-aligned, bold-only or author-classed). Mutates lines."""
    found: list[str] = []
    roles = 0  # lines of a credits box by role ('Thực hiện: …' / 'Ảnh: …' / 'Thiết kế: …'): up to four
    while lines and len(found) < (2 if roles < len(found) or not found else 4):
        last = lines[-1]
        t = last.text
        if (signed := _signed_paragraph(last)) is not None:
            # the writer's name in bold closing the last paragraph ('… theo quy định. <b>Minh Phương</b>')
            last.text, name = signed
            found.insert(0, name)
            break
        if len(t) > 100 or len(t.split()) > 14 or re.match(r"^PV\s*[.:]", t) or _TO_BE_CONTINUED.match(t):
            break  # ('(Còn nữa)' closing a series part is the article's last line, not a credit)
        if t.endswith(("?", ":")) or (t.endswith(".") and len(t.split()) > 6):
            break
        by_role = role_line(t) is not None
        if not _right_or_bold(last.el, container) and not by_role and not credits_by_prefix(t):
            break
        roles += by_role
        found.insert(0, t)
        lines.pop()
    return "\n".join(found) if found else None


_SENTENCE_END = ".!?…”\"»)"


def _signed_paragraph(line: Line) -> tuple[str, str] | None:
    """A paragraph closed by its writer's name in bold after its last sentence ('… xử lý theo quy định.
    <b>Minh Phương</b>'): the paragraph's text without it, and the name; else None."""
    el = line.el
    if el.tag not in ("p", "div") or not len(el) or line.text[-1:] in _SENTENCE_END:
        return None
    sig = el[-1]
    if sig.tag not in ("b", "strong") or (sig.tail and sig.tail.strip()) or len(sig):
        return None
    name = text_of(sig)
    if not name or len(name) > 40 or not line.text.endswith(name):
        return None
    before = line.text[:-len(name)].rstrip()
    if len(before) < 40 or before[-1:] not in _SENTENCE_END:
        return None
    credit = parse_byline(name)
    if credit is None or not credit.authors or credit.source:
        return None
    return before, name


# an update's label and time or date, alone: 'Cập nhật lúc 18:40', 'Sửa lúc: 14:30 - 12/08/2025'
_UPDATE_STAMP = re.compile(rf"^\W*(?:{_UPDATE_WORDS}|sửa)(?: lúc| ngày| vào)?\s*:?"
                           r"(?=[^\d]{0,8}\d)[\d\s:/.,|\-–h]*(?:(?:ngày|lúc)[\d\s:/.,|\-–h]+)?\W*$", re.IGNORECASE)


_SECTION_LABEL = frozenset({"cat", "cate", "category", "categories", "catname", "chuyenmuc", "section", "kicker"})


def dateline_leftovers(row: HtmlElement) -> bool:
    """What is left of the date's row once the date is taken is chrome only: an update time ('Cập nhật lúc
    18:40'), the section's link, counters and share buttons, or nothing; no picture, under 80 characters."""
    text = text_of(row)
    if len(text) > 80 or next(row.iter("img", "picture", "amp-img"), None) is not None:
        return False
    pieces = [norm_space(row.text)] + [norm_space(k.tail) for k in row]
    for k in row:
        if not isinstance(k.tag, str):
            continue
        t = text_of(k)
        if not t:
            continue
        links = list(k.iter("a"))
        if k.tag == "address" or not AUTHOR_TOKENS.isdisjoint(class_tokens(k)) or any(
                a.get("rel") == "author" or _AUTHOR_PAGE.search(a.get("href") or "") for a in links):
            return False  # the author beside the date: the row is the byline's too
        if links and all(not is_article_link(a.get("href")) for a in links) and len(t) <= 40 \
                and sum(len(text_of(a)) for a in links) >= len(t) - 2:
            continue  # the section's link
        if len(t) <= 40 and not _SECTION_LABEL.isdisjoint(class_tokens(k)):
            continue  # the section's name as a label
        pieces.append(t)
    # a bare number beside the date is its counter (views, comments; after its icon, '👁 18.352'); separators
    # alone are nothing
    # (the date's own label left alone, 'Xuất bản:' before the <time> taken, is nothing either)
    return all(not p.strip(_SEPARATOR_CHARS) or CHROME_TEXT.match(p) or _UPDATE_STAMP.match(p)
               or _BARE_COUNT.fullmatch(_ICON.sub("", p)) or _PUBLISHED_LABEL.match(p.strip(_SEPARATOR_CHARS))
               or _WEEKDAY_ALONE.match(p.strip(_SEPARATOR_CHARS)) for p in pieces)


# the date's weekday in an element of its own ('<span>Thứ Sáu</span><span>08:15 CH 14/03/2025</span>')
_WEEKDAY_ALONE = re.compile(r"^(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|cn)\s*,?$", re.IGNORECASE)


_ICON = re.compile(r"^[^\w\s(]{1,3}\s*")  # a symbol before a counter ('👁', '★')


_SEPARATOR_CHARS = " |·•-–—/,"


_BARE_COUNT = re.compile(r"\d{1,3}(?:[.,]\d{3})*|\d+")


def dated_credit(container: HtmlElement, el: HtmlElement, index: dict[HtmlElement, int]) -> bool:
    """``el`` (where the page's date was read) is a credit with its date closing the body, as republished
    copies print it (``Đức Anh – An ninh Hải Phòng 09/11/2018``): after a paragraph of the body, naming
    an author or a publication. Not a dateline, to be kept as the byline."""
    byline = parse_byline(text_of(el))
    if byline is None or not (byline.authors or byline.source):
        return False
    at = index.get(el, -1)
    for p in container.iter("p", "div", "td", "li", "blockquote"):
        if index.get(p, at) >= at:
            return False
        if len(text_of(p)) >= 80 and not _contains(p, el) and len(p) <= 6:
            return True
    return False


def byline_after(container: HtmlElement) -> tuple[str, HtmlElement] | None:
    """A marked byline right after the body container (its next element, or the first of its ancestors' up to
    the row of a layout table holding it: <tr><td><font>body</font></td></tr><tr><td><b>Minh Hải</b></td></tr>)."""
    el: HtmlElement | None = container
    for up in range(3):
        if el is None:
            return None
        nxt = next_element(el)
        if nxt is not None:
            t = text_of(nxt)
            if t and len(t) <= 100 and len(t.split()) <= 14 and next(nxt.iter("a", "img"), None) is None \
                    and not re.match(r"^PV\s*[.:]", t) and not CHROME_TEXT.match(t) \
                    and (_right_or_bold(nxt, nxt) and up < 2 or _credits_people(t)):
                return t, nxt
            if (box := _credits_box(nxt)) is not None:
                return box, nxt
            return None
        el = el.getparent()
    return None


def _credits_box(el: HtmlElement) -> str | None:
    """A box of credits by role, a line each ('Nội dung: Hải Yến' / 'Ảnh: Quang Minh' / 'Trình bày: Đức Trung'):
    its lines as one credit line, when each is a role's credit."""
    lines = [text_of(k) for k in el if isinstance(k.tag, str)]
    if not 2 <= len(lines) <= 6 or any(not t or len(t) > 60 or ":" not in t for t in lines):
        return None
    joined = " · ".join(lines)
    credit = parse_byline(joined)
    return joined if credit is not None and credit.authors else None


def source_after(container: HtmlElement) -> str | None:
    """The publication credited on the short line right after the body (``Nguồn: <a>An ninh Hải Phòng</a>``),
    or after the byline that follows it ('Tin, ảnh: Phạm Tuấn' / 'Nguồn: An ninh Hải Phòng')."""
    for nxt in islice((x for x in container.itersiblings() if isinstance(x.tag, str)), 2):
        if len(nxt) > 3:
            return None
        t = text_of(nxt)
        if _CREDIT_WORD.match(t) and (logo := next(nxt.iter("img"), None)) is not None:
            # 'Theo <a><img alt="An ninh Hải Phòng"></a>': the paper named by its logo
            t = f"{t} {logo.get('alt') or logo.get('title') or ''}".strip()
        if (origin := _ORIGIN_LINK.match(t)) is not None:  # "Nguồn An ninh Hải Phòng: https://anhp.vn/…"
            return known_source(origin.group("name"))
        credit = source_credit(t)  # a known publication, not a run-on button text ('anhp.vnXem bài gốc')
        if credit is not None or not _credits_people(t):
            return credit
    return None


_CREDIT_WORD = re.compile(r"^(?:theo|nguồn(?:\s+tin)?)\s*:?$", re.IGNORECASE)  # a credit whose paper is a logo
_ORIGIN_LINK = re.compile(r"^(?:nguồn|theo)\s+(?P<name>[^:]{2,40}?)\s*:\s*https?://\S+$", re.IGNORECASE)


def _credits_people(text: str) -> bool:
    """A short line that reads as a credit naming people (``Nhóm PV``, ``Bài, ảnh: Minh Đức``), styled or not:
    names of two words or more, in Vietnamese (a stray 'Tin' or 'COOKIE POLICY' is no credit)."""
    credit = parse_byline(text) if len(text.split()) <= 8 and not text.isascii() else None
    return credit is not None and bool(credit.authors) and all(len(raw.split()) >= 2 for _, raw in credit.authors)


# the header of a quoted post or comment: 'hp_phongvu đã viết:', 'Nam said:', 'Lan wrote:'
_QUOTE_ATTRIBUTION = re.compile(r"\s(?:đã viết|viết|đã nói|wrote|said)\s*:\s*$", re.IGNORECASE)


def find_marked_byline(root: HtmlElement, container: HtmlElement | None, exclude: set[HtmlElement],
                       candidates: list[HtmlElement] | None = None, title: HtmlElement | None = None) -> str | None:
    """A byline element outside the body (author class, rel=author, itemprop=author); ``candidates``: the
    page's marked elements as `read_marks` found them (else the page is walked here); ``title``: the title
    element (a header block holding it is the article's)."""
    tags = tuple(BYLINE_TAGS)
    title_holders = set(title.iterancestors()) if title is not None else set()

    def marked(x: HtmlElement) -> bool:
        return bool(class_tokens(x) & AUTHOR_TOKENS or (x.get("rel") or "") == "author"
                    or (x.get("itemprop") or "") == "author")

    first, first_el = None, None
    for el in candidates if candidates is not None else root.iter(*tags):
        if candidates is None and AUTHOR_TOKENS.isdisjoint(class_tokens(el)):  # not marked
            keys = el.keys()
            if not keys or "rel" not in keys and "itemprop" not in keys \
                    or el.get("rel") != "author" and el.get("itemprop") != "author":
                continue
        if el in exclude or any(a in exclude for a in el.iterancestors()):
            continue
        if container is not None and el is container:
            continue
        t = text_of(el)
        if fold(t.strip(" :-–·|")) in _BYLINE_LABELS:
            continue  # a label alone ('By', 'Tác giả:'): the name beside it is in another marked element
        if _QUOTE_ATTRIBUTION.search(t):
            continue  # a quoted post's header ('hp_phongvu đã viết:', a forum's 'sourceJump' link): no byline
        if t and len(t) <= 80 and not in_scope_out(el, keep=title_holders) and not _in_teaser(el):
            # an author box (avatar, name, role): its innermost marked part that has text is the name; two boxes
            # side by side, a name each, are two authors ('<div class=author-info>…Lê Nam</div><div
            # class=author-info>…Hải Đăng</div>')
            parts = [text_of(x) for x in el.iter(*tags) if x is not el and marked(x)
                     and fold(text_of(x)) not in _BYLINE_LABELS and not any(marked(k) for k in x.iterdescendants())]
            name = parts[0] if parts else t
            if len(parts) >= 2 and all(len(x) <= 40 and (c := parse_byline(x)) is not None and len(c.authors) == 1
                                       for x in parts):
                name = ", ".join(dict.fromkeys(parts))
            if first is not None and (in_comments(el) or any(a.tag in ("form", "label") for a in el.iterancestors())):
                continue  # a reader's name in the comments or the comment form's 'Tên *' is no byline
            credit = parse_byline(name)
            if credit is not None and credit.authors:
                return name
            # a source's logo marked 'source' ('An ninh Hải Phòng' over an aggregator's copy): the people
            # marked after it are the byline, if any
            if first is None:
                first, first_el = name, el
    if first is not None and first_el is not None and (credit := parse_byline(first)) is not None \
            and credit.source and not credit.authors \
            and (before := next_element(first_el, preceding=True)) is not None and len(names := text_of(before)) <= 60 \
            and (named := parse_byline(names)) is not None and named.authors and not named.source:
        # the source marked ('<p class=nguon-bai>Theo Báo Công an nhân dân</p>'), the writers on the line over it
        # unmarked: both the byline
        return f"{names} – {first}"
    return first




def labelled_byline(root: HtmlElement, skip: set[HtmlElement]) -> str | None:
    """The name printed after an 'Author' label in a field of its own ('<div class=field__label>Tác giả</div>
    <div class=field__item>Minh Nguyệt</div>': Drupal), when no element is marked as the byline."""
    text = page_text(root)
    if "ác giả" not in text and "ÁC GIẢ" not in text and "uthor" not in text and "hóng viên" not in text \
            and "út danh" not in text and "gười viết" not in text:
        return None
    for el in root.iter("div", "span", "strong", "b", "label", "dt", "th", "td", "em"):
        if len(el) or el in skip:
            continue
        t = el.text
        if not t or len(t) > 20 or not fold(t) or fold(t) not in _BYLINE_LABELS:
            continue
        nxt = next_element(el)
        name = text_of(nxt) if nxt is not None else ""
        if 0 < len(name) <= 60 and (credit := parse_byline(name)) is not None and credit.authors:
            return name
    return None


def name_under_title(title: HtmlElement | None, container: HtmlElement | None) -> str | None:
    """A person's name alone on the line right after the title, outside the body (a reader view's '<div
    class=credits>Minh Hiếu</div>' under its <h1>), when nothing marks a byline: names of two words or more."""
    if title is None:
        return None
    for el in islice((x for x in title.itersiblings() if isinstance(x.tag, str)), 2):
        if container is not None and (el is container or _contains(el, container)):
            return None
        t = text_of(el)
        if t and len(t) <= 40 and not any(c.isdigit() for c in t) \
                and not any(k.tag in BLOCK_TAGS for k in el.iterdescendants()) and _credits_people(t):
            return t
    return None


def author_box_name(el: HtmlElement) -> str | None:
    """The name an author box gives (the link to the author's page: '<a href="/tac-gia/duc-thang-a27.html">Đức
    Thắng</a>' beside an avatar and a short bio), else None; a box of more than a bio is not one."""
    if len(text_of(el)) > 500:
        return None
    for a in el.iter("a"):
        t = text_of(a)
        if t and len(t) <= 40 and _AUTHOR_PAGE.search(a.get("href") or "") and not CHROME_TEXT.match(t) \
                and (credit := parse_byline(t)) is not None and credit.authors:
            return t
    return None


def _in_teaser(el: HtmlElement) -> bool:
    """The element is part of a teaser of another article (inside its link, or in the list item holding it):
    the author of that article, not of the page's."""
    for a in islice(el.iterancestors(), 4):
        if a.tag == "a" and is_article_link(a.get("href")):
            return True
        if a.tag == "li":
            return any(is_article_link(x.get("href")) for x in a.iter("a"))
    return False


# the words that label a byline ('Tác giả:', 'Đăng bởi'), not a name
_BYLINE_LABELS = {"", "bởi", "by", "tác giả", "author", "viết bởi", "đăng bởi", "phóng viên", "posted by", "người viết",
                  "bút danh"}


def find_lead(order: list[HtmlElement], index: dict[HtmlElement, int], title: HtmlElement | None,
              container: HtmlElement, skip: set[HtmlElement] | frozenset[HtmlElement] = frozenset()
              ) -> HtmlElement | None:
    """The lead: an element marked as such (class like sapo/lead/summary) after the title, or an
    unmarked paragraph between the title and the body container."""
    start = index.get(title, -1) if title is not None else -1
    c_index = index.get(container, len(order))
    in_title = set(title.iterdescendants()) if title is not None else set()
    unmarked: HtmlElement | None = None
    for el in order[start + 1:]:
        if not isinstance(el.tag, str) or el.getparent() is None:
            continue
        i = index[el]
        inside = _contains(container, el)
        if i > c_index and not inside:
            break
        if inside and i > c_index + 40:
            break
        if el is container or _contains(el, container) or el in skip or el in in_title:
            continue  # (the title's own <font><b> is not a lead)
        if next(el.iter("img"), None) is not None or next(el.iterancestors("figure", "a"), None) is not None \
                or _in_caption_table(el):
            continue
        if class_tokens(el) & LEAD_TOKENS:
            t = text_of(el)
            # (a thread's 'description': its poster, linked, and a <time>; no lead holds a time stamp)
            if 30 <= len(t) <= 1000 and not _summary_box(el) and next(el.iter("time"), None) is None \
                    and sum(len(text_of(a)) for a in el.iter("a")) < 0.3 * len(t):
                return el
        elif (unmarked is None and start >= 0 and not inside and el.tag in ("p", "h2", "h3", "div", "strong", "b")
              and not class_tokens(el) & (CHROME_TOKENS | AUTHOR_TOKENS | CAPTION_TOKENS)):
            t = text_of(el)
            if 60 <= len(t) <= 1000 and not any(k.tag in BLOCK_TAGS for k in el.iter() if k is not el) \
                    and not find_date(t[:40]) and not in_scope_out(el) and not _under_photo(el) \
                    and not _PLAYER_FALLBACK.search(t):  # (a podcast player's notice over the text)
                links = sum(len(text_of(a)) for a in el.iter("a"))
                if links < 0.3 * len(t) and not _in_listing(el, container):
                    unmarked = el
    return unmarked


def _under_photo(el: HtmlElement) -> bool:
    """The text stands right under a photo (a slide's caption, '<img><p class="slide-cap">…</p>'), not a lead."""
    prev = next_element(el, preceding=True)
    return prev is not None and (prev.tag in ("img", "amp-img", "picture") or not text_of(prev) and next(
        prev.iter("img", "amp-img"), None) is not None)


_PROSE_END = re.compile(r"[.?!:…]")


def prose_before(container: HtmlElement, title: HtmlElement, skip: set[HtmlElement], index: dict[HtmlElement, int],
                 base: str | None) -> list[HtmlElement]:
    """The prose blocks standing just before the body container, its siblings after the title: a reader's
    question over the legal answer ('Bạn đọc … hỏi: …') that the CMS keeps out of its body field. Walked
    back from the container; the first sibling that is not such a block (the title or what holds it, a
    marked lead, a photo, a share bar, a list of links, a date row) ends the walk."""
    t_index = index.get(title, -1)
    found: list[HtmlElement] = []
    for sib in container.itersiblings(preceding=True):
        if not isinstance(sib.tag, str):
            continue
        if index.get(sib, -1) <= t_index or sib is title or _contains(sib, title) or sib in skip:
            break
        t = text_of(sib)
        photos = [img for img in sib.iter("img", "amp-img", "picture") if not _in_ad(img, sib, base)]
        if not t and not photos:
            continue  # an empty spacer
        if sib.tag not in ("div", "section", "p", "blockquote") or len(t) < 100 or not _PROSE_END.search(t) \
                or photos or next(sib.iter("figure"), None) is not None \
                or class_tokens(sib) & (CHROME_TOKENS | SCOPE_OUT_TOKENS | AUTHOR_TOKENS | CAPTION_TOKENS
                                        | LEAD_TOKENS | _DATE_TOKENS) or sib.tag in SCOPE_OUT_TAGS \
                or find_date(t[:40]) or sum(len(text_of(a)) for a in sib.iter("a")) >= 0.4 * len(t):
            break
        found.append(sib)
    found.reverse()
    return found


def _in_caption_table(el: HtmlElement) -> bool:
    """The element is in a small table around a photo (its caption), not in a page laid out in tables."""
    table = next(el.iterancestors("table"), None)
    return table is not None and next(table.iter("img"), None) is not None and len(text_of(table)) < 400


def first_bold_paragraph(lines: list[Line]) -> str | None:
    if not lines:
        return None
    el = lines[0].el
    if el.tag in ("p", "div", "h2") and len(lines[0].text) >= 40:
        txt = text_of(el).replace(" ", "")
        if txt and len(_top_level(el, ("strong", "b"))) >= 0.9 * len(txt) and text_of(el) == lines[0].text:
            return lines[0].text
    if len(lines[0].text) >= 40 and text_of(el) != lines[0].text:
        # the first line of text run together with <br>s (a table cell of an old page): bold as a whole
        # (the first bold run, or the second after a bold title pasted over the text)
        if any(text_of(b) == lines[0].text for b in islice(el.iter("b", "strong"), 2)):
            return lines[0].text
    return None


def drop_elements(elements: Iterable[HtmlElement]) -> None:
    for el in elements:
        if el.getparent() is not None:
            drop_tree(el)


def strip_junk(root: HtmlElement) -> None:
    """Remove scripts, styles, comments and other non-content elements. Mutates the tree."""
    forget_texts()
    _PAGE_CSS[:] = [t for x in root.iter("style") if (t := x.text)]  # (read if a caption is in question)
    # (a <video>'s or <audio>'s content is its sources and the text for browsers that cannot play it; an
    # AMP ad's is its fallback text, 'Nội dung quảng cáo không khả dụng')
    etree.strip_elements(root, etree.Comment, "script", "style", "noscript", "template", "svg", "iframe",
                         "object", "embed", "select", "textarea", "link", "meta", "canvas", "video", "audio",
                         "amp-ad", "amp-embed", "amp-sticky-ad", "amp-analytics", "amp-auto-ads", with_tail=False)
    # a line break is a space between the words it parts ('Những người giữ bình yên<br>nơi đảo tiền tiêu'): in
    # text_content the words ran together
    for br in root.iter("br"):
        tail = br.tail
        if not tail or not tail[0].isspace():
            br.tail = "\n" + tail if tail else "\n"
