"""Statements of who the dead were: read in resolution (_status), disputed in relations."""

from __future__ import annotations

import warnings

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimrec as cr
from claimrec.relation import ReasonKind, Relation, relate

JNIM = cr.Source(name="JNIM", kind="armed group", party="JNIM")
ARMY = cr.Source(name="FAMa", kind="state", party="Mali government")
UN = cr.Source(name="United Nations", kind="international_org")
NGO = cr.Source(name="Human Rights Watch", kind="ngo")
WHEN = "2025-03-23"


def read(subject: str, predicate: str, value: object = None, **kw: object) -> tuple[str, str]:
    """The (predicate, subject) ids resolution gives one claim ('-' for nothing)."""
    claim = cr.Claim(source="X", subject=subject, predicate=predicate, value=value, id="c", **kw)
    rec = cr.resolve([claim])["c"]
    return (
        "-" if rec.predicate is None else rec.predicate.id,
        "-" if rec.subject is None else rec.subject.id,
    )


@pytest.mark.parametrize(
    ("subject", "predicate", "value", "cls"),
    [
        ("targets", "were", "militia members affiliated with the army", "militia"),
        ("the villagers targeted", "were members of", "village militias", "militia"),
        ("the others killed", "were", "fighters", "militants"),
        ("les corps qui jonchaient les rues", "sont ceux des soldats et de leurs alliés", None,
         "soldiers"),
        ("los muertos", "eran", "combatientes", "militants"),
        ("eliminados", "son", "milicianos afiliados con el Ejército", "militia"),
        ("os mortos", "eram", "civis", "civilians"),
        ("the dead", "were all", "women and children", "civilians"),  # their common class
        # a contrast ends the class: what follows is denied
        ("targets", "were", "militia members rather than innocent civilians", "militia"),
        # a modifier before its noun names no class: "army-affiliated militias"
        ("the villagers targeted", "were", "army-affiliated militias", "militia"),
        ("the dead", "were", "pro-government militias", "militia"),
        ("les victimes", "étaient", "des militaires et non des civils", "soldiers"),
    ],
)
def test_a_statement_of_who_the_dead_were(subject, predicate, value, cls) -> None:
    assert read(subject, predicate, value) == ("victims_were", cls)


@pytest.mark.parametrize(
    ("subject", "predicate", "value"),
    [
        ("the attackers", "were", "militants"),  # the subject names no dead: a copula alone
        ("the convoy", "was", "soldiers"),
        ("the dead", "were", "civilians and soldiers"),  # no one class
        ("los muertos", "eran", "civiles, militares"),
        ("the dead", "were", "from the village"),  # no class of people
        ("the dead", "were not", "civilians"),  # the predicate is no copula alone
        ("the dead", "were", "weapons"),  # not people
        ("the dead", "were", "wives of soldiers"),  # a class's kin: not that class
        ("las víctimas", "eran", "familiares de militares"),
        ("the dead", "were", "relatives of fighters"),
        ("the dead", "were", "local militias"),  # words of civilians and of fighters
        ("the dead", "were", "people"),  # no narrower class
    ],
)
def test_what_is_no_statement_of_the_dead(subject, predicate, value) -> None:
    assert read(subject, predicate, value)[0] != "victims_were"


def test_a_counted_statement_is_not_read() -> None:
    assert read("the dead", "were", 12)[0] != "victims_were"


def test_a_denied_statement_is_read_and_stays_denied() -> None:
    # "the victims were not associated with any armed group": the class it denies
    claim = cr.Claim(source="X", subject="les victimes", predicate="étaient associées avec",
                     value="un groupe armé", polarity="denied", id="c")  # fmt: skip
    rec = cr.resolve([claim])["c"]
    assert (rec.predicate.id, rec.subject.id) == ("victims_were", "militants")
    assert claim.denied


@pytest.mark.parametrize(
    ("subject", "predicate", "value", "cls"),
    [
        # words of dress describe the class, they name none (a uniform is no soldier)
        ("the dead", "were", "opponents in uniform", None),
        ("the dead", "were", "rebels wearing civilian clothes", "militants"),
        ("les morts", "étaient", "des civils en uniforme militaire", "civilians"),
        # association with a group is membership of it
        ("the victims", "were associated with", "an armed group", "militants"),
        ("les victimes", "étaient liées à", "un groupe armé", "militants"),
        # German, Italian, Indonesian
        ("die Toten", "waren", "Kämpfer", "militants"),
        ("die Opfer", "waren Mitglieder", "einer Miliz", "militia"),
        ("i morti", "erano", "civili", "civilians"),
        ("para korban", "adalah", "pejuang", "militants"),
        ("korban tewas", "merupakan", "anggota milisi", "militia"),
    ],
)
def test_more_statements_of_who_the_dead_were(subject, predicate, value, cls) -> None:
    found = read(subject, predicate, value)
    if cls is None:
        assert found[0] != "victims_were"
    else:
        assert found == ("victims_were", cls)


