"""One exact figure relayed with its verb reworded, one relay undated (made-up claims)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimrec.graph import claim_graph
from claimrec.model import Claim, Report, Source
from claimrec.relation import ReasonKind, relate

ARMY = Source(name="Northland army", kind="state", party="Northland")
DATED = Report(outlet="Agency", published="2025-07-02", id="r-dated")
UNDATED = Report(outlet="Radio", id="r-undated")  # the relaying article gives no date


def dated(predicate: str = "killed", value: str = "73") -> Claim:
    return Claim(
        id="a", source=ARMY, subject="prisoners", predicate=predicate, value=value, via=DATED
    )


def undated(predicate: str = "were shelled", value: str = "73") -> Claim:
    return Claim(
        id="b", source=ARMY, subject="prisoners", predicate=predicate, value=value, via=UNDATED
    )


def echoed(a: Claim, b: Claim) -> bool:
    return bool(relate(a, b).reasons_of(ReasonKind.ECHO))


def test_one_toll_read_as_the_act_on_one_side_is_one_statement() -> None:
    # "73 killed in the shelling" and "73 ... shelled": the toll of the act
    a, b = dated(), undated()
    assert echoed(a, b)
    assert any({"a", "b"} <= {c.id for c in e.claims} for e in claim_graph([a, b]).echoes())
    assert echoed(dated("were shelled"), undated("blamed on the rebels"))  # the act, its blame


def test_a_verb_of_another_language_left_unread_is_one_statement() -> None:
    assert echoed(dated(), undated("zorbelados"))


def test_two_counts_of_two_things_stay_two() -> None:
    assert not echoed(dated(), undated("were wounded"))  # 73 dead, 73 wounded
    assert not echoed(dated("zorbelados"), undated("vrakshen"))  # nothing read


def test_a_figure_not_stated_exactly_alike_keeps_one_predicate() -> None:
    assert not echoed(dated(value="about 70"), undated(value="about 70"))
    assert not echoed(dated(value="73"), undated(value="74"))


PREDICATES = ["killed", "were shelled", "were wounded", "blamed on the rebels", "zorbelados"]


@given(
    st.sampled_from(PREDICATES),
    st.sampled_from(PREDICATES),
    st.sampled_from(["73", "about 70", "at least 73"]),
)
def test_reworded_relays_read_the_same_both_ways(pa: str, pb: str, value: str) -> None:
    a, b = dated(pa, value), undated(pb, value)
    assert relate(a, b) == relate(b, a).converse()
    assert echoed(a, b) == echoed(b, a)
