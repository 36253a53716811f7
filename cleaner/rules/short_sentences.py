"""Short sentences of languages that glue their function words onto other words.

A sentence of three to six words in Finnish, Turkish or Polish holds no free-standing function
word more often than not: "Tie aurataan talvella." says "the road is ploughed in winter" with
case endings and a passive where English writes "the", "is" and "in". Measured on so few words,
its stopword share (none) says nothing about it, yet the prose model read it as a menu label's:
it scored 0.10, under the tail's floor, and the article's closing sentence was lost at the
page's end. In a language whose rule file sets `short_sentence_stopwords` (the share its short
sentences are taken to hold), a short line with the shape of a sentence is given that share when
it holds less; the page's lift (prose.page_lifts) then moves it with the page's sentences.

The shape: `short_sentence_min_words` words or more and under `stopword_short_words` (English
words, prose.counted_words: a longer line measures its own share, and only such lines make the
page's lift), opening on a capital or a caseless letter (after a quote's dash or mark), closing on
a full stop, its other words lower-case (no name, no agency's initials: "Zdjęcie ilustracyjne
PAP."; a figure with its unit may open on a capital: "RM1.2 bilion"), at most
`short_sentence_max_digits` of its words figures (a result, a score, a date line) and no colon (a
data line: "Tuomari: Matti Virtanen."). Menu items, tag lists, comment counts and teaser
headlines close on no full stop and are left as measured.
"""

from __future__ import annotations

from .closing import closes_on_stop
from ..words import WORD
from .prose import HAS_DIGIT, counted_words
from .settings import ScorerSettings

_OPENING_MARKS = "–—-\"“”„«»‘’'‹› "  # a quote's dash or mark before its first letter


def short_sentence_share(signals: dict[str, float], text: str, share: float, s: ScorerSettings) -> None:
    """Raise the stopword share of the line `text` (its `signals`) to its language's `share`
    for short sentences, when it has a sentence's shape (module docstring); else leave it."""
    if signals["stopwords"] >= share or not signals["ends_sentence"] or signals["digits"] > s.short_sentence_max_digits:
        return
    if signals["words"] < s.short_sentence_min_words or counted_words(signals) >= s.stopword_short_words:
        return
    opening = text.lstrip(_OPENING_MARKS)[:1]
    if not opening.isalpha() or opening.islower() or ":" in text or not closes_on_stop(text):
        return
    if any(word[0].isupper() and HAS_DIGIT(word) is None for word in WORD.findall(text)[1:]):
        return  # names, a credit's agency: no plain sentence (a figure's unit, "RM1.2", is none)
    signals["stopwords"] = share
