"""Composes the steps: the per-document ones (steps.py: repair -> segment -> rules -> in-document
dedup, pure) -> cross-document dedup (in document order) -> the settle (steps.py again).

The per-document part is pure, so it can run in worker processes; dedup decisions stay in one
place and in sorted order, which is what makes the output identical for every worker count.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator, TypeVar

from .compiled import save_new
from .config import Config
from .dedup import Deduplicator, kept_texts
from .dedup.processing_plan import ProcessingPlan
from .errors import CleanerError, InputError
from .io.inputs import is_html_page, page_as_html, without_lone_surrogates
from .reorder import PlannedRun
from .rules.language import page_language
from .steps import PassMemos, compiled_rules, prepare_document, settle_document, settles_after_corpus
from .types import CleanResult, Document

_BATCH = 64
# Collector thresholds for a cleaning loop (defaults: 700, 10, 10). See `quiet_collector`.
_GC_THRESHOLDS = (50_000, 20, 1_000)
T = TypeVar("T")


class Cleaner:
    """One cleaning run: the compiled rules and the dedup memory shared by its documents."""

    def __init__(self, config: Config | None = None, index_path: Path | None = None):
        if config is not None and not isinstance(config, Config):
            raise TypeError(f"config must be a cleaner.Config, got {type(config).__name__}")
        if index_path is not None and not isinstance(index_path, (str, Path)):
            raise TypeError(f"index_path must be a path, got {type(index_path).__name__}")
        self.config = config or Config()
        self.rules = compiled_rules(self.config.rules)
        self.dedup = Deduplicator(self.config.dedup, index_path) if self.config.dedup.enabled else None
        # What dedup works out per segment text is shared by the in-document passes and the corpus step.
        self.memos = PassMemos(self.dedup.memo) if self.dedup is not None else PassMemos()
        self._planned: dict[str, frozenset[int]] = {}  # source -> its template line keys (use_plan)

    def prepare(self, doc: Document) -> Document:
        """Everything that depends on this document alone."""
        return prepare_document(doc, self.config, self.rules, self.memos, self._templates(doc))

    def page_language(self, text: str) -> str | None:
        """A page's language as its stopwords tell, with the run's word lists: the plan asks it
        for a date whose reading needs it (io/textdates.py), which otherwise loads them again."""
        return page_language(text, self.rules.stopword_index, self.rules.settings.engine)

    def _templates(self, item: object) -> frozenset[int] | None:
        """The site template lines the run's plan found for this document's source."""
        return self._planned.get(item.source) if isinstance(item, Document) else None

    def deduplicate(self, doc: Document) -> Document:
        """The corpus step: what earlier documents (and the index) already hold."""
        return self.resettle(doc) if self._cross_document(doc) else doc

    def _cross_document(self, doc: Document, unsettled: bool = False) -> bool:
        """Apply the corpus step; True when the per-document steps must settle the document
        (again): it removed something, or `unsettled` (the first pass's settle was left for now).
        What later documents are compared with is recorded here, before that settle, which is
        why the settle can run in a worker while the next documents go on."""
        if self.dedup is None:
            return unsettled
        before = _kept_pieces(doc) if not unsettled else 0  # settled anyway: no need to count
        self.dedup.apply(doc, within=False)
        if not self.config.settle or doc.duplicate_of is not None:
            return False
        return unsettled or _kept_pieces(doc) != before

    def use_plan(self, plan: ProcessingPlan) -> None:
        """What a run's planning read found out ahead (site template lines, see dedup/plan.py):
        removed from their first copy on by the per-document passes (`dedup_within`)."""
        if self.dedup is not None:
            self._planned = plan.templates
            templates = plan.templates if self.config.dedup.template_everywhere else None
            self.dedup.expect(plan.source_docs, plan.structure, plan.stock_phrases, plan.teasers, plan.homes, templates, plan.versions)

    def resettle(self, doc: Document, declared: str | None = None) -> Document:
        return settle_document(doc, self.config, self.rules, self.memos, declared, self._templates(doc))

    def clean(self, doc: Document) -> Document:
        if not settles_after_corpus(doc, self.config):
            return self.deduplicate(self.prepare(doc))
        declared = doc.lang
        prepare_document(doc, self.config, self.rules, self.memos, self._templates(doc), settle_now=False)
        return self.resettle(doc, declared) if self._cross_document(doc, unsettled=True) else doc

    def clean_many(self, items: Iterable[T], jobs: int = 1) -> Iterator[T]:
        """Clean the Documents of `items` in order; other items pass through untouched, in place.

        `jobs` > 1: workers prepare documents and settle them again after the corpus step; the
        corpus step itself stays here, in document order. Batches overlap: while this process
        compares one batch with the corpus, the workers prepare the next and settle the last.
        The yielded Documents are then copies (use them, not the ones passed in), and, as with
        any `multiprocessing` spawn, the calling script needs an `if __name__ == "__main__":` guard:
        without one the workers die as they start and a `WorkerError` says so (workers.py).
        """
        check_jobs(jobs)
        if jobs == 1:
            for item in items:
                yield _guarded(self.clean, item)
            return
        from .workers import worker_pool  # concurrent.futures: loaded only when workers are asked for

        with worker_pool(jobs, _init_worker, (self.config,)) as pool:
            batches = (self._planned_batch(batch) for batch in _batches(items, _BATCH * jobs))
            preparing = pool.submit(_prepare_in_worker, next(batches, None))
            settling = None
            while preparing is not None:
                prepared = preparing.get()
                preparing = pool.submit(_prepare_in_worker, next(batches, None))
                crossed = [self._crossed_with(*prepared_item) for prepared_item in prepared]
                if settling is not None:
                    yield from settling.get()
                settling = pool.submit(_settle_in_worker, crossed)
            if settling is not None:
                yield from settling.get()

    def _planned_batch(self, batch: list) -> list[tuple[object, frozenset[int] | None]]:
        return [(item, self._templates(item)) for item in batch]

    def _crossed_with(self, item: T, shared: dict | None, unsettled: "_Unsettled | None") -> "T | _SettleAgain":
        """The corpus step on a document a worker prepared, its memo first given the pieces the
        worker worked out for the segments it kept (one document at a time: the memo is small)."""
        if shared and self.dedup is not None:
            self.dedup.memo.take(shared)
        return _guarded(lambda doc: self._crossed(doc, unsettled), item)

    def _crossed(self, doc: Document, unsettled: "_Unsettled | None") -> "Document | _SettleAgain":
        if not self._cross_document(doc, unsettled is not None):
            return doc
        return _SettleAgain(doc, self._templates(doc), unsettled.declared if unsettled else None)

    def close(self) -> None:
        """The end of a run: the dedup index written, and the rule patterns it compiled kept
        for the next run (compiled.save_new)."""
        if self.dedup is not None:
            self.dedup.close()
        save_new()

    def __enter__(self) -> "Cleaner":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def check_jobs(jobs: object) -> None:
    """Worker counts are whole numbers from 1 (for `clean_many` and a run's options alike)."""
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1:
        raise ValueError(f"jobs must be at least 1, a whole number, got {jobs!r}")


_WORKER: dict[str, object] = {}


@contextmanager
def quiet_collector() -> Iterator[None]:
    """Fewer garbage collections while documents are cleaned; the settings come back after
    (a `with` block in the driver of a run: a generator's `finally` waits for the generator to be
    collected, and an exception's traceback can keep it alive).

    Cleaning makes millions of short-lived objects and few reference cycles, while the compiled
    rules and the memos live all run long: with the default thresholds a run of 3,000 documents
    made ~1,300 collections, the full ones walking every memo entry to free nothing (0.9 of
    ~11 CPU s). What exists when the loop starts (the rules) is frozen out of collections, and
    collections come at 10,000 new objects, not 700: 0.3 s, ~200 collections, same output.
    At 50,000 (and a middle collection every 20 young ones, about as often as before), the
    collections of 1,000 records took 0.11 s instead of 0.16: a young object mostly dies before
    the collector walks it.
    """
    thresholds = gc.get_threshold()
    frozen_before = gc.get_freeze_count()
    gc.freeze()
    gc.set_threshold(*_GC_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        if not frozen_before:
            gc.unfreeze()


def _init_worker(config: Config) -> None:
    _WORKER["config"] = config
    _WORKER["rules"] = compiled_rules(config.rules)
    _WORKER["memos"] = PassMemos()
    gc.freeze()  # a worker process only cleans: the same collector settings as the main loop
    gc.set_threshold(*_GC_THRESHOLDS)


@dataclass(frozen=True, slots=True)
class _SettleAgain:
    """A document the corpus step changed, on its way to a worker to settle again."""

    doc: Document
    templates: frozenset[int] | None = None
    declared: str | None = None


@dataclass(frozen=True, slots=True)
class _Unsettled:
    """A worker's first pass left the settle for after the corpus step; what it needs then."""

    declared: str | None


def _settle_in_worker(item: object) -> object:
    if not isinstance(item, _SettleAgain):
        return item
    config, rules, memos = _WORKER["config"], _WORKER["rules"], _WORKER["memos"]
    settled = lambda doc: settle_document(doc, config, rules, memos, item.declared, item.templates)  # noqa: E731
    return _guarded(settled, item.doc)


def _prepare_in_worker(planned: tuple[T, frozenset[int] | None]) -> tuple[T, dict | None, _Unsettled | None]:
    """The prepared document, the dedup pieces of the segments it keeps for the corpus step,
    and, when its settle waits for after that step, what the settle needs."""
    item, templates = planned
    config, rules, memos = _WORKER["config"], _WORKER["rules"], _WORKER["memos"]
    later = isinstance(item, Document) and settles_after_corpus(item, config)
    unsettled = _Unsettled(item.lang) if later else None  # type: ignore[union-attr]
    result = _guarded(lambda doc: prepare_document(doc, config, rules, memos, templates, not later), item)  # type: ignore[arg-type]
    if not isinstance(result, Document) or not (config.dedup.enabled and config.dedup.across_documents):
        return result, None, unsettled
    return result, memos.units.share(kept_texts(result)), unsettled


def _guarded(step: Callable[[Document], Document], item: T) -> T:
    """Apply `step` to a Document; an unexpected failure on one document becomes an `InputError`
    value naming it, so one odd input never stops a corpus run (index errors still stop it)."""
    if not isinstance(item, Document):
        return item
    try:
        return step(item)  # type: ignore[return-value]
    except (CleanerError, MemoryError) as exc:
        if isinstance(exc, InputError):
            return exc  # type: ignore[return-value]
        raise
    except Exception as exc:  # noqa: BLE001 - reported with the document's name, never swallowed
        return InputError(item.id, f"could not be cleaned ({type(exc).__name__}: {exc})")  # type: ignore[return-value]


def _kept_pieces(doc: Document) -> int:
    return sum(len(par.kept_segments()) for par in doc.paragraphs)


def _batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _result(doc: Document) -> CleanResult:
    return CleanResult(
        text=doc.clean_text(),
        removals=tuple(doc.removals()),
        document=doc,
        duplicate_of=doc.duplicate_of,
    )


def clean_text(text: str, config: Config | None = None) -> CleanResult:
    """Clean one text (its own duplicates and boilerplate; nothing is remembered afterwards)."""
    if not isinstance(text, str):
        raise TypeError(f"clean_text takes a str, got {type(text).__name__} (decode bytes first)")
    with Cleaner(config) as cleaner:
        return _result(cleaner.clean(_api_document("text", text)))


def clean_corpus(
    items: Iterable[Document | tuple[str, str]],
    config: Config | None = None,
    index_path: Path | None = None,
    jobs: int = 1,
) -> Iterator[CleanResult]:
    """Clean many documents as one corpus: later documents lose what earlier ones already said.

    Items are `Document`s or `(id, text)` pairs; results come in the order given (sort the items
    for a reproducible "first occurrence"). A list or tuple is planned first, as `cleaner clean`
    plans its inputs (dedup/plan.py: preferred sources and complete versions met first, each
    source's template lines known from its first page), so the same documents give the same
    texts here and from the CLI; any other iterable is streamed, one document at a time, and
    meets documents in the order given.
    """
    if isinstance(items, (str, bytes)):
        raise TypeError("clean_corpus takes an iterable of Documents or (id, text) pairs, not one string")
    seen: dict[str, int] = {}
    if isinstance(items, (list, tuple)):
        docs = [_as_document(item, position, seen) for position, item in enumerate(items)]
        yield from _clean_planned(docs, config or Config(), index_path, jobs)
        return
    docs_stream = (_as_document(item, position, seen) for position, item in enumerate(items))
    with Cleaner(config, index_path) as cleaner:
        for doc in cleaner.clean_many(docs_stream, jobs):
            yield _checked_result(doc)


def _clean_planned(docs: list[Document], config: Config, index_path: Path | None, jobs: int) -> Iterator[CleanResult]:
    with Cleaner(config, index_path) as cleaner, PlannedRun(config.dedup, cleaner.use_plan, cleaner.page_language) as planned:
        for doc in planned.in_input_order(cleaner.clean_many(planned.items(lambda _main: iter(docs)), jobs)):
            yield _checked_result(doc)


def _checked_result(doc: object) -> CleanResult:
    if isinstance(doc, InputError):
        raise doc  # a document the steps could not clean, named
    return _result(doc)  # type: ignore[arg-type]


def _api_document(doc_id: str, text: str) -> Document:
    """A caller's text as a Document: half a surrogate pair (a str may hold one; no file read
    gives one) becomes U+FFFD, as in a JSONL text, so the output can be written as UTF-8. A whole
    HTML page is read as HTML, as the file and JSONL readers read one (`is_html_page`): as text,
    its markup would be kept as words; text that merely holds tags stays text."""
    text, repairs = without_lone_surrogates(text)
    if is_html_page(text):
        return page_as_html(text, doc_id, "", repairs)
    return Document(id=doc_id, text=text, repairs=repairs)


def _as_document(item: object, position: int, seen: dict[str, int]) -> Document:
    """A Document, or one made from an (id, text) pair; anything else is the caller's mistake,
    said here rather than as an AttributeError deep inside a step. So is an id given twice
    (`seen`: id -> position): a document never loses text to itself, and the second one kept
    every word it repeated from the first."""
    if not isinstance(item, Document):
        if not (isinstance(item, tuple) and len(item) == 2):
            raise TypeError(f"clean_corpus item {position}: expected a Document or an (id, text) pair, got {item!r:.60}")
        if isinstance(item[0], str) and isinstance(item[1], str):
            return _first_use(_api_document(item[0], item[1]), position, seen)  # a page read as HTML too
        item = Document(id=item[0], text=item[1])
    if not isinstance(item.id, str) or not isinstance(item.text, str):
        raise TypeError(
            f"clean_corpus item {position}: id and text must be str, got {type(item.id).__name__} and {type(item.text).__name__}"
        )
    item.text, repairs = without_lone_surrogates(item.text)
    item.repairs.extend(repairs)
    return _first_use(item, position, seen)


def _first_use(item: Document, position: int, seen: dict[str, int]) -> Document:
    """`item`, unless its id was an earlier item's (`seen`: id -> position)."""
    first = seen.setdefault(item.id, position)
    if first != position:
        raise ValueError(f"clean_corpus item {position}: id {item.id!r:.60} is item {first}'s too (ids must be distinct)")
    return item
