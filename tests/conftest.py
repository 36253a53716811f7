"""Fixtures shared by the test modules."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner


@pytest.fixture()
def runner() -> CliRunner:
    """Runs the typer CLI in-process (stdout and stderr captured apart)."""
    return CliRunner()
