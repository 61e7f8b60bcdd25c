"""One body's name in several languages, read as one key (private).

A speaker no vocabulary lists is known by the words of its name
(:mod:`._local`), so one body named in two languages is two speakers: *Coalition
nationale*, *Coalición Nacional Siria* and *Syrian National Coalition*; *Idlib Health
Directorate* and *Dinas kesehatan Idlib*. Its statement relayed in two languages then
looks like two sources agreeing, and an echo is missed.

A name's **glossed core** reads it word by word in one language:

- the words organisations' names are made of (*ministry*, *health*, *directorate*,
  *coalition*, *national*, *council*, *police*, *office*...) are glossed to one English
  word by ``claimrec/data/org_glossary.json`` (en, fr, es, pt, it, de, nl, id, ru, uk,
  ar), and its function words and a body's voices (*dan*, *und*, *droits*, *portavoce*)
  are dropped, as English ones are;
- a word naming a country (*Syrian*, *Siria*, *syrienne*: ``demonyms.csv``,
  ``states.csv``) becomes the country's code (``@SY``);
- a parenthesised acronym (*(CNFROS)*) is dropped: an acronym belongs to one language;
- a list of speakers (a comma, then a conjunction: *BBC, Reuters and AFP*) has no glossed
  core: glossing would only take its parts' differences away;
- other words (proper names: *Idlib*) stay as they are.

The core is a set (sorted): word order, which languages change (*Health Ministry*,
*Ministère de la Santé*), does not count. Two bodies of different kinds or domains keep
different cores (a ministry, a directorate and an office; a council and a coalition).
:mod:`._local` compares glossed cores exactly as it compares a name's own words (equal,
one inside another unless two longer names rival), so the guards of the words hold for
the glosses: witnesses and classes of people, declared kinds and parties.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib.resources import files

from claimrec._text import normalize

_ARABIC = re.compile(r"[\u0600-\u06ff]")
# an Arabic word written with its article or a prefix: al-, wa-al-, bi-al-, li-al-, li-, wa-
_ARABIC_PREFIXES = ("", "ال", "وال", "بال", "لل", "ل", "و")
_PARENTHESES = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
# a list of speakers: a comma, then a conjunction (*BBC, Reuters and AFP*, *X, Y dan Z*)
_LIST = re.compile(r",.*\s(?:and|et|y|e|und|en|dan|i|и|\u0456|و)\s", re.IGNORECASE)


def _load() -> dict[str, str]:
    """Return the glossary: a normalised word -> its English key ('' for a dropped word)."""
    data = json.loads((files("claimrec") / "data" / "org_glossary.json").read_text("utf-8"))
    out: dict[str, str] = {}
    for key, words in data["gloss"].items():
        for word in words:
            forms = [word] if not _ARABIC.search(word) else [p + word for p in _ARABIC_PREFIXES]
            for form in forms:
                norm = normalize(form)
                if norm and " " not in norm:
                    out.setdefault(norm, key)
    return out


GLOSSARY = _load()


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    """Return the one-word names and adjectives of countries -> their code ('@SY').

    The country words :mod:`._demonyms` reads (its tables of adjectives and names, from
    ``demonyms.csv`` and ``states.csv``); a word of two countries is left out. Read on first
    use (importing claimrec reads no state data).
    """
    # (imported here: _demonyms reads _local, which reads this module)
    from claimrec.resolution._demonyms import _tables  # noqa: PLC0415

    tables = _tables()
    found: dict[str, set[str]] = {}
    for key, (country, _) in (*tables.forms.items(), *tables.names.items()):
        if len(key) == 1:
            found.setdefault(key[0], set()).add(country)
    return {w: "@" + next(iter(c)) for w, c in found.items() if len(c) == 1}


@lru_cache(maxsize=4096)
def gloss(word: str) -> str:
    """Return a normalised word of a body's name in English; a country's code; '' if dropped.

    >>> gloss("kesehatan"), gloss("ministere"), gloss("siria"), gloss("dan"), gloss("idlib")
    ('health', 'ministry', '@SY', '', 'idlib')
    """
    found = GLOSSARY.get(word)
    if found is not None:
        return found
    return _countries().get(word, word)


def glossed_text(text: str) -> str | None:
    """Return a name as the normalised text ``_local`` reads, its parentheses dropped.

    None for a list of several speakers: its words are no one body's name.

    >>> glossed_text("Coalición Nacional Siria (CNFROS)")
    'coalicion nacional siria'
    >>> glossed_text("Radio Nara, the Nara Times and Nara TV") is None
    True
    """
    text = _PARENTHESES.sub(" ", text)
    if _LIST.search(text):
        return None
    return normalize(text)


def glossed_core(core: tuple[str, ...]) -> tuple[str, ...]:
    """Return a core's words glossed (sorted, dropped words left out).

    >>> glossed_core(("coalicion", "nacional", "siria"))
    ('@SY', 'coalition', 'national')
    >>> glossed_core(("dinas", "kesehatan")) == glossed_core(("health", "directorate"))
    True
    """
    return tuple(sorted({g for w in core if (g := gloss(w))}))
