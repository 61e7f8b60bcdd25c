"""The context of :func:`relate`, resolved once and kept for the next call.

``relate(a, b, context=claims)`` reads the pair as the resolution of the whole set would
(``resolve([a], context=claims)[a] == resolve(claims)[a]``). A notebook loop of ``relate``
calls over one context would resolve the whole context again on each call; this module
keeps the last few contexts' alignment tables (resolution included), keyed by the
vocabulary object and the context's claims (their ids, then the claims themselves, so a
context edited in place is never read from a stale entry).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterable

from claimrec.alignment import _Table
from claimrec.model import Claim
from claimrec.relation._aggregates import _aggregates
from claimrec.resolution import Resolution
from claimrec.resolution._columns import _Columns
from claimrec.resolution._resolver import _resolver
from claimrec.vocab import Vocabulary

_KEEP = 4  # contexts kept: a notebook works on one or two at a time


class _Prepared:
    """One context's claims, alignment table, resolution and (lazily) aggregate totals."""

    __slots__ = ("_totals", "claims", "position", "resolution", "table", "vocabulary")

    def __init__(self, claims: tuple[Claim, ...], vocabulary: Vocabulary) -> None:
        self.claims = claims
        self.vocabulary = vocabulary
        self.position = {c.id: i for i, c in enumerate(claims)}
        cols = _Columns(list(claims), _resolver(vocabulary))
        self.table = _Table(list(claims), cols.resolver, columns=cols)
        self.resolution = Resolution(cols)
        self._totals: dict[str, tuple[str, ...]] | None = None

    def totals(self) -> dict[str, tuple[str, ...]]:
        """Return the context's aggregates: claim id -> ids of the claims it bounds."""
        if self._totals is None:
            self._totals = _aggregates(list(self.claims), self.resolution)
        return self._totals


_CACHE: OrderedDict[tuple[int, tuple[str, ...]], _Prepared] = OrderedDict()
_LOCK = threading.Lock()


def _prepared(
    context: Iterable[Claim], a: Claim, b: Claim, vocabulary: Vocabulary
) -> _Prepared | None:
    """Return the prepared context holding ``a`` and ``b``, or None to read the pair alone.

    Only a context that holds both claims (the very claims, not others of their ids) and
    no id twice is prepared; any other is read as before, the pair resolved against it.
    """
    claims = tuple(context)
    ids = tuple(c.id for c in claims)
    key = (id(vocabulary), ids)
    with _LOCK:
        found = _CACHE.get(key)
        if found is not None and (found.vocabulary is not vocabulary or found.claims != claims):
            found = None  # a claim edited in place, or another vocabulary at a reused id
        if found is not None:
            _CACHE.move_to_end(key)
    if found is None:
        held = {c.id: c for c in claims}
        if len(held) != len(claims) or held.get(a.id) != a or held.get(b.id) != b:
            return None
        found = _Prepared(claims, vocabulary)
        with _LOCK:
            _CACHE[key] = found
            while len(_CACHE) > _KEEP:
                _CACHE.popitem(last=False)
    i, j = found.position.get(a.id), found.position.get(b.id)
    if i is None or j is None or found.claims[i] != a or found.claims[j] != b:
        return None
    return found


def _clear() -> None:
    """Forget every prepared context (tests, and memory when a notebook is done)."""
    with _LOCK:
        _CACHE.clear()
