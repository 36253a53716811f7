"""One pass over the DOM: block lines of folded text, and per-element structure flags and sizes.

The walk does not decide what the article is; it records, for every element, what it is
(furniture by tag or by class/id/role keyword, hidden, an article hint) and, for every line of
text, which block element owns it and how much of it is link text. Elements are numbered in
document (pre-)order, so a parent always has a smaller number than its children: aggregating
over subtrees is then one backwards loop, and "is under" is one forwards loop.

The walk is iterative (an explicit stack), so thousands of unclosed nested tags cannot exhaust
Python's recursion limit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .settings import HtmlSettings

# Flags of an element.
FURNITURE = 1  # class/id/role/aria-label names it share, comments, ads, ...
CHROME = 2  # nav, header, footer, aside, form, menu
HIDDEN = 4  # hidden attribute, aria-hidden, display:none
EMBED = 8  # a tweet / Instagram blockquote
HINT = 16  # article, main, itemprop=articleBody, role=main, "content"-like class
JUNK = FURNITURE | CHROME | HIDDEN | EMBED

_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_HIDDEN_STYLE = re.compile(r"display\s{0,4}:\s{0,4}none|visibility\s{0,4}:\s{0,4}hidden", re.I)
_HINT_TAGS = frozenset({"article", "main"})
_NAMING_ATTRIBUTES = ("class", "id", "role", "aria-label", "itemprop", "data-component", "data-testid")


@dataclass(slots=True)
class Line:
    """One output line: the folded text of a block element (or the run of text between blocks)."""

    text: str
    chars: int  # non-space characters
    link_chars: int  # non-space characters inside <a>
    owner: int  # index of the innermost block element holding the text
    tag: str  # that element's tag

    @property
    def link_density(self) -> float:
        return self.link_chars / self.chars if self.chars else 0.0


@dataclass(slots=True)
class Page:
    """The walk's result: elements as parallel lists (index = pre-order number) and lines."""

    tags: list[str] = field(default_factory=list)
    parents: list[int] = field(default_factory=list)
    depths: list[int] = field(default_factory=list)
    flags: list[int] = field(default_factory=list)
    sizes: list[int] = field(default_factory=list)  # elements in the subtree, itself included
    lines: list[Line] = field(default_factory=list)


def element_flags(tag: str, attributes: dict[str, str | None], settings: HtmlSettings) -> int:
    """What an element is, from its tag and the attributes that name it."""
    flags = CHROME if tag in settings.chrome_tags else 0
    if tag in _HINT_TAGS:
        flags |= HINT
    if not attributes:
        return flags
    names = " ".join(v for k in _NAMING_ATTRIBUTES if (v := attributes.get(k)))
    if names:
        names = _CAMEL.sub(" ", names).lower()
        if settings.furniture.search(names):
            flags |= FURNITURE
        if settings.content.search(names) or "articlebody" in names or attributes.get("role") == "main":
            flags |= HINT
        if tag == "blockquote" and not settings.embed_classes.isdisjoint(names.split()):
            flags |= EMBED
    if "hidden" in attributes or attributes.get("aria-hidden") == "true":
        flags |= HIDDEN
    style = attributes.get("style")
    if style and _HIDDEN_STYLE.search(style):
        flags |= HIDDEN
    return flags


class _LineBuffer:
    """Text pieces of the current line, and how many of their characters are link text."""

    __slots__ = ("pieces", "link_chars")

    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.link_chars = 0

    def flush(self, page: Page, owner: int) -> None:
        if not self.pieces:
            return
        words = "".join(self.pieces).split()
        self.pieces = []
        link_chars, self.link_chars = self.link_chars, 0
        if not words:
            return
        text = " ".join(words)
        chars = len(text) - len(words) + 1
        page.lines.append(Line(text, chars, min(link_chars, chars), owner, page.tags[owner]))


def walk(root, settings: HtmlSettings) -> Page:
    """Read the tree under `root` (a selectolax node) into a `Page`."""
    page = Page()
    blocks = settings.block_tags
    buffer = _LineBuffer()
    _add_element(page, root.tag or "html", -1, 0, 0)
    stack = [(root.iter(include_text=True), 0, 0)]  # (children, element index, owner block)
    in_link = 0
    while stack:
        children, index, owner = stack[-1]
        node = next(children, None)
        if node is None:
            stack.pop()
            tag = page.tags[index]
            if tag in blocks or page.flags[index] & JUNK:
                buffer.flush(page, index)
            elif tag == "a":
                in_link -= 1
            if index:
                page.sizes[page.parents[index]] += page.sizes[index]
            continue
        tag = node.tag
        if tag == "-text":
            text = node.text_content
            if text:
                buffer.pieces.append(text)
                if in_link:
                    buffer.link_chars += len(text) - text.count(" ") - text.count("\n") - text.count("\t")
            continue
        if tag is None or tag.startswith("-"):
            continue
        if tag == "br":
            buffer.flush(page, owner)
            continue
        flags = element_flags(tag, node.attributes, settings)
        child = _add_element(page, tag, index, page.depths[index] + 1, flags)
        if tag in blocks or flags & JUNK:  # furniture gets its own lines, so it can go alone
            buffer.flush(page, owner)
            stack.append((node.iter(include_text=True), child, child))
        else:
            if tag == "a":
                in_link += 1
            stack.append((node.iter(include_text=True), child, owner))
    buffer.flush(page, 0)
    return page


def _add_element(page: Page, tag: str, parent: int, depth: int, flags: int) -> int:
    page.tags.append(tag)
    page.parents.append(parent)
    page.depths.append(depth)
    page.flags.append(flags)
    page.sizes.append(1)
    return len(page.tags) - 1
