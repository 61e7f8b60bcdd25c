"""The collector's pause around bulk construction (``claimrec._gc.paused``)."""

from __future__ import annotations

import gc
import weakref

from claimrec._gc import paused


class _Node:
    def __init__(self) -> None:
        self.other: _Node | None = None


def test_after_a_pause_the_collector_is_on_and_young_objects_were_moved_unscanned():
    """The survivors of a pause go to the oldest generation: no young collection scans
    them again (the cost a pause would only have postponed)."""
    gc.collect()
    with paused():
        kept = [[k] for k in range(10_000)]
        assert not gc.isenabled()
    assert gc.isenabled()
    oldest = {id(o) for o in gc.get_objects(generation=2)}
    assert all(id(x) in oldest for x in (kept, kept[0], kept[-1]))


def test_a_cycle_made_during_a_pause_is_still_collected():
    """Moved to the oldest generation, a reference cycle is freed by a full collection."""
    with paused():
        a, b = _Node(), _Node()
        a.other, b.other = b, a
        ref = weakref.ref(a)
        del a, b
    assert ref() is not None  # a cycle: reference counting alone does not free it
    gc.collect()
    assert ref() is None


def test_objects_a_caller_froze_stay_frozen():
    """A caller's gc.freeze() (before forking workers) is not undone by a pause."""
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        assert frozen > 0
        with paused():
            [[k] for k in range(100)]
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()


def test_nested_pauses_leave_the_collector_off_until_the_outer_one_ends():
    with paused():
        with paused():
            pass
        assert not gc.isenabled()
    assert gc.isenabled()
