"""Unnamed witnesses: one class of speaker in every language (private).

The actor vocabulary's ``witnesses`` entry lists the words reports use for the people on
the spot who speak unnamed: *residents*, *villagers*, *locals*, *local sources*,
*witnesses*, *survivors*, *refugees*, *relatives of the victims*, in English, French,
Spanish, Portuguese, Italian, German, Dutch, Russian, Ukrainian, Arabic and Indonesian
(``claimrec/data/actors.json``). A speaker read as that entry is the class, whatever its
words: *Dorfbewohner*, *des villageois de Bounti* and *السكان* relaying one villagers'
statement are one speaker, so the relays are an echo, never three corroborating voices.
A witness the report names (*Jane Roe*, a villager) is that person, and a name that joins
the witnesses to another kind of speaker (*witnesses and security sources*) is not the
class: the other speakers may be the ones who made the statement.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from claimrec._text import normalize
from claimrec.model import Source, SourceKind
from claimrec.resolution._voices import _person_words
from claimrec.vocab import Actor

# Words joining two groups of speakers in a name (normalised: the Cyrillic ones read "i").
_JOINS = frozenset({"and", "et", "y", "e", "und", "en", "dan", "i", "ve"})


def witness_key(source: Source, actor_id: str) -> str:
    """Return the speaker identity of a source read as the witness class.

    >>> witness_key(Source(name="Dorfbewohner"), "witnesses")
    '~witnesses'
    >>> witness_key(Source(name="Jane Roe"), "witnesses")
    '~jane roe'
    """
    named = _person_words(source.name) and _consecutive_names(source.name)
    return "~" + (normalize(source.name) if named else actor_id)


def _consecutive_names(name: str) -> bool:
    """Whether ``name`` holds two capitalised words in a row, as a person's name has.

    *Daouda Belem* and *Lt. Col. Jane Roe* do; *Survivors and Karma residents* (a capital
    opening the name, then a village's) does not: the unnamed of a place, not a person.

    >>> _consecutive_names("the farmer Jane Roe")
    True
    >>> _consecutive_names("Survivors and Karma residents")
    False
    """
    run = 0
    for raw in name.replace("-", " ").split():
        word = raw.strip("()[],.;:'\"«»")
        if word and word[0].isupper() and not word.endswith("."):
            run += 1
            if run >= 2:  # a first name and a surname
                return True
        else:
            run = 0
    return False


def joins_others(name: str, is_witness: Callable[[str], bool]) -> bool:
    """Whether ``name`` joins groups of speakers of which some are not witnesses.

    ``is_witness`` tells whether a part of the name reads as the witness class.

    >>> reads = lambda part: part in ("testigos", "residents", "relatives")
    >>> joins_others("testigos y fuentes de seguridad", reads)
    True
    >>> joins_others("witnesses", reads), joins_others("residents and relatives", reads)
    (False, False)
    """
    parts: list[str] = []
    for chunk in re.split(r"[,;/&]", name):
        words: list[str] = []
        for word in normalize(chunk).split():
            if word in _JOINS:
                parts.append(" ".join(words))
                words = []
            else:
                words.append(word)
        parts.append(" ".join(words))
    parts = [p for p in parts if p]
    return len(parts) > 1 and not all(is_witness(p) for p in parts)


def alone(
    actor: Actor | None,
    name: str,
    contained: Callable[[str, dt.date | None], Actor | None],
    when: dt.date | None = None,
) -> Actor | None:
    """Return ``actor`` read inside ``name``, unless it is the witness class joined to others.

    ``contained`` reads the actor inside a text (whole words) at ``when``. *Testigos y
    fuentes de seguridad* is not the witness class; *residents and relatives* is.
    """
    if actor is None or actor.kind is not SourceKind.WITNESS:
        return actor
    return None if joins_others(name, lambda part: contained(part, when) is actor) else actor
