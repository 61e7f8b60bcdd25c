"""One statement whose figure its relays render with vague words (made-up)."""

from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st

from claimrec.graph import claim_graph
from claimrec.model import Claim, Report, Source
from claimrec.relation import ReasonKind, Relation, relate
from tests.test_relay_figures import assert_echoes_order_free_and_of_one_speaker

WATCH = Source(name="Relief Watch", kind="ngo")
GUILD = Source(name="Harbour Guild", kind="ngo")


def relay(value: str, k: int = 0, source: Source = WATCH) -> Claim:
    """Relief Watch's toll of one night at Lornet, as outlet ``k`` relays it."""
    report = Report(outlet=f"Outlet {k}", published=f"2024-03-0{1 + k % 3}", id=f"r{k}")
    return Claim(
        id=f"c{k}", source=source, subject="people", predicate="killed", value=value,
        place="Lornet", via=report,
    )  # fmt: skip


def echoed(a: Claim, b: Claim) -> bool:
    return bool(relate(a, b).reasons_of(ReasonKind.ECHO))


def test_a_vague_relay_of_a_vague_figure_is_one_statement() -> None:
    # "scores" relayed as "many" and as "tens": "many" holds "tens"; its central value
    # (an open range from 3) says nothing of how far apart they are
    many, tens = relay("many", 0), relay("tens", 1)
    assert echoed(many, tens)
    assert relate(many, tens).kind is Relation.COMPATIBLE
    assert not relate(many, tens).disputed
    assert any({"c0", "c1"} <= {c.id for c in e.claims} for e in claim_graph([many, tens]).echoes())


def test_a_vague_relay_of_a_number_is_one_statement() -> None:
    assert echoed(relay("many", 0), relay("55", 1))


def test_vague_figures_that_do_not_hold_each_other_stay_two() -> None:
    assert not echoed(relay("tens", 0), relay("hundreds", 1))
    assert not echoed(relay("several", 0), relay("hundreds", 1))


def test_another_speakers_vague_figure_never_echoes() -> None:
    assert not echoed(relay("many", 0), relay("tens", 1, source=GUILD))


VALUES = ["many", "tens", "dozens", "hundreds", "55", "several", "a number of"]


@given(
    st.lists(st.tuples(st.sampled_from(VALUES), st.booleans()), min_size=2, max_size=6),
    st.randoms(use_true_random=False),
)
def test_vague_relays_cluster_alike_in_any_order_and_never_across_speakers(
    rows: list[tuple[str, bool]], rnd: random.Random
) -> None:
    claims = [relay(value, k, GUILD if guild else WATCH) for k, (value, guild) in enumerate(rows)]
    assert_echoes_order_free_and_of_one_speaker(claims, rnd)
    for a in claims:
        for b in claims:
            if a.id < b.id:
                assert relate(a, b) == relate(b, a).converse()
