"""Interception accounts compared (private): the cause they name is the concept itself.

Resolution reads "the strike was the result of Ukrainian air defences", "une tragédie
pouvant être due à un tir de la défense antiaérienne", "è il risultato di
un'intercettazione" as accounts of interception (predicate ``shot_down``, rule
``interception``: :mod:`claimrec.resolution._interception`). Their text value names the
air defence that brought the weapon down: what every interception account says, in other
words. Compared as values, two relays of one statement would differ in wording, and the
account would seem narrower than "the missile was shot down", which names no value; so
the value of such a claim is left out of the comparison of values (:func:`cause_told`).
"""

from __future__ import annotations

import attrs

from claimrec.model import Claim
from claimrec.resolution import ClaimResolution

#: The rule of resolution that reads a claim as an interception account.
INTERCEPTION = "interception"


def cause_told(claim: Claim, rec: ClaimResolution) -> Claim:
    """Return the claim to compare values with: an interception account without its cause.

    >>> from claimrec.resolution import resolve
    >>> c = Claim(source="K", subject="the blast", predicate="was the result of",
    ...           value="Ruritanian air defences", id="c")
    >>> cause_told(c, resolve([c])["c"]).value is None
    True
    >>> d = Claim(source="K", subject="people", predicate="killed", value=3, id="d")
    >>> cause_told(d, resolve([d])["d"]) is d
    True
    """
    hit = rec.predicate
    if hit is None or hit.rule != INTERCEPTION or not isinstance(claim.value, str):
        return claim
    return attrs.evolve(claim, value=None)
