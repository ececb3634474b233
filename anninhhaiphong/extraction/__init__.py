"""Extraction of an article from an HTML page, in layers (DESIGN.md stage 2).

``extract_raw(html, url)`` parses the page once and fills a `RawArticle` from, in order of trust:
a site layout (`layouts`), the page's metadata (`metadata`), the meaning of the text (`meaning`),
and, only when nothing found a body, trafilatura (`fallback`). ``extract_article`` adds the
cleaning stage and the URL identity and returns the contract's `Article`.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from itertools import islice
from urllib.parse import urljoin, urlsplit

from lxml import etree
from lxml.etree import _Element as HtmlElement

from anninhhaiphong.cleaning.bylines import parse_byline, source_credit
from anninhhaiphong.extraction import meaning as m
from anninhhaiphong.extraction.layouts import (
    LAYOUT_CLASSES,
    LAYOUT_IDS,
    LAYOUT_PROPS,
    LayoutMatch,
    has_layout_marker,
    layout_index,
    match_layout,
)
from anninhhaiphong.extraction.metadata import read_metadata, to_ict_iso
from anninhhaiphong.items import Article, Breadcrumb, RawArticle
from anninhhaiphong.urls import article_id, host_of, is_site_host, on_site_origin

__all__ = ["decode_html", "extract_raw", "extract_article"]

_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_PARSER = etree.HTMLParser()
_UTF8_PARSER = etree.HTMLParser(encoding="utf-8")  # for a page's own bytes when they are clean UTF-8
_HOME = {"trang chủ", "home", "trang chu", "trangchu"}


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    name = name.strip().lower()
    name = {"windows-1258": "cp1258", "x-windows-1258": "cp1258", "vn": "cp1258"}.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_html(data: bytes, encoding: str | None = None) -> str:
    """Bytes to text: BOM, then UTF-8 when it decodes cleanly, then the page's declared charset, then
    ``encoding`` (e.g. the HTTP header's), then windows-1258 (supported throughout), else windows-1258
    with replacement characters."""
    return _decode(data, encoding)[0]


def _decode(data: bytes, encoding: str | None = None) -> tuple[str, bool]:
    """`decode_html`, and whether the text is ``data`` read as UTF-8 as it stands (no BOM)."""
    for bom, enc in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                     (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(enc, "replace"), False
    try:
        return data.decode("utf-8"), True
    except UnicodeDecodeError:
        pass
    declared = _CHARSET_RE.search(data[:8192])
    for name in (declared.group(1).decode("ascii", "ignore") if declared else None, encoding, "cp1258"):
        enc = _codec(name)
        if enc and enc not in ("utf-8", "utf-16", "utf-16-le", "utf-16-be"):
            try:
                return data.decode(enc), False
            except UnicodeDecodeError:
                continue
    return data.decode(_codec(encoding) or "cp1258", "replace"), False


# the caption of a video embedded in the body ("Video: Lực lượng Cảnh sát giao thông kiểm tra…"), not text
_WORDED = re.compile(r"\w")  # a line with a word in it (not the '?' of a question box's icon)
# a video's title or caption: '▶ Video: …', or a caption crediting the video ('… (Video: Công an cung cấp)')
_VIDEO_CAPTION = re.compile(r"^[▶►▷▸•\s]*(?:video|clip)\s*[:：]\s*\S.{0,240}$"
                            r"|^.{10,240}\((?:video|clip)\s*[:：][^()]{2,60}\)$", re.IGNORECASE)


def _parse(html: str | bytes, encoding: str | None, decoded: str | None = None) -> tuple[HtmlElement | None, str]:
    """The page's tree and text. Clean UTF-8 bytes that need no change are parsed as they are (lxml
    encodes a str to UTF-8 before parsing it: a tenth of the parse); ``decoded``: the bytes' text when
    the caller has read them as UTF-8 already."""
    if isinstance(html, bytes):
        if decoded is not None:
            text, as_is = decoded, not html.startswith(codecs.BOM_UTF8)
        else:
            text, as_is = _decode(html, encoding)
    else:
        text, as_is = html, False
    if not unicodedata.is_normalized("NFC", text):
        text, as_is = unicodedata.normalize("NFC", text), False
    if _XML_DECL.match(text):
        text, as_is = _XML_DECL.sub("", text, count=1), False
    if any(ch in text for ch in m.INVISIBLE_CHARS):  # `in` is a fast scan; the regex is not
        text, as_is = m.INVISIBLE_RE.sub("", text), False
    if not text.strip():
        return None, text
    try:
        # lxml.html's parser options with lxml's C element class: lxml.html's Python class lookup costs
        # a call per element touched (the trees are the same; `meaning` has the two HtmlElement helpers)
        root = etree.fromstring(html, _UTF8_PARSER) if as_is else etree.fromstring(text, _PARSER)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None, text
    return (root if root is not None and isinstance(root.tag, str) else None), text


def _document_base(page_url: str | None, base_href: str) -> str | None:
    """What the page's relative links resolve against: its ``<base href>`` (itself resolved against the
    page's URL), else the page's URL (an old CMS's page at ``https://anhp.vn/…`` saying
    ``<base href="http://www.anhp.vn/">`` has its photos there)."""
    if not base_href or not page_url:
        return page_url
    try:
        return urljoin(page_url, base_href)
    except ValueError:  # a broken base (an unclosed IPv6 bracket): the page's URL
        return page_url


def _on_site(url: str | None) -> bool:
    """Site layouts apply to the site's own pages (and a replica on loopback), not to republishers."""
    if not url:
        return True
    host = host_of(url)
    return is_site_host(host) or host in ("127.0.0.1", "localhost", "::1") or not host


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


