"""Site layouts: one class per template anhp.vn has used, with the dates it was valid (Fundus-style).

A layout only knows selectors, as class attributes: tuples of simple CSS selectors
(``tag.class``, ``.class``, ``tag#id``, ``[itemprop=value]``), tried in order, looked up in a
`PageIndex` built in the single pass over the parsed page (no per-selector tree scan).
`match_layout` returns the newest layout whose required selectors (title and body) find something,
with the elements found; what is inside them is read by the meaning layer. The live markup is
unknown (SITE.md): selectors accept several plausible spellings, and a page that no layout matches
is still extracted by meaning.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from lxml import etree
from lxml.etree import _Element as HtmlElement

from anninhhaiphong.extraction.meaning import Marks, text_of

_SELECTOR = re.compile(
    r"^(?P<tag>[a-z0-9]*)(?:\.(?P<cls>[\w\-]+)|#(?P<id>[\w\-]+)|\[(?P<attr>[\w\-]+)=(?P<val>[^\]]+)\])?$")


class PageIndex:
    """Elements by class token, id and itemprop, in document order.

    With ``wanted`` ((kind, value) pairs: ``("cls", "sapo")``, ``("itemprop", "articleBody")``…) only those
    are indexed, and a selector outside them is answered by a full index built then."""

    def __init__(self, elements: list[HtmlElement], wanted: frozenset[tuple[str, str]] | None = None,
                 marks: Marks | None = None) -> None:
        self.elements = elements
        self.wanted = wanted
        self.by_class: dict[str, list[HtmlElement]] = defaultdict(list)
        self.by_id: dict[str, list[HtmlElement]] = defaultdict(list)
        self.by_itemprop: dict[str, list[HtmlElement]] = defaultdict(list)
        self._by_tag: dict[str, list[HtmlElement]] | None = None  # built when a selector needs it
        self._full: PageIndex | None = None
        if wanted is not None and marks is not None:  # read in the page's one pass (`read_marks`)
            self.by_class.update(marks.by_class)
            self.by_id.update(marks.by_id)
            self.by_itemprop.update(marks.by_itemprop)
            return
        by_class, by_id, by_itemprop = self.by_class, self.by_id, self.by_itemprop
        if wanted is None:
            for el in elements:
                if not isinstance(el.tag, str):
                    continue
                get = el.get
                c = get("class")
                if c:
                    for token in c.split():
                        by_class[token].append(el)
                i = get("id")
                if i:
                    by_id[i].append(el)
                p = get("itemprop")
                if p:
                    by_itemprop[p].append(el)
            return
        classes = {v for k, v in wanted if k == "cls"}
        ids = {v for k, v in wanted if k == "id"}
        props = {v for k, v in wanted if k == "itemprop"}
        for el in elements:
            if not isinstance(el.tag, str):
                continue
            get = el.get
            if classes:
                c = get("class")
                if c:
                    for token in c.split():
                        if token in classes:
                            by_class[token].append(el)
            if ids:
                i = get("id")
                if i in ids:
                    by_id[i].append(el)
            if props:
                p = get("itemprop")
                if p in props:
                    by_itemprop[p].append(el)

    @property
    def by_tag(self) -> dict[str, list[HtmlElement]]:
        """Elements by tag (built on first use: the layouts' selectors all name a class or itemprop)."""
        if self._by_tag is None:
            self._by_tag = defaultdict(list)
            for el in self.elements:
                if isinstance(el.tag, str):
                    self._by_tag[el.tag].append(el)
        return self._by_tag

    def select(self, selector: str) -> list[HtmlElement]:
        tag, kind, value = _parse_selector(selector)
        if self.wanted is not None and kind != "tag" and (kind, value) not in self.wanted:
            if self._full is None:
                self._full = PageIndex(self.elements)
            return self._full.select(selector)
        if kind == "cls":
            found = self.by_class.get(value, [])
        elif kind == "id":
            found = self.by_id.get(value, [])
        elif kind == "itemprop":
            found = self.by_itemprop.get(value, [])
        else:
            return list(self.by_tag.get(tag, []))
        return [e for e in found if not tag or e.tag == tag]


@lru_cache(maxsize=512)
def _parse_selector(selector: str) -> tuple[str, str, str]:
    """(tag, kind, value) of a layout selector; kind is "cls", "id", "itemprop" or "tag"."""
    m = _SELECTOR.match(selector.strip())
    if not m:
        raise ValueError(f"unsupported layout selector: {selector!r}")
    tag = m.group("tag")
    if m.group("cls"):
        return tag, "cls", m.group("cls")
    if m.group("id"):
        return tag, "id", m.group("id")
    if m.group("attr") == "itemprop":
        return tag, "itemprop", m.group("val").strip("'\"")
    if tag:
        return tag, "tag", tag
    raise ValueError(f"unsupported layout selector: {selector!r}")


class Layout:
    """A template of the site: selectors (tried in order) and the dates it was valid."""

    name: str = "layout"
    valid_from: date | None = None
    valid_until: date | None = None   # exclusive; None = still current
    marker: tuple[str, ...] = ()      # all must be present for the layout to apply
    title: tuple[str, ...] = ()
    date: tuple[str, ...] = ()
    lead: tuple[str, ...] = ()
    body: tuple[str, ...] = ()
    byline: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    breadcrumbs: tuple[str, ...] = ()

    @classmethod
    def valid_on(cls, day: date) -> bool:
        return (cls.valid_from is None or day >= cls.valid_from) and (cls.valid_until is None or day < cls.valid_until)

    @staticmethod
    def first(index: PageIndex, selectors: tuple[str, ...]) -> HtmlElement | None:
        for sel in selectors:
            found = index.select(sel)
            if found:
                return found[0]
        return None

    @staticmethod
    def every(index: PageIndex, selectors: tuple[str, ...]) -> list[HtmlElement]:
        for sel in selectors:
            found = index.select(sel)
            if found:
                return found
        return []

    @classmethod
    def match(cls, index: PageIndex) -> LayoutMatch | None:
        if any(not index.select(sel) for sel in cls.marker):
            return None
        title = cls.first(index, cls.title)  # optional: the meaning layer finds it otherwise
        body = cls.first(index, cls.body)
        if body is None or len(text_of(body)) < 80:
            return None
        return LayoutMatch(
            layout=cls, title=title, body=body, date=cls.first(index, cls.date), lead=cls.first(index, cls.lead),
            byline=cls.first(index, cls.byline), related=cls.every(index, cls.related),
            tags=[a for el in cls.every(index, cls.tags) for a in el.iter("a")],
            breadcrumbs=[a for el in cls.every(index, cls.breadcrumbs)[:1] for a in el.iter("a")],
        )


@dataclass
class LayoutMatch:
    layout: type[Layout]
    title: HtmlElement | None
    body: HtmlElement
    date: HtmlElement | None
    lead: HtmlElement | None
    byline: HtmlElement | None
    related: list[HtmlElement]
    tags: list[HtmlElement]
    breadcrumbs: list[HtmlElement]


class Anhp2021(Layout):
    """The current template (since the paper became *Chuyên đề An ninh Hải Phòng*, 1/3/2021)."""

    name = "anhp-2021"
    valid_from = date(2021, 3, 1)
    valid_until = None
    marker = ("h1.article-title",)
    title = ("h1.article-title",)
    date = (".date-time", ".article-date", ".publish-date")
    lead = (".article-sapo", ".sapo", ".article-lead")
    body = (".article-content", ".article-body", ".detail-content", "[itemprop=articleBody]")
    byline = (".author-name", ".article-author", ".author")
    related = (".related-news", ".article-related", ".other-news")
    tags = (".tags", ".article-tags")
    breadcrumbs = (".breadcrumb", ".breadcrumbs")


class Anhp2017(Layout):
    """The older template of the electronic edition (2017 – February 2021): the date in ``div.detailBox``."""

    name = "anhp-2017"
    valid_from = date(2017, 1, 1)
    valid_until = date(2021, 3, 1)
    marker = ("div.detailBox",)
    title = ("h1.title", "h1.detailTitle", ".detailTitle")
    date = ("div.detailBox",)
    lead = (".sapo", ".detailSapo", ".detailLead")
    body = (".detail-content", ".detailContent", ".detailBody", ".contentDetail")
    byline = (".author-name", ".detailAuthor", ".author")
    related = (".other-news", ".otherNews", ".tinkhac", ".relatedNews")
    tags = (".tags", ".detailTags")
    breadcrumbs = (".path", ".breadcrumb", ".breadcrumbs")


LAYOUTS: tuple[type[Layout], ...] = (Anhp2021, Anhp2017)


def _layout_keys() -> frozenset[tuple[str, str]]:
    keys = set()
    for layout in LAYOUTS:
        for name in ("marker", "title", "date", "lead", "body", "byline", "related", "tags", "breadcrumbs"):
            for sel in getattr(layout, name):
                _, kind, value = _parse_selector(sel)
                keys.add((kind, value))
    return frozenset(keys)


def layout_index(elements: list[HtmlElement], marks: Marks | None = None) -> PageIndex:
    """The `PageIndex` of a page for `match_layout`: only what the layouts' selectors ask for (taken from
    ``marks`` when the page's pass read them: `read_marks` with `LAYOUT_CLASSES`, `LAYOUT_IDS`, `LAYOUT_PROPS`)."""
    return PageIndex(elements, _LAYOUT_KEYS, marks)


_LAYOUT_KEYS = _layout_keys()
LAYOUT_CLASSES = frozenset(v for k, v in _LAYOUT_KEYS if k == "cls")
LAYOUT_IDS = frozenset(v for k, v in _LAYOUT_KEYS if k == "id")
LAYOUT_PROPS = frozenset(v for k, v in _LAYOUT_KEYS if k == "itemprop")


def match_layout(index: PageIndex) -> LayoutMatch | None:
    """The first layout (newest first) whose marker, title and body selectors find an element."""
    for layout in LAYOUTS:
        found = layout.match(index)
        if found is not None:
            return found
    return None


def _marker_xpath(selector: str) -> str:
    m = _SELECTOR.match(selector.strip())
    if not m:
        raise ValueError(f"unsupported layout selector: {selector!r}")
    tag = m.group("tag") or "*"
    if m.group("cls"):
        return f"//{tag}[contains(concat(' ', normalize-space(@class), ' '), ' {m.group('cls')} ')]"
    if m.group("id"):
        return f"//{tag}[@id='{m.group('id')}']"
    if m.group("attr") == "itemprop":
        return f"//{tag}[@itemprop='{m.group('val').strip(chr(39) + chr(34))}']"
    return f"//{tag}"


# every layout needs all its markers: a page with none of any layout's first marker matches no layout,
# and the page index (one pass over every element) is not built for it
_ANY_MARKER = etree.XPath(" | ".join(_marker_xpath(layout.marker[0]) for layout in LAYOUTS if layout.marker)
                          or "/nothing")


_XML_SPACE = re.compile(r"[ \t\r\n]+")


def _class_markers() -> dict[str, tuple[str, ...]] | None:
    """Tag -> classes of the layouts' first markers when they are all ``tag.class`` selectors."""
    out: dict[str, tuple[str, ...]] = {}
    for layout in LAYOUTS:
        if not layout.marker:
            return None
        tag, kind, value = _parse_selector(layout.marker[0])
        if kind != "cls" or not tag:
            return None
        out[tag] = (*out.get(tag, ()), value)
    return out


_CLASS_MARKERS = _class_markers()


def has_layout_marker(root: HtmlElement) -> bool:
    """Cheap pre-check that some layout's marker is on the page: the class attributes of the markers'
    tags read once (as the XPath ``contains(concat(' ', normalize-space(@class), ' '), ' c ')`` reads
    them), or one C-level XPath for other selectors."""
    if any(layout.marker == () for layout in LAYOUTS):
        return True
    if _CLASS_MARKERS is None:
        return bool(_ANY_MARKER(root))
    for el in root.iter(*_CLASS_MARKERS):
        c = el.get("class")
        if c:
            for value in _CLASS_MARKERS[el.tag]:
                if value in c and value in _XML_SPACE.split(c):
                    return True
    return False
