"""relate(): one test per relation kind and value type, reasons, strength, and symmetry."""

from __future__ import annotations

import datetime as dt
import math

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimrec.category import Category, Unstated
from claimrec.errors import InvalidClaimError
from claimrec.model import Claim, Report
from claimrec.quantity import Quantity
from claimrec.relation import (
    Reason,
    ReasonKind,
    Relation,
    Relationship,
    _lossy,
    relate,
)
from claimrec.timespan import TimeSpan
from tests.strategies import claims as random_claims
from tests.strategies import quantities


def claim(source="army", value=None, **kw):
    """A claim about one item: militants killed in Kayes on 1 July (override any field)."""
    base = {
        "subject": "militants",
        "predicate": "killed",
        "when": "2025-07-01",
        "place": "Kayes",
        "event": "Kayes attack",
    }
    base.update(kw)
    return Claim(source=source, value=value, **base)


def kinds(rel):
    return {r.kind for r in rel.reasons}


# --------------------------------------------------------------------------- the enums and values


@pytest.mark.parametrize(
    ("relation", "converse"),
    [
        (Relation.AGREES, Relation.AGREES),
        (Relation.REFINES, Relation.REFINED_BY),
        (Relation.REFINED_BY, Relation.REFINES),
        (Relation.COMPATIBLE, Relation.COMPATIBLE),
        (Relation.CONTRADICTS, Relation.CONTRADICTS),
        (Relation.REVISES, Relation.REVISED_BY),
        (Relation.REVISED_BY, Relation.REVISES),
        (Relation.UNRELATED, Relation.UNRELATED),
    ],
)
def test_converse_of_each_relation(relation, converse):
    """Each relation has the documented converse, and converse is an involution."""
    assert relation.converse is converse
    assert relation.converse.converse is relation
    assert relation.symmetric == (relation is converse)


@pytest.mark.parametrize("text", ["refined by", "Refined-By", "refined_by"])
def test_relation_accepts_plain_words(text):
    """Relation and ReasonKind read the words an analyst writes."""
    assert Relation(text) is Relation.REFINED_BY
    assert ReasonKind("lossy relay") is ReasonKind.LOSSY_RELAY


def test_reason_round_trips_through_text():
    """A reason's str form parses back to an equal reason."""
    reason = Reason(kind=ReasonKind.SPATIAL, detail="Diboli lies in western Mali: a town")
    assert Reason.parse(str(reason)) == reason


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"kind": "bogus"}, "kind"),
        ({"strength": 1.5}, "strength"),
        ({"strength": "high"}, "strength"),
        ({"magnitude_ratio": 0.5}, "magnitude_ratio"),
        ({"a": ""}, "a"),
        ({"reasons": ["text"]}, "reasons"),
        ({"disputed": "yes"}, "disputed"),
    ],
)
def test_bad_relationship_fields_name_the_field(kwargs, field):
    """A bad Relationship field fails at construction, naming the field."""
    args = {"a": "x", "b": "y", "kind": "agrees", **kwargs}
    with pytest.raises(InvalidClaimError) as info:
        Relationship(**args)
    assert info.value.field == field


@pytest.mark.parametrize("bad", ["nope", "", "bogus: detail"])
def test_reason_parse_rejects_text_without_a_kind(bad):
    """Reason.parse fails on text with no known kind before a colon."""
    with pytest.raises(InvalidClaimError):
        Reason.parse(bad)


def test_relationship_takes_claims_by_id_and_nan_ratio_as_none():
    """Claims given as a and b are stored by id; a NaN ratio means no ratio."""
    a, b = claim(id="one"), claim(id="two")
    rel = Relationship(a=a, b=b, kind="agrees", magnitude_ratio=math.nan)
    assert (rel.a, rel.b, rel.magnitude_ratio) == ("one", "two", None)


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"tolerance": 1.0}, "tolerance"),
        ({"tolerance": "5%"}, "tolerance"),
        ({"dispute_ratio": 1.0}, "dispute_ratio"),
        ({"dispute_ratio": True}, "dispute_ratio"),
    ],
)
def test_bad_options_fail(kwargs, field):
    """relate() rejects a tolerance outside [0, 1) and a dispute ratio not above 1."""
    with pytest.raises(InvalidClaimError) as info:
        relate(claim(), claim(source="other"), **kwargs)
    assert info.value.field == field


# --------------------------------------------------------------------------- agrees


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (claim(value="50"), claim(source="hospital", value="52")),
        (claim(value="12"), claim(source="hospital", value="12", predicate="neutralised")),
        (claim(predicate="repelled", subject="attack"),
         claim(source="JNIM", predicate="thwarted", subject="attack")),
        (claim(value="over 80"), claim(source="hospital", value="80")),
        (claim(value=TimeSpan.parse("2025-07-01")), claim(source="b", value="2025-07-01")),
        (claim(value=Category.of("Repelled")), claim(source="b", value=Category.of("thwarted"))),
        (claim(value="Coordinated attack"), claim(source="b", value="coordinated  ATTACK")),
        (claim(value=True), claim(source="b", value=True)),
    ],
    ids=["50-52", "killed-neutralised", "repelled-thwarted", "over80-80", "timespan", "category",
         "text", "bool"],
)  # fmt: skip
def test_agrees_by_value_type(a, b):
    """Same truth conditions (within tolerance, or named alike by the vocabulary) agree."""
    rel = relate(a, b)
    assert rel.kind is Relation.AGREES, rel.explain()
    assert not rel.disputed


