"""Generic fallback layer: trafilatura, used only when no layout matched and the meaning layer found
no body. Imported lazily so that start-up stays light."""

from __future__ import annotations

from typing import Any


def fallback_extract(html: str, url: str | None = None) -> dict[str, Any] | None:
    """trafilatura's reading of the page (title, date, author, text lines), or None."""
    import trafilatura  # lazy: heavy import, rarely needed

    doc = trafilatura.bare_extraction(html, url=url, favor_precision=True, include_comments=False,
                                      include_tables=True, with_metadata=True)
    if doc is None:
        return None
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = data.get("text") or ""
    return {
        "title": data.get("title"),
        "date": data.get("date"),
        "author": data.get("author"),
        "description": data.get("description"),
        "lines": [line.strip() for line in text.split("\n") if line.strip()],
    }
