"""How two claims about the same item stand to each other: :func:`relate`.

Two claims that :func:`~claimrec.alignment.align` puts together are about one item
(the death toll of one attack, the outcome of one assault). :func:`relate` says how
they stand, with the distinctions an analyst draws (compare Full Fact's "same truth
conditions" and de Marneffe et al., 2008):

- :attr:`Relation.AGREES`: same truth conditions, within a stated tolerance;
- :attr:`Relation.REFINES` / :attr:`Relation.REFINED_BY`: one entails the other and
  is narrower ("at least 25" refines "over 20"; "Diboli" refines "western Mali");
- :attr:`Relation.COMPATIBLE`: both can hold, but they are not the same claim. Numbers
  are statements of magnitude as well as bounds: "at least 20" and "over 90" nest,
  yet their central values differ more than fourfold, so the pair is *disputed*;
- :attr:`Relation.CONTRADICTS`: both cannot hold (numeric, categorical, polarity,
  temporal, spatial, perpetrator, victim reasons);
- :attr:`Relation.REVISES` / :attr:`Relation.REVISED_BY`: the same speaker later
  changed its own figure;
- :attr:`Relation.UNRELATED`: different items.

Every :class:`Relationship` carries typed :class:`Reason` s, a strength in [0, 1]
(lowered by hedges such as "reportedly"), and, for numbers, how far apart the
central values are. ``relate(b, a)`` is always ``relate(a, b).converse()``.

Examples
--------
>>> from claimrec.model import Claim
>>> from claimrec.relation import relate
>>> army = Claim(source="FAMa", subject="militants", predicate="killed", value="over 20",
...              when="2025-07-01", place="Kayes", id="a")
>>> witness = Claim(source="Kayes resident", subject="militants", predicate="killed",
...                 value="at least 25", when="2025-07-01", place="Kayes", id="w")
>>> relate(army, witness).kind
<Relation.REFINED_BY: 'refined_by'>
>>> relate(witness, army).kind
<Relation.REFINES: 'refines'>
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
import weakref
from collections.abc import Iterable
from enum import Enum
from typing import Any

import attrs
import numpy as np
from rapidfuzz import fuzz

from claimrec._enum import WordEnum
from claimrec._text import normalize
from claimrec.alignment import (
    DEFAULT_THRESHOLD,
    DEFAULT_TIME_WINDOW,
    PairScore,
    _options,
    _pair_score,
    _Table,
    _url_date,
)
from claimrec.category import Category, SetValue, Unstated
from claimrec.errors import InvalidClaimError
from claimrec.model import Claim, Value
from claimrec.quantity import Quantity, QuantityKind
from claimrec.resolution import ClaimResolution, Resolution, Resolved, resolve
from claimrec.resolution._columns import _Columns
from claimrec.resolution._resolver import _INSIDE, _relate_places, _resolver, _speaker_key
from claimrec.resolution._words import _LIST_SPLIT, _place_core
from claimrec.timespan import TimeSpan
from claimrec.vocab import (
    Actor,
    Place,
    PlaceKind,
    PlaceRelation,
    Vocabulary,
    default_vocabulary,
)

__all__ = ["Reason", "ReasonKind", "Relation", "Relationship", "relate"]

#: Strength multiplier for each hedged claim of a pair ("reportedly", "provisional toll").
HEDGE_FACTOR = 0.75
#: Strength multiplier when the gazetteer cannot say how two places relate.
UNKNOWN_PLACE_FACTOR = 0.9
#: Words in a claim's qualifiers that mark modality, like an explicit ``hedge``.
_HEDGE_WORDS = frozenset(
    {
        "reportedly", "reported", "provisional", "preliminary", "unconfirmed", "unverified",
        "alleged", "allegedly", "claimed", "claims", "rumoured", "rumored", "estimated",
        "according", "possibly", "probably", "likely", "unclear", "provisoire", "selon",
    }
)  # fmt: skip
#: Fuzzy similarity (rapidfuzz ``token_set_ratio``, 0-100) at which two texts say the same.
_TEXT_SAME = 90.0


# --------------------------------------------------------------------------- kinds


class Relation(WordEnum):
    """How claim ``a`` stands to claim ``b``.

    Directed members read "a *kind* b": ``REFINES`` means ``a`` is the narrower claim,
    ``REVISES`` that ``a`` is the later statement of the same speaker.
    :attr:`converse` gives the relation of ``b`` to ``a``.

    Examples
    --------
    >>> from claimrec.relation import Relation
    >>> Relation.REFINES.converse
    <Relation.REFINED_BY: 'refined_by'>
    >>> Relation.CONTRADICTS.converse is Relation.CONTRADICTS
    True
    >>> Relation("revised by")
    <Relation.REVISED_BY: 'revised_by'>
    """

    AGREES = "agrees"
    REFINES = "refines"
    REFINED_BY = "refined_by"
    COMPATIBLE = "compatible"
    CONTRADICTS = "contradicts"
    REVISES = "revises"
    REVISED_BY = "revised_by"
    UNRELATED = "unrelated"

    @property
    def converse(self) -> Relation:
        """The relation of ``b`` to ``a`` when this is the relation of ``a`` to ``b``.

        Examples
        --------
        >>> from claimrec.relation import Relation
        >>> Relation.REVISES.converse
        <Relation.REVISED_BY: 'revised_by'>
        """
        return _CONVERSE.get(self, self)

    @property
    def symmetric(self) -> bool:
        """Whether the relation is its own converse (agrees, compatible, contradicts, unrelated).

        Examples
        --------
        >>> from claimrec.relation import Relation
        >>> Relation.AGREES.symmetric, Relation.REFINES.symmetric
        (True, False)
        """
        return self.converse is self


_CONVERSE = {
    Relation.REFINES: Relation.REFINED_BY,
    Relation.REFINED_BY: Relation.REFINES,
    Relation.REVISES: Relation.REVISED_BY,
    Relation.REVISED_BY: Relation.REVISES,
}


class ReasonKind(WordEnum):
    """What a :class:`Reason` is about.

    Attributes
    ----------
    ITEM
        Whether the claims are about the same item (alignment).
    NUMERIC
        Numbers: disjoint, nested, overlapping, agreeing within tolerance, far apart.
    CATEGORICAL
        Categories and predicates: the same outcome, or exclusive ones ("repelled" vs
        "captured").
    TEXTUAL
        Free-text values: same or different wording.
    POLARITY
        One source asserts what the other denies.
    TEMPORAL
        Event times (or time values): nested, overlapping or disjoint.
    SPATIAL
        Places: nested, the same, disjoint, or of unknown relation.
    PERPETRATOR
        Who did it: actors of different parties.
    VICTIM
        Whom it was done to: exclusive subject classes ("civilians" vs "militia").
    HEDGE
        Modality ("reportedly", "provisional toll"), which lowers the strength.
    SAME_SPEAKER
        Both claims come from one speaker: a repetition or a revision.
    LOSSY_RELAY
        A relay of one statement that lost a qualifier ("over 80" repeated as "80").
    ECHO
        Both claims relay one statement of one speaker (same origin report, or statement
        times not ordered): one piece of evidence, never corroboration or dispute.
    AGGREGATE
        One claim is a total over several events (a month, several countries) that
        bounds the other.

    Examples
    --------
    >>> from claimrec.relation import ReasonKind
    >>> ReasonKind("lossy relay")
    <ReasonKind.LOSSY_RELAY: 'lossy_relay'>
    """

    ITEM = "item"
    NUMERIC = "numeric"
    CATEGORICAL = "categorical"
    TEXTUAL = "textual"
    POLARITY = "polarity"
    TEMPORAL = "temporal"
    SPATIAL = "spatial"
    PERPETRATOR = "perpetrator"
    VICTIM = "victim"
    HEDGE = "hedge"
    SAME_SPEAKER = "same_speaker"
    LOSSY_RELAY = "lossy_relay"
    ECHO = "echo"
    AGGREGATE = "aggregate"


_REASON_ORDER = {kind: i for i, kind in enumerate(ReasonKind)}


def _to_reason_kind(value: Any) -> ReasonKind:
    if isinstance(value, ReasonKind):
        return value
    try:
        return ReasonKind(value)
    except ValueError:
        choices = ", ".join(repr(k.value) for k in ReasonKind)
        raise InvalidClaimError("kind", value, f"expected one of {choices}") from None


def _to_relation(value: Any) -> Relation:
    if isinstance(value, Relation):
        return value
    try:
        return Relation(value)
    except ValueError:
        choices = ", ".join(repr(k.value) for k in Relation)
        raise InvalidClaimError("kind", value, f"expected one of {choices}") from None


def _to_detail(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InvalidClaimError("detail", value, "must be a non-blank string")
    return " ".join(value.split())


@attrs.frozen(kw_only=True)
class Reason:
    """One typed reason for a :class:`Relationship`.

    Details name values and sources, never "a" and "b", so a reason reads the same
    from either side of the pair.

    Parameters
    ----------
    kind : ReasonKind or str
        What the reason is about.
    detail : str
        One line of plain words.

    Examples
    --------
    >>> from claimrec.relation import Reason
    >>> r = Reason(kind="numeric", detail="55 and over 90 do not overlap")
    >>> str(r)
    'numeric: 55 and over 90 do not overlap'
    >>> Reason.parse(str(r)) == r
    True
    """

    kind: ReasonKind = attrs.field(converter=_to_reason_kind)
    detail: str = attrs.field(converter=_to_detail)

    def __str__(self) -> str:
        return f"{self.kind.value}: {self.detail}"

    @classmethod
    def parse(cls, text: str) -> Reason:
        """Read a reason back from its ``str`` form (``"numeric: 55 and 90 ..."``).

        Raises
        ------
        InvalidClaimError
            When the text has no known kind before a colon.

        Examples
        --------
        >>> from claimrec.relation import Reason
        >>> Reason.parse("hedge: Kayes resident says 'reportedly'").kind
        <ReasonKind.HEDGE: 'hedge'>
        """
        kind, sep, detail = text.partition(":")
        if not sep:
            raise InvalidClaimError("reason", text, "expected 'kind: detail'")
        return cls(kind=kind.strip(), detail=detail.strip())


def _sorted_reasons(reasons: Iterable[Reason]) -> tuple[Reason, ...]:
    unique = set(reasons)
    return tuple(sorted(unique, key=lambda r: (_REASON_ORDER[r.kind], r.detail)))


def _to_reasons(value: Any) -> tuple[Reason, ...]:
    if value is None:
        return ()
    items = list(value)
    for item in items:
        if not isinstance(item, Reason):
            raise InvalidClaimError("reasons", value, f"item {item!r} is not a Reason")
    return tuple(items)


def _to_strength(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidClaimError("strength", value, "must be a number in [0, 1]")
    number = float(value)
    if math.isnan(number) or not 0.0 <= number <= 1.0:
        raise InvalidClaimError("strength", value, "must be in [0, 1]")
    return number


def _to_ratio(value: Any) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidClaimError("magnitude_ratio", value, "must be a number >= 1 or None")
    number = float(value)
    if math.isnan(number):
        return None
    if number < 1.0:
        raise InvalidClaimError("magnitude_ratio", value, "must be >= 1 (larger over smaller)")
    return number


def _claim_id(field: str, value: Any) -> str:
    if isinstance(value, Claim):
        return value.id
    if not isinstance(value, str) or not value.strip():
        raise InvalidClaimError(field, value, "must be a claim id")
    return value


def _to_a(value: Any) -> str:
    return _claim_id("a", value)


def _to_b(value: Any) -> str:
    return _claim_id("b", value)


@attrs.frozen(kw_only=True)
class Relationship:
    """How claim ``a`` stands to claim ``b``, with typed reasons: what :func:`relate` returns.

    Parameters
    ----------
    a, b : str
        The claim ids (a :class:`~claimrec.Claim` is taken by its id).
    kind : Relation
        How ``a`` stands to ``b``.
    strength : float
        Confidence in the relation, in [0, 1]: the alignment score of the pair,
        lowered by hedges ("reportedly") and unknown place relations.
    reasons : tuple of Reason
        Why, sorted by kind then text.
    magnitude_ratio : float or None
        For two numeric values, how many times larger the larger central value is
        (>= 1, ``inf`` when one is zero); None otherwise.
    disputed : bool
        Whether an analyst would call the pair disputed: a contradiction, or compatible
        numbers whose central values differ by at least the ``dispute_ratio`` given to
        :func:`relate` (unless nothing places the two in one event: no shared place,
        time, report or label; an item reason says so).

    Examples
    --------
    >>> from claimrec.relation import Reason, Relation, Relationship
    >>> r = Relationship(a="c1", b="c2", kind=Relation.REFINES, strength=0.9,
    ...                  reasons=(Reason(kind="numeric", detail="25 lies within over 20"),))
    >>> r.converse()
    Relationship(a='c2', b='c1', kind=<Relation.REFINED_BY: 'refined_by'>, strength=0.9, ...)
    >>> print(r.explain())
    c1 refines c2 (strength 0.90)
      numeric: 25 lies within over 20
    """

    a: str = attrs.field(converter=_to_a)
    b: str = attrs.field(converter=_to_b)
    kind: Relation = attrs.field(converter=_to_relation)
    strength: float = attrs.field(default=1.0, converter=_to_strength)
    reasons: tuple[Reason, ...] = attrs.field(factory=tuple, converter=_to_reasons)
    magnitude_ratio: float | None = attrs.field(default=None, converter=_to_ratio)
    disputed: bool = attrs.field(default=False)

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.disputed, bool):
            raise InvalidClaimError("disputed", self.disputed, "must be a bool")

    def converse(self) -> Relationship:
        """Return the relationship of ``b`` to ``a``.

        Examples
        --------
        >>> from claimrec.relation import Relationship
        >>> Relationship(a="x", b="y", kind="revises").converse().kind
        <Relation.REVISED_BY: 'revised_by'>
        """
        return attrs.evolve(self, a=self.b, b=self.a, kind=self.kind.converse)

    def reasons_of(self, kind: ReasonKind | str) -> tuple[Reason, ...]:
        """Return the reasons of one kind.

        Examples
        --------
        >>> from claimrec.relation import Reason, Relationship
        >>> r = Relationship(a="x", b="y", kind="agrees",
        ...                  reasons=(Reason(kind="hedge", detail="X says 'reportedly'"),))
        >>> len(r.reasons_of("hedge")), len(r.reasons_of("numeric"))
        (1, 0)
        """
        wanted = _to_reason_kind(kind)
        return tuple(r for r in self.reasons if r.kind is wanted)

    def explain(self) -> str:
        """Return the relationship in plain words, one reason a line.

        Examples
        --------
        >>> from claimrec.relation import Reason, Relationship
        >>> why = Reason(kind="numeric", detail="over 90 lies within at least 20")
        >>> r = Relationship(a="x", b="y", kind="compatible", strength=0.8, magnitude_ratio=4.55,
        ...                  disputed=True, reasons=(why,))
        >>> print(r.explain())
        x compatible y (strength 0.80, disputed, central values 4.55x apart)
          numeric: over 90 lies within at least 20
        """
        notes = [f"strength {self.strength:.2f}"]
        if self.disputed:
            notes.append("disputed")
        if self.magnitude_ratio is not None and self.magnitude_ratio != 1.0:
            notes.append(f"central values {_ratio_text(self.magnitude_ratio)} apart")
        verb = self.kind.value.replace("_", " ")
        lines = [f"{self.a} {verb} {self.b} ({', '.join(notes)})"]
        lines.extend(f"  {reason}" for reason in self.reasons)
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        import html  # noqa: PLC0415 - only notebooks need it

        items = "".join(f"<li>{html.escape(str(r))}</li>" for r in self.reasons)
        head = html.escape(self.explain().splitlines()[0])
        return f"<div><b>{head}</b><ul>{items}</ul></div>"


def _ratio_text(ratio: float) -> str:
    if math.isinf(ratio):
        return "infinitely"
    return f"{math.floor(ratio * 100) / 100:g}x"


# --------------------------------------------------------------------------- vocabulary lookups


class _Lookup:
    """Vocabulary relations between resolved identities (ids come from the resolution)."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary
        self._excludes: dict[tuple[str, str], bool] = {}
        self._violent: dict[str, bool] = {}
        self._entailed_targets: frozenset[str] = frozenset()

    def predicates_exclude(self, a: str | None, b: str | None) -> bool:
        if a is None or b is None:
            return False
        key = (a, b)
        found = self._excludes.get(key)
        if found is None:
            predicates = self.vocabulary.predicates
            found = self._excludes[key] = bool(
                a in predicates and b in predicates and b in predicates.get(a).excludes
            ) or bool(predicates.excludes(predicates.get(a), predicates.get(b)))
        return found

    def entails(self, a: str | None, b: str | None) -> bool:
        """Whether predicate ``a`` entails ``b`` (killed entails attacked)."""
        if a is None or b is None or a == b:
            return False
        return b in _entailed(self.vocabulary, a)

    def violent(self, predicate: str) -> bool:
        """Whether a predicate is a violent act: it entails another, or another entails it."""
        found = self._violent.get(predicate)
        if found is None:
            if not self._entailed_targets:
                self._entailed_targets = frozenset(
                    target
                    for record in self.vocabulary.predicates
                    for target in _entailed(self.vocabulary, record.id)
                ) or frozenset({""})
            found = self._violent[predicate] = bool(
                _entailed(self.vocabulary, predicate) or predicate in self._entailed_targets
            )
        return found

    def subjects_exclude(self, a: str | None, b: str | None) -> bool:
        if a is None or b is None or a == b:
            return False
        subjects = self.vocabulary.subjects
        return bool(subjects.excludes(subjects.get(a), subjects.get(b)))

    def human(self, a: str) -> bool:
        """Whether the class has a broader class (a kind of people, of things...)."""
        return len(self.vocabulary.subjects.lineage(a)) > 1

    def subjects_kin(self, a: str | None, b: str | None) -> bool:
        """Whether the two classes share a broader class (soldiers, civilians: people)."""
        if a is None or b is None:
            return False
        subjects = self.vocabulary.subjects
        return bool(set(subjects.lineage(a)[1:]) & set(subjects.lineage(b)[1:]))

    def place_relation(
        self, a: str, b: str, pa: Resolved | None, pb: Resolved | None
    ) -> PlaceRelation:
        if _same_words(a, b):
            return PlaceRelation.SAME
        if pa is None or pb is None:
            return PlaceRelation.UNKNOWN
        if not isinstance(pa.record, Place) or not isinstance(pb.record, Place):
            return PlaceRelation.UNKNOWN
        return _relate_places(self.vocabulary, pa.record, pb.record)


