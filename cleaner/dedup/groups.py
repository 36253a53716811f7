"""Template shared by the sites of one owner group (plan.py): two papers of a publisher on their
own domains print the group's tagline and its complaints notice on every page. Each site alone
may hold too few pages of a run for its template (`template_min_docs`), so the first page met
kept those lines and only the later ones lost them as copies.

A line counts as such template when it is in `group_template_min_docs` articles of each of two
sources or more, and in `template_min_docs` articles of them all. An article is known by its
longest line that is no such candidate (a group's notice is often a page's longest line): copies
of one story on sister sites, or saved twice by one site, are one article, so a reprinted wire
story is no template however many sites print it. A page holding nothing but candidates is
known by its longest line all the same.
"""

from __future__ import annotations

import numpy as np

from .anchoring import distinct_rows
from .config import DedupConfig

Pair = tuple[int, int]  # (source id, line key)


def group_template(keys: np.ndarray, words: np.ndarray, docs: np.ndarray, source_of: np.ndarray, prints: np.ndarray,
                   config: DedupConfig) -> dict[Pair, int]:
    """{(source, key): articles of the source holding it} of the lines that are template of a
    group of sources. `keys`, `words`, `docs`: every line once per document; `source_of`,
    `prints`: per document, its source id and the key of its longest line."""
    sources = source_of[docs]
    (pair_sources, pair_keys), counts = distinct_rows(sources, keys)  # documents per (source, key)
    enough = counts >= config.group_template_min_docs
    found_keys, held = np.unique(pair_keys[enough], return_counts=True)
    candidates = found_keys[held >= 2]
    if not len(candidates):
        return {}
    articles = _articles(keys, words, docs, prints, candidates)
    rows = np.isin(keys, candidates)
    (row_sources, row_keys, row_articles), _ = distinct_rows(sources[rows], keys[rows], articles[docs[rows]])
    held_by: dict[int, dict[int, set[int]]] = {}  # key -> source -> its articles holding the key
    for source, key, article in zip(row_sources.tolist(), row_keys.tolist(), row_articles.tolist()):
        held_by.setdefault(key, {}).setdefault(source, set()).add(article)
    found: dict[Pair, int] = {}
    for key, by_source in held_by.items():
        sites = {source: len(held) for source, held in by_source.items() if len(held) >= config.group_template_min_docs}
        if len(sites) >= 2 and len(set().union(*(by_source[source] for source in sites))) >= config.template_min_docs:
            found.update({(source, key): count for source, count in sites.items()})
    return found


def _articles(keys: np.ndarray, words: np.ndarray, docs: np.ndarray, prints: np.ndarray, candidates: np.ndarray) -> np.ndarray:
    """Per document, the key of its longest line that is no candidate (else its `prints`)."""
    articles = prints.copy()
    own = ~np.isin(keys, candidates)
    order = np.lexsort((words[own], docs[own]))  # by document, then length: each document's longest last
    own_docs, own_keys = docs[own][order], keys[own][order]
    if len(own_docs):
        last = np.r_[own_docs[1:] != own_docs[:-1], True]
        articles[own_docs[last]] = own_keys[last]
    return articles
