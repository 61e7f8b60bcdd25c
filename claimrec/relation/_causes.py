"""Disputes over what caused an event: a means denied against a claim asserting it (private).

"The chemical attack was staged" (or "no chemical weapons were used") denies a means of
one event's harm. A claim asserts that means not only when it reports an act done with it
("40 killed in a gas attack": an act of the entailment graph, ``_denials.means_meet``) but
also when it says, in another predicate family, that the means caused the harm:

- an attribution of the act done with it ("the perpetrators of the chemical attack were
  the air force": the vocabulary's ``responsibility`` family);
- the weapon it was done with ("a toxic chemical was used as a weapon": ``weapon``);
- the treatment of its victims ("500 treated for exposure to toxic chemicals":
  ``medical``).

Each names the very means the other denies, of one event's harm: the cause is disputed.
A claim of those families naming no means, or another one, says nothing of the means
denied (an attribution naming no means is about who did it: the perpetrator rule's).
"""

from __future__ import annotations

from claimrec.relation._lookup import _Lookup

#: Predicate families (beyond acts of violence) whose claims assert the means they name
#: as the cause of one event's harm: who did it with it, the weapon, the victims' care.
CAUSE_FAMILIES = frozenset({"responsibility", "weapon", "medical"})


def asserts_cause(lookup: _Lookup, predicate: str) -> bool:
    """Whether a claim of this predicate asserts the means it names as what caused the harm.

    An act of violence (``killed``, ``attacked``), an attribution, the weapon or the
    treatment of victims: a means named in such a claim is the means of the event.

    >>> from claimrec.relation._lookup import _lookup
    >>> lookup = _lookup(None)
    >>> [asserts_cause(lookup, p) for p in ("killed", "blamed", "weapon", "treated")]
    [True, True, True, True]
    >>> asserts_cause(lookup, "displaced"), asserts_cause(lookup, "condemned")
    (False, False)
    """
    if lookup.violent(predicate):
        return True
    return lookup.vocabulary.predicates.family(predicate) in CAUSE_FAMILIES

