"""Finding input files and reading them into Documents.

Readers never raise for a bad record: they yield a `RawLine` carrying its `InputError` in its
place (keeping its text, or its bytes when they are not text, so a rewrite loses nothing). Only a
file that is not text at all (empty, binary) raises `InputError`, before its first record.
JSONL is read as a stream, UTF-16/32 files too (see `lines.py`): memory holds a line, not a file.
"""

from __future__ import annotations

import fnmatch
import io
import os
import re
from dataclasses import dataclass, replace
from itertools import chain
from pathlib import Path, PurePosixPath
from typing import IO, Iterable, Iterator

import xxhash

from ..errors import InputError
from .compression import inner_name
from .names import CONTROL, UNPRINTABLE, display_name, printable_name  # noqa: F401 (public names here too)
from .jsonline import parse_record
from .fields import missing_field, record_language, record_source, source_of  # noqa: F401 (public names here too)
from ..normalize import SNIFF_BYTES, decode, looks_binary
from ..types import Document
from .lines import line_encoding, split_ended_lines
from .newlines import LF, mixed, newline_of
from .nulbytes import NULS_REMOVED, text_without_nuls, without_stray_nuls
from .response import response_head_end
from .recordline import frame_line
from .tempfiles import is_temp_name
from .rawline import RawLine, LineDecoder, WideLineDecoder

TEXT_SUFFIXES = (".txt",)
JSONL_SUFFIXES = (".jsonl",)
HTML_SUFFIXES = (".html", ".htm")

UTF8_BOM = b"\xef\xbb\xbf"
# A byte-order mark opening a later line: files that each began with one, joined by `cat`. The
# line is read without it (a bad line would be no one's wish), and the rewrite drops it.
_BOM = "\ufeff"
MARK_DROPPED = "byte-order mark at the line start dropped"
# A lone surrogate: half of a UTF-16 pair, as JSON escapes and undecodable file names leave them.
SURROGATE = re.compile("[\ud800-\udfff]")
_REPLACEMENT = "\ufffd"
CHUNK_BYTES = 1 << 16  # what a JSONL file is read by (its lines are cut in these blocks, as code units)
# A whole HTML page: a doctype or an <html> tag first (after a BOM, an XML declaration, comments).
_HTML_PAGE = re.compile(r"\ufeff?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html[\s>])", re.I | re.S)
_HTML_SNIFF = 4096
# What follows the first tag of a page: its document markup.
_PAGE_MARKUP = re.compile(r"<(?:head|body|meta|title|link|script|style|base|noscript)[\s>/]|</html\s*>", re.I)


class EmptyInput(InputError):
    """A file with nothing in it (no bytes, or only whitespace). Its canonical form is the empty
    file: `check` and `--in-place` take it as such (a whole duplicate emptied in place reads
    back as one); a run to another folder has nothing to write and skips it."""


@dataclass(frozen=True, slots=True)
class InputFile:
    """A file to clean: where it is, how to name it, and its path relative to its root."""

    path: Path
    display: str
    relative: PurePosixPath

    @property
    def kind(self) -> str:
        return kind_of(self.path.name)


def kind_of(name: str) -> str:
    """How a file is read, from its name (once decompressed): "jsonl", "html" or "text"."""
    suffix = PurePosixPath(inner_name(name)).suffix.lower()
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in HTML_SUFFIXES:
        return "html"
    return "text"


def find_inputs(
    paths: list[Path], include: tuple[str, ...], exclude: tuple[str, ...] = (), leftovers: list[Path] | None = None
) -> list[InputFile]:
    """Files named directly, plus files under folders that match `include` and not `exclude`.

    Sorted by displayed path: the order decides which copy of a duplicate is "first". A
    temporary output of cleaner (`tempfiles`: a killed run leaves one) is never an input: it
    goes to `leftovers` instead, whatever the patterns, named or met in a folder.
    """
    found: dict[str, InputFile] = {}
    for root in paths:
        if root.is_dir():
            for path, unlisted in _walk(root):
                rel = PurePosixPath(path.relative_to(root).as_posix())
                if not unlisted and is_temp_name(path.name):
                    _left(leftovers, path)
                elif unlisted or _selected(rel, include, exclude):
                    item = InputFile(path, display_name(path), rel)
                    found.setdefault(item.display, item)
        elif is_temp_name(root.name):
            _left(leftovers, root)
        else:
            item = InputFile(root, display_name(root), PurePosixPath(root.name))
            found.setdefault(item.display, item)
    return [found[key] for key in sorted(found)]


def _left(leftovers: list[Path] | None, path: Path) -> None:
    if leftovers is not None:
        leftovers.append(path)


def _walk(root: Path) -> Iterator[tuple[Path, bool]]:
    """Files under `root` as (path, False); a folder that cannot be listed as (path, True), so
    the run names it as skipped instead of silently missing its files."""
    unlisted: list[OSError] = []
    for folder, dirs, files in os.walk(root, onerror=unlisted.append):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            yield Path(folder) / name, False
    for exc in unlisted:
        if exc.filename is not None:
            yield Path(os.fsdecode(exc.filename)), True


def _selected(rel: PurePosixPath, include: tuple[str, ...], exclude: tuple[str, ...]) -> bool:
    text = rel.as_posix()

    def hit(pattern: str) -> bool:
        return fnmatch.fnmatch(text, pattern) or fnmatch.fnmatch(rel.name, pattern)

    return any(hit(p) for p in include) and not any(hit(p) for p in exclude)


