"""Place strings that only refer back to a place named before (*the same city*) (private).

A report that has named its town writes *la misma ciudad*, *le village*, *ebenda*, *там*,
*المدينة نفسها* for it afterwards: these words name no place of their own. Read as a
name, one article's *the same city* would be a place shared with every other article's,
or a gazetteer entry it only resembles. Words: ``data/place_anaphora.json``.
"""

from __future__ import annotations

import functools
import json
from importlib.resources import files

from claimrec._text import normalize
from claimrec.model import Claim

_GROUPS = ("same", "demonstrative", "there", "definite", "settlement", "area", "grammar")


@functools.cache
def _words() -> dict[str, frozenset[str]]:
    """Each group of ``place_anaphora.json`` as its words' normalised tokens."""
    text = (files("claimrec") / "data" / "place_anaphora.json").read_text(encoding="utf-8")
    data = json.loads(text)
    return {
        group: frozenset(t for w in data[group]["words"] for t in normalize(w).split())
        for group in _GROUPS
    }


@functools.lru_cache(maxsize=4096)
def refers_back(place: str) -> bool:
    """Whether a place string only refers back to a place named before (no name).

    Every word is one of ``place_anaphora.json``'s, and the string holds a word saying
    *same*, a demonstrative, an adverb of place, or a definite article beside a noun of a
    settlement (*the village*); a wider area alone (*dans la région*) is not read so.

    >>> refers_back("la misma ciudad"), refers_back("in the same city"), refers_back("ebenda")
    (True, True, True)
    >>> refers_back("la localité"), refers_back("в том же городе"), refers_back("المدينة نفسها")
    (True, True, True)
    >>> refers_back("the village of Moura"), refers_back("dans la région"), refers_back("a village")
    (False, False, False)
    """
    tokens = normalize(place).split()
    if not tokens:
        return False
    words = _words()
    known = frozenset().union(*words.values())
    if any(t not in known for t in tokens):
        return False
    found = set(tokens)
    if found & (words["same"] | words["demonstrative"] | words["there"]):
        return True
    return bool(found & words["definite"]) and bool(found & words["settlement"])


def own_place(claim: Claim) -> str | None:
    """Return a claim's place string; None when it has none or only refers back to one.

    *la misma ciudad*, *le village*, *ebenda* name no place of their own: the claim is
    read as naming none (resolution gives it its report's place; the events join it to
    its report's event), and two articles' *the same city* are no place they share.

    >>> from claimrec.model import Claim
    >>> def claim(place):
    ...     return Claim(source="S", subject="school", predicate="shelled", place=place)
    >>> own_place(claim("ebenda")) is None, own_place(claim("Kayes"))
    (True, 'Kayes')
    """
    place = claim.place
    return None if place is None or refers_back(place) else place
