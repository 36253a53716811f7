"""A sign-up box no class names: a form and the few short lines that introduce it.

Newsletter and membership boxes set inside an article are often named only by the layout
(`<div class="not-prose my-8 rounded-xl">` in a utility-class theme): a title, a one-line pitch
("Climate solutions that work, every Thursday.") and a form with an e-mail field and a button.
The form goes as page chrome (walk: <form> is chrome); the title and pitch stay as short
paragraphs, and the pitch names nothing a rule could know. The tell is the box's shape: the
form's parent or grandparent holding, besides the form, at most `form_box_max_lines` lines of
at most `form_box_line_max_words` words each. Around an article the same box holds the article's
paragraphs too and is no box.
"""

from __future__ import annotations

from .settings import HtmlSettings
from .flags import CONTROL
from .walk import Page


def form_boxes(page: Page, settings: HtmlSettings) -> list[bool]:
    """Per element: a box of a form with a control and a few short lines (see the module's doc)."""
    count = len(page.tags)
    found = [False] * count
    forms = [index for index, tag in enumerate(page.tags) if tag == "form" and _has_control(page, index)]
    for form in forms:
        box = page.parents[form]
        for _ in range(2):  # the form's parent, then its grandparent
            if box <= 0:
                break
            if _introduces(page, box, form, settings):
                found[box] = True
                break
            box = page.parents[box]
    return found


def _has_control(page: Page, form: int) -> bool:
    return any(page.flags[index] & CONTROL for index in range(form, form + page.sizes[form]))


def _introduces(page: Page, box: int, form: int, settings: HtmlSettings) -> bool:
    """Whether `box` holds, outside `form`, one to `form_box_max_lines` lines, each short."""
    end, form_end = box + page.sizes[box], form + page.sizes[form]
    outside = [line for line in page.lines if box <= line.owner < end and not form <= line.owner < form_end]
    return 0 < len(outside) <= settings.form_box_max_lines and all(
        len(line.text.split()) <= settings.form_box_line_max_words for line in outside
    )
