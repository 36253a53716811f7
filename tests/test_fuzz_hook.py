"""The pre-commit entry points on corpus repositories holding odd files, called in-process.

Found by fuzzing the hook (benchmarks/fuzz_cli.py): a committed file whose name is not UTF-8
stopped the hook with a UnicodeEncodeError while the corpus memory was built (git's names were
decoded with surrogates, which SQLite cannot store).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from cleaner.hook import check_main, fix_main

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="the hook reads the corpus through git")

BODY = ("Council approves budget\n\nThe council approved the new budget on Tuesday after a long debate that lasted "
        "until midnight, the clerk said.\n")
OTHER = ("Ferry returns\n\nResidents will pay three percent more for water from April, the treasurer told reporters "
         "after the meeting.\n")
BAD_NAME = os.fsdecode(b"caf\xe9.txt")  # Latin-1 bytes: not UTF-8


def _git(cwd: Path, *args: str) -> None:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t", "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@t"}
    subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True)


@pytest.fixture
def corpus(tmp_path, monkeypatch) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    _git(root, "init", "-q")
    monkeypatch.chdir(root)
    return root


def test_a_committed_file_named_in_latin1_is_remembered_and_its_copy_flagged(corpus, capsys):
    (corpus / BAD_NAME).write_text(BODY, encoding="utf-8")
    _git(corpus, "add", "-A")
    _git(corpus, "commit", "-qm", "corpus")
    (corpus / "new.txt").write_text(OTHER + "\n" + BODY.split("\n\n")[1], encoding="utf-8")
    _git(corpus, "add", "new.txt")
    assert check_main(["new.txt"]) == 1
    out = capsys.readouterr().out
    assert "new.txt:5: duplicate (" in out
    assert check_main(["new.txt"]) == 1  # the memory is read again, not rebuilt into an error


def test_a_staged_latin1_name_is_checked_and_fixed(corpus, capsys):
    (corpus / "old.txt").write_text(OTHER, encoding="utf-8")
    _git(corpus, "add", "-A")
    _git(corpus, "commit", "-qm", "corpus")
    (corpus / BAD_NAME).write_text("Share on Facebook\n" + BODY, encoding="utf-8")
    _git(corpus, "add", "-A")
    assert check_main([BAD_NAME]) == 1
    assert "caf\\xe9.txt:1: boilerplate (" in capsys.readouterr().out
    assert fix_main([BAD_NAME]) == 1
    assert (corpus / BAD_NAME).read_text(encoding="utf-8") == BODY
    _git(corpus, "add", "-A")
    assert check_main([BAD_NAME]) == 0
    _git(corpus, "commit", "-qm", "fixed")
    assert check_main([BAD_NAME, "old.txt"]) == 0  # files identical to HEAD (pre-commit run --all-files)


def test_a_staged_file_named_with_a_leading_dash_is_a_file_not_an_option(corpus, capsys):
    """pre-commit passes the files after the options without `--`: argparse took `-notes.txt`
    for an unknown option and the hook stopped with a usage error (exit 2)."""
    (corpus / "-notes.txt").write_text("Share on Facebook\n" + BODY, encoding="utf-8")
    _git(corpus, "add", "-A")
    assert check_main(["--no-memory", "-notes.txt"]) == 1
    assert "-notes.txt:1: boilerplate (" in capsys.readouterr().out
    assert fix_main(["-notes.txt"]) == 1
    assert (corpus / "-notes.txt").read_text(encoding="utf-8") == BODY
    with pytest.raises(SystemExit) as usage:
        check_main(["--no-such-option", "-notes.txt"])  # an unknown option naming no file
    assert usage.value.code == 2


def test_a_name_with_a_newline_is_one_finding_line_and_matches_its_committed_self(corpus, capsys):
    """A newline in a file name split `path:line: reason` in two; it is shown as `\\n` (the
    committed name, from git, the same way: the unchanged file is not a copy of itself)."""
    name = "two\nlines.txt"
    (corpus / name).write_text(BODY, encoding="utf-8")
    (corpus / "other.txt").write_text(OTHER, encoding="utf-8")
    _git(corpus, "add", "-A")
    _git(corpus, "commit", "-qm", "corpus")
    assert check_main([name, "other.txt"]) == 0  # pre-commit run --all-files
    (corpus / "copy.txt").write_text(BODY, encoding="utf-8")
    _git(corpus, "add", "copy.txt")
    capsys.readouterr()
    assert check_main(["copy.txt"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "copy.txt:1: duplicate of two\\nlines.txt (dedup.document)"


def test_staged_renames_deletions_spaces_and_a_submodule(corpus, tmp_path, capsys):
    """A renamed file is not a copy of its old path, a deleted file's text may be staged again
    elsewhere, a path with spaces is one path, and a submodule (a commit in the tree, a folder
    on disk) is neither read nor an error."""
    (corpus / "old name.txt").write_text(BODY, encoding="utf-8")
    (corpus / "gone.txt").write_text(OTHER, encoding="utf-8")
    _git(corpus, "add", "-A")
    _git(corpus, "commit", "-qm", "corpus")
    sub = tmp_path / "sub"
    sub.mkdir()
    _git(sub, "init", "-q")
    (sub / "inside.txt").write_text(BODY, encoding="utf-8")
    _git(sub, "add", "-A")
    _git(sub, "commit", "-qm", "sub")
    _git(corpus, "-c", "protocol.file.allow=always", "submodule", "add", "-q", str(sub), "vendor")
    _git(corpus, "commit", "-qm", "submodule")
    _git(corpus, "mv", "old name.txt", "new name.txt")
    _git(corpus, "rm", "-q", "gone.txt")
    (corpus / "back again.txt").write_text(OTHER, encoding="utf-8")
    _git(corpus, "add", "-A")
    assert check_main(["new name.txt", "back again.txt", "vendor"]) == 0, capsys.readouterr().out
    assert fix_main(["new name.txt", "back again.txt"]) == 0
    assert (corpus / "new name.txt").read_text(encoding="utf-8") == BODY
