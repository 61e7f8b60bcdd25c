"""The resolution stage: one reading of every claim's names, each with a score and a rule."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimrec as cr
from claimrec.errors import ClaimrecWarning, InvalidClaimError, UnknownNameError
from claimrec.model import Claim, Report, Source
from claimrec.reconciliation import source_identity
from claimrec.resolution import ClaimResolution, Resolution, Resolved, Unresolved, resolve
from claimrec.resolution._words import _lemma, _place_core
from claimrec.vocab import Predicate, default_vocabulary


def one(**fields: object) -> ClaimResolution:
    """Resolve one claim built from ``fields`` (source, subject, predicate default)."""
    base: dict[str, object] = {"source": "FAMa", "subject": "militants", "predicate": "killed"}
    claim = Claim(**{**base, **fields}, id="c")  # type: ignore[arg-type]
    return resolve([claim])["c"]


# --------------------------------------------------------------------------- speaker


@pytest.mark.parametrize(
    ("name", "actor"),
    [
        ("Russia", "Russia"),
        ("Russian Defense Ministry", "Russia"),
        ("Forces de soutien rapide (FSR) du Soudan", "RSF"),
        ("قوات الدعم السريع", "RSF"),
        ("Patrick Muyaya", "DRC government"),
        ("Ukrainian officials", "Ukraine government"),
    ],
)
def test_parties_beyond_the_sahel_are_known_speakers(name: str, actor: str) -> None:
    """Russia is Russia (not Africa Corps, one fuzzy step away); RSF in three languages."""
    found = one(source=name).speaker
    assert found is not None
    assert found.id == actor


@pytest.mark.parametrize(
    ("source", "actor", "rule"),
    [
        (Source(name="GSIM"), "JNIM", "exact"),
        (Source(name="Le porte-parole", aliases=["Mali's army"]), "FAMa", "alias"),
        (Source(name="a JNIM statement on Telegram"), "JNIM", "contained"),
        (Source(name="Katiba Macinaa"), "Katiba Macina", "fuzzy"),
        (Source(name="Palestinian authorities", kind="state", party="Hamas"), "Hamas", "party"),
    ],
)
def test_speaker_rules(source, actor, rule):
    """A source's actor: its name, aliases, a name inside it, a misspelling, its party."""
    found = one(source=source).speaker
    assert (found.id, found.rule) == (actor, rule)


def test_party_never_names_a_witness():
    """A witness with a party is not read as the party's organ."""
    assert one(source=Source(name="a farmer", kind="witness", party="civilians")).speaker is None


def test_unnamed_witnesses_are_one_speaker_class_but_two_sources():
    """Unnamed witnesses are one class of speaker (relays of their account are echoes);
    reconciliation still weighs each as its own source, and a named witness is a person."""
    names = ("a resident", "witness", "Jane Roe")
    claims = [Claim(source=Source(name=s, kind="witness"), subject="x", predicate="killed", id=s)
              for s in names]  # fmt: skip
    res = resolve(claims)
    assert res["a resident"].speaker.id == "witnesses"
    assert res.speaker_key("a resident") == res.speaker_key("witness") == "~witnesses"
    assert res.speaker_key("Jane Roe") == "~jane roe"
    vocab = default_vocabulary()
    assert source_identity(claims[0].source, vocab) != source_identity(claims[1].source, vocab)


def test_an_organ_speaks_with_its_body():
    """DIRPA is part of FAMa: one speaker identity for echoes."""
    claims = [Claim(source=s, subject="x", predicate="killed", id=s) for s in ("DIRPA", "FAMa")]
    res = resolve(claims)
    assert res.speaker_key("DIRPA") == res.speaker_key("FAMa")


# --------------------------------------------------------------------------- predicate


@pytest.mark.parametrize(
    ("text", "predicate", "rule"),
    [
        ("neutralised", "killed", "exact"),
        ("seized control of three military installations", "captured", "exact"),
        ("pulling back", "withdrew", "inflected"),
        ("withdrawing", "withdrew", "exact"),
        ("neutrallised", "killed", "fuzzy"),
        ("caused by", "blamed", "exact"),
        ("mortos", "killed", "exact"),
    ],
)
def test_predicate_rules(text, predicate, rule):
    """Exact phrase, inflected form, or a close misspelling."""
    found = one(predicate=text).predicate
    assert (found.id, found.rule) == (predicate, rule)


