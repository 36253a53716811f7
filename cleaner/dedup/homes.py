"""A line that one page of a site opens with (its headline, its lead) and other pages of the
same site print in a box ("Most read", "Related", "More from the city"): its home is that page.

First occurrence keeps a line. A box of headlines and first sentences repeated on a site's
pages holds the openings of the site's other articles, so the page met first (often not the
article itself) kept them in its box, and each article lost its headline and lead as copies of
that box. Pages of a site link each other both ways (A's box shows B, B's shows A), so no order
of the run can meet every article before every box: the plan instead tells each such line's
home, and the corpus step removes it from every other page of the run, before or after the
home (`corpus.CorpusMemory`), pointing to it.

A page's opening is the lines right above its first line of own prose (a content line no other
document of the run holds): within `DedupConfig.home_lines` lines of it. A line is homed in the
one document where it stands nearest above that first own line, when the documents holding it
are all of that document's source (a wire story's headline in the copies of other sites stays
with plain dedup), no other document holds it as near (two saves of one article: no home), and
none of them is a version or a teaser (a page holding a line cut short on an ellipsis: a card's
own kicker or its cut lead under the article's headline would make the card the headline's
home; `paired`).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Iterator

import numpy as np

from ..types import Document, Location, Removal
from .text import exact_key, tokens
from .units import Unit


def opening_homes(all_keys: np.ndarray, all_docs: np.ndarray, words: np.ndarray, keys: np.ndarray, docs: np.ndarray,
                  sources: np.ndarray, paired: set[int], min_words: int, home_lines: int, max_group: int) -> dict[int, tuple[int, int]]:
    """Line key -> (home document, row of the line there). `all_keys`, `all_docs`, `words`:
    every line in input order (document after document); `keys`, `docs`: every line's key
    once per document, sorted by key; `sources`: each document's source id; `paired`: the
    documents the plan met next to another version of them (versions.py) and the teasers."""
    nearest: dict[int, list[tuple[int, int, int]]] = defaultdict(list)  # key -> (distance, document, row)
    for key, doc, distance, row in opening_lines((all_keys, all_docs, words), keys, min_words, home_lines, max_group):
        nearest[key].append((distance, doc, row))
    homes: dict[int, tuple[int, int]] = {}
    for key, found in nearest.items():
        found.sort()
        if len(found) > 1 and found[1][0] == found[0][0]:
            continue  # as near the opening of two documents: no home
        _, doc, row = found[0]
        lo, hi = np.searchsorted(keys, key), np.searchsorted(keys, key, side="right")
        holding = docs[lo:hi]
        if np.all(sources[holding] == sources[doc]) and paired.isdisjoint(holding.tolist()):
            homes[key] = (doc, row)
    return homes


def opening_lines(
    rows: tuple[np.ndarray, np.ndarray, np.ndarray], keys: np.ndarray, min_words: int, home_lines: int, max_group: int
) -> Iterator[tuple[int, int, int, int]]:
    """(key, document, distance, row) of each line other documents hold too (at most
    `max_group` of them) standing within `home_lines` lines above a document's first line of own
    prose (a line of `min_words` tokens no other document holds): the document's opening.
    `rows`: every line's key, document and token count in input order; `keys`: every line's key
    once per document, sorted."""
    all_keys, all_docs, words = rows
    if home_lines < 1 or not len(keys):
        return
    distinct, holders = np.unique(keys, return_counts=True)  # documents per key
    held = holders[np.searchsorted(distinct, all_keys)]  # per row
    own = np.flatnonzero((held == 1) & (words >= min_words))
    _, first = np.unique(all_docs[own], return_index=True)
    for row in own[first].tolist():
        doc = int(all_docs[row])
        for distance in range(1, home_lines + 1):
            above = row - distance
            if above < 0 or all_docs[above] != doc or held[above] > max_group:
                break
            if held[above] > 1:
                yield int(all_keys[above]), doc, distance, above


def away_from_home(doc: Document, groups: list[list[Unit]], homes: dict[int, tuple[str, int, int, int]]) -> dict[str, int]:
    """Remove the paragraphs of `doc` that are a line another page of the run opens with (the
    plan's `homes`: key -> page id, start, end, length), met before that page or after it: the
    page keeps it, and the copies point there. Returns the pages pointed to, with their length."""
    pointed: dict[str, int] = {}
    for group in groups:
        home = homes.get(exact_key(tokens(doc.text[group[0].start : group[-1].end])))
        if home is None or home[0] == doc.id or not all(u.kept for u in group):
            continue
        pointed[home[0]] = home[3]
        original = Location(home[0], home[1], home[2])
        for unit in group:
            unit.removal = Removal("duplicate", "dedup.home.paragraph", original=original, similarity=1.0)
    return pointed
