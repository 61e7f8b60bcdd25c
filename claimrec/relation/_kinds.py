"""The kinds of relation and of reason, and the :class:`Relationship` they make."""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any

import attrs

from claimrec._enum import WordEnum
from claimrec.errors import InvalidClaimError
from claimrec.model import Claim

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


@attrs.frozen(kw_only=True, cache_hash=True)  # hashed again and again: sorted, shared
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


#: Each reason kind's place in the order, by the member's identity: a member is one object,
#: and looking it up by ``id`` spares the enum's Python-level ``__hash__`` (a call a reason).
_ORDER_BY_ID = {id(kind): i for kind, i in _REASON_ORDER.items()}


def _sorted_reasons(reasons: Iterable[Reason]) -> tuple[Reason, ...]:
    """Return the distinct reasons in the order of their kinds, then of their details.

    The same tuple as :func:`_sorted_reasons_reference`; one reason (most pairs' lists
    are short) is returned as it is, without a set and a sort.
    """
    items = reasons if isinstance(reasons, list | tuple) else list(reasons)
    if len(items) < 2:
        return tuple(items)
    order = _ORDER_BY_ID
    if len(items) == 2:  # two keys compared: no set, no sort
        x, y = items
        kx, ky = (order[id(x.kind)], x.detail), (order[id(y.kind)], y.detail)
        if kx == ky:  # one reason twice (a reason is its kind and detail): the first kept
            return (x,)
        return (x, y) if kx < ky else (y, x)
    return tuple(sorted(set(items), key=lambda r: (order[id(r.kind)], r.detail)))


def _sorted_reasons_reference(reasons: Iterable[Reason]) -> tuple[Reason, ...]:
    """Return the sorted distinct reasons (the simple path: the oracle of the fast one)."""
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
        lines = [self._head()]
        lines.extend(f"  {reason}" for reason in self.reasons)
        return "\n".join(lines)

    def _head(self) -> str:
        """Return the first line of :meth:`explain` (before the reasons), without writing them."""
        notes = [f"strength {self.strength:.2f}"]
        if self.disputed:
            notes.append("disputed")
        if self.magnitude_ratio is not None and self.magnitude_ratio != 1.0:
            notes.append(f"central values {_ratio_text(self.magnitude_ratio)} apart")
        verb = self.kind.value.replace("_", " ")
        return f"{self.a} {verb} {self.b} ({', '.join(notes)})"

    def _repr_html_(self) -> str:
        import html  # noqa: PLC0415 - only notebooks need it

        items = "".join(f"<li>{html.escape(str(r))}</li>" for r in self.reasons)
        head = html.escape(self.explain().splitlines()[0])
        return f"<div><b>{head}</b><ul>{items}</ul></div>"


def _judged(  # noqa: PLR0917 - private: the judge's own values
    a: str,
    b: str,
    kind: Relation,
    strength: float,
    reasons: tuple[Reason, ...],
    magnitude_ratio: float | None,
    disputed: bool,
) -> Relationship:
    """Return ``Relationship(...)`` of values the judge made of the types it needs.

    The same object without the converters' checks (a claim's id, a :class:`Relation`, a
    strength in [0, 1], a tuple of reasons, a bool): the judge builds one per pair. Only the
    ratio is converted (NaN is None), as ``Relationship`` converts it.
    """
    if magnitude_ratio is not None and (math.isnan(magnitude_ratio) or magnitude_ratio < 1.0):
        magnitude_ratio = _to_ratio(magnitude_ratio)  # None, or the error the class gives
    out: Relationship = object.__new__(Relationship)
    setter = object.__setattr__
    setter(out, "a", a)
    setter(out, "b", b)
    setter(out, "kind", kind)
    setter(out, "strength", strength)
    setter(out, "reasons", reasons)
    setter(out, "magnitude_ratio", magnitude_ratio)
    setter(out, "disputed", disputed)
    return out


def _ratio_text(ratio: float) -> str:
    if math.isinf(ratio):
        return "infinitely"
    return f"{math.floor(ratio * 100) / 100:g}x"
