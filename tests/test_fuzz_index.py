"""An --index that names another program's SQLite database is refused, not written into.

Found by fuzzing the index argument: a database holding other tables and no cleaner header was
taken for a new index, and the run added its nine tables to it (exit 0).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from cleaner.config import Config
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
