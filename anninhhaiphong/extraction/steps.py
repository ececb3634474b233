"""The steps of one page's extraction, in the order `extract_raw` runs them.

A `PageState` carries the parsed page, the tables read in its one pass, and what each step found for
the next: `read_title`, `find_body_and_blocks` (the body's container, related blocks and widgets),
`gather_related`, `read_date`, `find_outside_byline`, `find_lead_element`, `read_body` (which
changes the tree: it drops the title, the dateline, the related blocks and the chrome from the
container before reading its lines, byline and source), and `read_metadata_fields`. Each step
fills fields of the `RawArticle` and names in ``field_layers`` the layer that found them.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import islice
from typing import NamedTuple
from urllib.parse import urljoin, urlsplit

from lxml.etree import _Element as HtmlElement

from anninhhaiphong.cleaning.bylines import SITE_SOURCE, known_source, parse_byline, source_credit
from anninhhaiphong.extraction import meaning as m
from anninhhaiphong.extraction.layouts import LayoutMatch
from anninhhaiphong.extraction.metadata import PageMeta, to_ict_iso
from anninhhaiphong.items import Breadcrumb, RawArticle
from anninhhaiphong.urls import host_of, is_elsewhere, is_site_host, on_site_origin

_HOME = {"trang chủ", "home", "trang chu", "trangchu"}
_WORDED = re.compile(r"\w")  # a line with a word in it (not the '?' of a question box's icon)
# a video's title or caption: '▶ Video: …', or a caption crediting the video ('… (Video: Công an cung cấp)')
_VIDEO_CAPTION = re.compile(r"^[▶►▷▸•\s]*(?:video|clip)\s*[:：]\s*\S.{0,240}$"
                            r"|^.{10,240}\((?:video|clip)\s*[:：][^()]{2,60}\)$", re.IGNORECASE)
_ROW_PARTS = re.compile(r"\s[·|•]\s|\s[-–]\s")
_CREDIT_JOINT = re.compile(r"^\s*[·|,\-–—]\s*")


@dataclass
class PageState:
    """One page under extraction: the parsed page and its one-pass tables, then what each step found."""

    raw: RawArticle
    root: HtmlElement
    meta: PageMeta
    base: str                              # what the page's relative links resolve against
    page_url: str | None
    own_id: str | None                     # the article's own ID (its links to itself are no related news)
    order: list[HtmlElement]               # the page's elements in document order
    index: dict[HtmlElement, int]          # element -> its place in ``order``
    marks: m.Marks
    found: LayoutMatch | None              # the site layout that matched, if any
    layer: str                             # the layer named for what the layout's elements gave
    reference: str | None = None           # the title the metadata gives (og:title, else <title> cleaned)
    title_el: HtmlElement | None = None
    container: HtmlElement | None = None   # the body's container
    lead_anchor: HtmlElement | None = None  # where the lead is looked for after
    blocks: m.Blocks = field(default_factory=m.Blocks)
    excluded: set[HtmlElement] = field(default_factory=set)  # inside related blocks, widgets and listings
    related_groups: list[list[HtmlElement]] = field(default_factory=list)
    listings: list[HtmlElement] = field(default_factory=list)  # blocks of cards: neither related nor body
    prose: list[HtmlElement] = field(default_factory=list)  # prose blocks just before the container: body
    hit: m.DateHit | None = None           # the date as printed
    date_el: HtmlElement | None = None
    outside_byline: str | None = None      # a byline marked outside the body
    photo_credits: list[str] = field(default_factory=list)  # '(Ảnh: Hoàng Hà)' standing under the photos
    lead_el: HtmlElement | None = None
    lead_outside: bool = False
    lead_text: str | None = None
    series_art: set[str] = field(default_factory=set)  # a picture several other articles' teasers show
    crumbs_read: list[Breadcrumb] = field(default_factory=list)  # a breadcrumb trail read in the body, then dropped


def _groups_elements(groups: list[list[HtmlElement]]) -> set[HtmlElement]:
    """Every element inside the groups' elements."""
    return {d for g in groups for el in g for d in el.iter()}


def read_title(p: PageState) -> None:
    """The title element (the layout's, else the meaning layer's) and the headline, else the metadata's title."""
    raw, meta, found = p.raw, p.meta, p.found
    p.reference = meta.title or (m.clean_title(meta.page_title, meta.site_name) if meta.page_title else None)
    p.title_el = found.title if found and found.title is not None else m.find_title(p.root, p.reference)
    if p.title_el is None and meta.other_title:
        # the title shown as og:title gives it, where the JSON-LD headline (shortened, or older) does not
        p.title_el = m.find_title(p.root, m.clean_title(meta.other_title, meta.site_name))
    if p.title_el is not None and m.text_of(p.title_el):
        raw.headline = m.title_text(p.title_el)
        raw.field_layers["headline"] = p.layer if found and found.title is not None else "meaning"
    elif meta.title:
        raw.headline = m.clean_title(meta.title, meta.site_name)
        raw.field_layers["headline"] = "metadata"
    elif meta.page_title:
        raw.headline = m.clean_title(meta.page_title, meta.site_name)
        raw.field_layers["headline"] = "metadata"


