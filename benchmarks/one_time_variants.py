"""What the one-time rule costs: right and false contradictions under ways of relaxing it.

Run from the repository root::

    python3 benchmarks/one_time_variants.py                      # every variant, every seen set
    python3 benchmarks/one_time_variants.py --variants base cap-local --sets corpus
    python3 benchmarks/one_time_variants.py --variants local --sets dd --pairs

Two speakers' disjoint figures of one event contradict only when something dates both to
one time (``_one_time`` in ``claimrec/relation/_fields.py``; docs/relations.md, rule 6).
Each variant replaces that test for **two speakers** (one speaker's figures keep the rule:
a changed figure is a revision) and the script counts, on the corpus and the ten seen
held-out pairs of events, the graph's contradictions the gold calls contradictions (right)
and those it does not (false). ``--pairs`` lists the pairs a variant adds, with the gold
kind. Never run on blind events: pairs are printed.

Two modifiers apply to the ``event`` variants: ``place+NAME`` lets the variant's test stand
for one event too (the one-event rule, ``_one_event``: most of two speakers' tolls with no
place of their own never reach the one-time rule), and ``NAME+rise`` lets it overrule the
rising toll (two speakers' dated figures, the later higher, then dispute):
``place+event-near+rise`` is the graph's event as evidence of one event and one time.

Variants (each "one time" also when the rule already says so):

``base``            the rule as it is
``undated``         unless both statements are dated (then the dates decide)
``both-undated``    only when neither statement is dated
``local``           ``undated``, both claims placed at a town, village or site (not a
                    country, region, district or area)
``site``            ``undated``, both claims naming one site (a hospital, a station)
``article``         one article carries both claims
``party``           ``local``, the two speakers' parties known and different
``cap``             one figure caps the toll below the other's count (``100-300``,
                    ``fewer than 471``, ``up to 50``), whatever the dates
``cap-local``       ``cap``, both claims placed at a town, village or site
``cap-no-range``    ``cap-local``, the cap an upper bound or a high estimate, not a range
``no-rise``         two speakers' dated figures, the later higher, dispute too (no
                    rising toll but for one speaker), both placed locally
``event``           claimrec's own events (``ClaimGraph.events()`` of the graph built
                    with the rule as it is) put both claims in one event
``event-local``     ``event``, both claims placed at a town, village or site
``event-subject``   ``event``, both claims' victims resolved to one subject class
``event-placed``    ``event``, both claims placed (own words or report) at one place
``event-party``     ``event``, the two speakers' parties known and different (rivals)
``event-placed-subject``  ``event-placed`` and ``event-subject``
``event-party-placed``    ``event-party`` and ``event-placed``
``event-near``      ``event-subject``, the central values at most 1.5 times apart (rival
                    counts of one toll, not a part, another item or a background incident)
``event-near-party``  ``event-near``, the speakers' parties known and different (rivals)
``event-sole``      ``event``, each claim its report's only figure of its predicate (a
                    report with one toll gives the incident's, not a part or a background)
``event-near-sole``  ``event-near`` and ``event-sole``
``event-near-span``  ``event-near``, the graph event's dated claims (``_dated``) all within
                    3 days (the event's own time dates its undated claims);
                    ``event-near-span7``, ``event-near-span14``, ``event-near-span30``,
                    ``event-near-span60``: within that many days
``event-near-home``  ``event-near``, each claim's own known place the event's commonest place
                    or within it (a background incident named at its own town is not)
``event-near-firm``  ``event-near``, neither claim hedged ("feared dead": an estimate)
``event-near-span-home``  ``event-near-span`` and ``event-near-home``

A tool for engineers (it replaces private functions for the run), not a figure of the
benchmark.
"""

# ruff: noqa: SLF001 - the tool replaces the rule's private functions for the run
from __future__ import annotations

import argparse
import importlib
import math
import sys
import warnings
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import attrs
import news_relations as bench

