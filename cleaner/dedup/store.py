"""The dedup memory: one SQLite database, on disk (persistent index) or in memory (one run).

Tables
- `meta`: the parameters the keys and signatures depend on; a mismatch is refused on open.
- `docs`: indexed documents (name, source, length).
- `seen`: one row per distinct normalised text (sentence, paragraph or near-dup block), keyed by
  its 64-bit exact key: where it was first seen and in how many documents of the same source /
  of other sources it occurred since (what the template and boilerplate policies count).
- `bands`: LSH band key -> the high 24 bits of a block key, for near-duplicate candidates. Band
  rows are most of an index (ten per block): a 3-byte prefix instead of the 8-byte key makes a
  row 10 bytes of payload instead of 15. The prefix is resolved on `shingles` (whose rowid is
  the key) by one range look-up; the other blocks sharing it (blocks / 1.7e7 of them: none on
  10^5 blocks, one on 1.7e7) are spurious candidates that the similarity check turns away.
- `shingles`: the block's sorted shingle hashes, so candidates get a true similarity check.
- `bumps`: which document raised which `seen` count, so dropping a document gives its counts
  back (a document indexed again, or a file of a corpus repository that changed).
- `files` (and `docs.file`): the committed file and git blob each document was built from; only
  the corpus memory of the pre-commit hook fills them (`cleaner.dedup.memory`).

Dropping a document removes the rows it owns and the counts it raised. Two things stay
approximate: band rows of dropped blocks are left behind (lookups ignore band hits without a
`seen` row), and a text that other documents had repeated starts counting again from its next
owner, so those earlier repeats are no longer counted.

Concurrency and crashes are SQLite's: WAL journal, `BEGIN IMMEDIATE` transactions and a busy
timeout. A killed writer leaves the last committed state; nothing half-written is ever visible.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping

import numpy as np

from ..errors import DedupIndexError
from ..io.names import display_name
from .connection import BUSY_SECONDS, IndexConnection, refuse_read_only, switch_to_wal
from .header import check_header, inspect_only, refuse_foreign

_CHUNK = 500
_PREFIX_SHIFT = 40  # a block key's top 24 bits: a 3-byte SQLite integer
_LOW_BITS = (1 << _PREFIX_SHIFT) - 1
_CACHE_KIB = 64 * 1024
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS docs (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,
    source TEXT NOT NULL, length INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS seen (key INTEGER PRIMARY KEY, doc INTEGER NOT NULL,
    start INTEGER NOT NULL, end INTEGER NOT NULL, same_docs INTEGER NOT NULL,
    other_docs INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS bands (band INTEGER NOT NULL, high INTEGER NOT NULL,
    PRIMARY KEY (band, high)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS shingles (key INTEGER PRIMARY KEY, data BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS bumps (doc INTEGER NOT NULL, key INTEGER NOT NULL,
    other INTEGER NOT NULL, PRIMARY KEY (doc, key)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS seen_doc ON seen (doc);
CREATE INDEX IF NOT EXISTS docs_source ON docs (source);
CREATE INDEX IF NOT EXISTS bumps_key ON bumps (key);
"""
# Created by the corpus memory only: plain `--index` runs never pay for these.
_FILE_SCHEMA = """
CREATE TABLE IF NOT EXISTS files (name TEXT PRIMARY KEY, blob TEXT NOT NULL) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS docs_file ON docs (file);
"""


@dataclass(frozen=True, slots=True)
class Seen:
    """What the index remembers of one normalised text."""

    doc: str
    source: str
    start: int
    end: int
    same_docs: int
    other_docs: int
    doc_length: int


def _why(path: Path | None, exc: sqlite3.DatabaseError) -> str:
    """SQLite's reason, or the plainer one it hides behind "unable to open database file": a
    folder given as the index, a folder that cannot be written or does not exist."""
    if path is None or "unable to open" not in str(exc):
        return str(exc)
    if path.is_dir():
        return "it is a folder (name a file)"
    folder = path.parent
    if not folder.is_dir():
        return f"its folder {folder} does not exist"
    if not path.exists() and not os.access(folder, os.W_OK | os.X_OK):
        return f"its folder {folder} cannot be written (a new index is made there)"
    return str(exc)


def _remove(path: Path) -> None:
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        try:
            leftover.unlink(missing_ok=True)
        except OSError:
            pass


