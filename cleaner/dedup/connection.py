"""The index's SQLite connection: opened in WAL mode among other openers, refused when it cannot
be written, and its failures (a full disk) raised as `DedupIndexError`."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import Iterable

from ..errors import DedupIndexError
from ..io.names import display_name

BUSY_SECONDS = 60.0


def switch_to_wal(db: sqlite3.Connection) -> None:
    """Put a database in WAL mode, waiting as long as the busy timeout for other openers.

    Two processes opening a new index at once (two hook runs, two syncs) both read the new
    file, then both need its write lock to switch the journal: SQLite then answers one of them
    "database is locked" at once, not after the busy timeout (waiting could deadlock inside the
    statement), so a sync failed about once in 300 such openings. The statement is tried again
    until the other opener is done.
    """
    deadline = time.monotonic() + BUSY_SECONDS
    while True:
        try:
            db.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.01)


def refuse_read_only(db: sqlite3.Connection, path: Path) -> None:
    """A write the index would make anyway, on no row: SQLite opens a file it may not write
    read-only without a word, and every document then failed on its first insert."""
    try:
        db.execute("UPDATE meta SET value = value WHERE 0")
    except sqlite3.DatabaseError as exc:
        db.close()
        raise DedupIndexError(f"{display_name(path)}: cannot write the dedup index: {exc}") from None


class IndexConnection:
    """The index's connection once open. A statement that fails (a full disk, an index file
    deleted or locked away mid-run) is a `DedupIndexError` naming the index, which stops the
    run: it is no document's fault, and each document would fail the same way."""

    def __init__(self, db: sqlite3.Connection, path: Path | None):
        self._db = db
        self._path = path
        self.failed = False

    def execute(self, sql: str, params: Iterable = ()) -> sqlite3.Cursor:
        try:
            return self._db.execute(sql, params)
        except sqlite3.DatabaseError as exc:
            raise self._error(exc) from None

    def executemany(self, sql: str, rows: Iterable) -> sqlite3.Cursor:
        try:
            return self._db.executemany(sql, rows)
        except sqlite3.DatabaseError as exc:
            raise self._error(exc) from None

    def close(self) -> None:
        self._db.close()

    def _error(self, exc: sqlite3.DatabaseError) -> DedupIndexError:
        self.failed = True
        return DedupIndexError(f"{self._path or 'the in-memory index'}: cannot write the dedup index: {exc}")
