"""A figure's qualifier written in the verb: "could be up to" 60 is *up to 60*.

Reports put a figure's bound in the verb phrase as often as beside the number: *the death
toll could be up to* 60, *les morts dépassent le nombre de* 300, *more than* 40 *were
killed*. The claim's value is then the bare number, and read alone it is a different
figure (exactly 60, not at most 60). This module reads the qualifier from the verb and
gives the figure it states, :func:`verb_figure`; relations compare that figure.

In a verb, *up to* (*as many as*, *jusqu'à*) is a ceiling of what is possible (*could be
up to*, *pourrait atteindre jusqu'à*): *at most*, not the large estimate *up to 60* is as
a value (``HIGH_ESTIMATE``, 54 to 60); 43 lies within *could be up to 60*.

Only unambiguous qualifiers are read, in English, French, Portuguese, Spanish and Dutch:
words that are also particles or prepositions of a verb (*took over*, *about*, *around*,
*some*, *até*, *hasta*: "until") are not, nor is a negated qualifier (*no more than*,
*pas plus de*), nor a verb with two qualifiers. A value that already carries its own
qualifier (*at least 35*) is kept as it is.

A qualifier written apart from the number, as a whole qualifier of the claim (*على الأقل*,
*au moins*, *около*, *mindestens*, a gloss in parentheses aside), is read the same way
(:func:`qualifier_figure`): it is the figure's qualifier, in any language
:meth:`Quantity.parse` reads. Only a qualifier that is nothing but the qualifier words is
read (no other word, no digit): *including at least 5 children* qualifies a part, not the
figure; and only when the claim's qualifiers state one.
"""

from __future__ import annotations

import functools
import re

from claimrec._text import normalize
from claimrec.errors import ClaimrecError
from claimrec.quantity import Quantity, QuantityKind

#: Qualifier words of a verb phrase (accents folded, as :func:`normalize` gives them),
#: each mapped to a phrase :meth:`Quantity.parse` reads.
_QUALIFIERS: dict[str, str] = {
    # English
    "up to": "at most", "as many as": "at most", "as high as": "at most",
    "at least": "at least", "at most": "at most", "more than": "more than",
    "less than": "fewer than", "fewer than": "fewer than", "nearly": "nearly",
    "almost": "nearly", "approximately": "about", "roughly": "about",
    "exceed": "more than", "exceeds": "more than", "exceeded": "more than",
    "exceeding": "more than", "surpass": "more than", "surpasses": "more than",
    "surpassed": "more than", "topped": "more than", "tops": "more than",
    # French
    "jusqu a": "at most", "au moins": "at least", "au plus": "at most", "plus de": "more than",
    "moins de": "fewer than", "pres de": "nearly", "presque": "nearly", "environ": "about",
    "depasse": "more than", "depassent": "more than", "depassait": "more than",
    "depassaient": "more than", "depasser": "more than", "depassant": "more than",
    "excede": "more than", "excedent": "more than",
    # Portuguese, Spanish, Dutch
    "pelo menos": "at least", "mais de": "more than", "menos de": "fewer than",
    "cerca de": "about", "quase": "nearly", "ultrapassa": "more than",
    "ultrapassam": "more than", "al menos": "at least", "casi": "nearly",
    "supera": "more than", "superan": "more than", "minstens": "at least",
    "meer dan": "more than", "bijna": "nearly", "ongeveer": "about",
}  # fmt: skip

_QUALIFIER = re.compile(
    r"\b(?P<neg>(?:no|not|pas|ne|n|nao|sin)\s+)?(?P<q>"
    + "|".join(sorted((re.escape(k) for k in _QUALIFIERS), key=len, reverse=True))
    + r")\b"
)


# Adverbs of time that hold a word of a bound (*up to now*, *jusqu'à présent*, *hasta
# ahora*, *até agora*: "so far"): a figure "so far" is a count to date, not a ceiling.
_SO_FAR = re.compile(
    r"\b(?:up to now|up till now|up until now|up to date|up to this point|until now|so far|"
    r"thus far|to date|as yet|jusqu ?a present|jusqu ?ici|jusqu ?a maintenant|jusqu ?a ce jour|"
    r"hasta ahora|hasta el momento|hasta la fecha|hasta hoy|ate agora|ate ao momento|"
    r"ate o momento|ate hoje|ate a data|tot nu toe|tot dusver|bis jetzt|bislang|bisher|"
    r"finora|fino ad ora|fino a oggi|dotychczas|do tej pory|do teraz|poka|dosi|do sykh por)\b"
)


def without_time(verb: str) -> str:
    """Return a normalised verb phrase without its adverbs of time that hold a bound's word.

    >>> from claimrec.resolution._figure import without_time
    >>> without_time("resultado hasta ahora"), without_time("killed up to now")
    ('resultado', 'killed')
    """
    return " ".join(_SO_FAR.sub(" ", normalize(verb)).split())


