"""The CLI end to end (CliRunner): outputs, report, check, in-place, explain, bad input, exit codes."""

import json
from pathlib import Path

import pytest

from cleaner.cli import app

ARTICLE = (
    "La Russie et la Corée du Nord envisagent une coopération militaire\n\n"
    "Le dirigeant nord-coréen a assuré mercredi à son homologue que la visite serait un succès pour les deux pays.\n\n"
    "Pendant environ deux heures, ils ont eu des discussions officielles avec leurs délégations respectives.\n\n"
    "Facebook\nTwitter\nLinkedIn\nPinterest\n\nLeave a Comment\n"
)
REPEAT = "Pendant environ deux heures, ils ont eu des discussions officielles avec leurs délégations respectives."


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (root / "sub" / "b.txt").write_text("Un autre article commence ici avec une phrase assez longue pour compter.\n" + REPEAT + "\n", encoding="utf-8")
    return root


def test_clean_mirrors_paths_and_removes_junk(runner, corpus, tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(app, ["clean", str(corpus), "-o", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    a = (out / "a.txt").read_text(encoding="utf-8")
    assert "Pendant environ deux heures" in a
    assert "Pinterest" not in a and "Leave a Comment" not in a
    b = (out / "sub" / "b.txt").read_text(encoding="utf-8")
    assert "Un autre article" in b
    assert REPEAT not in b  # already said in a.txt, which sorts first


def test_report_says_where_what_and_why(runner, corpus, tmp_path):
    report = tmp_path / "report.jsonl"
    result = runner.invoke(app, ["clean", str(corpus), "-o", str(tmp_path / "out"), "--report", str(report), "-q"])
    assert result.exit_code == 0
    records = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]
    text = (corpus / "a.txt").read_text(encoding="utf-8")
    spans = [r for r in records if r["kind"] == "span" and r["file"].endswith("a.txt")]
    assert spans and all(text[r["start"] : r["end"]] == r["text"] for r in spans)
    assert {r["reason"] for r in spans} == {"boilerplate"}
    dup = [r for r in records if r["reason"] == "duplicate" and r["file"].endswith("b.txt")]
    assert dup and dup[0]["original"]["doc"].endswith("a.txt")
    assert text[dup[0]["original"]["start"] : dup[0]["original"]["end"]].startswith("Pendant")


def test_check_changes_nothing_and_names_findings(runner, corpus):
    before = (corpus / "a.txt").read_bytes()
    result = runner.invoke(app, ["check", str(corpus), "-q"])
    assert result.exit_code == 1
    assert (corpus / "a.txt").read_bytes() == before
    lines = result.stdout.splitlines()
    assert any(line.startswith(f"{corpus.as_posix()}/a.txt:") and "boilerplate" in line for line in lines)


def test_cleaned_output_passes_check(runner, corpus, tmp_path):
    out = tmp_path / "out"
    assert runner.invoke(app, ["clean", str(corpus), "-o", str(out), "-q"]).exit_code == 0
    result = runner.invoke(app, ["check", str(out), "-q"])
    assert result.exit_code == 0, result.stdout


def test_in_place_rewrites_then_is_stable(runner, corpus):
    assert runner.invoke(app, ["clean", str(corpus), "--in-place", "-q"]).exit_code == 0
    first = (corpus / "a.txt").read_bytes()
    assert b"Pinterest" not in first
    assert runner.invoke(app, ["clean", str(corpus), "--in-place", "-q", "--fail-on-change"]).exit_code == 0
    assert (corpus / "a.txt").read_bytes() == first
    assert not list(corpus.rglob("*.tmp"))


def test_fail_on_change_reports_a_fix(runner, corpus):
    assert runner.invoke(app, ["clean", str(corpus), "--in-place", "-q", "--fail-on-change"]).exit_code == 1


def test_single_file_to_named_output(runner, tmp_path):
    src = tmp_path / "one.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    dest = tmp_path / "clean.txt"
    assert runner.invoke(app, ["clean", str(src), "-o", str(dest), "-q"]).exit_code == 0
    assert dest.read_text(encoding="utf-8").startswith("La Russie et la Corée du Nord")


def test_jsonl_keeps_fields_and_passes_bad_lines_through(runner, tmp_path):
    src = tmp_path / "c.jsonl"
    good = {"id": "r1", "text": ARTICLE, "url": "https://example.org/a", "lang": "fr"}
    src.write_text(json.dumps(good) + "\n{not json\n" + json.dumps({"id": "r3"}) + "\n", encoding="utf-8")
    dest = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["clean", str(src), "-o", str(dest), "-q"])
    assert result.exit_code == 3
    assert f"{src.as_posix()}:2: skipped: bad JSON" in result.stderr
    assert f"{src.as_posix()}:3: skipped: no string field 'text'" in result.stderr
    lines = dest.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3 and lines[1] == "{not json"
    record = json.loads(lines[0])
    assert record["id"] == "r1" and record["url"] == good["url"] and record["lang"] == "fr"
    assert "Pinterest" not in record["text"] and "Pendant environ" in record["text"]


@pytest.mark.parametrize(
    "name,data,reason",
    [
        ("empty.txt", b"", "empty file"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file"),
    ],
)
def test_bad_file_is_named_skipped_and_the_rest_cleaned(runner, corpus, tmp_path, name, data, reason):
    (corpus / name).write_bytes(data)
    out = tmp_path / "out"
    result = runner.invoke(app, ["clean", str(corpus), "-o", str(out)])
    assert result.exit_code == 3
    assert f"{(corpus / name).as_posix()}: skipped: {reason}" in result.stderr
    assert "Traceback" not in result.output
    assert (out / "a.txt").exists() and not (out / name).exists()
    assert (corpus / name).read_bytes() == data  # nothing lost


def test_latin1_file_is_decoded(runner, tmp_path):
    src = tmp_path / "latin.txt"
    src.write_bytes("Le café du matin était très fort à Paris hier.\n".encode("latin-1"))
    dest = tmp_path / "out.txt"
    assert runner.invoke(app, ["clean", str(src), "-o", str(dest), "-q"]).exit_code == 0
    assert dest.read_text(encoding="utf-8") == "Le café du matin était très fort à Paris hier.\n"


def test_explain_shows_kept_and_removed(runner, corpus):
    result = runner.invoke(app, ["explain", str(corpus / "a.txt")], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "kept" in result.stdout and "boilerplate" in result.stdout


def test_output_and_in_place_are_exclusive(runner, corpus, tmp_path):
    assert runner.invoke(app, ["clean", str(corpus), "-o", str(tmp_path / "o"), "--in-place"]).exit_code == 2
    assert runner.invoke(app, ["clean", str(corpus)]).exit_code == 2


def test_bad_config_is_a_usage_error(runner, corpus, tmp_path):
    cfg = tmp_path / "cleaner.toml"
    cfg.write_text("[dedup]\nthreshold = 'high'\n", encoding="utf-8")
    result = runner.invoke(app, ["check", str(corpus), "--config", str(cfg)])
    assert result.exit_code == 2
    assert "threshold" in result.stderr and "Traceback" not in result.output


def test_same_output_for_any_worker_count(runner, corpus, tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    assert runner.invoke(app, ["clean", str(corpus), "-o", str(one), "-q", "--jobs", "1"]).exit_code == 0
    assert runner.invoke(app, ["clean", str(corpus), "-o", str(two), "-q", "--jobs", "2"]).exit_code == 0
    for path in one.rglob("*.txt"):
        assert (two / path.relative_to(one)).read_bytes() == path.read_bytes()


def test_a_folder_with_no_matching_file_says_so(runner, tmp_path):
    """`include = "notalist"` or a folder of .md files cleans nothing: say why instead of a silent 0."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "notes.md").write_text("Une note.\n", encoding="utf-8")
    result = runner.invoke(app, ["clean", str(folder), "-o", str(tmp_path / "out"), "-q"])
    assert result.exit_code == 0
    assert "no input file matches the include patterns (*.txt, *.jsonl, *.html, *.htm, *.txt.gz" in result.stderr
    (folder / "a.txt").write_text("Une phrase assez longue pour rester dans la sortie propre.\n", encoding="utf-8")
    result = runner.invoke(app, ["clean", str(folder), "-o", str(tmp_path / "out"), "-q"])
    assert "no input file matches" not in result.stderr


def test_explain_reads_the_html_a_jsonl_record_holds(runner, tmp_path):
    """`explain` takes --html-field as clean and check do: a corpus of raw pages was shown only
    as "no string field 'text'"."""
    page = ("<html><head><title>Bridge</title></head><body><nav>Home | News</nav><article><h1>Bridge to be rebuilt</h1>"
            "<p>The council voted on Tuesday to rebuild the old bridge, after two years of debate about its cost.</p>"
            "<p>Engineers said the new structure would carry twice the traffic and resist the spring floods.</p></article></body></html>")
    src = tmp_path / "pages.jsonl"
    src.write_text(json.dumps({"id": "p1", "html": page}) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["explain", str(src), "--html-field", "html"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "The council voted on Tuesday" in result.stdout and "kept" in result.stdout
    assert runner.invoke(app, ["explain", str(src)]).exit_code == 3
