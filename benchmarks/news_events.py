"""Why claimrec splits (or merges) gold events: the event clustering, cluster by cluster.

Run from the repository root::

    python3 benchmarks/news_events.py                 # per gold event: claimrec's clusters
    python3 benchmarks/news_events.py --claims        # and each claim of a split event
    python3 benchmarks/news_events.py --events moura-2022 --claims

For every gold event it prints how its claims fall into claimrec events (largest first,
with each event's reasons), and the claimrec events that mix gold events (false links).
With ``--claims`` each claim of a split event is shown with what could link it: its
report, place words, resolved place, time, report-date bound, aligned item. ``--dir`` and
``--events`` choose the corpus as in ``news_relations.py``; the fresh held-out events
stay blind (this prints claims), so outside ``benchmarks/news/`` ``--events`` is needed.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import warnings
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

import attrs

sys.path.insert(0, str(Path(__file__).resolve().parent))
import news_relations as nr

import claimrec as cr
from claimrec.graph import _incidents


def _line(claim: cr.Claim, rec: cr.ClaimResolution, group: str | None) -> str:
    place = rec.place.id if rec.place is not None else "-"
    bound = rec.happened_by.id + f"({rec.happened_by.rule})" if rec.happened_by else "-"
    via = claim.via.id[:18] if claim.via is not None else "-"
    return (
        f"    {claim.id:<28} via={via:<18} place={claim.place!r}->{place} "
        f"when={claim.when} by={bound} item={group or '-'} "
        f"[{claim.subject} | {claim.predicate}]"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=nr.CORPUS)
    parser.add_argument("--events", nargs="+")
    parser.add_argument("--claims", action="store_true", help="list the claims of split events")
    args = parser.parse_args(argv)
    if not args.events and args.dir.resolve() != nr.CORPUS.resolve():
        parser.error("outside benchmarks/news/ this needs --events (blind events stay blind)")
    corpus = nr.load(args.dir, args.events)
    claims = [attrs.evolve(c, event=None) if c.event is not None else c for c in corpus.claims]
    trace: list[tuple[str, str, str]] = []
    _incidents._TRACE = trace  # noqa: SLF001 - the links, to explain them
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", cr.ClaimrecWarning)
        graph = cr.claim_graph(claims)
        events = graph.events()
    res = graph.resolution
    by_id = {c.id: c for c in claims}
    groups = {c.id: gid for gid, members in graph.groups().items() for c in members}
    of = {c.id: e for e in events for c in e.claims}
    gold: dict[str, list[str]] = defaultdict(list)
    for cid, label in corpus.events.items():
        gold[label].append(cid)
    missed = 0
    for label, ids in sorted(gold.items(), key=lambda kv: -len(kv[1])):
        split = Counter(of[c].id for c in ids)
        pairs = len(ids) * (len(ids) - 1) // 2
        got = sum(n * (n - 1) // 2 for n in split.values())
        missed += pairs - got
        print(f"{label}: {len(ids)} claims in {len(split)} events, links {got}/{pairs}")
        for eid, n in split.most_common(6):
            event = next(e for e in events if e.id == eid)
            print(f"  {n:>3} {eid} {event.label!r} {'; '.join(event.reasons)}")
        if args.claims and len(split) > 1:
            main_event = split.most_common(1)[0][0]
            for cid in sorted(ids):
                if of[cid].id != main_event:
                    print(_line(by_id[cid], res[cid], groups.get(cid)))
    print(f"missed links: {missed}")
    false = Counter()
    for a, b in itertools.combinations(sorted(corpus.events), 2):
        if corpus.events[a] != corpus.events[b] and of[a].id == of[b].id:
            false[of[a].id, corpus.events[a], corpus.events[b]] += 1
    print(f"false links: {sum(false.values())}")
    for (eid, ga, gb), n in false.most_common(20):
        event = next(e for e in events if e.id == eid)
        print(f"  {n:>4} {eid} {ga} + {gb}: {'; '.join(event.reasons)}")
    crossing = Counter(
        reason for a, b, reason in trace if corpus.events.get(a) != corpus.events.get(b)
    )
    print(f"links across gold events, by reason: {dict(crossing)}")
    if args.claims:
        for a, b, reason in trace:
            if corpus.events.get(a) != corpus.events.get(b):
                print(f"  {reason}: {a} ({by_id[a].place!r}, {by_id[a].when}) + "
                      f"{b} ({by_id[b].place!r}, {by_id[b].when})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
