"""Where the time of `cleaner clean` goes, step by step, on records of a JSONL corpus.

    python benchmarks/bench_stages.py benchmarks/data/c20k/corpus.jsonl --warm 500 --docs 1000

Cleans `--warm` records first (memos and rule buckets warm, as in a long corpus run), then times
the next `--docs` records through `Cleaner.clean` with every step wrapped in a timer: repair,
segmentation, the rules (language guess, line rules, sentence and inline rules, the scorer's body
search and marks, block rules), in-document dedup, the settle reruns' rendering, and the
cross-document step. It prints the run's CPU time and MB/s, the passes per document, and per step
its wall time, share and ms per document; a step's time includes the steps it calls (the
indented ones are parts of `rules`). The timers themselves cost a few percent.
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's cleaner, not an installed one
from cleaner import pipeline, settle, steps
from cleaner.config import Config
from cleaner.dedup import Deduplicator
from cleaner.rules import block_markers, engine, scorer
from cleaner.types import Document

TIMES: Counter[str] = Counter()
CALLS: Counter[str] = Counter()


def timed(name: str, function):
    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            TIMES[name] += time.perf_counter() - start
            CALLS[name] += 1

    return wrapper


def instrument() -> None:
    """Wrap the steps (module attributes the pipeline looks up at call time)."""
    steps.repair = timed("repair", steps.repair)
    steps.segment = timed("segment", steps.segment)
    steps.dedup_within = timed("dedup within document", steps.dedup_within)
    engine.RuleEngine.apply = timed("rules", engine.RuleEngine.apply)
    engine.RuleEngine.rescore = timed("rescore after in-document dedup", engine.RuleEngine.rescore)
    engine.RuleEngine._language = timed("  language guess", engine.RuleEngine._language)
    engine.RuleEngine._apply_lines = timed("  line rules", engine.RuleEngine._apply_lines)
    engine.RuleEngine._apply_segments = timed("  sentence and inline rules", engine.RuleEngine._apply_segments)
    block_markers.BlockMarkers.cut = timed("  block rules", block_markers.BlockMarkers.cut)
    scorer.Scorer.find_body = timed("  scorer: body search", scorer.Scorer.find_body)
    scorer.Scorer.mark = timed("  scorer: marks", scorer.Scorer.mark)
    settle.Rendering.__init__ = timed("settle: rendering", settle.Rendering.__init__)
    Deduplicator.apply = timed("cross-document dedup", Deduplicator.apply)


def records(path: Path, count: int) -> list[Document]:
    docs = []
    with path.open("rb") as handle:
        for line, _ in zip(handle, range(count)):
            record = json.loads(line)
            url = record.get("url") or ""
            source = url.split("/")[2] if url.count("/") >= 2 else ""
            docs.append(Document(id=str(record["id"]), text=record["text"], source=source))
    return docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--warm", type=int, default=500)
    parser.add_argument("--docs", type=int, default=1000)
    args = parser.parse_args()
    docs = records(args.corpus, args.warm + args.docs)
    warm, measured = docs[: args.warm], docs[args.warm :]
    cleaner = pipeline.Cleaner(Config())
    for doc in warm:
        cleaner.clean(doc)
    instrument()
    megabytes = sum(len(doc.text.encode("utf-8")) for doc in measured) / 1e6
    start, cpu = time.perf_counter(), time.process_time()
    for doc in measured:
        cleaner.clean(doc)
    total, cpu = time.perf_counter() - start, time.process_time() - cpu
    print(f"{len(measured)} documents, {megabytes:.2f} MB: {cpu:.2f} CPU s, {megabytes / cpu:.3f} MB/s (timers included)")
    print(f"passes per document: {CALLS['segment'] / max(1, len(measured)):.2f}")
    for name, seconds in sorted(TIMES.items(), key=lambda item: -item[1]):
        print(f"{name:34s} {seconds:7.2f} s {100 * seconds / total:5.1f}%  {1e3 * seconds / len(measured):6.2f} ms/doc")


if __name__ == "__main__":
    main()
