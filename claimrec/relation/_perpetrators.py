"""Who did it, as one question per event: accounts that agree on the perpetrator, or narrow it.

:mod:`claimrec.relation._disputes` finds the disputes over who did it (two parties named,
or a party named and denied). The same question has answers that do not dispute: two
speakers naming one perpetrator in other words ("the hospital was hit by an Israeli air
raid", "the massacre committed by Israel"), two denials of one party's role, a denial of
one party against naming another ("not Israel", "a failed Islamic Jihad rocket"), a
nation's armed groups named together against one of them ("a Palestinian rocket",
"Islamic Jihad"). Alignment keeps such claims apart when their predicates are of two
families ("hit by", "massacre"), and the field comparison reads different subjects
("hospital", "explosion", "killings") as different items; this module relates them by
who they say did it.

Read from the claims' resolutions only (the roles of their predicates, their
perpetrators, a denial's perpetrator, their speakers), with the dispute rule's
preconditions: at least one claim an attribution, both perpetrators known actors read
exactly (an actor resolving to nothing is never a perpetrator), both speakers identified
(an unknown speaker may be the other's statement relayed), two speakers (but for a
denial and its speaker's own naming of another), neither a
figure (a toll's point is its count), no act whose victims are fighters, and something
placing both claims in one event (:func:`~claimrec.relation._fields._one_event`, one
article setting the two accounts side by side, or incident words: ``_one_incident``).

- one perpetrator (one actor, or two of one party: a state and its army; an armed group
  and its alias), both asserted: ``agrees``; when one says how (a value: *an Israeli air
  raid*) and the other only who (*a massacre by Israel*), the one that says how
  ``refines`` the other;
- one party denied twice: ``agrees``;
- a party denied, another named: the naming ``refines`` the denial (it says who did it;
  the denial only who did not), when a third party denies ("not Israel", says a foreign
  intelligence service) or when the denier names the other itself ("we did not do it; it
  was their rocket"); a party's defence of its own role against another speaker naming
  someone else stays ``compatible`` (both can hold; neither narrows the other);
- a nation's armed groups named together (read from an adjective or where a weapon was
  launched, ``_disputes._collective``) and one armed group: the group ``refines`` the
  nation's groups.
"""

from __future__ import annotations

import attrs

from claimrec.model import Claim
from claimrec.quantity import Quantity
from claimrec.relation._denials import denied_perpetrator
from claimrec.relation._disputes import (
    _attribution,
    _collective,
    _one_question,
    _perpetrator_of,
    _perpetrator_role,
    _who_relationship,
)
from claimrec.relation._fields import (
    _fighters,
    _own_report,
    _Pair,
    _pair_text,
    _reason,
)
from claimrec.relation._kinds import Reason, ReasonKind, Relation, Relationship
from claimrec.resolution import ClaimResolution, Resolved
from claimrec.resolution._resolver import _speaker_key
from claimrec.vocab import Actor

#: The kinds of relationship the question of who did it may replace: a pair the field
#: comparison reads as two items (different subjects or predicates), or as compatible
#: for want of comparing who did it.
_REPLACEABLE = frozenset({Relation.COMPATIBLE, Relation.UNRELATED})


@attrs.frozen(slots=True)
class _Accord:
    """How two accounts of who did it stand, when they do not dispute it."""

    kind: Relation  # AGREES, REFINES (a is narrower) or REFINED_BY
    reason: Reason


def _named(p: _Pair) -> tuple[Resolved, Resolved, bool, bool] | None:
    """Return both perpetrators, whether one is a denial's side, and whether one speaker.

    The preconditions every answer to who did it shares (module docstring); or None.
    """
    a, b, ra, rb, lookup = p.a, p.b, p.ra, p.rb, p.lookup
    if not (_attribution(ra) or _attribution(rb)):
        return None
    role_a, role_b = _perpetrator_role(ra, lookup), _perpetrator_role(rb, lookup)
    if role_a is None or role_b is None:
        return None
    if isinstance(a.value, Quantity) or isinstance(b.value, Quantity):
        return None  # a toll's point is its figure, not who did it
    pa, pb = _perpetrator_of(ra), _perpetrator_of(rb)
    implied = pa is None or pb is None
    pa = pa or (denied_perpetrator(ra) if a.denied else None)
    pb = pb or (denied_perpetrator(rb) if b.denied else None)
    if pa is None or pb is None:
        return None
    if (role_a == "act" and _fighters(ra, lookup)) or (role_b == "act" and _fighters(rb, lookup)):
        return None
    if not (_identified(a, ra) and _identified(b, rb)):
        return None  # an unknown speaker may be the other's statement relayed
    vocab = lookup.vocabulary
    one = _speaker_key(ra.speaker, a.source, vocab) == _speaker_key(rb.speaker, b.source, vocab)
    return pa, pb, implied, one


