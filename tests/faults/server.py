"""A fault-injecting HTTP server on 127.0.0.1 for crawl tests (stdlib only, threaded, port 0).

It serves a small site of its own: a home page linking to a few good articles (``h1`` title,
``HH:MM dd/mm/yyyy`` date, paragraphs, byline) and to one path per fault: 500 then OK, 503 and 429
with ``Retry-After`` then OK, a stall past the timeout, a reset mid-body, a truncated body, a redirect
loop, a redirect off-site, a 50 MB page, a gzip bomb, windows-1258 and wrong-charset articles, an empty
page, a browser-check challenge page, malformed HTML, a billion-laughs sitemap (via robots.txt), an
endless pagination trap and one article linked under several hosts, schemes, slugs and tracking
parameters. Every request is recorded (path, Host header, time) so tests can assert what was asked.

Run by hand: ``python tests/faults/server.py`` prints the base URL and serves until Ctrl-C.
"""

from __future__ import annotations

import email.utils
import socket
import struct
import threading
import time
import unicodedata
import zlib
from collections import Counter
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

OFFSITE_URL = "http://evil.example/tin-tuc/bai-viet-gia-mao-d99999.html"
BIG_PAGE_BYTES = 50 * 1024 * 1024
BOMB_INFLATED_BYTES = 110 * 1024 * 1024

_PARAGRAPHS = [
    "Sáng nay, lực lượng Công an thành phố Hải Phòng đã phối hợp với chính quyền địa phương tổ chức "
    "tuyên truyền, hướng dẫn người dân các biện pháp phòng ngừa tội phạm trên không gian mạng.",
    "Theo báo cáo của đơn vị, từ đầu năm đến nay đã tiếp nhận và xử lý nhiều tin báo về các hành vi "
    "lừa đảo chiếm đoạt tài sản, trong đó phần lớn là thủ đoạn giả danh cơ quan chức năng.",
    "Cơ quan Công an khuyến cáo người dân tuyệt đối không cung cấp mã OTP, mật khẩu hay thông tin "
    "tài khoản ngân hàng cho bất kỳ ai, đồng thời kịp thời trình báo khi phát hiện dấu hiệu bất thường.",
    "Đại diện chính quyền cho biết sẽ tiếp tục duy trì các đợt cao điểm tấn công, trấn áp tội phạm, "
    "bảo đảm an ninh trật tự trên địa bàn trong dịp cuối năm.",
]

_TITLES = {
    "90001": "Công an quận Lê Chân bắt giữ đối tượng trộm cắp tài sản",
    "90002": "Hải Phòng tăng cường tuần tra kiểm soát dịp cuối năm",
    "90003": "Cảnh báo thủ đoạn lừa đảo qua mạng xã hội",
    "90004": "Phòng cháy chữa cháy tại khu công nghiệp Tràng Duệ",
    "90005": "Khen thưởng tập thể có thành tích xuất sắc bảo vệ an ninh Tổ quốc",
    "90006": "Triệt phá đường dây đánh bạc qua mạng tại huyện An Dương",
    "90011": "Bài viết lỗi máy chủ lần đầu rồi thành công",
    "90012": "Bài viết máy chủ quá tải tạm thời",
    "90013": "Bài viết bị giới hạn tần suất truy cập",
    "90014": "Tuyên truyền phòng chống tội phạm ở phường Hồng Bàng",
    "90015": "Người dân giao nộp vũ khí, vật liệu nổ cho Công an",
    "90016": "Bài viết có mã HTML không chuẩn vẫn đọc được",
}

PLAIN_IDS = ["90001", "90002", "90003", "90004", "90005", "90006"]
FLAKY_500_ID, RETRY_503_ID, RETRY_429_ID = "90011", "90012", "90013"
CP1258_ID, WRONG_CHARSET_ID, MALFORMED_ID = "90014", "90015", "90016"
STALL_ID, RESET_ID, TRUNCATED_ID, BIG_ID, BOMB_ID = "90021", "90022", "90023", "90024", "90025"
EMPTY_ID, CHALLENGE_ID, LOOP_ID, OFFSITE_ID = "90026", "90027", "90028", "90029"
DUPLICATED_ID = "90001"

GOOD_IDS: tuple[str, ...] = (*PLAIN_IDS, FLAKY_500_ID, RETRY_503_ID, RETRY_429_ID, CP1258_ID,
                             WRONG_CHARSET_ID, MALFORMED_ID)
