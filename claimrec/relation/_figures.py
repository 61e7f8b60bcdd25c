"""How two tolls of one event stand when nothing dates them: the whole toll and its counts.

A toll is counted over time: the dead are found, the wounded die, a first count of 30
becomes 57 two days later. So a figure stated as a count ("30 killed", "at least 110")
is a **lower bound on the whole toll**: a higher figure elsewhere may simply be later.
Only a figure that caps the whole toll ("up to 50", "100-300", "fewer than 471") says how
many died at most; a count above that cap disputes it, whenever either was said. Two
plain counts that do not overlap, with nothing dating them to one time, stay
``compatible`` (see ``_one_time`` in ``_fields``).

The rule reads two :class:`~claimrec.quantity.Quantity` values and how the two claims'
resolved places and times relate: nothing of the claims' text.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
from rapidfuzz import fuzz

from claimrec._text import normalize
from claimrec.model import Claim
from claimrec.quantity import Quantity, QuantityKind
from claimrec.relation._fields import _Finding, _numbers, _Outcome
from claimrec.relation._kinds import Reason, ReasonKind, Relation
from claimrec.resolution import ClaimResolution, Resolved
from claimrec.resolution._resolver import _relate_places
from claimrec.vocab import Place, PlaceRelation, Vocabulary

#: Kinds of figure that bound the whole toll from above: a stated maximum ("at most",
#: "fewer than"), a range ("100-300", "between 138 and 160") and a high estimate ("up
#: to", "as many as"). "About 30" and "nearly 110" are not: said early, they are
#: counts so far as often as estimates of the whole.
CAPPING_KINDS = frozenset(
    {QuantityKind.UPPER_BOUND, QuantityKind.RANGE, QuantityKind.HIGH_ESTIMATE}
)


_SITE = "in"  # the resolution rule of a site read as its place ("Kayes market": Kayes)


def _site_words(hit: Resolved) -> str:
    """Return a site's words less its place's name ("Kayes railway station": "railway station")."""
    place = hit.record
    name = set(normalize(place.name).split()) if isinstance(place, Place) else set()
    return " ".join(w for w in normalize(hit.text).split() if w not in name)


def _other_sites(a: Resolved, b: Resolved) -> bool:
    """Whether two sites read as one place name different sites (a market, a station)."""
    return fuzz.token_set_ratio(_site_words(a), _site_words(b)) < _SAME_SITE


_SAME_SITE = 90.0  # RapidFuzz token_set_ratio at which two site names are one site


def _caps_below(cap: Quantity, count: Quantity) -> bool:
    """Whether ``cap`` bounds the whole toll below the least that ``count`` says."""
    return (
        cap.kind in CAPPING_KINDS
        and cap.high is not None
        and count.low is not None
        and count.low > cap.high
    )


def capped_dispute(a: Quantity, b: Quantity) -> int:
    """Return which figure caps the toll below the other's count: 1 (``a``), 2 (``b``), 0.

    >>> q = Quantity.parse
    >>> capped_dispute(q("100-300"), q("at least 500")), capped_dispute(q("500"), q("up to 50"))
    (1, 2)
    >>> capped_dispute(q("30"), q("57")), capped_dispute(q("about 30"), q("57"))
    (0, 0)
    >>> capped_dispute(q("100-300"), q("250"))  # within the cap: no dispute
    0
    """
    if _caps_below(a, b):
        return 1
    if _caps_below(b, a):
        return 2
    return 0


def _nested(
    a: tuple[Claim, ClaimResolution], b: tuple[Claim, ClaimResolution], vocab: Vocabulary
) -> bool:
    """Whether one claim's resolved place or time lies strictly inside the other's."""
    (ca, ra), (cb, rb) = a, b
    pa, pb = ra.place, rb.place
    if (
        pa is not None
        and pb is not None
        and isinstance(pa.record, Place)
        and isinstance(pb.record, Place)
    ):
        if _relate_places(vocab, pa.record, pb.record) in (
            PlaceRelation.WITHIN,
            PlaceRelation.CONTAINS,
        ):
            return True
        stated = ca.place is not None and cb.place is not None
        if stated and (pa.rule == _SITE) is not (pb.rule == _SITE):
            return True  # a site of a place ("Kayes market") and the place ("Kayes")
        if stated and pa.rule == pb.rule == _SITE and _other_sites(pa, pb):
            return True  # two sites of one town: perhaps two events
    ta, tb = ca.when, cb.when
    return ta is not None and tb is not None and ta != tb and (ta.contains(tb) or tb.contains(ta))


def whole_toll_dispute(
    a: Claim,
    b: Claim,
    ra: ClaimResolution,
    rb: ClaimResolution,
    vocab: Vocabulary,
    *,
    nested: bool = False,
) -> bool:
    """Whether one claim's figure caps the whole toll below the other's count.

    Evidence of one count whatever the dates: the cap is a statement about the whole
    toll, never a count so far. Not when one claim is about a part of the other's scope
    (``nested``: the stated places or times nest, "a hospital in Gaza" and "Gaza"; or
    the resolved places or times do): "138-160 at Solhan" does not dispute "over 1,400
    in Burkina Faso", nor "100-300 in Gaza" a hospital's 500.
    """
    va, vb = a.value, b.value
    if nested or not (isinstance(va, Quantity) and isinstance(vb, Quantity)):
        return False
    if capped_dispute(va, vb) == 0:
        return False
    return not _nested((a, ra), (b, rb), vocab)


def capped_reason(a: Claim, b: Claim) -> Reason | None:
    """Name the cap and the count of a :func:`whole_toll_dispute`, in either order."""
    va, vb = a.value, b.value
    if not (isinstance(va, Quantity) and isinstance(vb, Quantity)):
        return None
    which = capped_dispute(va, vb)
    if which == 0:
        return None
    (cap, cap_by), (count, count_by) = ((va, a), (vb, b)) if which == 1 else ((vb, b), (va, a))
    detail = (
        f"{cap.text or cap} ({cap_by.source.name}) caps the whole toll below "
        f"{count.text or count} ({count_by.source.name}), whenever either was said"
    )
    return Reason(kind=ReasonKind.NUMERIC, detail=detail)


# --------------------------------------------------------------------------- bodies

#: Predicates whose figure bounds another's from below: a count of bodies (found,
#: recovered, buried, kept in the morgues) is at least that many dead, and often one stage
#: of the toll. Never the same figure: "160 bodies" does not say 160 were killed.
LOWER_BOUNDS: dict[str, str] = {"bodies": "killed"}


def body_count(ra: ClaimResolution, rb: ClaimResolution) -> int:
    """Return which claim counts the bodies of the other's dead: 1 (``a``), 2 (``b``), 0."""
    pa = None if ra.predicate is None else ra.predicate.id
    pb = None if rb.predicate is None else rb.predicate.id
    if pa is not None and LOWER_BOUNDS.get(pa) == pb:
        return 1
    if pb is not None and LOWER_BOUNDS.get(pb) == pa:
        return 2
    return 0


