"""Crawl parameters (spider arguments) as one small typed model, validated at start with clear errors.

Used by the spider (``-a name=value``) and by ``anninhhaiphong crawl`` (which reports a bad value as a
usage error before anything starts).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from pathlib import Path
from urllib.parse import urlsplit

from anninhhaiphong.cleaning.dates import LOCAL_TZ
from anninhhaiphong.urls import DEFAULT_SITE


class ParamError(ValueError):
    """A crawl parameter with a bad value; the message names it and says why."""


@dataclass(frozen=True)
class CrawlParams:
    site: str = DEFAULT_SITE
    since: datetime | None = None
    until: datetime | None = None
    max_articles: int | None = None
    urls_file: Path | None = None

    @classmethod
    def parse(cls, *, site: str | None = None, since: str | None = None, until: str | None = None,
              max_articles: str | int | None = None, urls: str | None = None) -> CrawlParams:
        return cls(
            site=parse_site(site) if site else DEFAULT_SITE,
            since=parse_bound("since", since, end_of_day=False),
            until=parse_bound("until", until, end_of_day=True),
            max_articles=parse_positive_int("max_articles", max_articles),
            urls_file=parse_urls_file(urls),
        )._checked()

    def _checked(self) -> CrawlParams:
        if self.since and self.until and self.since > self.until:
            raise ParamError(f"since ({self.since.isoformat()}) is after until ({self.until.isoformat()})")
        return self


def parse_site(value: str) -> str:
    """``https://anhp.vn`` or ``http://127.0.0.1:8000``: scheme and host (and port) only, no trailing slash."""
    parts = urlsplit(value.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ParamError(f"site: {value!r} is not an http(s) URL such as https://anhp.vn")
    if parts.username or parts.password:
        # a URL with credentials would be printed in logs, stats and item URLs
        raise ParamError("site: credentials in the URL are not accepted (they would end up in logs and output)")
    try:
        parts.port  # noqa: B018 - validates the port
    except ValueError as exc:
        raise ParamError(f"site: {value!r} has a bad port") from exc
    return f"{parts.scheme}://{parts.netloc}"


def parse_bound(name: str, value: str | None, *, end_of_day: bool) -> datetime | None:
    """A date (``2024-05-01``) or datetime (``2024-05-01T08:00``, with or without offset), local time +07:00.

    A date alone means the start of that day for ``since`` and its end for ``until``."""
    if value is None or value == "":
        return None
    text = value.strip()
    try:
        if len(text) == 10:
            day = datetime.fromisoformat(text).date()
            moment = datetime.combine(day, time.max if end_of_day else time.min)
            return moment.replace(tzinfo=LOCAL_TZ)
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as exc:
        raise ParamError(f"{name}: {value!r} is not a date (YYYY-MM-DD) or ISO datetime") from exc
    return moment if moment.tzinfo else moment.replace(tzinfo=LOCAL_TZ)


def parse_positive_int(name: str, value: str | int | None) -> int | None:
    if value is None or value == "":
        return None
    try:
        number = int(value)
    except (TypeError, ValueError) as exc:
        raise ParamError(f"{name}: {value!r} is not a whole number") from exc
    if number < 1:
        raise ParamError(f"{name}: must be at least 1, got {number}")
    return number


def parse_urls_file(value: str | None) -> Path | None:
    if not value:
        return None
    path = Path(value)
    if not path.is_file():
        raise ParamError(f"urls: {value!r} is not a readable file")
    return path


def in_window(published: str | None, since: datetime | None, until: datetime | None) -> bool:
    """True when an ISO date is inside [since, until]; an article with no date is kept only without bounds."""
    if since is None and until is None:
        return True
    if not published:
        return False
    moment = datetime.fromisoformat(published)
    return (since is None or moment >= since) and (until is None or moment <= until + timedelta(0))
