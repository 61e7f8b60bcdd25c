"""Tests for claimrec.vocab: shipped actors, gazetteer, predicates and subject classes."""

from __future__ import annotations

import datetime as dt
import json
import time
from importlib.resources import files

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimrec._text import normalize
from claimrec.category import CategoryScheme
from claimrec.errors import FormatError, InvalidClaimError, UnknownNameError
from claimrec.vocab import (
    Actor,
    ActorVocabulary,
    Alias,
    Gazetteer,
    Place,
    PlaceKind,
    PlaceRelation,
    Predicate,
    PredicateVocabulary,
    SubjectClass,
    SubjectVocabulary,
    Vocabulary,
    default_vocabulary,
)

VOCAB = default_vocabulary()
ACTORS = VOCAB.actors
PLACES = VOCAB.places
PREDICATES = VOCAB.predicates
SUBJECTS = VOCAB.subjects
PLACE_IDS = sorted(p.id for p in PLACES)
DATA = files("claimrec") / "data"

# --------------------------------------------------------------------------- loading


def test_default_vocabulary_is_loaded_once():
    """default_vocabulary() returns the same cached object every time."""
    assert default_vocabulary() is default_vocabulary()


def test_shipped_files_load_fast():
    """Parsing and indexing the shipped files takes well under a fifth of a CPU second.

    A complexity guard (indexing that went quadratic would take seconds), not a benchmark:
    alone it takes about 0.08 s on a 2-core machine, 0.07 s at the start of the round; inside
    the suite, with a large heap, up to 0.13 s.

    CPU time, not wall time, and the best of three loads: a loaded machine (which slows
    even CPU time through shared caches) must not fail a complexity guard.
    """
    Vocabulary.load(DATA)  # warm imports
    spent = []
    for _ in range(3):
        start = time.process_time()
        vocab = Vocabulary.load(DATA)
        spent.append(time.process_time() - start)
    assert min(spent) < 0.2
    assert len(vocab.actors) > 40
    assert len(vocab.places) > 150


def test_vocabulary_repr_counts_entries():
    """The bundle's repr counts the entries of each vocabulary."""
    assert repr(VOCAB).startswith("<Vocabulary actors=")


# --------------------------------------------------------------------------- actors


@pytest.mark.parametrize(
    "name",
    [
        "JNIM",
        "GSIM",
        "Jama'at Nusrat al-Islam wal-Muslimin",
        "Jama\u2019at Nusrat al-Islam wal-Muslimin",
        "JAMAAT NUSRAT AL ISLAM WAL MUSLIMIN",
        "Groupe de soutien a l'islam et aux musulmans",
        "Groupe de soutien à l'islam et aux musulmans",
        "Group for the Support of Islam and Muslims",
        "al-Qaeda in the Sahel",
    ],
)
def test_jnim_spellings_resolve_to_one_actor(name):
    """Every spelling, transliteration and French name of JNIM resolves to JNIM."""
    assert ACTORS.resolve(name).id == "JNIM"


@pytest.mark.parametrize(
    "name",
    [
        "Mali's army",
        "FAMa",
        "FAMA",
        "Forces Armées Maliennes",
        "the Malian army",
        "Malian military",
    ],
)
def test_malian_army_names_resolve_to_fama(name):
    """The Malian army's names in English and French resolve to FAMa."""
    assert ACTORS.resolve(name).id == "FAMa"


@pytest.mark.parametrize(("part", "whole"), [("DIRPA", "FAMa"), ("EMGA", "FAMa")])
def test_army_services_are_part_of_fama_but_not_fama(part, whole):
    """DIRPA and EMGA are part of FAMa: same party, not the same actor."""
    assert ACTORS.get(part).part_of == whole
    assert ACTORS.is_part_of(part, whole)
    assert not ACTORS.is_part_of(whole, part)
    assert not ACTORS.same(part, whole)
    assert ACTORS.same_party(part, whole)


def test_media_arm_is_part_of_its_group():
    """Az-Zallaqa is JNIM's media arm: part of JNIM, JNIM's party."""
    assert ACTORS.resolve("al-Zallaqa").part_of == "JNIM"
    assert ACTORS.party_of("Az-Zallaqa") == "JNIM"
    assert [a.id for a in ACTORS.chain("Az-Zallaqa")] == ["Az-Zallaqa", "JNIM"]


