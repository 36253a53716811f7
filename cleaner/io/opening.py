"""Opening an input file safely, and telling whether it changed since.

A named pipe would block a plain `open` forever, and a file can change between a check and an
open: the file is opened without blocking, then checked. A file written to while a run reads
it (a scraper appending records) or replaced before the run writes it back must not be
overwritten with what was read: `file_version` tells one state of a file from the next.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import BinaryIO


def open_regular(path: Path) -> BinaryIO | str:
    """The file opened for reading, or why it cannot be read. Opened without blocking and checked
    after opening: a named pipe would wait forever, and a file can change between a check and
    an open."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        return f"cannot read ({_dangling(path) if exc.errno == errno.ENOENT else exc.strerror or exc})"
    try:
        mode = os.fstat(fd).st_mode
    except OSError as exc:
        os.close(fd)
        return f"cannot read ({exc.strerror or exc})"
    if not stat.S_ISREG(mode):
        os.close(fd)
        return _unlisted_folder(path) if stat.S_ISDIR(mode) else f"not a regular file ({_file_type(mode)})"
    return os.fdopen(fd, "rb")


def _dangling(path: Path) -> str:
    """Why a listed file is missing when opened: a symbolic link whose target is gone (named, so
    the user looks at the link, not for a typo), else a file removed since the folder was listed."""
    try:
        return f"a symbolic link to {os.readlink(path)!r}, which does not exist"
    except OSError:
        return "No such file or directory"


def _unlisted_folder(path: Path) -> str:
    """Why a folder met as an input (one the search could not list) is skipped."""
    try:
        os.scandir(path).close()
    except OSError as exc:
        return f"cannot read the folder ({exc.strerror or exc}): its files are skipped"
    return "a folder that could not be listed: its files are skipped"


def _file_type(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "named pipe"), (stat.S_ISSOCK, "socket"), (stat.S_ISCHR, "character device"), (stat.S_ISBLK, "block device")):
        if test(mode):
            return name
    return "special file"


def file_version(fd_or_path: int | Path) -> tuple[int, ...] | None:
    """What tells one state of a file from the next: its identity, size and modification time
    (None when it cannot be read)."""
    try:
        st = os.stat(fd_or_path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)
