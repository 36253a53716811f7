"""An article's head printed on each of its pages: not site template.

A paginated article saved as page 1, page 2, page 3 repeats its headline and standfirst at the
top of every page, above each page's own text. Three pages of one source hold those lines, so the
plan took them for the site's template and removed them from every page, the first included: the
article lost its headline and standfirst everywhere. A site's template stands at the top of (almost)
all its pages, or under the text, or in a box; an article's head stands right above the text of
the few pages that are that article's.

So a content line (`DedupConfig.min_words` tokens or more) that stands in the opening of every
document holding it (within `DedupConfig.home_lines` lines above the document's first line of
own prose, as homes.py reads an opening), and that some document of its source lacks, is left to
plain dedup: the first page met keeps it, the others lose it as a copy. A line on every page of
its source is template as before (a site's tagline over each article).
"""

from __future__ import annotations

from collections import Counter

import numpy as np

from .config import DedupConfig
from .homes import opening_lines


def shared_openings(rows: tuple[np.ndarray, np.ndarray, np.ndarray], keys: np.ndarray, config: DedupConfig) -> dict[int, int]:
    """Content line key -> the number of documents holding it, for the lines that stand in the
    opening of each of them. `rows`: every line's key, document and token count in input order
    (document after document); `keys`: every line's key once per document, sorted."""
    words, min_words = rows[2], config.min_words
    opened = {  # (key, document) of each content line in a document's opening
        (key, doc)
        for key, doc, _, row in opening_lines(rows, keys, min_words, config.home_lines, config.plan_max_group)
        if words[row] >= min_words
    }
    counts = Counter(key for key, _ in opened)
    found = {}
    for key, count in counts.items():
        holding = int(np.searchsorted(keys, key, side="right") - np.searchsorted(keys, key))
        if count == holding:
            found[key] = holding
    return found
