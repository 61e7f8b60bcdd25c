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
    >>> glossed_text("القناة 12") == glossed_text("قناة 12")
    True
    """
    text = _PARENTHESES.sub(" ", text)
    if _LIST.search(text):
        return None
    if _ARABIC.search(text):
        # the article is no part of an Arabic word: *القناة* and *قناة* are one word
        text = " ".join(_bare(token) for token in text.split())
    return normalize(text)


def _bare(token: str) -> str:
    """Return an Arabic word without its article *al-* (``ال``), if a word of two letters stays."""
    return token[2:] if token.startswith("ال") and len(token) > 3 else token


# the shortest part of a compound read (*rat*, *amt* and shorter are other words' ends)
_MIN_PART = 5


@lru_cache(maxsize=4096)
def glosses(word: str) -> tuple[str, ...]:
    """Return a normalised word's glosses: one, or two for a compound of two listed words.

    German, Dutch and Danish write a body's kind and domain as one word
    (*Widerstandskomitee*, *modstandskomité*: resistance + committee), with a linking
    *-s-* at most; a word the glossary does not list is read so when both parts are
    glossary words (of five letters or more) of two different keys. Otherwise the word's
    one gloss (:func:`gloss`; ``()`` for a dropped word).

    >>> glosses("widerstandskomitee"), glosses("modstandskomite"), glosses("idlib")
    (('resistance', 'committee'), ('resistance', 'committee'), ('idlib',))
    """
    found = gloss(word)
    if found != word or len(word) < 2 * _MIN_PART:
        return (found,) if found else ()
    for cut in range(_MIN_PART, len(word) - _MIN_PART + 1):
        head, tail = word[:cut], word[cut:]
        second = GLOSSARY.get(tail)
        if not second:
            continue
        first = GLOSSARY.get(head) or (GLOSSARY.get(head[:-1]) if head.endswith("s") else None)
        if first and first != second:
            return (first, second)
    return (found,)


def glossed_core(core: tuple[str, ...]) -> tuple[str, ...]:
    """Return a core's words glossed (sorted, dropped words left out).

    >>> glossed_core(("coalicion", "nacional", "siria"))
    ('@SY', 'coalition', 'national')
    >>> glossed_core(("dinas", "kesehatan")) == glossed_core(("health", "directorate"))
    True
    >>> glossed_core(("ortliches", "widerstandskomitee"))
    ('committee', 'local', 'resistance')
    """
    return tuple(sorted({g for w in core for g in glosses(w)}))


# --- one body's name in Arabic script and in Latin letters -------------------------------

# Latin spellings of one Arabic sound, folded to one letter before the vowels go
_FOLDS = (
    ("sch", "s"), ("kh", "k"), ("gh", "g"), ("dh", "d"), ("th", "t"), ("sh", "s"),
    ("ch", "s"), ("dj", "j"), ("q", "k"), ("c", "k"), ("z", "s"), ("x", "ks"),
)  # fmt: skip
# vowels, the letters Arabic writes as long vowels (w, y), h (h, ha, ta marbuta) and the
# marks anyascii leaves for ain and hamza: what romanisations of one name vary most
_SOFT = re.compile(r"[aeiouyhw'`\W\d_]+")
_ARABIC_ARTICLE = ("وال", "بال", "فال", "لل", "ال")
_MAX_READINGS = 3  # glossed Arabic words also read as names: at most 2**3 readings


@lru_cache(maxsize=4096)
def skeleton(word: str) -> str:
    """Return a normalised word's consonants as romanisations of Arabic share them.

    >>> skeleton("madani"), skeleton(normalize("مدني")), skeleton("noura"), skeleton("nwrh")
    ('mdn', 'mdn', 'nr', 'nr')
    >>> skeleton("gaza") == skeleton(normalize("غزة")), skeleton("khartoum")
    (True, 'krtm')
    """
    for old, new in _FOLDS:
        word = word.replace(old, new)
    word = _SOFT.sub("", word)
    return re.sub(r"(.)\1+", r"\1", word)


def _arabic_word(token: str) -> str:
    """Return an Arabic word normalised without its article (*المدنية* -> *mdnyh*)."""
    for article in _ARABIC_ARTICLE:
        if token.startswith(article) and len(token) > len(article) + 1:
            return normalize(token[len(article) :])
    return normalize(token)


def script_cores(text: str, keep: frozenset[str]) -> tuple[str, frozenset[tuple[str, ...]]]:
    """Return a name's script (``"ar"``, ``"latin"``, ``""``) and its cores read across scripts.

    A body named in Arabic script and in Latin letters shares its kind and domain words
    (glossed as :func:`glossed_core` glosses them) and its proper names written two ways:
    *لجان مقاومة ود مدني* and *Wad Madani Resistance Committee*. Each name not glossed is
    read as its :func:`skeleton` (``"§mdn"``). ``keep`` holds the normalised words the
    name is compared by (generic words left out). A Latin name is read so only when each
    of its words is glossed or written as a name (capitalised); an Arabic word the
    glossary lists may be a name as well (*مدني*, *civil*, is also *Madani*): after the
    first word (the head, *لجان*), each is read both ways (up to 2**3 readings). A core
    counts when it holds a kind or domain word and a name of two consonants or more.
    Mixed or other scripts: none.

    >>> script, cores = script_cores("Wad Madani Resistance Committee",
    ...     frozenset({"wad", "madani", "resistance", "committee"}))
    >>> script, sorted(cores)
    ('latin', [('committee', 'resistance', '§d', '§mdn')])
    >>> words = frozenset(normalize("لجان مقاومة ود مدني").split())
    >>> script, ar = script_cores("لجان مقاومة ود مدني", words)
    >>> script, ('committee', 'resistance', '§d', '§mdn') in ar
    ('ar', True)
    """
    tokens = [t for t in text.split() if normalize(t)]
    arabic = [bool(_ARABIC.search(t)) for t in tokens]
    if not tokens or (any(arabic) and not all(arabic)):
        return "", frozenset()
    script = "ar" if arabic[0] else "latin"
    readings: list[tuple[str, ...]] = []
    for k, token in enumerate(tokens):
        norm = normalize(token)
        if not set(norm.split()) & keep:
            continue  # a generic word
        glossed = [g for w in norm.split() for g in glosses(w)]
        if not glossed:
            continue  # a function word
        named = [w for w in norm.split() if w not in GLOSSARY and glosses(w) == (w,)]
        if script == "latin":
            if named and token.lower() == token:
                return script, frozenset()  # a description's word
            read = {("§" + skeleton(g)) if g in named else g for g in glossed}
            readings.append(tuple(sorted(read)))
        elif named:
            readings.append(("§" + skeleton(_arabic_word(token)),))
        elif k > 0:
            readings.append(("|", *glossed, "§" + skeleton(_arabic_word(token))))
        else:
            readings.append(tuple(glossed))
    return script, frozenset(_combine(readings))


def _combine(readings: list[tuple[str, ...]]) -> set[tuple[str, ...]]:
    """Return the cores of a name's readings (a ``"|"`` reading: its glosses, or its name)."""
    cores: list[set[str]] = [set()]
    choices = 0
    for reading in readings:
        if reading and reading[0] == "|":
            choices += 1
            if choices > _MAX_READINGS:
                return set()
            gloss_part, name_part = set(reading[1:-1]), {reading[-1]}
            cores = [c | gloss_part for c in cores] + [c | name_part for c in cores]
        else:
            cores = [c | set(reading) for c in cores]
    out = set()
    for core in cores:
        names = [w for w in core if w.startswith("§")]
        if len(names) < len(core) and any(len(w) >= 3 for w in names):
            out.add(tuple(sorted(core)))
    return out
