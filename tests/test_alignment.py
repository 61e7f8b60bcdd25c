"""Tests of claimrec.alignment: hard constraints, features, grouping, budget, results."""

from __future__ import annotations

import datetime as dt
import random

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimrec import datasets
from claimrec._text import normalize
from claimrec.alignment import (
    _RELATIONS,
    DEFAULT_WEIGHTS,
    FEATURES,
    Alignment,
    PairScore,
    _Places,
    _Resolver,
    align,
    compare,
    estimate_pairs,
)
from claimrec.errors import CandidateBudgetError, InvalidClaimError, UnknownNameError
from claimrec.model import Claim, Report
from claimrec.resolution._geography import _town_name
from claimrec.vocab import default_vocabulary


def claim(cid: str, **fields: object) -> Claim:
    base: dict[str, object] = {
        "source": "S",
        "subject": "militants",
        "predicate": "killed",
        "place": "Kayes",
        "when": "2025-07-01",
    }
    base.update(fields)
    return Claim(id=cid, **base)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- compare


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ({"predicate": "repelled"}, {"predicate": "captured"}),
        ({"predicate": "thwarted"}, {"predicate": "seized control of"}),
        ({"predicate": "attacked"}, {"predicate": "stormed"}),
    ],
)
def test_predicates_of_one_family_align_even_when_exclusive(first, second):
    """'repelled' and 'captured' are one item (outcome): aligned so the contradiction is seen."""
    a = claim("a", subject="military camp", **first)
    b = claim("b", subject="military camp", **second)
    assert compare(a, b).aligned


def test_predicates_of_different_families_never_align():
    """'killed' (casualties) and 'attacked' (attack) are different items."""
    pair = compare(claim("a"), claim("b", predicate="attacked"))
    assert (pair.aligned, pair.rejected, pair.score) == (False, "predicate", 0.0)
    assert "different families" in pair.feature("predicate").detail


@pytest.mark.parametrize(
    ("first", "second", "aligned"),
    [("heard", "heard", True), ("heard", "herd", True), ("heard", "seen", False)],
)
def test_unknown_predicates_compare_by_text(first, second, aligned):
    """Predicates the vocabulary does not know align only with similar text."""
    a = claim("a", subject="gunfire", predicate=first)
    b = claim("b", subject="gunfire", predicate=second)
    assert compare(a, b).aligned is aligned


def test_exclusive_subject_classes_never_align():
    """80 militants killed and 10 soldiers killed are different items, never compared."""
    pair = compare(claim("a", value="over 80"), claim("b", subject="soldiers", value=10))
    assert pair.rejected == "subject"
    assert "exclusive classes" in pair.feature("subject").detail


def test_counted_subjects_must_match():
    """For casualties the subject is what is counted: 'enemy' is no match for 'militants'."""
    pair = compare(claim("a"), claim("b", subject="weapons caches"))
    assert pair.rejected == "subject"


def test_subject_synonyms_align():
    """'terrorists' and 'militants' are one subject class."""
    pair = compare(claim("a"), claim("b", subject="terrorists", predicate="neutralised"))
    assert pair.aligned
    assert pair.feature("subject").score == 1.0


def test_broader_subject_aligns_for_counts():
    """'people killed' may be the soldiers killed: broader class, aligned, lower score."""
    pair = compare(claim("a", subject="people"), claim("b", subject="soldiers"))
    assert pair.aligned
    assert pair.feature("subject").score == 0.75


def test_subject_is_soft_for_outcomes():
    """The army's 'attacks' and JNIM's 'military installations' align when time and place fit."""
    army = claim("a", subject="attacks", predicate="thwarted", place="western Mali")
    jnim = claim(
        "b",
        subject="military installations",
        predicate="seized control of",
        place="western Mali",
        actor="JNIM",
    )
    pair = compare(army, jnim)
    assert pair.aligned
    assert pair.feature("subject").score < 0.5


