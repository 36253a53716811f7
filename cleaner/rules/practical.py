"""A practical-information line closing a review or a listing: "Prix : 19,50 euros.",
"Eintritt: 12 Euro.", "Precio: 15 euros.", "Tickets: £25.".

Such a line is a label, a colon and a figure: too short and too poor in function words for the
tail walk (blocks.with_tail), which cut it off with the page's furniture under it. It is the
article's last fact, the price or the opening hours a reader of the review came for. Furniture
of the same label shape is told apart by what it holds and how it ends: "Tags : Théâtre,
Molière" and "Source : AFP" hold no figure, "Lire aussi : ..." and "Mis à jour : 5 décembre
2026" end with no full stop or hold a year (a date is a stamp, not a fact of the review).
Language-neutral: the label may be any word of any script (links.LABEL_COLON's colons).

A price needs no full stop: "Eintritt: 12 Euro", "Tickets: £18, concessions £12" close a review
as often without one, and were cut while the same line with a stop stayed. A figure beside a
currency sign (any of Unicode's, category Sc) or beside a currency word (`price_units`) is what
no furniture of the label shape holds: a comment count, a reading time, a photo count, a "read
also" headline's figures have no currency.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..types import Document, Paragraph
from ..words import LETTERS_PATTERN
from .links import LABEL_COLON
from .settings import ScorerSettings

# One to three words of letters, a colon, then the value: "Prix :", "Eintritt:", "Horario de apertura:".
_LABELLED_VALUE = re.compile(rf"\s*(?:{LETTERS_PATTERN})(?:[ '’-](?:{LETTERS_PATTERN})){{0,2}}\s?{LABEL_COLON}\s+\S")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def practical_line(doc: Document, par: Paragraph, s: ScorerSettings) -> bool:
    """A kept line shorter than `tail_min_words`, a label and a colon then a value holding a
    figure and no year, closing on a full stop ("Eintritt: 12 Euro.")."""
    signals = par.signals
    if not par.kept or signals["words"] >= s.tail_min_words or signals["digits"] == 0:
        return False
    text = doc.text[par.start : par.end].strip()
    if text.endswith("...") or not (text.endswith(".") or priced(text, s.price_units)):
        return False
    return _LABELLED_VALUE.match(text) is not None and _YEAR.search(text) is None


def priced(text: str, units: tuple[str, ...]) -> bool:
    """Whether the line holds a price: a figure beside a currency sign ("£18", "8 €", "R$ 30")
    or beside one of `units` ("12 Euro", "CHF 25")."""
    for index, char in enumerate(text):
        if unicodedata.category(char) == "Sc" and _beside_figure(text, index):
            return True
    return _unit_figure(units).search(text) is not None


def _beside_figure(text: str, index: int) -> bool:
    """A figure right before or after position `index`, one space between at most."""
    before = text[max(0, index - 2) : index].rstrip()
    after = text[index + 1 : index + 3].lstrip()
    return (before[-1:].isdigit()) or (after[:1].isdigit())


@lru_cache(maxsize=4)
def _unit_figure(units: tuple[str, ...]) -> re.Pattern[str]:
    """A figure, a space at most, then one of `units` as a whole word, or the unit first."""
    names = "|".join(sorted((re.escape(unit) for unit in units), key=len, reverse=True))
    return re.compile(rf"\d\s?(?:{names})(?!\w)|(?<!\w)(?:{names})\s?\d", re.IGNORECASE)
