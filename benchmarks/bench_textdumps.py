"""Score the boilerplate step on the article-extraction text dumps, beside the raw-dump baseline.

Usage: python benchmarks/bench_textdumps.py [--worst N] [--no-dedup] [--no-scorer] [--show ID] [--save FILE] [--settings FILE]

Each dump is cleaned by segmentation + RuleEngine (and dedup through `cleaner.pipeline.clean_text`
when it is available and --no-dedup is not given), then scored with benchmarks/metric.py.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from metric import corpus_scores  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's cleaner, not an installed one
from cleaner.rules import RuleEngine, RulesConfig  # noqa: E402
from cleaner.segment import segment  # noqa: E402
from cleaner.types import Document  # noqa: E402

DATA = Path("/work/shared/benchmarks/article-extraction")


def load(path: Path) -> dict[str, str]:
    with open(path, encoding="utf-8") as handle:
        return {key: value["articleBody"] for key, value in json.load(handle).items()}


def clean_with_rules(dumps: dict[str, str], config: RulesConfig) -> dict[str, str]:
    engine = RuleEngine(config)
    out = {}
    for key in sorted(dumps):
        doc = segment(Document(id=key, text=dumps[key]))
        out[key] = engine.apply(doc).clean_text()
    return out


def clean_with_pipeline(dumps: dict[str, str], config: RulesConfig) -> dict[str, str] | None:
    """What `cleaner.pipeline.clean_text` gives each page, with the rules compiled once.

    `clean_text` builds a new `Cleaner` per call; for one document the cross-document dedup has
    nothing earlier to compare with, so the per-document steps (`Cleaner.prepare`) are the result.
    """
    try:
        from cleaner.config import Config
        from cleaner.pipeline import Cleaner
    except ImportError:
        return None
    with Cleaner(Config(rules=config)) as cleaner:
        return {key: cleaner.prepare(Document(id=key, text=dumps[key])).clean_text() for key in sorted(dumps)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--worst", type=int, default=10)
    parser.add_argument("--no-dedup", action="store_true", help="segment + rules only")
    parser.add_argument("--no-scorer", action="store_true")
    parser.add_argument("--show", help="print the cleaned text of one page id (prefix)")
    parser.add_argument("--save", help="write per-page precision/recall to this JSON file")
    parser.add_argument("--settings", default="", help="a scorer.toml to use instead of the shipped one")
    args = parser.parse_args(argv)

    dumps, gold = load(DATA / "text-dumps.json"), load(DATA / "ground-truth.json")
    config = RulesConfig(scorer=not args.no_scorer, settings_file=args.settings)
    started, cpu = time.perf_counter(), time.process_time()
    cleaned = None if args.no_dedup else clean_with_pipeline(dumps, config)
    mode = "segment + rules + dedup (pipeline.clean_text)"
    if cleaned is None:
        cleaned, mode = clean_with_rules(dumps, config), "segment + rules"
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    megabytes = sum(len(t.encode("utf-8")) for t in dumps.values()) / 1e6

    f1, p, r, per_page = corpus_scores(cleaned, gold)
    bf1, bp, br, _ = corpus_scores(dumps, gold)
    print(f"{len(gold)} pages, {megabytes:.2f} MB, {mode}, {elapsed:.2f} s wall, {cpu:.2f} CPU s ({megabytes / cpu:.2f} MB/s of CPU)")
    print(f"{'':10} {'F1':>6} {'P':>6} {'R':>6}")
    print(f"{'raw dump':10} {bf1:6.4f} {bp:6.4f} {br:6.4f}")
    print(f"{'cleaner':10} {f1:6.4f} {p:6.4f} {r:6.4f}")

    def page_f1(key: str) -> float:
        pp, rr = per_page[key]
        return 2 * pp * rr / (pp + rr) if pp + rr else 0.0

    print(f"\n{args.worst} worst pages:")
    for key in sorted(per_page, key=lambda k: (page_f1(k), k))[: args.worst]:
        pp, rr = per_page[key]
        print(f"  {key[:10]} F1 {page_f1(key):.3f} P {pp:.3f} R {rr:.3f}")
    if args.save:
        with open(args.save, "w", encoding="utf-8") as handle:
            json.dump(per_page, handle, indent=0, sort_keys=True)
    if args.show:
        key = next(k for k in sorted(cleaned) if k.startswith(args.show))
        print(f"\n--- {key}\n{cleaned[key]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
