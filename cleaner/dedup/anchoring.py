"""Where a run's repeated short lines stand, all their places at once: as template, or between
an article's own text (the rules are structure.py's; this module counts them with numpy).

A site of 10^6 pages with ten menu lines has 10^7 places: one Python step per place would cost
minutes and gigabytes before the first page is cleaned (the plan spent 16.8 CPU s and 1.25 GB
on the 1.3 M places of a synthetic site of 100,000 pages; 2.9 s and 0.34 GB now). Every count
here is a sort and a group over arrays; Python loops run over distinct lines only, and over the
few rounds in which template grows from the edges.

Lines are (group, key) pairs: a group is a source when a source's template is sought, and one
group for the whole run when boilerplate shared by sources is (`shared_structure`).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import numpy as np

from .structure import EDGE, NOWHERE, Places

Pair = tuple[int, int]  # (group, key)


@dataclass(frozen=True, slots=True)
class Stances:
    """What `stances` found: the candidate pairs that are template, and per place whether it
    belongs to a candidate and whether that line stands as template in the place's article."""

    found: set[Pair]
    candidate: np.ndarray
    template_article: np.ndarray


def stances(candidates: set[Pair], seeds: set[Pair], places: Places, group_of: np.ndarray, article_of: np.ndarray, min_docs: int, share: float) -> Stances:
    """Which `candidates` (short lines) stand where template stands in `min_docs` articles of
    their group (`group_of`, `article_of`: per document); see structure.py for the rules.

    A place stands as template at a page edge, beside a template line (`seeds`, then each
    candidate found, grown outwards), or beside the same line in `min_docs` articles. A line
    stands as template in an article when more than `share` of its places there do. Numbered
    items stand as template nowhere and count in no share."""
    groups, arts = group_of[places.docs], article_of[places.docs]
    space = np.unique(np.concatenate([places.keys, places.prev, places.next, _keys(seeds), _keys(candidates)]))
    code = _coder(space)
    line, above, below = code(groups, places.keys), code(groups, places.prev), code(groups, places.next)
    candidate = np.isin(line, _codes(code, candidates))
    placed = candidate & ~places.numbered  # the places that count
    fixed = (places.prev == EDGE) | (places.next == EDGE)
    for side, neighbour in ((above, places.prev), (below, places.next)):
        fixed |= placed & (neighbour != NOWHERE) & _steady(line, side, arts, placed, min_docs)
    seed_codes = _codes(code, seeds)
    template, found_codes = seed_codes, None
    while True:  # template grows from the edges until no line is found anew
        beside_template = ((places.prev != NOWHERE) & np.isin(above, template)) | ((places.next != NOWHERE) & np.isin(below, template))
        template_article, found_now = _template_articles(line, arts, placed, placed & (fixed | beside_template), min_docs, share)
        if found_codes is not None and len(found_now) == len(found_codes):  # found only grows
            break
        found_codes = found_now
        template = np.concatenate([seed_codes, found_codes])
    found = {_decode(c, space) for c in found_codes.tolist()}
    return Stances(found, candidate, template_article)


def structure_pairs(result: Stances, candidates: set[Pair], places: Places, group_of: np.ndarray, article_of: np.ndarray, min_docs: int) -> set[Pair]:
    """The candidates that are no template and stand between their articles' own text in
    `min_docs` articles of their group: an article's structure lines, kept on every page.

    A line needs that evidence: one seen where template stands in a few pages and between text
    in fewer than `min_docs` is neither, and the corpus step counts its pages as it meets them (a
    rating row's "1 2 3 4 5" in two pages of a folder of unrelated sites). Numbered items are no
    evidence: "1" is a rank's key and a rating row's, and each page protects its own ranks."""
    between = result.candidate & ~result.template_article & ~places.numbered
    rows, _ = distinct_rows(group_of[places.docs][between], places.keys[between], article_of[places.docs][between])
    counted = _count_pairs(rows[0], rows[1])
    return {pair for pair, n in counted.items() if n >= min_docs and pair in candidates} - result.found


def _steady(line: np.ndarray, side: np.ndarray, arts: np.ndarray, placed: np.ndarray, min_docs: int) -> np.ndarray:
    """Per place, whether it stands beside the same line in `min_docs` articles."""
    rows = np.flatnonzero(placed)
    if not len(rows):
        return np.zeros(len(line), dtype=bool)
    l, s, a = line[rows], side[rows], arts[rows]
    order = np.lexsort((a, s, l))
    l, s, a = l[order], s[order], a[order]
    new_pair = np.ones(len(l), dtype=bool)
    new_pair[1:] = (l[1:] != l[:-1]) | (s[1:] != s[:-1])
    new_article = new_pair.copy()
    new_article[1:] |= a[1:] != a[:-1]
    group = np.cumsum(new_pair) - 1
    steady = np.bincount(group, weights=new_article) >= min_docs
    out = np.zeros(len(line), dtype=bool)
    out[rows[order]] = steady[group]
    return out


