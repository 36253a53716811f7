"""A file that changes while a run reads or cleans it is skipped and left as it is now.

A scraper appending records to a JSONL file while the hook or `--in-place` ran lost the appended
records: the run wrote back what it had read. And a read that saw part of an append made an
output of no version of the file.
"""

from __future__ import annotations

import json
from pathlib import Path

import cleaner.run as run_module
from cleaner.config import Config
from cleaner.run import CHANGED_BEFORE_WRITE, CHANGED_WHILE_READ, EXIT_BAD_INPUT, RunOptions, run

RECORD = json.dumps({"id": 1, "text": "Le conseil vote le budget\n\nLe conseil municipal a voté mardi un budget en hausse.\nPartager sur Facebook\n"})
LATE = json.dumps({"id": 2, "text": "Un record ajouté pendant la lecture, qui ne doit pas se perdre."})


def _appending_reader(real, path: Path):
    """`read_jsonl` that appends a record to the file once it has read the last one (in the
    run's last read of it: the dedup plan reads it first)."""
    calls = []

    def reader(*args, **kwargs):
        yield from real(*args, **kwargs)
        calls.append(1)
        if len(calls) == 2:
            with open(path, "a", encoding="utf-8") as handle:
                handle.write(LATE + "\n")

    return reader


def test_a_file_written_to_while_read_is_skipped_in_place_and_keeps_the_new_record(tmp_path, monkeypatch):
    path = tmp_path / "c.jsonl"
    path.write_text(RECORD + "\n", encoding="utf-8")
    monkeypatch.setattr(run_module, "read_jsonl", _appending_reader(run_module.read_jsonl, path))
    summary = run([path], Config(), RunOptions(in_place=True))
    assert summary.exit_code(False) == EXIT_BAD_INPUT
    assert [(p.item, p.reason) for p in summary.problems] == [(path.as_posix(), CHANGED_WHILE_READ)]
    assert path.read_text(encoding="utf-8") == RECORD + "\n" + LATE + "\n"


def test_a_torn_read_writes_no_output(tmp_path, monkeypatch):
    path = tmp_path / "c.jsonl"
    path.write_text(RECORD + "\n", encoding="utf-8")
    monkeypatch.setattr(run_module, "read_jsonl", _appending_reader(run_module.read_jsonl, path))
    summary = run([path], Config(), RunOptions(output=tmp_path / "out.jsonl"))
    assert summary.problem_count == 1 and not (tmp_path / "out.jsonl").exists()


def test_a_text_file_replaced_while_it_was_cleaned_is_not_rewritten(tmp_path, monkeypatch):
    path = tmp_path / "a.txt"
    path.write_text("Accueil\nLe conseil vote le budget\nLe conseil municipal a voté mardi un budget en hausse.\n", encoding="utf-8")
    newer = "Une version plus récente, écrite par le scraper pendant le nettoyage.\n"
    real = run_module._Writer._finish

    def finish(self, file, end, summary):
        replacement = tmp_path / "new.txt"
        replacement.write_text(newer, encoding="utf-8")
        replacement.replace(path)  # an atomic writer replaced the file meanwhile
        return real(self, file, end, summary)

    monkeypatch.setattr(run_module._Writer, "_finish", finish)
    summary = run([path], Config(), RunOptions(in_place=True))
    assert [p.reason for p in summary.problems] == [CHANGED_BEFORE_WRITE]
    assert path.read_text(encoding="utf-8") == newer and sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_an_unchanging_file_is_rewritten_as_always(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Accueil\nLe conseil vote le budget\nLe conseil municipal a voté mardi un budget en hausse.\n", encoding="utf-8")
    summary = run([path], Config(), RunOptions(in_place=True))
    assert summary.problems == [] and "Accueil" not in path.read_text(encoding="utf-8")
