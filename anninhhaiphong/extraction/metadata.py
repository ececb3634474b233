"""Page metadata layer: JSON-LD (NewsArticle/Article, @graph, lists, broken JSON tolerated),
OpenGraph, ``article:*`` meta, meta description/keywords/author, ``rel=canonical`` and ``<time>``.

`read_metadata(root)` returns a `PageMeta`; it reads the tree and never changes it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from typing import Any

from lxml import etree
from lxml.etree import _Element as HtmlElement

from anninhhaiphong.extraction.meaning import in_comments

ICT = timezone(timedelta(hours=7))
ARTICLE_TYPES = {"newsarticle", "article", "reportagenewsarticle", "blogposting", "analysisnewsarticle",
                 "webpage", "opinionnewsarticle", "backgroundnewsarticle"}
SITE_NAMES = re.compile(r"an ninh hải phòng|anhp\.vn|^anhp$|chuyên đề an ninh", re.IGNORECASE)


@dataclass
class PageMeta:
    title: str | None = None            # og:title / JSON-LD headline
    description: str | None = None
    canonical: str | None = None
    date_iso: str | None = None
    date_modified_iso: str | None = None
    section: str | None = None
    tags: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    image: str | None = None
    breadcrumbs: list[tuple[str, str | None]] = field(default_factory=list)
    page_title: str | None = None       # <title>
    site_name: str | None = None
    other_title: str | None = None      # og:title when the JSON-LD headline (``title``) differs from it
    credits_site: bool = False          # an author given is the site's paper ('An ninh Hải Phòng'): no person
    sources: dict[str, str] = field(default_factory=dict)  # field -> "jsonld" | "opengraph" | "meta" | "time"


def to_ict_iso(value: str | None) -> str | None:
    """An ISO 8601 machine date as ``YYYY-MM-DDTHH:MM:SS+07:00`` (naive means local time)."""
    if not value or not isinstance(value, str):
        return None
    return _to_ict_iso(value)


@lru_cache(maxsize=1024)
def _to_ict_iso(value: str) -> str | None:
    """`to_ict_iso` of a non-empty string (cached: each date is read twice, and pages repeat them)."""
    text = value.strip().replace("Z", "+00:00")
    text = re.sub(r"(\.\d+)(?=[+-]\d\d:?\d\d$|$)", "", text)
    text = re.sub(r"([+-]\d\d)(\d\d)$", r"\1:\2", text)
    if " " in text and "T" not in text:
        text = text.replace(" ", "T", 1)
    try:
        dt = datetime.fromisoformat(text)
    except ValueError:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=ICT)
    return dt.astimezone(ICT).isoformat()


def _clean(text: Any) -> str | None:
    if not isinstance(text, str):
        return None
    out = " ".join(text.split())
    return out or None


def _load_json(text: str) -> Any:
    text = text.strip().removeprefix("<!--").removesuffix("-->").strip()
    text = text.removeprefix("//<![CDATA[").removesuffix("//]]>").strip()
    for attempt in range(3):
        try:
            return json.loads(text, strict=False)
        except ValueError:
            if attempt == 0:  # trailing commas, control characters
                text = re.sub(r",\s*([}\]])", r"\1", text)
            elif attempt == 1:  # several objects concatenated, or junk after the object
                try:
                    obj, _ = json.JSONDecoder(strict=False).raw_decode(text)
                    return obj
                except ValueError:
                    return None
    return None


def _walk_jsonld(data: Any, depth: int = 0) -> list[dict[str, Any]]:
    """Every dict node of a JSON-LD document (lists and @graph flattened)."""
    if depth > 6:
        return []
    if isinstance(data, list):
        return [n for item in data for n in _walk_jsonld(item, depth + 1)]
    if isinstance(data, dict):
        nodes = [data]
        for key in ("@graph", "mainEntity", "itemListElement"):
            if key in data:
                nodes.extend(_walk_jsonld(data[key], depth + 1))
        return nodes
    return []


def _types(node: dict[str, Any]) -> set[str]:
    t = node.get("@type")
    if isinstance(t, str):
        return {t.lower()}
    if isinstance(t, list):
        return {x.lower() for x in t if isinstance(x, str)}
    return set()


def _names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    return []


def _image_url(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return _image_url(value.get("url") or value.get("contentUrl"))
    if isinstance(value, list) and value:
        return _image_url(value[0])
    return None


def _read_jsonld(root: HtmlElement, meta: PageMeta) -> None:
    article: dict[str, Any] | None = None
    for script in root.iter("script"):
        if "ld+json" not in (script.get("type") or "").lower():
            continue
        data = _load_json(script.text or "")
        for node in _walk_jsonld(data):
            types = _types(node)
            if "breadcrumblist" in types and not meta.breadcrumbs:
                items = node.get("itemListElement") or []
                crumbs = []
                for it in items if isinstance(items, list) else []:
                    if not isinstance(it, dict):
                        continue
                    item = it.get("item")
                    name = it.get("name") or (item.get("name") if isinstance(item, dict) else None)
                    url = item.get("@id") or item.get("url") if isinstance(item, dict) else item
                    if _clean(name):
                        crumbs.append((_clean(name) or "", url if isinstance(url, str) else None))
                meta.breadcrumbs = crumbs
                meta.sources["breadcrumbs"] = "jsonld"
            if types & ARTICLE_TYPES and (article is None or "webpage" in _types(article)):
                if "webpage" in types and not node.get("datePublished"):
                    continue
                article = node
    if not article:
        return
    src = "jsonld"
    if _clean(article.get("headline")):
        meta.title = _clean(article.get("headline"))
        meta.sources["title"] = src
    if to_ict_iso(article.get("datePublished")):
        meta.date_iso = to_ict_iso(article.get("datePublished"))
        meta.sources["date_iso"] = src
    if to_ict_iso(article.get("dateModified")):
        meta.date_modified_iso = to_ict_iso(article.get("dateModified"))
        meta.sources["date_modified_iso"] = src
    if _clean(article.get("description")):
        meta.description = _clean(article.get("description"))
        meta.sources["description"] = src
    names = [n for n in (_clean(x) for x in _names(article.get("author"))) if n]
    authors = [n for n in names if not SITE_NAMES.search(n)]
    meta.credits_site = meta.credits_site or len(authors) < len(names)
    if authors:
        meta.authors = authors
        meta.sources["authors"] = src
    kw = article.get("keywords")
    tags = [t.strip() for t in kw.split(",")] if isinstance(kw, str) else _names(kw) if kw else []
    if [t for t in tags if t]:
        meta.tags = [t for t in tags if t]
        meta.sources["tags"] = src
    if _image_url(article.get("image")):
        meta.image = _image_url(article.get("image"))
        meta.sources["image"] = src
    if isinstance(article.get("articleSection"), str):
        meta.section = article["articleSection"]
    page = article.get("mainEntityOfPage")
    if isinstance(page, dict):
        page = page.get("@id")
    if isinstance(page, str) and page.startswith("http"):
        meta.canonical = page
        meta.sources["canonical"] = src


def read_metadata(root: HtmlElement) -> PageMeta:
    """Everything the page states about itself in machine-readable form."""
    meta = PageMeta()
    _read_jsonld(root, meta)
    props: dict[str, list[str]] = {}
    for m in root.iter("meta"):
        key = (m.get("property") or m.get("name") or m.get("itemprop") or "").strip().lower()
        content = m.get("content")
        if key and content is not None:
            props.setdefault(key, []).append(content)

    def first(*keys: str) -> str | None:
        for k in keys:
            for v in props.get(k, ()):
                c = _clean(v)
                if c:
                    return c
        return None

    def put(attr: str, value: Any, src: str) -> None:
        if value and not getattr(meta, attr):
            setattr(meta, attr, value)
            meta.sources[attr] = src

    og_title = first("og:title", "twitter:title")
    put("title", og_title, "opengraph")
    if og_title and meta.title and _clean(og_title) != meta.title:
        meta.other_title = _clean(og_title)  # (a JSON-LD headline shortened for search engines, og:title as shown)
    put("description", first("og:description", "description", "twitter:description"), "opengraph")
    put("date_iso", to_ict_iso(first("article:published_time", "datepublished", "pubdate",
                                     "og:published_time", "dc.date.issued")), "opengraph")
    put("date_modified_iso", to_ict_iso(first("article:modified_time", "og:updated_time", "datemodified")),
        "opengraph")
    put("section", first("article:section"), "opengraph")
    put("image", first("og:image", "og:image:url", "twitter:image"), "opengraph")
    put("site_name", first("og:site_name"), "opengraph")
    tags = [t for t in (_clean(x) for x in props.get("article:tag", [])) if t]
    if not tags and first("keywords", "news_keywords"):
        tags = [t.strip() for t in (first("news_keywords", "keywords") or "").split(",") if t.strip()]
    put("tags", tags, "meta")
    author = first("author", "article:author", "dc.creator")
    if author and not author.startswith("http") and not SITE_NAMES.search(author):
        put("authors", [author], "meta")
    elif author and SITE_NAMES.search(author):
        meta.credits_site = True
    for link in root.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        if "canonical" in rel and link.get("href"):
            meta.canonical = link.get("href", "").strip()
            meta.sources["canonical"] = "link"
            break
    if not meta.canonical:
        put("canonical", first("og:url"), "opengraph")
    if not meta.date_iso:
        for t in root.iter("time"):
            if in_comments(t):
                continue  # a reader's comment has its own time
            iso = to_ict_iso(t.get("datetime"))
            if iso:
                meta.date_iso = iso
                meta.sources["date_iso"] = "time"
                break
    if not meta.date_iso:
        # microdata on a visible element: Blogger's '<abbr class="published" itemprop="datePublished"
        # title="2024-06-14T08:05:00+07:00">8:05 SA</abbr>' (one XPath call, only on pages with no date so far)
        for el in _ITEMPROP_DATE(root):
            iso = to_ict_iso(el.get("datetime") or el.get("content") or el.get("title"))
            if iso and not in_comments(el):
                meta.date_iso = iso
                meta.sources["date_iso"] = "microdata"
                break
    title = root.find(".//title")
    if title is not None:
        meta.page_title = _clean("".join(title.itertext()))  # = string(title), without an XPath call
    if meta.authors:
        # a CMS account ('admin', 'Ban biên tập') is no person
        meta.authors = [a for a in meta.authors if a.casefold() not in _ACCOUNTS]
    if meta.authors:
        # the site's own name given as the author (a legal-news site's '<meta name="author" content="Luật Việt
        # Online">', its og:site_name and the end of its <title>): no person
        own = _own_names(meta)
        meta.authors = [a for a in meta.authors if a.casefold() not in own]
        if not meta.authors:
            meta.sources.pop("authors", None)
    return meta


_ITEMPROP_DATE = etree.XPath("//*[@itemprop='datePublished' and not(self::meta)]")
_ACCOUNTS = frozenset({"admin", "administrator", "editor", "webmaster", "quản trị", "quản trị viên", "ban biên tập",
                       "biên tập viên", "btv", "author", "guest", "user"})
_TITLE_SUFFIX = re.compile(r"\s[-–—|:]\s+([^-–—|:]{3,60})$")


def _own_names(meta: PageMeta) -> set[str]:
    """The page's site names, folded: its og:site_name, and the name its <title> ends with ('… - Luật Việt Online')."""
    names = {meta.site_name.casefold()} if meta.site_name else set()
    if meta.page_title and (suffix := _TITLE_SUFFIX.search(meta.page_title)):
        names.add(suffix.group(1).strip().casefold())
    return names