def bodies_finding(
    a: Claim, b: Claim, which: int, tolerance: float, dispute_ratio: float
) -> tuple[_Finding, float | None]:
    """Compare a count of bodies and a toll as what the bodies say: at least that many dead.

    ``which`` says which claim counts the bodies (:func:`body_count`). "43 bodies" is read
    as "at least 43 dead" and compared with the toll as two figures are
    (:func:`~claimrec.relation._fields._numbers`):

    - a toll at or above the bodies lies within that bound: it refines it ("43 killed",
      "at least 45 killed" and "43 bodies"); far above it, it is ``compatible`` and never
      disputed ("500 killed", "40 bodies recovered": not every body is found);
    - a toll below the bodies contradicts them ("132 killed", "160 bodies");
    - a toll overlapping the bound ("about 40", "tens") is ``compatible``.

    Never the reverse: the bodies never refine a toll, nor does a toll above them
    dispute them.
    """
    bodies, toll = (a.value, b.value) if which == 1 else (b.value, a.value)
    assert isinstance(bodies, Quantity)
    assert isinstance(toll, Quantity)
    if bodies.low is None:
        return (_Outcome.OVERLAP, ()), None
    bound = Quantity.parse(f"at least {bodies.low:g}", integer=bodies.integer)
    x, y = (bound, toll) if which == 1 else (toll, bound)
    (outcome, reasons), ratio = _numbers(x, y, tolerance, dispute_ratio)
    dead = Reason(
        kind=ReasonKind.NUMERIC,
        detail=f"{_text(bodies)} bodies: at least {bodies.low:g} dead",
    )
    if outcome is _Outcome.CONFLICT:
        if capped_dispute(toll, bodies) == 1:
            return (outcome, (*reasons, dead)), ratio
        # a count of the dead so far, below bodies perhaps found later: the toll rose
        detail = f"{_text(toll)} killed may be a count made before the {_text(bodies)} bodies"
        return (_Outcome.OVERLAP, (dead, Reason(kind=ReasonKind.NUMERIC, detail=detail))), None
    if outcome is _Outcome.EQUAL and bodies.low in (toll.low, toll.high):
        # "160 killed" and "160 bodies": one count, perhaps one statement relayed (a
        # relay often turns bodies into dead); no independent support of a toll
        detail = f"{_text(toll)} killed and {_text(bodies)} bodies: perhaps one count relayed"
        return (_Outcome.OVERLAP, (dead, Reason(kind=ReasonKind.NUMERIC, detail=detail))), None
    if outcome is _Outcome.EQUAL:  # within the tolerance, above the bodies: within the bound
        outcome = _Outcome.B_NARROWER if which == 1 else _Outcome.A_NARROWER
    above = toll.low is not None and toll.low >= bodies.low
    if outcome is _Outcome.OVERLAP and above:
        # far above the bodies: a toll is no count of bodies, never a dispute with one
        detail = f"{_text(toll)} killed is not fewer than the {_text(bodies)} bodies"
        return (outcome, (dead, Reason(kind=ReasonKind.NUMERIC, detail=detail))), None
    return (outcome, (*reasons, dead)), ratio


