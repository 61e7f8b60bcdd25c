"""Which way the graph stage's judge answers each pair: the census behind a judge over columns.

Run from the repository root::

    python3 benchmarks/judge_paths.py                    # 10,000 synthetic claims
    python3 benchmarks/judge_paths.py --sizes 10000 30000
    python3 benchmarks/judge_paths.py --news             # the real-news corpus instead

For each size the synthetic claims (``benchmarks/_synthetic.py``, seed 0) are aligned and
``claim_graph`` is built once with the judge (``relation._judge``, as the graph calls it)
watched, and with it the rules the judge calls after (or around) its field comparison
(``relation._judge._judge_fields``), as ``relation._judge`` names them. A rule *answers*
a pair when it returns a relationship (``two_objects``, ``claimed_relation``,
``_perpetrator_dispute``, ``_account_dispute``, ``victim_dispute``) or changes the one it
is given (``both_deny``, ``_rivals_never_agree``, ``fighters_never_support``,
``_who_did_it``, ``two_events``). Per pair it keeps the shape the field comparison
branches on first (one polarity or two; one speaker identity, ``_distinct.speaker_key``,
or two), the rules that answered, the kind and flag, and the seconds the judge took.

It prints the judged pairs by shape and by the rules that answered, then, for the
*common path* (two speakers, one polarity, no rule after the fields answering: what a
judge of the field outcomes over arrays of pairs could answer, the others left to the
per-pair judge), the kinds given, how many of its pairs the combination answered from the
findings' outcomes alone (it called none of :data:`BEYOND`: the readings of its branches
of conflicting figures, times and events), and the share of the judge's time. The graph
itself is built as usual; nothing is changed.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

#: Rules that answer a pair by returning a relationship (None: no answer).
RETURNING = (
    "two_objects",
    "claimed_relation",
    "_perpetrator_dispute",
    "_account_dispute",
    "victim_dispute",
)
#: Rules given the relationship so far, that answer by returning another one.
CHANGING = ("both_deny", "_rivals_never_agree", "fighters_never_support", "_who_did_it")
#: What the field combination reads beyond the findings' outcomes, called only on its
#: branches of conflicting findings (figures: a later lower figure, a possible figure, a part,
#: places of different scope; any conflict: one time, one event, a rising toll) or of a
#: narrower figure (``refined_by_figure``): a pair that calls one is left to the per-pair
#: judge by a judge of outcomes over columns.
BEYOND = (
    "later_lower",
    "_possibility_above",
    "_a_part",
    "different_scope",
    "_rising",
    "_one_time",
    "_one_event",
    "refined_by_figure",
)


@contextmanager
def watched(hits: list[str]) -> Iterator[None]:
    """Within the block, the judge's rules append their name to ``hits`` when they answer.

    The readings of :data:`BEYOND` append theirs, marked ``~``, whenever they are called.
    """
    sys.path.insert(0, str(ROOT))
    import importlib  # noqa: PLC0415

    judge = importlib.import_module("claimrec.relation._judge")
    plain = {name: getattr(judge, name) for name in (*RETURNING, *CHANGING, *BEYOND)}

    def returning(name: str, rule: Callable[..., Any]) -> Callable[..., Any]:
        def rule_watched(*args: Any, **kw: Any) -> Any:
            out = rule(*args, **kw)
            if out is not None:
                hits.append(name)
            return out

        return rule_watched

    def changing(name: str, rule: Callable[..., Any]) -> Callable[..., Any]:
        def rule_watched(p: Any, rel: Any, *args: Any) -> Any:
            out = rule(p, rel, *args)
            if out is not rel:
                hits.append(name)
            return out

        return rule_watched

    def called(name: str, read: Callable[..., Any]) -> Callable[..., Any]:
        def read_watched(*args: Any, **kw: Any) -> Any:
            hits.append("~" + name)  # read, not an answer
            return read(*args, **kw)

        return read_watched

    for name in BEYOND:
        setattr(judge, name, called(name, plain[name]))
    for name in RETURNING:
        setattr(judge, name, returning(name, plain[name]))
    for name in CHANGING:
        setattr(judge, name, changing(name, plain[name]))
    try:
        yield
    finally:
        for name, rule in plain.items():
            setattr(judge, name, rule)


def shape(a: Any, b: Any, ra: Any, rb: Any, lookup: Any) -> tuple[bool, bool]:
    """Whether the two claims have one polarity, and one speaker identity (as the judge reads)."""
    from claimrec.relation import _distinct  # noqa: PLC0415

    one_speaker = _distinct.speaker_key(ra.speaker, a.source, lookup) == _distinct.speaker_key(
        rb.speaker, b.source, lookup
    )
    return a.polarity is b.polarity, one_speaker


def run(claims: list[Any], vocabulary: Any) -> list[tuple[Any, ...]]:
    """Align ``claims``, build their graph with the judge watched; return a row per pair.

    A row: (one polarity, one speaker, the rules that answered, kind, disputed, seconds,
    the readings of :data:`BEYOND` the combination made, each once, marked ``~``).
    ``two_events`` (which ``_judge`` applies last) counts as a rule that answered when it
    changed the answer.
    """
    sys.path.insert(0, str(ROOT))
    import claimrec as cr  # noqa: PLC0415
    from claimrec.graph import _building  # noqa: PLC0415
    from claimrec.relation import _relate  # noqa: PLC0415
    from claimrec.relation._judge import _judge_pair  # noqa: PLC0415
    from claimrec.relation._past import two_events  # noqa: PLC0415

    alignment = cr.align(claims, vocabulary=vocabulary)
    rows: list[tuple[Any, ...]] = []
    hits: list[str] = []

    def judge(a: Any, b: Any, *, score: float, lookup: Any, ra: Any, rb: Any, **kw: Any) -> Any:
        # _judge's body (_judge_pair, then two_events), timed and watched
        hits.clear()
        start = time.perf_counter()
        rel = _judge_pair(
            a, b, score, lookup, kw["tolerance"], kw["dispute_ratio"], ra, rb,
            kw.get("place_relation"),
        )  # fmt: skip
        out = two_events(rel, a, b, ra, rb, lookup)
        seconds = time.perf_counter() - start
        if out is not rel:
            hits.append("two_events")
        one_polarity, one_speaker = shape(a, b, ra, rb, lookup)
        answered = tuple(h for h in hits if not h.startswith("~"))
        beyond = tuple(sorted({h for h in hits if h.startswith("~")}))
        rows.append(
            (one_polarity, one_speaker, answered, out.kind.value, out.disputed, seconds, beyond)
        )
        return out

    plain = _building._judge, _relate._judge  # noqa: SLF001
    _building._judge = _relate._judge = judge  # noqa: SLF001
    try:
        with watched(hits):
            cr.claim_graph(alignment, vocabulary=vocabulary)
    finally:
        _building._judge, _relate._judge = plain  # noqa: SLF001
    return rows


def census(rows: list[tuple[Any, ...]]) -> dict[str, Counter[str]]:
    """Count the rows by shape, by rules answering, and the common path's kinds and time."""
    shapes: Counter[str] = Counter()
    rules: Counter[str] = Counter()
    common: Counter[str] = Counter()
    seconds: Counter[str] = Counter()
    for one_polarity, one_speaker, answered, kind, disputed, took, beyond in rows:
        polarity = "one polarity" if one_polarity else "two polarities"
        shapes[f"{polarity}, {'one speaker' if one_speaker else 'two speakers'}"] += 1
        for name in answered or ("(the fields alone)",):
            rules[name] += 1
        path = "common" if one_polarity and not one_speaker and not answered else "other"
        seconds[path] += took  # type: ignore[assignment]
        if path == "common":
            common[kind + (" (disputed)" if disputed else "")] += 1
            common["(outcomes alone)" if not beyond else "(read beyond the outcomes)"] += 1
            for name in beyond:  # which readings: "(~later_lower)"...
                common[f"({name})"] += 1
            if not beyond:
                seconds["outcomes"] += took  # type: ignore[assignment]
    return {"shapes": shapes, "rules": rules, "common": common, "seconds": seconds}


