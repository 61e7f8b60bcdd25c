"""Tell, for each gold pair claimrec gets wrong, which stage decided it.

Run from the repository root::

    python3 benchmarks/news_why.py                        # echo-related errors, by stage
    python3 benchmarks/news_why.py --gold echo --stage speaker
    python3 benchmarks/news_why.py --gold agrees --got echo --list
    python3 benchmarks/news_why.py --corroborations       # the false corroborations

Stages, in the order a pair goes through them:

``speaker``
    the two claims' speaker identities differ (resolution), so no echo, revision or
    same-speaker rule can apply; the two keys are shown.
``alignment``
    one speaker, but alignment keeps the claims apart and no relay rule rescues them:
    ``relate(a, b, context=claims)`` is ``unrelated``; its failing feature is shown.
``judge``
    one speaker, related, but the judge gives no echo (a revision, two figures, the same
    report twice...); the kind and its same-speaker or relay reason are shown.
``cluster``
    the pair itself is an echo, but the graph keeps it in two echo clusters (one claim of
    each is another statement of the speaker).
``graph``
    ``relate`` would echo the pair, but the graph never related it (not a candidate).
``echo``
    (for gold pairs that are not echoes) the graph puts both claims in one echo: whether
    the pair itself carries an echo reason (``direct``) or joins through others
    (``chained``).

It reads the corpus as ``news_relations.py`` does (one graph, event labels withheld).
"""

from __future__ import annotations

import argparse
import sys
import warnings
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import attrs

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import news_relations as nr

import claimrec as cr
from claimrec.relation import ReasonKind, Relation


def _speaker_text(graph: cr.ClaimGraph, cid: str) -> str:
    rec = graph.resolution[cid]
    hit = rec.speaker
    claim = graph.claim(cid)
    read = "-" if hit is None else f"{hit.id}/{hit.rule}"
    return f"{claim.source.name!r}->{read}"


def _brief(rel: cr.Relationship | None) -> str:
    if rel is None:
        return "none"
    kinds = (ReasonKind.SAME_SPEAKER, ReasonKind.LOSSY_RELAY, ReasonKind.ECHO, ReasonKind.ITEM)
    shown = [str(r) for r in rel.reasons if r.kind in kinds] or [str(r) for r in rel.reasons]
    return f"{rel.kind.value}: " + " | ".join(shown[:2])


def diagnose(corpus: nr.Corpus) -> list[dict[str, str]]:
    """Return one row per wrong gold pair: ids, gold, got, stage, detail."""
    claims = [attrs.evolve(c, event=None) if c.event is not None else c for c in corpus.claims]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", cr.ClaimrecWarning)
        graph = cr.claim_graph(claims)
        echo_of = {c.id: n for n, e in enumerate(graph.echoes()) for c in e.claims}
    rows = []
    for (a, b), (gold, note) in sorted(corpus.pairs.items()):
        got = nr._predicted(graph, a, b, echo_of)  # noqa: SLF001 - the benchmark's reading
        if got == gold:
            continue
        rel = graph.relationship(a, b)
        ka = graph.resolution.speaker_key(a)
        kb = graph.resolution.speaker_key(b)
        speakers = f"{_speaker_text(graph, a)} {_speaker_text(graph, b)}"
        if got == "echo":
            direct = rel is not None and bool(rel.reasons_of(ReasonKind.ECHO))
            stage, detail = "echo", f"{'direct' if direct else 'chained'} key={ka} {speakers}"
        elif ka != kb:
            stage, detail = "speaker", f"{ka} != {kb}: {speakers}"
        elif rel is not None and rel.reasons_of(ReasonKind.ECHO):
            stage, detail = "cluster", _brief(rel)
        elif rel is not None:
            stage, detail = "judge", _brief(rel)
        else:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", cr.ClaimrecWarning)
                alone = cr.relate(graph.claim(a), graph.claim(b), context=claims)
            if alone.kind is Relation.UNRELATED:
                stage, detail = "alignment", _brief(alone)
            else:
                stage, detail = "graph", _brief(alone)
        row = {"a": a, "b": b, "gold": gold, "got": got, "stage": stage}
        rows.append({**row, "detail": detail, "note": note})
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    """Command line entry point; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=nr.CORPUS)
    parser.add_argument("--events", nargs="+")
    parser.add_argument("--gold", nargs="+", help="gold kinds (default: echo errors)")
    parser.add_argument("--got", nargs="+", help="claimrec kinds")
    parser.add_argument("--stage", nargs="+")
    parser.add_argument("--list", action="store_true", help="list the pairs")
    parser.add_argument("--corroborations", action="store_true")
    args = parser.parse_args(argv)
    corpus = nr.load(args.dir, args.events)
    if args.corroborations:
        fig = nr.evaluate(corpus)
        for a, b, gold in fig.false_corroborations:
            print(f"{a}  {b}  gold={gold}  # {corpus.pairs.get((min(a, b), max(a, b)))}")
        return 0
    rows = diagnose(corpus)
    if args.gold:
        rows = [r for r in rows if r["gold"] in args.gold]
    elif not args.got:
        rows = [r for r in rows if "echo" in (r["gold"], r["got"])]
    if args.got:
        rows = [r for r in rows if r["got"] in args.got]
    if args.stage:
        rows = [r for r in rows if r["stage"] in args.stage]
    if args.list:
        for r in rows:
            print(f"{r['a']}  {r['b']}  {r['gold']}->{r['got']}  [{r['stage']}] {r['detail']}")
            print(f"    # {r['note']}")
        print()
    counts = Counter((r["gold"], r["got"], r["stage"]) for r in rows)
    for (gold, got, stage), n in sorted(counts.items(), key=lambda x: -x[1]):
        print(f"{n:>5}  {gold:>11} -> {got:<11} {stage}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
