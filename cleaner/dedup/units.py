"""The pieces of a document that dedup compares, and writing their fates back into it.

A unit is a kept segment after the rules, or a piece of one (see `pieces.py`): a segment glued
from two sentences is compared piece by piece, and only split in the document when a piece is
actually removed.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import chain

import numpy as np

from ..types import Document, Location, Paragraph, Removal, Segment
from .pieces import NO_SHINGLES, Piece, UnitMemo
from .text import shingle_hashes

# Segment texts per memo lookup (see `kept_pieces`).
_CHUNK = 4096


@dataclass(slots=True, eq=False)
class Unit:
    """One compared span: where it is, its normalised tokens and keys, and what dedup decided.

    `index` is its place in the document's unit list (and in `DocTokens`, whose `unit_shingles`
    gives the coverage shingles lying wholly inside it: a numpy view per unit cost 112 bytes a
    sentence, and only the few units a search reaches read theirs).
    """

    index: int
    paragraph: int
    segment: int
    start: int
    end: int
    toks: list[str]
    words: int  # len(toks), read by every pass (a `Tokens`' length is a Python call)
    key: int
    truncated: bool
    duplicate_of: "Unit | None" = None
    # The first unit only (the only headline candidate, see headline.lone_headline): no sentence
    # mark at its end, no sign of a cut.
    heading_like: bool = False
    # What the unit was made from (its text, whether it ends like a sentence: read by the rare
    # checks that need more than tokens, see headline.HeadlineQuote).
    piece: Piece | None = None
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
    """The token hashes of the document's units laid end to end (`lengths`: tokens per unit),
    and the shingles of each size that stay inside one unit, worked out once per size."""

    hashes: np.ndarray
    lengths: np.ndarray
    unsegmented: bool = True  # whether a token may be a character of an unsegmented script
    _by_size: dict[int, tuple[np.ndarray, np.ndarray]] = field(default_factory=dict)
    _streams: dict[int, np.ndarray] = field(default_factory=dict)
    _firsts: np.ndarray | None = None  # where each unit's tokens start in the stream

    def unit_shingles(self, index: int, size: int) -> np.ndarray:
        """The `size`-token shingles lying wholly inside unit `index` (a view of `stream(size)`;
        empty for a unit of fewer tokens)."""
        words = int(self.lengths[index])
        if words < size:
            return NO_SHINGLES
        if self._firsts is None:
            self._firsts = np.cumsum(self.lengths) - self.lengths
        lo = int(self._firsts[index])
        return self.stream(size)[lo : lo + words - size + 1]

    def stream(self, size: int) -> np.ndarray:
        """Every `size`-token shingle of the whole stream, across unit ends too (the one
        starting at token i is at i)."""
        found = self._streams.get(size)
        if found is None:
            found = self._streams[size] = shingle_hashes(self.hashes, size)
        return found

    def shingles(self, size: int) -> tuple[np.ndarray, np.ndarray]:
        """(hashes, unit) of every `size`-token shingle that stays inside one unit (unit numbers
        as int32 where they fit: a document can have millions of tokens)."""
        found = self._by_size.get(size)
        if found is None:
            unit_of = self.token_units()
            starts = self._starts(size, unit_of)
            found = self._by_size[size] = (self.stream(size)[starts], unit_of[starts])
        return found

    def token_units(self) -> np.ndarray:
        """The unit of each token (int32 where it fits); a shingle of `size` tokens starting at
        i stays inside one unit when tokens i and i + size - 1 have the same one."""
        lengths = self.lengths
        return np.repeat(np.arange(len(lengths), dtype=index_type(len(lengths))), lengths)

    def starts(self, size: int) -> np.ndarray:
        """Where each of `shingles(size)` starts in the token stream (worked out again on each
        call, not kept: only the in-document pass asks, once)."""
        return self._starts(size, self.token_units())

    def _starts(self, size: int, unit_of: np.ndarray) -> np.ndarray:
        count = len(self.stream(size))
        inside = unit_of[:count] == unit_of[size - 1 : size - 1 + count]
        # positions picked from a narrow range, not `flatnonzero`'s int64 ones cast down: on a
        # page of millions of tokens that temporary was the peak of the in-document pass
        return np.arange(count, dtype=index_type(len(self.hashes)))[inside]


def index_type(count: int) -> type:
    """The narrowest integer type for positions or counts up to `count` (int32 where it fits:
    arrays of one entry per token of a huge page halve)."""
    return np.int32 if count < 1 << 31 else np.int64


@dataclass(slots=True)
class KeptPieces:
    """The pieces of a document's kept segments in text order, and where each one lies."""

    places: list[tuple[int, int, int]]  # (paragraph, segment, offset of the segment) per piece
    pieces: list[Piece]

    def doc_tokens(self) -> DocTokens:
        pieces = self.pieces
        if not pieces:
            return DocTokens(NO_SHINGLES, np.empty(0, dtype=np.int64), False)
        lengths = np.fromiter([p.words for p in pieces], dtype=np.int64, count=len(pieces))
        unsegmented = any([p.unsegmented for p in pieces])
        return DocTokens(np.frombuffer(b"".join([p.packed for p in pieces]), dtype=np.uint32), lengths, unsegmented)


