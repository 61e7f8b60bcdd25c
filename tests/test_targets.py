"""Who the strike hit: an attacker's targets, its denial of civilian harm, one article.

Made-up claims only: the party's "the strike targeted only militants" and "there was no
collateral damage" are its statements of who its dead were (resolution/_status.py), and
they meet the tolls of civilians of the same event (relation/_victims.py).
"""

from __future__ import annotations

import warnings

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimrec as cr
from claimrec.relation import ReasonKind, Relation, relate

ARMY = cr.Source(name="Ruritanian army", kind="state", party="Ruritania")
REBELS = cr.Source(name="Liberation Front", kind="armed group", party="Liberation Front")
NGO = cr.Source(name="Rights Watch", kind="ngo")
UN = cr.Source(name="UN mission", kind="international_org")
PLACE, WHEN = "Kayes", "2024-02-11"


def read(source: cr.Source, subject: str, predicate: str, value: object = None,
         **kw: object) -> tuple[str, str, str]:  # fmt: skip
    """The (predicate id, subject id, subject rule) resolution gives one claim ('-': none)."""
    claim = cr.Claim(source=source, subject=subject, predicate=predicate, value=value,
                     id="c", **kw)  # fmt: skip
    rec = cr.resolve([claim])["c"]
    return (
        "-" if rec.predicate is None else rec.predicate.id,
        "-" if rec.subject is None else rec.subject.id,
        "-" if rec.subject is None else rec.subject.rule,
    )


@pytest.mark.parametrize(
    ("source", "subject", "predicate", "cls"),
    [
        (ARMY, "only jihadists", "the strike targeted", "militants"),
        (ARMY, "des jihadistes qui préparaient une attaque", "a visé", "militants"),
        (ARMY, "solo terroristi", "il raid aveva come obiettivi", "militants"),
        (ARMY, "un groupe armé terroriste", "frappe aérienne ciblant", "militants"),
        (ARMY, "militantes", "el bombardeo tenía como objetivo", "militants"),
        (ARMY, "rebel fighters", "the air raid targeted only", "militants"),
        (REBELS, "soldiers", "our attack targeted", "soldiers"),  # an armed group's enemies
    ],
)
def test_an_attackers_targets_are_its_statement_of_who_died(source, subject, predicate,
                                                            cls) -> None:  # fmt: skip
    assert read(source, subject, predicate) == ("victims_were", cls, "status")


@pytest.mark.parametrize(
    ("source", "subject", "predicate", "value", "kw"),
    [
        # a targeting word followed by an object: the subject is the attacker
        (ARMY, "des terroristes", "ont ciblé l'hôpital", None, {}),
        # a reason after it: a justification, not who died
        (ARMY, "insurgents", "targeted as firing on our troops", None, {}),
        (ARMY, "civilians", "targeted", None, {}),  # civilians: no combatant reading
        (ARMY, "people", "targeted", None, {}),  # no class narrower than people
        (NGO, "militants", "targeted", None, {}),  # no party of the fighting
        (ARMY, "militants", "targeted", None, {"polarity": "denied"}),
        (ARMY, "militants", "targeted", 30, {}),  # a figure: a toll, not a statement
        # the value names what was aimed at: the act stays (echoes of it name a target)
        (ARMY, "the strike", "targeted", "militants", {}),
        (ARMY, "militants", "launched an attack", None, {}),  # no targeting word
    ],
)
def test_what_is_no_statement_of_the_targets(source, subject, predicate, value, kw) -> None:
    assert read(source, subject, predicate, value, **kw)[0] != "victims_were"


@pytest.mark.parametrize(
    ("subject", "predicate"),
    [
        ("dommage collatéral", "il y a eu"),
        ("la possibilité d'un dommage collatéral", "exclure"),
        ("danni collaterali né vittime civili", "avrebbe provocato"),
        ("civilian casualties", "there were"),
        ("víctimas civiles", "hubo"),
        ("a wedding", "there was"),
        ("a link between the strike and a wedding party", "existed"),
    ],
)
def test_a_denial_of_civilian_harm_whatever_the_verb(subject: str, predicate: str) -> None:
    found = read(ARMY, subject, predicate, polarity="denied")
    assert found == ("victims_were", "civilians", "status")


@pytest.mark.parametrize(
    ("source", "subject", "predicate", "kw"),
    [
        (ARMY, "dommage collatéral", "il y a eu", {}),  # asserted: an admission
        (NGO, "civilian casualties", "there were", {"polarity": "denied"}),  # no party
        # a kind of civilians only: "no women or children" says nothing of the men
        (ARMY, "women or children", "there were", {"polarity": "denied"}),
        # people named, no harm: a denial of something else
        (ARMY, "farmers killed", "got military clearance", {"polarity": "denied"}),
    ],
)
def test_what_is_no_denial_of_civilian_harm(source, subject, predicate, kw) -> None:
    assert read(source, subject, predicate, **kw)[0] != "victims_were"