@pytest.mark.parametrize(
    ("when", "expected"),
    [
        ("2019-02-28", False),
        ("2019-03-01", True),
        ("2020-06-15", True),
        ("2022-03-31", True),
        ("2022-04-01", False),
        ("2025-07-01", False),
    ],
)
def test_iswap_names_the_sahel_branch_only_within_its_dates(when, expected):
    """The ISWAP alias names the Sahel province only between March 2019 and March 2022."""
    assert (ACTORS.get("ISSP") in ACTORS.candidates("ISWAP", when=when)) is expected
    assert ("ISWAP" in ACTORS.get("ISSP").names(when)) is expected


def test_iswap_is_ambiguous_without_date_or_country():
    """Without a date, ISWAP fits two actors; the date and the country settle it."""
    assert ACTORS.resolve("ISWAP") is None
    assert ACTORS.resolve("ISWAP", when="2020-06-01", country="ML").id == "ISSP"
    assert ACTORS.resolve("ISWAP", when="2024-06-01").id == "ISWAP"
    assert ACTORS.resolve("ISWAP", when=dt.date(2024, 6, 1), country="ML") is None


@pytest.mark.parametrize(
    ("when", "expected"), [("2020-09-01", "Malian government"), ("2024-01-01", "Niger government")]
)
def test_time_scoped_acronym_follows_the_date(when, expected):
    """CNSP was Mali's junta in 2020 and is Niger's since 2023."""
    assert ACTORS.resolve("CNSP", when=when).id == expected


def test_actor_validity_dates_filter_resolution():
    """Wagner resolves before mid-2025 but not after its departure; MINUSMA not after 2023."""
    assert ACTORS.resolve("Wagner", when="2023-01-01").id == "Wagner"
    assert ACTORS.resolve("Wagner", when="2025-09-01") is None
    assert ACTORS.resolve("MINUSMA", when="2024-06-01") is None
    assert ACTORS.resolve("Africa Corps", when="2025-09-01").id == "Africa Corps"


def test_shared_acronym_needs_a_country():
    """FDS names both Burkina Faso's and Niger's forces: ambiguous until a country is given."""
    assert [a.id for a in ACTORS.candidates("FDS")] == ["Burkina Faso army", "Niger army"]
    assert ACTORS.resolve("FDS") is None
    assert ACTORS.resolve("FDS", country="BF").id == "Burkina Faso army"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Jamaat Nusrat al Islam wal Muslimeen", "JNIM"),
        ("Malian army spokesman", "FAMa"),
        ("JNIM fighters", "JNIM"),
        ("Kayes resident", "witnesses"),
        ("Daesh fighters", "Islamic State"),
        ("army", None),
        ("unknown gunmen", None),
        ("zzzz", None),
    ],
)
def test_actor_fuzzy_match(name, expected):
    """Misspelt or longer names match their actor; ambiguous or acronym-inside-word ones do not."""
    found = ACTORS.match(name)
    assert (found[0].id if found else None) == expected
    if found:
        assert 85 <= found[1] <= 100


def test_actor_match_respects_threshold():
    """A score below the threshold is no match."""
    assert ACTORS.match("Jamaat Nusrat al Islam wal Muslimeen", threshold=99.9) is None


def test_actor_lookup_raises_with_suggestions():
    """An unknown actor raises UnknownNameError suggesting close names."""
    with pytest.raises(UnknownNameError) as info:
        ACTORS.lookup("JNMI")
    assert "JNIM" in info.value.suggestions
    assert isinstance(info.value, KeyError)
    with pytest.raises(UnknownNameError, match="ambiguous"):
        ACTORS.lookup("FDS")


def test_actor_alias_keys_are_parallel_and_normalised():
    """alias_keys() gives normalised names with the id of the actor each names."""
    keys, ids = ACTORS.alias_keys()
    assert len(keys) == len(ids)
    assert all(k == normalize(k) for k in keys)
    assert ids[keys.index("gsim")] == "JNIM"
    dated_keys, dated_ids = ACTORS.alias_keys(when="2024-01-01")
    assert ("iswap", "ISSP") in zip(keys, ids, strict=True)
    assert ("iswap", "ISSP") not in zip(dated_keys, dated_ids, strict=True)


ALIASES = sorted({alias.name for actor in ACTORS for alias in actor.aliases})


