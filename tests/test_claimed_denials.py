"""A denial of another speaker's figure or claim contradicts that figure, and no other.

Made-up claims only (a raid on a base near Kayes in March 2025: JNIM's toll, the Malian
army's denial of it, a governor's own figure); none is copied from the corpus.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimrec as cr
from claimrec.relation import Relation, relate
from claimrec.relation._claimed import _one_of, claimed_pairs
from claimrec.relation._lookup import _lookup
from claimrec.resolution._claimed import claim_head

JNIM = cr.Source(name="JNIM", kind="armed_group", party="JNIM")
ARMY = cr.Source(name="Malian army", kind="state", party="Mali government")
GOVERNOR = cr.Source(name="Abdoulaye Traoré", kind="state", party="Niger government",
                     aliases=["governor of Tillabéri"])  # fmt: skip
FIRST = cr.Report(outlet="Wire", published="2025-03-12", url="https://wire.example/1")
SECOND = cr.Report(outlet="Daily", published="2025-03-13", url="https://daily.example/2")


def claim(cid: str, source: cr.Source, subject: str, predicate: str, **kw: object) -> cr.Claim:
    fields = {"via": FIRST, **kw}
    return cr.Claim(source=source, subject=subject, predicate=predicate, id=cid,  # type: ignore[arg-type]
                    **fields)  # fmt: skip


def corpus() -> list[cr.Claim]:
    return [
        claim("jnim", JNIM, "soldiers", "killed", value="100"),
        claim("army", ARMY, "the figure", "dismissed as propaganda", polarity="denied"),
        claim(
            "relay",
            JNIM,
            "Malian soldiers",
            "claimed to have killed",
            value="more than 100",
            via=SECOND,
        ),
        claim("early", JNIM, "soldiers", "killed", value="63", via=SECOND),
        claim("gov", GOVERNOR, "soldiers", "were killed", value="at least 180", via=SECOND),
        claim("mine", ARMY, "JNIM's figure", "is untrue", polarity="denied", via=SECOND),
    ]


def kinds(claims: list[cr.Claim]) -> dict[frozenset[str], Relation]:
    graph = cr.claim_graph(claims)
    return {frozenset((r.a, r.b)): r.kind for r in graph.relationships}


def test_resolution_reads_whose_claim_and_its_figures() -> None:
    res = cr.resolve(corpus())
    found = res["army"].denies
    assert found is not None
    assert (found.rule, found.target, found.whose.id) == ("claim", "figure", "JNIM")
    assert [str(q) for q in found.figures] == ["100"]
    named = res["mine"].denies
    assert named is not None
    assert named.whose is not None
    assert named.whose.id == "JNIM"
    assert "JNIM's figure" in named.describe()


def test_head_noun_and_owner() -> None:
    assert claim_head("le bilan livré par les Shebab") == ("bilan", "", "livre par les shebab")
    assert claim_head("HRW's balance sheet of the incident")[:2] == ("balance sheet", "hrw")
    assert claim_head("soldiers killed in the attack") is None
    assert claim_head("the attack on the figure skaters' hotel") is None


def test_contradicts_the_figure_denied_and_its_relays() -> None:
    got = kinds(corpus())
    assert got[frozenset(("army", "jnim"))] is Relation.CONTRADICTS
    assert got[frozenset(("army", "relay"))] is Relation.CONTRADICTS  # "more than 100"


def test_no_dispute_with_another_figure_or_another_speaker() -> None:
    got = kinds(corpus())
    # JNIM's earlier 63 is not the figure denied; the governor's 180 is not JNIM's
    assert got.get(frozenset(("army", "early")), Relation.UNRELATED) is not Relation.CONTRADICTS
    assert got.get(frozenset(("army", "gov")), Relation.UNRELATED) is not Relation.CONTRADICTS


def test_own_side_figure_is_no_claim_of_another() -> None:
    own = [
        claim("fama", ARMY, "soldiers", "killed", value="12"),
        claim("deny", ARMY, "the figure", "disputed", polarity="denied"),
    ]
    found = cr.resolve(own)["deny"].denies
    assert found is None or found.rule != "claim"


def test_unspecific_subject_needs_one_other_side_in_the_article() -> None:
    claims = [
        claim("jnim", JNIM, "soldiers", "killed", value="100"),
        claim("gov", GOVERNOR, "soldiers", "were killed", value="at least 180"),
        claim("army", ARMY, "the number", "said was untrue", polarity="denied"),
    ]
    found = cr.resolve(claims)["army"].denies
    assert found is None or found.rule != "claim"  # two sides' figures: whose is unknown


def test_two_speakers_denying_one_figure_agree() -> None:
    nigerien = cr.Source(name="Niger army", kind="state", party="Niger government")
    claims = [
        *corpus()[:2],
        claim(
            "other",
            nigerien,
            "JNIM's claim of 100 dead",
            "rejected",
            polarity="denied",
            value="100",
        ),
    ]
    assert kinds(claims)[frozenset(("army", "other"))] is Relation.AGREES


@pytest.mark.parametrize(("denier", "other"), [("army", "jnim"), ("army", "relay")])
def test_relate_with_context_agrees_with_the_graph(denier: str, other: str) -> None:
    claims = corpus()
    by_id = {c.id: c for c in claims}
    graph = cr.claim_graph(claims)
    rel = relate(by_id[denier], by_id[other], context=claims)
    assert rel.kind is graph.relationship(denier, other).kind  # type: ignore[union-attr]
    assert relate(by_id[other], by_id[denier], context=claims).kind is rel.kind.converse


def test_pairs_are_proposed_once() -> None:
    claims = corpus()
    res = cr.resolve(claims)
    pairs = list(claimed_pairs(claims, res.__getitem__, _lookup(None)))
    assert len(pairs) == len(set(pairs))
    assert ("army", "jnim") in {(a.id, b.id) for a, b in pairs}


@settings(max_examples=60)
@given(st.integers(min_value=10, max_value=5000), st.integers(min_value=10, max_value=5000))
def test_one_number_stated_is_symmetric(x: int, y: int) -> None:
    qx, qy = cr.Quantity.parse(f"more than {x}"), cr.Quantity.parse(str(y))
    assert (_one_of(qx, [qy]) is not None) == (_one_of(qy, [qx]) is not None)
    assert _one_of(cr.Quantity.parse(str(x)), [cr.Quantity.parse(f"about {x}")]) is not None


def test_denials_of_two_sides_claims_are_two_objects() -> None:
    claims = [
        claim("jnim", JNIM, "soldiers", "killed", value="100"),
        claim("army", ARMY, "JNIM's figure", "disputed", polarity="denied"),
        claim("gov", GOVERNOR, "soldiers", "were killed", value="at least 180", via=SECOND),
        claim(
            "other",
            ARMY,
            "the governor of Tillabéri's figure",
            "is untrue",
            polarity="denied",
            via=SECOND,
        ),
    ]
    res = cr.resolve(claims)
    assert res["other"].denies.whose.id != res["army"].denies.whose.id  # type: ignore[union-attr]
    by_id = {c.id: c for c in claims}
    rel = relate(by_id["army"], by_id["other"], context=claims)
    assert rel.kind is Relation.UNRELATED
    assert kinds(claims)[frozenset(("gov", "other"))] is Relation.CONTRADICTS


@pytest.mark.parametrize(
    ("subject", "predicate"),
    [("JNIM's figure", "could not be independently verified"), ("le bilan", "définitif")],
)
def test_unconfirmed_or_not_final_is_no_denial_of_the_figure(subject: str, predicate: str) -> None:
    claims = [
        claim("jnim", JNIM, "soldiers", "killed", value="100"),
        claim("afp", ARMY, subject, predicate, polarity="denied"),
    ]
    found = cr.resolve(claims)["afp"].denies
    assert found is None or found.rule != "claim"
    assert kinds(claims).get(frozenset(("afp", "jnim")), Relation.UNRELATED) is not (
        Relation.CONTRADICTS
    )
