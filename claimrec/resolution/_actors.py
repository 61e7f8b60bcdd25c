"""Who did it when a claim names several, and bodies no vocabulary knows (private).

Three readings of :func:`~claimrec.resolve`, each from the claim's own words:

- **lists of perpetrators** (``ClaimResolution.actors``): *l'armée malienne et des
  mercenaires du groupe Wagner*, *Ukrainian and Russian forces*, *M23 and Rwandan troops*
  name several actors; each part is read on its own (rules ``exact``, ``scoped``,
  ``contained``, ``demonym``, ``key``, ``unknown``), never the whole by resemblance to
  one actor's name. A list is split at *and*, *et*, *e*, *y*, *und*, *as well as*,
  *ainsi que*... (and at the commas before the last of these); a known name holding such
  a word (*Groupe de soutien à l'islam et aux musulmans*) is no list. An adjective
  standing alone before the last part takes its noun (*Ukrainian and Russian forces*:
  *Ukrainian forces*, *Russian forces*; *forces ukrainiennes et russes*);
- **unknown bodies** (rule ``key``): a perpetrator no vocabulary knows is given an
  identity key, its words normalised (no case, no accents) and sorted, without articles,
  the voices and kinds of a body, the words for its members and hedges (*the Wagner
  Group*, *groupe Wagner*, *Wagner mercenaries* are all ``~wagner``). A name needs a
  proper word (capitalised, an acronym, a script without case) beyond the words of
  organs: *the army*, *government forces*, *les terroristes* name no one in particular
  (rule ``unknown``). Two countries' bodies keep their country's word (*Ruritanian army*
  and *Borduvian army* are two keys);
- **speakers of an unknown party** (rule ``key``): a state's or an armed group's organ
  whose declared party the vocabulary does not know speaks for that party: every organ
  of one state (or group) is one speaker, as they are for the states it knows (*the
  self-proclaimed DPR*, its defence ministry, its head) - see :func:`party_key`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from claimrec._text import normalize
from claimrec.model import Source, SourceKind
from claimrec.resolution._demonyms import described_state, named_country, names_nonstate
from claimrec.resolution._local import _GENERIC_WORDS, _proper, local_speakers
from claimrec.resolution._organs import ORGAN, organ_actor
from claimrec.resolution._records import PARTY_KINDS, Resolved
from claimrec.resolution._resolver import _actor_hit, _hit, _Resolver, _speaker_key
from claimrec.resolution._voices import _ORGAN_WORDS
from claimrec.vocab import Actor

if TYPE_CHECKING:
    import datetime as dt

#: The rule of an identity read from a name no vocabulary knows.
KEY = "key"
#: The rule of a part of a list that names no one in particular (*foreign fighters*).
UNKNOWN = "unknown"
_KEY_SCORE = 0.5
_ORGAN_SCORE = 0.75  # a state read from its organ's words and where the act was

# Words joining the perpetrators of a list (English, French, Portuguese, Spanish, Italian,
# German, Dutch). Never "with", "avec", "com": *armed men with machetes* is one actor.
_JOIN = re.compile(
    r"\s+(?:and|et|e|y|und|as well as|along with|together with|ainsi que|assim como|"
    r"así como|junto com|junto con)\s+|\s*&\s*",
    re.IGNORECASE,
)
_COMMA = re.compile(r"\s*,\s*")
_JOIN_WORDS = frozenset({"and", "et", "e", "y", "und"})

# Words a key leaves out besides the generic words of names (``_local._GENERIC_WORDS``):
# who the body's people are (its members, fighters, men), hedges, possessives.
_MEMBER_WORDS = frozenset(
    {
        "member", "members", "membre", "membres", "miembro", "miembros", "membro", "membros",
        "fighter", "fighters", "combattant", "combattants", "combatiente", "combatientes",
        "combatente", "combatentes", "militant", "militants", "militante", "militantes",
        "men", "hommes", "hombres", "homens", "element", "elements", "elementos",
        "mercenary", "mercenaries", "mercenaire", "mercenaires", "mercenario", "mercenarios",
        "suspected", "presumed", "alleged", "presume", "presumes", "presumee", "presumees",
        "presunto", "presuntos", "suposto", "supostos", "pretendu", "pretendus",
        "its", "their", "his", "her", "son", "sa", "ses", "leur", "leurs", "seu", "seus",
        "sua", "suas", "su", "sus", "this", "that", "these", "those", "ce", "cette", "ces",
        "our", "notre", "nos", "nosso", "nossos", "nossas", "nuestro", "nuestros",
        "nuestras", "we", "us", "nous",
        # articles of other languages relays write in (German, Italian)
        "der", "die", "das", "dem", "den", "il", "lo", "gli", "dell", "della", "dello",
        "degli", "delle",
    }
)  # fmt: skip
_DROPPED = _GENERIC_WORDS | _MEMBER_WORDS


def actor_key(text: str) -> str | None:
    """Return the identity key of a perpetrator's name no vocabulary knows, or None.

    The words of the name, normalised and sorted, without articles, the voices and kinds
    of a body, the words for its members and hedges; None when no proper word beyond
    the words of organs is left (*the army*, *les terroristes*: no one in particular).

    >>> actor_key("the Wagner Group"), actor_key("groupe Wagner"), actor_key("Wagner mercenaries")
    ('wagner', 'wagner', 'wagner')
    >>> actor_key("Ruritanian army"), actor_key("the army"), actor_key("les terroristes")
    ('army ruritanian', None, None)
    """
    words = re.findall(r"[^\W_]+", re.sub(r"['\u2019]", " ", text))
    kept: dict[str, None] = {}
    named = False
    for word in words:
        key = normalize(word)
        if not key or key in _DROPPED:
            continue
        kept[key] = None
        if _proper(word) and key not in _ORGAN_WORDS and not key.isdigit():
            named = True
    if not named:
        return None
    return " ".join(sorted(kept))


def _key_hit(text: str) -> Resolved:
    key = actor_key(text)
    if key is None:
        return _hit("?" + normalize(text), text, text, 0.0, UNKNOWN, None)
    return _hit("~" + key, text, text, _KEY_SCORE, KEY, None)


def list_parts(text: str, resolver: _Resolver) -> tuple[str, ...]:
    """Return the parts of a list of perpetrators, or () when the text names one.

    >>> from claimrec.resolution._resolver import _resolver
    >>> list_parts("Ukrainian and Russian forces", _resolver(None))
    ('Ukrainian forces', 'Russian forces')
    >>> list_parts("Groupe de soutien à l'islam et aux musulmans", _resolver(None))
    ()
    """
    pieces = [p.strip(" ,;") for p in _JOIN.split(text)]
    if len(pieces) < 2:
        return ()
    if resolver.actor_candidates(text) or _joined_name(text, resolver):
        return ()  # one name holding "and": a known actor's
    *head, last = pieces
    parts = [q.strip() for p in head for q in _COMMA.split(p)] + [last]
    parts = [p for p in parts if p and normalize(p)]
    if len(parts) < 2:
        return ()
    return tuple(_elliptic(parts, resolver))


def _joined_name(text: str, resolver: _Resolver) -> bool:
    """Whether a known actor's name holding a joining word lies inside ``text``."""
    if resolver.joined_names is None:
        keys, _ = resolver.vocab.actors.alias_keys()
        resolver.joined_names = tuple(
            k for k in keys if _JOIN_WORDS.intersection(k.split()) and len(k.split()) > 2
        )
    key = f" {normalize(text)} "
    return any(f" {name} " in key for name in resolver.joined_names)