def test_tolerance_decides_agreement():
    """50 and 60 agree under a 10% tolerance, not under 5%."""
    a, b = claim(value="50"), claim(source="b", value="60")
    assert relate(a, b, tolerance=0.1).kind is Relation.AGREES
    assert relate(a, b).kind is Relation.CONTRADICTS


def test_a_claim_agrees_with_itself():
    """A claim related to itself agrees, fully."""
    c = claim(value="over 80")
    rel = relate(c, c)
    assert (rel.kind, rel.strength, rel.magnitude_ratio) == (Relation.AGREES, 1.0, 1.0)


# --------------------------------------------------------------------------- refines


@pytest.mark.parametrize(
    ("wide", "narrow", "reason"),
    [
        (claim(value="over 20"), claim(source="JNIM", value="at least 25"), ReasonKind.NUMERIC),
        (claim(value="12", place="western Mali"), claim(source="b", value="12", place="Diboli"),
         ReasonKind.SPATIAL),
        (claim(value="12", when="Tuesday", via=Report(outlet="x", published="2025-07-02")),
         claim(source="b", value="12", when="Tuesday 04:00",
               via=Report(outlet="y", published="2025-07-02")), ReasonKind.TEMPORAL),
        (claim(), claim(source="b", value="12"), ReasonKind.NUMERIC),
        (claim(value=TimeSpan.parse("2025-07")),
         claim(source="b", value=TimeSpan.parse("2025-07-01")),
         ReasonKind.TEMPORAL),
        (claim(value="12", actor=None), claim(source="b", value="12", actor="JNIM"),
         ReasonKind.PERPETRATOR),
        (claim(value="12", subject="people"), claim(source="b", value="12", subject="soldiers"),
         ReasonKind.VICTIM),
    ],
    ids=["over20-atleast25", "western-mali-diboli", "tuesday-0400", "no-value", "month-day",
         "actor", "people-soldiers"],
)  # fmt: skip
def test_narrower_claim_refines_the_wider(wide, narrow, reason):
    """The narrower claim refines the wider one, with a reason of the right kind."""
    rel = relate(narrow, wide)
    assert rel.kind is Relation.REFINES, rel.explain()
    assert reason in kinds(rel)
    assert relate(wide, narrow).kind is Relation.REFINED_BY


# --------------------------------------------------------------------------- compatible


def test_nested_figures_far_apart_are_disputed_not_refined():
    """'at least 20' and 'over 90' nest, but 4.5x apart they are compatible and disputed."""
    rel = relate(claim(value="at least 20"), claim(source="JNIM", value="over 90"))
    assert rel.kind is Relation.COMPATIBLE
    assert rel.disputed
    assert rel.magnitude_ratio == pytest.approx(91 / 20)
    assert any("4.55x apart" in r.detail for r in rel.reasons)


def test_dispute_ratio_is_the_threshold():
    """With dispute_ratio above the gap, nested figures refine instead."""
    rel = relate(claim(value="at least 20"), claim(source="JNIM", value="over 90"), dispute_ratio=5)
    assert (rel.kind, rel.disputed) == (Relation.REFINED_BY, False)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (claim(value="10-20"), claim(source="b", value="15-30")),
        (claim(value="coordinated"), claim(source="b", value="a small raid")),
        (claim(value=Category.of("ambush")), claim(source="b", value=Category.of("raid"))),
        (claim(value="12"), claim(source="b", value="coordinated")),
        (claim(subject="attack", predicate="attacked"),
         claim(source="JNIM", subject="attack", predicate="shelled")),
        (claim(value="12", place="western Mali"),
         claim(source="b", value="12", place="Kayes", when=TimeSpan.parse("2025-07"))),
    ],
    ids=["overlap", "text", "category", "mixed-types", "other-predicate", "crossed-refinement"],
)  # fmt: skip
def test_compatible_by_value_type(a, b):
    """Claims that can both hold without being the same claim are compatible, not disputed."""
    rel = relate(a, b)
    assert rel.kind is Relation.COMPATIBLE, rel.explain()
    assert not rel.disputed


# --------------------------------------------------------------------------- contradicts


