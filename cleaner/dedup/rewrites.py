"""A rewrite's own sentence that comes out near another source's (see `keep_rewritten`).

Two agencies writing up one event in their own words may land on nearly the same sentence
("The agriculture ministry said it would decide within six weeks whether to appeal." against
"... said it would study the judgment and decide within six weeks whether to appeal."). The
near pass removes it as a copy; a reader expects the rewrite to keep its sentences. A reprint
copies the text around such a sentence too (its neighbours are copies as well), and one
injected passage is a whole paragraph of several sentences: neither is a lone near copy between
the document's own sentences. The design follows `lines.quoted_lines` (an exact quote between
new prose), with a run of its own length (`DedupConfig.rewrite_run`).
"""

from __future__ import annotations

from .units import Unit


def keep_rewritten(survivors: list[Unit], other_source: set[int], known: dict, min_words: int, longest: int) -> None:
    """Take back the near-copy removal of runs of up to `longest` units (in document order)
    that the near pass removed as copies of another source's text (`other_source`: their ids),
    each a sentence of a paragraph holding more, with a sentence of the document's own right
    above and right below: kept, not first seen elsewhere (`known`), `min_words` tokens or more.
    A near copy removed as a whole paragraph (a passage injected into another article, or a
    reprint's one-sentence paragraph) is left to go."""
    if longest < 1 or not other_source:
        return
    near = [id(u) in other_source and u.removal is not None and u.removal.rule == "dedup.near.sentence" for u in survivors]
    own = [u.kept and u.key not in known and u.words >= min_words for u in survivors]
    start = None
    for i, flag in enumerate([*near, False]):
        if flag and start is None:
            start = i
        elif not flag and start is not None:
            if 0 < start and i < len(survivors) and i - start <= longest and own[start - 1] and own[i]:
                for unit in survivors[start:i]:
                    unit.removal = None
            start = None
