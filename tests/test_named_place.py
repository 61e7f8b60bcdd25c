"""A place named inside a claim's subject or predicate (``ClaimResolution.named_place``).

Made-up claims: "Zorvakia" and "Tembisk" are invented villages no gazetteer knows.
"""

from __future__ import annotations

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

import claimrec as cr
from claimrec.model import Claim, Report
from claimrec.relation import Relation, relate


def _named(subject: str, predicate: str = "killed", place: str | None = None) -> object:
    claim = Claim(source="Wire", subject=subject, predicate=predicate, place=place, id="c")
    return cr.resolve([claim])["c"].named_place


def test_an_unknown_village_after_a_preposition_is_named():
    hit = _named("deaths in Zorvakia")
    assert hit is not None
    assert (hit.id, hit.rule) == ("~zorvakia", "subject")
    assert _named("la cárcel de Zorvakia", "bombardeada").id == "~zorvakia"
    assert _named("people", "were killed in Zorvakia").id == "~zorvakia"


def test_a_known_town_is_named_by_its_gazetteer_id():
    hit = _named("a hospital in Kunduz city")
    assert hit is not None
    assert hit.record is not None
    assert hit.id == cr.resolve([Claim(source="W", subject="x", predicate="killed",
                                       place="Kunduz", id="k")])["k"].place.id  # fmt: skip


def test_words_that_are_no_place_name_none():
    assert _named("people", "killed in clashes") is None
    assert _named("people", "killed in the attack") is None
    assert _named("detainees", "died in custody") is None
    assert _named("civilians", "killed in 2022") is None
    assert _named("civilians", "killed in Syria") is None  # a country: too wide
    assert _named("employees of Médecins Sans Frontières", "wounded") is None  # an actor


def test_two_places_named_give_none_and_a_placed_claim_has_none():
    assert _named("deaths in Zorvakia and in Tembisk") is None
    assert _named("deaths in Zorvakia", place="Tembisk") is None


def _denial(**kw: object) -> Claim:
    fields: dict[str, object] = {
        "source": "M23", "subject": "a massacre in Zorvakia", "predicate": "committed",
        "polarity": "denied", "id": "deny",
        "via": Report(outlet="M23 statement", url="https://example.org/m23", id="r-deny"),
    }  # fmt: skip
    return Claim(**{**fields, **kw})  # type: ignore[arg-type]


def _accusation(cid: str = "un", place: str = "Zorvakia, a village") -> Claim:
    via = Report(outlet="UN", url=f"https://example.org/{cid}", id=f"r-{cid}")
    return Claim(source="UN rights office", subject="civilians", predicate="killed",
                 value=131, actor="M23", place=place, id=cid, via=via)  # fmt: skip


def test_a_denial_naming_the_village_in_its_subject_disputes_the_accusation_there():
    """M23 denies "a massacre in Zorvakia"; the UN says M23 killed 131 at Zorvakia: the
    subject's village places the two in one event (no date, no report in common)."""
    deny, accuse = _denial(), _accusation()
    claims = [deny, accuse]
    rel = relate(deny, accuse, context=claims)
    assert rel.kind is Relation.CONTRADICTS
    found = cr.claim_graph(claims).relationship("deny", "un")
    assert found is not None
    assert found.kind is Relation.CONTRADICTS
    assert cr.resolve(claims)["deny"].place is None  # evidence, never the claim's place
    # another village in the words: nothing places them in one event
    other = _denial(subject="a massacre in Tembisk")
    assert relate(other, accuse, context=[other, accuse]).kind is not Relation.CONTRADICTS


def test_a_count_over_months_at_the_village_is_no_account_of_the_one_massacre():
    """The same accusation counted "between March and August 2025" is a campaign's total."""
    deny = _denial()
    months = attrs.evolve(_accusation(), qualifiers=("between March 2025 and August 2025",))
    assert relate(deny, months, context=[deny, months]).kind is not Relation.CONTRADICTS


@settings(max_examples=15, deadline=None)
@given(st.permutations(range(4)))
def test_named_places_do_not_depend_on_the_claims_order(order: list[int]):
    claims = [_denial(), _accusation(), _accusation("un2", "Tembisk"),
              _denial(id="deny2", subject="killings at Tembisk")]  # fmt: skip
    shuffled = [claims[k] for k in order]
    base = {(r.a, r.b, r.kind) for r in cr.claim_graph(claims).relationships}
    again = {(r.a, r.b, r.kind) for r in cr.claim_graph(shuffled).relationships}
    assert base == again
    named = {c.id: cr.resolve(shuffled)[c.id].named_place for c in claims}
    assert named == {c.id: cr.resolve(claims)[c.id].named_place for c in claims}


def test_two_acts_on_the_site_their_subjects_place_in_one_village_dispute_who_did_it():
    """Each side says the other shelled "the prison in Zorvakia": no place field, no date,
    two reports; the village both subjects name is the one event."""
    one = Claim(source="Russian defence ministry", subject="the prison in Zorvakia",
                predicate="shelled", actor="Ukrainian forces", id="ru",
                via=Report(outlet="TASS", url="https://example.org/tass", id="r-ru"))  # fmt: skip
    two = Claim(source="Ukrainian army", subject="la prisión de Zorvakia",
                predicate="bombardeada", actor="Russian forces", id="ua",
                via=Report(outlet="CNN", url="https://example.org/cnn", id="r-ua"))  # fmt: skip
    assert relate(one, two, context=[one, two]).kind is Relation.CONTRADICTS
    found = cr.claim_graph([one, two]).relationship("ru", "ua")
    assert found is not None
    assert found.kind is Relation.CONTRADICTS
    apart = attrs.evolve(two, subject="la prisión de Tembisk")
    assert relate(one, apart, context=[one, apart]).kind is not Relation.CONTRADICTS
