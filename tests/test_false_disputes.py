"""Classes of false dispute: pairs an analyst would never flag, each class guarded.

Made-up claims only (places and speakers invented or generic).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimrec.model import Claim, Report
from claimrec.quantity import Quantity, QuantityKind
from claimrec.relation import Relation, relate
from claimrec.resolution import resolve
from claimrec.resolution._figure import qualifier_figure

SAID = {"subject": "people", "predicate": "killed", "place": "Kayes", "stated": "2025-03-01"}


def toll(source: str, value: object, cid: str, **kw: object) -> Claim:
    """A toll of a made-up Kayes attack, said on one day (one time: figures may dispute)."""
    return Claim(source=source, value=value, id=cid, **{**SAID, **kw})


# --------------------------------------------------------------- a qualifier beside the number


def test_a_qualifier_apart_from_the_number_is_the_figures_qualifier() -> None:
    # "40" qualified "at least" in Arabic, "30" qualified "at least": two lower bounds, not
    # two exact counts that differ
    a = toll("Rescuers", "40", "a", qualifiers=["على الأقل (headline)"])
    b = toll("Monitor", "30", "b", qualifiers=["على الأقل"])
    rec = resolve([a, b])
    assert str(rec["a"].figure.record) == "at least 40"
    assert rec["a"].figure.rule == "qualifier"
    assert relate(a, b).kind is not Relation.CONTRADICTS
    # without the qualifiers, the same two figures of one time contradict
    bare = relate(toll("Rescuers", "40", "c"), toll("Monitor", "30", "d"))
    assert bare.kind is Relation.CONTRADICTS


def test_only_a_qualifier_that_is_nothing_else_is_read() -> None:
    forty = Quantity.parse("40")
    for qualifiers in (
        ["including at least 5 children"],  # a part, with its own number
        ["at least", "nearly"],  # two qualifiers: which one is unknown
        ["in the market"],  # no qualifier
        ["at least 3 wounded"],  # a digit: another figure
    ):
        assert qualifier_figure(qualifiers, forty) is None, qualifiers
    assert qualifier_figure(["около"], forty) == Quantity.parse("около 40")
    assert qualifier_figure(["mindestens"], forty).kind is QuantityKind.LOWER_BOUND
    # a value with its own qualifier keeps it
    assert qualifier_figure(["nearly"], Quantity.parse("at least 40")) is None


# --------------------------------------------------------------- an act named in a time clause


def test_an_act_named_only_in_a_time_clause_is_not_the_claims_act() -> None:
    claims = [
        Claim(source="Relatives", subject="the village", id="intervention", polarity="denied",
              predicate="received help during the massacre"),
        Claim(source="Relatives", subject="people", id="trapped",
              predicate="were trapped during the shelling"),
        Claim(source="Relatives", subject="people", id="killed",
              predicate="killed during the fighting"),
    ]  # fmt: skip
    rec = resolve(claims)
    assert rec["intervention"].predicate is None
    assert rec["trapped"].predicate is None
    assert rec["killed"].predicate.id == "killed"
    # so the denial of an intervention no longer denies the massacre's toll
    toll_ = Claim(source="Locals", subject="civilians", predicate="killed", value=200,
                  place="Kayes", id="toll")  # fmt: skip
    denial = Claim(source="Relatives", subject="Kayes", polarity="denied", place="Kayes",
                   predicate="a bénéficié d'un secours pendant le massacre",
                   id="denial")  # fmt: skip
    assert relate(denial, toll_).kind is not Relation.CONTRADICTS


def test_an_act_named_only_in_a_when_clause_is_not_the_claims_act() -> None:
    """"Nobody else was inside when the bombing took place" denies a presence, not the
    bombing; "killed when the army shelled the town" is a killing."""
    claims = [
        Claim(source="Clinic", subject="nobody else", id="inside", polarity="denied",
              predicate="was inside when the bombing took place"),
        Claim(source="Clinic", subject="nadie más", id="dentro", polarity="denied",
              predicate="estaba dentro cuando tuvo lugar el bombardeo"),
        Claim(source="Relatives", subject="people", id="killed",
              predicate="were killed when the army shelled the town"),
    ]  # fmt: skip
    rec = resolve(claims)
    for cid in ("inside", "dentro"):  # a presence (read or not), never the bombing
        assert getattr(rec[cid].predicate, "id", None) in (None, "people_present")
    assert rec["killed"].predicate.id == "killed"


# --------------------------------------------------------------- what the toll could reach


def test_a_possible_figure_above_a_count_is_no_dispute() -> None:
    count = toll("UN", "3000", "count")
    for kw in ({"hedge": "could"}, {"qualifiers": ["pourrait même atteindre"]},
               {"qualifiers": ["könnte"]}):  # fmt: skip
        possible = toll("Local sources", "3500", "possible", **kw)
        r = relate(count, possible)
        assert r.kind is Relation.COMPATIBLE, kw
        assert any("a possibility" in x.detail for x in r.reasons)
    # the same figure said as a count disputes the other
    assert relate(count, toll("Local sources", "3500", "said")).kind is Relation.CONTRADICTS
    # a possible ceiling below a count still disputes it
    ceiling = toll("Local sources", "up to 60", "ceiling", hedge="could")
    assert relate(toll("UN", "80", "eighty"), ceiling).kind is Relation.CONTRADICTS


@settings(max_examples=60, deadline=None)
@given(
    st.integers(min_value=1, max_value=5000),
    st.integers(min_value=1, max_value=5000),
    st.booleans(),
)
def test_the_possibility_guard_is_symmetric(x: int, y: int, hedged: bool) -> None:
    a = toll("UN", str(x), "a")
    b = toll("Locals", str(y), "b", **({"hedge": "could"} if hedged else {}))
    forward, backward = relate(a, b), relate(b, a)
    assert backward == forward.converse()
    if hedged and y > x * 1.2:
        assert forward.kind is not Relation.CONTRADICTS


# --------------------------------------------------------------- the dead of two nations


def test_figures_of_the_dead_of_two_nations_are_different_victims() -> None:
    for x, y in (("Ruritanian soldiers", "Russian soldiers"),
                 ("Israeli civilians", "Palestinian civilians"),
                 ("soldats maliens", "soldats burkinabè")):  # fmt: skip
        r = relate(toll("Army", "50", "a", subject=x), toll("Monitor", "200", "b", subject=y))
        if x.startswith("Ruritanian"):  # no such country: one side names none, one count
            assert r.kind is Relation.CONTRADICTS
            continue
        assert r.kind is Relation.UNRELATED, (x, y)
        assert any("two nations" in reason.detail for reason in r.reasons)
    # one nation named two ways, or one side naming none, still counts one set
    same = relate(toll("Army", "12", "m", subject="Malian soldiers"),
                  toll("Monitor", "40", "n", subject="soldats maliens"))  # fmt: skip
    assert same.kind is Relation.CONTRADICTS
    # an outcome's subject is who acted: two nations' forces still dispute an outcome
    took = Claim(source="A", subject="Russian forces", predicate="captured", place="Kayes",
                 stated="2025-03-01", id="took")  # fmt: skip
    held = Claim(source="B", subject="Ukrainian forces", predicate="repelled", place="Kayes",
                 stated="2025-03-01", id="held")  # fmt: skip
    assert relate(took, held).kind is Relation.CONTRADICTS
    rec = resolve([toll("Army", "50", "p", subject="Palestinian civilians")])
    assert rec["p"].nation == "PS"


# --------------------------------------------------------------- a country's toll


def test_a_countrys_toll_is_no_rival_of_a_toll_its_report_places_in_a_town() -> None:
    wire = Report(outlet="Wire", published="2025-03-02")
    said = {"subject": "people", "predicate": "killed", "stated": "2025-03-01"}
    town = Claim(source="Mayor", value="nearly 200", via=wire, id="town", **said)
    where = Claim(source="Mayor", subject="market", predicate="attacked", place="Kayes",
                  via=wire, id="where")  # fmt: skip
    country = Claim(source="Analyst", value="nearly 4000", place="Mali", id="country", **said)
    claims = [town, where, country]
    assert resolve(claims)["town"].place.rule == "report"
    r = relate(town, country, context=claims)
    assert r.kind is not Relation.CONTRADICTS
    assert any("a country's toll" in x.detail for x in r.reasons)
    # the same figures, both in the town: a dispute
    local = Claim(source="Analyst", value="nearly 4000", place="Kayes", id="local", **said)
    assert relate(town, local, context=[*claims, local]).kind is Relation.CONTRADICTS


# --------------------------------------------------------------- a denial of another means


def test_a_toll_of_dead_in_collapsed_buildings_names_another_means_than_gas() -> None:
    place = {"place": "Kayes", "stated": "2025-03-01"}
    denial = Claim(source="Ruritanian government", subject="chemical agents",
                   predicate="used to attack the town", polarity="denied", quote="fabrications",
                   id="no-gas", **place)  # fmt: skip
    collapsed = Claim(source="Monitor", subject="people", predicate="died", value=30,
                      qualifiers=["when their shelter collapsed"], id="c", **place)  # fmt: skip
    rubble = Claim(source="Monitor", subject="personnes", predicate="tuées", value=30,
                   qualifiers=["sous les décombres"], id="r", **place)  # fmt: skip
    bare = Claim(source="Monitor", subject="people", predicate="died", value=30, id="b", **place)
    assert relate(denial, collapsed).kind is not Relation.CONTRADICTS
    assert relate(denial, rubble).kind is not Relation.CONTRADICTS
    assert relate(denial, bare).kind is Relation.CONTRADICTS  # no means named: the general rule


def test_a_high_estimate_above_a_count_is_no_contradiction() -> None:
    r = relate(toll("Villager", "about 40", "v"), toll("Elder", "up to 50", "e"))
    assert r.kind is Relation.COMPATIBLE
    assert any("the most it says" in x.detail for x in r.reasons)
    far = relate(toll("Villager", "12", "v"), toll("Elder", "as many as 50", "e"))
    assert far.kind is Relation.COMPATIBLE
    assert far.disputed  # 4x apart: still flagged, as a dispute of magnitude
    # a count above the high estimate disputes it
    assert relate(toll("Villager", "80", "v"), toll("Elder", "up to 50", "e")).kind is (
        Relation.CONTRADICTS
    )


# --------------------------------------------------------------- burials count bodies


def test_a_count_of_burials_is_a_count_of_bodies_not_a_rival_toll() -> None:
    # one article relaying the WHO's count and the burials since: stages of one toll (in
    # two articles, said at one time, the toll below the bodies would dispute them)
    article = Report(outlet="Wire", url="https://wire.example/kayes-burials")
    for predicate in ("buried by residents", "enterrés par les habitants", "دفن السكان"):
        rec = resolve([toll("Outlet", "about 500", "x", subject="victims", predicate=predicate)])
        assert rec["x"].predicate.id == "bodies", predicate
        buried = toll(
            "Outlet", "about 500", "b", subject="victims", predicate=predicate, via=article
        )
        who = toll("WHO", "200", "w", via=article)
        assert relate(who, buried).kind is not Relation.CONTRADICTS
    # a toll of the killed above the two hundred: one count, disputed
    assert relate(toll("WHO", "200", "w"), toll("Outlet", "about 500", "k")).kind is (
        Relation.CONTRADICTS
    )


def test_a_lower_figure_said_days_after_a_high_estimate_still_disputes_it() -> None:
    early = toll("Ministry", "up to 80", "e", stated="2025-03-01")
    late = toll("Agency", "30", "l", stated="2025-03-08")
    assert relate(early, late).kind is Relation.CONTRADICTS
    # said as a possibility, the earlier figure is no count the later one disputes
    could = toll("Ministry", "80", "c", stated="2025-03-01", hedge="could")
    assert relate(could, late).kind is not Relation.CONTRADICTS
