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

import json
import re
from collections.abc import Callable
from importlib.resources import files

from rapidfuzz import fuzz

from claimrec._text import normalize
from claimrec.model import Report, Source, SourceKind
from claimrec.resolution._demonyms import country_words
from claimrec.resolution._local import _GENERIC_WORDS, person_words
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


def _body_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """Return the words of a body's name in other languages, and German compound heads.

    Read from ``claimrec/data/body_words.json`` (*Regierung*, *Komisja*, *Umoja*...).
    """
    data = json.loads((files("claimrec") / "data" / "body_words.json").read_text("utf-8"))
    words = frozenset(normalize(w) for group in data["words"].values() for w in group)
    return words, tuple(normalize(h) for h in data["heads"])


_BODY_WORDS, _BODY_HEADS = _body_words()


def _names_a_body(key: str) -> bool:
    """Whether a normalised word is a body's word (*ministry*, *Regierung*, *komisja*).

    German compounds end in their head noun: *Menschenrechtskommission* names a body.

    >>> _names_a_body("komisja"), _names_a_body("menschenrechtskommission"), _names_a_body("roe")
    (True, True, False)
    """
    if key in _ORGAN_WORDS or key in _BODY_WORDS:
        return True
    return any(len(key) > len(head) and key.endswith(head) for head in _BODY_HEADS)


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
        if not key or " " in key or key in _GENERIC_WORDS or _names_a_body(key):
            continue
        if key in country_words(names=possessive or of):
            continue  # "Indian", "Pakistan's", "of Kenya": whose body, not who ("Israel Katz")
        kept.add(key)
    return tuple(sorted(kept)) if len(kept) >= 2 else ()


def _full_name(name: str) -> tuple[str, ...]:
    """Return a person's name when ``name`` is only that (every word of it a name's), else ().

    >>> _full_name("Jane Roe"), _full_name("Jane Roe, army spokesman"), _full_name("White House")
    (('jane', 'roe'), (), ('house', 'white'))
    """
    words = _person_words(name)
    if not words:
        return ()
    kept = set(words)
    for raw in name.replace("-", " ").split():
        word = raw.strip("()[],.;:'\"«»")
        if word and word[0].isupper() and normalize(word) not in kept:
            return ()  # an organ's, a country's or a title's word: a description
        if word and not word[0].isupper() and word.lower() not in _PARTICLES:
            return ()  # lower-case words other than a name's particles: a description
    return words


_PARTICLES = frozenset(
    {"al", "el", "van", "von", "de", "der", "den", "da", "di", "du", "bin", "ibn", "abu"}
)


