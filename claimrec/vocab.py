"""Shipped vocabularies: actors, a gazetteer of places, conflict predicates, subject classes.

Reports name the same actor, place or act in many ways: *JNIM*, *GSIM* and *Groupe de
soutien à l'islam et aux musulmans* are one group; *Tombouctou* is *Timbuktu*; an army
that *neutralised* 80 militants says they were *killed*. This module maps such words to
canonical records, loaded from the files in ``claimrec/data/`` (see ``SOURCES.md`` there):

- :class:`ActorVocabulary` of :class:`Actor` (``actors.json``): aliases (some valid only
  between two dates), kind, party (the side an actor speaks for) and ``part_of``.
- :class:`Gazetteer` of :class:`Place` (``places.csv``): a country > region > town tree,
  vague areas (*western Mali*) defined by the regions they cover, and :meth:`Gazetteer.relate`.
- :class:`PredicateVocabulary` of :class:`Predicate` (``predicates.json``): what a claim
  says happened, grouped in families, with exclusions and ACLED event types.
- :class:`SubjectVocabulary` of :class:`SubjectClass` (``subjects.json``): who or what it
  happened to (soldiers, militants, civilians...), with mutually exclusive classes.

:class:`Vocabulary` bundles the four; :func:`default_vocabulary` loads the shipped files
once. Names are compared on :func:`claimrec._text.normalize` (case, accents, apostrophes
and punctuation do not matter; a leading *the* is dropped for actors and places).

>>> from claimrec.vocab import default_vocabulary
>>> vocab = default_vocabulary()
>>> vocab.actors.resolve("GSIM").id, vocab.predicates.resolve("neutralised").id
('JNIM', 'killed')
>>> vocab.places.relate("ml.diboli", "ml.western-mali").value
'within'
"""

from __future__ import annotations

import csv
import datetime as dt
import enum
import functools
import io
import json
import os
import re
import sys
import types
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from importlib.resources import files
from pathlib import Path
from typing import Any, ClassVar, Generic, TypeAlias, TypeVar

import attrs
from rapidfuzz import fuzz, process

from claimrec._text import normalize
from claimrec.category import CategoryScheme
from claimrec.errors import FormatError, InvalidClaimError, UnknownNameError
from claimrec.model import SourceKind

if sys.version_info >= (3, 11):
    from importlib.resources.abc import Traversable
else:  # pragma: no cover - Python 3.10
    from importlib.abc import Traversable

__all__ = [
    "Actor",
    "ActorVocabulary",
    "Alias",
    "Gazetteer",
    "Place",
    "PlaceKind",
    "PlaceRelation",
    "Predicate",
    "PredicateVocabulary",
    "SubjectClass",
    "SubjectVocabulary",
    "ValueType",
    "Vocabulary",
    "default_vocabulary",
]

#: Fuzzy matches below this score are not offered as suggestions in error messages.
_SUGGESTION_CUTOFF = 60.0
_SUGGESTIONS = 3

Scorer: TypeAlias = Callable[..., float]
_E = TypeVar("_E", bound=enum.Enum)
_V = TypeVar("_V")

# --------------------------------------------------------------------------- enums


class PlaceKind(str, enum.Enum):
    """What kind of place a gazetteer entry is.

    ``AREA`` is a vague zone (*western Mali*, *the Sahel*) defined by the places it covers
    rather than by a boundary of its own; the others form the administrative tree.

    Examples
    --------
    >>> from claimrec.vocab import PlaceKind
    >>> [k.value for k in PlaceKind][:3]
    ['country', 'region', 'district']
    """

    COUNTRY = "country"
    REGION = "region"
    DISTRICT = "district"
    TOWN = "town"
    VILLAGE = "village"
    SITE = "site"
    AREA = "area"


class PlaceRelation(str, enum.Enum):
    """How two places relate, as :meth:`Gazetteer.relate` tells.

    Examples
    --------
    >>> from claimrec.vocab import PlaceRelation
    >>> PlaceRelation.WITHIN == "within", PlaceRelation.WITHIN.converse().value
    (True, 'contains')
    """

    SAME = "same"
    WITHIN = "within"
    CONTAINS = "contains"
    DISJOINT = "disjoint"
    UNKNOWN = "unknown"

    def converse(self) -> PlaceRelation:
        """Return the relation seen from the other place (*within* <-> *contains*).

        Examples
        --------
        >>> from claimrec.vocab import PlaceRelation
        >>> PlaceRelation.DISJOINT.converse().value
        'disjoint'
        """
        if self is PlaceRelation.WITHIN:
            return PlaceRelation.CONTAINS
        if self is PlaceRelation.CONTAINS:
            return PlaceRelation.WITHIN
        return self


class ValueType(str, enum.Enum):
    """The type of value a predicate's claims carry.

    Examples
    --------
    >>> from claimrec.vocab import ValueType
    >>> ValueType("quantity").name
    'QUANTITY'
    """

    QUANTITY = "quantity"
    CATEGORY = "category"
    TEXT = "text"
    NONE = "none"


