"""``anninhhaiphong crawl`` and ``schedule``: one incremental, resumable run of the spider, and runs
one after another.

A run (``crawl``):
1. validates its options (a bad one is a usage error, exit 2, before anything starts);
2. takes the crawl lock (``data/crawl.lock``; one crawl at a time) and opens the state store;
3. resumes the unfinished run of the same command, if a kill left one (its ``.part`` is salvaged and the
   articles already written are not fetched again), else begins a new run;
4. crawls, writing items line by line to ``OUTPUT.part``;
5. records every exported article in the state store, renames ``OUTPUT.part`` to ``OUTPUT``, marks the
   run finished (in that order: a kill at any point loses nothing and repeats nothing), then updates
   ``data/articles/latest.jsonl`` (default output) or appends to ``-o FILE``;
6. writes the run summary next to the output and exits 0, or 1 when the run failed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from anninhhaiphong.jsonlines import commit_part
from anninhhaiphong.params import CrawlParams, ParamError

DEFAULT_STATE = "state.sqlite3"


def _err(message: str) -> None:
    print(f"anninhhaiphong: {message}", file=sys.stderr, flush=True)


def _parse_settings(pairs: list[str]) -> dict[str, str]:
    settings: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise ParamError(f"-s {pair!r}: expected NAME=VALUE")
        settings[name.strip()] = value
    return settings


def crawl_argv(args: argparse.Namespace) -> list[str]:
    """The crawl options of ``args`` as a command line (for the run key and for ``schedule``)."""
    argv: list[str] = []
    for flag, value in (("--site", args.site), ("--since", args.since), ("--until", args.until),
                        ("--max-articles", args.max_articles), ("--urls", args.urls), ("--state", args.state),
                        ("--refresh-days", args.refresh_days), ("-o", args.output),
                        ("-O", args.overwrite_output), ("-L", args.loglevel)):
        if value is not None:
            argv += [flag, str(value)]
    if args.data_dir != "data":
        argv += ["--data-dir", args.data_dir]
    if args.full:
        argv.append("--full")
    for pair in args.settings:
        argv += ["-s", pair]
    return argv


def _new_run_path(articles: Path, append_to: str | None) -> Path:
    """``<UTC run time>.jsonl`` (``-2``, ``-3``… when a run of the same second exists), or, with ``-o FILE``,
    a hidden run file beside FILE that is appended to it when the run ends."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    for n in range(1, 1000):
        name = stamp if n == 1 else f"{stamp}-{n}"
        path = articles / f"{name}.jsonl" if not append_to else \
            Path(append_to).with_name(f".{Path(append_to).name}.{name}.run")
        if not path.exists() and not path.with_name(path.name + ".part").exists():
            return path
    raise RuntimeError(f"no free run file name in {articles}")


def _replace_atomically(src: Path, dst: Path) -> None:
    tmp = dst.with_name(dst.name + ".tmp")
    shutil.copyfile(src, tmp)
    os.replace(tmp, dst)


def run_crawl(args: argparse.Namespace) -> int:
    from anninhhaiphong.resume import ResumeSession, make_run_key
    from anninhhaiphong.scheduler import LockBusy, crawl_lock
    from anninhhaiphong.state import StateError, StateStore

    try:
        params = CrawlParams.parse(site=args.site, since=args.since, until=args.until,
                                   max_articles=args.max_articles, urls=args.urls)
        extra_settings = _parse_settings(args.settings)
        if args.output and args.overwrite_output:
            raise ParamError("-o and -O are exclusive: append to one file or replace one")
        if args.refresh_days is not None and args.refresh_days < 0:
            raise ParamError("--refresh-days must be 0 or more")
    except ParamError as exc:
        _err(str(exc))
        return 2

    data = Path(args.data_dir)
    state_path = Path(args.state) if args.state else data / DEFAULT_STATE
    run_key = make_run_key(crawl_argv(args))
    try:
        with crawl_lock(data / "crawl.lock"), StateStore.open(state_path) as store:
            unfinished = store.open_run(run_key)
            if args.overwrite_output:
                run_output = Path(args.overwrite_output)
            elif unfinished is not None:
                run_output = Path(unfinished.output_path)
            else:
                run_output = _new_run_path(data / "articles", args.output)
            session = ResumeSession.start(store, run_key, run_output)
            if not session.resumed:
                session.part_path.unlink(missing_ok=True)
            else:
                _err(f"resuming the interrupted run into {run_output} "
                     f"({len(session.skip_ids)} article(s) already written)")
            named = Path(args.output or args.overwrite_output or run_output)
            summary_path = named.with_name(named.name.removesuffix(".jsonl") + ".summary.json")
            baseline = store.layout_share_baseline()
            if baseline is not None:
                extra_settings.setdefault("ANHP_DRIFT_BASELINE_LAYOUT_SHARE", str(baseline))
            stats = _crawl(params, args, extra_settings, session, state_path, summary_path)
            session.finalize()
            store.record_extractors({k.removeprefix("anhp/extractor/"): int(v) for k, v in stats.items()
                                     if k.startswith("anhp/extractor/")})
            if args.output:
                if run_output.exists():
                    commit_part(run_output, Path(args.output), append=True)
            elif not args.overwrite_output and run_output.exists():
                _replace_atomically(run_output, data / "articles" / "latest.jsonl")
    except LockBusy as exc:
        _err(f"another crawl is running ({exc}); try again when it ends")
        return 1
    except StateError as exc:
        _err(str(exc))
        return 1
    return int(stats.get("anhp/exit_status", 1 if stats.get("finish_reason") not in ("finished", "max_articles")
                         else 0))


