"""Duplicates inside one document: repeats, glued repeats, and truncated teaser fragments.

Two passes over the units of one document, both deterministic:

1. In text order, a unit whose normalised text equals an earlier kept unit, or (when long enough)
   whose tokens are almost all covered by shingles of earlier kept text, is a duplicate. Coverage
   rather than pairwise similarity is what catches a title and a lead glued into one sentence:
   no single earlier segment equals it, but together they contain all of it.
2. Among the survivors, a unit contained in a longer survivor is a truncated copy of it and goes,
   wherever the longer one stands, so the most complete form is the one kept (pass 1 leaves a
   unit whose start an earlier unit repeats cut short: a teaser cut with "…" before the full
   sentence). Short units only go this way when they are contained verbatim and look cut
   ("rendu en train...", "...a ajouté"); one opening with a figure does not look cut
   ("60 000 vélos par an" in a key-figures box: the figure's unit is lowercase).

Most documents repeat nothing: `repeats_nothing` sees that from the document's keys and one set
of its shingles, before any unit is built. In the others, a sorted index of the document's
shingles (`ShingleIndex`) answers "which units hold these shingles" without scanning the page.
"""

from __future__ import annotations

from collections import Counter

import numpy as np

from .config import DedupConfig
from .coverage import coverable, first_and_last_holder, token_coverage
from .near_paragraphs import fact_swapped, mark_near_paragraphs
from .paragraphs import by_paragraph, cut_from, quoted_paragraphs, repeated_paragraphs, teaser_paragraphs
from .headline import HeadlineQuote, heading_over, item_restates_figure, lone_headline, restates_headline_figure
from .series import series_labels
from .text import shingle_hashes, sorted_unique
from .shingleindex import ShingleIndex
from .units import DocTokens, KeptPieces, Unit


def mark_within_document(units: list[Unit], doc_tokens: DocTokens, config: DedupConfig, rows: frozenset[int] = frozenset()) -> None:
    """Set `duplicate_of`/`rule`/`similarity` on the units that repeat this document's own text.

    Units of the paragraphs in `rows` (data-table rows, `tablerow.is_row`) are never marked:
    two tables share their header row, two wards' results share a row ("| Green | 2 | +1 |"),
    and a row's last cell may hold a sentence another row holds in full; each copy is content.
    """
    if len(units) < 2:
        return
    sh, sh_unit = doc_tokens.shingles(config.coverage_words)
    if _nothing_repeats(units, sh, config):
        return
    earlier, shared = _reach(doc_tokens, config)
    places = ShingleIndex(sh, sh_unit, doc_tokens, config.coverage_words)
    labels = series_labels(units, config)
    _mark_repeats(units, config, places, earlier, rows, labels)
    mark_near_paragraphs(units, doc_tokens, config, places, by_paragraph(units), rows, labels)
    survivors = [u for u in units if u.kept]
    _mark_fragments(units, [u for u in survivors if u.paragraph not in rows] if rows else survivors, survivors,
                    config, places, shared, doc_tokens)


def repeats_nothing(kept: KeptPieces, doc_tokens: DocTokens, config: DedupConfig) -> bool:
    """`_nothing_repeats` before any unit is made: most documents stop here, so the in-document
    pass costs one memo lookup per segment and a set of the document's shingles."""
    pieces = kept.pieces
    if len(pieces) < 2:
        return True
    if len({p.key for p in pieces}) != len(pieces):
        return False
    stream = doc_tokens.stream(config.coverage_words)  # all shingles, across unit ends too:
    if _has_repeats(stream):  # unique there means unique inside the units
        sh, _ = doc_tokens.shingles(config.coverage_words)
        if _has_repeats(sh):
            return False
    short = min(config.coverage_words, config.min_words)
    return not any(2 <= p.words < short and p.looks_truncated() for p in pieces)


def _nothing_repeats(units: list[Unit], sh: np.ndarray, config: DedupConfig) -> bool:
    """True when no pass could link anything: every shingle and every unit key occurs once, and
    no unit is a truncated piece too short to have shingles (most documents: one sort, done)."""
    if _has_repeats(sh) or len({u.key for u in units}) != len(units):
        return False
    return not any(u.truncated and 2 <= u.words < config.coverage_words for u in units)


def _has_repeats(values: np.ndarray) -> bool:
    """Whether a value occurs twice (a sorted copy: a set of Python ints would cost ten times
    the memory on a page of millions of shingles)."""
    if len(values) < 2:
        return False
    ordered = np.sort(values)
    return bool((ordered[1:] == ordered[:-1]).any())