#: ACLED event types and their sub-event types (ACLED codebook; facts only).
_ACLED: Mapping[str, frozenset[str]] = types.MappingProxyType(
    {
        "Battles": frozenset(
            {
                "Armed clash",
                "Government regains territory",
                "Non-state actor overtakes territory",
            }
        ),
        "Explosions/Remote violence": frozenset(
            {
                "Chemical weapon",
                "Air/drone strike",
                "Suicide bomb",
                "Shelling/artillery/missile attack",
                "Remote explosive/landmine/IED",
                "Grenade",
            }
        ),
        "Violence against civilians": frozenset(
            {"Sexual violence", "Attack", "Abduction/forced disappearance"}
        ),
        "Protests": frozenset(
            {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"}
        ),
        "Riots": frozenset({"Violent demonstration", "Mob violence"}),
        "Strategic developments": frozenset(
            {
                "Agreement",
                "Arrests",
                "Change to group/activity",
                "Disrupted weapons use",
                "Headquarters or base established",
                "Looting/property destruction",
                "Non-violent transfer of territory",
                "Other",
            }
        ),
    }
)

_PLACE_RANK = {
    PlaceKind.COUNTRY: 0,
    PlaceKind.REGION: 1,
    PlaceKind.AREA: 1,
    PlaceKind.DISTRICT: 2,
    PlaceKind.TOWN: 3,
    PlaceKind.VILLAGE: 3,
    PlaceKind.SITE: 4,
}
_COUNTRY_RE = re.compile(r"[A-Z]{2}")
_LEADING_THE = re.compile(r"^the ")

# --------------------------------------------------------------------------- helpers


def _name_key(text: str) -> str:
    """Return the matching key of an actor or place name (normalised, leading 'the' dropped)."""
    return _LEADING_THE.sub("", normalize(text))


def _singular(token: str) -> str:
    if len(token) > 3 and token.endswith("s") and not token.endswith("ss"):
        return token[:-1]
    return token


def _subject_key(text: str) -> str:
    return " ".join(_singular(t) for t in normalize(text).split())


def _nonblank(field: str) -> Callable[[Any, Any, Any], None]:
    def check(_instance: Any, _attribute: Any, value: Any) -> None:
        if not isinstance(value, str) or not value.strip():
            raise InvalidClaimError(field, value, "must be a non-blank string")

    return check


def _keyable(field: str) -> Callable[[Any, Any, Any], None]:
    def check(_instance: Any, _attribute: Any, value: Any) -> None:
        if not isinstance(value, str) or not normalize(value):
            raise InvalidClaimError(
                field, value, "must contain letters or digits (Latin script) to be matched"
            )

    return check


def _date(field: str, value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise InvalidClaimError(field, value, "not an ISO date (expected e.g. '2022-03-31')")


def _enum(enum_type: type[_E], field: str, value: Any) -> _E:
    try:
        return enum_type(value)
    except ValueError:
        allowed = ", ".join(repr(m.value) for m in enum_type)
        raise InvalidClaimError(field, value, f"not one of {allowed}") from None


def _strings(field: str, value: Any, *, keyable: bool = False) -> tuple[str, ...]:
    if value is None:
        return ()
    items = (value,) if isinstance(value, str) else tuple(value)
    out: list[str] = []
    for item in items:
        if not isinstance(item, str) or not item.strip():
            raise InvalidClaimError(field, item, "must be a non-blank string")
        if keyable and not normalize(item):
            raise InvalidClaimError(
                field, item, "must contain letters or digits (Latin script) to be matched"
            )
        if item.strip() not in out:
            out.append(item.strip())
    return tuple(out)


def _optional_id(field: str, value: Any) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str) or not value.strip():
        raise InvalidClaimError(field, value, "must be an id (a non-blank string)")
    return value.strip()


def _coordinate(field: str, limit: float, value: Any) -> float | None:
    if value is None or value == "":
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise InvalidClaimError(field, value, "not a number (expected e.g. '14.45')") from None
    if not -limit <= number <= limit:
        raise InvalidClaimError(field, value, f"not in [-{limit:g}, {limit:g}]")
    return number


# Named converters (mypy's attrs plugin needs named functions).


def _to_when(value: Any) -> dt.date | None:
    return _date("when", value)


def _to_valid_from(value: Any) -> dt.date | None:
    return _date("valid_from", value)


def _to_valid_to(value: Any) -> dt.date | None:
    return _date("valid_to", value)


def _to_actor_kind(value: Any) -> SourceKind:
    return _enum(SourceKind, "kind", value)


def _to_place_kind(value: Any) -> PlaceKind:
    return _enum(PlaceKind, "kind", value)


def _to_value_type(value: Any) -> ValueType:
    return _enum(ValueType, "value_type", value)


def _to_part_of(value: Any) -> str | None:
    return _optional_id("part_of", value)


def _to_parent(value: Any) -> str | None:
    return _optional_id("parent", value)


def _to_broader(value: Any) -> str | None:
    return _optional_id("broader", value)


def _to_acled_field(value: Any) -> str | None:
    return _optional_id("acled_field", value)


def _to_lat(value: Any) -> float | None:
    return _coordinate("lat", 90.0, value)


def _to_lon(value: Any) -> float | None:
    return _coordinate("lon", 180.0, value)


def _to_place_aliases(value: Any) -> tuple[str, ...]:
    return _strings("aliases", value, keyable=True)


def _to_synonyms(value: Any) -> tuple[str, ...]:
    return _strings("synonyms", value, keyable=True)


def _to_covers(value: Any) -> tuple[str, ...]:
    return _strings("covers", value)


def _to_excludes(value: Any) -> tuple[str, ...]:
    return _strings("excludes", value)


def _to_entails(value: Any) -> tuple[str, ...]:
    return _strings("entails", value)


def _to_countries(value: Any) -> tuple[str, ...]:
    out = _strings("countries", value)
    for code in out:
        if not _COUNTRY_RE.fullmatch(code):
            raise InvalidClaimError("countries", code, "not an ISO 3166 alpha-2 code (e.g. 'ML')")
    return out


def _to_country(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str) or not _COUNTRY_RE.fullmatch(value):
        raise InvalidClaimError("country", value, "not an ISO 3166 alpha-2 code (e.g. 'ML')")
    return value


def _to_geonames_id(value: Any) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise InvalidClaimError("geonames_id", value, "not a positive integer")
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise InvalidClaimError("geonames_id", value, "not a positive integer") from None
    if number <= 0:
        raise InvalidClaimError("geonames_id", value, "not a positive integer")
    return number


def _check_dates(valid_from: dt.date | None, valid_to: dt.date | None) -> None:
    if valid_from is not None and valid_to is not None and valid_to < valid_from:
        raise InvalidClaimError(
            "valid_to", valid_to.isoformat(), f"before valid_from={valid_from.isoformat()!r}"
        )


def _within_dates(when: dt.date | None, start: dt.date | None, end: dt.date | None) -> bool:
    if when is None:
        return True
    return (start is None or start <= when) and (end is None or when <= end)


# --------------------------------------------------------------------------- records


@attrs.frozen(kw_only=True)
class Alias:
    """A name of an actor, optionally valid only between two dates (inclusive).

    Parameters
    ----------
    name : str
        The name as written.
    valid_from, valid_to : datetime.date or ISO str, optional
        The dates between which reports used this name for the actor.

    Raises
    ------
    InvalidClaimError
        For a blank name, a bad date, or ``valid_to`` before ``valid_from``.

    Examples
    --------
    >>> from claimrec.vocab import Alias
    >>> iswap = Alias(name="ISWAP", valid_from="2019-03-01", valid_to="2022-03-31")
    >>> iswap.valid_at("2020-06-01"), iswap.valid_at("2024-01-01"), iswap.scoped
    (True, False, True)
    """

    name: str = attrs.field(validator=_keyable("name"))
    valid_from: dt.date | None = attrs.field(default=None, converter=_to_valid_from)
    valid_to: dt.date | None = attrs.field(default=None, converter=_to_valid_to)

    def __attrs_post_init__(self) -> None:
        _check_dates(self.valid_from, self.valid_to)

    @property
    def scoped(self) -> bool:
        """Whether the alias is limited in time.

        Examples
        --------
        >>> from claimrec.vocab import Alias
        >>> Alias(name="JNIM").scoped
        False
        """
        return self.valid_from is not None or self.valid_to is not None

    def valid_at(self, when: dt.date | str | None) -> bool:
        """Return whether the alias names the actor on ``when`` (always, when None).

        Examples
        --------
        >>> from claimrec.vocab import Alias
        >>> Alias(name="GSPC", valid_to="2007-01-31").valid_at("2006-05-01")
        True
        """
        return _within_dates(_to_when(when), self.valid_from, self.valid_to)


def _to_aliases(value: Any) -> tuple[Alias, ...]:
    if value is None:
        return ()
    items = (value,) if isinstance(value, (str, Alias)) else tuple(value)
    out: list[Alias] = []
    for item in items:
        if isinstance(item, Alias):
            alias = item
        elif isinstance(item, str):
            alias = Alias(name=item)
        elif isinstance(item, Mapping):
            unknown = set(item) - {"name", "valid_from", "valid_to"}
            if unknown:
                raise InvalidClaimError(
                    "aliases",
                    dict(item),
                    f"unknown keys {sorted(unknown)} (expected name, valid_from, valid_to)",
                )
            if "name" not in item:
                raise InvalidClaimError("aliases", dict(item), "missing 'name'")
            alias = Alias(
                name=item["name"], valid_from=item.get("valid_from"), valid_to=item.get("valid_to")
            )
        else:
            raise InvalidClaimError(
                "aliases", item, "expected a name or {name, valid_from, valid_to}"
            )
        if alias not in out:
            out.append(alias)
    return tuple(out)


@attrs.frozen(kw_only=True)
class Actor:
    """A party to the conflict, an outlet or another source, with its aliases.

    Parameters
    ----------
    id : str
        The canonical short name (``"JNIM"``, ``"FAMa"``); unique in a vocabulary.
    name : str
        The full name.
    kind : SourceKind or str
        ``state``, ``armed_group``, ``media``, ``witness``, ``international_org``, ``ngo``
        or ``other``.
    party : str
        The side whose account the actor gives (``"Mali government"`` for the army, its
        spokespeople and the state broadcaster).
    aliases : sequence of str or Alias, optional
        Other names; a mapping ``{"name", "valid_from", "valid_to"}`` makes a time-scoped one.
    part_of : str, optional
        The id of the actor this one belongs to (DIRPA is part of FAMa).
    countries : sequence of str, optional
        ISO 3166 alpha-2 codes of the countries the actor operates in (empty: anywhere);
        used to tell apart actors sharing a name.
    valid_from, valid_to : datetime.date or ISO str, optional
        When the actor existed under this identity.
    note : str, optional
        A line of context.

    Raises
    ------
    InvalidClaimError
        Naming the bad field and value.

    Examples
    --------
    >>> from claimrec.vocab import Actor
    >>> dirpa = Actor(id="DIRPA", name="Malian army information service", kind="state",
    ...               party="Mali government", part_of="FAMa")
    >>> dirpa.kind.value, dirpa.names()
    ('state', ('DIRPA', 'Malian army information service'))
    """

    id: str = attrs.field(validator=_keyable("id"))
    name: str = attrs.field(validator=_keyable("name"))
    kind: SourceKind = attrs.field(converter=_to_actor_kind)
    party: str = attrs.field(validator=_nonblank("party"))
    aliases: tuple[Alias, ...] = attrs.field(factory=tuple, converter=_to_aliases, repr=False)
    part_of: str | None = attrs.field(default=None, converter=_to_part_of)
    countries: tuple[str, ...] = attrs.field(factory=tuple, converter=_to_countries)
    valid_from: dt.date | None = attrs.field(default=None, converter=_to_valid_from)
    valid_to: dt.date | None = attrs.field(default=None, converter=_to_valid_to)
    note: str = attrs.field(default="", repr=False)

    def __attrs_post_init__(self) -> None:
        _check_dates(self.valid_from, self.valid_to)
        if self.part_of == self.id:
            raise InvalidClaimError("part_of", self.part_of, "an actor cannot be part of itself")

    def valid_at(self, when: dt.date | str | None) -> bool:
        """Return whether the actor existed under this identity on ``when`` (True for None).

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> default_vocabulary().actors.get("MINUSMA").valid_at("2024-06-01")
        False
        """
        return _within_dates(_to_when(when), self.valid_from, self.valid_to)

    def names(self, when: dt.date | str | None = None) -> tuple[str, ...]:
        """Return the id, the name and the aliases valid on ``when`` (all of them for None).

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> "ISWAP" in default_vocabulary().actors.get("ISSP").names("2024-01-01")
        False
        """
        out = [self.id]
        if self.name not in out:
            out.append(self.name)
        out.extend(a.name for a in self.aliases if a.valid_at(when) and a.name not in out)
        return tuple(out)


@attrs.frozen(kw_only=True)
class Place:
    """A gazetteer entry: a country, region, district, town, village, site or vague area.

    Parameters
    ----------
    id : str
        Unique id (``"ml.diboli"``; countries use their ISO code, ``"ML"``).
    name : str
        The usual name.
    kind : PlaceKind or str
    country : str, optional
        ISO 3166 alpha-2 code; required except for areas spanning several countries.
    parent : str, optional
        The id of the place directly containing this one; required except for countries
        and areas. An area's parent is the country it lies in, if one.
    lat, lon : float, optional
        Approximate coordinates (decimal degrees), when known.
    geonames_id : int, optional
        The GeoNames id, when the entry comes from GeoNames.
    aliases : sequence of str, optional
        Other real spellings and names (misspellings are left to fuzzy matching).
    covers : sequence of str, optional
        For areas only: the ids of the places (usually regions) the area is made of.

    Raises
    ------
    InvalidClaimError
        Naming the bad field and value.

    Examples
    --------
    >>> from claimrec.vocab import Place
    >>> place = Place(id="ml.diboli", name="Diboli", kind="town", country="ML",
    ...               parent="ml.kayes-region")
    >>> place.kind.value, place.names
    ('town', ('Diboli',))
    """

    id: str = attrs.field(validator=_keyable("id"))
    name: str = attrs.field(validator=_keyable("name"))
    kind: PlaceKind = attrs.field(converter=_to_place_kind)
    country: str | None = attrs.field(default=None, converter=_to_country)
    parent: str | None = attrs.field(default=None, converter=_to_parent)
    lat: float | None = attrs.field(default=None, converter=_to_lat)
    lon: float | None = attrs.field(default=None, converter=_to_lon)
    geonames_id: int | None = attrs.field(default=None, converter=_to_geonames_id)
    aliases: tuple[str, ...] = attrs.field(factory=tuple, converter=_to_place_aliases, repr=False)
    covers: tuple[str, ...] = attrs.field(factory=tuple, converter=_to_covers)

    def __attrs_post_init__(self) -> None:
        area = self.kind is PlaceKind.AREA
        if self.country is None and not area:
            raise InvalidClaimError("country", None, f"required for a {self.kind.value}")
        if self.kind is PlaceKind.COUNTRY:
            if self.parent is not None:
                raise InvalidClaimError("parent", self.parent, "a country has no parent")
        elif self.parent is None and not area:
            raise InvalidClaimError("parent", None, f"required for a {self.kind.value}")
        if self.covers and not area:
            raise InvalidClaimError("covers", "|".join(self.covers), "only areas cover places")
        if self.parent == self.id or self.id in self.covers:
            raise InvalidClaimError("parent", self.id, "a place cannot contain itself")
        if (self.lat is None) != (self.lon is None):
            raise InvalidClaimError("lat", self.lat, "give both lat and lon, or neither")

    @property
    def names(self) -> tuple[str, ...]:
        """The name followed by the aliases.

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> default_vocabulary().places.get("ml.timbuktu").names[:2]
        ('Timbuktu', 'Tombouctou')
        """
        return (self.name, *(a for a in self.aliases if a != self.name))


def _to_acled(value: Any) -> tuple[tuple[str, str], ...]:
    if value is None:
        return ()
    out: list[tuple[str, str]] = []
    for pair in value:
        names = tuple(pair) if not isinstance(pair, str) else (pair,)
        if len(names) != 2 or names[1] not in _ACLED.get(names[0], frozenset()):
            raise InvalidClaimError(
                "acled",
                names,
                "not an ACLED (event type, sub-event type) pair "
                "(expected e.g. ('Battles', 'Armed clash'))",
            )
        if (names[0], names[1]) not in out:
            out.append((names[0], names[1]))
    return tuple(out)


@attrs.frozen(kw_only=True)
class Predicate:
    """What a claim says happened: *killed*, *captured*, *repelled*...

    Parameters
    ----------
    id : str
        The canonical predicate (``"killed"``).
    family : str
        The item the predicate speaks about: ``casualties``, ``injuries``, ``abductions``,
        ``outcome``, ``attack``, ``responsibility``... Claims of different families are
        about different items and are never compared.
    value_type : ValueType or str
        ``quantity`` (how many), ``category`` (which outcome, which actor), ``text`` or
        ``none`` (the act itself).
    synonyms : sequence of str
        Words and phrases (English and French) that say the same.
    excludes : sequence of str, optional
        Ids of predicates that cannot also be true of the same item (*repelled* and
        *captured*); made symmetric by the vocabulary.
    entails : sequence of str, optional
        Ids of predicates this one implies (*killed* entails *attacked*): a denial of the
        implied predicate contradicts an assertion of this one.
    acled : sequence of (str, str), optional
        Corresponding ACLED (event type, sub-event type) pairs.
    acled_field : str, optional
        The ACLED column the value corresponds to (``"fatalities"``).
    note : str, optional

    Raises
    ------
    InvalidClaimError
        Naming the bad field and value (an ACLED pair not in the codebook, too).

    Examples
    --------
    >>> from claimrec.vocab import Predicate
    >>> p = Predicate(id="abducted", family="abductions", value_type="quantity",
    ...               synonyms=["kidnapped"],
    ...               acled=[("Violence against civilians", "Abduction/forced disappearance")])
    >>> p.value_type.value, p.acled[0][0]
    ('quantity', 'Violence against civilians')
    """

    id: str = attrs.field(validator=_keyable("id"))
    family: str = attrs.field(validator=_nonblank("family"))
    value_type: ValueType = attrs.field(converter=_to_value_type)
    synonyms: tuple[str, ...] = attrs.field(factory=tuple, converter=_to_synonyms, repr=False)
    excludes: tuple[str, ...] = attrs.field(factory=tuple, converter=_to_excludes)
    entails: tuple[str, ...] = attrs.field(factory=tuple, converter=_to_entails, repr=False)
    acled: tuple[tuple[str, str], ...] = attrs.field(factory=tuple, converter=_to_acled, repr=False)
    acled_field: str | None = attrs.field(default=None, converter=_to_acled_field)
    note: str = attrs.field(default="", repr=False)

    def __attrs_post_init__(self) -> None:
        if self.id in self.excludes:
            raise InvalidClaimError("excludes", self.id, "a predicate cannot exclude itself")
        if self.id in self.entails:
            raise InvalidClaimError("entails", self.id, "a predicate cannot entail itself")


@attrs.frozen(kw_only=True)
class SubjectClass:
    """A class of whom or what a claim is about: soldiers, militants, civilians...

    Parameters
    ----------
    id : str
    name : str
    synonyms : sequence of str
        Head nouns and phrases naming the class (English and French).
    broader : str, optional
        The id of the class this one is a kind of (soldiers are people).
    excludes : sequence of str, optional
        Ids of classes no member of this one belongs to (besides the vocabulary's disjoint
        groups).
    note : str, optional

    Examples
    --------
    >>> from claimrec.vocab import SubjectClass
    >>> SubjectClass(id="soldiers", name="soldiers", synonyms=["troops"], broader="people").broader
    'people'
    """

    id: str = attrs.field(validator=_keyable("id"))
    name: str = attrs.field(validator=_keyable("name"))
    synonyms: tuple[str, ...] = attrs.field(factory=tuple, converter=_to_synonyms, repr=False)
    broader: str | None = attrs.field(default=None, converter=_to_broader)
    excludes: tuple[str, ...] = attrs.field(factory=tuple, converter=_to_excludes)
    note: str = attrs.field(default="", repr=False)

    def __attrs_post_init__(self) -> None:
        if self.broader == self.id or self.id in self.excludes:
            raise InvalidClaimError("broader", self.id, "a class cannot be broader than itself")


# --------------------------------------------------------------------------- shared machinery

_T = TypeVar("_T", Actor, Place, Predicate, SubjectClass)
_P = TypeVar("_P", Predicate, SubjectClass)
_R = TypeVar("_R", Actor, Place, Predicate, SubjectClass)


class _ProblemsError(Exception):
    """Reference problems found while building a vocabulary: (item id, message) pairs."""

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        super().__init__(problems)
        self.problems = problems


def _merge(base: Sequence[_T], added: Iterable[_T], what: str) -> tuple[list[_T], list[str]]:
    """Return base items with same-id items replaced by ``added`` (appended), and the new ids."""
    added = list(added)
    new_ids: list[str] = []
    for item in added:
        if not isinstance(item, (Actor, Place, Predicate, SubjectClass)):
            raise InvalidClaimError(what, item, f"expected {what} records")
        if item.id in new_ids:
            raise _ProblemsError([(item.id, f"id={item.id!r}: given twice")])
        new_ids.append(item.id)
    replaced = set(new_ids)
    return [i for i in base if i.id not in replaced] + added, new_ids


def _format_error(exc: _ProblemsError, added: Sequence[object]) -> FormatError:
    """Map reference problems to a FormatError numbered by the position of the entry given."""
    positions = {getattr(item, "id", None): n for n, item in enumerate(added, 1)}
    return FormatError(None, sorted((positions.get(i, 0), msg) for i, msg in exc.problems))


def _suggest(query: str, choices: Sequence[str], labels: Sequence[str]) -> list[str]:
    found = process.extract(
        query,
        choices,
        scorer=_name_score,
        processor=None,
        limit=None,
        score_cutoff=_SUGGESTION_CUTOFF,
    )
    out: list[str] = []
    for _, _, index in sorted(found, key=lambda r: (-r[1], labels[r[2]])):
        if labels[index] not in out:
            out.append(labels[index])
        if len(out) == _SUGGESTIONS:
            break
    return out


def _name_score(s1: str, s2: str, **kwargs: Any) -> float:
    """Score two normalised names with ``fuzz.WRatio``, acronyms as whole words only.

    A name of three characters or fewer (an acronym: *UN*, *AES*) counts inside a
    longer one only as a whole word, scoring 90 like WRatio's partial matches.
    """
    cutoff = kwargs.get("score_cutoff") or 0.0
    short, long = (s1, s2) if len(s1) <= len(s2) else (s2, s1)
    if len(short) <= 3 and short != long:
        score = max(fuzz.ratio(s1, s2), 90.0 if short in long.split() else 0.0)
    else:
        score = fuzz.WRatio(s1, s2)
    return score if score >= cutoff else 0.0


def _cycle_from(start: str, step: Callable[[str], Iterable[str]]) -> bool:
    """Return whether following ``step`` from ``start`` comes back to ``start``."""
    seen: set[str] = set()
    stack = list(step(start))
    while stack:
        node = stack.pop()
        if node == start:
            return True
        if node not in seen:
            seen.add(node)
            stack.extend(step(node))
    return False


def _longest_phrase(tokens: Sequence[str], index: Mapping[str, str], longest: int) -> str | None:
    """Return the value of the longest indexed phrase in ``tokens`` (earliest on ties)."""
    for length in range(min(longest, len(tokens)), 0, -1):
        for start in range(len(tokens) - length + 1):
            hit = index.get(" ".join(tokens[start : start + length]))
            if hit is not None:
                return hit
    return None


# --------------------------------------------------------------------------- actors


class _Catalogue(Generic[_R]):
    """Records by id: iteration, length, membership and ``get`` (private base).

    Subclasses set ``_items`` (id -> record) and name their records (``_kind``).
    """

    __slots__ = ()
    _kind: ClassVar[str]
    _items: dict[str, _R]

    def __iter__(self) -> Iterator[_R]:
        return iter(self._items.values())

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, record_id: object) -> bool:
        return record_id in self._items

    def get(self, record_id: str) -> _R:
        """Return the record with this id.

        Raises
        ------
        UnknownNameError
            With the closest known ids as suggestions.

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> default_vocabulary().actors.get("FAMa").name
        'Malian Armed Forces'
        >>> default_vocabulary().predicates.get("killed").acled_field
        'fatalities'
        >>> default_vocabulary().subjects.get("militia").name
        'militia'
        >>> default_vocabulary().subjects.get("militias")
        Traceback (most recent call last):
        ...
        claimrec.errors.UnknownNameError: unknown subject class 'militias' (did you mean ...
        """
        try:
            return self._items[record_id]
        except KeyError:
            ids = sorted(self._items)
            raise UnknownNameError(self._kind, record_id, _suggest(record_id, ids, ids)) from None