def _crawl(params: CrawlParams, args: argparse.Namespace, extra: dict[str, str], session: Any,
           state_path: Path, summary_path: Path) -> dict[str, Any]:
    from scrapy.crawler import CrawlerProcess
    from scrapy.utils.project import get_project_settings

    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "anninhhaiphong.settings")
    settings = get_project_settings()
    settings.set("FEEDS", {str(session.part_path): {"format": "jsonlines", "overwrite": False}}, priority="cmdline")
    # the session renames the .part itself, after recording the state: plain file storage here
    settings.set("FEED_STORAGES", {"": "scrapy.extensions.feedexport.FileFeedStorage",
                                   "file": "scrapy.extensions.feedexport.FileFeedStorage"}, priority="cmdline")
    settings.set("ANHP_STATE_PATH", str(state_path), priority="cmdline")
    settings.set("ANHP_FULL", args.full, priority="cmdline")
    if args.refresh_days is not None:
        settings.set("ANHP_REFRESH_DAYS", args.refresh_days, priority="cmdline")
    settings.set("ANHP_SKIP_IDS", sorted(session.skip_ids), priority="cmdline")
    settings.set("ANHP_SUMMARY_PATH", str(summary_path), priority="cmdline")
    settings.set("LOG_LEVEL", args.loglevel or ("WARNING" if sys.stderr.isatty() else "INFO"), priority="cmdline")
    for name, value in extra.items():
        settings.set(name, value, priority="cmdline")

    process = CrawlerProcess(settings)
    crawler = process.create_crawler("articles")
    spider_args: dict[str, Any] = {"site": params.site}
    for name in ("since", "until", "max_articles", "urls"):
        value = getattr(args, name)
        if value is not None:
            spider_args[name] = value
    process.crawl(crawler, **spider_args)
    process.start()
    return dict(crawler.stats.get_stats()) if crawler.stats else {}


def run_scheduled(args: argparse.Namespace) -> int:
    from anninhhaiphong.scheduler import cron_line, parse_duration, run_schedule, systemd_units

    try:
        every = parse_duration(args.every)
        jitter = parse_duration(args.jitter) if args.jitter not in ("0", "0s", "") else 0.0
        CrawlParams.parse(site=args.site, since=args.since, until=args.until, max_articles=args.max_articles,
                          urls=args.urls)
        _parse_settings(args.settings)
    except (ValueError, ParamError) as exc:
        _err(str(exc))
        return 2
    argv = crawl_argv(args)
    workdir = Path.cwd()
    if args.print_cron:
        print(cron_line(every, argv, workdir))
        return 0
    if args.print_systemd:
        service, timer = systemd_units(every, argv, workdir, jitter=jitter)
        print(f"# anninhhaiphong-crawl.service\n{service}\n# anninhhaiphong-crawl.timer\n{timer}")
        return 0
    data = Path(args.data_dir)
    return run_schedule(every, jitter, argv, log_dir=data / "logs", lock_path=data / "crawl.lock",
                        max_runs=args.max_runs)