def _reach(doc_tokens: DocTokens, config: DedupConfig) -> tuple[list[bool], list[bool]]:
    """Per unit: could an earlier unit cover `containment` of its tokens (counted with the
    units' edges padded, `coverage.padded_coverage`), could any other unit (by `token_coverage`)?

    Each is an upper bound worked out for all units at once: the share of the unit's tokens
    under its shingles that occur in an earlier unit (in any other unit). What one earlier kept
    unit (one longer unit) covers is part of that, so a unit below the bound can be left out of
    the per-unit searches without changing a decision: on a long page almost every unit shares
    a few common phrases with others and nothing more, and each search cost numpy calls.
    """
    size = config.coverage_words
    sh, sh_unit = doc_tokens.shingles(size)
    n_units = len(doc_tokens.lengths)
    if not len(sh):
        return [False] * n_units, [False] * n_units
    first_unit, last_unit = first_and_last_holder(sh, sh_unit)
    starts, lengths = doc_tokens.starts(size), doc_tokens.lengths
    earlier = coverable(starts[first_unit < sh_unit], lengths, size, config.containment, edges=True)
    shared = coverable(starts[(first_unit != sh_unit) | (last_unit != sh_unit)], lengths, size, config.containment)
    return earlier, shared


def _mark_repeats(units: list[Unit], config: DedupConfig, places: ShingleIndex, earlier: list[bool], rows: frozenset[int],
                  labels: set[int]) -> None:
    """Pass 1 (see the module's doc); `labels`: `series.series_labels`, whose copies all stay."""
    first_by_key: dict[int, Unit] = {}
    kept = np.ones(len(units), dtype=bool)
    paragraphs = by_paragraph(units)
    copies = repeated_paragraphs(paragraphs, config)
    teasers = teaser_paragraphs(paragraphs, rows, config)
    pulled = quoted_paragraphs(paragraphs, rows, config)
    quoted = HeadlineQuote(units, config)
    sizes = Counter(unit.paragraph for unit in units)  # units a paragraph holds
    pointed: set[int] = set()  # units that a removed unit points to
    for unit in units:
        original = first_by_key.get(unit.key)
        copied = copies.get(unit.index)
        if labels and unit.key in labels:
            pass  # a label of a series: every copy stays
        elif rows and unit.paragraph in rows:
            pass  # a table's row: see mark_within_document
        elif copied is not None and copied.kept:
            _link(unit, copied, "dedup.exact.sentence", 1.0)
        elif (full := teasers.get(unit.index) or pulled.get(unit.index)) is not None and full.duplicate_of is None:
            exact = full.key == unit.key
            _link(unit, full, "dedup.exact.sentence" if exact else "dedup.contained.sentence", 1.0 if exact else unit.words / full.words)
        elif original is not None and unit.words >= config.repeat_min_words:
            if _pulled_out(original, unit, units[0].paragraph, sizes, pointed):
                _link(original, unit, "dedup.exact.sentence", 1.0)
                kept[original.index] = False
                pointed.add(unit.index)
            elif not quoted.word_for_word(unit, original):
                _link(unit, original, "dedup.exact.sentence", 1.0)
        elif earlier[unit.index] and unit.words >= config.min_words:
            _cover_by_earlier(unit, units, config, places, kept, quoted)
        if unit.kept:
            first_by_key[unit.key] = unit
        else:
            kept[unit.index] = False
            pointed.add(unit.duplicate_of.index)


def _pulled_out(first: Unit, later: Unit, title: int, sizes: Counter[int], pointed: set[int]) -> bool:
    """Whether `first` is a sentence standing alone as a paragraph that `later` states again
    inside a paragraph of several sentences: a pull quote (or a teaser line) set above the
    paragraph it was taken from. The lone copy goes, so the paragraph keeps its sentence; a copy
    something already points to stays, and so does the page's first paragraph (`title`) when it
    is shaped as a headline (`heading_like`: no sentence mark at its end), which often repeats
    the lead's first sentence. A first paragraph ending like a sentence is a summary of the lead
    (a feed's record: summary, then the full text): the lead keeps its first sentence."""
    headline = first.paragraph == title and first.heading_like
    alone = sizes[first.paragraph] == 1 and not headline
    return alone and sizes[later.paragraph] >= 2 and first.index not in pointed


