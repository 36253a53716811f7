"""Reading a JSONL file's records into Documents, as a stream.

Readers never raise for a bad record: they yield a `RawLine` carrying its `InputError` in its
place (keeping its text, or its bytes when they are not text, so a rewrite loses nothing). Only a
file that is not text at all (empty, binary) raises `InputError`, before its first record.
UTF-16/32 files are read as a stream too (see `lines.py`): memory holds a line, not a file.
"""

from __future__ import annotations

import io
from dataclasses import replace
from itertools import chain
from typing import Iterable, Iterator

import xxhash

from ..errors import InputError
from ..normalize import SNIFF_BYTES, looks_binary
from ..types import Document
from .fields import missing_field, record_language, record_source
from .feeds import feed_kind, not_a_page
from .inputs import SURROGATE, UTF8_BOM, EmptyInput, InputFile, is_html_page, page_as_html, without_lone_surrogates
from .jsonline import parse_record
from .lines import line_encoding, split_ended_lines
from .newlines import LF, newline_of
from .nulbytes import text_without_nuls
from .rawline import LineDecoder, RawLine, WideLineDecoder
from .recordline import frame_line

# A byte-order mark opening a later line: files that each began with one, joined by `cat`. The
# line is read without it (a bad line would be no one's wish), and the rewrite drops it.
_BOM = "\ufeff"
MARK_DROPPED = "byte-order mark at the line start dropped"
CHUNK_BYTES = 1 << 16  # what a JSONL file is read by (its lines are cut in these blocks, as code units)


def iter_jsonl(item: InputFile, data: bytes, html_field: str | None = None, text_field: str = "text") -> Iterator[Document | RawLine]:
    """The records of a JSONL file already in memory (see `read_jsonl`)."""
    return read_jsonl(item, io.BytesIO(data), html_field, text_field=text_field)


def read_jsonl(
    item: InputFile,
    lines: Iterable[bytes],
    html_field: str | None = None,
    *,
    text_field: str = "text",
    chunk_size: int = CHUNK_BYTES,
    distinct_keys: bool = True,
) -> Iterator[Document | RawLine]:
    """One Document per good line, a `RawLine` carrying its error for each bad one, read as a stream.

    `lines` is an open binary file (or `DigestedLines` over one), read by `chunk_size` blocks, or
    any iterable of byte pieces. Memory holds a block and one line, however long, never the file.
    Lines are cut as `lines.py` says, also in UTF-16/32 (byte-order mark), and each is decoded on
    its own, so one undecodable line is one `RawLine` instead of a lost file. Whole-file problems
    (empty, binary) raise `InputError` before any record. `distinct_keys`: records sharing an id
    get keys of their own (`_DocumentKeys`, a few dozen bytes per record: only worth it when
    documents are compared with each other). `text_field`: the field holding the text (and, with
    `html_field`, the one the clean text is written to).
    """
    if chunk_size < 1:
        raise ValueError(f"chunk_size must be at least 1 byte, got {chunk_size}")
    read = getattr(lines, "read", None)
    rest = iter(lines)
    head = [read(SNIFF_BYTES)] if read is not None else _take_head(rest)
    sample = b"".join(head)[:SNIFF_BYTES]
    if not sample:
        raise EmptyInput(item.display, "empty file")
    encoding = line_encoding(sample, whole=len(sample) < SNIFF_BYTES)  # a shorter head is the file
    # A byte-order mark says text, as in `normalize.decode`.
    if not encoding.wide and not sample.startswith(UTF8_BOM) and _looks_binary_jsonl(sample):
        raise InputError(item.display, "binary file (control bytes), not text")
    blocks = iter(lambda: read(chunk_size), b"") if read is not None else rest
    decoder = WideLineDecoder(encoding.codec) if encoding.wide else LineDecoder()
    keys = _DocumentKeys() if distinct_keys else None
    number = 0
    for data, end in split_ended_lines(chain(head, blocks), encoding):  # no `enumerate`: its reused result tuple held the last line
        number += 1
        if number == 1:
            data = data.removeprefix(encoding.optional_mark)  # dropped as the whole-file reader did
        line = decoder.decode(data, f"{item.display}:{number}")
        del data  # this generator waits at `yield` while the record is cleaned: hold no copy of it
        if isinstance(line, RawLine):
            yield line if end == LF else replace(line, end=end)
            continue
        marked = line.startswith(_BOM)
        if marked:
            line = line.lstrip(_BOM)
        if line.strip():
            record = _record(item, number, line, html_field, text_field)
            del line
            if end != LF:  # written back with the line end it was read with (`RawLine.end` too)
                record = _ended(record, end)
            if marked and isinstance(record, Document):
                record.repairs.append(MARK_DROPPED)
            yield keys.claim(record, number) if keys is not None else record


