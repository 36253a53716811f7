"""An article's own lists and tables, told from the page furniture made of short lines.

The scorer's body is the best block of prose, so an article's list after its last paragraph
(ingredients, a product's features, a changelog, qualified teams, a results table) falls
outside it, and a list inside it looks like an inline menu. What tells the article's items from
menus, tag lists and link lists is their shape, judged without any language's words:

- an item holds data: a digit ("2 tbsp", "63 85%", "10th appearance"), punctuation inside the
  line (a comma, colon, semicolon or bracket: "Spain (Group F): 11th", "cored and peeled, cubed"),
  or it is written as a phrase, mostly lower-case ("Charges quickly in the case");
- furniture is labels: short Title Case link texts without digits or inner punctuation
  ("World Cup", "Meal Plans", "Premier League"), which come in long runs.

After the body, the list joins it while its lines are items or prose, with at most a few labels
in a row (a list's sub-headings, "Ingredients"); a rule removal of page chrome (share row, tags,
related-links heading) or a longer run of labels ends it. Numbers: data/scorer.toml (list_*).
"""

from __future__ import annotations

import re

from ..types import Document, Paragraph
from .settings import ScorerSettings

_INNER_PUNCT = re.compile(r"[,;:(\[)\]，、；：（）]")


def list_item(doc: Document, par: Paragraph, s: ScorerSettings) -> bool:
    """True for a kept short line shaped like a list item or table row holding data or a phrase."""
    signals = par.signals
    if not par.kept or not 0 < signals["words"] <= s.list_max_words:
        return False
    if signals["digits"] > 0.0 or signals["capitalised"] <= s.list_item_max_capitalised:
        return True
    text = " ".join(doc.text[seg.start : seg.end] for seg in par.kept_segments()).strip()
    return _INNER_PUNCT.search(text[:-1]) is not None or text.endswith(":")


def _prose(par: Paragraph, s: ScorerSettings) -> bool:
    return par.signals["prose"] >= s.block_threshold and par.signals["ends_sentence"] > 0.0


def list_tail(doc: Document, last: int, chrome: set[int], s: ScorerSettings) -> int:
    """The body's last paragraph once an article list right after `last` has joined it.

    `chrome` holds the indexes of rule removals that separate blocks (their category weighs
    against a block): the list ends before one. The list must hold `list_min_items` items, and
    items or prose must make `list_min_share` of its kept lines; it ends on its last item or prose
    line, before a run of more than `list_max_labels` labels.
    """
    pars = doc.paragraphs
    best, items, good, lines, labels = last, 0, 0, 0, 0
    for index in range(last + 1, len(pars)):
        par = pars[index]
        if not par.kept:
            if index in chrome:
                break
            continue
        lines += 1
        item = list_item(doc, par, s)
        if item or _prose(par, s):
            items, good, labels = items + item, good + 1, 0
            if items >= s.list_min_items and good >= s.list_min_share * lines:
                best = index
            continue
        labels += 1
        if labels > s.list_max_labels:
            break
    return best


def data_run(doc: Document, run: list[int], s: ScorerSettings) -> bool:
    """True when a run of short lines inside the body is mostly list items: the article's data."""
    items = sum(1 for i in run if list_item(doc, doc.paragraphs[i], s))
    return items >= s.list_min_share * len(run)
