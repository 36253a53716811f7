"""What a page's own sentences say about scoring its lines: the stopword lift and the capitals
discount (`page_lifts`) that bring a language's prose to the share the fixed weights fit, and the
stopword share that tells a guessed language's list from one that misses the page's words.
Split from prose.py, which scores one line; these read the whole page.
"""

from __future__ import annotations

from ..types import Paragraph
from .prose import counted_words
from .settings import ScorerSettings


def page_lifts(
    pars: list[Paragraph],
    s: ScorerSettings,
    kept: list[bool] | None = None,
    language: str | None = None,
    listed: bool = True,
) -> tuple[float, float]:
    """(what to add to every line's stopword share, what to take off its capitalised share), so
    that the page's sentences score as the prose of a language the fixed weights fit.

    Stopwords: a fixed weight on the share fits languages with articles and free-standing
    particles; Hebrew prefixes them, Turkish suffixes them, Polish has no articles, and a stopword
    list cannot count what is glued to other words: their prose holds 0.08-0.21 where English
    holds 0.35-0.48, and scores at the threshold. The lift brings the page's sentences to
    `stopword_reference` (0.0 when they hold that already); a page whose sentences hold under
    `stopword_floor` is rather a page of data lines ("Davis 17 points. Moore 3 points."): no lift,
    but in a language without a stopword list, when its sentences have the shape of prose
    (`_prose_shaped`): counted by their short lower-case words, Lithuanian or Estonian sentences
    hold 0.00-0.08, and without the lift a short wire page found no body and kept its menus.

    Capitals: German capitalises every noun, so its sentences hold 0.33-0.41 capitalised words
    where English ones hold 0.15-0.29 and French ones less, and a capitalised share is what marks
    menus and names: a German article scored a third of a French one, and one "read also" line
    between its paragraphs cut the second half off. On a page in a language of
    `capitalised_nouns`, what its sentences hold above `capitalised_reference` is taken off
    every line. Only there: English pages full of product and company names reach German
    shares, and their capitals do mark lists and references.

    Caseless scripts: on a page with no stopword list (`listed` false) whose sentences are
    written in a script without case (Bengali, Tamil, Georgian, Korean...), no function word
    can be counted; the lift brings every line to `stopword_reference` whatever it holds, a
    neutral share that leaves the decision to length, punctuation and sentence ends.

    Both are the same for every line, so they move the page's prose as a whole and leave menus,
    names and dates far under the threshold (no full stop, few words, all capitals). None when
    the page has fewer than `stopword_min_lines` sentences. `kept` says which paragraphs are
    kept, when the caller knows it already; `language`: the page's (declared or guessed)."""
    sentences = _sentences(pars, s, kept)
    if len(sentences) < s.stopword_min_lines:
        return 0.0, 0.0
    words = sum(x["words"] for x in sentences)
    share = sum(x["stopwords"] * x["words"] for x in sentences) / words
    lift = s.stopword_reference - share if s.stopword_floor <= share < s.stopword_reference else 0.0
    if not listed and share < s.stopword_reference:
        caseless = sum(x.get("caseless", 0.0) * x["words"] for x in sentences) / words
        if caseless >= s.caseless_min_share or (share < s.stopword_floor and _prose_shaped(sentences, words, s)):
            lift = s.stopword_reference - share
    discount = 0.0
    if language in s.capitalised_nouns:
        capitals = sum(x["capitalised"] * x["words"] for x in sentences) / words
        discount = max(capitals - s.capitalised_reference, 0.0)
    return lift, discount


def stopword_share(pars: list[Paragraph], s: ScorerSettings, kept: list[bool] | None = None) -> float | None:
    """The stopword share of the page's sentences (as `page_lifts` measures it), or None when the
    page has too few sentences to tell."""
    sentences = _sentences(pars, s, kept)
    if len(sentences) < s.stopword_min_lines:
        return None
    return sum(x["stopwords"] * x["words"] for x in sentences) / sum(x["words"] for x in sentences)


def _sentences(pars: list[Paragraph], s: ScorerSettings, kept: list[bool] | None) -> list[dict[str, float]]:
    """The page's sentences: kept lines of `list_prose_min_words` words or more ending like one;
    on a page with fewer than `stopword_min_lines` of them (a wire brief), those of
    `stopword_short_words` or more. A brief of three sentences of 14, 9 and 7 words had one
    such line, so no lift, and its Estonian prose stayed under the threshold: no body."""
    flags = kept if kept is not None else [p.kept for p in pars]
    ending = [p.signals for p, k in zip(pars, flags) if k and p.signals["ends_sentence"]]
    sentences = [x for x in ending if counted_words(x) >= s.list_prose_min_words]
    if len(sentences) >= s.stopword_min_lines:
        return sentences
    return [x for x in ending if counted_words(x) >= s.stopword_short_words]


def _prose_shaped(sentences: list[dict[str, float]], words: float, s: ScorerSettings) -> bool:
    """Whether sentences with almost no short function word are prose all the same: few
    capitalised words and few figures (`unlisted_max_capitalised`, `unlisted_max_digits`, their
    words on average). Counted without a stopword list (short lower-case words), Lithuanian,
    Estonian or Basque prose holds 0.00-0.08, where data lines ("Davis 17 points. Moore 3
    points.") hold as little, but a third of capitals and figures."""
    capitals = sum(x["capitalised"] * x["words"] for x in sentences) / words
    digits = sum(x["digits"] * x["words"] for x in sentences) / words
    return capitals <= s.unlisted_max_capitalised and digits <= s.unlisted_max_digits
