"""A corpus run over files: read, clean in sorted order, write (or only check), count, report.

This is the library behind `cleaner clean`, `cleaner check` and the pre-commit hooks. It never
prints: it returns a `RunSummary` and calls `progress` once per finished file.
"""

from __future__ import annotations

import os
from contextlib import closing
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Iterator

from .config import Config
from .errors import InputError, OutputError
from .io.compression import DECOMPRESSION_ERRORS, damage, reading
from .io.inputs import DigestedLines, EmptyInput, InputFile, display_name, find_inputs, read_whole_file
from .io.rawline import RawLine
from .io.records import read_jsonl
from .io.opening import file_version, open_regular
from .io.outputs import LineIndex, OutputStream, ReportWriter, output_bytes
from .io.targets import OutputPlan, check_outputs, check_writable, in_place_plan, plan_outputs, without_aliases
from .io.tempfiles import settle_leftover
from .pipeline import Cleaner, quiet_collector
from .results import EXIT_BAD_INPUT, EXIT_CHANGED, EXIT_OK, EXIT_USAGE, FileResult, Finding, Note, RunOptions, RunSummary  # noqa: F401 (public here too)
from .reorder import PlannedRun
from .types import Document


@dataclass(frozen=True, slots=True)
class _FileStart:
    item: InputFile


@dataclass(frozen=True, slots=True)
class _FileFailed:
    """A whole-file `InputError` as a plain value: it crosses to worker processes and back.
    `empty`: the file holds nothing (`EmptyInput`)."""

    item: str
    reason: str
    empty: bool = False


@dataclass(frozen=True, slots=True)
class _FileEnd:
    """Sent after a file's last record: the size and digest of the bytes that were read, and the
    file's `_version` when it was opened (an in-place rewrite checks it is still that file)."""

    item: InputFile
    size: int
    digest: bytes
    version: tuple[int, ...] | None = None


# Why a file is skipped when it changed under the run: what was read is no longer what the
# file holds, and a rewrite would lose what was added meanwhile (a scraper appending records).
CHANGED_WHILE_READ = "changed while it was read: skipped, left as it is now (run again)"
CHANGED_BEFORE_WRITE = "changed while it was cleaned: not rewritten, left as it is now (run again)"


# Passes of an `--in-place` run at most: a folder settles in two (rarely three); the cap bounds
# a pathological one.
SETTLE_PASSES = 4


def run(
    paths: list[Path],
    config: Config,
    options: RunOptions,
    progress: Callable[[FileResult | InputError, int], None] | None = None,
) -> RunSummary:
    """Clean every input file; write outputs unless `options.check`; return what happened.

    `--in-place` (with `settle`, the default) runs again over the rewritten files while a pass
    changes one: what the first pass keeps of a page depends on its neighbours in other pages
    (a reprint's short lines beside copied passages, a line counted as a site's template once
    the copies of one story differ), and the first pass changes those neighbours. Without it,
    `check` after `--in-place` failed on one news folder in four (benchmarks/fuzz_fixedpoint.py).
    """
    leftovers: list[Path] = []  # temporary files of killed runs met among the inputs
    files = without_aliases(find_inputs(paths, config.include, config.exclude, leftovers))
    if options.input_name is not None:
        if len(files) != 1:
            raise ValueError(f"input_name names one input file, got {len(files)}")
        files = [replace(files[0], display=options.input_name)]
    plan = _output_plan(paths, files, options)
    summary = RunSummary(notes=_leftover_notes(leftovers, options.in_place))
    report = ReportWriter(options.report)
    _one_pass(files, config, options, plan, summary, report, progress)
    passes = 1
    while options.in_place and config.settle and summary.changed and passes < SETTLE_PASSES:
        passes += 1
        again = RunSummary()
        report = ReportWriter(options.report, passes, report.named)
        _one_pass(files, config, options, plan, again, report, None)
        summary.absorb(again, options.max_findings)
        if not again.changed:
            break
    return summary


