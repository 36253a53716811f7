"""Tables built of divs and named by their ARIA roles, read as the tables they are.

Responsive themes and table components draw a data table without <table>: `<div role="table">`
holding `<div role="row">` rows (directly or in a `role="rowgroup"`) of `<div role="cell">` /
`role="columnheader"` / `role="rowheader"` cells, the roles telling screen readers what the
grid is. Read as divs, each cell was a line of its own ("Cona 1", "1,20 €", "2,30 €") and no
reader could tell which figure belongs to which row. The walk records such elements under the
tag their role stands for (table, tr, td, th), so tables.py joins each row into one line as it
does a <table>'s. Only a table's own rows and a row's own cells are so read: a widget's
`role="grid"` (a date picker, a photo grid) and a row outside a table stay divs.
"""

from __future__ import annotations

from .settings import HtmlSettings

_TABLE_TAGS = frozenset({"table", "tr", "td", "th", "thead", "tbody", "tfoot"})


def aria_table_tags(tree, settings: HtmlSettings) -> dict[int, str]:
    """Per element of a table named by its roles (its `mem_id`), the tag it stands for."""
    tags: dict[int, str] = {}
    roles = dict(settings.aria_table_roles)
    for table in tree.css('[role="table"]'):
        if table.tag in _TABLE_TAGS:
            continue
        tags[table.mem_id] = "table"
        for row in _rows(table):
            tags[row.mem_id] = "tr"
            for cell in row.iter():
                tag = roles.get(cell.attributes.get("role") or "")
                if tag is not None and cell.tag not in _TABLE_TAGS:
                    tags[cell.mem_id] = tag
    return tags


def _rows(table):
    """The table's rows: its children of role "row", and those of its "rowgroup" children."""
    for child in table.iter():
        role = child.attributes.get("role")
        if role == "row" and child.tag not in _TABLE_TAGS:
            yield child
        elif role == "rowgroup":
            yield from (row for row in child.iter() if row.attributes.get("role") == "row" and row.tag not in _TABLE_TAGS)
