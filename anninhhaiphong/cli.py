"""The ``anninhhaiphong`` command: ``clean`` text dumps, ``parse`` saved pages, ``crawl`` the site,
``schedule`` periodic crawls. Exit 0 on success, 2 on a usage error, 1 when any input (or the run) failed;
each failed input is named on stderr with the reason, and the others are still processed and written.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from anninhhaiphong import __version__
from anninhhaiphong.inputs import InputError, decode, read_bytes, text_records
from anninhhaiphong.items import Article
from anninhhaiphong.jsonlines import atomic_writer, dumps

PROG = "anninhhaiphong"


def _err(message: str) -> None:
    print(f"{PROG}: {message}", file=sys.stderr, flush=True)


@contextmanager
def _output(path: str | None) -> Iterator[IO[str]]:
    """Standard output, or a file written atomically (complete or absent)."""
    if path is None or path == "-":
        yield sys.stdout
        sys.stdout.flush()
    else:
        with atomic_writer(Path(path)) as fh:
            yield fh


def _input_name(name: str) -> str:
    return "<stdin>" if name == "-" else Path(name).name


def cmd_clean(args: argparse.Namespace) -> int:
    from anninhhaiphong.cleaning.article import clean_text_dump

    failed = 0
    with _output(args.output) as out:
        for name in args.files:
            try:
                data = read_bytes(name)
            except InputError as exc:
                _err(str(exc))
                failed += 1
                continue
            for record in text_records(name, data):
                if isinstance(record, InputError):
                    _err(str(record))
                    failed += 1
                    continue
                for warning in record.warnings:
                    _err(f"{record.name}{':' + str(record.line) if record.line else ''}: warning: {warning}")
                label = _input_name(name) + (f":{record.line}" if record.line else "")
                url = record.fields.get("url") if isinstance(record.fields.get("url"), str) else None
                article = clean_text_dump(record.text, url=url, input_name=label)
                if not article.headline:
                    _err(f"{label}: no article text found")
                    failed += 1
                    continue
                extra = {k: v for k, v in record.fields.items() if k != "url"}
                if extra:
                    article.metadata["inputFields"] = extra
                out.write(dumps(article))
    return 1 if failed else 0


def cmd_parse(args: argparse.Namespace) -> int:
    from anninhhaiphong.extraction import extract_article

    if args.url and len(args.files) > 1:
        _err("--url names one page's URL: give one file with it")
        return 2
    failed = 0
    with _output(args.output) as out:
        for name in args.files:
            try:
                data = read_bytes(name)
                text, warnings = decode(data, name)  # empty / binary input is an error, not an empty article
            except InputError as exc:
                _err(str(exc))
                failed += 1
                continue
            # UTF-8 is what the page is whatever it declares: its text goes with it (decoded once);
            # other bytes go alone (the page's declared charset is then honoured)
            article: Article = extract_article(data, args.url, decoded=None if warnings else text)
            if not article.headline and not article.articleBody:
                _err(f"{name}: no article found in the page")
                failed += 1
                continue
            article.metadata["input"] = _input_name(name)
            out.write(dumps(article))
    return 1 if failed else 0


def cmd_crawl(args: argparse.Namespace) -> int:
    from anninhhaiphong.run import run_crawl

    return run_crawl(args)


def cmd_schedule(args: argparse.Namespace) -> int:
    from anninhhaiphong.run import run_scheduled

    return run_scheduled(args)


def _add_output(p: argparse.ArgumentParser) -> None:
    p.add_argument("-o", "--output", metavar="FILE", help="write JSON Lines to FILE (atomically) instead of stdout")


def add_crawl_options(p: argparse.ArgumentParser) -> None:
    """The crawl options, shared by ``crawl`` and ``schedule``."""
    p.add_argument("-o", "--output", metavar="FILE",
                   help="append this run's articles to FILE (default: data/articles/<UTC run time>.jsonl "
                        "and data/articles/latest.jsonl)")
    p.add_argument("-O", "--overwrite-output", metavar="FILE", help="write this run's articles to FILE, replacing it")
    p.add_argument("--site", metavar="URL", help="base URL of the site (default https://anhp.vn); "
                   "a replica on 127.0.0.1 for offline runs")
    p.add_argument("--since", metavar="DATE",
                   help="only articles published at or after DATE (YYYY-MM-DD or ISO datetime)")
    p.add_argument("--until", metavar="DATE", help="only articles published at or before DATE")
    p.add_argument("--max-articles", metavar="N", type=int, help="stop after exactly N articles")
    p.add_argument("--urls", metavar="FILE", help="also crawl the article URLs listed in FILE (one a line)")
    p.add_argument("--full", action="store_true", help="emit every article, not only new and changed ones")
    p.add_argument("--state", metavar="PATH", default=None, help="state store (default data/state.sqlite3)")
    p.add_argument("--refresh-days", metavar="N", type=float, help="fetch known articles again after N days")
    p.add_argument("--data-dir", metavar="DIR", default="data", help="where runs, logs and state go (default data)")
    p.add_argument("-s", "--set", metavar="NAME=VALUE", action="append", default=[], dest="settings",
                   help="a Scrapy setting (repeatable)")
    p.add_argument("-L", "--loglevel", default=None, help="log level (default INFO; WARNING on a terminal)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG, description="Crawl anhp.vn (An ninh Hải Phòng) into clean JSON Lines.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = sub.add_parser("clean", help="clean text dumps of pages into articles",
                       description="Clean text dumps (.txt: one page; .jsonl: one page a line in a 'text' field) "
                                   "into articles, JSON Lines to stdout. '-' reads stdin.")
    p.add_argument("files", nargs="+", metavar="FILE")
    _add_output(p)
    p.set_defaults(func=cmd_clean)

    p = sub.add_parser("parse", help="extract articles from saved HTML pages",
                       description="Extract articles from saved HTML files, JSON Lines to stdout.")
    p.add_argument("files", nargs="+", metavar="FILE.html")
    p.add_argument("--url", help="the page's URL (else the page's canonical link)")
    _add_output(p)
    p.set_defaults(func=cmd_parse)

    p = sub.add_parser("crawl", help="crawl the site (incremental by default)",
                       description="Crawl the site into JSON Lines. Incremental: only new and changed articles "
                                   "are emitted unless --full.")
    add_crawl_options(p)
    p.set_defaults(func=cmd_crawl)

    p = sub.add_parser("schedule", help="run crawls periodically",
                       description="Run crawls one after another every --every (never two at once).")
    p.add_argument("--every", required=True, metavar="DURATION", help="interval, e.g. 30m, 1h, 2s")
    p.add_argument("--jitter", default="0s", metavar="DURATION", help="random extra delay up to DURATION")
    p.add_argument("--max-runs", type=int, metavar="N", help="stop after N runs")
    p.add_argument("--print-cron", action="store_true", help="print the equivalent cron line and exit")
    p.add_argument("--print-systemd", action="store_true", help="print the equivalent systemd service and timer")
    add_crawl_options(p)
    p.set_defaults(func=cmd_schedule)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code = args.func(args)
    except KeyboardInterrupt:
        _err("interrupted")
        code = 130
    except BrokenPipeError:
        # the reader went away (| head): not an error of ours
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        code = 0
    except OSError as exc:
        # an output or data path that cannot be written (a user's path, not a bug): say which and why
        where = exc.filename or "a file"
        _err(f"{where}: {exc.strerror or exc}")
        code = 1
    return code


def entry() -> None:
    sys.exit(main())