def read_whole_file(item: InputFile, chunks: Iterable[bytes]) -> Document:
    """A text or HTML file read whole as one Document. Its bytes live only in this call (held
    by the caller's reading loop, they stayed alive while the document was cleaned: 50 MB more
    at the peak of a 50 MB file)."""
    data = b"".join(chunks)
    return read_html_file(item, data) if item.kind == "html" else read_text_file(item, data)


def read_text_file(item: InputFile, data: bytes) -> Document:
    if not data:
        raise EmptyInput(item.display, "empty file")
    stripped = without_stray_nuls(data) if b"\x00" in data else None  # `nulbytes`
    decoded = decode(data if stripped is None else stripped, item.display)
    if not decoded.text or decoded.text.isspace():  # no copy of a 20 MB text just to test it
        raise EmptyInput(item.display, "empty file (whitespace only)")
    parent = str(PurePosixPath(item.display).parent)
    newline = newline_of(decoded.text)  # the file's line end, which its output keeps (`newlines`)
    repairs = list(decoded.repairs) if stripped is None else [NULS_REMOVED, *decoded.repairs]
    if is_html_page(decoded.text):
        doc = _page_as_html(decoded.text, item.display, parent, repairs)
    else:
        doc = Document(id=item.display, text=decoded.text, source=parent, repairs=repairs)
    if newline != LF:
        doc.meta["newline"] = newline
    if mixed(decoded.text):
        doc.meta["mixed_newlines"] = True  # said when it is all that changes (`run`)
    return doc


def is_html_page(text: str) -> bool:
    """Whether a text is a whole HTML page (a doctype or an <html> tag first): scrapers save
    pages under .txt names and in a JSONL `text` field too, and cleaned as text its markup
    would be kept as words while its article is lost among the scripts.

    The first tag must also be followed by document markup (a head, body, title, meta...) or by
    nothing: a stray `<html>` glued to prose is text, and kept as text it may open the clean
    output, which must read back as text (cleaning the output again is a no-op). A crawl's
    saved response (a WARC or HTTP head, then the page) is a page too."""
    skip = response_head_end(text[:_HTML_SNIFF]) if text[:16].lstrip()[:5] in ("HTTP/", "WARC/") else 0
    start = _HTML_PAGE.match(text, skip, skip + _HTML_SNIFF)
    if start is None:
        return False
    after = text[start.end() : skip + _HTML_SNIFF]
    if not start.group().endswith(">"):
        after = after.partition(">")[2]  # the rest of the doctype or of the <html ...> tag
    return not after.strip() or _PAGE_MARKUP.search(after) is not None


def _page_as_html(text: str, doc_id: str, source: str, repairs: list[str]) -> Document:
    from ..html import read_html

    doc = read_html(text, doc_id, source=source)
    doc.repairs[:0] = [*repairs, "read as HTML"]
    return doc


def read_html_file(item: InputFile, data: bytes) -> Document:
    from ..html import read_html  # selectolax is only loaded when HTML is met

    parent = str(PurePosixPath(item.display).parent)
    return read_html(data, item.display, source=parent)


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


class DigestedLines:
    """A binary file read by lines or by blocks, with a running xxhash digest and size of what was
    read: the writer tells "changed" from these without keeping the input."""

    def __init__(self, handle: IO[bytes]):
        self._handle = handle
        self._hash = xxhash.xxh3_128()
        self.size = 0

    def __iter__(self) -> Iterator[bytes]:
        for line in self._handle:
            self._hash.update(line)
            self.size += len(line)
            yield line

    def read(self, size: int = -1) -> bytes:
        """The next `size` bytes (after what was read so far), digested as lines are."""
        data = self._handle.read(size)
        self._hash.update(data)
        self.size += len(data)
        return data

    def digest(self) -> bytes:
        return self._hash.digest()


def digest_of(data: bytes) -> bytes:
    """The digest `DigestedLines` ends with for the same bytes."""
    return xxhash.xxh3_128(data).digest()


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
    if html_field or is_html_page(body):
        try:
            doc = _page_as_html(body, doc_id, source, [] if html_field else ["read as HTML"])
        except InputError as exc:
            return RawLine(line, InputError(where, exc.reason))
        doc.meta.update(meta)
        doc.repairs.extend(repairs)
        return doc
    return Document(id=doc_id, text=body, source=source, meta=meta, repairs=repairs)


def without_lone_surrogates(text: str) -> tuple[str, list[str]]:
    """JSON may escape half a surrogate pair (`"a\\ud800b"`): valid JSON, but no valid text, and
    no UTF-8 output can hold it. Each becomes U+FFFD, recorded as a repair in the report; the
    record's other fields keep theirs (written back escaped, see `outputs.jsonl_line`)."""
    if text.isascii() or SURROGATE.search(text) is None:  # isascii reads a flag: no scan
        return text, []
    return SURROGATE.sub(_REPLACEMENT, text), ["lone surrogates replaced with U+FFFD"]


def _printable(text: str) -> str:
    """An id as text any output accepts (a lone surrogate shown as its `\\udXXX` escape)."""
    if SURROGATE.search(text) is None:
        return text
    return text.encode("utf-8", "backslashreplace").decode("utf-8")
