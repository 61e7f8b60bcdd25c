"""What a toll counts: its words in more languages, its harm, its parts (made-up claims)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimrec as cr
from claimrec.model import Claim, Report, Source

OBS = Source(name="Rights Monitor", kind="ngo")
OTHER = Source(name="Health Office", kind="state", party="Ruritania")


def claim(cid: str, subject: str, predicate: str, value: object = "42", **kw: object) -> Claim:
    fields: dict[str, object] = {"source": OBS, "place": "Kayes", "when": "2025-07-01"}
    return Claim(id=cid, subject=subject, predicate=predicate, value=value, **{**fields, **kw})


def read(c: Claim) -> tuple[str | None, str | None]:
    rec = cr.resolve([c])[c.id]
    return (
        None if rec.subject is None else rec.subject.id,
        None if rec.predicate is None else rec.predicate.id,
    )


@pytest.mark.parametrize(
    ("subject", "cls"),
    [
        ("migranti", "civilians"),  # Italian
        ("immigrati", "civilians"),
        ("Migranten", "civilians"),  # German
        ("migrantów", "civilians"),  # Polish
        ("clandestins", "civilians"),  # French
        ("المهاجرين", "civilians"),  # Arabic
        ("مهاجرا", "civilians"),
        ("migránsok", "civilians"),  # Hungarian
        ("otros", "people"),  # the rest of the victims
        ("andere", "people"),
        ("آخرين", "people"),
        ("emberek", "people"),  # Hungarian
        ("halottak", "people"),
        ("gyerekek", "children"),
        ("लोग", "people"),  # Hindi
        ("बच्चे", "children"),
        ("الأطفال", "children"),  # Arabic children are children, a part of the civilians
        ("نساء", "women"),
    ],
)
def test_victim_classes_of_more_languages(subject: str, cls: str) -> None:
    assert read(claim("a", subject, "were killed"))[0] == cls


@pytest.mark.parametrize(
    ("predicate", "harm"),
    [
        ("meghaltak", "killed"),
        ("megsebesültek", "wounded"),
        ("megsérült", "wounded"),
        ("मौत हो गई", "killed"),
        ("जख्मी", "wounded"),
    ],
)
def test_harm_verbs_of_more_languages(predicate: str, harm: str) -> None:
    assert read(claim("a", "people", predicate))[1] == harm


@pytest.mark.parametrize(
    ("subject", "predicate"),
    [
        ("feriti", "il bilancio delle vittime sale a"),  # the wounded of a toll of victims
        ("blessés", "le nombre de victimes atteint"),
        ("جرحى", "ارتفعت حصيلة الضحايا إلى"),
        ("wounded", "the number of victims reached"),
    ],
)
def test_a_generic_toll_counts_the_harm_its_subject_names(subject: str, predicate: str) -> None:
    rec = cr.resolve([claim("a", subject, predicate)])["a"]
    assert rec.predicate is not None
    assert (rec.predicate.id, rec.predicate.rule) == ("wounded", "toll")


@pytest.mark.parametrize(
    ("subject", "predicate", "harm"),
    [
        ("feriti", "sono morti", "killed"),  # the wounded who died: the verb names the harm
        ("victims", "the toll of victims rose to", "killed"),  # the subject names no harm
        ("personnes", "le bilan des victimes", "killed"),
    ],
)
def test_a_toll_keeps_its_harm_when_the_subject_names_none_or_the_verb_names_one(
    subject: str, predicate: str, harm: str
) -> None:
    assert read(claim("a", subject, predicate))[1] == harm


@pytest.mark.parametrize(
    ("subject", "predicate"),
    [
        ("people", "the shelling killed"),
        ("civilians", "a drone strike killed"),
        ("villagers", "the bombing killed"),
    ],
)
def test_a_means_with_a_harm_verb_counts_the_harm(subject: str, predicate: str) -> None:
    rec = cr.resolve([claim("a", subject, predicate)])["a"]
    assert rec.predicate is not None
    assert (rec.predicate.id, rec.predicate.rule) == ("killed", "toll")


def test_a_means_without_a_figure_or_people_stays_the_attack() -> None:
    assert read(claim("a", "people", "the shelling killed", None))[1] != "killed"
    assert read(claim("b", "the market", "a drone strike hit"))[1] != "killed"


def test_a_means_harm_aligns_with_the_harm_in_other_words() -> None:
    a = claim("a", "people", "the bombing killed", "at least 31")
    b = claim("b", "civils", "ont été tués", "au moins 31", source=OTHER)
    res = cr.resolve([a, b])
    assert res["a"].predicate is not None
    assert res["b"].predicate is not None
    assert res["a"].predicate.id == res["b"].predicate.id == "killed"


def _report(rid: str = "r1") -> Report:
    return Report(outlet="Daily", id=rid)


@pytest.mark.parametrize(
    ("whole", "part", "subject", "harm"),
    [
        ("were killed", "including", "children", "killed"),
        ("ont été tués", "dont", "enfants", "killed"),
        ("murieron", "entre ellas", "niños", "killed"),
        ("قتلوا", "بينهم", "نساء", "killed"),
        ("meghaltak", "köztük", "gyerekek", "killed"),
        ("were wounded", "among them", "women", "wounded"),
    ],
)
def test_a_part_takes_the_toll_just_given(whole: str, part: str, subject: str, harm: str) -> None:
    r = _report()
    claims = [claim("w", "people", whole, "40", via=r), claim("p", subject, part, "9", via=r)]
    rec = cr.resolve(claims)["p"]
    assert rec.predicate is not None
    assert (rec.predicate.id, rec.predicate.rule) == (harm, "part")
    assert rec.subject is not None
    assert rec.subject.id == cr.resolve([claim("x", subject, whole)])["x"].subject.id


def test_a_part_takes_the_nearest_toll_before_it_when_two_harms_are_given() -> None:
    # the report's order is its claims' ids' (r-1, r-2, r-3), not the collection's
    r = _report()
    claims = [
        claim("r-3", "children", "including", "12", via=r),
        claim("r-1", "people", "were killed", "40", via=r),
        claim("r-2", "people", "were wounded", "90", via=r),
    ]
    rec = cr.resolve(claims)["r-3"]
    assert rec.predicate is not None
    assert rec.predicate.id == "wounded"
    first = claim("r-0", "children", "including", "12", via=r)  # before both: unread
    assert cr.resolve([first, *claims[1:]])["r-0"].predicate is None


def test_a_part_takes_its_speakers_one_toll_wherever_it_stands() -> None:
    r = _report()
    part = claim("a", "children", "including", "12", via=r)
    whole = claim("b", "people", "were killed", "40", via=r)
    for claims in ([part, whole], [whole, part]):
        rec = cr.resolve(claims)["a"]
        assert rec.predicate is not None
        assert rec.predicate.id == "killed"


@pytest.mark.parametrize(
    "whole",
    [
        None,  # no toll
        "other report",
        "other speaker",
    ],
)
def test_a_part_without_its_whole_stays_unread(whole: str | None) -> None:
    r = _report()
    part = claim("p", "children", "including", "12", via=r)
    before = {
        None: [],
        "other report": [claim("w", "people", "were killed", "40", via=_report("r2"))],
        "other speaker": [claim("w", "people", "were killed", "40", via=r, source=OTHER)],
    }[whole]
    rec = cr.resolve([*before, part])["p"]
    assert rec.predicate is None


def test_a_part_of_no_people_or_without_a_figure_stays_unread() -> None:
    r = _report()
    whole = claim("w", "people", "were killed", "40", via=r)
    houses = claim("h", "houses", "including", "12", via=r)
    vague = claim("v", "children", "including", None, via=r)
    res = cr.resolve([whole, houses, vague])
    assert res["h"].predicate is None
    assert res["v"].predicate is None


@settings(max_examples=25, deadline=None)
@given(st.permutations(range(4)))
def test_a_parts_reading_ignores_other_reports_claims_order(order: list[int]) -> None:
    r, s = _report("r1"), _report("r2")
    others = [
        claim("o1", "people", "were wounded", "70", via=s),
        claim("o2", "women", "among them", "5", via=s),
        claim("o3", "soldiers", "were killed", "3", via=_report("r3")),
        claim("o4", "houses", "destroyed", "20", via=s),
    ]
    mixed = [others[k] for k in order]
    claims = [mixed[0], claim("w", "people", "were killed", "40", via=r), *mixed[1:3],
              claim("p", "children", "including", "12", via=r), mixed[3]]  # fmt: skip
    rec = cr.resolve(claims)["p"]
    assert rec.predicate is not None
    assert rec.predicate.id == "killed"


@pytest.mark.parametrize("text", ["not", "no", "مرة", "kind"])
def test_words_whose_keys_are_other_words_name_no_victims(text: str) -> None:
    """*nőt*, *nő* (Hungarian women) key as *not*, *no*; *امرأة* as *مرة* (once): unlisted."""
    assert read(claim("a", text, "were killed"))[0] is None


@settings(max_examples=25, deadline=None)
@given(st.permutations(range(4)))
def test_a_parts_reading_does_not_depend_on_its_reports_claims_order(order: list[int]) -> None:
    # the report's own claims in any order: "before" is their ids' order (the article's),
    # digits compared as numbers (c-2 before c-10)
    r = _report()
    own = [
        claim("c-1", "people", "were killed", "40", via=r),
        claim("c-2", "children", "including", "12", via=r),
        claim("c-9", "people", "were wounded", "70", via=r),
        claim("c-10", "women", "among them", "5", via=r),
    ]
    res = cr.resolve([own[k] for k in order])
    assert res["c-2"].predicate is not None
    assert res["c-2"].predicate.id == "killed"
    assert res["c-10"].predicate is not None
    assert res["c-10"].predicate.id == "wounded"
