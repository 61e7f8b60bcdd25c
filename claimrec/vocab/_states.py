"""Every country's state: names, adjectives and actor (``states.csv``), read on first use.

``claimrec/data/states.csv`` (built by ``tools/build_states.py``) has one row per country of
the gazetteers: its ISO code, the id of the actor that acts and speaks for its state, its
English name, its other names (English, French, Spanish, Portuguese, and twenty more
languages' CLDR names: German *Libyen*, Polish *Rosja*), its capital and its adjectives and
nouns of nationality. A country that ``demonyms.csv`` gives a curated actor keeps it
(*Burkina Faso government*, *Israel*); every other country's state is an actor generated
here, ``<name> government`` (kind ``state``; its party is itself, as the curated Sahel
states' are, *Burkina Faso government*, so that a source declaring ``party="India
government"`` is of its party; no ``countries``: a state speaks of places abroad, so it
must not vote against them): resolution reads it
from a speaker that names the country, or its adjective, with an organ of a state (*Indian
Army*, *Pakistan's Foreign Office*, *gouvernement colombien*).
"""

from __future__ import annotations

import csv
import functools
import io
import re
from collections.abc import Container
from importlib.resources import files
from typing import NamedTuple

from claimrec.vocab._records import Actor

#: The ``note`` of a generated state actor (curated actors have their own notes).
GENERATED_NOTE = "generated from states.csv"


class StateRow(NamedTuple):
    """One country of ``states.csv``."""

    country: str
    actor: str
    name: str
    names: tuple[str, ...]
    capitals: tuple[str, ...]
    forms: tuple[str, ...]


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part for part in cell.split("|") if part)


@functools.cache
def state_rows() -> tuple[StateRow, ...]:
    """Return the rows of the shipped ``states.csv`` (parsed once).

    >>> from claimrec.vocab._states import state_rows
    >>> india = next(r for r in state_rows() if r.country == "IN")
    >>> india.actor, "Inde" in india.names, "indienne" in india.forms
    ('India government', True, True)
    """
    text = (files("claimrec") / "data" / "states.csv").read_text(encoding="utf-8")
    return tuple(
        StateRow(
            r["country"],
            r["actor"],
            r["name"],
            _split(r["names"]),
            _split(r["capitals"]),
            _split(r["forms"]),
        )
        for r in csv.DictReader(io.StringIO(text))
    )


def _plain(name: str) -> str:
    return re.sub(r"^The ", "", name)


def state_actors(curated: Container[str]) -> list[Actor]:
    """Return the generated state actors: one per country whose actor ``curated`` lacks.

    >>> from claimrec.vocab._states import state_actors
    >>> kenya = next(a for a in state_actors(()) if a.id == "Kenya government")
    >>> kenya.name, kenya.kind.value, kenya.party, kenya.countries
    ('Government of Kenya', 'state', 'Kenya government', ())
    """
    return [
        Actor(
            id=row.actor,
            name=f"Government of {_plain(row.name)}",
            kind="state",
            party=row.actor,
            note=f"{GENERATED_NOTE} ({row.country})",
        )
        for row in state_rows()
        if row.actor not in curated
    ]
