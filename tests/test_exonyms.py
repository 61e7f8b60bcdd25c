"""Regions' exonyms: names in the vocabulary languages, and a town that shares one.

The claims here are made up; the places are the shipped data's (GeoNames, CLDR).
"""

from __future__ import annotations

import importlib.util
import pathlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimrec as cr
from claimrec.vocab import PlaceKind, default_vocabulary

_TOOL = pathlib.Path(__file__).resolve().parent.parent / "tools" / "build_regions.py"
TIGRAY, TIGRE = "gn.444187", "gn.3427761"  # the Ethiopian region; the Argentine town


@pytest.fixture(scope="module")
def tool():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("build_regions", _TOOL)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _place(claims: list[cr.Claim], cid: str = "a") -> str | None:
    hit = cr.resolve(claims)[cid].place
    return None if hit is None else hit.id


def _said(cid: str, place: str, report: str = "w") -> cr.Claim:
    return cr.Claim(source="Wire", subject="civilians", predicate="killed", value=12,
                    place=place, via=cr.Report(outlet="Wire", id=report), id=cid)  # fmt: skip


# --------------------------------------------------------------------------- the build


def test_the_word_of_a_division_s_kind_is_stripped(tool) -> None:  # type: ignore[no-untyped-def]
    for text, bare in (
        ("Gouvernorat d\u2019Idleb", "Idleb"), ("regione dei Tigr\u00e8", "Tigr\u00e8"),
        ("Regi\u00e3o Tigr\u00e9", "Tigr\u00e9"), ("\u00d3blast de Donetsk", "Donetsk"),
        ("Oblast Donezk", "Donezk"), ("provincia del Kivu Nord", "Kivu Nord"),
        ("Shan-Staat", "Shan"), ("Duarte (provincia)", "Duarte"), ("Kondôz", "Kondôz"),
        ("Land Berlin", "Berlin"), ("Dorado", "Dorado"),
    ):  # fmt: skip
        assert tool._bare_kind(text) == bare, text


def test_exonyms_are_kept_beyond_the_cap(tool) -> None:  # type: ignore[no-untyped-def]
    """Six of GeoNames' names, then the vocabulary languages' that differ by their key."""
    others = [f"Vellan{c}" for c in "abcdefgh"]
    kept = tool._aliases("Vell", others, district=False, exonyms=("Vellé", "VELLANB", "Vellang"))
    # Vellanb is kept already; Vellang, past the cap, is a name of a vocabulary language
    assert kept == [*others[:6], "Vellé", "Vellang"]


# --------------------------------------------------------------------------- the layer


def test_a_region_is_read_by_its_exonyms() -> None:
    """French, Italian, Spanish and German names of first-level divisions (CLDR)."""
    regions = default_vocabulary().regions
    for name, country in (
        ("Tigrè", "ET"), ("Idleb", "SY"), ("Kondôz", "AF"), ("Kivu del Norte", "CD"),
        ("Saporischschja", "UA"),
    ):  # fmt: skip
        found = [p for p in regions.resolve(name) if p.kind is PlaceKind.REGION]
        assert [p.country for p in found] == [country], name


# --------------------------------------------------------------------------- resolution


def test_a_town_sharing_a_foreign_region_s_name_is_read_by_its_report() -> None:
    """*Tigré*: the French name of Tigray, and a town of Argentina. Alone, neither."""
    assert _place([_said("a", "Tigré")]) is None
    assert _place([_said("a", "Tigré"), _said("b", "Ethiopia")]) == TIGRAY
    assert _place([_said("a", "Tigré"), _said("b", "Addis Ababa")]) == TIGRAY
    assert _place([_said("a", "Tigre"), _said("b", "Buenos Aires")]) == TIGRE
    # another report's places are no evidence
    assert _place([_said("a", "Tigré"), _said("b", "Ethiopia", report="x")]) is None


def test_a_town_sharing_a_region_name_of_its_own_country_is_the_town() -> None:
    """Kunduz is a city and the province holding it: the name reads the city, as before."""
    place = cr.resolve([_said("a", "Kunduz")])["a"].place
    assert place is not None
    assert place.record.kind is not PlaceKind.REGION  # type: ignore[union-attr]


def test_a_compound_names_which() -> None:
    """The other part of a compound, or an adjective of nationality, says which."""
    assert _place([_said("a", "Tigre, Buenos Aires")]) == TIGRE
    assert _place([_said("a", "Tigre, Argentina")]) == TIGRE
    assert _place([_said("a", "Tigré, Ethiopia")]) == TIGRAY
    assert _place([_said("a", "la région éthiopienne du Tigré")]) == TIGRAY
    assert _place([_said("a", "région du Tigré")]) == TIGRAY


@settings(max_examples=20, deadline=None)
@given(st.permutations(["Tigré", "Addis Ababa", "Tigre", "Buenos Aires"]))
def test_the_reading_is_order_independent(names: list[str]) -> None:
    """Two reports, each read by its own places, in any order of the claims."""
    report = {"Tigré": "et", "Addis Ababa": "et", "Tigre": "ar", "Buenos Aires": "ar"}
    claims = [_said(name, name, report=report[name]) for name in names]
    found = cr.resolve(claims)
    assert found["Tigré"].place.id == TIGRAY  # type: ignore[union-attr]
    assert found["Tigre"].place.id == TIGRE  # type: ignore[union-attr]


def test_a_report_s_title_names_which() -> None:
    """Alone in its report, an ambiguous name is read in the country its title names."""

    def titled(title: str | None) -> str | None:
        report = cr.Report(outlet="Wire", id="t", title=title)
        claim = cr.Claim(source="Wire", subject="civilians", predicate="killed", value=4,
                         place="Tigré", via=report, id="a")  # fmt: skip
        return _place([claim])

    assert titled("Éthiopie : des dizaines de civils tués") == TIGRAY
    assert titled("Argentine : une fusillade fait quatre morts") == TIGRE
    assert titled("Quatre civils tués") is None
    assert titled(None) is None
