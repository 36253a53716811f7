"""Duplicates across documents: what earlier documents (this run, or the index) already said.

Passes over the units a document kept after its own dedup:

1. exact: paragraphs, then sentences, whose normalised text is in the index;
2. near: blocks (a paragraph, or each sentence of a very long paragraph) whose MinHash bands meet
   an indexed block, confirmed by a true Jaccard similarity (or containment) on shingle sets
   (near_pass.py).

What a repeat means depends on where it was seen (the policies, tuned in `DedupConfig`):
- seen in `template_min_docs` documents of the same source: site template, boilerplate (a line
  shaped like a short sentence only in `template_line_share` of the source's pages; a stock
  sentence between two new ones of its paragraph never; an article's structure lines, its
  numbered items and the short lines a run's plan found between its articles' text, never);
- short (< `min_words`), a line of its own, and seen under `boilerplate_min_sources` sources:
  menu-like boilerplate; a short line seen fewer times, and a short sentence inside a paragraph
  however often, is kept (removing every repeated short line is over-removal);
- longer: a repeat or a reprint, the first copy in document order is kept, later ones point to it.
A document whose remaining text is almost all repeated is dropped whole as `duplicate_of`.
"""

from __future__ import annotations

from collections import Counter


from ..types import Document, Location, Removal
from .config import DedupConfig
from .homes import away_from_home
from .lines import (
    copied_headings, holds_new_prose, inside_prose_groups, is_new_prose, keep_near_quotes, mid_paragraph_repeats, paragraph_groups, prose_lines,
    quoted_lines, quoted_sentences, row_headings, stock_lines, stock_sentences, stock_shaped,
)
from .signatures import Permutations
from .memstore import MemoryStore
from .rewrites import condenses, keep_rewritten
from .processing_plan import whole_line_key
from .near_pass import NearPass, combined_key
from .near import BlockResult
from .store import IndexStore, Seen
from .structure import structure_units
from .stock import StockPhrases
from .teasers import cut_fragments
from .units import DocTokens, Unit
from .wholecopy import drop_whole_copy



