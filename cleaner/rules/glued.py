"""A second article glued under the first: a scraper saved the page with the next story loaded.

A theme that loads "the next article" under the one read, or a scraper that joins two pages,
leaves the second story whole under the first: its section name or an "Article suivant" label,
its headline, its own byline and date (lines the credit and dateline rules removed), then its
paragraphs, all scoring as prose, so the body block runs over both. The second story's header
repeats the first's shape, and that is the tell, read on both sides:

- the page's own header: right above the body, up to the first kept line (the headline or a
  standfirst), rule removals holding a credit and a dateline, the date with its year, and no
  byline removal higher up (then those lines are a live blog's first entry's, under the page's);
- the second header: a kept headline-shaped line (`title_max_words` words at most, no sentence end) between the first story's
  closing paragraph (a sentence end, at least `glued_min_paragraphs` paragraphs from the body's
  start) and up to `glued_head_lines` byline removals holding a date with its year, then prose;
  with a credit of its own, or a removed line (a section name, a "next article" label) between
  the first story's closing and its headline.

A live blog's entries carry a time without its year (and their first entry's stamp, not the
page's credit, sits right above the body), a page of briefs or letters heads its items with no
byline and date of their own: neither has both. The second story's lines and all under them are
the page's furniture (`Block.glued_from`), long prose paragraphs too.
"""

from __future__ import annotations

from typing import Callable

from ..types import Document, Paragraph
from .lists import prose_paragraph
from .settings import ScorerSettings
from .stamps import YEAR

_CREDIT, _DATELINE = "credit", "dateline"


def glued_story(doc: Document, first: int, last: int, s: ScorerSettings, category: Callable[[Paragraph], str]) -> int | None:
    """Where a second story glued under the body [first, last] begins (the first removed or kept
    line under the first story's closing paragraph), or None."""
    pars = doc.paragraphs
    top = _removed_above(doc, first, category)
    if any(category(pars[i]) in (_CREDIT, _DATELINE) for i in range(first - len(top) - 1)):
        return None  # the byline over the body is an entry's (a live blog's first), the page's is higher up
    if not {_CREDIT, _DATELINE} <= {kind for kind, _ in top} or not any(dated for kind, dated in top if kind == _DATELINE):
        return None
    for head in range(first + s.glued_min_paragraphs, min(last + 1, len(pars))):
        if not _headline(pars[head], s):
            continue
        below = _byline_below(doc, head, s, category)
        if below is None:
            continue
        closing = head - 1
        while closing > first and not pars[closing].kept:
            closing -= 1
        if closing - first + 1 < s.glued_min_paragraphs or not _closes(pars[closing], s):
            continue
        if _CREDIT in below or closing < head - 1:
            return closing + 1
    return None


def _removed_above(doc: Document, first: int, category: Callable[[Paragraph], str]) -> list[tuple[str, bool]]:
    """The categories of the rule removals right above `first` up to the first kept line, each
    with whether its text holds a year."""
    found = []
    for index in range(first - 1, -1, -1):
        par = doc.paragraphs[index]
        if par.kept:
            break
        found.append((category(par), YEAR.search(doc.text[par.start : par.end]) is not None))
    return found


def _byline_below(doc: Document, head: int, s: ScorerSettings, category: Callable[[Paragraph], str]) -> set[str] | None:
    """The byline categories of up to `glued_head_lines` removals right under the headline `head`,
    when they hold a dateline with its year and a prose paragraph follows them; None otherwise."""
    pars = doc.paragraphs
    kinds, dated, at = set(), False, head + 1
    while at < len(pars) and not pars[at].kept and at - head <= s.glued_head_lines:
        kind = category(pars[at])
        if kind not in (_CREDIT, _DATELINE):
            return None
        kinds.add(kind)
        dated = dated or (kind == _DATELINE and YEAR.search(doc.text[pars[at].start : pars[at].end]) is not None)
        at += 1
    if not dated or at >= len(pars) or not prose_paragraph(pars[at], s):
        return None
    return kinds


def _headline(par: Paragraph, s: ScorerSettings) -> bool:
    signals = par.signals
    return par.kept and 2 <= signals["words"] <= s.title_max_words and not signals["ends_sentence"]


def _closes(par: Paragraph, s: ScorerSettings) -> bool:
    return par.kept and bool(par.signals["ends_sentence"]) and par.signals["prose"] >= s.tail_min_prose
