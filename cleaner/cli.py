"""The `cleaner` command: parses arguments, calls the library, prints, and sets the exit code.

Exit codes: 0 done; 1 `check` found files that would change (or a fixer changed files with
`--fail-on-change`); 2 usage or configuration error; 3 some inputs were bad and skipped
(each named on stderr), the rest was processed.
"""

from __future__ import annotations

import errno
import gc
import os
import sys
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Callable, Iterator, List, Optional

import typer

from .cli_index import index_app
from .cli_support import ConfigOpt, LazyConsole, TextFieldOpt, config_or_exit, err, html_field_or_exit
from .config import Config
from .errors import CleanerError, InputError
from .interrupts import EXIT_INTERRUPTED, EXIT_TERMINATED, Terminated, terminate_as_exception
from .io.compression import decompressed
from .io.inputs import InputFile, display_name, read_html_file, read_text_file
from .io.rawline import RawLine
from .io.records import iter_jsonl
from .io.stdio import DASH, STDIN_NAME, copy_out, output_suffix, scratch_folder, spool
from .pipeline import Cleaner, quiet_collector
from .report import explain, summary_rows
from .run import EXIT_BAD_INPUT, EXIT_USAGE, RunOptions, RunSummary, run
from .results import MAX_JOBS
from .types import Document

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Turn scraped news into canonical clean text: boilerplate and duplicates out, a report of every removal.",
)
out = LazyConsole(highlight=False, soft_wrap=True)


def _print_version(asked: bool) -> None:
    if asked:
        from importlib.metadata import PackageNotFoundError, version

        try:
            out.print(f"cleaner {version('cleaner')}", markup=False)
        except PackageNotFoundError:  # run from a source tree that was never installed
            out.print("cleaner (not installed)", markup=False)
        raise typer.Exit(0)


@app.callback()
def _options(
    _version: bool = typer.Option(False, "--version", callback=_print_version, is_eager=True, help="Print the version and exit."),
) -> None:
    """Turn scraped news into canonical clean text: boilerplate and duplicates out, a report of every removal."""

def _existing(paths: List[Path]) -> List[Path]:
    """Every path must exist, except `-` (standard input). (typer's own check, `exists=True`,
    would refuse `-` even with `allow_dash`: it compares a Path with the string "-".)"""
    for path in paths:
        if path != DASH and not path.exists():
            raise typer.BadParameter(f"path {str(path)!r} {_why_missing(path)}.")
    return paths


def _why_missing(path: Path) -> str:
    """Why `path.exists()` said no: a symlink loop or a folder that cannot be searched is not a
    missing path, and "does not exist" sent users looking for a typo."""
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ENOENT:
            return "is a symbolic link to nothing" if path.is_symlink() else "does not exist"
        return f"cannot be read ({exc.strerror})"
    return "does not exist"


PathsArg = typer.Argument(
    ..., callback=_existing,
    help="Files or folders (searched recursively), or - for standard input. Only regular files are read: pipes, sockets, devices are reported and skipped.",
)
StdinNameOpt = typer.Option(
    None, "--stdin-name",
    help="Name of standard input in the report and document keys (default <stdin>); its suffix (.jsonl, .html, .txt) says how to read it "
    "(default: JSONL when it starts with {, HTML with <, else text).",
)
QuietOpt = typer.Option(False, "--quiet", "-q", help="No progress bar, no summary.")


def _run(paths: List[Path], config: Config, options: RunOptions, quiet: bool) -> RunSummary:
    show_bar = not quiet and err.is_terminal
    with _progress_bar(show_bar) as progress:
        try:
            summary = run(paths, config, options, progress)
        except CleanerError as exc:
            err.print(f"cleaner: {exc}", markup=False)
            raise typer.Exit(EXIT_USAGE) from None
    if not summary.files and not summary.problems:
        patterns = ", ".join(config.include) or "(none)"
        err.print(f"cleaner: no input file matches the include patterns ({patterns})", markup=False)
    for problem in summary.problems:
        err.print(f"{problem.item}: skipped: {problem.reason}", markup=False)
    for note in summary.notes if not quiet else ():
        err.print(str(note), markup=False)
    if summary.problems_omitted:
        err.print(f"... and {summary.problems_omitted} more skipped lines (all listed in --report)", markup=False)
    return summary


