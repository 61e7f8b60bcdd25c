"""Echoes need one voice: two people of one body make two statements (made-up claims)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimrec as cr
from claimrec.graph import claim_graph
from claimrec.model import Claim, Report, Source
from claimrec.relation import ReasonKind, Relation, relate
from claimrec.resolution._voices import _person_words, same_person, two_statements

# Two spokespeople of one (made-up) state's army, one named three ways.
ROE = Source(name="Lt. Col. Jane Roe", kind="state", party="FAMa")
ROE_AGAIN = Source(name="Jane Roe", kind="state", party="FAMa")
ROE_TITLED = Source(name="Brigadier Roe Jane", kind="state", party="FAMa")
DOE = Source(name="Major Richard Doe", kind="state", party="FAMa")
ARMY = Source(name="FAMa")

TV = Report(outlet="ORTM", published="2025-07-01", id="tv")


def toll(cid: str, source: Source, value: object = "40", outlet: str | None = None) -> Claim:
    via = Report(outlet=outlet or f"outlet {cid}", published="2025-07-02", id=f"r-{cid}")
    return Claim(
        id=cid, source=source, subject="militants", predicate="killed", value=value,
        place="Kayes", when="2025-07-01", via=via,
    )  # fmt: skip


def test_person_words_drop_titles_voices_organs_and_acronyms():
    assert _person_words("Lt. Col. Jane Roe") == ("jane", "roe")
    assert _person_words("IDF spokesman Jane Roe") == ("jane", "roe")
    assert _person_words("Ministry of Health") == ()
    assert _person_words("the army") == ()
    assert _person_words("Roe") == ()  # one word: no full name to tell people apart


def test_one_person_named_several_ways_is_one_person():
    assert same_person("jane roe", "jane roe")
    assert same_person("jane roe", "brigadier jane roe")  # words held
    assert same_person("kowalczyk oleksandr", "kovalchyk oleksandre")  # transliterated
    assert not same_person("jane roe", "doe richard")


def test_resolution_reads_the_person_who_speaks_for_a_body():
    claims = [toll("a", ROE), toll("b", ARMY), toll("c", DOE)]
    res = cr.resolve(claims)
    assert [res[c].person for c in claims] == ["jane roe", None, "doe richard"]
    # one speaker identity for the three: the army's
    assert len({res.speaker_key(c) for c in claims}) == 1


def test_two_people_of_one_body_are_two_statements_not_an_echo():
    """The army's two spokespeople give one figure: agreement of one body, no echo."""
    a, b = toll("roe", ROE), toll("doe", DOE)
    rel = relate(a, b)
    assert rel.kind is Relation.AGREES
    assert not rel.reasons_of(ReasonKind.ECHO)
    assert any("two statements" in r.detail for r in rel.reasons_of(ReasonKind.SAME_SPEAKER))
    graph = claim_graph([a, b])
    assert graph.echoes() == ()
    assert graph.corroborations() == ()  # one body never corroborates itself


def test_one_person_relayed_under_several_names_is_one_echo():
    claims = [toll("a", ROE), toll("b", ROE_AGAIN), toll("c", ROE_TITLED)]
    (echo,) = claim_graph(claims).echoes()
    assert sorted(c.id for c in echo.claims) == ["a", "b", "c"]


def test_a_relay_naming_only_the_body_may_carry_a_person_statement():
    """ "The army said 40" and "Lt. Col. Roe said 40": one statement relayed, an echo."""
    (echo,) = claim_graph([toll("person", ROE), toll("body", ARMY)]).echoes()
    assert sorted(c.id for c in echo.claims) == ["body", "person"]