BAD_IDS: tuple[str, ...] = (STALL_ID, RESET_ID, TRUNCATED_ID, BIG_ID, BOMB_ID, EMPTY_ID, CHALLENGE_ID,
                            LOOP_ID, OFFSITE_ID)


def slug_path(article_id: str, slug: str | None = None) -> str:
    return f"/tin-tuc/{slug or 'bai-viet-so-' + article_id}-d{article_id}.html"


def article_html(article_id: str, *, charset: str = "utf-8", meta_charset: bool = True) -> str:
    title = _TITLES.get(article_id, f"Bài viết {article_id}")
    minute = int(article_id) % 60
    paras = "\n".join(f"<p>{p}</p>" for p in _PARAGRAPHS[: 3 + int(article_id) % 2])
    meta = f'<meta charset="{charset}">' if meta_charset else ""
    return (
        f'<!DOCTYPE html>\n<html lang="vi"><head>{meta}<title>{title}</title></head>\n'
        '<body><header><nav><a href="/">Trang chủ</a> | '
        '<a href="/chuyen-muc/xa-hoi">Xã hội</a></nav></header>\n'
        f'<main><article><h1>{title}</h1>\n<div class="time">18:{minute:02d} 12/06/2022</div>\n'
        f'{paras}\n<p class="author"><strong>Minh Phương</strong></p></article></main>\n'
        '<footer>Báo An ninh Hải Phòng</footer></body></html>\n'
    )


def malformed_html(article_id: str) -> str:
    """The tag soup browsers put up with: no doctype, unquoted attributes, unclosed ``<p>``/``<div>``/
    ``<b>``, stray end tags, a ``<td>`` outside any table, no ``</body></html>``."""
    title = _TITLES[article_id]
    return (
        f'<html><head><meta charset=utf-8><title>{title}</title>\n<body><div class=main>'
        f'<h1 class=title>{title}</h1></span>\n<div class=time>09:05 03/02/2023\n'
        + "".join(f"<p>{p}\n" for p in _PARAGRAPHS)
        + '<p class=author><b>Hoàng Long\n</div></div></i><div><td>Chia sẻ\n'
    )


