"""Who the dead were: a dispute over the victims' class, with figures or without.

One killing, two accounts of who died. Mali's army says it "neutralised 203 terrorists"
at Moura; Human Rights Watch says the army and its Russian auxiliaries executed about 300
civilian men. The figures differ and so do the victims' classes, so neither the figure
rule nor the one-count victim rule of the judge (``"12 civilians"`` against ``"12
militants"``) sees a dispute, and alignment keeps the two apart on their subjects. An
analyst reads one dispute: the perpetrator says its dead were fighters, another speaker
says the same perpetrator killed civilians.

A **victim dispute** (:func:`victim_dispute`) is two claims of one event:

- the **combatant reading**: the dead were fighters (a kind of people that excludes
  civilians: militants, soldiers...), asserted by the perpetrator's own side. The
  perpetrator is the claim's stated actor when it is of the speaker's party, else the
  speaker itself when the dead are its enemies (a state's speaker and militants, an armed
  group and soldiers): "FAMa: 203 terrorists neutralised" is FAMa's account of whom FAMa
  killed. Its denial that civilians were killed is the same reading ("no civilian lost
  their life during the operation");
- the **civilian reading**: civilians (or a kind of them) were killed, asserted by
  another speaker, naming that same perpetrator (its party). A toll of *people*, not
  said to be civilians, killed by that perpetrator disputes the combatant reading only
  with a higher figure than the perpetrator's own: it says the perpetrator killed more
  than the fighters it counts ("about 300 men killed by the army" against "203
  terrorists").

The perpetrator's **act on a military target** (:func:`target_reading`: "the RSF says it
attacked three army camps"), told by a side that denies harming civilians, stands for its
combatant reading against a toll (a figure) of civilians or people naming it: who was hit
is disputed, whatever the figures.

It is never a dispute (both can hold):

- when the civilian reading names no perpetrator, or another party: in one attack the
  army kills assailants while the assailants kill villagers ("30 assailants
  neutralised", "20 civilians killed"). A party's *statement* that the dead were
  fighters ("the targets were militia members": all the event's dead, rule ``status``)
  does meet a toll of the event's civilians naming no one: both speak of the same dead;
- when the dead are the speaker's own side ("the army lost 12 soldiers"), or a third
  party speaks of fighters killed (no perpetrator's own account);
- when one speaker's party gives both, or when the civilian reading comes from the
  perpetrator's own party;
- a part of the whole: one claim's time or place inside the other's, with a figure
  that fits within it ("20 civilians killed on 27 March", "203 terrorists from 23 to
  31 March");
- when nothing places the two in one event (a shared place, overlapping times, one
  report chain or label) and at one time (event times, a report chain, statement or
  report dates a few days apart), or when their stated times do not overlap. The one
  scene of the perpetrator's accusations places an unplaced claim (resolution's
  ``accused_place``: a toll naming it, or its own statement that its dead were
  fighters) at one event and time with a claim at that scene or inside it
  (:func:`_one_scene`);
- when the perpetrator's toll of fighters stands beside its speaker's own toll of
  civilians in the same report (resolution's ``with_civilians``): who else died;
- when the perpetrator states who *some* of the dead were ("some of the dead were
  fighters", subject rule ``status-some``) and the other is no statement of who all of
  them were ("the dead were civilians", or a denial that they were fighters, which is a
  civilian reading naming no perpetrator).

The perpetrator of the civilian reading may be read by resemblance (resolution's
``fuzzy`` rule: "Mali's army and foreign soldiers suspected to be Russian" as FAMa): it
only has to be the perpetrator's party, which a wrong reading rarely is.

Examples
--------
>>> import claimrec as cr
>>> army = cr.Source(name="FAMa", kind="state", party="Mali government")
>>> said = dict(place="Moura", when="2022-03-23/2022-03-31")
>>> fighters = cr.Claim(source=army, subject="terrorists", predicate="neutralised",
...                     value=203, id="army", **said)
>>> civilians = cr.Claim(source="HRW", subject="civilians", predicate="killed",
...                      value="about 300", actor="FAMa", id="hrw", **said)
>>> r = cr.relate(fighters, civilians)
>>> r.kind.value, [x.kind.value for x in r.reasons]
('contradicts', ['victim'])
>>> assailants = cr.Claim(source="HRW", subject="civilians", predicate="killed",
...                       value="about 300", actor="JNIM", id="jnim", **said)
>>> cr.relate(fighters, assailants).kind.value  # another perpetrator: both can hold
'unrelated'
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import math
import weakref
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from importlib.resources import files

import attrs

from claimrec._text import normalize
from claimrec.model import Claim, Source, SourceKind
from claimrec.quantity import Quantity
from claimrec.relation._accused import _meet
from claimrec.relation._fields import (
    _hedge_reasons,
    _one_article,
    _one_event,
    _one_time,
    _Outcome,
    _Pair,
    _part_fits,
    _places,
    _q,
    _reason,
    _times,
)
from claimrec.relation._kinds import ReasonKind, Relation, Relationship, _judged, _sorted_reasons
from claimrec.relation._lookup import _Lookup
from claimrec.resolution import ClaimResolution, Resolved
from claimrec.resolution._geography import _relate_places
from claimrec.resolution._status import SOME, STATUS
from claimrec.vocab import Actor, Place, PlaceKind, PlaceRelation, Vocabulary


#: The kinds of people a speaker of each kind fights: their dead, in the speaker's own
#: words, are the speaker's kills (a state's "terrorists", an armed group's "soldiers").
#: A class counts when it or a broader class is listed.
#: Read from ``claimrec/data/enemies.json``.
def _enemies(key: str = "enemies") -> dict[SourceKind, frozenset[str]]:
    data = json.loads((files("claimrec") / "data" / "enemies.json").read_text(encoding="utf-8"))
    found = {SourceKind(kind): frozenset(ids) for kind, ids in data["enemies"].items()}
    if key != "enemies":  # a statement of who the dead were: the enemies and these too
        for kind, ids in data[key].items():
            if kind != "note":
                found[SourceKind(kind)] = found.get(SourceKind(kind), frozenset()) | set(ids)
    return found


ENEMIES: dict[SourceKind, frozenset[str]] = _enemies()

#: The kinds of people a party's *statement of who the dead were* names as its enemies:
#: :data:`ENEMIES`, and for an armed group the fighters of rival groups ("the other victims
#: were members of the rebel groups who had attacked them"). Read from ``enemies.json``.
STATEMENT_ENEMIES: dict[SourceKind, frozenset[str]] = _enemies("statements")


def _targets() -> tuple[frozenset[str], dict[str, str]]:
    """Return the acts that strike a target and the places that house a kind of people."""
    data = json.loads((files("claimrec") / "data" / "enemies.json").read_text(encoding="utf-8"))
    targets = data["targets"]
    return frozenset(targets["acts"]), dict(targets["sites"])


#: The acts that strike a target (predicate ids: attacked, an air strike, shelling...) and
#: the kinds of places that house a kind of people (military sites: soldiers), for a
#: party's own act on a military target (:func:`target_reading`). From ``enemies.json``.
TARGET_ACTS, TARGET_SITES = _targets()

_DAY = dt.timedelta(days=1)
_CIVILIANS = "civilians"
_PEOPLE = "people"
_DEATHS = "casualties"  # the predicate family of deaths (killed, the dead, losses)
_BODIES = "bodies"  # a count of bodies names no class of victims


def _party(hit: Resolved | None) -> str | None:
    record = None if hit is None else hit.record
    return record.party if isinstance(record, Actor) else None


def _lineage(rec: ClaimResolution, lookup: _Lookup) -> tuple[str, ...]:
    subject = rec.subject
    if subject is None or subject.id not in lookup.vocabulary.subjects:
        return ()
    return tuple(lookup.vocabulary.subjects.lineage(subject.id))


def _deaths(rec: ClaimResolution, lookup: _Lookup) -> bool:
    """Whether the claim's predicate counts the dead (killed, the dead, losses)."""
    predicate = rec.predicate
    if predicate is None:
        return False
    vocab = lookup.vocabulary
    known = _DEATHS_OF.get(vocab)
    if known is None:
        known = _DEATHS_OF[vocab] = {}
    found = known.get(predicate.id)
    if found is None:
        predicates = vocab.predicates
        found = known[predicate.id] = (
            predicate.id != _BODIES
            and predicate.id in predicates
            and predicates.get(predicate.id).family == _DEATHS
        )
    return found


