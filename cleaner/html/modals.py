"""The page behind an open modal: hidden from screen readers while it is open, shown to the eye.

A consent wall, a paywall offer or a newsletter pop-up open when the page was saved leaves its
library's mark on the rest of the page: `aria-hidden="true"` on every element beside the
modal's own branch (react-modal on the application's root, MUI and a11y-dialog on each sibling),
so that a screen reader reads the modal alone. The page is still there, greyed or blurred, and
the article is in it; read as hidden, the whole article was lost and only the headline (from the
title) came out. Elsewhere `aria-hidden` marks what a reader does not need (icons, a marquee's
copy), and the walk keeps reading it as hidden.
"""

from __future__ import annotations

from .flags import hidden_by

# An open modal: ARIA's modal flag, an open <dialog>, or an element acting as a dialog.
_MODALS = "[aria-modal=true], dialog[open], [role=dialog], [role=alertdialog]"


def unhide_modal_background(tree) -> int:
    """Take `aria-hidden` off the elements beside an open modal's branch (the siblings of the
    modal and of each of its ancestors): the page its library hid from screen readers while
    the modal was open. Returns how many elements were unhidden."""
    unhidden = 0
    for modal in tree.css(_MODALS):
        if not _open(modal):
            continue
        node = modal
        while node.parent is not None and node.parent.tag not in ("html", "-undef"):
            for sibling in node.parent.iter():
                if sibling.mem_id != node.mem_id and sibling.attributes.get("aria-hidden") == "true":
                    del sibling.attrs["aria-hidden"]
                    unhidden += 1
            node = node.parent
    return unhidden


def _open(modal) -> bool:
    """The modal and its ancestors are shown (not `hidden`, no display:none, no aria-hidden)."""
    if modal.tag == "dialog" and "open" not in modal.attributes:
        return False  # a <dialog> is shut until opened
    node = modal
    while node is not None and node.tag not in ("html", "body"):
        if hidden_by(node.attributes):
            return False
        node = node.parent
    return True
