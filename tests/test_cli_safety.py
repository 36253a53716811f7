"""The CLI never loses an input, never hangs, never shows a traceback (QA findings, each pinned).

Outputs and reports that would overwrite or be read as inputs are refused (exit 2); output names
never clash; odd inputs (lone surrogates, FIFOs, undecodable names, NUL bytes, unreadable or
whitespace-only files) are reported and skipped (exit 3) or repaired, and the rest is processed.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.cli import app
from cleaner.io.inputs import InputFile, display_name
from cleaner.io.records import iter_jsonl
from cleaner.io.targets import plan_outputs
from cleaner.types import Document

TEXT = "Une première phrase assez longue pour rester dans le texte propre.\n\nUne seconde phrase, elle aussi gardée telle quelle.\n"


def _other(tag: str) -> str:
    """A text that shares nothing with TEXT or another tag's text (no duplicate is dropped)."""
    return f"Le {tag} dit ceci, dans {tag} lignes de {tag} mots {tag}.\n\nPuis {tag} conclut par {tag} fois {tag}.\n"


REPO = Path(__file__).resolve().parents[1]


@pytest.fixture()
def inputs(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    root.mkdir()
    (root / "a.txt").write_text(TEXT, encoding="utf-8")
    (root / "b.txt").write_text(_other("bateau"), encoding="utf-8")
    return root


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _clean(runner, *args: str):
    return runner.invoke(app, ["clean", *args, "--quiet"])


# 1. The report never overwrites an input and is never read as one.


def test_report_that_is_an_input_file_is_refused(runner, inputs, tmp_path):
    before = _snapshot(inputs)
    result = _clean(runner, str(inputs), "-o", str(tmp_path / "out"), "--report", str(inputs / "a.txt"))
    assert result.exit_code == 2
    assert "report" in result.output and "a.txt" in result.output and "Traceback" not in result.output
    assert _snapshot(inputs) == before and not (tmp_path / "out").exists()


def test_report_inside_an_input_folder_is_refused(runner, inputs, tmp_path):
    (inputs / "report.jsonl").write_text('{"text": "an earlier report"}\n', encoding="utf-8")
    before = _snapshot(inputs)
    for report in (inputs / "report.jsonl", inputs / "sub" / "new.jsonl"):
        result = _clean(runner, str(inputs), "-o", str(tmp_path / "out"), "--report", str(report))
        assert result.exit_code == 2 and ("inside the input folder" in result.output or "is the input" in result.output)
    result = runner.invoke(app, ["check", str(inputs), "--report", str(inputs / "r.jsonl"), "-q"])
    assert result.exit_code == 2
    assert _snapshot(inputs) == before


def test_report_in_the_output_folder_is_fine(runner, inputs, tmp_path):
    out = tmp_path / "out"
    result = _clean(runner, str(inputs), "-o", str(out), "--report", str(out / "report.jsonl"))
    assert result.exit_code == 0, result.output
    assert (out / "report.jsonl").exists() and (out / "a.txt").exists()


def test_report_that_is_also_an_output_is_refused(runner, inputs, tmp_path):
    out = tmp_path / "out"
    result = _clean(runner, str(inputs), "-o", str(out), "--report", str(out / "a.txt"))
    assert result.exit_code == 2 and "also an output" in result.output


# 2. -o never points at the inputs.


def test_output_equal_to_the_input_folder_is_refused(runner, inputs):
    before = _snapshot(inputs)
    result = _clean(runner, str(inputs), "-o", str(inputs))
    assert result.exit_code == 2 and "--in-place" in result.output
    assert _snapshot(inputs) == before


def test_output_equal_to_the_input_file_is_refused(runner, inputs):
    before = _snapshot(inputs)
    result = _clean(runner, str(inputs / "a.txt"), "-o", str(inputs / "a.txt"))
    assert result.exit_code == 2 and "--in-place" in result.output
    assert _snapshot(inputs) == before


def test_output_folder_inside_an_input_folder_is_refused(runner, inputs):
    result = _clean(runner, str(inputs), "-o", str(inputs / "sub"))
    assert result.exit_code == 2 and not (inputs / "sub").exists()


def test_output_folder_holding_an_input_file_is_refused_when_it_would_overwrite_it(runner, inputs):
    """`cleaner clean in/a.txt -o in`: the input is a file, its output would be itself."""
    before = _snapshot(inputs)
    result = _clean(runner, str(inputs / "a.txt"), "-o", str(inputs))
    assert result.exit_code == 2 and _snapshot(inputs) == before


def test_output_beside_a_single_input_file_is_allowed(runner, inputs):
    result = _clean(runner, str(inputs / "a.txt"), "-o", str(inputs / "a.clean.txt"))
    assert result.exit_code == 0 and (inputs / "a.clean.txt").exists()


# 3. No two inputs share an output path.


def test_same_name_in_two_folders_gives_two_outputs(runner, tmp_path):
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "x.txt").write_text(_other(name * 3), encoding="utf-8")
    for args, out in (((tmp_path / "a", tmp_path / "b"), "o1"), ((tmp_path / "a" / "x.txt", tmp_path / "b" / "x.txt"), "o2")):
        result = _clean(runner, *map(str, args), "-o", str(tmp_path / out))
        assert result.exit_code == 0, result.output
        assert sorted(_snapshot(tmp_path / out)) == ["a/x.txt", "b/x.txt"]
        for name in ("a", "b"):
            assert f"Le {name * 3} dit" in (tmp_path / out / name / "x.txt").read_text(encoding="utf-8")


