"""Tests for the truth-discovery estimators (claimrec.reconciliation._estimators and friends)."""

from __future__ import annotations

import math
from collections import defaultdict

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimrec.errors import InvalidClaimError
from claimrec.reconciliation._estimate import Clamp, StopReason, choose
from claimrec.reconciliation._estimators import (
    ESTIMATORS,
    accu,
    accu_copy,
    crh,
    flag_outliers,
    majority_vote,
    sums,
    truthfinder,
)
from claimrec.reconciliation._table import (
    ClaimTable,
    implication_from_exclusions,
    implication_from_hierarchy,
    implication_from_intervals,
)

ITERATIVE = sorted(set(ESTIMATORS) - {"majority_vote"})
TRUST_BASED = ITERATIVE  # every iterative method learns trust from known items


def _table(rows, **kw):
    sources, items, values = zip(*rows, strict=True)
    return ClaimTable.from_records(list(sources), list(items), list(values), **kw)


def _two_good_one_bad():
    rows = []
    for k in range(4):
        rows += [("a", f"q{k}", 1), ("b", f"q{k}", 1), ("c", f"q{k}", 2)]
    return _table(rows)


# ---------------------------------------------------------------------------------- shape


@pytest.mark.parametrize("method", sorted(ESTIMATORS))
def test_every_estimator_finds_the_majority_of_reliable_sources(method):
    t = _two_good_one_bad()
    est = ESTIMATORS[method](t)
    assert est.method == method
    assert set(est.choices(t).values()) == {1}
    assert est.value_score.shape == (t.n_values,)
    assert est.source_trust.shape == (t.n_sources,)
    assert ((est.item_confidence >= 0) & (est.item_confidence <= 1)).all()
    assert est.trust(t)["a"] > est.trust(t)["c"]


@pytest.mark.parametrize("method", ITERATIVE)
def test_max_iter_one_reports_not_converged(method):
    est = ESTIMATORS[method](_two_good_one_bad(), max_iter=1)
    assert (est.iterations, est.converged, est.stop_reason) == (1, False, StopReason.MAX_ITER)


def test_majority_vote_is_a_single_pass():
    est = majority_vote(_two_good_one_bad())
    assert (est.iterations, est.converged, est.stop_reason) == (1, True, "single_pass")


def test_truthfinder_never_stops_silently_after_one_iteration():
    # uniform sources: the first update does not change the direction of the trust vector
    t = _table([("a", "x", 1), ("b", "x", 1), ("a", "y", 2), ("b", "y", 2)])
    est = truthfinder(t)
    assert est.iterations >= 2
    assert est.converged


@pytest.mark.parametrize("method", ITERATIVE)
@pytest.mark.parametrize(("field", "value"), [("max_iter", 0), ("tol", -1.0)])
def test_bad_iteration_arguments_are_rejected(method, field, value):
    with pytest.raises(InvalidClaimError) as info:
        ESTIMATORS[method](_two_good_one_bad(), **{field: value})
    assert info.value.field == field


@pytest.mark.parametrize("method", sorted(ESTIMATORS))
def test_prior_of_wrong_length_is_rejected(method):
    with pytest.raises(InvalidClaimError, match="prior"):
        ESTIMATORS[method](_two_good_one_bad(), prior=[0.5])


def test_n_false_must_be_positive_or_observed():
    with pytest.raises(InvalidClaimError, match="n_false"):
        accu(_two_good_one_bad(), n_false="many")


def test_estimate_repr_is_short():
    est = sums(_two_good_one_bad())
    assert repr(est).startswith("<Estimate method='sums' items=4 iterations=")


# ---------------------------------------------------------------------------------- choice


def test_ties_break_on_independent_support_then_smallest_code():
    t = _table([("a", "x", "p"), ("b", "x", "q"), ("c", "x", "q"), ("d", "x", "r")])
    clamp = Clamp(t, None)
    choice, tie = choose(t, np.array([1.0, 1.0, 0.5]), clamp)
    assert (t.values[choice[0]], tie[0]) == ("q", True)
    choice, tie = choose(t, np.array([1.0, 0.5, 1.0]), clamp)
    assert (t.values[choice[0]], tie[0]) == ("p", True)


