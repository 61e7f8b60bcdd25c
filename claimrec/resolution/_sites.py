"""The kind of site a claim says was hit: incident words (a hospital, a station, a market).

Reports of one strike name its site in their own words and languages (*the hospital*,
*l'hôpital*, *hospital attack*; *railway station*, *gare*, *estação*). Each kind of site is
one concept here, so that two claims naming one kind of site, dated a few days apart, may
speak of one incident (the perpetrator rule reads it, ``relation._disputes``). A site is a
concept, not a place: "the hospital" says nothing of which hospital.
"""

from __future__ import annotations

import functools
import re

from claimrec._text import normalize

#: Site concept -> its words (normalised: no accents, lower case), English, French,
#: Portuguese, Spanish and Dutch, singular and plural.
SITES: dict[str, tuple[str, ...]] = {
    "hospital": (
        "hospital", "hospitals", "hopital", "hopitaux", "hospitais", "hospitales",
        "ziekenhuis", "ziekenhuizen",
    ),
    "clinic": ("clinic", "clinics", "clinique", "cliniques", "clinica", "clinicas", "kliniek"),
    "station": (
        "station", "stations", "gare", "gares", "estacao", "estacoes", "estacion",
        "estaciones", "treinstation",
    ),
    "market": (
        "market", "markets", "marketplace", "marche", "marches", "mercado", "mercados",
        "markt", "markten",
    ),
    "school": ("school", "schools", "ecole", "ecoles", "escola", "escolas", "escuela",
               "escuelas", "scholen"),
    "camp": ("camp", "camps", "campo", "campos", "acampamento", "campamento", "kamp"),
    "mosque": ("mosque", "mosques", "mosquee", "mosquees", "mesquita", "mezquita", "moskee"),
    "church": ("church", "churches", "eglise", "eglises", "igreja", "iglesia", "kerk"),
    "airport": ("airport", "airports", "aeroport", "aeroporto", "aeropuerto", "luchthaven"),
    "prison": ("prison", "prisons", "prisao", "prision", "gevangenis"),
    "hotel": ("hotel", "hotels", "hoteis", "hoteles"),
    "bus": ("bus", "buses", "autobus", "onibus", "autocar"),
}  # fmt: skip

_ELISION = re.compile(r"['\u2019]")  # "l'hôpital": the article apart from its noun
_WORD_SITE = {word: site for site, words in SITES.items() for word in words}


def incident_sites(*texts: str | None) -> frozenset[str]:
    """Return the kinds of site the texts name (a claim's subject and place).

    >>> from claimrec.resolution._sites import incident_sites
    >>> sorted(incident_sites("attaque contre la gare", "Kramatorsk"))
    ['station']
    >>> incident_sites("the hospital blast", None) == incident_sites("l'hôpital", None)
    True
    >>> incident_sites("civilians", "Gaza")
    frozenset()
    """
    found: frozenset[str] = _NONE
    for text in texts:
        if text:
            sites = _text_sites(text)
            if sites:
                found = found | sites if found else sites
    return found


_NONE: frozenset[str] = frozenset()


@functools.lru_cache(maxsize=65536)
def _text_sites(text: str) -> frozenset[str]:
    """Return the kinds of site one text names, once per distinct text (subjects, places)."""
    words = re.findall(r"[a-z]+", normalize(_ELISION.sub(" ", text)))
    return frozenset(site for site in map(_WORD_SITE.get, words) if site is not None)
