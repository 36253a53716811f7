"""Inputs users meet on real corpora, found by a robustness pass over the CLI (session 2026-12-06):
a file name holding a newline, a read-only file under `--in-place`, a symlink loop named on the
command line, a JSONL text field holding an object, UTF-16 written without a byte-order mark.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cleaner.cli import app
from cleaner.io.inputs import display_name, printable_name
from cleaner.io.lines import unmarked_wide

ROOT = Path(__file__).resolve().parents[1]
BODY = ("Council approves budget\n\nThe council approved the new budget on Tuesday after a long debate that lasted "
        "until midnight, the clerk said.\n")
SHARED = "Share on Facebook\n" + BODY


def test_a_newline_in_a_file_name_is_shown_escaped_and_the_file_written_under_its_name(runner, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "two\nlines.txt").write_text(SHARED, encoding="utf-8")
    check = runner.invoke(app, ["check", str(folder)])
    assert check.exit_code == 1
    assert f"{folder.as_posix()}/two\\nlines.txt:1: boilerplate (" in check.stdout.splitlines()[0]
    out = tmp_path / "out"
    assert runner.invoke(app, ["clean", str(folder), "-o", str(out), "-q"]).exit_code == 0
    assert (out / "two\nlines.txt").read_text(encoding="utf-8") == BODY


@pytest.mark.parametrize(
    "raw, shown",
    [(b"a\nb.txt", "a\\nb.txt"), (b"tab\there.txt", "tab\\there.txt"), (b"esc\x1b.txt", "esc\\x1b.txt"),
     (b"caf\xe9.txt", "caf\\xe9.txt"), ("nel\u0085.txt".encode(), "nel\\u0085.txt"), ("déjà vu.txt".encode(), "déjà vu.txt")],
)
def test_printable_names(raw, shown):
    assert printable_name(raw) == shown
    assert display_name(Path(os.fsdecode(raw))) == shown


@pytest.mark.skipif(os.geteuid() != 0 or shutil.which("setpriv") is None, reason="needs root without capabilities (setpriv)")
def test_a_read_only_file_is_not_rewritten_in_place(tmp_path):
    """The folder is writable, so the rename would have replaced the read-only file (its mode
    kept): a write the file's owner had forbidden. It is skipped (exit 3) and left as it was;
    a read-only file with nothing to change passes."""
    folder = tmp_path / "in"
    folder.mkdir()
    locked, clean, other = folder / "locked.txt", folder / "clean.txt", folder / "other.txt"
    locked.write_text(SHARED, encoding="utf-8")
    clean.write_text("Ferry returns\n\nThe ferry returns in spring after six weeks of repairs, the harbour office said.\n", encoding="utf-8")
    other.write_text("Share on Facebook\nWater prices rise\n\nResidents will pay three percent more for water from April, the treasurer said.\n", encoding="utf-8")
    locked.chmod(0o444)
    clean.chmod(0o444)
    command = ["setpriv", "--bounding-set", "-all", "--", sys.executable, "-m", "cleaner", "clean", str(folder), "--in-place", "-q"]
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 3, result.stderr
    assert f"{locked.as_posix()}: skipped: cannot write {locked.as_posix()}: the file is read-only (left as it was)" in result.stderr
    assert "clean.txt" not in result.stderr
    assert locked.read_text(encoding="utf-8") == SHARED
    assert not other.read_text(encoding="utf-8").startswith("Share")


def test_a_symlink_loop_on_the_command_line_is_named_as_such(runner, tmp_path):
    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    result = runner.invoke(app, ["clean", str(loop), "-o", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "Too many levels of symbolic links" in " ".join(result.output.split())
    dangling = tmp_path / "dangling.txt"
    dangling.symlink_to(tmp_path / "nowhere.txt")
    result = runner.invoke(app, ["check", str(dangling)])
    assert result.exit_code == 2 and "symbolic link to nothing" in " ".join(result.output.split())


def test_a_text_field_of_the_wrong_kind_is_named_by_its_kind(runner, tmp_path):
    src = tmp_path / "c.jsonl"
    records = [{"id": "o", "text": {"body": "x"}}, {"id": "a", "text": ["x"]}, {"id": "n", "text": None}, {"id": "i", "text": 5}]
    src.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    result = runner.invoke(app, ["clean", str(src), "-o", str(tmp_path / "out.jsonl"), "-q"])
    assert result.exit_code == 3
    for line, kind in enumerate(["an object", "an array", "null", "a number"], start=1):
        assert f"c.jsonl:{line}: skipped: field 'text' holds {kind}, not a string" in result.stderr
    assert (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines() == [json.dumps(r) for r in records]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
@pytest.mark.parametrize("text", [SHARED, "Share on Facebook\nЗаголовок\n\nГородской совет во вторник одобрил новый бюджет, который увеличит расходы на парки.\n"])
def test_utf16_and_utf32_without_a_byte_order_mark_are_read(runner, tmp_path, codec, text):
    """Read as bytes they were "binary file (control bytes)" and skipped."""
    src = tmp_path / "in" / "a.txt"
    src.parent.mkdir()
    src.write_bytes(text.encode(codec))
    out = tmp_path / "out"
    result = runner.invoke(app, ["clean", str(src.parent), "-o", str(out), "-q", "--report", str(tmp_path / "r.jsonl")])
    assert result.exit_code == 0, result.output
    assert (out / "a.txt").read_text(encoding="utf-8") == text.removeprefix("Share on Facebook\n")
    assert f"decoded as {codec} without a byte-order mark" in (tmp_path / "r.jsonl").read_text(encoding="utf-8")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-32-be"])
def test_jsonl_in_utf16_without_a_mark_is_read_line_by_line(runner, tmp_path, codec):
    src = tmp_path / "c.jsonl"
    records = [{"id": "a", "text": SHARED}, {"id": "b", "text": "Ferry returns\n\nThe ferry returns in spring after six weeks of repairs, the harbour office said."}]
    src.write_bytes("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode(codec))
    out = tmp_path / "out.jsonl"
    assert runner.invoke(app, ["clean", str(src), "-o", str(out), "-q"]).exit_code == 0
    assert [json.loads(line)["text"] for line in out.read_text(encoding="utf-8").splitlines()] == [BODY, records[1]["text"]]


@pytest.mark.parametrize(
    "data",
    [bytes(range(256)) * 4, b"\x00\x00\x00\x01" * 64, "plain ASCII text, long enough to be sniffed at all".encode(), "市议会周二批准了一项新预算".encode("utf-16-le")],
)
def test_what_is_not_recognised_as_unmarked_wide_text(data):
    """Binary, integers, UTF-8, and wide text with no zero high bytes (all CJK: still skipped)."""
    assert unmarked_wide(data) is None


@pytest.mark.parametrize(
    "command, said",
    [("clean - -q <&-", "standard input is closed"), ("check - <&-", "standard input is closed"),
     ("explain - <&-", "standard input is closed"), ("clean {src} -o - -q >&-", "standard output is closed")],
)
def test_a_closed_standard_stream_is_one_line_and_exit_2(tmp_path, command, said):
    """A process started without standard input (or output) stopped with a traceback from
    click ("Was not able to determine binary stream for sys.stdin") and exit 1."""
    src = tmp_path / "a.txt"
    src.write_text(SHARED, encoding="utf-8")
    line = f"{sys.executable} -m cleaner " + command.format(src=src)
    result = subprocess.run(["sh", "-c", line], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.strip().startswith(f"cleaner: {said}")
    assert src.read_text(encoding="utf-8") == SHARED


@pytest.mark.skipif(shutil.which("script") is None, reason="needs script(1) for a terminal")
def test_standard_input_from_a_terminal_gets_a_note(tmp_path):
    """`cleaner clean -` typed at a prompt waits for Ctrl-D: said, not a silent wait."""
    line = f"{sys.executable} -m cleaner explain -"
    proc = subprocess.Popen(["script", "-qec", line, "/dev/null"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, cwd=ROOT)
    try:
        out, _ = proc.communicate(b"Some words typed here.\n\x04", timeout=60)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, _ = proc.communicate()
    assert b"reading standard input from the terminal (end it with Ctrl-D)" in out
