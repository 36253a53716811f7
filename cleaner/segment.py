"""Paragraphs and sentences with offsets (placeholder: replaced by the segmentation work)."""

from __future__ import annotations

import re

from .types import Document, Paragraph, Segment

_SENTENCE_END = re.compile(r"(?<=[.!?…»”\"])\s+(?=[«“\"A-ZÀ-Ý])")


def segment(doc: Document) -> Document:
    """Split `doc.text` into paragraphs (non-blank lines) and those into sentences."""
    if not doc.paragraphs:
        doc.paragraphs = [Paragraph(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", doc.text)]
    for par in doc.paragraphs:
        if not par.segments:
            par.segments = list(_sentences(doc.text, par.start, par.end))
    return doc


def _sentences(text: str, start: int, end: int):
    pos = start
    for m in _SENTENCE_END.finditer(text, start, end):
        yield Segment(pos, m.start())
        pos = m.end()
    if pos < end:
        yield Segment(pos, end)
