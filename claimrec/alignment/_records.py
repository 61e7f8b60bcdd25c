"""The records an alignment reports: features, pair scores, figures."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import attrs
import numpy as np

from claimrec.errors import InvalidClaimError, UnknownNameError


def _to_score(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float | np.floating):
        raise InvalidClaimError("score", value, "must be a number in [0, 1]")
    number = float(value)
    if not 0.0 <= number <= 1.0:
        raise InvalidClaimError("score", value, "must be in [0, 1]")
    return number


def _to_features(value: Iterable[Feature]) -> tuple[Feature, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class Feature:
    """One feature of a pair's score: its name, score in [0, 1], weight and reason.

    Parameters
    ----------
    name : str
        One of :data:`FEATURES`.
    score : float
        In [0, 1]; 0.5 is neutral (one side does not say).
    weight : float
        Its weight in the pair's weighted mean.
    detail : str
        What matched and how much, in words.

    Examples
    --------
    >>> from claimrec.alignment import Feature
    >>> f = Feature(name="actor", score=1.0, weight=1.0, detail="'GSIM' and 'JNIM': both JNIM")
    >>> f.score, f.detail
    (1.0, "'GSIM' and 'JNIM': both JNIM")
    """

    name: str
    score: float = attrs.field(converter=_to_score)
    weight: float
    detail: str


@attrs.frozen(kw_only=True)
class PairScore:
    """How alike two claims are, feature by feature, and whether they are aligned.

    Parameters
    ----------
    a, b : str
        The claim ids, ``a < b``.
    score : float
        The weighted mean of the feature scores, in [0, 1]; 0 when a hard constraint fails.
    aligned : bool
        Whether the pair passes every hard constraint and scores at least ``threshold``.
    threshold : float
        The threshold it was judged against.
    features : tuple of Feature
        One per name in :data:`FEATURES`, in that order.
    place_relation : str, optional
        How ``a``'s place relates to ``b``'s when both are known places: ``"same"``,
        ``"within"`` (``a`` is finer), ``"contains"`` (``a`` is coarser), ``"unknown"``
        or ``"disjoint"``.
    rejected : str, optional
        The hard constraint the pair fails (``"predicate"``, ``"subject"``, ``"time"``,
        ``"place"``), if any.

    Examples
    --------
    >>> from claimrec.model import Claim
    >>> from claimrec.alignment import compare
    >>> a = Claim(source="FAMa", subject="militants", predicate="killed", value="over 80",
    ...           place="Kayes", when="2025-07-01", id="a")
    >>> b = Claim(source="Outlet", subject="soldiers", predicate="killed", value=30,
    ...           place="Kayes", when="2025-07-01", id="b")
    >>> pair = compare(a, b)
    >>> pair.aligned, pair.rejected, pair.feature("subject").detail
    (False, 'subject', "'militants' (militants) and 'soldiers' (soldiers): exclusive classes")
    """

    a: str
    b: str
    score: float = attrs.field(converter=_to_score)
    aligned: bool
    threshold: float
    features: tuple[Feature, ...] = attrs.field(converter=_to_features)
    place_relation: str | None = None
    rejected: str | None = None

    def __attrs_post_init__(self) -> None:
        if not self.a <= self.b:
            raise InvalidClaimError("a", self.a, f"must not sort after b={self.b!r}")

    def feature(self, name: str) -> Feature:
        """Return the feature called ``name``.

        Raises
        ------
        UnknownNameError
            For a name not in :data:`FEATURES`.

        Examples
        --------
        >>> from claimrec.model import Claim
        >>> from claimrec.alignment import compare
        >>> a = Claim(source="A", subject="attacks", predicate="attacked", when="2025-07-01")
        >>> b = Claim(source="B", subject="attacks", predicate="attacked", when="2025-07-01")
        >>> compare(a, b).feature("time").score
        1.0
        """
        for feature in self.features:
            if feature.name == name:
                return feature
        raise UnknownNameError("feature", name, [f.name for f in self.features])

    def explain(self) -> str:
        """Return the score and every feature's reason, one per line.

        Examples
        --------
        >>> from claimrec.model import Claim
        >>> from claimrec.alignment import compare
        >>> a = Claim(source="A", subject="base", predicate="attacked", place="Kayes",
        ...           when="2025-07-01", id="a")
        >>> b = Claim(source="B", subject="base", predicate="attacked", place="Timbuktu",
        ...           when="2025-07-01", id="b")
        >>> print(compare(a, b).explain().splitlines()[0])
        a ~ b: score 0.00, not aligned: place (threshold 0.6)
        """
        if self.rejected:
            verdict = f"not aligned: {self.rejected}"
        else:
            verdict = "aligned" if self.aligned else "not aligned"
        head = f"{self.a} ~ {self.b}: score {self.score:.2f}, {verdict}"
        lines = [f"{head} (threshold {self.threshold:g})"]
        lines.extend(
            f"  {f.name:<10} {f.score:.2f} x{f.weight:.1f}  {f.detail}" for f in self.features
        )
        return "\n".join(lines)


@attrs.frozen(kw_only=True)
class AlignmentStats:
    """Figures of one :func:`align` run.

    Parameters
    ----------
    claims : int
    candidate_pairs : int
        Pairs that blocking yielded; each was scored.
    pairs_rejected : int
        Candidate pairs failing a hard constraint.
    pairs_aligned : int
        Pairs passing every hard constraint and the threshold.
    blocks : int
        Blocks (predicate family x country x day).
    largest_blocks : tuple of (str, int)
        The largest blocks and their number of claims, largest first.
    seconds : float
        Wall time of the whole run.
    timings : tuple of (str, float)
        Seconds per step: ``prepare``, ``block``, ``score``, ``group``.

    Examples
    --------
    >>> from claimrec.model import Claim
    >>> from claimrec.alignment import align
    >>> claims = [Claim(source=s, subject="militants", predicate="killed", value=80,
    ...                 place="Kayes", when="2025-07-01") for s in ("A", "B", "C")]
    >>> stats = align(claims).stats
    >>> stats.claims, stats.candidate_pairs, stats.pairs_aligned
    (3, 3, 3)
    """

    claims: int
    candidate_pairs: int
    pairs_rejected: int
    pairs_aligned: int
    blocks: int
    largest_blocks: tuple[tuple[str, int], ...]
    seconds: float
    timings: tuple[tuple[str, float], ...] = ()


@attrs.frozen(kw_only=True)
class BlockingEstimate:
    """What blocking would yield, counted before any scoring.

    Parameters
    ----------
    claims : int
    pairs : int
        Candidate pairs blocking yields (exact).
    all_pairs : int
        ``n * (n - 1) / 2``: what an all-pairs comparison would score.
    blocks : int
        Blocks (predicate family x country x day of the event's start).
    largest_blocks : tuple of (str, int)
        The largest blocks as (key, number of claims), largest first. Claims with no
        known country are counted in every country's block of their family.
    unknown_time : int
        Claims with no event time: they pair with every claim of their family and country.
    unknown_place : int
        Claims with no known country: they pair with every country of their family.

    Examples
    --------
    >>> from claimrec.model import Claim
    >>> from claimrec.alignment import estimate_pairs
    >>> places = ("Kayes", "Timbuktu", "Dori")
    >>> claims = [Claim(source=s, subject="militants", predicate="killed", place=p,
    ...                 when="2025-07-01") for s in ("A", "B") for p in places]
    >>> est = estimate_pairs(claims)
    >>> est.pairs, est.all_pairs, est.largest_blocks[0]
    (7, 15, ('casualties|ML|2025-07-01', 4))
    """

    claims: int
    pairs: int
    all_pairs: int
    blocks: int
    largest_blocks: tuple[tuple[str, int], ...]
    unknown_time: int
    unknown_place: int

    def __str__(self) -> str:
        top = ", ".join(f"{key} ({size:,})" for key, size in self.largest_blocks[:3])
        return (
            f"{self.pairs:,} candidate pairs from {self.claims:,} claims "
            f"({self.all_pairs:,} all-pairs) in {self.blocks:,} blocks; largest: {top or '-'}"
        )
