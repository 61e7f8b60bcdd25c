"""Which claims speak about the same item: :func:`align`.

Two claims can only agree or contradict when they are about one *item*: the same event
(or one containing the other), the same predicate family, the same subject. Reports
never spell things the same way (*Binoli* is Diboli, *GSIM* is JNIM, *Mali's army* is
FAMa), so :func:`align` resolves names through the :mod:`claimrec.vocab` vocabularies,
compares what is left with RapidFuzz, and groups the claims with the reasons attached.

The work runs in four steps, each vectorised:

1. **prepare**: every distinct string is looked up once (predicate, subject class,
   place, actor) and the claims become arrays of codes and times;
2. **block**: candidate pairs come only from claims of one predicate family in one
   country (claims with no known country visit every country of their family) whose
   event times are within ``time_window`` of each other: a sort and a sweep, never an
   all-pairs loop. :func:`estimate_pairs` reports the count before any scoring, and
   ``max_pairs`` stops a run that would take hours (:class:`~claimrec.CandidateBudgetError`);
3. **score**: hard constraints first (a pair failing one is never aligned), then six
   soft features in [0, 1] combined by a weighted mean (:data:`DEFAULT_WEIGHTS`), with
   RapidFuzz ``cdist``/``cpdist`` over the distinct strings involved;
4. **group**: complete linkage inside each connected component of the aligned pairs:
   a claim joins a group only if it is aligned with every member, so one ambiguous
   claim never chains two unrelated ones together.

>>> from claimrec.model import Claim
>>> from claimrec.alignment import align
>>> claims = [
...     Claim(source="FAMa", subject="attacks", predicate="thwarted", place="western Mali",
...           when="2025-07-01 morning", id="army"),
...     Claim(source="JNIM", subject="military installations", predicate="seized control of",
...           value=3, actor="GSIM", place="Diboli", when="2025-07-01", id="jnim"),
...     Claim(source="Outlet", subject="army base", predicate="attacked", place="Timbuktu",
...           when="2025-06-02", id="timbuktu"),
... ]
>>> alignment = align(claims)
>>> alignment
<Alignment claims=3 groups=2 pairs=1>
>>> [g.ids for g in alignment.groups]
[('army', 'jnim'), ('timbuktu',)]
>>> print(alignment.pairs[0].explain())  # doctest: +NORMALIZE_WHITESPACE
army ~ jnim: score 0.64, aligned (threshold 0.6)
  subject    0.00 x1.0  'attacks' (incident) and 'military installations'
                        (military sites): different classes
  predicate  0.50 x1.0  'thwarted' (repelled) and 'seized control of' (captured):
                        same family 'outcome'
  place      0.85 x2.5  'western Mali' contains 'Diboli' (coarser/finer)
  time       1.00 x1.5  2025-07-01 morning within 2025-07-01
  actor      0.50 x1.0  no actor on one side (neutral)
  event      0.50 x1.0  no event label (neutral)
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import hashlib
import html
import re
import sys
import time
import types
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, Final, TypeVar, overload

import attrs
import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz, process
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from claimrec._records import frame
from claimrec._text import normalize
from claimrec.errors import CandidateBudgetError, InvalidClaimError, UnknownNameError
from claimrec.model import Claim
from claimrec.resolution import Resolution, Resolved
from claimrec.resolution._columns import _check_claims, _codes, _Columns
from claimrec.resolution._resolver import _path, _relate_places, _Resolver, _resolver
from claimrec.resolution._words import _place_core
from claimrec.timespan import TimeSpan
from claimrec.vocab import (
    Actor,
    Place,
    PlaceKind,
    PlaceRelation,
    Predicate,
    SubjectClass,
    Vocabulary,
)

__all__ = [
    "DEFAULT_MAX_PAIRS",
    "DEFAULT_THRESHOLD",
    "DEFAULT_TIME_WINDOW",
    "DEFAULT_WEIGHTS",
    "FEATURES",
    "AlignedGroup",
    "Alignment",
    "AlignmentStats",
    "BlockingEstimate",
    "Feature",
    "PairScore",
    "align",
    "compare",
    "estimate_pairs",
]

I32 = npt.NDArray[np.int32]
I64 = npt.NDArray[np.int64]
F64 = npt.NDArray[np.float64]
B = npt.NDArray[np.bool_]

#: The soft features, in the order they are scored and shown.
FEATURES: Final = ("subject", "predicate", "place", "time", "actor", "event")

#: Weight of each feature in the weighted mean; override any of them with ``weights=``.
#: Place and time weigh more: they are what tells one incident from another. With these
#: weights, two claims that agree on everything but name two unrelated places (0.56) or
#: say nothing of place and time (0.63) sit either side of the default threshold.
DEFAULT_WEIGHTS: Final[Mapping[str, float]] = types.MappingProxyType(
    {"subject": 1.0, "predicate": 1.0, "place": 2.5, "time": 1.5, "actor": 1.0, "event": 1.0}
)

#: Pairs scoring at least this (and passing every hard constraint) are aligned.
DEFAULT_THRESHOLD: Final = 0.6

#: Event times further apart than this never align.
DEFAULT_TIME_WINDOW: Final = dt.timedelta(days=1)

#: :func:`align` refuses to score more candidate pairs than this.
DEFAULT_MAX_PAIRS: Final = 100_000_000

# Feature scores for the cases the docs name.
_NEUTRAL = 0.5  # one side does not say: neither for nor against
_NESTED_PLACE = 0.85  # coarser/finer places: "western Mali" and Diboli
_SAME_FAMILY = 0.5  # "repelled" and "captured": one item, maybe contradictory outcomes
_BROADER_SUBJECT = 0.75  # "people" and "soldiers"
_PART_OF_ACTOR = 0.75  # DIRPA speaks for FAMa
_TEXT_MIN = 80.0  # hard: unknown predicates (or counted subjects) this similar, at least
_TEXT_FLOOR = 0.5  # text similarity (0-1) at or below which a text feature scores 0
_DENSE_MAX = 3000  # distinct strings up to which one cdist matrix beats pairwise cpdist
_CHUNK = 1 << 18  # candidate pairs per vectorised batch: large enough, and cache-friendly
_SCORE_BITS = 20  # a score in millionths (at most 10**6) fits in 20 bits
_MEMO_MAX = 1 << 26  # code pairs up to which a feature group keeps a dense memo (2 bytes each)
_DAY_S = 86_400
_PLACE_MATCH = 85.0  # Gazetteer.best's threshold for misspelled names
_LEADING_THE = re.compile(r"^the ")  # as the gazetteer keys names
_PRECISION_POWER = 0.5  # a month-precise time scores (1/30) ** 0.5 = 0.18 of a day-precise one
_WILD = -1

# Families whose claims say who did an act: their subject is the incident itself.
_INCIDENT_FAMILIES = frozenset({"responsibility"})

# Rejection reasons (hard constraints), by code.
_REJECT = ("", "predicate", "subject", "time", "place")
_R_NONE, _R_PREDICATE, _R_SUBJECT, _R_TIME, _R_PLACE = range(5)

# Place relations, by code.
_RELATIONS = ("same", "within", "contains", "disjoint", "unknown")
_P_SAME, _P_WITHIN, _P_CONTAINS, _P_DISJOINT, _P_UNKNOWN = range(5)
_P_NONE = -1

# Places small enough that a misspelling of their name reads as a misspelling.
_POINTS = frozenset({PlaceKind.TOWN, PlaceKind.VILLAGE, PlaceKind.SITE})

# Subject class relations, by code.
_S_SAME, _S_BROADER, _S_NARROWER, _S_EXCLUSIVE, _S_OTHER = range(5)


# --------------------------------------------------------------------------- results


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


# --------------------------------------------------------------------------- options


@attrs.frozen(kw_only=True)
class _Options:
    threshold: float
    window_s: int
    weights: tuple[float, ...]
    workers: int


def _options(
    threshold: float,
    time_window: dt.timedelta | float,
    weights: Mapping[str, float] | None,
    workers: int,
) -> _Options:
    if (
        isinstance(threshold, bool)
        or not isinstance(threshold, int | float)
        or not (0.0 <= threshold <= 1.0)
    ):
        raise InvalidClaimError("threshold", threshold, "must be a number in [0, 1]")
    if isinstance(time_window, dt.timedelta):
        window = time_window.total_seconds()
    elif isinstance(time_window, int | float) and not isinstance(time_window, bool):
        window = float(time_window) * _DAY_S
    else:
        raise InvalidClaimError(
            "time_window", time_window, "must be a timedelta or a number of days"
        )
    if not window >= 0:
        raise InvalidClaimError("time_window", time_window, "must not be negative")
    merged = dict(DEFAULT_WEIGHTS)
    for name, value in (weights or {}).items():
        if name not in merged:
            raise UnknownNameError("feature", name, list(FEATURES))
        if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
            raise InvalidClaimError(f"weights[{name!r}]", value, "must be a number >= 0")
        merged[name] = float(value)
    if sum(merged.values()) <= 0:
        raise InvalidClaimError("weights", weights, "at least one weight must be positive")
    return _Options(
        threshold=float(threshold),
        window_s=int(window),
        weights=tuple(merged[f] for f in FEATURES),
        workers=int(workers),
    )


# --------------------------------------------------------------------------- prepared claims


class _Places:
    """Codes of the resolved places and their ancestors, for vectorised relations."""

    __slots__ = (
        "anc",
        "by_id",
        "cache",
        "depth",
        "is_area",
        "is_point",
        "objects",
        "vocab",
    )

    def __init__(self, vocab: Vocabulary) -> None:
        self.vocab = vocab
        self.by_id: dict[str, int] = {}
        self.objects: list[Place] = []
        self.cache: dict[tuple[int, int], int] = {}
        self.depth = np.zeros(0, dtype=np.int32)
        self.anc = np.zeros((0, 1), dtype=np.int32)
        self.is_area = np.zeros(0, dtype=np.bool_)
        self.is_point = np.ones(1, dtype=np.bool_)  # the last entry stands for "no place"

    def codes(self, places: Sequence[Place | None]) -> I32:
        paths: list[tuple[Place, ...]] = []
        for place in places:
            if place is not None and place.id not in self.by_id:
                path = _path(self.vocab, place)
                for node in path:
                    if node.id not in self.by_id:
                        self.by_id[node.id] = len(self.objects)
                        self.objects.append(node)
                        paths.append(_path(self.vocab, node))
        if paths:
            self._grow(paths)
        return np.array([-1 if p is None else self.by_id[p.id] for p in places], dtype=np.int32)

    def _grow(self, paths: list[tuple[Place, ...]]) -> None:
        depth = max(len(p) for p in paths)
        width = max(depth, self.anc.shape[1])
        anc = np.full((len(self.objects), width), -1, dtype=np.int32)
        old = self.anc.shape[0]
        anc[:old, : self.anc.shape[1]] = self.anc
        depths = np.zeros(len(self.objects), dtype=np.int32)
        depths[:old] = self.depth
        for row, path in enumerate(paths, start=old):
            depths[row] = len(path) - 1
            anc[row, : len(path)] = [self.by_id[p.id] for p in path]
        self.anc, self.depth = anc, depths
        self.is_area = np.array([p.kind is PlaceKind.AREA for p in self.objects], dtype=np.bool_)
        self.is_point = np.array([p.kind in _POINTS for p in self.objects] + [True], np.bool_)

    def relate(self, a: I32, b: I32) -> npt.NDArray[np.int8]:
        """Relation codes of places ``a`` to ``b`` (both resolved), as Gazetteer.relate."""
        out = np.full(len(a), _P_DISJOINT, dtype=np.int8)
        if not len(a):
            return out
        da, db = self.depth[a], self.depth[b]
        anc = self.anc
        within = (db < da) & (anc[a, db] == b)
        contains = (da < db) & (anc[b, np.minimum(da, anc.shape[1] - 1)] == a)
        out[within] = _P_WITHIN
        out[contains] = _P_CONTAINS
        out[a == b] = _P_SAME
        # A place filed under a coarse parent next to a finer container of that parent,
        # and every pair involving an area, take the gazetteer's own reading.
        ka, kb = np.maximum(da - 1, 0), np.maximum(db - 1, 0)
        parent_a_above_b = (da >= 1) & (da - 1 < db) & (anc[b, ka] == anc[a, ka])
        parent_b_above_a = (db >= 1) & (db - 1 < da) & (anc[a, kb] == anc[b, kb])
        hard = (out == _P_DISJOINT) & (
            self.is_area[a] | self.is_area[b] | parent_a_above_b | parent_b_above_a
        )
        if hard.any():
            width = len(self.objects)
            keys, inverse = np.unique(
                a[hard].astype(np.int64) * width + b[hard], return_inverse=True
            )
            codes = np.array(
                [self._relate_one(*divmod(k, width)) for k in keys.tolist()], dtype=np.int8
            )
            out[hard] = codes[inverse.reshape(-1)]
        return out

    def _relate_one(self, a: int, b: int) -> int:
        key = (a, b)
        code = self.cache.get(key)
        if code is None:
            # one question per pair of places: the gazetteer's relate(b, a) is always the
            # converse of relate(a, b) (documented, and tested on every pair of places)
            rel = PlaceRelation(_relate_places(self.vocab, self.objects[a], self.objects[b]))
            code = self.cache[key] = _RELATIONS.index(rel.value)
            self.cache[(b, a)] = _RELATIONS.index(rel.converse().value)
        return code


class _Table:
    """The claims as arrays of codes, each distinct string resolved once."""

    __slots__ = (
        "actor",
        "actor_objs",
        "actor_rel",
        "actor_sim",
        "actor_text",
        "claims",
        "cols",
        "country",
        "country_names",
        "event_sim",
        "event_text",
        "fam",
        "fam_free",
        "fam_hard",
        "fam_names",
        "ids",
        "n",
        "place",
        "place_amb",
        "place_cands",
        "place_sim",
        "place_text",
        "places",
        "pred",
        "pred_names",
        "pred_sim",
        "pred_text",
        "rank",
        "subj",
        "subj_broad",
        "subj_names",
        "subj_rel",
        "subj_sim",
        "subj_text",
        "t_bound",
        "t_end",
        "t_known",
        "t_start",
    )

    def __init__(
        self,
        claims: Sequence[Claim],
        resolver: _Resolver,
        context: Sequence[Claim] = (),
        columns: _Columns | None = None,
    ) -> None:
        n = self.n = len(claims)
        cols = self.cols = _Columns(claims, resolver, context) if columns is None else columns
        self.claims = claims
        self.ids = [c.id for c in claims]
        self.rank = _ranks(self.ids)

        # predicates -> family (blocking), predicate id, text key for unknown predicates
        pred_codes, pred_raw = cols.pred_codes, cols.pred_raw
        preds: list[Predicate | None] = [_record(h, Predicate) for h in cols.pred_found]
        extra = [_record(h, Predicate) for h in cols.pred_override.values()]
        families = sorted({p.family for p in [*preds, *extra] if p is not None})
        self.fam_names = [*families, "?"]
        fam_index = {f: i for i, f in enumerate(families)}
        unknown_fam = len(families)
        self.fam_hard = np.array(
            [f in resolver.hard_families for f in self.fam_names], dtype=np.bool_
        )
        self.fam_free = np.array([f in _INCIDENT_FAMILIES for f in self.fam_names], np.bool_)
        self.pred_names = sorted({p.id for p in [*preds, *extra] if p is not None})
        pid_index = {p: i for i, p in enumerate(self.pred_names)}
        by_raw_fam = np.array(
            [unknown_fam if p is None else fam_index[p.family] for p in preds] or [0],
            dtype=np.int32,
        )
        by_raw_pid = np.array(
            [-1 if p is None else pid_index[p.id] for p in preds] or [0], dtype=np.int32
        )
        self.fam = by_raw_fam[pred_codes]
        self.pred = by_raw_pid[pred_codes]
        if cols.pred_override:  # a verb that says nothing, read from its subject
            for i, override in cols.pred_override.items():
                verb = _record(override, Predicate)
                if verb is None or verb.family not in fam_index:
                    continue
                self.fam[i] = fam_index[verb.family]
                self.pred[i] = pid_index.get(verb.id, -1)
        self.pred_text, pred_keys = _keyed(pred_codes, pred_raw)
        self.pred_sim = _Texts(pred_keys, fuzz.ratio)

        # subjects -> class (or -1) and text key
        subj_codes, subj_raw = cols.subj_codes, cols.subj_raw
        classes = [_record(h, SubjectClass) for h in cols.subj_found]
        more = [_record(h, SubjectClass) for h in cols.subj_override.values()]
        self.subj_names = sorted({c.id for c in [*classes, *more] if c is not None})
        cls_index = {c: i for i, c in enumerate(self.subj_names)}
        by_raw_cls = np.array(
            [-1 if c is None else cls_index[c.id] for c in classes] or [0], dtype=np.int32
        )
        self.subj = by_raw_cls[subj_codes]
        for i, named in cols.subj_override.items():
            cls = _record(named, SubjectClass)
            if cls is not None and cls.id in cls_index:
                self.subj[i] = cls_index[cls.id]
        self.subj_text, subj_keys = _keyed(subj_codes, subj_raw)
        self.subj_sim = _Texts(subj_keys, fuzz.token_sort_ratio)
        self.subj_rel = _subject_relations(resolver, self.subj_names)
        narrower = {c.broader for c in resolver.vocab.subjects if c.broader is not None}
        self.subj_broad = np.array(
            [name in narrower for name in self.subj_names] + [False], dtype=np.bool_
        )

        # places -> resolved place (or -1), ambiguity, country (or -1), text key
        place_codes, place_raw = cols.place_codes, cols.place_raw
        resolved = [_record(h, Place) for h in cols.place_found]
        ambiguous = cols.place_amb
        per_claim = {i: _record(h, Place) for i, h in cols.place_override.items()}
        self.places = _Places(resolver.vocab)
        by_raw_place = self.places.codes(resolved) if resolved else np.zeros(1, np.int32)
        self.place = np.where(place_codes >= 0, by_raw_place[place_codes], -1).astype(np.int32)
        self.place_amb = (
            np.array(ambiguous, dtype=np.bool_)[place_codes] & (place_codes >= 0)
            if ambiguous
            else np.zeros(n, dtype=np.bool_)
        )
        if per_claim:
            idx = np.fromiter(per_claim, dtype=np.int64, count=len(per_claim))
            self.place[idx] = self.places.codes(list(per_claim.values()))
            self.place_amb[idx] &= self.place[idx] < 0
        # The places an ambiguous name may be (CSR by raw name code).
        cand_lists = [
            self.places.codes(resolver.vocab.places.resolve(t)) if amb else np.zeros(0, np.int32)
            for t, amb in zip(place_raw, ambiguous, strict=True)
        ]
        ptr = np.zeros(len(cand_lists) + 1, dtype=np.int64)
        ptr[1:] = np.cumsum([len(c) for c in cand_lists])
        flat = np.concatenate(cand_lists) if cand_lists else np.zeros(0, np.int32)
        self.place_cands = (np.where(self.place_amb, place_codes, -1).astype(np.int32), ptr, flat)
        # Names are compared as given, but a resolved place by its gazetteer name.
        place_text, place_keys = _keyed(place_codes, place_raw, _place_core)
        key_index = {k: i for i, k in enumerate(place_keys)}
        name_code = np.array(
            [key_index.setdefault(normalize(p.name), len(key_index)) for p in self.places.objects]
            + [-1],
            dtype=np.int32,
        )
        # token_set_ratio: "Gaza City hospital" is in "al-Ahli hospital in Gaza City"; a
        # slower scorer, so only the pairs asked for are scored (no dense matrix)
        self.place_sim = _Texts(list(key_index), fuzz.token_set_ratio, dense_max=0)
        self.place_text = np.where(self.place >= 0, name_code[self.place], place_text).astype(
            np.int32
        )
        country_of = [p.country for p in self.places.objects]
        inherited = cols.place_country
        self.country_names = sorted(
            {c for c in country_of if c is not None} | set(inherited.values())
        )
        c_index = {c: i for i, c in enumerate(self.country_names)}
        by_code_country = np.array(
            [-1 if c is None else c_index[c] for c in country_of] + [-1], dtype=np.int32
        )
        self.country = by_code_country[self.place]  # place -1 -> the trailing -1
        for i, code in inherited.items():  # an unknown place in a report of one country
            if self.place[i] < 0:
                self.country[i] = c_index[code]

        # event times, in seconds
        self.t_start, self.t_end, self.t_known = _times([c.when for c in claims])
        # a claim with no event time still speaks of an event before its statement or
        # its report: an event that began later is another one
        self.t_bound = np.array([_bound(c) for c in claims], dtype=np.int64)

        # actors -> resolved actor (or -1) and text key
        actor_codes, actor_raw = cols.actor_codes, cols.actor_raw
        self.actor_objs: list[Actor] = []
        a_index: dict[str, int] = {}

        def code_of(actor: Actor | None) -> int:
            if actor is None:
                return -1
            found = a_index.get(actor.id)
            if found is None:
                found = a_index[actor.id] = len(self.actor_objs)
                self.actor_objs.append(actor)
            return found

        by_raw_actor = np.full(max(len(actor_raw), 1), -1, dtype=np.int32)
        for k, found_actor in enumerate(cols.actor_found):
            by_raw_actor[k] = code_of(_record(found_actor, Actor))
        self.actor = np.where(actor_codes >= 0, by_raw_actor[actor_codes], -1).astype(np.int32)
        country_names = self.country_names
        country = self.country

        def country_at(i: int) -> str | None:
            code = int(country[i])
            return country_names[code] if code >= 0 else None

        for i, scoped in cols.scoped_actors(country_at).items():
            self.actor[i] = code_of(_record(scoped, Actor))
        self.actor_text, actor_keys = _keyed(actor_codes, actor_raw)
        self.actor_sim = _Texts(actor_keys, fuzz.ratio)
        self.actor_rel = _actor_relations(resolver, self.actor_objs)

        # event labels
        event_codes, event_raw = _codes([c.event for c in claims])
        self.event_text, event_keys = _keyed(event_codes, event_raw)
        self.event_sim = _Texts(event_keys, fuzz.token_sort_ratio)


_R = TypeVar("_R")


def _record(hit: Resolved | None, kind: type[_R]) -> _R | None:
    """Return the vocabulary record behind a resolved identity, if it is of ``kind``."""
    if hit is None or not isinstance(hit.record, kind):
        return None
    return hit.record


def _ranks(ids: Sequence[str]) -> I32:
    order = sorted(range(len(ids)), key=ids.__getitem__)
    rank = np.empty(len(ids), dtype=np.int32)
    rank[np.array(order, dtype=np.int64)] = np.arange(len(ids), dtype=np.int32)
    return rank


def _keyed(
    codes: I32, raw: Sequence[str], key: Callable[[str], str] = normalize
) -> tuple[I32, list[str]]:
    """Re-code raw strings by their normalised key (variants of one key share a code)."""
    keys: dict[str, int] = {}
    # a text with no Latin letters keys as itself: two such texts are not one word
    by_raw = np.array([keys.setdefault(key(t) or t, len(keys)) for t in raw] or [0], np.int32)
    return np.where(codes >= 0, by_raw[codes], -1).astype(np.int32), list(keys)


_NO_BOUND = np.iinfo(np.int64).max // 4


def _bound(claim: Claim) -> int:
    """Seconds of the latest moment the claim's event can have begun: its statement or report."""
    ends: list[int] = []
    if claim.stated is not None:
        ends.append(_seconds(claim.stated.end))
    if claim.via is not None:
        for report in claim.via.chain():
            published = report.published or _url_date(report.url)
            if published is not None:
                ends.append((published.toordinal() + 1) * _DAY_S)
    return min(ends) if ends else int(_NO_BOUND)


