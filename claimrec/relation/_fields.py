"""How one field of two claims compares, and the evidence of one event, time and statement.

Each ``_finding`` says how the two claims compare on one dimension (value, place, time,
perpetrator, predicate, subject); the other helpers say whether anything places two claims
in one event, dates their figures to one time, or makes them one statement relayed.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import math
import re
from collections.abc import Callable, Iterable
from enum import Enum
from importlib.resources import files

import attrs
from rapidfuzz import fuzz

from claimrec._text import normalize
from claimrec.category import Category, SetValue, Unstated
from claimrec.model import Claim, Value
from claimrec.quantity import Quantity, QuantityKind
from claimrec.relation._aggregates import _EVENT_DAYS
from claimrec.relation._kinds import Reason, ReasonKind, _ratio_text
from claimrec.relation._lookup import _Lookup, _rid, _same_words
from claimrec.resolution import ClaimResolution, Resolved
from claimrec.resolution._actors import KEY, identities
from claimrec.resolution._bounds import bound_day, chain_date
from claimrec.resolution._bounds import url_date as _url_date
from claimrec.resolution._geography import _relate_places, is_local
from claimrec.resolution._resolver import _INSIDE
from claimrec.resolution._sites import _place_key, place_kinds
from claimrec.resolution._voices import two_statements
from claimrec.resolution._words import _LIST_SPLIT, _place_core
from claimrec.timespan import TimeSpan
from claimrec.vocab import Actor, Place, PlaceRelation

#: Strength multiplier for each hedged claim of a pair ("reportedly", "provisional toll").
HEDGE_FACTOR = 0.75


#: Strength multiplier when the gazetteer cannot say how two places relate.
UNKNOWN_PLACE_FACTOR = 0.9


#: Words in a claim's qualifiers that mark modality, like an explicit ``hedge``
#: (``claimrec/data/hedges.json``: *reportedly*, *angeblich*, *якобы*, *rzekomo*...).
_HEDGE_WORDS = frozenset(
    normalize(word)
    for words in json.loads(
        (files("claimrec") / "data" / "hedges.json").read_text(encoding="utf-8")
    )["words"].values()
    for word in words
)
#: Modal verbs of possibility (``hedges.json``'s ``possibility``: *could*, *pourrait*,
#: *könnte*, *может*): a figure said so is what the toll could reach, not a count.
_POSSIBILITY_WORDS = frozenset(
    normalize(word)
    for words in json.loads(
        (files("claimrec") / "data" / "hedges.json").read_text(encoding="utf-8")
    )["possibility"].values()
    for word in words
)


def _possible(claim: Claim) -> bool:
    """Whether the claim gives its figure as a possibility ("could approach 3,500")."""
    if not claim.hedge and not claim.qualifiers:
        return False  # no words to read (most claims): normalize("") has none
    texts = [claim.hedge or "", *claim.qualifiers]
    return any(_POSSIBILITY_WORDS.intersection(normalize(t).split()) for t in texts)


#: Fuzzy similarity (rapidfuzz ``token_set_ratio``, 0-100) at which two texts say the same.
_TEXT_SAME = 90.0


# --------------------------------------------------------------------------- judging one pair


class _Outcome(Enum):
    """How one dimension of a pair compares (private: combined into a Relation)."""

    EQUAL = 0  # the same
    A_NARROWER = 1  # a entails b
    B_NARROWER = 2  # b entails a
    OVERLAP = 3  # both can hold, not the same
    CONFLICT = 4  # cannot both hold
    APART = 5  # about different items


_Finding = tuple[_Outcome, tuple[Reason, ...]]


_SAME: _Finding = (_Outcome.EQUAL, ())


@functools.lru_cache(maxsize=65536)
def _reason(kind: ReasonKind, detail: str) -> Reason:
    """Return the reason (one object per recent distinct kind and detail: reasons are frozen).

    A graph's pairs repeat their reasons (the same figures, times, places: about six pairs
    a reason among synthetic claims); the cache spares building and holding each again.
    """
    return Reason(kind=kind, detail=detail)


def _pair_text(x: str, y: str) -> tuple[str, str]:
    return (x, y) if x <= y else (y, x)


def _q(value: object) -> str:
    return f"'{value}'"


def _nested(a_inside_b: bool, b_inside_a: bool) -> _Outcome:
    if a_inside_b and b_inside_a:
        return _Outcome.EQUAL
    if a_inside_b:
        return _Outcome.A_NARROWER
    if b_inside_a:
        return _Outcome.B_NARROWER
    return _Outcome.OVERLAP


def _hedges(claim: Claim) -> tuple[str, ...]:
    if not claim.hedge and not claim.qualifiers:
        return ()  # nothing to read (most claims)
    found: list[str] = []
    if claim.hedge:
        found.append(claim.hedge)
    found.extend(q for q in claim.qualifiers if _HEDGE_WORDS.intersection(normalize(q).split()))
    return tuple(found)


def _hedge_reasons(a: Claim, b: Claim) -> tuple[float, list[Reason]]:
    """Return the factor the two claims' hedges put on a strength, and their reasons."""
    factor, reasons = 1.0, list[Reason]()
    if not (a.hedge or a.qualifiers or b.hedge or b.qualifiers):
        return factor, reasons  # neither claim hedges (most pairs): no call per claim
    for claim in (a, b):
        words = _hedges(claim)
        if words:
            factor *= HEDGE_FACTOR
            quoted = ", ".join(_q(w) for w in words)
            reasons.append(_reason(ReasonKind.HEDGE, f"{claim.source.name} says {quoted}"))
    return factor, reasons


