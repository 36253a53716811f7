"""A recipe's facts above its intro: the recipe's, not the byline's furniture.

A recipe page prints, between the byline and the intro, a few short rows: "Prep time: 15 min",
"Tempo di cottura: 45 minuti", "Porzioni: 8", "Pour 6 personnes", "Difficulté : facile". Alone,
they are short lines without a sentence, like a byline's date or a menu; the body's block starts
under them and the heading walk passes over them (or takes the last one for the headline). What
makes them content is the page: a recipe, whose body lists its ingredients as lines opening with
a quantity ("200 g di farina 00", "8 chicken thighs, skin on", "1,5 kg de pommes de terre").
With `list_min_items` such lines in the body, the rows right above it (at least two holding a
figure; a "Label: value" row without one, "Difficoltà: facile", among them) join the body.

The ingredient list itself, between the intro and the method, scores far under prose: on a
page whose intro is one or two short sentences its lines outweighed the intro, and the body
started at the method (`ingredient_runs` makes them neutral, as a table's rows are).

Numbers: data/scorer.toml (recipe_row_max_words, recipe_figure_rows; list_min_items,
list_min_share and list_max_words for the ingredient lines).
"""

from __future__ import annotations

import re

from ..types import Document, Paragraph
from ..words import SENTENCE_END
from .keypoints import ROW
from .lists import prose_par
from .prose import counted_words
from .settings import ScorerSettings
from .stamps import YEAR

# A line opening with a quantity: "200 g", "3 tbsp", "1,5 kg", "½ cup", "2-3 cloves".
_QUANTITY = re.compile(r"\s*(?:\d+(?!\d)(?:[.,/]\d+(?!\d))?(?:\s?[-–]\s?\d+(?!\d))?|[½⅓⅔¼¾⅛])\s?[^\s:\d]")  # not a clock: "00:00 Intro"
_LABEL = re.compile(r"[^\W\d_][^\W\d_' ’.-]*\s?[:：]\s?\S")  # "Difficoltà: facile"


def recipe_head(doc: Document, first: int, last: int, s: ScorerSettings, top: int = -1) -> int:
    """The body's first paragraph once a recipe's fact rows right above it have joined it (when
    the body `first`..`last` lists `list_min_items` quantity lines): `recipe_figure_rows` of them
    holding a figure, or one "Label: value" row alone (`_timed`); `first` otherwise."""
    pars = doc.paragraphs
    index, figures = first, 0
    while index - 1 > top and _row(doc, pars[index - 1], s):
        index -= 1
        figures += any(ch.isdigit() for ch in doc.kept_text(pars[index]))
    if index == first or not (figures >= s.recipe_figure_rows or (index == first - 1 and _timed(doc.kept_text(pars[index]).strip()))):
        return first
    quantities = sum(1 for par in pars[first : last + 1] if _quantity_line(doc, par, s))
    return index if quantities >= s.list_min_items else first


def _timed(text: str) -> bool:
    """A lone "Label: value" row holding a figure and no year ("Zubereitungszeit: 40 Minuten",
    "Prep time: 20 minutes"), not a date line ("Stand: 04.12.2026")."""
    return ROW.match(text) is not None and any(ch.isdigit() for ch in text) and YEAR.search(text) is None


def _row(doc: Document, par: Paragraph, s: ScorerSettings) -> bool:
    """A kept short line without a sentence's end, holding a figure or written "Label: value"."""
    if not _list_line(doc, par, s):
        return False
    text = doc.kept_text(par).strip()
    return any(ch.isdigit() for ch in text) or _LABEL.match(text) is not None


def _quantity_line(doc: Document, par: Paragraph, s: ScorerSettings) -> bool:
    if not par.kept:
        return False
    text = doc.kept_text(par)
    # the quantity first: a paragraph of prose opens with a letter, and splitting it costs more
    return _QUANTITY.match(text) is not None and len(text.split()) <= s.list_max_words and not SENTENCE_END.search(text)


