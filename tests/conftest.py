"""Fixtures shared by the test modules."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner


@pytest.fixture()
def runner() -> CliRunner:
    """Runs the typer CLI in-process (stdout and stderr captured apart)."""
    return CliRunner()


@pytest.fixture()
def passes(monkeypatch) -> list[str]:
    """The ids of the documents each per-document pass (`steps.one_pass`) ran on, in order: how
    often a document was cleaned, first pass and settle reruns together."""
    from cleaner import steps

    seen: list[str] = []
    real = steps.one_pass

    def counted(doc, *args, **kwargs):
        seen.append(doc.id)
        return real(doc, *args, **kwargs)

    monkeypatch.setattr(steps, "one_pass", counted)
    return seen

