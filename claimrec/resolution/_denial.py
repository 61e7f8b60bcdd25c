"""What a denial denies: the event, a perpetrator, a means, a figure (:func:`denial_of`).

"The army denies the attack", "the army denies involvement", "the army did not use chemical
weapons" and "the toll is exaggerated" deny four different things, and only the first
disputes a report that people were killed. This module reads which, from the denied claim's
words (its predicate, subject, qualifiers and quote), its resolved predicate, its actor and
its speaker, with general rules tried in order (the first that fires wins):

0. ``unconfirmed``: *could not verify*, *not confirmed*: only that it is confirmed
   (it contradicts nothing);
1. ``value``: a denied figure denies that figure;
2. ``figure words``: *exaggerated*, *inflated*, *the toll*, *le bilan*: the figure;
3. ``legitimacy``: *not justified*, *not legitimate*: whether the act was lawful (target
   ``unknown``: the general rule), not who did it;
3. ``responsibility``: a predicate of the vocabulary's ``responsibility`` family
   (*responsible for*, *blamed*, an act read as its cause): who did it, the actor named,
   else the speaker's own party;
4. ``fabricated``: *staged*, *fabricated*, *mise en scène*, *never happened*: the event
   (with the means its subject or predicate names: *the chemical attack was staged*);
5. ``perpetrator words``: *involvement*, *carried out*, *committed*, *targeting*,
   *commises*, *realizou*: who did it;
6. ``means``: a means named in the subject or predicate (*chemical weapons*, *air strike*,
   *drone*): the means; but a denial of harm to people (a casualties or injuries
   predicate) naming the means only after the harm, as its setting (*no patients were
   hurt in the air strikes*), denies the harm done with that means: the event (``harm``,
   with its means), never the means itself;
7. ``own act``: an act whose actor is the speaker's own side (*the Russian army denies
   firing*), or whose predicate opens on (or names after a passive's *by*), or actor is, the
   speaker's own forces named by a possessive (*its forces attacked*, *nos soldats*): who
   did it;
8. ``own doing``: a party's denial (its speaker a state or an armed group, an organ of
   one, or a party key) of an attack naming no doer, its predicate in a form only the
   active voice takes (*the LNA denied it had hit the centre*, *a frappé*, *haber
   bombardeado*, *attacking*): who did it, the speaker's party; the event is not denied
   (a passive, *the centre was not hit*, or a bare participle, *no civilians harmed*,
   keeps rule 9);
9. ``act``: any other predicate the vocabulary reads (*no civilians were harmed*, *Goma did
   not fall*): the event;
10. ``none``: nothing tells; relations keep their general rule and say so.

An asserted claim whose predicate says the event was staged or fabricated ("the attack:
staged") denies the event in its words (``in_words``); relations read it as a denial.

The words are data (``claimrec/data/denials.json``), English, French, Spanish and Portuguese.
"""

from __future__ import annotations

import functools
import itertools
import json
import re
from importlib.resources import files
from typing import Any

from claimrec._text import normalize
from claimrec.model import Claim
from claimrec.quantity import Quantity
from claimrec.resolution._records import HARM_FAMILIES, PARTY_KINDS, Denial, Resolved
from claimrec.vocab import Actor

#: The predicate family of claims about who caused an event (as in relation._disputes).
_RESPONSIBILITY = "responsibility"

_SCORES = {
    "unconfirmed": 0.9,
    "value": 1.0,
    "figure words": 0.8,
    "responsibility": 0.9,
    "rejection": 0.9,
    "fabricated": 0.9,
    "perpetrator words": 0.8,
    "means": 0.8,
    "own act": 0.8,
    "own doing": 0.8,
    "act": 0.7,
    "harm": 0.7,
    "legitimacy": 0.0,
    "none": 0.0,
}

_APOSTROPHE = re.compile(r"['\u2019`]")


def _key(text: str) -> str:
    """Normalise a text for word matching: apostrophes and hyphens as spaces."""
    return " ".join(normalize(_APOSTROPHE.sub(" ", text).replace("-", " ")).split())


