"""Every country's state as a speaker or a perpetrator (``states.csv``, rule ``described``).

Names here are made up (*Jane Roe*) or public facts (country names and their adjectives).
"""

from __future__ import annotations

import csv
import subprocess
import sys
import unicodedata
from importlib.resources import files

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimrec as cr
from claimrec.resolution import _demonyms, _resolver
from claimrec.resolution._demonyms import described_state, named_country
from claimrec.vocab import default_vocabulary
from claimrec.vocab._states import GENERATED_NOTE, state_rows


def _speakers(*sources: cr.Source | str) -> list[cr.ClaimResolution]:
    claims = [
        cr.Claim(source=s, subject="civilians", predicate="killed", value=3, id=f"c{i}")
        for i, s in enumerate(sources)
    ]
    res = cr.resolve(claims)
    return [res[c] for c in claims]


def _speaker_id(source: cr.Source | str) -> str | None:
    hit = _speakers(source)[0].speaker
    return None if hit is None else hit.id


# ------------------------------------------------------------------------------ the data


def _data(name: str) -> list[dict[str, str]]:
    text = (files("claimrec") / "data" / name).read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


def test_every_country_of_the_gazetteers_has_a_state() -> None:
    countries = {
        r["id"]
        for name in ("world.csv", "places.csv")
        for r in _data(name)
        if r["kind"] == "country"
    }
    rows = {r.country for r in state_rows()}
    left_out = {"AQ", "AN", "CS", "UM", "BV", "HM", "TF", "GS"}  # no state: tools/build_states.py
    assert countries - left_out == rows
    assert len({r.actor for r in state_rows()}) == len(rows)


def test_curated_countries_keep_their_actor() -> None:
    curated = {r["country"]: r["actor"] for r in _data("demonyms.csv")}
    by_country = {r.country: r.actor for r in state_rows()}
    assert all(by_country[c] == actor for c, actor in curated.items())
    actors = default_vocabulary().actors
    assert actors.get("Burkina Faso government").note != f"{GENERATED_NOTE} (BF)"
    assert actors.get("India government").note == f"{GENERATED_NOTE} (IN)"


def test_a_word_names_one_country_only() -> None:
    tables = _demonyms._tables()
    curated = {r["actor"] for r in _data("demonyms.csv")}
    generated_forms = {k: v for k, v in tables.forms.items() if v[1] not in curated}
    assert ("indian",) in generated_forms
    assert ("dominican",) not in tables.forms  # Dominica or the Dominican Republic: neither
    assert tables.forms[("chinese",)][0] == "CN"  # not Hong Kong or Macao
    assert tables.forms[("south", "sudanese")][0] == "SS"
    assert tables.forms[("sudanese",)][0] == "SD"


# ------------------------------------------------------------------------------ speakers


@pytest.mark.parametrize(
    ("name", "actor"),
    [
        ("Indian government", "India government"),
        ("Pakistan's Foreign Office", "Pakistan government"),
        ("Indian Army", "India government"),
        ("Kenyan police", "Kenya government"),
        ("Ethiopian army", "Ethiopia government"),
        ("Colombian defence ministry", "Colombia government"),
        ("gouvernement colombien", "Colombia government"),
        ("Ejército de Colombia", "Colombia government"),
        ("Governo da Índia", "India government"),
        ("le ministère pakistanais des Affaires étrangères", "Pakistan government"),
        ("South Sudanese army spokesman", "South Sudan government"),
        ("Pakistan", "Pakistan government"),
        ("l'Inde", "India government"),
        ("the Indian embassy in Pakistan", "India government"),
        ("Pakistan's ambassador to India", "Pakistan government"),
        # curated countries keep their curated actors
        ("gouvernement burkinabè", "Burkina Faso government"),
        ("Mali's defence ministry", "Malian government"),
        ("Sudanese army", "SAF"),
    ],
)
def test_organ_of_a_named_state(name: str, actor: str) -> None:
    assert _speaker_id(name) == actor


@pytest.mark.parametrize(
    "name",
    [
        "Indian Ocean Commission",  # the nationality inside another name
        "Times of India",  # an outlet named after a country, no organ
        "Indian security sources",  # a class of people
        "families of Pakistani soldiers",
        "a Syrian doctor",
        "Sudan Liberation Movement spokesman",  # a movement, not the state
        "former Kenyan minister Jane Roe",
        "Indian and Pakistani officials",  # two states
        "Prime Minister Jane Roe",  # no country named
        "New Mexico police",
    ],
)
def test_no_state(name: str) -> None:
    assert _speaker_id(name) is None


def test_a_source_of_another_kind_is_no_state_organ() -> None:
    rebels = cr.Source(name="Ethiopian army defectors' front", kind="armed_group")
    ngo = cr.Source(name="Kenyan police watch", kind="ngo")
    assert _speaker_id(rebels) is None
    assert _speaker_id(ngo) is None


def test_declared_party_wins() -> None:
    # an organ described as Indian but declared Pakistan's is not read as India's
    source = cr.Source(name="Indian Army", kind="state", party="Pakistan government")
    assert _speaker_id(source) != "India government"


def test_army_and_government_are_one_speaker() -> None:
    army, government, police = _speakers("Indian Army", "Government of India", "Indian police")
    res = cr.resolve(
        [
            cr.Claim(source=s, subject="x", predicate="killed", id=s)
            for s in ("Indian Army", "Government of India", "Kenyan police")
        ]
    )
    assert army.speaker.id == government.speaker.id == police.speaker.id == "India government"
    assert res.speaker_key("Indian Army") == res.speaker_key("Government of India")
    assert res.speaker_key("Indian Army") != res.speaker_key("Kenyan police")


