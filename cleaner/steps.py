"""The per-document steps of one cleaning pass (repair -> segment -> rules -> in-document dedup)
and the settle that repeats them on their own output.

Pure functions of a document, its configuration and the compiled rules (the memos only save
work), so the same calls run in this process or in a worker's (pipeline.py decides which).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from .config import Config
from .dedup import UnitMemo, dedup_within
from .memo import LINE_CHARS, LINE_LIMIT, Memo
from .normalize import repair
from .rules import RuleEngine, RulesConfig
from .segment import Span, segment
from .settle import settle
from .types import Document


@dataclass
class PassMemos:
    """What the per-document steps remember between passes and documents: answers that depend
    on a text alone (a segment's dedup tokens, a line's sentence spans), so a hit or a miss
    changes only the cost. One per cleaning run or worker process."""

    units: UnitMemo = field(default_factory=UnitMemo)
    spans: Memo[tuple[Span, ...]] = field(default_factory=lambda: Memo(LINE_LIMIT, LINE_CHARS))


def settles_after_corpus(doc: Document, config: Config) -> bool:
    """Whether a corpus run leaves a document's settle until after the corpus step.

    The settle's first rerun on a first pass's output almost always removes nothing, and the
    corpus step then changes about half of the documents, which settle again: one rerun too
    many. Settled once, after the corpus step, a document gets the same output (the hash-check
    inputs: byte-identical) for 2.1 passes instead of 2.6. HTML documents never settle before
    the corpus step (their blocks carry structure a rerun on text lacks), so nothing waits.
    """
    dedup = config.dedup
    return config.settle and dedup.enabled and dedup.across_documents and not doc.paragraphs


@lru_cache(maxsize=4)
def compiled_rules(config: RulesConfig) -> RuleEngine:
    """One compiled engine per rules configuration and process (compiling costs 0.2-0.7 s, and
    `clean_text` in a loop would pay it per call). The engine keeps no per-document state."""
    return RuleEngine(config)


def prepare_document(
    doc: Document,
    config: Config,
    rules: RuleEngine,
    memos: PassMemos | None = None,
    templates: frozenset[int] | None = None,
    settle_now: bool = True,
) -> Document:
    """The per-document steps, repeated on their own output until it no longer changes;
    `templates`: the site template lines a run's plan knows for the document's source;
    `settle_now` False: one pass only, the caller settles later (`settles_after_corpus`)."""
    declared = doc.lang
    from_reader = bool(doc.paragraphs)  # HTML blocks: structure signals a rerun on text would lack
    one_pass(doc, config, rules, memos, templates)
    if not config.settle or from_reader or not settle_now:
        return doc
    return settle_document(doc, config, rules, memos, declared, templates)


def settle_document(
    doc: Document,
    config: Config,
    rules: RuleEngine,
    memos: PassMemos | None = None,
    declared: str | None = None,
    templates: frozenset[int] | None = None,
) -> Document:
    """Run the per-document steps on `doc`'s output until a pass removes nothing (settle.py);
    `declared`: the language the input declared (None: guessed again from the output)."""
    return settle(doc, lambda again: one_pass(again, config, rules, memos, templates), declared)


def one_pass(
    doc: Document, config: Config, rules: RuleEngine, memos: PassMemos | None = None, templates: frozenset[int] | None = None
) -> Document:
    if config.repair:
        text, repairs = repair(doc.text)
        if repairs:
            if doc.paragraphs:  # HTML blocks: offsets would move, let segmentation redo them
                doc.paragraphs = []
            doc.text = text
            doc.repairs.extend(repairs)
    segment(doc, memos.spans if memos is not None else None)
    if config.rules.enabled:
        rules.apply(doc)
    if dedup_within(doc, config.dedup, memos.units if memos is not None else None, templates) and config.rules.enabled:
        rules.rescore(doc)
    return doc
