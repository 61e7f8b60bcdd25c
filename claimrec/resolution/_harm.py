"""A denial that people were harmed: the harm it denies, and whom (:func:`harms_denied`).

"No doctors, patients or civilians were hurt in the air strikes" denies that people were
hurt; the air strikes are the cause it names, which it does not deny. Two readings of a
denied claim's words, for denials only (an assertion keeps its reading):

- **the harm** (:func:`harms_denied`): a denial whose predicate resolves to an act of the
  ``attack`` family (the longest phrase the vocabulary knows: *air strikes*) while its
  other words name a harm done to people (a predicate of the ``casualties`` or
  ``injuries`` family: *hurt*, *killed*) denies that harm: its predicate is the harm
  (rule ``harm``). "Nobody was hurt in the air strikes" is no denial of the strikes;
- **the victims** (:func:`victims_denied`): a denial whose subject lists victims
  (*doctors, patients or civilians*; the joining words are ``victim_lists`` of
  ``claimrec/data/denials.json``) whose classes nest (a doctor and a patient are
  civilians) is a denial about the broadest of them (rule ``listed``): its victims are
  all of them, not the first named. Classes that do not nest (*civilians or soldiers*),
  or a part the vocabulary does not read, leave the subject as it was read.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Sequence
from importlib.resources import files

from claimrec._text import normalize
from claimrec.model import Claim
from claimrec.resolution._records import Resolved

#: Predicate families of a harm done to people (what a denial of harm denies).
HARMS = frozenset({"casualties", "injuries"})
#: The family of the acts that cause a harm (*air strikes*, *shelling*, *attack*).
_CAUSES = frozenset({"attack"})
_WINDOW = 3  # the longest run of words read as the harm (*were seriously injured*)


@functools.cache
def _joins() -> re.Pattern[str]:
    text = (files("claimrec") / "data" / "denials.json").read_text(encoding="utf-8")
    words = json.loads(text)["victim_lists"]["words"]
    keys = sorted({normalize(w) for w in words if normalize(w)}, key=len, reverse=True)
    return re.compile(r"\s*(?:[,;/]|\b(?:" + "|".join(map(re.escape, keys)) + r")\b)\s*")


def _family(hit: Resolved | None) -> str | None:
    return getattr(getattr(hit, "record", None), "family", None)


def harm_in(text: str, resolve: Callable[[str], Resolved | None]) -> Resolved | None:
    """Return the harm to people that a run of ``text``'s words names, or None.

    The leftmost run of at most three words that ``resolve`` reads as a predicate of the
    ``casualties`` or ``injuries`` family.

    >>> from claimrec.vocab import default_vocabulary
    >>> from claimrec.resolution._resolver import _hit
    >>> vocab = default_vocabulary().predicates
    >>> def resolve(text):
    ...     found = vocab.resolve(text)
    ...     return None if found is None else _hit(found.id, found.id, text, 1.0, "exact", found)
    >>> harm_in("have been hurt in the air strikes", resolve).id
    'wounded'
    >>> harm_in("the air strikes hit the market", resolve) is None
    True
    """
    words = normalize(text).split()
    for start in range(len(words)):
        for size in range(1, _WINDOW + 1):
            if start + size > len(words):
                break
            found = resolve(" ".join(words[start : start + size]))
            if _family(found) in HARMS:
                return found
    return None


def harms_denied(
    claims: Sequence[Claim],
    predicate_at: Callable[[int], Resolved | None],
    resolve: Callable[[str], Resolved | None],
) -> dict[int, Resolved]:
    """Per denied claim: the harm it denies, when its predicate was read as the harm's cause.

    ``predicate_at(i)`` is claim ``i``'s predicate as read so far; ``resolve`` reads a
    predicate phrase. Only denials whose predicate resolves to an act of the ``attack``
    family, and whose words also name a harm to people (:func:`harm_in`).
    """
    out: dict[int, Resolved] = {}
    for i, claim in enumerate(claims):
        if not claim.denied:
            continue
        hit = predicate_at(i)
        if _family(hit) not in _CAUSES:
            continue
        found = harm_in(claim.predicate, resolve)
        if found is not None:
            out[i] = Resolved(
                id=found.id, name=found.name, text=claim.predicate, score=0.8, rule="harm",
                record=found.record,
            )  # fmt: skip
    return out


def _lineage(hit: Resolved, lineage: Callable[[str], tuple[str, ...]]) -> tuple[str, ...]:
    return lineage(hit.id)


def victims_denied(
    claims: Sequence[Claim],
    subject_at: Callable[[int], Resolved | None],
    resolve: Callable[[str], Resolved | None],
    lineage: Callable[[str], tuple[str, ...]],
) -> dict[int, Resolved]:
    """Per denied claim listing victims whose classes nest: the broadest of them.

    ``subject_at(i)`` is claim ``i``'s subject as read so far, ``resolve`` reads a
    subject phrase, ``lineage`` gives a class and its broader classes. Every part of the
    list must be read, and one of them must be broader than (or the same as) all the
    others.
    """
    joins = _joins()
    out: dict[int, Resolved] = {}
    for i, claim in enumerate(claims):
        if not claim.denied:
            continue
        parts = [p for p in joins.split(normalize(claim.subject)) if p.strip()]
        if len(parts) < 2:
            continue
        hits = [resolve(p) for p in parts]
        read = [h for h in hits if h is not None]
        if len(read) != len(hits):
            continue
        broadest = next((h for h in read if all(h.id in _lineage(o, lineage) for o in read)), None)
        current = subject_at(i)
        if broadest is None or (current is not None and current.id == broadest.id):
            continue
        out[i] = Resolved(
            id=broadest.id, name=broadest.name, text=claim.subject, score=0.8, rule="listed",
            record=broadest.record,
        )  # fmt: skip
    return out
