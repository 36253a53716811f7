"""Cutting a byte stream into lines as it comes, in bounded memory, for any JSONL encoding.

A line ends at a control code unit (LF, CR LF, CR, VT, FF, FS, GS, RS: where `str.splitlines`
ends one, except NEL, LS and PS, which may stand unescaped inside a JSON string). In UTF-8 and
other ASCII-compatible encodings a byte below 0x20 is always that control character; in UTF-16/32 the same
holds for a code unit, never for a byte (0x0A is also half of many characters). So the stream
is read in chunks, seen as code units, and cut there: each line's bytes can then be decoded on
their own, and a line that does not decode is one bad line, not a lost file. Memory holds one
chunk plus the line being read, whatever the line ends (a CR-only file is no single line).
"""

from __future__ import annotations

import codecs
from operator import itemgetter
from dataclasses import dataclass
from typing import Iterable, Iterator

import numpy as np

_LF, _CR = 0x0A, 0x0D
CR, CRLF = "\r", "\r\n"  # the line ends a splitter gives back, besides chr(unit)
_SEPARATOR_UNITS = (_LF, 0x0B, 0x0C, _CR, 0x1C, 0x1D, 0x1E)
_TABLE_SIZE = 0x20  # every separator is a control unit below this: only those are looked up
_IS_SEPARATOR = np.zeros(_TABLE_SIZE, dtype=bool)
_IS_SEPARATOR[list(_SEPARATOR_UNITS)] = True
_IS_SEPARATOR.flags.writeable = False


@dataclass(frozen=True, slots=True)
class LineEncoding:
    """How a stream's code units are laid out: the codec (UTF-8 stands for every byte encoding),
    the code unit's size and numpy type, and the byte-order mark the stream starts with, if any."""

    codec: str
    unit: int
    dtype: str
    mark: bytes = b""

    @property
    def wide(self) -> bool:
        return self.unit > 1

    @property
    def optional_mark(self) -> bytes:
        """A mark the first line may start with: UTF-8's, or a wide file's second one."""
        return "\ufeff".encode(self.codec)


BYTES = LineEncoding("utf-8", 1, "u1")
# Longest mark first: FF FE 00 00 is UTF-32 LE, as `normalize.decode` reads it.
WIDE_ENCODINGS = (
    LineEncoding("utf-32-le", 4, "<u4", b"\xff\xfe\x00\x00"),
    LineEncoding("utf-32-be", 4, ">u4", b"\x00\x00\xfe\xff"),
    LineEncoding("utf-16-le", 2, "<u2", b"\xff\xfe"),
    LineEncoding("utf-16-be", 2, ">u2", b"\xfe\xff"),
)


def line_encoding(head: bytes, whole: bool = False) -> LineEncoding:
    """The wide encoding a file's first bytes announce by their byte-order mark, or show by their
    zero bytes (`unmarked_wide`; `whole`: the head is the whole file), else bytes."""
    for encoding in WIDE_ENCODINGS:
        if head.startswith(encoding.mark):
            return encoding
    return unmarked_wide(head, whole) or BYTES


# A wide file without a mark: the least share of its code units below 0x100 (ASCII and Latin-1
# letters, the spaces and punctuation of any script: a Cyrillic text's spaces are ~15%), and the
# most that end in a zero byte (text has almost none; a wide file read in the wrong byte order,
# or UTF-16 read as UTF-32, has many).
_HIGH_ZEROS, _LOW_ZEROS = 0.1, 0.02
_LEAST_UNITS = 16
_CONTROL_CHARS = frozenset(chr(c) for c in range(32)) - frozenset("\t\n\r\x0b\x0c\x1c\x1d\x1e")


def unmarked_wide(head: bytes, whole: bool = False) -> LineEncoding | None:
    """UTF-16 or UTF-32 written without a byte-order mark (some exporters do), told from binary
    by where its zero bytes fall: the high bytes of many code units, never the low ones, and a
    strict decode without control characters. Read as bytes, such a file was "binary" and
    skipped. Text with few zero high bytes (all CJK, say) is not recognised: still skipped.
    `whole`: the head is the whole file, so a length that is no whole number of code units says
    it is not in that encoding (a short UTF-8 file with a few NUL bytes may pass the rest)."""
    for encoding in WIDE_ENCODINGS:
        unit = encoding.unit
        if whole and len(head) % unit:
            continue
        sample = head[: len(head) - len(head) % unit]
        if len(sample) < _LEAST_UNITS * unit:
            continue  # a few bytes of UTF-8 may fit by chance
        units = np.frombuffer(sample, dtype=encoding.dtype)
        low = units & 0xFF
        if np.count_nonzero(low == 0) > _LOW_ZEROS * len(units):
            continue
        if np.count_nonzero(units < 0x100) < _HIGH_ZEROS * len(units):
            continue
        try:  # a surrogate pair cut at the sample's end is no error
            text = codecs.getincrementaldecoder(encoding.codec)().decode(sample, final=False)
        except UnicodeDecodeError:
            continue
        if not _CONTROL_CHARS.intersection(text):
            return LineEncoding(encoding.codec, unit, encoding.dtype)
    return None