def test_a_denial_read_by_its_predicate_keeps_it() -> None:
    # "no civilians were killed": a denied toll already, read as such
    assert read(ARMY, "civilians", "killed", polarity="denied")[0] == "killed"


def claim(source: cr.Source, subject: str, predicate: str, value: object = None,
          **kw: object) -> cr.Claim:  # fmt: skip
    fields: dict[str, object] = {"place": PLACE, "when": WHEN}
    fields.update(kw)
    return cr.Claim(source=source, subject=subject, predicate=predicate, value=value,
                    id=f"{source.name}:{subject}:{predicate}", **fields)  # fmt: skip


TARGETS = claim(ARMY, "only jihadists", "the strike targeted")
NO_HARM = claim(ARMY, "collateral damage", "there was", polarity="denied")
CIVILIANS = claim(UN, "civilians", "killed", 19)  # the event's civilians, no one named


def kind(a: cr.Claim, b: cr.Claim) -> Relation:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", cr.ClaimrecWarning)
        return relate(a, b).kind


@pytest.mark.parametrize("party", [TARGETS, NO_HARM])
def test_the_attackers_account_disputes_the_events_civilians(party: cr.Claim) -> None:
    r = relate(party, CIVILIANS)
    assert r.kind is Relation.CONTRADICTS
    assert r.reasons_of(ReasonKind.VICTIM)
    assert relate(CIVILIANS, party) == r.converse()


@pytest.mark.parametrize("party", [TARGETS, NO_HARM])
def test_no_dispute_on_another_day(party: cr.Claim) -> None:
    other = claim(UN, "civilians", "killed", 19, when="2024-04-02")
    assert kind(party, other) is not Relation.CONTRADICTS


NEWS_PAPER = cr.Report(id="paper-2", outlet="Weekly", published="2024-05-02")


def unplaced(source: cr.Source, subject: str, predicate: str, value: object = None,
             **kw: object) -> cr.Claim:  # fmt: skip
    return cr.Claim(source=source, subject=subject, predicate=predicate, value=value,
                    id=f"{source.name}:{subject}:{predicate}:{kw.get('via')}", **kw)  # fmt: skip


URL = "https://news.example/strike"
# one article relaying two statements: two reports of one address, two chains
ARMY_SAID = cr.Report(id="army-communique", outlet="Ruritanian army")
NGO_SAID = cr.Report(id="ngo-statement", outlet="Rights Watch")
ARMY_IN_ARTICLE = cr.Report(id="article-army", outlet="Daily", url=URL, relays=ARMY_SAID)
NGO_IN_ARTICLE = cr.Report(id="article-ngo", outlet="Daily", url=URL, relays=NGO_SAID)


def test_one_article_sets_the_two_accounts_side_by_side() -> None:
    # no place, no date of the event: the article that gives both is their one event
    said = unplaced(ARMY, "the men killed", "were", "terrorists", via=ARMY_IN_ARTICLE)
    dead = unplaced(NGO, "civilians", "killed", 19, via=NGO_IN_ARTICLE)
    r = relate(said, dead)
    assert r.kind is Relation.CONTRADICTS
    assert r.reasons_of(ReasonKind.VICTIM)
    elsewhere = unplaced(NGO, "civilians", "killed", 19, via=NEWS_PAPER)
    assert kind(said, elsewhere) is not Relation.CONTRADICTS


def test_one_article_never_sets_a_toll_of_fighters_against_the_villagers() -> None:
    # the assailants' dead and the villagers': both can hold in one report
    fighters = unplaced(ARMY, "terrorists", "neutralised", 30, via=ARMY_IN_ARTICLE)
    dead = unplaced(NGO, "civilians", "killed", 19, via=NGO_IN_ARTICLE)
    assert kind(fighters, dead) is not Relation.CONTRADICTS


@settings(max_examples=20, deadline=None)
@given(st.permutations(range(4)))
def test_the_graph_finds_the_disputes_in_any_order(order: list[int]) -> None:
    people = claim(UN, "people", "killed", 19)  # not said to be civilians: no dispute
    claims = [TARGETS, NO_HARM, CIVILIANS, people]
    graph = cr.claim_graph([claims[i] for i in order])
    for party in (TARGETS, NO_HARM):
        found = graph.relationship(party.id, CIVILIANS.id)
        assert found is not None
        assert found.kind is Relation.CONTRADICTS
        other = graph.relationship(party.id, people.id)
        assert other is None or other.kind is not Relation.CONTRADICTS


@pytest.mark.parametrize(
    ("subject", "qualifiers", "marked"),
    [
        ("people", ("including children",), True),
        ("personnes", ("y compris plusieurs enfants",), True),
        ("people", ("during a wedding ceremony",), True),
        ("men", ("among them elderly farmers",), True),
        ("Menschen", ("darunter Kinder",), True),
        ("people", ("unclear how many of the victims are civilians",), False),  # no part
        ("hommes participant à un mariage", (), True),
        ("people", (), False),
        ("people", ("no civilians among them",), False),  # a negation marks nothing
        ("people", ("in the afternoon",), False),
        ("civilians", ("including children",), False),  # its class already says so
        ("militants", ("including children",), False),  # said to be fighters
    ],
)
def test_a_tolls_own_words_mark_its_dead_civilians(subject, qualifiers, marked) -> None:
    toll = cr.Claim(source=NGO, subject=subject, predicate="killed", value=20,
                    qualifiers=qualifiers, id="t")  # fmt: skip
    assert cr.resolve([toll])["t"].civilian_marks is marked


