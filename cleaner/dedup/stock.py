"""The run's stock phrases, read before cleaning (plan.py) and asked of while cleaning (corpus.py):
a short line that is no reprint.

"The company did not respond to a request for comment." stands between the paragraphs of
unrelated articles of many sites; met one document at a time, the corpus step could only tell
that from the sources met so far, and removed it from the later ones as a copy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from .anchoring import distinct_rows
from .config import DedupConfig

if TYPE_CHECKING:
    from .memstore import MemoryStore
    from .store import IndexStore


def stock_phrases(
    rows: tuple[np.ndarray, np.ndarray, np.ndarray], inside: np.ndarray, source_of: np.ndarray, keys: np.ndarray, config: DedupConfig
) -> frozenset[int]:
    """Keys of the short sentence-shaped lines (under `stock_sentence_words` tokens) that
    stand between two lines of their article's own prose (lines held by that document
    alone in the run) in pages of `stock_line_min_sources` sources. A reprint of a short
    paragraph stands in its original and in the copies, between their own prose too, but in
    two sources most of the time (54 of the 20k corpus's 1,569 exact copies are such a line,
    none in three sources); a wire story's short line reprinted with the paragraphs around it
    stands between copied lines, which are no article's own.

    `rows`: (key, document, token count) of every line in input order; `inside`: the rows of
    sentence-shaped lines between two lines; `source_of`: each document's source; `keys`:
    every line's key once per document, to count the documents of each."""
    if not len(inside) or not len(keys):
        return frozenset()
    all_keys, docs, words = rows
    inside = inside[words[inside] < config.stock_sentence_words]
    distinct, holders = np.unique(keys, return_counts=True)  # documents per key
    own = lambda neighbours: holders[np.searchsorted(distinct, neighbours)] == 1  # noqa: E731
    inside = inside[own(all_keys[inside - 1]) & own(all_keys[inside + 1])]
    if not len(inside):
        return frozenset()
    (phrase_keys, _), _ = distinct_rows(all_keys[inside], source_of[docs[inside]])
    phrases, spread = np.unique(phrase_keys, return_counts=True)  # sources per key
    return frozenset(phrases[spread >= config.stock_line_min_sources].tolist())


class StockPhrases:
    """Keys of stock phrases (see `lines.stock_lines`): the run's plan counted their sources
    ahead, but only among the run's own pages; a line it did not find is asked of the index,
    whose earlier runs may hold it in other sources' pages (which of those pages printed it
    between prose of their own, the index does not know: it counts every page that held it)."""

    __slots__ = ("_planned", "_store", "_source", "_min_sources")

    def __init__(self, planned: frozenset[int], store: "IndexStore | MemoryStore", source: str, min_sources: int):
        self._planned, self._store, self._source, self._min_sources = planned, store, source, min_sources

    def __contains__(self, key: object) -> bool:
        if key in self._planned:
            return True
        return isinstance(key, int) and len(self._store.sources_of(key) | {self._source}) >= self._min_sources