@functools.lru_cache(maxsize=65536)
def _numbers(
    a: Quantity, b: Quantity, tolerance: float, dispute_ratio: float
) -> tuple[_Finding, float | None]:
    # Cached: the same pairs of figures recur across a large claim set. Quantity equality
    # and hashing ignore ``text``, and so does everything here (str renders the fields).
    ratio = a.magnitude_ratio(b)
    ratio_or_none = None if math.isnan(ratio) else ratio
    x, y = _pair_text(str(a), str(b))
    if a == b:
        return (_Outcome.EQUAL, (_reason(ReasonKind.NUMERIC, f"both say {x}"),)), ratio_or_none
    # Agreement is overlap once widened by the tolerance, with central values no further
    # apart than the tolerance lets two points be: ((1 + t) / (1 - t)).
    slack = (1 + tolerance) / (1 - tolerance) if tolerance < 1 else math.inf
    if (
        ratio_or_none is not None
        and ratio <= slack
        and a.agrees_with(b, tolerance=tolerance)
        and not _counts_apart(a, b, tolerance)
    ):
        detail = f"{x} and {y} agree within {tolerance:.0%}"
        return (_Outcome.EQUAL, (_reason(ReasonKind.NUMERIC, detail),)), ratio_or_none
    if not a.overlaps(b):
        detail = f"{x} and {y} do not overlap"
        return (_Outcome.CONFLICT, (_reason(ReasonKind.NUMERIC, detail),)), ratio_or_none
    outcome = _nested(a.issubset(b), b.issubset(a))
    reasons: list[Reason] = []
    if outcome is _Outcome.A_NARROWER:
        reasons.append(_reason(ReasonKind.NUMERIC, f"{a} lies within {b}"))
    elif outcome is _Outcome.B_NARROWER:
        reasons.append(_reason(ReasonKind.NUMERIC, f"{b} lies within {a}"))
    else:
        reasons.append(_reason(ReasonKind.NUMERIC, f"{x} and {y} overlap"))
    if ratio_or_none is not None and ratio >= dispute_ratio:
        low, high = sorted((a.center, b.center))
        detail = f"central values {low:g} and {high:g} are {_ratio_text(ratio)} apart"
        reasons.append(_reason(ReasonKind.NUMERIC, detail))
        outcome = _Outcome.OVERLAP
    return (outcome, tuple(reasons)), ratio_or_none


def _counts_apart(a: Quantity, b: Quantity, tolerance: float) -> bool:
    """Whether two exact whole counts differ though the tolerance is below one unit.

    Widening moves a count by ``tolerance`` of itself and rounds whole bounds outwards
    (:meth:`Quantity.widen`): below 20 at 5% the widening is less than one person, and
    only the rounding makes *10 killed* and *11 killed* overlap. Two such counts are two
    counts, not one figure rounded: they agree only when equal. Larger counts keep the
    tolerance (*700* and *735* agree at 5%).
    """
    exact = QuantityKind.EXACT
    if a.kind is not exact or b.kind is not exact or not (a.integer and b.integer):
        return False
    if a.best is None or b.best is None or a.best == b.best:
        return False
    return tolerance * max(abs(a.best), abs(b.best)) < 1


@functools.lru_cache(maxsize=65536)
def _spans(a: TimeSpan, b: TimeSpan, kind: ReasonKind, *, apart: _Outcome) -> _Finding:
    if a == b:
        return _SAME
    if not a.overlaps(b):
        x, y = _pair_text(str(a), str(b))
        return (apart, (_reason(kind, f"{x} and {y} do not overlap"),))
    outcome = _nested(b.contains(a), a.contains(b))
    if outcome is _Outcome.A_NARROWER:
        return (outcome, (_reason(kind, f"{a} lies within {b}"),))
    if outcome is _Outcome.B_NARROWER:
        return (outcome, (_reason(kind, f"{b} lies within {a}"),))
    if outcome is _Outcome.EQUAL:
        return _SAME
    x, y = _pair_text(str(a), str(b))
    return (outcome, (_reason(kind, f"{x} and {y} overlap"),))


def _texts(a: str, b: str) -> _Finding:
    if _same_words(a, b):
        return _SAME
    x, y = _pair_text(_q(a), _q(b))
    if fuzz.token_set_ratio(normalize(a), normalize(b)) >= _TEXT_SAME:
        return (_Outcome.EQUAL, (_reason(ReasonKind.TEXTUAL, f"{x} and {y} say the same"),))
    return (_Outcome.OVERLAP, (_reason(ReasonKind.TEXTUAL, f"{x} and {y} differ in wording"),))


def _categories(a: Category, b: Category, lookup: _Lookup) -> _Finding:
    if a == b:
        return _SAME
    x, y = _pair_text(_q(a), _q(b))
    vocab = lookup.vocabulary
    for scheme in (vocab.predicates.scheme, vocab.subjects.scheme):
        if scheme.excludes(a, b):
            return (_Outcome.CONFLICT, (_reason(ReasonKind.CATEGORICAL, f"{x} excludes {y}"),))
        if a.value in scheme and scheme.same(a, b):
            detail = f"{x} and {y} name the same category"
            return (_Outcome.EQUAL, (_reason(ReasonKind.CATEGORICAL, detail),))
    return (_Outcome.OVERLAP, (_reason(ReasonKind.CATEGORICAL, f"{x} and {y} differ"),))


def _values(
    a: Claim, b: Claim, lookup: _Lookup, tolerance: float, dispute_ratio: float
) -> tuple[_Finding, float | None]:
    va, vb = a.value, b.value
    if va is None and vb is None:
        return _SAME, None
    if va is None or vb is None:
        given, claim = (vb, b) if va is None else (va, a)
        outcome = _Outcome.B_NARROWER if va is None else _Outcome.A_NARROWER
        detail = f"only {claim.source.name} gives a value ({given})"
        return (outcome, (_reason(_value_reason_kind(given), detail),)), None
    if isinstance(va, Quantity) and isinstance(vb, Quantity):
        return _numbers(va, vb, tolerance, dispute_ratio)
    if isinstance(va, TimeSpan) and isinstance(vb, TimeSpan):
        return _spans(va, vb, ReasonKind.TEMPORAL, apart=_Outcome.CONFLICT), None
    if isinstance(va, bool) and isinstance(vb, bool):
        if va == vb:
            return _SAME, None
        yes, no = (a, b) if va else (b, a)
        detail = f"{yes.source.name} says true, {no.source.name} says false"
        return (_Outcome.CONFLICT, (_reason(ReasonKind.CATEGORICAL, detail),)), None
    if isinstance(va, Category) and isinstance(vb, Category):
        return _categories(va, vb, lookup), None
    if isinstance(va, Unstated) and isinstance(vb, Unstated):  # one wording, either order
        x, y = _pair_text(a.source.name, b.source.name)
        detail = f"{x} and {y} give no figure: neither supports nor contradicts one"
        return (_Outcome.APART, (_reason(ReasonKind.ITEM, detail),)), None
    if isinstance(va, Unstated) or isinstance(vb, Unstated):  # a claim about a claim
        silent = a if isinstance(va, Unstated) else b
        detail = f"{silent.source.name} gives no figure: neither supports nor contradicts one"
        return (_Outcome.APART, (_reason(ReasonKind.ITEM, detail),)), None
    if isinstance(va, SetValue) and isinstance(vb, SetValue):
        return _sets(va, vb), None
    if isinstance(va, str | Category) and isinstance(vb, str | Category):
        return _texts(str(va), str(vb)), None
    x, y = _pair_text(str(va), str(vb))
    detail = f"values of different types: {x} and {y}"
    return (_Outcome.OVERLAP, (_reason(ReasonKind.ITEM, detail),)), None


