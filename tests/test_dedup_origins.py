"""Which copy of a reprint is kept: the one published first, or a preferred source's, however its
name is written (dedup/origins.py, io/fields.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleaner.config import Config
from cleaner.dedup.config import DedupConfig
from cleaner.dedup import origins
from cleaner.dedup.origins import preferred_names, preferred_rank, published_time
from cleaner.dedup.plan import plan_documents
from cleaner.io.fields import path_published, record_published
from cleaner.run import RunOptions, run
from cleaner.types import Document

P1 = "Un equipo de investigadores ha hallado un fragmento de cráneo humano de hace 1,1 millones de años en la Sima del Elefante."
P2 = "El fósil, de unos seis centímetros, apareció el pasado julio en el nivel más profundo del yacimiento durante la campaña."
P3 = "Los resultados se publicarán en una revista científica a principios del próximo año, según la fundación que dirige las excavaciones."
OWN = "Los vecinos del pueblo celebraron la noticia en la plaza con la misma emoción que hace treinta años, cuando se halló el primero."
DAY = 86400.0


def record(rid: str, host: str, *lines: str, **fields: object) -> dict:
    return {"id": rid, "url": f"https://{host}/{rid}", **fields, "text": "\n".join(lines)}


def doc(rid: str, source: str, *lines: str, published: str | None = None) -> Document:
    rec = {"id": rid, "published": published} if published else {"id": rid}
    return Document(id=f"crawl.jsonl#{rid}", text="\n".join(lines) + "\n", source=source, meta={"record": rec})


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"published": "2026-12-07T07:45:00+01:00"}, 1796625900.0),
        ({"published": "2026-12-07T06:45:00Z"}, 1796625900.0),
        ({"published": "2026-12-07 06:45:00"}, 1796625900.0),  # no offset: UTC
        ({"date_publish": "Mon, 07 Dec 2026 07:45:00 +0100"}, 1796625900.0),  # e-mail style
        ({"metadata": {"date": "2026-12-07"}}, 1796601600.0),  # a day alone: its midnight
        ({"published": 1796625900}, 1796625900.0),
        ({"published": 1796625900000}, 1796625900.0),  # milliseconds
        ({"published": "hier soir", "url": "https://x.example/2026/12/07/story"}, 1796601600.0),  # the URL's day
        ({"url": "https://x.example/news/story"}, None),
        ({"published": True}, None),
    ],
)
def test_a_records_publication_time_is_read_from_its_date_fields_or_url(fields: dict, expected: float | None) -> None:
    assert record_published(fields) == expected


def test_a_files_publication_day_is_the_last_day_in_its_path() -> None:
    assert path_published("corpus/site/2026/12/07/crue.html") == 1796601600.0
    assert path_published("site/2026-12-06-crue-2026-12-07.txt") == 1796601600.0
    assert path_published("site/20261207-crue.txt") == 1796601600.0
    assert path_published("site/2026-13-07-crue.txt") is None and path_published("site/2026-02-30.txt") is None
    assert path_published("site/2026-1207.txt") is None  # separators differ: no day
    assert published_time(Document(id="a/2026-12-07-x.txt", text="x")) == 1796601600.0


def test_the_copy_published_first_is_met_first() -> None:
    docs = [
        doc("site", "site.example", OWN, P1, P2, published="2026-12-07T09:10:00+01:00"),
        doc("other", "other.example", P1, P2, P3, published="2026-12-07T09:30:00Z"),
        doc("agency", "agency.example", P1, P2, P3, published="2026-12-07T07:45:00+01:00"),
    ]
    plan = plan_documents(docs, DedupConfig(prefer_complete=False))
    assert plan.order(3) == [2, 0, 1]
    assert plan_documents(docs, DedupConfig(prefer_complete=False, prefer_earliest=False)).order(3) == [0, 1, 2]


def test_undated_copies_one_shared_line_and_one_source_do_not_move() -> None:
    late, early = "2026-12-08", "2026-12-01"
    assert plan_documents([doc("a", "a.example", P1, P2), doc("b", "b.example", P1, P2)], DedupConfig()).identity
    one_line = [doc("a", "a.example", P1, OWN, published=late), doc("b", "b.example", P1, P3, published=early)]
    assert plan_documents(one_line, DedupConfig(prefer_complete=False)).identity  # a stock sentence
    assert plan_documents(one_line, DedupConfig(prefer_complete=False, origin_shared_lines=1)).order(2) == [1, 0]
    same_site = [doc("a", "a.example", OWN, P1, P2, published=late), doc("b", "a.example", P1, P2, P3, published=early)]
    assert plan_documents(same_site, DedupConfig(prefer_complete=False)).identity  # versions: prefer_complete's


def test_copies_are_met_in_publication_order_whatever_their_places() -> None:
    times = ["2026-12-03", "2026-12-05", "2026-12-04", "2026-12-01"]
    docs = [doc(f"d{i}", f"s{i}.example", P1, P2, f"{OWN} {i}", published=t) for i, t in enumerate(times)]
    assert plan_documents(docs, DedupConfig()).order(4) == [3, 0, 2, 1]


def test_a_day_alone_comes_after_its_days_timed_copies() -> None:
    """A file named 2026-12-07-... and a record published 2026-12-07T18:02: the file is not
    taken for midnight; a day alone of the day before still comes first, and one of the day
    after does not mix up the timed copies' order."""
    timed = doc("crawl", "a.example", P1, P2, OWN, published="2026-12-07T18:02:00Z")
    same_day = [doc("file", "b.example", P1, P2, P3, published="2026-12-07"), timed]
    assert plan_documents(same_day, DedupConfig(prefer_complete=False)).order(2) == [1, 0]
    day_before = [timed, doc("file", "b.example", P1, P2, P3, published="2026-12-06")]
    assert plan_documents(day_before, DedupConfig(prefer_complete=False)).order(2) == [1, 0]
    agency = doc("agency", "c.example", P1, P2, published="2026-12-07T07:45:00Z")
    day_after = [timed, doc("file", "b.example", P1, P2, P3, published="2026-12-08"), agency]
    assert plan_documents(day_after, DedupConfig(prefer_complete=False)).order(3) == [2, 0, 1]


