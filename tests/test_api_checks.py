"""The importable API says what is wrong with its arguments, in the caller's terms, instead of
failing deep inside a step (or, worse, cleaning a misread input without a word)."""

from __future__ import annotations

import pytest

from cleaner.pipeline import Cleaner, clean_corpus, clean_text
from cleaner.types import Document


@pytest.mark.parametrize("value", [None, b"bytes", 123])
def test_clean_text_wants_a_str(value):
    with pytest.raises(TypeError, match="clean_text takes a str"):
        clean_text(value)


@pytest.mark.parametrize(
    "items, message",
    [
        ("abc", "not one string"),
        (["abc"], "item 0: expected a Document or an \\(id, text\\) pair"),
        ([("a", "x", "y")], "item 0: expected a Document"),
        ([("a", "fine text"), ("b", 1)], "item 1: id and text must be str"),
        ([Document(id="b", text=b"x")], "item 0: id and text must be str"),  # type: ignore[arg-type]
    ],
)
def test_clean_corpus_names_the_bad_item(items, message):
    with pytest.raises(TypeError, match=message):
        list(clean_corpus(items))


def test_clean_corpus_still_takes_pairs_and_documents():
    results = list(clean_corpus([("a", "Une première phrase assez longue."), Document(id="b", text="Autre chose.")]))
    assert [r.text for r in results] == ["Une première phrase assez longue.\n", "Autre chose.\n"]


def test_cleaner_wants_a_config_and_a_path():
    with pytest.raises(TypeError, match="config must be a cleaner.Config"):
        Cleaner("x")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="index_path must be a path"):
        Cleaner(None, 3)  # type: ignore[arg-type]


@pytest.mark.parametrize("jobs", [0, -1, "2", 1.5, True])
def test_jobs_must_be_a_positive_whole_number(jobs):
    with pytest.raises(ValueError, match="jobs must be at least 1, a whole number"):
        list(Cleaner().clean_many([Document(id="a", text="x")], jobs=jobs))
