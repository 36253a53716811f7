"""Where a table's cells stand: each cell in its column (`Grid`, spans counted), and a header of
several rows read as one row (`merged_header`).

A header of two rows whose first cells span both ("Ward" with rowspan=2 over nothing, "Turnout"
with colspan=2 over "2022" and "2026") reads, row by row, "| Ward | Turnout | |" over
"| | 2022 | 2026 |": every line holds an empty slot, and no column says what its figures are.
Read down its columns it is one row, "| Ward | Turnout 2022 | Turnout 2026 |", as a reader of
the table reads it.
"""

from __future__ import annotations

from typing import Callable


class Grid:
    """Cells to columns: a cell spanning several columns (colspan) is followed by empty slots,
    and one spanning rows below (rowspan) leaves an empty slot in each of them, so every figure
    stays in its header's column ("| | Moreau | 1,204 |" under "| Ward | Candidate | Votes |").
    `covers` is, for the last row placed, the cell each slot belongs to (a spanning one too)."""

    def __init__(self, spans: dict[int, tuple[int, int]]) -> None:
        self.spans = spans
        self.carried: dict[int, tuple[int, int]] = {}  # column -> (rows below a cell above still spans, that cell)
        self.covers: list[int] = []

    def place(self, cells: list[int]) -> list[int]:
        """The row's slots: a cell's index, or -1 for an empty slot."""
        slots: list[int] = []
        self.covers = []
        for cell in cells:
            self._carry(slots)
            colspan, rowspan = self.spans.get(cell, (1, 1))
            if rowspan > 1:
                self.carried.update((column, (rowspan - 1, cell)) for column in range(len(slots), len(slots) + colspan))
            slots.append(cell)
            slots.extend([-1] * (colspan - 1))
            self.covers.extend([cell] * colspan)
        while any(column >= len(slots) for column in self.carried):
            if not self._carry(slots):
                slots.append(-1)  # a gap before a column spanned from above
                self.covers.append(-1)
        return slots

    def _carry(self, slots: list[int]) -> bool:
        """Empty slots for the columns spanned from above at this point of the row (True if any)."""
        start = len(slots)
        while len(slots) in self.carried:
            column = len(slots)
            rows, cell = self.carried[column]
            slots.append(-1)
            self.covers.append(cell)
            if rows > 1:
                self.carried[column] = (rows - 1, cell)
            else:
                del self.carried[column]
        return len(slots) > start


def header_rows(rows: dict[int, list[int]], is_head: Callable[[int, list[int]], bool]) -> list[int]:
    """The table's first rows while they are header rows (`is_head(row, cells)`)."""
    found = []
    for row, cells in rows.items():
        if not cells or not is_head(row, cells):
            break
        found.append(row)
    return found


def merged_header(rows: dict[int, list[int]], heads: list[int], spans: dict[int, tuple[int, int]],
                  text: Callable[[int], str]) -> list[str] | None:
    """The cells of the header rows `heads` read down each column as one row ("Turnout 2022"), a
    spanning cell's text said once per column; None unless the header has two rows at least and a
    cell of one above the last spans rows or columns (a header of two unrelated rows stays two)."""
    if len(heads) < 2 or not any(spans.get(cell, (1, 1)) != (1, 1) for row in heads[:-1] for cell in rows[row]):
        return None
    grid = Grid(spans)
    columns: list[list[int]] = []
    for row in heads:
        grid.place(rows[row])
        for column, cell in enumerate(grid.covers):
            if column == len(columns):
                columns.append([])
            if cell >= 0 and cell not in columns[column]:
                columns[column].append(cell)
    return [" ".join(filter(None, (text(cell) for cell in cells))) for cells in columns]
