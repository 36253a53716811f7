"""A gallery page: a headline, an intro of a sentence or two, and captioned pictures.

Captions go as figures everywhere else (a caption is not the article's prose), so a gallery came
out as its intro alone. What a reader of such a page expects is its text: the intro and the
captions, in page order. A page is a gallery when the article's own prose is short (at most
`gallery_max_body_lines` paragraphs and `gallery_max_body_chars` non-space characters) and at least `gallery_min_captions` captions sit
in the article (the container, or the nearest of its `gallery_scope_depth` ancestors holding that
many): lines removed only as figures (a <figure>, a picture's bare block) or as boxes named a
caption, with no other furniture mark on the way (a credit, a share row, a hidden slide) and no
more link text than a kept line may have. A long article keeps its captions out, as before.

A slideshow's counters ("1 / 5" over each slide) are no caption: lines that are only a number and
a total, several with one total and different numbers, go (`slide_counters`).
"""

from __future__ import annotations

from ..words import SENTENCE_MARK
from .content import MainContent, is_prose
from .settings import HtmlSettings
from .flags import CAPTION, CHROME, JUNK, LINKED
from .walk import Line, Page

_FIGURE_TAGS = frozenset({"figure", "figcaption"})
_COUNTER_MAX_CHARS = 12  # "999 from 999": no counter is longer


def gallery_captions(page: Page, main: MainContent, settings: HtmlSettings) -> frozenset[int]:
    """The positions (in `page.lines`) of the captions to keep, when the page is a gallery."""
    frame = _short_body(page, main, settings)
    if frame is None:
        return frozenset()
    captions = [position for position, line in enumerate(page.lines) if _caption(page, main, line, settings)]
    if len(captions) < settings.gallery_min_captions:
        return frozenset()
    scope = main.container
    for _ in range(settings.gallery_scope_depth + 1):
        held = [p for p in captions if scope <= page.lines[p].owner < scope + page.sizes[scope]]
        if len(held) >= settings.gallery_min_captions:  # a frame of several paragraphs: the captions must say more
            return frozenset(held) if sum(page.lines[p].chars for p in held) > frame else frozenset()
        scope = page.parents[scope]
        if scope < 0 or main.excluded[scope]:
            break
    return frozenset()


def slide_counters(page: Page, settings: HtmlSettings) -> frozenset[int]:
    """The positions of a slideshow's counters: lines that are only "N / total" (settings
    `slide_counter`), at least `gallery_min_captions` with one total and as many numbers up to it."""
    found: dict[str, dict[int, list[int]]] = {}
    for position, line in enumerate(page.lines):
        match = settings.slide_counter.fullmatch(line.text) if line.chars <= _COUNTER_MAX_CHARS else None
        if match:
            found.setdefault(match.group(2), {}).setdefault(int(match.group(1)), []).append(position)
    return frozenset(
        position for total, numbers in found.items()
        if len(numbers) >= settings.gallery_min_captions and max(numbers) <= int(total)
        for positions in numbers.values() for position in positions
    )


def _short_body(page: Page, main: MainContent, settings: HtmlSettings) -> int | None:
    """Whether the container's prose is an intro at most: `gallery_max_body_lines` paragraphs and
    `gallery_max_body_chars` non-space characters (characters, not words: Japanese or Thai prose
    is one "word" a line; and lines, since such a script says in 500 characters what English says
    in 200 words, a paragraph or two, where an article has more). More paragraphs pass when they
    hold `gallery_max_body_sentences` sentences at most: a standfirst, an intro and a closing line
    are one sentence or two each, where three paragraphs of an article are several; the captions
    must then hold more characters than that frame (a teaser list under a short story is no
    gallery). Returns the characters the captions must pass (0 for an intro of a paragraph or
    two), None when the body is an article's."""
    chars = lines = sentences = 0
    for line in page.lines:
        if main.inside[line.owner] and not main.excluded[line.owner] and is_prose(line, settings):
            chars += line.chars
            lines += 1
            sentences += max(1, len(SENTENCE_MARK.findall(line.text)))
            if chars > settings.gallery_max_body_chars:
                return None
    if lines <= settings.gallery_max_body_lines:
        return 0
    return chars if sentences <= settings.gallery_max_body_sentences else None


def _caption(page: Page, main: MainContent, line: Line, settings: HtmlSettings) -> bool:
    """A line removed only as a figure or a caption box, and not a link."""
    element = line.owner
    if not main.excluded[element] or line.link_density > settings.max_link_density:
        return False
    while element >= 0 and main.excluded[element]:
        flags = page.flags[element]
        marks = flags & (JUNK | LINKED)
        figure = marks == CHROME and page.tags[element] in _FIGURE_TAGS
        if marks and not figure and not flags & CAPTION:
            return False
        element = page.parents[element]
    return True