_DEATHS_OF: weakref.WeakKeyDictionary[Vocabulary, dict[str, bool]] = (
    weakref.WeakKeyDictionary()
)


def _speaker(rec: ClaimResolution) -> Actor | None:
    record = None if rec.speaker is None else rec.speaker.record
    return record if isinstance(record, Actor) else None


def _local_side(rec: ClaimResolution) -> tuple[bool, str | None]:
    """Return whether the side of a speaker identified within the input is known, and its party.

    A speaker resolution identifies within the input (rule ``local``: "Madani Resistance
    Committee", "resistance committees of Wad Madani" as one) stands for the sources it
    groups; their one party (None: no party to the fighting) is its side. Two parties among
    them: not known.
    """
    speaker = rec.speaker
    record = None if speaker is None else speaker.record
    if not isinstance(record, tuple) or not record:
        return False, None
    if not all(isinstance(source, Source) for source in record):
        return False, None
    parties = {source.party for source in record}
    if len(parties) != 1:
        return False, None
    return True, parties.pop()


def combatant_reading(
    claim: Claim, rec: ClaimResolution, lookup: _Lookup, *, unnamed: bool = False
) -> str | None:
    """Return the perpetrator's party when the claim is its own account that it killed fighters.

    Asserted deaths of a kind of people that excludes civilians, spoken by an armed party:
    its stated actor of the speaker's party, else the speaker when the dead are its
    enemies (:data:`ENEMIES`). Also a denial by an armed party that civilians were
    killed, naming no other actor. With ``unnamed``, a stated actor that names no party
    at all ("a pair of Mirage 2000 fighter jets": resolution reads no party in it) is no
    other actor either. None otherwise.
    """
    if not _deaths(rec, lookup):
        return None
    speaker = _speaker(rec)
    if speaker is None or speaker.party is None or speaker.kind not in ENEMIES:
        return None
    lineage = _lineage(rec, lookup)
    if not lineage:
        return None
    actor = _party(rec.actor) if rec.actor is not None and rec.actor.rule != "fuzzy" else None
    if unnamed and claim.actor is not None and rec.actor is None and _no_party(rec):
        actor = speaker.party  # its jets, its drone: no other party named
    if claim.actor is not None and actor != speaker.party:
        return None  # another actor named (or one not read exactly): not its own account
    if claim.denied:
        return speaker.party if _CIVILIANS in lineage else None
    if rec.with_civilians:
        return None  # beside its own toll of civilians: who else died, not who they were
    if not lookup.subjects_exclude(lineage[0], _CIVILIANS) or not lookup.subjects_kin(
        lineage[0], _CIVILIANS
    ):
        return None  # not fighters
    enemies = STATEMENT_ENEMIES if _status(rec) else ENEMIES
    if actor is None and not enemies.get(speaker.kind, frozenset()) & set(lineage):
        return None  # its own side's dead: "the army lost 12 soldiers"
    return speaker.party


