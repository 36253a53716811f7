"""The command line's process ends with what it cleaned written and closed.

`cli.main` runs the collector as a cleaning loop does and freezes what is left before the
interpreter's last collection (which walked every rule, memo and dedup entry to free nothing):
nothing may then depend on that collection. Outputs, the report and the index are written and
closed by `run`'s `with` blocks, so a run in its own process gives what the same run gives
in-process, and a second process finds the index complete.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from cleaner.cli import app

REPO = Path(__file__).resolve().parent.parent
BODY = "The harbour authority reopened the north quay on Monday after three weeks of repairs to the crane rails."
RECORDS = [
    {"id": "1", "text": f"{BODY}\n\nShare this article"},
    {"id": "2", "text": f"A different story about the school board, long enough to be kept as it is here.\n\n{BODY}"},
]


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "cleaner", *args], cwd=REPO, capture_output=True, timeout=120)


def test_a_run_in_its_own_process_writes_what_an_in_process_run_writes(runner, tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in RECORDS))
    done = _cli("clean", str(source), "-o", str(tmp_path / "a.jsonl"), "--report", str(tmp_path / "a.report"), "-q")
    assert done.returncode == 0, done.stderr
    result = runner.invoke(app, ["clean", str(source), "-o", str(tmp_path / "b.jsonl"), "--report", str(tmp_path / "b.report"), "-q"])
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "a.jsonl").read_bytes() == (tmp_path / "b.jsonl").read_bytes()
    assert (tmp_path / "a.report").read_bytes() == (tmp_path / "b.report").read_bytes()
    rules = [json.loads(line).get("rule", "") for line in (tmp_path / "a.report").read_text().splitlines()]
    assert "en.share.buttons" in rules and any(rule.startswith("dedup.") for rule in rules)


def test_an_index_a_process_built_is_complete_for_the_next_one(tmp_path):
    first, second, index = tmp_path / "first.jsonl", tmp_path / "second.jsonl", tmp_path / "seen.idx"
    first.write_text(json.dumps(RECORDS[0]) + "\n")
    second.write_text(json.dumps({"id": "3", "text": f"{BODY}\n\nAnother paragraph, written for this page alone, stays."}) + "\n")
    assert _cli("clean", str(first), "--index", str(index), "-o", str(tmp_path / "one.jsonl"), "-q").returncode == 0
    done = _cli("clean", str(second), "--index", str(index), "-o", str(tmp_path / "two.jsonl"), "-q")
    assert done.returncode == 0, done.stderr
    [record] = [json.loads(line) for line in (tmp_path / "two.jsonl").read_text().splitlines()]
    assert BODY not in record["text"] and "written for this page alone" in record["text"]
