"""Duplicates inside one document: repeats, glued repeats, and truncated teaser fragments.

Two passes over the units of one document, both deterministic:

1. In text order, a unit whose normalised text equals an earlier kept unit, or (when long enough)
   whose tokens are almost all covered by shingles of earlier kept text, is a duplicate. Coverage
   rather than pairwise similarity is what catches a title and a lead glued into one sentence:
   no single earlier segment equals it, but together they contain all of it.
2. Among the survivors, a unit contained in a longer survivor is a truncated copy of it and goes,
   wherever the longer one stands, so the most complete form is the one kept. Short units only
   go this way when they are contained verbatim and look cut ("rendu en train...", "...a ajouté").
"""

from __future__ import annotations

from collections import Counter

import numpy as np

from .config import DedupConfig
from .units import Unit


def mark_within_document(units: list[Unit], config: DedupConfig) -> None:
    """Set `duplicate_of`/`rule`/`similarity` on the units that repeat this document's own text."""
    _mark_repeats(units, config)
    _mark_fragments([u for u in units if u.kept], config)


def token_coverage(cover: np.ndarray, matched: np.ndarray, size: int) -> float:
    """Share of tokens that lie inside at least one matched shingle (cover = shingle hashes)."""
    count = len(cover) + size - 1
    if len(cover) == 0:
        return 0.0
    hits = np.convolve(matched.astype(np.int32), np.ones(size, dtype=np.int32))[:count]
    return float(np.count_nonzero(hits)) / count


def _mark_repeats(units: list[Unit], config: DedupConfig) -> None:
    first_by_key: dict[int, Unit] = {}
    owner_of: dict[int, Unit] = {}
    for unit in units:
        earlier = first_by_key.get(unit.key)
        if earlier is not None:
            _link(unit, earlier, "dedup.exact.sentence", 1.0)
            continue
        if len(unit.toks) >= config.min_words and owner_of:
            owners = [owner_of.get(h) for h in unit.cover.tolist()]
            matched = np.fromiter((o is not None for o in owners), dtype=bool, count=len(owners))
            share = token_coverage(unit.cover, matched, config.coverage_words)
            if share >= config.containment:
                best = Counter(o.index for o in owners if o is not None).most_common(1)[0][0]
                _link(unit, units[best], "dedup.contained.sentence", share)
                continue
        first_by_key[unit.key] = unit
        for h in unit.cover.tolist():
            owner_of.setdefault(h, unit)


def _mark_fragments(survivors: list[Unit], config: DedupConfig) -> None:
    holders: dict[int, list[Unit]] = {}
    for unit in survivors:
        for h in dict.fromkeys(unit.cover.tolist()):
            holders.setdefault(h, []).append(unit)
    by_token: dict[str, list[Unit]] | None = None
    for unit in sorted(survivors, key=lambda u: (len(u.toks), u.index)):
        if len(unit.toks) >= config.min_words:
            container, share = _best_container(unit, holders, config)
            if container is not None:
                _link(unit, container, "dedup.fragment.sentence", share)
            continue
        if len(unit.toks) < 2 or not unit.truncated:
            continue
        if len(unit.cover):
            candidates = holders.get(int(unit.cover[0]), [])
        else:
            if by_token is None:
                by_token = _token_holders(survivors)
            candidates = by_token.get(unit.toks[0], [])
        needle = unit.joined()
        for other in candidates:
            if other is not unit and other.kept and len(other.toks) > len(unit.toks) and needle in other.joined():
                _link(unit, other, "dedup.fragment.sentence", 1.0)
                break


def _best_container(unit: Unit, holders: dict[int, list[Unit]], config: DedupConfig) -> tuple[Unit | None, float]:
    """The longer kept unit covering most of `unit`, if it covers at least `containment`."""
    votes: Counter[int] = Counter()
    by_index: dict[int, Unit] = {}
    for h in dict.fromkeys(unit.cover.tolist()):
        for other in holders.get(h, ()):
            if other is not unit and other.kept and len(other.toks) > len(unit.toks):
                votes[other.index] += 1
                by_index[other.index] = other
    for index, _ in votes.most_common(3):
        other = by_index[index]
        matched = np.isin(unit.cover, other.cover)
        share = token_coverage(unit.cover, matched, config.coverage_words)
        if share >= config.containment:
            return other, share
    return None, 0.0


def _token_holders(units: list[Unit]) -> dict[str, list[Unit]]:
    holders: dict[str, list[Unit]] = {}
    for unit in units:
        for tok in dict.fromkeys(unit.toks):
            holders.setdefault(tok, []).append(unit)
    return holders


def _link(unit: Unit, original: Unit, rule: str, similarity: float) -> None:
    unit.duplicate_of = original
    unit.rule = rule
    unit.similarity = round(similarity, 4)
