"""A signature's shape: the writer's name and place under a letter or a reader's contribution
("Helga Brandt, Neustadt", "Marta Giménez Ruiz. Getafe (Madrid)"). Read by closers.signature_tail
(a letters page's last signature) and openers.first_section_head (its first letter's heading);
a leaf module, as both sides of the scorer import it.
"""

from __future__ import annotations

from ..compiled import kept
from ..types import Document, Paragraph
from ..words import LETTERS_PATTERN
from .settings import ScorerSettings


def signature_key(doc: Document, par: Paragraph, s: ScorerSettings) -> str | None:
    """A name and place's coarse shape: the last of `_SIGNATURE_MARKS` in a line of two to
    `shape_max_tokens` tokens, all capitalised words, marks, brackets around a place or short
    lower-case particles inside a name ("Joaquim Barros, Ponte de Lima": ",", as "Ana Paula
    Correia, Queluz"; "Marta Giménez Ruiz. Getafe (Madrid)": ".", as "Rosa Medina. Sevilla"; a
    title's stop before the name, "Dr. Claudia Roth-Weber, Nordviertel": ","), or None. A writer
    whose place the page withholds signs with one of `signature_withheld_places` after the mark
    instead ("Sandra Okoye, by email", "Tom Hale, address supplied"); other lower-case words there
    are a teaser's or a footer's ("More letters, click here", "Courier, all rights reserved")."""
    tokens = _SIGNATURE_TOKEN.findall(doc.text, par.start, par.end)
    if not 2 < len(tokens) <= s.shape_max_tokens or not tokens[0][0].isupper():
        return None
    marks = [i for i, token in enumerate(tokens) if token in _SIGNATURE_MARKS]
    if not marks:
        return None
    if not (tokens[-1][0].isupper() or tokens[-1] == ")"):
        tail = " ".join(tokens[marks[-1] + 1 :])  # no place: "Sandra Okoye, by email", "Tom Hale, address supplied"
        if tail.casefold() not in s.signature_withheld_places:
            return None
        tokens = tokens[: marks[-1] + 1]
        if sum(token[0].isupper() for token in tokens) < 2:
            return None  # a name of two capitalised words at least, not "Sign up, it's free"
    words = [token for token in tokens if token not in _SIGNATURE_MARKS and token not in "()"]
    if any(not word[0].isupper() and not (word.isalpha() and word.islower() and len(word) <= s.signature_particle_max_chars) for word in words):
        return None
    return tokens[marks[-1]]


_SIGNATURE_MARKS = frozenset(".,–—-|/")


_SIGNATURE_TOKEN = kept(rf"{LETTERS_PATTERN}(?:['’-]{LETTERS_PATTERN})*|\S")
