"""Events: the claims about one incident, and aggregates over several (private)."""

from __future__ import annotations

import datetime as dt
import hashlib
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

from claimrec._text import normalize
from claimrec.graph._background import _APART_DAYS, _GAP_DAYS, _Elsewhere, _fits, _totals
from claimrec.graph._results import Event
from claimrec.model import Claim, Report
from claimrec.relation import (
    _EVENT_DAYS,
    _FINE_KINDS,
    _place_of,
    _span_days,
)
from claimrec.resolution import ClaimResolution, Resolution
from claimrec.resolution._anaphora import own_place as _own_place
from claimrec.resolution._bounds import bound_day
from claimrec.resolution._geography import _relate_places, is_local
from claimrec.resolution._words import _place_core, _place_head, _place_names, _wide_head
from claimrec.timespan import TimeSpan
from claimrec.vocab import Place, Vocabulary

# --------------------------------------------------------------------------- events

#: When a list, every link the clustering makes is appended to it as (claim id, claim id,
#: reason): for ``benchmarks/news_events.py`` to explain events that mix incidents.
_TRACE: list[tuple[str, str, str]] | None = None



def _events(
    claims: list[Claim],
    resolution: Resolution,
    groups: Mapping[str, str],
    aggregates: Mapping[str, tuple[str, ...]],
) -> tuple[tuple[Event, ...], dict[str, Event]]:
    # The links are recorded as they are found and the events are their connected
    # components, each named by its smallest index (what a union-find joining the larger
    # root under the smaller gives); a component's reasons are those of its links.
    link_x = array("i")  # machine integers: a million links hold 9 MB, not 80
    link_y = array("i")
    link_why = array("B")  # the reason's code in ``reasons``
    reasons: dict[str, int] = {}

    def union(x: int, y: int, reason: str) -> None:
        if _TRACE is not None:
            _TRACE.append((claims[x].id, claims[y].id, reason))
        link_x.append(x)
        link_y.append(y)
        code = reasons.get(reason)
        link_why.append(reasons.setdefault(reason, len(reasons)) if code is None else code)

    # the claims in the order of their ids: every link is then wired (which claim of a
    # group is its hub) the same way whatever the input order, and the links the events
    # keep between countries (``_kept``) are too
    # (each claim's resolution is read by its input position, which ``order`` holds only
    # while the records are read: no index of the claims by id is kept)
    order = sorted(range(len(claims)), key=lambda k: claims[k].id)
    claims = [claims[k] for k in order]
    records = [
        None if c.id in aggregates else resolution[k] for c, k in zip(claims, order, strict=True)
    ]
    del order
    totals = _totals(claims, records)
    for k in totals:  # a total over a period is an aggregate of its own, no member
        records[k] = None
    members = [k for k, rec in enumerate(records) if rec is not None]
    record = _Records(records, members)  # read once
    country = _country_codes(len(claims), record)
    by_label: dict[str, int] = {}  # an event label's first claim
    by_day: dict[tuple[str, dt.date], int] = {}  # a place and day's first claim
    items: dict[str, list[int]] = defaultdict(list)  # aligned items, linked once anchored
    coarse: dict[object, list[int]] = defaultdict(list)
    fine: dict[object, list[int]] = defaultdict(list)  # each claim's place read again
    for k in members:
        claim = claims[k]
        group = groups.get(claim.id)
        if group is not None:
            items[group].append(k)
        if claim.event is not None:
            label = normalize(claim.event)
            if label in by_label:
                union(by_label[label], k, "one event label")
            else:
                by_label[label] = k
        days = _span_days(claim.when)
        if claim.when is None or days is None or days >= _EVENT_DAYS:
            continue
        place = _place_of(record[k])
        if place is None:
            continue
        day = claim.when.start.date()
        if (place.id, day) in by_day:
            union(by_day[place.id, day], k, "one place, one day")
        else:
            by_day[place.id, day] = k
        if place.kind in _FINE_KINDS:
            fine[day].append(k)
        else:
            coarse[day].append(k)
    # The claims of one place and one day are one event already (the key above), so each
    # day relates each distinct area to each distinct fine place once, through one claim
    # of each: the partition is the one every pair of claims would give.
    nested: dict[tuple[str, str], bool] = {}  # each pair of places related once
    for moment, wide in coarse.items():
        areas: dict[str, tuple[int, Place]] = {}
        for k in wide:
            area = _place_of(record[k])
            if area is not None:
                areas.setdefault(area.id, (k, area))
        places: dict[str, tuple[int, Place]] = {}
        for f in fine.get(moment, ()):
            place = _place_of(record[f])
            if place is not None:
                places.setdefault(place.id, (f, place))
        for k, area in areas.values():
            for f, place in places.values():
                within = nested.get((place.id, area.id))
                if within is None:
                    within = nested[place.id, area.id] = _relate_places(
                        resolution.vocabulary, place, area
                    ).value in ("within", "same")
                if within:
                    union(k, f, "places within one another, one day")
    # each pass's working state is dropped when the pass is done: the passes' states
    # are not held together (at 100k claims about 30 MiB of the events' peak)
    del by_label, by_day, coarse, fine, nested
    # claims naming one place (its gazetteer id, the same words, or the same first name:
    # "Moura", "village de Moura", "zone de Moura, cercle de Djenné") on days that can be
    # one incident's: one event
    by_name: dict[str, list[int]] = defaultdict(list)
    heads: dict[str, list[int]] = defaultdict(list)
    for k in members:
        named = record[k].place
        own = _own_place(claims[k])
        text = own or (named.text if named is not None else None)
        if (
            named is not None
            and isinstance(named.record, Place)
            and named.record.kind in _FINE_KINDS
            and not is_local(named.record)
        ):
            by_name["id:" + named.id].append(k)
        elif text is not None and (named is None or is_local(named.record)):
            # a place identified within the input groups by its words, as before it had
            # an identity: one identity over many days would leave its undated claims in
            # no event (_one_place)
            by_name["words:" + _place_core(text)].append(k)
        head = _place_head(own) if own is not None else None
        if head is not None:
            heads[head].append(k)
    for head, ks in heads.items():
        # a head that names a wide area ("Borno State", "Cabo Delgado") is no evidence;
        # a head of one claim links nothing (each shared head looked up once)
        if len(ks) < 2 or _wide_head(head, resolution.vocabulary):
            continue
        kept = [k for k in ks if not _names_its_area(head, record[k])]
        if len(kept) > 1:
            by_name["name:" + head] = kept
    _one_name_one_day(claims, members, resolution, union)
    slots: dict[int, _Slot] = {}
    shared: dict[_Slot, _Slot] = {}  # each distinct slot held once (a day's claims share it)
    for ks in by_name.values():
        if len(ks) > 1:
            for k in ks:
                if k not in slots:
                    slot = _slot(claims[k], record[k])
                    slots[k] = shared.setdefault(slot, slot)
            _one_place(ks, slots, union)
    del shared, slots, by_name, heads
    # a claim with no time or no place joins the one event its report's (its article's)
    # claims reach; the claims of a report none of whose claims has both are one event
    # (lists, not sets: each claim is added once, in the order of the claims)
    name = _Articles()
    by_report: dict[str, list[int]] = defaultdict(list)
    loose: dict[str, list[int]] = defaultdict(list)
    for k in members:
        claim = claims[k]
        if claim.via is None:
            continue
        # the statements one article (one address) relays are one report's claims
        article = name(claim.via)
        if claim.when is None or _own_place(claim) is None:
            loose[article].append(k)
        else:
            by_report[article].append(k)
    _wholes(record, items, by_report, resolution.vocabulary)
    elsewhere = _Elsewhere(claims, record, resolution.vocabulary)
    _items(
        claims, record, items, by_report=by_report, loose=loose, links=(link_x, link_y),
        union=union, country=country, article=name, elsewhere=elsewhere,
    )  # fmt: skip
    _one_report(
        len(claims), by_report, loose, link_x, link_y, union=union, country=country,
        when=[c.when for c in claims], elsewhere=elsewhere,
    )  # fmt: skip
    _wider_areas(
        claims, record, by_report, loose, (link_x, link_y), union=union, country=country,
        article=name,
    )  # fmt: skip
    # the events a wider area joined are one: a loose event whose reports reached two of
    # them reaches one now
    _one_report(
        len(claims), by_report, loose, link_x, link_y, union=union, country=country,
        when=[c.when for c in claims], elsewhere=elsewhere,
    )  # fmt: skip
    held = _kept(len(claims), link_x, link_y, country)  # no event holds two countries
    kept_x, kept_y = np.asarray(link_x)[held], np.asarray(link_y)[held]
    find = _roots(len(claims), kept_x, kept_y)  # arrays: no Python int per link
    why: dict[int, set[str]] = defaultdict(set)
    names = list(reasons)
    for x, code in _distinct(find, kept_x, np.asarray(link_why)[held]):
        why[x].add(names[code])
    clusters: dict[int, list[int]] = defaultdict(list)
    for k in members:
        clusters[find[k]].append(k)
    out: list[Event] = []
    of: dict[str, Event] = {}
    for root, ks in clusters.items():
        event = _event([claims[k] for k in ks], tuple(sorted(why.get(root, ()))))
        out.append(event)
        for k in ks:
            of[claims[k].id] = event
    for k, period in sorted(totals.items()):
        # a total over a period covers the events of its article's claims in that period
        via = claims[k].via
        told: Sequence[int] = by_report.get(name(via), ()) if via is not None else ()
        first, last = _days(period)
        covered = {
            of[claims[j].id].id
            for j in told
            if (t := claims[j].when) is not None
            and first <= _days(t)[0]
            and _days(t)[1] <= last
        }
        event = _event([claims[k]], ("a total over a period",), aggregate=True,
                       covers=tuple(sorted(covered)))  # fmt: skip
        out.append(event)
        of[claims[k].id] = event
    first_of: dict[str, Claim] = {}  # by id: a scan of every claim per aggregate was quadratic
    for c in claims if aggregates else ():
        first_of.setdefault(c.id, c)
    for claim_id, inside in aggregates.items():
        claim = first_of[claim_id]
        covers = tuple(sorted({of[x].id for x in inside if x in of}))
        event = _event([claim], ("a total over several events",), aggregate=True, covers=covers)
        out.append(event)
        of[claim_id] = event
    out.sort(key=lambda e: (-len(e.claims), e.claims[0].id))
    return tuple(out), of


