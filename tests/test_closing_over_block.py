"""The article's short closing facts over a box a block rule heads ("Most Read" over teaser
headlines that are sentences: a full stop inside): block rules remove their heading and what
follows only once the scorer found the body, so the tail walk saw the heading and headlines as
kept lines, no furniture, and cut the facts. The heading is marked beforehand
(block_markers.mark_headings: the signal `block_heading`) and closes the page for the tail walk
as a removal does (closing.closing_line)."""

from __future__ import annotations

from cleaner.pipeline import clean_text
from cleaner.rules import load_rule_files
from cleaner.rules.block_markers import BlockMarkers
from cleaner.rules.loader import default_rule_files
from cleaner.rules.matchers import ScopeMatcher
from cleaner.rules.settings import load_settings
from cleaner.segment import segment
from cleaner.types import Document

HEAD = ["Local", "Council approves new cycle lane on Harbour Road", "By Sarah Mitchell", "December 6, 2026"]
BODY = [
    "The city council voted on Thursday to build a protected cycle lane along Harbour Road, ending a two-year debate over the busy route.",
    "Work will begin in March and is expected to take about five months, according to the transport department.",
    "Residents who opposed the plan had argued that removing parking spaces would hurt shops near the ferry terminal.",
    "The council said 40 new spaces would be added in a car park on Dock Street to make up for the loss.",
]
FACTS = ["The lane will cost £2.4 million.", "Work starts in March.", "It should open by August."]
BOX = ["Most Read", "Ferry fares to rise in January. Council blames fuel costs", "Harbour Road shops fear for trade as works begin"]


def test_closing_facts_over_a_block_rules_box_stay() -> None:
    out = clean_text("\n".join(HEAD + BODY + FACTS + BOX + ["Share this article", "© 2026 Harbour Gazette"]) + "\n").text
    assert out.endswith("\n\n".join(BODY[-1:] + FACTS) + "\n"), out[-300:]
    assert "Most Read" not in out and "Ferry fares" not in out


def test_only_block_rule_lines_get_the_heading_signal() -> None:
    rules = load_rule_files(default_rule_files()).rules
    markers = BlockMarkers(ScopeMatcher([r for r in rules if r.scope == "block"]), load_settings(), {})
    doc = segment(Document(id="d", text="\n".join(BODY[:1] + BOX) + "\n"))
    markers.mark_headings(doc)
    marked = [doc.text[p.start : p.end] for p in doc.paragraphs if p.signals.get("block_heading")]
    assert marked == ["Most Read"]
