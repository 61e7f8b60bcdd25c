"""Speakers the vocabulary does not know, identified within the input (rule ``local``).

Every name here is made up: none is in the shipped vocabulary.
"""

from __future__ import annotations

import random
import time

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

import claimrec as cr
from claimrec._text import normalize
from claimrec.model import Claim, Report, Source
from claimrec.resolution import _local as rules
from claimrec.resolution import resolve
from claimrec.resolution._local import LOCAL, LOCAL_SCORE, local_speakers


def keys(*sources: Source | str) -> list[str]:
    """The speaker key of one claim per source, resolved together."""
    claims = [
        Claim(source=s, subject="civilians", predicate="killed", value=3, id=f"c{k}")
        for k, s in enumerate(sources)
    ]
    res = resolve(claims)
    return [res.speaker_key(c) for c in claims]


def linked(*sources: Source | str) -> bool:
    return len(set(keys(*sources))) == 1


# --------------------------------------------------------------------------- linking


@pytest.mark.parametrize(
    "names",
    [
        # one name inside the other once generic words are dropped
        ("Blue Hats", "the Blue Hats rescue group", "Green Valley Civil Guard (Blue Hats)"),
        # the same words in another order, with prepositions and kinds of bodies
        ("Ministry of Water of Ruritania", "Ruritania Water Ministry"),
        ("Northern Relief Organisation", "Relief Northern"),
        # a person, with and without a title, family name first
        ("Col Amara Teklu", "Teklu Amara"),
        # a body's voices speak for it
        ("Harbour Medical Union", "Harbour Medical Union spokesperson"),
        ("NRN", "NRN statement"),
        ("Blue Hats", "a Blue Hats statement on its website", "a spokesman for the Blue Hats"),
        # a near-identical spelling of a long name
        ("Harbour Medical Union", "Harbor Medical Union"),
    ],
)
def test_names_of_one_unknown_speaker_are_linked(names):
    """Names the vocabulary does not know, written several ways, are one speaker."""
    claims = [
        Claim(source=n, subject="civilians", predicate="killed", id=f"c{k}")
        for k, n in enumerate(names)
    ]
    res = resolve(claims)
    hits = [res[c.id].speaker for c in claims]
    assert {h.rule for h in hits} == {LOCAL}
    assert {h.score for h in hits} == {LOCAL_SCORE}
    assert len({h.id for h in hits}) == 1
    assert len({res.speaker_key(c) for c in claims}) == 1
    assert hits[0].id == "~" + min(normalize(n) for n in names)  # smallest name


def test_declared_aliases_link_sources():
    """A declared alias shared by two sources, or one's alias naming the other, links them."""
    one = Source(name="Ruritanian Flood Agency", aliases=["RFA"])
    two = Source(name="Agence ruritanienne des crues", aliases=["RFA"])
    three = Source(name="the director", aliases=["Ruritanian Flood Agency"])
    assert linked(one, two, three)


def test_a_source_alone_keeps_its_name_as_key():
    """A speaker named one way keeps its reading: no speaker, its normalised name as key."""
    claims = [
        Claim(source="Harbour Medical Union", subject="x", predicate="killed", id=f"c{k}")
        for k in range(3)
    ]
    res = resolve(claims)
    assert res["c0"].speaker is None
    assert {res.speaker_key(c) for c in claims} == {"~harbour medical union"}


def test_one_name_of_speakers_kept_apart_is_qualified():
    """One name, an NGO and a state: two identities, each with its declared kind."""
    found = local_speakers(
        [Source(name="Blue Hats", kind="ngo"), Source(name="Blue Hats", kind="state")]
    )
    assert sorted(h.id for h in found.values()) == ["~blue hats [ngo]", "~blue hats [state]"]


def test_the_vocabulary_wins_over_the_input():
    """A name the vocabulary knows is read by it, never by the local rule."""
    res = resolve([Claim(source="JNIM statement", subject="x", predicate="killed", id="c")])
    assert res["c"].speaker.id == "JNIM"


# --------------------------------------------------------------------------- guards


