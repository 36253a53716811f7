"""The library API on inputs found by fuzzing it (benchmarks/fuzz_campaign.py).

`clean_corpus` given two documents under one id cleaned the second as if it were the first:
a document never loses text to itself, so a copy under a repeated id kept every repeated word,
without a word said. Ids must be distinct; the caller is told which items share one.
"""

from __future__ import annotations

import pytest

from cleaner.pipeline import clean_corpus
from cleaner.types import Document

STORY = ("Council approves budget\nThe council approved the new budget on Tuesday after a long debate that lasted "
         "until midnight, the clerk said.\n")


@pytest.mark.parametrize("make", [list, iter], ids=["list", "stream"])
def test_a_repeated_id_is_named_not_silently_missed(make):
    items = make([("a", STORY), ("b", "Ferry returns to the island after a winter of repairs in the yard."), Document(id="a", text=STORY)])
    with pytest.raises(ValueError, match="item 2: id 'a' is item 0's too"):
        list(clean_corpus(items))


def test_distinct_ids_still_lose_their_copies():
    first, second = clean_corpus([("a", STORY), ("a2", STORY)])
    assert first.text and second.duplicate_of == "a" and second.text == ""


def test_half_a_surrogate_pair_in_a_str_becomes_a_replacement_character():
    """A str may hold a lone surrogate (no file read gives one): the output was unwritable as
    UTF-8 (UnicodeEncodeError when the caller saved it). It becomes U+FFFD, as in a JSONL text."""
    from cleaner.pipeline import clean_text

    result = clean_text("Council\ud800 approves budget\n" + STORY.split("\n")[1])
    assert "Council\ufffd approves budget" in result.text
    result.text.encode("utf-8")
    assert "lone surrogates replaced with U+FFFD" in result.document.repairs
    (item,) = clean_corpus([("a", "\udfff" + STORY)])
    assert item.text.startswith("\ufffdCouncil") and item.document.repairs
