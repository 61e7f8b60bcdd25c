"""A denial contradicts only what it denies (resolution's :attr:`ClaimResolution.denies`).

Resolution reads what a denial denies (:class:`~claimrec.resolution.Denial`): the event,
who did it, the means, a figure, or only that a claim is confirmed. This module holds the
relation rules that read it, for the judge, ``relate`` and the graph alike:

- a denial of **who did it** contradicts only a claim naming that party as the one who did
  it, never a figure ("Ruritania denies involvement" leaves "26 killed" standing, even
  "26 killed by Ruritanian forces": who did it is the perpetrator rule's, a toll's point
  is its figure);
- a denial of a **means** (and a denial of an event done with one: *the chemical attack
  was staged*) contradicts claims of the act that assert that means ("40 killed in a gas
  attack") or name none ("40 dead"), never one that names another means only ("11 died
  of suffocation from conventional weapons") or denies that one too ("not a chemical
  attack");
- a denial that something is **confirmed** contradicts nothing;
- a denial of an **armed target** (its subject fighters or a military site: *a rebel depot
  was not hit*, *no armed combatants were in the compound*) denies one account of what
  the strike hit, not the strike: it contradicts only a claim that such a target was hit
  or there (:func:`armed_target`), never the attack, its means or a toll;
- a denial of the **event** and of a **figure** keep the general rules (entailment, one
  event, the figure denied); a denial whose target is **unknown** too, and its reason says
  so; but a denial that people were killed or wounded whose victims resolution does not
  read ("nobody of ours died": no subject class; with a means as its setting too: "none
  of ours were hurt in the strikes") is never held against a toll: nothing says it speaks
  of the victims the toll counts;
- two denials never contradict each other: both can hold; two denials of one thing
  (one event, one means, one party's role) agree.

Each reason names what the denial denies.
"""

from __future__ import annotations

import attrs

from claimrec.model import Claim, Polarity
from claimrec.quantity import Quantity
from claimrec.relation._causes import asserts_cause
from claimrec.relation._fields import _Outcome, _Pair, _pair_text, _reason
from claimrec.relation._kinds import Reason, ReasonKind, Relation, Relationship, _sorted_reasons
from claimrec.relation._lookup import _Lookup
from claimrec.resolution import ClaimResolution, Denial, Resolved
from claimrec.resolution._denial import means_denied_by, means_of
from claimrec.vocab import Actor


def read_as_denial(claim: Claim, rec: ClaimResolution) -> Claim:
    """Return the claim as relations read it: an assertion that denies in its words is a denial.

    "The attack was staged" is asserted, yet it denies the attack (``Denial.in_words``).
    """
    found = rec.denies
    if found is not None and found.in_words and not claim.denied:
        return attrs.evolve(claim, polarity=Polarity.DENIED)
    return claim


def _sides(p: _Pair) -> tuple[Claim, ClaimResolution, Claim, ClaimResolution]:
    if p.a.denied:
        return p.a, p.ra, p.b, p.rb
    return p.b, p.rb, p.a, p.ra


def denied_perpetrator(rec: ClaimResolution) -> Resolved | None:
    """Return the party a perpetrator denial says did not do it, or None."""
    found = rec.denies
    if found is None or found.target != "perpetrator":
        return None
    return found.perpetrator


def _same_party(x: Resolved | None, y: Resolved | None) -> bool:
    first, second = getattr(x, "record", None), getattr(y, "record", None)
    if not isinstance(first, Actor) or not isinstance(second, Actor):
        return False
    return first.id == second.id or first.party == second.party


def _named_perpetrator(rec: ClaimResolution) -> Resolved | None:
    """Return the perpetrator a claim names: a known actor read exactly (never by resemblance)."""
    hit = rec.actor
    if hit is None or not isinstance(hit.record, Actor) or hit.rule == "fuzzy":
        return None
    return hit


