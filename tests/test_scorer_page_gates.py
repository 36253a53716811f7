"""Steps of the page scorer that a page lacking one character cannot need are skipped on it (a
table's rows need a bar, a fact box's heading a colon); a page holding it is read line by line
as before, and a removed paragraph's text does not count as kept text."""

from __future__ import annotations

from cleaner.rules.introduced import introduced_rows
from cleaner.rules.settings import default_settings_file, load_settings
from cleaner.segment import segment
from cleaner.tablerow import table_runs
from cleaner.types import Document, Removal

from article_support import ARTICLE

SETTINGS = load_settings(default_settings_file()).scorer
PROSE = ARTICLE["en"][:2]


def _doc(lines: list[str]) -> Document:
    return segment(Document(id="t", text="\n".join(lines)))


def test_rows_are_found_on_a_page_with_bars_and_none_without() -> None:
    rows = ["| Party | Seats | Change |", "| Labour | 28 | -1 |", "| Greens | 12 | +3 |"]
    doc = _doc([PROSE[0], *rows, PROSE[1]])
    assert table_runs(doc) == [1, 2, 3]
    assert table_runs(_doc([PROSE[0], *(r.replace("|", "/") for r in rows), PROSE[1]])) == []


def test_a_removed_row_leaves_a_single_row_which_is_no_table() -> None:
    doc = _doc([PROSE[0], "| Labour | 28 | -1 |", "| Greens | 12 | +3 |", PROSE[1]])
    doc.paragraphs[2].removal = Removal("boilerplate", "t.navigation.x")
    assert table_runs(doc) == []


def test_a_fact_box_under_a_colon_is_found_and_none_without_a_colon() -> None:
    box = ["Key figures for the year:", "Revenue: 4.2 billion euros", "Staff: 12,400", "Shops: 310"]
    doc = _doc([PROSE[0], *box, PROSE[1]])
    for par in doc.paragraphs:  # the prose scores the step reads, as the scorer sets them
        words = len(doc.kept_text(par).split())
        par.signals.update({"words": float(words), "prose": 0.9 if words > 20 else 0.1, "ends_sentence": 1.0, "digits": 0.0})
    assert introduced_rows(doc, SETTINGS) == [2, 3, 4]
    assert introduced_rows(_doc([PROSE[0], *(line.replace(":", " -") for line in box), PROSE[1]]), SETTINGS) == []
