"""One pass over the DOM: block lines of folded text, and per-element structure flags and sizes.

Elements of the settings' drop list (script, style, svg, form inputs, ...) are skipped with
their subtree. The walk does not decide what the article is; it records, for every element,
what it is (furniture by tag or by class/id/role keyword, hidden, an article hint) and, for
every line of text, which block element owns it and how much of it is link text. Elements are
numbered in document (pre-)order, so a parent always has a smaller number than its children:
aggregating over subtrees is then one backwards loop, and "is under" is one forwards loop.

The walk is iterative (an explicit stack), so thousands of unclosed nested tags cannot exhaust
Python's recursion limit. What each element is (its flags, from its tag and naming attributes)
is flags.py's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .flags import CAPTION_LOOK, CONTROL, HIDDEN, IMAGE, JUNK, LINKED, PRE, SPOKEN, STAMP, _FlagReader
from ..normalize import MOJIBAKE_LEADS
from ..rules.links import LABEL_COLON, LINK_COLONS
from ..words import LETTERS_PATTERN
from .settings import HtmlSettings
from .unseen import unseen_inline

_IMAGE_TAGS = frozenset({"img", "picture", "amp-img"})
_UNSEEN = SPOKEN | HIDDEN  # an inline element so flagged is skipped when it shows nothing (the walk)
# The way back from a note to its mark in the text ("↩︎", "↑", "^"): footnote plugins and Markdown
# renderers end each note with one, a glyph no reader reads as a word.
_BACK_MARK = re.compile(r"\[?[↩↑⤴↵^]\ufe0e?\ufe0f?\]?")
_CELL_TAGS = frozenset({"td", "th"})
# Whitespace folds, but a NEL after a mojibake lead is half a letter of UTF-8 read as Latin-1
# ("Ñ\x85" is "х"): the text's mojibake repair needs it (normalize.MOJIBAKE_LEADS).
_FOLD_KEEPING_HALVES = re.compile(f"(?:[^\\S\\x85]|(?<![{MOJIBAKE_LEADS}])\\x85)+")
# A stamp (walk.STAMP) that opens a line ends it when its text holds a date: two groups of digits
# ("04.12.2026", "Dec 5, 2026"); a part of one ("13" of "13 Aug", the day's own span) stays inline.
_IF_DATED = 2
_DATED = re.compile(r"\d\D+\d")
# A "read also" link inside a paragraph (`_link_line`) is a line of its own, its <a> link text still:
# the element holding label and link (_ALONE), or a label whose line ends with the link after it.
_ALONE, _LABEL_FIRST = 3, 4
# A label of one to three words and a colon, then the headline ("Baca juga: Harga Beras Stabil"),
# or nothing when the headline is the next element's ("<b>LEGGI ANCHE:</b> <a>...</a>").
_LABELLED = re.compile(rf"\W{{0,2}}{LETTERS_PATTERN}(?:[ '’-]{LETTERS_PATTERN}){{0,2}}\s?{LABEL_COLON}\s*(\S.*)?", re.S)


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
    children: list[int] = field(default_factory=list)  # child elements
    lines: list[Line] = field(default_factory=list)
    spans: dict[int, tuple[int, int]] = field(default_factory=dict)  # a td/th's (colspan, rowspan), when it has one
    containers: dict[int, int] = field(default_factory=dict)  # content.paragraph_container's climbs, remembered




def _note_mark(node, settings: HtmlSettings) -> bool:
    """A footnote's mark: a link to a note on the same page ("#fn1", "#footnote-anchor-2",
    "#cite_note-3", Word's "#_ftn1") whose text is a number ("1", "[2]", an endnote's "ii";
    `note_targets`, `note_marks`). Read as text it glues a digit to the sentence ("three
    years.1"), a number no reader sees as a word; the note itself stays. And the note's link back
    to its mark ("#fnref1", "#ref-2") whose text is an arrow ("↩︎", "↑")."""
    href = node.attributes.get("href") or ""
    if not href.startswith("#") or not settings.note_targets.search(href):
        return False
    text = node.text(deep=True).strip()
    return bool(settings.note_marks.fullmatch(text) or _BACK_MARK.fullmatch(text))


def walk(root, settings: HtmlSettings, disclosed: frozenset[str] = frozenset(), standing: dict[int, str] | None = None) -> Page:
    """Read the tree under `root` (a selectolax node) into a `Page`.

    One flat loop with local names: this is the hot path of HTML reading (about half the time
    of a page), so a text node and an element's close make no call of their own; an element's
    opening makes one (`_add_element`), rare cases others. `disclosed`: the ids of the panels an
    accordion's heading buttons open (`disclosed_panels`): the panels are read although hidden,
    the buttons' text (the questions) as their headings'. `standing`: per element (its `mem_id`),
    the tag it stands for (a div table's roles: ariatables.py).
    """
    page = _rooted_page(root)
    tags, all_flags, lines = page.tags, page.flags, page.lines
    blocks, drops, flags_of = settings.block_tags, settings.drop_tags, _FlagReader(settings, disclosed).of
    controls, link_lines = settings.control_tags, settings.link_line_tags
    pieces: list[str] = []
    link_chars = in_link = 0
    seam = 0  # 1: an inline element closed after text; 2: and another element opened since (_seam)
    labelled = False  # a "read also" label was read: its line ends with the link closing next
    stack = [(root.iter(include_text=True), 0, 0, True)]  # (children, element, owner, breaks line)
    while stack:
        children, index, owner, breaks = stack[-1]
        for node in children:  # resumes where the last descent left this element's children
            tag = node.tag
            if tag == "-text":
                text = node.text_content
                if text and "\n" in text and all_flags[owner] & PRE and _BLANK_LINE.search(text):
                    text, pieces, link_chars = _pre_paragraphs(text, pieces, link_chars, in_link, lines, owner, tags[owner])
                if text and (pieces or not text.isspace()):  # whitespace only matters after text
                    if seam == 2 and pieces and _seam(pieces[-1], text):
                        text = " " + text
                    seam = 0
                    pieces.append(text)
                    if in_link:
                        link_chars += len(text) - text.count(" ") - text.count("\n")
                continue
            if tag is None or tag[0] == "-" or tag in drops and not (
                    disclosed and tag == "button" and node.attributes.get("aria-controls") in disclosed):  # comments; script, style, svg, ...
                _mark_dropped(all_flags, tag, index, owner, controls)
                continue
            if tag in _IMAGE_TAGS and _picture_sized(node.attributes, settings):
                all_flags[index] |= IMAGE
            if tag == "br" or tag == "a" and _note_mark(node, settings):
                if pieces and tag == "br":
                    pieces, link_chars = _flushed(lines, pieces, link_chars, owner, tags[owner])
                continue
            attributes = node.attributes
            if standing:
                tag = standing.get(node.mem_id, tag)
            flags = flags_of(tag, attributes)
            if flags & _UNSEEN and tag not in blocks:
                flags = unseen_inline(node, attributes, flags, pieces, blocks, flags_of)
                if flags < 0:
                    continue  # inline, nothing on the screen: a screen reader's note, an icon hidden in a sentence
            child = _add_element(page, tag, attributes, index, flags)
            if (tag in blocks or flags & (JUNK | LINKED)  # furniture gets its own lines, so it can go alone
                    or flags & CAPTION_LOOK and all_flags[index] & IMAGE and tags[index] not in blocks):
                # ... and so does a caption dressed so beside a picture in an inline holder (a portal's
                # `<span class="end_photo_org"><img><em class="img_desc">`): a figure (captions.py)
                if pieces:
                    pieces, link_chars = _flushed(lines, pieces, link_chars, owner, tags[owner])
                labelled = False  # a line of its own ended any "read also" label's
                stack.append((node.iter(include_text=True), child, child, True))
            elif flags & STAMP and not pieces:  # a date stamp opening a line: its own line if it holds a date
                seam = 0
                stack.append((node.iter(include_text=True), child, child, _IF_DATED))
            elif tag in link_lines and (shape := _link_line(node, tag, pieces, settings)):
                if pieces:  # "... kata Siti. <strong>Baca juga: <a>...</a></strong> Menurut dia, ..."
                    pieces, link_chars = _flushed(lines, pieces, link_chars, owner, tags[owner])
                if shape == _LABEL_FIRST:  # "<b>LEGGI ANCHE:</b> <a>...</a>": inline, up to the link's end
                    labelled, seam = True, 0
                in_link += tag == "a" and shape == _ALONE  # a line of its own: "<a>Baca juga: ...</a>"
                stack.append((node.iter(include_text=True), child, child, _ALONE) if shape == _ALONE else (node.iter(include_text=True), child, owner, False))
            else:
                in_link += tag == "a"
                # an element opens after one closed: their texts meet, unless it is the same one split
                # by an editor ("<a href=x>Arte</a><a href=x>mis</a>": the closed one is its previous sibling)
                seam = 2 if seam and tag not in _ATTACHED and not _split(node, tag, attributes) else 0
                stack.append((node.iter(include_text=True), child, owner, False))
            break
        else:  # the element's children are done
            stack.pop()
            closed = tags[index]
            if closed == "a" and (breaks is _ALONE or not breaks):
                in_link -= 1
            if not breaks:
                if pieces and labelled and closed == "a":  # the link a "read also" label announced: the line ends
                    pieces, link_chars = _flushed(lines, pieces, link_chars, owner, tags[owner])
                labelled = labelled and closed != "a"
                seam = 1 if pieces else 0
            elif pieces and (breaks is not _IF_DATED or _DATED.search("".join(pieces))):
                pieces, link_chars = _flushed(lines, pieces, link_chars, index, closed)
            elif pieces:  # a stamp without a date stays inline, set apart ("<span class=location-stamp>Hà Nội</span>Tuyến")
                seam = 2
    page.sizes = _subtree_sizes(page.parents)
    page.children = _child_counts(page.parents)
    return page


def _mark_dropped(flags: list[int], tag: str | None, parent: int, owner: int, controls: frozenset[str]) -> None:
    """What a skipped element (with its subtree) still tells: a <picture> marks its parent as
    holding an image, a form control the block holding it (its label's, walk.CONTROL)."""
    if tag == "picture":
        flags[parent] |= IMAGE
    elif tag in controls:
        flags[owner] |= CONTROL


def _rooted_page(root) -> Page:
    """An empty page holding only its root element (number 0: no parent, depth 0, no flags)."""
    return Page(tags=[root.tag or "html"], parents=[-1], depths=[0], flags=[0])


def _add_element(page: Page, tag: str, attributes: dict, parent: int, flags: int) -> int:
    """Record an element opening under `parent`; its number (the next in pre-order)."""
    child = len(page.tags)
    if tag in _CELL_TAGS and ("colspan" in attributes or "rowspan" in attributes):
        page.spans[child] = (_span(attributes.get("colspan"), 50), _span(attributes.get("rowspan"), 1000))
    page.tags.append(tag)
    page.parents.append(parent)
    page.depths.append(page.depths[parent] + 1)
    page.flags.append(flags)
    return child


def _pre_paragraphs(
    text: str, pieces: list[str], link_chars: int, in_link: int, lines: list[Line], owner: int, tag: str
) -> tuple[str, list[str], int]:
    """Preformatted text (<pre>, "white-space: pre-line") whose blank lines part paragraphs: each
    paragraph but the last ends a line; (the last paragraph, the pieces and link characters after)."""
    *paragraphs, text = _BLANK_LINE.split(text)
    for paragraph in paragraphs:
        pieces.append(paragraph)
        if in_link:
            link_chars += len(paragraph) - paragraph.count(" ") - paragraph.count("\n")
        pieces, link_chars = _flushed(lines, pieces, link_chars, owner, tag)
    return text, pieces, link_chars


def _link_line(node, tag: str, pieces: list[str], settings: HtmlSettings) -> int:
    """A "read also" link set between two sentences of a paragraph: `node` holds a label, a colon
    and a headline of `link_line_min_words` words or more that is its one link (or is a link
    itself: _ALONE), or the label alone before such a link (_LABEL_FIRST); after a full sentence
    of the paragraph or opening it above more text (0 otherwise). Read inline,
    it glued a headline into the article's sentences, where no rule for such lines could take it
    without them; a whole paragraph of it is a line already. A link after text that ends no
    sentence (a name's pop-up card of headlines inside a sentence) stays in its line."""
    first = node.child
    if first is None or first.tag != "-text" or not any(colon in first.text_content for colon in LINK_COLONS):
        return 0
    match = _LABELLED.fullmatch(node.text(deep=True).strip())
    if match is None:
        return 0
    link = _next_element(node) if match[1] is None and tag != "a" else None
    headline = match[1] if link is None else link.text(deep=True) if link.tag == "a" else ""
    if not headline or len(headline.split()) < settings.link_line_min_words:
        return 0
    if not ("".join(pieces).rstrip().endswith(settings.sentence_ends) if pieces else _text_after(link or node)):
        return 0
    if link is not None:
        return _LABEL_FIRST
    if tag == "a":
        return _ALONE
    links = [child for child in node.iter() if child.tag == "a"]
    return _ALONE if len(links) == 1 and links[0].text(deep=True).split() == headline.split() else 0


def _next_element(node):
    """The element right after `node`, across blank text only (None after other text)."""
    after = node.next
    while after is not None and after.tag == "-text" and not after.text_content.strip():
        after = after.next
    return None if after is None or after.tag == "-text" else after


def _text_after(node) -> bool:
    """Whether a sibling after `node` holds text."""
    after = node.next
    while after is not None:
        if (after.text_content if after.tag == "-text" else after.text(deep=True)).strip():
            return True
        after = after.next
    return False


# A blank line: where preformatted text parts its paragraphs.
_BLANK_LINE = re.compile(r"\n[ \t\r]*\n\s*")
# Inline elements whose text belongs to the word before them ("<em>m</em><sup>2</sup>").
_ATTACHED = frozenset({"sup", "sub"})
# Scripts written without spaces between words: two elements' texts meeting there stay glued.
_UNSPACED = ((0x0E00, 0x0EFF), (0x1000, 0x109F), (0x1780, 0x17FF), (0x2E80, 0x9FFF), (0xF900, 0xFAFF), (0xFF00, 0xFFEF))


def _split(node, tag: str, attributes: dict) -> bool:
    """Whether `node` continues its previous sibling: the same tag with the same attributes."""
    before = node.prev
    return before is not None and before.tag == tag and before.attributes == attributes


def _spaced(char: str) -> bool:
    code = ord(char)
    return char.isalnum() and not any(low <= code <= high for low, high in _UNSPACED)


def _seam(before: str, text: str) -> bool:
    """Whether the text of an inline element that opens right after another one closed needs a
    space: both sides a letter or digit of a spaced script. A meta row's spans ("<span>Petr
    Svoboda</span><span>3. prosince 2026</span>"), set apart by the page's style, were read as one
    word ("Svoboda3."); punctuation ("<span>,</span>"), a text node right after the element (a
    drop cap's "<b>T</b>he") and unspaced scripts stay glued."""
    return bool(before) and bool(text) and _spaced(before[-1]) and _spaced(text[0])


def _span(value: str | None, limit: int) -> int:
    """A cell's colspan or rowspan: 1 unless a number from 2 to `limit` (0 and junk count as 1)."""
    value = (value or "").strip()
    return min(int(value), limit) if value.isascii() and value.isdigit() and int(value) > 1 else 1


def _picture_sized(attributes: dict[str, str | None], settings: HtmlSettings) -> bool:
    """An image that may carry a caption: not an avatar, icon or logo (by class, or by a width
    or height under `icon_max_pixels`), which sits beside a speaker's answer or a name instead."""
    for name in ("width", "height"):
        value = (attributes.get(name) or "").strip().removesuffix("px")
        if value.isdigit() and int(value) < settings.icon_max_pixels:
            return False
    return not settings.icon_class.search(attributes.get("class") or "")


def _flushed(lines: list[Line], pieces: list[str], link_chars: int, owner: int, tag: str) -> tuple[list[str], int]:
    """Fold the pieces of text into one line (nothing when they are only whitespace); the empty
    pieces and link count the next line starts with."""
    joined = "".join(pieces)
    words = [word for word in _FOLD_KEEPING_HALVES.split(joined) if word] if "\x85" in joined else joined.split()
    if words:
        text = " ".join(words)
        chars = len(text) - len(words) + 1
        lines.append(Line(text, chars, min(max(link_chars, 0), chars), owner, tag))
    return [], 0


def _subtree_sizes(parents: list[int]) -> list[int]:
    """Elements in each subtree, itself included (children are numbered after their parent)."""
    sizes = [1] * len(parents)
    for index in range(len(parents) - 1, 0, -1):
        sizes[parents[index]] += sizes[index]
    return sizes


def _child_counts(parents: list[int]) -> list[int]:
    counts = [0] * len(parents)
    for parent in parents[1:]:
        counts[parent] += 1
    return counts


def subtree_sums(page: Page, values: list) -> list:
    """Each element's value plus all its descendants' (children come after parents)."""
    sums = list(values)
    parents = page.parents
    for index in range(len(sums) - 1, 0, -1):
        sums[parents[index]] += sums[index]
    return sums


def line_sums(page: Page, value: Callable[[Line], int]) -> list[int]:
    """Per element: `value` summed over the lines its subtree owns (`subtree_sums` of each
    line's value added to its owner)."""
    owned = [0] * len(page.tags)
    for line in page.lines:
        owned[line.owner] += value(line)
    return subtree_sums(page, owned)


def flagged_within(page: Page, flag: int) -> list[bool]:
    """Per element: carrying `flag`, or inside an element that does (a name's mark holds for its
    whole subtree: an article's, a furniture box's)."""
    within = [False] * len(page.tags)
    for index, flags in enumerate(page.flags):
        parent = page.parents[index]
        within[index] = bool(flags & flag) or (parent >= 0 and within[parent])
    return within


def is_prose(line: Line, settings: HtmlSettings) -> bool:
    """A line of the article's prose: long enough, few links, in a paragraph-like tag."""
    return (
        line.chars >= settings.prose_min_chars
        and line.link_density < settings.prose_max_link_density
        and line.tag in settings.prose_tags
    )
