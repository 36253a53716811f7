"""Text files whose cleaned output must read back the same way (found by benchmarks/fuzz_cli.py).

A text file whose first line was junk and whose second began with a stray `<html>` tag came out
starting with `<html>`: the next run read that output as a whole HTML page, joined its lines into
one paragraph and found it "not in canonical form", so a fixer's output failed the checker. A page
is a page by its document markup (a head, a body, a title...), not by one tag before prose.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner.config import Config
from cleaner.io.inputs import is_html_page
from cleaner.run import RunOptions, run

LEAD = "The council approved the new budget on Tuesday after a long debate that lasted until midnight, the clerk said."
SECOND = "Residents will pay three percent more for water from April, the treasurer told reporters."


@pytest.mark.parametrize("tag", ["<html>", "<!DOCTYPE html>", "<html lang='en'>", "<!-- saved --><html>"])
def test_a_stray_page_tag_before_prose_reads_back_as_text(tmp_path: Path, tag: str):
    source = tmp_path / "in.txt"
    source.write_text(f"Facebook\n{tag}Council approves budget\n{LEAD}\n{SECOND}\n", encoding="utf-8")
    out = tmp_path / "out.txt"
    assert not run([source], Config(), RunOptions(output=out)).problems
    assert out.read_text(encoding="utf-8").endswith(f"{LEAD}\n\n{SECOND}\n")
    again = run([out], Config(), RunOptions(check=True))
    assert not again.problems and not again.changed, [str(f) for r in again.files for f in r.findings]


def test_a_page_still_reads_as_one():
    assert is_html_page("<!DOCTYPE html>\n<html><body>x</body></html>")
    assert is_html_page("<html lang='fr'>\n<head><meta charset='utf-8'><title>x</title>")
    assert is_html_page("<!doctype html><title>x</title><p>A page without head or body tags.")
    assert is_html_page("\ufeff<?xml version='1.0'?>\n<!-- saved -->\n<html lang='fr'>\n")  # cut after its first tag
    assert not is_html_page("<html>Council approves budget\nThe council approved it.")
    assert not is_html_page("<!DOCTYPE html>Council approves budget</div>\nThe council approved it.")


def test_a_page_tag_and_document_markup_left_in_text_do_not_make_the_output_a_page(tmp_path: Path):
    """The residue of the case above: after a junk first line, a doctype glued to a line and a
    <script> tag further down; kept as text, they made the output a page by the reader's test.
    The settle reports that first paragraph (settle.page-markup) rather than write it."""
    source = tmp_path / "in.txt"
    source.write_text(f"Facebook\n<!DOCTYPE html>2 potatoes, peeled\n{LEAD} <script>var a=1;\n{SECOND}\n", encoding="utf-8")
    out = tmp_path / "out.txt"
    assert not run([source], Config(), RunOptions(output=out)).problems
    cleaned = out.read_text(encoding="utf-8")
    assert not is_html_page(cleaned) and SECOND in cleaned and LEAD in cleaned
    again = run([out], Config(), RunOptions(check=True))
    assert not again.problems and not again.changed, [str(f) for r in again.files for f in r.findings]


def test_an_invisible_character_that_mojibake_repair_brings_back_is_removed_too():
    """ftfy turns 'â€‹' (a zero-width space read as cp1252) back into U+200B after the invisible
    characters were removed: the output kept it and the next run removed it (fuzz_cli seed 5)."""
    from cleaner.pipeline import clean_text

    text = f"Le conseil a approuvÃ© le budget aprÃ¨s un long dÃ©bat sâ€‹ur place. Câ€™est fini.\n{LEAD}\n"
    once = clean_text(text).text
    assert "débat sur place. C’est fini." in once and "\u200b" not in once
    assert clean_text(once).text == once


def test_a_letter_under_a_long_run_of_combining_marks_is_cleaned_in_a_moment():
    """Found by fuzzing the hook: "Su m" + 70 combining diaeresis marks + "ayor pega..." hung the
    corpus memory's build (the hook ran for ever). words.LETTERS_PATTERN could split a run of
    marks in 2**n ways ([marks]+ then letters* that may be empty, repeated), and a closing-line
    pattern that failed after it tried them all. Run in a child process so a hang fails here."""
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "from cleaner import clean_text\n"
        "text = 'Precio y opiniones\\n\\nSu m' + '\\u0308' * 200 + 'ayor pega es el tamaño: necesita casi medio metro de encimera.\\n'\n"
        "print(len(clean_text(text).text))\n"
    )
    root = Path(__file__).resolve().parents[1]
    proc = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
