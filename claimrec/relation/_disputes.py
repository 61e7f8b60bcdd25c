"""Disputes over who did it: the perpetrator rule, across predicate families and items.

Alignment keeps two predicate families apart ("blamed on X", "Y killed 12"), and compares
a perpetrator field by field only as the claims state it (``actor``); yet an attribution
and another claim naming a perpetrator of another party dispute one act's cause. This
module holds that rule, read from the claims' resolutions only (the roles of their
predicates, their perpetrators, their speakers), so that :func:`relate` and the graph ask
it of any pair: one kept apart by alignment, and one aligned whose perpetrator the judge
does not compare (a perpetrator read from the claim's words, *roquette palestinienne*).

The accused's own denial counts too: a party denying an act without naming who did it
("M23 denies attacking civilians") denies its own side's role (:func:`_denied_act`), and
answers the accusations of its days (:func:`_answers`). Two acts naming perpetrators of
two parties on the same victims in one event ("Y shelled the prison", "Z's rockets struck
the prison") dispute who did it without any attribution (:func:`_two_acts`). A party's
denial of its attack is never disputed by another speaker's account that the party struck
munitions stored there (:func:`_struck_instead`): that account tells what it did instead.
"""

from __future__ import annotations

from claimrec.model import Claim
from claimrec.quantity import Quantity
from claimrec.relation._accused import (
    _accused_scene,
    _denied_subject,
    _one_victims,
    _rival_scenes,
)
from claimrec.relation._denials import denied_perpetrator, rejection_answers
from claimrec.relation._fields import (
    _ONE_TIME_DAYS,
    _dated,
    _fighters,
    _hedge_reasons,
    _meet_at,
    _named_places,
    _one_article,
    _one_event,
    _other_sites,
    _Outcome,
    _Pair,
    _pair_text,
    _places,
    _q,
    _reason,
    _subjects,
)
from claimrec.relation._kinds import Reason, ReasonKind, Relation, Relationship, _sorted_reasons
from claimrec.relation._lookup import _Lookup, _rid
from claimrec.relation._past import _PAST_DAYS
from claimrec.resolution import ClaimResolution, Resolved
from claimrec.resolution._accused import LISTED_EXACTLY, harm_to_people
from claimrec.resolution._denial import means_of
from claimrec.resolution._resolver import _speaker_key
from claimrec.vocab import Actor, Place, PlaceRelation

#: The predicate family of claims about who caused an event ("blamed on", "responsible
#: for", "claimed responsibility").
ATTRIBUTION_FAMILY = "responsibility"


#: Rules of a perpetrator read inside a claim's words: a known name, a party of the input.
_INSIDE = frozenset({"contained", "local"})


def _perpetrator_of(rec: ClaimResolution) -> Resolved | None:
    """Return the claim's perpetrator: a known actor, read exactly (never by resemblance).

    The claim's ``actor``; else, when the claim names one perpetrator, a known name inside its
    words (``actors`` rule ``contained``: *the M23 armed group*, *ribelli dell'M23*), or
    the party no vocabulary knows it names, identified within the input (rule ``local``:
    *RPLF-loyal forces*).
    """
    hit = rec.actor
    if hit is None or hit.rule == "fuzzy":
        parts = rec.actors
        hit = parts[0] if len(parts) == 1 and parts[0].rule in _INSIDE else None
    if hit is None or not isinstance(hit.record, Actor):
        return None
    return hit


#: The rules of ``ClaimResolution.actors`` that read a known actor without resemblance.
_READ_EXACTLY = LISTED_EXACTLY


def _listed_parts(rec: ClaimResolution) -> tuple[Resolved, ...]:
    """Return the parts of a claim's list of perpetrators read exactly as known actors.

    *Soldiers and vigilantes killed them*: each part a denial of its side may dispute
    (:func:`_listed`); none when the claim names fewer than two perpetrators.
    """
    if len(rec.actors) < 2:
        return ()
    return tuple(
        part for part in rec.actors if part.rule in _READ_EXACTLY and isinstance(part.record, Actor)
    )