def test_majority_tie_is_flagged_and_resolved_by_sorted_label():
    t = _table([("a", "x", "rebels"), ("b", "x", "army")])
    est = majority_vote(t)
    assert est.tie.tolist() == [True]
    assert est.choices(t) == {"x": "army"}
    assert est.item_confidence.tolist() == [0.5]


def test_echo_group_counts_once_in_majority():
    rows = [(s, "toll", 12) for s in ("afp", "bbc", "cnn", "dw", "rfi")]
    rows += [("w1", "toll", 40), ("w2", "toll", 40)]
    t = _table(rows, groups=["army"] * 5 + ["w1", "w2"])
    assert majority_vote(t).choices(t) == {"toll": 40}
    assert majority_vote(_table(rows)).choices(t) == {"toll": 12}


@pytest.mark.parametrize("method", sorted(ESTIMATORS))
def test_no_estimator_counts_an_echo_as_corroboration(method):
    # item "toll": one army statement relayed by three outlets against two independent reports
    rows = [(s, "toll", 12) for s in ("afp", "bbc", "cnn")]
    rows += [("w1", "toll", 40), ("w2", "toll", 40)]
    groups = ["army"] * 3 + ["w1", "w2"]
    # every source is right once elsewhere, so trust is equal
    for k, s in enumerate(("afp", "bbc", "cnn", "w1", "w2")):
        rows.append((s, f"q{k}", "ok"))
        groups.append(f"{s}-{k}")
    t = _table(rows, groups=groups)
    assert ESTIMATORS[method](t).choices(t)["toll"] == 40


# ---------------------------------------------------------------------------------- implication


def _over80(rows):
    numbers = {"85": (85.0, 85.0, 85.0), "over 80": (80.0, 90.0, math.inf), "40": (40.0,) * 3}
    t = _table(rows, numeric=numbers.get)
    return t.with_implication(implication_from_intervals(t))


def test_interval_implication_over_80_and_85_support_each_other():
    t = _over80([("a", "toll", "85"), ("b", "toll", "over 80"), ("c", "toll", "40")])
    score = dict(zip(t.values, majority_vote(t, rho=1.0).value_score.tolist(), strict=True))
    assert score == {"40": 1.0, "85": 1.5, "over 80": 2.0}
    assert majority_vote(t, rho=0.0).tie.tolist() == [True]


@pytest.mark.parametrize("method", sorted(ESTIMATORS))
def test_specific_prefers_the_value_that_refines_the_winner(method):
    rows = [("a", "toll", "85"), ("b", "toll", "over 80"), ("c", "toll", "40")]
    rows += [(s, "other", "x") for s in "abc"]
    t = _over80(rows)
    assert ESTIMATORS[method](t, specific=0.5).choices(t)["toll"] == "85"


@pytest.mark.parametrize("method", ["majority_vote", "truthfinder", "accu"])
def test_exclusion_lowers_the_opposed_value(method):
    rows = [("a", "x", "captured"), ("b", "x", "repelled"), ("c", "x", "repelled")]
    rows += [("d", "x", "contested")]
    t = _table(rows)
    excl = t.with_implication(implication_from_exclusions(t, [("captured", "repelled")]))
    captured = t.value_code("x", "captured")
    plain = ESTIMATORS[method](t).value_score[captured]
    opposed = ESTIMATORS[method](excl).value_score[captured]
    assert opposed < plain


def test_hierarchy_child_claim_supports_its_region():
    t = _table([("a", "born", "Kayes"), ("b", "born", "Mali"), ("c", "born", "Gao")])
    t = t.with_implication(implication_from_hierarchy(t, {"Kayes": "Mali", "Gao": "Mali"}))
    assert majority_vote(t).choices(t) == {"born": "Mali"}


# ---------------------------------------------------------------------------------- priors


