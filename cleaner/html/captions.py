"""Captions in a block of their own beside the picture, known only by their styling.

A `<figure>` or a block holding a picture and its caption goes as a figure (content.py); older
themes and hand-made pages put the picture in one block and the caption in the next, a `<p>` or
`<div>` whose only marks are how it looks (`<small>`, "small text-muted", a small font size,
centred text) or a name saying picture ("haber-resim-aciklama", "photo-desc"). The caption then
reads as an article paragraph ("Volunteers rebuilt the oven over two summers."). The tell: a
block holding one short line (`caption_max_chars`) and no picture, dressed so (walk.CAPTION_LOOK
on it or below it), that comes right after a sibling block holding a picture and no text, and
whose next sibling holding text is not dressed so (a post that centres every paragraph). A
paragraph of the article after a picture is not dressed so; a dressed line elsewhere (a date
under the headline, a small print at the end) has no picture before it.
"""

from __future__ import annotations

from bisect import bisect_left

from .settings import HtmlSettings
from .walk import CAPTION_LOOK, IMAGE, Page


def sibling_captions(page: Page, settings: HtmlSettings) -> set[int]:
    """The dressed caption blocks right after a picture's block.

    The test starts from the pictures (a page has few): from the element holding an image up
    through the blocks holding no line, each one's next sibling is looked at. Lines, pictures and
    dressed elements in a subtree are counted by bisecting sorted lists, never by a pass over
    every element."""
    pictures = [index for index, flags in enumerate(page.flags) if flags & IMAGE]
    if not pictures:
        return set()
    looks = [index for index, flags in enumerate(page.flags) if flags & CAPTION_LOOK]
    if not looks:
        return set()
    owned = sorted((line.owner, line.chars) for line in page.lines)
    owners = [owner for owner, _ in owned]
    sizes, parents = page.sizes, page.parents
    found: set[int] = set()
    for picture in pictures:
        block = picture
        while block > 0 and not _held(owners, block, sizes[block]):
            after = block + sizes[block]  # the next sibling, when it has the same parent
            if after < len(sizes) and parents[after] == parents[block]:
                if _caption(after, sizes[after], owned, owners, pictures, looks, settings) and not _dressed_text_after(
                        page, after, owners, looks):
                    found.add(after)
                break
            block = parents[block]  # the picture's block is its parent's last child: a wrapper
    return found


def _dressed_text_after(page: Page, block: int, owners: list[int], looks: list[int]) -> bool:
    """Whether the next sibling holding text is dressed the same way: a post that centres or
    shrinks every paragraph (old blog editors do) says nothing of its captions by it."""
    sizes, parents = page.sizes, page.parents
    after = block + sizes[block]
    while after < len(sizes) and parents[after] == parents[block]:
        if _held(owners, after, sizes[after]):
            return _held(looks, after, sizes[after]) > 0
        after += sizes[after]
    return False


def _held(indices: list[int], start: int, size: int) -> int:
    """How many of the sorted `indices` fall in the subtree [start, start + size)."""
    return bisect_left(indices, start + size) - bisect_left(indices, start)


def _caption(block: int, size: int, owned: list[tuple[int, int]], owners: list[int], pictures: list[int],
             looks: list[int], settings: HtmlSettings) -> bool:
    """A block of one short line (`owned`: (owner, characters) per line, sorted), no picture, and
    dressed as a caption (an element of `looks` in it)."""
    if _held(owners, block, size) != 1 or _held(pictures, block, size) or not _held(looks, block, size):
        return False
    return owned[bisect_left(owners, block)][1] <= settings.caption_max_chars  # its one line
