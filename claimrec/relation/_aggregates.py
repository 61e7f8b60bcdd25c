"""Totals over several events: claims whose span and area strictly contain several events."""

from __future__ import annotations

import datetime as dt

import attrs
import numpy as np

from claimrec.model import Claim
from claimrec.relation._kinds import Reason, ReasonKind, Relation, Relationship
from claimrec.resolution import ClaimResolution, Resolution
from claimrec.resolution._geography import _relate_places
from claimrec.timespan import TimeSpan
from claimrec.vocab import Place, PlaceKind

# --------------------------------------------------------------------------- aggregates


def _bounded(rel: Relationship) -> Relationship:
    """Return the pair of an aggregate and a claim it covers: the total bounds the part."""
    detail = f"{rel.a} and {rel.b}: one is a total over several events that bounds the other"
    reasons = (*rel.reasons, Reason(kind=ReasonKind.AGGREGATE, detail=detail))
    return attrs.evolve(rel, kind=Relation.COMPATIBLE, disputed=False, reasons=reasons)


_AGGREGATE_DAYS = 7  # a span this long (a week, a month) may total several events


_EVENT_DAYS = 2  # a span this short places a claim on one day of one incident


_FINE_KINDS = frozenset({PlaceKind.TOWN, PlaceKind.VILLAGE, PlaceKind.SITE})


def _span_days(span: TimeSpan | None) -> float | None:
    if span is None:
        return None
    return (span.end - span.start).total_seconds() / 86_400


def _place_of(rec: ClaimResolution) -> Place | None:
    hit = rec.place
    return hit.record if hit is not None and isinstance(hit.record, Place) else None


def _family_of(rec: ClaimResolution) -> str | None:
    hit = rec.predicate
    return getattr(hit.record, "family", None) if hit is not None else None


def _epoch(moment: dt.datetime) -> float:
    return (moment - _EPOCH).total_seconds()


_EPOCH = dt.datetime(1, 1, 1)


def _aggregates(claims: list[Claim], resolution: Resolution) -> dict[str, tuple[str, ...]]:
    """Claims whose time span and area strictly contain several events, with what they cover.

    A candidate spans a week or more, or names places in several countries; it is an
    aggregate when it contains at least two incidents (distinct place and day) of claims
    of its predicate family that lie inside its span and its area.

    The dated one-incident claims are sorted once by (family, start); each candidate
    slices its family's claims that start inside its span with ``searchsorted`` and
    tests the rest (end inside the span, place inside its area, judged once per distinct
    place) on that slice only: linear in the claims each total covers, not quadratic.
    Places and predicates are read per distinct name (``Resolution._records``), with no
    per-claim record. :func:`_aggregates_reference` is the simple version, its oracle.
    """
    place_rec, places_rec, pred_rec = resolution._records()  # noqa: SLF001 - same package family
    candidates: list[int] = []
    fine: list[int] = []  # dated claims of one incident: under two days, at a place
    starts: list[float] = []
    ends: list[float] = []
    days_of: list[int] = []
    families: list[int] = []
    places: list[int] = []
    fam_codes: dict[str | None, int] = {}
    place_codes: dict[str, int] = {}
    place_objs: dict[int, Place] = {}
    for k, claim in enumerate(claims):
        when = claim.when
        if when is not None:
            days = (when.end - when.start).total_seconds() / 86_400  # as _span_days
            if days >= _AGGREGATE_DAYS:
                candidates.append(k)
                continue
        if claim.place is not None and len(places_rec[k]) > 1:
            countries = {p.country for p in places_rec[k] if isinstance(p, Place)}
            if len(countries) > 1:
                candidates.append(k)
        place = place_rec[k]
        if when is None or days >= _EVENT_DAYS or not isinstance(place, Place):
            continue
        fine.append(k)
        start = when.start
        starts.append((start - _EPOCH).total_seconds())
        ends.append((when.end - _EPOCH).total_seconds())
        days_of.append(start.toordinal())
        families.append(fam_codes.setdefault(getattr(pred_rec[k], "family", None), len(fam_codes)))
        code = place_codes.setdefault(place.id, len(place_codes))
        place_objs[code] = place  # the last claim's record of an id, as the oracle reads it
        places.append(code)
    if not candidates or not fine:
        return {}
    # sorted by family, then start (stable): each family's claims are one run of rows
    f_fam = np.array(families, dtype=np.int64)
    f_start = np.array(starts)
    order = np.lexsort((f_start, f_fam))
    s_idx = np.array(fine, dtype=np.int64)[order]
    s_start = f_start[order]
    s_end = np.array(ends)[order]
    s_place = np.array(places, dtype=np.int64)[order]
    s_day = np.array(days_of, dtype=np.int64)[order]
    s_fam = f_fam[order]
    n_places = len(place_codes)
    out: dict[str, tuple[str, ...]] = {}
    relation_cache: dict[tuple[int, str], bool] = {}
    for k in candidates:
        claim, area = claims[k], place_rec[k]
        parts: list[Place] = [p for p in places_rec[k] if isinstance(p, Place)]
        if not parts and isinstance(area, Place):
            parts = [area]
        family = getattr(pred_rec[k], "family", None)
        if not parts or claim.when is None or family not in fam_codes:
            continue
        code = fam_codes[family]
        first = int(np.searchsorted(s_fam, code, side="left"))
        last = int(np.searchsorted(s_fam, code, side="right"))
        window = s_start[first:last]
        # start >= the total's start; start < end <= the total's end bounds the start too
        end_epoch = _epoch(claim.when.end)
        lo = first + int(np.searchsorted(window, _epoch(claim.when.start), side="left"))
        hi = first + int(np.searchsorted(window, end_epoch, side="right"))
        rows = lo + np.flatnonzero((s_end[lo:hi] <= end_epoch) & (s_idx[lo:hi] != k))
        if rows.size < 2:
            continue  # fewer than two claims are not two incidents
        row_places = s_place[rows]
        # each distinct place judged once against the total's places
        inside_place = np.zeros(n_places, dtype=bool)
        for pc in np.unique(row_places).tolist():
            for part in parts:
                key = (pc, part.id)
                if key not in relation_cache:
                    rel = _relate_places(resolution.vocabulary, place_objs[pc], part).value
                    relation_cache[key] = rel in ("within", "same")
                if relation_cache[key]:
                    inside_place[pc] = True
                    break
        rows = rows[inside_place[row_places]]
        incidents = np.unique(s_place[rows] * (1 << 32) + s_day[rows])
        if incidents.size >= 2:
            out[claim.id] = tuple(sorted(claims[f].id for f in s_idx[rows].tolist()))
    return out


