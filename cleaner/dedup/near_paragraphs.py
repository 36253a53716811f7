"""Near copies of whole paragraphs inside one document, decided paragraph by paragraph.

The sentence check (document.py) asks whether one earlier sentence covers `containment` of a
sentence. A ~40-word paragraph repeated with 2 or 3 words changed inside one of its ~15-token
sentences leaves that sentence under the bar (3 of 15 tokens uncovered), and a 1-word change in
a 6-token sentence does too: the rest of the paragraph goes, the changed sentence stays as an
orphan. Counted over the whole paragraph the same changes cost 2 or 3 tokens of 40, as they do
across documents (paragraph MinHash). So a later paragraph of several sentences whose tokens one
earlier paragraph covers at least `paragraph_containment` (edges padded, `coverage.padded_coverage`)
is its near copy, and the sentences the sentence check left go with it.

What stays: paragraphs under `paragraph_min_words` tokens or of one sentence (the sentence check
decides those), table rows, and items of one template that say different things: the same
words around another figure or another name ("Leeds, First Direct Arena, 12 May" over "Sheffield,
Utilita Arena, 14 May"; a result "2-1" over "3-0"), as `_swapped` finds them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np

from .config import DedupConfig
from .coverage import aligned_share, coverable, first_and_last_holder, padded_coverage
from .shingleindex import ShingleIndex
from .text import sorted_unique
from .units import DocTokens, Unit

_WORD = re.compile(r"\w+")
_CANDIDATES = 3  # earlier paragraphs checked per paragraph, most shared shingles first


def mark_near_paragraphs(units: list[Unit], doc_tokens: DocTokens, config: DedupConfig, places: ShingleIndex,
                         paragraphs: dict[int, list[Unit]], rows: frozenset[int], labels: set[int]) -> None:
    """Link the kept units of each paragraph that is a near copy of one earlier paragraph to that
    paragraph's first kept unit (rule `dedup.near.paragraph`). `paragraphs`: `by_paragraph`. A paragraph
    holding a label of a series (`labels`: `series.series_labels`, an interview's question asked
    of each guest) stays, and so does one repeating the other sentence for sentence: the
    sentence check already decided those copies."""
    order = list(paragraphs)
    spans = _token_spans(order, paragraphs, doc_tokens)
    reachable = _reachable(order, spans, doc_tokens, config)
    rank = np.empty(len(units), dtype=np.int64)  # unit -> its paragraph's place in `order`
    for at, number in enumerate(order):
        rank[[u.index for u in paragraphs[number]]] = at
    for at, number in enumerate(order):
        members = paragraphs[number]
        if not reachable[at] or number in rows or len(members) < 2 or not any(u.kept for u in members):
            continue
        original, share = _closest_earlier(at, order, spans, doc_tokens, config, places, rank, rows)
        if original is None or any(u.key in labels for u in members):
            continue
        source = paragraphs[order[original]]
        if [u.key for u in members] == [u.key for u in source] or _swapped(members, source):
            continue
        target = next((u for u in source if u.kept), None)
        if target is None:
            continue  # the earlier copy gave way to this one (a lone sentence pulled out of it)
        left = [u for u in members if u.kept]
        if all(_sentence_follows(u, source, places, doc_tokens, config) for u in left):
            for unit in left:
                unit.duplicate_of, unit.rule, unit.similarity = target, "dedup.near.paragraph", round(share, 4)


def _token_spans(order: list[int], paragraphs: dict[int, list[Unit]], doc_tokens: DocTokens) -> np.ndarray:
    """(first token, end token) of each paragraph in the document's token stream: its units are
    consecutive there, in text order."""
    firsts = np.cumsum(doc_tokens.lengths) - doc_tokens.lengths
    spans = np.empty((len(order), 2), dtype=np.int64)
    for at, number in enumerate(order):
        members = paragraphs[number]
        spans[at, 0] = firsts[members[0].index]
        spans[at, 1] = firsts[members[-1].index] + members[-1].words
    return spans


def _reachable(order: list[int], spans: np.ndarray, doc_tokens: DocTokens, config: DedupConfig) -> list[bool]:
    """Per paragraph: long enough, and could one earlier paragraph reach `paragraph_containment`
    of it, by shingles or aligned (`_closest_earlier`)? An upper bound for all paragraphs at
    once, so most of a page with repeats is never searched one paragraph at a time: the sentence
    pass's bound (`coverage.coverable`, edges counted as padding may), counted over paragraphs,
    at `_alignment_floor`."""
    size = config.coverage_words
    lengths = spans[:, 1] - spans[:, 0]
    if not len(order) or int(lengths.sum()) < size:
        return [False] * len(order)
    owner = np.repeat(np.arange(len(order)), lengths)
    stream = doc_tokens.stream(size)
    inside = np.flatnonzero(owner[: len(stream)] == owner[size - 1 : size - 1 + len(stream)])
    if not len(inside):
        return [False] * len(order)
    holder = owner[inside]
    first_holder, _ = first_and_last_holder(stream[inside], holder)
    bound = coverable(inside[first_holder < holder], lengths, size, _alignment_floor(config), edges=True)
    return [reach and length >= config.paragraph_min_words for reach, length in zip(bound, lengths.tolist())]


def _alignment_floor(config: DedupConfig) -> float:
    """The least shingle coverage of a paragraph that `paragraph_containment` of the longer of it
    and its original align: of the longer's L tokens at most u = (1 - containment) L stay
    unaligned on either side, each breaking the aligned run once, and a break leaves the
    `size - 1` tokens before it outside any shared shingle: at most u L (2 size - 1) of the
    paragraph's (at least containment L) tokens uncovered (0.44 at 0.9 and 3-token shingles)."""
    unaligned = 1.0 - config.paragraph_containment
    return max(0.0, 1.0 - unaligned * (2 * config.coverage_words - 1) / config.paragraph_containment)


