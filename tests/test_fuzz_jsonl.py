"""JSONL lines that are valid JSON but that Python's reader, a worker's pickle or a rewrite could
not take: each costs its own line (reported, passed through byte for byte), never the run.

Found by mutation fuzzing (benchmarks/fuzz_cli.py): a line nested a thousand levels deep stopped
the whole run with a RecursionError (and from ~500 levels, only with --jobs 2, in the pickle that
sends records to the workers); an integer of 5,000 digits stopped it with a ValueError.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleaner.config import Config
from cleaner.run import EXIT_BAD_INPUT, RunOptions, run

GOOD = {"id": "a", "text": "Council approves budget\nThe council approved the new budget on Tuesday after a long debate."}
OTHER = {"id": "b", "text": "Ferry returns\nResidents will pay three percent more for water from April, the treasurer said."}
BODY = '"text": "Some text here that is long enough to be a paragraph of an article."'
ODD_LINES = {
    "nested_deep": '{"id": "deep", ' + BODY + ', "x": ' + "[" * 5000 + "]" * 5000 + "}",
    "nested_past_the_pickle": '{"id": "deep", ' + BODY + ', "x": ' + "[" * 600 + "]" * 600 + "}",
    "nested_objects": '{"id": "deep", ' + BODY + ', "x": ' + '{"a": ' * 3000 + "1" + "}" * 3000 + "}",
    "huge_integer": '{"id": ' + "9" * 5000 + ", " + BODY + "}",
}


def _feed(tmp_path: Path, odd: str) -> tuple[Path, bytes]:
    data = (json.dumps(GOOD) + "\n" + odd + "\n" + json.dumps(OTHER) + "\n").encode()
    path = tmp_path / "in" / "feed.jsonl"
    path.parent.mkdir()
    path.write_bytes(data)
    return path, data


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize("name", sorted(ODD_LINES))
def test_an_odd_but_valid_json_line_costs_only_its_line(tmp_path, name, jobs):
    path, data = _feed(tmp_path, ODD_LINES[name])
    out = tmp_path / "out.jsonl"
    summary = run([path], Config(), RunOptions(output=out, jobs=jobs))
    assert summary.exit_code(fail_on_change=False) == EXIT_BAD_INPUT
    assert len(summary.problems) == 1 and summary.problems[0].item.endswith("feed.jsonl:2")
    lines = out.read_bytes().split(b"\n")
    assert lines[1] == data.split(b"\n")[1]  # passed through as it was
    assert json.loads(lines[0])["id"] == "a" and json.loads(lines[2])["id"] == "b"


def test_the_reason_says_what_is_wrong(tmp_path):
    reasons = {}
    for name in ("nested_deep", "huge_integer"):
        folder = tmp_path / name
        folder.mkdir()
        path, _ = _feed(folder, ODD_LINES[name])
        reasons[name] = run([path], Config(), RunOptions(check=True)).problems[0].reason
    assert "nested" in reasons["nested_deep"] and "levels" in reasons["nested_deep"]
    assert "number" in reasons["huge_integer"] and "digits" in reasons["huge_integer"]


def test_a_record_nested_as_deep_as_real_ones_is_read(tmp_path):
    nested = {"id": "n", "text": GOOD["text"], "meta": json.loads("[" * 60 + "1" + "]" * 60)}
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps(nested) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    summary = run([path], Config(), RunOptions(output=out, jobs=2))
    assert not summary.problems
    assert json.loads(out.read_text(encoding="utf-8"))["meta"] == nested["meta"]


@pytest.mark.parametrize("url", ["https://[::1/", "http://]x.org/", "http://[zz]/"])
def test_a_malformed_url_is_no_site_and_costs_nothing(tmp_path, url):
    """urlsplit raises ValueError on an unbalanced IPv6 bracket: it stopped the run."""
    from cleaner.io.fields import record_source

    assert record_source({"url": url, "domain": "www.site.org"}, "feed.jsonl") == "site.org"
    assert record_source({"url": url}, "feed.jsonl") == "feed.jsonl"
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({**GOOD, "url": url}) + "\n" + json.dumps(OTHER) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    summary = run([path], Config(), RunOptions(output=out, jobs=1))
    assert not summary.problems
    assert [json.loads(line)["url"] for line in out.read_text(encoding="utf-8").splitlines()[:1]] == [url]
