"""Which copy of a reprint is kept: the one published first, when the inputs say when (plan.py).

Dedup keeps the first copy it meets, and a run meets documents in sorted path order (records in
file order): a partner's folder that sorts before the original's, or a crawl that fetched a
syndicating site first, kept the copy and pointed the original at it. What a reader calls the
original is the copy published first: a press release on its issuer's site the day before the
papers print it, the agency's own wire page. So when two documents of different sources share
`DedupConfig.origin_shared_lines` content lines (a reprint, not a stock phrase), both say when
they were published and the later one comes first in the input, the plan meets the earlier one
first (`DedupConfig.prefer_earliest`). A document that does not say when stays where it is.

When a document was published: a JSONL record's date field (`io.fields.record_published`), else
what its HTML page states (`--html-field`: `html.published`), else a date in its URL; an HTML
file's own statement (its `article:published_time`, its JSON-LD `datePublished`...), else the
date in its path (`2026-12-06-crue.txt`, `site/2026/12/06/crue.html`); else, weaker evidence
and so asked last, the date its dateline or byline states in the text's top lines
(io/textdates.py: "7 de dezembro de 2026", "December 7, 2026 2:30 p.m."). A page's visible date
is what a reader sees, but it is read by patterns, not from a field its publisher filled in: a
field, the page's meta, a URL or a path that says when always wins over it.
A day alone says nothing of the hour: a copy that gives only its day comes after the copies
that give a time on that day (and before those of the next day), not as if it came out at
midnight: a file named for its day gives way to a record stamped 18:02 that day, which may be
the same page; copies that give only the same day keep the input order.
Preferred sources and the more complete version of an article come before dates: a copy of a
preferred source is kept wherever it is dated, and a later version holding a shorter one whole
(a live blog, an update) is still met before that one, and kept whole.
"""

from __future__ import annotations

from collections import Counter, defaultdict

import numpy as np

from ..io.fields import path_published, record_published
from ..io.textdates import LanguageGuesser, text_published
from ..types import Document
from .config import DedupConfig

DAY = 86400.0  # a time at midnight UTC is a day alone ("2026-12-06", a path's day)


def preferred_names(preferred: tuple[str, ...]) -> tuple[str, ...]:
    """`DedupConfig.preferred_sources` as `preferred_rank` compares them: a name is written as a
    user writes it, and "www.", a scheme, a closing slash or the case do not count (once a run)."""
    return tuple(preferred_name(name) for name in preferred)


def preferred_name(name: str) -> str:
    return name.strip().lower().removeprefix("https://").removeprefix("http://").removeprefix("www.").rstrip("/")


def preferred_rank(source: str, names: tuple[str, ...]) -> int | None:
    """Where `source` stands in the `preferred_names`, else None. A host matches its subdomains
    ("apnews.com" is m.apnews.com's too); a folder's name matches the folder wherever the run was
    started from (a text file's source is the folder's path as given: "corpus/agencies/afp"
    for `cleaner clean corpus`)."""
    folded = source.lower().rstrip("/")
    for rank, name in enumerate(names):
        if name and (folded == name or folded.endswith(("." + name, "/" + name))):
            return rank
    return None


def published_time(doc: Document, text_dates: bool = True, guess: LanguageGuesser | None = None) -> float:
    """When `doc` says it was published (seconds since the epoch, UTC), else NaN; `text_dates`:
    a date its top lines state counts when nothing else does (`DedupConfig.text_dates`); `guess`:
    what tells the page's language for such a date (textdates.text_published)."""
    record, page = doc.meta.get("record"), doc.meta.get("published")  # page: what an HTML page states (html/published.py)
    if isinstance(record, dict):
        found = record_published(record, page)
    else:
        found = page if page is not None else path_published(doc.id)
    if found is None and text_dates:
        declared = doc.meta.get("declared_lang")
        found = text_published(doc.text, doc.lang or (declared if isinstance(declared, str) else None), guess=guess)
    return float("nan") if found is None else found


