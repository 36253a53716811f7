"""A fact check's verdict box: furniture by its name ("rating"), the article's by its text.

Fact-checking desks print their verdict in a box named like a star-rating widget
(`<div class="rating"><strong>Bewertung: Falsch</strong></div>`, "Our rating: False"). The
name alone says furniture; what the box says tells the two apart: a verdict is one line, a
verdict label and a word or two ("Falsch", "Mostly false"), no number, no link, no control. A
star widget says a number or stars ("Rating: 4.5/5", "★★★★☆"), a "Rate this article" box holds
buttons, and neither opens on a verdict label.
"""

from __future__ import annotations

from .flags import CONTROL, JUNK, FURNITURE
from .settings import HtmlSettings
from .walk import Page


def verdict_boxes(page: Page, links: list[int], settings: HtmlSettings) -> list[bool]:
    """Per element: a block furniture only by its name whose whole text is one verdict line
    (`verdict_line` of html.toml), with no link nor form control below it. Lines are found by
    their owner, not by position: text after a nested block belongs to the block around it."""
    kept = [False] * len(page.tags)
    boxes = [index for index, flags in enumerate(page.flags) if flags & JUNK == FURNITURE and not links[index]]
    if not boxes:
        return kept
    owned: dict[int, list[str]] = {}
    for line in page.lines:
        owned.setdefault(line.owner, []).append(line.text)
    for index in boxes:
        texts: list[str] = []
        for i in range(index, index + page.sizes[index]):
            texts += owned.get(i, ())
            if len(texts) > 1 or page.flags[i] & CONTROL:
                break
        else:
            kept[index] = len(texts) == 1 and bool(settings.verdict_line.fullmatch(texts[0].strip()))
    return kept