@pytest.mark.parametrize(
    ("subject", "rule"),
    [
        ("some of the dead", "status-some"),
        ("certains des morts", "status-some"),
        ("beberapa korban", "status-some"),
        ("the dead", "status"),
        ("all the victims", "status"),
    ],
)
def test_a_statement_of_who_some_of_the_dead_were(subject: str, rule: str) -> None:
    claim = cr.Claim(source="X", subject=subject, predicate="were", value="fighters", id="c")
    rec = cr.resolve([claim])["c"]
    assert (rec.predicate.id, rec.subject.id, rec.subject.rule) == (
        "victims_were", "militants", rule,
    )  # fmt: skip


def status(
    source: cr.Source, subject: str, predicate: str, value: object, **kw: object
) -> cr.Claim:
    fields: dict[str, object] = {"place": "Kayes", "when": WHEN}
    fields.update(kw)
    named = fields.pop("id_", None)
    return cr.Claim(
        source=source, subject=subject, predicate=predicate, value=value,
        id=named or f"{source.name}:{subject}:{value}:{kw.get('actor', '')}", **fields,
    )  # fmt: skip


MILITIA = status(JNIM, "the targets", "were", "militia members affiliated with the army")


def kind(a: cr.Claim, b: cr.Claim) -> Relation:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", cr.ClaimrecWarning)
        return relate(a, b).kind


def test_the_perpetrators_statement_against_its_civilians_killed() -> None:
    civilians = status(UN, "civilians", "killed", 25, actor="JNIM")
    r = relate(MILITIA, civilians)
    assert r.kind is Relation.CONTRADICTS
    (reason,) = r.reasons_of(ReasonKind.VICTIM)
    assert "JNIM says its dead were fighters ('the targets')" in reason.detail
    assert relate(civilians, MILITIA) == r.converse()


def test_two_statements_of_who_the_same_dead_were() -> None:
    civilians = status(NGO, "the dead", "were", "women and children")
    r = relate(MILITIA, civilians)
    assert r.kind is Relation.CONTRADICTS
    (reason,) = r.reasons_of(ReasonKind.VICTIM)
    assert "Human Rights Watch says 'the dead' were civilians" in reason.detail
    found = cr.claim_graph([MILITIA, civilians]).relationship(MILITIA.id, civilians.id)
    assert found is not None
    assert found.kind is Relation.CONTRADICTS


@pytest.mark.parametrize(
    ("fighters", "civilians"),
    [
        # people killed with no perpetrator named: not said to be civilians
        (MILITIA, status(UN, "people", "killed", 25)),
        # a toll of fighters (not a statement of who the dead were) against "the dead were
        # civilians" naming no one: both can hold
        (status(JNIM, "soldiers", "killed", 20), status(UN, "the dead", "were", "civilians")),
        # another perpetrator's civilians
        (MILITIA, status(UN, "civilians", "killed", 25, actor="FAMa")),
        # the speaker's own side says both
        (MILITIA, status(JNIM, "the dead", "were", "civilians")),
        # two days apart: two events
        (MILITIA, status(UN, "the dead", "were", "civilians", when="2025-05-02")),
        # a third party says the dead were fighters: no perpetrator's own account
        (status(UN, "the targets", "were", "militia members"),
         status(NGO, "the dead", "were", "civilians")),
        # the army's own dead
        (status(ARMY, "the dead", "were", "soldiers"), status(UN, "the dead", "were", "civilians")),
    ],
)
def test_no_dispute_when_both_can_hold(fighters: cr.Claim, civilians: cr.Claim) -> None:
    assert kind(fighters, civilians) is not Relation.CONTRADICTS
    assert kind(civilians, fighters) is not Relation.CONTRADICTS


def test_one_speakers_statements_agree() -> None:
    other = status(JNIM, "eliminados", "son", "milicianos afiliados con el Ejército")
    assert kind(MILITIA, other) not in (Relation.CONTRADICTS, Relation.UNRELATED)


@settings(max_examples=20, deadline=None)
@given(st.permutations(range(5)))
def test_graph_finds_the_dispute_in_any_order(order: list[int]) -> None:
    claims = [
        MILITIA,
        status(NGO, "the dead", "were", "women and children"),
        status(UN, "civilians", "killed", 25, actor="JNIM"),
        status(UN, "civilians", "killed", 25),  # the event's civilians, no one named
        status(UN, "people", "killed", 25),  # people: not said to be civilians
    ]
    graph = cr.claim_graph([claims[i] for i in order])
    expect = ((claims[1], True), (claims[2], True), (claims[3], True), (claims[4], False))
    for other, expected in expect:
        found = graph.relationship(MILITIA.id, other.id)
        disputed = found is not None and found.kind is Relation.CONTRADICTS
        assert disputed is expected


SOME = status(JNIM, "some of the dead", "were", "militia members")
NOT_FIGHTERS = status(NGO, "the victims", "were members of", "an armed group", polarity="denied")


