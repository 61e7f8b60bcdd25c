"""Who did it across predicates, scripts and denials (made-up claims, none from the corpus).

A theatre in Kayes, struck on 3 March 2025: one side's air strike against another's
"blown up from inside"; forces named in Cyrillic and Arabic; a force's denial of its own
doing against a toll naming one of its aircraft; a denial against a report's older,
elsewhere strikes.
"""

from __future__ import annotations

import warnings

from hypothesis import given, settings
from hypothesis import strategies as st

import claimrec as cr
from claimrec.model import Claim, Report
from claimrec.relation import Relation, relate
from claimrec.resolution import resolve
from claimrec.resolution._sites import incident_sites
from claimrec.vocab import default_vocabulary
from tests.test_relation_perpetrators import assert_symmetric_and_order_free

warnings.simplefilter("ignore", cr.ClaimrecWarning)


def _strike(**kw) -> Claim:
    fields = {
        "source": "witnesses",
        "subject": "the theatre",
        "predicate": "bombed",
        "actor": "FAMa",
        "place": "Kayes",
        "when": "2025-03-03",
        "id": "strike",
    }
    return Claim(**{**fields, **kw})


def _blown(**kw) -> Claim:
    fields = {
        "source": "Malian army",
        "subject": "the theatre",
        "predicate": "blown up",
        "actor": "JNIM",
        "place": "Kayes",
        "when": "2025-03-03",
        "id": "blown",
    }
    return Claim(**{**fields, **kw})


def _air_force_denial(**kw) -> Claim:
    fields = {
        "source": "Nigerian Air Force",
        "subject": "the Air Force",
        "predicate": "carried out any air operation in the state",
        "polarity": "denied",
        "stated": "2025-03-04",
        "id": "deny",
    }
    return Claim(**{**fields, **kw})


def _jet_toll(**kw) -> Claim:
    fields = {
        "source": "residents",
        "subject": "people",
        "predicate": "killed",
        "value": 30,
        "actor": "a NAF jet",
        "place": "Kaduna",
        "when": "2025-03-03",
        "stated": "2025-03-04",
        "id": "toll",
    }
    return Claim(**{**fields, **kw})


_ARTICLE = Report(outlet="Daily", url="https://example.org/strike", published="2025-03-05")


def _army_denial() -> Claim:
    return Claim(
        source="Nigerian army",
        subject="the attack",
        predicate="was behind",
        polarity="denied",
        via=_ARTICLE,
        id="deny2",
    )


def _recalled(when: str, cid: str) -> Claim:
    """A rights group's toll of a strike at a named village, in the denial's article."""
    return Claim(
        source="Amnesty International",
        subject="people",
        predicate="killed",
        value=64,
        actor="Nigerian Air Force",
        place="Zaria",
        when=when,
        via=_ARTICLE,
        id=cid,
    )


def _actor(name: str) -> str | None:
    rec = resolve([Claim(source="X", subject="civilians", predicate="killed", actor=name, id="c")])
    hit = rec["c"].actor
    return None if hit is None else hit.id


def test_forces_named_in_other_scripts_are_their_partys():
    """A unit's name in Cyrillic or Arabic, and a country's Arabic adjective, name its side."""
    assert _actor("كتيبة آزوف") == "Azov"
    assert _actor("бойцами полка «Азов»") == "Azov"
    assert _actor("طائرة روسية") == "Russia"
    assert _actor("سلاح الجو الروسي") == "Russia"
    assert _actor("a NAF jet") == "Nigeria government"
    assert _actor("Moscou") == "Russia"  # the capital for the state, as *Moscow* is
    azov = default_vocabulary().actors.get("Azov")
    assert azov is not None
    assert azov.party == "Ukraine"


def test_a_theatre_is_a_kind_of_site_in_any_script():
    """*the theatre*, *драмтеатр*, *المسرح*: one kind of site (transliterated words)."""
    assert incident_sites("the drama theatre", None) == frozenset({"theatre"})
    assert incident_sites("драмтеатр в городе", None) == frozenset({"theatre"})
    assert incident_sites("مبنى المسرح", None) == frozenset({"theatre"})
    assert incident_sites("the market", None) == frozenset({"market"})


