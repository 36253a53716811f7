"""A box closing every page of a site, longer than its articles' lines (for plan.py).

The plan counts a template line's pages once per article, an article being known by its longest
line (copies of a story share it, and must not make its lines the site's template). A site whose
every page closes with the same "About us" box of long paragraphs has a box paragraph for the
longest line of its short pages: they were one article, nothing was planned, and the first page
kept the box. Splitting pages that share their longest line by how little else they share
(helper dd3) also split one story saved in several layouts in a folder of many pages.

So the test here is narrower: the lines that ALL pages of a source close with, in the same order
at the same place from the end, are a box when no page holds them elsewhere; a page whose longest
line is in the box is known instead by its longest line outside it, when it has at least
`DedupConfig.box_own_lines` content lines outside the box that no other page of the source holds (an article of
its own). Pages of which one is a version or a teaser of another (`paired`) keep their print: an
updated article and its first version share their closing paragraphs too.
"""

from __future__ import annotations

from collections import Counter, defaultdict

import numpy as np


def boxed_prints(prints: np.ndarray, rows: tuple[np.ndarray, np.ndarray, np.ndarray], source_of: np.ndarray, paired: set[int],
                 min_words: int, min_docs: int, own_lines: int) -> np.ndarray:
    """Per document, the key its article is known by: `prints` (its longest line's key), or,
    for a page whose longest line is in its source's closing box, its longest own line's key
    when it has `own_lines` own content lines or more.
    `rows`: (keys, documents, token counts) of every line in input order."""
    keys, docs, words = rows
    if not len(prints) or not len(keys):
        return prints
    bounds = np.searchsorted(docs, np.arange(len(prints) + 1)).tolist()
    pages: dict[int, list[int]] = defaultdict(list)
    for doc, source in enumerate(source_of.tolist()):
        pages[source].append(doc)
    found = prints
    for docs_of in pages.values():
        if len(docs_of) < min_docs:
            continue
        box = _closing_run(keys, bounds, docs_of)
        if not box:
            continue
        first_end = bounds[docs_of[0] + 1]
        box_keys = set(keys[first_end - box : first_end].tolist())
        if not any(int(prints[doc]) in box_keys for doc in docs_of):
            continue
        own = _own_lines(keys, words, bounds, docs_of, box, box_keys, min_words)
        if own is None:
            continue
        for doc in docs_of:
            if int(prints[doc]) in box_keys and doc not in paired and len(own[doc]) >= own_lines:
                if found is prints:
                    found = prints.copy()
                found[doc] = max(own[doc])[1]
    return found


def _closing_run(keys: np.ndarray, bounds: list[int], docs_of: list[int]) -> int:
    """How many lines all `docs_of` close with, the same keys in the same order (each page
    keeping at least one line before them)."""
    ends = [bounds[doc + 1] for doc in docs_of]
    shortest = min(bounds[doc + 1] - bounds[doc] for doc in docs_of)
    run = 0
    while run + 1 < shortest:
        key = keys[ends[0] - run - 1]
        if any(keys[end - run - 1] != key for end in ends):
            break
        run += 1
    return run


def _own_lines(keys: np.ndarray, words: np.ndarray, bounds: list[int], docs_of: list[int], box: int, box_keys: set[int],
               min_words: int) -> dict[int, list[tuple[int, int]]] | None:
    """Per page, (tokens, key) of its content lines before the box that no other page of the
    source holds; None when a box line stands elsewhere in a page too (a page's own headline
    in a box of other pages' headlines is that page's, not the site's)."""
    before: dict[int, list[tuple[int, int]]] = {}
    held: Counter[int] = Counter()
    for doc in docs_of:
        start, stop = bounds[doc], bounds[doc + 1] - box
        lines = list(zip(words[start:stop].tolist(), keys[start:stop].tolist()))
        if any(key in box_keys for _, key in lines):
            return None
        before[doc] = [(n, key) for n, key in lines if n >= min_words]
        held.update({key for _, key in before[doc]})
    return {doc: [(n, key) for n, key in lines if held[key] == 1] for doc, lines in before.items()}
