"""The claim graph: structure, relation edges inside groups only, and the analyst's queries."""

from __future__ import annotations

import gc
import random

import networkx as nx
import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimrec as cr
import claimrec.graph as graph_module
from claimrec.alignment import align
from claimrec.errors import FormatError, InvalidClaimError, UnknownNameError
from claimrec.graph import (
    ClaimGraph,
    Corroboration,
    Echo,
    claim_graph,
    claim_node,
    report_node,
    source_node,
)
from claimrec.model import Claim, Report, Source
from claimrec.relation import ReasonKind, Relation, relate


@pytest.fixture(scope="module")
def mali():
    return claim_graph(cr.datasets.mali_2025())


def killed(source, value, via=None, *, cid, predicate="neutralised", **kw):
    """A claim about militants killed in Kayes on 1 July."""
    base = {"subject": "militants", "place": "Kayes", "when": "2025-07-01"}
    base.update(kw)
    return Claim(source=source, predicate=predicate, value=value, via=via, id=cid, **base)


TV = Report(outlet="ORTM", published="2025-07-01", id="tv")
OUTLETS = ("Reuters", "AFP", "AP", "RFI", "Al Jazeera")


@pytest.fixture(scope="module")
def echoed():
    """The army's statement, relayed by five outlets (one of them lossy), plus others."""
    claims = [killed("FAMa", "more than 80", TV, cid="army")]
    for outlet in OUTLETS:
        relay = Report(outlet=outlet, published="2025-07-02", relays=TV, id=f"r-{outlet}")
        value = "80" if outlet == "Reuters" else "more than 80"
        claims.append(killed("FAMa", value, relay, cid=f"relay-{outlet}", predicate="killed"))
    claims += [
        killed("DIRPA", "more than 80", Report(outlet="DIRPA", id="dirpa-r"), cid="dirpa"),
        killed("Kayes resident", "about 85", Report(outlet="Radio", id="radio"), cid="resident"),
        killed("JNIM", "5", Report(outlet="Az-Zallaqa", id="az"), cid="jnim"),
    ]
    return claim_graph(claims)


# --------------------------------------------------------------------------- the Mali example


def test_mali_outcome_claims_contradict(mali):
    """The army's 'thwarted' and JNIM's 'seized control of three installations' contradict."""
    rel = mali.relationship("fama-thwarted", "jnim-seized")
    assert rel.kind is Relation.CONTRADICTS
    assert [r.kind for r in rel.reasons] == [ReasonKind.CATEGORICAL]


def test_mali_dispute_has_two_sides(mali):
    """The outcome dispute has the army on one side and JNIM on the other."""
    (dispute,) = mali.disputes()
    assert [[c.source.name for c in side] for side in dispute.sides] == [["FAMa"], ["JNIM"]]
    assert dispute.group_id in mali.groups()
    assert "outcome" in dispute.item


def test_mali_over_80_has_no_counter_claim_and_no_corroboration(mali):
    """The army's 'over 80 militants' is neither disputed nor corroborated."""
    disputed = {c.id for d in mali.disputes() for side in d.sides for c in side}
    assert "fama-neutralised" not in disputed
    assert mali.corroborations() == ()
    rels = [r for r in mali.relationships if "fama-neutralised" in (r.a, r.b)]
    assert not [r for r in rels if r.disputed]


def test_mali_1_june_toll_is_a_separate_event(mali):
    """The 1 June 'at least 30 soldiers' is related to none of the 1 July claims."""
    assert not [r for r in mali.relationships if "news-soldiers-killed-1-june" in (r.a, r.b)]


def test_mali_repr_and_summary(mali):
    """The repr counts claims, sources and contradictions; FAMa vs JNIM leads the summary."""
    assert repr(mali) == "<ClaimGraph claims=17 sources=5 contradictions=1>"
    first = mali.source_summary()[0]
    assert (first.a, first.b, first.contradicts, first.disputed) == ("FAMa", "JNIM", 1, 1)
    html = mali._repr_html_()
    assert "<table>" in html
    assert "Disputes" in html