@contextmanager
def _progress_bar(shown: bool) -> Iterator[Callable[[object, int], None] | None]:
    """The progress callback of a run: a bar on stderr when `shown`, else none (rich's
    progress module is then not even imported)."""
    if not shown:
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=err.console, transient=True) as bar:
        task = bar.add_task("cleaning", total=None)

        def progress(_result: object, total: int) -> None:
            bar.update(task, total=total, advance=1)

        yield progress


def _print_summary(summary: RunSummary, quiet: bool) -> None:
    if quiet:
        return
    from rich.table import Table

    table = Table(show_header=False, box=None, pad_edge=False)
    for label, value in summary_rows(summary):
        table.add_row(label, value)
    err.print(table)


@app.command()
def clean(
    paths: List[Path] = PathsArg,
    output: Optional[Path] = typer.Option(
        None,
        "--output",
        "-o",
        help="Output folder, or a file for a single input file, or - for standard output (the default when the input is -). Outputs mirror the inputs' paths relative to the common folder of PATHS; "
        "x.html becomes x.txt (x.html.txt when another input already gives x.txt). Must not be an input nor lie inside an input folder.",
    ),
    in_place: bool = typer.Option(False, "--in-place", help="Rewrite the input files (atomically): the only way inputs are ever overwritten."),
    report: Optional[Path] = typer.Option(
        None, "--report", help="Write one JSON line per removed span to this file. Must not be an input, an output, nor lie inside an input folder (OUT/report.jsonl is fine)."
    ),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, max=MAX_JOBS, help="Worker processes (output is identical for every value)."),
    html_field: Optional[str] = typer.Option(None, "--html-field", help="JSONL field holding raw HTML to extract and clean."),
    text_field: Optional[str] = TextFieldOpt,
    index: Optional[Path] = typer.Option(None, "--index", help="Persistent dedup index (SQLite): dedup against earlier runs and add this one."),
    fail_on_change: bool = typer.Option(False, "--fail-on-change", help="Exit 1 when any file changed (for pre-commit fixers)."),
    stdin_name: Optional[str] = StdinNameOpt,
    config_path: Optional[Path] = ConfigOpt,
    quiet: bool = QuietOpt,
) -> None:
    """Clean files and write the canonical texts to -o OUT, or rewrite them with --in-place."""
    _check_dash(paths, in_place)
    if output is None and paths == [DASH]:
        output = DASH
    if (output is None) == (not in_place):
        err.print("cleaner: give exactly one of -o/--output or --in-place")
        raise typer.Exit(EXIT_USAGE)
    config, html_field = config_or_exit(config_path, text_field), html_field_or_exit(html_field)
    options = RunOptions(output=output, in_place=in_place, report=report, jobs=jobs, html_field=html_field, index=index)
    if output == DASH:
        summary = _run_to_stdout(paths, config, options, stdin_name, quiet)
    elif paths == [DASH]:
        with scratch_folder() as folder:  # standard input into -o FILE
            paths, name = _spooled(paths, folder, stdin_name)
            summary = _run(paths, config, replace(options, input_name=name), quiet)
    else:
        summary = _run(paths, config, options, quiet)
    _print_summary(summary, quiet)
    raise typer.Exit(summary.exit_code(fail_on_change))


def _check_dash(paths: List[Path], in_place: bool = False) -> None:
    """`-` (standard input) is a whole input list on its own, and cannot be rewritten in place."""
    if DASH in paths and (len(paths) > 1 or in_place):
        err.print("cleaner: - (standard input) must be the only input, and cannot be cleaned --in-place")
        raise typer.Exit(EXIT_USAGE)


