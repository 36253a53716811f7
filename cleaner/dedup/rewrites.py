"""A rewrite's own sentence that comes out near another source's (see `keep_rewritten`).

Two agencies writing up one event in their own words may land on nearly the same sentence
("The agriculture ministry said it would decide within six weeks whether to appeal." against
"... said it would study the judgment and decide within six weeks whether to appeal."). The
near pass removes it as a copy (it holds `sentence_threshold` of the longer one's shingles); a
reader expects the rewrite to keep its sentences. What tells it from a copy:
- it leaves out words of the other (`condenses`): it holds less than `sentence_threshold` of
  the other's shingles, so it would be no near copy the other way round; a
  reprint's sentence with a word or three changed, added or dropped holds (almost) all of its
  original, as the near copies of the 20k benchmark corpus do;
- it stands alone, a sentence of a paragraph holding more, with the document's own sentences
  right above and right below (`keep_rewritten`): a reprint copies the text around it too.
The design follows `lines.quoted_lines` (an exact quote between new prose), with a run of its
own length (`DedupConfig.rewrite_run`).

Wire copy sets one sentence a paragraph, so the rewrite's sentence is often a paragraph of its
own, removed as a near paragraph (`DedupConfig.rewrite_paragraphs`): the same test holds, with
own prose right above and below, and it must leave out words of the other at the paragraph
threshold (`DedupConfig.threshold`, the share it matched at). The near paragraphs of the 20k
benchmark corpus (a ~40-word paragraph with 1-3 words replaced, among the copy's own) hold their
original either way round at that share, as a reprint's one-sentence paragraph with a word
changed does: they still go.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np

from .config import DedupConfig
from .near import BlockResult
from .units import Unit

if TYPE_CHECKING:
    from .memstore import MemoryStore
    from .store import IndexStore


def condenses(store: "IndexStore | MemoryStore", result: BlockResult, share: float) -> bool:
    """Whether a sentence the near pass matched (`result`: its shingles and band keys) leaves out
    words of every indexed block it is a near copy of (the match; its sentence and paragraph may
    both be indexed): it holds less than `share` of the shingles of each. A reprint's sentence
    with a word changed is a near copy of its original either way round."""
    copy = result.shingles
    filed = store.candidates(result.bands.ravel())
    for other in store.shingles({key for found in filed.values() for key in found}).values():
        common = len(np.intersect1d(copy, other, assume_unique=True))
        if common >= share * len(copy) and common >= share * len(other):
            return False
    return True


def keep_rewritten(survivors: list[Unit], other_source: dict[int, BlockResult], known: dict, config: DedupConfig,
                   rewritten: Callable[[BlockResult, float], bool]) -> None:
    """Take back the near-copy removal of runs of up to `rewrite_run` units (in document order)
    that the near pass removed as copies of another source's text (`other_source`: their ids,
    and their look-ups) and `rewritten` finds condensed (`condenses`, at `threshold` for a unit
    removed as a whole paragraph, `sentence_threshold` for a sentence), each a sentence of a
    paragraph holding more, or with `rewrite_paragraphs` a one-sentence paragraph, with a
    sentence of the document's own right above and right below: kept, not first seen elsewhere
    (`known`), `min_words` tokens or more.
    A near copy removed as a paragraph of several sentences (a passage injected into another
    article) is left to go."""
    longest, min_words, paragraphs = config.rewrite_run, config.min_words, config.rewrite_paragraphs
    shares = (config.sentence_threshold, config.threshold)  # a sentence's match, a paragraph's
    if longest < 1 or not other_source:
        return
    rules = ("dedup.near.sentence", "dedup.near.paragraph") if paragraphs else ("dedup.near.sentence",)
    near = [id(u) in other_source and u.removal is not None and u.removal.rule in rules for u in survivors]
    own = [u.kept and u.key not in known and u.words >= min_words for u in survivors]
    start = None
    for i, flag in enumerate([*near, False]):
        if flag and start is None:
            start = i
        elif not flag and start is not None:
            lone = 0 < start and i < len(survivors) and i - start <= longest and own[start - 1] and own[i]
            if lone and all(rewritten(other_source[id(u)], shares[u.removal.rule == rules[-1] and paragraphs]) for u in survivors[start:i]):
                for unit in survivors[start:i]:
                    unit.removal = None
            start = None
