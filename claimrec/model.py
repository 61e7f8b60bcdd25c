"""The sourced-claim model: who asserts what, via which report, about what.

A :class:`Claim` is one statement by one :class:`Source`, carried by a
:class:`Report`, about a subject and a predicate, with a typed value:

>>> import claimrec as cr
>>> army = cr.Source(name="FAMa", kind="state", party="Mali government")
>>> claim = cr.Claim(
...     source=army, subject="militants", predicate="killed", value="over 80",
...     when="2025-07-01", place="Kayes region",
... )
>>> claim.value
Quantity(low=81, high=None, kind=QuantityKind.LOWER_BOUND, text='over 80')
>>> str(claim.when)
'2025-07-01'

Plain Python converts at the boundary (``value="over 80"`` becomes a
:class:`~claimrec.Quantity`, ``when="2025-07-01"`` a :class:`~claimrec.TimeSpan`,
``source="JNIM"`` a :class:`Source`); bad input fails at construction with an
:class:`~claimrec.InvalidClaimError` naming the field and the value.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
import math
import sys
import unicodedata
import warnings
from enum import Enum
from typing import Any, TypeAlias

import attrs

from claimrec._enum import WordEnum
from claimrec._limits import MAX_RELAY_DEPTH, MAX_TEXT_CHARS, lone_surrogate
from claimrec._strict import strict_init
from claimrec.category import Category, SetValue, Unstated
from claimrec.errors import ClaimrecWarning, InvalidClaimError, UnparsableValueError
from claimrec.quantity import Quantity, number_word
from claimrec.timespan import TimeSpan

__all__ = [
    "Claim",
    "Polarity",
    "Report",
    "Source",
    "SourceKind",
    "Value",
    "to_value",
]

Value: TypeAlias = Quantity | TimeSpan | Category | SetValue | Unstated | str | bool | None
"""What a claim's ``value`` may be: a typed value, a list (:class:`~claimrec.SetValue`), "no
figure given" (:class:`~claimrec.Unstated`), a plain string, a boolean, or absent."""


class SourceKind(WordEnum):
    """What kind of speaker a source is.

    Examples
    --------
    >>> import claimrec as cr
    >>> cr.SourceKind("armed group")
    <SourceKind.ARMED_GROUP: 'armed_group'>
    """

    STATE = "state"
    ARMED_GROUP = "armed_group"
    MEDIA = "media"
    WITNESS = "witness"
    INTERNATIONAL_ORG = "international_org"
    NGO = "ngo"
    OTHER = "other"


class Polarity(WordEnum):
    """Whether a source asserts or denies the claim.

    Examples
    --------
    >>> import claimrec as cr
    >>> cr.Polarity("denied") is cr.Polarity.DENIED
    True
    """

    ASSERTED = "asserted"
    DENIED = "denied"

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if isinstance(value, bool):
            return cls.ASSERTED if value else cls.DENIED
        if isinstance(value, str):
            aliases = {"assert": cls.ASSERTED, "affirmed": cls.ASSERTED, "deny": cls.DENIED}
            return super()._missing_(value) or aliases.get(value.strip().lower())
        return None


# --------------------------------------------------------------------------- helpers


#: The converted form of short strings, by their raw form (a bounded memo, see below).
_MEMO_SIZE = 1 << 16
#: Strings longer than this are converted each time: a one-off text (a quote) is not kept.
_MEMO_CHARS = 64


def _remember(memo: dict[Any, Any], key: Any, value: Any) -> None:
    """Keep ``memo[key] = value``, forgetting everything first when the memo is full."""
    if len(memo) >= _MEMO_SIZE:
        memo.clear()
    memo[key] = value


# A million claims read from a file repeat a few thousand subjects, predicates, places,
# kinds and dates: each distinct raw string is checked and converted once, and the
# converters below look it up first. Only successes are remembered (a bad value raises its
# error every time), only exact ``str`` keys (a subclass may compare equal and differ), and
# the results are immutable, so sharing them changes nothing.
_ENUMS: dict[tuple[type[Enum], str], Any] = {}


def _enum(enum: type[Enum], field: str, value: Any) -> Any:
    if type(value) is str:
        found = _ENUMS.get((enum, value))
        if found is not None:
            return found
    try:
        member = enum(value)
    except (ValueError, TypeError):
        choices = ", ".join(repr(m.value) for m in enum)
        raise InvalidClaimError(field, value, f"expected one of {choices}") from None
    if type(value) is str and len(value) <= _MEMO_CHARS:
        _remember(_ENUMS, (enum, value), member)
    return member


def _check_text(field: str, value: str) -> str:
    """Return ``value``, or raise when it is too long or is not valid Unicode."""
    if len(value) > MAX_TEXT_CHARS:
        raise InvalidClaimError(
            field, value, f"longer than {MAX_TEXT_CHARS:,} characters ({len(value):,})"
        )
    bad = lone_surrogate(value)
    if bad is not None:
        raise InvalidClaimError(field, value, f"holds a lone surrogate {bad}, not valid Unicode")
    return value


