"""Temporary files of a run killed with SIGKILL (no `finally` runs): recognisable, never read as
input, removed by the next `--in-place` run once stale, never a user's file.

Decision: a temporary output is named `.<target>.cleaner-<random>.tmp` beside its target and is
held under an exclusive `flock` while it is written. A killed writer's lock dies with it, so a
file of that name whose lock can be taken is stale. Every run skips such files as inputs (named
or found in a folder, the hook too); `--in-place` removes the stale ones that lie beside their
target and says so; `check` and `-o` runs only name them (`check` changes nothing).
"""

from __future__ import annotations

import fcntl
import json
import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

from cleaner.config import Config
from cleaner.io.inputs import find_inputs
from cleaner.io.tempfiles import is_temp_name
from cleaner.run import EXIT_OK, RunOptions, run

STORY = (
    "Council approves new budget for city parks\n\n"
    "The city council voted on Tuesday to approve a new budget that will increase spending on parks and "
    "playgrounds by twelve percent over the next two years.\n"
)
ROOT = Path(__file__).resolve().parents[1]
EVERYTHING = replace(Config(), include=("*",))


def _killed_mid_write(target: Path) -> Path:
    """Run a writer in another process and SIGKILL it mid-write: what it leaves beside `target`."""
    code = (
        "import os, signal, sys\n"
        "from pathlib import Path\n"
        "from cleaner.io.outputs import OutputStream\n"
        "stream = OutputStream(Path(sys.argv[1]), spill=10)\n"
        "stream.write(b'half of a cleaned text' * 10)\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code, str(target)], cwd=ROOT, capture_output=True)
    assert proc.returncode == -signal.SIGKILL
    [left] = [p for p in target.parent.iterdir() if p.name != target.name]
    return left


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "a.txt").write_text(STORY, encoding="utf-8")
    return root


def test_a_killed_writer_leaves_a_recognisable_name(folder):
    left = _killed_mid_write(folder / "a.txt")
    assert left.name.startswith(".a.txt.cleaner-") and left.name.endswith(".tmp")
    assert is_temp_name(left.name)
    assert (folder / "a.txt").read_text(encoding="utf-8") == STORY  # the target is untouched


@pytest.mark.parametrize("name", [".a.txt.tmp", "a.txt.cleaner-x.tmp", ".a.txt.cleaner-.tmp", ".a.txt.cleaner-abc123.txt", "cleaner.tmp"])
def test_other_names_are_not_temporary_files(name):
    assert not is_temp_name(name)


def test_a_temporary_file_is_never_an_input(folder):
    left = _killed_mid_write(folder / "a.txt")
    found = find_inputs([folder], EVERYTHING.include)
    assert [f.path.name for f in found] == ["a.txt"]
    assert find_inputs([left], EVERYTHING.include) == []  # named on its own, too


def test_in_place_removes_a_stale_temporary_file_and_says_so(folder):
    left = _killed_mid_write(folder / "a.txt")
    summary = run([folder], EVERYTHING, RunOptions(in_place=True))
    assert summary.exit_code(fail_on_change=True) == EXIT_OK
    assert not left.exists()
    assert [f.file for f in summary.files] == [(folder / "a.txt").as_posix()]
    assert any("stale temporary file" in note.text and note.item.endswith(left.name) for note in summary.notes)


@pytest.mark.parametrize("name", ["a" * 251 + ".txt", "é" * 125 + ".txt"])
def test_a_name_near_the_longest_a_folder_takes_is_cleaned_in_place_and_to_o(folder, tmp_path, name):
    """A 255-byte name is valid; its temporary name (`.NAME.cleaner-XXXXXXXX.tmp`) was not, and
    the file could be neither rewritten nor written to `-o`. The temporary name now holds the
    name cut, with a digest of it, and is still known as a temporary file of that target."""
    (folder / "a.txt").unlink()
    long = folder / name
    long.write_text("Accueil\n" + STORY, encoding="utf-8")
    summary = run([folder], EVERYTHING, RunOptions(output=tmp_path / "out"))
    assert summary.problems == [] and (tmp_path / "out" / name).read_text(encoding="utf-8") == STORY
    assert run([long], EVERYTHING, RunOptions(in_place=True)).problems == []
    assert long.read_text(encoding="utf-8") == STORY
    left = _killed_mid_write(long)
    assert is_temp_name(left.name) and len(os.fsencode(left.name)) <= 255
    summary = run([folder], EVERYTHING, RunOptions(in_place=True))
    assert not left.exists() and any("stale temporary file" in note.text for note in summary.notes)


def test_check_names_a_stale_temporary_file_and_leaves_it(folder):
    left = _killed_mid_write(folder / "a.txt")
    summary = run([folder], EVERYTHING, RunOptions(check=True))
    assert summary.exit_code(fail_on_change=True) == EXIT_OK
    assert left.exists()
    assert any("--in-place removes it" in note.text for note in summary.notes)


def test_a_temporary_file_being_written_is_left_alone(folder):
    live = folder / ".a.txt.cleaner-live1234.tmp"
    live.write_bytes(b"being written")
    with open(live, "rb") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)  # as a running writer holds it
        summary = run([folder], EVERYTHING, RunOptions(in_place=True))
    assert live.read_bytes() == b"being written"
    assert any("being written" in note.text for note in summary.notes)


def test_a_temporary_name_without_its_target_is_not_removed(folder):
    orphan = folder / ".gone.txt.cleaner-abcd1234.tmp"
    orphan.write_bytes(b"whose?")
    summary = run([folder], EVERYTHING, RunOptions(in_place=True))
    assert orphan.read_bytes() == b"whose?"
    assert any(note.item.endswith(orphan.name) for note in summary.notes)


