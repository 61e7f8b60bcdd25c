"""Places beyond the curated gazetteer: the towns layer, homonyms, country evidence, spellings.

Every place here is made up (countries RV, BD, KX, QZ; towns of invented names), except
where a test checks the shipped data on clearly public facts.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from claimrec.errors import FormatError, UnknownNameError
from claimrec.model import Claim, Report
from claimrec.resolution import resolve
from claimrec.resolution._words import _place_core
from claimrec.vocab import Actor, Gazetteer, Place, Towns, Vocabulary, default_vocabulary

TOWNS = """id,name,country,population,lat,lon,aliases
gn.1,Port Vell,RV,40000,1.00,1.00,Porto Velho
gn.2,Port Vell,BD,16000,9.00,9.00,
gn.3,Ostrava Nova,RV,20000,1.10,1.10,
gn.4,Kalmar Beach,KX,90000,5.00,5.00,
gn.5,Kalmar Beach,QZ,15500,7.00,7.00,
gn.6,Zellin,BD,30000,9.10,9.10,
gn.7,Market,BD,25000,9.20,9.20,
gn.8,Tarvash,RV,25000,1.20,1.20,
gn.9,Tarvash,BD,24000,9.30,9.30,
gn.10,El Qasra,QZ,50000,7.10,7.10,
gn.11,Sanvik,RV,18000,1.30,1.30,
"""


@pytest.fixture(scope="module")
def vocab(tmp_path_factory: pytest.TempPathFactory) -> Vocabulary:
    """Countries and one large city in the world layer; towns beneath; two state actors."""
    path = tmp_path_factory.mktemp("towns") / "towns.csv"
    path.write_text(TOWNS, encoding="utf-8")
    world = Gazetteer(
        [
            *(
                Place(id=c, name=n, kind="country", country=c)
                for c, n in (("RV", "Ruritania"), ("BD", "Borduria"), ("KX", "Kelvinia"),
                             ("QZ", "Quazland"))
            ),
            Place(id="gn.100", name="Sanvik", kind="town", country="QZ", parent="QZ"),
        ]
    )
    actors = [
        Actor(id="RV government", name="Government of Ruritania", kind="state", party="RV",
              countries=["RV"]),
        Actor(id="BD government", name="Government of Borduria", kind="state", party="BD",
              countries=["BD"]),
    ]
    base = default_vocabulary()
    return Vocabulary(
        actors=base.actors.extend(actors),
        places=base.places,
        predicates=base.predicates,
        subjects=base.subjects,
        world=world,
        towns=Towns(path),
    )


def claim(cid: str, place: str | None, *, via: Report | None = None, source: str = "Wire") -> Claim:
    return Claim(source=source, subject="civilians", predicate="killed", value=3, place=place,
                 via=via, id=cid)  # fmt: skip


def place_of(claims: list[Claim], vocab: Vocabulary, cid: str) -> str | None:
    found = resolve(claims, vocabulary=vocab)[cid].place
    return None if found is None else found.id


# --------------------------------------------------------------------------- the layer


def test_towns_are_read_on_first_use(tmp_path: Path) -> None:
    """The file is not read until a look-up; then its names are indexed."""
    path = tmp_path / "towns.csv"
    path.write_text(TOWNS, encoding="utf-8")
    towns = Towns(path)
    assert repr(towns) == "<Towns unread>"
    assert [t.id for t in towns.resolve("PORT VELL")] == ["gn.1", "gn.2"]  # the larger first
    assert repr(towns) == "<Towns towns=11>"
    assert towns.get("gn.3").parent == "RV"
    assert "gn.3" in towns
    assert "gn.999" not in towns
    with pytest.raises(UnknownNameError, match=r"gn\.999"):
        towns.get("gn.999")


def test_a_towns_alias_counts_only_where_no_town_has_the_name_as_its_own(tmp_path: Path) -> None:
    """'Porto Velho' is Port Vell's alias; an own name beats an alias of another town."""
    path = tmp_path / "towns.csv"
    path.write_text(TOWNS + "gn.12,Porto Velho,KX,20000,,,\n", encoding="utf-8")
    towns = Towns(path)
    assert [t.id for t in towns.resolve("Porto Velho")] == ["gn.12"]
    assert [t.id for t in Towns(path).named("Porto Velho")] == ["gn.12"]


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        ("gn.20,Nowhere,RVX,100,,,", "country='RVX'"),
        ("gn.20,Nowhere,RV,many,,,", "population='many'"),
        ("gn.1,Again,RV,100,,,", "repeated"),
        ("gn.20,Nowhere,RV,100", "4 cells"),
    ],
)
def test_a_bad_towns_file_names_the_file_and_line(tmp_path: Path, row: str, problem: str) -> None:
    path = tmp_path / "towns.csv"
    path.write_text(TOWNS + row + "\n", encoding="utf-8")
    with pytest.raises(FormatError, match=re.escape(problem)) as caught:
        len(Towns(path))
    assert "line 13" in str(caught.value)


