"""One person described, not named, in the same long words by several reports.

Witnesses, residents and rescuers are classes of people: *a resident*, *witnesses*,
*locals* are many people, one class of speaker (:mod:`._witnesses`), never one person
(:mod:`._local`). A report sometimes describes
the one person it quotes at length instead: *a villager involved in cremating the bodies*.
When other reports relay that person, they repeat the description, reworded at most
(*a villager involved in the cremation of the bodies*). Such a description identifies one
person within the input when

- it opens with a singular indefinite article (*a*, *an*, *one*, *un*, *une*, *um*,
  *uma*, *una*, *uno*) and its head within the first three words is a word for a person
  (*villager*, *resident*, *witness*, *rescuer*...);
- it says at least :data:`MIN_DETAILS` things of that person beyond the head: content
  words, once articles, prepositions, reporting words (*told*, *contacted*) and the
  formulae of anonymity (*who asked not to be named*) are dropped;
- the two descriptions share the head and their details are the same, one detail added at
  most (a relay that adds *reports* or *the*), words compared by their first six letters
  (*cremating* and *cremation* are one detail).

*A resident of Kayes* (one detail), *a witness contacted by AFP* (one) and *witnesses
who asked not to be named* (plural, no details) never identify anyone. Descriptions in two
languages share no words, and stay two speakers.

>>> from claimrec.model import Source
>>> groups = described_speakers([Source(name="a nurse who treated the wounded children"),
...     Source(name="a nurse who treated wounded children"),
...     Source(name="a nurse"), Source(name="a resident of Kayes")])
>>> [[s.name for s in group] for group in groups]
[['a nurse who treated the wounded children', 'a nurse who treated wounded children']]
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from claimrec._disjoint import DisjointSets
from claimrec._text import normalize
from claimrec.model import Source

#: At least this many details of the person (content words beyond the head).
MIN_DETAILS = 3
_STEM = 6  # words compared by their first six letters: "cremating", "cremation"
_BUCKET_LIMIT = 32  # more sources than this under one key: too common to be one person

# A singular indefinite article: one person, not a class ("some residents", "witnesses").
_ONE = frozenset({"a", "an", "one", "un", "une", "um", "uma", "una", "uno"})

# Words for one person a report describes instead of naming (singular forms).
_PERSON = frozenset(
    {
        "resident", "witness", "eyewitness", "survivor", "villager", "civilian", "local",
        "doctor", "medic", "nurse", "activist", "worker", "employee", "person", "man",
        "woman", "farmer", "relative", "rescuer", "volunteer", "journalist", "reporter",
        "teacher", "trader", "driver", "official", "officer", "soldier", "fighter",
        "habitant", "temoin", "rescape", "survivant", "villageois", "medecin", "infirmier",
        "infirmiere", "travailleur", "salarie", "benevole", "secouriste", "soldat",
        "morador", "testemunha", "sobrevivente", "testigo", "vecino", "sobreviviente",
        "aldeano", "medico", "enfermero", "enfermera",
    }
)  # fmt: skip

# Words that say nothing of the person: articles, prepositions, conjunctions, pronouns,
# reporting verbs and the formulae of anonymity ("who asked not to be named").
_NO_DETAIL = frozenset(
    {
        "the", "a", "an", "of", "for", "in", "on", "at", "by", "from", "to", "and", "with",
        "who", "whom", "that", "which", "his", "her", "their", "its", "he", "she", "was",
        "is", "were", "be", "been", "has", "had", "have", "de", "du", "des", "d", "la", "le",
        "les", "l", "et", "au", "aux", "en", "pour", "dans", "par", "qui", "sur", "avec",
        "do", "da", "dos", "das", "em", "e", "o", "os", "as", "del", "los", "las", "y", "el",
        "que", "con", "por", "para", "told", "tells", "said", "says", "saying", "contacted",
        "quoted", "cited", "reached", "interviewed", "speaking", "spoke", "speak", "phone",
        "telephone", "asked", "not", "named", "name", "identified", "anonymity",
        "anonymous", "condition", "requested", "declined", "fear", "reprisals",
        "publicly", "authorised", "authorized", "reasons", "security",
    }
)  # fmt: skip


def _details(name: str) -> tuple[str, frozenset[str]] | None:
    """Return a description's head and details, or None when it describes nobody in particular.

    >>> head, details = _details("a villager involved in cremating the bodies")
    >>> head, sorted(details)
    ('villager', ['bodies', 'cremat', 'involv'])
    >>> _details("a resident of Kayes") is None, _details("witnesses in the town") is None
    (True, True)
    """
    tokens = normalize(name).split()
    if len(tokens) < 2 or tokens[0] not in _ONE:
        return None
    heads = [k for k in range(1, min(len(tokens), 4)) if tokens[k] in _PERSON]
    if not heads:
        return None
    head = heads[0]
    details = frozenset(t[:_STEM] for t in tokens[head + 1 :] if t not in _NO_DETAIL)
    if len(details) < MIN_DETAILS:
        return None
    return tokens[head], details


def _same_person(x: frozenset[str], y: frozenset[str]) -> bool:
    """Whether two descriptions' details are one: the same, one detail added at most."""
    return len(x & y) >= MIN_DETAILS and len(x ^ y) <= 1 and (x <= y or y <= x)


def described_speakers(sources: Iterable[Source]) -> list[tuple[Source, ...]]:
    """Return the groups of sources that describe one person in the same words (two or more).

    Sources are read once each; candidates come from a key per description (its details,
    and its details less one), never from all pairs. The groups are sorted, and so are
    their members (by name).
    """
    found: dict[Source, tuple[str, frozenset[str]]] = {}
    for source in set(sources):
        read = _details(source.name)
        if read is not None:
            found[source] = read
    if len(found) < 2:
        return []
    ordered = sorted(found, key=lambda s: (s.name, s.aliases, s.party or "", s.kind.value))
    index = {s: k for k, s in enumerate(ordered)}
    sets = DisjointSets(range(len(ordered)))

    buckets: dict[tuple[str, frozenset[str]], list[int]] = defaultdict(list)
    for source in ordered:
        head, details = found[source]
        buckets[head, details].append(index[source])
        for detail in details:
            buckets[head, details - {detail}].append(index[source])
    for members in buckets.values():
        if len(members) > _BUCKET_LIMIT:
            continue  # a description this common names a class, not one person
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                if i != j and _same_person(found[ordered[i]][1], found[ordered[j]][1]):
                    sets.union(i, j)
    return [tuple(ordered[k] for k in group) for group in sets.groups() if len(group) > 1]