@pytest.mark.parametrize(
    ("when", "rejected"),
    [("2025-07-01", None), ("2025-07-02", None), ("2025-07-03", None), ("2025-07-04", "time")],
)
def test_event_times_beyond_the_window_never_align(when, rejected):
    """The gap between the spans counts: 1 and 3 July are one day apart; 1 and 4 July, two."""
    assert compare(claim("a"), claim("b", when=when)).rejected == rejected


def test_time_window_is_an_option():
    """A wider window lets 1 and 4 July be compared; a number means days."""
    a, b = claim("a"), claim("b", when="2025-07-04")
    assert compare(a, b, time_window=dt.timedelta(days=3)).rejected is None
    assert compare(a, b, time_window=2).rejected is None
    assert compare(claim("a"), claim("b", when="2025-07-02"), time_window=0).rejected is None


def test_statement_time_is_not_event_time():
    """Claims stated a month apart about the same day align; 'stated' is never the event time."""
    a = claim("a", stated="2025-07-01")
    b = claim("b", stated="2025-08-15")
    assert compare(a, b).aligned
    c = claim("c", when=None, stated="2025-07-01")
    assert compare(a, c).feature("time").detail == "no event time on one side (neutral)"


def test_precise_times_score_higher_than_vague_ones():
    """A morning inside the day scores 1; only the month says little."""
    day = claim("a")
    morning = claim("b", when="2025-07-01 morning")
    month = claim("c", when="July 2025")
    assert compare(day, morning).feature("time").score == 1.0
    assert compare(day, month).feature("time").score < 0.5


def test_disjoint_places_never_align():
    """Kayes and Timbuktu are disjoint: never aligned."""
    pair = compare(claim("a"), claim("b", place="Timbuktu"))
    assert pair.rejected == "place"
    assert pair.place_relation == "disjoint"


@pytest.mark.parametrize(
    ("coarse", "fine", "relation"),
    [
        ("western Mali", "Diboli", "contains"),
        ("Kayes region", "Diboli", "contains"),
        ("Mali", "Kayes", "contains"),
    ],
)
def test_coarser_and_finer_places_align_and_say_so(coarse, fine, relation):
    """'western Mali' or 'Kayes region' align with Diboli as a coarser/finer pair."""
    pair = compare(claim("a", place=coarse), claim("b", place=fine))
    assert pair.aligned
    assert pair.place_relation == relation
    assert pair.feature("place").score == 0.85
    flipped = compare(claim("b", place=coarse), claim("a", place=fine))
    assert flipped.place_relation == "within"


def test_same_name_places_do_not_merge_without_context():
    """'Nioro' names towns in Mali and Senegal: neutral, not the same place."""
    pair = compare(claim("a", place="Nioro"), claim("b", place="Nioro"))
    assert pair.feature("place").score == 0.5
    assert "several places" in pair.feature("place").detail


def test_an_ambiguous_name_whose_readings_are_all_disjoint_is_rejected():
    """Nioro (Mali or Senegal) cannot be Timbuktu under either reading."""
    pair = compare(claim("a", place="Nioro"), claim("b", place="Timbuktu"))
    assert pair.rejected == "place"


def test_report_context_resolves_misspelled_places():
    """'Binoli' alone is unknown; named in one report with Kayes and Sandere, it is Diboli."""
    report = Report(outlet="ORTM", id="r1")
    binoli = claim("a", place="Binoli", predicate="attacked", subject="town", via=report)
    kayes = claim("k", place="Kayes", predicate="attacked", subject="town", via=report)
    sandere = claim("s", place="Sandere", predicate="attacked", subject="town", via=report)
    diboli = claim("d", place="Diboli", predicate="attacked", subject="town")
    alone = compare(binoli, diboli)
    assert alone.place_relation is None
    read = compare(binoli, diboli, context=[kayes, sandere])
    assert read.place_relation == "same"
    assert "(Diboli)" in read.feature("place").detail


def test_unknown_places_compare_by_text():
    """Two names outside the gazetteer score by their similarity."""
    pair = compare(claim("a", place="Kobeladougou"), claim("b", place="Kobeladugu"))
    assert pair.feature("place").score > 0.5
    detail = pair.feature("place").detail
    # near-identical spellings of one unknown name: one place identified within the input
    assert "text similarity" in detail or "identified within the input" in detail


