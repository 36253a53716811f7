"""Boxes between the heading and the body: key points ("Das Wichtigste in Kürze", "Key
Highlights", "En bref") and a box of data rows ("Pluie : 20 à 40 mm", "Buts : Koné (54e)").

Many sites set a short box between the headline (and standfirst) and the byline: a label, then
two to six one-sentence items summing the story up. Walking up from the body to the headline,
title.find_heading passes over at most `furniture_max_lines` short lines (a caption, a byline, a
date): the box's items used them all up, the walk stopped at the label, and the headline was
lost. A box counts as none of those lines; its items written as sentences stay with the article
as other caption-like furniture does (furniture.kept_furniture), and its label with them.
"""

from __future__ import annotations

import re
from typing import Callable

from ..types import Document, Paragraph
from ..words import LETTERS_PATTERN
from .shapes import ends_like_sentence
from .review import ReviewLabels
from .settings import ScorerSettings
from .stamps import YEAR, time_stamp
from ..compiled import kept


def unboxed(doc: Document, skipped: list[int], s: ScorerSettings) -> list[int]:
    """`skipped` (paragraph indexes walked over, bottom up) without the key-point boxes in it."""
    boxed = set().union(*boxes(doc, skipped, s).values())
    return [i for i in skipped if i not in boxed]


def boxes(doc: Document, skipped: list[int], s: ScorerSettings) -> dict[int, list[int]]:
    """Label index -> the box's lines (label and items) among `skipped`: a label (at most
    `menu_max_words` words, no sentence end, no digits) right above at least `keypoints_min_items`
    skipped items of at least `caption_min_words` words each, not mostly digits."""
    pars = doc.paragraphs
    found: dict[int, list[int]] = {}
    for position, index in enumerate(skipped):
        signals = pars[index].signals
        if signals["words"] > s.menu_max_words or signals["ends_sentence"] or signals["digits"] > 0.0:
            continue
        items = []
        for below in reversed(skipped[:position]):  # the lines under the label, top down
            item = pars[below].signals
            if below != index + 1 + len(items) or item["words"] < s.caption_min_words or item["digits"] >= s.furniture_min_digits:
                break  # not the next line, or too short or mostly digits for a key point (a date line)
            items.append(below)
        if len(items) >= s.keypoints_min_items:
            found[index] = [index, *items]
    return found


def labelled_box(doc: Document, last: int, labels: frozenset[str], s: ScorerSettings) -> list[int] | None:
    """The lines (label, then items top down) of a summary box whose last item is paragraph `last`:
    kept lines right above one another, up to `title_max_words` words each, under a label the
    language files name (`keypoints_labels`: "Summary", "L'essentiel"), `keypoints_min_items` of
    them or more. A wire story's bullets carry no full stop ("Brent up 1.8%, WTI up 2.1%"), so the
    last one is shaped like a headline and, right above the body, took the title; a label known by
    name is needed because a short headline over two lines of standfirst has the same shape. A
    box has the headline above it: a label with no kept line above it is the page's kicker
    ("Claves" over "Qué cambia con la nueva ley de vivienda: cinco claves" and its standfirst,
    which went as the box's items, and the page kept no headline)."""
    if not labels:
        return None
    pars = doc.paragraphs
    items: list[int] = []
    for index in range(last, max(last - 2 * s.furniture_max_lines, -1), -1):
        par = pars[index]
        if not par.kept:
            return None
        if ReviewLabels.key(doc.text[par.start : par.end]) in labels:
            if not any(above.kept for above in pars[:index]):
                return None  # the label opens the page: a kicker ("Claves") over the headline and its standfirst
            return [index, *reversed(items)] if len(items) >= s.keypoints_min_items else None
        if par.signals["words"] > s.title_max_words:
            return None
        items.append(index)
    return None


# A row's label (group 1): one to four words of letters ("Pluie", "Temperatura máxima", "Racing
# de Santander", a team over its line-up), a colon, then its value. Also a review's credits rows
# (credit_box.py), whose labels are looked up.
ROW = kept(rf"((?:{LETTERS_PATTERN})(?:[ '’-](?:{LETTERS_PATTERN})){{0,3}})\s?[:：]\s?\S")
_COLON = re.compile(r"[:：]")
_WORD = re.compile(r"[^\W\d_]{2,}")


def data_box_head(doc: Document, first: int, s: ScorerSettings, top: int, heading_end: Callable[[int], bool]) -> int:
    """The body's first paragraph once a box of data rows right under the byline's dates has
    joined it: a weather report's "Vents : rafales jusqu'à 120 km/h" / "Pluie : 20 à 40 mm", a
    match report's "Buts : Koné (54e), Le Bras (88e)" or line-ups over its first paragraph.

    The block began under the box (or on its last row), the rows went with the heading's
    furniture, and the walk up to the headline stopped at them: the headline went too. At most
    `furniture_max_lines` "Label: value" rows, each holding a figure or written as a sentence,
    one at least with a word in its value (not only a page's counters), none a date, and right
    above them the end of the heading (`heading_end`: a line a rule removed as a dateline or
    credit, or the headline itself once those are gone), below `top`."""
    pars = doc.paragraphs
    index = first
    while index - 1 > top and first - index < s.furniture_max_lines and _data_row(doc, pars[index - 1], s):
        index -= 1
    above = index - 1
    if index == first or above <= top or not heading_end(above):
        return first
    rows = range(index, first + 1 if _data_row(doc, pars[first], s) else first)
    return index if any(_worded_value(doc, pars[i]) for i in rows) else first


def _worded_value(doc: Document, par: Paragraph) -> bool:
    """Whether a row's value holds a word besides its figures ("20 à 40 mm", "Koné (54e)"): a
    page's counters are a label over a bare number ("Zugriffe: 412", "Comments: 3")."""
    colon = _COLON.search(doc.text, par.start, par.end)  # a row has one (`ROW`)
    return colon is not None and _WORD.search(doc.text, colon.end(), par.end) is not None


def _data_row(doc: Document, par: Paragraph, s: ScorerSettings) -> bool:
    """A "Label: value" row of a box holding a figure ("Pluie : 20 à 40 mm") or a sentence (a
    line-up), not a time stamp nor a line holding a year: a byline's labelled date ("Stand:
    04.12.2026", "نشر في: 03/12/2026 - 18:00")."""
    if not par.kept or not 0 < par.signals["words"] <= s.list_max_words or ROW.match(doc.text, par.start, par.end) is None:
        return False
    if time_stamp(par, s) or YEAR.search(doc.text, par.start, par.end):
        return False
    return par.signals["digits"] > 0.0 or ends_like_sentence(doc, par)