FIGHTERS = claim(ARMY, "terrorists", "neutralised", "about 30")
MARKED = claim(NGO, "people", "killed", "more than 20", qualifiers=("including children",))
PEOPLE = claim(UN, "people", "killed", "more than 20")


def test_a_perpetrators_fighters_never_support_a_toll_marked_civilian() -> None:
    # thirty terrorists would entail more than twenty people: not when children are among them
    assert kind(FIGHTERS, PEOPLE) in (Relation.REFINES, Relation.REFINED_BY)
    r = relate(FIGHTERS, MARKED)
    assert r.kind is Relation.COMPATIBLE
    (reason,) = r.reasons_of(ReasonKind.VICTIM)
    assert "mark its dead" in reason.detail
    assert relate(MARKED, FIGHTERS) == r.converse()


def test_the_perpetrators_weapon_is_no_other_party() -> None:
    jets = claim(ARMY, "terrorists", "neutralised", "about 30", actor="a pair of fighter jets")
    assert kind(jets, MARKED) is Relation.COMPATIBLE


def test_the_perpetrators_own_side_may_support_it() -> None:
    ally = cr.Source(name="Ruritanian ministry", kind="state", party="Ruritania")
    own = claim(ally, "people", "killed", "more than 20", qualifiers=("including children",))
    assert kind(FIGHTERS, own) in (Relation.REFINES, Relation.REFINED_BY)


@settings(max_examples=20, deadline=None)
@given(st.permutations(range(3)))
def test_no_corroboration_of_a_marked_toll_in_any_order(order: list[int]) -> None:
    claims = [FIGHTERS, MARKED, PEOPLE]
    graph = cr.claim_graph([claims[i] for i in order])
    for found in graph.corroborations():
        supporting = {c.id for c in found.supporting}
        if found.claim.id in (FIGHTERS.id, MARKED.id):
            assert not {FIGHTERS.id, MARKED.id} <= supporting | {found.claim.id}


def test_a_weapon_for_perpetrator_names_no_party() -> None:
    # "killed by a helicopter": no party named, the event's civilians
    by_helicopter = claim(UN, "civilians", "killed", 19, actor="a helicopter")
    assert kind(TARGETS, by_helicopter) is Relation.CONTRADICTS
    by_jnim = claim(UN, "civilians", "killed", 19, actor="JNIM")  # another party
    assert kind(TARGETS, by_jnim) is not Relation.CONTRADICTS


FAMA = cr.Source(name="FAMa", kind="state", party="Mali government")
DAY_ONE = cr.Report(id="communique", outlet="ORTM", published="2024-02-12")
DAY_TWO = cr.Report(id="un-report", outlet="Radio", published="2024-02-13")
LATER = cr.Report(id="un-later", outlet="Radio", published="2024-03-20")


def test_the_accused_answers_its_accusers() -> None:
    # FAMa's unplaced statement of who its dead were, made as the UN accuses it (in a
    # country: too wide to be the scene of one act, so only the time places them)
    answer = unplaced(FAMA, "the men killed", "were", "terrorists", via=DAY_ONE)
    accused = unplaced(UN, "civilians", "killed", 19, actor="FAMa", place="Mali", via=DAY_TWO)
    r = relate(answer, accused)
    assert r.kind is Relation.CONTRADICTS
    assert r.reasons_of(ReasonKind.VICTIM)
    # weeks later, another party named, or no one named: nothing places them together
    late = unplaced(UN, "civilians", "killed", 19, actor="FAMa", place="Mali", via=LATER)
    other = unplaced(UN, "civilians", "killed", 19, actor="JNIM", place="Mali", via=DAY_TWO)
    no_one = unplaced(UN, "civilians", "killed", 19, place="Mali", via=DAY_TWO)
    for civilians in (late, other, no_one):
        assert kind(answer, civilians) is not Relation.CONTRADICTS


def test_people_marked_civilian_dispute_a_statement_of_who_the_dead_were() -> None:
    # "133 people, including dozens of children" against "the targets were militia"
    militia = claim(REBELS, "the villagers targeted", "were members of", "militias")
    marked = claim(NGO, "people", "killed", 133, qualifiers=("including dozens of children",))
    r = relate(militia, marked)
    assert r.kind is Relation.CONTRADICTS
    (reason,) = r.reasons_of(ReasonKind.VICTIM)
    assert "civilians among them" in reason.detail
    unmarked = claim(UN, "people", "killed", 133)  # not said to be civilians
    assert kind(militia, unmarked) is not Relation.CONTRADICTS
