"""The claim graph's fast paths against the simple code they replace (made-up values).

Each fast path builds the same object as the simple one, without re-running converters
on values the judge or the scorer already made, or skips work whose answer is dropped:
a relationship's converse, a pair's features and score, the sorted reasons, two texts
said alike, the outcome tests of the judge, the perpetrator pairs already related, the
perpetrator pairs whose claims' own facts rule out any answer (the screen), the one-fact
test of two times that overlap, the judge's field findings by distinct facets, the
hedge readings of claims with no hedge and no qualifier, the test of the conflicts' kinds.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
import sys
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimrec as cr
from claimrec._text import normalize
from claimrec.alignment import FEATURES, PairScore
from claimrec.errors import InvalidClaimError
from claimrec.graph import ClaimGraph, claim_graph
from claimrec.graph._building import (
    _converse,
    _features,
    _features_reference,
    _perpetrator_pairs,
    _unexplained_pair,
)
from claimrec.model import Claim
from claimrec.relation import (
    Reason,
    ReasonKind,
    Relation,
    Relationship,
    _accord,
    _distinct,
    _lookup,
    _perpetrator_reason,
)
from claimrec.relation._distinct import plain_findings
from claimrec.relation._fields import (
    _HEDGE_WORDS,
    _POSSIBILITY_WORDS,
    HEDGE_FACTOR,
    _hedge_reasons,
    _hedges,
    _only_kind,
    _Outcome,
    _Pair,
    _places,
    _possible,
    _predicates,
    _same_core,
    _spans,
    _subjects,
    _times,
)
from claimrec.relation._judge import _EQUAL, _EQUAL_OR_A, _EQUAL_OR_B, _only
from claimrec.relation._kinds import _sorted_reasons, _sorted_reasons_reference
from claimrec.relation._lookup import _same_words
from claimrec.relation._screen import _may_answer, _who_facets
from claimrec.resolution import resolve
from claimrec.resolution._resolver import _speaker_key
from claimrec.vocab import PlaceRelation
from tests.strategies import claims as random_claims
from tests.test_graph_oracle import feeds

DETAILS = ["12 and 20 differ", "Kayes and Mopti", "B", "Source 3 says 'reportedly'", "a"]
reasons = st.builds(Reason, kind=st.sampled_from(list(ReasonKind)), detail=st.sampled_from(DETAILS))


@settings(max_examples=300, deadline=None)
@given(items=st.lists(reasons, max_size=6), as_tuple=st.booleans(), as_iter=st.booleans())
def test_sorted_reasons_equal_the_simple_sort(items, as_tuple, as_iter):
    """Distinct reasons by kind then detail, whatever is given (a list, tuple, iterator)."""
    given_ = tuple(items) if as_tuple else list(items)
    expected = _sorted_reasons_reference(list(items))
    found = _sorted_reasons(iter(given_) if as_iter else given_)
    assert found == expected
    assert type(found) is tuple


def test_two_reasons_sorted_by_their_keys_keep_the_first_of_equal_ones():
    """Two reasons (compared by their keys, no set): either order gives one order, and of
    two equal reasons the first given is kept, as the set kept it."""
    first = Reason(kind=ReasonKind.SPATIAL, detail="Kayes and Mopti")
    again = Reason(kind=ReasonKind.SPATIAL, detail="Kayes and Mopti")
    other = Reason(kind=ReasonKind.NUMERIC, detail="12 and 20 differ")
    assert _sorted_reasons([first, again])[0] is first
    assert _sorted_reasons((again, first))[0] is again
    expected = _sorted_reasons_reference([first, other])
    assert _sorted_reasons([first, other]) == _sorted_reasons([other, first]) == expected


def _same_words_reference(x: str, y: str) -> bool:
    key = normalize(x)
    return x == y if not key else key == normalize(y)


texts = st.one_of(
    st.sampled_from(["Kayes", "kayes", "KAYES ", "", " ", "قاعدة", "Mopti", "Kayes-Nord", "!"]),
    st.text(max_size=12),
)


@settings(max_examples=300, deadline=None)
@given(x=texts, y=texts)
def test_same_words_with_its_equal_text_shortcut(x, y):
    assert _same_words(x, y) is _same_words_reference(x, y)
    assert _same_words(x, x) is _same_words_reference(x, x)


relationships = st.builds(
    Relationship,
    a=st.sampled_from(["c1", "c2", "x"]),
    b=st.sampled_from(["c3", "y"]),
    kind=st.sampled_from(list(Relation)),
    strength=st.floats(0, 1),
    reasons=st.lists(reasons, max_size=3, unique=True).map(tuple),
    magnitude_ratio=st.one_of(st.none(), st.floats(1, 1e6), st.just(math.inf)),
    disputed=st.booleans(),
)


@settings(max_examples=200, deadline=None)
@given(rel=relationships)
def test_the_graphs_converse_equals_the_relationships(rel):
    found, expected = _converse(rel), rel.converse()
    assert found == expected
    assert type(found.strength) is type(expected.strength)
    assert found.reasons == expected.reasons
    assert repr(found) == repr(expected)


scores = st.one_of(
    st.floats(0, 1), st.sampled_from([0.0, 0.5, 1.0, 1.0000001, -1e-9, 1.5, math.nan])
)


@settings(max_examples=200, deadline=None)
@given(values=st.lists(scores, min_size=len(FEATURES), max_size=len(FEATURES)))
def test_unexplained_features_equal_the_classes(values):
    """The same features, or the same error for a score outside [0, 1]."""
    weights = [1.0 + k for k in range(len(FEATURES))]
    try:
        expected = _features_reference(weights, values)
    except InvalidClaimError as error:
        message = str(error)
        with pytest.raises(InvalidClaimError, match=re.escape(message)):
            _features(weights, values)
        return
    assert _features(weights, values) == expected


@settings(max_examples=200, deadline=None)
@given(
    a=st.sampled_from(["c1", "c2"]),
    b=st.sampled_from(["c1", "c2", "c3"]),
    score=scores,
    aligned=st.booleans(),
    place=st.sampled_from([None, "same", "within", "disjoint"]),
    rejected=st.sampled_from([None, "subject", "place"]),
)
def test_an_unexplained_pair_equals_the_classes(  # noqa: PLR0917 - hypothesis's arguments
    a, b, score, aligned, place, rejected
):
    """The same PairScore, or the same error (a score outside [0, 1], ``a`` after ``b``)."""
    features = _features_reference([1.0] * len(FEATURES), [0.5] * len(FEATURES))
    fields = {
        "a": a, "b": b, "score": score, "aligned": aligned, "threshold": 0.6,
        "features": features, "place_relation": place, "rejected": rejected,
    }  # fmt: skip
    try:
        expected = PairScore(**fields)
    except InvalidClaimError as error:
        message = str(error)
        with pytest.raises(InvalidClaimError, match=re.escape(message)):
            _unexplained_pair(*fields.values())
        return
    found_pair = _unexplained_pair(*fields.values())
    assert found_pair == expected
    assert repr(found_pair) == repr(expected)


@given(outcomes=st.lists(st.sampled_from(list(_Outcome)), max_size=6))
def test_only_is_the_subset_test(outcomes):
    for allowed in (_EQUAL, _EQUAL_OR_A, _EQUAL_OR_B):
        assert _only(outcomes, allowed) is (set(outcomes) <= set(allowed))


def _made_up_claims() -> list[Claim]:
    """A made-up blast at a clinic blamed on three parties, and tolls of it, one day."""
    blamed = ["an air strike of the army", "a JNIM rocket", "a drone"]
    actors = ["FAMa", "JNIM", None]
    out = []
    for k in range(9):
        out.append(
            Claim(
                source=f"Outlet {k}",
                subject="clinic blast",
                predicate="caused by",
                value=blamed[k % 3],
                actor=actors[k % 3],
                place="Tessit",
                when="2025-04-02",
                id=f"b{k}",
            )
        )
        toll = Claim(
            source=f"Agency {k}", subject="civilians", predicate="killed", value=10 + k,
            actor=actors[(k + 1) % 3], place="Tessit", when="2025-04-02", id=f"t{k}",
        )  # fmt: skip
        out.append(toll)
    return out


def test_perpetrator_pairs_skip_only_what_is_asked():
    """Skipping pairs leaves the others, in the same order (what the graph then drops)."""
    claims = _made_up_claims()
    res = resolve(claims)
    records = {c.id: res[k] for k, c in enumerate(claims)}
    lookup = _lookup(None)
    every = list(_perpetrator_pairs(claims, records.__getitem__, lookup))
    assert every, "the made-up claims hold perpetrator pairs"
    dropped = {(a.id, b.id) for a, b in every[::2]}
    kept = list(
        _perpetrator_pairs(claims, records.__getitem__, lookup, skip=lambda x, y: (x, y) in dropped)
    )
    assert kept == [(a, b) for a, b in every if (a.id, b.id) not in dropped]


# ------------------------------------------------- the screen of the perpetrator pairs

_WHO_PREDICATES = ("killed", "attacked", "caused by", "blamed on", "shelled", "wounded")
_WHO_PREDICATES += ("captured", "claimed responsibility for")
_WHO_FIELDS = {
    "source": st.sampled_from(["FAMa", "DIRPA", "JNIM", "GSIM", "HRW", "a witness", "Outlet 1"]),
    "subject": st.sampled_from(["civilians", "militants", "soldiers", "clinic blast", "attack"]),
    "predicate": st.sampled_from(_WHO_PREDICATES),
    "value": st.sampled_from([None, "12", "a JNIM rocket", "an air strike of the army", "40"]),
    "actor": st.sampled_from([None, "JNIM", "GSIM", "FAMa", "ISSP", "Wagner"]),
    "polarity": st.sampled_from(["asserted", "asserted", "denied"]),
    "place": st.sampled_from([None, "Tessit", "Kayes", "a clinic in Tessit"]),
    "when": st.sampled_from([None, "2025-04-02", "2025-04-03", "2025-04-20"]),
    "event": st.sampled_from([None, None, "Tessit attack"]),
}


@st.composite
def who_claims(draw: st.DrawFn) -> list[Claim]:
    """Made-up claims naming, blaming and denying perpetrators, a few days apart."""
    n = draw(st.integers(2, 16))
    return [
        Claim(id=f"w{k:02d}", **{name: draw(s) for name, s in _WHO_FIELDS.items()})
        for k in range(n)
    ]


def _rules_of(claims: list[Claim]) -> tuple[dict, _lookup]:
    res = resolve(claims)
    return {c.id: res[k] for k, c in enumerate(claims)}, _lookup(None)


@settings(max_examples=80, deadline=None)
@given(claims=who_claims())
def test_the_screen_passes_every_pair_the_rules_answer(claims):
    """A pair the screen rules out is one neither rule answers, whichever claim is first."""
    records, lookup = _rules_of(claims)
    facets = {c.id: _who_facets(c, records[c.id], lookup) for c in claims}
    for a, b in itertools.permutations(claims, 2):
        fa, fb = facets[a.id], facets[b.id]
        if fa is not None and fb is not None and _may_answer(fa, fb):
            continue
        pair = _Pair(a, b, records[a.id], records[b.id], lookup)
        assert _perpetrator_reason(pair) is None
        assert _accord(pair) is None


@settings(max_examples=80, deadline=None)
@given(claims=who_claims(), drop=st.integers(1, 3))
def test_screened_perpetrator_pairs_equal_every_pair_examined(claims, drop):
    """The same pairs in the same order with and without the screen (and with a skip)."""
    records, lookup = _rules_of(claims)
    plain = list(_perpetrator_pairs(claims, records.__getitem__, lookup, screen=False))
    assert list(_perpetrator_pairs(claims, records.__getitem__, lookup)) == plain
    dropped = {(a.id, b.id) for a, b in plain[::drop]}

    def skip(x: str, y: str) -> bool:
        return (x, y) in dropped

    assert list(_perpetrator_pairs(claims, records.__getitem__, lookup, skip=skip)) == list(
        _perpetrator_pairs(claims, records.__getitem__, lookup, skip=skip, screen=False)
    )


def test_screened_perpetrator_pairs_on_made_up_and_synthetic_claims():
    """Made-up blasts blamed on three parties, and 3,000 synthetic claims (the benchmark's)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from benchmarks._synthetic import generate  # noqa: PLC0415 - the benchmark's generator

    data = generate(3000, seed=5)
    for claims, vocabulary in ((_made_up_claims(), None), (data.claims, data.world.vocabulary)):
        res = resolve(claims, vocabulary=vocabulary)
        records = {c.id: res[k] for k, c in enumerate(claims)}
        lookup = _lookup(vocabulary)
        plain = list(_perpetrator_pairs(claims, records.__getitem__, lookup, screen=False))
        assert plain, "the claims hold perpetrator pairs"
        assert list(_perpetrator_pairs(claims, records.__getitem__, lookup)) == plain


def _times_reference(p: _Pair) -> object:
    """The time finding as it was: the one-fact test made for every pair of two times."""
    a, b = p.a, p.b
    if a.when is None or b.when is None:
        return _times(p)
    apart = _Outcome.CONFLICT if _same_core(p) else _Outcome.APART
    return _spans(a.when, b.when, ReasonKind.TEMPORAL, apart=apart)


_WHENS = ("2025-07-01", "2025-07-02", "2025-07", "2025-06-28/2025-07-04", "2025-07-10", None)


@settings(max_examples=200, deadline=None)
@given(
    whens=st.tuples(st.sampled_from(_WHENS), st.sampled_from(_WHENS)),
    subjects=st.tuples(*[st.sampled_from(["the attack", "civilians", "attack"])] * 2),
    events=st.tuples(*[st.sampled_from([None, "Kayes attack", "kayes attack", "Diboli"])] * 2),
    predicates=st.tuples(*[st.sampled_from(["killed", "attacked", "Killed"])] * 2),
)
def test_times_read_the_one_fact_test_only_when_it_counts(whens, subjects, events, predicates):
    """Times that overlap (or are equal) never read whether the claims state one fact."""
    claims = [
        Claim(source="UN", subject=s, predicate=v, event=e, when=w, place="Kayes", id=f"t{k}")
        for k, (w, s, e, v) in enumerate(zip(whens, subjects, events, predicates, strict=True))
    ]
    res = resolve(claims)
    for a, b in ((claims[0], claims[1]), (claims[1], claims[0])):
        pair = _Pair(a, b, res[a.id], res[b.id], _lookup(None))
        assert _times(pair) == _times_reference(pair)


# ------------------------------------- the judge's findings by distinct facets (_distinct)


def _relations(graph: ClaimGraph) -> list[tuple]:
    """Every relationship of a graph: its pair, kind, strength, reasons, ratio and flag."""
    return [
        (r.a, r.b, r.kind, r.strength, r.reasons, r.magnitude_ratio, r.disputed)
        for r in graph.relationships
    ]


def _memo_and_plain(claims: list[Claim], vocabulary: object = None) -> tuple[list, list]:
    """The graph's relationships judged plain and by distinct facets (the memo emptied after)."""
    alignment = cr.align(claims, vocabulary=vocabulary)  # type: ignore[arg-type]
    with plain_findings():
        plain = _relations(claim_graph(alignment, vocabulary=vocabulary))  # type: ignore[arg-type]
    memo = _relations(claim_graph(alignment, vocabulary=vocabulary))  # type: ignore[arg-type]
    assert not _lookup(vocabulary).findings  # type: ignore[arg-type]
    return plain, memo


@settings(max_examples=60, deadline=None)
@given(claims=feeds())
def test_the_judge_by_distinct_facets_equals_the_plain_judge(claims):
    """Same kinds, strengths, reasons, ratios and flags (hedges, denials, statement times,
    relays)."""
    plain, memo = _memo_and_plain(claims)
    assert memo == plain


_SHARED_PLACES = ("Kayes", "a hospital in Kayes", "Kayes and Diboli", "Diboli", "Mali", None)


def _assert_findings_equal_plain(claims: list[Claim]) -> None:
    """Each memoised finding of every ordered pair equals the plain one, asked twice."""
    res = resolve(claims)
    records = [res[k] for k in range(len(claims))]
    lookup = _lookup(None)
    for _ in range(2):
        for (a, ra), (b, rb) in itertools.product(zip(claims, records, strict=True), repeat=2):
            p = _Pair(a, b, ra, rb, lookup)
            assert _distinct.subjects(p) == _subjects(p)
            assert _distinct.predicates(p) == _predicates(p)
            for known in (None, PlaceRelation.SAME, PlaceRelation.DISJOINT):
                assert _distinct.places(p, known) == _places(p, known)
            assert _distinct.times(p) == _times(p)
        for c, r in zip(claims, records, strict=True):
            plain = _speaker_key(r.speaker, c.source, lookup.vocabulary)
            assert _distinct.speaker_key(r.speaker, c.source, lookup) == plain


@settings(max_examples=60, deadline=None)
@given(claims=random_claims(max_size=6), places=st.lists(st.sampled_from(_SHARED_PLACES)))
def test_each_finding_by_distinct_facets_equals_its_plain_finding(claims, places):
    """Every field drawn: typed values, relay chains, any text, places of shared words."""
    _assert_findings_equal_plain(
        [
            attrs.evolve(c, id=f"r{k}", place=places[k] if k < len(places) else c.place)
            for k, c in enumerate(claims)
        ]
    )


@settings(max_examples=60, deadline=None)
@given(claims=feeds())
def test_each_finding_by_distinct_facets_on_claims_of_a_few_incidents(claims):
    """Denials of acts another claim's act entails, hedges, statement times, relays."""
    _assert_findings_equal_plain(claims)


def test_a_finding_is_judged_once_per_distinct_key():
    """Two pairs of other claims with the same facets share one finding (the same object);
    a pair of different places is judged each time (whether one fact decides)."""
    make = functools.partial(Claim, predicate="killed", when="2025-07-01", value=4)
    claims = [
        make(source="UN", subject="civilians", place="Kayes", id="a"),
        make(source="HRW", subject="soldiers", place="Diboli", id="b"),
        make(source="MSF", subject="civilians", place="Kayes", id="c"),
        make(source="OCHA", subject="soldiers", place="Diboli", id="d"),
    ]
    res = resolve(claims)
    lookup = _lookup(None)
    one = _Pair(claims[0], claims[1], res["a"], res["b"], lookup)
    other = _Pair(claims[2], claims[3], res["c"], res["d"], lookup)
    assert _distinct.subjects(one) is _distinct.subjects(other)
    assert _distinct.predicates(one) is _distinct.predicates(other)
    assert _distinct.times(one) is _distinct.times(_Pair(*claims[:2], res["a"], res["b"], lookup))
    assert _places(one, None)[0][0] in (_Outcome.CONFLICT, _Outcome.APART)
    assert _distinct.places(one, None) == _places(one, None)
    with plain_findings():
        assert _distinct.subjects(one) is not _distinct.subjects(other)


def test_the_judge_by_distinct_facets_on_synthetic_claims_and_real_news():
    """3,000 synthetic claims (the benchmark's) and the real-news corpus (655 claims)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from benchmarks import news_relations as bench  # noqa: PLC0415
    from benchmarks._synthetic import generate  # noqa: PLC0415 - the benchmark's generator

    data = generate(3000, seed=7)
    for claims, vocabulary in ((data.claims, data.world.vocabulary), (bench.load().claims, None)):
        plain, memo = _memo_and_plain(claims, vocabulary)
        assert plain, "the claims hold related pairs"
        assert memo == plain


# The judge's per-pair helpers with a shortcut for the common case (no hedge, no
# qualifier; no conflict): each against the code it replaced (distinct2).


def _hedges_reference(claim: Claim) -> tuple[str, ...]:
    found: list[str] = []
    if claim.hedge:
        found.append(claim.hedge)
    found.extend(q for q in claim.qualifiers if _HEDGE_WORDS.intersection(normalize(q).split()))
    return tuple(found)


def _hedge_reasons_reference(a: Claim, b: Claim) -> tuple[float, list[Reason]]:
    factor, out = 1.0, []
    for claim in (a, b):
        words = _hedges_reference(claim)
        if words:
            factor *= HEDGE_FACTOR
            quoted = ", ".join(f"'{w}'" for w in words)
            out.append(Reason(kind=ReasonKind.HEDGE, detail=f"{claim.source.name} says {quoted}"))
    return factor, out


def _possible_reference(claim: Claim) -> bool:
    texts = [claim.hedge or "", *claim.qualifiers]
    return any(_POSSIBILITY_WORDS.intersection(normalize(t).split()) for t in texts)


_HEDGED = ["reportedly", "could approach", "provisional", "at least", "according to police"]
hedged_claims = st.builds(
    Claim,
    source=st.sampled_from(["UN", "HRW"]),
    subject=st.just("civilians"),
    predicate=st.just("killed"),
    value=st.integers(1, 90),
    hedge=st.none() | st.sampled_from(_HEDGED),
    qualifiers=st.lists(st.sampled_from([*_HEDGED, "in the north"]), max_size=2),
)


@settings(max_examples=200, deadline=None)
@given(a=hedged_claims, b=hedged_claims)
def test_hedge_readings_with_their_shortcut_equal_the_plain_ones(a, b):
    """A claim with no hedge and no qualifier reads no hedge and no possibility."""
    assert _hedges(a) == _hedges_reference(a)
    assert _possible(a) is _possible_reference(a)
    assert _hedge_reasons(a, b) == _hedge_reasons_reference(a, b)
    bare = attrs.evolve(a, hedge=None, qualifiers=())
    assert _hedges(bare) == ()
    assert _possible(bare) is False
    assert _hedge_reasons(bare, attrs.evolve(b, hedge=None, qualifiers=())) == (1.0, [])


findings = st.lists(
    st.tuples(st.sampled_from(list(_Outcome)), st.lists(reasons, max_size=3).map(tuple)),
    max_size=6,
)


@given(found=findings, kind=st.sampled_from(list(ReasonKind)))
def test_only_kind_is_the_subset_test(found, kind):
    kinds = {r.kind for outcome, rs in found if outcome is _Outcome.CONFLICT for r in rs}
    assert _only_kind(found, kind) is (kinds <= {kind})
