"""Tests for claimrec.reconciliation._table: the sparse claim table and its builders."""

from __future__ import annotations

import math

import numpy as np
import pytest
import scipy.sparse as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from claimrec.errors import InvalidClaimError, UnknownNameError
from claimrec.reconciliation._segments import offsets, seg_max, seg_sum, weighted_median
from claimrec.reconciliation._table import (
    ClaimTable,
    flag_outliers,
    implication_from_exclusions,
    implication_from_hierarchy,
    implication_from_intervals,
    implication_from_similarity,
)

SOURCES = ("afp", "army", "ngo", "radio", "witness")
ITEMS = ("toll", "who", "where")
VALUES = ("captured", "repelled", 12, 40, 85, ("a", 1))

records = st.lists(
    st.tuples(st.sampled_from(SOURCES), st.sampled_from(ITEMS), st.sampled_from(VALUES)),
    min_size=1,
    max_size=30,
)


def _table(rows, **kw):
    sources, items, values = zip(*rows, strict=True)
    return ClaimTable.from_records(list(sources), list(items), list(values), **kw)


def _claims_by_label(table):
    return sorted(
        (table.sources[s], table.items[table.value_item[v]], repr(table.values[v]))
        for s, v in zip(table.claim_source.tolist(), table.claim_value.tolist(), strict=True)
    )


# ---------------------------------------------------------------------------------- building


def test_codes_follow_sorted_labels():
    t = _table([("b", "y", "q"), ("a", "x", "p"), ("b", "x", "q")])
    assert t.sources == ("a", "b")
    assert t.items == ("x", "y")
    assert t.values == ("p", "q", "q")
    assert t.value_item.tolist() == [0, 0, 1]
    assert t.claim_value.tolist() == [2, 0, 1]


@settings(max_examples=40, deadline=None)
@given(rows=records, seed=st.integers(0, 2**16))
def test_table_does_not_depend_on_record_order(rows, seed):
    perm = np.random.default_rng(seed).permutation(len(rows))
    a = _table(rows)
    b = _table([rows[k] for k in perm])
    assert (a.sources, a.items, a.values) == (b.sources, b.items, b.values)
    assert a.value_item.tolist() == b.value_item.tolist()
    assert _claims_by_label(a) == _claims_by_label(b)
    assert np.allclose(a.value_support, b.value_support)


def test_numpy_integer_labels_take_the_fast_path_with_the_same_codes():
    src = np.array([3, 1, 3, 2])
    a = ClaimTable.from_records(src, ["x"] * 4, [5, 5, 6, 7])
    b = ClaimTable.from_records(src.tolist(), ["x"] * 4, [5, 5, 6, 7])
    assert a.sources == b.sources == (1, 2, 3)
    assert a.claim_source.tolist() == b.claim_source.tolist()


def test_mixed_label_types_sort_deterministically():
    t = _table([("s", "i", "b"), ("s", "i", 2), ("s", "i", ("t", 1)), ("s", "i", frozenset("ab"))])
    assert t.values == (2, "b", ("t", 1), frozenset("ab"))


def test_repr_counts_claims_sources_items_values():
    assert repr(_table([("a", "x", 1), ("b", "x", 2)])) == (
        "<ClaimTable claims=2 sources=2 items=1 values=2>"
    )


def test_arrays_are_read_only():
    t = _table([("a", "x", 1)])
    with pytest.raises(ValueError, match="read-only"):
        t.claim_source[0] = 1


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"claim_source": [0, 5]}, "claim_source"),
        ({"claim_value": [0, 9]}, "claim_value"),
        ({"claim_value": [0]}, "claim_value"),
        ({"value_item": [1, 0]}, "value_item"),
        ({"source_prior": [0.5, 1.5]}, "source_prior"),
        ({"item_known": [3, -1]}, "item_known"),
        ({"item_known": [1, -1]}, "item_known"),
        ({"claim_group": [0]}, "claim_group"),
    ],
)
def test_invalid_codes_name_the_field(kwargs, field):
    base = {
        "sources": ("a", "b"),
        "items": ("x", "y"),
        "values": ("p", "q"),
        "claim_source": [0, 1],
        "claim_value": [0, 1],
        "value_item": [0, 1],
    }
    with pytest.raises(InvalidClaimError) as info:
        ClaimTable(**{**base, **kwargs})
    assert info.value.field == field


def test_from_records_rejects_sequences_of_different_length():
    with pytest.raises(InvalidClaimError, match="length differs"):
        ClaimTable.from_records(["a", "b"], ["x"], ["p", "q"])