@pytest.mark.parametrize(
    ("a", "b", "reason"),
    [
        (claim(value="55"), claim(source="JNIM", value="over 90"), ReasonKind.NUMERIC),
        (claim(value="3", subject="soldiers"), claim(source="b", value="40", subject="soldiers"),
         ReasonKind.NUMERIC),
        (claim(subject="attacks", predicate="repelled", place="western Mali"),
         claim(source="JNIM", subject="military installations", predicate="seized control of",
               value="three", place="Diboli"), ReasonKind.CATEGORICAL),
        (claim(value="12", subject="civilians"), claim(source="b", value="12", subject="militia"),
         ReasonKind.VICTIM),
        (claim(value="12", actor="JNIM"), claim(source="b", value="12", actor="ISSP"),
         ReasonKind.PERPETRATOR),
        (claim(value="12"), claim(source="JNIM", value="12", polarity="denied"),
         ReasonKind.POLARITY),
        (claim(value=True), claim(source="b", value=False), ReasonKind.CATEGORICAL),
        (claim(value=Category.of("repelled")), claim(source="b", value=Category.of("captured")),
         ReasonKind.CATEGORICAL),
        (claim(value=TimeSpan.parse("2025-07-01")),
         claim(source="b", value=TimeSpan.parse("2025-07-03")),
         ReasonKind.TEMPORAL),
        (claim(subject="attack", predicate="attacked"),
         claim(source="b", subject="attack", predicate="attacked", when="2025-07-02"),
         ReasonKind.TEMPORAL),
        (claim(subject="attack", predicate="attacked"),
         claim(source="b", subject="attack", predicate="attacked", place="Timbuktu"),
         ReasonKind.SPATIAL),
    ],
    ids=["55-over90", "3-40", "repelled-seized", "civilians-militia", "perpetrator", "polarity",
         "bool", "category", "timespan-value", "event-time", "event-place"],
)  # fmt: skip
def test_contradiction_reasons_are_typed(a, b, reason):
    """Claims that cannot both hold contradict, with the reason's kind."""
    rel = relate(a, b)
    assert rel.kind is Relation.CONTRADICTS, rel.explain()
    assert reason in kinds(rel)
    assert rel.disputed


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (claim(value="50", polarity="denied"), claim(source="b", value="30")),
        (claim(predicate="captured", polarity="denied"), claim(source="b", predicate="repelled")),
        (claim(value="30", polarity="denied"), claim(source="b", value="over 20")),
    ],
    ids=["other-figure", "excluded-outcome", "narrower-denial"],
)
def test_denying_another_claim_is_not_a_contradiction(a, b):
    """Denying a different figure, an excluded outcome or a narrower claim is compatible."""
    rel = relate(a, b)
    assert rel.kind is Relation.COMPATIBLE, rel.explain()
    assert ReasonKind.POLARITY in kinds(rel)


def test_two_denials_agree():
    """Two sources denying the same claim agree."""
    assert relate(claim(polarity="denied"), claim(source="b", polarity="denied")).kind is (
        Relation.AGREES
    )


# --------------------------------------------------------------------------- revises


@pytest.mark.parametrize(
    ("early", "late"),
    [
        (claim(value="20", stated="2025-07-01"), claim(value="65", stated="2025-07-03")),
        (claim(source="JNIM", value="50", stated="2025-07-01"),
         claim(source="JNIM", value="150", stated="2025-07-05")),
        (claim(source="FAMa", value="20", via=Report(outlet="ORTM", published="2025-07-01")),
         claim(source="Malian army", value="30",
               via=Report(outlet="ORTM", published="2025-07-04"))),
    ],
    ids=["army-20-65", "group-50-150", "speaker-aliases"],
)  # fmt: skip
def test_later_statement_of_the_same_speaker_revises(early, late):
    """The same speaker's later, different figure revises its earlier one: not a dispute."""
    rel = relate(late, early)
    assert rel.kind is Relation.REVISES, rel.explain()
    assert ReasonKind.SAME_SPEAKER in kinds(rel)
    assert not rel.disputed
    assert relate(early, late).kind is Relation.REVISED_BY


def test_same_speaker_same_figure_later_is_a_repetition():
    """The same figure said again later agrees (a repetition, not a revision)."""
    rel = relate(claim(value="20", stated="2025-07-01"), claim(value="20", stated="2025-07-03"))
    assert rel.kind is Relation.AGREES
    assert ReasonKind.SAME_SPEAKER in kinds(rel)


def test_same_speaker_at_one_time_contradicting_itself_is_not_a_revision():
    """Two figures of one speaker at one time are related as usual, flagged same speaker."""
    rel = relate(claim(value="20", stated="2025-07-01"), claim(value="65", stated="2025-07-01"))
    assert rel.kind is Relation.CONTRADICTS
    assert ReasonKind.SAME_SPEAKER in kinds(rel)


# --------------------------------------------------------------------------- lossy relays


def test_lossy_relay_agrees_with_its_reason():
    """'more than 80 neutralised' relayed as '80 killed' agrees, flagged as a lossy relay."""
    tv = Report(outlet="ORTM", published="2025-07-01")
    original = claim(source="FAMa", value="more than 80", predicate="neutralised", via=tv)
    relay = claim(source="FAMa", value="80", via=Report(outlet="Wire", relays=tv))
    rel = relate(original, relay)
    assert rel.kind is Relation.AGREES
    assert ReasonKind.LOSSY_RELAY in kinds(rel)
    assert any("one FAMa statement (ORTM)" in r.detail for r in rel.reasons)