class IndexStore:
    """Lookups and inserts used by the deduplicator; `path=None` keeps everything in memory."""

    def __init__(self, path: Path | None, params: Mapping[str, str] | None):
        """`params` None: open an existing index only to inspect it (`cleaner index stats` shows
        the parameters of an index that another configuration would refuse)."""
        self.path = path
        target = ":memory:" if path is None else str(path)
        made = path is not None and params is not None and not path.exists()
        try:
            if params is None and path is not None:
                self._db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
                inspect_only(self._db, self.path)
            else:
                self._db = sqlite3.connect(target, isolation_level=None, timeout=BUSY_SECONDS)
                self._configure(persistent=path is not None)
                check_header(self._db, self.path, dict(params or {}))
        except sqlite3.DatabaseError as exc:
            if made:  # half made (a full disk before its header): a file every later run refused
                getattr(self, "_db", sqlite3.connect(":memory:")).close()
                _remove(path)  # type: ignore[arg-type]
            raise DedupIndexError(f"{display_name(target)}: cannot open the dedup index: {_why(path, exc)}") from None
        if params is not None and path is not None:
            refuse_read_only(self._db, path)
        self._db = IndexConnection(self._db, path)
        self._in_transaction = False
        self._fetched: dict[int, bytes] = {}  # shingles read while resolving candidates

    def _configure(self, persistent: bool) -> None:
        db = self._db
        if persistent:
            refuse_foreign(self._db, self.path)
            db.execute(f"PRAGMA busy_timeout = {int(BUSY_SECONDS * 1000)}")
            switch_to_wal(db)
            db.execute("PRAGMA synchronous = NORMAL")
            # Band and key inserts land at random places of large B-trees: with SQLite's default
            # 2 MB page cache every batch re-read pages from the OS (a fifth of an index build's
            # CPU was system time); 64 MB keeps them, and is a cap, not an allocation.
            db.execute(f"PRAGMA cache_size = -{_CACHE_KIB}")
        else:
            db.execute("PRAGMA journal_mode = OFF")
            db.execute("PRAGMA synchronous = OFF")
        db.execute("BEGIN IMMEDIATE")
        for statement in filter(str.strip, _SCHEMA.split(";")):
            db.execute(statement)
        columns = {row[1] for row in db.execute("PRAGMA table_info(docs)")}
        if "file" not in columns:
            db.execute("ALTER TABLE docs ADD COLUMN file TEXT")

    # -- transactions -------------------------------------------------------------------------

    def begin(self) -> None:
        if not self._in_transaction:
            self._db.execute("BEGIN IMMEDIATE")
            self._in_transaction = True

    def commit(self) -> None:
        if self._in_transaction and not self._db.failed:  # SQLite rolled a failed one back
            self._db.execute("COMMIT")
        self._in_transaction = False

    def close(self) -> None:
        try:
            self.commit()
        finally:
            self._db.close()

    # -- lookups ------------------------------------------------------------------------------

    def lookup(self, keys: Iterable[int]) -> dict[int, Seen]:
        """Known texts among `keys`."""
        found: dict[int, Seen] = {}
        for chunk in _chunks(sorted(set(keys))):
            rows = self._db.execute(
                "SELECT s.key, d.name, d.source, s.start, s.end, s.same_docs, s.other_docs, d.length "
                f"FROM seen s JOIN docs d ON d.id = s.doc WHERE s.key IN ({_marks(chunk)})",
                chunk,
            )
            for key, *rest in rows:
                found[key] = Seen(*rest)
        return found

    def source_docs(self, source: str) -> int:
        """How many documents of `source` the index holds."""
        return int(self._db.execute("SELECT COUNT(*) FROM docs WHERE source = ?", (source,)).fetchone()[0])

    def sources_of(self, key: int) -> set[str]:
        """The sources of the documents that hold a known text: its first copy's, and those of
        the documents that repeated it (`bumps`), whether or not they kept their copy."""
        rows = self._db.execute(
            "SELECT d.source FROM seen s JOIN docs d ON d.id = s.doc WHERE s.key = ? "
            "UNION SELECT d.source FROM bumps b JOIN docs d ON d.id = b.doc WHERE b.key = ?",
            (key, key),
        )
        return {source for (source,) in rows}

    def candidates(self, bands: Iterable[int]) -> dict[int, list[int]]:
        """Block keys filed under each of these band keys (in key order)."""
        if isinstance(bands, np.ndarray):  # the corpus step's array: SQLite binds Python ints
            bands = bands.tolist()
        highs: dict[int, list[int]] = {}
        for chunk in _chunks(sorted(set(bands))):
            rows = self._db.execute(f"SELECT band, high FROM bands WHERE band IN ({_marks(chunk)})", chunk)
            for band, high in rows:
                highs.setdefault(band, []).append(high)
        keys_of = self._resolve({high for found in highs.values() for high in found})
        found = {band: sorted(k for high in prefixes for k in keys_of.get(high, ())) for band, prefixes in highs.items()}
        return {band: keys for band, keys in found.items() if keys}

    def _resolve(self, highs: set[int]) -> dict[int, list[int]]:
        """The block keys starting with each of these 24-bit prefixes; their shingles are kept
        for the `shingles` call that follows a candidate look-up."""
        self._fetched = {}
        keys_of: dict[int, list[int]] = {}
        for high in sorted(highs):
            low = high << _PREFIX_SHIFT
            for key, data in self._db.execute("SELECT key, data FROM shingles WHERE key BETWEEN ? AND ?", (low, low | _LOW_BITS)):
                keys_of.setdefault(high, []).append(key)
                self._fetched[key] = data
        return keys_of

    def shingles(self, keys: Iterable[int]) -> dict[int, np.ndarray]:
        found: dict[int, np.ndarray] = {}
        missing = []
        for key in keys:
            data = self._fetched.get(key)
            if data is None:
                missing.append(key)
            else:
                found[key] = np.frombuffer(data, dtype="<u4")
        for chunk in _chunks(sorted(set(missing))):
            rows = self._db.execute(f"SELECT key, data FROM shingles WHERE key IN ({_marks(chunk)})", chunk)
            for key, data in rows:
                found[key] = np.frombuffer(data, dtype="<u4")
        return found

    # -- updates ------------------------------------------------------------------------------

    def add_document(self, name: str, source: str, length: int) -> int:
        """The row of document `name`; one indexed before is emptied first, so this run's text
        replaces it and a document never matches its own earlier version."""
        cursor = self._db.execute(
            "INSERT OR IGNORE INTO docs (name, source, length) VALUES (?, ?, ?)", (name, source, length)
        )
        if cursor.rowcount == 1:
            return int(cursor.lastrowid)
        doc_id, file = self._db.execute("SELECT id, file FROM docs WHERE name = ?", (name,)).fetchone()
        self._empty_document(int(doc_id))
        if file is not None:
            self._db.execute("DELETE FROM files WHERE name = ?", (file,))  # no longer as committed
        self._db.execute("UPDATE docs SET source = ?, length = ?, file = NULL WHERE id = ?", (source, length, doc_id))
        return int(doc_id)

    def record(self, doc_id: int, spans: Iterable[tuple[int, int, int]], same: Iterable[int], other: Iterable[int]) -> None:
        """Insert new texts (key, start, end) first seen in `doc_id`; count repeats of known ones."""
        db = self._db
        db.executemany("INSERT OR IGNORE INTO seen VALUES (?, ?, ?, ?, 1, 0)", ((k, doc_id, s, e) for k, s, e in spans))
        for column, keys, flag in (("same_docs", same, 0), ("other_docs", other, 1)):
            rows = [(doc_id, k, flag) for k in keys]
            cursor = db.executemany("INSERT OR IGNORE INTO bumps VALUES (?, ?, ?)", rows)
            if cursor.rowcount == len(rows):
                db.executemany(f"UPDATE seen SET {column} = {column} + 1 WHERE key = ?", ((k,) for _, k, _ in rows))
            else:  # a repeat already counted for this document: count each (doc, key) once
                for row in rows:
                    if db.execute("INSERT OR IGNORE INTO bumps VALUES (?, ?, ?)", row).rowcount:
                        db.execute(f"UPDATE seen SET {column} = {column} + 1 WHERE key = ?", (row[1],))

    # -- forgetting documents (corpus memory) ---------------------------------------------------

    def drop_documents(self, doc_ids: Iterable[int]) -> None:
        """Forget documents: the texts they own, the counts they raised, their rows."""
        for doc_id in doc_ids:
            self._empty_document(doc_id)
            self._db.execute("DELETE FROM docs WHERE id = ?", (doc_id,))

    def _empty_document(self, doc_id: int) -> None:
        db = self._db
        for column, flag in (("same_docs", 0), ("other_docs", 1)):
            db.execute(
                f"UPDATE seen SET {column} = {column} - 1 WHERE key IN "
                "(SELECT key FROM bumps WHERE doc = ? AND other = ?)",
                (doc_id, flag),
            )
        db.execute("DELETE FROM bumps WHERE doc = ?", (doc_id,))
        owned = "(SELECT key FROM seen WHERE doc = ?)"
        db.execute(f"DELETE FROM shingles WHERE key IN {owned}", (doc_id,))
        db.execute(f"DELETE FROM bumps WHERE key IN {owned}", (doc_id,))
        db.execute("DELETE FROM seen WHERE doc = ?", (doc_id,))

    # -- committed files (corpus memory) ---------------------------------------------------------

    def track_files(self) -> None:
        """Create the file ledger and the indexes that make dropping a document cheap."""
        self.begin()
        for statement in filter(str.strip, _FILE_SCHEMA.split(";")):
            self._db.execute(statement)
        self.commit()

    def recorded_files(self) -> dict[str, str]:
        """{file name: git blob id} of the files whose documents are indexed as committed."""
        return dict(self._db.execute("SELECT name, blob FROM files"))

    def file_blob(self, name: str) -> str | None:
        row = self._db.execute("SELECT blob FROM files WHERE name = ?", (name,)).fetchone()
        return None if row is None else str(row[0])

    def documents_of(self, file: str | None) -> list[int]:
        """Ids of the documents built from `file`; `None`: the ones no committed file owns."""
        if file is None:
            rows = self._db.execute("SELECT id FROM docs WHERE file IS NULL ORDER BY id")
        else:
            rows = self._db.execute("SELECT id FROM docs WHERE file = ? ORDER BY id", (file,))
        return [int(row[0]) for row in rows]

    def forget_file(self, name: str) -> None:
        self.drop_documents(self.documents_of(name))
        self._db.execute("DELETE FROM files WHERE name = ?", (name,))

    def adopt_file(self, name: str, blob: str) -> None:
        """Mark the unowned documents of file `name` (`name`, `name#record`) as built from
        committed `name` at `blob`: a hook run cleaned a file identical to HEAD's."""
        self._db.execute(
            "UPDATE docs SET file = ? WHERE file IS NULL AND (name = ? OR (name >= ? AND name < ?))",
            (name, name, name + "#", name + "$"),
        )
        self._db.execute("INSERT OR REPLACE INTO files VALUES (?, ?)", (name, blob))

    def claim_file(self, name: str, blob: str, doc_names: list[str]) -> None:
        """Mark these documents as built from committed `name` at `blob`."""
        for chunk in _chunks_of(doc_names):
            self._db.execute(
                f"UPDATE docs SET file = ? WHERE file IS NULL AND name IN ({_marks(chunk)})", (name, *chunk)
            )
        self._db.execute("INSERT OR REPLACE INTO files VALUES (?, ?)", (name, blob))

    def add_blocks(self, blocks: Iterable[tuple[int, Iterable[int], np.ndarray]]) -> None:
        """File near-dup blocks: (key, band keys, sorted unique shingle hashes)."""
        band_rows: list[tuple[int, int]] = []
        shingle_rows: list[tuple[int, bytes]] = []
        for key, bands, shingles in blocks:
            band_rows.extend((int(b), key >> _PREFIX_SHIFT) for b in bands)
            shingle_rows.append((key, shingles.astype("<u4").tobytes()))
        band_rows.sort()  # in key order: each B-tree page is visited once per batch
        shingle_rows.sort(key=lambda row: row[0])
        self._db.executemany("INSERT OR IGNORE INTO bands VALUES (?, ?)", band_rows)
        self._db.executemany("INSERT OR IGNORE INTO shingles VALUES (?, ?)", shingle_rows)

    def stats(self) -> dict[str, int]:
        counts = {
            table: int(self._db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])
            for table in ("docs", "seen", "bands", "shingles")
        }
        page_size = int(self._db.execute("PRAGMA page_size").fetchone()[0])
        pages = int(self._db.execute("PRAGMA page_count").fetchone()[0])
        counts["bytes"] = page_size * pages
        return counts

    def params(self) -> dict[str, str]:
        return dict(self._db.execute("SELECT name, value FROM meta").fetchall())


def _chunks(items: list[int]) -> Iterable[list[int]]:
    for i in range(0, len(items), _CHUNK):
        yield items[i : i + _CHUNK]


def _chunks_of(items: list[str]) -> Iterable[list[str]]:
    unique = sorted(set(items))
    for i in range(0, len(unique), _CHUNK):
        yield unique[i : i + _CHUNK]


def _marks(chunk: list) -> str:
    return ",".join("?" * len(chunk))
