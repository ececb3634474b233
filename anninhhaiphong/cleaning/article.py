"""A page's raw fields (from HTML extraction or a text dump) turned into a clean `Article`.

`clean_raw_article` is the one cleaning path: text normalised, notices and chrome removed, the dateline
and a repeated title taken off the body, related-news blocks split into ``relatedArticles``, the byline
parsed into ``authors``/``source`` (and a date), dates to ISO 8601 +07:00. `raw_from_text` reads a text
dump (the seed is one) into the same raw fields, so HTML pages and text dumps are cleaned alike.
"""

from __future__ import annotations

from anninhhaiphong import SCHEMA_VERSION
from anninhhaiphong.cleaning.bylines import Byline, is_name, known_source, parse_byline
from anninhhaiphong.cleaning.chrome import is_menu_line, remove_chrome
from anninhhaiphong.cleaning.dates import ISO_WITH_OFFSET, DateMatch, normalize_iso, parse_date, split_dateline
from anninhhaiphong.cleaning.related import (
    heading_kind,
    parse_entries,
    split_headed_blocks,
    trailing_listing_start,
)
from anninhhaiphong.cleaning.text import normalize_optional, split_paragraphs
from anninhhaiphong.items import Article, Author, Breadcrumb, Image, MainImage, RawArticle, RelatedArticle
from anninhhaiphong.urls import article_id, canonical_url

TEXT_EXTRACTOR = "text"  # metadata.extractor of items read from text dumps
BYLINE_WINDOW = 40  # how far from the end of the body a byline is looked for


def raw_from_text(text: str, *, url: str | None = None) -> RawArticle:
    """A text dump of one page: the title is its first line that is not chrome, a dateline may follow."""
    lines = remove_chrome(split_paragraphs(text))
    raw = RawArticle(url=url, extractor=TEXT_EXTRACTOR)
    while lines:
        date, rest = split_dateline(lines[0])
        if date is not None and not rest:
            raw.dateRaw = raw.dateRaw or lines[0]
        elif not (heading_kind(lines[0]) == "widget" or is_menu_line(lines[0])):
            break
        lines.pop(0)
    if lines:
        raw.headline = lines.pop(0)
    raw.body = lines
    return raw


def _paragraphs(values: list[str]) -> list[str]:
    out: list[str] = []
    for value in values:
        out.extend(split_paragraphs(value))
    return out


def _same(a: str, b: str) -> bool:
    return a.casefold().strip(" .") == b.casefold().strip(" .")


def _take_dateline(body: list[str]) -> DateMatch | None:
    """A dateline opening the body (alone, or running into the lead) is taken off it."""
    if not body:
        return None
    date, rest = split_dateline(body[0])
    if date is None:
        return None
    if rest:
        body[0] = rest
    else:
        body.pop(0)
    return date


def _find_byline(body: list[str]) -> tuple[int, Byline] | None:
    """The byline line: the earliest line near the end that parses as one and after which only
    related-list lines follow (the site's un-headed related titles)."""
    for i in range(max(1, len(body) - BYLINE_WINDOW), len(body)):
        byline = parse_byline(body[i])
        if byline is not None and trailing_listing_start(body, i):
            return i, byline
    return None


def _merge_related(found: list[RelatedArticle], from_text: list[RelatedArticle]) -> list[RelatedArticle]:
    out: list[RelatedArticle] = []
    seen: set[str] = set()
    for entry in [*found, *from_text]:
        headline = normalize_optional(entry.headline)
        url = entry.url.strip() if entry.url else None
        if not headline and not url:
            continue
        key = (headline or url or "").casefold()
        if key in seen:
            continue
        seen.add(key)
        date = entry.datePublished
        if date is None or ISO_WITH_OFFSET.match(date):
            iso = date
        else:
            iso = normalize_iso(date)
            if iso is None:
                m = parse_date(date)
                iso = m.iso if m else None
        out.append(RelatedArticle(url=url, headline=headline, description=normalize_optional(entry.description),
                                  datePublished=iso))
    return out


def _authors(byline: Byline | None, names: list[str]) -> tuple[list[Author], str | None]:
    if byline is not None and byline.authors:
        return [Author(name=n, nameRaw=r) for n, r in byline.authors], byline.source
    authors: list[Author] = []
    source = byline.source if byline else None
    for name in names:
        name = normalize_optional(name) or ""
        parsed = parse_byline(name)
        if parsed is not None and parsed.authors:
            authors.extend(Author(name=n, nameRaw=r) for n, r in parsed.authors)
            source = source or parsed.source
        elif known_source(name):
            source = source or known_source(name)
        elif name and is_name(name):
            authors.append(Author(name=name, nameRaw=name))
    return authors, source