def _listed(rec: ClaimResolution, denied: Resolved) -> Resolved | None:
    """Return the part of a claim's list of perpetrators of the denied side's party, if one.

    *Soldiers and vigilantes killed them* names the state among who did it: the state's
    denial that its forces did disputes it. Only parts read exactly (never by
    resemblance, nor a part naming no one in particular: :func:`_listed_parts`).
    """
    side = denied.record
    if not isinstance(side, Actor):
        return None
    for part in _listed_parts(rec):
        actor = part.record
        assert isinstance(actor, Actor)
        if actor.id == side.id or (actor.party is not None and actor.party == side.party):
            return part
    return None


#: The subject class of acts counted as events (attacks, strikes, raids).
_INCIDENT = "incident"


def _tally(claim: Claim, rec: ClaimResolution) -> bool:
    """Whether a claim counts several acts (*214 chemical attacks*, *dozens of strikes*).

    Its subject is of the ``incident`` class and its figure is more than one: a tally of
    many events, whose perpetrator answers no one event's question of who did it.
    """
    subject, value = rec.subject, claim.value
    if subject is None or subject.id != _INCIDENT or not isinstance(value, Quantity):
        return False
    low = value.low if value.low is not None else value.best
    return low is not None and low > 1


def _attribution(rec: ClaimResolution) -> bool:
    """Whether a claim says who caused an event (``_perpetrator_role``).

    Its predicate is of the ``responsibility`` family, or it denies who did it.
    """
    hit = rec.predicate
    if hit is not None and getattr(hit.record, "family", None) == ATTRIBUTION_FAMILY:
        return True
    return denied_perpetrator(rec) is not None


#: The predicate family of attacks ("attacked", "shelled", "exploded"): acts, when a
#: perpetrator is named.
_ATTACK_FAMILY = "attack"

#: The predicate family of destruction ("destroyed", "blown up", "razed"): an act when its
#: perpetrator is named ("X blew the theatre up"), one account of what another names a
#: strike on the same building ("Y's air strike destroyed it").
_DESTRUCTION_FAMILY = "destruction"

#: The predicate families of acts of harm, two of which may be one act named two ways
#: ("shelled", "killed", "blown up"): attacks, deaths, injuries, destruction.
_HARM_FAMILIES = frozenset({_ATTACK_FAMILY, "casualties", "injuries", _DESTRUCTION_FAMILY})

#: Kinds of actor that stand for a party to the fighting: their denial of an act names
#: their own side (as resolution reads a denial of who did it, ``_denial._who``).
_PARTY_KINDS = frozenset({"state", "armed_group"})


def _own_side(rec: ClaimResolution) -> Resolved | None:
    """Return the claim's speaker when it stands for a party: a state, an armed group, an organ.

    A news agency or a rights group speaks for no side.
    """
    hit = rec.speaker
    record = None if hit is None else hit.record
    if not isinstance(record, Actor):
        return None
    kind = getattr(record.kind, "value", record.kind)
    return hit if kind in _PARTY_KINDS or record.party != record.id else None


def _denied_act(rec: ClaimResolution, lookup: _Lookup) -> Resolved | None:
    """Return the side a party's denial of a violent act naming no actor says did not do it.

    "M23 denies attacking civilians", "we did not target the population": resolution reads
    the denial of an act whose actor is not named as a denial of the event (rule ``act``);
    its speaker is the one accused, so it also denies its own side's role (the speaker's
    actor, when it stands for a party: :func:`_own_side`). Not a denial of a means (its
    own rule), nor one naming an actor (resolution reads who it denies), nor of an act
    that is not violent ("Goma did not fall").
    """
    found = rec.denies
    if found is None or found.target != "event" or found.rule != "act" or found.means:
        return None
    hit = rec.predicate
    if rec.actor is not None or hit is None or not lookup.violent(hit.id):
        return None
    return _own_side(rec)


def _denied_side(rec: ClaimResolution, lookup: _Lookup) -> Resolved | None:
    """Return the party a denial says did not do it: the one it names, else its speaker's side.

    A denial of who did it (resolution's :func:`denied_perpetrator`), else a party's
    denial of a violent act naming no actor (:func:`_denied_act`); None for anything else.
    """
    return denied_perpetrator(rec) or _denied_act(rec, lookup)


