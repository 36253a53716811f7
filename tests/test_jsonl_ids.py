"""Records of one JSONL file that share an id are still separate documents (QA finding).

A scraper that saved a story twice under one id is exactly the case dedup is for; a record
without id takes its line number as id, which may be another record's id. Each such record gets
a key of its own (`#id@LINE`), so the second copy is compared with the first and points to it.
"""

from __future__ import annotations

import json
from pathlib import PurePosixPath

from cleaner.cli import app
from cleaner.io.inputs import InputFile
from cleaner.io.records import iter_jsonl

STORY = "The council approved the new budget for the city schools after a long debate on Tuesday evening."


def _keys(tmp_path, records: list[dict]) -> list[str]:
    item = InputFile(tmp_path / "c.jsonl", "c.jsonl", PurePosixPath("c.jsonl"))
    data = "".join(json.dumps(r) + "\n" for r in records).encode()
    return [doc.id for doc in iter_jsonl(item, data)]


def test_a_repeated_id_gets_its_line_number(tmp_path):
    records = [{"id": "a", "text": "x"}, {"id": "b", "text": "y"}, {"id": "a", "text": "z"}, {"id": "a", "text": "w"}]
    assert _keys(tmp_path, records) == ["c.jsonl#a", "c.jsonl#b", "c.jsonl#a@3", "c.jsonl#a@4"]


def test_a_record_without_id_does_not_take_the_key_of_a_record_with_that_id(tmp_path):
    records = [{"id": "2", "text": "x"}, {"text": "y"}]
    assert _keys(tmp_path, records) == ["c.jsonl#2", "c.jsonl#2@2"]


def test_a_generated_key_that_is_also_a_real_id_is_extended(tmp_path):
    records = [{"id": "a", "text": "x"}, {"id": "a@3", "text": "y"}, {"id": "a", "text": "z"}]
    assert _keys(tmp_path, records) == ["c.jsonl#a", "c.jsonl#a@3", "c.jsonl#a@3@3"]


def test_the_second_record_under_one_id_is_deduplicated_against_the_first(runner, tmp_path):
    corpus = tmp_path / "c.jsonl"
    first = STORY + "\n\nOnly the first record ends with this paragraph, which is long enough to keep."
    records = [{"id": "a", "text": first}, {"id": "a", "text": STORY + "\n\nA second paragraph that only this record holds, long enough to keep."}]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in records))
    out, report = tmp_path / "out.jsonl", tmp_path / "report.jsonl"
    result = runner.invoke(app, ["clean", "-q", str(corpus), "-o", str(out), "--report", str(report)])
    assert result.exit_code == 0, result.output
    texts = [json.loads(line)["text"] for line in out.read_text().splitlines()]
    # the first record is clean: written back as read (no final newline added); the second changed
    assert texts == [first, "A second paragraph that only this record holds, long enough to keep.\n"]
    [span] = [r for r in map(json.loads, report.read_text().splitlines()) if r.get("kind") == "span"]
    assert (span["id"], span["line"], span["reason"]) == ("a", 2, "duplicate")
    assert span["original"]["doc"].endswith("c.jsonl#a")


def test_a_dropped_record_says_which_line_it_was(runner, tmp_path):
    corpus = tmp_path / "c.jsonl"
    records = [{"id": "a", "text": STORY}, {"id": "a", "text": STORY + "\n\nA later, longer version of the story with one more paragraph."}]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in records))
    out, report = tmp_path / "out.jsonl", tmp_path / "report.jsonl"
    assert runner.invoke(app, ["clean", "-q", str(corpus), "-o", str(out), "--report", str(report)]).exit_code == 0
    assert len(out.read_text().splitlines()) == 1  # the shorter version is contained in the longer one
    [dropped] = [r for r in map(json.loads, report.read_text().splitlines()) if r.get("kind") == "document"]
    assert (dropped["id"], dropped["line"]) == ("a", 1)
    assert dropped["duplicate_of"].endswith("c.jsonl#a@2")
