"""Sorted integer maps: int64 key -> non-negative value, a key keeping the first value put
under it, in flat numpy arrays (8 bytes a key and value while both fit int32, 16 beyond, where
a dict of ints costs ~100).

`KeyIndex` is asked with Python lists (texts' keys: a few dozen a document, each answer read in
Python); `ArrayIndex` with numpy arrays (the band keys of near-dup blocks: a few hundred a
document, of which one or two meet anything).
"""

from __future__ import annotations

from itertools import compress, count, repeat
from operator import eq
from typing import Iterable

import numpy as np

_MIN_PENDING = 4096  # `KeyIndex`: inserts kept in the dict before the first merge
_PENDING_SHARE = 16  # later merges when the dict holds a 16th of what the arrays hold
_MAX_ANSWERS = 4096  # answers `KeyIndex` remembers at most (a document asks ~100)
_INT32 = np.iinfo(np.int32)
_RUN_RATIO = 16  # `ArrayIndex`: a run is merged into the one before it until that one is 16 times larger
_NO_KEYS = np.empty(0, dtype=np.int32)
_MAX_ASKED = 1 << 17  # `ArrayIndex`: keys remembered at most (a document asks a few hundred)
# `ArrayIndex`'s filter: from this many keys held (~1,100 news documents' bands; 1 MB of int32
# keys, about where a binary search leaves the fast caches), at least 8 bits of it a key held
# (up to 16 just after it doubled: 1-2 bytes a band key beside the index's 8).
_FILTER_FROM = 1 << 18
_FILTER_BITS = 8
_FILTER_SLICE = 1 << 16  # keys set at a time when the filter is (re)built
_SIX, _LOW_SIX, _ONE = np.uint64(6), np.uint64(63), np.uint64(1)


