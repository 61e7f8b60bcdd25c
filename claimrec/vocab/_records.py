"""The vocabulary records: Alias, Actor, Place, Predicate and SubjectClass."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

import attrs

from claimrec.errors import InvalidClaimError
from claimrec.model import SourceKind
from claimrec.vocab._base import (
    _ACLED,
    PlaceKind,
    ValueType,
    _check_dates,
    _keyable,
    _nonblank,
    _to_acled_field,
    _to_actor_kind,
    _to_broader,
    _to_countries,
    _to_country,
    _to_covers,
    _to_entails,
    _to_excludes,
    _to_geonames_id,
    _to_lat,
    _to_lon,
    _to_parent,
    _to_part_of,
    _to_place_aliases,
    _to_place_kind,
    _to_synonyms,
    _to_valid_from,
    _to_valid_to,
    _to_value_type,
    _to_when,
    _within_dates,
)

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
