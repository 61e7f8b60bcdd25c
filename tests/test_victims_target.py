"""Victim disputes: a party's own act on a military target against a toll of civilians naming it.

The RSF says it "attacked three army camps" around the village and denies targeting
civilians; a rights group says "at least 150 villagers" were killed by the RSF. The act
names no dead, but it is the perpetrator's account of whom it hit: who was hit is disputed
(``_victims.target_reading``), in one event, whatever the figures.
"""

from __future__ import annotations

import warnings

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimrec as cr
from claimrec.relation import ReasonKind, Relation, relate
from claimrec.relation._victims import _local_side
from claimrec.resolution import ClaimResolution, Resolved
from tests.test_victims import assert_graph_agrees_with_relate

RSF = cr.Source(name="RSF", kind="armed_group", party="RSF")
ARMY = cr.Source(name="Sudanese army", kind="state", party="Sudan")
RIGHTS = cr.Source(name="Rights Watch", kind="ngo")
ALLY = cr.Source(name="RSF adviser", kind="armed_group", party="RSF")
DAY = "2024-06-05"


def claim(source: cr.Source, subject: str, predicate: str, value: object = None,
          **kw: object) -> cr.Claim:  # fmt: skip
    fields: dict[str, object] = {"when": DAY}
    fields.update(kw)
    name = f"{source.name}:{subject}:{predicate}:{value}:{kw.get('actor', '')}"
    return cr.Claim(
        source=source, subject=subject, predicate=predicate, value=value, id=name, **fields
    )


CAMPS = claim(RSF, "army camps", "attacked", 3)
DENIAL = claim(RSF, "civilians", "targeted", polarity="denied")
VILLAGERS = claim(RIGHTS, "villagers", "killed", "at least 150", actor="RSF", place="Wad al-Noura")
PEOPLE = claim(RIGHTS, "people", "killed", "up to 100", actor="RSF", place="Wad al-Noura")


def kind(a: cr.Claim, b: cr.Claim, context: list[cr.Claim]) -> Relation:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", cr.ClaimrecWarning)
        return relate(a, b, context=context).kind


def test_the_perpetrators_act_on_a_military_target_disputes_who_was_hit() -> None:
    claims = [CAMPS, DENIAL, VILLAGERS]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", cr.ClaimrecWarning)
        r = relate(CAMPS, VILLAGERS, context=claims)
        assert r.kind is Relation.CONTRADICTS
        assert r.disputed
        (reason,) = r.reasons_of(ReasonKind.VICTIM)
        assert "RSF says it struck a military target ('army camps')" in reason.detail
        assert "'villagers' were killed by RSF: who was hit is disputed" in reason.detail
        assert relate(VILLAGERS, CAMPS, context=claims) == r.converse()
        assert r.magnitude_ratio is None  # three camps and 150 dead are no two counts of one thing
    assert_graph_agrees_with_relate(claims)


def test_a_toll_of_people_naming_the_perpetrator_is_disputed_too() -> None:
    assert kind(CAMPS, PEOPLE, [CAMPS, DENIAL, PEOPLE]) is Relation.CONTRADICTS


def test_only_when_the_party_denies_harming_civilians() -> None:
    """A side that owns to collateral damage, or says nothing of it, may have hit both."""
    assert kind(CAMPS, VILLAGERS, [CAMPS, VILLAGERS]) is not Relation.CONTRADICTS
    assert kind(CAMPS, VILLAGERS, []) is not Relation.CONTRADICTS  # relate alone: no context
    other = claim(ARMY, "civilians", "killed", polarity="denied")  # another party's denial
    assert kind(CAMPS, VILLAGERS, [CAMPS, other, VILLAGERS]) is not Relation.CONTRADICTS
    witness = claim(RIGHTS, "civilians", "targeted", polarity="denied")  # no party at all
    assert kind(CAMPS, VILLAGERS, [CAMPS, witness, VILLAGERS]) is not Relation.CONTRADICTS


def test_an_allys_denial_counts_as_the_partys() -> None:
    denial = claim(ALLY, "civilians", "killed", polarity="denied")
    assert kind(CAMPS, VILLAGERS, [CAMPS, denial, VILLAGERS]) is Relation.CONTRADICTS


@pytest.mark.parametrize(
    "act",
    [
        claim(ARMY, "army camps", "attacked", 3),  # a state's own camps, struck by another
        claim(RSF, "army camps", "attacked", 3, actor="Sudanese army"),  # another's act
        claim(RSF, "army camps", "attacked", 3, polarity="denied"),  # no act
        claim(RSF, "army camps", "captured", 3),  # no strike
        claim(RSF, "civilians", "attacked"),  # civilians: no military target
    ],
)
def test_no_act_of_the_perpetrator_on_a_military_target(act: cr.Claim) -> None:
    claims = [act, DENIAL, claim(ARMY, "civilians", "killed", polarity="denied"), VILLAGERS]
    assert kind(act, VILLAGERS, claims) is not Relation.CONTRADICTS