def test_a_body_relay_joins_one_person_echo_never_both():
    """A relay naming the body echoes either spokesperson; the echo never holds two."""
    claims = [
        toll("roe-1", ROE), toll("roe-2", ROE_AGAIN), toll("doe-1", DOE),
        toll("doe-2", DOE, outlet="another"), toll("army", ARMY),
    ]  # fmt: skip
    graph = claim_graph(claims)
    for echo in graph.echoes():
        people = {graph.resolution[c.id].person for c in echo.claims} - {None}
        assert len(people) <= 1 or all(same_person(x, y) for x in people for y in people)
    holding = [sorted(c.id for c in e.claims) for e in graph.echoes()]
    assert ["roe-1", "roe-2"] in [[i for i in h if i.startswith("roe")] for h in holding]


PEOPLE = (ROE, ROE_AGAIN, ROE_TITLED, DOE, ARMY, Source(name="JNIM"))


@st.composite
def relays(draw: st.DrawFn) -> list[Claim]:
    n = draw(st.integers(2, 8))
    reports = (TV, Report(outlet="A", relays=TV, id="a"), Report(outlet="B", id="b"), None)
    return [
        Claim(
            id=f"c{k}",
            source=draw(st.sampled_from(PEOPLE)),
            subject="militants",
            predicate="killed",
            value=draw(st.sampled_from((40, "over 40", None))),
            place=draw(st.sampled_from(("Kayes", None))),
            via=draw(st.sampled_from(reports)),
        )
        for k in range(n)
    ]


@given(claims=relays())
def test_an_echo_never_holds_two_speakers_nor_two_people(claims):
    """Every echo is one speaker identity's statement, and names at most one person."""
    graph = claim_graph(claims)
    res = graph.resolution
    for echo in graph.echoes():
        assert len({res.speaker_key(c.id) for c in echo.claims}) == 1
        people = [res[c.id].person for c in echo.claims if res[c.id].person is not None]
        assert all(same_person(x, y) for x in people for y in people)
        assert not any(
            graph.relationship(x.id, y.id) is not None
            and graph.relationship(x.id, y.id).kind is Relation.CONTRADICTS
            for x in echo.claims
            for y in echo.claims
            if x.id < y.id
        )


# --------------------------------------------------------------------------- independence


def _narration(cid: str, outlet: str, **kw: object) -> Claim:
    fields = {"subject": "town", "predicate": "fully besieged", "actor": "FAMa", "place": "Kayes"}
    via = Report(outlet=outlet, published="2025-07-02", id=f"r-{cid}")
    return Claim(id=cid, source=Source(name=outlet, kind="media"), via=via, **{**fields, **kw})


def test_two_outlets_narrating_in_one_wording_are_one_account():
    """An outlet's sentence reproduced by another outlet is no second voice."""
    graph = claim_graph([_narration("x", "Daily Kayes"), _narration("y", "Sahel Wire")])
    assert graph.relationship("x", "y").kind is Relation.AGREES
    assert graph.corroborations() == ()


def test_two_named_speakers_in_one_wording_still_corroborate():
    """The rule reads outlets' own narration only: a hospital and a rights group agree."""
    claims = [
        toll("hospital", Source(name="Kayes hospital", kind="ngo")),
        toll("rights", Source(name="Sahel Rights Watch", kind="ngo")),
    ]
    assert claim_graph(claims).corroborations() != ()


def test_a_qualifier_saying_who_all_the_dead_were_narrows_the_victims():
    claims = [
        Claim(id="all", source="FAMa", subject="dead", predicate="toll", value="203",
              qualifiers=["all jihadists"]),
        Claim(id="some", source="FAMa", subject="dead", predicate="toll", value="203",
              qualifiers=["including 5 militants"]),
        Claim(id="fr", source="FAMa", subject="morts", predicate="bilan", value="203",
              qualifiers=["tous terroristes"]),
    ]  # fmt: skip
    res = cr.resolve(claims)
    assert (res["all"].subject.id, res["all"].subject.rule) == ("militants", "qualifier")
    assert res["fr"].subject.id == "militants"
    assert res["some"].subject.id == "people"  # a part named, not who all of them were


