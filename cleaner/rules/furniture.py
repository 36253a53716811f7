"""Short lines between an article's heading and its body: which of them are the article's
(a caption written as a sentence, a wire dateline, a live blog's time stamp) and which are a
byline's furniture that goes (a name, a date alone on a line). Shared by the heading walk
(title.py), the reader heading and the scorer."""

from __future__ import annotations

from ..types import Document, Paragraph
from .credit import credit_cues
from .prose import HAS_DIGIT, counted_words
from .settings import ScorerSettings
from .shapes import name_like as _name_like, opener as _opener
from .stamps import time_stamp

_DASHES = ("—", "–", " - ")


def byline_furniture(doc: Document, par: Paragraph, settings: ScorerSettings) -> bool:
    """A byline's name or a date alone on a line: furniture that goes (not a caption or dateline)."""
    signals = par.signals
    short = signals["words"] <= settings.furniture_max_words
    named = _name_like(doc, par, settings) or signals["digits"] >= settings.furniture_min_digits
    return short and named and not kept_furniture(doc, par, settings)


def kept_furniture(doc: Document, par: Paragraph, settings: ScorerSettings) -> bool:
    """Skipped lines that are article text: a caption written as a sentence, a dateline ("KIEL
    (dpa) -", "BAAR, SWITZERLAND") or time stamp opening the text below, a live blog's repeated
    time stamp. Bylines' names and places and publication dates go, as bylines and date lines
    do elsewhere (fixtures/seeds 004 drops its date line, general es_1 its photographer), and so
    does a line closed by a bracket or a stop that holds two kinds of credit evidence."""
    signals = par.signals
    if signals["ends_sentence"] == 1.0 and counted_words(signals) >= settings.caption_min_words:
        return credit_cues(doc, par, settings) < 2  # "Rahoton: Musa Ibrahim · 14:20 · Sharhi (12)" is a byline
    if dateline(doc, par, settings):
        return True
    return time_stamp(par, settings)


def dateline(doc: Document, par: Paragraph, settings: ScorerSettings) -> bool:
    """A wire dateline opening the lead ("KIEL (dpa) -") or a place in capitals; a line of no
    word ("-", a separator between a byline and its date) is none, though it ends as one does."""
    if par.signals["words"] == 0:
        return False
    return _opener(doc, par) or _place_in_capitals(doc, par, settings) or _agency_dateline(doc.text[par.start : par.end])


def _agency_dateline(text: str) -> bool:
    """A wire dateline split from its lead, the agency after the date: "МОСКВА, 7 дек — РИА
    Новости.", "PARIS, 7 déc – AFP": a place in capitals, a comma, a figure, a dash. With or
    without its full stop it is the lead's (kept as "KIEL (dpa) -" is), as it is glued to it. A
    figure is a decimal digit (prose.HAS_DIGIT, as the scorer counts them): "²" or "①" is none."""
    place, comma, rest = text.strip().partition(",")
    return bool(comma) and place.isupper() and HAS_DIGIT(rest) is not None and any(dash in rest for dash in _DASHES)


def _place_in_capitals(doc: Document, par: Paragraph, settings: ScorerSettings) -> bool:
    """A wire dateline on its own line, "BAAR, SWITZERLAND": a place and its region in capitals."""
    if not _name_like(doc, par, settings):
        return False
    text = doc.text[par.start : par.end]
    return "," in text and text.isupper()