def find_body_and_blocks(p: PageState) -> None:
    """The body's container, a title marked near it when none was found, and the related blocks and widgets."""
    root, index = p.root, p.index
    p.container = p.found.body if p.found else m.find_container(root, p.title_el, index, set())
    if p.title_el is None and not p.meta.title and p.container is not None \
            and (marked_title := m.marked_title_near(root, p.container, index)) is not None:
        # a portal naming itself in <title>, the title in a marked <span>; not when <title> holds the marked text
        # (or it <title>'s): the page's title is that then
        ref, text = m.fold(p.reference or ""), m.fold(m.text_of(marked_title))
        # (or <title> opens with it, the section's and the portal's names after: 'Title > Tin tức > Cổng …')
        if not ref or (ref not in text and text not in ref) or (ref.startswith(text) and ref != text):
            p.title_el = marked_title
            p.raw.headline = m.text_of(p.title_el)
            p.raw.field_layers["headline"] = "meaning"
    # the element holding the page's title unmarked ('<td><font><b>Title</b></font></td>'): where the lead is
    # looked for after, when no title element was found
    p.lead_anchor = p.title_el if p.title_el is not None or not p.reference or p.container is None \
        else m.title_text_near(root, p.container, index, p.reference)
    headings = m.heading_texts(root, p.order)
    p.blocks = m.find_blocks(root, p.container, p.own_id, headings, p.title_el, p.marks.titled)
    p.excluded = _groups_elements(p.blocks.related + p.blocks.widgets)
    if p.container is not None and not p.found and p.container in p.excluded:
        p.container = m.find_container(root, p.title_el, index, p.excluded)
        p.blocks = m.find_blocks(root, p.container, p.own_id, headings, p.title_el, p.marks.titled)
        p.excluded = _groups_elements(p.blocks.related + p.blocks.widgets)


def gather_related(p: PageState) -> None:
    """The article's related lists beside the headed blocks: the layout's, lists inside the body, series boxes,
    unheaded lists of cards, lists in the prose before the body; less suggestions and cards after the readers'
    comments (widgets then); the listings of the site's cards set apart. Fills ``raw.related``."""
    root, order, index, container, own_id, excluded = p.root, p.order, p.index, p.container, p.own_id, p.excluded
    blocks = p.blocks
    related_groups = list(blocks.related)
    comments: int | None = None  # where the readers' comments begin (`m.comments_start`), once asked
    if p.found:
        for el in p.found.related:
            if el not in excluded and not (container is not None and m._contains(el, container)):
                related_groups.append([el])
                excluded.update(el.iter())
    site_blocks: list[HtmlElement] = []  # blocks of cards under a section's name: neither related nor body
    if container is not None:
        inline = [g for g in m.find_inline_related(container, own_id) if g[0] not in excluded]
        inline += m.find_text_headed_runs(container, index, own_id)
        inline += [g for g in m.find_inline_cards(container, own_id, excluded)
                   if not any(m._contains(x[0], g[0]) or x[0] is g[0] or m._contains(g[0], x[0]) for x in inline)]
        inline += [g for g in m.find_series_parts(order, index, p.title_el, container, own_id, excluded)
                   if not any(m._contains(x[0], g[0]) or x[0] is g[0] for x in inline)]
        related_groups += inline
        excluded.update(_groups_elements(inline))
        headless = m.find_headless_related(root, container, own_id, index, excluded, site_blocks)
        comments = m.comments_start(order, index, container) if headless else None
        if comments is not None:
            # unheaded cards after the readers' comments (a section's rail closing the page) are the site's
            late = [g for g in headless if index.get(g[0], 0) > comments]
            headless = [g for g in headless if not any(g is x for x in late)]
            blocks.widgets += late
            excluded.update(_groups_elements(late))
        # (unheaded cards in a narrow grid column beside the one holding the body: the sidebar's boxes)
        aside = [g for g in headless if m._in_side_column(g[0], container)]
        if aside:
            headless = [g for g in headless if not any(g is x for x in aside)]
            blocks.widgets += aside
            excluded.update(_groups_elements(aside))
        related_groups += headless
        excluded.update(_groups_elements(headless))
    # prose blocks just before the container (a reader's question over a legal answer) are body: related
    # lists in them are found as in the body's own
    p.prose = m.prose_before(container, p.title_el, excluded, index, p.base) \
        if container is not None and p.title_el is not None else []
    for el in p.prose:
        inside = [g for g in m.find_inline_related(el, own_id) + m.find_headless_related(root, el, own_id, index,
                                                                                         excluded)
                  if g[0] not in excluded and all(m._contains(el, x) for x in g)]
        related_groups += inside
        excluded.update(_groups_elements(inside))
    related_groups.sort(key=lambda g: index.get(g[0], 0))
    # under 'Bài tiếp theo', the next article appended as the reader scrolls (its own <h1>, byline and lead): the
    # site's stream, not a related article
    appended = [g for g in related_groups if any(h is not p.title_el for el in g[1:] for h in el.iter("h1"))]
    if container is not None and (nxt := _next_article_title(p, container)) is not None:
        # (and the lists that come with it: its own 'Tin liên quan' under its body)
        appended += [g for g in related_groups if index.get(g[0], 0) > index.get(nxt, len(order))
                     and not any(g is x for x in appended)]
    if appended:
        related_groups = [g for g in related_groups if not any(g is x for x in appended)]
        blocks.widgets += appended
    suggested = [g for g in related_groups if m.suggestion_heading(g[0])]
    if suggested and container is not None and comments is None:
        comments = m.comments_start(order, index, container)  # (read once: the cards above may have asked)
    if suggested and comments is not None:
        # 'Có thể bạn quan tâm' after the readers' comments: the site's feed of suggestions closing the page, not
        # the article's related news (above the comments it is theirs): dropped like a widget
        feed = [g for g in suggested if index.get(g[0], 0) > comments]
        related_groups = [g for g in related_groups if not any(g is f for f in feed)]
        blocks.widgets += feed
    listings = [el for el in m.listing_children(container, p.title_el, excluded) if el not in excluded] \
        if container is not None and not p.found else []
    listings += [el for el in site_blocks if el not in excluded and el not in listings]
    excluded.update(d for el in listings for d in el.iter())
    p.related_groups, p.listings = related_groups, listings
    # a carousel's copies of its first and last cards (Slick 'cloned', Swiper 'duplicate'): each card once, in order
    m.drop_elements([x for g in related_groups for el in g for x in el.iter()
                     if x.get("class") and not m._COPY_TOKENS.isdisjoint(m.class_tokens(x))])
    p.raw.related = m.related_items(related_groups, p.base, own_id)
    if p.raw.related:
        p.raw.field_layers["related"] = p.layer if p.found and p.found.related else "meaning"


