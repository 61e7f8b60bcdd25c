"""Rival accounts of how the victims died: no one's deliberate act, or a party's (private).

"The deaths were caused by an accidental explosion of fuel containers" (the army), "the
civilians were killed by stray bullets" (the group accused), "people died in the fight
between government forces and separatist fighters": resolution reads such a claim as an
account of how the victims died (:class:`~claimrec.resolution.Account`: an accident, an
explosion of munitions or fuel stored there, a fire, crossfire, fighting between two
sides). It contradicts, within one event, another speaker's claim that a party killed or
attacked those victims, or is to blame for it (an act or an attribution naming its
perpetrator): the one says no one did it on purpose, the other names who did. An account
that blames a party itself (*mines planted by X*) contradicts only a claim naming a
known actor of another party (*Y's air strike*); one naming a party no vocabulary knows
contradicts nothing. A misfire (*an errant Ruritanian missile*) blames the side that fired
it, so: never its own side, nor one armed group of a nation whose armed groups it names
only by their adjective (*a misfired Palestinian rocket*: perhaps the one meant).

Never a dispute: two accounts (they may agree, or tell one story: an explosion and the
fire it set); a denial; a claim naming no perpetrator; victims who are fighters (in a
battle both sides kill); one speaker's, or one party's, two claims; and two claims that
nothing places in one event (relations rule 6: a place, a time, a relay chain, one
article, incident words, the article's place).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

import attrs

from claimrec.model import Claim
from claimrec.relation._accused import _rival_scenes
from claimrec.relation._disputes import (
    _answers,
    _collective,
    _one_question,
    _own_side,
    _perpetrator_of,
    _perpetrator_role,
    _who_relationship,
)
from claimrec.relation._fields import _fighters, _Pair, _reason
from claimrec.relation._kinds import Reason, ReasonKind, Relation, Relationship
from claimrec.relation._lookup import _Lookup, _rid
from claimrec.resolution import ClaimResolution, Resolved
from claimrec.resolution._account import other_victims
from claimrec.resolution._geography import _relate_places
from claimrec.resolution._resolver import _speaker_key
from claimrec.vocab import Actor, Place, PlaceRelation


def _party(rec: ClaimResolution) -> str | None:
    """Return the party of the claim's speaker, when it is an actor."""
    record = None if rec.speaker is None else rec.speaker.record
    return (record.party or record.id) if isinstance(record, Actor) else None


def _one_side(one: Resolved | None, other: Resolved | None) -> bool:
    """Whether two known actors are one side (one party, else one actor)."""
    mine = None if one is None else one.record
    theirs = None if other is None else other.record
    if not (isinstance(mine, Actor) and isinstance(theirs, Actor)):
        return False
    return (mine.party or mine.id) == (theirs.party or theirs.id)


def _accused_answers(p: _Pair, rx: ClaimResolution, perpetrator: Resolved | None) -> bool:
    """Whether the accused's own account answers the other claim's accusation of its side.

    "Civilians were killed by stray bullets", says the M23; "the M23 killed 131
    civilians", says the UN: the party whose side the other claim names as the one who
    did it (a known actor, read exactly) tells how the victims died, blaming no one. As
    for its denial (:func:`~claimrec.relation._accused._rival_scenes`,
    :func:`~claimrec.relation._disputes._answers`), the two meet at the party's one
    scene (resolution's ``accused_place``), or speak of victims of one kind a few days
    apart, nothing setting them apart.
    """
    account = rx.account
    if account is None or account.named:
        return False
    if not _one_side(_own_side(rx), perpetrator):
        return False  # the account answers the accusations of its speaker's side only
    return _rival_scenes(_at_scene(p)) or _answers(p)


def _at_scene(p: _Pair) -> _Pair:
    """Return the pair with the account at its party's scene, not a wider place read for it.

    An account that states no place, placed only by its report's or its article's place
    (*the DRC*, a country around *Kishishe*), speaks of the scene inside it: the wider
    place says no more than it.
    """
    first = p.ra.account is not None
    claim, rec = (p.a, p.ra) if first else (p.b, p.rb)
    scene, wider = rec.accused_place, rec.place or rec.article_place
    if claim.place is not None or scene is None or wider is None:
        return p
    outer, inner = wider.record, scene.record
    if not (isinstance(outer, Place) and isinstance(inner, Place)):
        return p
    if _relate_places(p.lookup.vocabulary, outer, inner) is not PlaceRelation.CONTAINS:
        return p
    placed = attrs.evolve(rec, place=None, article_place=None)
    ra, rb = (placed, p.rb) if first else (p.ra, placed)
    return _Pair(p.a, p.b, ra, rb, p.lookup)


