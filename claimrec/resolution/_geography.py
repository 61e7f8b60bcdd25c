"""The gazetteer's geometry as resolution reads it: paths, divisions, areas, towns.

Module-level helpers of the resolver (``_resolver``): where a place lies, whether one place
holds another, which of several same-named places is the town meant. Split from
``_resolver`` to keep each module small; nothing here reads a claim.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TypeGuard

import attrs

from claimrec._text import normalize
from claimrec.resolution._words import _COMMON_PLACE_WORDS, _LEADING_THE
from claimrec.vocab import Place, PlaceKind, PlaceRelation, Vocabulary
from claimrec.vocab._names import _DIRECTION_WORDS, ARABIC_COUNTRIES, _arabic_key

#: The id prefix of a place identified within the input (:class:`LocalPlace`).
LOCAL_PREFIX = "local:"


@attrs.frozen(kw_only=True)
class LocalPlace(Place):
    """A place no gazetteer knows, identified within one resolution call (rule ``local``).

    Its ``id`` is ``"local:"`` and its core name (*local:ngarbuh*); ``within`` is the
    place the input's compounds put it in (a known place, or another local place), if
    any, and ``parent``/``country`` are that place's. Never added to a gazetteer: the
    identity holds within the claims (and context) of one :func:`~claimrec.resolve` call.

    Examples
    --------
    >>> from claimrec.vocab import default_vocabulary
    >>> from claimrec.resolution._geography import LocalPlace, _path, _relate_places
    >>> vocab = default_vocabulary()
    >>> kayes = vocab.places.get("ml.kayes-region")
    >>> far = LocalPlace(id="local:farabougou", name="Farabougou", within=kayes)
    >>> [p.name for p in _path(vocab, far)], far.country
    (['Mali', 'Kayes Region', 'Farabougou'], 'ML')
    >>> _relate_places(vocab, far, kayes).value
    'within'
    >>> _relate_places(vocab, far, vocab.places.get("ml.gao")).value  # Mali: may be a part
    'unknown'
    >>> _relate_places(vocab, far, vocab.places.get("SN")).value
    'disjoint'
    >>> _relate_places(vocab, LocalPlace(id="local:zorro", name="Zorro"), kayes).value
    'unknown'
    """

    kind: PlaceKind = attrs.field(default=PlaceKind.VILLAGE)
    country: str | None = attrs.field(default=None)
    parent: str | None = attrs.field(default=None)
    within: Place | None = attrs.field(default=None, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        if self.within is not None:
            object.__setattr__(self, "parent", self.within.id)
            object.__setattr__(self, "country", self.within.country)


def is_local(place: object) -> TypeGuard[LocalPlace]:
    """Whether ``place`` is a place identified within the input (:class:`LocalPlace`)."""
    return isinstance(place, LocalPlace)


def _relate_local(vocab: Vocabulary, a: Place, b: Place) -> PlaceRelation:
    """How a local place relates to another place: only what the input's compounds say.

    The same identity is ``SAME``; a place on the other's chain of containers contains
    it. Places of two countries are ``DISJOINT``; anything else is ``UNKNOWN``: the
    containers the input's compounds give are read from reports that may disagree (one
    writes the village in one district, another in the next), and an unknown name beside a
    known town may be a part of it.
    """
    if a.id == b.id:
        return PlaceRelation.SAME
    path_a, path_b = _path(vocab, a), _path(vocab, b)
    if a.id in {p.id for p in path_b}:
        return PlaceRelation.CONTAINS
    if b.id in {p.id for p in path_a}:
        return PlaceRelation.WITHIN
    if a.country is not None and b.country is not None and a.country != b.country:
        return PlaceRelation.DISJOINT
    return PlaceRelation.UNKNOWN


def _world(place: Place) -> bool:
    """Whether a place comes from the layers beneath the gazetteer (cities, towns, divisions)."""
    return place.id.startswith(_DIVISION_IDS)


def _path(vocab: Vocabulary, place: Place) -> tuple[Place, ...]:
    """Return the chain from the country down to ``place``, gazetteer, world layer or towns."""
    if isinstance(place, LocalPlace):
        return (place,) if place.within is None else (*_path(vocab, place.within), place)
    if place.id in vocab.places:
        return vocab.places.path(place.id)
    if place.id.startswith(_DIVISION_IDS) and place.id in vocab.regions:
        return _division_path(vocab, place)
    if place.id.startswith("gn."):
        region = vocab.regions.holding(place.id)
        if region is not None:
            return (*_division_path(vocab, region), place)
    if place.id in vocab.world or place.id not in vocab.towns:
        return vocab.world.path(place.id)
    for layer in (vocab.places, vocab.world):
        if place.parent is not None and place.parent in layer:
            return (*layer.path(place.parent), place)
    return (place,)


_DIVISION_IDS = ("gn.", "iso.", "area.")
_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")


def _in_area(vocab: Vocabulary, place: Place, area: Place, ids: set[str]) -> PlaceRelation:
    """How ``place`` (its path's ids ``ids``) relates to an area of a country's divisions."""
    if ids & set(area.covers):
        return PlaceRelation.WITHIN
    if place.kind is PlaceKind.AREA and place.id.startswith("area."):
        return PlaceRelation.SAME if place.id == area.id else PlaceRelation.DISJOINT
    if place.country is not None and area.country is not None and place.country != area.country:
        return PlaceRelation.DISJOINT
    if any(p.kind is PlaceKind.REGION and p.id in vocab.regions for p in _path(vocab, place)):
        return PlaceRelation.DISJOINT  # in another of the country's first-level divisions
    return PlaceRelation.UNKNOWN


def _may_hold(inner: Sequence[Place], outer: Sequence[Place]) -> bool:
    """Whether the division ending ``outer`` may hold the place ending ``inner``.

    So when the place is filed directly under one of the division's containers (a
    curated village under its region, *Solhan* under *Sahel Region*; a town of the world
    layer under its country) and the division is finer than that container (*Yagha*, a
    province of the Sahel Region): the files do not say in which of its parts it lies.
    """
    if len(inner) < 2 or len(outer) < 2 or outer[-1].kind not in _ANY_DIVISION:
        return False
    if inner[-1].kind in _WIDE:
        return False
    container = inner[-2].id
    return container != outer[-1].id and container in {p.id for p in outer[:-1]}


def _division_path(vocab: Vocabulary, place: Place) -> tuple[Place, ...]:
    """Return the chain from the country down to a division of the regions layer."""
    chain = [place]
    parent = place.parent
    while parent is not None and parent in vocab.regions and len(chain) < _DEEPEST:
        up = vocab.regions.get(parent)
        chain.append(up)
        parent = up.parent
    for layer in (vocab.places, vocab.world):
        if parent is not None and parent in layer:
            return (*layer.path(parent), *reversed(chain))
    return tuple(reversed(chain))


_DEEPEST = 8


def _world_duplicates(vocab: Vocabulary) -> dict[str, Place]:
    """Map each second GeoNames entry of one world place to the entry standing for both."""
    near = 0.1
    buckets: dict[tuple[str | None, str], list[Place]] = {}
    for place in vocab.world:
        if (
            place.country not in ARABIC_COUNTRIES
            or place.kind is PlaceKind.COUNTRY
            or place.lat is None
            or place.lon is None
        ):
            continue
        for key in {_arabic_key(n) for n in (place.name, *place.names)}:
            buckets.setdefault((place.country, key), []).append(place)
    out: dict[str, Place] = {}
    for group in buckets.values():
        for k, a in enumerate(group):
            for b in group[k + 1 :]:
                if (
                    a.id != b.id
                    and abs(float(a.lat) - float(b.lat)) <= near  # type: ignore[arg-type]
                    and abs(float(a.lon) - float(b.lon)) <= near  # type: ignore[arg-type]
                ):
                    ra, rb = out.get(a.id, a), out.get(b.id, b)
                    keep = min(ra, rb, key=lambda p: (len(normalize(p.name).split()), p.id))
                    for p in (a, b, ra, rb):
                        if p.id != keep.id:
                            out[p.id] = keep
    return out


# a town's share of the population of its name's towns for it to be read without context:
# "Mocímboa" is the one town of that name; of several, the largest when five times the next
_DOMINANT = 5


def _town(cands: Sequence[Place], vocab: Vocabulary) -> Place | None:
    """Return the one town a name names without context: the only one, or by far the largest."""
    if len(cands) == 1:
        return cands[0]
    if len(cands) > 1 and all(p.id in vocab.towns for p in cands):
        first, second = (vocab.towns.population(p.id) for p in cands[:2])  # largest first
        if first >= _DOMINANT * second:
            return cands[0]
    return None


_WIDE = frozenset({PlaceKind.COUNTRY, PlaceKind.REGION, PlaceKind.DISTRICT, PlaceKind.AREA})
_BARE_DIVISIONS = frozenset({PlaceKind.REGION, PlaceKind.AREA})
_ANY_DIVISION = frozenset({PlaceKind.REGION, PlaceKind.DISTRICT})
_FIRST_LEVEL = (PlaceKind.REGION, PlaceKind.DISTRICT)
_SECOND_LEVEL = (PlaceKind.DISTRICT, PlaceKind.REGION)
# the word naming a division's kind, and the level it names first
_DIVISION_WORDS = {
    **dict.fromkeys(
        ("region", "province", "state", "governorate", "oblast", "wilaya", "regiao", "etat",
         "estado", "provincia", "gouvernorat", "muhafazah"),
        _FIRST_LEVEL,
    ),
    **dict.fromkeys(
        ("district", "county", "department", "departement", "departamento", "distrito",
         "lga", "area", "prefecture", "cercle", "circle", "raion", "rayon", "township",
         "canton", "division", "subdivision", "woreda", "kebele", "tehsil", "territory",
         "territoire", "municipio", "groupement", "chefferie", "kecamatan", "kabupaten",
         "wilayah", "gebiet", "bezirk", "hromada"),
        _SECOND_LEVEL,
    ),
}  # fmt: skip
# "région du Centre-Nord", "province of Idlib", "gouvernorat d'Idlib", "district de Rubavu"
_DIVISION_BEFORE = re.compile(
    r"^(?:the\s+)?(?P<kind>region|province|state|governorate|district|department|departement|"
    r"county|gouvernorat|wilaya|etat|estado|provincia|departamento|distrito|prefecture|oblast|"
    r"township|canton|division|woreda|kebele|tehsil|raion|rayon|territory|territoire|"
    r"municipio|groupement|chefferie|kecamatan|kabupaten|wilayah|gebiet|bezirk|hromada)"
    r"\s+(?:de la|de l|des|du|de|d|of the|of|do|da)\s+(?P<rest>.+)$"
)


def _town_name(name: str, vocab: Vocabulary) -> bool:
    """Whether ``name`` may name a town: a proper name, not a common word.

    A town is read only from a capitalised name (*hospital* or *central* in lower case is
    no town), never from a word the vocabularies know (*Police*, *Union*, *Station*: a
    subject, a predicate or a site) nor from a generic word of places.
    """
    if not any(ch.isupper() for ch in name):
        return False
    key = _LEADING_THE.sub("", normalize(name))
    if not key or key in _COMMON_PLACE_WORDS:
        return False
    return vocab.subjects.resolve(key) is None and vocab.predicates.resolve(key) is None


def _foreign_division(name: str, place: Place, vocab: Vocabulary) -> bool:
    """Whether a town's name is also a first-level division's of another country.

    *Tigré* is a town of Argentina (31,000 people) and, in French, Tigray, Ethiopia. A
    town of the towns layer (a city of the world layer outweighs a division) is not read
    over such a division without context: the name is ambiguous, and the report's other
    places pick (:meth:`_Resolver.place_in`), as for two towns of one name.

    >>> from claimrec.vocab import default_vocabulary
    >>> vocab = default_vocabulary()
    >>> tigre = vocab.towns.resolve("Tigre")[0]
    >>> tigre.country, _foreign_division("Tigré", tigre, vocab)
    ('AR', True)
    """
    if place.id not in vocab.towns or not _town_name(name, vocab):
        return False
    return any(
        p.kind in _BARE_DIVISIONS and p.country != place.country
        for p in vocab.regions.resolve(name)
    )


def _proper(name: str) -> bool:
    """Whether a bare name is more than words of direction (*Nord-Ouest* names no one division).

    >>> _proper("Nord-Ouest"), _proper("Tigré")
    (False, True)
    """
    return not all(word in _DIRECTION_WORDS for word in normalize(name).split())


def _held_by_names(vocab: Vocabulary, path: Sequence[Place], names: Sequence[str]) -> bool:
    """Whether each of ``names`` names a division on ``path`` (a place's chain of containers).

    *Tigre, Buenos Aires*: Buenos Aires is a city that does not hold Tigre, and the province
    that does; the compound names the town in its province.
    """
    held = {p.id for p in path}
    return bool(names) and all(any(p.id in held for p in vocab.regions.resolve(n)) for n in names)


def _relate_places(vocab: Vocabulary, a: Place, b: Place) -> PlaceRelation:
    """:meth:`Gazetteer.relate`, across the gazetteer, its world layer, towns and divisions."""
    if isinstance(a, LocalPlace) or isinstance(b, LocalPlace):
        return _relate_local(vocab, a, b)
    if a.id in vocab.places and b.id in vocab.places:
        return vocab.places.relate(a.id, b.id)
    if a.id == b.id:
        return PlaceRelation.SAME
    path_a, path_b = _path(vocab, a), _path(vocab, b)
    ids_a = {p.id for p in path_a}
    ids_b = {p.id for p in path_b}
    if a.id in ids_b:
        return PlaceRelation.CONTAINS
    if b.id in ids_a:
        return PlaceRelation.WITHIN
    # a place filed under a coarser container than a division of it may lie in that division
    if _may_hold(path_a, path_b) or _may_hold(path_b, path_a):
        return PlaceRelation.UNKNOWN
    # an area of divisions (Darfur: North, South... Darfur) holds what its divisions hold
    if b.kind is PlaceKind.AREA and b.id.startswith("area."):
        return _in_area(vocab, a, b, ids_a)
    if a.kind is PlaceKind.AREA and a.id.startswith("area."):
        return _in_area(vocab, b, a, ids_b).converse()
    if PlaceKind.AREA in (a.kind, b.kind):
        return PlaceRelation.UNKNOWN
    return PlaceRelation.DISJOINT


_MIN_BARE = 5  # a bare name this long or longer may be read with an article added

# A transliterated Arabic article: "Al Fasher", "el-Geneina", "Ash Shihr", "Ad-Dali"
_ARTICLE = re.compile(
    r"^(?:al|el|ad|ar|as|ash|at|az|an|ad|ed|er|es|esh|et|ez|en|il)(?:[\s\-\u2010\u2011'\u2019]+)"
    r"(?P<rest>\w.*)$",
    re.IGNORECASE,
)


def _short(name: str) -> bool:
    """Whether a place name is short enough to be read as a misspelling (two words at most)."""
    return len(_LEADING_THE.sub("", normalize(name)).split()) <= 2
