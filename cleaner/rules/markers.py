"""Where a block marker ("Más noticias de fichajes", "Related articles") is a box inside the
article rather than the head of the page's closing furniture.

A block rule removes its marker and everything under it (engine._apply_blocks). Sites also set a
"more news" box between two parts of an article: the heading, one or two links, then the
article's next paragraphs. There the rule took the article's last part with the box. The shape
told apart: one to `block_resume_links` short lines under the marker (its links), then
`block_resume_paragraphs` prose paragraphs in a row. A teaser box alternates headlines and
summaries, so no two prose paragraphs follow each other in it, or sets each teaser's headline and
summary on one line right under its heading ("Most Read" / "Tuesday's hearings were a disaster
for Republicans Even their own witnesses said damaging stuff." / ...: no link line there); a
comment thread's paragraphs follow each other too, which is why only markers of
`block_resume_categories` are asked (data/scorer.toml, [engine]).
"""

from __future__ import annotations

from typing import Callable

from ..types import Document, Paragraph
from .settings import EngineSettings


def article_resumes(
    doc: Document, index: int, s: EngineSettings, prose_words: Callable[[Paragraph], int], sentence: Callable[[Paragraph], bool]
) -> int | None:
    """Where the article goes on under the marker at paragraph `index` (module docstring): the
    first of its prose paragraphs, the box (the marker and its links) lying above it; None when
    it does not. `prose_words` gives a kept paragraph's words when it is prose-long (0
    otherwise), `sentence` whether it ends like a sentence."""
    links, run, start = 0, 0, None
    for at in range(index + 1, len(doc.paragraphs)):
        par = doc.paragraphs[at]
        if not par.kept:
            if run:
                break
            continue
        if prose_words(par) and sentence(par):
            if links == 0:
                return None  # no link under the marker: a box of teasers with their summaries ("Most Read")
            start = at if run == 0 else start
            run += 1
            if run >= s.block_resume_paragraphs:
                return start
            continue
        if run:
            return None
        links += 1
        if links > s.block_resume_links:
            return None
    return None