def target_reading(claim: Claim, rec: ClaimResolution, lookup: _Lookup) -> str | None:
    """Return the speaker's party when the claim is its own account of striking a military target.

    An asserted act that strikes a target (:data:`TARGET_ACTS`: attacked, targeted, an air
    strike, shelling), spoken by an armed party, on fighters (a kind of people that
    excludes civilians) or on a place that houses them (:data:`TARGET_SITES`: army camps,
    military positions). It is the party's own act when it names the speaker's party as
    actor ("our army hits only military targets"), or names no actor and strikes the
    speaker's enemies (:data:`ENEMIES`: "the RSF says it attacked three army camps", an
    armed group's soldiers). Never an act naming another actor, nor one on the speaker's
    own side's sites ("a state's positions were attacked": its own soldiers). Only when
    its party denies, in the collection, that civilians were killed or attacked
    (resolution's ``party_denies_harm``): a side that owns to "collateral damage", or says
    nothing of it, may have struck the target and the civilians both. None otherwise.
    """
    if claim.denied or not rec.party_denies_harm:
        return None  # a side that acknowledges civilian harm may have struck both
    if rec.predicate is None or rec.predicate.id not in TARGET_ACTS:
        return None
    speaker = _speaker(rec)
    if speaker is None or speaker.party is None or speaker.kind not in ENEMIES:
        return None
    subject = rec.subject
    if subject is None or subject.id not in lookup.vocabulary.subjects:
        return None
    housed = TARGET_SITES.get(subject.id)
    if housed is None:
        lineage = _lineage(rec, lookup)
        if not (
            lineage
            and lookup.subjects_exclude(lineage[0], _CIVILIANS)
            and lookup.subjects_kin(lineage[0], _CIVILIANS)
        ):
            return None  # neither fighters nor a place of theirs
    elif housed not in lookup.vocabulary.subjects:
        return None
    else:
        lineage = tuple(lookup.vocabulary.subjects.lineage(housed))
    if claim.actor is not None:
        own = rec.actor is not None and rec.actor.rule != "fuzzy" and _party(rec.actor)
        return speaker.party if own == speaker.party else None
    if not ENEMIES.get(speaker.kind, frozenset()) & set(lineage):
        return None  # its own side's sites or fighters, struck by another
    return speaker.party