_SET_OUTCOMES = {
    "equal": _Outcome.EQUAL,
    "subset": _Outcome.A_NARROWER,
    "superset": _Outcome.B_NARROWER,
    "overlap": _Outcome.OVERLAP,
    "compatible": _Outcome.OVERLAP,
    "disjoint": _Outcome.CONFLICT,
}


def _sets(a: SetValue, b: SetValue) -> _Finding:
    """Compare lists: a subset refines, an overlap is compatible, exclusive lists contradict."""
    how = a.compare(b)
    ta, tb = _q(a.text or str(a)), _q(b.text or str(b))
    x, y = _pair_text(ta, tb)
    detail = {
        "equal": f"{x} and {y} name the same members",
        "subset": f"{ta} is part of {tb}",
        "superset": f"{tb} is part of {ta}",
        "overlap": f"{x} and {y} share members",
        "compatible": f"{x} and {y} share no member, but one list is partial",
        "disjoint": f"{x} and {y} cannot both be the list",
    }[how]
    return (_SET_OUTCOMES[how], (_reason(ReasonKind.CATEGORICAL, detail),))


def _value_reason_kind(value: Value) -> ReasonKind:
    if isinstance(value, Quantity):
        return ReasonKind.NUMERIC
    if isinstance(value, TimeSpan):
        return ReasonKind.TEMPORAL
    if isinstance(value, str):
        return ReasonKind.TEXTUAL
    return ReasonKind.CATEGORICAL


@attrs.frozen
class _Pair:
    """Two claims and how their names were read (private: one argument for every judge)."""

    a: Claim
    b: Claim
    ra: ClaimResolution
    rb: ClaimResolution
    lookup: _Lookup


def _same_core(p: _Pair) -> bool:
    """Whether the claims name one subject and one predicate (a single located fact)."""
    a, b = p.a, p.b
    same_subject = _same_words(a.subject, b.subject)
    pa, pb = _rid(p.ra.predicate), _rid(p.rb.predicate)
    same_predicate = (pa is not None and pa == pb) or _same_words(a.predicate, b.predicate)
    same_event = a.event is not None and b.event is not None and _same_words(a.event, b.event)
    return same_subject and same_predicate and same_event


def _places(p: _Pair, known: PlaceRelation | None) -> tuple[_Finding, float]:
    a, b = p.a, p.b
    if a.place is None and b.place is None:
        return _SAME, 1.0
    if a.place is None or b.place is None:
        claim = a if b.place is None else b
        outcome = _Outcome.A_NARROWER if b.place is None else _Outcome.B_NARROWER
        detail = f"only {claim.source.name} gives a place ({claim.place})"
        return (outcome, (_reason(ReasonKind.SPATIAL, detail),)), 1.0
    relation = (
        known
        if known is not None
        else p.lookup.place_relation(a.place, b.place, p.ra.place, p.rb.place)
    )
    if relation is PlaceRelation.UNKNOWN and _same_words(a.place, b.place):
        relation = PlaceRelation.SAME
    if relation is PlaceRelation.SAME and not _same_words(a.place, b.place):
        # "a hospital in Kayes" and "Kayes": one place read, but a site is a part of it
        sa, sb = _is_site(p.ra.place), _is_site(p.rb.place)
        if sa is not sb:
            site, town = (a.place, b.place) if sa else (b.place, a.place)
            outcome = _Outcome.A_NARROWER if sa else _Outcome.B_NARROWER
            return (outcome, (_reason(ReasonKind.SPATIAL, f"{site} is a site in {town}"),)), 1.0
    if relation is PlaceRelation.UNKNOWN:
        # "Zamzam" and "Zamzam, Abu Shouk and El Fasher": one of the places a list names
        parts_a, parts_b = _list_cores(a.place), _list_cores(b.place)
        if parts_a != parts_b and (parts_a < parts_b or parts_b < parts_a):
            narrow, wide = (a.place, b.place) if parts_a < parts_b else (b.place, a.place)
            outcome = _Outcome.A_NARROWER if parts_a < parts_b else _Outcome.B_NARROWER
            detail = f"{narrow} {_AMONG} {wide} names"
            return (outcome, (_reason(ReasonKind.SPATIAL, detail),)), 1.0
        # "a hospital in Zamzam" and "Zamzam", neither known: a site of the other place
        inner = _site_of(a.place, b.place)
        if inner is not None:
            site, town = (a.place, b.place) if inner is a.place else (b.place, a.place)
            outcome = _Outcome.A_NARROWER if inner is a.place else _Outcome.B_NARROWER
            return (outcome, (_reason(ReasonKind.SPATIAL, f"{site} is a site in {town}"),)), 1.0
    if relation in (PlaceRelation.SAME, PlaceRelation.UNKNOWN):
        # "El Fasher and Zamzam" and "El Fasher, Zamzam and Abu Shouk": a list of places
        # that holds every place of another list, and more, is the broader place, even
        # when the gazetteer reads both as one town (it knows only one of their parts)
        listed_a, listed_b = _and_cores(a.place), _and_cores(b.place)
        if listed_a < listed_b or listed_b < listed_a:
            narrow, wide = (a.place, b.place) if listed_a < listed_b else (b.place, a.place)
            outcome = _Outcome.A_NARROWER if listed_a < listed_b else _Outcome.B_NARROWER
            detail = f"{narrow} {_AMONG} {wide} names"
            return (outcome, (_reason(ReasonKind.SPATIAL, detail),)), 1.0
    if relation is PlaceRelation.SAME:
        return _SAME, 1.0
    if relation is PlaceRelation.WITHIN:
        return (
            _Outcome.A_NARROWER,
            (_reason(ReasonKind.SPATIAL, f"{a.place} lies in {b.place}"),),
        ), 1.0
    if relation is PlaceRelation.CONTAINS:
        return (
            _Outcome.B_NARROWER,
            (_reason(ReasonKind.SPATIAL, f"{b.place} lies in {a.place}"),),
        ), 1.0
    x, y = _pair_text(a.place, b.place)
    if relation is PlaceRelation.DISJOINT:
        # Two different places are two items (two towns attacked), unless both claims state
        # one fact of one event ("the attack" of a named event) and place it differently.
        outcome = _Outcome.CONFLICT if _same_core(p) else _Outcome.APART
        return (outcome, (_reason(ReasonKind.SPATIAL, f"{x} and {y} are different places"),)), 1.0
    detail = f"how {x} and {y} relate is unknown"
    return (_Outcome.EQUAL, (_reason(ReasonKind.SPATIAL, detail),)), UNKNOWN_PLACE_FACTOR


