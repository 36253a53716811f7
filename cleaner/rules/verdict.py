"""A review's score lines and a fact-check's verdict next to the body: short lines the scorer
left out above or under the article, joined to it when they belong to its verdict box
(review.py finds the boxes themselves).

A review that opens on its box prints it between the byline and the first paragraph, often over
a shop's price rows ("$179.99 at Amazon", "View Deal") and under its score ("Our verdict" over
"Rating: 4.5 out of 5 stars", "Fazit" over "Note: 1,8 (gut)"): the body found under the shop rows
takes the box and the score lines over it (`review_head`), which were cut with the headline
above them as furniture.

A fact-check prints its verdict the same way between the byline and the first paragraph: a
short heading over a rating alone on its line ("Veredicto" / "FALSO", "Avaliação do Polígrafo:" /
"ENGANADOR"), the article's conclusion. No figure makes it a score line: the rating is one of
`verdict_ratings` (data/scorer.toml). The heading stayed as furniture under the headline while
the rating under it was cut, or both went (`verdict_head`). A verdict written as a row
("Bewertung: Falsch.") among the box's other rows is lists.fact_head's.

A review may also end on its score alone, under the verdict's last sentence ("Our verdict" over
"4/5", "Wertung" over "4 von 5"): two short lines the scorer leaves out; `score_tail` adds them.

Numbers: data/scorer.toml (review_gap_max_lines, review_item_max_words, review_heading_max_words,
standfirst_max_words, verdict_ratings).
"""

from __future__ import annotations

import re

from ..types import Document
from .review import LABEL_MAX_CHARS
from .settings import ScorerSettings


# A score on a rating scale, alone or after a short label: "4/5", "8,5/10", "16 sur 20", "4 von 5
# Sternen", "Rating: 4 out of 5", "★★★★☆".
_SCORE = re.compile(
    r"(?:[^\W\d_][^\n:]{0,30}\s?:\s?)?(?:\d{1,3}(?:[.,]\d{1,2})?\s?(?:/|[^\W\d_]{1,6}(?: [^\W\d_]{1,3})?)\s?"
    r"(?:5|10|20|100)(?: [^\W\d_]{1,12})?|[★☆]{5})\.?"
)


def score_tail(doc: Document, last: int, s: ScorerSettings) -> int | None:
    """The last line of a review's score under the body's last paragraph, or None: a score line
    right under it, or a short heading over one ("Our verdict" / "4/5", "Wertung" / "4 von 5" at
    the end of a review, which the scorer left out as two short lines after the article)."""
    pars = doc.paragraphs
    for index in (last + 1, last + 2):
        if index >= len(pars) or not pars[index].kept:
            return None
        text = doc.kept_text(pars[index]).strip()
        if _SCORE.fullmatch(text):
            return index
        if index > last + 1 or not _box_heading(doc, index, s):
            return None
    return None


def review_head(doc: Document, first: int, boxes: list[tuple[int, int]], s: ScorerSettings) -> int:
    """The body's first paragraph once a box it starts inside of, or one right above it, has
    joined it: the body may open with a bio right under the byline, under its heading ("Zur
    Person"), and a review may open with its verdict box over a shop's price rows ("$179 at
    Amazon" / "View Deal"), a few short lines without a sentence (`_shop_gap`). A box above the
    body takes its score lines over it ("Our verdict" / "Rating: 4.5 out of 5", `_score_head`),
    which join `boxes` (short lines, no menu)."""
    for box_first, box_last in boxes:
        if box_first < first <= box_last or (box_last < first and _shop_gap(doc, box_last + 1, first, s)):
            return _with_score_head(doc, box_first, boxes, s)
        if first <= box_first and _verdict_over(doc, first, box_first, s):
            return _with_score_head(doc, first, boxes, s)
    return first


def verdict_head(doc: Document, first: int, boxes: list[tuple[int, int]], s: ScorerSettings) -> int:
    """The body's first paragraph once a fact-check's verdict box right above it has joined it:
    a short heading (`_box_heading`) over a line holding one of `verdict_ratings` alone, both
    kept by the rules; the two lines join `boxes` (short lines, no menu). `first` otherwise."""
    pars = doc.paragraphs
    heading, rating = first - 2, first - 1
    if heading < 0 or not (pars[heading].kept and pars[rating].kept):
        return first
    if not _rating_line(doc, rating, s) or not _box_heading(doc, heading, s):
        return first
    boxes.append((heading, rating))
    return heading


