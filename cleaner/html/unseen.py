"""Inline elements the walk reads without a word on the screen: hidden, for screen readers only.

A sentence may hold an element whose text a reader never sees as a word of it: a screen reader's
note ("(opens in a new tab)", flags.SPOKEN), an icon font's ligature ("open_in_new"), hidden text
(aria-hidden stars "★★★★" beside the screen reader's "4 out of 5", a tooltip with the `hidden`
attribute, an address's anti-spam word set display:none). Read as a line of its own, as furniture
is, it ended the sentence's line there and was dropped: the sentence came out in pieces. The walk
skips such an element with its text and reads the sentence on in its line. Kept apart: a hidden
box holding blocks (paragraphs hidden behind a "read more" button may be the article's rest,
content.py) and a drop cap hidden from screen readers only, whose letter the word on the screen
needs ("<span aria-hidden=true>T</span>he village").
"""

from __future__ import annotations

from .flags import HIDDEN, HIDDEN_STYLE, JUNK, SPOKEN


def unseen_inline(node, attributes: dict, flags: int, pieces: list[str], blocks: frozenset[str], flags_of) -> int:
    """An inline element's flags when they say hidden or for screen readers only, or -1 when the
    walk skips it without ending its line (see the module): a screen reader's note, an icon, hidden
    text holding no block. A drop cap hidden from screen readers only is read, no longer hidden."""
    if flags & SPOKEN or not node.text(deep=True).strip():
        return -1
    if flags & JUNK != HIDDEN:
        return flags
    if drop_cap_inline(node, attributes, pieces, flags_of):
        return flags & ~HIDDEN
    return flags if any(inner.tag in blocks for inner in node.traverse()) else -1


def drop_cap_inline(node, attributes: dict, pieces: list[str], flags_of) -> bool:
    """A drop cap hidden from screen readers only ("<span aria-hidden=true>T</span>he village",
    the whole word in an "sr-only" span beside it): aria-hidden, not display:none, one capital
    letter opening its line, and the text right after it going on in a lowercase letter."""
    if attributes.get("aria-hidden") != "true" or "hidden" in attributes or pieces or HIDDEN_STYLE.search(attributes.get("style") or ""):
        return False
    letter = node.text(deep=True)
    if len(letter) != 1 or not letter.isupper():
        return False
    after = node.next
    while after is not None:
        if after.tag == "-text":
            text = after.text_content
        elif after.tag is None or after.tag[0] == "-" or flags_of(after.tag, after.attributes) & SPOKEN:
            after = after.next
            continue
        else:
            text = after.text(deep=True)
        if text:
            return text[0].isalpha() and text[0].islower()
        after = after.next
    return False