def elsewhere(p: _Pair) -> Reason | None:
    """Return why a denial does not deny what the other claim asserts, or None.

    One claim of the pair denies (after :func:`read_as_denial`), the other asserts. None
    means the general rules decide (the denial may contradict); a reason means the two
    can both hold (``compatible``), and says what the denial denies.
    """
    denier, rd, asserter, ra = _sides(p)
    found = rd.denies
    if found is None:
        return None
    who, other = denier.source.name, asserter.source.name
    what = found.describe()
    target = found.target
    if target == "confirmation":
        return _reason(
            ReasonKind.POLARITY,
            f"{who} says only that it is not confirmed, not that it is false: "
            f"no dispute with {other}",
        )
    if found.rule == _REJECTION:
        rejected = _rejection_elsewhere(found, who, other, ra)
        if rejected is not None:
            return rejected
    if target == "perpetrator":
        if isinstance(asserter.value, Quantity):
            return _reason(
                ReasonKind.POLARITY,
                f"{who} denies {what}; {other}'s figure is not about who did it",
            )
        named = _named_perpetrator(ra)
        if named is None:
            return _reason(
                ReasonKind.POLARITY,
                f"{who} denies {what}; {other} names no known party as the one who did it",
            )
        if found.perpetrator is not None and not _same_party(found.perpetrator, named):
            return _reason(
                ReasonKind.POLARITY, f"{who} denies {what}; {other} names another: {named.id}"
            )
        return None
    if target in ("event", "unknown"):
        armed = _armed_target_elsewhere(rd, ra, p)
        if armed is not None:
            return _reason(
                ReasonKind.POLARITY,
                f"{who} denies one account of what was hit or there ({armed}); "
                f"{other} does not say those were",
            )
    harm = not found.means or found.rule == "harm"  # of the act itself, not of a means
    if target == "event" and harm and isinstance(asserter.value, Quantity):
        victims = _unread_victims(denier, rd, p)
        if victims is not None:
            return _reason(
                ReasonKind.POLARITY,
                f"{who} denies {what}, but whom it speaks of ({victims}) is not read: "
                f"it cannot be held against {other}'s figure",
            )
    if target in ("means", "event") and found.means:
        asserted = means_of(asserter, None if ra.predicate is None else ra.predicate.id)
        if found.means & asserted:
            return None  # "40 killed in a gas attack": the very means denied
        if found.means & means_denied_by(asserter):
            return _reason(
                ReasonKind.POLARITY, f"{who} denies {what}; {other} denies that means too"
            )
        if asserted:
            others = ", ".join(sorted(asserted))
            return _reason(
                ReasonKind.POLARITY, f"{who} denies {what}; {other} names another means: {others}"
            )
    return None


_REJECTION = "rejection"

#: The subject class of military sites (bases, barracks, posts): an armed target, like
#: fighters (a kind of people excluding civilians).
_MILITARY_SITES = "military_sites"


def armed_target(rec: ClaimResolution, lookup: _Lookup) -> str | None:
    """Return the claim's subject class when it is an armed target, else None.

    An armed target is fighters (a kind of people excluding civilians: soldiers,
    militants, militia...) or a military site (a base, a depot of rebels, a headquarters):
    what one account says a strike hit ("the strike hit a rebel depot", "Taliban were in
    the compound"), against another's civilians or civilian site.

    >>> from claimrec.model import Claim
    >>> from claimrec.relation._lookup import _lookup
    >>> from claimrec.resolution import resolve
    >>> claims = [Claim(source="UN", subject="a rebel depot", predicate="was hit", id="d"),
    ...           Claim(source="UN", subject="the hospital", predicate="was hit", id="h")]
    >>> res = resolve(claims)
    >>> [armed_target(res[c.id], _lookup(None)) for c in claims]
    ['militants', None]
    """
    subject = None if rec.subject is None else rec.subject.id
    if subject is None:
        return None
    if subject == _MILITARY_SITES:
        return subject
    civilians = "civilians"
    kin = lookup.subjects_kin(subject, civilians)
    return subject if kin and lookup.subjects_exclude(subject, civilians) else None


def _armed_target_elsewhere(rd: ClaimResolution, ra: ClaimResolution, p: _Pair) -> str | None:
    """Return the denial's words for its armed target when the other claim names none.

    "A rebel depot was not hit", "there were no armed combatants in the compound": a
    denial whose subject is an armed target (:func:`armed_target`) denies one account of
    what the strike hit (the striker's: a depot, fighters, a military headquarters), not
    the strike, its toll or its means. It contradicts a claim that those were hit or
    there (an armed target too, of that class or another, or a party's account of its
    strike on munitions stored there); against any other claim (the
    attack itself, civilians, a hospital, a toll naming no victims) it denies nothing
    that claim asserts. None when the general rules decide.
    """
    lookup = p.lookup
    denied = armed_target(rd, lookup)
    if denied is None:
        return None
    if ra.account is not None and ra.account.struck is not None:
        return None  # "the air force struck a rebel depot": the very account denied
    if armed_target(ra, lookup) is not None:
        return None  # fighters or a military site on both sides: the general rules
    claim = p.a if p.ra is rd else p.b
    return f"{claim.subject!r} ({denied})" if claim.subject else denied