def test_the_shipped_towns_reach_below_the_world_layers_cities() -> None:
    """Mocímboa da Praia (Mozambique) and Sake (DR Congo), towns of tens of thousands."""
    vocab = default_vocabulary()
    assert [t.country for t in vocab.towns.named("Mocímboa da Praia")] == ["MZ"]
    found = resolve([claim("a", "Sake")])["a"].place
    assert (found.record.country, found.rule) == ("CD", "exact")


# --------------------------------------------------------------------------- homonyms


def test_a_town_is_read_by_exact_name_only(vocab: Vocabulary) -> None:
    """'Zelin' is no misspelling of the town Zellin; 'Zellin' is Zellin."""
    assert place_of([claim("a", "Zellin")], vocab, "a") == "gn.6"
    # an unknown name, never the town: at most a place identified within the input
    assert place_of([claim("a", "Zelin")], vocab, "a") in (None, "local:zelin")


def test_a_common_word_is_never_a_town(vocab: Vocabulary) -> None:
    """A town called Market is not read from 'market' or 'Market'; nor 'zellin' in lower case."""
    assert place_of([claim("a", "Market")], vocab, "a") is None
    assert place_of([claim("a", "market")], vocab, "a") is None
    assert place_of([claim("a", "zellin")], vocab, "a") is None


def test_a_world_city_wins_over_a_town_of_its_name(vocab: Vocabulary) -> None:
    """Sanvik is a city of the world layer (QZ) and a smaller town (RV): the city, alone."""
    assert place_of([claim("a", "Sanvik")], vocab, "a") == "gn.100"


def test_of_several_towns_the_far_larger_is_read_without_context(vocab: Vocabulary) -> None:
    """Kalmar Beach of 90,000 over one of 15,500; Port Vell 40,000 and 16,000 stay ambiguous."""
    assert place_of([claim("a", "Kalmar Beach")], vocab, "a") == "gn.4"
    assert place_of([claim("a", "Tarvash")], vocab, "a") is None
    assert place_of([claim("a", "Port Vell")], vocab, "a") is None


def test_an_ambiguous_town_is_read_in_the_country_of_its_reports_other_places(
    vocab: Vocabulary,
) -> None:
    """Port Vell beside Zellin (BD) is the Bordurian Port Vell, though it is the smaller."""
    wire = Report(outlet="Wire", id="w")
    claims = [claim("a", "Port Vell", via=wire), claim("b", "Zellin", via=wire)]
    assert place_of(claims, vocab, "a") == "gn.2"


# --------------------------------------------------------------------------- country evidence


def test_a_report_whose_other_places_lie_elsewhere_rules_a_town_out(vocab: Vocabulary) -> None:
    """Kalmar Beach (KX) in a report whose other place is Kayes (Mali): not that town."""
    wire = Report(outlet="Wire", id="w")
    claims = [claim("a", "Kalmar Beach", via=wire), claim("b", "Kayes", via=wire)]
    assert place_of(claims, vocab, "a") is None