import claimrec as cr
from claimrec.quantity import Quantity, QuantityKind
from claimrec.relation._figures import capped_dispute
from claimrec.resolution import ClaimResolution
from claimrec.resolution._resolver import _speaker_key
from claimrec.vocab import Actor, Place, PlaceKind, PlaceRelation

_fields = importlib.import_module("claimrec.relation._fields")
_judge = importlib.import_module("claimrec.relation._judge")
_victims = importlib.import_module("claimrec.relation._victims")

HELDOUT = Path(__file__).resolve().parent / "heldout"
SETS: dict[str, tuple[Path, Sequence[str] | None]] = {
    "corpus": (bench.CORPUS, None),
    "pb": (HELDOUT, ["pahalgam-2025", "barsalogho-2024"]),
    "dd": (HELDOUT, ["dahyan-2018", "douma-2018"]),
    "ok": (HELDOUT, ["olenivka-2022", "kishishe-2022"]),
    "km": (HELDOUT, ["kunduz-2015", "maikadra-2020"]),
    "np": (HELDOUT, ["ngarbuh-2020", "pazigyi-2023"]),
    "bk": (HELDOUT, ["bounti-2021", "kostiantynivka-2023"]),
    "mt": (HELDOUT, ["mariupol-2022", "tudunbiri-2023"]),
    "tk": (HELDOUT, ["tajoura-2019", "khanshaykhun-2017"]),
    "dk": (HELDOUT, ["dnipro-2023", "karma-2023"]),
    "es": (HELDOUT, ["elade-2016", "sumy-2025"]),
    "wm": (HELDOUT, ["wadalnoura-2024", "majdalshams-2024"]),
}

#: Claim id -> event id of the graph built with the rule as it is, for the set being
#: measured (the ``event`` variants; events are read from alignment and resolution, not
#: from relations, so relaxing the rule does not change them).
_EVENT_OF: dict[str, str] = {}

#: Claim ids that are their report's only figure of their predicate (the ``event-sole``
#: variant), for the set being measured.
_SOLE: set[str] = set()

_RULE = _fields._one_time
_RISING = _fields._rising
_ONE_EVENT = _fields._one_event
_WIDE = frozenset({PlaceKind.COUNTRY, PlaceKind.REGION, PlaceKind.DISTRICT, PlaceKind.AREA})

Test = Callable[[Any], bool]


def _one_speaker(p: Any) -> bool:
    vocab = p.lookup.vocabulary
    a, b, ra, rb = p.a, p.b, p.ra, p.rb
    return _speaker_key(ra.speaker, a.source, vocab) == _speaker_key(rb.speaker, b.source, vocab)


def _undated(p: Any) -> bool:
    a, b, ra, rb = p.a, p.b, p.ra, p.rb
    return _fields._dated(a, ra) is None or _fields._dated(b, rb) is None


def _local(rec: ClaimResolution) -> bool:
    hit = rec.place
    if hit is None:
        return False
    return not isinstance(hit.record, Place) or hit.record.kind not in _WIDE


def _both_local(p: Any) -> bool:
    return _local(p.ra) and _local(p.rb)


def _party(p: Any, first: bool) -> str | None:
    claim, rec = (p.a, p.ra) if first else (p.b, p.rb)
    hit = rec.speaker
    if hit is not None and isinstance(hit.record, Actor):
        return hit.record.party
    return claim.source.party


def _cap(p: Any) -> int:
    va, vb = p.a.value, p.b.value
    if not (isinstance(va, Quantity) and isinstance(vb, Quantity)):
        return 0
    return capped_dispute(va, vb)


def _cap_kind(p: Any) -> QuantityKind | None:
    which = _cap(p)
    if which == 0:
        return None
    cap = p.a.value if which == 1 else p.b.value
    return cap.kind


def _one_event(p: Any) -> bool:
    found = _EVENT_OF.get(p.a.id)
    return found is not None and found == _EVENT_OF.get(p.b.id)


def _same_subject(p: Any) -> bool:
    sa, sb = _fields._rid(p.ra.subject), _fields._rid(p.rb.subject)
    return sa is not None and sa == sb


