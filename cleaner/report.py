"""Views of what a run did: the per-segment explanation and the end-of-run summary rows."""

from __future__ import annotations

from dataclasses import dataclass

from .run import RunSummary
from .types import Document, Removal


@dataclass(frozen=True, slots=True)
class ExplainRow:
    paragraph: int
    start: int
    end: int
    kept: bool
    why: str
    text: str


def explain(doc: Document) -> list[ExplainRow]:
    """Every segment of every paragraph, kept or removed, with the rule or duplicate behind it."""
    rows: list[ExplainRow] = []
    for number, par in enumerate(doc.paragraphs, start=1):
        for seg in par.segments:
            removal = par.removal or seg.removal
            text = " ".join(doc.text[seg.start : seg.end].split())
            rows.append(ExplainRow(number, seg.start, seg.end, removal is None, describe(removal), text))
    return rows


def describe(removal: Removal | None) -> str:
    if removal is None:
        return "kept"
    parts = [f"{removal.reason}: {removal.rule}"]
    if removal.score is not None:
        parts.append(f"score {removal.score:.2f}")
    if removal.original is not None:
        o = removal.original
        parts.append(f"of {o.doc}@{o.start}-{o.end}")
    if removal.similarity is not None:
        parts.append(f"similarity {removal.similarity:.2f}")
    return ", ".join(parts)


def summary_rows(summary: RunSummary) -> list[tuple[str, str]]:
    """(label, value) pairs for the table printed at the end of a run."""
    files = summary.files
    bytes_in = sum(f.bytes_in for f in files)
    bytes_out = sum(f.bytes_out for f in files)
    removals = summary.removals()
    rows = [
        ("files cleaned", str(len(files))),
        ("files changed", str(len(summary.changed))),
        ("documents", str(sum(f.documents for f in files))),
        ("bytes in", f"{bytes_in:,}"),
        ("bytes out", f"{bytes_out:,}" + (f" ({bytes_out / bytes_in:.0%})" if bytes_in else "")),
    ]
    for reason in sorted(removals):
        rows.append((f"removed: {reason.replace('_', ' ')}", f"{removals[reason]:,}"))
    rows.append(("skipped (bad input)", str(summary.problem_count)))
    return rows
