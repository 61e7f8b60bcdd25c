"""A party's rejection of another's report or accusations: one reading, relays, disputes.

Made-up claims only (a UN inquiry into a raid near Kayes in March 2025, the Ruritanian
army's reply); none is copied from the corpus.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimrec as cr
from claimrec.relation import Relation, relate
from claimrec.relation._lookup import _lookup
from claimrec.relation._rejections import rejection_pairs
from claimrec.resolution._rejection import names_rejected, rejected_party, rejects
from claimrec.resolution._resolver import _resolver
from tests.test_relation_perpetrators import assert_symmetric_and_order_free

ARMY = cr.Source(name="Malian army", kind="state", party="Mali government")
COMMUNIQUE = cr.Report(outlet="Malian army", published="2025-03-12", id="communique")
ARTICLE = cr.Report(outlet="Wire", published="2025-03-12", id="wire")


def claim(cid: str, source: object, subject: str, predicate: str, **kw: object) -> cr.Claim:
    fields = {"via": ARTICLE, **kw}
    return cr.Claim(source=source, subject=subject, predicate=predicate, id=cid,  # type: ignore[arg-type]
                    **fields)  # fmt: skip


def relay(cid: str, subject: str, predicate: str, outlet: str) -> cr.Claim:
    """The army's communiqué rejecting the UN's findings, as one outlet relays it."""
    via = cr.Report(outlet=outlet, relays=COMMUNIQUE, id=f"r-{cid}")
    return claim(cid, ARMY, subject, predicate, via=via)


def contradictions(graph: cr.ClaimGraph) -> set[frozenset[str]]:
    return {
        frozenset((r.a, r.b)) for r in graph.relationships if r.kind is Relation.CONTRADICTS
    }


def un_toll(cid: str = "un-toll", actor: str | None = "FAMa", source: str = "UN") -> cr.Claim:
    return claim(cid, source, "civilians", "killed", value=19, actor=actor, place="Kayes")


# ------------------------------------------------------------------ resolution: one reading


@pytest.mark.parametrize(
    ("subject", "verb"),
    [
        ("the Ukrainian leader's accusations", "rejected"),
        ("les conclusions d'un rapport de l'Onu", "a réfuté"),
        ("estas conclusiones", "refuta"),
        ("le conclusioni dell'indagine dell'Onu", "ha contestato"),
        ("the UN report", "dismissed"),
        ("the allegations", "rejected"),
        ("die Vorwürfe", "weist zurück"),
        ("toute bavure de ses soldats", "a réfuté"),  # a wrong: the blame itself
        ("any wrongdoing", "rejected"),
        ("toda culpa", "rechaza"),
    ],
)
def test_an_asserted_rejection_is_the_speakers_denial_of_the_blame(subject, verb):
    rec = cr.resolve([claim("c", ARMY, subject, verb)])["c"]
    assert (rec.predicate.id, rec.predicate.rule) == ("blamed", "subject")
    assert rec.denies is not None
    assert (rec.denies.target, rec.denies.rule) == ("perpetrator", "rejection")
    assert rec.denies.in_words  # asserted, yet a denial: relations read it so
    assert rec.denies.perpetrator is not None  # the speaker's own side


def test_an_asserted_rejection_and_a_denied_one_are_one_reading():
    """'rejects the accusations' (asserted) and 'dément les allégations' (denied): one."""
    asserted = claim("a", ARMY, "the accusations", "rejects")
    denied = claim("d", ARMY, "allégations mensongères", "dément formellement",
                   polarity="denied")  # fmt: skip
    res = cr.resolve([asserted, denied])
    ra, rd = res["a"], res["d"]
    assert ra.predicate.id == rd.predicate.id == "blamed"
    for field in ("target", "rule", "perpetrator", "rejects"):
        assert getattr(ra.denies, field) == getattr(rd.denies, field)
    assert ra.denies.in_words
    assert not rd.denies.in_words


@pytest.mark.parametrize(
    ("subject", "verb"),
    [
        ("the report", "published"),  # no verb of rejecting
        ("the allegations", "could not confirm or deny"),  # only unconfirmed
        ("the attack", "rejected"),  # an act, not a report
        ("the attack report", "rejected"),  # words before the head name no party
        ("casualties", "reported"),
    ],
)
def test_what_is_no_rejection(subject, verb):
    assert not rejects(verb, subject, _resolver(None))
    rec = cr.resolve([claim("c", ARMY, subject, verb)])["c"]
    assert rec.denies is None or rec.denies.rule != "rejection"


@pytest.mark.parametrize(
    ("subject", "party"),
    [
        ("the Ukrainian leader's accusations", "Ukraine government"),
        ("les conclusions d'un rapport de l'Onu", "UN"),
        ("le conclusioni dell'indagine dell'Onu", "UN"),
        ("the UN report", "UN"),
        ("HRW's findings", "HRW"),
        ("estas conclusiones", None),
        ("the allegations", None),
        ("un rapport", None),  # the French article is no UN
        ("toute bavure de ses soldats", None),  # a wrong denied names no accuser
        ("any wrongdoing by Malian troops", None),  # the accused, not the accuser
    ],
)
def test_the_rejected_party_is_read_from_the_object(subject, party):
    found = rejected_party(subject, _resolver(None))
    assert (found.id if found is not None else None) == party
    if party is not None:
        assert names_rejected(subject, _resolver(None))


# ------------------------------------------------------------------ relays: one statement


def test_relays_of_one_rejection_in_three_languages_are_one_statement():
    claims = [
        relay("fr", "les conclusions d'un rapport de l'Onu", "a réfuté", "Journal"),
        relay("es", "estas conclusiones", "refuta", "Diario"),
        relay("it", "le conclusioni dell'indagine dell'Onu", "ha contestato", "Giornale"),
        relay("fr2", "toute bavure de ses soldats", "a réfuté", "Hebdo"),
    ]
    graph = cr.claim_graph(claims)
    echoes = [sorted(c.id for c in e.claims) for e in graph.echoes()]
    assert echoes == [["es", "fr", "fr2", "it"]]
    assert not graph.corroborations()


def test_rejections_of_two_parties_reports_are_not_one_object():
    """One speaker, one verb: the UN's report and HRW's are two things it rejects."""
    un = claim("un", ARMY, "the UN report", "rejected")
    hrw = claim("hrw", ARMY, "HRW's report", "rejected")
    res = cr.resolve([un, hrw])
    assert res["un"].denies.rejects.id == "UN"
    assert res["hrw"].denies.rejects.id == "HRW"
    rel = relate(un, hrw)
    assert rel.kind is Relation.UNRELATED
    assert relate(hrw, un) == rel.converse()
    assert not cr.claim_graph([un, hrw]).relationships


def test_two_sides_rejections_of_two_events_are_not_one_item():
    """Two parties each rejecting the blame, nothing in common: two questions."""
    rebels = cr.Source(name="JNIM", kind="armed_group")
    army = claim("army", ARMY, "estas conclusiones", "refuta", stated="2025-03-12")
    group = claim("jnim", rebels, "the accusations", "rejected", stated="2025-06-20")
    rel = relate(army, group)
    assert rel.kind is Relation.UNRELATED
    assert relate(group, army) == rel.converse()
    # on one day, in one article, both can hold: left to the other rules
    same_day = claim("jnim2", rebels, "the accusations", "rejected", stated="2025-03-12")
    assert relate(army, same_day).kind is not Relation.UNRELATED


# ------------------------------------------------------------------ disputes: only Q's accusations


def test_a_rejection_of_the_un_report_contradicts_the_uns_accusation_of_the_army():
    rejection = claim("rej", ARMY, "les conclusions d'un rapport de l'Onu", "a réfuté")
    rel = relate(rejection, un_toll())
    assert rel.kind is Relation.CONTRADICTS
    assert relate(un_toll(), rejection) == rel.converse()


@pytest.mark.parametrize(
    "other",
    [
        un_toll("hrw", source="HRW"),  # a third party's accusation: not what it rejects
        un_toll("no-one", actor=None),  # the UN's toll naming no one
        claim("own", ARMY, "terrorists", "neutralised", value=30, actor="FAMa", place="Kayes"),
        claim("wedding", "UN", "a wedding", "took place", place="Kayes"),
    ],
)
def test_a_rejection_of_the_un_report_leaves_every_other_claim_standing(other):
    rejection = claim("rej", ARMY, "les conclusions d'un rapport de l'Onu", "a réfuté")
    assert relate(rejection, other).kind is not Relation.CONTRADICTS
    assert not contradictions(cr.claim_graph([rejection, other]))


def test_a_rejection_by_a_speaker_of_no_party_says_nothing_of_who_did_it():
    rights = cr.Source(name="Amnesty International", kind="ngo")
    rejection = claim("rej", rights, "the army's report", "rejected")
    army = claim("army", ARMY, "terrorists", "killed", value=30, actor="FAMa", place="Kayes")
    assert relate(rejection, army).kind is not Relation.CONTRADICTS


def test_the_graph_proposes_the_rejection_against_the_rejected_partys_accusations():
    """Alignment keeps a blame and a toll apart: the graph pairs them by party."""
    rejection = claim("rej", ARMY, "les conclusions d'un rapport de l'Onu", "a réfuté")
    claims = [rejection, un_toll(), un_toll("hrw", source="HRW"), un_toll("x", actor=None)]
    res = cr.resolve(claims)
    pairs = [(a.id, b.id) for a, b in rejection_pairs(claims, res.__getitem__, _lookup(None))]
    assert pairs == [("rej", "un-toll")]
    assert contradictions(cr.claim_graph(claims)) == {frozenset(("rej", "un-toll"))}


def test_a_rejection_weeks_after_the_accusation_does_not_answer_it():
    rejection = claim("rej", ARMY, "the UN report", "rejected", stated="2025-05-01")
    toll = un_toll()
    res = cr.resolve([rejection, toll])
    assert not list(rejection_pairs([rejection, toll], res.__getitem__, _lookup(None)))


@settings(max_examples=25, deadline=None)
@given(
    order=st.permutations(range(4)),
    sources=st.lists(st.sampled_from(["UN", "HRW", "Malian army"]), min_size=2, max_size=2),
)
def test_rejection_disputes_are_symmetric_and_order_independent(order, sources):
    claims = [
        claim("rej", ARMY, "les conclusions d'un rapport de l'Onu", "a réfuté"),
        un_toll("t1", source=sources[0]),
        un_toll("t2", source=sources[1], actor=None),
        claim("rej2", ARMY, "estas conclusiones", "refuta"),
    ]
    assert_symmetric_and_order_free(claims, order)
