"""Lines ending like a sentence that are still a headline's shape (shapes.title_shaped asks):
one question ("What happens if ...?"), a short statement and the question it raises ("Test
smartfona za 1500 zł. Czy warto go kupić?"), two short statements ("Our high streets don't need
more parking. They need more reasons to stay."). A teaser's summary of two sentences runs longer.
"""

from __future__ import annotations

import re

from ..types import Document, Paragraph
from .prose import counted_words
from .settings import ScorerSettings

_INNER_STOP = re.compile(r"[.!?…。！？](?=\s)")


def headline_sentence(doc: Document, par: Paragraph, s: ScorerSettings) -> bool:
    """A line that is one question and nothing else: it ends with a question mark and no sentence
    ends inside it (a question headline, not a teaser's summary); or a short statement and the
    question it raises, `title_question_max_words` words in all ("Test smartfona za 1500 zł. Czy
    warto go kupić?", a headline's shape in Polish and German as often as the question alone);
    or two short statements on a full stop, as many words in all, each of `title_min_words` or
    more and the second opening with a capital ("Our high streets don't need more parking. They
    need more reasons to stay.": a columnist's headline; a caption's "Photo: X. Reuters." has a
    one-word half)."""
    text = doc.text[par.start : par.end].strip()
    if text[-1:] == ".":
        return _two_statements(text, par, s)
    if text[-1:] not in ("?", "？", "؟"):
        return False
    inner = len(_INNER_STOP.findall(text[:-1]))
    return inner == 0 or (inner == 1 and counted_words(par.signals) <= s.title_question_max_words)


def _two_statements(text: str, par: Paragraph, s: ScorerSettings) -> bool:
    """Two sentences on one inner full stop, each of `title_min_words` words or more, the second
    capitalised, `title_question_max_words` in all: a columnist's headline, where a line ending on
    a full stop was else a paragraph's shape (an abbreviation's stop, "3 p.c. in", has a lower-case
    word after it)."""
    stops = list(_INNER_STOP.finditer(text[:-1]))
    if len(stops) != 1 or stops[0].group() != "." or counted_words(par.signals) > s.title_question_max_words:
        return False
    first, second = text[: stops[0].start()], text[stops[0].end() :].strip()
    return second[:1].isupper() and min(len(first.split()), len(second.split())) >= s.title_min_words
