"""The fields of a JSONL record that cleaner reads: the text (`--text-field`, `text_field` in
cleaner.toml) and the site it comes from (the scope of the template and reprint policies), which
corpora keep under different names, some in a metadata object."""

from __future__ import annotations

import json
from pathlib import Path, PurePosixPath

import pytest

from cleaner.cli import app
from cleaner.config import Config
from cleaner.io.fields import record_source
from cleaner.io.inputs import InputFile
from cleaner.io.records import iter_jsonl
from cleaner.run import RunOptions, run


@pytest.mark.parametrize(
    "record, source",
    [
        ({"url": "https://www.alpha.example/a"}, "alpha.example"),
        ({"metadata": {"url": "https://beta.example/b"}}, "beta.example"),  # datatrove's writer
        ({"meta": {"source_url": "http://gamma.example:8080/c?x=1"}}, "gamma.example"),
        ({"link": "https://delta.example/d", "url": "not a url"}, "delta.example"),
        ({"domain": "WWW.Epsilon.example"}, "epsilon.example"),
        ({"metadata": {"site": "zeta.example"}}, "zeta.example"),
        ({"url": "", "domain": "no dot", "site": 3, "metadata": "x"}, "corpus.jsonl"),
        ({}, "corpus.jsonl"),
    ],
)
def test_the_source_is_the_first_host_found(record, source):
    assert record_source(record, "corpus.jsonl") == source


def test_iter_jsonl_gives_each_record_its_site(tmp_path):
    item = InputFile(tmp_path / "c.jsonl", "c.jsonl", PurePosixPath("c.jsonl"))
    records = [{"id": "1", "text": "x", "metadata": {"url": "https://a.example/1"}}, {"id": "2", "text": "y"}]
    data = "".join(json.dumps(r) + "\n" for r in records).encode()
    assert [doc.source for doc in iter_jsonl(item, data)] == ["a.example", "c.jsonl"]


LEADS = [
    "Le conseil municipal de Lorient a voté hier soir un budget en hausse pour les écoles, après un long débat.",
    "À Vannes, la rentrée se prépare déjà : trois classes supplémentaires ouvriront dans les quartiers nord.",
    "Quimper recrutera vingt animateurs périscolaires cet automne, annonce la mairie dans un communiqué.",
]
SHARED = "Les syndicats d'enseignants ont salué une décision qu'ils réclamaient depuis plusieurs années déjà."


def test_a_paragraph_three_sites_share_is_a_reprint_kept_once_not_template_of_one_file(tmp_path: Path):
    """Three sites in one datatrove-style file share a paragraph: read as one source (the file),
    it would be template and go from every record; read by site, the first copy stays."""
    records = [
        {"id": str(i), "text": f"{lead}\n{SHARED}\n", "metadata": {"url": f"https://{host}.example/{i}"}}
        for i, (lead, host) in enumerate(zip(LEADS, "abc"))
    ]
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    run([src], Config(), RunOptions(output=out))
    texts = [json.loads(line)["text"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert [SHARED in t for t in texts] == [True, False, False]


BODY = (
    "Le conseil municipal a voté le budget des écoles hier soir après un long débat sur les cantines.\n"
    "Partager sur Facebook\n"
    "La séance a duré quatre heures et s'est terminée tard dans la nuit, selon les élus présents.\n"
)


def _news_please(tmp_path: Path) -> Path:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"title": "Budget", "maintext": BODY, "source_domain": "a.example"}) + "\n", encoding="utf-8")
    return src


def test_text_field_names_where_the_text_is_read_and_written_back(runner, tmp_path):
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["clean", str(_news_please(tmp_path)), "-o", str(out), "--text-field", "maintext"])
    assert result.exit_code == 0, result.output
    record = json.loads(out.read_text(encoding="utf-8"))
    assert set(record) == {"title", "maintext", "source_domain"}
    assert "Partager" not in record["maintext"] and "quatre heures" in record["maintext"]


def test_text_field_from_the_configuration_file(runner, tmp_path):
    config = tmp_path / "cleaner.toml"
    config.write_text('text_field = "maintext"\n', encoding="utf-8")
    result = runner.invoke(app, ["check", str(_news_please(tmp_path)), "--config", str(config)])
    assert result.exit_code == 1 and "common.share" in result.output


def test_a_missing_text_field_says_which_fields_the_record_has(runner, tmp_path):
    result = runner.invoke(app, ["check", str(_news_please(tmp_path))])
    assert result.exit_code == 3
    assert "no string field 'text' (fields: 'title', 'maintext', 'source_domain'; --text-field" in result.output


def test_an_empty_text_field_is_a_usage_error(runner, tmp_path):
    result = runner.invoke(app, ["check", str(_news_please(tmp_path)), "--text-field", ""])
    assert result.exit_code == 2 and "--text-field must name a field" in result.output


@pytest.mark.parametrize("command", ["check", "clean"])
def test_an_empty_html_field_is_a_usage_error(runner, tmp_path, command):
    """An empty --html-field found no record's HTML and the run went on as if it were not given."""
    extra = ["-o", str(tmp_path / "out")] if command == "clean" else []
    result = runner.invoke(app, [command, str(_news_please(tmp_path)), "--html-field", "", *extra])
    assert result.exit_code == 2 and "--html-field must name a field" in result.output
    assert not (tmp_path / "out").exists()
