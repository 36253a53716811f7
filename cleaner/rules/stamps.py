"""A live blog entry's time stamp, kept ("15 h 40", a short line of digits whose shape recurs) or
removed by a dateline rule ("18 min ago"): the scorer, the title walk and the tail walk all ask,
so that a stamp neither ends the article nor is taken for its headline."""

from __future__ import annotations

import re

from ..types import Document, Paragraph
from .settings import ScorerSettings

YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")  # "2026", "04.12.2026", not "120" nor "15.034"
STAMP_WORDS = 4  # "18 min ago", "il y a 2 heures": a dateline removal this short may be an entry's stamp


def removed_stamp(text: str) -> bool:
    """A line a rule removed that may be a live blog entry's stamp ("vor 4 Minuten"): short, with a digit."""
    return len(text.split()) <= STAMP_WORDS and any(ch.isdigit() for ch in text)


def dateline_stamp(doc: Document, par: Paragraph, category: str) -> bool:
    """A live blog entry's relative stamp that a dateline rule removed ("18 min ago", "há 1
    hora"); `category`: the category of the paragraph's removal ("" when it is kept)."""
    return category == "dateline" and removed_stamp(doc.text[par.start : par.end])


def time_stamp(par: Paragraph, s: ScorerSettings) -> bool:
    """A short line mostly of digits whose shape recurs in the page: a live blog's entry times
    ("15 h 40", "4:05 p. m.")."""
    signals = par.signals
    short = signals["words"] <= s.name_max_words + 1
    return short and signals.get("repeated_shape", 0.0) > 0.0 and signals["digits"] >= s.furniture_min_digits


def year_closing(text: str, abbreviations: tuple[str, ...]) -> bool:
    """Whether a line closes on a year and its noun's abbreviation ("... до 2029 г.", "do 2030
    r.", "iki 2028 m."): that dot is the abbreviation's, and a headline may close on it."""
    head, _, tail = text.rstrip().rpartition(" ")
    return tail.rstrip(".") in abbreviations and tail.endswith(".") and YEAR.search(head[-4:]) is not None
