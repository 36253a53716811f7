"""A print view's note marks: the numbers a print plugin sets after each link of the text.

Print plugins (WP-Print, Drupal's print module, "printer-friendly" templates) end the page with
the addresses of the text's links, numbered ("[1] said on Thursday: https://..."), and set the
number after each link in the text ("the council said on Thursday [1]."). The list goes as a
line of addresses (rules: common.navigation.url-only); the marks would stay glued into the
sentences. They go here, when the page holds such a list and only after a link.
"""

from __future__ import annotations

import re

_LISTED = re.compile(r"\[(\d{1,3})\][^\[]{0,200}?(?:https?://|www\.)")
_MARK = re.compile(r"\s?\[(\d{1,3})\]")
_MIN_LISTED = 2  # one numbered address could be anything; a list is a print view's


def drop_link_marks(tree) -> int:
    """Remove the `[n]` after a link, or in a `<sup>` after it, for each n the page's list of
    numbered addresses holds. Returns how many marks went."""
    marks = []  # (number, node holding the mark, the space before a <sup>)
    for link in tree.css("a"):
        after = gap = link.next
        if after is not None and after.tag == "-text" and not (after.text_content or "").strip():
            after = after.next  # a space between the link and its <sup>
        if after is None:
            continue
        if after.tag == "sup" and (mark := _MARK.fullmatch(after.text(deep=True))):
            marks.append((mark.group(1), after, gap if gap is not after else None))
        elif after.tag == "-text" and (mark := _MARK.match(after.text_content or "")):
            marks.append((mark.group(1), after, None))
    if len(marks) < _MIN_LISTED:
        return 0
    listed = set(_LISTED.findall(tree.body.text(deep=True, separator=" ")))
    dropped = 0
    for number, node, gap in marks:
        if number not in listed or len(listed) < _MIN_LISTED:
            continue
        if node.tag == "sup":
            node.decompose()
            if gap is not None:
                gap.decompose()
        else:
            node.replace_with(_MARK.sub("", node.text_content or "", count=1))
        dropped += 1
    return dropped
