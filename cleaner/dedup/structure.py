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

`SourcePlaces` records, while the plan reads its documents, where each short line stands;
`anchored_templates` grows the template set from the page edges outwards.
"""

from __future__ import annotations

from array import array
from collections import defaultdict
from collections.abc import Sequence

import numpy as np

from .units import Unit

EDGE = -(1 << 63)  # the neighbour "key" of a page's first and last line
NOWHERE = EDGE + 1  # the neighbour "key" of a line beside a numbered item (it anchors nothing)


def counter_shape(toks: Sequence[str], counter_tokens: int) -> tuple[str, ...] | None:
    """The shape of a counter line ("#3" -> ("0",), "Step 2" -> ("step", "0")), or None: at
    most `counter_tokens` tokens (`DedupConfig.counter_tokens`), one of them a number."""
    if len(toks) > counter_tokens or not any(t.isdigit() for t in toks):
        return None
    return tuple("0" if t.isdigit() else t for t in toks)


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
    """The lines of a document's paragraphs that are numbered items (`numbered`)."""
    singles, shapes, keys = lone_lines(groups, counter_tokens)
    return {u for i in numbered(shapes, keys) if (u := singles[i]) is not None}


def structure_units(groups: Sequence[Sequence[Unit]], planned: frozenset[int], min_words: int, counter_tokens: int) -> set[Unit]:
    """Short lines of their own that are the article's structure, never template nor
    boilerplate in the corpus step: numbered items of this page ("#3", "Step 2"), and the lines
    the run's plan found between its source's articles' own text (`planned`), but for a
    widget's row of numbers here."""
    singles, shapes, keys = lone_lines(groups, counter_tokens)
    rows = counter_rows(shapes)
    found = {u for i, u in enumerate(singles) if u is not None and u.key in planned and len(u.toks) < min_words and i not in rows}
    found.update(u for i in numbered(shapes, keys) if (u := singles[i]) is not None)
    return found


class SourcePlaces:
    """Where the short lines of every planned document stand: their neighbours' keys (`EDGE` at
    a page's ends, and for a counter row's lines) and whether they are numbered items. About 33
    bytes a short line."""

    def __init__(self, min_words: int, counter_tokens: int):
        self.min_words = min_words
        self.counter_tokens = counter_tokens
        self._keys = array("q")
        self._prev = array("q")
        self._next = array("q")
        self._docs = array("l")
        self._numbered = array("b")

    def add(self, position: int, keys: list[int], toks: list[list[str]]) -> None:
        """The token lines of document `position`, in order: their keys and tokens."""
        short = [i for i, t in enumerate(toks) if len(t) < self.min_words]
        if not short:
            return
        shapes = [counter_shape(t, self.counter_tokens) for t in toks]
        counters, rows = numbered(shapes, keys), counter_rows(shapes)
        around = [NOWHERE if i in counters else key for i, key in enumerate(keys)]  # items anchor nothing
        last = len(keys) - 1
        for i in short:
            self._keys.append(keys[i])
            self._prev.append(around[i - 1] if i > 0 and i not in rows else EDGE)  # a row: anchored
            self._next.append(around[i + 1] if i < last else EDGE)
            self._docs.append(position)
            self._numbered.append(i in counters)

    def places_of(self, wanted: set[int]) -> list[tuple[int, int, int, int]]:
        """(key, previous, next, document) of the short lines whose key is wanted, numbered
        items left out (they are no template wherever they are)."""
        if not wanted or not self._keys:
            return []
        keys = np.frombuffer(self._keys, dtype=np.int64)
        chosen = np.isin(keys, np.fromiter(wanted, dtype=np.int64, count=len(wanted)))
        chosen &= np.frombuffer(self._numbered, dtype=np.int8) == 0
        rows = np.flatnonzero(chosen)
        columns = (keys, np.frombuffer(self._prev, dtype=np.int64), np.frombuffer(self._next, dtype=np.int64))
        docs = np.asarray(self._docs, dtype=np.int64)
        return list(zip(*(c[rows].tolist() for c in columns), docs[rows].tolist()))


def anchored_templates(
    candidates: set[tuple[int, int]], seeds: set[tuple[int, int]], places: list[tuple[int, int, int, int]], source_of: Sequence[int], article_of: Sequence[int], min_docs: int, place_share: float
) -> set[tuple[int, int]]:
    """The (source, key) pairs among short `candidates` that are template: standing where
    template stands in `min_docs` articles of their source (`article_of`: per document, the
    article it is a copy of, so copies of one story count once).

    A line stands where template stands in an article when more than `place_share` of its
    places there are (`DedupConfig.template_place_share`, a half): at a page edge, beside the
    same line in `min_docs` articles (a label under the same credit), or beside a template line (`seeds`: the long template lines; then each short one found, grown
    outwards from the edges, each place read once). An interview's "Question:" under the same
    credit line once a page, and between the article's own text twice, is not."""
    places = [(key, prev, nxt, doc) for key, prev, nxt, doc in places if (source_of[doc], key) in candidates]
    beside: dict[tuple[int, int, int, int], set[int]] = defaultdict(set)  # articles per neighbour
    totals: dict[tuple[tuple[int, int], int], int] = defaultdict(int)  # places per (line, article)
    for key, prev, nxt, doc in places:
        source, article = source_of[doc], article_of[doc]
        beside[(source, key, 0, prev)].add(article)
        beside[(source, key, 1, nxt)].add(article)
        totals[((source, key), article)] += 1
    held: dict[tuple[tuple[int, int], int], int] = defaultdict(int)  # anchored places among them
    articles: dict[tuple[int, int], set[int]] = defaultdict(set)  # articles where most places are
    found: set[tuple[int, int]] = set()
    waiting: dict[tuple[int, int], list[tuple[tuple[int, int], int, int]]] = defaultdict(list)

    def anchor(pair: tuple[int, int], article: int) -> bool:
        """Count one more anchored place; True when `pair` just became template."""
        held[(pair, article)] += 1
        if held[(pair, article)] > place_share * totals[(pair, article)]:
            articles[pair].add(article)
        if pair not in found and len(articles[pair]) >= min_docs:
            found.add(pair)
            return True
        return False

    for number, (key, prev, nxt, doc) in enumerate(places):
        pair, article = (source_of[doc], key), article_of[doc]
        fixed = EDGE in (prev, nxt) or any(
            neighbour != NOWHERE and len(beside[(pair[0], key, side, neighbour)]) >= min_docs
            for side, neighbour in ((0, prev), (1, nxt))
        )
        if fixed:
            anchor(pair, article)
        else:
            for neighbour in {prev, nxt} - {NOWHERE}:
                waiting[(pair[0], neighbour)].append((pair, article, number))
    queue = list(seeds | found)
    done: set[int] = set()  # places already counted as anchored by a template neighbour
    while queue:
        template = queue.pop()
        for pair, article, number in waiting.pop(template, ()):
            if number not in done:
                done.add(number)
                if anchor(pair, article):
                    queue.append(pair)
    return found
