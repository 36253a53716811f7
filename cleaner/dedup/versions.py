"""The more complete version of an article (`DedupConfig.prefer_complete`), found at plan time.

When a document's content lines are (almost) all in a *later*, longer document (a live blog, an
updated article), the plan meets the longer one first (plan.py). What follows works on the plan's
line arrays: every line once per document, sorted by key then document, with its token count,
and `source_of`, each document's source id.
"""

from __future__ import annotations

from collections import Counter, defaultdict

import numpy as np

from .config import DedupConfig
from .origins import day_end

NO_TITLE = -1  # a document with no headline to pair it by (titles.py)


def site_template(keys: np.ndarray, docs: np.ndarray, counted: np.ndarray, source_of: np.ndarray, min_docs: int) -> np.ndarray:
    """Which lines are site template: their key is in `min_docs` counted documents of their
    source (`counted`: per document, whether it counts as a page of its own)."""
    if not len(keys):
        return np.zeros(0, dtype=bool)
    sources = source_of[docs]
    by_source = np.lexsort((sources, keys))
    pair_start = np.ones(len(keys), dtype=bool)
    pair_start[1:] = (keys[by_source][1:] != keys[by_source][:-1]) | (sources[by_source][1:] != sources[by_source][:-1])
    group = np.cumsum(pair_start) - 1
    counts = np.bincount(group, weights=counted[docs][by_source].astype(np.int64))[group]
    template = np.zeros(len(keys), dtype=bool)
    template[by_source] = counts >= min_docs
    return template


def supersessions(
    keys: np.ndarray, words: np.ndarray, docs: np.ndarray, counted: np.ndarray, source_of: np.ndarray, config: DedupConfig,
    edges: np.ndarray | None = None, titles: np.ndarray | None = None, times: np.ndarray | None = None,
) -> dict[int, int]:
    """{earlier document: the later, longer document holding (almost) all its content}.
    `titles`: per document, its title line's edge key (titles.py), for `_updates`; `times`: per
    document, when it was published (origins.published_time, NaN: unknown), for `_updates`.

    Content leaves out site template, but versions of one article must not make their own
    shared paragraphs template (the third snapshot of a live blog would have no content
    left, and nothing would pair it): a document whose long lines, template included, are
    (almost) all in a later, longer one of its source does not count as a page of its own
    when template lines are counted: `counted` is set False for it. Only content lines
    (`min_words` tokens or more) are compared."""
    long = words >= config.min_words
    keys, words, docs = keys[long], words[long], docs[long]
    count = len(source_of)
    template = site_template(keys, docs, np.ones(count, dtype=bool), source_of, config.template_min_docs)
    totals = np.bincount(docs, weights=words, minlength=count)
    # Only a document (almost) all template can have lost its content this way: comparing
    # the others' template lines too would cost a pair count per two pages of a site.
    mostly_template = np.bincount(docs[template], weights=words[template], minlength=count)
    suspects = (totals > 0) & (mostly_template >= config.document_duplicate * totals)
    if suspects.any():
        for earlier, later in _contained(keys, words, docs, source_of, config, suspects).items():
            if source_of[earlier] == source_of[later]:
                counted[earlier] = False
        if not counted.all():
            template = site_template(keys, docs, counted, source_of, config.template_min_docs)
    content = ~template
    found = _contained(keys[content], words[content], docs[content], source_of, config, same_source=config.update_containment)
    if edges is None:
        return found
    return {**_updates(edges[long][content], words[content], docs[content], source_of, config, titles, times), **found}


def _updates(edges: np.ndarray, words: np.ndarray, docs: np.ndarray, source_of: np.ndarray, config: DedupConfig,
             titles: np.ndarray | None = None, times: np.ndarray | None = None) -> dict[int, int]:
    """`_contained` for two documents of one source, a content line counting as held when a line
    of the later one opens and ends with the same `update_edge_words` tokens (`edges`: that key
    per line): an update corrects a figure inside its headline and lead ("deux morts et huit
    blessés" -> "trois morts et sept blessés"), so that only its unchanged paragraphs were the
    same lines, too few of a short article's for `update_containment`: the older version was
    kept whole, and the update lost its corrected lead as a near copy of the old one. Two
    documents whose `titles` are the same edge key need `update_title_containment` only. A later
    one that `times` says was published after the earlier need not be longer (`_replaces`)."""
    order = np.lexsort((docs, edges))
    edges, words, docs = edges[order], words[order], docs[order]
    first = np.ones(len(edges), dtype=bool)
    first[1:] = (edges[1:] != edges[:-1]) | (docs[1:] != docs[:-1])
    return _contained(edges[first], words[first], docs[first], source_of, config, same_source=config.update_containment, only_same=True,
                      titles=titles, times=times)