def _perpetrator_role(rec: ClaimResolution, lookup: _Lookup) -> str | None:
    """Return how a claim names who did something: ``attribution``, ``act`` or None.

    An attribution says who caused an event (the vocabulary's ``responsibility``
    family: "blamed on", "responsible for"); an act is a violent act, a predicate of the
    vocabulary's entailment graph ("killed" entails "attacked"; "attacked" is entailed).
    A predicate of the ``attack`` family is an act too ("exploded": a blast may be an
    accident, so it entails nothing, but one whose perpetrator is named is an act), and
    so is one of the ``destruction`` family ("X blew the theatre up": who destroyed it). A
    denial of who did it, and a party's denial of a violent act naming no actor (its own
    side's role: :func:`_denied_act`), are attributions.
    """
    hit = rec.predicate
    if _denied_side(rec, lookup) is not None:
        return "attribution"  # "X denies it committed the massacre": who did it
    if hit is None:
        return None
    family = getattr(hit.record, "family", None)
    if family == ATTRIBUTION_FAMILY:
        return "attribution"
    if lookup.violent(hit.id) or family in (_ATTACK_FAMILY, _DESTRUCTION_FAMILY):
        return "act"
    return None


def _perpetrator_dispute(p: _Pair, strength: float) -> Relationship | None:
    """Return a dispute over who did it between two claims of different predicates.

    An attribution ("the blast was caused by X", "X blamed for the attack") and another
    claim naming a perpetrator of a different party (another attribution, or a violent
    act: "Y's air strike", "Y killed 500") dispute who did it. A denial ("X denies
    responsibility", "X did not bomb the hospital") disputes a claim naming X (or its
    party) as the one who did it, one of the two being an attribution. Both perpetrators
    must be known actors read exactly, the two speakers different, the act's victims not
    fighters (in a battle both sides kill), and something must place both claims in one
    event (:func:`_one_event`, or one article carrying both). Otherwise None.
    ``strength`` is the pair's alignment score (without the predicate feature when
    alignment kept the two predicates apart), lowered by hedges.
    """
    reason = _perpetrator_reason(p)
    if reason is None:
        return None
    return _who_relationship(p, Relation.CONTRADICTS, strength, reason)


def _who_relationship(p: _Pair, kind: Relation, strength: float, reason: Reason) -> Relationship:
    """Return the relationship of two accounts of who did it: ``reason``, predicates, hedges.

    ``strength`` is lowered by the claims' hedges; a contradiction is disputed.
    """
    a, b = p.a, p.b
    predicates = _reason(
        ReasonKind.CATEGORICAL,
        "{} and {} both say who did it".format(*_pair_text(_q(a.predicate), _q(b.predicate))),
    )
    factor, hedges = _hedge_reasons(a, b)
    return Relationship(
        a=a.id,
        b=b.id,
        kind=kind,
        strength=round(min(1.0, max(0.0, strength * factor)), 4),
        reasons=_sorted_reasons([reason, predicates, *hedges]),
        disputed=kind is Relation.CONTRADICTS,
    )


