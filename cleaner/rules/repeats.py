"""Short lines whose shape recurs in a page: a comment thread's "name says:" / "2 days ago",
a teaser list's or a menu's template line (the scorer's `repeated_shape` signal, which weighs
against prose). Split from shapes.py, whose token shapes it reads; a line's shape is remembered
by its text, as the rerun on the output and a site's next page hold the same short lines.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Callable

from ..types import Document, Paragraph
from .settings import ScorerSettings
from .shapes import _SHAPE_TOKEN, _token_shape

_SHORT_CHARS = 200  # a longer line is not short, whatever its words


def repeated_shapes(doc: Document, s: ScorerSettings, long_clause: Callable[[Paragraph], bool]) -> list[float]:
    """1.0 for short lines whose shape (word case, digits, punctuation) recurs in the document.

    Short in words, too: a Thai or Khmer clause is one token (its run of letters and marks),
    yet a sentence's worth of words (`long_clause` counts its characters), and no label.

    Comment threads ("name says:", "2 days ago", "Rating: 36 Votes"), teaser lists and menus
    repeat one template line; an article's subheadings rarely share one shape that often.
    """
    text = doc.text
    shapes: list[str | None] = []
    for par in doc.paragraphs:
        shape = _line_shape(text[par.start : par.end], s.shape_max_tokens) if par.end - par.start <= _SHORT_CHARS else None
        if shape is not None and long_clause(par):
            shape = None
        shapes.append(shape)
    if shapes.count(None) == len(shapes):
        return [0.0] * len(shapes)  # no short line: no Counter to build
    counts = Counter(shape for shape in shapes if shape is not None)
    return [1.0 if shape is not None and counts[shape] >= s.shape_min_repeats else 0.0 for shape in shapes]


@lru_cache(maxsize=4096)
def _line_shape(line: str, max_tokens: int) -> str | None:
    """The shape of a line of at most `max_tokens` tokens (None for a longer or empty one)."""
    # Every space-separated chunk holds a token at least: more chunks than the limit, and
    # the line is not short (most lines), whatever its tokens.
    if len(line.split()) > max_tokens:
        return None
    tokens = _SHAPE_TOKEN.findall(line)
    if not 0 < len(tokens) <= max_tokens:
        return None
    shape = "".join(map(_token_shape, tokens))
    if "+0" in shape:  # `sub` with a template costs ~20 µs even when nothing matches
        shape = _ADDED_TIME.sub(r"\1\2", shape)
    return shape


# A match minute with added time has its minute's shape ("90.+3" as "78.", "45+2'" as "61'",
# "90e+3" as "87e": a figure glued to a letter is a word's shape, "a").
_ADDED_TIME = re.compile(r"^(0\W{0,2}|a)\+0('?)$")
