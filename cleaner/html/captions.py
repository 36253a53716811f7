"""Figures without <figure>, and captions in a block of their own beside the picture, known only
by their styling.

React and page-builder sites wrap a picture and its caption in bare divs (`bare_figures`): an
element holding the image and one short line, in a child block or inline beside the picture's
block (Wix's image viewer), goes as a figure.

A `<figure>` or a block holding a picture and its caption goes as a figure (content.py); older
themes and hand-made pages put the picture in one block and the caption in the next, a `<p>` or
`<div>` whose only marks are how it looks (`<small>`, "small text-muted", a small font size,
centred text) or a name saying picture ("haber-resim-aciklama", "photo-desc"). The caption then
reads as an article paragraph ("Volunteers rebuilt the oven over two summers."). The tell: a
block holding one short line (`caption_max_chars`) and no picture, dressed so (walk.CAPTION_LOOK
on it or below it), that comes right after a sibling block holding a picture and no text, and
whose next sibling holding text is not dressed so (a post that centres every paragraph). A
paragraph of the article after a picture is not dressed so; a dressed line elsewhere (a date
under the headline, a small print at the end) has no picture before it. Blogs of `<br>`-split
text set a caption in italics alone on the line under the picture (`name_line_captions`).
"""

from __future__ import annotations

from bisect import bisect_left

from .settings import HtmlSettings
from .structured import word_count
from .flags import CAPTION_LOOK, HINT, IMAGE, JUNK
from .walk import Line, Page, _picture_sized, line_sums

_PICTURE_TAGS = frozenset({"img", "picture", "amp-img", "source"})
QUOTE_OPENERS = ("“", '"', "«", "„", "‘", "'", "‹", "「", "『", "‚", "”")


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


def bare_figures(page: Page, settings: HtmlSettings) -> list[bool]:
    """Figures without <figure>: an element holding an image and, in a child block of its own,
    one short line (the caption and its credit), nothing else; or holding the image in a child
    block and that line inline beside it; or holding both inline, the line dressed as a caption. React and page-builder sites
    wrap a picture and its caption in bare divs; a paragraph with an inline icon holds its text
    itself, so it is not one of these, and a line opening with a quotation mark is a quote card
    (the speaker's portrait beside it), the article's own words."""
    count = len(page.tags)
    # a caption's credit in a furniture span of its own ("Foto: ..." in span.author) is no second line
    lines = line_sums(page, lambda line: 0 if page.flags[line.owner] & JUNK else 1)
    figures = [False] * count
    pictured = _picture_blocks_below(page, settings)
    for line in page.lines:
        owner = line.owner
        if pictured[owner] and _caption_line(page, owner, line, lines, settings):
            figures[owner] = True  # the caption inline beside the picture's block (Wix's image viewer)
            continue
        if page.flags[owner] & IMAGE and _caption_line(page, owner, line, lines, settings) and _dressed(page, owner):
            figures[owner] = True  # a cell or block holding the picture and its dressed caption inline
            continue
        parent = page.parents[owner]
        while parent > 0 and not page.flags[parent] & IMAGE and lines[parent] == 1 and page.children[parent] == 1:
            parent = page.parents[parent]  # up through wrappers holding the caption alone
        if parent > 0 and page.flags[parent] & IMAGE and _caption_line(page, parent, line, lines, settings):
            figures[parent] = True
    return figures


def _dressed(page: Page, holder: int) -> bool:
    """Whether `holder` or an element in it is dressed as a caption (walk.CAPTION_LOOK): an old
    layout's cell `<td><img><br><font size="2">caption</font></td>`, a portal's centred paragraph
    `<p class="f_center"><img><br>caption</p>` hold their picture and caption inline; a paragraph with an inline picture has its text undressed. The picture's own name
    ("size-full", "alignleft") dresses no text."""
    return any(page.flags[index] & CAPTION_LOOK and page.tags[index] not in _PICTURE_TAGS
               for index in range(holder, holder + page.sizes[holder]))


