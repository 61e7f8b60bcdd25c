"""A denial of another speaker's figure or claim, against that claim (private).

Resolution reads "Kenyan officials disputed the figure", "Obonyo: the Somali president's
figure is not true" and "le bilan livré par les Shebab" (contested) as a denial of another
speaker's claim (``Denial.rule == "claim"``): whose claim (``Denial.whose``) and the figures
it gives in the denial's article (``Denial.figures``). Such a denial

- **contradicts** that speaker's claim of that figure, whoever relays it: a toll (the
  dead, the wounded, a claim of having killed so many) by a speaker of that side whose
  figure is one of the figures denied (equal within the tolerance: *100*, *more than
  100*, *about 100*; never another figure of that speaker, *63*, given before or after);
  when the article carries none of its figures (*these claims*), that speaker's tolls
  in the denial's article;
- contradicts that speaker's account of how the victims died (an accident, munitions
  stored there: ``ClaimResolution.account``) when it names a claim, a report or an
  account rather than a figure (*the account provided by the military authorities is not
  accurate*);
- says **nothing** of another speaker's figure (Kenya denying al-Shabaab's 100 says
  nothing of the Somali president's 180): the pair is left to the other rules, which
  keep a denial naming no act apart from a toll;
- is **unrelated** to a denial of another side's claim (two objects, however alike the
  words: Kenya's denial of al-Shabaab's figure and its denial of the Somali president's);
- **agrees** with another speaker's denial of that claim (one side's figure, one of the
  figures on both sides, or none named on one side and the two stated days apart at
  most); one speaker's two denials are left to the relay rules (one statement relayed).

Nothing sets the two apart: event times that overlap when both are given, places the
gazetteer does not call disjoint, no two different named sites. The figure itself ties a
relay to the claim denied, whatever its date (a relay weeks later of the figure denied).
Alignment keeps a denial naming no act apart from a toll, so the graph proposes each such
pair (:func:`claimed_pairs`); ``relate`` reads the same rule.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence

from claimrec.model import Claim
from claimrec.quantity import Quantity, QuantityKind
from claimrec.relation._distinct import speaker_key
from claimrec.relation._fields import (
    _ONE_TIME_DAYS,
    _dated,
    _one_article,
    _other_sites,
    _Pair,
    _pair_text,
    _reason,
)
from claimrec.relation._figures import with_verb_figure
from claimrec.relation._kinds import ReasonKind, Relation, Relationship, _sorted_reasons
from claimrec.relation._lookup import _Lookup
from claimrec.resolution import ClaimResolution, Denial
from claimrec.resolution._claimed import TOLL_FAMILIES, claim_head, says_figure, side
from claimrec.vocab import PlaceRelation

_CLAIM = "claim"
_PEOPLE = "people"
_RESPONSIBILITY = "responsibility"
#: The tolerance within which a figure is the one denied (as relations' default).
_TOLERANCE = 0.05


def claimed(rec: ClaimResolution) -> Denial | None:
    """Return a denial of another speaker's claim (rule ``claim``), else None."""
    found = rec.denies
    if found is None or found.rule != _CLAIM or found.whose is None:
        return None
    return found


def _family(rec: ClaimResolution, lookup: _Lookup) -> str | None:
    hit = rec.predicate
    if hit is None:
        return None
    return lookup.vocabulary.predicates.family(hit.id)


def _toll(claim: Claim, rec: ClaimResolution, lookup: _Lookup) -> bool:
    """Whether an asserted claim may be a toll: of the dead or wounded, of having killed so many.

    A figure whose predicate is not read (*the figure* *put at* 180-200) may be one too:
    the figure denied decides.
    """
    family = _family(rec, lookup)
    if family in TOLL_FAMILIES:
        return True
    if family is None:  # "the figure" "put at" 180-200: a figure, its verb unread
        found = claim_head(claim.subject)
        return isinstance(claim.value, Quantity) and found is not None and says_figure(found[0])
    if family != _RESPONSIBILITY:
        return False
    subject = None if rec.subject is None else rec.subject.id
    people = subject is not None and _PEOPLE in lookup.vocabulary.subjects.lineage(subject)
    return isinstance(claim.value, Quantity) or people


