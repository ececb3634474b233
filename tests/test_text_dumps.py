"""Text dumps shaped like pages of the site and of republishers, cleaned through `clean_text_dump`:
title, date, authors, source, exact body paragraphs and related titles, and no leaks in the body."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import TESTS

from anninhhaiphong.cleaning.article import clean_text_dump
from anninhhaiphong.items import article_to_dict
from anninhhaiphong.schema import validation_errors

DUMPS = sorted((TESTS / "dumps").glob("*.txt"))
LEAKS = ("cookie policy", "This website uses cookies", "We use cookies", "Chúng tôi sử dụng cookie", "Read More",
         "Đồng ý", "Tin khác", "Tin liên quan", "Bài viết liên quan", "Cùng chuyên mục", "Đọc nhiều", "Xem thêm",
         "Chia sẻ", "In bài viết", "Bình luận", "Trang chủ")


@pytest.mark.parametrize("path", DUMPS, ids=lambda p: p.stem)
def test_text_dump(path: Path) -> None:
    expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    article = clean_text_dump(path.read_text(encoding="utf-8"), input_name=path.name)
    assert article.headline == expected["headline"]
    assert article.datePublished == expected["datePublished"]
    assert [a.name for a in article.authors] == expected["authors"]
    assert article.source == expected["source"]
    body = (article.articleBody or "").split("\n")
    assert body == expected["body"]
    assert [r.headline for r in article.relatedArticles] == expected["related"]
    assert [r.datePublished for r in article.relatedArticles] == expected["related_dates"]
    text = article.articleBody or ""
    for line in body:  # a leak opens a line; an article about cookies may quote a notice inside a sentence
        for leak in LEAKS:
            assert not line.casefold().startswith(leak.casefold()), (leak, line)
    for related in expected["related"]:
        assert related not in text
    assert validation_errors(article_to_dict(article)) == []
