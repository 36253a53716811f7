"""The corpus memory of the pre-commit hook: the dedup index kept in step with git's HEAD.

pre-commit hands the hook only the staged files, so what the rest of the corpus already says
lives in the persistent index. This module keeps that index equal to "the committed files,
cleaned in sorted order", cheaply:

- the index records, per committed file, the git blob its documents were built from;
- `sync_index` compares that record with HEAD (one `git ls-tree`, done by the caller, and one
  SELECT here): nothing changed means nothing else is done, not even loading the rules;
- a file whose blob changed, or that left HEAD, loses its documents (the texts they own and the
  counts they raised); a changed or new file is read from git (not from the working tree, which
  holds staged edits) and cleaned through the normal pipeline with the index, so its kept text
  is remembered exactly as `cleaner clean --index` would remember it;
- documents no committed file owns are what earlier hook runs added for staged files: they are
  dropped first, so running the check twice gives the same answer.

Each file is one `BEGIN IMMEDIATE` transaction (the store's WAL journal and busy timeout do the
rest): a sync killed midway leaves whole files indexed or not. Two syncs racing on one
repository may both build a file; the second replaces the first's documents, so the index stays
consistent. (A file of more than 1,000 JSONL records is committed in pieces by the deduplicator;
a sync killed inside it leaves unowned documents, which the next sync drops and rebuilds.)
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Iterator, Mapping

from ..config import Config
from ..errors import DedupIndexError, InputError
from ..io.compression import decompressed
from ..io.inputs import InputFile, read_html_file, read_text_file
from ..io.records import iter_jsonl
from ..types import Document
from . import index_params
from .store import IndexStore

# Below this many files to build, worker processes cost more (start-up, rules) than they save.
PARALLEL_MIN_FILES = 200


@dataclass(frozen=True, slots=True)
class SyncReport:
    """What a sync did: files (re)built from HEAD, files forgotten, stray documents dropped."""

    built: tuple[str, ...] = ()
    forgotten: tuple[str, ...] = ()
    strays: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.built or self.forgotten or self.strays)


@dataclass(frozen=True, slots=True)
class SyncPlan:
    """The difference between what the index records and what HEAD holds."""

    build: tuple[str, ...]
    forget: tuple[str, ...]

    @staticmethod
    def between(recorded: Mapping[str, str], committed: Mapping[str, str]) -> "SyncPlan":
        build = tuple(sorted(name for name, blob in committed.items() if recorded.get(name) != blob))
        forget = tuple(sorted(name for name, blob in recorded.items() if committed.get(name) != blob))
        return SyncPlan(build, forget)


def sync_index(index: Path, root: Path, config: Config, committed: Mapping[str, str], jobs: int = 1) -> SyncReport:
    """Bring the index at `index` in step with `committed` ({path from `root`: git blob id}).

    `jobs` worker processes clean the documents when at least `PARALLEL_MIN_FILES` files
    must be built (a first build); fewer do not repay the workers' start-up (rules compiled).

    Document ids are the paths as given (`a.txt`, `sub/b.jsonl#7`), which is what `run()` names
    the same files when pre-commit passes them relative to the repository root.
    """
    if not (config.dedup.enabled and config.dedup.across_documents):
        return SyncReport()
    store = IndexStore(Path(index), index_params(config.dedup))
    try:
        store.track_files()
        plan = SyncPlan.between(store.recorded_files(), committed)
        strays = _drop_strays(store)
        forgotten = _forget(store, plan.forget, committed)
    finally:
        store.close()
    workers = jobs if len(plan.build) >= PARALLEL_MIN_FILES else 1
    built = _build(index, root, config, plan.build, committed, workers) if plan.build else ()
    return SyncReport(built=built, forgotten=forgotten, strays=strays)


def _drop_strays(store: IndexStore) -> int:
    """Drop the documents that no committed file owns (staged text of earlier hook runs)."""
    store.begin()
    strays = store.documents_of(None)
    store.drop_documents(strays)
    store.commit()
    return len(strays)


def _forget(store: IndexStore, names: tuple[str, ...], committed: Mapping[str, str]) -> tuple[str, ...]:
    done = []
    for name in names:
        store.begin()
        blob = store.file_blob(name)
        if blob is not None and blob != committed.get(name):  # still stale under the write lock
            store.forget_file(name)
            done.append(name)
        store.commit()
    return tuple(done)


@dataclass(frozen=True, slots=True)
class _FileMark:
    """Where one committed file's documents begin or end in the cleaning stream."""

    name: str
    blob: str
    end: bool


