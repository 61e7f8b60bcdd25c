"""How two tolls of one event stand: counts of bodies, caps, and figures that refine.

A toll is counted over time: the dead are found, the wounded die, a first count of 30
becomes 57 two days later. So a figure stated as a count ("30 killed", "at least 110")
is a lower bound on the whole toll, and only a figure that caps it ("up to 50",
"100-300", "fewer than 471") says how many died at most. A count of bodies is at least
that many dead: a toll below it contradicts it only when the toll caps the whole toll.

A cap below a higher count, with nothing dating the two to one time, is *not* disputed
(``_one_time`` in ``_fields`` decides): as a general rule it gained 22 contradictions
and no false one on the corpus, but on the held-out events 4 right and 5 false, so it
was left out (``docs/evaluation.md``). Dates decide instead: a lower figure stated days
after a higher one by another speaker disputes it (:func:`later_lower`), a lower one
stated before is a toll that rose (:func:`risen` says which dates).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from claimrec.model import Claim
from claimrec.quantity import Quantity, QuantityKind
from claimrec.relation._fields import (
    _ONE_TIME_DAYS,
    _date_words,
    _dated,
    _Finding,
    _hedges,
    _numbers,
    _one_article,
    _Outcome,
    _Pair,
)
from claimrec.relation._kinds import Reason, ReasonKind, Relation
from claimrec.relation._lookup import _rid
from claimrec.resolution import ClaimResolution
from claimrec.resolution._bounds import bound_day
from claimrec.vocab import Predicate

#: Kinds of figure that bound the whole toll from above: a stated maximum ("at most",
#: "fewer than"), a range ("100-300", "between 138 and 160") and a high estimate ("up
#: to", "as many as"). "About 30" and "nearly 110" are not: said early, they are
#: counts so far as often as estimates of the whole.
CAPPING_KINDS = frozenset(
    {QuantityKind.UPPER_BOUND, QuantityKind.RANGE, QuantityKind.HIGH_ESTIMATE}
)


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


# --------------------------------------------------------------------------- order in time


def later_lower(p: _Pair) -> Reason | None:
    """Return why a lower toll stated after a higher one disputes it, or None.

    For two speakers' figures of one toll (the judge checks the speakers): a toll is
    counted over time and rises, so a lower count said *before* a higher one is a count
    so far (:func:`~claimrec.relation._fields._rising`), but a lower figure stated
    *after* a higher one was stated, whatever kind (a count, a range, a cap), says the
    higher one is too high: a dispute. The dates are the statements' (else the
    reports' bound: :attr:`ClaimResolution.stated_by`, a relay presents a figure as
    standing on its day), more than ``_ONE_TIME_DAYS`` apart (closer, the two are one
    time anyway). None when the dates do not order the two, the later figure is not
    wholly below the earlier, either is vague (*dozens*), the earlier is hedged (*could
    reach*, *reportedly*: a possibility, not a count), or the event times set them
    apart: the later claim's event began after the earlier claim's event had been
    reported (:attr:`ClaimResolution.happened_by`), two events.
    """
    a, b = p.a, p.b
    va, vb = a.value, b.value
    if not (isinstance(va, Quantity) and isinstance(vb, Quantity)):
        return None
    if QuantityKind.VAGUE in (va.kind, vb.kind):
        return None
    da, db = _dated(a, p.ra), _dated(b, p.rb)
    if da is None or db is None or abs((da - db).days) <= _ONE_TIME_DAYS:
        return None
    (early, re_), (late, rl) = ((a, p.ra), (b, p.rb)) if da < db else ((b, p.rb), (a, p.ra))
    ve, vl = early.value, late.value
    assert isinstance(ve, Quantity)
    assert isinstance(vl, Quantity)
    if vl.high is None or ve.low is None or vl.high >= ve.low:
        return None
    if _hedges(early):
        return None  # a higher figure said as a possibility ("could reach") is no count
    for second, rec in ((late, re_), (early, rl)):
        by = bound_day(rec.happened_by)
        if second.when is not None and by is not None and by < second.when.start.date():
            return None  # one event reported before the other began: two events
    detail = (
        f"{late.source.name}'s {_text(vl)} ({_date_words(late, rl)}) is below "
        f"{early.source.name}'s {_text(ve)} ({_date_words(early, re_)}), stated earlier: "
        "a toll does not fall, the later lower figure disputes the higher"
    )
    return Reason(kind=ReasonKind.TEMPORAL, detail=detail)


def risen(p: _Pair) -> str:
    """Say which dates make two figures a rising toll (the judge checked ``_rising``)."""
    a, b = p.a, p.b
    da, db = _dated(a, p.ra), _dated(b, p.rb)
    assert da is not None
    assert db is not None
    (early, re_), (late, rl) = ((a, p.ra), (b, p.rb)) if da < db else ((b, p.rb), (a, p.ra))
    return (
        f"the later figure is higher: a toll that rose between the two reports "
        f"({_q(early)}, {_date_words(early, re_)}; {_q(late)}, {_date_words(late, rl)})"
    )


def _value_text(claim: Claim) -> str:
    value = claim.value
    return _text(value) if isinstance(value, Quantity) else str(value)


def _q(claim: Claim) -> str:
    return f"{claim.source.name}'s {_value_text(claim)}"


_BOUNDS = frozenset({QuantityKind.LOWER_BOUND, QuantityKind.UPPER_BOUND})

#: Predicate families whose figures are counted upward: the dead are found, the wounded die.
TOLL_FAMILIES = frozenset({"casualties", "injuries"})


def toll_rise_order(p: _Pair) -> int:
    """Order one speaker's two undated tolls by the toll's rise: -1 (``a`` first), 1, 0.

    A speaker that gives two different figures of one toll changed its figure: the gold
    and an analyst call that a revision, not two relays that differ. When neither the
    statements nor their reports date the two, the count's own direction orders them: a
    toll is counted upward (the dead are found, the wounded die), so the lower figure is
    read as the earlier. 0 (no order) unless both are figures of the dead or wounded of
    one predicate (or the dead and their bodies: "773 killed", "over 2,000 bodies"),
    neither vague (*tens*: an impression, no count to order), the two do
    not overlap unless both are bounds of one kind ("at least 471", "at least 500": two
    counts; "at least 2900", "nearly 3000": one figure worded two ways), and their least
    (else most) values differ. The judge checks the rest (one speaker, one event,
    a changed figure, no part of the other's count, not one report).
    """
    va, vb = p.a.value, p.b.value
    if not (isinstance(va, Quantity) and isinstance(vb, Quantity)):
        return 0
    if QuantityKind.VAGUE in (va.kind, vb.kind):
        return 0
    pa, pb = p.ra.predicate, p.rb.predicate
    if pa is None or pb is None:
        return 0
    if pa.id != pb.id and body_count(p.ra, p.rb) == 0:
        return 0  # one toll: one predicate, or the bodies of its dead
    if part_count(p.ra, p.rb):
        return 0  # "85 already buried" and "100 killed": a part and its whole, no revision
    if not isinstance(pa.record, Predicate) or pa.record.family not in TOLL_FAMILIES:
        return 0
    if va.overlaps(vb) and not (va.kind is vb.kind and va.kind in _BOUNDS):
        return 0  # "at least 2900", "nearly 3000": one figure worded two ways, no change
    for x, y in ((va.low, vb.low), (va.high, vb.high)):
        if x is not None and y is not None and x != y:
            return -1 if x < y else 1
    return 0


def rise_words(early: Claim, late: Claim, speaker: str) -> str:
    """Say why one speaker's two undated tolls read as a revision, the lower first."""
    return (
        f"{speaker} changed its figure from {_value_text(early)} to {_value_text(late)}: "
        "no date orders the two statements; a toll is counted upward, so the lower is "
        "read as the earlier"
    )


def status_of_the_dead(p: _Pair) -> bool:
    """Whether one claim only says what the other's dead were (civilians of "the dead").

    True when one subject class is a direct kind of the other's that says who the dead
    were (civilians, militants, soldiers: a class the vocabulary declares exclusive of
    another), the other a class that says nothing of who they were (*people*, the
    vocabulary's class with no broader one). "About 100 civilians" and "132 dead" of one
    speaker may count the same dead: no stated part (children, women, aid workers are,
    and so is one family's dead: *relatives* is no status), so the two may be one toll
    revised.
    """
    sa, sb = _rid(p.ra.subject), _rid(p.rb.subject)
    if sa is None or sb is None or sa == sb:
        return False
    subjects = p.lookup.vocabulary.subjects
    above_a, above_b = (subjects.lineage(s)[1:] for s in (sa, sb))
    narrow = sa if above_a == (sb,) and not above_b else None
    if above_b == (sa,) and not above_a:
        narrow = sb
    return narrow is not None and any(narrow in group for group in subjects.disjoint)


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


#: The resolution rule of a figure whose own words make it a part of its toll (the
#: ``subset`` words of ``toll_frames.json``: "killed directly by the strike", "already
#: buried", "still in hospital", "names"): like bodies, at least that many of the toll.
PART_RULE = "subset"


def part_count(ra: ClaimResolution, rb: ClaimResolution) -> int:
    """Return which claim counts a part of the other's toll: 1 (``a``), 2 (``b``), 0.

    A part is a figure whose toll predicate resolution read under the rule ``subset``
    ("16 civilians killed directly by the strike", "85 already buried") beside a figure of
    the same predicate that is no part: the part bounds the whole from below, as bodies
    do (:func:`bodies_finding`), and never disputes a whole above it. Two parts, or two
    wholes, are compared as figures are.
    """
    pa, pb = ra.predicate, rb.predicate
    if pa is None or pb is None or pa.id != pb.id:
        return 0
    a_part, b_part = pa.rule == PART_RULE, pb.rule == PART_RULE
    if a_part is b_part:
        return 0
    return 1 if a_part else 2


def part_reason(a: Claim, b: Claim, which: int) -> Reason:
    """Say that one claim's figure counts a part of the other's toll."""
    part, toll = (a, b) if which == 1 else (b, a)
    detail = f"'{part.predicate}' counts a part of the toll: at least as many '{toll.predicate}'"
    return Reason(kind=ReasonKind.CATEGORICAL, detail=detail)


def bodies_finding(
    a: Claim,
    b: Claim,
    which: int,
    tolerance: float,
    dispute_ratio: float,
    *,
    counted: str = "bodies",
) -> tuple[_Finding, float | None]:
    """Compare a count of bodies and a toll as what the bodies say: at least that many dead.

    ``which`` says which claim counts the bodies (:func:`body_count`). "43 bodies" is read
    as "at least 43 dead" and compared with the toll as two figures are
    (:func:`~claimrec.relation._fields._numbers`):

    - a toll at or above the bodies lies within that bound: it refines it ("43 killed",
      "at least 45 killed" and "43 bodies"); far above it, it is ``compatible`` and never
      disputed ("500 killed", "40 bodies recovered": not every body is found);
    - a toll below the bodies conflicts with them ("132 killed", "160 bodies"): a
      dispute when the judge's one-time rule dates the two to one time; in one article
      (a count so far beside the bodies found since) only a cap below them does;
    - a toll overlapping the bound ("about 40", "tens") is ``compatible``.

    Never the reverse: the bodies never refine a toll, nor does a toll above them
    dispute them. A part of the toll (:func:`part_count`; ``counted`` names it in the
    reasons) is compared the same way: "16 killed directly by the strike" is at least 16
    dead.
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
        detail=f"{_text(bodies)} {counted}: at least {bodies.low:g} dead",
    )
    if outcome is _Outcome.CONFLICT:
        if capped_dispute(toll, bodies) == 1:
            return (outcome, (*reasons, dead)), ratio
        if not _one_article(a, b):
            # two articles: a toll below the bodies says fewer died than were found, a
            # dispute when the judge's one-time rule dates the two to one time (else a
            # toll counted before the bodies were found: the rule says so)
            detail = f"{_text(toll)} killed is fewer than the {_text(bodies)} {counted}"
            below = Reason(kind=ReasonKind.NUMERIC, detail=detail)
            return (outcome, (*reasons, dead, below)), ratio
        # one article setting a count of the dead beside the bodies found: the count so
        # far and the bodies found since, stages of one toll (the toll rose)
        detail = f"{_text(toll)} killed may be a count made before the {_text(bodies)} {counted}"
        return (_Outcome.OVERLAP, (dead, Reason(kind=ReasonKind.NUMERIC, detail=detail))), None
    if outcome is _Outcome.EQUAL and bodies.low in (toll.low, toll.high):
        # "160 killed" and "160 bodies": one count, perhaps one statement relayed (a
        # relay often turns bodies into dead); no independent support of a toll
        detail = f"{_text(toll)} killed and {_text(bodies)} {counted}: perhaps one count relayed"
        return (_Outcome.OVERLAP, (dead, Reason(kind=ReasonKind.NUMERIC, detail=detail))), None
    if outcome is _Outcome.EQUAL:  # within the tolerance, above the bodies: within the bound
        outcome = _Outcome.B_NARROWER if which == 1 else _Outcome.A_NARROWER
    above = toll.low is not None and toll.low >= bodies.low
    if outcome is _Outcome.OVERLAP and above:
        # far above the bodies: a toll is no count of bodies, never a dispute with one
        detail = f"{_text(toll)} killed is not fewer than the {_text(bodies)} {counted}"
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
