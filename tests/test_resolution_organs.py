"""Who did it when a report names only a state's organ, and reading actors by looks.

Made-up claims (villages in Mali, the Congo and Ruritania); none is copied from the corpus.
"""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimrec as cr
from claimrec.model import Claim, Report
from claimrec.resolution import ClaimResolution, resolve
from claimrec.resolution._organs import organ_only


def read(actor: str, place: str | None = None, **kw) -> ClaimResolution:
    fields = {"source": "Wire", "subject": "civilians", "predicate": "killed", "value": 3}
    claim = Claim(actor=actor, place=place, id="c", **{**fields, **kw})
    return resolve([claim])["c"]


def who(rec: ClaimResolution) -> tuple[str, str] | None:
    return None if rec.actor is None else (rec.actor.id, rec.actor.rule)


# --------------------------------------------------------------------------- by looks


@pytest.mark.parametrize(
    "actor",
    [
        "the military",  # no "US military"
        "the State Security and Defense Forces",  # no "Israel Defense Forces"
        "un chasseur à réaction",  # "un" is no "UN"
        "deux soldats et un groupe de chasseurs",
        "groupes armés",  # no "Palestinian armed groups"
        "las fuerzas armadas",  # no "Forças Armadas de Moçambique"
        "the Caracas regime",  # another country's regime (no "Syrian regime")
    ],
)
def test_a_reading_by_looks_rests_on_a_name_not_on_generic_words(actor):
    """Generic words shared with an actor's name (forces, armed, groups) name no one."""
    rec = read(actor)
    assert rec.actor is None or rec.actor.rule != "fuzzy"


@pytest.mark.parametrize(
    ("actor", "actor_id"),
    [("JNIMM", "JNIM"), ("Jamaat Nousrat al Islam wal Muslimeen", "JNIM")],
)
def test_a_misspelt_name_is_still_read_by_looks(actor, actor_id):
    """A name's distinctive words spelt alike: still the actor (rule fuzzy)."""
    assert who(read(actor)) == (actor_id, "fuzzy")


def test_a_known_name_with_arabic_particles_is_read_inside_a_longer_one():
    """*al*, *bin*, *abu* inside a name are no acronyms: the known name is contained."""
    assert who(read("Jamaat Nusrat al Islam wal Muslimeen")) == ("JNIM", "contained")


# --------------------------------------------------------------------------- organs


@pytest.mark.parametrize(
    "text",
    [
        "the army", "des militaires", "le forze di sicurezza", "las fuerzas de seguridad",
        "the junta's troops", "die Streitkräfte des Regimes", "a detachment",
        "un avion de chasse du régime", "government forces", "three soldiers", "pasukan pemerintah",
        "قوات الأمن",
    ],
)  # fmt: skip
def test_words_of_a_state_organ_alone(text):
    assert organ_only(text)


@pytest.mark.parametrize(
    "text",
    ["armed men", "a local militia", "Malian army", "the rebels", "vigilantes", "FAMa",
     "government forces backed by Ruritania", ""],
)  # fmt: skip
def test_words_naming_someone_or_another_body_are_no_organ_alone(text):
    assert not organ_only(text)


@pytest.mark.parametrize(
    ("actor", "place", "state"),
    [
        ("the army", "Goma", "DRC government"),
        ("les militaires", "Kayes", "Malian government"),
        ("las fuerzas armadas", "Kayes", "Malian government"),
        ("the junta's troops", "Kayes", "Malian government"),
    ],
)
def test_an_organ_alone_is_the_state_of_the_scene(actor, place, state):
    """*The army* at a place in Mali is Mali's state (rule ``organ``), in actor and actors."""
    rec = read(actor, place)
    assert who(rec) == (state, "organ")
    assert [(hit.id, hit.rule) for hit in rec.actors] == [(state, "organ")]


def test_an_organ_alone_with_no_scene_is_no_one():
    """No place, no report: *the army* is no one in particular, not the speaker's state."""
    rec = read("the army", source="Mali government")
    assert rec.actor is None
    assert rec.actors[0].rule == "unknown"


@pytest.mark.parametrize(
    ("actor", "state"),
    [("la junta militar de Myanmar", "Myanmar government"),
     ("the Cameroon Security Forces", "Cameroon government")],
)  # fmt: skip
def test_an_organ_with_its_country_s_name_is_that_state(actor, state):
    assert who(read(actor)) == (state, "organ")


def test_a_country_backing_the_organ_is_not_its_state():
    """*Government forces backed by X* are not X's forces."""
    rec = read("government forces supported by Pakistan")
    assert rec.actor is None or rec.actor.id != "Pakistan government"


