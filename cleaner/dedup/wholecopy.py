"""A document that is a copy as a whole: its cross-document pass left almost nothing new.

The corpus pass (corpus.py) removes repeated units one by one; this step then decides, from
what they point to, whether the page is another page's copy and is dropped as `duplicate_of`.
"""

from __future__ import annotations

from collections import Counter

from ..types import Document, Location, Removal
from .config import DedupConfig
from .headline import lone_headline
from .teasers import cut_line
from .units import Unit


def drop_whole_copy(doc: Document, survivors: list[Unit], config: DedupConfig, lengths: dict[str, int]) -> None:
    """Drop the document as `duplicate_of` when almost all its remaining text is repeated.

    Its headline does not count: a teaser page (its own headline over the lead of an article
    met before, then "subscribe to read on") is a copy of that article, and kept alone the
    headline would be all its output. Nor does a sentence it cuts short with an ellipsis
    (teasers.cut_line): too short to be met as a copy ("Betroffen sind vor allem die Innere
    Medizin und die..."), it was the whole output of a paywalled page whose paragraphs above
    it went as copies of the article met before.

    `lengths`: the length of each original a removed unit points to, for the whole-document
    pointer."""
    title = lone_headline(survivors)
    new_title = title if title is not None and title.removal is None else None
    short = config.sentence_index_tokens(config.shingle_words)  # met word for word only
    cut = {u for u in survivors if u.removal is None and u.words < short and cut_line(doc.text[u.start : u.end])}
    total = sum(
        u.words for u in survivors if u is not new_title and u not in cut and (u.removal is None or u.removal.reason == "duplicate")
    )
    by_doc: Counter[str] = Counter()
    for unit in survivors:
        if unit.removal is not None and unit.removal.reason == "duplicate" and unit.removal.original:
            by_doc[unit.removal.original.doc] += unit.words
    repeated = sum(by_doc.values())
    if total == 0 or repeated < config.document_duplicate * total:
        return
    target = min(by_doc.items(), key=lambda item: (-item[1], item[0]))[0]
    doc.duplicate_of = target
    original = Location(target, 0, lengths.get(target, 0))
    for unit in survivors:
        if unit.removal is None:
            unit.removal = Removal("duplicate", "dedup.document", original=original, similarity=repeated / total)