def _next_article_title(p: PageState, container: HtmlElement) -> HtmlElement | None:
    """The title of the next article appended after this one (an infinite scroll's '<article class="is-next">'):
    an <h1> after the body's container, outside it, worded like a headline and followed by paragraphs, on a page
    whose own title is an <h1> above it; else None."""
    index, order, title = p.index, p.order, p.title_el
    if title is None or title.tag != "h1":
        return None
    end = max(index.get(container, 0), index.get(title, 0))
    for h in p.root.iter("h1"):
        i = index.get(h, -1)
        if i <= end or h is p.title_el or m._contains(container, h):
            continue
        t = m.text_of(h)
        if len(t) < 25 or len(t) > 250 or m.heading_kind(t) is not None:
            continue
        text_after = sum(len(m.text_of(x)) for x in order[i + 1:i + 40] if x.tag == "p")
        if text_after >= 300:
            return h
    return None


def read_date(p: PageState) -> None:
    """The date as printed (the layout's, near the title, marked, or only in an attribute), a source credited
    beside it, and the ISO date: the metadata's, unless a printed time contradicts it."""
    raw, meta, order, index, excluded = p.raw, p.meta, p.order, p.index, p.excluded
    layers = raw.field_layers
    date_el = p.found.date if p.found else None
    shown_el = None  # the element showing the date (or a relative time: '2 giờ trước')
    hit = m.find_date(m.text_of(date_el)) if date_el is not None else None
    if hit:
        layers["dateRaw"] = p.layer
    else:
        anchor = p.title_el if p.title_el is not None else p.container
        near = m.find_date_near(order, index, anchor, excluded)
        if near is None or not near[0].has_time:
            near = m.find_marked_date(order, excluded) or near
        if near:
            hit, date_el = near
            layers["dateRaw"] = "meaning"
        elif not meta.date_iso and (attr := m.find_attribute_date(order, index, anchor, excluded)) is not None:
            # the date only in an attribute a script prints it from ('14:30 09/09', '2 giờ trước')
            iso = to_ict_iso(attr[0])
            if iso:
                shown = m.text_of(attr[1])
                raw.dateRaw, raw.dateIso = (shown if any(c.isdigit() for c in shown) else attr[0]), iso
                layers["dateRaw"] = layers["dateIso"] = "meaning"
                shown_el = date_el = attr[1]  # (its line leaves the body as a dateline does)
    if hit:
        raw.dateRaw = hit.raw
        shown_el = date_el
    if shown_el is None and meta.sources.get("date_iso") == "time":
        # the date the metadata read from a <time> showing a relative time ('2 giờ trước'): that <time>
        shown_el = next((t for t in p.root.iter("time") if to_ict_iso(t.get("datetime")) and not m.in_comments(t)),
                        None)
    if shown_el is None and meta.date_iso and p.title_el is not None:
        # the time shown only relative under the title ('An ninh Hải Phòng • 3 giờ trước'; the metadata has the date):
        # its row may credit the paper
        ti = index.get(p.title_el, 0)
        shown_el = next((el for el in order[ti + 1:ti + 30] if isinstance(el.tag, str) and not len(el)
                         and el not in excluded and m.RELATIVE_DATE.match(m.text_of(el))), None)
    if shown_el is not None:
        row = shown_el.getparent()
        shown = m.text_of(shown_el)
        # the publication credited beside the date, in the date's own element ('(An ninh Hải Phòng 12/06/2022)' under
        # a ward's copy of the title) or in its row ('Nguồn: An ninh Hải Phòng · 05/12/2024, 08:20 PM')
        rows = [shown.replace(hit.raw, " ")] if hit is not None and len(shown) <= 120 and hit.raw in shown else []
        if row is not None and len(row_text := m.text_of(row)) <= 120:
            rows.append(row_text.replace(shown, " "))
        for row_text in rows:
            for part in _ROW_PARTS.split(row_text):
                part = part.strip(" ·|•-–()")
                if (credit := source_credit(part)) is not None:
                    raw.source = credit
                    break
                if known_source(part) == SITE_SOURCE and _off_site(p):
                    # an aggregator's source name beside the time ('An ninh Hải Phòng · 06/06/2025 08:45 PM'); a bare
                    # section's name there ('Pháp luật · 14/03/2024') is no paper
                    raw.source = SITE_SOURCE
                    break
            else:
                continue
            break  # (the first credit found)
    if meta.date_iso and not (hit and hit.has_time and hit.iso and hit.iso[:16] != meta.date_iso[:16]):
        raw.dateIso = meta.date_iso
        layers["dateIso"] = "metadata"
    elif hit and hit.iso:
        # (a printed time that the metadata contradicts wins, as in the cleaning stage: 'September 16, 2025 -
        # 03:20 PM' over a JSON-LD that lost the PM)
        raw.dateIso = hit.iso
        layers["dateIso"] = layers["dateRaw"]
    if meta.date_modified_iso:
        raw.dateModifiedIso = meta.date_modified_iso
        layers["dateModifiedIso"] = "metadata"
    p.hit, p.date_el = hit, date_el


