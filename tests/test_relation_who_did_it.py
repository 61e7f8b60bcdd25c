"""Who did it as one question: accounts that agree on the perpetrator, or narrow it.

Made-up claims (a market blast in Kayes on 3 March 2025, a hospital blast in Gaza): none
is copied from the corpus. The disputes are tested in ``test_relation_perpetrators.py``.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import claimrec as cr
from claimrec.model import Claim, Report
from claimrec.relation import ReasonKind, Relation, relate


def blamed(source: str = "Mali government", actor: str | None = "JNIM", cid: str = "blamed",
           **kw: object) -> Claim:  # fmt: skip
    """The market blast blamed on ``actor``."""
    fields: dict[str, object] = {
        "subject": "explosion",
        "predicate": "blamed",
        "place": "Kayes",
        "when": "2025-03-03",
    }
    return Claim(source=source, actor=actor, id=cid, **{**fields, **kw})  # type: ignore[arg-type]


def massacre(source: str = "HRW", actor: str | None = "JNIM", cid: str = "massacre",
             **kw: object) -> Claim:  # fmt: skip
    """A killing at the market by ``actor``, no figure (another predicate family)."""
    fields: dict[str, object] = {
        "subject": "civilians",
        "predicate": "killed",
        "place": "Kayes",
        "when": "2025-03-03",
    }
    return Claim(source=source, actor=actor, id=cid, **{**fields, **kw})  # type: ignore[arg-type]


def test_one_perpetrator_named_in_two_predicate_families_agrees():
    """'Blamed on JNIM' and 'Katiba Macina (a JNIM group) killed civilians': one account."""
    rel = relate(blamed(), massacre(actor="Katiba Macina"))
    assert rel.kind is Relation.AGREES
    assert any("same perpetrator" in r.detail for r in rel.reasons_of(ReasonKind.PERPETRATOR))
    assert relate(massacre(actor="Katiba Macina"), blamed()) == rel.converse()


def test_one_perpetrator_under_two_subjects_agrees():
    """'The explosion' and 'the market attack', both blamed on JNIM: one question, one answer."""
    other = blamed(source="HRW", cid="other", subject="market attack", predicate="caused by")
    assert relate(blamed(), other).kind is Relation.AGREES


def test_a_third_partys_denial_is_narrowed_by_naming_another():
    """HRW: 'not FAMa'; the government: 'JNIM': the naming refines the denial."""
    denial = blamed(source="HRW", actor="FAMa", polarity="denied", cid="deny")
    rel = relate(blamed(), denial)
    assert rel.kind is Relation.REFINES
    assert any("narrows the denial" in r.detail for r in rel.reasons_of(ReasonKind.PERPETRATOR))
    assert relate(denial, blamed()).kind is Relation.REFINED_BY


def test_a_partys_defence_of_its_own_role_is_not_narrowed():
    """FAMa: 'not us'; the government: 'JNIM': both can hold, neither narrows the other."""
    denial = blamed(source="FAMa", actor="FAMa", polarity="denied", cid="deny")
    rel = relate(blamed(source="Kayes governor"), denial)
    assert rel.kind not in (Relation.REFINES, Relation.REFINED_BY, Relation.CONTRADICTS)


def test_a_partys_own_account_narrows_its_denial():
    """FAMa: 'not us', and FAMa: 'it was JNIM': its own account, made specific."""
    denial = blamed(source="FAMa", actor="FAMa", polarity="denied", cid="deny")
    rel = relate(blamed(source="FAMa"), denial)
    assert rel.kind is Relation.REFINES
    # one speaker naming one perpetrator twice is no accord between two accounts
    assert relate(blamed(source="FAMa"), massacre(source="FAMa")).kind is not Relation.AGREES


def test_two_speakers_denying_one_partys_role_agree():
    first = blamed(source="HRW", actor="FAMa", polarity="denied", cid="d1")
    second = massacre(source="Amnesty International", actor="FAMa", polarity="denied", cid="d2")
    assert relate(first, second).kind is Relation.AGREES


def test_an_unknown_speaker_never_agrees():
    """'Local officials' resolve to nothing: perhaps the government's statement relayed."""
    rel = relate(blamed(), massacre(source="local officials"))
    assert rel.kind is not Relation.AGREES


def test_an_unknown_actor_is_never_a_perpetrator():
    rel = relate(blamed(actor="gunmen on motorbikes"), massacre(actor="JNIM"))
    assert rel.kind not in (Relation.AGREES, Relation.CONTRADICTS)
    rel = relate(blamed(actor="gunmen on motorbikes"), massacre(actor="FAMa"))
    assert rel.kind not in (Relation.AGREES, Relation.CONTRADICTS)


def test_a_toll_is_no_account_of_who_did_it():
    """'12 killed by JNIM': its point is its figure, not an agreement on the perpetrator."""
    assert relate(blamed(), massacre(value=12)).kind is not Relation.AGREES


def test_nothing_placing_them_in_one_event_is_no_accord():
    far = massacre(place="Timbuktu", when="2025-03-10")
    assert relate(blamed(), far).kind is not Relation.AGREES
    nowhere = massacre(place=None, when=None)
    assert relate(blamed(place=None, when=None), nowhere).kind is not Relation.AGREES


def test_one_group_refines_its_nations_armed_groups():
    """'A Palestinian rocket' (the nation's groups together) and 'Islamic Jihad' (one of them)."""
    fields: dict[str, object] = {"subject": "hospital blast", "predicate": "caused by",
                                 "place": "Gaza", "when": "2024-05-02"}  # fmt: skip
    nation = Claim(source="France", value="une roquette palestinienne", id="pal", **fields)  # type: ignore[arg-type]
    group = Claim(source="Israel Defense Forces", value="an Islamic Jihad rocket",
                  actor="Islamic Jihad", id="pij", **fields)  # type: ignore[arg-type]  # fmt: skip
    assert relate(group, nation).kind is Relation.REFINES
    assert relate(nation, group).kind is Relation.REFINED_BY


