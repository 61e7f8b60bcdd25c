"""Demonyms in the vocabulary: the shipped table, extended in one line, read by resolution."""

from __future__ import annotations

import pathlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimrec as cr
from claimrec.errors import FormatError, InvalidClaimError
from claimrec.model import Claim
from claimrec.resolution import resolve
from claimrec.vocab import Demonym, Demonyms, Vocabulary, default_vocabulary


def _actor(vocab: Vocabulary, **fields: object) -> cr.Resolved | None:
    base: dict[str, object] = {"source": "Wire", "subject": "hospital", "predicate": "bombed"}
    claim = Claim(**{**base, **fields}, id="c")  # type: ignore[arg-type]
    return resolve([claim], vocabulary=vocab)["c"].actor


def test_the_shipped_table_is_the_vocabularys():
    """The default vocabulary carries demonyms.csv; a bare Vocabulary() the same table."""
    table = default_vocabulary().demonyms
    assert isinstance(table, Demonyms)
    assert table.actor_of("RU") == "Russia"
    assert table.named("frappe russe") == "Russia"
    assert Vocabulary().demonyms.entries == table.entries


def test_extend_adds_forms_to_a_country_in_one_line():
    """A new form of a known country is merged: the old forms still name it."""
    vocab = default_vocabulary().extend(
        demonyms=[Demonym(country="SY", actor="Syria government", forms="syriska|syriskt")]
    )
    assert _actor(default_vocabulary(), actor="syriska trupper") is None
    found = _actor(vocab, actor="syriska trupper")
    assert found is not None
    assert (found.id, found.rule) == ("Syria government", "demonym")
    assert _actor(vocab, actor="troupes syriennes").id == "Syria government"  # kept
    assert "syriennes" in vocab.demonyms.get("SY").forms
    assert len(vocab.demonyms) == len(default_vocabulary().demonyms)  # merged, not added


def test_extend_adds_a_country_and_its_actor():
    """A country the table lacks, with the user's actor, names the perpetrator."""
    vocab = default_vocabulary().extend(
        actors=[cr.Actor(id="Ruritania", name="Ruritanian state", kind="state", party="R")],
        demonyms=[Demonym(country="RR", actor="Ruritania", forms=["Ruritanian", "ruritanienne"])],
    )
    assert _actor(vocab, predicate="frappe ruritanienne").id == "Ruritania"
    assert vocab.demonyms.actor_of("RR") == "Ruritania"
    assert default_vocabulary().demonyms.actor_of("RR") is None  # the shipped one unchanged


def test_a_users_actor_replaces_the_countrys_and_its_forms_win():
    """The user's entry wins: its actor for the country, its forms over another country's."""
    table = Demonyms(
        [
            Demonym(country="AA", actor="A state", forms="alpha|shared"),
            Demonym(country="BB", actor="B state", forms="beta"),
        ]
    )
    more = table.extend([Demonym(country="BB", actor="B junta", forms="shared")])
    assert more.named("the shared strike") == "B junta"
    assert more.named("beta") == "B junta"
    assert more.named("alpha") == "A state"
    assert table.named("shared") == "A state"  # the table extended is unchanged


def test_extend_with_another_vocabulary_merges_its_demonyms():
    """extend(other) brings other's demonyms along with its other entries."""
    other = Vocabulary(demonyms=Demonyms([Demonym(country="ML", actor="FAMa", forms="malien")]))
    vocab = default_vocabulary().extend(other)
    assert vocab.demonyms.actor_of("ML") == "FAMa"


def test_two_countries_still_name_no_one():
    """Two countries' words in one text name no perpetrator, extended or not."""
    vocab = default_vocabulary().extend(
        demonyms=[Demonym(country="UA", actor="Ukraine government", forms="ukrán|ukránok")]
    )
    assert default_vocabulary().demonyms.named("russe és ukrán csapatok") == "Russia"
    assert vocab.demonyms.named("ukrán csapatok") == "Ukraine government"
    assert vocab.demonyms.named("russe és ukrán csapatok") is None


def test_load_reads_a_demonyms_csv_in_the_shipped_format(tmp_path: pathlib.Path):
    """A folder's demonyms.csv (country,actor,forms) is merged into the base's table."""
    (tmp_path / "demonyms.csv").write_text(
        "country,actor,forms\nUA,Ukraine government,ukrainische|ukrainischen\n", encoding="utf-8"
    )
    vocab = Vocabulary.load(tmp_path, base=default_vocabulary())
    assert vocab.demonyms.named("ukrainische Drohnen") == "Ukraine government"
    assert vocab.demonyms.named("ukrainien") == "Ukraine government"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("country,actor,forms\nXYZ,A,a\n", "ISO 3166"),
        ("country,actor,forms\nAA,A,\n", "forms"),
        ("country,actor,forms\nAA,A,a\nAA,B,b\n", "a second actor"),
        ("country,actor\nAA,A\n", "columns"),
    ],
)
def test_a_bad_demonyms_csv_names_its_line(tmp_path: pathlib.Path, text: str, problem: str):
    """Bad codes, rows without forms, two actors of one country: a FormatError with the line."""
    path = tmp_path / "demonyms.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(FormatError, match=problem):
        Vocabulary.load(demonyms=path)


def test_one_country_on_two_rows_of_one_actor_is_one_entry(tmp_path: pathlib.Path):
    """Rows added for a country already listed (same actor) merge their forms."""
    path = tmp_path / "demonyms.csv"
    path.write_text("country,actor,forms\nAA,A,alpha\nAA,A,alfa\n", encoding="utf-8")
    table = Vocabulary.load(demonyms=path).demonyms.get("AA")
    assert table is not None
    assert table.forms[:2] == ("alpha", "alfa")


def test_demonym_fields_are_checked():
    """The record names the field and value it refuses."""
    with pytest.raises(InvalidClaimError, match="country"):
        Demonym(country="Israel", actor="Israel", forms="Israeli")
    with pytest.raises(InvalidClaimError, match="forms"):
        Demonym(country="IL", actor="Israel", forms=["  "])
    with pytest.raises(InvalidClaimError, match="listed twice"):
        Demonyms([Demonym(country="IL", actor="A", forms="a")] * 2)


_WORDS = st.text(alphabet="abcdefgh", min_size=3, max_size=8)


@given(
    st.lists(
        st.tuples(st.sampled_from(["AA", "BB", "CC"]), st.lists(_WORDS, min_size=1, max_size=3)),
        min_size=1,
        max_size=6,
    )
)
def test_extending_merges_every_form_of_a_country(rows):
    """After extend, every form added for a country is still one of its forms."""
    table = Demonyms().extend(
        Demonym(country=code, actor=f"{code} state", forms=forms) for code, forms in rows
    )
    for code, forms in rows:
        entry = table.get(code)
        assert entry is not None
        assert set(forms) <= set(entry.forms)
    assert len(table) == len({code for code, _ in rows})
