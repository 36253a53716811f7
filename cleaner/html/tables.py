"""Data tables as one line per row: "| Labour | 28 | -1 |", not three lines "Labour", "28", "-1".

The walk makes every cell a block of its own, so a results table, a league table or a price
list comes out one cell per line and a reader cannot tell which figure belongs to which row.
Here the cells of each row of a *data* table are joined, in order, into one line as
`tablerow.format_row` writes it (an empty cell keeps its slot; a row with no text at all goes).

Which tables are data: at least `table_min_rows` rows of two cells or more, no table inside a
cell, no cell of more than `table_cell_max_lines` lines or `table_cell_max_chars` characters.
Old sites lay the whole page out in a <table> whose cells hold paragraphs, menus and nested
tables; those fail the test and are read cell by cell as before. A row of links (most cells
linked, "Home | News | Sport" laid out in cells; or mostly linked text with a headline-long
link, a teaser and its date) is not data and keeps its cells' own lines, so the line filter
judges them one by one as it always did. A footer row repeating
the header (long tables print it again below) goes.

This runs after the main content is chosen: the content scorer sees the cells as before, so
joining rows cannot move the choice of the article's container.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..tablerow import cells as row_cells
from ..tablerow import format_row
from .captions import QUOTE_OPENERS
from .content import is_prose, paragraph_container
from .settings import HtmlSettings
from .flags import IMAGE
from .tablegrid import Grid, header_rows, merged_header
from .walk import Line, Page

ROW_TAG = "tr"
_CELL_TAGS = frozenset({"td", "th"})
ROW_OR_CELL_TAGS = _CELL_TAGS | {ROW_TAG}  # a table's lines: a joined row or a cell kept alone
_WORD = re.compile(r"\w+")
_CAPTION_MIN_WORDS = 4


@dataclass(slots=True)
class _Table:
    """The rows of one table: per row (a <tr> index), its cells (td/th indices) in order."""

    rows: dict[int, list[int]]
    nested: bool = False  # a table sits somewhere below one of its cells


@dataclass(slots=True)
class PageTables:
    """A page's tables and the lines of each of their cells, found once for the content
    scorer (`framed_tables`) and the row joining (`join_rows`): the page's lines do not change
    between the two."""

    tables: dict[int, _Table]
    cell_lines: dict[int, list[int]]


def page_tables(page: Page) -> PageTables:
    tables = _tables(page)
    return PageTables(tables, _cell_lines(page) if tables else {})


def _tables(page: Page) -> dict[int, _Table]:
    """Every table's own rows and cells (not those of a table nested in one of its cells)."""
    tables: dict[int, _Table] = {}
    table_of = [-1] * len(page.tags)  # the nearest table above each element
    for index, tag in enumerate(page.tags):
        parent = page.parents[index]
        if parent < 0:
            continue
        table_of[index] = parent if page.tags[parent] == "table" else table_of[parent]
        if tag == "table":
            tables[index] = _Table({})
            outer = table_of[index]
            while outer >= 0 and not tables[outer].nested:  # every table around it, once
                tables[outer].nested = True
                outer = table_of[outer]
        elif tag == ROW_TAG and table_of[index] in tables:
            tables[table_of[index]].rows[index] = []
        elif tag in _CELL_TAGS and page.tags[parent] == ROW_TAG and table_of[index] in tables:
            tables[table_of[index]].rows[parent].append(index)
    return tables


def _cell_lines(page: Page) -> dict[int, list[int]]:
    """Per cell, the page's lines inside it (by position), nested tables' cells included."""
    cell_of = [-1] * len(page.tags)
    for index, tag in enumerate(page.tags):
        parent = page.parents[index]
        cell_of[index] = index if tag in _CELL_TAGS else (cell_of[parent] if parent >= 0 else -1)
    found: dict[int, list[int]] = {}
    for position, line in enumerate(page.lines):
        cell = cell_of[line.owner]
        if cell >= 0:
            found.setdefault(cell, []).append(position)
    return found


