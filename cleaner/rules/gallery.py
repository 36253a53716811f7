"""A photo gallery's slides inside the body: each one a counter, a caption and a credit.

A gallery page saved as text reads "1 / 12" / "Children build a snowman in the park." /
"Photo: Anna Smirnova", slide after slide, between the story's first and last paragraphs. The
counter and the credit go by rule (common.credit.gallery-furniture, the credit rules); the
caption, a short sentence full of names, scores low as prose, and counted as a short non-prose
line it cut the block after the first paragraph: the captions and the closing paragraph under
the gallery went with the page's furniture (a Russian photo report kept one paragraph of it).
Under `live_min_stamps` counters or more, a slide's kept lines weigh nothing against a block,
as a live blog's time stamps do (live.py): up to the next counter, and under the last one as
many as the slide above holds (the caption, a credit no rule knew).

Inside the body, a slide's lines would still read as a menu run (short lines, no prose): a
Catalan gallery's "Jordi Soler" credits took the caption between them. A line repeated word for
word in two slides or more is the photographer's credit no rule knew and goes
(`score.gallery-credit`); the other kept lines of the slides are captions, never a menu run's
(`slide_lines`). The gallery's buttons ("Next photo", "Previous photo") among its slides and
right under the last one, removed as navigation, weigh nothing either: as chrome they cut off
the story's paragraphs under the gallery (`_buttons`).
"""

from __future__ import annotations

from collections import Counter

from ..types import Document, Paragraph
from .loader import removal_category
from .settings import ScorerSettings

COUNTER_RULE = "common.credit.gallery-furniture"
RULE_GALLERY_CREDIT = "score.gallery-credit"


def _slides(doc: Document, s: ScorerSettings) -> list[list[int]]:
    """The kept lines of each slide of a gallery of `live_min_stamps` counters or more: up to the
    next counter; under the last one, as many kept lines as the slide above holds (slides are
    of one shape: a caption, maybe a credit), `furniture_max_lines` at most."""
    pars = doc.paragraphs
    counters = [i for i, par in enumerate(pars) if par.removal is not None and par.removal.rule == COUNTER_RULE]
    if len(counters) < s.live_min_stamps:
        return []
    slides: list[list[int]] = []
    for counter, below in zip(counters, counters[1:] + [len(pars)]):
        lines = [i for i in range(counter + 1, below) if pars[i].kept]
        if below == len(pars):
            lines = lines[: min(len(slides[-1]), s.furniture_max_lines)]
        slides.append(lines)
    return slides


def neutral_slides(doc: Document, values: list[float], s: ScorerSettings, categories: dict[str, str]) -> None:
    """Set to 0 in `values` the weight of a gallery's captions and of its buttons (see the
    module docstring)."""
    slides = _slides(doc, s)
    for lines in slides:
        for index in lines:
            values[index] = max(values[index], 0.0)
    for index in _buttons(doc, slides, categories):
        values[index] = max(values[index], 0.0)


def _buttons(doc: Document, slides: list[list[int]], categories: dict[str, str]) -> list[int]:
    """The lines a navigation rule removed among a gallery's slides and right under its last
    one ("Next photo" / "Previous photo" / "View all photos"), two counters or more: the
    gallery's buttons, inside the article like its counters (a page saved with two of its
    slides shows the same buttons); as page chrome they cut off the article's paragraphs under
    the gallery."""
    pars = doc.paragraphs
    counters = [i for i, par in enumerate(pars) if par.removal is not None and par.removal.rule == COUNTER_RULE]
    if len(counters) < 2:
        return []
    end = max([counters[-1]] + [i for lines in slides for i in lines])
    if not slides:  # too few counters for slides: the last slide holds as many kept lines as the one above
        above = sum(1 for i in range(counters[-2] + 1, counters[-1]) if pars[i].kept)
        while end + 1 < len(pars) and end - counters[-1] < above and pars[end + 1].kept:
            end += 1
    found = [i for i in range(counters[0], end + 1) if _button(pars[i], categories)]
    index = end + 1
    while index < len(pars) and _button(pars[index], categories):
        found.append(index)
        index += 1
    return found


def _button(par: Paragraph, categories: dict[str, str]) -> bool:
    return not par.kept and removal_category(par, categories) == "navigation"


def slide_lines(doc: Document, s: ScorerSettings) -> tuple[set[int], set[int]]:
    """(captions, credits) of a gallery's slides: a line repeated in two slides or more is a
    credit, the other kept lines captions."""
    slides = _slides(doc, s)
    if not slides:  # most pages: no gallery, nor a Counter to build (~3 µs)
        return set(), set()
    seen = Counter(text for lines in slides for text in {doc.kept_text(doc.paragraphs[i]).strip() for i in lines})
    captions, credits = set(), set()
    for lines in slides:
        for index in lines:
            repeated = seen[doc.kept_text(doc.paragraphs[index]).strip()] >= 2
            (credits if repeated else captions).add(index)
    return captions, credits
