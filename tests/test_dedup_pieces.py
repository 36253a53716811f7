"""The memo of segment pieces: a hit must give exactly what a fresh computation gives."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.dedup import DedupConfig, UnitMemo, dedup_within
from cleaner.dedup.pieces import segment_pieces
from cleaner.dedup.text import exact_key, exact_keys, shingle_hashes, token_hashes, tokens
from cleaner.dedup.units import collect_units
from test_dedup_support import make_doc, removed

WORDS = ["Le", "chat", "dort.", "le", "Chien", "aboie", "fort...", "Paris", "2024", "été", "東京", "ß", "rendu"]
sentence = st.lists(st.sampled_from(WORDS), min_size=1, max_size=12).map(" ".join)
paragraph = st.lists(sentence, min_size=1, max_size=4)
document = st.lists(paragraph, min_size=1, max_size=8)


def fresh_pieces(text: str) -> list[tuple[int, int, list[str]]]:
    return [(s, e, tokens(text[s:e])) for s, e in segment_pieces(text, 0, len(text)) if tokens(text[s:e])]


def test_pieces_match_a_fresh_computation():
    text = "Il est parti. rendu en train blindé, il arrive…"
    (first, second) = UnitMemo().pieces_of([text])[0]
    assert text[first.start : first.end] == "Il est parti."
    assert text[second.start : second.end] == "rendu en train blindé, il arrive…"
    assert second.toks == ["rendu", "en", "train", "blindé", "il", "arrive"]
    assert second.key == exact_key(second.toks)
    assert second.hashes.tolist() == token_hashes(second.toks).tolist()
    assert second.looks_truncated() and not first.looks_truncated()


def test_a_hit_returns_the_same_pieces_and_empty_text_has_none():
    memo = UnitMemo()
    first = memo.pieces_of(["Une phrase ici.", " ... "])
    again = memo.pieces_of(["Une phrase ici."])
    assert again[0] is first[0]
    assert first[1] == ()


def test_memo_stays_bounded_and_still_answers_after_eviction():
    memo = UnitMemo(max_entries=4)
    texts = [f"phrase numéro {n} du texte." for n in range(20)]
    for text in texts:
        memo.pieces_of([text])
        assert len(memo) <= 8
    (piece,) = memo.pieces_of([texts[0]])[0]  # evicted long ago: made again, same answer
    assert piece.toks == tokens(texts[0])


def test_memo_rejects_a_non_positive_size():
    with pytest.raises(ValueError):
        UnitMemo(max_entries=0)


def test_shared_hashes_are_read_only():
    (piece,) = UnitMemo().pieces_of(["un deux trois quatre"])[0]
    with pytest.raises(ValueError):
        piece.hashes[0] = 0


@settings(max_examples=60, deadline=None)
@given(st.lists(sentence, min_size=1, max_size=30), st.integers(1, 6))
def test_memo_answers_equal_fresh_pieces(texts, max_entries):
    memo = UnitMemo(max_entries=max_entries)
    for _ in range(2):  # second round: hits, or pieces made again after eviction
        for text, pieces in zip(texts, memo.pieces_of(texts)):
            assert [(p.start, p.end, p.toks) for p in pieces] == fresh_pieces(text)
            assert [p.hashes.tolist() for p in pieces] == [token_hashes(p.toks).tolist() for p in pieces]


@settings(max_examples=60, deadline=None)
@given(document, st.integers(1, 8))
def test_units_and_within_marks_do_not_depend_on_the_memo(paragraphs, max_entries):
    config = DedupConfig()
    shared = UnitMemo(max_entries=max_entries)
    results = []
    for memo in (None, shared, shared):
        doc = make_doc(paragraphs)
        units, doc_tokens = collect_units(doc, memo, config.min_words)
        sh, sh_unit = doc_tokens.shingles(config.coverage_words)
        summary = [(u.start, u.end, u.toks, u.key, u.truncated, doc_tokens.unit_shingles(u.index, config.coverage_words).tolist()) for u in units]
        for size in (2, config.coverage_words):  # the shingles inside each unit, unit by unit
            per_unit = [shingle_hashes(token_hashes(u.toks), size).tolist() for u in units]
            grams, owners = doc_tokens.shingles(size)
            assert grams.tolist() == [g for found in per_unit for g in found]
            assert owners.tolist() == [n for n, found in enumerate(per_unit) for _ in found]
        assert [doc_tokens.unit_shingles(u.index, config.coverage_words).tolist() for u in units] == [shingle_hashes(token_hashes(u.toks), config.coverage_words).tolist() for u in units]
        doc = make_doc(paragraphs)
        marked = dedup_within(doc, config, memo)
        results.append((summary, sh.tolist(), sh_unit.tolist(), marked, removed(doc)))
    assert results[0] == results[1] == results[2]


def test_within_marks_with_a_memo_match_the_reference_on_repeats():
    paragraphs = [
        ["Le conseil municipal a voté le budget de la ville hier soir."],
        ["Autre chose ici."],
        ["Le conseil municipal a voté le budget de la ville hier soir."],
    ]
    memo = UnitMemo()
    for _ in range(3):
        doc = make_doc(paragraphs)
        assert dedup_within(doc, DedupConfig(), memo)
        assert removed(doc) == [(paragraphs[2][0], "dedup.exact.sentence")]


@settings(max_examples=80, deadline=None)
@given(document, st.data())
def test_a_rerun_on_part_of_a_document_marks_what_a_fresh_pass_marks(paragraphs, data):
    """A rerun on some of the last pass's sentences (what settle gives) may skip the shingles
    when the last pass found nothing repeated; its answer must be a fresh pass's."""
    config, memo = DedupConfig(), UnitMemo()
    dedup_within(make_doc(paragraphs), config, memo)
    kept = [[s for s in par if data.draw(st.booleans())] for par in paragraphs]
    kept = [par for par in kept if par] or paragraphs[:1]
    with_memo, fresh = make_doc(kept), make_doc(kept)
    assert dedup_within(with_memo, config, memo) == dedup_within(fresh, config, None)
    assert removed(with_memo) == removed(fresh)


