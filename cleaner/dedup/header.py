"""The header of a dedup index: the parameters it was built with, checked when it is opened.

An index holds keys and bands computed with one set of parameters (shingle size, permutations,
bands, seed) and one format; opened with others it would answer wrongly without a word, so it
refuses, with what the configuration wants. A database that holds other tables is another
program's file, named by mistake: refused before a byte is written.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Mapping

from ..errors import DedupIndexError
from ..io.names import display_name

# 4: a block cut short on an ellipsis (a teaser's lead) has no bands nor shingles: an index of
# format 3 holds them, and its teasers would still remove the complete sentences of later runs.
# 3: band rows hold the high 24 bits of the block key (`bands.high`), not the key.
# 2: dedup tokens keep their combining marks (cleaner/words.py): an index of format 1 holds
# other keys for texts with marks (Devanagari, Bengali, Arabic harakat...), so it is refused.
FORMAT_VERSION = "4"


def refuse_foreign(db: sqlite3.Connection, path: Path | None) -> None:
    """Refuse, before writing a byte, a database that holds tables but no index header:
    another program's, named by mistake (the run added its tables to it)."""
    tables = sorted(row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'"))
    if tables and "meta" not in tables:
        db.close()
        shown = ", ".join(tables[:5]) + (", ..." if len(tables) > 5 else "")
        raise DedupIndexError(f"{_named(path)}: not a cleaner dedup index (it holds other tables: {shown}); name a new file")


def inspect_only(db: sqlite3.Connection, path: Path | None) -> None:
    """Opened read-only; refuse a database that holds no index header."""
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "meta" not in tables or not db.execute("SELECT COUNT(*) FROM meta").fetchone()[0]:
        raise DedupIndexError(f"{_named(path)}: not a cleaner dedup index (no header)")


def check_header(db: sqlite3.Connection, path: Path | None, params: dict[str, str]) -> None:
    """Write the header of a new index, or refuse one built with other parameters."""
    wanted = {"version": FORMAT_VERSION, **params}
    stored = dict(db.execute("SELECT name, value FROM meta").fetchall())
    if not stored:
        db.executemany("INSERT INTO meta VALUES (?, ?)", sorted(wanted.items()))
        db.execute("COMMIT")
        return
    db.execute("COMMIT")
    if stored.get("version") != FORMAT_VERSION:
        raise DedupIndexError(
            f"{_named(path)}: index of format {stored.get('version')!r}, this cleaner reads format "
            f"{FORMAT_VERSION!r}; rebuild it (`cleaner index build`) or use a new index file"
        )
    diffs = [f"{k}={stored.get(k)!r} in the index, {v!r} now" for k, v in header_differences(stored, params).items()]
    if diffs:
        raise DedupIndexError(
            f"{_named(path)}: index built with other dedup parameters ({'; '.join(diffs)}); "
            "use the same configuration or a new index file"
        )


def header_differences(stored: Mapping[str, str], params: Mapping[str, str]) -> dict[str, str]:
    """The header values, by name and in name order, that an index whose header is `stored`
    lacks to be opened with `params` (empty: usable)."""
    wanted = {"version": FORMAT_VERSION, **params}
    return {k: v for k, v in sorted(wanted.items()) if stored.get(k) != v}


def wanted_values(differences: Mapping[str, str]) -> str:
    """`header_differences` as the user reads them: "num_perm=64, rows=4"."""
    return ", ".join(f"{k}={v}" for k, v in differences.items())


def _named(path: Path | None) -> str:
    """The index as messages name it (`display_name`; an in-memory one has no path)."""
    return "the in-memory index" if path is None else display_name(path)