# --------------------------------------------------------------------------- structure


def test_nodes_have_kinds_and_scalar_attributes_only(mali):
    """Every node has a kind; every attribute is a str, int, float or bool (never None)."""
    kinds = {kind for _, kind in mali.nx.nodes(data="kind")}
    assert kinds == {"claim", "source", "report"}
    for _, data in mali.nx.nodes(data=True):
        for value in data.values():
            assert isinstance(value, str | int | float | bool), value
    for _, _, data in mali.nx.edges(data=True):
        for value in data.values():
            assert isinstance(value, str | int | float | bool), value


def test_quantity_values_are_flattened(mali):
    """A quantity is flattened to value_low/value_kind..., an absent bound left out."""
    data = mali.nx.nodes[claim_node("fama-neutralised")]
    assert (data["value_type"], data["value_low"], data["value_kind"]) == (
        "quantity",
        81.0,
        "lower_bound",
    )
    assert "value_high" not in data
    assert data["value"] == "over 80"


def test_structural_edges(mali):
    """Sources assert claims, reports carry them, relaying reports point to what they relay."""
    g = mali.nx
    assert g.has_edge(source_node("FAMa"), claim_node("fama-thwarted"), key="asserts")
    assert g.has_edge(
        report_node("news-2025-07-02-army"), claim_node("fama-thwarted"), key="carries"
    )
    assert g.has_edge(
        report_node("news-2025-07-02-army"), report_node("ortm-2025-07-01"), key="relays"
    )
    relations = {d["relation"] for _, _, d in g.edges(data=True)}
    assert {"asserts", "carries", "relays", "contradicts"} <= relations


def test_relation_edges_carry_strength_and_reasons(mali):
    """A relation edge has relation, strength, disputed and joined reasons."""
    data = mali.nx.get_edge_data(claim_node("fama-thwarted"), claim_node("jnim-seized"))
    edge = data["contradicts"]
    assert edge["relation"] == "contradicts"
    assert 0 < edge["strength"] <= 1
    assert edge["disputed"] is True
    assert edge["reasons"].startswith("categorical: ")


def test_networkx_algorithms_run_on_the_graph(mali):
    """The underlying MultiDiGraph works with networkx algorithms."""
    assert isinstance(mali.nx, nx.MultiDiGraph)
    assert nx.is_directed_acyclic_graph(mali.nx)
    assert nx.descendants(mali.nx, source_node("JNIM")) >= {claim_node("jnim-seized")}


def test_directed_relations_are_stored_from_the_narrower_claim():
    """A refinement is stored as narrower -refines-> wider; relationship() gives either view."""
    claims = [killed("A", "over 20", cid="wide"), killed("B", "at least 25", cid="narrow")]
    graph = claim_graph(claims)
    assert graph.nx.has_edge(claim_node("narrow"), claim_node("wide"), key="refines")
    assert graph.relationship("wide", "narrow").kind is Relation.REFINED_BY
    assert graph.relationship(claims[1], claims[0]).kind is Relation.REFINES
    assert graph.relationship("wide", "nothing") is None
    assert {r.kind for r in graph.relationships} == {Relation.REFINES}


def test_revisions_are_stored_from_the_later_claim():
    """A revision is stored as later -revises-> earlier and counted in the summary."""
    claims = [killed("FAMa", "20", cid="early", stated="2025-07-01"),
              killed("FAMa", "65", cid="late", stated="2025-07-03")]  # fmt: skip
    graph = claim_graph(claims)
    assert graph.nx.has_edge(claim_node("late"), claim_node("early"), key="revises")
    assert graph.source_summary()[0].revises == 1
    assert graph.disputes() == ()


def test_only_pairs_inside_alignment_groups_are_related():
    """Claims in different alignment groups get no relation edge."""
    claims = [killed("A", "12", cid="a"), killed("B", "12", cid="b"),
              killed("C", "12", cid="c", when="2025-03-01")]  # fmt: skip
    alignment = align(claims)
    graph = claim_graph(alignment)
    assert {(r.a, r.b) for r in graph.relationships} == {("a", "b")}
    assert graph.claim("c").when is not None
    groups = graph.groups()
    assert sorted(len(members) for members in groups.values()) == [1, 2]


