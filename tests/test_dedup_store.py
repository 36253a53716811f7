"""The persistent index: reopen, parameter mismatch, concurrent writers, a writer killed mid-run."""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import sqlite3
import time

import pytest

from cleaner.dedup import DedupConfig, Deduplicator
from cleaner.errors import DedupIndexError

from test_dedup_support import kept_texts, make_doc

S1 = "Le dirigeant nord-coréen est arrivé en Russie aux premières heures de la journée de mardi, a rapporté l'armée."
S2 = "Le ministre sud-coréen des Affaires étrangères a déclaré vendredi que tout accord menacerait la paix dans la péninsule."


def _sentence(i: int, tag: str) -> str:
    """A distinct sentence per (i, tag): random words, so no two are near duplicates."""
    rng = random.Random(f"{tag}-{i}")
    words = [rng.choice("bcdfglmnprstv") + rng.choice("aeiou") + rng.choice("lnrst") + rng.choice("aeiou") for _ in range(14)]
    return " ".join(words).capitalize() + "."


def test_second_run_removes_what_the_first_indexed(tmp_path):
    index = tmp_path / "dedup.sqlite"
    with Deduplicator(DedupConfig(), index) as first:
        first.apply(make_doc([[S1]], "run1.txt"))
    with Deduplicator(DedupConfig(), index) as second:
        doc = second.apply(make_doc([[S2], [S1]], "run2.txt"))
        assert second.store.stats()["docs"] == 2
    assert kept_texts(doc) == [S2]
    assert next(doc.removals())[2].original.doc == "run1.txt"


def test_reindexing_the_same_document_does_not_remove_it(tmp_path):
    index = tmp_path / "dedup.sqlite"
    for _ in range(2):
        with Deduplicator(DedupConfig(), index) as dedup:
            doc = dedup.apply(make_doc([[S1], [S2]], "same.txt"))
    assert kept_texts(doc) == [S1, S2]


def test_parameter_mismatch_is_refused_with_a_clear_message(tmp_path):
    index = tmp_path / "dedup.sqlite"
    Deduplicator(DedupConfig(), index).close()
    with pytest.raises(DedupIndexError, match="shingle_words"):
        Deduplicator(DedupConfig(shingle_words=4), index)
    Deduplicator(DedupConfig(template_min_docs=9), index).close()  # a policy, not an index parameter


@pytest.mark.parametrize("older", ["1", "3"])  # 3: teasers' cut lines were filed for near copies
def test_an_index_of_an_older_format_is_refused_with_a_rebuild_hint(tmp_path, older):
    index = tmp_path / "dedup.sqlite"
    Deduplicator(DedupConfig(), index).close()
    with sqlite3.connect(index) as db:
        db.execute("UPDATE meta SET value = ? WHERE name = 'version'", (older,))
    db.close()
    with pytest.raises(DedupIndexError, match=f"format '{older}'.*rebuild"):
        Deduplicator(DedupConfig(), index)


def test_a_file_that_is_not_an_index_is_refused(tmp_path):
    bogus = tmp_path / "notes.sqlite"
    bogus.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(DedupIndexError):
        Deduplicator(DedupConfig(), bogus)


def _writer(path: str, tag: str, count: int) -> None:
    with Deduplicator(DedupConfig(), path) as dedup:
        for i in range(count):
            dedup.apply(make_doc([[_sentence(i, tag)], [S1]], f"{tag}-{i}.txt", source=tag))
            if i % 7 == 0:
                dedup.flush()


def test_two_concurrent_writers_both_land(tmp_path):
    index = str(tmp_path / "dedup.sqlite")
    Deduplicator(DedupConfig(), index).close()
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_writer, args=(index, tag, 40)) for tag in ("a", "b")]
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join(120)
    assert [p.exitcode for p in procs] == [0, 0]
    db = sqlite3.connect(index)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("SELECT COUNT(*) FROM docs").fetchone()[0] == 80
    same, other = db.execute("SELECT same_docs, other_docs FROM seen s JOIN docs d ON d.id = s.doc "
                             "WHERE d.name IN ('a-0.txt', 'b-0.txt') AND s.start > 0").fetchone()
    assert same + other == 80  # S1 counted once per document, whoever wrote it


def _killed_writer(path: str, ready: str) -> None:
    dedup = Deduplicator(DedupConfig(), path)
    for i in range(5):
        dedup.apply(make_doc([[_sentence(i, "k")]], f"k-{i}.txt"))
    dedup.flush()
    for i in range(5, 50):
        dedup.apply(make_doc([[_sentence(i, "k")]], f"k-{i}.txt"))
    open(ready, "w").close()
    time.sleep(60)


def test_killed_writer_leaves_the_last_committed_state(tmp_path):
    index = str(tmp_path / "dedup.sqlite")
    ready = str(tmp_path / "ready")
    proc = multiprocessing.get_context("spawn").Process(target=_killed_writer, args=(index, ready))
    proc.start()
    deadline = time.time() + 60
    while not os.path.exists(ready) and time.time() < deadline:
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.join(10)
    with Deduplicator(DedupConfig(), index) as dedup:
        assert dedup.store.stats()["docs"] == 5
        doc = dedup.apply(make_doc([[_sentence(3, "k")], [_sentence(30, "k")]], "after.txt"))
    assert kept_texts(doc) == [_sentence(30, "k")]
    assert sqlite3.connect(index).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_persistent_index_keeps_a_large_page_cache(tmp_path):
    """Random B-tree inserts with SQLite's default 2 MB cache made index builds I/O-bound."""
    with Deduplicator(DedupConfig(), tmp_path / "dedup.sqlite") as dedup:
        assert dedup.store._db.execute("PRAGMA cache_size").fetchone()[0] <= -64 * 1024
        assert dedup.store._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_band_rows_hold_a_key_prefix_and_a_shared_prefix_only_adds_a_candidate(tmp_path):
    """A band row keeps the top 24 bits of its block's key (format 3): the look-up resolves them
    on the shingles table, so a block filed under another band whose key starts alike comes
    back as a candidate too (the similarity check turns it away), and nothing is lost."""
    import numpy as np

    from cleaner.dedup.store import IndexStore

    store = IndexStore(tmp_path / "dedup.sqlite", {"seed": "1"})
    store.begin()
    first, second, elsewhere = (5 << 40) | 1, (5 << 40) | 2, (6 << 40) | 1
    shingles = np.array([1, 2, 3], dtype=np.uint32)
    store.add_blocks([(first, [100], shingles), (second, [200], shingles + 10), (elsewhere, [300], shingles)])
    store.commit()
    assert store.candidates([100]) == {100: [first, second]}
    assert store.candidates([300, 999]) == {300: [elsewhere]}
    assert store.shingles([second])[second].tolist() == [11, 12, 13]
    assert {row[1] for row in store._db.execute("SELECT band, high FROM bands")} == {5, 6}
    store.close()