def _identified(claim: Claim, rec: ClaimResolution) -> bool:
    """Whether a claim's speaker is known: resolved, or an outlet in its own report.

    A speaker resolving to nothing ("Palestinian officials") may be the very speaker of
    the other claim, relayed in other words: never two accounts that agree.
    """
    return rec.speaker is not None or _own_report(claim)


def _own_side(rec: ClaimResolution, denied: Resolved) -> bool:
    """Whether a denial denies its own speaker's side's role ("we did not do it")."""
    speaker, party = rec.speaker, denied.record
    if speaker is None or not isinstance(speaker.record, Actor) or not isinstance(party, Actor):
        return False
    own = speaker.record
    return own.id == party.id or (own.party is not None and own.party == party.party)


def _accord(p: _Pair) -> _Accord | None:
    """Return how two accounts of who did it agree or narrow one another, or None.

    None when the pair disputes who did it (:mod:`._disputes`), when nothing places the
    two in one event, or when the preconditions fail (module docstring). Alignment's
    score plays no part, so the graph asks this of a candidate pair before scoring it.
    """
    if _struck(p.ra) is not _struck(p.rb):
        return None  # a strike on a depot against another act of its party: rival accounts
    named = _named(p)
    if named is None:
        return None
    pa, pb, implied, one_speaker = named
    first, second = pa.record, pb.record
    if not (isinstance(first, Actor) and isinstance(second, Actor)):
        return None
    a, b = p.a, p.b
    same = first.id == second.id or (first.party is not None and first.party == second.party)
    name_a, name_b = a.actor or pa.text, b.actor or pb.text
    found: _Accord | None = None
    if a.polarity is b.polarity:
        if one_speaker:
            return None  # one speaker's two claims: echoes and revisions are not this rule's
        if same:
            found = _same(p, name_a, name_b)
        elif not a.denied and _collective(pa, pb):
            found = _group_of(pa, pb, name_a, name_b)
    elif not same and not _collective(pa, pb):
        narrower = b if a.denied else a
        denier = a if a.denied else b
        if not one_speaker and _own_side(p.ra if denier is a else p.rb, pa if denier is a else pb):
            # a party's defence of its own role: another's naming of someone else does not
            # narrow it; its own does ("we did not do it; it was their rocket")
            return None
        denied_name, named_name = (name_a, name_b) if denier is a else (name_b, name_a)
        detail = (
            f"{narrower.source.name} names {named_name}; {denier.source.name} denies "
            f"only that {denied_name} did it: naming who did it narrows the denial"
        )
        kind = Relation.REFINES if narrower is a else Relation.REFINED_BY
        found = _Accord(kind, _reason(ReasonKind.PERPETRATOR, detail))
    if found is None:
        return None
    return found if _one_question(p, implied=implied) else None


def _struck(rec: ClaimResolution) -> bool:
    """Whether the claim is a party's account of its strike on munitions stored there."""
    return rec.account is not None and rec.account.struck is not None


def _same(p: _Pair, name_a: str, name_b: str) -> _Accord:
    x, y = _pair_text(name_a, name_b)
    if p.a.denied:
        said = f"both deny that {x} did it" if x == y else f"both deny that {x} ({y}) did it"
        return _Accord(Relation.AGREES, _reason(ReasonKind.POLARITY, said))
    same = f"both name {x}" if x == y else f"{x} and {y} are one side"
    return _Accord(
        Relation.AGREES, _reason(ReasonKind.PERPETRATOR, f"{same}: the same perpetrator")
    )


def _group_of(pa: Resolved, pb: Resolved, name_a: str, name_b: str) -> _Accord | None:
    """Return the armed group named as narrower than its nation's armed groups, or None."""
    collective = {"demonym", "launched"}
    if (pa.rule in collective) is (pb.rule in collective):
        return None  # both (or neither) read as a nation's groups: no narrower one
    a_narrower = pb.rule in collective
    group, nation = (name_a, name_b) if a_narrower else (name_b, name_a)
    detail = f"{group} is one of the groups {nation} names together: a narrower perpetrator"
    kind = Relation.REFINES if a_narrower else Relation.REFINED_BY
    return _Accord(kind, _reason(ReasonKind.PERPETRATOR, detail))


def _who_did_it(p: _Pair, rel: Relationship, strength: float) -> Relationship:
    """Return ``rel``, or what the question of who did it makes of the pair.

    Only a pair read as ``compatible`` (not disputed) or ``unrelated``, with no echo
    reason, is looked at again; ``strength`` is the pair's alignment score
    (without the predicate feature when alignment kept the two predicates apart).
    """
    if rel.kind not in _REPLACEABLE or rel.disputed:
        return rel
    if rel.reasons_of(ReasonKind.ECHO):
        return rel
    found = _accord(p)
    if found is None:
        return rel
    return _who_relationship(p, found.kind, strength, found.reason)
