"""Text files in a Latin-script legacy code page they do not declare (windows-1250, ISO-8859-2,
ISO-8859-16, windows-1257, -1254) are read in it, by their letters (cleaner/latinguess.py),
where windows-1252 read them as mojibake ('spó³ka', '¥ªtim'); right Western text keeps
windows-1252. The pages are general fixtures (their reviewed output is the expected one)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from cleaner.config import Config
from cleaner.io.rawline import LineDecoder
from cleaner.normalize import decode
from cleaner.run import RunOptions, run

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "general"
LEGACY = [("ro_297", "iso8859-16"), ("pl_298", "cp1250"), ("cs_299", "cp1250")]  # ISO-8859-2 has no '„' or '–'
WESTERN = ["fr_1", "de_2", "es_1", "pt_1", "it_1", "nl_1", "sv_1"]


def _text(stem: str) -> str:
    return (FIXTURES / f"{stem}.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(("stem", "codec"), LEGACY)
def test_an_undeclared_legacy_file_cleans_as_its_utf8_page(tmp_path, stem, codec):
    """Before, the run wrote 'spó³ka' and '¥Sfântul Pantelimonµ' and said 'decoded as cp1252'."""
    page = tmp_path / "in" / f"{stem}.txt"
    page.parent.mkdir()
    page.write_bytes(_text(stem).encode(codec))
    summary = run([page.parent], Config(), RunOptions(output=tmp_path / "out", report=tmp_path / "r.jsonl"))
    assert not summary.problems
    assert (tmp_path / "out" / page.name).read_bytes() == (FIXTURES / "expected" / page.name).read_bytes()
    assert f"decoded as {codec}" in (tmp_path / "r.jsonl").read_text(encoding="utf-8")


@pytest.mark.parametrize("stem", WESTERN)
@pytest.mark.parametrize("size", [40, 150, 100_000])
def test_right_western_text_keeps_windows_1252(stem, size):
    """Every window of a Western page in windows-1252 is read so: no Latin guess second-guesses it."""
    words = _text(stem).split(" ")
    for start in range(0, max(1, len(words) - size), size):
        window = " ".join(words[start:start + size])
        try:
            data = window.encode("cp1252")
        except UnicodeEncodeError:  # an emoji
            continue
        if window.isascii():
            continue
        decoded = decode(data, "w")
        assert (decoded.text, decoded.encoding) == (window, "cp1252")


@pytest.mark.parametrize(("text", "codec"), [
    ("Sąd Najwyższy oddalił w czwartek skargę spółki. Zarząd przedstawi nowy plan naprawczy w przyszłym tygodniu, "
     "a związkowcy zapowiadają protest przed siedzibą firmy.", "cp1250"),
    ("Vyšetřovatelé zjistili, že řidič nákladního auta nedobrzdil před přechodem. Policie případ dále šetří a hledá svědky.", "iso8859-2"),
])
def test_short_central_european_text_is_read_by_its_letters(text, codec):
    decoded = decode(text.encode(codec), "t")
    assert decoded.text == text and decoded.repairs == (f"decoded as {decoded.encoding} (its letters; not UTF-8)",)
    assert decoded.by_letters


def test_html_pages_keep_their_own_latin_guess():
    """decode_html reads a page's words without its markup (html/charset.py): the text decoder's
    guess is off there, and the bytes stay windows-1252 for that test."""
    data = _text("pl_298").encode("cp1250")
    assert decode(data, "p", by_letters=False).encoding == "cp1252"


def test_a_letter_guess_is_not_kept_for_the_next_line_of_a_file():
    """A JSONL file's lines are decoded one by one: a Polish line read in windows-1250 must not
    make the next, French, line windows-1250 too ('Søren' would become 'Sřren')."""
    decoder = LineDecoder()
    polish = json.dumps({"text": _text("pl_298")}, ensure_ascii=False).encode("cp1250")
    french = json.dumps({"text": "Søren a été élu à la tête du comité, après un vote très serré."}, ensure_ascii=False).encode("cp1252")
    assert json.loads(decoder.decode(polish, "1"))["text"] == _text("pl_298")
    assert "Søren" in decoder.decode(french, "2")
    assert re.search("ł", decoder.decode(polish, "3"))


def test_right_western_text_runs_no_charset_test(monkeypatch):
    """A windows-1252 JSONL file is decoded line by line: a line one Western language writes, with
    no symbol inside a word that another charset reads as a letter, skips the tests (they cost
    about a millisecond a line, more than the rest of its decoding)."""
    import cleaner.latinguess as latinguess

    def tested(*args):
        raise AssertionError("the charset tests ran")

    monkeypatch.setattr(latinguess, "strays", tested)
    for stem in ("fr_1", "es_1", "pt_1"):
        text = _text(stem).encode("cp1252", "ignore").decode("cp1252")
        assert decode(text.encode("cp1252"), "t").encoding == "cp1252"


@pytest.mark.parametrize(("stem", "codec"), LEGACY)
def test_the_cheap_gate_lets_mojibake_through(stem, codec):
    """'spó³ka' (a symbol inside a word) and 'úøad' (letters of no one Western language) pass on to the tests."""
    from cleaner.latinguess import _western_only

    data = _text(stem).encode(codec)
    assert not _western_only(data.decode("cp1252", "replace"))
