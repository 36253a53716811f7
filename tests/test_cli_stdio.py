"""`cleaner clean -` and `-o -`: the CLI as a step of a shell pipeline.

Standard input is read whole to a temporary copy (its kind guessed from its first byte, or named
by --stdin-name), cleaned as a file named `<stdin>` would be, and the output goes to standard
output only once the run succeeded; summaries and errors stay on stderr.
"""

from __future__ import annotations

import json
import subprocess
import sys

from cleaner.cli import app
from cleaner.pipeline import clean_text

BODY = "The harbour authority reopened the north quay on Monday after three weeks of repairs to the crane rails."
PAGE = f"{BODY}\nRead more »\n"
RECORDS = [
    {"id": "1", "text": f"{BODY}\n\nShare this article"},
    {"id": "2", "text": "A different story about the school board, long enough to be kept as it is here."},
]
JSONL = "".join(json.dumps(r) + "\n" for r in RECORDS)


def test_text_on_stdin_comes_out_clean_on_stdout(runner):
    result = runner.invoke(app, ["clean", "-", "-q"], input=PAGE.encode())
    assert result.exit_code == 0, result.stderr
    assert result.stdout == clean_text(PAGE).text == f"{BODY}\n"


def test_jsonl_on_stdin_is_read_as_records_and_the_report_names_stdin(runner, tmp_path):
    report = tmp_path / "report.jsonl"
    result = runner.invoke(app, ["clean", "-", "-q", "--report", str(report)], input=JSONL.encode())
    assert result.exit_code == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in out] == ["1", "2"] and out[0]["text"] == f"{BODY}\n"
    [removal] = [json.loads(line) for line in report.read_text().splitlines()]
    assert (removal["file"], removal["id"], removal["rule"]) == ("<stdin>", "1", "en.share.buttons")


def test_stdin_name_sets_the_name_and_the_kind(runner, tmp_path):
    """A JSONL stream that does not start with `{` is JSONL when its name says so."""
    report = tmp_path / "report.jsonl"
    args = ["clean", "-", "-q", "--stdin-name", "feed.jsonl", "--report", str(report)]
    result = runner.invoke(app, args, input=("\n" + JSONL).encode())
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout.splitlines()[0])["text"] == f"{BODY}\n"
    assert json.loads(report.read_text().splitlines()[0])["file"] == "feed.jsonl"


def test_stdin_into_an_output_file(runner, tmp_path):
    """`-o FILE` with standard input writes FILE (it was reported as an unreadable input `-`)."""
    out, report = tmp_path / "clean.jsonl", tmp_path / "report.jsonl"
    result = runner.invoke(app, ["clean", "-", "-q", "-o", str(out), "--report", str(report)], input=JSONL.encode())
    assert result.exit_code == 0, result.stderr
    assert [json.loads(line)["text"] for line in out.read_text().splitlines()][0] == f"{BODY}\n"
    assert json.loads(report.read_text().splitlines()[0])["file"] == "<stdin>"
    assert result.stdout == ""


def test_html_on_stdin_is_extracted(runner):
    html = f"<html><body><nav>Home | World | Sport</nav><article><p>{BODY}</p></article></body></html>"
    result = runner.invoke(app, ["clean", "-", "-q"], input=html.encode())
    assert result.exit_code == 0, result.stderr
    assert BODY in result.stdout and "Sport" not in result.stdout


def test_one_file_to_stdout(runner, tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(PAGE)
    result = runner.invoke(app, ["clean", str(page), "-o", "-", "-q"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == f"{BODY}\n"
    assert page.read_text() == PAGE


def test_bad_stdin_writes_nothing_and_exits_3(runner):
    result = runner.invoke(app, ["clean", "-"], input=b"")
    assert result.exit_code == 3
    assert result.stdout == ""
    assert "<stdin>: skipped: empty file" in result.stderr


def test_check_reads_stdin(runner):
    result = runner.invoke(app, ["check", "-", "-q"], input=PAGE.encode())
    assert result.exit_code == 1
    assert result.stdout.strip() == "<stdin>:2: boilerplate (en.aggregator.read-more)"


def test_dash_must_be_alone_and_cannot_be_rewritten(runner, tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(PAGE)
    for args in (["clean", "-", str(page), "-o", str(tmp_path / "out")], ["clean", "-", "--in-place"], ["check", "-", str(page)]):
        result = runner.invoke(app, args, input=PAGE.encode())
        assert result.exit_code == 2, args
        assert "must be the only input" in result.stderr


def test_stdout_takes_one_file_only(runner, tmp_path):
    (tmp_path / "a.txt").write_text(PAGE)
    (tmp_path / "b.txt").write_text(PAGE)
    result = runner.invoke(app, ["clean", str(tmp_path), "-o", "-"])
    assert result.exit_code == 2
    assert "takes one input file" in result.stderr


def test_a_missing_path_is_still_refused(runner, tmp_path):
    result = runner.invoke(app, ["clean", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "out")])
    assert result.exit_code == 2
    words = " ".join(result.stderr.translate(str.maketrans("│╭╮╰╯─", "      ")).split())
    assert "does not exist" in words  # the error box wraps a long temporary path anywhere


def test_a_real_pipe(tmp_path):
    """Through an OS pipe, as `cat feed.jsonl | cleaner clean - > out.jsonl` runs it."""
    done = subprocess.run([sys.executable, "-m", "cleaner", "clean", "-", "-q"], input=JSONL.encode(), capture_output=True, cwd=tmp_path, timeout=120)
    assert done.returncode == 0, done.stderr
    assert [json.loads(line)["id"] for line in done.stdout.decode().splitlines()] == ["1", "2"]
    assert done.stderr == b""


def test_version(runner):
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.startswith("cleaner ")


def test_explain_reads_standard_input(runner):
    result = runner.invoke(app, ["explain", "-"], input=f"{BODY}\nShare this article\n".encode())
    assert result.exit_code == 0, result.stderr
    assert "<stdin>" in result.stdout and "en.share.buttons" in result.stdout
