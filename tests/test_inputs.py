"""Finding and reading inputs: selection, order, sources, JSONL records, large single lines."""

import json
from pathlib import Path, PurePosixPath

from cleaner.config import Config
from cleaner.io.inputs import InputFile, find_inputs, source_of
from cleaner.io.rawline import RawLine
from cleaner.io.records import iter_jsonl
from cleaner.io.targets import plan_outputs
from cleaner.run import RunOptions, run


def _touch(path: Path, text: str = "x\n") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_folders_are_searched_recursively_in_sorted_order(tmp_path):
    for name in ["b/z.txt", "a.txt", "b/a.jsonl", "c/page.html", "notes.md", ".git/x.txt"]:
        _touch(tmp_path / name)
    found = find_inputs([tmp_path], Config().include)
    assert [f.relative.as_posix() for f in found] == ["a.txt", "b/a.jsonl", "b/z.txt", "c/page.html"]


def test_exclude_globs_win_over_include(tmp_path):
    for name in ["keep/a.txt", "drafts/b.txt"]:
        _touch(tmp_path / name)
    found = find_inputs([tmp_path], ("*.txt",), ("drafts/*",))
    assert [f.relative.as_posix() for f in found] == ["keep/a.txt"]


def test_argument_order_does_not_change_processing_order(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    _touch(a)
    _touch(b)
    assert find_inputs([b, a], ("*.txt",)) == find_inputs([a, b], ("*.txt",))


def test_html_outputs_are_text_files(tmp_path):
    item = InputFile(tmp_path / "sub" / "p.html", "p.html", PurePosixPath("sub/p.html"))
    out = tmp_path / "out"
    assert item.kind == "html" and plan_outputs([tmp_path], [item], out).targets["p.html"] == out / "sub" / "p.txt"


def test_source_is_the_url_host_or_the_fallback():
    assert source_of("https://www.lemonde.fr/a/b.html", "feed") == "lemonde.fr"
    assert source_of(None, "corpus/feed-1") == "corpus/feed-1"
    assert source_of("not a url", "f") == "f"


def test_jsonl_records_keep_ids_and_bad_lines_are_values(tmp_path):
    item = InputFile(tmp_path / "c.jsonl", "c.jsonl", PurePosixPath("c.jsonl"))
    data = "\n".join([json.dumps({"id": 7, "text": "Bonjour."}), "[1, 2]", "", json.dumps({"text": "Sans id."})]).encode()
    items = list(iter_jsonl(item, data))
    assert items[0].id == "c.jsonl#7" and items[0].meta["line"] == 1
    assert isinstance(items[1], RawLine) and "object" in items[1].error.reason and items[1].error.item == "c.jsonl:2"
    assert items[2].id == "c.jsonl#4"  # no id: the line number names it


def test_a_huge_single_line_is_cleaned(tmp_path):
    sentence = "Le dirigeant a rencontré son homologue pendant deux heures au Kremlin mardi soir. "
    words = sentence.split()
    body = " ".join(f"{w}{i % 997}" if j == 3 else w for i in range(60_000) for j, w in enumerate(words[:6]))
    src = tmp_path / "big.txt"
    src.write_text(body + "\n", encoding="utf-8")
    assert src.stat().st_size > 2_000_000
    summary = run([src], Config(), RunOptions(output=tmp_path / "out.txt"))
    assert not summary.problems
    out = (tmp_path / "out.txt").read_text(encoding="utf-8")
    assert out.startswith("Le dirigeant a rencontré0")
