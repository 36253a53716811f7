"""A field's label and its value on one line, as the page shows them.

CMSs print a labelled field as two blocks side by side, the label floated beside the value by
the theme's CSS: Drupal's `<div class="field__label">Source</div><div class="field__item">Press
office</div>` (`field--label-inline`), Drupal 7's "field-label". Read as blocks they are two
lines, "Source" and "Press office": the text rules know "Source: <name>" as a credit line and
the reader sees it so, but neither half alone says what it is. The label's block (a class part
of `label` in html.toml, walk.LABEL) holding one short line, followed at once by a sibling block
holding one line, joins that line as "Label: value". So does a description list's short term over
its short value (`<dt>Baukosten</dt><dd>24,5 Millionen Euro</dd>`, an article's box of figures); a
question ("...?") or a long definition stays apart.
"""

from __future__ import annotations

from .settings import HtmlSettings
from .flags import LABEL
from .walk import Line, Page

_ENDS = (".", "!", "?", "…")


def join_labels(page: Page, lines: list[Line], settings: HtmlSettings) -> list[Line]:
    """The page's `lines` with each field label joined to its value's line (see the module's doc)."""
    if not any(page.flags[line.owner] & LABEL or page.tags[line.owner] == "dt" for line in lines):
        return lines
    joined: list[Line] = []
    skip = -1
    for position, line in enumerate(lines):
        if position == skip:
            continue
        value = lines[position + 1] if position + 1 < len(lines) else None
        after = lines[position + 2] if position + 2 < len(lines) else None
        if value is not None and _labels(page, line, value, after, settings):
            label = line.text if line.text.endswith((":", "：")) else line.text + ":"
            joined.append(Line(f"{label} {value.text}", line.chars + value.chars, line.link_chars + value.link_chars,
                               value.owner, value.tag))
            skip = position + 1
        else:
            joined.append(line)
    return joined


def _labels(page: Page, line: Line, value: Line, after: Line | None, settings: HtmlSettings) -> bool:
    """Whether `line` is a field's label (its block named so, no link, at most `label_max_words`
    words, no sentence's end) and `value` the one line, of at most `label_value_max_words` words,
    of the block right after the label's (the line `after` it is not in that block)."""
    owner = line.owner
    sibling = owner + page.sizes[owner]
    if sibling >= len(page.tags) or page.parents[sibling] != page.parents[owner]:
        return False
    term = page.tags[owner] == "dt" and page.tags[sibling] == "dd"  # a list of terms and their values
    if not (page.flags[owner] & LABEL or term) or not _label_like(line, settings):
        return False  # a linked label is a section's kicker over the headline; a question ends with "?"
    if len(value.text.split()) > settings.label_value_max_words:
        return False
    inside = range(sibling, sibling + page.sizes[sibling])
    return value.owner in inside and (after is None or after.owner not in inside) and value.tag not in settings.heading_tags


def without_lone_labels(lines: list[tuple[Line, dict[str, float]]], page: Page,
                        settings: HtmlSettings) -> list[tuple[Line, dict[str, float]]]:
    """The kept `lines` without a field's label whose value went: a short line of a block named
    as a label (walk.LABEL) and no other kept line in the field holding it (the label's parent).
    A Drupal field of attachments prints "Attachments" over its file links; the links go as a
    link line and the label stayed alone, a word closing the article that says nothing."""
    owners = [line.owner for line, _ in lines]
    kept = []
    for line, signals in lines:
        owner = line.owner
        if page.flags[owner] & LABEL and _label_like(line, settings):
            field = page.parents[owner]
            end = field + page.sizes[field]
            if field > 0 and not any(field <= other < end and other != owner for other in owners):
                continue
        kept.append((line, signals))
    return kept


def _label_like(line: Line, settings: HtmlSettings) -> bool:
    """A label's words: no link, at most `label_max_words` words, no sentence's end."""
    return not line.link_chars and len(line.text.split()) <= settings.label_max_words and not line.text.endswith(_ENDS)
