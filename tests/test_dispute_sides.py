"""The sides of a dispute: the set-based assignment against the plain one it replaced."""

from __future__ import annotations

from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from claimrec.graph._claimgraph import _assign_sides


def _plain_sides(
    members: set[str], disputed: list[tuple[str, str]], support: dict[str, set[str]]
) -> list[list[str]]:
    """The original assignment: each claim is checked against every member of each side."""
    pairs = {frozenset(p) for p in disputed}
    degree = Counter(x for pair in pairs for x in pair)
    sides: list[list[str]] = []
    for claim_id in sorted(members, key=lambda x: (-degree[x], x)):
        for side in sides:
            consistent = all(frozenset((claim_id, m)) not in pairs for m in side)
            if consistent and any(m in support.get(claim_id, set()) for m in side):
                side.append(claim_id)
                break
        else:
            sides.append([claim_id])
    return sorted((sorted(side) for side in sides), key=lambda s: (-len(s), s[0]))


_IDS = st.sampled_from([f"c{i}" for i in range(12)])
_PAIRS = st.lists(st.tuples(_IDS, _IDS).filter(lambda p: p[0] != p[1]), max_size=30)


@given(disputed=_PAIRS, supported=_PAIRS, extra=st.sets(_IDS, max_size=4))
def test_the_sides_are_those_of_the_plain_assignment(
    disputed: list[tuple[str, str]], supported: list[tuple[str, str]], extra: set[str]
) -> None:
    # one stored relationship per pair, as in the graph
    unique = list(dict.fromkeys(tuple(sorted(p)) for p in disputed))
    support: dict[str, set[str]] = {}
    for a, b in supported:
        if frozenset((a, b)) in {frozenset(p) for p in unique}:
            continue
        support.setdefault(a, set()).add(b)
        support.setdefault(b, set()).add(a)
    members = {x for p in unique for x in p} | set(support) | extra
    assert _assign_sides(members, unique, support) == _plain_sides(members, unique, support)


def test_two_disputing_claims_never_share_a_side() -> None:
    sides = _assign_sides(
        {"a", "b", "c"}, [("a", "b")], {"a": {"b", "c"}, "b": {"a"}, "c": {"a"}}
    )
    assert sides == [["a", "c"], ["b"]]