def _print(title: str, rows: list[tuple[Any, ...]]) -> None:
    table = census(rows)
    total = len(rows)
    print(f"\n{title}: {total:,} judged pairs")
    for name in ("shapes", "rules", "common"):
        print(f"| {name} | pairs | share |\n|---|---:|---:|")
        for key, count in table[name].most_common():
            print(f"| {key} | {count:,} | {count / max(total, 1):.1%} |")
    spent = table["seconds"]
    whole = spent["common"] + spent["other"] or 1.0
    print(
        f"the judge's seconds (with the watch): {whole:.2f}; the common path "
        f"{spent['common']:.2f} ({spent['common'] / whole:.0%}; of it, the outcomes alone "
        f"{spent['outcomes']:.2f}, {spent['outcomes'] / whole:.0%}), the others "
        f"{spent['other']:.2f} ({spent['other'] / whole:.0%})"
    )


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

        import attrs  # noqa: PLC0415

        import claimrec as cr  # noqa: PLC0415
        from benchmarks import news_relations  # noqa: PLC0415

        # as news_relations evaluates it: the event labels withheld
        claims = [
            attrs.evolve(c, event=None) if c.event is not None else c
            for c in news_relations.load().claims
        ]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", cr.ClaimrecWarning)
            _print(f"the real-news corpus, {len(claims):,} claims", run(claims, None))
        return
    from benchmarks._synthetic import build_world, generate  # noqa: PLC0415

    for n in args.sizes:
        data = generate(n, seed=args.seed)
        _print(f"{n:,} claims", run(list(data.claims), build_world(seed=args.seed).vocabulary))


if __name__ == "__main__":
    main()
