"""One statement relayed twice, one relay dated and the other not (made-up claims)."""

from __future__ import annotations

import attrs
from hypothesis import given
from hypothesis import strategies as st

from claimrec.graph import claim_graph
from claimrec.model import Claim, Report, Source
from claimrec.relation import ReasonKind, relate

ARMY = Source(name="FAMa")
DATED = Report(outlet="Agency", published="2025-07-02", id="r-dated")
UNDATED = Report(outlet="Radio", id="r-undated")  # the relaying article gives no date


def dated(**kw: object) -> Claim:
    fields: dict[str, object] = {
        "id": "a", "source": ARMY, "subject": "people", "predicate": "died",
        "value": "about 40", "via": DATED,
    }  # fmt: skip
    return Claim(**{**fields, **kw})


def undated(**kw: object) -> Claim:
    """The same statement relayed naming whose soldiers died: alignment keeps it apart."""
    fields: dict[str, object] = {
        "id": "b", "source": ARMY, "subject": "Burkinabe soldiers", "predicate": "were killed",
        "value": "about 40", "via": UNDATED,
    }  # fmt: skip
    return Claim(**{**fields, **kw})


def echoed(a: Claim, b: Claim) -> bool:
    return bool(relate(a, b).reasons_of(ReasonKind.ECHO))


def test_a_dated_and_an_undated_relay_of_one_figure_are_one_statement() -> None:
    a, b = dated(), undated()
    assert echoed(a, b)
    graph = claim_graph([a, b])
    assert any({"a", "b"} <= {c.id for c in e.claims} for e in graph.echoes())


def test_another_figure_is_not_one_statement() -> None:
    assert not echoed(dated(), undated(value="about 45"))
    assert not echoed(dated(value="40"), undated(value="at least 40"))  # left to other ties


def test_another_predicate_is_not_one_statement() -> None:
    assert not echoed(dated(predicate="wounded"), undated())


def test_two_voices_are_not_one_statement() -> None:
    person = Source(name="Lt. Col. Jane Roe", kind="state", party="FAMa")  # its spokeswoman
    assert not echoed(dated(source=person), undated())


def test_two_dated_relays_keep_the_date_rule() -> None:
    later = attrs.evolve(UNDATED, published="2025-07-20")
    assert not echoed(dated(), undated(via=later))  # 18 days apart: not one statement


@given(st.booleans())
def test_an_undated_relay_reads_the_same_both_ways(flip: bool) -> None:
    a, b = dated(), undated()
    first, second = (b, a) if flip else (a, b)
    assert relate(first, second) == relate(second, first).converse()
    assert echoed(first, second)


def test_victims_of_exclusive_classes_are_not_one_statement() -> None:
    assert not echoed(dated(subject="civilians"), undated(subject="militants"))


def test_one_person_named_in_full_and_in_part_is_one_voice() -> None:
    """The spokeswoman named with and without her middle name is one voice: one statement."""
    short = Source(name="Lt. Col. Jane Roe", kind="state", party="FAMa")
    full = Source(name="Lt. Col. Jane Amina Roe", kind="state", party="FAMa")
    assert echoed(dated(source=short), undated(source=full))
    other = Source(name="Lt. Col. John Doe", kind="state", party="FAMa")
    assert not echoed(dated(source=short), undated(source=other))  # two people
