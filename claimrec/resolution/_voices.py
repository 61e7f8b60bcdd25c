"""Who speaks for a body: the person an echo needs when both relays name one (private).

The speaker identity (:func:`~claimrec.resolution._resolver._speaker_key`) makes a body
and its organs and staff one speaker: the army, its general staff and its spokesman; a UN
agency and a UN mission official. That is right for revisions and independence (a body
does not corroborate itself), and for most relays: one communiqué is attributed by one
outlet to the army, by another to the defence ministry, by a third to the spokesman who
read it. But two *people* of one body speak twice: the army's two spokesmen, two UN
officials, make two statements, never one relayed. So a claim also resolves the
**person** who speaks, when its source names one:

- a person's name is two words or more written as names (a capital; not an acronym)
  once articles, titles, the voices of a body (*spokesman*) and the words of organs
  (*ministry*, *army*, *forces*, *governor*...) are dropped: *Lt. Col. Jane Roe*,
  *Pavlo Kyrylenko*; *Gaza Health Ministry*, *Officials in Rwanda*, *the army* name none;
- a name the actor vocabulary reads by itself names the actor, not a person;
- two readings are one person when one's words hold the other's (*Rear Admiral Jane Roe*,
  *Jane Roe*) or they are spelt alike (RapidFuzz ratio 75 or more: transliterations,
  *Oleksandr Kamyshin*, *Oleksandre Kamychine*); people of one body with such close names
  are rare, and people of different bodies are never compared.

Two claims of one speaker are two voices when both name a person and the persons differ.
A relay naming the body and another naming its spokesman may be one statement: the body
voice is unknown, not different.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from rapidfuzz import fuzz

from claimrec._text import normalize
from claimrec.model import Source, SourceKind
from claimrec.resolution._demonyms import country_words
from claimrec.resolution._local import _GENERIC_WORDS
from claimrec.resolution._records import Resolved
from claimrec.vocab import Actor, Vocabulary

# Words of an organ, not of a person: a name made of these (and generic words) names a
# body ("Health Ministry", "Armed Forces", "État-major général"). English and French.
_ORGAN_WORDS = frozenset(
    {
        "ministry", "ministries", "ministere", "ministeres", "minister", "ministre",
        "army", "armee", "armees", "armed", "forces", "force", "military", "militaire",
        "militaires", "defence", "defense", "government", "gouvernement", "state", "etat",
        "police", "gendarmerie", "office", "bureau", "agency", "agence", "mission",
        "council", "conseil", "command", "commandement", "staff", "major", "etat-major",
        "health", "sante", "interior", "interieur", "foreign", "affairs", "affaires",
        "etrangeres", "presidency", "presidence", "president", "administration",
        "department", "departement", "authority", "autorite", "committee", "comite",
        "commission", "nations", "united", "unies", "union", "national", "nationale",
        "federal", "federale", "regional", "governor", "gouverneur", "mayor", "maire",
        "city", "ville", "hall", "municipality", "municipalite", "service", "services",
        "directorate", "direction", "general", "generale", "secretary", "secretaire",
        "headquarters", "embassy", "ambassade", "spokesperson", "coalition", "movement",
        "mouvement", "front", "party", "parti", "brigade", "brigades", "battalion",
        "bataillon", "regiment", "division", "corps", "unit", "unite", "hospital",
        "hopital", "red", "cross", "croix", "rouge", "crescent", "croissant", "radio",
        "television", "press", "presse", "news", "media", "communications",
        "information", "public", "publique", "republic", "republique", "kingdom",
        "royaume", "region", "province", "district", "county", "oblast", "prefecture",
        "high", "haut", "commissioner", "commissaire", "rights", "droits", "human",
        "humains", "homme", "chief", "chef", "head", "deputy", "adjoint",
        "rear", "admiral", "amiral", "vice", "senior", "officer", "officier", "prime",
        "premier", "primeiro", "primer",
        # Portuguese and Spanish: relays translate a body's name
        "ministerio", "defesa", "saude", "governo", "exercito", "forcas", "armadas",
        "policia", "estado", "islamico", "ejercito", "gobierno", "salud", "defensa",
        "fuerzas", "islamique", "islamic", "islamiste", "jihad",
    }
)  # fmt: skip

_OF_WORDS = frozenset({"of", "de", "du", "da", "do", "del"})  # "Minister X of Kenya"
_PERSON_RATIO = 75.0  # transliterations of one name; two people's names score ~35
_ACRONYM_MAX = 5  # an all-capital word this short is an acronym (IDF, OCHA), longer a name


def _person_words(name: str) -> tuple[str, ...]:
    """Return the words of a person's name in ``name`` (sorted), or () when it names none.

    >>> _person_words("Lt. Col. Jane Roe"), _person_words("Gaza Health Ministry")
    (('jane', 'roe'), ())
    >>> _person_words("IDF spokesman Richard Roe-Smith")
    ('richard', 'roe', 'smith')
    """
    kept: set[str] = set()
    after_of = False
    for raw in name.replace("-", " ").split():
        word = raw.strip("()[],.;:'\"«»")
        of, after_of = after_of, word.lower() in _OF_WORDS
        if not word or not word[0].isupper():
            continue  # lower case: particles ("van", "de"), descriptions
        if word.isupper() and len(word) <= _ACRONYM_MAX:
            continue  # an acronym names a body
        possessive = re.search(r"['\u2019]s$", word) is not None
        key = normalize(word[:-2] if possessive else word)
        if not key or " " in key or key in _GENERIC_WORDS or key in _ORGAN_WORDS:
            continue
        if key in country_words(names=possessive or of):
            continue  # "Indian", "Pakistan's", "of Kenya": whose body, not who ("Israel Katz")
        kept.add(key)
    return tuple(sorted(kept)) if len(kept) >= 2 else ()


def person(
    source: Source,
    hit: Resolved | None,
    vocab: Vocabulary,
    contained: Callable[[str], object] | None = None,
) -> str | None:
    """Return the person who speaks for the speaker's actor (its name's words), or None.

    None for a speaker of no actor (it is its own identity), a witness, a name the
    actor vocabulary reads by itself or holds an actor's name (``contained``: *Rapid
    Support Forces (RSF)*, *IDF spokesman*), and a name that names no person.

    >>> import claimrec as cr
    >>> roe = cr.Source(name="Lt. Col. Jane Roe", kind="state", party="FAMa")
    >>> claims = [cr.Claim(source=s, subject="x", predicate="killed", id=str(n))
    ...           for n, s in enumerate([roe, "FAMa", "army spokesman"])]
    >>> [cr.resolve(claims)[c].person for c in claims]
    ['jane roe', None, None]
    """
    if hit is None or hit.rule == "local" or not isinstance(hit.record, Actor):
        return None
    if hit.record.kind is SourceKind.WITNESS or hit.rule in ("exact", "fuzzy"):
        return None
    words = _person_words(source.name)
    if not words or vocab.actors.resolve(source.name) is not None:
        return None
    if contained is not None and contained(source.name) is not None:
        return None
    return " ".join(words)


def same_person(x: str, y: str) -> bool:
    """Whether two person readings name one person (words held, or spelt alike).

    >>> same_person("daniel hagari", "admiral daniel hagari rear"), same_person("a b", "c d")
    (True, False)
    >>> same_person("kamyshin oleksandr", "kamychine oleksandre")
    True
    """
    if x == y:
        return True
    wx, wy = set(x.split()), set(y.split())
    if wx <= wy or wy <= wx:
        return True
    return fuzz.token_sort_ratio(x, y) >= _PERSON_RATIO
