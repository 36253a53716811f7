"""What compiling the package with mypyc buys: a scratch build, then CPU time alternated.

Usage:
  python benchmarks/bench_compiled.py build DIR [--opt 3]   # DIR: a new folder outside the checkout
  python benchmarks/bench_compiled.py time DIR INPUT.jsonl [--runs 3]

`build` copies this checkout's committed tree (`git archive HEAD`) into DIR, makes the few edits
mypyc needs (`EDITS`: none changes what the code does in Python), marks every line mypy still
reports with `# type: ignore`, and compiles every module but the CLI's and
`dedup/processing_plan.py` with mypyc (one gcc job). It needs `pip install mypy` and a C compiler;
the project's own build and install are untouched. `time` runs `cleaner clean INPUT` alternately
from this checkout and from DIR (each with its own cache folder, warmed by a first run), prints
each run's CPU seconds (user + sys of the child) and whether the two outputs are byte-identical.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import resource
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Left in Python: the CLI (typer reads its functions' signatures) and
# `dedup/processing_plan.py`, whose `TemplateKeys` (a frozenset subclass with its own
# `__new__`) mypyc cannot compile.
LEFT = {"cleaner/__main__.py", "cleaner/cli.py", "cleaner/cli_index.py", "cleaner/cli_support.py", "cleaner/hook.py",
        "cleaner/dedup/processing_plan.py"}
# (file, text, replacement): what mypyc refused, or what its runtime type checks rejected (an
# annotation narrower than the values the code passes). Each is the same behaviour in Python.
EDITS = [
    # `x not in (a, *b)`: an internal mypyc error (a starred item in a tuple operand)
    ("cleaner/rules/live.py", 'category not in ("navigation", *s.live_entry_chrome)', '(category != "navigation" and category not in s.live_entry_chrome)'),
    ("cleaner/rules/own.py", 'return (rule_id or "").split(".", 1)[0] not in (language, *_NOT_LANGUAGES)',
     'prefix = (rule_id or "").split(".", 1)[0]\n    return prefix != language and prefix not in _NOT_LANGUAGES'),
    # a class attribute read through the class must be declared one
    ("cleaner/memo.py", "    MISSING = object()", "    MISSING: ClassVar[object] = object()"),
    ("cleaner/memo.py", "from typing import Generic,", "from typing import ClassVar, Generic,"),
    # lone surrogates cannot be C string literals
    ("cleaner/io/inputs.py", 'SURROGATE = re.compile("[\\ud800-\\udfff]")', 'SURROGATE = re.compile("[" + chr(0xD800) + "-" + chr(0xDFFF) + "]")'),
    ("cleaner/io/names.py", '\\u2028\\u2029\\ud800-\\udfff]")', '\\u2028\\u2029" + chr(0xD800) + "-" + chr(0xDFFF) + "]")'),
    # an int assigned where the other branch gave the variable a float (unboxed C double)
    ("cleaner/rules/polls.py", "words, ends = len(text.split()), float(", "words, ends = float(len(text.split())), float("),
    ("cleaner/rules/date_lines.py", "words, digits = len(tokens), sum(", "words, digits = float(len(tokens)), sum("),
    # compiled dataclass fields carry bare types (`tuple`), not the annotations' text
    ("cleaner/rules/settings_tables.py", '        value = table[name]\n        if spec.type == "dict[str, float]":',
     '        value = table[name]\n        kind: Any = spec.type\n        if not isinstance(kind, str):\n'
     '            kind = {dict: "dict[str, float]", tuple: "tuple[str, ...]", str: "str", int: "int"}.get(kind, "")\n'
     '        if kind == "dict[str, float]":'),
    ("cleaner/rules/settings_tables.py", 'elif spec.type == "str":', 'elif kind == "str":'),
    ("cleaner/rules/settings_tables.py", 'elif spec.type == "tuple[str, ...]":', 'elif kind == "tuple[str, ...]":'),
    ("cleaner/rules/settings_tables.py", 'elif spec.type == "int":', 'elif kind == "int":'),
    # `a / sum(generator)`: mypyc reads the divisor's sum as an int ("int object expected; got float")
    ("cleaner/rules/page_prose.py", '    return sum(x["stopwords"] * x["words"] for x in sentences) / sum(x["words"] for x in sentences)',
     '    words = sum(x["words"] for x in sentences)\n    return sum(x["stopwords"] * x["words"] for x in sentences) / words'),
    # annotations narrower than what the code passes (mypy had flagged each)
    ("cleaner/rules/lead.py", "from typing import Callable", "from typing import Any, Callable"),
    ("cleaner/rules/lead.py", ": Settings", ": Any"),
    ("cleaner/pipeline.py", "def _guarded(step: Callable[[Document], Document],", "def _guarded(step: Callable[[Document], Any],"),
    ("cleaner/pipeline.py", "from typing import Callable,", "from typing import Any, Callable,"),
    ("cleaner/dedup/units.py", "    toks: list[str]\n", "    toks: Any  # list[str] or pieces.Tokens\n"),
    ("cleaner/dedup/units.py", "from __future__ import annotations\n", "from __future__ import annotations\n\nfrom typing import Any\n"),
    ("cleaner/dedup/store.py", '                self._db = sqlite3.connect(f"{path', '                self._db: Any = sqlite3.connect(f"{path'),
    ("cleaner/dedup/store.py", "from typing import Iterable,", "from typing import Any, Iterable,"),
    ("cleaner/rules/cuts.py", "    result = []\n", "    result: list[Any] = []\n"),
    ("cleaner/rules/cuts.py", "from __future__ import annotations\n", "from __future__ import annotations\n\nfrom typing import Any\n"),
    ("cleaner/html/walk.py", "    stack = [(root.iter(", "    stack: list[Any] = [(root.iter("),
    ("cleaner/html/walk.py", "from __future__ import annotations\n", "from __future__ import annotations\n\nfrom typing import Any\n"),
    ("cleaner/html/captions.py", "settings: HtmlSettings) -> bool:\n    \"\"\"Whether `line` is the one short line", "settings: HtmlSettings) -> Any:\n    \"\"\"Whether `line` is the one short line"),
    ("cleaner/html/captions.py", "from __future__ import annotations\n", "from __future__ import annotations\n\nfrom typing import Any\n"),
    # a local name reused for a value of another type
    ("cleaner/html/tables.py", "        line = replaced.get(position, line)\n        if line is not None:\n            joined_lines.append(line)\n",
     "        kept = replaced.get(position, line)\n        if kept is not None:\n            joined_lines.append(kept)\n"),
    ("cleaner/dedup/corpus.py", "        other = [k for k, v in known.items() if v.source != doc.source]\n        self.store.record(doc_id, dict.fromkeys(new_spans), same, other)",
     "        others = [k for k, v in known.items() if v.source != doc.source]\n        self.store.record(doc_id, dict.fromkeys(new_spans), same, others)"),
    ("cleaner/dedup/bodies.py", "            pairs = list(zip(", "            run_pairs = list(zip("),
    ("cleaner/dedup/bodies.py", "            inside.update(pairs)", "            inside.update(run_pairs)"),
    ("cleaner/dedup/bodies.py", "                led.update(pairs)", "                led.update(run_pairs)"),
]
_ERROR = re.compile(r"^(cleaner/[^:]+):(\d+): error: ")
SETUP = """from setuptools import setup
from mypyc.build import mypycify
setup(name="cleaner-mypyc", packages=[], ext_modules=mypycify(["--ignore-missing-imports"] + {paths!r}, opt_level={opt!r}, multi_file=True))
"""


def copy_tree(dest: Path) -> None:
    """The committed tree of this checkout, without its git metadata or uncommitted changes."""
    archive = subprocess.run(["git", "archive", "HEAD"], cwd=ROOT, check=True, capture_output=True).stdout
    with tempfile.TemporaryFile() as handle:
        handle.write(archive)
        handle.seek(0)
        tarfile.open(fileobj=handle).extractall(dest)


def apply_edits(dest: Path) -> None:
    """`EDITS`, each text replaced wherever it stands (one that no longer applies is named)."""
    for name, text, replacement in EDITS:
        path = dest / name
        source = path.read_text(encoding="utf-8")
        if text not in source:
            sys.exit(f"edit no longer applies: {name}: {text[:60]!r}")
        path.write_text(source.replace(text, replacement), encoding="utf-8")


def ignore_reported(dest: Path) -> int:
    """`# type: ignore` on each line mypy reports an error on, before any comment the line has."""
    report = subprocess.run([sys.executable, "-m", "mypy", "cleaner", "--ignore-missing-imports", "--no-error-summary"],
                            cwd=dest, capture_output=True, text=True).stdout
    marked = 0
    for name in sorted({m.group(1) for m in map(_ERROR.match, report.splitlines()) if m}):
        lines = (dest / name).read_text(encoding="utf-8").split("\n")
        for number in sorted({int(m.group(2)) for m in map(_ERROR.match, report.splitlines()) if m and m.group(1) == name}):
            line = re.sub(r"# type: ignore\[[^\]]*\]", "# type: ignore", lines[number - 1])
            if "# type: ignore" not in line:
                cut = line.find("  #")
                line = line + "  # type: ignore" if cut < 0 else line[:cut] + "  # type: ignore" + line[cut:]
            lines[number - 1] = line
            marked += 1
        (dest / name).write_text("\n".join(lines), encoding="utf-8")
    return marked


def build(dest: Path, opt: str) -> None:
    if dest.exists():
        sys.exit(f"{dest} exists: give a new folder")
    dest.mkdir(parents=True)
    copy_tree(dest)
    apply_edits(dest)
    print(f"{ignore_reported(dest)} lines marked '# type: ignore'")
    paths = sorted(str(p.relative_to(dest)) for p in (dest / "cleaner").rglob("*.py") if str(p.relative_to(dest)) not in LEFT)
    (dest / "setup_mypyc.py").write_text(SETUP.format(paths=paths, opt=opt), encoding="utf-8")
    spent, wall = child_seconds(lambda: subprocess.run([sys.executable, "setup_mypyc.py", "build_ext", "--inplace", "--force"], cwd=dest, check=True, capture_output=True))
    print(f"{len(paths)} modules compiled: {spent:.1f} CPU s ({wall:.0f} s wall)")


def child_seconds(step) -> tuple[float, float]:
    """CPU seconds (user + sys) the children spent during `step`, and its wall seconds."""
    before, start = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
    step()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime, time.perf_counter() - start


def clean_run(tree: Path, source: Path, output: Path, cache: Path) -> float:
    env = dict(os.environ, PYTHONPATH=str(tree), CLEANER_CACHE_DIR=str(cache))
    command = [sys.executable, "-m", "cleaner", "clean", str(source), "-o", str(output), "-q"]
    return child_seconds(lambda: subprocess.run(command, cwd=tree, env=env, check=True))[0]


def md5(path: Path) -> str:
    return hashlib.md5(path.read_bytes()).hexdigest()


def compare(compiled: Path, source: Path, runs: int) -> None:
    if not any(compiled.glob("cleaner/rules/engine.*.so")):
        sys.exit(f"{compiled} holds no compiled build: run `build` first")
    trees = {"python": ROOT, "compiled": compiled}
    with tempfile.TemporaryDirectory() as scratch:
        outputs = {name: Path(scratch, f"{name}.jsonl") for name in trees}
        for name, tree in trees.items():  # fills each tree's cache folder (the rules' patterns)
            clean_run(tree, source, outputs[name], Path(scratch, f"cache_{name}"))
        times: dict[str, list[float]] = {name: [] for name in trees}
        for _ in range(runs):
            for name, tree in trees.items():
                times[name].append(clean_run(tree, source, outputs[name], Path(scratch, f"cache_{name}")))
        for name in trees:
            print(f"{name:9} CPU s: {' / '.join(f'{t:.2f}' for t in times[name])}  md5 {md5(outputs[name])}")
        ratio = min(times["python"]) / min(times["compiled"])
        print(f"best of each: {ratio:.2f}x; outputs {'identical' if md5(outputs['python']) == md5(outputs['compiled']) else 'DIFFER'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    made = sub.add_parser("build")
    made.add_argument("dir", type=Path)
    made.add_argument("--opt", default="3", help="mypyc's (and gcc's) optimisation level")
    timed = sub.add_parser("time")
    timed.add_argument("dir", type=Path)
    timed.add_argument("input", type=Path)
    timed.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if args.command == "build":
        build(args.dir.resolve(), args.opt)
    else:
        compare(args.dir.resolve(), args.input.resolve(), args.runs)


if __name__ == "__main__":
    main()