@pytest.mark.parametrize(
    "name",
    [
        "Foreign Minister Jane Roe of Kenya",
        "Kenya's defence minister Jane Roe",
        "Kenyan Prime Minister Jane Roe",
    ],
)
def test_a_titled_person_speaks_for_the_named_state(name: str) -> None:
    (rec,) = _speakers(name)
    assert rec.speaker is not None
    assert rec.speaker.id == "Kenya government"
    assert rec.person == "jane roe"


def test_two_ministers_of_one_state_are_two_people() -> None:
    roe, doe = _speakers("Kenya's defence minister Jane Roe", "Kenyan Foreign Minister John Doe")
    assert roe.speaker.id == doe.speaker.id == "Kenya government"
    assert roe.person != doe.person


# ------------------------------------------------------------------------------ perpetrators


def _actor(**kw: str) -> str | None:
    claim = cr.Claim(source="Wire", id="a", **kw)
    hit = cr.resolve([claim])["a"].actor
    return None if hit is None else hit.id


def test_perpetrator_by_adjective() -> None:
    assert _actor(subject="village", predicate="Indian shelling") == "India government"
    assert named_country("frappe colombienne") == "Colombia government"


def test_victims_named_by_adjective_are_not_perpetrators() -> None:
    assert _actor(subject="Indian tourists", predicate="killed", value="26") is None
    assert named_country("attack on Indian soldiers") is None
    assert named_country("attaque contre des soldats maliens") is None
    assert named_country("killed by Indian soldiers") == "India government"


def test_nationality_inside_another_name() -> None:
    assert named_country("Indian Ocean") is None
    assert named_country("Latin American") is None
    assert described_state("South African police") == "South Africa government"


# ------------------------------------------------------------------------------ properties

_NAMES = [
    "Indian government",
    "Pakistan's Foreign Office",
    "armée indienne",
    "Ejército de Colombia",
    "Governo da Índia",
    "Nigerien officials",
    "Indian Ocean Commission",
    "Kenyan police",
    "Sudanese army",
    "a Syrian doctor",
]


def _plain(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(_NAMES), st.sampled_from([str.upper, str.lower, str.title, _plain]))
def test_case_and_diacritics_do_not_matter(name: str, change: object) -> None:
    assert described_state(change(name)) == described_state(name)  # type: ignore[operator]


@settings(max_examples=25, deadline=None)
@given(st.permutations(_NAMES))
def test_resolution_is_order_independent(names: list[str]) -> None:
    ids = {rec.speaker.text: rec.speaker.id for rec in _speakers(*names) if rec.speaker}
    assert ids == {rec.speaker.text: rec.speaker.id for rec in _speakers(*_NAMES) if rec.speaker}


# ------------------------------------------------------------------------------ cost


def test_import_reads_no_state_data() -> None:
    code = (
        "import claimrec\n"
        "from claimrec.vocab._states import state_rows\n"
        "from claimrec.resolution._demonyms import _tables\n"
        "print(state_rows.cache_info().currsize, _tables.cache_info().currsize)\n"
    )
    out = subprocess.run(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert out.stdout.split() == ["0", "0"]


def test_each_distinct_speaker_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = described_state.__wrapped__

    def counting(text: str, *table: object) -> str | None:  # and the vocabulary's demonyms
        calls.append(text)
        return real(text, *table)

    monkeypatch.setattr(_resolver, "described_state", counting)
    names = ["Ugandan police", "Gobierno de Chile", "Malawian army"]
    claims = [
        cr.Claim(source=names[i % 3], subject="x", predicate="killed", id=str(i))
        for i in range(300)
    ]
    vocab = default_vocabulary().extend(actors=[])  # a fresh resolver cache
    res = cr.resolve(claims, vocabulary=vocab)
    assert {res[c].speaker.id for c in claims} == {
        "Uganda government",
        "Chile government",
        "Malawi government",
    }
    assert sorted(calls) == sorted(names)


@pytest.mark.parametrize("party", ["Pakistan", "Pakistani government", "Pakistan government"])
def test_a_party_declared_by_country_is_that_state(party: str) -> None:
    source = cr.Source(name="Jane Roe", kind="state", party=party)
    (rec,) = _speakers(source)
    assert rec.speaker is not None
    assert (rec.speaker.id, rec.speaker.rule) == ("Pakistan government", "party")
    assert default_vocabulary().actors.get("Pakistan government").party == "Pakistan government"


def test_people_of_a_country_who_fight_are_not_its_state() -> None:
    killed = {"predicate": "killed", "value": "26", "subject": "tourists"}
    assert _actor(**killed, actor="Pakistani militants") is None
    assert _actor(**killed, actor="rebeldes colombianos") is None
    shelled = _actor(subject="village", predicate="shelled", actor="Indian troops")
    assert shelled == "India government"


def test_a_state_named_by_its_capital() -> None:
    assert _speaker_id("Islamabad") == "Pakistan government"
    assert _speaker_id("New Delhi") == "India government"
    assert _speaker_id("Jerusalem") is None  # claimed by two: neither
    assert _speaker_id("Islamabad residents") != "Pakistan government"


@pytest.mark.parametrize(
    "name",
    ["Pakistani hospital officials", "Pakistan Red Crescent officials", "Indian Premier League"],
)
def test_bodies_of_a_country_that_are_not_its_state(name: str) -> None:
    assert described_state(name) is None
