"""One speaker's two figures of one toll that nothing dates: a revision, the lower first."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimrec import claim_graph
from claimrec.model import Claim, Report
from claimrec.relation import ReasonKind, Relation, relate

WIRE, AFP = Report(outlet="Wire"), Report(outlet="AFP")  # undated reports


def toll(value, source="Ministry of Health", via=WIRE, **kw):
    """A toll of the Kayes market blast, stated on no known day (override any field)."""
    fields = {"subject": "people", "predicate": "killed", "place": "Kayes market"}
    fields.update(kw)
    return Claim(source=source, value=value, via=via, id=f"{source} {value} {via.outlet}", **fields)


def _revision(rel):
    return [r.detail for r in rel.reasons_of(ReasonKind.SAME_SPEAKER) if "upward" in r.detail]


def test_one_speaker_two_undated_tolls_revise_the_lower_first():
    low, high = toll("30"), toll("57", via=AFP)
    rel = relate(high, low)
    assert rel.kind is Relation.REVISES  # the higher figure is read as the later
    assert not rel.disputed
    said = (
        "Ministry of Health changed its figure from 30 to 57: no date orders the two "
        "statements; a toll is counted upward, so the lower is read as the earlier"
    )
    assert _revision(rel) == [said]
    assert relate(low, high).kind is Relation.REVISED_BY
    # "nothing dates them to one time" is no reason for two statements at two times
    assert not [r for r in rel.reasons if r.detail.startswith("nothing places")]


def test_the_graph_reads_the_revision_as_relate_does():
    low, high = toll("30"), toll("57", via=AFP)
    graph = claim_graph([low, high])
    rel = graph.relationship(high.id, low.id)
    assert rel is not None
    assert rel.kind is relate(high, low, context=[low, high]).kind is Relation.REVISES


def test_one_dated_report_and_one_undated_still_revise():
    dated = Report(outlet="Reuters", published="2025-03-02")
    assert relate(toll("at least 110", via=dated), toll("43")).kind is Relation.REVISES


def test_one_speaker_two_bounds_of_one_kind_are_two_counts():
    # "at least 471" then "at least 500" is not one figure relayed: a changed count
    rel = relate(toll("at least 471"), toll("at least 500", via=AFP))
    assert rel.kind is Relation.REVISED_BY


def test_the_dead_and_their_bodies_are_one_toll_revised():
    bodies = toll("over 2000", subject="corps", predicate="à enterrer", via=AFP)
    assert relate(toll("773"), bodies).kind is Relation.REVISED_BY


def test_a_status_class_of_the_dead_is_no_part_for_one_speaker():
    # "about 100 civilians", later "132 dead": the speaker's toll revised, not a part
    rel = relate(toll("about 100", subject="civilians"), toll("132", via=AFP))
    assert rel.kind is Relation.REVISED_BY


def test_no_revision_without_a_changed_count_of_one_toll():
    other = {"via": AFP}
    cases = [
        # one figure worded two ways (they overlap, different kinds)
        (toll("at least 2900"), toll("nearly 3000", **other)),
        # a vague figure is no count to order
        (toll("dozens"), toll("57", **other)),
        # a stated part: children among the dead
        (toll("4", subject="children"), toll("30", **other)),
        # not a toll: arrests are not counted upward
        (toll("12", predicate="arrested"), toll("30", predicate="arrested", **other)),
        # one report giving both figures: a whole and its part, or two items
        (toll("19"), toll("15")),
        # two speakers: no revision at all
        (toll("30"), toll("57", source="Red Cross", **other)),
    ]
    for a, b in cases:
        rel = relate(a, b)
        assert rel.kind not in (Relation.REVISES, Relation.REVISED_BY), (a.value, b.value)
        assert not _revision(rel)


def test_two_dates_that_do_not_order_the_figures_say_one_time():
    said = {"stated": "2025-03-01"}
    rel = relate(toll("20", **said), toll("65", via=AFP, **said))
    assert rel.kind not in (Relation.REVISES, Relation.REVISED_BY)
    assert not _revision(rel)


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 5000), st.integers(1, 5000))
def test_the_lower_undated_figure_is_always_the_earlier(x, y):
    a, b = toll(str(x)), toll(str(y), via=AFP)
    rel, back = relate(a, b), relate(b, a)
    if abs(x - y) <= max(x, y) * 0.05:
        return  # within the tolerance: one figure, perhaps rounded by a relay
    assert rel.kind is (Relation.REVISES if x > y else Relation.REVISED_BY)
    assert back.kind is rel.kind.converse
