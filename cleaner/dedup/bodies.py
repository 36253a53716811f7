"""A story's body shared by copies with their own headline and lead (for plan.py).

The plan takes a line for its site's template when it is in `template_min_docs` articles of the
source, an article being known by its longest line. One story saved three times by a site, each
copy retitled with a headline and a lead of its own over the same paragraphs, is three articles
by that measure (each copy's longest line is its own lead), so its body went from all three as
template and no copy kept the story.

What a body has and a template has not: several long prose lines in one run, continuing the
page's own text, under at most a lead of the page's own, and most of the page's text. A site's
menus, labels and footers are short; its promo is one line; a box of long paragraphs ("About
us", a subscription pitch) stands under a heading of its own, or under an article's own
paragraphs (two or more), longer than itself. So a run of at least `DedupConfig.body_run_lines`
consecutive lines, each of `min_words` tokens or more ending like a sentence and each frequent
in the source, with the page's own line (one its source does not repeat) right above it, at
least `DedupConfig.body_share` of the page's tokens outside its source's frequent lines, in every
page holding it, and at most `DedupConfig.body_lead_lines` own prose lines above it in one of
them at least, is a body: no template, the first copy met keeps it and the others lose it as
its copies. One copy's lead may run to two paragraphs or more (an editor's new top over the
same body): the body was template then, and went from every copy. Three lines at least (a
two-line footer or pitch under a one-paragraph brief is the site's). A box of three long
paragraphs or more with no heading, closing pages of a headline and one paragraph each (some of
them two), shorter than itself, is taken for a body too: the first page keeps it (a box kept
once, rather than a story lost from every copy). Under one longer article of its site, or under
briefs of two paragraphs each, it is template again.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from .config import DedupConfig


def shared_bodies(rows: tuple[np.ndarray, np.ndarray, np.ndarray], opened: Sequence[int], source_of: np.ndarray,
                  frequent: set[tuple[int, int]], config: "DedupConfig") -> set[tuple[int, int]]:
    """The (source, key) pairs of `frequent` (lines in `template_min_docs` articles of a source)
    that every page holding them prints inside a body run (module docstring).
    `rows`: (keys, documents, token counts) of every line in input order; `opened`: the rows of
    content lines ending like no sentence (headlines)."""
    keys, docs, words = rows
    min_words, run_lines, share, lead_lines = config.min_words, config.body_run_lines, config.body_share, config.body_lead_lines
    if run_lines < 1 or not frequent or not len(keys):
        return set()
    wanted = np.fromiter({key for _, key in frequent}, dtype=np.int64)
    listed = np.flatnonzero(np.isin(keys, wanted))
    pairs = zip(source_of[docs[listed]].tolist(), keys[listed].tolist())
    common = listed[np.fromiter((pair in frequent for pair in pairs), dtype=bool, count=len(listed))]
    if not len(common):
        return set()
    own = np.bincount(docs, weights=words, minlength=int(docs[-1]) + 1)  # per page: tokens outside frequent lines
    own -= np.bincount(docs[common], weights=words[common], minlength=len(own))
    body = np.zeros(len(keys), dtype=bool)
    body[common] = True
    prose = words >= min_words
    prose[np.asarray(opened, dtype=np.int64)] = False  # long lines ending like a sentence
    leads = np.cumsum(prose & ~body)  # own prose lines so far (a lead), per row
    starts = np.searchsorted(docs, docs)  # each row's page's first row
    body &= prose
    chosen = np.flatnonzero(body)
    held = Counter(zip(source_of[docs[chosen]].tolist(), keys[chosen].tolist()))  # per pair: its long prose rows
    inside: Counter[tuple[int, int]] = Counter()  # per pair: its rows inside a body run
    led: set[tuple[int, int]] = set()  # pairs of a body run under at most `lead_lines` own prose lines
    breaks = np.flatnonzero((np.diff(chosen) != 1) | (np.diff(docs[chosen]) != 0)) + 1
    for run in np.split(chosen, breaks):
        first = int(run[0]) if len(run) else 0
        if len(run) < run_lines or not _continues(first, keys, docs, source_of, frequent):
            continue
        above = int(leads[first - 1]) - (int(leads[starts[first] - 1]) if starts[first] else 0)
        tokens = int(words[run].sum())
        if tokens >= share * (tokens + own[docs[first]]):
            pairs = list(zip(source_of[docs[run]].tolist(), keys[run].tolist()))
            inside.update(pairs)
            if above <= lead_lines:
                led.update(pairs)
    return {pair for pair, count in inside.items() if count == held[pair] and pair in led}


def _continues(first: int, keys: np.ndarray, docs: np.ndarray, source_of: np.ndarray, frequent: set[tuple[int, int]]) -> bool:
    """Whether the line right above row `first` is of its page, and the page's own (not frequent
    in its source): a run continuing the page's text, not a box under a heading of the site's."""
    if first == 0 or docs[first - 1] != docs[first]:
        return False
    return (int(source_of[docs[first]]), int(keys[first - 1])) not in frequent
