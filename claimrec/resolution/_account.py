"""How the victims died, by a cause that is no one's deliberate act: a cause account.

"The deaths were caused by an accidental explosion of fuel containers", "civilians were
killed by stray bullets", "people died in the fight between government forces and
separatist fighters", "penyebabnya ranjau yang ditanam oleh pihak PDF": a claim whose
predicate says who or what caused the harm (the ``responsibility`` family: *caused by*,
*blames*, *was the result of*) or reports the harm itself (``casualties``, ``injuries``:
*were killed by*, *died in*), and whose predicate or text value names a means that is no
deliberate killing, is an account of how the victims died (:class:`Account`):

- ``accident``: *an accident*, *accidentel*, *kecelakaan*;
- ``explosion``: munitions or fuel stored or planted there exploding (*a weapons cache*,
  *fuel containers*, *landmines*, *ranjau*);
- ``fire``: a fire that broke out (*a fire*, *incendie*; never *fire* alone: *opened
  fire* is shooting);
- ``crossfire``: crossfire, stray bullets, an exchange of fire (*balles perdues*);
- ``fighting``: fighting between two sides (*in the clashes between*, *lors des combats*);
- ``misfire``: a weapon that misfired or went astray (*an errant missile*, *un tir raté*,
  *a failed rocket launch*), read in the claim's subject too (*a wayward missile*): someone
  fired it, by mistake, so it always names a party (:func:`_misfire`).

The party it blames: the claim's own ``actor`` (*mines planted by* with actor *PDF*), else
a known actor named in its words; an account naming a party no vocabulary knows (*mines
planted by X*, *a rebel weapons cache*) names someone (``named``) without a known party.
A claim whose predicate no vocabulary reads gives munitions placed or stored there, in its
subject and predicate together (*explosives* *placed inside the colony*, actor
*Russians*), and an accident or a misfire its predicate is by itself (*the strike*: *a
tragic accident*). A strike is an account only when it hits munitions stored there, its striker
a known party (:func:`_strike`). Not an account: a denial, a claim of any other act, a strike on
a depot by a party no vocabulary knows, and an account of a part of the victims (*some died in
the fire*: its subject opens on a word of a part). Words in ``claimrec/data/accounts.json``.
"""

from __future__ import annotations

import functools
import json
import re
from importlib.resources import files

from claimrec._text import normalize
from claimrec.model import Claim
from claimrec.resolution._demonyms import named_country, names_nonstate
from claimrec.resolution._records import Account, Resolved
from claimrec.resolution._resolver import _actor_hit, _Resolver

#: Predicate families whose claims may give how the victims died: an attribution of the
#: cause, or the report of the harm itself.
_FAMILIES = frozenset({"responsibility", "casualties", "injuries"})
#: The means a claim whose predicate no vocabulary reads may still give, in its subject and
#: predicate together: munitions placed or stored there (*explosives* *placed inside*).
_STORED = "explosion"
#: Predicate families of a strike: one on munitions stored there (*an air strike on a depot
#: where weapons were stored*) is the striker's account of how the victims died (:func:`_strike`).
_STRIKES = frozenset({"attack", "military_use"})


def _phrases(words: list[str]) -> re.Pattern[str]:
    keys = sorted({normalize(w) for w in words}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(k) for k in keys if k) + r")\b")


@functools.cache
def _tables() -> tuple[
    dict[str, re.Pattern[str]], re.Pattern[str], re.Pattern[str], re.Pattern[str]
]:
    """Return the words of ``accounts.json``, compiled once: means, parts, agents, owners."""
    data = json.loads((files("claimrec") / "data" / "accounts.json").read_text(encoding="utf-8"))
    means = {name: _phrases(group["words"]) for name, group in data["means"].items()}
    partial = re.compile(r"^(?:" + _phrases(data["partial"]["words"]).pattern + r")")
    return means, partial, _phrases(data["agent"]["words"]), _phrases(data["owner"]["words"])


