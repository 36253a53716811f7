"""Near-copied sentences inside new paragraphs, across documents: recall and what else goes.

    python benchmarks/bench_near_sentences.py [--pairs 2000] [--seed 11] [--no-index-sentences]

The 20k corpus of bench_dedup.py copies whole paragraphs. A reprint also copies sentences into
paragraphs of its own: a wire sentence with a word or two changed after the site's own lead
sentence, or two wire sentences merged into one paragraph. For each of `--pairs` originals
(three paragraphs of two to four generated sentences, gen_corpus.Writer) this writes a copy from
another source holding a paragraph of its own sentences and, in a paragraph with one or two new
sentences, one copied sentence of 12-30 words with 0-3 words changed (or two copied sentences
merged), then cleans originals and copies as one corpus (`clean_corpus`, rules off: dedup only).

It prints the recall of the copied sentences by words changed, the share of the copies' own
sentences kept (what else dedup took), and the run's speed.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's cleaner
sys.path.insert(0, str(Path(__file__).resolve().parent))
from gen_corpus import Writer, change_words  # noqa: E402

from cleaner.config import config_from_dict  # noqa: E402
from cleaner.pipeline import clean_corpus  # noqa: E402


def build(pairs: int, seed: int) -> tuple[list[tuple[str, str]], list[tuple[str, str, str]], list[tuple[str, str]]]:
    """(documents in order, copied sentences as (doc, text, kind), own sentences as (doc, text))."""
    rng = random.Random(seed)
    writer = Writer(rng, "fr")
    originals, copies, copied, own = [], [], [], []
    for n in range(pairs):
        paragraphs = [[writer.sentence(12, 30) for _ in range(rng.randint(2, 4))] for _ in range(3)]
        originals.append((f"orig/{n:05d}.txt", "\n\n".join(" ".join(p) for p in paragraphs) + "\n"))
        doc = f"copy/{n:05d}.txt"
        lead = [writer.sentence(12, 30) for _ in range(2)]
        mine = [writer.sentence(12, 30) for _ in range(rng.randint(1, 2))]
        if rng.random() < 0.25:  # two copied sentences of two paragraphs merged into one
            taken = [rng.choice(paragraphs[0]), rng.choice(paragraphs[1])]
            changed = [change_words(s, rng.randint(0, 2), writer, rng) for s in taken]
            block = changed
            copied += [(doc, s, "merged") for s in changed]
        else:
            words = rng.randint(0, 3)
            sentence = change_words(rng.choice(rng.choice(paragraphs)), words, writer, rng)
            block = mine[:]
            block.insert(rng.randint(0, len(mine)), sentence)
            copied.append((doc, sentence, f"{words} changed"))
            own += [(doc, s) for s in mine]
        own += [(doc, s) for s in lead]
        copies.append((doc, " ".join(lead) + "\n\n" + " ".join(block) + "\n"))
    return originals + copies, copied, own


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pairs", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--no-index-sentences", dest="index_sentences", action="store_false", help="dedup.index_sentences = false")
    args = parser.parse_args(argv)
    docs, copied, own = build(args.pairs, args.seed)
    config = config_from_dict({"rules": {"enabled": False}, "dedup": {"index_sentences": args.index_sentences}})
    start = time.process_time()
    results = {r.document.id: r.text for r in clean_corpus(docs, config)}
    seconds = time.process_time() - start
    found, total = Counter(), Counter()
    for doc, sentence, kind in copied:
        total[kind] += 1
        found[kind] += sentence not in results[doc]
    size = sum(len(text.encode()) for _, text in docs) / 1e6
    print(f"{len(docs)} documents, {size:.1f} MB, {len(copied)} copied sentences, {len(own)} own sentences")
    for kind in sorted(total):
        print(f"recall, {kind:<12} {found[kind] / total[kind]:.4f}  ({found[kind]} of {total[kind]})")
    print(f"recall, all          {sum(found.values()) / len(copied):.4f}")
    kept = sum(sentence in results[doc] for doc, sentence in own)
    print(f"own sentences kept   {kept / len(own):.4f}  ({kept} of {len(own)})")
    print(f"CPU s {seconds:.1f}, {size / seconds:.2f} MB/s (whole pipeline, rules off)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
