"""A standfirst named as a kicker: the block right under the headline that sites call "occhiello"
(Italian papers name so the line over the title and, as often, the summary under it), "surtitre"
or "kicker". Its name makes it furniture (a topic label: "Economia"); a block of sentences right
under the headline is the article's standfirst all the same, and stays.
"""

from __future__ import annotations

from ..words import SENTENCE_MARK
from .flags import FURNITURE, JUNK, KICKER
from .settings import HtmlSettings
from .walk import Page


def standfirst_kickers(page: Page, settings: HtmlSettings) -> list[bool]:
    """Kicker-named blocks (walk.KICKER, furniture by no other mark) whose first line comes right
    after an h1's line, holding sentences (`_standfirst_text`) and no link: the standfirst, which
    content.py does not exclude."""
    kept = [False] * len(page.tags)
    lines = page.lines
    for position in range(1, len(lines)):
        if lines[position - 1].tag != "h1":
            continue
        block = _kicker_block(page, lines[position].owner)
        if block < 0 or kept[block]:
            continue
        end = block + page.sizes[block]
        inside = [line for line in lines[position:] if block <= line.owner < end]
        text = " ".join(line.text for line in inside)
        if not any(line.link_chars for line in inside) and _standfirst_text(text, settings):
            kept[block] = True
    return kept


def _standfirst_text(text: str, settings: HtmlSettings) -> bool:
    """Sentences, not a label: `standfirst_kicker_min_sentences` of them and `standfirst_min_words`
    words, or one sentence of `standfirst_kicker_sentence_min_words` words ending on its mark."""
    words = len(text.split())
    if words < settings.standfirst_min_words:
        return False
    ends = SENTENCE_MARK.findall(text)
    if len(ends) >= settings.standfirst_kicker_min_sentences:
        return True
    return words >= settings.standfirst_kicker_sentence_min_words and SENTENCE_MARK.search(text.rstrip()[-2:]) is not None


def _kicker_block(page: Page, element: int) -> int:
    """The kicker-named element holding `element` (itself or an ancestor), or -1 when an element
    marked otherwise comes first."""
    while element >= 0:
        flags = page.flags[element]
        if flags & KICKER and flags & JUNK == FURNITURE:
            return element
        if flags & JUNK:
            return -1
        element = page.parents[element]
    return -1
