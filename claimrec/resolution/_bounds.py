"""Time bounds from the report chain: by when a statement was made and an event happened.

A report relays what was said before it was published, about what happened before that:
a statement relayed on day D was made on or before D, and an event a report tells of
happened on or before D. When a claim does not say when it was stated (or when its event
happened), the earliest date of its report chain (a report's ``published`` date, else a
date in its address, ``/2023/10/18/``) is still an upper bound. Resolution gives each
claim two such bounds, each with the rule that fired:

- ``stated_by``: the last day the statement can have been made: ``stated`` (the claim's
  statement time), else ``report chain`` (the earliest dated report of the chain) or
  ``report address`` (a date in a report's address);
- ``happened_by``: the last day the event can have begun: ``event time`` (the claim's
  ``when``), else the statement's bound (``stated``, ``report chain``, ``report
  address``): a toll stated on D is a toll of an event on or before D.

A bound is never the statement time: :attr:`ClaimResolution.stated` stays unknown when
only a relaying report's date is known.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from importlib.resources import files

from claimrec._text import normalize
from claimrec.errors import ClaimrecError
from claimrec.model import Claim, Report
from claimrec.resolution._records import Resolved
from claimrec.timespan import TimeSpan

_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-](\d\d)[/-](\d\d)(?:/|[^\d])")

#: Rules of a bound read from the reports, not from the claim itself.
REPORT_RULES = frozenset({"report chain", "report address"})


def url_date(url: str | None) -> dt.date | None:
    """Return the publication date many news addresses carry (``/2021/06/05/``), if any.

    >>> url_date("https://example.org/2021/06/05/solhan"), url_date("https://example.org/x")
    (datetime.date(2021, 6, 5), None)
    """
    if not url:
        return None
    found = _URL_DATE.search(url)
    if found is None:
        return None
    try:
        return dt.date(int(found[1]), int(found[2]), int(found[3]))
    except ValueError:
        return None


def chain_date(report: Report | None) -> tuple[dt.date, str, Report] | None:
    """Return the earliest date of a report chain, the rule that gave it and its report.

    Every report of the chain was published after the statement it relays, so the
    earliest is the tightest bound. A ``published`` date wins over an address's date on
    the same day.
    """
    if report is None:
        return None
    best: tuple[dt.date, str, Report] | None = None
    for r in report.chain():
        if r.published is not None:
            found = (r.published, "report chain", r)
        else:
            day = url_date(r.url)
            if day is None:
                continue
            found = (day, "report address", r)
        if best is None or found[0] < best[0]:
            best = found
    return best


def _day_hit(day: dt.date, text: str, score: float, rule: str) -> Resolved:
    span = TimeSpan.day(day)
    return Resolved(id=str(span), name=str(span), text=text, score=score, rule=rule, record=span)


def stated_by(claim: Claim, stated: Resolved | None) -> Resolved | None:
    """Return the last day the claim's statement can have been made, or None.

    ``stated`` is the resolved statement time: then it is its own bound (the same
    record, with the rule that read it: ``stated``, ``origin report``, ``own report``);
    else the report chain's earliest date.

    >>> from claimrec.model import Claim, Report
    >>> wire = Report(outlet="Wire", published="2025-07-03",
    ...               relays=Report(outlet="Radio", url="https://radio.example/2025/07/02/x"))
    >>> c = Claim(source="FAMa", subject="militants", predicate="killed", value=12, via=wire)
    >>> hit = stated_by(c, None)
    >>> hit.id, hit.rule, hit.text
    ('2025-07-02', 'report address', 'Radio')
    """
    if stated is not None and isinstance(stated.record, TimeSpan):
        return stated  # the statement time bounds itself: no second record
    found = chain_date(claim.via)
    if found is None:
        return None
    day, rule, report = found
    return _day_hit(day, report.outlet, 0.9, rule)


def happened_by(claim: Claim, stated_bound: Resolved | None) -> Resolved | None:
    """Return the last day the claim's event can have begun, or None.

    The claim's event time (rule ``event time``, its record the claim's ``when``), else
    the statement's bound (``stated_bound``, with its rule): what was stated on D
    happened by D.

    >>> from claimrec.model import Claim, Report
    >>> c = Claim(source="FAMa", subject="militants", predicate="killed", value=12,
    ...           via=Report(outlet="Wire", published="2025-07-03"))
    >>> hit = happened_by(c, stated_by(c, None))
    >>> hit.id, hit.rule
    ('2025-07-03', 'report chain')
    """
    when = claim.when
    if when is not None:
        text = when.text or str(when)
        return Resolved(id=str(when), name=str(when), text=text, score=1.0, rule="event time",
                        record=when)  # fmt: skip
    return stated_bound


def period_of(claim: Claim) -> Resolved | None:
    """Return the span a claim's qualifier states when the claim states no ``when``, or None.

    A toll or an act counted over a period says it in a qualifier as often as in ``when``
    (*scores of civilians killed*, qualified *between Nov. 2022 and Apr. 2023*): the
    first qualifier that is a date phrase and nothing else, read without a reference day
    (a relative *Tuesday* is no period), gives it (rule ``qualifier``); else the first
    that counts since a year, or so far this year, up to the report's date
    (:func:`since_span`, rule ``since``). Never the claim's ``when``: relations read it
    as what the count spans.

    >>> from claimrec.model import Claim
    >>> c = Claim(source="HRW", subject="civilians", predicate="killed", value="scores",
    ...           qualifiers=["citing witnesses", "between Nov. 2022 and Apr. 2023"])
    >>> hit = period_of(c)
    >>> hit.id, hit.rule
    ('2022-11-01/2023-04-30', 'qualifier')
    >>> period_of(Claim(source="HRW", subject="civilians", predicate="killed", value=3,
    ...                 qualifiers=["Tuesday"])) is None
    True
    >>> period_of(Claim(source="AP", subject="soldiers", predicate="killed", value=50,
    ...                 qualifiers=["since the intervention in 2013"])).rule
    'since'
    """
    if claim.when is not None:
        return None
    for text in claim.qualifiers:
        span = _qualifier_span(text)
        if span is not None:
            return Resolved(id=str(span), name=str(span), text=text, score=0.9,
                            rule="qualifier", record=span)  # fmt: skip
    if not claim.qualifiers:
        return None
    found = chain_date(claim.via)
    report = None if found is None else found[0]
    for text in claim.qualifiers:
        span = since_span(text, report)
        if span is not None:
            return Resolved(id=str(span), name=str(span), text=text, score=0.8,
                            rule="since", record=span)  # fmt: skip
    return None


#: A count since a time at least this long before its report may total several events
#: (relation's ``_AGGREGATE_DAYS``: a week); a shorter one counts one incident so far.
_SINCE_DAYS = 7

_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


@functools.cache
def _period_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Return the since-words and year-to-date phrases of ``periods.json`` as two patterns."""
    text = (files("claimrec") / "data" / "periods.json").read_text(encoding="utf-8")
    data = json.loads(text)

    def pattern(words: list[str]) -> re.Pattern[str]:
        keys = sorted({normalize(w) for w in words}, key=len, reverse=True)
        return re.compile(r"\b(?:" + "|".join(re.escape(k) for k in keys) + r")\b")

    return pattern(data["since"]["words"]), pattern(data["year_to_date"]["words"])