@functools.cache
def _others() -> re.Pattern[str]:
    """Return the words opening a figure of other victims (``accounts.json``'s ``others``)."""
    data = json.loads((files("claimrec") / "data" / "accounts.json").read_text(encoding="utf-8"))
    return re.compile(r"^(?:" + _phrases(data["others"]["words"]).pattern + r")")


def other_victims(claim: Claim) -> bool:
    """Whether the claim's figure counts other victims than those told before (*another 10*).

    >>> from claimrec.quantity import Quantity
    >>> other_victims(Claim(source="HRW", subject="people", predicate="killed",
    ...                     value=Quantity(low=10, high=10, text="another 10")))
    True
    >>> other_victims(Claim(source="HRW", subject="people", predicate="killed", value=10))
    False
    """
    text = getattr(claim.value, "text", None)
    return isinstance(text, str) and _others().search(normalize(text)) is not None


_ALL = ("*",)  # every means of ``accounts.json``
#: A weapon that went astray: someone fired it (:func:`_misfire`).
_MISFIRE = "misfire"
#: The means a predicate no vocabulary reads may be by itself (*a tragic accident*).
_UNNAMED = ("accident", _MISFIRE)


@functools.lru_cache(maxsize=65536)
def _means_in(text: str, kinds: tuple[str, ...]) -> tuple[str, frozenset[str], int]:
    """Return a text's normalised key, the means of ``kinds`` it names and where the first ends.

    Read once per distinct text (a feed repeats its predicates): ``_ALL`` reads every means.
    """
    means = _tables()[0]
    key = normalize(text)
    hits = {name: means[name].search(key) for name in (means if kinds == _ALL else kinds)}
    ends = [hit.end() for hit in hits.values() if hit is not None]
    found = frozenset(name for name, hit in hits.items() if hit is not None)
    return key, found, min(ends) if ends else -1


@functools.cache
def _stored() -> re.Pattern[str]:
    """Return the words of munitions stored at a site (``accounts.json``'s ``stored``).

    A subset of the explosion words: a cache, a depot, a warehouse, a weapons factory, weapons
    stored; never mines, fuel or explosives planted, which no strike hits (*a landmine* laid
    by a party is its own act, not its account of a strike on stored munitions).
    """
    data = json.loads((files("claimrec") / "data" / "accounts.json").read_text(encoding="utf-8"))
    return _phrases(data["stored"]["words"])


@functools.lru_cache(maxsize=65536)
def _partial(subject: str) -> bool:
    """Whether a subject names a part of the victims (*some civilians*), read once per text."""
    return _tables()[1].search(normalize(subject)) is not None


def account_of(
    claim: Claim, predicate: Resolved | None, actor: Resolved | None, resolver: _Resolver
) -> Account | None:
    """Return the claim's account of how the victims died (:class:`Account`), if it gives one.

    >>> from claimrec.resolution._resolver import _resolver
    >>> from claimrec.vocab import default_vocabulary
    >>> resolver = _resolver(default_vocabulary())
    >>> c = Claim(source="M23", subject="civilians", predicate="were killed by stray bullets")
    >>> account_of(c, resolver.predicate(c.predicate), None, resolver).means
    frozenset({'crossfire'})
    >>> import attrs
    >>> part = attrs.evolve(c, subject="some civilians")
    >>> account_of(part, resolver.predicate(c.predicate), None, resolver) is None
    True
    """
    if claim.denied:
        return None
    _, _, agents, owners = _tables()
    own = resolver.predicate(claim.predicate)  # its own words, before any reading in context
    if own is not None and getattr(own.record, "family", None) in _STRIKES:
        struck = _strike(claim, actor, resolver)
        if struck is not None:
            return struck
    if predicate is None:
        # "explosives" "placed inside the prison": munitions placed there, no act named;
        # "the strike" "a tragic accident": the predicate is the account itself
        texts = [f"{claim.subject} {claim.predicate}", claim.predicate]
        kinds_of: tuple[tuple[str, ...], ...] = ((_STORED,), _UNNAMED)
    elif getattr(predicate.record, "family", None) in _FAMILIES:
        texts = [claim.predicate]
        if isinstance(claim.value, str):
            texts.append(claim.value)
        texts.append(claim.subject)  # "a wayward missile" "result of": the weapon
        kinds_of = (_ALL,) * (len(texts) - 1) + ((_MISFIRE,),)
    else:
        return None
    for text, kinds in zip(texts, kinds_of, strict=True):
        key, found, end = _means_in(text, kinds)
        if not found:
            continue
        if _partial(claim.subject):
            return None  # "some died in the fire": a part of the victims
        if _MISFIRE in found:
            return _misfire(found, actor, resolver, text)
        blames = actor
        named = claim.actor is not None
        if blames is None:
            known = resolver.actor_in(text)
            if known is not None:
                blames = _actor_hit(known, text, 0.8, "account")
            # who held or planted it: "mines planted by X", "a rebel weapons cache"
            held = agents.search(key, end) is not None or owners.search(key) is not None
            named = named or known is not None or held
        if "fighting" in found and claim.actor is None:
            blames, named = None, False  # a fight between two sides blames neither
        return Account(means=found, blames=blames, named=named, text=text)
    return None


