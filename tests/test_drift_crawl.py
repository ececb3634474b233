"""The layout-drift alarm on real crawls: a replica whose template changed makes `crawl` exit 1 with
the drift error, whether the change loses a required field or only stops the site's layouts matching."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from conftest import TESTS
from crawling import run_crawl

from anninhhaiphong.replica import serve


def _mutate(root: Path, change) -> None:  # noqa: ANN001 - a str -> str function
    for page in root.glob("*-d*.html"):
        page.write_text(change(page.read_text(encoding="utf-8")), encoding="utf-8")


def _copy(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    shutil.copytree(TESTS / "replica", root)
    return root


def _strip_classes(html: str) -> str:
    return re.sub(r'\s(?:class|id)="[^"]*"', "", html)


def test_template_change_after_good_runs_raises_the_alarm(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    data = tmp_path / "data"
    with serve(root) as site:
        first = run_crawl(site.base_url, data)
        assert first.returncode == 0, first.stderr
        _mutate(root, _strip_classes)  # the generic layers still cope, but the site's layouts no longer match
        second = run_crawl(site.base_url, data, "--full")
    assert second.returncode == 1
    assert "Layout drift" in second.stderr and "layouts matched 0%" in second.stderr


def test_template_losing_dates_raises_the_alarm_on_a_first_run(tmp_path: Path) -> None:
    root = _copy(tmp_path)

    def no_dates(html: str) -> str:
        html = re.sub(r"<script[^>]*ld\+json.*?</script>|<meta[^>]*(?:time|date)[^>]*>|<time[^>]*>.*?</time>", "",
                      html, flags=re.S)
        return re.sub(r"\d{1,2}[:h]\d{2}\s*,?\s*\d{1,2}/\d{1,2}/\d{4}|\d{1,2}/\d{1,2}/\d{4}(?:\s*\d{1,2}:\d{2})?",
                      "", html)

    _mutate(root, no_dates)
    with serve(root) as site:
        done = run_crawl(site.base_url, tmp_path / "data")
    assert done.returncode == 1
    assert "Layout drift" in done.stderr and "datePublished" in done.stderr


def test_an_unchanged_site_raises_no_alarm_run_after_run(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with serve(TESTS / "replica") as site:
        for _ in range(2):
            done = run_crawl(site.base_url, data, "--full")
            assert done.returncode == 0, done.stderr
            assert "Layout drift" not in done.stderr
