"""The pieces of a document that dedup compares, and writing their fates back into it.

A unit is a kept segment after the rules, or a piece of one (see `pieces.py`): a segment glued
from two sentences is compared piece by piece, and only split in the document when a piece is
actually removed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from ..types import Document, Location, Removal, Segment
from .pieces import NO_SHINGLES, Piece, UnitMemo, piece_shingles


@dataclass(slots=True, eq=False)
class Unit:
    """One compared span: where it is, its normalised tokens and keys, and what dedup decided.

    `index` is its place in the document's unit list (and in `DocTokens`); `cover` holds its
    in-document coverage shingles (read-only, shared with equal texts).
    """

    index: int
    paragraph: int
    segment: int
    start: int
    end: int
    toks: list[str]
    key: int
    truncated: bool
    cover: np.ndarray
    duplicate_of: "Unit | None" = None
    rule: str = ""
    similarity: float | None = None
    removal: Removal | None = None

    @property
    def kept(self) -> bool:
        return self.duplicate_of is None and self.removal is None

    def joined(self) -> str:
        return " " + " ".join(self.toks) + " "


@dataclass(slots=True)
class DocTokens:
    """The document's pieces in unit order: what the shingle-level passes read.

    `shingles(size)` lays the shingles inside each unit end to end, with the unit each one
    belongs to; a piece's own shingles are worked out once (`piece_shingles`), so a rerun on
    equal text only concatenates them.
    """

    pieces: list[Piece]
    _by_size: dict[int, tuple[np.ndarray, np.ndarray]] = field(default_factory=dict)

    def shingles(self, size: int) -> tuple[np.ndarray, np.ndarray]:
        """(hashes, unit) of every `size`-token shingle that stays inside one unit."""
        found = self._by_size.get(size)
        if found is None:
            arrays = piece_shingles(self.pieces, size)
            counts = np.fromiter(map(len, arrays), dtype=np.int64, count=len(arrays))
            sh = np.concatenate(arrays) if arrays else NO_SHINGLES
            found = self._by_size[size] = (sh, np.repeat(np.arange(len(arrays), dtype=np.int64), counts))
        return found


@dataclass(slots=True)
class KeptPieces:
    """The pieces of a document's kept segments in text order, and where each one lies."""

    places: list[tuple[int, int, int]]  # (paragraph, segment, offset of the segment) per piece
    pieces: list[Piece]

    def doc_tokens(self) -> DocTokens:
        return DocTokens(self.pieces)


def kept_pieces(doc: Document, memo: UnitMemo) -> KeptPieces:
    """The pieces of every segment still kept after the rules (empty ones have none)."""
    text = doc.text
    offsets: list[tuple[int, int, int]] = []
    texts: list[str] = []
    for p_index, par in enumerate(doc.paragraphs):
        if par.removal is not None:
            continue
        for s_index, seg in enumerate(par.segments):
            if seg.removal is None:
                offsets.append((p_index, s_index, seg.start))
                texts.append(text[seg.start : seg.end])
    places: list[tuple[int, int, int]] = []
    pieces: list[Piece] = []
    for place, found in zip(offsets, memo.pieces_of(texts)):
        for piece in found:
            places.append(place)
            pieces.append(piece)
    return KeptPieces(places, pieces)


def make_units(kept: KeptPieces, coverage_words: int, short_below: int = 1 << 30) -> list[Unit]:
    """One unit per kept piece; `truncated` is only worked out for units shorter than
    `short_below` tokens (the only ones that use it)."""
    covers = piece_shingles(kept.pieces, coverage_words)
    units: list[Unit] = []
    for index, ((p_index, s_index, base), piece, cover) in enumerate(zip(kept.places, kept.pieces, covers)):
        truncated = len(piece.toks) < short_below and piece.looks_truncated()
        units.append(Unit(index, p_index, s_index, base + piece.start, base + piece.end, piece.toks, piece.key, truncated, cover))
    return units


def collect_units(doc: Document, coverage_words: int, memo: UnitMemo | None = None, short_below: int = 1 << 30) -> tuple[list[Unit], DocTokens]:
    """Units of every segment still kept after the rules, in text order, and their tokens.

    Each kept segment is tokenised once per distinct text while `memo` holds it.
    """
    kept = kept_pieces(doc, memo if memo is not None else UnitMemo())
    return make_units(kept, coverage_words, short_below), kept.doc_tokens()


def final_original(unit: Unit) -> Unit:
    """Follow in-document duplicate links to the unit that is kept."""
    seen = 0
    while unit.duplicate_of is not None and seen < 1000:
        unit = unit.duplicate_of
        seen += 1
    return unit


def write_back(doc: Document, units: list[Unit]) -> None:
    """Turn unit decisions into `Removal`s on segments, splitting a segment only where needed."""
    touched: set[tuple[int, int]] = set()
    for unit in units:
        if unit.duplicate_of is not None and unit.removal is None:
            original = final_original(unit)
            unit.removal = Removal(
                reason="duplicate",
                rule=unit.rule,
                original=Location(doc.id, original.start, original.end),
                similarity=unit.similarity,
            )
        if unit.removal is not None:
            touched.add((unit.paragraph, unit.segment))
    if not touched:
        return
    by_segment: dict[tuple[int, int], list[Unit]] = {}
    for unit in units:
        if (unit.paragraph, unit.segment) in touched:
            by_segment.setdefault((unit.paragraph, unit.segment), []).append(unit)
    for p_index in sorted({p for p, _ in touched}):
        par = doc.paragraphs[p_index]
        replaced: list[Segment] = []
        for s_index, seg in enumerate(par.segments):
            group = by_segment.get((p_index, s_index))
            replaced.extend(_split(doc.text, seg, group) if group else [seg])
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