def _misfire(
    found: frozenset[str], actor: Resolved | None, resolver: _Resolver, text: str
) -> Account:
    """Return the account of a weapon that misfired or went astray (*an errant missile*).

    Someone fired it, by mistake: the account always names a party (``named``), the one
    whose weapon it was: the claim's perpetrator (``actor``), else a country's adjective in
    its words (*an errant Ukrainian missile*, *un tir raté de l'armée ukrainienne*), else a
    known actor named there. One naming no party the vocabulary knows blames no one: it
    says the victims died by a mistake, not whose, and disputes no one's claim.
    """
    blames = None if actor is None or actor.rule == "fuzzy" else actor
    if blames is None:
        country = named_country(text, resolver.vocab.demonyms)
        if country is not None and country in resolver.vocab.actors and not names_nonstate(text):
            blames = _actor_hit(resolver.vocab.actors.get(country), text, 0.7, "demonym")
        else:
            known = resolver.actor_in(text)
            blames = None if known is None else _actor_hit(known, text, 0.8, "account")
    return Account(means=found, blames=blames, named=True, text=text)


def _strike(claim: Claim, actor: Resolved | None, resolver: _Resolver) -> Account | None:
    """Return a known party's account of a strike on munitions stored there, if the claim is one.

    "The Ruritanian air force conducted an air strike on a rebel warehouse where weapons
    were stored": the victims died of what the depot held, released by the strike; the
    claim's perpetrator, read exactly, is the account's ``struck``, and the depot's holder
    (*rebel*, *militants*, a known actor named in its words) the one it blames. Read in
    the predicate, the text value and the subject (*a weapons depot* *was hit*); a strike
    whose striker no vocabulary knows, or on a part of the victims, is no account.

    >>> from claimrec.resolution import resolve
    >>> c = Claim(source="army", subject="the air force", actor="Syrian Air Force",
    ...           predicate="conducted an air strike on a rebel weapons depot", id="c")
    >>> found = resolve([c])["c"].account
    >>> sorted(found.means), found.named, found.struck is not None
    (['explosion'], True, True)
    """
    striker = None if actor is None or actor.rule == "fuzzy" else actor
    if striker is None or _partial(claim.subject):
        return None
    _, _, agents, owners = _tables()
    texts = [claim.predicate]
    if isinstance(claim.value, str):
        texts.append(claim.value)
    texts.append(claim.subject)
    for text in texts:
        key = normalize(text)
        hit = _stored().search(key)
        if hit is None:
            continue  # no munitions stored there (a landmine, fuel: no strike's target)
        found, end = frozenset({_STORED}), hit.end()
        known = resolver.actor_in(text)
        blames = None if known is None else _actor_hit(known, text, 0.8, "account")
        if blames is not None and blames.id == striker.id:
            blames = None  # the striker named again, not the depot's holder
        held = agents.search(key, end) is not None or owners.search(key) is not None
        return Account(
            means=found, blames=blames, named=held or blames is not None, text=text, struck=striker
        )
    return None
