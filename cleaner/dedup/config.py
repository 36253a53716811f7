"""Dedup thresholds and policies (data, with documented defaults)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class DedupConfig:
    """Defaults chosen by measurement (see benchmarks/README.md).

    - `min_words`: segments shorter than this are matched exactly only.
    - `threshold`: similarity over which two segments are near duplicates (verified, not estimated).
    - `containment`: share of a segment's shingles found in earlier text for it to count as repeated.
    """

    enabled: bool = True
    within_document: bool = True
    across_documents: bool = True
    min_words: int = 8
    shingle_words: int = 3
    char_ngram: int = 5
    num_perm: int = 128
    threshold: float = 0.7
    containment: float = 0.9
    seed: int = 1
