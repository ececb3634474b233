"""Benchmark: ``anninhhaiphong clean`` over N seed-sized text dumps (default 10,000) on one core.

Runs the real command in a subprocess (pinned to one CPU when the OS allows), once over N ``.txt`` files
and once over one ``.jsonl`` holding N pages, and side by side the floor: a process that only reads the
same files and writes one JSON line each. Prints pages per second and the ratio to the floor.
Usage: python benchmarks/bench_clean.py [N]
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "tests" / "golden" / "000_f833b7997fc8162d.txt"
FLOOR = """
import json, sys
out = open(sys.argv[1], "w", encoding="utf-8")
for name in sys.argv[2:]:
    text = open(name, encoding="utf-8").read()
    out.write(json.dumps({"text": text}, ensure_ascii=False) + "\\n")
"""


def _one_core() -> list[str]:
    return ["taskset", "-c", "0"] if sys.platform.startswith("linux") and os.path.exists("/usr/bin/taskset") else []


def _run(cmd: list[str]) -> tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(_one_core() + cmd, check=True, cwd=ROOT)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    seed = SEED.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        files = []
        with open(d / "all.jsonl", "w", encoding="utf-8") as jl:
            for i in range(n):
                text = seed.replace("24-8", f"{i % 28 + 1}-8").replace("Lê Chân", f"Lê Chân {i}")
                path = d / f"{i:05d}.txt"
                path.write_text(text, encoding="utf-8")
                files.append(str(path))
                jl.write(json.dumps({"text": text, "n": i}, ensure_ascii=False) + "\n")
        cli = [sys.executable, "-m", "anninhhaiphong", "clean"]
        rows = [
            ("clean N .txt files", _run(cli + ["-o", str(d / "out1.jsonl"), *files])),
            ("clean one .jsonl of N pages", _run(cli + ["-o", str(d / "out2.jsonl"), str(d / "all.jsonl")])),
            ("floor: read + json.dumps only", _run([sys.executable, "-c", FLOOR, str(d / "out3.jsonl"), *files])),
        ]
        lines = sum(1 for _ in open(d / "out1.jsonl", encoding="utf-8"))
        assert lines == n, f"expected {n} items, got {lines}"
    floor_cpu = rows[-1][1][1]
    print(f"{n} seed-sized dumps ({len(seed)} chars each), one core")
    for label, (wall, cpu) in rows:
        print(f"  {label:32s} wall {wall:6.2f} s  cpu {cpu:6.2f} s  {n / wall:8.0f} pages/s  "
              f"{cpu / floor_cpu:5.1f}x floor cpu")


if __name__ == "__main__":
    main()