@pytest.mark.parametrize("method", TRUST_BASED)
def test_known_items_are_clamped_and_teach_trust(method):
    rows = [("a", "k", 1), ("b", "k", 2), ("a", "x", "p"), ("b", "x", "q")]
    rows += [("a", "y", "u"), ("b", "y", "w")]
    if method != "crh":  # CRH breaks the symmetry in its initial vote, by sorted label
        assert ESTIMATORS[method](_table(rows)).tie[1:].all()
    t = _table(rows, known={"k": 1})
    est = ESTIMATORS[method](t)
    assert est.choices(t) == {"k": 1, "x": "p", "y": "u"}
    assert est.item_confidence[0] == 1.0
    assert not est.tie.any()
    t2 = _table(rows, known={"k": 2})
    assert ESTIMATORS[method](t2).choices(t2) == {"k": 2, "x": "q", "y": "w"}


@pytest.mark.parametrize("method", sorted(ESTIMATORS))
def test_source_prior_breaks_a_symmetric_dispute(method):
    rows = [("a", "x", "p"), ("b", "x", "q"), ("a", "y", "u"), ("b", "y", "w")]
    t = _table(rows, source_prior={"a": 0.9, "b": 0.2})
    assert ESTIMATORS[method](t).choices(t) == {"x": "p", "y": "u"}


@pytest.mark.parametrize("method", sorted(ESTIMATORS))
def test_excluded_values_cannot_win(method):
    rows = [(s, "displaced", 235e9) for s in "abc"] + [(s, "displaced", 56_000) for s in "de"]
    rows += [(s, "other", 1) for s in "abcde"]
    t = _table(rows)
    mask = np.zeros(t.n_values, dtype=bool)
    mask[t.value_code("displaced", 235e9)] = True
    assert ESTIMATORS[method](t, exclude_values=mask).choices(t)["displaced"] == 56_000


def test_flagged_outlier_excluded_end_to_end():
    numbers = [55e3, 56e3, 56e3, 57e3, 235e9, 235e9, 235e9]
    rows = [(s, "n", v) for s, v in zip("abcdefg", numbers, strict=True)]
    t = _table(rows)
    assert majority_vote(t).choices(t) == {"n": 235e9}
    assert majority_vote(t, exclude_values=flag_outliers(t)).choices(t) == {"n": 56e3}


# ---------------------------------------------------------------------------------- copying


def _copiers():
    rows = [("good", f"q{i}", "t") for i in range(12)]
    rows += [
        (f"ind{k}", f"q{i}", "t" if (i + k) % 4 else f"err{k}") for k in range(3) for i in range(12)
    ]
    rows += [(c, f"q{i}", "t" if i >= 4 else f"f{i}") for c in ("c1", "c2") for i in range(12)]
    rows += [("good", "toll", 85), ("c1", "toll", 120), ("c2", "toll", 120)]
    return _table(rows)


def test_accucopy_reliable_source_outvotes_two_copiers():
    t = _copiers()
    assert majority_vote(t).choices(t)["toll"] == 120
    assert accu(t).choices(t)["toll"] == 120
    est = accu_copy(t)
    assert est.choices(t)["toll"] == 85
    pairs = [(t.sources[i], t.sources[j]) for i, j, _ in est.copy_pairs]
    assert pairs == [("c1", "c2")]
    assert all(i < j and 0.5 <= p <= 1 for i, j, p in est.copy_pairs)


def test_accucopy_without_shared_values_reports_no_pairs():
    t = _table([("a", "x", 1), ("b", "y", 2)])
    assert accu_copy(t).copy_pairs == ()


# ---------------------------------------------------------------------------------- numeric


def test_crh_takes_the_weighted_median_of_numeric_items():
    rows = [("a", "toll", 80), ("b", "toll", 82), ("c", "toll", 300), ("d", "toll", 81)]
    t = _table(rows)
    est = crh(t)
    assert est.item_estimate.tolist() == [81.0]
    assert est.choices(t) == {"toll": 81}


def test_other_estimators_report_the_chosen_number():
    t = _table([("a", "toll", 80), ("b", "toll", 80), ("c", "toll", 300)])
    assert sums(t).item_estimate.tolist() == [80.0]


# ---------------------------------------------------------------------------------- properties

_records = st.lists(
    st.tuples(
        st.sampled_from("abcdef"),
        st.sampled_from(["x", "y", "z", "w"]),
        st.sampled_from(["p", "q", "r", 1, 2, 30]),
        st.sampled_from(["g1", "g2", "g3", "g4", "g5", "g6", "g7"]),
    ),
    min_size=1,
    max_size=24,
)