def person(
    source: Source,
    hit: Resolved | None,
    vocab: Vocabulary,
    contained: Callable[[str], object] | None = None,
    origin: Report | None = None,
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
    if hit is not None and hit.rule == "local":
        return _local_person(source, hit)
    if hit is not None and hit.rule == "key":
        # an organ of a party the vocabulary does not know: a person's name alone, or
        # beside a role word (*Jane Roe*, *Jane Roe, head of the republic*)
        words = _full_name(source.name) or tuple(sorted(person_words(source)))
        return " ".join(words) if len(words) >= 2 else _author(origin)
    if hit is None or not isinstance(hit.record, Actor):
        return None
    actor = hit.record
    if actor.kind is SourceKind.WITNESS:
        return None
    if hit.rule in ("exact", "fuzzy"):
        # a state's person the vocabulary lists by name (*Dmitry Peskov* for Russia)
        words = _full_name(source.name) if actor.kind is SourceKind.STATE else ()
        if words and normalize(source.name) != normalize(actor.name):
            return " ".join(words)
        return _author(origin)
    words = _person_words(source.name)
    if not words or vocab.actors.resolve(source.name) is not None:
        return _author(origin)
    if contained is not None and contained(source.name) is not None:
        return _author(origin)
    return " ".join(words)


def _local_person(source: Source, hit: Resolved) -> str | None:
    """Return the person inside a longer name of a speaker identified within the input.

    *Blue Hats spokesman Jane Roe*, one speaker with *Blue Hats*: ``jane roe`` (the words
    of a person's name beside a role word that not every name of the identity holds);
    None when none are left.
    """
    group = hit.record if isinstance(hit.record, tuple) else (source,)
    names = [set(normalize(s.name).split()) for s in group if isinstance(s, Source)]
    own = set.intersection(*names) if names else set()  # the words naming the body
    words = sorted(w for w in person_words(source) if w not in own)
    return " ".join(words) if len(words) >= 2 else None


def _author(origin: Report | None) -> str | None:
    """Return the person who made the relayed statement, as its record names them, or None.

    The statement's record (the first report of the chain) names its author: *an IDF
    statement* read out by *Lt. Col. Jane Roe*.
    """
    if origin is None or origin.author is None:
        return None
    words = _person_words(origin.author)
    return " ".join(words) if words else None


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


# The kinds of statement a relayed statement's record names in its title (English, French,
# Spanish, Portuguese, Dutch; Arabic by its own script). A written statement is the body's
# document; a spoken one a person's words to a reporter, a briefing or a broadcast; a post a
# message on a social network.
_MEDIUM_WORDS: dict[str, frozenset[str]] = {
    "written": frozenset(
        {
            "statement", "statements", "communique", "communiques", "comunicado",
            "comunicados", "declaration", "declarations", "declaracao", "declaracion",
            "verklaring", "bulletin", "release", "report", "reports", "rapport", "rapports",
            "relatorio", "informe",
        }
    ),
    "spoken": frozenset(
        {
            "interview", "interviews", "interviewed", "entretien", "entrevista", "comment",
            "comments", "commented", "remarks", "told", "conference", "briefing", "call",
            "speech", "discours", "discurso", "phone", "telephone", "telefone", "telefono",
            "radio", "tv", "television", "televised", "temoignage", "testimony",
        }
    ),
    "post": frozenset(
        {
            "tweet", "tweets", "tweeted", "twitter", "telegram", "facebook", "whatsapp",
            "instagram", "post", "posted", "message",
        }
    ),
}  # fmt: skip
_ARABIC_MEDIUM = {"بيان": "written", "مؤتمر صحفي": "spoken", "خطاب": "spoken", "تغريدة": "post"}
# "... to AFP", "... à l'AFP", "to the press": words said to a reporter
_SAID_TO = re.compile(
    r"\b(?:to|à|para|tegen)\s+(?:the\s+press\b|(?:the\s+|l['\u2019]|la\s+|le\s+)?[A-Z]{2,})"
)


def statement_medium(report: Report | None) -> str | None:
    """Return the kind of statement a relayed statement's record names, or None.

    ``"written"`` (a statement, a communiqué, a report), ``"spoken"`` (an interview, a
    comment to a reporter, a briefing, a broadcast, words *to AFP*) or ``"post"`` (a
    tweet, a Telegram post, a message); None when its title names none, or several
    (*a statement on Telegram*).

    >>> import claimrec as cr
    >>> [statement_medium(cr.Report(outlet="X", title=t)) for t in
    ...  ("communiqué", "army spokesman Jane Roe to AFP", "tweet", "statement on Telegram")]
    ['written', 'spoken', 'post', None]
    """
    if report is None or not report.title:
        return None
    found = {kind for word, kind in _ARABIC_MEDIUM.items() if word in report.title}
    words = set(normalize(report.title).split())
    found.update(kind for kind, known in _MEDIUM_WORDS.items() if words & known)
    if _SAID_TO.search(report.title):
        found.add("spoken")
    return found.pop() if len(found) == 1 else None


def two_statements(
    x: tuple[str | None, str | None], y: tuple[str | None, str | None]
) -> str | None:
    """Why two voices (person, medium) of one speaker made two statements, or None.

    Two people of one body; words spoken to a reporter and a document (or a post); a
    person's post and the body's document. A voice that names neither may carry either.

    >>> two_statements(("jane roe", None), ("doe richard", None))
    'two people'
    >>> two_statements((None, "spoken"), (None, "written"))
    'a spoken statement and a written one'
    >>> two_statements((None, "post"), (None, "written")) is None  # a body's post: either
    True
    >>> two_statements(("jane roe", "post"), (None, "written"))
    'a post and a written statement'
    """
    (px, mx), (py, my) = x, y
    if px is not None and py is not None and not same_person(px, py):
        return "two people"
    if mx is None or my is None or mx == my:
        return None
    if "spoken" in (mx, my):
        other = my if mx == "spoken" else mx
        return "a spoken statement and a written one" if other == "written" else (
            "a spoken statement and a post"
        )
    if px is not None or py is not None:
        return "a post and a written statement"
    return None
