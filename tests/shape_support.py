"""Helpers shared by the tests of the scorer's shape finders (pages in languages no rule file knows)."""

from __future__ import annotations

from pathlib import Path

from cleaner import clean_text

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "general"


def page(name: str) -> str:
    """A page of fixtures/general, as written."""
    return (PAGES / name).read_text(encoding="utf-8")


def rules(text: str) -> dict[str, str]:
    """Each removed line's text -> the rule that removed it."""
    result = clean_text(text)
    return {text[start:end].strip(): removal.rule for start, end, removal in result.removals}
