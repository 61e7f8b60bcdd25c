"""The judge's field findings, each judged once per distinct combination of facets.

A large claim set repeats a few subjects, predicates, places and times over many pairs:
at 100k synthetic claims, 30 subjects, 77 predicates and about 2,000 places are shared by
half a million judged pairs. Each finding here is the plain one of
:mod:`claimrec.relation._fields` (the oracle: ``tests/test_graph_fastpaths.py``), keyed by
the small tuple of what it reads of the two claims and their resolution records, and
kept in the :class:`~claimrec.relation._lookup._Lookup` of the vocabulary (its
``findings``, emptied when it reaches :data:`FINDINGS_LIMIT` entries, and by
:func:`~claimrec.graph.claim_graph` when the graph is built):

- the subjects: both texts and both resolved subject classes;
- the predicates: both texts, both resolved predicates and both polarities;
- the places (both given): both texts, the two resolved places (the objects: their
  record and rule decide the relation) and a place relation already known; a pair of
  different places (``conflict`` or ``apart``: whether the claims state one fact of one
  event decides) is judged each time;
- the times (both given): the two spans (the objects); for times that do not overlap, the
  finding of times apart and of one fact's times apart, whether the claims state one fact
  (``_same_core``) read per pair;
- each claim's speaker identity (``_speaker_key``, read twice a pair): the resolved speaker
  (the object) and the source's name.

A key holding an object (a resolved place, a span) holds it by identity, and the entry
keeps the object alive: the identity stands for it as long as the entry does. Findings
and their reasons are frozen, so one finding is shared by every pair of its key.

How a new rule plugs in: a rule that *reads* a finding and returns another (as the judge's
``_two_nations``, ``means_finding``, ``_a_part`` do) needs nothing here. A rule added
*inside* one of the plain findings that reads another field of the claims must add that
field to its key below (the oracle test's generated claims vary every field, so a key
that misses one fails it). :func:`plain_findings` turns the memo off (tests, debugging).

Examples
--------
>>> from claimrec.model import Claim
>>> from claimrec.resolution import resolve
>>> from claimrec.relation._fields import _Pair, _subjects
>>> from claimrec.relation._lookup import _lookup
>>> claims = [Claim(source="UN", subject="civilians", predicate="killed", value=3, id="a"),
...           Claim(source="HRW", subject="soldiers", predicate="killed", value=3, id="b")]
>>> res = resolve(claims)
>>> p = _Pair(claims[0], claims[1], res["a"], res["b"], _lookup(None))
>>> subjects(p) == _subjects(p)
True
>>> subjects(p) is subjects(p)  # judged once, shared
True
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator

from claimrec.model import Polarity, Source
from claimrec.relation._fields import (
    _Finding,
    _Outcome,
    _Pair,
    _places,
    _predicates,
    _same_core,
    _spans,
    _subjects,
    _times,
)
from claimrec.relation._kinds import ReasonKind
from claimrec.relation._lookup import _Lookup, _rid
from claimrec.resolution import Resolved
from claimrec.resolution._resolver import _speaker_key
from claimrec.vocab import PlaceRelation

#: Entries kept in a lookup's ``findings`` before it is emptied (a bound on its memory).
FINDINGS_LIMIT = 1 << 18

_ON = [True]  # a list: plain_findings() switches it for one block

_SUBJECTS, _PREDICATES, _PLACES, _TIMES, _SPEAKER = range(5)
_DIFFERENT = (_Outcome.CONFLICT, _Outcome.APART)  # read per pair (the one-fact test)
_DENIED = Polarity.DENIED


@contextlib.contextmanager
def plain_findings() -> Iterator[None]:
    """Judge every pair's findings afresh within the block (the plain path: the oracle).

    >>> with plain_findings():
    ...     pass
    """
    _ON[0] = False
    try:
        yield
    finally:
        _ON[0] = True


def _store(memo: dict[tuple[object, ...], object], key: tuple[object, ...], value: object) -> None:
    if len(memo) >= FINDINGS_LIMIT:
        memo.clear()
    memo[key] = value


def _remembered(p: _Pair, key: tuple[object, ...], judge: Callable[[_Pair], _Finding]) -> _Finding:
    """Return the finding stored under ``key``, judging the pair and storing it the first time."""
    memo = p.lookup.findings
    found = memo.get(key)
    if found is None:
        found = judge(p)
        _store(memo, key, found)
    return found  # type: ignore[return-value]


def subjects(p: _Pair) -> _Finding:
    """:func:`~claimrec.relation._fields._subjects`, once per distinct key."""
    if not _ON[0]:
        return _subjects(p)
    a, b = p.a, p.b
    key = (_SUBJECTS, a.subject, b.subject, _rid(p.ra.subject), _rid(p.rb.subject))
    return _remembered(p, key, _subjects)


def predicates(p: _Pair) -> _Finding:
    """:func:`~claimrec.relation._fields._predicates`, once per distinct key."""
    if not _ON[0]:
        return _predicates(p)
    a, b = p.a, p.b
    key = (
        _PREDICATES,
        a.predicate,
        b.predicate,
        _rid(p.ra.predicate),
        _rid(p.rb.predicate),
        a.polarity is _DENIED,
        b.polarity is _DENIED,
    )
    return _remembered(p, key, _predicates)


def places(p: _Pair, known: PlaceRelation | None) -> tuple[_Finding, float]:
    """:func:`~claimrec.relation._fields._places`, once per distinct key (both places given)."""
    a, b = p.a, p.b
    if not _ON[0] or a.place is None or b.place is None:
        return _places(p, known)
    pa, pb = p.ra.place, p.rb.place
    key = (_PLACES, a.place, b.place, id(pa), id(pb), known)
    memo = p.lookup.findings
    found = memo.get(key)
    if found is not None and found[0] is pa and found[1] is pb:  # type: ignore[index]
        return found[2]  # type: ignore[index,no-any-return]
    finding = _places(p, known)
    if finding[0][0] not in _DIFFERENT:
        _store(memo, key, (pa, pb, finding))
    return finding


def times(p: _Pair) -> _Finding:
    """:func:`~claimrec.relation._fields._times`, once per distinct key (both times given)."""
    wa, wb = p.a.when, p.b.when
    if not _ON[0] or wa is None or wb is None:
        return _times(p)
    key = (_TIMES, id(wa), id(wb))
    memo = p.lookup.findings
    found = memo.get(key)
    if found is None or found[0] is not wa or found[1] is not wb:  # type: ignore[index]
        if wa.overlaps(wb):
            # times that overlap never read the outcome of times apart (_times)
            found = (wa, wb, _spans(wa, wb, ReasonKind.TEMPORAL, apart=_Outcome.APART))
        else:  # the finding of times apart, and of one fact's times apart (a conflict)
            apart = _spans(wa, wb, ReasonKind.TEMPORAL, apart=_Outcome.APART)
            conflict = _spans(wa, wb, ReasonKind.TEMPORAL, apart=_Outcome.CONFLICT)
            found = (wa, wb, None, apart, conflict)
        _store(memo, key, found)
    if found[2] is not None:  # type: ignore[index]
        return found[2]  # type: ignore[index,no-any-return]
    # whether the claims state one fact of one event decides, per pair (_times)
    return found[4] if _same_core(p) else found[3]  # type: ignore[index,no-any-return]


def speaker_key(hit: Resolved | None, source: Source, lookup: _Lookup) -> str:
    """:func:`~claimrec.resolution._resolver._speaker_key`, once per speaker and source name."""
    if not _ON[0]:
        return _speaker_key(hit, source, lookup.vocabulary)
    key = (_SPEAKER, id(hit), source.name)
    memo = lookup.findings
    found = memo.get(key)
    if found is not None and found[0] is hit:  # type: ignore[index]
        return found[1]  # type: ignore[index,no-any-return]
    speaker = _speaker_key(hit, source, lookup.vocabulary)
    _store(memo, key, (hit, speaker))
    return speaker
