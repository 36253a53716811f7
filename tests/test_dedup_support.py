"""Hand-built documents for the dedup tests (independent of the segmenter)."""

from __future__ import annotations

import random
from collections.abc import Sequence

from cleaner.types import Document, Paragraph, Segment


def made_up_prose(seed: int, opener: str, vocab: Sequence[str], words: int, sentences: int) -> str:
    """`sentences` sentences of `opener` and `words` words drawn from `vocab` (seeded): an
    article's own prose, which no other page holds."""
    rng = random.Random(seed)
    return " ".join(" ".join([opener, *rng.choices(vocab, k=words)]) + "." for _ in range(sentences))


NEWS_WORDS = ("council plant workers company river school hospital police court tenants market flood bus "
              "residents contract fund budget permit road station brewery quarry shop union").split()  # fmt: skip


def news_prose(seed: int) -> str:
    """Two sentences of an English local news article of its own (`made_up_prose`)."""
    return made_up_prose(seed, "The", NEWS_WORDS, words=13, sentences=2)


def make_doc(paragraphs: list[list[str]], doc_id: str = "doc", source: str = "src") -> Document:
    """A document whose paragraphs are lines and whose segments are the given sentences."""
    text_parts: list[str] = []
    pars: list[Paragraph] = []
    pos = 0
    for sentences in paragraphs:
        segs = []
        start = pos
        for i, sentence in enumerate(sentences):
            if i:
                text_parts.append(" ")
                pos += 1
            segs.append(Segment(pos, pos + len(sentence)))
            text_parts.append(sentence)
            pos += len(sentence)
        pars.append(Paragraph(start, pos, segs))
        text_parts.append("\n")
        pos += 1
    return Document(id=doc_id, text="".join(text_parts), source=source, paragraphs=pars)


def kept_texts(doc: Document) -> list[str]:
    return [doc.text[s.start : s.end].strip() for p in doc.paragraphs for s in p.kept_segments()]


def removed(doc: Document) -> list[tuple[str, str]]:
    """(text, rule) of every removed span."""
    return [(doc.text[s:e], r.rule) for s, e, r in doc.removals()]