class _Words:
    """The denial words, compiled once (``denials.json``)."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.confirmation = _phrases(data["confirmation"]["words"])
        self.legitimacy = _phrases(data["legitimacy"]["words"])
        self.event = _phrases(data["event"]["words"])
        self.in_words = _phrases(data["event"]["in_words"])
        self.figure = _phrases(data["figure"]["words"])
        self.perpetrator = _phrases(data["perpetrator"]["words"])
        self.own_side = _phrases(data["perpetrator"]["own_side"])
        self.passive = frozenset(_key(w) for w in data["perpetrator"]["passive"])
        self.active = frozenset(_key(w) for w in data["perpetrator"]["active"])
        self.accusation = frozenset(_key(w) for w in data["accusation"]["words"])
        self.accusation_qualifiers = frozenset(
            _key(w) for w in data["accusation"]["qualifiers"]
        )
        self.reports = frozenset(_key(w) for w in data["accusation"]["reports"])
        self.blame = frozenset(_key(w) for w in data["accusation"]["blame"])
        means = {k: v for k, v in data["means"].items() if k != "note"}
        self.means = {name: _phrases(entry["words"]) for name, entry in means.items()}
        self.means_predicates = {
            pid: name for name, entry in means.items() for pid in entry.get("predicates", ())
        }
        self.broader = {n: entry["broader"] for n, entry in means.items() if "broader" in entry}
        self.negations = frozenset(_key(w) for w in data["negations"])
        self.particles = frozenset(_key(w) for w in data["negation_particles"])


def _phrases(words: list[str]) -> re.Pattern[str]:
    keys = sorted({_key(w) for w in words if _key(w)}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(k) for k in keys) + r")\b")


@functools.cache
def _words() -> _Words:
    text = (files("claimrec") / "data" / "denials.json").read_text(encoding="utf-8")
    return _Words(json.loads(text))


@functools.lru_cache(maxsize=65536)
def _found(kind: str, text: str) -> str | None:
    """Return the first phrase of ``kind`` in ``text`` (normalised), or None."""
    words = _words()
    pattern = getattr(words, kind)
    hit = pattern.search(_key(text))
    return None if hit is None else hit.group(0)


def means_named(text: str) -> frozenset[str]:
    """Return the means a text names and does not negate ("not a chemical attack": none).

    >>> sorted(means_named("killed in a chemical attack")), means_named("pas une attaque chimique")
    (['chemical'], frozenset())
    >>> sorted(means_named("frappe aérienne sur le marché"))
    ['air']
    >>> means_named("دون أن يشير إلى أسلحة كيميائية")  # without mentioning chemical weapons
    frozenset()
    """
    return _means(text)[0]


def means_negated(text: str) -> frozenset[str]:
    """Return the means a text negates ("pas une attaque chimique": chemical).

    >>> sorted(means_negated("pas une attaque chimique selon l'OSDH"))
    ['chemical']
    """
    return _means(text)[1]


@functools.lru_cache(maxsize=65536)
def _means(text: str) -> tuple[frozenset[str], frozenset[str]]:
    key = _key(text)
    words = _words()
    named: set[str] = set()
    negated: set[str] = set()
    for name, pattern in words.means.items():
        for hit in pattern.finditer(key):
            # the three words before it (particles written apart passed over: "دون أن
            # يشير إلى", without mentioning)
            before = [w for w in key[: hit.start()].split() if w not in words.particles][-3:]
            (negated if words.negations.intersection(before) else named).add(name)
    return frozenset(named), frozenset(negated - named)


def _texts(claim: Claim) -> list[str]:
    texts = [claim.subject, claim.predicate, *claim.qualifiers]
    if isinstance(claim.value, str):
        texts.append(claim.value)
    return [t for t in texts if t]


def means_denied_by(claim: Claim) -> frozenset[str]:
    """Return the means an asserted claim's own words negate ("not a chemical attack")."""
    found: frozenset[str] = frozenset()
    for text in _texts(claim):
        negated = means_negated(text)
        if negated:
            found = found | negated
    return found


def means_of(claim: Claim, predicate: str | None) -> frozenset[str]:
    """Return the means a claim asserts: in its predicate, subject, value or qualifiers.

    A narrower means asserts the broader one too (sarin is a nerve agent, a chemical
    means): a denial of chemical weapons meets a claim of sarin.

    >>> from claimrec.model import Claim
    >>> claim = Claim(source="Doctors", subject="people", predicate="killed", value=40,
    ...               qualifiers=["sarin"])
    >>> sorted(means_of(claim, None))
    ['chemical', 'nerve_agent']
    """
    found: frozenset[str] = frozenset()
    for text in _texts(claim):
        named = means_named(text)
        if named:
            found = found | named
    if predicate is not None:  # the resolved predicate's id (chemical_attack)
        name = _words().means_predicates.get(predicate)
        if name is not None:
            found = found | {name}
    broader = _words().broader
    return found | {broader[m] for m in found if m in broader}


