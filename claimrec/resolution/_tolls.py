"""Toll frames: a predicate that frames a count of the dead (:func:`toll_frames`).

Relays carry one death toll in many frames. "The clashes claimed 131 lives", "le bilan
est passé à 272", "the toll rose to 40", "accused the M23 of killing 272", "deaths blamed
on stray bullets": the item is the count of the dead in each, yet the predicate's words
name clashes, a toll, or a blame, so alignment would keep these relays apart from "131
killed". A claim is read as a **toll** (rule ``toll``: its predicate becomes the casualties
or injuries predicate it counts) when it gives a figure, is not denied, its predicate is
not already one of a toll, and

- the predicate holds a noun of a toll (*toll*, *bilan*, *balance*, *Bilanz*, *bilancio*,
  ``toll_frames.json``) and the subject names people (*personnes*, *civilians*) or the
  dead themselves (*Todesopfer*, *blessés*: the toll counts what the subject names);
- or a noun of lives (*lives*, *vies*, *vidas*, *Leben*) in the predicate or the subject
  and a verb that takes them (*claimed*, *cost*, *coûté*, *cobró*, *forderte*): "the clashes
  claimed" 131 "lives" counts the dead;
- or the predicate is a blame or a claim of responsibility (the ``responsibility``
  family) whose own words name the killing ("ha acusado al M23 *de matar*", "*deaths*
  blamed on stray bullets", "claimed to have *killed*"), read exactly (not by spelling),
  and the subject names people or the dead: the claim counts the dead, its actor (if
  any) is who it says killed them. A blame without a figure stays a blame.

>>> import claimrec as cr
>>> claims = [
...     cr.Claim(source="UN", subject="lives", predicate="the fighting claimed",
...              value=57, id="a"),
...     cr.Claim(source="Governor", subject="people", predicate="the toll rose to",
...              value=12, id="b"),
...     cr.Claim(source="Ministry", subject="people", predicate="accused the rebels of killing",
...              value=30, id="c"),
...     cr.Claim(source="Ministry", subject="the rebels", predicate="blamed for", id="d"),
... ]
>>> res = cr.resolve(claims)
>>> [(res[k].predicate.id, res[k].predicate.rule) for k in "abc"]
[('killed', 'toll'), ('killed', 'toll'), ('killed', 'toll')]
>>> res["d"].predicate.id
'blamed'
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Iterable, Sequence
from importlib.resources import files
from typing import TYPE_CHECKING

from claimrec._text import normalize
from claimrec.model import Claim
from claimrec.quantity import Quantity
from claimrec.resolution._records import Resolved
from claimrec.vocab import Predicate, ValueType

if TYPE_CHECKING:
    from claimrec.resolution._resolver import _Resolver

_SCORE = 0.8
_PEOPLE = "people"
_KILLED = "killed"
_TOLL_FAMILIES = frozenset({"casualties", "injuries"})
_BLAME_FAMILY = "responsibility"
_ATTACK_FAMILY = "attack"
# read by their words, not by their spelling: a blame's own words must name the act
_EXACT_RULES = frozenset({"exact", "inflected", "stem", "separable"})
_LONGEST = 3  # words of the longest phrase of the act looked for inside a blame


class _Words:
    """The words of ``toll_frames.json``, compiled once."""

    def __init__(self, data: dict[str, dict[str, list[str]]]) -> None:
        self.tolls = _phrases(data["tolls"]["words"])
        self.lives = _phrases(data["lives"]["words"])
        self.taking = _phrases(data["taking"]["words"])
        self.victims = _phrases(data["victims"]["words"])
        self.parts = frozenset(normalize(w) for w in data["parts"]["words"])
        self.men = frozenset(normalize(w) for w in data["men"]["words"])
        self.subsets = _phrases(data["subsets"]["words"])


def _phrases(words: Iterable[str]) -> re.Pattern[str]:
    keys = sorted({k for w in words if (k := normalize(w))}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(k) for k in keys) + r")\b")


@functools.cache
def _words() -> _Words:
    text = (files("claimrec") / "data" / "toll_frames.json").read_text(encoding="utf-8")
    return _Words(json.loads(text))


def _toll_record(record: object) -> bool:
    return (
        isinstance(record, Predicate)
        and record.family in _TOLL_FAMILIES
        and record.value_type is ValueType.QUANTITY
    )


def _counted(subject: str, subj: Resolved | None, resolver: _Resolver) -> Predicate | None:
    """Return what a toll of ``subject`` counts: the dead, or what the subject names."""
    named = resolver.predicate(subject) if subject else None
    if named is not None and _toll_record(named.record):
        assert isinstance(named.record, Predicate)
        return named.record  # "Todesopfer", "blessés": the subject names the count
    subjects, preds = resolver.vocab.subjects, resolver.vocab.predicates
    if subj is None or subj.id not in subjects or _PEOPLE not in subjects:
        return None
    if not subjects.is_a(subj.id, _PEOPLE) or _KILLED not in preds:
        return None
    return preds.get(_KILLED)


def _act_in_blame(text: str, resolver: _Resolver) -> Predicate | None:
    """Return the toll predicate a blame's own words name ("accused X of *killing*")."""
    words = normalize(text).split()
    for size in range(_LONGEST, 0, -1):
        for start in range(len(words) - size + 1):
            hit = resolver.predicate(" ".join(words[start : start + size]))
            if hit is not None and hit.rule in _EXACT_RULES and _toll_record(hit.record):
                assert isinstance(hit.record, Predicate)
                return hit.record
    return None


