"""Parties no vocabulary knows, identified within the input (rule ``local``) (private).

Who did it needs the perpetrator read as a party: *TPLF-loyal forces* against a denial by
the TPLF's spokesman, or against *federal forces*. No vocabulary knows every party; the
input often names one several ways, and those ways are one input-local identity:

- an **acronym** (three to six capitals, a whole word: *RPLF*, *RPLF-loyal*, *RPLF's*)
  and its **expansion** (capitalised words whose initials spell it, articles and
  prepositions between them allowed: *Ruritania People's Liberation Front*);
- a **declared party**: the party a state's or an armed group's source declares that no
  vocabulary knows (its speakers are one already: :func:`~._actors.party_key`), its
  name or its initials;
- a **name inside a description**: a perpetrator naming one such party among its words
  (*forces loyal to the RPLF*, *milices du Front populaire de libération de la
  Ruritanie (RPLF)*, *RPLF-aligned militia*) is that party; the acronym is shared across
  languages.

A party is **identified** when a party-kind source declares it, or when the input names it
both by its acronym and by its expansion (two ways); an acronym met alone stays a key
(an unknown name is no party of a dispute by itself). A perpetrator naming two parties,
or naming one as its opponent (*forces fighting the RPLF*), gets none. Descriptions that
name no party (*gunmen*, *armed men*, *security forces*) have no acronym nor capitalised
expansion and stay unknown.

The identity is a :class:`~claimrec.vocab.Actor` made for the input (id ``~party:`` and
the party's normalised name, its party itself), so that the who-did-it rules compare it
as they compare the parties they know: one party, or another. Its score (0.6) is below
any vocabulary reading. Each distinct text is read once; the result does not depend on
the order of the input.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping

from claimrec._text import normalize
from claimrec.model import Source, SourceKind
from claimrec.resolution._actors import actor_key
from claimrec.resolution._local import LOCAL
from claimrec.resolution._records import PARTY_KINDS, Resolved
from claimrec.vocab import Actor

#: The score of a party identified within the input.
PARTY_SCORE = 0.6

# An acronym: three to six capitals (a digit after the first allowed), a whole word; not a
# model's designation (*AC-130*, *MQ-9*).
_ACRONYM = re.compile(r"(?<![\w])[A-Z][A-Z0-9]{2,5}(?![\w])(?!-\d)")
_WORD = re.compile(r"[^\W\d_][\w'\u2019]*")
# Words allowed between the capitalised words of an expansion (*Front for the Liberation
# of*, *Front de libération du*): articles and prepositions of the languages of the input.
_CONNECTORS = frozenset(
    {
        "of", "the", "for", "and", "de", "du", "des", "d", "la", "le", "les", "l", "et",
        "do", "da", "dos", "das", "del", "y", "e", "der", "die", "van", "het",
        "di", "della", "dell", "pour", "para", "por",
    }
)  # fmt: skip
# Words that make the party named after them the perpetrator's opponent, not its side.
_OPPOSED = frozenset(
    {
        "against", "fighting", "fought", "anti", "opposing", "opposed", "rival", "rivals",
        "enemy", "enemies", "opponent", "opponents", "adversary", "adversaries", "contre",
        "opposes", "opposees", "adversaires", "ennemi", "ennemis", "contra", "gegen",
    }
)  # fmt: skip


def acronyms(text: str) -> list[str]:
    """Return the acronyms a text holds, as written.

    >>> acronyms("forces loyal to the RPLF, RPLF-aligned militia, an AC-130")
    ['RPLF', 'RPLF']
    """
    return _ACRONYM.findall(text)


def expansions(text: str, wanted: Iterable[str]) -> set[str]:
    """Return the acronyms among ``wanted`` whose expansion a text holds.

    Capitalised words, with articles and prepositions between them, whose initials spell
    the acronym (*People's* counts its *P*).

    >>> sorted(expansions("the Ruritania People's Liberation Front", {"RPLF", "PLF", "UN"}))
    ['PLF', 'RPLF']
    """
    return set(expanded(text, wanted))


def expanded(text: str, wanted: Iterable[str]) -> dict[str, str]:
    """Return, per acronym among ``wanted`` whose expansion a text holds, that expansion.

    >>> expanded("troops of the Democratic Republic of Ruritania", {"DRR"})
    {'DRR': 'Democratic Republic Ruritania'}
    """
    sought = {w for w in wanted if w.isalpha()}
    if not sought:
        return {}
    found: dict[str, str] = {}
    run: list[str] = []
    for word in [*_WORD.findall(text), ""]:
        if word and word[0].isupper() and word.lower() not in _CONNECTORS:
            run.append(word)
            continue
        if word and word.lower() in _CONNECTORS and run:
            continue
        for size in range(3, min(len(run), 6) + 1):
            for start in range(len(run) - size + 1):
                words = run[start : start + size]
                initials = "".join(w[0] for w in words).upper()
                if initials in sought:
                    found.setdefault(initials, " ".join(words))
        run = []
    return found


def _initials(name: str) -> str | None:
    words = [w for w in _WORD.findall(name) if w.lower() not in _CONNECTORS]
    if len(words) < 3 or not all(w[0].isupper() for w in words):
        return None
    return "".join(w[0] for w in words).upper()


def _party_actor(key: str, name: str, kind: SourceKind) -> Actor:
    rid = f"~party:{key}"
    return Actor(id=rid, name=name, kind=kind, party=rid)


def party_record(key_id: str, name: str, kind: SourceKind) -> Actor:
    """Return the record of a party no vocabulary knows, from its key (``~party:...``).

    >>> party_record("~party:rplf", "RPLF", SourceKind.ARMED_GROUP).party
    '~party:rplf'
    """
    return _party_actor(key_id.removeprefix("~party:"), name, kind)


class _Parties:
    """The input's identified parties: by acronym and by declared name."""

    def __init__(
        self,
        declared: Mapping[str, SourceKind],
        texts: Iterable[str],
        known: Callable[[str], bool] = lambda _: False,
    ) -> None:
        # declared parties: normalised name -> (display name, kind); their acronyms too
        self.by_acronym: dict[str, Actor] = {}
        self.by_name: dict[tuple[str, ...], Actor] = {}
        for name in sorted(declared):
            key = normalize(re.sub(r"['\u2019]", "", name))
            if not key:
                continue
            actor = _party_actor(key, name, declared[name])
            if actor_key(name) is not None:  # a name naming no one ("the government") reads none
                self.by_name.setdefault(tuple(key.split()), actor)
            if _ACRONYM.fullmatch(name.strip()):
                self.by_acronym.setdefault(name.strip(), actor)
            initials = _initials(name)
            if initials is not None:
                self.by_acronym.setdefault(initials, actor)
        # acronyms named with their expansion somewhere in the input
        texts = sorted(set(texts))
        # (never a known actor's or country's: *DRC* and *Democratic Republic of Congo*)
        seen = {a for t in texts for a in acronyms(t)}
        spelt: dict[str, set[str]] = {}
        for text in texts:
            for acronym, words in expanded(text, seen).items():
                spelt.setdefault(acronym, set()).add(words)
        for acronym in sorted(spelt):
            if known(acronym) or any(known(words) for words in spelt[acronym]):
                self.by_acronym.pop(acronym, None)
                continue
            if acronym not in self.by_acronym:
                self.by_acronym[acronym] = _party_actor(
                    acronym.lower(), acronym, SourceKind.ARMED_GROUP
                )

    def named(self, text: str) -> Actor | None:
        """Return the one identified party a perpetrator's text names, or None."""
        found: dict[str, Actor] = {}
        for acronym in acronyms(text):
            if acronym in self.by_acronym:
                found[self.by_acronym[acronym].id] = self.by_acronym[acronym]
        for acronym in expansions(text, self.by_acronym):
            found[self.by_acronym[acronym].id] = self.by_acronym[acronym]
        tokens = normalize(re.sub(r"['\u2019]", "", text)).split()
        for words, actor in self.by_name.items():
            size = len(words)
            if any(tuple(tokens[i : i + size]) == words for i in range(len(tokens) - size + 1)):
                found[actor.id] = actor
        if len(found) != 1:
            return None  # none, or two parties in one name
        if not _OPPOSED.isdisjoint(tokens) or not _OPPOSED.isdisjoint(
            w for t in tokens for w in t.split("-")
        ):
            return None  # "forces fighting the RPLF": its opponent
        return next(iter(found.values()))


class LocalParties:
    """The parties an input names several ways, and the one each perpetrator's text names.

    Built from the input's perpetrators as written (each distinct text once), its sources'
    names and aliases (they may spell a party's expansion), the sources whose declared
    party no vocabulary knows (:func:`~._actors.party_key`), and ``known``, whether a name
    names an actor or a country the vocabulary knows (an acronym whose expansion it
    knows, *DRC* for *Democratic Republic of Congo*, is no unknown party). :meth:`read`
    gives a part of rule ``key`` the party its text names (rule ``local``, score 0.6), each
    text read once.

    >>> from claimrec.resolution import Resolved
    >>> part = Resolved(id="~forces loyal rplf", name="forces loyal to the RPLF",
    ...                 text="forces loyal to the RPLF", score=0.5, rule="key")
    >>> spokesman = Source(name="RPLF spokesman", kind="armed_group", party="RPLF")
    >>> parties = LocalParties([part.text], [spokesman], [spokesman])
    >>> parties.read(part).id, parties.read(part).rule
    ('~party:rplf', 'local')
    """

    __slots__ = ("_parties", "_read")

    def __init__(
        self,
        texts: Iterable[str],
        sources: Iterable[Source],
        declared: Iterable[Source] = (),
        known: Callable[[str], bool] = lambda _: False,
    ) -> None:
        names = [n for s in sources for n in (s.name, *s.aliases)]
        declaring: dict[str, set[SourceKind]] = {}
        for source in declared:
            if source.party and source.kind in PARTY_KINDS:
                declaring.setdefault(source.party, set()).add(source.kind)
        # a party any of whose sources is an armed group is one (else a state): in any order
        kinds = {
            party: SourceKind.ARMED_GROUP if SourceKind.ARMED_GROUP in found else SourceKind.STATE
            for party, found in declaring.items()
        }
        self._parties = _Parties(kinds, [*texts, *names], known)
        self._read: dict[str, Resolved | None] = {}

    def read(self, part: Resolved) -> Resolved:
        """Return the party a perpetrator of rule ``key`` names, else the part itself."""
        if part.rule != "key" or not part.text:
            return part
        text = part.text
        if text not in self._read:
            actor = self._parties.named(text)
            self._read[text] = None if actor is None else Resolved(
                id=actor.id, name=actor.name, text=text, score=PARTY_SCORE, rule=LOCAL,
                record=actor,
            )  # fmt: skip
        return self._read[text] or part