def _entailed(vocabulary: Vocabulary, predicate: str) -> frozenset[str]:
    """Return what ``predicate`` entails, transitively (from the vocabulary data)."""
    cache = _ENTAILED.setdefault(vocabulary, {})
    found = cache.get(predicate)
    if found is None:
        predicates = vocabulary.predicates
        out: set[str] = set()
        todo = [predicate]
        while todo:
            current = todo.pop()
            record = predicates.get(current) if current in predicates else None
            for other in getattr(record, "entails", ()) or ():
                if other not in out:
                    out.add(other)
                    todo.append(other)
        found = cache[predicate] = frozenset(out)
    return found


_ENTAILED: weakref.WeakKeyDictionary[Vocabulary, dict[str, frozenset[str]]] = (
    weakref.WeakKeyDictionary()
)
_LOOKUPS: weakref.WeakKeyDictionary[Vocabulary, _Lookup] = weakref.WeakKeyDictionary()


def _lookup(vocabulary: Vocabulary | None) -> _Lookup:
    vocab = default_vocabulary() if vocabulary is None else vocabulary
    found = _LOOKUPS.get(vocab)
    if found is None:
        found = _LOOKUPS[vocab] = _Lookup(vocab)
    return found


def _rid(hit: Resolved | None) -> str | None:
    return None if hit is None else hit.id


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


