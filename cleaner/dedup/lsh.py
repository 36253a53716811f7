"""LSH banding: from signatures to the band keys under which near duplicates meet.

The user states a Jaccard threshold and a signature size; bands and rows are derived the way
datasketch does it, by minimising the (equally weighted) areas of false positives below the
threshold and false negatives above it under the S-curve `1 - (1 - s^r)^b`. Band keys are only
candidates: every pair they bring together is checked with a true similarity afterwards.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

_INTEGRATION_STEPS = 200
_MIX = np.uint64(0x9E3779B97F4A7C15)
_MIX2 = np.uint64(0xBF58476D1CE4E5B9)


def _area(function, low: float, high: float) -> float:
    xs = np.linspace(low, high, _INTEGRATION_STEPS + 1)
    return float(np.trapezoid(function(xs), xs)) if high > low else 0.0


def optimal_bands(threshold: float, num_perm: int) -> tuple[int, int]:
    """(bands, rows) with bands*rows <= num_perm best separating pairs around `threshold`."""
    if not 0.0 < threshold < 1.0:
        raise ValueError(f"threshold must be in (0, 1), got {threshold}")
    best = (float("inf"), 1, 1)
    for bands in range(1, num_perm + 1):
        for rows in range(1, num_perm // bands + 1):
            false_pos = _area(lambda s: 1 - (1 - s**rows) ** bands, 0.0, threshold)
            false_neg = _area(lambda s: (1 - s**rows) ** bands, threshold, 1.0)
            error = false_pos + false_neg
            if error < best[0] - 1e-12:
                best = (error, bands, rows)
    return best[1], best[2]


def candidate_probability(similarity: float, bands: int, rows: int) -> float:
    """Chance that two sets of this Jaccard similarity share at least one band."""
    return 1.0 - (1.0 - similarity**rows) ** bands


@lru_cache(maxsize=8)
def _band_seeds(bands: int) -> np.ndarray:
    """The start of each band's hash, its number mixed (read-only: shared by every call)."""
    seeds = np.arange(1, bands + 1, dtype=np.uint64) * _MIX
    seeds.flags.writeable = False
    return seeds


def band_keys(sigs: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """(n, bands) int64 keys, one per band, in the signed 32-bit range (compact in SQLite).

    The band number is mixed in, so equal values in different bands never share a key.
    """
    n = sigs.shape[0]
    grid = sigs[:, : bands * rows].reshape(n, bands, rows).astype(np.uint64)
    h = _band_seeds(bands)[None, :]  # the first row's xor makes each row's own copy
    for row in range(rows):  # integer array arithmetic wraps around without a warning
        h = h ^ grid[:, :, row]
        h *= _MIX2
        h ^= h >> np.uint64(31)
    folded = (h >> np.uint64(32)) ^ (h & np.uint64(0xFFFFFFFF))
    return folded.astype(np.int64) - (1 << 31)
