"""A match report's key events set between the byline and the report, each on a line that opens
on the minute: "3' GOAL Newcastle 1-0 Isak (Gordon)", "35' Amarilla a Badé", "54e But de Koné".

The rows score far under prose, so the body began under them; walking up to the headline,
title.find_heading passed over at most `furniture_max_lines` short lines, and the rows used them
up: a row holding a score ("68' GOAL Newcastle 2-1 Isak (pen)") was taken for the headline and
the page's own headline went with the furniture. The rows are the report's, as the goal and
line-up rows of keypoints.data_box_head are: `list_headed_min_items` rows or more (up to
`event_max_rows`), each holding a word besides its minute, join the body with the box's heading
when one sits over them (a short line no rule removed: "Minuto a minuto"), right under the end of
the page's heading (`heading_end`: a byline's date or credit a rule removed), other rule removals
(a "Key events" label, a share row) between them passed over, and so are rule removals set
between two rows ("14e But de David pour Lille (0-1)" / "Lire aussi : ..." / "58e Carton rouge
..."): the walk stopped at the link, the rows over it went with the headline above them.
Numbers: data/scorer.toml (event_max_rows, list_headed_min_items, menu_max_words).
"""

from __future__ import annotations

import re
from typing import Callable

from ..types import Document, Paragraph
from .settings import ScorerSettings
from .shapes import ends_like_sentence

# The minute opening a row: "3'", "90+2'", "45 + 1’", "54e", "90e+4", "12 min" (a mark after the
# minute or after the added time; `_MARK` asks for one).
_MINUTE = re.compile(r"\s*\d{1,3}(?:['’′]|e\b)?(?:\s?\+\s?\d{1,2})?\s?(?:['’′]|e\b|min\b\.?)?\s*(?=[^\W\d_]|[!¡])")
_MARK = re.compile(r"['’′]|\de|min")
_WORD = re.compile(r"[^\W\d_]{2,}")


def event_box_head(doc: Document, first: int, s: ScorerSettings, top: int, heading_end: Callable[[int], bool]) -> int:
    """The body's first line once the key events right above paragraph `first` have joined it
    (their heading with them); `first` when no such rows sit there under the page's heading."""
    pars = doc.paragraphs
    index, rows = first, 0
    while rows < s.event_max_rows and (row := _row_above(doc, index, first, s, top, heading_end)) is not None:
        index, rows = row, rows + 1
    if rows < s.list_headed_min_items:
        return first
    head, above = index, _past_removals(doc, index, top, heading_end)  # "Key events" a rule removed, a share row
    if above > top and pars[above].kept and head == above + 1 and _heading(doc, pars[above], s):
        head, above = above, _past_removals(doc, above, top, heading_end)  # "Minuto a minuto"
    return head if above > top and heading_end(above) else first


def _row_above(doc: Document, index: int, first: int, s: ScorerSettings, top: int, heading_end: Callable[[int], bool]) -> int | None:
    """The event row next above paragraph `index`; above a row (`index` < `first`), over the rule
    removals set inside the rows (a "Lire aussi" link between two minutes) but no end of the
    page's heading. None when the kept line there is no row."""
    above = _past_removals(doc, index, top, heading_end) if index < first else index - 1
    return above if above > top and event_row(doc, doc.paragraphs[above], s) else None


def _past_removals(doc: Document, index: int, top: int, heading_end: Callable[[int], bool]) -> int:
    """The first paragraph above `index`, over lines a rule removed, that is kept, ends the
    page's heading (`heading_end`) or is `top`."""
    above = index - 1
    while above > top and not doc.paragraphs[above].kept and not heading_end(above):
        above -= 1
    return above


def lone_entry_tail(doc: Document, first: int, last: int, s: ScorerSettings) -> int:
    """`last` moved up over a live ticker's leftover closing the body: a bare heading (at most
    `menu_max_words` words, no sentence's end, no minute) over one minute's entry, with the
    page's furniture or its end under it and no entry above the heading ("Minuto a minuto" /
    "90+5' ¡Final del partido en A Malata!" / "Temas:"). A report saved with its ticker's last
    line: the list walk (lists.list_tail) took both as the fact box's last rows. A ticker of
    several entries under such a heading is the article's minute-by-minute and stays."""
    pars = doc.paragraphs
    label = last - 1
    if label <= first or not event_row(doc, pars[last], s) or (last + 1 < len(pars) and pars[last + 1].kept):
        return last
    if not pars[label].kept or not _heading(doc, pars[label], s) or event_row(doc, pars[label], s) or _MINUTE.match(doc.text, pars[label].start, pars[label].end):
        return last
    above = label - 1
    while above > first and not pars[above].kept:
        above -= 1
    return last if event_row(doc, pars[above], s) else above


def event_row(doc: Document, par: Paragraph, s: ScorerSettings) -> bool:
    """A kept short line opening on a match's minute, with a word besides it."""
    if not par.kept or not 0 < par.signals["words"] <= s.list_max_words:
        return False
    match = _MINUTE.match(doc.text, par.start, par.end)
    return match is not None and _MARK.search(match.group()) is not None and _WORD.search(doc.text, match.end(), par.end) is not None


def _heading(doc: Document, par: Paragraph, s: ScorerSettings) -> bool:
    return 0 < par.signals["words"] <= s.menu_max_words and not ends_like_sentence(doc, par)
