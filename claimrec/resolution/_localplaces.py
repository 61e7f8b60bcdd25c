"""Places no gazetteer knows, identified within the input (place rule ``local``).

The scene of most incidents is a village no gazetteer holds (*Ngarbuh*, *Pazigyi*,
*Kishishe*, *Mai Kadra*). A place string that the gazetteer rules leave unread, or whose
first part they leave unread (*Pazigyi Village, Kanbalu Township, Sagaing Region*), names
an input-local place when that part is a proper name (:func:`local_core`):

- its **core**: the name once the words of its kind (*village*, *aldea*, *quartier*,
  *Dorf*, *desa*, *township*...) and the articles and prepositions around it are dropped,
  with no space or hyphen inside (*Pa Zi Gyi* is *Pazigyi*; *Mai-Kadra* is *Maikadra*).
  Strings of one core name one place; near-identical spellings of a core of six letters
  or more (RapidFuzz ratio at least 85, the same first letter: *Ngarbu*, *Ngarbuh*) do too.
- its **container**: the known places the other parts of the compound read as (*Kanbalu*
  in *Sagaing*), when they lie on one chain, the finest of them; an unknown proper name
  among those parts is a local place itself, inside them (*quartier de Ngarbuh du bourg de
  Ntumbo*: Ngarbuh inside a local Ntumbo). The containers the input gives one core are
  merged: the finest when they nest, else the place they share.
- a **hyphenated pair** of unknown names (*Ngarbuh-Ntumbaw*) is read as its first name
  when the input names that first name alone (a report writing the place with its
  neighbour), else as one name. The second name is not made a container: the hyphen does
  not say which holds the other.

Guards: a core is made of capitalised words none of which is a generic word of places or
sites (*the same areas*, *a ditch*, *North*); it names no known place (the gazetteer
rules read it first); a site (*hospital*, *market*, *camp*, *school*: rule ``in``), a list
(*A and B*) and a string of more than three name words name no local place; a place a
distance is counted from (*X, 20 km from Y*) is no container. The identity holds within
one :func:`~claimrec.resolve` call only (its claims and their context): the place is a
:class:`~claimrec.resolution._geography.LocalPlace`, never added to a gazetteer, and its
key is the same whatever the order of the claims.
"""

from __future__ import annotations

import functools
import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from importlib.resources import files

import numpy as np
from rapidfuzz import fuzz, process

from claimrec._disjoint import DisjointSets
from claimrec._text import normalize
from claimrec.model import Claim
from claimrec.resolution._geography import LOCAL_PREFIX, LocalPlace, _path, _relate_places
from claimrec.resolution._inflected import nominatives, slavic_string
from claimrec.resolution._records import Resolved
from claimrec.resolution._resolver import _Resolver
from claimrec.resolution._romanised import romanised_key, romanised_keys
from claimrec.resolution._script_places import _ARABIC, bare_name, settlement_name
from claimrec.resolution._sites import _AND, _DISTANCE_TAIL, _UNNAMED, place_kinds
from claimrec.vocab import Place, PlaceKind, PlaceRelation, Vocabulary

#: The rule of a place identified within the input.
LOCAL = "local"
#: The score of such a place: weaker than any gazetteer reading.
LOCAL_SCORE = 0.7

_FUZZY = 85.0  # near-identical spellings of one unknown name
_FUZZY_MIN = 6  # shorter cores are too often other names one letter away
_MIN_CORE = 4  # shorter names are too often ordinary words
_SHORT = 3  # capitalised words this short are parts of names ("Lo", "Al"), never rejected
_MAX_WORDS = 3  # a longer run of capitalised words is a phrase, not a village's name


@functools.cache
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = json.loads(files("claimrec.data").joinpath("local_places.json").read_text("utf-8"))
    # compared normalised: words of other scripts as transliterated ("село" is "selo")
    return (
        frozenset(map(normalize, data["settlements"])),
        frozenset(map(normalize, data["divisions"])),
        frozenset(map(normalize, data["links"])),
    )


# articles dropped whatever their case ("The village of X"); other links only in lower
# case: a capitalised one belongs to the name (*El Geneina*, *La Paz*)
_ARTICLES = frozenset({"the", "a", "an", "un", "une", "um", "uma"})
_TOKEN = re.compile(r"[^\W\d_]+(?:[-\u2010\u2011][^\W\d_]+)*")
_ELISION = re.compile(r"['\u2019]")
_PARTS = re.compile(r"\s*[,;(]\s*|\)")
_WIDE = frozenset({PlaceKind.COUNTRY, PlaceKind.REGION, PlaceKind.DISTRICT, PlaceKind.AREA})
_BRACKETS = re.compile(r"\([^()]*\)")
#: The rules of a known part read as a container: the name itself, a division named with
#: its kind, a compound, a settlement named with its kind (never a site of a place, a place
#: near another, a misspelling)
_CONTAINING = frozenset({"exact", "region", "compound", "named"})


