"""Rewriting a hard-linked file in place, so that it stays linked.

`--in-place` writes a temporary file and renames it over the input: atomic, but the new file is
a new inode, and every other name of a hard-linked input kept the old text. In a corpus whose
identical pages were linked to save room (`rdfind`, `jdupes -L`, `cp -al`), the run read the
file once (under its first name, `targets.without_aliases`), cleaned that name only, and the
next run found the other name a dirty copy: then a whole duplicate, emptied. A rewrite "in place"
is expected to change the file, under every name, as an editor or a formatter does.

So a regular file with more than one link is written through: its bytes are first saved beside
it (`.NAME.cleaner-XXXX.orig`, locked), then the new bytes (already whole and synced in the
temporary file) are copied over the file and it is cut to their length. A failure while copying
(a full disk on a copy-on-write file system, Ctrl-C) copies the saved bytes back; the saved copy
goes once the file is whole again, and stays (named in the error) if even that failed. A run
killed meanwhile leaves it too, never removed (`tempfiles.BACKUP_LEFT`). Not atomic: a reader
may see the file half written, which a link cannot avoid.
"""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path
from typing import IO

from ..errors import OutputError
from . import tempfiles
from .names import display_name

_BLOCK = 1 << 20


def is_linked(path: Path) -> bool:
    """Whether `path` is a regular file with other names (hard links) than this one."""
    try:
        st = os.stat(path)
    except OSError:
        return False
    return stat.S_ISREG(st.st_mode) and st.st_nlink > 1


def write_through(source: IO[bytes], target: Path) -> None:
    """Make `target`'s own inode hold `source`'s bytes (read from its start), losing nothing on
    failure: raises `OSError` (the target as it was) or `OutputError` (the saved copy kept)."""
    fd, backup = tempfiles.create(target, tempfiles.BACKUP_SUFFIX)
    try:
        with os.fdopen(fd, "w+b") as saved, open(target, "r+b") as dest:
            _copy(dest, saved)
            try:
                _overwrite(dest, source)
            except BaseException:
                _restore(dest, saved, target, backup)
                raise
    except OutputError:
        raise  # the saved copy is kept: the error names it
    except BaseException:
        _remove(backup)
        raise
    _remove(backup)


def _restore(dest: IO[bytes], saved: IO[bytes], target: Path, backup: str) -> None:
    """Put the saved bytes back after a failed overwrite; when even that fails, say where they are."""
    try:
        _overwrite(dest, saved)
    except BaseException as exc:
        why = exc.strerror if isinstance(exc, OSError) and exc.strerror else type(exc).__name__
        raise OutputError(
            f"cannot write {display_name(target)} (a hard-linked file, written in place) and cannot put "
            f"its bytes back ({why}): they are saved in {display_name(Path(backup))}"
        ) from None


def _overwrite(dest: IO[bytes], source: IO[bytes]) -> None:
    """`dest` holds exactly `source`'s bytes, synced."""
    source.seek(0)
    dest.seek(0)
    shutil.copyfileobj(source, dest, _BLOCK)
    dest.truncate()
    dest.flush()
    os.fsync(dest.fileno())


def _copy(source: IO[bytes], dest: IO[bytes]) -> None:
    shutil.copyfileobj(source, dest, _BLOCK)
    dest.flush()
    os.fsync(dest.fileno())


def _remove(path: str) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass
