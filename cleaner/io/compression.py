"""Gzip-compressed inputs and outputs (`x.jsonl.gz`, `x.txt.gz`, `x.html.gz`).

Corpora are shipped compressed. A compressed file is read as a stream (a JSONL file of many
gigabytes never sits in memory, compressed or not) and its kind is the one of its inner name;
an output whose name ends in `.gz` is written compressed. Written bytes depend on the text
alone: no file name and no time go into the gzip header, so a rerun gives the same bytes.
What a run compares ("changed", the digests) is the uncompressed text on both sides.
"""

from __future__ import annotations

import gzip
import zlib
from typing import IO

from ..errors import InputError

GZIP_SUFFIX = ".gz"
# Level 6 (zlib's own default): within a few percent of 9's size at a fraction of its time.
_LEVEL = 6
# What a damaged or truncated gzip stream raises while it is read.
DECOMPRESSION_ERRORS = (gzip.BadGzipFile, EOFError, zlib.error)


def is_compressed(name: str) -> bool:
    return name.lower().endswith(GZIP_SUFFIX)


def inner_name(name: str) -> str:
    """The name without its compression suffix (`x.jsonl.gz` -> `x.jsonl`)."""
    return name[: -len(GZIP_SUFFIX)] if is_compressed(name) else name


def compression_suffix(name: str) -> str:
    return name[-len(GZIP_SUFFIX) :] if is_compressed(name) else ""


def reading(handle: IO[bytes], name: str) -> IO[bytes]:
    """`handle` itself, or a stream of its decompressed bytes when `name` says gzip (closing the
    stream leaves `handle` open: its owner closes it)."""
    return gzip.GzipFile(fileobj=handle, mode="rb") if is_compressed(name) else handle  # type: ignore[return-value]


def writing(handle: IO[bytes], name: str) -> IO[bytes]:
    """`handle` itself, or a gzip stream into it when `name` says gzip (close the stream, then
    `handle`: closing the stream writes the gzip trailer and leaves `handle` open)."""
    if not is_compressed(name):
        return handle
    return gzip.GzipFile(filename="", mode="wb", fileobj=handle, compresslevel=_LEVEL, mtime=0)  # type: ignore[return-value]


def decompressed(data: bytes, name: str, item: str) -> bytes:
    """The bytes of a whole file, decompressed when `name` says gzip, or `InputError` naming `item`."""
    if not is_compressed(name):
        return data
    try:
        return gzip.decompress(data)
    except DECOMPRESSION_ERRORS as exc:
        raise InputError(item, damage(exc)) from None


def damage(exc: BaseException) -> str:
    """How a file whose gzip stream raised `exc` (one of `DECOMPRESSION_ERRORS`) is reported."""
    return f"damaged gzip data ({exc})"