def _elliptic(parts: list[str], resolver: _Resolver) -> list[str]:
    """Give an adjective standing alone in a list the noun the list's last part has.

    *Ukrainian and Russian forces*: *Ukrainian forces*; *forces ukrainiennes et russes*:
    *forces russes*.
    """
    table = resolver.vocab.demonyms
    first_words, last_words = parts[0].split(), parts[-1].split()
    out = list(parts)
    if len(last_words) > 1 and named_country(last_words[0], table) is not None:
        noun = " ".join(last_words[1:])  # "Russian forces": adjective first
        for k, part in enumerate(parts[:-1]):
            if len(part.split()) == 1 and named_country(part, table) is not None:
                out[k] = f"{part} {noun}"
    elif len(first_words) > 1 and named_country(first_words[-1], table) is not None:
        noun = " ".join(first_words[:-1])  # "forces ukrainiennes": noun first
        for k, part in enumerate(parts[1:], start=1):
            if len(part.split()) == 1 and named_country(part, table) is not None:
                out[k] = f"{noun} {part}"
    return out


def read_part(
    text: str,
    resolver: _Resolver,
    when: dt.date | None,
    country: str | None,
    *,
    scene: str | None = None,
) -> Resolved:
    """Return who one perpetrator's name names: a known actor, else its key, else unknown.

    Rules in order: ``exact`` (one actor of that name), ``scoped`` (a name of several,
    by date and country), ``contained`` (a known name inside it), ``demonym`` (a
    country's adjective on a state's organ, where that actor operates: *Russian troops*
    in Mali are not the Russian state's forces the vocabulary knows), ``organ`` (a
    state's organ with its country's name, *the Cameroon Defence Forces*, or alone, *the
    army*, *les militaires*: the state of ``scene``, the country where the act took
    place), ``key``, ``unknown``. Never by resemblance.
    """
    cands = resolver.actor_candidates(text)
    if len(cands) == 1:
        return _actor_hit(cands[0], text, 1.0, "exact")
    if cands:
        actor = resolver.actor_at(text, when, country)
        if actor is not None:
            return _actor_hit(actor, text, 0.9, "scoped")
    actor = resolver._contained(text, when)  # noqa: SLF001 - the speakers' rule
    if actor is not None:
        return _actor_hit(actor, text, 0.85, "contained")
    actor_id = named_country(text, resolver.vocab.demonyms)
    if actor_id is not None and actor_id in resolver.vocab.actors:
        actor = resolver.vocab.actors.get(actor_id)
        operates = not actor.countries or country is None or country in actor.countries
        if operates and not (actor.kind is SourceKind.STATE and names_nonstate(text)):
            return _actor_hit(actor, text, 0.8, "demonym")
    acronym = _named_acronym(text, resolver)
    if acronym is not None:
        return acronym
    state = organ_actor(text, scene, resolver.vocab)
    if state is not None:
        return _actor_hit(state, text, _ORGAN_SCORE, ORGAN)
    return _key_hit(text)