def test_one_folder_still_mirrors_its_own_layout(runner, inputs, tmp_path):
    (inputs / "sub").mkdir()
    (inputs / "sub" / "c.txt").write_text(_other("chapeau"), encoding="utf-8")
    assert _clean(runner, str(inputs), "-o", str(tmp_path / "out")).exit_code == 0
    assert sorted(_snapshot(tmp_path / "out")) == ["a.txt", "b.txt", "sub/c.txt"]


def test_html_keeps_its_suffix_only_when_a_text_file_takes_its_name(runner, tmp_path):
    src = tmp_path / "c"
    src.mkdir()
    (src / "x.html").write_text("<html><body><p>Un paragraphe HTML assez long pour être gardé ici.</p></body></html>", encoding="utf-8")
    (src / "x.txt").write_text(TEXT, encoding="utf-8")
    (src / "y.html").write_text("<html><body><p>Un autre paragraphe HTML assez long pour rester.</p></body></html>", encoding="utf-8")
    assert _clean(runner, str(src), "-o", str(tmp_path / "out")).exit_code == 0
    outputs = _snapshot(tmp_path / "out")
    assert sorted(outputs) == ["x.html.txt", "x.txt", "y.txt"]
    assert b"HTML" in outputs["x.html.txt"] and b"seconde phrase" in outputs["x.txt"]


def test_a_remaining_clash_skips_the_renamed_file_instead_of_overwriting(runner, tmp_path):
    """x.html beside x.txt would become x.html.txt, which a real input already is: the real one
    keeps its name, the HTML file is skipped (exit 3), nothing is written twice."""
    src = tmp_path / "c"
    src.mkdir()
    (src / "x.html").write_text("<html><body><p>Un paragraphe HTML assez long pour être gardé ici.</p></body></html>", encoding="utf-8")
    (src / "x.txt").write_text(TEXT, encoding="utf-8")
    (src / "x.html.txt").write_text(_other("hameau"), encoding="utf-8")
    files = [InputFile(src / n, n, Path(n)) for n in ("x.html", "x.html.txt", "x.txt")]  # type: ignore[arg-type]
    plan = plan_outputs([src], files, tmp_path / "out")
    assert set(plan.clashes) == {"x.html"} and sorted(plan.targets) == ["x.html.txt", "x.txt"]
    result = _clean(runner, str(src), "-o", str(tmp_path / "out"))
    assert result.exit_code == 3 and "x.html: skipped: its output" in result.output
    assert b"hameau" in (tmp_path / "out" / "x.html.txt").read_bytes()


