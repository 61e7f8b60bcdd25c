"""Why claimrec misses the real-news corpus's figure disputes: a diagnostic, by class.

Run from the repository root::

    python3 benchmarks/news_missed.py                       # contradicts and refines
    python3 benchmarks/news_missed.py --gold contradicts --show 5

For every gold pair of the chosen kinds that claimrec gets wrong, it names the stage that
drops it: ``compatible`` pairs by the rule that made them so (the reason the graph gives:
not one time, not one event, a rising toll, one speaker...), ``unrelated`` pairs by why
the graph never related them (different alignment groups and what alignment rejected,
different predicates or subjects, unresolved fields), and prints counts per class with a
few examples each.
"""

from __future__ import annotations

import argparse
import sys
import warnings
from collections import Counter, defaultdict
from pathlib import Path

import attrs

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from news_relations import KINDS, _predicted, load

import claimrec as cr
from claimrec.relation import _fields as f
from claimrec.relation._lookup import _lookup


def _why_compatible(rel: cr.Relationship) -> str:
    details = [r.detail for r in rel.reasons]
    kinds = {r.kind.value for r in rel.reasons}
    for marker, name in (
        ("at one time", "one-time rule"),
        ("rose between", "rising toll"),
        ("nothing places the two claims in one event", "one-event rule"),
        ("gives both", "same speaker"),
        ("relays of one", "same speaker relays"),
        ("an impression", "vague figure"),
        ("counts a part", "part of the whole"),
        ("denies a claim other", "denial of another claim"),
        ("denial in the event", "denial, no one event"),
    ):
        if any(marker in d for d in details):
            return name
    if "numeric" in kinds and any("apart" in d for d in details):
        return "figures far apart (nested)"
    if any("overlap" in d for d in details):
        return "overlapping values"
    return "other: " + "; ".join(sorted(details))[:100]


def _outcomes(a: cr.Claim, b: cr.Claim, ra: object, rb: object) -> str:
    """The field findings of a pair, by name (subject, predicate, actor, place, time, value)."""
    p = f._Pair(a, b, ra, rb, _lookup(None))  # noqa: SLF001
    found = {
        "subject": f._subjects(p)[0],  # noqa: SLF001
        "predicate": f._predicates(p)[0],  # noqa: SLF001
        "actor": f._actors(p)[0],  # noqa: SLF001
        "place": f._places(p, None)[0][0],  # noqa: SLF001
        "time": f._times(p)[0],  # noqa: SLF001
        "value": f._values(a, b, p.lookup, 0.05, 2.0)[0][0],  # noqa: SLF001
    }
    return " ".join(f"{k}={v.name}" for k, v in found.items() if v.name != "EQUAL")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", nargs="+", default=["contradicts", "refines"], choices=KINDS)
    parser.add_argument("--events", nargs="+")
    parser.add_argument("--show", type=int, default=3, help="examples per class")
    parser.add_argument("--all-values", action="store_true", help="not only two figures")
    args = parser.parse_args(argv)
    corpus = load(events=args.events)
    claims = [attrs.evolve(c, event=None) for c in corpus.claims]
    by_id = {c.id: c for c in claims}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", cr.ClaimrecWarning)
        graph = cr.claim_graph(claims)
        echo_of = {c.id: n for n, e in enumerate(graph.echoes()) for c in e.claims}
        res = cr.resolve(claims)
    classes: dict[str, Counter[str]] = defaultdict(Counter)
    examples: dict[tuple[str, str], list[str]] = defaultdict(list)
    for (a, b), (gold, note) in sorted(corpus.pairs.items()):
        if gold not in args.gold:
            continue
        guess = _predicted(graph, a, b, echo_of)
        if guess == gold:
            continue
        ca, cb = by_id[a], by_id[b]
        figures = isinstance(ca.value, cr.Quantity) and isinstance(cb.value, cr.Quantity)
        if not (figures or args.all_values):
            continue
        ra, rb = res[a], res[b]
        if guess == "compatible":
            rel = graph.relationship(a, b)
            assert rel is not None
            why = _why_compatible(rel)
            if why.startswith("other"):
                why = "fields " + _outcomes(ca, cb, ra, rb)
        elif guess == "unrelated":
            pa = ra.predicate.id if ra.predicate else None
            pb = rb.predicate.id if rb.predicate else None
            sa = ra.subject.id if ra.subject else None
            sb = rb.subject.id if rb.subject else None
            rel = cr.relate(ca, cb, context=claims)
            if rel.kind is not cr.Relation.UNRELATED:
                why = f"graph never paired (relate says {rel.kind.value})"
            elif pa is None or pb is None:
                why = "predicate unresolved"
            elif pa != pb:
                why = f"predicates {pa} / {pb}"
            elif sa is None or sb is None:
                why = "subject unresolved"
            else:
                why = "unaligned: " + rel.reasons[0].detail.split(":")[0]
        else:
            rel = graph.relationship(a, b)
            why = f"read as {guess}"
        classes[gold][f"{guess}: {why}"] += 1
        key = (gold, f"{guess}: {why}")
        if len(examples[key]) < args.show:
            reasons = "" if rel is None else " | ".join(str(r) for r in rel.reasons)[:300]
            examples[key].append(
                f"      {a} [{ca.subject!r} {ca.predicate!r} {ca.value} @{ca.place} "
                f"{ca.when} src={ca.source.name!r}]\n      {b} [{cb.subject!r} {cb.predicate!r} "
                f"{cb.value} @{cb.place} {cb.when} src={cb.source.name!r}]\n"
                f"        # {note}\n        -> {reasons}"
            )
    for gold, counter in classes.items():
        print(f"gold {gold}: {sum(counter.values())} missed")
        for why, n in counter.most_common():
            print(f"  {n:5d}  {why}")
            for line in examples[(gold, why)]:
                print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