class ActorVocabulary(_Catalogue[Actor]):
    """Actors and their aliases; resolves names, parties and ``part_of`` links.

    Parameters
    ----------
    actors : iterable of Actor
        Unique ids; every ``part_of`` must name an actor of the vocabulary, without cycles.

    Raises
    ------
    FormatError
        Listing every bad reference (numbered in the order found).

    Notes
    -----
    Exact lookups compare :func:`claimrec._text.normalize` keys of the id, the name and
    every alias (a leading *the* dropped). When ``when`` is given, only aliases and actors
    valid on that date count; ``country`` keeps actors operating there (or anywhere). A
    name that still fits several actors is ambiguous: :meth:`resolve` returns None and
    :meth:`candidates` lists them (*FDS* is both Burkina Faso's and Niger's forces).

    Examples
    --------
    >>> from claimrec.vocab import default_vocabulary
    >>> actors = default_vocabulary().actors
    >>> actors.resolve("Groupe de soutien a l'islam et aux musulmans").id
    'JNIM'
    >>> actors.resolve("FDS") is None, actors.resolve("FDS", country="NE").id
    (True, 'Niger army')
    """

    __slots__ = ("_choices", "_index", "_items", "_labels", "_layers")
    _kind = "actor id"

    def __init__(self, actors: Iterable[Actor] = ()) -> None:
        added = list(actors)
        try:
            items, new_ids = _merge((), added, "actors")
            self._setup(items, new_ids, ())
        except _ProblemsError as exc:
            raise _format_error(exc, added) from None

    def _setup(
        self, items: list[Actor], new_ids: Sequence[str], base_layers: Sequence[list[Actor]]
    ) -> None:
        self._items: dict[str, Actor] = {a.id: a for a in items}
        problems: list[tuple[str, str]] = []
        for actor_id in new_ids:
            actor = self._items[actor_id]
            if actor.part_of is not None and actor.part_of not in self._items:
                problems.append(
                    (actor_id, f"actor {actor_id!r}: part_of={actor.part_of!r}: unknown actor id")
                )
            elif actor.part_of is not None and _cycle_from(actor_id, self._up_step):
                problems.append((actor_id, f"actor {actor_id!r}: part_of makes a cycle"))
        if problems:
            raise _ProblemsError(problems)
        # later layers win: a key named by a newer layer forgets older layers' actors
        index: dict[str, list[tuple[str, Alias]]] = {}
        newer: set[str] = set()
        layers = [*base_layers, [self._items[i] for i in new_ids]]
        for layer in reversed(layers):
            keys: dict[str, list[tuple[str, Alias]]] = {}
            for actor in layer:
                if self._items.get(actor.id) is not actor:
                    continue
                for alias in (Alias(name=actor.id), Alias(name=actor.name), *actor.aliases):
                    entries = keys.setdefault(_name_key(alias.name), [])
                    if all(e != (actor.id, alias) for e in entries):
                        entries.append((actor.id, alias))
            for key, entries in keys.items():
                if key not in newer:
                    index.setdefault(key, []).extend(entries)
            newer.update(keys)
        self._index: dict[str, tuple[tuple[str, Alias], ...]] = {
            k: tuple(v) for k, v in sorted(index.items())
        }
        self._choices: list[str] = list(self._index)
        self._labels: list[str] = [self._index[k][0][0] for k in self._choices]
        self._layers = layers

    def _up_step(self, actor_id: str) -> tuple[str, ...]:
        actor = self._items.get(actor_id)
        return () if actor is None or actor.part_of is None else (actor.part_of,)

    def _derive(self, added: Sequence[Actor]) -> ActorVocabulary:
        items, new_ids = _merge(list(self), added, "actors")
        layers = [[a for a in layer if a.id not in new_ids] for layer in self._layers]
        new = object.__new__(type(self))
        new._setup(items, new_ids, layers)
        return new

    def extend(self, actors: Iterable[Actor]) -> ActorVocabulary:
        """Return a new vocabulary with ``actors`` added; they replace actors with their ids.

        A name the new actors use stops naming older actors (the newer layer wins).

        Raises
        ------
        FormatError
            For unknown ``part_of`` ids or cycles, listing all of them.

        Examples
        --------
        >>> from claimrec.vocab import Actor, default_vocabulary
        >>> actors = default_vocabulary().actors.extend(
        ...     [Actor(id="Katiba Serma", name="Katiba Serma", kind="armed_group",
        ...            party="JNIM", part_of="JNIM")])
        >>> actors.party_of("Katiba Serma"), actors.is_part_of("Katiba Serma", "JNIM")
        ('JNIM', True)
        """
        added = list(actors)
        try:
            return self._derive(added)
        except _ProblemsError as exc:
            raise _format_error(exc, added) from None

    # ---------------------------------------------------------------- container protocol

    def __repr__(self) -> str:
        return f"<ActorVocabulary actors={len(self._items)} names={len(self._index)}>"

    # ---------------------------------------------------------------- lookups

    def _eligible(
        self, entries: Iterable[tuple[str, Alias]], when: dt.date | None, country: str | None
    ) -> list[Actor]:
        out: list[Actor] = []
        for actor_id, alias in entries:
            actor = self._items[actor_id]
            if when is not None and not (alias.valid_at(when) and actor.valid_at(when)):
                continue
            if country is not None and actor.countries and country not in actor.countries:
                continue
            if actor not in out:
                out.append(actor)
        return out

    def candidates(
        self, name: str, *, when: dt.date | str | None = None, country: str | None = None
    ) -> tuple[Actor, ...]:
        """Return every actor ``name`` names exactly, given the date and country.

        Parameters
        ----------
        name : str
        when : datetime.date or ISO str, optional
            Keep only aliases and actors valid on this date.
        country : str, optional
            Keep only actors operating in this country (or anywhere).

        Returns
        -------
        tuple of Actor
            Sorted by id.

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> actors = default_vocabulary().actors
        >>> [a.id for a in actors.candidates("ISWAP", when="2020-06-01")]
        ['ISSP', 'ISWAP']
        >>> [a.id for a in actors.candidates("ISWAP", when="2024-06-01")]
        ['ISWAP']
        """
        found = self._eligible(self._index.get(_name_key(name), ()), _to_when(when), country)
        return tuple(sorted(found, key=lambda a: a.id))

    def resolve(
        self, name: str, *, when: dt.date | str | None = None, country: str | None = None
    ) -> Actor | None:
        """Return the one actor ``name`` names exactly, or None (unknown or ambiguous).

        Parameters
        ----------
        name : str
        when : datetime.date or ISO str, optional
            Respect time-scoped aliases and actors' dates.
        country : str, optional
            Prefer actors operating in this country.

        Returns
        -------
        Actor or None

        See Also
        --------
        candidates : every actor the name fits.
        match : fuzzy lookup.

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> actors = default_vocabulary().actors
        >>> actors.resolve("Mali's army").id, actors.resolve("the Malian military").id
        ('FAMa', 'FAMa')
        >>> actors.resolve("ISWAP", when="2020-06-01", country="ML").id
        'ISSP'
        >>> actors.resolve("ISWAP", when="2024-06-01", country="ML") is None
        True
        """
        found = self.candidates(name, when=when, country=country)
        return found[0] if len(found) == 1 else None

    def match(
        self,
        name: str,
        *,
        threshold: float = 85.0,
        when: dt.date | str | None = None,
        country: str | None = None,
        scorer: Scorer = _name_score,
    ) -> tuple[Actor, float] | None:
        """Return the actor ``name`` names, allowing misspellings, with the match score.

        An exact name scores 100. Otherwise every known name is scored against ``name``
        with ``scorer``: by default RapidFuzz ``fuzz.WRatio``, which also credits a known
        name inside a longer one (*Malian army spokesman* finds FAMa at 90), except that
        acronyms of up to three letters count only as whole words (*unknown gunmen* does
        not contain *UN*). The best actor scoring at least ``threshold`` wins; a tie
        between actors is ambiguous (None): *army* alone fits every army.

        Parameters
        ----------
        name : str
        threshold : float, optional
            Minimum score in [0, 100].
        when, country : optional
            As in :meth:`resolve`.
        scorer : callable, optional
            A RapidFuzz scorer taking two normalised strings (e.g. ``fuzz.token_set_ratio``).

        Returns
        -------
        (Actor, float) or None

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> actor, score = default_vocabulary().actors.match("Jamaat Nusrat al Islam wal Muslimeen")
        >>> actor.id, round(score)
        ('JNIM', 96)
        """
        when_date = _to_when(when)
        key = _name_key(name)
        exact = self._eligible(self._index.get(key, ()), when_date, country)
        if exact:
            return (exact[0], 100.0) if len(exact) == 1 else None
        found = process.extract(
            key, self._choices, scorer=scorer, processor=None, limit=None, score_cutoff=threshold
        )
        best: float | None = None
        winners: list[Actor] = []
        for _, score, idx in sorted(found, key=lambda r: -r[1]):
            if best is not None and score < best:
                break
            for actor in self._eligible(self._index[self._choices[idx]], when_date, country):
                best = score
                if actor not in winners:
                    winners.append(actor)
        if best is None or len(winners) != 1:
            return None
        return winners[0], float(best)

    def lookup(
        self, name: str, *, when: dt.date | str | None = None, country: str | None = None
    ) -> Actor:
        """Return the actor ``name`` names exactly, or raise.

        Raises
        ------
        UnknownNameError
            When no actor or several fit; suggests close names or the candidates.

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> default_vocabulary().actors.lookup("GSIM").id
        'JNIM'
        >>> default_vocabulary().actors.lookup("JNMI")
        Traceback (most recent call last):
        ...
        claimrec.errors.UnknownNameError: unknown actor 'JNMI' (did you mean 'JNIM'...?)
        """
        found = self.candidates(name, when=when, country=country)
        if len(found) == 1:
            return found[0]
        if found:
            raise UnknownNameError("actor (ambiguous)", name, [a.id for a in found])
        raise UnknownNameError(
            "actor", name, _suggest(_name_key(name), self._choices, self._labels)
        )

    def party_of(
        self, name: str, *, when: dt.date | str | None = None, country: str | None = None
    ) -> str | None:
        """Return the party of the actor ``name`` names, or None when unresolved.

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> default_vocabulary().actors.party_of("Az-Zallaqa")
        'JNIM'
        """
        actor = self.resolve(name, when=when, country=country)
        return None if actor is None else actor.party

    def chain(self, name: str) -> tuple[Actor, ...]:
        """Return the actor ``name`` names followed by what it is part of, innermost first.

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> [a.id for a in default_vocabulary().actors.chain("DIRPA")]
        ['DIRPA', 'FAMa', 'Malian government']
        """
        actor = self.resolve(name)
        out: list[Actor] = []
        while actor is not None:
            out.append(actor)
            actor = None if actor.part_of is None else self._items[actor.part_of]
        return tuple(out)

    def is_part_of(self, a: str, b: str) -> bool:
        """Return whether the actor ``a`` names belongs (directly or not) to the one ``b`` names.

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> actors = default_vocabulary().actors
        >>> actors.is_part_of("DIRPA", "Malian army"), actors.is_part_of("FAMa", "DIRPA")
        (True, False)
        """
        target = self.resolve(b)
        return target is not None and target in self.chain(a)[1:]

    def same(self, a: str, b: str, *, when: dt.date | str | None = None) -> bool:
        """Return whether two names name the same actor.

        Both names are resolved; when either is unknown or ambiguous, they are the same only
        if their normalised keys are equal. ``part_of`` does not make two actors the same:
        DIRPA speaks for FAMa but is not FAMa (see :meth:`same_party`).

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> actors = default_vocabulary().actors
        >>> actors.same("JNIM", "GSIM"), actors.same("DIRPA", "FAMa")
        (True, False)
        """
        first, second = self.resolve(a, when=when), self.resolve(b, when=when)
        if first is not None and second is not None:
            return first.id == second.id
        return _name_key(a) == _name_key(b)

    def same_party(self, a: str, b: str, *, when: dt.date | str | None = None) -> bool:
        """Return whether two names name actors of the same party (False when unresolved).

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> actors = default_vocabulary().actors
        >>> actors.same_party("DIRPA", "ORTM"), actors.same_party("FAMa", "JNIM")
        (True, False)
        """
        first, second = self.party_of(a, when=when), self.party_of(b, when=when)
        return first is not None and first == second

    def alias_keys(self, *, when: dt.date | str | None = None) -> tuple[list[str], list[str]]:
        """Return the normalised names and, in parallel, the ids of the actors they name.

        For vectorised matching (``rapidfuzz.process.cdist``). A name shared by two actors
        appears once per actor; with ``when``, only names valid on that date appear.

        Returns
        -------
        (list of str, list of str)

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> keys, ids = default_vocabulary().actors.alias_keys()
        >>> ids[keys.index("gsim")]
        'JNIM'
        """
        when_date = _to_when(when)
        keys: list[str] = []
        ids: list[str] = []
        for key, entries in self._index.items():
            for actor in self._eligible(entries, when_date, None):
                keys.append(key)
                ids.append(actor.id)
        return keys, ids


