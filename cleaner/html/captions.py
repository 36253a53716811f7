"""Captions in a block of their own beside the picture, known only by their styling.

A `<figure>` or a block holding a picture and its caption goes as a figure (content.py); older
themes and hand-made pages put the picture in one block and the caption in the next, a `<p>` or
`<div>` whose only marks are how it looks (`<small>`, "small text-muted", a small font size,
centred text) or a name saying picture ("haber-resim-aciklama", "photo-desc"). The caption then
reads as an article paragraph ("Volunteers rebuilt the oven over two summers."). The tell: a
block holding one short line (`caption_max_chars`) and no picture, dressed so (walk.CAPTION_LOOK
on it or below it), that comes right after a sibling block holding a picture and no text. A
paragraph of the article after a picture is not dressed so; a dressed line elsewhere (a date
under the headline, a small print at the end) has no picture before it.
"""

from __future__ import annotations

from bisect import bisect_left

from .settings import HtmlSettings
from .walk import CAPTION_LOOK, IMAGE, Page


def sibling_captions(page: Page, settings: HtmlSettings) -> list[bool]:
    """Per element: whether it is a dressed caption block right after a picture's block.

    Most pages dress few elements so, and a caption block is one of them or holds one: the test
    starts from those, climbing through the blocks that hold that one line alone, and counts
    lines and pictures in a subtree by bisecting sorted lists (no pass over every element)."""
    count = len(page.tags)
    captions = [False] * count
    looks = [index for index, flags in enumerate(page.flags) if flags & CAPTION_LOOK]
    if not looks:
        return captions
    owned = sorted((line.owner, line.chars) for line in page.lines)
    owners = [owner for owner, _ in owned]
    pictures = [index for index, flags in enumerate(page.flags) if flags & IMAGE]
    children: dict[int, list[int]] = {}
    for look in looks:
        block = look
        while block > 0 and (held := _held(owners, block, page.sizes[block])) <= 1:
            if held and _caption_after_picture(page, block, owned, owners, pictures, children, settings):
                captions[block] = True
                break
            block = page.parents[block]  # up from an inline <small> or through a wrapper of the line
    return captions


def _held(indices: list[int], start: int, size: int) -> int:
    """How many of the sorted `indices` fall in the subtree [start, start + size)."""
    return bisect_left(indices, start + size) - bisect_left(indices, start)


def _caption_after_picture(page: Page, block: int, owned: list[tuple[int, int]], owners: list[int], pictures: list[int],
                           children: dict[int, list[int]], settings: HtmlSettings) -> bool:
    """A block of one short line (`owned`: (owner, characters) per line, sorted) and no picture,
    right after a sibling holding a picture and no line."""
    sibling = _previous_sibling(page, block, children)
    if sibling < 0 or not _held(pictures, sibling, page.sizes[sibling]) or _held(owners, sibling, page.sizes[sibling]):
        return False
    chars = owned[bisect_left(owners, block)][1]  # the block holds one line: the first owner from `block` on
    return chars <= settings.caption_max_chars and not _held(pictures, block, page.sizes[block])


def _previous_sibling(page: Page, index: int, children: dict[int, list[int]]) -> int:
    """The element before `index` under the same parent (-1 when it is the first child); each
    parent's children are listed once, in `children`."""
    parent = page.parents[index]
    siblings = children.get(parent)
    if siblings is None:
        siblings = children[parent] = []
        child, end = parent + 1, parent + page.sizes[parent]
        while child < end:
            siblings.append(child)
            child += page.sizes[child]
    place = bisect_left(siblings, index)
    return siblings[place - 1] if place > 0 else -1