def day_end(times: np.ndarray) -> np.ndarray:
    """`times` with each day alone (a time at midnight UTC) moved to its day's last moment: it
    may have come out at any hour of it, so after that day's timed copies. NaN stays NaN."""
    return np.where(times % DAY == 0, times + DAY - 0.5, times)


def earliest_first(
    keys: np.ndarray, words: np.ndarray, docs: np.ndarray, source_of: np.ndarray, times: np.ndarray,
    settled: set[int], config: DedupConfig, supersedes: dict[int, int] | None = None,
) -> dict[int, tuple[int, ...]]:
    """{position: the documents met right before it, earliest published first}: for the
    reprints of the module docstring. `keys`, `words`, `docs`: every line once per document
    (plan.PlanBuilder._lines); `times`: per document, `published_time`; `settled`: documents
    the plan already places (preferred sources, shorter versions, teasers): a more complete
    version may still be met earlier than its place, since it comes before its shorter one,
    and it was published when its first version was (`supersedes`: shorter -> longer): an
    agency's update holds the story it put out first, before the sites reprinted it."""
    times = _first_versions(times, supersedes or {})
    times = day_end(times)
    dated = ~np.isnan(times)
    if not config.prefer_earliest or int(dated.sum()) < 2:
        return {}
    dated[list(settled)] = False
    rows = (words >= config.min_words) & dated[docs]
    partners = _partners(keys[rows], docs[rows], source_of, config)
    before: dict[int, tuple[int, ...]] = {}
    for group in _groups(partners):
        when = {position: float(times[position]) for position in group}
        done: set[int] = set()
        for position in group:  # in input order: each meets first the copies published before it
            if position in done:
                continue
            ahead = sorted((when[other], other) for other in group if other not in done and (when[other], other) < (when[position], position))
            if ahead:
                before[position] = tuple(other for _, other in ahead)
                done.update(before[position])
            done.add(position)
    return before


def _first_versions(times: np.ndarray, supersedes: dict[int, int]) -> np.ndarray:
    """`times` with each most complete version dated by the earliest of its versions."""
    if not supersedes:
        return times
    times = times.copy()
    for shorter in sorted(supersedes):
        longest = shorter
        while longest in supersedes:
            longest = supersedes[longest]
        times[longest] = np.fmin(times[longest], times[shorter])  # fmin: a NaN gives way to a time
    return times


def _partners(keys: np.ndarray, docs: np.ndarray, source_of: np.ndarray, config: DedupConfig) -> dict[int, set[int]]:
    """Per document, the documents of other sources sharing `origin_shared_lines` of its
    content lines with it (lines held by more than `plan_max_group` documents pair none)."""
    if not len(keys):
        return {}
    starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
    sizes = np.diff(np.r_[starts, len(keys)])
    sources = source_of[docs]  # a line held in one source only (a site's own template) pairs none
    mixed = np.minimum.reduceat(sources, starts) != np.maximum.reduceat(sources, starts)
    wanted = mixed & (sizes > 1) & (sizes <= config.plan_max_group)
    shared: Counter[tuple[int, int]] = Counter()
    for start, size in zip(starts[wanted].tolist(), sizes[wanted].tolist()):
        holders = docs[start : start + size].tolist()
        shared.update((a, b) for i, a in enumerate(holders) for b in holders[i + 1 :] if source_of[a] != source_of[b])
    partners: dict[int, set[int]] = defaultdict(set)
    for (a, b), count in shared.items():
        if count >= config.origin_shared_lines:
            partners[a].add(b)
            partners[b].add(a)
    return partners


def _groups(partners: dict[int, set[int]]) -> list[list[int]]:
    """The documents linked through `partners` (one story's copies), each group in input order."""
    groups: list[list[int]] = []
    seen: set[int] = set()
    for first in sorted(partners):
        if first in seen:
            continue
        group, waiting = {first}, [first]
        while waiting:
            for other in partners[waiting.pop()] - group:
                group.add(other)
                waiting.append(other)
        seen |= group
        groups.append(sorted(group))
    return groups