def _no_party(rec: ClaimResolution) -> bool:
    """Whether resolution reads no party in the claim's actor, by any rule."""
    return not any(_party(hit) is not None for hit in rec.actors)


def _status(rec: ClaimResolution) -> bool:
    """Whether the claim states who the dead were ("the targets were militia", no figure)."""
    return rec.predicate is not None and rec.predicate.id == STATUS


def _whole(rec: ClaimResolution) -> bool:
    """Whether the claim states who all the dead were (not "some of the dead were fighters")."""
    return _status(rec) and rec.subject is not None and rec.subject.rule != SOME


def _not_fighters(claim: Claim, rec: ClaimResolution, lookup: _Lookup) -> bool:
    """Whether the claim denies that the dead were fighters ("not members of an armed group").

    A denied statement of who all the dead were, of a class that excludes civilians: it
    says they were civilians.
    """
    if not (claim.denied and _whole(rec)):
        return False
    lineage = _lineage(rec, lookup)
    return bool(lineage) and lookup.subjects_exclude(lineage[0], _CIVILIANS)


#: The civilian reading of deaths of civilians naming no perpetrator (a toll, or a
#: statement that the dead were civilians): it meets any party's statement of who the same
#: dead were.
ANY_PARTY = "*"


def civilian_reading(claim: Claim, rec: ClaimResolution, lookup: _Lookup) -> str | None:
    """Return the perpetrator's party when the claim says that party killed civilians (or people).

    Asserted deaths of civilians (or a kind of them), or of people, naming a perpetrator
    resolution reads (by resemblance too). Deaths of civilians naming no perpetrator (a
    toll, or a statement "the dead were women and children"; a perpetrator naming no party,
    "a helicopter"; people whose own words mark them civilian, resolution's
    ``civilian_marks``: "including children") give :data:`ANY_PARTY`: they
    dispute only a party's statement of who the dead were. So does a denial that the dead
    were fighters ("the victims were not associated with any armed group"). None otherwise.
    """
    if _not_fighters(claim, rec, lookup):
        return ANY_PARTY
    if claim.denied or not _deaths(rec, lookup):
        return None
    lineage = _lineage(rec, lookup)
    if claim.actor is None or (rec.actor is None and _no_party(rec)):
        # no perpetrator named, or one naming no party ("a helicopter", "un hélicoptère
        # non identifié"): the event's civilians; so are people whose own words mark
        # them so: people, including children, during a wedding ceremony
        return ANY_PARTY if _CIVILIANS in lineage or rec.civilian_marks else None
    if _CIVILIANS not in lineage and lineage[:1] != (_PEOPLE,):
        return None
    return _party(rec.actor)