def _one_name_one_day(
    claims: Sequence[Claim],
    members: Sequence[int],
    resolution: Resolution,
    union: Callable[[int, int, str], None],
) -> None:
    """Join the claims of one day whose place strings name one place (order-free).

    A place named on one day is one incident's, as a known town is when several sites
    *near* it resolve to it: *Baisaran near Pahalgam* and *a famed meadow near Kashmir's
    Pahalgam town* on 22 April, neither known to the gazetteer, name Pahalgam. Any name
    of a place string that names one place counts (:func:`_place_names`: not a list, not
    a compound), unless it names a wide area (*Kashmir*, *Borno State*).
    """
    named: dict[tuple[str, dt.date], list[int]] = defaultdict(list)
    wide: dict[str, bool] = {}
    names_of: dict[str, tuple[str, ...]] = {}  # each distinct place string read once
    for k in members:
        claim = claims[k]
        days = _span_days(claim.when)
        own = _own_place(claim)
        if own is None or claim.when is None or days is None or days >= _EVENT_DAYS:
            continue
        names = names_of.get(own)
        if names is None:
            names = names_of[own] = _place_names(own)
        day = claim.when.start.date()
        for name in names:
            if name not in wide:
                wide[name] = _wide_head(name, resolution.vocabulary)
            if not wide[name]:
                named[name, day].append(k)
    for ks in named.values():
        for k in ks[1:]:
            union(ks[0], k, "one name, one day")