_AMONG = "is among the places"  # a place of the places a list names


@functools.lru_cache(maxsize=65536)
def _list_cores(text: str) -> frozenset[str]:
    """Return the places a list names, each by its core ("around Zamzam" is Zamzam)."""
    parts = [p for p in _LIST_SPLIT.split(text) if p.strip()] or [text]
    cores = {_one_core(part) for part in parts}
    return frozenset(c for c in cores if c)


def _one_core(part: str) -> str:
    core = _place_core(part)
    for word in ("camps", "camp", "displacement", "the town of", "town of", "city of"):
        core = core.replace(word, " ")
    return " ".join(core.split())


_AND_SPLIT = re.compile(r"\s*(?:&|\band\b|\bet\b)\s*")


@functools.lru_cache(maxsize=65536)
def _and_cores(text: str) -> frozenset[str]:
    """Return the places a list joined by "and" names ("X, Y and Z"; "site, town" is one)."""
    if _AND_SPLIT.search(text) is None:
        return frozenset({_one_core(text) or text})
    return _list_cores(text)


def _site_of(x: str, y: str) -> str | None:
    """Return whichever of two place texts names a site in the other ("a clinic in X", "X")."""
    for site, town in ((x, y), (y, x)):
        inside = _INSIDE.match(normalize(site))
        if inside is not None and _same_words(inside.group("rest"), _place_core(town)):
            return site
    return None


def _times(p: _Pair) -> _Finding:
    a, b = p.a, p.b
    if a.when is None and b.when is None:
        return _SAME
    if a.when is None or b.when is None:
        claim = a if b.when is None else b
        outcome = _Outcome.A_NARROWER if b.when is None else _Outcome.B_NARROWER
        detail = f"only {claim.source.name} gives a time ({claim.when})"
        return (outcome, (_reason(ReasonKind.TEMPORAL, detail),))
    # the outcome of times that do not overlap; overlapping times never read it, so the
    # one-fact test (_same_core: three text comparisons) is made only when they do not
    apart = (
        _Outcome.CONFLICT
        if not a.when.overlaps(b.when) and _same_core(p)
        else _Outcome.APART
    )
    return _spans(a.when, b.when, ReasonKind.TEMPORAL, apart=apart)


def _actor_name(claim: Claim, rec: ClaimResolution) -> str | None:  # noqa: ARG001
    """Return who did it as the claim states it (its ``actor``), for field comparisons.

    A perpetrator resolution reads from the claim's other words (a demonym, "by X") is
    left out here: such readings also catch victims and motives ("were Congolese army
    soldiers", "collaborating with the army"). Only the attribution rule
    (:func:`claimrec.relation._relate._perpetrator_reason`), where the predicate itself
    says who did it, reads them.
    """
    return claim.actor


def _actors(p: _Pair) -> _Finding:
    a, b = p.a, p.b
    name_a, name_b = _actor_name(a, p.ra), _actor_name(b, p.rb)
    if name_a is None and name_b is None:
        return _SAME
    if name_a is None or name_b is None:
        claim, name = (a, name_a) if name_b is None else (b, name_b)
        outcome = _Outcome.A_NARROWER if name_b is None else _Outcome.B_NARROWER
        detail = f"only {claim.source.name} names who did it ({name})"
        return (outcome, (_reason(ReasonKind.PERPETRATOR, detail),))
    if _same_words(name_a, name_b):
        return _SAME
    listed = _listed_actors(p, name_a, name_b)
    if listed is not None:
        return listed
    first, second = p.ra.actor, p.rb.actor
    x, y = _pair_text(name_a, name_b)
    if (
        first is not None
        and second is not None
        and isinstance(first.record, Actor)
        and isinstance(second.record, Actor)
    ):
        if first.id == second.id or first.record.party == second.record.party:
            return _SAME
        if "fuzzy" in (first.rule, second.rule):
            # a perpetrator read by resemblance ("les terroristes" is not UNHCR, "Russian
            # fighters" beside Malian troops are no rival party) never makes a dispute
            detail = f"{x} and {y} may differ"
            return (_Outcome.OVERLAP, (_reason(ReasonKind.PERPETRATOR, detail),))
        if a.denied and b.denied:  # "X did not do it", "Y did not do it": both can hold
            detail = f"{x} and {y} are both denied"
            return (_Outcome.OVERLAP, (_reason(ReasonKind.PERPETRATOR, detail),))
        return (
            _Outcome.CONFLICT,
            (_reason(ReasonKind.PERPETRATOR, f"{x} and {y} are different parties"),),
        )
    return (_Outcome.OVERLAP, (_reason(ReasonKind.PERPETRATOR, f"{x} and {y} may differ"),))


