"""Article URLs of the site: which URLs are articles, their IDs, site hosts and the canonical form.

An article is ``<slug>-d<ID>.html`` on a site host; the ID is its identity whatever the host,
scheme, port, slug, query or fragment (SITE.md).
"""

from __future__ import annotations

import ipaddress
import re
from functools import lru_cache
from urllib.parse import unquote, urljoin, urlsplit, urlunsplit

SITE_HOSTS: frozenset[str] = frozenset({"anhp.vn", "www.anhp.vn", "beta.anhp.vn", "media.anhp.vn"})
DEFAULT_SITE = "https://anhp.vn"
CANONICAL_BASE = "https://anhp.vn"

_ARTICLE_PATH = re.compile(r"/(?P<slug>[^/?#]*?)-?d(?P<id>\d{1,9})\.html?$", re.IGNORECASE)


@lru_cache(maxsize=4096)  # a page asks about the same few URLs a dozen times (page, canonical, links)
def article_id(url: str | None) -> str | None:
    """The ``<ID>`` of an article URL (``.../slug-d48009.html`` gives ``"48009"``), else None."""
    if not url:
        return None
    try:
        path = urlsplit(url.strip()).path
    except ValueError:
        return None
    return article_id_of_path(path)


def article_id_of_path(path: str) -> str | None:
    """`article_id` of a URL's path already split off (``/slug-d48009.html`` gives ``"48009"``)."""
    m = _ARTICLE_PATH.search(path)
    if not m or not m.group("slug"):
        return None
    return str(int(m.group("id")))


def article_slug(url: str) -> str | None:
    m = _ARTICLE_PATH.search(urlsplit(url).path)
    return m.group("slug") if m else None