# --------------------------------------------------------------------------- places


class Gazetteer(_Catalogue[Place]):
    """Places, their names and their containment; resolves and relates place names.

    Parameters
    ----------
    places : iterable of Place
        Unique ids; parents and covered places must exist, without cycles; a place's
        parent is not an area and lies in the same country.

    Raises
    ------
    FormatError
        Listing every bad reference.

    Notes
    -----
    Places sharing a name (*Nioro du Sahel* in Mali and *Nioro du Rip* in Senegal both
    answer to *Nioro*) are never merged without evidence: :meth:`resolve` returns all of
    them and :meth:`best` picks one only by country or by the other places named with it.

    Examples
    --------
    >>> from claimrec.vocab import default_vocabulary
    >>> places = default_vocabulary().places
    >>> [p.id for p in places.resolve("Nioro")]
    ['ml.nioro-du-sahel', 'sn.nioro-du-rip']
    >>> places.best("Nioro") is None, places.best("Nioro", context=["Kayes"]).id
    (True, 'ml.nioro-du-sahel')
    """

    __slots__ = ("_choices", "_covered_by", "_index", "_items", "_labels", "_layers", "_up")
    _kind = "place id"

    def __init__(self, places: Iterable[Place] = ()) -> None:
        added = list(places)
        try:
            items, new_ids = _merge((), added, "places")
            self._setup(items, new_ids, ())
        except _ProblemsError as exc:
            raise _format_error(exc, added) from None

    def _setup(
        self, items: list[Place], new_ids: Sequence[str], base_layers: Sequence[list[Place]]
    ) -> None:
        self._items: dict[str, Place] = {p.id: p for p in items}
        problems: list[tuple[str, str]] = []
        for place_id in new_ids:
            problems.extend((place_id, msg) for msg in self._check(self._items[place_id]))
        if not problems:
            problems.extend(
                (place_id, f"place {place_id!r}: parent/covers make a cycle")
                for place_id in new_ids
                if _cycle_from(place_id, self._contain_step)
            )
        if problems:
            raise _ProblemsError(problems)
        covered_by: dict[str, list[str]] = {}
        for place in items:
            for part in place.covers:
                covered_by.setdefault(part, []).append(place.id)
        self._covered_by: dict[str, tuple[str, ...]] = {
            k: tuple(sorted(v)) for k, v in covered_by.items()
        }
        index: dict[str, list[str]] = {}
        newer: set[str] = set()
        layers = [*base_layers, [self._items[i] for i in new_ids]]
        for layer in reversed(layers):
            keys: dict[str, list[str]] = {}
            for place in layer:
                for name in (place.name, *place.aliases):
                    ids = keys.setdefault(_name_key(name), [])
                    if place.id not in ids:
                        ids.append(place.id)
            for key, ids in keys.items():
                if key not in newer:
                    index.setdefault(key, []).extend(ids)
            newer.update(keys)
        self._index: dict[str, tuple[str, ...]] = {
            k: tuple(sorted(v)) for k, v in sorted(index.items())
        }
        self._choices: list[str] = list(self._index)
        self._labels: list[str] = [self._items[self._index[k][0]].name for k in self._choices]
        self._layers = layers
        self._up: dict[str, frozenset[str]] = {}

    def _check(self, place: Place) -> list[str]:
        out: list[str] = []
        where = f"place {place.id!r}: "
        if place.parent is not None:
            parent = self._items.get(place.parent)
            if parent is None:
                out.append(where + f"parent={place.parent!r}: unknown place id")
            elif parent.kind is PlaceKind.AREA:
                out.append(where + f"parent={place.parent!r}: an area cannot be a parent")
            elif place.country is not None and parent.country != place.country:
                out.append(
                    where + f"parent={place.parent!r}: in country {parent.country!r}, "
                    f"not {place.country!r}"
                )
        out.extend(
            where + f"covers={part!r}: unknown place id"
            for part in place.covers
            if part not in self._items
        )
        return out

    def _contain_step(self, place_id: str) -> tuple[str, ...]:
        place = self._items.get(place_id)
        if place is None:
            return ()
        return (*place.covers, *(() if place.parent is None else (place.parent,)))

    def _derive(self, added: Sequence[Place]) -> Gazetteer:
        items, new_ids = _merge(list(self), added, "places")
        layers = [[p for p in layer if p.id not in new_ids] for layer in self._layers]
        new = object.__new__(type(self))
        new._setup(items, new_ids, layers)
        return new

    def extend(self, places: Iterable[Place]) -> Gazetteer:
        """Return a new gazetteer with ``places`` added; they replace places with their ids.

        A name the new places use stops naming older places (the newer layer wins).

        Raises
        ------
        FormatError
            For unknown parents or covered places, or cycles, listing all of them.

        Examples
        --------
        >>> from claimrec.vocab import Place, default_vocabulary
        >>> places = default_vocabulary().places.extend(
        ...     [Place(id="ml.kobe", name="Kobé", kind="village", country="ML",
        ...            parent="ml.kayes-region")])
        >>> places.relate("ml.kobe", "ml.western-mali").value
        'within'
        """
        added = list(places)
        try:
            return self._derive(added)
        except _ProblemsError as exc:
            raise _format_error(exc, added) from None

    # ---------------------------------------------------------------- container protocol

    def __repr__(self) -> str:
        countries = sum(p.kind is PlaceKind.COUNTRY for p in self._items.values())
        return f"<Gazetteer places={len(self._items)} countries={countries}>"

    def get(self, place_id: str | Place) -> Place:
        """Return the place with this id (a Place is returned as it is).

        Raises
        ------
        UnknownNameError
            With close ids as suggestions.

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> default_vocabulary().places.get("ml.diboli").parent
        'ml.kayes-region'
        """
        if isinstance(place_id, Place):
            return place_id
        return super().get(place_id)

    # ---------------------------------------------------------------- lookups

    def resolve(self, name: str, *, country: str | None = None) -> list[Place]:
        """Return every place ``name`` names exactly (sorted by id), in ``country`` if given.

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> places = default_vocabulary().places
        >>> [p.id for p in places.resolve("Tombouctou")], [p.id for p in places.resolve("Gao")]
        (['ml.timbuktu'], ['bf.gao', 'ml.gao'])
        >>> [p.id for p in places.resolve("Gao", country="ML")]
        ['ml.gao']
        """
        found = [self._items[i] for i in self._index.get(_name_key(name), ())]
        return [p for p in found if country is None or p.country == country]

    def _context(self, context: Iterable[str | Place]) -> list[Place]:
        out: list[Place] = []
        for item in context:
            if isinstance(item, Place):
                out.append(item)
                continue
            found = self.resolve(item)
            if len(found) == 1:
                out.append(found[0])
            elif not found:
                matched = self.match(item)
                if matched is not None:
                    out.append(matched[0])
        return out

    def _regions(self, place: Place) -> set[str]:
        return {p.id for p in self.path(place) if p.kind in (PlaceKind.REGION, PlaceKind.DISTRICT)}

    def _closeness(self, place: Place, context: Sequence[Place]) -> int:
        """3: ``place`` is a context place; 2: shares its region or lies in it; 1: its country."""
        best = 0
        regions = self._regions(place)
        for other in context:
            if other.id == place.id:
                return 3
            if regions & self._regions(other) or (
                other.kind is PlaceKind.AREA
                and self.relate(place, other) in (PlaceRelation.WITHIN, PlaceRelation.SAME)
            ):
                return 2
            if place.country is not None and place.country == other.country:
                best = 1
        return best

    def _pick(self, found: Sequence[Place], context: Sequence[Place]) -> Place | None:
        if len(found) == 1:
            return found[0]
        deepest = max(found, key=lambda p: len(self.path(p)))
        if all(p is deepest or p.id in self._containers(deepest) for p in found):
            return deepest
        if not context:
            return None
        scores = [(self._closeness(p, context), p) for p in found]
        top = max(s for s, _ in scores)
        winners = [p for s, p in scores if s == top]
        return winners[0] if top > 0 and len(winners) == 1 else None

    def match(
        self,
        name: str,
        *,
        threshold: float = 85.0,
        country: str | None = None,
        context: Iterable[str | Place] = (),
        context_bonus: float = 20.0,
        scorer: Scorer = fuzz.ratio,
    ) -> tuple[Place, float] | None:
        """Return the place ``name`` names, allowing misspellings, with the match score.

        An exact name scores 100 (several exact candidates are settled as in :meth:`best`).
        Otherwise every known name is scored with ``scorer``: RapidFuzz ``fuzz.ratio``
        (whole-name edit similarity) by default, because place names are short and a
        partial scorer would take *Katibougou* for *Kati*. A candidate in the same region
        as (or inside) one of the ``context`` places, the other places named in the same
        claims, gains ``context_bonus`` points (capped at 100). The best place reaching
        ``threshold`` wins; a tie between places is ambiguous (None).

        Parameters
        ----------
        name : str
        threshold : float, optional
            Minimum (adjusted) score in [0, 100].
        country : str, optional
            Consider only places in this country.
        context : iterable of str or Place, optional
            Other places of the same claim set; a name counts when it names one place
            exactly or, failing that, matches one at the default threshold.
        context_bonus : float, optional
        scorer : callable, optional

        Returns
        -------
        (Place, float) or None

        Notes
        -----
        The army's statement of 1 July 2025 spells Diboli *Binoli*: two letters differ in
        six, a ``fuzz.ratio`` of 66.7, below any safe threshold on its own (*Boni* scores
        60). Named with Kayes or Sandaré, Diboli shares their region and reaches 86.7.

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> places = default_vocabulary().places
        >>> place, score = places.match("Sandere")
        >>> place.name, round(score, 1)
        ('Sandaré', 85.7)
        >>> places.match("Binoli") is None
        True
        >>> place, score = places.match("Binoli", context=["Kayes", "Sandaré"])
        >>> place.name, round(score, 1)
        ('Diboli', 86.7)
        """
        ctx = self._context(context)
        exact = self.resolve(name, country=country)
        if exact:
            picked = self._pick(exact, ctx)
            return None if picked is None else (picked, 100.0)
        cutoff = max(0.0, threshold - context_bonus) if ctx else threshold
        found = process.extract(
            _name_key(name),
            self._choices,
            scorer=scorer,
            processor=None,
            limit=None,
            score_cutoff=cutoff,
        )
        scores: dict[str, float] = {}
        for _, raw, idx in found:
            for place_id in self._index[self._choices[idx]]:
                place = self._items[place_id]
                if country is not None and place.country != country:
                    continue
                score = float(raw)
                if ctx and self._closeness(place, ctx) >= 2:
                    score = min(100.0, score + context_bonus)
                if score >= threshold and score > scores.get(place_id, -1.0):
                    scores[place_id] = score
        if not scores:
            return None
        top = max(scores.values())
        winners = sorted(i for i, s in scores.items() if s == top)
        return (self._items[winners[0]], top) if len(winners) == 1 else None

    def best(
        self,
        name: str,
        *,
        country: str | None = None,
        context: Iterable[str | Place] = (),
        threshold: float = 85.0,
    ) -> Place | None:
        """Return the one place ``name`` most plausibly names, or None when it is ambiguous.

        Exact candidates first (filtered by ``country``): one is returned; several nested
        in each other give the innermost; otherwise the one closest to the ``context``
        places (same region, else same country) if it is the only closest. Without exact
        candidates, :meth:`match` decides (fuzzy, with the same context).

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> places = default_vocabulary().places
        >>> places.best("Nioro", country="ML").id, places.best("Nioro", country="SN").id
        ('ml.nioro-du-sahel', 'sn.nioro-du-rip')
        >>> places.best("Gao", context=["Kidal", "Ansongo"]).id
        'ml.gao'
        >>> places.best("Binoli", context=["Kayes"]).id
        'ml.diboli'
        """
        found = self.resolve(name, country=country)
        ctx = self._context(context)
        if found:
            return self._pick(found, ctx)
        matched = self.match(name, threshold=threshold, country=country, context=ctx)
        return None if matched is None else matched[0]

    def lookup(
        self, name: str, *, country: str | None = None, context: Iterable[str | Place] = ()
    ) -> Place:
        """Return :meth:`best` or raise.

        Raises
        ------
        UnknownNameError
            Suggesting the candidates (when ambiguous) or close names.

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> default_vocabulary().places.lookup("Nioro")
        Traceback (most recent call last):
        ...
        claimrec.errors.UnknownNameError: unknown place (ambiguous) 'Nioro' (did you mean
        'ml.nioro-du-sahel', 'sn.nioro-du-rip'?)
        """
        place = self.best(name, country=country, context=context)
        if place is not None:
            return place
        found = self.resolve(name, country=country)
        if found:
            raise UnknownNameError("place (ambiguous)", name, [p.id for p in found])
        raise UnknownNameError(
            "place", name, _suggest(_name_key(name), self._choices, self._labels)
        )

    # ---------------------------------------------------------------- hierarchy

    def path(self, place: str | Place) -> tuple[Place, ...]:
        """Return the chain of parents from the root (the country) down to ``place``.

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> [p.name for p in default_vocabulary().places.path("ml.diboli")]
        ['Mali', 'Kayes Region', 'Diboli']
        """
        node: Place | None = self.get(place)
        out: list[Place] = []
        while node is not None:
            out.append(node)
            node = None if node.parent is None else self._items[node.parent]
        return tuple(reversed(out))

    def _containers(self, place: Place) -> frozenset[str]:
        """Ids of every place strictly containing ``place``: ancestors and covering areas."""
        cached = self._up.get(place.id)
        if cached is not None:
            return cached
        out: set[str] = set()
        for up_id in (
            *(() if place.parent is None else (place.parent,)),
            *self._covered_by.get(place.id, ()),
        ):
            out.add(up_id)
            out.update(self._containers(self._items[up_id]))
        result = frozenset(out)
        self._up[place.id] = result
        return result

    def relate(self, a: str | Place, b: str | Place) -> PlaceRelation:
        """Return how place ``a`` relates to place ``b``.

        - ``SAME``: one place.
        - ``WITHIN``: ``a`` lies inside ``b`` (through parents, or an area covering one of
          ``a``'s containers; an area whose every covered place lies inside ``b``).
        - ``CONTAINS``: the converse.
        - ``DISJOINT``: no overlap (two different towns; places under different regions).
        - ``UNKNOWN``: the data cannot tell. A place attached to a coarse parent may lie in
          a finer container under that parent (a village filed directly under Kayes Region
          may or may not be in Nioro Region); areas overlapping in part are ``UNKNOWN`` too.

        ``relate(b, a)`` is always the converse of ``relate(a, b)``.

        Parameters
        ----------
        a, b : str or Place
            Place ids or places.

        Returns
        -------
        PlaceRelation

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> places = default_vocabulary().places
        >>> places.relate("ml.diboli", "ml.kayes-region").value
        'within'
        >>> places.relate("ML", "ml.diboli").value, places.relate("ml.diboli", "ml.gao").value
        ('contains', 'disjoint')
        >>> places.relate("ml.sandare", "ml.nioro-region").value
        'unknown'
        """
        first, second = self.get(a), self.get(b)
        if first.id == second.id:
            return PlaceRelation.SAME
        if second.id in self._containers(first):
            return PlaceRelation.WITHIN
        if first.id in self._containers(second):
            return PlaceRelation.CONTAINS
        return self._separate(first, second)

    def _separate(self, a: Place, b: Place) -> PlaceRelation:
        if a.kind is PlaceKind.AREA and a.covers:
            parts = {self.relate(part, b) for part in a.covers}
            if parts <= {PlaceRelation.WITHIN, PlaceRelation.SAME}:
                return PlaceRelation.WITHIN
            if parts == {PlaceRelation.DISJOINT}:
                return PlaceRelation.DISJOINT
        if b.kind is PlaceKind.AREA and b.covers:
            parts = {self.relate(a, part) for part in b.covers}
            if parts <= {PlaceRelation.CONTAINS, PlaceRelation.SAME}:
                return PlaceRelation.CONTAINS
            if parts == {PlaceRelation.DISJOINT}:
                return PlaceRelation.DISJOINT
        if PlaceKind.AREA in (a.kind, b.kind):
            for area, other in ((a, b), (b, a)):
                if (
                    area.kind is PlaceKind.AREA
                    and not area.covers
                    and area.parent is not None
                    and self.relate(self._items[area.parent], other) is PlaceRelation.DISJOINT
                ):
                    return PlaceRelation.DISJOINT
            return PlaceRelation.UNKNOWN
        for inner, outer in ((a, b), (b, a)):
            if (
                inner.parent is not None
                and inner.parent in self._containers(outer)
                and _PLACE_RANK[outer.kind] < _PLACE_RANK[inner.kind]
            ):
                return PlaceRelation.UNKNOWN
        return PlaceRelation.DISJOINT

    def alias_keys(self) -> tuple[list[str], list[str]]:
        """Return the normalised names and, in parallel, the ids of the places they name.

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> keys, ids = default_vocabulary().places.alias_keys()
        >>> sorted(i for k, i in zip(keys, ids) if k == "nioro")
        ['ml.nioro-du-sahel', 'sn.nioro-du-rip']
        """
        keys: list[str] = []
        ids: list[str] = []
        for key, place_ids in self._index.items():
            keys.extend([key] * len(place_ids))
            ids.extend(place_ids)
        return keys, ids