def test_a_world_town_elsewhere_is_no_evidence_against(vocab: Vocabulary) -> None:
    """A report naming towns of two countries (talks in one about the other) keeps both."""
    wire = Report(outlet="Wire", id="w")
    claims = [claim("a", "Kalmar Beach", via=wire), claim("b", "Zellin", via=wire)]
    found = resolve(claims, vocabulary=vocab)
    assert (found["a"].place.id, found["b"].place.id) == ("gn.4", "gn.6")


def test_one_reading_per_place_whatever_the_string(vocab: Vocabulary) -> None:
    """Ruled out by one report, Kalmar Beach is ruled out in 'near Kalmar Beach' too."""
    wire, blog = Report(outlet="Wire", id="w"), Report(outlet="Blog", id="b")
    claims = [
        claim("a", "Kalmar Beach", via=wire),
        claim("b", "Kayes", via=wire),
        claim("c", "near Kalmar Beach", via=blog),
    ]
    found = resolve(claims, vocabulary=vocab)
    assert found["a"].place is None
    assert found["c"].place is None


def test_other_places_outweigh_a_foreign_speakers_country(vocab: Vocabulary) -> None:
    """Borduria's government speaking of Ostrava Nova (RV), named beside Tarvash.

    The speaker's country (BD) is weaker evidence than the report's other places: a
    foreign ministry speaks of towns abroad. Tarvash (RV and BD alike) is read beside
    Ostrava Nova as Ruritania's.
    """
    wire = Report(outlet="Wire", id="w")
    gov = "Government of Borduria"
    claims = [
        claim("a", "Ostrava Nova", via=wire, source=gov),
        claim("b", "Tarvash, Ostrava Nova", via=wire, source=gov),
    ]
    found = resolve(claims, vocabulary=vocab)
    assert found["a"].place.id == "gn.3"
    assert [p.id for p in found["b"].places] == ["gn.8", "gn.3"]


def test_the_speakers_country_decides_only_without_other_places(vocab: Vocabulary) -> None:
    """Alone in its reports, a town abroad named only by one state's organs is ruled out."""
    gov = "Government of Borduria"
    claims = [
        claim("a", "Ostrava Nova", via=Report(outlet="Wire", id="w"), source=gov),
        claim("b", "Ostrava Nova", via=Report(outlet="Blog", id="b"), source=gov),
    ]
    assert place_of(claims, vocab, "a") is None
    # one speaker against, one for: not outvoted
    mixed = [*claims, claim("c", "Ostrava Nova", source="Government of Ruritania")]
    assert place_of(mixed, vocab, "a") == "gn.3"


def test_a_misread_place_is_no_evidence_against_another(vocab: Vocabulary) -> None:
    """Ruritania's government on Kalmar Beach (KX: misread) and Ostrava Nova (RV).

    Kalmar Beach is ruled out by the speaker; its country says nothing against Ostrava
    Nova, named in the same report.
    """
    wire, blog = Report(outlet="Wire", id="w"), Report(outlet="Blog", id="b")
    gov = "Government of Ruritania"
    claims = [
        claim("a", "Kalmar Beach", via=wire, source=gov),
        claim("g", "Ostrava Nova", via=wire, source=gov),
        claim("c", "Kalmar Beach", via=blog, source=gov),
    ]
    found = resolve(claims, vocabulary=vocab)
    assert found["a"].place is None
    assert found["c"].place is None
    assert found["g"].place.id == "gn.3"


# --------------------------------------------------------------------------- spellings