def says_unconfirmed(text: str) -> bool:
    """Whether a denial's words only say that something is not confirmed or verified.

    >>> says_unconfirmed("confirmer ou démentir"), says_unconfirmed("dément formellement")
    (True, False)
    """
    return _found("confirmation", text) is not None


@functools.lru_cache(maxsize=65536)
def names_accusation(text: str) -> bool:
    """Whether a noun phrase names accusations: headed by an accusation noun.

    The head is the first word after determiners and the adjectives that call an
    accusation false (``denials.json``, ``accusation``): *the allegations*, *allégations
    mensongères*, *las acusaciones*, *these baseless accusations that its troops fired*.
    A denial of them is the speaker's denial of the blame.

    >>> names_accusation("allégations mensongères"), names_accusation("las acusaciones")
    (True, True)
    >>> names_accusation("these baseless accusations that its troops fired")
    True
    >>> names_accusation("the attack"), names_accusation("false reports")
    (False, False)
    """
    words = _words()
    for word in _key(text).split():
        if word in words.accusation:
            return True
        if word not in words.accusation_qualifiers:
            return False
    return False


@functools.lru_cache(maxsize=65536)
def holds_accusation(text: str) -> bool:
    """Whether a verb phrase holds a noun of accusation (*نفياً قاطعاً الادّعاءات*).

    "تنفي ... نفياً قاطعاً الادّعاءات" (denies categorically the allegations), its subject
    what is alleged: a verb of denying whose phrase names the accusations it denies.

    >>> holds_accusation("dément formellement les allégations"), holds_accusation("denied")
    (True, False)
    """
    return not _words().accusation.isdisjoint(_key(text).split())


@functools.lru_cache(maxsize=65536)
def denies_in_words(predicate: str) -> str | None:
    """Return the words by which an asserted predicate says the event was staged, or None.

    >>> denies_in_words("staged"), denies_in_words("a fabrication"), denies_in_words("killed")
    ('staged', 'fabrication', None)
    >>> denies_in_words("spread fake news") is None   # only a denial's "fake" denies
    True
    """
    return _found("in_words", predicate)


