"""The page's headline among a document's units: what in-document dedup must not take for a copy.

A headline is the page's title, not a repeat of its lead: the lead often restates it, and a
headline often quotes the article's first sentence. In-document dedup (document.py) and the corpus
step (corpus.py) ask here which units are the headline; in-document dedup also asks which lines
restate what they stand over (a live entry's heading, a key-facts item's figure) rather than copy it.
"""

from __future__ import annotations

from collections import Counter

from .config import DedupConfig
from .units import Unit


class HeadlineQuote:
    """Whether a unit inside a paragraph of prose repeats a sentence of the page's headline, which
    quotes the article: the body is the article, its sentence stays (the headline too, as the
    page's title). A copy standing alone (a teaser of the headline) is a duplicate as before.
    `by`: the unit holds the headline's sentence and more ("„Wir werden keinen Lift abreißen ...“"
    over "Oberhollenzer: Wir werden keinen Lift abreißen ..."). `word_for_word`: it is the
    headline's last sentence with a sentence mark the headline dropped ("Singer opens up on the
    split. "I do not regret a single day"" over ""I do not regret a single day. But ..."); the
    same text twice, marks alike, is a repeat as before (one copy stays)."""

    def __init__(self, units: list[Unit], config: DedupConfig):
        self.headline = headline_units([u for u in units if u.kept], config)
        self.sizes: Counter[int] | None = None
        self.units = units

    def by(self, unit: Unit, original: Unit) -> bool:
        if original not in self.headline or unit.paragraph == original.paragraph:
            return False
        if self.sizes is None:
            self.sizes = Counter(u.paragraph for u in self.units)
        return self.sizes[unit.paragraph] > 1

    def word_for_word(self, unit: Unit, original: Unit) -> bool:
        if not self.headline or original is not self.headline[-1] or not _open_end(original):
            return False
        return unit.piece is not None and unit.piece.ends_sentence() and self.by(unit, original)


def lone_headline(survivors: list[Unit]) -> Unit | None:
    """The first kept line when it stands alone, does not end like a sentence and does not look
    cut (a lowercase start, an ellipsis): a headline.

    News leads often repeat their headline inside their first sentence ("3月8日上午，<headline>运营。",
    "The council approved ... on Tuesday."): contained in it, the headline would go as a fragment,
    where a teaser cut from the lead (which this line is not: it opens the page) must."""
    if not survivors:
        return None
    first = survivors[0]  # in text order; the first unit is never linked to an earlier one
    alone = sum(1 for u in survivors if u.paragraph == first.paragraph) == 1
    return first if alone and first.heading_like else None


def headline_units(survivors: list[Unit], config: DedupConfig) -> tuple[Unit, ...]:
    """The `lone_headline`, or the first paragraph of 2 to `headline_sentences` sentences, none
    looking cut, the last with no sentence mark at its end (a headline adding a quote; a lead's
    last sentence ends like one); () when there is none."""
    if not survivors:
        return ()
    lone = lone_headline(survivors)
    if lone is not None:
        return (lone,)
    first = survivors[0].paragraph
    members = tuple(u for u in survivors if u.paragraph == first)
    if not 2 <= len(members) <= config.headline_sentences or not _open_end(members[-1]):
        return ()
    return members if not any(u.piece is None or u.piece.looks_truncated() for u in members) else ()


def _open_end(unit: Unit) -> bool:
    """No sentence mark at the unit's end and no sign of a cut (as a headline ends)."""
    piece = unit.piece
    return piece is not None and not piece.ends_sentence() and not piece.looks_truncated()


def restates_headline_figure(unit: Unit, original: Unit, quoted: HeadlineQuote) -> bool:
    """Whether `unit`, a line of the body, states a figure that the page's headline (`original`)
    repeats: "每年金額增至2500元" in a key-facts list under "政府推出長者醫療券新安排 金額增至2500元".
    The headline restates the article's fact, so the body's line is the article and the headline's
    words are what is redundant; the line went as contained in the headline. `_opens_with_figure`
    spares such items only when the figure opens them (pass 2's short fragments)."""
    return original in quoted.headline and _shares_figure(unit, original)


def heading_over(heading: Unit, sentence: Unit, units: list[Unit], quoted: HeadlineQuote | None) -> bool:
    """Whether `heading`, a line alone in its paragraph ending like no sentence, sits right above
    the paragraph of `sentence` and restates it in its own order: a live entry's heading over its
    text ("Windstoot van 124 kilometer per uur gemeten in Hoek van Holland" over "Het KNMI heeft
    in Hoek van Holland een windstoot van 124 kilometer per uur gemeten."), as the page's headline
    does its lead (HeadlineQuote). A teaser cut from the sentence holds its words in the
    sentence's order: it goes as before."""
    piece = heading.piece
    if sentence.paragraph != heading.paragraph + 1 or piece is None or piece.ends_sentence() or piece.looks_truncated():
        return False
    if quoted is not None and heading in quoted.headline:
        return False  # the page's headline: HeadlineQuote decides
    if not _alone(heading, units):
        return False
    return heading.joined() not in sentence.joined()


def _alone(unit: Unit, units: list[Unit]) -> bool:
    """Whether `unit` is the only unit of its paragraph (units are in text order)."""
    index = unit.index
    before = index > 0 and units[index - 1].paragraph == unit.paragraph
    after = index + 1 < len(units) and units[index + 1].paragraph == unit.paragraph
    return not (before or after)


def item_restates_figure(unit: Unit, longer: Unit) -> bool:
    """Whether `unit`, a line ending like no sentence (a list's item, a key fact) below the
    `longer` sentence, states a figure that sentence holds: "每年金額增至2500元" under a lead
    saying "每年金額將由2000元增至2500元". Written without spaces, its characters' shingles all lie
    in the lead, yet the item is the article's summary of its own fact, not a teaser cut from
    the lead (a teaser stands above the text, or ends cut)."""
    if longer.index > unit.index or unit.piece is None or unit.piece.ends_sentence() or unit.piece.looks_truncated():
        return False
    return _shares_figure(unit, longer)


def _shares_figure(unit: Unit, other: Unit) -> bool:
    """Whether `unit`, outside `other`'s paragraph, holds a figure `other` holds."""
    if unit.paragraph == other.paragraph:
        return False
    figures = {tok for tok in unit.toks if tok[:1].isdigit()}
    return bool(figures) and not figures.isdisjoint(other.toks)
