"""A data table's row as one line of clean text: "| Labour | 28 | -1 |".

The HTML reader writes each row of an article's data table on one line, its cells in order
(html/tables.py); the gold article bodies of extraction benchmarks write tables so, one row a
line. Cells sit between vertical bars, with a bar at both ends, as a pipe table row in Markdown:
a plain-text reader (and a language model) reads it as a table row, an empty cell keeps its slot
("| Labour | | -1 |"), and the outer bars set it apart from a pipe-separated menu ("Home | News |
Sport"), which the navigation rules remove and a row must not be taken for.

Whitespace folding (the canonical text) cannot merge cells, unlike a tab separator, so the
shape survives any later step; `is_row` lets those steps (in-document dedup) know a row by its
text alone, in a document read from HTML or in a text dump that already holds such rows.
"""

from __future__ import annotations

from .types import Document

MARK = "|"


def format_row(cells: list[str]) -> str:
    """The cells (folded text, "" for an empty cell) as one row line."""
    inner = f" {MARK} ".join(cells)
    return " ".join(f"{MARK} {inner} {MARK}".split())


def is_row(text: str) -> bool:
    """Whether a line is a table row of two cells or more as `format_row` writes it."""
    return text.startswith("| ") and text.endswith(" |") and " | " in text[1:-1]  # a bar between two cells


def cells(row: str) -> list[str]:
    """The non-empty cells of a row line (a bar inside a cell's text splits it: a cell's words
    are read again, never written back)."""
    return [cell for cell in (part.strip() for part in row[1:-1].split(MARK)) if cell]


def table_runs(doc: Document) -> list[int]:
    """The kept paragraphs that are rows of a table of two rows or more, a run of row lines
    side by side: they score far under prose, and the page scorer reads them as neither the
    body's prose nor a gap in it (a table parting the article's paragraphs in a text dump).
    A page without a bar has no row: it is not read line by line."""
    if MARK not in doc.text:
        return []
    found: list[int] = []
    run: list[int] = []
    for index, par in enumerate(doc.paragraphs):
        if not par.kept:
            continue
        if is_row(doc.kept_text(par).strip()):
            run.append(index)
            continue
        if len(run) >= 2:
            found.extend(run)
        run = []
    return found + run if len(run) >= 2 else found