def _listed_actors(p: _Pair, name_a: str, name_b: str) -> _Finding | None:
    """Compare who did it by the sets of perpetrators named, when one names several.

    Each claim's perpetrators (:attr:`ClaimResolution.actors`: a list's parts, or a name
    no vocabulary knows by its key) give the sides named. One name of no one in
    particular (*foreign fighters*) may be anyone. Naming every side the other names
    and more is narrower (*the army and Wagner* against *the army*: it refines, never
    contradicts); the same sides are one perpetrator; no side in common, every part a
    known actor, is a conflict (*the M23 and Rwandan troops* against *the army*). None
    when neither names several and they are not two keys: the one-actor comparison.
    """
    aa, ab = p.ra.actors, p.rb.actors
    if not aa or not ab:
        return None
    keys = aa[0].rule == KEY and ab[0].rule == KEY
    if len(aa) < 2 and len(ab) < 2 and not keys:
        return None
    sa, open_a = identities(aa)
    sb, open_b = identities(ab)
    x, y = _pair_text(name_a, name_b)
    if sa == sb and not open_a and not open_b:
        return (_Outcome.EQUAL, (_reason(ReasonKind.PERPETRATOR, f"{x} and {y} name one side"),))
    if sb and not open_b and sb <= sa and (sa != sb or open_a):
        detail = f"{name_a} names every side {name_b} names, and more"
        return (_Outcome.A_NARROWER, (_reason(ReasonKind.PERPETRATOR, detail),))
    if sa and not open_a and sa <= sb and (sa != sb or open_b):
        detail = f"{name_b} names every side {name_a} names, and more"
        return (_Outcome.B_NARROWER, (_reason(ReasonKind.PERPETRATOR, detail),))
    known = all(isinstance(h.record, Actor) for h in (*aa, *ab))
    if known and not open_a and not open_b and not sa & sb and not (p.a.denied or p.b.denied):
        detail = f"{x} and {y} name different parties"
        return (_Outcome.CONFLICT, (_reason(ReasonKind.PERPETRATOR, detail),))
    return (_Outcome.OVERLAP, (_reason(ReasonKind.PERPETRATOR, f"{x} and {y} may differ"),))


def _predicates(p: _Pair) -> _Finding:
    a, b = p.a, p.b
    if _same_words(a.predicate, b.predicate):
        return _SAME
    x, y = _pair_text(_q(a.predicate), _q(b.predicate))
    pa, pb = _rid(p.ra.predicate), _rid(p.rb.predicate)
    if p.lookup.predicates_exclude(pa, pb):
        return (_Outcome.CONFLICT, (_reason(ReasonKind.CATEGORICAL, f"{x} excludes {y}"),))
    if pa is not None and pa == pb:
        return (_Outcome.EQUAL, (_reason(ReasonKind.CATEGORICAL, f"{x} and {y} say the same"),))
    if a.polarity is not b.polarity:
        denier, asserter = (a, b) if a.denied else (b, a)
        said, denied = (pb, pa) if denier is a else (pa, pb)
        if p.lookup.entails(said, denied):
            detail = f"{_q(asserter.predicate)} entails {_q(denier.predicate)}"
            return (_Outcome.EQUAL, (_reason(ReasonKind.CATEGORICAL, detail),))
    return (_Outcome.OVERLAP, (_reason(ReasonKind.ITEM, f"different predicates {x} and {y}"),))


def _subjects(p: _Pair) -> _Finding:
    a, b = p.a, p.b
    if _same_words(a.subject, b.subject):
        return _SAME
    x, y = _pair_text(_q(a.subject), _q(b.subject))
    sa, sb = _rid(p.ra.subject), _rid(p.rb.subject)
    lookup = p.lookup
    if lookup.subjects_exclude(sa, sb):
        if _fighters(p.ra, lookup) and _fighters(p.rb, lookup):
            # soldiers and militants: the two sides of a fight, whose dead are different
            # people, never one count named two ways
            detail = f"{x} and {y} are two sides' dead, not one count named two ways"
            return (_Outcome.APART, (_reason(ReasonKind.VICTIM, detail),))
        if lookup.subjects_kin(sa, sb):
            # Exclusive kinds of one broader class (civilians, militia: both people): the
            # same dead may be called either, so this may be a dispute over the victims.
            detail = f"{x} and {y} cannot be the same people"
            return (_Outcome.CONFLICT, (_reason(ReasonKind.VICTIM, detail),))
        return (_Outcome.APART, (_reason(ReasonKind.ITEM, f"{x} and {y} are different things"),))
    if sa is not None and sb is not None:
        if sa == sb:
            return _SAME
        lineage_a = lookup.vocabulary.subjects.lineage(sa)
        lineage_b = lookup.vocabulary.subjects.lineage(sb)
        if sb in lineage_a:
            return (
                _Outcome.A_NARROWER,
                (_reason(ReasonKind.VICTIM, f"{_q(a.subject)} are {_q(b.subject)}"),),
            )
        if sa in lineage_b:
            return (
                _Outcome.B_NARROWER,
                (_reason(ReasonKind.VICTIM, f"{_q(b.subject)} are {_q(a.subject)}"),),
            )
    return (_Outcome.OVERLAP, (_reason(ReasonKind.ITEM, f"different subjects {x} and {y}"),))


def _lossy(a: Quantity, b: Quantity) -> tuple[Quantity, Quantity] | None:
    """Return ``(qualified, bare)`` when one figure is the other without its qualifier.

    "more than 80" (a lower bound, 81 for a count) relayed as "80" (exact) is the
    pattern; an upper bound, an approximation or "nearly" dropped to the bare figure
    is the same loss.
    """
    for qualified, bare in ((a, b), (b, a)):
        if bare.kind is not QuantityKind.EXACT or qualified.kind is QuantityKind.EXACT:
            continue
        stated: set[float] = set()
        step = 1.0 if qualified.integer else 0.0
        if qualified.kind is QuantityKind.LOWER_BOUND and qualified.low is not None:
            stated.update({qualified.low, qualified.low - step})
        elif qualified.kind is QuantityKind.UPPER_BOUND and qualified.high is not None:
            stated.update({qualified.high, qualified.high + step})
        elif qualified.kind in (
            QuantityKind.APPROXIMATE,
            QuantityKind.NEARLY,
            QuantityKind.HIGH_ESTIMATE,
        ):
            if qualified.best is not None:
                stated.add(qualified.best)
            if qualified.kind is QuantityKind.NEARLY and qualified.high is not None:
                stated.update({qualified.high, qualified.high + step})
        if bare.low in stated:
            return qualified, bare
    return None


def _qualified_text(q: Quantity) -> str:
    return q.text or str(q)


def _stated_span(rec: ClaimResolution) -> TimeSpan | None:
    hit = rec.stated
    return hit.record if hit is not None and isinstance(hit.record, TimeSpan) else None


