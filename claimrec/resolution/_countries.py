"""The country of each claim's event (``ClaimResolution.country``), read once per key.

An analyst's feed mixes many countries: a toll in Cameroon and a toll in Myanmar are
never one item nor one event, whatever their words. The evidence, from the strongest
(the first that gives a country decides; one that names several countries makes the
country unknown, and no weaker evidence is read):

1. ``place``: the claim's resolved place (its country), else the parts of its place
   string (*village of Ntumbo, Northwest Region*: the region's). A place that spans
   several countries (an area, a list across a border) has none: an international
   aggregate has no one country. A place of the world's layers only (not the curated
   gazetteer) in a report whose places or title name another country is unknown: the
   evidence disagrees (*Palma*, Palma de Mallorca, in a report on Mozambique);
2. ``place words``: a country named in the words of a place the gazetteer does not read
   (*norte de Camerún*);
3. ``report``: the places the claim's report's claims (and context) resolve to, when all
   lie in one country (the curated gazetteer's, as blocking has always read them); the
   statements one article (one address) relays are one report's;
4. ``words``: a country the claim's subject or predicate names as where it happened
   (*civilians killed in Cameroon*, *la región india*; :func:`._demonyms.scene_country`),
   never as who did it (*a US airstrike*, *l'armée birmane*, *Pakistan denies*: a
   party's nationality names no scene);
5. ``title``: a country its report's title names so (*... dead in Cameroon massacre*), or
   opens with as its dateline (*Birmanie : une attaque aérienne ...*), or the words of its
   address's last part name so (*.../attaque-dans-le-nord-ouest-du-cameroun/*);
6. ``speaker``: the one country its speaker operates in (the vocabulary's
   ``Actor.countries``), as blocking read it before. A state's declared party is not
   read: a state speaks about other countries (Pakistan on Pahalgam, the US on Kunduz).

Each distinct key (place, place string, report, subject and predicate, title, speaker)
is read once. :meth:`._columns._Columns.country` is the one entry point: later stages and
other resolution rules (who *the army* is) read a claim's country there.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from claimrec.model import Report
from claimrec.resolution._demonyms import countries_named, country_named, scene_country
from claimrec.resolution._geography import LocalPlace, _world
from claimrec.resolution._records import Resolved
from claimrec.vocab import Actor, Place
from claimrec.vocab._states import state_rows

if TYPE_CHECKING:
    from claimrec.resolution._columns import _Columns

#: The rules of :attr:`ClaimResolution.country`, strongest first, with their scores.
RULES = {
    "place": 1.0,
    "place words": 0.8,
    "report": 0.7,
    "words": 0.6,
    "title": 0.5,
    "speaker": 0.4,
}

#: Evidence that names several countries: the country is unknown (no weaker rule is read).
_SEVERAL = ""


def _one(found: set[str]) -> str | None:
    """Return the one country of ``found``; ``_SEVERAL`` for several; None for none."""
    if not found:
        return None
    return next(iter(found)) if len(found) == 1 else _SEVERAL


def title_country(via: Report) -> str | None:
    """Return the country a report's title (or address) names as a scene; ``_SEVERAL``; None.

    >>> title_country(Report(outlet="Wire", title="Éthiopie : des civils tués au Tigré"))
    'ET'
    """
    head = (via.title or "", _slug(via.url))
    found = {_dateline(head[0]) or scene_country(head[0]), scene_country(head[1])}
    return _one(found - {None})  # type: ignore[arg-type]


def _country_of(place: Place) -> str | None:
    """Return a place's country, ``_SEVERAL`` (an area across borders), or None.

    None for a place identified within the input that lies in no known place: it says
    nothing of countries.
    """
    if place.country:
        return place.country
    return None if isinstance(place, LocalPlace) else _SEVERAL


def _place_country(hit: Resolved | None, parts: tuple[Resolved, ...]) -> str | None:
    """Return the country of a claim's place (else of its parts), ``_SEVERAL``, or None."""
    if hit is not None and isinstance(hit.record, Place):
        return _country_of(hit.record)
    found = (_country_of(p.record) for p in parts if isinstance(p.record, Place))
    return _one({c for c in found if c is not None})


