"""The accused's denial against the accusations of its one scene (private).

"M23 denies responsibility for the massacre" (undated, placed nowhere, in a report that
names no place) and "M23 rebels killed at least 131 civilians" (another report): the
accused denies what another says its side did. Resolution reads, per party, the one
place where the collection's accusations of it are placed when they name one scene
(:attr:`~claimrec.ClaimResolution.accused_place`: places nested in one another, event
times that overlap); a claim naming no place takes that scene as evidence of its event.
:func:`_accused_scene` says whether the two claims meet there, with victims of one kind
(:func:`_one_victims`) and nothing setting them apart; the caller
(:func:`~claimrec.relation._disputes._perpetrator_reason`) has checked that one denies
and the other asserts one party's role.
"""

from __future__ import annotations

import attrs

from claimrec.model import Claim
from claimrec.relation._fields import (
    _fighters,
    _one_event,
    _other_sites,
    _over_a_period,
    _Pair,
)
from claimrec.relation._lookup import _rid
from claimrec.resolution import ClaimResolution
from claimrec.resolution._accused import harm_to_people
from claimrec.resolution._geography import _relate_places
from claimrec.vocab import Place, PlaceRelation

#: The subject class of an event itself ("the massacre", "the attack", "the blast").
_INCIDENT = "incident"

#: The broadest subject class of people (civilians, children, soldiers are kinds of it).
_PEOPLE = "people"

#: The predicate family of blame ("blamed on", "responsible for", "involvement").
_BLAME_FAMILY = "responsibility"


#: Rules of resolution's denial of who did it that read it from the denial's own words of
#: doing (*did not carry out*, *not responsible*, *denies firing*): see :func:`_denied_subject`.
_OWN_DOING = frozenset({"perpetrator words", "responsibility", "own act", "own doing"})


def _denied_subject(rec: ClaimResolution) -> str | None:
    """Return the subject class a denial speaks of: its subject's, or the act for a blame.

    A denial of the blame itself (*dément formellement les allégations mensongères*,
    *niega las acusaciones*, *denies any involvement*) names no victims and no act: its
    subject is the accusations, whose predicate resolution reads from those words (a
    blame, rule ``subject``). It denies the party's role in the act as a whole, as
    *denies responsibility for the massacre* does: the ``incident`` class. So does a
    denial of its own doing whose subject names no victims (*the Air Force has not carried
    out any air operation*: its subject the force, unread as victims).
    """
    found = _rid(rec.subject)
    hit = rec.predicate
    denial = rec.denies
    if found is not None or denial is None or denial.target != "perpetrator":
        return found
    if hit is not None and hit.rule == "subject":
        blame = getattr(hit.record, "family", None) == _BLAME_FAMILY
        return _INCIDENT if blame else None
    # "the Air Force has not carried out any air operation in the state": a denial of its
    # own doing whose subject names no victims (the force itself) denies the act whole
    return _INCIDENT if denial.rule in _OWN_DOING else None


def _one_victims(p: _Pair) -> bool:
    """Whether a denial and an assertion speak of victims of one kind (one of them denies).

    Both subjects read, one class or two kin that do not exclude each other (*civilians*
    and *children*, never *civilians* and *soldiers*, nor *the camp* and *an offensive*);
    a denial whose subject is the act itself (*the massacre*) answers an act on people
    who are not fighters, never on a bridge; and no two kinds of site (*the hospital*,
    *a school*).
    """
    a, ra, rb = p.a, p.ra, p.rb
    sa = _denied_subject(ra) if a.denied else _rid(ra.subject)
    sb = _rid(rb.subject) if a.denied else _denied_subject(rb)
    if sa is None or sb is None:
        return False  # unread: nothing says whom the denial speaks of
    denied, said = (sa, sb) if a.denied else (sb, sa)
    people = p.lookup.vocabulary.subjects.lineage(said)[-1] == _PEOPLE
    whole = denied == _INCIDENT and people and not _fighters(rb if a.denied else ra, p.lookup)
    kin = p.lookup.subjects_kin(sa, sb) and not p.lookup.subjects_exclude(sa, sb)
    if not (whole or sa == sb or kin):
        return False  # two kinds: "the camp" is not "an offensive", nor a bridge a massacre
    return not (ra.sites and rb.sites and not ra.sites & rb.sites)