def _named_acronym(text: str, resolver: _Resolver) -> Resolved | None:
    """Return the actor a name of capitals and digits inside ``text`` names alone (*M23*).

    ``contained`` reads short names only when written in capitals alone: *ribelli
    dell'M23*, *the M23 armed group* hold *M23*.
    """
    for word in re.findall(r"[^\W_]+", text):
        if len(word) >= 2 and word.upper() == word and any(ch.isalpha() for ch in word):
            cands = resolver.actor_candidates(word)
            if len(cands) == 1:
                return _actor_hit(cands[0], text, 0.85, "contained")
    return None


#: The rules of :func:`read_part` that read a known actor without resemblance.
_READ_EXACTLY = frozenset({"exact", "scoped", "contained", "demonym", ORGAN})


def claim_actors(
    text: str | None,
    actor: Resolved | None,
    resolver: _Resolver,
    when: dt.date | None,
    country: str | None,
    *,
    scene: str | None = None,
) -> tuple[Resolved, ...]:
    """Return the perpetrators a claim names, each by its rule (``ClaimResolution.actors``).

    A list's parts (:func:`list_parts`, each read by :func:`read_part`); else the one
    ``actor`` resolution reads; else the name's key (rule ``key``) or, when it names no
    one in particular, rule ``unknown``; () when the claim names none. ``scene``: the
    country where the claim's act took place, which a state's organ alone names.
    """
    if text:
        parts = list_parts(text, resolver)
        if parts:
            read = [read_part(p, resolver, when, country, scene=scene) for p in parts]
            if country is None:
                # "FAMa and their Russian allies": where the list's named actors operate
                lands = {
                    c
                    for hit in read
                    if hit.rule != "demonym" and isinstance(hit.record, Actor)
                    for c in hit.record.countries[:1]
                    if len(hit.record.countries) == 1
                }
                if len(lands) == 1:
                    country = next(iter(lands))
                    read = [read_part(p, resolver, when, country, scene=scene) for p in parts]
            return tuple(read)
    if actor is not None and actor.rule == "fuzzy" and text:
        part = read_part(text, resolver, when, country, scene=scene)
        if part.rule in _READ_EXACTLY:
            return (part,)  # a known name inside the words: *the M23 armed group*
    if actor is not None and not (actor.rule == "fuzzy" and text and actor_key(text) is None):
        return (actor,)  # (a look-alike of a name of no one in particular: *les terroristes*)
    if text:  # a name read by no rule of ``actor``: a known name inside it, else its key
        return (read_part(text, resolver, when, country, scene=scene),)
    return ()


