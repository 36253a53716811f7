"""Writing results: atomic file replacement, JSONL records, the removal report."""

from __future__ import annotations

import json
import os
import re
from bisect import bisect_left
from pathlib import Path
from typing import IO, Any, Iterable

import xxhash

from ..errors import OutputError
from ..types import Document
from .clusters import ClusterLog
from .compression import writing
from .linkwrite import is_linked, write_through
from .inputs import SURROGATE, display_name
from . import tempfiles
from .newlines import LF, with_newline
from .recordline import as_read, framed_line

_NEWLINE = re.compile("\n")


def write_atomic(path: Path, data: bytes) -> None:
    """Write to a temporary file in the same folder, then rename over `path`.

    A reader (or a killed run) sees the old file or the new one, never half of one.
    """
    with OutputStream(path) as stream:
        stream.write(data)
        stream.commit()


def _new_file_mode() -> int:
    """What `open()` would give a new file (a temp file is created 0600, readable by its owner only)."""
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


class OutputStream:
    """An output written as it is produced, and replaced atomically at the end (or never).

    Bytes go to a temporary file beside `target` (named and locked as `tempfiles` says, so that
    a killed run's leftover is known again), after the first `spill` bytes: a small output that
    ends up not written, as an unchanged file of a pre-commit run, never touches the disk.
    `commit` fsyncs and renames it over `target`; `discard`, or leaving the `with` block without
    a commit, removes it. The size and a running xxhash digest let the caller tell "changed"
    without keeping the output. With no `target` (a check run) nothing is written at all. A
    target named `*.gz` is written gzip-compressed (size and digest are of the text).
    `keep_links` (`--in-place`): a target with other hard links is written through instead of
    replaced, so that they all see the new text (`linkwrite`); an output of `-o` is replaced
    (a linked snapshot of an older output keeps its text).
    """

    def __init__(self, target: Path | None, spill: int = 1 << 20, keep_links: bool = False):
        self.target = target
        self.keep_links = keep_links
        self.size = 0
        self._spill = spill
        self._hash = xxhash.xxh3_128()
        self._pending: list[bytes] = []
        self._pending_size = 0
        self._handle: IO[bytes] | None = None  # what bytes are written to (a gzip stream into `_file`)
        self._file: IO[bytes] | None = None
        self._tmp: str | None = None

    def write(self, data: bytes) -> None:
        self._hash.update(data)
        self.size += len(data)
        if self.target is None:
            return
        if self._handle is None:
            self._pending.append(data)
            self._pending_size += len(data)
            if self._pending_size > self._spill:
                self._open(self.target)
        else:
            try:
                self._handle.write(data)
            except OSError as exc:
                raise self._failed(exc) from exc

    def digest(self) -> bytes:
        return self._hash.digest()

    def commit(self) -> None:
        """Make `target` hold exactly what was written (its permissions kept when it existed)."""
        if self.target is None:
            raise ValueError("an output stream without a target cannot be committed")
        if self._handle is None:
            self._open(self.target)
        handle, file, tmp = self._handle, self._file, self._tmp
        try:
            if handle is not file:
                handle.close()  # the gzip trailer
            file.flush()
            os.fsync(file.fileno())
            if self.keep_links and is_linked(self.target):
                self._write_through(tmp)
                return
            os.chmod(tmp, self.target.stat().st_mode & 0o7777 if self.target.exists() else _new_file_mode())
            if tempfiles.holds_lock():  # renamed while still locked: never seen unlocked (stale) beside its target
                os.replace(tmp, self.target)
                self._tmp = None
            file.close()
            self._handle = self._file = None
            if self._tmp is not None:
                os.replace(tmp, self.target)
                self._tmp = None
        except OSError as exc:
            raise self._failed(exc) from exc
        except BaseException:
            self.discard()
            raise

    def _write_through(self, tmp: str) -> None:
        """The whole, synced temporary file copied over a hard-linked target (`linkwrite`), then removed."""
        with open(tmp, "rb") as source:
            write_through(source, self.target)  # type: ignore[arg-type]
        self.discard()

    def discard(self) -> None:
        """Forget everything written; the target is left as it was."""
        self._pending, self._pending_size = [], 0
        for handle in dict.fromkeys((self._handle, self._file)):
            if handle is not None:
                try:
                    handle.close()
                except OSError:
                    pass  # a failed flush of bytes that are being thrown away
        self._handle = self._file = None
        if self._tmp is not None:
            if os.path.exists(self._tmp):
                os.unlink(self._tmp)
            self._tmp = None

    def _open(self, target: Path) -> None:
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, self._tmp = tempfiles.create(target)  # `.NAME.cleaner-XXXX.tmp`, locked while written
            self._file = os.fdopen(fd, "wb")
            self._handle = writing(self._file, target.name)
            for chunk in self._pending:
                self._handle.write(chunk)
        except OSError as exc:
            raise self._failed(exc) from exc
        self._pending, self._pending_size = [], 0

    def _failed(self, exc: OSError) -> OutputError:
        """Clean up, and say which output could not be written (a full disk, a file for a folder)."""
        self.discard()
        return OutputError(f"cannot write {display_name(self.target)}: {exc.strerror or exc}")  # type: ignore[arg-type]

    def __enter__(self) -> "OutputStream":
        return self

    def __exit__(self, *exc: object) -> None:
        self.discard()


