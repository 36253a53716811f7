"""The page title seen twice: the first line's headline repeated where the article starts.

A text dump of a web page begins with the document title ("Headline | Site name"), then menus,
and the article's own heading repeats the headline right above the body. That repeat is the most
reliable position signal a plain text keeps: it names neither a site nor a language. When the
first line's headline recurs further down, the scorer discounts prose before the repeat (teaser
boxes and mega-menus full of summaries), so the body it picks starts at the article.
"""

from __future__ import annotations

from functools import lru_cache

from ..types import Document
from ..compiled import kept

# "Headline | Site", "Headline - Site", "Section » Headline": separators need spaces around them
# so that "Fact Check: Is..." or "COVID-19" stay whole.
_SEPARATOR = kept(r"\s+[|\-–—·•»:/]+\s+")
MAX_LINE_CHARS = 400


def title_candidates(first_line: str, min_chars: int) -> frozenset[str]:
    """The first line and its separator-delimited parts long enough to be a headline, normalised
    (remembered for lines of a headline's length: the scorer asks it each pass, and a rerun on
    the output or the next page of a site starts with the same line)."""
    if len(first_line) > _CACHED_CHARS:
        return _candidates(first_line, min_chars)
    return _cached_candidates(first_line, min_chars)


def _candidates(first_line: str, min_chars: int) -> frozenset[str]:
    whole = _normal(first_line)
    if len(whole) > MAX_LINE_CHARS:
        return frozenset()
    parts = {_normal(part) for part in _SEPARATOR.split(first_line)}
    return frozenset(p for p in parts | {whole} if len(p) >= min_chars and not _one_cased_word(p))


def _one_cased_word(text: str) -> bool:
    """A single word of a cased script ("ouest-france", "independent.ie"): a site's name, which
    the page repeats as its credit line under the headline, where it was taken for the headline's
    repeat and the headline above it was lost. A headline in a script without spaces (Chinese,
    Thai) is one chunk too, and stays a candidate."""
    return " " not in text and any(c.lower() != c.upper() for c in text)


_CACHED_CHARS = 2 * MAX_LINE_CHARS
_cached_candidates = lru_cache(maxsize=256)(_candidates)


def title_anchor(doc: Document, min_chars: int, min_overlap: float) -> int | None:
    """Index of the first paragraph after the first one that repeats its headline, or None.

    A repeat is the same text (case and spacing aside) or one of the two texts starting with the
    other while the shorter holds at least `min_overlap` of the longer (headlines get truncated
    or extended with a kicker). Paragraph texts are read whole, removed or not: an earlier step
    may have removed the repeat as a duplicate, and it still marks where the article starts.
    """
    pars = doc.paragraphs
    if len(pars) < 3:
        return None
    candidates = title_candidates(doc.text[pars[0].start : pars[0].end], min_chars)
    if not candidates:
        return None
    # A repeat starts with a candidate's first character: most paragraphs are ruled out by it
    # before the (costlier) normalisation.
    initials = {candidate[0] for candidate in candidates}
    for index in range(1, len(pars)):
        par = pars[index]
        if par.end - par.start > MAX_LINE_CHARS:
            continue
        raw = doc.text[par.start : par.end]
        if raw.lstrip()[:1].casefold()[:1] not in initials:
            continue
        text = _normal(raw)
        if len(text) >= min_chars and any(_repeats(text, c, min_overlap) for c in candidates):
            return index
    return None


def same_headline(a: str, b: str, min_overlap: float) -> bool:
    """Whether two lines are one headline (the page title and the article heading, the heading
    and a standfirst printing it again): `title_anchor`'s test, case and spacing aside."""
    return _repeats(_normal(a), _normal(b), min_overlap)


def _repeats(text: str, candidate: str, min_overlap: float) -> bool:
    if text == candidate:
        return True
    shorter, longer = (text, candidate) if len(text) <= len(candidate) else (candidate, text)
    return longer.startswith(shorter) and len(shorter) >= min_overlap * len(longer)


def _normal(text: str) -> str:
    return " ".join(text.split()).casefold()  # split() and \s agree on what is a space