# --------------------------------------------------------------------------- phrase vocabularies


class _PhraseVocabulary(_Catalogue[_P]):
    """Records found by the longest known phrase in a text (private base).

    Subclasses also set ``_index`` (phrase key -> id), ``_longest`` (words in the longest
    phrase) and how a text is keyed (``_key``).
    """

    __slots__ = ()
    _index: dict[str, str]
    _longest: int

    @staticmethod
    def _key(text: str) -> str:
        return normalize(text)

    def _resolve_text(self, text: str) -> _P | None:
        hit = _longest_phrase(self._key(text).split(), self._index, self._longest)
        return None if hit is None else self._items[hit]


class PredicateVocabulary(_PhraseVocabulary[Predicate]):
    """Conflict-event predicates: resolves phrases to predicates, families and exclusions.

    Parameters
    ----------
    predicates : iterable of Predicate
        Unique ids; ``excludes`` must name known predicates; no phrase may name two
        predicates. Exclusions are made symmetric.

    Raises
    ------
    FormatError
        Listing every bad reference or clashing phrase.

    Notes
    -----
    :meth:`resolve` normalises the text and looks for the longest known phrase in it
    (whole words; the earliest on ties): *seized control of three military installations*
    holds *seized control of* (captured), while *seized weapons* is a phrase of its own
    (recovered). Negation is not read: *did not kill* is still *killed*; polarity is the
    claim's business.

    Examples
    --------
    >>> from claimrec.vocab import default_vocabulary
    >>> predicates = default_vocabulary().predicates
    >>> predicates.resolve("thwarted").id, predicates.resolve("seized control of").id
    ('repelled', 'captured')
    >>> predicates.excludes("repelled", "captured"), predicates.family("neutralised")
    (True, 'casualties')
    """

    __slots__ = ("_excludes", "_index", "_items", "_layers", "_longest")
    _kind = "predicate"

    def __init__(self, predicates: Iterable[Predicate] = ()) -> None:
        added = list(predicates)
        try:
            items, new_ids = _merge((), added, "predicates")
            self._setup(items, new_ids, ())
        except _ProblemsError as exc:
            raise _format_error(exc, added) from None

    def _setup(
        self,
        items: list[Predicate],
        new_ids: Sequence[str],
        base_layers: Sequence[list[Predicate]],
    ) -> None:
        self._items: dict[str, Predicate] = {p.id: p for p in items}
        problems: list[tuple[str, str]] = []
        for pid in new_ids:
            problems.extend(
                (pid, f"predicate {pid!r}: excludes={other!r}: unknown predicate id")
                for other in self._items[pid].excludes
                if other not in self._items
            )
            problems.extend(
                (pid, f"predicate {pid!r}: entails={other!r}: unknown predicate id")
                for other in self._items[pid].entails
                if other not in self._items
            )
        layers = [*base_layers, [self._items[i] for i in new_ids]]
        index, clashes = _phrase_index(layers, normalize, lambda p: (p.id, *p.synonyms))
        problems.extend(clashes)
        if problems:
            raise _ProblemsError(problems)
        excludes: dict[str, set[str]] = {pid: set() for pid in self._items}
        for pred in items:
            for other in pred.excludes:
                excludes[pred.id].add(other)
                excludes[other].add(pred.id)
        self._excludes = {k: frozenset(v) for k, v in excludes.items()}
        self._index = index
        self._longest = max((len(k.split()) for k in index), default=0)
        self._layers = layers

    def _derive(self, added: Sequence[Predicate]) -> PredicateVocabulary:
        items, new_ids = _merge(list(self), added, "predicates")
        layers = [[p for p in layer if p.id not in new_ids] for layer in self._layers]
        new = object.__new__(type(self))
        new._setup(items, new_ids, layers)
        return new

    def extend(self, predicates: Iterable[Predicate]) -> PredicateVocabulary:
        """Return a new vocabulary with ``predicates`` added (same ids replaced).

        A phrase the new predicates use stops naming older predicates.

        Examples
        --------
        >>> from claimrec.vocab import Predicate, default_vocabulary
        >>> more = default_vocabulary().predicates.extend(
        ...     [Predicate(id="besieged", family="siege", value_type="none",
        ...                synonyms=["blockaded", "under siege"])])
        >>> more.resolve("the town was under siege").id
        'besieged'
        """
        added = list(predicates)
        try:
            return self._derive(added)
        except _ProblemsError as exc:
            raise _format_error(exc, added) from None

    def __repr__(self) -> str:
        return f"<PredicateVocabulary predicates={len(self._items)} phrases={len(self._index)}>"

    def resolve(self, text: str | Predicate) -> Predicate | None:
        """Return the predicate of the longest known phrase in ``text``, or None.

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> predicates = default_vocabulary().predicates
        >>> [predicates.resolve(t).id for t in ["neutralised", "seized weapons", "tués"]]
        ['killed', 'recovered', 'killed']
        >>> predicates.resolve("visited") is None
        True
        """
        if isinstance(text, Predicate):
            return self._items.get(text.id)
        return self._resolve_text(text)

    def match(
        self, text: str, *, threshold: float = 85.0, scorer: Scorer = fuzz.ratio
    ) -> tuple[Predicate, float] | None:
        """Return :meth:`resolve` (score 100), else the closest phrase reaching ``threshold``.

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> predicate, score = default_vocabulary().predicates.match("neutrallised")
        >>> predicate.id, round(score)
        ('killed', 96)
        """
        hit = self.resolve(text)
        if hit is not None:
            return hit, 100.0
        found = process.extractOne(
            normalize(text),
            list(self._index),
            scorer=scorer,
            processor=None,
            score_cutoff=threshold,
        )
        return None if found is None else (self._items[self._index[found[0]]], float(found[1]))

    def family(self, text: str) -> str | None:
        """Return the family of the predicate ``text`` names, or None.

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> default_vocabulary().predicates.family("overran")
        'outcome'
        """
        hit = self.resolve(text)
        return None if hit is None else hit.family

    def excludes(self, a: str | Predicate, b: str | Predicate) -> bool:
        """Return whether the predicates ``a`` and ``b`` name cannot both hold (False if unknown).

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> predicates = default_vocabulary().predicates
        >>> predicates.excludes("overran", "fought off")
        True
        >>> predicates.excludes("withdrew", "captured")
        False
        """
        first, second = self.resolve(a), self.resolve(b)
        if first is None or second is None:
            return False
        return second.id in self._excludes[first.id]

    def scheme_for(self, family: str) -> CategoryScheme:
        """Return a :class:`~claimrec.category.CategoryScheme` of one family's predicates.

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> default_vocabulary().predicates.scheme_for("responsibility").names
        ('blamed', 'responsibility')
        """
        members = [p for p in self._items.values() if p.family == family]
        ids = {p.id for p in members}
        return CategoryScheme.from_mapping(
            {p.id: list(p.synonyms) for p in members},
            exclusions=[
                (p.id, other) for p in members for other in sorted(self._excludes[p.id] & ids)
            ],
            name=family,
        )

    @property
    def scheme(self) -> CategoryScheme:
        """The :class:`~claimrec.category.CategoryScheme` of the *outcome* family.

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> outcome = default_vocabulary().predicates.scheme
        >>> outcome.canonical("fought off"), outcome.excludes("foiled", "overran")
        ('repelled', True)
        """
        return self.scheme_for("outcome")