@settings(max_examples=60)
@given(name=st.sampled_from(ALIASES), upper=st.booleans())
def test_actor_resolution_ignores_case_and_apostrophes(name, upper):
    """An alias written in capitals or with curly apostrophes names the same actors."""
    variant = name.upper() if upper else name.replace("'", "\u2019")
    assert ACTORS.candidates(variant) == ACTORS.candidates(name)
    assert ACTORS.candidates(name)


@pytest.mark.parametrize(
    ("field", "kwargs"),
    [
        ("kind", {"kind": "militia"}),
        ("valid_from", {"valid_from": "2017-13-01"}),
        ("valid_to", {"valid_from": "2020-01-01", "valid_to": "2019-01-01"}),
        ("countries", {"countries": ["Mali"]}),
        ("party", {"party": " "}),
        ("part_of", {"part_of": "X"}),
    ],
)
def test_bad_actor_fields_raise_naming_the_field(field, kwargs):
    """A bad actor field raises InvalidClaimError naming the field."""
    base = {"id": "X", "name": "X", "kind": "armed_group", "party": "X"}
    with pytest.raises(InvalidClaimError) as info:
        Actor(**{**base, **kwargs})
    assert info.value.field == field


def test_alias_rejects_text_that_normalises_to_nothing():
    """An alias of punctuation alone is rejected (it could never match)."""
    with pytest.raises(InvalidClaimError):
        Alias(name="-- / --")


def test_actor_vocabulary_rejects_unknown_part_of_and_cycles():
    """Unknown part_of ids and part_of cycles are reported together, by entry number."""
    a = Actor(id="A", name="A", kind="other", party="p", part_of="B")
    b = Actor(id="B", name="B", kind="other", party="p", part_of="A")
    c = Actor(id="C", name="C", kind="other", party="p", part_of="nobody")
    with pytest.raises(FormatError) as info:
        ActorVocabulary([a, b, c])
    assert [line for line, _ in info.value.problems] == [1, 2, 3]


# --------------------------------------------------------------------------- places


@pytest.mark.parametrize(
    ("first", "second"), [("Tombouctou", "Timbuktu"), ("Menaka", "Ménaka"), ("MÉNAKA", "menaka")]
)
def test_place_spellings_resolve_to_one_place(first, second):
    """Alternate spellings and accent-less forms name the same place."""
    assert PLACES.resolve(first) == PLACES.resolve(second)
    assert len(PLACES.resolve(first)) == 1


def test_diboli_lies_in_kayes_region_in_mali_in_western_mali():
    """Diboli is within Kayes region, within Mali, and within the area 'western Mali'."""
    assert [p.id for p in PLACES.path("ml.diboli")] == ["ML", "ml.kayes-region", "ml.diboli"]
    assert PLACES.relate("ml.diboli", "ml.kayes-region") is PlaceRelation.WITHIN
    assert PLACES.relate("ml.kayes-region", "ML") is PlaceRelation.WITHIN
    western = PLACES.best("western Mali")
    assert PLACES.relate(PLACES.best("Diboli"), western) == "within"
    assert PLACES.relate(western, "ml.diboli") == "contains"
    assert PLACES.relate("ml.diboli", "sahel") == "within"


def test_nioro_is_ambiguous_without_context():
    """'Nioro' names a Malian and a Senegalese town: no pick without country or context."""
    assert {p.country for p in PLACES.resolve("Nioro")} == {"ML", "SN"}
    assert PLACES.best("Nioro") is None
    assert PLACES.match("Nioro") is None


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"country": "ML"}, "ml.nioro-du-sahel"),
        ({"country": "SN"}, "sn.nioro-du-rip"),
        ({"context": ["Kayes"]}, "ml.nioro-du-sahel"),
        ({"context": ["Diboli", "Sandaré"]}, "ml.nioro-du-sahel"),
        ({"context": ["Kaolack"]}, "sn.nioro-du-rip"),
        ({"context": ["western Mali"]}, "ml.nioro-du-sahel"),
        ({"context": ["Nioro du Rip"]}, "sn.nioro-du-rip"),
    ],
)
def test_nioro_resolves_with_country_or_context(kwargs, expected):
    """A country or the other places of the claim set pick the right Nioro."""
    assert PLACES.best("Nioro", **kwargs).id == expected


def test_same_name_towns_in_two_countries_both_exist():
    """Gao is a Malian city and a Burkinabe town: both are kept, never merged."""
    assert [p.id for p in PLACES.resolve("Gao")] == ["bf.gao", "ml.gao"]
    assert PLACES.best("Gao") is None
    assert PLACES.best("Gao", context=["Ouagadougou"]).id == "bf.gao"
    assert PLACES.relate("ml.gao", "bf.gao") is PlaceRelation.DISJOINT