def test_lossy_relay_overrides_a_numeric_conflict_for_small_counts():
    """'more than 8' repeated as '8' by the same speaker is a lossy relay, not a contradiction."""
    rel = relate(claim(source="FAMa", value="more than 8"), claim(source="FAMa", value="8"))
    assert rel.kind is Relation.AGREES
    assert ReasonKind.LOSSY_RELAY in kinds(rel)
    other = relate(claim(source="FAMa", value="more than 8"), claim(source="Wire", value="8"))
    assert other.kind is Relation.CONTRADICTS


@pytest.mark.parametrize(
    ("qualified", "bare"),
    [("over 80", "80"), ("at least 80", "80"), ("fewer than 50", "50"), ("up to 50", "50"),
     ("about 40", "40"), ("nearly 50", "50")],
)  # fmt: skip
def test_lossy_detects_a_dropped_qualifier(qualified, bare):
    """A bound, approximation or 'nearly' dropped to the bare figure is a lossy pair."""
    q, b = Quantity.parse(qualified), Quantity.parse(bare)
    assert _lossy(q, b) == (q, b)
    assert _lossy(b, q) == (q, b)


@pytest.mark.parametrize(("a", "b"), [("over 80", "95"), ("80", "80"), ("10-20", "20")])
def test_lossy_needs_the_stated_number(a, b):
    """Another figure, or two exact figures, is not a lossy relay."""
    assert _lossy(Quantity.parse(a), Quantity.parse(b)) is None


def test_relays_that_differ_are_flagged_never_disputed():
    """Two relays of one statement giving different figures: a lossy-relay reason, no dispute."""
    tv = Report(outlet="ORTM", published="2025-07-01")
    a = claim(source="FAMa", value="80", via=Report(outlet="A", relays=tv))
    b = claim(source="FAMa", value="40", via=Report(outlet="B", relays=tv))
    rel = relate(a, b)
    assert ReasonKind.LOSSY_RELAY in kinds(rel)
    assert rel.kind is Relation.COMPATIBLE
    assert not rel.disputed


# --------------------------------------------------------------------------- unrelated


@pytest.mark.parametrize(
    ("a", "b", "reason"),
    [
        (claim(value="over 80", when="2025-07-01"),
         claim(source="b", value="at least 30", subject="soldiers", when="2025-06-01",
               place="central Mali", event="1 June attack"), None),
        (claim(value="12", subject="civilians"), claim(source="b", value="40", subject="soldiers"),
         ReasonKind.VICTIM),
        (claim(value="12", subject="Kayes", predicate="attacked", event=None),
         claim(source="b", value="12", subject="Timbuktu", predicate="attacked", place="Timbuktu",
               event=None), ReasonKind.SPATIAL),
        (claim(value="7", subject="towns", predicate="attacked"),
         claim(source="b", value="3", subject="military installations", predicate="seized"),
         ReasonKind.ITEM),
        (claim(value="80"), claim(source="b", value="20", predicate="wounded"), ReasonKind.ITEM),
    ],
    ids=["other-event", "other-victims", "other-place", "other-items", "other-predicate"],
)  # fmt: skip
def test_different_items_are_unrelated_never_contradictory(a, b, reason):
    """Claims about different events, victims, places or things are unrelated."""
    rel = relate(a, b)
    assert rel.kind is Relation.UNRELATED, rel.explain()
    assert not rel.disputed
    assert rel.reasons
    if reason is not None:
        assert reason in kinds(rel)


# --------------------------------------------------------------------------- hedges, strength


def test_hedges_lower_strength_and_show():
    """'reportedly' and a 'provisional toll' qualifier lower the strength and show as reasons."""
    plain = relate(claim(value="12"), claim(source="b", value="12"))
    hedged = relate(claim(value="12", hedge="reportedly"),
                    claim(source="b", value="12", qualifiers=["provisional toll"]))  # fmt: skip
    assert hedged.kind is plain.kind is Relation.AGREES
    assert hedged.strength == pytest.approx(plain.strength * 0.75 * 0.75, abs=1e-3)
    details = [r.detail for r in hedged.reasons if r.kind is ReasonKind.HEDGE]
    assert details == ["army says 'reportedly'", "b says 'provisional toll'"]


def test_explain_reads_the_relation_and_reasons():
    """explain() names both claims, the kind, the strength and each reason."""
    text = relate(
        claim(value="55", id="x"), claim(source="JNIM", value="over 90", id="y")
    ).explain()
    assert text.splitlines()[0].startswith("x contradicts y (strength ")
    assert "numeric: 55 and over 90 do not overlap" in text
    assert "<li>" in relate(claim(id="x"), claim(id="y", source="b"))._repr_html_()


def test_a_vocabulary_can_be_passed():
    """An explicit (empty) vocabulary changes what is known: 'thwarted' no longer excludes."""
    from claimrec.vocab import Vocabulary  # noqa: PLC0415

    a = claim(subject="attack", predicate="thwarted")
    b = claim(source="JNIM", subject="attack", predicate="seized")
    assert relate(a, b).kind is Relation.CONTRADICTS
    assert relate(a, b, vocabulary=Vocabulary()).kind is not Relation.CONTRADICTS