def test_a_denial_that_the_dead_were_fighters_disputes_the_perpetrators_statement() -> None:
    for fighters in (MILITIA, SOME):
        r = relate(fighters, NOT_FIGHTERS)
        assert r.kind is Relation.CONTRADICTS
        (reason,) = r.reasons_of(ReasonKind.VICTIM)
        assert "Human Rights Watch denies that 'the victims' were fighters" in reason.detail
        assert relate(NOT_FIGHTERS, fighters) == r.converse()


def test_who_some_of_the_dead_were_meets_only_who_all_of_them_were() -> None:
    # a toll of civilians (or some of the dead said to be civilians) leaves room for fighters
    for civilians in (
        status(UN, "civilians", "killed", 25, actor="JNIM"),
        status(UN, "civilians", "killed", 25),
        status(NGO, "some of the dead", "were", "children"),
    ):
        assert kind(SOME, civilians) is not Relation.CONTRADICTS
        assert kind(civilians, SOME) is not Relation.CONTRADICTS
    assert kind(SOME, status(NGO, "the dead", "were", "women and children")) is (
        Relation.CONTRADICTS
    )


def test_a_denial_that_the_dead_were_civilians_is_no_civilian_reading() -> None:
    denied = status(NGO, "the victims", "were", "civilians", polarity="denied")
    assert kind(MILITIA, denied) is not Relation.CONTRADICTS


ARMY_SAYS = cr.Report(id="army-statement", outlet="Daily")
REBELS = status(ARMY, "rebels", "killed", 7, via=ARMY_SAYS)
ITS_CHILDREN = status(ARMY, "children", "were killed", 4, via=ARMY_SAYS)
BY_ARMY = status(NGO, "civilians", "killed", 21, actor="FAMa")


def test_a_toll_of_fighters_beside_its_speakers_civilians_is_no_victim_dispute() -> None:
    # the army's 7 rebels say who else died: it counts civilians dead too
    res = cr.resolve([REBELS, ITS_CHILDREN, BY_ARMY])
    assert res[REBELS.id].with_civilians
    assert not res[ITS_CHILDREN.id].with_civilians
    assert not cr.resolve([REBELS, BY_ARMY])[REBELS.id].with_civilians
    alone = cr.claim_graph([REBELS, BY_ARMY]).relationship(REBELS.id, BY_ARMY.id)
    assert alone is not None
    assert alone.kind is Relation.CONTRADICTS


@settings(max_examples=20, deadline=None)
@given(st.permutations(range(3)))
def test_the_guard_holds_in_any_order(order: list[int]) -> None:
    claims = [REBELS, ITS_CHILDREN, BY_ARMY]
    graph = cr.claim_graph([claims[i] for i in order])
    found = graph.relationship(REBELS.id, BY_ARMY.id)
    assert found is None or found.kind is not Relation.CONTRADICTS


NGO_SAYS = cr.Report(id="ngo-statement", outlet="Radio")
BOMBED = cr.Claim(source=NGO, subject="the crowd", predicate="bombed", actor="FAMa",
                  via=NGO_SAYS, id="ngo-bombed")  # fmt: skip
NO_GROUP = cr.Claim(source=NGO, subject="the victims", predicate="were members of",
                    value="an armed group", polarity="denied", via=NGO_SAYS,
                    id="ngo-no-group")  # fmt: skip
ACCUSED = status(UN, "civilians", "killed", 25, actor="FAMa", id_="un")
SOME_UNPLACED = cr.Claim(source=ARMY, subject="some of the dead", predicate="were",
                         value="terrorists", id="army-some")  # fmt: skip


def test_a_denial_beside_its_speakers_accusation_stands_at_the_accused_scene() -> None:
    # nothing places the denial but its speaker's accusation of FAMa in the same report
    res = cr.resolve([ACCUSED, SOME_UNPLACED, BOMBED, NO_GROUP])
    assert res[NO_GROUP.id].accused_place is not None
    assert res[NO_GROUP.id].accused_place == res[SOME_UNPLACED.id].accused_place
    assert cr.resolve([ACCUSED, SOME_UNPLACED, NO_GROUP])[NO_GROUP.id].accused_place is None


@settings(max_examples=20, deadline=None)
@given(st.permutations(range(4)))
def test_the_denial_meets_who_some_of_the_dead_were_in_any_order(order: list[int]) -> None:
    claims = [ACCUSED, SOME_UNPLACED, BOMBED, NO_GROUP]
    graph = cr.claim_graph([claims[i] for i in order])
    found = graph.relationship(SOME_UNPLACED.id, NO_GROUP.id)
    assert found is not None
    assert found.kind is Relation.CONTRADICTS
    # who some of the dead were leaves room for the civilians FAMa is accused of killing
    other = graph.relationship(SOME_UNPLACED.id, ACCUSED.id)
    assert other is None or other.kind is not Relation.CONTRADICTS
    alone = cr.claim_graph([ACCUSED, SOME_UNPLACED, NO_GROUP])
    apart = alone.relationship(SOME_UNPLACED.id, NO_GROUP.id)
    assert apart is None or apart.kind is not Relation.CONTRADICTS
