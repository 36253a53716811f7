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
as often without one, and were cut while the same line with a stop stayed. The value must open
on a bare price, a figure and its currency (a sign of Unicode's category Sc, or a word of
`price_units`) with one word before them at most: no furniture of the label shape holds one (a
comment count, a reading time, a photo count have no currency), and an offer says more around
its price ("Abo: 9,99 € im Monat", "Subscribe: £1 for your first month", "Jetzt testen: 4
Wochen für 1 €" stay cut); the one word is a floor ("ab", "desde", "from"), never one of
`offer_words` ("Digital-Abo: Nur 9 €", "Suscríbete: solo 1 euro" stayed as prices). `priced` (any
price in the line) is the looser test a shop's price row passes (shop.py).

A line of when and where often sits over the price: "Samstag, 20 Uhr, Stadtpark" / "Eintritt:
18 Euro", "Fri 12 Dec, 8pm, The Old Mill" / "Tickets: £15". No label, no stop, a figure: the tail
walk cut it, and the price line under it with it (its run no longer started right under the
body). `event_line` is its shape: short, a figure, a clock time (listings.schedule_line) or parts
between commas, no question or exclamation; it joins only a run that holds a practical line
(closing_runs.practical_run), so a dated teaser over the share row stays cut.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..types import Document, Paragraph
from ..words import LETTERS_PATTERN
from .links import LABEL_COLON
from .listings import schedule_line
from .settings import ScorerSettings
from .stamps import YEAR
from ..compiled import kept

# One to three words of letters, a colon, then the value: "Prix :", "Eintritt:", "Horario de apertura:".
_LABELLED_VALUE = kept(rf"\s*(?:{LETTERS_PATTERN})(?:[ '’-](?:{LETTERS_PATTERN})){{0,2}}\s?{LABEL_COLON}\s+\S")


def practical_line(doc: Document, par: Paragraph, s: ScorerSettings) -> bool:
    """A kept line shorter than `tail_min_words`, a label and a colon then a value holding a
    figure and no year, closing on a full stop ("Eintritt: 12 Euro.")."""
    text = _short_figure_line(doc, par, s)
    if text is None or text.endswith("...") or not (text.endswith(".") or _price_value(text, s)):
        return False
    return _LABELLED_VALUE.match(text) is not None and YEAR.search(text) is None


def event_line(doc: Document, par: Paragraph, s: ScorerSettings) -> bool:
    """A kept line of when and where: shorter than `tail_min_words`, a figure, a clock time or
    parts between commas, not ending on a question, an exclamation or an ellipsis ("Samstag, 20
    Uhr, Stadtpark", "Jusqu'au 15 mars, du mardi au dimanche", "Sábado, 21h30, Teatro Municipal")."""
    text = _short_figure_line(doc, par, s)
    if text is None or text.endswith(_NO_EVENT_ENDS):
        return False
    return ", " in text or schedule_line(doc, par, s)


_NO_EVENT_ENDS = ("?", "!", "...", "…", ":")


def _short_figure_line(doc: Document, par: Paragraph, s: ScorerSettings) -> str | None:
    """The text, stripped, of a kept line shorter than `tail_min_words` that holds a figure (what
    a practical line and a line of when and where both are); None for any other line."""
    signals = par.signals
    if not par.kept or signals["words"] >= s.tail_min_words or signals["digits"] == 0:
        return None
    return doc.text[par.start : par.end].strip()


def _price_value(text: str, s: ScorerSettings) -> bool:
    """Whether the value after the line's first colon opens on a bare price: its first part (up
    to ", ", ";", "(" or " / ") a figure and its currency, one word before them at most ("18 Euro,
    ermäßigt 12 Euro", "desde 15 euros", "£18 (£12 concessions)"), not one of `offer_words`. An
    offer says more around its price ("9,99 € im Monat", "4 Wochen für 1 €", "Save £20 on winter
    tyres") or says "only" ("Nur 9 €")."""
    colon = _COLON.search(text)
    if colon is None:
        return False
    tokens = _PARTS.split(text[colon.end() :].strip(), 1)[0].strip().rstrip(".").split()
    units = s.price_units
    if _bare_price(tokens, units):
        return True
    return len(tokens) > 1 and tokens[0].isalpha() and tokens[0].casefold() not in s.offer_words and _bare_price(tokens[1:], units)


def _bare_price(tokens: list[str], units: tuple[str, ...]) -> bool:
    """A figure and a currency as one or two tokens: "18 Euro", "CHF 25", "£18", "18€", "R$ 30"."""
    if len(tokens) == 2:
        first, second = tokens
        return (_unit(first, units) and _FIGURE.fullmatch(second) is not None) or (_FIGURE.fullmatch(first) is not None and _unit(second, units))
    if len(tokens) == 1:
        signed = _SIGNED.fullmatch(tokens[0])
        return signed is not None and (signed["sign"] is None) != (signed["after"] is None) and _unit(signed["sign"] or signed["after"], units)
    return False


def _unit(token: str, units: tuple[str, ...]) -> bool:
    """A currency word of `units`, or a short token holding a currency sign and no figure ("€", "R$")."""
    if token.casefold() in units:
        return True
    return len(token) <= 4 and any(unicodedata.category(c) == "Sc" for c in token) and not any(c.isdigit() for c in token)


_COLON = re.compile(LABEL_COLON)
_PARTS = re.compile(r",\s|[;(]| / ")
_FIGURE = re.compile(r"\d+(?:[.,']\d+)*")
# A figure with its sign glued on one side: "£18", "R$30", "18€".
_SIGNED = re.compile(r"(?P<sign>[^\W\d_]{0,3}[^\w\s])?\d+(?:[.,']\d+)*(?P<after>[^\w\s])?")


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
