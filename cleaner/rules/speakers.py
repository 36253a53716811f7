"""Interviews: the last answer under the body.

An interview's paragraphs open with the speaker ("Salzachbote: ...", "Oberhollenzer: ...", "Q:",
"A:"). A short last answer ("Oberhollenzer: Nein. Die Buchungen liegen drei Prozent über dem
Vorjahr.") scores low as prose, names and capitals, and is too short for the scorer's tail walk,
yet the speaker's prefix, seen again and again in the body, says it is the article's.
"""

from __future__ import annotations

import re
from collections import Counter

from ..types import Document, Paragraph
from .settings import ScorerSettings

_SPEAKER = re.compile(r"([^\W\d_][\w.'’-]{0,30}(?: [\w.'’-]{1,30}){0,2}) ?: \S")


def speaker_tail(doc: Document, first: int, last: int, s: ScorerSettings, categories: dict[str, str]) -> int:
    """`last` moved down over the kept paragraphs right under an interview (a prefix seen
    `interview_min_turns` times in the body) that open with one of its speakers' prefixes (seen
    `speaker_min_turns` times) and end like a sentence; an ad label or a credit a rule removed
    (sitting inside articles) is passed over."""
    pars = doc.paragraphs
    turns = Counter(p for p in (_speaker(doc, par) for par in pars[first : last + 1] if par.kept) if p)
    if not turns or turns.most_common(1)[0][1] < s.interview_min_turns:
        return last
    index = last + 1
    while index < len(pars):
        par = pars[index]
        if not par.kept:
            if par.removal is not None and categories.get(par.removal.rule) in ("advertising", "credit"):
                index += 1
                continue
            break
        if turns[_speaker(doc, par)] < s.speaker_min_turns or not par.signals.get("ends_sentence"):
            break
        last, index = index, index + 1
    return last


def _speaker(doc: Document, par: Paragraph) -> str:
    found = _SPEAKER.match(doc.text, par.start, par.end)
    return found.group(1) if found is not None else ""