@pytest.mark.parametrize(
    ("first", "second", "score"),
    [
        ("JNIM", "GSIM", 1.0),
        ("Mali's army", "FAMa", 1.0),
        ("DIRPA", "FAMa", 0.75),
        ("JNIM", "FAMa", 0.5),  # different perpetrators: a dispute, neutral here
        ("JNIM", None, 0.5),
    ],
)
def test_actor_feature(first, second, score):
    """Aliases resolve to one actor; part-of scores 0.75; different actors 0."""
    pair = compare(claim("a", actor=first), claim("b", actor=second))
    assert pair.feature("actor").score == score


def test_event_labels_compare_by_text():
    """Close event labels score high; one side without a label is neutral."""
    a = claim("a", event="1 July 2025 attacks in western Mali")
    b = claim("b", event="attacks in western Mali, 1 July 2025")
    assert compare(a, b).feature("event").score == 1.0
    assert compare(a, claim("c")).feature("event").score == 0.5


def test_compare_is_symmetric():
    """compare(a, b) and compare(b, a) give the same PairScore."""
    a = claim("x", place="western Mali", when="2025-07-01 morning")
    b = claim("y", place="Diboli", actor="JNIM")
    assert compare(a, b) == compare(b, a)


def test_weights_can_be_overridden():
    """Weights change the score; unknown names and negative weights are refused."""
    a, b = claim("a", actor="JNIM"), claim("b", actor="FAMa")
    assert compare(a, b, weights={"actor": 0.0}).score > compare(a, b).score
    with pytest.raises(UnknownNameError):
        compare(a, b, weights={"colour": 1.0})
    with pytest.raises(InvalidClaimError, match="weights"):
        compare(a, b, weights={"actor": -1})


@pytest.mark.parametrize("bad", [{"threshold": 1.5}, {"threshold": "high"}, {"time_window": -1}])
def test_bad_options_are_refused(bad):
    """Options are checked and the error names them."""
    with pytest.raises(InvalidClaimError):
        compare(claim("a"), claim("b"), **bad)


def test_explanation_mentions_every_feature():
    """explain() gives the score, the verdict and one line per feature."""
    text = compare(claim("a"), claim("b", place="Diboli")).explain()
    assert text.splitlines()[0].startswith("a ~ b: score")
    for name in FEATURES:
        assert f"  {name} " in text
    assert set(DEFAULT_WEIGHTS) == set(FEATURES)


def test_pairscore_checks_its_fields():
    """A PairScore keeps a < b and a score in [0, 1]."""
    with pytest.raises(InvalidClaimError):
        PairScore(a="b", b="a", score=0.5, aligned=False, threshold=0.6, features=())
    with pytest.raises(InvalidClaimError):
        PairScore(a="a", b="b", score=1.5, aligned=False, threshold=0.6, features=())
    with pytest.raises(UnknownNameError):
        compare(claim("a"), claim("b")).feature("colour")


# --------------------------------------------------------------------------- align


def test_every_claim_is_in_exactly_one_group():
    """Each input claim appears once across the groups; unmatched ones are singletons."""
    claims = [
        claim("a"),
        claim("b"),
        claim("c", place="Timbuktu"),
        claim("d", predicate="attacked"),
    ]
    alignment = align(claims)
    ids = [c.id for g in alignment.groups for c in g.claims]
    assert sorted(ids) == ["a", "b", "c", "d"]
    assert [c.id for c in alignment.singletons] == ["c", "d"]
    assert alignment.claims == tuple(claims)
    assert repr(alignment) == "<Alignment claims=4 groups=3 pairs=1>"
    assert len(alignment) == 3
    assert [g.ids for g in alignment] == [("a", "b"), ("c",), ("d",)]


def test_duplicate_ids_are_refused_and_named():
    """Duplicate claim ids raise an error naming each of them."""
    claims = [claim("a"), claim("a", place="Diboli"), claim("b"), claim("b", place="Gogui")]
    with pytest.raises(InvalidClaimError, match=r"duplicate claim ids: 'a', 'b'"):
        align(claims)