def extract_raw(html: str | bytes, url: str | None = None, *, encoding: str | None = None,
                decoded: str | None = None) -> RawArticle:
    """A `RawArticle` from one HTML page: each field from the most trusted layer that found it
    (``decoded``: the text of ``html``'s bytes when the caller has already read them as UTF-8)."""
    raw = RawArticle(url=url)
    m.forget_texts()
    root, text = _parse(html, encoding, decoded)
    if root is None:
        raw.extractor = "empty"
        return raw
    layers = raw.field_layers
    meta = read_metadata(root)
    raw.pageCanonical = meta.canonical
    base_el = root.find(".//base")
    base_href = (base_el.get("href") or "").strip() if base_el is not None else ""
    page_url = url or base_href or meta.canonical
    base = _document_base(page_url, base_href) or "https://anhp.vn/"
    own_id = article_id(url) or article_id(meta.canonical)

    m.strip_junk(root)
    # a banner's sentence says 'cookie' in the text left after strip_junk (a look at that text is
    # cheaper than the notice search, and rules most pages out; two plain searches cover 'cookie',
    # 'Cookie' and 'COOKIE' at a seventh of a case-blind pattern's cost)
    if ("ookie" in text or "OOKIE" in text) and m.says_cookie(m.text_content(root)):
        m.drop_cookie_notices(root)
    order = list(root.iter())
    index = {el: i for i, el in enumerate(order)}
    marks = m.read_marks(order, LAYOUT_CLASSES, LAYOUT_IDS, LAYOUT_PROPS)
    found = match_layout(layout_index(order, marks)) \
        if _on_site(url or meta.canonical) and has_layout_marker(root) else None
    layer = found.layout.name if found else "meaning"

    # title
    reference = meta.title or (m.clean_title(meta.page_title, meta.site_name) if meta.page_title else None)
    title_el = found.title if found and found.title is not None else m.find_title(root, reference)
    if title_el is not None and m.text_of(title_el):
        raw.headline = m.title_text(title_el)
        layers["headline"] = layer if found and found.title is not None else "meaning"
    elif meta.title:
        raw.headline = m.clean_title(meta.title, meta.site_name)
        layers["headline"] = "metadata"
    elif meta.page_title:
        raw.headline = m.clean_title(meta.page_title, meta.site_name)
        layers["headline"] = "metadata"

    # body container, related blocks and widgets
    container = found.body if found else m.find_container(root, title_el, index, set())
    if title_el is None and not meta.title and container is not None \
            and (marked_title := m.marked_title_near(root, container, index)) is not None:
        # a portal naming itself in <title>, the title in a marked <span>; not when <title> holds the marked text
        # (or it <title>'s): the page's title is that then
        ref, text = m.fold(reference or ""), m.fold(m.text_of(marked_title))
        # (or <title> opens with it, the section's and the portal's names after: 'Title > Tin tức > Cổng …')
        if not ref or (ref not in text and text not in ref) or (ref.startswith(text) and ref != text):
            title_el = marked_title
            raw.headline = m.text_of(title_el)
            layers["headline"] = "meaning"
    # the element holding the page's title unmarked ('<td><font><b>Title</b></font></td>'): where the lead is
    # looked for after, when no title element was found
    lead_anchor = title_el if title_el is not None or not reference or container is None \
        else m.title_text_near(root, container, index, reference)
    headings = m.heading_texts(root, order)
    blocks = m.find_blocks(root, container, own_id, headings, title_el, marks.titled)
    excluded = {d for g in blocks.related + blocks.widgets for el in g for d in el.iter()}
    if container is not None and not found and container in excluded:
        container = m.find_container(root, title_el, index, excluded)
        blocks = m.find_blocks(root, container, own_id, headings, title_el, marks.titled)
        excluded = {d for g in blocks.related + blocks.widgets for el in g for d in el.iter()}
    related_groups = list(blocks.related)
    comments: int | None = None  # where the readers' comments begin (`m.comments_start`), once asked
    if found:
        for el in found.related:
            if el not in excluded and not (container is not None and m._contains(el, container)):
                related_groups.append([el])
                excluded.update(el.iter())
    site_blocks: list[HtmlElement] = []  # blocks of cards under a section's name: neither related nor body
    if container is not None:
        inline = [g for g in m.find_inline_related(container, own_id) if g[0] not in excluded]
        inline += [g for g in m.find_series_parts(order, index, title_el, container, own_id, excluded)
                   if not any(m._contains(x[0], g[0]) or x[0] is g[0] for x in inline)]
        related_groups += inline
        excluded.update(d for g in inline for el in g for d in el.iter())
        headless = m.find_headless_related(root, container, own_id, index, excluded, site_blocks)
        comments = m.comments_start(order, index, container) if headless else None
        if comments is not None:
            # unheaded cards after the readers' comments (a section's rail closing the page) are the site's
            late = [g for g in headless if index.get(g[0], 0) > comments]
            headless = [g for g in headless if not any(g is x for x in late)]
            blocks.widgets += late
            excluded.update(d for g in late for el in g for d in el.iter())
        related_groups += headless
        excluded.update(d for g in headless for el in g for d in el.iter())
    # prose blocks just before the container (a reader's question over a legal answer) are body: related
    # lists in them are found as in the body's own
    prose = m.prose_before(container, title_el, excluded, index, base) \
        if container is not None and title_el is not None else []
    for el in prose:
        inside = [g for g in m.find_inline_related(el, own_id) + m.find_headless_related(root, el, own_id, index,
                                                                                         excluded)
                  if g[0] not in excluded and all(m._contains(el, x) for x in g)]
        related_groups += inside
        excluded.update(d for g in inside for x in g for d in x.iter())
    related_groups.sort(key=lambda g: index.get(g[0], 0))
    suggested = [g for g in related_groups if m.suggestion_heading(g[0])]
    if suggested and container is not None and comments is None:
        comments = m.comments_start(order, index, container)  # (read once: the cards above may have asked)
    if suggested and comments is not None:
        # 'Có thể bạn quan tâm' after the readers' comments: the site's feed of suggestions closing the page, not
        # the article's related news (above the comments it is theirs): dropped like a widget
        feed = [g for g in suggested if index.get(g[0], 0) > comments]
        related_groups = [g for g in related_groups if not any(g is f for f in feed)]
        blocks.widgets += feed
    listings = [el for el in m.listing_children(container, title_el) if el not in excluded] \
        if container is not None and not found else []
    listings += [el for el in site_blocks if el not in excluded and el not in listings]
    excluded.update(d for el in listings for d in el.iter())
    raw.related = m.related_items(related_groups, base, own_id)
    if raw.related:
        layers["related"] = layer if found and found.related else "meaning"

    # date as printed
    date_el = found.date if found else None
    hit = m.find_date(m.text_of(date_el)) if date_el is not None else None
    if hit:
        layers["dateRaw"] = layer
    else:
        anchor = title_el if title_el is not None else container
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
    if hit:
        raw.dateRaw = hit.raw
        row = date_el.getparent() if date_el is not None else None
        if row is not None and len(row_text := m.text_of(row)) <= 120:
            # the publication credited beside the date ('Nguồn: An ninh Hải Phòng · 05/12/2024, 08:20 PM')
            for part in _ROW_PARTS.split(row_text.replace(m.text_of(date_el), " ")):
                if (credit := source_credit(part.strip(" ·|•-–"))) is not None:
                    raw.source = credit
                    break
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

    # byline marked outside the body
    outside_byline = None
    if found and found.byline is not None and not (container is not None and m._contains(container, found.byline)):
        outside_byline = m.text_of(found.byline) or None
    if not outside_byline:  # bylines inside the container are handled with the body
        outside_byline = m.find_marked_byline(root, container, excluded | ({container} if container is not None
                                                                            else set()), marks.bylines, title_el)
    if not outside_byline:
        outside_byline = m.labelled_byline(root, excluded)

    # lead
    lead_el = found.lead if found and found.lead is not None and found.lead not in excluded else None
    if lead_el is None and container is not None:
        lead_el = m.find_lead(order, index, lead_anchor, container, excluded)
    lead_outside = lead_el is not None and container is not None and not m._contains(container, lead_el)
    lead_text = m.text_of(lead_el) if lead_el is not None else None

    # a credit under the body whose link to the original made it look like a related list ('Theo <a>An ninh Hải
    # Phòng</a>' over an aggregator's unheaded list): read before the lists go
    early_credit = next((c for g in related_groups for el in g
                         if len(t := m.text_of(el)) <= 60 and (c := source_credit(t)) is not None), None)
    m.drop_elements(el for g in related_groups + blocks.widgets for el in g)
    m.drop_elements(listings)
    # short texts above the title in the body container ('Phóng sự ảnh', the section's name): kickers
    kicker_before, kickers, title_holders = 0, set(), set()
    date_credit, date_row = None, None
    if container is not None:
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
        if raw.headline:
            m.drop_elements(m.own_link_cards(container, raw.headline))
        pre_images = m.take_images_between(root, index, title_el, container, base, page_url) \
            if title_el is not None else []
        raw.images = m.without_repeats(pre_images + m.take_images(container, base, page_url))
        if not raw.images and meta.image:
            raw.images = m.shared_photo_after(container, urljoin(base, meta.image), base, page_url)
        tags = m.drop_chrome(container)
        inner_byline = None
        # the author-marked elements in the body (the page's pass found them): a short one is the byline
        after_byline = None  # the element right after the byline taken
        for el in [x for x in marks.authored if m._contains(container, x)]:
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
                elif inner_byline is None:
                    inner_byline, after_byline = m.text_of(el), m.next_element(el)
                elif el is after_byline and (t := m.text_of(el)) != inner_byline \
                        and (joined := parse_byline(f"{inner_byline}, {t}")) is not None and len(joined.authors) >= 2:
                    # a second author marked right after the first (Instant Articles: an <address> each)
                    inner_byline, after_byline = f"{inner_byline}, {t}", m.next_element(el)
                m.drop_tree(el)
        if date_row is not None and date_row.getparent() is not None:
            _drop_date_row(date_row, container)  # the author beside the date is taken now: the rest may go
        lines = [ln for ln in m.body_lines(container) if not m.CHROME_TEXT.match(ln.text)]
        if prose:  # a reader's question standing over the answer's container: body too, after the lead
            for el in prose:
                m.drop_chrome(el)  # an ad placed in it
            lines[:0] = [ln for el in prose if el is not lead_el and el.getparent() is not None
                         for ln in m.body_lines(el) if not m.CHROME_TEXT.match(ln.text) and _WORDED.search(ln.text)]
        if meta.section and len(meta.section) <= 40:
            # the section's name printed as a label over the body or under it ('Giao thông' beside the date)
            section, n = m.fold(meta.section), len(lines)
            head = next((i for i, ln in enumerate(lines) if len(ln.text) >= 80), n)
            lines = [ln for i, ln in enumerate(lines) if not ((i < head or i >= n - 2) and m.fold(ln.text) == section)]
        if kickers:
            lines = [ln for ln in lines if not (ln.text in kickers and (
                index.get(ln.el, kicker_before) < kicker_before or ln.el in title_holders))]
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
        marked = inner_byline or outside_byline or date_credit
        if byline and marked and (closing := parse_byline(byline)) is not None and closing.source \
                and not closing.authors and (named := parse_byline(marked)) is not None and named.authors:
            # "Phạm Thu Hà" marked over the body, "(Theo Công an nhân dân)" closing it: her, from that paper
            raw.source, byline = raw.source or closing.source, None
        raw.bylineRaw = byline or marked
        credit_line = m.source_after(container) or early_credit  # "Nguồn: An ninh Hải Phòng" under the body
        if credit_line:
            raw.source = credit_line
        if byline and inner_byline and (credit := parse_byline(inner_byline)) is not None \
                and credit.source and not credit.authors:
            raw.source = credit.source  # "Hà Vy" closing the body, then "<p class=source-line>Theo …</p>"
        body = [ln.text for ln in lines]
        if hit:
            body = [t for t in body if t != hit.raw]
        if raw.headline:
            body = [t for i, t in enumerate(body) if not (i < 2 and t == raw.headline)]
        if lead_outside and lead_text:
            if not body or body[0] != lead_text:
                body.insert(0, lead_text)
        elif not lead_text:
            # (a pasted copy opening with its title in bold: the bold paragraph after it)
            lead_text = m.first_bold_paragraph([ln for ln in lines[:2] if ln.text != raw.headline] + lines[2:])
        raw.body = [t for t in body if not m.CHROME_TEXT.match(t) and not _VIDEO_CAPTION.match(t)]
        if raw.body:
            layers["body"] = layer
        if not meta.tags and (tags or blocks.tags):
            raw.tags = list(dict.fromkeys(tags or blocks.tags))
            layers["tags"] = "meaning"
    else:
        raw.bylineRaw = outside_byline
    if raw.bylineRaw:
        layers["bylineRaw"] = layer
    if lead_text:
        raw.lead = lead_text
        layers["lead"] = layer
    if raw.images:
        layers["images"] = layer

    # metadata fields
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
        raw.breadcrumbs = _breadcrumbs(root, found, base, title_el, index, marks.crumbs)
        if raw.breadcrumbs:
            layers["breadcrumbs"] = layer
    if meta.image:
        raw.mainImage = urljoin(base, meta.image)
        layers["mainImage"] = "metadata"
    elif raw.images:
        raw.mainImage = raw.images[0].url
        layers["mainImage"] = layer
    raw.extractor = found.layout.name if found else "meaning"

    if not found and not raw.body:
        _fallback(raw, html, url, encoding)
    if raw.dateIso is None and raw.dateRaw:
        hit2 = m.find_date(raw.dateRaw)
        raw.dateIso = hit2.iso if hit2 else None
    return raw


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


