"""Where each shingle value occurs in one document: the in-document pass's look-up of "which
units hold these shingles" (dedup/document.py), by binary search over the sorted shingles.
"""

from __future__ import annotations

import numpy as np

from .coverage import padded_coverage
from .units import DocTokens, Unit, index_type


class ShingleIndex:
    """Where each shingle value occurs in the document, found by binary search.

    Asking which units hold a unit's shingles then costs the size of the answer, not a scan of
    the whole document (a page of thousands of repeated lines made that quadratic).
    """

    def __init__(self, sh: np.ndarray, sh_unit: np.ndarray, doc_tokens: DocTokens, size: int):
        self.sh = sh
        self.sh_unit = sh_unit
        self.order: np.ndarray | None = None  # sorted on first use: most pages never ask
        self.sorted = sh
        self._doc_tokens = doc_tokens
        self._size = size

    def cover(self, unit: Unit) -> np.ndarray:
        """The coverage shingles lying wholly inside `unit`, in text order (an index made with
        the document's tokens and the shingle size)."""
        return self._doc_tokens.unit_shingles(unit.index, self._size)

    def holders(self, values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(value number, unit) of every occurrence of each of the distinct sorted `values`,
        grouped by value, each group in text order."""
        if self.order is None:
            # equal values stay in text order; int32 positions (where they fit) halve what the
            # index holds for the rest of the pass on a page of millions of tokens
            self.order = np.argsort(self.sh, kind="stable").astype(index_type(len(self.sh)), copy=False)
            self.sorted = self.sh[self.order]
        lo = np.searchsorted(self.sorted, values, side="left")
        counts = np.searchsorted(self.sorted, values, side="right") - lo
        which = np.repeat(np.arange(len(values)), counts)
        offsets = np.repeat(lo - (np.cumsum(counts) - counts), counts)
        positions = self.order[offsets + np.arange(len(which))]
        return which, self.sh_unit[positions]

    def padded_share(self, unit: Unit, original: Unit) -> float:
        """The share of `unit` that `original` covers, their edges counted as their middles
        (`coverage.padded_coverage`)."""
        tokens = self._doc_tokens
        return padded_coverage(self.cover(unit), self.cover(original), tokens.unit_shingles(unit.index, 1),
                               tokens.unit_shingles(original.index, 1), self._size)
