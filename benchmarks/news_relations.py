"""Score claimrec on the real-news corpus: relations, echoes, contradictions, events.

Run from the repository root::

    python3 benchmarks/news_relations.py                 # the whole corpus
    python3 benchmarks/news_relations.py --events moura-2022 palma-2021
    python3 benchmarks/news_relations.py --check         # validate the corpus only
    python3 benchmarks/news_relations.py --pairs wrong   # list the pairs claimrec gets wrong
    python3 benchmarks/news_relations.py --why contradicts   # the stage that drops each
                                                             # missed gold pair of a kind
                                                             # (benchmarks/news_why.py)

The corpus (``benchmarks/news/``, annotated by ``docs/annotating.md``) holds one JSON Lines
file of claims per event, with gold relations (``*.gold-pairs.jsonl``) and each claim's gold
event (``*.gold-events.jsonl``). The benchmark withholds nothing but the gold: claims carry
no event label, and every event is put through **one** :func:`claimrec.claim_graph`
together, as an analyst's mixed feed would be. It then compares, pair by pair, what
claimrec says with what the annotator said.

How a pair's claimrec relation is read
    ``echo`` when both claims are in one :class:`claimrec.Echo`; otherwise the graph's
    relationship (refines/refined_by read as ``refines``, revises/revised_by as
    ``revises``); ``unrelated`` when the graph has none.

Figures printed
    The confusion matrix gold x claimrec; recall per gold kind; recall over all
    non-unrelated gold pairs (exact kind, and "linked": any relation at all); precision and
    recall of contradictions (precision over every contradiction in the graph: gold
    contradictions are exhaustive within an event and pairs across events are unrelated);
    echo recall; false contradictions (per 200 claims); false corroborations (a gold echo or
    contradiction listed as support in a :class:`claimrec.Corroboration`); support across
    events (``crossCorrob``: a claim listed as support of a claim of another gold event, the
    pair unlabelled: one incident's toll "corroborated" by another's); event clustering
    pairwise precision and recall when the graph has events; the share of claims whose
    predicate, subject, place or speaker does not resolve; from :func:`claimrec.reconcile`,
    the toll items with figures that get a numeric estimate and the contradicting pairs whose
    claims are both ``chosen``. The last line sums it up.
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
import time
import warnings
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import attrs

# Score the claimrec of this checkout, not whichever one is installed.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import claimrec as cr

CORPUS = Path(__file__).resolve().parent / "news"
KINDS = ("echo", "agrees", "refines", "compatible", "contradicts", "revises", "unrelated")
RELATED = KINDS[:-1]
_FOLD = {"refined_by": "refines", "revised_by": "revises"}
_FIELDS = ("predicate", "subject", "place", "speaker")


# --------------------------------------------------------------------------- loading


@dataclass
class Corpus:
    """The claims, gold pairs and gold events of the chosen event files."""

    claims: list[cr.Claim]
    pairs: dict[tuple[str, str], tuple[str, str]]  # sorted (a, b) -> (relation, note)
    events: dict[str, str]  # claim id -> gold event label
    aggregates: set[str]  # claim ids of aggregate claims
    files: list[str]
    pair_file: dict[tuple[str, str], str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def _jsonl(path: Path) -> Iterable[tuple[int, dict[str, Any]]]:
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                yield number, json.loads(line)


def event_files(directory: Path = CORPUS) -> list[str]:
    """Return the slugs of the event files in the corpus, sorted."""
    return sorted(p.stem for p in directory.glob("*.jsonl") if "gold" not in p.name)


def load(directory: Path = CORPUS, events: Sequence[str] | None = None) -> Corpus:
    """Load the chosen events (all by default) and check the gold against the claims."""
    slugs = list(events) if events else event_files(directory)
    corpus = Corpus(claims=[], pairs={}, events={}, aggregates=set(), files=slugs)
    problems = corpus.problems
    seen: set[str] = set()
    for slug in slugs:
        path = directory / f"{slug}.jsonl"
        if not path.exists():
            problems.append(f"{path}: no such event file")
            continue
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            claims = cr.read_jsonl(path)
        problems.extend(f"{path}: warning: {w.message}" for w in caught)
        ids = {c.id for c in claims}
        for claim in claims:
            if claim.id in seen:
                problems.append(f"{path}: claim id {claim.id!r} is used in another file")
            seen.add(claim.id)
            if claim.event is not None:
                problems.append(f"{path}: claim {claim.id!r} carries an event label")
        corpus.claims.extend(claims)
        _load_events(directory / f"{slug}.gold-events.jsonl", ids, corpus)
        _load_pairs(directory / f"{slug}.gold-pairs.jsonl", ids, corpus, slug)
    return corpus


def _load_events(path: Path, ids: set[str], corpus: Corpus) -> None:
    if not path.exists():
        corpus.problems.append(f"{path}: missing")
        return
    labelled: set[str] = set()
    for number, row in _jsonl(path):
        claim, event = row.get("claim"), row.get("event")
        where = f"{path}:{number}"
        if claim not in ids:
            corpus.problems.append(f"{where}: unknown claim {claim!r}")
        elif not isinstance(event, str) or not event:
            corpus.problems.append(f"{where}: event must be a non-empty string")
        elif claim in labelled:
            corpus.problems.append(f"{where}: claim {claim!r} has a second event")
        else:
            labelled.add(claim)
            corpus.events[claim] = event
            if row.get("aggregate"):
                corpus.aggregates.add(claim)
    corpus.problems.extend(f"{path}: claim {c!r} has no gold event" for c in sorted(ids - labelled))


def _load_pairs(path: Path, ids: set[str], corpus: Corpus, slug: str) -> None:
    if not path.exists():
        corpus.problems.append(f"{path}: missing")
        return
    for number, row in _jsonl(path):
        a, b, relation = row.get("a"), row.get("b"), row.get("relation")
        where = f"{path}:{number}"
        bad = [x for x in (a, b) if x not in ids]
        if bad:
            corpus.problems.append(f"{where}: unknown claim(s) {bad}")
            continue
        if a == b:
            corpus.problems.append(f"{where}: a claim paired with itself")
            continue
        if relation not in KINDS:
            corpus.problems.append(f"{where}: relation {relation!r} is not one of {KINDS}")
            continue
        if not row.get("note"):
            corpus.problems.append(f"{where}: no note")
        key = (min(a, b), max(a, b))
        if key in corpus.pairs:
            corpus.problems.append(f"{where}: pair {key} is listed twice")
            continue
        corpus.pairs[key] = (relation, row.get("note", ""))
        corpus.pair_file[key] = slug


# --------------------------------------------------------------------------- scoring


@dataclass
class Figures:
    """Everything the benchmark prints, as numbers."""

    claims: int
    events: int
    confusion: dict[str, Counter[str]]
    predicted: dict[tuple[str, str], str]
    graph_contradictions: int
    false_contradictions: list[tuple[str, str, str]]
    false_corroborations: list[tuple[str, str, str]]
    #: support between claims of two different gold events that the gold does not pair
    cross_corroborations: list[tuple[str, str]]
    #: what the false contradictions rest on: their reason kinds, and whether the two claims
    #: lie in one gold event (counts only: held-out events stay blind)
    false_contra_kinds: Counter[str]
    event_pr: tuple[float, float] | None
    unresolved: dict[str, int]
    unresolved_claims: int
    toll_items: int
    toll_numeric: int
    both_chosen: list[tuple[str, str]]
    seconds: dict[str, float]

    @property
    def gold_total(self) -> int:
        return sum(sum(row.values()) for row in self.confusion.values())

    def recall(self, kind: str) -> float | None:
        row = self.confusion[kind]
        total = sum(row.values())
        return row[kind] / total if total else None

    def related_recall(self, *, linked: bool = False) -> float | None:
        total = hit = 0
        for kind in RELATED:
            row = self.confusion[kind]
            total += sum(row.values())
            hit += sum(row[k] for k in RELATED) if linked else row[kind]
        return hit / total if total else None

    def contradiction_pr(self) -> tuple[float | None, float | None]:
        true = self.confusion["contradicts"]["contradicts"]
        precision = true / self.graph_contradictions if self.graph_contradictions else None
        return precision, self.recall("contradicts")


def _predicted(graph: cr.ClaimGraph, a: str, b: str, echo_of: dict[str, int]) -> str:
    if a in echo_of and echo_of.get(a) == echo_of.get(b):
        return "echo"
    rel = graph.relationship(a, b)
    if rel is None:
        return "unrelated"
    kind = rel.kind.value
    return _FOLD.get(kind, kind)


_TOLL_WORDS = re.compile(
    r"kill|dead|death|die|tu[ée]|mort|d[ée]c[eè]s|neutrali|execut|ex[ée]cut|massac|slain|"
    r"wound|injur|bless|casualt|victim|bodies|corps",
    re.IGNORECASE,
)


def _is_toll(claim: cr.Claim, vocab: cr.Vocabulary) -> bool:
    """A figure of dead or wounded: the benchmark's own reading, not claimrec's resolution."""
    if not isinstance(claim.value, cr.Quantity):
        return False
    family = vocab.predicates.family(claim.predicate)
    return family in {"casualties", "injuries"} or bool(
        _TOLL_WORDS.search(f"{claim.predicate} {claim.subject}")
    )


def _unresolved(claims: Sequence[cr.Claim], graph: cr.ClaimGraph) -> dict[str, set[str]]:
    """Claim ids per field that did not resolve (claimrec's own list when it keeps one)."""
    out: dict[str, set[str]] = {f: set() for f in _FIELDS}
    listed = getattr(graph, "unresolved", None)
    if callable(listed):
        for record in listed():
            out.setdefault(record.field, set()).add(record.claim_id)
        return out
    vocab = cr.default_vocabulary()  # older claimrec: ask the vocabularies directly
    for claim in claims:
        if vocab.predicates.resolve(claim.predicate) is None:
            out["predicate"].add(claim.id)
        if vocab.subjects.resolve(claim.subject) is None:
            out["subject"].add(claim.id)
        if claim.place is not None and vocab.places.best(claim.place) is None:
            out["place"].add(claim.id)
        if vocab.actors.resolve(claim.source.name) is None:
            out["speaker"].add(claim.id)
    return out


def _event_pr(graph: cr.ClaimGraph, corpus: Corpus) -> tuple[float, float] | None:
    events = getattr(graph, "events", None)
    if not callable(events):
        return None
    predicted: dict[str, str] = {}
    for event in events():
        for claim in event.claims:
            predicted[claim.id] = event.id
    ids = sorted(corpus.events)
    tp = fp = fn = 0
    for a, b in itertools.combinations(ids, 2):
        same_gold = corpus.events[a] == corpus.events[b]
        same_pred = a in predicted and predicted.get(a) == predicted.get(b)
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return precision, recall


def _across_events(corpus: Corpus, a: str, b: str) -> bool:
    """Whether claims ``a`` and ``b`` lie in two gold events and the gold does not pair them."""
    first, second = corpus.events.get(a), corpus.events.get(b)
    if first is None or second is None or first == second:
        return False
    return (min(a, b), max(a, b)) not in corpus.pairs


def evaluate(corpus: Corpus) -> Figures:
    """Run claimrec end to end on the corpus (event labels withheld) and score it."""
    seconds: dict[str, float] = {}
    claims = [attrs.evolve(c, event=None) if c.event is not None else c for c in corpus.claims]
    start = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", cr.ClaimrecWarning)
        graph = cr.claim_graph(claims)
        seconds["graph"] = time.perf_counter() - start
        echo_of = {c.id: n for n, echo in enumerate(graph.echoes()) for c in echo.claims}
        corroborations = graph.corroborations()
        seconds["queries"] = time.perf_counter() - start - seconds["graph"]
        mark = time.perf_counter()
        result = cr.reconcile(graph)
        seconds["reconcile"] = time.perf_counter() - mark

    confusion: dict[str, Counter[str]] = {k: Counter() for k in KINDS}
    predicted: dict[tuple[str, str], str] = {}
    for (a, b), (gold, _) in sorted(corpus.pairs.items()):
        guess = _predicted(graph, a, b, echo_of)
        predicted[(a, b)] = guess
        confusion[gold][guess] += 1

    def gold_of(a: str, b: str) -> str:
        return corpus.pairs.get((min(a, b), max(a, b)), ("unrelated", ""))[0]

    contradictions = [
        (rel.a, rel.b) for rel in graph.relationships if rel.kind is cr.Relation.CONTRADICTS
    ]
    false_contra = [
        (a, b, gold_of(a, b)) for a, b in contradictions if gold_of(a, b) != "contradicts"
    ]
    false_kinds: Counter[str] = Counter()
    for a, b, _ in false_contra:
        rel = graph.relationship(a, b)
        kinds = sorted({r.kind.value for r in rel.reasons}) if rel is not None else []
        where = "one event" if corpus.events.get(a) == corpus.events.get(b) else "two events"
        false_kinds[f"{'+'.join(kinds) or 'none'} ({where})"] += 1
    false_corrob = []
    for corroboration in corroborations:
        for other in corroboration.supporting:
            gold = gold_of(corroboration.claim.id, other.id)
            if gold in {"echo", "contradicts"}:
                false_corrob.append((corroboration.claim.id, other.id, gold))
    cross_corrob = [
        (corroboration.claim.id, other.id)
        for corroboration in corroborations
        for other in corroboration.supporting
        if _across_events(corpus, corroboration.claim.id, other.id)
    ]

    unresolved = _unresolved(claims, graph)
    verdicts = {v.claim: v.verdict.value for v in result.claims}
    both_chosen = [
        (a, b) for a, b in contradictions if verdicts.get(a) == verdicts.get(b) == "chosen"
    ]
    by_id = {c.id: c for c in claims}
    vocab = cr.default_vocabulary()
    members: dict[str, list[str]] = defaultdict(list)
    for verdict in result.claims:
        members[verdict.item].append(verdict.claim)
    toll_items = toll_numeric = 0
    for item in result.items:
        if any(_is_toll(by_id[m], vocab) for m in members[item.item] if m in by_id):
            toll_items += 1
            toll_numeric += bool(item.numeric)

    return Figures(
        claims=len(claims),
        events=len(set(corpus.events.values())),
        confusion=confusion,
        predicted=predicted,
        graph_contradictions=len(contradictions),
        false_contradictions=false_contra,
        false_contra_kinds=false_kinds,
        false_corroborations=false_corrob,
        cross_corroborations=cross_corrob,
        event_pr=_event_pr(graph, corpus),
        unresolved={f: len(ids) for f, ids in unresolved.items()},
        unresolved_claims=len(set().union(*unresolved.values())),
        toll_items=toll_items,
        toll_numeric=toll_numeric,
        both_chosen=both_chosen,
        seconds=seconds,
    )


# --------------------------------------------------------------------------- printing


def _f(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.2f}"


def render(fig: Figures, corpus: Corpus) -> str:
    """The report: confusion matrix, per-kind recall, the error counts, a summary line."""
    lines = [
        (
            f"claims {fig.claims}, gold events {fig.events}, gold pairs {fig.gold_total}, "
            f"files {len(corpus.files)}"
        ),
        "",
        "confusion (rows: gold, columns: claimrec)",
        f"{'':>12}" + "".join(f"{k[:7]:>8}" for k in KINDS) + f"{'total':>8}{'recall':>8}",
    ]
    for kind in KINDS:
        row = fig.confusion[kind]
        lines.append(
            f"{kind:>12}"
            + "".join(f"{row[k]:>8}" for k in KINDS)
            + f"{sum(row.values()):>8}{_f(fig.recall(kind)):>8}"
        )
    lines += [
        "",
        "per event file: pairs, exact recall non-unrelated, echo recall, contradiction recall",
    ]
    for slug in corpus.files:
        hits: Counter[str] = Counter()
        totals: Counter[str] = Counter()
        for key, guess in fig.predicted.items():
            if corpus.pair_file[key] != slug:
                continue
            gold = corpus.pairs[key][0]
            for bucket in (gold, "related" if gold in RELATED else None):
                if bucket is not None:
                    totals[bucket] += 1
                    hits[bucket] += gold == guess

        def share(bucket: str, hits: Counter[str] = hits, totals: Counter[str] = totals) -> str:
            return _f(hits[bucket] / totals[bucket] if totals[bucket] else None)

        lines.append(
            f"{slug:>18} {sum(totals[k] for k in KINDS):>6} {share('related'):>6} "
            f"{share('echo'):>6} {share('contradicts'):>6}"
        )
    precision, recall = fig.contradiction_pr()
    per200 = 200 * len(fig.false_contradictions) / fig.claims if fig.claims else 0.0
    unresolved = ", ".join(f"{k} {v}" for k, v in fig.unresolved.items())
    share = fig.unresolved_claims / fig.claims if fig.claims else 0.0
    events = (
        "n/a (claimrec has no events)"
        if fig.event_pr is None
        else (f"P {fig.event_pr[0]:.2f} R {fig.event_pr[1]:.2f}")
    )
    event_pr = "n/a" if fig.event_pr is None else "{:.2f}/{:.2f}".format(*fig.event_pr)
    lines += [
        "",
        (
            f"recall, non-unrelated gold: exact {_f(fig.related_recall())}, "
            f"linked {_f(fig.related_recall(linked=True))}"
        ),
        f"echo recall {_f(fig.recall('echo'))}",
        (
            f"contradictions: precision {_f(precision)} ({fig.graph_contradictions} in the graph), "
            f"recall {_f(recall)}"
        ),
        f"false contradictions {len(fig.false_contradictions)} ({per200:.1f} per 200 claims)"
        + "".join(f"\n    {n:4d}  {k}" for k, n in fig.false_contra_kinds.most_common()),
        f"false corroborations {len(fig.false_corroborations)}; "
        f"support across events {len(fig.cross_corroborations)}",
        f"event clustering {events}",
        f"unresolved: {fig.unresolved_claims} claims ({share:.0%}); by field: {unresolved}",
        (
            f"reconcile: toll items with a numeric estimate {fig.toll_numeric}/{fig.toll_items}; "
            f"contradicting pairs both chosen {len(fig.both_chosen)}"
        ),
        "time: " + ", ".join(f"{k} {v:.2f}s" for k, v in fig.seconds.items()),
        "",
        (
            "SUMMARY "
            f"claims={fig.claims} gold={fig.gold_total} "
            f"echoR={_f(fig.recall('echo'))} "
            f"contraP={_f(precision)} contraR={_f(recall)} "
            f"relatedR={_f(fig.related_recall())} linkedR={_f(fig.related_recall(linked=True))} "
            f"falseContra={len(fig.false_contradictions)} ({per200:.1f}/200) "
            f"falseCorrob={len(fig.false_corroborations)} "
            f"events={event_pr} "
            f"unresolved={share:.0%} "
            f"numericTolls={fig.toll_numeric}/{fig.toll_items} bothChosen={len(fig.both_chosen)} "
            f"crossCorrob={len(fig.cross_corroborations)}"
        ),
    ]
    return "\n".join(lines)


def render_pairs(fig: Figures, corpus: Corpus, which: str) -> str:
    """List gold pairs (all, or only those claimrec gets wrong) with gold, claimrec, note."""
    lines = []
    for key, guess in fig.predicted.items():
        gold, note = corpus.pairs[key]
        if which == "wrong" and gold == guess:
            continue
        lines.append(f"{key[0]}  {key[1]}  gold={gold} claimrec={guess}  # {note}")
    lines.extend(
        f"false contradiction: {a}  {b} (gold {g})" for a, b, g in fig.false_contradictions
    )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Command line entry point; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=CORPUS, help="the corpus folder")
    parser.add_argument("--events", nargs="+", help="event slugs (default: every file)")
    parser.add_argument("--check", action="store_true", help="validate the corpus only")
    parser.add_argument("--pairs", choices=("all", "wrong"), help="also list gold pairs")
    parser.add_argument(
        "--why",
        metavar="KIND",
        nargs="?",
        const="contradicts",
        help="for each missed gold pair of KIND (contradicts), the stage that drops it "
        "(benchmarks/news_why.py, which also filters by stage)",
    )
    args = parser.parse_args(argv)
    if args.why is not None and args.why not in KINDS:
        parser.error(f"--why {args.why!r}: choose from {', '.join(KINDS)}")
    if args.why and not args.events and args.dir.resolve() != CORPUS.resolve():
        parser.error("--why outside benchmarks/news/ needs --events (blind events stay blind)")
    corpus = load(args.dir, args.events)
    if corpus.problems:
        print("\n".join(corpus.problems), file=sys.stderr)
        return 1
    if args.check:
        kinds = Counter(rel for rel, _ in corpus.pairs.values())
        print(
            f"ok: {len(corpus.files)} files, {len(corpus.claims)} claims, "
            f"{len(set(corpus.events.values()))} gold events, {len(corpus.pairs)} gold pairs: "
            + ", ".join(f"{k} {kinds[k]}" for k in KINDS)
        )
        return 0
    figures = evaluate(corpus)
    if args.pairs:
        print(render_pairs(figures, corpus, args.pairs))
        print()
    if args.why:
        from news_why import diagnose  # noqa: PLC0415 - a diagnostic, loaded only when asked for
        from news_why import render as explain  # noqa: PLC0415

        print(explain(diagnose(corpus, [args.why]), listed=None))
        print()
    print(render(figures, corpus))
    return 0


if __name__ == "__main__":
    sys.exit(main())
