"""Predicates whose head is a harm, words of involvement, verbs that only say who did it.

Made-up claims only (places and speakers invented or generic).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimrec.model import Claim
from claimrec.relation import Relation, relate
from claimrec.resolution import resolve
from claimrec.vocab import default_vocabulary

# --------------------------------------------------------------- the harm, not its cause


def _predicate(text: str, **kw: object) -> tuple[str | None, str | None]:
    rec = resolve([Claim(source="Witnesses", subject="people", predicate=text, id="x", **kw)])
    found = rec["x"].predicate
    return (None, None) if found is None else (found.id, found.rule)


def test_a_harm_caused_by_an_act_is_the_harm() -> None:
    for text, expected in [
        ("have been hurt in the air strikes", "wounded"),
        ("were wounded by an air strike", "wounded"),
        ("tués dans une frappe aérienne", "killed"),
        ("wurden bei dem Luftangriff getötet", "killed"),
        ("destroyed in an air strike", "destroyed"),
    ]:
        assert _predicate(text) == (expected, "head"), text


def test_an_act_with_no_harm_or_a_phrase_across_the_preposition_stays_the_act() -> None:
    assert _predicate("air strike on the market") == ("airstrike", "exact")
    assert _predicate("were trapped in the air strikes") == ("airstrike", "exact")
    # "attacked by" is one phrase of blame: the preposition is inside it
    assert _predicate("attacked by gunmen") == ("blamed", "exact")
    assert _predicate("killed during the fighting")[0] == "killed"


def test_a_harm_in_an_act_aligns_with_the_same_harm() -> None:
    hurt = Claim(source="Police", subject="civilians", predicate="were hurt in the air strikes",
                 value=12, place="Kayes", stated="2025-03-01", id="hurt")  # fmt: skip
    wounded = Claim(source="Hospital", subject="civilians", predicate="wounded", value=30,
                    place="Kayes", stated="2025-03-01", id="wounded")  # fmt: skip
    assert relate(hurt, wounded).kind is Relation.CONTRADICTS
    # before, the act's noun won, and the two figures were of different items
    strike = Claim(source="Police", subject="civilians", predicate="air strikes", value=12,
                   place="Kayes", stated="2025-03-01", id="strike")  # fmt: skip
    assert relate(strike, wounded).kind is not Relation.CONTRADICTS


@settings(max_examples=30, deadline=None)
@given(st.permutations(["hurt in the shelling", "air strike", "tués lors du bombardement",
                        "attacked by gunmen", "killed"]))  # fmt: skip
def test_the_head_rule_is_order_independent(texts: list[str]) -> None:
    def read(order: list[str]) -> dict[str, str | None]:
        rec = resolve([Claim(source="S", subject="people", predicate=t, id=t) for t in order])
        return {t: (p.id if (p := rec[t].predicate) else None) for t in order}

    assert read(texts) == read(sorted(texts))
    assert read(texts)["hurt in the shelling"] == "wounded"


# --------------------------------------------------------------- involvement is blame


def test_words_of_involvement_are_a_blame() -> None:
    for text in ("keterlibatan dalam", "implicación", "envolvimento", "coinvolgimento",
                 "Beteiligung an", "betrokkenheid", "причастность", "took part in",
                 "Verantwortung"):  # fmt: skip
        assert _predicate(text)[0] == "blamed", text
    # a claim of one's own act stays a claim of responsibility
    assert _predicate("Verantwortung übernommen")[0] == "responsibility"


# --------------------------------------------------------------- verbs that only say who did it


def test_a_verb_of_doing_takes_its_subjects_act() -> None:
    for verb, noun in (("realizaron", "ataques"), ("committing", "the attack"),
                       ("lanciato", "attacco"), ("نفذته", "الهجوم")):  # fmt: skip
        claim = Claim(source="Army", subject=noun, predicate=verb, actor="the rebels", id="x")
        found = resolve([claim])["x"].predicate
        assert found is not None, verb
        assert (found.id, found.rule) == ("attacked", "subject"), verb


# --------------------------------------------------------------- a party denies doing the act


def test_a_denial_of_doing_that_names_no_one_denies_the_speakers_involvement() -> None:
    blame = Claim(source="Witnesses", subject="the massacre", predicate="carried out by",
                  actor="M23", place="Goma", id="blame")  # fmt: skip
    toll = Claim(source="Witnesses", subject="people", predicate="killed", value=50,
                 place="Goma", id="toll")  # fmt: skip
    for verb, noun in (("committing", "the massacre"), ("committing", "the atrocities"),
                       ("avoir commis", "le massacre"), ("realizaron", "la masacre")):  # fmt: skip
        denial = Claim(source="M23", subject=noun, predicate=verb, polarity="denied",
                       place="Goma", id="denial")  # fmt: skip
        found = resolve([denial])["denial"].predicate
        assert found is not None, verb
        assert (found.id, found.rule) == ("blamed", "subject"), verb
        assert relate(blame, denial).kind is Relation.CONTRADICTS, verb
        # a denial of one's own involvement says nothing of the toll
        assert relate(toll, denial).kind is not Relation.CONTRADICTS, verb


def test_a_denial_that_the_act_happened_or_of_a_statement_is_not_of_involvement() -> None:
    for verb, noun in (("took place", "the massacre"), ("denied", "the attack"),
                       ("committing", "people"), ("confirmed", "the attack"),
                       # a bare participle may be passive: "no attack was carried out"
                       # denies the act, not one's part in it
                       ("committed", "the massacre"), ("menée", "attaque chimique"),
                       ("was carried out", "the attack")):  # fmt: skip
        denial = Claim(source="M23", subject=noun, predicate=verb, polarity="denied", id="d")
        found = resolve([denial])["d"].predicate
        assert found is None or found.id != "blamed", verb
    # asserted, with its doer named, the verb still takes its subject's act
    done = Claim(source="Army", subject="the attack", predicate="committed", actor="M23", id="x")
    assert resolve([done])["x"].predicate.id == "attacked"


def test_words_of_the_event_in_more_languages() -> None:
    subjects = default_vocabulary().subjects
    for text in ("pembunuhan massal", "kekejaman itu", "die Gräueltaten", "las matanzas",
                 "резня", "zbrodnia"):  # fmt: skip
        assert subjects.resolve(text).id == "incident", text


def test_verbs_of_doing_with_an_object_pronoun_or_in_more_forms() -> None:
    for verb, noun in (("lo efectuaron", "el ataque"), ("undertook", "a mass killing"),
                       ("ارتكبتها", "المجزرة")):  # fmt: skip
        claim = Claim(source="Army", subject=noun, predicate=verb, actor="the rebels", id="x")
        found = resolve([claim])["x"].predicate
        assert found is not None, verb
        assert found.rule == "subject", verb
    # a pronoun alone before an unknown verb reads nothing
    odd = Claim(source="Army", subject="el ataque", predicate="lo vieron", actor="X", id="y")
    assert resolve([odd])["y"].predicate is None


def test_a_denial_whose_subject_is_a_blame_is_that_blame_denied() -> None:
    blame = Claim(source="Witnesses", subject="implication", predicate="a nié toute",
                  polarity="denied", id="a")  # fmt: skip
    found = resolve([blame])["a"].predicate
    assert found is not None
    assert (found.id, found.rule) == ("blamed", "subject")
    # a denial of a confirmation is no denial of the blame
    unverified = Claim(source="Monitor", subject="the group's claims", polarity="denied",
                       predicate="independently verified", id="v")  # fmt: skip
    assert resolve([unverified])["v"].predicate is None
    # asserted, a verb that rejects the accusations is a rejection (resolution/_rejection):
    # its polarity is in the verb, one reading with the denial
    rejected = Claim(source="Army", subject="accusations", predicate="rejected", id="r")
    found = resolve([rejected])["r"].predicate
    assert found is not None
    assert found.id == "blamed"


def test_words_of_a_connection_to_the_act_are_a_blame() -> None:
    for text in ("connection to", "związki z", "lien avec"):
        assert _predicate(text)[0] == "blamed", text
    # a toll in clashes stays a toll
    assert _predicate("killed in clashes with")[0] == "killed"