def _perpetrator_reason(p: _Pair) -> Reason | None:
    """Return why two claims dispute who did it (:func:`_perpetrator_dispute`), or None.

    Alignment's score plays no part, so the graph asks this of a candidate pair before
    scoring it.
    """
    a, b, ra, rb, lookup = p.a, p.b, p.ra, p.rb, p.lookup
    if not (
        _attribution(ra)
        or _attribution(rb)
        or ra.denies is not None
        or rb.denies is not None
        or (a.actor is not None and b.actor is not None)  # two acts: see _two_acts
    ):
        return None  # the cheap test first: an attribution, a denial, or two stated actors
    if _days_apart(a, b):
        return None  # two accounts of acts on days far apart: two events
    role_a, role_b = _perpetrator_role(ra, lookup), _perpetrator_role(rb, lookup)
    if role_a is None or role_b is None:
        return None
    if _tally(a, ra) or _tally(b, rb):
        return None  # "the regime launched 214 chemical attacks": who did many acts
    two_acts = "attribution" not in (role_a, role_b)  # both acts: see _two_acts
    if two_acts and (a.denied or b.denied):
        return None
    # a denial of who did it names the actor, else the speaker's own side (_denials); a
    # party's denial of an act naming no actor denies its own side's role (_denied_act)
    pa, pb = _perpetrator_of(ra), _perpetrator_of(rb)
    implied = pa is None or pb is None  # a side read from the speaker, not from the claim
    pa = pa or (_denied_side(ra, lookup) if a.denied else None)
    pb = pb or (_denied_side(rb, lookup) if b.denied else None)
    if a.polarity is not b.polarity:  # a denial of one of several perpetrators a list names
        if pa is None and pb is not None and b.denied:
            pa = _listed(ra, pb)
        elif pb is None and pa is not None and a.denied:
            pb = _listed(rb, pa)
    if pa is None or pb is None:
        return None
    first, second = pa.record, pb.record
    assert isinstance(first, Actor)
    assert isinstance(second, Actor)
    same = first.id == second.id or (first.party is not None and first.party == second.party)
    if not same and _collective(pa, pb):
        return None  # "a Palestinian rocket" and "Islamic Jihad": perhaps one group
    if a.polarity is b.polarity:
        if a.denied or same:
            return None  # two denials can both hold; one perpetrator named twice agrees
    elif not same:
        return None  # denying one perpetrator's role does not dispute naming another
    if (role_a == "act" and _fighters(ra, lookup)) or (role_b == "act" and _fighters(rb, lookup)):
        return None
    vocab = lookup.vocabulary
    if _speaker_key(ra.speaker, a.source, vocab) == _speaker_key(rb.speaker, b.source, vocab):
        return None
    if a.polarity is not b.polarity and not _denies_the_act(p, role_a, role_b):
        return None
    if a.polarity is not b.polarity and _struck_instead(p, pa):
        return None  # "Syria denies the chemical attack", "Syria's jets struck a depot"
    if a.polarity is not b.polarity and _past_act(p):
        return None  # "the army denies it" and a report's toll of another, earlier strike
    if a.polarity is not b.polarity and not (
        rejection_answers(ra, rb) if a.denied else rejection_answers(rb, ra)
    ):
        return None  # a rejection of another party's report answers that party only
    if two_acts:
        if not _two_acts(p):  # one act on the same victims, and their own evidence of it
            return None
    elif not (
        _one_question(p, implied=implied)
        or (
            a.polarity is not b.polarity
            and (_answers(p) or _accused_scene(p) or _blame_answered(p, role_a, role_b))
        )
        or (a.polarity is b.polarity and _rival_scenes(p))
    ):
        return None
    name_a, name_b = a.actor or pa.text, b.actor or pb.text
    if a.polarity is b.polarity:
        x, y = _pair_text(name_a, name_b)
        return _reason(
            ReasonKind.PERPETRATOR, f"{x} and {y} are different parties: who did it is disputed"
        )
    denier, asserter = (a, b) if a.denied else (b, a)
    denied_name, named = (name_a, name_b) if denier is a else (name_b, name_a)
    if denied_name == denier.source.name:  # the speaker's own side, read from the speaker
        side = pa if denier is a else pb
        denied_name = f"its own side ({side.id})"
    detail = (
        f"{denier.source.name} denies that {denied_name} did it; "
        f"{asserter.source.name} names {named}"
    )
    rd = ra if denier is a else rb
    if rd.denies is not None and rd.denies.rule == _REJECTION:
        # a rejection of the accusations answers who did it, never the toll it meets:
        # reconciliation keeps the toll's item apart (_reconcile._disputed_together)
        return _reason(ReasonKind.PERPETRATOR, detail)
    return _reason(ReasonKind.POLARITY, detail)


_REJECTION = "rejection"  # resolution's Denial.rule of a rejection (resolution/_rejection.py)


def _days_apart(a: Claim, b: Claim) -> bool:
    """Whether two stated event times lie more than ``_ONE_TIME_DAYS`` apart.

    Days this close (*16 October* and *17 October* for one night's blast) may date one
    event two ways; further apart (*April* and *6 September*) they are two events.
    """
    wa, wb = a.when, b.when
    if wa is None or wb is None or wa.overlaps(wb):
        return False
    gap = max(wa.start, wb.start) - min(wa.end, wb.end)
    return gap.days >= _ONE_TIME_DAYS