_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-](\d\d)[/-](\d\d)(?:/|[^\d])")


def _url_date(url: str | None) -> dt.date | None:
    """Return the publication date many news addresses carry (``/2021/06/05/``), if any."""
    if not url:
        return None
    found = _URL_DATE.search(url)
    if found is None:
        return None
    try:
        return dt.date(int(found[1]), int(found[2]), int(found[3]))
    except ValueError:
        return None


def _seconds(moment: dt.datetime) -> int:
    """Seconds since 0001-01-01 of a naive datetime (whole seconds)."""
    return moment.toordinal() * _DAY_S + moment.hour * 3600 + moment.minute * 60 + moment.second


def _times(spans: Sequence[TimeSpan | None]) -> tuple[I64, I64, B]:
    """Start and end seconds of each span (0 when unknown) and whether it is known."""
    n = len(spans)
    known = np.fromiter((s is not None for s in spans), dtype=np.bool_, count=n)
    starts = np.fromiter((0 if s is None else _seconds(s.start) for s in spans), np.int64, n)
    ends = np.fromiter((0 if s is None else _seconds(s.end) for s in spans), np.int64, n)
    return starts, ends, known


def _subject_relations(resolver: _Resolver, names: Sequence[str]) -> npt.NDArray[np.int8]:
    vocab = resolver.vocab.subjects
    k = len(names)
    out = np.full((max(k, 1), max(k, 1)), _S_OTHER, dtype=np.int8)
    objs = [vocab.get(name) for name in names]
    for i, a in enumerate(objs):
        lineage = vocab.lineage(a.id)
        for j, b in enumerate(objs):
            if i == j:
                out[i, j] = _S_SAME
            elif vocab.excludes(a, b):
                out[i, j] = _S_EXCLUSIVE
            elif b.id in lineage:
                out[i, j] = _S_NARROWER  # a is a kind of b
            elif a.id in vocab.lineage(b.id):
                out[i, j] = _S_BROADER
    return out