NAMES = st.lists(
    st.builds(lambda d, n, s: f"{d}{n}{s}", st.sampled_from(["", "a/", "b/", "a/b/"]), st.sampled_from(["x", "y", "X"]),
              st.sampled_from([".txt", ".html", ".htm", ".HTML", ".jsonl", ".html.txt", ".htm.txt"])),
    unique=True, max_size=12,
)


@settings(max_examples=200, deadline=None)
@given(NAMES)
def test_no_two_inputs_ever_share_an_output(names):
    root = REPO / "tests"  # an existing folder: nothing is read or written
    files = sorted((InputFile(root / n, f"corpus/{n}", Path(n)) for n in names), key=lambda f: f.display)  # type: ignore[arg-type]
    plan = plan_outputs([root], files, Path("/out"))
    targets = list(plan.targets.values())
    assert len(targets) == len(set(targets))
    assert set(plan.targets) | set(plan.clashes) == {f.display for f in files} and not set(plan.targets) & set(plan.clashes)
    for item in files:  # a non-HTML input always keeps its own name
        if item.path.suffix.lower() not in (".html", ".htm"):
            assert plan.targets[item.display] == Path("/out") / str(item.relative)


# 4. Lone surrogates in JSONL records.

SURROGATE_LINE = '{"id": "s1", "text": "a\\ud800b et une phrase assez longue pour rester.", "note": "x\\udc00y"}\n'