def _meets(
    civilians: str | None, fighters: str | None, rf: ClaimResolution, rc: ClaimResolution
) -> bool:
    """Whether a civilian reading and a combatant reading are of one perpetrator's dead.

    A statement of who *some* of the dead were ("some of the dead were fighters") meets
    only a statement of who all of them were ("the victims were civilians", "the victims
    were not fighters"): a toll of civilians leaves room for its fighters.
    """
    if civilians is None or fighters is None:
        return False
    if _status(rf) and not _whole(rf):
        return civilians == ANY_PARTY and _whole(rc)
    return civilians == fighters or (civilians == ANY_PARTY and _status(rf))


def _a_part(p: _Pair) -> bool:
    """Whether one claim counts a part of the other's: a place inside, or one day of a span.

    A place inside the other's, or one day inside the other's longer span (the first
    day's toll of a week's operation; "23 to 31 March" is no part of "late March" or of
    "March"), with a figure that fits within the other's.
    """
    a, b = p.a, p.b
    inside = (_Outcome.A_NARROWER, _Outcome.B_NARROWER)
    place = _places(p, None)[0][0]
    if (
        a.place is not None
        and b.place is not None
        and place in inside
        and _part_fits(a, b, narrower_is_a=place is _Outcome.A_NARROWER)
    ):
        return True
    if a.when is None or b.when is None:
        return False
    time = _times(p)[0]
    if time not in inside:
        return False
    narrow, broad = (a.when, b.when) if time is _Outcome.A_NARROWER else (b.when, a.when)
    one_day = narrow.end - narrow.start <= _DAY < broad.end - broad.start
    return one_day and _part_fits(a, b, narrower_is_a=time is _Outcome.A_NARROWER)


def _one_scene(p: _Pair) -> bool:
    """Whether the two meet at the one scene of a perpetrator's accusations.

    One of them states no place and is placed only by that scene (resolution's
    ``accused_place``: an unplaced toll naming the perpetrator, or the perpetrator's own
    unplaced statement that its dead were fighters); the other is placed at the scene
    or inside it (a place it states, its report's, or the scene), never only in a wider
    area that holds it (a country's total is no toll of the one act); the scene is no
    country, region or vague area (accusations spread that wide name no one act); and the two meet
    there (``_accused._meet``: times that overlap, no campaign's total, no two sites).
    """
    vocab = p.lookup.vocabulary
    for one, other, r1, r2 in ((p.a, p.b, p.ra, p.rb), (p.b, p.a, p.rb, p.ra)):
        scene = r1.accused_place
        if scene is None or r1.place is not None or one.place is not None:
            continue
        if getattr(scene.record, "kind", None) in _WIDE:
            continue  # a country or a region: no one act's scene
        found = r2.place or (None if other.place else r2.article_place or r2.accused_place)
        if found is None:
            if other.place is None:
                continue  # nothing places the other claim
        elif not (
            isinstance(found.record, Place)
            and isinstance(scene.record, Place)
            and _relate_places(vocab, found.record, scene.record) in _AT_SCENE
        ):
            continue
        if _meet(p):
            return True
    return False


def _side_by_side(p: _Pair, rf: ClaimResolution, *, act: bool = False) -> bool:
    """Whether one article sets the party's statement of who the dead were beside the toll.

    A report that gives a toll of civilians and the accused party's answer ("the men
    killed were terrorists", "there was no collateral damage") sets two accounts of the
    same dead side by side: one event, one time, whatever either claim states of place or
    date. Only a statement of who the dead were (rule ``status``), never a toll of
    fighters: an article may count the assailants' dead beside the villagers'. With
    ``act``, the accused party's own act on a military target ("the RSF said it attacked
    three army camps") answers the toll naming it in that article just as well.
    """
    return (act or _status(rf)) and _one_article(p.a, p.b)