def claim_countries(cols: _Columns) -> list[Resolved | None]:
    """Return each claim's country (see the module), read once per distinct key.

    Called once, after the places are read (:meth:`._columns._Columns.country`).
    """
    from claimrec.resolution._columns import _free_places  # noqa: PLC0415 - a cycle

    claims = cols.claims
    vocab = cols.resolver.vocab

    def name_of(code: str) -> str:
        if code in vocab.places:
            return vocab.places.get(code).name
        return _names().get(code, code)

    # the reports' places: each claim's (its parts), and the context's, the curated ones
    by_report: dict[str, set[str]] = {}

    def add(report: str, hit: Resolved | None, parts: tuple[Resolved, ...]) -> None:
        for one in (hit,) if hit is not None else parts:
            record = one.record
            if isinstance(record, Place) and not _world(record):
                country = _country_of(record)
                if country is not None:
                    by_report.setdefault(report, set()).add(country)

    own: list[str | None] = []
    for i, claim in enumerate(claims):
        hit, parts = cols.place(i), cols.places(i)
        own.append(_place_country(hit, parts))
        if claim.via is not None:
            add(_article(claim.via), hit, parts)
    for claim in cols.context:
        if claim.place is not None and claim.via is not None:
            parts, hit = _free_places(cols.resolver, claim.place)
            add(_article(claim.via), hit, parts)
    report_country = {k: _one(v) for k, v in by_report.items()}

    place_words: dict[str, str | None] = {}
    words: dict[tuple[int, int], str | None] = {}
    titles: dict[str, str | None] = {}
    speakers: dict[str, str | None] = {}

    def headline(via: Report) -> tuple[str | None, str]:
        """Return the country a report's title (or address) names as a scene, and its words."""
        head = (via.title or "", _slug(via.url))
        key = "\n".join(head)
        if key not in titles:
            titles[key] = title_country(via)
        return titles[key], " | ".join(h for h in head if h)

    def text_of(i: int) -> tuple[str | None, str, str]:
        """(country or ``_SEVERAL`` or None, rule, the words read) for claim ``i``."""
        claim = claims[i]
        via = claim.via
        if own[i] is not None:
            hit = cols.place(i)
            text = hit.text if hit is not None else claim.place or ""
            if own[i] and via is not None and _abroad(cols, i):
                # a place of the world's layers, in a report that places it elsewhere
                # (*Palma* read as Palma de Mallorca in a report on Mozambique): unknown
                other = report_country.get(_article(via)) or headline(via)[0]
                if other and other != own[i]:
                    return _SEVERAL, "place", text
            return own[i], "place", text
        if claim.place is not None:
            key = claim.place
            if key not in place_words:
                place_words[key] = scene_country(key, anywhere=True)
            if place_words[key] is not None:
                return place_words[key], "place words", key
        if via is not None and report_country.get(_article(via)) is not None:
            # shown as the report (its places are its other claims'): its title, else outlet
            return report_country[_article(via)], "report", via.title or via.outlet
        pair = (int(cols.subj_codes[i]), int(cols.pred_codes[i]))
        if pair not in words:
            found = {scene_country(claim.subject), scene_country(claim.predicate)}
            words[pair] = _one(found - {None})  # type: ignore[arg-type]
        if words[pair] is not None:
            return words[pair], "words", f"{claim.subject} | {claim.predicate}"
        if via is not None and (via.title or via.url):
            country, said = headline(via)
            if country is not None:
                return country, "title", said
        return _speaker_country(cols, i, speakers), "speaker", claim.source.name

    out: list[Resolved | None] = []
    made: dict[tuple[str, str, str], Resolved] = {}  # one record per distinct reading
    for i in range(cols.n):
        key = text_of(i)
        code, rule, text = key
        if not code:  # none, or several: unknown
            out.append(None)
            continue
        found = made.get(key)  # type: ignore[arg-type]
        if found is None:
            found = made[key] = Resolved(  # type: ignore[index]
                id=code, name=name_of(code), text=text, score=RULES[rule], rule=rule
            )
        out.append(found)
    return out


def _slug(url: str | None) -> str:
    """Return the words of an address's last part (*.../attack-in-chad.html*), or ""."""
    if not url:
        return ""
    path = url.split("?", 1)[0].split("#", 1)[0].rstrip("/")
    last = path.rsplit("/", 1)[-1] if "/" in path else ""
    last = re.sub(r"\.[a-z]{2,5}$", "", last)
    return " ".join(re.split(r"[-_+]+", last)) if re.search(r"[^\W\d]{3}", last) else ""


_DATELINE = re.compile(r"^\s*([^:|]{2,40}?)\s*[:|]")


def _dateline(title: str) -> str | None:
    """Return the country a title opens with as its dateline (*Birmanie : ...*, *Syria: ...*).

    Not when the rest of the title names another country: the opening country is then a
    state speaking of it (*France : Israël pas responsable de ...*).
    """
    found = _DATELINE.match(title)
    if found is None:
        return None
    country = country_named(found.group(1))
    if country is None or countries_named(title[found.end() :]) - {country}:
        return None
    return country


@functools.cache
def _names() -> dict[str, str]:
    """ISO code -> the country's English name (``states.csv``)."""
    return {row.country: row.name for row in state_rows()}


def _article(via: Report) -> str:
    """Return the article a report is: its address (the statements it relays), else itself."""
    return "url:" + via.url if via.url is not None else "id:" + via.id


def _abroad(cols: _Columns, i: int) -> bool:
    """Whether claim ``i``'s place (or every part of it) is of the world's layers."""
    hit = cols.place(i)
    found = (hit,) if hit is not None else cols.places(i)
    return bool(found) and all(isinstance(p.record, Place) and _world(p.record) for p in found)


def _speaker_country(cols: _Columns, i: int, seen: dict[str, str | None]) -> str | None:
    """Return the one country claim ``i``'s speaker operates in (``Actor.countries``)."""
    speaker = cols.speaker_at(i)
    if speaker is None or not isinstance(speaker.record, Actor):
        return None
    if speaker.id not in seen:
        countries = speaker.record.countries
        seen[speaker.id] = countries[0] if len(countries) == 1 else None
    return seen[speaker.id]


__all__ = ["RULES", "claim_countries"]
