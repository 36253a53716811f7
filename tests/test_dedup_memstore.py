"""The packed in-memory store answers exactly like the SQLite index, at a fraction of the RAM.

Merges of the sorted arrays happen every ~1,000 inserts at the real settings; the random call
sequences run with tiny thresholds so that lookups cross many merges and dict/array splits.
"""

from __future__ import annotations

import random
import tracemalloc

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cleaner.dedup.keyindex as keyindex
from cleaner.dedup import Deduplicator
from cleaner.dedup.keyindex import ArrayIndex, KeyIndex
from cleaner.dedup.memstore import MemoryStore
from cleaner.dedup.store import IndexStore, Seen

from test_dedup_support import kept_texts, make_doc, removed

# Keys around the int32 and int64 limits as well as small ones: widening must be invisible.
EDGE_KEYS = [0, 1, -1, 2**31 - 1, -(2**31), 2**31, -(2**31) - 1, 2**63 - 1, -(2**63), 2**40 + 7]
KEYS = st.one_of(st.sampled_from(EDGE_KEYS), st.integers(-40, 40))
BANDS = st.one_of(st.integers(-20, 20), st.sampled_from([2**31 - 1, -(2**31), 2**33]))
SHINGLES = st.lists(st.integers(0, 2**32 - 1), max_size=6, unique=True).map(
    lambda v: np.array(sorted(v), dtype=np.uint32)
)
DOCUMENT = st.fixed_dictionaries(
    {
        "source": st.sampled_from(["a", "b", "c"]),
        "length": st.integers(0, 2**33),
        "spans": st.lists(st.tuples(KEYS, st.integers(0, 2**32), st.integers(0, 2**32)), max_size=8),
        "repeats": st.lists(KEYS, max_size=6, unique=True),
        "blocks": st.lists(st.tuples(KEYS, st.lists(BANDS, max_size=4), SHINGLES), max_size=4),
        "lookups": st.lists(KEYS, max_size=8),
    }
)


@pytest.fixture
def frequent_merges(monkeypatch):
    monkeypatch.setattr(keyindex, "_MIN_PENDING", 2)
    monkeypatch.setattr(keyindex, "_PENDING_SHARE", 2)


def _same_arrays(left: dict[int, np.ndarray], right: dict[int, np.ndarray]) -> bool:
    return sorted(left) == sorted(right) and all(
        left[k].dtype == right[k].dtype and np.array_equal(left[k], right[k]) for k in left
    )


def _feed(memory: MemoryStore, index: IndexStore, name: str, doc: dict) -> None:
    """One document's calls to both stores, as `CorpusMemory.apply` makes them; lookups compared."""
    ids = [store.add_document(name, doc["source"], doc["length"]) for store in (memory, index)]
    assert memory.lookup(doc["lookups"]) == index.lookup(doc["lookups"])
    known = index.lookup(doc["repeats"])
    same = [k for k in doc["repeats"] if k in known and known[k].source == doc["source"]]
    other = [k for k in doc["repeats"] if k in known and known[k].source != doc["source"]]
    for store, doc_id in zip((memory, index), ids):
        store.record(doc_id, doc["spans"], same, other)
        store.add_blocks(doc["blocks"])


def _play(documents: list[dict]) -> None:
    """Feed both stores the calls `CorpusMemory.apply` makes; compare every answer."""
    memory, index = MemoryStore(), IndexStore(None, {"test": "1"})
    first_block: dict[int, int] = {}  # band -> first block key filed under it
    for number, doc in enumerate(documents):
        _feed(memory, index, f"doc{number}", doc)
        for key, bands, _ in doc["blocks"]:
            for band in bands:
                first_block.setdefault(band, key)
        every_key = EDGE_KEYS + list(range(-40, 41))
        assert memory.lookup(every_key) == index.lookup(every_key)
        assert _same_arrays(memory.shingles(every_key), index.shingles(every_key))
        every_band = list(range(-20, 21)) + [2**31 - 1, -(2**31), 2**33]
        filed = index.candidates(every_band)
        assert memory.candidates(every_band) == {band: [key] for band, key in first_block.items()}
        assert all(key in filed[band] for band, key in first_block.items())
        counts = {k: v for k, v in memory.stats().items() if k in ("docs", "seen", "shingles")}
        assert counts == {k: v for k, v in index.stats().items() if k in ("docs", "seen", "shingles")}
    index.close()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(DOCUMENT, min_size=1, max_size=12))
def test_memory_store_answers_like_the_index_across_merges(frequent_merges, documents):
    _play(documents)


