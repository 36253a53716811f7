"""A cleaning loop tunes the garbage collector for itself and gives the settings back."""

from __future__ import annotations

import gc

from cleaner import Cleaner
from cleaner.pipeline import quiet_collector
from cleaner.types import Document


def test_the_collector_settings_come_back_after_the_loop() -> None:
    before = gc.get_threshold(), gc.get_freeze_count()
    with quiet_collector():
        assert gc.get_threshold() != before[0]
        assert gc.get_freeze_count() > 0
    assert (gc.get_threshold(), gc.get_freeze_count()) == before


def test_an_abandoned_or_failing_loop_gives_them_back_too() -> None:
    before = gc.get_threshold(), gc.get_freeze_count()
    with Cleaner() as cleaner:
        docs = cleaner.clean_many(Document(id=str(i), text=f"Texte numéro {i}.\n") for i in range(3))
        next(docs)
        docs.close()  # the caller stops early
    assert (gc.get_threshold(), gc.get_freeze_count()) == before
    try:
        with quiet_collector():
            raise KeyError("boom")
    except KeyError:
        pass
    assert (gc.get_threshold(), gc.get_freeze_count()) == before


def test_objects_frozen_by_the_caller_stay_frozen() -> None:
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with quiet_collector():
            pass
        assert gc.get_freeze_count() >= frozen
    finally:
        gc.unfreeze()
