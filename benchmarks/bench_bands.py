"""Replay the band keys of a recorded run (`bench_memstore.py record`) through `ArrayIndex` alone.

    python benchmarks/bench_bands.py /tmp/memstore_calls.pkl

Per document, as `MemoryStore` asks: the keys its look-up asks about (`candidates`), then the
bands of its new blocks, asked again and filed (`_file_bands`). Prints the CPU seconds of each
part, and of asking B documents' keys in one search (a lower bound for a batched look-up: the
checks that keys filed inside the batch would need are left out), to tell per-call numpy work
from the binary searches' cache misses (eighth round, benchmarks/README.md).
"""

from __future__ import annotations

import pickle
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's cleaner
from cleaner.dedup.keyindex import ArrayIndex


def documents(path: str) -> list[tuple[np.ndarray, list[np.ndarray]]]:
    """Per document: the band keys asked, the band arrays of the blocks filed."""
    with open(path, "rb") as source:
        calls = pickle.load(source)
    docs: list[tuple[list, list]] = []
    for method, args in calls:
        if method == "add_document":
            docs.append(([], []))
        elif method == "candidates" and docs:
            docs[-1][0].extend(args[0])
        elif method == "add_blocks" and docs:
            docs[-1][1].extend(np.asarray(bands, dtype=np.int64) for _, bands, _ in args[0])
    return [(np.array(asked, dtype=np.int64), filed) for asked, filed in docs]


def file_blocks(index: ArrayIndex, filed: list[np.ndarray], times: dict[str, float]) -> None:
    """`MemoryStore._file_bands`, timed by part."""
    if not filed:
        return
    bands = np.concatenate(filed)
    owners = np.repeat(np.arange(len(filed), dtype=np.int64), [len(b) for b in filed])
    started = time.process_time()
    unfiled = index.get(bands) < 0
    middle = time.process_time()
    keys, first = np.unique(bands[unfiled], return_index=True)
    if len(keys):
        index.put(keys, owners[unfiled][first])
    times["ask again"] += middle - started
    times["unique, put"] += time.process_time() - middle


def per_document(docs: list, remember: bool) -> dict[str, float]:
    index = ArrayIndex()
    times = {"ask": 0.0, "ask again": 0.0, "unique, put": 0.0}
    for asked, filed in docs:
        index.forget()
        started = time.process_time()
        index.get(asked, remember=remember)
        times["ask"] += time.process_time() - started
        file_blocks(index, filed, times)
    return times


def batched(docs: list, size: int) -> float:
    index = ArrayIndex()
    ignored = {"ask again": 0.0, "unique, put": 0.0}
    started = time.process_time()
    for start in range(0, len(docs), size):
        chunk = docs[start : start + size]
        index.get(np.concatenate([asked for asked, _ in chunk]))
        for _, filed in chunk:
            file_blocks(index, filed, ignored)
    return time.process_time() - started


def main(path: str) -> None:
    docs = documents(path)
    asked = np.mean([len(a) for a, _ in docs])
    filed = np.mean([sum(len(b) for b in f) for _, f in docs])
    print(f"{len(docs)} documents, {asked:.0f} band keys asked and {filed:.0f} filed a document")
    for remember in (False, True):
        times = per_document(docs, remember)
        parts = "  ".join(f"{name} {seconds:.2f}" for name, seconds in times.items())
        print(f"per document, {'remembered' if remember else 'asked twice'}: {sum(times.values()):.2f} s CPU ({parts})")
    for size in (16, 64):
        print(f"{size} documents' keys asked at once, filed per document: {batched(docs, size):.2f} s CPU")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
