"""reconcile(): typed values, echoes, priors, supervision, honesty, order-independence."""

from __future__ import annotations

import gc
import types

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimrec as cr
from claimrec.reconciliation import METHODS, reconcile
from claimrec.reconciliation import _reconcile as reconcile_module


def _toll(source, value, *, via=None, **kw):
    return cr.Claim(
        source=source, subject="soldiers", predicate="killed", value=value,
        when="2025-07-01", place="Kayes", via=via, **kw,
    )  # fmt: skip


@pytest.fixture(scope="module")
def mali():
    return reconcile(cr.datasets.mali_2025())


def test_every_claim_is_accounted_for(mali):
    """Every input claim has a verdict, exactly once."""
    ids = [c.id for c in cr.datasets.mali_2025()]
    assert sorted(v.claim for v in mali.claims) == sorted(ids)


def test_mali_outcome_is_the_one_disputed_item(mali):
    """The army's 'thwarted' and JNIM's 'seized control' compete as outcomes."""
    disputed = [i for i in mali.items if i.contested]
    assert len(disputed) == 1
    (item,) = disputed
    assert {s.value for s in item.scores} == {"repelled", "captured"}
    assert sorted(item.supporting + item.opposing) == ["fama-thwarted", "jnim-seized"]


def test_mali_army_toll_is_uncorroborated_not_disputed(mali):
    """'Over 80 militants' stands alone: no counter-claim, no corroboration."""
    item = mali.item("fama-neutralised")
    assert not item.contested
    assert item.value == "over 80"
    assert (item.low, item.best, item.high) == (81, 81, 81)  # the one figure reported
    assert (item.chosen_low, item.chosen_high) == (81, None)
    assert "uncorroborated" in item.note


def test_party_claims_are_scoped_self_interested(mali):
    """A party's claims about its own successes are weighed under a separate scope."""
    scopes = {(s.source, s.scope) for s in mali.sources}
    assert ("FAMa", "self-interested") in scopes
    assert ("Kayes resident", "self-interested") not in scopes


def test_party_awareness_can_be_turned_off():
    """``party_aware=False`` keeps one trust per source."""
    result = reconcile(cr.datasets.mali_2025(), party_aware=False)
    assert all(s.scope == "" for s in result.sources)


def test_interval_and_point_support_each_other():
    """'over 80' supports a point figure inside it, and is marked as supporting."""
    claims = [_toll("A", "85"), _toll("B", "over 80"), _toll("C", "40")]
    result = reconcile(claims, method="majority")
    item = result.items[0]
    assert item.value == "85"
    assert result.verdict(claims[1]).verdict is cr.Verdict.SUPPORTS
    assert result.verdict(claims[2]).verdict is cr.Verdict.LOST


def test_echoes_do_not_corroborate():
    """Three outlets relaying one army statement count once against two independent witnesses."""
    tv = cr.Report(outlet="ORTM", published="2025-07-01")
    relays = [cr.Report(outlet=o, published="2025-07-02", relays=tv) for o in ("A", "B", "C")]
    army = [_toll("FAMa", "3", via=r) for r in relays]
    witnesses = [_toll(f"witness {k}", "40") for k in (1, 2)]
    result = reconcile(army + witnesses, method="majority", party_aware=False)
    (item,) = result.items
    assert item.value == "40"


@pytest.mark.parametrize("policy", ["best", "conservative"])
def test_policy_picks_the_single_figure(policy):
    """'best' takes the stated figure, 'conservative' ACLED's lowest."""
    claims = [_toll("A", "dozens"), _toll("B", "dozens")]
    item = reconcile(claims, method="majority", policy=policy).items[0]
    assert (item.chosen_low, item.chosen_high) == (24, 99)
    assert (item.low, item.high) == (24, 24)  # "dozens" reports at least 24
    expected = 12 if policy == "conservative" else 24
    assert item.best == expected


