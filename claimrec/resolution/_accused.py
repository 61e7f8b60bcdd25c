"""Where a collection accuses each party of acting: the one scene of its accusations (private).

"M23 denies responsibility for the massacre" names no place and no day; its report may
name none either. Yet when every claim of the collection accusing M23 of an act of
violence (an attack, a toll, a blame: *M23 rebels killed 131 civilians in Kishishe on
29 November*) places it at one place (or places nested in one another) on one time,
the massacre the accused denies is that one: an analyst reads the denial so. This module
finds, per party, that one scene (:func:`accused_scenes`), and gives it to a claim naming
the party as the one who did it (or denying its role) that names no place
(:attr:`ClaimResolution.accused_place`, rule ``accused``): evidence that two accounts of
who did it speak of one event, never the claim's place. A party accused at two places
that are not nested, or at two times that do not overlap, has no scene (two events).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import attrs

from claimrec.model import Claim
from claimrec.resolution._geography import LocalPlace, _relate_places
from claimrec.resolution._records import PARTY_KINDS, Account, Denial, Resolved
from claimrec.vocab import Actor, Place, PlaceRelation, Vocabulary

#: Predicate families of an accusation: an act of violence, a toll, a blame.
_ACCUSING = frozenset({"attack", "casualties", "injuries", "responsibility"})

_NESTED = (PlaceRelation.SAME, PlaceRelation.WITHIN, PlaceRelation.CONTAINS)

#: The score of a place read from the accusations of the claim's party.
_SCORE = 0.5

#: The subject class of an event itself ("the massacre", "the attack"), and the broadest
#: class of people: the victims of the accusations a scene is read from.
_INCIDENT, _PEOPLE = "incident", "people"
_CIVILIANS = "civilians"


def harm_to_people(vocab: Vocabulary, subject: str | None) -> bool:
    """Whether a subject is people (civilians, children, soldiers...) or the act itself.

    A scene is read from the accusations of harm to people, or of an act on a named
    kind of site (*the station*): a party accused of killing at one village and of
    striking a bridge elsewhere has one scene of killings; the bridge is another act.
    """
    if subject is None:
        return False
    return subject == _INCIDENT or vocab.subjects.lineage(subject)[-1] == _PEOPLE


def party_of(hit: Resolved | None) -> str | None:
    """Return the party a perpetrator read exactly stands for (its party, else its id)."""
    if hit is None or hit.rule == "fuzzy" or not isinstance(hit.record, Actor):
        return None
    return hit.record.party or hit.record.id


#: Rules of a perpetrator read from inside a claim's words: a known name (``contained``),
#: a party identified within the input (``local``: :mod:`._parties`).
_INSIDE = frozenset({"contained", "local"})


def perpetrator(actor: Resolved | None, actors: Sequence[Resolved]) -> Resolved | None:
    """Return the perpetrator a claim names, read exactly (never by resemblance).

    Its actor; else, when it names one perpetrator, a known name inside its words
    (``actors`` rule ``contained``: *the M23 armed group*), or the party no vocabulary
    knows it names, identified within the input (rule ``local``: *RPLF-loyal forces*).
    """
    if actor is not None and actor.rule != "fuzzy" and isinstance(actor.record, Actor):
        return actor
    inside = actors[0] if len(actors) == 1 and actors[0].rule in _INSIDE else None
    return inside if inside is not None and isinstance(inside.record, Actor) else None


def fighters_dead(vocab: Vocabulary, predicate: Resolved | None, subject: Resolved | None) -> bool:
    """Whether a claim states that its dead were of a class that is no civilians (rule ``status``).

    *The targets were militia members*: resolution's statement of who the dead were
    (``_status``), its class a kind of people that is not civilians.

    >>> from claimrec.model import Claim
    >>> from claimrec.resolution import resolve
    >>> claims = [
    ...     Claim(source="JNIM", subject="the targets", predicate="were",
    ...           value="militia members", id="a"),
    ...     Claim(source="JNIM", subject="the dead", predicate="were",
    ...           value="women and children", id="b"),
    ... ]
    >>> res = resolve(claims)
    >>> [fighters_dead(res.vocabulary, res[c].predicate, res[c].subject) for c in "ab"]
    [True, False]
    """
    if predicate is None or predicate.rule != "status" or subject is None:
        return False
    subjects = vocab.subjects
    return subject.id in subjects and not subjects.is_a(subject.id, _CIVILIANS)


def accused_side(
    claim: Claim,
    actor: Resolved | None,
    denies: Denial | None,
    speaker: Resolved | None,
    actors: Sequence[Resolved] = (),
    *,
    fighters_dead: bool = False,
    account: Account | None = None,
) -> str | None:
    """Return the party a claim names as the one who did it, or whose role it denies.

    An asserted claim: its perpetrator read exactly (:func:`perpetrator`). A denial: the
    perpetrator it denies (the actor, else the speaker's side), else, for a denial of an
    act naming no actor ("we did not target civilians"), the speaker's side when it
    stands for a party. A party's statement that the dead were fighters
    (``fighters_dead``: *the targets were militia members*, rule ``status``, naming no
    actor): the speaker's side, whose account of its own kills it is. A party's account
    of how the victims died that blames no one (``account``: *killed by stray bullets*,
    *an accidental explosion*), naming no actor: the speaker's side, the accused answering.
    """
    if fighters_dead and not claim.denied and actor is None and _party_speaker(speaker):
        return party_of(speaker)
    if (
        account is not None
        and not account.named
        and not claim.denied
        and actor is None
        and _party_speaker(speaker)
    ):
        return party_of(speaker)
    if not claim.denied and denies is None:
        return party_of(perpetrator(actor, actors))
    if denies is None:
        return None
    if denies.target == "perpetrator":
        return party_of(denies.perpetrator)
    if (
        denies.target == "event"
        and denies.rule == "act"
        and not denies.means
        and actor is None
        and _party_speaker(speaker)
    ):
        return party_of(speaker)
    return None


#: Rules of a part of a list of perpetrators read exactly (never by resemblance, nor a
#: part naming no one in particular).
LISTED_EXACTLY = frozenset({"exact", "scoped", "contained", "demonym", "organ", "local"})


def listed_parties(claim: Claim, denies: Denial | None, actors: Sequence[Resolved]) -> set[str]:
    """Return the parties of an asserted claim's list of perpetrators, read exactly.

    *Government forces and an ethnic militia killed them*: a claim naming two or more
    perpetrators names each party of its list as one who did it; a denial of one of them
    answers it (``relation._disputes._listed``).

    >>> from claimrec.model import Claim
    >>> from claimrec.resolution import resolve
    >>> claim = Claim(source="HRW", subject="civilians", predicate="killed",
    ...               actor="JNIM and FAMa", id="c")
    >>> sorted(listed_parties(claim, None, resolve([claim])["c"].actors))
    ['JNIM', 'Mali government']
    """
    if claim.denied or denies is not None or len(actors) < 2:
        return set()
    return {
        party
        for hit in actors
        if hit.rule in LISTED_EXACTLY and (party := party_of(hit)) is not None
    }


def listed_scene(parties: set[str], scenes: dict[str, Resolved]) -> Resolved | None:
    """Return the one scene of a list's parties (those that have one), or None.

    Two parties of the list accused at two scenes: the list may speak of either.

    >>> from claimrec.resolution import Resolved
    >>> here = Resolved(id="x", name="X", text="X", score=0.5, rule="accused")
    >>> there = Resolved(id="y", name="Y", text="Y", score=0.5, rule="accused")
    >>> listed_scene({"a", "b"}, {"a": here}).id
    'x'
    >>> listed_scene({"a", "b"}, {"a": here, "b": there}) is None
    True
    """
    found = {scenes[p].id: scenes[p] for p in sorted(parties) if p in scenes}
    return next(iter(found.values())) if len(found) == 1 else None


def _party_speaker(speaker: Resolved | None) -> bool:
    """Whether a speaker stands for a party (a state, an armed group, or one of theirs)."""
    record = None if speaker is None else speaker.record
    return isinstance(record, Actor) and (record.kind in PARTY_KINDS or record.party != record.id)


def accused_scenes(
    claims: Sequence[Claim],
    vocab: Vocabulary,
    *,
    actor: Callable[[int], Resolved | None],
    family: Callable[[int], str | None],
    subject: Callable[[int], str | None],
    place: Callable[[int], Resolved | None],
    sites: Callable[[int], frozenset[str]],
) -> dict[str, Resolved]:
    """Return, per party, the one place the accusations of it name, when they name one scene.

    An accusation is an asserted claim (not a denial, ``claim.denied``) of a predicate of
    an act of violence, a toll or a blame (``family``) whose perpetrator is read exactly
    (``actor``: :func:`perpetrator`), on people or the act itself (``subject``:
    :func:`harm_to_people`) or on a named kind of site (``sites``: *the station*). Its
    place is ``place(i)``. A party has a scene when at least one of its
    accusations is placed, all the places are nested in one another (the finest is the
    scene), all the accusations' event times overlap, and they name no two kinds of
    site (``sites``: *a school* and *the hospital* are two acts).

    Examples
    --------
    >>> from claimrec.model import Claim
    >>> from claimrec.resolution import resolve
    >>> claims = [
    ...     Claim(source="UN", subject="civilians", predicate="killed", value=12,
    ...           actor="JNIM", place="Djibo", id="a"),
    ...     Claim(source="JNIM", subject="the massacre", predicate="responsible for",
    ...           polarity="denied", id="b"),
    ... ]
    >>> res = resolve(claims)
    >>> res["b"].accused_place.id, res["b"].accused_place.rule
    ('bf.djibo', 'accused')
    """
    places: dict[str, dict[str, Resolved]] = {}
    times: dict[str, list[object]] = {}
    broken: set[str] = set()
    named: dict[str, frozenset[str]] = {}
    for i, claim in enumerate(claims):
        if claim.denied or family(i) not in _ACCUSING:
            continue
        kinds = sites(i)
        if not (kinds or harm_to_people(vocab, subject(i))):
            continue  # a bridge, a depot: another kind of act (the scene's is harm)
        party = party_of(actor(i))
        if party is None:
            continue
        if kinds and named.setdefault(party, kinds).isdisjoint(kinds):
            broken.add(party)  # a school and the hospital: two acts
        hit = place(i)
        # a place identified within the input that no known place holds cannot be set
        # beside the others (nested or not): no evidence, as before it had an identity
        if hit is not None and isinstance(hit.record, Place) and not _adrift(hit.record):
            # one hit a place, whatever the claims' order: the best read, then the first text
            # (*Kayes* and *near Kayes* both read as Kayes)
            seen_at = places.setdefault(party, {})
            kept = seen_at.get(hit.record.id)
            if kept is None or (-hit.score, hit.text) < (-kept.score, kept.text):
                seen_at[hit.record.id] = hit
        if claim.when is not None:
            seen = times.setdefault(party, [])
            if any(not claim.when.overlaps(other) for other in seen):  # type: ignore[arg-type]
                broken.add(party)
            seen.append(claim.when)
    out: dict[str, Resolved] = {}
    for party, found in places.items():
        if party in broken:
            continue
        scene = _finest(list(found.values()), vocab)
        if scene is not None:
            out[party] = attrs.evolve(scene, rule="accused", score=min(scene.score, _SCORE))
    return out


def _adrift(place: Place) -> bool:
    """Whether a place is one identified within the input that no known place holds."""
    return isinstance(place, LocalPlace) and place.within is None


def _finest(hits: list[Resolved], vocab: Vocabulary) -> Resolved | None:
    """Return the finest of places nested in one another, or None when two are not nested."""
    finest = hits[0]
    for hit in hits[1:]:
        first, second = finest.record, hit.record
        assert isinstance(first, Place)
        assert isinstance(second, Place)
        where = _relate_places(vocab, second, first)
        if where not in _NESTED:
            return None
        if where is PlaceRelation.WITHIN:
            finest = hit
    # every place must hold the finest (a chain, not two places inside one area)
    for hit in hits:
        inner, outer = finest.record, hit.record
        assert isinstance(inner, Place)
        assert isinstance(outer, Place)
        if _relate_places(vocab, inner, outer) not in (PlaceRelation.SAME, PlaceRelation.WITHIN):
            return None
    return finest
