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

from typing import Callable

from .types import Document, Paragraph

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


def headers_over_rows(doc: Document, navigation: Callable[[Paragraph], bool], min_rows: int) -> list[int]:
    """The removed lines that head a table written with bars between its cells and none at its
    ends ("District | Turnout" over "North Valley | 71%"): a navigation rule takes such a header
    for a site's name and its section ("Le Parisien · Faits divers"), but `min_rows` kept lines
    right under it, each with as many bars and a figure, are a table's rows. A header holds no
    figure; `navigation`: whether a paragraph's removal is a navigation rule's."""
    if MARK not in doc.text:
        return []
    pars = doc.paragraphs
    found = []
    for index, par in enumerate(pars[: len(pars) - min_rows]):
        if par.removal is None or not navigation(par):
            continue
        text = doc.text[par.start : par.end].strip()
        bars = text.count(f" {MARK} ")
        if not bars or text.startswith(MARK) or any(char.isdigit() for char in text):
            continue
        rows = [doc.kept_text(row).strip() for row in pars[index + 1 : index + 1 + min_rows]]
        if all(row.count(f" {MARK} ") == bars and not row.startswith(MARK) and any(c.isdigit() for c in row) for row in rows):
            found.append(index)
    return found


def _bare_bars(text: str) -> int:
    """How many bars part the cells of a line written without bars at its ends
    ("Klara Vogt | parteilos | 6.412 | 52,8 %"), 0 for any other line."""
    if text.startswith(MARK) or text.endswith(MARK):
        return 0
    return text.count(f" {MARK} ")


def bare_table_runs(doc: Document, min_rows: int) -> list[int]:
    """The kept paragraphs of a table written with bars between its cells and none at its ends,
    as a scraper writes an election's results or a market's prices: `min_rows` lines side by
    side or more, each with as many bars and a figure, and the header right over them with as
    many bars (a header holds no figure). Like `table_runs`' rows, they are neither the body's
    prose nor a gap in it; a menu ("Home | News | Sport") holds no figure and is no row."""
    if MARK not in doc.text:
        return []
    pars = doc.paragraphs
    found: list[int] = []
    run: list[int] = []
    bars = 0
    for index, par in enumerate(pars + [None]):  # a last None closes the last run
        text = doc.kept_text(par).strip() if par is not None and par.kept else ""
        count = _bare_bars(text)
        if count and count == bars and any(char.isdigit() for char in text):
            run.append(index)
            continue
        if len(run) >= min_rows:
            found.extend(_with_header(doc, run, bars) + run)
        run, bars = ([index], count) if count and any(char.isdigit() for char in text) else ([], 0)
    return found


def _with_header(doc: Document, run: list[int], bars: int) -> list[int]:
    """The kept line right over a run of rows when it has as many bars (the table's header)."""
    above = run[0] - 1
    if above < 0 or not doc.paragraphs[above].kept:
        return []
    return [above] if _bare_bars(doc.kept_text(doc.paragraphs[above]).strip()) == bars else []