def output_text(doc: Document) -> str:
    """The clean text as written: canonical, with the line end the input's text had (`newlines`)."""
    return with_newline(doc.clean_text(), doc.meta.get("newline"))


def output_bytes(doc: Document) -> bytes:
    """What a document adds to its output file: a record's line with its own line end, or a
    text file's clean text."""
    if "record" in doc.meta:
        return (jsonl_line(doc) + doc.meta.get("line_end", LF)).encode("utf-8")
    return output_text(doc).encode("utf-8")


def jsonl_line(doc: Document) -> str:
    """The input record with its text field (`text`, or the one a run names) set to the clean
    text: its input line with that value replaced (`recordline`), byte-identical when the text
    was clean; re-dumped from the record for a document made without a line. No line end."""
    record = doc.meta.get("record", {})
    field = doc.meta.get("text_field", "text")
    frame = doc.meta.get("frame")
    text = output_text(doc)
    if frame is not None:
        line = framed_line(frame, as_read(text, record.get(field), doc.meta.get("newline", LF)), record.get(field))
    else:
        line = json.dumps({**record, field: text}, ensure_ascii=False)
    return line if line.isascii() else SURROGATE.sub(_escaped, line)  # isascii reads a flag: no scan


def _escaped(match: re.Match[str]) -> str:
    """A lone surrogate kept from an input field, as the JSON escape it was read from: valid
    UTF-8 out, the same value back in. (Outside strings JSON has only ASCII, so this is safe.)"""
    return f"\\u{ord(match.group()):04x}"


def removal_records(doc: Document, file: str) -> Iterable[dict[str, Any]]:
    """One report record per removed span, plus one for a document dropped as a duplicate."""
    record_id = doc.meta.get("record_id")
    base: dict[str, Any] = {"file": file}
    if record_id is not None:
        base["id"] = record_id
    if doc.duplicate_of is not None:
        dropped = {**base, "kind": "document", "reason": "duplicate", "rule": "dedup.document", "duplicate_of": doc.duplicate_of}
        if "line" in doc.meta:
            dropped["line"] = doc.meta["line"]  # which record, when several share an id
        yield dropped
    lines = LineIndex(doc)
    for start, end, removal in doc.removals():
        record = {
            **base,
            "kind": "span",
            "start": start,
            "end": end,
            "line": lines.line(start),
            "text": doc.text[start:end],
            "reason": removal.reason,
            "rule": removal.rule,
        }
        if removal.score is not None:
            record["score"] = round(removal.score, 4)
        if removal.original is not None:
            record["original"] = {"doc": removal.original.doc, "start": removal.original.start, "end": removal.original.end}
        if removal.similarity is not None:
            record["similarity"] = round(removal.similarity, 4)
        if doc.repairs:
            record["repaired"] = list(doc.repairs)
        yield record