# --------------------------------------------------------------------------- symmetry


_SOURCES = st.sampled_from(["FAMa", "Malian army", "JNIM", "Reuters", "Kayes resident"])
_VALUES = st.one_of(
    st.none(),
    st.sampled_from(["12", "over 20", "at least 25", "50", "52", "55", "over 90", "3", "40",
                     "10-20", "15-30", "dozens", "about 40", "more than 80", "80", "none"]),
    quantities(integer=True, max_value=200),
    st.sampled_from([TimeSpan.parse("2025-07"), TimeSpan.parse("2025-07-01"), True, False,
                     Category.of("repelled"), Category.of("captured"), "coordinated"]),
)  # fmt: skip
_DAY = dt.date(2025, 7, 1)


_FIELDS = {
    "source": _SOURCES,
    "value": _VALUES,
    "subject": st.sampled_from(["militants", "civilians", "militia", "people", "attack"]),
    "predicate": st.sampled_from(["killed", "neutralised", "repelled", "captured"]),
    "place": st.sampled_from([None, "Kayes", "Diboli", "western Mali", "Timbuktu"]),
    "when": st.sampled_from([None, "2025-07-01", "2025-07-02", "2025-07"]),
    "actor": st.sampled_from([None, "JNIM", "GSIM", "ISSP"]),
    "polarity": st.sampled_from(["asserted", "denied"]),
    "hedge": st.sampled_from([None, "reportedly"]),
    "stated": st.sampled_from([None, "2025-07-01", "2025-07-03"]),
    "event": st.sampled_from([None, "Kayes attack"]),
}


@st.composite
def near_pairs(draw):
    """Two claims about (nearly) one item: the second varies a few of the first's fields."""
    first = {name: draw(strategy) for name, strategy in _FIELDS.items()}
    second = {
        name: draw(strategy) if draw(st.booleans()) else first[name]
        for name, strategy in _FIELDS.items()
    }
    return claim(**first), claim(**second)


@settings(max_examples=150, deadline=None)
@given(near_pairs())
def test_relate_is_symmetric_on_near_pairs(pair):
    """relate(b, a) is the converse of relate(a, b) (claims about nearly one item)."""
    a, b = pair
    forward = relate(a, b)
    assert relate(b, a) == forward.converse()
    assert 0.0 <= forward.strength <= 1.0
    apart = any("one event" in r.detail for r in forward.reasons_of(ReasonKind.ITEM))
    apart = apart or any("different scope" in r.detail for r in forward.reasons)
    assert forward.disputed == (
        forward.kind is Relation.CONTRADICTS
        or (
            forward.kind is Relation.COMPATIBLE
            and (forward.magnitude_ratio or 0) >= 2.0
            and not apart  # far-apart figures that nothing places in one event
        )
    )


@settings(max_examples=40, deadline=None)
@given(random_claims(max_size=2).filter(lambda cs: len(cs) == 2))
def test_relate_is_symmetric_on_random_claims(pair):
    """relate(b, a) is the converse of relate(a, b) for arbitrary claims."""
    a, b = pair
    assert relate(b, a) == relate(a, b).converse()


def test_two_claims_giving_no_figure_read_the_same_either_way():
    """Both values unstated (a claim about a claim): one reason, whatever the order."""
    a = Claim(source="FAMa", subject="militants", predicate="killed", value=Unstated(text=None))
    b = Claim(source="JNIM", subject="militants", predicate="killed", value=Unstated(text=None))
    assert relate(b, a) == relate(a, b).converse()


@settings(max_examples=60, deadline=None)
@given(near_pairs())
def test_converse_is_an_involution(pair):
    """Taking the converse twice gives the relationship back."""
    rel = relate(*pair)
    assert rel.converse().converse() == rel
    assert attrs.evolve(rel, a=rel.b, b=rel.a, kind=rel.kind.converse) == rel.converse()


def test_same_speaker_later_denial_is_a_revision():
    """A speaker that later denies what it asserted revises its claim."""
    early = claim(source="FAMa", value="12", stated="2025-07-01")
    late = claim(source="FAMa", value="12", stated="2025-07-04", polarity="denied")
    rel = relate(late, early)
    assert rel.kind is Relation.REVISES
    assert any("from 12 (2025-07-01) to 12, denied" in r.detail for r in rel.reasons)


# --------------------------------------------------------------------------- families, victims


def test_a_denial_contradicts_what_the_assertion_entails():
    """'No attack on civilians' contradicts 'civilians killed': killed entails attacked."""
    denial = Claim(
        source="JNIM",
        subject="civilians",
        predicate="attacked",
        polarity="denied",
        place="Kayes",
        when="2025-07-01",
        id="deny",
    )
    killed = Claim(
        source="HRW",
        subject="civilians",
        predicate="killed",
        value=7,
        place="Kayes",
        when="2025-07-01",
        id="hrw",
    )
    rel = relate(denial, killed)
    assert rel.kind is Relation.CONTRADICTS
    assert any("entails" in r.detail for r in rel.reasons_of(ReasonKind.CATEGORICAL))
    assert relate(killed, denial) == rel.converse()


