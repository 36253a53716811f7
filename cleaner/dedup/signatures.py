"""MinHash signatures for many shingle sets at once, bit-identical to datasketch.

datasketch's `MinHash(num_perm, seed, hashfunc=shingle_hash)` (its default "affine32" scheme)
pre-mixes each 32-bit input hash with the MurmurHash3 finalizer and applies `a*h + b mod 2^32`
for each permutation, keeping the minimum. Building one `MinHash` object per paragraph costs far
more than the arithmetic, so here all shingles of a batch go through one numpy expression and
`np.minimum.reduceat` splits the minima per set. A test checks equality with datasketch.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import accumulate

import numpy as np

from .text import fmix32

EMPTY = np.uint32(0xFFFFFFFF)
_ROWS_PER_CHUNK = 1 << 16


@dataclass(frozen=True)
class Permutations:
    """The `num_perm` affine permutations datasketch draws from `seed` (odd `a`, any `b`)."""

    a: np.ndarray
    b: np.ndarray

    @classmethod
    def create(cls, num_perm: int, seed: int) -> "Permutations":
        if num_perm < 1:
            raise ValueError(f"num_perm must be positive, got {num_perm}")
        gen = np.random.RandomState(seed)
        a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
        b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
        return cls(a, b)

    @property
    def num_perm(self) -> int:
        return len(self.a)


def signatures(sets: list[np.ndarray], perms: Permutations) -> np.ndarray:
    """One MinHash signature (row of uint32) per shingle-hash array; empty arrays give all-max rows.

    Pure function of its inputs, so worker processes can compute it for a parallel runner. The
    permuted values are laid out one permutation per row (each row's minima per set are then a
    reduction over contiguous memory): half the time of one shingle per row on a page's sets.
    """
    lengths = [len(s) for s in sets]
    filled = [i for i, size in enumerate(lengths) if size]
    a, b = perms.a[:, None], perms.b[:, None]
    one_chunk = sum(lengths) <= _ROWS_PER_CHUNK  # as the loop below would make it
    if one_chunk and filled and len(filled) == len(sets):  # no empty set (most pages): all rows
        return _minima(sets, filled, lengths, a, b).T.copy()
    out = np.full((len(sets), perms.num_perm), EMPTY, dtype=np.uint32)
    if not filled:
        return out
    if one_chunk:
        out[filled] = _minima(sets, filled, lengths, a, b).T
        return out
    start = 0
    while start < len(filled):
        stop, rows = start, 0
        while stop < len(filled) and (rows == 0 or rows + lengths[filled[stop]] <= _ROWS_PER_CHUNK):
            rows += lengths[filled[stop]]
            stop += 1
        out[filled[start:stop]] = _minima(sets, filled[start:stop], lengths, a, b).T
        start = stop
    return out


def _minima(sets: list[np.ndarray], chosen: list[int], lengths: list[int], a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """The signatures of the (non-empty) sets numbered `chosen`, in one numpy pass, one
    permutation per row (num_perm, sets)."""
    values = fmix32(np.concatenate([sets[i] for i in chosen]).astype(np.uint32, copy=False))
    permuted = np.multiply(a, values[None, :])  # (num_perm, shingles); wraps around, no warning
    permuted += b
    offsets = list(accumulate([lengths[i] for i in chosen[:-1]], initial=0))
    return np.minimum.reduceat(permuted, offsets, axis=1)

