"""Why claimrec gets a gold pair wrong: the stage that drops it, for every kind of pair.

Run from the repository root::

    python3 benchmarks/news_why.py                         # every wrong pair, counts by stage
    python3 benchmarks/news_why.py echo                    # missed echoes (speaker, cluster...)
    python3 benchmarks/news_why.py --got echo --list       # false echoes, pair by pair
    python3 benchmarks/news_why.py contradicts             # missed disputes: blame and figures
    python3 benchmarks/news_why.py contradicts refines --stage figures --show 3
    python3 benchmarks/news_why.py --corroborations        # the false corroborations
    python3 benchmarks/news_relations.py --why contradicts # the same, before the benchmark

Positional KINDs are the gold kinds to explain (default: every kind); ``--got`` keeps the
pairs claimrec reads as one of those kinds, ``--stage`` the pairs of those stages (a
stage or ``stage:detail`` prefix), ``--list`` prints each pair with both claims'
resolution, ``--show N`` at most N pairs per class. ``--dir``/``--events`` choose the
corpus as for ``news_relations.py`` (never the fresh held-out events: pairs are printed).

Each wrong pair gets one stage, the first that applies, in this order:

``echo:direct`` / ``echo:chained``
    (gold not an echo) the graph puts both claims in one echo; the pair itself carries an
    echo reason, or joins through other claims. The speaker key and names are shown.
For gold echoes:

``speaker``
    the two speaker identities differ (resolution): no echo, revision or same-speaker rule
    can apply; both keys are shown.
``cluster``
    the pair is an echo, but the graph keeps it in two echo clusters.
``judge``
    one speaker, related, but judged no echo (a revision, two figures, one report twice).
``alignment``
    one speaker, but alignment keeps the claims apart and no relay rule rescues them.
``graph``
    ``relate(a, b, context=claims)`` relates the pair, the graph never did.

For other gold kinds:

``figures:<read as>: <rule>``
    both claims state a figure: a ``compatible`` pair by the figure rule that made it so
    (one-time rule, one-event rule, rising toll, part of the whole, same speaker, vague
    figure, overlapping values, or the fields that differ); an ``unrelated`` pair by why
    the graph never related it (predicate or subject unresolved, two predicates, the
    alignment feature that rejects it, or ``graph never paired`` when ``relate`` would).
``graph``
    ``relate(a, b, context=claims)`` gives the gold kind, the graph does not (the graph
    never proposes the pair).
``alignment:<feature>`` / ``alignment:score``
    alignment keeps the pair apart (the failing feature, else the score too low), and no
    rule looks again.
``judge:<kind>:<reason>``
    the pair is compared but judged another kind; the reason is the judge's first (or
    the one that says nothing places the two in one event).

And, for every pair where one claim says who did it, the first check of the perpetrator
rule (``relation._disputes._perpetrator_reason``) that fails: ``role`` (neither an
attribution nor a violent act), ``no-attribution``, ``perp`` (no perpetrator read
exactly), ``same-party``, ``other-party-denied``, ``two-denials``, ``fighters``,
``same-speaker``, ``one-event`` (``ok`` when none fails); ``denies-other``: a denial of a
narrower claim, of another kind of subject, or of an act the other does not entail.

A claim's resolution is shown as predicate id (rule), perpetrator, subject, place,
speaker. It reads the corpus as ``news_relations.py`` does (one graph, event labels
withheld). A tool for engineers, not a figure of the benchmark.
"""

from __future__ import annotations

import argparse
import sys
import warnings
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import attrs

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import news_relations as nr

import claimrec as cr
from claimrec.alignment import _pair_score
from claimrec.relation import (
    ReasonKind,
    Relation,
    _answers,
    _denied_side,
    _denies_the_act,
    _fighters,
    _lookup,
    _one_question,
    _Pair,
    _perpetrator_of,
    _perpetrator_role,
    _relate_scored,
)
from claimrec.relation import _fields as f
from claimrec.relation._accused import _accused_scene
from claimrec.relation._disputes import _blame_answered
from claimrec.resolution._resolver import _speaker_key
from claimrec.vocab import Actor

# --------------------------------------------------------------------------- one pair


@dataclass
class Row:
    """One wrong gold pair: what the gold says, what claimrec says, and why."""

    a: str
    b: str
    gold: str
    got: str
    stage: str  # the stage, then ":"-separated details (see the module docstring)
    detail: str  # what the stage rests on (speaker keys, reasons)
    perp: str  # the first failing perpetrator check, "-" when no claim says who
    note: str
    claims: tuple[str, str] = ("", "")  # each claim's words and resolution (describe)

    @property
    def top(self) -> str:
        """The stage without its details: ``figures``, ``judge``, ``alignment``..."""
        return self.stage.split(":")[0]