def test_known_and_prior_map_labels_to_codes():
    t = _table(
        [("a", "x", "p"), ("b", "x", "q"), ("b", "y", "r")],
        known={"x": "q"},
        source_prior={"b": 0.9},
    )
    assert t.item_known.tolist() == [1, -1]
    assert math.isnan(t.source_prior[0])
    assert t.source_prior[1] == 0.9


def test_known_value_must_be_claimed_for_its_item():
    with pytest.raises(InvalidClaimError, match="not claimed"):
        _table([("a", "x", "p"), ("b", "y", "q")], known={"x": "q"})


def test_unknown_labels_raise_unknown_name_error_with_suggestions():
    t = _table([("afp", "toll", 1)])
    with pytest.raises(UnknownNameError) as info:
        t.source_code("AFP")
    assert info.value.suggestions == ("afp",)
    with pytest.raises(UnknownNameError):
        t.value_code("toll", 2)
    with pytest.raises(UnknownNameError):
        _table([("a", "x", "p")], source_prior={"zz": 0.5})


def test_an_echo_group_carries_weight_one_per_item():
    t = _table(
        [("afp", "toll", 12), ("bbc", "toll", 12), ("cnn", "toll", 12), ("w", "toll", 40)],
        groups=["army", "army", "army", "w"],
    )
    assert t.claim_weight.tolist() == pytest.approx([1 / 3, 1 / 3, 1 / 3, 1.0])
    assert t.value_support.tolist() == pytest.approx([1.0, 1.0])


def test_a_group_spanning_two_items_weighs_one_in_each():
    t = _table([("a", "x", 1), ("b", "y", 2)], groups=["g", "g"])
    assert t.claim_weight.tolist() == [1.0, 1.0]


def test_numbers_are_numeric_by_default_and_mixed_items_are_not():
    t = _table([("a", "n", 3), ("b", "n", 4.5), ("a", "w", 1), ("b", "w", "army")])
    assert t.item_numeric().tolist() == [True, False]
    assert t.value_best.tolist()[:2] == [3.0, 4.5]


def test_custom_numeric_payload_gives_low_best_high():
    t = _table(
        [("a", "toll", "over 80"), ("b", "toll", "85")],
        numeric=lambda s: (85.0, 85.0, 85.0) if s == "85" else (80.0, 90.0, math.inf),
    )
    assert t.value_low.tolist() == [85.0, 80.0]
    assert t.value_high.tolist() == [85.0, math.inf]


def test_no_numeric_payload_when_nothing_is_numeric():
    assert _table([("a", "x", "p")]).value_best is None


# ---------------------------------------------------------------------------------- implication


def _over80_table():
    return _table(
        [("a", "toll", "85"), ("b", "toll", "over 80"), ("c", "toll", "40")],
        numeric=lambda s: {
            "85": (85.0, 85.0, 85.0),
            "over 80": (80.0, 90.0, math.inf),
            "40": (40.0, 40.0, 40.0),
        }[s],
    )


def test_interval_implication_point_inside_interval_supports_both_ways():
    t = _over80_table()
    imp = implication_from_intervals(t).toarray()
    v40, v85, over = (t.value_code("toll", x) for x in ("40", "85", "over 80"))
    assert imp[v85, over] == 1.0
    assert imp[over, v85] == 0.5
    assert imp[v40, over] == imp[over, v40] == 0.0


def test_interval_implication_partial_overlap_is_scaled_by_the_shared_share():
    t = _table(
        [("a", "t", "30-40"), ("b", "t", "35-55")],
        numeric=lambda s: {"30-40": (30.0, 35.0, 40.0), "35-55": (35.0, 45.0, 55.0)}[s],
    )
    imp = implication_from_intervals(t, down=1.0).toarray()
    assert imp[0, 1] == pytest.approx(0.5)
    assert imp[1, 0] == pytest.approx(0.25)


def test_hierarchy_implication_child_entails_ancestors():
    t = _table([("a", "x", "Kayes"), ("b", "x", "Mali"), ("c", "x", "Africa"), ("d", "y", "Mali")])
    imp = implication_from_hierarchy(t, {"Kayes": "Mali", "Mali": "Africa"}, down=0.25).toarray()
    africa, kayes, mali = 0, 1, 2
    assert imp[kayes, mali] == imp[kayes, africa] == imp[mali, africa] == 1.0
    assert imp[mali, kayes] == imp[africa, kayes] == 0.25
    assert imp[:, 3].sum() == 0  # the other item's "Mali" is not linked