_ROW_PARTS = re.compile(r"\s[·|•]\s|\s[-–]\s")
_CREDIT_JOINT = re.compile(r"^\s*[·|,\-–—]\s*")


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


def _fallback(raw: RawArticle, html: str | bytes, url: str | None, encoding: str | None) -> None:
    from anninhhaiphong.extraction.fallback import fallback_extract

    text = decode_html(html, encoding) if isinstance(html, bytes) else html
    data = fallback_extract(text, url)
    if not data or not data["lines"]:
        return
    raw.extractor = "fallback"
    raw.body = data["lines"]
    raw.field_layers["body"] = "fallback"
    if not raw.headline and data.get("title"):
        raw.headline = data["title"]
        raw.field_layers["headline"] = "fallback"
    if not raw.dateIso and data.get("date"):
        raw.dateIso = to_ict_iso(data["date"])
        raw.field_layers["dateIso"] = "fallback"
    if not raw.bylineRaw and data.get("author"):
        raw.bylineRaw = data["author"]
        raw.field_layers["bylineRaw"] = "fallback"


def extract_article(html: str | bytes, url: str | None = None, *, encoding: str | None = None,
                    fetched_at: str | None = None, decoded: str | None = None) -> Article:
    """The contract's `Article` for one HTML page: `extract_raw`, then cleaning, then URL identity."""
    from anninhhaiphong.cleaning.article import clean_raw_article

    raw = extract_raw(html, url, encoding=encoding, decoded=decoded)
    page_url = url or (urljoin("https://anhp.vn/", raw.pageCanonical) if raw.pageCanonical else None)
    article = clean_raw_article(raw, page_url=page_url)  # its canonicalUrl and articleId from page_url
    article.url = url
    article.metadata["extractor"] = raw.extractor
    if fetched_at is not None or "dateDownloaded" not in article.metadata:
        article.metadata["dateDownloaded"] = fetched_at
    return article
