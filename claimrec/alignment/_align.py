"""The entry points: :func:`align`, :func:`compare`, :func:`estimate_pairs`."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterable, Mapping, Sequence

from claimrec.alignment._blocking import _block
from claimrec.alignment._bulk import _score_blocks
from claimrec.alignment._common import (
    DEFAULT_MAX_PAIRS,
    DEFAULT_THRESHOLD,
    DEFAULT_TIME_WINDOW,
    _gc_paused,
    _Options,
    _options,
    _progress,
)
from claimrec.alignment._explain import _pair_score
from claimrec.alignment._grouping import _group
from claimrec.alignment._records import AlignmentStats, BlockingEstimate, PairScore
from claimrec.alignment._result import Alignment
from claimrec.alignment._table import _Table
from claimrec.errors import CandidateBudgetError, InvalidClaimError
from claimrec.model import Claim
from claimrec.resolution import Resolution
from claimrec.resolution._columns import _check_claims, _Columns
from claimrec.resolution._resolver import _resolver
from claimrec.vocab import Vocabulary


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
    - *predicate*: 1 same predicate, 0.75 one entails the other (*shelled* entails
      *attacked*), 0.5 same family; unknown predicates by text;
    - *place*: 1 same place, 0.85 one within the other (``place_relation`` records
      ``"within"``/``"contains"``), 0.5 when the gazetteer cannot tell, a name is
      ambiguous (*Nioro* in Mali and Senegal: names are read in the context of the
      other places of the same report, never merged without it) or unknown on one side;
      text similarity when neither name is in the gazetteer (never below 0.5 between
      names written in scripts they do not share: a transliteration can say "same",
      never "different");
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