def test_victims_disputed_without_figures():
    """'Civilians killed' and 'militia killed' of one act are a victim dispute, no figure needed."""
    a = Claim(
        source="HRW",
        subject="civilians",
        predicate="killed",
        place="Kayes",
        when="2025-07-01",
        id="a",
    )
    b = Claim(
        source="FAMa",
        subject="militia",
        predicate="killed",
        place="Kayes",
        when="2025-07-01",
        id="b",
    )
    rel = relate(a, b)
    assert rel.kind is Relation.CONTRADICTS
    assert rel.reasons_of(ReasonKind.VICTIM)


def test_perpetrators_of_different_parties_are_compared_and_disputed():
    """Who did it, disputed, is a contradiction, not a reason to leave the pair unrelated."""
    a = Claim(
        source="Gaza Health Ministry",
        subject="explosion",
        predicate="caused by",
        value="Israeli airstrike",
        actor="Israel",
        place="Gaza",
        id="a",
    )
    b = Claim(
        source="IDF",
        subject="hospital",
        predicate="hit by",
        value="failed rocket launch",
        actor="Islamic Jihad",
        place="Gaza",
        id="b",
    )
    rel = relate(a, b)
    assert rel.kind is Relation.CONTRADICTS
    assert rel.reasons_of(ReasonKind.PERPETRATOR)


def test_two_denials_of_different_perpetrators_can_both_hold():
    """'Israel did not do it' and 'Islamic Jihad did not do it' are compatible."""
    a = Claim(
        source="US intelligence",
        subject="blast",
        predicate="responsible for",
        actor="Israel",
        polarity="denied",
        place="Gaza",
        id="a",
    )
    b = Claim(
        source="Islamic Jihad",
        subject="blast",
        predicate="responsible for",
        actor="Islamic Jihad",
        polarity="denied",
        place="Gaza",
        id="b",
    )
    assert relate(a, b).kind is not Relation.CONTRADICTS


def test_figures_with_nothing_placing_them_in_one_event_are_no_contradiction():
    """Two tolls with no shared place, time or report: different counts, not a dispute."""
    a = Claim(source="A", subject="people", predicate="killed", value=500, id="a")
    b = Claim(source="B", subject="people", predicate="killed", value="138-160", id="b")
    rel = relate(a, b)
    assert rel.kind is Relation.COMPATIBLE
    assert not rel.disputed


def test_one_speakers_changed_figure_is_ordered_by_report_dates():
    """500 then 471 from one speaker, undated statements: the reports' dates order them."""
    early = Claim(
        source="Gaza Health Ministry",
        subject="people",
        predicate="killed",
        value=500,
        place="Gaza",
        via=Report(outlet="A", published="2023-10-17"),
        id="early",
    )
    late = Claim(
        source="Gaza Health Ministry",
        subject="people",
        predicate="killed",
        value=471,
        place="Gaza",
        via=Report(outlet="B", published="2023-10-18"),
        id="late",
    )
    assert relate(late, early).kind is Relation.REVISES


def test_a_toll_reported_higher_later_is_no_contradiction():
    """30 dead on the day, 57 the next day: the toll rose; compatible, not disputed."""
    early = Claim(
        source="RIA",
        subject="people",
        predicate="killed",
        value=30,
        place="Kayes",
        via=Report(outlet="RIA", published="2022-04-08"),
        id="early",
    )
    late = Claim(
        source="Officials",
        subject="people",
        predicate="killed",
        value=57,
        place="Kayes",
        via=Report(outlet="ABC", published="2022-04-09"),
        id="late",
    )
    rel = relate(early, late)
    assert rel.kind is Relation.COMPATIBLE
    assert not rel.disputed


# --------------------------------------------------------------------------- one event first


def test_different_perpetrators_with_nothing_placing_them_in_one_event_are_no_dispute():
    """A hospital 'hit by' Israel and a station 'struck by' Russia: two events, not rivals."""
    a = Claim(
        source="Palestinian authorities",
        subject="hospital",
        predicate="hit by",
        actor="Israel",
        place="Gaza",
        id="a",
    )
    b = Claim(source="ABC News", subject="hospital", predicate="struck by", actor="Russia", id="b")
    rel = relate(a, b)
    assert rel.kind is not Relation.CONTRADICTS, rel.explain()
    assert not rel.disputed


@pytest.mark.parametrize(
    ("other", "contradicts"),
    [("restaurant de Kramatorsk", False), ("the train station in Kramatorsk", True)],
)
def test_two_sites_of_one_town_are_no_evidence_of_one_event(other, contradicts):
    """57 dead at the station and 11 at a restaurant of one town: two attacks, no dispute."""
    a = Claim(
        source="Officials",
        subject="people",
        predicate="killed",
        value=57,
        place="train station in Kramatorsk",
        via=Report(outlet="ABC", published="2022-04-08"),
        id="a",
    )
    b = Claim(
        source="Autorités",
        subject="people",
        predicate="killed",
        value=11,
        place=other,
        via=Report(outlet="Boursier", published="2022-04-08"),
        id="b",
    )
    assert (relate(a, b).kind is Relation.CONTRADICTS) is contradicts