def _template_articles(line: np.ndarray, arts: np.ndarray, placed: np.ndarray, held: np.ndarray, min_docs: int, share: float) -> tuple[np.ndarray, np.ndarray]:
    """Per place, whether its line stands as template in its article (more than `share` of its
    counted places there are held), and the codes of the lines that do so in `min_docs` articles
    (sorted)."""
    order = np.lexsort((arts, line))
    l, a = line[order], arts[order]
    new_group = np.ones(len(l), dtype=bool)
    new_group[1:] = (l[1:] != l[:-1]) | (a[1:] != a[:-1])
    group = np.cumsum(new_group) - 1
    totals = np.bincount(group, weights=placed[order], minlength=int(group[-1]) + 1 if len(group) else 0)
    holds = np.bincount(group, weights=held[order], minlength=len(totals))
    ok = (totals > 0) & (holds > share * totals)
    template_article = np.zeros(len(line), dtype=bool)
    template_article[order] = ok[group]
    group_lines = l[new_group][ok]
    lines, counts = np.unique(group_lines, return_counts=True)
    return template_article, lines[counts >= min_docs]


def _coder(space: np.ndarray):
    """Exact int64 codes for (group, key) pairs: the key's rank in `space` (every key met)."""
    width = max(len(space), 1)

    def code(groups: np.ndarray, keys: np.ndarray) -> np.ndarray:
        return np.asarray(groups, dtype=np.int64) * width + np.searchsorted(space, keys)

    return code


def _codes(code, pairs: set[Pair]) -> np.ndarray:
    if not pairs:
        return np.empty(0, np.int64)
    groups, keys = zip(*pairs)
    return code(np.array(groups, dtype=np.int64), np.array(keys, dtype=np.int64))


def _decode(value: int, space: np.ndarray) -> Pair:
    width = max(len(space), 1)
    return value // width, int(space[value % width])


def _keys(pairs: set[Pair]) -> np.ndarray:
    return np.fromiter((key for _, key in pairs), dtype=np.int64, count=len(pairs))


def _count_pairs(groups: np.ndarray, keys: np.ndarray) -> dict[Pair, int]:
    """How many rows each distinct (group, key) has."""
    rows, counts = distinct_rows(groups, keys)
    return {(g, k): n for g, k, n in zip(rows[0].tolist(), rows[1].tolist(), counts.tolist())}


def distinct_rows(*columns: np.ndarray) -> tuple[list[np.ndarray], np.ndarray]:
    """The distinct rows of these int64 columns (as columns, sorted) and how many times each comes."""
    if not len(columns[0]):
        return [c[:0] for c in columns], np.empty(0, np.int64)
    order = np.lexsort(columns[::-1])
    sorted_columns = [c[order] for c in columns]
    new = np.zeros(len(order), dtype=bool)
    new[0] = True
    for c in sorted_columns:
        new[1:] |= c[1:] != c[:-1]
    starts = np.flatnonzero(new)
    counts = np.diff(np.append(starts, len(order)))
    return [c[new] for c in sorted_columns], counts


def shared_structure(
    places: Places, source_of: np.ndarray, article_of: np.ndarray, seeds: set[int], min_sources: int, share: float
) -> dict[int, set[int]]:
    """Per source id, the short lines it shares with other sources that are its articles' own
    structure: an interview's "Question :", a recipe's "Zutaten" in pages of several sites.

    Seen under `min_sources` sources, a short line is boilerplate to the corpus step (a menu's
    "Accueil", a share row's "Partager"): counting sources cannot tell a label from a menu item.
    Where it stands can, as within a source (`stances`, the whole run one group, each article
    counted once): a line standing inside the page's text (`Places.enclosed`), where template
    stands in none of its articles, in pages of `min_sources` sources is a label; each source
    where most of its places are such keeps it. `places`: the short lines held by two sources or
    more; `seeds`: the keys of template lines (of any source). A label beside the same line in
    `min_sources` sources (a recipe's "Method" under the same last ingredient) stands where a
    share row does, and still goes."""
    run = np.zeros(len(source_of), dtype=np.int64)  # one group: the run
    candidates = {(0, key) for key in np.unique(places.keys).tolist()}
    result = stances(candidates, {(0, key) for key in seeds}, places, run, article_of, min_sources, share)
    label = result.candidate & ~result.template_article & places.enclosed & ~places.numbered
    label[np.isin(places.keys, _keys(result.found))] = False
    sources = source_of[places.docs]
    rows, _ = distinct_rows(places.keys[label], sources[label])
    keys, per_key = np.unique(rows[0], return_counts=True)
    wide = keys[per_key >= min_sources]  # labels in articles of min_sources sources
    if not len(wide):
        return {}
    chosen = np.isin(places.keys, wide)
    (groups, lines), totals = distinct_rows(sources[chosen], places.keys[chosen])
    (label_groups, label_lines), labelled = distinct_rows(sources[chosen & label], places.keys[chosen & label])
    held = dict(zip(zip(label_groups.tolist(), label_lines.tolist()), labelled.tolist()))
    found: dict[int, set[int]] = {}
    for source, key, total in zip(groups.tolist(), lines.tolist(), totals.tolist()):
        if held.get((source, key), 0) > share * total:
            found.setdefault(source, set()).add(key)
    return found


def key_lengths(keys: np.ndarray, words: np.ndarray, wanted: set[int]) -> dict[int, set[int]]:
    """The token counts of the lines of each wanted key (one count per key, but for a 64-bit
    collision): a site's menu lines are in every page, so the lines are grouped first."""
    chosen = np.flatnonzero(np.isin(keys, np.fromiter(wanted, dtype=np.int64, count=len(wanted))))
    (distinct_keys, counts), _ = distinct_rows(keys[chosen], words[chosen])
    lengths: dict[int, set[int]] = defaultdict(set)
    for key, count in zip(distinct_keys.tolist(), counts.tolist()):
        lengths[key].add(count)
    return lengths