def find_outside_byline(p: PageState) -> None:
    """A byline marked outside the body: the layout's, an author-marked element, or a labelled line (bylines
    inside the body's container are read with the body)."""
    found, container = p.found, p.container
    outside_byline = None
    if found and found.byline is not None and not (container is not None and m._contains(container, found.byline)):
        outside_byline = m.text_of(found.byline) or None
    if not outside_byline:
        outside_byline = m.find_marked_byline(p.root, container, p.excluded | ({container} if container is not None
                                                                                else set()), p.marks.bylines,
                                              p.title_el)
    if not outside_byline:
        outside_byline = m.labelled_byline(p.root, p.excluded)
    if not outside_byline:
        outside_byline = m.name_under_title(p.title_el, container)
    p.outside_byline = outside_byline


def find_lead_element(p: PageState) -> None:
    """The lead: the layout's, else the meaning layer's after the title; whether it stands outside the body."""
    found, container = p.found, p.container
    lead_el = found.lead if found and found.lead is not None and found.lead not in p.excluded else None
    if lead_el is None and container is not None:
        lead_el = m.find_lead(p.order, p.index, p.lead_anchor, container, p.excluded)
        if lead_el is not None and p.date_el is not None and (lead_el is p.date_el or m._contains(lead_el, p.date_el)):
            # the row that shows the page's date (and its writers, its tools) is the dateline, not the lead
            lead_el = m.find_lead(p.order, p.index, p.lead_anchor, container, p.excluded | set(lead_el.iter()))
    p.lead_el = lead_el
    p.lead_outside = lead_el is not None and container is not None and not m._contains(container, lead_el)
    p.lead_text = m.text_of(lead_el) if lead_el is not None else None


class _Dateline(NamedTuple):
    """What `_drop_title_and_dateline` leaves for the body's lines."""

    kicker_before: int              # the title's place: short texts above it in the container are kickers
    kickers: set[str]
    title_holders: set[HtmlElement]
    date_credit: str | None         # the people credited in the dateline ('Minh Châu · 09/10/2023 14:05')
    date_row: HtmlElement | None    # the block that held the date and more


def _drop_title_and_dateline(p: PageState, container: HtmlElement) -> _Dateline:
    """Drop the title and the dateline from the container, noting the kickers above the title and a credit
    beside the date."""
    order, index, title_el, date_el, hit = p.order, p.index, p.title_el, p.date_el, p.hit
    kicker_before, kickers, title_holders = 0, set(), set()
    date_credit, date_row = None, None
    if title_el is not None and m._contains(container, title_el):
        kicker_before, title_holders = index.get(title_el, 0), set(title_el.iterancestors())
        kickers = {t for el in order[index.get(container, 0) + 1:kicker_before]
                   if el not in title_holders and 0 < len(t := m.text_of(el)) <= 50}
        m.drop_tree(title_el)
    if date_el is not None and m._contains(container, date_el) and len(m.text_of(date_el)) <= 120 \
            and not m.dated_credit(container, date_el, index):
        row = date_el.getparent()
        credit_row = False
        if hit is not None and (rest := _date_credit(m.text_of(date_el), hit.raw)):
            date_credit = rest  # "Minh Châu · 09/10/2023 14:05": the dateline names the author
        elif hit is not None and row is not None and row is not container and len(m.text_of(row)) <= 120 \
                and (rest := _date_credit(m.text_of(row), hit.raw)):
            # <span>Thu Trang (thực hiện)</span><span>|</span><span>02/09/2024 08:00</span>: the same, in parts
            date_credit, credit_row = rest, True
        m.drop_tree(date_el)  # the dateline; a credit closing the body with its date stays (the byline)
        if credit_row and row is not None:
            up = row.getparent()
            m.drop_tree(row)
            row = up
        date_row = _drop_date_row(row, container)
    return _Dateline(kicker_before, kickers, title_holders, date_credit, date_row)


