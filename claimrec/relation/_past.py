"""Two events told apart by time: a past event against the news of another report.

A claim's ``when`` dates its event. A claim that states none still happened by its
report's date (:attr:`~claimrec.ClaimResolution.happened_by`), and news tells of what is
recent: an article that speaks of an older incident dates it ("six were killed in
Kostiantynivka in April", in a September article). So a claim that dates its event
months before its own report's date speaks of a **past event**, and an undated claim of
another article reported months after that event is not placed in it by a shared town,
report dates a few days apart or the same words: the two are two events, whatever their
figures or perpetrators say. Retrospective reports (a UN inquiry published weeks after
the strike it investigates) carry the strike's tolls undated, so the horizon is long:
``_PAST_DAYS`` (about a quarter). One article carrying both claims may tell of its past
event throughout (an anniversary piece): it is never set apart this way.

Two accounts of who did it whose stated event times lie more than a few days apart
(``_ONE_TIME_DAYS``: *16 and 17 October* may date one night's blast) are two events too
(``_disputes._perpetrator_reason``), as the field judge already reads two such times.
"""

from __future__ import annotations

import datetime as dt

from claimrec.model import Claim
from claimrec.relation._aggregates import _AGGREGATE_DAYS, _span_days
from claimrec.relation._fields import _one_article, _Pair, _reason
from claimrec.relation._kinds import Reason, ReasonKind, Relation, Relationship, _sorted_reasons
from claimrec.relation._lookup import _Lookup, _rid
from claimrec.resolution import ClaimResolution
from claimrec.resolution._bounds import bound_day
from claimrec.timespan import TimeSpan

#: An event dated this many days before a report is no news of it: a past event.
_PAST_DAYS = 90


def _last_day(claim: Claim) -> dt.date | None:
    when = claim.when
    if when is None:
        return None
    return (when.end - dt.timedelta(microseconds=1)).date()


def past_event(p: _Pair) -> Reason | None:
    """Return why one claim's past event is not the other's, or None.

    One claim (the *past* one) states an event time that ended more than ``_PAST_DAYS``
    before its own statement's bound (its report's date: it tells of a past event); the
    other states no event time and its report is dated more than ``_PAST_DAYS`` after
    that event ended (news of its own days). Not when one article or one report chain
    carries both. Symmetric in (a, b).

    >>> from claimrec.model import Claim, Report
    >>> from claimrec.relation._fields import _Pair
    >>> from claimrec.relation._lookup import _lookup
    >>> from claimrec.resolution import resolve
    >>> old = Claim(source="Daily", subject="people", predicate="killed", value=6,
    ...             when="2025-04", via=Report(outlet="Daily", published="2025-09-19"))
    >>> new = Claim(source="officials", subject="people", predicate="killed", value=17,
    ...             place="Kayes", via=Report(outlet="Wire", published="2025-09-07"))
    >>> ra, rb = resolve([old, new])
    >>> print(past_event(_Pair(old, new, ra, rb, _lookup(None))).detail)  # doctest: +ELLIPSIS
    Daily's event (2025-04) ended more than 90 days before its report (by 2025-09-19) ...
    """
    if _one_article(p.a, p.b):
        return None
    if _rid(p.ra.origin) is not None and _rid(p.ra.origin) == _rid(p.rb.origin):
        return None
    for (past, rp), (news, rn) in (((p.a, p.ra), (p.b, p.rb)), ((p.b, p.rb), (p.a, p.ra))):
        if news.when is not None:
            continue
        end = _last_day(past)
        if end is None:
            continue
        own = _report_day(rp)
        other = bound_day(rn.happened_by)
        if own is None or other is None:
            continue
        if (own - end).days > _PAST_DAYS and (other - end).days > _PAST_DAYS:
            detail = (
                f"{past.source.name}'s event ({past.when}) ended more than {_PAST_DAYS} "
                f"days before its report (by {own}) and before {news.source.name}'s report "
                f"(by {other}), which gives no event time: a past event, not the news of "
                "that report"
            )
            return _reason(ReasonKind.TEMPORAL, detail)
    return None


def _report_day(rec: ClaimResolution) -> dt.date | None:
    """Return the day a claim's statement was made by (its own time, else its reports')."""
    return bound_day(rec.stated_by)


def period_total(p: _Pair) -> Reason | None:
    """Return why one claim's count over a period is no rival of the other's, or None.

    A claim that counts over a period longer than ``_AGGREGATE_DAYS`` (resolution's
    :attr:`~claimrec.ClaimResolution.period`: *since France intervened in 2013*, *so far
    this year*, *between Nov. 2022 and Apr. 2023*) gives a total of many incidents, and
    the other (no such period, no event time that long) one incident's: a total against
    one incident, which the guidelines file as ``unrelated``. Symmetric in (a, b).
    """
    for (total, rt), (one, ro) in (((p.a, p.ra), (p.b, p.rb)), ((p.b, p.rb), (p.a, p.ra))):
        span = _long_period(rt)
        if span is None or _long_period(ro) is not None:
            continue
        days = _span_days(one.when)
        if days is not None and days >= _AGGREGATE_DAYS:
            continue
        assert rt.period is not None
        detail = (
            f"{total.source.name}'s figure counts over a period ({span}: "
            f"'{rt.period.text}'): a total of many incidents, not the toll of "
            f"{one.source.name}'s incident"
        )
        return _reason(ReasonKind.AGGREGATE, detail)
    return None


def _long_period(rec: ClaimResolution) -> TimeSpan | None:
    """Return the period a claim counts over when it is longer than ``_AGGREGATE_DAYS``."""
    span = None if rec.period is None else rec.period.record
    if isinstance(span, TimeSpan) and (_span_days(span) or 0) >= _AGGREGATE_DAYS:
        return span
    return None


def two_events(  # noqa: PLR0917 - the pair's parts, made into a pair only when needed
    rel: Relationship,
    a: Claim,
    b: Claim,
    ra: ClaimResolution,
    rb: ClaimResolution,
    lookup: _Lookup,
) -> Relationship:
    """Return ``rel``, or ``unrelated`` when it is a contradiction of no one incident.

    A contradiction between a past event and the news of another report
    (:func:`past_event`), or between a total over a period and one incident's claim
    (:func:`period_total`), is no dispute: the two claims speak of two events. Only a
    contradiction is read (the pair of ``a`` and ``b`` is built for it alone).
    """
    if rel.kind is not Relation.CONTRADICTS:
        return rel
    p = _Pair(a, b, ra, rb, lookup)
    two = past_event(p) or period_total(p)
    if two is None:
        return rel
    return Relationship(
        a=rel.a, b=rel.b, kind=Relation.UNRELATED, strength=1.0, reasons=_sorted_reasons([two])
    )