def _is_data(page: Page, rows: dict[int, list[int]], lines: dict[int, list[int]], settings: HtmlSettings) -> bool:
    """Short cells in rows of several cells: see the module's doc."""
    wide = sum(1 for cells in rows.values() if len(cells) >= 2)
    if wide < settings.table_min_rows:
        return False
    for cells in rows.values():
        for cell in cells:
            held = lines.get(cell, [])
            if len(held) > settings.table_cell_max_lines:
                return False
            if sum(page.lines[p].chars for p in held) > settings.table_cell_max_chars:
                return False
    return True


def _row_line(page: Page, row: int, slots: list[int], lines: dict[int, list[int]], excluded,
              settings: HtmlSettings) -> Line | None:
    """The row's cells joined in order; None when it has no text, or when it is links: most of
    its cells linked (navigation laid out in cells), or most of its text linked with a link as
    long as a headline in it (teasers: "| <headline> | 3 March 2026 |"). A league table links
    a short team name per row, and stays."""
    texts, chars, link_chars, linked_cells, filled, longest_link = [], 0, 0, 0, 0, 0
    for cell in slots:
        held = [page.lines[p] for p in lines.get(cell, []) if not excluded[page.lines[p].owner]] if cell >= 0 else []
        texts.append(" ".join(line.text for line in held))
        chars += sum(line.chars for line in held)
        cell_links = sum(line.link_chars for line in held)
        link_chars += cell_links
        longest_link = max(longest_link, cell_links)
        if held:
            filled += 1
            linked_cells += cell_links * 2 > sum(line.chars for line in held)
    if not filled or linked_cells * 2 > filled:
        return None
    if link_chars > settings.max_link_density * chars and longest_link >= settings.prose_min_chars:
        return None
    single = sum(1 for cell in slots if cell >= 0) == 1 and slots[0] >= 0
    text = texts[0] if single else format_row(texts)  # one cell across the table: a group's label
    return Line(text, chars, link_chars, row, ROW_TAG)


def _in_cell(page: Page, container: int, table: int) -> bool:
    """Whether the main container is one of the table's cells or lies below one."""
    if not table < container < table + page.sizes[table]:
        return False
    index = container
    while index > table:
        if page.tags[index] in _CELL_TAGS:
            return True
        index = page.parents[index]
    return False


def framed_tables(page: Page, found_tables: PageTables, settings: HtmlSettings) -> list[bool]:
    """Per element: under a data table that sits among the article's paragraphs (at least
    `table_min_paragraphs` prose <p> in the same container). The content scorer counts such a
    table's cells as nothing: a results table of a hundred short, linked cells weighed more than
    the paragraphs around it, so the chosen container shrank to one paragraph and the table and
    the rest of the article were lost. A widget's table (standings in a sidebar) has no article
    paragraphs beside it and is weighed as before. One paragraph is enough when its container
    holds at least `table_lone_paragraph_share` of the page's prose: a results page is often
    one sentence introducing a long list, while a widget's blurb above its table is a small
    part of a page whose article is elsewhere (weighed as nothing, the widget would pull the
    content up to a container holding both)."""
    framed = [False] * len(page.tags)
    tables, lines = found_tables.tables, found_tables.cell_lines
    if not tables:
        return framed
    paragraphs: dict[int, int] = {}
    chars: dict[int, int] = {}
    for line in page.lines:
        if line.tag == "p" and is_prose(line, settings):
            key = paragraph_container(page, line.owner)
            paragraphs[key] = paragraphs.get(key, 0) + 1
            chars[key] = chars.get(key, 0) + line.chars
    total = sum(chars.values())
    for table, found in tables.items():
        container = paragraph_container(page, table)
        count = paragraphs.get(container, 0)
        alone = count == 1 and chars[container] >= settings.table_lone_paragraph_share * total
        if found.nested or (count < settings.table_min_paragraphs and not alone):
            continue
        if _is_data(page, found.rows, lines, settings):
            framed[table : table + page.sizes[table]] = [True] * page.sizes[table]
    return framed