@pytest.mark.parametrize("method", sorted(ESTIMATORS))
@settings(max_examples=25, deadline=None)
@given(rows=_records, seed=st.integers(0, 2**16))
def test_results_do_not_depend_on_record_order(method, rows, seed):
    perm = np.random.default_rng(seed).permutation(len(rows))
    shuffled = [rows[k] for k in perm]

    def run(rs):
        s, i, v, g = zip(*rs, strict=True)
        t = ClaimTable.from_records(list(s), list(i), list(v), groups=list(g))
        return t, ESTIMATORS[method](t)

    ta, a = run(rows)
    tb, b = run(shuffled)
    assert a.choices(ta) == b.choices(tb)
    assert a.tie.tolist() == b.tie.tolist()
    ra, rb = a.trust(ta), b.trust(tb)
    assert ra.keys() == rb.keys()
    assert np.allclose(list(ra.values()), list(rb.values()), rtol=1e-9, atol=1e-12)
    assert a.iterations == b.iterations


# ---------------------------------------------------------------------------------- oracles
# Slow, obviously-correct loops over claims, against the vectorised estimators.

_distinct = st.lists(
    st.tuples(st.integers(0, 4), st.integers(0, 3), st.integers(0, 2)),
    min_size=1,
    max_size=20,
    unique_by=lambda r: (r[0], r[1]),
)


def _by_label(rows):
    t = ClaimTable.from_records(
        [r[0] for r in rows], [r[1] for r in rows], [f"v{r[2]}" for r in rows]
    )
    claims = sorted({(t.sources.index(s), t.value_code(i, f"v{v}")) for s, i, v in rows})
    return t, claims


def _naive_sums(t, claims, iterations):
    belief = [1.0] * t.n_values
    trust = [0.0] * t.n_sources
    for _ in range(iterations):
        trust = [0.0] * t.n_sources
        for s, v in claims:
            trust[s] += belief[v]
        top = max(trust)
        trust = [x / top for x in trust] if top > 0 else trust
        belief = [0.0] * t.n_values
        for s, v in claims:
            belief[v] += trust[s]
        top = max(belief)
        belief = [x / top for x in belief] if top > 0 else belief
    return trust, belief


@settings(max_examples=40, deadline=None)
@given(rows=_distinct, iterations=st.integers(1, 6))
def test_sums_matches_a_naive_loop(rows, iterations):
    t, claims = _by_label(rows)
    trust, belief = _naive_sums(t, claims, iterations)
    est = sums(t, max_iter=iterations, tol=0.0)
    assert np.allclose(est.source_trust, trust)
    assert np.allclose(est.value_score, belief)


def _naive_truthfinder(t, claims, iterations, gamma=0.3):
    trust = [0.9] * t.n_sources
    conf = [0.0] * t.n_values
    for _ in range(iterations):
        sigma = [0.0] * t.n_values
        for s, v in claims:
            sigma[v] += -math.log(1 - min(trust[s], 1 - 1e-9))
        conf = [1 / (1 + math.exp(-gamma * x)) for x in sigma]
        total: dict[int, list[float]] = defaultdict(list)
        for s, v in claims:
            total[s].append(conf[v])
        trust = [sum(total[s]) / len(total[s]) if total[s] else 0.0 for s in range(t.n_sources)]
    return trust, conf


@settings(max_examples=40, deadline=None)
@given(rows=_distinct, iterations=st.integers(1, 6))
def test_truthfinder_matches_a_naive_loop(rows, iterations):
    t, claims = _by_label(rows)
    trust, conf = _naive_truthfinder(t, claims, iterations)
    est = truthfinder(t, max_iter=iterations, tol=0.0)
    assert np.allclose(est.source_trust, trust)
    assert np.allclose(est.value_score, conf)


