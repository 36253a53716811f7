"""Standard input and output, so that `cleaner clean -` can sit in a shell pipeline.

A run reads its input more than once (the dedup plan, then the cleaning) and tells text, HTML and
JSONL apart by file name, so standard input is first copied to a temporary file, block by block
(a corpus piped in never sits in memory), and named after what its first bytes look like, unless
the caller names it. Outputs bound for standard output are written as usual (atomically, into a
temporary folder) and copied out only once the run is over: a run that fails, or skips its only
input as bad, writes nothing there, and its exit code says so.
"""

from __future__ import annotations

import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, Iterator

from .inputs import HTML_SUFFIXES, JSONL_SUFFIXES, UTF8_BOM, kind_of
from ..normalize import SNIFF_BYTES

DASH = Path("-")  # as a path: standard input; as an output: standard output
STDIN_NAME = "<stdin>"  # how reports and document keys name standard input by default
_BLOCK = 1 << 20
_SUFFIX = {"jsonl": JSONL_SUFFIXES[0], "html": HTML_SUFFIXES[0], "text": ".txt"}


def kind_suffix(name: str | None, head: bytes) -> str:
    """The file suffix that makes a run read this input as what it is: the suffix of `name` when
    it is one the reader knows, else JSONL for a first character `{`, HTML for `<`, text otherwise."""
    if name is not None:
        return _SUFFIX[kind_of(name)]
    first = head.removeprefix(UTF8_BOM).lstrip()[:1]
    return {b"{": _SUFFIX["jsonl"], b"<": _SUFFIX["html"]}.get(first, _SUFFIX["text"])


def output_suffix(source: Path) -> str:
    """The suffix of the output of `source`: JSONL stays JSONL; text and HTML come out as text."""
    return _SUFFIX["jsonl"] if kind_of(source.name) == "jsonl" else _SUFFIX["text"]


@contextmanager
def scratch_folder() -> Iterator[Path]:
    """A private temporary folder, removed with everything in it when the block ends."""
    with tempfile.TemporaryDirectory(prefix="cleaner-stdio-") as folder:
        yield Path(folder)


def spool(source: BinaryIO, folder: Path, name: str | None = None) -> Path:
    """Copy `source` into `folder` as a file whose suffix says how to read it; return its path."""
    head = source.read(SNIFF_BYTES)
    path = folder / f"stdin{kind_suffix(name, head)}"
    with path.open("wb") as handle:
        handle.write(head)
        shutil.copyfileobj(source, handle, _BLOCK)
    return path


def copy_out(path: Path, sink: BinaryIO) -> None:
    """Send a finished output file to `sink` (standard output)."""
    with path.open("rb") as handle:
        shutil.copyfileobj(handle, sink, _BLOCK)
    sink.flush()