def test_an_agencys_update_is_dated_by_its_first_version() -> None:
    """The agency's 07:45 story is held whole by its 10:00 update: the update is kept (the more
    complete version), and it was out before the site's 09:10 reprint, which gives way to it."""
    docs = [
        doc("site", "site.example", OWN, P1, P2, published="2026-12-07T09:10:00+01:00"),
        doc("v1", "agency.example", P1, P2, published="2026-12-07T07:45:00+01:00"),
        doc("v2", "agency.example", P1, P2, P3, published="2026-12-07T10:00:00+01:00"),
    ]
    plan = plan_documents(docs, DedupConfig())
    assert plan.supersedes == {1: 2} and plan.order(3) == [2, 0, 1]


def test_a_preferred_source_comes_before_the_earliest_copy() -> None:
    docs = [doc("agency", "agency.example", P1, P2, published="2026-12-01"), doc("pref", "pref.example", P1, P2, OWN, published="2026-12-05")]
    assert plan_documents(docs, DedupConfig(preferred_sources=("pref.example",))).order(2) == [1, 0]


@pytest.mark.parametrize("name", ["efe.example", "www.efe.example", "https://www.EFE.example/", "EFE.example "])
def test_a_preferred_host_is_found_however_it_is_written(name: str) -> None:
    assert preferred_rank("efe.example", preferred_names(("other.example", name))) == 1
    assert preferred_rank("m.efe.example", preferred_names((name,))) == 0
    assert preferred_rank("notefe.example", preferred_names((name,))) is None


def test_a_preferred_folder_is_found_by_its_name_wherever_the_run_starts() -> None:
    assert preferred_rank("fixtures/corpus/dd6_afp/region-occitanie-presse", preferred_names(("region-occitanie-presse",))) == 0
    assert preferred_rank("/data/corpus/agencies/afp", preferred_names(("agencies/afp",))) == 0
    assert preferred_rank("/data/corpus/not-afp", preferred_names(("afp",))) is None


def test_preferred_names_are_normalised_once_a_run_not_once_a_source(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    monkeypatch.setattr(origins, "preferred_name", lambda name: calls.append(name) or name.lower())
    docs = [doc(f"d{i}", f"s{i}.example", P1, f"{OWN} {i}") for i in range(30)]
    plan = plan_documents(docs, DedupConfig(preferred_sources=("S7.example", "s3.example")))
    assert plan.early == (7, 3) and calls == ["S7.example", "s3.example"]


def test_a_crawl_keeps_the_agencys_page_published_first_though_met_last(tmp_path: Path) -> None:
    records = [
        record("site", "site.example", OWN, P1, P2, published="2026-12-07T09:10:00+01:00"),
        record("undated", "radio.example", "Atapuerca: hallan un cráneo", P1, P2),
        record("agency", "agency.example", "Hallan un cráneo en Atapuerca", P1, P2, P3, published="2026-12-07T07:45:00+01:00"),
    ]
    (tmp_path / "crawl.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    report = tmp_path / "report.jsonl"
    run([tmp_path / "crawl.jsonl"], Config(), RunOptions(output=tmp_path / "out", report=report))
    texts = {r["id"]: r["text"] for r in map(json.loads, (tmp_path / "out" / "crawl.jsonl").read_text(encoding="utf-8").splitlines())}
    assert texts["agency"] == "\n\n".join(["Hallan un cráneo en Atapuerca", P1, P2, P3]) + "\n"
    assert texts["site"] == OWN + "\n" and "undated" not in texts
    lines = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]
    assert {r["duplicate_of"].rpartition("#")[2] for r in lines if r.get("kind") == "document"} == {"agency"}
