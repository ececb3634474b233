"""Scoring of every text dump in tests/dumps: body token F1 against the expected body (>= 0.98 each) and no
leaks: no line of the dump that a reader would not keep (banner, menu, byline, related title or teaser,
notice, footer) is left as a body line, and no related title inside the body."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
from conftest import TESTS

from anninhhaiphong.cleaning.article import clean_text_dump
from anninhhaiphong.cleaning.text import split_paragraphs

DUMPS = sorted((TESTS / "dumps").glob("*.txt"))
MIN_F1 = 0.98
_TOKEN = re.compile(r"\w+")


def tokens(text: str) -> Counter[str]:
    return Counter(t.casefold() for t in _TOKEN.findall(text))


def token_f1(expected: str, got: str) -> float:
    want, have = tokens(expected), tokens(got)
    if not want and not have:
        return 1.0
    common = sum((want & have).values())
    if not common:
        return 0.0
    precision, recall = common / sum(have.values()), common / sum(want.values())
    return 2 * precision * recall / (precision + recall)


def _clean(path: Path) -> tuple[dict, list[str], list[str]]:
    expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    text = path.read_bytes().decode("utf-8")  # CRLF dumps reach the cleaner as they are
    body = (clean_text_dump(text, input_name=path.name).articleBody or "").split("\n")
    return expected, body, split_paragraphs(text)


def test_f1_helper() -> None:
    assert token_f1("a b c", "a b c") == 1.0
    assert token_f1("a b c d", "a b c") == pytest.approx(2 * 1 * 0.75 / 1.75)
    assert token_f1("a", "b") == 0.0


@pytest.mark.parametrize("path", DUMPS, ids=lambda p: p.stem)
def test_body_f1_and_no_leaks(path: Path) -> None:
    expected, body, input_lines = _clean(path)
    f1 = token_f1("\n".join(expected["body"]), "\n".join(body))
    assert f1 >= MIN_F1, f"{path.stem}: body token F1 {f1:.3f}"
    kept = expected["body"]
    for line in input_lines:
        if line == expected["headline"] or any(line in k for k in kept):
            continue
        assert line not in body, f"{path.stem}: leaked into the body: {line!r}"
    text = "\n".join(body)
    for related in expected["related"]:
        assert related not in text, f"{path.stem}: related title in the body: {related!r}"


def test_mean_f1_over_all_dumps() -> None:
    scores = []
    for path in DUMPS:
        expected, body, _ = _clean(path)
        scores.append(token_f1("\n".join(expected["body"]), "\n".join(body)))
    assert len(scores) >= 20
    assert min(scores) >= MIN_F1
    assert sum(scores) / len(scores) >= 0.99
