"""`clean --in-place DIR` then `check DIR` passes on news folders whose pages share wire text.

What the first pass keeps of a page depends on the other pages: the order a run meets them (an
earlier, shorter version is met after the longer one that holds it), and which lines stand
beside copied text. Rewriting the folder changes both, so a second run found more to remove in
one folder of four built by benchmarks/fuzz_fixedpoint.py (10-30 pages of a few wire stories
reprinted by a few sites). Decision: `--in-place` runs again over the rewritten files while a
pass changes one (at most `run.SETTLE_PASSES`); the report marks a later pass's lines `pass`.
The two folders here are that fuzzer's failures, shrunk by deleting files and lines.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleaner.cli import app
from cleaner.config import Config
from cleaner.run import RunOptions, run

RABADA = (
    "South African quick Kagiso Rabada did most of the damage after tea, taking three wickets in 11 balls "
    "as the ball started to reverse."
)
# An earlier page holding only the sentence, a page that glued the site's caption to it, a page
# with the sentence and a footer: the first pass meets the footer page early (the earlier page is
# a shorter version of it), the second meets the captioned page first.
CRICKET = {
    "site0/005.txt": RABADA,
    "site2/011.txt": "Day three starts 10am AEST " + RABADA,
    "site2/014.txt": RABADA + "\nRead more local news on our website and app.",
}
QUESTION = "Sie setzen auf Stücke, die polarisieren. Verprellen Sie damit nicht das Stammpublikum?"
ANSWER = (
    "Kessler: Manche schreiben mir böse Briefe, das gehört dazu. Aber die Abonnements sind nicht "
    "eingebrochen, im Gegenteil: Wir haben 120 neue Abonnenten gewonnen."
)
# An interview reprinted with question and answer merged: the first pass takes the answer's long
# sentences and keeps the short question (stock-sentence length); the second finds the question,
# now a page of its own, a copy of the first page's paragraph: the whole page is a duplicate.
INTERVIEW = {"site2/021.txt": QUESTION + "\n" + ANSWER, "site3/005.txt": QUESTION + " " + ANSWER}


def _folder(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "corpus"
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    return root


def _state(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("files", [CRICKET, INTERVIEW], ids=["cricket", "interview"])
def test_check_passes_after_in_place(runner, tmp_path, files):
    root = _folder(tmp_path, files)
    first = runner.invoke(app, ["clean", str(root), "--in-place", "-q", "--fail-on-change"])
    assert first.exit_code == 1, first.output
    after = _state(root)
    check = runner.invoke(app, ["check", str(root), "-q"])
    assert check.exit_code == 0, check.output
    again = runner.invoke(app, ["clean", str(root), "--in-place", "-q", "--fail-on-change"])
    assert again.exit_code == 0, again.output
    assert _state(root) == after


def test_the_interview_reprint_is_emptied_and_named_with_its_original(runner, tmp_path):
    root = _folder(tmp_path, INTERVIEW)
    report = tmp_path / "report.jsonl"
    result = runner.invoke(app, ["clean", str(root), "--in-place", "--report", str(report)])
    assert result.exit_code == 0, result.output
    assert (root / "site3/005.txt").read_bytes() == b""
    assert (root / "site2/021.txt").read_text(encoding="utf-8") == QUESTION + "\n\n" + ANSWER + "\n"
    records = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]
    first = [r for r in records if "pass" not in r]
    later = [r for r in records if r.get("pass") == 2]
    assert {r["text"] for r in first if r["kind"] == "span"} == {
        "Kessler: Manche schreiben mir böse Briefe, das gehört dazu.",
        "Aber die Abonnements sind nicht eingebrochen, im Gegenteil: Wir haben 120 neue Abonnenten gewonnen.",
    }
    whole = [r for r in later if r["kind"] == "document"]
    assert [(r["file"].endswith("site3/005.txt"), r["duplicate_of"].endswith("site2/021.txt")) for r in whole] == [(True, True)]


def test_findings_of_both_passes_are_listed_once_per_file(tmp_path):
    root = _folder(tmp_path, INTERVIEW)
    summary = run([root], Config(), RunOptions(in_place=True))
    changed = {Path(r.file).relative_to(root).as_posix(): r for r in summary.changed}
    assert set(changed) == {"site2/021.txt", "site3/005.txt"}  # 021 gained its paragraph break
    reprint = changed["site3/005.txt"]
    assert reprint.duplicate_of is not None and reprint.duplicate_of.endswith("site2/021.txt")
    assert [f.message for f in reprint.findings][-1].startswith("duplicate of ")
    assert len(reprint.findings) == 3  # two answer sentences, then the whole page


def test_a_skipped_input_is_named_once_in_the_report(tmp_path):
    root = _folder(tmp_path, INTERVIEW)
    (root / "bad.txt").write_bytes(b"\x00\x01\x02binary\xff\xfe" * 50)
    report = tmp_path / "report.jsonl"
    summary = run([root], Config(), RunOptions(in_place=True, report=report))
    records = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]
    assert len([r for r in records if r["kind"] == "skipped"]) == 1
    assert len(summary.problems) == 1 and summary.exit_code(fail_on_change=False) == 3


def test_settle_false_runs_one_pass(tmp_path):
    root = _folder(tmp_path, INTERVIEW)
    run([root], Config(settle=False), RunOptions(in_place=True))
    assert (root / "site3/005.txt").read_text(encoding="utf-8").strip() == QUESTION
