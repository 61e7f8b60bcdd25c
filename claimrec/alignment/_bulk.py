"""The bulk scorer: every candidate pair, each distinct pair of facets judged once."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import numpy as np
import numpy.typing as npt

from claimrec.alignment._blocking import _Blocks
from claimrec.alignment._common import _NEUTRAL, _P_DISJOINT, F64, I32, I64, _Options, _progress
from claimrec.alignment._scoring import (
    _actor_feature,
    _event_feature,
    _place_feature,
    _place_relation,
    _precision,
    _time_score,
    _what,
)
from claimrec.alignment._table import _NO_BOUND, _Table

_CHUNK = 1 << 18  # candidate pairs per vectorised batch: large enough, and cache-friendly
_SCORE_BITS = 20  # a score in millionths (at most 10**6) fits in 20 bits
_MEMO_MAX = 1 << 26  # code pairs up to which a feature group keeps a dense memo (2 bytes each)


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
        # (and every place column the place feature reads: names as given, the containers
        # the input's compounds name, whether a name is near a town or a site in one)
        codes, reps = _combo(
            table.country,
            table.place,
            table.place_local,
            table.place_ev,
            table.place_text,
            table.place_cands[0],
            table.place_name,
            table.place_out,
            table.place_beside,
            table.place_near.astype(np.int32),
            table.place_site.astype(np.int32),
            np.unique(table.place_script, return_inverse=True)[1].reshape(-1).astype(np.int32),
        )
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
    """Yield the candidate pairs as (element, element) arrays, at most ``2 * chunk`` at a time.

    An element with more partners than that (a claim with no event time meets its whole
    block) has its partners cut into pieces of ``chunk``.
    """
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
            if m > 2 * chunk:  # a range ends with the element that crosses a cut: split it
                big = np.flatnonzero(c > chunk)
                for e in (r0 + big).tolist():
                    n = int(count[e])
                    for off in range(0, n, chunk):
                        partner = np.arange(off, min(off + chunk, n), dtype=np.int64)
                        partner += first[e]
                        pos = np.full(len(partner), src[e], dtype=np.int64)
                        yield pos, (partner if via is None else via[partner])
                c = c.copy()
                c[big] = 0
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