def _statement_order(p: _Pair) -> int:
    """Return -1 when ``a`` was stated before ``b``, 1 after, 0 when unknown or overlapping."""
    ta, tb = _stated_span(p.ra), _stated_span(p.rb)
    if ta is None or tb is None or ta.overlaps(tb):
        return 0
    return -1 if ta.start < tb.start else 1


def _report_order(p: _Pair) -> int:
    """Order of the two claims' reports by their chains' earliest dates (0: unknown, one day)."""
    da, db = _chain_day(p.a), _chain_day(p.b)
    if da is None or db is None or da == db:
        return 0
    return -1 if da < db else 1


def _chain_day(claim: Claim) -> dt.date | None:
    """Return the earliest date of the claim's report chain (``_bounds.chain_date``)."""
    found = chain_date(claim.via)
    return None if found is None else found[0]


def _published(claim: Claim) -> dt.date | None:
    if claim.via is None:
        return None
    return claim.via.published or _url_date(claim.via.url)


def _changed(a: Claim, b: Claim) -> bool:
    """Whether one speaker's two figures differ (exactly: 500 then 471 is a change).

    Nested figures are one figure relayed ("203" and "over 200"), except two bounds of one
    kind whose numbers differ ("at least 471", "at least 500"): a relay that rounds a
    bound keeps it true by rounding it to the weaker side ("over 314" relayed as "over
    300"), so a bound that is not such a rounding of the other is a new figure.
    """
    va, vb = a.value, b.value
    if not (isinstance(va, Quantity) and isinstance(vb, Quantity)):
        return False
    if va == vb or _lossy(va, vb) is not None or _requalified(va, vb):
        return False
    if not (va.issubset(vb) or vb.issubset(va)):
        return True
    return _other_bound(va, vb) or _unrounded_bound(va, vb)


def _stated(q: Quantity) -> set[float]:
    """Return the numbers a figure may state: "at least 50" and "over 49" state 50 or 49."""
    if q.best is not None:
        return {q.best}
    if q.kind is QuantityKind.LOWER_BOUND and q.low is not None:
        return {q.low, q.low - 1}
    if q.kind in (QuantityKind.NEARLY, QuantityKind.UPPER_BOUND) and q.high is not None:
        return {q.high, q.high + 1}
    if q.kind is QuantityKind.APPROXIMATE and q.low is not None and q.high is not None:
        return {(q.low + q.high) / 2}
    if q.kind is QuantityKind.EXACT and q.low is not None:
        return {q.low}
    return set()


def _requalified(a: Quantity, b: Quantity) -> bool:
    """Whether two figures are one number relayed with another qualifier (not a new figure).

    Relays requalify a figure: "about 50", "at least 50", "nearly 3,000", "au moins 3 000"
    state one number; and a vague figure (*dozens*, *des dizaines*) renders a number it
    covers ("at least 55" as "dozens"). Two different numbers are never one figure.
    """
    if a.kind is b.kind:
        return False
    vague = [q for q in (a, b) if q.kind is QuantityKind.VAGUE]
    if len(vague) == 1:
        other = b if vague[0] is a else a
        numbers = _stated(other)
        low, high = vague[0].low, vague[0].high
        return bool(numbers) and all(
            (low is None or n >= low) and (high is None or n <= high) for n in numbers
        )
    return bool(_stated(a) & _stated(b))


def _other_bound(a: Quantity, b: Quantity) -> bool:
    """Whether two nested bounds of one kind state different numbers, neither rounded."""
    if a.kind is not b.kind:
        return False
    if a.kind is QuantityKind.LOWER_BOUND:
        x, y = a.low, b.low
    elif a.kind is QuantityKind.UPPER_BOUND:
        x, y = a.high, b.high
    else:
        return False
    if x is None or y is None or abs(x - y) <= 1:  # "more than 80" and "at least 80"
        return False
    lower = a.kind is QuantityKind.LOWER_BOUND
    weak = min(x, y) if lower else max(x, y)
    strong = y if weak == x else x
    step = -1 if lower else 1  # "more than 300" is 301 and up: its stated number is 300
    return _zeros(weak, step) <= _zeros(strong, step)


def _unrounded_bound(a: Quantity, b: Quantity) -> bool:
    """Whether a bound holds an exact figure it does not round: two figures, not one.

    A relay rounds a figure to a bound on its weaker side ("203" as "over 200", "2,900" as
    "nearly 3,000"); a bound that is no such rounding ("at least 29" and "40", "over 41"
    and "70") is another count of the speaker, not the figure relayed.
    """
    for bound, figure in ((a, b), (b, a)):
        if figure.kind is not QuantityKind.EXACT or figure.low is None:
            continue
        number = figure.low
        if number != int(number) or figure.high != number:
            continue
        if bound.kind is QuantityKind.LOWER_BOUND and bound.low is not None:
            stated, down = (bound.low, bound.low - 1), True
        elif bound.kind in (QuantityKind.UPPER_BOUND, QuantityKind.NEARLY) and (
            bound.high is not None
        ):
            stated, down = (bound.high, bound.high + 1), False
        else:
            continue
        return not any(_rounds(int(number), x, down=down) for x in stated if x == int(x))
    return False


