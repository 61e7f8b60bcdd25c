"""The reference scorer: every hard constraint and soft feature of pairs of claims."""

from __future__ import annotations

import attrs
import numpy as np
import numpy.typing as npt

from claimrec.alignment._common import (
    _BROADER_SUBJECT,
    _DAY_S,
    _ENTAILED_PREDICATE,
    _EVIDENCE_PLACE,
    _NESTED_PLACE,
    _NEUTRAL,
    _P_CONTAINS,
    _P_DISJOINT,
    _P_NONE,
    _P_SAME,
    _P_UNKNOWN,
    _P_WITHIN,
    _PART_OF_ACTOR,
    _PRECISION_POWER,
    _R_COUNTRY,
    _R_NONE,
    _R_PLACE,
    _R_PREDICATE,
    _R_SUBJECT,
    _R_TIME,
    _S_BROADER,
    _S_EXCLUSIVE,
    _S_NARROWER,
    _S_OTHER,
    _S_SAME,
    _SAME_FAMILY,
    _TEXT_FLOOR,
    _TEXT_MIN,
    F64,
    FEATURES,
    I32,
    I64,
    B,
    _Options,
)
from claimrec.alignment._table import _Table


@attrs.frozen(kw_only=True)
class _Scored:
    a: I64
    b: I64
    score: F64
    features: F64  # (len(FEATURES), n); empty unless scored with full=True
    reject: npt.NDArray[np.int8]
    relation: npt.NDArray[np.int8]


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
    predicate, subject, time, place, country, then the text checks (subject, predicate).
    Claims of two known countries are never candidates of :func:`align` (blocking);
    :func:`compare` rejects them (``country``).
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
        (_two_countries(table, a, b), _R_COUNTRY),
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


def _two_countries(table: _Table, a: I64, b: I64) -> B:
    """Whether the pairs' events are in two known countries (resolution's ``country``)."""
    ca, cb = table.country[a], table.country[b]
    out: B = (ca >= 0) & (cb >= 0) & (ca != cb)
    return out


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

    # predicate: 1 same, 0.75 one entails the other, 0.5 same family; unknown predicates
    # align only by close text
    pa, pb = table.pred[a], table.pred[b]
    pred = np.where(fa != fb, 0.0, np.where(pa == pb, 1.0, _SAME_FAMILY))
    entailed = (fa == fb) & (pa != pb) & table.pred_rel[pa, pb]
    pred[entailed] = _ENTAILED_PREDICATE
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
    # two strings of one place identified within the input (*aldea de Ngarbu*, *Ngarbuh*)
    la = table.place_local[a]
    relation[(la >= 0) & (la == table.place_local[b])] = _P_SAME
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
    )
    if textual.any():
        sim = table.place_similarity(a[textual], b[textual], workers)
        # a region or an area may contain an unknown name: neutral, unless one string
        # names the other ("Moura" and "Moura in central Mali", read as central Mali;
        # "Garin Kwashebe, Borno State" and "Borno state"): one lies in the other
        wide = ~(points[qa[textual]] & points[qb[textual]])
        place[textual] = np.where(
            wide, np.where(sim >= 1.0, _NESTED_PLACE, _NEUTRAL), _rescale(sim)
        )
        # an unknown name may lie in another by the input's compounds: in another unknown
        # name, or, for a site inside towns (a hospital), in a known town ("Al-Ahli Arab
        # Baptist Hospital" in Gaza, given "Al-Ahli hospital, Gaza"; but "camp de Zamzam,
        # El Fasher" names El Fasher's district, not its city)
        sa, sb = table.place_site[a[textual]], table.place_site[b[textual]]
        ua, ub = qa[textual] < 0, qb[textual] < 0
        inner = np.flatnonzero(textual)[
            (sim < 1.0) & ~wide & ((ua & ub) | (ua & sa) | (ub & sb))
        ]
        if len(inner):
            nested = _learned_within(table, a[inner], b[inner], workers)
            place[inner[nested]] = np.maximum(place[inner[nested]], _NESTED_PLACE)
        # "Zabarmari" and "non loin de Maiduguri", given "Zabarmari, 20 km from Maiduguri"
        na, nb = table.place_near[a[textual]], table.place_near[b[textual]]
        close = np.flatnonzero(textual)[(sim < 1.0) & ((ua & nb) | (ub & na))]
        if len(close):
            nested = _learned_near(table, a[close], b[close], workers)
            place[close[nested]] = np.maximum(place[close[nested]], _NESTED_PLACE)
        # names written in scripts they do not share (*دوما* and *Douma*) cannot be told
        # apart by spelling: unknown, not different
        apart = np.flatnonzero(textual)[
            (table.place_script[a[textual]] & table.place_script[b[textual]]) == 0
        ]
        place[apart] = np.maximum(place[apart], _NEUTRAL)
    place[relation == _P_SAME] = 1.0  # one local place named two ways (see _place_relation)
    _evidence_feature(table, a, b, relation, place)
    return place