def _aggregates_reference(
    claims: list[Claim], resolution: Resolution
) -> dict[str, tuple[str, ...]]:
    """:func:`_aggregates` the simple way: each candidate masks every dated claim (quadratic).

    Kept as the oracle the fast path is tested against (tests/test_aggregates_oracle.py).
    """
    candidates: list[int] = []
    for k, claim in enumerate(claims):
        days = _span_days(claim.when)
        if days is not None and days >= _AGGREGATE_DAYS:
            candidates.append(k)
            continue
        named = resolution[k].places if claim.place is not None else ()
        countries = {p.record.country for p in named if isinstance(p.record, Place)}
        if len(countries) > 1:
            candidates.append(k)
    if not candidates:
        return {}
    records = [resolution[k] for k in range(len(claims))]
    fine = [
        k
        for k, claim in enumerate(claims)
        if claim.when is not None
        and (_span_days(claim.when) or 0) < _EVENT_DAYS
        and _place_of(records[k]) is not None
    ]
    if not fine:
        return {}
    # the fine claims as arrays: start and end seconds, family and place codes
    f_idx = np.array(fine, dtype=np.int64)
    f_start = np.array([_epoch(claims[f].when.start) for f in fine])  # type: ignore[union-attr]
    f_end = np.array([_epoch(claims[f].when.end) for f in fine])  # type: ignore[union-attr]
    fam_codes: dict[str | None, int] = {}
    f_fam = np.array([fam_codes.setdefault(_family_of(records[f]), len(fam_codes)) for f in fine])
    place_objs: dict[str, Place] = {}
    f_place_ids = []
    for f in fine:
        place = _place_of(records[f])
        assert place is not None
        place_objs[place.id] = place
        f_place_ids.append(place.id)
    out: dict[str, tuple[str, ...]] = {}
    relation_cache: dict[tuple[str, str], bool] = {}
    for k in candidates:
        claim, rec = claims[k], records[k]
        area = _place_of(rec)
        parts: list[Place] = [p.record for p in rec.places if isinstance(p.record, Place)]
        if not parts and area is not None:
            parts = [area]
        family = _family_of(rec)
        if not parts or claim.when is None or family not in fam_codes:
            continue
        mask = (
            (f_fam == fam_codes[family])
            & (f_start >= _epoch(claim.when.start))
            & (f_end <= _epoch(claim.when.end))
            & (f_idx != k)
        )
        inside: list[int] = []
        for row in np.flatnonzero(mask).tolist():
            place_id = f_place_ids[row]
            hit = False
            for part in parts:
                key = (place_id, part.id)
                if key not in relation_cache:
                    rel = _relate_places(resolution.vocabulary, place_objs[place_id], part).value
                    relation_cache[key] = rel in ("within", "same")
                hit = hit or relation_cache[key]
            if hit:
                inside.append(int(f_idx[row]))
        incidents = {
            (_place_of(records[f]).id, claims[f].when.start.date())  # type: ignore[union-attr]
            for f in inside
        }
        if len(incidents) >= 2:
            out[claim.id] = tuple(sorted(claims[f].id for f in inside))
    return out