def _same_words(x: str, y: str) -> bool:
    """Whether two texts say the same words (a text of no Latin letters only equals itself)."""
    key = normalize(x)
    return x == y if not key else key == normalize(y)


def _reason(kind: ReasonKind, detail: str) -> Reason:
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
    found: list[str] = []
    if claim.hedge:
        found.append(claim.hedge)
    found.extend(q for q in claim.qualifiers if _HEDGE_WORDS.intersection(normalize(q).split()))
    return tuple(found)


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
    if ratio_or_none is not None and ratio <= slack and a.agrees_with(b, tolerance=tolerance):
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
        sa, sb = _site(p.ra.place), _site(p.rb.place)
        if (sa is None) is not (sb is None):
            site, town = (a.place, b.place) if sa is not None else (b.place, a.place)
            outcome = _Outcome.A_NARROWER if sa is not None else _Outcome.B_NARROWER
            return (outcome, (_reason(ReasonKind.SPATIAL, f"{site} is a site in {town}"),)), 1.0
    if relation is PlaceRelation.UNKNOWN:
        # "Zamzam" and "Zamzam, Abu Shouk and El Fasher": one of the places a list names
        parts_a, parts_b = _list_cores(a.place), _list_cores(b.place)
        if parts_a != parts_b and (parts_a < parts_b or parts_b < parts_a):
            narrow, wide = (a.place, b.place) if parts_a < parts_b else (b.place, a.place)
            outcome = _Outcome.A_NARROWER if parts_a < parts_b else _Outcome.B_NARROWER
            detail = f"{narrow} is among the places {wide} names"
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
            detail = f"{narrow} is among the places {wide} names"
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
    apart = _Outcome.CONFLICT if _same_core(p) else _Outcome.APART
    return _spans(a.when, b.when, ReasonKind.TEMPORAL, apart=apart)


def _actor_name(claim: Claim, rec: ClaimResolution) -> str | None:
    """Return who did it, as the claim names it, else as resolution read it from its text."""
    if claim.actor is not None:
        return claim.actor
    return None if rec.actor is None else rec.actor.text


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
    """Order of the two claims' reports by publication date (0 when unknown or one day)."""
    da, db = _published(p.a), _published(p.b)
    if da is None or db is None or da == db:
        return 0
    return -1 if da < db else 1


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
    if va == vb or _lossy(va, vb) is not None:
        return False
    if not (va.issubset(vb) or vb.issubset(va)):
        return True
    return _other_bound(va, vb)


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
    span = _stated_span(rec)
    return span.start.date() if span is not None else _published(claim)


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
    kinds = {r.kind for outcome, rs in findings if outcome is _Outcome.CONFLICT for r in rs}
    return kinds <= {kind}


def _site(hit: Resolved | None) -> str | None:
    """Return the site a place read by the ``in`` rule names ("train station" in X)."""
    if hit is None or hit.rule != "in":
        return None
    inside = _INSIDE.match(normalize(hit.text))
    return None if inside is None else inside.group(0)[: inside.start("rest")].strip()


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
    anchors the count.
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
        return _relate_places(p.lookup.vocabulary, pa.record, pb.record) in close
    ta = a.place or (pa.text if pa is not None else None)
    tb = b.place or (pb.text if pb is not None else None)
    if ta is not None and tb is not None:
        return fuzz.token_set_ratio(_place_core(ta), _place_core(tb)) >= _TEXT_SAME
    return False


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
    if _stated_span(p.ra) is not None and _stated_span(p.rb) is not None:
        return f"one {speaker} statement ({_stated_span(p.ra)}) relayed by several reports"
    return f"one {speaker} statement relayed by several reports (statement time not ordered)"


