"""A live blog's entry times, which the page names as chrome: each entry opens with its time in a
<header> ("<header>16:20</header>") or in a small box its CMS names as metadata ("block-meta"
holding a <time>), and read as furniture the updates would lose their times.
"""

from __future__ import annotations

from .flags import FURNITURE, HEADER, JUNK
from .settings import HtmlSettings
from .walk import Line, Page, is_prose


def entry_stamps(page: Page, settings: HtmlSettings) -> list[bool]:
    """Headers that hold a live blog entry's time: each entry (an <article> or <li> per update)
    opens with `<header>16:20</header>`, which reads as page chrome, and the updates lose their
    times. Their tell: a header (no other furniture mark) whose every line is a stamp (at most
    `entry_stamp_max_words` words, one holding a digit), with at least `entry_stamp_min_entries`
    such headers under entries side by side (one grandparent), each entry holding prose and no
    linked headline (a teaser card's date stays chrome). A lone header holding a date in an
    article stays chrome. Most pages have one or two headers: they cost one pass over the flags."""
    count = len(page.tags)
    stamps = [False] * count
    groups: dict[int, list[int]] = {}
    for index, flags in enumerate(page.flags):
        if (flags & JUNK == HEADER or flags & JUNK == FURNITURE and _timed_box(page, index, settings)) and page.parents[index] > 0:
            groups.setdefault(page.parents[page.parents[index]], []).append(index)
    groups = {key: headers for key, headers in groups.items() if len(headers) >= settings.entry_stamp_min_entries}
    if not groups:
        return stamps
    owned: dict[int, list[Line]] = {}
    for line in page.lines:
        owned.setdefault(line.owner, []).append(line)
    for headers in groups.values():
        found = [index for index in headers if _stamp_header(page, index, owned, settings)]
        if len(found) >= settings.entry_stamp_min_entries:
            for index in found:
                stamps[index] = True
    return stamps


def _stamp_header(page: Page, header: int, owned: dict[int, list[Line]], settings: HtmlSettings) -> bool:
    """A header holding only stamps, in an entry (its parent) holding prose and no linked
    headline; where the header stands in the entry is not checked."""
    lines = _subtree_lines(page, header, owned)
    if not lines or any(len(line.text.split()) > settings.entry_stamp_max_words or not any(c.isdigit() for c in line.text)
                        for line in lines):
        return False
    entry = _subtree_lines(page, page.parents[header], owned)
    if page.flags[header] & JUNK != HEADER and entry[0] is not lines[0]:
        return False  # a box named as furniture stamps the entry only as its opening line
    linked_headline = any(line.tag in settings.heading_tags and line.link_density > settings.max_link_density for line in entry)
    return not linked_headline and any(is_prose(line, settings) for line in entry)


def _timed_box(page: Page, index: int, settings: HtmlSettings) -> bool:
    """A small box named as furniture ("block-meta", "entry-meta") holding a <time>: a live
    entry's time in the box its CMS names as metadata, a candidate stamp as a <header> is."""
    size = page.sizes[index]
    return size <= settings.entry_stamp_box_max_elements and "time" in page.tags[index:index + size]


def _subtree_lines(page: Page, index: int, owned: dict[int, list[Line]]) -> list[Line]:
    return [line for element in range(index, index + page.sizes[index]) for line in owned.get(element, ())]


def stamp_lines(page: Page, settings: HtmlSettings) -> frozenset[int]:
    """Positions of the lines inside entry stamps: kept even when linked, for an entry's time is
    often its permalink ("<a href="#update-12"><time>15.02</time></a>"), a line that is all link."""
    stamps = entry_stamps(page, settings)
    if not any(stamps):
        return frozenset()
    boxes = [index for index, stamp in enumerate(stamps) if stamp]
    return frozenset(position for position, line in enumerate(page.lines)
                     if any(box <= line.owner < box + page.sizes[box] for box in boxes))

