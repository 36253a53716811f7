"""An <aside> set between the article's paragraphs that is the article's own box of facts.

HTML calls an <aside> content "tangentially related" to what is around it, and the walk flags it
as page chrome (a sidebar, a related-links box). Newsrooms also set a fact box in one, between two
paragraphs of the body: "Key facts: Cost: $18.4 million ... Work: March 2027 to fall 2028". The
project keeps such key points with the article (rules/keypoints.py keeps them between headline and
body), so an aside in the body keeps its facts too. The tell: an aside (no other furniture mark)
holding text and no link, whose previous and next siblings each hold a paragraph of prose (the
siblings of the wrappers holding the aside alone, when a block editor wraps each block in a
div: a pull quote's aside between two text blocks). A related-links box holds links; a sidebar
has no paragraphs on both sides of it. The box may also close the body ("The bridge in numbers"
under the last paragraph): then it opens with a heading, nothing holding text follows it, and at
least two of the blocks before it hold prose, each one block of the body; a sidebar's one previous sibling is the whole
article, and one paragraph above an aside is a teaser's. Or it opens the body, the summary of key
points under the headline ("Key points: ..."): then it opens with a heading, its previous sibling
is the headline's h1 or the header holding it, and the blocks after it hold prose.
"""

from __future__ import annotations

from .settings import HtmlSettings
from .flags import CHROME, JUNK
from .walk import Page, line_sums


def fact_boxes(page: Page, prose: list[int], links: list[int], settings: HtmlSettings) -> list[bool]:
    """Per element: an aside in the body holding facts (see the module's doc). `prose` and
    `links`: per element, the prose lines (content.is_prose) and link characters its subtree holds."""
    found = [False] * len(page.tags)
    asides = [index for index, tag in enumerate(page.tags) if tag == "aside" and page.flags[index] & JUNK == CHROME]
    if not asides:
        return found
    lines = line_sums(page, lambda line: 1)
    for index in asides:
        if links[index] or not lines[index]:
            continue
        outer = index
        while page.parents[outer] > 0 and page.children[page.parents[outer]] == 1:
            outer = page.parents[outer]  # a block wrapper holding the aside alone (a StreamField block's div)
        before, after = _siblings(page, outer)
        if after < 0 or not lines[after]:
            found[index] = (_titled(page, index, settings)
                            and _prose_blocks_before(page, outer, prose, settings.fact_box_prose_blocks) >= settings.fact_box_prose_blocks)
        elif before >= 0 and prose[before] == 0 and _holds_h1(page, before):
            found[index] = (_titled(page, index, settings)
                            and _prose_after(page, outer, prose, settings.fact_box_prose_blocks) >= settings.fact_box_prose_blocks)
        else:
            found[index] = before >= 0 and prose[before] > 0 and prose[after] > 0
    return found


def _holds_h1(page: Page, index: int) -> bool:
    """Whether `index` is the headline's h1 or holds it (the article's own header)."""
    return "h1" in page.tags[index:index + page.sizes[index]]


def _prose_after(page: Page, index: int, prose: list[int], enough: int) -> int:
    """The prose lines of the siblings after `index`, counting up to `enough`."""
    count, child, parent = 0, index + page.sizes[index], page.parents[index]
    while child < len(page.tags) and page.parents[child] == parent and count < enough:
        count += prose[child]
        child += page.sizes[child]
    return count


def _titled(page: Page, index: int, settings: HtmlSettings) -> bool:
    """Whether the first line in `index`'s subtree is a heading: a fact box has its title ("Fakta:
    Hamnområdet"); a teaser set after the body is one paragraph ("Most read: ...")."""
    end = index + page.sizes[index]
    for line in page.lines:  # asides are few; the lines are in document order
        if index <= line.owner < end:
            return line.tag in settings.heading_tags
    return False


def _prose_blocks_before(page: Page, index: int, prose: list[int], enough: int) -> int:
    """How many of the siblings before `index` hold prose, counting up to `enough`."""
    count, child = 0, page.parents[index] + 1
    while child < index and count < enough:
        count += prose[child] > 0
        child += page.sizes[child]
    return count


def _siblings(page: Page, index: int) -> tuple[int, int]:
    """The previous and next sibling elements of `index` (-1 where there is none)."""
    parent = page.parents[index]
    after = index + page.sizes[index]
    if after >= len(page.tags) or page.parents[after] != parent:
        after = -1
    before, child = -1, parent + 1
    while child < index:
        before, child = child, child + page.sizes[child]
    return before, after