def test_non_claims_are_refused():
    """Only Claim objects are aligned."""
    with pytest.raises(InvalidClaimError, match="not a Claim"):
        align([claim("a"), "b"])  # type: ignore[list-item]


def test_empty_input_gives_an_empty_alignment():
    """No claims, no groups."""
    alignment = align([])
    assert (len(alignment), alignment.stats.candidate_pairs) == (0, 0)


def test_no_chaining_through_an_ambiguous_claim():
    """A coarse claim aligned with two disjoint towns joins one group; the towns stay apart."""
    coarse = claim("m", place="western Mali", actor="JNIM")
    kayes = claim("k1", place="Kayes", actor="GSIM")
    kayes2 = claim("k2", place="Kayes", subject="fighters", actor="JNIM")
    diboli = claim("d1", place="Diboli")
    alignment = align([coarse, kayes, kayes2, diboli])
    assert compare(coarse, diboli).aligned
    assert compare(coarse, kayes).aligned
    assert not compare(kayes, diboli).aligned
    groups = {g.ids for g in alignment.groups}
    assert groups == {("k1", "k2", "m"), ("d1",)}
    assert [len(g.pairs) for g in alignment.groups] == [3, 0]
    assert len(alignment.pairs) == 4  # m ~ d1 is aligned, across two groups
    tied = align(
        [claim("m", place="western Mali"), claim("k1", place="Kayes"), claim("d1", place="Diboli")]
    )
    assert {g.ids for g in tied.groups} == {("d1", "m"), ("k1",)}  # a tie: first ids win


def test_pairs_inside_a_group_are_all_scored_and_aligned():
    """Every pair inside a group is there, aligned, with its features."""
    claims = [claim(f"c{k}", source=f"S{k}") for k in range(4)]
    group = align(claims).groups[0]
    assert len(group.pairs) == 6
    assert all(p.aligned and len(p.features) == len(FEATURES) for p in group.pairs)
    assert [(p.a, p.b) for p in group.pairs][:2] == [("c0", "c1"), ("c0", "c2")]


def test_group_ids_are_stable():
    """A group's id depends on its members only, not on input order."""
    claims = [claim("a"), claim("b"), claim("c", place="Timbuktu")]
    first = {g.id: g.ids for g in align(claims).groups}
    second = {g.id: g.ids for g in align(list(reversed(claims))).groups}
    assert first == second


def test_group_of_accepts_claims_and_ids():
    """group_of finds the group of a claim or an id; an unknown id raises."""
    a = claim("a")
    alignment = align([a, claim("b")])
    assert alignment.group_of(a) is alignment.group_of("b")
    assert "a" in alignment.group_of("a")
    assert a in alignment.group_of("a")
    with pytest.raises(UnknownNameError, match="unknown claim 'zz'"):
        alignment.group_of("zz")


def test_membership_follows_input_order():
    """membership gives each input claim's group index."""
    claims = [claim("a"), claim("c", place="Timbuktu"), claim("b")]
    alignment = align(claims)
    assert alignment.membership.tolist() == [0, 1, 0]


def test_html_and_stats():
    """The result renders in notebooks and reports its figures."""
    alignment = align([claim("a"), claim("b")])
    assert "<table>" in alignment._repr_html_()
    assert alignment.stats.candidate_pairs == 1
    assert [name for name, _ in alignment.stats.timings] == ["prepare", "block", "score", "group"]


def test_progress_reports_on_stderr(capsys):
    """progress=True reports each step on standard error."""
    align([claim("a"), claim("b")], progress=True)
    assert "candidate pairs" in capsys.readouterr().err


# --------------------------------------------------------------------------- blocking


