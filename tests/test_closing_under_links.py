"""The article's short closing sentence under a "read also" link: it joins the article when
what follows it is page furniture, known to the rules or only short labels no rule knows
(blocks.py `_closing_past_links`, `_labels_below`). A sentence with more text under it that
reads as prose is not known to close anything and stays out (the walk's existing caution)."""

from __future__ import annotations

from cleaner.pipeline import clean_text

BODY = [
    "Council approves new cycle lane on Mill Road after two-year row",
    "Councillors have approved a protected cycle lane along Mill Road, ending a two-year dispute between traders and cycling groups.",
    "The 1.2-mile lane will replace 40 parking spaces, which the council says will be offset by a new car park behind the library.",
    "Traders had argued that losing on-street parking would drive customers away, but a survey found most shoppers arrive on foot.",
    "Work is expected to start in March and take about four months.",
    "Related: Mill Road traders launch petition against parking cuts",
]
CLOSING = "The lane is due to open before the summer term."


def _clean(lines: list[str]) -> str:
    return clean_text("\n".join(lines) + "\n").text


def test_a_closing_sentence_above_short_labels_is_kept():
    out = _clean(BODY + [CLOSING, "Weather", "Traffic", "Contact us"])
    assert CLOSING in out
    assert "Weather" not in out and "Related:" not in out


def test_labels_must_be_short_and_unpunctuated():
    """A line of more than `menu_max_words` words below is not a label: no evidence that the
    sentence closes the article (it may be a teaser's blurb above another teaser)."""
    teaser = "Mill Road traders say footfall has fallen by a third since the works began"
    out = _clean(BODY + [CLOSING, teaser, "Weather"])
    assert CLOSING not in out

