"""`--in-place` is a fixed point on a folder, and `check` passes on what it leaves.

Found by a careful CI user: a file that was a whole duplicate of another was left as it was, so
`check` failed after every `clean --in-place` and `--fail-on-change` (the pre-commit fixer) failed
on every run. Decision: a whole duplicate is emptied in place, as an all-boilerplate page is (its
text lives on in its original; the report and the finding name it), and an empty file is already
canonical for `check` and `--in-place` (a note, not a skipped input). A whitespace-only file is
emptied the same way. `-o` runs still skip an empty input (exit 3): there is nothing to write.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from cleaner.cli import app

STORY = (
    "Council approves new budget for city parks\n\n"
    "The city council voted on Tuesday to approve a new budget that will increase spending on parks and "
    "playgrounds by twelve percent over the next two years.\n\n"
    "Mayor Jane Alvarez said the plan would fund repairs to aging equipment and extend opening hours at "
    "several public pools during the summer months.\n"
)
OTHER = (
    "Ferry service returns to the island\n\n"
    "Residents of the island will again have a daily ferry from April, the transport board said after "
    "a meeting that lasted most of the afternoon.\n"
)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "a.txt").write_text(STORY, encoding="utf-8")
    (root / "b.txt").write_text(STORY, encoding="utf-8")
    (root / "c.txt").write_text(OTHER, encoding="utf-8")
    return root


def _state(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_a_whole_duplicate_is_emptied_and_the_second_run_changes_nothing(runner, folder):
    first = runner.invoke(app, ["clean", str(folder), "--in-place", "-q", "--fail-on-change"])
    assert first.exit_code == 1, first.output  # it changed b.txt
    after = _state(folder)
    assert after["b.txt"] == b"" and after["a.txt"] == STORY.encode() and after["c.txt"] == OTHER.encode()
    check = runner.invoke(app, ["check", str(folder), "-q"])
    assert check.exit_code == 0, check.output
    second = runner.invoke(app, ["clean", str(folder), "--in-place", "-q", "--fail-on-change"])
    assert second.exit_code == 0, second.output
    assert _state(folder) == after


def test_the_emptied_duplicate_is_named_with_its_original(runner, folder, tmp_path):
    report = tmp_path / "r.jsonl"
    result = runner.invoke(app, ["clean", str(folder), "--in-place", "-q", "--report", str(report)])
    assert result.exit_code == 0
    records = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]
    assert any(r.get("kind") == "document" and r["file"].endswith("b.txt") and r["duplicate_of"].endswith("a.txt") for r in records)


def test_check_before_the_fix_names_the_duplicate(runner, folder):
    result = runner.invoke(app, ["check", str(folder)])
    assert result.exit_code == 1
    assert f"{(folder / 'b.txt').as_posix()}:1: duplicate of {(folder / 'a.txt').as_posix()}" in result.stdout


def test_an_empty_file_passes_check_and_in_place_with_a_note(runner, folder):
    (folder / "b.txt").write_bytes(b"")
    check = runner.invoke(app, ["check", str(folder)])
    assert check.exit_code == 0, check.output
    assert "b.txt: empty: nothing to clean" in check.stderr
    fix = runner.invoke(app, ["clean", str(folder), "--in-place", "--fail-on-change"])
    assert fix.exit_code == 0, fix.output
    assert (folder / "b.txt").read_bytes() == b""


def test_an_empty_file_is_still_skipped_by_a_run_to_another_folder(runner, folder, tmp_path):
    (folder / "b.txt").write_bytes(b"")
    result = runner.invoke(app, ["clean", str(folder), "-o", str(tmp_path / "out"), "-q"])
    assert result.exit_code == 3 and "b.txt: skipped: empty file" in result.stderr


def test_a_whitespace_only_file_is_emptied_in_place(runner, folder):
    (folder / "b.txt").write_bytes(b"  \n\n\t\n")
    check = runner.invoke(app, ["check", str(folder)])
    assert check.exit_code == 1 and "b.txt:1: " in check.stdout
    assert (folder / "b.txt").read_bytes() == b"  \n\n\t\n"
    assert runner.invoke(app, ["clean", str(folder), "--in-place", "-q", "--fail-on-change"]).exit_code == 1
    assert (folder / "b.txt").read_bytes() == b""
    assert runner.invoke(app, ["check", str(folder), "-q"]).exit_code == 0


def test_a_jsonl_file_of_duplicates_only_is_a_fixed_point(runner, folder):
    record = {"id": "x", "text": STORY}
    (folder / "a.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    (folder / "b.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    runner.invoke(app, ["clean", str(folder), "--in-place", "-q"])
    assert (folder / "b.jsonl").read_bytes() == b""
    assert runner.invoke(app, ["check", str(folder), "-q"]).exit_code == 0
    after = _state(folder)
    assert runner.invoke(app, ["clean", str(folder), "--in-place", "-q", "--fail-on-change"]).exit_code == 0
    assert _state(folder) == after


def _git(cwd: Path, *args: str) -> None:
    env = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t", "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@t"}
    import os

    subprocess.run(["git", *args], cwd=cwd, env={**os.environ, **env}, check=True, capture_output=True)


@pytest.mark.skipif(shutil.which("git") is None, reason="the hook reads the corpus through git")
def test_the_fix_hook_agrees_a_staged_duplicate_pair_passes_on_the_second_commit(folder, monkeypatch, capsys):
    from cleaner.hook import check_main, fix_main

    _git(folder, "init", "-q")
    monkeypatch.chdir(folder)
    _git(folder, "add", "-A")
    assert fix_main(["a.txt", "b.txt", "c.txt"]) == 1
    assert (folder / "b.txt").read_bytes() == b""
    _git(folder, "add", "-A")
    assert fix_main(["a.txt", "b.txt", "c.txt"]) == 0
    assert check_main(["a.txt", "b.txt", "c.txt"]) == 0
    _git(folder, "commit", "-qm", "corpus")
    assert check_main(["b.txt"]) == 0  # the committed empty file, against the corpus memory