def _judge(
    a: Claim,
    b: Claim,
    *,
    score: float,
    lookup: _Lookup,
    tolerance: float,
    dispute_ratio: float,
    ra: ClaimResolution,
    rb: ClaimResolution,
    place_relation: PlaceRelation | None = None,
) -> Relationship:
    """Relate two claims already judged to be about one item (``score``: alignment score)."""
    p = _Pair(a, b, ra, rb, lookup)
    vocab = lookup.vocabulary
    same_speaker = _speaker_key(ra.speaker, a.source, vocab) == _speaker_key(
        rb.speaker, b.source, vocab
    )
    speaker = min(a.source.name, b.source.name)  # one name, whichever the order
    order = _statement_order(p) if same_speaker else 0
    if same_speaker and order == 0 and _changed(a, b) and not _same_origin(p):
        # a changed figure with no statement times: the reports' dates order the two
        # statements (the same figure on two days stays one statement relayed)
        order = _report_order(p)
    lossy = None
    if same_speaker and isinstance(a.value, Quantity) and isinstance(b.value, Quantity):
        lossy = _lossy(a.value, b.value)
    ratio: float | None
    if lossy is not None:
        qualified, bare = lossy
        origin, relay = (a, b) if qualified is a.value else (b, a)
        if _depth(origin) > _depth(relay):
            direction = f"{_relay_words(relay, origin)} (it adds the qualifier)"
        else:
            direction = _relay_words(origin, relay)
        detail = f"{bare} repeats {_qualified_text(qualified)} without its qualifier, {direction}"
        value_finding: _Finding = (_Outcome.EQUAL, (_reason(ReasonKind.LOSSY_RELAY, detail),))
        raw_ratio = qualified.magnitude_ratio(bare)
        ratio = None if math.isnan(raw_ratio) else raw_ratio
    else:
        value_finding, ratio = _values(a, b, lookup, tolerance, dispute_ratio)
    place_finding, place_factor = _places(p, place_relation)
    subject_finding = _subjects(p)
    predicate_finding = _predicates(p)
    numeric = isinstance(a.value, Quantity) and isinstance(b.value, Quantity)
    one_count = (
        numeric
        and value_finding[0] is not _Outcome.CONFLICT
        and not (ratio is not None and ratio >= dispute_ratio)
        and not any(
            isinstance(c.value, Quantity) and c.value.kind is QuantityKind.VAGUE for c in (a, b)
        )  # "tens" of soldiers and "tens" of civilians are no one count
    ) or (a.value is None and b.value is None)
    if subject_finding[0] is _Outcome.CONFLICT and not (
        one_count and predicate_finding[0] is _Outcome.EQUAL
    ):
        # Exclusive victims are a dispute only over one count (or one unnumbered act) of
        # one act ("12 civilians killed" vs "12 militants killed"); otherwise these are
        # different victims.
        x, y = _pair_text(_q(a.subject), _q(b.subject))
        detail = f"{x} and {y} are different victims"
        subject_finding = (_Outcome.APART, (_reason(ReasonKind.VICTIM, detail),))
    if predicate_finding[0] is _Outcome.CONFLICT:
        # Exclusive outcomes ("repelled" the attack, "seized" the base) contradict whatever
        # the subjects; the values then count different things.
        value_finding = _SAME
    elif predicate_finding[0] is not _Outcome.EQUAL:
        if subject_finding[0] is not _Outcome.EQUAL or (
            a.value is not None and b.value is not None
        ):
            # Different predicates of different subjects ("7 towns attacked", "3 bases
            # seized"), or two figures of different predicates, are different items.
            detail = "different subjects or values of different predicates"
            subject_finding = (
                _Outcome.APART,
                (*predicate_finding[1], _reason(ReasonKind.ITEM, detail)),
            )
        value_finding = _SAME
    elif subject_finding[0] is _Outcome.OVERLAP and value_finding[0] is _Outcome.CONFLICT:
        # Figures of subjects that may differ ("enemy", "militants") need not contradict.
        value_finding = (_Outcome.OVERLAP, value_finding[1])
    elif (
        subject_finding[0] in (_Outcome.A_NARROWER, _Outcome.B_NARROWER)
        and value_finding[0] is _Outcome.CONFLICT
        and _part_fits(a, b, narrower_is_a=subject_finding[0] is _Outcome.A_NARROWER)
    ):
        # "4 children among the dead" and "11 dead": a part counts fewer than the whole
        detail = "the narrower class counts a part of the broader one"
        value_finding = (_Outcome.OVERLAP, (*value_finding[1], _reason(ReasonKind.VICTIM, detail)))
    vague = [
        c.value
        for c in (a, b)
        if isinstance(c.value, Quantity) and c.value.kind is QuantityKind.VAGUE
    ]
    if vague and value_finding[0] is _Outcome.CONFLICT:
        # "several", "tens", "dozens": an impression, not a count to dispute
        figures = sorted({_q(_qualified_text(v)) for v in vague})
        detail = f"{' and '.join(figures)}: an impression, not a count to dispute"
        value_finding = (_Outcome.OVERLAP, (*value_finding[1], _reason(ReasonKind.NUMERIC, detail)))
        ratio = None
    time_finding = _times(p)
    if (
        a.when is not None
        and b.when is not None
        and time_finding[0] in (_Outcome.A_NARROWER, _Outcome.B_NARROWER)
        and value_finding[0] is _Outcome.CONFLICT
        and _part_fits(a, b, narrower_is_a=time_finding[0] is _Outcome.A_NARROWER)
    ):
        # "25 killed on Friday" and "over 1,012 killed from Friday to Sunday": one day of
        # the span counts a part of its toll, not a rival figure
        detail = "the narrower time counts a part of the broader one's toll"
        value_finding = (
            _Outcome.OVERLAP,
            (*value_finding[1], _reason(ReasonKind.TEMPORAL, detail)),
        )
    if (
        a.place is not None
        and b.place is not None
        and place_finding[0] in (_Outcome.A_NARROWER, _Outcome.B_NARROWER)
        and value_finding[0] is _Outcome.CONFLICT
        and _part_fits(a, b, narrower_is_a=place_finding[0] is _Outcome.A_NARROWER)
    ):
        # "9 killed in a hospital in Zamzam" and "25 killed in Zamzam": a place inside the
        # other's counts a part of its toll, not a rival figure
        detail = "the narrower place counts a part of the broader one's toll"
        value_finding = (_Outcome.OVERLAP, (*value_finding[1], _reason(ReasonKind.SPATIAL, detail)))
    actor_finding = _actors(p)
    if (
        isinstance(a.value, str)
        and isinstance(b.value, str)
        and value_finding[0] is _Outcome.OVERLAP
        and actor_finding is _SAME
        and _actor_name(a, ra) is not None
        and _actor_name(b, rb) is not None
    ):
        # "Israeli airstrike" and "Israeli air raid" of one named perpetrator: the value
        # says who did it, and both name the same one
        x, y = _pair_text(_q(a.value), _q(b.value))
        detail = f"{x} and {y} name the same perpetrator"
        value_finding = (_Outcome.EQUAL, (_reason(ReasonKind.PERPETRATOR, detail),))
    findings = [
        subject_finding,
        predicate_finding,
        actor_finding,
        place_finding,
        time_finding,
        value_finding,
    ]
    if value_finding is _SAME and not (numeric and predicate_finding[0] is _Outcome.EQUAL):
        ratio = None

    def build(kind: Relation, reasons: Iterable[Reason], strength: float) -> Relationship:
        reasons = list(reasons)
        apart = any(r.kind is ReasonKind.ITEM and _NOT_ONE in r.detail for r in reasons)
        disputed = kind is Relation.CONTRADICTS or (
            kind is Relation.COMPATIBLE
            and ratio is not None
            and ratio >= dispute_ratio
            and not apart
        )
        return Relationship(
            a=a.id,
            b=b.id,
            kind=kind,
            strength=round(min(1.0, max(0.0, strength)), 4),
            reasons=_sorted_reasons(reasons),
            magnitude_ratio=ratio if numeric else None,
            disputed=disputed,
        )

    apart = [r for outcome, rs in findings if outcome is _Outcome.APART for r in rs]
    if apart:
        return build(Relation.UNRELATED, apart, 1.0)

    hedge_reasons: list[Reason] = []
    strength = score * place_factor
    for claim in (a, b):
        words = _hedges(claim)
        if words:
            strength *= HEDGE_FACTOR
            quoted = ", ".join(_q(w) for w in words)
            hedge_reasons.append(_reason(ReasonKind.HEDGE, f"{claim.source.name} says {quoted}"))

    outcomes = {outcome for outcome, _ in findings}
    conflicts = [r for outcome, rs in findings if outcome is _Outcome.CONFLICT for r in rs]
    every = [r for _, rs in findings for r in rs]

    if a.polarity is not b.polarity:
        denier, asserter = (a, b) if a.denied else (b, a)
        # what is denied narrower than what is asserted: "denies killing 12" leaves
        # "killed" standing, "denies it at Zamzam" leaves "around Zamzam and El Fasher".
        # A time the denial adds dates the event it speaks of (rule 6 checks it is one
        # event) and denies no less
        what = (subject_finding, predicate_finding, actor_finding, place_finding, value_finding)
        narrower = _Outcome.A_NARROWER if denier is a else _Outcome.B_NARROWER
        denied_narrower = any(outcome is narrower for outcome, _ in what)
        other_figure = _other_figure(denier, asserter)
        # "Israel did not do it" against "fighters' rocket did it": another perpetrator
        other_actor = (
            _actor_name(a, ra) is not None
            and _actor_name(b, rb) is not None
            and actor_finding is not _SAME
        )
        other_figure = other_figure or other_actor
        # one article reporting that X did it and X's denial speaks of one event
        named = _actor_name(a, ra) is not None and _actor_name(b, rb) is not None
        one = _one_event(p, place_relation) or (named and _one_article(a, b))
        if conflicts or denied_narrower or other_figure or not one:
            detail = (
                f"{denier.source.name} denies a claim other than the one "
                f"{asserter.source.name} asserts"
                if conflicts or denied_narrower or other_figure
                else f"nothing places {denier.source.name}'s denial in the event "
                f"{asserter.source.name} speaks of (place, time, report)"
            )
            kind = Relation.COMPATIBLE
            reasons = [*every, _reason(ReasonKind.POLARITY, detail), *hedge_reasons]
        else:
            detail = f"{denier.source.name} denies what {asserter.source.name} asserts"
            kind = Relation.CONTRADICTS
            entailed = predicate_finding[1] if predicate_finding[0] is _Outcome.EQUAL else ()
            reasons = [_reason(ReasonKind.POLARITY, detail), *entailed, *hedge_reasons]
    elif conflicts and _only_numeric(findings) and _rising(p):
        # a toll reported higher on a later day: the count rose, the figures do not dispute
        detail = "the later figure is higher: a toll that rose between the two reports"
        kind = Relation.COMPATIBLE
        reasons = [*every, _reason(ReasonKind.NUMERIC, detail), *hedge_reasons]
    elif conflicts and same_speaker and _one_report(a, b) and _only_numeric(findings):
        # one speaker's two figures in one report ("19 eliminated", "15 in three sectors"):
        # a whole and its part, or two items; a speaker does not dispute itself
        detail = f"{speaker} gives both figures in one report: not a dispute"
        kind = Relation.COMPATIBLE
        reasons = [*every, _reason(ReasonKind.SAME_SPEAKER, detail), *hedge_reasons]
    elif conflicts and _only_numeric(findings) and not _one_time(p):
        # Two figures that nothing dates to one time (no overlapping event times, no one
        # report chain, no statement or report dates a few days apart): a toll changes as
        # the dead are counted, so absence of dates is no evidence of one count.
        detail = f"{_NOT_ONE} at one time (event time, report chain or dates): {_ONE_TIME}"
        kind = Relation.COMPATIBLE
        reasons = [*every, _reason(ReasonKind.ITEM, detail), *hedge_reasons]
    elif (
        conflicts
        and not _one_event(p, place_relation)
        and not (_only_kind(findings, ReasonKind.PERPETRATOR) and _one_article(a, b))
    ):
        # Two claims with nothing placing them in one event (no shared place, time,
        # report or label): perhaps two events, not a dispute, whatever the conflict
        # (figures, perpetrators, victims, outcomes). One article setting two accounts
        # of who did it side by side speaks of one event.
        detail = f"{_NOT_ONE} (place, time, report)"
        kind = Relation.COMPATIBLE
        reasons = [*every, _reason(ReasonKind.ITEM, detail), *hedge_reasons]
    elif conflicts:
        kind = Relation.CONTRADICTS
        reasons = [*conflicts, *hedge_reasons]
    elif outcomes <= {_Outcome.EQUAL}:
        kind = Relation.AGREES
        reasons = [*every, *hedge_reasons]
    elif outcomes <= {_Outcome.EQUAL, _Outcome.A_NARROWER}:
        kind = Relation.REFINES
        reasons = [*every, *hedge_reasons]
    elif outcomes <= {_Outcome.EQUAL, _Outcome.B_NARROWER}:
        kind = Relation.REFINED_BY
        reasons = [*every, *hedge_reasons]
    else:
        kind = Relation.COMPATIBLE
        reasons = [*every, *hedge_reasons]

    if not reasons:
        reasons = [_reason(ReasonKind.ITEM, "same subject, predicate, value, place and time")]
    if not same_speaker:
        rel = build(kind, reasons, strength)
        if (
            rel.disputed
            and kind is Relation.COMPATIBLE
            and not (_one_event(p, place_relation) and _one_time(p))
        ):
            # far-apart figures that nothing places in one event: perhaps two events
            detail = f"{_NOT_ONE} (place, time, report)"
            why = _sorted_reasons([*rel.reasons, _reason(ReasonKind.ITEM, detail)])
            rel = attrs.evolve(rel, disputed=False, reasons=why)
        return rel

    if order != 0 and (kind is not Relation.AGREES or _changed(a, b)):
        # One speaker, two statements at ordered times, two different claims: the later
        # one revises the earlier (not a dispute, not a corroboration).
        early, late = (a, b) if order < 0 else (b, a)
        detail = (
            f"{speaker} changed its claim from {_describe_value(early)} "
            f"({_stated_span(ra if early is a else rb)}) to {_describe_value(late)} "
            f"({_stated_span(ra if late is a else rb)})"
        )
        revised = build(
            Relation.REVISES if late is a else Relation.REVISED_BY,
            [*reasons, _reason(ReasonKind.SAME_SPEAKER, detail)],
            strength,
        )
        return attrs.evolve(revised, disputed=False)
    if kind is Relation.COMPATIBLE and _one_report(a, b):
        detail = f"{speaker} gives both in one report"
        return attrs.evolve(
            build(kind, [*reasons, _reason(ReasonKind.SAME_SPEAKER, detail)], strength),
            disputed=False,
        )
    if order != 0:
        detail = f"{speaker} says it again"
        return build(kind, [*reasons, _reason(ReasonKind.SAME_SPEAKER, detail)], strength)
    if a.polarity is not b.polarity:
        detail = f"{speaker} says both"
        return build(kind, [*reasons, _reason(ReasonKind.SAME_SPEAKER, detail)], strength)
    undated = [c for c, r in ((a, ra), (b, rb)) if _stated_span(r) is None]
    own = len(undated) == 1 and _own_report(undated[0])
    if _via_id(a) == _via_id(b) or (own and not _same_origin(p)):
        # the same report twice, or a dated statement and an undated one the speaker
        # published itself: two statements of the speaker, not one relayed
        detail = f"{speaker} says it again" if kind is Relation.AGREES else f"{speaker} says both"
        return build(kind, [*reasons, _reason(ReasonKind.SAME_SPEAKER, detail)], strength)
    # One speaker, statement times not ordered: one statement relayed. Relays that agree,
    # add a detail or lose a qualifier are an echo; relays that differ otherwise are noted,
    # never a dispute among themselves.
    if _changed(a, b):
        # one speaker's two figures, no order known: relays that differ, never an echo
        differ = _reason(
            ReasonKind.LOSSY_RELAY, f"{speaker} gives both figures; which came first is unknown"
        )
        return attrs.evolve(
            build(Relation.COMPATIBLE, [*reasons, differ], strength), disputed=False
        )
    echo = _reason(ReasonKind.ECHO, _echo_detail(p, speaker))
    far = ratio is not None and ratio >= dispute_ratio
    if kind is Relation.COMPATIBLE and not far:
        # relays that reword the statement (a translation, a paraphrase): still one
        detail = f"the relays of one {speaker} statement word it differently"
        return build(kind, [*reasons, echo, _reason(ReasonKind.ECHO, detail)], strength)
    if kind in (Relation.AGREES, Relation.REFINES, Relation.REFINED_BY):
        extra = [echo]
        if kind is not Relation.AGREES:
            narrow, wide = (a, b) if kind is Relation.REFINES else (b, a)
            extra.append(
                _reason(
                    ReasonKind.ECHO,
                    f"{_relay_words(wide, narrow)} adds a detail to the relayed statement",
                )
            )
        return build(kind, [*reasons, *extra], strength)
    differ = _reason(ReasonKind.LOSSY_RELAY, f"the relays of one {speaker} statement differ")
    relation = build(Relation.COMPATIBLE, [*reasons, differ], strength)
    return attrs.evolve(relation, disputed=False)