def _publication_date(raw: RawArticle, dateline: DateMatch | None,
                      byline: Byline | None) -> tuple[str | None, str | None]:
    printed = parse_date(normalize_optional(raw.dateRaw)) if raw.dateRaw else None
    if printed is not None:
        printed = DateMatch(printed.iso, normalize_optional(raw.dateRaw) or printed.raw, 0, 0, printed.has_time)
    machine = normalize_iso(raw.dateIso)
    for candidate in (printed, dateline):
        if candidate is not None:
            if not candidate.has_time and machine and machine[:10] == candidate.iso[:10]:
                return machine, candidate.raw
            return candidate.iso, candidate.raw
    if machine:
        return machine, normalize_optional(raw.dateIso)
    if byline is not None and byline.date is not None:
        return byline.date.iso, byline.date.raw
    return None, None


def clean_raw_article(raw: RawArticle) -> Article:
    """The clean Article for a page's raw fields."""
    headline = normalize_optional(raw.headline)
    # the text reader hands over lines already normalised and without chrome
    body = list(raw.body) if raw.extractor == TEXT_EXTRACTOR else remove_chrome(_paragraphs(raw.body))
    if body and headline and _same(body[0], headline):
        body.pop(0)
    dateline = _take_dateline(body)

    lead = " ".join(_paragraphs([raw.lead])) if raw.lead else None
    if lead:
        dateline_in_lead, rest = split_dateline(lead)
        if dateline_in_lead is not None:
            dateline, lead = dateline or dateline_in_lead, rest or None
    if lead:
        if body and (_same(body[0], lead) or lead.startswith(body[0]) and len(body[0]) > 20):
            body.pop(0)
        body.insert(0, lead)

    body, text_related = split_headed_blocks(body)
    byline: Byline | None = None
    if raw.bylineRaw:
        byline_text = " ".join(_paragraphs([raw.bylineRaw]))
        byline = parse_byline(byline_text)
        body = [p for p in body if not _same(p, byline_text)]
    if byline is None or not raw.bylineRaw:
        found = _find_byline(body)
        if found is not None:
            i, line_byline = found
            text_related += parse_entries(body[i + 1:])
            body = body[:i]
            byline = byline or line_byline

    authors, source = _authors(byline, raw.authorNames)
    date_iso, date_raw = _publication_date(raw, dateline, byline)
    modified = normalize_iso(raw.dateModifiedIso) or (
        m.iso if raw.dateModifiedRaw and (m := parse_date(raw.dateModifiedRaw)) else None)

    images: list[Image] = []
    seen_images: set[str] = set()
    for image in raw.images:
        if image.url and image.url not in seen_images:
            seen_images.add(image.url)
            images.append(Image(url=image.url, caption=normalize_optional(image.caption)))
    main_image = raw.mainImage or (images[0].url if images else None)
    tags: list[str] = []
    for tag in raw.tags:
        tag = normalize_optional(tag) or ""
        if tag and tag.casefold() not in {t.casefold() for t in tags}:
            tags.append(tag)

    metadata = {"extractor": raw.extractor, "schemaVersion": SCHEMA_VERSION, **raw.metadata}
    if raw.field_layers:
        metadata["layers"] = dict(raw.field_layers)
    metadata.setdefault("dateDownloaded", None)
    return Article(
        url=raw.url,
        canonicalUrl=(canonical := canonical_url(raw.url, raw.pageCanonical)),
        articleId=article_id(canonical),
        headline=headline,
        description=lead or normalize_optional(raw.metaDescription),
        articleBody="\n".join(body) or None,
        authors=authors,
        source=source or normalize_optional(raw.source),
        datePublished=date_iso,
        datePublishedRaw=date_raw,
        dateModified=modified,
        breadcrumbs=[Breadcrumb(name=n, url=b.url) for b in raw.breadcrumbs if (n := normalize_optional(b.name))],
        tags=tags,
        mainImage=MainImage(url=main_image) if main_image else None,
        images=images,
        relatedArticles=_merge_related(raw.related, text_related),
        metadata=metadata,
    )


def clean_text_dump(text: str, *, url: str | None = None, input_name: str | None = None) -> Article:
    """The Article in a text dump of one page (``metadata.input`` names the input)."""
    raw = raw_from_text(text, url=url)
    if input_name is not None:
        raw.metadata["input"] = input_name
    return clean_raw_article(raw)
