"""What a run is asked (`RunOptions`) and what it answers (`RunSummary`, one `FileResult` per
file, `Finding`s): plain values shared by `run`, the CLI, the hook and the report."""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError
from .pipeline import check_jobs

EXIT_OK = 0
EXIT_CHANGED = 1
EXIT_USAGE = 2
EXIT_BAD_INPUT = 3
# Worker processes a run may start: each loads the rules (~100 MB), and beyond the cores they only
# add memory. `--jobs 100000` (a typo) started that many processes and took the machine down.
MAX_JOBS = max(8, 4 * (os.cpu_count() or 1))


@dataclass(frozen=True, slots=True)
class RunOptions:
    output: Path | None = None  # a folder; or a file when the only input is one file
    in_place: bool = False
    check: bool = False
    report: Path | None = None
    jobs: int = 1
    html_field: str | None = None
    index: Path | None = None
    # The name reports, findings and document keys give the only input (standard input, read
    # from a temporary copy): `None` names every input by its path.
    input_name: str | None = None
    # Findings (and skipped lines) kept per file; the rest are only counted, so a 10^6-record
    # JSONL file cannot fill memory with them. Every one still goes to the --report file.
    max_findings: int = 1000

    def __post_init__(self) -> None:
        """Refuse contradictory options here, with a plain message, not deep inside a run."""
        check_jobs(self.jobs)
        if self.jobs > MAX_JOBS:
            raise ValueError(f"jobs must be at most {MAX_JOBS} (8, or 4 per CPU where that is more), got {self.jobs}")
        if self.max_findings < 0:
            raise ValueError(f"max_findings must be 0 or more, got {self.max_findings}")
        if self.in_place and self.output is not None:
            raise ValueError("give an output or in_place, not both")
        if self.check and (self.in_place or self.output is not None):
            raise ValueError("a check run writes nothing: no output, no in_place")
        if self.input_name is not None and (self.in_place or not self.input_name.strip()):
            raise ValueError("input_name names a copy of one input: not empty, and not with in_place")


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
    findings_omitted: int = 0  # beyond `RunOptions.max_findings`: counted, not kept
    documents: int = 0

    @property
    def finding_count(self) -> int:
        return len(self.findings) + self.findings_omitted


@dataclass(frozen=True, slots=True)
class Note:
    """Something a run says about a file that is neither a finding nor a problem (an empty file,
    a stale temporary file removed): printed on stderr, no effect on the exit code."""

    item: str
    text: str

    def __str__(self) -> str:
        return f"{self.item}: {self.text}"


@dataclass(slots=True)
class RunSummary:
    files: list[FileResult] = field(default_factory=list)
    problems: list[InputError] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    problems_omitted: int = 0  # bad lines beyond `RunOptions.max_findings` in one file: counted

    @property
    def problem_count(self) -> int:
        return len(self.problems) + self.problems_omitted

    @property
    def changed(self) -> list[FileResult]:
        return [f for f in self.files if f.changed]

    def removals(self) -> Counter:
        total: Counter = Counter()
        for result in self.files:
            total.update(result.removals)
        return total

    def absorb(self, later: "RunSummary", max_findings: int) -> None:
        """Add what a later pass over the same files changed (`run`'s settle passes): its
        changed files' findings and counts, and problems it met that this run had not (an
        output that could not be written). Its notes repeat or follow from this run's."""
        mine = {result.file: result for result in self.files}
        for result in later.changed:
            first = mine.get(result.file)
            if first is None:
                self.files.append(result)
                continue
            first.changed = True
            first.bytes_out = result.bytes_out
            first.duplicate_of = result.duplicate_of or first.duplicate_of
            first.removals.update(result.removals)
            room = max(0, max_findings - len(first.findings))
            first.findings.extend(result.findings[:room])
            first.findings_omitted += result.finding_count - min(room, len(result.findings))
        seen = {(problem.item, problem.reason) for problem in self.problems}
        self.problems.extend(p for p in later.problems if (p.item, p.reason) not in seen)

    def exit_code(self, fail_on_change: bool) -> int:
        if self.problem_count:
            return EXIT_BAD_INPUT
        if fail_on_change and self.changed:
            return EXIT_CHANGED
        return EXIT_OK
