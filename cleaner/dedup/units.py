"""The pieces of a document that dedup compares, and writing their fates back into it.

A unit is a kept segment after the rules, or a piece of one: a segment glued from two sentences
by a lowercase start ("...leurs pays. rendu en train blindé...", a teaser cut mid-sentence) is
compared piece by piece, and only split in the document when a piece is actually removed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from ..types import Document, Location, Removal, Segment
from .text import exact_key, looks_truncated, shingle_hashes, token_hashes, tokens

# A sentence end followed by a lowercase letter: a seam inside one segment.
_GLUED_SEAM = re.compile(r"([.!?…][\"'»”’)]*)(\s+)(?=[a-zà-öø-ÿ])")


@dataclass(slots=True, eq=False)
class Unit:
    """One compared span: where it is, its normalised tokens and keys, and what dedup decided."""

    index: int
    paragraph: int
    segment: int
    start: int
    end: int
    toks: list[str]
    key: int
    truncated: bool
    hashes: np.ndarray
    cover: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=np.uint32))
    duplicate_of: "Unit | None" = None
    rule: str = ""
    similarity: float | None = None
    removal: Removal | None = None

    @property
    def kept(self) -> bool:
        return self.duplicate_of is None and self.removal is None

    def joined(self) -> str:
        return " " + " ".join(self.toks) + " "


def collect_units(doc: Document, coverage_words: int) -> list[Unit]:
    """Units of every segment still kept after the rules, in text order (empty ones skipped)."""
    units: list[Unit] = []
    for p_index, par in enumerate(doc.paragraphs):
        if par.removal is not None:
            continue
        for s_index, seg in enumerate(par.segments):
            if seg.removal is not None:
                continue
            for start, end in _pieces(doc.text, seg.start, seg.end):
                text = doc.text[start:end]
                toks = tokens(text)
                if not toks:
                    continue
                hashes = token_hashes(toks)
                units.append(
                    Unit(
                        index=len(units),
                        paragraph=p_index,
                        segment=s_index,
                        start=start,
                        end=end,
                        toks=toks,
                        key=exact_key(toks),
                        truncated=looks_truncated(text),
                        hashes=hashes,
                        cover=shingle_hashes(hashes, coverage_words),
                    )
                )
    return units


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces = []
    pos = start
    for match in _GLUED_SEAM.finditer(text, start, end):
        pieces.append((pos, match.end(1)))
        pos = match.end(2)
    pieces.append((pos, end))
    return pieces


def final_original(unit: Unit) -> Unit:
    """Follow in-document duplicate links to the unit that is kept."""
    seen = 0
    while unit.duplicate_of is not None and seen < 1000:
        unit = unit.duplicate_of
        seen += 1
    return unit


def write_back(doc: Document, units: list[Unit]) -> None:
    """Turn unit decisions into `Removal`s on segments, splitting a segment only where needed."""
    by_segment: dict[tuple[int, int], list[Unit]] = {}
    for unit in units:
        if unit.duplicate_of is not None and unit.removal is None:
            original = final_original(unit)
            unit.removal = Removal(
                reason="duplicate",
                rule=unit.rule,
                original=Location(doc.id, original.start, original.end),
                similarity=unit.similarity,
            )
        by_segment.setdefault((unit.paragraph, unit.segment), []).append(unit)
    for p_index, par in enumerate(doc.paragraphs):
        replaced: list[Segment] = []
        changed = False
        for s_index, seg in enumerate(par.segments):
            group = by_segment.get((p_index, s_index))
            if not group or all(u.removal is None for u in group):
                replaced.append(seg)
                continue
            changed = True
            replaced.extend(_split(doc.text, seg, group))
        if changed:
            par.segments = replaced


def _split(text: str, seg: Segment, group: list[Unit]) -> list[Segment]:
    """The segment cut at its unit boundaries; whitespace-only gaps join the previous piece."""
    if len(group) == 1 and group[0].start <= seg.start and group[0].end >= seg.end:
        return [Segment(seg.start, seg.end, group[0].removal)]
    pieces: list[Segment] = []
    pos = seg.start
    for unit in group:
        if unit.start > pos:
            gap = Segment(pos, unit.start)
            if pieces and not text[pos : unit.start].strip():
                pieces[-1] = Segment(pieces[-1].start, unit.start, pieces[-1].removal)
            else:
                pieces.append(gap)
        pieces.append(Segment(unit.start, unit.end, unit.removal))
        pos = unit.end
    if pos < seg.end:
        if pieces and not text[pos : seg.end].strip():
            pieces[-1] = Segment(pieces[-1].start, seg.end, pieces[-1].removal)
        else:
            pieces.append(Segment(pos, seg.end))
    return pieces
