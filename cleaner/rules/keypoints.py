"""Key points under a headline: "Das Wichtigste in Kürze", "Key Highlights", "En bref".

Many sites set a short box between the headline (and standfirst) and the byline: a label, then
two to six one-sentence items summing the story up. Walking up from the body to the headline,
title.find_heading passes over at most `furniture_max_lines` short lines (a caption, a byline, a
date): the box's items used them all up, the walk stopped at the label, and the headline was
lost. A box counts as none of those lines; its items written as sentences stay with the article
as other caption-like furniture does (title._kept_furniture), and its label with them.
"""

from __future__ import annotations

from ..types import Document
from .settings import ScorerSettings


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