@pytest.mark.parametrize(
    ("one", "two"),
    [
        # different declared kinds
        (Source(name="Blue Hats", kind="ngo"), Source(name="the Blue Hats group", kind="state")),
        # different declared parties
        (
            Source(name="Harbour Guard", party="Ruritania government"),
            Source(name="Harbour Guard spokesman", party="Borduvia government"),
        ),
        # witnesses are many people, whatever they are called
        (Source(name="Amara Teklu", kind="witness"), Source(name="Amara Teklu spokesperson")),
        # classes of people
        ("a resident of Nara Hills", "Nara Hills residents"),
        ("Nara Hills resident", "Nara Hills residents"),
        ("security sources", "security source"),
        ("survivant de Nara Hills", "Nara Hills survivors"),
        ("a doctor at Nara Hills", "Nara Hills doctor"),
        ("Nara Hills Water Board", "a source close to Nara Hills Water Board"),
        ("Nara Hills Water Board", "source close to the Nara Hills Water Board"),
        # descriptions in lower case name nobody
        ("local relief committee", "local relief committee members"),
        # generic words only
        ("the spokesman", "officials"),
        # a people, not a body
        ("Ruritanian officials", "Ruritanian Water Board"),
        # a number tells two units apart
        ("Ruritanian Brigade 55", "Ruritanian Brigade 56"),
        # short names one letter apart
        ("Blue Lake", "Blue Lace"),
    ],
)
def test_guards_keep_speakers_apart(one, two):
    """Kinds, parties, witnesses, classes of people and generic words link nothing."""
    assert not linked(one, two)


def test_a_name_inside_two_different_bodies_links_neither():
    """The "Water Board" is inside the Ruritanian and the Borduvian one: it names neither."""
    first, second, short = keys(
        "Ruritanian Water Board", "Borduvian Water Board", "the Water Board"
    )
    assert len({first, second, short}) == 3
    # with one body only, the short name is that body
    assert linked("Ruritanian Water Board", "the Water Board")
    # a description added to one of them (lower case) is no second body
    assert linked("Ruritanian Water Board", "the Water Board group", "Water Board")


def test_a_group_never_holds_two_declared_kinds():
    """Links through an undeclared source never join a state and an NGO."""
    ngo = Source(name="Blue Hats", kind="ngo")
    other = Source(name="the Blue Hats group")
    state = Source(name="Blue Hats group", kind="state")
    a, b, c = keys(ngo, other, state)
    assert a != c
    assert b in (a, c)


def test_classes_and_witnesses_keep_todays_reading():
    """A class of people gets no local identity: no speaker, or the vocabulary's class."""
    res = resolve(
        [
            Claim(source="Nara Hills residents", subject="x", predicate="killed", id="a"),
            Claim(source="security sources", subject="x", predicate="killed", id="b"),
        ]
    )
    assert res["a"].speaker is None or res["a"].speaker.rule != LOCAL
    assert res["b"].speaker is None or res["b"].speaker.rule != LOCAL


# --------------------------------------------------------------------------- unresolved


def test_unresolved_names_the_group():
    """A speaker known only within the input is still unknown to the vocabulary."""
    claims = [
        Claim(source="Blue Hats", subject="civilians", predicate="killed", id="a"),
        Claim(source="the Blue Hats rescue group", subject="civilians", predicate="killed",
              id="b"),
        Claim(source="Harbour Medical Union", subject="civilians", predicate="killed", id="c"),
    ]  # fmt: skip
    found = {u.claim_id: str(u) for u in resolve(claims).unresolved() if u.field == "speaker"}
    assert found == {
        "a": "a: speaker 'Blue Hats' unknown (one speaker within the input with "
        "'the Blue Hats rescue group')",
        "b": "b: speaker 'the Blue Hats rescue group' unknown (one speaker within the input "
        "with 'Blue Hats')",
        "c": "c: speaker 'Harbour Medical Union' unknown",
    }


# --------------------------------------------------------------------------- echoes