def test_an_air_strike_and_blown_up_from_inside_are_rival_accounts():
    """One side's strike on the theatre, another's 'blown up' by a third: who destroyed it."""
    rel = relate(_strike(), _blown())
    assert rel.kind is Relation.CONTRADICTS
    assert "different parties" in str(rel.reasons)
    assert relate(_blown(), _strike()) == rel.converse()
    for words in (
        {"subject": "театр", "predicate": "взорвали", "actor": "боевики JNIM", "id": "ru"},
        {"subject": "المسرح", "predicate": "فجرت", "id": "ar"},
        {"predicate": "lo volaron", "subject": "el teatro", "id": "es"},
    ):
        assert relate(_strike(), _blown(**words)).kind is Relation.CONTRADICTS, words


def test_blown_up_elsewhere_or_by_the_same_side_is_no_dispute():
    """Another kind of site (the market), or the same party: nothing exclusive."""
    assert relate(_strike(), _blown(subject="the market")).kind is not Relation.CONTRADICTS
    same = _blown(actor="Malian army", source="JNIM")
    assert relate(_strike(), same).kind is not Relation.CONTRADICTS


def test_a_forces_denial_of_its_own_doing_answers_a_toll_naming_its_aircraft():
    """'The Air Force carried out no air operation' against '30 killed by a NAF jet'."""
    rel = relate(_air_force_denial(), _jet_toll())
    assert rel.kind is Relation.CONTRADICTS
    assert relate(_jet_toll(), _air_force_denial()) == rel.converse()
    # another party's jet: the denial says nothing of it
    other = _jet_toll(actor="JNIM", id="other")
    assert relate(_air_force_denial(), other).kind is not Relation.CONTRADICTS


def test_a_denial_answers_no_earlier_strike_at_another_named_place():
    """The army denies the attack; the same article recalls a strike months before elsewhere."""
    denial = _army_denial()
    assert relate(denial, _recalled("2024-10-01", "old")).kind is not Relation.CONTRADICTS
    assert relate(denial, _recalled("2025-03-03", "new")).kind is Relation.CONTRADICTS


def test_accidentally_killed_admits_the_act_and_is_no_account():
    """'were accidentally killed' says who erred, not that nobody did it; 'an accident' does."""
    claims = [
        Claim(source="Agency", subject="people", predicate="were accidentally killed",
              value=85, id="adv"),
        Claim(source="Agency", subject="people", predicate="died in an accident", value=85,
              id="noun"),
    ]  # fmt: skip
    res = resolve(claims)
    assert res["adv"].account is None
    assert res["noun"].account is not None


def test_a_compound_past_denial_reads_its_subjects_act():
    """'a démenti' l'attaque, naming who: a denial that its side did it, as 'démenti' is."""
    claim = Claim(source="Moscou", subject="l'attaque du théâtre", predicate="a démenti",
                  actor="Moscou", polarity="denied", id="m")  # fmt: skip
    denial = resolve([claim])["m"].denies
    assert denial is not None
    assert denial.target == "perpetrator"
    assert relate(claim, _strike(actor="Russian forces", id="ru")).kind is Relation.CONTRADICTS


_ALL = [
    _strike(),
    _blown(),
    _blown(subject="المسرح", predicate="فجرت", id="ar"),
    _blown(subject="the market", id="market"),
    _air_force_denial(),
    _jet_toll(),
    _army_denial(),
    _recalled("2024-10-01", "old"),
    _recalled("2025-03-03", "new"),
]


@settings(max_examples=10, deadline=None)
@given(st.permutations(range(len(_ALL))))
def test_the_rules_are_symmetric_and_order_free(order):
    """Every pair symmetric, the graph the same in any order of the claims."""
    assert_symmetric_and_order_free(_ALL, list(order))
