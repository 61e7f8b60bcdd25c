"""Which claims speak about the same item: :func:`align`.

Two claims can only agree or contradict when they are about one *item*: the same event
(or one containing the other), the same predicate family, the same subject. Reports
never spell things the same way (*Binoli* is Diboli, *GSIM* is JNIM, *Mali's army* is
FAMa), so :func:`align` resolves names through the :mod:`claimrec.vocab` vocabularies,
compares what is left with RapidFuzz, and groups the claims with the reasons attached.

The work runs in four steps, each vectorised (one private module each: ``_table``,
``_blocking``, ``_bulk`` and ``_scoring``, ``_grouping``; the results live in
``_records`` and ``_result``, the entry points in ``_align``):

1. **prepare**: every distinct string is looked up once (predicate, subject class,
   place, actor) and the claims become arrays of codes and times;
2. **block**: candidate pairs come only from claims of one predicate family in one
   country (claims with no known country visit every country of their family) whose
   event times are within ``time_window`` of each other: a sort and a sweep, never an
   all-pairs loop. :func:`estimate_pairs` reports the count before any scoring, and
   ``max_pairs`` stops a run that would take hours (:class:`~claimrec.CandidateBudgetError`);
3. **score**: hard constraints first (a pair failing one is never aligned), then six
   soft features in [0, 1] combined by a weighted mean (:data:`DEFAULT_WEIGHTS`), with
   RapidFuzz ``cdist``/``cpdist`` over the distinct strings involved; each distinct
   pair of facets (subject and predicate, place, actor, event label) is judged once
   and the values spread over the candidate pairs (``_bulk``), with the very functions
   :func:`compare` uses (``_scoring``): the same scores, bit for bit;
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

# The public names, and the private ones (imported as themselves) that the later stages
# (graph, relation) and the tests read.
from claimrec.alignment._align import align, compare, estimate_pairs
from claimrec.alignment._common import _R_SUBJECT as _R_SUBJECT
from claimrec.alignment._common import _RELATIONS as _RELATIONS
from claimrec.alignment._common import (
    DEFAULT_MAX_PAIRS,
    DEFAULT_THRESHOLD,
    DEFAULT_TIME_WINDOW,
    DEFAULT_WEIGHTS,
    FEATURES,
)
from claimrec.alignment._common import _options as _options
from claimrec.alignment._explain import _pair_score as _pair_score
from claimrec.alignment._grouping import _group as _group
from claimrec.alignment._records import AlignmentStats, BlockingEstimate, Feature, PairScore
from claimrec.alignment._result import AlignedGroup, Alignment
from claimrec.alignment._scoring import _score as _score
from claimrec.alignment._table import _Places as _Places
from claimrec.alignment._table import _Table as _Table
from claimrec.resolution._resolver import _Resolver as _Resolver

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