def test_a_state_names_its_own_act_by_its_actor() -> None:
    """'Our army struck only military sites': the state's act, whatever the sites."""
    act = claim(ARMY, "military positions", "attacked", actor="Sudanese army")
    denial = claim(ARMY, "civilians", "killed", polarity="denied")
    toll = claim(RIGHTS, "civilians", "killed", 40, actor="Sudanese army", place="Wad al-Noura")
    assert kind(act, toll, [act, denial, toll]) is Relation.CONTRADICTS


@pytest.mark.parametrize(
    "toll",
    [
        claim(RIGHTS, "villagers", "killed", 150, actor="Sudanese army", place="Wad al-Noura"),
        claim(RIGHTS, "villagers", "killed", place="Wad al-Noura", actor="RSF"),  # no figure
        claim(RIGHTS, "villagers", "killed", 150, place="Wad al-Noura"),  # no perpetrator
        claim(ALLY, "villagers", "killed", 150, actor="RSF", place="Wad al-Noura"),  # own side
        claim(RIGHTS, "soldiers", "killed", 150, actor="RSF", place="Wad al-Noura"),  # fighters
        claim(RIGHTS, "villagers", "killed", 150, actor="RSF", when="2024-03-01"),  # other day
    ],
)
def test_no_toll_of_civilians_by_that_perpetrator_in_that_event(toll: cr.Claim) -> None:
    assert kind(CAMPS, toll, [CAMPS, DENIAL, toll]) is not Relation.CONTRADICTS


def test_a_local_speakers_side_is_its_sources_one_party() -> None:
    committee = cr.Source(name="Madani Resistance Committee", kind="ngo")
    branch = cr.Source(name="Resistance Committees in Madani", kind="ngo")
    fighters = cr.Source(name="RSF media office", kind="armed_group", party="RSF")

    def local(*sources: cr.Source) -> ClaimResolution:
        hit = Resolved(id="~committee", name="committee", text="committee", score=1.0,
                       rule="local", record=sources)  # fmt: skip
        return ClaimResolution(claim_id="c", speaker=hit)

    assert _local_side(local(committee, branch)) == (True, None)
    assert _local_side(local(fighters)) == (True, "RSF")
    assert _local_side(local(committee, fighters)) == (False, None)
    assert _local_side(ClaimResolution(claim_id="c")) == (False, None)


@settings(max_examples=25, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                CAMPS,
                DENIAL,
                VILLAGERS,
                PEOPLE,
                claim(ARMY, "civilians", "killed", polarity="denied"),
                claim(
                    RIGHTS, "villagers", "killed", 150, actor="Sudanese army", place="Wad al-Noura"
                ),
                claim(ALLY, "villagers", "killed", 150, actor="RSF", place="Wad al-Noura"),
                claim(RSF, "army camps", "attacked", 3, actor="Sudanese army"),
            ]
        ),
        min_size=2,
        max_size=5,
        unique_by=lambda c: c.id,
    )
)
def test_graph_agrees_with_relate(claims: list[cr.Claim]) -> None:
    assert_graph_agrees_with_relate(claims)


@pytest.mark.parametrize(
    "words",
    [
        "tre campi dell'esercito nella regione",
        "dos posiciones del ejército",
        "serangan terhadap dua posisi militer",
        "معسكرات كان بها عناصر من الجيش",
        "campamentos militares",
    ],
)
def test_military_sites_are_read_in_other_languages(words: str) -> None:
    act = cr.Claim(source=RSF, subject=words, predicate="attacked", id="act")
    rec = cr.resolve([act])["act"]
    assert rec.subject is not None
    assert rec.subject.id == "military_sites"


def test_an_act_told_of_another_town_answers_no_toll_there() -> None:
    """'Army camps in Sennar' is no answer to a toll of civilians at Omdurman."""
    statement = cr.Report(outlet="RSF", id="rsf", published="2024-06-06")
    sennar = claim(RSF, "army camps in Sennar", "attacked", 3, when=None, via=statement)
    wire = cr.Report(outlet="Wire", id="wire", published="2024-06-07")
    omdurman = claim(RIGHTS, "civilians", "killed", 40, actor="RSF", place="Omdurman", via=wire)
    there = claim(RIGHTS, "civilians", "killed", 40, actor="RSF", place="Sennar", via=wire)
    assert kind(sennar, omdurman, [sennar, DENIAL, omdurman]) is not Relation.CONTRADICTS
    assert kind(sennar, there, [sennar, DENIAL, there]) is Relation.CONTRADICTS
