"""Short lines between a byline and the body that are the article's own, not its furniture.

Walking up from the body to the headline, title.find_heading passes over short lines (a caption,
a byline's name, a date) and drops them with the heading's furniture. Two kinds of line sit there
and open the article instead:

- an obituary's subject with the life years: "Marisa Conti (1931-2026)" over "Si è spenta nella
  notte ... Marisa Conti, per quarant'anni maestra": the body names the person;
- an explainer's first subheading: "Cosa sappiamo" over the first paragraphs, with "Cosa non
  sappiamo" further down between paragraphs. A line opening with the first word of a subheading
  the body holds is one of a pair ("What we know" / "What we don't know", "Was wir wissen" /
  "Was wir nicht wissen"); a byline's name or a kicker has no sibling in the body.
"""

from __future__ import annotations

import re

from ..types import Document
from ..words import LETTERS
from .bio import LIFE_YEARS_PATTERN
from .prose import counted_words
from .settings import ScorerSettings

# A name then life years (bio.LIFE_YEARS_PATTERN, an obituary heading's): "Marisa Conti (1931-2026)", "Hans Adler, 1938–2026", "Ana Ruiz (* 1941 - † 2026)".
_LIFE_LINE = re.compile(rf"(?P<name>[^\d()\n,]{{3,80}}?)\s*(?:\(|,|[-–—]\s)\s*{LIFE_YEARS_PATTERN}\)?\s*")
_SUBHEADING_SCAN = 60  # paragraphs under the body's start searched for the sibling subheading


def article_opener(doc: Document, index: int, first: int, s: ScorerSettings) -> bool:
    """Whether the short line `index`, above the body starting at `first`, opens the article."""
    return life_line(doc, index, first) or sibling_subheading(doc, index, first, s)


def life_line(doc: Document, index: int, first: int) -> bool:
    """A line of a name and its life years whose name the body's first paragraph holds."""
    pars = doc.paragraphs
    match = _LIFE_LINE.fullmatch(doc.kept_text(pars[index]).strip())
    if match is None or first >= len(pars):
        return False
    name = match.group("name").strip()
    return len(name.split()) >= 2 and name in doc.kept_text(pars[first])


def sibling_subheading(doc: Document, index: int, first: int, s: ScorerSettings) -> bool:
    """Whether line `index` right above the body is a subheading whose sibling stands in the body:
    a kept line between two prose paragraphs, both short and ending like no sentence, opening
    with the same word (and not the same line)."""
    pars = doc.paragraphs
    if index != first - 1 or not _subheading_shaped(pars[index], s):
        return False
    text = doc.kept_text(pars[index]).strip()
    opening = _first_word(text)
    if opening is None:
        return False
    for at in range(first + 1, min(len(pars) - 1, first + _SUBHEADING_SCAN)):
        par = pars[at]
        if not _subheading_shaped(par, s) or not (_prose(pars[at - 1], s) and _prose(pars[at + 1], s)):
            continue
        other = doc.kept_text(par).strip()
        if other != text and _first_word(other) == opening:
            return True
    return False


def _subheading_shaped(par, s: ScorerSettings) -> bool:
    signals = par.signals
    return par.kept and 2 <= signals["words"] and counted_words(signals) < s.title_far_min_words and not signals["ends_sentence"] and signals["digits"] == 0.0


def _prose(par, s: ScorerSettings) -> bool:
    return par.kept and par.signals["prose"] >= s.block_threshold


def _first_word(text: str) -> str | None:
    match = LETTERS.search(text)
    return match.group(0).casefold() if match else None
