"""Listing cards inside the article: a property portal's or a shop's widget between paragraphs.

A report on rents or house prices carries the portal's cards in the middle of its text ("Pisos
en venta en Valencia" / "Piso en venta en Ruzafa" / "3 habitaciones · 95 m²" / "289.000 €" /
"Ático en Benimaclet" / ... / "Ver más pisos"). Each card is a short title, up to
`card_detail_lines` lines of details, and a line that is a price and nothing else; the lines
score low but hold figures, so the body reads them as its own table and keeps them. Cards come
`card_min_items` or more in a row with no sentence between them: an article's own prices stand
in a sentence or after a label ("Aldi: £58.42", "Pb95: 5,89"), a round-up's product over its
price is followed by its description. The heading over the first card (a short line) and a
short button under the last ("Ver más pisos", "Bekijk alle woningen") go with them.
"""

from __future__ import annotations

from ..types import Document, Paragraph
from ..words import LETTERS
from .practical import priced
from .sections import head_line
from .settings import ScorerSettings


def price_cards(doc: Document, first: int, last: int, s: ScorerSettings) -> list[int]:
    """Indexes of the kept lines of each run of listing cards inside [first, last]."""
    pars = doc.paragraphs
    found: list[int] = []
    at = first
    while at <= last:
        end, cards = at, 0
        while (card := _card_end(doc, end, last, s)) is not None:
            end, cards = card + 1, cards + 1
        if cards < s.card_min_items:
            at += 1
            continue
        top = at - 1 if at - 1 >= first and _short(pars[at - 1], s) else at
        bottom = end if end <= last and _short(pars[end], s) and pars[end].signals["words"] <= s.menu_max_words else end - 1
        found.extend(i for i in range(top, bottom + 1) if pars[i].kept)
        at = bottom + 1
    return found


def _card_end(doc: Document, index: int, last: int, s: ScorerSettings) -> int | None:
    """The index of the price closing a card whose title is line `index`, or None."""
    pars = doc.paragraphs
    if index > last or not _short(pars[index], s) or _price_only(doc, pars[index], s):
        return None
    for at in range(index + 1, min(last, index + 1 + s.card_detail_lines) + 1):
        par = pars[at]
        if par.kept and _price_only(doc, par, s):
            return at
        if par.kept and not _short(par, s):
            return None
    return None


def _short(par: Paragraph, s: ScorerSettings) -> bool:
    return head_line(par, s) and par.signals["prose"] < s.block_threshold


def _price_only(doc: Document, par: Paragraph, s: ScorerSettings) -> bool:
    """A price and nothing else: no word of four letters or more beside it ("289.000 €",
    "€ 435.000 k.k.", "£1,250 pcm", "245.000 euros": a unit of `price_units`)."""
    text = doc.text[par.start : par.end]  # the words first: a sentence fails on its first long word, `priced` reads every character
    return all(len(word) <= 3 or word.casefold() in s.price_units for word in LETTERS.findall(text)) and priced(text, s.price_units)
