"""The default estimator: members averaged, a calibrated confidence, a robust numeric estimate."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimrec as cr
from claimrec.reconciliation._ensemble import CALIBRATION, calibrated, ensemble
from claimrec.reconciliation._table import ClaimTable


def test_calibration_map_is_monotone_and_spans_zero_to_one():
    """The map is non-decreasing from raw 0 to raw 1, with probabilities in [0, 1]."""
    xs, ys = zip(*CALIBRATION, strict=True)
    assert xs[0] == 0.0
    assert xs[-1] == 1.0
    assert list(xs) == sorted(xs)
    assert list(ys) == sorted(ys)
    assert all(0.0 <= y <= 1.0 for y in ys)


@given(st.lists(st.floats(0.0, 1.0), min_size=2, max_size=20))
@settings(max_examples=50, deadline=None)
def test_calibrated_keeps_the_order_of_confidences(raw):
    """A higher raw confidence never maps to a lower probability."""
    out = calibrated(sorted(raw))
    assert (np.diff(out) >= -1e-12).all()


def test_the_default_method_is_the_ensemble():
    """reconcile() runs the ensemble unless told otherwise."""
    claims = [
        cr.Claim(source=s, subject="soldiers", predicate="killed", value="3", place="Kayes")
        for s in ("A", "B")
    ]
    assert cr.reconcile(claims).method == "ensemble"


def test_more_agreement_means_more_confidence():
    """Three sources agreeing give more confidence than one source against another."""
    t = ClaimTable.from_records(
        ["a", "b", "c", "a", "b"], ["x", "x", "x", "y", "y"], ["p", "p", "p", "p", "q"]
    )
    est = ensemble(t)
    assert est.item_confidence[0] > est.item_confidence[1]
    assert ((est.item_confidence >= 0) & (est.item_confidence <= 1)).all()


def test_a_vandal_does_not_win_a_numeric_item():
    """Population-style figures: honest sources differ a little, a vandal by a lot, everywhere."""
    rng = np.random.default_rng(3)
    sources, items, values = [], [], []
    for city in range(30):
        truth = int(rng.integers(10_000, 90_000))
        for honest in range(4):
            sources.append(f"honest{honest}")
            items.append(f"city{city}")
            values.append(truth if rng.random() < 0.7 else truth + int(rng.integers(-50, 50)))
        sources.append("vandal")
        items.append(f"city{city}")
        values.append(truth * 10 + 7)
    t = ClaimTable.from_records(sources, items, values)
    est = ensemble(t)
    chosen = [t.values[c] for c in est.item_choice.tolist()]
    vandal = {v for s, v in zip(sources, values, strict=True) if s == "vandal"}
    assert not vandal & set(chosen)
    assert est.item_estimate is not None
    assert est.source_trust[t.source_code("vandal")] < est.source_trust[t.source_code("honest0")]


@pytest.mark.parametrize("calibrate", [True, False])
def test_known_items_have_confidence_one(calibrate):
    """A known item is clamped: confidence 1, calibrated or not."""
    t = ClaimTable.from_records(["a", "b"], ["x", "x"], ["p", "q"], known={"x": "q"})
    est = ensemble(t, calibrate=calibrate)
    assert est.choices(t) == {"x": "q"}
    assert est.item_confidence.tolist() == [1.0]
