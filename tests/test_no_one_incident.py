"""Claims of no one incident never contradict (made-up claims).

A past event against the news of another report, a total over a period against one
incident's toll, a count of civilians below a count of people, and one speaker's denial of
harm to victims disjoint from those it counts (docs/relations.md, rule 6).
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

import claimrec as cr
from claimrec.model import Claim, Report, Source
from claimrec.relation import ReasonKind, Relation, relate
from tests.test_relation_perpetrators import assert_symmetric_and_order_free


def _report(outlet: str, day: str, url: str | None = None) -> Report:
    return Report(outlet=outlet, published=day, url=url)


def _toll(source: str, value: object, day: str, **kw: object) -> Claim:
    """A toll of Kayes, its speaker's own report on ``day``."""
    fields: dict[str, object] = {"subject": "people", "predicate": "killed", "place": "Kayes"}
    fields.update(kw)
    via = fields.pop("via", None) or _report(source, day)
    return Claim(source=source, value=value, via=via, id=f"{source} {value}", **fields)


# --------------------------------------------------------------------------- a past event


def test_a_past_event_is_not_the_news_of_another_report() -> None:
    # a September article recalls six killed in Kayes in April; officials count 17 on
    # 7 September: two events, not a toll that fell
    past = _toll("Daily", 6, "2025-09-19", when="2025-04")
    news = _toll("Officials", 17, "2025-09-07")
    rel = relate(past, news)
    assert rel.kind is Relation.UNRELATED
    assert "a past event" in rel.reasons_of(ReasonKind.TEMPORAL)[0].detail
    assert relate(news, past) == rel.converse()


def test_a_retrospective_report_weeks_later_still_disputes() -> None:
    # an inquiry published weeks after the strike it dates (within the horizon) speaks of it
    dated = _toll("Inquiry", 6, "2025-09-19", when="2025-07-20")
    news = _toll("Officials", 17, "2025-09-07")
    assert relate(dated, news).kind is Relation.CONTRADICTS


def test_one_article_may_tell_of_its_past_event_throughout() -> None:
    article = "https://daily.example/2025/09/19/anniversary"
    past = _toll("Daily", 6, "2025-09-19", when="2025-04",
                 via=_report("Daily", "2025-09-19", article))  # fmt: skip
    mayor = Report(outlet="Daily", published="2025-09-19", url=article,
                   relays=Report(outlet="Mayor"))  # fmt: skip
    other = _toll("Mayor", 17, "2025-09-19", via=mayor)
    rel = relate(past, other)
    assert not any("a past event" in r.detail for r in rel.reasons)


def test_accounts_of_who_did_it_months_apart_are_two_events() -> None:
    past = Claim(source="Daily", subject="people", predicate="killed", value=6, place="Kayes",
                 actor="Russian forces", when="2025-04", via=_report("Daily", "2025-09-19"),
                 id="past")  # fmt: skip
    cause = Claim(source="Paper", subject="the strike", predicate="the result of",
                  value="a Ukrainian air defence missile", actor="Ukraine", place="Kayes",
                  when="2025-09-06", via=_report("Paper", "2025-09-19"), id="cause")  # fmt: skip
    assert relate(past, cause).kind is not Relation.CONTRADICTS
    near = Claim(source="Daily", subject="people", predicate="killed", value=6, place="Kayes",
                 actor="Russian forces", when="2025-09-05", via=_report("Daily", "2025-09-19"),
                 id="near")  # fmt: skip
    assert relate(near, cause).kind is Relation.CONTRADICTS  # a day apart: one event


@settings(max_examples=40, deadline=None)
@given(
    event=st.dates(dt.date(2024, 1, 1), dt.date(2024, 12, 31)),
    own=st.integers(0, 200),
    other=st.integers(0, 200),
    order=st.permutations([0, 1, 2]),
)
def test_past_event_is_symmetric_and_order_free(
    event: dt.date, own: int, other: int, order: list[int]
) -> None:
    past = _toll("Daily", 6, str(event + dt.timedelta(days=own)), when=str(event))
    news = _toll("Officials", 17, str(event + dt.timedelta(days=other)))
    third = _toll("Hospital", 12, str(event + dt.timedelta(days=other)))
    graph = assert_symmetric_and_order_free([past, news, third], order)
    rel = graph.relationship(past.id, news.id)
    if own > 90 and other > 90 and rel is not None:
        assert rel.kind is not Relation.CONTRADICTS


# --------------------------------------------------------------------------- a total over a period