def test_large_groups_relate_their_scored_pairs(monkeypatch):
    """Past ALL_PAIRS_LIMIT only the scored pairs are related (here: the same result)."""
    claims = [killed(name, "12", cid=name) for name in ("A", "B", "C", "D")]
    full = claim_graph(claims)
    monkeypatch.setattr(graph_module._building, "ALL_PAIRS_LIMIT", 2)
    limited = claim_graph(claims)
    assert limited.relationships == full.relationships
    assert len(full.relationships) == 6


def test_claims_come_back_in_input_order(mali):
    """claims, claim(), sources and reports give back what went in."""
    original = cr.datasets.mali_2025()
    assert list(mali.claims) == original
    assert len(mali) == len(original)
    assert [s.name for s in mali.sources] == sorted({c.source.name for c in original})
    assert "ortm-2025-07-01" in {r.id for r in mali.reports}
    with pytest.raises(KeyError):
        mali.claim("nothing")


def test_bad_options_fail():
    """claim_graph rejects a bad tolerance."""
    with pytest.raises(InvalidClaimError):
        claim_graph([], tolerance=2)


def test_empty_graph():
    """No claims make an empty graph with empty answers."""
    graph = claim_graph([])
    assert repr(graph) == "<ClaimGraph claims=0 sources=0 contradictions=0>"
    assert graph.disputes() == graph.echoes() == graph.corroborations() == ()
    assert graph.source_summary() == ()
    assert graph.evidence_groups() == {}


def test_same_named_sources_keep_their_own_fields():
    """Two different Sources under one name become two nodes; claims keep their own."""
    first = Source(name="Army", party="Mali government")
    second = Source(name="Army", party="Burkina Faso government")
    claims = [killed(first, "12", cid="x"), killed(second, "12", cid="y", place="Diboli")]
    graph = claim_graph(claims)
    assert {source_node("Army"), source_node("Army") + "~2"} <= set(graph.nx)
    again = ClaimGraph.from_networkx(graph.nx.copy())
    assert again.claim("y").source == second


def test_from_networkx_lists_every_bad_node():
    """Rebuilding from a graph with bad nodes raises FormatError listing each."""
    g = nx.MultiDiGraph()
    g.add_node("claim:x", kind="claim")
    g.add_node("what", kind="planet")
    g.add_edge("claim:x", "claim:y", relation="agrees")
    with pytest.raises(FormatError) as info:
        ClaimGraph.from_networkx(g)
    # claim:x, the planet, claim:y (made by the edge), and the edge
    assert len(info.value.problems) == 4


# --------------------------------------------------------------------------- echoes and evidence


def test_five_outlets_repeating_the_army_are_one_echo(echoed):
    """The army's statement relayed by five outlets is one echo with five relays."""
    (echo,) = echoed.echoes()
    assert isinstance(echo, Echo)
    assert echo.primary.id == "army"
    assert [c.id for c in echo.relays] == sorted(f"relay-{o}" for o in OUTLETS)
    assert len(echo.claims) == 6


def test_lossy_relay_is_attached_to_the_primary(echoed):
    """'more than 80' repeated as '80' is flagged lossy, under the primary claim."""
    (echo,) = echoed.echoes()
    assert [c.id for c in echo.lossy] == ["relay-Reuters"]
    rel = echoed.relationship("army", "relay-Reuters")
    assert rel.kind is Relation.AGREES
    assert rel.reasons_of(ReasonKind.LOSSY_RELAY)


def test_evidence_groups_put_echoes_together(echoed):
    """Every relay shares the primary's evidence group; other claims are their own."""
    groups = echoed.evidence_groups()
    assert {groups[f"relay-{o}"] for o in OUTLETS} == {"army"}
    assert groups["dirpa"] == "dirpa"
    assert groups["resident"] == "resident"
    assert set(groups) == {c.id for c in echoed.claims}