# --------------------------------------------------------------------------- aggregates


def _bounded(rel: Relationship) -> Relationship:
    """Return the pair of an aggregate and a claim it covers: the total bounds the part."""
    detail = f"{rel.a} and {rel.b}: one is a total over several events that bounds the other"
    reasons = (*rel.reasons, Reason(kind=ReasonKind.AGGREGATE, detail=detail))
    return attrs.evolve(rel, kind=Relation.COMPATIBLE, disputed=False, reasons=reasons)


_AGGREGATE_DAYS = 7  # a span this long (a week, a month) may total several events
_EVENT_DAYS = 2  # a span this short places a claim on one day of one incident
_FINE_KINDS = frozenset({PlaceKind.TOWN, PlaceKind.VILLAGE, PlaceKind.SITE})


def _span_days(span: TimeSpan | None) -> float | None:
    if span is None:
        return None
    return (span.end - span.start).total_seconds() / 86_400


def _place_of(rec: ClaimResolution) -> Place | None:
    hit = rec.place
    return hit.record if hit is not None and isinstance(hit.record, Place) else None


def _family_of(rec: ClaimResolution) -> str | None:
    hit = rec.predicate
    return getattr(hit.record, "family", None) if hit is not None else None


def _epoch(moment: dt.datetime) -> float:
    return (moment - _EPOCH).total_seconds()


