"""Where a run writes, decided before anything is read or written, and the checks that keep the
inputs safe.

The rules (README, "Command line"):
- Outputs mirror each input's path relative to the common folder of the given PATHs (a folder
  stands for itself, a file for the folder holding it). One folder: its files land directly
  under OUT, as always; `a b -o out` gives `out/a/...` and `out/b/...`, never one over the other.
- An HTML input `x.html` is written as `x.txt`, unless another input of the run is written
  there too: then the HTML one keeps its suffix, `x.html.txt`. Any clash left (a real input
  named `x.html.txt` too) skips the renamed file; nothing is ever written twice. Compressed
  inputs stay compressed: `x.jsonl.gz` -> `x.jsonl.gz`, `x.html.gz` -> `x.txt.gz`.
- No output (folder, file or report) may be an input or lie inside an input folder: it would
  be overwritten, or read back as input by this run or the next. Only `--in-place` rewrites
  inputs. Such a request is refused before anything is read (`OutputError`, exit 2).
"""

from __future__ import annotations

import os
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import OutputError
from .compression import compression_suffix, inner_name
from .inputs import InputFile, display_name

@dataclass(frozen=True, slots=True)
class OutputPlan:
    """Each input's output path (by displayed name), and the inputs skipped for a name clash."""

    targets: dict[str, Path] = field(default_factory=dict)
    clashes: dict[str, str] = field(default_factory=dict)  # display -> reason


def _real(path: Path) -> Path:
    """The absolute path with symlinks and `..` resolved (works for paths that do not exist yet)."""
    return Path(os.path.realpath(path))


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or path.is_relative_to(folder)


def output_base(paths: list[Path]) -> Path:
    """The common folder of the given paths: what output paths are relative to."""
    folders = [os.path.abspath(p if p.is_dir() else p.parent) for p in paths]
    return Path(os.path.commonpath(folders)) if folders else Path.cwd()


def plan_outputs(paths: list[Path], files: list[InputFile], output: Path) -> OutputPlan:
    """Output paths under the folder `output` for every input, no two the same (see module doc).

    Plain string work per file (no `relpath`, no path objects but the target): a corpus of a
    million files is planned in seconds."""
    base = os.path.join(str(output_base(paths)), "")  # ends with the separator
    relative = {f.display: os.path.abspath(f.path)[len(base) :] for f in files}
    first_choice: dict[str, list[InputFile]] = defaultdict(list)
    for item in files:
        first_choice[_default_name(relative[item.display], item)].append(item)
    names: dict[str, tuple[bool, str]] = {}  # display -> (renamed, output name)
    for name, items in first_choice.items():
        for item in items:
            renamed = item.kind == "html" and len(items) > 1
            names[item.display] = (renamed, _renamed(relative[item.display]) if renamed else name)
    plan = OutputPlan()
    owners: dict[Path, str] = {}
    # Names as they come first, renamed HTML after: a real `x.html.txt` input keeps its name.
    for item in sorted(files, key=lambda f: names[f.display][0]):
        target = output / names[item.display][1]
        if target in owners:
            plan.clashes[item.display] = f"its output {display_name(target)} is also the output of {owners[target]}: not written"
        else:
            owners[target] = item.display
            plan.targets[item.display] = target
    return plan


def in_place_plan(paths: list[Path], files: list[InputFile]) -> OutputPlan:
    """What `--in-place` writes for each input: the input itself, and through a symlink the file
    it names, so that the link stays a link (replaced by a file, it changed a corpus
    repository's tree). A link met in an input folder that leads out of every input folder is
    not written through (a file outside what the run was given would change unseen): it is
    skipped with the reason. A link named as an input is followed wherever it leads."""
    folders = [_real(p) for p in paths if p.is_dir()]
    named = {os.path.abspath(p) for p in paths}
    plan = OutputPlan()
    for item in files:
        if not os.path.islink(item.path):
            plan.targets[item.display] = item.path
            continue
        real = _real(item.path)
        if os.path.abspath(item.path) in named or any(_inside(real, folder) for folder in folders):
            plan.targets[item.display] = real
        else:
            reason = f"a symlink to {display_name(real)}, outside the input folders: not rewritten in place (clean that file itself)"
            plan.clashes[item.display] = reason
    return plan


def without_aliases(files: list[InputFile]) -> list[InputFile]:
    """Each file once, under its first name: a symlink or a hard link to another input is the
    same file, not a copy of it (read twice, a JSONL file's second name found every record a
    duplicate, and `--in-place` through it wrote the file back empty)."""
    seen: set[tuple[int, int]] = set()
    kept = []
    for item in files:
        key = _identity(item.path)
        if key is None or key not in seen:
            kept.append(item)
        if key is not None:
            seen.add(key)
    return kept


