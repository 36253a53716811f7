"""An --index that names another program's SQLite database is refused, not written into.

Found by fuzzing the index argument: a database holding other tables and no cleaner header was
taken for a new index, and the run added its nine tables to it (exit 0).
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from cleaner.config import Config
from cleaner.dedup.store import IndexStore
from cleaner.errors import DedupIndexError
from cleaner.pipeline import clean_corpus
from cleaner.run import RunOptions, run

TEXT = "Council approves budget\nThe council approved the new budget on Tuesday after a long debate that lasted until midnight.\n"


def _foreign(path: Path) -> bytes:
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY, total REAL)")
    db.execute("INSERT INTO orders VALUES (1, 9.5)")
    db.commit()
    db.close()
    return path.read_bytes()


def test_a_foreign_database_is_refused_and_left_as_it_was(tmp_path):
    index = tmp_path / "shop.sqlite"
    before = _foreign(index)
    source = tmp_path / "in" / "a.txt"
    source.parent.mkdir()
    source.write_text(TEXT, encoding="utf-8")
    with pytest.raises(DedupIndexError, match="not a cleaner dedup index"):
        run([source], Config(), RunOptions(output=tmp_path / "out", index=index))
    assert index.read_bytes() == before
    assert not (tmp_path / "out").exists()


def test_an_empty_file_or_a_new_path_is_a_new_index(tmp_path):
    (tmp_path / "empty.sqlite").write_bytes(b"")
    for name in ("empty.sqlite", "new.sqlite"):
        (result,) = clean_corpus([("a", TEXT)], index_path=tmp_path / name)
        assert result.text
        (again,) = clean_corpus([("b", TEXT)], index_path=tmp_path / name)
        assert again.duplicate_of == "a"


# An index that cannot be written: found by benchmarks/fuzz_index.py. A read-only index file made
# every document "could not be cleaned (OperationalError: attempt to write a readonly database)"
# and a full disk stopped the run with a traceback from SQLite's COMMIT.

RECORDS = "".join(
    json.dumps({"id": f"r{n}", "text": f"Story {n}: the ferry to island {n} returns in spring after {n + 3} weeks of repairs, the harbour office said on Monday.\n"}) + "\n"
    for n in range(300)
)


def _corpus(tmp_path: Path) -> Path:
    source = tmp_path / "in" / "c.jsonl"
    source.parent.mkdir()
    source.write_text(RECORDS, encoding="utf-8")
    return source


@pytest.mark.skipif(os.geteuid() != 0 or shutil.which("setpriv") is None, reason="needs root without capabilities (setpriv)")
def test_a_read_only_index_is_refused_before_anything_is_written(tmp_path):
    source = _corpus(tmp_path)
    index = tmp_path / "index.sqlite"
    run([source], Config(), RunOptions(check=True, index=index))
    index.chmod(0o444)
    out = tmp_path / "out.jsonl"
    command = ["setpriv", "--bounding-set", "-all", "--", sys.executable, "-m", "cleaner", "clean", str(source), "--index", str(index), "-o", str(out), "-q"]
    result = subprocess.run(command, capture_output=True, text=True, cwd=Path(__file__).resolve().parents[1])
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "cannot write the dedup index" in result.stderr and result.stderr.count("\n") <= 2
    assert not out.exists()


def test_a_full_disk_under_the_index_stops_the_run_with_a_message(tmp_path, monkeypatch):
    source = _corpus(tmp_path)
    index = tmp_path / "index.sqlite"
    configure = IndexStore._configure

    def small_disk(self, persistent):  # SQLite's own "database or disk is full" (SQLITE_FULL)
        configure(self, persistent)
        pages = self._db.execute("PRAGMA page_count").fetchone()[0]
        self._db.execute(f"PRAGMA max_page_count = {pages + 3}")

    monkeypatch.setattr(IndexStore, "_configure", small_disk)
    before = source.read_bytes()
    with pytest.raises(DedupIndexError, match="cannot write the dedup index"):
        run([source], Config(), RunOptions(output=tmp_path / "out.jsonl", index=index))
    assert source.read_bytes() == before and not (tmp_path / "out.jsonl").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


# A disk that fills at the index's commit, not while rows are added: the commit came when the run
# closed, after every input had been rewritten in place (found on a 400 KB tmpfs: exit 2 and the
# file rewritten). The index now commits before each output replaces its file.


def _full_at_commit(monkeypatch) -> None:
    commit = IndexStore.commit

    def full(self):  # as SQLite does on SQLITE_FULL: the transaction is rolled back
        if self._in_transaction:
            self._db.execute("ROLLBACK")
            self._in_transaction = False
            raise DedupIndexError(f"{self.path}: cannot write the dedup index: database or disk is full")
        commit(self)

    monkeypatch.setattr(IndexStore, "commit", full)


def test_a_disk_full_at_the_index_commit_leaves_the_file_in_place_untouched(tmp_path, monkeypatch):
    source = tmp_path / "in" / "a.txt"
    source.parent.mkdir()
    source.write_text("Share on Facebook\n" + TEXT, encoding="utf-8")
    before = source.read_bytes()
    _full_at_commit(monkeypatch)
    with pytest.raises(DedupIndexError, match="disk is full"):
        run([source.parent], Config(), RunOptions(in_place=True, index=tmp_path / "index.sqlite"))
    assert source.read_bytes() == before
    assert [p.name for p in source.parent.iterdir()] == ["a.txt"]  # no temporary file left


def test_files_finished_before_the_disk_filled_are_written_and_indexed(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Share on Facebook\n" + TEXT, encoding="utf-8")
    (folder / "b.txt").write_text("Share on Facebook\nFerry returns\nThe ferry returns in spring after six weeks of repairs, the harbour office said.\n", encoding="utf-8")
    index = tmp_path / "index.sqlite"
    commit, calls = IndexStore.commit, []

    def full_the_second_time(self):
        if self._in_transaction:
            calls.append(1)
            if len(calls) == 2:
                raise DedupIndexError(f"{self.path}: cannot write the dedup index: database or disk is full")
        commit(self)

    monkeypatch.setattr(IndexStore, "commit", full_the_second_time)
    with pytest.raises(DedupIndexError):
        run([folder], Config(), RunOptions(in_place=True, index=index))
    assert (folder / "a.txt").read_text(encoding="utf-8") == TEXT.replace("\n", "\n\n", 1)
    assert (folder / "b.txt").read_text(encoding="utf-8").startswith("Share on Facebook")
    monkeypatch.setattr(IndexStore, "commit", commit)
    store = IndexStore(index, None)  # a's text is committed with a's output (b's may be too: read ahead)
    assert store.stats()["docs"] >= 1
    store.close()


def test_an_index_made_on_a_full_disk_is_not_left_half_made(tmp_path, monkeypatch):
    """Its header could not be written: the file left behind was "not a cleaner dedup index (no
    header)" for every later run, once the disk had room again."""
    import cleaner.dedup.store as store_module

    def full(*args):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(store_module, "check_header", full)
    index = tmp_path / "index.sqlite"
    with pytest.raises(DedupIndexError, match="disk is full"):
        run([_corpus(tmp_path)], Config(), RunOptions(check=True, index=index))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]