def _one_pass(
    files: list[InputFile],
    config: Config,
    options: RunOptions,
    plan: OutputPlan,
    summary: RunSummary,
    report: ReportWriter,
    progress: Callable[[FileResult | InputError, int], None] | None,
) -> None:
    """Read, clean and write every file once, adding what happened to `summary`."""
    compared = config.dedup.enabled and config.dedup.across_documents

    def read(_main: bool) -> Iterator[object]:
        return _items(files, options, plan, compared, config.text_field)

    try:
        with Cleaner(config, options.index) as cleaner, PlannedRun(config.dedup, cleaner.use_plan, cleaner.page_language) as planned, quiet_collector():
            writer = _Writer(options, plan, cleaner.dedup.flush if options.index is not None and cleaner.dedup is not None else None)
            stream = planned.in_input_order(cleaner.clean_many(planned.items(read), options.jobs))
            with closing(writer.consume(stream, report, summary)) as results:  # temp files go now
                for result in results:
                    summary.files.append(result)
                    if progress:
                        progress(result, len(files))
    finally:
        report.close()


def _leftover_notes(leftovers: list[Path], in_place: bool) -> list[Note]:
    """What is said of each temporary file met: `--in-place`, the one run that rewrites the input
    folders, removes the stale ones (`tempfiles.settle_leftover`); other runs only name them."""
    notes = []
    for path in leftovers:
        said = settle_leftover(path, remove=in_place)
        if said is not None:
            notes.append(Note(display_name(path), said))
    return notes


def _output_plan(paths: list[Path], files: list[InputFile], options: RunOptions) -> OutputPlan:
    """Every input's output path, checked before anything is read: no output or report may be an
    input or lie in an input folder, nor an output's folder be unwritable (`OutputError`); inputs
    whose output name clashes are skipped."""
    out = options.output
    folder = None
    if options.in_place:
        plan = in_place_plan(paths, files)
    elif options.check or out is None:
        plan = OutputPlan()
    elif len(files) == 1 and len(paths) == 1 and not paths[0].is_dir() and not out.is_dir() and out.suffix:
        # `cleaner clean corpus.jsonl -o out.jsonl`: one input file named as such and an output
        # that names a file (a folder given as input always mirrors into a folder: `-o out.2`)
        plan = OutputPlan({files[0].display: out})
    else:
        plan, folder = plan_outputs(paths, files, out), out
    written = [] if options.in_place else list(plan.targets.values())  # inputs, by design
    check_outputs(paths, files, written, options.report, options.index, folder)
    check_writable(written)
    return plan


def _items(files: list[InputFile], options: RunOptions, plan: OutputPlan, compared: bool = True, text_field: str = "text") -> Iterator[object]:
    """Each file as `_FileStart`, its Documents and RawLines (or a `_FileFailed`), `_FileEnd`; a
    file that cannot be opened is only a `_FileFailed` (named on stderr and in the report).

    JSONL is read line by line (memory holds one record, not the file); a text or HTML file is
    one document, read whole. Every value here is picklable: `--jobs N` sends them to workers.
    `compared`: documents are compared with each other (JSONL records sharing an id need keys
    of their own).
    """
    for item in files:
        refusal = _refusal(item, options, plan)
        if refusal is not None:
            yield _FileFailed(item.display, refusal)
            continue
        handle = open_regular(item.path)
        if isinstance(handle, str):
            yield _FileFailed(item.display, handle)
            continue
        with handle, reading(handle, item.path.name) as stream:
            opened = file_version(handle.fileno())
            yield _FileStart(item)
            lines = DigestedLines(stream)
            try:
                if item.kind == "jsonl":
                    yield from read_jsonl(item, lines, options.html_field, text_field=text_field, distinct_keys=compared)
                    if file_version(handle.fileno()) != opened:  # written to while read: a torn read
                        yield _FileFailed(item.display, CHANGED_WHILE_READ)
                else:
                    doc = read_whole_file(item, lines)
                    torn = file_version(handle.fileno()) != opened
                    yield _FileFailed(item.display, CHANGED_WHILE_READ) if torn else doc
                    del doc
            except InputError as exc:
                yield _FileFailed(exc.item, exc.reason, isinstance(exc, EmptyInput))
            except DECOMPRESSION_ERRORS as exc:
                yield _FileFailed(item.display, damage(exc))
            except OSError as exc:
                yield _FileFailed(item.display, f"cannot read ({exc.strerror or exc})")
        yield _FileEnd(item, lines.size, lines.digest(), opened)