def _rejection_elsewhere(
    found: Denial, who: str, other: str, ra: ClaimResolution
) -> Reason | None:
    """Return why a rejection of a report or accusations does not answer a claim, or None.

    A party's rejection of another's report or accusations (*rejected the Ukrainian
    leader's accusations*, *a réfuté les conclusions d'un rapport de l'Onu*) answers the
    accusations of the party it names, and only those: a claim of anyone else (its own
    statements, a third party's) is not what it rejects. A rejection by a speaker who
    stands for no party (a rights group rejecting an army's account) says nothing of who
    did it. None: the perpetrator rules decide (the claim is the named party's).
    """
    if found.perpetrator is None:
        return _reason(
            ReasonKind.POLARITY,
            f"{who} rejects a report or accusations, but stands for no party: "
            f"not a denial of who did what {other} says",
        )
    if found.rejects is not None and not _same_party(found.rejects, ra.speaker):
        return _reason(
            ReasonKind.POLARITY,
            f"{who} rejects {found.rejects.id}'s report or accusations; "
            f"{other} is not {found.rejects.id}",
        )
    return None


def rejection_answers(rd: ClaimResolution, ra: ClaimResolution) -> bool:
    """Whether a denial may answer the other claim: anything but a rejection of another's.

    False for a rejection (rule ``rejection``) by a speaker standing for no party, or of
    the report or accusations of a named party the other claim's speaker is not of
    (:func:`_rejection_elsewhere`); True for every other denial.
    """
    found = rd.denies
    if found is None or found.rule != _REJECTION:
        return True
    if found.perpetrator is None:
        return False
    return found.rejects is None or _same_party(found.rejects, ra.speaker)


def _unread_victims(denier: Claim, rd: ClaimResolution, p: _Pair) -> str | None:
    """Return the denial's words for its victims when they are not read, else None.

    A denial that people were killed or wounded names its victims ("no civilians were
    killed"); when resolution reads no class from them (its subject resolved to nothing),
    nothing says the denial is about the victims a toll counts, and a denial held against
    every toll of an event spreads one misreading over all of them. Only denials of an
    act on people (a predicate of the casualties or injuries family) are concerned.
    """
    if rd.subject is not None or rd.predicate is None:
        return None
    family = p.lookup.vocabulary.predicates.family(rd.predicate.id)
    if family not in ("casualties", "injuries"):
        return None
    return f"'{denier.subject}'"


_NO_MEANS_MEET = ("event",)


def means_meet(p: _Pair) -> bool:
    """Whether a denial of a means meets an act asserted with that means, across families.

    "Chemical weapons were not used" and "40 killed in a gas attack": alignment keeps the
    two predicates apart (no entailment reads *used* from *killed*), yet the toll asserts
    the very means denied. Only a denial of a means (or of an event done with one), and
    only an act (a predicate of the entailment graph) naming that means in its own words;
    never a denial of harm done with the means (rule ``harm``: *no patients were hurt in
    the air strikes* takes the strikes for granted).
    """
    if p.a.polarity is p.b.polarity:
        return False
    _, rd, asserter, ra = _sides(p)
    found = rd.denies
    if found is None or found.target not in ("means", "event") or not found.means:
        return False
    if found.rule == "harm":
        return False  # "no patients were hurt in the air strikes": not a denial of strikes
    hit = ra.predicate
    if hit is None or not asserts_cause(p.lookup, hit.id):
        return False  # an act, or a claim naming the cause in another family (_causes)
    asserted = means_of(asserter, hit.id)
    if found.means & asserted:
        return True
    # "the chemical attack was staged" against "70 killed": an act naming no means is
    # the act denied, as the judge reads it (:func:`elsewhere`)
    return (
        p.lookup.violent(hit.id)
        and found.target in _NO_MEANS_MEET
        and not asserted
        and not means_denied_by(asserter)
    )


def _means(rec: ClaimResolution) -> frozenset[str]:
    found = rec.denies
    if found is None or found.target not in ("means", "event"):
        return frozenset()
    return found.means


def denials_meet(p: _Pair) -> bool:
    """Whether two denials deny one means ("no chemical weapons", "the gas attack: staged").

    Alignment keeps their words apart (*used*, *staged*); they deny one thing.
    """
    return p.a.denied and p.b.denied and bool(_means(p.ra) & _means(p.rb))


