"""Duplicate removal: inside each document, then against earlier documents and the index.

`Deduplicator.apply` is called once per document in sorted document order, so "first
occurrence" is deterministic. The batch stages (`tokens`, `shingle_hashes`, `signatures`,
`band_keys`) are pure functions, for runners that compute them in other processes.
"""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

from ..tablerow import is_row
from ..types import Document
from .config import DedupConfig
from .corpus import CorpusMemory
from .lines import paragraph_groups, prose_lines, remove_planned_templates
from .document import mark_within_document, repeats_nothing
from .lsh import band_keys, optimal_bands
from .signatures import Permutations, signatures
from .memstore import MemoryStore
from .store import IndexStore
from .text import exact_key, shingle_hash, shingle_hashes, token_hashes, tokens
from .pieces import UnitMemo
from .units import KeptPieces, collect_units, follow_moved_originals, kept_pieces, kept_texts, make_units, write_back

__all__ = [
    "DedupConfig",
    "Deduplicator",
    "dedup_within",
    "Permutations",
    "UnitMemo",
    "band_keys",
    "exact_key",
    "index_params",
    "kept_texts",
    "optimal_bands",
    "shingle_hash",
    "shingle_hashes",
    "signatures",
    "token_hashes",
    "tokens",
]

# Parameters the stored keys, bands and shingles depend on: an index refuses other values.
_INDEX_FIELDS = ("min_words", "shingle_words", "char_ngram", "num_perm", "lsh_threshold", "seed", "max_block_words")
_NORMALISATION = "tokens-v2"  # v2: full-width forms of ASCII fold to ASCII (text.tokens)
# Documents per index transaction: a killed run loses at most this many, a concurrent writer
# waits for one batch (well under the 60 s busy timeout). 200 wrote the WAL 3.6 times over
# (430k blocks for a 16 MB index of 3,000 documents), 1,000 once (120k).
_COMMIT_EVERY = 1000


def index_params(config: DedupConfig) -> dict[str, str]:
    """The index header for `config` (strings, compared on open)."""
    values = asdict(config)
    bands, rows = optimal_bands(config.lsh_threshold, config.num_perm)
    params = {name: str(values[name]) for name in _INDEX_FIELDS}
    params.update(bands=str(bands), rows=str(rows), normalisation=_NORMALISATION)
    return params


def table_rows(doc: Document) -> frozenset[int]:
    """The paragraphs that are rows of a data table ("| Labour | 28 | -1 |"), or a FAQ's answer
    the HTML reader found under a question of its own (signal "answer": two questions may share
    one answer): never in-document duplicates (see document.mark_within_document)."""
    text = doc.text
    return frozenset(
        index for index, par in enumerate(doc.paragraphs)
        if text.startswith("| ", par.start, par.end) and is_row(text[par.start : par.end].strip())
        or par.signals.get("answer")
    )


def dedup_within(doc: Document, config: DedupConfig, memo: UnitMemo | None = None, templates: frozenset[int] | None = None) -> bool:
    """Mark the segments that repeat `doc`'s own earlier text, and the site template lines the
    run's plan knows for its source (`templates`); True when something was marked.

    Depends on this document (and the plan) alone, unlike `Deduplicator.apply`, which needs the
    corpus order. Pass one long-lived `memo` per run or worker: the reruns of the per-document
    steps then tokenise each sentence once (without one, every call tokenises and hashes everything).
    """
    within = config.enabled and config.within_document
    if not within and not (config.enabled and templates):
        return False
    memo = memo if memo is not None else UnitMemo()
    kept = kept_pieces(doc, memo)
    settings = (config.coverage_words, config.min_words)  # all that repeats_nothing reads
    repeats = within and not memo.known_unrepeated(kept.pieces, settings)
    if not repeats and not templates:
        return False
    doc_tokens = kept.doc_tokens() if repeats else None
    if repeats and repeats_nothing(kept, doc_tokens, config):
        memo.remember_unrepeated(kept.pieces, settings)
        repeats = False
    if not repeats and not (templates and may_hold_templates(kept, templates, config.min_words)):
        return False
    doc_tokens = doc_tokens if doc_tokens is not None else kept.doc_tokens()
    units = make_units(kept, config.min_words)
    del kept  # the units hold what they need of the pieces: a huge page's pieces go before the passes
    marked = False
    if repeats:
        mark_within_document(units, doc_tokens, config, table_rows(doc))
        marked = any(unit.duplicate_of is not None for unit in units)
    if templates:
        lines = paragraph_groups([u for u in units if u.kept])
        marked = remove_planned_templates(lines, templates, prose_lines(doc, lines, config), config, doc.text) or marked
    write_back(doc, units)
    return marked


