"""Huge single documents: what the in-document pass reads window by window or bounds all at
once must give the answers of the whole (benchmarks/bench_odd_inputs.py measures the time and
memory on 5 and 50 MB lines; these inputs stay small)."""

from __future__ import annotations

import random
import tracemalloc

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.dedup import DedupConfig, UnitMemo, dedup_within
from cleaner.dedup import document, pieces
from cleaner.dedup.coverage import coverable, first_and_last_holder, padded_coverage, token_coverage
from cleaner.dedup.pieces import Tokens
from cleaner.dedup.text import StreamKey, exact_key, token_windows, tokens
from cleaner.dedup.units import collect_units
from cleaner.memo import Memo
from cleaner.scan import chunks
from cleaner.segment import DocumentWords, segment
from cleaner.types import Document
from test_dedup_speed import long_page
from test_dedup_support import make_doc, removed

# Letters of several scripts, an unsegmented one, marks, digits, underscores, spaces of all kinds.
_ALPHABET = "abcXYZéÉßİΣςﬁ２Ａｚ\u4e00\u4e01\u0e01\u0e02ü\u0301 \u00a0\u3000\n\t.,'’-_0123"
texts = st.text(alphabet=_ALPHABET, max_size=80)


@settings(max_examples=300, deadline=None)
@given(texts, st.integers(1, 9))
def test_token_windows_join_into_the_tokens_of_the_whole(text, chars):
    windows = list(token_windows(text, chars))
    assert [t for window in windows for t in window] == tokens(text)
    key = StreamKey()
    for window in windows:
        key.update(window)
    assert key.key() == exact_key(tokens(text))


@settings(max_examples=200, deadline=None)
@given(st.lists(texts, min_size=1, max_size=6))
def test_long_pieces_read_by_windows_equal_short_ones(monkeypatch_texts):
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pieces, "WINDOW_CHARS", 4)  # every piece over 4 characters is "long"
        windowed = UnitMemo().pieces_of(monkeypatch_texts)
    whole = UnitMemo().pieces_of(monkeypatch_texts)
    summary = lambda found: [[(p.start, p.end, list(p.toks), p.key, p.hashes.tolist()) for p in ps] for ps in found]
    assert summary(windowed) == summary(whole)


def test_tokens_are_a_sequence_read_again_from_the_text():
    toks = Tokens("Le Président, à Paris… « bis »", 5)
    assert len(toks) == 5
    assert list(toks) == ["le", "président", "à", "paris", "bis"] == toks
    assert toks[0] == "le" and toks[-1] == "bis" and toks[1:3] == ["président", "à"]
    assert toks == Tokens("le président à paris bis", 5) and toks != ["le"]
    assert exact_key(toks) == exact_key(list(toks))


def test_batches_of_pieces_keep_each_text_in_order(monkeypatch):
    monkeypatch.setattr(pieces, "_BATCH_TOKENS", 3)  # a flush after nearly every text
    page = [" ".join(f"w{i}x{j}" for j in range(i % 5 + 1)) + ". fin ici" for i in range(40)] + ["", "…"]
    small = [[(p.start, p.end, p.key, p.hashes.tolist()) for p in ps] for ps in UnitMemo().pieces_of(page)]
    monkeypatch.setattr(pieces, "_BATCH_TOKENS", 1 << 16)
    assert small == [[(p.start, p.end, p.key, p.hashes.tolist()) for p in ps] for ps in UnitMemo().pieces_of(page)]


@pytest.mark.parametrize("seed", range(6))
def test_the_coverage_bound_changes_no_decision(seed, monkeypatch):
    """Units below the all-at-once bound skip the per-unit searches; searching them all (the
    bound switched off) finds nothing more."""
    page = long_page(400, seed)
    bounded = make_doc(page)
    dedup_within(bounded, DedupConfig(), UnitMemo())
    monkeypatch.setattr(document, "coverable", lambda starts, lengths, size, containment, edges=False: [True] * len(lengths))
    searched = make_doc(page)
    dedup_within(searched, DedupConfig(), UnitMemo())
    assert removed(bounded) == removed(searched)
    assert removed(bounded)


@pytest.mark.parametrize("seed", range(4))
def test_the_bound_is_above_what_any_other_unit_covers(seed):
    config = DedupConfig()
    units, doc_tokens = collect_units(make_doc(long_page(60, seed)))
    size = config.coverage_words
    sh, sh_unit = doc_tokens.shingles(size)
    first_unit, last_unit = first_and_last_holder(sh, sh_unit)
    starts = doc_tokens.starts(size)
    for containment in (0.3, 0.6, 0.9, 1.0):
        earlier = coverable(starts[first_unit < sh_unit], doc_tokens.lengths, size, containment, edges=True)
        shared = coverable(starts[(first_unit != sh_unit) | (last_unit != sh_unit)], doc_tokens.lengths, size, containment)
        cover = [doc_tokens.unit_shingles(unit.index, size) for unit in units]
        words = [doc_tokens.unit_shingles(unit.index, 1) for unit in units]
        for unit in units:
            shares = [token_coverage(np.isin(cover[unit.index], cover[other.index]), size) for other in units if other is not unit]
            before = [padded_coverage(cover[unit.index], cover[other.index], words[unit.index], words[other.index], size)
                      for other in units[: unit.index]]
            if any(s >= containment for s in shares):
                assert shared[unit.index]
            if any(s >= containment for s in before):
                assert earlier[unit.index]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab \u00a0\u2003\n\x1c", max_size=60), st.integers(1, 7))
def test_document_words_read_in_chunks_are_the_words_of_the_whole(text, chars):
    assert "".join(chunks(text, chars)) == text
    assert {w for chunk in chunks(text, chars) for w in chunk.split()} == set(text.split())


def test_the_span_memo_takes_no_copy_of_a_line_it_would_refuse():
    memo: Memo[tuple] = Memo(limit=8, chars=1600)
    assert memo.keeps(100) and not memo.keeps(101)
    text = "Une phrase. " * 20 + "\n" + "Deux. Trois."
    doc = segment(Document(id="d", text=text), memo)
    assert len(memo) == 1  # the short line only
    assert [text[s.start : s.end] for s in doc.paragraphs[1].segments] == ["Deux.", "Trois."]
    assert DocumentWords(text).words >= {"Une", "phrase", "Deux", "Trois"}


def test_a_one_line_page_holds_no_token_strings():
    """A line of 6,000 distinct sentences: the pass peaked at 34 bytes a character of the line
    (every token held as a str, sets of Python ints of every shingle), 18 now; a quarter of it is
    one batch of token strings, the same on any page."""
    rng = random.Random(3)
    words = ["".join(rng.choice("bcdfglmnprstv") + rng.choice("aeiou") for _ in range(3)) for _ in range(5000)]
    line = " ".join(" ".join(rng.choice(words) for _ in range(14)).capitalize() + f" {n}." for n in range(6000))
    doc = segment(Document(id="line", text="Title line\n" + line + "\n"))
    memo = UnitMemo()
    tracemalloc.start()
    try:
        start = tracemalloc.get_traced_memory()[0]
        dedup_within(doc, DedupConfig(), memo)
        peak = tracemalloc.get_traced_memory()[1] - start
    finally:
        tracemalloc.stop()
    assert peak < 25 * len(line)
    assert not list(doc.removals())