def _struck_instead(p: _Pair, denied: Resolved) -> bool:
    """Whether the assertion is the denied party's strike on munitions stored there.

    A party's strike on a depot (resolution's ``account.struck``: *the air force struck
    a rebel warehouse where chemical weapons were stored*) is the account that the deaths
    came from what the depot held, not from the party's own attack: it tells the act the
    party says it did instead of the one its denial denies (*Damascus denies carrying out
    the chemical attack*, *denies responsibility for the attack*). The two tell one story;
    the depot account disputes the accusations of that party's attack
    (``relation/_accounts.py``), not its denial. Never when the denial denies the strike
    itself (a violent act naming no means: *denies having bombed the town*).
    """
    denier, rd, asserted = (p.a, p.ra, p.rb) if p.a.denied else (p.b, p.rb, p.ra)
    account = asserted.account
    if account is None or account.struck is None:
        return False
    struck, record = account.struck.record, denied.record
    if not (isinstance(struck, Actor) and isinstance(record, Actor)):
        return False
    if (struck.party or struck.id) != (record.party or record.id):
        return False
    act = None if rd.predicate is None else rd.predicate.id
    return not (act is not None and p.lookup.violent(act) and not means_of(denier, act))


def _past_act(p: _Pair) -> bool:
    """Whether the assertion a denial meets is another, earlier act at another named place.

    A denial naming no place and no time, in its fields or its words ("the army denies
    being behind the attack"), answers the act of its days. A claim the same article sets
    beside it, naming the place of its act and dating it more than ``_PAST_DAYS`` before
    the denial was made (*over 64 killed by the Air Force in a village of another state,
    December 2022*, in a report of December 2023), tells another incident at another
    place: the past strikes a report recalls (which the past-event rule,
    :mod:`~claimrec.relation._past`, leaves to the one article carrying both), not the
    act denied.
    """
    denier, asserter = (p.a, p.b) if p.a.denied else (p.b, p.a)
    rd = p.ra if denier is p.a else p.rb
    if denier.place is not None or denier.when is not None or rd.named_place is not None:
        return False  # a placed or dated denial: the rules of place and time compare them
    if asserter.place is None or asserter.when is None:
        return False
    day = _dated(denier, rd)
    if day is None:
        return False
    return (day - asserter.when.end.date()).days > _PAST_DAYS


def _denies_the_act(p: _Pair, role_a: str, role_b: str) -> bool:
    """Whether a party's denial of an act denies what the other claim says its side did.

    Never a denial of a narrower claim (a narrower subject or place: rule 4 of the
    relations), nor, naming no actor, of another kind of subject (one excluding the
    other's: what it says was not hit is not what the other says was).
    A denial of who did it ("X denies responsibility") denies the other's naming of X
    whatever the act, a figure too ("X killed 26": who did it is part of what it
    asserts). A party's denial of an act naming no actor (:func:`_denied_act`: "we did
    not attack civilians") denies only that act: the other claim says who did it (an
    attribution), or asserts that act or one entailing it ("killed" entails "attacked").
    """
    rd, rs, role = (p.ra, p.rb, role_b) if p.a.denied else (p.rb, p.ra, role_a)
    # denying a narrower claim leaves the wider standing (relations rule 4): "we did not
    # target the Zamzam camp" against "100 feared dead in El Fasher and two camps"
    narrower = _Outcome.A_NARROWER if p.a.denied else _Outcome.B_NARROWER
    if _subjects(p)[0] is narrower or _places(p, None)[0][0] is narrower:
        return False
    if rd.actor is None and p.lookup.subjects_exclude(_rid(rd.subject), _rid(rs.subject)):
        # "we did not target the military sites": not the civilians killed (a denial
        # naming who did not do it may have it as its subject: "Russian forces")
        return False
    if denied_perpetrator(rd) is not None or _perpetrator_of(rd) is not None:
        return True
    if role == "attribution":
        return True
    denied, said = rd.predicate, rs.predicate
    if denied is None or said is None:
        return False
    return denied.id == said.id or p.lookup.entails(said.id, denied.id)


