"""Frozen configuration objects and their loading from `cleaner.toml` or `[tool.cleaner]`.

Each step owns the dataclass of its own settings; this module only composes them and turns a
TOML table into them, refusing unknown keys and wrong types early with a `ConfigError`.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .dedup.config import DedupConfig
from .errors import ConfigError
from .io.names import display_name
from .rules.config import RulesConfig
from .tomlfile import read_toml


@dataclass(frozen=True, slots=True)
class Config:
    """Everything a run can be told. Defaults are the documented behaviour."""

    rules: RulesConfig = field(default_factory=RulesConfig)
    dedup: DedupConfig = field(default_factory=DedupConfig)
    include: tuple[str, ...] = ("*.txt", "*.jsonl", "*.html", "*.htm", "*.txt.gz", "*.jsonl.gz", "*.html.gz", "*.htm.gz")
    exclude: tuple[str, ...] = ()
    # The JSONL field that holds a record's text, read and written back ("maintext", "content"...).
    text_field: str = "text"
    repair: bool = True
    # Rerun the per-document steps on their output until nothing changes (idempotent output, as
    # a pre-commit fixer needs); false trades that guarantee for 3-10% of a run's CPU time (memos
    # make a confirming rerun cheap: measured 2026-12-06 on 2,000 corpus records and 85 real pages).
    settle: bool = True

    def __post_init__(self) -> None:
        if not isinstance(self.text_field, str) or not self.text_field:
            raise ValueError(f"text_field must name a JSONL field, got {self.text_field!r}")


def _build(cls: type, table: dict[str, Any], where: str) -> Any:
    """Turn a TOML table into dataclass `cls`, recursing into nested config dataclasses."""
    if not isinstance(table, dict):
        raise ConfigError(f"{where}: expected a table, got {type(table).__name__}")
    fields = {f.name: f for f in dataclasses.fields(cls)}
    values: dict[str, Any] = {}
    for key, value in table.items():
        name = key.replace("-", "_")
        if name not in fields:
            known = ", ".join(sorted(fields))
            raise ConfigError(f"{where}: unknown key {key!r} (known: {known})")
        default = getattr(cls(), name)
        values[name] = _coerce(default, value, f"{where}.{key}")
    try:
        return cls(**values)
    except ValueError as exc:  # a step's own range checks (DedupConfig.__post_init__)
        raise ConfigError(f"{where}: {exc}") from None


def _coerce(default: Any, value: Any, where: str) -> Any:
    if dataclasses.is_dataclass(default):
        return _build(type(default), value, where)
    if isinstance(default, tuple):
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{where}: expected a list of strings")
        return tuple(value)
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise ConfigError(f"{where}: expected true or false")
        return value
    if isinstance(default, (int, float)) and not isinstance(default, bool):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ConfigError(f"{where}: expected a number")
        if isinstance(default, int) and not isinstance(value, int):
            raise ConfigError(f"{where}: expected a whole number")
        return type(default)(value)
    if isinstance(default, str) or default is None:
        if not isinstance(value, str):
            raise ConfigError(f"{where}: expected a string")
        return value
    raise ConfigError(f"{where}: unsupported value")


def config_from_dict(table: dict[str, Any], where: str = "config") -> Config:
    return _build(Config, table, where)


def load_config(path: Path | None = None, start: Path | None = None) -> Config:
    """Load an explicit file, or look upwards from `start` for cleaner.toml / [tool.cleaner].

    No file found means the defaults: a corpus repository needs no configuration to start.
    File names in the configuration (`rules.extra_files`, `rules.settings_file`) are relative
    to the file that names them: found in a parent folder, or named with `--config`, it read
    them from wherever the run was started, and a run from a subfolder missed them.
    """
    if path is not None:
        return _load_file(Path(path))
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / "cleaner.toml"
        if candidate.is_file():
            return _load_file(candidate)
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            table = _tool_table(read_toml(pyproject, "configuration file"), pyproject)
            if table is not None:
                return _anchored(config_from_dict(table, f"{display_name(pyproject)}:[tool.cleaner]"), pyproject.parent)
        if (folder / ".git").exists():
            break
    return Config()


def _load_file(path: Path) -> Config:
    table = read_toml(path, "configuration file")
    nested = _tool_table(table, path)
    if path.name == "pyproject.toml":
        table = nested if nested is not None else {}
    elif nested is not None:
        table = nested
    return _anchored(config_from_dict(table, display_name(path)), path.parent)


def _tool_table(table: dict[str, Any], path: Path) -> Any:
    """`[tool.cleaner]` of a TOML file, or None; a `tool` key that is no table is an error (a
    `tool = 3` in pyproject.toml stopped every run with a traceback)."""
    tool = table.get("tool")
    if tool is None:
        return None
    if not isinstance(tool, dict):
        raise ConfigError(f"{display_name(path)}: tool: expected a table, got {type(tool).__name__}")
    return tool.get("cleaner")


def _anchored(config: Config, folder: Path) -> Config:
    """The configuration with its relative file names made relative to `folder`."""
    rules = config.rules
    extra = tuple(str(folder / name) if name and not Path(name).is_absolute() else name for name in rules.extra_files)
    settings = rules.settings_file
    if settings and not Path(settings).is_absolute():
        settings = str(folder / settings)
    if (extra, settings) == (rules.extra_files, rules.settings_file):
        return config
    return dataclasses.replace(config, rules=dataclasses.replace(rules, extra_files=extra, settings_file=settings))