def may_hold_templates(kept: KeptPieces, templates: frozenset[int], min_words: int) -> bool:
    """Whether `lines.remove_planned_templates` could remove a line of `templates` among the
    kept pieces: a paragraph of one piece that is one, a piece of `min_words` tokens or more
    that is one, or a paragraph of several pieces with as many tokens as a template line
    (`processing_plan.TemplateKeys.words`; its key is only worked out then). Most passes hold
    none (the settle's rerun never sees the lines the first pass removed), and the units,
    groups and prose lines that search builds are then not needed."""
    words = getattr(templates, "words", None)
    if words is None:
        return True
    sizes: dict[int, list[int]] = {}
    for (paragraph, _, _), piece in zip(kept.places, kept.pieces):
        sizes.setdefault(paragraph, []).append(piece.words)
    if any(len(size) > 1 and sum(size) in words for size in sizes.values()):
        return True
    return any(
        piece.key in templates and (piece.words >= min_words or len(sizes[paragraph]) == 1)
        for (paragraph, _, _), piece in zip(kept.places, kept.pieces)
    )


class Deduplicator:
    """Marks duplicate segments; remembers kept text for later documents (and in `index_path`)."""

    def __init__(self, config: DedupConfig | None = None, index_path: Path | None = None):
        self.config = config or DedupConfig()  # its values were checked when it was made
        self.bands, self.rows = optimal_bands(self.config.lsh_threshold, self.config.num_perm)
        self.perms = Permutations.create(self.config.num_perm, self.config.seed)
        self.store: IndexStore | MemoryStore | None = None
        self.memo = UnitMemo()
        self._memory: CorpusMemory | None = None
        if self.config.across_documents:
            if index_path is None:
                self.store = MemoryStore()
            else:
                self.store = IndexStore(Path(index_path), index_params(self.config))
            self._memory = CorpusMemory(self.config, self.store, self.perms, self.bands, self.rows)
        self._since_commit = 0

    def apply(self, doc: Document, within: bool = True) -> Document:
        """Mark `doc`'s duplicate segments and remember what it keeps.

        `within=False` skips the in-document pass, for callers that ran `dedup_within` already
        (it is pure, so the pipeline runs it with the other per-document steps).
        """
        if not self.config.enabled:
            return doc
        cfg = self.config
        if cfg.within_document and within:
            units, doc_tokens = collect_units(doc, self.memo, cfg.min_words)
            mark_within_document(units, doc_tokens, cfg, table_rows(doc))
        else:  # the corpus step alone reads no coverage shingles and no truncation marks
            units, doc_tokens = collect_units(doc, self.memo, 0)
        crossed = self._memory is not None and self.store is not None
        if crossed:
            self.store.begin()
            self._memory.apply(doc, units, doc_tokens)
            self._since_commit += 1
            if self._since_commit >= _COMMIT_EVERY:
                self.store.commit()
                self._since_commit = 0
        write_back(doc, units)
        if crossed:
            follow_moved_originals(doc)  # the corpus step may have removed a repeat's first copy
        return doc

    def expect(
        self, source_docs: dict[str, int], structure: dict[str, frozenset[int]] | None = None, stock_phrases: frozenset[int] = frozenset(),
        teasers: dict[int, int] | None = None, homes: dict[int, tuple[str, int, int, int]] | None = None,
        templates: dict[str, frozenset[int]] | None = None, versions: frozenset[str] = frozenset(),
    ) -> None:
        """What a run's plan counted ahead: how many documents of each source the run holds,
        the short lines that are its articles' own structure, its stock phrases and its
        teasers' cut sentences and the lines homed in a page, its sources' template lines
        when it counted them (`DedupConfig.template_everywhere`) and the ids of the earlier
        versions it met after their update (processing_plan.ProcessingPlan)."""
        if self._memory is not None:
            self._memory.planned_docs = dict(source_docs)
            self._memory.structure = dict(structure or {})
            self._memory.stock_phrases = stock_phrases
            self._memory.teasers = dict(teasers or {})
            self._memory.homes = dict(homes or {})
            self._memory.templates = None if templates is None else dict(templates)
            self._memory.versions = versions

    def flush(self) -> None:
        """Commit what this run added so far (other processes see it from now on)."""
        if self.store is not None:
            self.store.commit()
            self._since_commit = 0

    def close(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None
            self._memory = None

    def __enter__(self) -> "Deduplicator":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