_EPOCH = dt.datetime(1, 1, 1)


def _aggregates(claims: list[Claim], resolution: Resolution) -> dict[str, tuple[str, ...]]:
    """Claims whose time span and area strictly contain several events, with what they cover.

    A candidate spans a week or more, or names places in several countries; it is an
    aggregate when it contains at least two incidents (distinct place and day) of claims
    of its predicate family that lie inside its span and its area.
    """
    candidates: list[int] = []
    for k, claim in enumerate(claims):
        days = _span_days(claim.when)
        if days is not None and days >= _AGGREGATE_DAYS:
            candidates.append(k)
            continue
        named = resolution[k].places if claim.place is not None else ()
        countries = {p.record.country for p in named if isinstance(p.record, Place)}
        if len(countries) > 1:
            candidates.append(k)
    if not candidates:
        return {}
    records = [resolution[k] for k in range(len(claims))]
    fine = [
        k
        for k, claim in enumerate(claims)
        if claim.when is not None
        and (_span_days(claim.when) or 0) < _EVENT_DAYS
        and _place_of(records[k]) is not None
    ]
    if not fine:
        return {}
    # the fine claims as arrays: start and end seconds, family and place codes
    f_idx = np.array(fine, dtype=np.int64)
    f_start = np.array([_epoch(claims[f].when.start) for f in fine])  # type: ignore[union-attr]
    f_end = np.array([_epoch(claims[f].when.end) for f in fine])  # type: ignore[union-attr]
    fam_codes: dict[str | None, int] = {}
    f_fam = np.array([fam_codes.setdefault(_family_of(records[f]), len(fam_codes)) for f in fine])
    place_objs: dict[str, Place] = {}
    f_place_ids = []
    for f in fine:
        place = _place_of(records[f])
        assert place is not None
        place_objs[place.id] = place
        f_place_ids.append(place.id)
    out: dict[str, tuple[str, ...]] = {}
    relation_cache: dict[tuple[str, str], bool] = {}
    for k in candidates:
        claim, rec = claims[k], records[k]
        area = _place_of(rec)
        parts: list[Place] = [p.record for p in rec.places if isinstance(p.record, Place)]
        if not parts and area is not None:
            parts = [area]
        family = _family_of(rec)
        if not parts or claim.when is None or family not in fam_codes:
            continue
        mask = (
            (f_fam == fam_codes[family])
            & (f_start >= _epoch(claim.when.start))
            & (f_end <= _epoch(claim.when.end))
            & (f_idx != k)
        )
        inside: list[int] = []
        for row in np.flatnonzero(mask).tolist():
            place_id = f_place_ids[row]
            hit = False
            for part in parts:
                key = (place_id, part.id)
                if key not in relation_cache:
                    rel = _relate_places(resolution.vocabulary, place_objs[place_id], part).value
                    relation_cache[key] = rel in ("within", "same")
                hit = hit or relation_cache[key]
            if hit:
                inside.append(int(f_idx[row]))
        incidents = {
            (_place_of(records[f]).id, claims[f].when.start.date())  # type: ignore[union-attr]
            for f in inside
        }
        if len(incidents) >= 2:
            out[claim.id] = tuple(sorted(claims[f].id for f in inside))
    return out


# --------------------------------------------------------------------------- relate


def _check_options(tolerance: float, dispute_ratio: float) -> None:
    if isinstance(tolerance, bool) or not isinstance(tolerance, int | float):
        raise InvalidClaimError("tolerance", tolerance, "must be a number in [0, 1)")
    if not 0.0 <= tolerance < 1.0:
        raise InvalidClaimError("tolerance", tolerance, "must be in [0, 1)")
    if isinstance(dispute_ratio, bool) or not isinstance(dispute_ratio, int | float):
        raise InvalidClaimError("dispute_ratio", dispute_ratio, "must be a number > 1")
    if not dispute_ratio > 1.0:
        raise InvalidClaimError("dispute_ratio", dispute_ratio, "must be > 1")


_FEATURE_KINDS = {
    "place": ReasonKind.SPATIAL,
    "time": ReasonKind.TEMPORAL,
    "actor": ReasonKind.PERPETRATOR,
}


def _item_reasons(pair: PairScore) -> list[Reason]:
    """Return why two claims are not one item: the failing (else the weakest) feature."""
    if not pair.features:
        return [_reason(ReasonKind.ITEM, f"not the same item (score {pair.score:.2f})")]
    failing = None
    if pair.rejected:
        failing = next((f for f in pair.features if f.name == pair.rejected), None)
    if failing is None:
        failing = min(pair.features, key=lambda f: (f.score, f.name))
    verdict = f"rejected on {failing.name}" if pair.rejected else f"score {pair.score:.2f}"
    detail = f"not the same item ({verdict}): {failing.detail}"
    return [_reason(_FEATURE_KINDS.get(failing.name, ReasonKind.ITEM), detail)]


def _unaligned(a: Claim, b: Claim, pair: PairScore) -> Relationship:
    return Relationship(
        a=a.id,
        b=b.id,
        kind=Relation.UNRELATED,
        strength=round(min(1.0, max(0.0, 1.0 - pair.score)), 4),
        reasons=_sorted_reasons(_item_reasons(pair)),
    )


