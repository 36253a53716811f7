"""Duplicate clusters for the report: each kept original with every copy that points to it.

Span records say, one removal at a time, what each copy duplicated; a reader who wants to see a
wire story's whole family (which documents carried it, how similar each copy was) would have to
group them. The report ends with that grouping: one `cluster` record per original that lost at
least one copy in the run. The links are kept in a temporary SQLite file while the run goes, so
a run with millions of duplicates holds none of them in memory.
"""

from __future__ import annotations

import json
from typing import Any, Iterator

from .scratch import ScratchDatabase

# (doc, start, end) of an original; start and end are None for a whole document.
Original = tuple[str, "int | None", "int | None"]


class ClusterLog:
    """Links from copies to their originals, in the order they were reported."""

    def __init__(self) -> None:
        self._db: ScratchDatabase | None = None  # made on the first link: most runs have none

    def add(self, original: Original, member: dict[str, Any]) -> None:
        db = self._open()
        db.execute("INSERT INTO link (doc, start, end, member) VALUES (?, ?, ?, ?)", (*original, json.dumps(member, ensure_ascii=False)))

    def records(self) -> Iterator[dict[str, Any]]:
        """One record per original, in the order its first copy was reported; members in order."""
        if self._db is None:
            return
        groups = self._db.execute(
            "SELECT doc, start, end, MIN(seq) AS first FROM link GROUP BY doc, start, end ORDER BY first"
        ).fetchall()
        for doc, start, end, _ in groups:
            members = [
                json.loads(row[0])
                for row in self._db.execute(
                    "SELECT member FROM link WHERE doc = ? AND start IS ? AND end IS ? ORDER BY seq", (doc, start, end)
                )
            ]
            original: dict[str, Any] = {"doc": doc}
            if start is not None:
                original.update(start=start, end=end)
            similarities = [m["similarity"] for m in members if "similarity" in m]
            record = {"kind": "cluster", "reason": "duplicate", "file": doc, "original": original, "size": len(members) + 1}
            if similarities:
                record["min_similarity"] = min(similarities)
            record["members"] = members
            yield record

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def _open(self) -> ScratchDatabase:
        if self._db is None:
            self._db = ScratchDatabase(
                "cleaner-clusters-",
                "CREATE TABLE link (seq INTEGER PRIMARY KEY AUTOINCREMENT, doc TEXT, start INTEGER, end INTEGER, member TEXT);"
                "CREATE INDEX link_original ON link (doc, start, end);",
            )
        return self._db
