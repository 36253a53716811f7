"""The data that flows through the pipeline.

One `Document` travels reader -> normalize -> segment -> rules -> dedup -> writer. Every step
only *marks* segments (sets `Segment.removal`) or refines them (splits a segment into pieces);
no step rewrites `Document.text`, so every offset stays valid from the first step to the report.

Offsets are character offsets into `Document.text`, i.e. the text after decoding and repair
(which is byte-for-byte the input when no repair was needed: see `Document.repairs`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterator, Literal

Reason = Literal["boilerplate", "duplicate"]


@dataclass(frozen=True, slots=True)
class Location:
    """Where a span lives: a document id and character offsets into its text."""

    doc: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Removal:
    """Why a span was removed.

    `rule` names the rule or dedup pass (e.g. ``fr.aggregator.lire-la-suite`` or
    ``dedup.exact.sentence``); `original` points to the kept copy for duplicates.
    """

    reason: Reason
    rule: str
    score: float | None = None
    original: Location | None = None
    similarity: float | None = None


@dataclass(slots=True)
class Segment:
    """A sentence (or a piece of one, after an inline rule cut it) inside a paragraph."""

    start: int
    end: int
    removal: Removal | None = None

    @property
    def kept(self) -> bool:
        return self.removal is None


@dataclass(slots=True)
class Paragraph:
    """A block of text (one input line, or one HTML block) and the segments covering it.

    A paragraph's `removal` applies to all of its segments; segments carry their own removal
    when only part of the paragraph goes.
    """

    start: int
    end: int
    segments: list[Segment] = field(default_factory=list)
    removal: Removal | None = None
    signals: dict[str, float] = field(default_factory=dict)

    @property
    def kept(self) -> bool:
        if self.removal is not None:
            return False
        for seg in self.segments:  # a plain loop: asked ~100k times per 1,000 documents
            if seg.removal is None:
                return True
        return False

    def kept_segments(self) -> list[Segment]:
        return [s for s in self.segments if s.removal is None] if self.removal is None else []


@dataclass(slots=True)
class Document:
    """One input item: a file, or one JSONL record.

    `source` scopes template detection in dedup (site/domain from a URL, else the folder).
    `meta` keeps the other JSONL fields so they are written back untouched.
    """

    id: str
    text: str
    source: str = ""
    lang: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    paragraphs: list[Paragraph] = field(default_factory=list)
    repairs: list[str] = field(default_factory=list)
    duplicate_of: str | None = None

    def span_text(self, start: int, end: int) -> str:
        return self.text[start:end]

    def removals(self) -> Iterator[tuple[int, int, Removal]]:
        """Every removed span, in text order; a removed paragraph is reported once, whole."""
        for par in self.paragraphs:
            if par.removal is not None:
                yield par.start, par.end, par.removal
                continue
            for seg in par.segments:
                if seg.removal is not None:
                    yield seg.start, seg.end, seg.removal

    def kept_text(self, par: Paragraph) -> str:
        """A paragraph's kept segments joined by spaces, as the scorer and list step read it
        (a list, not a generator, into the join: asked ~40 times a page by the scorer's steps)."""
        if par.removal is not None:
            return ""
        text = self.text
        return " ".join([text[s.start : s.end] for s in par.segments if s.removal is None])

    def kept_paragraphs(self) -> Iterator[str]:
        """Canonical text of each kept paragraph: kept pieces in order, whitespace folded."""
        for par in self.paragraphs:
            pieces = [" ".join(self.text[s.start : s.end].split()) for s in par.kept_segments()]
            pieces = [p for p in pieces if p]
            if pieces:
                yield " ".join(pieces)

    def clean_text(self) -> str:
        """The canonical output: paragraphs separated by one blank line, one final newline."""
        paragraphs = list(self.kept_paragraphs())
        return "\n\n".join(paragraphs) + "\n" if paragraphs else ""


@dataclass(frozen=True, slots=True)
class CleanResult:
    """What the library returns for one text."""

    text: str
    removals: tuple[tuple[int, int, Removal], ...]
    document: Document
    duplicate_of: str | None = None