def test_a_symlink_with_a_temporary_name_is_not_removed(folder, tmp_path):
    precious = tmp_path / "precious.txt"
    precious.write_text("mine", encoding="utf-8")
    link = folder / ".a.txt.cleaner-link1234.tmp"
    link.symlink_to(precious)
    run([folder], EVERYTHING, RunOptions(in_place=True))
    assert link.is_symlink() and precious.read_text(encoding="utf-8") == "mine"


def test_the_hook_skips_a_staged_temporary_file(tmp_path, monkeypatch):
    from cleaner.hook import selected_files

    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / ".a.txt.cleaner-abcd1234.tmp").write_text(STORY, encoding="utf-8")
    chosen = selected_files([Path("a.txt"), Path(".a.txt.cleaner-abcd1234.tmp")], tmp_path, EVERYTHING)
    assert chosen.files == [Path("a.txt")]
    assert chosen.leftovers == [Path(".a.txt.cleaner-abcd1234.tmp")]


def test_the_hook_names_a_staged_temporary_file_as_every_name_is_shown(folder, monkeypatch, capsys):
    """A temporary name holding a newline and a byte that is not UTF-8 is one line, escaped as
    the run shows every name (`display_name`), not printed raw over two lines."""
    import cleaner.hook as hook

    monkeypatch.chdir(folder)
    raw = os.fsdecode(b".a\nb\xff.txt.cleaner-abcd1234.tmp")
    (folder / raw).write_text(STORY, encoding="utf-8")
    assert hook.check_main(["a.txt", raw, "--no-memory"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == [".a\\nb\\xff.txt.cleaner-abcd1234.tmp: a temporary file of cleaner (left by an interrupted run): not checked; do not commit it"]


def _feed(records: int) -> str:
    """JSONL records of about 2 KB of made-up prose each, no two alike (nothing goes as a copy)."""
    rnd = random.Random(7)
    words = "council budget roads schools harbour ferry water mayor vote residents plan year debate".split()
    lines = []
    for number in range(records):
        text = " ".join(" ".join(rnd.choice(words) for _ in range(12)).capitalize() + "." for _ in range(25))
        lines.append(json.dumps({"id": number, "text": text}) + "\n")
    return "".join(lines)


def test_an_interrupted_in_place_run_leaves_no_temporary_file(folder):
    """SIGINT (Ctrl-C) while the output is being written: the run unwinds, the temporary file
    goes, the input stays whole, one line on stderr, exit 130."""
    big = folder / "big.jsonl"
    big.write_text(_feed(800), encoding="utf-8")  # 1.6 MB: the output spills after half of it
    before = big.read_bytes()
    proc = subprocess.Popen([sys.executable, "-m", "cleaner", "clean", str(folder), "--in-place", "-q"], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        while proc.poll() is None and not any(is_temp_name(p.name) for p in folder.iterdir()):
            time.sleep(0.05)  # until the output spills to its temporary file (1 MB in)
        proc.send_signal(signal.SIGINT)
        _, stderr = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
    if proc.returncode == 0:
        pytest.skip("the run finished before the interrupt")
    assert proc.returncode == 130, stderr
    assert b"cleaner: interrupted" in stderr and b"Traceback" not in stderr
    assert not [p.name for p in folder.iterdir() if is_temp_name(p.name)]
    assert big.read_bytes() == before


@pytest.mark.parametrize("signal_error,code,said", [(KeyboardInterrupt, 130, "interrupted"), ("Terminated", 143, "terminated")])
def test_the_hook_interrupted_says_so_and_leaves_no_temporary_file(folder, monkeypatch, capsys, signal_error, code, said):
    """Ctrl-C or SIGTERM (raised by the handler the hook installs) inside the hook: one line,
    exit 130 / 143, no traceback, no temporary file."""
    import cleaner.hook as hook
    from cleaner.interrupts import Terminated
    from cleaner.io.outputs import OutputStream

    error = Terminated if signal_error == "Terminated" else signal_error

    def interrupted_run(files, config, options):
        with OutputStream(folder / "a.txt", spill=1) as stream:
            stream.write(b"half of it")  # a temporary file is there when the signal comes
            raise error()

    monkeypatch.chdir(folder)
    monkeypatch.setattr(hook, "run", interrupted_run)
    before = signal.getsignal(signal.SIGTERM)
    try:
        assert hook.fix_main(["a.txt", "--no-memory"]) == code
    finally:
        signal.signal(signal.SIGTERM, before)  # the hook installs its handler: not pytest's
    assert f"cleaner: {said}" in capsys.readouterr().err
    assert sorted(p.name for p in folder.iterdir()) == ["a.txt"]
    assert (folder / "a.txt").read_text(encoding="utf-8") == STORY


def test_the_hook_called_in_process_leaves_the_callers_sigterm_handler(folder, monkeypatch):
    """The hook turns SIGTERM into an exception while it runs, then gives the handler back:
    a program (or a test runner) calling it keeps its own."""
    import cleaner.hook as hook

    def mine(_signum, _frame):
        pass

    monkeypatch.chdir(folder)
    before = signal.signal(signal.SIGTERM, mine)
    try:
        hook.check_main(["a.txt", "--no-memory"])
        assert signal.getsignal(signal.SIGTERM) is mine
    finally:
        signal.signal(signal.SIGTERM, before)