def test_since_a_year_is_a_period_up_to_the_report() -> None:
    from claimrec.resolution._bounds import since_span  # noqa: PLC0415 - one test reads it

    day = dt.date(2021, 1, 10)
    assert str(since_span("since the intervention began in 2013", day)) == "2013-01-01/2021-01-10"
    assert str(since_span("desde 2019", day)) == "2019-01-01/2021-01-10"
    assert str(since_span("seit Januar 2020", day)) == "2020-01-01/2021-01-10"
    assert since_span("since Tuesday", day) is None  # one incident's toll so far
    assert since_span("since the attack", day) is None
    assert since_span("the deadliest attack since 2015", day) is None  # one incident, compared
    assert since_span("the worst toll so far this year", dt.date(2024, 6, 30)) is None
    assert since_span("lanzado desde Gaza en 2019", day) is None  # where from, not since
    june = dt.date(2024, 6, 30)
    for text in ("so far this year", "depuis le début de l'année", "en lo que va del año"):
        assert str(since_span(text, june)) == "2024-01-01/2024-06-30"
    assert since_span("so far this year", dt.date(2024, 1, 3)) is None  # three days: no period


def test_a_period_reading_is_resolved() -> None:
    claim = _toll("AP", 50, "2021-01-10", subject="soldiers",
                  qualifiers=["since the intervention began in 2013"])  # fmt: skip
    hit = cr.resolve([claim])[claim.id].period
    assert hit is not None
    assert (hit.rule, hit.id) == ("since", "2013-01-01/2021-01-10")


def test_a_total_over_years_is_no_rival_of_one_strike() -> None:
    said = {"when": "2021-01-03", "stated": "2021-01-10"}
    strike = _toll("HRW", 19, "2021-01-21", **said)
    total = _toll("AP", 50, "2021-01-10", stated="2021-01-10",
                  qualifiers=["since the intervention began in 2013"])  # fmt: skip
    bare = _toll("AP", 50, "2021-01-10", **said)
    assert relate(bare, strike).kind is Relation.CONTRADICTS  # one strike's rival tolls
    rel = relate(total, strike)
    assert rel.kind is Relation.UNRELATED
    assert rel.reasons_of(ReasonKind.AGGREGATE)
    assert relate(strike, total) == rel.converse()


# --------------------------------------------------------------------------- civilians and people


def test_a_subject_saying_all_were_civilians_counts_civilians() -> None:
    for subject in ("victims, all civilians", "victimes toutes des civils peuls",
                    "people, all of them civilians"):  # fmt: skip
        claim = Claim(source="NGO", subject=subject, predicate="killed", value=19, id="a")
        hit = cr.resolve([claim])["a"].subject
        assert (hit.id, hit.rule) == ("civilians", "apposed"), subject
    people = Claim(source="NGO", subject="all people", predicate="killed", value=19, id="a")
    assert cr.resolve([people])["a"].subject.id == "people"


def test_civilians_below_people_are_a_part() -> None:
    said = {"when": "2021-01-03"}
    civilians = _toll("Association", 19, "2021-03-31", subject="victims, all civilians", **said)
    people = _toll("UN", 22, "2021-03-30", **said)
    rel = relate(civilians, people)
    assert rel.kind is not Relation.CONTRADICTS  # the rest may be fighters
    assert "a part" in " ".join(r.detail for r in rel.reasons_of(ReasonKind.VICTIM))


# --------------------------------------------------------------------------- one speaker's denial


def test_a_denial_of_harm_to_others_than_those_counted_is_no_contradiction() -> None:
    army = Source(name="Army", kind="state")
    report = Report(outlet="Wire", published="2025-01-21", relays=Report(outlet="Army"))
    killed = Claim(source=army, subject="combatants", predicate="killing", value="several dozen",
                   place="Kayes", via=report, id="killed")  # fmt: skip
    spared = Claim(source=army, subject="women or children", predicate="struck",
                   polarity="denied", place="Kayes", via=report, id="spared")  # fmt: skip
    assert cr.resolve([killed])["killed"].subject.id == "militants"
    assert relate(killed, spared).kind is not Relation.CONTRADICTS


@settings(max_examples=30, deadline=None)
@given(
    year=st.integers(2005, 2024),
    figures=st.lists(st.integers(1, 90), min_size=2, max_size=2),
    order=st.permutations([0, 1, 2]),
)
def test_period_total_is_symmetric_and_order_free(
    year: int, figures: list[int], order: list[int]
) -> None:
    said = {"when": "2025-01-03", "stated": "2025-01-10"}
    total = _toll("AP", 50, "2025-01-10", stated="2025-01-10",
                  qualifiers=[f"since the intervention began in {year}"])  # fmt: skip
    first = _toll("HRW", figures[0], "2025-01-21", **said)
    second = _toll("UN", figures[1], "2025-01-21", **said)
    graph = assert_symmetric_and_order_free([total, first, second], order)
    for other in (first, second):
        rel = graph.relationship(total.id, other.id)
        assert rel is None or rel.kind is not Relation.CONTRADICTS
