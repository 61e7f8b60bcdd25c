"""A denial that people were harmed: whom it covers (:func:`victims_denied`).

"No doctors, patients or civilians were hurt in the air strikes" denies that people were
hurt; the air strikes are the cause it names, which it does not deny. Its harm is read by
the predicate rules (rule ``head``: the harm, not its cause; the denial's rule ``harm``
keeps the cause as its means: :mod:`claimrec.resolution._denial`). Its victims:

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


@functools.cache
def _joins() -> re.Pattern[str]:
    text = (files("claimrec") / "data" / "denials.json").read_text(encoding="utf-8")
    words = json.loads(text)["victim_lists"]["words"]
    keys = sorted({normalize(w) for w in words if normalize(w)}, key=len, reverse=True)
    return re.compile(r"\s*(?:[,;/]|\b(?:" + "|".join(map(re.escape, keys)) + r")\b)\s*")


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
