"""A party's rejection of another's report or accusations: one reading (private).

"The Kremlin rejected the Ukrainian leader's accusations", "le ministère a réfuté les
conclusions d'un rapport de l'Onu", "refuta estas conclusiones", "ha contestato le
conclusioni dell'indagine dell'Onu" and "dément formellement les allégations mensongères"
say one thing: the speaker denies the blame its side is given. A claim is such a
**rejection** when its verb denies, rejects, refutes, contests or dismisses
(``_words._says_denied``; never a verb that only says it is unconfirmed) and its subject is
a noun phrase headed by a noun of accusation, of a report, its findings, conclusions or
version, or of blame or wrongdoing (``denials.json``, ``accusation``: ``words``,
``reports`` and ``blame``: *a réfuté toute bavure de ses soldats*), after determiners,
the adjectives that call it false, or the name of whose it is (*the UN report*, *the
Ukrainian leader's accusations*). Asserted or denied, it reads as the accusation denials
do: the predicate *blamed*, denied, of the speaker's own side (:mod:`._subject_acts`,
:func:`._denial.denial_of`); an asserted one denies in its words.

The party whose accusations or report it rejects is read from the object where it names
one, by a known name read exactly (:func:`rejected_party`): *the Ukrainian leader's
accusations* are Ukraine's, *les conclusions d'un rapport de l'Onu* the UN's, *estas
conclusiones* no one's.
"""

from __future__ import annotations

import functools
import re

from claimrec.model import Claim
from claimrec.resolution._actors import read_part
from claimrec.resolution._denial import _key, _who, _words, says_unconfirmed
from claimrec.resolution._records import Resolved
from claimrec.resolution._resolver import _Resolver
from claimrec.resolution._words import _says_denied
from claimrec.vocab import Actor

#: The rules of an actor read without resemblance, for the party a rejection names.
_EXACT = frozenset({"exact", "scoped", "contained", "demonym"})
#: The token an English possessive leaves once its apostrophe is a space (*leader's*).
_POSSESSIVE = "s"
#: The longest name read inside a rejection's object (in words).
_LONGEST = 4
_TOKEN = re.compile(r"[^\W_]+")
#: Indefinite articles, lower case (*un rapport*, *una indagine*): never the name *UN*.
_ARTICLES = frozenset({"un", "une", "una", "uno", "unos", "unas", "um", "uma", "an", "ein",
                       "eine", "einen", "een"})  # fmt: skip


@functools.lru_cache(maxsize=65536)
def _head(text: str) -> int | None:
    """Return the index (in :func:`._denial._key` words) of the rejected noun, or None.

    The head is the first noun of accusation or of a report; every word before it is a
    determiner or an adjective that calls it false (``qualifiers``), a possessive's
    ``s``, or part of the name of whose it is (read by :func:`rejected_party`).
    """
    words = _words()
    tokens = _key(text).split()
    for k, word in enumerate(tokens):
        if word in words.accusation or word in words.reports or word in words.blame:
            return k
    return None


def _blames(text: str, k: int) -> bool:
    """Whether the head is a noun of blame or wrongdoing (*toute bavure*, *any wrongdoing*)."""
    return _key(text).split()[k] in _words().blame


def names_rejected(text: str, resolver: _Resolver | None = None) -> bool:
    """Whether a noun phrase names accusations or a report (what a rejection rejects).

    Headed by an accusation or report noun after determiners and the adjectives that call
    it false; words before the head that are neither must name whose it is (a known
    party, with ``resolver``).

    >>> names_rejected("les conclusions d'un rapport de l'Onu")
    True
    >>> names_rejected("estas conclusiones"), names_rejected("the attack")
    (True, False)
    >>> names_rejected("false reports")
    True
    >>> names_rejected("casualties reported") or names_rejected("the attack report")
    False
    """
    k = _head(text)
    if k is None:
        return False
    before = _before(text, k)
    if not before:
        return True
    return resolver is not None and _owner(" ".join(before), resolver) is not None


