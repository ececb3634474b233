"""A page's raw fields (from HTML extraction or a text dump) turned into a clean `Article`.

`clean_raw_article` is the one cleaning path: text normalised, notices and chrome removed, the dateline
and a repeated title taken off the body, related-news blocks split into ``relatedArticles``, the byline
parsed into ``authors``/``source`` (and a date), dates to ISO 8601 +07:00. `raw_from_text` reads a text
dump (the seed is one) into the same raw fields, so HTML pages and text dumps are cleaned alike.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from anninhhaiphong import SCHEMA_VERSION
from anninhhaiphong.cleaning.bylines import (
    SITE_SOURCE,
    Byline,
    credits_by_prefix,
    is_affiliation,
    is_name,
    is_publication_name,
    is_team,
    known_source,
    parse_byline,
    role_line,
    source_credit,
)
from anninhhaiphong.cleaning.chrome import COMMENTS_HEADING, is_chrome_line, is_menu_line, remove_chrome, split_tags
from anninhhaiphong.cleaning.dates import ISO_WITH_OFFSET, DateMatch, normalize_iso, parse_date, split_dateline
from anninhhaiphong.cleaning.related import (
    heading_kind,
    is_date_only,
    is_title_like,
    parse_entries,
    split_headed_blocks,
    trailing_listing_start,
)
from anninhhaiphong.cleaning.text import normalize_optional, split_paragraphs
from anninhhaiphong.items import Article, Author, Breadcrumb, Image, MainImage, RawArticle, RelatedArticle
from anninhhaiphong.urls import article_id, canonical_url, is_elsewhere

TEXT_EXTRACTOR = "text"  # metadata.extractor of items read from text dumps
BYLINE_WINDOW = 40  # how far from the end of the body a byline is looked for


HEADER_LINES = 12  # how far into a dump the title is looked for
SHORT_LABEL_WORDS = 5  # a section name or a credit above the date is at most this long
_UPDATED = re.compile(r"^\s*(?:cập\s+nhật|updated|sửa|chỉnh\s+sửa|modified)", re.IGNORECASE)
_BANNER_SPLIT = re.compile(r"\s+[–—\-|]\s+|\s*\|\s*")  # "Chuyên đề An ninh Hải Phòng - Báo Công an nhân dân"


def raw_from_text(text: str, *, url: str | None = None) -> RawArticle:
    """A text dump of one page: the header (site name, menus, section, widgets, a date) is dropped, the
    title taken, readers' comments dropped.

    The title is the most headline-like line of the header: when a date line (or the lead) follows some
    title-shaped lines, the one nearest it, unless that is a short label (a section, a credit) under a
    clearly longer line (a publication banner is never the title); else the first line after a leading
    date; with neither date nor lead in sight, the first title-shaped line. The header's date (the last
    before the title) is kept only when no dateline follows the title: the site header's "today" is not
    the article's date. A credit between the title and the dateline goes to the authors, a section label
    there is dropped; a date alone right after the lead is the article's."""
    lines, tags = split_tags(split_paragraphs(text))
    lines = remove_chrome(_drop_comments(lines))
    raw = RawArticle(url=url, extractor=TEXT_EXTRACTOR, tags=tags)
    memo: dict[str, tuple[DateMatch | None, str]] = {}

    def dateline(line: str) -> tuple[DateMatch | None, str]:
        found = memo.get(line)
        if found is None:
            found = memo[line] = split_dateline(line)
        return found

    start = 0
    while start < len(lines):
        if is_menu_line(lines[start]) and dateline(lines[start])[0] is None:
            start += 1
            continue
        run = _menu_run(lines, start)
        if run < MENU_RUN:
            break
        start += run
    title = _title_index(lines, start, dateline)
    if title is None:
        raw.body = lines[start:]
        return raw
    header_date = None
    for line in lines[start:title]:
        date, rest = dateline(line)
        if date is not None and not rest:
            header_date = line
    raw.headline = lines[title]
    raw.body = body = lines[title + 1:]
    # a credit printed between the title and its dateline ("Tiêu đề / V. Huy / 18:31 12/06/2022")
    for j in range(1, min(3, len(body))):
        if dateline(body[j])[0] is not None:
            if all(len(c) <= 60 and dateline(c)[0] is None and parse_byline(c) is not None for c in body[:j]):
                raw.authorNames, raw.body = body[:j], body[j:]
                body = raw.body
            elif all(is_title_like(c) and len(c.split()) <= SHORT_LABEL_WORDS and dateline(c)[0] is None
                     for c in body[:j]):
                raw.body = body = body[j:]  # a section label between the title and its date
            break
    first_is_date = bool(body) and dateline(body[0])[0] is not None
    if header_date is not None and not first_is_date:
        raw.dateRaw = header_date
    elif header_date is None and body and not first_is_date:
        # a date printed alone after the lead ("Tiêu đề / Sa pô. / 18:31 12/06/2022")
        for j in range(1, min(3, len(body))):
            date, rest = dateline(body[j])
            if date is not None and not rest:
                raw.dateRaw = body.pop(j)
                break
    return raw