def denial_of(
    claim: Claim,
    *,
    predicate: Resolved | None,
    actor: Resolved | None,
    speaker: Resolved | None,
    rejection: str | None = None,
    rejects: Resolved | None = None,
) -> Denial | None:
    """Return what a claim denies (:class:`Denial`), or None for a plain assertion.

    ``predicate``, ``actor`` and ``speaker`` are the claim's resolved fields.
    ``rejection`` is the verb by which the claim rejects a report or accusations
    (:mod:`._rejection`), asserted or denied: the speaker's own side denied (rule
    ``rejection``), ``rejects`` the party whose report or accusations it names.

    Examples
    --------
    >>> from claimrec.model import Claim
    >>> def denial(**kw):
    ...     fields = dict(source="Army", subject="attack", predicate="involvement")
    ...     return Claim(polarity="denied", **{**fields, **kw})
    >>> denial_of(denial(), predicate=None, actor=None, speaker=None).target
    'perpetrator'
    >>> denial_of(denial(predicate="carried out", quote="a fabrication"), predicate=None,
    ...           actor=None, speaker=None).rule
    'fabricated'
    >>> denial_of(denial(value="300"), predicate=None, actor=None, speaker=None).target
    'figure'
    >>> asserted = Claim(source="Ministry", subject="chemical attack", predicate="staged")
    >>> d = denial_of(asserted, predicate=None, actor=None, speaker=None)
    >>> d.target, sorted(d.means), d.in_words
    ('event', ['chemical'], True)
    """
    if rejection is not None:
        # "rejected the accusations", "a réfuté les conclusions du rapport": not us
        return Denial(
            target="perpetrator", rule="rejection", score=_SCORES["rejection"],
            text=rejection, perpetrator=_who(actor, speaker), in_words=not claim.denied,
            rejects=rejects,
        )  # fmt: skip
    if not claim.denied:
        said = denies_in_words(claim.predicate)
        if said is None:
            return None
        return _made("event", "fabricated", said, means=_named(claim, predicate), in_words=True)
    family = getattr(getattr(predicate, "record", None), "family", None)
    for text in (claim.predicate, *claim.qualifiers):
        said = _found("confirmation", text)
        if said is not None:
            return _made("confirmation", "unconfirmed", said)
    if isinstance(claim.value, Quantity):
        return _made("figure", "value", str(claim.value))
    told = [claim.predicate, claim.subject, *claim.qualifiers]
    for text in told:
        said = _found("figure", text)
        if said is not None:
            return _made("figure", "figure words", said)
    for text in (claim.predicate, claim.subject):
        said = _found("legitimacy", text)
        if said is not None:  # "not justified": whether it was legitimate, not who did it
            return _made("unknown", "legitimacy", said)
    if family == _RESPONSIBILITY:
        return _made(
            "perpetrator", "responsibility", claim.predicate, perpetrator=_who(actor, speaker)
        )
    for text in (*told, claim.quote or ""):
        said = _found("event", text) if text else None
        if said is not None:
            return _made("event", "fabricated", said, means=_named(claim, predicate))
    said = _found("perpetrator", claim.predicate)
    if said is not None:
        return _made("perpetrator", "perpetrator words", said, perpetrator=_who(actor, speaker))
    means = _named(claim, predicate)
    if means and _harm_in(claim, predicate, family):
        # "no doctors were hurt in the air strikes": the harm, not the strikes, is denied
        return _made("event", "harm", claim.predicate, means=means)
    if means:
        return _made("means", "means", _means_text(claim), means=means)
    who = _who(actor, None)
    if who is not None and predicate is not None and _own_side(who, speaker):
        # "the Russian army denies firing on the area": it did not do it
        return _made("perpetrator", "own act", claim.actor or who.text, perpetrator=who)
    said = _own_forces(claim) if predicate is not None else None
    if said is not None:
        # "its forces attacked and killed", "nos soldats ont tiré": its own side did not
        return _made("perpetrator", "own act", said, perpetrator=_who(actor, speaker))
    party = _who(None, speaker)
    if party is not None and claim.actor is None and family == _ATTACK and _active(claim):
        # "the LNA denied it had hit the centre": its own doing, not that the centre was hit
        return _made("perpetrator", "own doing", claim.predicate, perpetrator=party)
    if predicate is not None:
        return _made("event", "act", claim.predicate)
    return _made("unknown", "none", "")


#: The predicate family of attacks ("hit", "bombed", "struck", "targeted").
_ATTACK = "attack"


def _active(claim: Claim) -> bool:
    """Whether a denial's predicate takes a form only the active voice takes.

    Opened by an auxiliary of the active perfect or infinitive (*had hit*, *a frappé*,
    *haber bombardeado*, *hat getroffen*) or a gerund (*attacking*, *are attacking*), with
    no auxiliary of the passive nor agent word anywhere (*has been hit*, *a été frappé*,
    *hit by*): it says what the speaker did. A bare participle (*struck*, *harmed*,
    *bombardé*) may be a passive (*no civilians harmed*: the event denied). Words:
    ``denials.json``, ``perpetrator.active`` and ``perpetrator.passive``.

    >>> from claimrec.model import Claim
    >>> def active(predicate):
    ...     return _active(Claim(source="Army", subject="the school", predicate=predicate))
    >>> active("had hit"), active("a bombardé"), active("are attacking"), active("ha colpito")
    (True, True, True, True)
    >>> active("struck"), active("has been hit"), active("a été frappé"), active("wurde getroffen")
    (False, False, False, False)
    """
    words = _key(claim.predicate).split()
    if not words:
        return False
    passive = _words().passive
    if len(words) > 1 and words[0] in passive and _gerund(words[1]):
        words = words[1:]  # "are attacking", "were targeting": the progressive, active
    pairs = {" ".join(pair) for pair in itertools.pairwise(words)}  # "من قبل", by
    if passive.intersection(words) or passive.intersection(pairs):
        return False
    return (words[0] in _words().active and len(words) > 1) or _gerund(words[0])


def _gerund(word: str) -> bool:
    """Whether a word is an English gerund or present participle (*attacking*, *hitting*)."""
    return word.endswith("ing") and len(word) > 5


