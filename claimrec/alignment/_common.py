"""Constants, feature codes and options of :func:`~claimrec.alignment.align`."""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import re
import sys
import types
from collections.abc import Iterator, Mapping
from typing import Final

import attrs
import numpy as np
import numpy.typing as npt

from claimrec.errors import InvalidClaimError, UnknownNameError
from claimrec.vocab import PlaceKind

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
# a claim with no place, placed by weaker evidence (the one town its own words or its
# article's other claims name) at the other's town: more than neutral, less than nested
_EVIDENCE_PLACE = 0.65
_SAME_FAMILY = 0.5  # "repelled" and "captured": one item, maybe contradictory outcomes
_ENTAILED_PREDICATE = 0.75  # "shelled" entails "attacked": the narrower act of one family
_BROADER_SUBJECT = 0.75  # "people" and "soldiers"
_PART_OF_ACTOR = 0.75  # DIRPA speaks for FAMa
_TEXT_MIN = 80.0  # hard: unknown predicates (or counted subjects) this similar, at least
_TEXT_FLOOR = 0.5  # text similarity (0-1) at or below which a text feature scores 0
_DENSE_MAX = 3000  # distinct strings up to which one cdist matrix beats pairwise cpdist
_DAY_S = 86_400
_PLACE_MATCH = 85.0  # Gazetteer.best's threshold for misspelled names
_LEADING_THE = re.compile(r"^the ")  # as the gazetteer keys names
_PRECISION_POWER = 0.5  # a month-precise time scores (1/30) ** 0.5 = 0.18 of a day-precise one
_WILD = -1

# Families whose claims say who did an act: their subject is the incident itself.
_INCIDENT_FAMILIES = frozenset({"responsibility"})

# Rejection reasons (hard constraints), by code.
_REJECT = ("", "predicate", "subject", "time", "place", "country")
_R_NONE, _R_PREDICATE, _R_SUBJECT, _R_TIME, _R_PLACE, _R_COUNTRY = range(6)

# Place relations, by code.
_RELATIONS = ("same", "within", "contains", "disjoint", "unknown")
_P_SAME, _P_WITHIN, _P_CONTAINS, _P_DISJOINT, _P_UNKNOWN = range(5)
_P_NONE = -1

# Places small enough that a misspelling of their name reads as a misspelling.
_POINTS = frozenset({PlaceKind.TOWN, PlaceKind.VILLAGE, PlaceKind.SITE})

# Subject class relations, by code.
_S_SAME, _S_BROADER, _S_NARROWER, _S_EXCLUSIVE, _S_OTHER = range(5)


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
