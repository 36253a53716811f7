"""Helper ht18's round: hidden text inside a sentence (walk._unseen_inline), screen readers' blocks
(flags: SPOKEN blocks hidden), Word's footnote marks (html.toml note_targets, note_marks), pull
quotes repeating the body (pullquotes.py), a field's label left alone (labels.without_lone_labels) and
icon fonts' ligature words (html.toml icon_font_prefixes)."""

from __future__ import annotations

import tomllib

import pytest

from cleaner.errors import ConfigError
from cleaner.html import load_settings, read_html
from cleaner.html.flags import HIDDEN, SPOKEN, element_flags
from cleaner.html.settings import DEFAULT_FILE, parse_settings

LEAD = "<p>The council presented a new plan for traffic in the town centre on Tuesday, to start in spring next year.</p>"
TAIL = "<p>The plan will be put to a public consultation in January, and the council will vote on it in March.</p>"


def _lines(body: str) -> list[str]:
    page = f"<html><head><title>Traffic plan</title></head><body><article><h1>Traffic plan</h1>{LEAD}{body}{TAIL}</article></body></html>"
    return read_html(page, "page.html").text.splitlines()


def test_hidden_text_inside_a_sentence_goes_without_ending_the_line():
    lines = _lines('<p>Critics rated the show <span aria-hidden="true">★★★★</span><span class="sr-only">four stars</span> and '
                   'the run <span style="display:none">(tooltip)</span>was extended by <span hidden>x</span>three weeks.</p>')
    assert "Critics rated the show and the run was extended by three weeks." in lines
    assert not any("★" in line or "tooltip" in line or "four stars" in line for line in lines)


def test_hidden_text_inside_a_word_leaves_the_word_whole():
    lines = _lines('<p>Write to the planning office at plans<span style="display:none">NOSPAM</span>@example.org before the end of January.</p>')
    assert "Write to the planning office at plans@example.org before the end of January." in lines


def test_an_aria_hidden_drop_cap_is_read_into_its_word_and_only_such_a_letter():
    lines = _lines('<p><span class="dropcap" aria-hidden="true">T</span><span class="sr-only">The</span>he village shop '
                   'in Ashwell has been saved by a group of neighbours who raised the money.</p>')
    assert "The village shop in Ashwell has been saved by a group of neighbours who raised the money." in lines
    lines = _lines('<p><span aria-hidden="true">A</span> village shop in Ashwell has been saved by a group of neighbours.</p>')
    assert "village shop in Ashwell has been saved by a group of neighbours." in lines
    lines = _lines('<p><span style="display:none">T</span>he shop in Ashwell has been saved by a group of neighbours.</p>')
    assert "he shop in Ashwell has been saved by a group of neighbours." in lines


def test_screen_reader_classes_behind_a_prefix_and_on_blocks():
    settings = load_settings()
    for name in ("usa-sr-only", "nhsuk-u-visually-hidden", "cdk-visually-hidden", "fr_sr-only"):
        assert element_flags("span", {"class": name}, settings) & SPOKEN, name
    assert not element_flags("span", {"class": "sr-only-ish"}, settings) & SPOKEN
    assert element_flags("p", {"class": "screen-reader-text"}, settings) & HIDDEN
    assert not element_flags("span", {"class": "screen-reader-text"}, settings) & HIDDEN
    lines = _lines('<p class="screen-reader-text">This article has an audio version you can play below the headline.</p>')
    assert not any("audio version" in line for line in lines)


def test_word_footnote_and_endnote_marks_leave_the_sentence():
    lines = _lines('<p>The harbour was first enlarged in 1742 by the navy.<a href="#_ftn1" name="_ftnref1">[1]</a> It took thirty '
                   'years.</p><p>A breakwater followed in the next century.<a href="#_edn1" name="_ednref1"><sup>ii</sup></a></p>')
    assert "The harbour was first enlarged in 1742 by the navy. It took thirty years." in lines
    assert "A breakwater followed in the next century." in lines


def test_a_pull_quote_repeating_words_of_the_body_goes_with_its_speaker():
    said = "<p>“This changes how the whole west side moves”, said the director of transport, Anna Berg, on Monday.</p>"
    quote = '<blockquote class="pullquote"><p>“This changes how the whole west side moves.”</p><p>Anna Berg</p></blockquote>'
    lines = _lines(said + quote)
    assert "“This changes how the whole west side moves.”" not in lines and "Anna Berg" not in lines
    assert said[3:-4] in lines
    new = '<blockquote class="pullquote"><p>“Nobody expected the buses to fill up this fast.”</p><p>Anna Berg</p></blockquote>'
    lines = _lines(said + new)
    assert "“Nobody expected the buses to fill up this fast.”" in lines


def test_a_field_label_goes_with_its_value_only():
    files = ('<div class="field field--name-field-files field--label-above"><div class="field__label">Documents</div>'
             '<span class="file"><a href="/plan.pdf">consultation_plan_2026.pdf</a></span> <span>(1.2 MB)</span></div>')
    assert "Documents" not in _lines(files)
    source = ('<div class="field field--label-above"><div class="field__label">Source</div>'
              '<div class="field__item">Council press office</div></div>')
    assert any(line.startswith("Source") and "press office" in line for line in _lines(source))


def test_an_icon_fonts_ligature_word_leaves_the_sentence():
    lines = _lines('<p>The full report <a href="/r.pdf">is on the council website<span class="material-icons">open_in_new</span></a> '
                   'and <span class="material-symbols-rounded">download</span>anyone can read it before the meeting.</p>')
    assert "The full report is on the council website and anyone can read it before the meeting." in lines


def test_a_div_table_named_by_roles_is_read_one_row_a_line_and_a_widgets_grid_is_not():
    table = ('<div role="table"><div role="row"><div role="columnheader">Zone</div><div role="columnheader">Price</div></div>'
             '<div role="rowgroup"><div role="row"><div role="rowheader">Zone 1</div><div role="cell">2.30</div></div>'
             '<div role="row"><div role="rowheader">Zone 2</div><div role="cell">1.40</div></div>'
             '<div role="row"><div role="rowheader">Zone 3</div><div role="cell">0.80</div></div></div></div>')
    lines = _lines(table)
    assert "| Zone | Price |" in lines and "| Zone 2 | 1.40 |" in lines
    grid = table.replace('role="table"', 'role="grid"')
    assert "| Zone 2 | 1.40 |" not in _lines(grid)



def test_a_cell_role_standing_for_no_cell_tag_is_refused_by_the_loader():
    data = tomllib.loads(DEFAULT_FILE.read_text(encoding="utf-8"))
    data["tags"]["aria_table_roles"] = {"cell": "div"}
    with pytest.raises(ConfigError, match="aria_table_roles"):
        parse_settings(data, "user.toml")