_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def to_cp1258(text: str) -> bytes:
    """Encode Vietnamese in windows-1258 the way that code page needs it: base letters (with
    circumflex, breve or horn) precomposed, tone marks as combining characters."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
        tones = "".join(c for c in parts if c in _TONES)
        out += (base + tones).encode("cp1258")
    return bytes(out)


_BOMB_CACHE: list[bytes] = []
_BOMB_LOCK = threading.Lock()


def gzip_bomb() -> bytes:
    """About 110 KB of gzip that inflates to 110 MB (built once, cached)."""
    with _BOMB_LOCK:
        if not _BOMB_CACHE:
            c = zlib.compressobj(9, zlib.DEFLATED, 31)
            block = b" " * (1 << 20)
            parts = [c.compress(b"<html><body><p>")]
            parts += [c.compress(block) for _ in range(BOMB_INFLATED_BYTES >> 20)]
            parts.append(c.flush())
            _BOMB_CACHE.append(b"".join(parts))
        return _BOMB_CACHE[0]


def billion_laughs(base: str) -> str:
    ents = ['<!ENTITY lol "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)
    ]
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE urlset [\n' + "\n".join(ents) + "\n]>\n"
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        f"<url><loc>{base}{slug_path('90002')}</loc></url>\n"
        "<url><loc>&lol9;</loc></url>\n</urlset>\n"
    )


@dataclass(frozen=True)
class RecordedRequest:
    method: str
    path: str
    host: str
    time: float


class FaultServer:
    """The server; ``start()`` it (or use it as a context manager), read ``base_url``, ``requests``,
    ``counts``, ``expected_ids``, then ``stop()``."""

    expected_ids: tuple[str, ...] = GOOD_IDS
    bad_ids: tuple[str, ...] = BAD_IDS
    offsite_url = OFFSITE_URL

    def __init__(self, host: str = "127.0.0.1", port: int = 0, stall_seconds: float = 30.0) -> None:
        self.stall_seconds = stall_seconds
        self.requests: list[RecordedRequest] = []
        self.counts: Counter[str] = Counter()
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._httpd = ThreadingHTTPServer((host, port), self._handler_class())
        self._httpd.daemon_threads = True
        self._thread: threading.Thread | None = None

    # -- life cycle -------------------------------------------------------------------------
    @property
    def port(self) -> int:
        return self._httpd.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> FaultServer:
        gzip_bomb()  # build it before the clock of any test starts
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="fault-server", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread:
            self._thread.join(timeout=5)

    def __enter__(self) -> FaultServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- what was asked -------------------------------------------------------------------------
    def record(self, method: str, path: str, host: str) -> int:
        with self._lock:
            self.requests.append(RecordedRequest(method, path, host, time.monotonic()))
            self.counts[path] += 1
            return self.counts[path]

    def hits(self, path: str) -> int:
        with self._lock:
            return self.counts[path]

    def times_for(self, path: str) -> list[float]:
        with self._lock:
            return [r.time for r in self.requests if r.path == path]

    def paths_with_id(self, article_id: str) -> list[str]:
        with self._lock:
            return [r.path for r in self.requests if f"-d{article_id}.html" in r.path]

    # -- pages ----------------------------------------------------------------------------------
    def home_html(self) -> str:
        b = self.base_url
        links = [slug_path(i) for i in (*PLAIN_IDS, *GOOD_IDS[len(PLAIN_IDS):], *BAD_IDS)]
        # one article under other hosts, schemes, slugs and tracking parameters
        links += [
            slug_path(DUPLICATED_ID) + "?utm_source=facebook&utm_medium=social",
            slug_path(DUPLICATED_ID, "tieu-de-cu-da-doi"),
            f"http://anhp.vn{slug_path(DUPLICATED_ID)}",
            f"https://beta.anhp.vn{slug_path(DUPLICATED_ID)}?utm_campaign=x",
            f"{b}{slug_path(DUPLICATED_ID)}#binh-luan",
            "/trap?page=1",
        ]
        items = "\n".join(f'<li><a href="{u}">Tin {n}</a></li>' for n, u in enumerate(links, 1))
        return (
            '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>An ninh Hải Phòng</title>'
            f'</head><body><h2>Tin mới</h2><ul>\n{items}\n</ul></body></html>\n'
        )

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"
            server_version = "FaultServer/1.0"

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - quiet
                pass

            def do_GET(self) -> None:  # noqa: N802 - stdlib name
                n = server.record("GET", self.path, self.headers.get("Host", ""))
                try:
                    server._route(self, n)
                except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError):
                    self.close_connection = True

        return Handler

    def _route(self, h: BaseHTTPRequestHandler, n: int) -> None:
        split = urlsplit(h.path)
        path, query = split.path, parse_qs(split.query)
        if path == "/":
            return _send(h, 200, self.home_html())
        if path == "/robots.txt":
            return _send(h, 200, f"User-agent: *\nAllow: /\nSitemap: {self.base_url}/sitemap.xml\n",
                         "text/plain; charset=utf-8")
        if path == "/sitemap.xml":
            return _send(h, 200, billion_laughs(self.base_url), "application/xml")
        if path == "/trap":
            page = int((query.get("page") or ["1"])[0])
            return _send(h, 200, f'<html><body><h1>Trang {page}</h1><a href="/trap?page={page + 1}">'
                                 f"Trang sau</a></body></html>")
        if path == "/chuyen-huong/vong-lap":
            return _redirect(h, slug_path(LOOP_ID))
        if path.startswith("/chuyen-muc/"):
            return _send(h, 200, '<html><body><a href="/">Trang chủ</a></body></html>')
        aid = path.rsplit("-d", 1)[-1].removesuffix(".html") if path.endswith(".html") else ""
        if aid in PLAIN_IDS:
            return _send(h, 200, article_html(aid))
        if aid == FLAKY_500_ID:
            return _send(h, 500, "<html><body>Internal Server Error</body></html>") if n == 1 \
                else _send(h, 200, article_html(aid))
        if aid == RETRY_503_ID:
            if n == 1:
                return _send(h, 503, "<html><body>Service Unavailable</body></html>", retry_after="1")
            return _send(h, 200, article_html(aid))
        if aid == RETRY_429_ID:
            if n == 1:  # the HTTP-date form of Retry-After, 3 s ahead (2-3 s once rounded to the second)
                when = email.utils.formatdate(time.time() + 3, usegmt=True)
                return _send(h, 429, "<html><body>Too Many Requests</body></html>", retry_after=when)
            return _send(h, 200, article_html(aid))
        if aid == CP1258_ID:
            return _send_bytes(h, 200, to_cp1258(article_html(aid, meta_charset=False)),
                               "text/html; charset=windows-1258")
        if aid == WRONG_CHARSET_ID:
            return _send_bytes(h, 200, article_html(aid).encode("utf-8"), "text/html; charset=iso-8859-1")
        if aid == MALFORMED_ID:
            return _send(h, 200, malformed_html(aid))
        if aid == STALL_ID:
            return self._stall(h)
        if aid == RESET_ID:
            return _reset(h)
        if aid == TRUNCATED_ID:
            body = article_html(PLAIN_IDS[0]).encode()[:300]
            return _send_bytes(h, 200, body, "text/html; charset=utf-8", content_length=len(body) + 5000)
        if aid == BIG_ID:
            return self._big(h)
        if aid == BOMB_ID:
            return _send_bytes(h, 200, gzip_bomb(), "text/html; charset=utf-8",
                               extra={"Content-Encoding": "gzip"})
        if aid == EMPTY_ID:
            return _send_bytes(h, 200, b"", "text/html; charset=utf-8")
        if aid == CHALLENGE_ID:
            return _send(h, 200, CHALLENGE_HTML)
        if aid == LOOP_ID:
            return _redirect(h, "/chuyen-huong/vong-lap")
        if aid == OFFSITE_ID:
            return _redirect(h, OFFSITE_URL)
        return _send(h, 404, "<html><body>Not found</body></html>")

    def _stall(self, h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html; charset=utf-8")
        h.send_header("Content-Length", "100000")
        h.end_headers()
        h.wfile.write(b"<html><body><h1>Slow</h1>")
        h.wfile.flush()
        self._stopping.wait(self.stall_seconds)
        h.close_connection = True

    def _big(self, h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html; charset=utf-8")
        h.send_header("Connection", "close")  # no Content-Length: the size is only learnt by reading
        h.end_headers()
        chunk = b"<p>" + b"x" * (64 * 1024 - 7) + b"</p>\n"
        sent = 0
        while sent < BIG_PAGE_BYTES and not self._stopping.is_set():
            h.wfile.write(chunk)
            sent += len(chunk)
        h.close_connection = True


CHALLENGE_HTML = (
    "<!DOCTYPE html><html><head><title>Just a moment...</title></head><body>"
    "<h1>Checking your browser before accessing anhp.vn.</h1>"
    "<p>This process is automatic. Your browser will redirect to your requested content shortly.</p>"
    "<p>Please allow up to 5 seconds…</p><p>DDoS protection by Cloudflare</p></body></html>"
)


def _send(h: BaseHTTPRequestHandler, status: int, text: str, ctype: str = "text/html; charset=utf-8",
          retry_after: str | None = None) -> None:
    extra = {"Retry-After": retry_after} if retry_after else {}
    _send_bytes(h, status, text.encode("utf-8"), ctype, extra=extra)


def _send_bytes(h: BaseHTTPRequestHandler, status: int, body: bytes, ctype: str, *,
                content_length: int | None = None, extra: dict[str, str] | None = None) -> None:
    h.send_response(status)
    h.send_header("Content-Type", ctype)
    h.send_header("Content-Length", str(len(body) if content_length is None else content_length))
    for k, v in (extra or {}).items():
        h.send_header(k, v)
    h.end_headers()
    h.wfile.write(body)
    h.wfile.flush()
    if content_length is not None and content_length != len(body):
        h.close_connection = True


def _redirect(h: BaseHTTPRequestHandler, location: str) -> None:
    h.send_response(302)
    h.send_header("Location", location)
    h.send_header("Content-Length", "0")
    h.end_headers()


def _reset(h: BaseHTTPRequestHandler) -> None:
    """Headers and part of the body, then a TCP reset (SO_LINGER 0) instead of a clean close."""
    h.send_response(200)
    h.send_header("Content-Type", "text/html; charset=utf-8")
    h.send_header("Content-Length", "20000")
    h.end_headers()
    h.wfile.write(article_html(PLAIN_IDS[0]).encode()[:500])
    h.wfile.flush()
    conn: socket.socket = h.connection
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    conn.close()
    h.close_connection = True


if __name__ == "__main__":
    with FaultServer() as srv:
        print(srv.base_url, flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