def _drop_comments(lines: list[str]) -> list[str]:
    """A dump without its readers' comments: from the first comments heading after the article's prose
    (two paragraphs of it, or one under a byline or in the page's second half) to the next related or
    widget heading (or the end). A comment's prose is not the article's; a share bar's "Bình luận" above
    the article or under its lead is left to the chrome rules."""
    for c in range(3, len(lines)):
        if len(lines[c]) <= 40 and COMMENTS_HEADING.match(lines[c]) and any(map(_is_prose, lines[:c])) and (
                c >= len(lines) // 2 or sum(map(_is_prose, lines[:c])) >= 2 or parse_byline(lines[c - 1])):
            end = c + 1
            while end < len(lines) and heading_kind(lines[end]) is None:
                end += 1
            return lines[:c] + lines[end:]
    return lines


MENU_RUN = 4  # a vertical menu: at least this many one-item lines in a row
MENU_ITEM_WORDS = 4


def _menu_run(lines: list[str], start: int) -> int:
    """How many lines from ``start`` are one-item menu lines (``Thời sự`` / ``Pháp luật`` / ``Video`` …)."""
    end = start
    while end < len(lines) and len(lines[end].split()) <= MENU_ITEM_WORDS and len(lines[end]) <= 40 \
            and is_title_like(lines[end]) and split_dateline(lines[end])[0] is None:
        end += 1
    return end - start


def _is_prose(line: str) -> bool:
    """A paragraph of running text (a lead, a body paragraph), not a headline."""
    return len(line) > 160 or (line.rstrip("\"”’'»)] ").endswith((".", ";")) and len(line.split()) >= 8)


def _title_index(lines: list[str], start: int,
                 dateline: Callable[[str], tuple[DateMatch | None, str]] = split_dateline) -> int | None:
    end = min(len(lines), start + HEADER_LINES)
    first_date = None
    candidates: list[int] = []
    listed = False  # a widget's or related list's titles printed before the article's
    bounded = False  # the lead was reached
    for i in range(start, end):
        line = lines[i]
        date, rest = dateline(line)
        if date is not None:
            if not rest and first_date is None:
                first_date = i
            if rest or candidates:
                break  # a dateline running into the lead, or a date after the title ends the header
            continue
        if _is_prose(line):
            bounded = True
            break
        if heading_kind(line) is not None:
            candidates.clear()
            listed = True
        elif is_title_like(line) and not is_chrome_line(line) and not is_menu_line(line) \
                and not all(is_publication_name(part) for part in _BANNER_SPLIT.split(line)):
            candidates.append(i)
    if candidates:
        if listed:  # after a listing, the article's title is the one nearest its date or lead
            return candidates[-1]
        if first_date is None and not bounded:  # no date, no lead in sight: nothing marks the header's end
            return candidates[0]
        # the title stands nearest its date or lead, section names above it; a short label between them
        # (a section, a credit) gives way to a clearly longer headline above
        last = candidates[-1]
        longest = max(candidates, key=lambda i: (len(lines[i]), i))
        words = len(lines[last].split())
        return longest if words <= SHORT_LABEL_WORDS and len(lines[longest].split()) >= words + 2 else last
    if first_date is not None:
        after = first_date + 1
        while after < len(lines) and dateline(lines[after])[0] is not None:
            after += 1
        return after if after < len(lines) else None
    return start if start < len(lines) else None


def _paragraphs(values: list[str]) -> list[str]:
    out: list[str] = []
    for value in values:
        out.extend(split_paragraphs(value))
    return out


PASTED_REMARK_LINES = 2  # a poster's remark above the article they paste: at most this many lines


def _pasted_header(body: list[str]) -> tuple[str, DateMatch, list[str]] | None:
    """A forum or social post that pastes an article: the article's title, then its dateline alone on the next
    line, at the top of the body (under a remark of the poster's of a line or two, which is not the article's).
    The title, the date and the body after them; None when the body opens otherwise."""
    for k in range(min(PASTED_REMARK_LINES + 1, len(body) - 2)):
        title, line = body[k], body[k + 1]
        if not is_title_like(title) or len(title.split()) < 5 or is_date_only(title):
            continue
        date, rest = split_dateline(line)
        if date is not None and date.has_time and not rest:
            return title, date, body[k + 2:]
    return None


def _credits_someone(byline: Byline) -> bool:
    """The byline names a person or a paper (a desk, 'Ban Biên tập', names neither)."""
    return bool(byline.source) or any(not is_team(raw) for _, raw in byline.authors)


def _same(a: str, b: str) -> bool:
    return a.casefold().strip(" .") == b.casefold().strip(" .")


def _head_credits(body: list[str], start: int) -> Byline | None:
    """The credit lines from ``start`` at the top of the body, taken off it: the byline they make, else None."""
    end = start
    while end < len(body) - 1 and len(body[end]) <= 120 \
            and (credits_by_prefix(body[end]) or role_line(body[end]) is not None):  # (a credit is short)
        end += 1
    if end == start:
        return None
    credit = parse_byline(body[start]) if end == start + 1 else _merged_byline("\n".join(body[start:end]))
    if credit is not None:
        del body[start:end]
    return credit


def _take_dateline(body: list[str]) -> tuple[DateMatch | None, Byline | None]:
    """A dateline opening the body (alone, running into the lead, or followed by a credit:
    ``18:31 12/06/2022 | MINH HIẾU``) is taken off it; the credit is returned as a byline."""
    if not body:
        return None, None
    date, rest = split_dateline(body[0])
    if date is None:
        return None, None
    credit = _dateline_credit(date)
    if rest and len(rest) <= 60 and not _is_prose(rest) and (after := parse_byline(rest)) is not None \
            and (after.authors or after.source):
        credit, rest = credit or after, ""
    if rest:
        body[0] = rest
    else:
        body.pop(0)
    return date, credit


def _find_byline(body: list[str]) -> tuple[int, Byline] | None:
    """The byline line: the earliest line near the end that parses as one and after which only
    related-list lines follow (the site's un-headed related titles)."""
    for i in range(max(1, len(body) - BYLINE_WINDOW), len(body)):
        byline = parse_byline(body[i])
        if byline is not None and (trailing_listing_start(body, i + _editors_notes(body, i + 1)) or (
                byline.authors and i + 1 < len(body) and source_credit(body[i + 1]) == SITE_SOURCE)):
            # (a republished copy's end: the writer, then the credit to the paper; what the republisher adds after
            # it, a notice of its own, is not the article's)
            return i, byline
    return None


# the newsroom's note under the article (a correction, a reply's preface): the article's text, after its byline
_EDITORS_NOTE = re.compile(r"^\(?(?:ghi\s+chú\s+của\s+(?:tòa|toà)\s+soạn|ghi\s+chú\s+của\s+bbt|"
                           r"lời\s+(?:tòa|toà)\s+soạn|(?:tòa|toà)\s+soạn|bbt|đính\s+chính|n\.?\s*d\.?\s*r)\s*[:.\-–)]",
                           re.IGNORECASE)


def _editors_notes(body: list[str], start: int) -> int:
    """How many editor's notes ('Ghi chú của Tòa soạn: …', 'Đính chính: …') follow from ``start``."""
    n = 0
    while start + n < len(body) and _EDITORS_NOTE.match(body[start + n]):
        n += 1
    return n


def _dateline_credit(dateline: DateMatch) -> Byline | None:
    """The credit printed before the bar of a dateline (``T.C | 27/07/2020 - 15:15``): the byline of a
    page that has no other."""
    head, bar, _ = dateline.raw.partition("|")
    if not bar or not head.strip():
        return None
    byline = parse_byline(head)
    return byline if byline is not None and (byline.authors or byline.source) else None


# (and a video teaser's play sign: '▶ Title')
_LINK_MARK = re.compile(r"^[\s>»›•▪►▸▶▷➤\-–—*]+(?=\S)")


def _merge_related(found: list[RelatedArticle], from_text: list[RelatedArticle]) -> list[RelatedArticle]:
    out: list[RelatedArticle] = []
    seen: set[str] = set()
    for entry in [*found, *from_text]:
        # (a link marked as one by its text: '>> Title', '» Title', '- Title', '▶ Title')
        headline = normalize_optional(_LINK_MARK.sub("", entry.headline or ""))
        url = entry.url.strip() if entry.url else None
        if not headline and not url or not url and headline and source_credit(headline) is not None:
            continue  # (a credit line read under a related heading, 'Nguồn: An ninh Hải Phòng — …', is none)
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


# a republisher's credit to the site closing the lead: "(Theo anhp.vn)", "(Nguồn: An ninh Hải Phòng)"
_TRAILING_CREDIT = re.compile(r"\s*\(\s*((?:theo|nguồn)\s*:?\s*[^()]{2,40}?)\s*\)\s*$", re.IGNORECASE)
# the writer credited in parentheses closing the last paragraph, after its last sentence ('… xử lý. (Thu Hằng tổng
# hợp)', '… nơi gần nhất. (Minh Đức)'); not a place or a year set in a sentence ('phường An Biên (Lê Chân).')
_TRAILING_WRITER = re.compile(r"(?<=[.!?…”\"])\s*\(\s*(?P<names>[^()]{3,50}?)(?:\s+(?:tổng hợp|thực hiện|lược dịch|"
                              r"biên dịch|ghi))?\s*\)\s*$", re.IGNORECASE)


def _trailing_writer(line: str) -> tuple[str, list[tuple[str, str]]] | None:
    """The last paragraph without the writer credited in parentheses at its end, and the people credited."""
    found = _TRAILING_WRITER.search(line)
    if found is None:
        return None
    credit = parse_byline(found.group("names"))
    if credit is None or not credit.authors or not all(is_name(raw) for _, raw in credit.authors):
        return None
    return line[:found.start()].rstrip(), credit.authors


# a credit that names no one: "PV" (the paper's reporter), "Nhóm PV", "CTV", "BTV"
_GENERIC_CREDIT = re.compile(r"^(?:nhóm\s+)?(?:pv|p\.\s?v\.?|phóng viên|ctv|btv|ban biên tập)$", re.IGNORECASE)


def _unit_credit(text: str) -> Byline | None:
    """The byline the page marks as its author's when it credits a unit and no one in it ('Phòng Tham mưu
    Công an thành phố'): the unit is the author (schema.org's author may be an organisation); losing the
    credit would tell a reader nobody wrote the piece."""
    text = text.strip(" .")
    if not is_affiliation(text) or known_source(text):
        return None
    return Byline(raw=text, authors=[(text, text)])


def _merged_byline(text: str) -> Byline | None:
    """A byline of several lines read one line at a time ("Đức Minh" / "Nguồn: anhp.vn"), when the lines do
    not read as one: the authors of each, the first source and date. None unless every line is a credit."""
    lines = [ln for ln in _paragraphs(text.split("\n")) if ln]
    if len(lines) < 2:
        return None
    # (a credits box's lines by role: 'Thực hiện: Hoàng Long – Thế Khoa' / 'Ảnh: Minh Phương' / 'Thiết kế: Tuấn Anh')
    parts = [part for ln in lines if (part := parse_byline(ln) or (
        Byline(raw=ln, authors=roles) if (roles := role_line(ln)) is not None else None)) is not None]
    # (the writer's unit on the line under the name: 'Luật sư Phạm Thu Hà' / 'Đoàn Luật sư thành phố Hải Phòng')
    units = sum(1 for i, ln in enumerate(lines) if i and is_affiliation(ln) and parse_byline(ln) is None)
    if not parts or len(parts) + units != len(lines):
        return None
    merged = Byline(raw=" ".join(lines))
    for part in parts:
        merged.authors += part.authors
        merged.source = merged.source or part.source
        merged.date = merged.date or part.date
    return merged


def _once(authors: list[Author]) -> list[Author]:
    """Each person once, first credit first (a writer who took the photos too: 'Nội dung: Hoàng Long - Thế Khoa'
    / 'Ảnh: Thế Khoa')."""
    seen: set[str] = set()
    out = []
    for a in authors:
        key = a.name.casefold()
        if key not in seen:
            seen.add(key)
            out.append(a)
    return out


def _authors(byline: Byline | None, names: list[str]) -> tuple[list[Author], str | None]:
    """The people a byline credits (else those of the page's metadata) and the publication. A team credited as one
    ('Nhóm PV') is the byline, taken off the body, but names no person: no author (CONTRACT: people credited)."""
    if byline is not None and byline.authors and any(is_team(raw) for _, raw in byline.authors):
        byline = Byline(raw=byline.raw, authors=[a for a in byline.authors if not is_team(a[1])], source=byline.source,
                        date=byline.date)
    if byline is not None and byline.authors:
        generic = all(_GENERIC_CREDIT.match(raw.strip()) for _, raw in byline.authors)
        if not (generic and any(is_name(normalize_optional(n) or "") for n in names)):
            return [Author(name=n, nameRaw=r) for n, r in byline.authors], byline.source
        # a bare "PV" at the end of the body, the reporter's name in the page's metadata: the name
        byline = Byline(raw=byline.raw, authors=[], source=byline.source, date=byline.date)
    authors: list[Author] = []
    source = byline.source if byline else None
    for name in names:
        name = normalize_optional(name) or ""
        parsed = parse_byline(name)
        if parsed is not None and parsed.authors:
            authors.extend(Author(name=n, nameRaw=r) for n, r in parsed.authors if not is_team(r))
            source = source or parsed.source
        elif known_source(name):
            source = source or known_source(name)
        elif name and is_name(name):
            authors.append(Author(name=name, nameRaw=name))
    return authors, source


def _publication_date(raw: RawArticle, dateline: DateMatch | None,
                      byline: Byline | None) -> tuple[str | None, str | None]:
    """The article's date: the printed one, else the dateline's, else the machine's, else the credit's. A
    republished copy's credit with its date ('Minh Hiếu – An ninh Hải Phòng 16/01/2024') is the original's
    publication: a later day the page shows (the repost's time, an update) gives way to it; the same day keeps
    the page's time. (Only the site's own credit: a paper the site quotes, 'Theo Công an nhân dân', dates its
    own article, not the page's.)"""
    iso, shown = _page_date(raw, dateline, byline)
    credit = byline.date if byline is not None and byline.source == SITE_SOURCE else None
    if credit is not None and iso and credit.iso and iso[:10] > credit.iso[:10]:
        return credit.iso, credit.raw
    return iso, shown


def _page_date(raw: RawArticle, dateline: DateMatch | None,
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
        # a printed date the extraction read and this does not ("Tháng Tám 5, 2025", "March 3, 2025"): as printed
        return machine, normalize_optional(raw.dateRaw) or normalize_optional(raw.dateIso)
    if byline is not None and byline.date is not None:
        return byline.date.iso, byline.date.raw
    return None, None


def clean_raw_article(raw: RawArticle, *, page_url: str | None = None) -> Article:
    """The clean Article for a page's raw fields (``page_url``: the URL the canonical URL is resolved
    against when it is not ``raw.url``)."""
    headline = normalize_optional(raw.headline)
    # the text reader hands over lines already normalised and without chrome
    found_tags: list[str] = []
    if raw.extractor == TEXT_EXTRACTOR:
        body = list(raw.body)
    else:
        body, found_tags = split_tags(_paragraphs(raw.body))
        body = remove_chrome(body)
    if body and headline and _same(body[0], headline):
        body.pop(0)
    pasted_date = None
    if raw.extractor != TEXT_EXTRACTOR and is_elsewhere(raw.url or raw.pageCanonical) \
            and (pasted := _pasted_header(body)) is not None:
        # a post pasting the article: its title and dateline at the top, under the poster's own remark
        headline, pasted_date, body = pasted
    dateline, dateline_credit = _take_dateline(body)
    # the credits under the title, over the lead ('Bài: Minh Hiếu – Ngọc Anh  Ảnh: Đức Thắng'), or under the lead (an
    # e-magazine's box of a line a role: 'Nội dung: …' / 'Ảnh: …' / 'Thiết kế: …')
    head_credit = _head_credits(body, 0)
    if head_credit is None and raw.lead and len(body) > 2 and _same(body[0], " ".join(_paragraphs([raw.lead]))):
        head_credit = _head_credits(body, 1)
    updated: DateMatch | None = None
    if dateline is not None and body:
        # a second date line: "Ngày đăng: 19/02/2024 10:00" then "Cập nhật: 20-02-2024 | 08:34:05"
        second, rest = split_dateline(body[0])
        if second is not None and not rest:
            body.pop(0)
            if _UPDATED.match(dateline.raw) and not _UPDATED.match(second.raw):
                dateline, updated = second, dateline
            elif _UPDATED.match(second.raw):
                updated = second

    lead = " ".join(_paragraphs([raw.lead])) if raw.lead else None
    if lead:
        dateline_in_lead, rest = split_dateline(lead)
        if dateline_in_lead is not None:
            dateline, lead = dateline or dateline_in_lead, rest or None
    lead_source = None
    if lead:
        if body and (_same(body[0], lead) or lead.startswith(body[0]) and len(body[0]) > 20):
            body.pop(0)
        credit = _TRAILING_CREDIT.search(lead)
        if credit and source_credit(credit.group(1)) == SITE_SOURCE:
            lead, lead_source = lead[:credit.start()].rstrip(), SITE_SOURCE  # "… bắt giữ 5 đối tượng. (Theo anhp.vn)"
        body.insert(0, lead)

    body, text_related = split_headed_blocks(body)
    byline: Byline | None = None
    if raw.bylineRaw:
        byline_text = " ".join(_paragraphs([raw.bylineRaw]))
        if "|" in byline_text:  # the byline's line beside the page's tools ('MP | In bài | Gửi email | Về đầu trang')
            byline_text = " | ".join(part for part in byline_text.split("|") if not is_chrome_line(part)
                                     or role_line(part) is not None).strip()
        # (lines that each credit someone are read one at a time: 'HOÀNG LONG' / 'T.Khoa' / 'MP', a page of briefs'
        # signatures, run together read as one long name)
        byline = ("\n" in raw.bylineRaw.strip() and _merged_byline(raw.bylineRaw)) or parse_byline(byline_text) \
            or _merged_byline(raw.bylineRaw) or _unit_credit(byline_text)
        body = [p for p in body if not _same(p, byline_text)]
    if byline is None or not raw.bylineRaw or not _credits_someone(byline):
        # (a byline marked on the page that credits no one, 'Bởi Ban Biên tập': the writer may close the body)
        found = _find_byline(body)
        if found is not None:
            i, line_byline = found
            notes = body[i + 1:i + 1 + _editors_notes(body, i + 1)]  # (they stay the article's)
            j = i + 1 + len(notes)
            if line_byline.date is None and j < len(body) and is_date_only(body[j]) \
                    and (under := parse_date(body[j])) is not None:
                line_byline.date, j = under, j + 1  # "Thái Bình" / "26/08/2018": the byline's date
            # a credit line under the byline ("Ngọc Lan" / "Nguồn: Báo Công an nhân dân") belongs to it
            while j < len(body):
                if (credit := source_credit(body[j])) is not None:
                    line_byline.source = line_byline.source or credit
                elif (roles := role_line(body[j])) is not None:  # the next line of a credits box ('Ảnh: Minh Phương')
                    line_byline.authors += [a for a in roles if a not in line_byline.authors]
                elif not (line_byline.authors and is_affiliation(body[j])):  # "Công an quận Lê Chân"
                    break
                j += 1
            if trailing_listing_start(body, j - 1):
                text_related += parse_entries(body[j:])
            body = body[:i] + notes
            if byline is None or not _credits_someone(byline):
                byline = line_byline  # (the writer closing the body over a desk marked as the byline)

    if byline is None:
        byline = dateline_credit or head_credit
    if body and not (byline is not None and byline.authors) and (closing := _trailing_writer(body[-1])) is not None:
        # '… xử lý. (Thu Hằng tổng hợp)' and no other writer credited: the writer, out of the last paragraph
        body[-1], names = closing
        byline = Byline(raw=byline.raw if byline else "", authors=names, source=byline.source if byline else None,
                        date=byline.date if byline else None)
    authors, source = _authors(byline, raw.authorNames)
    authors = _once(authors)
    date_iso, date_raw = _publication_date(raw, dateline, byline)
    if pasted_date is not None:
        date_iso, date_raw = pasted_date.iso, pasted_date.raw  # the pasted article's own date, not the post's
    modified = normalize_iso(raw.dateModifiedIso) or (
        m.iso if raw.dateModifiedRaw and (m := parse_date(raw.dateModifiedRaw)) else None) or (
        updated.iso if updated is not None else None)

    images: list[Image] = []
    seen_images: set[str] = set()
    for image in raw.images:
        if image.url and image.url not in seen_images:
            seen_images.add(image.url)
            images.append(Image(url=image.url, caption=normalize_optional(image.caption)))
    main_image = raw.mainImage or (images[0].url if images else None)
    tags: list[str] = []
    for tag in [*raw.tags, *found_tags]:
        tag = normalize_optional(tag) or ""
        if tag and tag.casefold() not in {t.casefold() for t in tags}:
            tags.append(tag)

    metadata = {"extractor": raw.extractor, "schemaVersion": SCHEMA_VERSION, **raw.metadata}
    if raw.field_layers:
        metadata["layers"] = dict(raw.field_layers)
    metadata.setdefault("dateDownloaded", None)
    return Article(
        url=raw.url,
        canonicalUrl=(canonical := canonical_url(page_url or raw.url, raw.pageCanonical)),
        articleId=article_id(canonical),
        headline=headline,
        description=lead or normalize_optional(raw.metaDescription),
        articleBody="\n".join(body) or None,
        authors=authors,
        source=source or normalize_optional(raw.source) or lead_source,
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
