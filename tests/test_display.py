"""Short reprs and notebook HTML of claims and results."""

from __future__ import annotations

import json

import pytest

import claimrec as cr


@pytest.fixture(scope="module")
def mali():
    graph = cr.claim_graph(cr.datasets.mali_2025())
    return graph, cr.reconcile(graph)


def _objects(mali):
    graph, result = mali
    return {
        "Claim": graph.claims[1],
        "Dispute": graph.disputes()[0],
        "ItemResult": result.item("fama-thwarted"),
        "Reconciliation": result,
        "ClaimGraph": graph,
        "Alignment": cr.align(graph.claims),
    }


@pytest.mark.parametrize(
    "name", ["Claim", "Dispute", "ItemResult", "Reconciliation", "ClaimGraph", "Alignment"]
)
def test_reprs_are_one_short_line(mali, name):
    """A repr fits one line of a notebook (not kilobytes of nested attrs)."""
    text = repr(_objects(mali)[name])
    assert "\n" not in text
    assert len(text) < 200
    assert text.startswith("<")


@pytest.mark.parametrize(
    "name", ["Claim", "Dispute", "ItemResult", "Reconciliation", "ClaimGraph", "Alignment"]
)
def test_html_displays_exist_and_escape(mali, name):
    """Each result has an HTML display."""
    page = _objects(mali)[name]._repr_html_()
    assert page.startswith(("<div", "<p"))


def test_echo_repr_and_html():
    """An echo names its primary and counts its relays."""
    tv = cr.Report(outlet="ORTM", published="2025-07-01", id="tv")
    claims = [
        cr.Claim(source="FAMa", subject="militants", predicate="killed", value="12",
                 when="2025-07-01", id=f"c{i}",
                 via=tv if i == 0 else cr.Report(outlet=f"outlet {i}", relays=tv))
        for i in range(3)
    ]  # fmt: skip
    (echo,) = cr.claim_graph(claims).echoes()
    assert repr(echo) == "<Echo 'c0' (FAMa) relayed by 2: outlet 1, outlet 2>"
    assert echo._repr_html_().count("<tr>") == 4


def test_a_seven_claim_dispute_is_one_claim_per_line():
    """The graph's HTML lists each claim of a dispute on its own line."""
    claims = [
        cr.Claim(source=f"s{i}", subject="civilians", predicate="killed", value=v,
                 place="Kayes", when="2025-07-01", id=f"c{i}")
        for i, v in enumerate(["5", "5", "5", "5", "200", "200", "200"])
    ]  # fmt: skip
    page = cr.claim_graph(claims)._repr_html_()
    assert page.count("<li>side ") == 7


def test_disputes_serialise_to_json(mali):
    """json.dumps takes a dispute's to_dict(); to_json() round-trips."""
    dispute = mali[0].disputes()[0]
    assert json.loads(dispute.to_json()) == json.loads(json.dumps(dispute.to_dict()))