def _build(index: Path, root: Path, config: Config, names: tuple[str, ...], committed: Mapping[str, str], jobs: int) -> tuple[str, ...]:
    """Clean each file of `names` from its committed blob into the index, one transaction each.

    The marks travel through `Cleaner.clean_many` in order with the documents, so per-document
    work may run in `jobs` worker processes while dedup and the transactions stay in file order.
    """
    from ..pipeline import Cleaner  # the rules are only compiled when something must be built

    built: list[str] = []
    with Cleaner(config, index) as cleaner, GitBlobs(root) as blobs:
        if cleaner.dedup is None or cleaner.dedup.store is None:
            return ()
        store = cleaner.dedup.store
        doc_ids: list[str] = []
        for item in cleaner.clean_many(_marked_documents(names, committed, blobs, config.text_field), jobs):
            if isinstance(item, Document):
                doc_ids.append(item.id)
            elif isinstance(item, _FileMark) and not item.end:
                store.begin()
                store.forget_file(item.name)  # what another process may have built meanwhile too
                doc_ids = []
            elif isinstance(item, _FileMark):
                store.begin()
                store.claim_file(item.name, item.blob, doc_ids)
                store.commit()
                built.append(item.name)
    return tuple(built)


def _marked_documents(names: tuple[str, ...], committed: Mapping[str, str], blobs: "GitBlobs", text_field: str = "text") -> Iterator[object]:
    for name in names:
        blob = committed[name]
        yield _FileMark(name, blob, end=False)
        yield from read_documents(name, blobs.read(blob), text_field)
        yield _FileMark(name, blob, end=True)


def adopt_unchanged(index: Path, root: Path, config: Config, names: list[str], committed: Mapping[str, str]) -> tuple[str, ...]:
    """After a hook run: files of `names` (paths from `root`) identical to HEAD were just
    cleaned into the index, as a build would have done; mark them as committed again, so that
    `pre-commit run --all-files` does not send the whole corpus to be rebuilt next time."""
    candidates = sorted({name for name in names if name in committed})
    if not candidates or not (config.dedup.enabled and config.dedup.across_documents):
        return ()
    blobs = working_blobs(root, candidates)
    same = [name for name in candidates if blobs.get(name) == committed[name]]
    if not same:
        return ()
    store = IndexStore(Path(index), index_params(config.dedup))
    try:
        store.begin()
        for name in same:
            store.adopt_file(name, committed[name])
        store.commit()
    finally:
        store.close()
    return tuple(same)


def working_blobs(root: Path, names: list[str]) -> dict[str, str]:
    """{path: blob id git would store for the working-tree file} (one `git hash-object`)."""
    try:
        out = subprocess.run(
            ["git", "hash-object", "--stdin-paths"], cwd=root, input="".join(n + "\n" for n in names),
            capture_output=True, text=True, check=True,
        ).stdout.split()
    except (subprocess.CalledProcessError, OSError):
        return {}
    return dict(zip(names, out)) if len(out) == len(names) else {}


def read_documents(name: str, data: bytes, text_field: str = "text") -> list[Document]:
    """The documents of one committed file, named as `run()` names them (bad items skipped:
    the hook reports them when the file is staged)."""
    item = InputFile(Path(name), name, PurePosixPath(PurePosixPath(name).name))
    try:
        data = decompressed(data, name, item.display)
        if item.kind == "jsonl":
            return [doc for doc in iter_jsonl(item, data, text_field=text_field) if isinstance(doc, Document)]
        if item.kind == "html":
            return [read_html_file(item, data)]
        return [read_text_file(item, data)]
    except InputError:
        return []


class GitBlobs:
    """Blob contents from one long-lived `git cat-file --batch` process."""

    def __init__(self, root: Path):
        try:
            self._process = subprocess.Popen(
                ["git", "cat-file", "--batch"], cwd=root, stdin=subprocess.PIPE, stdout=subprocess.PIPE
            )
        except OSError as exc:
            raise DedupIndexError(f"{root}: cannot run git to read committed files ({exc})") from None

    def read(self, blob: str) -> bytes:
        stdin, stdout = self._process.stdin, self._process.stdout
        if stdin is None or stdout is None:
            raise DedupIndexError("git cat-file is not running")
        stdin.write(blob.encode("ascii") + b"\n")
        stdin.flush()
        header = stdout.readline().split()
        if len(header) != 3 or header[1] != b"blob":
            raise DedupIndexError(f"git cannot read blob {blob}: {b' '.join(header).decode('ascii', 'replace')}")
        data = stdout.read(int(header[2]))
        stdout.read(1)  # the newline after each object
        return data

    def close(self) -> None:
        if self._process.stdin is not None:
            self._process.stdin.close()
        self._process.wait()

    def __enter__(self) -> "GitBlobs":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