def _rounds(number: int, bound: float, *, down: bool) -> bool:
    """Whether ``bound`` is ``number`` rounded down (or up) to a power of ten (203: 200)."""
    zeros = _zeros(bound, 0)
    if zeros == 0:
        return False
    unit: int = 10**zeros
    rounded = (number // unit) * unit if down else -((-number) // unit) * unit
    return rounded == int(bound)


def _zeros(number: float, step: int) -> int:
    """Trailing zeros of the number a bound states (300: 2; 314: 0); 0 for a fraction."""
    if number != int(number):
        return 0
    counts = []
    for stated in (int(abs(number)), int(abs(number + step))):
        text = str(stated)
        counts.append(len(text) - len(text.rstrip("0")) if stated else 0)
    return max(counts)


def _same_origin(p: _Pair) -> bool:
    """Whether both claims come through different reports relaying one original report."""
    a, b = p.a, p.b
    if a.via is None or b.via is None or a.via.id == b.via.id:
        return False
    return _rid(p.ra.origin) == _rid(p.rb.origin)


def _two_voices(p: _Pair) -> str | None:
    """Why one speaker's two claims are two statements, not one relayed: two of its voices.

    Two people of one body (the army's two spokesmen; two UN officials) make two
    statements: never an echo; so do words spoken to a reporter and the body's
    communiqué, or a person's post and the body's communiqué (:func:`two_statements`).
    None otherwise (a relay naming the body may carry its spokesman's statement).
    """
    why = two_statements((p.ra.person, p.ra.medium), (p.rb.person, p.rb.medium))
    if why is None:
        return None
    first, second = sorted((p.a.source.name, p.b.source.name))
    if why == "two people":
        return f"{first} and {second} speak for one body: two statements, not one relayed"
    return f"{first} and {second} speak for one body: {why}, not one relayed"


def _describe_value(claim: Claim) -> str:
    value = claim.value
    if isinstance(value, Quantity):
        text = _qualified_text(value)
    else:
        text = "no value" if value is None else str(value)
    return f"{text}, denied" if claim.denied else text


def _own_report(claim: Claim) -> bool:
    """Whether the claim comes in a document its speaker published itself (not a relay)."""
    via = claim.via
    if via is None or via.relays is not None:
        return False
    return _same_words(via.outlet, claim.source.name)


def _via_id(claim: Claim) -> str | None:
    return None if claim.via is None else claim.via.id


_NOT_ONE = "nothing places the two claims in one event"


def _part_fits(a: Claim, b: Claim, *, narrower_is_a: bool) -> bool:
    """Whether the narrower subject's figure is below the broader subject's."""
    part, whole = (a.value, b.value) if narrower_is_a else (b.value, a.value)
    if not (isinstance(part, Quantity) and isinstance(whole, Quantity)):
        return False
    return part.low is not None and whole.low is not None and part.low <= whole.low


def _dated(claim: Claim, rec: ClaimResolution) -> dt.date | None:
    """Return the day a claim's statement is dated to: its own time, else its reports' bound.

    The bound (:attr:`ClaimResolution.stated_by`: the earliest dated report of the chain)
    says the statement was made on or before that day; a relay presents the figure as
    standing on that day.
    """
    span = _stated_span(rec)
    if span is not None:
        return span.start.date()
    day = bound_day(rec.stated_by)
    return day if day is not None else _published(claim)


def _date_words(claim: Claim, rec: ClaimResolution) -> str:
    """Say how a claim is dated: "stated 2025-07-01" or "reported by 2025-07-03"."""
    day = _dated(claim, rec)
    if day is None:
        return "undated"
    return f"stated {day}" if _stated_span(rec) is not None else f"reported by {day}"


def _rising(p: _Pair) -> bool:
    """Whether the later of two dated figures is the higher one (a count that grew)."""
    va, vb = p.a.value, p.b.value
    if not (isinstance(va, Quantity) and isinstance(vb, Quantity)):
        return False
    da, db = _dated(p.a, p.ra), _dated(p.b, p.rb)
    if da is None or db is None or da == db:
        return False
    early, late = (va, vb) if da < db else (vb, va)
    return late.low is not None and early.high is not None and late.low > early.high


def _only_numeric(findings: Iterable[_Finding]) -> bool:
    """Whether every conflict among the findings is a numeric one."""
    return _only_kind(findings, ReasonKind.NUMERIC)


def _only_kind(findings: Iterable[_Finding], kind: ReasonKind) -> bool:
    """Whether every conflict among the findings is of one kind (numeric, perpetrator...)."""
    # ``{r.kind for the conflicts' reasons} <= {kind}``, without the sets (once or twice a
    # pair): a kind is one object, compared by identity
    conflict = _Outcome.CONFLICT
    for outcome, rs in findings:
        if outcome is conflict:
            for r in rs:
                if r.kind is not kind:
                    return False
    return True


def _site(hit: Resolved | None) -> str | None:
    """Return the site a place read by the ``in`` rule names ("train station" in X).

    Only a kind of site (a hospital, a station, a market, a theatre: resolution's
    ``place_kinds``) is one: "Tudun Biri in Igabi LGA", "Moura in central Mali" and
    "nord du Darfour" name a village or an area in its setting, not a site.
    """
    if hit is None or hit.rule != "in":
        return None
    inside = _INSIDE.match(normalize(hit.text))
    if inside is None:
        return None
    site = inside.group(0)[: inside.start("rest")].strip()
    return site if place_kinds(site) else None


def _is_site(hit: Resolved | None) -> bool:
    """Whether a place was read as a site in a town ("a hospital in X", "X hospital").

    A kind of site must be named (``place_kinds``): "Tudun Biri in Igabi LGA" is no site.
    """
    if hit is None or hit.rule != "in":
        return False
    inside = _INSIDE.match(normalize(hit.text))
    words = hit.text if inside is None else inside.group(0)[: inside.start("rest")]
    return bool(place_kinds(words))


def _other_sites(p: _Pair) -> bool:
    """Whether the claims name two different sites of one place (a station, a restaurant).

    The town is then no evidence of one event: Kramatorsk's station (April 2022) and its
    restaurant (June 2023) are two attacks on one town.
    """
    sa, sb = _site(p.ra.place), _site(p.rb.place)
    if sa is None or sb is None:
        return False
    return fuzz.token_set_ratio(_place_core(sa), _place_core(sb)) < _TEXT_SAME


_ONE_TIME_DAYS = 3  # statements or reports this close may give one count of one event


_ONE_TIME = f"dates more than {_ONE_TIME_DAYS} days apart or unknown"


def _one_time(p: _Pair) -> bool:
    """Whether anything positive dates both claims' figures to one time.

    Overlapping event times, one report chain, or statement (else report) dates at most
    ``_ONE_TIME_DAYS`` apart. Undated claims never are: absence of dates is no evidence.
    One statement dated and the other not is one time only at one named site (a hospital,
    a station): a site is struck once far more often than a town, and the dated figure
    anchors the count. Symmetric in (a, b). Relaxations for two speakers' undated figures
    (any undated, both placed locally, one site, one article, rival parties, caps) were
    measured on the corpus and the held-out events: none gains without about as many
    false contradictions (``benchmarks/one_time_variants.py``, ``docs/relations.md``).
    """
    a, b = p.a, p.b
    if a.when is not None and b.when is not None and a.when.overlaps(b.when):
        return True
    if _rid(p.ra.origin) is not None and _rid(p.ra.origin) == _rid(p.rb.origin):
        return True
    da, db = _dated(a, p.ra), _dated(b, p.rb)
    if (da is None) != (db is None):
        # one statement dated, the other not: one named site (a hospital) places them
        return _one_site(p)
    return da is not None and db is not None and abs((da - db).days) <= _ONE_TIME_DAYS


def _one_site(p: _Pair) -> bool:
    """Whether both claims name one site of one place ("Ahli Arab hospital" in Gaza)."""
    sa, sb = _site(p.ra.place), _site(p.rb.place)
    if sa is None or sb is None:
        return False
    return fuzz.token_set_ratio(_place_core(sa), _place_core(sb)) >= _TEXT_SAME


def _one_report(a: Claim, b: Claim) -> bool:
    """Whether both claims come in one report."""
    return a.via is not None and b.via is not None and a.via.id == b.via.id


def _article(claim: Claim) -> str | None:
    """Return the article that carries the claim: its report's address, else the report."""
    via = claim.via
    if via is None:
        return None
    return via.url or via.id


def _one_article(a: Claim, b: Claim) -> bool:
    """Whether one article carries both claims (one report, or two with one address)."""
    first = _article(a)
    return first is not None and first == _article(b)


def _other_figure(denier: Claim, asserter: Claim) -> bool:
    """Whether a denied figure is not the asserted one (denying 471 leaves "500" standing)."""
    denied, asserted = denier.value, asserter.value
    if not (isinstance(denied, Quantity) and isinstance(asserted, Quantity)):
        return False
    return not (
        denied == asserted or asserted.issubset(denied) or _lossy(denied, asserted) is not None
    )


def _one_event(p: _Pair, known: PlaceRelation | None) -> bool:
    """Whether anything positive places both claims in one event.

    A shared or nested place (as stated, or read from the report), overlapping event
    times, one report chain, or one event label. Two different sites of one town are
    not a shared place.
    """
    a, b = p.a, p.b
    if a.event is not None and b.event is not None and _same_words(a.event, b.event):
        return True
    if _rid(p.ra.origin) is not None and _rid(p.ra.origin) == _rid(p.rb.origin):
        return True
    if a.when is not None and b.when is not None and a.when.overlaps(b.when):
        return True
    if _other_sites(p):
        return False
    close = (PlaceRelation.SAME, PlaceRelation.WITHIN, PlaceRelation.CONTAINS)
    if known in close:
        return True
    pa, pb = p.ra.place, p.rb.place
    if (
        pa is not None
        and pb is not None
        and isinstance(pa.record, Place)
        and isinstance(pb.record, Place)
    ):
        where = _relate_places(p.lookup.vocabulary, pa.record, pb.record)
        if where in close:
            return True
        if where is not PlaceRelation.UNKNOWN or not (is_local(pa.record) or is_local(pb.record)):
            return False
        # a place identified within the input that the geography cannot set beside the
        # other: compared by the words, as before it had an identity
    ta = a.place or (pa.text if pa is not None else None)
    tb = b.place or (pb.text if pb is not None else None)
    if ta is not None and tb is not None:
        return fuzz.token_set_ratio(_place_key(ta), _place_key(tb)) >= _TEXT_SAME
    return False


def _named_places(p: _Pair) -> bool:
    """Whether two claims meet at the place one (or both) names only in its own words.

    A claim with no place whose subject or predicate names one (resolution's
    ``named_place``: "the prison in X") is read as placed there (:func:`_meet_at`).
    """
    return _meet_at(p, lambda rec: rec.named_place)


def _meet_at(p: _Pair, evidence: Callable[[ClaimResolution], Resolved | None]) -> bool:
    """Whether two claims are one event, each unplaced one placed by its ``evidence`` place.

    The evidence (the place its own words name, its article's) stands for the claim's
    place in :func:`_one_event`; a count over more than one incident's days
    (:func:`_over_a_period`) is a campaign's total, which no such evidence makes one event.
    """
    ra, rb = p.ra, p.rb
    fa = evidence(ra) if ra.place is None else None
    fb = evidence(rb) if rb.place is None else None
    if fa is None and fb is None:
        return False
    if _over_a_period(ra) or _over_a_period(rb):
        return False
    if fa is not None:
        ra = attrs.evolve(ra, place=fa)
    if fb is not None:
        rb = attrs.evolve(rb, place=fb)
    return _one_event(_Pair(p.a, p.b, ra, rb, p.lookup), None)


def _over_a_period(rec: ClaimResolution) -> bool:
    """Whether a claim's qualifier says it counts over more than one incident's days.

    *Scores of civilians killed*, qualified *between Nov. 2022 and Apr. 2023*
    (:attr:`~claimrec.ClaimResolution.period`): a total over a campaign, which no
    account of one act answers.
    """
    span = None if rec.period is None else rec.period.record
    return isinstance(span, TimeSpan) and span.duration > dt.timedelta(days=_EVENT_DAYS)


def _depth(claim: Claim) -> int:
    return len(claim.via.chain()) if claim.via is not None else 1


def _relay_words(origin: Claim, relay: Claim) -> str:
    """Name the relay of a statement in the direction of the chain: origin to relay."""
    first = origin.via.outlet if origin.via is not None else origin.source.name
    second = relay.via.outlet if relay.via is not None else relay.source.name
    return f"{first} to {second}"


def _echo_detail(p: _Pair, speaker: str) -> str:
    a = p.a
    if _same_origin(p):
        assert a.via is not None
        return f"one {speaker} statement ({a.via.origin.outlet}) relayed by several reports"
    sa, sb = _stated_span(p.ra), _stated_span(p.rb)
    if sa is not None and sb is not None:
        # the earlier, wider of the two overlapping times: one name, whichever the order
        span = min((sa, sb), key=lambda s: (s.start, -s.duration, str(s)))
        return f"one {speaker} statement ({span}) relayed by several reports"
    return f"one {speaker} statement relayed by several reports (statement time not ordered)"


def _fighters(rec: ClaimResolution, lookup: _Lookup) -> bool:
    """Whether the claim's victims are a kind of people that excludes civilians (fighters).

    In a battle each side kills: "JNIM attacked the base" and "the army killed 40
    militants" name two perpetrators of two acts, not rivals for one.
    """
    subject = _rid(rec.subject)
    civilians = "civilians"
    if subject is None or civilians not in lookup.vocabulary.subjects:
        return False
    return lookup.subjects_exclude(subject, civilians)