@pytest.mark.parametrize(
    ("text", "place", "rule"),
    [
        ("Zellin city", "gn.6", "named"),
        ("Zellin town", "gn.6", "named"),
        ("village Zellin", "gn.6", "named"),
        ("Zellin village", "gn.6", "named"),
        ("ville de Zellin", "gn.6", "near"),
        ("Al Qasra", "gn.10", "fuzzy"),
        ("al-Qasra", "gn.10", "fuzzy"),
        ("Qasra", "gn.10", "fuzzy"),
        ("in Zellin", "gn.6", "exact"),
        ("à Zellin", "gn.6", "exact"),
        ("Zellin outskirts", "gn.6", "in"),
        ("Zellin's outskirts", "gn.6", "in"),
        ("Zellin (Borduria)", "gn.6", "compound"),
        ("Zellin in Borduria", "gn.6", "compound"),
        ("Port Vell, Zellin region", "gn.2", "compound"),
        ("market in Zellin", "gn.6", "in"),
        ("some 20 kilometres from Zellin", "gn.6", "near"),
        ("à 40 km au nord de Zellin", "gn.6", "near"),
        ("a cerca de 40 quilómetros de Zellin", "gn.6", "near"),
    ],
)
def test_a_place_named_with_its_kind_or_another_article(
    vocab: Vocabulary, text: str, place: str, rule: str
) -> None:
    """'X city', 'village X', 'in X', 'X outskirts', 'X (Y)', 'X in Y'; another Arabic article."""
    found = resolve([claim("a", text)], vocabulary=vocab)["a"].place
    assert (found.id, found.rule) == (place, rule)


def test_a_neighbourhood_named_after_a_place_is_not_that_place(vocab: Vocabulary) -> None:
    """'bairro Zellin' names a quarter of some town, not Zellin."""
    assert place_of([claim("a", "bairro Zellin")], vocab, "a") is None


def test_place_core_drops_the_kind_of_a_settlement() -> None:
    """Unknown places are compared by their words: 'Kwashebe village' is 'Kwashebe'."""
    assert _place_core("Kwashebe village") == _place_core("village Kwashebe") == "kwashebe"


def test_an_unknown_place_beside_a_distance_from_a_known_one_stays_unknown(
    vocab: Vocabulary,
) -> None:
    """'Kwashebe, about 20 kilometres from Zellin' is not Zellin: compared by its words."""
    found = resolve([claim("a", "Kwashebe, about 20 kilometres from Zellin")], vocabulary=vocab)
    place = found["a"].place  # at most a place identified within the input, in no container
    assert place is None or (place.id == "local:kwashebe" and place.record.within is None)
    assert "gn.6" in [p.id for p in found["a"].places]


# --------------------------------------------------------------------------- the country says where


def test_a_country_possessive_reads_the_place_in_that_country(vocab: Vocabulary) -> None:
    """*Borduria's Port Vell* is the Bordurian town of that name, not the larger Ruritanian one."""
    assert place_of([claim("a", "Borduria's Port Vell")], vocab, "a") == "gn.2"
    assert place_of([claim("b", "Ruritania's Port Vell")], vocab, "b") == "gn.1"
    found = resolve([claim("c", "Borduria's Port Vell")], vocabulary=vocab)["c"].place
    assert found is not None
    assert (found.rule, found.score) == ("compound", 0.9)
    # the possessive says where the place lies: a town of another country is not it
    assert place_of([claim("d", "Kelvinia's Zellin")], vocab, "d") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Syria's Douma", "gn.170592"),  # shipped data: Douma, Syria (GeoNames)
        ("Nigeria's Borno state", "ng.borno"),
        ("Ethiopia's Tigray region", "gn.444187"),
    ],
)
def test_a_country_possessive_on_the_shipped_gazetteer(text: str, expected: str) -> None:
    rec = resolve([claim("a", text)])["a"]
    assert rec.place is not None
    assert rec.place.id == expected


def test_a_nationality_adjective_keeps_a_homonym_of_another_country_out() -> None:
    """*La région éthiopienne du Tigré*: never Tigre, Argentina (shipped towns layer)."""
    rec = resolve([claim("a", "la région éthiopienne du Tigré")])["a"]
    assert rec.place is None or rec.place.record.country == "ET"
    syrian = resolve([claim("b", "the Syrian town of Douma")])["b"]
    assert syrian.place is not None
    assert syrian.place.record.country == "SY"
