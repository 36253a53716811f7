"""Finding input files and reading them into Documents.

Readers never raise for a bad item: they yield an `InputError` value in its place (a JSONL line
that is not JSON keeps its raw text so a rewrite can pass it through and lose nothing).
"""

from __future__ import annotations

import fnmatch
import json
import os
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Iterator
from urllib.parse import urlsplit

from ..errors import InputError
from ..normalize import decode
from ..types import Document

TEXT_SUFFIXES = (".txt",)
JSONL_SUFFIXES = (".jsonl",)
HTML_SUFFIXES = (".html", ".htm")


@dataclass(frozen=True, slots=True)
class InputFile:
    """A file to clean: where it is, how to name it, and its path relative to its root."""

    path: Path
    display: str
    relative: PurePosixPath

    @property
    def kind(self) -> str:
        suffix = self.path.suffix.lower()
        if suffix in JSONL_SUFFIXES:
            return "jsonl"
        if suffix in HTML_SUFFIXES:
            return "html"
        return "text"

    def output_relative(self) -> PurePosixPath:
        """HTML becomes text; everything else keeps its name."""
        return self.relative.with_suffix(".txt") if self.kind == "html" else self.relative


@dataclass(frozen=True, slots=True)
class RawLine:
    """A JSONL line that could not be read as a record: reported, and passed through unchanged."""

    text: str
    error: InputError


def find_inputs(paths: list[Path], include: tuple[str, ...], exclude: tuple[str, ...] = ()) -> list[InputFile]:
    """Files named directly, plus files under folders that match `include` and not `exclude`.

    Sorted by displayed path: the order decides which copy of a duplicate is "first".
    """
    found: dict[str, InputFile] = {}
    for root in paths:
        if root.is_dir():
            for path in _walk(root):
                rel = PurePosixPath(path.relative_to(root).as_posix())
                if _selected(rel, include, exclude):
                    item = InputFile(path, path.as_posix(), rel)
                    found.setdefault(item.display, item)
        else:
            item = InputFile(root, root.as_posix(), PurePosixPath(root.name))
            found.setdefault(item.display, item)
    return [found[key] for key in sorted(found)]


def _walk(root: Path) -> Iterator[Path]:
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            yield Path(folder) / name


def _selected(rel: PurePosixPath, include: tuple[str, ...], exclude: tuple[str, ...]) -> bool:
    text = rel.as_posix()

    def hit(pattern: str) -> bool:
        return fnmatch.fnmatch(text, pattern) or fnmatch.fnmatch(rel.name, pattern)

    return any(hit(p) for p in include) and not any(hit(p) for p in exclude)


def source_of(url: str | None, fallback: str) -> str:
    """The dedup policy scope: a URL's host (without www.), else the folder or file it came from."""
    if url:
        host = urlsplit(url).hostname or ""
        if host:
            return host.removeprefix("www.")
    return fallback


def read_text_file(item: InputFile, data: bytes) -> Document:
    decoded = decode(data, item.display)
    parent = str(PurePosixPath(item.display).parent)
    return Document(id=item.display, text=decoded.text, source=parent, repairs=list(decoded.repairs))


def read_html_file(item: InputFile, data: bytes) -> Document:
    from ..html import read_html  # selectolax is only loaded when HTML is met

    parent = str(PurePosixPath(item.display).parent)
    return read_html(data, item.display, source=parent)


def iter_jsonl(item: InputFile, data: bytes, html_field: str | None = None) -> Iterator[Document | RawLine]:
    """One Document per good line; a `RawLine` carrying its error for each bad one."""
    text = decode(data, item.display).text
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        yield _record(item, number, line, html_field)


def _record(item: InputFile, number: int, line: str, html_field: str | None) -> Document | RawLine:
    where = f"{item.display}:{number}"
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return RawLine(line, InputError(where, f"bad JSON ({exc.msg} at column {exc.colno})"))
    if not isinstance(record, dict):
        return RawLine(line, InputError(where, "a JSONL record must be an object"))
    field = html_field or "text"
    body = record.get(field)
    if not isinstance(body, str):
        return RawLine(line, InputError(where, f"no string field {field!r}"))
    record_id = str(record.get("id", number))
    doc_id = f"{item.display}#{record_id}"
    url = record.get("url") if isinstance(record.get("url"), str) else None
    meta = {"record": record, "line": number, "record_id": record_id}
    if html_field:
        from ..html import read_html

        try:
            doc = read_html(body, doc_id, source=source_of(url, item.display))
        except InputError as exc:
            return RawLine(line, InputError(where, exc.reason))
        doc.meta.update(meta)
        return doc
    return Document(id=doc_id, text=body, source=source_of(url, item.display), meta=meta)
