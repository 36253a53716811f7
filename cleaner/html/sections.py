"""Headers that belong to a section of the article, not to the page.

HTML5 gives each <section> or content block its own <header>, and CMSs wrap every content
element's heading so (TYPO3's `<header><h2>…</h2></header>` over each text block). The walk
flags every header as page chrome (walk.HEADER) and the content finder excludes it unless it is
the article's own (the one holding the h1); a section's header holding only its subheading is
neither, and the article would lose its subheadings. And the other way round: a heading over a
box of links stands alone once its links go.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Sequence

from .settings import HtmlSettings
from .flags import CHROME, FURNITURE, HEADER, HINT, JUNK
from .walk import Line, Page, flagged_within, line_sums

_QUESTION_TAGS = frozenset({"dt", "summary"})  # a FAQ's question, over its answer (answer_positions)


def section_headers(page: Page, settings: HtmlSettings) -> list[bool]:
    """Per element: a header (no other furniture mark) holding only heading lines without a link,
    and no chrome, furniture or header below it. A site header holds a logo link or a menu.

    Inside an article-like element (walk.HINT above it: a live blog's entry is an <article>), a
    header may also hold furniture beside its heading: a live blog entry's header puts its
    author's name under its title ("liveblog-meta-authors"); the furniture still goes on its own
    mark, the title stays. Chrome (a menu) or another header below still makes it the page's."""
    marked = [False] * len(page.tags)
    if not any(flags & JUNK == HEADER for flags in page.flags):
        return marked
    holder = [-1] * len(page.tags)  # per element: the innermost such header it is in (or is)
    article = flagged_within(page, HINT)
    hinted = [False] * len(page.tags)  # per element: below an article-like element
    for index, flags in enumerate(page.flags):
        parent = page.parents[index]
        holder[index] = index if flags & JUNK == HEADER else (holder[parent] if parent >= 0 else -1)
        hinted[index] = parent >= 0 and article[parent]
    furnished = flagged_within(page, FURNITURE)
    below: dict[int, list[Line]] = {}
    for line in page.lines:
        if holder[line.owner] >= 0:
            below.setdefault(holder[line.owner], []).append(line)
    for index, lines in below.items():
        end = index + page.sizes[index]
        inner = range(index + 1, end)
        if any(page.flags[i] & (CHROME | HEADER) for i in inner):
            continue
        own = [line for line in lines if not furnished[line.owner]]
        heads = all(line.tag in settings.heading_tags and not line.link_chars for line in own)
        if not any(page.flags[i] & FURNITURE for i in inner):
            marked[index] = heads
        else:  # the furniture goes on its own marks; one heading of the header's own stays
            marked[index] = hinted[index] and bool(own) and heads and not any(line.tag == "h1" for line in lines)
    return marked


def link_box_headings(page: Page, inside: Sequence[bool], container: int, settings: HtmlSettings,
                      kept: Callable[[Line], bool]) -> frozenset[int]:
    """The positions (in `page.lines`) of headings whose box holds nothing else that stays: a box
    of links under its title ("Related", "이 기사와 관련기사", "Lesen Sie auch") that no keyword names.
    Its links go as link lines (`kept` says which lines stay), and its title would stand alone at
    the article's end, reading as a subheading over nothing. Only a box nothing kept follows: a
    box's title in the middle of the page may head more than its links (a "Most read" column over
    a newsletter box and the weather), and the rules cut such a tail from that heading on. The box
    is the heading's parent, inside the container (`inside`, per element) and never the container
    itself: there the heading is the article's own, followed by its prose.

    Each box's lines are looked at once, however many headings it holds (a box of thousands of
    headings), and only until two lines that stay are found."""
    candidates = [
        position for position, line in enumerate(page.lines)
        if line.tag in settings.heading_tags and line.tag != "h1"
        and page.parents[line.owner] != container and inside[page.parents[line.owner]]
    ]
    if not candidates:
        return frozenset()
    owned = sorted((line.owner, position) for position, line in enumerate(page.lines))
    owners = [owner for owner, _ in owned]
    staying: dict[int, list[int]] = {}  # per box: the first two of its lines that stay
    last = _last_kept_inside(page, inside, kept)
    found = []
    for position in candidates:
        box = page.parents[page.lines[position].owner]
        lines = bisect_left(owners, box + page.sizes[box]) - bisect_left(owners, box)
        if box not in staying:
            staying[box] = _first_kept(page, owned, owners, box, kept)
        # Nothing else of the box stays, so any kept line of the container after the heading is
        # outside the box: the box is followed by something that stays.
        if lines > 1 and all(other == position for other in staying[box]) and (last <= position or _between_paragraphs(page, box, owned, owners, kept, settings)):
            found.append(position)
    return frozenset(found)


def _between_paragraphs(page: Page, box: int, owned: list[tuple[int, int]], owners: list[int], kept: Callable[[Line], bool],
                        settings: HtmlSettings) -> bool:
    """The box sits between two of the article's paragraphs: the lines right before and right
    after its own are `<p>` siblings of it that stay and end like sentences. A "Lo más leído" box
    of links set inside the article's text kept its title alone, and the rules read that title as
    the head of the page's closing furniture: the article's paragraph under it went with it. A
    "Most read" column over a newsletter box and the weather is no sibling of the text's paragraphs."""
    first, end = bisect_left(owners, box), bisect_left(owners, box + page.sizes[box])
    before, after = owned[first][1] - 1, owned[end - 1][1] + 1
    if before < 0 or after >= len(page.lines):
        return False
    parent = page.parents[box]
    return all(
        line.tag == "p" and page.parents[line.owner] == parent and kept(line) and line.text.endswith(settings.sentence_ends)
        for line in (page.lines[before], page.lines[after])
    )


def furniture_box_headings(page: Page, inside: Sequence[bool], excluded: Sequence[bool], container: int,
                           settings: HtmlSettings) -> frozenset[int]:
    """The positions of headings over a box the content finder removed as furniture: the heading
    alone in its block, beside a block named furniture, in a box (the heading block's parent)
    inside the container, not the container itself, whose every other line is furniture's. A
    hosted site's summary block ("summary-block-header" over "summary-item-list": "More community
    news" over teaser cards) names its cards, not its title, which stands alone at the article's
    end. At least two lines of furniture, and no header: a live blog entry's header holds its
    title over its author's name (furniture), and the title stays. The box must hold something: a heading over nothing (a link box whose links go as link
    lines) is `link_box_headings`'. `inside` and `excluded`: per element, content.MainContent's."""
    lines = page.lines
    candidates = [p for p, line in enumerate(lines) if line.tag in settings.heading_tags and line.tag != "h1"
                  and inside[line.owner] and not excluded[line.owner]]
    if not candidates:
        return frozenset()
    counts = line_sums(page, lambda line: 1)
    furniture = line_sums(page, lambda line: 1 if excluded[line.owner] else 0)
    found = []
    for position in candidates:
        block = lines[position].owner
        while page.parents[block] > 0 and counts[page.parents[block]] == 1:
            block = page.parents[block]
        box = page.parents[block]
        if box <= 0 or box == container or not inside[box]:
            continue
        if counts[box] > 2 and furniture[box] == counts[box] - 1 and not page.flags[box] & HEADER:
            found.append(position)
    return frozenset(found)


def list_labels(page: Page, inside: Sequence[bool], settings: HtmlSettings, kept: Callable[[Line], bool]) -> frozenset[int]:
    """The positions of the lines introducing a list nothing of which stays: a short line ending
    with a colon ("More from The Valley Star:", "Lesen Sie auch:"), inside the container, whose
    block's next sibling is a <ul> or <ol> all of whose lines are links that go. A syndicated
    copy prints its source's links so between two paragraphs; the label alone would read as a
    "related" heading, which ends the article for the rules, its next paragraphs with it."""
    found = []
    tags, parents, sizes = page.tags, page.parents, page.sizes
    for position, line in enumerate(page.lines):
        text = line.text.rstrip()
        if not text.endswith((":", "：")) or not inside[line.owner] or len(text.split()) > settings.list_label_max_words:
            continue
        after = line.owner + sizes[line.owner]  # the next sibling, when it has the same parent
        if after >= len(tags) or tags[after] not in ("ul", "ol") or parents[after] != parents[line.owner]:
            continue
        listed: list[Line] = []
        for other in page.lines[position + 1 :]:
            if after <= other.owner < after + sizes[after]:
                listed.append(other)
            elif listed or other.owner >= after + sizes[after]:
                break
        if listed and not any(kept(other) for other in listed):
            found.append(position)
    return frozenset(found)


def _first_kept(page: Page, owned: list[tuple[int, int]], owners: list[int], box: int,
                kept: Callable[[Line], bool]) -> list[int]:
    """The positions of the first two lines owned in `box`'s subtree that stay (`owned`: (owner,
    position) per line, sorted)."""
    found = []
    for _, position in owned[bisect_left(owners, box) : bisect_left(owners, box + page.sizes[box])]:
        if kept(page.lines[position]):
            found.append(position)
            if len(found) == 2:
                break
    return found


def _last_kept_inside(page: Page, inside: Sequence[bool], kept: Callable[[Line], bool]) -> int:
    """The position of the container's last line that stays (-1 when none does)."""
    for position in range(len(page.lines) - 1, -1, -1):
        line = page.lines[position]
        if inside[line.owner] and kept(line):
            return position
    return -1


def answer_positions(page: Page) -> frozenset[int]:
    """The positions (in `page.lines`) of the lines answering a question of a FAQ: the lines of
    the `<dd>` right after a `<dt>`, or of a `<details>` under its `<summary>`, whose question is
    asked once on the page. Two questions may share one answer ("Yes. Cars parked on snow routes
    will be towed ..."), and each keeps it: the answer is read with its own question, so the
    second copy is no repeat (in-document dedup spares these lines, signal "answer"). A question
    asked twice is a FAQ printed twice (one for small screens), whose copies are repeats."""
    questions = [position for position, line in enumerate(page.lines) if line.tag in _QUESTION_TAGS]
    if not questions:
        return frozenset()
    asked = Counter(page.lines[position].text.casefold() for position in questions)
    found: set[int] = set()
    for position in questions:
        if asked[page.lines[position].text.casefold()] == 1:
            found.update(_answer_lines(page, position))
    return frozenset(found)


def _answer_lines(page: Page, position: int) -> range:
    """The lines of the answer under the question at `position`: those owned inside the `<dd>`
    that is the `<dt>`'s next sibling, or inside the `<summary>`'s `<details>`."""
    question = page.lines[position].owner
    if page.tags[question] == "dt":
        answer = question + page.sizes[question]  # the next sibling, when it has the same parent
        if answer >= len(page.tags) or page.tags[answer] != "dd" or page.parents[answer] != page.parents[question]:
            return range(0)
    else:
        answer = page.parents[question]
        if answer < 0 or page.tags[answer] != "details":
            return range(0)
    end, last = answer + page.sizes[answer], position
    while last + 1 < len(page.lines) and answer <= page.lines[last + 1].owner < end:
        last += 1
    return range(position + 1, last + 1)
