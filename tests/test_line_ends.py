"""Line ends survive a clean: a corpus made on Windows (CR LF) or an old Mac (CR) is not rewritten
line by line, and `check` accepts a clean file whatever its line ends.

A JSONL line keeps its own end (and the last line its missing one); a text file, and a record's
text value, is written with the line end most of its lines have.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleaner.config import Config
from cleaner.io.lines import BYTES, WIDE_ENCODINGS, LineSplitter, split_ended_lines
from cleaner.io.newlines import mixed, newline_of
from cleaner.run import RunOptions, run

CLEAN = "Le conseil vote le budget\n\nLe conseil municipal a voté mardi soir un budget en hausse de trois pour cent pour l'année prochaine.\n"
OTHER = "Un autre titre\n\nUne autre histoire, sans rapport avec la première, racontée en une seule phrase assez longue.\n"
JUNK = "Partager sur Facebook\n"


def _check(path: Path) -> bool:
    """Whether `cleaner check` passes on `path`."""
    return not run([path], Config(), RunOptions(check=True)).changed


def _in_place(path: Path) -> bytes:
    run([path], Config(), RunOptions(in_place=True))
    return path.read_bytes()


def _record(i: int, text: str) -> str:
    return json.dumps({"id": i, "text": text}, ensure_ascii=False)


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_a_clean_text_file_with_windows_or_mac_line_ends_is_clean(tmp_path, newline):
    path = tmp_path / "a.txt"
    data = CLEAN.replace("\n", newline).encode()
    path.write_bytes(data)
    assert _check(path)
    assert _in_place(path) == data


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_a_cleaned_text_file_keeps_its_line_ends(tmp_path, newline):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_bytes((CLEAN.replace("\n\n", "\n" + JUNK)).replace("\n", newline).encode())
    (tmp_path / "lf").mkdir()
    (tmp_path / "lf" / "a.txt").write_bytes(CLEAN.replace("\n\n", "\n" + JUNK).encode())
    run([tmp_path / "in"], Config(), RunOptions(output=tmp_path / "out"))
    run([tmp_path / "lf"], Config(), RunOptions(output=tmp_path / "out_lf"))
    lf = (tmp_path / "out_lf" / "a.txt").read_bytes()
    assert b"Partager" not in lf
    assert (tmp_path / "out" / "a.txt").read_bytes() == lf.replace(b"\n", newline.encode())


def test_a_text_file_of_mixed_line_ends_takes_the_most_common():
    assert newline_of("a\r\nb\r\nc\nd") == "\r\n" and newline_of("a\r\nb\nc\n") == "\n"
    assert newline_of("a\rb\rc\r\nd") == "\r" and newline_of("a\r\nb\rc\nd") == "\n"  # a tie goes to LF
    assert mixed("a\r\nb\n") and not mixed("a\r\nb\r\n") and not mixed("a\nb")


def test_a_mostly_crlf_text_file_is_written_crlf_only(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(CLEAN.replace("\n", "\r\n").replace("budget\r\n\r\n", "budget\n\r\n").encode())
    summary = run([path], Config(), RunOptions(check=True))
    [result] = summary.changed
    assert [finding.message for finding in result.findings] == ["mixed line ends (the canonical form ends every line as most of them end)"]
    assert _in_place(path) == CLEAN.replace("\n", "\r\n").encode()
    assert _check(path)


@pytest.mark.parametrize("last", ["\r\n", ""])
def test_a_clean_crlf_jsonl_file_is_clean_and_kept_byte_for_byte(tmp_path, last):
    path = tmp_path / "c.jsonl"
    data = (_record(1, CLEAN) + "\r\n" + _record(2, OTHER) + last).encode()
    path.write_bytes(data)
    assert _check(path)
    assert _in_place(path) == data


def test_each_jsonl_line_keeps_its_own_end_when_records_change(tmp_path):
    path = tmp_path / "c.jsonl"
    lines = [_record(1, CLEAN + JUNK), "pas du json", _record(2, OTHER + JUNK), _record(3, "Titre\n\n" + JUNK + "Une phrase de plus, assez longue pour rester.\n")]
    ends = ["\r\n", "\r", "\n", ""]
    path.write_bytes("".join(line + end for line, end in zip(lines, ends)).encode())
    written = _in_place(path)
    got = list(split_ended_lines([written], BYTES))
    assert [end for _line, end in got] == ends
    assert b"Partager" not in written and got[1][0] == b"pas du json"


def test_a_record_text_with_crlf_inside_keeps_it(tmp_path):
    path = tmp_path / "c.jsonl"
    clean = _record(1, CLEAN.replace("\n", "\r\n")) + "\n"
    path.write_bytes(clean.encode())
    assert _check(path)
    dirty = tmp_path / "d.jsonl"
    dirty.write_bytes((_record(1, (CLEAN + JUNK).replace("\n", "\r\n")) + "\n").encode())
    run([dirty], Config(), RunOptions(output=tmp_path / "out.jsonl"))
    assert json.loads((tmp_path / "out.jsonl").read_bytes())["text"] == CLEAN.replace("\n", "\r\n")


@pytest.mark.parametrize("encoding", [BYTES, *WIDE_ENCODINGS], ids=lambda e: e.codec)
def test_the_splitter_gives_each_end_at_any_chunk_boundary(encoding):
    text = "a\r\nb\rc\nd\x0ce\r\r\nf"
    data = encoding.mark + text.encode(encoding.codec)
    expected = [(line.encode(encoding.codec), end) for line, end in
                [("a", "\r\n"), ("b", "\r"), ("c", "\n"), ("d", "\x0c"), ("e", "\r"), ("", "\r\n"), ("f", "")]]
    for cut in range(len(data) + 1):
        assert list(split_ended_lines([data[:cut], data[cut:]], encoding)) == expected, cut
    splitter = LineSplitter(encoding, ends=True)
    got = [pair for unit in range(0, len(data), encoding.unit) for pair in splitter.feed(data[unit : unit + encoding.unit])]
    assert got + splitter.finish() == expected