def test_a_narrower_place_counts_a_part_of_the_broader_places_toll():
    """9 killed in a hospital in Kayes and 25 killed in Kayes: a part, not a rival figure."""
    part = claim(source="NGO", value=9, place="a hospital in Kayes")
    whole = claim(source="committee", value=25, place="Kayes")
    rel = relate(part, whole)
    assert rel.kind is not Relation.CONTRADICTS, rel.explain()
    # a site's count above the town's is no evidence either that both count one set (the
    # town's figure may name the site's attack by its town): places of different scope
    higher = relate(claim(source="NGO", value=30, place="a hospital in Kayes"), whole)
    assert higher.kind is Relation.COMPATIBLE, higher.explain()
    assert any("different scope" in r.detail for r in higher.reasons)


def test_one_speakers_two_figures_in_one_report_are_no_dispute():
    """'19 eliminated', then '15 in three sectors' in one communiqué: a whole and a part."""
    via = Report(outlet="Eyewitness News", published="2022-04-08", id="ewn")
    total = Claim(
        source="Malian military",
        subject="terrorists",
        predicate="eliminated",
        value=19,
        via=via,
        place="Mopti",
        id="total",
    )
    part = Claim(
        source="Malian military",
        subject="terrorists",
        predicate="eliminated",
        value=4,
        via=via,
        place="Mopti",
        id="part",
    )
    rel = relate(total, part)
    assert rel.kind is Relation.COMPATIBLE, rel.explain()
    assert not rel.disputed


def test_figures_that_nothing_dates_to_one_time_are_no_contradiction():
    """30 and 57 dead at one station, undated: a toll counted at two times, not a dispute."""
    a = Claim(source="RIA", subject="people", predicate="killed", value=30, place="Kayes", id="a")
    b = Claim(
        source="Officials", subject="people", predicate="killed", value=57, place="Kayes", id="b"
    )
    rel = relate(a, b)
    assert rel.kind is Relation.COMPATIBLE, rel.explain()
    assert not rel.disputed
    dated = [attrs.evolve(c, when="2022-04-08") for c in (a, b)]
    assert relate(*dated).kind is Relation.CONTRADICTS


@pytest.mark.parametrize(
    ("place_b", "kind"),
    [
        ("Ahli Arab hospital in Gaza", Relation.CONTRADICTS),
        ("Gaza", Relation.COMPATIBLE),
        ("Shifa hospital in Gaza", Relation.COMPATIBLE),
    ],
)
def test_one_dated_figure_at_one_named_site_is_one_count(place_b, kind):
    """500 dead at the hospital, said on 17 October; 100-300 there, undated: one blast.

    Two undated figures at one site stay apart (a toll counted at two times), as do figures
    at one town or at two sites of it.
    """
    dated = Claim(
        source="Gaza health ministry",
        subject="people",
        predicate="killed",
        value="at least 500",
        place="Al-Ahli Arab Hospital in central Gaza",
        stated="2023-10-17",
        id="a",
    )
    undated = Claim(
        source="US intelligence",
        subject="people",
        predicate="killed",
        value="100 to 300",
        place=place_b,
        id="b",
    )
    rel = relate(dated, undated)
    assert rel.kind is kind, rel.explain()
    assert relate(attrs.evolve(dated, stated=None), undated).kind is Relation.COMPATIBLE


@pytest.mark.parametrize(("value", "kind"), [("several", Relation.COMPATIBLE), ("9", None)])
def test_a_vague_figure_never_contradicts_a_count(value, kind):
    """'several killed' and '2,000 killed' at one place and time: an impression, no dispute."""
    rel = relate(claim(source="Agency", value=value), claim(source="Minister", value=2000))
    assert rel.kind is (kind or Relation.CONTRADICTS)
    assert rel.disputed is (kind is None)


@pytest.mark.parametrize(("asserted", "contradicts"), [("471", True), ("at least 500", False)])
def test_a_denied_figure_contradicts_only_that_figure(asserted, contradicts):
    """Israel disputing the toll of 471 contradicts 471, not 'at least 500'."""
    denial = Claim(
        source="Israel",
        subject="people",
        predicate="killed",
        value=471,
        polarity="denied",
        place="Gaza",
        id="deny",
    )
    toll = Claim(
        source="Gaza health ministry",
        subject="people",
        predicate="killed",
        value=asserted,
        place="Gaza",
        id="toll",
    )
    assert (relate(denial, toll).kind is Relation.CONTRADICTS) is contradicts


def test_denying_one_perpetrator_does_not_contradict_naming_another():
    """'Israel is not responsible' and 'a misfired rocket of fighters caused it': both hold."""
    denial = Claim(
        source="US intelligence",
        subject="explosion",
        predicate="responsible for",
        actor="Israel",
        polarity="denied",
        place="Gaza",
        id="deny",
    )
    cause = Claim(
        source="Israel",
        subject="explosion",
        predicate="responsible for",
        actor="fighters",
        place="Gaza",
        id="cause",
    )
    assert relate(denial, cause).kind is not Relation.CONTRADICTS
    same = attrs.evolve(cause, actor="Israel", source="Gaza ministry")
    assert relate(denial, same).kind is Relation.CONTRADICTS


