"""Whether two figures count one set: a dispute needs evidence that they do.

Two tolls contradict only when they count the same set of victims. Where the claims' own
resolutions say the sets differ in scope (a site inside a town, a town inside a region,
one place of a list; a total against a part of it) the figures are no rival counts of one
set: the pair is at most compatible, whatever the numbers.

Everything read here comes from the claims' resolutions (:class:`ClaimResolution`) and
the pair's field findings, never from raw text.
"""

from __future__ import annotations

from collections.abc import Iterable

from claimrec.relation._fields import _AMONG, _and_cores, _Finding, _is_site, _Outcome, _reason
from claimrec.relation._kinds import Reason, ReasonKind
from claimrec.resolution import ClaimResolution
from claimrec.vocab import PlaceKind

_NESTED = (_Outcome.A_NARROWER, _Outcome.B_NARROWER)
#: Words of every reason this module gives: the figures count different sets, so the pair
#: is no dispute however far apart they are (:func:`counts_apart`).
_SCOPE = "different scope"


def different_scope(
    value: _Finding,
    place: _Finding,
    ra: ClaimResolution,
    rb: ClaimResolution,
    *,
    places_given: bool,
    listed: bool = True,
) -> _Finding:
    """``value`` softened to an overlap when the two figures count sets of different scope.

    - place: both claims give a place and one lies inside the other (a site in a town, a
      town in a region, one place of a list): the narrower counts a part, whichever
      figure is higher (a count of a part above the whole's is no evidence of one set,
      the whole's speaker may count a narrower set under the wider name). A place among
      those a list names counts only when the list joins its places by "and" (``listed``):
      "X, district, province" names one place and its setting, not three places;
    - site: one claim counts at a site (a hospital, a station: the ``in`` rule of its
      place) and the other names no place: the site's count is a part of a toll.
    """
    if value[0] is not _Outcome.CONFLICT:
        return value
    if not places_given and (_is_site(ra.place) or _is_site(rb.place)):
        detail = (
            f"a count at one site against a count that names no place ({_SCOPE}): a part of a toll"
        )
        return (_Outcome.OVERLAP, (*value[1], _reason(ReasonKind.SPATIAL, detail)))
    if place[0] in _NESTED and (_country(ra) or _country(rb)):
        # a country's toll against one inside it, its place stated or read from its
        # report ("nearly 4,000 killed in Burkina Faso", "200 killed" in a report on a
        # town): a country names a war's toll far more often than one attack's
        detail = "a country's toll against a toll inside it: figures of different scope"
        return (_Outcome.OVERLAP, (*value[1], _reason(ReasonKind.SPATIAL, detail)))
    among = any(_AMONG in r.detail for r in place[1])
    if places_given and place[0] in _NESTED and (listed or not among):
        detail = "the figures count places of different scope (one inside the other)"
        return (_Outcome.OVERLAP, (*value[1], _reason(ReasonKind.SPATIAL, detail)))
    return value


def _country(rec: ClaimResolution) -> bool:
    """Whether the claim's place, as the claim states it, is a whole country."""
    hit = rec.place
    record = hit.record if hit is not None else None
    stated = hit is not None and hit.rule != "report"
    return stated and getattr(record, "kind", None) is PlaceKind.COUNTRY


def _and_listed(x: str, y: str) -> bool:
    """Whether two place texts differ as lists joined by "and" ("X and Y" against "X")."""
    return _and_cores(x) != _and_cores(y)


def counts_apart(reasons: Iterable[Reason]) -> bool:
    """Whether a pair's reasons say its figures count sets of different scope."""
    return any(_SCOPE in r.detail for r in reasons)
