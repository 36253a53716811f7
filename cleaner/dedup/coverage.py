"""How much of a unit other text covers, counted by shingles, with the unit's edges counted as
fairly as its middle.

A word changed in the middle of a sentence leaves one token under no matched shingle (its
neighbours are held by the shingles on their other side); a word changed next to the sentence's
end leaves up to `size` tokens uncovered, since the last tokens sit in fewer shingles. So a
28-token sentence repeated with its third-last word changed held 0.893 of its tokens (under the
0.9 of `DedupConfig.containment`) where the same change mid-sentence held 0.964. Counting as if
both units were padded with `size - 1` marks at each end gives edge tokens as many shingles as
middle ones: a padded shingle matches when the two units start (end) with the same tokens.
"""

from __future__ import annotations

from difflib import SequenceMatcher

import numpy as np

from .units import index_type


def token_coverage(matched: np.ndarray, size: int) -> float:
    """Share of tokens lying inside at least one matched shingle (one flag per shingle)."""
    if len(matched) == 0:
        return 0.0
    return float(np.count_nonzero(_covered(matched, size))) / (len(matched) + size - 1)


def padded_coverage(cover: np.ndarray, original: np.ndarray, words: np.ndarray, original_words: np.ndarray, size: int) -> float:
    """Share of a unit's tokens that one other unit covers, counted with both padded at their
    ends: `cover` and `original` are the two units' `size`-token shingles in text order, `words`
    and `original_words` their token hashes. A token among the first (last) `size - 1` is also
    covered when the two units share the tokens from the start (end) up to it."""
    if len(cover) == 0:
        return 0.0
    covered = _covered(np.isin(cover, original), size)
    edge = size - 1
    covered[: min(edge, _common_run(words, original_words))] = True
    tail = min(edge, _common_run(words[::-1], original_words[::-1]))
    covered[len(covered) - tail :] = True
    return float(np.count_nonzero(covered)) / len(covered)


def aligned_share(words: np.ndarray, original_words: np.ndarray) -> float:
    """Share of the longer of two units' tokens (`words`, `original_words`: token hashes) that
    an alignment pairs in order: each word changed costs that word only, where shingle coverage
    charges words changed close together for their neighbours too (three words changed inside a
    paragraph's middle third left 4-6 of its 40 tokens uncovered). Counted over the longer unit,
    so that words dropped or added cost as much as words changed: an edited repeat keeps its
    original's length, a sentence rewritten shorter ("A with the winner we will also do an
    exclusive interview" as "A the winner gives an exclusive interview") is no copy of it."""
    longer = max(len(words), len(original_words))
    if longer == 0:
        return 0.0
    matcher = SequenceMatcher(None, words.tolist(), original_words.tolist(), autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks()) / longer


def _covered(matched: np.ndarray, size: int) -> np.ndarray:
    """Per token, whether a matched shingle holds it."""
    count = len(matched) + size - 1
    return np.convolve(matched.astype(np.int32), np.ones(size, dtype=np.int32))[:count] > 0


def _common_run(first: np.ndarray, second: np.ndarray) -> int:
    """How many leading values the two arrays share."""
    length = min(len(first), len(second))
    differ = np.flatnonzero(first[:length] != second[:length])
    return int(differ[0]) if len(differ) else length


def edge_credit(covered: np.ndarray, lengths: np.ndarray, size: int) -> None:
    """Mark the first and last `size - 1` tokens of every unit (`lengths`: tokens per unit, laid
    end to end in `covered`) as covered: what a padded shingle could hold, for an upper bound of
    `padded_coverage` worked out for all units at once."""
    ends = np.cumsum(lengths)
    firsts = ends - lengths
    for offset in range(size - 1):
        room = lengths > offset
        covered[firsts[room] + offset] = True
        covered[ends[room] - 1 - offset] = True


def first_and_last_holder(sh: np.ndarray, sh_unit: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per shingle: the first and the last unit (or paragraph: whatever `sh_unit` numbers) holding its value (int32 where it fits: these
    arrays have one entry per token of the page, and so do the positions and group numbers
    worked out here, made in place where numpy allows: on a page of random text nearly every
    value is its own group, and each int64 temporary cost 8 bytes a token)."""
    index = index_type(len(sh))
    order = np.argsort(sh, kind="stable").astype(index, copy=False)  # equal values stay in text order
    ordered = sh[order]
    opens = np.ones(len(sh), dtype=bool)
    np.not_equal(ordered[1:], ordered[:-1], out=opens[1:])
    del ordered
    first = np.flatnonzero(opens).astype(index, copy=False)
    first_holder = sh_unit[order[first]]
    last = np.empty_like(first)  # a group ends where the next one starts, the last at the end
    np.subtract(first[1:], 1, out=last[:-1])
    last[-1] = len(sh) - 1
    del first
    last_holder = sh_unit[order[last]]
    del last
    group_type = index_type(len(first_holder))
    ranks = np.cumsum(opens, dtype=group_type)
    ranks -= 1
    del opens
    group = np.empty(len(sh), dtype=group_type)
    group[order] = ranks
    del order, ranks
    return first_holder[group], last_holder[group]


def coverable(starts: np.ndarray, lengths: np.ndarray, size: int, containment: float, edges: bool = False) -> list[bool]:
    """Per unit: whether the shingles starting at `starts` (token positions, each inside one
    unit) cover at least `containment` of its tokens, counted as `token_coverage` counts (with
    `edges`, the unit's first and last `size - 1` tokens counted as covered, as padding may)."""
    total = int(lengths.sum())
    marked = np.zeros(total, dtype=bool)
    marked[starts] = True
    covered = marked.copy()
    for offset in range(1, size):
        covered[offset:] |= marked[:-offset]
    del marked
    if edges:
        edge_credit(covered, lengths, size)
    # Running count of covered tokens, written in place in the narrowest type that holds it: an
    # int64 sum and its concatenated copy were two arrays of 8 bytes a token of the page.
    counts = np.zeros(total + 1, dtype=index_type(total))
    np.cumsum(covered, dtype=counts.dtype, out=counts[1:])
    del covered
    ends = np.cumsum(lengths)
    share = (counts[ends] - counts[ends - lengths]) / lengths
    return (share >= containment).tolist()
