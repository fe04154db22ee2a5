"""The start runs the garbage collector less often until it has settled, then as before."""

from __future__ import annotations

import gc

from branchops.ui.app import START_GC_THRESHOLD, fewer_collections


def test_fewer_collections_until_settled_then_the_usual_thresholds():
    usual = gc.get_threshold()
    with fewer_collections() as settled:
        assert gc.get_threshold() == START_GC_THRESHOLD
        settled()
        assert gc.get_threshold() == usual
    assert gc.get_threshold() == usual


def test_the_usual_thresholds_come_back_when_the_app_ends_before_settling():
    usual = gc.get_threshold()
    try:
        with fewer_collections():
            raise RuntimeError("the app ended")
    except RuntimeError:
        pass
    assert gc.get_threshold() == usual