def _account_reason(p: _Pair) -> Reason | None:
    """Return why an account of how the victims died disputes a claim naming who did it.

    One of the two claims is an account (``ClaimResolution.account``), the other an
    asserted act or attribution naming its perpetrator; see the module. Symmetric: the
    order of the two claims does not matter.
    """
    if (p.ra.account is None) is (p.rb.account is None):
        return None  # no account, or two accounts: another rule's question
    if p.a.denied or p.b.denied:
        return None
    x, y, rx, ry = (p.a, p.b, p.ra, p.rb) if p.ra.account is not None else (p.b, p.a, p.rb, p.ra)
    account = rx.account
    assert account is not None
    lookup = p.lookup
    if _perpetrator_role(ry, lookup) is None:
        return None  # neither an act nor an attribution
    perpetrator = _perpetrator_of(ry)
    if perpetrator is None and not (y.actor or "").strip():
        return None  # names no perpetrator
    if account.struck is not None:
        if not _one_side(account.struck, perpetrator):
            return None  # a strike on a depot disputes only its own striker's other act
    elif account.named:
        blamed = None if account.blames is None else account.blames.record
        other = None if perpetrator is None else perpetrator.record
        if not (isinstance(blamed, Actor) and isinstance(other, Actor)):
            return None  # a party no vocabulary knows: cannot tell it from the other
        if blamed.id == other.id or (blamed.party is not None and blamed.party == other.party):
            return None  # the same party: both blame it
        assert account.blames is not None
        assert perpetrator is not None
        if _collective(account.blames, perpetrator):
            return None  # "a misfired Palestinian rocket" and Islamic Jihad: perhaps one group
    if other_victims(y):
        return None  # "another 10 killed": other dead than those the account tells of
    if _fighters(rx, lookup) or _fighters(ry, lookup):
        return None  # in a battle both sides kill
    if lookup.subjects_exclude(_rid(rx.subject), _rid(ry.subject)):
        return None  # other victims
    vocab = lookup.vocabulary
    if _speaker_key(rx.speaker, x.source, vocab) == _speaker_key(ry.speaker, y.source, vocab):
        return None
    party = _party(rx)
    if party is not None and party == _party(ry):
        return None  # one party's two statements
    if not (_one_question(p, implied=False) or _accused_answers(p, rx, perpetrator)):
        return None
    means = ", ".join(sorted(account.means))
    who = y.actor or (perpetrator.text if perpetrator is not None else "")
    if account.struck is not None:
        return _reason(
            ReasonKind.PERPETRATOR,
            f"{x.source.name} says {account.struck.text} struck munitions stored there "
            f"({account.text!r}); {y.source.name} names {who} as the one who did it, by "
            "another act: one party, two accounts of what it did",
        )
    return _reason(
        ReasonKind.PERPETRATOR,
        f"{x.source.name} says the victims died by {means} ({account.text!r}); "
        f"{y.source.name} names {who} as the one who did it: how they died is disputed",
    )


def _account_dispute(p: _Pair, strength: float) -> Relationship | None:
    """Return the dispute of an account of how the victims died and a claim naming who did it.

    ``strength`` as for :func:`~claimrec.relation._disputes._perpetrator_dispute`; None
    when :func:`_account_reason` finds no dispute.
    """
    reason = _account_reason(p)
    if reason is None:
        return None
    return _who_relationship(p, Relation.CONTRADICTS, strength, reason)


def account_pairs(
    claims: Sequence[Claim], record: Callable[[str], ClaimResolution], lookup: _Lookup
) -> Iterator[tuple[Claim, Claim]]:
    """Pairs of an account of how the victims died and a claim naming who did it, disputed.

    Alignment keeps them apart (two predicate families, a cause and a toll); the graph
    proposes each account with every asserted claim naming a perpetrator for which
    :func:`_account_reason` finds a dispute (accounts are few: a claim naming no deliberate
    killing), each pair once, in the claims' order.

    >>> from claimrec.model import Claim
    >>> from claimrec.relation._lookup import _lookup
    >>> from claimrec.resolution import resolve
    >>> claims = [
    ...     Claim(source="Ruritanian army", subject="civilians", id="army",
    ...           predicate="were killed by stray bullets", place="Kayes", when="2025-03-03"),
    ...     Claim(source="HRW", subject="civilians", predicate="executed", actor="FAMa",
    ...           place="Kayes", when="2025-03-03", id="hrw"),
    ... ]
    >>> res = resolve(claims)
    >>> [(a.id, b.id) for a, b in account_pairs(claims, res.__getitem__, _lookup(None))]
    [('army', 'hrw')]
    """
    accounts = [c for c in claims if record(c.id).account is not None]
    if not accounts:
        return
    naming = [c for c in claims if not c.denied and (c.actor or "").strip()]
    naming += [
        c for c in claims if not c.denied and not c.actor and _perpetrator_of(record(c.id))
    ]
    for x in accounts:
        rx = record(x.id)
        for y in naming:
            if y.id == x.id:
                continue
            first, second = (x, y) if x.id <= y.id else (y, x)
            ra, rb = (rx, record(y.id)) if first is x else (record(y.id), rx)
            if _account_reason(_Pair(first, second, ra, rb, lookup)) is not None:
                yield first, second