def _relays(first: Source | str, second: Source | str) -> cr.ClaimGraph:
    """Two outlets relaying one statement of 12 civilians killed in Kayes."""
    origin = cr.Report(outlet="Blue Hats", title="statement", published="2031-03-04", id="o")

    def relay(outlet: str, source: Source | str, cid: str) -> Claim:
        via = Report(outlet=outlet, published="2031-03-05", relays=origin, id=f"r-{cid}")
        return Claim(source=source, subject="civilians", predicate="killed", value=12,
                     place="Kayes", via=via, id=cid)  # fmt: skip

    return cr.claim_graph([relay("Wire One", first, "a"), relay("Wire Two", second, "b")])


def _reports(first: Source | str, second: Source | str) -> cr.ClaimGraph:
    """Two outlets each reporting 12 civilians killed in Kayes, no relay chain."""

    def report(outlet: str, source: Source | str, cid: str) -> Claim:
        via = Report(outlet=outlet, published="2031-03-05", id=f"r-{cid}")
        return Claim(source=source, subject="civilians", predicate="killed", value=12,
                     place="Kayes", via=via, id=cid)  # fmt: skip

    return cr.claim_graph([report("Wire One", first, "a"), report("Wire Two", second, "b")])


def test_relays_of_one_unknown_speaker_named_two_ways_are_one_echo():
    """Two relays of one unknown NGO's statement, named two ways, are one Echo."""
    for build in (_relays, _reports):
        graph = build(
            Source(name="the Blue Hats rescue group", kind="ngo"),
            Source(name="Green Valley Civil Guard (Blue Hats)", kind="ngo"),
        )
        assert [sorted(c.id for c in echo.claims) for echo in graph.echoes()] == [["a", "b"]]
        assert graph.corroborations() == ()


def test_residents_described_two_ways_are_not_one_echo():
    """Two unnamed residents are two people: no echo between their claims."""
    for first, second in (
        ("a resident of Nara Hills", "Nara Hills resident"),
        (Source(name="Amara Teklu", kind="witness"), Source(name="Teklu Amara", kind="witness")),
    ):
        assert _reports(first, second).echoes() == ()


def test_two_bodies_of_different_kinds_are_not_one_echo():
    """A state and an NGO sharing words are two speakers."""
    graph = _reports(Source(name="Blue Hats", kind="ngo"), Source(name="Blue Hats", kind="state"))
    assert graph.echoes() == ()


def test_the_speakers_own_report_dates_its_statement():
    """A statement published under one of the group's names is dated by that publication."""
    own = Report(outlet="Blue Hats", published="2031-03-04", id="own")
    claims = [
        Claim(source="the Blue Hats rescue group", subject="civilians", predicate="killed",
              value=12, via=own, id="a"),
        Claim(source="Blue Hats", subject="civilians", predicate="killed", value=12, id="b"),
    ]  # fmt: skip
    assert resolve(claims)["a"].stated.id == "2031-03-04"


# --------------------------------------------------------------------------- properties

NAMES = (
    "Blue Hats",
    "the Blue Hats rescue group",
    "Green Valley Civil Guard (Blue Hats)",
    "Ruritanian Water Board",
    "Borduvian Water Board",
    "the Water Board",
    "Harbour Medical Union",
    "Harbor Medical Union",
    "Nara Hills residents",
    "a resident of Nara Hills",
)
SOURCES = st.builds(
    Source,
    name=st.sampled_from(NAMES),
    kind=st.sampled_from(["other", "ngo", "state", "witness"]),
    party=st.sampled_from([None, "Ruritania government", "Borduvia government"]),
)


@given(sources=st.lists(SOURCES, max_size=12), seed=st.integers(0, 1000))
def test_local_identities_are_order_independent(sources, seed):
    """The same sources, in any order, get the same identities."""
    shuffled = list(sources)
    random.Random(seed).shuffle(shuffled)  # noqa: S311 - test order, not secrets
    assert local_speakers(sources) == local_speakers(shuffled)