def _rating_line(doc: Document, index: int, s: ScorerSettings) -> bool:
    """A fact-check's rating alone on its line: "FALSO", "Misleading.", "Plutôt vrai"."""
    text = doc.kept_text(doc.paragraphs[index]).strip()
    return len(text) <= LABEL_MAX_CHARS and text.rstrip(".:!").strip().casefold() in s.verdict_ratings


def _with_score_head(doc: Document, top: int, boxes: list[tuple[int, int]], s: ScorerSettings) -> int:
    """`_score_head` over line `top`; the score lines it finds above `top` join `boxes`."""
    head = _score_head(doc, top, s)
    if head < top:
        boxes.append((head, top - 1))
    return head


def _verdict_over(doc: Document, first: int, box_first: int, s: ScorerSettings) -> bool:
    """Whether the body opens on its verdict box, or on one verdict sentence right over it ("A
    small, quick espresso machine ..., let down by a weak steam wand." over "Pros"): a score line
    right above that sentence is the box's ("Score: 8/10", `_score_head`), cut as the page's
    while the sentence under it stayed."""
    kept = [par for par in doc.paragraphs[first:box_first] if par.kept]
    if len(kept) > 1:
        return False
    return all(par.signals.get("ends_sentence", 0.0) and par.signals.get("words", 0) <= s.standfirst_max_words for par in kept)


def _shop_gap(doc: Document, start: int, end: int, s: ScorerSettings) -> bool:
    """Whether paragraphs [start, end) are a box's shop rows: at most `review_gap_max_lines`
    kept lines, each of at most review_item_max_words words and no sentence, rule removals
    among them counting for nothing (a verdict box's own "Buy now" ends on them)."""
    kept = [par for par in doc.paragraphs[start:end] if par.kept]
    if len(kept) > s.review_gap_max_lines:
        return False
    return all(par.signals.get("words", 0) <= s.review_item_max_words and not par.signals.get("ends_sentence", 0.0) for par in kept)


# A grade after a short label, as a box over a review's lists prints it: "Note: 1,8 (gut)",
# "Voto: 8,5", "Score: 87" (`_SCORE` holds the grades on a scale: "Rating: 4.5 out of 5 stars").
_GRADE = re.compile(r"[^\W\d_][^\n:]{0,30}\s?:\s?\d{1,3}(?:[.,]\d{1,2})?(?: ?\([^\W\d_]{1,12}\))?\.?")


def _score_head(doc: Document, first: int, s: ScorerSettings) -> int:
    """The first line of a verdict box that opens a review: `first`, or the score line right
    above it ("Rating: 4.5 out of 5 stars", "Note: 1,8 (gut)", "9/10") with a short heading on its
    other side ("Our verdict" over the score, or under it: "9/10" over "Nuestra valoración"), when
    kept: lines the scorer left out above the body."""
    pars = doc.paragraphs
    above = [k for k in (first - 1, first - 2) if k >= 0 and pars[k].kept]
    if not above or above[0] != first - 1:
        return first
    second = len(above) > 1 and above[1] == first - 2
    if _score_line(doc, above[0]):
        return above[1] if second and _box_heading(doc, above[1], s) else above[0]
    if second and _box_heading(doc, above[0], s) and _score_line(doc, above[1]):
        return above[1]
    return first


def _score_line(doc: Document, index: int) -> bool:
    text = doc.kept_text(doc.paragraphs[index]).strip()
    return len(text) <= LABEL_MAX_CHARS and (_SCORE.fullmatch(text) is not None or _GRADE.fullmatch(text) is not None)


def _box_heading(doc: Document, index: int, s: ScorerSettings) -> bool:
    """A verdict box's own heading ("Our verdict", "Fazit"): `review_heading_max_words` words at
    most, no sentence."""
    par = doc.paragraphs[index]
    return len(doc.kept_text(par).strip()) <= LABEL_MAX_CHARS and par.signals.get("words", 0) <= s.review_heading_max_words and not par.signals.get("ends_sentence", 0.0)
