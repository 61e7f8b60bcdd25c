"""One statement relayed with its figure requalified, or by a report long after (made-up)."""

from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st

from claimrec.graph import claim_graph
from claimrec.model import Claim, Report, Source
from claimrec.relation import ReasonKind, _relate, relate
from claimrec.resolution import resolve

UN = Source(name="United Nations", kind="international_org")
WIRE = Report(outlet="Wire", published="2025-09-01", id="r-wire")
PAPER = Report(outlet="Paper", published="2025-09-02", id="r-paper")


def relay(**kw: object) -> Claim:
    """The UN's toll as one outlet relays it."""
    fields: dict[str, object] = {
        "id": "a", "source": UN, "subject": "people", "predicate": "killed",
        "value": "at least 200", "place": "Kaya", "via": WIRE,
    }  # fmt: skip
    return Claim(**{**fields, **kw})


def other(**kw: object) -> Claim:
    """Another outlet's relay, in a verb the vocabulary does not know: alignment keeps it apart."""
    fields: dict[str, object] = {
        "id": "b", "subject": "bilan", "predicate": "a chiffré", "value": "about 200",
        "via": PAPER,
    }  # fmt: skip
    return relay(**{**fields, **kw})


def echoed(a: Claim, b: Claim) -> bool:
    return bool(relate(a, b).reasons_of(ReasonKind.ECHO))


def in_one_echo(claims: list[Claim], x: str, y: str) -> bool:
    return any({x, y} <= {c.id for c in e.claims} for e in claim_graph(claims).echoes())


# --------------------------------------------------------------- one number, requalified


def test_one_number_qualified_two_ways_is_one_statement() -> None:
    a, b = relay(), other()
    assert echoed(a, b)
    assert in_one_echo([a, b], "a", "b")


def test_two_numbers_are_two_statements() -> None:
    assert not echoed(relay(), other(value="about 150"))
    assert not echoed(relay(value="171"), other(value="172"))


def test_a_dropped_qualifier_or_a_vague_figure_is_left_to_the_judge() -> None:
    # "more than 2,000" and "2,000" may be another count of the speaker (up to 2,000)
    assert not echoed(relay(value="more than 2000"), other(value="2000"))
    assert not echoed(relay(value="at least 55"), other(value="dozens"))


def test_a_requalified_figure_of_another_thing_is_not_one_statement() -> None:
    # subjects read two ways: 200 motorbikes burnt and over 200 fighters killed
    a = relay(subject="motorbikes", predicate="burnt", value="about 200")
    b = other(subject="fighters", predicate="killed", value="at least 200")
    assert not echoed(a, b)


def test_another_speaker_never_echoes() -> None:
    assert not echoed(relay(), other(source=Source(name="Burkina Faso government")))


@given(st.sampled_from(["at least 200", "about 200", "some 200", "nearly 200", "over 199"]))
def test_one_figure_reads_the_same_both_ways(value: str) -> None:
    a, b = relay(), other(value=value)
    assert _relate._one_figure(a, b) == _relate._one_figure(b, a)
    assert relate(a, b) == relate(b, a).converse()


# ------------------------------------------------- a report's date bounds the statement


STATEMENT = Report(outlet="UN", title="annual report", published="2025-02-07", id="r-un")
EARLY = Report(outlet="Agency", published="2025-02-08", relays=STATEMENT, id="r-early")


def test_a_report_months_later_still_carries_the_statement() -> None:
    a = relay(value="171", via=EARLY)
    late = Report(outlet="Radio", published="2025-11-15", id="r-late")  # gives no date of it
    b = other(value="171", via=late)
    assert echoed(a, b)
    assert in_one_echo([a, b], "a", "b")


def test_a_report_before_the_statement_cannot_carry_it() -> None:
    stated = relay(value="171", via=EARLY, stated="2025-02-07")
    before = Report(outlet="Radio", published="2025-01-10", id="r-before")
    assert not echoed(stated, other(value="171", via=before))


def test_a_channel_named_in_arabic_is_the_channel() -> None:
    claim = Claim(source="قناة المسيرة", subject="people", predicate="killed", id="c")
    hit = resolve([claim])["c"].speaker
    assert hit is not None
    assert hit.id == "Al-Masirah"


ARMY = Source(name="Burkina Faso army", kind="state")
VALUES = ["at least 200", "about 200", "some 200", "200", "more than 200", "about 250", "dozens"]


@given(
    st.lists(
        st.tuples(st.sampled_from(VALUES), st.booleans(), st.sampled_from(["bilan", "people"])),
        min_size=2,
        max_size=6,
    ),
    st.randoms(use_true_random=False),
)
def test_requalified_relays_echo_alike_in_any_order_and_never_across_speakers(
    rows: list[tuple[str, bool, str]], rnd: random.Random
) -> None:
    claims = [
        relay(
            id=f"c{k}",
            value=value,
            source=ARMY if army else UN,
            subject=subject,
            predicate="killed" if subject == "people" else "a chiffré",
            via=Report(outlet=f"Outlet {k}", published="2025-09-01", id=f"r{k}"),
        )
        for k, (value, army, subject) in enumerate(rows)
    ]
    assert_echoes_order_free_and_of_one_speaker(claims, rnd)


def assert_echoes_order_free_and_of_one_speaker(claims: list[Claim], rnd: random.Random) -> None:
    """The echo clusters are the same in any order, and none holds two speakers."""
    shuffled = list(claims)
    rnd.shuffle(shuffled)

    def clusters(cs: list[Claim]) -> set[frozenset[str]]:
        return {frozenset(c.id for c in e.claims) for e in claim_graph(cs).echoes()}

    found = clusters(claims)
    assert found == clusters(shuffled)
    speaker = {c.id: c.source.name for c in claims}
    for cluster in found:
        assert len({speaker[x] for x in cluster}) == 1