def test_lone_surrogate_is_repaired_in_text_and_kept_in_other_fields(runner, tmp_path):
    (tmp_path / "j").mkdir()
    src = tmp_path / "j" / "s.jsonl"
    src.write_text(SURROGATE_LINE, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = _clean(runner, str(src), "-o", str(out), "--report", str(tmp_path / "r.jsonl"))
    assert result.exit_code == 0, result.output
    record = json.loads(out.read_text(encoding="utf-8"))
    assert record["text"].startswith("a\ufffdb") and record["note"] == "x\udc00y"
    for args in (["check", str(src)], ["explain", str(src)], ["clean", str(src.parent), "-o", str(tmp_path / "o2"), "-j", "2"]):
        result = runner.invoke(app, args)
        assert result.exception is None or isinstance(result.exception, SystemExit), args
        assert result.exit_code in (0, 1), (args, result.output)


def test_lone_surrogate_repair_is_recorded():
    item = InputFile(Path("s.jsonl"), "s.jsonl", Path("s.jsonl"))  # type: ignore[arg-type]
    (doc,) = iter_jsonl(item, SURROGATE_LINE.encode())
    assert isinstance(doc, Document) and "\ud800" not in doc.text
    assert doc.repairs == ["lone surrogates replaced with U+FFFD"]
    (clean,) = iter_jsonl(item, b'{"text": "fine"}\n')
    assert clean.repairs == []


def test_lone_surrogate_survives_in_place(runner, tmp_path):
    src = tmp_path / "s.jsonl"
    src.write_text(SURROGATE_LINE, encoding="utf-8")
    result = _clean(runner, str(src), "--in-place")
    assert result.exit_code == 0, result.output
    assert json.loads(src.read_text(encoding="utf-8"))["note"] == "x\udc00y"


# 5. FIFOs and other special files.


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_fifo_is_skipped_not_waited_on(runner, inputs, tmp_path):
    os.mkfifo(inputs / "fifo.txt")
    out = tmp_path / "out"
    result = _clean(runner, str(inputs), "-o", str(out), "--report", str(out / "r.jsonl"))
    assert result.exit_code == 3
    assert "fifo.txt: skipped: not a regular file (named pipe)" in result.output
    assert (out / "a.txt").exists() and not (out / "fifo.txt").exists()
    assert any(json.loads(line).get("kind") == "skipped" for line in (out / "r.jsonl").read_text().splitlines())


# 6. File names that are not UTF-8.


def test_undecodable_name_is_escaped_for_display():
    assert display_name(Path(os.fsdecode(b"d/bad\xffname.txt"))) == "d/bad\\xffname.txt"
    assert display_name(Path("d/été.txt")) == "d/été.txt"


@pytest.mark.skipif(sys.platform == "darwin", reason="the file system refuses non-UTF-8 names")
def test_undecodable_name_in_report_and_messages(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / os.fsdecode(b"bad\xffname.txt")).write_text(TEXT + "Partager sur Facebook\n", encoding="utf-8")
    (src / os.fsdecode(b"empty\xfe.txt")).write_bytes(b"")
    out = tmp_path / "out"
    proc = subprocess.run(
        [sys.executable, "-m", "cleaner", "clean", str(src), "-o", str(out), "--report", str(out / "r.jsonl"), "-q"],
        capture_output=True, cwd=REPO, timeout=120,
    )
    assert proc.returncode == 3 and b"Traceback" not in proc.stderr
    assert b"empty\\xfe.txt: skipped: empty file" in proc.stderr
    report = [json.loads(line) for line in (out / "r.jsonl").read_text(encoding="utf-8").splitlines()]
    assert any(r["file"].endswith("empty\\xfe.txt") and r["kind"] == "skipped" for r in report)
    assert (out / os.fsdecode(b"bad\xffname.txt")).exists()


# 7. A NUL in one JSONL line costs that line only.


def test_nul_in_one_jsonl_line_costs_only_that_line(runner, tmp_path):
    src = tmp_path / "n.jsonl"
    data = b'{"id": "1", "text": "abc\x00def"}\n{"id": "2", "text": "Une phrase assez longue pour rester ici."}\n'
    src.write_bytes(data)
    out = tmp_path / "out.jsonl"
    result = _clean(runner, str(src), "-o", str(out))
    assert result.exit_code == 3 and "n.jsonl:1: skipped: bad JSON" in result.output
    lines = out.read_bytes().split(b"\n")
    assert lines[0] == data.split(b"\n")[0] and b"Une phrase" in lines[1]


# (UTF-16 without a byte-order mark is text: io.lines.unmarked_wide; 32-bit integers are not)
@pytest.mark.parametrize("data", [b"\x1f\x8b\x08\x00" + bytes(range(256)) * 8, b"\x00\x00\x00\x01\x00\x00\x00\x0a" * 40])
def test_really_binary_jsonl_is_still_a_binary_file(runner, tmp_path, data):
    src = tmp_path / "b.jsonl"
    src.write_bytes(data)
    result = _clean(runner, str(src), "-o", str(tmp_path / "out.jsonl"))
    assert result.exit_code == 3 and "binary file" in result.output


# 8. Unreadable files and dangling symlinks are in the report like other skipped files.


def test_unreadable_and_dangling_files_get_a_skipped_report_line(runner, inputs, tmp_path, monkeypatch):
    (inputs / "dangling.txt").symlink_to(inputs / "nowhere.txt")
    (inputs / "locked.txt").write_text(TEXT, encoding="utf-8")
    real_open = os.open

    def refusing_open(path, *args, **kwargs):
        if str(path).endswith("locked.txt"):
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", refusing_open)  # chmod 000 does not stop root
    out = tmp_path / "out"
    result = _clean(runner, str(inputs), "-o", str(out), "--report", str(out / "r.jsonl"))
    monkeypatch.undo()
    assert result.exit_code == 3
    skipped = {Path(r["file"]).name: r["reason"] for r in map(json.loads, (out / "r.jsonl").read_text().splitlines()) if r["kind"] == "skipped"}
    assert skipped == {"dangling.txt": f"cannot read (a symbolic link to {str(inputs / 'nowhere.txt')!r}, which does not exist)", "locked.txt": "cannot read (Permission denied)"}
    assert (out / "a.txt").exists()


# 9. Whitespace-only text is empty.


def test_whitespace_only_text_is_skipped_like_empty(runner, inputs, tmp_path):
    (inputs / "ws.txt").write_bytes(b"  \n\t\r\n")
    result = _clean(runner, str(inputs), "-o", str(tmp_path / "out"))
    assert result.exit_code == 3 and "ws.txt: skipped: empty file (whitespace only)" in result.output
    assert not (tmp_path / "out" / "ws.txt").exists() and (tmp_path / "out" / "a.txt").exists()


# 10. Message wording.


def test_bad_json_message_has_no_doubled_word():
    item = InputFile(Path("j.jsonl"), "j.jsonl", Path("j.jsonl"))  # type: ignore[arg-type]
    (line,) = iter_jsonl(item, b'{"text": "unterminated\n')
    assert line.error.reason == "bad JSON (Unterminated string starting at column 10)"


# 11. SIGTERM removes temporary files.


SIGTERM_DURING_WRITE = """
import os, signal, sys
from cleaner import cli
from cleaner.io import outputs

# A shell starts background jobs with SIGINT ignored, and Python keeps it so: give Ctrl-C back
# its usual meaning, or a test run launched in the background sees no KeyboardInterrupt.
signal.signal(signal.SIGINT, signal.default_int_handler)

def commit_after_signal(self):
    self._open(self.target)  # the temporary file now exists beside the output
    os.kill(os.getpid(), int(os.environ["SEND_SIGNAL"]))

outputs.OutputStream.commit = commit_after_signal
sys.argv = ["cleaner", *sys.argv[1:]]
cli.main()
"""


@pytest.mark.parametrize(("signum", "message"), [(signal.SIGTERM, b"terminated"), (signal.SIGINT, b"")])
def test_sigterm_leaves_no_temporary_file(inputs, tmp_path, signum, message):
    out = tmp_path / "out"
    proc = subprocess.run(
        [sys.executable, "-c", SIGTERM_DURING_WRITE, "clean", str(inputs), "-o", str(out), "--report", str(out / "r.jsonl"), "-q"],
        cwd=REPO, capture_output=True, timeout=120, env={**os.environ, "SEND_SIGNAL": str(int(signum))},
    )
    assert proc.returncode == 128 + signum, proc.stderr
    assert b"Traceback" not in proc.stderr and message in proc.stderr
    assert out.is_dir() and not list(out.glob(".*.tmp")) and not list(out.glob("*.txt"))


def test_index_that_is_an_input_file_is_refused(runner, inputs, tmp_path):
    empty = inputs / "empty.txt"
    empty.write_bytes(b"")
    result = _clean(runner, str(inputs), "-o", str(tmp_path / "out"), "--index", str(empty))
    assert result.exit_code == 2 and "index" in result.output
    assert empty.read_bytes() == b""
    result = _clean(runner, str(inputs), "-o", str(tmp_path / "out"), "--index", str(inputs / "idx.sqlite"))
    assert result.exit_code == 3 and "empty.txt: skipped" in result.output  # an index beside the inputs is fine


def test_folder_that_cannot_be_listed_is_named_not_silently_missed(runner, inputs, tmp_path, monkeypatch):
    (inputs / "locked").mkdir()
    (inputs / "locked" / "c.txt").write_text(_other("cadenas"), encoding="utf-8")
    real_scandir = os.scandir

    def refusing_scandir(path="."):
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", refusing_scandir)
    out = tmp_path / "out"
    result = _clean(runner, str(inputs), "-o", str(out), "--report", str(out / "r.jsonl"))
    monkeypatch.undo()
    assert result.exit_code == 3
    assert "locked: skipped: cannot read the folder (Permission denied)" in result.output
    assert (out / "a.txt").exists() and not (out / "locked").exists()


def test_explain_names_bad_jsonl_lines_and_special_files(runner, tmp_path):
    src = tmp_path / "j.jsonl"
    src.write_bytes(b'{"text": "Une phrase assez longue pour rester ici."}\n{"text": "cut\n')
    result = runner.invoke(app, ["explain", str(src)])
    assert result.exit_code == 3 and "j.jsonl:2: skipped: bad JSON" in result.output
    assert "Une phrase" in result.output
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "p.txt")
        result = runner.invoke(app, ["explain", str(tmp_path / "p.txt")])
        assert result.exit_code == 3 and "not a regular file" in result.output


