"""A row of pill labels under a story: its topic tags, named so for the walk.

CSS frameworks draw a short label as a pill (Bootstrap's `<span class="badge">`, Material's
"chip"), and news themes built on them set a story's tags as a row of such pills with no link
and no box named for tags: the walk read "doprava parkování Brno" as a line of the article. A
pill alone inside a sentence ("Version <span class="badge">2.4</span> of the app") is the
sentence's, so only a block holding nothing but `pill_row_min` pills or more is a row; it is
named "tags" (a furniture word of html.toml) and the walk leaves it out as any tag box.
"""

from __future__ import annotations

from .flags import name_parts
from .settings import HtmlSettings


def name_pill_rows(tree, settings: HtmlSettings) -> None:
    """Name "tags" each block whose text is only `pill_row_min` pills or more (see the module)."""
    rows: dict[int, list] = {}
    holders = {}
    for node in tree.css("[class]"):
        if set(name_parts(node.attributes.get("class") or "")) & settings.pill_classes and node.parent is not None:
            rows.setdefault(node.parent.mem_id, []).append(node)
            holders[node.parent.mem_id] = node.parent
    for key, pills in rows.items():
        holder = holders[key]
        if len(pills) < settings.pill_row_min:
            continue
        pill_text = "".join("".join(pill.text(deep=True).split()) for pill in pills)
        if pill_text and pill_text == "".join(holder.text(deep=True).split()):
            holder.attrs["class"] = f"{holder.attributes.get('class') or ''} tags".strip()
