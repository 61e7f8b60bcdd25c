"""Disputes over who did it: the perpetrator rule, across predicate families and items.

Alignment keeps two predicate families apart ("blamed on X", "Y killed 12"), and compares
a perpetrator field by field only as the claims state it (``actor``); yet an attribution
and another claim naming a perpetrator of another party dispute one act's cause. This
module holds that rule, read from the claims' resolutions only (the roles of their
predicates, their perpetrators, their speakers), so that :func:`relate` and the graph ask
it of any pair: one kept apart by alignment, and one aligned whose perpetrator the judge
does not compare (a perpetrator read from the claim's words, *roquette palestinienne*).
"""

from __future__ import annotations

import attrs

from claimrec.quantity import Quantity
from claimrec.relation._denials import denied_perpetrator
from claimrec.relation._fields import (
    _ONE_TIME_DAYS,
    _dated,
    _fighters,
    _hedge_reasons,
    _one_article,
    _one_event,
    _other_sites,
    _Pair,
    _pair_text,
    _q,
    _reason,
)
from claimrec.relation._kinds import Reason, ReasonKind, Relation, Relationship, _sorted_reasons
from claimrec.relation._lookup import _Lookup
from claimrec.resolution import ClaimResolution, Resolved
from claimrec.resolution._resolver import _speaker_key
from claimrec.vocab import Actor, Place, PlaceRelation

#: The predicate family of claims about who caused an event ("blamed on", "responsible
#: for", "claimed responsibility").
ATTRIBUTION_FAMILY = "responsibility"


def _perpetrator_of(rec: ClaimResolution) -> Resolved | None:
    """Return the claim's perpetrator: a known actor, read exactly (never by resemblance)."""
    hit = rec.actor
    if hit is None or not isinstance(hit.record, Actor) or hit.rule == "fuzzy":
        return None
    return hit


def _attribution(rec: ClaimResolution) -> bool:
    """Whether a claim says who caused an event (``_perpetrator_role``).

    Its predicate is of the ``responsibility`` family, or it denies who did it.
    """
    hit = rec.predicate
    if hit is not None and getattr(hit.record, "family", None) == ATTRIBUTION_FAMILY:
        return True
    return denied_perpetrator(rec) is not None


def _perpetrator_role(rec: ClaimResolution, lookup: _Lookup) -> str | None:
    """Return how a claim names who did something: ``attribution``, ``act`` or None.

    An attribution says who caused an event (the vocabulary's ``responsibility``
    family: "blamed on", "responsible for"); an act is a violent act, a predicate of the
    vocabulary's entailment graph ("killed" entails "attacked"; "attacked" is entailed).
    """
    hit = rec.predicate
    if denied_perpetrator(rec) is not None:
        return "attribution"  # "X denies it committed the massacre": who did it
    if hit is None:
        return None
    if getattr(hit.record, "family", None) == ATTRIBUTION_FAMILY:
        return "attribution"
    return "act" if lookup.violent(hit.id) else None


def _perpetrator_dispute(p: _Pair, strength: float) -> Relationship | None:
    """Return a dispute over who did it between two claims of different predicates.

    An attribution ("the blast was caused by X", "X blamed for the attack") and another
    claim naming a perpetrator of a different party (another attribution, or a violent
    act: "Y's air strike", "Y killed 500") dispute who did it. A denial ("X denies
    responsibility", "X did not bomb the hospital") disputes a claim naming X (or its
    party) as the one who did it, one of the two being an attribution. Both perpetrators
    must be known actors read exactly, the two speakers different, the act's victims not
    fighters (in a battle both sides kill), and something must place both claims in one
    event (:func:`_one_event`, or one article carrying both). Otherwise None.
    ``strength`` is the pair's alignment score (without the predicate feature when
    alignment kept the two predicates apart), lowered by hedges.
    """
    reason = _perpetrator_reason(p)
    if reason is None:
        return None
    return _who_relationship(p, Relation.CONTRADICTS, strength, reason)


def _who_relationship(p: _Pair, kind: Relation, strength: float, reason: Reason) -> Relationship:
    """Return the relationship of two accounts of who did it: ``reason``, predicates, hedges.

    ``strength`` is lowered by the claims' hedges; a contradiction is disputed.
    """
    a, b = p.a, p.b
    predicates = _reason(
        ReasonKind.CATEGORICAL,
        "{} and {} both say who did it".format(*_pair_text(_q(a.predicate), _q(b.predicate))),
    )
    factor, hedges = _hedge_reasons(a, b)
    return Relationship(
        a=a.id,
        b=b.id,
        kind=kind,
        strength=round(min(1.0, max(0.0, strength * factor)), 4),
        reasons=_sorted_reasons([reason, predicates, *hedges]),
        disputed=kind is Relation.CONTRADICTS,
    )