def _run_to_stdout(paths: List[Path], config: Config, options: RunOptions, stdin_name: Optional[str], quiet: bool) -> RunSummary:
    """One input (a file, or standard input) cleaned into a temporary file, then copied to stdout."""
    if paths != [DASH] and (len(paths) != 1 or not paths[0].is_file()):
        err.print("cleaner: -o - (standard output) takes one input file, or - for standard input")
        raise typer.Exit(EXIT_USAGE)
    with scratch_folder() as folder:
        paths, name = _spooled(paths, folder, stdin_name)
        target = folder / f"out{output_suffix(paths[0])}"
        summary = _run(paths, config, replace(options, output=target, input_name=name), quiet)
        if target.exists():
            copy_out(target, _standard_stream("stdout"))
    return summary


def _spooled(paths: List[Path], folder: Path, stdin_name: Optional[str]) -> tuple[List[Path], Optional[str]]:
    """Standard input copied into `folder` (and the name it goes by); other paths as they are."""
    if paths != [DASH]:
        return paths, None
    return [spool(_standard_stream("stdin"), folder, stdin_name)], stdin_name or STDIN_NAME


def _standard_stream(name: str):
    """Standard input or output as bytes; a process started without it (`<&-`, `>&-`, some
    schedulers) ends with one line and the usage exit code, not a traceback. A terminal as
    standard input gets a note: a run that waits for Ctrl-D looked like a hang."""
    try:
        stream = typer.get_binary_stream(name)
    except RuntimeError:
        err.print(f"cleaner: standard {name.removeprefix('std')}put is closed: - names nothing to {'read' if name == 'stdin' else 'write'}")
        raise typer.Exit(EXIT_USAGE) from None
    if name == "stdin" and stream.isatty():
        err.print("cleaner: reading standard input from the terminal (end it with Ctrl-D)")
    return stream


@app.command()
def check(
    paths: List[Path] = PathsArg,
    report: Optional[Path] = typer.Option(None, "--report", help="Write one JSON line per finding to this file (not an input, nor inside an input folder)."),
    html_field: Optional[str] = typer.Option(None, "--html-field", help="JSONL field holding raw HTML."),
    text_field: Optional[str] = TextFieldOpt,
    index: Optional[Path] = typer.Option(None, "--index", help="Persistent dedup index to check against (read and updated)."),
    stdin_name: Optional[str] = StdinNameOpt,
    config_path: Optional[Path] = ConfigOpt,
    quiet: bool = QuietOpt,
) -> None:
    """Change nothing; print `path:line: reason (rule)` per finding; exit 1 if any file would change."""
    _check_dash(paths)
    config, html_field = config_or_exit(config_path, text_field), html_field_or_exit(html_field)
    with scratch_folder() as folder:
        paths, name = _spooled(paths, folder, stdin_name)
        options = RunOptions(check=True, report=report, html_field=html_field, index=index, input_name=name)
        summary = _run(paths, config, options, quiet)
    for result in summary.files:
        if result.changed:
            for finding in result.findings:
                out.print(str(finding), markup=False)
            if result.findings_omitted:
                out.print(f"{result.file}: ... and {result.findings_omitted} more findings (all listed in --report)", markup=False)
    if not quiet:
        changed = len(summary.changed)
        err.print(f"{changed} of {len(summary.files)} files would change, {sum(f.finding_count for f in summary.changed)} findings")
    raise typer.Exit(summary.exit_code(fail_on_change=True))


