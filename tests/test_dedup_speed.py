"""The in-document pass on long pages: indexed lookups give the answers of a full scan, in
time that grows with the page, not with its square."""

from __future__ import annotations

import random
from unittest import mock

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.dedup import DedupConfig, UnitMemo, dedup_within
from cleaner.dedup import document
from cleaner.dedup.shingleindex import ShingleIndex
from cleaner.dedup.units import DocTokens
from test_dedup_support import make_doc, removed
from work_counts import growth, lines_run


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 6), max_size=40), st.lists(st.integers(0, 8), max_size=8))
def test_holders_equal_a_scan(values, asked):
    sh = np.array(values, dtype=np.uint32)
    sh_unit = np.arange(len(sh), dtype=np.int64) // 3
    wanted = np.unique(np.array(asked, dtype=np.uint32))
    no_tokens = DocTokens(np.zeros(0, dtype=np.uint32), np.zeros(0, dtype=np.int64))  # holders() reads no tokens
    which, holder = ShingleIndex(sh, sh_unit, no_tokens, 2).holders(wanted)
    expected = [(number, int(sh_unit[pos])) for number, value in enumerate(wanted.tolist()) for pos in np.flatnonzero(sh == value)]
    assert list(zip(which.tolist(), holder.tolist())) == expected


