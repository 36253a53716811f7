"""How much of a clean article the cleaner removes: gold article bodies cleaned alone.

Usage: python benchmarks/bench_gold_alone.py [--worst N] [--settings FILE] [--show ID] [--rule PREFIX]

Each `articleBody` of the article-extraction ground truth is already the article and nothing
else, so every character the cleaner removes from it is a loss of recall that the text-dump
benchmark hides behind its furniture. The figures: the share of gold characters removed, the
removed characters per rule, and the pages that lose the largest share. Some removals follow
only from the gold's own conventions (an embedded tweet's text is part of some gold bodies):
`--ignore` leaves out rule id prefixes from the totals (default: common.social-embed).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cleaner.config import Config  # noqa: E402
from cleaner.pipeline import Cleaner  # noqa: E402
from cleaner.rules import RulesConfig  # noqa: E402
from cleaner.types import Document  # noqa: E402

DATA = Path("/work/shared/benchmarks/article-extraction")


def removed_spans(cleaner: Cleaner, key: str, text: str) -> tuple[str, list[tuple[int, int, str]]]:
    """The text as cleaned (normalised) and (start, end, rule) of every removal made in it alone."""
    doc = cleaner.prepare(Document(id=key, text=text))
    return doc.text, [(start, end, removal.rule) for start, end, removal in doc.removals()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--worst", type=int, default=15)
    parser.add_argument("--settings", default="", help="a scorer.toml to use instead of the shipped one")
    parser.add_argument("--ignore", action="append", default=None, help="rule id prefix left out of the totals ('' for none)")
    parser.add_argument("--show", help="print the removed lines of one page id (prefix)")
    parser.add_argument("--rule", default="", help="with --show: only removals whose rule starts with this")
    args = parser.parse_args(argv)
    ignored = tuple(p for p in (args.ignore if args.ignore is not None else ["common.social-embed"]) if p)

    with open(DATA / "ground-truth.json", encoding="utf-8") as handle:
        gold = {key: value["articleBody"] for key, value in json.load(handle).items()}
    total = sum(len(text) for text in gold.values())
    per_rule: Counter[str] = Counter()
    per_page: dict[str, int] = {}
    shown: tuple[str, list[tuple[int, int, str]]] = ("", [])
    config = Config(rules=RulesConfig(settings_file=args.settings))
    with Cleaner(config) as cleaner:
        for key in sorted(gold):
            text, spans = removed_spans(cleaner, key, gold[key])
            if args.show and key.startswith(args.show):
                shown = text, spans
            counted = [(s, e, rule) for s, e, rule in spans if not rule.startswith(ignored)]
            for start, end, rule in counted:
                per_rule[rule] += end - start
            per_page[key] = sum(end - start for start, end, _ in counted)

    removed = sum(per_page.values())
    print(f"{len(gold)} gold bodies, {total:,} chars; removed {removed:,} ({100 * removed / total:.2f}%)"
          f" not counting {', '.join(ignored) or 'nothing'}")
    print("\nremoved characters by rule:")
    for rule, chars in per_rule.most_common():
        print(f"  {chars:8,}  {rule}")
    print(f"\n{args.worst} pages losing the largest share:")
    worst = sorted(per_page, key=lambda k: (-per_page[k] / max(len(gold[k]), 1), k))[: args.worst]
    for key in worst:
        share = per_page[key] / max(len(gold[key]), 1)
        print(f"  {key[:8]} {100 * share:5.1f}%  {per_page[key]:6,} of {len(gold[key]):6,}")
    if args.show:
        key = next(k for k in sorted(gold) if k.startswith(args.show))
        print(f"\n--- removed from {key}")
        text, spans = shown
        for start, end, rule in spans:
            if rule.startswith(args.rule):
                print(f"  [{rule}] {text[start:end][:160]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
