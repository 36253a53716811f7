"""The control row between an article's headline and its body: "Listen", "Share", "Save", "2.4K".

Blog platforms and news sites put a row of controls under the headline (an audio player's
"Listen" and its running time, clap and response counts, save and share buttons). The buttons
themselves are often plain `<div>`s or `<span>`s styled by hashed class names, so no tag or
keyword marks them, and their labels end up as the body's first lines. Their shape does: a block
holding only such labels, at least two of them, each a line of its own of at most
`toolbar_label_max_words` words and `toolbar_label_max_chars` characters that is no heading, no table cell and no sentence, sitting inside
the article above its first prose line. A byline row (a three-word name, a date) or a lone label
("Claim", a section name, "Staff Reports") is no such block and stays for the rules to judge.

A meta row whose byline the reader cut as furniture ("<span class=autor>Name</span> | date |
views | comments") leaves the rest of the row behind, opening on the separator that stood after
the name ("| 05.12.2026 10:34 | Wyświetleń: 4218"): whole, the rules know such a row; cut, it
reads as nothing they know. Such a line above the body, in the block the furniture was cut from,
opening or ending on a separator and no sentence, goes with the part already gone. So does the
label of a form control the reader dropped (a live ticker's "Auto-update" checkbox).
"""

from __future__ import annotations

import re
from typing import Iterator

from .content import MainContent, is_prose
from .settings import HtmlSettings
from .tables import ROW_OR_CELL_TAGS
from .flags import CONTROL, FURNITURE
from .walk import Line, Page

_WORD = re.compile(r"\w")
# A row's separator left at a line's edge where an inline element was cut out (not a dash: Polish,
# Russian or Swedish quotes open on one).
_SEAM = re.compile(r"^[|·•/]\s|\s[|·•/]$")


def toolbar_positions(page: Page, main: MainContent, settings: HtmlSettings, headline: int) -> frozenset[int]:
    """The positions (in `page.lines`) of the control rows' labels between the headline (line
    number `headline`, -1 when the container holds none) and the container's first prose line."""
    opening = _opening(page, main, settings, headline)
    if not opening:
        return frozenset()
    labels = {position for position in opening if _label(page.lines[position], settings)}
    if len(labels) < 2:
        return frozenset()
    counts = _label_counts(page, main, labels)
    return frozenset(position for position in labels if _in_row(page, main, page.lines[position].owner, counts, settings))


def seam_positions(page: Page, main: MainContent, settings: HtmlSettings, headline: int) -> frozenset[int]:
    """The positions of the lines left of a meta row whose furniture (a byline, a share link) was
    cut out: after the headline and above the first other prose line, owned by a block a furniture
    element was cut from, opening or ending on a separator, and no sentence (such a row is often
    long enough to count as prose: a date, a view count, a linked comment count)."""
    if headline < 0:
        return frozenset()
    cut = {page.parents[index] for index, flags in enumerate(page.flags) if flags & FURNITURE and main.excluded[index]}
    found = []
    for position, line in _under_headline(page, main, headline):
        if line.owner in cut and _SEAM.search(line.text) and not line.text.endswith(settings.sentence_ends):
            found.append(position)
        elif is_prose(line, settings):
            break
    return frozenset(found)


def control_labels(page: Page, settings: HtmlSettings) -> frozenset[int]:
    """The positions of the lines of blocks holding a form control (walk.CONTROL: a checkbox, a
    button, a search field) whose every line is a label: at most `control_label_max_words` words,
    no heading and no sentence. The control's own text went with it; its label ("Auto-update")
    stays in the block otherwise. A block of text that also holds a control (a <br>-broken notice
    with a print button) has longer lines and keeps them all."""
    if not any(flags & CONTROL for flags in page.flags):
        return frozenset()
    owned: dict[int, list[int]] = {}
    for position, line in enumerate(page.lines):
        if page.flags[line.owner] & CONTROL:
            owned.setdefault(line.owner, []).append(position)
    return frozenset(
        position for positions in owned.values()
        if all(_control_label(page.lines[position], settings) for position in positions)
        for position in positions
    )


def _control_label(line: Line, settings: HtmlSettings) -> bool:
    return (
        len(line.text.split()) <= settings.control_label_max_words
        and line.tag not in settings.heading_tags
        and not line.text.endswith(settings.sentence_ends)
    )


def _opening(page: Page, main: MainContent, settings: HtmlSettings, headline: int) -> list[int]:
    """The container's lines after the headline and above its first prose line; none when no
    prose line follows (a page of short lines has no body for them to stand above)."""
    found = []
    for position, line in _under_headline(page, main, headline):
        if is_prose(line, settings):
            return found
        found.append(position)
    return []


def _under_headline(page: Page, main: MainContent, headline: int) -> Iterator[tuple[int, Line]]:
    """The container's lines after the headline, with their positions, past the neutral ones
    (`_neutral`): the lines a toolbar or a meta row's seam is looked for among."""
    for position in range(headline + 1, len(page.lines)):
        line = page.lines[position]
        if main.inside[line.owner] and not _neutral(line, main):
            yield position, line


def _neutral(line: Line, main: MainContent) -> bool:
    """A line that neither makes nor breaks a row: furniture already removed, or no word at all
    (the "·" between a count and a label)."""
    return main.excluded[line.owner] or _WORD.search(line.text) is None


def _label(line: Line, settings: HtmlSettings) -> bool:
    return (
        len(line.text.split()) <= settings.toolbar_label_max_words
        and line.chars <= settings.toolbar_label_max_chars
        and line.tag not in settings.heading_tags
        and line.tag not in ROW_OR_CELL_TAGS
        and not line.text.endswith(settings.sentence_ends)
    )


def _label_counts(page: Page, main: MainContent, labels: set[int]) -> tuple[list[int], list[int], list[int]]:
    """Per element: the lines below it, the label lines among them, and the elements owning a
    label (a label of its own counts one; <br>-broken lines of one paragraph are one owner)."""
    count = len(page.tags)
    lines, owned_labels, owners = [0] * count, [0] * count, [0] * count
    seen: set[int] = set()
    for position, line in enumerate(page.lines):
        if _neutral(line, main):
            continue
        lines[line.owner] += 1
        if position in labels:
            owned_labels[line.owner] += 1
            if line.owner not in seen:
                seen.add(line.owner)
                owners[line.owner] += 1
    parents = page.parents
    for index in range(count - 1, 0, -1):
        parent = parents[index]
        lines[parent] += lines[index]
        owned_labels[parent] += owned_labels[index]
        owners[parent] += owners[index]
    return lines, owned_labels, owners


def _in_row(page: Page, main: MainContent, owner: int, counts: tuple[list[int], list[int], list[int]],
            settings: HtmlSettings) -> bool:
    """Whether the label's owner sits in a block of labels only, below the container: at least
    two labels with owners of their own and at most `toolbar_max_labels`."""
    lines, labels, owners = counts
    widest = -1
    element = owner
    while element != main.container and element > 0 and lines[element] == labels[element]:
        widest = element
        element = page.parents[element]
    return widest >= 0 and owners[widest] >= 2 and labels[widest] <= settings.toolbar_max_labels
