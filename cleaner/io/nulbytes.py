"""NUL bytes in text: a stray one is dropped, a file full of them is binary.

A scraper that went through a C string, or a page saved with a NUL in its markup, leaves a NUL
byte inside an otherwise good article. Such a file was skipped whole as "binary" when the NUL
was in its first 64 KiB (where `normalize.looks_binary` looks), and read with the NUL kept when
it came later: the output then held it, and once cleaning had moved it into the first 64 KiB,
the next run skipped the output as binary (`check` failed on the fixer's own output). A JSONL
text value may hold one too (`"\\u0000"`, which PostgreSQL's jsonb refuses). A NUL shows nothing
and means nothing in text: a few are dropped and noted as a repair. A file where they are more
than `_MOST_NULS` of the bytes (a crash's zero-filled tail, UTF-16 without a mark, an image) is
left to the usual binary test.
"""

from __future__ import annotations

from ..normalize import looks_binary

NULS_REMOVED = "NUL bytes removed"
_MOST_NULS = 0.01  # share of a file's bytes


def without_stray_nuls(data: bytes) -> bytes | None:
    """`data` without its NUL bytes when they are stray ones in UTF-8 text; else None (no NUL,
    or too many, or what is left is not UTF-8 text: then the file is read as it is)."""
    count = data.count(b"\x00")
    if not count or count > _MOST_NULS * len(data):
        return None
    rest = data.replace(b"\x00", b"")
    if looks_binary(rest):
        return None
    try:
        rest.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return rest


def text_without_nuls(text: str) -> tuple[str, list[str]]:
    """A JSONL text value without its NUL characters, and the repair said when there were some."""
    if "\x00" not in text:
        return text, []
    return text.replace("\x00", ""), [NULS_REMOVED]