@functools.lru_cache(maxsize=4096)
def since_span(text: str, report: dt.date | None) -> TimeSpan | None:
    """Return the period a qualifier counts over up to the report, or None.

    A count *since* a time that names a year (*since France intervened in 2013*,
    *depuis janvier 2012*, *seit 2014*) runs from that time (the words after *since* read
    as a date, else the year's first day) to the report's date (``report``; unknown, to
    the end of that time); a count *so far this year* (*depuis le début de l'année*, *en
    lo que va del año*) from the report's year's first day to the report. Only a period
    longer than ``_SINCE_DAYS``: *since Tuesday*, *since the attack*, *since 1 July* in a
    report of 3 July count one incident's toll so far. The phrase begins the qualifier:
    *the deadliest attack since 2015* compares one incident with the past, and *lanzado
    desde Gaza en 2023* says where from. Words: ``periods.json``.

    >>> import datetime as dt
    >>> since_span("since France first intervened in Mali in 2013", dt.date(2021, 1, 10))
    TimeSpan.parse('2013-01-01/2021-01-10')
    >>> since_span("depuis le début de l'année", dt.date(2024, 6, 30))
    TimeSpan.parse('2024-01-01/2024-06-30')
    >>> since_span("depuis janvier 2012", None)
    TimeSpan.parse('2012-01')
    >>> since_span("since Tuesday", dt.date(2024, 6, 30)) is None
    True
    >>> since_span("since 1 July 2025", dt.date(2025, 7, 3)) is None
    True
    >>> since_span("the deadliest attack since 2015", dt.date(2024, 6, 30)) is None
    True
    """
    key = normalize(text)
    since, to_date = _period_words()
    start: dt.date | None = None
    span: TimeSpan | None = None
    if to_date.match(key) is not None:
        if report is None:
            return None
        start = dt.date(report.year, 1, 1)
    else:
        opened = since.match(key)
        if opened is None:
            return None
        rest = key[opened.end() :].strip()
        year = _YEAR.search(rest)
        if year is None:
            return None
        span = _qualifier_span(rest)
        start = span.start.date() if span is not None else dt.date(int(year[1]), 1, 1)
    if report is not None and report > start:
        end = report
    elif span is not None:
        end = (span.end - dt.timedelta(microseconds=1)).date()
    else:
        end = dt.date(start.year, 12, 31)
    if (end - start).days < _SINCE_DAYS:
        return None
    if span is not None and report is None:
        return span
    return TimeSpan.parse(f"{start.isoformat()}/{end.isoformat()}")


@functools.lru_cache(maxsize=4096)
def _qualifier_span(text: str) -> TimeSpan | None:
    try:
        return TimeSpan.parse(text)
    except ClaimrecError:
        return None


def bound_day(hit: Resolved | None) -> dt.date | None:
    """Return the last day a bound's span covers (None for no bound)."""
    if hit is None or not isinstance(hit.record, TimeSpan):
        return None
    return (hit.record.end - dt.timedelta(microseconds=1)).date()