@settings(max_examples=30, deadline=None)
@given(
    order=st.permutations(range(5)),
    actors=st.lists(
        st.sampled_from(["JNIM", "Katiba Macina", "FAMa", "ISSP"]), min_size=5, max_size=5
    ),
    denied=st.lists(st.booleans(), min_size=5, max_size=5),
)
def test_the_graph_relates_who_did_it_as_relate_does(order, actors, denied):
    """Accords over who did it: the graph proposes the pairs and relates them as relate does."""
    sources = ["Mali government", "HRW", "Amnesty International", "FAMa", "JNIM"]
    claims = [
        (blamed if k % 2 else massacre)(
            source=sources[k],
            actor=actors[k],
            cid=f"c{k}",
            polarity="denied" if denied[k] else "asserted",
        )
        for k in range(5)
    ]
    shuffled = [claims[k] for k in order]
    graph = cr.claim_graph(shuffled)
    for x in range(5):
        for y in range(x + 1, 5):
            a, b = claims[x], claims[y]
            alone = relate(a, b, context=shuffled)
            found = graph.relationship(a.id, b.id)
            if found is None:  # the graph keeps no pair that relate finds agreeing on who
                assert alone.kind not in (Relation.AGREES, Relation.REFINES, Relation.REFINED_BY)
                continue
            expected = alone if found.a == a.id else alone.converse()
            assert found.kind is expected.kind
            assert found.reasons == expected.reasons


# --------------------------------------------------------------------------- the article's place


def _relayed(outlet: str, url: str, cid: str) -> Report:
    return Report(outlet=outlet, url=url, relays=Report(outlet=cid, id=f"s-{cid}"), id=f"r-{cid}")


def test_an_article_places_a_claim_that_names_no_place():
    """One article relays the army's blame (no place) and a toll at the Kayes market."""
    url = "https://example.org/2025/07/01/market-blast"  # names no place
    toll = Claim(source="Kayes hospital", subject="people", predicate="killed", value=12,
                 place="Kayes market", via=_relayed("Wire", url, "t"), id="toll")  # fmt: skip
    blame = blamed(source="FAMa", place=None, when=None, via=_relayed("Wire", url, "b"))
    rec = cr.resolve([toll, blame])
    assert rec["blamed"].place is None  # never the claim's place
    assert rec["blamed"].article_place is not None
    assert rec["blamed"].article_place.rule == "article"
    assert rec["toll"].article_place is None  # a claim that names its place has none


def test_an_articles_place_places_two_accounts_of_who_did_it_in_one_event():
    """The army's blame of JNIM (no place, no date) in an article about the Kayes blast,
    against a rights group's blame of FAMa at Kayes: one question, two answers."""
    url = "https://example.org/kayes-market-blast"
    toll = Claim(source="Kayes hospital", subject="people", predicate="killed", value=12,
                 place="Kayes", via=_relayed("Wire", url, "t"), id="toll")  # fmt: skip
    army = blamed(source="FAMa", place=None, when=None, via=_relayed("Wire", url, "b"))
    rights = blamed(source="HRW", actor="FAMa", cid="hrw", when=None,
                    via=Report(outlet="HRW", url="https://example.org/hrw", id="hrw"))  # fmt: skip
    claims = [toll, army, rights]
    rel = relate(army, rights, context=claims)
    assert rel.kind is Relation.CONTRADICTS
    found = cr.claim_graph(claims).relationship("blamed", "hrw")
    assert found is not None
    assert found.kind is Relation.CONTRADICTS
    # without the article's place, nothing places the two in one event
    alone = blamed(source="FAMa", place=None, when=None, via=Report(outlet="Wire", id="w"))
    assert relate(alone, rights, context=[alone, rights]).kind is not Relation.CONTRADICTS


def test_a_denial_disputes_the_blame_of_its_party_under_another_subject():
    """'FAMa denies involvement in the hospital attack' and 'the blast at the hospital was
    caused by FAMa', reported a day apart, neither placed nor dated: the field comparison
    reads two subjects; who did it is one question (incident words place it)."""
    denial = blamed(source="FAMa", actor="FAMa", polarity="denied", cid="deny",
                    subject="hospital attack", predicate="involvement", place=None, when=None,
                    via=Report(outlet="Wire", published="2025-03-04", id="w"))  # fmt: skip
    radio = Report(outlet="Radio", published="2025-03-05", id="r")
    blame = blamed(source="HRW", actor="FAMa", cid="hrw", predicate="caused by",
                   subject="blast at the hospital", value="a FAMa drone", place=None,
                   when=None, via=radio)  # fmt: skip
    rel = relate(denial, blame)
    assert rel.kind is Relation.CONTRADICTS
    assert rel.reasons_of(ReasonKind.POLARITY)
    graph = cr.claim_graph([denial, blame]).relationship("deny", "hrw")
    assert graph is not None
    assert graph.kind is Relation.CONTRADICTS


def test_where_a_weapon_was_fired_to_is_not_where_it_came_from():
    """'launched from within Gaza towards Israel' came from inside Gaza."""
    claim = Claim(source="UK government", subject="explosion", predicate="caused by",
                  value="a missile launched from within Gaza towards Israel", id="m")  # fmt: skip
    hit = cr.resolve([claim])["m"].actor
    assert hit is not None
    assert (hit.id, hit.rule) == ("Palestinian armed groups", "launched")
