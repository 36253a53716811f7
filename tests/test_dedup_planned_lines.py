"""A planned run's corpus step asks the plan before calling a repeated whole line site template:
the plan counts a source's lines by article (a page known by its longest line), the online count
by document, and a wire line that is the longest line of three pages in a folder of many sites'
pages (one source) is one article's text to the plan: a reprint, reported as one."""

from __future__ import annotations

import json
from pathlib import Path

from cleaner.config import Config
from cleaner.dedup.processing_plan import whole_line_key
from cleaner.dedup.text import exact_key, tokens
from cleaner.run import RunOptions, run

WIRE = ("The national weather service issued an orange warning for heavy rain in the three northern provinces "
        "until Thursday morning, with up to 80 millimetres expected in places.")
PAGES = {
    "a-rain.txt": ("Rain warning for the north", "Farmers in the valley moved livestock to higher pastures as the river rose overnight."),
    "b-flood.txt": ("Schools close as rivers rise", "Three primary schools in the lower town stay closed on Wednesday, the education office said."),
    "c-commute.txt": ("Commuters face delays", "Trains between Kolby and Hester run slowly because water has reached the embankment."),
    "d-library.txt": ("New library opens in Hester", "The town's new library opened on Monday in the former post office, with a reading room."),
}


def _folder(tmp_path: Path, glued: bool = False) -> Path:
    folder = tmp_path / "pages"
    folder.mkdir()
    for name, (headline, own) in PAGES.items():
        body = own if name.startswith("d-") else (f"{own}\n\n{WIRE}" if not glued else f"{own} {WIRE}")
        (folder / name).write_text(f"{headline}\n\n{body}\n", encoding="utf-8")
    return folder


def _spans(folder: Path, tmp_path: Path) -> list[dict]:
    report = tmp_path / "report.jsonl"
    run([folder], Config(), RunOptions(output=tmp_path / "out", report=report))
    lines = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]
    return [line for line in lines if line.get("kind") == "span"]


def test_a_wire_line_met_a_third_time_is_reported_as_a_reprint_of_the_first(tmp_path: Path) -> None:
    spans = _spans(_folder(tmp_path), tmp_path)
    wire = [(Path(s["file"]).name, s["reason"], s["rule"], Path(s["original"]["doc"]).name) for s in spans if s["text"] == WIRE]
    assert wire == [
        ("b-flood.txt", "duplicate", "dedup.exact.sentence", "a-rain.txt"),
        ("c-commute.txt", "duplicate", "dedup.exact.sentence", "a-rain.txt"),
    ]


def test_a_wire_sentence_glued_inside_three_paragraphs_is_a_reprint_of_the_first(tmp_path: Path) -> None:
    """The plan counts lines, not their sentences, so the online count meets the glued copies:
    three of a folder's four pages is no site furniture for a sentence sharing its line with an
    article's own words (`DedupConfig.sentence_template`, as for a short sentence-shaped line):
    a site glues its promo to (almost) every page. It was reported `dedup.template.sentence` at
    its third copy; the output was the same (the first copy kept)."""
    spans = _spans(_folder(tmp_path, glued=True), tmp_path)
    wire = [(Path(s["file"]).name, s["reason"], s["rule"], Path(s["original"]["doc"]).name) for s in spans if s["text"] == WIRE]
    assert wire == [
        ("b-flood.txt", "duplicate", "dedup.exact.sentence", "a-rain.txt"),
        ("c-commute.txt", "duplicate", "dedup.exact.sentence", "a-rain.txt"),
    ]


def test_a_promo_glued_to_every_page_s_last_paragraph_is_still_template(tmp_path: Path) -> None:
    """The same sentence on every page of the folder is the site's: template once it is in
    `template_sentence_min_docs` of them or in all (the fourth here; the third, in 3 of 4 pages
    so far, is a copy of the first). The plan, counting lines, cannot take the first copies."""
    folder = tmp_path / "pages"
    folder.mkdir()
    for name, (headline, own) in PAGES.items():
        (folder / name).write_text(f"{headline}\n\n{own} {WIRE}\n", encoding="utf-8")
    rules = [(Path(s["file"]).name, s["rule"]) for s in _spans(folder, tmp_path) if s["text"] == WIRE]
    assert rules == [("b-flood.txt", "dedup.exact.sentence"), ("c-commute.txt", "dedup.exact.sentence"), ("d-library.txt", "dedup.template.sentence")]


def test_whole_line_key_is_the_plans_key_of_a_span_holding_all_of_its_line() -> None:
    text = f"Headline\n\n  «{WIRE}»  \r\nMore text here."
    start = text.index(WIRE)
    assert whole_line_key(text, start, start + len(WIRE)) == exact_key(tokens(WIRE))
    assert whole_line_key(text, start, start + 20) is None  # the line holds more words
    assert whole_line_key(text, 0, 8) == exact_key(["headline"])
    last = text.index("More")
    assert whole_line_key(text, last, len(text)) == exact_key(tokens("More text here."))
    assert whole_line_key("a\u2028b c", 2, 5) == exact_key(["b", "c"])  # cut where str.splitlines cuts


def test_an_index_of_earlier_runs_leaves_the_verdict_to_the_online_count(tmp_path: Path) -> None:
    """The plan counts the run's documents only: a line two pages of an earlier run held is the
    site's template at its third copy, whatever this run's plan found."""
    from cleaner.dedup import DedupConfig, Deduplicator

    from test_dedup_support import make_doc, removed

    line = "Hester Post readers can send their photos of the valley to the newsroom every week."
    index = tmp_path / "index.sqlite"
    with Deduplicator(DedupConfig(), index) as first:
        for number, own in enumerate(("Farmers moved livestock to higher pastures overnight in the valley.",
                                      "Three primary schools in the lower town stay closed on Wednesday.")):
            first.apply(make_doc([[f"Headline number {number}"], [own], [line]], doc_id=f"p{number}"))
    with Deduplicator(DedupConfig(), index) as second:
        second.expect({"src": 1}, templates={"src": frozenset()})
        doc = second.apply(make_doc([["Headline three"], ["Trains run slowly because water reached the embankment."], [line]], doc_id="p3"))
    assert removed(doc) == [(line, "dedup.template.sentence")]
