"""A corpus run over files: read, clean in sorted order, write (or only check), count, report.

This is the library behind `cleaner clean`, `cleaner check` and the pre-commit hooks. It never
prints: it returns a `RunSummary` and calls `progress` once per finished file.
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Callable, Iterator

from .config import Config
from .errors import InputError
from .io.inputs import InputFile, RawLine, find_inputs, iter_jsonl, read_html_file, read_text_file
from .io.outputs import LineIndex, ReportWriter, jsonl_line, write_atomic
from .pipeline import Cleaner
from .types import Document

EXIT_OK = 0
EXIT_CHANGED = 1
EXIT_USAGE = 2
EXIT_BAD_INPUT = 3


@dataclass(frozen=True, slots=True)
class RunOptions:
    output: Path | None = None  # a folder; or a file when the only input is one file
    in_place: bool = False
    check: bool = False
    report: Path | None = None
    jobs: int = 1
    html_field: str | None = None
    index: Path | None = None


@dataclass(frozen=True, slots=True)
class Finding:
    """One line of `check` output: `file:line: message`."""

    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


@dataclass(slots=True)
class FileResult:
    file: str
    bytes_in: int = 0
    bytes_out: int = 0
    changed: bool = False
    duplicate_of: str | None = None
    removals: Counter = field(default_factory=Counter)
    findings: list[Finding] = field(default_factory=list)
    documents: int = 0


@dataclass(slots=True)
class RunSummary:
    files: list[FileResult] = field(default_factory=list)
    problems: list[InputError] = field(default_factory=list)

    @property
    def changed(self) -> list[FileResult]:
        return [f for f in self.files if f.changed]

    def removals(self) -> Counter:
        total: Counter = Counter()
        for result in self.files:
            total.update(result.removals)
        return total

    def exit_code(self, fail_on_change: bool) -> int:
        if self.problems:
            return EXIT_BAD_INPUT
        if fail_on_change and self.changed:
            return EXIT_CHANGED
        return EXIT_OK


@dataclass(frozen=True, slots=True)
class _FileStart:
    item: InputFile
    raw: bytes


@dataclass(frozen=True, slots=True)
class _FileEnd:
    item: InputFile


def run(
    paths: list[Path],
    config: Config,
    options: RunOptions,
    progress: Callable[[FileResult | InputError, int], None] | None = None,
) -> RunSummary:
    """Clean every input file; write outputs unless `options.check`; return what happened."""
    files = find_inputs(paths, config.include, config.exclude)
    summary = RunSummary()
    report = ReportWriter(options.report)
    writer = _Writer(options, _single_file_output(files, options))
    try:
        with Cleaner(config, options.index) as cleaner:
            stream = cleaner.clean_many(_items(files, options, summary), options.jobs)
            for result in writer.consume(stream, report, summary):
                summary.files.append(result)
                if progress:
                    progress(result, len(files))
    finally:
        report.close()
    return summary


def _single_file_output(files: list[InputFile], options: RunOptions) -> Path | None:
    """`cleaner clean corpus.jsonl -o out.jsonl`: one input file and an output that names a file."""
    out = options.output
    if out is None or len(files) != 1 or out.is_dir():
        return None
    return out if out.suffix else None


def _items(files: list[InputFile], options: RunOptions, summary: RunSummary) -> Iterator[object]:
    for item in files:
        try:
            raw = item.path.read_bytes()
        except OSError as exc:
            summary.problems.append(InputError(item.display, f"cannot read ({exc.strerror})"))
            continue
        if item.kind == "html" and options.in_place:
            summary.problems.append(InputError(item.display, "HTML input is written as .txt: use -o, not --in-place"))
            continue
        yield _FileStart(item, raw)
        try:
            if item.kind == "jsonl":
                yield from iter_jsonl(item, raw, options.html_field)
            elif item.kind == "html":
                yield read_html_file(item, raw)
            else:
                yield read_text_file(item, raw)
        except InputError as exc:
            yield exc
        yield _FileEnd(item)


class _Writer:
    """Turns the cleaned stream back into files, one output per input file."""

    def __init__(self, options: RunOptions, single_output: Path | None):
        self.options = options
        self.single_output = single_output

    def consume(self, stream: Iterator[object], report: ReportWriter, summary: RunSummary) -> Iterator[FileResult]:
        current: FileResult | None = None
        lines: list[str] = []
        raw = b""
        failed = False
        for item in stream:
            if isinstance(item, _FileStart):
                current, lines, raw, failed = FileResult(item.item.display, bytes_in=len(item.raw)), [], item.raw, False
            elif isinstance(item, InputError):
                summary.problems.append(item)
                report.problem(item.item, item.reason)
                failed = True
            elif isinstance(item, RawLine):
                summary.problems.append(item.error)
                report.problem(item.error.item, item.error.reason)
                lines.append(item.text)
            elif isinstance(item, Document) and current is not None:
                report.document(item, current.file)
                self._account(current, item)
                if item.duplicate_of is None:
                    lines.append(jsonl_line(item) if "record" in item.meta else item.clean_text())
            elif isinstance(item, _FileEnd) and current is not None:
                if not failed:
                    self._finish(item.item, current, raw, lines)
                    yield current
                current = None

    def _account(self, result: FileResult, doc: Document) -> None:
        result.documents += 1
        lines = LineIndex(doc)
        if doc.duplicate_of is not None:
            result.duplicate_of = doc.duplicate_of
            result.removals["duplicate_document"] += 1
            result.findings.append(Finding(result.file, lines.line(0), f"duplicate of {doc.duplicate_of} (dedup.document)"))
            return
        for start, _end, removal in doc.removals():
            result.removals[removal.reason] += 1
            result.findings.append(Finding(result.file, lines.line(start), f"{removal.reason} ({removal.rule})"))

    def _finish(self, item: InputFile, result: FileResult, raw: bytes, lines: list[str]) -> None:
        is_jsonl = item.kind == "jsonl"
        text = "".join(line + "\n" for line in lines) if is_jsonl else "".join(lines)
        data = text.encode("utf-8")
        result.bytes_out = len(data)
        result.changed = data != raw
        if result.changed and not result.findings:
            result.findings.append(Finding(result.file, 1, "not in canonical form (whitespace or encoding)"))
        if self.options.check:
            return
        target = self._target(item)
        if target is None:
            return
        if not is_jsonl and not lines:
            return  # a whole-file duplicate is not written
        if self.options.in_place and not result.changed:
            return
        write_atomic(target, data)

    def _target(self, item: InputFile) -> Path | None:
        if self.options.in_place:
            return item.path
        if self.single_output is not None:
            return self.single_output
        if self.options.output is None:
            return None
        return self.options.output / Path(*PurePosixPath(item.output_relative()).parts)


def default_jobs() -> int:
    return max(1, min(4, os.cpu_count() or 1))