@pytest.mark.parametrize("text", ["crashed", "herd", "sang", "visited"])
def test_near_homographs_and_unknown_verbs_stay_unresolved(text):
    """A different word that looks like a known one is not taken for it ("crashed", "clashed")."""
    assert one(predicate=text).predicate is None


def test_a_verb_that_only_reports_a_figure_is_read_from_its_subject():
    """'nombre' of 'morts' is a death toll: killed, the victims people."""
    rec = one(predicate="nombre", subject="morts", value=30)
    assert (rec.predicate.id, rec.predicate.rule) == ("killed", "subject")
    assert rec.subject.id == "people"


def test_lemma_meets_inflected_forms():
    """Inflected English and French forms share one stem."""
    assert _lemma("pulled") == _lemma("pulling") == _lemma("pull")
    assert _lemma("seized") == _lemma("seize")


# --------------------------------------------------------------------------- places


@pytest.mark.parametrize(
    ("text", "place", "rule"),
    [
        ("Kayes", "ml.kayes", "exact"),
        ("Ménaka, Ménaka region", "ml.menaka", "compound"),
        ("Ansongo, Bourem and Gao", "ml.gao-region", "list"),
        ("near Kayes", "ml.kayes", "near"),
        ("north of Timbuktu", "ml.timbuktu", "near"),
        ("Kidal province", "ml.kidal-region", "region"),
        ("Gaza City", "gn.281133", "exact"),
    ],
)
def test_place_rules(text, place, rule):
    """Compound and list strings, "near X", "north of X", "X region", the world layer."""
    found = one(source="Reuters", place=text).place
    assert (found.id, found.rule) == (place, rule)


def test_a_list_names_every_part():
    """A list keeps every part it names; the place is the smallest one containing them."""
    rec = one(place="Ansongo, Bourem and Gao")
    assert [p.id for p in rec.places] == ["ml.ansongo", "ml.bourem", "ml.gao"]


def test_an_ambiguous_name_is_read_against_its_report():
    """'Nioro' beside Kayes in one report is Nioro du Sahel; alone it is listed as ambiguous."""
    report = Report(outlet="Wire", id="w")
    claims = [
        Claim(source="A", subject="x", predicate="killed", place="Nioro", via=report, id="a"),
        Claim(source="A", subject="x", predicate="killed", place="Kayes", via=report, id="b"),
    ]
    assert resolve(claims)["a"].place.id == "ml.nioro-du-sahel"
    (alone,) = [u for u in resolve(claims[:1]).unresolved() if u.field == "place"]
    assert alone.reason.startswith("ambiguous")


def test_a_claim_with_no_place_takes_its_reports_one_place():
    """The other claims of the report name one place: the claim is read there."""
    report = Report(outlet="Wire", id="w")
    claims = [
        Claim(source="A", subject="x", predicate="killed", place="Kayes", via=report, id="a"),
        Claim(source="A", subject="x", predicate="wounded", via=report, id="b"),
    ]
    found = resolve(claims)["b"].place
    assert (found.id, found.rule) == ("ml.kayes", "report")


def test_a_world_city_ruled_out_by_the_report_stays_unresolved():
    """'Gaza' in a report whose other places are Malian is not the Gaza of the world layer."""
    report = Report(outlet="Wire", id="w")
    claims = [
        Claim(source="A", subject="x", predicate="killed", place="Gaza", via=report, id="a"),
        Claim(source="A", subject="x", predicate="killed", place="Kayes", via=report, id="b"),
    ]
    assert resolve(claims)["a"].place is None
    assert one(source="Reuters", place="Gaza").place.record.country == "PS"


