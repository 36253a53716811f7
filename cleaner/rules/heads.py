"""The article's lead or fact box above its first paragraph, cut off by rows that score low.

Split from lists.py, whose data lines these build on: a table of data rows under a
sentence-long lead (`list_head`), a fact check's verdict box (`fact_head`). Numbers:
data/scorer.toml (list_*, menu_max_words, name_max_words)."""

from __future__ import annotations

from ..types import Document
from .lists import key_value, prose_par, row_line
from .prose import counted_words
from .settings import ScorerSettings
from .shapes import ends_like_sentence


def list_head(doc: Document, first: int, s: ScorerSettings, top: int = -1) -> int:
    """The body's first paragraph once the article's lead above its table has joined it.

    A finance or sports story opens on a sentence, then a table ("HD THE HOME DEPOT INC. 225.86
    -12.99 -5.44%", "DL Myles Garrett 57 77% 1 tackle"), then its paragraphs: the block starts
    under the table and the lead, cut off by it, went with the heading's furniture. Above the
    block, at least two rows of data of `menu_max_words` words or more (a date line is shorter)
    that make `list_min_share` of the lines, at most `list_max_labels` other lines (the table's
    header), and right above them a sentence-long paragraph scoring as prose, below `top` (the
    repeated title): that paragraph is the lead. Any rule removal on the way (a byline, a date
    line, a share row) is the heading's furniture: the body stays where it is."""
    pars = doc.paragraphs
    rows = others = 0
    index = first - 1
    while index > top:
        par = pars[index]
        if not par.kept:
            return first
        if prose_par(par, s):
            break
        if row_line(doc, index, s) and counted_words(par.signals) >= s.menu_max_words:
            rows += 1
        else:
            others += 1
            if others > s.list_max_labels:
                return first
        index -= 1
    else:
        return first
    if rows < 2 or rows < s.list_min_share * (rows + others) or not pars[index].signals["ends_sentence"]:
        return first
    return index


def fact_head(doc: Document, first: int, s: ScorerSettings, top: int = -1) -> int:
    """The body's first paragraph once a fact box right above it has joined it: "Label: value"
    rows, at least `list_min_items` of them with the body's first line, two ending like sentences
    and one of those of `list_prose_min_words` words or more (the others of at most
    `name_max_words` words: "Verdict: False"), nothing between them, below `top`.

    A fact check opens on its verdict box ("Behauptung: Ab dem 1. Januar gilt ... Tempo 80." /
    "Bewertung: Falsch." / "Fakten: Der Bundestag hat ..."): the block began on its last row
    and the verdict above went with the heading's furniture. A byline's rows ("Von: Felix
    Brandt", "Stand: 04.12.2026") hold no sentence."""
    pars = doc.paragraphs

    def row(index: int) -> bool:  # a verdict's row may be a word or two without a full stop
        par = pars[index]
        short = par.signals["words"] <= s.name_max_words
        return par.kept and key_value(doc, par, s) and (short or ends_like_sentence(doc, par))

    index = first
    while index - 1 > top and row(index - 1):
        index -= 1
    rows = range(index, first + 1 if row(first) else first)
    sentences = [i for i in rows if ends_like_sentence(doc, pars[i])]
    if len(rows) < s.list_min_items or len(sentences) < 2:
        return first
    return index if any(counted_words(pars[i].signals) >= s.list_prose_min_words for i in sentences) else first
