"""Near duplicates across documents: which indexed block a new block (a paragraph, or one of its
sentences) copies, confirmed on the shingle sets the LSH candidates point to.

Pure functions over one document's blocks; `corpus.CorpusMemory` decides what a match means.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .store import Seen
from .text import distinct_of_sorted
from .units import DocTokens, Unit


@dataclass(frozen=True, slots=True)
class NearMatch:
    """An indexed block holding `similarity` of a new block's shingles, and those shingles."""

    key: int
    similarity: float
    shingles: np.ndarray


@dataclass(slots=True)
class BlockResult:
    """One block's look-up: its band keys and shingles (to index it when new), the match and
    where its original was seen, if any, and whether the LSH bands met any candidate at all (a
    near miss: a copied sentence may sit in a paragraph of new ones). Not frozen: one is made
    per paragraph and sentence of every page, and a frozen one costs four times as much to make."""

    bands: np.ndarray
    shingles: np.ndarray
    match: NearMatch | None
    seen: Seen | None
    met: bool


def best_match(shingles: np.ndarray, candidates: list[tuple[int, np.ndarray]], threshold: float) -> NearMatch | None:
    """The candidate containing the largest share of this block's shingles, if at least
    `threshold`: a copy with a few words changed, or a shorter (truncated, earlier) version.

    Containment of the new block, not Jaccard: a longer updated version shares most of an old
    block's shingles without being contained in it, and its new sentences must survive."""
    best: tuple[float, int, np.ndarray] | None = None
    for key, other in candidates:
        common = len(np.intersect1d(shingles, other, assume_unique=True))
        contained = common / len(shingles) if len(shingles) else 0.0
        if contained >= threshold and (best is None or (contained, -key) > (best[0], -best[1])):
            best = (contained, key, other)
    return None if best is None else NearMatch(best[1], round(best[0], 4), best[2])


class TokenStarts:
    """Where each unit's tokens start in the document's token stream: one cumulative sum per
    document, on first need (a sum per matched unit was quadratic on long documents full of
    near copies)."""

    def __init__(self, doc_tokens: DocTokens):
        self.tokens = doc_tokens
        self._starts: np.ndarray | None = None

    def __getitem__(self, index: int) -> int:
        if self._starts is None:
            self._starts = np.concatenate(([0], np.cumsum(self.tokens.lengths)))
        return int(self._starts[index])


def new_run(starts: TokenStarts, unit: Unit, original: np.ndarray, size: int) -> int:
    """The longest run of the unit's tokens that no shingle of `original` (sorted unique
    hashes) covers: the words a near copy added to the sentence it copied."""
    doc_tokens = starts.tokens
    start, count = starts[unit.index], int(doc_tokens.lengths[unit.index])
    if count < size:
        return count
    hashes = doc_tokens.stream(size)[start : start + count - size + 1].astype(np.uint32)
    covered = np.zeros(count, dtype=bool)
    for at in np.flatnonzero(np.isin(hashes, original, assume_unique=False)):
        covered[at : at + size] = True
    longest = run = 0
    for flag in covered.tolist():
        run = 0 if flag else run + 1
        longest = max(longest, run)
    return longest


def sentence_blocks(blocks: list[list[Unit]], min_words: int, known: set[int] | dict) -> list[list[Unit]]:
    """The sentences of `blocks` (paragraphs that matched no indexed block) worth a look of their
    own: kept, `min_words` tokens or more, not already known word for word."""
    return [[u] for block in blocks for u in block if u.kept and u.words >= min_words and u.key not in known]


def block_shingle_sets(layers: list[list[list[Unit]]], n_units: int, first: np.ndarray, inside: np.ndarray, stream: np.ndarray) -> list[np.ndarray]:
    """The shingle sets of the blocks of `layers`, numbered in order across them, by one sort
    of (block, shingle) pairs; `first`: the unit of each shingle's first token, `inside`: whether
    the shingle stays inside that unit."""
    rows: list[list[int]] = []
    number = 0
    for blocks in layers:
        block_of_unit = [-1] * n_units
        for block in blocks:
            for unit in block:
                block_of_unit[unit.index] = number
            number += 1
        rows.append(block_of_unit)
    # One 8-byte (block, shingle) pair per chosen shingle, built and sorted in place: the
    # temporaries of `(owner << 32) | values` held ~40 bytes a shingle at once (~360 MB on a
    # 50 MB page), these ~17. Block numbers fit in int32 (one per unit at most).
    owner = np.array(rows, dtype=np.int32)[:, first]  # (layers, shingles)
    chosen = (owner >= 0) & inside
    combined = owner[chosen].astype(np.uint64)
    del owner
    combined <<= np.uint64(32)
    combined |= np.broadcast_to(stream, chosen.shape)[chosen]
    del chosen
    combined = _sorted_unique_in_place(combined)
    hashes = combined.astype(np.uint32)  # the low 32 bits
    combined >>= np.uint64(32)
    block_ids = combined.view(np.int64)  # block numbers: non-negative, below 2**31
    bounds = np.searchsorted(block_ids, np.arange(number + 1)).tolist()
    del combined, block_ids
    return [hashes[bounds[i] : bounds[i + 1]] for i in range(number)]


def _sorted_unique_in_place(values: np.ndarray) -> np.ndarray:
    """`sorted_unique(values)`, sorting `values` itself instead of a copy."""
    values.sort()
    return distinct_of_sorted(values)


def whole_paragraph(block: list[Unit], groups: list[list[Unit]]) -> bool:
    return any(len(g) == 1 and g[0] is block[0] for g in groups)