def _take_images(p: PageState, container: HtmlElement) -> None:
    """The article's photos with their captions: between the title and the body, then in the body; else the
    shared photo of the metadata when the body shows it."""
    raw, meta, base = p.raw, p.meta, p.base
    pre_images = m.take_images_between(p.root, p.index, p.title_el, container, base, p.page_url) \
        if p.title_el is not None else []
    raw.images = [i for i in m.without_repeats(pre_images + m.take_images(container, base, p.page_url,
                                                                            p.photo_credits))
                  if i.url not in p.series_art]
    if not raw.images and meta.image:
        raw.images = m.shared_photo_after(container, urljoin(base, meta.image), base, p.page_url)


def _broken_text(el: HtmlElement) -> str:
    """An element's text, its line breaks kept as new lines ('Luật sư Phạm Thu Hà<br>Đoàn Luật sư thành phố'): the
    cleaning stage reads a byline of several lines one line at a time."""
    if next(el.iter("br"), None) is None:
        return m.text_of(el)
    return "\n".join(line.text for line in m.body_lines(el))


def _marked_in_body(p: PageState, container: HtmlElement) -> str | None:
    """The author-marked elements in the body (the page's pass found them), dropped: the byline they give, if
    any (an author box's name, a short marked credit, two authors marked one after the other); a source marked
    there is the article's."""
    raw = p.raw
    inner_byline = None
    after_byline = None  # the element right after the byline taken
    for el in [x for x in p.marks.authored if m._contains(container, x)
               and not any(a.tag == "blockquote" for a in x.iterancestors())]:  # (a quote's author is text)
        if el.getparent() is not None and len(m.text_of(el)) > 80 and (name := m.author_box_name(el)):
            # an author box (avatar, name, short bio, 'Xem tất cả bài viết'): its name is the byline
            inner_byline = inner_byline or name
            m.drop_tree(el)
            continue
        if len(m.text_of(el)) <= 80 and m.text_of(el) and el.getparent() is not None:
            # "Bảo Anh" marked, then "Nguồn: …" marked too; or "Nguồn: …" alone marked in the body, the people
            # marked over it ('<span class=detail__author>Minh Đức</span>' beside the date) its byline
            credit = source_credit(m.text_of(el))
            if credit:
                raw.source = raw.source or credit
                if credit == SITE_SOURCE and el is after_byline and _off_site(p):
                    # a copy's end: the writer, then the credit to the paper; what the republisher adds after it (its
                    # own commentary, signed by its own lawyer) is not the article's
                    m.drop_elements(list(el.itersiblings()))
            elif inner_byline is None:
                # (the byline's cell beside the page's tools, 'THẾ KHOA | In bài viết Gửi cho bạn bè', loses them in
                # the cleaning stage)
                inner_byline, after_byline = _broken_text(el), m.next_element(el)
            elif el is after_byline and (t := m.text_of(el)) != inner_byline \
                    and (joined := parse_byline(f"{inner_byline}, {t}")) is not None and len(joined.authors) >= 2:
                # a second author marked right after the first (Instant Articles: an <address> each)
                inner_byline, after_byline = f"{inner_byline}, {t}", m.next_element(el)
            m.drop_tree(el)
    return inner_byline


def _lines(p: PageState, container: HtmlElement, dateline: _Dateline) -> list[m.Line]:
    """The body's lines: the container's (and the prose before it, after the lead), less chrome lines, the
    section's name printed as a label, and the kickers above the title."""
    meta, index = p.meta, p.index
    lines = [ln for ln in m.body_lines(container) if not m.CHROME_TEXT.match(ln.text)]
    if p.prose and p.date_el is not None:  # (the block that showed the page's date is its dateline row, no prose)
        p.prose = [el for el in p.prose if not (el is p.date_el or m._contains(el, p.date_el))]
    if p.prose:  # a reader's question standing over the answer's container: body too, after the lead
        for el in p.prose:
            m.drop_chrome(el)  # an ad placed in it
        lines[:0] = [ln for el in p.prose if el is not p.lead_el and el.getparent() is not None
                     for ln in m.body_lines(el) if not m.CHROME_TEXT.match(ln.text) and _WORDED.search(ln.text)]
    if meta.section and len(meta.section) <= 40:
        # the section's name printed as a label over the body or under it ('Giao thông' beside the date)
        section, n = m.fold(meta.section), len(lines)
        head = next((i for i, ln in enumerate(lines) if len(ln.text) >= 80), n)
        lines = [ln for i, ln in enumerate(lines) if not ((i < head or i >= n - 2) and m.fold(ln.text) == section)]
    if dateline.kickers:
        kicker_before, kickers, title_holders = dateline.kicker_before, dateline.kickers, dateline.title_holders
        lines = [ln for ln in lines if not (ln.text in kickers and (
            index.get(ln.el, kicker_before) < kicker_before or ln.el in title_holders))]
    # (a pull quote is a <blockquote>: most bodies hold none, and their lines are not walked up for one)
    return _without_pull_quotes(lines) if next(container.iter("blockquote"), None) is not None else lines


