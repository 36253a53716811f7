"""What the `cleaner` commands and the `cleaner index` sub-commands share: stderr, --config."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional

import typer

from .config import Config, load_config
from .errors import CleanerError
from .run import EXIT_USAGE

if TYPE_CHECKING:
    from rich.console import Console


class LazyConsole:
    """A rich `Console` made on first use, standing for it: importing rich costs 0.12 G
    instructions (2% of a 100-record run), and a quiet run that meets no problem prints nothing."""

    def __init__(self, **options: object):
        self._options = options
        self._console: Console | None = None

    @property
    def console(self) -> Console:
        if self._console is None:
            from rich.console import Console

            self._console = Console(**self._options)  # type: ignore[arg-type]
        return self._console

    def __getattr__(self, name: str) -> Any:
        return getattr(self.console, name)


err = LazyConsole(stderr=True, highlight=False, soft_wrap=True)

TextFieldOpt = typer.Option(None, "--text-field", help="JSONL field holding the text, read and written back (default: text, or text_field in cleaner.toml).")
ConfigOpt = typer.Option(None, "--config", help="cleaner.toml or pyproject.toml to use (default: looked up from the current folder).")


def config_or_exit(path: Optional[Path], text_field: Optional[str] = None) -> Config:
    """The run configuration (`text_field`: the command line's, over the file's), or a one-line
    message and the usage exit code."""
    try:
        config = load_config(path)
    except CleanerError as exc:
        err.print(f"cleaner: {exc}", markup=False)  # "[tool.cleaner]" is no markup
        raise typer.Exit(EXIT_USAGE) from None
    if text_field is None:
        return config
    _names_a_field("--text-field", text_field)
    return replace(config, text_field=text_field)


def html_field_or_exit(html_field: Optional[str]) -> Optional[str]:
    """The --html-field given, refused when empty as --text-field is (an empty name read every
    record as having no HTML field, and the run went on as if the option were not given)."""
    if html_field is not None:
        _names_a_field("--html-field", html_field)
    return html_field


def _names_a_field(option: str, name: str) -> None:
    if not name:
        err.print(f"cleaner: {option} must name a field")
        raise typer.Exit(EXIT_USAGE)
