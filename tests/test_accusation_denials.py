"""Denials and admissions as reports word them: accusations denied, acts confirmed.

Made-up claims (a village raid in Kayes in March 2025); none is copied from the corpus.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimrec.model import Claim, Source
from claimrec.relation import Relation, relate
from claimrec.resolution import resolve
from claimrec.resolution._denial import names_accusation
from claimrec.resolution._words import _admits, _says_denied

ARMY = Source(name="Malian army", kind="state", party="Mali government")


def _read(subject: str, predicate: str, *, denied: bool = True, source: object = ARMY):
    claim = Claim(source=source, subject=subject, predicate=predicate,  # type: ignore[arg-type]
                  polarity="denied" if denied else "asserted", id="c")  # fmt: skip
    return resolve([claim])["c"]


@pytest.mark.parametrize(
    ("subject", "verb"),
    [
        ("allégations mensongères", "dément formellement"),
        ("les accusations infondées", "rejette catégoriquement"),
        ("the allegations", "categorically denied"),
        ("these baseless accusations", "firmly rejects"),
        ("las acusaciones", "niega rotundamente"),
        ("las acusaciones falsas", "rechaza"),
        ("as acusações", "desmente"),
        ("die Vorwürfe", "bestreitet entschieden"),
        ("die Vorwürfe", "weist zurück"),
        ("le accuse", "smentisce"),
        ("tuduhan", "membantah keras"),
    ],
)
def test_a_denial_of_accusations_is_the_speakers_denial_of_the_blame(subject, verb):
    found = _read(subject, verb)
    assert found.predicate is not None
    assert (found.predicate.id, found.predicate.rule) == ("blamed", "subject")
    assert found.denies is not None
    assert found.denies.target == "perpetrator"
    assert found.denies.perpetrator is not None  # the speaker's own side


@pytest.mark.parametrize(
    ("subject", "verb", "denied"),
    [
        ("the allegations", "rejected", False),  # asserted: its polarity is in the verb
        ("false reports", "denied", True),  # a report rejected: one reading with accusations
    ],
)
def test_a_rejection_asserted_or_of_reports_is_the_same_reading(subject, verb, denied):
    """One reading (resolution/_rejection.py): the speaker's denial of the blame."""
    found = _read(subject, verb, denied=denied)
    assert found.predicate is not None
    assert found.predicate.id == "blamed"
    assert found.denies is not None
    assert (found.denies.target, found.denies.rule) == ("perpetrator", "rejection")
    assert found.denies.in_words is not denied


def test_accusations_named_as_the_predicate_of_a_denied_act_are_a_blame():
    found = _read("massacre de civils par les soldats", "allégations")
    assert found.predicate is not None
    assert found.predicate.id == "blamed"


@pytest.mark.parametrize(
    ("subject", "verb", "denied"),
    [
        ("allégations", "confirmer ou démentir", True),  # only unconfirmed
        ("the reports", "confirmed", False),  # a confirmation, no rejection
        ("the raid", "categorically denied", True),  # an act denied, no one named
    ],
)
def test_what_is_no_denial_of_accusations(subject, verb, denied):
    found = _read(subject, verb, denied=denied)
    assert found.predicate is None or found.predicate.id != "blamed"


def test_accusation_and_denial_words():
    assert names_accusation("these baseless accusations that its troops fired")
    assert not names_accusation("the accused soldiers")
    assert _says_denied("niega")
    assert _says_denied("wies die Vorwürfe zurück")
    assert not _says_denied("zurück")
    assert not _says_denied("weist darauf hin")


def test_a_denial_of_the_allegations_disputes_a_claim_that_its_side_killed():
    """HRW: the army killed civilians; the army: 'dément formellement les allégations'."""
    killed = Claim(source="HRW", subject="civilians", predicate="killed", actor="FAMa",
                   place="Kayes", when="2025-03-03", id="h")  # fmt: skip
    denial = Claim(source=ARMY, subject="allégations mensongères", polarity="denied",
                   predicate="dément formellement", place="Kayes", when="2025-03-05",
                   id="d")  # fmt: skip
    rel = relate(killed, denial)
    assert rel.kind is Relation.CONTRADICTS
    assert relate(denial, killed) == rel.converse()


@pytest.mark.parametrize(
    "verb",
    [
        "confirmed they had carried out",
        "confirmed that the army conducted",
        "has acknowledged",
        "a reconnu",
        "ha ammesso e giustificato",
        "mengonfirmasi",
        "admitió",
    ],
)
def test_a_confirmation_of_an_act_is_that_act(verb):
    found = _read("an air strike on the village", verb, denied=False)
    assert found.predicate is not None
    assert (found.predicate.id, found.predicate.rule) == ("airstrike", "subject")


def test_what_is_no_confirmation_of_an_act():
    # admitted to hospital: the wounded, never read from a verb of admitting
    assert not _admits("admitted to hospital")
    assert not _admits("confirmed the death of")
    assert _read("wounded", "admitted", denied=False).predicate is None


_MIXED = [
    Claim(source=ARMY, subject="an air strike", predicate="admitted", id="m1"),
    Claim(source=ARMY, subject="an air strike", predicate="admitted", polarity="denied",
          actor="FAMa", id="m2"),
    Claim(source=ARMY, subject="the allegations", predicate="rejects", polarity="denied",
          id="m3"),
    Claim(source=ARMY, subject="the allegations", predicate="rejects", id="m4"),
    Claim(source="HRW", subject="civilians", predicate="killed", actor="FAMa", id="m5"),
]


@given(st.permutations(_MIXED))
@settings(max_examples=30, deadline=None)
def test_resolution_of_denials_and_admissions_is_order_independent(claims):
    """One verb and subject, asserted or denied: each claim is read alike in any order."""
    found = resolve(list(claims))
    expected = resolve(_MIXED)
    for claim in _MIXED:
        got, want = found[claim.id].predicate, expected[claim.id].predicate
        assert (got and got.id, got and got.rule) == (want and want.id, want and want.rule)
    assert expected["m1"].predicate is not None
    assert expected["m1"].predicate.id == "airstrike"
    assert expected["m2"].predicate is None  # a denied admission is no act
    assert expected["m4"].predicate.id == "blamed"  # asserted "rejects": a rejection


@pytest.mark.parametrize(
    ("verb", "plain"),
    [
        ("formellement démenti", "démenti"),
        ("categorically denied", "denied"),
        ("niega rotundamente", "denied"),
        ("bestreitet entschieden", "bestreitet"),
    ],
)
@pytest.mark.parametrize("subject", ["les tirs", "the shelling"])
def test_words_of_manner_leave_a_denial_of_a_named_doers_act_read(verb, plain, subject):
    """'FAMa: the shelling, categorically denied' is read as 'denied' is."""

    def read(predicate):
        claim = Claim(source=ARMY, subject=subject, predicate=predicate, actor="FAMa",
                      polarity="denied", id="c")  # fmt: skip
        found = resolve([claim])["c"].predicate
        return found and (found.id, found.rule)

    assert read(verb) is not None
    assert read(verb) == read(plain)
