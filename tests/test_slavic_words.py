# ruff: noqa: RUF001 - Cyrillic and Arabic examples
"""Words of dying, being hurt and being soldiers in Bulgarian, Romanian, Russian, Ukrainian,
German and Arabic: the forms a paradigm makes from a listed one (rule ``slavic``), the
predicative *tot*, the military classes, lives taken and bodies counted (made-up claims,
real forms)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimrec as cr
from claimrec.resolution._inflected import read_slavic, slavic_stem
from claimrec.resolution._resolver import _Resolver
from claimrec.resolution._words import _predicative, _reports_figure
from claimrec.vocab import default_vocabulary

VOCAB = default_vocabulary()


def _resolver() -> _Resolver:
    return _Resolver(VOCAB)


def _cyrillic(word: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in word)


# --------------------------------------------------------------------------- predicates


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("пострадали", "wounded"), ("пострадало", "wounded"), ("пострадавшие", "wounded"),
        ("среди пострадавших", "wounded"), ("ликвидированы", "killed"),
        ("ликвидировано", "killed"), ("получилось ликвидировать", "killed"),
        ("погибшая", "killed"),
    ],
)
def test_russian(text: str, predicate: str) -> None:
    found = _resolver().predicate(text)
    assert found is not None
    assert found.id == predicate


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("постраждало", "wounded"), ("постраждала", "wounded"), ("постраждалих", "wounded"),
        ("з яких постраждало", "wounded"), ("ліквідовано", "killed"), ("ліквідовані", "killed"),
        ("ліквідували", "killed"),
    ],
)
def test_ukrainian(text: str, predicate: str) -> None:
    found = _resolver().predicate(text)
    assert found is not None
    assert found.id == predicate


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("загинаха", "killed"), ("загина", "killed"), ("загинали", "killed"),
        ("загиналите", "killed"), ("убитите", "killed"), ("са били убити", "killed"),
        ("пострадалите", "wounded"), ("бяха ранени", "wounded"),
    ],
)
def test_bulgarian(text: str, predicate: str) -> None:
    found = _resolver().predicate(text)
    assert found is not None
    assert found.id == predicate


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("uciși", "killed"), ("au fost uciși", "killed"), ("au murit", "killed"),
        ("răniți", "wounded"), ("au fost răniți", "wounded"),
    ],
)
def test_romanian(text: str, predicate: str) -> None:
    found = _resolver().predicate(text)
    assert found is not None
    assert found.id == predicate


def test_the_slavic_rule_reads_unlisted_forms_only_in_cyrillic() -> None:
    """The listed form reads exactly; another ending of it by rule ``slavic``; Latin never."""
    res = _resolver()
    listed, inflected = res.predicate("постраждали"), res.predicate("постраждалих")
    assert listed is not None
    assert listed.rule == "exact"
    assert inflected is not None
    assert (inflected.id, inflected.rule) == ("wounded", "slavic")
    assert read_slavic("postrazhdalykh", VOCAB.predicates) is None
    assert slavic_stem("ubit") == "ubit"  # a stem shorter than four letters is never cut


def test_no_cyrillic_word_reads_as_another_concept_by_its_stem() -> None:
    """Every Cyrillic synonym, cut by the rule, names its own concept or none."""
    for records in (VOCAB.predicates, VOCAB.subjects):
        wrong = [
            (word, record.id, found)
            for record in records
            for word in record.synonyms
            if _cyrillic(word)
            and (found := read_slavic(word, records)) not in (None, record.id)
        ]
        assert not wrong


@settings(max_examples=60, deadline=None)
@given(
    word=st.sampled_from(["постраждал", "пострадал", "загинал", "ликвидирован", "военн"]),
    ending=st.sampled_from(["и", "о", "а", "их", "ите", "ые", "ых", "ы", ""]),
)
def test_an_ending_never_changes_the_concept(word: str, ending: str) -> None:
    """Any ending of the paradigm reads as the listed form's concept, or as nothing."""
    owners = {"постраждал": "wounded", "пострадал": "wounded", "загинал": "killed",
              "ликвидирован": "killed"}  # fmt: skip
    found = _resolver().predicate(word + ending)
    assert found is None or found.id == owners.get(word, found.id)