def _before(text: str, k: int) -> list[str]:
    """Return the words before the head that may name whose it is (as written).

    Determiners and the adjectives that call it false (``qualifiers``), lower-case
    indefinite articles and a possessive's ``s`` are left out.
    """
    raw = _TOKEN.findall(text)
    keys = _key(text).split()
    if len(raw) != len(keys):  # the words do not line up: read the keys alone
        raw = keys
    qualifiers = _words().accusation_qualifiers
    before = [
        w
        for w, key in zip(raw[:k], keys[:k], strict=True)
        if key not in qualifiers and w not in _ARTICLES
    ]
    if before and before[-1].lower() == _POSSESSIVE:
        before = before[:-1]
    return before


def rejection_of(claim: Claim, resolver: _Resolver | None = None) -> str | None:
    """Return the verb by which a claim rejects a report or accusations, or None.

    >>> from claimrec.model import Claim
    >>> rejection_of(Claim(source="Ministry", subject="estas conclusiones",
    ...                    predicate="refuta"))
    'refuta'
    >>> rejection_of(Claim(source="Ministry", subject="the report", predicate="published"))
    >>> rejection_of(Claim(source="Monitor", subject="allégations",
    ...                    predicate="confirmer ou démentir")) is None
    True
    """
    verb = claim.predicate
    return verb if rejects(verb, claim.subject, resolver) else None


def rejects(verb: str, noun: str, resolver: _Resolver | None = None) -> bool:
    """Whether a verb rejects and its object names accusations or a report.

    >>> from claimrec.resolution._resolver import _resolver
    >>> rejects("rejected", "the Ukrainian leader's accusations", _resolver(None))
    True
    >>> rejects("a réfuté", "toute bavure de ses soldats")
    True
    >>> rejects("ha contestato", "le conclusioni dell'indagine dell'Onu")
    True
    >>> rejects("published", "the report"), rejects("confirmer ou démentir", "allégations")
    (False, False)
    """
    if not _says_denied(verb) or says_unconfirmed(verb):
        return False
    return names_rejected(noun, resolver)


def rejecting_side(
    claim: Claim, speaker: Resolved | None, resolver: _Resolver
) -> Resolved | None:
    """Return the side a rejection naming no actor denies did it: its speaker's, or None.

    For alignment: a rejection names no perpetrator, yet it is about its speaker's side
    (``Denial.perpetrator``), so two rejections by two parties are never one item.
    None for any other claim, a claim naming an actor, or a speaker of no party.
    """
    if claim.actor or rejection_of(claim, resolver) is None:
        return None
    return _who(None, speaker)


def rejected_party(text: str, resolver: _Resolver) -> Resolved | None:
    """Return the party whose accusations or report a rejection's object names, or None.

    Read before the head (*the Ukrainian leader's accusations*, *the UN report*) or after
    it (*les conclusions d'un rapport de l'Onu*), by a known actor's name read exactly (a
    name, an alias, a known name inside, a country's adjective on a state's organ); a
    single word counts only when capitalised (*Onu*, never the French article *un*).

    >>> from claimrec.resolution._resolver import _resolver
    >>> r = _resolver(None)
    >>> rejected_party("the Ukrainian leader's accusations", r).id
    'Ukraine government'
    >>> rejected_party("les conclusions d'un rapport de l'Onu", r).id
    'UN'
    >>> rejected_party("estas conclusiones", r) is None
    True
    """
    k = _head(text)
    if k is None or _blames(text, k):
        return None  # a wrong denied names the denier's own side, never the accuser
    before = _before(text, k)
    if before:
        return _owner(" ".join(before), resolver)
    raw = _TOKEN.findall(text)
    if len(raw) != len(_key(text).split()):
        raw = _key(text).split()
    return _named_in(raw[k + 1 :], resolver)


def _named_in(tokens: list[str], resolver: _Resolver) -> Resolved | None:
    """Return the longest known name among the words after the head, or None."""
    for n in range(min(_LONGEST, len(tokens)), 0, -1):
        for start in range(len(tokens) - n + 1):
            part = tokens[start : start + n]
            if n == 1 and not part[0][:1].isupper():
                continue
            found = _owner(" ".join(part), resolver)
            if found is not None:
                return found
    return None


def _owner(text: str, resolver: _Resolver) -> Resolved | None:
    hit = read_part(text, resolver, None, None)
    if hit.rule in _EXACT and isinstance(hit.record, Actor):
        return hit
    return None