def _cover_by_earlier(
    unit: Unit, units: list[Unit], config: DedupConfig, places: ShingleIndex, kept: np.ndarray, quoted: HeadlineQuote
) -> None:
    """Coverage of `unit` by shingles of earlier kept units; link to the unit owning most (each
    shingle owned by the first earlier kept unit holding it)."""
    cover = places.cover(unit)
    values = sorted_unique(cover)
    inverse = values.searchsorted(cover)
    which, holder = places.holders(values)
    usable = (holder < unit.index) & kept[holder]
    which, holder = which[usable], holder[usable]
    first = np.flatnonzero(np.diff(which, prepend=-1))  # first usable holder of each value
    owner = np.full(len(values), -1, dtype=np.int64)
    owner[which[first]] = holder[first]
    matched = owner[inverse] >= 0
    if not matched.any():
        return
    best = Counter(owner[inverse[matched]].tolist()).most_common(1)[0][0]
    share = token_coverage(matched, config.coverage_words)
    if share < config.containment:  # a change near an edge leaves more tokens uncovered: count it fairly
        share = places.padded_share(unit, units[best])
    if share < config.containment:
        return
    if _figure_swapped(unit, units[best]):
        return  # the same bulletin for another figure ("coda di 1 km" under "coda di 3 km"): news, not a copy
    if cut_from(units[best], unit):
        return  # a teaser cut from this sentence came first: it goes in pass 2, this one stays
    if quoted.by(unit, units[best]):
        return  # the article's sentence that the headline quotes
    if restates_headline_figure(unit, units[best], quoted):
        return  # a body line stating a figure the headline repeats: the article's own fact
    if heading_over(units[best], unit, units, quoted):
        return  # the sentence that a live entry's heading right above it restates in its own words
    _link(unit, units[best], "dedup.contained.sentence", share)


def _figure_swapped(unit: Unit, other: Unit) -> bool:
    """Whether `unit` holds a figure between two words where `other`, the earlier unit covering
    most of it, has another figure between the same two words, and nowhere this one: a list of
    short bulletins ("A1 Milano-Napoli: coda di 4 km tra Melegnano e Lodi ...", then "coda di 7
    km" on the same stretch an hour later) or of results differs in figures only, and each item
    is news. A copy with a date or a time glued to its start has no word on both sides of the
    figure and still goes."""
    # lists: a `Tokens` tokenises its text again at each index
    return fact_swapped(list(unit.toks), list(other.toks), _figure)


def _figure(token: str) -> bool:
    return any(c.isdigit() for c in token)


def _mark_fragments(units: list[Unit], candidates: list[Unit], survivors: list[Unit], config: DedupConfig,
                    places: ShingleIndex, shared: list[bool], doc_tokens: DocTokens) -> None:
    """Pass 2 (see the module's doc): each of `candidates` contained in a longer survivor goes."""
    holders: dict[int, np.ndarray] | None = None
    joined: dict[int, str] = {}  # a unit's tokens are read again on each use: join them once
    # Tokens of each unit kept when the pass starts (-1: gone). Units are met shortest first, so
    # one the pass links is never longer than the unit met after it: for the longer units that
    # a unit looks for, this is their kept state now.
    kept_words: np.ndarray | None = None
    headline = lone_headline(survivors)
    for unit in sorted(candidates, key=lambda u: (u.words, u.index)):
        if unit.words >= config.min_words:
            if shared[unit.index] and unit is not headline:
                if kept_words is None:
                    kept_words = np.array([u.words if u.kept else -1 for u in units], dtype=np.int64)
                _contain_in_longer(unit, units, config, places, kept_words)
            continue
        if unit.words < 2 or not unit.truncated or _opens_with_figure(unit):
            continue
        if holders is None:
            holders = _run_holders(candidates, survivors, doc_tokens, config)
        needle = unit.joined()
        for other in map(units.__getitem__, holders.get(unit.index, ())):
            if other is not unit and other.kept and other.words > unit.words and needle in _joined(other, joined):
                if other is headline and unit.words * 2 <= other.words:
                    continue  # a short item the headline sums up ("bateria na dwa dni" in a review's pros), no teaser cut from it
                _link(unit, other, "dedup.fragment.sentence", 1.0)
                break


