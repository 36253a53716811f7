"""A review's credits box between the byline and the first paragraph.

A film, series or book review prints the work's credits as "Label: value" rows under the byline's
date: "Director: Ana Costa", "Cast: Jonah Price, Leila Haddad", "Running time: 1hr 52min",
"Regia: Luca Ferri", "Voto: 3/5". Most rows hold no figure and no sentence, so
keypoints.data_box_head (a weather report's or a match's figures) leaves them to the heading walk:
they used up its `furniture_max_lines` short lines, the walk stopped on them, and the box went
with the headline over it. The labels are the evidence: a site's meta rows under a byline
("Quelle: dpa", "Tags: ...", "Lesezeit: 3 Min.") carry other words. The labels, every language's
together, are `credit_box_labels` in data/scorer.toml.

Inside the body, a book's or a show's fact box holds such rows too ("Título: El último maestro" /
"Autora: Irene Solà" / "Editorial: Anagrama"): the row naming the author reads as a byline to a
credit rule, which removed it from between its neighbours (`boxed_credits` puts it back).
"""

from __future__ import annotations

from typing import Callable

from ..types import Document, Paragraph
from .keypoints import ROW
from .loader import removal_category
from .settings import ScorerSettings


def credit_box_head(doc: Document, first: int, s: ScorerSettings, top: int, heading_end: Callable[[int], bool]) -> int:
    """The body's first paragraph once the credits box right over it has joined it: at least
    `credit_box_min_rows` kept rows labelled by `credit_box_labels`, side by side, each at most
    `list_max_words` words (a short line under them may end the box), right under the end of the heading (`heading_end`: a byline's date or
    credit a rule removed), below `top` (the page's headline repeat). `first` otherwise."""
    pars = doc.paragraphs
    last = first - 1 if first - 1 > top and _note_line(pars[first - 1], s) else first  # "In cinemas from Friday"
    index = last
    while index - 1 > top and _credit_row(doc, pars[index - 1], s):
        index -= 1
    if last - index < s.credit_box_min_rows or not heading_end(index - 1):
        return first
    return index


def _note_line(par: Paragraph, s: ScorerSettings) -> bool:
    """A short kept line under the rows, no sentence: where to see the work ("In cinemas from
    Friday", "Streaming on Netflix"), which the box ends on."""
    return par.kept and 0 < par.signals["words"] <= s.review_item_max_words and not par.signals.get("ends_sentence", 0.0)


def _credit_row(doc: Document, par: Paragraph, s: ScorerSettings) -> bool:
    """A kept "Label: value" row whose label is one of `credit_box_labels`."""
    if not par.kept or not 0 < par.signals["words"] <= s.list_max_words:
        return False
    row = ROW.match(doc.text, par.start, par.end)  # a label of up to four words, a colon, a value
    return row is not None and row.group(1).casefold() in s.credit_box_labels



def boxed_credits(doc: Document, first: int, last: int, categories: dict[str, str]) -> list[int]:
    """The lines inside the body `first`..`last` that a credit rule removed although they are
    a "Label: value" row between two kept rows of the same shape: a fact box's "Autora: Irene
    Solà" between "Título: ..." and "Editorial: ...", no byline."""
    pars = doc.paragraphs

    def row(index: int, kept: bool) -> bool:
        par = pars[index]
        return par.kept == kept and ROW.match(doc.text, par.start, par.end) is not None

    return [
        index for index in range(max(first, 1), min(last, len(pars) - 2) + 1)
        if removal_category(pars[index], categories) == "credit" and row(index, False) and row(index - 1, True) and row(index + 1, True)
    ]