def _placed_together(p: Any) -> bool:
    """Both claims placed (their own words or their report's) in one place."""
    return p.ra.place is not None and p.rb.place is not None and _fields._one_event(p, None)


_NEAR = 1.5  # central values at most this many times apart: rival counts of one toll


def _near(p: Any) -> bool:
    """Whether two figures' central values are at most ``_NEAR`` times apart."""
    va, vb = p.a.value, p.b.value
    if not (isinstance(va, Quantity) and isinstance(vb, Quantity)):
        return False
    ca, cb = va.center, vb.center
    if math.isnan(ca) or math.isnan(cb) or min(ca, cb) <= 0:
        return False
    return max(ca, cb) / min(ca, cb) <= _NEAR


def _rivals(p: Any) -> bool:
    pa, pb = _party(p, True), _party(p, False)
    return None not in (pa, pb) and pa != pb


def _two_speakers(extra: Test) -> Test:
    """The rule, or for two speakers also ``extra``."""

    def test(p: Any) -> bool:
        if _RULE(p):
            return True
        return not _one_speaker(p) and extra(p)

    return test


#: The extra test of each variant that the modifiers may apply (two speakers' claims).
EXTRA: dict[str, Test] = {
    "event": _one_event,
    "event-local": lambda p: _one_event(p) and _both_local(p),
    "event-subject": lambda p: _one_event(p) and _same_subject(p),
    "event-placed": lambda p: _one_event(p) and _placed_together(p),
    "event-party": lambda p: _one_event(p) and _rivals(p),
    "event-placed-subject": lambda p: _one_event(p) and _placed_together(p) and _same_subject(p),
    "event-party-placed": lambda p: _one_event(p) and _rivals(p) and _placed_together(p),
    "event-near": lambda p: _one_event(p) and _same_subject(p) and _near(p),
    "event-near-party": lambda p: _one_event(p) and _same_subject(p) and _near(p) and _rivals(p),
    "event-sole": lambda p: _one_event(p) and p.a.id in _SOLE and p.b.id in _SOLE,
    "event-near-sole": lambda p: (
        _one_event(p) and _same_subject(p) and _near(p) and p.a.id in _SOLE and p.b.id in _SOLE
    ),
    "event-near-span": lambda p: _one_event(p) and _same_subject(p) and _near(p) and _short(p),
    **{
        f"event-near-span{days}": lambda p, days=days: (
            _one_event(p) and _same_subject(p) and _near(p) and _short(p, days)
        )
        for days in (7, 14, 30, 60)
    },
    "event-near-home": lambda p: _one_event(p) and _same_subject(p) and _near(p) and _at_home(p),
    "event-near-firm": lambda p: _one_event(p) and _same_subject(p) and _near(p) and _firm(p),
    "event-near-span-home": lambda p: (
        _one_event(p) and _same_subject(p) and _near(p) and _short(p) and _at_home(p)
    ),
}

VARIANTS: dict[str, Test] = {
    "base": _RULE,
    "undated": _two_speakers(_undated),
    "both-undated": _two_speakers(
        lambda p: _fields._dated(p.a, p.ra) is None and _fields._dated(p.b, p.rb) is None
    ),
    "local": _two_speakers(lambda p: _undated(p) and _both_local(p)),
    "site": _two_speakers(lambda p: _undated(p) and _fields._one_site(p)),
    "article": _two_speakers(lambda p: _fields._one_article(p.a, p.b)),
    "party": _two_speakers(
        lambda p: (
            _undated(p)
            and _both_local(p)
            and None not in (_party(p, True), _party(p, False))
            and _party(p, True) != _party(p, False)
        )
    ),
    "cap": _two_speakers(lambda p: _cap(p) != 0),
    "cap-local": _two_speakers(lambda p: _cap(p) != 0 and _both_local(p)),
    "cap-no-range": _two_speakers(
        lambda p: _both_local(p) and _cap_kind(p) not in (None, QuantityKind.RANGE)
    ),
    "no-rise": _two_speakers(lambda p: _RISING(p) and _both_local(p)),
    **{name: _two_speakers(extra) for name, extra in EXTRA.items()},
}