def _phrase_index(
    layers: Sequence[Sequence[_T]],
    key: Callable[[str], str],
    phrases: Callable[[_T], Iterable[str]],
) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """Index phrases (later layers win); report phrases naming two items of one layer."""
    index: dict[str, str] = {}
    clashes: list[tuple[str, str]] = []
    newer: set[str] = set()
    for layer in reversed(layers):
        keys: dict[str, str] = {}
        for item in layer:
            for phrase in phrases(item):
                k = key(phrase)
                owner = keys.setdefault(k, item.id)
                if owner != item.id:
                    clashes.append(
                        (item.id, f"{item.id!r}: phrase {phrase!r} already names {owner!r}")
                    )
        index.update({k: owner for k, owner in keys.items() if k not in newer})
        newer.update(keys)
    return dict(sorted(index.items())), clashes


class SubjectVocabulary(_PhraseVocabulary[SubjectClass]):
    """Classes of whom or what claims speak about, with exclusions between them.

    Parameters
    ----------
    classes : iterable of SubjectClass
    disjoint : iterable of iterables of str, optional
        Groups of class ids that are pairwise exclusive.

    Raises
    ------
    FormatError
        Listing every bad reference or clashing phrase.

    Notes
    -----
    :meth:`resolve` finds the longest known phrase in the text, comparing words in the
    singular (a final *s* dropped): *Malian soldiers* is ``soldiers``, *UN soldiers* is
    ``peacekeepers``. Exclusion is inherited: a class excludes what its broader classes
    exclude. *80 militants killed* and *10 soldiers killed* are claims about different
    items: exclusive classes must never be compared.

    Examples
    --------
    >>> from claimrec.vocab import default_vocabulary
    >>> subjects = default_vocabulary().subjects
    >>> subjects.resolve("terrorists").id, subjects.resolve("over 80 Malian soldiers").id
    ('militants', 'soldiers')
    >>> subjects.excludes("militants", "soldiers"), subjects.excludes("people", "civilians")
    (True, False)
    """

    __slots__ = ("_disjoint", "_excluded", "_index", "_items", "_layers", "_longest")
    _kind = "subject class"

    @staticmethod
    def _key(text: str) -> str:
        return _subject_key(text)

    def __init__(
        self, classes: Iterable[SubjectClass] = (), *, disjoint: Iterable[Iterable[str]] = ()
    ) -> None:
        added = list(classes)
        try:
            items, new_ids = _merge((), added, "subjects")
            self._setup(items, new_ids, (), [tuple(g) for g in disjoint])
        except _ProblemsError as exc:
            raise _format_error(exc, added) from None

    def _setup(
        self,
        items: list[SubjectClass],
        new_ids: Sequence[str],
        base_layers: Sequence[list[SubjectClass]],
        disjoint: list[tuple[str, ...]],
    ) -> None:
        self._items: dict[str, SubjectClass] = {c.id: c for c in items}
        problems: list[tuple[str, str]] = []
        for cid in new_ids:
            cls = self._items[cid]
            refs = [("broader", cls.broader)] if cls.broader is not None else []
            refs += [("excludes", other) for other in cls.excludes]
            problems.extend(
                (cid, f"class {cid!r}: {field}={ref!r}: unknown class id")
                for field, ref in refs
                if ref not in self._items
            )
        for group in disjoint:
            problems.extend(
                ("disjoint", f"disjoint group {list(group)!r}: {ref!r}: unknown class id")
                for ref in group
                if ref not in self._items
            )
        if not problems:
            problems.extend(
                (cid, f"class {cid!r}: broader makes a cycle")
                for cid in new_ids
                if _cycle_from(cid, self._broader_step)
            )
        layers = [*base_layers, [self._items[i] for i in new_ids]]
        index, clashes = _phrase_index(layers, _subject_key, lambda c: (c.id, c.name, *c.synonyms))
        problems.extend(clashes)
        if problems:
            raise _ProblemsError(problems)
        pairs: set[tuple[str, str]] = set()
        for group in disjoint:
            pairs.update((x, y) for x in group for y in group if x != y)
        for cls in items:
            for other in cls.excludes:
                pairs.update({(cls.id, other), (other, cls.id)})
        self._excluded = frozenset(pairs)
        self._disjoint = disjoint
        self._index = index
        self._longest = max((len(k.split()) for k in index), default=0)
        self._layers = layers

    def _broader_step(self, cid: str) -> tuple[str, ...]:
        cls = self._items.get(cid)
        return () if cls is None or cls.broader is None else (cls.broader,)

    def _derive(
        self, added: Sequence[SubjectClass], disjoint: Iterable[Iterable[str]]
    ) -> SubjectVocabulary:
        items, new_ids = _merge(list(self), added, "subjects")
        layers = [[c for c in layer if c.id not in new_ids] for layer in self._layers]
        groups = [*self._disjoint, *(tuple(g) for g in disjoint)]
        new = object.__new__(type(self))
        new._setup(items, new_ids, layers, groups)
        return new

    def extend(
        self, classes: Iterable[SubjectClass], *, disjoint: Iterable[Iterable[str]] = ()
    ) -> SubjectVocabulary:
        """Return a new vocabulary with ``classes`` (and disjoint groups) added.

        Examples
        --------
        >>> from claimrec.vocab import SubjectClass, default_vocabulary
        >>> more = default_vocabulary().subjects.extend(
        ...     [SubjectClass(id="journalists", name="journalists", broader="people",
        ...                   synonyms=["reporters"])],
        ...     disjoint=[("journalists", "militants", "soldiers")])
        >>> more.resolve("two reporters").id, more.excludes("reporters", "soldiers")
        ('journalists', True)
        """
        added = list(classes)
        try:
            return self._derive(added, disjoint)
        except _ProblemsError as exc:
            raise _format_error(exc, added) from None

    def __repr__(self) -> str:
        return f"<SubjectVocabulary classes={len(self._items)} phrases={len(self._index)}>"

    @property
    def disjoint(self) -> tuple[tuple[str, ...], ...]:
        """The groups of pairwise exclusive class ids, as declared.

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> "soldiers" in default_vocabulary().subjects.disjoint[0]
        True
        """
        return tuple(self._disjoint)

    def resolve(self, text: str | SubjectClass) -> SubjectClass | None:
        """Return the class of the longest known phrase in ``text``, or None.

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> subjects = default_vocabulary().subjects
        >>> texts = ["assaillants", "UN peacekeepers", "three military installations"]
        >>> [subjects.resolve(t).id for t in texts]
        ['militants', 'peacekeepers', 'military_sites']
        """
        if isinstance(text, SubjectClass):
            return self._items.get(text.id)
        return self._resolve_text(text)

    def lineage(self, class_id: str) -> tuple[str, ...]:
        """Return the class id followed by its broader classes' ids.

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> default_vocabulary().subjects.lineage("soldiers")
        ('soldiers', 'people')
        """
        out: list[str] = []
        node: str | None = class_id
        while node is not None:
            out.append(node)
            node = self._items[node].broader
        return tuple(out)

    def is_a(self, a: str, b: str) -> bool:
        """Return whether the class ``a`` names is (a kind of) the class ``b`` names.

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> default_vocabulary().subjects.is_a("villagers", "people")
        True
        """
        first, second = self.resolve(a), self.resolve(b)
        return first is not None and second is not None and second.id in self.lineage(first.id)

    def excludes(self, a: str | SubjectClass, b: str | SubjectClass) -> bool:
        """Return whether nothing can belong to both classes (False when either is unknown).

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> subjects = default_vocabulary().subjects
        >>> subjects.excludes("villagers", "jihadists"), subjects.excludes("soldiers", "weapons")
        (True, True)
        """
        first, second = self.resolve(a), self.resolve(b)
        if first is None or second is None:
            return False
        return any(
            (x, y) in self._excluded
            for x in self.lineage(first.id)
            for y in self.lineage(second.id)
        )

    @property
    def scheme(self) -> CategoryScheme:
        """The classes as a :class:`~claimrec.category.CategoryScheme`, exclusions expanded.

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> scheme = default_vocabulary().subjects.scheme
        >>> scheme.canonical("troops"), scheme.excludes("troops", "civilians")
        ('soldiers', True)
        """
        ids = sorted(self._items)
        return CategoryScheme.from_mapping(
            {cid: [self._items[cid].name, *self._items[cid].synonyms] for cid in ids},
            exclusions=[
                (x, y) for i, x in enumerate(ids) for y in ids[i + 1 :] if self.excludes(x, y)
            ],
            name="subject",
        )


