"""Each document's title line for pairing an update with its earlier version (versions.py).

An update that rewrites two of its five paragraphs holds only half of its first version's words
(`DedupConfig.update_containment` asks for 0.7): both versions were kept, and the later one lost
its unchanged paragraphs as copies of the older one. Two articles of one site share their
template, a boxed paragraph or a stock sentence, never their headline: when the first content
line of both opens and ends alike (`DedupConfig.update_edge_words`, the headline with a figure
corrected) a lower share pairs them (`DedupConfig.update_title_containment`). The line must end
like no sentence, as a headline does (two pages opening with the same lead paragraph share a
line, not a headline), and site template is left out: a long tagline over every page is no
page's title.
"""

from __future__ import annotations

import numpy as np

from .versions import NO_TITLE, site_template


def title_edges(rows: tuple[np.ndarray, np.ndarray, np.ndarray], edges: np.ndarray, opened: np.ndarray, keys: np.ndarray,
                docs: np.ndarray, source_of: np.ndarray, min_words: int, min_docs: int) -> np.ndarray:
    """Per document, the edge key (`edges`: per line, `plan.PlanBuilder._edges`) of its first
    content line that is not its source's template, when that line ends like no sentence
    (`opened`: the rows of such lines), or NO_TITLE: a lead paragraph opening two pages is no
    headline (a version with a third of its own content is no update of the other). `rows`:
    every line's key, document and token count in input order; `keys`, `docs`: every line once
    per document, sorted by key, for the template (versions.site_template, `min_docs`)."""
    all_keys, all_docs, words = rows
    titles = np.full(len(source_of), NO_TITLE, dtype=np.int64)
    content = np.flatnonzero(words >= min_words)
    if not len(content):
        return titles
    shared = site_template(keys, docs, np.ones(len(source_of), dtype=bool), source_of, min_docs)
    template = set(zip(source_of[docs[shared]].tolist(), keys[shared].tolist()))
    headline = np.zeros(len(all_keys), dtype=bool)
    headline[opened] = True
    firsts, starts = np.unique(all_docs[content], return_index=True)  # rows in input order: each document's run
    rows_of, line_keys = content.tolist(), all_keys.tolist()
    for doc, start, end in zip(firsts.tolist(), starts.tolist(), [*starts[1:].tolist(), len(rows_of)]):
        source = int(source_of[doc])
        for row in rows_of[start:end]:
            if (source, line_keys[row]) not in template:
                if headline[row]:
                    titles[doc] = int(edges[row])
                break
    return titles