_TEXTS: dict[str, str] = {}


#: Fields whose texts are mostly one-off (identifiers, addresses, titles, quotes): they
#: would only push the repeated ones out of the memo.
_ONE_OFF = frozenset({"id", "url", "author", "title", "quote"})


def _clean(field: str, value: str) -> str:
    """Return ``value`` checked, its whitespace collapsed, shared (remembered when short)."""
    found = _TEXTS.get(value) if type(value) is str else None
    if found is None:
        found = " ".join(_check_text(field, value).split())
        if field not in _ONE_OFF:  # an id or a url is not repeated: not worth interning
            found = _shared(found)
            if type(value) is str and len(value) <= _MEMO_CHARS:
                _remember(_TEXTS, value, found)
    return found


def _nonblank(field: str, value: Any) -> str:
    if type(value) is str:
        found = _TEXTS.get(value)
        if found:  # "" is the cleaned form of a blank string: refused below
            return found
    if not isinstance(value, str) or not value.strip():
        raise InvalidClaimError(field, value, "must be a non-blank string")
    return _clean(field, value)


def _optional_text(field: str, value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise InvalidClaimError(field, value, "must be a string or None")
    return _clean(field, value) or None


def _shared(text: str) -> str:
    # A million claims repeat a few thousand subjects, predicates, places and names: one
    # copy of each short text is kept (interned); long, one-off texts (quotes) are not.
    return sys.intern(text) if len(text) <= 64 else text


def _text_tuple(field: str, value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list | tuple):
        # A dict would give its keys, a set an order that changes from run to run.
        raise InvalidClaimError(field, value, "must be a list or tuple of strings")
    out: list[str] = []
    for item in value:
        if not isinstance(item, str) or not item.strip():
            raise InvalidClaimError(field, value, f"item {item!r} is not a non-blank string")
        _check_text(field, item)
        cleaned = " ".join(item.split())
        if cleaned not in out:
            out.append(cleaned)
    return tuple(out)


# Named converters (mypy's attrs plugin reads only named functions).
def _to_kind(value: Any) -> SourceKind:
    return _enum(SourceKind, "kind", value)  # type: ignore[no-any-return]


def _to_polarity(value: Any) -> Polarity:
    return _enum(Polarity, "polarity", value)  # type: ignore[no-any-return]


def _to_source_name(value: Any) -> str:
    return _nonblank("source", value)


def _to_subject(value: Any) -> str:
    return _nonblank("subject", value)


def _to_predicate(value: Any) -> str:
    return _nonblank("predicate", value)


def _to_outlet(value: Any) -> str:
    return _nonblank("outlet", value)


def _to_report_id(value: Any) -> str:
    return _nonblank("id", value)


def _to_party(value: Any) -> str | None:
    return None if value is None else _optional_text("party", value)


def _to_url(value: Any) -> str | None:
    return None if value is None else _optional_text("url", value)


def _to_author(value: Any) -> str | None:
    return None if value is None else _optional_text("author", value)


def _to_title(value: Any) -> str | None:
    return None if value is None else _optional_text("title", value)


def _to_hedge(value: Any) -> str | None:
    return None if value is None else _optional_text("hedge", value)


def _to_actor(value: Any) -> str | None:
    return None if value is None else _optional_text("actor", value)


def _to_place(value: Any) -> str | None:
    return None if value is None else _optional_text("place", value)


def _to_event(value: Any) -> str | None:
    return None if value is None else _optional_text("event", value)


def _to_quote(value: Any) -> str | None:
    return None if value is None else _optional_text("quote", value)


def _to_aliases(value: Any) -> tuple[str, ...]:
    return _text_tuple("aliases", value)


def _to_qualifiers(value: Any) -> tuple[str, ...]:
    return _text_tuple("qualifiers", value)


_DATES: dict[str, dt.date] = {}


def _to_date(value: Any) -> dt.date | None:
    if type(value) is str:
        found = _DATES.get(value)
        if found is None:
            found = _read_date(value)
            if found is not None and len(value) <= _MEMO_CHARS:
                _remember(_DATES, value, found)
        return found
    return _read_date(value)


def _read_date(value: Any) -> dt.date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.date):
        day = value.date() if isinstance(value, dt.datetime) else value
        if day == dt.date.max:  # a day span of it would end past datetime.max
            raise InvalidClaimError("published", value, "after 9999-12-30")
        return day
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            pass
        try:
            return TimeSpan.parse(value).start.date()
        except UnparsableValueError:
            pass
    raise InvalidClaimError("published", value, "not a date (expected e.g. '2025-07-02')")