def _one_report(
    n: int,
    by_report: Mapping[str, Sequence[int]],
    loose: Mapping[str, list[int]],
    link_x: Sequence[int],
    link_y: Sequence[int],
    *,
    union: Callable[[int, int, str], None],
    country: _Codes | None = None,
    when: Sequence[TimeSpan | None] = (),
    elsewhere: _Elsewhere | None = None,
) -> None:
    """Join the claims with no place or no time to their report's one event (order-free).

    ``by_report``: per report, its claims with a place and a time; ``loose``: its others.
    An event holding a placed, dated claim is *anchored*. First, the loose claims of a
    report with no placed, dated claim that are in no anchored event are one event.
    A report *reaches* the one event of its placed, dated claims or, when it has none,
    the one anchored event its other claims are in ("the attack was claimed by ..."
    beside an undated "26 killed in Pahalgam" that the place puts in the Pahalgam
    event); a report whose claims are in several anchored events, or in none, reaches
    none. A loose event joins an anchored event when the report of each of its loose
    claims reaches that one event: a loose "people killed" aligned across two articles
    about two incidents joins neither (it would bridge them); a report that reaches
    none (an article all of whose claims lack a place or a time, or one whose placed,
    dated claims are several incidents it recalls) neither leads nor bars it. A loose
    claim whose own time (``when``, per claim) lies more than ``_APART_DAYS`` from the
    days of the event reached (an April toll recalled in an article on a strike of
    September) bars its loose event from it. A loose claim already in an anchored event
    stays there, whatever its report reaches. So does a loose claim whose own place is
    a known place apart from every place of that event (``_Elsewhere``: *18 killed at a
    shopping center in Kremenchuk* last June, recalled in an article on Dnipro).
    """
    find = _roots(n, link_x, link_y)
    anchored = {find[o] for others in by_report.values() for o in others}
    joins: list[tuple[int, int]] = []  # decided on one state of the events: order-free
    for report, ks in loose.items():
        if report not in by_report:
            free = sorted(k for k in ks if find[k] not in anchored)
            joins.extend((free[0], k) for k in free[1:])
    for x, y in joins:
        union(x, y, "one report")
    find = _roots(n, link_x, link_y, country)
    anchored = {find[o] for others in by_report.values() for o in others}
    spans: dict[int, tuple[dt.date, dt.date]] = {}  # anchored event -> its days
    for placed in by_report.values() if when else ():
        for o in placed:
            if (span := when[o]) is not None:
                first, last = _days(span)
                got = spans.get(find[o])
                spans[find[o]] = (
                    (first, last) if got is None else (min(got[0], first), max(got[1], last))
                )

    def apart(k: int, root: int) -> bool:
        # a loose claim's own time far from the days of the event its report reaches
        span = when[k] if when else None
        if span is None or root not in spans:
            return False
        return not _fits(_days(span), spans[root])

    targets: dict[int, set[int]] = defaultdict(set)  # loose event -> anchored events
    held: dict[int, list[int]] = defaultdict(list)  # loose event -> its loose claims
    for report, ks in loose.items():
        others = by_report.get(report)
        if others:
            roots = {find[o] for o in others}
        else:
            roots = {find[k] for k in ks if find[k] in anchored}
        for k in ks:
            if find[k] in anchored:
                continue
            held[find[k]].append(k)
            targets[find[k]].update(roots if len(roots) <= 1 else ())  # several: none
    for root, to in sorted(targets.items()):
        if len(to) != 1:
            continue
        target = next(iter(to))
        if not any(
            apart(k, target) or (elsewhere is not None and elsewhere(k, target, find))
            for k in held[root]
        ):
            union(target, root, "one report")


def _wider_areas(
    claims: Sequence[Claim],
    record: Mapping[int, ClaimResolution],
    by_report: Mapping[str, Sequence[int]],
    loose: Mapping[str, list[int]],
    links: tuple[Sequence[int], Sequence[int]],
    *,
    union: Callable[[int, int, str], None],
    country: _Codes | None = None,
    article: Callable[[Report], str] | None = None,
) -> None:
    """Join an event placed only in a wide area to the one incident its reports tell of.

    An anchored event (one holding a placed, dated claim) is *wide* when each of its
    placed, dated claims names no fine place: a country, a region or a district
    (*central Burkina Faso*, August 2024), or words naming no place (*dans la région*,
    September 2023). Such an event is the incident of the same articles that tell of
    one fine incident in its time: the articles of its claims are read, and when the
    anchored events their other claims are in, among those that are not wide and whose
    days fall within the wide event's days, of no other known country, are one event,
    the wide event joins it. Articles that tell of two such incidents (or of none) join
    nothing; a wide event whose articles name no incident in its time (a national toll
    of a year) stays apart. Decided on one state of the events: order-free.
    """
    n = len(claims)
    article = article or _article
    find = _roots(n, *links, country)
    placed: dict[int, list[int]] = defaultdict(list)  # anchored event -> its placed claims
    for others in by_report.values():
        for o in others:
            placed[find[o]].append(o)
    wide = {
        root
        for root, ks in placed.items()
        if all(_wide_place(claims[k], record[k]) for k in ks)
    }
    if not wide:
        return
    spans: dict[int, tuple[dt.date, dt.date]] = {}
    for root, ks in placed.items():
        for k in ks:
            when = claims[k].when
            if when is None:
                continue
            first = when.start.date()
            last = max(first, (when.end - dt.timedelta(microseconds=1)).date())
            got = spans.get(root)
            spans[root] = (
                (first, last) if got is None else (min(got[0], first), max(got[1], last))
            )
    codes: dict[int, set[int]] = defaultdict(set)  # event -> its claims' known countries
    if country is not None:
        for k in record:
            if (code := int(country[k])) >= 0:
                codes[find[k]].add(code)
    articles: dict[int, set[str]] = defaultdict(set)  # wide event -> its claims' articles
    for k in record:
        via = claims[k].via
        if find[k] in wide and via is not None:
            articles[find[k]].add(article(via))
    for root in sorted(wide):
        if root not in spans:
            continue
        first, last = spans[root]
        met = {
            find[o]
            for article in articles[root]
            for o in (*by_report.get(article, ()), *loose.get(article, ()))
            if find[o] in placed and find[o] not in wide and find[o] in spans
        }
        met = {
            m
            for m in met
            if first <= spans[m][0]
            and spans[m][1] <= last
            and not (codes[m] and codes[root] and codes[m] != codes[root])
        }
        if len(met) == 1:
            union(min(placed[next(iter(met))]), min(placed[root]), "a wider area, one report")


