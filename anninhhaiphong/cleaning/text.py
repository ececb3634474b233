"""Unicode and whitespace normalisation that keeps paragraph structure.

Vietnamese text often arrives decomposed (NFD) or with legacy mojibake; pages carry non-breaking and
zero-width characters. Paragraphs are lines: ``\\n`` separates them, blank lines are dropped.
"""

from __future__ import annotations

import re
import unicodedata

import ftfy

# zero-width, BOM, soft hyphen, word joiner, directional marks
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u00ad\u180e"), None)
# non-breaking and other odd spaces become a plain space
_SPACES = dict.fromkeys(map(ord, "\u00a0\u2007\u202f\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009"
                                 "\u200a\u205f\u3000\t\x0b\x0c"), " ")
_MULTI_SPACE = re.compile(r" {2,}")
_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x85]")
# characters that betray UTF-8 read as CP1252/Latin-1 ("Háº£i PhÃ²ng")
_MOJIBAKE_HINT = re.compile(r"[ÃÂÄÅÆáºÐ][\x80-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ''""•–—˜™š›œžŸ¡-¿]")


def fix_mojibake(text: str) -> str:
    """Repair UTF-8 that was decoded as CP1252/Latin-1 (ftfy), only when the text shows signs of it."""
    if _MOJIBAKE_HINT.search(text):
        return ftfy.fix_text(text, normalization="NFC", uncurl_quotes=False, fix_line_breaks=False)
    return text


def normalize_line(line: str) -> str:
    """One line: NFC, invisible characters dropped, spaces folded, stripped."""
    line = unicodedata.normalize("NFC", line.translate(_INVISIBLE).translate(_SPACES))
    return _MULTI_SPACE.sub(" ", line).strip()


def normalize_text(text: str) -> str:
    """Text with one paragraph per line: each line normalised, empty lines dropped."""
    return "\n".join(split_paragraphs(text))


def split_paragraphs(text: str) -> list[str]:
    """The non-empty normalised lines of ``text``."""
    text = fix_mojibake(_LINE_BREAKS.sub("\n", text))
    out = []
    for raw in text.split("\n"):
        line = normalize_line(raw)
        if line:
            out.append(line)
    return out


def normalize_optional(value: str | None) -> str | None:
    """`normalize_line` for an optional value; empty becomes None."""
    if value is None:
        return None
    value = normalize_line(value)
    return value or None