def kept_pieces(doc: Document, memo: UnitMemo | None = None) -> KeptPieces:
    """The pieces of every segment still kept after the rules (empty ones have none); without a
    long-lived `memo`, every text is tokenised and hashed afresh.

    Segments are looked up `_CHUNK` at a time: what a lookup builds around each text (lists,
    the dict of new ones) then lives for one chunk, not for the million sentences of a page.
    """
    memo = memo if memo is not None else UnitMemo()
    kept = KeptPieces([], [])
    offsets: list[tuple[int, int, int]] = []
    texts: list[str] = []
    text = doc.text
    for p_index, par in enumerate(doc.paragraphs):  # `_kept_segments`, without a generator
        if par.removal is not None:
            continue
        for s_index, seg in enumerate(par.segments):
            if seg.removal is None:
                offsets.append((p_index, s_index, seg.start))
                texts.append(text[seg.start : seg.end])
                if len(texts) >= _CHUNK:
                    _add_pieces(kept, offsets, memo.pieces_of(texts))
                    offsets, texts = [], []
    _add_pieces(kept, offsets, memo.pieces_of(texts))
    return kept


def kept_texts(doc: Document) -> list[str]:
    """The texts of the segments `kept_pieces` reads, in the same order."""
    return [doc.text[seg.start : seg.end] for _, _, seg in _kept_segments(doc)]


def _kept_segments(doc: Document) -> Iterator[tuple[int, int, Segment]]:
    """(paragraph index, segment index, segment) of each segment the rules left, in text order."""
    for p_index, par in enumerate(doc.paragraphs):
        if par.removal is None:
            for s_index, seg in enumerate(par.segments):
                if seg.removal is None:
                    yield p_index, s_index, seg


def _add_pieces(kept: KeptPieces, offsets: list[tuple[int, int, int]], found: list[tuple[Piece, ...]]) -> None:
    flat = list(chain.from_iterable(found))
    if len(flat) == len(offsets) and () not in found:  # one piece per segment (almost always)
        kept.places += offsets
        kept.pieces += flat
        return
    for place, pieces in zip(offsets, found):
        for piece in pieces:
            kept.places.append(place)
            kept.pieces.append(piece)


def make_units(kept: KeptPieces, short_below: int = 1 << 30) -> list[Unit]:
    """One unit per kept piece; `truncated` is only worked out for units shorter than
    `short_below` tokens (the only ones that use it). Their coverage shingles are the
    document's (`DocTokens.unit_shingles`), worked out when a pass first asks."""
    units: list[Unit] = []
    for index, ((p_index, s_index, base), piece) in enumerate(zip(kept.places, kept.pieces)):
        size = piece.words
        truncated = size < short_below and piece.looks_truncated()
        unit = Unit(index, p_index, s_index, base + piece.start, base + piece.end, piece.toks, size, piece.key, truncated)
        unit.heading_like = index == 0 and not piece.ends_sentence() and not piece.looks_truncated()
        unit.piece = piece
        units.append(unit)
    return units


