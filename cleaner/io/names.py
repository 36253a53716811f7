"""Names as they are shown: every file name a run prints or reports, one printable line each.

A file name may hold bytes that are not UTF-8 (they reach Python as lone surrogates, which no
UTF-8 output accepts) and control characters (a newline split a `path:line:` finding in two).
Every message naming a path (an input, an output, the report, the index, a configuration file)
shows it through `display_name`; the hook names committed files with `printable_name`.
No imports from the rest of the package: any module may name a path.
"""

from __future__ import annotations

import os
import re
from pathlib import PurePath

CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def display_name(path: str | os.PathLike[str]) -> str:
    """The path as text that can always be printed and written to the report (`printable_name`)."""
    text = path.as_posix() if isinstance(path, PurePath) else os.fspath(path)
    if UNPRINTABLE.search(text) is None:
        return text
    return printable_name(os.fsencode(text))


def printable_name(raw: bytes) -> str:
    """A file name's bytes as one printable line: bytes that are not UTF-8 as `\\xff`, a control
    character as its escape (`\\n`, `\\x1b`, `\\u0085`). The hook names committed files with it
    too (`hook.git_name`)."""
    text = raw.decode("utf-8", "backslashreplace")
    return CONTROL.sub(_control_escape, text)


def _control_escape(match: re.Match[str]) -> str:
    char = match.group()
    return _ESCAPES.get(char) or (f"\\x{ord(char):02x}" if char < "\x80" else f"\\u{ord(char):04x}")