def _wide_place(claim: Claim, rec: ClaimResolution) -> bool:
    """Whether a claim's place is no fine place: an area, or words that name no place."""
    found = rec.place.record if rec.place is not None else None
    if isinstance(found, Place):
        return found.kind not in _FINE_KINDS and not is_local(found)
    own = _own_place(claim)
    return own is not None and not _place_names(own)


def _items(
    claims: Sequence[Claim],
    record: Mapping[int, ClaimResolution],
    items: Mapping[str, list[int]],
    *,
    by_report: Mapping[str, Sequence[int]],
    loose: Mapping[str, list[int]],
    links: tuple[Sequence[int], Sequence[int]],
    union: Callable[[int, int, str], None],
    country: _Codes | None = None,
    article: Callable[[Report], str] | None = None,
    elsewhere: _Elsewhere | None = None,
) -> None:
    """Join the claims of each aligned item, unless its claims' days split it (order-free).

    An item's claims say one thing of one subject ("people killed"), but a claim with no
    place and no time aligns with the same words about any incident, years and continents
    apart. So each claim of an item is given what the other links (event labels, places,
    days) already say of its time. Its *context*: the anchored event (holding a placed,
    dated claim) it is in, else the one its report's claims reach (as in ``_one_report``)
    unless the claim's own time lies more than ``_APART_DAYS`` from that event's days (an
    April toll recalled in an article on a strike of September), with that event's days. A
    claim whose own place is a known place apart from every place of that event
    (``_Elsewhere``) is another incident's: it takes no context, and its bound never places
    it in that event's incident (it may place it in another's: a shelling of Rwanda in an
    article on Goma, with the Gisenyi toll of its day). Else its *bound*: the day it was
    reported by (its report's date), else the earliest day by which the events of its
    report's other claims were reported. Contexts whose days are more than ``_APART_DAYS``
    apart are of different incidents (chains of nearer ones are one). An item whose claims
    all fit one incident joins them all, as before. Otherwise it is split: the claims of
    each incident's contexts, with each claim whose bound fits that incident alone (a claim
    reported by 29 July is not of an incident of November, nor is one reported more than
    ``_STALE_DAYS`` after an incident ended of it); the claims whose bounds fit no incident,
    in chains of bounds at most ``_STALE_DAYS`` apart (reports of 2020 and of 2023 are two
    incidents'); and the claims nothing places (no context, no bound, or a bound fitting
    several incidents) are one part each: a loose claim no longer bridges two incidents, and
    loose claims stay together.

    In every part, a claim nothing places (no context, no bound) comes along only when
    the known countries of its report's claims are those of the events of the part's
    contexts, or when neither knows any: an undated toll of an article naming no country
    bridges no incident of a known country to another. A claim its bound alone places
    comes along unless its report's claims know a country the events do not (a toll of
    an article on a prison in Ukraine, reported after a massacre in Congo).

    A claim nothing places, of a known country (its own, else its report's one), is of
    the one incident of the item (a context's, or a chain of bounds) not known to be of
    another country, when there is one; the claims that still fit no incident are one
    part per known country (those of no country with the one country there is, in no
    part when there are several, nor when they are alone in an item whose incidents are
    of several countries: ``_item_parts``).

    A part none of whose claims is in an anchored event, whose contexts are all one event
    that their reports reach, joins that event (else an item of loose claims floats
    apart from the incident every article that places it names), its claims that nothing
    places only by the country test above (the others stay with the part's other such
    claims, apart). A part whose reports reach two events joins neither (as a report
    reaching two reaches none).
    """
    multi = [ks for ks in items.values() if len(ks) > 1]  # an item of one claim links none
    if not multi:
        return
    find = _roots(len(claims), *links, country)
    anchored = {find[o] for others in by_report.values() for o in others}
    # only the claims of items of several claims, and their reports, are read
    needed = {k for ks in multi for k in ks}
    article = article or _article
    report_of = {k: article(r) for k in needed if (r := claims[k].via) is not None}
    own: dict[int, dt.date | None] = {}

    def bound_of(k: int) -> dt.date | None:
        if k not in own:
            own[k] = bound_day(record[k].happened_by)
        return own[k]

    reached: dict[str, int | None] = {}  # report -> the one anchored event it reaches

    def reach(report: str) -> int | None:
        if report not in reached:
            others = by_report.get(report, ())
            roots = {find[o] for o in others} or {
                find[k] for k in loose.get(report, ()) if find[k] in anchored
            }
            reached[report] = next(iter(roots)) if len(roots) == 1 else None
        return reached[report]

    # an undated report's claims were reported by the earliest day any claim of the
    # events of its other claims was reported by
    earliest: dict[str, dt.date | None] = {}
    context: dict[int, int] = {}  # claim -> the one anchored event it is in or reaches
    bound: dict[int, dt.date] = {}  # claim with no context -> the day it was reported by
    pending: list[tuple[int, str]] = []
    reached_days: dict[int, tuple[dt.date, dt.date] | None] = {}

    def own_time_fits(k: int, root: int) -> bool:
        # a claim's own time (a month, a day with no place) that lies more than
        # _APART_DAYS from the days of the event its report reaches is another incident's
        when = claims[k].when
        if when is None:
            return True
        if root not in reached_days:
            days = [_days(t) for o in placed_of.get(root, ()) if (t := claims[o].when) is not None]
            reached_days[root] = (
                (min(d[0] for d in days), max(d[1] for d in days)) if days else None
            )
        got = reached_days[root]
        return got is None or _fits(_days(when), got)

    placed_of: dict[int, list[int]] = defaultdict(list)  # anchored event -> placed claims
    for others in by_report.values():
        for o in others:
            placed_of[find[o]].append(o)
    barred: dict[int, int] = {}  # claim -> the event its report reaches, placed apart
    for k in needed:
        via = report_of.get(k)
        if find[k] in anchored:
            context[k] = find[k]
            continue
        if via is not None and (root := reach(via)) is not None and own_time_fits(k, root):
            if elsewhere is None or not elsewhere(k, root, find):
                context[k] = root
                continue
            barred[k] = root  # its own place is another's: placed as if unreached
        if (day := bound_of(k)) is not None:
            bound[k] = day
        elif via is not None:
            pending.append((k, via))
            earliest[via] = None
    if pending:
        ofs = {
            j: report
            for report in earliest
            for j in (*by_report.get(report, ()), *loose.get(report, ()))
        }
        wanted = dict.fromkeys(find[j] for j in ofs)
        for k in record:
            if find[k] in wanted and (day := bound_of(k)) is not None:
                got_day = wanted[find[k]]
                wanted[find[k]] = day if got_day is None else min(got_day, day)
        for j, report in ofs.items():
            day = wanted[find[j]]
            if day is not None:
                got_day = earliest[report]
                earliest[report] = day if got_day is None else min(got_day, day)
        for k, report in pending:
            if (day := earliest[report]) is not None:
                bound[k] = day
    spans: dict[int, tuple[dt.date, dt.date]] = {}  # anchored event -> its first, last day
    read = set(context.values())
    for others in by_report.values():
        for o in others:
            when = claims[o].when
            if when is None or find[o] not in read:
                continue
            first = when.start.date()
            last = max(first, (when.end - dt.timedelta(microseconds=1)).date())
            got = spans.get(find[o])
            spans[find[o]] = (
                (first, last) if got is None else (min(got[0], first), max(got[1], last))
            )
    # the known countries of the items' claims' reports, and of their contexts' events
    said: dict[str, set[int]] = {}  # read for the reports of claims nothing places only
    held: dict[int, set[int]] = defaultdict(set)

    def countries_of(report: str) -> set[int]:
        if report not in said:
            said[report] = {
                code
                for j in (*by_report.get(report, ()), *loose.get(report, ()))
                if country is not None and (code := int(country[j])) >= 0
            }
        return said[report]

    if country is not None and read:
        roots = np.asarray(find, dtype=np.int64)
        known = np.flatnonzero(
            (country >= 0) & np.isin(roots, np.fromiter(read, dtype=np.int64, count=len(read)))
        )
        for root, code in zip(roots[known].tolist(), country[known].tolist(), strict=True):
            held[root].add(code)
    # the one known country of each claim nothing places by its own (or its report's)
    # claims: which of an item's incidents it can be of
    known_of: dict[int, int] = {}
    if country is not None:
        for k in needed:
            if k in context:
                continue
            if (code := int(country[k])) >= 0:
                known_of[k] = code
            elif len(theirs := countries_of(report_of.get(k, ""))) == 1:
                known_of[k] = next(iter(theirs))
    timed = {k: _days(t) for k in bound if (t := claims[k].when) is not None}
    for ks in multi:
        for part in _item_parts(
            ks, context, bound, spans, known=known_of, held=held, timed=timed, barred=barred
        ):
            targets = {context[k] for k in part if k in context}
            # a claim nothing places (no context, no bound) comes along only when its
            # report is of the country of the events the part's contexts are (or
            # neither knows one): an undated toll of an article that names no country
            # bridges no two countries' incidents; a claim its report's date alone
            # places, not when its report names another country
            where = set().union(*(held[t] for t in targets))
            unknown = {-1} if where else set()  # no country, of an event of one
            stray = [
                k
                for k in part
                if targets
                and k not in context
                and not (
                    countries_of(report_of.get(k, "")) or (unknown if k not in bound else where)
                )
                <= where
            ]
            if len(targets) != 1 or any(find[k] in anchored for k in part):
                # only a part placed through its claims' reports alone, all reaching
                # one event, joins that event here; the others are in theirs already
                targets = set()
            kept = [k for k in part if k not in stray]
            for side in (kept, stray):
                head = min(side, default=-1)
                for k in side:
                    if k != head:
                        union(head, k, "aligned items")
            for c in targets:
                union(c, min(kept), "aligned items")