def collect_units(doc: Document, memo: UnitMemo | None = None, short_below: int = 1 << 30) -> tuple[list[Unit], DocTokens]:
    """Units of every segment still kept after the rules, in text order, and their tokens
    (`short_below`: see `make_units`).

    Each kept segment is tokenised once per distinct text while `memo` holds it.
    """
    kept = kept_pieces(doc, memo)
    doc_tokens = kept.doc_tokens()
    return make_units(kept, short_below), doc_tokens


def final_original(unit: Unit) -> Unit:
    """Follow in-document duplicate links to the unit that is kept."""
    seen = 0
    while unit.duplicate_of is not None and seen < 1000:
        unit = unit.duplicate_of
        seen += 1
    return unit


def write_back(doc: Document, units: list[Unit]) -> None:
    """Turn unit decisions into `Removal`s on segments, splitting a segment only where needed."""
    touched = False
    for unit in units:
        if unit.duplicate_of is not None and unit.removal is None:
            original = final_original(unit)
            unit.removal = Removal(
                reason="duplicate",
                rule=unit.rule,
                original=Location(doc.id, original.start, original.end),
                similarity=unit.similarity,
            )
        touched = touched or unit.removal is not None
    if not touched:
        return
    paragraph, replaced, done = -1, [], 0  # the paragraph being rebuilt, its segments so far, segments read
    for p_index, s_index, group in _touched_segments(units):
        if p_index != paragraph:
            if paragraph >= 0:
                _finish(doc.paragraphs[paragraph], replaced, done)
            paragraph, replaced, done = p_index, [], 0
        segments = doc.paragraphs[p_index].segments
        replaced += segments[done:s_index]
        replaced += _split(doc.text, segments[s_index], group)
        done = s_index + 1
    _finish(doc.paragraphs[paragraph], replaced, done)


def follow_moved_originals(doc: Document) -> None:
    """A repeat inside the document points to its first copy there; when the corpus step then
    removed that copy (another document's copy, site template, a whole copy), the repeat goes
    as the first copy went, pointing where it points: no removal points to removed text."""
    moved: dict[tuple[int, int], Removal] = {}
    repeats: list[Segment] = []
    for par in doc.paragraphs:
        for seg in par.segments:
            removal = seg.removal
            if removal is not None and removal.original is not None:
                if removal.original.doc != doc.id:
                    moved[seg.start, seg.end] = removal
                else:
                    repeats.append(seg)
    for seg in repeats if moved else ():
        original = seg.removal.original  # type: ignore[union-attr]
        seg.removal = moved.get((original.start, original.end), seg.removal)


def _finish(par: Paragraph, replaced: list[Segment], done: int) -> None:
    """The paragraph's segments: those rebuilt, then the rest as they were."""
    replaced += par.segments[done:]
    par.segments = replaced


def _touched_segments(units: list[Unit]) -> Iterator[tuple[int, int, list[Unit]]]:
    """(paragraph, segment, its units) of each segment holding a removed unit, in text order:
    units lie in text order, so a segment's units are consecutive. (A set of the touched places
    and a dict of one list per segment cost a few hundred bytes a sentence at the peak of a
    huge page where most sentences go.)"""
    start, count = 0, len(units)
    while start < count:
        place = (units[start].paragraph, units[start].segment)
        end = start + 1
        while end < count and units[end].paragraph == place[0] and units[end].segment == place[1]:
            end += 1
        group = units[start:end]
        if any(unit.removal is not None for unit in group):
            yield place[0], place[1], group
        start = end


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
