"""Order-independence on hostile input: the same claims in any order give the same text and floats.

Reproducer class: "which surface form labels a value ('80' or 'eighty') depends on input
order". Every label, every line of the report and every float of the reconciliation
(trust, confidence, low/best/high) must be the same, bit for bit, whatever the order.
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimrec as cr
from claimrec.reconciliation import METHODS
from claimrec.report import render_report

_FORMS = ("80", "eighty", "about 80", "over 70", "3", "three", "trois", "dozens", "80 ")
_SOURCES = ("FAMa", "JNIM", "ORTM", "AFP", "Kayes resident", "RFI")
_PLACES = ("Kayes", "Kayes region", "Ménaka")


@st.composite
def _claim_sets(draw):
    n = draw(st.integers(2, 7))
    out = []
    for k in range(n):
        out.append(
            cr.Claim(
                source=draw(st.sampled_from(_SOURCES)),
                subject=draw(st.sampled_from(("militants", "Militants", "soldiers"))),
                predicate="killed",
                value=draw(st.sampled_from(_FORMS)),
                polarity=draw(st.sampled_from(("asserted", "asserted", "denied"))),
                place=draw(st.sampled_from(_PLACES)),
                when="2025-07-01",
                id=f"c{k}",
            )
        )
    return out


def _floats(result):
    items = [
        (i.item, str(i.value), i.confidence, getattr(i, "low", None), getattr(i, "high", None))
        for i in result.items
    ]
    trust = sorted((s.source, s.scope, s.trust, s.claims) for s in result.sources)
    return [sorted(items, key=repr), trust]


def _outcome(claims, method):
    graph = cr.claim_graph(claims)
    result = cr.reconcile(graph, method=method)
    labels = sorted(graph.label(gid) for gid in graph.groups())
    return render_report(graph, result), _floats(result), labels


@settings(max_examples=25, deadline=None)
@given(_claim_sets(), st.randoms(use_true_random=False), st.sampled_from(sorted(METHODS)))
def test_labels_and_floats_do_not_depend_on_input_order(claims, rng, method):
    """Shuffled claims give the same report text, labels and floats, exactly."""
    shuffled = claims[:]
    rng.shuffle(shuffled)
    assert _outcome(shuffled, method) == _outcome(claims, method)


@pytest.mark.parametrize(
    ("forms", "shown"),
    [(("eighty", "80", "80"), "80"), (("eighty", "80"), "80"), (("Sandare", "Sandaré"), "Sandaré"),
     (("Sandaré", "Sandare", "Sandare"), "Sandare")],
)  # fmt: skip
def test_the_shown_wording_is_the_commonest_then_the_richest(forms, shown):
    """Commonest wording first; among equals the one with accents; never the first given."""
    claims = [
        cr.Claim(source=f"S{k}", subject="towns", predicate="attacked", value=form,
                 place="Kayes", when="2025-07-01", id=f"c{k}")
        for k, form in enumerate(forms)
    ]  # fmt: skip
    for order in itertools.permutations(claims):
        (item,) = cr.reconcile(list(order), method="majority").items
        assert item.value == shown


@pytest.mark.parametrize("method", sorted(METHODS))
def test_surface_form_label_does_not_depend_on_input_order(method):
    """'80' and 'eighty' for one item: the label is the same whichever comes first."""
    claims = [
        cr.Claim(source=s, subject="militants", predicate="killed", value=v, place="Kayes",
                 when="2025-07-01", id=f"c{k}")
        for k, (s, v) in enumerate([("FAMa", "eighty"), ("ORTM", "80"), ("AFP", "80")])
    ]  # fmt: skip
    reference = _outcome(claims, method)
    for order in itertools.permutations(claims):
        assert _outcome(list(order), method) == reference


def test_a_denied_figure_is_worded_the_same_in_any_order():
    """'not 80' or 'not eighty' is decided by the claims, never by which one was read first."""
    forms = [("eighty", "denied"), ("80", "denied"), ("eighty", "asserted"), ("80", "denied"),
             ("eighty", "asserted"), ("80", "asserted")]  # fmt: skip
    claims = [
        cr.Claim(source="FAMa", subject="militants", predicate="killed", value=value,
                 polarity=polarity, place="Kayes", when="2025-07-01", id=f"c{k}")
        for k, (value, polarity) in enumerate(forms)
    ]  # fmt: skip
    notes = {
        cr.reconcile(order, method="accu").item("c0").note
        for order in (claims, claims[::-1], claims[2:] + claims[:2])
    }
    assert len(notes) == 1
    assert "'not 80'" in notes.pop()
