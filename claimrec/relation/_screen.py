"""A screen for the question of who did it: what one claim brings to it, read once (private).

The graph pairs claims naming perpetrators bucket by bucket and asks each pair
:func:`~claimrec.relation._disputes._perpetrator_reason` and
:func:`~claimrec.relation._perpetrators._accord`. Most pairs fail a precondition that
depends on each claim alone (its role, its perpetrator, its speaker, its polarity) or on
two such facts compared (one party, one speaker). :func:`_who_facets` reads those facts
once per claim and :func:`_may_answer` tests them for a pair: it says False only when both
rules would say None, so a caller asks the rules only of the pairs it lets through and
finds the same answers (an oracle test compares the two).
"""

from __future__ import annotations

from typing import NamedTuple

from claimrec.model import Claim, Polarity
from claimrec.quantity import Quantity
from claimrec.relation._denials import denied_perpetrator
from claimrec.relation._disputes import (
    _HARM_FAMILIES,
    _attribution,
    _denied_side,
    _listed_parts,
    _perpetrator_of,
    _perpetrator_role,
)
from claimrec.relation._fields import _fighters, _own_report
from claimrec.relation._lookup import _Lookup
from claimrec.resolution import ClaimResolution, Resolved
from claimrec.resolution._resolver import _speaker_key
from claimrec.vocab import Actor


class _Who(NamedTuple):
    """What one claim brings to the question of who did it (the rules' per-claim facts)."""

    attribution: bool  # says who caused an event (``_attribution``)
    loud: bool  # an attribution or a denial: the dispute rule's first test
    actor: bool  # states its perpetrator (``actor``)
    act: bool  # its role is an act, not an attribution
    denied: bool
    polarity: Polarity
    side: tuple[str, str | None] | None  # the dispute rule's perpetrator: (id, party)
    odd_side: bool  # a perpetrator that is no actor, or a list: nothing screened on it
    named: bool  # the accord rule's perpetrator is there
    figure: bool  # its value is a figure (the accord rule leaves tolls alone)
    identified: bool  # its speaker is known (the accord rule's test)
    speaker: str  # its speaker's identity
    harm: bool  # an act of harm: attack, death, injury (two acts: ``_two_acts``)


def _who_facets(claim: Claim, rec: ClaimResolution, lookup: _Lookup) -> _Who | None:
    """Return what ``claim`` brings to the question of who did it, or None for nothing.

    None when no pair holding the claim can dispute or agree on who did it: no role (no
    attribution, no act), an act whose victims are fighters, or no perpetrator either
    rule reads.

    Examples
    --------
    >>> from claimrec.model import Claim
    >>> from claimrec.relation import _lookup
    >>> from claimrec.resolution import resolve
    >>> claims = [
    ...     Claim(source="UN", subject="civilians", predicate="killed", value=12, id="x"),
    ...     Claim(source="AFP", subject="attack", predicate="blamed on", value="JNIM",
    ...           actor="JNIM", id="y"),
    ... ]
    >>> res = resolve(claims)
    >>> _who_facets(claims[0], res[0], _lookup(None)) is None  # names no perpetrator
    True
    >>> _who_facets(claims[1], res[1], _lookup(None)).attribution
    True
    """
    role = _perpetrator_role(rec, lookup)
    if role is None or (role == "act" and _fighters(rec, lookup)):
        return None
    perpetrator = _perpetrator_of(rec)
    denied = claim.denied
    side = perpetrator or (_denied_side(rec, lookup) if denied else None)
    named = perpetrator or (denied_perpetrator(rec) if denied else None)
    listed = side is None and not denied and bool(_listed_parts(rec))
    if side is None and named is None and not listed:
        return None
    attribution = _attribution(rec)
    hit = rec.predicate
    return _Who(
        attribution=attribution,
        loud=attribution or rec.denies is not None,
        actor=claim.actor is not None,
        act=role == "act",
        denied=denied,
        polarity=claim.polarity,
        side=_party(side),
        # a perpetrator that is no actor, or a list of them: the rules decide
        odd_side=listed or (side is not None and not isinstance(side.record, Actor)),
        named=named is not None,
        figure=isinstance(claim.value, Quantity),
        identified=rec.speaker is not None or _own_report(claim),
        speaker=_speaker_key(rec.speaker, claim.source, lookup.vocabulary),
        harm=hit is not None and lookup.vocabulary.predicates.family(hit.id) in _HARM_FAMILIES,
    )


def _party(hit: Resolved | None) -> tuple[str, str | None] | None:
    record = None if hit is None else hit.record
    return (record.id, record.party) if isinstance(record, Actor) else None


def _may_answer(x: _Who, y: _Who) -> bool:
    """Whether two claims' facts leave the question of who did it open for the pair.

    False only when both :func:`~claimrec.relation._perpetrators._accord` and
    :func:`~claimrec.relation._disputes._perpetrator_reason` return None for the pair,
    whichever claim comes first; True says nothing (the rules decide).

    Examples
    --------
    >>> from claimrec.model import Polarity
    >>> def who(party, speaker, polarity=Polarity.ASSERTED):
    ...     return _Who(True, True, True, False, polarity is Polarity.DENIED, polarity,
    ...                 (party, party), False, True, False, True, speaker, False)
    >>> _may_answer(who("jnim", "un"), who("fama", "afp"))  # two parties: maybe a dispute
    True
    >>> _may_answer(who("jnim", "un"), who("fama", "un"))  # one speaker's two claims
    False
    """
    if (
        (x.attribution or y.attribution)
        and x.named
        and y.named
        and not (x.figure or y.figure)
        and x.identified
        and y.identified
        and (x.polarity is not y.polarity or x.speaker != y.speaker)
    ):
        return True  # the accord rule's preconditions hold (``_named``)
    if x.side is None or y.side is None:
        return x.odd_side or y.odd_side  # (an odd perpetrator: the rules decide)
    if not (x.loud or y.loud or (x.actor and y.actor)):
        return False
    if x.act and y.act and (x.denied or y.denied or not (x.actor and y.actor)):
        return False  # two acts: both asserted, each naming its perpetrator (_two_acts)
    if x.act and y.act and not (x.harm and y.harm):
        return False  # an abduction and a killing are two acts (_two_acts)
    if x.speaker == y.speaker:
        return False
    same = x.side[0] == y.side[0] or (x.side[1] is not None and x.side[1] == y.side[1])
    if x.polarity is y.polarity:
        return not x.denied and not same
    return same