def test_memory_store_answers_like_the_index_at_the_real_merge_sizes():
    rng = random.Random(7)
    pool = [rng.getrandbits(64) - 2**63 for _ in range(20_000)]
    documents = [
        {
            "source": rng.choice("abc"),
            "length": 1000,
            "spans": [(rng.choice(pool), rng.randrange(900), rng.randrange(900, 1000)) for _ in range(40)],
            "repeats": rng.sample(pool, 10),
            "blocks": [(rng.choice(pool), [rng.randrange(-20, 20) for _ in range(3)], np.arange(3, dtype=np.uint32))],
            "lookups": rng.sample(pool, 20),
        }
        for _ in range(300)
    ]
    _play_fast(documents)


def _play_fast(documents: list[dict]) -> None:
    """`_play` without the full-pool checks after each document (a larger pool, real merges)."""
    memory, index = MemoryStore(), IndexStore(None, {"test": "1"})
    for number, doc in enumerate(documents):
        _feed(memory, index, f"d{number}", doc)
    everything = [key for doc in documents for key, _, _ in doc["spans"]]
    assert memory.lookup(everything) == index.lookup(everything)
    assert len(memory._rows._keys) > keyindex._MIN_PENDING  # most keys were merged into the arrays
    index.close()


def test_key_index_keeps_the_first_value_and_widens_invisibly(frequent_merges):
    index = KeyIndex()
    small = list(range(0, 3000, 3))
    index.put(small, [k * 2 for k in small])
    assert index._keys.dtype == np.int32 and len(index._keys) > 0  # merged as int32
    assert index.get([3, 4, 2997]) == [6, -1, 5994]
    assert index.get([2**31, -(2**31) - 1, 2**40 + 3]) == [-1, -1, -1]  # wrap around to no int32 key
    index.put([2**40, -(2**40)], [2**35, 1])  # keys and values beyond int32
    index.put(range(10_000, 12_000), range(2000))  # a merge with the wide keys
    assert index._keys.dtype == np.int64 and index._values.dtype == np.int64
    assert index.get([2**40, -(2**40), 3, 2**40 + 1, 10_001]) == [2**35, 1, 6, -1, 1]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(st.tuples(KEYS, st.integers(0, 2**40)), max_size=6), max_size=12), st.lists(KEYS, max_size=10))
def test_array_index_answers_like_the_key_index(frequent_merges, batches, asked):
    """The band keys' index (numpy in, numpy out) keeps the first value of each key as
    `KeyIndex` does, across merges and widening to int64."""
    arrays, lists = ArrayIndex(), KeyIndex()
    for batch in batches:
        fresh = dict(reversed([(k, v) for k, v in batch if lists.get([k]) == [-1]]))
        if fresh:
            keys = np.array(list(fresh), dtype=np.int64)
            arrays.put(keys, np.array(list(fresh.values()), dtype=np.int64))
            lists.put(list(fresh), list(fresh.values()))
        probe = asked + [k for k, _ in batch]
        assert arrays.get(np.array(probe, dtype=np.int64)).tolist() == lists.get(probe)
    assert len(arrays) == len(lists)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.lists(KEYS, max_size=8), st.lists(st.tuples(KEYS, st.integers(0, 2**40)), max_size=6)), max_size=12))
def test_array_index_remembered_answers_follow_its_puts(frequent_merges, steps):
    """Answers remembered by `get(remember=True)` (the store's second question about a
    document's band keys) stay those of a dict however puts and merges come between."""
    index, reference = ArrayIndex(), {}
    for asked, batch in steps:
        probe = np.array(asked, dtype=np.int64)
        assert index.get(probe, remember=True).tolist() == [reference.get(k, -1) for k in asked]
        fresh = dict(reversed([(k, v) for k, v in batch if k not in reference]))
        if fresh:
            index.put(np.array(list(fresh), dtype=np.int64), np.array(list(fresh.values()), dtype=np.int64))
            reference.update(fresh)
        again = asked + [k for k, _ in batch]
        assert index.get(np.array(again, dtype=np.int64)).tolist() == [reference.get(k, -1) for k in again]
        assert index.get(probe).tolist() == [reference.get(k, -1) for k in asked]


@pytest.fixture
def filtered(monkeypatch):
    monkeypatch.setattr(keyindex, "_FILTER_FROM", 3)
    monkeypatch.setattr(keyindex, "_FILTER_SLICE", 2)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(st.tuples(KEYS, st.integers(0, 2**40)), max_size=40), max_size=12), st.lists(KEYS, max_size=30))
def test_array_index_filter_answers_like_a_dict(filtered, batches, asked):
    """With the bit map of held keys in use (from 3 keys here), through its doublings, every
    key held is still found and every absent one still absent."""
    index, reference = ArrayIndex(), {}
    for batch in batches:
        fresh = dict(reversed([(k, v) for k, v in batch if k not in reference]))
        if fresh:
            index.put(np.array(list(fresh), dtype=np.int64), np.array(list(fresh.values()), dtype=np.int64))
            reference.update(fresh)
        probe = asked + [k for k, _ in batch] + [k ^ 1 for k, _ in batch]
        assert index.get(np.array(probe, dtype=np.int64)).tolist() == [reference.get(k, -1) for k in probe]
    assert len(index) == len(reference)
    assert (index._filter is not None) == (len(reference) >= 3)