def test_hierarchy_implication_accepts_an_ancestor_function():
    t = _table([("a", "x", "Newport"), ("b", "x", "Wales")])
    imp = implication_from_hierarchy(t, lambda v: {"Wales", "UK"} if v == "Newport" else ())
    assert imp.toarray().tolist() == [[0.0, 1.0], [0.5, 0.0]]


def test_similarity_implication_subtracts_the_base():
    t = _table([("a", "t", 100), ("b", "t", 104)])
    imp = implication_from_similarity(t, lambda x, y: 1 - abs(x - y) / 10, base=0.5).toarray()
    assert imp[0, 1] == pytest.approx(0.1)


def test_exclusions_are_negative_and_symmetric():
    t = _table([("a", "x", "captured"), ("b", "x", "repelled"), ("c", "x", "contested")])
    imp = implication_from_exclusions(t, [("captured", "repelled")]).toarray()
    assert imp[0, 2] == imp[2, 0] == -1.0
    assert imp[0, 1] == imp[1, 0] == 0.0


def test_with_implication_sums_and_clips():
    t = _over80_table()
    a = implication_from_intervals(t)
    t2 = t.with_implication(a, a)
    assert t2.implication.max() == 1.0
    assert t2.implication.nnz == a.nnz


def test_implication_across_items_is_rejected():
    t = _table([("a", "x", "p"), ("b", "y", "q")])
    bad = sp.csr_array(np.array([[0.0, 1.0], [0.0, 0.0]]))
    with pytest.raises(InvalidClaimError, match="block-diagonal"):
        t.with_implication(bad)


def test_implication_entries_must_be_within_minus_one_and_one():
    t = _table([("a", "x", "p"), ("b", "x", "q")])
    with pytest.raises(InvalidClaimError, match=r"\[-1, 1\]"):
        ClaimTable(
            sources=t.sources,
            items=t.items,
            values=t.values,
            claim_source=t.claim_source,
            claim_value=t.claim_value,
            value_item=t.value_item,
            implication=sp.csr_array(np.array([[0.0, 2.0], [0.0, 0.0]])),
        )


# ---------------------------------------------------------------------------------- outliers


def test_outlier_235_billion_beside_56_thousand_is_flagged():
    numbers = [56_000, 55_500, 57_000, 235e9]
    t = _table([(s, "displaced", v) for s, v in zip("abcd", numbers, strict=True)])
    flags = flag_outliers(t)
    assert [t.values[v] for v in np.flatnonzero(flags)] == [235e9]


@pytest.mark.parametrize(
    "numbers",
    [
        [80, 100, 120],  # ordinary disagreement
        [8, 80, 85, 90],  # a tenfold dispute is news, not noise
        [56_000, 235e9],  # two claims: cannot tell which is off
    ],
)
def test_plausible_disputes_are_not_flagged(numbers):
    t = _table([(f"s{k}", "n", v) for k, v in enumerate(numbers)])
    assert not flag_outliers(t).any()


def test_outliers_are_judged_on_evidence_groups():
    rows = [("a", "n", 56_000), ("b", "n", 57_000), ("c", "n", 235e9), ("d", "n", 235e9)]
    t = _table(rows, groups=["a", "b", "echo", "echo"])
    assert flag_outliers(t).tolist() == [False, False, True]


# ---------------------------------------------------------------------------------- segments


@settings(max_examples=60, deadline=None)
@given(
    data=st.lists(
        st.tuples(st.integers(0, 3), st.floats(-50, 50), st.floats(0.1, 5)),
        min_size=1,
        max_size=20,
    )
)
def test_weighted_median_matches_a_naive_reference(data):
    seg = np.array([d[0] for d in data])
    x = np.array([d[1] for d in data])
    w = np.array([d[2] for d in data])
    got = weighted_median(seg, x, w, 4)
    for k in range(4):
        pts = sorted((xi, wi) for si, xi, wi in data if si == k)
        if not pts:
            assert math.isnan(got[k])
            continue
        total = sum(wi for _, wi in pts)
        acc = 0.0
        for xi, wi in pts:
            acc += wi
            if acc >= total / 2 * (1 - 1e-12):
                assert got[k] == xi
                break


def test_segment_reductions_handle_empty_segments():
    starts = offsets(np.array([0, 0, 2]), 3)
    x = np.array([1.0, 4.0, 2.0])
    assert seg_max(x, starts).tolist() == [4.0, -math.inf, 2.0]
    assert seg_sum(x, starts).tolist() == [5.0, 0.0, 2.0]
