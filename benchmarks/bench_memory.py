"""Peak memory of `cleaner clean` on one huge page: a single-line text, an HTML page, a JSONL
record holding the same text. Each run is a fresh process (`ru_maxrss` of the child), so
the figure is the whole process: the interpreter and compiled rules (an empty run, printed
first) plus what the page costs.

    python benchmarks/bench_memory.py [--mb 8] [--trace]

`--trace` runs the text page in this process under tracemalloc and prints the allocation sites
holding most memory at the traced peak (a poller takes a snapshot each time the traced total
grows by 5%): slow (minutes for 1.5 MB), use a small `--mb`.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORDS = (
    "the council approved budget on tuesday after long debate about roads and schools members said plan would "
    "take effect next year mayor welcomed vote residents harbour ferry water price rose fell"
).split()


def _sentences(size: int, seed: int = 1) -> str:
    """Made-up prose of about `size` characters, one line (no paragraph breaks)."""
    rnd = random.Random(seed)
    out, total = [], 0
    while total < size:
        sentence = " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(8, 20))).capitalize() + "."
        out.append(sentence)
        total += len(sentence) + 1
    return " ".join(out)


def _html(size: int) -> str:
    text = _sentences(size)
    words = text.split(". ")
    paragraphs = "\n".join(f"<p>{'. '.join(words[i : i + 5])}.</p>" for i in range(0, len(words), 5))
    return f"<!doctype html><html><head><title>Big page</title></head><body><nav><a href='/'>Home</a></nav><article><h1>Big page</h1>{paragraphs}</article></body></html>"


def _peak_mb(path: Path, out: Path) -> tuple[float, float]:
    """Peak RSS (MB) and CPU seconds of a `cleaner clean` child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, "-m", "cleaner", "clean", str(path), "-o", str(out), "-q"], cwd=ROOT, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return after.ru_maxrss / 1024, cpu


def _trace(path: Path, out: Path) -> None:
    import tracemalloc

    sys.path.insert(0, str(ROOT))
    from cleaner.config import Config
    from cleaner.run import RunOptions, run

    tracemalloc.start(8)
    best: list = [0, None]
    done = threading.Event()

    def poll() -> None:
        while not done.is_set():
            current = tracemalloc.get_traced_memory()[0]
            if current > best[0] * 1.05:
                best[0], best[1] = current, tracemalloc.take_snapshot()
            time.sleep(0.02)

    poller = threading.Thread(target=poll, daemon=True)
    poller.start()
    run([path], Config(), RunOptions(output=out))
    done.set()
    poller.join()
    print(f"traced peak {tracemalloc.get_traced_memory()[1] / 1e6:.1f} MB; at the snapshot {best[0] / 1e6:.1f} MB")
    for stat in best[1].statistics("lineno")[:15]:
        print(f"  {stat.size / 1e6:6.2f} MB {stat.count:8d} blocks  {stat.traceback[0]}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=float, default=8)
    parser.add_argument("--trace", action="store_true")
    args = parser.parse_args()
    size = int(args.mb * 1e6)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        text = _sentences(size)
        pages = {
            "empty run (one short line)": ("tiny.txt", "A short line of text to clean here.\n"),
            "single-line text": ("page.txt", text + "\n"),
            "HTML page": ("page.html", _html(size)),
            "JSONL record": ("page.jsonl", json.dumps({"id": 1, "text": text}) + "\n"),
        }
        if args.trace:
            name, content = pages["single-line text"]
            (folder / name).write_text(content, encoding="utf-8")
            _trace(folder / name, folder / "out")
            return
        print(f"{'input':28s} {'MB in':>7s} {'peak RSS MB':>12s} {'CPU s':>7s}")
        for label, (name, content) in pages.items():
            path = folder / name
            path.write_text(content, encoding="utf-8")
            peak, cpu = _peak_mb(path, folder / f"out-{name}")
            print(f"{label:28s} {path.stat().st_size / 1e6:7.2f} {peak:12.0f} {cpu:7.1f}")


if __name__ == "__main__":
    main()
