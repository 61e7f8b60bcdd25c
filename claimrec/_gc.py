"""Pausing the cyclic garbage collector around bulk construction (private helper).

Reading a million claims builds millions of small objects, none of them in a reference
cycle; every 700 allocations CPython's collector scans the young ones, and the older
generations again and again as they grow: seconds of work per million claims that frees
nothing. Reference counting still frees everything as usual meanwhile.

Pausing alone only postpones that work: the objects made meanwhile stay in the youngest
generation, and the first collection after the pause scans them all (about a second for
two million small objects, once per paused stage). So when the pause ends, the
objects that survived it are moved to the oldest generation directly (``gc.freeze()`` then
``gc.unfreeze()``: two list splices, no scan), where only a full collection looks at them,
as it would have after their young collections found nothing. A reference cycle made
meanwhile is still collected, by that full collection. (Not when the caller has frozen
objects itself: unfreezing would release them.)
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

__all__ = ["paused"]


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """Disable the cyclic collector for the ``with`` block; restore its state after.

    Examples
    --------
    >>> import gc
    >>> from claimrec._gc import paused
    >>> with paused():
    ...     gc.isenabled()
    False
    >>> gc.isenabled()
    True
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            if gc.get_freeze_count() == 0:  # never unfreeze what a caller froze
                gc.freeze()  # what survived the pause goes to the oldest generation, unscanned
                gc.unfreeze()
            gc.enable()
