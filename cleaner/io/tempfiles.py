"""The temporary files outputs are written to, named so that any run knows them again.

A run killed with SIGKILL (or a power cut) runs no clean-up: its temporary output stays beside
the target. So that it is never mistaken for an input, never committed by the hook, and can be
removed safely later, each one is named `.<target>.cleaner-<random>.tmp` and kept under an
exclusive `flock` while it is written. The lock dies with the process that holds it: a file of
that name whose lock can be taken belongs to no running writer, it is stale. Only such a file,
a regular one (not a link), lying beside the file it was to replace, is ever removed.

A hard-linked file rewritten in place (`linkwrite`) first has its bytes saved beside it, as
`.<target>.cleaner-<random>.orig`: a run killed while it wrote over the file leaves that copy,
the only whole one. It is never an input either, and never removed: every run names it.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
import tempfile
from pathlib import Path

try:
    import fcntl
except ImportError:  # no flock (Windows): temporary files are recognised and reported, never removed
    fcntl = None  # type: ignore[assignment]

MARK = ".cleaner-"
SUFFIX = ".tmp"
BACKUP_SUFFIX = ".orig"
# `.` + target name + MARK + mkstemp's random part (letters, digits, `_`) + SUFFIX (or BACKUP_SUFFIX)
_NAME = re.compile(r"\.(?P<target>.+)\.cleaner-[A-Za-z0-9_]{4,}(?P<suffix>\.tmp|\.orig)", re.S)

_NAME_MAX = 255  # bytes in a folder entry
_RANDOM = 8  # characters `mkstemp` adds
_SHORTENED = re.compile(r".+~[0-9a-f]{8}", re.S)

STALE_REMOVED = "removed a stale temporary file (left by an interrupted run)"
STALE_LEFT = "a stale temporary file (left by an interrupted run): not read; cleaner clean --in-place removes it"
LIVE = "a temporary file being written by another run: left alone"
ORPHAN = "a temporary file of cleaner without its target beside it: not read, not removed"
BACKUP_LEFT = (
    "the bytes its target had before a run, killed while it rewrote that hard-linked file in place, "
    "wrote over it: compare them with the target, restore or delete this file (never removed by cleaner)"
)


def is_temp_name(name: str) -> bool:
    """Whether a file name is one `create` gives."""
    return _NAME.fullmatch(name) is not None


def create(target: Path, suffix: str = SUFFIX) -> tuple[int, str]:
    """A new temporary file beside `target`, locked for as long as the descriptor is open:
    (descriptor, path). `suffix` BACKUP_SUFFIX: the saved bytes of a file written over in place."""
    fd, path = tempfile.mkstemp(prefix=f".{short_name(target.name)}{MARK}", suffix=suffix, dir=target.parent)
    if fcntl is not None:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            pass  # a file system without locks: the file is still recognised by its name
    return fd, path


def short_name(name: str) -> str:
    """The target's name as its temporary file holds it: whole when the temporary name fits in a
    folder entry (255 bytes on every common file system), else cut, with `~` and a digest of the
    whole name: a 240-byte name, valid, could not be cleaned in place (its temporary name was
    too long) nor written to `-o`."""
    room = _NAME_MAX - len(MARK) - _RANDOM - max(len(SUFFIX), len(BACKUP_SUFFIX)) - 1  # the leading dot
    raw = os.fsencode(name)
    if len(raw) <= room:
        return name
    digest = hashlib.blake2b(raw, digest_size=4).hexdigest()
    cut = raw[: room - len(digest) - 1]
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return os.fsdecode(cut) + "~" + digest  # not text: cut anywhere, as bytes
    return cut.decode("utf-8", "ignore") + "~" + digest  # text: cut between characters


def _target_beside(path: Path, named: str) -> bool:
    """Whether the file a temporary file was written for lies beside it: `named` is its whole
    name, or `short_name`'s cut form of it."""
    if (path.parent / named).is_file():
        return True
    if not _SHORTENED.fullmatch(named):
        return False
    try:
        with os.scandir(path.parent) as entries:
            return any(short_name(entry.name) == named and entry.is_file() for entry in entries)
    except OSError:
        return False


def holds_lock() -> bool:
    """Whether temporary files are locked while written (then they are renamed before closing, so
    that no moment exists where a written file is unlocked)."""
    return fcntl is not None


def settle_leftover(path: Path, remove: bool) -> str | None:
    """What to say about a temporary file met among the inputs, after removing it when `remove`
    and it is stale beside its target."""
    match = _NAME.fullmatch(path.name)
    try:
        st = os.lstat(path)
    except OSError:
        return None  # gone meanwhile: its writer committed or cleaned up
    if match is None or not stat.S_ISREG(st.st_mode) or not _target_beside(path, match["target"]):
        return ORPHAN
    if not _stale(path):
        return LIVE
    if match["suffix"] == BACKUP_SUFFIX:
        return BACKUP_LEFT
    if not remove:
        return STALE_LEFT
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass
    except OSError as exc:
        return f"a stale temporary file that cannot be removed ({exc.strerror or exc})"
    return STALE_REMOVED


def _stale(path: Path) -> bool:
    """Whether no running process holds the file's lock (without flock: never known, so never)."""
    if fcntl is None:
        return False
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    finally:
        os.close(fd)  # the lock taken for the test goes with it
    return True
