"""Cleaning until nothing changes, so that cleaning the output again is a no-op.

The steps judge text in context: the scorer looks for the largest block of prose, the language
guess reads the whole text, dedup keeps first occurrences. Once junk and repeats are gone, the
context has changed, and a second run on the output can find more to remove (a short line that
sat between junk and body now sits before the body). A pre-commit fixer whose output fails the
checker is useless, so the per-document steps run again on the rendered output until a pass
removes nothing, and what a later pass removes is mapped back onto the original offsets: the
report still points into the input, and the output is a fixed point of cleaning.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from dataclasses import replace
from typing import Callable

from .io.inputs import is_html_page
from .types import Document, Location, Paragraph, Removal, Segment, fold_spaces
from .compiled import kept

MAX_PASSES = 4
_PAGE_MARKUP = Removal("boilerplate", "settle.page-markup")
# Offsets as 4-byte signed C ints for inputs under 2**30 characters: the output, which adds at
# most a space or a line break per segment, each after at least one character, stays under 2**31.
_OFFSET, _OFFSET_LIMIT = "i", 1 << 30
_WORD = kept(r"\S+")


class Rendering:
    """A document's canonical text and, for every kept segment, where its words came from.

    The text is built one segment at a time (as `Document.clean_text` does); the word-level map
    from output back to input is only worked out, inside the segments concerned, when a later
    pass removed something: most passes remove nothing, and mapping every word up front cost
    more than the rerun it serves.
    """

    def __init__(self, doc: Document):
        self._source = doc.text
        # Per kept segment with words: where it starts and ends in the output, and its span in
        # the input. Arrays, not lists of ints and tuples: the rendering is held for the whole
        # rerun, and a page of half a million sentences made them ~90 MB; 4-byte offsets where
        # the text allows, 16 bytes a segment.
        offset = _OFFSET if len(doc.text) < _OFFSET_LIMIT else "q"
        self._out_starts = array(offset)
        self._out_ends = array(offset)
        self._in_starts = array(offset)
        self._in_ends = array(offset)
        paragraphs: list[str] = []
        out = 0  # where the next paragraph starts in the output
        for par in doc.paragraphs:
            parts: list[str] = []
            cursor = out
            for seg in par.kept_segments():
                folded = fold_spaces(doc.text[seg.start : seg.end])
                if not folded:
                    continue
                if parts:
                    cursor += 1  # the space between two pieces
                self._out_starts.append(cursor)
                self._out_ends.append(cursor + len(folded))
                self._in_starts.append(seg.start)
                self._in_ends.append(seg.end)
                parts.append(folded)
                cursor += len(folded)
            if parts:
                paragraphs.append(" ".join(parts))
                out = cursor + 2  # the blank line
        self.text = "\n\n".join(paragraphs) + "\n" if paragraphs else ""

    def source_span(self, start: int, end: int) -> tuple[int, int] | None:
        """The input span holding the output words that overlap [start, end), if any."""
        first = bisect_right(self._out_ends, start)
        last = bisect_left(self._out_starts, end) - 1
        if first > last:
            return None
        first_words = self._words(first)
        last_words = first_words if last == first else self._words(last)
        begin = next((i for i, w in enumerate(first_words) if w[1] > start), None)
        finish = next((i for i in range(len(last_words) - 1, -1, -1) if last_words[i][0] < end), None)
        if begin is None or finish is None or (first == last and begin > finish):
            return None
        return first_words[begin][2], last_words[finish][3]

    def _words(self, index: int) -> list[tuple[int, int, int, int]]:
        """(output start, output end, input start, input end) of each word of kept segment `index`."""
        out = self._out_starts[index]
        words = []
        for match in _WORD.finditer(self._source, self._in_starts[index], self._in_ends[index]):
            start, end = match.span()
            words.append((out, out + end - start, start, end))
            out += end - start + 1
        return words


def settle(doc: Document, clean_again: Callable[[Document], Document], lang: str | None = None) -> Document:
    """Run `clean_again` (the per-document steps) on `doc`'s output until it removes nothing.

    `lang` is the language the input declared (None: guessed again from the output, as a new
    run on the output file would do); a language the input's record states stays a hint in each
    pass, as it stays in the output record.
    """
    hint = doc.meta.get("declared_lang")
    meta = {"declared_lang": hint} if isinstance(hint, str) else {}
    text_input = not is_html_page(doc.text)  # a page given to Cleaner.clean as text stays as it was
    for _ in range(MAX_PASSES):
        rendering = Rendering(doc)
        if not rendering.text:
            return doc
        if text_input and is_html_page(rendering.text):
            _drop_page_start(doc)
            continue
        if rendering.text == doc.text and next(doc.removals(), None) is None:
            return doc  # already canonical and nothing removed: a rerun would see the same input
        again = clean_again(Document(id=doc.id, text=rendering.text, source=doc.source, meta=dict(meta), lang=lang))
        removals = list(again.removals())
        if not removals or again.text != rendering.text:
            return doc  # nothing more to remove (or repair changed the text: offsets would not map)
        for start, end, removal in removals:
            span = rendering.source_span(start, end)
            if span is not None:
                remove_span(doc, span[0], span[1], _mapped(removal, rendering, doc.id))
    return doc


def _drop_page_start(doc: Document) -> None:
    """Report the first kept paragraph of a text whose output would read as an HTML page (a
    doctype or <html> tag opening it, document markup after): the next run would read the output
    as a page, not as the text it is. Only markup left in a scraped text gets there: the reader
    takes a text that is a page for one."""
    for par in doc.paragraphs:
        kept = par.kept_segments()
        if kept:
            remove_span(doc, kept[0].start, kept[-1].end, _PAGE_MARKUP)
            return


def _mapped(removal: Removal, rendering: Rendering, doc_id: str) -> Removal:
    """The same removal, its `original` (a span of the output) moved to input offsets."""
    original = removal.original
    if original is None or original.doc != doc_id:
        return removal
    span = rendering.source_span(original.start, original.end)
    return replace(removal, original=Location(doc_id, *span) if span else None)


def remove_span(doc: Document, start: int, end: int, removal: Removal) -> None:
    """Mark the kept text of `doc` inside [start, end) removed, splitting segments at the edges."""
    for par in doc.paragraphs:
        if par.end <= start or par.start >= end or par.removal is not None:
            continue
        par.segments = [piece for seg in par.segments for piece in _split(seg, start, end, removal)]
        _promote(par)


def _split(seg: Segment, start: int, end: int, removal: Removal) -> list[Segment]:
    if seg.removal is not None or seg.end <= start or seg.start >= end:
        return [seg]
    pieces = []
    if seg.start < start:
        pieces.append(Segment(seg.start, start))
    pieces.append(Segment(max(seg.start, start), min(seg.end, end), removal))
    if seg.end > end:
        pieces.append(Segment(end, seg.end))
    return pieces


def _promote(par: Paragraph) -> None:
    """A paragraph whose segments all went with one removal is reported as one removed paragraph."""
    removals = {seg.removal for seg in par.segments}
    if len(removals) == 1 and None not in removals:
        par.removal = par.segments[0].removal
