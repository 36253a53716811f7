"""Kept lines that removals frame on both sides or head: an ad's copy under its label
(pitches.py) and an embedded TikTok video's caption between its handle and its sound credit.

A scraped TikTok embed prints "@theogrant" / its caption ("she said yes!! 💍 #engaged") / "♬
original sound - Theo Grant". Rules know the first and the last line (a bare handle, the sound
credit), not the caption, which is free text: a sound rule taking the line above it would take
the article's short line when an embed comes without a caption. Framed by a bare handle right
above and an embed's removal right below, at most `caption_max_words` words, the line is the
caption (data/scorer.toml, [engine]).
"""

from __future__ import annotations

import re

from ..types import Document, Removal
from .matchers import ScopeMatcher
from .pitches import mark_box_titles, mark_pitches

_HANDLE = re.compile(r"\s*@[\w.]{1,30}\s*")
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