def _perpetrator_reason(p: _Pair) -> Reason | None:
    """Return why two claims dispute who did it (:func:`_perpetrator_dispute`), or None.

    Alignment's score plays no part, so the graph asks this of a candidate pair before
    scoring it.
    """
    a, b, ra, rb, lookup = p.a, p.b, p.ra, p.rb, p.lookup
    if not (_attribution(ra) or _attribution(rb)):
        return None  # the cheap test first: one of the two must say who caused it
    role_a, role_b = _perpetrator_role(ra, lookup), _perpetrator_role(rb, lookup)
    if role_a is None or role_b is None or "attribution" not in (role_a, role_b):
        return None
    if a.polarity is not b.polarity and isinstance((b if a.denied else a).value, Quantity):
        return None  # a denial of who did it disputes no figure ("26 killed by X")
    # a denial of who did it names the actor, else the speaker's own side (_denials)
    pa, pb = _perpetrator_of(ra), _perpetrator_of(rb)
    implied = pa is None or pb is None  # a side read from the speaker, not from the claim
    pa = pa or (denied_perpetrator(ra) if a.denied else None)
    pb = pb or (denied_perpetrator(rb) if b.denied else None)
    if pa is None or pb is None:
        return None
    first, second = pa.record, pb.record
    assert isinstance(first, Actor)
    assert isinstance(second, Actor)
    same = first.id == second.id or (first.party is not None and first.party == second.party)
    if not same and _collective(pa, pb):
        return None  # "a Palestinian rocket" and "Islamic Jihad": perhaps one group
    if a.polarity is b.polarity:
        if a.denied or same:
            return None  # two denials can both hold; one perpetrator named twice agrees
    elif not same:
        return None  # denying one perpetrator's role does not dispute naming another
    if (role_a == "act" and _fighters(ra, lookup)) or (role_b == "act" and _fighters(rb, lookup)):
        return None
    vocab = lookup.vocabulary
    if _speaker_key(ra.speaker, a.source, vocab) == _speaker_key(rb.speaker, b.source, vocab):
        return None
    if not _one_question(p, implied=implied):
        return None
    name_a, name_b = a.actor or pa.text, b.actor or pb.text
    if a.polarity is b.polarity:
        x, y = _pair_text(name_a, name_b)
        return _reason(
            ReasonKind.PERPETRATOR, f"{x} and {y} are different parties: who did it is disputed"
        )
    denier, asserter = (a, b) if a.denied else (b, a)
    denied_name, named = (name_a, name_b) if denier is a else (name_b, name_a)
    detail = (
        f"{denier.source.name} denies that {denied_name} did it; "
        f"{asserter.source.name} names {named}"
    )
    return _reason(ReasonKind.POLARITY, detail)


def _one_question(p: _Pair, *, implied: bool) -> bool:
    """Whether two accounts of who did it speak of one event.

    Anything placing both in one event (:func:`_one_event`); one article setting one
    party's account against another's (not a denial naming no one, ``implied``: "we did
    not target the camp", which one article may set beside another act of its speaker's
    side); incident words (:func:`_one_incident`); or, for a claim that names no place,
    its article's place (:func:`_article_places`; of two articles: one article's place is
    no more than the one article).
    """
    return (
        _one_event(p, None)
        or (_one_article(p.a, p.b) and not implied)
        or _one_incident(p)
        or (_article_places(p) and not _one_article(p.a, p.b))
    )


def _article_places(p: _Pair) -> bool:
    """Whether two claims meet at a place, one (or both) placed only by its article.

    "The blast was caused by a failed rocket" relayed from the army in an article whose
    toll is "at the hospital in Gaza" speaks of the Gaza blast, as does "the hospital was
    hit by an Israeli air raid" in Gaza City (:attr:`ClaimResolution.article_place`).
    """
    ra, rb = p.ra, p.rb
    if ra.article_place is None and rb.article_place is None:
        return False
    if ra.article_place is not None:
        ra = attrs.evolve(ra, place=ra.article_place)
    if rb.article_place is not None:
        rb = attrs.evolve(rb, place=rb.article_place)
    return _one_event(_Pair(p.a, p.b, ra, rb, p.lookup), None)


def _collective(pa: Resolved, pb: Resolved) -> bool:
    """Whether two armed groups, one named only by its nation, may be one.

    The one is read by rule ``demonym`` (an adjective) or ``launched`` (the territory a
    weapon came from inside).

    "A Palestinian rocket" names the Palestinian armed groups together: it excludes
    Israel's forces, but whether it names Islamic Jihad or Hamas it cannot tell.
    """
    records = (pa.record, pb.record)
    return bool({"demonym", "launched"} & {pa.rule, pb.rule}) and all(
        isinstance(r, Actor) and r.kind == "armed_group" for r in records
    )


def _one_incident(p: _Pair) -> bool:
    """Whether two claims name one kind of site, dated a few days apart, nothing apart.

    "The hospital was hit by an Israeli air raid" (17 October) and "the hospital attack
    was caused by a failed rocket launch" (18 October): incident words (the resolved
    ``sites``: *hospital*, *gare*, *estação*) and statement (else report) dates at most
    ``_ONE_TIME_DAYS`` apart place two accounts of who did it in one incident, when
    nothing sets them apart (event times that do not overlap, places the gazetteer says
    are disjoint, two different named sites).
    """
    a, b, ra, rb = p.a, p.b, p.ra, p.rb
    if not ra.sites & rb.sites:
        return False
    da, db = _dated(a, ra), _dated(b, rb)
    if da is None or db is None or abs((da - db).days) > _ONE_TIME_DAYS:
        return False
    if a.when is not None and b.when is not None and not a.when.overlaps(b.when):
        return False
    if a.place is not None and b.place is not None:
        where = p.lookup.place_relation(a.place, b.place, ra.place, rb.place)
        if where is PlaceRelation.DISJOINT:
            return False
    return not _other_sites(p)


def _place_read_alike(p: _Pair, *, denier_is_a: bool) -> bool:
    """Whether a denial's place is the one resolution reads for the assertion's report.

    "The army denies the gunmen came back to Solhan" against "the gunmen came back" in a
    report about Solhan (the assertion's place read from its report, rule ``report``):
    the denial names no narrower place than the one asserted.
    """
    denier, asserter = (p.ra, p.rb) if denier_is_a else (p.rb, p.ra)
    stated = p.b.place if denier_is_a else p.a.place
    if stated is not None or denier.place is None or asserter.place is None:
        return False
    if asserter.place.rule != "report":
        return False
    first, second = denier.place.record, asserter.place.record
    return isinstance(first, Place) and isinstance(second, Place) and first.id == second.id
