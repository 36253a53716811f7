"""A corpus run tunes the garbage collector for its cleaning loop and gives the settings back."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from cleaner import Cleaner, Config, pipeline
from cleaner.errors import ConfigError
from cleaner.pipeline import quiet_collector
from cleaner.run import RunOptions, run


def test_the_collector_settings_come_back_after_the_loop() -> None:
    before = gc.get_threshold(), gc.get_freeze_count()
    with quiet_collector():
        assert gc.get_threshold() != before[0]
        assert gc.get_freeze_count() > 0
    assert (gc.get_threshold(), gc.get_freeze_count()) == before


def test_a_failing_run_gives_them_back_too(tmp_path: Path, monkeypatch) -> None:
    before = gc.get_threshold(), gc.get_freeze_count()
    try:
        with quiet_collector():
            raise KeyError("boom")
    except KeyError:
        pass
    assert (gc.get_threshold(), gc.get_freeze_count()) == before
    (tmp_path / "a.txt").write_text("Un article.\n", encoding="utf-8")

    def broken(self, doc):
        raise ConfigError("boom")  # what stops a run (an index error, say), not one bad document

    monkeypatch.setattr(Cleaner, "clean", broken)
    with pytest.raises(ConfigError):
        run([tmp_path / "a.txt"], Config(), RunOptions(output=tmp_path / "out.txt"))
    assert (gc.get_threshold(), gc.get_freeze_count()) == before


def test_a_run_cleans_with_the_quiet_collector(tmp_path: Path, monkeypatch) -> None:
    seen = []
    real = Cleaner.clean

    def clean(self, doc):
        seen.append(gc.get_threshold())
        return real(self, doc)

    monkeypatch.setattr(Cleaner, "clean", clean)
    (tmp_path / "a.txt").write_text("Un article.\n", encoding="utf-8")
    run([tmp_path / "a.txt"], Config(), RunOptions(output=tmp_path / "out.txt"))
    assert seen == [pipeline._GC_THRESHOLDS]


def test_objects_frozen_by_the_caller_stay_frozen() -> None:
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with quiet_collector():
            pass
        assert gc.get_freeze_count() >= frozen
    finally:
        gc.unfreeze()