def _wholes(
    record: Mapping[int, ClaimResolution],
    items: dict[str, list[int]],
    by_report: Mapping[str, Sequence[int]],
    vocabulary: Vocabulary,
) -> None:
    """Give each aligned item of the dead the placed, dated claims of its part's items.

    One family's dead (*relatives killed*: a class that says nothing of who the dead
    were, in no exclusive group of the vocabulary, whose one broader class is the one
    that says nothing either, *people*) are a part of an incident's toll, never a rival
    count of it: they are an item of their own (``tolls3``). But where and when they
    died is where and when the whole toll did: their claims that a place and a day
    anchor are added to the item of the whole (the broader class, the same predicate)
    as its contexts (``_items``), so the whole's claims that nothing places are split
    by incident and join the one they fit, as when such a claim was one of the whole's.
    A status's count (*civilians*, *soldiers*) or a part of one (*children* of the
    civilians) anchors nothing: measured, they join the claims of other incidents.
    Order-free: it reads the items' claims only.
    """
    anchored = {k for ks in by_report.values() for k in ks}
    if not anchored:
        return
    subjects = vocabulary.subjects
    statuses = {s for group in subjects.disjoint for s in group}
    parts: dict[str, str | None] = {}  # class -> the whole's class it is a part of

    def whole_of(cls: str) -> str | None:
        if cls not in parts:
            above = subjects.lineage(cls)[1:] if cls in subjects else ()
            parts[cls] = (
                above[0]
                if len(above) == 1 and cls not in statuses and not subjects.lineage(above[0])[1:]
                else None
            )
        return parts[cls]

    def key(k: int) -> tuple[str, str] | None:
        got = record.get(k)
        if got is None or got.subject is None or got.predicate is None:
            return None
        return got.subject.id, got.predicate.id

    wholes: dict[tuple[str, str], set[str]] = defaultdict(set)  # (class, predicate) -> items
    for gid, ks in items.items():
        for k in ks:
            if (pair := key(k)) is not None:
                wholes[pair].add(gid)
    extra: dict[str, set[int]] = defaultdict(set)
    for ks in items.values():
        for k in ks:
            if (
                k in anchored
                and (pair := key(k)) is not None
                and (whole := whole_of(pair[0])) is not None
            ):
                for gid in wholes.get((whole, pair[1]), ()):
                    extra[gid].add(k)
    for gid in sorted(extra):
        have = set(items[gid])
        items[gid].extend(sorted(extra[gid] - have))


