"""Headers that belong to a section of the article, not to the page.

HTML5 gives each <section> or content block its own <header>, and CMSs wrap every content
element's heading so (TYPO3's `<header><h2>…</h2></header>` over each text block). The walk
flags every header as page chrome (walk.HEADER) and the content finder excludes it unless it is
the article's own (the one holding the h1); a section's header holding only its subheading is
neither, and the article would lose its subheadings. And the other way round: a heading over a
box of links stands alone once its links go.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .settings import HtmlSettings
from .walk import CHROME, FURNITURE, HEADER, JUNK, Line, Page


def section_headers(page: Page, settings: HtmlSettings) -> list[bool]:
    """Per element: a header (no other furniture mark) holding only heading lines without a link,
    and no chrome, furniture or header below it. A site header holds a logo link or a menu."""
    marked = [False] * len(page.tags)
    if not any(flags & JUNK == HEADER for flags in page.flags):
        return marked
    holder = [-1] * len(page.tags)  # per element: the innermost such header it is in (or is)
    for index, flags in enumerate(page.flags):
        parent = page.parents[index]
        holder[index] = index if flags & JUNK == HEADER else (holder[parent] if parent >= 0 else -1)
    below: dict[int, list[Line]] = {}
    for line in page.lines:
        if holder[line.owner] >= 0:
            below.setdefault(holder[line.owner], []).append(line)
    for index, lines in below.items():
        end = index + page.sizes[index]
        marked[index] = (all(line.tag in settings.heading_tags and not line.link_chars for line in lines)
                         and not any(page.flags[inner] & (CHROME | FURNITURE | HEADER) for inner in range(index + 1, end)))
    return marked


def link_box_headings(page: Page, inside: Sequence[bool], container: int, settings: HtmlSettings,
                      kept: Callable[[Line], bool]) -> frozenset[int]:
    """The positions (in `page.lines`) of headings whose box holds nothing else that stays: a box
    of links under its title ("Related", "이 기사와 관련기사", "Lesen Sie auch") that no keyword names.
    Its links go as link lines (`kept` says which lines stay), and its title would stand alone at
    the article's end, reading as a subheading over nothing. Only a box nothing kept follows (see
    `_kept_after`). The box is the heading's parent,
    inside the container (`inside`, per element) and never the container itself: there the
    heading is the article's own, followed by its prose."""
    owned: dict[int, list[int]] = {}
    for position, line in enumerate(page.lines):
        owned.setdefault(line.owner, []).append(position)
    found = []
    for position, line in enumerate(page.lines):
        box = page.parents[line.owner]
        if line.tag not in settings.heading_tags or line.tag == "h1" or box == container or not inside[box]:
            continue
        end = box + page.sizes[box]
        others = [other for element in range(box, end) for other in owned.get(element, ()) if other != position]
        if others and not any(kept(page.lines[other]) for other in others) and not _kept_after(page, inside, box, position, kept):
            found.append(position)
    return frozenset(found)


def _kept_after(page: Page, inside: Sequence[bool], box: int, position: int, kept: Callable[[Line], bool]) -> bool:
    """Whether a line of the container after the heading at `position`, outside its `box`, stays.
    A box's title in the middle of the page may head more than its links (a "Most read" column
    over a newsletter box and the weather), and the rules cut such a tail from that heading on."""
    end = box + page.sizes[box]
    return any(not box <= line.owner < end and inside[line.owner] and kept(line) for line in page.lines[position + 1 :])