def test_a_site_of_an_unknown_place_counts_a_part_of_its_toll():
    """9 aid workers dead in 'a hospital in Zamzam' and 25 killed in 'Zamzam': a part."""
    whole = claim(source="committee", value=25, place="Zamzam")
    part = claim(source="NGO", value=9, place="a hospital in Zamzam")
    rel = relate(part, whole)
    assert rel.kind is Relation.COMPATIBLE, rel.explain()
    assert any("site in Zamzam" in r.detail for r in rel.reasons)


def test_a_perpetrator_read_by_resemblance_never_makes_a_dispute():
    """'les terroristes' resembles no actor it names: not a rival party of Israel."""
    a = claim(source="NGO", actor="les terroristes", value=12)
    b = claim(source="Army", actor="Israel", value=12)
    rel = relate(a, b)
    assert rel.kind is not Relation.CONTRADICTS, rel.explain()


def test_vague_figures_of_exclusive_victims_are_no_victim_dispute():
    """'tens' of civilians and 'tens' of soldiers killed: two tolls, not one count disputed."""
    a = claim(source="NGO", subject="civilians", value="tens")
    b = claim(source="Army", subject="soldiers", value="tens")
    assert relate(a, b).kind is not Relation.CONTRADICTS


def test_relays_in_other_words_are_one_statement():
    """One speaker's 900 bodies in two reports, worded two ways: an echo, as in the graph."""
    army = Report(outlet="WHO briefing", published="2025-02-04", id="who")
    a = Claim(
        source="UN",
        subject="corps",
        predicate="restent dans les morgues",
        value=900,
        place="Goma",
        via=Report(outlet="A", published="2025-02-05", relays=army, id="ra"),
        id="a",
    )
    b = Claim(
        source="UN",
        subject="bodies",
        predicate="still in hospital morgues",
        value=900,
        place="Goma",
        via=Report(outlet="B", published="2025-02-05", relays=army, id="rb"),
        id="b",
    )
    rel = relate(a, b)
    assert rel.reasons_of(ReasonKind.ECHO), rel.explain()
    other = attrs.evolve(b, value=901)
    assert not relate(a, other).reasons_of(ReasonKind.ECHO)


def test_a_denial_at_one_of_the_places_a_list_names_is_narrower():
    """'No civilians killed in Zamzam' does not deny '400 killed in Zamzam, Abu Shouk and
    El Fasher': the denial speaks of a part."""
    denial = Claim(
        source="RSF",
        subject="civilians",
        predicate="killed",
        place="Zamzam",
        polarity="denied",
        when="2025-04-11",
        id="deny",
    )
    toll = Claim(source="UN", subject="civilians", predicate="killed", value="over 400",
                 place="around Zamzam and Abu Shouk displacement camps and the town of Al Fasher",
                 when="2025-04-11", id="toll")  # fmt: skip
    rel = relate(denial, toll)
    assert rel.kind is not Relation.CONTRADICTS, rel.explain()
    assert any("among the places" in r.detail for r in rel.reasons)


def test_one_day_of_a_span_counts_a_part_of_its_toll():
    """25 killed on Friday and 1,012 from Friday to Sunday: a part, not a dispute."""
    span = claim(source="UN", value=1012, when="2025-04-11/2025-04-13")
    rel = relate(claim(source="committee", value=25, when="2025-04-11"), span)
    assert rel.kind is not Relation.CONTRADICTS, rel.explain()
    more = relate(claim(source="committee", value=2000, when="2025-04-11"), span)
    assert more.kind is Relation.CONTRADICTS  # a part larger than its whole


@pytest.mark.parametrize(
    ("a", "b", "kind"),
    [
        (["Kayes"], "Kayes, Diboli and Sandaré", Relation.REFINES),
        ("Kayes, Diboli and Sandaré", "Diboli, Kayes et Sandare", Relation.AGREES),
        ("Kayes, Diboli and Sandaré", "seven towns including Kayes and Gao", Relation.COMPATIBLE),
        ("Kayes, Diboli and Sandaré", "Gao, Mopti and Sévaré", Relation.CONTRADICTS),
        ("Kayes, Diboli and Sandaré", "two towns including Kayes", Relation.CONTRADICTS),
    ],
)
def test_lists_relate_by_their_members(a, b, kind):
    """A subset refines, an overlap is compatible, exclusive disjoint lists contradict."""
    x = claim(source="JNIM", subject="towns", predicate="attacked", value=a)
    y = claim(source="Wire", subject="towns", predicate="attacked", value=b)
    assert relate(x, y).kind is kind


def test_no_figure_is_unrelated_to_a_figure():
    """'Gave no figure' neither supports nor contradicts '47'."""
    x = claim(source="FAMa", value="gave no figure")
    y = claim(source="JNIM", value="47")
    assert relate(x, y).kind is Relation.UNRELATED