def _two_acts(p: _Pair) -> bool:
    """Whether two acts naming perpetrators speak of one act on the same victims.

    "Ukraine's rockets struck the prison" and "Russian forces shelled the prison", "M23
    killed 50 civilians" and "the army's shelling killed 50 civilians": two acts of
    harm (predicates of the families of attacks, deaths, injuries and destruction:
    *killed*, *shelled*, *exploded*, *attacked*, *wounded*, *blown up*; not an abduction,
    a capture or a
    looting, which are other acts), each with its perpetrator stated (``actor``: one
    read from the claim's other words may be the victims' side, "the dead were army
    soldiers"), whose perpetrators the caller finds of two parties, neither a fight
    between them (the victims are not fighters: the caller checks), dispute who did it
    when they name the same victims (one subject class, or two kin that do not exclude
    each other, or one kind of site) and something positive places them in one event (a
    shared place, overlapping times, one report chain or event label:
    :func:`_one_event`; incident words: :func:`_one_incident`) and nothing sets them
    apart (times that do not overlap, places the gazetteer says are disjoint, even in
    one report: it may list the acts of a day at two towns). Unlike an attribution, two
    acts are not placed by one article's URL alone, nor by the article's place; the
    place a claim's own words name is the act's (:func:`_named_places`: "the prison in
    X" shelled by one side, "la prisión de X" by the other).
    """
    a, b, ra, rb, lookup = p.a, p.b, p.ra, p.rb, p.lookup
    if a.actor is None or b.actor is None:
        return False  # a perpetrator read from other words may be the victims' side
    predicates = lookup.vocabulary.predicates
    if not all(
        hit is not None and predicates.family(hit.id) in _HARM_FAMILIES
        for hit in (ra.predicate, rb.predicate)
    ):
        return False  # an abduction and a killing are two acts
    sa, sb = _rid(ra.subject), _rid(rb.subject)
    same = sa is not None and (
        sa == sb or (lookup.subjects_kin(sa, sb) and not lookup.subjects_exclude(sa, sb))
    )
    if not (same or ra.sites & rb.sites):
        return False
    if a.when is not None and b.when is not None and not a.when.overlaps(b.when):
        return False
    if a.place is not None and b.place is not None:
        where = lookup.place_relation(a.place, b.place, ra.place, rb.place)
        if where is PlaceRelation.DISJOINT:
            return False  # one report listing the acts of a day at two towns
    return _one_event(p, None) or _one_incident(p) or _named_places(p)


def _answers(p: _Pair) -> bool:
    """Whether a party's denial answers the other claim's accusation: one victims, days apart.

    "M23 denies targeting civilians" and "M23 rebels killed 131 civilians": the accused
    denies what another says its side did (the caller checks the perpetrators), to
    victims of one kind (both read, one class or two kin that do not exclude each other:
    *civilians* and *children*, never *civilians* and *soldiers*, nor *the camp* and *an
    offensive*; a denial whose subject is the act itself, *the massacre*, answers an act
    on people who are not fighters, never on a bridge), no two kinds of site (*the
    hospital*, *a school*), statement (else report) dates at most
    ``_ONE_TIME_DAYS`` apart, and nothing sets them apart (event times that do not
    overlap, places the gazetteer says are disjoint, two different named sites). A denial
    naming no place answers the accusations of its days, as an analyst reads it.
    """
    return _one_victims(p) and _one_time_and_place(p)


def _blame_answered(p: _Pair, role_a: str, role_b: str) -> bool:
    """Whether a party's denial of the blame answers another's attribution of the act to it.

    "Hezbollah denied any involvement", "نفى مسؤوليته عن الهجوم", "habe nichts zu tun mit dem
    Angriff" (a denial of who did it whose subject is the blame or the act as a whole:
    :func:`~claimrec.relation._accused._denied_subject` reads ``incident``) and "the rocket
    launch was carried out by Hezbollah" (an attribution, asserted): the accused answers
    the accusation of its days, whatever words name the act (*the rocket launch*, *il
    lancio di razzi*), as :func:`_answers` reads a denial against a toll of people. The
    caller has checked that the two name one party. Nothing may set them apart
    (:func:`_one_time_and_place`: statement dates at most ``_ONE_TIME_DAYS`` apart, event
    times, disjoint places, two named sites); an attribution naming victims of another
    kind than the act (*soldiers*) is :func:`_answers`' question, not this one, and one
    naming a kind of site (*the hospital*) the denial does not name may be another act.
    """
    rd, rs, role = (p.ra, p.rb, role_b) if p.a.denied else (p.rb, p.ra, role_a)
    if role != "attribution" or denied_perpetrator(rd) is None:
        return False
    if _denied_subject(rd) != _INCIDENT:
        return False  # "we did not target civilians": its victims, _answers' question
    said = _rid(rs.subject)
    if said is not None and said != _INCIDENT and harm_to_people(p.lookup.vocabulary, said):
        return False  # an attribution of harm to people: _answers compares its victims
    if rs.sites and not rs.sites & rd.sites:
        return False  # "the strike on the hospital": perhaps another act than the one denied
    return _one_time_and_place(p)


