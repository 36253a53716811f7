"""The dedup memory of one run without a persistent index, packed into flat arrays.

`MemoryStore` answers like `IndexStore` (cleaner/dedup/store.py) but lives in RAM, so its size
per remembered text is what bounds a long run. Python dicts of ints cost ~100 bytes an entry;
here a text costs 36 bytes (its key and row in a sorted index, six int32 columns), a band 8
(9-10 past 2**18 bands: `ArrayIndex`'s filter of the keys held) and a shingle hash 4, plus 16 bytes of key and offset per near-dup block: ~120 bytes per text
on news (3 bands and 0.3 blocks of ~45 shingles per text), against ~500 for the dicts.

Each key -> value map (`keyindex.py`) is a sorted numpy key array searched with one
`searchsorted` per batch, plus the recent inserts apart (a small dict for texts' keys, small
sorted arrays for band keys) merged into the arrays once they hold a 16th of them: merges stay
amortised linear (a 32nd cost twice the merge time on 20k documents) and the dict holds at most
~6 bytes per stored key. The store's calls come one batch per document, so the cost per call (a
handful of numpy operations) matters more than the cost per key, except for band keys: a few
hundred a document, asked and filed as arrays; filing a document's new blocks asks about the
band keys its look-up asked about, answered from what that look-up remembered.
"""

from __future__ import annotations

from array import array
from itertools import islice
from typing import Iterable

import numpy as np

from .keyindex import ArrayIndex, KeyIndex
from .store import Seen

_COLUMNS = ("doc", "start", "end", "same", "other", "block")  # per text; -1: no doc / no block
_DOC, _START, _END, _SAME, _OTHER, _BLOCK = range(len(_COLUMNS))
# Blocks whose bands are filed at a time: the lists and dict of one batch stay small, and first
# wins across batches as within one (each batch sees what the ones before it filed).
_BAND_BATCH = 8192


