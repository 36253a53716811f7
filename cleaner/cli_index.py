"""`cleaner index build|stats`: fill and inspect the persistent dedup index (a typer sub-app).

`build` runs the whole cleaning pipeline on the inputs (rules, then dedup against what the index
already holds) and records what each document keeps, writing no output files; a later
`cleaner clean --index FILE` then removes what was seen here.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import List, Optional

import typer

from .cli_support import ConfigOpt, LazyConsole, TextFieldOpt, config_or_exit, err
from .config import Config
from .dedup import index_params
from .dedup.header import header_differences, wanted_values
from .dedup.store import IndexStore
from .errors import CleanerError
from .io.names import display_name
from .results import MAX_JOBS
from .run import EXIT_BAD_INPUT, EXIT_USAGE, RunOptions, run

index_app = typer.Typer(add_completion=False, no_args_is_help=True, help="Build and inspect the persistent dedup index.")
_out = LazyConsole(highlight=False, soft_wrap=True)

IndexOpt = typer.Option(..., "--index", help="The index file (SQLite; created when missing).")


@index_app.command()
def build(
    paths: List[Path] = typer.Argument(..., exists=True, help="Files or folders (searched recursively)."),
    index: Path = IndexOpt,
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, max=MAX_JOBS, help="Worker processes."),
    text_field: Optional[str] = TextFieldOpt,
    config_path: Optional[Path] = ConfigOpt,
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print nothing on success."),
) -> None:
    """Add the documents under PATH… to the index (dedup against what it already holds)."""
    config = config_or_exit(config_path, text_field)
    try:
        summary = run(list(paths), config, RunOptions(check=True, jobs=jobs, index=index))
    except CleanerError as exc:
        err.print(f"cleaner: {exc}", markup=False)
        raise typer.Exit(EXIT_USAGE) from None
    for problem in summary.problems:
        err.print(f"{problem.item}: skipped: {problem.reason}", markup=False)
    if not quiet:
        _print_stats(index, config)
    raise typer.Exit(EXIT_BAD_INPUT if summary.problems else 0)


@index_app.command()
def stats(
    index_file: Optional[Path] = typer.Argument(None, help="The index file (or --index FILE)."),
    index: Optional[Path] = typer.Option(None, "--index", help="The index file."),
    config_path: Optional[Path] = ConfigOpt,
) -> None:
    """Print the index size, its counts, its parameters and whether they match the configuration."""
    path = index_file or index
    if path is None:
        err.print("cleaner: which index? `cleaner index stats FILE`")
        raise typer.Exit(EXIT_USAGE)
    if not path.is_file():
        err.print(f"cleaner: {display_name(path)}: no such index", markup=False)
        raise typer.Exit(EXIT_USAGE)
    _print_stats(path, config_or_exit(config_path))


def _print_stats(index: Path, config: Config) -> None:
    try:
        store = IndexStore(index, None)
        counts = store.stats()
        params = store.params()
        store.close()
    except CleanerError as exc:  # its message names the file and what is wrong with it
        err.print(f"cleaner: {exc}", markup=False)
        raise typer.Exit(EXIT_USAGE) from None
    except sqlite3.DatabaseError as exc:
        err.print(f"cleaner: {display_name(index)}: cannot read the dedup index: {exc}", markup=False)
        raise typer.Exit(EXIT_USAGE) from None
    size = index.stat().st_size + _sidecar_size(index)
    per = size / counts["seen"] if counts["seen"] else 0.0
    differ = header_differences(params, index_params(config.dedup))
    _out.print(f"index      {display_name(index)}", markup=False)
    _out.print(f"size       {size:,} bytes ({per:.0f} bytes per indexed segment)")
    _out.print(f"documents  {counts['docs']:,}")
    _out.print(f"segments   {counts['seen']:,} (near-dup blocks {counts['shingles']:,}, band rows {counts['bands']:,})")
    _out.print("parameters " + ", ".join(f"{k}={v}" for k, v in sorted(params.items())))
    _out.print("usable     " + ("yes, with this configuration" if not differ else "no: this configuration wants " + wanted_values(differ)))


def _sidecar_size(index: Path) -> int:
    wal = index.with_name(index.name + "-wal")
    return wal.stat().st_size if wal.exists() else 0
