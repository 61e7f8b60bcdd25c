"""Why claimrec misses a gold pair: the stage that drops it (``news_relations.py --why``).

For each gold pair of the chosen kind that claimrec gives another kind, this says, in
order, where the pair is lost:

``judged``
    ``relate(a, b, context=claims)`` gives the gold kind but the graph does not: the
    graph never proposes the pair (no alignment group, no extra pair generator).
``figures``
    Both claims state a figure: a toll or count dispute (the one-time rule, parts...).
``rejected:<feature>`` / ``score``
    Alignment keeps the pair apart (the failing feature), and no rule looks again.
``judge:<reason kind>``
    The pair is compared but judged another kind; the reason named is the first one the
    judge gives (``item``: nothing places them in one event; ``polarity``...).

and, for pairs where one claim says who did it, which check of the perpetrator rule
(``relation._relate._perpetrator_reason``) fails first: ``role`` (a predicate that is
neither an attribution nor a violent act), ``no-attribution``, ``perp`` (no perpetrator
read exactly), ``same-party``, ``other-party-denied``, ``two-denials``, ``fighters``,
``same-speaker``, ``one-event``.

The per-claim columns are the resolution: predicate id (rule), perpetrator, subject,
place, polarity. A quick tool for engineers, not a figure of the benchmark.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import claimrec as cr
from claimrec.alignment import _pair_score
from claimrec.graph._building import _Memo
from claimrec.relation import (
    _fighters,
    _lookup,
    _one_article,
    _one_event,
    _Pair,
    _perpetrator_of,
    _perpetrator_role,
    _relate_scored,
)
from claimrec.resolution._resolver import _speaker_key
from claimrec.vocab import Actor


def _perp_stage(p: _Pair) -> str:
    """The first check of the perpetrator rule that the pair fails ("ok" when none)."""
    ra, rb, lookup = p.ra, p.rb, p.lookup
    role_a, role_b = _perpetrator_role(ra, lookup), _perpetrator_role(rb, lookup)
    if role_a is None or role_b is None:
        return "role"
    if "attribution" not in (role_a, role_b):
        return "no-attribution"
    pa, pb = _perpetrator_of(ra), _perpetrator_of(rb)
    if pa is None or pb is None:
        return "perp"
    first, second = pa.record, pb.record
    assert isinstance(first, Actor)
    assert isinstance(second, Actor)
    same = first.id == second.id or (first.party is not None and first.party == second.party)
    a, b = p.a, p.b
    if a.polarity is b.polarity:
        if a.denied:
            return "two-denials"
        if same:
            return "same-party"
    elif not same:
        return "other-party-denied"
    if (role_a == "act" and _fighters(ra, lookup)) or (role_b == "act" and _fighters(rb, lookup)):
        return "fighters"
    vocab = lookup.vocabulary
    if _speaker_key(ra.speaker, a.source, vocab) == _speaker_key(rb.speaker, b.source, vocab):
        return "same-speaker"
    if not (_one_event(p, None) or _one_article(a, b)):
        return "one-event"
    return "ok"


def _says_who(claim: cr.Claim, rec: cr.ClaimResolution) -> bool:
    return claim.actor is not None or rec.actor is not None


def _describe(claim: cr.Claim, rec: cr.ClaimResolution) -> str:
    def hit(r: cr.Resolved | None) -> str:
        return "-" if r is None else f"{r.id}({r.rule})"

    value = "" if claim.value is None else f" v={claim.value!s:.30}"
    actor = f" actor={claim.actor!r}->{hit(rec.actor)}" if _says_who(claim, rec) else ""
    return (
        f"{claim.id}: {'NOT ' if claim.denied else ''}{claim.subject!r:.40} "
        f"/{claim.predicate!r}->{hit(rec.predicate)}{value}{actor} "
        f"place={hit(rec.place)} speaker={hit(rec.speaker)}"
    )


def why(
    claims: Sequence[cr.Claim],
    gold: dict[tuple[str, str], tuple[str, str]],
    predicted: dict[tuple[str, str], str],
    kind: str = "contradicts",
) -> str:
    """Return, for each gold pair of ``kind`` claimrec misses, the stage that drops it."""
    resolution = cr.resolve(list(claims))
    alignment = cr.align(list(claims), resolution=resolution)
    table, opts = alignment._table, alignment._opts  # noqa: SLF001
    memo = _Memo(alignment.resolution)
    lookup = _lookup(None)
    position = {c.id: k for k, c in enumerate(alignment.claims)}
    by_id = {c.id: c for c in alignment.claims}
    lines: list[str] = []
    stages: Counter[str] = Counter()
    perps: Counter[str] = Counter()
    for (x, y), (label, note) in sorted(gold.items()):
        guess = predicted.get((x, y))
        if label != kind or guess == kind:
            continue
        a, b = by_id[x], by_id[y]
        ra, rb = memo[position[x]], memo[position[y]]
        pair = _pair_score(table, position[x], position[y], opts)
        rel = _relate_scored(a, b, pair, lookup, 0.05, 2.0, ra, rb)
        judged = rel.kind.value.replace("refined_by", "refines").replace("revised_by", "revises")
        if judged == kind:
            stage = "judged"  # relate finds it, the graph never proposes the pair
        elif isinstance(a.value, cr.Quantity) and isinstance(b.value, cr.Quantity):
            stage = f"figures:{judged}"
        elif rel.kind is cr.Relation.UNRELATED and not pair.aligned:
            stage = f"rejected:{pair.rejected}" if pair.rejected else "score"
        else:
            first = rel.reasons[0].kind.value if rel.reasons else "-"
            items = [r for r in rel.reasons if r.kind is cr.ReasonKind.ITEM]
            stage = f"judge:{judged}:{(items[0] if items else rel.reasons[0]).detail[:40]}"
            stage = stage if items else f"judge:{judged}:{first}"
        perp = "-"
        if _says_who(a, ra) or _says_who(b, rb):
            perp = _perp_stage(_Pair(a, b, ra, rb, lookup))
            perps[perp] += 1
        stages[stage.split(":")[0] + ":" + stage.split(":")[1] if ":" in stage else stage] += 1
        lines.append(f"[{stage}] perp={perp} graph={guess}  # {note[:110]}")
        lines.append(f"    {_describe(a, ra)}")
        lines.append(f"    {_describe(b, rb)}")
    lines.append("")
    lines.append(f"missed gold {kind} pairs by stage:")
    lines += [f"  {n:>5}  {s}" for s, n in stages.most_common()]
    lines.append("of those naming a perpetrator, the first perpetrator check failed:")
    lines += [f"  {n:>5}  {s}" for s, n in perps.most_common()]
    return "\n".join(lines)
