"""A SQLite file in a temporary folder of its own, deleted on close.

Run-long state that grows with the corpus (documents spooled out of order, the report's duplicate
links) goes on disk here instead of into memory.
"""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path


class ScratchDatabase:
    """`execute` as on a connection; `close` removes the file and its folder."""

    def __init__(self, prefix: str, schema: str):
        self._folder = tempfile.TemporaryDirectory(prefix=prefix)
        self._db = sqlite3.connect(Path(self._folder.name) / "scratch.sqlite")
        self._db.executescript(schema)

    def execute(self, sql: str, params: tuple = ()) -> sqlite3.Cursor:
        return self._db.execute(sql, params)

    def close(self) -> None:
        self._db.close()
        self._folder.cleanup()
