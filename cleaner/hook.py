"""pre-commit entry points: `cleaner-hook-check` (report only) and `cleaner-hook-fix` (rewrite).

pre-commit passes only the staged files, so the memory of the rest of the corpus lives in a
persistent dedup index under `.cleaner/` in the corpus repository (a cache: ignore it in git).
It is built from the committed files on first use and kept in step with HEAD afterwards, so a
staged file that republishes paragraphs of a committed file is caught. Nothing under `.cleaner/`
is to be committed: the hook writes a `.cleaner/.gitignore` that ignores the folder itself.
"""

from __future__ import annotations

import argparse
import fnmatch
import os
import re
import subprocess
import sys
from pathlib import Path, PurePosixPath
from typing import Callable, NamedTuple

from .config import Config, load_config
from .errors import CleanerError
from .interrupts import EXIT_INTERRUPTED, EXIT_TERMINATED, Terminated, terminate_as_exception
from .io.names import display_name, printable_name
from .io.tempfiles import is_temp_name
from .run import EXIT_USAGE, RunOptions, RunSummary, default_jobs, run

INDEX_DIR = ".cleaner"
INDEX_FILE = "index.sqlite"


def check_main(argv: list[str] | None = None) -> int:
    return _interruptible(argv, fix=False)


def fix_main(argv: list[str] | None = None) -> int:
    return _interruptible(argv, fix=True)


