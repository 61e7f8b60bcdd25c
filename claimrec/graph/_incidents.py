"""Events: the claims about one incident, and aggregates over several (private)."""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Mapping

from claimrec._text import normalize
from claimrec.graph._results import Event
from claimrec.model import Claim
from claimrec.relation import (
    _EVENT_DAYS,
    _FINE_KINDS,
    _place_of,
    _span_days,
)
from claimrec.resolution import Resolution
from claimrec.resolution._resolver import _relate_places
from claimrec.resolution._words import _place_core
from claimrec.vocab import Place

# --------------------------------------------------------------------------- events


def _events(
    claims: list[Claim],
    resolution: Resolution,
    groups: Mapping[str, str],
    aggregates: Mapping[str, tuple[str, ...]],
) -> tuple[tuple[Event, ...], dict[str, Event]]:
    parent = list(range(len(claims)))
    why: dict[int, set[str]] = defaultdict(set)

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(x: int, y: int, reason: str) -> None:
        rx, ry = find(x), find(y)
        if rx != ry:
            parent[max(rx, ry)] = min(rx, ry)
        why[min(rx, ry)].add(reason)
        why[min(rx, ry)].update(why.pop(max(rx, ry), set()) if rx != ry else ())

    members = [k for k, c in enumerate(claims) if c.id not in aggregates]
    by_key: dict[tuple[str, str], int] = {}
    coarse: dict[object, list[int]] = defaultdict(list)
    fine: dict[object, list[tuple[int, Place]]] = defaultdict(list)
    for k in members:
        claim = claims[k]
        group = groups.get(claim.id)
        if group is not None and (hit := by_key.get(("group", group))) is not None:
            union(hit, k, "aligned items")
        elif group is not None:
            by_key["group", group] = k
        if claim.event is not None:
            key = ("event", normalize(claim.event))
            if key in by_key:
                union(by_key[key], k, "one event label")
            else:
                by_key[key] = k
        days = _span_days(claim.when)
        if claim.when is None or days is None or days >= _EVENT_DAYS:
            continue
        place = _place_of(resolution[k])
        if place is None:
            continue
        day = claim.when.start.date()
        key = ("place", f"{place.id}|{day}")
        if key in by_key:
            union(by_key[key], k, "one place, one day")
        else:
            by_key[key] = k
        if place.kind in _FINE_KINDS:
            fine[day].append((k, place))
        else:
            coarse[day].append(k)
    # The claims of one place and one day are one event already (the key above), so each
    # day relates each distinct area to each distinct fine place once, through one claim
    # of each: the partition is the one every pair of claims would give.
    nested: dict[tuple[str, str], bool] = {}  # each pair of places related once
    for moment, wide in coarse.items():
        areas: dict[str, tuple[int, Place]] = {}
        for k in wide:
            area = _place_of(resolution[k])
            if area is not None:
                areas.setdefault(area.id, (k, area))
        places: dict[str, tuple[int, Place]] = {}
        for f, place in fine.get(moment, ()):
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
    # claims naming one place (or the same words for it) whose times are not known to be
    # days apart: one event ("Moura", "village de Moura", "zone de Moura")
    by_name: dict[str, list[int]] = defaultdict(list)
    for k in members:
        named = resolution[k].place
        text = claims[k].place or (named.text if named is not None else None)
        if (
            named is not None
            and isinstance(named.record, Place)
            and named.record.kind in _FINE_KINDS
        ):
            by_name["id:" + named.id].append(k)
        elif text is not None and named is None:
            by_name["words:" + _place_core(text)].append(k)
    for ks in by_name.values():
        anchor: dict[str, int] = {}
        for k in ks:
            when = claims[k].when
            days = _span_days(when)
            slot = (
                "?"
                if when is None or days is None or days >= _EVENT_DAYS
                else str(when.start.date())
            )
            if slot == "?":
                first = anchor.get("?")
                if first is None:
                    anchor["?"] = k
                    first = next((v for key, v in anchor.items() if key != "?"), None)
                if first is not None and first != k:
                    union(first, k, "one place")
            else:
                same_day = anchor.setdefault(slot, k)
                if same_day != k:
                    union(same_day, k, "one place, one day")
                if "?" in anchor:
                    union(anchor["?"], k, "one place")
    # a claim with no time or no place joins the one event of its report's other claims
    by_report: dict[str, set[int]] = defaultdict(set)
    loose: list[int] = []
    for k in members:
        claim = claims[k]
        if claim.via is None:
            continue
        if claim.when is None or claim.place is None:
            loose.append(k)
        else:
            by_report[claim.via.id].add(k)
    for k in loose:
        via = claims[k].via
        others = by_report.get(via.id if via is not None else "", set())
        roots = {find(o) for o in others}
        if len(roots) == 1:
            union(roots.pop(), k, "one report")
    clusters: dict[int, list[int]] = defaultdict(list)
    for k in members:
        clusters[find(k)].append(k)
    out: list[Event] = []
    of: dict[str, Event] = {}
    for root, ks in clusters.items():
        event = _event([claims[k] for k in ks], tuple(sorted(why.get(root, ()))))
        out.append(event)
        for k in ks:
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
    places = Counter(c.place for c in ordered if c.place is not None)
    times = sorted((c.when for c in ordered if c.when is not None), key=lambda t: t.start)
    parts = []
    if places:
        parts.append(places.most_common(1)[0][0])
    if times:
        parts.append(str(times[0]))
    label = " | ".join(parts) or ordered[0].describe()
    return Event(
        id=eid, claims=ordered, label=label, aggregate=aggregate, covers=covers, reasons=reasons
    )
