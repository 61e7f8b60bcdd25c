"""The support a dispute's sides are built from, as integer lists (private).

:meth:`ClaimGraph.disputes` groups each disputed item's claims into sides of mutually
supporting claims: from the disputed claims it follows, within their own aligned groups,
the relations that make two claims one side (agrees, refines, revises) and are not
themselves disputed. Doing that through :meth:`Adjacency.of` built, for every visited
claim, a list of (id, kind, row) tuples of all its related claims, most of which the walk
then dropped (about a quarter of the report stage at 300,000 claims). :class:`SupportIndex`
keeps, once per graph, only the relations the walk can follow, as positions in two flat
arrays of machine integers, and each claim's group as a list by position; a dispute's
walk reads those.
"""

from __future__ import annotations

from array import array
from collections import defaultdict
from collections.abc import Iterable, Mapping

import numpy as np

from claimrec.graph._arrays import CODE, Adjacency, Relations
from claimrec.relation import Relation

__all__ = ["SupportIndex"]


class SupportIndex:
    """Each claim's undisputed side relations (agrees, refines, revises), by position.

    ``others[start[p]:start[p + 1]]`` are the positions of the claims the claim at
    position ``p`` stands to as one of ``kinds`` through a row that is not disputed, in
    the adjacency's order; ``group[p]`` is its aligned group (its own id when it has none).
    """

    __slots__ = ("group", "ids", "others", "position", "start")

    def __init__(
        self,
        store: Relations,
        adjacency: Adjacency,
        groups: Mapping[str, str],
        kinds: Iterable[Relation],
    ) -> None:
        kind, row, other, start = adjacency.arrays()
        keep = np.isin(kind, np.array([CODE[k] for k in kinds], dtype=np.int8))
        keep &= ~store.disputed[row]
        kept = np.flatnonzero(keep)
        del keep
        # each claim's first kept entry: its first entry's rank among the kept ones
        first = np.searchsorted(kept, start)
        # 4 or 8 bytes an entry, not a list of Python ints (36 bytes an entry past 256)
        self.others = array("i", other[kept].astype(np.int32).tobytes())
        self.start = array("q", first.astype(np.int64).tobytes())
        self.ids: list[str] = store.ids  # shared, not copied
        self.group: list[str] = [groups.get(x, x) for x in self.ids]
        self.position = store.positions_of()

    def walk(self, core: Iterable[str]) -> tuple[set[str], dict[str, set[str]]]:
        """Return the claims reached from ``core`` within its groups, and who supports whom.

        The same members and support sets as following :meth:`Adjacency.of` from each
        reached claim, keeping the undisputed side relations into the core's groups.
        """
        ids, group, others, start = self.ids, self.group, self.others, self.start
        queue = [self.position[x] for x in core]
        allowed = {group[p] for p in queue}
        reached = set(queue)
        support: dict[int, set[int]] = defaultdict(set)
        while queue:
            current = queue.pop()
            for other in others[start[current] : start[current + 1]]:
                if group[other] not in allowed:
                    continue
                support[current].add(other)
                support[other].add(current)
                if other not in reached:
                    reached.add(other)
                    queue.append(other)
        return (
            {ids[p] for p in reached},
            {ids[p]: {ids[q] for q in qs} for p, qs in support.items()},
        )
