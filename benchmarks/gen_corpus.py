"""Generate a synthetic fr/en news corpus with injected duplicates and their ground truth.

    python benchmarks/gen_corpus.py OUT_DIR [--docs 20000] [--seed 7]

Writes OUT_DIR/corpus.jsonl (records: id, url, text; paragraphs are lines) and
OUT_DIR/truth.jsonl (one line per injected paragraph: doc, paragraph, kind = exact | near,
changed words, and the original doc/paragraph it copies). Deterministic for a given seed.

Text is Zipf-distributed words (real function words + pronounceable made-up content words), so
unrelated paragraphs share common bigrams the way news text does, but do not repeat by chance.
Injections, each into ~8% of documents, always copy a paragraph of an *earlier* document of
*another* source (a reprint): exact copies, and near copies of a ~40-word paragraph with 1-3 words
replaced. Every source also has two template lines (a short menu line and a longer promo line).
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

FUNCTION_WORDS = {
    "fr": "le la les de des du un une et à en pour que qui dans sur par avec au aux est a ont sont il elle ils ne pas plus ce cette ses son leur".split(),
    "en": "the of and to a in that is was for on with as by at he she they it from have has were not this his her their an be".split(),
}
SYLLABLES = "ba be bi bo bu da de di do du fa fe fi fo ga ge go ka ke ki ko la le li lo lu ma me mi mo mu na ne ni no nu pa pe pi po ra re ri ro ru sa se si so ta te ti to tu va ve vi vo za ze zo".split()


class Writer:
    """Makes words, sentences and paragraphs for one language from a seeded generator."""

    def __init__(self, rng: random.Random, lang: str, vocabulary: int = 30000):
        self.rng = rng
        self.function = FUNCTION_WORDS[lang]
        self.content = sorted({self._word() for _ in range(vocabulary)})
        rng.shuffle(self.content)
        weights = [1.0 / (rank + 1) ** 1.05 for rank in range(len(self.content))]
        total = sum(weights)
        self.cumulative = []
        acc = 0.0
        for weight in weights:
            acc += weight / total
            self.cumulative.append(acc)

    def _word(self) -> str:
        return "".join(self.rng.choice(SYLLABLES) for _ in range(self.rng.randint(2, 4)))

    def word(self) -> str:
        if self.rng.random() < 0.4:
            return self.rng.choice(self.function)
        import bisect

        return self.content[min(bisect.bisect(self.cumulative, self.rng.random()), len(self.content) - 1)]

    def sentence(self, low: int = 8, high: int = 30) -> str:
        words = [self.word() for _ in range(self.rng.randint(low, high))]
        return " ".join(words).capitalize() + "."

    def paragraph(self, words: int | None = None) -> str:
        if words is not None:
            return self._exact_length(words)
        return " ".join(self.sentence() for _ in range(self.rng.randint(1, 4)))

    def _exact_length(self, words: int) -> str:
        parts, left = [], words
        while left > 0:
            n = min(left, self.rng.randint(12, 24))
            if left - n < 6:
                n = left
            parts.append(" ".join(self.word() for _ in range(n)).capitalize() + ".")
            left -= n
        return " ".join(parts)


def change_words(text: str, count: int, writer: Writer, rng: random.Random) -> str:
    """Replace `count` distinct words (not the sentence-final ones' punctuation) by other words."""
    words = text.split(" ")
    for position in rng.sample(range(len(words)), count):
        old = words[position]
        tail = "." if old.endswith(".") else ""
        new = writer.word()
        while new == old.rstrip(".").lower():
            new = writer.word()
        words[position] = (new.capitalize() if old[:1].isupper() else new) + tail
    return " ".join(words)


def generate(out: Path, docs: int, seed: int, inject: float = 0.08) -> None:
    rng = random.Random(seed)
    writers = {lang: Writer(random.Random(seed * 31 + i), lang) for i, lang in enumerate(("fr", "en"))}
    sources = [f"site{i:03d}.example" for i in range(200)]
    templates = {
        s: (f"Suivez {s.split('.')[0]} sur les réseaux", writers["fr"].sentence(14, 20)) for s in sources
    }
    produced: list[tuple[str, str, list[str]]] = []  # id, source, paragraphs
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "corpus.jsonl", "w", encoding="utf-8") as corpus, open(out / "truth.jsonl", "w", encoding="utf-8") as truth:
        for n in range(docs):
            doc_id = f"doc{n:06d}"
            source = rng.choice(sources)
            lang = "fr" if rng.random() < 0.6 else "en"
            writer = writers[lang]
            paragraphs = [writer.paragraph() for _ in range(rng.randint(6, 12))]
            paragraphs[rng.randrange(len(paragraphs))] = writer.paragraph(words=rng.randint(35, 45))
            injected = _inject(rng, produced, source, paragraphs, writer, inject)
            for record in injected:
                truth.write(json.dumps({"doc": doc_id, **record}) + "\n")
            short, promo = templates[source]
            lines = paragraphs + [short, promo]
            produced.append((doc_id, source, paragraphs))
            corpus.write(json.dumps({"id": doc_id, "url": f"https://{source}/{doc_id}", "text": "\n".join(lines) + "\n"}, ensure_ascii=False) + "\n")


def _inject(rng, produced, source, paragraphs, writer, inject):
    records = []
    if len(produced) < 50:
        return records
    for kind in ("exact", "near"):
        if rng.random() >= inject:
            continue
        for _ in range(20):
            orig_id, orig_source, orig_pars = produced[rng.randrange(len(produced))]
            if orig_source == source:
                continue
            candidates = [i for i, p in enumerate(orig_pars) if 35 <= len(p.split()) <= 45] if kind == "near" else list(range(len(orig_pars)))
            if not candidates:
                continue
            orig_par = rng.choice(candidates)
            text = orig_pars[orig_par]
            changed = 0
            if kind == "near":
                changed = rng.randint(1, 3)
                text = change_words(text, changed, writer, rng)
            position = rng.randrange(len(paragraphs))
            paragraphs.insert(position, text)
            for record in records:
                if record["paragraph"] >= position:
                    record["paragraph"] += 1
            records.append({"paragraph": position, "kind": kind, "changed": changed, "original_doc": orig_id, "original_paragraph": orig_par})
            break
    return records


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--docs", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    generate(args.out, args.docs, args.seed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