def test_misspelt_sandare_matches_fuzzily():
    """'Sandere' matches Sandaré at the default threshold."""
    place, score = PLACES.match("Sandere")
    assert place.id == "ml.sandare"
    assert score >= 85


def test_binoli_needs_context_or_a_lower_threshold():
    """'Binoli' (the army's misspelling of Diboli) scores 66.7: context or threshold 65 finds it."""
    assert PLACES.match("Binoli") is None
    place, score = PLACES.match("Binoli", context=["Kayes", "Sandaré"])
    assert place.id == "ml.diboli"
    assert score == pytest.approx(86.67, abs=0.01)
    assert PLACES.best("Binoli", context=["Kayes"]).id == "ml.diboli"
    assert PLACES.match("Binoli", threshold=65, country="ML")[0].id == "ml.diboli"
    assert PLACES.match("Binoli", context=["Gao", "Kidal"]) is None


def test_place_fuzzy_match_does_not_take_substrings():
    """An unknown longer name is not matched to a known name it starts with."""
    assert PLACES.match("Katibougou") is None


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("ml.timbuktu", "ml.timbuktu", "same"),
        ("ml.nioro-du-sahel", "ml.nioro-region", "within"),
        ("ml.nioro-du-sahel", "ml.kayes-region", "within"),
        ("ml.boulkessi", "ml.central-mali", "within"),
        ("ml.menaka", "three-border-area", "within"),
        ("three-border-area", "liptako-gourma", "within"),
        ("liptako-gourma", "three-border-area", "contains"),
        ("three-border-area", "sahel", "within"),
        ("ml.western-mali", "ml.central-mali", "disjoint"),
        ("ne.niamey", "ml.western-mali", "disjoint"),
        ("ml.diboli", "ml.sandare", "disjoint"),
        ("ml.diema", "ml.nioro-du-sahel", "disjoint"),
        ("ml.sandare", "ml.nioro-region", "unknown"),
        ("ML", "three-border-area", "unknown"),
        ("ml.timbuktu-airport", "ml.timbuktu", "within"),
        ("sn.dakar", "sn.kaolack-region", "unknown"),
    ],
)
def test_relate(a, b, expected):
    """relate() tells same, within, contains, disjoint, or unknown when the data cannot tell."""
    assert PLACES.relate(a, b).value == expected


def test_relate_is_converse_symmetric_and_within_is_transitive_on_all_places():
    """For every pair, relate(b, a) is the converse of relate(a, b); 'within' chains."""
    table = {(a, b): PLACES.relate(a, b) for a in PLACE_IDS for b in PLACE_IDS}
    for (a, b), rel in table.items():
        assert table[b, a] is rel.converse(), (a, b)
    within = {a: {b for b in PLACE_IDS if table[a, b] is PlaceRelation.WITHIN} for a in PLACE_IDS}
    for a, ups in within.items():
        for b in ups:
            assert within[b] <= ups, (a, b)


@settings(max_examples=60)
@given(place_id=st.sampled_from(PLACE_IDS))
def test_every_place_is_within_each_place_on_its_path(place_id):
    """A place lies within every proper ancestor on its path, and the path starts at a root."""
    path = PLACES.path(place_id)
    assert path[-1].id == place_id
    assert path[0].parent is None
    for ancestor in path[:-1]:
        assert PLACES.relate(place_id, ancestor) is PlaceRelation.WITHIN


def test_shipped_places_cover_the_sahel_and_its_neighbours():
    """Mali's regions, Burkina Faso, Niger and the ten neighbours are in the gazetteer."""
    countries = {p.id for p in PLACES if p.kind is PlaceKind.COUNTRY}
    assert countries >= {
        "ML",
        "BF",
        "NE",
        "SN",
        "MR",
        "DZ",
        "GN",
        "CI",
        "GH",
        "TG",
        "BJ",
        "NG",
        "TD",
    }
    regions = {p.name for p in PLACES.path("ml.menaka")} | {
        p.name for p in PLACES if p.kind is PlaceKind.REGION and p.country == "ML"
    }
    for name in [
        "Kayes",
        "Koulikoro",
        "Sikasso",
        "Ségou",
        "Mopti",
        "Tombouctou",
        "Gao",
        "Kidal",
        "Ménaka",
        "Taoudénit",
    ]:
        assert f"{name} Region" in regions


