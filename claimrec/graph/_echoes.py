"""Echo clusters: one speaker's relays of one statement, and the relay that stands for them.

Private to the graph package: :class:`~claimrec.graph.ClaimGraph` calls these on its own
relationships and claims when its echoes, corroborations or evidence groups are read.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping

from claimrec.model import Claim
from claimrec.quantity import Quantity
from claimrec.relation import Relation, _changed, _lossy
from claimrec.resolution._voices import two_statements

__all__ = ["bare", "echo_clusters", "primary"]

#: Relations between two claims of one speaker that make them two statements, never relays
#: of one: a revision, or a contradiction.
_TWO_STATEMENTS = frozenset({Relation.REVISES, Relation.REVISED_BY, Relation.CONTRADICTS})


def echo_clusters(
    relationships: Iterable[tuple[str, str, Relation, bool]],
    claims: Mapping[str, Claim],
    *,
    speaker: Callable[[str], str],
    person: Callable[[str], str | None],
    medium: Callable[[str], str | None] | None = None,
) -> list[list[str]]:
    """Return the echo clusters (sorted claim ids, two or more) of the relationships.

    ``relationships`` gives each stored pair as (a, b, its kind, whether it has an echo
    reason); pairs of two speakers may be left out.

    Echo pairs join their clusters unless a claim of one and a claim of the other are two
    statements of the speaker (a revision, or figures that differ: 500 relayed and 471
    relayed are two clusters, however many vague relays sit between them), or name two
    different people speaking for it, or two kinds of its statements (words to a reporter
    and a communiqué: :func:`~claimrec.resolution._voices.two_statements`). ``speaker``
    gives a claim's speaker identity, ``person`` the person who speaks for the body, if
    named, ``medium`` the kind of statement its relayed record names, if any.

    Relays naming one person join first, then relays naming only the body, and last a
    person's relay with a body's: a body's relay may carry either of two of its people's
    statements, and joins the cluster that person's relays already hold (the person echoed
    most often first). Within each, the closest relays first: agreeing, then refining,
    then reworded. The result does not depend on the order of ``relationships``.
    """
    echo_pairs: list[tuple[str, str]] = []
    apart: set[frozenset[str]] = set()
    kind_of: dict[tuple[str, str], Relation] = {}
    for a, b, kind, echo in sorted(relationships):
        if speaker(a) != speaker(b):
            continue  # an echo is one speaker's statement, never two speakers'
        if echo:
            echo_pairs.append((a, b))
            kind_of[a, b] = kind
        elif kind in _TWO_STATEMENTS or _changed(claims[a], claims[b]):
            apart.add(frozenset((a, b)))  # a revision, or two figures of the speaker
    members: dict[str, list[str]] = {}
    root: dict[str, str] = {}
    named = {x: person(x) for pair in echo_pairs for x in pair}
    kind_of_statement = {x: None if medium is None else medium(x) for x in named}
    voice = {x: (named[x], kind_of_statement[x]) for x in named}
    # per cluster root, the voices its claims name (a person, a kind of statement)
    voices: dict[str, set[tuple[str | None, str | None]]] = {}
    closeness = {Relation.AGREES: 0, Relation.REFINES: 1, Relation.REFINED_BY: 1}
    degree: Counter[str] = Counter(x for pair in echo_pairs for x in pair)

    def order(pair: tuple[str, str]) -> tuple[int, int, int, tuple[str, str]]:
        with_person = [x for x in pair if named[x] is not None]
        rank = 0 if len(with_person) == 2 else 1 if not with_person else 2
        often = -degree[with_person[0]] if rank == 2 else 0
        return (rank, closeness.get(kind_of[pair], 2), often, pair)

    echo_pairs.sort(key=order)
    for a, b in echo_pairs:
        ra, rb = root.get(a, a), root.get(b, b)
        if ra == rb:
            continue
        left, right = members.get(ra, [a]), members.get(rb, [b])
        vl = voices.get(ra) or {v for v in (voice[a],) if v != (None, None)}
        vr = voices.get(rb) or {v for v in (voice[b],) if v != (None, None)}
        if any(two_statements(x, y) is not None for x in vl for y in vr):
            continue  # two of the speaker's people, or two kinds of its statements
        if any(frozenset((x, y)) in apart for x in left for y in right):
            continue  # two statements of the speaker
        keep, gone = min(ra, rb), max(ra, rb)
        merged = sorted({*left, *right})
        members[keep] = merged
        members.pop(gone, None)
        voices[keep] = {*vl, *vr}
        voices.pop(gone, None)
        for x in merged:
            root[x] = keep
    return [m for _, m in sorted(members.items()) if len(m) > 1]


def bare(claim_id: str, cluster: Iterable[str], claims: Mapping[str, Claim]) -> bool:
    """Whether the claim's figure is another cluster member's figure without its qualifier."""
    value = claims[claim_id].value
    if not isinstance(value, Quantity):
        return False
    for other in cluster:
        other_value = claims[other].value
        if other != claim_id and isinstance(other_value, Quantity):
            found = _lossy(value, other_value)
            if found is not None and found[1] is value:
                return True
    return False


def primary(cluster: list[str], claims: Mapping[str, Claim]) -> str:
    """Return the relay that stands for an echo cluster.

    The shortest report chain (closest to the original statement), then a figure with its
    qualifier over the same figure without it, then the earliest statement, then the id.
    """

    def key(claim_id: str) -> tuple[int, int, str, str]:
        claim = claims[claim_id]
        depth = len(claim.via.chain()) if claim.via is not None else 1
        when = claim.statement_time
        return (
            depth,
            int(bare(claim_id, cluster, claims)),
            when.start.isoformat() if when else "~",
            claim_id,
        )

    return min(cluster, key=key)
