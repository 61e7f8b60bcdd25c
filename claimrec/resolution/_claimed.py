"""A denial of another speaker's figure or claim: whose claim, and which figures (private).

"Kenyan officials disputed the figure", "Nkaiserry refuted these claims", "les autorités
kenyanes contestant le bilan livré par les Shebab", "Obonyo: the Somali president's figure
is not true", "HRW's balance sheet of this incident is not true", "the account provided by
the military authorities is not accurate": the subject names a claim (a figure, a toll, a
report, claims, an account), not the act. Such a denial denies what that claim asserts
(:func:`claimed_denial`):

- **whose**: the speaker named in the subject, by a possessive (*the Somali president's
  figure*, *HRW's balance sheet*, *Mohamud's claim*) or after the noun (*le bilan livré
  par les Shebab*, *the number the Somalia president quoted*, *the account provided by
  the military authorities*): a source of the input named so (its name or an alias, or a
  name inside one: *Mohamud*), else a known actor read exactly (*HRW*, *the Somali
  president*). A subject naming no one (*the figure*, *these claims*, *the number*) is
  the claim of the one other side whose tolls the denial's article carries; none when
  the article carries several sides' tolls, or none.
- **figures**: the figures that speaker gives in the denial's article (its tolls: the
  dead, the wounded, a claim of having killed so many), with the denial's own figure
  (*denied the president's report that 180-200 were killed*).

The words are data (``claimrec/data/denied_claims.json``). Relations read the denial
(:mod:`claimrec.relation._claimed`): it contradicts that speaker's claims of those
figures, whoever relays them, and no other speaker's.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Iterable, Sequence
from importlib.resources import files

from claimrec.model import Claim, Source
from claimrec.quantity import Quantity
from claimrec.resolution._denial import _key
from claimrec.resolution._records import Denial, Resolved
from claimrec.vocab import Actor

#: Predicate families of a toll: the figure a denial of "the figure" denies.
TOLL_FAMILIES = frozenset({"casualties", "injuries"})
#: A claim of having killed so many (*claimed to have killed 100*) is read as a claim of
#: responsibility: a toll too when it states a figure or counts people.
_RESPONSIBILITY = "responsibility"
#: The longest name read after the head noun, and how far after it the name may begin.
_LONGEST = 4
_NEAR = 4
#: The possessive's ``s`` once its apostrophe is a space (*HRW's*).
_POSSESSIVE = "s"
_TOKEN = re.compile(r"[^\W_]+")
_SCORE = 0.8


class _Words:
    def __init__(self) -> None:
        text = (files("claimrec") / "data" / "denied_claims.json").read_text(encoding="utf-8")
        data = json.loads(text)
        nouns = [*data["figure"]["words"], *data["claim"]["words"]]
        keys = sorted({_key(w) for w in nouns if _key(w)}, key=len, reverse=True)
        self.head = re.compile(r"\b(?:" + "|".join(re.escape(k) for k in keys) + r")\b")
        self.figure = frozenset(_key(w) for w in data["figure"]["words"])
        self.determiners = frozenset(_key(w) for w in data["determiners"]["words"])
        provisional = sorted({_key(w) for w in data["provisional"]["words"]}, key=len)
        self.provisional = re.compile(
            r"\b(?:" + "|".join(re.escape(k) for k in provisional) + r")\b"
        )


@functools.cache
def _words() -> _Words:
    return _Words()


@functools.lru_cache(maxsize=65536)
def claim_head(subject: str) -> tuple[str, str, str] | None:
    """Return a subject's head noun of a claim, and the words before and after it, or None.

    The head is the first noun of a figure or of a claim; every word before it is a
    determiner, or the name of whose it is followed by a possessive (*the Somali
    president's*). The words before are returned without the possessive's ``s``.

    >>> claim_head("le bilan livré par Les Shebab")
    ('bilan', '', 'livre par les shebab')
    >>> claim_head("the Somali president's figure")
    ('figure', 'the somali president', '')
    >>> claim_head("these claims"), claim_head("the attack") is None
    (('claims', '', ''), True)
    >>> claim_head("soldiers killed in the attack reported by the army") is None
    True
    """
    key = _key(subject)
    hit = _words().head.search(key)
    if hit is None:
        return None
    before = key[: hit.start()].split()
    after = key[hit.end() :].strip()
    determiners = _words().determiners
    if before and before[-1] == _POSSESSIVE:
        owner = before[:-1]
        if not owner or len(owner) > _LONGEST + 1:
            return None
        return hit.group(0), " ".join(owner), after
    if any(w not in determiners for w in before):
        return None
    return hit.group(0), "", after


def says_figure(head: str) -> bool:
    """Whether a head noun is one of a figure (*the number*), not of a claim (*the claims*)."""
    return head in _words().figure


def _raw_after(subject: str, before: int) -> list[str]:
    """Return the words of the subject as written, from word ``before`` on (case kept)."""
    raw = _TOKEN.findall(subject)
    keys = _key(subject).split()
    if len(raw) != len(keys):
        raw = keys
    return raw[before:]


class SourceNames:
    """The input's sources by their names and aliases, for a denial naming whose claim."""

    def __init__(self, sources: Iterable[Source]) -> None:
        self._names: dict[tuple[str, ...], set[Source]] = {}
        for source in sources:
            for name in (source.name, *source.aliases):
                words = tuple(w for w in _key(name).split() if w != _POSSESSIVE)
                if words:
                    self._names.setdefault(words, set()).add(source)

    def named(self, words: Sequence[str], *, capitalised: bool) -> set[Source]:
        """Return the sources a phrase names: a whole name, or a part of one.

        A single word counts only when written capitalised (a name: *Mohamud*, never
        *military*).
        """
        words = tuple(w for w in words if w != _POSSESSIVE)
        while words and words[0] in _words().determiners:
            words = words[1:]
        if not words or (len(words) == 1 and not capitalised):
            return set()
        found = set(self._names.get(words, ()))
        if found:
            return found
        n = len(words)
        for name, sources in self._names.items():
            if len(name) > n and any(name[k : k + n] == words for k in range(len(name) - n + 1)):
                found |= sources
        return found


def side(hit: Resolved | None) -> str | None:
    """Return the side a resolved speaker stands for: its party, else its identity."""
    if hit is None:
        return None
    record = hit.record
    if isinstance(record, Actor):
        return record.party or record.id
    return hit.id


def claimed_denial(
    claim: Claim,
    speaker: Resolved | None,
    *,
    owner_of: Callable[[str, bool], Resolved | None],
    article: Sequence[tuple[Claim, Resolved | None, str | None, bool]],
) -> Denial | None:
    """Return the denial read as a denial of another speaker's claim, or None.

    ``owner_of(text, capitalised)`` reads whose claim a phrase names (a resolved speaker,
    or None); ``article`` holds the denial's article's other claims, each with its
    speaker, its predicate family and whether it counts people (a subject read as
    people). None when the subject names no claim, or no one's claim can be read.
    """
    if not claim.denied:
        return None
    if any(_words().provisional.search(_key(t)) for t in (claim.predicate, *claim.qualifiers)):
        return None  # "le bilan n'est pas définitif": not final, not denied
    found = claim_head(claim.subject)
    if found is None:
        return None
    head, before, after = found
    whose = None
    if before:
        raw = _TOKEN.findall(claim.subject)[: len(before.split())]
        whose = owner_of(" ".join(raw), bool(raw) and raw[-1][:1].isupper())
        if whose is None:
            return None  # a name no one knows: whose claim it is cannot be told
    elif after:
        whose = _owner_after(claim.subject, head, owner_of)
    named = whose is not None
    mine = side(speaker)
    tolls = [
        (c, hit) for c, hit, family, people in article
        if not c.denied and _is_toll(c, family, people) and side(hit) is not None
    ]  # fmt: skip
    if whose is None:
        sides = {side(hit) for _, hit in tolls} - {mine}
        if len(sides) != 1:
            return None  # several sides' tolls, or none: "the figure" names no one
        owner = sides.pop()
        whose = next(hit for _, hit in tolls if side(hit) == owner)
    if side(whose) == mine:
        return None  # its own side's figure denied: a revision, not another's claim
    figures = [c.value for c, hit in tolls if side(hit) == side(whose)]
    if named:
        # whose claim named: any figure it gives in the article ("the figure" "put at")
        figures += [
            c.value for c, hit, _, _ in article if not c.denied and side(hit) == side(whose)
        ]
    if isinstance(claim.value, Quantity):
        figures.insert(0, claim.value)
    unique = tuple(dict.fromkeys(q for q in figures if isinstance(q, Quantity)))
    return Denial(
        target="figure", rule="claim", score=_SCORE, text=head, whose=whose, figures=unique
    )


def _is_toll(claim: Claim, family: str | None, people: bool) -> bool:
    if family in TOLL_FAMILIES:
        return True
    return family == _RESPONSIBILITY and (isinstance(claim.value, Quantity) or people)


def _owner_after(
    subject: str, head: str, owner_of: Callable[[str, bool], Resolved | None]
) -> Resolved | None:
    """Return whose claim the words after the head name, near it (*livré par les Shebab*)."""
    keys = _key(subject).split()
    n = len(head.split())
    start = next((k for k in range(len(keys) - n + 1) if " ".join(keys[k : k + n]) == head), None)
    if start is None:
        return None
    tokens = _raw_after(subject, start + n)
    for size in range(min(_LONGEST, len(tokens)), 0, -1):
        for k in range(min(_NEAR, len(tokens) - size + 1)):
            part = tokens[k : k + size]
            hit = owner_of(" ".join(part), part[0][:1].isupper())
            if hit is not None:
                return hit
    return None
