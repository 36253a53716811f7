"""A bounded memo for pure functions of a text.

The per-document steps run again on their own output (settle) and again after cross-document
dedup, so most paragraphs are judged two or three times with the same text, and template lines
recur across a corpus. Only answers that depend on nothing but the key are memoised, so the
output cannot change; the memo forgets everything when full, which keeps memory flat.
"""

from __future__ import annotations

from typing import Generic, Hashable, TypeVar

V = TypeVar("V")

DEFAULT_LIMIT = 20_000


class Memo(Generic[V]):
    """`memo.get(key)` is the stored answer or `memo.MISSING`; `memo.put(key, value)` stores one."""

    MISSING = object()

    def __init__(self, limit: int = DEFAULT_LIMIT):
        self.limit = limit
        self._answers: dict[Hashable, V] = {}

    def get(self, key: Hashable) -> V | object:
        return self._answers.get(key, self.MISSING)

    def put(self, key: Hashable, value: V) -> V:
        if len(self._answers) >= self.limit:
            self._answers.clear()
        self._answers[key] = value
        return value

    def __len__(self) -> int:
        return len(self._answers)
