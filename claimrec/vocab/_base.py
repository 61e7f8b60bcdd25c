"""Enums, constants and field converters of the vocabulary records."""

from __future__ import annotations

import datetime as dt
import enum
import re
import types
from collections.abc import Callable, Mapping
from typing import Any, TypeAlias, TypeVar

from claimrec._text import normalize
from claimrec.errors import InvalidClaimError
from claimrec.model import SourceKind

#: Fuzzy matches below this score are not offered as suggestions in error messages.
_SUGGESTION_CUTOFF = 60.0
_SUGGESTIONS = 3

Scorer: TypeAlias = Callable[..., float]
_E = TypeVar("_E", bound=enum.Enum)

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