def _answers(p: _Pair, rf: ClaimResolution, civilians: str | None, *, act: bool = False) -> bool:
    """Whether the party's unplaced statement of its dead answers an accusation naming it.

    The party's statement of who its dead were states no place (nor does its report) and
    is made at the time of a toll of civilians naming that party (``_one_time``:
    statement or report dates a few days apart): the accused answering its accusers. With
    ``act``, its unplaced act on a military target does so too, unless its words or its
    article name a place apart from the toll's (:func:`_elsewhere`).
    """
    if not (act or _status(rf)) or civilians in (None, ANY_PARTY):
        return False
    fighters = p.a if rf is p.ra else p.b
    if fighters.place is not None or rf.place is not None:
        return False
    if act and _elsewhere(p, rf):
        return False
    return _one_time(p)


def _elsewhere(p: _Pair, rf: ClaimResolution) -> bool:
    """Whether the party's act is told of another place than the toll's.

    The act states no place, but its own words or its article may name one ("army camps in
    Sennar"; resolution's ``named_place``, else ``article_place``); a toll placed apart from
    it (a town elsewhere: ``disjoint``) counts another incident's dead.
    """
    rc = p.rb if rf is p.ra else p.ra
    here = rf.named_place or rf.article_place
    there = rc.place or rc.named_place or rc.article_place
    if here is None or there is None:
        return False
    if not (isinstance(here.record, Place) and isinstance(there.record, Place)):
        return False
    where = _relate_places(p.lookup.vocabulary, here.record, there.record)
    return where is PlaceRelation.DISJOINT


#: Places too wide to be the scene of one act (accusations spread over a country).
_WIDE = frozenset({PlaceKind.COUNTRY, PlaceKind.REGION, PlaceKind.AREA})

#: Where a claim must be to stand at a scene: the scene itself, or inside it.
_AT_SCENE = (PlaceRelation.SAME, PlaceRelation.WITHIN)


def _below(civilians: Claim, fighters: Claim) -> bool:
    """Whether a toll of civilians is wholly below the perpetrator's toll of fighters."""
    x, y = civilians.value, fighters.value
    if not (isinstance(x, Quantity) and isinstance(y, Quantity)):
        return False
    return x.high is not None and y.low is not None and x.high < y.low


def _more(people: Claim, fighters: Claim) -> bool:
    """Whether a toll of people is wholly above the perpetrator's toll of fighters."""
    x, y = people.value, fighters.value
    if not (isinstance(x, Quantity) and isinstance(y, Quantity)):
        return False
    return x.low is not None and y.high is not None and x.low > y.high


