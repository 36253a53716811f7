"""The report ends with duplicate clusters: each original with every copy that points to it."""

from __future__ import annotations

import json
from pathlib import Path

from cleaner.config import Config
from cleaner.io.clusters import ClusterLog
from cleaner.run import RunOptions, run

WIRE = (
    "Le dirigeant nord-coréen est arrivé en Russie aux premières heures de la journée de mardi, a rapporté "
    "l'armée, avant de rejoindre le cosmodrome où l'attendait le président russe pour une longue visite."
)
NEAR = WIRE.replace("mardi", "mercredi")
OWN = [
    "Un tout autre article parle de la récolte des pommes en Normandie, qui a été excellente cette année.",
    "La municipalité a voté mardi un budget en hausse pour les écoles et les bibliothèques du quartier nord.",
    "Les pompiers sont intervenus dans la nuit pour un feu de cheminée sans gravité dans une ferme isolée.",
]


def _report(tmp_path: Path, records: list[dict]) -> list[dict]:
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    report = tmp_path / "report.jsonl"
    run([src], Config(), RunOptions(output=tmp_path / "out.jsonl", report=report))
    return [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]


def _records(texts: list[str]) -> list[dict]:
    return [{"id": f"r{i}", "url": f"https://site{i}.example/{i}", "text": text} for i, text in enumerate(texts)]


def test_a_reprint_and_its_copies_form_one_cluster(tmp_path: Path) -> None:
    lines = _report(tmp_path, _records([f"{OWN[0]}\n{WIRE}", f"{OWN[1]}\n{WIRE}", f"{OWN[2]}\n{NEAR}"]))
    clusters = [r for r in lines if r["kind"] == "cluster"]
    assert len(clusters) == 1 and lines[-1] is clusters[0]  # after every span record
    cluster = clusters[0]
    first = tmp_path.joinpath("in.jsonl").as_posix()
    assert cluster["original"]["doc"].startswith(first) and cluster["size"] == 3
    assert [m["id"] for m in cluster["members"]] == ["r1", "r2"]
    similarities = [m["similarity"] for m in cluster["members"]]
    assert similarities[0] == 1.0 and 0.6 <= similarities[1] < 1.0
    assert cluster["min_similarity"] == similarities[1]
    spans = [r for r in lines if r["kind"] == "span" and r["reason"] == "duplicate"]
    assert {(m["start"], m["end"]) for m in cluster["members"]} == {(s["start"], s["end"]) for s in spans}


def test_a_dropped_document_is_a_member_of_its_originals_cluster(tmp_path: Path) -> None:
    lines = _report(tmp_path, _records([f"{OWN[0]}\n{WIRE}", f"{OWN[0]}\n{WIRE}"]))
    whole = [r for r in lines if r["kind"] == "cluster" and "start" not in r["original"]]
    assert len(whole) == 1 and [m["rule"] for m in whole[0]["members"]] == ["dedup.document"]


def test_a_dropped_documents_own_leftover_lines_make_no_cluster_of_their_own(tmp_path: Path) -> None:
    """A short line of its own does not save a copy from `duplicate_of`; that line's removal
    points to the whole original, which is the document cluster, not a span cluster (0, length)."""
    lines = _report(tmp_path, _records([f"{OWN[0]}\n{WIRE}\n{OWN[1]}", f"Mis à jour à 14 h.\n{OWN[0]}\n{WIRE}\n{OWN[1]}"]))
    assert [r["rule"] for r in lines if r["kind"] == "span"] == ["dedup.document"] + ["dedup.exact.sentence"] * 3
    clusters = [r for r in lines if r["kind"] == "cluster"]
    assert [c["original"].get("start") for c in clusters].count(0) == 1  # OWN[0]'s span, not the document
    assert len([c for c in clusters if "start" not in c["original"]]) == 1


def test_no_duplicates_no_clusters(tmp_path: Path) -> None:
    lines = _report(tmp_path, _records(OWN))
    assert not [r for r in lines if r["kind"] == "cluster"]


def test_clusters_come_in_the_order_their_first_copy_was_reported() -> None:
    log = ClusterLog()
    log.add(("b", 0, 5), {"doc": "x"})
    log.add(("a", 0, 5), {"doc": "y"})
    log.add(("b", 0, 5), {"doc": "z"})
    log.add(("a", None, None), {"doc": "w"})
    records = list(log.records())
    log.close()
    assert [(r["original"]["doc"], [m["doc"] for m in r["members"]]) for r in records] == [
        ("b", ["x", "z"]),
        ("a", ["y"]),
        ("a", ["w"]),
    ]
    assert records[2]["original"] == {"doc": "a"} and records[0]["size"] == 3
