"""Countries' adjectives and names of their people: :class:`Demonym` and :class:`Demonyms`.

The shipped table is ``claimrec/data/demonyms.csv`` (columns ``country,actor,forms``, the
forms separated by ``|``). Resolution reads a perpetrator from a country's adjective
(*frappe israélienne*) and a state speaking from an adjective with an organ word
(*Nigerien officials*); :meth:`Vocabulary.extend <claimrec.vocab.Vocabulary.extend>`
adds forms or countries in one line.
"""

from __future__ import annotations

import csv
import functools
import io
from collections.abc import Iterable, Iterator, Mapping
from importlib.resources import files
from typing import Any

import attrs

from claimrec._text import normalize
from claimrec.errors import FormatError, InvalidClaimError
from claimrec.vocab._base import _keyable, _to_country

DEMONYMS_FILE = "demonyms.csv"
DEMONYM_COLUMNS = ("country", "actor", "forms")


def _to_forms(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = value.split("|")
    if not isinstance(value, Iterable):
        raise InvalidClaimError("forms", value, "expected a string or a list of strings")
    forms = []
    seen: set[str] = set()
    for form in value:
        if not isinstance(form, str) or not normalize(form):
            raise InvalidClaimError("forms", form, "each form must contain letters or digits")
        key = normalize(form)
        if key not in seen:
            seen.add(key)
            forms.append(form.strip())
    if not forms:
        raise InvalidClaimError("forms", value, "at least one form is needed")
    return tuple(forms)


def _to_code(value: Any) -> str:
    code = _to_country(value)
    if code is None:
        raise InvalidClaimError("country", value, "an ISO 3166 alpha-2 code is needed")
    return code


def _to_entries(value: Iterable[Demonym]) -> tuple[Demonym, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class Demonym:
    """A country's adjectives and names of its people, and the actor who acts for it.

    Parameters
    ----------
    country : str
        ISO 3166 alpha-2 code (``"IL"``).
    actor : str
        The id of the actor a perpetrator named by these words is (an id of the actor
        vocabulary: ``"Israel"``, ``"Palestinian armed groups"``).
    forms : str or iterable of str
        The words, in any language and inflection (``"Israeli|israélienne"`` or a list);
        matched case-, accent- and punctuation-blind, one or two words long.

    Raises
    ------
    InvalidClaimError
        For a code that is not ISO alpha-2, a blank actor, or no (or a blank) form.

    Examples
    --------
    >>> from claimrec.vocab import Demonym
    >>> Demonym(country="ML", actor="Mali government", forms="Malian|malien|malienne").forms
    ('Malian', 'malien', 'malienne')
    """

    country: str = attrs.field(converter=_to_code)
    actor: str = attrs.field(validator=_keyable("actor"))
    forms: tuple[str, ...] = attrs.field(converter=_to_forms)


@attrs.frozen(eq=False)
class Demonyms:
    """The table of :class:`Demonym` entries, one per country, looked up by words.

    Parameters
    ----------
    entries : iterable of Demonym, optional
        One entry per country; of two entries with one form, the later names it.

    Raises
    ------
    InvalidClaimError
        For two entries of one country.

    Examples
    --------
    >>> from claimrec.vocab import Demonym, Demonyms
    >>> table = Demonyms([Demonym(country="ML", actor="Mali government", forms="malienne")])
    >>> table.named("une frappe malienne"), table.actor_of("ML"), len(table)
    ('Mali government', 'Mali government', 1)
    """

    entries: tuple[Demonym, ...] = attrs.field(default=(), converter=_to_entries)
    _by_form: dict[tuple[str, ...], Demonym] = attrs.field(init=False, repr=False)
    _by_country: dict[str, Demonym] = attrs.field(init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        by_country: dict[str, Demonym] = {}
        by_form: dict[tuple[str, ...], Demonym] = {}
        for entry in self.entries:
            if not isinstance(entry, Demonym):
                raise InvalidClaimError("entries", entry, "expected Demonym records")
            if entry.country in by_country:
                raise InvalidClaimError("country", entry.country, "listed twice")
            by_country[entry.country] = entry
            for form in entry.forms:
                by_form[tuple(normalize(form).split())] = entry
        object.__setattr__(self, "_by_country", by_country)
        object.__setattr__(self, "_by_form", by_form)

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[Demonym]:
        return iter(self.entries)

    def __contains__(self, country: object) -> bool:
        return country in self._by_country

    def __repr__(self) -> str:
        return f"<Demonyms countries={len(self)}>"

    def get(self, country: str) -> Demonym | None:
        """Return the entry of a country (ISO alpha-2 code), if any."""
        return self._by_country.get(country)

    def actor_of(self, country: str | None) -> str | None:
        """Return the id of the actor acting for a country (ISO alpha-2 code), if any."""
        entry = None if country is None else self._by_country.get(country)
        return None if entry is None else entry.actor

    def actors(self) -> Mapping[str, str]:
        """Return country code -> actor id, for every country of the table."""
        return {e.country: e.actor for e in self.entries}

    def named(self, text: str) -> str | None:
        """Return the actor id of the one country ``text`` names by its words, if one.

        Two countries named (*Russian and Ukrainian shelling*) name no one.
        """
        tokens = normalize(text).split()
        found: set[str] = set()
        for size in (2, 1):
            for start in range(len(tokens) - size + 1):
                hit = self._by_form.get(tuple(tokens[start : start + size]))
                if hit is not None:
                    found.add(hit.actor)
        return found.pop() if len(found) == 1 else None

    def extend(self, entries: Iterable[Demonym]) -> Demonyms:
        """Return a new table with ``entries`` added; an entry of a known country is merged.

        The new entry's actor replaces the old one's and its forms are added to the old
        forms; a form the new entries use names their country from then on.
        """
        merged: dict[str, Demonym] = {e.country: e for e in self.entries}
        added: dict[str, Demonym] = {}
        for entry in entries:
            if not isinstance(entry, Demonym):
                raise InvalidClaimError("demonyms", entry, "expected Demonym records")
            old = added.get(entry.country) or merged.pop(entry.country, None)
            if old is not None:
                entry = attrs.evolve(entry, forms=(*old.forms, *entry.forms))  # noqa: PLW2901
            added[entry.country] = entry
        return Demonyms([*merged.values(), *added.values()])


def _read_demonyms(text: str, where: str) -> Demonyms:
    """Read a demonym table in the shipped CSV format (``country,actor,forms``).

    One country on two rows of one actor is one entry; two actors for one country, a bad
    code or a row without forms is a :class:`~claimrec.errors.FormatError` naming the line.
    """
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip() for h in reader.fieldnames or ()]
    if sorted(header) != sorted(DEMONYM_COLUMNS):
        raise FormatError(where, [(1, f"columns {header}, expected {list(DEMONYM_COLUMNS)}")])
    entries: list[Demonym] = []
    problems: list[tuple[int, str]] = []
    try:
        for row in reader:
            if not any((v or "").strip() for v in row.values() if isinstance(v, str)):
                continue
            try:
                entry = Demonym(
                    country=(row["country"] or "").strip(),
                    actor=(row["actor"] or "").strip(),
                    forms=row["forms"] or "",
                )
            except InvalidClaimError as exc:
                problems.append((reader.line_num, str(exc)))
                continue
            twice = next((k for k, e in enumerate(entries) if e.country == entry.country), None)
            if twice is None:
                entries.append(entry)
            elif entries[twice].actor != entry.actor:
                problems.append(
                    (reader.line_num, f"country={entry.country!r}: a second actor {entry.actor!r}")
                )
            else:  # one country on two rows: one entry, the forms of both
                entries[twice] = attrs.evolve(entry, forms=(*entries[twice].forms, *entry.forms))
    except csv.Error as exc:
        raise FormatError(where, [(reader.line_num, f"not CSV: {exc}")]) from exc
    if problems:
        raise FormatError(where, problems)
    return Demonyms(entries)


@functools.cache
def shipped_demonyms() -> Demonyms:
    """Return the shipped table, ``claimrec/data/demonyms.csv`` (read once).

    >>> from claimrec.vocab._demonyms import shipped_demonyms
    >>> shipped_demonyms().actor_of("IL")
    'Israel'
    """
    path = files("claimrec") / "data" / DEMONYMS_FILE
    return _read_demonyms(path.read_text(encoding="utf-8"), str(path))
