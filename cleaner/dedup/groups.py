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

A short line of the group's (a tagline "Oosterveld Media · uw krant sinds 1911" over every page)
must also stand where template stands, as a source's own short template must (anchoring.stances),
but counted over the group's articles (`sister_stances`): each site alone has too few of them, so
the first page of each kept it. A subheading every site of the group prints between its
articles' text ("Wat betekent dit voor u?") stands where no template does and stays.
"""

from __future__ import annotations

from dataclasses import fields

import numpy as np

from .anchoring import distinct_rows, stances
from .config import DedupConfig
from .structure import Places

Pair = tuple[int, int]  # (source id, line key)


def group_template(keys: np.ndarray, words: np.ndarray, docs: np.ndarray, source_of: np.ndarray, prints: np.ndarray,
                   own: dict[Pair, int], config: DedupConfig) -> tuple[dict[Pair, int], np.ndarray]:
    """{(source, key): articles of the source holding it} of the lines that are template of a
    group of sources and not their source's `own` template, and per document the key of the
    article it is (for `sister_stances`). `keys`, `words`, `docs`: every line once per
    document; `source_of`, `prints`: per document, its source id and the key of its longest line."""
    sources = source_of[docs]
    (pair_sources, pair_keys), counts = distinct_rows(sources, keys)  # documents per (source, key)
    enough = counts >= config.group_template_min_docs
    found_keys, held = np.unique(pair_keys[enough], return_counts=True)
    candidates = found_keys[held >= 2]
    if not len(candidates):
        return {}, prints
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
            found.update({(source, key): count for source, count in sites.items() if (source, key) not in own})
    return found, articles


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


def sister_stances(pending: set[Pair], seeds: set[Pair], places: Places, source_of: np.ndarray, articles: np.ndarray,
                   config: DedupConfig) -> set[Pair]:
    """The `pending` pairs (short group template lines that no source's own test found) that
    stand where template stands in `template_min_docs` articles of their group of sources: the
    sources joined by the lines they share. `seeds`: template pairs found so far; `articles`:
    per document, its article's key (`group_template`)."""
    pending = pending - seeds
    if not pending:
        return set()
    group = np.arange(int(source_of.max()) + 1 if len(source_of) else 0)  # per source id: its group's first source
    sisters: dict[int, set[int]] = {}
    for source, key in pending:
        sisters.setdefault(key, set()).add(source)
    for sources in sisters.values():
        roots = {_root(group, source) for source in sources}
        group[list(roots)] = min(roots)
    roots = np.fromiter((_root(group, source) for source in range(len(group))), dtype=np.int64, count=len(group))
    rows = np.isin(places.keys, np.fromiter(sisters, dtype=np.int64, count=len(sisters)))  # the pending lines' places only
    places = Places(*(getattr(places, column.name)[rows] for column in fields(Places)))
    found = stances({(int(roots[s]), k) for s, k in pending}, {(int(roots[s]), k) for s, k in seeds},
                    places, roots[source_of], articles, config.template_min_docs, config.template_place_share).found
    return {(source, key) for source, key in pending if (int(roots[source]), key) in found}


def _root(group: np.ndarray, source: int) -> int:
    while group[source] != source:
        source = int(group[source])
    return source