#: What a modifier adds: ``place+`` (the graph's event is one event for the one-event rule
#: too) and ``+rise`` (no rising toll between two speakers whose test holds).
_PLACE, _RISE = "place+", "+rise"


def _parse(name: str) -> tuple[str, bool, bool]:
    """Return a variant's base name and whether it carries ``place+`` and ``+rise``."""
    place, rise = name.startswith(_PLACE), name.endswith(_RISE)
    base = name.removeprefix(_PLACE).removesuffix(_RISE)
    if base not in VARIANTS or ((place or rise) and base not in EXTRA):
        raise argparse.ArgumentTypeError(f"no such variant: {name}")
    return base, place, rise


def _use(name: str) -> None:
    base, place, rise = _parse(name)
    test = VARIANTS[base]
    _judge._one_time = test
    _victims._one_time = test
    extra = EXTRA.get(base)
    if place and extra is not None:
        # the one-event rule: the graph's event places two speakers' claims in one event
        def one_event(p: Any, known: Any, extra: Test = extra) -> bool:
            return _ONE_EVENT(p, known) or (not _one_speaker(p) and extra(p))

        _judge._one_event = _victims._one_event = one_event
    else:
        _judge._one_event = _victims._one_event = _ONE_EVENT
    if base == "no-rise":
        _judge._rising = lambda p: _RISING(p) and _one_speaker(p)
    elif rise and extra is not None:
        _judge._rising = lambda p, extra=extra: _RISING(p) and (_one_speaker(p) or not extra(p))
    else:
        _judge._rising = _RISING


def _events_of(corpus: Any) -> dict[str, str]:
    """Claim id -> event id, as the benchmark's graph (event labels withheld) finds them."""
    claims = [attrs.evolve(c, event=None) if c.event is not None else c for c in corpus.claims]
    graph = cr.claim_graph(claims)
    _SOLE.clear()
    _SOLE.update(_sole(claims, graph.resolution))
    of = {c.id: event.id for event in graph.events() for c in event.claims}
    _event_facts(claims, graph.resolution, of)
    return of


#: Per graph event: the first and last day its dated claims are dated to (``_dated``), and
#: the place most of its placed claims name (the ``-span`` and ``-home`` guards).
_SPAN: dict[str, tuple[Any, Any]] = {}
_HOME: dict[str, Place] = {}
#: Claim id -> the known place its own words (or report) resolve to.
_OWN: dict[str, Place] = {}
#: Per corpus folder and events: the facts above of the graph built with the rule as it
#: is (built once a run, whatever the variants).
_CACHE: dict[tuple[str, tuple[str, ...]], tuple[Any, ...]] = {}
_SPAN_DAYS = 3  # an event whose dated claims lie this close dates its undated ones


def _event_facts(claims: Sequence[Any], resolution: Any, of: Mapping[str, str]) -> None:
    _SPAN.clear()
    _HOME.clear()
    _OWN.clear()
    counts: dict[str, dict[str, int]] = {}
    records: dict[str, Place] = {}
    for k, claim in enumerate(claims):
        event = of.get(claim.id)
        rec = resolution[k]
        if event is None:
            continue
        day = _fields._dated(claim, rec)
        if day is not None:
            lo, hi = _SPAN.get(event, (day, day))
            _SPAN[event] = (min(lo, day), max(hi, day))
        hit = rec.place
        if hit is not None and isinstance(hit.record, Place):
            _OWN[claim.id] = hit.record
            records[hit.record.id] = hit.record
            by = counts.setdefault(event, {})
            by[hit.record.id] = by.get(hit.record.id, 0) + 1
    for event, by in counts.items():
        best = max(sorted(by), key=by.__getitem__)
        _HOME[event] = records[best]