def _harm_in(claim: Claim, predicate: Resolved | None, family: str | None) -> bool:
    """Whether a denial denies harm to people, the means only the setting of the harm.

    "No doctors or patients were hurt in the air strikes" denies that they were hurt and
    takes the strikes for granted: its predicate is an act of harm (casualties, injuries)
    read by its own words, the means named in the predicate only after them, never in
    the subject ("chemical weapons were not used") nor by the predicate itself (a verb
    that is the means, *gassed*).

    >>> from claimrec.model import Claim
    >>> from claimrec.resolution import resolve
    >>> def denies(predicate, subject="patients"):
    ...     c = Claim(source="Health ministry", subject=subject, predicate=predicate,
    ...               polarity="denied", id="c")
    ...     return resolve([c])["c"].denies.target
    >>> denies("were hurt in the air strikes"), denies("used", subject="air strikes")
    ('event', 'means')
    """
    if family not in HARM_FAMILIES or predicate is None or means_named(claim.subject):
        return False
    if _words().means_predicates.get(predicate.id) is not None:
        return False
    key = _key(claim.predicate)
    first = min(
        (hit.start() for pattern in _words().means.values() for hit in pattern.finditer(key)),
        default=None,
    )
    return first is not None and first > 0


def _own_forces(claim: Claim) -> str | None:
    """Return the words by which a denial names its speaker's own forces as the doer, or None.

    A possessive (*its forces*, *our troops*, *nos soldats*, *sus tropas*) opening the
    predicate (*its forces attacked and killed*), after the *by* of a passive (*killed by
    our troops*, *tués par nos soldats*) or standing as the actor: the speaker denies that
    its own side did it. Elsewhere in the predicate (*attacked our soldiers*) it names the
    victims, not the doer.

    >>> from claimrec.model import Claim
    >>> def denial(predicate, actor=None):
    ...     return Claim(source="Regional government", subject="villagers",
    ...                  predicate=predicate, actor=actor, polarity="denied")
    >>> _own_forces(denial("its forces attacked and killed"))
    'its forces'
    >>> _own_forces(denial("attacked", actor="nos soldats"))
    'nos soldats'
    >>> _own_forces(denial("tués par nos soldats"))
    'nos soldats'
    >>> _own_forces(denial("attacked our troops")) is None
    True
    """
    pattern = _words().own_side
    if claim.actor:
        hit = pattern.fullmatch(_key(claim.actor))
        if hit is not None:
            return hit.group(0)
    key = _key(claim.predicate)
    hit = pattern.match(key)
    if hit is not None:
        return hit.group(0)
    for hit in pattern.finditer(key):  # "killed by our troops", "tués par nos soldats"
        before = key[: hit.start()].split()[-1:]
        if before and before[0] in _BY:
            return hit.group(0)
    return None


#: Words that open the doer of a passive verb ("killed by our troops", "tués par nos soldats").
_BY = frozenset({"by", "par", "por", "pelas", "pelos", "pela", "pelo"})


def _named(claim: Claim, predicate: Resolved | None) -> frozenset[str]:
    """Return the means a denial names: in its subject or predicate, or its predicate concept."""
    found = means_named(claim.subject) | means_named(claim.predicate)
    if predicate is not None:
        name = _words().means_predicates.get(predicate.id)
        if name is not None:
            found = found | {name}
    return found


def _means_text(claim: Claim) -> str:
    return claim.subject if means_named(claim.subject) else claim.predicate


def _who(actor: Resolved | None, speaker: Resolved | None) -> Resolved | None:
    """Return the perpetrator a denial names: the actor read exactly, else the speaker's side.

    A speaker stands for its party when it is a state or an armed group, or an organ of
    one (a state broadcaster); a news agency or a rights group denying that anyone claimed
    an attack names no perpetrator.
    """
    if actor is not None and actor.rule != "fuzzy" and isinstance(actor.record, Actor):
        return actor
    record = None if speaker is None else speaker.record
    if isinstance(record, Actor) and (
        record.kind in PARTY_KINDS or record.party != record.id
    ):
        return speaker
    return None


def _own_side(actor: Resolved, speaker: Resolved | None) -> bool:
    """Whether the actor a claim names is the speaker's own side (same actor or party)."""
    first, second = actor.record, None if speaker is None else speaker.record
    if not isinstance(first, Actor) or not isinstance(second, Actor):
        return False
    return first.id == second.id or first.party == second.party


def _made(
    target: str,
    rule: str,
    text: str,
    *,
    perpetrator: Resolved | None = None,
    means: frozenset[str] = frozenset(),
    in_words: bool = False,
) -> Denial:
    return Denial(
        target=target, rule=rule, score=_SCORES[rule], text=text, perpetrator=perpetrator,
        means=means, in_words=in_words,
    )  # fmt: skip