@functools.lru_cache(maxsize=65536)
def local_core(text: str) -> tuple[str, str, str | None] | None:
    """Return the core of the one place a string names by an unknown proper name, if any.

    Returns ``(core, name, first)``: the key (no space, no hyphen), the name as written,
    and for a hyphenated pair the key of its first name (else None). The gazetteer is not
    consulted here (see :func:`local_places`).

    >>> from claimrec.resolution._localplaces import local_core
    >>> local_core("aldea de Ngarbuh"), local_core("Pa Zi Gyi")[0]
    (('ngarbuh', 'Ngarbuh', None), 'pazigyi')
    >>> local_core("Ngarbuh-Ntumbaw")
    ('ngarbuhntumbaw', 'Ngarbuh-Ntumbaw', 'ngarbuh')
    >>> local_core("a ditch in the outskirts of Ngarbuh"), local_core("Ngarbuh hospital")
    (None, None)
    """
    if re.search(r"\d", text) or _AND.search(text) is not None:
        return None
    settlements, divisions, links = _words()
    kept: list[str] = []
    for token in _TOKEN.findall(_ELISION.sub(" ", text)):
        key = normalize(token)
        if key in settlements or key in divisions or key in _ARTICLES:
            continue
        if key in links and not token[0].isupper():
            continue
        if not token[0].isupper() or any(
            len(part) > _SHORT and part in _UNNAMED for part in (key, *key.split())
        ):
            return None  # a common word ("North", "Sud-Ouest", "Hospital"): no name
        kept.append(token)
    if not kept or len(kept) > _MAX_WORDS or place_kinds(text):
        return None
    core = "".join(normalize(t).replace(" ", "") for t in kept)
    if len(core) < _MIN_CORE:
        return None
    first = None
    if len(kept) == 1 and "-" in kept[0]:
        head = normalize(kept[0].split("-")[0]).replace(" ", "")
        first = head if len(head) >= _MIN_CORE else None
    return core, " ".join(kept), first


def _split(text: str) -> tuple[str, list[str]]:
    """Return a compound's first part and the parts that may contain it, finest first."""
    far = _DISTANCE_TAIL.search(text)
    if far is not None:
        text = text[: far.start()]  # "X, 20 km from Y": Y contains nothing
    # "Mai-Kadra (May Cadera)": a name in brackets is another name of the place, no container
    text = _BRACKETS.sub(" ", text)
    parts = [p.strip() for p in _PARTS.split(text) if p and p.strip()]
    if not parts:
        return text, []
    head, rest = parts[0], parts[1:]
    inner = _OF_KIND.match(head)
    if inner is not None:
        # "quartier de Ngarbuh du bourg de Ntumbo": Ngarbuh in Ntumbo
        head, rest = inner.group("inner"), [inner.group("outer"), *rest]
    return head, rest


def _of_kind() -> re.Pattern[str]:
    settlements, _, _ = _words()
    kinds = "|".join(sorted(settlements, key=len, reverse=True))
    return re.compile(
        r"^(?P<inner>.+?)\s+(?:du|de la|de l|des|de|of the|of|in the|del|do|da|im|in)\s+"
        rf"(?:(?:{kinds})\s+)(?:(?:de|d|of|del|do|da|von)\s+)?(?P<outer>.+)$",
        re.IGNORECASE,
    )


_OF_KIND = _of_kind()


class _Reading:
    """What the input says of one core: its names, its containers."""

    __slots__ = ("containers", "count", "firsts", "local_outer", "names")

    def __init__(self) -> None:
        self.names: Counter[str] = Counter()
        self.count = 0
        self.containers: set[Place] = set()
        self.local_outer: set[str] = set()
        self.firsts: set[str] = set()


