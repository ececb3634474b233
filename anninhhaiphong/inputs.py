"""Reading user inputs (text dumps, JSON Lines of dumps, saved HTML) with clear errors.

Decoding choice: input must be UTF-8 (a BOM is fine). Bytes that are not valid UTF-8 are read as
Windows-1258 — the legacy Vietnamese code page, the likely origin of a non-UTF-8 Vietnamese file — with
a warning; UTF-8 that was once mis-decoded as CP1252 ("Háº£i PhÃ²ng") is repaired during cleaning.
Empty files, binary files and bytes that are neither are errors naming the input and the reason.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any


class InputError(Exception):
    """A user input that cannot be used: ``name`` (and ``line``) say where, ``reason`` why."""

    def __init__(self, name: str, reason: str, line: int | None = None) -> None:
        self.name, self.reason, self.line = name, reason, line
        where = f"{name}:{line}" if line is not None else name
        super().__init__(f"{where}: {reason}")


@dataclass
class TextRecord:
    """One page's text from an input, with the fields that came with it (from a ``.jsonl`` line)."""

    name: str
    text: str
    line: int | None = None
    fields: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def read_bytes(name: str) -> bytes:
    """The bytes of ``name`` (``-`` is standard input); OSError becomes an InputError."""
    try:
        if name == "-":
            return sys.stdin.buffer.read()
        with open(name, "rb") as fh:  # not Path.read_bytes: its overhead counts when 3,000 pages are read
            return fh.read()
    except IsADirectoryError as exc:
        raise InputError(name, "is a directory") from exc
    except FileNotFoundError as exc:
        raise InputError(name, "no such file") from exc
    except OSError as exc:
        raise InputError(name, exc.strerror or str(exc)) from exc


def decode(data: bytes, name: str, line: int | None = None) -> tuple[str, list[str]]:
    """Text of ``data`` and any warnings; InputError for empty, binary or undecodable data."""
    if not data.strip():
        raise InputError(name, "empty input", line)
    if b"\x00" in data[:8192]:
        raise InputError(name, "binary data (NUL bytes), not text", line)
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    try:
        text = data.decode("cp1258")
    except UnicodeDecodeError as exc:
        raise InputError(name, f"not UTF-8 (invalid byte at offset {first_bad}) nor Windows-1258", line) from exc
    return text, [f"not UTF-8 (invalid byte at offset {first_bad}); read as Windows-1258"]


def text_records(name: str, data: bytes) -> Iterator[TextRecord | InputError]:
    """The pages of one input: a ``.jsonl`` gives one per line (its ``text`` field), anything else one."""
    display = "<stdin>" if name == "-" else name
    if not name.endswith(".jsonl"):
        try:
            text, warnings = decode(data, display)
        except InputError as exc:
            yield exc
            return
        yield TextRecord(name=display, text=text, warnings=warnings)
        return
    if not data.strip():
        yield InputError(display, "empty input")
        return
    for lineno, raw_line in enumerate(data.split(b"\n"), start=1):
        if not raw_line.strip():
            continue
        try:
            line, warnings = decode(raw_line, display, lineno)
            obj = json.loads(line)
        except InputError as exc:
            yield exc
            continue
        except json.JSONDecodeError as exc:
            yield InputError(display, f"not JSON ({exc.msg} at column {exc.colno})", lineno)
            continue
        if not isinstance(obj, dict):
            yield InputError(display, "not a JSON object", lineno)
            continue
        text = obj.get("text")
        if not isinstance(text, str) or not text.strip():
            yield InputError(display, "no 'text' field with the page's text", lineno)
            continue
        fields = {k: v for k, v in obj.items() if k != "text"}
        yield TextRecord(name=display, text=text, line=lineno, fields=fields, warnings=warnings)