def _item_parts(
    ks: list[int],
    context: Mapping[int, int],
    bound: Mapping[int, dt.date],
    spans: Mapping[int, tuple[dt.date, dt.date]],
    *,
    known: Mapping[int, int] | None = None,
    held: Mapping[int, set[int]] | None = None,
    timed: Mapping[int, tuple[dt.date, dt.date]] | None = None,
    barred: Mapping[int, int] | None = None,
) -> list[list[int]]:
    """Split one aligned item's claims into parts of one incident each (see ``_items``).

    ``known``: the one country of a claim nothing else places (its own, else its
    report's); ``held``: the countries of each context's event. Such a claim that could
    be of several of the item's incidents is of the one among them of its country. The
    claims left that no country places, alone, in an item whose incidents are of several
    countries, are in no part: they could be of any, and would bridge two countries'
    articles. ``timed``: the own days of a claim its own time bounds; it fits an
    incident whose days it can be of (:func:`_fits`), not every incident it follows.
    """
    known = known or {}
    timed = timed or {}
    barred = barred or {}
    held = held or {}
    contexts = sorted({context[k] for k in ks if k in context}, key=lambda c: (spans[c], c))
    side: dict[int, int] = {}  # context -> its incident (the incident's first context)
    starts: dict[int, dt.date] = {}  # incident -> its first day
    ends: dict[int, dt.date] = {}  # incident -> its last day
    current, last = -1, dt.date.min
    for c in contexts:  # chains of days at most _APART_DAYS apart are one incident
        first, end = spans[c]
        if current < 0 or (first - last).days > _APART_DAYS:
            current = c
            starts[c] = first
        side[c] = current
        last = max(last, end)
        ends[current] = last
    where: dict[int, set[int]] = defaultdict(set)  # incident -> its events' countries
    for c, s in side.items():
        where[s] |= held.get(c, set())

    def of_country(k: int, fits: list[int]) -> list[int]:
        # of the incidents a claim could be of, those not known to be of another
        # country than its own
        if k not in known:
            return fits
        return [s for s in fits if not where[s] or known[k] in where[s]]
    parts: dict[int, list[int]] = defaultdict(list)  # incident -> its claims
    unplaced: list[int] = []
    apart: list[int] = []  # reported before every incident, or long after every one
    timeless: list[int] = []  # no context, no bound
    for k in ks:
        if k in context:
            parts[side[context[k]]].append(k)
        elif k in bound:
            # a claim reported before an incident began is not of it, nor is a claim
            # nothing else places reported years after it ended
            fits = [
                s
                for s, first in starts.items()
                if s != side.get(barred.get(k, -1))
                and (
                    _fits(timed[k], (first, ends[s]))
                    if k in timed
                    else (first - bound[k]).days <= _EVENT_DAYS
                    and (bound[k] - ends[s]).days <= _STALE_DAYS
                )
            ]
            mine = of_country(k, fits)
            if len(mine) == 1:
                parts[mine[0]].append(k)
            elif fits:
                unplaced.append(k)
            else:
                apart.append(k)
        elif k not in barred:  # a claim placed apart, that nothing else places: no part
            unplaced.append(k)
            timeless.append(k)
    # the claims that fit no incident: chains of days they were reported by at most
    # _STALE_DAYS apart are one incident each (reports of 2020 and of 2023 are two)
    chain, previous = 0, dt.date.min
    for k in sorted(apart, key=lambda k: (bound[k], k)):
        if chain == 0 or (bound[k] - previous).days > _STALE_DAYS:
            chain -= 1  # the chains' keys: -1, -2, ... (the incidents' are contexts)
        parts[chain].append(k)
        where[chain] |= {known[k]} if k in known else set()
        previous = bound[k]
    # a claim with no time at all, of a known country, is of the one incident of the
    # item (a chain too) not known to be of another country, when there is one
    placed = {
        k: mine[0]
        for k in timeless
        if k in known and len(mine := of_country(k, list(parts))) == 1
    }
    for k, s in placed.items():
        parts[s].append(k)
    unplaced = [k for k in unplaced if k not in placed]
    # the claims nothing places stay together, but those of two known countries never:
    # one part per country; the claims of no known country go with the one country
    # there is, and when there are several they could be of either: they join none
    loose: dict[int, list[int]] = defaultdict(list)
    for k in unplaced:
        loose[known.get(k, -1)].append(k)
    # claims of a known country that none of the item's incidents is of (a Burmese toll
    # beside a Cameroonian incident's) are not of that incident: their part stays apart
    held_countries = {c for codes in where.values() for c in codes}
    foreign = any(c >= 0 and held_countries and c not in held_countries for c in loose)
    if set(loose) == {-1} and len({c for codes in where.values() for c in codes}) > 1:
        # an item told of incidents of several countries: its claims nothing places, of
        # no known country, could be of any of them; they join none (nor one another: the
        # articles of two countries' incidents are not bridged)
        loose.clear()
    elif foreign:
        # nor do those of no country then: they could be of the incident or of that other
        # country's
        loose.pop(-1, None)
    elif len(loose) == 2 and -1 in loose:
        loose = {0: [k for side_ks in loose.values() for k in side_ks]}
    elif len(loose) > 2:
        loose.pop(-1, None)
    if len(parts) <= 1 and len(loose) <= 1 and not (foreign and parts):
        return [ks] if len(ks) > 1 else []
    return [p for p in (*parts.values(), *loose.values()) if len(p) > 1]


#: a claim nothing else places, reported this many days after an incident ended, is not of
#: it, and claims reported this far apart are of two incidents (2020 and 2023)
_STALE_DAYS = 730


def _article(via: Report) -> str:
    """Return the article a report is: its address, else the report itself."""
    return "url:" + via.url if via.url is not None else "id:" + via.id


