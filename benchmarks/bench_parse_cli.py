"""CPU time of the ``anninhhaiphong parse`` command against the ``trafilatura`` CLI on the same saved pages.

Builds N files (default 3000) in a temporary directory, cycling through the replica's article pages
(tests/replica, ``*-d<ID>.html``) and the hand-made fixtures (tests/pages/*/page.html), then runs, one after
the other in the same run:

    anninhhaiphong parse FILES -o out.jsonl
    trafilatura --input-dir DIR -o OUTDIR --parallel 1

each pinned to one core with ``taskset -c 0`` when available. CPU time (user + system) of each child comes
from ``resource.getrusage(RUSAGE_CHILDREN)``; both figures and their ratio are printed (target <= 0.200).

    .venv/bin/python benchmarks/bench_parse_cli.py [-n 3000] [--repeat 1] [--keep]

With ``--against CHECKOUT`` (another commit's worktree) it times this checkout's ``parse`` against that one's
instead, in turns over the same files: the cost or saving of a change.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "tests" / "pages"
REPLICA = ROOT / "tests" / "replica"
BIN = Path(sys.executable).parent


def sources() -> list[Path]:
    """The distinct pages: replica article pages, then the fixtures."""
    found = sorted(REPLICA.glob("*-d*.html")) if REPLICA.exists() else []
    found += sorted(d / "page.html" for d in PAGES.iterdir() if (d / "page.html").exists())
    if not found:
        raise SystemExit("no pages found (tests/replica and tests/pages are empty)")
    return found


def dress(html: bytes, seed: int) -> bytes:
    """A page dressed in real-size site chrome (menu, sidebars of teaser cards, footer, inline script and
    style), as tests/test_extraction_chrome.py does: saved pages of a live site weigh 35-100 KiB, not 5."""
    sys.path.insert(0, str(ROOT / "tests"))
    from test_extraction_chrome import _chrome

    text = html.decode("utf-8")
    if "<body" not in text or "</body>" not in text:
        return html
    top, bottom = _chrome(seed)
    start = text.index(">", text.index("<body")) + 1
    return (text[:start] + top + text[start:].replace("</body>", bottom + "</body>", 1)).encode("utf-8")


def build(n: int, where: Path, dressed: bool = False, pages: list[Path] | None = None) -> list[Path]:
    """``n`` files in ``where/in`` cycling through the distinct pages (dressed in site chrome if asked)."""
    pages = pages or sources()
    target = where / "in"
    target.mkdir()
    files = []
    for i in range(n):
        f = target / f"{i:05d}.html"
        src = pages[i % len(pages)]
        if dressed:
            try:
                f.write_bytes(dress(src.read_bytes(), i))
            except UnicodeDecodeError:  # a legacy-encoded page stays as saved
                shutil.copyfile(src, f)
        else:
            shutil.copyfile(src, f)
        files.append(f)
    return files


def _pin(cmd: list[str]) -> list[str]:
    taskset = shutil.which("taskset")
    return [taskset, "-c", "0", *cmd] if taskset else cmd


def cpu_of(cmd: list[str], env: dict[str, str] | None = None, cwd: Path | None = None) -> tuple[float, float, int]:
    """(CPU seconds, wall seconds, exit code) of one child process (``python -m`` imports from ``cwd`` first)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(_pin(cmd), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False, env=env, cwd=cwd)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode not in (0, 1):
        sys.stderr.write(proc.stderr.decode("utf-8", "replace")[-2000:])
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, wall, proc.returncode


