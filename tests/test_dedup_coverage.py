"""In-document coverage counts a word changed at a sentence's edge as one changed in its middle
(cleaner/dedup/coverage.py): a repeated sentence with its third-last word changed goes as the
same change mid-sentence does, and a sentence sharing only its edges with another stays."""

from __future__ import annotations

import numpy as np
import pytest

from cleaner.dedup import DedupConfig, Deduplicator
from cleaner.dedup.coverage import padded_coverage, token_coverage
from cleaner.dedup.text import shingle_hashes, token_hashes, tokens

from test_dedup_support import kept_texts, make_doc, removed

# 28 tokens: one word changed among the last three left 25 of them covered (0.893 < 0.9).
SENTENCE = ("The regional council approved on Tuesday a plan to rebuild the tram depot in Marlow as a covered "
            "market with forty stalls and a public hall next summer.")
OTHER = "Residents at a packed meeting asked whether the rooftop garden would be open to everybody in the town."
CLOSING = "The council will publish the detailed drawings of the depot next month, a spokeswoman said."


def _changed(text: str, position: int, word: str = "Ostrava") -> str:
    """`text` with its token at `position` (negative: from the end) replaced by `word`."""
    words = text.split()
    words[position] = word + ("." if words[position].endswith(".") else "")
    return " ".join(words)


def _dedup_one(doc):
    with Deduplicator(DedupConfig(across_documents=False)) as dedup:
        return dedup.apply(doc)


def _shares(a: str, b: str, size: int = 3) -> tuple[float, float]:
    """(token_coverage, padded_coverage) of `a` by `b`."""
    ta, tb = token_hashes(tokens(a)), token_hashes(tokens(b))
    sa, sb = shingle_hashes(ta, size), shingle_hashes(tb, size)
    return token_coverage(np.isin(sa, sb), size), padded_coverage(sa, sb, ta, tb, size)


@pytest.mark.parametrize("position", [0, 1, 2, 13, -3, -2, -1])
def test_one_word_changed_costs_one_token_wherever_it_is(position: int) -> None:
    plain, padded = _shares(_changed(SENTENCE, position), SENTENCE)
    assert padded == pytest.approx(27 / 28)
    assert plain <= padded


def test_a_change_next_to_the_end_left_more_tokens_uncovered_than_one_mid_sentence() -> None:
    assert _shares(_changed(SENTENCE, -3), SENTENCE)[0] == pytest.approx(25 / 28)  # what went wrong
    assert _shares(_changed(SENTENCE, 13), SENTENCE)[0] == pytest.approx(27 / 28)


@pytest.mark.parametrize("position", [1, 2, -3, -2])
def test_a_repeat_with_a_word_changed_near_its_edge_goes(position: int) -> None:
    copy = _changed(SENTENCE, position)
    doc = _dedup_one(make_doc([[SENTENCE], [OTHER], [copy], [CLOSING]]))
    assert kept_texts(doc) == [SENTENCE, OTHER, CLOSING]
    assert removed(doc) == [(copy, "dedup.contained.sentence")]


def test_sentences_sharing_their_edges_and_little_else_stay() -> None:
    """Padding credits the edge tokens two units share, never their middles."""
    first = "The council said on Tuesday that the depot would open as a market with forty stalls next summer."
    second = "The council said on Tuesday that its budget for roads and schools would grow by a tenth next summer."
    assert _shares(second, first)[1] < 0.9
    doc = _dedup_one(make_doc([[first], [OTHER], [second]]))
    assert kept_texts(doc) == [first, OTHER, second]


def test_a_unit_too_short_for_a_shingle_has_no_padded_share() -> None:
    hashes = token_hashes(["a", "b"])
    assert padded_coverage(shingle_hashes(hashes, 3), shingle_hashes(hashes, 3), hashes, hashes, 3) == 0.0
