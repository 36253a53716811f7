"""Finding input files, and reading a text or HTML file whole into a Document.

A JSONL file is read as a stream of records (records.py). A file that is not text at all
(empty, binary) raises `InputError`.
"""

from __future__ import annotations

import fnmatch
import os
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO, Iterable, Iterator

import xxhash

from ..errors import InputError
from .compression import inner_name
from .feeds import feed_kind, not_a_page
from .names import CONTROL, UNPRINTABLE, display_name, printable_name  # noqa: F401 (public names here too)
from .fields import source_of  # noqa: F401 (public names here too)
from ..normalize import decode
from ..types import Document
from .newlines import LF, mixed, newline_of
from .nulbytes import NULS_REMOVED, without_stray_nuls
from .response import response_head_end
from .tempfiles import is_temp_name

TEXT_SUFFIXES = (".txt",)
JSONL_SUFFIXES = (".jsonl",)
HTML_SUFFIXES = (".html", ".htm")

UTF8_BOM = b"\xef\xbb\xbf"
# A lone surrogate: half of a UTF-16 pair, as JSON escapes and undecodable file names leave them.
SURROGATE = re.compile("[\ud800-\udfff]")
_REPLACEMENT = "\ufffd"
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
    kind = feed_kind(decoded.text)
    if kind:
        raise InputError(item.display, not_a_page(kind))  # an .xml feed's markup is no text to keep
    if is_html_page(decoded.text):
        doc = page_as_html(decoded.text, item.display, parent, repairs)
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


def page_as_html(text: str, doc_id: str, source: str, repairs: list[str]) -> Document:
    """A whole page met in a text file or a JSONL text value (`is_html_page`), read as HTML."""
    from ..html import read_html

    doc = read_html(text, doc_id, source=source)
    doc.repairs[:0] = [*repairs, "read as HTML"]
    return doc


def read_html_file(item: InputFile, data: bytes) -> Document:
    from ..html import read_html  # selectolax is only loaded when HTML is met

    parent = str(PurePosixPath(item.display).parent)
    return read_html(data, item.display, source=parent)


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


def without_lone_surrogates(text: str) -> tuple[str, list[str]]:
    """JSON may escape half a surrogate pair (`"a\\ud800b"`): valid JSON, but no valid text, and
    no UTF-8 output can hold it. Each becomes U+FFFD, recorded as a repair in the report; the
    record's other fields keep theirs (written back escaped, see `outputs.jsonl_line`)."""
    if text.isascii() or SURROGATE.search(text) is None:  # isascii reads a flag: no scan
        return text, []
    return SURROGATE.sub(_REPLACEMENT, text), ["lone surrogates replaced with U+FFFD"]