_QUOTE_MARKS = " “”\"'‘’«»„"


def _without_pull_quotes(lines: list[m.Line]) -> list[m.Line]:
    """The lines less the pull quotes: a quote set apart ('<blockquote class="pull">') that repeats a sentence of a
    paragraph of the body, for the eye only (a quote of its own, said nowhere else, is text)."""
    quoted = [ln for ln in lines
              if ln.el.tag == "blockquote" or any(a.tag == "blockquote" for a in ln.el.iterancestors())]
    if not quoted:
        return lines
    repeats = {id(q) for q in quoted if len(said := q.text.strip(_QUOTE_MARKS)) >= 20
               and any(ln is not q and said in ln.text and len(ln.text) > len(said) + 10 for ln in lines)}
    return [ln for ln in lines if id(ln) not in repeats]


def _byline_and_source(p: PageState, container: HtmlElement, lines: list[m.Line], inner_byline: str | None,
                       date_credit: str | None, early_credit: str | None) -> None:
    """The byline (the body's short last line, after it, or marked) and the source credited (closing the body,
    under it, or in the byline); the lines they were taken from leave ``lines``."""
    raw = p.raw
    byline = m.split_byline(lines, container)
    if lines and (last := source_credit(lines[-1].text)):
        raw.source = last  # "Theo An ninh Hải Phòng" closing the body: its source, not its text
        lines.pop()
        if byline is None:  # the author's line over it is the byline ('Đức Thịnh' / '<em>Theo …</em>')
            byline = m.split_byline(lines, container)
    if not byline and not inner_byline:
        after = m.byline_after(container)
        if after:
            byline = after[0]
    marked = inner_byline or p.outside_byline or date_credit
    if byline and marked and (closing := parse_byline(byline)) is not None and closing.source \
            and not closing.authors and (named := parse_byline(marked)) is not None and named.authors:
        # "Phạm Thu Hà" marked over the body, "(Theo Công an nhân dân)" closing it: her, from that paper
        raw.source, byline = raw.source or closing.source, None
    if byline and marked and _PHOTOS_ROLE.match(byline) and (named := parse_byline(marked)) is not None \
            and named.authors and (both := _with_photographer(marked, byline)) != marked:
        # the writer marked over the body ('<a rel=author>Phạm Quang</a>'), the photographer closing it ('Ảnh: Minh
        # Thu'): both are credited, the writer first
        byline = both
    raw.bylineRaw = byline or marked
    for credit in dict.fromkeys(p.photo_credits):
        raw.bylineRaw = _with_photographer(raw.bylineRaw, credit)  # (credited under the photos: '(Ảnh: Hoàng Hà)')
    credit_line = m.source_after(container) or early_credit  # "Nguồn: An ninh Hải Phòng" under the body
    if credit_line:
        raw.source = credit_line
    if byline and inner_byline and (credit := parse_byline(inner_byline)) is not None \
            and credit.source and not credit.authors:
        raw.source = credit.source  # "Hà Vy" closing the body, then "<p class=source-line>Theo …</p>"


# a credit of the photos or the video alone ('Ảnh: Minh Thu'; not 'Bài, ảnh:' nor 'Bài và ảnh:')
_PHOTOS_ROLE = re.compile(r"^\W*(?:ảnh|video|clip)\s*:", re.IGNORECASE)


def _with_photographer(byline: str | None, credit: str) -> str | None:
    """The byline, and on a line of its own the photographer's credit when it names someone the byline does not
    (the cleaning stage reads a byline of several lines one line at a time)."""
    named = parse_byline(credit)
    if named is None or not named.authors or named.source or all(name in (byline or "") for name, _ in named.authors):
        return byline
    return f"{byline}\n{credit}" if byline else credit


def _authors_beside_date(row: HtmlElement) -> str | None:
    """The writers linked to their pages in the date's row ('<a href="/tac-gia/thu-ha">Thu Hà</a> – <a …>Minh
    Đức</a> · Cập nhật: … · Đăng lúc: …'), taken off it (the rest of the row then goes as the date's), else None."""
    links = [a for a in row.iter("a") if m._AUTHOR_PAGE.search(a.get("href") or "") and (t := m.text_of(a))
             and len(t) <= 40 and (credit := parse_byline(t)) is not None and credit.authors]
    if not links:
        return None
    names = " – ".join(m.text_of(a) for a in links)
    if _with_label(links[0]) != m.text_of(links[0]):
        _drop_label(links[0])  # (its label: 'Tường thuật:', 'Tác giả:')
    for a in links:
        if a.tail:  # (the separator between two names goes with them)
            a.tail = a.tail.strip(" –-,&") or None
    m.drop_elements(links)
    return names


