"""What a saved page means, made plain in its tree before the walk reads it."""

from __future__ import annotations

from .captions import name_line_captions
from .mathml import formulas_as_text
from .modals import unhide_modal_background
from .pills import name_pill_rows
from .printview import drop_link_marks
from .settings import HtmlSettings


def before_walk(tree, settings: HtmlSettings, formulas: bool = True) -> None:
    """Name a blog's line captions and a theme's rows of tag pills, show the page behind a modal
    open when it was saved, drop a print view's note marks after links and put formulas' text in
    their place, when the page may hold any (`formulas`: asking the tree cost every page; each module
    says why)."""
    name_line_captions(tree, settings)
    name_pill_rows(tree, settings)
    unhide_modal_background(tree)
    drop_link_marks(tree)
    if formulas:
        formulas_as_text(tree, settings)
