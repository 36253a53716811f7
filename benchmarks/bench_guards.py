"""The times the blow-up guards keep small, which the test suite no longer asserts against a clock.

    python benchmarks/bench_guards.py [--only NAME ...] [--rules-chars 100000]

The tests check each guard's mechanism (tests/work_counts.py: Python lines run at two sizes;
tests/regex_shapes.py: no nested repeat a long line splits in many ways; the bounded look-behind
of scan.py): a CPU-time bound passed or failed with the machine's load. Here the sizes the tests
once timed are timed in CPU seconds (this process), the figures to compare before and after a
change (run another checkout's copy of this script for the other side). Nothing is asserted.

- dedup: the in-document pass on a page of 3,000 paragraphs of repeats (a scan per unit took ~4 s);
- html: reading a 4 MB page of 40,000 paragraphs;
- cli: a page of 1,000 template paragraphs through `clean` (reader, rules, dedup, writer);
- segment: the pathological lines of 400,000 characters, the slowest unit;
- rules: every shipped rule on long near misses of its examples, the slowest rule;
- salad: the in-document pass on one line of random sentences over a 500-word vocabulary, most
  of them short and lowercase (truncated-looking): each was compared with every sentence holding
  its first word, a scan growing with the square of the line (`clean` 1 MB 6.8 s, 2 MB 18.5 s,
  4 MB 88 s); found by the hash of its token run now (this case 1, 2, 4 MB: 1.15, 5.9, - s before,
  0.27, 0.66, 1.78 s after).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's cleaner

from cleaner.types import Document  # noqa: E402


def cpu(call: Callable[[], object]) -> float:
    started = time.process_time()
    call()
    return time.process_time() - started


def repeats_page(paragraphs: int, seed: int = 1) -> str:
    """Lines drawn from a small set: repeated whole, cut at the start, or with a word changed."""
    rng = random.Random(seed)
    vocab = [f"mot{i}" for i in range(300)]
    lines = [" ".join(rng.choice(vocab) for _ in range(rng.randint(10, 25))) + "." for _ in range(paragraphs // 2)]
    page = []
    for _ in range(paragraphs):
        words = rng.choice(lines).split()
        draw = rng.random()
        if draw < 0.3:
            page.append(" ".join(words[2:]))
        elif draw < 0.4:
            words[rng.randrange(len(words))] = "zz"
            page.append(" ".join(words))
        else:
            page.append(" ".join(words))
    return "\n\n".join(page)


def word_salad(chars: int, seed: int = 1, vocabulary: int = 500) -> str:
    """One line of `chars` characters: sentences of 1 to 25 words drawn from a small vocabulary
    as often as in prose (the n-th word 1/n as often as the first: "de", "la" in most
    sentences), most opening in lowercase, so the short ones look cut (`text.looks_truncated`)."""
    rng = random.Random(seed)
    syllables = ["ba", "de", "ri", "so", "lu", "ka", "me", "no", "ti", "ver", "gal", "pon"]
    vocab = sorted({"".join(rng.choices(syllables, k=rng.randint(1, 4))) for _ in range(vocabulary * 2)})[:vocabulary]
    rng.shuffle(vocab)
    weights = [1 / (rank + 1) for rank in range(vocabulary)]
    sentences: list[str] = []
    size = 0
    while size < chars:
        words = rng.choices(vocab, weights, k=rng.randint(1, 25))
        if rng.random() < 0.2:
            words[0] = words[0].capitalize()
        sentences.append(" ".join(words) + ".")
        size += len(sentences[-1]) + 1
    return " ".join(sentences)


def salad_case(megabytes: list[float]) -> str:
    from cleaner.dedup import DedupConfig, UnitMemo, dedup_within
    from cleaner.segment import segment

    times = []
    for size in megabytes:
        doc = segment(Document("salad", word_salad(int(size * 1e6))))
        times.append(f"{cpu(lambda: dedup_within(doc, DedupConfig(), UnitMemo())):.2f}s for {size:g} MB")
    return ", ".join(times)


def dedup_case() -> str:
    from cleaner.dedup import DedupConfig, UnitMemo, dedup_within
    from cleaner.segment import segment

    doc = segment(Document("long", repeats_page(3000)))
    return f"{cpu(lambda: dedup_within(doc, DedupConfig(), UnitMemo())):.2f}s for 3,000 paragraphs"


def html_case() -> str:
    from cleaner.html import read_html

    body = "".join(f"<p>Paragraph {i} of a very long page, with its own few words.</p>" for i in range(40000))
    page = f"<html><body><h1>Huge</h1><div>{body}</div></body></html>".encode("utf-8")
    return f"{cpu(lambda: read_html(page, 'huge')):.2f}s for {len(page) / 1e6:.1f} MB"


def cli_case() -> str:
    from typer.testing import CliRunner

    from cleaner.cli import app

    body = "".join(f"<p>Paragraph {i} tells its own story about item {i * 7} in {i % 97} words or so.</p>" for i in range(1000))
    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder) / "huge.html"
        page.write_text(f"<html><body><h1>Huge</h1><div>{body}</div></body></html>", encoding="utf-8")
        run = CliRunner().invoke
        seconds = cpu(lambda: run(app, ["clean", str(page), "-o", str(Path(folder) / "out")]))
    return f"{seconds:.2f}s for 1,000 paragraphs"


def segment_case() -> str:
    from cleaner.segment import segment

    units = ["a. ", "A. ", "lorem ipsum ", "x", ".", "aB", "Le ", "ABCD - Le ", "» ", " ", "…", "a.b", "M. ",
             "Donaudampfschifffahrtsgesellschaftskapitaenswitwenrentenanspruch. Der "]
    segment(Document("d", "warm. Up."))
    times = {unit: cpu(lambda unit=unit: segment(Document("d", unit * (400_000 // len(unit))))) for unit in units}
    slowest = max(times, key=times.__getitem__)
    return f"slowest {times[slowest]:.2f}s ({slowest[:20]!r}), all {sum(times.values()):.2f}s"


def rules_case(chars: int) -> str:
    from cleaner.rules import default_rule_files, load_rule_files

    times = {}
    for rule in load_rule_files(default_rule_files()).rules:
        pattern = rule.compile()
        lines = [(ex[:-1] or "a") * (chars // max(len(ex), 1) + 1) for ex in rule.must_match[:2]]
        lines += [(ex + " ") * (chars // (len(ex) + 1) + 1) for ex in rule.must_match[:2]]
        lines += ["Aa - b, c & d - e " * (chars // 18), "a" * chars, " " * chars + "!"]
        times[rule.id] = cpu(lambda: [None for line in lines for _ in pattern.finditer(line)])
    slowest = max(times, key=times.__getitem__)
    return f"slowest {slowest} {times[slowest]:.3f}s, {len(times)} rules {sum(times.values()):.1f}s"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", nargs="*", default=None, help="cases to run (dedup html cli segment rules salad)")
    parser.add_argument("--rules-chars", type=int, default=50_000, help="length of the rules' near misses")
    parser.add_argument("--salad-mb", type=float, nargs="*", default=[1.0, 2.0], help="sizes of the salad line")
    args = parser.parse_args()
    cases: dict[str, Callable[[], str]] = {
        "dedup": dedup_case, "html": html_case, "cli": cli_case, "segment": segment_case,
        "rules": lambda: rules_case(args.rules_chars), "salad": lambda: salad_case(args.salad_mb),
    }
    for name, case in cases.items():
        if args.only is None or name in args.only:
            print(f"{name:8} {case()}", flush=True)


if __name__ == "__main__":
    main()
