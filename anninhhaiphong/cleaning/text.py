"""Unicode and whitespace normalisation that keeps paragraph structure.

Vietnamese text often arrives decomposed (NFD) or with legacy mojibake; pages carry non-breaking and
zero-width characters. Paragraphs are lines: ``\\n`` separates them, blank lines are dropped.
"""

from __future__ import annotations

import re
import unicodedata

# zero-width, BOM, soft hyphen, word joiner, directional marks
_INVISIBLE_CHARS = "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u00ad\u180e"
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]")
# non-breaking and other odd spaces (and tabs) become a plain space; runs of spaces fold to one
_ODD = "\u00a0\u2000-\u200a\u202f\u205f\u3000\t\x0b\x0c"
_SPACES = re.compile(f"[{_ODD}][ {_ODD}]*| [ {_ODD}]+")
_ODD_BREAKS = "\r\u2028\u2029\x85"  # line breaks other than \n
_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x85]")
# characters that betray UTF-8 read as CP1252/Latin-1 ("Háº£i PhÃ²ng")
_MOJIBAKE_HINT = re.compile(r"[ÃÂÄÅÆáºÐ][\x80-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ''""•–—˜™š›œžŸ¡-¿]")


def fix_mojibake(text: str) -> str:
    """Repair UTF-8 that was decoded as CP1252/Latin-1 (ftfy), only when the text shows signs of it."""
    if _MOJIBAKE_HINT.search(text):
        import ftfy  # lazy: a heavy import (~30 ms of start-up) that few pages need

        return ftfy.fix_text(text, normalization="NFC", uncurl_quotes=False, fix_line_breaks=False)
    return text


# anything the patterns above would change (or a sign of mojibake): one scan instead of four on the clean
# text most lines are (an extracted line comes with its spaces folded and invisible characters dropped)
_NEEDS_WORK = re.compile(f"[{_ODD_BREAKS}{_INVISIBLE_CHARS}{_ODD}]|  |{_MOJIBAKE_HINT.pattern}").search


def _normalize_chars(text: str) -> str:
    if _NEEDS_WORK(text) is None:
        return text if text.isascii() else unicodedata.normalize("NFC", text)
    if not text.isascii():
        text = unicodedata.normalize("NFC", _INVISIBLE.sub("", text))
    return _SPACES.sub(" ", text)


def normalize_line(line: str) -> str:
    """One line: NFC, invisible characters dropped, spaces folded, stripped."""
    return _normalize_chars(line).strip()


def normalize_text(text: str) -> str:
    """Text with one paragraph per line: each line normalised, empty lines dropped."""
    return "\n".join(split_paragraphs(text))


def split_paragraphs(text: str) -> list[str]:
    """The non-empty normalised lines of ``text``."""
    if _NEEDS_WORK(text) is None:
        text = text if text.isascii() else unicodedata.normalize("NFC", text)
    else:
        text = _normalize_chars(fix_mojibake(_LINE_BREAKS.sub("\n", text)))
    return [line for raw in text.split("\n") if (line := raw.strip())]


def normalize_optional(value: str | None) -> str | None:
    """`normalize_line` for an optional value; empty becomes None."""
    if value is None:
        return None
    value = normalize_line(value)
    return value or None