BOXES = {
    "ML": (10.0, 25.5, -12.5, 4.5),
    "BF": (9.0, 15.5, -6.0, 2.5),
    "NE": (11.5, 23.5, 0.0, 16.0),
}


@pytest.mark.parametrize("place", [p for p in PLACES if p.lat is not None], ids=lambda p: p.id)
def test_coordinates_fall_inside_their_country(place):
    """Every coordinate lies within a rough box around its country (catches swapped signs)."""
    if place.country in BOXES:
        south, north, west, east = BOXES[place.country]
        assert south <= place.lat <= north
        assert west <= place.lon <= east


def test_geonames_ids_are_unique():
    """No GeoNames id is given to two places."""
    ids = [p.geonames_id for p in PLACES if p.geonames_id is not None]
    assert len(ids) == len(set(ids))


def test_place_lookup_raises_for_ambiguous_and_unknown_names():
    """lookup() raises UnknownNameError listing candidates or close names."""
    with pytest.raises(UnknownNameError) as info:
        PLACES.lookup("Nioro")
    assert info.value.suggestions == ("ml.nioro-du-sahel", "sn.nioro-du-rip")
    with pytest.raises(UnknownNameError) as info:
        PLACES.lookup("Tombouktou zzz")
    assert PLACES.lookup("Nioro", country="ML").id == "ml.nioro-du-sahel"
    with pytest.raises(UnknownNameError):
        PLACES.get("ml.nowhere")


@pytest.mark.parametrize(
    ("field", "kwargs"),
    [
        ("kind", {"kind": "hamlet"}),
        ("country", {"country": "Mali"}),
        ("parent", {"parent": None}),
        ("lat", {"lat": "north"}),
        ("lat", {"lat": 95}),
        ("covers", {"covers": ["ml.kayes-region"]}),
        ("geonames_id", {"geonames_id": "-3"}),
    ],
)
def test_bad_place_fields_raise_naming_the_field(field, kwargs):
    """A bad place field raises InvalidClaimError naming the field."""
    base = {
        "id": "x",
        "name": "X",
        "kind": "town",
        "country": "ML",
        "parent": "ML",
        "lat": 14.0,
        "lon": -9.0,
    }
    with pytest.raises(InvalidClaimError) as info:
        Place(**{**base, **kwargs})
    assert info.value.field == field


def test_gazetteer_rejects_a_parent_in_another_country():
    """A town's parent must lie in the town's country."""
    with pytest.raises(FormatError, match="in country 'ML', not 'SN'"):
        Gazetteer(
            [
                Place(id="ML", name="Mali", kind="country", country="ML"),
                Place(id="x", name="X", kind="town", country="SN", parent="ML"),
            ]
        )


# --------------------------------------------------------------------------- predicates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("neutralised", "killed"),
        ("neutralized", "killed"),
        ("slain", "killed"),
        ("tué", "killed"),
        ("neutralisés", "killed"),
        ("wounded", "wounded"),
        ("blessés", "wounded"),
        ("kidnapped", "abducted"),
        ("taken hostage", "abducted"),
        ("thwarted", "repelled"),
        ("foiled", "repelled"),
        ("repoussé", "repelled"),
        ("seized control of", "captured"),
        ("overran", "captured"),
        ("took control of", "captured"),
        ("s'est emparé", "captured"),
        ("seized control of three military installations", "captured"),
        ("seized", "captured"),
        ("seized weapons", "recovered"),
        ("recovered weapons, vehicles and motorcycles", "recovered"),
        ("pulled back", "withdrew"),
        ("stormed", "attacked"),
        ("claimed responsibility", "responsibility"),
        ("revendiqué", "responsibility"),
        ("drone strike", "airstrike"),
        ("heard gunfire", "clashed"),
    ],
)
def test_predicate_phrases_resolve(text, expected):
    """English and French phrases resolve to their predicate; the longest phrase wins."""
    assert PREDICATES.resolve(text).id == expected


PREDICATE_PHRASES = sorted((syn, p.id) for p in PREDICATES for syn in p.synonyms)
SUBJECT_PHRASES = sorted((syn, c.id) for c in SUBJECTS for syn in c.synonyms)