def _refusal(item: InputFile, options: RunOptions, plan: OutputPlan) -> str | None:
    """Why a file is skipped before it is opened, if it is."""
    if item.display in plan.clashes:
        return plan.clashes[item.display]
    if item.kind == "html" and options.in_place:
        return "HTML input is written as .txt: use -o, not --in-place"
    return None


class _Writer:
    """Turns the cleaned stream back into files, one output per input file, written as it comes."""

    def __init__(self, options: RunOptions, plan: OutputPlan, index_commit: Callable[[], None] | None = None):
        """`index_commit`: commits what the `--index` holds of the files so far; called before each
        output replaces its file, so a disk that fills under the index (`DedupIndexError`) stops
        the run with that file untouched, where the index's last commit at the end came after
        every file was rewritten."""
        self.options = options
        self.plan = plan
        self.index_commit = index_commit

    def consume(self, stream: Iterator[object], report: ReportWriter, summary: RunSummary) -> Iterator[FileResult]:
        file: _OpenFile | None = None
        try:
            for item in stream:
                if isinstance(item, _FileStart):
                    file = _OpenFile(item.item, self._target(item.item), self.options.max_findings, self.options.in_place)
                elif file is not None and self._canonical_empty(item):
                    file.empty = True
                elif isinstance(item, (InputError, _FileFailed)):
                    report.problem(item.item, item.reason)
                    summary.problems.append(item if isinstance(item, InputError) else InputError(item.item, item.reason))
                    if file is not None:
                        file.fail()
                elif file is None:
                    continue
                elif isinstance(item, RawLine):
                    report.problem(item.error.item, item.error.reason)
                    file.raw_line(item, summary)
                elif isinstance(item, Document):
                    report.document(item, file.result.file)
                    file.document(item)
                elif isinstance(item, _FileEnd):
                    outcome = file.write_error or (None if file.failed else self._finish(file, item, summary))
                    if isinstance(outcome, str):  # this output could not be written: the next may
                        report.problem(file.result.file, outcome)
                        summary.problems.append(InputError(file.result.file, outcome))
                    elif outcome is not None:
                        yield outcome
                    file = None
        finally:
            if file is not None:
                file.output.discard()

    def _canonical_empty(self, item: object) -> bool:
        """An empty file met by `check` or `--in-place`: its canonical form is itself (or, for
        whitespace only, the empty file), not a skipped input: a fixed point of the fixer."""
        in_place_or_check = self.options.in_place or self.options.check
        return in_place_or_check and isinstance(item, _FileFailed) and item.empty

    def _finish(self, file: "_OpenFile", end: _FileEnd, summary: RunSummary) -> FileResult | str:
        """The file's result, once its output is in place; or why that output failed.

        A whole duplicate (a text file with nothing written) is not written by a run to another
        folder; `--in-place` empties it, as it empties an all-boilerplate page, so that the next
        run and `check` find nothing left to do."""
        result, output = file.result, file.output
        result.bytes_in, result.bytes_out = end.size, output.size
        result.changed = (end.size, end.digest) != (output.size, output.digest())
        if result.changed and not result.findings and not result.findings_omitted:
            why = "whitespace only (the canonical form is an empty file)" if file.empty else "not in canonical form (whitespace or encoding)"
            if file.mixed_newlines:
                why = "mixed line ends (the canonical form ends every line as most of them end)"
            result.findings.append(Finding(result.file, 1, why))
        if file.empty and not result.changed:
            summary.notes.append(Note(result.file, "empty: nothing to clean (delete it if the page was all boilerplate)"))
        whole_duplicate = file.item.kind != "jsonl" and not file.pieces and not self.options.in_place
        unchanged_in_place = self.options.in_place and not result.changed
        if output.target is None or whole_duplicate or unchanged_in_place:
            output.discard()
        elif self.options.in_place and end.version is not None and file_version(output.target) != end.version:
            output.discard()  # replaced or written to since it was read: the new bytes win
            return CHANGED_BEFORE_WRITE
        elif self.options.in_place and not os.access(output.target, os.W_OK):
            # the rename would replace it (the folder is writable), but a read-only file says
            # "leave me": skipped, as a write to it would fail
            output.discard()
            return f"cannot write {display_name(output.target)}: the file is read-only (left as it was)"
        else:
            if self.index_commit is not None:
                self.index_commit()
            try:
                output.commit()
            except OutputError as exc:
                return str(exc)
        return result

    def _target(self, item: InputFile) -> Path | None:
        if self.options.check:
            return None
        return self.plan.targets.get(item.display)  # in place: the input, or a link's target