@given(sources=st.lists(SOURCES, min_size=1, max_size=12))
def test_a_group_holds_one_declared_kind_and_party(sources):
    """However names chain, a group never mixes declared kinds or parties, nor witnesses."""
    found = local_speakers(sources)
    groups: dict[str, set[Source]] = {}
    for source, hit in found.items():
        groups.setdefault(hit.id, set()).add(source)
        assert source.kind is not cr.SourceKind.WITNESS
    for members in groups.values():
        assert len({s.kind for s in members} - {cr.SourceKind.OTHER}) <= 1
        assert len({s.party for s in members} - {None}) <= 1


@settings(deadline=None, max_examples=25)
@given(names=st.lists(st.sampled_from(NAMES), min_size=1, max_size=10), seed=st.integers(0, 99))
def test_graph_echoes_never_join_two_speaker_identities(names, seed):
    """An echo cluster never contains two speakers, local identities included."""
    assert_echoes_of_one_speaker(names, seed)


def assert_echoes_of_one_speaker(names: list[str], seed: int) -> None:
    """One toll relayed by every named source, in a shuffled order: each echo, one speaker."""
    rng = random.Random(seed)  # noqa: S311 - test data, not secrets
    claims = [
        Claim(source=name, subject="civilians", predicate="killed", value=12, place="Kayes",
              via=Report(outlet=f"Wire {k}", published="2031-03-05", id=f"r{k}"), id=f"c{k}")
        for k, name in enumerate(rng.sample(names, len(names)))
    ]  # fmt: skip
    graph = cr.claim_graph(claims)
    res = graph.resolution
    for echo in graph.echoes():
        assert len({res.speaker_key(c) for c in echo.claims}) == 1


# --------------------------------------------------------------------------- scale


def test_many_sources_are_linked_through_word_postings_quickly():
    """Twenty thousand sources: candidates come from shared words, never all pairs."""
    rng = random.Random(7)  # noqa: S311 - test data, not secrets
    words = [f"Word{k}" for k in range(3000)]
    sources = [
        Source(name=" ".join(rng.sample(words, 3)), kind=rng.choice(["ngo", "media", "other"]))
        for _ in range(20_000)
    ]
    sources += [Source(name=f"{s.name} spokesperson", kind=s.kind) for s in sources[:500]]
    start = time.process_time()  # CPU time: a loaded machine must not fail the guard
    found = local_speakers(sources)
    elapsed = time.process_time() - start
    assert elapsed < 20  # all pairs would be 2e8 comparisons
    for source in sources[:500]:
        spokesperson = Source(name=f"{source.name} spokesperson", kind=source.kind)
        assert found[source].id == found[spokesperson].id


# --------------------------------------------------------------------------- oracle


def _all_pairs(sources: list[Source]) -> dict[Source, str]:
    """The same rules over every pair of sources, without word postings (the oracle)."""

    names = [rules._Name(s) for s in sorted(set(sources), key=rules._order)]
    names = [n for n in names if rules._named(n)]
    groups = rules._Groups(names)
    n = len(names)
    pairs = [(i, j) for i in range(n) for j in range(i + 1, n)]
    for i, j in pairs:
        a, b = names[i], names[j]
        if (a.keys & b.keys or a.cores & b.cores) and rules._compatible(a.source, b.source):
            groups.union(i, j)
    equal = [groups.find(k) for k in range(n)]
    later: list[tuple[int, int]] = []
    for k, name in enumerate(names):
        for core in sorted(name.held):  # the cores other names may hold
            containers = [
                m
                for m in range(n)
                if equal[m] != equal[k] and any(set(core) < set(c) for c in names[m].cores)
            ]
            extras: dict[int, frozenset[str]] = {}
            for m in containers:
                extras[equal[m]] = extras.get(equal[m], frozenset()) | rules._extra_proper(
                    names[m], core
                )
            if containers and not rules._rival(list(extras.values())):
                later.extend((k, m) for m in containers)
    for i, j in pairs:
        a = [" ".join(c) for c in names[i].cores]
        b = [" ".join(c) for c in names[j].cores]
        shared = {w for c in names[i].cores for w in c} & {w for c in names[j].cores for w in c}
        near = any(
            min(len(x), len(y)) >= rules._FUZZY_MIN_LEN
            and rules._digits(x) == rules._digits(y)
            and fuzz.ratio(x, y) >= rules._FUZZY_SCORE
            for x in a
            for y in b
        )
        if any(len(w) >= 4 for w in shared) and near:
            later.append((i, j))
    for i, j in sorted(later):
        if rules._compatible(names[i].source, names[j].source):
            groups.union(i, j)
    out: dict[Source, str] = {}
    for k, name in enumerate(names):
        out[name.source] = str(groups.find(k))
    return out


