"""The Article JSON Schema shipped with the package, and a validator for items."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from jsonschema import Draft202012Validator

SCHEMA_FILE = "article.schema.json"


@cache
def article_schema() -> dict[str, Any]:
    """The Article JSON Schema (draft 2020-12) as a dict."""
    return json.loads(resources.files(__package__).joinpath(SCHEMA_FILE).read_text(encoding="utf-8"))


@cache
def _validator() -> Draft202012Validator:
    return Draft202012Validator(article_schema())


def validation_errors(item: dict[str, Any]) -> list[str]:
    """Messages naming each place where ``item`` breaks the schema (empty when valid)."""
    errors = sorted(_validator().iter_errors(item), key=lambda e: list(e.absolute_path))
    return [f"{'/'.join(map(str, e.absolute_path)) or '(item)'}: {e.message}" for e in errors]