def test_dead_all_militants_and_civilians_killed_never_corroborate():
    army = Claim(id="army", source="FAMa", subject="dead", predicate="toll", value="203",
                 qualifiers=["all jihadists"], place="Kayes")  # fmt: skip
    rights = Source(name="Sahel Rights Watch", kind="ngo")
    ngo = Claim(id="ngo", source=rights, subject="civilians", predicate="killed",
                value="over 200", place="Kayes")  # fmt: skip
    graph = claim_graph([army, ngo])
    assert graph.corroborations() == ()
    assert relate(army, ngo).kind is not Relation.AGREES


# --------------------------------------------------------------------------- generic speakers


def test_a_body_named_only_by_its_kind_is_never_read_by_resemblance():
    """ "l'armée" resembles every army's name; its declared party says whose it is."""
    army = Source(name="l'armée", kind="state", party="FAMa")
    claims = [
        Claim(id="a", source=army, subject="x", predicate="killed"),
        Claim(id="b", source="officials", subject="x", predicate="killed"),
        Claim(id="c", source="Forces armees malienes", subject="x", predicate="killed"),
    ]
    res = cr.resolve(claims)
    assert (res["a"].speaker.id, res["a"].speaker.rule) == ("FAMa", "party")
    assert res["b"].speaker is None  # "officials" of no one in particular
    assert (res["c"].speaker.id, res["c"].speaker.rule) == ("FAMa", "fuzzy")  # a misspelling


def test_a_fuzzy_reading_never_contradicts_the_declared_party():
    source = Source(name="Forces armees malienes", kind="state", party="JNIM")
    claim = Claim(id="a", source=source, subject="x", predicate="killed")
    hit = cr.resolve([claim])["a"].speaker
    assert hit is None or hit.id != "FAMa"


# --------------------------------------------------------------------------- requalified relays


def _relayed(cid: str, value: str, day: str) -> Claim:
    via = Report(outlet=f"outlet {cid}", published=day, id=f"r-{cid}")
    return Claim(id=cid, source="FAMa", subject="militants", predicate="killed", value=value,
                 place="Kayes", via=via)  # fmt: skip


def test_one_number_requalified_by_a_relay_is_one_statement():
    """ "about 50" and "at least 50" relayed on two days: one figure, an echo, no revision."""
    graph = claim_graph([_relayed("a", "about 50", "2025-07-02"),
                         _relayed("b", "at least 50", "2025-07-03")])  # fmt: skip
    assert graph.relationship("a", "b").kind is not Relation.REVISES
    (echo,) = graph.echoes()
    assert sorted(c.id for c in echo.claims) == ["a", "b"]


def test_a_vague_relay_of_a_figure_is_one_statement_a_new_number_is_not():
    graph = claim_graph([_relayed("a", "dozens", "2025-07-02"),
                         _relayed("b", "at least 55", "2025-07-02")])  # fmt: skip
    assert len(graph.echoes()) == 1
    changed = claim_graph([_relayed("a", "about 50", "2025-07-02"),
                           _relayed("b", "at least 70", "2025-07-03")])  # fmt: skip
    assert changed.echoes() == ()
    assert changed.relationship("a", "b").kind in (Relation.REVISES, Relation.REVISED_BY)


@pytest.mark.parametrize(
    ("bound", "figure", "one"),
    [
        ("over 200", "203", True),  # a headline rounds the figure down
        ("more than 300", "314", True),
        ("nearly 3000", "2900", True),  # or up, to "nearly"
        ("at least 29", "40", False),  # a partial count, then the total
        ("more than 41", "70", False),
    ],
)
def test_a_bound_holds_one_figure_relayed_only_when_it_rounds_it(bound, figure, one):
    """A relay rounds a figure to a bound on its weaker side; another number is a new count."""
    graph = claim_graph([_relayed("a", bound, "2025-07-02"), _relayed("b", figure, "2025-07-03")])
    assert (len(graph.echoes()) == 1) is one
    if not one:  # the reports' dates order the speaker's two counts
        assert graph.relationship("a", "b").kind in (Relation.REVISES, Relation.REVISED_BY)


