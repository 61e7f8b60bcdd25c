"""Places no gazetteer knows, identified within the input (place rule ``local``)."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimrec as cr
from claimrec.model import Claim, Report
from claimrec.resolution import resolve
from claimrec.resolution._geography import LocalPlace, _path, _relate_places
from claimrec.resolution._localplaces import local_core
from claimrec.vocab import PlaceRelation, default_vocabulary

VOCAB = default_vocabulary()


def claim(place: str | None, cid: str, **fields: object) -> Claim:
    base: dict[str, object] = {"source": "A", "subject": "civilians", "predicate": "killed"}
    return Claim(**{**base, **fields}, place=place, id=cid)  # type: ignore[arg-type]


def places(*names: str | None) -> list[cr.Resolved | None]:
    found = resolve([claim(n, f"c{k}") for k, n in enumerate(names)])
    return [found[f"c{k}"].place for k in range(len(names))]


# --------------------------------------------------------------------------- one identity


def test_one_unknown_name_written_several_ways_is_one_local_place():
    """Kind words, prepositions, spaces, hyphens and a near spelling do not change the place."""
    found = places("aldea de Zorrobi", "Zorrobi village", "Zorobi", "le village de Zorrobi")
    assert {hit.id for hit in found} == {"local:zorrobi"}
    assert {hit.rule for hit in found} == {"local"}
    assert all(isinstance(hit.record, LocalPlace) for hit in found)


def test_spaces_and_hyphens_inside_a_name_are_one_name():
    """'Ka Lo Mee', 'Ka-Lo-Mee' and 'Kalomee' are one village."""
    found = places("Ka Lo Mee", "Ka-Lo-Mee", "Kalomee village")
    assert {hit.id for hit in found} == {"local:kalomee"}


def test_two_unknown_names_are_two_places():
    """'Zorrobi' and 'Mankolo' are not one place; how they relate is unknown."""
    first, second = places("Zorrobi", "Mankolo")
    assert first.id != second.id
    relation = _relate_places(VOCAB, first.record, second.record)
    assert relation is PlaceRelation.UNKNOWN


def test_short_names_are_never_matched_by_spelling():
    """Cores under six letters one letter apart are two names ('Bambo', 'Bamba')."""
    first, second = places("Bambo village", "Bamba village")
    assert first.id != second.id


@pytest.mark.parametrize(
    "name",
    [
        "the hospital",  # a site: rule "in"
        "Zorrobi hospital",  # a site named after the village
        "camp de Zorrobi",
        "a ditch in the outskirts of Zorrobi",  # ordinary words: a phrase, not a name
        "Zorrobi and Mankolo",  # a list names more than one place
        "the same areas",
        "North",
        "Zorrobi 12",
        "Grand Zorrobi Mankolo Kinta Bora",  # too many words for one name
    ],
)
def test_guards_name_no_local_place(name):
    assert local_core(name) is None or places(name)[0] is None


def test_a_known_place_is_never_a_local_place():
    """'Kayes' and 'village de Kayes' are read by the gazetteer, never given a local key."""
    found = places("Kayes", "village de Kayes")
    assert all(hit is not None and not hit.id.startswith("local:") for hit in found)


def test_a_hyphenated_pair_reads_as_its_first_name_when_the_input_names_it():
    """'Zorrobi-Mankolo' beside 'Zorrobi' is Zorrobi; alone it is one name."""
    assert places("Zorrobi-Mankolo", "Zorrobi")[0].id == "local:zorrobi"
    assert places("Zorrobi-Mankolo")[0].id == "local:zorrobimankolo"


# --------------------------------------------------------------------------- compounds


def test_the_known_parts_of_a_compound_contain_its_unknown_first_part():
    """'X village, Kanbalu Township, Sagaing Region': X lies in Kanbalu, in Sagaing region."""
    (hit,) = places("Zorrobi Village, Kanbalu Township, Sagaing Region")
    assert hit.id == "local:zorrobi"
    kanbalu = VOCAB.world.resolve("Kanbalu")[0] if VOCAB.world.resolve("Kanbalu") else None
    chain = [p.name for p in _path_of(hit.record)]
    assert chain[:2] == ["Myanmar", "Sagaing"]
    assert "Kanbalu" in chain
    if kanbalu is not None:
        assert _relate_places(VOCAB, hit.record, kanbalu) is PlaceRelation.WITHIN


def _path_of(place):
    return _path(VOCAB, place)


def test_a_region_word_before_a_name_reads_the_region_not_its_town():
    """'village de X, canton de Kanbalu, région de Sagaing' is not the town of Sagaing."""
    (hit,) = places("village de Zorrobi, canton de Kanbalu, région de Sagaing")
    assert hit.id == "local:zorrobi"
    assert "Kanbalu" in [p.name for p in _path_of(hit.record)]
    (known,) = places("Kanbalu, région de Sagaing")
    assert known.record.name == "Kanbalu"


def test_a_compound_names_the_same_local_place_as_the_bare_name():
    """'Zorrobi, North West Region' and 'Zorrobi' are one place, in Cameroon's North-West."""
    first, second = places("Zorrobi, North West Region", "Zorrobi")
    assert first.id == second.id == "local:zorrobi"
    assert second.record.country == "CM"


