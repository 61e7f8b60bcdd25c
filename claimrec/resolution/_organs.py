"""Perpetrators named by a state's organ alone, and the guard on reading actors by looks (private).

Two rules of the perpetrator (``ClaimResolution.actor`` and each part of ``actors``):

- **organ-only perpetrators** (rule ``organ``): *the army*, *les militaires*, *las fuerzas
  armadas*, *die Streitkräfte des machthabenden Militärregimes*, *the junta*, *un
  chasseur à réaction du régime* name a state's armed or security organ and no state.
  Such a perpetrator is the state of the country the claim's act took place in: a
  country named in the words (*the Cameroon Defence Forces*, *la junta militar de
  Myanmar*: rule ``organ`` too), else the claim's scene country (its
  ``ClaimResolution.country`` by any evidence but its speaker's), else no one. Never the
  speaker's own state by default: a rights group saying *the army* tells which army only
  by where the act was. The words are
  ``organ_words.json`` (``organs``, ``qualifiers``);
- **reading by looks rests on a name** (:func:`resembles_by_name`): a perpetrator read
  by resemblance (rule ``fuzzy``) must hold the distinctive words of one of the actor's
  names (its words beyond the generic words of bodies: *forces*, *armed*, *groups*,
  *government*, *troops*...), each spelt alike, a short one (three letters or fewer)
  written in capitals. *the military*
  is no *US military*, *the State Defense Forces* no *Israel Defense Forces*, *un
  chasseur* no *UN*, *the Kiev regime* no *Syrian regime*; *Jamaat Nusrat al Islam wal
  Muslimeen* is still JNIM.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Mapping
from importlib.resources import files

from rapidfuzz import fuzz

from claimrec._text import normalize
from claimrec.model import SourceKind
from claimrec.resolution._demonyms import (
    _tables,
    country_actors,
    described_state,
    named_country,
)
from claimrec.resolution._local import _GENERIC_WORDS
from claimrec.resolution._voices import _ORGAN_WORDS
from claimrec.vocab import Actor, Vocabulary
from claimrec.vocab._states import state_rows

#: The rule of a perpetrator named by a state's organ alone (or with its country's name).
ORGAN = "organ"

_SPELT_ALIKE = 80.0  # RapidFuzz ratio of two spellings of one word (Muslimeen, Muslimin)
_SHORT = 3  # a distinctive word this short counts only written in capitals (UN, M23)


def _words(text: str) -> list[str]:
    """Normalised words; apostrophes, hyphens and a possessive *'s* as spaces."""
    text = re.sub(r"['\u2019]s\b", "", text)
    return normalize(re.sub(r"['\u2019\-]", " ", text)).split()


class _Words:
    __slots__ = (
        "backers", "contested", "generic", "longest", "organ_words", "organs", "others",
        "possessives", "qualifiers",
    )  # fmt: skip

    def __init__(self) -> None:
        raw = json.loads((files("claimrec") / "data" / "organ_words.json").read_text("utf-8"))
        self.organs = frozenset(tuple(_words(w)) for w in raw["organs"])
        self.organ_words = frozenset(w for k in self.organs for w in k) | {
            w for k in _tables().organs for w in k
        }
        self.qualifiers = frozenset(tuple(_words(w)) for w in raw["qualifiers"])
        self.backers = frozenset(normalize(w) for w in raw["backers"])
        self.others = frozenset(normalize(w) for w in raw["others"])
        self.contested = frozenset(raw["contested"])
        # "his forces", "leurs soldats": the organ of whoever the word refers to
        self.possessives = frozenset(normalize(w) for w in raw["possessives"])
        self.longest = max(len(k) for k in (*self.organs, *self.qualifiers))
        tables = _tables()
        generic = {w for k in (*self.organs, *self.qualifiers) for w in k}
        generic.update(w for k in tables.organs for w in k)
        generic.update(tables.nonstate)
        generic.update(normalize(w) for w in raw["generic"])
        self.generic = frozenset(generic | _GENERIC_WORDS | _ORGAN_WORDS | _ARTICLES)


_ARTICLES = frozenset(
    {
        "the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those",
        "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "ses", "leurs", "leur",
        "el", "los", "las", "lo", "unos", "unas", "o", "os", "as", "um", "uma", "do", "da",
        "dos", "das", "del", "der", "die", "dem", "den", "ein", "eine", "einer",
        "il", "gli", "i", "dell", "della", "dello", "degli", "delle", "di", "het", "een",
        "van", "of", "y", "e", "and", "et", "und", "ed", "para", "su", "sus", "propias",
        "propios", "own", "suas", "seus", "sua", "seu", "son", "sa", "yang",
    }
)  # fmt: skip




@functools.lru_cache(maxsize=1)
def _table() -> _Words:
    return _Words()


