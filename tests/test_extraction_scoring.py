"""Scores extraction over all fixtures: body token F1 (>= 0.98 average, >= 0.95 each) and no leaks
of byline, caption, related or notice text into the body. Prints trafilatura's scores alongside
(for comparison only, not asserted)."""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from pathlib import Path

from anninhhaiphong.extraction import extract_article

PAGES = Path(__file__).parent / "pages"
NAMES = sorted(p.name for p in PAGES.iterdir() if (p / "page.html").exists())
NOTICES = ("This website uses cookies", "We use cookies", "Chúng tôi sử dụng cookie", "Read More", "Đồng ý",
           "Từ chối", "Đọc nhiều", "Tin mới", "Tin khác", "Tin liên quan", "Chia sẻ", "In bài")


def tokens(text: str | None) -> Counter[str]:
    return Counter(re.findall(r"\w+", unicodedata.normalize("NFC", text or "").casefold()))


def f1(got: str | None, expected: str) -> float:
    g, e = tokens(got), tokens(expected)
    common = sum((g & e).values())
    if not common:
        return 0.0
    precision, recall = common / sum(g.values()), common / sum(e.values())
    return 2 * precision * recall / (precision + recall)


def leaks(body: str, expected: dict) -> list[str]:
    found = []
    lines = body.split("\n")
    own = set(expected.get("articleBody", "").split("\n"))
    for author in expected.get("authors", []):
        # (a unit credited as the author can be named in the article's own prose: not a leak there)
        if any((line == author or line.startswith(author + " ")) and line not in own for line in lines) or (
                len(author) > 4 and author in body and author not in expected.get("articleBody", "")):
            found.append(f"byline {author!r}")
    # (a caption or a related title can be part of the article's own text too: 'Đối tượng Phạm Văn Thắng' under a
    # wanted man's photo and in the line '1. Đối tượng Phạm Văn Thắng' over his details)
    expected_body = expected.get("articleBody", "")
    for image in expected.get("images", []):
        if image.get("caption") and image["caption"] in body and image["caption"] not in expected_body:
            found.append(f"caption {image['caption']!r}")
    for rel in expected.get("relatedArticles", []):
        if rel["headline"] in body and rel["headline"] not in expected_body:
            found.append(f"related {rel['headline']!r}")
    # a notice's words are a leak unless the article itself quotes them (a story about cookie banners)
    found += [f"notice {n!r}" for n in NOTICES if n in body and n not in expected.get("articleBody", "")]
    return found


def load(name: str) -> tuple[bytes, str, dict]:
    d = PAGES / name
    return ((d / "page.html").read_bytes(), json.loads((d / "meta.json").read_text("utf-8"))["url"],
            json.loads((d / "expected.json").read_text("utf-8")))


def test_body_f1_and_no_leaks_compared_with_trafilatura() -> None:
    import trafilatura

    ours, theirs, our_leaks, their_leaks = {}, {}, {}, {}
    for name in NAMES:
        html, url, expected = load(name)
        body = extract_article(html, url).articleBody or ""
        ours[name] = f1(body, expected["articleBody"])
        our_leaks[name] = leaks(body, expected)
        other = trafilatura.extract(html, url=url, favor_precision=True, include_comments=False) or ""
        theirs[name] = f1(other, expected["articleBody"])
        their_leaks[name] = leaks(other, expected)
    print(f"\n{'page':28} {'ours':>6} {'trafilatura':>11}  leaks (ours / trafilatura)")
    for name in NAMES:
        print(f"{name:28} {ours[name]:6.3f} {theirs[name]:11.3f}  {len(our_leaks[name])} / {len(their_leaks[name])}")
    avg, avg_t = sum(ours.values()) / len(ours), sum(theirs.values()) / len(theirs)
    print(f"{'average':28} {avg:6.3f} {avg_t:11.3f}  {sum(map(len, our_leaks.values()))} / "
          f"{sum(map(len, their_leaks.values()))}")
    assert avg >= 0.98
    assert min(ours.values()) >= 0.95, {k: v for k, v in ours.items() if v < 0.95}
    assert not {k: v for k, v in our_leaks.items() if v}


def test_scorer_detects_differences() -> None:
    assert f1("a b c", "a b c") == 1.0
    assert f1("a b", "a b c d") < 0.7
    assert leaks("Quang cảnh\nMP", {"authors": ["MP"]}) == ["byline 'MP'"]
    unit = "Phòng Tham mưu Công an thành phố"
    prose = f"{unit} cho biết, 84 vụ đã được làm rõ."
    assert leaks(f"{prose}\n{unit}", {"authors": [unit], "articleBody": prose}) == [f"byline {unit!r}"]
    assert leaks(prose, {"authors": [unit], "articleBody": prose}) == []
    assert leaks("Bấm Đồng ý ngay", {"articleBody": "Sáng nay"}) == ["notice 'Đồng ý'"]
    assert leaks("Bấm Đồng ý ngay", {"articleBody": "Bấm Đồng ý ngay"}) == []  # the article quotes it