def _short(p: Any, days: int = _SPAN_DAYS) -> bool:
    """Whether the pair's graph event has dated claims, all within ``days``."""
    span = _SPAN.get(_EVENT_OF.get(p.a.id, ""))
    return span is not None and (span[1] - span[0]).days <= days


_CLOSE = (PlaceRelation.SAME, PlaceRelation.WITHIN, PlaceRelation.CONTAINS)


def _at_home(p: Any) -> bool:
    """Whether each claim's own known place is (in) its graph event's commonest place."""
    home = _HOME.get(_EVENT_OF.get(p.a.id, ""))
    for claim in (p.a, p.b):
        own = _OWN.get(claim.id)
        if own is None or home is None or own.id == home.id:
            continue
        if _fields._relate_places(p.lookup.vocabulary, own, home) not in _CLOSE:
            return False
    return True


def _firm(p: Any) -> bool:
    """Whether neither claim is hedged ("feared dead", "may have killed")."""
    return p.a.hedge is None and p.b.hedge is None


def _sole(claims: Sequence[Any], resolution: Any) -> set[str]:
    """Return the claims that are their report's only figure of their predicate."""
    counts: dict[tuple[str, str], list[str]] = {}
    for k, claim in enumerate(claims):
        if claim.via is None or not isinstance(claim.value, Quantity):
            continue
        predicate = _fields._rid(resolution[k].predicate)
        if predicate is not None:
            counts.setdefault((claim.via.id, predicate), []).append(claim.id)
    return {ids[0] for ids in counts.values() if len(ids) == 1}


def measure(
    name: str, sets: Mapping[str, tuple[Path, Sequence[str] | None]]
) -> dict[str, tuple[int, list[tuple[str, str, str]]]]:
    """Return, per set, the right contradictions and the false ones (a, b, gold kind).

    ``sets`` maps a name to a corpus folder and its events (None: every file), as
    ``news_relations.py`` reads them. The rule is put back after the run.
    """
    _use(name)
    out: dict[str, tuple[int, list[tuple[str, str, str]]]] = {}
    try:
        for key, (directory, events) in sets.items():
            corpus = bench.load(directory, events)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                if "event" in name:  # the events of the rule as it is (once a set)
                    cached = (str(directory), tuple(events or ()))
                    if cached not in _CACHE:
                        _use("base")
                        found = _events_of(corpus)
                        _CACHE[cached] = (found, set(_SOLE), dict(_SPAN), dict(_HOME), dict(_OWN))
                        _use(name)
                    stores = (_EVENT_OF, _SOLE, _SPAN, _HOME, _OWN)
                    for store, value in zip(stores, _CACHE[cached], strict=True):
                        store.clear()
                        store.update(value)  # type: ignore[attr-defined]
                fig = bench.evaluate(corpus)
            false = sorted(fig.false_contradictions)
            out[key] = (fig.graph_contradictions - len(false), false)
    finally:
        _use("base")
    return out


def _checked(name: str) -> str:
    _parse(name)
    return name


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--variants", nargs="+", type=_checked, default=list(VARIANTS),
        help="variant names, each base name optionally as place+NAME, NAME+rise or both",
    )  # fmt: skip
    parser.add_argument("--sets", nargs="+", choices=list(SETS), default=list(SETS))
    parser.add_argument("--pairs", action="store_true", help="list the false pairs a variant adds")
    args = parser.parse_args(argv)
    sets = {key: SETS[key] for key in args.sets}
    base = measure("base", sets)
    print(f"{'variant':14s}" + "".join(f"{s:>16s}" for s in args.sets) + "   (right/false)")
    for name in args.variants:
        got = base if name == "base" else measure(name, sets)
        cells = "".join(f"{f'{got[s][0]}/{len(got[s][1])}':>16s}" for s in args.sets)
        print(f"{name:14s}{cells}")
        if args.pairs and name != "base":
            for s in args.sets:
                for a, b, gold in sorted(set(got[s][1]) - set(base[s][1])):
                    print(f"    {s}: {a} {b} (gold {gold})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
