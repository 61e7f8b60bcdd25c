"""Parties no vocabulary knows, identified within the input (``resolution/_parties.py``).

Made-up claims (a massacre at Kayes on 3 March 2025 blamed on a made-up front, the RPLF,
and on the Malian army): none is copied from a corpus.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimrec.model import Claim, Source
from claimrec.relation import Relation, relate
from claimrec.resolution import resolve
from claimrec.resolution._parties import acronyms, expansions

FRONT = Source(name="RPLF spokesman", kind="armed_group", party="RPLF")
WIRE = Source(name="Wire A", kind="media")
WITNESS = Source(name="a survivor", kind="witness")
HRW = "HRW"


def _claim(cid: str, source: object, actor: str | None, **kw: object) -> Claim:
    fields: dict[str, object] = {
        "subject": "the massacre",
        "predicate": "blamed",
        "place": "Kayes",
        "when": "2025-03-03",
    }
    return Claim(source=source, actor=actor, id=cid, **{**fields, **kw})  # type: ignore[arg-type]


def _denial(cid: str = "denied") -> Claim:
    return _claim(cid, FRONT, None, predicate="responsible for", polarity="denied")


def test_acronyms_are_whole_capital_words_not_designations() -> None:
    assert acronyms("RPLF-loyal forces, the RPLF's men, [RPLF]") == ["RPLF"] * 3
    assert acronyms("an AC-130 gunship, MQ-9 drones, the US army") == []


def test_expansion_spells_the_acronym_with_connectors_between() -> None:
    assert expansions("forces of the Ruritania People's Liberation Front", {"RPLF"}) == {"RPLF"}
    assert expansions("Front de Libération du Peuple de Ruritanie", {"FLPR"}) == {"FLPR"}
    assert expansions("ruritania people's liberation front", {"RPLF"}) == set()  # no capitals


def test_a_name_inside_a_description_is_the_declared_party() -> None:
    claims = [_denial(), _claim("loyal", HRW, "forces loyal to the RPLF"),
              _claim("aligned", WIRE, "RPLF-aligned militia")]  # fmt: skip
    res = resolve(claims)
    for cid in ("loyal", "aligned"):
        (hit,) = res[cid].actors
        assert (hit.id, hit.rule, hit.score) == ("~party:rplf", "local", 0.6)
    assert res["denied"].speaker.id == "~party:rplf"
    assert res["denied"].denies.perpetrator.id == "~party:rplf"  # its own side


def test_acronym_and_expansion_are_one_party_without_a_declared_source() -> None:
    claims = [_claim("short", HRW, "RPLF fighters"),
              _claim("long", WIRE, "the Ruritania People's Liberation Front")]  # fmt: skip
    res = resolve(claims)
    assert res["short"].actors[0].id == res["long"].actors[0].id == "~party:rplf"


def test_an_acronym_named_one_way_only_stays_a_key() -> None:
    res = resolve([_claim("short", HRW, "RPLF fighters"), _claim("b", WIRE, "the RPLF")])
    assert {h.rule for c in ("short", "b") for h in res[c].actors} == {"key"}


def test_an_acronym_of_a_known_state_is_no_unknown_party() -> None:
    """*DRC* spelt out as a country the vocabulary knows: never a party of the input's own."""
    res = resolve([_claim("short", HRW, "DRC forces", place="Goma"),
                   _claim("long", WIRE, "troops of the Democratic Republic of the Congo",
                          place="Goma")])  # fmt: skip
    assert all(h.rule != "local" for c in ("short", "long") for h in res[c].actors)


def test_descriptions_naming_no_party_stay_unknown() -> None:
    names = ["gunmen", "armed men", "unidentified assailants", "security forces"]
    claims = [_denial(), *(_claim(f"c{i}", HRW, n) for i, n in enumerate(names))]
    res = resolve(claims)
    assert all(h.rule != "local" for i in range(len(names)) for h in res[f"c{i}"].actors)


def test_an_opponent_or_two_parties_name_none() -> None:
    claims = [_denial(), _claim("against", HRW, "forces fighting the RPLF"),
              _claim("two", WIRE, "RPLF and BDF militias"),
              _claim("both", WIRE, "a militia of the RPLF backed by the BDF"),
              _claim("bdf", WITNESS, "the Borduvian Defence Front")]  # fmt: skip
    res = resolve(claims)
    assert res["against"].actors[0].rule == "key"
    opponents = resolve([_denial(), _claim("x", HRW, "the RPLF's opponents")])
    assert opponents["x"].actors[0].rule == "key"
    assert [h.id for h in res["two"].actors] == ["~party:rplf", "~party:bdf"]  # a list
    assert res["both"].actors[0].rule == "key"


def test_the_accused_denial_disputes_a_description_naming_it() -> None:
    """The front denies; a rights group names its loyal forces: who did it is disputed."""
    found = relate(_denial(), _claim("loyal", HRW, "forces loyal to the RPLF",
                                     subject="civilians", predicate="killed"))  # fmt: skip
    assert found.kind is Relation.CONTRADICTS
    assert found.disputed


def test_without_the_identity_there_is_no_dispute() -> None:
    """An unknown name is no dispute by itself: *armed men* against the denial."""
    found = relate(_denial(), _claim("men", HRW, "armed men", subject="civilians",
                                     predicate="killed"))  # fmt: skip
    assert found.kind is not Relation.CONTRADICTS


def test_an_identified_party_and_a_known_one_dispute_who_did_it() -> None:
    loyal = _claim("loyal", HRW, "RPLF-loyal forces")
    army = _claim("army", WIRE, "FAMa", subject="civilians", predicate="killed")
    context = [_denial()]  # the front's spokesman declares the party
    assert relate(loyal, army, context=context).kind is Relation.CONTRADICTS
    assert relate(loyal, army).kind is not Relation.CONTRADICTS  # RPLF: named one way only


_TEXTS = [
    "forces loyal to the RPLF",
    "the Ruritania People's Liberation Front",
    "RPLF fighters",
    "gunmen",
    "militias fighting the RPLF",
]


@settings(max_examples=25, deadline=None)
@given(st.permutations(list(range(len(_TEXTS)))), st.booleans())
def test_identities_do_not_depend_on_the_order_of_the_input(order: list[int], front: bool) -> None:
    claims = [_claim(f"c{i}", HRW, _TEXTS[i]) for i in order]
    if front:
        claims.append(_denial())
    res = resolve(claims)
    got = {f"c{i}": tuple((h.id, h.rule) for h in res[f"c{i}"].actors) for i in order}
    ref_claims = [_claim(f"c{i}", HRW, _TEXTS[i]) for i in range(len(_TEXTS))]
    if front:
        ref_claims.append(_denial())
    ref = resolve(ref_claims)
    want = {f"c{i}": tuple((h.id, h.rule) for h in ref[f"c{i}"].actors) for i in order}
    assert got == want
