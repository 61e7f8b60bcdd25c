"""An interception account: the harm caused by the defender's air defence (private).

"The strike was the result of Ukrainian air defences", "une tragédie pouvant être due à un
tir de la défense antiaérienne", "la tragedia è il risultato di un'intercettazione",
"the missile had fallen on the building after being shot down": a claim that the harm was
caused by air defence (its work, its fire, an interception, a missile shot down that fell on
the target) tells how the attacker's weapon came to hit, not who attacked. It is an account
of interception, the concept of *shot down* (predicate ``shot_down``, rule
``interception``), never an attribution naming the defender as perpetrator: the weapon
brought down is still the attacker's. Its relays then align with one another and with
"the missile was shot down", and contradict "it was not shot down".

Read from ``claimrec/data/interception.json`` (one list of words per language):

- a claim whose predicate says who or what caused the harm (the ``responsibility``
  family: *caused by*, *was the result of*, *pouvant être due à*), or whose predicate no
  vocabulary reads but says so or that the weapon fell there (``cause``: *è il risultato
  di*, *стала следствием*, *had fallen on*), and whose predicate, text value or actor
  names air defence as an agent or activity (``defence``) or an interception
  (``interception``);
- a denial whose predicate no vocabulary reads (*have*, *denied*) and whose subject names
  the act of bringing a weapon down with air defence or a munition (*no means to shoot
  down this type of missile*, *air defences shot down the missile*: denied): a denial of
  the interception.

Guard: a text naming the defender's own munition (``munition``: *an air-defence missile
fired by a Buk launcher*) with no word of interception, or a weapon that misfired or went
astray (*an errant air-defence missile*: ``accounts.json``'s ``misfire``), names the
weapon that hit, a rival perpetrator: it is left as it is.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Sequence
from importlib.resources import files

from claimrec._text import normalize
from claimrec.model import Claim
from claimrec.resolution._misfire import names_misfire
from claimrec.resolution._records import Resolved
from claimrec.resolution._resolver import _hit, _Resolver

#: The concept of an interception account (``predicates.json``).
SHOT_DOWN = "shot_down"
#: Predicate families that say who or what caused the harm.
_CAUSE_FAMILIES = frozenset({"responsibility"})
#: The groups of words of ``interception.json``.
_GROUPS = ("defence", "interception", "munition", "cause")


@functools.cache
def _tables() -> dict[str, re.Pattern[str]]:
    """Return each group of ``interception.json``, every language in one pattern."""
    data = json.loads(
        (files("claimrec") / "data" / "interception.json").read_text(encoding="utf-8")
    )
    out: dict[str, re.Pattern[str]] = {}
    for group in _GROUPS:
        words = [w for lang in data[group]["words"].values() for w in lang]
        keys = sorted({normalize(w) for w in words} - {""}, key=len, reverse=True)
        out[group] = re.compile(r"\b(?:" + "|".join(re.escape(k) for k in keys) + r")\b")
    return out


def _names(group: str, text: str) -> bool:
    return _tables()[group].search(normalize(text)) is not None


@functools.lru_cache(maxsize=65536)
def names_interception(text: str) -> bool:
    """Whether ``text`` names air defence bringing a weapon down, not a munition that hit.

    >>> names_interception("Ukrainian air defences")
    True
    >>> names_interception("un tir de la défense antiaérienne ruritanienne")
    True
    >>> names_interception("the interception of a missile by air defence")
    True
    >>> names_interception("an air-defence missile fired by a Buk launcher")
    False
    >>> names_interception("an errant air-defence missile shot at a drone")
    False
    >>> names_interception("a rocket fired by the rebels")
    False
    """
    if names_misfire(text):
        return False  # a weapon gone astray: whoever fired it is behind it
    if _names("interception", text):
        return True
    return _names("defence", text) and not _names("munition", text)


@functools.lru_cache(maxsize=65536)
def _downs_in_words(text: str) -> bool:
    """Whether a subject names bringing a weapon down (*the means to shoot down missiles*).

    An interception word with air defence or a munition: *abattre* alone may be a killing.
    """
    if names_misfire(text) or not _names("interception", text):
        return False
    return _names("defence", text) or _names("munition", text)


def interceptions(
    claims: Sequence[Claim],
    predicate_at: Callable[[int], Resolved | None],
    resolver: _Resolver,
) -> dict[int, Resolved]:
    """Per claim that is an interception account (or its denial): *shot down* (rule ``interception``).

    ``predicate_at(i)`` is claim ``i``'s predicate as read so far. See the module docstring.

    >>> from claimrec.resolution._resolver import _resolver
    >>> from claimrec.vocab import default_vocabulary
    >>> resolver = _resolver(default_vocabulary())
    >>> claims = [
    ...     Claim(source="K", subject="the blast", predicate="was the result of",
    ...           value="Ruritanian air defences"),
    ...     Claim(source="K", subject="the blast", predicate="was the result of",
    ...           value="an errant Ruritanian air-defence missile"),
    ...     Claim(source="Air Force", subject="means to shoot down such missiles",
    ...           predicate="have", polarity="denied"),
    ... ]
    >>> found = interceptions(claims, lambda i: resolver.predicate(claims[i].predicate),
    ...                       resolver)
    >>> sorted(found), found[0].id, found[0].rule
    ([0, 2], 'shot_down', 'interception')
    """
    predicates = resolver.vocab.predicates
    if SHOT_DOWN not in predicates:
        return {}
    concept = predicates.get(SHOT_DOWN)
    out: dict[int, Resolved] = {}
    for i, claim in enumerate(claims):
        hit = predicate_at(i)
        family = None if hit is None else getattr(hit.record, "family", None)
        if hit is not None and hit.id == SHOT_DOWN:
            continue
        cause = family in _CAUSE_FAMILIES or (hit is None and _names("cause", claim.predicate))
        found = False
        if cause:
            texts = [claim.predicate, claim.actor or ""]
            if isinstance(claim.value, str):
                texts.append(claim.value)
            found = names_interception(" ".join(texts))
        elif hit is None and claim.denied:
            found = _downs_in_words(f"{claim.subject} {claim.predicate}")
        if found:
            out[i] = _hit(concept.id, concept.id, claim.predicate, 0.8, "interception", concept)
    return out