# --------------------------------------------------------------------------- kinds of statement


def relayed(cid: str, source: Source | str, title: str | None = None, **kw: object) -> Claim:
    """A claim whose article relays one of the speaker's statements (titled ``title``)."""
    record = Report(outlet="FAMa", title=title, id=f"s-{cid}", author=kw.pop("author", None))
    via = Report(outlet=f"outlet {cid}", published="2025-07-02", relays=record, id=f"r-{cid}")
    fields = {"subject": "militants", "predicate": "killed", "value": "40", "place": "Kayes",
              "when": "2025-07-01"}  # fmt: skip
    return Claim(id=cid, source=source, via=via, **{**fields, **kw})


@pytest.mark.parametrize(
    ("title", "medium"),
    [
        ("communiqué", "written"),
        ("statement issued on Sunday", "written"),
        ("Jane Roe to AFP", "spoken"),
        ("comment to Reuters", "spoken"),
        ("press conference", "spoken"),
        ("tweet", "post"),
        ("message sur Telegram", "post"),
        ("statement on Telegram", None),  # a statement posted: either
        ("after a visit to the town", None),
        (None, None),
    ],
)
def test_the_kind_of_statement_a_relayed_record_names(title, medium):
    assert cr.resolve([relayed("c", ARMY, title)])["c"].medium == medium


def test_words_to_a_reporter_and_a_communique_are_two_statements():
    """The army's communiqué and its spokesman's words to a wire: agreement, never an echo."""
    a, b = relayed("a", ARMY, "communiqué"), relayed("b", ARMY, "army spokesman to AFP")
    rel = relate(a, b)
    assert rel.kind is Relation.AGREES
    assert not rel.reasons_of(ReasonKind.ECHO)
    assert any("spoken" in r.detail for r in rel.reasons_of(ReasonKind.SAME_SPEAKER))
    assert claim_graph([a, b]).echoes() == ()
    # two relays of the communiqué, or of the words, are one echo each
    assert len(claim_graph([a, relayed("c", ARMY, "statement")]).echoes()) == 1
    assert len(claim_graph([b, relayed("d", ARMY, "interview")]).echoes()) == 1


def test_a_persons_post_and_the_bodys_communique_are_two_statements():
    """A spokesperson's tweet is not the army's communiqué; a body's post may be."""
    communique = relayed("b", ARMY, "communiqué")
    assert claim_graph([relayed("a", ROE, "tweet"), communique]).echoes() == ()
    assert len(claim_graph([relayed("a", ARMY, "tweet"), communique]).echoes()) == 1


def test_the_author_of_the_relayed_statement_speaks_for_the_body():
    """A relay naming only the body, whose statement's record names its author, is that person."""
    by_doe = relayed("doe", ARMY, author="Major Richard Doe")
    res = cr.resolve([by_doe])
    assert res["doe"].person == "doe richard"
    assert claim_graph([by_doe, relayed("roe", ROE)]).echoes() == ()
    assert len(claim_graph([by_doe, relayed("doe-2", DOE)]).echoes()) == 1


def test_a_states_person_the_vocabulary_names_is_a_person():
    """A state's spokesman the vocabulary lists by name still speaks as a person."""
    names = ("Dmitry Peskov", "Igor Konashenkov", "Russia")
    claims = [relayed(cid, name) for cid, name in zip("abc", names, strict=True)]
    res = cr.resolve(claims)
    assert [res[c].person for c in claims] == ["dmitry peskov", "igor konashenkov", None]
    assert len({res.speaker_key(c) for c in claims}) == 1
    assert relate(claims[0], claims[1]).reasons_of(ReasonKind.ECHO) == ()


