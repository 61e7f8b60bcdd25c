"""Countries' adjectives (``Vocabulary.demonyms``): who a description names."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping

from claimrec._text import normalize
from claimrec.vocab import Demonyms
from claimrec.vocab._demonyms import shipped_demonyms


def _table(demonyms: Demonyms | None) -> Demonyms:
    """Return the vocabulary's table (``Vocabulary.demonyms``), else the shipped one."""
    return shipped_demonyms() if demonyms is None else demonyms


def country_actors(demonyms: Demonyms | None = None) -> Mapping[str, str]:
    """Country code -> the actor id that acts for it (the vocabulary's ``demonyms``)."""
    return _table(demonyms).actors()


@functools.lru_cache(maxsize=65536)
def named_country(text: str, demonyms: Demonyms | None = None) -> str | None:
    """Return the actor id of the one country ``text`` names by an adjective, if one.

    ``demonyms`` is the vocabulary's table (:attr:`Vocabulary.demonyms`), the shipped
    one by default.

    >>> from claimrec.resolution._demonyms import named_country
    >>> named_country("frappe israélienne"), named_country("missile envoyé par les Israéliens")
    ('Israel', 'Israel')
    >>> named_country("Russian and Ukrainian officials") is None   # two countries
    True
    """
    return _table(demonyms).named(text)


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


def described_state(text: str, demonyms: Demonyms | None = None) -> str | None:
    """Return the actor id of the state a description of a speaker names, if one.

    A country's adjective with an organ word: *Nigerien officials*, *les autorités
    burkinabè*; never an adjective alone (*a Syrian doctor* speaks for no state).

    >>> from claimrec.resolution._demonyms import described_state
    >>> described_state("Nigerien officials"), described_state("a Syrian doctor")
    ('Niger government', None)
    """
    if _ORGAN.search(normalize(text)) is None:
        return None
    return named_country(text, demonyms)
