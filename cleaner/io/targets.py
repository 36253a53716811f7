"""Where a run writes, decided before anything is read or written, and the checks that keep the
inputs safe.

The rules (README, "Command line"):
- Outputs mirror each input's path relative to the common folder of the given PATHs (a folder
  stands for itself, a file for the folder holding it). One folder: its files land directly
  under OUT, as always; `a b -o out` gives `out/a/...` and `out/b/...`, never one over the other.
- An HTML input `x.html` is written as `x.txt`, unless another input of the run is written
  there too: then the HTML one keeps its suffix, `x.html.txt`. Any clash left (a rare file
  system case) skips the later file in sorted order; nothing is ever written twice.
- No output (folder, file or report) may be an input or lie inside an input folder: it would
  be overwritten, or read back as input by this run or the next. Only `--in-place` rewrites
  inputs. Such a request is refused before anything is read (`OutputError`, exit 2).
"""

from __future__ import annotations

import os
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from ..errors import OutputError
from .inputs import InputFile

_HTML_SUFFIXES = (".html", ".htm")


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
    """Output paths under the folder `output` for every input, no two the same (see module doc)."""
    base = output_base(paths)
    relative = {f.display: PurePosixPath(Path(os.path.relpath(os.path.abspath(f.path), base)).as_posix()) for f in files}
    first_choice: dict[PurePosixPath, list[InputFile]] = defaultdict(list)
    for item in files:
        first_choice[_default_name(relative[item.display], item)].append(item)
    names: dict[str, tuple[bool, PurePosixPath]] = {}  # display -> (renamed, output name)
    for name, items in first_choice.items():
        for item in items:
            renamed = _is_html(item) and len(items) > 1
            rel = relative[item.display]
            names[item.display] = (renamed, rel.with_name(rel.name + ".txt") if renamed else name)
    plan = OutputPlan()
    owners: dict[Path, str] = {}
    # Names as they come first, renamed HTML after: a real `x.html.txt` input keeps its name.
    for item in sorted(files, key=lambda f: names[f.display][0]):
        target = output / Path(*names[item.display][1].parts)
        if target in owners:
            plan.clashes[item.display] = f"its output {target} is also the output of {owners[target]}: not written"
        else:
            owners[target] = item.display
            plan.targets[item.display] = target
    return plan


def _is_html(item: InputFile) -> bool:
    return item.path.suffix.lower() in _HTML_SUFFIXES


def _default_name(relative: PurePosixPath, item: InputFile) -> PurePosixPath:
    """HTML becomes text (`x.html` -> `x.txt`); everything else keeps its name."""
    return relative.with_suffix(".txt") if _is_html(item) else relative


def check_outputs(
    paths: list[Path], files: list[InputFile], outputs: list[Path], report: Path | None, index: Path | None = None
) -> None:
    """Refuse (`OutputError`) any output or report that is an input or lies in an input folder,
    and a dedup index that is an input file (SQLite would write into it)."""
    if not outputs and report is None and index is None:
        return  # a check or --in-place run without a report: nothing else is written
    input_files = {_real(f.path): f.display for f in files}
    if index is not None and _real(index) in input_files:
        raise OutputError(f"the index {index} is the input {input_files[_real(index)]}: give the index its own file")
    input_folders = [(_real(p), p) for p in paths if p.is_dir()]
    named = [(o, "output") for o in outputs] + ([(report, "report")] if report is not None else [])
    for path, what in named:
        real = _real(path)
        if real in input_files:
            hint = "use --in-place to rewrite inputs" if what == "output" else "write the report outside the inputs"
            raise OutputError(f"the {what} {path} is the input {input_files[real]}: it would be overwritten; {hint}")
        for folder, given in input_folders:
            if _inside(real, folder):
                if real == folder:
                    problem = f"is the input folder {given}: inputs would be overwritten"
                else:
                    problem = f"is inside the input folder {given}: it would be read as input"
                hint = "; use --in-place to rewrite inputs" if what == "output" else ""
                raise OutputError(f"the {what} {path} {problem}; write it outside the input folders{hint}")
    if report is not None:
        real_report = _real(report)
        for output in outputs:
            if _real(output) == real_report:
                raise OutputError(f"the report {report} is also an output: give it another name")