def _default_name(relative: str, item: InputFile) -> str:
    """HTML becomes text (`x.html` -> `x.txt`, `x.html.gz` -> `x.txt.gz`); everything else keeps its name."""
    if item.kind != "html":
        return relative
    return os.path.splitext(inner_name(relative))[0] + ".txt" + compression_suffix(relative)


def _renamed(relative: str) -> str:
    """An HTML input's output name when `x.txt` is taken: `x.html.txt` (`x.html.txt.gz`)."""
    return inner_name(relative) + ".txt" + compression_suffix(relative)


def check_outputs(
    paths: list[Path],
    files: list[InputFile],
    outputs: list[Path],
    report: Path | None,
    index: Path | None = None,
    folder: Path | None = None,
) -> None:
    """Refuse (`OutputError`) any output, output `folder` or report that is an input or lies in
    an input folder, and a dedup index that is an input file (SQLite would write into it).

    "Is an input" compares file identities (device, inode): symlinks and hard links count. "In an
    input folder" resolves the output folder once (the outputs lie under it), else each output.
    """
    if not outputs and report is None and index is None:
        return  # a check or --in-place run without a report: nothing else is written
    inputs = _identities(files)
    input_folders = [(_real(p), p) for p in paths if p.is_dir()]
    for path in [folder] if folder is not None else outputs:
        _refuse_inside("output", path, input_folders)
    for path in outputs:
        _refuse_input("output", path, inputs, "use --in-place to rewrite inputs")
    if report is not None:
        _refuse_input("report", report, inputs, "write the report outside the inputs")
        _refuse_inside("report", report, input_folders)
        if _same_as_any(report, outputs):
            raise OutputError(f"the report {display_name(report)} is also an output: give it another name")
        if folder is not None and _real(report) == _real(folder):
            raise OutputError(f"the report {display_name(report)} is the output folder: give it a file name")
    if index is not None:
        _refuse_input("index", index, inputs, "give the index its own file")
        if _same_as_any(index, outputs + ([report] if report is not None else [])):
            raise OutputError(f"the index {display_name(index)} is also an output or the report: give the index its own file")


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def _identities(files: list[InputFile]) -> dict[tuple[int, int], str]:
    found: dict[tuple[int, int], str] = {}
    for item in files:
        key = _identity(item.path)
        if key is not None:
            found.setdefault(key, item.display)
    return found


def _same_as_any(path: Path, others: list[Path]) -> bool:
    """Whether `path` names one of `others`: the same absolute path, or the same existing file."""
    if os.path.abspath(path) in {os.path.abspath(o) for o in others}:
        return True
    key = _identity(path)
    return key is not None and key in {k for k in map(_identity, others) if k is not None}


def _refuse_input(what: str, path: Path, inputs: dict[tuple[int, int], str], hint: str) -> None:
    key = _identity(path)
    if key is not None and key in inputs:
        raise OutputError(f"the {what} {display_name(path)} is the input {inputs[key]}: it would be overwritten; {hint}")


def _refuse_inside(what: str, path: Path, input_folders: list[tuple[Path, Path]]) -> None:
    real = _real(path)
    for folder, given in input_folders:
        if _inside(real, folder):
            if real == folder:
                problem = f"is the input folder {display_name(given)}: inputs would be overwritten"
            else:
                problem = f"is inside the input folder {display_name(given)}: it would be read as input"
            hint = "; use --in-place to rewrite inputs" if what == "output" else ""
            raise OutputError(f"the {what} {display_name(path)} {problem}; write it outside the input folders{hint}")


def check_writable(outputs: list[Path]) -> None:
    """Refuse (`OutputError`) outputs whose folder cannot be written, before anything is read: a
    read-only output folder (or a file where a folder is needed) failed every file of the run
    one by one, each read and cleaned for nothing and named as a bad input (exit 3), when the
    input was fine and the command was not. A folder that does not exist yet is judged by the
    nearest one that does (it is made there). Each folder is looked at once: a corpus of a
    million files has a few hundred."""
    for folder in sorted({os.path.dirname(os.path.abspath(path)) for path in outputs}):
        problem = _unwritable(folder)
        if problem is not None:
            raise OutputError(f"the output folder {display_name(Path(folder))} cannot be written ({problem}): nothing was read")


def _unwritable(folder: str) -> str | None:
    """Why files cannot be made in `folder` (or in the nearest existing folder above it), or None."""
    existing = folder
    while not os.path.lexists(existing):
        existing = os.path.dirname(existing)
    if not os.path.isdir(existing):
        return f"{display_name(Path(existing))} is not a folder"
    if os.access(existing, os.W_OK | os.X_OK):
        return None
    read_only = os.statvfs(existing).f_flag & os.ST_RDONLY
    return "read-only file system" if read_only else "permission denied"