def test_only_distinct_pieces_of_an_unrepeated_set_are_known_unrepeated():
    memo = UnitMemo()
    a, b, c = (pieces[0] for pieces in memo.pieces_of(["Un deux trois.", "Quatre cinq six.", "Sept huit neuf."]))
    assert not memo.known_unrepeated([a], (3, 8))
    memo.remember_unrepeated([a, b], (3, 8))
    assert memo.known_unrepeated([b], (3, 8)) and memo.known_unrepeated([a, b], (3, 8))
    assert not memo.known_unrepeated([a, a], (3, 8))  # a repeat
    assert not memo.known_unrepeated([a, c], (3, 8))  # a piece never checked
    assert not memo.known_unrepeated([a], (2, 8))  # other settings


@settings(max_examples=100, deadline=None)
@given(st.lists(st.lists(st.text(alphabet=st.sampled_from("aé1東ß\U0001F600"), min_size=1, max_size=5), max_size=6), max_size=5))
def test_batched_keys_are_each_lists_own_key(lists):
    assert exact_keys(lists) == [exact_key(toks) for toks in lists]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("aZé_ß1 .-'\u00a0東京ไทยİΣ\u3042x７ｚ"), max_size=40))
def test_tokens_without_unsegmented_characters_match_the_full_pattern(text):
    from cleaner.dedup.text import _TOKEN, fold

    assert tokens(text) == _TOKEN.findall(fold(text))


def test_pieces_shared_by_a_worker_are_what_the_other_memo_would_compute():
    """--jobs: a worker hands the corpus step the pieces of the segments it kept (pickled)."""
    import pickle

    texts = ["Il est parti. rendu en train blindé, il arrive…", "Une phrase ici.", " ... "]
    worker, main = UnitMemo(), UnitMemo()
    shared = pickle.loads(pickle.dumps(worker.share(texts)))
    main.take(shared)
    fresh = UnitMemo().pieces_of(texts)
    taken = main.pieces_of(texts)
    assert [p is q for p, q in zip(taken[0], shared[texts[0]])] == [True, True]  # no tokenising again
    for mine, theirs in zip(taken, fresh):
        assert [(p.start, p.end, p.text, list(p.toks), p.key, p.packed) for p in mine] == [
            (p.start, p.end, p.text, list(p.toks), p.key, p.packed) for p in theirs
        ]


def test_a_piece_seam_never_follows_a_period_the_segmenter_keeps_inside_a_sentence():
    """A figure's unit ("3,4 proc. r/r"), a single letter ("2025 r. wzrost") or a short word
    ("p. m.") before a lowercase word: no seam. Before, "r/r." became a two-word piece found
    inside an earlier sentence and went as its fragment. A plain word's period still cuts."""
    for text in ("Ceny wzrosły o 3,4 proc. r/r. w listopadzie", "W 2025 r. wzrost wyniósł 3 proc.", "a las 2:10 p. m. del martes"):
        assert segment_pieces(text, 0, len(text)) == [(0, len(text))], text
    glued = "Ils ont regagné leurs pays. rendu en train blindé"
    assert segment_pieces(glued, 0, len(glued)) == [(0, 27), (28, len(glued))]


def test_polish_figures_keep_their_r_r_after_proc():
    from cleaner import clean_text

    text = (
        "Produkcja sprzedana przemysłu w listopadzie wzrosła o 3,4 proc. r/r, a w porównaniu z październikiem spadła o 1,2 proc. – podał GUS.\n\n"
        "Ekonomiści ankietowani przez PAP spodziewali się wzrostu o 2,1 proc. r/r.\n\n"
        "Po wyeliminowaniu czynników sezonowych produkcja wzrosła o 2,9 proc. r/r i o 0,4 proc. m/m.\n"
    )
    result = clean_text(text)
    assert "2,1 proc. r/r." in result.text
    assert not any(m.rule.startswith("dedup") for _, _, m in result.removals)
