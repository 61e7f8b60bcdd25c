"""A denial contradicts only what it denies: three classes of false contradiction.

Made-up claims only. Each class is a denial read as denying the whole event when its words
deny something narrower:

- the speaker's own forces named by a possessive (*its forces attacked*, *nos soldats*):
  it denies that its side did it, not that anyone was killed;
- harm to people with the means as its setting (*no patients were hurt in the air
  strikes*): it denies the harm and takes the strikes for granted;
- who was present (*nobody else was inside when the bombing took place*): it denies the
  presence, the bombing is when.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimrec as cr
from claimrec.relation import Relation, relate

WHERE = {"place": "Kayes", "when": "2025-03-03"}


def claim(cid: str, source: str, subject: str, predicate: str, **kw: object) -> cr.Claim:
    return cr.Claim(source=source, subject=subject, predicate=predicate, id=cid, **{**WHERE, **kw})


def deny(cid: str, source: str, subject: str, predicate: str, **kw: object) -> cr.Claim:
    return claim(cid, source, subject, predicate, polarity="denied", **kw)


def denies(c: cr.Claim) -> cr.Denial | None:
    return cr.resolve([c])[c.id].denies


# --------------------------------------------------------------------------- own forces


@pytest.mark.parametrize(
    ("predicate", "actor", "said"),
    [
        ("its forces attacked and killed", None, "its forces"),
        ("our troops killed", None, "our troops"),
        ("ont tué", "nos soldats", "nos soldats"),
        ("sus tropas atacaron", None, "sus tropas"),
        ("were killed by our troops", None, "our troops"),
        ("tués par nos soldats", None, "nos soldats"),
    ],
)
def test_a_denial_naming_its_own_forces_denies_who_did_it(predicate, actor, said):
    found = denies(deny("d", "Regional government", "villagers", predicate, actor=actor))
    assert found is not None
    assert (found.target, found.rule, found.text) == ("perpetrator", "own act", said)


def test_own_forces_later_in_the_predicate_are_the_victims():
    found = denies(deny("d", "Regional government", "gunmen", "attacked our troops"))
    assert found is not None
    assert found.target == "event"


def test_a_denial_of_its_own_forces_act_leaves_a_toll_standing():
    """"Its forces did not attack and kill villagers" is not "nobody was killed"."""
    toll = claim("t", "Survivor", "villagers", "killed")
    blamed = claim("b", "Survivor", "villagers", "killed", actor="unknown militias")
    own = deny("d", "Regional government", "villagers", "its forces attacked and killed")
    for other in (toll, blamed):
        rel = relate(own, other)
        assert rel.kind is not Relation.CONTRADICTS
        assert any("who did it" in str(r) for r in rel.reasons)
    # without the possessive the denial is of the act itself: the general rule
    plain = deny("p", "Regional government", "villagers", "attacked and killed")
    assert relate(plain, toll).kind is Relation.CONTRADICTS


def test_a_denial_of_its_own_forces_act_disputes_a_claim_naming_that_side():
    own = deny("d", "FAMa", "villagers", "our soldiers killed")
    assert denies(own).perpetrator.id == "FAMa"
    named = claim("n", "Survivor", "villagers", "killed", actor="FAMa")
    assert relate(own, named).kind is Relation.CONTRADICTS


# --------------------------------------------------------------------------- harm


def test_a_denial_of_harm_in_a_strike_denies_the_harm_not_the_strike():
    hurt = deny("d", "Health ministry", "patients", "were hurt in the air strikes")
    found = denies(hurt)
    assert found is not None
    assert (found.target, found.rule, found.means) == ("event", "harm", {"air"})
    strike = claim("s", "Monitor", "the hospital", "hit by an air strike")
    assert relate(hurt, strike).kind is not Relation.CONTRADICTS
    # a toll of that very harm is disputed
    wounded = claim("w", "Doctors", "patients", "wounded", value=5)
    assert relate(hurt, wounded).kind is Relation.CONTRADICTS


def test_a_denial_of_harm_with_a_means_spares_tolls_of_other_means():
    """"No civilians were killed in the chemical attack": the harm done with that means."""
    harm = deny("d", "Ministry", "civilians", "were killed in the chemical attack")
    gas = claim("g", "Hospital", "civilians", "killed in a gas attack", value=40)
    shelling = claim("s", "Monitor", "civilians", "died", value=11,
                     qualifiers=["suffocation from conventional weapons"])  # fmt: skip
    assert relate(harm, gas).kind is Relation.CONTRADICTS
    assert relate(harm, shelling).kind is not Relation.CONTRADICTS
    happened = claim("h", "Hospital", "chemical attack", "took place")
    assert relate(harm, happened).kind is not Relation.CONTRADICTS


def test_a_denial_of_harm_whose_victims_are_not_read_disputes_no_toll():
    """As for a denial of harm naming no means: whom it speaks of must be read first."""
    unread = deny("d", "Ministry", "xyzzies of ours", "were hurt in the air strikes")
    assert cr.resolve([unread])["d"].subject is None
    toll = claim("t", "Hospital", "civilians", "wounded in an air strike", value=12)
    rel = relate(unread, toll)
    assert rel.kind is not Relation.CONTRADICTS
    assert any("is not read" in str(r) for r in rel.reasons)


def test_a_denial_naming_the_means_as_its_subject_still_denies_the_means():
    used = deny("d", "Ministry", "chemical weapons", "used")
    assert denies(used).target == "means"
    gas = claim("g", "Hospital", "civilians", "killed in a gas attack", value=40)
    assert relate(used, gas).kind is Relation.CONTRADICTS


@pytest.mark.parametrize(
    ("predicate", "expected"),
    [
        ("have been hurt in the air strikes", "wounded"),
        ("were injured in the shelling", "wounded"),
        ("blessés lors de la frappe aérienne", "wounded"),
        ("estaba dentro cuando tuvo lugar el bombardeo", "people_present"),
        ("was inside when the bombing took place", "people_present"),
    ],
)
def test_the_act_is_the_verb_not_its_setting(predicate, expected):
    c = claim("c", "Doctors", "patients", predicate)
    hit = cr.resolve([c])["c"].predicate
    assert hit is not None
    assert hit.id == expected


# --------------------------------------------------------------------------- presence


def test_a_denial_of_who_was_inside_is_no_denial_of_the_bombing():
    inside = deny("d", "Charity", "fighters", "was inside when the bombing took place")
    bombed = claim("b", "Army", "the hospital", "bombed")
    assert relate(inside, bombed).kind is not Relation.CONTRADICTS
    present = claim("p", "Army", "fighters", "were inside", value=10)
    assert relate(inside, present).kind is Relation.CONTRADICTS


# --------------------------------------------------------------------------- symmetry

CLAIMS = [
    deny("d1", "Regional government", "villagers", "its forces attacked and killed"),
    deny("d2", "Health ministry", "patients", "were hurt in the air strikes"),
    deny("d3", "Charity", "fighters", "was inside when the bombing took place"),
    deny("d4", "FAMa", "villagers", "our soldiers killed"),
    claim("a1", "Survivor", "villagers", "killed", value=30),
    claim("a2", "Monitor", "the hospital", "hit by an air strike"),
    claim("a3", "Doctors", "patients", "wounded", value=5),
    claim("a4", "Army", "fighters", "were inside", value=10),
    claim("a5", "Survivor", "villagers", "killed", actor="FAMa"),
    deny("d5", "Ministry", "civilians", "were killed in the chemical attack"),
    claim("a6", "Hospital", "civilians", "killed in a gas attack", value=40),
    claim("a7", "Hospital", "chemical attack", "took place"),
]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(CLAIMS), st.sampled_from(CLAIMS))
def test_relating_the_narrow_denials_is_symmetric(a, b):
    if a.id == b.id:
        return
    assert relate(b, a) == relate(a, b).converse()


def test_the_graph_reads_the_narrow_denials_as_relate_does():
    graph = cr.claim_graph(CLAIMS)
    for x in CLAIMS:
        for y in CLAIMS:
            if x.id >= y.id:
                continue
            rel = graph.relationship(x.id, y.id)
            kind = rel.kind if rel is not None else Relation.UNRELATED
            if kind is Relation.CONTRADICTS:
                assert relate(x, y, context=CLAIMS).kind is Relation.CONTRADICTS
    assert graph.relationship("d1", "a1") is None or (
        graph.relationship("d1", "a1").kind is not Relation.CONTRADICTS
    )
