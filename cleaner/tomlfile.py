"""Reading the TOML files cleaner is configured with (run config, rule files, step settings).

Parsing the shipped rule files (1.2 MB) took 0.16 CPU s at every start, a tenth of a
one-page `cleaner clean` and of every pre-commit hook run: `tomllib` is Python. A parsed table
depends on the file's bytes and the Python version alone, so it is kept in the cache folder
(`cachedir.py`) under a digest of both, as `marshal` data (plain values, no code); a file
holding what `marshal` cannot write (TOML dates) is parsed every time, a missing or damaged
cache file is parsed again and written anew.
"""

from __future__ import annotations

import hashlib
import marshal
import sys
import tomllib
from pathlib import Path
from typing import Any

from .cachedir import cache_folder, prune, write_whole
from .errors import ConfigError
from .io.names import display_name

_VERSION = 1  # bump when what a cache file holds changes
_KEPT_FILES = 256  # parsed files kept (~50 a set of rule files and settings)


def read_toml(path: str | Path, what: str) -> dict[str, Any]:
    """The parsed table of `path`; every failure is a `ConfigError` naming the file and `what` it is."""
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except FileNotFoundError:
        raise ConfigError(f"{display_name(path)}: no such {what}") from None
    except OSError as exc:
        raise ConfigError(f"{display_name(path)}: cannot read {what} ({exc.strerror or exc})") from None
    except ValueError:  # a NUL in the name ("\u0000" in a TOML string): no file has such a name
        raise ConfigError(f"{display_name(path)}: no such {what} (a file name holds no NUL)") from None
    kept = _kept_file(data)
    table = _read_kept(kept)
    if table is not None:
        return table
    try:
        table = tomllib.loads(data.decode())
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{display_name(path)}: invalid TOML: {exc}") from None
    _keep(kept, table)
    return table


def _kept_file(data: bytes) -> Path | None:
    folder = cache_folder()
    if folder is None:
        return None
    digest = hashlib.sha256(f"{_VERSION}\0{sys.version}\0".encode())
    digest.update(data)
    return folder / f"toml-{digest.hexdigest()[:32]}.marshal"


def _read_kept(kept: Path | None) -> dict[str, Any] | None:
    if kept is None:
        return None
    try:
        table = marshal.loads(kept.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None  # none yet, or damaged
    return table if isinstance(table, dict) else None


def _keep(kept: Path | None, table: dict[str, Any]) -> None:
    if kept is None:
        return
    try:
        data = marshal.dumps(table)
    except ValueError:
        return  # a date or time value: parsed every time
    if write_whole(kept, data):
        prune(kept, "toml-*.marshal", _KEPT_FILES)
