"""A party's rejection of another's report or accusations against those accusations (private).

Resolution reads *the Kremlin rejected the Ukrainian leader's accusations* and *le
ministère a réfuté les conclusions d'un rapport de l'Onu* as the speaker's denial that its
side did it, naming whose report or accusations it rejects (``Denial.rejects``, rule
``rejection``). It answers that party's claims that the speaker's side did the act, and
only those (:func:`~claimrec.relation._denials.elsewhere`): never the party's other
claims (the wedding it says took place, the toll it counts without naming anyone), nor a
third party's. Alignment keeps the two apart (a blame and a toll are two predicate
families, and a rejection names no place of its own), so the graph proposes each such
pair here (:func:`rejection_pairs`); the judge decides. Two rejections of two named
parties' reports or accusations are two objects, never one item (:func:`two_objects`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence

from claimrec.model import Claim
from claimrec.relation._denials import _named_perpetrator
from claimrec.relation._disputes import _one_question, _one_time_and_place
from claimrec.relation._fields import _ONE_TIME_DAYS, _dated, _Pair, _pair_text, _reason
from claimrec.relation._kinds import ReasonKind, Relation, Relationship
from claimrec.relation._lookup import _Lookup
from claimrec.resolution import ClaimResolution, Resolved
from claimrec.vocab import Actor

_REJECTION = "rejection"


def _party(hit: Resolved | None) -> str | None:
    record = None if hit is None else hit.record
    if not isinstance(record, Actor):
        return None
    return record.party or record.id


def rejection_pairs(
    claims: Sequence[Claim], record: Callable[[str], ClaimResolution], lookup: _Lookup
) -> Iterator[tuple[Claim, Claim]]:
    """Pairs of a rejection and a claim of the rejected party naming the rejecter's side.

    A rejection (``Denial.rejects`` set, its speaker standing for a party) meets each
    asserted claim whose speaker is of the party it names and whose perpetrator, read
    exactly, is of the rejecter's side, when the two may speak of one event
    (:func:`_answers`). Each pair once, in the claims' order.

    >>> from claimrec.model import Claim
    >>> from claimrec.relation._lookup import _lookup
    >>> from claimrec.resolution import resolve
    >>> claims = [
    ...     Claim(source="HRW", subject="civilians", predicate="killed", actor="FAMa",
    ...           stated="2025-03-03", id="hrw"),
    ...     Claim(source="Malian army", subject="HRW's report", predicate="rejected",
    ...           stated="2025-03-04", id="army"),
    ... ]
    >>> res = resolve(claims)
    >>> [(a.id, b.id) for a, b in rejection_pairs(claims, res.__getitem__, _lookup(None))]
    [('army', 'hrw')]
    """
    rejections: list[tuple[Claim, str, str]] = []
    for claim in claims:
        found = record(claim.id).denies
        if found is None or found.rule != _REJECTION:
            continue
        rejected, side = _party(found.rejects), _party(found.perpetrator)
        if rejected is not None and side is not None:
            rejections.append((claim, rejected, side))
    if not rejections:
        return
    wanted = {(rejected, side) for _, rejected, side in rejections}
    accusations: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.denied:
            continue
        rec = record(claim.id)
        if rec.denies is not None:
            continue  # a claim that denies in its words accuses no one
        key = (_party(rec.speaker), _party(_named_perpetrator(rec)))
        if key in wanted:
            accusations[key].append(claim)
    for x, rejected, side in rejections:
        rx = record(x.id)
        for y in accusations.get((rejected, side), ()):
            first, second = (x, y) if x.id <= y.id else (y, x)
            ra, rb = (rx, record(y.id)) if first is x else (record(y.id), rx)
            if _answers(_Pair(first, second, ra, rb, lookup)):
                yield first, second


def _answers(p: _Pair) -> bool:
    """Whether a rejection may answer an accusation: one time, one article, one place.

    Statement (else report) dates a few days apart with nothing setting them apart
    (``_disputes._one_time_and_place``); or, when one of them is undated, anything that
    places both in one event, one article setting the one against the other, or the place
    of the article of a claim that names none (``_disputes._one_question``). Two dates
    further apart never: a rejection answers the accusations of its days.
    """
    da, db = _dated(p.a, p.ra), _dated(p.b, p.rb)
    if da is not None and db is not None:
        return abs((da - db).days) <= _ONE_TIME_DAYS and _one_time_and_place(p)
    return _one_question(p, implied=False)


def two_objects(p: _Pair, strength: float) -> Relationship | None:
    """Return ``unrelated`` for two rejections of two things, else None.

    "The Kremlin rejected the Ukrainian leader's accusations" and "the ministry refuted the
    conclusions of the UN report" reject two things: however alike their words, they are
    no item in common (two denials both hold, but they are not of one thing). So are two
    rejections by two sides, one naming no accuser ("refuta estas conclusiones"), when
    nothing places them in one event (:func:`_answers`): within one event, two parties
    each rejecting the blame are left to the other rules (both can hold).
    """
    found_a, found_b = p.ra.denies, p.rb.denies
    if found_a is None or found_b is None:
        return None
    if found_a.rule != _REJECTION or found_b.rule != _REJECTION:
        return None
    qa, qb = _party(found_a.rejects), _party(found_b.rejects)
    if qa is not None and qb is not None and qa != qb:
        x, y = _pair_text(qa, qb)
        detail = f"not the same item: they reject two parties' reports or accusations, {x} and {y}"
    else:
        sa, sb = _party(found_a.perpetrator), _party(found_b.perpetrator)
        if sa is None or sb is None or sa == sb or _answers(p):
            return None
        # two sides each rejecting what it is blamed for, nothing placing them in one
        # event: two questions, not one item
        x, y = _pair_text(sa, sb)
        detail = (
            f"not the same item: {x} and {y} each reject the blame of their own side, "
            "and nothing places them in one event"
        )
    return Relationship(
        a=p.a.id,
        b=p.b.id,
        kind=Relation.UNRELATED,
        strength=strength,
        reasons=(_reason(ReasonKind.ITEM, detail),),
    )