def test_echoes_never_corroborate_and_one_party_is_one_voice(echoed):
    """The army is corroborated by the resident only: not by its relays, nor by DIRPA."""
    found = {c.claim.id: c for c in echoed.corroborations()}
    assert set(found) == {"army", "dirpa", "resident"}
    army = found["army"]
    assert isinstance(army, Corroboration)
    assert [s.name for s in army.sources] == ["FAMa", "Kayes resident"]
    assert [c.id for c in army.supporting] == ["resident"]
    assert [c.id for c in found["resident"].supporting] == ["army", "dirpa"]
    assert len(found["resident"].sources) == 2


def test_one_party_alone_is_not_corroborated():
    """FAMa and DIRPA agreeing is one party: no corroboration."""
    claims = [killed("FAMa", "12", Report(outlet="ORTM", id="o"), cid="fama"),
              killed("DIRPA", "12", Report(outlet="Web", id="w"), cid="dirpa")]  # fmt: skip
    assert claim_graph(claims).corroborations() == ()


def test_declared_party_counts():
    """Sources with one declared party are one voice even when the vocabulary knows neither."""
    a = Source(name="Outlet A", party="Side X")
    b = Source(name="Outlet B", party="Side X")
    c = Source(name="Outlet C", party="Side Y")
    claims = [killed(a, "12", cid="a"), killed(b, "12", cid="b")]
    assert claim_graph(claims).corroborations() == ()
    assert len(claim_graph([*claims, killed(c, "12", cid="c")]).corroborations()) == 3


def test_the_same_words_of_speakers_nothing_identifies_are_no_corroboration():
    """'many dead' from 'a worker evacuated' and 'an employee of the site': maybe one voice."""
    claims = [
        killed(Source(name="travailleur évacué", kind="witness"), "many", cid="a"),
        killed(Source(name="salarié du site gazier", kind="witness"), "many", cid="b"),
    ]
    assert claim_graph(claims).corroborations() == ()
    named = [killed("FAMa", "many", cid="c"), killed("JNIM", "many", cid="d")]
    assert len(claim_graph(named).corroborations()) == 2
    outlets = [
        killed(Source(name="Outlet 1", kind="media"), "12", cid="e"),
        killed(Source(name="Outlet 2", kind="media"), "12", cid="f"),
    ]
    assert len(claim_graph(outlets).corroborations()) == 2  # outlets are named speakers


def test_figures_agreeing_only_within_the_tolerance_are_no_corroboration():
    """43 and 'at least 45' from two parties: close counts, not one count confirmed."""
    claims = [killed("FAMa", "43", cid="a"), killed("JNIM", "at least 45", cid="b")]
    assert claim_graph(claims).corroborations() == ()
    same = [killed("FAMa", "45", cid="a"), killed("JNIM", "at least 45", cid="b")]
    assert len(claim_graph(same).corroborations()) == 2


def _claimed(source, predicate, cid, *, value=None, kind="media", **kw):
    """A claim about who claimed an attack in Kayes on 1 July, through its own report."""
    speaker = source if isinstance(source, Source) else Source(name=source, kind=kind)
    return Claim(source=speaker, subject="attack", predicate=predicate, value=value,
                 place="Kayes", when="2025-07-01", via=Report(outlet="Outlet " + cid, id="r" + cid),
                 id=cid, **kw)  # fmt: skip


def test_a_claim_of_responsibility_and_its_relay_are_one_voice():
    """'We claimed it' and 'claimed by a local branch', speakers nothing resolves: one statement."""
    group = Source(name="Brigade du Sahel", kind="armed_group", party="Brigade du Sahel")
    claims = [
        _claimed(group, "claimed responsibility", "self"),
        _claimed("local press", "was reportedly claimed by", "press",
                 value="a local branch of the Sahel Front", hedge="reportedly"),
        _claimed("another daily", "claimed by", "daily", value="the Sahel Front"),
    ]  # fmt: skip
    graph = claim_graph(claims)
    assert graph.relationship("press", "self").kind is Relation.REFINES  # support, not an echo
    assert graph.corroborations() == ()
    assert graph.resolution["self"].claimant.rule == "speaker"
    assert graph.resolution["press"].claimant.text == "a local branch of the Sahel Front"
    # what is not a claim of responsibility still supports as before
    toll = [killed("FAMa", "12", cid="a"), killed("JNIM", "12", cid="b")]
    assert len(claim_graph([*claims, *toll]).corroborations()) == 2