def _frame(
    claim: Claim, pred: Resolved | None, subj: Resolved | None, resolver: _Resolver
) -> Predicate | None:
    """Return the toll predicate ``claim``'s frame counts, or None (see the module)."""
    words = _words()
    verb, noun = normalize(claim.predicate), normalize(claim.subject)
    if words.lives.search(f"{verb} {noun}") and words.taking.search(verb):
        return _frame_lives(resolver)
    counted = _counted(claim.subject, subj, resolver)
    if counted is None:
        return None
    if words.tolls.search(verb):
        return counted
    record = pred.record if pred is not None else None
    if isinstance(record, Predicate) and record.family == _ATTACK_FAMILY:
        # "air strikes killed" 58 people: the harm its own words name, not the attack
        return _act_in_blame(claim.predicate, resolver)
    if isinstance(record, Predicate) and record.family == _BLAME_FAMILY:
        act = _act_in_blame(claim.predicate, resolver)
        named = resolver.predicate(claim.subject) if noun else None
        if act is None and named is not None and named.record is counted:
            act = counted  # the subject names the count: "deaths" blamed on X
        return act
    return None


def _harm_of_subject(claim: Claim, pred: Resolved, resolver: _Resolver) -> Predicate | None:
    """Return the harm a toll's subject names when its predicate is a generic toll, or None.

    "il bilancio delle vittime" of "feriti", "عدد ضحايا" of "مصاب": the predicate's words
    of harm are only a toll's or the victims' nouns (``toll_frames.json``), which count
    whatever harm the subject names: the wounded, not the dead.
    """
    named = resolver.predicate(claim.subject) if claim.subject else None
    if named is None or not _toll_record(named.record) or named.record is pred.record:
        return None
    words = _words()
    verb = normalize(claim.predicate)
    if not (words.tolls.search(verb) or words.victims.search(verb)):
        return None
    rest = words.victims.sub(" ", words.tolls.sub(" ", verb))
    if _act_in_blame(rest, resolver) is not None:
        return None  # the predicate names a harm of its own ("victims died")
    assert isinstance(named.record, Predicate)
    return named.record


def _frame_lives(resolver: _Resolver) -> Predicate | None:
    preds = resolver.vocab.predicates
    return preds.get(_KILLED) if _KILLED in preds else None


def toll_frames(
    claims: Iterable[tuple[int, Claim, Resolved | None, Resolved | None]], resolver: _Resolver
) -> dict[int, Resolved]:
    """Per claim whose predicate frames a toll: the toll predicate (rule ``toll``).

    ``claims`` are (index, claim, predicate read so far, subject read so far); each
    distinct (predicate, subject, readings) is read once. See the module docstring.
    """
    seen: dict[tuple[str, str, str | None, str | None], Predicate | None] = {}
    out: dict[int, Resolved] = {}
    for i, claim, pred, subj in claims:
        if claim.denied or not isinstance(claim.value, Quantity):
            continue
        if pred is not None and _toll_record(pred.record):
            harm = _harm_of_subject(claim, pred, resolver)
            if harm is not None:
                out[i] = Resolved(
                    id=harm.id, name=harm.id, text=claim.predicate, score=_SCORE, rule="toll",
                    record=harm,
                )  # fmt: skip
            continue
        key = (
            claim.predicate,
            claim.subject,
            None if pred is None else pred.id,
            None if subj is None else subj.id,
        )
        if key not in seen:
            seen[key] = _frame(claim, pred, subj, resolver)
        found = seen[key]
        if found is not None:
            out[i] = Resolved(
                id=found.id, name=found.id, text=claim.predicate, score=_SCORE, rule="toll",
                record=found,
            )  # fmt: skip
    return out