def means_finding(p: _Pair) -> tuple[_Outcome, tuple[Reason, ...]] | None:
    """Return the predicate finding of a means denial and an act asserted with it, or None.

    The denial's subject or predicate names the means (*chemical weapons*, *used*), the
    act's the victims and the act (*civilians*, *killed in a gas attack*): they speak of
    one act when the act asserts the means denied (:func:`means_meet`). Two denials of
    one means speak of one thing too (:func:`denials_meet`).
    """
    if p.a.denied and p.b.denied:
        if not denials_meet(p):
            return None
        x, y = _pair_text(p.a.source.name, p.b.source.name)
        shared = ", ".join(sorted(_means(p.ra) & _means(p.rb)))
        detail = f"{x} and {y} both deny the means ({shared})"
        return (_Outcome.EQUAL, (_reason(ReasonKind.CATEGORICAL, detail),))
    if not means_meet(p):
        return None
    denier, rd, asserter, _ = _sides(p)
    assert rd.denies is not None
    means = ", ".join(sorted(rd.denies.means))
    detail = f"{asserter.source.name} asserts the means {denier.source.name} denies ({means})"
    return (_Outcome.EQUAL, (_reason(ReasonKind.CATEGORICAL, detail),))


def denial_detail(p: _Pair) -> str:
    """Return the words of a denial's contradiction: who denies what, and what it denies."""
    denier, rd, asserter, _ = _sides(p)
    base = f"{denier.source.name} denies what {asserter.source.name} asserts"
    found = rd.denies
    if found is None:
        return base
    if found.target == "unknown":
        return f"{base} (what the denial denies is unknown: read as the whole claim)"
    return f"{base}: {found.describe()}"


def both_deny(p: _Pair, rel: Relationship) -> Relationship:
    """Two denials never contradict each other; two denials of one thing agree.

    Applied to a pair of denials (both read by :func:`read_as_denial`) the judge related:
    a contradiction becomes ``compatible`` (both can hold), and a ``compatible`` pair
    whose denials deny one thing (the event or a means, with a shared means or none
    named; one party's role) and state one value (or none) ``agrees``. Relays, one
    speaker's statements and denied figures keep their kind.
    """
    a, b = p.a, p.b
    if not (a.denied and b.denied) or rel.kind not in (Relation.CONTRADICTS, Relation.COMPATIBLE):
        return rel
    if any(r.kind in _KEEP for r in rel.reasons):
        return rel
    if isinstance(a.value, Quantity) or isinstance(b.value, Quantity):
        return rel  # two denied figures: the figures' own rules (a denied figure is one)
    x, y = _pair_text(a.source.name, b.source.name)
    one = _one_thing(p.ra.denies, p.rb.denies) if a.value == b.value else None
    if one is not None:
        detail = f"{x} and {y} both deny {one}"
        return attrs.evolve(
            rel,
            kind=Relation.AGREES,
            disputed=False,
            reasons=_sorted_reasons([_reason(ReasonKind.POLARITY, detail)]),
            magnitude_ratio=rel.magnitude_ratio,
        )
    if rel.kind is Relation.CONTRADICTS:
        detail = f"{x} and {y} both deny: both can hold"
        kept = [r for r in rel.reasons if r.kind is not ReasonKind.POLARITY]
        return attrs.evolve(
            rel,
            kind=Relation.COMPATIBLE,
            disputed=False,
            reasons=_sorted_reasons([*kept, _reason(ReasonKind.POLARITY, detail)]),
        )
    return rel


#: Reasons of relays and of one speaker's statements: their kind is kept.
_KEEP = frozenset({ReasonKind.ECHO, ReasonKind.LOSSY_RELAY, ReasonKind.SAME_SPEAKER})


def _one_thing(x: Denial | None, y: Denial | None) -> str | None:
    """Return what two denials both deny when it is one thing (words for a reason), or None."""
    if x is None or y is None:
        return None
    kinds = {x.target, y.target}
    if kinds <= {"event", "means"}:
        if x.means and y.means:
            shared = x.means & y.means
            return f"the {', '.join(sorted(shared))} attack" if shared else None
        if x.means or y.means or kinds != {"event"}:
            return None
        return "that the event happened"
    if kinds == {"perpetrator"} and _same_party(x.perpetrator, y.perpetrator):
        assert x.perpetrator is not None
        return f"that {x.perpetrator.id} did it"
    return None