@lru_cache(maxsize=4096)
def host_of(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower().rstrip(".")
    except ValueError:
        return ""


def is_loopback_host(host: str) -> bool:
    """True for ``localhost`` and literal loopback addresses (127.0.0.0/8, ::1). No DNS lookup."""
    host = host.strip("[]").lower().rstrip(".")
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def is_site_host(host: str, extra_hosts: frozenset[str] | set[str] = frozenset()) -> bool:
    """A host of the site, or a loopback host (a replica of the site served for tests and demos)."""
    host = host.lower().rstrip(".")
    return host in SITE_HOSTS or host in extra_hosts or is_loopback_host(host)


def is_http_url(url: str) -> bool:
    try:
        return urlsplit(url).scheme in ("http", "https")
    except ValueError:
        return False


def is_article_url(url: str, extra_hosts: frozenset[str] | set[str] = frozenset()) -> bool:
    """True for an http(s) article URL on a site host (or one of ``extra_hosts``)."""
    return is_http_url(url) and is_site_host(host_of(url), extra_hosts) and article_id(url) is not None


def is_elsewhere(url: str | None) -> bool:
    """A page saved from another site than the paper's own (a republisher, an aggregator); the paper's page seen
    in an archive, a cache or a proxy is its own, as are m.anhp.vn (its mobile site) and a replica on loopback."""
    host = host_of(unarchived(url) or "")
    return bool(host) and not is_site_host(host) and not host.endswith(".anhp.vn")


def on_site_origin(url: str) -> str:
    """A URL of the site (any host, scheme or port of it) on the canonical ``https://anhp.vn`` origin."""
    parts = urlsplit(url)
    return urlunsplit(("https", "anhp.vn", parts.path, parts.query, ""))


# a Wayback Machine capture: https://web.archive.org/web/20190815093412[im_]/https://anhp.vn/…
_ARCHIVED = re.compile(r"^https?://web\.archive\.org/web/\d{1,14}(?:[a-z]{2}_)?/(?P<url>https?://.+)$", re.IGNORECASE)


# an archive.today capture's link: https://archive.ph/o/Xq7Lm/https://lechan.haiphong.gov.vn/…
_ARCHIVE_TODAY = re.compile(r"^https?://archive\.(?:ph|today|is|li|vn|md|fo)/o/[A-Za-z0-9]+/(?P<url>https?://.+)$",
                            re.IGNORECASE)
# a page seen through Google Translate's proxy: https://anhp-vn.translate.goog/…?_x_tr_sl=vi&_x_tr_tl=en
_TRANSLATE_PROXY = re.compile(r"^https?://(?P<host>[a-z0-9\-]+)\.translate\.goog(?P<path>/[^?#]*)?(?:\?(?P<query>[^#]*))?",
                              re.IGNORECASE)


# a page served from Google's AMP cache: https://anhp-vn.cdn.ampproject.org/c/s/anhp.vn/amp/…
_AMP_CACHE = re.compile(r"^https?://[a-z0-9\-]+\.cdn\.ampproject\.org/(?:[a-z]/)+?(?P<secure>s/)?(?P<rest>[^?#]+)",
                        re.IGNORECASE)


def unarchived(url: str | None) -> str | None:
    """The original URL of a link an archive, a cache or a proxy rewrote (a Wayback Machine or archive.today
    capture's, Google's AMP cache's, Google Translate's proxy's), else ``url`` as it is."""
    if not url:
        return url
    stripped = url.strip()
    m = _ARCHIVED.match(stripped) or _ARCHIVE_TODAY.match(stripped)
    if m:
        return m.group("url")
    if (m := _AMP_CACHE.match(stripped)) is not None:
        return f"{'https' if m.group('secure') else 'http'}://{m.group('rest')}"
    if (m := _TRANSLATE_PROXY.match(stripped)) is not None:
        # the proxy writes the host's dots as '-' and its dashes as '--'
        host = m.group("host").lower().replace("--", "\0").replace("-", ".").replace("\0", "-")
        query = "&".join(q for q in (m.group("query") or "").split("&") if q and not q.startswith("_x_tr_"))
        return f"https://{host}{m.group('path') or '/'}" + (f"?{query}" if query else "")
    return url


_READER_VIEW = re.compile(r"^\s*about:reader\?(?:[^#]*&)?url=(?P<url>[^&#]+)", re.IGNORECASE)


def shown_page(url: str | None) -> str | None:
    """The page a browser's reader view shows (Firefox saves one as ``about:reader?url=https%3A%2F%2F…``): the
    page's own URL, the one its relative links and photos resolve against; else ``url`` as it is."""
    if not url or (m := _READER_VIEW.match(url)) is None:
        return url
    target = unquote(m.group("url")).strip()
    return target if target.lower().startswith(("http://", "https://")) else url


def canonical_url(url: str | None, page_canonical: str | None = None,
                  extra_hosts: frozenset[str] | set[str] = frozenset()) -> str | None:
    """One URL per article: the page's ``rel=canonical`` when it is an article URL on the site
    (made absolute against ``url``), else ``https://anhp.vn/<slug>-d<ID>.html`` from the site URL
    the page was fetched from. A page of another site (a republisher) with no canonical link to the
    site has none: its own ``-d<ID>.html`` is not this site's ID. A Wayback Machine capture of the site's
    page is that page (its URLs are unwrapped)."""
    url, page_canonical = unarchived(url), unarchived(page_canonical)
    own = url if url and is_article_url(url, extra_hosts) else None
    if page_canonical:
        absolute = urljoin(url or CANONICAL_BASE + "/", page_canonical.strip())
        if is_article_url(absolute, extra_hosts) and host_of(absolute) in SITE_HOSTS and (
                own is None or article_id(absolute) == article_id(own)):
            return on_site_origin(absolute)  # one URL per article: an old page's http:// or www. canonical
        if own is None and is_article_url(absolute, extra_hosts):
            url = absolute
        else:
            url = own
    else:
        url = own
    if not url or article_id(url) is None:
        return None
    slug = article_slug(url) or ""
    return f"{CANONICAL_BASE}/{slug}-d{article_id(url)}.html"