def _partition(found: dict[Source, str]) -> set[frozenset[Source]]:
    """The groups named in several ways (those that get an identity)."""
    groups: dict[str, set[Source]] = {}
    for source, key in found.items():
        groups.setdefault(key, set()).add(source)
    return {frozenset(g) for g in groups.values() if len({normalize(s.name) for s in g}) > 1}


WORDS = ("Blue", "Hats", "Harbour", "Harbor", "Medical", "Union", "Water", "Board", "the")
EXTRA = ("group", "spokesperson", "Ruritanian", "Borduvian", "residents", "a")


@settings(max_examples=60)
@given(
    names=st.lists(
        st.lists(st.sampled_from(WORDS + EXTRA), min_size=1, max_size=4).map(" ".join),
        min_size=1,
        max_size=10,
    ),
    kinds=st.lists(st.sampled_from(["other", "ngo", "state"]), min_size=10, max_size=10),
)
# a name of no declared kind within reach of an NGO's (fuzzy) and a state's (contained)
@example(
    names=["Hats Harbor Medical", "Hats spokesperson Harbour Medical", "Hats Medical"],
    kinds=["other", "ngo", "state", *["other"] * 7],
)
def test_word_postings_find_what_all_pairs_find(names, kinds):
    """Candidates from word postings give the groups that comparing every pair gives."""
    sources = [Source(name=n, kind=k) for n, k in zip(names, kinds, strict=False)]
    fast = {s: h.id for s, h in local_speakers(sources).items()}
    assert _partition(fast) == _partition(_all_pairs(sources))


def test_a_description_alias_inside_longer_names_links_nothing():
    """A sentence-case description (*Medical relief organization*) is no name other names hold.

    It still links a source that is described in those very words.
    """
    society = Source(name="Ruritanian Harbour Medical Society", kind="ngo",
                     aliases=["Medical relief organization"])  # fmt: skip
    union = Source(name="Union of Medical Relief Organizations", kind="ngo")
    same_words = Source(name="Medical relief organization", kind="ngo")
    a, b, c = keys(society, union, same_words)
    assert a != b
    assert a == c


def test_people_of_an_unknown_body_are_one_speaker_and_two_voices():
    """Two named spokespeople of a body no vocabulary knows speak for it, as two people.

    Their names beside a role word make no other body (the body's short name still links
    them), and two of its people make two statements, never one echo.
    """
    names = ("Blue Hats spokesman Omar Teklu", "Blue Hats", "Blue Hats spokeswoman Mary Major",
             "Omar Teklu, director of the Blue Hats")  # fmt: skip
    claims = [
        Claim(source=name, subject="civilians", predicate="killed", value=12, place="Kayes",
              via=Report(outlet=f"Wire {k}", published="2031-03-05", id=f"r{k}"), id=f"c{k}")
        for k, name in enumerate(names)
    ]  # fmt: skip
    res = resolve(claims)
    assert len({res.speaker_key(c) for c in claims}) == 1
    assert [res[c].person for c in claims] == ["omar teklu", None, "major mary", "omar teklu"]
    graph = cr.claim_graph(claims)
    for echo in graph.echoes():
        people = {res[c.id].person for c in echo.claims} - {None}
        assert len(people) <= 1
    # a name beside a role word is a person; a body's adjective is not
    assert rules.person_words(Source(name="Ruritanian Water Board spokesman")) == frozenset()