def test_array_index_remembers_no_huge_question(monkeypatch):
    """Past `_MAX_ASKED` keys, nothing is remembered (a huge page asks millions) and a later
    question is searched in the runs."""
    monkeypatch.setattr(keyindex, "_MAX_ASKED", 3)
    index = ArrayIndex()
    index.put(np.array([1, 2], dtype=np.int64), np.array([10, 20], dtype=np.int64))
    assert index.get(np.array([1, 5, 2, 7], dtype=np.int64), remember=True).tolist() == [10, -1, 20, -1]
    assert index._asked is None
    assert index.get(np.array([2, 9], dtype=np.int64), remember=True).tolist() == [20, -1]
    index.put(np.array([9], dtype=np.int64), np.array([90], dtype=np.int64))
    assert index.get(np.array([9, 2, 1], dtype=np.int64)).tolist() == [90, 20, 10]


def test_remembered_answers_follow_the_keys_added_since():
    index = KeyIndex()
    assert index.get([5, 6], remember=True) == [-1, -1]
    index.put([5], [50])
    assert index.get([5, 6]) == [50, -1]
    index.put(range(100, 100 + 3 * keyindex._MIN_PENDING), range(3 * keyindex._MIN_PENDING))  # merges
    assert index.get([6, 5, 101], remember=True) == [-1, 50, 1]
    index.put([6], [60])
    assert index.get([6, 5, 101]) == [60, 50, 1]


def test_remembered_answers_stay_few_while_a_huge_page_files_its_keys():
    """A small remembered look-up must not make every later put be remembered too (a huge
    page files millions of bands between two documents)."""
    index = KeyIndex()
    assert index.get([7, 8], remember=True) == [-1, -1]
    for start in range(1000, 1000 + 20 * keyindex._MAX_ANSWERS, 1000):
        index.put(range(start, start + 1000), range(start, start + 1000))
        assert len(index._answers) <= keyindex._MAX_ANSWERS
    assert index.get([7, 8, 1000, 20 * keyindex._MAX_ANSWERS - 1]) == [-1, -1, 1000, 20 * keyindex._MAX_ANSWERS - 1]


def test_remembered_answers_stay_few_while_a_huge_page_asks_about_its_keys():
    """get's answers are capped like put's: a huge page's look-ups are not all kept."""
    index = KeyIndex()
    index.put([3], [30])
    assert index.get([3, 4], remember=True) == [30, -1]
    for start in range(1000, 1000 + 20 * keyindex._MAX_ANSWERS, 1000):
        assert index.get(list(range(start, start + 1000)) + [3], remember=True)[-1] == 30
        assert len(index._answers) <= keyindex._MAX_ANSWERS
    index.get(list(range(2 * keyindex._MAX_ANSWERS)), remember=True)
    assert len(index._answers) <= keyindex._MAX_ANSWERS
    assert index.get([3, 4]) == [30, -1]


def test_a_block_filed_before_its_text_is_recorded_stays_invisible_to_lookups():
    store = MemoryStore()
    store.add_blocks([(5, [1], np.array([2], dtype=np.uint32))])
    assert store.lookup([5]) == {} and store.stats()["seen"] == 0
    assert store.shingles([5])[5].tolist() == [2]
    doc = store.add_document("d", "s", 9)
    with pytest.raises(KeyError):
        store.record(doc, [], [5], [])
    store.record(doc, [(5, 1, 4), (5, 2, 3)], [], [])
    seen = store.lookup([5])[5]
    assert (seen.doc, seen.start, seen.end, seen.same_docs, seen.other_docs) == ("d", 1, 4, 1, 0)
    assert store.stats()["seen"] == 1 and store.candidates([1]) == {1: [5]}


def test_repeats_inserted_by_the_same_call_are_counted():
    store = MemoryStore()
    doc = store.add_document("d", "s", 10)
    store.record(doc, [(1, 0, 5), (1, 2, 3)], [1], [])
    seen = store.lookup([1])[1]
    assert (seen.start, seen.end, seen.same_docs, seen.other_docs) == (0, 5, 2, 0)
    with pytest.raises(KeyError):
        store.record(doc, [], [], [99])


def test_offsets_and_counts_beyond_int32_are_kept_exactly():
    store = MemoryStore()
    doc = store.add_document("d", "s", 2**40)
    store.record(doc, [(7, 2**33, 2**33 + 5), (8, 1, 2)], [], [])
    seen = store.lookup([7, 8])
    assert (seen[7].start, seen[7].end, seen[7].doc_length) == (2**33, 2**33 + 5, 2**40)
    assert (seen[8].start, seen[8].end) == (1, 2)