@functools.lru_cache(maxsize=65536)
def organ_only(text: str) -> bool:
    """Whether ``text`` names a state's armed or security organ and nothing else.

    Its words are all the words of organs, of their qualifiers and articles (no name, no
    country, no body of another kind), and one of them names an organ.

    >>> organ_only("the army"), organ_only("Les militaires"), organ_only("le forze armate")
    (True, True, True)
    >>> organ_only("un chasseur à réaction du régime"), organ_only("junta troops")
    (True, True)
    >>> organ_only("armed men"), organ_only("a local militia"), organ_only("Malian army")
    (False, False, False)
    >>> organ_only("aviones gubernamentales"), organ_only("the government")
    (True, True)
    >>> organ_only("his forces"), organ_only("the interim government")
    (False, False)
    """
    table = _table()
    tokens = _words(text)
    if not table.possessives.isdisjoint(tokens):
        return False  # "his forces": whose, the word refers to
    i, n, organ = 0, len(tokens), False
    while i < n:
        for size in range(min(table.longest, n - i), 0, -1):
            key = tuple(tokens[i : i + size])
            if key in table.organs:
                organ = True
                break
            if key in table.qualifiers or (size == 1 and key[0] in _ARTICLES):
                break
        else:
            return False
        i += size
    return organ


def another_side(words: Iterable[str]) -> bool:
    """Whether normalised ``words`` before a known name make it another party than the doer.

    *aircraft supporting Haftar*, *Haftar's rivals*, *forces backed by Rwanda*: the name
    after a word of support, alliance or enmity (``organ_words.json``, ``others``) is
    the perpetrator's patron, ally or enemy, not the perpetrator.

    >>> another_side(["aircraft", "supporting"]), another_side(["forces", "loyal", "to"])
    (True, False)
    """
    return not _table().others.isdisjoint(words)


@functools.lru_cache(maxsize=65536)
def organ_words(text: str) -> bool:
    """Whether ``text`` holds a word of a state's organs (a cheap test before the rules).

    >>> organ_words("the Cameroon Defence Forces"), organ_words("JNIM")
    (True, False)
    """
    table = _table()
    return any(w in table.organ_words for w in _words(text))


@functools.lru_cache(maxsize=16)
def _state_of_country(vocab: Vocabulary) -> Mapping[str, str]:
    """Country code -> the actor of its state in ``vocab`` (curated, else generated)."""
    actors = vocab.actors
    out = {
        country: actor_id
        for country, actor_id in country_actors(vocab.demonyms).items()
        if actor_id in actors and actors.get(actor_id).kind is SourceKind.STATE
    }
    for row in state_rows():
        if row.country not in out and row.actor in actors:
            out[row.country] = row.actor
    return out


def organ_actor(text: str, country: str | None, vocab: Vocabulary) -> Actor | None:
    """Return the state a perpetrator named by a state's organ is, or None.

    The state whose country the words name with the organ (*the Cameroon Defence
    Forces*; a country's adjective is rule ``demonym``'s, which reads it only where that
    state operates); else, for words naming an organ alone (:func:`organ_only`), the state of
    ``country``, the claim's scene country (``ClaimResolution.country`` unless read
    from its speaker), unless two states' forces fought there (``organ_words.json``,
    ``contested``: Russia's and Ukraine's in Ukraine); else None.

    >>> from claimrec.vocab import default_vocabulary
    >>> vocab = default_vocabulary()
    >>> organ_actor("the army", "CM", vocab).id, organ_actor("the army", None, vocab)
    ('Cameroon government', None)
    >>> organ_actor("la junta militar de Myanmar", None, vocab).id
    'Myanmar government'
    >>> organ_actor("aviones gubernamentales", "SY", vocab).id, organ_actor("the army", "UA", vocab)
    ('Syria government', None)
    """
    actors = vocab.actors
    if not _table().backers.isdisjoint(_words(text)):
        return None  # "government forces backed by Saudi Arabia": whose, the words don't say
    if named_country(text, vocab.demonyms) is not None:
        return None  # a country's adjective: rule ``demonym``, where that state operates
    named = described_state(text, vocab.demonyms)
    if named is not None and named in actors:
        actor = actors.get(named)
        return actor if actor.kind is SourceKind.STATE else None
    if country is None or country in _table().contested or not organ_only(text):
        return None  # (two states' war in that country: whose organ, the words don't say)
    actor_id = _state_of_country(vocab).get(country)
    return None if actor_id is None else actors.get(actor_id)


# ------------------------------------------------------------------ reading by looks


def resembles_by_name(text: str, names: Iterable[str]) -> bool:
    """Whether a reading of ``text`` as ``actor`` by resemblance rests on one of its names.

    One of the actor's ``names`` (normalised) has distinctive words (beyond the generic
    words of bodies and organs), and each is in ``text`` spelt alike (RapidFuzz ratio 80;
    the short words of a name made of short words only, *UN*, *M23*, written in
    capitals).

    >>> resembles_by_name("Jamaat Nusrat al Islam wal Muslimeen",
    ...                   ["jamaat nusrat al islam wal muslimin"])
    True
    >>> resembles_by_name("the military", ["us military"])
    False
    >>> resembles_by_name("m23 fighters", ["m23"]), resembles_by_name("M23 fighters", ["m23"])
    (False, True)
    """
    generic = _table().generic
    tokens = _words(text)
    capitals = {normalize(w) for w in re.findall(r"[^\W_]+", text) if w.upper() == w}

    def present(word: str) -> bool:
        if len(word) <= _SHORT:
            return word in capitals
        return any(
            t == word or (len(t) > _SHORT and fuzz.ratio(t, word) >= _SPELT_ALIKE)
            for t in tokens
        )

    for name in names:
        distinct = [w for w in name.split() if w not in generic]
        longer = [w for w in distinct if len(w) > _SHORT]
        if distinct and all(present(w) for w in longer or distinct):
            return True  # particles (al, wal) count only in a name of short words (UN, M23)
    return False