def test_every_predicate_synonym_resolves_to_its_predicate():
    """Each shipped synonym, alone, resolves to the predicate that lists it."""
    assert [(syn, PREDICATES.resolve(syn).id) for syn, _ in PREDICATE_PHRASES] == PREDICATE_PHRASES


def test_every_subject_synonym_resolves_to_its_class():
    """Each shipped subject synonym, alone, resolves to the class that lists it."""
    assert [(syn, SUBJECTS.resolve(syn).id) for syn, _ in SUBJECT_PHRASES] == SUBJECT_PHRASES


@settings(max_examples=60)
@given(pair=st.sampled_from(PREDICATE_PHRASES), upper=st.booleans())
def test_predicate_resolution_ignores_case_and_surrounding_numbers(pair, upper):
    """A synonym in capitals or after a number still resolves to its predicate."""
    phrase, expected = pair
    text = f"80 {phrase.upper() if upper else phrase}"
    assert PREDICATES.resolve(text).id == expected


def test_unknown_predicate_resolves_to_none():
    """A text with no known phrase resolves to None."""
    assert PREDICATES.resolve("visited the market") is None
    assert PREDICATES.family("visited") is None


@pytest.mark.parametrize(
    ("a", "b"),
    [("repelled", "captured"), ("thwarted", "seized control of"), ("recaptured", "repelled")],
)
def test_repelled_excludes_captured_both_ways(a, b):
    """Exclusions are symmetric: repelled excludes captured and captured excludes repelled."""
    assert PREDICATES.excludes(a, b)
    assert PREDICATES.excludes(b, a)


def test_exclusion_is_symmetric_for_every_pair():
    """For every pair of predicates, excludes(a, b) == excludes(b, a)."""
    ids = sorted(p.id for p in PREDICATES)
    for a in ids:
        for b in ids:
            assert PREDICATES.excludes(a, b) == PREDICATES.excludes(b, a)


def test_withdrew_excludes_neither_outcome():
    """'withdrew' fits both captured and repelled, depending on who withdrew."""
    assert not PREDICATES.excludes("withdrew", "captured")
    assert not PREDICATES.excludes("withdrew", "repelled")


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("neutralised", "casualties"),
        ("injured", "injuries"),
        ("overran", "outcome"),
        ("claimed responsibility", "responsibility"),
        ("abducted", "abductions"),
    ],
)
def test_predicate_families(text, family):
    """Each predicate belongs to the family of items it speaks about."""
    assert PREDICATES.family(text) == family


def test_acled_mapping():
    """Predicates map to ACLED event and sub-event types where one corresponds."""
    assert ("Battles", "Non-state actor overtakes territory") in PREDICATES.get("captured").acled
    assert PREDICATES.get("abducted").acled == (
        ("Violence against civilians", "Abduction/forced disappearance"),
    )
    assert PREDICATES.get("killed").acled_field == "fatalities"
    with pytest.raises(InvalidClaimError) as info:
        Predicate(id="x", family="f", value_type="none", acled=[("Battles", "Armed clashes")])
    assert info.value.field == "acled"


def test_outcome_scheme_is_a_category_scheme():
    """The outcome predicates form a CategoryScheme with their exclusions."""
    scheme = PREDICATES.scheme
    assert isinstance(scheme, CategoryScheme)
    assert scheme.canonical("fought off") == "repelled"
    assert scheme.excludes("foiled", "overran")
    assert not scheme.excludes("withdrew", "overran")


def test_predicate_fuzzy_match():
    """A misspelt predicate matches its closest phrase."""
    predicate, score = PREDICATES.match("neutrallised")
    assert predicate.id == "killed"
    assert score > 90
    assert PREDICATES.match("zzzz") is None


def test_predicate_phrase_naming_two_predicates_is_rejected():
    """A phrase may name only one predicate."""
    with pytest.raises(FormatError, match="already names"):
        PredicateVocabulary(
            [
                Predicate(id="a", family="f", value_type="none", synonyms=["hit"]),
                Predicate(id="b", family="f", value_type="none", synonyms=["Hit"]),
            ]
        )


