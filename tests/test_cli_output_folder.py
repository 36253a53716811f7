"""An output folder that cannot be written is the command's fault, not the inputs': refused
before anything is read (exit 2, one line), as an unwritable report or index is, instead of
every input being cleaned for nothing and named as skipped (exit 3)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from cleaner.cli import app
from cleaner.errors import OutputError
from cleaner.io.targets import check_writable

TEXT = "Une première phrase assez longue pour rester dans le texte propre.\n\nUne seconde phrase, elle aussi gardée telle quelle.\n"


@pytest.fixture()
def inputs(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    root.mkdir()
    (root / "a.txt").write_text(TEXT, encoding="utf-8")
    return root


def _read_only_here(monkeypatch, folder: Path) -> None:
    """`folder` as a read-only file system shows it (the tests run as root, whom a mode 0555
    folder does not stop, so the check's two system calls are given that answer)."""
    real_access, real_statvfs = os.access, os.statvfs

    class _ReadOnly:
        def __init__(self, path):
            self.f_flag = real_statvfs(path).f_flag | os.ST_RDONLY

    monkeypatch.setattr("cleaner.io.targets.os.access", lambda p, mode: False if Path(p) == folder else real_access(p, mode))
    monkeypatch.setattr("cleaner.io.targets.os.statvfs", lambda p: _ReadOnly(p) if Path(p) == folder else real_statvfs(p))


def test_a_read_only_output_folder_is_refused_before_anything_is_read(runner, inputs, tmp_path, monkeypatch):
    frozen = tmp_path / "frozen"
    frozen.mkdir()
    _read_only_here(monkeypatch, frozen)
    result = runner.invoke(app, ["clean", str(inputs), "-o", str(frozen / "out"), "--quiet"])
    assert result.exit_code == 2, result.output
    assert f"the output folder {frozen / 'out'} cannot be written (read-only file system): nothing was read" in result.stderr
    assert "skipped" not in result.stderr and not (frozen / "out").exists()


def test_a_file_where_the_output_folder_should_be_is_refused(runner, inputs, tmp_path):
    (tmp_path / "notes").write_text("x", encoding="utf-8")
    result = runner.invoke(app, ["clean", str(inputs / "a.txt"), "-o", str(tmp_path / "notes" / "out.txt"), "--quiet"])
    assert result.exit_code == 2 and f"{tmp_path / 'notes'} is not a folder" in result.stderr


def test_writable_folders_pass_and_are_not_made(tmp_path):
    check_writable([tmp_path / "new" / "deep" / "x.txt", tmp_path / "y.txt"])
    assert not (tmp_path / "new").exists()  # made only when an output is written there


def test_each_unwritable_folder_is_named(tmp_path, monkeypatch):
    _read_only_here(monkeypatch, tmp_path / "b")
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    with pytest.raises(OutputError, match=r"output folder .*/b/sub cannot be written"):
        check_writable([tmp_path / "a" / "x.txt", tmp_path / "b" / "sub" / "y.txt"])
