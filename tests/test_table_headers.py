"""A table written with bars between its cells and none at its ends: its header line is no
site section, though it has that shape (tablerow.headers_over_rows)."""

from __future__ import annotations

from cleaner import clean_text

PAGE = """Turnout rose in all seven districts of Harwick county in Sunday's council election, the electoral office said on Monday, with the largest increase in the northern valleys.

{header}

{rows}

The final figures will be published on Wednesday after the postal votes are counted, the office said on Monday evening.
"""


def _clean(header: str, rows: list[str]) -> str:
    return clean_text(PAGE.format(header=header, rows="\n\n".join(rows))).text


def test_a_header_over_rows_of_figures_stays() -> None:
    out = _clean("District | Turnout", ["North Valley | 71%", "Riverside | 64%", "Old Town | 59%"])
    assert "District | Turnout\n\nNorth Valley | 71%" in out


def test_a_site_section_over_rows_without_figures_still_goes() -> None:
    out = _clean("Le Parisien · Faits divers", ["North Valley | 71%", "Riverside | 64%"])
    assert "Faits divers" not in out


def test_a_header_needs_as_many_bars_as_its_rows() -> None:
    out = _clean("District | Turnout", ["North Valley | 71% | 2,301", "Riverside | 64% | 1,870"])
    assert "District | Turnout" not in out
