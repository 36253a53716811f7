"""A cheap language guess from stopword counts, to choose which sentence and inline rules apply.

It only has to pick among the languages we have rules for, and to say "unsure" otherwise (then
every language's rules apply): a few hundred stopword lookups are enough for that, and cost far
less than a real language identifier.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import chain
from typing import Mapping

from ..memo import Memo
from ..scan import ascii_words
from ..words import WORD as _WORD
from .loader import ALL_LANGUAGES, LanguageData
from .settings import EngineSettings



@dataclass(frozen=True, slots=True)
class LanguageGuess:
    """The winning language (None when unsure) and its share of stopwords among the words read."""

    language: str | None
    share: float


class StopwordIndex:
    """Every stopword with the languages it belongs to: one lookup per word, not one per language."""

    def __init__(self, languages: Mapping[str, LanguageData]):
        self.codes = tuple(
            code for code in sorted(languages) if code != ALL_LANGUAGES and languages[code].stopwords
        )
        index: dict[str, list[int]] = {}
        for position, code in enumerate(self.codes):
            for word in languages[code].stopwords:
                index.setdefault(word, []).append(position)
        self.languages_of = {word: tuple(positions) for word, positions in index.items()}
        self.letters = tuple(languages[code].letters for code in self.codes)

    def hits(self, words: list[str]) -> list[int]:
        """Stopword hits per language of `self.codes`."""
        counts = [0] * len(self.codes)
        for position in chain.from_iterable(filter(None, map(self.languages_of.get, words))):  # one loop, not two
            counts[position] += 1
        return counts


def guess_language(
    text: str,
    index: StopwordIndex,
    sample_chars: int,
    min_hits: int,
    min_margin: float,
    memo: Memo[tuple[tuple[int, ...], int]] | None = None,
) -> LanguageGuess:
    """Count each language's stopwords in the first `sample_chars` characters.

    The best language wins when it has at least `min_hits` hits and `min_margin` times the hits of
    the runner-up (shared words like "de" or "la" count for several languages, hence a margin);
    within the margin, the words only one of the two has decide, with the same thresholds.
    Ties are broken by language code so the result never depends on dict or set order.
    `memo` keeps the counts of each line: the per-document steps read most lines again.
    """
    hits, words = stopword_counts(text[:sample_chars], index, memo)
    if not words:
        return LanguageGuess(None, 0.0)
    if not hits:
        return LanguageGuess(None, 0.0)
    best_hits = max(hits)
    position = hits.index(best_hits)  # the codes are sorted: the first is the smallest
    best = index.codes[position]
    runner_up = sorted(hits)[-2] if len(hits) > 1 else 0
    if best_hits < min_hits:
        return LanguageGuess(None, best_hits / words)
    if best_hits < min_margin * runner_up:
        other = max((i for i in range(len(hits)) if i != position), key=lambda i: (hits[i], -i))
        if not _told_apart(text[:sample_chars], index, position, other, min_hits, min_margin):
            return LanguageGuess(None, best_hits / words)
    return LanguageGuess(best, best_hits / words)


def page_language(text: str, index: StopwordIndex, settings: EngineSettings) -> str | None:
    """The language all of `text`'s stopwords tell (`guess_language`), else None."""
    return guess_language(text, index, len(text), settings.language_min_hits, settings.language_margin).language


def confirms_declared(
    text: str,
    index: StopwordIndex,
    code: str,
    sample_chars: int,
    min_hits: int,
    min_margin: float,
    memo: Memo[tuple[tuple[int, ...], int]] | None = None,
) -> bool:
    """Whether the stopwords agree with the language the page declares (<html lang>, og:locale,
    a JSONL "lang" field) when `guess_language` was unsure: a page of forty words holds too few
    stopwords for a clear winner, and Swedish, Danish and Norwegian (or Spanish and Galician)
    share most of theirs, but a declared language whose words are the most found (within the
    margin) is the page's. Templates leave "en" in pages of any language: a declaration the
    words contradict, or one without `min_hits` of its words, is not taken."""
    if code not in index.codes:
        return False
    hits, _ = stopword_counts(text[:sample_chars], index, memo)
    mine = hits[index.codes.index(code)]
    return mine >= min_hits and mine * min_margin >= max(hits)


def _told_apart(sample: str, index: StopwordIndex, best: int, other: int, min_hits: int, min_margin: float) -> bool:
    """Whether the words only one of two close languages has point clearly to `best`: Danish and
    Norwegian share most function words, so their totals stay within the margin on a page of
    either, while "af", "efter", "mig" or "av", "etter", "meg" point one way. (The shared words
    count for both, so the one with more hits also has more of its own: only `best` can win.)
    Read again only for pages whose two best languages are that close.

    A word spelt with a letter only one of the two writes (Swedish "ä", "ö" against Danish and
    Norwegian "æ", "ø"; Spanish "ñ" against Catalan "ç", "è"; Czech "ř", "ů" against Slovak
    "ô", "ľ": `letters` in the rule files) counts for that one too: a forty-word page holds
    few function words, but a dozen words that show its spelling."""
    mine = theirs = 0
    own = index.letters[best] - index.letters[other]
    foreign = index.letters[other] - index.letters[best]
    for word in _WORD.findall(sample.lower()):
        positions = index.languages_of.get(word)
        if positions is not None and (best in positions) != (other in positions):
            if best in positions:
                mine += 1
            else:
                theirs += 1
        elif (own or foreign) and not word.isascii():
            letters = set(word)
            mine += bool(letters & own)
            theirs += bool(letters & foreign)
    return mine >= min_hits and mine >= min_margin * max(theirs, 1)


def stopword_counts(
    sample: str, index: StopwordIndex, memo: Memo[tuple[tuple[int, ...], int]] | None = None
) -> tuple[list[int], int]:
    """(stopword hits per language of `index.codes`, words read) in `sample`.

    Counted line by line when a memo is given: no word spans a line break, and lower-casing
    never looks across one, so the sums equal the counts of the whole sample.
    """
    if memo is None:
        words = _WORD.findall(sample.lower())
        return index.hits(words), len(words)
    rows: list[tuple[int, ...]] = []  # each line's hits, summed once at the end
    read = 0
    for line in filter(None, sample.split("\n")):  # a blank line between paragraphs has no word
        found = memo.get(line)
        if found is Memo.MISSING:
            words = ascii_words(line, lower=True) if line.isascii() else _WORD.findall(line.lower())
            found = memo.put(line, (tuple(index.hits(words)), len(words)), len(line))
        hits, count = found  # type: ignore[misc]
        if count:
            read += count
            rows.append(hits)
    return [sum(column) for column in zip(*rows)] if rows else [0] * len(index.codes), read