@functools.lru_cache(maxsize=65536)
def verb_qualifier(verb: str) -> str | None:
    """Return the qualifier phrase a verb phrase states for its figure, or None.

    >>> verb_qualifier("could be up to"), verb_qualifier("dépassent le nombre de")
    ('at most', 'more than')
    >>> verb_qualifier("took over"), verb_qualifier("no more than"), verb_qualifier("killed")
    (None, None, None)
    >>> verb_qualifier("killed up to now")  # of time: a count to date

    """
    found = list(_QUALIFIER.finditer(without_time(verb)))
    if len(found) != 1 or found[0].group("neg"):
        return None
    return _QUALIFIERS[found[0].group("q")]


@functools.lru_cache(maxsize=65536)
def _qualified(verb: str, value: Quantity) -> Quantity | None:
    phrase = verb_qualifier(verb)
    if phrase is None or value.kind is not QuantityKind.EXACT or value.low is None:
        return None
    try:
        return Quantity.parse(f"{phrase} {value.low:g}", integer=value.integer)
    except ClaimrecError:  # pragma: no cover - every phrase above parses
        return None


_GLOSS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
#: An ellipsis where the number stands, between a qualifier's two parts ("حوالي ... على الأقل").
_ELLIPSIS = re.compile(r"\s*(?:\.\.\.|\u2026)\s*")
_BOUNDS = frozenset({QuantityKind.LOWER_BOUND, QuantityKind.UPPER_BOUND})


def _bound_of(words: set[str]) -> set[str]:
    """Of two qualifiers, the bound when the other only approximates; else both."""
    kinds = {w: Quantity.parse(f"{w} 100").kind for w in words}
    bounds = {w for w, k in kinds.items() if k in _BOUNDS}
    others = [k for w, k in kinds.items() if w not in bounds]
    if len(bounds) == 1 and all(k is QuantityKind.APPROXIMATE for k in others):
        return bounds
    return words


@functools.lru_cache(maxsize=65536)
def _alone(qualifier: str) -> str | None:
    """Return the words of a qualifier that is only a figure's (glosses dropped), or None."""
    text = _GLOSS.sub(" ", qualifier).strip(" .,;:-\u2013\u2014'\"")
    if not text or any(ch.isdigit() for ch in text) or len(text.split()) > 4:
        return None
    try:
        probe = Quantity.parse(f"{text} 100")
    except ClaimrecError:
        return None
    bounds = [x for x in (probe.low, probe.high) if x is not None]
    if probe.kind is QuantityKind.EXACT or not all(50 <= x <= 200 for x in bounds):
        return None  # no qualifier, or words that change the number (not a qualifier)
    return text


def qualifier_figure(qualifiers: tuple[str, ...] | list[str], value: object) -> Quantity | None:
    """Return the figure a bare number states with the claim's one figure qualifier, or None.

    >>> str(qualifier_figure(["على الأقل (the headline)"], Quantity.parse("40")))
    'at least 40'
    >>> str(qualifier_figure(["около"], Quantity.parse("30")))
    'about 30'
    >>> qualifier_figure(["including at least 5 children"], Quantity.parse("40")) is None
    True
    >>> qualifier_figure(["at least", "nearly"], Quantity.parse("40")) is None
    True

    An approximation beside a bound (*about ... at least* 900, *rund ... mindestens*)
    states the bound: the figure is at least 900, give or take the rounding.

    >>> str(qualifier_figure(["حوالي ... على الأقل"], Quantity.parse("900")))
    'at least 900'
    >>> str(qualifier_figure(["about", "more than"], Quantity.parse("900")))
    'over 900'
    """
    if not isinstance(value, Quantity) or value.kind is not QuantityKind.EXACT:
        return None
    if value.low is None or not qualifiers:
        return None
    parts = [part for q in qualifiers for part in _ELLIPSIS.split(q)]
    found = {w for w in (_alone(q) for q in parts) if w is not None}
    if len(found) == 2:
        found = _bound_of(found)
    if len(found) != 1:
        return None
    try:
        return Quantity.parse(f"{found.pop()} {value.low:g}", integer=value.integer)
    except ClaimrecError:  # pragma: no cover - the words parsed with a number above
        return None


def verb_figure(verb: str, value: object) -> Quantity | None:
    """Return the figure a bare number states with its verb's qualifier, or None.

    >>> str(verb_figure("could be up to", Quantity.parse("60")))
    'at most 60'
    >>> str(verb_figure("dépassent le nombre de", Quantity.parse("300")))
    'over 300'
    >>> verb_figure("could be up to", Quantity.parse("at least 60")) is None
    True
    """
    if not isinstance(value, Quantity) or verb_qualifier(verb) is None:
        return None  # most verbs qualify nothing: no figure to hash (per distinct verb)
    return _qualified(verb, value)