def _one_question(p: _Pair, *, implied: bool) -> bool:
    """Whether two accounts of who did it speak of one event.

    Anything placing both in one event (:func:`_one_event`); one article setting one
    party's account against another's (not a denial naming no one, ``implied``: "we did
    not target the camp", which one article may set beside another act of its speaker's
    side); incident words (:func:`_one_incident`); or, for a claim that names no place,
    its article's place (:func:`_article_places`; of two articles: one article's place is
    no more than the one article).
    """
    return (
        _one_event(p, None)
        or (_one_article(p.a, p.b) and not implied)
        or _one_incident(p)
        or (_article_places(p) and not _one_article(p.a, p.b))
    )


def _article_places(p: _Pair) -> bool:
    """Whether two claims meet at a place, one (or both) placed only by its article.

    "The blast was caused by a failed rocket" relayed from the army in an article whose
    toll is "at the hospital in Gaza" speaks of the Gaza blast, as does "the hospital was
    hit by an Israeli air raid" in Gaza City (:attr:`ClaimResolution.article_place`).
    A claim naming its place only in its subject or predicate ("the killings in X"
    were the army's) is placed there likewise (:attr:`ClaimResolution.named_place`).
    """
    return _meet_at(p, lambda rec: rec.named_place or rec.article_place)


def _collective(pa: Resolved, pb: Resolved) -> bool:
    """Whether two armed groups, one named only by its nation, may be one.

    The one is read by rule ``demonym`` (an adjective) or ``launched`` (the territory a
    weapon came from inside).

    "A Palestinian rocket" names the Palestinian armed groups together: it excludes
    Israel's forces, but whether it names Islamic Jihad or Hamas it cannot tell.
    """
    records = (pa.record, pb.record)
    return bool({"demonym", "launched"} & {pa.rule, pb.rule}) and all(
        isinstance(r, Actor) and r.kind == "armed_group" for r in records
    )


def _one_incident(p: _Pair) -> bool:
    """Whether two claims name one kind of site, dated a few days apart, nothing apart.

    "The hospital was hit by an Israeli air raid" (17 October) and "the hospital attack
    was caused by a failed rocket launch" (18 October): incident words (the resolved
    ``sites``: *hospital*, *gare*, *estação*) and statement (else report) dates at most
    ``_ONE_TIME_DAYS`` apart place two accounts of who did it in one incident, when
    nothing sets them apart (event times that do not overlap, places the gazetteer says
    are disjoint, two different named sites).
    """
    ra, rb = p.ra, p.rb
    if not ra.sites & rb.sites:
        return False
    return _one_time_and_place(p)


def _place_read_alike(p: _Pair, *, denier_is_a: bool) -> bool:
    """Whether a denial's place is the one resolution reads for the assertion's report.

    "The army denies the gunmen came back to Solhan" against "the gunmen came back" in a
    report about Solhan (the assertion's place read from its report, rule ``report``):
    the denial names no narrower place than the one asserted.
    """
    denier, asserter = (p.ra, p.rb) if denier_is_a else (p.rb, p.ra)
    stated = p.b.place if denier_is_a else p.a.place
    if stated is not None or denier.place is None or asserter.place is None:
        return False
    if asserter.place.rule != "report":
        return False
    first, second = denier.place.record, asserter.place.record
    return isinstance(first, Place) and isinstance(second, Place) and first.id == second.id


def _one_time_and_place(p: _Pair) -> bool:
    """Whether nothing sets two accounts apart in time or place (the shared tail of the rules).

    Statement (else report) dates at most ``_ONE_TIME_DAYS`` apart, event times that
    overlap when both are given, places the gazetteer does not call disjoint, and no two
    different named sites.
    """
    a, b, ra, rb = p.a, p.b, p.ra, p.rb
    da, db = _dated(a, ra), _dated(b, rb)
    if da is None or db is None or abs((da - db).days) > _ONE_TIME_DAYS:
        return False
    if a.when is not None and b.when is not None and not a.when.overlaps(b.when):
        return False
    if a.place is not None and b.place is not None:
        where = p.lookup.place_relation(a.place, b.place, ra.place, rb.place)
        if where is PlaceRelation.DISJOINT:
            return False
    return not _other_sites(p)
