"""A standfirst named as a kicker: the block right under the headline that sites call "occhiello"
(Italian papers name so the line over the title and, as often, the summary under it), "surtitre"
or "kicker". Its name makes it furniture (a topic label: "Economia"); a block of sentences right
under the headline is the article's standfirst all the same, and stays.
"""

from __future__ import annotations

import re

from .flags import FURNITURE, JUNK, KICKER
from .settings import HtmlSettings
from .walk import Page

# A sentence's end: its mark before a space or the text's end ("2.400 euro" holds none).
_SENTENCE_END = re.compile(r"[.!?…。！？](?=[\s\"”»’)]|$)")


def standfirst_kickers(page: Page, settings: HtmlSettings) -> list[bool]:
    """Kicker-named blocks (walk.KICKER, furniture by no other mark) whose first line comes right
    after an h1's line, holding at least `standfirst_kicker_min_sentences` sentences and
    `standfirst_min_words` words and no link: the standfirst, which content.py does not exclude."""
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
        if (not any(line.link_chars for line in inside) and len(text.split()) >= settings.standfirst_min_words
                and len(_SENTENCE_END.findall(text)) >= settings.standfirst_kicker_min_sentences):
            kept[block] = True
    return kept


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