def test_a_figure_and_words_are_never_taken_for_one_statement():
    """147 and "la centaine" (about a hundred): nothing says one statement was relayed."""
    a, b = relayed("a", ARMY, value="147"), relayed("b", ARMY, value="la centaine")
    rel = relate(a, b)
    assert not rel.reasons_of(ReasonKind.ECHO)
    assert claim_graph([a, b]).echoes() == ()



def test_two_different_names_are_never_one_statement_relayed():
    """A relay rewords a statement; it does not rename the missile the statement names."""
    fields = {"subject": "missile", "predicate": "was"}
    a = relayed("a", ARMY, value="Iskander", **fields)
    b = relayed("b", ARMY, value="Tochka-U", **fields)
    assert not relate(a, b).reasons_of(ReasonKind.ECHO)
    assert claim_graph([a, b]).echoes() == ()
    # one name transliterated two ways, or a description of it, may be one statement
    kiev = relayed("c", ARMY, value="Kiev", **fields)
    kyiv = relayed("d", ARMY, value="Kyiv", **fields)
    assert relate(kiev, kyiv).reasons_of(ReasonKind.ECHO)


TITLES = ("communiqué", "tweet", "to AFP", "interview", None)
AUTHORS = (None, "Major Richard Doe", "Jane Roe")


@st.composite
def statements(draw: st.DrawFn) -> list[Claim]:
    n = draw(st.integers(2, 8))
    return [
        relayed(
            f"c{k}",
            draw(st.sampled_from(PEOPLE)),
            draw(st.sampled_from(TITLES)),
            author=draw(st.sampled_from(AUTHORS)),
            value=draw(st.sampled_from(("40", "over 40"))),
        )
        for k in range(n)
    ]


@given(claims=statements())
def test_an_echo_never_holds_two_speakers_nor_two_kinds_of_statement(claims):
    """Every echo is one speaker's, one person's at most, and never spoken and written."""
    graph = claim_graph(claims)
    res = graph.resolution
    for echo in graph.echoes():
        assert len({res.speaker_key(c.id) for c in echo.claims}) == 1
        voices = [(res[c.id].person, res[c.id].medium) for c in echo.claims]
        assert all(two_statements(x, y) is None for x in voices for y in voices)


# The body itself named in the languages its relays translate it into: no person.
BODY_NAMES = [
    "Komisja Praw Człowieka",  # Polish
    "Nordländische Menschenrechtskommission",  # German: a compound ending in its head
    "Büro des Generalstaatsanwalts",
    "Comisión de Derechos Humanos del Norte",  # Spanish
    "Ministero della Difesa",  # Italian
    "Umoja wa Mataifa",  # Swahili
    "Palang Merah Internasional",  # Indonesian
    "Министерство обороны",  # Russian
    "The Lornet Times",  # an outlet
]


@pytest.mark.parametrize("name", BODY_NAMES)
def test_a_body_named_in_another_language_names_no_person(name):
    assert _person_words(name) == ()
    claim = toll("a", Source(name=name, kind="state", party="FAMa"))
    assert cr.resolve([claim])["a"].person is None


def test_people_keep_their_names_beside_foreign_body_words():
    assert _person_words("Regierungssprecher Jane Roe") == ("jane", "roe")
    assert _person_words("Komisja Praw Człowieka, Jane Roe") == ("jane", "roe")


def test_relays_naming_the_body_in_three_languages_are_one_echo():
    """Read as three people, they were three statements: never one echo."""
    names = ["Komisja Praw Człowieka", "Nordländische Menschenrechtskommission", "FAMa"]
    claims = [
        toll(f"c{k}", Source(name=n, kind="state", party="FAMa")) for k, n in enumerate(names)
    ]
    echoes = claim_graph(claims).echoes()
    assert [sorted(c.id for c in e.claims) for e in echoes] == [["c0", "c1", "c2"]]
