"""A site's template lines against an article's own structure lines.

Both repeat across a source's pages: a menu, a footer credit, a "Follow us" line, and also a
listicle's ranks ("#3", "3.", "No. 3"), a recipe's "Ingredients" and "Step 2", an interview's
"Question:". Counting pages alone takes the second kind for template and removes it from every
article. What tells them apart is where they stand:

- a template line sits at the same place on every page, in the run of template lines that
  frames the article: at an edge of the page (first or last line), or beside a line that is
  template itself. A structure line stands between the article's own text, which changes from
  page to page ("#3" between item two's text and item three's name);
- a counter ("#3", "Step 2", "No. 3") with a sibling of the same shape in its own page, not right
  next to it, is one of the article's numbered items: it is never template, and anchors nothing
  (so "Method" right above "Step 1" stays too). Counters right next to each other are a widget's
  row (pagination "1 2 3", a rating's "1 2 3 4 5"): they stand where template stands.

A line is its articles' structure only on evidence: standing between their own text in
`template_min_docs` articles (a line seen where template stands in two pages and nowhere as a
label is neither, and the corpus step counts its pages as it meets them).

Across sources the same reading tells a label from a menu item, both seen under many sites (one
page each, say): an interview's "Question :" stands between the article's text, inside the page
(a line of article length above it and one below); a menu's "Accueil" or "Newsletter" stands
before the first such line, a footer's "Contact" after the last, a share row beside the same
"Facebook" in many pages.

`SourcePlaces` records, while the plan reads its documents, where each short line stands;
`anchoring` counts the places (template grown from the page edges outwards, structure lines,
labels shared by sources) with numpy, a site's menu lines being in every one of its pages.
"""

from __future__ import annotations

import re

from array import array
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from .units import Unit

EDGE = -(1 << 63)  # the neighbour "key" of a page's first and last line
NOWHERE = EDGE + 1  # the neighbour "key" of a line beside a numbered item (it anchors nothing)


def counter_shape(toks: Sequence[str], counter_tokens: int) -> tuple[str, ...] | None:
    """The shape of a counter line ("#3" -> ("0",), "Step 2" -> ("step", "0")), or None: at
    most `counter_tokens` tokens (`DedupConfig.counter_tokens`), one of them a number. A token
    holding a digit is a number, and numbers in a row are one: a live blog's time stamps
    ("12:25" is two tokens, "14h05" one, "09.45" two) are one shape, so a page's stamps are its
    numbered items, never template nor boilerplate however many pages share "14h05"."""
    if len(toks) > counter_tokens or not any(_number(t) for t in toks):
        return None
    shape = ["0" if _number(t) else t for t in toks]
    return tuple(t for i, t in enumerate(shape) if t != "0" or i == 0 or shape[i - 1] != "0")


def _number(token: str) -> bool:
    return any(c.isdigit() for c in token)


# A clock time alone: "12:25", "09.45", "14h05", "14 h 05" (not "8/10", a rating). A live
# blog's stamps are shared by every live blog of the day, of every site: a line of one is the
# page's own structure, never a copy, template or boilerplate.
_TIME = re.compile(r"\s*\d{1,2} ?[:.hH] ?\d{2}\s*")


def time_stamp(unit: Unit) -> bool:
    """Whether a unit's text is a clock time alone (`_TIME`)."""
    return unit.words <= 3 and unit.piece is not None and _TIME.fullmatch(unit.piece.text) is not None


def counter_rows(shapes: Sequence[tuple[str, ...] | None]) -> set[int]:
    """Positions of counter lines with a line of the same shape right next to them."""
    return {
        i for i, shape in enumerate(shapes)
        if shape is not None and ((i > 0 and shapes[i - 1] == shape) or (i + 1 < len(shapes) and shapes[i + 1] == shape))
    }


def numbered(shapes: Sequence[tuple[str, ...] | None], keys: Sequence[int]) -> set[int]:
    """Positions of lines (in page order) that are numbered items: counter lines standing apart
    (not in a row, `counter_rows`) whose shape another such line of another number shares."""
    rows = counter_rows(shapes)
    by_shape: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for position, shape in enumerate(shapes):
        if shape is not None and position not in rows:
            by_shape[shape].append(position)
    found: set[int] = set()
    for positions in by_shape.values():
        if len({keys[p] for p in positions}) > 1:
            found.update(positions)
    return found


def lone_lines(groups: Sequence[Sequence[Unit]], counter_tokens: int) -> tuple[list[Unit | None], list[tuple[str, ...] | None], list[int]]:
    """Per paragraph of a document: its unit when it is one line of one unit (else None), that
    line's counter shape, and its key (0 for none)."""
    singles = [g[0] if len(g) == 1 else None for g in groups]
    shapes = [counter_shape(u.toks, counter_tokens) if u is not None else None for u in singles]
    return singles, shapes, [u.key if u is not None else 0 for u in singles]


