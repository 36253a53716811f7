"""Kept lines that removals frame on both sides or head: an ad's copy under its label
(pitches.py) and an embedded TikTok video's caption between its handle and its sound credit.

A scraped TikTok embed prints "@theogrant" / its caption ("she said yes!! 💍 #engaged") / "♬
original sound - Theo Grant". Rules know the first and the last line (a bare handle, the sound
credit), not the caption, which is free text: a sound rule taking the line above it would take
the article's short line when an embed comes without a caption. Framed by a bare handle right
above and an embed's removal right below, at most `caption_max_words` words, the line is the
caption (data/scorer.toml, [engine]). So is a line that opens on the handle itself ("@ayanakamura
2027 on se voit 🏟️" over "♬ son original - ...") when it holds a hashtag or an emoji or ends on
no full stop: an article's sentence opening on a handle ends like one and names no hashtag. Kept,
such a caption stood between the article and its last sentence under the embed, which was lost.
"""

from __future__ import annotations

import re

from ..types import Document, Removal
from .matchers import ScopeMatcher
from .pitches import mark_box_titles, mark_pitches

_HANDLE = re.compile(r"\s*@[\w.]{1,30}\s*")
_HANDLE_OPENING = re.compile(r"\s*@[\w.]{1,30}\s+\S")
# A post's own marks: a hashtag, an emoji; or no full stop at the end.
_POST_MARK = re.compile(r"(?<!\w)#\w|[\u2600-\u27bf\U0001f000-\U0001faff]|[^.!?…\"”»’)\s]\s*$")
_EMBED = "social-embed"


def mark_framed(doc: Document, pitches: ScopeMatcher, categories: dict[str, str], line_max_chars: int, caption_max_words: int) -> None:
    """Remove an ad's copy under its label (`pitches`: the "under-ad" rules) and an embed's
    caption between its handle and its credit (module docstring); `categories`: rule id ->
    category."""
    if pitches:
        mark_pitches(doc, pitches, categories, line_max_chars)
        mark_box_titles(doc, pitches, categories, line_max_chars)
    pars = doc.paragraphs
    for index in range(1, len(pars) - 1):
        above, par, below = pars[index - 1], pars[index], pars[index + 1]
        if par.removal is not None or not par.kept or above.removal is None or below.removal is None:
            continue
        if categories.get(above.removal.rule) != _EMBED or categories.get(below.removal.rule) != _EMBED:
            continue
        if _HANDLE.fullmatch(doc.text, above.start, above.end) and len(doc.text[par.start : par.end].split()) <= caption_max_words:
            par.removal = Removal("boilerplate", below.removal.rule)
    for index in range(len(pars) - 1):
        par, below = pars[index], pars[index + 1]
        if par.removal is None and par.kept and below.removal is not None and categories.get(below.removal.rule) == _EMBED:
            text = doc.text[par.start : par.end]
            if _HANDLE_OPENING.match(text) and _POST_MARK.search(text) and len(text.split()) <= caption_max_words:
                par.removal = Removal("boilerplate", below.removal.rule)
