"""Site layouts: one class per template anhp.vn has used, with the dates it was valid (Fundus-style).

A layout only knows selectors (XPath, as class attributes). `match_layout(root)` returns the
newest layout whose required selectors (title and body) find something, with the elements found;
what is inside those elements is read by the meaning layer. The live markup is unknown (SITE.md):
the selectors accept several plausible spellings, and a page no layout matches still gets extracted
by meaning.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from lxml.html import HtmlElement


def _cls(*names: str) -> str:
    """An XPath predicate: the class attribute holds one of ``names`` as a whole token."""
    return " or ".join(f"contains(concat(' ', normalize-space(@class), ' '), ' {n} ')" for n in names)


class Layout:
    name: str = "layout"
    valid_from: date | None = None
    valid_until: date | None = None   # exclusive; None = still current
    title: str = ""
    date: str = ""
    lead: str = ""
    body: str = ""
    byline: str = ""
    related: str = ""
    tags: str = ""
    breadcrumbs: str = ""

    @classmethod
    def valid_on(cls, day: date) -> bool:
        return (cls.valid_from is None or day >= cls.valid_from) and (cls.valid_until is None or day < cls.valid_until)

    @classmethod
    def first(cls, root: HtmlElement, xpath: str) -> HtmlElement | None:
        if not xpath:
            return None
        found = root.xpath(xpath)
        return found[0] if found and isinstance(found[0], HtmlElement) else None

    @classmethod
    def all(cls, root: HtmlElement, xpath: str) -> list[HtmlElement]:
        if not xpath:
            return []
        return [e for e in root.xpath(xpath) if isinstance(e, HtmlElement)]

    @classmethod
    def match(cls, root: HtmlElement) -> LayoutMatch | None:
        title = cls.first(root, cls.title)
        body = cls.first(root, cls.body)
        if title is None or body is None:
            return None
        if len(" ".join(body.text_content().split())) < 80:
            return None
        return LayoutMatch(
            layout=cls, title=title, body=body,
            date=cls.first(root, cls.date), lead=cls.first(root, cls.lead), byline=cls.first(root, cls.byline),
            related=cls.all(root, cls.related), tags=cls.all(root, cls.tags),
            breadcrumbs=cls.all(root, cls.breadcrumbs),
        )


@dataclass
class LayoutMatch:
    layout: type[Layout]
    title: HtmlElement
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
    title = f"//h1[{_cls('article-title', 'detail-title', 'title-detail', 'post-title')}]"
    date = (f"//*[{_cls('article-date', 'detail-date', 'date-detail', 'publish-date', 'post-date')}]")
    lead = f"//*[{_cls('article-sapo', 'sapo', 'detail-sapo', 'article-lead', 'lead')}]"
    body = (f"//*[{_cls('article-body', 'article-content', 'detail-content', 'content-detail', 'post-content')}]"
            " | //*[@itemprop='articleBody']")
    byline = f"//*[{_cls('article-author', 'author', 'detail-author', 'byline')}]"
    related = f"//*[{_cls('related-news', 'related', 'tin-khac', 'other-news', 'article-related')}]"
    tags = f"//*[{_cls('article-tags', 'tags', 'tag-list')}]//a"
    breadcrumbs = f"//*[{_cls('breadcrumb', 'breadcrumbs')}]//a"


class Anhp2017(Layout):
    """The older template of the electronic edition (2017 – February 2021): the date in ``div.detailBox``."""

    name = "anhp-2017"
    valid_from = date(2017, 1, 1)
    valid_until = date(2021, 3, 1)
    title = ("//div[@class='detailBox']/preceding::h1[1] | //div[@class='detailBox']//h1"
             f" | //*[{_cls('detailTitle', 'detail-title', 'titleDetail')}]")
    date = "//div[@class='detailBox']"
    lead = f"//*[{_cls('detailSapo', 'sapo', 'detailLead')}]"
    body = f"//*[{_cls('detailContent', 'detailBody', 'contentDetail', 'detail-content')}]"
    byline = f"//*[{_cls('detailAuthor', 'author')}]"
    related = f"//*[{_cls('otherNews', 'tinkhac', 'relatedNews', 'related')}]"
    tags = f"//*[{_cls('detailTags', 'tags')}]//a"
    breadcrumbs = f"//*[{_cls('breadcrumb', 'breadcrumbs')}]//a"

    @classmethod
    def match(cls, root: HtmlElement) -> LayoutMatch | None:
        if not root.xpath("//div[@class='detailBox']"):
            return None
        return super().match(root)


LAYOUTS: tuple[type[Layout], ...] = (Anhp2021, Anhp2017)


def match_layout(root: HtmlElement) -> LayoutMatch | None:
    """The first layout (newest first) whose title and body selectors find an element."""
    for layout in LAYOUTS:
        found = layout.match(root)
        if found is not None:
            return found
    return None