def _naive_accu(t, claims, iterations, n=100):
    acc = [0.8] * t.n_sources
    prob = [0.0] * t.n_values

    def probabilities():
        count = [0.0] * t.n_values
        for s, v in claims:
            count[v] += math.log(n * acc[s] / (1 - acc[s]))
        out = [0.0] * t.n_values
        for i in range(t.n_items):
            vals = [v for v in range(t.n_values) if t.value_item[v] == i]
            den = sum(math.exp(count[v]) for v in vals) + max(n + 1 - len(vals), 0)
            for v in vals:
                out[v] = math.exp(count[v]) / den
        return out

    prob = probabilities()
    for _ in range(iterations):
        prob = probabilities()
        mine: dict[int, list[float]] = defaultdict(list)
        for s, v in claims:
            mine[s].append(prob[v])
        acc = [min(max(sum(mine[s]) / len(mine[s]), 0.01), 0.99) for s in range(t.n_sources)]
    return acc, prob


@settings(max_examples=40, deadline=None)
@given(rows=_distinct, iterations=st.integers(1, 6))
def test_accu_matches_a_naive_loop(rows, iterations):
    t, claims = _by_label(rows)
    acc, prob = _naive_accu(t, claims, iterations)
    est = accu(t, max_iter=iterations, tol=0.0)
    assert np.allclose(est.source_trust, acc)
    assert np.allclose(est.value_score, prob)


def _naive_investment(t, claims, iterations, g, pooled):
    n_claims = [max(sum(1 for s, _ in claims if s == k), 1) for k in range(t.n_sources)]
    votes = [sum(1.0 for _, v in claims if v == w) for w in range(t.n_values)]
    item_votes = [
        sum(votes[w] for w in range(t.n_values) if t.value_item[w] == t.value_item[v])
        for v in range(t.n_values)
    ]
    belief = [votes[v] / item_votes[v] for v in range(t.n_values)]  # the voted prior
    top = max(belief)
    belief = [b / top for b in belief]
    trust = [1.0] * t.n_sources
    for _ in range(iterations):
        pool = [0.0] * t.n_values
        for s, v in claims:
            pool[v] += trust[s] / n_claims[s]
        new_trust = [0.0] * t.n_sources
        for s, v in claims:
            new_trust[s] += belief[v] * (trust[s] / n_claims[s]) / pool[v]
        top = max(new_trust)
        trust = [x / top for x in new_trust]
        h = [0.0] * t.n_values
        for s, v in claims:
            h[v] += trust[s] / n_claims[s]
        if pooled:
            grown = [x**g for x in h]
            den = [
                sum(grown[w] for w in range(t.n_values) if t.value_item[w] == t.value_item[v])
                for v in range(t.n_values)
            ]
            belief = [h[v] * grown[v] / den[v] if den[v] else 0.0 for v in range(t.n_values)]
        else:
            belief = [x**g for x in h]
        top = max(belief)
        belief = [b / top for b in belief]
    return trust, belief


@pytest.mark.parametrize(
    ("method", "g", "pooled"), [("investment", 1.2, False), ("pooled_investment", 1.4, True)]
)
@settings(max_examples=30, deadline=None)
@given(rows=_distinct, iterations=st.integers(1, 6))
def test_investment_family_matches_a_naive_loop(method, g, pooled, rows, iterations):
    t, claims = _by_label(rows)
    trust, belief = _naive_investment(t, claims, iterations, g, pooled)
    est = ESTIMATORS[method](t, max_iter=iterations, tol=0.0)
    assert np.allclose(est.source_trust, trust)
    assert np.allclose(est.value_score, belief)


def test_latent_truth_finds_members_no_single_list_has():
    """Multi-truth: members listed by reliable sources are true even if no list has them all."""
    from claimrec.reconciliation._multi import latent_truth  # noqa: PLC0415

    rows = [(s, f"q{i}", ("a", "b")) for s in ("s1", "s2", "s3") for i in range(5)]
    rows += [
        ("s1", "book", ("aho",)),
        ("s2", "book", ("ullman",)),
        ("s3", "book", ("aho", "ullman")),
    ]
    t = _table(rows)
    found = latent_truth(t)
    assert found.truths["book"] == frozenset({"aho", "ullman"})
    assert 0 < found.probability[("book", "aho")] <= 1
    assert set(found.sensitivity) == {"s1", "s2", "s3"}
