"""The user's cache folder, where answers worked out from the rules are kept between runs
(rule shapes, compiled patterns, parsed TOML files): `CLEANER_CACHE_DIR`, else
`$XDG_CACHE_HOME/cleaner`, else ~/.cache/cleaner. Every file there is an optimisation: a
missing, unreadable or foreign one is worked out again, and a folder that cannot be written is
no error."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def cache_folder() -> Path | None:
    """The folder (not created here), or None when there is no home folder to put it in."""
    own, shared = os.environ.get("CLEANER_CACHE_DIR"), os.environ.get("XDG_CACHE_HOME")
    if own:
        return Path(own)
    if shared:
        return Path(shared) / "cleaner"
    try:
        return Path.home() / ".cache" / "cleaner"
    except RuntimeError:  # no home folder
        return None


def write_whole(path: Path, data: bytes) -> bool:
    """Write `data` to `path` through a temporary file and a rename, so a reader never sees half
    a file (two processes writing: the last one wins); False when the folder cannot be written."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".tmp") as handle:
            handle.write(data)
        os.replace(handle.name, path)
    except OSError:
        return False
    return True


def prune(kept: Path, pattern: str, count: int) -> None:
    """Keep `kept` and the newest other files of the folder matching `pattern`, `count` in all."""
    try:
        others = [f for f in kept.parent.glob(pattern) if f != kept]
        for old in sorted(others, key=lambda f: (f.stat().st_mtime, f.name), reverse=True)[count - 1 :]:
            old.unlink(missing_ok=True)
    except OSError:
        pass  # another process pruned the same file first