def test_a_world_city_ruled_out_for_one_claim_is_no_reading_of_its_name_for_any():
    """One reading per name: 'Gaza' ruled out in a Malian report is not PS elsewhere either."""
    mali = Report(outlet="Wire", id="w")
    other = Report(outlet="Blog", id="b")
    claims = [
        Claim(source="A", subject="x", predicate="killed", place="Gaza", via=mali, id="a"),
        Claim(source="A", subject="x", predicate="killed", place="Kayes", via=mali, id="k"),
        Claim(source="A", subject="x", predicate="killed", place="Gaza", via=other, id="c"),
    ]
    found = resolve(claims)
    assert found["a"].place is None
    assert found["c"].place is None


def test_the_world_layer_is_read_by_exact_names_only():
    """A misspelling of a world city is not matched (Moura is not Maura)."""
    moura = one(place="Moura").place  # never Maura: at most a place of the input's own
    assert moura is None or moura.id == "local:moura"


def test_a_world_citys_own_name_is_never_a_misspelling_of_a_gazetteer_place():
    """'Palma' names a real city: never read as Pama, Burkina Faso (one letter away)."""
    found = one(place="Palma").place
    assert found is None or found.id != "bf.pama"
    assert one(place="Pama").place.id == "bf.pama"


def test_place_core_strips_prefixes_and_lists():
    """A place string is compared by the place it names."""
    assert _place_core("zone de Moura, cercle de Djenné") == "moura"
    assert _place_core("the village of Solhan") == "solhan"


# --------------------------------------------------------------------------- times, origin


def test_statement_time_is_the_speakers_not_the_relays():
    """A relay's date is not the statement's; the original report's is."""
    tv = Report(outlet="ORTM", published="2025-07-01", id="tv")
    relay = Report(outlet="Wire", published="2025-07-03", relays=tv, id="wire")
    rec = one(via=relay)
    assert (rec.stated.id, rec.stated.rule, rec.origin.id) == ("2025-07-01", "origin report", "tv")
    assert one(via=Report(outlet="Wire", published="2025-07-03")).stated is None


def test_stated_wins_and_own_report_counts():
    """An explicit statement time wins; the speaker's own publication dates its statement."""
    assert one(stated="2025-07-02").stated.rule == "stated"
    own = one(source="JNIM", via=Report(outlet="JNIM", published="2025-07-01"))
    assert (own.stated.id, own.stated.rule) == ("2025-07-01", "own report")


# --------------------------------------------------------------------------- the result


def test_unresolved_lists_every_field_and_warns():
    """Nothing is left out silently: each field that reads as nothing is listed."""
    claim = Claim(source="Moussa", subject="cows", predicate="sang", place="the moon", id="c")
    res = resolve([claim])
    assert [(u.field, u.text) for u in res.unresolved()] == [
        ("place", "the moon"),
        ("predicate", "sang"),
        ("speaker", "Moussa"),
        ("subject", "cows"),
    ]
    with pytest.warns(ClaimrecWarning, match="'c': predicate 'sang' and subject 'cows'"):
        res.warn()


def test_the_graph_lists_the_same_unresolved():
    """ClaimGraph.unresolved is the resolution's list."""
    claims = cr.datasets.mali_2025()
    assert cr.claim_graph(claims).unresolved() == resolve(claims).unresolved()


def test_indexing_and_errors():
    """Records by id, position or claim; unknown ids and non-claims are errors."""
    claims = cr.datasets.mali_2025()
    res = resolve(claims)
    assert res[0] == res[claims[0].id] == res[claims[0]]
    assert len(list(res)) == len(res) == len(claims)
    with pytest.raises(UnknownNameError):
        res["nope"]
    with pytest.raises(InvalidClaimError, match="duplicate claim ids"):
        resolve([claims[0], claims[0]])
    with pytest.raises(InvalidClaimError, match="not a Claim"):
        resolve(["x"])  # type: ignore[list-item]