class _Articles:
    """:func:`_article`, each article's name made once: its claims share one string.

    >>> name = _Articles()
    >>> one, two = (Report(outlet=o, url="https://x.org/1") for o in ("AFP", "Reuters"))
    >>> a, b = name(one), name(two)
    >>> a, a is b, a == _article(two)
    ('url:https://x.org/1', True, True)
    """

    __slots__ = ("_ids", "_urls")

    def __init__(self) -> None:
        self._urls: dict[str, str] = {}
        self._ids: dict[str, str] = {}

    def __call__(self, via: Report) -> str:
        if via.url is not None:
            found = self._urls.get(via.url)
            if found is None:
                found = self._urls[via.url] = "url:" + via.url
            return found
        found = self._ids.get(via.id)
        if found is None:
            found = self._ids[via.id] = "id:" + via.id
        return found


class _Records(Mapping[int, ClaimResolution]):
    """Each member claim's resolution by its index: a list, not a dict of a million keys.

    ``records[k]`` is None for a claim that is no member (an aggregate), which the
    mapping does not hold; it iterates over ``members`` (ascending), as the dict did.

    >>> r = _Records(["a", None, "c"], [0, 2])  # type: ignore[list-item]
    >>> list(r), r[2], r.get(1), len(r)
    ([0, 2], 'c', None, 2)
    """

    __slots__ = ("_members", "_records")

    def __init__(self, records: list[ClaimResolution | None], members: list[int]) -> None:
        self._records = records
        self._members = members

    def __getitem__(self, k: int) -> ClaimResolution:
        found = self._records[k] if 0 <= k < len(self._records) else None
        if found is None:
            raise KeyError(k)
        return found

    def __iter__(self) -> Iterator[int]:
        return iter(self._members)

    def __len__(self) -> int:
        return len(self._members)


B = npt.NDArray[np.bool_]
_Codes = npt.NDArray[np.int64]  # per claim, its country's code (-1: unknown)
#: claim indices: a list, an ``array("i")`` or a numpy array (no Python int per link)
_Ints = Sequence[int] | npt.NDArray[np.integer[Any]]


def _country_codes(n: int, record: Mapping[int, ClaimResolution]) -> _Codes:
    """Per claim, a code of its event's country (resolution's ``country``); -1 when unknown."""
    codes: dict[str, int] = {}
    out = np.full(n, -1, dtype=np.int64)
    for k, rec in record.items():
        if rec.country is not None:
            out[k] = codes.setdefault(rec.country.id, len(codes))
    return out


def _kept(n: int, xs: _Ints, ys: _Ints, country: _Codes | None) -> B:
    """Which links events keep: no event joins claims of two known countries (order-free).

    A link between two claims of different known countries is dropped. The claims of no
    known country linked among themselves form *bridges*; a bridge keeps its links to the
    claims of the one country most of the known claims it is linked to are of (counted
    once each), and drops those to others; on a tie it keeps none (it stays an event of
    its own). Every path between two countries then crosses a dropped link: each event
    holds one country at most. The links kept depend on the links and the countries
    only, never on their order.
    """
    x = np.asarray(xs, dtype=np.int64)
    y = np.asarray(ys, dtype=np.int64)
    keep: B = np.ones(len(x), dtype=np.bool_)
    if country is None or not len(x) or not (country >= 0).any():
        return keep
    cx, cy = country[x], country[y]
    keep &= ~((cx >= 0) & (cy >= 0) & (cx != cy))
    loose = (cx < 0) & (cy < 0)
    if loose.any():
        _, bridge = _components(n, x[loose], y[loose])
    else:
        bridge = np.arange(n, dtype=np.int64)
    # each bridge's countries: the distinct claims of each country it is linked to
    mixed = np.flatnonzero((cx < 0) != (cy < 0))
    if not len(mixed):
        return keep
    side = np.where(cx[mixed] < 0, bridge[x[mixed]], bridge[y[mixed]])
    other = np.where(cx[mixed] < 0, y[mixed], x[mixed])
    ends = np.unique(np.stack([side, other]), axis=1)  # (bridge, known claim), once each
    # votes per (bridge, country), counted sparsely: memory follows the links, not
    # claims x countries
    pairs, votes = np.unique(
        np.stack([ends[0], country[ends[1]]]), axis=1, return_counts=True
    )
    # per bridge, the most voted country, and whether another country ties it
    order = np.lexsort((-votes, pairs[0]))
    bridges, votes, countries = pairs[0][order], votes[order], pairs[1][order]
    first = np.ones(len(bridges), dtype=np.bool_)
    first[1:] = bridges[1:] != bridges[:-1]
    second = np.zeros(len(bridges), dtype=np.bool_)
    second[1:] = first[:-1] & ~first[1:]
    tied = np.zeros(len(bridges), dtype=np.bool_)
    tied[np.flatnonzero(second) - 1] = votes[second] == votes[np.flatnonzero(second) - 1]
    # a bridge joins the one country most of its known neighbours are of; a tie, none
    wins = np.full(n, -1, dtype=np.int64)
    top = first & ~tied
    wins[bridges[top]] = countries[top]
    keep[mixed] &= wins[side] == country[other]
    return keep


def _components(n: int, x: npt.NDArray[np.int64], y: npt.NDArray[np.int64]) -> tuple[int, _Codes]:
    from scipy.sparse import coo_matrix  # noqa: PLC0415 - loaded on first use
    from scipy.sparse.csgraph import connected_components  # noqa: PLC0415

    links = coo_matrix((np.ones(len(x), dtype=np.bool_), (x, y)), shape=(n, n))
    count, label = connected_components(links, directed=False)
    return int(count), label.astype(np.int64)


