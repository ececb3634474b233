"""Extraction against the replica site's ground truth (tests/replica/expected.json): every article
with the site layouts, and again with the layouts switched off (the meaning layer alone must still
get every field right, since the live markup is unknown)."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urljoin

import pytest

import anninhhaiphong.extraction as extraction
from anninhhaiphong.items import article_to_dict

REPLICA = Path(__file__).parent / "replica"
EXPECTED = json.loads((REPLICA / "expected.json").read_text("utf-8")) if (REPLICA / "expected.json").exists() else None
pytestmark = pytest.mark.skipif(EXPECTED is None, reason="replica not built")


def check(article: dict, truth: dict) -> list[str]:
    problems = []
    for key in ("headline", "datePublished", "datePublishedRaw", "description", "canonicalUrl", "tags", "breadcrumbs",
                "source"):
        if article.get(key) != truth.get(key):
            problems.append(f"{key}: {article.get(key)!r} != {truth.get(key)!r}")
    if article.get("articleBody") != "\n".join(truth["body"]):
        problems.append("articleBody differs")
    if [a["nameRaw"] for a in article.get("authors", [])] != [a["nameRaw"] for a in truth["authors"]]:
        problems.append(f"authors: {article.get('authors')}")
    images = [(i["url"], i.get("caption")) for i in article.get("images", [])]
    if images != [(i["url"], i.get("caption")) for i in truth.get("images", [])]:
        problems.append(f"images: {images}")
    related = [(r.get("url"), r.get("datePublished")) for r in article.get("relatedArticles", [])]
    want = [(urljoin("https://anhp.vn/", r["url"]), r.get("datePublished")) for r in truth.get("related", [])]
    if related != want:
        problems.append(f"related: {related} != {want}")
    return problems


@pytest.mark.parametrize("layouts", [True, False], ids=["layouts", "meaning-only"])
def test_replica_articles(layouts: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    assert EXPECTED is not None
    if not layouts:
        monkeypatch.setattr(extraction, "match_layout", lambda index: None)
    failures = {}
    for truth in EXPECTED["articles"]:
        url = "https://anhp.vn" + truth["path"]
        article = article_to_dict(extraction.extract_article((REPLICA / truth["path"][1:]).read_bytes(), url))
        expected_extractor = {"older": "anhp-2017", "current": "anhp-2021"}.get(truth["template"])
        if layouts and expected_extractor and article["metadata"]["extractor"] != expected_extractor:
            failures[truth["id"]] = [f"extractor {article['metadata']['extractor']}"]
        problems = check(article, truth)
        if problems:
            failures.setdefault(truth["id"], []).extend(problems)
    assert not failures, failures