def test_german_predicative_tot_is_killed_only_as_the_whole_predicate() -> None:
    res = _resolver()
    for text in ("tot", "sind tot", "waren tot"):
        found = res.predicate(text)
        assert found is not None
        assert (found.id, found.rule) == ("killed", "predicative")
    assert _predicative("opgelopen tot") is None  # Dutch: rose to
    found = res.predicate("opgelopen tot")
    assert found is None or found.id != "killed"


# --------------------------------------------------------------------------- subjects


@pytest.mark.parametrize(
    "text",
    [
        "servicepeople", "service personnel", "Ukrainian officers", "military commanders",
        "военни", "военните", "украински военни", "военнослужещи", "militarii", "soldații",
        "військовослужбовцями", "Kenyan invaders", "envahisseurs kényans", "Russian occupiers",
    ],
)
def test_military_subjects_are_soldiers(text: str) -> None:
    found = _resolver().subject(text)
    assert found is not None
    assert found.id == "soldiers"


def test_officers_and_commanders_alone_name_no_side() -> None:
    """Police officers, a militia's commanders: only a country's adjective makes them soldiers."""
    res = _resolver()
    found = res.subject("police officers")
    assert found is not None
    assert found.id == "police"
    for text in ("officers", "senior commanders", "Hamas commanders", "invaders"):
        found = res.subject(text)
        assert found is None or found.id != "soldiers"


@pytest.mark.parametrize("text", ["more", "another", "a further", "други", "другие", "інші"])
def test_a_figure_of_more_counts_people(text: str) -> None:
    """ "and 117 more injured": people, as "others" are."""
    found = _resolver().subject(text)
    assert found is not None
    assert (found.id, found.rule) == ("people", "others")


@pytest.mark.parametrize(
    ("text", "subject"),
    [("another blast", "incident"), ("more fighters", "militants"), ("другие военные", "soldiers")],
)
def test_a_word_of_more_inside_a_subject_is_read_as_the_rest(text: str, subject: str) -> None:
    found = _resolver().subject(text)
    assert found is not None
    assert found.id == subject


def test_a_nationality_alone_is_still_no_class() -> None:
    """ "Kenianer" names people of a country, of any side: not read (``demonym_class``)."""
    assert _resolver().subject("Kenianer") is None


# --------------------------------------------------------------------------- frames


@pytest.mark.parametrize(
    ("subject", "predicate"),
    [("مدنيًا", "يحصد أرواح"), ("people", "a luat viețile"), ("человек", "унёс жизни")],
)
def test_lives_taken_count_the_dead(subject: str, predicate: str) -> None:
    claims = [cr.Claim(source="X", subject=subject, predicate=predicate, value=31, id="a")]
    rec = cr.resolve(claims)["a"]
    assert rec.predicate is not None
    assert (rec.predicate.id, rec.predicate.rule) == ("killed", "toll")


def test_lives_without_a_figure_are_no_toll() -> None:
    claims = [cr.Claim(source="X", subject="مدنيًا", predicate="يحصد أرواح", id="a")]
    rec = cr.resolve(claims)["a"]
    assert rec.predicate is None or rec.predicate.rule != "toll"


@pytest.mark.parametrize(
    ("subject", "predicate"),
    [
        ("corps", "avons compté"),
        ("corps de soldats", "avons dénombré et rassemblé"),
        ("corpurile militarilor", "am numărat şi am adunat"),
        ("cadavre", "au fost găsite"),
    ],
)
def test_bodies_counted_are_bodies(subject: str, predicate: str) -> None:
    claims = [cr.Claim(source="X", subject=subject, predicate=predicate, value=61, id="a")]
    rec = cr.resolve(claims)["a"]
    assert rec.predicate is not None
    assert rec.predicate.id == "bodies"


def test_a_counting_verb_joined_to_another_verb_is_no_count() -> None:
    assert _reports_figure("am numărat şi am adunat")
    assert not _reports_figure("am numărat şi am ucis")


@pytest.mark.parametrize("text", ["neutralisant", "éliminant", "tuant"])
def test_french_present_participles_of_killing(text: str) -> None:
    """ "neutralisant une trentaine de terroristes": the participle of a listed verb."""
    found = _resolver().predicate(text)
    assert found is not None
    assert found.id == "killed"