def long_page(paragraphs: int, seed: int = 1) -> list[list[str]]:
    """Lines drawn from a small set, repeated whole, truncated at the start, or with a word changed."""
    rng = random.Random(seed)
    vocab = [f"mot{i}" for i in range(300)]
    lines = [" ".join(rng.choice(vocab) for _ in range(rng.randint(10, 25))) + "." for _ in range(paragraphs // 2)]
    page = []
    for number in range(paragraphs):
        draw, words = rng.random(), rng.choice(lines).split()
        if draw < 0.5:
            page.append([lines[number // 2]])
        elif draw < 0.7:
            page.append([" ".join(words[2:])])
        elif draw < 0.8:
            words[rng.randrange(len(words))] = "zz"
            page.append([" ".join(words) + " et encore un mot de plus"])
        else:
            page.append([" ".join(words)])
    return page


def test_a_long_page_of_repeats_is_linear_work(monkeypatch):
    """Coverage and containment ask the page's shingle index (`ShingleIndex.holders`) for the
    units holding a unit's shingles, instead of scanning the page per unit (numpy over every
    shingle, a dict of every longer unit): most units ask it, and twice the page runs about
    twice the Python lines (a scan per unit is four times). The time of 3,000 paragraphs is
    benchmarks/bench_guards.py's."""
    answered: list[int] = []
    holders = ShingleIndex.holders

    def counted(self, values):
        which, holder = holders(self, values)
        answered.append(len(holder))
        return which, holder

    monkeypatch.setattr(ShingleIndex, "holders", counted)
    dedup_within(make_doc(long_page(50)), DedupConfig(), UnitMemo())  # caches filled once
    work = []
    for paragraphs in (600, 1200):
        answered.clear()
        doc = make_doc(long_page(paragraphs))
        _, lines = lines_run(dedup_within, doc, DedupConfig(), UnitMemo())
        assert {"dedup.exact.sentence", "dedup.fragment.sentence"} <= {rule for _, rule in removed(doc)}
        assert len(answered) > paragraphs // 2  # the units' look-ups went through the index
        work.append(lines)
    assert growth(*work) < 2.5, work


def test_covered_and_fragment_links_end_at_the_complete_version():
    base = "un deux trois quatre cinq six sept huit neuf dix onze douze"
    page = [
        [base],
        ["autre texte sans rapport avec le reste de la page ici"],
        ["trois quatre cinq six sept huit neuf dix onze douze"],  # covered by the first
        ["Titre court."],
        [base + " treize quatorze"],  # contains the first: the first is the fragment
    ]
    doc = make_doc(page)
    dedup_within(doc, DedupConfig(), UnitMemo())
    by_text = {doc.text[s:e]: (r.rule, doc.text[r.original.start : r.original.end]) for s, e, r in doc.removals()}
    assert by_text[page[0][0]] == ("dedup.fragment.sentence", page[4][0])
    assert by_text[page[2][0]] == ("dedup.contained.sentence", page[4][0])  # the kept one
    assert page[1][0] not in by_text and page[3][0] not in by_text


def salad_page(sentences: int, seed: int = 2) -> list[list[str]]:
    """Sentences of 1 to 20 words over 300 words drawn as often as in prose (the n-th 1/n as
    often as the first), most in lowercase: the short ones look cut, and their first word
    stands in most other sentences."""
    rng = random.Random(seed)
    vocab = [f"mot{i}" for i in range(300)]
    weights = [1 / (rank + 1) for rank in range(300)]
    page = []
    for _ in range(sentences // 4):
        page.append([" ".join(rng.choices(vocab, weights, k=rng.randint(1, 20))) + "." for _ in range(4)])
    return page


def test_short_cut_sentences_over_a_small_vocabulary_are_linear_work():
    """Pass 2 finds the longer sentences holding a short cut one's tokens in a row by their
    hash (`document._run_holders`), not by scanning every sentence holding its first word,
    which is most of the page when that word is "de" (1 MB 1.1 s, 2 MB 5.9 s: see
    benchmarks/bench_guards.py's salad). The paragraph near check is off here: on this page of
    four-sentence paragraphs it aligns more pairs as the page grows (the share of paragraphs an
    earlier one could cover rises until it is all of them), work of its own, not pass 2's."""
    config = DedupConfig(paragraph_min_words=10**6)
    dedup_within(make_doc(salad_page(40)), config, UnitMemo())  # caches filled once
    work = []
    for sentences in (1500, 3000):
        doc = make_doc(salad_page(sentences))
        _, lines = lines_run(dedup_within, doc, config, UnitMemo())
        assert "dedup.fragment.sentence" in {rule for _, rule in removed(doc)}
        work.append(lines)
    assert growth(*work) < 2.5, work


def test_a_cut_sentence_goes_to_the_first_longer_one_holding_it_in_a_row():
    """Sentences holding its first word, or all its words out of order, are passed over."""
    page = [
        ["Ils disent que le marché reste fermé."],  # "marché ouvre" not in a row
        ["Le marché ouvre tôt le matin dans la ville."],
        ["Il ouvre le marché tous les jours."],  # every word, another order
        ["le marché ouvre tôt."],
        ["Demain le marché ouvre tôt pour les fêtes de la ville."],
    ]
    doc = make_doc(page)
    dedup_within(doc, DedupConfig(), UnitMemo())
    by_text = {doc.text[s:e]: doc.text[r.original.start : r.original.end] for s, e, r in doc.removals()}
    assert by_text == {page[3][0]: page[1][0]}


def _every_longer_survivor(candidates, survivors, doc_tokens, config):  # noqa: ANN001, ANN202
    """`document._run_holders` as a scan: every longer survivor, in text order, each then checked."""
    return {unit.index: [other.index for other in survivors if other.words > unit.words] for unit in candidates}


_WORD = st.sampled_from(["de", "la", "ville", "le", "marché", "ouvre", "Tôt"])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(st.lists(_WORD, min_size=1, max_size=9).map(" ".join), min_size=1, max_size=3), min_size=2, max_size=12))
def test_run_holders_give_the_answers_of_a_scan(page):
    """The holders found by hash, each checked, link what a scan of every longer survivor links."""
    found = make_doc(page)
    dedup_within(found, DedupConfig(), UnitMemo())
    scanned = make_doc(page)
    with mock.patch.object(document, "_run_holders", _every_longer_survivor):
        dedup_within(scanned, DedupConfig(), UnitMemo())
    assert [(s, e, r.rule, r.original.start) for s, e, r in found.removals()] == \
        [(s, e, r.rule, r.original.start) for s, e, r in scanned.removals()]
