"""The seed, cleaned, gives CONTRACT.md's example item exactly (through the command, as users run it)."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import ROOT, SEED, SEED_COPY, TESTS

from anninhhaiphong.cleaning.article import clean_text_dump
from anninhhaiphong.items import article_to_dict
from anninhhaiphong.schema import validation_errors

EXPECTED = json.loads((TESTS / "golden" / "000_f833b7997fc8162d.expected.json").read_text(encoding="utf-8"))


def test_seed_copy_is_the_shared_seed() -> None:
    if SEED.exists():
        assert SEED.read_bytes() == SEED_COPY.read_bytes()


def test_seed_gives_the_contract_example(seed_text: str) -> None:
    item = article_to_dict(clean_text_dump(seed_text, input_name="000_f833b7997fc8162d.txt"))
    assert item == EXPECTED
    assert list(item) == list(EXPECTED)  # key order is part of the contract
    assert validation_errors(item) == []


def test_seed_body_has_no_chrome_byline_or_related(seed_text: str) -> None:
    body = clean_text_dump(seed_text).articleBody or ""
    assert len(body.split("\n")) == 8
    for leak in ("This website uses cookies", "Read More", "Tin khác", "Thái Bình – An ninh", "26/08/2018",
                 "Khai trương Dự án", "Trung tâm 114"):
        assert leak not in body


def test_clean_command_on_the_seed() -> None:
    out = subprocess.run([sys.executable, "-m", "anninhhaiphong", "clean", str(SEED_COPY)],
                         capture_output=True, text=True, cwd=ROOT, check=True)
    lines = out.stdout.splitlines()
    assert len(lines) == 1
    assert json.loads(lines[0]) == EXPECTED
    assert "Quận Lê Chân" in lines[0]  # ensure_ascii=False: Vietnamese stays readable