def test_estimate_counts_what_align_scores():
    """estimate_pairs gives the same candidate count as align, and far fewer than all pairs."""
    rng = random.Random(3)  # noqa: S311 - test data, not secrets
    places = ["Kayes", "Diboli", "Timbuktu", "western Mali", None, "Nioro", "Somewhere"]
    claims = [
        claim(
            f"c{k}",
            subject=rng.choice(["militants", "soldiers", "fighters"]),
            predicate=rng.choice(["killed", "attacked", "repelled", "heard"]),
            place=rng.choice(places),
            when=rng.choice(["2025-07-01", "2025-07-02", "2025-07-09", "July 2025", None]),
        )
        for k in range(120)
    ]
    estimate = estimate_pairs(claims)
    assert estimate.pairs == align(claims).stats.candidate_pairs
    assert estimate.pairs < estimate.all_pairs
    assert estimate.unknown_place > 0
    assert estimate.unknown_time > 0
    assert estimate.largest_blocks[0][1] >= estimate.largest_blocks[-1][1]


def test_claims_without_time_or_place_are_candidates_everywhere_they_could_match():
    """A claim with no time pairs across days; one with no place pairs across countries.

    c (no time) pairs with a, b (Mali, any day) and e; e (no place) pairs with d (Burkina
    Faso, same day) and c; a and b are months apart, d is in another country.
    """
    claims = [
        claim("a", when="2025-01-01"),
        claim("b", when="2025-12-01"),
        claim("c", when=None),
        claim("d", place="Dori"),
        claim("e", place=None),
    ]
    assert estimate_pairs(claims).pairs == 4


def test_budget_error_reports_the_figures():
    """Over max_pairs, align stops before scoring and says how many pairs and where."""
    claims = [claim(f"c{k}", source=f"S{k}") for k in range(30)]
    with pytest.raises(CandidateBudgetError) as info:
        align(claims, max_pairs=100)
    err = info.value
    assert (err.pairs, err.max_pairs) == (435, 100)
    assert err.largest_blocks[0] == ("casualties|ML|2025-07-01", 30)
    assert "435 candidate pairs" in str(err)
    assert len(align(claims, max_pairs=None).groups) == 1


# --------------------------------------------------------------------------- order


def _varied_claims(seed: int, n: int) -> list[Claim]:
    rng = random.Random(seed)  # noqa: S311 - test data, not secrets
    return [
        claim(
            f"c{k:02d}",
            source=rng.choice(["A", "B", "C"]),
            subject=rng.choice(["militants", "fighters", "soldiers", "attacks", "camp"]),
            predicate=rng.choice(["killed", "neutralised", "repelled", "captured"]),
            place=rng.choice(["Kayes", "Diboli", "western Mali", "Kayes region", None]),
            when=rng.choice(["2025-07-01", "2025-07-01 morning", "2025-07-02", None]),
            actor=rng.choice(["JNIM", "GSIM", None]),
        )
        for k in range(n)
    ]


@settings(max_examples=25)
@given(seed=st.integers(0, 10_000), shuffle=st.randoms(use_true_random=False))
def test_alignment_does_not_depend_on_input_order(seed, shuffle):
    """Shuffling the input gives the same groups, ids and pairs."""
    claims = _varied_claims(seed, 18)
    shuffled = list(claims)
    shuffle.shuffle(shuffled)
    first, second = align(claims), align(shuffled)
    assert [g.ids for g in first.groups] == [g.ids for g in second.groups]
    assert [g.id for g in first.groups] == [g.id for g in second.groups]
    assert list(first.pairs) == list(second.pairs)


# --------------------------------------------------------------------------- Mali


@pytest.fixture(scope="module")
def mali() -> Alignment:
    return align(datasets.mali_2025())


def test_mali_army_and_jnim_statements_fall_in_one_item(mali):
    """The army's 'thwarted' and JNIM's 'seized control of' are one item (the outcome)."""
    assert mali.group_of("fama-thwarted") is mali.group_of("jnim-seized")


def test_mali_june_attacks_stay_apart(mali):
    """The Timbuktu (2 June) and central Mali (1 June) attacks align with nothing of 1 July."""
    for cid in ("news-timbuktu-attack", "news-soldiers-killed-1-june"):
        assert mali.group_of(cid).ids == (cid,)