def test_the_scene_is_the_report_s_one_country():
    """An unplaced claim: its report's places, all in one country, else its headline."""
    report = Report(id="r", outlet="Wire")
    placed = Claim(source="Wire", subject="civilians", predicate="killed", value=3,
                   place="Kayes", via=report, id="placed")  # fmt: skip
    unplaced = Claim(source="Wire", subject="houses", predicate="burned", actor="the army",
                     via=report, id="unplaced")  # fmt: skip
    assert who(resolve([placed, unplaced])["unplaced"]) == ("Malian government", "organ")
    titled = Report(id="t", outlet="Wire", title="Soldiers kill villagers in Cameroon")
    assert who(read("the army", via=titled)) == ("Cameroon government", "organ")
    slug = Report(id="u", outlet="Wire", url="https://example.org/cameroon-soldiers-kill-12/")
    assert who(read("the army", via=slug)) == ("Cameroon government", "organ")
    two = Report(id="w", outlet="Wire", title="Mali and Niger: soldiers kill villagers")
    assert read("the army", via=two).actor is None


def test_the_scene_is_the_claim_s_country_never_its_speaker_s():
    # the claim's place wins over its report's title
    titled = Report(id="t", outlet="Wire", title="Soldiers kill villagers in Cameroon")
    assert who(read("the army", "Goma", via=titled)) == ("DRC government", "organ")
    # a state speaker's one country of operation gives the claim a country (rule speaker),
    # but never the perpetrator: which army "the army" is, the speaker does not say
    rec = read("the army", source="FAMa")
    assert rec.country is not None
    assert rec.country.rule == "speaker"
    assert rec.actor is None


def test_a_list_s_organ_part_is_the_state_of_the_scene():
    rec = read("soldiers and vigilantes", "Goma")
    assert [(hit.id, hit.rule) for hit in rec.actors] == [
        ("DRC government", "organ"), ("?vigilantes", "unknown"),
    ]  # fmt: skip
    assert rec.actor is None


@settings(max_examples=20, deadline=None)
@given(st.permutations(["a", "b", "c"]))
def test_organ_readings_do_not_depend_on_order(order):
    report = Report(id="r", outlet="Wire")
    claims = {
        "a": Claim(source="Wire", subject="civilians", predicate="killed", value=3,
                   place="Kayes", via=report, id="a"),
        "b": Claim(source="HRW", subject="houses", predicate="burned", actor="the army",
                   via=report, id="b"),
        "c": Claim(source="Wire", subject="civilians", predicate="killed", value=2,
                   actor="soldiers and vigilantes", via=report, id="c"),
    }  # fmt: skip
    res = resolve([claims[k] for k in order])
    assert who(res["b"]) == ("Malian government", "organ")
    assert [hit.id for hit in res["c"].actors] == ["Malian government", "?vigilantes"]


# --------------------------------------------------------------------------- relations


def _killed(cid: str, source: str, actor: str | None, **kw) -> Claim:
    return Claim(source=source, subject="civilians", predicate="killed", value=kw.pop("value", 12),
                 place="Kayes", when="2025-03-03", actor=actor, id=cid, **kw)  # fmt: skip


def test_an_organ_alone_disputes_a_blame_on_another_party():
    """*The army killed them* (in Mali) against *JNIM is to blame*: who did it differs."""
    blame = Claim(source="Mali government", subject="massacre", predicate="blamed", actor="JNIM",
                  place="Kayes", when="2025-03-03", id="blame")  # fmt: skip
    rel = cr.relate(_killed("army", "HRW", "the army"), blame)
    assert rel.kind is cr.Relation.CONTRADICTS


def test_the_state_s_denial_disputes_a_list_naming_its_forces():
    """*Soldiers and vigilantes killed them* against the state's denial that FAMa did."""
    listed = _killed("list", "HRW", "soldiers and vigilantes")
    denial = _killed("denial", "Mali government", "FAMa", value=None, polarity="denied")
    assert cr.relate(listed, denial).kind is cr.Relation.CONTRADICTS
    assert cr.relate(denial, listed).kind is cr.Relation.CONTRADICTS
    other = _killed("other", "Mali government", "JNIM", value=None, polarity="denied")
    assert cr.relate(listed, other).kind is not cr.Relation.CONTRADICTS


def test_a_tally_of_many_attacks_disputes_no_one_attack_s_perpetrator():
    """*The army launched 214 attacks* says who did many acts, not who did this one."""
    tally = Claim(source="Monitor", subject="chemical attacks", predicate="launched", value=214,
                  actor="FAMa", place="Kayes", when="2025-03-03", id="tally")  # fmt: skip
    denial = Claim(source="Mali government", subject="attack", predicate="responsible for",
                   actor="FAMa", place="Kayes", when="2025-03-03", polarity="denied",
                   id="denial")  # fmt: skip
    assert cr.relate(tally, denial).kind is not cr.Relation.CONTRADICTS
    one = attrs.evolve(tally, value=1, id="one")
    assert cr.relate(one, denial).kind is cr.Relation.CONTRADICTS
