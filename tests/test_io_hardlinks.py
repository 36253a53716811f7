"""`--in-place` keeps a hard-linked file linked, and loses nothing when writing through it fails.

Replaced by a rename, a hard-linked input became two files: the name the run read got the clean
text, its other names kept the old one, and the next run found the cleaned name a duplicate of
the dirty one (`check` failed, a second `--in-place` emptied a file).
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest

from cleaner.config import Config
from cleaner.io import linkwrite
from cleaner.io.tempfiles import BACKUP_LEFT, BACKUP_SUFFIX, is_temp_name
from cleaner.run import EXIT_BAD_INPUT, RunOptions, run

PAGE = (
    "Accueil\n"
    "Le conseil vote le budget\n"
    "Le conseil municipal a voté mardi soir un budget en hausse de trois pour cent pour l'année prochaine.\n"
    "Partager sur Facebook\n"
)
CLEAN = "Le conseil vote le budget\n\nLe conseil municipal a voté mardi soir un budget en hausse de trois pour cent pour l'année prochaine.\n"


@pytest.fixture
def linked(tmp_path: Path) -> tuple[Path, Path, Path]:
    """a.txt and b.txt in the corpus, and a third name outside it, all one file."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    first = corpus / "a.txt"
    first.write_text(PAGE, encoding="utf-8")
    os.link(first, corpus / "b.txt")
    os.link(first, tmp_path / "elsewhere.txt")
    return corpus, first, tmp_path / "elsewhere.txt"


def _leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if is_temp_name(p.name)]


def test_in_place_writes_through_every_name_of_a_linked_file(linked):
    corpus, first, elsewhere = linked
    inode = first.stat().st_ino
    summary = run([corpus], Config(), RunOptions(in_place=True))
    assert summary.exit_code(False) == 0 and len(summary.changed) == 1
    assert first.stat().st_ino == inode and first.stat().st_nlink == 3
    assert first.read_text(encoding="utf-8") == CLEAN == elsewhere.read_text(encoding="utf-8")
    assert (corpus / "b.txt").read_text(encoding="utf-8") == CLEAN
    assert not run([corpus], Config(), RunOptions(check=True)).changed
    assert _leftovers(corpus) == []


def test_an_output_of_o_is_replaced_not_written_through(tmp_path, linked):
    corpus, _first, _elsewhere = linked
    out = tmp_path / "out"
    run([corpus], Config(), RunOptions(output=out))
    snapshot = tmp_path / "snapshot.txt"
    os.link(out / "a.txt", snapshot)  # `cp -al out snapshot`: the old output is kept aside
    (corpus / "a.txt").write_text(PAGE.replace("mardi", "lundi"), encoding="utf-8")
    run([corpus], Config(), RunOptions(output=out))
    assert snapshot.read_text(encoding="utf-8") == CLEAN
    assert "lundi" in (out / "a.txt").read_text(encoding="utf-8")


def test_a_failed_write_through_puts_the_bytes_back(linked, monkeypatch):
    corpus, first, elsewhere = linked
    real = linkwrite._overwrite
    calls = []

    def half_then_fail(dest, source):
        calls.append(1)
        if len(calls) == 1:
            dest.seek(0)
            dest.write(b"half")
            raise OSError(28, "No space left on device")
        real(dest, source)

    monkeypatch.setattr(linkwrite, "_overwrite", half_then_fail)
    summary = run([corpus], Config(), RunOptions(in_place=True))
    assert summary.exit_code(False) == EXIT_BAD_INPUT
    assert any("No space left on device" in p.reason for p in summary.problems)
    assert first.read_text(encoding="utf-8") == PAGE == elsewhere.read_text(encoding="utf-8")
    assert first.stat().st_nlink == 3 and _leftovers(corpus) == []


def test_when_the_bytes_cannot_be_put_back_they_stay_saved_and_named(linked, monkeypatch):
    corpus, first, _elsewhere = linked

    def broken(dest, source):
        dest.seek(0)
        dest.write(b"half")
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(linkwrite, "_overwrite", broken)
    summary = run([corpus], Config(), RunOptions(in_place=True))
    [problem] = summary.problems
    [saved] = [p for p in corpus.iterdir() if p.name.endswith(BACKUP_SUFFIX)]
    assert f"they are saved in {saved.as_posix()}" in problem.reason
    assert saved.read_text(encoding="utf-8") == PAGE
    monkeypatch.undo()
    # a later run (even one reading every name) neither reads nor removes the saved copy: it names it
    later = run([corpus], replace(Config(), include=("*",)), RunOptions(in_place=True))
    assert saved.read_text(encoding="utf-8") == PAGE
    assert any(note.text == BACKUP_LEFT and note.item == saved.as_posix() for note in later.notes)
    assert all(result.file != saved.as_posix() for result in later.files)


def test_a_file_with_one_name_is_still_replaced_atomically(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(PAGE, encoding="utf-8")
    inode = path.stat().st_ino
    run([path], Config(), RunOptions(in_place=True))
    assert path.read_text(encoding="utf-8") == CLEAN and path.stat().st_ino != inode