def test_mali_names_resolve(mali):
    """Binoli is Diboli, Sandere is Sandaré, both inside 'western Mali'."""
    words = " ".join(f.detail for p in mali.pairs for f in p.features)
    assert "'Binoli' (Diboli)" in words
    assert "'Sandere' (Sandaré)" in words


def test_mali_towns_attacked_stay_apart(mali):
    """The attacks on Diboli, Kayes and Sandaré are different items (disjoint towns)."""
    towns = ["fama-attacked-binoli", "fama-attacked-kayes", "fama-attacked-sandere"]
    assert len({mali.group_of(t).id for t in towns}) == 3


# --------------------------------------------------------------------------- look-ups


def _misspell(name: str, rng: random.Random) -> str:
    letters = list(name)
    k = rng.randrange(len(letters))
    roll = rng.random()
    if roll < 0.4:
        letters[k] = rng.choice("aeiouk")
    elif roll < 0.7 and len(letters) > 3:
        del letters[k]
    else:
        letters.insert(k, rng.choice("aeiou"))
    return "".join(letters)


def test_bulk_place_matching_equals_the_gazetteer():
    """Misspelled names matched in one cdist call resolve exactly as Gazetteer.best does."""
    vocab = default_vocabulary()
    rng = random.Random(5)  # noqa: S311 - test data, not secrets
    names = [p.name for p in vocab.places] + [a for p in vocab.places for a in p.aliases]
    noisy = [_misspell(n, rng) for n in names for _ in range(2)]
    noisy += ["The " + n for n in noisy[:20]] + ["Binoli", "Nioro", "Gao", "xx"]
    resolved = _Resolver(vocab).resolve_places(noisy)
    for name, (place, ambiguous) in zip(noisy, resolved, strict=True):
        exact = vocab.places.resolve(name)
        short = len(normalize(name).removeprefix("the ").split()) <= 2
        world = vocab.world.resolve(name)
        # a proper name that may be a town's: capitalised, not a word of the vocabularies
        townish = any(ch.isupper() for ch in name) and _town_name(name, vocab)
        towns = vocab.towns.resolve(name) if townish and not world else []
        # a world city's or town's own name is never read as a misspelling of a gazetteer place
        named = [p for p in world if normalize(p.name) == normalize(name)]
        named = named or (vocab.towns.named(name) if townish else [])
        expected = vocab.places.best(name) if exact or (short and not named) else None
        if expected is None and len(vocab.places.resolve(name)) <= 1:
            if len(world) == 1:
                expected = world[0]  # the world layer, by exact name only
            elif towns and (
                # else its towns, by exact name only: the one, or by far the largest
                len(towns) == 1
                or vocab.towns.population(towns[0].id) >= 5 * vocab.towns.population(towns[1].id)
            ):
                expected = towns[0]
        assert (place, ambiguous) == (
            expected,
            expected is None and len(vocab.places.resolve(name)) > 1,
        ), name


def test_group_scores_and_pair_table_match_the_pair_scores():
    """group.scores and pair_table give the PairScore scores without building them."""
    claims = [claim("b"), claim("a", subject="fighters"), claim("c", place="Diboli")]
    alignment = align(claims)
    group = alignment.group_of("a")
    assert group.scores == {(p.a, p.b): p.score for p in group.pairs}
    a, b, score = alignment.pair_table()
    rows = [(claims[i].id, claims[j].id, s) for i, j, s in zip(a, b, score, strict=True)]
    assert rows == [(p.a, p.b, p.score) for p in alignment.pairs]


def test_vectorised_place_relations_equal_the_gazetteer():
    """Every pair of gazetteer places relates as Gazetteer.relate says."""
    gazetteer = default_vocabulary().places
    places = sorted(gazetteer, key=lambda p: p.id)
    index = _Places(default_vocabulary())
    codes = index.codes(places)
    a = np.repeat(codes, len(codes))
    b = np.tile(codes, len(codes))
    got = index.relate(a, b)
    expected = [gazetteer.relate(p, q).value for p in places for q in places]
    assert [_RELATIONS[k] for k in got.tolist()] == expected