def test_a_local_place_inside_another_local_place():
    """'quartier de X du bourg de Y, région du Nord-Ouest': X in a local Y, in the region."""
    hit, _ = places(
        "quartier de Zorrobi du bourg de Mankolo, région du Nord-Ouest",
        "village de Mankolo, North West Region",
    )
    assert hit.id == "local:zorrobi"
    outer = hit.record.within
    assert isinstance(outer, LocalPlace)
    assert outer.id == "local:mankolo"
    assert outer.country == "CM"


def test_local_places_in_two_countries_are_apart_else_unknown():
    """Villages put in two countries cannot be one place; in two regions the reports may err."""
    first, second, third = places("Zorrobi, Kayes", "Mankolo, Dakar", "Kintabo, Tombouctou")
    assert _relate_places(VOCAB, first.record, second.record) is PlaceRelation.DISJOINT
    assert _relate_places(VOCAB, first.record, third.record) is PlaceRelation.UNKNOWN


def test_a_list_teaches_no_container():
    """'Zorrobi, Mankolo and Kintabo, Kayes': siblings, not places inside one another."""
    (hit,) = places("Zorrobi, Mankolo and Kintabo, Kayes")
    assert hit is None or not hit.id.startswith("local:")


# --------------------------------------------------------------------------- readers


def test_a_claim_with_no_place_is_not_read_at_its_reports_local_place():
    """Rule ``report`` gives known places only: a report's general statement (a denial that
    any civilian was killed) is not placed at the village its other claims name."""
    report = Report(outlet="Wire", id="w")
    claims = [
        claim("aldea de Zorrobi", "a", via=report),
        claim(None, "b", via=report, predicate="wounded"),
        claim("Kayes", "c", via=Report(outlet="Wire", id="k")),
        claim(None, "d", via=Report(outlet="Wire", id="k"), predicate="wounded"),
    ]
    found = resolve(claims)
    assert found["a"].place.id == "local:zorrobi"
    assert found["b"].place is None
    assert found["b"].places == ()
    assert (found["d"].place.id, found["d"].place.rule) == ("ml.kayes", "report")


def test_explain_says_a_local_place_holds_within_the_call():
    text = resolve([claim("Zorrobi village", "a")])["a"].explain()
    assert "local:zorrobi" in text
    assert "within this call" in text


def test_alignment_reads_two_names_of_one_local_place_as_one_place():
    claims = [
        claim("aldea de Zorrobi", "a", source="A", value=12),
        claim("Zorobi village", "b", source="B", value=12),
    ]
    pair = cr.compare(claims[0], claims[1])
    assert pair.place_relation == "same"


NAMES = ["aldea de Zorrobi", "Zorobi", "Zorrobi, Kayes", "Mankolo", "Ka Lo Mee", "Kalomee",
         "Zorrobi-Mankolo", "village de Mankolo, cercle de Kayes", "Kayes", None]  # fmt: skip


@settings(max_examples=40, deadline=None)
@given(names=st.lists(st.sampled_from(NAMES), min_size=1, max_size=8), seed=st.integers(0, 99))
def test_the_order_of_the_claims_changes_no_identity(names, seed):
    """Local places (their ids and containers) do not depend on the order of the claims."""
    claims = [claim(n, f"c{k}") for k, n in enumerate(names)]
    shuffled = claims[:]
    random.Random(seed).shuffle(shuffled)  # noqa: S311 - test order, not secrets

    def read(cs: list[Claim]) -> dict[str, tuple[str, str | None] | None]:
        found = resolve(cs)
        out: dict[str, tuple[str, str | None] | None] = {}
        for c in cs:
            hit = found[c.id].place
            out[c.id] = None if hit is None else (hit.id, getattr(hit.record, "parent", None))
        return out

    assert read(claims) == read(shuffled)
