"""A site's "Most read" box repeats other pages' headlines and leads (dedup/homes.py): every
page keeps its own opening, whichever page the run meets first, and the boxes lose theirs."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from cleaner.config import Config
from cleaner.dedup.config import DedupConfig
from cleaner.dedup.plan import plan_documents
from cleaner.dedup.text import exact_key, tokens
from cleaner.run import RunOptions, run
from cleaner.types import Document

ARTICLES = {
    "harbour": ("Harbour authority approves second container terminal",
                "The harbour authority approved on Tuesday a second container terminal that would double the port's yearly capacity.",
                ["Construction is due to begin next spring and should take three years, the authority's chairman told reporters.",
                 "Residents of the nearby docks district have asked for a noise barrier and limits on night-time lorry traffic."]),
    "library": ("City library to open on Sundays from January",
                "The central library will open on Sunday afternoons from January, after the council agreed to fund six extra posts.",
                ["Visitor numbers rose by a fifth last year, driven by families and students looking for quiet places to work.",
                 "The library's café and children's corner will also open, but the archive reading room will stay closed."]),
    "bridge": ("New footbridge over the river to be finished by 2029",
               "The city unveiled on Monday its plans for a second footbridge over the river, linking the old town with the campus.",
               ["Work is expected to start in autumn 2027 and cost about 38 million pounds, a third of it paid by the region.",
                "A design competition drew 46 entries from eleven countries, the city's planning office said on Monday."]),
}  # fmt: skip


def _page(name: str, boxed: list[str]) -> str:
    head, lead, body = ARTICLES[name]
    box = [line for other in boxed for line in ARTICLES[other][:2]]
    return "\n".join(["The Riverside Courier", head, lead, *body, "Most read", *box, "© The Riverside Courier 2026"]) + "\n"


def _records(order: list[str], host: str = "courier.example") -> list[dict]:
    return [{"id": n, "url": f"https://{host}/{n}", "text": _page(n, [o for o in ARTICLES if o != n])} for n in order]


def _clean(tmp_path: Path, records: list[dict], jobs: int = 1, dedup: DedupConfig | None = None) -> dict[str, str]:
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    out = tmp_path / f"out{jobs}.jsonl"
    summary = run([src], replace(Config(), dedup=dedup or DedupConfig()), RunOptions(output=out, jobs=jobs))
    assert not summary.problems
    return {r["id"]: r["text"] for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}


@pytest.mark.parametrize("order", [["harbour", "library", "bridge"], ["bridge", "library", "harbour"]])
def test_each_page_keeps_its_own_headline_and_lead_and_the_boxes_lose_theirs(tmp_path: Path, order: list[str]) -> None:
    texts = _clean(tmp_path, _records(order))
    for name, text in texts.items():
        head, lead, body = ARTICLES[name]
        assert text.startswith(f"{head}\n\n{lead}\n\n"), text
        assert all(line in text for line in body)
        others = [line for other in ARTICLES if other != name for line in ARTICLES[other][:2]]
        assert not any(line in text for line in others), text
    assert _clean(tmp_path, _records(order), jobs=2) == texts


def test_the_plan_homes_a_line_in_the_page_it_opens() -> None:
    docs = [Document(id=r["id"], text=r["text"], source="courier.example") for r in _records(list(ARTICLES))]
    homes = plan_documents(docs, DedupConfig()).homes
    head, lead, _ = ARTICLES["library"]
    text = docs[1].text
    for line in (head, lead):
        assert homes[exact_key(tokens(line))] == ("library", text.index(line), text.index(line) + len(line), len(text))
    assert plan_documents(docs, DedupConfig(home_lines=0)).homes == {}


def test_no_home_across_sites_nor_between_two_saves_of_one_page() -> None:
    records = _records(list(ARTICLES))
    across = [Document(id=r["id"], text=r["text"], source=f"site{i}.example") for i, r in enumerate(records)]
    assert plan_documents(across, DedupConfig()).homes == {}  # a wire story's headline in other sites' copies
    saves = [Document(id=f"save{i}", text=records[0]["text"], source="courier.example") for i in range(2)]
    assert plan_documents(saves, DedupConfig()).homes == {}
