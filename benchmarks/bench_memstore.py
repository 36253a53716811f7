"""Replay the dedup store calls of a real run against store variants: CPU time and bytes per text.

Timing the store inside a whole run is noisy (the store is a few percent of it), so this records
the calls once and replays them alone:

    python benchmarks/bench_memstore.py record /tmp/c3k.jsonl /tmp/memstore_calls.pkl
    python benchmarks/bench_memstore.py replay /tmp/memstore_calls.pkl [variant.py ...]

`record` runs `cleaner clean` in this process (no --index, --jobs 1) with the store's methods
wrapped; `replay` feeds the calls to the packed store and to a dict store like the one it
replaced (and to the `MemoryStore` of each variant file given, e.g. an edited copy of
cleaner/dedup/memstore.py), checks that every answer is the same, and prints CPU seconds and
bytes per remembered text (tracemalloc, so the dict store's objects count too).
"""

from __future__ import annotations

import importlib.util
import pickle
import sys
import time
import tracemalloc
from array import array

import numpy as np

from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's cleaner, not an installed one
from cleaner.dedup.memstore import MemoryStore
from cleaner.dedup.store import Seen

_METHODS = ("add_document", "lookup", "candidates", "shingles", "record", "add_blocks")


def _materialised(method: str, args: tuple) -> tuple:
    """Arguments as plain lists (generators and dict views would be consumed by the call)."""
    if method == "record":
        doc_id, spans, same, other = args
        return doc_id, list(spans), list(same), list(other)
    if method == "add_blocks":
        return ([(key, np.array(bands), np.array(hashes)) for key, bands, hashes in args[0]],)
    if method in ("lookup", "candidates", "shingles"):
        return ([int(k) for k in args[0]],)
    return args


def record(corpus: str, out: str) -> None:
    """Run the CLI over `corpus` with every store call appended to a list, then pickle it."""
    calls: list[tuple[str, tuple]] = []
    for method in _METHODS:
        original = getattr(MemoryStore, method)

        def wrapped(self, *args, _original=original, _method=method):
            args = _materialised(_method, args)
            calls.append((_method, args))
            return _original(self, *args)

        setattr(MemoryStore, method, wrapped)
    from cleaner.cli import app

    try:
        app(["clean", corpus, "-o", "/tmp/bench_memstore_out.jsonl", "-q"], standalone_mode=False)
    finally:
        with open(out, "wb") as sink:
            pickle.dump(calls, sink, protocol=pickle.HIGHEST_PROTOCOL)
    print(f"{len(calls)} calls recorded to {out}")


class DictStore:
    """The dict-based store the packed one replaced (same answers, ~500 bytes a text)."""

    def __init__(self) -> None:
        self._docs: list[tuple[str, str, int]] = []
        self._doc_ids: dict[str, int] = {}
        self._rows: dict[int, int] = {}
        self._columns = tuple(array("q") for _ in range(5))  # doc, start, end, same, other
        self._bands: dict[int, int] = {}
        self._shingles: dict[int, np.ndarray] = {}

    def lookup(self, keys):
        found = {}
        for key in keys:
            row = self._rows.get(key)
            if row is not None:
                doc, start, end, same, other = (column[row] for column in self._columns)
                name, source, length = self._docs[doc]
                found[key] = Seen(name, source, start, end, same, other, length)
        return found

    def candidates(self, bands):
        return {band: [self._bands[band]] for band in bands if band in self._bands}

    def shingles(self, keys):
        return {k: self._shingles[k] for k in keys if k in self._shingles}

    def add_document(self, name, source, length):
        doc_id = self._doc_ids.get(name)
        if doc_id is None:
            doc_id = self._doc_ids[name] = len(self._docs)
            self._docs.append((name, source, length))
        return doc_id

    def record(self, doc_id, spans, same, other):
        doc_col, start_col, end_col, same_col, other_col = self._columns
        for key, start, end in spans:
            if key not in self._rows:
                self._rows[key] = len(doc_col)
                for column, value in zip(self._columns, (doc_id, start, end, 1, 0)):
                    column.append(value)
        for key in same:
            same_col[self._rows[key]] += 1
        for key in other:
            other_col[self._rows[key]] += 1

    def add_blocks(self, blocks):
        for key, bands, shingles in blocks:
            for band in bands:
                self._bands.setdefault(int(band), key)
            self._shingles.setdefault(key, shingles)

    def stats(self):
        return {"seen": len(self._rows)}


def _answers_digest(answers: list) -> list:
    """Answers in a comparable form (shingle arrays as lists)."""
    out = []
    for answer in answers:
        if isinstance(answer, dict):
            answer = {k: (v.tolist() if isinstance(v, np.ndarray) else v) for k, v in answer.items()}
        out.append(answer)
    return out


def replay_one(calls: list, make_store) -> tuple[float, float, list]:
    """Seconds for the calls, bytes per remembered text, and every answer."""
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    store = make_store()
    for method, args in calls:
        getattr(store, method)(*args)
    used = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    per_text = used / max(1, store.stats()["seen"])
    store = make_store()
    answers = []
    started = time.process_time()
    for method, args in calls:
        answers.append(getattr(store, method)(*args))
    seconds = time.process_time() - started
    return seconds, per_text, answers


def _variant(path: str):
    """The `MemoryStore` class of a copy of memstore.py (imported as part of the package)."""
    spec = importlib.util.spec_from_file_location(f"cleaner.dedup._variant_{abs(hash(path))}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.MemoryStore


def replay(path: str, variants: list[str], rounds: int = 3) -> None:
    with open(path, "rb") as source:
        calls = pickle.load(source)
    counts = {m: sum(1 for c in calls if c[0] == m) for m in _METHODS}
    print(f"{len(calls)} calls: {counts}")
    reference = None
    stores = [("dict", DictStore), ("packed", MemoryStore)] + [(v, _variant(v)) for v in variants]
    for name, make in stores:
        best = float("inf")
        for _ in range(rounds):
            seconds, per_text, answers = replay_one(calls, make)
            best = min(best, seconds)
        digest = _answers_digest(answers)
        same = "reference" if reference is None else ("same answers" if digest == reference else "ANSWERS DIFFER")
        reference = reference or digest
        print(f"{name:8s} {best:6.3f} s CPU (best of {rounds})  {per_text:6.0f} B/text  {same}")


if __name__ == "__main__":
    if sys.argv[1:2] == ["record"]:
        record(sys.argv[2], sys.argv[3])
    elif sys.argv[1:2] == ["replay"]:
        replay(sys.argv[2], sys.argv[3:])
    else:
        sys.exit(__doc__)
