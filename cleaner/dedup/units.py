"""The pieces of a document that dedup compares, and writing their fates back into it.

A unit is a kept segment after the rules, or a piece of one: a segment glued from two sentences
by a lowercase start ("...leurs pays. rendu en train blindé...", a teaser cut mid-sentence) is
compared piece by piece, and only split in the document when a piece is actually removed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import chain

import numpy as np
import xxhash

from ..types import Document, Location, Removal, Segment
from .text import exact_key, looks_truncated, shingle_hashes, tokens, tokens_between

# The (read-only) shingle array of units too short to have shingles.
_NO_SHINGLES = np.empty(0, dtype=np.uint32)
_NO_SHINGLES.flags.writeable = False

# A sentence end followed by a lowercase letter: a seam inside one segment.
_GLUED_SEAM = re.compile(r"([.!?…][\"'»”’)]*)(\s+)(?=[a-zà-öø-ÿ])")


@dataclass(slots=True, eq=False)
class Unit:
    """One compared span: where it is, its normalised tokens and keys, and what dedup decided.

    `lo`/`hi` index the document's flat token arrays (`DocTokens`); `cover` is a view of the
    in-document coverage shingles that lie wholly inside this unit.
    """

    index: int
    paragraph: int
    segment: int
    start: int
    end: int
    toks: list[str]
    key: int
    truncated: bool
    lo: int = 0
    hi: int = 0
    cover: np.ndarray = field(default_factory=lambda: _NO_SHINGLES)
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
    """All units' token hashes laid end to end, and which unit each token belongs to."""

    hashes: np.ndarray
    unit_of: np.ndarray
    unit_end: np.ndarray

    def shingles(self, size: int) -> tuple[np.ndarray, np.ndarray]:
        """(hashes, unit) of every `size`-token shingle that stays inside one unit."""
        grams = shingle_hashes(self.hashes, size)
        if not len(grams):
            return grams, np.empty(0, dtype=np.int64)
        inside = np.arange(len(grams)) + size <= self.unit_end[: len(grams)]
        return grams[inside], self.unit_of[: len(grams)][inside]


class TokenHasher:
    """xxhash of tokens with a bounded memo: news vocabulary is Zipfian, most tokens repeat."""

    def __init__(self, max_entries: int = 1 << 20):
        self.max_entries = max_entries
        self._memo: dict[str, int] = {}

    def __call__(self, toks: list[str]) -> list[int]:
        """Hash of each token; only tokens new to the memo are hashed (found with C-level set
        operations, not a Python loop over every token). The result never depends on the
        order in which new tokens are added: each hash is a pure function of its token."""
        memo = self._memo
        missing = set(toks).difference(memo)  # iterates over toks, looks each up in memo
        if missing:
            if len(memo) + len(missing) > self.max_entries:
                memo.clear()
                missing = set(toks)
            memo.update(zip(missing, map(_token_hash, missing)))
        return list(map(memo.__getitem__, toks))


def _token_hash(token: str) -> int:
    return xxhash.xxh32_intdigest(token.encode("utf-8"))


def collect_units(doc: Document, coverage_words: int, hasher: TokenHasher | None = None, short_below: int = 1 << 30) -> tuple[list[Unit], DocTokens]:
    """Units of every segment still kept after the rules, in text order (empty ones skipped).

    Tokens are hashed in one call per document (one dict lookup per token when the hasher has
    seen them). `truncated` is only worked out for units shorter than `short_below` tokens (the
    only ones that use it).
    """
    hasher = hasher or TokenHasher()
    text = doc.text
    spans, token_lists = _unit_tokens(doc)
    lengths = np.fromiter(map(len, token_lists), dtype=np.int64, count=len(token_lists))
    ends = np.cumsum(lengths)
    hashes = np.array(hasher(list(chain.from_iterable(token_lists))), dtype=np.uint32)
    cover = shingle_hashes(hashes, coverage_words)
    units: list[Unit] = []
    for index, ((p_index, s_index, start, end), toks, hi) in enumerate(zip(spans, token_lists, ends.tolist())):
        lo = hi - len(toks)
        truncated = len(toks) < short_below and looks_truncated(text[start:end])
        unit_cover = cover[lo : hi - coverage_words + 1] if hi - lo >= coverage_words else _NO_SHINGLES
        units.append(Unit(index, p_index, s_index, start, end, toks, exact_key(toks), truncated, lo, hi, unit_cover))
    unit_of = np.repeat(np.arange(len(units), dtype=np.int64), lengths)
    unit_end = np.repeat(ends, lengths)
    return units, DocTokens(hashes, unit_of, unit_end)


def _unit_tokens(doc: Document) -> tuple[list[tuple[int, int, int, int]], list[list[str]]]:
    """(paragraph, segment, start, end) and normalised tokens of each non-empty kept piece."""
    text = doc.text
    folded = text.casefold()
    aligned = len(folded) == len(text)  # casefolding may lengthen a text (ß -> ss)
    spans: list[tuple[int, int, int, int]] = []
    token_lists: list[list[str]] = []
    for p_index, par in enumerate(doc.paragraphs):
        if par.removal is not None:
            continue
        for s_index, seg in enumerate(par.segments):
            if seg.removal is not None:
                continue
            for start, end in _pieces(text, seg.start, seg.end):
                toks = tokens_between(folded, start, end) if aligned else tokens(text[start:end])
                if toks:
                    spans.append((p_index, s_index, start, end))
                    token_lists.append(toks)
    return spans, token_lists


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    if _GLUED_SEAM.search(text, start, end) is None:
        return [(start, end)]
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