def numbered_units(groups: Sequence[Sequence[Unit]], counter_tokens: int) -> set[Unit]:
    """The lines of a document's paragraphs that are numbered items (`numbered`) or clock stamps."""
    return _items(*lone_lines(groups, counter_tokens))


def _items(singles: list[Unit | None], shapes: Sequence[tuple[str, ...] | None], keys: Sequence[int]) -> set[Unit]:
    """The lone lines (`lone_lines`) that are numbered items (`numbered`) or clock stamps (`time_stamp`)."""
    found = {u for i in numbered(shapes, keys) if (u := singles[i]) is not None}
    return found | {u for u in singles if u is not None and time_stamp(u)}


def structure_units(groups: Sequence[Sequence[Unit]], planned: frozenset[int], min_words: int, counter_tokens: int) -> set[Unit]:
    """Short lines of their own that are the article's structure, never template nor
    boilerplate in the corpus step: numbered items of this page ("#3", "Step 2"), and the lines
    the run's plan found between its source's articles' own text (`planned`), but for a
    widget's row of numbers here."""
    singles, shapes, keys = lone_lines(groups, counter_tokens)
    rows = counter_rows(shapes)
    found = {u for i, u in enumerate(singles) if u is not None and u.key in planned and len(u.toks) < min_words and i not in rows}
    return found | _items(singles, shapes, keys)


@dataclass(frozen=True, slots=True)
class Places:
    """Short lines where they stand, one row each (`SourcePlaces.places_of`): their key, the keys
    beside them (`EDGE`, `NOWHERE`), their document, whether they are numbered items, and whether
    they are `enclosed`: with a line of `min_words` tokens or more somewhere above and below them
    in their page (inside the article's text, not in the menus over it or the footer under it)."""

    keys: np.ndarray
    prev: np.ndarray
    next: np.ndarray
    docs: np.ndarray
    numbered: np.ndarray
    enclosed: np.ndarray


class SourcePlaces:
    """Where the short lines of every planned document stand: their neighbours' keys (`EDGE` at
    a page's ends, and for a counter row's lines), whether they are numbered items, and whether
    they are enclosed by long lines (`Places`). About 34 bytes a short line."""

    def __init__(self, min_words: int, counter_tokens: int):
        self.min_words = min_words
        self.counter_tokens = counter_tokens
        self._keys = array("q")
        self._prev = array("q")
        self._next = array("q")
        self._docs = array("l")
        self._numbered = array("b")
        self._enclosed = array("b")

    def add(self, position: int, keys: list[int], toks: list[list[str]]) -> None:
        """The token lines of document `position`, in order: their keys and tokens."""
        short = [i for i, t in enumerate(toks) if len(t) < self.min_words]
        if not short:
            return
        shapes = [counter_shape(t, self.counter_tokens) for t in toks]
        counters, rows = numbered(shapes, keys), counter_rows(shapes)
        around = [NOWHERE if i in counters else key for i, key in enumerate(keys)]  # items anchor nothing
        last = len(keys) - 1
        long_lines = [i for i, t in enumerate(toks) if len(t) >= self.min_words]
        first_long, last_long = (long_lines[0], long_lines[-1]) if long_lines else (len(toks), -1)
        for i in short:
            self._keys.append(keys[i])
            self._prev.append(around[i - 1] if i > 0 and i not in rows else EDGE)  # a row: anchored
            self._next.append(around[i + 1] if i < last else EDGE)
            self._docs.append(position)
            self._numbered.append(i in counters)
            self._enclosed.append(first_long < i < last_long)

    def places_of(self, wanted: set[int], counted: np.ndarray) -> Places:
        """The places of the short lines whose key is wanted, in documents that are `counted`
        (numbered items included: they are no template wherever they are, see `anchoring`)."""
        keys = np.frombuffer(self._keys, dtype=np.int64) if self._keys else np.empty(0, np.int64)
        docs = np.asarray(self._docs, dtype=np.int64)
        chosen = np.isin(keys, np.fromiter(wanted, dtype=np.int64, count=len(wanted))) if wanted else np.zeros(len(keys), dtype=bool)
        rows = np.flatnonzero(chosen & counted[docs]) if len(keys) else np.empty(0, np.int64)
        column = lambda values, kind: np.frombuffer(values, dtype=kind)[rows] if len(values) else np.empty(0, kind)  # noqa: E731
        return Places(
            keys[rows], column(self._prev, np.int64), column(self._next, np.int64), docs[rows],
            column(self._numbered, np.int8).astype(bool), column(self._enclosed, np.int8).astype(bool),
        )
