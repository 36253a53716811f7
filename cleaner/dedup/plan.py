"""Which copy is kept when the first one is not the best one: an order decided before cleaning.

Dedup keeps the first occurrence in the order it meets documents. Two policies need to know what
comes later in the run, so a run that applies them reads its documents once beforehand (lines
normalised and hashed, no rules: a few percent of the cleaning time) and changes only the order in
which the cleaner meets documents; outputs are still written in input order.

- Preferred sources (`DedupConfig.preferred_sources`): their documents are met first, so their
  copy of a reprint is the one kept and the others point to it.
- The more complete version (`DedupConfig.prefer_complete`): when a document's content lines are
  (almost) all in a *later*, longer document (a live blog, an updated article), the longer one is
  met right before it, so it keeps its whole text and the earlier, shorter version loses what the
  longer one holds (usually all of it: it is dropped as `duplicate_of` the longer one). A shorter
  version that comes later needs no plan: first occurrence already keeps the longer one
  (versions.py finds the pairs).

- The copy of a reprint published first, when the inputs say when (origins.py).

- A teaser cut short with an ellipsis ("… mit dem Stadtteil …") before the article it was cut
  from: the article is met right before it, so its complete sentence is the one kept and the
  teaser's cut one goes as its fragment (teasers.py).

Content lines are lines of at least `min_words` normalised tokens that are not site template (seen
in `template_min_docs` documents of one source, not counting the earlier versions of an article:
paragraphs every version repeats are not template); containment is measured in their words against
`document_duplicate`. Keys shared by more than `plan_max_group` documents (a wire story reprinted
everywhere) pair nothing: those copies are reprints, which plain dedup handles.

The same read finds each source's template lines (`DedupConfig.template_everywhere`): met one
document at a time, a site's footer is only known as such from its `template_min_docs`-th copy, so
the first pages of every site kept it; with the count known up front, every copy goes. A line
shaped like a short sentence must also be in `template_line_share` of its source's documents, and
in `template_sentence_min_docs` of them unless in all (an article's stock closing line is in a few
pages of a site, its promo in almost all; `DedupConfig.sentence_template`). A story's body that
retitled copies share is no template (bodies.py).

And the run's stock phrases (`DedupConfig.stock_line_min_sources`): a short line standing between
its article's own prose in pages of many sources is no reprint, wherever it comes; one document at
a time, the corpus step could only tell that from the sources met so far.
"""

from __future__ import annotations

from array import array
from collections import Counter, defaultdict

import numpy as np

from ..io.textdates import LanguageGuesser
from ..types import Document
from ..words import SENTENCE_END
from .config import DedupConfig
from .lines import inside_prose, stock_shaped
from .bodies import shared_bodies
from .boxes import boxed_prints
from .anchoring import distinct_rows, key_lengths, shared_structure, stances, structure_pairs
from .structure import SourcePlaces
from .groups import group_template, sister_stances
from .homes import opening_homes
from .origins import earliest_first, preferred_names, preferred_rank, published_time
from .pages import shared_openings
from .processing_plan import ProcessingPlan, TemplateKeys
from .stock import stock_phrases
from .teasers import CutLines, cut_line
from .text import exact_key, exact_keys, tokens
from .titles import title_edges
from .versions import supersessions, version_chain


