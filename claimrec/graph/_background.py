"""Background incidents and totals in an article about one incident (private).

An article on one incident recalls others: an earlier strike elsewhere (*18 killed at a
shopping center in Kremenchuk* last June, in a report on Dnipro), an attack days before
(*six soldiers killed on 15 April*, in a report on a massacre of 20 April), a total since
a year (*more than 10,000 dead since 2015*). The report rule and the aligned items would
join them to the article's incident; these tell them apart (``_incidents``).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping, Sequence

from claimrec.model import Claim
from claimrec.relation import _AGGREGATE_DAYS, _EVENT_DAYS, _span_days
from claimrec.resolution import ClaimResolution
from claimrec.resolution._anaphora import own_place as _own_place
from claimrec.resolution._geography import _relate_places, is_local
from claimrec.timespan import TimeSpan
from claimrec.vocab import Place, PlaceRelation, Vocabulary

_APART_DAYS = 30  # anchored events' days this far apart are two incidents'
_GAP_DAYS = 1  # days of one place this far apart are one incident's (the night of 4 to 5 June)


def _totals(
    claims: Sequence[Claim], record: Sequence[ClaimResolution | None]
) -> dict[int, TimeSpan]:
    """Return the claims that count over a period, each with its period (order-free).

    A claim with no ``when`` whose qualifier states a period of a week or more
    (:attr:`~claimrec.ClaimResolution.period`: *depuis 2015*, *since the war began in
    2011*, *between Nov. 2022 and Apr. 2023*) totals the incidents of that period: it is
    an aggregate, an event of its own that covers the events of its article's placed,
    dated claims in that period, never a member of one by its aligned item or its
    report (the annotation guidelines' aggregates, docs/annotating.md).
    """
    out: dict[int, TimeSpan] = {}
    for k, claim in enumerate(claims):
        rec = record[k]
        found = None if rec is None else rec.period  # an aggregate already: no record
        if claim.when is not None or found is None or not isinstance(found.record, TimeSpan):
            continue
        days = _span_days(found.record)
        if days is not None and days >= _AGGREGATE_DAYS:
            out[k] = found.record
    return out


class _Elsewhere:
    """Whether a claim's own place lies apart from every place of an anchored event.

    A claim's *own place* here is the known place (a gazetteer's or a world layer's, not
    one identified within the input) its own place words resolve to; an event's places
    are those of its placed, dated claims. The claim is elsewhere when the event has
    such places and each is ``DISJOINT`` from the claim's (two towns, a town and a
    region of another country); an area or a place of unknown relation is never apart.
    Called with the roots (``find``) of one state of the events: order-free.
    """

    def __init__(
        self,
        claims: Sequence[Claim],
        record: Mapping[int, ClaimResolution],
        vocabulary: Vocabulary,
    ) -> None:
        self._vocabulary = vocabulary
        self._where: dict[int, Place] = {}
        for k, rec in record.items():
            found = rec.place.record if rec.place is not None else None
            if isinstance(found, Place) and not is_local(found) and _own_place(claims[k]):
                self._where[k] = found
        self._anchored = {k for k in self._where if claims[k].when is not None}
        self._pairs: dict[tuple[str, str], bool] = {}
        self._state: tuple[Sequence[int], dict[int, list[Place]]] | None = None

    def _apart(self, a: Place, b: Place) -> bool:
        got = self._pairs.get((a.id, b.id))
        if got is None:
            relation = _relate_places(self._vocabulary, a, b)
            got = self._pairs[a.id, b.id] = relation is PlaceRelation.DISJOINT
        return got

    def __call__(self, k: int, root: int, find: Sequence[int]) -> bool:
        mine = self._where.get(k)
        if mine is None:
            return False
        if self._state is None or self._state[0] is not find:
            places: dict[int, list[Place]] = defaultdict(list)
            for o in self._anchored:
                places[find[o]].append(self._where[o])
            self._state = (find, places)
        theirs = self._state[1].get(root, ())
        return bool(theirs) and all(self._apart(mine, p) for p in theirs)


def _fits(own: tuple[dt.date, dt.date], event: tuple[dt.date, dt.date]) -> bool:
    """Whether a claim's own days can be an incident's of these days.

    A claim of one day (or two: a night) that ends more than ``_GAP_DAYS`` before the
    incident's first day is an earlier incident's (*six soldiers killed on 15 April* in
    an article on a massacre of 20 April): a toll is counted after its incident. A
    claim of a longer time (*late October*: the preparations of a massacre of 9
    November), or one that begins after the incident's last day, is another incident's
    only more than ``_APART_DAYS`` away (a toll of February 2024 in an article recalling
    an April 2023 massacre); nearer, it may be a count of the same incident's dead
    (*the toll rose to 12 on Sunday*).

    >>> import datetime as dt
    >>> day = dt.date(2023, 4, 20)
    >>> before, after = (dt.date(2023, 4, 15),) * 2, (dt.date(2023, 4, 22),) * 2
    >>> _fits(before, (day, day)), _fits(after, (day, day))
    (False, True)
    >>> _fits((dt.date(2023, 4, 1), dt.date(2023, 4, 10)), (day, day))
    True
    """
    first, last = own
    start, end = event
    early = _GAP_DAYS if (last - first).days < _EVENT_DAYS else _APART_DAYS
    return (start - last).days <= early and (first - end).days <= _APART_DAYS