def test_implausible_values_cannot_win():
    """A value orders of magnitude off the others is flagged, whatever its votes."""
    claims = [
        *(_toll(f"s{k}", v) for k, v in enumerate(["55000", "56000", "56000", "57000"])),
        _toll("vandal", "235000000000"),
    ]
    result = reconcile(claims, method="sums")
    assert result.items[0].value in {"55000", "56000", "57000"}
    assert result.verdict(claims[-1]).verdict is cr.Verdict.IMPLAUSIBLE


def test_known_claims_supervise():
    """A claim known to be true fixes its item's value."""
    claims = [_toll("A", "3"), _toll("B", "3"), _toll("C", "40")]
    result = reconcile(claims, method="majority", known=[claims[2]])
    assert result.items[0].value == "40"


def test_priors_seed_trust():
    """A source's prior reliability weighs its vote."""
    claims = [_toll("A", "3"), _toll("B", "40")]
    result = reconcile(claims, method="majority", priors={"A": 0.1, "B": 0.9})
    assert result.items[0].value == "40"


def test_denial_opposes_assertion():
    """A denial is the value 'not ...' and competes with the assertion."""
    claims = [
        cr.Claim(source="Army", subject="civilians", predicate="killed", when="2025-07-01",
                 place="Kayes"),
        cr.Claim(source="JNIM", subject="civilians", predicate="killed", when="2025-07-01",
                 place="Kayes", polarity="denied"),
    ]  # fmt: skip
    item = reconcile(claims, method="majority").items[0]
    assert {s.value for s in item.scores} == {"killed", "not killed"}
    assert item.contested


def test_honest_iteration_and_strictness():
    """max_iter=1 is reported as not converged; strict turns that into an error."""
    claims = [_toll("A", "3"), _toll("B", "40"), _toll("C", "40")]
    result = reconcile(claims, method="truthfinder", max_iter=1)
    assert not result.converged
    assert result.stop_reason == "max_iter"
    with pytest.raises(cr.NotConvergedError):
        reconcile(claims, method="truthfinder", max_iter=1, strict=True)


@pytest.mark.parametrize("method", sorted(METHODS))
def test_every_method_runs_on_the_example(method):
    """Every method reconciles the bundled example and accounts for every claim."""
    result = reconcile(cr.datasets.mali_2025(), method=method)
    assert len(result.claims) == 17
    assert all(0.0 <= i.confidence <= 1.0 for i in result.items)


def test_unknown_method_suggests():
    """A misspelt method fails with the known names."""
    with pytest.raises(cr.UnknownNameError, match="truthfinder"):
        reconcile([], method="truthfindr")


def test_records_and_summary(mali):
    """to_records gives one plain dict per item; summary names the dispute."""
    records = mali.to_records()
    assert len(records) == len(mali.items)
    assert "captured" in mali.summary()


_CLAIMS = [
    _toll("A", "3"), _toll("B", "40"), _toll("C", "about 40"), _toll("D", "at least 35"),
    cr.Claim(source="E", subject="militants", predicate="killed", value="over 80",
             when="2025-07-01", place="Kayes"),
    cr.Claim(source="F", subject="militants", predicate="killed", value="12",
             when="2025-07-01", place="Kayes"),
]  # fmt: skip


@settings(max_examples=15, deadline=None)
@given(st.permutations(_CLAIMS), st.sampled_from(sorted(METHODS)))
def test_result_does_not_depend_on_input_order(order, method):
    """Shuffling the claims changes nothing in the outcome."""
    a = reconcile(_CLAIMS, method=method)
    b = reconcile(order, method=method)
    assert [(i.value, i.confidence) for i in a.items] == [(i.value, i.confidence) for i in b.items]
    assert a.trust() == b.trust()


def test_copying_sources_are_detected_and_drawn():
    """AccuCopy finds two outlets that share false values and shows them as graph edges."""
    claims = []
    for k in range(12):
        truth, wrong = str(10 + k), str(90 + k)
        subject = f"victims {k}"
        for source, value in [
            ("R1", truth),
            ("R2", truth),
            ("R3", truth),
            ("C1", wrong),
            ("C2", wrong),
        ]:
            claims.append(
                cr.Claim(
                    source=source,
                    subject=subject,
                    predicate="killed",
                    value=value,
                    when=f"2025-{k + 1:02d}-01",
                    place="Kayes",
                )
            )
    result = reconcile(claims, method="accu_copy", party_aware=False)
    pairs = {(c.a, c.b) for c in result.copies}
    assert ("C1", "C2") in pairs
    assert result.graph.nx.has_edge("source:C1", "source:C2")
    for item in result.items:
        k = int(result.graph.claim(item.supporting[0]).subject.split()[1])
        assert item.value == str(10 + k)