def _placed(claim: Claim, rec: ClaimResolution) -> ClaimResolution:
    """Return the claim's resolution placed by its article, else its party's scene, if unplaced.

    A claim stating a place that is not read keeps its words (compared with the other's
    place by :func:`_one_event`), never the scene.
    """
    if rec.place is not None or claim.place is not None:
        return rec
    found = rec.article_place or rec.accused_place
    return rec if found is None else attrs.evolve(rec, place=found)


def _accused_scene(p: _Pair) -> bool:
    """Whether a denial and an assertion of one party's role meet at the party's one scene.

    One of the two (at least) is placed only by the scene of its party's accusations
    (``accused_place``); the denial speaks of the act itself (*the massacre*, *the
    attack*: one act, where "we do not target civilians" may speak of a whole campaign)
    and the assertion of harm to people or of the act, victims of one kind
    (:func:`_one_victims`), or of an act on a named kind of site (*the station*, which
    a denial naming another kind does not answer): the harm the scene is read from; and
    the two meet there (:func:`_meet`).
    """
    a, ra, rb = p.a, p.ra, p.rb
    if ra.accused_place is None and rb.accused_place is None:
        return False
    denier, other = (ra, rb) if a.denied else (rb, ra)
    if _denied_subject(denier) != _INCIDENT:
        return False  # "we do not target civilians" may speak of a campaign, not the act
    if other.sites:  # "the attack" against the strike on the station: the act on a site
        if denier.sites and not denier.sites & other.sites:
            return False
    elif not harm_to_people(p.lookup.vocabulary, _rid(other.subject)) or not _one_victims(p):
        return False  # the scene is that of the harm (resolution's _accused)
    return _meet(p)


def _rival_scenes(p: _Pair) -> bool:
    """Whether two accounts naming two parties meet at the scenes of their accusations.

    "The government blames the FLA for the massacre" and "the army killed 40 civilians",
    neither placed nor dated: when one of them (at least) is placed only by its party's
    scene (``accused_place``) and each is the other's or nested in it, they name two
    perpetrators of one act. Both speak of harm: of the act itself, or of people of one
    kind (one class, or two kin that do not exclude each other), or of one kind of site;
    nothing sets them apart (:func:`_meet`). The caller has checked that both assert
    and that the two parties differ.
    """
    ra, rb = p.ra, p.rb
    if ra.accused_place is None and rb.accused_place is None:
        return False
    vocab = p.lookup.vocabulary
    sa, sb = _rid(ra.subject), _rid(rb.subject)
    if ra.sites or rb.sites:
        if not ra.sites & rb.sites and _INCIDENT not in (sa, sb):
            return False  # a school and the hospital; a station and the civilians
    elif not (harm_to_people(vocab, sa) and harm_to_people(vocab, sb)):
        return False
    elif _INCIDENT not in (sa, sb) and not (
        sa == sb or (p.lookup.subjects_kin(sa, sb) and not p.lookup.subjects_exclude(sa, sb))
    ):
        return False  # civilians and soldiers: each side's dead
    return _meet(p)


def _meet(p: _Pair) -> bool:
    """Whether two claims, placed by their scenes when unplaced, meet, nothing apart.

    Each claim's place (as stated or read from its report, else its article's, else its
    party's scene; a place stated but not read is compared by its words) is the other's
    or nested in it (:func:`_one_event`), and nothing sets them apart (event times that
    do not overlap, disjoint places, two different named sites).
    """
    a, b, ra, rb = p.a, p.b, p.ra, p.rb
    if a.when is not None and b.when is not None and not a.when.overlaps(b.when):
        return False
    if _over_a_period(ra) or _over_a_period(rb):
        return False  # a count over months is a campaign's, not the one act's
    q = _Pair(a, b, _placed(a, ra), _placed(b, rb), p.lookup)
    first, second = q.ra.place, q.rb.place
    if (first is None and a.place is None) or (second is None and b.place is None):
        return False  # (a place stated but unread is compared by its words: _one_event)
    if _other_sites(q):
        return False
    if (
        first is not None
        and second is not None
        and isinstance(first.record, Place)
        and isinstance(second.record, Place)
    ):
        where = _relate_places(p.lookup.vocabulary, first.record, second.record)
        if where is PlaceRelation.DISJOINT:
            return False
    return _one_event(q, None)