def _stated(q: Quantity) -> tuple[float, ...]:
    """Return the numbers a figure states: *over 100* and *about 100* state 100, *180-200* both."""
    kind = q.kind
    low, high = q.low, q.high
    if kind is QuantityKind.VAGUE:
        return ()
    if kind is QuantityKind.APPROXIMATE:
        return (q.center,)
    if kind in (QuantityKind.UPPER_BOUND, QuantityKind.HIGH_ESTIMATE, QuantityKind.NEARLY):
        return () if high is None else (high, high + 1)
    if kind is QuantityKind.LOWER_BOUND:
        return () if low is None else (low, low - 1)
    return tuple(x for x in (low, high) if x is not None)


def _one_of(figure: object, figures: Sequence[Quantity]) -> Quantity | None:
    """Return the denied figure a claim's figure states again, or None.

    One number stated on both sides (within the tolerance), whatever its qualifier: *100*,
    *more than 100*, *about 100* and *at least 100* state one figure; *180-200* and *at
    least 180* too; *over 60* and *100* two (a bound is no other figure's container here).
    """
    if not isinstance(figure, Quantity):
        return None
    told = _stated(figure)
    for denied in figures:
        for x in _stated(denied):
            if any(abs(x - y) <= _TOLERANCE * max(abs(x), abs(y)) for y in told):
                return denied
    return None


def _apart(p: _Pair) -> bool:
    """Whether anything sets two claims apart: event times, places, two sites."""
    a, b = p.a, p.b
    if a.when is not None and b.when is not None and not a.when.overlaps(b.when):
        return True
    if a.place is not None and b.place is not None:
        where = p.lookup.place_relation(a.place, b.place, p.ra.place, p.rb.place)
        if where is PlaceRelation.DISJOINT:
            return True
    return _other_sites(p)


def _denied_claim(p: _Pair, found: Denial, *, denier_first: bool) -> str | None:
    """Return the words of a denial's contradiction with the claim it denies, or None."""
    denier, rd, other, ro = (p.a, p.ra, p.b, p.rb) if denier_first else (p.b, p.rb, p.a, p.ra)
    if other.denied or ro.denies is not None:
        return None
    named = found.whose
    whose = side(named)
    if named is None or whose is None or side(ro.speaker) != whose or side(rd.speaker) == whose:
        return None
    lookup = p.lookup
    if ro.account is not None and not says_figure(found.text):
        # "the account provided by the military": its account of how the victims died
        what = f"{named.id}'s account ({ro.account.text!r})"
    elif not _toll(other, ro, lookup):
        return None
    elif found.figures:
        figure = _one_of(with_verb_figure(other, ro).value, found.figures)
        if figure is None:
            return None  # another figure of that speaker's: not the one denied
        what = f"{named.id}'s figure ({figure})"
    elif _one_article(denier, other):
        what = f"{named.id}'s claim in the same article"
    else:
        return None
    if _apart(p):
        return None
    return f"{denier.source.name} denies {what} ({found.text!r}); {other.source.name} states it"


def _two_denials(p: _Pair, x: Denial, y: Denial) -> str | None:
    """Return the words of two speakers' agreement in denying one claim, or None."""
    lookup = p.lookup
    one = speaker_key(p.ra.speaker, p.a.source, lookup)
    if one == speaker_key(p.rb.speaker, p.b.source, lookup):
        return None  # one speaker's two denials: one statement relayed, or two (relay rules)
    if side(p.ra.speaker) == side(x.whose) or side(p.rb.speaker) == side(x.whose):
        return None
    assert x.whose is not None
    if x.figures and y.figures:
        if not any(_one_of(f, y.figures) is not None for f in x.figures):
            return None  # two figures of that speaker's: two claims denied
    else:
        da, db = _dated(p.a, p.ra), _dated(p.b, p.rb)
        if da is None or db is None or abs((da - db).days) > _ONE_TIME_DAYS:
            return None
    if _apart(p):
        return None
    first, second = _pair_text(p.a.source.name, p.b.source.name)
    return f"{first} and {second} both deny {x.whose.id}'s figure"


