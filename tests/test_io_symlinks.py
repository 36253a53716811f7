"""`--in-place` on symlinks: the link stays a link, its target is rewritten (atomically, beside
the target); a link found in an input folder that points outside the inputs is not followed
for writing; one file reached under two names is cleaned once.

Found by fuzzing: `--in-place` replaced a symlink by a regular file (a corpus repository's tree
changed: the link became a copy), and a JSONL file reached through a link beside it lost all its
records (the second name's records were all duplicates of the first's).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from cleaner.config import Config
from cleaner.run import EXIT_BAD_INPUT, EXIT_OK, RunOptions, run

PAGE = "Share this article\nThe council approved the new budget on Tuesday after a long debate about roads and schools.\n"
CLEANED = "The council approved the new budget on Tuesday after a long debate about roads and schools.\n"
RECORDS = "".join(
    json.dumps({"id": i, "text": f"Share this article\nRecord {i} says the ferry returns to the harbour in spring after {i} weeks of repairs.\n"}) + "\n"
    for i in range(3)
)


def test_in_place_rewrites_the_target_and_keeps_the_link(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "real").mkdir(parents=True)
    target = corpus / "real" / "page.txt"
    target.write_text(PAGE)
    link = corpus / "page-link.txt"
    link.symlink_to(Path("real") / "page.txt")
    summary = run([link], Config(), RunOptions(in_place=True))
    assert summary.problems == [] and summary.changed
    assert link.is_symlink() and os.readlink(link) == os.path.join("real", "page.txt")
    assert target.read_text() == CLEANED
    assert sorted(p.name for p in (corpus / "real").iterdir()) == ["page.txt"]  # no temp file left


def test_a_file_under_two_names_is_cleaned_once_and_loses_nothing(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "b.jsonl").write_text(RECORDS)
    (corpus / "a.jsonl").symlink_to("b.jsonl")  # sorts first: read under this name
    summary = run([corpus], Config(), RunOptions(in_place=True))
    assert summary.exit_code(fail_on_change=False) == EXIT_OK and len(summary.files) == 1
    assert (corpus / "a.jsonl").is_symlink()
    kept = [json.loads(line) for line in (corpus / "b.jsonl").read_text().splitlines()]
    assert [r["id"] for r in kept] == [0, 1, 2] and all(r["text"].startswith("Record") for r in kept)
    assert run([corpus], Config(), RunOptions(check=True)).exit_code(fail_on_change=True) == EXIT_OK


def test_a_link_out_of_the_input_folder_is_not_written_through(tmp_path):
    outside = tmp_path / "elsewhere.txt"
    outside.write_text(PAGE)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "page.txt").symlink_to(outside)
    summary = run([corpus], Config(), RunOptions(in_place=True))
    assert summary.exit_code(fail_on_change=False) == EXIT_BAD_INPUT
    assert "outside the input folders" in summary.problems[0].reason
    assert outside.read_text() == PAGE and (corpus / "page.txt").is_symlink()
    assert run([corpus], Config(), RunOptions(check=True)).problems == []  # reading it is harmless
