"""Exports analysts already use: ACLED-style and UCDP-style event rows, ClaimReview JSON-LD.

One row per event. Until the resolution layer's events land, an event is the claims that
share an ``event`` label, else the claims of one alignment group (:func:`events_of`, the
one place to switch). Fatalities follow the conservative rule: the figure no source
disputes downwards, i.e. the lowest lower bound among the claims of a casualty item, and
the largest such figure when an event has several casualty items (they may overlap, so
they are not added). ``notes`` states each dispute and each figure with its source.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Sequence
from typing import Any

from claimrec._records import value_words
from claimrec.graph import ClaimGraph
from claimrec.model import Claim
from claimrec.quantity import Quantity
from claimrec.reconciliation import Reconciliation, reconcile
from claimrec.vocab import Vocabulary, default_vocabulary

__all__ = [
    "ACLED_COLUMNS",
    "UCDP_COLUMNS",
    "claimreview",
    "dumps_claimreview",
    "events_of",
    "to_acled",
    "to_ucdp",
]

ACLED_COLUMNS = (
    "event_id",
    "event_date",
    "time_precision",
    "actor1",
    "location",
    "fatalities",
    "fatalities_low",
    "fatalities_best",
    "fatalities_high",
    "disputed",
    "source",
    "source_original",
    "notes",
    "claims",
)
UCDP_COLUMNS = (
    "id",
    "date_start",
    "date_end",
    "side_a",
    "where_description",
    "low",
    "best",
    "high",
    "disputed",
    "source_article",
    "source_original",
    "source_headline",
    "notes",
    "claims",
)


def events_of(graph: ClaimGraph) -> list[tuple[str, tuple[Claim, ...]]]:
    """Return ``(event name, claims)`` pairs, largest event first.

    A claim's own ``event`` label, when the analyst gave one, names its event; the other
    claims go by the graph's events (:meth:`~claimrec.ClaimGraph.events`), named by their
    label (place and time), with the event id added where two events share a label. This is
    the single place that decides what an event is for the exports.

    Examples
    --------
    >>> import claimrec as cr
    >>> events = cr.events_of(cr.claim_graph(cr.datasets.mali_2025()))
    >>> for name, claims in events[:2]:
    ...     print(len(claims), name)
    14 1 July 2025 attacks in western Mali
    1 1 June 2025 attack in central Mali (Boulkessi)
    """
    found = graph.events()
    labels = Counter(event.label for event in found)
    name_of = {
        claim.id: event.label if labels[event.label] == 1 else f"{event.label} ({event.id})"
        for event in found
        for claim in event.claims
    }
    events: dict[str, list[Claim]] = {}
    for claim in graph.claims:
        events.setdefault(claim.event or name_of.get(claim.id, claim.id), []).append(claim)
    return sorted(((k, tuple(v)) for k, v in events.items()), key=lambda e: (-len(e[1]), e[0]))


def _casualty(claim: Claim, vocabulary: Vocabulary) -> bool:
    predicate = vocabulary.predicates.resolve(claim.predicate)
    return (
        predicate is not None
        and predicate.acled_field == "fatalities"
        and isinstance(claim.value, Quantity)
        and not claim.denied
    )


def _span(claims: Sequence[Claim]) -> tuple[dt.datetime | None, dt.datetime | None, str]:
    spans = [c.when for c in claims if c.when is not None]
    if not spans:
        return None, None, ""
    start = min(s.start for s in spans)
    end = max(s.end for s in spans) - dt.timedelta(microseconds=1)  # spans end exclusive
    precision = min(spans, key=lambda s: s.end - s.start).precision.value
    return start, end, precision


class _Index:
    """Lookups built once per export: claim -> group, claim -> item result, claim -> disputes."""

    def __init__(self, graph: ClaimGraph, result: Reconciliation) -> None:
        self.group_of = {c.id: gid for gid, members in graph.groups().items() for c in members}
        items = {i.item: i for i in result.items}
        self.item_of = {v.claim: items[v.item] for v in result.claims if v.item in items}
        self.disputes = graph.disputes()
        self.disputes_of: dict[str, list[int]] = {}
        for number, dispute in enumerate(self.disputes):
            for claim in dispute.claims:
                self.disputes_of.setdefault(claim.id, []).append(number)


def _fatalities(claims: Sequence[Claim], index: _Index, vocabulary: Vocabulary) -> dict[str, Any]:
    items: dict[str, list[Claim]] = {}
    for claim in claims:
        if _casualty(claim, vocabulary):
            items.setdefault(index.group_of[claim.id], []).append(claim)
    if not items:
        return {"low": None, "best": None, "high": None, "figures": []}
    lows: list[float] = []
    highs: list[float | None] = []
    bests: list[float] = []
    figures: list[str] = []
    for members in items.values():
        values = [c.value for c in members if isinstance(c.value, Quantity)]
        lows.append(min(v.low if v.low is not None else 0.0 for v in values))
        tops = [v.high for v in values]
        highs.append(
            None if any(t is None for t in tops) else max(t for t in tops if t is not None)
        )
        item = index.item_of.get(members[0].id)
        bests.append(item.best if item is not None and item.best is not None else lows[-1])
        figures.extend(
            f"{c.source.name} says {value_words(c.value)} {c.subject} {c.predicate}"
            for c in members
        )
    high = None if any(h is None for h in highs) else sum(h for h in highs if h is not None)
    return {"low": max(lows), "best": max(bests), "high": high, "figures": figures}


def _notes(claims: Sequence[Claim], index: _Index, figures: Sequence[str]) -> str:
    numbers = sorted({n for c in claims for n in index.disputes_of.get(c.id, ())})
    parts = []
    for number in numbers:
        dispute = index.disputes[number]
        sides = "; ".join(
            " and ".join(
                f"{c.source.name} says {c.subject} {c.predicate}"
                + (f" {value_words(c.value)}" if c.value is not None else "")
                + (f' ("{c.quote}")' if c.quote else "")
                for c in side
            )
            for side in dispute.sides
        )
        parts.append(f"Disputed: {sides}.")
    if figures:
        parts.append("Fatality figures: " + "; ".join(figures) + ".")
    return " ".join(parts)


def _outlets(claims: Sequence[Claim], *, origin: bool) -> str:
    names: list[str] = []
    for claim in claims:
        if claim.via is None:
            name = claim.source.name
        else:
            name = (claim.via.origin if origin else claim.via).outlet
        if name not in names:
            names.append(name)
    return "; ".join(names)


def _rows(
    graph: ClaimGraph, result: Reconciliation | None, vocabulary: Vocabulary | None
) -> list[dict[str, Any]]:
    vocabulary = vocabulary or default_vocabulary()
    result = result if result is not None else reconcile(graph, policy="conservative")
    index = _Index(graph, result)
    rows = []
    for name, claims in events_of(graph):
        start, end, precision = _span(claims)
        deaths = _fatalities(claims, index, vocabulary)
        actors = sorted({c.actor for c in claims if c.actor})
        places = sorted({c.place for c in claims if c.place})
        titles = sorted({c.via.title for c in claims if c.via is not None and c.via.title})
        rows.append(
            {
                "event": name,
                "start": start.date().isoformat() if start else None,
                "end": end.date().isoformat() if end else None,
                "precision": precision or None,
                "actors": "; ".join(actors) or None,
                "places": "; ".join(places) or None,
                "low": deaths["low"],
                "best": deaths["best"],
                "high": deaths["high"],
                "disputed": any(c.id in index.disputes_of for c in claims),
                "source": _outlets(claims, origin=False),
                "source_original": _outlets(claims, origin=True),
                "titles": "; ".join(titles) or None,
                "notes": _notes(claims, index, deaths["figures"]),
                "claims": " ".join(c.id for c in claims),
            }
        )
    return rows


def to_acled(
    graph: ClaimGraph,
    result: Reconciliation | None = None,
    *,
    vocabulary: Vocabulary | None = None,
) -> list[dict[str, Any]]:
    """Return one ACLED-style row per event (columns :data:`ACLED_COLUMNS`).

    ``fatalities`` follows ACLED's conservative rule (the lowest figure a source gives,
    see the module notes); ``fatalities_low``/``_best``/``_high`` give the range;
    ``source`` lists the reports that carry the claims, ``source_original`` the reports
    they relay; ``notes`` states each dispute and each figure with its source.

    Examples
    --------
    >>> import claimrec as cr
    >>> rows = cr.to_acled(cr.claim_graph(cr.datasets.mali_2025()))
    >>> row = rows[0]
    >>> row["event_id"], row["fatalities"], row["disputed"]
    ('1 July 2025 attacks in western Mali', 81.0, True)
    >>> print(row["notes"][:80])
    Disputed: FAMa says attacks thwarted ("thwarted the attacks"); JNIM says militar...
    """
    out = []
    for row in _rows(graph, result, vocabulary):
        out.append(
            {
                "event_id": row["event"],
                "event_date": row["start"],
                "time_precision": row["precision"],
                "actor1": row["actors"],
                "location": row["places"],
                "fatalities": row["low"],
                "fatalities_low": row["low"],
                "fatalities_best": row["best"],
                "fatalities_high": row["high"],
                "disputed": row["disputed"],
                "source": row["source"],
                "source_original": row["source_original"],
                "notes": row["notes"],
                "claims": row["claims"],
            }
        )
    return out


def to_ucdp(
    graph: ClaimGraph,
    result: Reconciliation | None = None,
    *,
    vocabulary: Vocabulary | None = None,
) -> list[dict[str, Any]]:
    """Return one UCDP-GED-style row per event (columns :data:`UCDP_COLUMNS`).

    ``low``/``best``/``high`` are the event's deaths as UCDP gives them: the
    conservative figure, the reconciled best, and the highest figure any source allows
    (empty when a source gives an open-ended figure such as "over 80").

    Examples
    --------
    >>> import claimrec as cr
    >>> row = cr.to_ucdp(cr.claim_graph(cr.datasets.mali_2025()))[0]
    >>> row["date_start"], row["low"], row["high"], row["source_original"].split("; ")[:2]
    ('2025-07-01', 81.0, None, ['ORTM', 'JNIM statement'])
    """
    out = []
    for row in _rows(graph, result, vocabulary):
        out.append(
            {
                "id": row["event"],
                "date_start": row["start"],
                "date_end": row["end"],
                "side_a": row["actors"],
                "where_description": row["places"],
                "low": row["low"],
                "best": row["best"],
                "high": row["high"],
                "disputed": row["disputed"],
                "source_article": row["source"],
                "source_original": row["source_original"],
                "source_headline": row["titles"],
                "notes": row["notes"],
                "claims": row["claims"],
            }
        )
    return out


def claimreview(
    graph: ClaimGraph,
    result: Reconciliation | None = None,
    *,
    author: str = "claimrec",
    undecided_below: float = 0.6,
) -> list[dict[str, Any]]:
    """Return schema.org ClaimReview objects (JSON-LD) for every claim of every dispute.

    The rating is the reconciliation's verdict on the claim: ``Most likely`` (its value
    was chosen with confidence ``undecided_below`` or more), ``Unlikely`` (a competing
    value was), ``Undecided`` (no value reached that confidence); ``ratingValue`` is the
    probability of the claim's value and ``ratingExplanation`` the item's note.
    ``json.dumps`` takes the result as is.

    Examples
    --------
    >>> import json, claimrec as cr
    >>> reviews = cr.claimreview(cr.claim_graph(cr.datasets.mali_2025()))
    >>> [(r["itemReviewed"]["author"]["name"], r["reviewRating"]["alternateName"])
    ...  for r in reviews]
    [('FAMa', 'Undecided'), ('JNIM', 'Undecided')]
    >>> json.loads(json.dumps(reviews))[0]["@type"]
    'ClaimReview'
    """
    result = result if result is not None else reconcile(graph)
    verdicts = {v.claim: v for v in result.claims}
    items = {i.item: i for i in result.items}
    out = []
    for dispute in graph.disputes():
        for claim in dispute.claims:
            verdict = verdicts.get(claim.id)
            chosen = verdict is not None and verdict.verdict.value in {"chosen", "supports"}
            item = items[verdict.item] if verdict is not None else result.item(claim)
            probability = item.confidence if chosen else 1 - item.confidence
            if item.confidence < undecided_below:
                rating = "Undecided"
            else:
                rating = "Most likely" if chosen else "Unlikely"
            appearance = [
                {
                    "@type": "CreativeWork",
                    "publisher": {"@type": "Organization", "name": r.outlet},
                    **({"url": r.url} if r.url else {}),
                    **({"datePublished": r.published.isoformat()} if r.published else {}),
                    **({"headline": r.title} if r.title else {}),
                }
                for r in (claim.via.chain() if claim.via is not None else ())
            ]
            out.append(
                {
                    "@context": "https://schema.org",
                    "@type": "ClaimReview",
                    "claimReviewed": claim.quote or claim.describe(),
                    "author": {"@type": "Organization", "name": author},
                    "itemReviewed": {
                        "@type": "Claim",
                        "author": {"@type": "Organization", "name": claim.source.name},
                        "appearance": appearance,
                        **(
                            {"datePublished": claim.statement_time.start.date().isoformat()}
                            if claim.statement_time is not None
                            else {}
                        ),
                    },
                    "reviewRating": {
                        "@type": "Rating",
                        "ratingValue": round(probability, 3),
                        "bestRating": 1,
                        "worstRating": 0,
                        "alternateName": rating,
                        "ratingExplanation": item.note,
                    },
                }
            )
    return out


def dumps_claimreview(reviews: Sequence[dict[str, Any]]) -> str:
    """Return ClaimReview objects as one JSON-LD document (a JSON array)."""
    return json.dumps(list(reviews), ensure_ascii=False, indent=2)
