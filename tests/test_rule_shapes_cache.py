"""The rules' shapes kept on disk (rules/analysis.py) give the same matchers as working them out:
a warm start reads them, a damaged file is worked out again, a folder that cannot be written is
no error."""

from __future__ import annotations

import marshal
from pathlib import Path

import pytest

from cleaner.rules import analysis
from cleaner.rules.engine import RuleEngine
from cleaner.rules.matchers import ScopeMatcher


def _matchers(engine: RuleEngine) -> list[ScopeMatcher]:
    return [engine._lines, engine._inside, engine._blocks, *engine._matchers_of("")]


def _filed(matcher: ScopeMatcher) -> tuple:
    return (matcher._by_start, matcher._reach, matcher._pinned, matcher._floating_open, matcher._floating_gated._gates,
            matcher._gated._gates, matcher._ungated, [i for i, _ in matcher._apart])


def _fresh(monkeypatch: pytest.MonkeyPatch, folder: Path) -> RuleEngine:
    monkeypatch.setenv("CLEANER_CACHE_DIR", str(folder))
    monkeypatch.setattr(analysis, "_known", {})  # nothing remembered in this process
    return RuleEngine()


def test_a_warm_start_files_every_rule_as_a_cold_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cold = _fresh(monkeypatch, tmp_path)
    files = list(tmp_path.glob("rule-shapes-*.marshal"))
    assert len(files) == 1
    warm = _fresh(monkeypatch, tmp_path)
    assert [_filed(m) for m in _matchers(warm)] == [_filed(m) for m in _matchers(cold)]
    found = warm._lines.first("Share this article")
    assert found is not None and found.id == cold._lines.first("Share this article").id


def test_a_damaged_shapes_file_is_worked_out_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cold = _fresh(monkeypatch, tmp_path)
    (path,) = tmp_path.glob("rule-shapes-*.marshal")
    path.write_bytes(b"\x00not marshal")
    again = _fresh(monkeypatch, tmp_path)
    assert [_filed(m) for m in _matchers(again)] == [_filed(m) for m in _matchers(cold)]
    assert marshal.loads(path.read_bytes())  # and written anew


def test_a_folder_that_cannot_be_written_is_no_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("a file where the cache folder should be")
    engine = _fresh(monkeypatch, blocked / "sub")
    assert engine._lines.rules


def test_old_shape_files_are_pruned(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for n in range(12):
        (tmp_path / f"rule-shapes-old{n:02d}.marshal").write_bytes(b"")
    _fresh(monkeypatch, tmp_path)
    files = list(tmp_path.glob("rule-shapes-*.marshal"))
    assert len(files) == 8 and any("old" not in f.name for f in files)  # the new one is kept