class MemoryStore:
    """The same interface as `IndexStore`, for one run without a persistent index.

    Same answers as the index, with one simplification: a band key keeps only its first block
    (the one a later copy should point to anyway). Shingle hashes are kept as uint32 (what
    `shingle_hashes` makes) and given back as copies.

    One key index serves texts and near-dup blocks (a block's key is recorded as a text too):
    a row has the text's columns and the number of its block, if any. A block filed before its
    text is recorded has a row with no document (`doc` -1), which lookups do not see.
    """

    def __init__(self) -> None:
        self._names: list[str] = []
        self._doc_ids: dict[str, int] = {}
        self._doc_sources = array("i")
        self._source_counts: list[int] = []  # per source id: its documents
        self._doc_lengths = array("q")
        self._sources: list[str] = []
        self._source_ids: dict[str, int] = {}
        self._rows = KeyIndex()  # text or block key -> row of the columns
        self._columns = [array("i") for _ in range(len(_COLUMNS))]
        self._seen = 0  # rows with a document
        self._block_keys = array("q")
        self._offsets = array("q", [0])  # block number -> its slice of `_shingles`
        self._shingles = array("I")
        self._bands = ArrayIndex()  # band key -> number of the first block filed under it
        if self._shingles.itemsize != 4 or self._columns[0].itemsize != 4:
            raise RuntimeError("this platform has no 4-byte int arrays")

    def begin(self) -> None:
        pass

    def commit(self) -> None:
        pass

    def close(self) -> None:
        pass

    # -- lookups ------------------------------------------------------------------------------

    def lookup(self, keys: Iterable[int]) -> dict[int, Seen]:
        """Known texts among `keys`, each with the row recorded first for it."""
        keys = _int_list(keys)
        found: dict[int, Seen] = {}
        doc_col, start_col, end_col, same_col, other_col, _ = self._columns
        for key, row in zip(keys, self._rows.get(keys, remember=True)):
            if row >= 0 and doc_col[row] >= 0:
                doc = doc_col[row]
                found[key] = Seen(
                    self._names[doc],
                    self._sources[self._doc_sources[doc]],
                    start_col[row],
                    end_col[row],
                    same_col[row],
                    other_col[row],
                    self._doc_lengths[doc],
                )
        return found

    def source_docs(self, source: str) -> int:
        """How many documents of `source` the store holds."""
        source_id = self._source_ids.get(source)
        return 0 if source_id is None else self._source_counts[source_id]

    def sources_of(self, key: int) -> set[str]:
        """Unknown: the store keeps counts of repeats, not who made them (a run in memory has its
        plan, which counts the sources of its lines ahead)."""
        return set()

    def candidates(self, bands: Iterable[int]) -> dict[int, list[int]]:
        """The first block filed under each of these band keys."""
        bands = _int_array(bands)
        blocks = self._bands.get(bands, remember=True)  # filing this document's new blocks asks again
        hits = np.flatnonzero(blocks >= 0)  # most documents: none, or one or two
        block_keys = self._block_keys
        return {band: [block_keys[block]] for band, block in zip(bands[hits].tolist(), blocks[hits].tolist())}

    def shingles(self, keys: Iterable[int]) -> dict[int, np.ndarray]:
        """The shingle hashes first filed for each block key (uint32 copies)."""
        keys = _int_list(keys)
        data, offsets, block_col = self._shingles, self._offsets, self._columns[_BLOCK]
        found: dict[int, np.ndarray] = {}
        for key, row in zip(keys, self._rows.get(keys, remember=True)):
            if row >= 0 and block_col[row] >= 0:
                block = block_col[row]
                found[key] = np.frombuffer(data[offsets[block] : offsets[block + 1]], dtype=np.uint32)
        return found

    # -- updates ------------------------------------------------------------------------------

    def add_document(self, name: str, source: str, length: int) -> int:
        self._rows.forget()  # what the previous document asked is not asked again
        self._bands.forget()
        doc_id = self._doc_ids.get(name)
        if doc_id is None:
            doc_id = self._doc_ids[name] = len(self._names)
            self._names.append(name)
            source_id = self._source_ids.setdefault(source, len(self._sources))
            if source_id == len(self._sources):
                self._sources.append(source)
                self._source_counts.append(0)
            self._source_counts[source_id] += 1
            self._doc_sources.append(source_id)
            self._doc_lengths.append(length)
        return doc_id

    def record(self, doc_id: int, spans: Iterable[tuple[int, int, int]], same: Iterable[int], other: Iterable[int]) -> None:
        """Insert new texts (key, start, end) first seen in `doc_id`; count repeats of known ones."""
        spans = list(spans)
        same, other = _int_list(same), _int_list(other)
        rows = self._rows.get([key for key, _, _ in spans] + same + other, remember=True)
        first_row = len(self._columns[_DOC])
        fresh: dict[int, int] = {}
        starts: list[int] = []
        ends: list[int] = []
        for (key, start, end), row in zip(spans, rows):
            if row < 0:
                if key not in fresh:
                    fresh[key] = first_row + len(fresh)
                    starts.append(start)
                    ends.append(end)
            elif self._columns[_DOC][row] < 0:  # a block's row: its text is recorded now
                for column, value in zip((_DOC, _START, _END, _SAME), (doc_id, start, end, 1)):
                    self._set(column, row, value)
                self._seen += 1
        if fresh:
            count = len(fresh)
            self._extend_rows(([doc_id] * count, starts, ends, [1] * count, [0] * count, [-1] * count))
            self._rows.put(list(fresh), list(fresh.values()))
            self._seen += count
        repeats = rows[len(spans) :]
        for column, keys, counted in ((_SAME, same, repeats[: len(same)]), (_OTHER, other, repeats[len(same) :])):
            for key, row in zip(keys, counted):
                row = fresh.get(key, -1) if row < 0 else row
                if row < 0 or self._columns[_DOC][row] < 0:
                    raise KeyError(f"{key}: a repeat of a text the store has never recorded")
                self._set(column, row, self._columns[column][row] + 1)

    def add_blocks(self, blocks: Iterable[tuple[int, Iterable[int], np.ndarray]]) -> None:
        """File near-dup blocks: (key, band keys, sorted unique shingle hashes); first wins.

        In batches of `_BAND_BATCH` blocks, read from `blocks` as they come: a huge page files
        ~10 bands per sentence, and its rows, band lists and dicts stay those of one batch. Each
        batch sees what the ones before it filed, so the result is that of one pass."""
        iterator = iter(blocks)
        while batch := list(islice(iterator, _BAND_BATCH)):
            self._file_bands(batch, self._block_numbers(batch))

    def _block_numbers(self, blocks: list[tuple[int, Iterable[int], np.ndarray]]) -> list[int]:
        """The number of each block's shingles, filing those of blocks met for the first time."""
        rows = self._rows.get([key for key, _, _ in blocks])
        fresh: dict[int, int] = {}
        numbers: list[int] = []
        for (key, _, hashes), row in zip(blocks, rows):
            if row < 0:
                row = fresh.get(key, -1)
            if row < 0:  # a block of a text not recorded (yet)
                row = fresh[key] = len(self._columns[_DOC])
                self._extend_rows(([-1], [0], [0], [0], [0], [-1]))
            number = self._columns[_BLOCK][row]
            if number < 0:
                number = len(self._block_keys)
                self._set(_BLOCK, row, number)
                self._shingles.frombytes(_as_uint32(hashes).tobytes())
                self._offsets.append(len(self._shingles))
                self._block_keys.append(key)
            numbers.append(number)
        if fresh:
            self._rows.put(list(fresh), list(fresh.values()))
        return numbers

    def _file_bands(self, blocks: list[tuple[int, Iterable[int], np.ndarray]], numbers: list[int]) -> None:
        """Band key -> first block filed under it, in the order the blocks and bands came (a
        band met twice keeps the first block: `np.unique` gives each key's first place)."""
        listed = [_int_array(block_bands) for _, block_bands, _ in blocks]
        bands = np.concatenate(listed) if listed else np.empty(0, dtype=np.int64)
        owners = np.repeat(np.asarray(numbers, dtype=np.int64), [len(b) for b in listed])
        unfiled = self._bands.get(bands) < 0
        keys, first = np.unique(bands[unfiled], return_index=True)
        if len(keys):
            self._bands.put(keys, owners[unfiled][first])

    def _extend_rows(self, batch: tuple[list[int], ...]) -> None:
        """Append one value list per column; a column widens to int64 when a value needs it."""
        for number, values in enumerate(batch):
            column = self._columns[number]
            size = len(column)
            try:
                column.extend(values)
            except OverflowError:
                del column[size:]  # extend stops at the value that did not fit
                self._columns[number] = array("q", column)
                self._columns[number].extend(values)

    def _set(self, column: int, row: int, value: int) -> None:
        try:
            self._columns[column][row] = value
        except OverflowError:
            self._columns[column] = array("q", self._columns[column])
            self._columns[column][row] = value

    def stats(self) -> dict[str, int]:
        counts = {"docs": len(self._names), "seen": self._seen, "bands": len(self._bands)}
        return {**counts, "shingles": len(self._block_keys), "bytes": self.nbytes}

    @property
    def nbytes(self) -> int:
        """Bytes held for texts, bands and shingles (document names and sources left out)."""
        arrays = (self._block_keys, self._offsets, self._shingles, self._doc_sources, self._doc_lengths, *self._columns)
        return sum(a.itemsize * len(a) for a in arrays) + self._rows.nbytes + self._bands.nbytes

    def params(self) -> dict[str, str]:
        return {}


def _int_list(values: Iterable[int]) -> list[int]:
    """The keys as a list in their given order (a numpy array's as Python ints)."""
    if isinstance(values, list):
        return values
    if isinstance(values, np.ndarray):
        return values.tolist()
    return list(values)


def _int_array(values: Iterable[int]) -> np.ndarray:
    """The keys as an int64 array in their given order."""
    if isinstance(values, np.ndarray):
        return values.astype(np.int64, copy=False)
    if isinstance(values, list):
        return np.array(values, dtype=np.int64)
    return np.fromiter(values, dtype=np.int64)


def _as_uint32(hashes: np.ndarray) -> np.ndarray:
    """Shingle hashes as uint32; values that do not fit are refused, never truncated."""
    if isinstance(hashes, np.ndarray) and hashes.dtype == np.uint32:  # what the corpus step gives
        return hashes
    hashes = np.asarray(hashes)
    if hashes.dtype == np.uint32:
        return hashes
    if hashes.size and (hashes.min() < 0 or hashes.max() > np.iinfo(np.uint32).max):
        raise ValueError("shingle hashes must fit in uint32")
    return hashes.astype(np.uint32)