def _interruptible(argv: list[str] | None, fix: bool) -> int:
    """`_main`, ended by Ctrl-C or SIGTERM with one line and the signal's exit code, not a
    traceback; the run unwinds first, so no temporary file is left."""
    try:
        with terminate_as_exception():
            return _main(argv, fix)
    except KeyboardInterrupt:
        print("cleaner: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Terminated:
        print("cleaner: terminated", file=sys.stderr)
        return EXIT_TERMINATED


def _main(argv: list[str] | None, fix: bool) -> int:
    args = _arguments(argv, fix)
    root = _repo_root()
    try:
        config = load_config(args.config, start=root)
        files, leftovers = selected_files(args.files, root, config)
        for path in leftovers:
            print(f"{display_name(path)}: a temporary file of cleaner (left by an interrupted run): not checked; do not commit it")
        if not files:
            return 0
        committed = {} if args.no_memory else committed_files(root, config)
        for name in staged_deletions(root):
            committed.pop(name, None)  # a rename's old path is not what its new path repeats
        index = None if args.no_memory else corpus_memory(root, config, committed)
        options = RunOptions(check=not fix, in_place=fix, index=index)
        summary = run(files, config, options)  # an empty file is a note, not a problem: the fixer empties all-boilerplate pages
        if index is not None:
            _adopt_unchanged(index, root, config, files, committed)
    except CleanerError as exc:
        print(f"cleaner: {exc}", file=sys.stderr)
        return EXIT_USAGE
    _print(summary, fix)
    for note in summary.notes:
        print(note)
    return summary.exit_code(fail_on_change=True)


def _arguments(argv: list[str] | None, fix: bool) -> argparse.Namespace:
    """The hook's options and files. pre-commit passes the staged files after the options with
    no `--`: a file named `-notes.txt` is a file, not an unknown option (argparse stopped the
    hook with a usage error on it). An unknown option that names no file is still an error."""
    parser = argparse.ArgumentParser(prog="cleaner-hook-fix" if fix else "cleaner-hook-check", allow_abbrev=False)
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--config", type=Path, default=None)
    parser.add_argument("--no-memory", action="store_true", help="Do not dedup against the committed corpus.")
    args, extra = parser.parse_known_args(argv)
    unknown = [arg for arg in extra if not os.path.lexists(arg)]
    if unknown:
        parser.error(f"unrecognized arguments: {' '.join(unknown)}")
    args.files += [Path(arg) for arg in extra]
    return args


def staged_deletions(root: Path) -> list[str]:
    """Paths the commit being made deletes (a rename's old path among them: --no-renames)."""
    try:
        out = subprocess.run(
            ["git", "diff", "--cached", "--name-only", "--no-renames", "--diff-filter=D", "-z"],
            cwd=root, capture_output=True, check=True,
        ).stdout
    except (subprocess.CalledProcessError, FileNotFoundError):
        return []  # no commit yet, or no git: nothing is being deleted
    return [git_name(name) for name in out.split(b"\0") if name]


class Selection(NamedTuple):
    files: list[Path]  # the staged files to check, as the run names them
    leftovers: list[Path]  # temporary outputs of cleaner among the staged files, as given


def selected_files(files: list[Path], root: Path, config: Config) -> Selection:
    """The staged files that the corpus configuration includes, and apart the temporary
    outputs of cleaner (`io.tempfiles`: a killed run's, staged by `git add -A`), never inputs
    whatever the patterns, as `cleaner clean` leaves them: the hook names them, one test of the
    name for both.

    Run from the repository root (as pre-commit does), files are named by their path from the
    root, which is also how the corpus memory names committed files: a file never matches its
    own committed version.
    """
    at_root = Path.cwd().resolve() == root.resolve()
    selected = path_selector(config.include, config.exclude)
    chosen, leftovers = [], []
    for path in files:
        if is_temp_name(path.name):
            leftovers.append(path)
            continue
        try:
            rel = PurePosixPath(path.resolve().relative_to(root.resolve()).as_posix())
        except ValueError:
            rel = None
        if selected((rel or PurePosixPath(path.as_posix())).as_posix()):
            chosen.append(Path(rel) if rel is not None and at_root else path)
    return Selection(chosen, leftovers)


def corpus_memory(root: Path, config: Config, committed: dict[str, str] | None = None) -> Path:
    """The corpus index, built from committed files on first use and synced with HEAD."""
    from .dedup.memory import sync_index

    index = root / INDEX_DIR / INDEX_FILE
    index.parent.mkdir(exist_ok=True)
    ignore = index.parent / ".gitignore"
    if not ignore.exists():
        ignore.write_text("*\n", encoding="utf-8")
    if committed is None:
        committed = committed_files(root, config)
    _drop_if_stale(index, config)
    report = sync_index(index, root, config, committed, jobs=default_jobs())
    if report.built or report.forgotten:
        print(
            f"cleaner: corpus memory: indexed {len(report.built)} committed files, forgot {len(report.forgotten)}",
            file=sys.stderr,
        )
    return index


def _drop_if_stale(index: Path, config: Config) -> None:
    """The corpus memory is the hook's cache: one built by another version of cleaner or with other
    dedup parameters (an upgrade, an edited cleaner.toml) is deleted, to be rebuilt from HEAD,
    where `cleaner clean --index` would refuse it."""
    from .dedup import index_params
    from .dedup.header import header_differences, wanted_values
    from .dedup.store import IndexStore
    from .errors import DedupIndexError

    if not index.exists():
        return
    try:
        store = IndexStore(index, None)
        stored = store.params()
        store.close()
    except DedupIndexError:
        stored = {}
    differ = header_differences(stored, index_params(config.dedup))
    if differ:
        print(f"cleaner: corpus memory: rebuilt (this configuration wants {wanted_values(differ)})", file=sys.stderr)
        for path in (index, index.with_name(index.name + "-wal"), index.with_name(index.name + "-shm")):
            path.unlink(missing_ok=True)


def _adopt_unchanged(index: Path, root: Path, config: Config, files: list[Path], committed: dict[str, str]) -> None:
    """Files identical to HEAD (`pre-commit run --all-files`) stay indexed as committed."""
    from .dedup.memory import adopt_unchanged

    if Path.cwd().resolve() != root.resolve():
        return  # relative paths would not be paths from the root
    names = [p.as_posix() for p in files if not p.is_absolute()]
    adopt_unchanged(index, root, config, names, committed)


def committed_files(root: Path, config: Config) -> dict[str, str]:
    """{relative path: blob id} of the files in HEAD that the configuration includes."""
    try:
        listing = subprocess.run(
            ["git", "ls-tree", "-r", "-z", "HEAD"], cwd=root, capture_output=True, check=True
        ).stdout
    except (subprocess.CalledProcessError, FileNotFoundError):
        return {}  # no commit yet: nothing to remember
    selected = path_selector(config.include, config.exclude)
    blobs = {}
    for entry in filter(None, listing.split(b"\0")):
        meta, _, raw = entry.partition(b"\t")
        kind, blob = meta.decode("ascii").split()[1:3]
        name = git_name(raw)
        if kind == "blob" and selected(name):
            blobs[name] = blob
    return blobs


def git_name(raw: bytes) -> str:
    """A path git printed, named as `cleaner clean` names the file (`inputs.printable_name`):
    bytes that are not UTF-8 shown as `\\xNN`, a newline as `\\n`. Decoded with surrogates
    instead, a Latin-1 name stopped the corpus memory (SQLite stores no surrogate) and never
    matched the staged file's name."""
    return printable_name(raw)


def path_selector(include: tuple[str, ...], exclude: tuple[str, ...]) -> Callable[[str], bool]:
    """The include/exclude test of `cleaner.io.inputs` (a glob matches the path or the file
    name) as two compiled alternations: a 10,000-file tree is filtered in milliseconds."""

    def alternation(patterns: tuple[str, ...]) -> re.Pattern[str] | None:
        return re.compile("|".join(f"(?:{fnmatch.translate(p)})" for p in patterns)) if patterns else None

    wanted, unwanted = alternation(include), alternation(exclude)

    def selected(path: str) -> bool:
        name = path.rpartition("/")[2]
        if wanted is None or not (wanted.match(path) or wanted.match(name)):
            return False
        return unwanted is None or not (unwanted.match(path) or unwanted.match(name))

    return selected


def _repo_root() -> Path:
    try:
        out = subprocess.run(["git", "rev-parse", "--show-toplevel"], capture_output=True, check=True, text=True)
        return Path(out.stdout.strip())
    except (subprocess.CalledProcessError, FileNotFoundError):
        return Path.cwd()


def _print(summary: RunSummary, fix: bool) -> None:
    for problem in summary.problems:
        print(f"{problem.item}: skipped: {problem.reason}")
    if summary.problems_omitted:
        print(f"... and {summary.problems_omitted} more skipped lines")
    for result in summary.changed:
        for finding in result.findings:
            print(finding)
        if result.findings_omitted:
            print(f"{result.file}: ... and {result.findings_omitted} more findings")
    changed = len(summary.changed)
    findings = sum(r.finding_count for r in summary.changed)
    verb = "rewrote" if fix else "would change"
    if changed or summary.problem_count:
        print(f"cleaner: {verb} {changed} of {len(summary.files)} files ({findings} findings, {summary.problem_count} skipped)")


if __name__ == "__main__":
    sys.exit(check_main())
