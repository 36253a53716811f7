"""Measure dedup recall, precision and speed on the corpus of `gen_corpus.py`.

    python benchmarks/bench_dedup.py CORPUS_DIR [--limit N] [--index FILE] [--set key=value ...]
        [--no-cli] [--no-pipeline] [--jobs-check N]

Prints, all in one run so the figures share the machine's load of the moment:
- the plain "read + lowercase + tokenise + 5-gram shingles" loop (the reference speed);
- the dedup engine alone (segment, then `Deduplicator.apply`): exact-dup recall, near-dup recall
  (by number of changed words), originals kept, precision, paragraphs/s and MB/s, peak RSS, and
  with `--index` the index bytes per segment (the corpus then goes in as two runs, the second
  one deduplicated against the index the first one wrote);
- `cleaner clean corpus.jsonl -o out.jsonl` as a subprocess (CPU time, MB/s, peak RSS);
- the same pipeline in-process, for its dedup quality (dedup removals only; rules may remove
  other text) and the share of its time spent in `settle` and in the dedup steps;
- with `--jobs-check N`: `--jobs 1` and `--jobs 2` on the first N documents, byte-compared.

Speeds are CPU seconds of one process (`time.process_time`, or the child's rusage), since the
machine is shared: wall time would measure the neighbours.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's cleaner, not an installed one
from cleaner.dedup import DedupConfig, Deduplicator
from cleaner.segment import segment
from cleaner.types import Document

_WORD = re.compile(r"\w+")
_TEMPLATE_LINES = 2  # gen_corpus ends every document with a menu line and a promo line


def load(corpus: Path, limit: int | None) -> list[dict]:
    records = []
    with open(corpus / "corpus.jsonl", encoding="utf-8") as handle:
        for line in handle:
            records.append(json.loads(line))
            if limit and len(records) >= limit:
                break
    return records


def plain_loop(corpus: Path, limit: int | None) -> float:
    """read + lowercase + tokenise + 5-gram shingles: the reference speed (CPU seconds)."""
    started = time.process_time()
    shingles = 0
    with open(corpus / "corpus.jsonl", encoding="utf-8") as handle:
        for n, line in enumerate(handle):
            if limit and n >= limit:
                break
            toks = _WORD.findall(json.loads(line)["text"].lower())
            shingles += len(list(zip(*(toks[i:] for i in range(5)))))
    return time.process_time() - started


def run_engine(records: list[dict], config: DedupConfig, index: Path | None) -> tuple[dict[str, Document], float, float]:
    """Segment, then dedup; with an index, as two runs (the second sees the first via the file)."""
    docs = []
    started = time.process_time()
    for record in records:
        docs.append(segment(Document(id=record["id"], text=record["text"], source=record["url"].split("/")[2])))
    seg_time = time.process_time() - started
    runs = [docs] if index is None else [docs[: len(docs) // 2], docs[len(docs) // 2 :]]
    started = time.process_time()
    for part in runs:
        with Deduplicator(config, index) as dedup:
            for doc in part:
                dedup.apply(doc)
            dedup.flush()
    return {d.id: d for d in docs}, seg_time, time.process_time() - started


def _by_dedup(removal) -> bool:
    return removal is not None and (removal.reason == "duplicate" or removal.rule.startswith("dedup."))


def _removed_by_dedup(doc: Document, index: int) -> tuple[bool, bool]:
    """(wholly gone from the output, touched by dedup at all) for one paragraph.

    Gone by any step counts for recall (the rules may have taken an injected copy first); only
    dedup's own removals count against precision and originals kept.
    """
    par = doc.paragraphs[index]
    if doc.duplicate_of is not None:
        return True, True
    touched = _by_dedup(par.removal) or any(_by_dedup(s.removal) for s in par.segments)
    return not par.kept, touched


def evaluate(docs: dict[str, Document], truth: list[dict]) -> dict[str, object]:
    """Recall per injection kind, originals kept, precision (over content paragraphs), templates."""
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
        hits[label] += _removed_by_dedup(doc, item["paragraph"])[0]
        key = (item["original_doc"], item["original_paragraph"])
        if key not in injected:
            originals += 1
            originals_kept += not _removed_by_dedup(docs[key[0]], key[1])[1]
    other = wrongly = templates = templates_removed = 0
    for name, doc in docs.items():
        content = len(doc.paragraphs) - _TEMPLATE_LINES
        for index in range(len(doc.paragraphs)):
            if index >= content:
                templates += 1
                templates_removed += _removed_by_dedup(doc, index)[0]
            elif (name, index) not in injected:
                other += 1
                wrongly += _removed_by_dedup(doc, index)[1]
    found = sum(hits.values())
    near = sum(v for k, v in hits.items() if k.startswith("near"))
    near_total = sum(v for k, v in totals.items() if k.startswith("near"))
    result: dict[str, object] = {
        "exact recall": hits["exact"] / max(1, totals["exact"]),
        "near recall": near / max(1, near_total),
        "originals kept": originals_kept / max(1, originals),
        "precision": found / max(1, found + wrongly),
        "other paragraphs touched by dedup": wrongly / max(1, other),
        "template lines removed": templates_removed / max(1, templates),
    }
    for changed in (1, 2, 3):
        result[f"near recall, {changed} word(s) changed"] = hits[f"near{changed}"] / max(1, totals[f"near{changed}"])
    result["injected exact / near"] = f"{totals['exact']} / {near_total}"
    return result


def run_cli(corpus_file: Path, out: Path, jobs: int = 1) -> tuple[float, float, float]:
    """`cleaner clean FILE -o OUT` in a child process: (CPU s, wall s, peak RSS MB of children)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    command = [sys.executable, "-m", "cleaner", "clean", str(corpus_file), "-o", str(out), "-q", "--jobs", str(jobs)]
    # A child's ru_maxrss starts from this process's RSS at fork (Linux keeps it across exec), and
    # this process holds the whole corpus by now: GNU time reports the child's own peak.
    gnu_time = Path("/usr/bin/time")
    if gnu_time.exists():
        command = [str(gnu_time), "-f", "%M", *command]
    done = subprocess.run(command, check=True, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    lines = done.stderr.strip().splitlines()
    if gnu_time.exists() and lines and lines[-1].isdigit():
        return cpu, wall, int(lines[-1]) / 1024
    return cpu, wall, after.ru_maxrss / 1024


def cli_template_lines_left(corpus_file: Path, out: Path) -> tuple[int, int]:
    """(template lines still in the CLI's output, template lines in its input): every
    document's last `_TEMPLATE_LINES` paragraphs are its source's template lines."""
    written = {}
    for line in out.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        written[record["id"]] = record["text"].split("\n\n")
    left = total = 0
    with corpus_file.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            kept = set(p.strip() for p in written.get(record["id"], []))
            for template in record["text"].split("\n")[-_TEMPLATE_LINES:]:
                total += 1
                left += template.strip() in kept
    return left, total


def run_pipeline(corpus_file: Path) -> tuple[dict[str, Document], float, dict[str, float]]:
    """The CLI's pipeline in-process, with `settle` and the dedup steps timed (CPU seconds)."""
    import cleaner.pipeline as pipeline
    import cleaner.steps as steps
    from cleaner.config import Config
    from cleaner.io.inputs import InputFile
    from cleaner.io.records import iter_jsonl

    spent: Counter[str] = Counter()

    def timed(name, function):
        def wrapper(*args, **kwargs):
            started = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                spent[name] += time.process_time() - started
        return wrapper

    originals = steps.settle, steps.dedup_within, Deduplicator.apply
    steps.settle = timed("settle (reruns of the per-document steps)", steps.settle)
    steps.dedup_within = timed("in-document dedup (all passes)", steps.dedup_within)
    Deduplicator.apply = timed("cross-document dedup (apply)", Deduplicator.apply)
    try:
        item = InputFile(corpus_file, corpus_file.as_posix(), corpus_file.name)  # type: ignore[arg-type]
        docs = [d for d in iter_jsonl(item, corpus_file.read_bytes()) if isinstance(d, Document)]
        started = time.process_time()
        with pipeline.Cleaner(Config()) as cleaner:
            done = list(cleaner.clean_many(docs))
        total = time.process_time() - started
    finally:
        steps.settle, steps.dedup_within, Deduplicator.apply = originals
    return {d.meta["record_id"]: d for d in done if isinstance(d, Document)}, total, dict(spent)


def jobs_check(corpus: Path, count: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        slice_file = Path(tmp) / "slice.jsonl"
        with open(corpus / "corpus.jsonl", encoding="utf-8") as src, open(slice_file, "w", encoding="utf-8") as dst:
            for n, line in enumerate(src):
                if n >= count:
                    break
                dst.write(line)
        outputs = []
        for jobs in (1, 2):
            out = Path(tmp) / f"out{jobs}.jsonl"
            cpu, wall, _ = run_cli(slice_file, out, jobs)
            print(f"{f'--jobs {jobs} on {count} docs: wall s (CPU s, CLI + workers)':48s} {wall:.1f} ({cpu:.1f})")
            outputs.append(out.read_bytes())
        print(f"{'--jobs 1 and --jobs 2 outputs byte-identical':48s} {outputs[0] == outputs[1]}")


def show(name: str, value: object) -> None:
    print(f"{name:48s} {value:.4f}" if isinstance(value, float) else f"{name:48s} {value}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--index", type=Path, default=None, help="use a persistent index file (else in memory)")
    parser.add_argument("--set", action="append", default=[], help="DedupConfig override, e.g. shingle_words=3")
    parser.add_argument("--no-cli", action="store_true", help="skip the `cleaner clean` subprocess")
    parser.add_argument("--no-pipeline", action="store_true", help="skip the in-process pipeline")
    parser.add_argument("--jobs-check", type=int, default=0, help="compare --jobs 1 and 2 on this many docs")
    args = parser.parse_args(argv)
    overrides = {}
    for item in args.set:
        name, _, value = item.partition("=")
        kind = type(getattr(DedupConfig(), name))
        overrides[name] = kind(value)
    config = dataclasses.replace(DedupConfig(), **overrides)
    records = load(args.corpus, args.limit)
    ids = {r["id"] for r in records}
    with open(args.corpus / "truth.jsonl", encoding="utf-8") as handle:
        truth = [t for t in map(json.loads, handle) if t["doc"] in ids]
    size = sum(len(r["text"].encode("utf-8")) for r in records)
    mb = size / 1e6
    plain_time = plain_loop(args.corpus, args.limit)
    if args.index is not None and args.index.exists():
        args.index.unlink()
    docs, seg_time, dedup_time = run_engine(records, config, args.index)
    paragraphs = sum(len(d.paragraphs) for d in docs.values())
    print(f"config: {config}")
    print(f"documents {len(records)}, {mb:.1f} MB, {paragraphs} paragraphs")
    show("plain tokenise+5-gram loop CPU s (MB/s)", f"{plain_time:.1f} ({mb / plain_time:.2f})")
    print("-- dedup engine alone" + (" (two runs through the index file)" if args.index else ""))
    for name, value in evaluate(docs, truth).items():
        show(name, value)
    show("segmentation (not dedup) CPU s", f"{seg_time:.1f}")
    show("dedup CPU s", f"{dedup_time:.1f}")
    show("dedup paragraphs/s", f"{paragraphs / dedup_time:,.0f}")
    show("dedup MB/s", f"{mb / dedup_time:.2f}")
    show("peak RSS MB (this process so far)", f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}")
    if args.index is not None:
        import sqlite3

        db = sqlite3.connect(args.index)
        segments = db.execute("SELECT COUNT(*) FROM seen").fetchone()[0]
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()
        show("index bytes / segment", f"{args.index.stat().st_size / max(1, segments):.0f} ({segments} segments)")
    del docs
    corpus_file = args.corpus / "corpus.jsonl"
    if args.limit:
        corpus_file = Path(tempfile.mkdtemp()) / "corpus.jsonl"
        corpus_file.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    if not args.no_cli:
        print("-- cleaner clean corpus.jsonl -o out.jsonl (subprocess, --jobs 1)")
        with tempfile.TemporaryDirectory() as tmp:
            cpu, wall, rss = run_cli(corpus_file, Path(tmp) / "out.jsonl")
            left, total = cli_template_lines_left(corpus_file, Path(tmp) / "out.jsonl")
        show("CLI CPU s (wall s)", f"{cpu:.1f} ({wall:.1f})")
        show("CLI paragraphs/s", f"{paragraphs / cpu:,.0f}")
        show("CLI MB/s (share of plain loop speed)", f"{mb / cpu:.2f} ({plain_time / cpu:.3f})")
        show("CLI peak RSS MB", f"{rss:.0f}")
        show("CLI template lines left in the output", f"{left} of {total} ({1 - left / max(1, total):.4f} removed)")
    if not args.no_pipeline:
        print("-- the same pipeline in-process (quality counts dedup removals only)")
        docs, total, spent = run_pipeline(corpus_file)
        for name, value in evaluate(docs, truth).items():
            show(name, value)
        show("pipeline CPU s (MB/s)", f"{total:.1f} ({mb / total:.2f})")
        for name, value in spent.items():
            show(f"  {name} s (share)", f"{value:.1f} ({value / total:.2f})")
    if args.jobs_check:
        print("-- --jobs check")
        jobs_check(args.corpus, args.jobs_check)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