def ingredient_runs(doc: Document, s: ScorerSettings) -> list[int]:
    """The kept lines of each ingredient list: a run of kept short lines (`recipe_row_max_words`
    words at most, no sentence's end: "Zutaten", "250 g Tellerlinsen", "Salz und Pfeffer",
    "Zubereitung") with no removal inside, `list_min_items` or more of them and `list_min_share`
    of them opening with a quantity, between a sentence scoring as prose (the intro, maybe past
    a print or save button a rule removed, maybe a short one: "Ein cremiges Risotto für den
    Herbst, fertig in 35 Minuten.") and a sentence (the method's first step, `_step`:
    "Kartoffeln, Zwiebel und Möhren schälen und würfeln."): a menu or a byline's rows have no
    sentences on both sides. The share is read from the first quantity line to the last: the
    headings around the list ("Serves 4", "Ingredients", "Method", "Step 1") are no items, and
    with them a list of seven quantities under two headings fell under it. Neutral, not
    positive: the lines join a body only with prose around them."""
    pars = doc.paragraphs
    found: list[int] = []
    index = 0
    while index < len(pars):
        end = index
        while end < len(pars) and _list_line(doc, pars[end], s):
            end += 1
        if end > index:
            lines = [at for at in range(index, end) if _quantity_line(doc, pars[at], s)]
            if (
                len(lines) >= s.list_min_items
                and len(lines) >= s.list_min_share * (lines[-1] - lines[0] + 1)
                and _sentence_above(pars, index, s)
                and end < len(pars) and _step(pars[end], s)
            ):
                found.extend(range(index, end))
        index = end + 1
    return found


def _step(par: Paragraph, s: ScorerSettings) -> bool:
    """The method's first step under the ingredients: prose, or a sentence of `list_intro_min_words`
    words or more whatever it scores (an imperative step holds few function words: "Die Linsen in
    ungesalzenem Wasser 25 Minuten garen, abgießen und abkühlen lassen." scored under prose)."""
    return par.kept and (prose_par(par, s) or (par.signals["ends_sentence"] > 0.0 and counted_words(par.signals) >= s.list_intro_min_words))


def _sentence_above(pars: list[Paragraph], index: int, s: ScorerSettings) -> bool:
    """The intro's sentence right above `index`, past at most `list_max_labels` lines a rule
    removed (a recipe's "Rezept drucken" and "Merken" buttons over its ingredients)."""
    for above in range(index - 1, max(index - 2 - s.list_max_labels, -1), -1):
        if pars[above].kept:
            return _sentence(pars[above], s)
    return False


def _list_line(doc: Document, par: Paragraph, s: ScorerSettings) -> bool:
    """A kept short line (`recipe_row_max_words` words at most) without a sentence's end."""
    if not par.kept:
        return False
    text = doc.kept_text(par).strip()
    most = s.recipe_row_max_words  # split no further than one word past it: a paragraph of prose has hundreds
    return bool(text) and len(text.split(None, most)) <= most and not SENTENCE_END.search(text)


def _sentence(par: Paragraph, s: ScorerSettings) -> bool:
    signals = par.signals
    return par.kept and signals["ends_sentence"] > 0.0 and signals["prose"] >= s.block_threshold


def method_tail(doc: Document, first: int, last: int, s: ScorerSettings) -> int:
    """`last` moved down over a recipe's last steps right under the body: kept sentences of
    `list_intro_min_words` words or more (`_step`), up to the first line that is none (a tip's
    heading, the page's furniture), when the body `first`..`last` lists `list_min_items` quantity
    lines. An imperative step full of figures ("Bei 180 Grad etwa 40 Minuten goldbraun backen.")
    scores under prose, and the method's end went with the page's furniture."""
    pars = doc.paragraphs
    if not _last_step(pars, last + 1, s):
        return last  # the cheap test first: under most bodies, no step, whatever the body lists
    if sum(1 for par in pars[first : last + 1] if _quantity_line(doc, par, s)) < s.list_min_items:
        return last
    while _last_step(pars, last + 1, s):
        last += 1
    return last


def _last_step(pars: list[Paragraph], index: int, s: ScorerSettings) -> bool:
    return index < len(pars) and _step(pars[index], s) and pars[index].signals["words"] <= s.recipe_row_max_words * 3