class LineSplitter:
    """Cuts a byte stream, fed in chunks of any size, into the bytes of its lines.

    Line ends and the byte-order mark are dropped; with `ends`, each line comes with the end it
    had, as text ("\n", "\r\n", "\r", a VT...; "" for a last line without one), so that a rewrite
    can give it back (a CR LF file rewritten with LF changed every line). A code unit, a
    surrogate pair or a CR LF may straddle two chunks: the incomplete unit waits in `_carry`; a
    line ended by a CR at a chunk's end waits in `_held` until the next unit says CR or CR LF.
    """

    def __init__(self, encoding: LineEncoding, ends: bool = False):
        self._unit = encoding.unit
        self._dtype = np.dtype(encoding.dtype)
        self._skip = len(encoding.mark)
        self._ends = ends
        self._carry = b""  # the start of a code unit not complete yet
        self._line: list[bytes] = []  # whole code units of the line being read
        self._held: bytes | None = None  # a line ended by the CR that ended the last block

    def feed(self, chunk: bytes) -> list:
        """The lines this chunk completes (with their ends, when asked)."""
        if self._skip:
            dropped = chunk[: self._skip]
            chunk = chunk[len(dropped) :]
            self._skip -= len(dropped)
        data = self._carry + chunk if self._carry else chunk
        whole = len(data) - len(data) % self._unit
        self._carry = data[whole:]
        return self._out(self._split(data[:whole] if whole < len(data) else data)) if whole else []

    def finish(self) -> list:
        """The lines left: one held at its CR, and the last, if the stream did not end with a
        line end. A truncated last code unit stays in it, so that the line fails to decode and
        is reported rather than cut silently."""
        pairs = [(self._held, CR)] if self._held is not None else []
        last = b"".join(self._line) + self._carry
        self._line, self._carry, self._held = [], b"", None
        if last:
            pairs.append((last, ""))
        return self._out(pairs)

    def _out(self, pairs: list[tuple[bytes, str]]) -> list:
        return pairs if self._ends else [line for line, _end in pairs]

    def _split(self, block: bytes) -> list[tuple[bytes, str]]:
        """The lines ended in `block` (whole code units) with their ends. One vectorised pass finds
        the few control units; the loop runs once per line end."""
        units = np.frombuffer(block, dtype=self._dtype)
        controls = np.flatnonzero(units < _TABLE_SIZE)
        ends = controls[_IS_SEPARATOR[units[controls]]]
        size, lines, start = self._unit, [], 0
        cr_end = -1  # where an LF would be the second half of a CR LF
        if self._held is not None:
            lines.append((self._held, CR))
            self._held, cr_end = None, 0
        for end, kind in zip(ends.tolist(), units[ends].tolist()):
            if kind == _LF and end == cr_end:
                lines[-1] = (lines[-1][0], CRLF)
                start = end + 1
                continue
            piece = block[start * size : end * size]
            lines.append((b"".join((*self._line, piece)) if self._line else piece, chr(kind)))
            self._line = []
            start = end + 1
            cr_end = start if kind == _CR else -1
        if cr_end == len(units):  # an LF may open the next block: the end is not known yet
            self._held = lines.pop()[0]
        if start < len(units):
            self._line.append(block[start * size :])
        return lines


def split_lines(chunks: Iterable[bytes], encoding: LineEncoding) -> Iterator[bytes]:
    """The bytes of each line of a stream (its mark and line ends dropped), lazily. A line is
    handed over, not kept: a list being yielded from held a 50 MB line while its record was
    cleaned."""
    return map(itemgetter(0), split_ended_lines(chunks, encoding))  # `map` keeps no reference to a line


def split_ended_lines(chunks: Iterable[bytes], encoding: LineEncoding) -> Iterator[tuple[bytes, str]]:
    """`split_lines` with each line's end as it was ("" after a last line without one)."""
    splitter = LineSplitter(encoding, ends=True)
    for chunk in chunks:
        yield from _handed_over(splitter.feed(chunk))
    yield from _handed_over(splitter.finish())


def _handed_over(lines: list) -> Iterator:
    """The lines in order, each dropped from the list as it is yielded."""
    lines.reverse()
    while lines:
        yield lines.pop()