def _to_reliability(value: Any) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidClaimError("reliability", value, "must be a number in [0, 1] or None")
    try:
        number = float(value)
    except OverflowError:
        raise InvalidClaimError("reliability", value, "must be in [0, 1]") from None
    if not (0.0 <= number <= 1.0) or math.isnan(number):
        raise InvalidClaimError("reliability", value, "must be in [0, 1]")
    return number


def _digest(*parts: object) -> str:
    payload = json.dumps(parts, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha1(payload.encode("utf-8"), usedforsecurity=False).hexdigest()[:12]


# --------------------------------------------------------------------------- Source


@strict_init
@attrs.frozen(kw_only=True)
class Source:
    """A speaker: a state, an armed group, an outlet, a witness...

    Parameters
    ----------
    name : str
        The source's name as the analyst refers to it; it identifies the source.
    kind : SourceKind or str, default "other"
        What kind of speaker it is (``"state"``, ``"armed group"``, ``"media"``...).
    party : str, optional
        The party to the conflict the source speaks for, if any (``"Mali government"``).
        A party reporting its own losses or successes is self-interested.
    aliases : sequence of str
        Other names of the same source.
    reliability : float, optional
        A prior reliability in [0, 1], used to seed reconciliation.

    Examples
    --------
    >>> import claimrec as cr
    >>> jnim = cr.Source(name="JNIM", kind="armed group", party="JNIM", aliases=["GSIM"])
    >>> jnim.kind, jnim.aliases
    (<SourceKind.ARMED_GROUP: 'armed_group'>, ('GSIM',))
    >>> cr.Source(name="JNIM", reliability=1.5)
    Traceback (most recent call last):
    ...
    claimrec.errors.InvalidClaimError: reliability=1.5: must be in [0, 1]
    """

    name: str = attrs.field(converter=_to_source_name)
    kind: SourceKind = attrs.field(default=SourceKind.OTHER, converter=_to_kind)
    party: str | None = attrs.field(default=None, converter=_to_party)
    aliases: tuple[str, ...] = attrs.field(factory=tuple, converter=_to_aliases)
    reliability: float | None = attrs.field(default=None, converter=_to_reliability)

    @classmethod
    def coerce(cls, value: Any) -> Source:
        """Return ``value`` as a Source: a Source as is, a name as ``Source(name=...)``.

        Examples
        --------
        >>> import claimrec as cr
        >>> cr.Source.coerce("JNIM") == cr.Source(name="JNIM")
        True
        """
        if isinstance(value, cls):
            return value
        if isinstance(value, str):
            return cls(name=value)
        if isinstance(value, dict):
            try:
                return cls(**value)
            except TypeError as exc:
                raise InvalidClaimError("source", value, str(exc)) from None
        raise InvalidClaimError("source", value, "expected a Source or a source name")

    def __str__(self) -> str:
        return self.name


# --------------------------------------------------------------------------- Report


def _to_report(value: Any) -> Report | None:
    if value is None or isinstance(value, Report):
        return value
    if isinstance(value, str):
        return Report(outlet=value)
    if isinstance(value, dict):
        try:
            return Report(**value)
        except TypeError as exc:
            raise InvalidClaimError("via", value, str(exc)) from None
    raise InvalidClaimError("via", value, "expected a Report, an outlet name, or None")


def _to_relayed(value: Any) -> Report | None:
    if value is None:
        return value
    if isinstance(value, Report):
        if len(value.chain()) >= MAX_RELAY_DEPTH:
            raise InvalidClaimError(
                "relays", value, f"relay chain longer than {MAX_RELAY_DEPTH} reports"
            )
        return value
    raise InvalidClaimError("relays", value, "expected the Report that this report relays")


@strict_init
@attrs.frozen(kw_only=True)
class Report:
    """The document that carries a claim: an article, a broadcast, a statement, a post.

    Parameters
    ----------
    outlet : str
        Who published it (``"ORTM"``, ``"Reuters"``, ``"Az-Zallaqa"``).
    published : datetime.date or str, optional
        Publication date; relative times in its claims ("Tuesday") are read against it.
    url, author, title : str, optional
        Where and what it is.
    relays : Report, optional
        The report this one quotes or repeats. Following ``relays`` gives the echo
        chain back to the original statement.
    id : str, optional
        A stable identifier; derived from the content when not given.

    Examples
    --------
    >>> import claimrec as cr
    >>> tv = cr.Report(outlet="ORTM", published="2025-07-01", title="Army statement")
    >>> article = cr.Report(outlet="Wire service", published="2025-07-02", relays=tv)
    >>> article.relays.outlet, str(article.published)
    ('ORTM', '2025-07-02')
    >>> [r.outlet for r in article.chain()]
    ['Wire service', 'ORTM']
    """

    outlet: str = attrs.field(converter=_to_outlet)
    published: dt.date | None = attrs.field(default=None, converter=_to_date)
    url: str | None = attrs.field(default=None, converter=_to_url)
    author: str | None = attrs.field(default=None, converter=_to_author)
    title: str | None = attrs.field(default=None, converter=_to_title)
    relays: Report | None = attrs.field(default=None, converter=_to_relayed)
    id: str = attrs.field(converter=_to_report_id)

    @id.default
    def _default_id(self) -> str:
        relayed = self.relays.id if self.relays is not None else None
        return "r" + _digest(
            self.outlet, self.published, self.url, self.author, self.title, relayed
        )

    def chain(self) -> tuple[Report, ...]:
        """Return this report followed by the reports it relays, back to the original.

        Examples
        --------
        >>> import claimrec as cr
        >>> cr.Report(outlet="A", relays=cr.Report(outlet="B")).chain()[-1].outlet
        'B'
        """
        out: list[Report] = [self]
        seen = {self.id}
        current = self.relays
        while current is not None and current.id not in seen:
            out.append(current)
            seen.add(current.id)
            current = current.relays
        return tuple(out)

    @property
    def origin(self) -> Report:
        """The first report of the echo chain: the one that relays nothing.

        Examples
        --------
        >>> import claimrec as cr
        >>> cr.Report(outlet="A", relays=cr.Report(outlet="B")).origin.outlet
        'B'
        """
        return self.chain()[-1]


# --------------------------------------------------------------------------- values


def to_value(value: Any) -> Value:
    """Convert plain Python to a claim value.

    ``None`` and booleans stay as they are; numbers become exact
    :class:`~claimrec.Quantity`; strings become a Quantity when they read as an amount
    (``"over 80"``), else a :class:`~claimrec.TimeSpan` when they read as an absolute
    date (``"2025-06-02"``), else stay plain strings. Pass a
    :class:`~claimrec.Category` explicitly for categorical values. A list, tuple or set, or
    text in the form of a list (``"Kayes, Diboli and Sandaré"``, ``"seven towns including
    Kayes and Diboli"``), becomes a :class:`~claimrec.SetValue`; words saying that no figure
    was given (``"gave no figure"``, ``"did not specify"``, ``"sans préciser"``) become
    :class:`~claimrec.Unstated`. Text holding a number that reads as none of these
    (``"at least 30 people"``, ``"30 days"``) stays text with a
    :class:`~claimrec.ClaimrecWarning` naming the amount.

    Raises
    ------
    InvalidClaimError
        For a blank string, a string over 10,000 characters or with a lone surrogate, or
        a value of another type.

    Examples
    --------
    >>> import claimrec as cr
    >>> cr.to_value("dozens").low
    24.0
    >>> str(cr.to_value("2025-06-02"))
    '2025-06-02'
    >>> cr.to_value("coordinated and of high quality")
    'coordinated and of high quality'
    >>> cr.to_value(True)
    True
    >>> sorted(cr.to_value("Kayes, Diboli and Sandaré").members)
    ['Diboli', 'Kayes', 'Sandaré']
    >>> cr.to_value("did not specify casualties")
    Unstated(text='did not specify casualties')
    """
    typed = bool | Quantity | TimeSpan | Category | SetValue | Unstated
    if value is None or isinstance(value, typed):
        return value
    if isinstance(value, list | tuple | set | frozenset):
        try:
            return SetValue(members=value)
        except InvalidClaimError as exc:
            raise InvalidClaimError("value", value, exc.reason) from None
    if isinstance(value, int | float):
        try:  # a whole number counts things; 30.1 is a measurement
            integer = isinstance(value, int) or (math.isfinite(value) and value.is_integer())
            return Quantity.parse(value, integer=integer)
        except UnparsableValueError as exc:
            raise InvalidClaimError("value", exc.value, exc.reason) from None
    if isinstance(value, str):
        found = _VALUES.get(value) if type(value) is str else None
        if found is not None:
            return found
        read = _typed_value(value)
        if not isinstance(read, str) and type(value) is str and len(value) <= _MEMO_CHARS:
            _remember(_VALUES, value, read)  # text that stays text warns each time: not kept
        return read
    raise InvalidClaimError(
        "value", value, "expected a Quantity, TimeSpan, Category, str, bool, number or None"
    )


#: Typed values read from short strings, by the string (see ``_remember``).
_VALUES: dict[str, Value] = {}


def _typed_value(value: str) -> Value:
    """Return the typed value a string reads as, else the string (warning of an amount)."""
    text = " ".join(_check_text("value", value).split())
    if not text:
        raise InvalidClaimError("value", value, "must not be blank (use None for no value)")
    if Unstated.matches(text):
        return Unstated(text=text)
    for integer in (True, False):  # a count first, else a measurement ("10.5")
        try:
            return Quantity.parse(text, integer=integer)
        except UnparsableValueError:
            pass
    try:
        return TimeSpan.parse(text)
    except UnparsableValueError:
        pass
    if SetValue.looks_like_list(text):
        try:
            return SetValue.parse(text)
        except InvalidClaimError:
            pass
    _warn_unread_amount(text)
    return text


#: Words after an amount that make it a measure (a duration, a distance, money), not a count.
_UNITS = frozenset({
    "second", "seconds", "minute", "minutes", "hour", "hours", "hrs", "day", "days", "week",
    "weeks", "month", "months", "year", "years", "jour", "jours", "heure", "heures", "semaine",
    "semaines", "mois", "an", "ans", "annee", "annees", "km", "kilometres", "kilometers",
    "kilometre", "kilometer", "miles", "mile", "metres", "meters", "m", "kg", "tonnes", "tons",
    "%", "percent", "per", "pourcent", "dollars", "$", "usd", "euros", "eur", "€", "cfa", "fcfa",
    "francs",
})  # fmt: skip


#: Nouns for people counted in a toll: an amount before one of them is a toll given as text.
_COUNTED = frozenset({
    "soldier", "soldiers", "civilian", "civilians", "people", "person", "persons", "militant",
    "militants", "fighter", "fighters", "troops", "police", "policemen", "officers", "dead",
    "wounded", "injured", "casualties", "victims", "children", "women", "men", "attackers",
    "jihadists", "terrorists", "hostages", "residents", "villagers", "insurgents", "rebels",
    "soldats", "civils", "personnes", "militaires", "morts", "blesses", "victimes", "enfants",
    "femmes", "hommes", "assaillants", "terroristes", "jihadistes", "djihadistes", "otages",
    "habitants", "villageois", "combattants", "policiers", "gendarmes", "child", "woman", "man",
    "hostage", "resident", "villager", "rebel", "attacker", "victim", "officer",
    "civil", "soldat", "militaire", "personne", "mort", "blesse", "victime", "enfant", "femme",
    "homme", "otage", "habitant", "combattant", "policier", "gendarme",
})  # fmt: skip


def _warn_unread_amount(text: str) -> None:
    """Warn when text that stays text holds an amount, naming it (nothing dropped silently).

    An amount before a unit ("30 days") or before people ("dozens of soldiers", "a civilian")
    warns; an amount inside a description of a thing ("two Russian rockets") is the thing's
    description and stays text quietly, as does "one" used as a pronoun ("part of one").
    """
    amount, rest = Quantity.partition(text)
    if amount is not None and rest:
        noun = unicodedata.normalize("NFKD", rest.split()[-1].casefold())
        noun = "".join(ch for ch in noun if not unicodedata.combining(ch)).strip(".,;:")
        first = rest.split()[0].casefold().strip(".,")
        if first not in _UNITS and not first.startswith("%") and noun not in _COUNTED:
            return
        head = text[: len(text) - len(rest)].strip()
        if len(head.split()) == 1 and head.casefold() in {"a", "an", "un", "une"}:
            head = "1"
        elif head.casefold().endswith((" of", " de")):
            head = head[:-3]
        unit = rest.split()[0].casefold().strip(".,")
        if unit in _UNITS or unit.startswith("%"):
            message = (
                f"value={text!r} reads as plain text: {head!r} counts {unit!r}, a measure, not"
                " people or things; pass a typed value if it is the claim's value"
            )
        else:
            message = (
                f"value={text!r} reads as plain text: the amount {head!r} is followed by"
                f" {rest!r}; pass the amount alone (value={head!r}, subject={rest!r})"
            )
    else:
        word = number_word(text)
        if word is None:
            return
        message = (
            f"value={text!r} reads as plain text, neither an amount nor a date, though it holds"
            f" {word!r}: pass the amount alone (value='at least 30', subject='soldiers') or a"
            " typed value"
        )
    warnings.warn(message, ClaimrecWarning, stacklevel=6)


def _stated(value: Value) -> str:
    """Return a value in its own words: a bound is never rewritten ("at least 71")."""
    if isinstance(value, Quantity | Category | SetValue | Unstated) and value.text:
        return " ".join(value.text.split())
    return str(value)


def _time_or_phrase(field: str, value: Any) -> Any:
    if value is None or isinstance(value, TimeSpan):
        return value
    if isinstance(value, dt.date):
        return TimeSpan.from_value(value)
    if isinstance(value, str):
        # Relative phrases ("Tuesday morning") are resolved in Claim.__attrs_post_init__,
        # against the report's publication date.
        return " ".join(_check_text(field, value).split()) or None
    raise InvalidClaimError(field, value, "expected a TimeSpan, a date, or a date phrase")


def _to_when(value: TimeSpan | dt.date | str | None) -> TimeSpan | None:
    return _time_or_phrase("when", value)  # type: ignore[no-any-return]


def _to_stated(value: TimeSpan | dt.date | str | None) -> TimeSpan | None:
    return _time_or_phrase("stated", value)  # type: ignore[no-any-return]


# --------------------------------------------------------------------------- Claim


def _to_source(value: Any) -> Source:
    return Source.coerce(value)


def _to_id(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise InvalidClaimError("id", value, "must be a string")
    if isinstance(value, int):
        if abs(value) >= 10**100:
            raise InvalidClaimError("id", value, "a number id must have at most 100 digits")
        return str(value)
    return _check_text("id", value).strip()


@strict_init
@attrs.frozen(kw_only=True)
class Claim:
    """One sourced claim: ``source`` says, via ``via``, that ``subject`` ``predicate`` ``value``.

    Parameters
    ----------
    source : Source or str
        Who asserts it (a name becomes ``Source(name=...)``).
    subject : str
        What the claim is about (``"militants"``, ``"military installations"``, ``"attacks"``).
    predicate : str
        What is said of the subject (``"killed"``, ``"captured"``, ``"repelled"``).
    value : Quantity, TimeSpan, Category, str, bool or None
        The typed value; plain text is converted by :func:`to_value`. ``None`` when the
        predicate alone is asserted ("the army repelled the attacks").
    polarity : Polarity or str, default "asserted"
        ``"denied"`` when the source denies it.
    hedge : str, optional
        Modality: ``"reportedly"``, ``"provisional"``, ``"claimed"``, ``"alleged"``.
    qualifiers : sequence of str
        Other qualifiers of the statement (``"in every location"``).
    actor : str, optional
        Who did it (the perpetrator or agent of the predicate), when said.
    place : str, optional
        Where, as stated (``"Kayes"``, ``"western Mali"``).
    when : TimeSpan or str, optional
        When the event happened; relative phrases ("Tuesday morning") are read against
        ``via.published`` (else ``stated``).
    stated : TimeSpan or str, optional
        When the statement was made, which is not the event time.
    event : str, optional
        An event label grouping claims about one incident.
    via : Report or str, optional
        The report that carries the claim.
    quote : str, optional
        The exact words, when available.
    id : str, optional
        A stable identifier; derived from the content when not given.

    Raises
    ------
    InvalidClaimError
        When a field has a bad value; the error names the field and the value. Text
        fields hold at most 10,000 characters of valid Unicode (no lone surrogate);
        ``qualifiers`` is a string, a list or a tuple (not a dict or a set).
    ArgumentError
        For an unknown, missing or positional argument (also a ``TypeError``).

    Examples
    --------
    >>> import claimrec as cr
    >>> report = cr.Report(outlet="News report", published="2025-07-02")
    >>> c = cr.Claim(source="JNIM", subject="military installations", predicate="captured",
    ...              value="three", when="Tuesday morning", via=report)
    >>> c.value.best, str(c.when)
    (3.0, '2025-07-01 morning')
    >>> c.id == cr.Claim(source="JNIM", subject="military installations", predicate="captured",
    ...                  value=3, when="Tuesday morning", via=report).id
    True
    >>> cr.Claim(source="FAMa", subject=" ", predicate="killed")
    Traceback (most recent call last):
    ...
    claimrec.errors.InvalidClaimError: subject=' ': must be a non-blank string
    """

    source: Source = attrs.field(converter=_to_source)
    subject: str = attrs.field(converter=_to_subject)
    predicate: str = attrs.field(converter=_to_predicate)
    value: Value = attrs.field(default=None, converter=to_value)
    polarity: Polarity = attrs.field(default=Polarity.ASSERTED, converter=_to_polarity)
    hedge: str | None = attrs.field(default=None, converter=_to_hedge)
    qualifiers: tuple[str, ...] = attrs.field(factory=tuple, converter=_to_qualifiers)
    actor: str | None = attrs.field(default=None, converter=_to_actor)
    place: str | None = attrs.field(default=None, converter=_to_place)
    when: TimeSpan | None = attrs.field(default=None, converter=_to_when)
    stated: TimeSpan | None = attrs.field(default=None, converter=_to_stated)
    event: str | None = attrs.field(default=None, converter=_to_event)
    via: Report | None = attrs.field(default=None, converter=_to_report)
    quote: str | None = attrs.field(default=None, converter=_to_quote)
    id: str = attrs.field(default="", converter=_to_id)

    def __attrs_post_init__(self) -> None:
        reference: dt.date | None = self.via.published if self.via is not None else None
        stated = self._resolve_time("stated", self.stated, reference)
        if reference is None and stated is not None:
            reference = stated.start.date()
        when = self._resolve_time("when", self.when, reference)
        object.__setattr__(self, "stated", stated)
        object.__setattr__(self, "when", when)
        if not self.id.strip():
            object.__setattr__(self, "id", "c" + _digest(*self._content()))

    @staticmethod
    def _resolve_time(field: str, value: Any, reference: dt.date | None) -> TimeSpan | None:
        if value is None or isinstance(value, TimeSpan):
            return value
        try:
            return TimeSpan.parse(value, reference=reference)
        except UnparsableValueError as exc:
            relative = reference is None and "relative" in exc.reason
            hint = "; relative phrases need via.published" if relative else ""
            raise InvalidClaimError(field, value, exc.reason + hint) from None

    def _content(self) -> tuple[object, ...]:
        value = self.value
        value_key: object = (type(value).__name__, str(value)) if value is not None else None
        return (
            self.source.name,
            self.subject,
            self.predicate,
            value_key,
            self.polarity.value,
            self.hedge,
            self.qualifiers,
            self.actor,
            self.place,
            str(self.when) if self.when is not None else None,
            str(self.stated) if self.stated is not None else None,
            self.event,
            self.via.id if self.via is not None else None,
            self.quote,
        )

    @property
    def denied(self) -> bool:
        """Whether the source denies the claim.

        Examples
        --------
        >>> import claimrec as cr
        >>> cr.Claim(source="JNIM", subject="civilians", predicate="killed",
        ...          polarity="denied").denied
        True
        """
        return self.polarity is Polarity.DENIED

    @property
    def statement_time(self) -> TimeSpan | None:
        """When the statement was made: ``stated``, else the day the report was published.

        Examples
        --------
        >>> import claimrec as cr
        >>> c = cr.Claim(source="FAMa", subject="militants", predicate="killed",
        ...              via=cr.Report(outlet="ORTM", published="2025-07-01"))
        >>> str(c.statement_time)
        '2025-07-01'
        """
        if self.stated is not None:
            return self.stated
        if self.via is not None and self.via.published is not None:
            return TimeSpan.parse(self.via.published.isoformat())
        return None

    def __repr__(self) -> str:
        return f"<Claim {self.id}: {self.describe()}>"

    def _repr_html_(self) -> str:
        via = " &lt; ".join(
            html.escape(r.outlet + (f" {r.published}" if r.published else ""))
            for r in (self.via.chain() if self.via is not None else ())
        )
        value = self.value
        words = getattr(value, "text", None) or ("" if value is None else str(value))
        rows = [
            ("source", f"{self.source.name} ({self.source.kind.value}"
                       + (f", {self.source.party})" if self.source.party else ")")),
            ("says", ("NOT " if self.denied else "") + f"{self.subject} {self.predicate}"),
            ("value", words),
            ("hedge", self.hedge or ""),
            ("place", self.place or ""),
            ("when", str(self.when) if self.when is not None else ""),
            ("quote", f"\u201c{self.quote}\u201d" if self.quote else ""),
        ]  # fmt: skip
        cells = "".join(
            f"<tr><th style='text-align:left'>{k}</th><td style='text-align:left'>"
            f"{html.escape(v)}</td></tr>"
            for k, v in rows
            if v
        )
        if via:
            cells += f"<tr><th style='text-align:left'>via</th><td>{via}</td></tr>"
        return f"<div><b>Claim {html.escape(self.id)}</b><table>{cells}</table></div>"

    def describe(self) -> str:
        """Return a one-line plain-words rendering of the claim.

        Examples
        --------
        >>> import claimrec as cr
        >>> print(cr.Claim(source="FAMa", subject="militants", predicate="killed",
        ...                value="over 80", place="Kayes", hedge="reportedly").describe())
        FAMa: militants killed over 80 (reportedly) [Kayes]
        """
        parts = [f"{self.source.name}:"]
        if self.denied:
            parts.append("DENIES")
        parts.append(f"{self.subject} {self.predicate}")
        if self.value is not None:
            parts.append(_stated(self.value))
        if self.hedge:
            parts.append(f"({self.hedge})")
        where_when = [x for x in (self.place, str(self.when) if self.when else None) if x]
        if where_when:
            parts.append("[" + ", ".join(where_when) + "]")
        return " ".join(parts)


# --------------------------------------------------------------------------- bulk construction

# A reader builds a million claims whose fields repeat a few thousand texts, words and
# typed values. ``_assemble_claim`` and ``_assemble_report`` do what the attrs ``__init__``
# does (each field's converter in the class's order, then the post-init), with the
# remembered conversions looked up inline instead of through a converter call each, and
# without the argument-checking wrapper; anything unusual goes through the class itself.
# ``tests/test_memo.py`` checks that both give equal objects, and the same errors.

_CLAIM_FIELDS = frozenset(attrs.fields_dict(Claim))
_CLAIM_NEEDS = frozenset({"source", "subject", "predicate"})
_REPORT_FIELDS = frozenset(attrs.fields_dict(Report))
_PLAIN_VALUES = (Quantity, TimeSpan, Category, SetValue, Unstated, bool)
_new = object.__new__
_set = object.__setattr__


def _known_text(raw: Any, convert: Any) -> Any:
    """``convert(raw)`` for an optional text field, its remembered form when there is one."""
    if raw is None:
        return None
    if type(raw) is str:
        found = _TEXTS.get(raw)
        if found is not None:
            return found or None  # "" is a blank text: no value, as _optional_text says
    return convert(raw)


def _known_name(raw: Any, convert: Any) -> Any:
    """``convert(raw)`` for a required text field, its remembered form when there is one."""
    found = _TEXTS.get(raw) if type(raw) is str else None
    return found or convert(raw)  # a blank text ("") is converted, and refused, again


def _assemble_claim(fields: dict[str, Any]) -> Claim:
    """Return ``Claim(**fields)``, built the way its ``__init__`` would (see above).

    Examples
    --------
    >>> import claimrec as cr
    >>> from claimrec.model import _assemble_claim
    >>> fields = {"source": "FAMa", "subject": "militants", "predicate": "killed",
    ...           "value": "over 80", "id": "c1"}
    >>> _assemble_claim(fields) == cr.Claim(**fields)
    True
    """
    if not _CLAIM_FIELDS.issuperset(fields) or not _CLAIM_NEEDS.issubset(fields):
        return Claim(**fields)  # its ArgumentError
    get = fields.get
    value = get("value")
    if type(value) is str:
        value = _VALUES.get(value)
        if value is None:  # text to read, perhaps with a warning: the class does it
            return Claim(**fields)
    elif value is not None and type(value) not in _PLAIN_VALUES:
        value = None  # converted in its turn below
    source = get("source")
    if type(source) is not Source:
        source = _to_source(source)
    subject = _known_name(get("subject"), _to_subject)
    predicate = _known_name(get("predicate"), _to_predicate)
    if value is None and get("value") is not None:
        value = to_value(get("value"))
    polarity = get("polarity", Polarity.ASSERTED)
    if type(polarity) is not Polarity:
        found = _ENUMS.get((Polarity, polarity)) if type(polarity) is str else None
        polarity = found if found is not None else _to_polarity(polarity)
    hedge = _known_text(get("hedge"), _to_hedge)
    qualifiers = get("qualifiers")
    if qualifiers is None or (not qualifiers and type(qualifiers) in (list, tuple)):
        qualifiers = ()
    else:
        qualifiers = _to_qualifiers(qualifiers)
    actor = _known_text(get("actor"), _to_actor)
    place = _known_text(get("place"), _to_place)
    when = get("when")
    if when is not None and type(when) is not TimeSpan:
        when = _to_when(when)
    stated = get("stated")
    if stated is not None and type(stated) is not TimeSpan:
        stated = _to_stated(stated)
    event = _known_text(get("event"), _to_event)
    via = get("via")
    if via is not None and type(via) is not Report:
        via = _to_report(via)
    quote = get("quote")
    if quote is not None:
        quote = _to_quote(quote)
    claim_id = _to_id(get("id", ""))
    claim: Claim = _new(Claim)
    _set(claim, "source", source)
    _set(claim, "subject", subject)
    _set(claim, "predicate", predicate)
    _set(claim, "value", value)
    _set(claim, "polarity", polarity)
    _set(claim, "hedge", hedge)
    _set(claim, "qualifiers", qualifiers)
    _set(claim, "actor", actor)
    _set(claim, "place", place)
    _set(claim, "when", when)
    _set(claim, "stated", stated)
    _set(claim, "event", event)
    _set(claim, "via", via)
    _set(claim, "quote", quote)
    _set(claim, "id", claim_id)
    if (
        not claim_id
        or (when is not None and type(when) is not TimeSpan)
        or (stated is not None and type(stated) is not TimeSpan)
    ):
        claim.__attrs_post_init__()  # a date phrase to read, an id to derive
    return claim


def _assemble_report(fields: dict[str, Any]) -> Report:
    """Return ``Report(**fields)``, built the way its ``__init__`` would (see above).

    Examples
    --------
    >>> import claimrec as cr
    >>> from claimrec.model import _assemble_report
    >>> fields = {"outlet": "ORTM", "published": "2025-07-01", "id": "r1"}
    >>> _assemble_report(fields) == cr.Report(**fields)
    True
    """
    if "outlet" not in fields or "id" not in fields or not _REPORT_FIELDS.issuperset(fields):
        return Report(**fields)  # its ArgumentError, or the id derived from the content
    get = fields.get
    outlet = _known_name(get("outlet"), _to_outlet)
    published = get("published")
    if published is not None:
        found = _DATES.get(published) if type(published) is str else None
        published = found if found is not None else _to_date(published)
    url, author, title = get("url"), get("author"), get("title")
    url = None if url is None else _to_url(url)
    author = None if author is None else _to_author(author)
    title = None if title is None else _to_title(title)
    relays = _to_relayed(get("relays"))
    report_id = _to_report_id(get("id"))
    report: Report = _new(Report)
    _set(report, "outlet", outlet)
    _set(report, "published", published)
    _set(report, "url", url)
    _set(report, "author", author)
    _set(report, "title", title)
    _set(report, "relays", relays)
    _set(report, "id", report_id)
    return report