# --------------------------------------------------------------------------- subjects


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("terrorists", "militants"),
        ("militants", "militants"),
        ("over 80 militants", "militants"),
        ("assaillants", "militants"),
        ("Malian soldiers", "soldiers"),
        ("troops", "soldiers"),
        ("soldats", "soldiers"),
        ("UN soldiers", "peacekeepers"),
        ("villagers", "civilians"),
        ("civils", "civilians"),
        ("VDP", "militia"),
        ("dozos", "militia"),
        ("gendarmes", "police"),
        ("Wagner fighters", "mercenaries"),
        ("three military installations", "military_sites"),
    ],
)
def test_subject_head_nouns_resolve(text, expected):
    """The head noun phrase picks the class; longer phrases ('UN soldiers') win."""
    assert SUBJECTS.resolve(text).id == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("militants", "soldiers", True),
        ("soldiers", "militants", True),
        ("civilians", "militants", True),
        ("villagers", "terrorists", True),
        ("soldiers", "weapons", True),
        ("people", "civilians", False),
        ("soldiers", "troops", False),
        ("soldiers", "unknown thing", False),
    ],
)
def test_subject_exclusions(a, b, expected):
    """Militants, soldiers and civilians exclude each other; 'people' excludes none of them."""
    assert SUBJECTS.excludes(a, b) is expected


def test_subject_scheme_and_hierarchy():
    """Subject classes form a CategoryScheme; soldiers are people."""
    assert SUBJECTS.is_a("troops", "people")
    assert not SUBJECTS.is_a("people", "troops")
    scheme = SUBJECTS.scheme
    assert scheme.canonical("jihadists") == "militants"
    assert scheme.excludes("jihadists", "troops")


# --------------------------------------------------------------------------- files and extension


def _write(folder, name, text):
    (folder / name).write_text(text, encoding="utf-8")


def test_bad_place_rows_are_all_reported_with_lines(tmp_path):
    """A places file with several bad rows raises one FormatError listing every bad line."""
    _write(
        tmp_path,
        "places.csv",
        "id,name,kind,country,parent,lat,lon\n"
        "ML,Mali,country,ML,,,\n"
        "ml.a,A,hamlet,ML,ML,,\n"
        "ml.b,B,town,ML,ml.nowhere,,\n"
        "ml.c,C,town,ML,ML,north,1\n"
        "ml.d,D,town,ML,ML,14,-9\n"
        "ml.d,D again,town,ML,ML,,\n",
    )
    with pytest.raises(FormatError) as info:
        Vocabulary.load(tmp_path)
    assert [line for line, _ in info.value.problems] == [3, 4, 5, 7]
    assert info.value.path.endswith("places.csv")
    assert "kind='hamlet'" in str(info.value)


def test_bad_actor_rows_are_all_reported_with_lines(tmp_path):
    """An actors file reports bad kinds, dates, unknown keys and unknown part_of ids, by line."""
    actors = [
        {"id": "A", "name": "A", "kind": "state", "party": "p"},
        {"id": "B", "name": "B", "kind": "militia", "party": "p"},
        {"id": "C", "name": "C", "kind": "state", "party": "p", "valid_from": "soon"},
        {"id": "D", "name": "D", "kind": "state", "party": "p", "colour": "red"},
        {"id": "E", "name": "E", "kind": "state", "party": "p", "part_of": "Z"},
    ]
    _write(tmp_path, "actors.json", json.dumps({"actors": actors}, indent=1))
    with pytest.raises(FormatError) as info:
        Vocabulary.load(actors=tmp_path / "actors.json")
    lines = [line for line, _ in info.value.problems]
    assert len(lines) == 4
    assert lines == sorted(lines)
    assert len(set(lines)) == 4
    assert lines[0] > 1


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("actors.json", '{"actors": [', "not JSON"),
        ("actors.json", '{"people": []}', "expected a list"),
        ("places.csv", "id,name,kind,lattitude\n", "unknown columns"),
        ("places.csv", "", "empty file"),
        (
            "predicates.json",
            '{"predicates": [{"id": "a", "family": "f", "value_type": "none", "excludes": ["b"]}]}',
            "unknown predicate id",
        ),
        (
            "subjects.json",
            '{"classes": [{"id": "a", "name": "a", "broader": "b"}], "disjoint": [["a", "c"]]}',
            "unknown class id",
        ),
        ("subjects.json", '{"classes": [], "disjoint": "all"}', "disjoint"),
    ],
)
def test_malformed_files_raise_format_errors(tmp_path, name, text, message):
    """Malformed files raise FormatError naming the file and what is wrong."""
    _write(tmp_path, name, text)
    with pytest.raises(FormatError, match=message):
        Vocabulary.load(tmp_path)