# --------------------------------------------------------------------------- file formats

_ACTOR_KEYS = frozenset(
    {
        "id",
        "name",
        "kind",
        "party",
        "aliases",
        "part_of",
        "countries",
        "valid_from",
        "valid_to",
        "note",
    }
)
_PREDICATE_KEYS = frozenset(
    {
        "id",
        "family",
        "value_type",
        "synonyms",
        "entails",
        "excludes",
        "acled",
        "acled_field",
        "note",
    }
)
_SUBJECT_KEYS = frozenset({"id", "name", "synonyms", "broader", "excludes", "note"})
_PLACE_COLUMNS = (
    "id",
    "name",
    "kind",
    "country",
    "parent",
    "lat",
    "lon",
    "geonames_id",
    "aliases",
    "covers",
)
_REQUIRED_COLUMNS = ("id", "name", "kind")


def _element_lines(text: str) -> list[int]:
    """Return the line of each object in the file's main list (depth-2 or top-level list)."""
    lines: list[int] = []
    stack: list[str] = []
    line = 1
    in_string = escaped = False
    for ch in text:
        if ch == "\n":
            line += 1
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
            continue
        if ch == '"':
            in_string = True
        elif ch in "{[":
            if ch == "{" and stack in (["{", "["], ["["]):
                lines.append(line)
            stack.append(ch)
        elif ch in "}]" and stack:
            stack.pop()
    return lines