def test_records_are_frozen_values():
    """Resolved, ClaimResolution and Unresolved are frozen attrs values."""
    hit = Resolved(id="JNIM", name="JNIM", text="GSIM", score=1, rule="exact")
    with pytest.raises(AttributeError):
        hit.id = "x"  # type: ignore[misc]
    with pytest.raises(InvalidClaimError, match="score"):
        Resolved(id="x", name="x", text="x", score=2, rule="exact")
    assert str(Unresolved(claim_id="c", field="speaker", text="x", reason="unknown")) == (
        "c: speaker 'x' unknown"
    )


def test_alignment_reads_the_resolution_it_is_given():
    """align(resolution=...) reads that resolution; another claim list is refused."""
    claims = cr.datasets.mali_2025()
    res = resolve(claims)
    assert cr.align(claims, resolution=res).resolution["jnim-seized"] == res["jnim-seized"]
    with pytest.raises(InvalidClaimError, match="resolution"):
        cr.align(claims[:3], resolution=res)


def test_a_user_adds_a_verb_in_one_line():
    """Vocabulary.extend with a known predicate id merges the new synonyms in."""
    vocab = default_vocabulary().extend(
        predicates=[Predicate(id="killed", family="casualties", value_type="quantity",
                              synonyms=["gunned down"])]
    )  # fmt: skip
    claim = Claim(source="A", subject="x", predicate="gunned down", id="c")
    assert resolve([claim], vocabulary=vocab)["c"].predicate.id == "killed"
    assert vocab.predicates.resolve("neutralised").id == "killed"  # the old words stay


# --------------------------------------------------------------------------- properties

NAMES = (
    "FAMa", "GSIM", "a JNIM statement", "Kayes resident", "DIRPA", "Moussa",
    # speakers no vocabulary knows, linked within the input (rule "local")
    "Blue Hats", "the Blue Hats rescue group", "Green Valley Civil Guard (Blue Hats)",
    # organs of a party no vocabulary knows (speaker rule "key")
    Source(name="Jane Roe", kind="state", party="Ruritanian Republic"),
    Source(name="Ruritanian defence ministry", kind="state", party="Ruritanian Republic"),
)  # fmt: skip
# perpetrators: lists read part by part, unknown bodies by their key
ACTORS = (None, "M23 and Rwandan troops", "the Ruritanian Liberation Army", "JNIM",
          "the army and foreign fighters")  # fmt: skip
PLACES = ("Kayes", "Nioro", "near Kayes", "Gao", "Ansongo, Bourem and Gao", "Nowhere", None)
PREDICATES = ("killed", "pulling back", "crashed", "nombre", "caused by")
SUBJECTS = ("militants", "morts", "explosion", "cows")
REPORTS = (
    Report(outlet="Wire", id="w1", published="2025-07-02"),
    Report(outlet="ORTM", id="w2", published="2025-07-01"),
    None,
)


@st.composite
def claim_lists(draw: st.DrawFn) -> list[Claim]:
    n = draw(st.integers(1, 8))
    return [
        Claim(
            id=f"c{k}",
            source=draw(st.sampled_from(NAMES)),
            subject=draw(st.sampled_from(SUBJECTS)),
            predicate=draw(st.sampled_from(PREDICATES)),
            place=draw(st.sampled_from(PLACES)),
            via=draw(st.sampled_from(REPORTS)),
            actor=draw(st.sampled_from(ACTORS)),
        )
        for k in range(n)
    ]


@given(claims=claim_lists(), seed=st.integers(0, 1000))
def test_resolution_is_order_independent(claims, seed):
    """Every claim resolves the same, whatever the order of the claims."""
    shuffled = list(claims)
    random.Random(seed).shuffle(shuffled)  # noqa: S311 - test order, not secrets
    first, second = resolve(claims), resolve(shuffled)
    assert {c.id: first[c.id] for c in claims} == {c.id: second[c.id] for c in claims}
    assert first.unresolved() == second.unresolved()


@given(claims=claim_lists())
def test_relate_reads_a_pair_as_the_resolution_of_all(claims):
    """relate(a, b, context=claims) sees the records the whole set's resolution gives."""
    res = resolve(claims)
    a = claims[0]
    alone = resolve([a], context=claims)
    assert alone[a.id] == res[a.id]