@app.command("explain")
def explain_command(
    file: Path = typer.Argument(..., callback=lambda path: _existing([path])[0], help="One text, HTML or JSONL file, or - for standard input."),
    html_field: Optional[str] = typer.Option(None, "--html-field", help="JSONL field holding raw HTML."),
    text_field: Optional[str] = TextFieldOpt,
    stdin_name: Optional[str] = StdinNameOpt,
    config_path: Optional[Path] = ConfigOpt,
) -> None:
    """Show every segment of FILE, kept or removed, and why."""
    config, html_field = config_or_exit(config_path, text_field), html_field_or_exit(html_field)
    with scratch_folder() as folder:
        [file], name = _spooled([file], folder, stdin_name)
        _explain(file, name or display_name(file), config, html_field)


def _explain(file: Path, display: str, config: Config, html_field: Optional[str] = None) -> None:
    item = InputFile(file, display, file.name)  # type: ignore[arg-type]
    try:
        if not file.is_file():  # a named pipe would block the read forever
            raise InputError(item.display, "not a regular file")
        raw = decompressed(file.read_bytes(), file.name, item.display)
        bad_lines: list[RawLine] = []
        if item.kind == "jsonl":
            records = list(iter_jsonl(item, raw, html_field, text_field=config.text_field))
            docs = [d for d in records if isinstance(d, Document)]
            bad_lines = [line for line in records if isinstance(line, RawLine)]
        elif item.kind == "html":
            docs = [read_html_file(item, raw)]
        else:
            docs = [read_text_file(item, raw)]
    except InputError as exc:
        err.print(f"{exc.item}: {exc.reason}", markup=False)
        raise typer.Exit(EXIT_BAD_INPUT) from None
    except OSError as exc:
        err.print(f"{item.display}: cannot read ({exc.strerror or exc})", markup=False)
        raise typer.Exit(EXIT_BAD_INPUT) from None
    with Cleaner(config) as cleaner:
        for doc in cleaner.clean_many(docs):
            _print_explanation(doc)
    for line in bad_lines:
        err.print(f"{line.error.item}: skipped: {line.error.reason}", markup=False)
    if bad_lines:
        raise typer.Exit(EXIT_BAD_INPUT)


def _print_explanation(doc: Document) -> None:
    from rich.table import Table
    from rich.text import Text

    # Text, not markup: a page's own "[/]" or "[bold]" stopped the command with a MarkupError
    table = Table(title=Text(doc.id), show_lines=False, expand=True)
    table.add_column("¶", justify="right", no_wrap=True)
    table.add_column("span", no_wrap=True)
    table.add_column("fate", overflow="fold", ratio=2)
    table.add_column("text", overflow="fold", ratio=5)
    for row in explain(doc):
        style = None if row.kept else "dim"
        table.add_row(str(row.paragraph), f"{row.start}-{row.end}", Text(row.why), Text(row.text), style=style)
    out.print(table)
    if doc.duplicate_of:
        out.print(f"whole document: duplicate of {doc.duplicate_of}", markup=False)


app.add_typer(index_app, name="index", help="Build and inspect the persistent dedup index.")


def main() -> None:
    """The command line. The collector runs as in a cleaning loop from here on (`quiet_collector`:
    typer's parameters import pydantic, whose classes made a full collection of everything the
    imports had built), and what is left at the end is frozen: the interpreter's last collection
    at exit walked every rule, memo and dedup entry of the run to free nothing (0.07 s after 400
    records). Files and the index are closed by then (`run`'s `with` blocks)."""
    try:
        with terminate_as_exception(), quiet_collector():
            app()
    except KeyboardInterrupt:  # raised before typer's own handling starts (or after it)
        err.print("cleaner: interrupted")
        sys.exit(EXIT_INTERRUPTED)
    except Terminated:
        err.print("cleaner: terminated")
        sys.exit(EXIT_TERMINATED)
    except SystemExit as exc:
        if exc.code == EXIT_INTERRUPTED:  # typer turns Ctrl-C into exit 130 without a word
            err.print("cleaner: interrupted")
        raise
    finally:
        gc.freeze()


if __name__ == "__main__":
    main()
