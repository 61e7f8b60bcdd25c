"""How often the graph stage's judge sees one key twice: the census behind a memo per key.

Run from the repository root::

    python3 benchmarks/judge_keys.py                    # 10,000 synthetic claims
    python3 benchmarks/judge_keys.py --sizes 10000 30000
    python3 benchmarks/judge_keys.py --news             # the real-news corpus instead

For each size the synthetic claims (``benchmarks/_synthetic.py``, seed 0) are aligned and
``claim_graph`` is built once with the judge (``relation._judge``, as the graph calls it)
watched: every judged pair's answer (kind, flag, strength, reasons) is kept with several
keys of what the judge reads, from the whole claims to their resolved facets only. Per
key it prints the distinct keys, the judged pairs per key (what a memo of the judgement
per key could save at most), and how many keys are *incomplete*: their pairs were given
more than one (kind, disputed) or more than one tuple of reasons, so a memo by that key
alone would change the output. The graph itself is built as usual; nothing is changed.

The keys (``a``, ``b``: the two claims; ``ra``, ``rb``: their resolution records):

- ``claims``: every field of both claims but the id, both records but the claim id, the
  score (a memo of the whole judgement as it is called today);
- ``facets``: the resolved ids of subject, predicate, perpetrator, place and speaker, the
  polarity, value, hedge, qualifiers and event time of each claim;
- ``facets+report``: ``facets`` with what the judge reads of the two claims' reports
  (one report or two, one event label or two, the reports' dates in order, one origin),
  and the statement times;
- ``relations``: ``facets+report`` with each place, event time and speaker replaced by
  whether the two claims give one (same, different, absent): the key of a judge whose
  reasons name the places, times and speakers only when read;
- ``outcomes``: ``relations`` with the place, time and perpetrator findings' outcomes
  (``relation._distinct.places`` and ``times``, ``relation._fields._actors``: equal,
  narrower, apart...) and whether the two speakers are one (``_distinct.speaker_key``)
  instead of the ids: what the judge's combination reads of them;
- ``texts``: ``facets`` with the claims' own texts (subject, predicate, perpetrator,
  place, source): what the reasons' wording reads.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

#: The keys, in the order they are printed.
KEYS = ("claims", "facets", "facets+report", "relations", "outcomes", "texts")


def _rid(hit: Any) -> object:
    return None if hit is None else hit.id


def _facets(c: Any, r: Any) -> tuple[object, ...]:
    return (
        _rid(r.subject), _rid(r.predicate), c.polarity, repr(c.value), c.hedge,
        c.qualifiers, _rid(r.actor), _rid(r.place), str(c.when), _rid(r.speaker),
    )  # fmt: skip


def _report(a: Any, b: Any, ra: Any, rb: Any) -> tuple[object, ...]:
    pa = a.via.published if a.via is not None else None
    pb = b.via.published if b.via is not None else None
    order = None if pa is None or pb is None else (pa > pb) - (pa < pb)
    return (
        a.via == b.via, a.event == b.event, a.event is None, b.event is None, order,
        _rid(ra.origin) == _rid(rb.origin), str(a.stated), str(b.stated),
    )  # fmt: skip


def _same(x: object, y: object) -> tuple[bool, bool, bool]:
    return (x is None, y is None, x == y)


def _whole(c: Any) -> tuple[str, ...]:
    import attrs  # noqa: PLC0415

    return tuple(repr(getattr(c, f.name)) for f in attrs.fields(type(c)) if f.name != "id")


def _record(r: Any) -> tuple[str, ...]:
    import attrs  # noqa: PLC0415

    return tuple(repr(getattr(r, f.name)) for f in attrs.fields(type(r)) if f.name != "claim_id")


def _outcomes(a: Any, b: Any, ra: Any, rb: Any, kw: dict[str, Any]) -> tuple[object, ...]:
    """The place, time and perpetrator findings' outcomes, and one speaker or two."""
    from claimrec.relation import _distinct  # noqa: PLC0415
    from claimrec.relation._denials import read_as_denial  # noqa: PLC0415
    from claimrec.relation._fields import _actors, _Pair  # noqa: PLC0415
    from claimrec.relation._figures import with_verb_figure  # noqa: PLC0415

    lookup = kw["lookup"]
    a, b = with_verb_figure(a, ra), with_verb_figure(b, rb)
    a, b = read_as_denial(a, ra), read_as_denial(b, rb)  # as _judge_pair reads them
    p = _Pair(a, b, ra, rb, lookup)
    (place, _), factor = _distinct.places(p, kw.get("place_relation"))
    one = _distinct.speaker_key(ra.speaker, a.source, lookup) == _distinct.speaker_key(
        rb.speaker, b.source, lookup
    )
    return (place.name, factor, _distinct.times(p)[0].name, _actors(p)[0].name, one)