def claimed_relation(p: _Pair, strength: float) -> Relationship | None:
    """Return how a denial of another speaker's claim stands to the other claim, or None.

    ``contradicts`` with that speaker's claim of the figure denied, ``agrees`` with
    another speaker's denial of it; None when the rule says nothing (the other rules
    decide).
    """
    xa, xb = claimed(p.ra), claimed(p.rb)
    if xa is None and xb is None:
        return None
    if xa is not None and xb is not None:
        if side(xa.whose) != side(xb.whose):
            assert xa.whose is not None
            assert xb.whose is not None
            x, y = _pair_text(xa.whose.id, xb.whose.id)
            apart = f"not the same item: they deny two speakers' claims, {x}'s and {y}'s"
            return Relationship(
                a=p.a.id,
                b=p.b.id,
                kind=Relation.UNRELATED,
                strength=round(min(1.0, max(0.0, strength)), 4),
                reasons=(_reason(ReasonKind.ITEM, apart),),
            )
        detail = _two_denials(p, xa, xb)
        kind = Relation.AGREES
    elif xa is not None:
        detail = _denied_claim(p, xa, denier_first=True)
        kind = Relation.CONTRADICTS
    else:
        assert xb is not None
        detail = _denied_claim(p, xb, denier_first=False)
        kind = Relation.CONTRADICTS
    if detail is None:
        return None
    return Relationship(
        a=p.a.id,
        b=p.b.id,
        kind=kind,
        strength=round(min(1.0, max(0.0, strength)), 4),
        reasons=_sorted_reasons([_reason(ReasonKind.POLARITY, detail)]),
        disputed=kind is Relation.CONTRADICTS,
    )


def _may_answer(
    x: Claim, found: Denial, y: Claim, record: Callable[[str], ClaimResolution]
) -> bool:
    """Whether a claim of the side named may be the one a denial denies (a cheap screen)."""
    rec = record(y.id)
    if rec.account is not None:
        return True
    if found.figures:
        figure = with_verb_figure(y, rec).value
        return _one_of(figure, found.figures) is not None
    return _one_article(x, y)


def claimed_pairs(
    claims: Sequence[Claim],
    record: Callable[[str], ClaimResolution],
    lookup: _Lookup,  # noqa: ARG001 - the signature of the graph's other proposers
) -> Iterator[tuple[Claim, Claim]]:
    """Pairs of a denial of another speaker's claim and a claim it may answer.

    Each such denial meets every asserted claim of the side whose claim it denies, and
    every other denial of that side's claim; the rule (:func:`claimed_relation`) decides.
    Each pair once, in the claims' order.

    >>> from claimrec.model import Claim, Report
    >>> from claimrec.relation._lookup import _lookup
    >>> from claimrec.resolution import resolve
    >>> article = Report(outlet="Wire", published="2025-03-04", url="https://wire/1")
    >>> claims = [
    ...     Claim(source="JNIM", subject="soldiers", predicate="killed", value="100",
    ...           via=article, id="jnim"),
    ...     Claim(source="FAMa", subject="the figure", predicate="disputed",
    ...           polarity="denied", via=article, id="army"),
    ... ]
    >>> res = resolve(claims)
    >>> [(a.id, b.id) for a, b in claimed_pairs(claims, res.__getitem__, _lookup(None))]
    [('army', 'jnim')]
    """
    denials = [(c, found) for c in claims if (found := claimed(record(c.id))) is not None]
    if not denials:
        return
    wanted = {side(found.whose) for _, found in denials}
    by_side: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.denied:
            continue
        owner = side(record(claim.id).speaker)
        if owner is not None and owner in wanted:
            by_side[owner].append(claim)
    seen: set[tuple[str, str]] = set()
    for x, found in denials:
        owner = side(found.whose)
        assert owner is not None
        # only the claims the rule may hold against it: one of its figures, else its
        # article's, else an account (few pairs, however many claims that side makes)
        said = [c for c in by_side.get(owner, ()) if _may_answer(x, found, c, record)]
        others = [*said, *(c for c, f in denials if side(f.whose) == owner)]
        for y in others:
            if y.id == x.id:
                continue
            first, second = (x, y) if x.id <= y.id else (y, x)
            if (first.id, second.id) not in seen:
                seen.add((first.id, second.id))
                yield first, second
