"""Where the body starts around a byline: a standfirst written as sentences, then a byline's names
and dates, then the article (the scorer's block may open on the standfirst and keep the byline as
text, or open under it and lose the headline). The evidence is a rule removal of a dateline or
credit among the lines walked over, or a name or date known by its shape."""

from __future__ import annotations

from dataclasses import replace
from typing import Callable

from ..types import Document, Paragraph
from .blocks import Block
from .furniture import byline_furniture
from .loader import BYLINE_CATEGORIES
from .settings import ScorerSettings
from .date_lines import calendar_date
from .shapes import caption_like
from .stamps import time_stamp
from .title import title_shaped
from .title_walk import entry_heading
from .title_lines import label_under_headline


def past_byline(doc: Document, block: Block, s: ScorerSettings, category: Callable[[Paragraph], str]) -> Block:
    """The body and standfirst around a byline under a standfirst written as sentences.

    find_heading passes over name and date lines under a title, but not over a standfirst that
    ends like a sentence and is too long for a caption: it stops there and the headline is lost.
    Such a standfirst scores as prose, so the block may also open with it and keep the byline
    under it ("Jeroen Vos") as article text. Either way, when name or date lines next to the
    block's start include a line a rule removed as a dateline or credit, the paragraph over them
    is the standfirst (when a title-shaped line sits above it): the body starts under the
    byline and find_heading is told where the standfirst is. The rule removal is the evidence:
    without it, a short capitalised line under the lead may be a subheading ("Hohe Kosten");
    in a script without capitals, a name's shape is evidence enough (`_byline`). When nothing
    title-shaped sits above and the block opened with a title-shaped line, that line is the
    headline (a long Thai one scores as prose: Thai sentences end with nothing), and the body
    starts under the byline all the same.
    """
    pars = doc.paragraphs
    below = _byline(doc, range(block.first + 1, block.last + 1), block.unlisted, s, category)
    if below is None and (opened := _opened_with_headline(doc, block, s, category)) is not None:
        return opened
    if below is not None and below[1] and below[0] > block.first + 1:
        standfirst, first = block.first, below[0]  # the block opened with the standfirst
    else:
        above = _byline(doc, range(block.first - 1, -1, -1), block.unlisted, s, category)
        if above is None:
            return block
        standfirst, first = above[0], block.first
    title = next((i for i in range(standfirst - 1, -1, -1) if pars[i].kept), None)
    if title is not None and label_under_headline(doc, title, s):
        title -= 1  # a short label between headline and standfirst ("Đời sống phường xã"): the headline is over it
    if title is None or not title_shaped(doc, pars[title], s, far=True):
        if standfirst == block.first and title_shaped(doc, pars[standfirst], s, far=True):
            return block.moved(first=first)  # the block opened with the headline
        return block
    if not s.standfirst_min_words <= pars[standfirst].signals["words"] <= s.standfirst_max_words:
        return block  # a lead paragraph, not a standfirst
    return replace(block, first=first, standfirst=standfirst)

def _opened_with_headline(doc: Document, block: Block, s: ScorerSettings, category: Callable[[Paragraph], str]) -> Block | None:
    """The block that opened with the headline, its standfirst under it and a byline's names
    (kept) over lines rules removed as its dates (a blog platform: "Ellen Marsh" / "Follow" /
    "5 min read · Dec 2, 2026" / "Listen"): the body starts under the byline, the
    standfirst is told to find_heading. None when the block opens otherwise."""
    pars = doc.paragraphs
    standfirst = block.first + 1
    if standfirst > block.last or not pars[standfirst].kept or not title_shaped(doc, pars[block.first], s, far=True):
        return None
    if not s.standfirst_min_words <= pars[standfirst].signals["words"] <= s.standfirst_max_words:
        return None
    below = _byline(doc, range(standfirst + 1, block.last + 1), block.unlisted, s, category)
    if below is None or not below[1] or below[0] <= standfirst + 1:
        return None
    return replace(block, first=below[0], standfirst=standfirst)

def _byline(doc: Document, indexes: range, unlisted: bool, s: ScorerSettings, category: Callable[[Paragraph], str]) -> tuple[int, int] | None:
    """(first kept line past the byline, byline names and dates kept) walking `indexes`, when
    the lines walked over include a dateline or credit removed by a rule, or a name in a script
    without capitals (2-3 short chunks, title._name_like), or, on a page whose language has no
    stopword list (`unlisted`), a date known by its shape (date_lines.calendar_date: "ဒီဇင်ဘာ ၄၊
    ၂၀၂၆" under a Myanmar headline that scored as prose); else None. A live blog's time stamp
    next to the block is passed over (its first entry's, article text that find_heading keeps)."""
    names, evidence, opening = 0, False, indexes.start
    for index in indexes:
        par = doc.paragraphs[index]
        if not par.kept:
            evidence |= category(par) in BYLINE_CATEGORIES
        elif names < s.furniture_max_lines and byline_furniture(doc, par, s):
            names += 1
            evidence |= 2.0 <= par.signals.get("caseless_name", 0.0) <= s.name_max_words
            evidence |= unlisted and calendar_date(doc, par, s)
        elif index == opening and time_stamp(par, s):
            continue  # a live blog's first time stamp, right above its first entry
        elif index == opening and indexes.step < 0 and entry_heading(doc, index, index + 1, s):
            opening = index - 1  # the first entry's heading under its stamp ("16:42" / "Treinverkeer hervat")
            continue
        elif index == indexes[0] and indexes.step < 0 and caption_like(doc, par, s):
            continue  # a photo caption right above the body, under the byline's dates
        else:
            return (index, names) if evidence else None
    return None
