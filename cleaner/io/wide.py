"""Streaming lines out of UTF-16 and UTF-32 files, in bounded memory.

A wide encoding cannot be cut into lines as bytes (a 0x0A byte is also half of many characters),
and decoding the whole file first held the file three times over (bytes, text, re-encoded text).
Here the stream is cut into code units as it comes, in chunks: a line ends at a code unit that is
a line separator, which in UTF-16/32 is never part of another character, so each line's bytes can
be decoded on their own. A line that does not decode (a lone surrogate, a truncated last unit) is
one bad line, not a lost file. Memory holds one chunk plus the line being read.

Lines end where `str.splitlines` ends them (LF, CR LF, CR, VT, FF, FS, GS, RS), except at NEL, LS
and PS: those may stand unescaped inside a JSON string, as the UTF-8 reader also decides.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Iterator

import numpy as np

_LF, _CR = 0x0A, 0x0D
_SEPARATOR_UNITS = (_LF, 0x0B, 0x0C, _CR, 0x1C, 0x1D, 0x1E)
_TABLE_SIZE = 0x20  # every separator is below this: units are clipped to it for one table lookup
_IS_SEPARATOR = np.zeros(_TABLE_SIZE, dtype=bool)
_IS_SEPARATOR[list(_SEPARATOR_UNITS)] = True
_IS_SEPARATOR.flags.writeable = False


@dataclass(frozen=True, slots=True)
class WideEncoding:
    """A UTF-16/32 encoding named by a file's byte-order mark: the codec, code unit and mark size."""

    codec: str
    unit: int
    dtype: str
    bom: bytes


# Longest mark first: FF FE 00 00 is UTF-32 LE, as `normalize.decode` reads it.
WIDE_ENCODINGS = (
    WideEncoding("utf-32-le", 4, "<u4", b"\xff\xfe\x00\x00"),
    WideEncoding("utf-32-be", 4, ">u4", b"\x00\x00\xfe\xff"),
    WideEncoding("utf-16-le", 2, "<u2", b"\xff\xfe"),
    WideEncoding("utf-16-be", 2, ">u2", b"\xfe\xff"),
)


def wide_encoding(head: bytes) -> WideEncoding | None:
    """The wide encoding a file's first bytes announce by their byte-order mark, if any."""
    for encoding in WIDE_ENCODINGS:
        if head.startswith(encoding.bom):
            return encoding
    return None


class WideLineSplitter:
    """Cuts a UTF-16/32 byte stream, fed in chunks of any size, into the bytes of its lines.

    Line ends and the byte-order mark are dropped. A code unit, a surrogate pair or a CR LF may
    straddle two chunks: the incomplete unit waits in `_carry`, a trailing CR in `_after_cr`.
    """

    def __init__(self, encoding: WideEncoding):
        self._unit = encoding.unit
        self._dtype = np.dtype(encoding.dtype)
        self._skip = len(encoding.bom)
        self._carry = b""  # the start of a code unit not complete yet
        self._line: list[bytes] = []  # whole code units of the line being read
        self._after_cr = False  # the last unit was a CR: an LF right after it ends no new line

    def feed(self, chunk: bytes) -> list[bytes]:
        """The lines this chunk completes."""
        if self._skip:
            dropped = chunk[: self._skip]
            chunk = chunk[len(dropped) :]
            self._skip -= len(dropped)
        data = self._carry + chunk if self._carry else chunk
        whole = len(data) - len(data) % self._unit
        self._carry = data[whole:]
        return self._split(data[:whole] if whole < len(data) else data) if whole else []

    def finish(self) -> list[bytes]:
        """The last line, if the stream did not end with a line end. A truncated last code unit
        stays in it, so that the line fails to decode and is reported rather than cut silently."""
        last = b"".join(self._line) + self._carry
        self._line, self._carry = [], b""
        return [last] if last else []

    def _split(self, block: bytes) -> list[bytes]:
        units = np.frombuffer(block, dtype=self._dtype)
        is_cr = units == _CR
        follows_cr = np.zeros(len(units), dtype=bool)  # an LF here is the second half of CR LF
        follows_cr[1:] = is_cr[:-1]
        follows_cr[0] = self._after_cr
        ends = _IS_SEPARATOR[np.minimum(units, _TABLE_SIZE - 1)] & ~(follows_cr & (units == _LF))
        self._after_cr = bool(is_cr[-1])
        start = 1 if follows_cr[0] and units[0] == _LF else 0
        lines: list[bytes] = []
        for end in np.flatnonzero(ends).tolist():
            piece = block[start * self._unit : end * self._unit]
            lines.append(b"".join((*self._line, piece)) if self._line else piece)
            self._line = []
            start = end + 2 if end + 1 < len(units) and is_cr[end] and units[end + 1] == _LF else end + 1
        if start < len(units):
            self._line.append(block[start * self._unit :])
        return lines


def wide_lines(chunks: Iterable[bytes], encoding: WideEncoding) -> Iterator[bytes]:
    """The bytes of each line of a wide-encoded stream (mark and line ends dropped), lazily."""
    splitter = WideLineSplitter(encoding)
    for chunk in chunks:
        yield from splitter.feed(chunk)
    yield from splitter.finish()