def tool(name: str) -> str:
    path = BIN / name
    return str(path) if path.exists() else (shutil.which(name) or name)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=3000, help="number of page files (default 3000)")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each command; the fastest counts")
    parser.add_argument("--dressed", action="store_true",
                        help="dress each page in real-size site chrome (menus, sidebars, footer: 35-100 KiB pages)")
    parser.add_argument("--pages", type=Path, metavar="DIR",
                        help="use the saved pages (*.html, *.htm) under DIR instead of the repository's")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory and print its path")
    parser.add_argument("--against", type=Path, metavar="CHECKOUT",
                        help="time `parse` from another checkout of the project (`git worktree add /tmp/old COMMIT`) "
                             "instead of trafilatura, taking turns with this one: the ratio is this code's CPU over "
                             "that code's, on the same files")
    args = parser.parse_args(argv)
    if args.against is not None:
        return compare_checkouts(args)

    tmp = Path(tempfile.mkdtemp(prefix="bench_parse_cli_"))
    try:
        own = sorted(p for p in args.pages.rglob("*") if p.suffix.lower() in (".html", ".htm")) \
            if args.pages else None
        if args.pages and not own:
            raise SystemExit(f"{args.pages}: no .html files there")
        files = build(args.n, tmp, args.dressed, own)
        size = sum(f.stat().st_size for f in files) / len(files) / 1024
        ours_cmd = [tool("anninhhaiphong"), "parse", *map(str, files), "-o", str(tmp / "out.jsonl")]
        theirs_out = tmp / "trafilatura_out"
        theirs_cmd = [tool("trafilatura"), "--input-dir", str(tmp / "in"), "-o", str(theirs_out), "--parallel", "1"]
        ours, theirs = [], []
        for _ in range(args.repeat):
            ours.append(cpu_of(ours_cmd))
            shutil.rmtree(theirs_out, ignore_errors=True)
            theirs.append(cpu_of(theirs_cmd))
        o, t = min(ours), min(theirs)
        lines = sum(1 for _ in (tmp / "out.jsonl").open("rb")) if (tmp / "out.jsonl").exists() else 0
        result = {
            "pages": len(files), "distinct": len(own or sources()), "avg_kib": round(size, 1),
            "pinned": bool(shutil.which("taskset")),
            "parse_cpu_s": round(o[0], 3), "parse_wall_s": round(o[1], 3), "parse_exit": o[2], "parse_items": lines,
            "trafilatura_cpu_s": round(t[0], 3), "trafilatura_wall_s": round(t[1], 3), "trafilatura_exit": t[2],
            "ratio": round(o[0] / t[0], 3) if t[0] else None,
        }
        print(f"pages: {len(files)} ({result['distinct']} distinct, {size:.1f} KiB average), "
              f"pinned to one core: {result['pinned']}")
        print(f"anninhhaiphong parse: {o[0]:7.3f} s CPU ({o[0] * 1000 / len(files):.3f} ms/page), "
              f"{lines} items, exit {o[2]}")
        print(f"trafilatura CLI:      {t[0]:7.3f} s CPU ({t[0] * 1000 / len(files):.3f} ms/page), exit {t[2]}")
        print(f"ratio parse/trafilatura: {result['ratio']} (target <= 0.200)")
        print(json.dumps(result))
    finally:
        if args.keep:
            print(f"kept: {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


def compare_checkouts(args: argparse.Namespace) -> int:
    """This checkout's `parse` against another checkout's over the same files, run in turns (``--repeat`` rounds,
    the fastest of each counts): what a change costs or saves, whatever the machine's load does to both."""
    other = args.against.resolve()
    if not (other / "anninhhaiphong" / "__init__.py").exists():
        raise SystemExit(f"{other}: not a checkout of this project (no anninhhaiphong/__init__.py)")
    env = {**os.environ, "PYTHONPATH": str(other)}
    found = subprocess.run([sys.executable, "-c", "import anninhhaiphong; print(anninhhaiphong.__file__)"],
                           capture_output=True, text=True, env=env, cwd=other, check=False).stdout.strip()
    if not found.startswith(str(other)):
        raise SystemExit(f"{other}: its package is not the one imported there ({found or 'nothing'})")
    tmp = Path(tempfile.mkdtemp(prefix="bench_parse_cli_"))
    try:
        own = sorted(p for p in args.pages.rglob("*") if p.suffix.lower() in (".html", ".htm")) \
            if args.pages else None
        files = build(args.n, tmp, args.dressed, own)
        cmd = [sys.executable, "-m", "anninhhaiphong", "parse", *map(str, files)]
        ours, theirs = [], []
        for _ in range(max(1, args.repeat)):
            ours.append(cpu_of([*cmd, "-o", str(tmp / "ours.jsonl")], {**os.environ, "PYTHONPATH": str(ROOT)}, ROOT))
            theirs.append(cpu_of([*cmd, "-o", str(tmp / "theirs.jsonl")], env, other))
        o, t = min(x[0] for x in ours), min(x[0] for x in theirs)
        print(f"pages: {len(files)}, rounds: {len(ours)}")
        print(f"this checkout ({ROOT}):  {o:7.3f} s CPU  (rounds: {', '.join(f'{x[0]:.3f}' for x in ours)})")
        print(f"other checkout ({other}): {t:7.3f} s CPU  (rounds: {', '.join(f'{x[0]:.3f}' for x in theirs)})")
        print(f"ratio this/other: {o / t:.3f}")
        print(json.dumps({"pages": len(files), "this_cpu_s": round(o, 3), "other_cpu_s": round(t, 3),
                          "ratio": round(o / t, 3)}))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