def _evidence_feature(
    table: _Table, a: I64, b: I64, relation: npt.NDArray[np.int8], place: F64
) -> None:
    """Raise ``place`` where a claim with no place is placed at the other's town by evidence.

    A claim that names no place (nor its report) may have weaker evidence of one: the
    town its own words or its article's other claims name (``_Table.place_ev``). When
    that town and the other claim's place (or its own such town) are one town, or a site
    and its town, the pair scores :data:`_EVIDENCE_PLACE`: more than a claim that says
    nothing, less than two places named. Anything else stays neutral: evidence of a
    place never keeps two claims apart.
    """
    ea, eb = table.place_ev[a], table.place_ev[b]
    weak = (relation == _P_NONE) & ((ea >= 0) | (eb >= 0)) & (place == _NEUTRAL)
    if not weak.any():
        return
    idx = np.flatnonzero(weak)
    qa, qb = table.place[a], table.place[b]
    wa = np.where(ea[idx] >= 0, ea[idx], qa[idx])
    wb = np.where(eb[idx] >= 0, eb[idx], qb[idx])
    points = table.places.is_point
    ok = (wa >= 0) & (wb >= 0)
    ok[ok] &= points[wa[ok]] & points[wb[ok]]
    if not ok.any():
        return
    rel = table.places.relate(wa[ok], wb[ok])
    one = (rel == _P_SAME) | (rel == _P_WITHIN) | (rel == _P_CONTAINS)
    place[idx[ok][one]] = _EVIDENCE_PLACE


def _learned_near(table: _Table, a: I64, b: I64, workers: int = 1) -> B:
    """Whether an unknown place lies near the known place the other claim is near.

    *Zabarmari* alone and *non loin de Maiduguri* (read as near Maiduguri), when another
    claim writes *Zabarmari, about 20 kilometres from Maiduguri*: one area, nested.
    """
    out = np.zeros(len(a), dtype=np.bool_)
    for inner, outer in ((a, b), (b, a)):
        has = np.flatnonzero(
            (table.place_beside[inner] >= 0) & (table.place[inner] < 0) & table.place_near[outer]
        )
        if not len(has):
            continue
        out[has] |= _words_within(table, table.place_beside[inner[has]], outer[has], workers)
    return out


def _learned_within(table: _Table, a: I64, b: I64, workers: int = 1) -> B:
    """Whether one claim's place lies in the other's by the input's own compounds.

    *Koshobe* alone lies in *Zabarmari* when another claim writes *Koshebe, Zabarmari*
    (resolution's containers of a name): nested, not the same place. The other's words
    must all be among the containers (a sibling, *Kalari, Zabarmari*, is not inside). The
    inner name is unknown to the gazetteer; the outer one too, unless the inner names a
    site that lies inside towns (a hospital).
    """
    out = np.zeros(len(a), dtype=np.bool_)
    for inner, outer in ((a, b), (b, a)):
        has = np.flatnonzero(
            (table.place_out[inner] >= 0)
            & (table.place[inner] < 0)
            & ((table.place[outer] < 0) | table.place_site[inner])
        )
        if not len(has):
            continue
        out[has] |= _words_within(table, table.place_out[inner[has]], outer[has], workers)
    return out


def _words_within(table: _Table, codes_in: I32, outer: I64, workers: int = 1) -> B:
    """Whether each ``outer`` claim's place words are all among the keys ``codes_in``.

    The token-set similarity finds the pairs whose words nest (either way); of those few,
    the words decide which way.
    """
    codes_out = table.place_text[outer]
    hit = table.place_sim.similarity(codes_in, codes_out, workers) >= 1.0
    found = np.zeros(len(outer), dtype=np.bool_)
    words = table.place_sim.keys
    for k in np.flatnonzero(hit).tolist():
        if set(words[codes_out[k]].split()) <= set(words[codes_in[k]].split()):
            found[k] = True
    return found


def _actor_feature(table: _Table, a: I64, b: I64, workers: int = 1) -> F64:
    """Actor feature: same actor 1, part of 0.75, other 0.5; unresolved names by text.

    Two unresolved names that differ may score below neutral: a floor at 0.5 (as two known
    different actors score) was measured and not kept (docs/alignment.md).
    """
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
