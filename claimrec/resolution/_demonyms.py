"""Countries' adjectives (``claimrec/data/demonyms.csv``): who a description names."""

from __future__ import annotations

import csv
import functools
import io
import re
from collections.abc import Mapping
from importlib.resources import files

from claimrec._text import normalize


@functools.lru_cache(maxsize=1)
def _demonym_table() -> Mapping[tuple[str, ...], tuple[str, str]]:
    """Normalised form (as tokens) -> (country code, actor id), from ``demonyms.csv``."""
    text = (files("claimrec") / "data" / "demonyms.csv").read_text(encoding="utf-8")
    table: dict[tuple[str, ...], tuple[str, str]] = {}
    for row in csv.DictReader(io.StringIO(text)):
        for form in row["forms"].split("|"):
            key = tuple(normalize(form).split())
            if key:
                table[key] = (row["country"], row["actor"])
    return table


@functools.lru_cache(maxsize=1)
def country_actors() -> Mapping[str, str]:
    """Country code -> the actor id that acts for it, from ``demonyms.csv``."""
    return dict(_demonym_table().values())


@functools.lru_cache(maxsize=65536)
def named_country(text: str) -> str | None:
    """Return the actor id of the one country ``text`` names by an adjective, if one.

    >>> from claimrec.resolution._demonyms import named_country
    >>> named_country("frappe israélienne"), named_country("missile envoyé par les Israéliens")
    ('Israel', 'Israel')
    >>> named_country("Russian and Ukrainian officials") is None   # two countries
    True
    """
    table = _demonym_table()
    tokens = normalize(text).split()
    found: set[str] = set()
    for size in (2, 1):
        for start in range(len(tokens) - size + 1):
            hit = table.get(tuple(tokens[start : start + size]))
            if hit is not None:
                found.add(hit[1])
    return found.pop() if len(found) == 1 else None


# Words naming an organ of a state: a country's adjective with one of them is that
# state speaking ("Nigerien officials", "les autorités burkinabè", "Syrian state media").
_ORGAN = re.compile(
    r"\b(?:officials?|authorities|authority|government|ministry|minister|ministers|"
    r"spokesman|spokeswoman|spokesperson|army|military|armed forces|forces|troops|police|"
    r"president|presidency|command|general staff|state media|state television|state tv|"
    r"state news agency|state broadcaster|embassy|"
    r"responsables?|officiels?|autorites|gouvernement|ministere|ministre|porte parole|"
    r"armee|militaires|presidence|etat major|autoridades|governo|ministerio|ministro|"
    r"porta voz|exercito|forcas|funcionarios|gobierno|ejercito|regering|ministerie|leger|"
    r"woordvoerder)\b"
)


def described_state(text: str) -> str | None:
    """Return the actor id of the state a description of a speaker names, if one.

    A country's adjective with an organ word: *Nigerien officials*, *les autorités
    burkinabè*; never an adjective alone (*a Syrian doctor* speaks for no state).

    >>> from claimrec.resolution._demonyms import described_state
    >>> described_state("Nigerien officials"), described_state("a Syrian doctor")
    ('Niger government', None)
    """
    if _ORGAN.search(normalize(text)) is None:
        return None
    return named_country(text)