def local_places(
    names: Iterable[str],
    vocab: Vocabulary,
    known: Callable[[str], Place | None],
    unknown: Callable[[str], bool],
) -> dict[str, Resolved]:
    """Return, per place string naming an input-local place, its reading (rule ``local``).

    Parameters
    ----------
    names : iterable of str
        Every place string of the input (the claims' and their context's; repeats count).
    vocab : Vocabulary
    known : callable
        A part of a compound -> the known place it reads as, or None.
    unknown : callable
        A core name as written -> whether no known place bears it.

    Returns
    -------
    dict
        Place string -> :class:`Resolved` whose record is a
        :class:`~claimrec.resolution._geography.LocalPlace` (``id`` ``"local:"`` and the
        group's core). Strings that name no local place are left out.

    Examples
    --------
    >>> from claimrec.vocab import default_vocabulary
    >>> from claimrec.resolution._localplaces import local_places
    >>> vocab = default_vocabulary()
    >>> def known(part):
    ...     found = vocab.places.resolve(part)
    ...     return found[0] if len(found) == 1 else None
    >>> found = local_places(["village de Zorrobi", "Zorobi, Kayes", "Zorrobi"], vocab, known,
    ...                      lambda name: not vocab.places.resolve(name))
    >>> sorted({hit.id for hit in found.values()}), found["Zorrobi"].record.parent
    (['local:zorrobi'], 'ml.kayes')
    """
    readings: dict[str, _Reading] = defaultdict(_Reading)
    of_name: dict[str, tuple[str, str | None]] = {}
    scripted: dict[str, str] = {}  # a name in Arabic script (its core) -> its transliteration
    inflected: set[str] = set()  # the cores of names in Polish, Czech, Ukrainian, Russian
    bare: dict[str, str] = {}  # an Arabic name alone -> the name
    counted = Counter(names)
    for text in sorted(counted):
        if _AND.search(text) is not None:
            continue  # "X, Y and Z, Mafa LGA": a list of places, whose parts hold nothing
        head, rest = _split(text)
        found, named = local_core(head), None
        if found is None:
            named = settlement_name(text)  # "قرية كارما": a village by its word, in Arabic
            if named is not None:
                found, rest = (named[0].replace(" ", ""), named[0], None), []
            elif (alone := bare_name(text)) is not None:
                bare[text] = alone  # "ضحيان": read below, when a settlement of the input
        if found is None or not _unknown_words(found[1], unknown):
            continue
        core, written, first = found
        if named is not None:
            scripted[core] = named[1]
        if slavic_string(text):
            inflected.add(core)
        reading = readings[core]
        reading.names[written] += counted[text]
        reading.count += counted[text]
        if first is not None:
            reading.firsts.add(first)
        outer: list[Place] = []
        for part in rest:
            place = known(part)
            if place is not None:
                outer.append(place)
                continue
            other = local_core(part)
            if (
                other is not None
                and not reading.local_outer
                and other[0] != core
                and _unknown_words(other[1], unknown)
            ):
                reading.local_outer.add(other[0])
                readings[other[0]].names[other[1]] += 0
        finest = _finest(vocab, outer)
        if finest is not None:
            reading.containers.add(finest)
        of_name[text] = (core, first)
    for text, alone in sorted(bare.items()):
        core = alone.replace(" ", "")
        if core in scripted and core in readings:  # "ضحيان" beside "مدينة ضحيان"
            readings[core].names[alone] += counted[text]
            readings[core].count += counted[text]
            of_name[text] = (core, None)
    if not readings:
        return {}
    groups = _group(readings, scripted, inflected, counted, unknown)
    places = _build(vocab, readings, groups)
    out: dict[str, Resolved] = {}
    for text, (own, first) in of_name.items():
        core = own
        if first is not None and first in groups and readings[first].count > 0:
            core = first  # "Ngarbuh-Ntumbaw" beside "Ngarbuh": Ngarbuh
        place = places.get(groups[core]) if core in groups else None
        if place is not None:
            out[text] = Resolved(
                id=place.id, name=place.name, text=text, score=LOCAL_SCORE, rule=LOCAL,
                record=place,
            )  # fmt: skip
    return out


def _unknown_words(name: str, unknown: Callable[[str], bool]) -> bool:
    """Whether no known place bears the name, nor any of its words of four letters or more.

    *Tigray region town of Mai-Kadra* keeps *Tigray Mai-Kadra*: a known name inside says
    the string is a phrase about that place, not one unknown name.
    """
    words = name.split()
    return unknown(name) and (
        len(words) == 1 or all(len(w) < _MIN_CORE or unknown(w) for w in words)
    )


def column_places(resolver: _Resolver, claims: Iterable[Claim]) -> dict[str, Resolved]:
    """:func:`local_places` of the claims' place strings, read by the resolver's rules."""

    def known(part: str) -> Place | None:
        hit = resolver.part(part)
        if hit is None or hit.rule not in _CONTAINING or not isinstance(hit.record, Place):
            return None
        return hit.record

    vocab = resolver.vocab

    def unknown(name: str) -> bool:
        # no layer bears the name, even where the rules decline to read it (a bare
        # district, *Mafa*; a division or town of two countries, *Punjab*)
        return (
            resolver.place(name) == (None, False)
            and resolver.part(name) is None
            and not vocab.places.resolve(name)
            and not vocab.regions.resolve(name)
            and not resolver.world_candidates(name)
        )

    names = [c.place for c in claims if c.place is not None]
    return local_places(names, resolver.vocab, known, unknown)