class LineIndex:
    """1-based line numbers of a document's offsets, from one scan of its text.

    Counting newlines per removal would be quadratic on a huge single-line file, which can hold
    one removal per sentence.
    """

    def __init__(self, doc: Document):
        self._fixed = int(doc.meta["line"]) if "line" in doc.meta else None  # a JSONL record's line
        self._newlines = [] if self._fixed is not None else [m.start() for m in _NEWLINE.finditer(doc.text)]

    def line(self, offset: int) -> int:
        return self._fixed if self._fixed is not None else bisect_left(self._newlines, offset) + 1


class ReportWriter:
    """The `--report` JSONL file, written as the run goes (one line per removal).

    `settle_pass` 2 and on (an `--in-place` run's later passes) add to the file, each line
    marked `pass` (its offsets are into the text that pass read: the previous pass's output);
    a skipped input already named (`named`: what earlier passes' `named` held) is not named again.
    """

    def __init__(self, path: Path | None, settle_pass: int = 1, named: set[tuple[str, str]] | None = None):
        self._handle: IO[str] | None = None
        self._path = path
        self._pass = settle_pass
        self.named: set[tuple[str, str]] = set() if named is None else named
        self._clusters = ClusterLog()
        if path is not None:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                # A name or id that still holds a lone surrogate is written as its JSON escape (`\\udcff`).
                mode = "w" if settle_pass == 1 else "a"
                self._handle = open(path, mode, encoding="utf-8", errors="backslashreplace")
            except OSError as exc:
                raise OutputError(f"cannot write the report {display_name(path)}: {exc.strerror or exc}") from exc

    def document(self, doc: Document, file: str) -> None:
        if self._handle is None:
            return
        for record in removal_records(doc, file):
            self._write(record)
            self._link(doc, record)

    def _link(self, doc: Document, record: dict[str, Any]) -> None:
        """Remember a copy under its original, for the cluster records that end the report."""
        member = {key: record[key] for key in ("file", "id", "start", "end", "rule", "similarity") if key in record}
        member["doc"] = doc.id
        if record["kind"] == "document":
            self._clusters.add((record["duplicate_of"], None, None), member)
        elif "original" in record and record.get("rule") != "dedup.document":
            # the leftover lines of a dropped document are its `document` member already, not
            # copies of a span (0, length) of the original: that made a second cluster for it
            original = record["original"]
            self._clusters.add((original["doc"], original["start"], original["end"]), member)

    def _write(self, record: dict[str, Any]) -> None:
        """One JSON line; a failed write (a full disk) is an `OutputError` naming the report."""
        if self._pass > 1:
            record = {**record, "pass": self._pass}
        try:
            self._handle.write(json.dumps(record, ensure_ascii=False) + "\n")  # type: ignore[union-attr]
        except OSError as exc:
            raise OutputError(f"cannot write the report {display_name(self._path)}: {exc.strerror or exc}") from exc

    def problem(self, item: str, reason: str) -> None:
        if self._handle is not None and (item, reason) not in self.named:
            self.named.add((item, reason))
            self._write({"file": item, "kind": "skipped", "reason": reason})

    def close(self) -> None:
        """Write the duplicate clusters (one record per original that lost copies), then close."""
        if self._handle is not None:
            try:
                for record in self._clusters.records():
                    self._write(record)
            finally:
                self._clusters.close()
                handle, self._handle = self._handle, None
                try:
                    handle.close()
                except OSError as exc:  # the last buffered lines did not fit on the disk
                    raise OutputError(f"cannot write the report {display_name(self._path)}: {exc.strerror or exc}") from exc