def test_two_outlets_saying_no_one_claimed_it_are_two_voices():
    """'Not claimed' is each outlet's own observation, not a claimant's statement relayed."""
    claims = [
        _claimed("Outlet C", "claimed", "c", polarity="denied"),
        _claimed("Outlet D", "was claimed by any group", "d", polarity="denied"),
    ]
    graph = claim_graph(claims)
    assert graph.resolution["c"].claimant is None
    assert sorted(c.claim.id for c in graph.corroborations()) == ["c", "d"]


@given(st.permutations(range(3)))
def test_claims_of_responsibility_never_corroborate_in_any_order(order):
    """Whatever the order of the claims, no claim of responsibility supports another."""
    group = Source(name="Brigade du Sahel", kind="armed_group")
    claims = [
        _claimed(group, "claimed responsibility", "self"),
        _claimed("local press", "claimed by", "press", value="Brigade du Sahel"),
        _claimed("police", "was claimed by", "police", value="Brigade du Sahel", kind="state"),
    ]
    assert claim_graph([claims[i] for i in order]).corroborations() == ()


def test_victims_disputed_over_overlapping_spans_are_related_as_relate_does():
    """203 militants (23-31 March), about 200 civilians (27 March-1 April) at Moura: a dispute."""
    claims = [
        Claim(source="FAMa", subject="militants", predicate="killed", value=203,
              place="Moura", when="2022-03-23/2022-03-31", id="army"),
        Claim(source="HRW", subject="civilians", predicate="killed", value="about 200",
              place="Moura", when="2022-03-27/2022-04-01", id="hrw"),
    ]  # fmt: skip
    graph = claim_graph(claims)
    found = graph.relationship("army", "hrw")
    expected = relate(claims[0], claims[1])
    assert expected.kind is Relation.CONTRADICTS, expected.explain()
    assert found is not None
    assert found.kind is expected.kind


def test_relays_in_other_words_form_one_echo_that_relate_agrees_with():
    """900 bodies relayed in French and English by one speaker: one echo; relate agrees."""
    who = Report(outlet="WHO briefing", published="2025-02-04", id="who")
    claims = [
        Claim(source="UN", subject="corps", predicate="restent dans les morgues", value=900,
              place="Goma", via=Report(outlet="A", published="2025-02-05", relays=who,
                                       id="ra"), id="a"),
        Claim(source="UN", subject="bodies", predicate="still in hospital morgues",
              value=900, place="Goma", via=Report(outlet="B", published="2025-02-05",
                                                  relays=who, id="rb"), id="b"),
    ]  # fmt: skip
    graph = claim_graph(claims)
    assert [sorted(c.id for c in e.claims) for e in graph.echoes()] == [["a", "b"]]
    assert graph.relationship("a", "b").kind is relate(claims[0], claims[1]).kind
    assert graph.corroborations() == ()


def test_dispute_sides_gather_agreeing_claims(echoed):
    """JNIM's '5' is one side; the army, its relays, DIRPA and the resident the other."""
    (dispute,) = echoed.disputes()
    sizes = [len(side) for side in dispute.sides]
    assert sizes == [8, 1]
    assert dispute.sides[1][0].id == "jnim"
    assert all(r.disputed for r in dispute.relationships)
    assert "side 2: JNIM" in dispute.explain()


def test_far_apart_compatible_figures_are_a_dispute():
    """'at least 20' vs 'over 90' is a dispute even without a contradiction."""
    graph = claim_graph([killed("A", "at least 20", cid="a"), killed("B", "over 90", cid="b")])
    (dispute,) = graph.disputes()
    assert dispute.relationships[0].kind is Relation.COMPATIBLE
    assert [[c.id for c in side] for side in dispute.sides] == [["a"], ["b"]]


