"""A fact box between two paragraphs, closed by its own toggle ("Show less"), whose lines are
phrases with neither a full stop nor a figure: under a title the story names, it stays
(framed._closing_control, _named_title); a menu of Title Case labels next to the same toggle, or
the same phrases under a title the story does not name, still go."""

from __future__ import annotations

from cleaner.pipeline import clean_text

_HEAD = """Coast Courier
News
Kilbrack votes to rebuild its flooded library
By Tom Reid
Councillors in Kilbrack agreed on Thursday to rebuild the town library that was flooded in the November gales, rejecting a plan to move it inland.
The vote was seven to four after a three-hour debate. Opponents said the building would flood again within a decade and that insurers might refuse to cover it.
Supporters argued that the library was the only public building in the old harbour quarter and that moving it would empty the streets around the quay.
"""
_FACTS = ["Founded by slate quarrymen", "Twinned with Lorient", "Mayor Ruth Quayle"]
_TAIL = """Show less
The council will now ask for tenders in the spring. Work on the new flood walls is expected to start before the library itself is rebuilt, the mayor said.
Share this article
Related stories
Ferry fares to rise in January
"""


def _page(title: str, lines: list[str]) -> str:
    return _HEAD + title + "\n" + "\n".join(lines) + "\n" + _TAIL


def test_phrases_under_a_title_the_story_names_stay():
    text = clean_text(_page("Kilbrack", _FACTS)).text
    assert all(line in text.splitlines() for line in ["Kilbrack", *_FACTS])
    assert "Show less" not in text and "Share this article" not in text
    assert text.rstrip().endswith("the mayor said.")


def test_title_case_labels_under_the_same_title_go():
    text = clean_text(_page("Kilbrack", ["Tide Tables", "Ferry Times", "Harbour Webcam"])).text
    assert "Tide Tables" not in text and "Harbour Webcam" not in text
    assert "the mayor said." in text


def test_the_phrases_under_a_title_the_story_does_not_name_go():
    text = clean_text(_page("Portmellon", _FACTS)).text
    assert "Founded by slate quarrymen" not in text


def test_the_output_cleaned_again_is_the_same():
    first = clean_text(_page("Kilbrack", _FACTS)).text
    assert clean_text(first).text == first
