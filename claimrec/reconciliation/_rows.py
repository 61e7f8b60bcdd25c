"""From claims to claim-table rows: the value of each claim within its item, source identity."""

from __future__ import annotations

import functools
import math
from collections import Counter
from collections.abc import Callable, Iterable, Mapping

import attrs

from claimrec._text import normalize
from claimrec.category import Category, SetValue, Unstated
from claimrec.model import Claim, Source, SourceKind
from claimrec.quantity import Quantity
from claimrec.vocab import SubjectClass, Vocabulary

__all__ = ["SELF_INTEREST_FAMILIES", "source_identity"]


SELF_INTEREST_FAMILIES = frozenset(
    {"casualties", "injuries", "outcome", "responsibility", "destruction", "recovery"}
)

_SELF = "self-interested"


# --------------------------------------------------------------------------- value keys


def _worded(value: object) -> str:
    if isinstance(value, Quantity | Category | SetValue):
        return value.text or str(value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _commonest(wordings: Iterable[str]) -> str:
    # The commonest wording; among equals the one that keeps the most accents and other
    # non-ASCII letters (a transliteration loses them), then the first in sorted order:
    # never the first in input order.
    counts = Counter(wordings)
    return min(counts, key=lambda w: (-counts[w], -sum(not ch.isascii() for ch in w), w))


def _wording(claims: list[Claim]) -> str:
    return _commonest(("not " if c.denied else "") + _worded(c.value) for c in claims)


def _signed_text(claim: Claim) -> str:
    return ("not " if claim.denied else "") + _value_text(claim.value)


def _value_text(value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, SetValue):  # one label per list, however its members are spelled
        listed = ", ".join(sorted(value.keys))
        return listed if value.count is None else f"{value.count}: {listed} ..."
    if isinstance(value, Category):
        return value.value
    if isinstance(value, str):
        return normalize(value) or value
    return str(value)


@attrs.frozen
class _Row:
    claim: Claim
    source_key: tuple[str, str]
    value: str
    numeric: tuple[float, float, float] | None
    words: bool = False  # qualitative words about an item with figures ("heavy losses")


#: The numeric payload of words about a toll that has figures: evidence of a figure above zero.
_ABOVE_ZERO = (1.0, math.nan, math.inf)


def source_identity(source: Source, vocabulary: Vocabulary) -> str:
    """Return the one name under which a source's claims are weighed.

    The aliases of one actor are one source: "GSIM" and "JNIM" both weigh as "JNIM", the
    vocabulary's id of the actor. A name the vocabulary does not know is its own identity.
    This is the only place reconciliation turns a source name into an identity, so that it
    can later defer to the resolution stage.

    Examples
    --------
    >>> import claimrec as cr
    >>> from claimrec.reconciliation import source_identity
    >>> vocab = cr.vocab.default_vocabulary()
    >>> source_identity(cr.Source(name="GSIM"), vocab), source_identity(cr.Source(name="x"), vocab)
    ('JNIM', 'x')
    """
    for name in (source.name, *source.aliases):
        actor = vocabulary.actors.resolve(name)
        if actor is not None and actor.kind not in (SourceKind.WITNESS, SourceKind.OTHER):
            return actor.id  # a named actor; "a resident" and "a witness" stay apart
    return source.name


def _doer(actor: str, vocabulary: Vocabulary) -> str:
    """Return a perpetrator's identity: the actor vocabulary's id, else the normalised name."""
    found = vocabulary.actors.resolve(actor)
    return found.id if found is not None else (normalize(actor) or actor)


def _victims(
    members: tuple[Claim, ...],
    subject_class: Callable[[str], SubjectClass | None],
    exclusive: Callable[[str, str], bool],
) -> dict[str, str]:
    """Return each claim's subject class, when the item's claims name exclusive classes."""
    found = {c.id: s.id for c in members if (s := subject_class(c.subject)) is not None}
    classes = sorted(set(found.values()))
    if any(exclusive(a, b) for i, a in enumerate(classes) for b in classes[i + 1 :]):
        return found
    return {}


def _numeric(q: Quantity) -> tuple[float, float, float]:
    low = -math.inf if q.low is None else q.low
    high = math.inf if q.high is None else q.high
    best = q.best if q.best is not None else q.center
    return (low, best, high)


def _is_party(source: Source, vocabulary: Vocabulary) -> bool:
    if source.party:
        return True
    if source.kind in (SourceKind.STATE, SourceKind.ARMED_GROUP):
        actor = vocabulary.actors.resolve(source.name)
        return actor is not None and bool(actor.party)
    return False


def _rows(
    groups: Mapping[str, tuple[Claim, ...]],
    vocabulary: Vocabulary,
    *,
    party_aware: bool,
    trust_by: str,
) -> tuple[
    list[_Row],
    list[str],
    list[tuple[str, str]],
    list[tuple[str, str]],
    dict[str, tuple[Claim, ...]],
]:
    rows: list[_Row] = []
    items: list[str] = []
    exclusions: list[tuple[str, str]] = []
    entails: list[tuple[str, str]] = []
    silent: dict[str, tuple[Claim, ...]] = {}
    # A million claims name a few thousand predicates and sources: resolve each once.
    # So do they a few dozen subjects and a few hundred actors, and their pairs repeat.
    resolve_predicate = functools.cache(vocabulary.predicates.resolve)
    predicates_exclude = functools.cache(vocabulary.predicates.excludes)
    subject_class = functools.cache(vocabulary.subjects.resolve)
    subjects_exclude = functools.cache(vocabulary.subjects.excludes)
    doer = functools.cache(lambda actor: _doer(actor, vocabulary))
    # By the Source object: a reader gives all claims of a source one object, and hashing
    # a Source (its five fields) for each of a million claims costs more than resolving it.
    identities: dict[int, tuple[Source, str, bool]] = {}

    def speaker(source: Source) -> tuple[Source, str, bool]:
        found = identities.get(id(source))
        if found is None:  # the Source is kept in the entry: its id is not reused meanwhile
            found = identities[id(source)] = (
                source,
                source_identity(source, vocabulary),
                _is_party(source, vocabulary),
            )
        return found

    for gid, every in groups.items():
        members = tuple(c for c in every if not isinstance(c.value, Unstated))
        silent[gid] = tuple(c for c in every if isinstance(c.value, Unstated))
        if not members:
            continue
        resolved = [resolve_predicate(c.predicate) for c in members]
        pred_ids = [
            p.id if p is not None else normalize(c.predicate)
            for p, c in zip(resolved, members, strict=True)
        ]
        uniform = len(set(pred_ids)) == 1
        distinct = sorted(set(pred_ids))
        conflict = any(
            predicates_exclude(a, b) for k, a in enumerate(distinct) for b in distinct[k + 1 :]
        )
        # An item with figures whose predicates do not exclude each other is a toll: its
        # estimate is a figure, and words about it ("heavy losses", "soldiers were killed")
        # are evidence that the figure is above zero, never a rival to it.
        figures = not conflict and any(
            isinstance(c.value, Quantity) and not c.denied for c in members
        )
        # Where predicates compete ("repelled" against "captured 3"), a predicate with
        # several figures keeps them apart, so that "captured 3" and "captured 5" compete too.
        # (Only read where the item is not a toll: a toll's figures are its values.)
        split = set() if figures else {
            p
            for p in distinct
            if len({str(c.value) for c, q in zip(members, pred_ids, strict=True)
                    if q == p and isinstance(c.value, Quantity)}) > 1
        }  # fmt: skip
        # Who did it, where the item's claims name different perpetrators of the same act:
        # "hit by an Israeli strike" and "hit by a Palestinian rocket" are rival values.
        doers = {c.id: doer(c.actor) for c in members if c.actor}
        by_doer = not figures and len(set(doers.values())) > 1
        # Who the dead were, where the item's claims name exclusive victim classes: the
        # army's "200 jihadists" and the NGOs' "200 civilians" are rival values, not one.
        victims = _victims(members, subject_class, subjects_exclude)
        for claim, pred, pred_id in zip(members, resolved, pred_ids, strict=True):
            family = pred.family if pred is not None else pred_id
            sign = "not " if claim.denied else ""
            numeric = None
            words = False
            if figures and isinstance(claim.value, Quantity):
                base = _value_text(claim.value)
                if not claim.denied:
                    numeric = _numeric(claim.value)
            elif pred_id in split and isinstance(claim.value, Quantity):
                base = f"{pred_id} {_value_text(claim.value)}"
            elif not uniform or claim.value is None:
                base = pred_id
            else:
                base = _value_text(claim.value)
            if by_doer and claim.id in doers:
                base = f"{base} by {doers[claim.id]}"
            if claim.id in victims:
                base = f"{base} ({victims[claim.id]})"
            if figures and numeric is None:
                base = "words: " + base
                if not claim.denied:
                    numeric, words = _ABOVE_ZERO, True
            value = sign + base
            scope = ""
            _, name, is_party = speaker(claim.source)
            if trust_by == "source_predicate":
                scope = family
            elif party_aware and family in SELF_INTEREST_FAMILIES and is_party:
                scope = _SELF
            key = (name, scope)
            rows.append(_Row(claim, key, value, numeric, words))
            items.append(gid)
        # exclusions between the values of this item: denial vs assertion, excluded outcomes
        mine = rows[len(rows) - len(members) :]
        values = {r.value for r in mine}
        if uniform and not figures:
            # "X attacked" (no value) is entailed by "7 towns attacked": they do not compete.
            bare = {r.value for r in mine if r.claim.value is None}
            valued = {r.value for r in mine if r.claim.value is not None}
            for b in bare:
                for w in valued:
                    if b.startswith("not ") == w.startswith("not "):
                        entails.append((gid + "\x1f" + w, gid + "\x1f" + b))
        for v in values:
            if v.startswith("not ") and v[4:] in values:
                exclusions.append((gid + "\x1f" + v, gid + "\x1f" + v[4:]))
        if by_doer:  # one act, one perpetrator: values naming different ones exclude each other
            doer_of = {r.value: doers[r.claim.id] for r in mine if r.claim.id in doers}
            labels = sorted(doer_of)
            exclusions.extend(
                (gid + "\x1f" + a, gid + "\x1f" + b)
                for i, a in enumerate(labels)
                for b in labels[i + 1 :]
                if doer_of[a] != doer_of[b] and a.startswith("not ") == b.startswith("not ")
            )
        if victims:
            victim_of = {r.value: victims[r.claim.id] for r in mine if r.claim.id in victims}
            labels = sorted(victim_of)
            exclusions.extend(
                (gid + "\x1f" + a, gid + "\x1f" + b)
                for i, a in enumerate(labels)
                for b in labels[i + 1 :]
                if a.startswith("not ") == b.startswith("not ")
                and subjects_exclude(victim_of[a], victim_of[b])
            )
        if conflict:
            pred_of = {r.value: q for r, q in zip(mine, pred_ids, strict=True)}
            labels = sorted(values)
            for i, a in enumerate(labels):
                for b in labels[i + 1 :]:
                    pa, pb = pred_of[a], pred_of[b]
                    same_sign = a.startswith("not ") == b.startswith("not ")
                    if same_sign and (predicates_exclude(pa, pb) or (pa == pb and pa in split)):
                        exclusions.append((gid + "\x1f" + a, gid + "\x1f" + b))
    return rows, items, exclusions, entails, silent
