"""The author's bio under a column: not the article's.

An opinion column, a guest post or a blog entry ends on a sentence or two about its author
("Karen Whitlow is a former harbour master...", "Hélène Marchetti est hydrologue...", "Олег
Гнатюк — голова..."). Scored as prose, it joins the body; the article-extraction gold bodies leave
it out, as they leave out the byline it repeats. What tells it from the article's last paragraph,
in any language, is the byline: the paragraph opens with the capitalised name that a byline above
the body holds: a credit or dateline line a rule removed ("Par Hélène Marchetti", "Von Martin
Ebeling | 04.12.2026"), or a line of the name and at most one word more ("Karen Whitlow", "By
Karen Whitlow") next to such a line (its date). A headline naming a product ("Das Falkon 7 Pro
überzeugt...") is no byline, nor is a menu's item ("Диета Аткинса" among other diets). A news story's last paragraph rarely opens with its reporter's name; an interview's bio
box names the person interviewed, not the byline's author (review.py keeps that one).

Numbers: data/scorer.toml (furniture_max_words for the byline line, standfirst_max_words for the bio).
"""

from __future__ import annotations

from ..types import Document
from ..words import LETTERS as _WORDS
from .anchor import MAX_LINE_CHARS
from .loader import BYLINE_CATEGORIES, removal_category
from .settings import ScorerSettings

_NAME_WORDS = 2  # a given name and a family name open the bio


def bio_tail(doc: Document, first: int, last: int, s: ScorerSettings, categories: dict[str, str]) -> int:
    """The body's last paragraph index once an author's bio that ends it is left out: the last
    kept paragraph of `first`..`last` when it opens with the name a byline above `first` holds
    and is no longer than a standfirst, is dropped (`last` unchanged otherwise)."""
    pars = doc.paragraphs
    index = next((i for i in range(last, first, -1) if pars[i].kept), None)
    if index is None:
        return last
    words = _WORDS.findall(doc.text, pars[index].start, pars[index].end)
    opening = words[:_NAME_WORDS]
    if len(words) > s.standfirst_max_words or len(opening) < _NAME_WORDS or not all(w[0].isupper() for w in opening):
        return last
    name = [w.casefold() for w in opening]
    if not any(_holds(doc, i, name, s, categories) for i in range(first)):
        return last
    return next((i for i in range(index - 1, first - 1, -1) if pars[i].kept), last)


def _holds(doc: Document, index: int, name: list[str], s: ScorerSettings, categories: dict[str, str]) -> bool:
    """Paragraph `index` is a byline holding `name`'s words in a row: a short line a credit or
    dateline rule removed, or the name with at most one word more."""
    par = doc.paragraphs[index]
    line = [w.casefold() for w in _WORDS.findall(doc.text, par.start, min(par.end, par.start + MAX_LINE_CHARS))]
    pars = doc.paragraphs
    byline = removal_category(par, categories) in BYLINE_CATEGORIES
    if not byline:  # the name alone: a byline when its date or credit line is next to it
        near = pars[max(index - 1, 0) : index + 2]
        if len(line) > len(name) + 1 or not any(removal_category(p, categories) in BYLINE_CATEGORIES for p in near):
            return False
    elif len(line) > s.furniture_max_words:
        return False
    return any(line[i : i + len(name)] == name for i in range(len(line) - len(name) + 1))