def _json_rows(
    text: str, where: str, list_key: str
) -> tuple[list[tuple[int, Any]], Mapping[str, Any]]:
    """Return (line, element) pairs of the file's main list and the top-level object."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FormatError(where, [(exc.lineno, f"not JSON: {exc.msg}")]) from exc
    top: Mapping[str, Any] = data if isinstance(data, dict) else {}
    elements = data.get(list_key) if isinstance(data, dict) else data
    if not isinstance(elements, list):
        raise FormatError(where, [(1, f"expected a list of entries under {list_key!r}")])
    lines = _element_lines(text)
    if len(lines) != len(elements):  # entries that are not objects: number them
        lines = list(range(1, len(elements) + 1))
    return list(zip(lines, elements, strict=True)), top


def _record_rows(
    rows: Iterable[tuple[int, Any]],
    allowed: frozenset[str],
    make: Callable[[Mapping[str, Any]], _T],
    what: str,
) -> tuple[list[_T], dict[str, int], list[tuple[int, str]]]:
    items: list[_T] = []
    lines: dict[str, int] = {}
    problems: list[tuple[int, str]] = []
    for line, row in rows:
        if not isinstance(row, dict):
            problems.append((line, f"expected a JSON object for each {what}"))
            continue
        unknown = sorted(set(row) - allowed)
        if unknown:
            problems.append((line, f"unknown keys {unknown} (expected {sorted(allowed)})"))
            continue
        try:
            item = make(row)
        except InvalidClaimError as exc:
            problems.append((line, str(exc)))
            continue
        except TypeError as exc:  # a missing required field
            problems.append((line, f"missing field: {exc}"))
            continue
        if item.id in lines:
            problems.append((line, f"id={item.id!r}: already used on line {lines[item.id]}"))
            continue
        lines[item.id] = line
        items.append(item)
    return items, lines, problems


def _make_actor(row: Mapping[str, Any]) -> Actor:
    return Actor(**row)


def _make_predicate(row: Mapping[str, Any]) -> Predicate:
    return Predicate(**row)


def _make_subject(row: Mapping[str, Any]) -> SubjectClass:
    return SubjectClass(**row)


def _make_place(row: Mapping[str, Any]) -> Place:
    fields = {k: v for k, v in row.items() if k in _PLACE_COLUMNS}
    for multi in ("aliases", "covers"):
        raw = fields.get(multi) or ""
        fields[multi] = [part.strip() for part in raw.split("|") if part.strip()]
    return Place(**fields)


def _csv_rows(text: str, where: str) -> list[tuple[int, dict[str, str]]]:
    reader = csv.reader(io.StringIO(text))
    try:
        header = [h.strip() for h in next(reader)]
    except StopIteration:
        raise FormatError(where, [(1, "empty file (expected a header row)")]) from None
    problems: list[tuple[int, str]] = []
    unknown = [h for h in header if h not in _PLACE_COLUMNS]
    missing = [c for c in _REQUIRED_COLUMNS if c not in header]
    if unknown:
        problems.append((1, f"unknown columns {unknown} (expected {list(_PLACE_COLUMNS)})"))
    if missing:
        problems.append((1, f"missing columns {missing}"))
    if problems:
        raise FormatError(where, problems)
    rows: list[tuple[int, dict[str, str]]] = []
    try:
        for cells in reader:
            if not any(c.strip() for c in cells):
                continue
            if len(cells) > len(header):
                problems.append((reader.line_num, f"{len(cells)} cells for {len(header)} columns"))
                continue
            rows.append(
                (reader.line_num, dict(zip(header, (c.strip() for c in cells), strict=False)))
            )
    except csv.Error as exc:
        raise FormatError(where, [(reader.line_num, f"not CSV: {exc}")]) from exc
    if problems:
        raise FormatError(where, problems)
    return rows


def _finish(
    where: str,
    problems: list[tuple[int, str]],
    items: Sequence[Actor | Place | Predicate | SubjectClass],
    lines: Mapping[str, int],
    build: Callable[[], _V],
) -> _V:
    """Build the vocabulary from the good rows; raise every row and reference problem at once.

    The vocabulary numbers its problems by entry; they are mapped back to file lines.
    """
    problems = list(problems)
    try:
        result = build()
    except FormatError as exc:
        problems.extend(
            (lines.get(items[n - 1].id, 1) if 1 <= n <= len(items) else 1, msg)
            for n, msg in exc.problems
        )
    if problems:
        raise FormatError(where, sorted(problems))
    return result


_Source: TypeAlias = "str | os.PathLike[str] | Traversable"


def _as_traversable(path: _Source) -> Traversable:
    if isinstance(path, (str, os.PathLike)):
        return Path(path)
    return path


def _read(path: Traversable) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise FormatError(str(path), [(1, f"not UTF-8 text: {exc.reason}")]) from exc


def _load_actors(path: Traversable, base: ActorVocabulary | None) -> ActorVocabulary:
    where = str(path)
    rows, _ = _json_rows(_read(path), where, "actors")
    items, lines, problems = _record_rows(rows, _ACTOR_KEYS, _make_actor, "actor")
    return _finish(
        where,
        problems,
        items,
        lines,
        lambda: ActorVocabulary(items) if base is None else base.extend(items),
    )


def _load_places(path: Traversable, base: Gazetteer | None) -> Gazetteer:
    where = str(path)
    rows = _csv_rows(_read(path), where)
    items, lines, problems = _record_rows(rows, frozenset(_PLACE_COLUMNS), _make_place, "place")
    return _finish(
        where,
        problems,
        items,
        lines,
        lambda: Gazetteer(items) if base is None else base.extend(items),
    )


def _load_predicates(path: Traversable, base: PredicateVocabulary | None) -> PredicateVocabulary:
    where = str(path)
    rows, _ = _json_rows(_read(path), where, "predicates")
    items, lines, problems = _record_rows(rows, _PREDICATE_KEYS, _make_predicate, "predicate")
    return _finish(
        where,
        problems,
        items,
        lines,
        lambda: PredicateVocabulary(items) if base is None else base.extend(items),
    )


def _load_subjects(path: Traversable, base: SubjectVocabulary | None) -> SubjectVocabulary:
    where = str(path)
    rows, top = _json_rows(_read(path), where, "classes")
    items, lines, problems = _record_rows(rows, _SUBJECT_KEYS, _make_subject, "subject class")
    groups = top.get("disjoint", [])
    if not isinstance(groups, list) or not all(
        isinstance(g, list) and all(isinstance(x, str) for x in g) for g in groups
    ):
        problems.append((1, "disjoint: expected a list of lists of class ids"))
        groups = []
    return _finish(
        where,
        problems,
        items,
        lines,
        lambda: (
            SubjectVocabulary(items, disjoint=groups)
            if base is None
            else base.extend(items, disjoint=groups)
        ),
    )


# --------------------------------------------------------------------------- the bundle

ACTORS_FILE = "actors.json"
PLACES_FILE = "places.csv"
#: The world layer beneath the shipped gazetteer: countries and large cities (GeoNames).
WORLD_FILE = "world.csv"
PREDICATES_FILE = "predicates.json"
SUBJECTS_FILE = "subjects.json"


@attrs.frozen(kw_only=True, eq=False)
class Vocabulary:
    """The four vocabularies together: actors, places, predicates and subjects.

    Parameters
    ----------
    actors : ActorVocabulary, optional
    places : Gazetteer, optional
    predicates : PredicateVocabulary, optional
    subjects : SubjectVocabulary, optional
    world : Gazetteer, optional
        A layer beneath ``places``, read by exact names only where ``places`` knows
        nothing: the shipped one holds the world's countries and large cities.

    See Also
    --------
    default_vocabulary : the shipped vocabulary, loaded once.

    Examples
    --------
    >>> from claimrec.vocab import default_vocabulary
    >>> default_vocabulary()
    <Vocabulary actors=76 places=221 predicates=23 subjects=14>
    """

    actors: ActorVocabulary = attrs.field(factory=ActorVocabulary)
    places: Gazetteer = attrs.field(factory=Gazetteer)
    predicates: PredicateVocabulary = attrs.field(factory=PredicateVocabulary)
    subjects: SubjectVocabulary = attrs.field(factory=SubjectVocabulary)
    world: Gazetteer = attrs.field(factory=Gazetteer, repr=False)

    def __repr__(self) -> str:
        return (
            f"<Vocabulary actors={len(self.actors)} places={len(self.places)} "
            f"predicates={len(self.predicates)} subjects={len(self.subjects)}>"
        )

    @classmethod
    def load(
        cls,
        directory: _Source | None = None,
        *,
        actors: _Source | None = None,
        places: _Source | None = None,
        predicates: _Source | None = None,
        subjects: _Source | None = None,
        base: Vocabulary | None = None,
    ) -> Vocabulary:
        r"""Load vocabulary files in the shipped formats.

        Parameters
        ----------
        directory : path, optional
            A folder holding any of ``actors.json``, ``places.csv``, ``predicates.json`` and
            ``subjects.json``; missing files leave that vocabulary empty (or ``base``'s).
        actors, places, predicates, subjects : path, optional
            Individual files, overriding the folder's.
        base : Vocabulary, optional
            Vocabulary the files extend: their entries may refer to ``base``'s ids
            (``part_of``, ``parent``...) and replace entries with the same id; a name they
            use stops naming ``base``'s entries (the files win).

        Returns
        -------
        Vocabulary

        Raises
        ------
        FormatError
            Naming the file and listing every bad row with its line: unknown keys or
            columns, bad kinds, dates or coordinates, unknown ids, clashing phrases, cycles.

        Examples
        --------
        >>> import pathlib, tempfile
        >>> from claimrec.vocab import Vocabulary, default_vocabulary
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (folder / "places.csv").write_text(
        ...     "id,name,kind,country,parent\n"
        ...     "ml.kobe,Kobé,village,ML,ml.kayes-region\n"
        ...     "ml.x,X,hamlet,ML,ml.nowhere\n", encoding="utf-8")
        >>> Vocabulary.load(folder, base=default_vocabulary())
        Traceback (most recent call last):
        ...
        claimrec.errors.FormatError: .../places.csv, line 3: kind='hamlet': not one of ...
        """
        root = None if directory is None else _as_traversable(directory)

        def pick(explicit: _Source | None, filename: str) -> Traversable | None:
            if explicit is not None:
                return _as_traversable(explicit)
            if root is not None and (root / filename).is_file():
                return root / filename
            return None

        start = base if base is not None else cls()
        actor_file = pick(actors, ACTORS_FILE)
        place_file = pick(places, PLACES_FILE)
        predicate_file = pick(predicates, PREDICATES_FILE)
        subject_file = pick(subjects, SUBJECTS_FILE)
        return cls(
            actors=start.actors
            if actor_file is None
            else _load_actors(actor_file, base.actors if base is not None else None),
            places=start.places
            if place_file is None
            else _load_places(place_file, base.places if base is not None else None),
            predicates=start.predicates
            if predicate_file is None
            else _load_predicates(predicate_file, base.predicates if base is not None else None),
            subjects=start.subjects
            if subject_file is None
            else _load_subjects(subject_file, base.subjects if base is not None else None),
            world=start.world,
        )

    def extend(
        self,
        other: Vocabulary | None = None,
        *,
        actors: Iterable[Actor] = (),
        places: Iterable[Place] = (),
        predicates: Iterable[Predicate] = (),
        subjects: Iterable[SubjectClass] = (),
        disjoint: Iterable[Iterable[str]] = (),
    ) -> Vocabulary:
        """Return a new vocabulary with user entries added; the user's entries win.

        An entry with the id of an existing one is merged into it: its fields replace the
        old ones, and its synonyms (aliases for actors and places; a predicate's
        ``entails`` and ``excludes`` too) are added to the old ones, so a user adds a verb
        in one line. A name or phrase the new entries use
        stops naming other entries. References may point to either side.

        Parameters
        ----------
        other : Vocabulary, optional
            Every entry of ``other`` is added (then the keyword entries).
        actors, places, predicates, subjects : iterables of records, optional
        disjoint : iterable of iterables of str, optional
            More groups of mutually exclusive subject classes.

        Returns
        -------
        Vocabulary

        Raises
        ------
        FormatError
            For unknown references, cycles or clashing phrases among the new entries.

        Examples
        --------
        >>> from claimrec.vocab import Actor, Predicate, default_vocabulary
        >>> vocab = default_vocabulary().extend(actors=[
        ...     Actor(id="FAMa", name="Malian Armed Forces", kind="state",
        ...           party="Mali government", aliases=["Malian troops", "FAMa"])])
        >>> vocab.actors.resolve("Malian troops").id, vocab.actors.resolve("Malian army").id
        ('FAMa', 'FAMa')
        >>> more = default_vocabulary().extend(predicates=[Predicate(
        ...     id="killed", family="casualties", value_type="quantity", synonyms=["gunned down"])])
        >>> more.predicates.resolve("gunned down").id, more.predicates.resolve("slain").id
        ('killed', 'killed')
        """
        new_actors = _merged(self.actors, [*(other.actors if other is not None else ()), *actors])
        new_places = _merged(self.places, [*(other.places if other is not None else ()), *places])
        new_predicates = _merged(
            self.predicates, [*(other.predicates if other is not None else ()), *predicates]
        )
        new_subjects = _merged(
            self.subjects, [*(other.subjects if other is not None else ()), *subjects]
        )
        groups = [*(other.subjects.disjoint if other is not None else ()), *disjoint]
        return Vocabulary(
            actors=self.actors.extend(new_actors) if new_actors else self.actors,
            places=self.places.extend(new_places) if new_places else self.places,
            predicates=(
                self.predicates.extend(new_predicates) if new_predicates else self.predicates
            ),
            subjects=(
                self.subjects.extend(new_subjects, disjoint=groups)
                if new_subjects or groups
                else self.subjects
            ),
            world=self.world,
        )


def _merged(existing: Any, added: Sequence[_T]) -> list[_T]:
    """Return ``added`` with each entry's synonyms (or aliases) merged into an existing one's."""
    out: list[_T] = []
    for item in added:
        if item.id in existing:
            old = existing.get(item.id)
            fields = ["aliases"] if isinstance(item, Actor | Place) else ["synonyms"]
            if isinstance(item, Predicate):
                fields += ["entails", "excludes"]
            changes: dict[str, Any] = {}
            for field in fields:
                words = list(getattr(old, field))
                seen = {_alias_text(w) for w in words}
                words += [w for w in getattr(item, field) if _alias_text(w) not in seen]
                changes[field] = words
            item = attrs.evolve(item, **changes)  # noqa: PLW2901 - the merged entry
        out.append(item)
    return out


def _alias_text(word: object) -> str:
    return normalize(word.name if isinstance(word, Alias) else str(word))


@functools.cache
def default_vocabulary() -> Vocabulary:
    """Return the vocabulary shipped in ``claimrec/data/`` (loaded once, then cached).

    Returns
    -------
    Vocabulary

    Examples
    --------
    >>> from claimrec.vocab import default_vocabulary
    >>> default_vocabulary() is default_vocabulary()
    True
    >>> default_vocabulary().actors.resolve("Forces Armées Maliennes").id
    'FAMa'

    Beneath the curated gazetteer (``places.csv``) lies a world layer (``world.csv``):
    the countries and the cities of 100,000 people or more outside the curated
    countries, from GeoNames (CC BY 4.0), so that *Gaza* or *Pemba* has a country:

    >>> default_vocabulary().world.best("Gaza City").country
    'PS'
    """
    data = files("claimrec") / "data"
    curated = Vocabulary.load(data)
    return attrs.evolve(curated, world=_load_places(data / WORLD_FILE, None))
