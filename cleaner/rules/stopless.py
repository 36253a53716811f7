"""Pages written without full stops: a radio or agency bulletin's items, one line each.

A news bulletin may list its items as clauses joined by commas, none closed by a stop ("Maltempo
in Liguria, allerta arancione fino a sabato mattina sul levante, scuole chiuse in dodici
comuni"). The prose model weighs a sentence end heavily, so every line scored as a menu's, no
body was found and the page kept its menus, share row and app promo. On a page where no long
line ends like a sentence, long lines holding function words (`stopless_min_lines` of them or
more, each of `list_prose_min_words` words or more, a stopword share of `stopword_floor` or
more) are that page's sentences: they get the sentence end the page does not write. Menus,
bylines and headlines are shorter; a page of data lines holds too few function words.
Numbers: data/scorer.toml."""

from __future__ import annotations

from ..types import Paragraph
from .prose import counted_words
from .settings import ScorerSettings


def close_stopless(pars: list[Paragraph], kept: list[bool], s: ScorerSettings) -> None:
    """Give the long lines of a page written without full stops their sentence end (see the
    module docstring); a page with one long line ending like a sentence is left as it is."""
    long = [p for p, k in zip(pars, kept) if k and counted_words(p.signals) >= s.list_prose_min_words]
    if len(long) < s.stopless_min_lines or any(p.signals["ends_sentence"] for p in long):
        return
    lines = [p for p in long if p.signals["stopwords"] >= s.stopword_floor]
    if len(lines) < s.stopless_min_lines:
        return
    for par in lines:
        par.signals["ends_sentence"] = 1.0