def test_links_to_inputs_are_inputs(runner, inputs, tmp_path):
    """A hard link in the output folder, or an output folder that is a symlink into the inputs."""
    out = tmp_path / "out"
    out.mkdir()
    os.link(inputs / "a.txt", out / "a.txt")
    before = _snapshot(inputs)
    result = _clean(runner, str(inputs), "-o", str(out))
    assert result.exit_code == 2 and "is the input" in result.output
    (inputs / "sub").mkdir()
    (tmp_path / "alias").symlink_to(inputs / "sub")
    result = _clean(runner, str(inputs), "-o", str(tmp_path / "alias"))
    assert result.exit_code == 2 and "inside the input folder" in result.output
    assert _snapshot(inputs) == before


def test_index_that_is_the_report_is_refused(runner, inputs, tmp_path):
    index = tmp_path / "idx.sqlite"
    assert _clean(runner, str(inputs), "-o", str(tmp_path / "o1"), "--index", str(index)).exit_code == 0
    before = index.read_bytes()
    result = _clean(runner, str(inputs), "-o", str(tmp_path / "o2"), "--index", str(index), "--report", str(index))
    assert result.exit_code == 2 and "index" in result.output and index.read_bytes() == before


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"jobs": 0}, "jobs must be at least 1"),
        ({"in_place": True, "output": Path("out")}, "not both"),
        ({"check": True, "in_place": True}, "writes nothing"),
        ({"max_findings": -1}, "max_findings"),
    ],
)
def test_contradictory_run_options_are_refused_early(kwargs, message):
    from cleaner.run import RunOptions

    with pytest.raises(ValueError, match=message):
        RunOptions(**kwargs)
    RunOptions(check=True, jobs=2)  # a sound combination