class KeyIndex:
    """int64 key -> non-negative int value; a key keeps the first value put under it.

    Keys and values are stored as int32 while they fit and widened to int64 at the first merge
    that needs it, so callers never see a difference.

    `get(keys, remember=True)` keeps its answers until `forget()` (and `put` keeps them exact):
    the store asks about the same keys two or three times per document (is it known? then:
    insert it unless known; file its block), and the later questions need no search.
    """

    def __init__(self) -> None:
        self._keys = np.empty(0, dtype=np.int32)  # sorted
        self._values = np.empty(0, dtype=np.int32)
        self._pending: dict[int, int] = {}
        self._answers: dict[int, int] = {}

    def __len__(self) -> int:
        return len(self._keys) + len(self._pending)

    @property
    def nbytes(self) -> int:
        """Array bytes, plus ~100 bytes a dict entry (slot and two int objects)."""
        return self._keys.nbytes + self._values.nbytes + 100 * (len(self._pending) + len(self._answers))

    def get(self, keys: list[int], remember: bool = False) -> list[int]:
        """The value of each key, -1 where absent.

        Returns a list: callers look at a few dozen values per batch, which Python does faster
        than further numpy calls (each costs microseconds whatever its size).
        """
        answers = self._answers
        if answers:
            found = list(map(answers.get, keys, repeat(-2)))  # C loops: no bytecode per key
            if -2 in found:
                unknown = [position for position, value in enumerate(found) if value == -2]
                for position, value in zip(unknown, self._search([keys[p] for p in unknown])):
                    found[position] = value
        else:
            found = self._search(keys)
        if remember:
            self._remember(keys, found)
        return found

    def _remember(self, keys: list[int], values: list[int]) -> None:
        """Keep these answers until `forget()`, unless that would make more than `_MAX_ANSWERS`:
        then every remembered answer goes. A huge page's millions of band keys, or its puts (70 MB
        on a 10 MB page of short paragraphs), would cost ~100 bytes each until its end;
        searching again is cheaper. Dropped, they are searched again if asked."""
        if len(self._answers) + len(keys) > _MAX_ANSWERS:
            self._answers = {}
        else:
            self._answers.update(zip(keys, values))

    def _search(self, keys: list[int]) -> list[int]:
        """Values from the arrays and the dict, in as few numpy calls as possible (four: each
        costs microseconds, more than the Python loops over the few dozen keys of a batch)."""
        found = [-1] * len(keys)
        stored = self._keys
        if len(stored) and keys:
            at = stored.searchsorted(_as_array(keys, stored.dtype))
            nearest = stored.take(at, mode="clip").tolist()
            hits = list(compress(count(), map(eq, keys, nearest)))
            if hits:
                for position, value in zip(hits, self._values.take(at[hits]).tolist()):
                    found[position] = value
        if self._pending:  # a key is in the arrays or in the dict, never both: a key of the
            # dict was not found in the arrays (-1), and one that is not keeps what was found
            found = list(map(self._pending.get, keys, found))
        return found

    def forget(self) -> None:
        """Drop the remembered answers (the store does at each new document)."""
        self._answers = {}

    def put(self, keys: Iterable[int], values: Iterable[int]) -> None:
        """Add keys none of which is present (the caller checked with `get`)."""
        keys, values = list(keys), list(values)
        self._pending.update(zip(keys, values))
        if self._answers:  # remembered answers stay exact: these keys were absent until now
            self._remember(keys, values)
        if len(self._pending) >= max(_MIN_PENDING, len(self._keys) // _PENDING_SHARE):
            self._merge()

    def _merge(self) -> None:
        """Move the dict's keys into the arrays: one pass over them, not a new sort."""
        count = len(self._pending)
        keys = np.fromiter(self._pending.keys(), dtype=np.int64, count=count)
        values = np.fromiter(self._pending.values(), dtype=np.int64, count=count)
        order = np.argsort(keys, kind="stable")
        self._keys, self._values = _merged(self._keys, self._values, keys[order], values[order])
        self._pending = {}


class ArrayIndex:
    """int64 key -> non-negative int value, asked and filled with numpy arrays; a key keeps the
    first value put under it. Keys and values are int32 while they fit (widened as `KeyIndex`'s).

    For the band keys of near-dup blocks: a document asks about a few hundred and files most of
    them. `KeyIndex`'s path for them (a Python int, a dict entry and list slots per key, in four
    passes, plus the remembered answers) cost ~2,000 instructions a key, a search of sorted
    arrays ~150. Each put makes a sorted run; a run is merged into the one before it while that
    one is less than `_RUN_RATIO` times its size, so a key is moved a few times in all (not at
    every put, as one array of recent keys would be) and a look-up searches a handful of runs.
    Past `_FILTER_FROM` keys, a bit map of the keys held (`_maybe_held`) spares most absent keys
    the runs' binary searches, whose cache misses were most of a look-up's time at 20k documents.
    """

    def __init__(self) -> None:
        self._runs: list[tuple[np.ndarray, np.ndarray]] = []  # sorted (keys, values); no key in two
        self._asked: tuple[np.ndarray, np.ndarray] | None = None  # see `get(remember=True)`
        self._held = 0
        self._filter: np.ndarray | None = None  # see `_maybe_held`

    def __len__(self) -> int:
        return self._held

    @property
    def nbytes(self) -> int:
        held = sum(keys.nbytes + values.nbytes for keys, values in self._runs)
        return held + (self._filter.nbytes if self._filter is not None else 0)

    def get(self, keys: np.ndarray, remember: bool = False) -> np.ndarray:
        """The value of each key (int64 keys), -1 where absent.

        `remember`: keep these keys and answers (sorted, `put` keeps them exact) until the next
        call that remembers or `forget()`: the store asks about a document's band keys to find
        its candidates, then again, for most of the same keys, to file its new blocks, and the
        second question is then answered from a few hundred keys instead of searching the runs
        again (at 20k documents, hundreds of ns a key of cache misses in millions of keys)."""
        found = np.full(len(keys), -1, dtype=np.int64)
        if not len(keys):
            return found
        asked = self._asked
        if asked is None:
            self._search(keys, found)
        else:
            at = asked[0].searchsorted(keys)
            inside = asked[0].take(at, mode="clip") == keys
            if inside.all():  # the usual second question
                found = asked[1].take(at)
            else:
                found[inside] = asked[1].take(at[inside])
                outside = np.flatnonzero(~inside)
                found[outside] = self._search(keys[outside], np.full(len(outside), -1, dtype=np.int64))
        if remember:
            self._asked = None
            if len(keys) <= _MAX_ASKED:
                order = keys.argsort()  # equal keys have equal answers: the first found is the one
                self._asked = (keys[order], found[order])
        return found

    def forget(self) -> None:
        """Drop the remembered keys and answers."""
        self._asked = None

    def _search(self, keys: np.ndarray, found: np.ndarray) -> np.ndarray:
        """`found` with the value of each of `keys` present in the runs put in its place."""
        if self._filter is not None:
            maybe = self._maybe_held(keys)
            if len(maybe) < len(keys):
                if len(maybe):
                    found[maybe] = self._search_runs(keys[maybe], np.full(len(maybe), -1, dtype=np.int64))
                return found
        return self._search_runs(keys, found)

    def _search_runs(self, keys: np.ndarray, found: np.ndarray) -> np.ndarray:
        cast = {}
        for stored, values in self._runs:
            # keys cast to the stored type (a key that does not fit wraps around, which only
            # moves where it is looked for): hits are confirmed on the exact values
            asked = cast.get(stored.dtype)
            if asked is None:
                asked = cast[stored.dtype] = keys.astype(stored.dtype, copy=False)
            at = stored.searchsorted(asked)
            hit = stored.take(at, mode="clip") == keys
            if hit.any():  # most runs hold none of a document's keys
                found[hit] = values.take(at[hit])
        return found

    def put(self, keys: np.ndarray, values: np.ndarray) -> None:
        """Add distinct int64 keys none of which is present (the caller checked with `get`)."""
        order = np.argsort(keys, kind="stable")
        if self._asked is not None:  # remembered answers stay exact
            asked_keys, answers = self._asked
            at = asked_keys.searchsorted(keys)
            inside = asked_keys.take(at, mode="clip") == keys
            answers[at[inside]] = values[inside]
        runs = self._runs
        runs.append(_merged(_NO_KEYS, _NO_KEYS, keys[order], values[order]))  # int32 where it fits
        self._held += len(keys)
        self._file_in_filter(keys)
        while len(runs) > 1 and len(runs[-2][0]) < _RUN_RATIO * len(runs[-1][0]):
            small, large = runs.pop(), runs.pop()
            runs.append(_merged(large[0], large[1], small[0], small[1]))

    def _maybe_held(self, keys: np.ndarray) -> np.ndarray:
        """Positions of the keys whose bit is set in the filter: all those held, and a few others
        (6-12% of absent keys at 16-8 bits a key). Most keys asked are absent (a document's band keys
        meet one or two), and at 20k documents a binary search in millions of keys costs
        several cache misses a key where the filter's bit costs one."""
        assert self._filter is not None
        words, shifts = self._slots(keys)
        return np.flatnonzero((self._filter.take(words) >> shifts) & _ONE)

    def _file_in_filter(self, keys: np.ndarray) -> None:
        """Set the filter's bits of newly put keys; (re)built twice as large when the keys held
        outgrow it (and first once `_FILTER_FROM` are held: below, the runs' binary searches
        stay in the fast caches and the filter would cost more numpy calls than it saves)."""
        if self._held < _FILTER_FROM:
            return
        if self._filter is None or self._held * _FILTER_BITS > 64 * len(self._filter):
            words = 1 << max(0, (self._held * _FILTER_BITS - 1).bit_length() - 6)  # 8 to 16 bits a key
            self._filter = np.zeros(words, dtype=np.uint64)
            for stored, _ in self._runs:  # in slices: three int64 arrays of 4M keys were 100 MB
                for start in range(0, len(stored), _FILTER_SLICE):
                    self._set_bits(stored[start : start + _FILTER_SLICE].astype(np.int64))
        else:
            self._set_bits(keys)

    def _set_bits(self, keys: np.ndarray) -> None:
        assert self._filter is not None
        words, shifts = self._slots(keys)
        np.bitwise_or.at(self._filter, words, np.left_shift(_ONE, shifts))

    def _slots(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Each key's word of the filter and its bit in that word, from the bits of its int64
        value (whatever integer type `keys` is: a view of int32 keys would read pairs of them)."""
        assert self._filter is not None
        bits = keys.astype(np.int64, copy=False).view(np.uint64)
        return (bits >> _SIX) & np.uint64(len(self._filter) - 1), bits & _LOW_SIX


def _merged(old_keys: np.ndarray, old_values: np.ndarray, keys: np.ndarray, values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Sorted `old_keys` with the sorted `keys` (none of them among the old) put in their places,
    and the values alike: one pass over both, not a new sort. Types widen to int64 when a new
    key or value needs it."""
    count = len(keys)
    key_type = _fitting(old_keys.dtype, keys)
    old = old_keys.astype(key_type, copy=False)
    new_places = old.searchsorted(keys.astype(key_type)) + np.arange(count)
    old_places = np.ones(len(old) + count, dtype=bool)
    old_places[new_places] = False
    merged_keys = np.empty(len(old_places), dtype=key_type)
    merged_keys[new_places] = keys
    merged_keys[old_places] = old
    merged_values = np.empty(len(old_places), dtype=_fitting(old_values.dtype, values))
    merged_values[new_places] = values
    merged_values[old_places] = old_values
    return merged_keys, merged_values


def _as_array(keys: list[int], dtype: np.dtype) -> np.ndarray:
    """`keys` in the stored key type, never the stored keys in the query's (that would copy
    them at every search). A key that does not fit wraps around, which only moves where it is
    looked for: hits are confirmed by comparing the exact values."""
    try:
        return np.array(keys, dtype=dtype)
    except OverflowError:
        return np.array(keys, dtype=np.int64).astype(dtype)


def _fitting(dtype: np.dtype, values: np.ndarray) -> np.dtype:
    """`dtype`, or int64 when some of `values` does not fit in it."""
    if dtype == np.int64 or not len(values):
        return dtype
    if values.min() < _INT32.min or values.max() > _INT32.max:
        return np.dtype(np.int64)
    return dtype