def toll_parts(
    claims: Sequence[Claim], predicate: Callable[[int], Resolved | None], resolver: _Resolver
) -> dict[int, Resolved]:
    """Per claim that counts a part of the toll just given: that toll's predicate (rule ``part``).

    "including" 11 "children", "dont" 20 "enfants", "بينهم" 20 "طفلا", "köztük" 9
    "gyerek": the predicate only says that the subject is among the victims of the toll
    its speaker gave just before, in the same report (``toll_frames.json``, ``parts``).
    Such a claim, with a figure and a subject the vocabulary knows as people, reads as the
    whole's predicate (*killed*, *wounded*), its subject the part: so it aligns with
    "children" "were among the dead". The whole is the toll its speaker gives in that report
    (a claim with a figure and a toll predicate); when the speaker gives tolls of two harms
    there (*58 killed*, *300 wounded*), the nearest one before the part, in the order of the
    claims' ids (digits compared as numbers: *aff-2* before *aff-10*; a report's ids follow
    the article), and with none before it the claim stays unread. The order in which the
    collection lists the claims plays no part.

    >>> import claimrec as cr
    >>> report = cr.Report(outlet="Daily", id="r1")
    >>> claims = [
    ...     cr.Claim(source="Observatory", subject="people", predicate="were killed",
    ...              value=58, via=report, id="a"),
    ...     cr.Claim(source="Observatory", subject="children", predicate="including",
    ...              value=11, via=report, id="b"),
    ... ]
    >>> res = cr.resolve(claims)
    >>> res["b"].predicate.id, res["b"].predicate.rule
    ('killed', 'part')
    """
    parts = _words().parts
    subjects = resolver.vocab.subjects
    out: dict[int, Resolved] = {}
    groups = _figures_by_speaker(claims)
    read = {i: predicate(i) for members in groups.values() for i in members}
    given: dict[tuple[str, str], dict[str, Predicate]] = {}  # the tolls each speaker gives
    for key, members in groups.items():
        for i in members:
            found = read[i]
            if found is not None and _toll_record(found.record):
                assert isinstance(found.record, Predicate)
                given.setdefault(key, {})[found.record.id] = found.record
    whole: dict[tuple[str, str], Predicate] = {}  # (report, speaker) -> last toll before
    ordered = (
        (key, i)
        for key, members in groups.items()
        for i in sorted(members, key=lambda i: _natural(claims[i].id))
    )
    for key, i in ordered:
        claim = claims[i]
        found = read[i]
        if found is not None and _toll_record(found.record):
            assert isinstance(found.record, Predicate)
            whole[key] = found.record
            continue
        if found is not None or normalize(claim.predicate) not in parts or key not in given:
            continue
        one = list(given[key].values())
        # one toll given: the part is of it, wherever it stands; two harms: the one before
        record = one[0] if len(one) == 1 else whole.get(key)
        if record is None:
            continue
        subj = resolver.subject(claim.subject) if claim.subject else None
        if subj is None or subj.id not in subjects or _PEOPLE not in subjects:
            continue
        if not subjects.is_a(subj.id, _PEOPLE) and subj.id != _PEOPLE:
            continue
        out[i] = Resolved(
            id=record.id, name=record.id, text=claim.predicate, score=_SCORE, rule="part",
            record=record,
        )  # fmt: skip
    return out


def _figures_by_speaker(claims: Sequence[Claim]) -> dict[tuple[str, str], list[int]]:
    """Return each (report, speaker)'s asserted claims with a figure, by index, in order."""
    groups: dict[tuple[str, str], list[int]] = {}
    for i, claim in enumerate(claims):
        if claim.via is None or not isinstance(claim.value, Quantity) or claim.denied:
            continue
        groups.setdefault((claim.via.id, claim.source.name), []).append(i)
    return groups


