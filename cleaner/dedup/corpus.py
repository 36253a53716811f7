"""Duplicates across documents: what earlier documents (this run, or the index) already said.

Passes over the units a document kept after its own dedup:

1. exact: paragraphs, then sentences, whose normalised text is in the index;
2. near: blocks (a paragraph, or each sentence of a very long paragraph) whose MinHash bands meet
   an indexed block, confirmed by a true Jaccard similarity (or containment) on shingle sets.

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

from array import array
from collections import Counter
from itertools import accumulate

import numpy as np
import xxhash

from ..types import Document, Location, Removal
from .config import DedupConfig
from .homes import away_from_home
from .lines import (
    copied_headings, holds_new_prose, inside_prose_groups, is_new_prose, keep_near_quotes, mid_paragraph_repeats, paragraph_groups, prose_lines,
    quoted_lines, quoted_sentences, row_headings, stock_lines, stock_sentences, stock_shaped,
)
from .lsh import band_keys
from .signatures import Permutations, signatures
from .memstore import MemoryStore
from .rewrites import condenses, keep_rewritten
from .near import BlockResult, TokenStarts, best_match, block_shingle_sets, new_run, sentence_blocks, whole_paragraph
from .store import IndexStore, Seen
from .structure import structure_units
from .stock import StockPhrases
from .teasers import cut_fragments, cut_line
from .text import KEY_SEED, has_unsegmented, is_unsegmented
from .units import DocTokens, Unit
from .wholecopy import drop_whole_copy

_LOOK_UP_BATCH = 4096  # blocks looked up at a time (an ordinary page has a few dozen)
# Shingles (of the page's stream, times its layers) up to which the layers of blocks get their
# shingle sets in one numpy pass (see `CorpusMemory._shingle_sets`); ~770 on an ordinary page.
_ONE_PASS_SHINGLES = 1 << 16


class CorpusMemory:
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
                self._decide(group, known[key], doc.source, "paragraph", True, inside=i in inside)
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
                    [unit], known[unit.key], doc.source, "sentence", unit in menu_like, unit in stock, unit in stock_line_units, shaped, inner_line, unit in mid
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
        return _combined_key(group)

    def _decide(
        self, group: list[Unit], seen: Seen, source: str, kind: str, standalone: bool, stock: bool = False, stock_line: bool = False,
        shaped: bool = False, inside: bool = False, mid_paragraph: bool = False,
    ) -> None:
        """Apply the policies to a repeated paragraph or sentence (`standalone`: it is all that
        its paragraph keeps, a line of its own; `stock`: a short one among new sentences, or one
        closing an article's prose, which is no reprint; `stock_line`: a one-sentence paragraph
        after new prose, which is no cross-source boilerplate; see `lines.stock_sentences` and
        `lines.stock_lines`. Either may still be a site's template; `shaped`: a short sentence
        (`lines.stock_shaped`), `inside`: a paragraph between two prose paragraphs
        (`lines.inside_prose`); either is template only when common in the source's pages,
        `DedupConfig.sentence_template`; `mid_paragraph`: a sentence between two new ones of its
        paragraph, never template, `lines.mid_paragraph_repeats`).

        A short repeat counts as template or boilerplate only when it stands as a line, as menu
        items, buttons and credits do: a short sentence inside a paragraph of prose ("No one was
        injured.", "Il avait 72 ans.") recurs in unrelated articles of every source, and a
        corpus of a few thousand news pages would lose it from all but the first two."""
        cfg = self.config
        words = sum(u.words for u in group)
        if words < cfg.min_words and not standalone:
            return
        same_source = seen.source == source
        template = same_source and not mid_paragraph and seen.same_docs + 1 >= cfg.template_min_docs
        if template and (not (shaped or inside) or self._common_in(source, seen.same_docs + 1, inside)):
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

    def _near_pass(self, doc: Document, groups: list[list[Unit]], n_units: int, doc_tokens: DocTokens, known: dict[int, Seen]) -> list[tuple[int, list[Unit], np.ndarray, np.ndarray]]:
        """Remove blocks near-duplicating indexed ones; return the new blocks to index.

        A paragraph of several sentences that matched none may still hold a copied sentence among
        new ones (a reprint's sentence with a word changed, under the site's own lead; two
        sentences of a wire story merged into one paragraph): its long sentences are looked up
        one by one (all of them with `index_sentences`, which also indexes them; else only those
        of a paragraph whose bands met a candidate), and only what stays new is indexed.

        The store does not change during the pass and a block's units are no other block's, so
        the sentences are looked up with their paragraphs, in one call (each call costs fixed
        numpy work, and most paragraphs match nothing): the answers of paragraphs that matched
        are left unread."""
        blocks = [b for b in self._blocks(groups) if not all(u.key in known for u in b)]
        if not blocks:
            return []
        size = self._shingle_size(doc, blocks, doc_tokens)  # one for the paragraphs and their sentences
        starts = TokenStarts(doc_tokens)  # where each unit's tokens start, once a block matched
        candidates = [(number, sentence) for number, block in enumerate(blocks) if len(block) > 1
                      for sentence in sentence_blocks([block], self.config.min_words, known)]
        layers = [(blocks, self.config.threshold), ([sentence for _, sentence in candidates], self.config.sentence_threshold)]
        results, sentence_results = self._look_up(doc, layers, n_units, doc_tokens, size)
        new_blocks, several = [], set()
        for number, (block, result) in enumerate(zip(blocks, results)):
            if result.match is not None:
                self._mark_near(block, groups, result, starts, size)
                continue
            if len(block) > 1 and (self.config.index_sentences or result.met):
                several.add(number)
            new_blocks.append((number, (_combined_key(block), block, result.bands, result.shingles)))
        chosen = [(sentence, result) for (number, sentence), result in zip(candidates, sentence_results) if number in several]
        for sentence, result in chosen:
            if result.match is not None:
                self._mark_near(sentence, groups, result, starts, size)
        split = {number for number in several if any(u.removal is not None for u in blocks[number])}
        split_units = {id(u) for number in split for u in blocks[number]}
        kept = [entry for number, entry in new_blocks if number not in split]
        own = self.config.sentence_index_tokens(size) if self.config.index_sentences else None
        kept += [  # what stays new of a split paragraph; with `index_sentences`, every long sentence
            (sentence[0].key, sentence, result.bands, result.shingles)
            for sentence, result in chosen
            if sentence[0].removal is None
            and (id(sentence[0]) in split_units or (own is not None and sentence[0].words >= own))
        ]
        # A block cut short ("... mit dem Stadtteil …": a teaser's lead) is not filed for near
        # copies: its complete sentence, met later (a later `--index` run, where the plan cannot
        # pair the two), would be removed as a near copy of its own fragment. Its exact key stays.
        return [entry for entry in kept if not cut_line(doc.text[entry[1][0].start : entry[1][-1].end])]

    def _look_up(self, doc: Document, layers: list[tuple[list[list[Unit]], float]], n_units: int, doc_tokens: DocTokens, size: int) -> list[list[BlockResult]]:
        """Each block's bands, shingles of `size` and best indexed match (another document's)
        holding at least its layer's threshold of its shingles; `layers`: lists of blocks no two
        of which share a unit (paragraphs, sentences), each with its threshold."""
        shingle_sets = self._shingle_sets([blocks for blocks, _ in layers], n_units, doc_tokens, size)
        thresholds = [threshold for blocks, threshold in layers for _ in blocks]
        results: list[BlockResult] = []
        for start in range(0, len(shingle_sets), _LOOK_UP_BATCH):
            stop = start + _LOOK_UP_BATCH
            results += self._look_up_batch(doc, shingle_sets[start:stop], thresholds[start:stop])
        bounds = list(accumulate((len(blocks) for blocks, _ in layers), initial=0))
        return [results[bounds[i] : bounds[i + 1]] for i in range(len(layers))]

    def _look_up_batch(self, doc: Document, shingle_sets: list[np.ndarray], thresholds: list[float]) -> list[BlockResult]:
        """`_look_up` for a batch of blocks: a huge page's ~10 band keys per sentence, as Python
        ints and the store's answers, would otherwise all be alive at once (~1 GB at 50 MB). The
        store does not change during a look-up, so batches answer as one call would."""
        keys = band_keys(signatures(shingle_sets, self.perms), self.bands, self.rows)
        filed = self.store.candidates(keys.ravel())
        wanted = {c for found in filed.values() for c in found}
        stored = self.store.shingles(wanted) if wanted else {}
        places = {k: v for k, v in self.store.lookup(wanted).items() if v.doc != doc.id} if wanted else {}
        # the bands under which another document's block was met: most blocks have none of them
        met = {band for band, found in filed.items() if any(c in places for c in found)}
        results = []
        rows = keys.tolist() if met else [()] * len(shingle_sets)  # a block's bands, read only when one met a block
        for number, (shingles, row, threshold) in enumerate(zip(shingle_sets, rows, thresholds)):
            found = {} if met.isdisjoint(row) else dict.fromkeys(c for band in row for c in filed.get(band, ()) if c in places)
            match = best_match(shingles, [(c, stored[c]) for c in found if c in stored], threshold) if found else None
            results.append(BlockResult(keys[number], shingles, match, places[match.key] if match else None, bool(found)))
        return results

    def _mark_near(self, block: list[Unit], groups: list[list[Unit]], result: BlockResult, starts: TokenStarts, size: int) -> None:
        """Remove the block as a near copy of the match, but for a sentence holding a run of
        `near_new_words` tokens the original lacks (the site's own clause glued to a copy)."""
        match, seen = result.match, result.seen
        assert match is not None and seen is not None
        original = self._original(seen)
        kind = "paragraph" if len(block) > 1 or whole_paragraph(block, groups) else "sentence"
        for unit in block:
            if new_run(starts, unit, match.shingles, size) < self.config.near_new_words:
                unit.removal = Removal("duplicate", f"dedup.near.{kind}", original=original, similarity=match.similarity)
                if len(block) == 1:  # a sentence, or a one-sentence paragraph (rewrites.py)
                    self._near_sentences[id(unit)] = (seen.source, result)

    def _blocks(self, groups: list[list[Unit]]) -> list[list[Unit]]:
        """Paragraphs (still kept parts) up to `max_block_words`, else their long sentences."""
        cfg = self.config
        blocks: list[list[Unit]] = []
        for group in groups:
            kept = [u for u in group if u.kept]
            words = sum(u.words for u in kept)
            if words < cfg.min_words:
                continue
            if words <= cfg.max_block_words:
                blocks.append(kept)
            else:
                blocks.extend([u] for u in kept if u.words >= cfg.min_words)
        return blocks

    def _shingle_size(self, doc: Document, blocks: list[list[Unit]], doc_tokens: DocTokens) -> int:
        """Shingles of `shingle_words` tokens, or `char_ngram` in scripts written without spaces
        (`doc_tokens` knows from the tokenising whether any token could be such a character:
        most pages need no search of their text)."""
        if doc_tokens.unsegmented and has_unsegmented(doc.text) and is_unsegmented(t for b in blocks for u in b for t in u.toks):
            return self.config.char_ngram
        return self.config.shingle_words

    def _shingle_sets(self, layers: list[list[list[Unit]]], n_units: int, doc_tokens: DocTokens, size: int) -> list[np.ndarray]:
        """Sorted unique shingle hashes (of `size` tokens) of each block, the blocks of a layer
        (which share no unit) in one numpy pass. The size is the document's (`_shingle_size`),
        for its paragraphs and its sentences alike: a sentence's shingles are compared with
        those of its paragraph's original.

        An ordinary page's layers go through one pass together (each numpy call costs more
        than its work on a page's few hundred shingles); a page of more than
        `_ONE_PASS_SHINGLES` shingles a layer, one at a time (its arrays for one layer only)."""
        stream = doc_tokens.stream(size)  # shingles across unit ends too: those are left out
        unit_of = doc_tokens.token_units()
        first = unit_of[: len(stream)]
        inside = first == unit_of[size - 1 : size - 1 + len(stream)]
        filled = [blocks for blocks in layers if blocks]
        together = len(stream) * len(filled) <= _ONE_PASS_SHINGLES
        sets: list[np.ndarray] = []
        for passed in [filled] if together else [[blocks] for blocks in filled]:
            sets += block_shingle_sets(passed, n_units, first, inside, stream)
        return sets


def _combined_key(units: list[Unit]) -> int:
    """Key of a run of units (a paragraph or block): the unit key itself for a single unit."""
    if len(units) == 1:
        return units[0].key
    # the keys' bytes as int64 (an `array` makes them in a fraction of numpy's time on a few keys)
    value = xxhash.xxh64_intdigest(array("q", [u.key for u in units]).tobytes(), KEY_SEED)
    return value - (1 << 64) if value >= 1 << 63 else value
