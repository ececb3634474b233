"""Extraction of an article from an HTML page, in layers (DESIGN.md stage 2).

``extract_raw(html, url)`` parses the page once and fills a `RawArticle` from, in order of trust:
a site layout (`layouts`), the page's metadata (`metadata`), the meaning of the text (`meaning`),
and, only when nothing found a body, trafilatura (`fallback`). The page is decoded, parsed and read
in one pass here; the steps that find each field are in `steps`. ``extract_article`` adds the
cleaning stage and the URL identity and returns the contract's `Article`.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from urllib.parse import urljoin

from lxml import etree
from lxml.etree import _Element as HtmlElement

from anninhhaiphong.extraction import meaning as m
from anninhhaiphong.extraction import steps
from anninhhaiphong.extraction.layouts import (
    LAYOUT_CLASSES,
    LAYOUT_IDS,
    LAYOUT_PROPS,
    has_layout_marker,
    layout_index,
    match_layout,
)
from anninhhaiphong.extraction.metadata import read_metadata, to_ict_iso
from anninhhaiphong.items import Article, RawArticle
from anninhhaiphong.urls import article_id, host_of, is_site_host, shown_page

__all__ = ["decode_html", "extract_raw", "extract_article"]

_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
# a list item's marker in HTML pasted from Word, shown only where lists are not supported (a downlevel-revealed
# conditional comment around '<span>-<span>&nbsp;&nbsp;</span></span>')
# ('<![if …]>' or the comment form '<!--[if …]-->', both shown by browsers that are not Word)
_WORD_LIST_MARKER = re.compile(r"<!(?:--)?\[if !supportLists\](?:--)?>.*?<!(?:--)?\[endif\](?:--)?>",
                               re.IGNORECASE | re.DOTALL)
_PARSER = etree.HTMLParser()
_UTF8_PARSER = etree.HTMLParser(encoding="utf-8")  # for a page's own bytes when they are clean UTF-8


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
    if "supportLists" in text:  # Word's own list markers ('-', '1.') drawn before each item, as <li> bullets are
        text, as_is = _WORD_LIST_MARKER.sub("", text), False
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
    return is_site_host(host) or not host  # (is_site_host counts a replica on loopback)


def extract_raw(html: str | bytes, url: str | None = None, *, encoding: str | None = None,
                decoded: str | None = None) -> RawArticle:
    """A `RawArticle` from one HTML page: each field from the most trusted layer that found it
    (``decoded``: the text of ``html``'s bytes when the caller has already read them as UTF-8).
    The page is parsed and read in one pass here; the steps (`steps`) then run in order."""
    url = shown_page(url)  # (a reader view's address: the page it shows)
    raw = RawArticle(url=url)
    m.forget_texts()
    root, text = _parse(html, encoding, decoded)
    if root is None:
        raw.extractor = "empty"
        return raw
    meta = read_metadata(root)
    raw.pageCanonical = meta.canonical
    base_el = root.find(".//base")
    base_href = (base_el.get("href") or "").strip() if base_el is not None else ""
    page_url = url or base_href or meta.canonical

    m.strip_junk(root)
    # a banner's sentence says 'cookie' in the text left after strip_junk (a look at that text is
    # cheaper than the notice search, and rules most pages out; two plain searches cover 'cookie',
    # 'Cookie' and 'COOKIE' at a seventh of a case-blind pattern's cost)
    if ("ookie" in text or "OOKIE" in text) and m.says_cookie(m.text_content(root)):
        m.drop_cookie_notices(root)
    order = list(root.iter())
    marks = m.read_marks(order, LAYOUT_CLASSES, LAYOUT_IDS, LAYOUT_PROPS)
    found = match_layout(layout_index(order, marks)) \
        if _on_site(url or meta.canonical) and has_layout_marker(root) else None
    page = steps.PageState(
        raw=raw, root=root, meta=meta, base=_document_base(page_url, base_href) or "https://anhp.vn/",
        page_url=page_url, own_id=article_id(url) or article_id(meta.canonical), order=order,
        index={el: i for i, el in enumerate(order)}, marks=marks, found=found,
        layer=found.layout.name if found else "meaning")
    steps.read_title(page)
    steps.find_body_and_blocks(page)
    steps.gather_related(page)
    steps.read_date(page)
    steps.find_outside_byline(page)
    steps.find_lead_element(page)
    steps.read_body(page)
    steps.read_metadata_fields(page)
    raw.extractor = page.layer

    if not found and not raw.body:
        _fallback(raw, html, url, encoding)
    if raw.dateIso is None and raw.dateRaw:
        hit = m.find_date(raw.dateRaw)
        raw.dateIso = hit.iso if hit else None
    return raw


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

    url = shown_page(url)
    raw = extract_raw(html, url, encoding=encoding, decoded=decoded)
    page_url = url or (urljoin("https://anhp.vn/", raw.pageCanonical) if raw.pageCanonical else None)
    article = clean_raw_article(raw, page_url=page_url)  # its canonicalUrl and articleId from page_url
    article.url = url
    article.metadata["extractor"] = raw.extractor
    if fetched_at is not None or "dateDownloaded" not in article.metadata:
        article.metadata["dateDownloaded"] = fetched_at
    return article