def picture_tables(page: Page, found_tables: PageTables, settings: HtmlSettings) -> list[bool]:
    """Per element: under a table that frames pictures and their captions, a figure laid out
    in cells. Old themes and page builders put a picture and its caption in one cell (split by
    a <br>), or pictures in one row and their captions in the next, or a picture beside its
    caption: joined as a data table, the captions came out as a row of the article. Such a
    table has pictures, no more cells of text than pictures, each a caption's length (a line
    or two, at most `caption_max_chars`), one of several words (a table of flags beside country
    names is data), none opening with a quotation mark (a quote card beside a portrait)."""
    marked = [False] * len(page.tags)
    if not found_tables.tables:
        return marked
    pictured = [bool(flags & IMAGE) for flags in page.flags]
    for index in range(len(pictured) - 1, 0, -1):
        pictured[page.parents[index]] = pictured[page.parents[index]] or pictured[index]
    for table, found in found_tables.tables.items():
        if not found.nested and _frames_pictures(page, found, found_tables.cell_lines, pictured, settings):
            marked[table : table + page.sizes[table]] = [True] * page.sizes[table]
    return marked


def _frames_pictures(page: Page, table: _Table, lines: dict[int, list[int]], pictured: list[bool], settings: HtmlSettings) -> bool:
    pictures = texts = 0
    worded = False
    for cells in table.rows.values():
        for cell in cells:
            pictures += pictured[cell]
            held = [page.lines[p] for p in lines.get(cell, [])]
            if not held:
                continue
            texts += 1
            if len(held) > 2 or sum(line.chars for line in held) > settings.caption_max_chars:
                return False
            if held[0].text.startswith(QUOTE_OPENERS):
                return False
            worded = worded or sum(len(line.text.split()) for line in held) >= _CAPTION_MIN_WORDS
    return pictures > 0 and 0 < texts <= pictures and worded


def join_rows(page: Page, found_tables: PageTables, excluded, container: int, settings: HtmlSettings) -> list[Line]:
    """The page's lines with each data table's rows joined into one line (see the module's doc).

    `excluded` (per element) leaves furniture cells an empty slot. A table with the main
    container in one of its cells (the article sits in a cell) is read as it is, cell by cell;
    one that is the container, or holds it in a section (<tbody>), is joined as any other.
    """
    tables, lines = found_tables.tables, found_tables.cell_lines
    if not tables:
        return page.lines
    replaced: dict[int, Line | None] = {}  # line position -> the row's line at its first cell, else None
    for table, found in tables.items():
        if _in_cell(page, container, table):
            continue
        if found.nested or not _is_data(page, found.rows, lines, settings):
            continue
        headers: set[str] = set()
        grid = Grid(page.spans)
        spoken = _speaker_rows(page, found.rows, lines, settings)
        heads = header_rows(found.rows, lambda row, cells: page.tags[page.parents[row]] == "thead"
                            or all(page.tags[cell] == "th" for cell in cells))
        merged = merged_header(found.rows, heads, page.spans, lambda cell: _cell_text(page, lines, cell, excluded))
        for row, cells in found.rows.items():
            slots = grid.place(cells)
            positions = sorted(p for cell in cells for p in lines.get(cell, []))
            if not positions:
                continue
            joined = _row_line(page, row, slots, lines, excluded, settings)
            if merged is not None and row in heads[1:]:
                replaced.update({p: None for p in positions})  # read into the first header row's line
                continue
            if merged is not None and row == heads[0]:
                joined = _header_line(merged, row, joined)
            if joined is not None and spoken:
                joined = Line(" ".join(row_cells(joined.text)), joined.chars, joined.link_chars, row, "p")
            if joined is None and any(not excluded[page.lines[p].owner] for p in positions):
                continue  # navigation laid out in cells: its lines stay as they are
            section = page.tags[page.parents[row]]
            if joined is not None and section == "thead":
                headers.add(joined.text)
            elif joined is not None and section == "tfoot" and joined.text in headers:
                joined = None  # the header printed again under a long table: once is enough
            replaced.update({p: None for p in positions})
            replaced[positions[0]] = joined
    if not replaced:
        return page.lines
    joined_lines = []
    for position, line in enumerate(page.lines):
        line = replaced.get(position, line)
        if line is not None:
            joined_lines.append(line)
    return _without_row_repeats(joined_lines, settings)


