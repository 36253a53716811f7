"""A JSONL record is written back as its input line with only the text value replaced.

Found by fuzzing (benchmarks/fuzz_cli.py): a compact file (`jq -c`) whose text was already clean
was rewritten with Python's separators and number forms, so `--in-place` and the pre-commit hook
changed files they had nothing to clean, and `cleaner check` failed on them. And a UTF-8 BOM at
the start of a later line (files joined with `cat`) made that record a bad line.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleaner.config import Config
from cleaner.io.recordline import frame_line, framed_line
from cleaner.run import EXIT_CHANGED, EXIT_OK, RunOptions, run

CLEAN = "The council approved the budget on Tuesday after a long debate about roads and schools.\n\nMembers said the plan would take effect next year, and the mayor welcomed the vote.\n"
JUNK = "Share this article\nThe council approved the new budget on Tuesday after a long debate about roads and schools.\n"
WATER = "Residents will pay three percent more for water from April, the treasurer said on Friday.\n"
CAFE = "Caf\u00e9 owners in the old town said on Monday that the new rules were fair and welcome.\n"
JUNK_CLEANED = "The council approved the new budget on Tuesday after a long debate about roads and schools.\n"


def _write(tmp_path: Path, lines: list[str], name: str = "c.jsonl") -> Path:
    path = tmp_path / name
    path.write_bytes("".join(line + "\n" for line in lines).encode("utf-8"))
    return path


def _compact(record: dict, ascii_only: bool = True) -> str:
    return json.dumps(record, separators=(",", ":"), ensure_ascii=ascii_only)


@pytest.mark.parametrize("text", [CLEAN, CLEAN.rstrip("\n"), "Caf\u00e9 owners said the new rules were fair and welcome.\n"])
def test_a_clean_compact_file_passes_check_and_is_not_rewritten(tmp_path, text):
    line = '{"id":7,"url":"https://ex.com/a","text":' + json.dumps(text) + ',"score":1.50,"n":1e5,"tags":["a","b"]}'
    path = _write(tmp_path, [line])
    before = path.read_bytes()
    assert run([path], Config(), RunOptions(check=True)).exit_code(fail_on_change=True) == EXIT_OK
    run([path], Config(), RunOptions(in_place=True))
    assert path.read_bytes() == before


def test_a_changed_record_keeps_every_other_byte_of_its_line(tmp_path):
    head = '{"id":7,"n":1e5,"score":1.50,"meta":{"t\\u00edtulo":"caf\\u00e9"},"text":'
    tail = ',"z":[1,2.0,true,null]}'
    path = _write(tmp_path, [head + json.dumps(JUNK + CAFE) + tail, _compact({"id": 8, "text": WATER})])
    summary = run([path], Config(), RunOptions(in_place=True))
    assert summary.exit_code(fail_on_change=True) == EXIT_CHANGED
    first, second, _ = path.read_text("utf-8").split("\n")
    assert first.startswith(head) and first.endswith(tail)
    value = first[len(head) : -len(tail)]
    assert value.isascii() and "\\u00e9" in value  # written as the input wrote its text: escaped
    assert json.loads(value) == JUNK_CLEANED + "\n" + CAFE
    assert second == _compact({"id": 8, "text": WATER})


def test_a_changed_text_ends_with_a_newline_and_is_then_left_alone(tmp_path):
    path = _write(tmp_path, [_compact({"id": 1, "text": JUNK.rstrip("\n")})])
    run([path], Config(), RunOptions(in_place=True))
    once = path.read_bytes()
    assert json.loads(once)["text"] == JUNK_CLEANED  # as before: a clean text ends with a newline
    assert run([path], Config(), RunOptions(check=True)).exit_code(fail_on_change=True) == EXIT_OK


@pytest.mark.parametrize(
    "line, replaced",
    [
        ('{"text":"a\\/b \\"q\\" \\\\","x":1}', '{"text":"new","x":1}'),  # escapes json.dumps would not write
        (' { "text" : "x" , "text" : "a" }  ', ' { "text" : "x" , "text" : "new" }  '),  # the last key is the field
        ('{"x":{"text":"inner"},"text":"a"}', '{"x":{"text":"inner"},"text":"new"}'),  # not a nested one
    ],
)
def test_the_frame_gives_back_the_line_and_replaces_only_the_field(line, replaced):
    value = json.loads(line)["text"]
    frame = frame_line(line, "text", value)
    assert framed_line(frame, value, value) == line
    assert framed_line(frame, "new", value) == replaced


def test_a_missing_field_is_added_with_the_lines_own_separators():
    frame = frame_line('{"a":1,"b":"x"}', "text", None)
    assert framed_line(frame, "clean", None) == '{"a":1,"b":"x","text":"clean"}'


def test_a_bom_at_the_start_of_a_later_line_is_dropped_and_the_record_read(tmp_path):
    first = _write(tmp_path, [_compact({"id": 1, "text": CLEAN})], "a.jsonl").read_bytes()
    second = b"\xef\xbb\xbf" + _compact({"id": 2, "text": "Share this article\n" + WATER}).encode()
    path = tmp_path / "joined.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + first + second + b"\n")  # `cat a.jsonl b.jsonl`, both with a BOM
    summary = run([path], Config(), RunOptions(check=True))
    assert summary.problems == [] and summary.files[0].documents == 2
    run([path], Config(), RunOptions(in_place=True))
    assert b"\xef\xbb\xbf" not in path.read_bytes()
    assert [json.loads(line)["id"] for line in path.read_text("utf-8").splitlines()] == [1, 2]
    assert run([path], Config(), RunOptions(check=True)).exit_code(fail_on_change=True) == EXIT_OK
