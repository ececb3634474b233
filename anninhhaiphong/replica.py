"""A static replica of the site served on loopback, for tests and the offline demo crawl.

Stdlib only (no Scrapy): a threaded HTTP server serving the files of a directory.

- ``/`` is ``index.html``; ``/dir/`` is ``dir/index.html``; a path never leaves the root (``..`` is a 400).
- ``?page=N`` selects the file ``<stem>.page-N<ext>`` (``/xa-hoi-c3.html?page=2`` ->
  ``xa-hoi-c3.page-2.html``; ``page=1`` falls back to the plain file); every other query string
  (``?utm_source=fb``) is ignored for the lookup.
- ``_redirects.txt`` in the root declares redirects, one per line: ``FROM_PATH STATUS TO_URL``
  (``#`` starts a comment; FROM_PATH is matched on the path only, the query is ignored).
- A missing file is a 404. GET and HEAD are served; nothing is logged.
- ``served_paths`` lists the request targets (path and query, as sent) in arrival order.

Usage::

    with serve(Path("tests/replica")) as site:
        fetch(site.base_url + "/xa-hoi-c3.html?page=2")
        assert "/xa-hoi-c3.html?page=2" in site.served_paths

or from the shell: ``python -m anninhhaiphong.replica tests/replica --port 8000``.
"""

from __future__ import annotations

import argparse
import re
import sys
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

CONTENT_TYPES: dict[str, str] = {
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html; charset=utf-8",
    ".xml": "application/xml",
    ".rss": "application/rss+xml",
    ".atom": "application/atom+xml",
    ".txt": "text/plain; charset=utf-8",
    ".json": "application/json",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".gif": "image/gif",
}
DEFAULT_CONTENT_TYPE = "application/octet-stream"
REDIRECTS_FILE = "_redirects.txt"
_PAGE = re.compile(r"^[1-9]\d{0,5}$")


def content_type(path: Path) -> str:
    """The Content-Type served for a file, by its extension."""
    return CONTENT_TYPES.get(path.suffix.lower(), DEFAULT_CONTENT_TYPE)


def load_redirects(root: Path) -> dict[str, tuple[int, str]]:
    """``_redirects.txt`` of ``root`` as ``{from_path: (status, to_url)}`` (empty when absent)."""
    table: dict[str, tuple[int, str]] = {}
    file = root / REDIRECTS_FILE
    if not file.is_file():
        return table
    for number, line in enumerate(file.read_text(encoding="utf-8").splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        parts = line.split()
        if len(parts) != 3 or not parts[1].isdigit() or not 300 <= int(parts[1]) < 400:
            raise ValueError(f"{file}:{number}: expected 'FROM_PATH STATUS TO_URL', got {line!r}")
        table[parts[0]] = (int(parts[1]), parts[2])
    return table


def resolve(root: Path, target: str) -> Path | None:
    """The file under ``root`` that a request target (path and query) maps to, else None.

    Raises ValueError for a path that tries to leave the root (a ``..`` segment)."""
    split = urlsplit(target)
    path = unquote(split.path or "/")
    segments = [s for s in path.split("/") if s]
    if any(s in ("..", ".") or "\\" in s or "\x00" in s for s in segments):
        raise ValueError(f"path leaves the root: {target!r}")
    if not segments or path.endswith("/"):
        segments.append("index.html")
    root = root.resolve()
    candidate = root.joinpath(*segments)
    page = parse_qs(split.query).get("page", [None])[-1]
    if page is not None and _PAGE.match(page):
        paged = candidate.with_name(f"{candidate.stem}.page-{int(page)}{candidate.suffix}")
        if paged.is_file() or int(page) != 1:
            candidate = paged
    candidate = candidate.resolve()
    if not candidate.is_relative_to(root):
        raise ValueError(f"path leaves the root: {target!r}")
    return candidate if candidate.is_file() else None


class _Handler(BaseHTTPRequestHandler):
    server: _ReplicaHTTPServer
    protocol_version = "HTTP/1.1"
    server_version = "AnhpReplica/1.0"

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - base signature
        """Quiet: tests read ``served_paths`` instead of a log."""

    def do_GET(self) -> None:  # noqa: N802 - http.server naming
        self._respond(with_body=True)

    def do_HEAD(self) -> None:  # noqa: N802 - http.server naming
        self._respond(with_body=False)

    def _send(self, status: int, body: bytes, ctype: str, with_body: bool,
              headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if with_body:
            self.wfile.write(body)

    def _error(self, status: HTTPStatus, with_body: bool) -> None:
        body = f"<html><body><h1>{status.value} {status.phrase}</h1></body></html>".encode()
        self._send(status.value, body, "text/html; charset=utf-8", with_body)

    def _respond(self, with_body: bool) -> None:
        replica = self.server.replica
        replica._record(self.path)
        path = urlsplit(self.path).path or "/"
        redirect = replica.redirects.get(unquote(path)) or replica.redirects.get(path)
        if redirect:
            status, location = redirect
            self._send(status, b"", "text/html; charset=utf-8", with_body, {"Location": location})
            return
        try:
            file = resolve(replica.root, self.path)
        except ValueError:
            self._error(HTTPStatus.BAD_REQUEST, with_body)
            return
        if file is None:
            self._error(HTTPStatus.NOT_FOUND, with_body)
            return
        self._send(200, file.read_bytes(), content_type(file), with_body)


class _ReplicaHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], replica: ReplicaServer) -> None:
        self.replica = replica
        super().__init__(address, _Handler)

    def handle_error(self, request: object, client_address: object) -> None:
        """Quiet about clients that hang up (a crawl being stopped); other errors still reported."""
        if isinstance(sys.exc_info()[1], ConnectionError | TimeoutError):
            return
        super().handle_error(request, client_address)  # type: ignore[arg-type]