def test_item_and_verdict_look_ups_agree_with_the_tables():
    """``item()`` and ``verdict()`` (indexed) find what a scan of ``items``/``claims`` finds."""
    result = cr.reconcile(cr.datasets.mali_2025())
    for verdict in result.claims:
        assert result.verdict(verdict.claim) is verdict
        assert result.item(verdict.claim) is next(i for i in result.items if i.item == verdict.item)
    for item in result.items:
        assert result.item(item.item) is item
    with pytest.raises(cr.UnknownNameError):
        result.verdict("no-such-claim")
    with pytest.raises(cr.UnknownNameError):
        result.item("no-such-item")
    assert result == attrs.evolve(result)  # the look-up cache is not part of the value


@given(
    st.integers(1, 6).flatmap(
        lambda n: st.tuples(
            st.just(n),
            st.lists(
                st.tuples(st.integers(0, n - 1), st.integers(0, n - 1), st.sampled_from([-1, 0.5])),
                max_size=12,
            ),
        )
    )
)
def test_entry_reader_equals_scalar_indexing_of_the_sparse_matrix(case):
    """The explanations' fast entry reader gives what ``matrix[v, w]`` gives (duplicates sum)."""
    import scipy.sparse as sp  # noqa: PLC0415 - only this test builds matrices

    from claimrec.reconciliation._explain import _Entries  # noqa: PLC0415

    n, triples = case
    rows, cols, data = zip(*triples, strict=True) if triples else ((), (), ())
    matrix = sp.csr_array((data, (rows, cols)), shape=(n, n))
    fast = _Entries(matrix)
    for v in range(n):
        for w in range(n):
            assert fast[v, w] == float(matrix[v, w])


# ------------------------------------------------------------------ numbers and words (issue 10)


def _heavy_losses_item():
    return [
        _toll("FAMa", "2", id="army"),
        _toll("JNIM", "47", id="rebels"),
        _toll("Reuters", "47", id="wire"),
        cr.Claim(source="Resident", subject="soldiers", predicate="suffered heavy losses",
                 when="2025-07-01", place="Kayes", id="resident"),
        _toll("Witness", "heavy losses", id="witness"),
    ]  # fmt: skip


@pytest.mark.parametrize("method", sorted(METHODS))
def test_words_about_a_toll_never_replace_its_figure(method):
    """'Heavy losses' beside '2' and '47': the estimate is a figure, the words support it."""
    result = reconcile(_heavy_losses_item(), method=method)
    (item,) = result.items
    assert item.numeric
    assert item.value in {"2", "47"}
    assert item.best in {2, 47}
    for claim_id in ("resident", "witness"):
        assert result.verdict(claim_id).verdict is cr.Verdict.SUPPORTS


def test_words_about_a_toll_oppose_none():
    """Words that a toll was suffered do not support 'none'."""
    claims = [_toll("FAMa", "none", id="army"), _toll("Witness", "heavy losses", id="w")]
    result = reconcile(claims, method="majority")
    assert result.items[0].value == "none"
    assert result.verdict("w").verdict is cr.Verdict.LOST


def _chosen_pairs_that_contradict(result):
    chosen = [v.claim for v in result.claims if v.verdict is cr.Verdict.CHOSEN]
    pairs = []
    for i, a in enumerate(chosen):
        for b in chosen[i + 1 :]:
            rel = result.graph.relationship(a, b)
            if rel is not None and rel.kind is cr.Relation.CONTRADICTS:
                pairs.append((a, b))
    return pairs