def _cell_text(page: Page, lines: dict[int, list[int]], cell: int, excluded) -> str:
    return " ".join(page.lines[p].text for p in lines.get(cell, []) if not excluded[page.lines[p].owner])


def _header_line(cells: list[str], row: int, first: Line | None) -> Line:
    """The header rows merged (tablegrid.merged_header) as the line of the first one."""
    text = format_row(cells)
    chars = len(text) - text.count(" ")
    return Line(text, chars, first.link_chars if first else 0, row, ROW_TAG)


def _speaker_rows(page: Page, rows: dict[int, list[int]], lines: dict[int, list[int]], settings: HtmlSettings) -> bool:
    """Whether a table's rows are labelled lines of prose: two cells each, the first a label
    ending with a colon (an interview's speaker, "Lokalblatt:" / "Brandt:"), the second a
    sentence in most rows. The page reads "Brandt: Uns fehlen derzeit 23 Fahrer...", and joined
    as data ("| Brandt: | Uns fehlen ... |") each answer read as a table's row."""
    prose = 0
    for cells in rows.values():
        held = [[page.lines[p] for p in lines.get(cell, [])] for cell in cells]
        if len(cells) != 2 or not held[0] or not held[1]:
            return False
        if not held[0][-1].text.rstrip().endswith((":", "：")) or len(held[0]) > 1:
            return False
        prose += all(is_prose(line, settings) for line in held[1])
    return prose * 2 > len(rows)


def _without_row_repeats(lines: list[Line], settings: HtmlSettings) -> list[Line]:
    """The lines without those that only say a joined row again in words: responsive pages
    print a table twice, once as <table> and once as a paragraph per row for small screens
    ("CEIP Norte: 412 censados, 96 votos (23,3 %)"), and the hidden or visible copy would
    repeat every row. A line repeats a row when it opens with the row's first cell, holds all
    its cells in order (at least `row_repeat_min_cells` of them) and those make at least
    `row_repeat_min_share` of its characters; a sentence quoting a figure holds far more."""
    rows: dict[str, list[list[str]]] = {}
    for line in lines:
        if line.tag == ROW_TAG:
            found = row_cells(line.text)
            if len(found) >= settings.table_row_repeat_min_cells:
                rows.setdefault(_first_word(found[0]), []).append(found)
    if not rows:
        return lines
    return [line for line in lines if line.tag in ROW_OR_CELL_TAGS or not _repeats_row(line, rows, settings)]


def _first_word(text: str) -> str:
    """The first run of word characters: "Labour" of "Labour: 28 seats" and of the cell "Labour"."""
    found = _WORD.search(text)
    return found.group() if found else ""


def _repeats_row(line: Line, rows: dict[str, list[list[str]]], settings: HtmlSettings) -> bool:
    text = line.text
    for cells in rows.get(_first_word(text), ()):
        if not text.startswith(cells[0]):
            continue
        position = 0
        for cell in cells:
            position = text.find(cell, position)
            if position < 0:
                break
            position += len(cell)
        else:
            covered = sum(len(cell) - cell.count(" ") for cell in cells)
            if covered >= settings.table_row_repeat_min_share * line.chars:
                return True
    return False