class ReplicaServer:
    """A running replica: ``base_url`` (``http://127.0.0.1:PORT``), ``served_paths``, ``close()``."""

    def __init__(self, root: Path, host: str = "127.0.0.1", port: int = 0) -> None:
        self.root = Path(root).resolve()
        if not self.root.is_dir():
            raise NotADirectoryError(str(self.root))
        self.redirects = load_redirects(self.root)
        self._lock = threading.Lock()
        self._paths: list[str] = []
        self._httpd = _ReplicaHTTPServer((host, port), self)
        self.host = host
        self.port: int = self._httpd.server_address[1]
        self.base_url = f"http://{host}:{self.port}"
        self._thread = threading.Thread(target=self._httpd.serve_forever, name=f"replica-{self.port}",
                                        daemon=True)
        self._thread.start()
        self._closed = False

    def _record(self, target: str) -> None:
        with self._lock:
            self._paths.append(target)

    @property
    def served_paths(self) -> list[str]:
        """The request targets received so far (path and query as sent), in order; a copy."""
        with self._lock:
            return list(self._paths)

    def clear(self) -> None:
        """Forget the paths served so far."""
        with self._lock:
            self._paths.clear()

    def url(self, path: str) -> str:
        """An absolute URL on this server for a root-relative path."""
        return self.base_url + (path if path.startswith("/") else "/" + path)

    def close(self) -> None:
        """Stop serving and release the port (idempotent)."""
        if self._closed:
            return
        self._closed = True
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> ReplicaServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def serve(root: Path, host: str = "127.0.0.1", port: int = 0) -> ReplicaServer:
    """Serve ``root`` on ``host:port`` (port 0: a free port) in a background thread."""
    return ReplicaServer(root, host, port)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m anninhhaiphong.replica",
                                     description="Serve a static replica of the site on loopback.")
    parser.add_argument("root", type=Path, help="directory to serve (e.g. tests/replica)")
    parser.add_argument("--port", type=int, default=0, help="port (default: a free one)")
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1)")
    args = parser.parse_args(argv)
    if not args.root.is_dir():
        parser.error(f"not a directory: {args.root}")
    server = serve(args.root, args.host, args.port)
    print(f"serving {server.root} at {server.base_url} (Ctrl-C stops)", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