def _perp_stage(p: _Pair) -> str:
    """Return the first check of the perpetrator rule that the pair fails ("ok" when none)."""
    ra, rb, lookup = p.ra, p.rb, p.lookup
    role_a, role_b = _perpetrator_role(ra, lookup), _perpetrator_role(rb, lookup)
    if role_a is None or role_b is None:
        return "role"
    if "attribution" not in (role_a, role_b):
        return "no-attribution"
    pa, pb = _perpetrator_of(ra), _perpetrator_of(rb)
    pa = pa or (_denied_side(ra, lookup) if p.a.denied else None)
    pb = pb or (_denied_side(rb, lookup) if p.b.denied else None)
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
    elif not _denies_the_act(p, role_a, role_b):
        return "denies-other"
    if (role_a == "act" and _fighters(ra, lookup)) or (role_b == "act" and _fighters(rb, lookup)):
        return "fighters"
    vocab = lookup.vocabulary
    if _speaker_key(ra.speaker, a.source, vocab) == _speaker_key(rb.speaker, b.source, vocab):
        return "same-speaker"
    answered = a.polarity is not b.polarity and (
        _answers(p) or _accused_scene(p) or _blame_answered(p, role_a, role_b)
    )
    if not (_one_question(p, implied=False) or answered):
        return "one-event"
    return "ok"


def _says_who(claim: cr.Claim, rec: cr.ClaimResolution) -> bool:
    return claim.actor is not None or rec.actor is not None


def describe(claim: cr.Claim, rec: cr.ClaimResolution) -> str:
    """One line: the claim's words and what resolution read from each."""

    def hit(r: cr.Resolved | None) -> str:
        return "-" if r is None else f"{r.id}({r.rule})"

    value = "" if claim.value is None else f" v={claim.value!s:.30}"
    actor = f" actor={claim.actor!r}->{hit(rec.actor)}" if _says_who(claim, rec) else ""
    when = "" if claim.when is None else f" @{claim.when}"
    return (
        f"{claim.id}: {'NOT ' if claim.denied else ''}{claim.subject!r:.40} "
        f"/{claim.predicate!r}->{hit(rec.predicate)}{value}{actor}{when} "
        f"place={claim.place!r:.30}->{hit(rec.place)} "
        f"speaker={claim.source.name!r:.30}->{hit(rec.speaker)}"
    )


def _brief(rel: cr.Relationship | None) -> str:
    if rel is None:
        return "none"
    kinds = (ReasonKind.SAME_SPEAKER, ReasonKind.LOSSY_RELAY, ReasonKind.ECHO, ReasonKind.ITEM)
    shown = [str(r) for r in rel.reasons if r.kind in kinds] or [str(r) for r in rel.reasons]
    return f"{rel.kind.value}: " + " | ".join(shown[:2])


_FIGURE_RULES = (
    ("at one time", "one-time rule"),
    ("rose between", "rising toll"),
    ("nothing places the two claims in one event", "one-event rule"),
    ("gives both", "same speaker"),
    ("relays of one", "same speaker relays"),
    ("an impression", "vague figure"),
    ("counts a part", "part of the whole"),
    ("denies a claim other", "denial of another claim"),
    ("denial in the event", "denial, no one event"),
)


def _figure_rule(rel: cr.Relationship, p: _Pair) -> str:
    """The rule that made two figures merely compatible (else the fields that differ)."""
    details = [r.detail for r in rel.reasons]
    for marker, name in _FIGURE_RULES:
        if any(marker in d for d in details):
            return name
    if "numeric" in {r.kind.value for r in rel.reasons} and any("apart" in d for d in details):
        return "figures far apart (nested)"
    if any("overlap" in d for d in details):
        return "overlapping values"
    found = {
        "subject": f._subjects(p)[0],  # noqa: SLF001
        "predicate": f._predicates(p)[0],  # noqa: SLF001
        "actor": f._actors(p)[0],  # noqa: SLF001
        "place": f._places(p, None)[0][0],  # noqa: SLF001
        "time": f._times(p)[0],  # noqa: SLF001
        "value": f._values(p.a, p.b, p.lookup, 0.05, 2.0)[0][0],  # noqa: SLF001
    }
    return "fields " + " ".join(f"{k}={v.name}" for k, v in found.items() if v.name != "EQUAL")