def _ended(item: Document | RawLine, end: str) -> Document | RawLine:
    """The record (or bad line) with the line end it was read with, when not LF: a CR LF file's
    rewrite keeps CR LF, a last line without an end gets none."""
    if isinstance(item, RawLine):
        return replace(item, end=end)
    item.meta["line_end"] = end
    return item


class _DocumentKeys:
    """Keeps the documents of one JSONL file apart when records share an id (a scraper that saved
    one story twice, or a record without id whose line number is another record's id): dedup,
    the report and the index know a document by its key, and two records under one key would
    never be compared with each other. A repeated key gets `@LINE` appended. Keys are remembered
    as 64-bit hashes (a few dozen bytes per record); a hash collision only renames a document."""

    def __init__(self) -> None:
        self._seen: set[int] = set()

    def claim(self, item: Document | RawLine, number: int) -> Document | RawLine:
        if isinstance(item, RawLine):
            return item
        key = item.id
        while (digest := xxhash.xxh3_64_intdigest(key.encode("utf-8", "surrogatepass"))) in self._seen:
            key = f"{key}@{number}"
        self._seen.add(digest)
        item.id = key
        return item


def _looks_binary_jsonl(sample: bytes) -> bool:
    """Binary when the control bytes of the file's start (NUL aside) pass the usual share, or
    when most of its lines hold a NUL (UTF-16/32 without a byte-order mark, NUL padding).
    A NUL in a few lines costs only those lines (bad lines, passed through), not the file."""
    lines = sample.split(b"\n")
    with_nul = sum(1 for line in lines if b"\x00" in line)
    return 2 * with_nul > len(lines) or looks_binary(sample.replace(b"\x00", b""))


def _take_head(lines: Iterator[bytes]) -> list[bytes]:
    """The first pieces of a stream that cannot `read`, until they hold `SNIFF_BYTES` bytes (what
    the binary check looks at)."""
    head: list[bytes] = []
    size = 0
    for line in lines:
        head.append(line)
        size += len(line)
        if size >= SNIFF_BYTES:
            break
    return head


def _record(item: InputFile, number: int, line: str, html_field: str | None, text_field: str = "text") -> Document | RawLine:
    where = f"{item.display}:{number}"
    try:
        record = parse_record(line)
    except ValueError as exc:
        return RawLine(line, InputError(where, str(exc)))
    if not isinstance(record, dict):
        return RawLine(line, InputError(where, "a JSONL record must be an object"))
    field = html_field or text_field
    body = record.get(field)
    if not isinstance(body, str):
        return RawLine(line, InputError(where, missing_field(record, field, html_field is None)))
    body, repairs = without_lone_surrogates(body)
    body, dropped = text_without_nuls(body)  # `nulbytes`: "\u0000" in the value
    repairs += dropped
    record_id = _printable(str(record.get("id", number)))
    doc_id = f"{item.display}#{record_id}"
    source = record_source(record, item.display)
    meta = {"record": record, "line": number, "record_id": record_id, "text_field": text_field}
    meta["frame"] = frame_line(line, text_field, record.get(text_field))  # written back as read
    newline = newline_of(body) if html_field is None else LF
    if newline != LF:
        meta["newline"] = newline  # the text value's line end, which its clean text keeps
    language = record_language(record)
    if language:
        meta["declared_lang"] = language
    kind = None if html_field else feed_kind(body)  # an HTML field's feed is refused by read_html
    if kind:
        return RawLine(line, InputError(where, not_a_page(kind)))
    if html_field or is_html_page(body):
        try:
            doc = page_as_html(body, doc_id, source, [] if html_field else ["read as HTML"])
        except InputError as exc:
            return RawLine(line, InputError(where, exc.reason))
        doc.meta.update(meta)
        doc.repairs.extend(repairs)
        return doc
    return Document(id=doc_id, text=body, source=source, meta=meta, repairs=repairs)


def _printable(text: str) -> str:
    """An id as text any output accepts (a lone surrogate shown as its `\\udXXX` escape)."""
    if SURROGATE.search(text) is None:
        return text
    return text.encode("utf-8", "backslashreplace").decode("utf-8")