def _contained(
    keys: np.ndarray,
    words: np.ndarray,
    docs: np.ndarray,
    source_of: np.ndarray,
    config: DedupConfig,
    earlier_only: np.ndarray | None = None,
    same_source: float | None = None,
    only_same: bool = False,
    titles: np.ndarray | None = None,
    times: np.ndarray | None = None,
) -> dict[int, int]:
    """{earlier document: the later, longer one holding `document_duplicate` of its words}
    among these lines (sorted by key, then document); `earlier_only`: the documents that
    may be the earlier one (default: all); `same_source`: the share that is enough when
    both come from one source (an update: a corrected paragraph is no longer the same line);
    `only_same`: pairs of one source only; `titles`: per document, its title line's key
    (titles.py): two documents of one source with the same one need
    `update_title_containment` of the earlier one's words only; `times`: see `_replaces`."""
    totals = np.bincount(docs, weights=words, minlength=len(source_of))
    shared: dict[int, Counter[int]] = defaultdict(Counter)
    bounds = np.flatnonzero(np.diff(keys)) + 1
    for lo, hi in zip(np.concatenate(([0], bounds)).tolist(), np.concatenate((bounds, [len(keys)])).tolist()):
        if hi - lo < 2 or hi - lo > config.plan_max_group:
            continue
        holders = docs[lo:hi].tolist()  # ascending
        for i, earlier in enumerate(holders):
            if earlier_only is not None and not earlier_only[earlier]:
                continue
            count = int(words[lo + i])  # the earlier one's words (lines of one key: the same count)
            for later in holders[i + 1 :]:
                shared[earlier][later] += count
    found: dict[int, int] = {}
    share = config.document_duplicate
    sources = source_of.tolist()
    for earlier in sorted(shared):
        total = totals[earlier]
        fits = [
            (totals[later], -later)
            for later, count in shared[earlier].items()
            if _replaces(totals[later], total, later, earlier, times, config)
            and (not only_same or sources[later] == sources[earlier])
            and count >= _needed(earlier, later, sources, share, same_source, titles, config) * total
        ]
        if fits:
            found[earlier] = -max(fits)[1]
    return found


def _replaces(length: float, earlier_length: float, later: int, earlier: int, times: np.ndarray | None, config: DedupConfig) -> bool:
    """Whether a later document of `length` words may be the more complete version of an
    earlier one by their lengths: longer, or (`times` given) published after it and at least
    `update_newer_length` of its words long: a correction rewording a sentence shorter ("12
    million euros" -> "2 million euros") is the version to keep, not a copy of the old one.
    An earlier one that gives only its day may have come out at any hour of it (origins.day_end)."""
    if length > earlier_length:
        return True
    if times is None or length < config.update_newer_length * earlier_length:
        return False
    return bool(times[later] > day_end(times[earlier]))


def _needed(earlier: int, later: int, sources: list[int], share: float, same_source: float | None, titles: np.ndarray | None,
            config: DedupConfig) -> float:
    """The share of `earlier`'s words that `later` must hold to be its more complete version."""
    if not same_source or sources[later] != sources[earlier]:
        return share
    if titles is not None and titles[earlier] != NO_TITLE and titles[earlier] == titles[later]:
        return min(share, same_source, config.update_title_containment)
    return min(share, same_source)


def version_chain(start: int, supersedes: dict[int, int]) -> list[int]:
    """The versions after `start`, most complete (last in the chain) first."""
    chain: list[int] = []
    seen = {start}
    current = supersedes.get(start)
    while current is not None and current not in seen:
        chain.append(current)
        seen.add(current)
        current = supersedes.get(current)
    return chain[::-1]