def container_read(name: str, hit: Resolved) -> bool:
    """Whether a compound's gazetteer reading is of a container, not of its first part.

    A compound whose first part names a local place (*village de Pazigyi, canton de
    Kanbalu, région de Sagaing*) read as a site of its last part (rule ``in``: the town of
    Sagaing) or as a wide place (a division, a country) is read as the local place
    inside them. A reading as a town or a village is kept: the first part may be another
    name of that place (*Mai-Kadra (May Cadera)*).
    """
    if not _split(name)[1]:
        return False
    return hit.rule == "in" or (isinstance(hit.record, Place) and hit.record.kind in _WIDE)


def _finest(vocab: Vocabulary, places: list[Place]) -> Place | None:
    """Return the finest of places that lie on one chain, else None."""
    if not places:
        return None
    deepest = max(places, key=lambda p: (len(_path(vocab, p)), p.id))
    inside = (PlaceRelation.SAME, PlaceRelation.WITHIN)
    if all(_relate_places(vocab, deepest, p) in inside for p in places):
        return deepest
    return None


def _group(
    readings: dict[str, _Reading],
    scripted: dict[str, str] | None = None,
    inflected: set[str] | None = None,
    names: Iterable[str] = (),
    unknown: Callable[[str], bool] | None = None,
) -> dict[str, str]:
    """Map each core to its group's key: cores one spelling apart are one place.

    A core of a name in Arabic script (``scripted``: its transliteration) is the place of the
    one group of Latin cores whose romanisations have those consonants (:func:`_consonants`),
    and is left out when a known name of the input (``names``, not ``unknown``) has them;
    a core of a Slavic string (``inflected``) in a case of another core is that core's
    place (:func:`_join_inflected`).
    """
    cores = sorted(readings)
    sets = DisjointSets(cores)
    scripted = scripted or {}
    _join_inflected(sets, readings, sorted(inflected or ()))
    # near spellings of long cores with one first letter, compared in one vectorised call
    # per first letter (never all pairs of the input in Python)
    by_letter: dict[str, list[str]] = defaultdict(list)
    for c in cores:
        if len(c) >= _FUZZY_MIN:
            by_letter[c[0]].append(c)
    for same in by_letter.values():
        if len(same) < 2:
            continue
        scores = process.cdist(same, same, scorer=fuzz.ratio, score_cutoff=_FUZZY)
        for i, j in zip(*np.nonzero(np.triu(scores, 1)), strict=True):
            sets.union(same[int(i)], same[int(j)])
    dropped: set[str] = set()
    if scripted:
        latin = [c for c in cores if c not in scripted]
        dropped = _join_scripted(sets, latin, scripted, names, unknown or _nowhere)
    out: dict[str, str] = {}
    for group in sets.groups():
        if dropped.intersection(group):
            continue  # a known town's Arabic name (alone: dropped names join nothing)
        # the group's key: a Latin core first, its most named, then the shortest, the first
        key = min(group, key=lambda c: (c in scripted, -readings[c].count, len(c), c))
        for c in group:
            out[c] = key
    return out


def _join_inflected(
    sets: DisjointSets[str], readings: dict[str, _Reading], inflected: list[str]
) -> None:
    """Join each core of a Slavic string to the one other core it is a case of.

    *w pobliżu Karmy* (near Karma): *karmy* is *karma* in the genitive when the input
    names a local *Karma*; two such nominatives (*Karma*, *Karmo*), or none, leave it alone.
    """
    for core in inflected:
        found = {n for n in nominatives(core) if n in readings and readings[n].count > 0}
        # "w Zormie" beside "Zormi" and "Zorma": the case of a case is no nominative
        found = {n for n in found if not found.intersection(nominatives(n))}
        if len(found) == 1:
            sets.union(core, found.pop())


_MIN_CONSONANTS = 3  # fewer consonants are shared by too many names ("Kerma", "Karim")


def _consonants(key: str) -> str:
    """Return the consonants of a romanisation key (:func:`._romanised.romanised_key`).

    >>> _consonants(romanised_key("krm")), _consonants(romanised_key("Karma"))
    ('krm', 'krm')
    """
    return re.sub(r"[aiu]", "", key)


