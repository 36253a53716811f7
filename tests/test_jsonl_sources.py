"""Which site a JSONL record comes from (the scope of the template and reprint policies): corpora
keep the page address under different names, some in a metadata object."""

from __future__ import annotations

import json
from pathlib import Path, PurePosixPath

import pytest

from cleaner.io.inputs import InputFile, iter_jsonl, record_source
from cleaner.run import RunOptions, run
from cleaner.config import Config


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
