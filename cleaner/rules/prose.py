"""Prose signals of one paragraph and the logistic model that turns them into a prose score.

Language-light on purpose: length, punctuation, stopword density, capitalised and digit tokens.
Chinese and Japanese get character-based word counts (no spaces between words), and the
stopword share is judged against the page's own sentences (`stopword_lift`), as languages that
glue their particles to words write prose with half the free-standing function words of English.
Weights and thresholds: data/scorer.toml.
"""

from __future__ import annotations

import math
import re

from ..types import Paragraph
from .settings import CjkSettings, ScorerSettings

_WORD = re.compile(r"\w+")
_PUNCT = re.compile(r"[,.;:!?，、。；：！？]")
# Han ideographs and kana: scripts written without spaces between words (Hangul has spaces).
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_LEAD = 8  # a headline glued before a teaser summary shows in its first words
_HAS_DIGIT = re.compile(r"\d").search
_SENTENCE_END = frozenset('.!?…"”»\'’)。！？」』')


def paragraph_signals(text: str, stopwords: frozenset[str], cjk: CjkSettings | None = None) -> dict[str, float]:
    """Signals of one paragraph's kept text; `stopwords` empty means: use short lowercase words.

    Chinese and Japanese write words without spaces, so a whole clause is one ``\\w+`` token:
    there, `cjk` turns characters into word counts and counts kana and function characters
    as the stopwords they are.
    """
    tokens = _WORD.findall(text)
    # A run of characters without spaces (a base64 blob, a URL list) is split by \w+ into
    # thousands of "words" that would weigh as page chrome and cut the article in two; no
    # spaced prose has more than about two \w+ tokens per space-separated chunk.
    words = float(min(len(tokens), 2 * len(text.split())))
    if stopwords:
        function_words = float(sum(map(stopwords.__contains__, map(str.lower, tokens))))
    else:
        function_words = float(sum(1 for t in tokens if len(t) <= 3 and t.islower()))
    if cjk is not None and _CJK.search(text) is not None:
        ideographic = _CJK.findall(text)
        glued = sum(1 for t in tokens if _CJK.search(t) is not None)
        words += sum(map(len, ideographic)) / cjk.chars_per_word - glued
        function_chars = re.compile(f"[{re.escape(cjk.function_chars)}]")  # re caches the compiled class
        function_words += len(function_chars.findall(text)) / cjk.chars_per_word
    if words <= 0:
        return {"words": 0.0, "log_words": 0.0, "stopwords": 0.0, "ends_sentence": 0.0, "punctuation": 0.0,
                "capitalised": 0.0, "leading_capitals": 0.0, "digits": 0.0}  # fmt: skip
    stripped = text.rstrip()
    return {
        "words": words,
        "log_words": math.log1p(words),
        "stopwords": min(function_words / words, 1.0),
        "ends_sentence": 1.0 if stripped and stripped[-1] in _SENTENCE_END else 0.0,
        "punctuation": min(len(_PUNCT.findall(text)) / words, 1.0),
        "capitalised": sum(map(str.isupper, (t[0] for t in tokens))) / words,
        "leading_capitals": sum(map(str.isupper, (t[0] for t in tokens[:_LEAD]))) / max(min(words, _LEAD), 1.0),
        "digits": sum(1 for _ in filter(None, map(_HAS_DIGIT, tokens))) / words,
    }


def prose_score(
    signals: dict[str, float], settings: ScorerSettings, weights: tuple[tuple[str, float], ...] | None = None
) -> float:
    """Logistic combination of the signals: 1 looks like article prose, 0 like page chrome.

    `weights` is `settings.weights` sorted by name (a sum in a fixed order gives the same bits
    every time), when the caller keeps it sorted already."""
    if signals["words"] == 0:
        return 0.0
    ordered = weights if weights is not None else sorted(settings.weights.items())
    z = settings.bias + sum(w * signals.get(name, 0.0) for name, w in ordered)
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


def stopword_lift(pars: list[Paragraph], s: ScorerSettings) -> float:
    """What to add to every line's stopword share so that the page's sentences hold
    `stopword_reference` of function words on average (0.0 when they do already, or when the
    page has fewer than `stopword_min_lines` sentences).

    A fixed weight on the share fits languages with articles and free-standing particles;
    Hebrew prefixes them, Turkish suffixes them, Polish has no articles, and a stopword list
    cannot count what is glued to other words: their prose holds 0.08-0.21 where English holds
    0.35-0.48, and scores at the threshold. The page's own sentences say how dense its language
    writes them; the lift is the same for every line, so it moves the page's prose as a whole
    over the threshold and leaves menus, names and dates far under it (they have no full stop
    and few words). A page whose sentences hold under `stopword_floor` is rather a page of data
    lines ("Davis 17 points. Moore 3 points.") or in a language without a stopword list: no lift."""
    sentences = [p.signals for p in pars if p.kept and p.signals["words"] >= s.list_prose_min_words and p.signals["ends_sentence"]]
    if len(sentences) < s.stopword_min_lines:
        return 0.0
    share = sum(x["stopwords"] * x["words"] for x in sentences) / sum(x["words"] for x in sentences)
    if share < s.stopword_floor or share >= s.stopword_reference:
        return 0.0
    return s.stopword_reference - share