class PlanBuilder:
    """Collects each document's content lines (`add`, in input order), then decides (`build`).

    Memory: about 28 bytes per line (packed arrays), 8 more per line between two prose lines
    (`_inside`), 34 more per short line (where it stands, structure.SourcePlaces), plus one
    source name per distinct source.
    """

    def __init__(self, config: DedupConfig, guess: LanguageGuesser | None = None):
        self.config, self._guess = config, guess  # guess: a page's language, for its text dates (origins.py)
        self._sources: list[int] = []  # per document: its source id
        self._source_ids: dict[str, int] = {}
        self._names: list[str] = []
        self._keys = array("q")  # per content line: key, words, document
        self._words = array("l")
        self._docs = array("l")
        self._edges = array("q")  # per line: its key, or for a content line the key of its edges (versions._updates)
        self._prints = array("q")  # per document: the key of its longest line (see _template_keys)
        # keys of lines shaped like a short sentence (lines.stock_shaped), and the rows (in
        # `_keys`) of lines between two prose lines (lines.inside_prose, see `_inside_pairs`):
        # template only when common in a source (DedupConfig.sentence_template)
        self._stock: set[int] = set()
        self._inside = array("q")
        self._places = SourcePlaces(config.min_words, config.counter_tokens)
        self._cut = CutLines()  # teasers' cut lines waiting for their article (teasers.py)
        self._cut_pairs: list[tuple[int, int]] = []  # (teaser, the later article it was cut from)
        self._spans = array("q")  # per line: its start in the document's text << 32 | its length (homes.py)
        self._ids: list[str] = []  # per document: its id and length (homes.py)
        self._lengths = array("q")
        self._cut_docs: set[int] = set()  # documents holding a line cut short: teasers (homes.py)
        self._open = array("q")  # rows of the content lines ending like no sentence: headlines (titles.py)
        self._times = array("d")  # per document: when it was published, or NaN (origins.py)

    @property
    def count(self) -> int:
        """Documents added so far."""
        return len(self._sources)

    def add(self, doc: Document) -> None:
        """Record one document (in input order): who it is, then its lines and what they say."""
        position = self._add_document(doc)
        first_row = len(self._keys)
        line_keys, line_toks, texts, print_key, completed = self._add_lines(doc, position)
        self._prints.append(print_key)
        for row, cut_doc, key in completed:  # the cut line is taken for the line it was cut from
            self._cut_pairs.append((cut_doc, position))
            if self._prints[cut_doc] == self._keys[row]:  # and its page for the same article
                self._prints[cut_doc] = print_key
            self._keys[row] = key
        self._places.add(position, line_keys, line_toks)
        prose = [len(t) >= self.config.min_words for t in line_toks]
        self._inside.extend(
            first_row + i for i in range(1, len(texts) - 1)
            if inside_prose(texts[i], 0, len(texts[i]), len(line_toks[i]), prose[i - 1], prose[i + 1], self.config)
        )  # fmt: skip

    def _add_document(self, doc: Document) -> int:
        """The document's own records (source, id, length, publication time); its position."""
        position = self.count
        source = self._source_ids.setdefault(doc.source, len(self._source_ids))
        if source == len(self._names):
            self._names.append(doc.source)
        self._sources.append(source)
        self._ids.append(doc.id)
        self._lengths.append(len(doc.text))
        self._times.append(published_time(doc, self.config.text_dates, self._guess))
        return position

    def _add_lines(
        self, doc: Document, position: int
    ) -> tuple[list[int], list[list[str]], list[str], int, list[tuple[int, int, int]]]:
        """Record the document's lines (key, words, span, edges, stock shape, cut): (their keys,
        tokens and texts, the key of the longest (its print), the earlier teasers' cut lines
        this document completes as (row, teaser, key))."""
        longest, print_key = 0, position
        line_keys: list[int] = []
        line_toks: list[list[str]] = []
        texts: list[str] = []
        at = 0  # where the next line starts
        completed: list[tuple[int, int, int]] = []
        cut: list[tuple[int, list[str], str]] = []  # lines cut with an ellipsis (teasers.py)
        waiting = self._cut.waiting()
        edges: list[int | None] = []  # per line: its key, or None for a content line, keyed by its edges
        edge_lists: list[list[str]] = []
        for line in doc.text.splitlines():
            toks = tokens(line)
            if toks:
                key = exact_key(toks)
                if waiting:
                    completed += [(row, cut_doc, key) for row, cut_doc in self._cut.complete(toks, line)]
                self._mark_line(line, toks, key, edges, edge_lists, cut)
                texts.append(line)
                at = max(doc.text.find(line, at), at)  # (always found: a line of the text)
                self._spans.append(at << 32 | len(line))
                at += len(line)
                self._keys.append(key)
                self._words.append(len(toks))
                self._docs.append(position)
                line_keys.append(key)
                line_toks.append(toks)
                if len(toks) > longest:
                    longest, print_key = len(toks), key
        edge_keys = iter(exact_keys(edge_lists))
        self._edges.extend(key if key is not None else next(edge_keys) for key in edges)
        if cut:
            self._cut_docs.add(position)
            self._cut.file(position, cut, line_toks)
        return line_keys, line_toks, texts, print_key, completed

    def _mark_line(
        self, line: str, toks: list[str], key: int, edges: list[int | None], edge_lists: list[list[str]],
        cut: list[tuple[int, list[str], str]],
    ) -> None:
        """What a line about to be recorded is besides its key: a stock-shaped one, and for a
        content line its edges (keyed later, versions._updates), whether it ends like no
        sentence (a headline, titles.py) and whether it is cut with an ellipsis (teasers.py)."""
        content, edge = self.config.min_words, self.config.update_edge_words
        if stock_shaped(line, 0, len(line), len(toks), self.config):
            self._stock.add(key)
        if len(toks) < content:
            edges.append(key)
            return
        edges.append(None)
        edge_lists.append(toks[:edge] + ["|"] + toks[-edge:])
        if SENTENCE_END.search(line) is None:
            self._open.append(len(self._keys))
        if len(toks) > content and cut_line(line):
            cut.append((len(self._keys), toks, line))

    def _inside_pairs(self, frequent: set[tuple[int, int]]) -> set[tuple[int, int]]:
        """(source, key) of the `frequent` lines (in `template_min_docs` articles of a source)
        that stand somewhere between two prose lines that are not frequent themselves: inside
        an article, not beside the site's repeated promo (`lines.inside_prose`)."""
        if not self._inside or not frequent:
            return set()
        keys, rows = np.frombuffer(self._keys, dtype=np.int64), np.frombuffer(self._inside, dtype=np.int64)
        rows = rows[np.isin(keys[rows], np.fromiter({key for _, key in frequent}, dtype=np.int64))]
        sources = [self._sources[self._docs[row]] for row in rows.tolist()]
        return {
            (source, key)
            for source, key, above, below in zip(sources, keys[rows].tolist(), keys[rows - 1].tolist(), keys[rows + 1].tolist())
            if (source, key) in frequent and (source, above) not in frequent and (source, below) not in frequent
        }

    def build(self) -> ProcessingPlan:
        preferred = preferred_names(self.config.preferred_sources)
        ranks = [preferred_rank(name, preferred) for name in self._names]  # per source id
        early = tuple(sorted((p for p, s in enumerate(self._sources) if ranks[s] is not None), key=lambda p: ranks[self._sources[p]]))
        keys, words, docs, edges = self._lines()  # sorted by key, then document
        counted = np.ones(self.count, dtype=bool)
        source_of = np.asarray(self._sources, dtype=np.int64)
        rows = self._rows()  # every line in input order, for the steps below
        titles = self._titles(rows, keys, docs, source_of) if self.config.prefer_complete else None
        times = np.frombuffer(self._times, dtype=np.float64) if self._times else np.empty(0)
        supersedes = supersessions(keys, words, docs, counted, source_of, self.config, edges, titles, times) if self.config.prefer_complete else {}
        before: dict[int, tuple[int, ...]] = {}
        for shorter in sorted(supersedes):
            chain = tuple(p for p in version_chain(shorter, supersedes) if p not in early)
            if chain:
                before[shorter] = chain  # the most complete version first
        for teaser, article in sorted(self._cut_pairs, reverse=True):  # a teaser with text of its own too: its article first
            if teaser not in before and teaser not in early and article not in early:
                before[teaser] = (*before.get(article, ()), article)
        paired = {p for pair in (*supersedes.items(), *self._cut_pairs) for p in pair} | self._cut_docs
        for position, ahead in earliest_first(keys, words, docs, source_of, times, {*early, *supersedes, *self._cut_docs}, self.config, supersedes).items():
            before.setdefault(position, ahead)  # a reprint's copy published first (origins.py)
        totals = Counter(self._sources)  # documents per source id
        templates, structure = self._template_keys(keys, words, docs, counted, totals, paired, rows) if self.config.template_everywhere else ({}, {})
        source_docs = {self._names[source]: count for source, count in sorted(totals.items())}
        inside = np.frombuffer(self._inside, dtype=np.int64) if self._inside else np.empty(0, np.int64)
        stock = stock_phrases(rows, inside, source_of, keys, self.config)
        homes = self._homes(rows, keys, docs, source_of, paired)
        versions = frozenset(self._ids[shorter] for shorter in supersedes)
        return ProcessingPlan(early, before, supersedes, templates, source_docs, structure, stock, dict(self._cut.sentences), homes, versions)

    def _homes(
        self, rows: tuple[np.ndarray, np.ndarray, np.ndarray], keys: np.ndarray, docs: np.ndarray, source_of: np.ndarray, paired: set[int]
    ) -> dict[int, tuple[str, int, int, int]]:
        """The lines some page opens with that other pages of its site print in a box
        (homes.py), with where they stand in that page."""
        found = opening_homes(
            *rows, keys, docs, source_of, paired, self.config.min_words, self.config.home_lines, self.config.plan_max_group
        )
        homes = {}
        for key, (doc, row) in found.items():
            start, length = self._spans[row] >> 32, self._spans[row] & 0xFFFFFFFF
            homes[key] = (self._ids[doc], start, start + length, self._lengths[doc])
        return homes

    def _template_keys(
        self, keys: np.ndarray, words: np.ndarray, docs: np.ndarray, counted: np.ndarray, totals: Counter[int], paired: set[int],
        rows: tuple[np.ndarray, np.ndarray, np.ndarray],
    ) -> tuple[dict[str, TemplateKeys], dict[str, frozenset[int]]]:
        """Per source name, the keys of its template lines (short ones too: menus, labels), and
        the keys of its short lines that are its articles' own structure.

        Removed from every copy, a line must be the site's, not an article's: one story saved
        three times in one source (a crawler fetching it again, desktop and mobile pages) would
        otherwise lose every line everywhere. So documents count once per article, an article
        being known by its longest line: copies of a story share it, different stories do not.
        (A long box closing every page of a source is no page's article: boxes.py; `paired`:
        versions and teasers, known by their longest line all the same.) `totals`: documents per
        source id, for `DedupConfig.sentence_template`. A short line must also stand where
        template stands (anchoring.stances); those standing between their articles' text are the
        source's structure lines, and so are the labels it shares with other sources
        (`_shared_structure`)."""
        all_keys, all_words = keys, words
        keep = counted[docs]
        keys, docs = keys[keep], docs[keep]
        source_of = np.asarray(self._sources, dtype=np.int64)
        prints = boxed_prints(np.frombuffer(self._prints, dtype=np.int64), rows, source_of, paired,
                              self.config.min_words, self.config.template_min_docs, self.config.box_own_lines)  # fmt: skip
        triples, _ = distinct_rows(source_of[docs], keys, prints[docs])
        (pair_sources, pair_keys), counts = distinct_rows(triples[0], triples[1])  # articles per (source, key)
        common = self.config.sentence_template
        chosen = counts >= self.config.template_min_docs
        frequent = dict(zip(zip(pair_sources[chosen].tolist(), pair_keys[chosen].tolist()), counts[chosen].tolist()))
        group, articles = group_template(keys, all_words[keep], docs, source_of, prints, frequent, self.config)  # groups.py
        frequent = {**group, **frequent}
        inside = self._inside_pairs(set(frequent))
        bodies = shared_bodies(rows, self._open, source_of, set(frequent), self.config)  # a story's body, not template
        heads = shared_openings(rows, all_keys, self.config)  # an article's head on its pages (pages.py)
        counted_pairs = {
            pair for pair, count in frequent.items()
            if ((pair[1] not in self._stock and pair not in inside) or common(count, totals[pair[0]], pair in inside))
            and heads.get(pair[1], totals[pair[0]]) >= totals[pair[0]] and pair not in bodies
        }  # fmt: skip
        lengths = key_lengths(all_keys, all_words, {key for _, key in counted_pairs}) if counted_pairs else {}  # of found's keys too
        candidates = {pair for pair in counted_pairs if min(lengths[pair[1]]) < self.config.min_words}
        places = self._places.places_of({key for _, key in candidates}, counted)
        min_docs, place_share = self.config.template_min_docs, self.config.template_place_share
        stood = stances(candidates, counted_pairs - candidates, places, source_of, prints, min_docs, place_share)
        sisters = sister_stances(candidates & group.keys(), (counted_pairs - candidates) | stood.found, places, source_of, articles, self.config)
        found: dict[str, set[int]] = defaultdict(set)
        for source, key in (counted_pairs - candidates) | stood.found | sisters:
            found[self._names[source]].add(key)
        own: dict[str, set[int]] = defaultdict(set)
        for source, key in structure_pairs(stood, candidates, places, source_of, prints, min_docs):
            own[self._names[source]].add(key)
        for source, shared in self._shared_structure(pair_keys, counted, found, source_of, prints).items():
            own[self._names[source]].update(shared - found.get(self._names[source], set()))
        structure = {name: frozenset(own[name]) for name in sorted(own) if own[name]}
        templates = {name: TemplateKeys(found[name], set().union(*(lengths[k] for k in found[name]))) for name in sorted(found)}
        return templates, structure

    def _rows(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(keys, documents, token counts) of every line in input order."""
        keys = np.frombuffer(self._keys, dtype=np.int64) if self._keys else np.empty(0, np.int64)
        return keys, np.asarray(self._docs, dtype=np.int64), np.asarray(self._words, dtype=np.int64)

    def _titles(self, rows: tuple[np.ndarray, np.ndarray, np.ndarray], keys: np.ndarray, docs: np.ndarray, source_of: np.ndarray) -> np.ndarray:
        """Per document, its headline's edge key (titles.py)."""
        edges, opened = (np.frombuffer(a, dtype=np.int64) if a else np.empty(0, np.int64) for a in (self._edges, self._open))
        return title_edges(rows, edges, opened, keys, docs, source_of, self.config.min_words, self.config.template_min_docs)

    def _shared_structure(
        self, pair_keys: np.ndarray, counted: np.ndarray, found: dict[str, set[int]], source_of: np.ndarray, prints: np.ndarray
    ) -> dict[int, set[int]]:
        """Per source id, the short lines held by other sources too that stand as its articles'
        labels (anchoring.shared_structure): no boilerplate to the corpus step. `source_of`,
        `prints`: per document, its source id and its longest line's key (the article)."""
        keys, holders = np.unique(pair_keys, return_counts=True)  # sources per key
        places = self._places.places_of(set(keys[holders >= 2].tolist()), counted)
        if not len(places.keys):
            return {}
        seeds = set().union(*found.values()) if found else set()
        return shared_structure(places, source_of, prints, seeds, self.config.boilerplate_min_sources, self.config.template_place_share)

    def _lines(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """(keys, words, documents, edge keys) of every line, once per document, by key then document."""
        keys = np.frombuffer(self._keys, dtype=np.int64) if self._keys else np.empty(0, np.int64)
        words = np.asarray(self._words, dtype=np.int64)
        docs = np.asarray(self._docs, dtype=np.int64)
        edges = np.frombuffer(self._edges, dtype=np.int64) if self._edges else np.empty(0, np.int64)
        if not len(keys):
            return keys, words, docs, edges
        order = np.lexsort((docs, keys))  # by key, then document
        keys, words, docs, edges = keys[order], words[order], docs[order], edges[order]
        first = np.ones(len(keys), dtype=bool)
        first[1:] = (keys[1:] != keys[:-1]) | (docs[1:] != docs[:-1])
        return keys[first], words[first], docs[first], edges[first]


def plan_documents(docs: list[Document], config: DedupConfig) -> ProcessingPlan:
    """The plan for `docs` (in input order): for library callers that hold their documents."""
    builder = PlanBuilder(config)
    for doc in docs:
        builder.add(doc)
    return builder.build()