def test_an_output_that_cannot_be_written_skips_that_file_only(runner, inputs, tmp_path):
    out = tmp_path / "out"
    (out / "a.txt").mkdir(parents=True)  # a folder where the output file should go
    result = _clean(runner, str(inputs), "-o", str(out), "--report", str(out / "r.jsonl"))
    assert result.exit_code == 3 and "a.txt: skipped: cannot write" in result.output
    assert (out / "b.txt").is_file() and not list(out.glob(".*.tmp"))
    skipped = [json.loads(line) for line in (out / "r.jsonl").read_text().splitlines() if '"skipped"' in line]
    assert [Path(r["file"]).name for r in skipped] == ["a.txt"]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
def test_a_full_disk_under_the_report_is_a_message_not_a_traceback(runner, inputs, tmp_path):
    result = _clean(runner, str(REPO / "seeds"), "-o", str(tmp_path / "out"), "--report", "/dev/full")  # many removals
    assert result.exit_code == 2 and "cannot write the report /dev/full" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


@pytest.mark.skipif(shutil.which("git") is None, reason="git is needed for the hook")
def test_lone_surrogate_in_the_pre_commit_fixer(tmp_path, monkeypatch):
    from cleaner.hook import fix_main

    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t", "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@t"}
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True, env=env)
    (tmp_path / "s.jsonl").write_text(SURROGATE_LINE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert fix_main(["s.jsonl", "--no-memory"]) == 1  # rewritten: U+FFFD in text
    record = json.loads((tmp_path / "s.jsonl").read_text(encoding="utf-8"))
    assert "\ufffd" in record["text"] and record["note"] == "x\udc00y"
    assert fix_main(["s.jsonl", "--no-memory"]) == 0  # and stable


def test_a_folder_input_always_mirrors_into_a_folder(runner, tmp_path):
    """`-o out.2` names a folder when the input is a folder, even one holding a single file."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out.2"
    result = runner.invoke(app, ["clean", "-q", str(folder), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert (out / "a.txt").read_text(encoding="utf-8") == TEXT