class CorpusMemory(NearPass):
    """Cross-document decisions for one document at a time, against an `IndexStore`."""

    def __init__(self, config: DedupConfig, store: IndexStore | MemoryStore, perms: Permutations, bands: int, rows: int):
        self.config = config
        self.store = store
        self.perms = perms
        self.bands = bands
        self.rows = rows
        self._lengths: dict[str, int] = {}
        self._run_docs: Counter[str] = Counter()  # documents of each source this run added
        self.planned_docs: dict[str, int] = {}  # a run's plan: documents of each source it holds
        self.structure: dict[str, frozenset[int]] = {}  # a run's plan: its sources' structure lines
        self.stock_phrases: frozenset[int] = frozenset()  # a run's plan: lines between new prose in many sources
        self.teasers: dict[int, int] = {}  # a run's plan: a teaser's cut sentence -> the sentence it was cut from
        self.homes: dict[int, tuple[str, int, int, int]] = {}  # a run's plan: a page's opening line -> that page (homes.py)
        self.templates: dict[str, frozenset[int]] | None = None  # a run's plan: its sources' template lines, if it counted them
        self.versions: frozenset[str] = frozenset()  # a run's plan: ids of earlier versions met after their update
        self._near_sentences: dict[int, tuple[str, BlockResult]] = {}  # id of a sentence the near pass removed -> its original's source, the look-up

    def apply(self, doc: Document, units: list[Unit], doc_tokens: DocTokens) -> None:
        """Mark what earlier documents said among the units `doc` kept, then remember what is new:
        paragraphs, then blocks (near copies), then sentences, each pass seeing the last's marks."""
        survivors = [u for u in units if u.kept]
        if not survivors:
            return
        doc_id = self.store.add_document(doc.id, doc.source, len(doc.text))
        self._run_docs[doc.source] += 1
        self._lengths = {}
        groups, prose = self._planned_marks(doc, survivors)
        par_keys = [self._paragraph_key(group) for group in groups]
        keys = [u.key for u in survivors] + [k for k in par_keys if k is not None]
        known = {k: v for k, v in self.store.lookup(keys).items() if v.doc != doc.id}
        menu_like = {g[0] for g in groups if len(g) == 1} - prose  # lines of their own
        fresh, inside_lines = self._exact_paragraphs(doc, groups, par_keys, known)
        self._near_sentences = {}
        new_blocks = self._near_pass(doc, groups, len(units), doc_tokens, known)
        if self._near_sentences:  # a rewrite's own sentence, shorter than another source's (rewrites.py)
            other = {uid: result for uid, (source, result) in self._near_sentences.items() if source != doc.source}
            keep_rewritten(survivors, other, known, self.config, lambda r, share: condenses(self.store, r, share))
        self._exact_sentences(doc, survivors, groups, known, fresh, menu_like, inside_lines)
        for unit in copied_headings(groups, known, self.config.min_words):
            unit.removal = Removal("duplicate", "dedup.exact.heading", original=self._original(known[unit.key]), similarity=1.0)
        self._remember(doc, doc_id, survivors, groups, par_keys, known, new_blocks)

    def _planned_marks(self, doc: Document, survivors: list[Unit]) -> tuple[list[list[Unit]], set[Unit]]:
        """(paragraph groups, prose lines) after what a run's plan told ahead is marked: a
        teaser's cut sentence whose article was met (teasers.py), another page's headline or
        lead in this page's box (homes.py)."""
        if self.teasers:
            for unit, seen in cut_fragments(doc, survivors, self.teasers, self.store).items():
                unit.removal = Removal("duplicate", "dedup.fragment.sentence", original=self._original(seen), similarity=1.0)
        groups = paragraph_groups(survivors)
        if self.homes:
            self._lengths.update(away_from_home(doc, groups, self.homes))
        return groups, prose_lines(doc, groups, self.config)

    def _exact_paragraphs(
        self, doc: Document, groups: list[list[Unit]], par_keys: list[int | None], known: dict[int, Seen]
    ) -> tuple[list[bool], set[Unit]]:
        """Decide the paragraphs whose whole text is known; (which groups hold new prose, the
        one-line paragraphs inside prose), which the sentence pass asks again."""
        fresh = [holds_new_prose(group, known, self.config.min_words) for group in groups] if known else []
        inside = inside_prose_groups(doc, groups, fresh, self.config) if known else set()
        for i, (group, key) in enumerate(zip(groups, par_keys)):
            if key is not None and key in known:
                self._decide(group, known[key], doc.source, "paragraph", True, inside=i in inside, doc=doc)
        return fresh, {groups[i][0] for i in inside if len(groups[i]) == 1}

    def _exact_sentences(
        self, doc: Document, survivors: list[Unit], groups: list[list[Unit]], known: dict[int, Seen],
        fresh: list[bool], menu_like: set[Unit], inside_lines: set[Unit],
    ) -> None:
        """Decide the sentences still kept whose text is known, each with what its place says
        (`_sentence_places`); the article's own structure lines and inner stock sentences stay."""
        stock, stock_line_units, inner, own, mid = self._sentence_places(doc, survivors, groups, known, fresh)
        for unit in survivors:
            if unit.kept and unit.key in known and unit not in inner and unit not in own:
                inner_line = unit in inside_lines
                shaped = not inner_line and stock_shaped(doc.text, unit.start, unit.end, unit.words, self.config)
                self._decide(
                    [unit], known[unit.key], doc.source, "sentence", unit in menu_like, unit in stock, unit in stock_line_units, shaped, inner_line, unit in mid,
                    doc,
                )

    def _sentence_places(
        self, doc: Document, survivors: list[Unit], groups: list[list[Unit]], known: dict[int, Seen], fresh: list[bool]
    ) -> tuple[set[Unit], set[Unit], set[Unit], set[Unit], set[Unit]]:
        """What the places of the known sentences say: (stock sentences and closing lines, stock
        lines, inner sentences, the article's structure lines, sentences between two new ones of
        their paragraph). A near copy removed may leave a quote that is kept again as new prose."""
        cfg = self.config
        new_prose = [is_new_prose(g, known, cfg.min_words) for g in groups]
        phrases = StockPhrases(self.stock_phrases, self.store, doc.source, cfg.stock_line_min_sources)
        stock_line_units, closing = stock_lines(doc, groups, known, new_prose, fresh, phrases, cfg)
        stock, inner = stock_sentences(groups, known, cfg.stock_sentence_words)
        stock |= closing
        if not all(unit.kept for unit in survivors):  # a near copy among them
            keep_near_quotes(doc, groups, new_prose, cfg.quote_run)
            new_prose = [is_new_prose(g, known, cfg.min_words) for g in groups]  # a quote kept again is new prose
        own: set[Unit] = set()  # the article's structure lines, asked about only for a known line
        mid: set[Unit] = set()  # and the sentences between two new ones of their paragraph
        if any(unit.key in known for unit in survivors):
            stock |= quoted_lines(doc, groups, new_prose, cfg.quote_run)
            stock |= quoted_sentences(doc, groups, known, cfg.quote_run)
            own = structure_units(groups, self.structure.get(doc.source, frozenset()), cfg.min_words, cfg.counter_tokens)
            own |= row_headings(groups, known, cfg, doc.text)  # "Zutaten" over the page's own "800 g Kartoffeln"
            mid = mid_paragraph_repeats(groups, known)
        return stock, stock_line_units, inner, own, mid

    def _remember(
        self, doc: Document, doc_id: int, survivors: list[Unit], groups: list[list[Unit]],
        par_keys: list[int | None], known: dict[int, Seen], new_blocks: list,
    ) -> None:
        """Record what this document says first, unless it is dropped whole as a copy.

        Only text this document keeps is remembered as first seen here: a near copy removed
        here, met again word for word later, must point to the copy that was kept."""
        new_spans = [(u.key, u.start, u.end) for u in survivors if u.kept and u.key not in known]
        new_spans += [
            (k, g[0].start, g[-1].end)
            for g, k in zip(groups, par_keys)
            if k is not None and k not in known and all(u.kept for u in g)
        ]
        new_spans += [(key, block[0].start, block[-1].end) for key, block, _, _ in new_blocks]
        drop_whole_copy(doc, survivors, self.config, self._lengths)
        if doc.duplicate_of is not None:
            # A copy of a page is not another page: it must not count towards
            # `template_min_docs` (the third copy of an article would become site template), and
            # its few new lines must not be remembered (they are not written, so a later document
            # repeating them would point to a text no output holds, and lose it).
            return
        same = [k for k, v in known.items() if v.source == doc.source]
        other = [k for k, v in known.items() if v.source != doc.source]
        self.store.record(doc_id, dict.fromkeys(new_spans), same, other)
        self.store.add_blocks((key, bands, shingles) for key, _, bands, shingles in new_blocks)

    def _paragraph_key(self, group: list[Unit]) -> int | None:
        """Key of a multi-unit paragraph long enough to be matched (one-unit ones = the unit key)."""
        if len(group) < 2 or sum(u.words for u in group) < self.config.min_words:
            return None
        return combined_key(group)

    def _decide(
        self, group: list[Unit], seen: Seen, source: str, kind: str, standalone: bool, stock: bool = False, stock_line: bool = False,
        shaped: bool = False, inside: bool = False, mid_paragraph: bool = False, doc: Document | None = None,
    ) -> None:
        """Apply the policies to a repeated paragraph or sentence (`standalone`: it is all that
        its paragraph keeps, a line of its own; `stock`: a short one among new sentences, or one
        closing an article's prose, which is no reprint; `stock_line`: a one-sentence paragraph
        after new prose, which is no cross-source boilerplate; see `lines.stock_sentences` and
        `lines.stock_lines`. Either may still be a site's template; `shaped`: a short sentence
        (`lines.stock_shaped`), `inside`: a paragraph between two prose paragraphs
        (`lines.inside_prose`); either is template only when common in the source's pages,
        `DedupConfig.sentence_template`, and so is a sentence sharing its line with other words
        however long (three stories of a folder gluing one wire sentence to their own are a
        reprint; a site glues its promo to almost every page); `mid_paragraph`: a sentence
        between two new ones of its paragraph, never template, `lines.mid_paragraph_repeats`;
        `doc`: the document, whose whole lines the run's plan may have judged,
        `_plan_says_no_template`).

        A short repeat counts as template or boilerplate only when it stands as a line, as menu
        items, buttons and credits do: a short sentence inside a paragraph of prose ("No one was
        injured.", "Il avait 72 ans.") recurs in unrelated articles of every source, and a
        corpus of a few thousand news pages would lose it from all but the first two."""
        cfg = self.config
        words = sum(u.words for u in group)
        if words < cfg.min_words and not standalone:
            return
        same_source = seen.source == source
        # documents of the source holding it, this one too unless the plan found it an earlier
        # version of an update met before it (one article; the index may hold a third version)
        docs = seen.same_docs + (0 if doc is not None and doc.id in self.versions else 1)
        template = same_source and not mid_paragraph and docs >= cfg.template_min_docs
        line_key = whole_line_key(doc.text, group[0].start, group[-1].end) if template and doc is not None else None
        glued = template and doc is not None and line_key is None  # a sentence sharing its line with other words
        template = template and not (line_key is not None and self._plan_says_no_template(doc, line_key))
        if template and (not (shaped or inside or glued) or self._common_in(source, docs, inside)):
            reason, rule = "boilerplate", f"dedup.template.{kind}"
        elif words < cfg.min_words:
            sources = 1 + seen.other_docs + (0 if same_source else 1)
            if sources < cfg.boilerplate_min_sources or stock_line:
                return
            reason, rule = "boilerplate", f"dedup.boilerplate.{kind}"
        elif stock:
            return
        else:
            reason, rule = "duplicate", f"dedup.exact.{kind}"
        original = self._original(seen)
        for unit in group:
            if unit.kept:
                unit.removal = Removal(reason=reason, rule=rule, original=original, similarity=1.0)

    def _plan_says_no_template(self, doc: Document, line_key: int) -> bool:
        """Whether the run's plan counted the line keyed `line_key` (`whole_line_key`) among
        its source's and found it no template: the online count is of documents, the plan's of
        articles (one wire story's copies in a folder of many sites' pages share their longest
        line: one article, not a site's template), so a third copy is a reprint of the first,
        and says so."""
        if self.templates is None or doc.source not in self.planned_docs:
            return False
        if self.store.source_docs(doc.source) > self._run_docs[doc.source]:
            return False  # an index holds pages of earlier runs too: the plan counted this run's only
        return line_key not in self.templates.get(doc.source, ())

    def _common_in(self, source: str, docs: int, inside: bool) -> bool:
        """Whether `docs` documents are common enough among the source's for a sentence-shaped
        line (`DedupConfig.sentence_template`): of all it will hold when a plan counted the run
        ahead, else of those met so far."""
        total = self.store.source_docs(source)
        if source in self.planned_docs:
            total += self.planned_docs[source] - self._run_docs[source]
        return self.config.sentence_template(docs, total, inside)

    def _original(self, seen: Seen) -> Location:
        """Where a removed copy points; the original document's length is kept for
        `wholecopy.drop_whole_copy` (a document dropped whole points to all of it)."""
        self._lengths[seen.doc] = seen.doc_length
        return Location(seen.doc, seen.start, seen.end)
