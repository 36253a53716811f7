"""Robustness of the persistent dedup index (`cleaner index build`, `cleaner clean --index`).

Not a test (it runs for minutes): `python benchmarks/fuzz_index.py [RECORDS] [TINY_MOUNT]`.
Scenarios, each on fresh copies of the first RECORDS records of the 20k corpus (split in files):
- build, then clean the same file against the index: the output of a run without it;
- two `clean --index` processes at once on different halves: both finish, the index holds both;
- a build killed with SIGKILL mid-write, then run again: the index passes SQLite's integrity
  check and holds each document once; a clean of the same files against it drops every one as
  seen (none lost as a duplicate of itself: it is the same name);
- a read-only index file, and an index in a read-only folder: a plain error (exit 2), no
  traceback, no output written;
- an index on a full disk (TINY_MOUNT: a small tmpfs, e.g. `mount -t tmpfs -o size=2m tmpfs
  /mnt/tiny`): exit 2 with a message, no traceback, the inputs untouched, no temp file left.
Each prints `ok` or its problems.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from fuzz_args import fuzz_parser

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "benchmarks" / "data" / "c20k" / "corpus.jsonl"
WORK = Path("/tmp/fuzz_index")
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


# Root ignores file modes: a read-only index is tried without capabilities (as a user would be).
UNPRIVILEGED = ["setpriv", "--bounding-set", "-all", "--"] if os.geteuid() == 0 and shutil.which("setpriv") else []


def cli(*args: str, wait: bool = True, plain_user: bool = False) -> subprocess.CompletedProcess | subprocess.Popen:
    command = [*(UNPRIVILEGED if plain_user else []), sys.executable, "-m", "cleaner", *args]
    if not wait:
        return subprocess.Popen(command, cwd=ROOT, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    return subprocess.run(command, cwd=ROOT, env=ENV, capture_output=True, text=True, timeout=1800)


def split_corpus(folder: Path, records: int, files: int) -> list[Path]:
    """The first `records` records of the corpus in `files` JSONL files."""
    folder.mkdir(parents=True)
    lines = []
    with CORPUS.open(encoding="utf-8") as handle:
        for line in handle:
            lines.append(line)
            if len(lines) == records:
                break
    per = -(-len(lines) // files)
    paths = []
    for number in range(files):
        path = folder / f"part{number:02d}.jsonl"
        path.write_text("".join(lines[number * per : (number + 1) * per]), encoding="utf-8")
        paths.append(path)
    return paths


def traceback_in(result) -> bool:
    return "Traceback" in (result.stderr or "")


def index_docs(index: Path) -> tuple[str, int, int]:
    db = sqlite3.connect(index)
    try:
        check = db.execute("PRAGMA integrity_check").fetchone()[0]
        docs = db.execute("SELECT count(*) FROM docs").fetchone()[0]
        names = db.execute("SELECT count(DISTINCT name) FROM docs").fetchone()[0]
    finally:
        db.close()
    return check, docs, names


def kept_records(path: Path) -> int:
    return sum(1 for line in path.read_text(encoding="utf-8").splitlines() if line.strip())


def scenario_build_then_clean(base: Path, records: int) -> list[str]:
    inputs = split_corpus(base / "in", records, 4)
    index = base / "index.sqlite"
    built = cli("index", "build", str(inputs[0]), "--index", str(index), "-q")
    if built.returncode != 0 or traceback_in(built):
        return [f"build: exit {built.returncode} {built.stderr[-800:]}"]
    problems = []
    for name, extra in (("again", []), ("alone", [])):
        # a file cleaned against an index built from it: its documents are re-indexed under
        # their own names, never duplicates of themselves: the output is what a run without
        # the index gives
        args = ["--index", str(index)] if name == "again" else []
        cleaned = cli("clean", str(inputs[0]), *args, "-o", str(base / f"out-{name}.jsonl"), "-q")
        if cleaned.returncode not in (0, 1) or traceback_in(cleaned):
            problems.append(f"clean ({name}): exit {cleaned.returncode} {cleaned.stderr[-800:]}")
    if not problems and (base / "out-again.jsonl").read_bytes() != (base / "out-alone.jsonl").read_bytes():
        problems.append("a file cleaned against its own index differs from a run without the index")
    return problems


def scenario_two_writers(base: Path, records: int) -> list[str]:
    inputs = split_corpus(base / "in", records, 2)
    index = base / "index.sqlite"
    runs = [cli("clean", str(path), "--index", str(index), "-o", str(base / f"out{n}.jsonl"), "-q", wait=False) for n, path in enumerate(inputs)]
    problems = []
    for run in runs:
        out, err = run.communicate(timeout=1800)
        if run.returncode not in (0, 1) or "Traceback" in err:
            problems.append(f"a writer: exit {run.returncode} {err[-800:]}")
    check, docs, names = index_docs(index)
    expected = records
    if check != "ok" or docs != expected or names != docs:
        problems.append(f"index after two writers: integrity {check}, {docs} docs ({names} names), {expected} expected")
    return problems


def scenario_killed_build(base: Path, records: int) -> list[str]:
    split_corpus(base / "in", records, 8)
    index = base / "index.sqlite"
    run = cli("index", "build", str(base / "in"), "--index", str(index), "-q", wait=False)
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline and run.poll() is None:  # until some documents are in
        time.sleep(0.5)
        if index.exists():
            try:
                if index_docs(index)[1] > records // 4:
                    break
            except sqlite3.DatabaseError:
                pass
    run.send_signal(signal.SIGKILL)
    run.communicate()
    problems = []
    check, docs, _ = index_docs(index)
    if check != "ok":
        problems.append(f"after SIGKILL: integrity {check}")
    again = cli("index", "build", str(base / "in"), "--index", str(index), "-q")
    if again.returncode != 0 or traceback_in(again):
        problems.append(f"rerun after SIGKILL: exit {again.returncode} {again.stderr[-800:]}")
    check, docs, names = index_docs(index)
    if check != "ok" or docs != records or names != docs:
        problems.append(f"after the rerun: integrity {check}, {docs} docs ({names} names), {records} expected")
    left = [p.name for p in base.rglob("*") if ".tmp" in p.name]
    if left:
        problems.append(f"temporary files left: {left}")
    return problems


def scenario_read_only(base: Path, records: int) -> list[str]:
    inputs = split_corpus(base / "in", records, 2)
    index = base / "ro" / "index.sqlite"
    index.parent.mkdir()
    built = cli("index", "build", str(inputs[0]), "--index", str(index), "-q")
    if built.returncode != 0:
        return [f"build: exit {built.returncode} {built.stderr[-800:]}"]
    problems = []
    for label, target in (("file", index), ("folder", index.parent)):
        mode = target.stat().st_mode
        target.chmod(0o555 if target.is_dir() else 0o444)
        try:
            out = base / f"out-{label}.jsonl"
            result = cli("clean", str(inputs[1]), "--index", str(index), "-o", str(out), "-q", plain_user=True)
            if result.returncode != 2 or traceback_in(result) or "index" not in result.stderr:
                problems.append(f"read-only {label}: exit {result.returncode} {result.stderr[-800:]}")
            if out.exists():
                problems.append(f"read-only {label}: an output was written ({kept_records(out)} records)")
        finally:
            target.chmod(mode)
    return problems


def scenario_full_disk(base: Path, records: int, tiny: Path | None) -> list[str]:
    if tiny is None:
        return []
    inputs = split_corpus(base / "in", records, 2)
    before = {p: p.read_bytes() for p in inputs}
    index = tiny / "index.sqlite"
    for path in tiny.iterdir():
        path.unlink()
    problems = []
    result = cli("index", "build", str(base / "in"), "--index", str(index), "-q")
    if result.returncode == 0:
        problems.append("build on a full disk: exit 0 (the index fit: give fewer MB or more records)")
    elif result.returncode != 2 or traceback_in(result):
        problems.append(f"build on a full disk: exit {result.returncode} {result.stderr[-800:]}")
    result = cli("clean", str(base / "in"), "--index", str(index), "-o", str(tiny / "out"), "-q")
    if result.returncode not in (2, 3) or traceback_in(result):
        problems.append(f"clean on a full disk: exit {result.returncode} {result.stderr[-800:]}")
    if any(p.read_bytes() != data for p, data in before.items()):
        problems.append("an input changed")
    left = [p.name for p in tiny.rglob("*") if ".tmp" in p.name]
    if left:
        problems.append(f"temporary files left: {left}")
    for path in tiny.iterdir():
        shutil.rmtree(path) if path.is_dir() else path.unlink()
    return problems


def main() -> None:
    parser = fuzz_parser(__doc__, [("records", 400, "how many records of the 20k corpus each scenario copies")])
    parser.add_argument("tiny_mount", nargs="?", type=Path, help="a small tmpfs for the full-disk scenario (skipped without one)")
    args = parser.parse_args()
    records, tiny = args.records, args.tiny_mount
    scenarios = {
        "build then clean": lambda base: scenario_build_then_clean(base, records),
        "two writers at once": lambda base: scenario_two_writers(base, records),
        "build killed, rerun": lambda base: scenario_killed_build(base, records),
        "read-only index": lambda base: scenario_read_only(base, records),
        "full disk": lambda base: scenario_full_disk(base, records, tiny),
    }
    for name, scenario in scenarios.items():
        base = WORK / name.replace(" ", "_").replace(",", "")
        shutil.rmtree(base, ignore_errors=True)
        problems = scenario(base)
        print(f"{name}: " + ("ok" if not problems else "\n  ".join(problems)), flush=True)
        if not problems:
            shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
