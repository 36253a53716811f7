"""Meeting documents in the plan's order while writing them in input order (see dedup/plan.py).

A run that applies the plan reads its inputs up to three times: once to plan (lines hashed, no
rules), once more only if the plan moves documents (to spool the moved ones), then for cleaning.
The moved documents go through the cleaner where the plan puts them, marked by `MovedNext`;
their results wait in the spool until the input reaches their place (`MovedHere`). Both spools
are one SQLite file in a temporary folder, so memory never holds more than one document of them.
"""

from __future__ import annotations

import pickle
from dataclasses import dataclass
from typing import Callable, Iterator

from .dedup.config import DedupConfig
from .dedup.plan import PlanBuilder
from .dedup.processing_plan import ProcessingPlan
from .errors import InputError
from .io.textdates import LanguageGuesser
from .io.scratch import ScratchDatabase
from .types import Document


@dataclass(frozen=True, slots=True)
class MovedNext:
    """The next Document of the stream is the one at `position`, met before its place."""

    position: int


@dataclass(frozen=True, slots=True)
class MovedHere:
    """The place of the document at `position`, already cleaned earlier in the stream; `doc_id` is
    what the input holds there now (a file rewritten during the run must not get another text)."""

    position: int
    doc_id: str


class Spool:
    """Pickled values by (kind, position), on disk."""

    def __init__(self) -> None:
        self._db = ScratchDatabase(
            "cleaner-plan-", "CREATE TABLE spool (kind TEXT, position INTEGER, value BLOB, PRIMARY KEY (kind, position));"
        )

    def put(self, kind: str, position: int, value: object) -> None:
        self._db.execute("INSERT OR REPLACE INTO spool VALUES (?, ?, ?)", (kind, position, pickle.dumps(value, 5)))

    def take(self, kind: str, position: int) -> object | None:
        row = self._db.execute("SELECT value FROM spool WHERE kind = ? AND position = ?", (kind, position)).fetchone()
        if row is None:
            return None
        self._db.execute("DELETE FROM spool WHERE kind = ? AND position = ?", (kind, position))
        return pickle.loads(row[0])

    def close(self) -> None:
        self._db.close()


class PlannedRun:
    """The plan of one run and its spool: `items` for the cleaner, `in_input_order` for the writer."""

    def __init__(self, config: DedupConfig, on_plan: Callable[[ProcessingPlan], None] | None = None, guess: LanguageGuesser | None = None):
        """`on_plan` hears the plan as soon as it is built, before the first document is met;
        `guess`: the run's rule engine's language guess, for the dates pages state in their text."""
        self.config, self._guess = config, guess
        self.plan = ProcessingPlan()
        self._on_plan = on_plan
        self._spool: Spool | None = None

    @property
    def active(self) -> bool:
        config = self.config
        wanted = config.prefer_complete or bool(config.preferred_sources) or config.template_everywhere
        return config.enabled and config.across_documents and wanted

    def items(self, read: Callable[[bool], Iterator[object]]) -> Iterator[object]:
        """The stream to clean; `read(main)` reads the inputs afresh (`main` False: a planning
        read, whose problems must not be reported twice)."""
        if not self.active:
            yield from read(True)
            return
        builder = PlanBuilder(self.config, self._guess)
        for item in read(False):
            if isinstance(item, Document):
                builder.add(item)
        self.plan = builder.build()
        if self._on_plan is not None:
            self._on_plan(self.plan)
        if self.plan.identity:
            yield from read(True)
            return
        yield from self._moved_stream(read, builder.count)

    def _moved_stream(self, read: Callable[[bool], Iterator[object]], count: int) -> Iterator[object]:
        """The main read with the moved documents inserted where `ProcessingPlan.order` puts them
        (spooled by one more read first) and a `MovedHere` at each one's own place."""
        spool = self._spool = Spool()
        moved = self.plan.promoted()
        documents = (item for item in read(False) if isinstance(item, Document))
        for position, doc in enumerate(documents):
            if position in moved:
                spool.put("input", position, doc)
        order = iter(self.plan.order(count))
        met: set[int] = set()
        position = 0
        for item in read(True):
            if not isinstance(item, Document):
                yield item
                continue
            if position in met:
                yield MovedHere(position, item.id)
            else:
                for first in order:  # what the plan meets before this document: moved ones
                    if first == position:
                        break
                    doc = spool.take("input", first)
                    if doc is not None:
                        met.add(first)
                        yield MovedNext(first)
                        yield doc
                yield item
            position += 1

    def in_input_order(self, stream: Iterator[object]) -> Iterator[object]:
        """The cleaned stream with moved results back at their places."""
        waiting: int | None = None
        for item in stream:
            if isinstance(item, MovedNext):
                waiting = item.position
            elif waiting is not None and isinstance(item, (Document, InputError)):
                self._spool.put("result", waiting, item)  # type: ignore[union-attr]
                waiting = None
            elif isinstance(item, MovedHere):
                result = self._spool.take("result", item.position)  # type: ignore[union-attr]
                if isinstance(result, Document) and result.id != item.doc_id:
                    result = InputError(item.doc_id, "changed while the run was reading it; not written, run again")
                if result is not None:
                    yield result
            else:
                yield item

    def close(self) -> None:
        if self._spool is not None:
            self._spool.close()
            self._spool = None

    def __enter__(self) -> "PlannedRun":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
