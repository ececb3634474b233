"""JSON Lines as the contract wants it: UTF-8, ``ensure_ascii=False``, one object a line, ``\\n`` ends,
stable key order, and files that are complete or absent (written under ``NAME.part``, renamed at the end).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from anninhhaiphong.items import Article, article_to_dict


def dumps(item: Article | dict[str, Any]) -> str:
    """One JSON line (with its ``\\n``) for an article or a plain dict."""
    data = article_to_dict(item) if isinstance(item, Article) else item
    return json.dumps(data, ensure_ascii=False) + "\n"


def part_path(path: str | os.PathLike[str]) -> Path:
    """``FILE`` -> ``FILE.part``: where a file is written before it is renamed into place."""
    p = Path(path)
    return p.with_name(p.name + ".part")


@contextmanager
def atomic_writer(path: Path, *, append: bool = False) -> Iterator[IO[str]]:
    """A text file written under ``path.part`` and moved onto ``path`` only when the block ends without error.

    With ``append`` the finished lines are added to an existing ``path`` instead of replacing it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = part_path(path)
    with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
        yield fh
        fh.flush()
        os.fsync(fh.fileno())
    commit_part(tmp, path, append=append)


def commit_part(tmp: Path, path: Path, *, append: bool = False) -> None:
    """Move a finished ``.part`` file onto its final name (or append its lines to it)."""
    if append and path.exists():
        with open(path, "ab") as out, open(tmp, "rb") as src:
            out.write(src.read())
            out.flush()
            os.fsync(out.fileno())
        tmp.unlink()
    else:
        os.replace(tmp, path)