def toll_subsets(
    claims: Sequence[Claim], predicate: Callable[[int], Resolved | None]
) -> dict[int, Resolved]:
    """Per claim whose figure counts a part of a toll its words name: the toll (rule ``subset``).

    "16 civilians killed *directly* by the strike", "85 *already buried*", "18 *names*",
    "30 *still in hospital*", "100 *are from* Pazigyi village, the rest from nearby
    villages": the predicate's own words restrict the figure to a part of the dead or
    wounded (a manner or cause, a state, a place, a list: ``toll_frames.json``,
    ``subsets``). Such a claim keeps its toll predicate (it still aligns with the toll)
    under the rule ``subset``: relation reads its figure as a part bounding the whole toll
    from below, never disputing it (``relation/_figures.py``). A denied claim, or one with
    no figure or no toll predicate, is left as it is.

    >>> import claimrec as cr
    >>> claims = [
    ...     cr.Claim(source="UN", subject="civilians", predicate="killed directly by the strike",
    ...              value=16, id="a"),
    ...     cr.Claim(source="UN", subject="people", predicate="killed", value=22, id="b"),
    ... ]
    >>> res = cr.resolve(claims)
    >>> [(res[k].predicate.id, res[k].predicate.rule) for k in "ab"]
    [('killed', 'subset'), ('killed', 'exact')]
    """
    words = _words().subsets
    restricts: dict[str, bool] = {}  # each distinct predicate's words read once
    out: dict[int, Resolved] = {}
    for i, claim in enumerate(claims):
        if claim.denied or not isinstance(claim.value, Quantity):
            continue
        found = predicate(i)
        if found is None or not _toll_record(found.record):
            continue
        text = claim.predicate
        if text not in restricts:
            restricts[text] = words.search(normalize(text)) is not None
        if not restricts[text]:
            continue
        out[i] = Resolved(
            id=found.id, name=found.name, text=found.text, score=found.score, rule="subset",
            record=found.record,
        )  # fmt: skip
    return out


_MALES = "males"
_PARTS_OF_A_BREAKDOWN = ("women", "children")


def toll_breakdown(
    claims: Sequence[Claim], subject: Callable[[int], Resolved | None], resolver: _Resolver
) -> dict[int, Resolved]:
    """Per claim counting the men of a toll broken down by sex or age: *males* (rule ``breakdown``).

    "83" "men", "28" "women", "45" "children" killed: when a speaker gives, in one report, a
    figure of men (``toll_frames.json``, ``men``) beside a figure of women or children, its
    men are a part of the dead, as its women and children are, not the whole toll. Elsewhere
    "men" reads as people ("an estimated 300 men were killed", "the army lost 20 men"). The
    order in which the collection lists the claims plays no part.

    >>> import claimrec as cr
    >>> report = cr.Report(outlet="Rights group", id="r1")
    >>> claims = [
    ...     cr.Claim(source="HRW", subject="men", predicate="killed", value=83, via=report,
    ...              id="a"),
    ...     cr.Claim(source="HRW", subject="women", predicate="killed", value=28, via=report,
    ...              id="b"),
    ...     cr.Claim(source="Army", subject="men", predicate="lost", value=20, id="c"),
    ... ]
    >>> res = cr.resolve(claims)
    >>> res["a"].subject.id, res["a"].subject.rule, res["c"].subject.id
    ('males', 'breakdown', 'people')
    """
    subjects = resolver.vocab.subjects
    if any(c not in subjects for c in (_MALES, *_PARTS_OF_A_BREAKDOWN)):
        return {}  # a vocabulary without these classes reads no breakdown
    males = subjects.get(_MALES)
    men = _words().men
    out: dict[int, Resolved] = {}
    for members in _figures_by_speaker(claims).values():
        of_men = [i for i in members if normalize(claims[i].subject) in men]
        if not of_men:
            continue
        read = (s.id for i in members if (s := subject(i)) is not None and s.id in subjects)
        if not any(subjects.is_a(s, part) for s in read for part in _PARTS_OF_A_BREAKDOWN):
            continue
        for i in of_men:
            out[i] = Resolved(
                id=males.id, name=males.name, text=claims[i].subject, score=_SCORE,
                rule="breakdown", record=males,
            )  # fmt: skip
    return out


def _natural(cid: object) -> tuple[tuple[int, int | str], ...]:
    """Return a claim id's sort key, its digits compared as numbers (*aff-2* before *aff-10*)."""
    return tuple(
        (0, int(part)) if part.isdigit() else (1, part) for part in _DIGITS.split(str(cid)) if part
    )


_DIGITS = re.compile(r"(\d+)")
