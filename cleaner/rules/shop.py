"""A shop box's own heading inside a review: the product's name over the shop's price rows.

A review prints a shop widget under its verdict or between its paragraphs: the product's name
("Crispa XL", "Mixa Pro 2 kaufen", "Comprar Vapora Max") over price rows ("89,99 € en Amazon",
"£94.99 at Argos") that the language rules remove as advertising. The name line no rule knows:
short, no sentence, it joins the verdict box's last list as an item (review._groups) or the
shop rows between the box and the body (review._shop_gap), and stayed in the text over the
removed rows. What tells it from the box's last item ("Small drip tray", "Sehr laut") is the
product's name: most of its name-like words (capitalised or with a figure: "Mixa Pro 2") are
the headline's, while a cons item repeats at most a word of it.

A cons item may repeat just that word, its first, capitalised as every item's first word is:
"Slow app" under "Kelvo Pour Review: A Smart Kettle With A Slow App" (a headline in Title Case,
where every word is written as a name's), "Betrieb sehr laut" under "Mixa Pro 2 im Test: Starker
Motor, aber laut im Betrieb" (German capitalises its nouns), and went as a shop name with the
price rows under it. A name is written as one: more than half of its words name-like ("Kelvo
Pour", "Buy the Kelvo Pour", "Mixa Pro 2 kaufen"), where an item is a phrase of lowercase words.
"""

from __future__ import annotations

import re
from typing import Callable

from ..types import Document, Paragraph
from .blocks import Block
from .practical import priced
from .settings import ScorerSettings

_TOKEN = re.compile(r"\w+")


def shop_names(doc: Document, block: Block, s: ScorerSettings, category: Callable[[Paragraph], str]) -> list[tuple[int, str]]:
    """(index, rule id of the price row under it) of each kept line in the body `block` right over
    a shop's price row (a rule removal of category "advertising" holding a price, practical.priced),
    of at most `review_heading_max_words` + 1 words and no sentence, more than half of them
    name-like (capitalised or with a figure: "Buy the Kelvo Pour" has three) and more than half
    of those written as a name's in the page's headline too (`_named_in`): its repeat
    (`block.anchor`), else the kept line above the body. None without a headline."""
    pars = doc.paragraphs
    first, last = block.first, block.last
    title = block.anchor if block.anchor is not None else next((i for i in range(first - 1, -1, -1) if pars[i].kept), None)
    if title is None:
        return []
    names = _named_in(doc.kept_text(pars[title]))
    found = []
    for index in range(first, min(last, len(pars) - 2) + 1):
        par, row = pars[index], pars[index + 1]
        if not par.kept or par.signals.get("ends_sentence", 0.0) or par.signals.get("words", 0) > s.review_heading_max_words + 1:
            continue
        if row.kept or row.removal is None or category(row) != "advertising" or not priced(doc.text[row.start : row.end], s.price_units):
            continue
        text = doc.kept_text(par)
        words = _named_in(text, distinct=False)
        if 2 * len(words) > len(_TOKEN.findall(text)) and 2 * sum(word in names for word in words) > len(words):
            found.append((index, row.removal.rule))
    return found


def _named_in(text: str, distinct: bool = True) -> frozenset[str] | list[str]:
    """The words of `text` written as a name's: capitalised or holding a figure, casefolded (a
    set; a list when not `distinct`)."""
    words = [token.casefold() for token in _TOKEN.findall(text) if token[0].isupper() or any(c.isdigit() for c in token)]
    return frozenset(words) if distinct else words