def _caption_line(page: Page, holder: int, line: Line, lines: list[int], settings: HtmlSettings) -> bool:
    """Whether `line` is the one short line of `holder`, a figure's element holding the picture and
    the caption: no article hint on it unless it is named a picture too, at most two children (the caption's block and the <img>,
    or the picture's block and the caption's inline element; <picture> is not kept), and no quote
    card (a line opening with a quotation mark beside a portrait is the article's own words)."""
    return (
        (not page.flags[holder] & HINT or page.flags[holder] & CAPTION_LOOK)  # "mainPhoto": main, and a picture
        and lines[holder] == 1
        and page.children[holder] <= 2
        and line.chars <= settings.caption_max_chars
        and not line.text.startswith(QUOTE_OPENERS)
    )


def _picture_blocks_below(page: Page, settings: HtmlSettings) -> list[bool]:
    """Per element: whether a child of it is a block holding the picture (a <div> around the
    <img>, walk.IMAGE on it). An inline icon in a paragraph (an <img> in the <p>, or in a <span>)
    is no such block."""
    below = [False] * len(page.tags)
    for index, flags in enumerate(page.flags):
        if flags & IMAGE and page.tags[index] in settings.block_tags and index > 0:
            below[page.parents[index]] = True
    return below


_EMPHASIS = "i, em, small"
_CAPTION_CLASS = "caption"  # a name the caption keywords know (rules: `caption` in html.toml)
# Inline dressing an editor wraps a caption's italics in (`<font size="2"><i>...</i></font>`).
_WRAPPERS = frozenset({"font", "span", "small", "b", "strong", "u"})
# Blocks a caption line may fill alone, under a block holding the picture alone (`<p><img></p>`).
_LINE_BLOCKS = frozenset({"p", "div", "center"})
_LINE_BREAKS = 2  # the picture, a line break or a blank line, then the caption


def name_line_captions(tree, settings: HtmlSettings) -> None:
    """Name as a caption the italic (or small) line right under a picture in a block of
    `<br>`-split text (`<img><br><i>Southern front in October</i><br><br>`): blog platforms and
    old editors set a caption so, the picture, a line break (or a blank line), the caption in
    italics alone on its line, at times in a font or size of its own; or the
    picture in a block of its own and the italics filling the next (`<p><img></p><p><i>...`).
    Read as text it became a paragraph of the article. The italic element (with the inline
    dressing only it fills) must fill its line (a line break or the block's end after it) and
    be short (`line_caption_max_words`); an emphasised word inside a sentence is not alone on
    its line."""
    for node in tree.css(_EMPHASIS):
        text = node.text(deep=True).strip()
        if not text or word_count([text], settings) > settings.line_caption_max_words:
            continue
        line = node
        while line.parent is not None and line.parent.tag in _WRAPPERS and line.parent.text(deep=True).strip() == text:
            line = line.parent
        before, after = _sibling(line, backwards=True), _sibling(line, backwards=False)
        if after is not None and after.tag != "br":
            continue
        if before is not None and before.tag == "br":
            picture, breaks = _sibling(before, backwards=True), 1
            while picture is not None and picture.tag == "br" and breaks < _LINE_BREAKS:
                picture, breaks = _sibling(picture, backwards=True), breaks + 1
        elif before is None and after is None and line.parent is not None and line.parent.tag in _LINE_BLOCKS:
            picture = _sibling(line.parent, backwards=True)
            if picture is not None and picture.tag not in _LINE_BLOCKS and line.parent.tag == "p":
                picture = None  # a paragraph after a bare picture opens the text (a diet's 'calories' line)
        else:
            picture = before if before is not None and before.tag in _LINE_BLOCKS else None
        if picture is not None and _picture_alone(picture, settings):
            node.attrs["class"] = f"{node.attributes.get('class') or ''} {_CAPTION_CLASS}".strip()


def _sibling(node, backwards: bool):
    """The nearest sibling that is an element or text with something in it."""
    node = node.prev if backwards else node.next
    while node is not None and (node.tag == "-text" and not (node.text_content or "").strip() or node.tag == "-comment"):
        node = node.prev if backwards else node.next
    return node


def _picture_alone(node, settings: HtmlSettings) -> bool:
    """A picture (`<img>`, or a link or span around one and no text) that may carry a caption."""
    if node.tag == "-text" or node.text(deep=True).strip():
        return False
    image = node if node.tag in _PICTURE_TAGS else node.css_first("img")
    return image is not None and _picture_sized(image.attributes, settings)