def identities(actors: Sequence[Resolved]) -> tuple[frozenset[str], bool]:
    """Return the sides a claim's perpetrators name, and whether one of them may be anyone.

    A known actor's side is its party (else its id); a key its key; a part naming no one
    in particular (rule ``unknown``) or read by resemblance (``fuzzy``) may be anyone.

    >>> import claimrec as cr
    >>> claim = cr.Claim(source="X", subject="civilians", predicate="killed",
    ...                  actor="M23 and Rwandan troops", place="Goma", id="c")
    >>> sorted(identities(cr.resolve([claim])["c"].actors)[0])
    ['M23', 'Rwanda government']
    """
    sides: set[str] = set()
    open_ = False
    for hit in actors:
        if hit.rule in (UNKNOWN, "fuzzy"):
            open_ = True
        elif isinstance(hit.record, Actor):
            sides.add(hit.record.party or hit.record.id)
        else:
            sides.add(hit.id)
    return frozenset(sides), open_


# ------------------------------------------------------------------ speakers of a party


def party_key(source: Source, resolver: _Resolver) -> Resolved | None:
    """Return the speaker identity of an organ of a party the vocabulary does not know.

    A source of kind ``state`` or ``armed_group`` declaring a party that names no actor
    the vocabulary knows (nor a country) speaks for that party (rule ``key``, id ``~``
    and ``party:`` and the party's normalised name): a state's organs, its ministers and
    its spokesmen are one speaker, as they are for the states the vocabulary knows; two
    of its people still make two statements (``ClaimResolution.person``). NGOs, media
    and others declaring a party are not its organs (the opposition's doctors and its
    rescuers are two bodies).

    >>> from claimrec.resolution._resolver import _resolver
    >>> s = Source(name="the self-proclaimed republic's defence ministry", kind="state",
    ...            party="Ruritanian People's Republic")
    >>> party_key(s, _resolver(None)).id
    '~party:ruritanian peoples republic'
    """
    if source.kind not in PARTY_KINDS or not source.party:
        return None
    party = source.party
    if known_name(resolver)(party):
        return None
    key = normalize(re.sub(r"['\u2019]", "", party))
    if not key:
        return None
    record = Actor(id=f"~party:{key}", name=party, kind=source.kind, party=f"~party:{key}")
    return _hit(record.id, party, source.name, 0.6, KEY, record)


def known_name(resolver: _Resolver) -> Callable[[str], bool]:
    """Return whether a name names an actor the vocabulary knows, one inside it, or a state.

    >>> from claimrec.resolution._resolver import _resolver
    >>> known = known_name(_resolver(None))
    >>> known("JNIM"), known("Democratic Republic of Congo"), known("RPLF")
    (True, True, False)
    """
    actors, demonyms = resolver.vocab.actors, resolver.vocab.demonyms

    def known(name: str) -> bool:
        return (
            actors.resolve(name) is not None
            or resolver._contained(name, None) is not None  # noqa: SLF001
            or described_state(name, demonyms) is not None
        )

    return known


#: The rule of a speaker the vocabulary does not know, named within the input as one it knows.
LINKED = "linked"


def linked_speakers(
    unknown: Iterable[Source], sources: Iterable[Source], resolver: _Resolver
) -> dict[Source, Resolved]:
    """Return, per source no vocabulary reads, the known speaker the input names it as.

    The rules that identify unknown speakers within the input (:mod:`._local`: shared
    names and aliases, a name inside another, near-identical spellings) are run with the
    sources the vocabulary reads too: an unknown source one with known sources of a
    single speaker identity is that speaker (rule ``linked``, score 0.7; *Withelmen*,
    declared with *Witte Helmen*'s alias, speaks for the White Helmets). Two known
    identities in one group link nothing.

    >>> from claimrec.resolution._resolver import _resolver
    >>> known = Source(name="FAMa", aliases=("la Grande Muette",))
    >>> odd = Source(name="Famma", aliases=("la Grande Muette",))
    >>> linked_speakers([odd], [known, odd], _resolver(None))[odd].id
    'FAMa'
    """
    unknown = frozenset(unknown)
    vocab = resolver.vocab
    groups = local_speakers(sources)
    out: dict[Source, Resolved] = {}
    for source in sorted(unknown, key=lambda s: (s.name, s.aliases, s.party or "")):
        hit = groups.get(source)
        if hit is None or not isinstance(hit.record, tuple):
            continue
        known: dict[str, Resolved] = {}
        for member in hit.record:
            if isinstance(member, Source) and member not in unknown:
                found = resolver.speaker(member, None)
                if found is not None and isinstance(found.record, Actor):
                    known[_speaker_key(found, member, vocab)] = found
        if len(known) == 1:
            found = next(iter(known.values()))
            assert isinstance(found.record, Actor)
            out[source] = _actor_hit(found.record, source.name, 0.7, LINKED)
    return out
