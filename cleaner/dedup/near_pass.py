"""The near-duplicate pass of `CorpusMemory`: blocks (a paragraph, or each sentence of a very
long paragraph) whose MinHash bands meet an indexed block, confirmed by a true Jaccard similarity
(or containment) on shingle sets.

A mixin, not a class of its own: it reads and marks the same document state as the exact passes
(`config`, `store`, `perms`, `bands`, `rows`, `_near_sentences`, `_original`), and kept in
corpus.py it made that module the largest of the package.
"""

from __future__ import annotations

from array import array
from itertools import accumulate

import numpy as np
import xxhash

from ..types import Document, Removal
from .lsh import band_keys
from .near import BlockResult, TokenStarts, best_match, block_shingle_sets, new_run, sentence_blocks, whole_paragraph
from .signatures import signatures
from .store import Seen
from .teasers import cut_line
from .text import KEY_SEED, has_unsegmented, is_unsegmented
from .units import DocTokens, Unit

_LOOK_UP_BATCH = 4096  # blocks looked up at a time (an ordinary page has a few dozen)
# Shingles (of the page's stream, times its layers) up to which the layers of blocks get their
# shingle sets in one numpy pass (see `CorpusMemory._shingle_sets`); ~770 on an ordinary page.
_ONE_PASS_SHINGLES = 1 << 16


class NearPass:
    """The near pass over one document's blocks, for `CorpusMemory`."""

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
            new_blocks.append((number, (combined_key(block), block, result.bands, result.shingles)))
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


def combined_key(units: list[Unit]) -> int:
    """Key of a run of units (a paragraph or block): the unit key itself for a single unit."""
    if len(units) == 1:
        return units[0].key
    # the keys' bytes as int64 (an `array` makes them in a fraction of numpy's time on a few keys)
    value = xxhash.xxh64_intdigest(array("q", [u.key for u in units]).tobytes(), KEY_SEED)
    return value - (1 << 64) if value >= 1 << 63 else value