def _actor_relations(resolver: _Resolver, actors: Sequence[Actor]) -> npt.NDArray[np.int8]:
    """1 where one actor is part of the other (DIRPA and FAMa), else 0."""
    vocab = resolver.vocab.actors
    k = len(actors)
    out = np.zeros((max(k, 1), max(k, 1)), dtype=np.int8)
    chains = []
    for actor in actors:
        chain = {actor.id}
        node = actor
        while node.part_of is not None and node.part_of in vocab and node.part_of not in chain:
            chain.add(node.part_of)
            node = vocab.get(node.part_of)
        chains.append(chain)
    for i, a in enumerate(actors):
        for j, b in enumerate(actors):
            if i != j and (b.id in chains[i] or a.id in chains[j]):
                out[i, j] = 1
    return out


# --------------------------------------------------------------------------- blocking


@attrs.frozen(kw_only=True)
class _Blocks:
    order_claim: I64  # claim of each element, in sweep order
    visitor: B  # element is a copy of a claim with no known country
    counts: I64  # partners of each element (elements after it within reach)
    pairs: int  # exact candidate pairs
    blocks: int
    largest: tuple[tuple[str, int], ...]


def _block(table: _Table, window_s: int, *, top: int = 10) -> _Blocks:
    n = table.n
    n_countries = len(table.country_names)
    cell_of = table.fam.astype(np.int64) * (n_countries + 1) + (table.country + 1)
    cells, cell_idx = np.unique(cell_of, return_inverse=True)
    cell_idx = cell_idx.reshape(-1).astype(np.int64)
    cell_fam = cells // (n_countries + 1)
    cell_wild = (cells % (n_countries + 1)) == 0

    # Claims with no known country visit every concrete cell of their family.
    concrete = np.flatnonzero(~cell_wild)
    conc_fam = cell_fam[concrete]
    wild_claims = np.flatnonzero(table.country < 0)
    fam_of_wild = table.fam[wild_claims]
    lo = np.searchsorted(conc_fam, fam_of_wild, side="left")
    hi = np.searchsorted(conc_fam, fam_of_wild, side="right")
    reps = hi - lo
    vis_claim = np.repeat(wild_claims, reps)
    offsets = np.arange(len(vis_claim)) - np.repeat(np.cumsum(reps) - reps, reps)
    vis_cell = concrete[np.repeat(lo, reps) + offsets]

    elem_claim = np.concatenate([np.arange(n, dtype=np.int64), vis_claim.astype(np.int64)])
    elem_cell = np.concatenate([cell_idx, vis_cell.astype(np.int64)])
    elem_vis = np.concatenate([np.zeros(n, np.bool_), np.ones(len(vis_claim), np.bool_)])

    # Relative times: unknown times span everything, so they meet every claim of the cell.
    known = table.t_known
    if known.any():
        t0 = int(table.t_start[known].min())
        span = int(table.t_end[known].max()) - t0
    else:
        t0, span = 0, 0
    w = window_s
    width = span + 2 * w + 3
    rel_start = np.where(known, table.t_start - t0 + w + 1, 0)
    rel_end = np.where(known, table.t_end - t0 + w + 1, width - w - 1)
    key = elem_cell * width + rel_start[elem_claim]
    order = np.argsort(key, kind="stable")
    sorted_key = key[order]
    reach = elem_cell[order] * width + rel_end[elem_claim[order]] + w
    ends = np.searchsorted(sorted_key, reach, side="right")
    counts = ends - np.arange(len(order)) - 1

    # Visitor-visitor pairs are not candidates in a concrete cell: they meet once, at home.
    total = int(counts.sum())
    sorted_cells = elem_cell[order]
    per_cell = np.bincount(sorted_cells, weights=counts, minlength=len(cells))
    wild_cells = np.flatnonzero(cell_wild)
    n_conc = np.bincount(conc_fam, minlength=len(table.fam_names))
    total -= int(sum(int(n_conc[cell_fam[c]]) * int(per_cell[c]) for c in wild_cells))

    # Blocks for the report: cell x day of the event's start.
    day = np.where(known, table.t_start // _DAY_S, -1)[elem_claim]
    block_key = elem_cell * (int(day.max(initial=0)) + 2) + (day + 1)
    keys, sizes = np.unique(block_key, return_counts=True)
    biggest = np.argsort(-sizes, kind="stable")[:top]
    largest = []
    for k in biggest.tolist():
        cell, d = divmod(int(keys[k]), int(day.max(initial=0)) + 2)
        fam = table.fam_names[int(cell_fam[cell])]
        c = int(cells[cell] % (n_countries + 1)) - 1
        country = table.country_names[c] if c >= 0 else "*"
        when = "any time" if d == 0 else dt.date.fromordinal(d - 1).isoformat()
        largest.append((f"{fam}|{country}|{when}", int(sizes[k])))
    return _Blocks(
        order_claim=elem_claim[order],
        visitor=elem_vis[order],
        counts=counts.astype(np.int64),
        pairs=total,
        blocks=len(keys),
        largest=tuple(largest),
    )


# --------------------------------------------------------------------------- scoring


@attrs.frozen(kw_only=True)
class _Scored:
    a: I64
    b: I64
    score: F64
    features: F64  # (len(FEATURES), n); empty unless scored with full=True
    reject: npt.NDArray[np.int8]
    relation: npt.NDArray[np.int8]


class _Texts:
    """One field's distinct normalised strings and their pairwise similarity.

    Up to ``_DENSE_MAX`` strings, one ``process.cdist`` matrix holds every similarity
    (built once, on first use); beyond, the distinct pairs asked for are scored with
    ``process.cpdist``.
    """

    __slots__ = ("_array", "_matrix", "dense_max", "keys", "scorer")

    def __init__(
        self, keys: Sequence[str], scorer: Callable[..., float], dense_max: int = _DENSE_MAX
    ) -> None:
        self.keys = keys
        self.scorer = scorer
        self.dense_max = dense_max
        self._matrix: npt.NDArray[np.uint8] | None = None
        self._array: npt.NDArray[np.object_] | None = None

    def similarity(self, ca: I32, cb: I32, workers: int) -> F64:
        """Similarity in [0, 1] of the strings coded ``ca`` and ``cb`` (codes >= 0)."""
        if not len(ca):
            return np.zeros(0, dtype=np.float64)
        n = len(self.keys)
        # each pair read one way (the smaller code first): symmetric by construction
        lo, hi = np.minimum(ca, cb).astype(np.int64), np.maximum(ca, cb).astype(np.int64)
        if n <= self.dense_max:
            if self._matrix is None:
                self._matrix = process.cdist(
                    self.keys,
                    self.keys,
                    scorer=self.scorer,
                    processor=None,
                    dtype=np.uint8,
                    workers=workers,
                )
            return self._matrix[lo, hi] / 100.0
        if self._array is None:
            self._array = np.array(self.keys, dtype=object)
        pair_keys, inverse = np.unique(lo * n + hi, return_inverse=True)
        scores = process.cpdist(
            self._array[pair_keys // n],
            self._array[pair_keys % n],
            scorer=self.scorer,
            processor=None,
            dtype=np.uint8,
            workers=workers,
        )
        out: F64 = scores[inverse.reshape(-1)] / 100.0
        return out

    def one(self, i: int, j: int) -> float:
        """Similarity of two codes, in [0, 1] (read one way, as :meth:`similarity`)."""
        first, second = self.keys[min(i, j)], self.keys[max(i, j)]
        return float(self.scorer(first, second, processor=None)) / 100


def _rescale(similarity: F64) -> F64:
    """Map a text similarity to a feature score: 0 up to the floor, then linear to 1."""
    out: F64 = np.clip((similarity - _TEXT_FLOOR) / (1 - _TEXT_FLOOR), 0.0, 1.0)
    return out


def _ambiguous_relations(table: _Table, a: I64, b: I64) -> npt.NDArray[np.int8]:
    """Relation of places where one name is ambiguous: disjoint when every reading is."""
    key, ptr, flat = table.place_cands
    ka, kb = key[a], key[b]
    na = np.where(ka >= 0, ptr[ka + 1] - ptr[ka], 1)
    nb = np.where(kb >= 0, ptr[kb + 1] - ptr[kb], 1)
    rows = na * nb
    pair = np.repeat(np.arange(len(a)), rows)
    offset = np.arange(int(rows.sum())) - np.repeat(np.cumsum(rows) - rows, rows)
    ia, ib = offset // nb[pair], offset % nb[pair]
    code_a = table.place[a][pair]
    code_b = table.place[b][pair]
    amb_a, amb_b = ka[pair] >= 0, kb[pair] >= 0
    code_a[amb_a] = flat[ptr[ka[pair][amb_a]] + ia[amb_a]]
    code_b[amb_b] = flat[ptr[kb[pair][amb_b]] + ib[amb_b]]
    fits = table.places.relate(code_a, code_b) != _P_DISJOINT
    possible = np.bincount(pair, weights=fits, minlength=len(a)) > 0
    return np.where(possible, _P_UNKNOWN, _P_DISJOINT).astype(np.int8)


def _score(table: _Table, a: I64, b: I64, opts: _Options, *, full: bool = True) -> _Scored:
    """Score the pairs (a[k], b[k]) with every hard constraint and soft feature.

    The reference scorer, pair by pair in numpy: :func:`compare`, the explanations and
    the graph read it; :func:`align` scores its candidate pairs with
    :func:`_score_blocks`, which computes the same features (each distinct combination
    of facets once, through the very helpers below) and must give the same scores, bit
    for bit (``tests/test_alignment_oracle.py``). The features are returned with
    ``full=True``; the rejection code is the first constraint failed, in the order
    predicate, subject, time, place, then the text checks (subject, predicate).
    """
    # Orient every pair so that a has the smaller id: results never depend on input order.
    swap = table.rank[a] > table.rank[b]
    a, b = np.where(swap, b, a), np.where(swap, a, b)
    m = len(a)
    workers = opts.workers
    subj, pred, pred_hard, subj_hard, subj_late, pred_late = _what(table, a, b, workers)
    time_feat, time_hard, gap = _when(table, a, b, opts.window_s)
    relation = _place_relation(table, a, b)
    feats = np.stack(
        [
            subj,
            pred,
            _place_feature(table, a, b, relation, workers),
            time_feat,
            _actor_feature(table, a, b, workers),
            _event_feature(table, a, b, workers),
        ]
    )
    del gap
    reject = np.zeros(m, dtype=np.int8)
    for mask, code in (
        (pred_hard, _R_PREDICATE),
        (subj_hard, _R_SUBJECT),
        (time_hard, _R_TIME),
        (relation == _P_DISJOINT, _R_PLACE),
        (subj_late, _R_SUBJECT),
        (pred_late, _R_PREDICATE),
    ):
        reject[mask & (reject == _R_NONE)] = code
    weights = np.array(opts.weights, dtype=np.float64)
    score = np.round(_weighted(weights, feats) / weights.sum(), 6)
    score[reject != _R_NONE] = 0.0
    if not full:
        feats = np.zeros((len(FEATURES), 0), dtype=np.float64)
    return _Scored(a=a, b=b, score=score, features=feats, reject=reject, relation=relation)


def _weighted(weights: F64, feats: F64) -> F64:
    """Return the weighted sum of the features, added one by one in :data:`FEATURES` order.

    One fixed order: the bulk scorer adds the same products in the same order, so the
    sums are equal bit for bit.
    """
    total: F64 = weights[0] * feats[0]
    for k in range(1, len(weights)):
        total = total + weights[k] * feats[k]
    return total


def _what(table: _Table, a: I64, b: I64, workers: int = 1) -> tuple[F64, F64, B, B, B, B]:
    """Subject and predicate features of the pairs, and the rejections they cause.

    Returns the subject and predicate scores and four masks: predicates of different
    families, exclusive (or, for counted subjects, other) subject classes, counted
    subjects whose texts are not close, unknown predicates whose texts are not close.
    Reads only the pair's family, predicate, subject class and their texts.
    """
    m = len(a)
    fa, fb = table.fam[a], table.fam[b]
    sa, sb = table.subj[a], table.subj[b]
    both_cls = (sa >= 0) & (sb >= 0)
    rel = np.full(m, _S_OTHER, dtype=np.int8)
    rel[both_cls] = table.subj_rel[sa[both_cls], sb[both_cls]]
    hard = table.fam_hard[fa] & (fa == fb)
    pred_hard = fa != fb
    # subject: exclusive classes never align; counted subjects (casualties...) must match
    subj_hard = both_cls & ((rel == _S_EXCLUSIVE) | ((rel == _S_OTHER) & hard))
    subj_late = np.zeros(m, dtype=np.bool_)
    pred_late = np.zeros(m, dtype=np.bool_)

    # subject: 1 same class, 0.75 broader/narrower, 0 other; text when a class is unknown
    subj = np.zeros(m, dtype=np.float64)
    subj[both_cls & (rel == _S_SAME)] = 1.0
    subj[both_cls & ((rel == _S_BROADER) | (rel == _S_NARROWER))] = _BROADER_SUBJECT
    free = table.fam_free[fa] & (fa == fb)
    textual = ~both_cls
    if textual.any():
        sim = table.subj_sim.similarity(
            table.subj_text[a[textual]], table.subj_text[b[textual]], workers
        )
        subj[textual] = _rescale(sim)
        low = np.zeros(m, dtype=np.bool_)
        low[textual] = sim * 100 < _TEXT_MIN
        # an unknown subject may be a kind of a broad class ("Palestinians", "people")
        broad = ((sa >= 0) & table.subj_broad[sa]) | ((sb >= 0) & table.subj_broad[sb])
        subj[textual & broad & low] = _NEUTRAL
        subj_late = low & hard & ~broad
    # who did it: the subject is the incident, named many ways ("the blast", "the hospital")
    subj[free & ~(both_cls & (rel == _S_EXCLUSIVE))] = 1.0

    # predicate: 1 same, 0.5 same family; unknown predicates align only by close text
    pred = np.where(fa != fb, 0.0, np.where(table.pred[a] == table.pred[b], 1.0, _SAME_FAMILY))
    unknown_fam = len(table.fam_names) - 1
    both_unknown = (fa == unknown_fam) & (fb == unknown_fam)
    if both_unknown.any():
        sim = table.pred_sim.similarity(
            table.pred_text[a[both_unknown]], table.pred_text[b[both_unknown]], workers
        )
        pred[both_unknown] = _rescale(sim)
        pred_late[both_unknown] = sim * 100 < _TEXT_MIN
    return subj, pred, pred_hard, subj_hard, subj_late, pred_late


def _precision(length: I64) -> F64:
    """How precise a span of ``length`` seconds is: ``min(1, 1 day / length) ** 0.5``.

    Of a pair, the least precise span counts: ``min`` of the two (the function falls as
    the span grows, so this is the precision of the longer span, exactly).
    """
    out: F64 = np.minimum(1.0, _DAY_S / np.maximum(length, 1)) ** _PRECISION_POWER
    return out


def _time_score(gap: I64, overlap: I64, shorter: I64, precision: F64, window_s: int) -> F64:
    """Time feature of pairs whose times are both known.

    Overlapping spans score ``0.5 + 0.5 * share of the shorter inside the other``, spans
    apart ``0.5 * (1 - gap / window)``, both times the precision of the longer span.
    """
    if window_s > 0:
        near = _NEUTRAL * np.clip(1.0 - gap / window_s, 0.0, 1.0)
    else:
        near = np.full(len(gap), _NEUTRAL)
    inside = _NEUTRAL + (1 - _NEUTRAL) * np.clip(overlap / shorter, 0.0, 1.0)
    out: F64 = np.where(overlap > 0, inside, near) * precision
    return out


def _when(table: _Table, a: I64, b: I64, window_s: int) -> tuple[F64, B, I64]:
    """Time feature of the pairs, the time rejections, and the gap between the spans."""
    known_a, known_b = table.t_known[a], table.t_known[b]
    known = known_a & known_b
    s1, e1, s2, e2 = table.t_start[a], table.t_end[a], table.t_start[b], table.t_end[b]
    gap = np.maximum(np.maximum(s2 - e1, s1 - e2), 0)
    # event times further apart than the window never align; nor an event that began
    # after the other claim's statement or report
    late_b = ~known_a & known_b & (s2 > table.t_bound[a] + window_s)
    late_a = ~known_b & known_a & (s1 > table.t_bound[b] + window_s)
    hard = (known & (gap > window_s)) | late_a | late_b
    overlap = np.minimum(e1, e2) - np.maximum(s1, s2)
    shorter = np.minimum(np.maximum(e1 - s1, 1), np.maximum(e2 - s2, 1))
    precision = np.minimum(_precision(e1 - s1), _precision(e2 - s2))
    score = np.where(known, _time_score(gap, overlap, shorter, precision, window_s), _NEUTRAL)
    return score, hard, gap


def _place_relation(table: _Table, a: I64, b: I64) -> npt.NDArray[np.int8]:
    """How the pairs' places relate (``_P_*`` codes; ``_P_NONE`` when a side has none).

    Places the gazetteer says are disjoint never align; an ambiguous name is disjoint
    only when every place it may name is.
    """
    qa, qb = table.place[a], table.place[b]
    relation = np.full(len(a), _P_NONE, dtype=np.int8)
    todo = (qa >= 0) & (qb >= 0)
    relation[todo] = table.places.relate(qa[todo], qb[todo])
    amb_a, amb_b = table.place_amb[a], table.place_amb[b]
    todo = (amb_a | amb_b) & ((qa >= 0) | amb_a) & ((qb >= 0) | amb_b)
    if todo.any():
        relation[todo] = _ambiguous_relations(table, a[todo], b[todo])
    return relation


def _place_feature(
    table: _Table, a: I64, b: I64, relation: npt.NDArray[np.int8], workers: int = 1
) -> F64:
    """Place feature: 1 same, 0.85 nested, 0.5 unknown.

    Names outside the gazetteer are compared with each other or with a known town (a
    misspelling); a region or an area may contain them: neutral.
    """
    place = np.full(len(a), _NEUTRAL, dtype=np.float64)
    place[relation == _P_SAME] = 1.0
    place[(relation == _P_WITHIN) | (relation == _P_CONTAINS)] = _NESTED_PLACE
    place[relation == _P_DISJOINT] = 0.0
    qa, qb = table.place[a], table.place[b]
    ta, tb = table.place_text[a], table.place_text[b]
    points = table.places.is_point
    textual = (
        ((qa < 0) | (qb < 0))
        & (ta >= 0)
        & (tb >= 0)
        & ~table.place_amb[a]
        & ~table.place_amb[b]
        & points[qa]
        & points[qb]
    )
    if textual.any():
        place[textual] = _rescale(table.place_sim.similarity(ta[textual], tb[textual], workers))
    return place


def _actor_feature(table: _Table, a: I64, b: I64, workers: int = 1) -> F64:
    """Actor feature: same actor 1, part of 0.75, other 0.5; unresolved names by text."""
    xa, xb = table.actor[a], table.actor[b]
    both_actor = (xa >= 0) & (xb >= 0)
    actor = np.full(len(a), _NEUTRAL, dtype=np.float64)
    # different perpetrators: a dispute to relate, not a reason to keep claims apart
    if both_actor.any():
        part = np.zeros(len(a), dtype=np.bool_)
        part[both_actor] = table.actor_rel[xa[both_actor], xb[both_actor]] > 0
        actor[part] = _PART_OF_ACTOR
    actor[both_actor & (xa == xb)] = 1.0
    ya, yb = table.actor_text[a], table.actor_text[b]
    textual = (xa < 0) & (xb < 0) & (ya >= 0) & (yb >= 0)
    if textual.any():
        actor[textual] = _rescale(table.actor_sim.similarity(ya[textual], yb[textual], workers))
    return actor


def _event_feature(table: _Table, a: I64, b: I64, workers: int = 1) -> F64:
    """Event label feature: text similarity when both carry one, else neutral."""
    va, vb = table.event_text[a], table.event_text[b]
    event = np.full(len(a), _NEUTRAL, dtype=np.float64)
    textual = (va >= 0) & (vb >= 0)
    if textual.any():
        event[textual] = _rescale(table.event_sim.similarity(va[textual], vb[textual], workers))
    return event


# --------------------------------------------------------------------------- bulk scoring


class _Asymmetric(Exception):  # noqa: N818 - a signal, caught in _score_blocks
    """A feature scored a pair differently in the two orientations: orient every pair."""


class _PairValues:
    """One group of features, judged once per distinct pair of facet codes.

    Claims are coded by the facets the group reads (the subject and predicate group
    reads family, predicate, subject class and their texts: a few hundred codes for a
    million claims). ``judge`` scores pairs of claims with the reference helpers;
    here it is called on one representative claim per code, once per distinct code
    pair, and the value is spread over every candidate pair with those codes. The
    value is the group's weighted contribution to the score, ``-inf`` when the pair is
    rejected.

    Up to ``_MEMO_MAX`` code pairs, a dense memo (``uint16`` indices into the distinct
    values, 0 for "not judged yet") keeps every judged pair for the whole run; beyond,
    each batch judges its distinct code pairs (``np.unique``).

    Pairs come in either orientation. A ``symmetric`` judge (so by construction) is
    called one way per pair; any other is called both ways, and a value that differs
    raises :class:`_Asymmetric` (the caller then orients every pair by claim id, as
    the reference does, and says ``oriented``).
    """

    __slots__ = (
        "_index",
        "_memo",
        "_null",
        "_null_value",
        "_values",
        "judge",
        "k",
        "oriented",
        "reps",
        "symmetric",
    )

    def __init__(
        self,
        reps: I64,
        judge: Callable[[I64, I64], F64],
        *,
        oriented: bool,
        symmetric: bool,
        null: int = -1,
    ) -> None:
        self.reps = reps
        self.judge = judge
        self.k = k = len(reps)
        self.oriented = oriented
        self.symmetric = symmetric
        self._memo = np.zeros(k * k, dtype=np.uint16) if k * k <= _MEMO_MAX else None
        self._values = np.full(1, np.nan)
        self._index: dict[float, int] = {}
        self._null, self._null_value = -1, 0.0
        if self._memo is None and null >= 0:
            # pairs with a side that says nothing: one value whatever the other side
            # (checked here, for every code, both ways), so only the others are judged
            every = np.arange(k, dtype=np.int64)
            nothing = np.full(k, null, dtype=np.int64)
            values = np.concatenate([self._judged(nothing, every), self._judged(every, nothing)])
            if (values == values[0]).all():
                self._null, self._null_value = null, float(values[0])

    def __call__(self, ka: I32, kb: I32) -> F64:
        """Return the values of the code pairs ``(ka[i], kb[i])``."""
        memo = self._memo
        if memo is not None:
            key = ka.astype(np.int64)
            key *= self.k
            key += kb
            codes: npt.NDArray[np.uint16] | None = memo[key]
            if codes is not None and not codes.all():
                codes = self._fill(key, memo)
            if codes is not None:
                out: F64 = self._values[codes]
                return out
        return self._batch(ka, kb)

    def _fill(self, key: I64, memo: npt.NDArray[np.uint16]) -> npt.NDArray[np.uint16] | None:
        codes = memo[key]
        miss = codes == 0
        if not miss.any():
            return codes
        keys = np.unique(key[miss])
        first, second = keys // self.k, keys % self.k
        values = self._judged(first, second)
        found = np.unique(values)
        index = np.array([self._index.setdefault(float(v), len(self._index) + 1) for v in found])
        if len(self._index) >= np.iinfo(np.uint16).max:  # too many distinct values: no memo
            self._memo = None
            return None
        if len(self._index) >= len(self._values):
            grown = np.full(len(self._index) + 1, np.nan)
            for value, at in self._index.items():
                grown[at] = value
            self._values = grown
        found_codes = index[np.searchsorted(found, values)].astype(np.uint16)
        memo[keys] = found_codes
        if not self.oriented:  # the same value both ways (judged so, or checked)
            memo[second * self.k + first] = found_codes
        return memo[key]

    def _judged(self, first: I64, second: I64) -> F64:
        values = self.judge(self.reps[first], self.reps[second])
        if not (self.oriented or self.symmetric) and not np.array_equal(
            values, self.judge(self.reps[second], self.reps[first])
        ):
            raise _Asymmetric
        return values

    def _batch(self, ka: I32, kb: I32) -> F64:
        if self._null >= 0:
            out = np.full(len(ka), self._null_value)
            rows = np.flatnonzero((ka != self._null) & (kb != self._null))
            ka, kb = ka[rows], kb[rows]
        else:
            out, rows = np.empty(len(ka)), None
        if self.symmetric and not self.oriented:  # one way: the smaller code first
            ka, kb = np.minimum(ka, kb), np.maximum(ka, kb)
        keys, inverse = np.unique(ka.astype(np.int64) * self.k + kb, return_inverse=True)
        values = self._judged(keys // self.k, keys % self.k)[inverse.reshape(-1)]
        if rows is None:
            out[:] = values
        else:
            out[rows] = values
        return out


def _symmetric_subjects(table: _Table) -> bool:
    """Return whether the subject classes score alike both ways.

    True when the vocabulary's exclusions are mutual: then the subject and predicate
    group is symmetric by construction.
    """
    scored = np.array([0, 1, 1, 2, 3], dtype=np.int8)[table.subj_rel]  # same/nested/excl/other
    return bool((scored == scored.T).all())


def _combo(*columns: I32) -> tuple[I32, I64]:
    """Code each claim by the combination of its values in ``columns``.

    Returns the codes (0.., in the order of the combinations: the first column varies
    slowest) and one representative claim per code (its first claim).
    """
    n = len(columns[0])
    key = np.zeros(n, dtype=np.int64)
    span = 1
    for column in columns:
        shifted = column.astype(np.int64) + 1  # -1 (none) -> 0
        radix = int(shifted.max(initial=0)) + 1
        if span >= (1 << 62) // radix:  # keep the key in 64 bits
            key = np.unique(key, return_inverse=True)[1].reshape(-1).astype(np.int64)
            span = int(key.max(initial=0)) + 1
        key = key * radix + shifted
        span *= radix
    if span <= 4 * n + 1024:  # few possible keys: a look-up table, no sort
        seen = np.zeros(span, dtype=np.bool_)
        seen[key] = True
        code_of = np.cumsum(seen) - 1
        codes = code_of[key]
        reps = np.full(int(code_of[-1]) + 1, n, dtype=np.int64)
        np.minimum.at(reps, codes, np.arange(n, dtype=np.int64))
        return codes.astype(np.int32), reps
    _, first, inverse = np.unique(key, return_index=True, return_inverse=True)
    return inverse.reshape(-1).astype(np.int32), first.astype(np.int64)


class _Facets:
    """What the bulk scorer reads, per element of the blocking sweep (claims and visits).

    Facet codes of each feature group, times, precisions, and the groups' values
    (:class:`_PairValues`), laid out in sweep order so that a pair's two elements are
    close in memory.
    """

    __slots__ = (
        "actor",
        "actor_code",
        "bound",
        "claim",
        "end",
        "event",
        "event_code",
        "has_bound",
        "has_unknown",
        "known",
        "length",
        "n",
        "oriented",
        "place",
        "place_code",
        "precision",
        "rank",
        "start",
        "threshold",
        "total",
        "w_time",
        "what",
        "what_code",
        "window_s",
    )

    def __init__(self, table: _Table, blocks: _Blocks, opts: _Options, *, oriented: bool) -> None:
        weights = np.array(opts.weights, dtype=np.float64)
        workers = opts.workers
        claim = self.claim = blocks.order_claim
        self.oriented = oriented
        self.rank = table.rank[claim].astype(np.int64)
        self.n = table.n

        def judge_what(a: I64, b: I64) -> F64:
            subj, pred, *rejects = _what(table, a, b, workers)
            out: F64 = weights[0] * subj + weights[1] * pred
            out[np.logical_or.reduce(rejects)] = -np.inf
            return out

        def judge_place(a: I64, b: I64) -> F64:
            relation = _place_relation(table, a, b)
            out: F64 = weights[2] * _place_feature(table, a, b, relation, workers)
            out[relation == _P_DISJOINT] = -np.inf
            return out

        def judge_actor(a: I64, b: I64) -> F64:
            out: F64 = weights[4] * _actor_feature(table, a, b, workers)
            return out

        def judge_event(a: I64, b: I64) -> F64:
            out: F64 = weights[5] * _event_feature(table, a, b, workers)
            return out

        codes, reps = _combo(table.fam, table.pred, table.pred_text, table.subj, table.subj_text)
        self.what_code = codes[claim]
        self.what = _PairValues(
            reps, judge_what, oriented=oriented, symmetric=_symmetric_subjects(table)
        )
        # the country first: the codes of one country's places are neighbours in the memo
        codes, reps = _combo(table.country, table.place, table.place_text, table.place_cands[0])
        self.place_code = codes[claim]
        # symmetric: text similarities are read one way, relate(b, a) is the converse
        self.place = _PairValues(reps, judge_place, oriented=oriented, symmetric=True)
        codes, reps = _combo(table.actor, table.actor_text)
        self.actor_code = codes[claim]
        self.actor = _PairValues(reps, judge_actor, oriented=oriented, symmetric=True)
        codes, reps = _combo(table.event_text)
        none = np.flatnonzero(table.event_text < 0)
        self.event_code = codes[claim]
        self.event = _PairValues(
            reps,
            judge_event,
            oriented=oriented,
            symmetric=True,
            null=int(codes[none[0]]) if len(none) else -1,
        )

        self.start, self.end = table.t_start[claim], table.t_end[claim]
        lengths = table.t_end - table.t_start
        self.length = np.maximum(lengths, 1)[claim]
        self.precision = _precision(lengths)[claim]
        self.has_unknown = not bool(table.t_known.all())
        self.known = table.t_known[claim]
        self.has_bound = bool((table.t_bound < _NO_BOUND).any())
        self.bound = table.t_bound[claim]
        self.window_s = opts.window_s
        self.w_time = weights[3]
        self.total = weights.sum()
        self.threshold = opts.threshold

    def score(self, pos: I64, partner: I64) -> tuple[I64, F64, int]:
        """Score the pairs of elements ``(pos[i], partner[i])``.

        Returns the aligned pairs, as ``rank of the smaller id * n + rank of the other``,
        their scores, and the number of pairs a hard constraint rejected.
        """
        if self.oriented:  # the smaller id first, as the reference orients
            swap = self.rank[pos] > self.rank[partner]
            pos, partner = np.where(swap, partner, pos), np.where(swap, pos, partner)
        m = len(pos)
        # subject and predicate, then place: most rejected pairs stop here
        total = self.what(self.what_code[pos], self.what_code[partner])
        total += self.place(self.place_code[pos], self.place_code[partner])
        alive = np.flatnonzero(total != -np.inf)
        rejected = m - len(alive)
        if len(alive) < m:
            pos, partner, total = pos[alive], partner[alive], total[alive]
        # time: the reference's formulas, over the sweep's arrays
        sa, sb, ea, eb = self.start[pos], self.start[partner], self.end[pos], self.end[partner]
        gap = np.maximum(np.maximum(sb - ea, sa - eb), 0)
        overlap = np.minimum(ea, eb)
        overlap -= np.maximum(sa, sb)
        shorter = np.minimum(self.length[pos], self.length[partner])
        precision = np.minimum(self.precision[pos], self.precision[partner])
        feature = _time_score(gap, overlap, shorter, precision, self.window_s)
        w = self.window_s
        if self.has_unknown:
            ka, kb = self.known[pos], self.known[partner]
            known = ka & kb
            feature = np.where(known, feature, _NEUTRAL)
            hard = known & (gap > w)
            if self.has_bound:
                hard |= ~ka & kb & (sb > self.bound[pos] + w)
                hard |= ~kb & ka & (sa > self.bound[partner] + w)
        else:
            hard = gap > w
        feature *= self.w_time
        feature[hard] = -np.inf
        total += feature
        total += self.actor(self.actor_code[pos], self.actor_code[partner])
        total += self.event(self.event_code[pos], self.event_code[partner])
        total /= self.total
        score = np.round(total, 6, out=total)
        rejected += int(np.count_nonzero(score == -np.inf))
        ok = np.flatnonzero(score >= self.threshold)
        first, second = self.rank[pos[ok]], self.rank[partner[ok]]
        key = np.minimum(first, second)
        key *= self.n
        key += np.maximum(first, second)
        return key, score[ok], rejected


def _pair_streams(blocks: _Blocks) -> list[tuple[I64, I64, I64, I64 | None]]:
    """Return the candidate pairs as streams of (elements, first partners, counts, map).

    A claim's own element pairs with every element after it within reach; a visit (a
    claim with no known country, in another country's cell) pairs only with the claims
    at home there: visits meet each other once, in their own cell.
    """
    visitor = blocks.visitor
    n = len(visitor)
    ends = np.arange(1, n + 1, dtype=np.int64) + blocks.counts  # past the last partner
    home = np.flatnonzero(~visitor)
    homes_before = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(~visitor, out=homes_before[1:])
    visits = np.flatnonzero(visitor)
    first = homes_before[visits + 1]
    return [
        (home, home + 1, blocks.counts[home], None),
        (visits, first, homes_before[ends[visits]] - first, home),
    ]


def _pair_chunks(blocks: _Blocks, chunk: int) -> Iterator[tuple[I64, I64]]:
    """Yield the candidate pairs as (element, element) arrays, about ``chunk`` at a time."""
    for src, first, count, via in _pair_streams(blocks):
        if not len(src):
            continue
        cum = np.cumsum(count)
        cuts = np.searchsorted(cum, np.arange(chunk, int(cum[-1]), chunk), side="left") + 1
        bounds = np.unique(np.concatenate([[0], cuts, [len(src)]]))
        for r0, r1 in zip(bounds[:-1].tolist(), bounds[1:].tolist(), strict=True):
            c = count[r0:r1]
            m = int(c.sum())
            if not m:
                continue
            pos = np.repeat(src[r0:r1], c)
            partner = np.arange(m, dtype=np.int64)
            partner += np.repeat(first[r0:r1] - (np.cumsum(c) - c), c)
            yield pos, (partner if via is None else via[partner])


def _score_blocks(
    table: _Table, blocks: _Blocks, opts: _Options, progress: bool = False
) -> tuple[I64, I64, F64, int]:
    """Score every candidate pair.

    Returns the aligned pairs (claim indices, sorted by ids), their scores and the
    number of pairs a hard constraint rejected.

    The same scores as :func:`_score`, bit for bit: each feature group is judged by
    the same helpers, once per distinct pair of facet codes (:class:`_PairValues`), and
    the features are added in the same order. Pairs are taken in either orientation
    (every feature is symmetric); a group found asymmetric makes it start again with
    every pair oriented by id, as the reference does.
    """
    try:
        return _score_all(table, blocks, opts, progress, oriented=False)
    except _Asymmetric:
        return _score_all(table, blocks, opts, progress, oriented=True)


def _score_all(
    table: _Table, blocks: _Blocks, opts: _Options, progress: bool, *, oriented: bool
) -> tuple[I64, I64, F64, int]:
    facets = _Facets(table, blocks, opts, oriented=oriented)
    n = table.n
    # A kept pair is one int64: its ids' ranks, and its score in millionths when the
    # ranks leave room (a score is rint(x * 1e6) / 1e6: the millionths give it back
    # exactly); one sort of these keys orders the pairs by ids.
    packed = n * n < 1 << (63 - _SCORE_BITS)

    def work(chunk: tuple[I64, I64]) -> tuple[I64, F64, int, int]:
        pos, partner = chunk
        key, score, rejected = facets.score(pos, partner)
        if packed:
            key <<= _SCORE_BITS
            key |= np.rint(score * 1e6).astype(np.int64)
        return key, score, rejected, len(pos)

    keys: list[I64] = []
    scores: list[F64] = []
    rejected = done = 0
    for key, score, r, m in map(work, _pair_chunks(blocks, _CHUNK)):
        keys.append(key)
        if not packed:
            scores.append(score)
        rejected += r
        done += m
        _progress(progress, f"scored {done:,} / {blocks.pairs:,} pairs")
    key = np.concatenate(keys) if keys else np.zeros(0, np.int64)
    if packed:
        key.sort()
        score = (key & ((1 << _SCORE_BITS) - 1)) / 1e6
        key >>= _SCORE_BITS
    else:
        order = np.argsort(key)
        key, score = key[order], np.concatenate(scores)[order]
    by_rank = np.empty(n, dtype=np.int64)
    by_rank[table.rank] = np.arange(n, dtype=np.int64)
    first, second = np.divmod(key, n) if n else (key, key)
    return by_rank[first], by_rank[second], score, rejected


# --------------------------------------------------------------------------- explanations


def _quote(text: str | None) -> str:
    return repr(text) if text is not None else "-"


def _details(table: _Table, i: int, j: int, scored: _Scored, k: int) -> tuple[str, ...]:
    """Words for each feature of the pair (i, j), scored at row k."""
    ca, cb = table.claims[i], table.claims[j]
    f = scored.features[:, k]
    out: list[str] = []

    # subject
    sa, sb = int(table.subj[i]), int(table.subj[j])
    name_a = f" ({table.subj_names[sa].replace('_', ' ')})" if sa >= 0 else ""
    name_b = f" ({table.subj_names[sb].replace('_', ' ')})" if sb >= 0 else ""
    pair = f"{_quote(ca.subject)}{name_a} and {_quote(cb.subject)}{name_b}"
    hard = bool(table.fam_hard[table.fam[i]]) and table.fam[i] == table.fam[j]
    if sa >= 0 and sb >= 0:
        rel = int(table.subj_rel[sa, sb])
        words = {
            _S_SAME: "same class",
            _S_BROADER: "the first is broader",
            _S_NARROWER: "the first is narrower",
            _S_EXCLUSIVE: "exclusive classes",
            _S_OTHER: "different classes" + (" (the subject is what is counted)" if hard else ""),
        }[rel]
        out.append(f"{pair}: {words}")
    else:
        text = (
            f"{_quote(ca.subject)}{name_a} vs {_quote(cb.subject)}{name_b}: "
            f"{_similar(table.subj_sim, table.subj_text, i, j)}"
        )
        if hard and f[0] * 100 < _TEXT_MIN:
            text += f" (below {_TEXT_MIN / 100:.2f}: the subject is what is counted)"
        out.append(text)

    # predicate
    fam_a, fam_b = table.fam_names[table.fam[i]], table.fam_names[table.fam[j]]
    pa, pb = int(table.pred[i]), int(table.pred[j])
    id_a = f" ({table.pred_names[pa]})" if pa >= 0 else ""
    id_b = f" ({table.pred_names[pb]})" if pb >= 0 else ""
    pair = f"{_quote(ca.predicate)}{id_a} and {_quote(cb.predicate)}{id_b}"
    if fam_a != fam_b:
        known_a = fam_a if fam_a != "?" else "no known family"
        known_b = fam_b if fam_b != "?" else "no known family"
        out.append(f"{pair}: different families ({known_a} / {known_b})")
    elif fam_a == "?":
        similar = _similar(table.pred_sim, table.pred_text, i, j)
        out.append(f"{pair}: unknown predicates, {similar}")
    elif pa == pb:
        out.append(f"{pair}: same predicate")
    else:
        out.append(f"{pair}: same family {fam_a!r}")

    # place
    rel = int(scored.relation[k])
    if ca.place is not None and cb.place is not None and (table.place_amb[i] or table.place_amb[j]):
        which = ca.place if table.place_amb[i] else cb.place
        if rel == _P_DISJOINT:
            out.append(f"{which!r} names several places, none of which can be the other")
        else:
            out.append(f"{which!r} names several places; no context to choose (neutral)")
    elif rel != _P_NONE:
        name_a = _place_words(table, i)
        name_b = _place_words(table, j)
        words = {
            _P_SAME: f"{name_a} and {name_b}: same place",
            _P_WITHIN: f"{name_a} lies within {name_b} (finer/coarser)",
            _P_CONTAINS: f"{name_a} contains {name_b} (coarser/finer)",
            _P_DISJOINT: f"{name_a} and {name_b}: disjoint places",
            _P_UNKNOWN: f"{name_a} and {name_b}: the gazetteer cannot tell (neutral)",
        }[rel]
        out.append(words)
    elif ca.place is None or cb.place is None:
        out.append("no place on one side (neutral)")
    else:
        names = [
            repr(c.place) if table.place[x] < 0 else _place_words(table, x)
            for x, c in ((i, ca), (j, cb))
        ]
        if table.places.is_point[table.place[i]] and table.places.is_point[table.place[j]]:
            out.append(
                f"{names[0]} vs {names[1]}: not both in the gazetteer, "
                f"{_similar(table.place_sim, table.place_text, i, j)}"
            )
        else:
            out.append(f"{names[0]} vs {names[1]}: one may lie in the other (neutral)")

    # time
    if not (table.t_known[i] and table.t_known[j]):
        told = [(x, c) for x, c in ((i, ca), (j, cb)) if not table.t_known[x]]
        other = cb if told and told[0][0] == i else ca
        bound = int(table.t_bound[told[0][0]]) if told else _NO_BOUND
        if (
            told
            and other.when is not None
            and bound < _NO_BOUND
            and _seconds(other.when.start) > bound
        ):
            out.append(
                f"{other.when} is after {told[0][1].id}'s statement or report "
                f"({dt.date.fromordinal(bound // _DAY_S)}): another event"
            )
        else:
            out.append("no event time on one side (neutral)")
    else:
        wa, wb = ca.when, cb.when
        if wa is None or wb is None:  # pragma: no cover - t_known says they are not
            raise AssertionError
        gap = wa.gap(wb)
        if gap > dt.timedelta(0):
            out.append(f"{wa} and {wb}: {_duration(gap)} apart")
        elif wa == wb:
            out.append(f"{wa}: same time")
        elif wb.contains(wa):
            out.append(f"{wa} within {wb}")
        elif wa.contains(wb):
            out.append(f"{wa} contains {wb}")
        elif wa.overlaps(wb):
            out.append(f"{wa} and {wb} overlap")
        else:
            out.append(f"{wa} and {wb}: adjacent")

    # actor
    xa, xb = int(table.actor[i]), int(table.actor[j])
    if ca.actor is None or cb.actor is None:
        out.append("no actor on one side (neutral)")
    elif xa >= 0 and xb >= 0:
        one, two = table.actor_objs[xa].id, table.actor_objs[xb].id
        if xa == xb:
            out.append(f"{ca.actor!r} and {cb.actor!r}: both {one}")
        elif table.actor_rel[xa, xb]:
            out.append(f"{ca.actor!r} ({one}) and {cb.actor!r} ({two}): one is part of the other")
        else:
            out.append(
                f"{ca.actor!r} ({one}) and {cb.actor!r} ({two}): different actors "
                "(disputed, neutral)"
            )
    elif xa < 0 and xb < 0:
        similar = _similar(table.actor_sim, table.actor_text, i, j)
        out.append(f"{ca.actor!r} vs {cb.actor!r}: unknown actors, {similar}")
    else:
        which = ca.actor if xa < 0 else cb.actor
        out.append(f"{which!r} is not a known actor (neutral)")

    # event
    if ca.event is None or cb.event is None:
        out.append("no event label (neutral)")
    else:
        similar = _similar(table.event_sim, table.event_text, i, j)
        out.append(f"{ca.event!r} vs {cb.event!r}: {similar}")
    return tuple(out)


def _similar(texts: _Texts, codes: I32, i: int, j: int) -> str:
    return f"text similarity {texts.one(int(codes[i]), int(codes[j])):.2f}"


def _place_words(table: _Table, i: int) -> str:
    claim = table.claims[i]
    place = table.places.objects[int(table.place[i])]
    if claim.place is not None and normalize(claim.place) != normalize(place.name):
        return f"{claim.place!r} ({place.name})"
    return repr(claim.place if claim.place is not None else place.name)


def _duration(delta: dt.timedelta) -> str:
    hours = delta.total_seconds() / 3600
    if hours >= 48:
        return f"{hours / 24:.0f} days"
    if hours >= 1:
        return f"{hours:.0f} h"
    return f"{delta.total_seconds() / 60:.0f} min"


def _pair_score(table: _Table, i: int, j: int, opts: _Options) -> PairScore:
    scored = _score(table, np.array([i]), np.array([j]), opts)
    first, second = int(scored.a[0]), int(scored.b[0])
    details = _details(table, first, second, scored, 0)
    reject = int(scored.reject[0])
    score = float(scored.score[0])
    relation = int(scored.relation[0])
    return PairScore(
        a=table.ids[first],
        b=table.ids[second],
        score=score,
        aligned=reject == _R_NONE and score >= opts.threshold,
        threshold=opts.threshold,
        features=tuple(
            Feature(name=name, score=round(float(scored.features[k, 0]), 6), weight=w, detail=d)
            for k, (name, w, d) in enumerate(zip(FEATURES, opts.weights, details, strict=True))
        ),
        place_relation=_RELATIONS[relation] if relation != _P_NONE else None,
        rejected=_REJECT[reject] or None,
    )


# --------------------------------------------------------------------------- grouping


def _group(n: int, rank: I32, a: I64, b: I64, score: F64) -> I64:
    """Label each claim with its group: complete linkage inside each connected component.

    Greedy complete linkage merges, again and again, the two groups with the highest
    linkage (the lowest score between them), ties going to the groups whose first ids
    come first, as long as every pair across the two is aligned. Components that are
    cliques are one group. Elsewhere, pairs of groups that are each other's best merge
    are merged together, round after round: complete linkage is *reducible* (a merge
    never brings a third group closer), so this gives the greedy result while every
    round is a few vectorised sorts over the group pairs that can still merge.
    """
    if not len(a):
        return _renumber(np.arange(n, dtype=np.int64), rank)
    graph = coo_matrix((np.ones(len(a), dtype=np.int8), (a, b)), shape=(n, n))
    n_comp, comp = connected_components(graph, directed=False)
    sizes = np.bincount(comp, minlength=n_comp)
    edges = np.bincount(comp[a], minlength=n_comp)
    split = edges != sizes * (sizes - 1) // 2
    labels = comp.astype(np.int64)
    if not split.any():
        return _renumber(labels, rank)
    # Work on id ranks: a group is named by its first member, the tie-break order.
    keep = split[comp[a]]
    u, v = rank[a[keep]].astype(np.int64), rank[b[keep]].astype(np.int64)
    u, v = np.minimum(u, v), np.maximum(u, v)
    s = score[keep].astype(np.float64)
    parent = np.arange(n, dtype=np.int64)
    mapping = np.arange(n, dtype=np.int64)
    parts = np.ones(n, dtype=np.int64)
    best_score = np.full(n, -np.inf)
    best_partner = np.full(n, n, dtype=np.int64)
    while len(u):
        # each group's best partner: highest linkage, then first id
        np.maximum.at(best_score, u, s)
        np.maximum.at(best_score, v, s)
        top_u, top_v = s == best_score[u], s == best_score[v]
        np.minimum.at(best_partner, u[top_u], v[top_u])
        np.minimum.at(best_partner, v[top_v], u[top_v])
        mutual = (best_partner[u] == v) & (best_partner[v] == u)
        roots, merged = u[mutual], v[mutual]
        best_score[u], best_score[v] = -np.inf, -np.inf
        best_partner[u], best_partner[v] = n, n
        parent[merged] = roots
        mapping[merged] = roots
        # group pairs after the merges: a pair touching a merged group survives only
        # if every pair of parts did (a pair that is not complete never will be)
        u, v = mapping[u], mapping[v]
        alive = u != v
        lo, hi, s = np.minimum(u[alive], v[alive]), np.maximum(u[alive], v[alive]), s[alive]
        parts[roots] = 2
        touched = (parts[lo] > 1) | (parts[hi] > 1)
        key = lo[touched] * n + hi[touched]
        order = np.argsort(key, kind="stable")
        key, t_lo, t_hi, t_s = key[order], lo[touched][order], hi[touched][order], s[touched][order]
        first = np.ones(len(key), dtype=np.bool_)
        first[1:] = key[1:] != key[:-1]
        at = np.flatnonzero(first)
        count = np.diff(np.append(at, len(key)))
        low = np.minimum.reduceat(t_s, at) if len(at) else t_s[:0]
        t_lo, t_hi = t_lo[at], t_hi[at]
        complete = count == parts[t_lo] * parts[t_hi]
        parts[roots] = 1
        kept = ~touched
        u = np.concatenate([lo[kept], t_lo[complete]])
        v = np.concatenate([hi[kept], t_hi[complete]])
        s = np.concatenate([s[kept], low[complete]])
    while True:  # point every member at its group's root
        up = parent[parent]
        if np.array_equal(up, parent):
            break
        parent = up
    in_split = split[comp]
    labels[in_split] = n_comp + parent[rank[in_split]]
    return _renumber(labels, rank)


def _renumber(labels: I64, rank: I32) -> I64:
    """Renumber groups 0.. by their first member in id order."""
    order = np.argsort(rank, kind="stable")
    uniq, first = np.unique(labels[order], return_index=True)
    number = np.empty(len(uniq), dtype=np.int64)
    number[np.argsort(first, kind="stable")] = np.arange(len(uniq))
    return number[np.searchsorted(uniq, labels)]


# --------------------------------------------------------------------------- the result


@attrs.frozen(kw_only=True, eq=False)
class AlignedGroup:
    """Claims about one item, with every pair inside scored.

    Parameters
    ----------
    id : str
        Stable: derived from the member ids, whatever the input order.
    claims : tuple of Claim
        The members, sorted by id.
    label : str
        A readable name of the item.

    Examples
    --------
    >>> from claimrec.model import Claim
    >>> from claimrec.alignment import align
    >>> claims = [Claim(source=s, subject="militants", predicate="killed", value=80,
    ...                 place="Kayes", when="2025-07-01", id=s) for s in ("A", "B")]
    >>> group = align(claims).groups[0]
    >>> group.ids, group.label, len(group.pairs)
    (('A', 'B'), 'casualties: militants killed | Kayes | 2025-07-01', 1)
    >>> group.scores
    {('A', 'B'): 0.875}
    """

    id: str
    claims: tuple[Claim, ...]
    label: str
    _inside: _GroupPairs = attrs.field(repr=False, alias="inside")

    @property
    def ids(self) -> tuple[str, ...]:
        """The member ids, sorted."""
        return tuple(c.id for c in self.claims)

    @property
    def pairs(self) -> tuple[PairScore, ...]:
        """Every pair of members, scored (all aligned), sorted by ids, with reasons."""
        return self._inside.pairs()

    @property
    def scores(self) -> dict[tuple[str, str], float]:
        """The score of every pair of members, by (id, id) sorted; no PairScore built."""
        return self._inside.scores()

    def __len__(self) -> int:
        return len(self.claims)

    def __iter__(self) -> Iterator[Claim]:
        return iter(self.claims)

    def __contains__(self, item: object) -> bool:
        key = item.id if isinstance(item, Claim) else item
        return any(c.id == key for c in self.claims)

    def __repr__(self) -> str:
        return f"<AlignedGroup {self.id} claims={len(self.claims)} {self.label!r}>"


class _GroupPairs:
    """The aligned pairs inside one group: rows of the alignment's pair arrays."""

    __slots__ = ("_built", "_rows", "_view")

    def __init__(self, view: _PairView, rows: I64) -> None:
        self._view = view
        self._rows = np.sort(rows)
        self._built: tuple[PairScore, ...] | None = None

    def pairs(self) -> tuple[PairScore, ...]:
        if self._built is None:
            self._built = tuple(self._view[int(r)] for r in self._rows.tolist())
        return self._built

    def scores(self) -> dict[tuple[str, str], float]:
        view = self._view
        ids = view._table.ids  # noqa: SLF001 - the view's own table
        rows = self._rows
        return {
            (ids[i], ids[j]): float(score)
            for i, j, score in zip(
                view._a[rows].tolist(),  # noqa: SLF001
                view._b[rows].tolist(),  # noqa: SLF001
                view._score[rows].tolist(),  # noqa: SLF001
                strict=True,
            )
        }


class _PairView(Sequence[PairScore]):
    """The aligned pairs, built into PairScore objects when asked for."""

    __slots__ = ("_a", "_b", "_opts", "_score", "_table")

    def __init__(self, table: _Table, opts: _Options, a: I64, b: I64, score: F64) -> None:
        self._table, self._opts, self._a, self._b, self._score = table, opts, a, b, score

    def __len__(self) -> int:
        return len(self._a)

    @overload
    def __getitem__(self, index: int) -> PairScore: ...
    @overload
    def __getitem__(self, index: slice) -> list[PairScore]: ...
    def __getitem__(self, index: int | slice) -> PairScore | list[PairScore]:
        if isinstance(index, slice):
            return [self[k] for k in range(*index.indices(len(self)))]
        k = range(len(self))[index]
        return _pair_score(self._table, int(self._a[k]), int(self._b[k]), self._opts)

    def __repr__(self) -> str:
        return f"<pairs of alignment: {len(self)}>"


class Alignment:
    """The result of :func:`align`: groups of claims about the same item, with reasons.

    Every input claim is in exactly one group (a singleton when nothing matches).

    Attributes
    ----------
    claims : tuple of Claim
        The input claims, in input order.
    groups : tuple of AlignedGroup
        Largest first, then by first member id.
    pairs : sequence of PairScore
        Every aligned pair (inside a group or not), sorted by ids; built on access.
    stats : AlignmentStats
        Candidate pairs, blocks, timings.

    Examples
    --------
    >>> from claimrec.model import Claim
    >>> from claimrec.alignment import align
    >>> claims = [
    ...     Claim(source="FAMa", subject="militants", predicate="neutralised", value="over 80",
    ...           place="Kayes region", when="2025-07-01", id="army"),
    ...     Claim(source="Witness", subject="terrorists", predicate="killed", value="about 20",
    ...           place="Kayes", when="2025-07-01", id="witness"),
    ...     Claim(source="Outlet", subject="soldiers", predicate="killed", value="at least 30",
    ...           place="Kayes", when="2025-07-01", id="outlet"),
    ... ]
    >>> alignment = align(claims)
    >>> alignment.group_of("army").ids, alignment.group_of("outlet").ids
    (('army', 'witness'), ('outlet',))
    >>> [c.id for c in alignment.singletons]
    ['outlet']
    >>> alignment.pairs[0].place_relation
    'contains'
    """

    __slots__ = (
        "_a",
        "_b",
        "_by_id",
        "_groups",
        "_labels",
        "_opts",
        "_score",
        "_table",
        "claims",
        "stats",
    )

    def __init__(
        self,
        *,
        table: _Table,
        opts: _Options,
        labels: I64,
        a: I64,
        b: I64,
        score: F64,
        stats: AlignmentStats,
    ) -> None:
        self._table = table
        self._opts = opts
        self._labels = labels
        self._a, self._b, self._score = a, b, score
        self.claims: tuple[Claim, ...] = tuple(table.claims)
        self.stats = stats
        self._groups: tuple[AlignedGroup, ...] | None = None
        self._by_id: dict[str, int] | None = None

    # ------------------------------------------------------------ views

    @property
    def threshold(self) -> float:
        """The threshold the pairs were judged against."""
        return self._opts.threshold

    @property
    def resolution(self) -> Resolution:
        """How the claims' names were read (:func:`~claimrec.resolve`): every stage reads this.

        Examples
        --------
        >>> from claimrec.model import Claim
        >>> from claimrec.alignment import align
        >>> claims = [Claim(source="GSIM", subject="soldiers", predicate="killed", id="x")]
        >>> align(claims).resolution["x"].speaker.id
        'JNIM'
        """
        return Resolution(self._table.cols)

    @property
    def membership(self) -> npt.NDArray[np.int64]:
        """For each input claim (input order), the index of its group in :attr:`groups`.

        Examples
        --------
        >>> from claimrec.model import Claim
        >>> from claimrec.alignment import align
        >>> claims = [Claim(source=s, subject="base", predicate="attacked", place=p,
        ...                 when="2025-07-01", id=s + p) for s, p in [("A", "Kayes"),
        ...           ("B", "Timbuktu"), ("C", "Kayes")]]
        >>> align(claims).membership.tolist()
        [0, 1, 0]
        """
        out = self._order()[self._labels]
        out.setflags(write=False)
        return out

    def _order(self) -> I64:
        """Position in ``groups`` of each group label (largest first, then first id)."""
        labels = self._labels
        k = int(labels.max()) + 1 if len(labels) else 0
        sizes = np.bincount(labels, minlength=k)
        # labels are numbered by first member in id order already
        order = np.lexsort((np.arange(k), -sizes))
        position = np.empty(k, dtype=np.int64)
        position[order] = np.arange(k)
        return position

    @property
    def groups(self) -> tuple[AlignedGroup, ...]:
        """The groups, largest first, then by first member id."""
        if self._groups is None:
            self._groups = self._build_groups()
        return self._groups

    def _build_groups(self) -> tuple[AlignedGroup, ...]:
        with _gc_paused():
            return self._make_groups()

    def _make_groups(self) -> tuple[AlignedGroup, ...]:
        table = self._table
        position = self._order()
        k = len(position)
        by_pos = np.argsort(position[self._labels] * table.n + table.rank, kind="stable")
        bounds = np.searchsorted(position[self._labels][by_pos], np.arange(k + 1))
        # pairs inside a group (an aligned pair may straddle two groups: -1)
        inside = self._labels[self._a] == self._labels[self._b]
        pair_group = np.where(inside, position[self._labels[self._a]], -1)
        pair_order = np.argsort(pair_group, kind="stable")
        pair_bounds = np.searchsorted(pair_group[pair_order], np.arange(k + 1))
        claims = table.claims
        view = _PairView(table, self._opts, self._a, self._b, self._score)
        out: list[AlignedGroup] = []
        for g in range(k):
            members = [claims[i] for i in by_pos[bounds[g] : bounds[g + 1]].tolist()]
            ids = "\x1f".join(c.id for c in members)
            gid = "g" + hashlib.sha1(ids.encode("utf-8"), usedforsecurity=False).hexdigest()[:12]
            rows = pair_order[pair_bounds[g] : pair_bounds[g + 1]]
            out.append(
                AlignedGroup(
                    id=gid,
                    claims=tuple(members),
                    label=_label(table, by_pos[bounds[g]]),
                    inside=_GroupPairs(view, rows),
                )
            )
        return tuple(out)

    def pair_table(self) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], F64]:
        """Return every aligned pair as arrays: indices into :attr:`claims`, and scores.

        The cheap way to read many scores: no :class:`PairScore` is built. Rows follow
        :attr:`pairs` (sorted by ids; ``claims[a[k]].id < claims[b[k]].id``).

        Examples
        --------
        >>> from claimrec.model import Claim
        >>> from claimrec.alignment import align
        >>> claims = [Claim(source=s, subject="militants", predicate="killed", place="Kayes",
        ...                 when="2025-07-01", id=s) for s in ("B", "A")]
        >>> a, b, score = align(claims).pair_table()
        >>> a.tolist(), b.tolist(), score.tolist()
        ([1], [0], [0.875])
        """
        out = (self._a.copy(), self._b.copy(), self._score.copy())
        for array in out:
            array.setflags(write=False)
        return out

    @property
    def pairs(self) -> Sequence[PairScore]:
        """Every aligned pair, sorted by ids, as :class:`PairScore` built on access."""
        return _PairView(self._table, self._opts, self._a, self._b, self._score)

    @property
    def singletons(self) -> tuple[Claim, ...]:
        """Claims that nothing aligned with, sorted by id."""
        return tuple(g.claims[0] for g in self.groups if len(g.claims) == 1)

    def group_of(self, claim: Claim | str) -> AlignedGroup:
        """Return the group of a claim (or claim id).

        Raises
        ------
        UnknownNameError
            When no input claim has this id.

        Examples
        --------
        >>> from claimrec.model import Claim
        >>> from claimrec.alignment import align
        >>> alignment = align([Claim(source="A", subject="s", predicate="attacked", id="x")])
        >>> alignment.group_of("x").ids
        ('x',)
        """
        key = claim.id if isinstance(claim, Claim) else claim
        if self._by_id is None:
            self._by_id = {cid: i for i, cid in enumerate(self._table.ids)}
        index = self._by_id.get(key)
        if index is None:
            raise UnknownNameError("claim", str(key), [])
        return self.groups[int(self._order()[self._labels[index]])]

    def __len__(self) -> int:
        return int(self._labels.max()) + 1 if len(self._labels) else 0

    def __iter__(self) -> Iterator[AlignedGroup]:
        return iter(self.groups)

    def __repr__(self) -> str:
        return f"<Alignment claims={len(self.claims)} groups={len(self)} pairs={len(self._a)}>"

    def to_records(self, table: str = "claims") -> list[dict[str, Any]]:
        """Return the alignment as flat dicts: one per claim, or one per aligned pair.

        Parameters
        ----------
        table : {"claims", "pairs"}
            ``claims``: each claim with its ``group``, the group's ``label`` and ``size``;
            ``pairs``: each aligned pair with its ``score``.

        Examples
        --------
        >>> import claimrec as cr
        >>> alignment = cr.align(cr.datasets.mali_2025())
        >>> len(alignment.to_records()), sorted(alignment.to_records()[0])
        (17, ['claim', 'group', 'label', 'size', 'source'])
        >>> sorted(alignment.to_records("pairs")[0])
        ['a', 'b', 'group', 'score']
        """
        if table == "pairs":
            a, b, score = self.pair_table()
            ids = [c.id for c in self.claims]
            group = {c.id: g.id for g in self.groups for c in g.claims}
            return [
                {"a": ids[i], "b": ids[j], "score": round(float(x), 6), "group": group[ids[i]]}
                for i, j, x in zip(a.tolist(), b.tolist(), score.tolist(), strict=True)
            ]
        if table != "claims":
            raise UnknownNameError("table", table, ["claims", "pairs"])
        of = {c.id: g for g in self.groups for c in g.claims}
        return [
            {
                "claim": c.id,
                "source": c.source.name,
                "group": of[c.id].id,
                "label": of[c.id].label,
                "size": len(of[c.id]),
            }
            for c in self.claims
        ]

    def to_frame(self, table: str = "claims") -> Any:
        """Return :meth:`to_records` as a pandas DataFrame (needs ``claimrec[frames]``).

        Examples
        --------
        >>> import claimrec as cr
        >>> _ = __import__("pytest").importorskip("pandas")
        >>> cr.align(cr.datasets.mali_2025()).to_frame().shape
        (17, 5)
        """
        columns = ["a", "b", "score", "group"] if table == "pairs" else None
        records = self.to_records(table)
        if columns is None:
            columns = ["claim", "source", "group", "label", "size"]
        return frame(records, columns)

    def _repr_html_(self) -> str:
        rows = []
        for group in self.groups[:50]:
            members = "<br>".join(html.escape(c.describe()) for c in group.claims)
            rows.append(
                f"<tr><td>{html.escape(group.id)}</td><td>{html.escape(group.label)}</td>"
                f"<td>{len(group)}</td><td>{members}</td></tr>"
            )
        more = len(self) - 50
        tail = f"<p>... and {more} more groups</p>" if more > 0 else ""
        return (
            f"<p><b>Alignment</b>: {len(self.claims)} claims, {len(self)} groups, "
            f"{len(self._a)} aligned pairs (threshold {self.threshold:g})</p>"
            "<table><tr><th>group</th><th>item</th><th>claims</th><th>members</th></tr>"
            + "".join(rows)
            + "</table>"
            + tail
        )


def _label(table: _Table, i: int) -> str:
    claim = table.claims[i]
    family = table.fam_names[table.fam[i]]
    parts = [f"{claim.subject} {claim.predicate}"]
    if family != "?":
        parts[0] = f"{family}: {parts[0]}"
    if claim.place is not None:
        parts.append(claim.place)
    if claim.when is not None:
        parts.append(str(claim.when))
    return " | ".join(parts)


# --------------------------------------------------------------------------- entry points


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many small objects.

    Scanning a million live claims again and again costs more than the work itself;
    nothing built meanwhile is cyclic garbage.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _progress(enabled: bool, message: str) -> None:
    if enabled:
        print(f"claimrec.align: {message}", file=sys.stderr, flush=True)  # noqa: T201


def estimate_pairs(
    claims: Iterable[Claim],
    *,
    time_window: dt.timedelta | float = DEFAULT_TIME_WINDOW,
    vocabulary: Vocabulary | None = None,
    top: int = 10,
) -> BlockingEstimate:
    """Count the candidate pairs that blocking yields, before any scoring.

    Parameters
    ----------
    claims : iterable of Claim
    time_window : datetime.timedelta or float, optional
        As in :func:`align` (a number is days).
    vocabulary : Vocabulary, optional
        Defaults to :func:`~claimrec.vocab.default_vocabulary`.
    top : int, optional
        How many of the largest blocks to report.

    Returns
    -------
    BlockingEstimate

    See Also
    --------
    align : raises :class:`~claimrec.CandidateBudgetError` over ``max_pairs``.

    Examples
    --------
    >>> from claimrec.model import Claim
    >>> from claimrec.alignment import estimate_pairs
    >>> claims = [Claim(source="A", subject="militants", predicate="killed", place="Kayes",
    ...                 when=f"2025-07-{d:02d}") for d in range(1, 31)]
    >>> est = estimate_pairs(claims)
    >>> est.pairs, est.all_pairs   # only neighbouring days pair up
    (57, 435)
    >>> print(est)  # doctest: +ELLIPSIS
    57 candidate pairs from 30 claims (435 all-pairs) in 30 blocks;
    largest: casualties|ML|2025-07-01 (1), ...
    """
    items = _check_claims(claims)
    opts = _options(DEFAULT_THRESHOLD, time_window, None, 1)
    table = _Table(items, _resolver(vocabulary))
    blocks = _block(table, opts.window_s, top=top)
    n = len(items)
    return BlockingEstimate(
        claims=n,
        pairs=blocks.pairs,
        all_pairs=n * (n - 1) // 2,
        blocks=blocks.blocks,
        largest_blocks=blocks.largest,
        unknown_time=int((~table.t_known).sum()),
        unknown_place=int((table.country < 0).sum()),
    )


def align(
    claims: Iterable[Claim],
    *,
    threshold: float = DEFAULT_THRESHOLD,
    time_window: dt.timedelta | float = DEFAULT_TIME_WINDOW,
    max_pairs: int | None = DEFAULT_MAX_PAIRS,
    weights: Mapping[str, float] | None = None,
    vocabulary: Vocabulary | None = None,
    resolution: Resolution | None = None,
    workers: int = 1,
    progress: bool = False,
) -> Alignment:
    """Group the claims that speak about the same item, with the reasons.

    Parameters
    ----------
    claims : iterable of Claim
        Claim ids must be unique.
    threshold : float, optional
        Pairs scoring at least this (and passing every hard constraint) are aligned.
    time_window : datetime.timedelta or float, optional
        Event times further apart than this (the gap between the spans) never align;
        a number is days. The statement time (``Claim.stated``) is never used.
    max_pairs : int or None, optional
        Refuse to score more candidate pairs than this; None for no limit.
    weights : mapping of str to float, optional
        Overrides of :data:`DEFAULT_WEIGHTS`, by feature name.
    vocabulary : Vocabulary, optional
        Names, places, predicates and subject classes; defaults to
        :func:`~claimrec.vocab.default_vocabulary`.
    resolution : Resolution, optional
        The claims already read by :func:`~claimrec.resolve` (the same claims, in the
        same order); resolved here when not given.
    workers : int, optional
        Threads for RapidFuzz (``-1``: all cores).
    progress : bool, optional
        Report each step on standard error.

    Returns
    -------
    Alignment

    Raises
    ------
    InvalidClaimError
        For duplicate claim ids (all of them are named) or a bad option.
    CandidateBudgetError
        When blocking yields more than ``max_pairs`` candidate pairs; it carries the count
        and the largest blocks (see :func:`estimate_pairs`).

    See Also
    --------
    compare : score one pair with the same logic.
    estimate_pairs : count the candidate pairs first.

    Notes
    -----
    **Hard constraints** (a pair failing one is never aligned):

    - *predicate*: the same family in the vocabulary (*repelled* and *captured* are both
      ``outcome``: they align, so that the next stage sees the contradiction). Predicates
      the vocabulary does not know align only with each other, by text (ratio >= 80);
    - *subject*: classes the vocabulary says are exclusive never align (*militants* and
      *soldiers*). For families whose value counts the subject (casualties, injuries,
      abductions, arrests, displacement...: ``value_type`` quantity) the subjects must
      match: same or broader class, or text ratio >= 80 when a class is unknown. For other
      families (outcome, attack, responsibility) the subject is a soft feature: the army's
      "attacks" and JNIM's "military installations" align when time and place fit;
    - *time*: event times more than ``time_window`` apart;
    - *place*: places the gazetteer says are disjoint (Kayes and Gao).

    **Soft features**, each in [0, 1], 0.5 when one side does not say, combined by
    a weighted mean (:data:`DEFAULT_WEIGHTS`):

    - *subject*: 1 same class, 0.75 broader/narrower, 0 other class, else text similarity;
      for claims of who did it (the ``responsibility`` family: *caused by*, *blamed*,
      *claimed*) the subject is the incident, however named: 1 unless exclusive;
    - *predicate*: 1 same predicate, 0.5 same family; unknown predicates by text;
    - *place*: 1 same place, 0.85 one within the other (``place_relation`` records
      ``"within"``/``"contains"``), 0.5 when the gazetteer cannot tell, a name is
      ambiguous (*Nioro* in Mali and Senegal: names are read in the context of the
      other places of the same report, never merged without it) or unknown on one side;
      text similarity when neither name is in the gazetteer;
    - *time*: overlapping spans score ``0.5 + 0.5 * (share of the shorter span inside
      the other)``, spans that do not overlap ``0.5 * (1 - gap / time_window)``; both
      times a precision factor ``min(1, 1 day / longer span) ** 0.5`` (a month-precise
      time says little);
    - *actor*: 1 same actor (*GSIM* is JNIM), 0.75 one part of the other, 0.5 different
      (who did it is disputed, not a reason to keep the claims apart),
      text similarity when neither is known;
    - *event*: text similarity of the event labels.

    **Grouping** is complete linkage inside each connected component of the aligned
    pairs: a claim joins a group only if it is aligned with every member; merges go
    by the highest linkage, ties by the groups' first ids. A coarse claim ("western
    Mali") aligned with several finer groups that are not aligned with each other
    joins the one it scores best with.

    Examples
    --------
    >>> from claimrec.model import Claim
    >>> from claimrec.alignment import align
    >>> claims = [
    ...     Claim(source="FAMa", subject="militants", predicate="neutralised", value="over 80",
    ...           place="western Mali", when="2025-07-01", id="army"),
    ...     Claim(source="Resident", subject="fighters", predicate="killed", value="dozens",
    ...           place="Diboli", when="2025-07-01", id="resident"),
    ...     Claim(source="Outlet", subject="soldiers", predicate="killed", value="at least 30",
    ...           place="central Mali", when="2025-06-01", id="june"),
    ... ]
    >>> alignment = align(claims)
    >>> [g.ids for g in alignment.groups]
    [('army', 'resident'), ('june',)]
    >>> pair = alignment.pairs[0]
    >>> pair.place_relation, pair.feature("place").detail
    ('contains', "'western Mali' contains 'Diboli' (coarser/finer)")
    """
    with _gc_paused():
        return _align(
            claims,
            _options(threshold, time_window, weights, workers),
            max_pairs,
            vocabulary,
            progress,
            resolution,
        )


def _columns_of(
    resolution: Resolution | None, items: Sequence[Claim], vocabulary: Vocabulary | None
) -> _Columns | None:
    if resolution is None:
        return None
    if not isinstance(resolution, Resolution):
        raise InvalidClaimError("resolution", resolution, "expected a claimrec.Resolution")
    if [c.id for c in resolution.claims] != [c.id for c in items]:
        raise InvalidClaimError(
            "resolution", resolution, "resolves other claims than those given (or in another order)"
        )
    if vocabulary is not None and resolution.vocabulary is not vocabulary:
        raise InvalidClaimError("resolution", resolution, "was read against another vocabulary")
    return resolution._cols  # noqa: SLF001 - the columns are the resolution's own data


def _align(  # noqa: PLR0917 - private
    claims: Iterable[Claim],
    opts: _Options,
    max_pairs: int | None,
    vocabulary: Vocabulary | None,
    progress: bool,
    resolution: Resolution | None = None,
) -> Alignment:
    started = time.perf_counter()
    items = _check_claims(claims)
    timings: list[tuple[str, float]] = []

    t = time.perf_counter()
    cols = _columns_of(resolution, items, vocabulary)
    resolver = cols.resolver if cols is not None else _resolver(vocabulary)
    table = _Table(items, resolver, columns=cols)
    timings.append(("prepare", time.perf_counter() - t))
    _progress(progress, f"prepared {table.n:,} claims in {timings[-1][1]:.1f} s")

    t = time.perf_counter()
    blocks = _block(table, opts.window_s)
    timings.append(("block", time.perf_counter() - t))
    _progress(progress, f"{blocks.pairs:,} candidate pairs in {blocks.blocks:,} blocks")
    if max_pairs is not None and blocks.pairs > max_pairs:
        raise CandidateBudgetError(blocks.pairs, max_pairs, blocks.largest)

    t = time.perf_counter()
    a_all, b_all, s_all, rejected = _score_blocks(table, blocks, opts, progress)
    timings.append(("score", time.perf_counter() - t))

    t = time.perf_counter()
    labels = _group(table.n, table.rank, a_all, b_all, s_all)
    timings.append(("group", time.perf_counter() - t))
    _progress(progress, f"{int(labels.max(initial=-1)) + 1:,} groups")

    stats = AlignmentStats(
        claims=table.n,
        candidate_pairs=blocks.pairs,
        pairs_rejected=rejected,
        pairs_aligned=len(a_all),
        blocks=blocks.blocks,
        largest_blocks=blocks.largest,
        seconds=time.perf_counter() - started,
        timings=tuple(timings),
    )
    return Alignment(
        table=table, opts=opts, labels=labels, a=a_all, b=b_all, score=s_all, stats=stats
    )


def compare(
    a: Claim,
    b: Claim,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    time_window: dt.timedelta | float = DEFAULT_TIME_WINDOW,
    weights: Mapping[str, float] | None = None,
    vocabulary: Vocabulary | None = None,
    context: Iterable[Claim] = (),
) -> PairScore:
    """Score one pair of claims with exactly the logic of :func:`align`.

    Parameters
    ----------
    a, b : Claim
    threshold, time_window, weights, vocabulary
        As in :func:`align`.
    context : iterable of Claim, optional
        Other claims whose place names help read ``a``'s and ``b``'s (those carried by
        the same report); :func:`align` uses every input claim.

    Returns
    -------
    PairScore
        With ``a``/``b`` the smaller/larger id, whatever the argument order.

    Examples
    --------
    >>> from claimrec.model import Claim
    >>> from claimrec.alignment import compare
    >>> army = Claim(source="FAMa", subject="attacks", predicate="repelled", actor="GSIM",
    ...              place="Kayes region", when="2025-07-01", id="army")
    >>> jnim = Claim(source="JNIM", subject="military camp", predicate="overran", actor="JNIM",
    ...              place="Kayes", when="2025-07-01 morning", id="jnim")
    >>> pair = compare(army, jnim)
    >>> pair.aligned, pair.place_relation, pair.feature("actor").detail
    (True, 'contains', "'GSIM' and 'JNIM': both JNIM")
    >>> later = Claim(source="JNIM", subject="military camp", predicate="overran",
    ...               place="Kayes", when="2025-07-05", id="later")
    >>> compare(army, later).rejected
    'time'
    """
    opts = _options(threshold, time_window, weights, 1)
    for name, claim in (("a", a), ("b", b)):
        if not isinstance(claim, Claim):
            raise InvalidClaimError(name, claim, "expected a Claim")
    table = _Table([a, b], _resolver(vocabulary), context=list(context))
    return _pair_score(table, 0, 1, opts)