def test_the_accused_place_does_not_depend_on_the_claims_order():
    """One place read from two texts (*Kayes*, *near Kayes*) is one accused place, in any order.

    Hypothesis found it: the accused party's place kept the text of whichever claim came
    first, so the resolution of a claim in another report differed with the input's order.
    """
    wire = Report(outlet="Wire", published="2025-07-02", id="w1")
    ortm = Report(outlet="ORTM", published="2025-07-01", id="w2")
    claims = [
        Claim(source="FAMa", subject="militants", predicate="killed", place="Kayes", via=wire,
              id="c0"),
        Claim(source="FAMa", subject="militants", predicate="killed", actor="JNIM",
              place="Kayes", via=wire, id="c1"),
        Claim(source="FAMa", subject="militants", predicate="killed", actor="JNIM",
              place="near Kayes", via=wire, id="c2"),
        Claim(source="FAMa", subject="militants", predicate="killed", actor="JNIM",
              place="Nioro", via=ortm, id="c3"),
    ]
    first = resolve(claims)["c3"].accused_place
    second = resolve([claims[2], claims[0], claims[1], claims[3]])["c3"].accused_place
    assert first is not None
    assert first == second
    assert (first.id, first.text) == ("ml.kayes", "Kayes")


def test_context_claims_places_read_as_the_claims_own():
    """A context claim's "near X" counts for its report's country as the claim's own does.

    Hypothesis found it: with "near Kayes" (Mali) in the same report, "Rwandan troops" in a
    list of perpetrators is no organ of the Rwandan state (it does not operate in Mali); read
    alone with that claim as context, the report's country was lost and the demonym fired.
    """
    wire = Report(outlet="Wire", published="2025-07-02", id="w1")
    ortm = Report(outlet="ORTM", published="2025-07-01", id="w2")
    claims = [
        Claim(source="GSIM", subject="militants", predicate="killed", place="Nioro",
              actor="M23 and Rwandan troops", via=wire, id="c0"),
        Claim(source="FAMa", subject="militants", predicate="killed", place="Kayes", via=ortm,
              id="c1"),
        Claim(source="FAMa", subject="militants", predicate="killed", place="near Kayes",
              via=wire, id="c2"),
    ]  # fmt: skip
    whole = resolve(claims)["c0"]
    alone = resolve([claims[0]], context=claims)["c0"]
    assert alone == whole
    assert [a.rule for a in whole.actors] == ["exact", "key"]


def test_resolution_type_and_repr():
    """A Resolution says how many claims and unresolved fields it has."""
    res = resolve(cr.datasets.mali_2025())
    assert isinstance(res, Resolution)
    assert repr(res).startswith("<Resolution claims=17 unresolved=")
    with pytest.warns(ClaimrecWarning) as caught:
        res.warn()
    warned = [str(w.message).split(":")[0] for w in caught]
    assert "claim 'africom-warning'" in warned  # 'seek to reach' is no known predicate
    assert len(warned) == len(set(warned))  # one warning per claim


def test_the_claimant_of_a_claim_of_responsibility():
    """Whose claim it reports: the value named, else the speaker; none for a denial or a toll."""
    claims = [
        cr.Claim(source="Brigade du Sahel", subject="attack", predicate="claimed responsibility",
                 id="self"),
        cr.Claim(source="Reuters", subject="attack", predicate="was claimed by",
                 value="Brigade du Sahel", id="relay"),
        cr.Claim(source="Reuters", subject="attack", predicate="claimed", polarity="denied",
                 id="none"),
        cr.Claim(source="FAMa", subject="militants", predicate="killed", value=12, id="toll"),
    ]  # fmt: skip
    res = cr.resolve(claims)
    own, relay = res["self"].claimant, res["relay"].claimant
    assert (own.rule, own.id) == ("speaker", "text:brigade du sahel")
    assert (relay.rule, relay.id) == ("value", "text:brigade du sahel")
    assert res["none"].claimant is None
    assert res["toll"].claimant is None
    assert "claimant" in res["self"].explain()
    assert "claimant" not in res["toll"].explain()