def _roots(n: int, xs: _Ints, ys: _Ints, country: _Codes | None = None) -> Sequence[int]:
    """Each of ``n`` indices' smallest index linked to it through the links ``xs``-``ys``.

    With ``country``, through the links :func:`_kept` keeps only.
    """
    if country is not None and len(xs):
        keep = _kept(n, xs, ys, country)
        if not keep.all():
            xs = np.asarray(xs)[keep]  # arrays, not lists: a Python int per link is 28 bytes
            ys = np.asarray(ys)[keep]
    if not len(xs):
        return range(n)
    from scipy.sparse import coo_matrix  # noqa: PLC0415 - loaded on first use
    from scipy.sparse.csgraph import connected_components  # noqa: PLC0415

    x, y = np.asarray(xs), np.asarray(ys)
    # a link given twice sums to True: boolean entries add as "or"
    links = coo_matrix((np.ones(len(x), dtype=np.bool_), (x, y)), shape=(n, n))
    _, label = connected_components(links, directed=False)
    del links, x, y
    _, first = np.unique(label, return_index=True)  # a component's first index is its least
    # machine integers: a list would hold a Python int per claim (36 bytes past 256)
    return array("q", first[label].astype(np.int64).tobytes())


def _distinct(root: Sequence[int], xs: _Ints, codes: _Ints) -> list[tuple[int, int]]:
    """Return the distinct (root of a link's first end, code) of the links, unordered."""
    if not len(codes):
        return []
    width = int(np.max(np.asarray(codes))) + 1
    keys = np.asarray(root, dtype=np.int64)[np.asarray(xs, dtype=np.int64)] * width
    keys += np.asarray(codes, dtype=np.int64)
    return [(int(k) // width, int(k) % width) for k in np.unique(keys)]


# A slot: when a claim's event can have been: ("day", d, d) on a known day; ("span", a, b)
# within a longer known span; ("by", d, d) on or before a report's (or statement's) day d;
# None when nothing says.
_Slot = tuple[str, dt.date, dt.date] | None


def _slot(claim: Claim, rec: ClaimResolution) -> _Slot:
    when = claim.when
    days = _span_days(when)
    if when is not None and days is not None:
        first = when.start.date()
        if days < _EVENT_DAYS:
            return ("day", first, first)
        return ("span", first, (when.end - dt.timedelta(microseconds=1)).date())
    bound = bound_day(rec.happened_by)
    return None if bound is None else ("by", bound, bound)


def _names_its_area(head: str, rec: ClaimResolution) -> bool:
    """Whether a place string's first name names the wide area it resolves to."""
    found = rec.place.record if rec.place is not None else None
    return (
        isinstance(found, Place) and found.kind not in _FINE_KINDS and head in normalize(found.name)
    )


def _one_place(
    ks: list[int], slots: dict[int, _Slot], union: Callable[[int, int, str], None]
) -> None:
    """Join the claims of one place whose times can be one incident's (order-free).

    Claims of one known day are one event. A claim of a longer span, or known only to
    have happened by a report's day, or with no time at all, joins the one day its time
    allows; when several days are possible it joins none (two incidents in one town a
    week apart stay apart, and so does a later report that could be of either). When no
    claim of the place has a known day, the claims are one event.
    """
    days: dict[dt.date, int] = {}
    for k in sorted(ks):
        slot = slots[k]
        if slot is not None and slot[0] == "day":
            first = days.setdefault(slot[1], k)
            if first != k:
                union(first, k, "one place, one day")
    others = [k for k in ks if slots[k] is None or slots[k][0] != "day"]  # type: ignore[index]
    if not days:
        anchor = min(others, default=None)
        for k in others:
            if anchor is not None and k != anchor:
                union(anchor, k, "one place")
        return
    # days of one place a few days apart at most are one incident's (a night, a siege)
    runs: list[tuple[dt.date, dt.date, int]] = []
    for day in sorted(days):
        if runs and (day - runs[-1][1]).days <= _GAP_DAYS:
            union(runs[-1][2], days[day], "one place, days apart")
            runs[-1] = (runs[-1][0], day, runs[-1][2])
        else:
            runs.append((day, day, days[day]))
    for k in others:
        slot = slots[k]
        if slot is None:
            fits = runs
        elif slot[0] == "span":
            fits = [r for r in runs if r[0] <= slot[2] and slot[1] <= r[1]]
        else:
            fits = [r for r in runs if r[0] <= slot[2]]
        if len(fits) == 1:
            union(fits[0][2], k, "one place")




def _event(
    members: list[Claim],
    reasons: tuple[str, ...],
    *,
    aggregate: bool = False,
    covers: tuple[str, ...] = (),
) -> Event:
    ordered = tuple(sorted(members, key=lambda c: c.id))
    ids = "\x1f".join(c.id for c in ordered)
    eid = "e" + hashlib.sha1(ids.encode("utf-8"), usedforsecurity=False).hexdigest()[:12]
    places = Counter(own for c in ordered if (own := _own_place(c)) is not None)
    parts = []
    if places:
        parts.append(places.most_common(1)[0][0])
    if when := _event_time(ordered):
        parts.append(when)
    label = " | ".join(parts) or ordered[0].describe()
    return Event(
        id=eid, claims=ordered, label=label, aggregate=aggregate, covers=covers, reasons=reasons
    )


def _event_time(claims: Sequence[Claim]) -> str | None:
    """Return the time most of an event's claims give, in words; on a tie, the earliest.

    One claim of another day (a strike of April in an event of September) no longer
    dates the event: the label reads the time the claims agree on.

    >>> from claimrec.model import Claim
    >>> day = lambda cid, when: Claim(source="S", subject="people", predicate="killed",
    ...                               when=when, id=cid)
    >>> _event_time([day("a", "2023-04"), day("b", "2023-09-06"), day("c", "2023-09-06")])
    '2023-09-06'
    >>> _event_time([day("a", "2023-09-07"), day("b", "2023-09-06")])
    '2023-09-06'
    """
    count: Counter[str] = Counter()
    start: dict[str, dt.datetime] = {}
    for c in claims:
        if c.when is not None:
            words = str(c.when)
            count[words] += 1
            start[words] = min(start.get(words, c.when.start), c.when.start)
    if not count:
        return None
    return min(count, key=lambda w: (-count[w], start[w], w))


def _days(when: TimeSpan) -> tuple[dt.date, dt.date]:
    """Return the first and last days of a time span."""
    first = when.start.date()
    return first, max(first, (when.end - dt.timedelta(microseconds=1)).date())