def keys_of(
    a: Any, b: Any, ra: Any, rb: Any, score: float, *, kw: dict[str, Any] | None = None
) -> dict[str, tuple[object, ...]]:
    """Return each key of one judged pair (see the module's docstring).

    ``kw``: the judge's other arguments (``lookup``, ``place_relation``), for ``outcomes``.
    """
    fa, fb = _facets(a, ra), _facets(b, rb)
    report = _report(a, b, ra, rb)
    relations = (
        *fa[:7], *fb[:7], _same(fa[7], fb[7]), _same(fa[8], fb[8]), fa[9] == fb[9], report,
    )  # fmt: skip
    words = tuple((c.subject, c.predicate, c.actor, c.place, c.source.name) for c in (a, b))
    outcomes = (*fa[:6], *fb[:6], report) + (() if kw is None else _outcomes(a, b, ra, rb, kw))
    return {
        "claims": (_whole(a), _whole(b), _record(ra), _record(rb), score),
        "facets": (fa, fb),
        "facets+report": (fa, fb, report),
        "relations": relations,
        "outcomes": outcomes,
        "texts": (fa, fb, words),
    }


def census(
    rows: Iterable[tuple[dict[str, tuple[object, ...]], tuple[object, ...], object]],
) -> dict[str, dict[str, int]]:
    """Per key: pairs, distinct keys, keys given several kinds or several tuples of reasons.

    ``rows``: each judged pair's keys, its (kind, disputed) and its reasons.
    """
    kinds: dict[str, dict[tuple[object, ...], set[object]]] = {k: defaultdict(set) for k in KEYS}
    reasons: dict[str, dict[tuple[object, ...], set[object]]] = {k: defaultdict(set) for k in KEYS}
    pairs = 0
    for keys, kind, why in rows:
        pairs += 1
        for name in KEYS:
            kinds[name][keys[name]].add(kind)
            reasons[name][keys[name]].add(why)
    return {
        name: {
            "pairs": pairs,
            "keys": len(kinds[name]),
            "several_kinds": sum(1 for v in kinds[name].values() if len(v) > 1),
            "several_reasons": sum(1 for v in reasons[name].values() if len(v) > 1),
        }
        for name in KEYS
    }


def watch(judge: Callable[..., Any], rows: list[Any]) -> Callable[..., Any]:
    """Return ``judge`` that also appends each pair's keys and answer to ``rows``."""

    def watched(a: Any, b: Any, *, score: float, ra: Any, rb: Any, **kw: Any) -> Any:
        rel = judge(a, b, score=score, ra=ra, rb=rb, **kw)
        why = tuple((r.kind.value, r.detail) for r in rel.reasons)
        rows.append((keys_of(a, b, ra, rb, score, kw=kw), (rel.kind, rel.disputed), why))
        return rel

    return watched


def run(claims: list[Any], vocabulary: Any) -> dict[str, dict[str, int]]:
    """Align ``claims``, build their graph with the judge watched, and return the census."""
    sys.path.insert(0, str(ROOT))
    import claimrec as cr  # noqa: PLC0415
    from claimrec.graph import _building  # noqa: PLC0415

    alignment = cr.align(claims, vocabulary=vocabulary)
    rows: list[Any] = []
    plain = _building._judge  # noqa: SLF001
    _building._judge = watch(plain, rows)  # noqa: SLF001
    try:
        cr.claim_graph(alignment, vocabulary=vocabulary)
    finally:
        _building._judge = plain  # noqa: SLF001
    return census(rows)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--news", action="store_true", help="the real-news corpus (benchmarks/news/) instead"
    )
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    if args.news:
        import warnings  # noqa: PLC0415

        import claimrec as cr  # noqa: PLC0415
        from benchmarks import news_relations  # noqa: PLC0415

        claims = news_relations.load().claims
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", cr.ClaimrecWarning)
            _print(f"the real-news corpus, {len(claims):,} claims", run(claims, None))
        return
    from benchmarks._synthetic import build_world, generate  # noqa: PLC0415

    for n in args.sizes:
        started = time.perf_counter()
        data = generate(n, seed=args.seed)
        table = run(list(data.claims), build_world(seed=args.seed).vocabulary)
        seconds = time.perf_counter() - started
        _print(f"{n:,} claims ({seconds:.0f} s)", table)


def _print(title: str, table: dict[str, dict[str, int]]) -> None:
    print(f"\n{title}")
    print(
        "| key | judged pairs | distinct keys | pairs a key "
        "| keys, several kinds | keys, several reasons |"
    )
    print("|---|---:|---:|---:|---:|---:|")
    for name, row in table.items():
        per = row["pairs"] / row["keys"] if row["keys"] else 0.0
        print(
            f"| {name} | {row['pairs']:,} | {row['keys']:,} | {per:.2f} | "
            f"{row['several_kinds']:,} | {row['several_reasons']:,} |"
        )


if __name__ == "__main__":
    main()
