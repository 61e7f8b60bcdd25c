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

Guards: air defence named as the target (``target``: *a strike on air defence positions*,
*удар по ПВО*) is no agent (a munition so named, *fire on the missile*, none that hit); a
text naming the defender's own munition (``munition``: *an air-defence missile
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
#: Predicate families of an act or its harm: a denial of one is never re-read.
_ACTS = frozenset({"attack", "casualties", "injuries", "destruction", "clashes", "responsibility"})
#: The subject class of what an interception brings down: the attacker's weapon.
WEAPONS = "weapons"
#: Subject classes of the event or its harm (*the strike*, *the tragedy*), read as the weapon.
_HARM_SUBJECTS = frozenset({"incident"})
#: The groups of words of ``interception.json``.
_GROUPS = ("defence", "interception", "munition", "cause", "target")
#: How many words may stand between a word of target and the air defence it targets.
_TARGET_GAP = 2


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


def _acting(group: str, text: str) -> bool:
    """Whether ``text`` names a word of ``group`` that is not the target of the act.

    Air defence or a munition right after a word of target (*a strike on air defence
    sites*, *air defence fire on the missile*) is what was hit or fired at.

    >>> _acting("defence", "Ruritanian air defences")
    True
    >>> _acting("defence", "a strike on air defence sites")
    False
    >>> _acting("munition", "air defence fire on the missile")
    False
    """
    key, tables = normalize(text), _tables()
    for found in tables[group].finditer(key):
        before = key[: found.start()].split()[-(_TARGET_GAP + 1) :]
        if not any(tables["target"].fullmatch(word) for word in before):
            return True
    return False


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
    >>> names_interception("a strike on Ruritanian air defence positions")
    False
    >>> names_interception("air defence fire on the missile")
    True
    """
    if names_misfire(text):
        return False  # a weapon gone astray: whoever fired it is behind it
    defence, munition = _acting("defence", text), _acting("munition", text)
    if _names("interception", text):
        # "shot down" with no weapon or air defence named may be people shot dead
        return defence or munition
    return defence and not munition


@functools.lru_cache(maxsize=65536)
def _downs_in_words(text: str) -> bool:
    """Whether a denial's words name bringing a weapon down (*the means to shoot down missiles*).

    A word of interception, with air defence or a munition (*abattre* alone may be a
    killing): :func:`names_interception` with the interception itself named.
    """
    return _names("interception", text) and names_interception(text)


def interceptions(
    claims: Sequence[Claim],
    read_at: Callable[[int], tuple[Resolved | None, Resolved | None]],
    resolver: _Resolver,
) -> tuple[dict[int, Resolved], dict[int, Resolved]]:
    """Per interception account (or its denial): *shot down*, and the weapon brought down.

    ``read_at(i)`` is claim ``i``'s predicate and subject as read so far. Both readings
    are rule ``interception``: the predicate *shot down*; the subject, when it names the
    event or its harm (*the strike*, *la tragedia*) or nothing the vocabulary reads, the
    weapons class (what an interception brings down is the attacker's weapon). See the
    module docstring.

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
    >>> def read(i):
    ...     return resolver.predicate(claims[i].predicate), resolver.subject(claims[i].subject)
    >>> preds, subjects = interceptions(claims, read, resolver)
    >>> sorted(preds), preds[0].id, preds[0].rule, subjects[0].id
    ([0, 2], 'shot_down', 'interception', 'weapons')
    """
    vocab = resolver.vocab
    if SHOT_DOWN not in vocab.predicates:
        return {}, {}
    concept = vocab.predicates.get(SHOT_DOWN)
    weapons = vocab.subjects.get(WEAPONS) if WEAPONS in vocab.subjects else None
    out: dict[int, Resolved] = {}
    subjects: dict[int, Resolved] = {}
    for i, claim in enumerate(claims):
        hit, subject = read_at(i)
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
        elif claim.denied and (hit is None or family not in _ACTS):
            # "no means to shoot down this type" (have), "es capaz de derribar este tipo de
            # misil" (read as a type of weapon): the verb says only that it could not be done
            found = _downs_in_words(f"{claim.subject} {claim.predicate}")
        if not found:
            continue
        out[i] = _hit(concept.id, concept.id, claim.predicate, 0.8, "interception", concept)
        if weapons is not None and (subject is None or subject.id in _HARM_SUBJECTS):
            subjects[i] = _hit(weapons.id, weapons.id, claim.subject, 0.7, "interception", weapons)
    return out, subjects