def _opens_with_figure(unit: Unit) -> bool:
    """Whether a short unit opens with a number ("60", "40m", "2nd", in any script's digits):
    its lowercase first word is the figure's unit ("60 000 vélos par an", "240 salariés",
    "£40m plant" in an article's key-figures box; "1 pass defended." in a player's stats line),
    no sign of a sentence cut at its start. The article states the same figure in its body, so
    the item is contained in a longer sentence, but it is the article's own fact, not a teaser
    cut from it."""
    return unit.toks[0][:1].isdigit()


def _contain_in_longer(unit: Unit, units: list[Unit], config: DedupConfig, places: ShingleIndex, kept_words: np.ndarray) -> None:
    """Link `unit` to the longer kept unit covering at least `containment` of it, if any; not
    to one above it that states the figure of the item it is (`headline.item_restates_figure`), nor to
    the sentence under it that it heads (`headline.heading_over`).

    Candidates are voted for by their number of occurrences of the unit's shingles; the three
    best (ties: earlier unit first) get the true coverage check."""
    cover = places.cover(unit)
    _, holder = places.holders(sorted_unique(cover))
    candidates, votes = np.unique(holder, return_counts=True)
    for other in _best_longer(units, candidates, votes, kept_words, unit.words):
        if item_restates_figure(unit, other) or heading_over(unit, other, units, None):
            continue
        share = token_coverage(np.isin(cover, places.cover(other)), config.coverage_words)
        if share >= config.containment:
            _link(unit, other, "dedup.fragment.sentence", share)
            return


def _best_longer(units: list[Unit], candidates: np.ndarray, votes: np.ndarray, kept_words: np.ndarray, size: int,
                 best: int = 3) -> list[Unit]:
    """The `best` kept units longer than `size` tokens with the most votes (ties: earlier unit
    first), filtered and ordered in numpy: on a page of thousands of near-identical lines every
    unit is a candidate of every other, and filtering them in Python was quadratic (8.9 of
    11.4 s on a page of 6,000 lines)."""
    usable = kept_words[candidates] > size
    candidates, votes = candidates[usable], votes[usable]
    order = np.lexsort((candidates, -votes))[:best]
    return [units[index] for index in candidates[order].tolist()]


def _joined(unit: Unit, cache: dict[int, str]) -> str:
    found = cache.get(unit.index)
    if found is None:
        found = cache[unit.index] = unit.joined()
    return found


def _run_holders(candidates: list[Unit], survivors: list[Unit], doc_tokens: DocTokens, config: DedupConfig) -> dict[int, np.ndarray]:
    """Per short unit that pass 2 may drop as a cut fragment: the longer survivors holding a run
    of tokens with the hash of its tokens, in text order (a hash may collide: each is checked;
    one holding it twice is there twice).

    A short unit goes to the first longer survivor holding its tokens in a row. Scanning every
    survivor holding its first word made a page of short sentences over a small vocabulary
    quadratic ("de", "la" open many and stand in most others, a scan each: 1 MB 1.1 s, 2 MB
    5.9 s). One pass over the page's runs of each short length finds them all, in numpy."""
    lengths, hashes = doc_tokens.lengths, doc_tokens.hashes
    firsts = np.cumsum(lengths) - lengths
    alive = np.zeros(len(lengths), dtype=bool)
    alive[[u.index for u in survivors]] = True
    unit_of = doc_tokens.token_units()
    found: dict[int, list[int]] = {}
    shorts = [u for u in candidates if 2 <= u.words < config.min_words and u.truncated and not _opens_with_figure(u)]
    for size in sorted({u.words for u in shorts}):
        group = [u.index for u in shorts if u.words == size]
        runs = shingle_hashes(hashes, size)
        wanted = runs[firsts[group]]
        at = np.flatnonzero(np.isin(runs, wanted))
        owner = unit_of[at]
        usable = alive[owner] & (lengths[owner] > size) & (at + size <= firsts[owner] + lengths[owner])
        at, owner = at[usable], owner[usable]
        order = np.lexsort((owner, runs[at]))
        values, owner = runs[at][order], owner[order]
        lo, hi = values.searchsorted(wanted, "left"), values.searchsorted(wanted, "right")
        for index, start, end in zip(group, lo.tolist(), hi.tolist()):
            found[index] = owner[start:end]  # a view, read until the first that holds it: "de la" stands in most
    return found


def _link(unit: Unit, original: Unit, rule: str, similarity: float) -> None:
    unit.duplicate_of = original
    unit.rule = rule
    unit.similarity = round(similarity, 4)