def _never_related(alone: cr.Relationship, ra: cr.ClaimResolution, rb: cr.ClaimResolution) -> str:
    """Why the graph never related two figures (alone: relate with the claims as context)."""
    if alone.kind is not Relation.UNRELATED:
        return f"graph never paired (relate says {alone.kind.value})"
    pa, pb = (None if r.predicate is None else r.predicate.id for r in (ra, rb))
    if pa is None or pb is None:
        return "predicate unresolved"
    if pa != pb:
        return f"predicates {pa} / {pb}"
    if ra.subject is None or rb.subject is None:
        return "subject unresolved"
    return "unaligned: " + alone.reasons[0].detail.split(":")[0]


_FOLD = {"refined_by": "refines", "revised_by": "revises"}


# --------------------------------------------------------------------------- the corpus


def diagnose(corpus: nr.Corpus, kinds: Sequence[str] | None = None) -> list[Row]:
    """Return one row per gold pair of ``kinds`` (all by default) that claimrec gets wrong."""
    claims = [attrs.evolve(c, event=None) if c.event is not None else c for c in corpus.claims]
    wanted = set(kinds or nr.KINDS)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", cr.ClaimrecWarning)
        graph = cr.claim_graph(claims)
        echo_of = {c.id: n for n, e in enumerate(graph.echoes()) for c in e.claims}
        alignment = cr.align(claims, resolution=graph.resolution)
    table, opts = alignment._table, alignment._opts  # noqa: SLF001 - the graph's own scores
    res = alignment.resolution
    lookup = _lookup(None)
    vocab = lookup.vocabulary
    at = {c.id: k for k, c in enumerate(alignment.claims)}
    by_id = {c.id: c for c in alignment.claims}

    def relate_alone(x: str, y: str) -> cr.Relationship:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", cr.ClaimrecWarning)
            return cr.relate(by_id[x], by_id[y], context=claims)

    rows: list[Row] = []
    for (x, y), (gold, note) in sorted(corpus.pairs.items()):
        got = nr._predicted(graph, x, y, echo_of)  # noqa: SLF001 - the benchmark's reading
        if got == gold or gold not in wanted:
            continue
        a, b = by_id[x], by_id[y]
        ra, rb = res[at[x]], res[at[y]]
        rel = graph.relationship(x, y)
        ka = _speaker_key(ra.speaker, a.source, vocab)
        kb = _speaker_key(rb.speaker, b.source, vocab)
        speakers = f"{a.source.name!r}->{ka} {b.source.name!r}->{kb}"
        if got == "echo":
            direct = rel is not None and bool(rel.reasons_of(ReasonKind.ECHO))
            stage, detail = f"echo:{'direct' if direct else 'chained'}", speakers
        elif gold == "echo":
            if ka != kb:
                stage, detail = "speaker", speakers
            elif rel is not None and rel.reasons_of(ReasonKind.ECHO):
                stage, detail = "cluster", _brief(rel)
            elif rel is not None:
                stage, detail = "judge", _brief(rel)
            else:
                alone = relate_alone(x, y)
                unrelated = alone.kind is Relation.UNRELATED
                stage, detail = ("alignment" if unrelated else "graph"), _brief(alone)
        elif isinstance(a.value, cr.Quantity) and isinstance(b.value, cr.Quantity):
            p = _Pair(a, b, ra, rb, lookup)
            if got == "compatible" and rel is not None:
                why = _figure_rule(rel, p)
            elif got == "unrelated":
                why = _never_related(relate_alone(x, y), ra, rb)
            else:
                why = f"read as {got}"
            stage, detail = f"figures:{got}: {why}", _brief(rel)
        else:
            pair = _pair_score(table, at[x], at[y], opts)
            judged_rel = _relate_scored(a, b, pair, lookup, 0.05, 2.0, ra, rb)
            judged = _FOLD.get(judged_rel.kind.value, judged_rel.kind.value)
            if judged == gold:
                stage = "graph"  # relate finds it, the graph never proposes the pair
            elif judged_rel.kind is Relation.UNRELATED and not pair.aligned:
                stage = f"alignment:{pair.rejected or 'score'}"
            else:
                reasons = judged_rel.reasons
                items = [r for r in reasons if r.kind is ReasonKind.ITEM]
                first = reasons[0].kind.value if reasons else "-"
                stage = f"judge:{judged}:" + (items[0].detail[:40] if items else first)
            detail = _brief(judged_rel)
        perp = "-"
        if _says_who(a, ra) or _says_who(b, rb):
            perp = _perp_stage(_Pair(a, b, ra, rb, lookup))
        said = (describe(a, ra), describe(b, rb))
        rows.append(Row(x, y, gold, got, stage, detail, perp, note, said))
    return rows