def test_shingles_come_back_as_uint32_copies_and_unfitting_ones_are_refused():
    store = MemoryStore()
    store.add_blocks([(1, [10], np.array([3, 9], dtype=np.int64)), (1, [11], np.array([4], dtype=np.uint32))])
    first = store.shingles([1])[1]
    assert first.dtype == np.uint32 and first.tolist() == [3, 9]
    first[0] = 0
    assert store.shingles([1])[1].tolist() == [3, 9]
    assert store.candidates([10, 11, 12]) == {10: [1], 11: [1]}
    with pytest.raises(ValueError):
        store.add_blocks([(2, [12], np.array([-1]))])
    with pytest.raises(ValueError):
        store.add_blocks([(3, [13], np.array([2**32]))])


def test_memory_per_remembered_text_stays_far_below_the_target():
    """~3 bands, 0.3 near-dup blocks of 40 shingles per text: the shape of the news corpus.
    The target is 300 bytes a text; the dict-based store took ~500 here."""
    rng = np.random.default_rng(3)
    texts = 20_000
    keys = rng.integers(-(2**63), 2**63 - 1, texts, dtype=np.int64).tolist()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    store = MemoryStore()
    for doc_number, start in enumerate(range(0, texts, 30)):
        doc = store.add_document(f"doc{doc_number}", "src", 5000)
        batch = keys[start : start + 30]
        store.record(doc, [(k, 0, 100) for k in batch], [], [])
        bands = rng.integers(-(2**31), 2**31 - 1, (9, 10), dtype=np.int64)
        store.add_blocks((k, bands[i], np.sort(rng.choice(2**32, 40, replace=False)).astype(np.uint32)) for i, k in enumerate(batch[:9]))
    used = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    assert store.stats()["seen"] == texts
    assert used / texts < 160, f"{used / texts:.0f} bytes per text"


class DictStore:
    """The dict-based store `MemoryStore` replaced, as a reference: same answers expected."""

    def __init__(self) -> None:
        self.docs: list[tuple[str, str, int]] = []
        self.rows: dict[int, list[int]] = {}  # key -> [doc, start, end, same, other]
        self.bands: dict[int, int] = {}
        self.blocks: dict[int, np.ndarray] = {}

    def begin(self) -> None: ...

    def commit(self) -> None: ...

    def close(self) -> None: ...

    def add_document(self, name: str, source: str, length: int) -> int:
        names = [d[0] for d in self.docs]
        if name in names:
            return names.index(name)
        self.docs.append((name, source, length))
        return len(self.docs) - 1

    def source_docs(self, source: str) -> int:
        return sum(1 for _, doc_source, _ in self.docs if doc_source == source)

    def lookup(self, keys):
        found = {}
        for key in keys:
            if key in self.rows:
                doc, start, end, same, other = self.rows[key]
                name, source, length = self.docs[doc]
                found[key] = Seen(name, source, start, end, same, other, length)
        return found

    def candidates(self, bands):
        return {band: [self.bands[band]] for band in bands if band in self.bands}

    def shingles(self, keys):
        return {key: self.blocks[key] for key in keys if key in self.blocks}

    def record(self, doc_id, spans, same, other) -> None:
        for key, start, end in spans:
            self.rows.setdefault(key, [doc_id, start, end, 1, 0])
        for column, keys in ((3, same), (4, other)):
            for key in keys:
                self.rows[key][column] += 1

    def add_blocks(self, blocks) -> None:
        for key, bands, shingles in blocks:
            for band in bands:
                self.bands.setdefault(int(band), key)
            self.blocks.setdefault(key, shingles)


def test_deduplicator_decides_the_same_with_the_packed_and_the_dict_store(frequent_merges):
    """Near and exact repeats, templates and reprints over 40 documents, with merges between."""
    sentences = [f"Phrase numéro {i} du corpus de test, assez longue pour compter vraiment ici." for i in range(40)]
    sentences += [s.replace("assez", "bien") for s in sentences[:10]]  # near duplicates
    rng = random.Random(5)
    docs = []
    for _ in range(40):
        picked = rng.sample(sentences, 6)
        docs.append([[picked[0], picked[1]], [picked[2]], [picked[3], picked[4], picked[5]], ["Menu Accueil"]])
    outputs = []
    for reference in (False, True):
        with Deduplicator() as dedup:
            if reference:
                dedup.store = dedup._memory.store = DictStore()
            results = [dedup.apply(make_doc(p, f"d{n:02d}", f"s{n % 3}")) for n, p in enumerate(docs)]
        outputs.append([(kept_texts(d), removed(d), d.duplicate_of) for d in results])
    assert outputs[0] == outputs[1]
    assert sum(len(kept) for kept, _, _ in outputs[0]) < 40 * 7  # something was removed
