"""What the `cleaner` commands and the `cleaner index` sub-commands share: stderr, --config."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from .config import Config, load_config
from .errors import CleanerError
from .run import EXIT_USAGE

err = Console(stderr=True, highlight=False, soft_wrap=True)

ConfigOpt = typer.Option(None, "--config", help="cleaner.toml or pyproject.toml to use (default: looked up from the current folder).")


def config_or_exit(path: Optional[Path]) -> Config:
    """The run configuration, or a one-line message and the usage exit code."""
    try:
        return load_config(path)
    except CleanerError as exc:
        err.print(f"cleaner: {exc}")
        raise typer.Exit(EXIT_USAGE) from None
