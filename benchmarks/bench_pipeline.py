"""Throughput of the whole pipeline (read -> repair -> segment -> rules -> dedup -> write).

Prints MB/s and paragraphs/s for: the seeds as many distinct JSONL records, one 20 MB single-line
file (prose without line breaks), and one 20 MB line of a repeated short sentence; plus peak RSS.

    python benchmarks/bench_pipeline.py [--mb 20]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's cleaner, not an installed one
from cleaner.config import Config
from cleaner.run import RunOptions, run

ROOT = Path(__file__).resolve().parents[1]


def _seed_records(target_bytes: int) -> list[str]:
    """Seed paragraphs shuffled into distinct documents (so dedup has real work, not only repeats)."""
    paragraphs = [p for f in sorted((ROOT / "seeds").glob("*.txt")) for p in f.read_text(encoding="utf-8").splitlines() if p.strip()]
    rnd = random.Random(7)
    lines, size, n = [], 0, 0
    while size < target_bytes:
        body = "\n".join(rnd.sample(paragraphs, 6)) + f"\nDocument numéro {n} de la série, publié le {n % 28 + 1} mars."
        line = json.dumps({"id": str(n), "text": body}, ensure_ascii=False)
        lines.append(line)
        size += len(line.encode())
        n += 1
    return lines


def _time(paths: list[Path], out: Path) -> tuple[float, int, int]:
    start = time.perf_counter()
    summary = run(paths, Config(), RunOptions(output=out))
    elapsed = time.perf_counter() - start
    return elapsed, sum(f.bytes_in for f in summary.files), sum(f.documents for f in summary.files)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=float, default=20)
    args = parser.parse_args()
    target = int(args.mb * 1e6)
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        corpus = tmpdir / "seeds.jsonl"
        corpus.write_text("\n".join(_seed_records(target)) + "\n", encoding="utf-8")
        prose = " ".join(p.read_text(encoding="utf-8").replace("\n", " ") for p in sorted((ROOT / "seeds").glob("*.txt")))
        one_line = tmpdir / "one_line.txt"
        one_line.write_text((prose + " ") * (target // len(prose.encode()) + 1), encoding="utf-8")
        repeated = tmpdir / "repeated.txt"
        repeated.write_text("Le chat dort. " * (target // 14), encoding="utf-8")
        print(f"{'input':<28}{'MB':>8}{'seconds':>10}{'MB/s':>8}{'docs/s':>10}")
        cases = (("seeds as JSONL records", corpus), ("one single line (prose)", one_line), ("one line, one sentence", repeated))
        for name, path in cases:
            elapsed, size, docs = _time([path], tmpdir / f"out_{path.stem}{path.suffix}")
            print(f"{name:<28}{size / 1e6:>8.1f}{elapsed:>10.2f}{size / 1e6 / elapsed:>8.2f}{docs / elapsed:>10.0f}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {peak:.0f} MB")


if __name__ == "__main__":
    main()
