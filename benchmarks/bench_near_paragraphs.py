"""Paragraphs repeated with 1-3 words changed, inside one document and across two, and
paragraphs of one template that say different things: what goes and what stays.

    python benchmarks/bench_near_paragraphs.py [--seed 5] [--rounds 2] [--show]

Issue 3 asks that a paragraph of ~40 words repeated with one to three words changed be a near
copy. The paragraphs here are real ones: lines of 30-50 words and two sentences or more from the
reviewed outputs of the text fixtures (fixtures/general/expected, Latin-script languages), so
their words, punctuation and sentence lengths are those of news text. Each is repeated with 1, 2
or 3 of its words replaced by words of another paragraph of the same page, all inside its first,
middle or last third; the copy is cleaned (rules off: dedup only)

- in one document: own paragraph, original, own paragraph, copy;
- across two: the original's page, and a page of two own paragraphs and the copy (the plan may
  meet the copy's page first, as the fuller version: then the original's page goes).

A copy counts as found when none of its text is kept (or, across, none of the original's). The look-alike pairs (`look_alikes.py`:
two items of one template, each news: results, concert dates, candidates, weather days, Q&A,
lines, markets, in en/es/de/fr) are cleaned the same ways and must keep both items whole.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's cleaner
sys.path.insert(0, str(Path(__file__).resolve().parent))
from look_alikes import LOOK_ALIKES  # noqa: E402

from cleaner.config import config_from_dict  # noqa: E402
from cleaner.pipeline import clean_corpus  # noqa: E402

_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"[.!?][»\"”)]?\s+\S")
_LATIN = re.compile(r"^[\w\s\-.,;:!?'\"“”„«»’()%/€$£&–—]+$")
PLACES = ("start", "middle", "end")


def paragraphs(folder: Path) -> dict[str, list[str]]:
    """Per fixture page: its lines of 30-50 words and two sentences or more (Latin script)."""
    found: dict[str, list[str]] = {}
    for path in sorted(folder.glob("*.txt")):
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
        good = [line for line in lines if 30 <= len(_WORD.findall(line)) <= 50 and _SENTENCE_END.search(line)
                and _LATIN.match(line) and not any(c.isdigit() for c in line[:3])]
        if len(good) >= 3:
            found[path.name] = good
    return found


def change_words(text: str, count: int, place: str, donors: list[str], rng: random.Random) -> str:
    """`text` with `count` of its words in its first, middle or last third replaced by words of
    `donors` (another paragraph of the page) that it does not hold."""
    words = list(_WORD.finditer(text))
    third = len(words) // 3
    lo, hi = {"start": (0, third), "middle": (third, 2 * third), "end": (2 * third, len(words))}[place]
    own = {w.group().casefold() for w in words}
    pool = sorted({w for d in donors for w in _WORD.findall(d) if len(w) > 2 and w.casefold() not in own})
    chosen = sorted(rng.sample(range(lo, hi), count), reverse=True)
    for at in chosen:
        match = words[at]
        text = text[: match.start()] + rng.choice(pool) + text[match.end() :]
    return text


def probe_cases(pages: dict[str, list[str]], rounds: int, seed: int) -> list[tuple[str, list[str], str]]:
    """(kind, [own paragraphs..., original], copy) per page, count and place."""
    rng = random.Random(seed)
    cases = []
    for _ in range(rounds):
        for name, lines in pages.items():
            for count in (1, 2, 3):
                for place in PLACES:
                    original, own1, own2 = rng.sample(lines, 3)
                    copy = change_words(original, count, place, [own1, own2], rng)
                    cases.append((f"{count} {place}", [own1, original, own2], copy))
    return cases


def documents(own1: str, original: str, own2: str, copy: str, within: bool) -> list[tuple[str, str]]:
    """The documents of one case, the copy's last."""
    if within:
        return [("page.txt", "\n\n".join([own1, original, own2, copy]) + "\n")]
    return [("orig.txt", original + "\n"), ("copy.txt", "\n\n".join([own1, own2, copy]) + "\n")]


def clean(docs: list[tuple[str, str]]) -> list[str]:
    """The texts of one case's documents, cleaned as one corpus of their own (the cases share
    paragraphs of their pages)."""
    config = config_from_dict({"rules": {"enabled": False}})
    return [r.text for r in clean_corpus(docs, config)]


def gone(own2: str, text: str) -> bool:
    """Nothing is kept after the own paragraph printed just before the copy (a kept orphan
    sentence of the copy is a miss)."""
    return text.rstrip().endswith(own2)


def run_probe(cases, within: bool, show: bool) -> None:
    found, total, own_kept, own_total = Counter(), Counter(), 0, 0
    for kind, (own1, original, own2), copy in cases:
        texts = clean(documents(own1, original, own2, copy, within))
        text = texts[-1]
        total[kind] += 1
        hit = gone(own2, text) or not texts[0].strip()  # across, the plan may keep the copy's page whole
        found[kind] += hit
        if show and not hit:
            print(f"  MISS {kind}: {copy[:100]!r}")
        own_kept += (own1 in text) + (own2 in text)
        own_total += 2
    label = "within one document" if within else "across documents"
    print(f"{label}: {len(cases)} copies, found {sum(found.values())} ({sum(found.values()) / len(cases):.4f}),"
          f" own paragraphs kept {own_kept} of {own_total}")
    for count in (1, 2, 3):
        row = "  ".join(f"{place} {found[f'{count} {place}']:>3}/{total[f'{count} {place}']:<3}" for place in PLACES)
        print(f"  {count} word(s) changed: {row}")


def run_look_alikes(show: bool) -> None:
    """The sentences of each pair's second item that the first does not hold are kept (a sentence
    both hold word for word goes as an exact copy, rightly), in one document and across two."""
    for within in (True, False):
        whole = 0
        for n, (lang, first, second) in enumerate(LOOK_ALIKES):
            docs = [("pair.txt", f"{first}\n\n{second}\n")] if within else [("a.txt", f"{first}\n"), ("b.txt", f"{second}\n")]
            text = clean(docs)[-1]
            own = [s for s in re.split(r"(?<=[.!?])\s+", second) if s not in first]
            kept = all(s in text for s in own)
            whole += kept
            if show and not kept:
                print(f"  LOST {lang} pair {n}: {second[:100]!r}")
        label = "within one document" if within else "across documents"
        print(f"look-alike pairs {label}: both kept {whole} of {len(LOOK_ALIKES)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--show", action="store_true", help="print each miss and each lost look-alike")
    args = parser.parse_args(argv)
    pages = paragraphs(ROOT / "fixtures" / "general" / "expected")
    cases = probe_cases(pages, args.rounds, args.seed)
    print(f"{len(pages)} pages, {sum(map(len, pages.values()))} paragraphs of 30-50 words, {len(cases)} copies each way")
    start = time.process_time()
    for within in (True, False):
        run_probe(cases, within, args.show)
    run_look_alikes(args.show)
    print(f"CPU s {time.process_time() - start:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