def _join_scripted(
    sets: DisjointSets[str],
    latin: list[str],
    scripted: dict[str, str],
    names: Iterable[str],
    unknown: Callable[[str], bool],
) -> set[str]:
    """Join each Arabic-script core to the one group of Latin cores of its consonants.

    *كارما* (*krm*) is *Karma* when the Latin names of the input read *krm* in one place
    only; none leaves it a place of its own. Returns the cores that are no local place:
    those of the consonants of two Latin local places (*Karma*, *Kerma*: one of them,
    which is unknown), or of a known name of the input (a town of the gazetteer, whose
    Arabic name it lacks: the phrase names that town).
    """
    by_sound: dict[str, set[str]] = defaultdict(set)
    for core in latin:
        for key in romanised_keys(core):
            by_sound[_consonants(key)].add(core)
    sounds = {core: _consonants(romanised_key(key)) for core, key in scripted.items()}
    known = _known_sounds(names, set(latin), set(sounds.values()), unknown)
    out: set[str] = set()
    for core, sound in sorted(sounds.items()):
        if sound in known:
            out.add(core)
            continue
        if len(sound) < _MIN_CONSONANTS:
            continue
        roots = {sets.find(c) for c in by_sound.get(sound, ())}
        if len(roots) == 1:
            sets.union(core, roots.pop())
        elif roots:
            out.add(core)  # one of several places: which is unknown
    return out


def _nowhere(name: str) -> bool:
    """No place is known (the default of :func:`_group`)."""
    return bool(name)


def _known_sounds(
    names: Iterable[str], local: set[str], wanted: set[str], unknown: Callable[[str], bool]
) -> set[str]:
    """Return the consonants (of ``wanted``) of the input's known Latin names.

    The capitalised words and pairs of words of the input that are no local core but the
    name of a known place (not ``unknown``).
    """
    out: set[str] = set()
    for text in names:
        if _ARABIC.search(text) is not None:
            continue
        words = [w for w in _TOKEN.findall(text) if w[0].isupper()]
        for k in range(len(words)):
            for cand in (words[k], " ".join(words[k : k + 2])):
                key = normalize(cand).replace(" ", "").replace("-", "")
                if key in local:
                    continue
                sounds = {_consonants(r) for r in romanised_keys(key)} & wanted
                if sounds - out and not unknown(cand):
                    out |= sounds
    return out


def _build(
    vocab: Vocabulary, readings: dict[str, _Reading], groups: dict[str, str]
) -> dict[str, LocalPlace]:
    """One place per group, inside what the group's compounds say, outer places first."""
    members: dict[str, list[str]] = defaultdict(list)
    for core, key in groups.items():
        members[key].append(core)
    built: dict[str, LocalPlace] = {}

    def container(key: str, depth: int) -> Place | None:
        found: set[Place] = set()
        outer_keys: set[str] = set()
        for core in members[key]:
            found |= readings[core].containers
            outer_keys |= {groups[o] for o in readings[core].local_outer}
        known = _common(vocab, sorted(found, key=lambda p: p.id))
        outer_keys.discard(key)
        if len(outer_keys) == 1 and depth < 2:
            (outer_key,) = outer_keys
            outer = make(outer_key, depth + 1)
            if known is None or (
                outer.within is not None and _relate_places(vocab, outer, known) in _INSIDE
            ):
                return outer  # a local place inside another, itself in the known places
        return known

    def make(key: str, depth: int = 0) -> LocalPlace:
        if key in built:
            return built[key]
        names: Counter[str] = Counter()
        for core in members[key]:
            names.update(readings[core].names)
        # the most written name, one in Latin letters first (the Arabic names' romanisation)
        name = (
            min(names, key=lambda n: (_ARABIC.search(n) is not None, -names[n], n))
            if names
            else key
        )
        place = LocalPlace(id=LOCAL_PREFIX + key, name=name, within=container(key, depth))
        built[key] = place
        return place

    for key in sorted(set(groups.values())):
        make(key)
    return built


_INSIDE = (PlaceRelation.WITHIN, PlaceRelation.SAME)


def _common(vocab: Vocabulary, places: list[Place]) -> Place | None:
    """Return the finest of places on one chain, else the finest place holding them all."""
    if not places:
        return None
    finest = _finest(vocab, places)
    if finest is not None:
        return finest
    paths = [_path(vocab, p) for p in places]
    common: Place | None = None
    for level in range(min(len(p) for p in paths)):
        if len({p[level].id for p in paths}) != 1:
            break
        common = paths[0][level]
    return common