def relate(
    a: Claim,
    b: Claim,
    *,
    tolerance: float = 0.05,
    dispute_ratio: float = 2.0,
    vocabulary: Vocabulary | None = None,
    threshold: float | None = None,
    time_window: Any = None,
    context: Iterable[Claim] = (),
) -> Relationship:
    """Return how claim ``a`` stands to claim ``b``.

    The pair is first scored by :func:`~claimrec.alignment.compare`; claims about
    different items are :attr:`Relation.UNRELATED`, with the failing feature as the
    reason. Claims about one item are compared field by field (subject, predicate,
    perpetrator, place, time, value) and the findings combined:

    - any conflict (disjoint numbers, exclusive predicates such as "repelled" and
      "captured", perpetrators of different parties, exclusive victims of one count,
      disjoint times or places of one stated fact) makes :attr:`~Relation.CONTRADICTS`;
      so does a denial of what the other asserts;
    - all the same makes :attr:`~Relation.AGREES` (numbers within ``tolerance``);
    - narrower on some fields and the same on the others makes
      :attr:`~Relation.REFINES` (``a`` narrower) or :attr:`~Relation.REFINED_BY`;
    - anything else is :attr:`~Relation.COMPATIBLE`; nested or overlapping numbers whose
      central values are ``dispute_ratio`` or more times apart are compatible *and
      disputed*, never a refinement.

    The same speaker's claims at two statement times that differ are a revision
    (:attr:`~Relation.REVISES`: ``a`` is the later); the same speaker's figure relayed
    without its qualifier ("over 80" repeated as "80") agrees, with a
    :attr:`ReasonKind.LOSSY_RELAY` reason. Hedges ("reportedly") lower the strength.

    Parameters
    ----------
    a, b : Claim
        The claims.
    tolerance : float, default 0.05
        Relative tolerance under which two figures agree ("50" and "52").
    dispute_ratio : float, default 2.0
        How many times apart two central values must be for compatible numbers to be
        disputed ("at least 20" and "over 90": 4.5 times).
    vocabulary : Vocabulary, optional
        Names of actors, places, predicates and subjects; the shipped one by default.
    threshold, time_window : optional
        Passed to :func:`~claimrec.alignment.compare` (the alignment threshold and the
        time window of one item).
    context : iterable of Claim, optional
        The other claims of the analysis: their places help read ``a``'s and ``b``'s
        (:func:`~claimrec.resolve`). Given the claims of a :func:`~claimrec.claim_graph`,
        ``relate`` reads the pair exactly as the graph does.

    Returns
    -------
    Relationship
        ``relate(b, a)`` is always ``relate(a, b).converse()``.

    Raises
    ------
    InvalidClaimError
        For a ``tolerance`` outside [0, 1) or a ``dispute_ratio`` not above 1.

    See Also
    --------
    claimrec.graph.claim_graph : relate every aligned pair of many claims.

    References
    ----------
    .. [1] M.-C. de Marneffe, A. N. Rafferty and C. D. Manning, "Finding Contradictions
       in Text", Proc. ACL-08: HLT, 2008, pp. 1039-1047.
    .. [2] Full Fact, "Automated fact checking: claim matching" (same truth conditions),
       https://fullfact.org/automated

    Examples
    --------
    >>> from claimrec.model import Claim
    >>> from claimrec.relation import relate
    >>> def claim(source, value, **kw):
    ...     base = dict(subject="militants", predicate="killed", when="2025-07-01",
    ...                 place="Kayes", event="Kayes attack")
    ...     return Claim(source=source, value=value, id=f"{source}:{value}", **{**base, **kw})
    >>> print(relate(claim("army", "55"), claim("JNIM", "over 90")).explain())
    army:55 contradicts JNIM:over 90 (strength ..., disputed, central values 1.65x apart)
      numeric: 55 and over 90 do not overlap
    >>> r = relate(claim("army", "at least 20"), claim("JNIM", "over 90"))
    >>> r.kind.value, r.disputed, round(r.magnitude_ratio, 2)
    ('compatible', True, 4.55)
    >>> relate(claim("army", "50"), claim("hospital", "52")).kind.value
    'agrees'
    >>> later = claim("army", "65", stated="2025-07-03")
    >>> relate(later, claim("army", "20", stated="2025-07-01")).kind.value
    'revises'
    """
    _check_options(tolerance, dispute_ratio)
    lookup = _lookup(vocabulary)
    if a == b:
        return Relationship(
            a=a.id, b=b.id, kind=Relation.AGREES,
            reasons=(_reason(ReasonKind.ITEM, "the same claim"),),
            magnitude_ratio=1.0 if isinstance(a.value, Quantity) else None,
        )  # fmt: skip
    opts = _options(
        DEFAULT_THRESHOLD if threshold is None else threshold,
        DEFAULT_TIME_WINDOW if time_window is None else time_window,
        None,
        1,
    )
    # Score in one fixed order, so that relate(b, a) sees the very same score.
    first, second = (a, b) if (a.id, a.source.name) <= (b.id, b.source.name) else (b, a)
    others = [c for c in context if c.id not in (a.id, b.id)]
    cols = _Columns([first, second], _resolver(lookup.vocabulary), others)
    pair = _pair_score(_Table([first, second], cols.resolver, columns=cols), 0, 1, opts)
    res = Resolution(cols)
    ra, rb = (res[0], res[1]) if first is a else (res[1], res[0])
    rel = _relate_scored(a, b, pair, lookup, tolerance, dispute_ratio, ra, rb)
    if others and rel.disputed:
        # a total over several events (given the context) bounds each of them
        everything = [first, second, *others]
        totals = _aggregates(everything, resolve(everything, vocabulary=lookup.vocabulary))
        if b.id in totals.get(a.id, ()) or a.id in totals.get(b.id, ()):
            rel = _bounded(rel)
    return rel


def _relate_scored(  # noqa: PLR0917 - private, called in two places
    a: Claim,
    b: Claim,
    pair: PairScore,
    lookup: _Lookup,
    tolerance: float,
    dispute_ratio: float,
    ra: ClaimResolution,
    rb: ClaimResolution,
) -> Relationship:
    """Relate two claims given their alignment :class:`PairScore` and resolutions."""
    place_relation: PlaceRelation | None = None
    if pair.place_relation is not None:
        place_relation = PlaceRelation(pair.place_relation)
        if pair.a != a.id:
            place_relation = place_relation.converse()
    score = pair.score
    if not pair.aligned and pair.rejected not in ("place", "time"):
        # Who did it, across predicate families: "blamed on X" against "Y killed 12", or
        # "X denies responsibility" against "X's air strike": alignment keeps the
        # predicates apart, yet the two dispute one act's perpetrator.
        disputed = _perpetrator_dispute(_Pair(a, b, ra, rb, lookup), pair)
        if disputed is not None:
            return disputed
    if not pair.aligned:
        # Alignment keeps exclusive subjects apart ("civilians", "militia"); kinds of one
        # broader class may still be one count of one act, named two ways. It also keeps
        # apart claims placed or timed apart; when both name one fact of one labelled
        # event ("the attack" of the 1 July event), that is a spatial or temporal dispute.
        # A denial of what the other's predicate entails ("no attack on civilians" and
        # "civilians killed") is a dispute across predicate families.
        p = _Pair(a, b, ra, rb, lookup)
        sa, sb = _rid(ra.subject), _rid(rb.subject)
        if pair.rejected == "subject":
            rescued = lookup.subjects_exclude(sa, sb) and lookup.subjects_kin(sa, sb)
        elif pair.rejected == "predicate":
            rescued = _predicates(p)[0] is _Outcome.EQUAL
        else:
            rescued = pair.rejected in ("place", "time") and _same_core(p)
        score = _score_without(pair, pair.rejected or "")
        if not rescued or score < pair.threshold:
            return _relay(a, b, ra, rb, lookup) or _unaligned(a, b, pair)
    rel = _judge(
        a,
        b,
        score=score,
        lookup=lookup,
        tolerance=tolerance,
        dispute_ratio=dispute_ratio,
        ra=ra,
        rb=rb,
        place_relation=place_relation,
    )
    if rel.kind is Relation.UNRELATED:
        return _relay(a, b, ra, rb, lookup) or rel
    return rel