def _class(row: Row) -> str:
    """The class counted: the stage with its first detail (``judge:compatible``)."""
    if row.top == "figures":
        return row.stage
    parts = row.stage.split(":")
    return ":".join(parts[:2])


def render(rows: Sequence[Row], *, listed: int | None = 0) -> str:
    """Counts by (gold, read as, stage), by class, and perpetrator checks; pairs if asked.

    ``listed`` is how many pairs of each class to print (None: all, 0: none).
    """
    lines: list[str] = []
    if listed != 0:
        shown: Counter[tuple[str, str]] = Counter()
        for r in rows:
            key = (r.gold, _class(r))
            if listed is not None and shown[key] >= listed:
                continue
            shown[key] += 1
            lines.append(f"{r.a}  {r.b}  {r.gold}->{r.got}  [{r.stage}] perp={r.perp}")
            lines.append(f"    {r.detail[:200]}")
            lines += [f"    {said}" for said in r.claims]
            lines.append(f"    # {r.note[:200]}")
        lines.append("")
    lines.append(f"wrong gold pairs: {len(rows)}, by gold -> claimrec and stage")
    counts = Counter((r.gold, r.got, r.top) for r in rows)
    lines += [
        f"{n:>7}  {gold:>11} -> {got:<11} {stage}"
        for (gold, got, stage), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    classes: dict[str, Counter[str]] = defaultdict(Counter)
    for r in rows:
        classes[r.gold][_class(r)] += 1
    for gold in nr.KINDS:
        if gold not in classes:
            continue
        lines.append(f"gold {gold}: {sum(classes[gold].values())} wrong, by stage")
        ranked = sorted(classes[gold].items(), key=lambda kv: (-kv[1], kv[0]))
        lines += [f"{n:>7}  {c}" for c, n in ranked]
    perps = Counter(r.perp for r in rows if r.perp != "-")
    if perps:
        lines.append("of those naming a perpetrator, the first perpetrator check failed:")
        lines += [f"{n:>7}  {s}" for s, n in perps.most_common()]
    return "\n".join(lines)


def select(
    rows: Sequence[Row], got: Sequence[str] | None = None, stages: Sequence[str] | None = None
) -> list[Row]:
    """The rows claimrec reads as one of ``got``, of a stage (or prefix) in ``stages``."""
    out = [r for r in rows if not got or r.got in got]
    if stages:
        out = [r for r in out if any(r.stage == s or r.stage.startswith(s + ":") for s in stages)]
    return out


def refuses_to_list(directory: Path, events: Sequence[str] | None) -> bool:
    """Whether listing pairs must be refused: another folder, and no events named.

    Pairs of held-out events are printed only for the events named on the command line,
    so that a blind event is never listed by default.
    """
    return not events and directory.resolve() != nr.CORPUS.resolve()


def main(argv: Sequence[str] | None = None) -> int:
    """Command line entry point; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "kinds", nargs="*", metavar="KIND", help=f"gold kinds (default: all): {', '.join(nr.KINDS)}"
    )
    parser.add_argument("--dir", type=Path, default=nr.CORPUS, help="the corpus folder")
    parser.add_argument("--events", nargs="+", help="event slugs (default: every file)")
    parser.add_argument("--got", nargs="+", choices=nr.KINDS, help="claimrec's kinds")
    parser.add_argument("--stage", nargs="+", help="stages, or stage:detail prefixes")
    parser.add_argument("--list", action="store_true", help="print every pair")
    parser.add_argument("--show", type=int, default=0, help="print N pairs of each class")
    parser.add_argument("--corroborations", action="store_true", help="the false corroborations")
    args = parser.parse_args(argv)
    unknown = [k for k in args.kinds if k not in nr.KINDS]
    if unknown:
        parser.error(f"unknown kinds {unknown}: choose from {', '.join(nr.KINDS)}")
    if (args.list or args.show) and refuses_to_list(args.dir, args.events):
        parser.error("--list/--show outside benchmarks/news/ need --events (blind stay blind)")
    corpus = nr.load(args.dir, args.events)
    if corpus.problems:
        print("\n".join(corpus.problems), file=sys.stderr)
        return 1
    if args.corroborations:
        fig = nr.evaluate(corpus)
        for a, b, gold in fig.false_corroborations:
            print(f"{a}  {b}  gold={gold}  # {corpus.pairs.get((min(a, b), max(a, b)))}")
        return 0
    rows = select(diagnose(corpus, args.kinds or None), args.got, args.stage)
    print(render(rows, listed=None if args.list else args.show))
    return 0


if __name__ == "__main__":
    sys.exit(main())