def test_source_summary_counts_pairs(echoed):
    """The summary counts each relation per pair of sources, contradictions first."""
    summary = {(p.a, p.b): p for p in echoed.source_summary()}
    assert summary[("FAMa", "JNIM")].contradicts == 6
    assert summary[("FAMa", "FAMa")].agrees == 15
    assert echoed.source_summary()[0].contradicts == 6


# --------------------------------------------------------------------------- events


def _toll(cid: str, source: str, value: object, place: str, when: str, **kw: object) -> Claim:
    return Claim(
        source=source,
        subject="soldiers",
        predicate="killed",
        value=value,
        place=place,
        when=when,
        id=cid,
        **kw,
    )  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def month():
    """Two attacks in July and a monthly, national total that covers them."""
    claims = [
        _toll("kayes", "FAMa", 10, "Kayes", "2025-07-01"),
        _toll("kayes-wire", "Wire", 12, "Kayes", "2025-07-01"),
        _toll("timbuktu", "FAMa", 5, "Timbuktu", "2025-07-10"),
        _toll("july", "ACLED", 300, "Mali", "2025-07"),
    ]
    return claims, claim_graph(claims)


def test_events_hold_every_claim_once(month):
    """Every claim is in exactly one event; items (aligned groups) lie inside events."""
    claims, graph = month
    seen = [c.id for e in graph.events() for c in e.claims]
    assert sorted(seen) == sorted(c.id for c in claims)
    for members in graph.groups().values():
        assert len({graph.event_of(c.id).id for c in members if c.id != "july"}) == 1


def test_a_monthly_total_is_an_aggregate_that_bounds_its_events(month):
    """The July total covers both attacks and contradicts neither."""
    _, graph = month
    total = graph.event_of("july")
    assert total.aggregate
    assert set(total.covers) == {graph.event_of("kayes").id, graph.event_of("timbuktu").id}
    assert graph.aggregates() == (total,)
    for other in ("kayes", "timbuktu"):
        rel = graph.relationship("july", other)
        assert rel is None or (rel.kind is not Relation.CONTRADICTS and not rel.disputed)
    assert graph.relationship("kayes", "kayes-wire").kind is Relation.CONTRADICTS


def test_relate_with_the_same_context_agrees_with_the_graph_on_aggregates(month):
    """relate(a, b, context=claims) bounds the total as the graph does."""
    claims, graph = month
    by_id = {c.id: c for c in claims}
    rel = relate(by_id["july"], by_id["kayes"], context=claims)
    assert rel.kind is graph.relationship("july", "kayes").kind
    assert rel.reasons_of(ReasonKind.AGGREGATE)


def test_disputes_are_found_per_event(month):
    """disputes(event=...) keeps the disputes of that event."""
    _, graph = month
    event = graph.event_of("kayes")
    assert [d.event_id for d in graph.disputes(event=event)] == [event.id]
    assert graph.disputes(event=graph.event_of("timbuktu")) == ()


def test_unknown_claim_has_no_event(month):
    """event_of names the missing claim."""
    _, graph = month
    with pytest.raises(UnknownNameError):
        graph.event_of("nope")


# --------------------------------------------------------------------------- echoes by provenance


def test_a_relay_that_adds_a_detail_is_still_an_echo():
    """An outlet adding the place to the army's statement relays it; no new evidence."""
    tv = Report(outlet="ORTM", published="2025-07-01", id="tv")
    claims = [
        Claim(
            source="FAMa",
            subject="militants",
            predicate="killed",
            value="over 80",
            via=tv,
            when="2025-07-01",
            id="army",
        ),
        Claim(
            source="FAMa",
            subject="militants",
            predicate="killed",
            value="over 80",
            place="Kayes",
            when="2025-07-01",
            id="wire",
            via=Report(outlet="Wire", published="2025-07-03", relays=tv, id="w"),
        ),
    ]
    graph = claim_graph(claims)
    (echo,) = graph.echoes()
    assert [c.id for c in echo.claims] == ["army", "wire"]
    rel = graph.relationship("wire", "army")
    assert rel.kind is Relation.REFINES
    assert any("adds a detail" in r.detail for r in rel.reasons_of(ReasonKind.ECHO))
    assert graph.corroborations() == ()


