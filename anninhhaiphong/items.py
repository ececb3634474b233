"""The Article item of CONTRACT.md and its small parts, as dataclasses (itemadapter-compatible).

`article_to_dict` gives the contract's JSON object: keys in a stable order, empty values omitted
(``url`` is always present, ``null`` for an item cleaned from a text dump with no URL).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any


@dataclass
class Author:
    name: str
    nameRaw: str


@dataclass
class Image:
    url: str
    caption: str | None = None


@dataclass
class MainImage:
    url: str


@dataclass
class Breadcrumb:
    name: str
    url: str | None = None


@dataclass
class RelatedArticle:
    url: str | None = None
    headline: str | None = None
    description: str | None = None
    datePublished: str | None = None


@dataclass
class Article:
    url: str | None = None
    canonicalUrl: str | None = None
    articleId: str | None = None
    headline: str | None = None
    description: str | None = None
    articleBody: str | None = None
    authors: list[Author] = field(default_factory=list)
    source: str | None = None
    datePublished: str | None = None
    datePublishedRaw: str | None = None
    dateModified: str | None = None
    breadcrumbs: list[Breadcrumb] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    mainImage: MainImage | None = None
    images: list[Image] = field(default_factory=list)
    relatedArticles: list[RelatedArticle] = field(default_factory=list)
    inLanguage: str = "vi"
    metadata: dict[str, Any] = field(default_factory=dict)


ALWAYS_PRESENT = frozenset({"url"})


def _is_empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in fields(cls))
    return names


def _plain(value: Any) -> Any:
    """A dataclass, list or dict turned into plain JSON values, empty members dropped."""
    if value is None or type(value) in (str, int, float, bool):  # most members: nothing to convert
        return value
    if hasattr(value, "__dataclass_fields__"):
        out: dict[str, Any] = {}
        for name in _field_names(type(value)):
            v = _plain(getattr(value, name))
            if not _is_empty(v) or name in ALWAYS_PRESENT and isinstance(value, Article):
                out[name] = v
        return out
    if isinstance(value, list):
        return [_plain(v) for v in value if not _is_empty(v)]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items() if not _is_empty(v) or k == "dateDownloaded"}
    return value


def article_to_dict(article: Article) -> dict[str, Any]:
    """The contract's JSON object for an article."""
    return _plain(article)


def _build(cls: type, data: Any) -> Any:
    return cls(**data) if isinstance(data, dict) else data


def article_from_dict(data: dict[str, Any]) -> Article:
    """The inverse of `article_to_dict` (unknown keys are an error: the contract is closed)."""
    data = dict(data)
    data["authors"] = [_build(Author, a) for a in data.get("authors") or []]
    data["breadcrumbs"] = [_build(Breadcrumb, b) for b in data.get("breadcrumbs") or []]
    data["images"] = [_build(Image, i) for i in data.get("images") or []]
    data["relatedArticles"] = [_build(RelatedArticle, r) for r in data.get("relatedArticles") or []]
    if data.get("mainImage") is not None:
        data["mainImage"] = _build(MainImage, data["mainImage"])
    data["tags"] = list(data.get("tags") or [])
    data["metadata"] = dict(data.get("metadata") or {})
    return Article(**data)


@dataclass
class RawArticle:
    """What extraction (or the text-dump reader) found on one page, before cleaning.

    Extraction fills what the page marks; `anninhhaiphong.cleaning.article.clean_raw_article`
    turns it into an `Article` (normalised text, chrome and notices removed, related blocks split
    out of the body, byline parsed, dates to ISO 8601 +07:00). ``field_layers`` names, per field,
    the extraction layer that gave it.
    """

    url: str | None = None
    pageCanonical: str | None = None         # the page's rel=canonical / og:url, as printed
    headline: str | None = None
    lead: str | None = None                  # the lead (sapo) when the markup marks one
    metaDescription: str | None = None       # <meta name=description> / og:description
    body: list[str] = field(default_factory=list)  # paragraphs in order; captions already out
    bylineRaw: str | None = None             # a byline the markup marks, as printed
    authorNames: list[str] = field(default_factory=list)  # authors from metadata (JSON-LD, meta author)
    source: str | None = None
    dateRaw: str | None = None               # the publication date as printed
    dateIso: str | None = None               # a machine date from metadata (JSON-LD, <time datetime>)
    dateModifiedRaw: str | None = None
    dateModifiedIso: str | None = None
    breadcrumbs: list[Breadcrumb] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    mainImage: str | None = None
    images: list[Image] = field(default_factory=list)
    related: list[RelatedArticle] = field(default_factory=list)  # related blocks found in the markup
    extractor: str = "unknown"
    field_layers: dict[str, str] = field(default_factory=dict)
    metadata: dict[str, Any] = field(default_factory=dict)