def _with_label(el: HtmlElement) -> str:
    """An element's text after the short label printed just before it, if any ('Nguồn: <a>An ninh Hải Phòng</a>',
    the label the tail of the list above the link)."""
    before = el.getprevious()
    parent = el.getparent()
    label = ((before.tail if before is not None else parent.text if parent is not None else None) or "").strip()
    return f"{label} {m.text_of(el)}" if label and len(label) <= 20 else m.text_of(el)


def _drop_label(el: HtmlElement) -> None:
    """Remove the label `_with_label` read before ``el``."""
    before = el.getprevious()
    if before is not None:
        before.tail = None
    elif (parent := el.getparent()) is not None:
        parent.text = None


def read_body(p: PageState) -> None:
    """The body and what is read with it: related blocks, widgets and listings leave the tree, then the title,
    the dateline and the chrome leave the container; its photos, byline, source, lines and tags are read."""
    raw, meta, container = p.raw, p.meta, p.container
    layers = raw.field_layers
    # a credit under the body whose link to the original made it look like a related list ('Theo <a>An ninh Hải
    # Phòng</a>' over an aggregator's unheaded list): read before the lists go
    early_credit = None
    for el in (el for g in p.related_groups for el in g):
        if len(t := _with_label(el)) <= 60 and (early_credit := source_credit(t)) is not None:
            if t != m.text_of(el):
                _drop_label(el)  # (the link goes with the lists: its label would be left alone on its line)
            break
    # a picture shown by two teasers of other articles or more is the series' art (a podcast's square cover), not a
    # photo of this article's, wherever the page shows it too
    shown = Counter(urljoin(p.base, src) for g in p.related_groups + p.blocks.widgets for el in g
                    for img in el.iter("img") if (src := m.img_src(img)))
    p.series_art = {url for url, n in shown.items() if n >= 2}
    m.drop_elements(el for g in p.related_groups + p.blocks.widgets for el in g)
    m.drop_elements(p.listings)
    if container is not None:
        dateline = _drop_title_and_dateline(p, container)
        if raw.headline:
            m.drop_elements(m.own_link_cards(container, raw.headline))
        _take_images(p, container)
        inside = [el for el in p.marks.crumbs if m._contains(container, el)]
        if inside:
            # a breadcrumb trail inside the body's container ('<div class="duong-dan">Trang chủ › …'): read, then
            # out of the body (its section's link may be dropped as a label, leaving 'Trang chủ ›' alone)
            p.crumbs_read = _breadcrumbs(p.root, p.found, p.base, p.title_el, p.index, inside)
            m.drop_elements(inside)
        tags = m.drop_chrome(container)
        inner_byline = _marked_in_body(p, container)
        if inner_byline is None and dateline.date_row is not None and dateline.date_row.getparent() is not None:
            inner_byline = _authors_beside_date(dateline.date_row)
        if dateline.date_row is not None and dateline.date_row.getparent() is not None:
            _drop_date_row(dateline.date_row, container)  # the author beside the date is taken now: the rest may go
        signatures = m.brief_signatures(container)
        briefs = [m.text_of(el) for el in signatures]
        m.drop_elements(signatures)
        lines = _lines(p, container, dateline)
        _byline_and_source(p, container, lines, inner_byline, dateline.date_credit, early_credit)
        if briefs and raw.bylineRaw:
            raw.bylineRaw = "\n".join([*briefs, raw.bylineRaw])  # each brief's writer, then the last one's
        body = [ln.text for ln in lines]
        if p.hit:
            body = [t for t in body if t != p.hit.raw]
        if raw.headline:
            body = [t for i, t in enumerate(body) if not (i < 2 and t == raw.headline)]
        if p.lead_outside and p.lead_text:
            if not body or body[0] != p.lead_text:
                body.insert(0, p.lead_text)
        elif not p.lead_text:
            # (a pasted copy opening with its title in bold: the bold paragraph after it)
            p.lead_text = m.first_bold_paragraph([ln for ln in lines[:2] if ln.text != raw.headline] + lines[2:])
        raw.body = [t for t in body if not m.CHROME_TEXT.match(t) and not _VIDEO_CAPTION.match(t)]
        if raw.body:
            layers["body"] = p.layer
        if not meta.tags and (tags or p.blocks.tags):
            raw.tags = list(dict.fromkeys(tags or p.blocks.tags))
            layers["tags"] = "meaning"
    else:
        raw.bylineRaw = p.outside_byline
    if raw.bylineRaw:
        layers["bylineRaw"] = p.layer
    if p.lead_text:
        raw.lead = p.lead_text
        layers["lead"] = p.layer
    if raw.images:
        layers["images"] = p.layer