def bodies_reason(a: Claim, b: Claim, which: int) -> Reason:
    """Say that one claim's predicate counts the bodies of the other's dead."""
    bodies, toll = (a, b) if which == 1 else (b, a)
    detail = f"'{bodies.predicate}' counts bodies: at least as many '{toll.predicate}'"
    return Reason(kind=ReasonKind.CATEGORICAL, detail=detail)


def _text(q: Quantity) -> str:
    return q.text or str(q)


# --------------------------------------------------------------------------- refinement


def refined_by_figure(a: Claim, b: Claim, findings: Sequence[_Finding]) -> Relation | None:
    """Return ``REFINES`` (``a`` narrower) or ``REFINED_BY`` when the figure decides.

    That is when the figure is narrower on one side and the other side only adds details.
    ``findings`` are the judge's (subject, predicate, perpetrator, place, time, value).
    "43 killed" and "at least 30 killed in Kayes on Tuesday": the first is the narrower
    figure, the second adds a place and a time the first does not state. A field only
    one claim states is a detail it adds, not a narrower count, so the figure decides:
    the first refines the second. A genuinely narrower field on the other side (a
    subject, place or time nested in the other's) keeps the pair ``compatible``: "12
    civilians" and "at least 10 people" count differently. None when the rule does not
    apply.
    """
    if not (isinstance(a.value, Quantity) and isinstance(b.value, Quantity)):
        return None
    subject, predicate, actor, place, time, value = (outcome for outcome, _ in findings)
    if value not in (_Outcome.A_NARROWER, _Outcome.B_NARROWER):
        return None
    if subject is not _Outcome.EQUAL or predicate is not _Outcome.EQUAL:
        return None
    other = _Outcome.B_NARROWER if value is _Outcome.A_NARROWER else _Outcome.A_NARROWER
    stated_by_one = (
        (actor, a.actor is None or b.actor is None),
        (place, a.place is None or b.place is None),
        (time, a.when is None or b.when is None),
    )
    for outcome, one in stated_by_one:
        if outcome is _Outcome.EQUAL or outcome is value:
            continue
        if outcome is other and one:
            continue  # a detail the other claim adds
        return None
    return Relation.REFINES if value is _Outcome.A_NARROWER else Relation.REFINED_BY


# --------------------------------------------------------------------------- verb qualifiers


def with_verb_figure(claim: Claim, rec: ClaimResolution) -> Claim:
    """Return the claim with the figure its verb qualifies ("could be up to" 60: up to 60).

    The resolution reads the qualifier (:attr:`ClaimResolution.figure`); relations
    compare that figure, not the bare number. The claim itself is unchanged.
    """
    hit = rec.figure
    if hit is None or not isinstance(hit.record, Quantity) or hit.record == claim.value:
        return claim
    return attrs.evolve(claim, value=hit.record)
