"""The men of a toll broken down by sex or age are a part of it (resolution/_tolls.py)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import claimrec as cr


def _report(rid: str = "r1") -> cr.Report:
    return cr.Report(outlet="Weekly", id=rid)


def _breakdown(report: cr.Report) -> list[cr.Claim]:
    return [
        cr.Claim(source="Rights group", subject="civilians", predicate="killed", value=150,
                 via=report, place="Village", when="2023-04-20", id="whole"),
        cr.Claim(source="Rights group", subject="men", predicate="killed", value=80,
                 via=report, place="Village", when="2023-04-20", id="men"),
        cr.Claim(source="Rights group", subject="women", predicate="killed", value=30,
                 via=report, place="Village", when="2023-04-20", id="women"),
        cr.Claim(source="Rights group", subject="children", predicate="killed", value=40,
                 via=report, place="Village", when="2023-04-20", id="children"),
    ]  # fmt: skip


def test_men_beside_women_and_children_of_one_speaker_are_males():
    res = cr.resolve(_breakdown(_report()))
    assert res["men"].subject is not None
    assert (res["men"].subject.id, res["men"].subject.rule) == ("males", "breakdown")
    assert res["women"].subject is not None
    assert res["women"].subject.id == "women"


def test_men_alone_are_people():
    claims = [
        cr.Claim(source="Agency", subject="men", predicate="killed", value=300, via=_report(),
                 id="a"),
        cr.Claim(source="Army", subject="hommes", predicate="tués", value=20, id="b"),
    ]  # fmt: skip
    res = cr.resolve(claims)
    assert res["a"].subject is not None
    assert res["a"].subject.id == "people"
    assert res["b"].subject is not None
    assert res["b"].subject.id == "people"


def test_women_of_another_speaker_or_report_make_no_breakdown():
    men = cr.Claim(source="Agency", subject="Männer", predicate="getötet", value=80,
                   via=_report("r1"), id="men")  # fmt: skip
    others = [
        cr.Claim(source="Witness", subject="women", predicate="killed", value=30,
                 via=_report("r1"), id="w1"),
        cr.Claim(source="Agency", subject="Frauen", predicate="getötet", value=30,
                 via=_report("r2"), id="w2"),
    ]  # fmt: skip
    res = cr.resolve([men, *others])
    assert res["men"].subject is not None
    assert res["men"].subject.id == "people"


def test_the_men_of_a_breakdown_do_not_dispute_another_speakers_whole_toll():
    claims = _breakdown(_report())
    rival = cr.Claim(source="Survivors", subject="people", predicate="killed", value=136,
                     via=_report("r2"), place="Village", when="2023-04-20",
                     id="rival")  # fmt: skip
    graph = cr.claim_graph([*claims, rival])
    rel = graph.relationship("men", "rival")
    assert rel is None or rel.kind is not cr.Relation.CONTRADICTS
    # and without the women and children, the speaker's men are its whole toll: disputed
    alone = cr.claim_graph([claims[1], rival]).relationship("men", "rival")
    assert alone is not None
    assert alone.kind is cr.Relation.CONTRADICTS


@settings(max_examples=30, deadline=None)
@given(st.permutations(range(4)))
def test_the_breakdown_does_not_depend_on_the_claims_order(order):
    claims = _breakdown(_report())
    res = cr.resolve([claims[i] for i in order])
    assert res["men"].subject is not None
    assert res["men"].subject.id == "males"
