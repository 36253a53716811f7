"""Measure dedup recall, precision and speed on the corpus of `gen_corpus.py`.

    python benchmarks/bench_dedup.py CORPUS_DIR [--limit N] [--index FILE] [--set key=value ...]

Prints: exact-dup recall, near-dup recall (by number of changed words), originals kept, other
paragraphs wrongly removed, paragraphs/s and MB/s of dedup on one core, in CPU time since the machine is shared (segmentation timed
apart), peak RSS, index bytes per segment (with --index), and the time of a plain
"read + lowercase + tokenise + 5-gram shingles" loop over the same corpus in the same run.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
import resource
import tempfile
import time
from collections import Counter
from pathlib import Path

from cleaner.dedup import DedupConfig, Deduplicator
from cleaner.segment import segment
from cleaner.types import Document

_WORD = re.compile(r"\w+")


def load(corpus: Path, limit: int | None) -> list[dict]:
    records = []
    with open(corpus / "corpus.jsonl", encoding="utf-8") as handle:
        for line in handle:
            records.append(json.loads(line))
            if limit and len(records) >= limit:
                break
    return records


def plain_loop(corpus: Path, limit: int | None) -> tuple[float, int]:
    """read + lowercase + tokenise + 5-gram shingles: the reference speed."""
    started = time.process_time()
    shingles = 0
    with open(corpus / "corpus.jsonl", encoding="utf-8") as handle:
        for n, line in enumerate(handle):
            if limit and n >= limit:
                break
            toks = _WORD.findall(json.loads(line)["text"].lower())
            shingles += len(list(zip(*(toks[i:] for i in range(5)))))
    return time.process_time() - started, shingles


def run_dedup(records: list[dict], config: DedupConfig, index: Path | None) -> tuple[dict[str, Document], float, float]:
    docs = []
    started = time.process_time()
    for record in records:
        source = record["url"].split("/")[2]
        docs.append(segment(Document(id=record["id"], text=record["text"], source=source)))
    seg_time = time.process_time() - started
    started = time.process_time()
    with Deduplicator(config, index) as dedup:
        for doc in docs:
            dedup.apply(doc)
    return {d.id: d for d in docs}, seg_time, time.process_time() - started


def evaluate(docs: dict[str, Document], truth: list[dict]) -> dict[str, float]:
    hits: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    injected = {(t["doc"], t["paragraph"]) for t in truth}
    originals_kept = originals = 0
    for item in truth:
        doc = docs.get(item["doc"])
        if doc is None or docs.get(item["original_doc"]) is None:
            continue
        label = item["kind"] if item["kind"] == "exact" else f"near{item['changed']}"
        totals[label] += 1
        hits[label] += not doc.paragraphs[item["paragraph"]].kept
        key = (item["original_doc"], item["original_paragraph"])
        if key not in injected:
            originals += 1
            originals_kept += _fully_kept(docs[key[0]], key[1])
    other = wrongly = 0
    for doc in docs.values():
        for index, par in enumerate(doc.paragraphs[:-2]):  # the last two lines are site template
            if (doc.id, index) in injected:
                continue
            other += 1
            wrongly += not _fully_kept(doc, index)
    near = sum(v for k, v in hits.items() if k.startswith("near"))
    near_total = sum(v for k, v in totals.items() if k.startswith("near"))
    result = {
        "exact recall": hits["exact"] / max(1, totals["exact"]),
        "near recall": near / max(1, near_total),
        "originals kept": originals_kept / max(1, originals),
        "other paragraphs removed": wrongly / max(1, other),
    }
    for changed in (1, 2, 3):
        label = f"near{changed}"
        result[f"near recall, {changed} word(s) changed"] = hits[label] / max(1, totals[label])
    result["injected exact / near"] = f"{totals['exact']} / {near_total}"  # type: ignore[assignment]
    return result


def _fully_kept(doc: Document, index: int) -> bool:
    par = doc.paragraphs[index]
    return par.removal is None and all(s.removal is None for s in par.segments)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--index", type=Path, default=None, help="use a persistent index file (else in memory)")
    parser.add_argument("--set", action="append", default=[], help="DedupConfig override, e.g. shingle_words=3")
    args = parser.parse_args(argv)
    overrides = {}
    for item in args.set:
        name, _, value = item.partition("=")
        kind = type(getattr(DedupConfig(), name))
        overrides[name] = kind(value)
    config = dataclasses.replace(DedupConfig(), **overrides)
    records = load(args.corpus, args.limit)
    ids = {r["id"] for r in records}
    truth = [json.loads(line) for line in open(args.corpus / "truth.jsonl", encoding="utf-8")]
    truth = [t for t in truth if t["doc"] in ids]
    size = sum(len(r["text"].encode("utf-8")) for r in records)
    plain_time, _ = plain_loop(args.corpus, args.limit)
    index = args.index
    if index is not None and index.exists():
        index.unlink()
    docs, seg_time, dedup_time = run_dedup(records, config, index)
    paragraphs = sum(len(d.paragraphs) for d in docs.values())
    print(f"config: {config}")
    print(f"documents {len(records)}, {size / 1e6:.1f} MB, {paragraphs} paragraphs")
    for name, value in evaluate(docs, truth).items():
        print(f"{name:40s} {value:.4f}" if isinstance(value, float) else f"{name:40s} {value}")
    print(f"{'segmentation (not dedup) s':40s} {seg_time:.1f}")
    print(f"{'dedup s':40s} {dedup_time:.1f}")
    print(f"{'dedup paragraphs/s':40s} {paragraphs / dedup_time:,.0f}")
    print(f"{'dedup MB/s':40s} {size / 1e6 / dedup_time:.2f}")
    print(f"{'plain tokenise+5-gram loop s (MB/s)':40s} {plain_time:.1f} ({size / 1e6 / plain_time:.2f})")
    print(f"{'peak RSS MB':40s} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}")
    if index is not None:
        import sqlite3

        db = sqlite3.connect(index)
        segments = db.execute("SELECT COUNT(*) FROM seen").fetchone()[0]
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        print(f"{'index bytes / segment':40s} {index.stat().st_size / max(1, segments):.0f} ({segments} segments)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
