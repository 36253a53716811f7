"""Batched numpy MinHash equals datasketch bit for bit; banding derives sane parameters."""

from __future__ import annotations

import numpy as np
import pytest
from datasketch import MinHash
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.dedup import Permutations, band_keys, optimal_bands, shingle_hash, shingle_hashes, signatures, token_hashes
from cleaner.dedup.lsh import candidate_probability

words = st.text(alphabet="abcdefghijklmnopqrstuvwxyzéàç0123456789", min_size=1, max_size=8)


def _datasketch_signature(toks: list[str], size: int, num_perm: int, seed: int) -> np.ndarray:
    reference = MinHash(num_perm=num_perm, seed=seed, hashfunc=shingle_hash)
    grams = [" ".join(toks[i : i + size]).encode("utf-8") for i in range(len(toks) - size + 1)]
    reference.update_batch(grams)
    return np.asarray(reference.hashvalues, dtype=np.uint64)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(words, min_size=0, max_size=40), min_size=1, max_size=6), st.sampled_from([1, 2, 3]), st.sampled_from([(16, 1), (32, 7), (64, 42)]))
def test_batch_signatures_equal_datasketch(docs, size, perm_seed):
    num_perm, seed = perm_seed
    perms = Permutations.create(num_perm, seed)
    sets = [shingle_hashes(token_hashes(toks), size) for toks in docs]
    ours = signatures(sets, perms)
    for toks, row in zip(docs, ours):
        expected = _datasketch_signature(toks, size, num_perm, seed)
        assert np.array_equal(row.astype(np.uint64), expected)


def test_permutations_match_datasketch():
    perms = Permutations.create(32, 5)
    reference = MinHash(num_perm=32, seed=5)
    assert np.array_equal(perms.a, reference.permutations[0])
    assert np.array_equal(perms.b, reference.permutations[1])


def test_signatures_of_large_batches_are_chunked_identically():
    rng = np.random.default_rng(0)
    sets = [rng.integers(0, 2**32, size=n, dtype=np.uint32) for n in rng.integers(0, 3000, size=120)]
    perms = Permutations.create(32, 1)
    whole = signatures(sets, perms)
    one_by_one = np.vstack([signatures([s], perms) for s in sets])
    assert np.array_equal(whole, one_by_one)


def test_shingle_hash_of_bytes_matches_vectorised_hashes():
    toks = ["le", "président", "russe", "arrive"]
    vector = shingle_hashes(token_hashes(toks), 2)
    assert [int(v) for v in vector] == [shingle_hash(f"{a} {b}".encode()) for a, b in zip(toks, toks[1:])]
    assert len(shingle_hashes(token_hashes(["seul"]), 2)) == 0


def test_optimal_bands_fit_the_signature_and_separate_around_threshold():
    bands, rows = optimal_bands(0.4, 32)
    assert bands * rows <= 32
    assert candidate_probability(0.75, bands, rows) > 0.97
    assert candidate_probability(0.1, bands, rows) < 0.05
    with pytest.raises(ValueError):
        optimal_bands(1.5, 32)


def test_band_keys_equal_for_equal_bands_only():
    perms = Permutations.create(32, 1)
    a = shingle_hashes(token_hashes("un deux trois quatre cinq six sept huit neuf dix".split()), 2)
    b = shingle_hashes(token_hashes("onze douze treize quatorze quinze seize dix-sept".split()), 2)
    keys = band_keys(signatures([a, a, b], perms), 10, 3)
    assert keys.shape == (3, 10)
    assert np.array_equal(keys[0], keys[1])
    assert not np.intersect1d(keys[0], keys[2]).size
    assert keys.min() >= -(2**31) and keys.max() < 2**31
    assert len(set(keys[0].tolist())) == 10  # the band number is mixed in