def test_one_statement_relayed_on_two_days_is_no_revision():
    """The speaker's time is the original's, not the relays' dates: no revision from N to N."""
    tv = Report(outlet="ORTM", published="2025-07-01", id="tv")
    claims = [
        Claim(
            source="FAMa",
            subject="militants",
            predicate="killed",
            value=80,
            id=f"r{day}",
            via=Report(outlet=f"Outlet {day}", published=f"2025-07-0{day}", relays=tv),
        )
        for day in (2, 4)
    ]
    rel = claim_graph(claims).relationship("r2", "r4")
    assert rel.kind is Relation.AGREES
    assert rel.reasons_of(ReasonKind.ECHO)


def test_relays_that_differ_never_dispute():
    """Two relays of one statement with different figures are noted, not a dispute."""
    tv = Report(outlet="ORTM", published="2025-07-01", id="tv")
    claims = [
        Claim(
            source="FAMa",
            subject="militants",
            predicate="killed",
            value=v,
            id=f"c{v}",
            via=Report(outlet=f"Outlet {v}", relays=tv),
        )
        for v in (80, 40)
    ]
    graph = claim_graph(claims)
    assert graph.disputes() == ()
    assert graph.relationship("c80", "c40").reasons_of(ReasonKind.LOSSY_RELAY)


SPEAKERS = ("FAMa", "DIRPA", "JNIM", "GSIM", "Kayes resident", "Wire")


@st.composite
def feeds(draw: st.DrawFn) -> list[Claim]:
    tv = Report(outlet="ORTM", published="2025-07-01", id="tv")
    reports = (tv, Report(outlet="A", relays=tv, id="a"), Report(outlet="B", id="b"), None)
    n = draw(st.integers(2, 9))
    return [
        Claim(
            id=f"c{k}",
            source=draw(st.sampled_from(SPEAKERS)),
            subject="militants",
            predicate=draw(st.sampled_from(("killed", "neutralised"))),
            value=draw(st.sampled_from((80, "over 80", 40, None))),
            place=draw(st.sampled_from(("Kayes", "Diboli", None))),
            when=draw(st.sampled_from(("2025-07-01", None))),
            via=draw(st.sampled_from(reports)),
        )
        for k in range(n)
    ]


@given(claims=feeds())
def test_an_echo_never_holds_two_speakers(claims):
    """Every echo is one speaker identity's statement."""
    graph = claim_graph(claims)
    for echo in graph.echoes():
        assert len({graph.resolution.speaker_key(c.id) for c in echo.claims}) == 1


@given(claims=feeds(), seed=st.integers(0, 1000))
def test_events_are_order_independent(claims, seed):
    """The events (as sets of claim ids) do not depend on the order of the claims."""
    shuffled = list(claims)
    random.Random(seed).shuffle(shuffled)  # noqa: S311 - test order, not secrets
    first = sorted(e.ids for e in claim_graph(claims).events())
    second = sorted(e.ids for e in claim_graph(shuffled).events())
    assert first == second


@given(claims=feeds())
def test_relate_with_context_equals_the_graph_on_every_related_pair(claims):
    """relate(a, b, context=claims) and the graph agree on every pair the graph relates."""
    graph = claim_graph(claims)
    by_id = {c.id: c for c in claims}
    for rel in graph.relationships:
        again = relate(by_id[rel.a], by_id[rel.b], context=claims)
        assert (again.kind, again.disputed) == (rel.kind, rel.disputed), rel.explain()


def test_claim_graph_leaves_the_garbage_collector_as_it_was():
    """The collector, paused while the graph builds its relationships, is on again after."""
    claim_graph(cr.datasets.mali_2025())
    assert gc.isenabled()