@pytest.mark.parametrize("method", sorted(METHODS))
def test_claims_that_contradict_are_never_both_chosen(method):
    """The army's '2' and the rebels' '47' contradict: at most one is chosen."""
    claims = [
        *_heavy_losses_item(),
        cr.Claim(source="FAMa", subject="soldiers", predicate="repelled", when="2025-07-01",
                 place="Kayes", id="repelled"),
        cr.Claim(source="JNIM", subject="soldiers", predicate="captured", value="3",
                 when="2025-07-01", place="Kayes", id="captured-3"),
        cr.Claim(source="Wire", subject="soldiers", predicate="captured", value="5",
                 when="2025-07-01", place="Kayes", id="captured-5"),
    ]  # fmt: skip
    for data in (claims, cr.datasets.mali_2025()):
        assert _chosen_pairs_that_contradict(reconcile(data, method=method)) == []


def test_as_many_as_does_not_support_a_smaller_figure():
    """'As many as 82' is a high estimate at 82: it neither contains nor supports 50."""
    claims = [_toll("AFP", "as many as 82", id="afp"), _toll("Army", "50", id="army"),
              _toll("Radio", "50", id="radio")]  # fmt: skip
    result = reconcile(claims, method="majority", party_aware=False)
    assert result.items[0].value == "50"
    assert result.verdict("afp").verdict is cr.Verdict.LOST


@given(
    st.lists(
        st.sampled_from(["2", "47", "about 40", "at least 71", "as many as 82", "dozens",
                         "10-20", "at most 50", "none", "heavy losses", "nearly 50"]),
        min_size=1, max_size=6,
    ),
    st.sampled_from(["majority", "truthfinder", "crh"]),
)  # fmt: skip
@settings(max_examples=40, deadline=None)
def test_every_listed_figure_lies_within_low_and_high(values, method):
    """UCDP's range: low and high are the lowest and highest figure; best lies between."""
    claims = [_toll(f"source {k}", v) for k, v in enumerate(values)]
    for item in reconcile(claims, method=method, party_aware=False).items:
        if not item.figures:
            assert item.low is None
            assert item.high is None
            continue
        assert item.low == min(f.figure for f in item.figures)
        assert item.high == max(f.figure for f in item.figures)
        assert all(item.low <= f.figure <= item.high for f in item.figures)
        if item.best is not None:
            assert item.low <= item.best <= item.high


def test_every_source_figure_is_listed():
    """Each claim with a figure is listed beside the range, with its own words."""
    (item,) = reconcile(_heavy_losses_item(), method="majority").items
    assert sorted((f.claim, f.value, f.figure) for f in item.figures) == [
        ("army", "2", 2.0), ("rebels", "47", 47.0), ("wire", "47", 47.0),
    ]  # fmt: skip


def test_trust_of_a_source_with_one_claim_shrinks_toward_the_prior():
    """A source right once does not get trust 1: its estimate shrinks toward the mean."""
    claims = [_toll("A", "40"), _toll("B", "40"), _toll("C", "3")]
    result = reconcile(claims, method="majority", party_aware=False)
    trust = {s.source: s for s in result.sources}
    assert trust["A"].estimate == 1.0
    assert 0 < trust["C"].trust < trust["A"].trust < 1.0


def test_the_aliases_of_one_actor_are_one_source():
    """JNIM and its alias GSIM are ranked as one source."""
    claims = [_toll("JNIM", "47"), _toll("GSIM", "47"), _toll("FAMa", "2")]
    result = reconcile(claims, method="majority")
    assert sorted({s.source for s in result.sources}) == ["FAMa", "JNIM"]
    assert cr.source_identity(cr.Source(name="GSIM"), cr.vocab.default_vocabulary()) == "JNIM"


# ------------------------------------------------------------------ lists and "no figure"


def _towns(source, value, **kw):
    return cr.Claim(source=source, subject="towns", predicate="attacked", value=value,
                    when="2025-07-01", place="Kayes region", **kw)  # fmt: skip


def test_list_items_get_their_members_by_multi_truth_discovery():
    """Two full lists and a partial one: the members are judged one by one."""
    claims = [
        _towns("JNIM", "Kayes, Diboli and Sandaré"),
        _towns("AFP", "Kayes, Diboli and Sandare"),
        _towns("FAMa", ["Kayes", "Diboli"]),
    ]
    (item,) = reconcile(claims).items
    assert item.members == ("Diboli", "Kayes", "Sandaré")
    assert item.value == "Kayes, Diboli and Sandaré"
    assert "Members most likely true" in item.note