def victim_dispute(
    p: _Pair, score: float, place_relation: PlaceRelation | None = None
) -> Relationship | None:
    """Return the dispute over who the dead were, or None when the two claims are no such dispute.

    See the module docstring for the rule; ``score`` is the pair's alignment score (the
    strength, lowered by hedges), ``place_relation`` alignment's reading of the places.
    """
    a, b, ra, rb, lookup = p.a, p.b, p.ra, p.rb, p.lookup
    act = False  # the perpetrator's account is its act on a military target
    for fighters, civilians, rf, rc in ((a, b, ra, rb), (b, a, rb, ra)):
        if (civilians.actor is None and not _status(rf)) or (
            civilians.denied and not _status(rc)
        ):
            continue  # cheap checks first: the judge asks this of every pair
        speaker = _speaker(rf)
        if speaker is None or speaker.kind not in ENEMIES:
            continue
        party = civilian_reading(civilians, rc, lookup)
        if _meets(party, combatant_reading(fighters, rf, lookup), rf, rc):
            break
        if (
            party not in (None, ANY_PARTY)
            and isinstance(civilians.value, Quantity)
            and party == target_reading(fighters, rf, lookup)
        ):
            act = True  # "attacked three army camps" against "villagers killed by" it
            break
    else:
        return None
    own = _speaker(rf)
    party = None if own is None else own.party
    other = _speaker(rc)
    if other is None and rc.speaker is not None:
        known, side = _local_side(rc)
        if not (act and known):
            return None  # a speaker read as no actor: cannot tell its side
        if side == party:
            return None
    if other is not None and other.party == party:
        return None  # the perpetrator's own side says both
    lineage = _lineage(rc, lookup)
    not_fighters = _not_fighters(civilians, rc, lookup)
    people = _CIVILIANS not in lineage and not not_fighters and not rc.civilian_marks
    if act:
        pass  # its act has no toll: the figures decide nothing
    elif people and (fighters.denied or not _more(civilians, fighters)):
        return None  # people killed, no more than the perpetrator's own toll: no dispute
    elif _below(civilians, fighters):
        return None  # fewer civilians than the fighters it counts: perhaps others' dead too
    if a.when is not None and b.when is not None and not a.when.overlaps(b.when):
        return None
    if not (
        (_one_event(p, place_relation) and _one_time(p))
        or _one_scene(p)
        or _side_by_side(p, rf, act=act)
        or _answers(p, rf, civilian_reading(civilians, rc, lookup), act=act)
    ) or (not act and _a_part(p)):
        return None
    factor, hedges = _hedge_reasons(a, b)
    killed_by = f"killed by {party}"
    said = f"{civilians.source.name} says {_q(civilians.subject)} were {killed_by}"
    if civilians.actor is None:  # "the dead were women and children"
        said = f"{civilians.source.name} says {_q(civilians.subject)} were civilians"
    if _CIVILIANS not in lineage and rc.civilian_marks:  # "people, including children"
        said = (
            f"{civilians.source.name} says {_q(civilians.subject)} were killed, "
            "civilians among them"
        )
    if not_fighters:  # "the victims were not associated with any armed group"
        said = f"{civilians.source.name} denies that {_q(civilians.subject)} were fighters"
    if act:
        detail = (
            f"{fighters.source.name} says it struck a military target ({_q(fighters.subject)}); "
            f"{said}: who was hit is disputed"
        )
    elif fighters.denied:
        denied = f"{_q(fighters.subject)} were {killed_by}"
        detail = f"{fighters.source.name} denies that {denied}; {said}"
    elif people:
        detail = (
            f"{fighters.source.name} says its dead were fighters ({_q(fighters.subject)}); "
            f"{said}, more than it counts"
        )
    else:
        detail = (
            f"{fighters.source.name} says its dead were fighters ({_q(fighters.subject)}); "
            f"{said}: who the victims were is disputed"
        )
    ratio = None
    if not act and isinstance(a.value, Quantity) and isinstance(b.value, Quantity):
        found = a.value.magnitude_ratio(b.value)
        ratio = None if math.isnan(found) else found  # NaN: no central values
    reasons = _sorted_reasons([_reason(ReasonKind.VICTIM, detail), *hedges])
    strength = float(round(min(1.0, max(0.0, score * factor)), 4))
    return _judged(a.id, b.id, Relation.CONTRADICTS, strength, reasons, ratio, disputed=True)


#: A perpetrator's combatant and civilian readings paired one by one up to this many pairs;
#: beyond, only the pairs of one place, day, report chain, article or event label.
PAIR_LIMIT = 4096
_BUCKET = 64  # such a bucket's claims, at most (larger ones are left to alignment)


def victim_pairs(
    claims: Sequence[Claim], record: Callable[[str], ClaimResolution], lookup: _Lookup
) -> Iterator[tuple[Claim, Claim]]:
    """Pairs of a perpetrator's combatant reading and another's civilian reading of its dead.

    Alignment keeps them apart (their subjects exclude each other; their figures
    differ); :func:`victim_dispute` judges them, in ``relate`` and in the graph. Each
    pair once, its claims in id order. A perpetrator with more than :data:`PAIR_LIMIT`
    such pairs is paired within buckets of one place, day, report chain, article or
    event label (of at most 64 claims).
    """
    fighters: dict[str, list[Claim]] = defaultdict(list)
    civilians: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        rec = record(claim.id)
        party = combatant_reading(claim, rec, lookup) or target_reading(claim, rec, lookup)
        if party is not None:
            fighters[party].append(claim)
            if _status(rec):  # who the dead were: meets the dead said to be civilians
                fighters[ANY_PARTY].append(claim)
            continue
        party = civilian_reading(claim, rec, lookup)
        if party is not None:
            civilians[party].append(claim)
    seen: set[tuple[str, str]] = set()
    for party, these in fighters.items():
        those = civilians.get(party, [])
        if not those:
            continue
        if len(these) * len(those) <= PAIR_LIMIT:
            pairs: Iterable[tuple[Claim, Claim]] = itertools.product(these, those)
        else:
            pairs = _bucketed(these, those, record)
        for x, y in pairs:
            first, second = (x, y) if x.id <= y.id else (y, x)
            key = (first.id, second.id)
            if key not in seen:
                seen.add(key)
                yield first, second


