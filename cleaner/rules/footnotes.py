"""An article's footnotes: lines under the body that open on a note mark the body carries.

A press release or a report ends its figures with marks ("an increase of 18 per cent.¹",
"prices are higher.*") and explains them under the text ("¹ Source: company meter data.",
"* Figures as of 30 September 2026."). Those lines are short, full of figures and often end
without a full stop: the scorer left them outside the body, with the sentence above them when
it was short ("Hidrosur prevé invertir 90 millones de euros en 2027."). The mark the body
carries is the evidence that they are the article's, in any language; a line opening on "*"
under an article with no such mark stays outside (a promo's small print often does).
"""

from __future__ import annotations

import re

from ..types import Document
from .settings import ScorerSettings
from .shapes import ends_like_sentence
from ..compiled import kept

_MARKS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
# A note's line: a mark (superscript digits, one to three asterisks, daggers, "[2]"), then its text.
_NOTE = kept(rf"\s*(?P<mark>[{_MARKS}]+|\*{{1,3}}|[†‡]{{1,2}}|\[\d{{1,2}}\])\s*\w")
# The mark in running text is glued to the word, figure or punctuation before it.
_GLUED = r"(?<=[\w.,;:!?%)\]»\"”’]){mark}(?![*†‡\w{marks}])"


def footnote_tail(doc: Document, first: int, last: int, s: ScorerSettings) -> int:
    """`last` moved down over the body's footnotes (lines opening on a mark that the text from
    `first` to `last` carries), and over up to `tail_max_paragraphs` short sentences between
    the body and them; `last` when no such note follows."""
    pars = doc.paragraphs
    body = doc.text[pars[first].start : pars[last].end]
    index, gap, found = last + 1, 0, last
    while index < len(pars) and pars[index].kept:
        par = pars[index]
        note = _NOTE.match(doc.text, par.start, par.end)
        if note is not None and par.signals["words"] <= s.list_max_words and _carried(body, note.group("mark")):
            found = index
        elif found == last and gap < s.tail_max_paragraphs and ends_like_sentence(doc, par):
            gap += 1  # the article's closing sentence, above its notes
        else:
            break
        index += 1
    return found


def opens_on_mark(doc: Document, start: int, end: int) -> bool:
    """Whether the text from `start` to `end` opens on a note mark ("* Offer ends Sunday."): a
    note or small print, which `footnote_tail` keeps only under a body carrying its mark."""
    return _NOTE.match(doc.text, start, end) is not None


def _carried(body: str, mark: str) -> bool:
    """Whether `mark` follows a word, figure or punctuation somewhere in the body's text (a
    bracketed number anywhere: "a year earlier [1].")."""
    if mark.startswith("["):
        return mark in body
    pattern = _GLUED.format(mark=re.escape(mark), marks=_MARKS)
    return re.search(pattern, body) is not None