def test_no_figure_is_kept_and_neither_supports_nor_contradicts():
    """'FAMa gave no figure' beside JNIM's 47: a verdict of its own, shown in the note."""
    claims = [_toll("FAMa", "gave no figure", id="silent"), _toll("JNIM", "47", id="figure")]
    result = reconcile(claims)
    (item,) = result.items
    assert item.value == "47"
    assert item.unstated == ("silent",)
    assert "FAMa gives no figure" in item.note
    assert result.verdict("silent").verdict is cr.Verdict.UNSTATED
    assert cr.relate(claims[0], claims[1]).kind is cr.Relation.UNRELATED
    assert result.graph.relationship("silent", "figure") is None  # no edge: no evidence


def test_an_item_where_nobody_gave_a_figure_is_still_reported():
    """Every claim that goes in comes out, even when there is nothing to estimate."""
    result = reconcile([_toll("FAMa", "did not specify casualties", id="silent")])
    (item,) = result.items
    assert item.value is None
    assert [v.verdict for v in result.claims] == [cr.Verdict.UNSTATED]


def test_reconcile_leaves_the_garbage_collector_as_it_was():
    """The collector, paused while reconcile builds rows and explanations, is on again after."""
    cr.reconcile(cr.datasets.mali_2025())
    assert gc.isenabled()
    with pytest.raises(cr.UnknownNameError):
        cr.reconcile(cr.datasets.mali_2025(), method="no-such-method")
    assert gc.isenabled()


def test_claims_naming_different_perpetrators_of_one_act_are_never_both_chosen() -> None:
    """A perpetrator dispute is a dispute over the value: one side wins, the other loses."""
    report = cr.Report(outlet="Wire", published="2023-10-18")
    claims = [
        cr.Claim(
            source=name,
            subject="hospital",
            predicate="hit by",
            actor=actor,
            place="Gaza City",
            when="2023-10-17",
            via=report,
            id=name,
        )
        for name, actor in [("ministry", "Israel"), ("army", "Islamic Jihad"), ("agency", "Israel")]
    ]
    result = cr.reconcile(claims)
    verdicts = {v.claim: v.verdict.value for v in result.claims}
    assert {verdicts["ministry"], verdicts["army"]} != {"chosen"}
    assert verdicts["ministry"] == verdicts["agency"]
    assert result.item("army").contested


def test_claims_naming_exclusive_victims_with_one_figure_are_never_both_chosen() -> None:
    """The army's 'over 200 jihadists' and the NGOs' 'over 200 civilians' are rival values."""
    report = cr.Report(outlet="Wire", published="2022-04-05")
    claims = [
        cr.Claim(source=name, subject=subject, predicate="killed", value="over 200",
                 place="Moura", when="2022-03-27", via=report, id=name)
        for name, subject in [("army", "jihadists"), ("ngo", "civilians")]
    ]  # fmt: skip
    result = cr.reconcile(claims)
    verdicts = {v.claim: v.verdict.value for v in result.claims}
    assert sorted(verdicts.values()) == ["chosen", "lost"]
    assert result.item("army").contested


def test_groups_joined_by_a_contradiction_are_reconciled_as_one_item() -> None:
    """A contradiction the graph finds across two aligned groups puts them in one item."""
    a, b, c = (cr.Claim(source=s, subject="Palma", predicate="captured", id=s) for s in "abc")
    rel = cr.Relationship(a="a", b="b", kind="contradicts", strength=0.9, reasons=())
    graph = types.SimpleNamespace(
        groups=lambda: {"g2": (b,), "g1": (a,), "g3": (c,)},
        relationships=(rel,),
        _contradictions=lambda: [(rel.a, rel.b, False)],  # what ClaimGraph reads off its arrays
    )
    assert reconcile_module._disputed_together(graph) == {"g1": (a, b), "g3": (c,)}