def test_loading_a_user_folder_over_the_default(tmp_path):
    """User files extend the default vocabulary: new places refer to shipped regions."""
    _write(
        tmp_path,
        "places.csv",
        "id,name,kind,country,parent,aliases\n"
        "ml.kobe,Kobé,village,ML,ml.kayes-region,Kobe\n"
        "ml.diboli,Diboli,town,ML,ml.kayes-region,Diboly\n",
    )
    _write(
        tmp_path,
        "actors.json",
        json.dumps(
            {
                "actors": [
                    {
                        "id": "Katiba Serma",
                        "name": "Katiba Serma",
                        "kind": "armed_group",
                        "party": "JNIM",
                        "part_of": "JNIM",
                    }
                ]
            }
        ),
    )
    vocab = Vocabulary.load(tmp_path, base=VOCAB)
    assert vocab.places.relate("ml.kobe", "ml.western-mali") is PlaceRelation.WITHIN
    assert vocab.places.best("Diboly").id == "ml.diboli"
    assert vocab.actors.is_part_of("Katiba Serma", "JNIM")
    assert vocab.predicates is VOCAB.predicates
    assert VOCAB.places.resolve("Diboly") == []


def test_loading_a_folder_alone_leaves_missing_vocabularies_empty(tmp_path):
    """Without a base, only the files present are loaded."""
    _write(tmp_path, "predicates.json", (DATA / "predicates.json").read_text(encoding="utf-8"))
    vocab = Vocabulary.load(tmp_path)
    assert len(vocab.actors) == 0
    assert len(vocab.predicates) == len(PREDICATES)


def test_user_extension_wins_on_name_conflicts():
    """A user actor taking a shipped name takes it over; the shipped actor keeps its others."""
    mine = Actor(
        id="FDS-ML",
        name="Malian defence and security forces",
        kind="state",
        party="Mali government",
        aliases=["FDS"],
        countries=["ML"],
    )
    vocab = VOCAB.extend(actors=[mine])
    assert vocab.actors.resolve("FDS").id == "FDS-ML"
    assert vocab.actors.resolve("Nigerien army").id == "Niger army"
    assert ACTORS.resolve("FDS") is None


def test_user_extension_replaces_entries_with_the_same_id():
    """An entry with a shipped id replaces the shipped entry."""
    place = Place(
        id="ml.diboli",
        name="Diboli",
        kind="town",
        country="ML",
        parent="ml.kayes-region",
        lat=14.46,
        lon=-12.2,
    )
    vocab = VOCAB.extend(places=[place])
    assert vocab.places.get("ml.diboli").lat == 14.46
    assert len(vocab.places) == len(PLACES)
    assert VOCAB.places.get("ml.diboli").lat is None


def test_extension_of_all_four_kinds():
    """extend() adds actors, places, predicates and subject classes at once."""
    vocab = VOCAB.extend(
        actors=[Actor(id="X", name="X group", kind="armed_group", party="X")],
        places=[
            Place(id="ml.kobe", name="Kobé", kind="village", country="ML", parent="ml.kayes-region")
        ],
        predicates=[
            Predicate(id="besieged", family="siege", value_type="none", synonyms=["under siege"])
        ],
        subjects=[SubjectClass(id="journalists", name="journalists", broader="people")],
        disjoint=[("journalists", "militants")],
    )
    assert vocab.actors.resolve("X group").id == "X"
    assert vocab.places.best("Kobe").id == "ml.kobe"
    assert vocab.predicates.resolve("under siege").id == "besieged"
    assert vocab.subjects.excludes("journalists", "militants")
    combined = Vocabulary().extend(vocab)
    assert len(combined.places) == len(vocab.places)


def test_extension_with_bad_references_raises():
    """Extending with a place whose parent is unknown raises FormatError."""
    with pytest.raises(FormatError, match="unknown place id"):
        VOCAB.extend(places=[Place(id="x", name="X", kind="town", country="ML", parent="nope")])
    with pytest.raises(FormatError, match="given twice"):
        VOCAB.extend(actors=[Actor(id="Y", name="Y", kind="other", party="y")] * 2)


def test_subject_vocabulary_rejects_broader_cycles():
    """A broader chain may not loop."""
    with pytest.raises(FormatError, match="cycle"):
        SubjectVocabulary(
            [
                SubjectClass(id="a", name="a", broader="b"),
                SubjectClass(id="b", name="b", broader="a"),
            ]
        )
