"""Every item the tests produce validates against the shipped JSON Schema: text dumps, the seed, every
saved page and every page of the replica and the small sites (the crawl tests validate their output too),
and the schema itself rejects what the contract forbids."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import SEED_COPY, TESTS

from anninhhaiphong.cleaning.article import clean_text_dump
from anninhhaiphong.extraction import extract_article
from anninhhaiphong.items import article_to_dict
from anninhhaiphong.schema import article_schema, validation_errors

PAGES = sorted(TESTS.glob("pages/*/page.html"))
SITE_PAGES = sorted(TESTS.glob("replica/*-d*.html")) + sorted(TESTS.glob("sites/*/*-d*.html"))
DUMPS = sorted(TESTS.glob("dumps/*.txt")) + [SEED_COPY]


def test_schema_is_shipped_as_package_data() -> None:
    schema = article_schema()
    assert schema["properties"]["metadata"]["properties"]["schemaVersion"] == {"const": 1}


@pytest.mark.parametrize("path", DUMPS, ids=lambda p: p.stem)
def test_text_dump_items_validate(path: Path) -> None:
    item = article_to_dict(clean_text_dump(path.read_text(encoding="utf-8"), input_name=path.name))
    assert validation_errors(item) == []


@pytest.mark.parametrize("path", PAGES + SITE_PAGES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_page_items_validate(path: Path) -> None:
    meta = path.parent / "meta.json"
    url = json.loads(meta.read_text(encoding="utf-8")).get("url") if meta.exists() else \
        f"http://127.0.0.1:8000/{path.name}"
    item = article_to_dict(extract_article(path.read_bytes(), url))
    assert validation_errors(item) == []
    assert item["headline"] and item["articleBody"] and item["datePublished"].endswith("+07:00")


@pytest.mark.parametrize(("change", "where"), [
    ({"headline": ""}, "headline"),
    ({"authors": []}, "authors"),
    ({"datePublished": "12/06/2022"}, "datePublished"),
    ({"images": [{"url": "/relative.jpg"}]}, "images"),
    ({"extra": 1}, "(item)"),
])
def test_schema_rejects_what_the_contract_forbids(change: dict, where: str) -> None:
    item = article_to_dict(clean_text_dump(SEED_COPY.read_text(encoding="utf-8")))
    item.update(change)
    errors = validation_errors(item)
    assert errors and any(e.startswith(where) for e in errors)
