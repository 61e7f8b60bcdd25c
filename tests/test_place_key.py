"""Tests of the place key: places the gazetteer does not know, compared by their names."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rapidfuzz import fuzz

from claimrec.alignment import align, compare
from claimrec.graph import claim_graph
from claimrec.model import Claim, Report, Source
from claimrec.relation import Relation, relate
from claimrec.resolution._sites import _input_keys, _place_key


def claim(cid: str, place: str | None, **fields: object) -> Claim:
    base: dict[str, object] = {
        "source": f"S{cid}",
        "subject": "people",
        "predicate": "killed",
        "value": 40,
        "place": place,
        "when": "2023-10-17",
    }
    base.update(fields)
    return Claim(id=cid, **base)  # type: ignore[arg-type]


def same_words(a: str, b: str) -> float:
    return fuzz.token_set_ratio(_place_key(a), _place_key(b))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # one named site, its kind in another language or transliterated
        ("hôpital Al-Ahli al-Arabi", "Al-Ahli Arab Hospital"),
        ("mustashfa Al-Shifa", "Al-Shifa hospital"),
        ("camp de Zamzam", "Zamzam camp"),
        ("gare de Kramatorsk", "Kramatorsk railway station"),
        ("escola Al-Fakhura", "Al-Fakhura school"),
        # a compound holds each of its parts, not only its first
        ("Koshebe, Zabarmari", "Zabarmari"),
        ("Kwashabe village, Zabarmari", "Zabarmari"),
        # the place a distance is counted from is not the place
        ("zone de Moura à 17 kilomètres de Djenné", "village de Moura"),
    ],
)
def test_one_place_named_two_ways_keys_alike(first: str, second: str) -> None:
    assert same_words(first, second) == 100


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Al-Ahli Arab Hospital", "Al-Shifa hospital"),  # two hospitals
        ("zone de Moura à 17 kilomètres de Djenné", "Djenné"),  # near Djenné, not Djenné
        ("Zabarmari, about 20 kilometres from Maiduguri", "Maiduguri"),
        ("the hospital", "Al-Ahli Arab Hospital"),  # a kind alone names no site
        ("Zamzam and Abu Shouk camps", "Abu Shouk"),  # a list is more than one part
    ],
)
def test_other_places_do_not_key_alike(first: str, second: str) -> None:
    assert same_words(first, second) < 80


_NAMES = st.sampled_from(["Zabarmari", "Koshebe", "Moura", "Djenné", "Garin Kwashebe", "Jere"])


@given(st.lists(_NAMES, min_size=1, max_size=4, unique=True), st.randoms())
def test_a_compound_keys_its_parts_whatever_their_order(parts: list[str], rnd: object) -> None:
    shuffled = list(parts)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    first, second = _place_key(", ".join(parts)), _place_key(", ".join(shuffled))
    assert set(first.split()) == set(second.split())
    assert fuzz.token_set_ratio(first, _place_key(parts[-1])) == 100


def test_an_unknown_site_aligns_with_the_site_read_in_its_town() -> None:
    # the French name of the hospital resolves to nothing; the English one to Gaza
    pair = compare(
        claim("a", "hôpital Al-Ahli al-Arabi"),
        claim("b", "Al-Ahli Arab Hospital in central Gaza"),
    )
    assert pair.feature("place").score == 1.0
    assert pair.aligned


def test_an_unknown_place_in_a_compound_aligns_with_its_parts() -> None:
    pair = compare(claim("a", "Koshebe, Zabarmari"), claim("b", "Zabarmari"))
    assert pair.feature("place").score == 1.0
    other = compare(claim("a", "Koshebe, Zabarmari"), claim("b", "Baga"))
    assert other.feature("place").score == 0.0


def test_a_site_named_only_by_its_kind_is_no_evidence_of_one_site() -> None:
    pair = compare(claim("a", "the hospital"), claim("b", "Al-Ahli Arab Hospital in Gaza"))
    assert pair.feature("place").score < 0.5


# --------------------------------------------------------------------------- voices


def _toll(cid: str, source: Source) -> Claim:
    via = Report(outlet=f"outlet {cid}", published="2025-07-02", id=f"r-{cid}")
    return Claim(id=cid, source=source, subject="militants", predicate="killed", value="40",
                 place="Kayes", when="2025-07-01", via=via)  # fmt: skip


def test_a_state_voice_that_names_no_state_is_no_second_voice() -> None:
    """Once places align more pairs, "officials" repeating a ministry's toll must not
    read as a second, independent source: nothing says whose officials they are."""
    rights = Source(name="Sahel Rights Watch", kind="ngo")
    unnamed = Source(name="regional officials", kind="state")
    assert claim_graph([_toll("a", unnamed), _toll("b", rights)]).corroborations() == ()
    declared = Source(name="regional officials", kind="state", party="FAMa")
    assert claim_graph([_toll("a", declared), _toll("b", rights)]).corroborations() != ()


def test_an_unknown_place_named_in_a_region_string_is_nested_in_it() -> None:
    """ "Moura in central Mali" reads as central Mali; the unknown "Moura" lies in it."""
    pair = compare(claim("a", "Moura in central Mali"), claim("b", "Moura"))
    assert pair.feature("place").score == 0.85
    assert "one names the other" in pair.feature("place").detail
    other = compare(claim("a", "Moura in central Mali"), claim("b", "Sofara"))
    assert other.feature("place").score == 0.5  # a region may hold it: neutral


# --------------------------------------------------------------------- the input's own compounds


def test_the_inputs_compounds_say_where_an_unknown_place_lies() -> None:
    keys, outer, _ = _input_keys(["Koshebe, Zabarmari", "Koshobe", "Zabarmari, Jere", "Baga"])
    assert keys == ["koshebe zabarmar", "koshobe", "zabarmar jere", "baga"]
    assert outer == ["jere", "zabarmar jere", "", ""]  # "Koshobe" is a spelling of Koshebe


def test_a_list_teaches_no_container() -> None:
    _, outer, _ = _input_keys(["Zamzam and Abu Shouk camps", "Zamzam"])
    assert outer == ["", ""]
    _, outer, _ = _input_keys(["the hospital, Gaza", "the hospital"])
    assert outer == ["", ""]  # a kind of site alone names no place to put in Gaza


@given(
    st.permutations(
        ["Koshebe, Zabarmari", "Koshobe", "Zabarmari, Jere", "Baga", "Jere",
         "Zabarmari, 20 km from Maiduguri"]
    )
)
def test_the_containers_do_not_depend_on_the_order(names: list[str]) -> None:
    got = dict(zip(names, zip(*_input_keys(names), strict=True), strict=True))
    ordered = sorted(names)
    assert got == dict(zip(ordered, zip(*_input_keys(ordered), strict=True), strict=True))


def test_an_unknown_place_lies_in_the_unknown_place_a_compound_names() -> None:
    claims = [
        claim("a", "Koshobe"),
        claim("b", "Zabarmari", value=43),
        claim("c", "Koshebe, Zabarmari", subject="rice farmers", value=None, predicate="attacked"),
    ]
    pairs = {(p.a, p.b): p for p in align(claims).pairs}
    assert pairs[("a", "b")].feature("place").score == 0.85
    alone = compare(claims[0], claims[1])  # without the compound, two unknown names
    assert alone.feature("place").score == 0.0


def test_a_hospital_lies_in_the_town_the_inputs_compounds_name_but_a_camp_does_not() -> None:
    hospital = [
        claim("a", "Al-Ahli Arab Baptist Hospital"),
        claim("b", "Gaza City", value=41),
        claim("c", "Al-Ahli hospital, Gaza", subject="blast", predicate="attacked", value=None),
    ]
    pairs = {(p.a, p.b): p for p in align(hospital).pairs}
    assert pairs[("a", "b")].feature("place").score == 0.85
    camp = [
        claim("a", "Zamzam"),
        claim("b", "El Fasher", value=41),
        claim("c", "camp de Zamzam, El Fasher", subject="camp", predicate="attacked", value=None),
    ]
    pairs = {(p.a, p.b): p for p in align(camp, threshold=0.0).pairs}
    assert pairs[("a", "b")].feature("place").score < 0.5  # a camp lies outside its town


def test_relation_places_one_named_site_in_one_event_by_the_place_key() -> None:
    """Two tolls stated the same day at one hospital, named in French and in English."""
    def toll(cid: str, place: str, value: int) -> Claim:
        return Claim(id=cid, source=f"S{cid}", subject="people", predicate="killed",
                     value=value, place=place, stated="2023-10-18")  # fmt: skip

    same = relate(toll("a", "hôpital Al-Ahli al-Arabi", 471),
                  toll("b", "Al-Ahli Arab Baptist Hospital", 100))  # fmt: skip
    assert same.kind is Relation.CONTRADICTS
    other = relate(toll("a", "hôpital Al-Shifa", 471), toll("b", "Al-Ahli Arab Hospital", 100))
    assert other.kind is not Relation.CONTRADICTS


def test_an_unknown_place_the_input_puts_near_a_town_meets_near_that_town() -> None:
    claims = [
        claim("a", "Zabarmari"),
        claim("b", "non loin de Maiduguri", value=43),
        claim("c", "Zabarmari, about 20 kilometres from Maiduguri", subject="village",
              predicate="attacked", value=None),
    ]  # fmt: skip
    pairs = {(p.a, p.b): p for p in align(claims, threshold=0.0).pairs}
    assert pairs[("a", "b")].feature("place").score == 0.85
    in_town = [claims[0], claim("b", "Maiduguri", value=43), claims[2]]
    pairs = {(p.a, p.b): p for p in align(in_town, threshold=0.0).pairs}
    assert pairs[("a", "b")].feature("place").score == 0.0  # near a town is not in it