def _closest_earlier(at: int, order: list[int], spans: np.ndarray, doc_tokens: DocTokens, config: DedupConfig,
                     places: ShingleIndex, rank: np.ndarray, rows: frozenset[int]) -> tuple[int | None, float]:
    """The earlier paragraph (its place in `order`) covering at least `paragraph_containment` of
    paragraph `at`, and the share; candidates are the earlier paragraphs holding most of its
    shingles (looked up by the sentence shingles `places` indexes). The share is the larger of
    the padded shingle coverage and the share of tokens aligned in order (`aligned_share`:
    words changed next to each other cost themselves only)."""
    size = config.coverage_words
    lo, hi = int(spans[at, 0]), int(spans[at, 1])
    own = doc_tokens.stream(size)[lo : hi - size + 1]
    which, holder = places.holders(sorted_unique(own))
    held = rank[holder]
    pairs = np.unique(held * (len(own) + 1) + which)  # one vote per distinct value and paragraph
    voters, votes = np.unique(pairs // (len(own) + 1), return_counts=True)
    earlier = voters < at
    voters, votes = voters[earlier], votes[earlier]
    for other in voters[np.lexsort((voters, -votes))][:_CANDIDATES].tolist():
        if order[other] in rows:
            continue
        o_lo, o_hi = int(spans[other, 0]), int(spans[other, 1])
        words, original_words = doc_tokens.hashes[lo:hi], doc_tokens.hashes[o_lo:o_hi]
        share = padded_coverage(own, doc_tokens.stream(size)[o_lo : o_hi - size + 1], words, original_words, size)
        if share < config.paragraph_containment:
            share = aligned_share(words, original_words)
        if share >= config.paragraph_containment:
            return other, share
    return None, 0.0


def _sentence_share(unit: Unit, source: list[Unit], places: ShingleIndex) -> float:
    """The largest share of `unit` that one sentence of the earlier paragraph `source` covers
    (`ShingleIndex.padded_share`: the edges of two sentences compared, not of a sentence and a
    paragraph, whose ends hold other sentences). A sentence the sentence check left though one
    covers `containment` of it was left on purpose (a figure swapped, the sentence a headline
    quotes) or is a short sentence of its own inside a longer one ("Il a démenti." in "Il a
    démenti les faits."): it stays, and its paragraph with it."""
    return max(places.padded_share(unit, other) for other in source)


def _sentence_follows(unit: Unit, source: list[Unit], places: ShingleIndex, doc_tokens: DocTokens,
                      config: DedupConfig) -> bool:
    """Whether a sentence the sentence check left may go with its paragraph: one sentence of
    `source` covers under `containment` of it (`_sentence_share`) but at least
    `paragraph_sentence_containment`, by shingles or aligned in order (`aligned_share`: three
    words changed close together in a 14-token sentence leave it 0.79 aligned, 0.57 covered by
    shingles). Another question over the same answer differs in more than its words changed."""
    share = _sentence_share(unit, source, places)
    if share >= config.containment:
        return False
    if share >= config.paragraph_sentence_containment:
        return True
    words = doc_tokens.unit_shingles(unit.index, 1)
    return max(aligned_share(words, doc_tokens.unit_shingles(other.index, 1)) for other in source) >= config.paragraph_sentence_containment


def _swapped(copy: list[Unit], original: list[Unit]) -> bool:
    """Whether `copy` holds a figure or a name between two words where `original` holds another
    figure (name) between the same two words, and nowhere this one: two items of one template
    (two concerts, two results), each news, not an edited repeat. A name is a word written with
    a capital inside a sentence of either paragraph."""
    names = _names(copy) | _names(original)
    return fact_swapped([t for unit in copy for t in unit.toks], [t for unit in original for t in unit.toks],
                        lambda token: _fact(token, names))


def fact_swapped(toks: list[str], others: list[str], fact: Callable[[str], bool]) -> bool:
    """Whether `toks` hold a run of `fact` tokens between two words where `others` hold another
    run between the same two words, and nowhere this one (document._figure_swapped, `_swapped`).
    A run, not one token: a score is two figures ("mit 3:1 gegen" over "mit 2:0 gegen"), and
    so is a date or a price ("12 May", "1,2 %")."""
    around: dict[tuple[str, str], set[tuple[str, ...]]] = {}
    for lo, hi in _fact_runs(others, fact):
        around.setdefault((others[lo - 1], others[hi]), set()).add(tuple(others[lo:hi]))
    if not around:
        return False
    for lo, hi in _fact_runs(toks, fact):
        facts = around.get((toks[lo - 1], toks[hi]))
        if facts and tuple(toks[lo:hi]) not in facts:
            return True
    return False


def _fact_runs(toks: list[str], fact: Callable[[str], bool]) -> list[tuple[int, int]]:
    """(start, end) of each longest run of `fact` tokens with a word on either side."""
    runs, lo = [], None
    for at, token in enumerate(toks):
        if fact(token):
            lo = at if lo is None else lo
            continue
        if lo is not None and lo > 0:
            runs.append((lo, at))
        lo = None
    return runs


def _fact(token: str, names: set[str]) -> bool:
    return token in names or any(c.isdigit() for c in token)


def _names(units: list[Unit]) -> set[str]:
    """Casefolded words written with a capital anywhere but at a sentence's start."""
    found: set[str] = set()
    for unit in units:
        if unit.piece is not None:
            found.update(w.casefold() for w in _WORD.findall(unit.piece.text)[1:] if w[:1].isupper())
    return found
