"""A bounded memo for pure functions of a text.

The per-document steps run again on their own output (settle) and again after cross-document
dedup, so most paragraphs are judged two or three times with the same text, and template lines
recur across a corpus. Only answers that depend on nothing but the key are memoised, so a hit or
a miss never changes a result, only its cost.

Memory stays flat with two generations of `limit` entries: when the young one is full it becomes
the old one and the previous old one is dropped; an old hit moves back to the young one.
"""

from __future__ import annotations

from typing import Generic, Hashable, TypeVar

V = TypeVar("V")

DEFAULT_LIMIT = 10_000


class Memo(Generic[V]):
    """`memo.get(key)` is the stored answer or `Memo.MISSING`; `memo.put(key, value)` stores one."""

    MISSING = object()

    def __init__(self, limit: int = DEFAULT_LIMIT):
        if limit < 1:
            raise ValueError(f"a memo holds at least one entry per generation, got {limit}")
        self.limit = limit
        self._young: dict[Hashable, V] = {}
        self._old: dict[Hashable, V] = {}

    def get(self, key: Hashable) -> V | object:
        found = self._young.get(key, self.MISSING)
        if found is self.MISSING:
            found = self._old.get(key, self.MISSING)
            if found is not self.MISSING:
                self.put(key, found)  # type: ignore[arg-type]
        return found

    def put(self, key: Hashable, value: V) -> V:
        if len(self._young) >= self.limit:
            self._old, self._young = self._young, {}
        self._young[key] = value
        return value

    def __len__(self) -> int:
        return len(self._young) + len(self._old)