def _off_site(p: PageState) -> bool:
    """The page was saved from another site than the paper's own (a republisher, an aggregator)."""
    return is_elsewhere(p.page_url)


def read_metadata_fields(p: PageState) -> None:
    """The fields the metadata gives (description, authors, tags, breadcrumbs, main image, the paper a copy
    credits as its author), the breadcrumbs on the page and the first photo where the metadata has none."""
    raw, meta, base = p.raw, p.meta, p.base
    layers = raw.field_layers
    if raw.source is None and meta.credits_site and _off_site(p):
        # a copy elsewhere whose metadata gives the paper as its author (an aggregator's '<meta
        # property="article:author" content="An ninh Hải Phòng">', a JSON-LD author Organization): its source
        raw.source = SITE_SOURCE
    raw.metaDescription = meta.description
    raw.authorNames = list(meta.authors)
    if meta.authors:
        layers["authorNames"] = "metadata"
    if meta.tags:
        raw.tags = list(dict.fromkeys(meta.tags))
        layers["tags"] = "metadata"
    if meta.breadcrumbs:
        raw.breadcrumbs = [Breadcrumb(name=n, url=_site_url(m.absolute(base, u)) if u else None)
                           for n, u in meta.breadcrumbs
                           if m.fold(n) not in _HOME]
        layers["breadcrumbs"] = "metadata"
    else:
        raw.breadcrumbs = p.crumbs_read or _breadcrumbs(p.root, p.found, base, p.title_el, p.index, p.marks.crumbs)
        if raw.breadcrumbs:
            layers["breadcrumbs"] = p.layer
    if meta.image:
        raw.mainImage = urljoin(base, meta.image)
        layers["mainImage"] = "metadata"
    elif raw.images:
        raw.mainImage = raw.images[0].url
        layers["mainImage"] = p.layer


def _site_url(url: str) -> str:
    """A URL on one of the site's hosts rewritten to the canonical ``https://anhp.vn`` origin."""
    return on_site_origin(url) if is_site_host(host_of(url)) else url


def _is_home(a: HtmlElement) -> bool:
    href = (a.get("href") or "").strip()
    return m.fold(m.text_of(a)) in _HOME or href in ("/", "./") or urlsplit(href).path in ("", "/") and "//" in href


def _breadcrumbs(root: HtmlElement, found: LayoutMatch | None, base: str | None, title: HtmlElement | None,
                 index: dict[HtmlElement, int], crumbs: list[HtmlElement]) -> list[Breadcrumb]:
    """The section path: the layout's, an element marked as breadcrumb (``crumbs``: `Marks.crumbs`), or a short
    trail of links starting at the home page (``Trang chủ » Section``) placed before the title."""
    links = found.breadcrumbs if found and found.breadcrumbs else []
    if not links:
        # (the first still in the page: one inside a dropped block is not)
        marked = next((el for el in crumbs if el is root or any(a is root for a in el.iterancestors())), None)
        if marked is not None:
            links = list(marked.iter("a"))
    if not links and title is not None:
        t_index = index.get(title, 0)
        for el in root.iter("ol", "ul", "div", "nav", "p", "span"):
            if index.get(el, t_index) >= t_index:
                break
            anchors = list(islice(el.iter("a"), 5))  # five or more is too many: no need to count them all
            if not 2 <= len(anchors) <= 4 or not _is_home(anchors[0]):
                continue
            text = m.text_of(el)
            if len(text) <= 150 and (el.tag == "ol" or re.search(r"[»›>/→|]", text)):
                links = anchors
    out = []
    for a in links:
        name = m.text_of(a)
        href = a.get("href")
        if not name or _is_home(a):
            continue
        out.append(Breadcrumb(name=name, url=_site_url(m.absolute(base or "", href)) if href else None))
    return out


def _drop_date_row(row: HtmlElement | None, container: HtmlElement) -> HtmlElement | None:
    """Drop what stood beside the taken date ('Cập nhật lúc 18:40', the section, a counter), up the tree while
    that is all a block holds; the first block that holds more is returned (None when none was reached)."""
    while row is not None and row is not container:
        if not m.dateline_leftovers(row):
            return row
        up = row.getparent()
        m.drop_tree(row)
        row = up
    return None


def _date_credit(text: str, date: str) -> str | None:
    """The people credited beside the date in one line, set apart from it by a separator ('Minh Châu ·
    09/10/2023 14:05', '09/10/2023 | Minh Châu'), else None."""
    at = text.find(date)
    if at < 0:
        return None
    before, after = text[:at], text[at + len(date):]
    if before.strip() and not after.strip() and _CREDIT_JOINT.match(before[::-1]):
        rest = before.rstrip().rstrip("·|,-–—").strip()
    elif after.strip() and not before.strip() and _CREDIT_JOINT.match(after):
        rest = _CREDIT_JOINT.sub("", after).strip()
    else:
        return None
    credit = parse_byline(rest) if rest else None
    return rest if credit is not None and credit.authors else None
