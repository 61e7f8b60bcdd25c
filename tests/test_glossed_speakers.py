"""One body named in several languages is one speaker (``resolution/_glossed.py``).

Every body here is made up (*Nara Hills*, a made-up place); the countries are read by
the shipped demonyms.
"""

from __future__ import annotations

import json
import random
from importlib.resources import files

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimrec as cr
from claimrec._text import normalize
from claimrec.model import Claim, Report, Source
from claimrec.resolution import resolve
from claimrec.resolution._demonyms import countries_named
from claimrec.resolution._glossed import GLOSSARY, gloss, glossed_core
from tests.test_resolution_local import keys, linked


@pytest.mark.parametrize(
    "names",
    [
        # a province's health directorate in English, French, Indonesian, Spanish, German
        (
            "Nara Hills Health Directorate",
            "Direction de la Santé de Nara Hills",
            "Dinas Kesehatan Nara Hills",
            "Dirección de Salud de Nara Hills",
        ),
        # a national coalition: the country's adjective or name in each language, an
        # acronym in parentheses dropped
        (
            "Malian National Coalition",
            "Coalition Nationale Malienne",
            "Coalición Nacional de Malí (CNM)",
            "Coalizione Nazionale del Mali",
        ),
        # a civil defence in Indonesian and Portuguese
        (
            "Nara Hills Civil Defence",
            "Pertahanan Sipil Nara Hills",
            "Defesa Civil de Nara Hills",
        ),
    ],
)
def test_one_body_named_in_several_languages_is_one_speaker(names):
    """The glossed words of a body's name are one key across languages."""
    assert linked(*names)


def test_an_arabic_name_with_the_country_adjective_is_one_speaker():
    """*al-i'tilaf al-watani al-yamani*: coalition, national, and Yemen read by demonyms.csv."""
    assert linked(
        "Yemeni National Coalition", "الائتلاف الوطني اليمني", "Coalición Nacional Yemení"
    )
    assert not linked("Yemeni National Coalition", "الائتلاف الوطني السوداني")


def test_arabic_words_are_glossed_with_their_article_and_prefixes():
    """*al-difa' al-madani* is civil defence; *wal-mu'arada* is opposition."""
    assert [gloss(w) for w in normalize("الدفاع المدني والمعارضة").split()] == [
        "defence", "civil", "opposition"
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("one", "two"),
    [
        # a ministry is not a directorate, nor an office
        ("Nara Hills Health Directorate", "Ministère de la Santé de Nara Hills"),
        ("Nara Hills Health Office", "Dinas Kesehatan Nara Hills"),
        # a coalition is not a council
        ("Coalition Nationale Malienne", "Malian National Council"),
        # two countries' coalitions
        ("Coalición Nacional de Malí", "Nigerien National Coalition"),
        # a health directorate is not a police directorate
        ("Direction de la Santé de Nara Hills", "Nara Hills Police Directorate"),
        # witnesses stay many people
        (
            Source(name="Nara Hills Civil Defence", kind="witness"),
            Source(name="Defesa Civil de Nara Hills", kind="witness"),
        ),
        # different declared kinds
        (
            Source(name="Nara Hills Civil Defence", kind="ngo"),
            Source(name="Defesa Civil de Nara Hills", kind="state"),
        ),
    ],
)
def test_glosses_keep_two_bodies_apart(one, two):
    """A body's kind and domain words keep two bodies two; the word rules' guards hold."""
    assert not linked(one, two)


def test_a_list_of_speakers_is_no_one_body():
    """*Radio Nara, the Nara Times dan Nara TV* lists three outlets: glossed, it holds none."""
    assert not linked(
        "Nara Radio Service",
        "Nara Radio, the Nara Times dan Nara TV",
        "service de Nara Radio, Nara Times et Nara Télé",
    )


def test_without_glosses_the_languages_would_be_two_speakers():
    """The words alone (not glossed) share only the place: the gloss makes the link."""
    english, indonesian = keys("Nara Hills Health Directorate", "Dinas Kesehatan Nara Hills")
    assert english == indonesian
    assert glossed_core(("dinas", "kesehatan")) == ("directorate", "health")


def test_a_known_actor_keeps_its_reading():
    """A name the vocabulary knows is read by it, never by the glossed key."""
    res = resolve([Claim(source="JNIM statement", subject="x", predicate="killed", id="c")])
    assert res["c"].speaker.id == "JNIM"


def test_relays_in_two_languages_are_one_echo():
    """Two relays of one statement naming the body in two languages are an echo."""
    origin = Report(outlet="Nara Hills", title="statement", published="2031-03-04", id="o")

    def relay(outlet: str, source: str, cid: str) -> Claim:
        via = Report(outlet=outlet, published="2031-03-05", relays=origin, id=f"r-{cid}")
        return Claim(source=source, subject="civilians", predicate="killed", value=12,
                     place="Kayes", via=via, id=cid)  # fmt: skip

    graph = cr.claim_graph(
        [
            relay("Wire One", "Nara Hills Health Directorate", "a"),
            relay("Wire Two", "Dinas Kesehatan Nara Hills", "b"),
        ]
    )
    assert [sorted(c.id for c in echo.claims) for echo in graph.echoes()] == [["a", "b"]]
    assert graph.corroborations() == ()


# --------------------------------------------------------------------------- the data


def test_each_word_glosses_to_one_key_and_keys_are_fixed_points():
    """No normalised form is glossed two ways, and a key glosses to itself (idempotent)."""
    data = json.loads((files("claimrec") / "data" / "org_glossary.json").read_text("utf-8"))
    seen: dict[str, str] = {}
    for key, words in data["gloss"].items():
        if key:
            assert gloss(key) == key
        for word in words:
            norm = normalize(word)
            assert " " not in norm, word
            assert seen.setdefault(norm, key) == key, (word, seen[norm], key)
    assert all(gloss(g) == g for g in set(GLOSSARY.values()) if g)


_WORDS = st.lists(
    st.sampled_from([*sorted(GLOSSARY), "nara", "hills", "syrian", "mali", "@SY", "idlib"]),
    min_size=1,
    max_size=6,
)


@given(_WORDS, st.randoms(use_true_random=False))
def test_the_glossed_core_ignores_word_order_and_is_idempotent(words, rnd: random.Random):
    """Word order does not count, and glossing a glossed core changes nothing."""
    core = glossed_core(tuple(words))
    shuffled = list(words)
    rnd.shuffle(shuffled)
    assert glossed_core(tuple(shuffled)) == core
    assert glossed_core(core) == core


def test_arabic_and_indonesian_country_words_name_their_state():
    """demonyms.csv reads the Arabic adjectives of Syria, Yemen, Sudan and Indonesian *Suriah*."""
    assert countries_named("طائرات النظام السوري") == frozenset({"SY"})
    assert countries_named("pesawat rezim Suriah") == frozenset({"SY"})
    assert countries_named("القوات اليمنية") == frozenset({"YE"})
    assert countries_named("الجيش السوداني") == frozenset({"SD"})
