"""A bounded memo for pure functions of a text.

The per-document steps run again on their own output (settle) and again after cross-document
dedup, so most paragraphs are judged two or three times with the same text, and template lines
recur across a corpus. Only answers that depend on nothing but the key are memoised, so a hit or
a miss never changes a result, only its cost.

Memory stays flat with two generations of `limit` entries: when the young one is full it becomes
the old one and the previous old one is dropped; an old hit moves back to the young one.
"""

from __future__ import annotations

from operator import itemgetter
from typing import Generic, Hashable, TypeVar

V = TypeVar("V")

DEFAULT_LIMIT = 10_000
DEFAULT_CHARS = 4_000_000  # characters of keys per generation (callers say what a key costs)
# A memo of lines only has to serve one document's reruns.
LINE_LIMIT = 1024
LINE_CHARS = 64_000


class Memo(Generic[V]):
    """`memo.get(key)` is the stored answer or `Memo.MISSING`; `memo.put(key, value)` stores one.

    A generation ends at `limit` entries or when its keys reach `chars` characters (each `put`
    says what its key costs, usually the length of the text in it), so memory stays bounded
    whatever the input; an entry costing more than a sixteenth of `chars` is not kept at all.
    """

    MISSING = object()

    def __init__(self, limit: int = DEFAULT_LIMIT, chars: int = DEFAULT_CHARS):
        if limit < 1 or chars < 1:
            raise ValueError(f"a memo holds at least one entry and one character per generation, got {limit}, {chars}")
        self.limit = limit
        self.chars = chars
        self._young: dict[Hashable, tuple[V, int]] = {}
        self._old: dict[Hashable, tuple[V, int]] = {}
        self._young_chars = 0

    def get(self, key: Hashable) -> V | object:
        found = self._young.get(key)
        if found is None:
            found = self._old.get(key)
            if found is None:
                return self.MISSING
            self.put(key, *found)
        return found[0]

    def get_many(self, keys: list[Hashable]) -> list[V | object]:
        """`get` of each key, in order: the young generation is read in one C loop (a Python
        call per key cost more than the lookup). When one key is not there, every key goes
        through `get` in order: an old hit moves to the young generation, which can end it,
        and the memo must be left as key-by-key calls leave it (hypothesis found a sequence
        where reading the young hits first made the two differ three batches later)."""
        found = list(map(self._young.get, keys))
        if None in found:
            return [self.get(key) for key in keys]
        return list(map(itemgetter(0), found))

    def keeps(self, chars: int) -> bool:
        """Whether an entry costing `chars` would be kept: a caller can skip building the key
        of one that would not (a copy of a 50 MB line, say)."""
        return chars * 16 <= self.chars

    def put(self, key: Hashable, value: V, chars: int = 0) -> V:
        if chars * 16 > self.chars:  # `keeps`, inline: every miss of every memo comes here
            return value
        if len(self._young) >= self.limit or self._young_chars + chars > self.chars:
            self._old, self._young, self._young_chars = self._young, {}, 0
        self._young[key] = (value, chars)
        self._young_chars += chars
        return value

    def __len__(self) -> int:
        return len(self._young) + len(self._old)