class _OpenFile:
    """The file being written: its output stream, its counts and its first findings."""

    def __init__(self, item: InputFile, target: Path | None, max_findings: int, in_place: bool = False):
        self.item = item
        self.result = FileResult(item.display)
        self.output = OutputStream(target, keep_links=in_place)
        self.max_findings = max_findings
        self.pieces = 0  # documents and lines written (a text file with none is not written)
        self.failed = False
        self.empty = False  # the file held nothing (`EmptyInput`), taken as canonical
        self.mixed_newlines = False  # a text ended its lines in more than one way
        self.write_error: str | None = None  # why the output could not be written, if so
        self._problems = 0

    def fail(self) -> None:
        """A whole-file error: nothing of it is written, the input stays as it was."""
        self.failed = True
        self.output.discard()

    def raw_line(self, line: RawLine, summary: RunSummary) -> None:
        self._problems += 1
        if self._problems <= self.max_findings:
            summary.problems.append(line.error)
        else:
            summary.problems_omitted += 1
        self._write(line.output() + line.end.encode("utf-8"))  # its own line end, as read

    def document(self, doc: Document) -> None:
        self.mixed_newlines = self.mixed_newlines or bool(doc.meta.get("mixed_newlines"))
        self._account(doc)
        if doc.duplicate_of is None:
            self._write(output_bytes(doc))

    def _write(self, data: bytes) -> None:
        self.pieces += 1
        if not self.failed:
            try:
                self.output.write(data)
            except OutputError as exc:  # the temporary file is gone already; the input is untouched
                self.write_error = str(exc)
                self.fail()

    def _account(self, doc: Document) -> None:
        result = self.result
        result.documents += 1
        lines = LineIndex(doc)
        if doc.duplicate_of is not None:
            result.duplicate_of = doc.duplicate_of
            result.removals["duplicate_document"] += 1
            self._finding(lines.line(0), f"duplicate of {doc.duplicate_of} (dedup.document)")
            return
        for start, _end, removal in doc.removals():
            result.removals[removal.reason] += 1
            self._finding(lines.line(start), f"{removal.reason} ({removal.rule})")

    def _finding(self, line: int, message: str) -> None:
        if len(self.result.findings) < self.max_findings:
            self.result.findings.append(Finding(self.result.file, line, message))
        else:
            self.result.findings_omitted += 1


def default_jobs() -> int:
    return max(1, min(4, os.cpu_count() or 1))