def _bucketed(
    these: list[Claim], those: list[Claim], record: Callable[[str], ClaimResolution]
) -> Iterator[tuple[Claim, Claim]]:
    """Yield the pairs of ``these`` and ``those`` sharing a bucket of ``_BUCKET`` claims at most."""
    buckets: dict[tuple[str, str], tuple[list[Claim], list[Claim]]] = defaultdict(
        lambda: ([], [])
    )
    for side, members in enumerate((these, those)):
        for claim in members:
            rec = record(claim.id)
            keys: set[tuple[str, str]] = set()
            if rec.place is not None:
                keys.add(("place", rec.place.id))
            if claim.when is not None:
                keys.add(("day", str(claim.when.start.date())))
            if rec.origin is not None:
                keys.add(("origin", rec.origin.id))
            if claim.via is not None:
                keys.add(("article", claim.via.url or claim.via.id))
            if claim.event is not None:
                keys.add(("event", normalize(claim.event)))
            for key in keys:
                buckets[key][side].append(claim)
    for xs, ys in buckets.values():
        if len(xs) + len(ys) <= _BUCKET:
            yield from itertools.product(xs, ys)


#: The kinds that say two claims support one another.
_SUPPORT = frozenset({Relation.AGREES, Relation.REFINES, Relation.REFINED_BY})


def fighters_never_support(p: _Pair, rel: Relationship) -> Relationship:
    """Return ``rel``, or ``compatible`` when a perpetrator's fighters would support civilians.

    "Some thirty terrorists neutralised" (the army: its combatant reading) is narrower
    than "more than 20 people killed, including children, during a wedding ceremony"
    (local sources), and would corroborate it; but the other toll's own words mark its
    dead as civilians (resolution's ``civilian_marks``), and the army's says they were
    fighters: the two do not support each other. At most ``compatible``, with a
    ``victim`` reason; never when the marked toll is the perpetrator's own side's. The
    perpetrator's toll may name its weapon for actor ("about 30 men, all militants,
    killed by a pair of Mirage jets": no other party named).
    """
    if rel.kind not in _SUPPORT:
        return rel
    lookup = p.lookup
    for fighters, other, rf, ro in ((p.a, p.b, p.ra, p.rb), (p.b, p.a, p.rb, p.ra)):
        if not ro.civilian_marks:
            continue
        party = combatant_reading(fighters, rf, lookup, unnamed=True)
        if party is None:
            continue
        speaker = _speaker(ro)
        if speaker is not None and speaker.party == party:
            continue
        detail = (
            f"{fighters.source.name} says its dead were fighters ({_q(fighters.subject)}); "
            f"{other.source.name}'s own words mark its dead ({_q(other.subject)}) as "
            "civilians: the two do not support each other"
        )
        reasons = [r for r in rel.reasons if r.kind is not ReasonKind.VICTIM]
        return attrs.evolve(
            rel,
            kind=Relation.COMPATIBLE,
            reasons=_sorted_reasons([*reasons, _reason(ReasonKind.VICTIM, detail)]),
        )
    return rel


def victim_statements(p: _Pair) -> bool:
    """Whether a claim states who the dead were (the judge then asks :func:`victim_dispute`)."""
    return _status(p.ra) or _status(p.rb)