RELAY_STRENGTH = 0.5  # a relay told by provenance alone, in words alignment keeps apart

#: The predicate family of claims about who caused an event ("blamed on", "responsible
#: for", "claimed responsibility").
ATTRIBUTION_FAMILY = "responsibility"


def _perpetrator_of(rec: ClaimResolution) -> Resolved | None:
    """Return the claim's perpetrator: a known actor, read exactly (never by resemblance)."""
    hit = rec.actor
    if hit is None or not isinstance(hit.record, Actor) or hit.rule == "fuzzy":
        return None
    return hit


def _perpetrator_role(rec: ClaimResolution, lookup: _Lookup) -> str | None:
    """Return how a claim names who did something: ``attribution``, ``act`` or None.

    An attribution says who caused an event (the vocabulary's ``responsibility``
    family: "blamed on", "responsible for"); an act is a violent act, a predicate of the
    vocabulary's entailment graph ("killed" entails "attacked"; "attacked" is entailed).
    """
    hit = rec.predicate
    if hit is None:
        return None
    if getattr(hit.record, "family", None) == ATTRIBUTION_FAMILY:
        return "attribution"
    return "act" if lookup.violent(hit.id) else None


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


def _perpetrator_dispute(p: _Pair, pair: PairScore) -> Relationship | None:
    """Return a dispute over who did it between two claims of different predicates.

    An attribution ("the blast was caused by X", "X blamed for the attack") and another
    claim naming a perpetrator of a different party (another attribution, or a violent
    act: "Y's air strike", "Y killed 500") dispute who did it. A denial ("X denies
    responsibility", "X did not bomb the hospital") disputes a claim naming X (or its
    party) as the one who did it, one of the two being an attribution. Both perpetrators
    must be known actors read exactly, the two speakers different, the act's victims not
    fighters (in a battle both sides kill), and something must place both claims in one
    event (:func:`_one_event`, or one article carrying both). Otherwise None.
    """
    a, b, ra, rb, lookup = p.a, p.b, p.ra, p.rb, p.lookup
    role_a, role_b = _perpetrator_role(ra, lookup), _perpetrator_role(rb, lookup)
    if role_a is None or role_b is None or "attribution" not in (role_a, role_b):
        return None
    if (role_a == "act" and _fighters(ra, lookup)) or (role_b == "act" and _fighters(rb, lookup)):
        return None
    pa, pb = _perpetrator_of(ra), _perpetrator_of(rb)
    if pa is None or pb is None:
        return None
    vocab = lookup.vocabulary
    if _speaker_key(ra.speaker, a.source, vocab) == _speaker_key(rb.speaker, b.source, vocab):
        return None
    first, second = pa.record, pb.record
    assert isinstance(first, Actor)
    assert isinstance(second, Actor)
    same = first.id == second.id or (first.party is not None and first.party == second.party)
    name_a, name_b = a.actor or pa.text, b.actor or pb.text
    x, y = _pair_text(name_a, name_b)
    if a.polarity is b.polarity:
        if a.denied or same:
            return None  # two denials can both hold; one perpetrator named twice agrees
        reason = _reason(
            ReasonKind.PERPETRATOR, f"{x} and {y} are different parties: who did it is disputed"
        )
    else:
        denier, asserter = (a, b) if a.denied else (b, a)
        if not same:
            return None  # denying one perpetrator's role does not dispute naming another
        denied_name, named = (name_a, name_b) if denier is a else (name_b, name_a)
        detail = (
            f"{denier.source.name} denies that {denied_name} did it; "
            f"{asserter.source.name} names {named}"
        )
        reason = _reason(ReasonKind.POLARITY, detail)
    if not (_one_event(p, None) or _one_article(a, b)):
        # an article setting one party's account of who did it against another's speaks
        # of one event
        return None
    predicates = _reason(
        ReasonKind.CATEGORICAL,
        "{} and {} both say who did it".format(*_pair_text(_q(a.predicate), _q(b.predicate))),
    )
    strength = _score_without(pair, "predicate")
    hedges = []
    for claim in (a, b):
        words = _hedges(claim)
        if words:
            strength *= HEDGE_FACTOR
            quoted = ", ".join(_q(w) for w in words)
            hedges.append(_reason(ReasonKind.HEDGE, f"{claim.source.name} says {quoted}"))
    return Relationship(
        a=a.id,
        b=b.id,
        kind=Relation.CONTRADICTS,
        strength=round(min(1.0, max(0.0, strength)), 4),
        reasons=_sorted_reasons([reason, predicates, *hedges]),
        disputed=True,
    )


def _relay_key(claim: Claim, rec: ClaimResolution) -> tuple[str, ...] | None:
    """Return the value a relay must repeat: a figure's lower bound, a word, or a predicate."""
    value = claim.value
    if isinstance(value, Quantity):
        return None if value.low is None else ("q", f"{value.low:g}")
    if isinstance(value, str):
        return ("s", normalize(value))
    if value is None:
        predicate = _rid(rec.predicate)
        return None if predicate is None else ("p", predicate)
    return None


def _relay(
    a: Claim, b: Claim, ra: ClaimResolution, rb: ClaimResolution, lookup: _Lookup
) -> Relationship | None:
    """Return an echo when two claims alignment keeps apart are one statement relayed.

    Relays translate and reword ("retrouvés dans les rues", "retrieved"; "contrôler",
    "taken control of"). Provenance still tells one statement: one identified speaker,
    one figure (or, without one, one predicate), one polarity, two reports, statement
    times not ordered, nothing placing or timing them apart, and something placing them
    together (one report chain, report dates a few days apart, or a shared place or time).
    """
    if a.polarity is not b.polarity or ra.speaker is None or rb.speaker is None:
        return None
    key = _relay_key(a, ra)
    if key is None or key != _relay_key(b, rb) or _via_id(a) == _via_id(b):
        return None  # one report (or none): the speaker says it again, no relay
    if isinstance(a.value, Quantity) and _changed(a, b):
        return None
    vocab = lookup.vocabulary
    speaker = _speaker_key(ra.speaker, a.source, vocab)
    if speaker != _speaker_key(rb.speaker, b.source, vocab):
        return None
    p = _Pair(a, b, ra, rb, lookup)
    if _statement_order(p) != 0:
        return None
    if a.when is not None and b.when is not None and not a.when.overlaps(b.when):
        return None
    if a.place is not None and b.place is not None:
        where = lookup.place_relation(a.place, b.place, ra.place, rb.place)
        if where is PlaceRelation.DISJOINT or _other_sites(p):
            return None
    da, db = _dated(a, ra), _dated(b, rb)
    if da is not None and db is not None and abs((da - db).days) > _ONE_TIME_DAYS:
        return None
    if not (_same_origin(p) or (da is not None and db is not None) or _one_event(p, None)):
        return None
    name = min(a.source.name, b.source.name)
    reasons = [
        _reason(ReasonKind.ECHO, _echo_detail(p, name)),
        _reason(
            ReasonKind.ECHO,
            f"the relays of one {name} statement word it differently "
            "(same speaker, same figure, statement times not ordered)",
        ),
    ]
    numeric = isinstance(a.value, Quantity) and isinstance(b.value, Quantity)
    return Relationship(
        a=a.id,
        b=b.id,
        kind=Relation.AGREES if a.value == b.value else Relation.COMPATIBLE,
        strength=RELAY_STRENGTH,
        reasons=_sorted_reasons(reasons),
        magnitude_ratio=1.0 if numeric and a.value == b.value else None,
    )


def _score_without(pair: PairScore, name: str) -> float:
    kept = [f for f in pair.features if f.name != name]
    total = sum(f.weight for f in kept)
    if total <= 0:
        return 0.0
    return round(sum(f.score * f.weight for f in kept) / total, 6)
