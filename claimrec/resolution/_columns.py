"""The claims' resolutions as columns, each distinct string resolved once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import attrs
import numpy as np
import numpy.typing as npt

from claimrec._text import normalize
from claimrec.errors import InvalidClaimError
from claimrec.model import Claim, Report, Source
from claimrec.quantity import Quantity
from claimrec.resolution._actors import claim_actors, linked_speakers, list_parts, party_key
from claimrec.resolution._anaphora import own_place as _own_place
from claimrec.resolution._bounds import happened_by, stated_by
from claimrec.resolution._cause import arsenals, causes, text_actors, weapons
from claimrec.resolution._countries import _slug, claim_countries, title_country
from claimrec.resolution._demonyms import countries_named
from claimrec.resolution._geography import _world, is_local
from claimrec.resolution._harm import victims_denied
from claimrec.resolution._interception import interceptions
from claimrec.resolution._local import LOCAL, local_speakers
from claimrec.resolution._localplaces import column_places, container_read
from claimrec.resolution._named import named_places
from claimrec.resolution._organs import ORGAN, organ_actor, organ_words
from claimrec.resolution._records import Resolved
from claimrec.resolution._resolver import _actor_hit, _hit, _place_hit, _Resolver
from claimrec.resolution._sites import _in_town, _input_keys
from claimrec.resolution._status import (
    ARMED_SPEAKERS,
    copula,
    dead_were,
    harm_denied,
    targets_were,
)
from claimrec.resolution._subject_acts import (
    _acts_of_subjects,
    _from_subject,
    _present,
    _qualified_victims,
)
from claimrec.resolution._tolls import toll_breakdown, toll_frames, toll_parts, toll_subsets
from claimrec.resolution._voices import person, statement_medium
from claimrec.resolution._words import (
    _place_core,
)
from claimrec.timespan import TimeSpan
from claimrec.vocab import (
    Actor,
    Place,
    PlaceKind,
    Vocabulary,
)

I32 = npt.NDArray[np.int32]


def _world_conflicts(cols: _Columns) -> dict[int, Resolved | None]:
    """Claims whose world-layer city or town lies in a country its context rules out.

    *Palma* is Palma de Mallorca in the world layer; in Mozambican reports it is not. One
    reading per place: each world place read by the claims is kept or ruled out for every
    claim that reads it (*Palma*, *près de Palma*, *zone de Palma*), by votes, the
    stronger evidence first:

    1. the reports' **other places**: a report votes for the place when another place it
       names (of the gazetteer, the world layer or its towns) lies in the place's
       country, and against it when it names places of the curated gazetteer and none of
       its places lies there. A world city or town elsewhere is no evidence against (a
       report on Gaza names Doha, where talks are held; and it may itself be misread);
    2. only where no report votes, each **speaker** naming it, by the countries it operates
       in (a foreign ministry speaks of towns abroad: its country is the weaker evidence).

    The place is ruled out when the votes against outnumber those for; a ruled-out name
    stays unresolved (compared by its words).
    """
    readers: dict[str, list[int]] = {}
    for i in range(cols.n):
        hit = cols.place(i)
        if hit is not None and isinstance(hit.record, Place) and _world(hit.record):
            readers.setdefault(hit.record.id, []).append(i)
    if not readers:
        return {}
    by_report = _report_places_read(cols)
    out: dict[int, Resolved | None] = {}
    for place_id, claims in readers.items():
        if _outvoted(cols, place_id, claims, by_report):
            out.update(dict.fromkeys(claims))
    return out


def _outvoted(
    cols: _Columns,
    place_id: str,
    claims: Sequence[int],
    by_report: dict[str, set[tuple[str, str, bool]]],
) -> bool:
    """Whether the claims reading a world place vote it out (see :func:`_world_conflicts`)."""
    hit = cols.place(claims[0])
    country = hit.record.country if hit is not None and isinstance(hit.record, Place) else None
    reports: dict[str, bool] = {}
    speakers: dict[str, bool] = {}
    for i in claims:
        claim = cols.claims[i]
        if claim.via is not None:
            others = [(c, curated) for pid, c, curated in by_report.get(claim.via.id, ())
                      if pid != place_id]  # fmt: skip
            if any(c == country for c, _ in others):
                reports[claim.via.id] = True
            elif any(curated for _, curated in others):
                reports.setdefault(claim.via.id, False)
        speaker = cols.speaker_at(i)
        if speaker is not None and isinstance(speaker.record, Actor) and speaker.record.countries:
            speakers[speaker.id] = country in speaker.record.countries
    votes = reports or speakers
    against = sum(not v for v in votes.values())
    return against > len(votes) - against


def _titled(
    resolver: _Resolver, name: str, via: Report, ambiguous: Sequence[bool], code: Any
) -> Place | None:
    """Read an ambiguous name by the one country its report's title names as the scene.

    *Tigré* (a town of Argentina; Tigray) alone in a report titled *Éthiopie : ...* is
    Tigray: the name names one town or division there (rule ``context``).
    """
    country = title_country(via) if ambiguous[int(code)] else None
    if not country:  # none, or several (``_SEVERAL``)
        return None
    return resolver.world_in(name, {country}) or resolver.division_in(name, {country})


def _report_places_read(cols: _Columns) -> dict[str, set[tuple[str, str, bool]]]:
    """Per report: (place id, country, curated?) of every place its claims and context read."""
    out: dict[str, set[tuple[str, str, bool]]] = {}

    def add(claim: Claim, record: object) -> None:
        if (
            claim.via is not None
            and isinstance(record, Place)
            and record.country is not None
            and not is_local(record)
        ):
            out.setdefault(claim.via.id, set()).add((record.id, record.country, not _world(record)))

    for i, claim in enumerate(cols.claims):
        for part in cols.places(i) or ((hit,) if (hit := cols.place(i)) is not None else ()):
            add(claim, part.record)
    for claim in cols.context:
        if (own := _own_place(claim)) is not None:
            for part in _free_places(cols.resolver, own)[0]:
                add(claim, part.record)
    return out


def _free_places(resolver: _Resolver, name: str) -> tuple[tuple[Resolved, ...], Resolved | None]:
    """Return a place name's context-free reading as the claims' own: (parts, the one place).

    A context claim's place is read by the rules a claim's is before its report's other
    places are consulted: the gazetteer and world layers, else a compound or list
    (*near Kayes*, *Ansongo, Bourem and Gao*). ``resolve(a, context=claims)`` thus sees the
    report's places that ``resolve(claims)`` sees.
    """
    place, ambiguous = resolver.place(name)
    if place is not None:
        hit = _place_hit(place, name, 1.0, "exact")
        return (hit,), hit
    if ambiguous:
        return (), None
    return resolver.compound(name)


_ORGAN_SCORE = 0.75  # a state read from its organ's words and where the act was


def _report_countries(cols: _Columns) -> dict[str, set[str]]:
    """Return the countries of the known places each report names (claims and context)."""
    by_report: dict[str, set[str]] = {}

    def add(claim: Claim, hit: Resolved | None) -> None:
        if (
            claim.via is not None
            and hit is not None
            and isinstance(hit.record, Place)
            and not _world(hit.record)
            and hit.record.country is not None
        ):
            by_report.setdefault(claim.via.id, set()).add(hit.record.country)

    for i, claim in enumerate(cols.claims):
        add(claim, cols.place(i))
    for claim in cols.context:
        if (own := _own_place(claim)) is not None:
            add(claim, _free_places(cols.resolver, own)[1])
    return by_report


def _report_country(cols: _Columns) -> dict[int, str]:
    """Per claim whose place is unknown: the one country its report's places lie in.

    An unknown place ("hôpital Al-Ahli al-Arabi") in a report whose other places are all
    in one country is in that country: blocking then never pairs it with claims placed
    elsewhere. Without such places, the speaker's one country of operation, if any.
    """
    by_report = _report_countries(cols)
    out: dict[int, str] = {}
    for i, claim in enumerate(cols.claims):
        hit = cols.place(i)
        if hit is not None and is_local(hit.record) and hit.record.country is not None:
            out[i] = hit.record.country  # the country of the known place it lies in
            continue
        if hit is not None and not is_local(hit.record):
            continue
        found = by_report.get(claim.via.id, set()) if claim.via is not None else set()
        if not found:
            speaker = cols.speaker_at(i)
            if speaker is not None and isinstance(speaker.record, Actor):
                found = set(speaker.record.countries)
        if len(found) == 1:
            out[i] = next(iter(found))
    return out


# --------------------------------------------------------------------------- columns


def _codes(values: Sequence[str | None]) -> tuple[I32, list[str]]:
    """Integer codes of the distinct values (``-1`` for None) and the distinct values."""
    distinct = [v for v in dict.fromkeys(values) if v is not None]
    index: dict[str | None, int] = {v: k for k, v in enumerate(distinct)}
    index[None] = -1
    codes = np.fromiter(map(index.__getitem__, values), dtype=np.int32, count=len(values))
    return codes, distinct


def _report_places(claims: Iterable[Claim], reports: set[str]) -> dict[str | None, tuple[str, ...]]:
    """Place names named by the claims of each of ``reports`` (the context of each name)."""
    found: dict[str | None, set[str]] = {}
    for claim in claims:
        via = claim.via
        if via is not None and (own := _own_place(claim)) is not None and via.id in reports:
            found.setdefault(via.id, set()).add(own)
    return {k: tuple(sorted(v)) for k, v in found.items()}


def _report_place(
    claims: Sequence[Claim], context: Sequence[Claim], words: Vocabulary | None = None
) -> dict[int, str]:
    """Per claim with no place: the place its report's other claims name, if one.

    The report's places are compared by their core name (*village de Moura* is *Moura*);
    a report naming several places gives none.
    """
    missing = [i for i, c in enumerate(claims) if _own_place(c) is None and c.via is not None]
    if not missing:
        return {}
    wanted = {str(getattr(claims[i].via, "id", "")) for i in missing}
    named: dict[str, dict[str, set[str]]] = {}
    for claim in (*claims, *context):
        via = claim.via
        if via is not None and via.id in wanted and (own := _own_place(claim)) is not None:
            named.setdefault(via.id, {}).setdefault(_place_core(own), set()).add(own)
    out: dict[int, str] = {}
    for i in missing:
        via = claims[i].via
        cores = named.get(via.id, {}) if via is not None else {}
        if len(cores) == 1:
            out[i] = _representative(next(iter(cores.values())), words)
    left = [i for i in missing if i not in out]
    if left:
        out.update(_mentioned_place(claims, context, left, words))
    return out


def _article_key(claim: Claim) -> str | None:
    via = claim.via
    return None if via is None or via.url is None else via.url


def _article_place(
    claims: Sequence[Claim],
    context: Sequence[Claim],
    missing: Sequence[int],
    places_of: Callable[[Sequence[str]], Mapping[str, Resolved | None]],
) -> dict[int, Resolved]:
    """Per claim of ``missing``: the one place its article's claims name (rule ``article``).

    One article (one address) relays several statements, a report each: "the blast was
    caused by a failed rocket" relayed from the army, beside the toll "at the hospital in
    Gaza" relayed from the ministry. The places its claims state are read (``places_of``,
    each distinct name once, in one call); an article whose places read as several gives
    none, whatever their words (*Baptist Arab National Hospital in Gaza*, *Ahil Arab
    hospital in central Gaza*: one place).
    """
    wanted = {k for i in missing if (k := _article_key(claims[i])) is not None}
    if not wanted:
        return {}
    names: dict[str, set[str]] = {}
    for claim in (*claims, *context):
        key = _article_key(claim)
        if key is not None and key in wanted and (own := _own_place(claim)) is not None:
            names.setdefault(key, set()).add(own)
    read = places_of(sorted({n for ns in names.values() for n in ns}))
    out: dict[int, Resolved] = {}
    for i in missing:
        key = _article_key(claims[i])
        found = {
            hit.id: hit for n in names.get(key or "", ()) if (hit := read.get(n)) is not None
        }
        if len(found) == 1:
            hit = next(iter(found.values()))
            out[i] = attrs.evolve(hit, rule="article", score=min(hit.score, 0.6))
    return out


def _representative(names: Iterable[str], words: Vocabulary | None) -> str:
    """One of several strings naming one place, whatever their order: the finest, then first."""

    def depth(name: str) -> int:
        found = [] if words is None else words.places.resolve(name)  # exact names: cheap
        return 0 if not found else len(words.places.path(found[0]))  # type: ignore[union-attr]

    return min(names, key=lambda n: (-depth(n), n))


_MIN_CORE = 4  # shorter place names are too often ordinary words


def _mentioned_place(
    claims: Sequence[Claim],
    context: Sequence[Claim],
    missing: Sequence[int],
    words: Vocabulary | None = None,
) -> dict[int, str]:
    """Per claim: the one place of the analysis its own words or its report's title name.

    "massacre de Solhan" (subject), a report titled "Attaque de Solhan : ...": the place
    is Solhan when other claims name it as a place. Places are known by their core names.
    """
    strings: dict[tuple[str, ...], set[str]] = {}
    names = {own for c in (*claims, *context) if (own := _own_place(c)) is not None}
    for name in names:
        core = _place_core(name)
        if len(core) >= _MIN_CORE and not core.isdigit():
            strings.setdefault(tuple(core.split()), set()).add(name)
    if words is not None:
        for key in list(strings):
            core = " ".join(key)
            if words.subjects.resolve(core) is not None or words.predicates.resolve(core):
                del strings[key]  # "hospital", "town": a thing, not a place name
    if not strings:
        return {}
    index = {k: _representative(v, words) for k, v in strings.items()}
    longest = max(len(k) for k in index)
    out: dict[int, str] = {}
    for i in missing:
        claim = claims[i]
        texts = [claim.subject, claim.quote or ""]
        texts.extend(
            f"{r.title or ''} {_slug(r.url)}" for r in claim.via.chain()
        ) if claim.via is not None else None
        found: set[str] = set()
        for text in texts:
            tokens = normalize(text).split()
            for size in range(min(longest, len(tokens)), 0, -1):
                for start in range(len(tokens) - size + 1):
                    hit = index.get(tuple(tokens[start : start + size]))
                    if hit is not None:
                        found.add(_place_core(hit))
        if len(found) > 1 and words is not None:
            # "Burkina Faso : ... le massacre de Solhan": the finer place wins
            coarse = set()
            for core in found:
                places = words.places.resolve(core)
                if places and places[0].kind in _COARSE:
                    coarse.add(core)
            if len(found - coarse) == 1:
                found -= coarse
        if len(found) == 1:
            core = found.pop()
            out[i] = next(v for k, v in index.items() if " ".join(k) == core)
    return out


_COARSE = frozenset({PlaceKind.COUNTRY, PlaceKind.REGION, PlaceKind.AREA})


class _Columns:
    """The claims' resolutions as columns: each distinct string once, codes per claim."""

    __slots__ = (
        "_actor_parts",
        "_countries",
        "_happened_by",
        "_local",
        "_medium",
        "_organs",
        "_origin",
        "_party_keys",
        "_person",
        "_scoped_actors",
        "_speaker",
        "_stated",
        "_stated_by",
        "actor_codes",
        "actor_found",
        "actor_override",
        "actor_raw",
        "article_filled",
        "claims",
        "context",
        "ids",
        "n",
        "named_filled",
        "place_amb",
        "place_beside",
        "place_codes",
        "place_country",
        "place_filled",
        "place_found",
        "place_keys",
        "place_local",
        "place_outer",
        "place_override",
        "place_parts",
        "place_raw",
        "place_site",
        "pred_codes",
        "pred_found",
        "pred_override",
        "pred_raw",
        "resolver",
        "subj_codes",
        "subj_found",
        "subj_override",
        "subj_raw",
    )

    def __init__(
        self, claims: Sequence[Claim], resolver: _Resolver, context: Sequence[Claim] = ()
    ) -> None:
        self.n = len(claims)
        self.claims = claims
        own = {c.id for c in claims}
        self.context = [c for c in context if c.id not in own]
        self.ids = [c.id for c in claims]
        self.resolver = resolver

        self.pred_codes, self.pred_raw = _codes([c.predicate for c in claims])
        self.pred_found = [resolver.predicate(t) for t in self.pred_raw]
        self.subj_codes, self.subj_raw = _codes([c.subject for c in claims])
        self.subj_found = [resolver.subject(t) for t in self.subj_raw]
        self.pred_override, self.subj_override = _from_subject(self, resolver)
        self.subj_override.update(_qualified_victims(self, resolver))
        self.pred_override.update(_acts_of_subjects(self, resolver))
        self.pred_override.update(_present(self, resolver))
        # "the dead were militia": unread predicates that begin with a copula, each once
        copular = np.array(
            [f is None and copula(t) for t, f in zip(self.pred_raw, self.pred_found, strict=True)]
            + [False]
        )
        unread = np.flatnonzero(copular[self.pred_codes]).tolist()
        status_preds, status_subjects = dead_were(
            ((i, claims[i]) for i in unread if i not in self.pred_override), resolver
        )
        self.pred_override.update(status_preds)
        self.subj_override.update(status_subjects)
        # "the strike targeted only militants", "il n'y a pas eu de dommage collatéral"
        armed = [
            i for i, c in enumerate(claims)
            if i not in self.pred_override and c.source.kind in ARMED_SPEAKERS
        ]  # fmt: skip
        acts = [self.pred_found[int(self.pred_codes[i])] for i in armed]
        targets = targets_were(
            ((i, claims[i], hit) for i, hit in zip(armed, acts, strict=True)), resolver
        )
        denials = harm_denied(
            ((i, claims[i]) for i, hit in zip(armed, acts, strict=True) if hit is None),
            resolver,
        )
        for preds, subjects in (targets, denials):
            self.pred_override.update(preds)
            self.subj_override.update(subjects)
        # "the strike was the result of air defences": an interception account, no blame
        preds, subjects = interceptions(claims, self._read_so_far, resolver)
        self.pred_override.update(preds)
        self.subj_override.update(subjects)

        # places: the context-free reading of each distinct name, then the report's
        # other places for the names that stay unresolved or ambiguous; a claim that
        # names no place takes the one place its report's other claims name
        self.place_filled = _report_place(claims, context, resolver.vocab)
        self.place_codes, self.place_raw = _codes(
            [
                name if (name := _own_place(c)) is not None else self.place_filled.get(i)
                for i, c in enumerate(claims)
            ]
        )
        first = resolver.resolve_places(self.place_raw)
        found: list[Resolved | None] = []
        parts: list[tuple[Resolved, ...]] = []
        amb: list[bool] = []
        for name, (place, ambiguous) in zip(self.place_raw, first, strict=True):
            if place is not None:
                hit = _place_hit(place, name, *resolver.place_rule(name, place))
                found.append(hit)
                parts.append((hit,))
            elif ambiguous:
                found.append(None)
                parts.append(())
            else:
                listed, cover = resolver.compound(name)
                found.append(cover)
                parts.append(listed)
            amb.append(ambiguous)
        self.place_found = found
        self.place_parts = parts
        # the words each name is compared by, with the places the input's compounds put it in
        self.place_keys, self.place_outer, self.place_beside = _input_keys(self.place_raw)
        self.place_site = [_in_town(name) for name in self.place_raw]
        self.place_amb = amb
        self.place_override: dict[int, Resolved | None] = {}
        unresolved = {i for i, p in enumerate(found) if p is None}
        if unresolved:
            needing = np.flatnonzero(np.isin(self.place_codes, list(unresolved)))
            reports = {claims[i].via.id for i in needing.tolist() if claims[i].via is not None}
            if reports:
                contexts = _report_places([*claims, *context], reports)
                for i in needing.tolist():
                    claim = claims[i]
                    if _own_place(claim) is None:
                        continue  # a name its report gave: read as the report's
                    ctx = contexts.get(claim.via.id if claim.via is not None else None, ())
                    place = resolver.place_in(str(claim.place), ctx) if len(ctx) > 1 else None
                    if place is None and claim.place is not None and claim.via is not None:
                        place = _titled(resolver, claim.place, claim.via, amb, self.place_codes[i])
                    if place is not None:
                        sounds = resolver.place_rule(str(claim.place), place)[1] == "romanised"
                        rule = "romanised" if sounds else "context"
                        hit = _place_hit(place, str(claim.place), 0.8, rule)
                        self.place_override[i] = hit

        # places no gazetteer knows, identified within the input (rule ``local``): names
        # still unread (here and by their report's places), and compounds whose first
        # part is such a name (the known parts read as its container, not as the place)
        self.place_local = column_places(resolver, [*claims, *self.context])
        for code, name in enumerate(self.place_raw):
            local = self.place_local.get(name)
            current = found[code]
            if local is not None and (current is None or container_read(name, current)):
                # every part read: the local place first, then the known parts (those of
                # a reading of a container are of another place: left out)
                parts[code] = (local,) if current is not None else (local, *parts[code])
                found[code] = local
                amb[code] = False
        # a place no gazetteer knows is read from the claim's own words only, never from
        # its report (rule ``report``): a report's general statement (a leader's denial
        # that any civilian was killed) would be placed at the village its claims name
        for i in self.place_filled:
            filled = found[int(self.place_codes[i])]
            if filled is not None and is_local(filled.record) and i not in self.place_override:
                self.place_override[i] = None

        # the one place a claim's article names, for a claim that (with its report) names
        # none: evidence of one event for who did it only, never the claim's place
        unplaced = [
            i for i, c in enumerate(claims) if _own_place(c) is None and self.place(i) is None
        ]
        self.article_filled = _article_place(claims, context, unplaced, self._places_named)
        # the one place its subject or predicate names ("deaths in X"): evidence likewise
        self.named_filled = named_places(claims, unplaced, resolver)

        # perpetrators: exact, else fuzzy; names of several actors by date and country
        self.actor_codes, self.actor_raw = _codes([c.actor for c in claims])
        self.actor_found: list[Resolved | None] = []
        scoped: list[int] = []
        for k, name in enumerate(self.actor_raw):
            cands = resolver.actor_candidates(name)
            if len(cands) == 1:
                self.actor_found.append(_actor_hit(cands[0], name, 1.0, "exact"))
            elif not cands:
                actor = resolver.actor_by_looks(name)
                fuzzy = None if actor is None else _actor_hit(actor, name, 0.85, "fuzzy")
                self.actor_found.append(fuzzy)
            else:
                self.actor_found.append(None)
                scoped.append(k)
        self._scoped_actors: list[int] = scoped

        self._speaker: list[Resolved | None] | None = None
        self._local: dict[Source, Resolved] | None = None
        self._party_keys: dict[Source, Resolved | None] = {}
        self._organs: dict[int, Resolved | None] = {}
        self._actor_parts: dict[
            tuple[int, Any, str | None, str | None], tuple[Resolved, ...]
        ] = {}
        self._person: list[str | None] | None = None
        self._medium: list[str | None] | None = None
        self._stated: list[Resolved | None] | None = None
        self._origin: list[Resolved | None] | None = None
        self._stated_by: list[Resolved | None] | None = None
        self._happened_by: list[Resolved | None] | None = None
        self._countries: list[Resolved | None] | None = None
        self.place_override.update(_world_conflicts(self))
        self.place_country = _report_country(self)
        # who did it, read from adjectives; acts whose perpetrator is named are causes
        self.actor_override = text_actors(self)
        self.pred_override.update(causes(self, self.actor_override))
        self.pred_override.update(weapons(self))
        self.pred_override.update(arsenals(self))
        # "the clashes claimed" 131 "lives", "le bilan est passé à" 272: a toll's frame
        pred_of, subj_of = self.pred_override.get, self.subj_override.get
        framed = (
            (i, c, pred_of(i, self.pred_found[int(self.pred_codes[i])]),
             subj_of(i, self.subj_found[int(self.subj_codes[i])]))
            for i, c in enumerate(claims)
            if isinstance(c.value, Quantity)
        )  # fmt: skip
        self.pred_override.update(toll_frames(framed, resolver))
        # "children" "including" 11 after "58 killed": a part of the toll just given
        self.pred_override.update(
            toll_parts(claims, lambda i: pred_of(i, self.pred_found[int(self.pred_codes[i])]),
                       resolver)
        )  # fmt: skip
        # "16 killed directly by the strike", "85 already buried": a part of the toll
        self.pred_override.update(
            toll_subsets(claims, lambda i: pred_of(i, self.pred_found[int(self.pred_codes[i])]))
        )
        # "83" "men" beside "28" "women" of one speaker in one report: the men of a breakdown
        self.subj_override.update(
            toll_breakdown(claims, lambda i: subj_of(i, self.subj_found[int(self.subj_codes[i])]),
                           resolver)
        )  # fmt: skip
        # a denial that "doctors or patients" were hurt: all of them, civilians
        self.subj_override.update(
            victims_denied(claims, lambda i: subj_of(i, self.subj_found[int(self.subj_codes[i])]),
                           resolver.subject, resolver.vocab.subjects.lineage)
        )  # fmt: skip

    def _read_so_far(self, i: int) -> tuple[Resolved | None, Resolved | None]:
        """Return claim ``i``'s predicate and subject as read so far (overrides first)."""
        pred = self.pred_override.get(i, self.pred_found[int(self.pred_codes[i])])
        return pred, self.subj_override.get(i, self.subj_found[int(self.subj_codes[i])])

    def is_scoped(self, code: int) -> bool:
        """Whether the actor name of ``code`` names several actors (read by date and country)."""
        return code in self._scoped_actors

    def scoped_actors(self, country_of: Any) -> dict[int, Resolved | None]:
        """Per claim, the actor of a name that names several, given its time and country."""
        out: dict[int, Resolved | None] = {}
        if not self._scoped_actors:
            return out
        resolver = self.resolver
        for i in np.flatnonzero(np.isin(self.actor_codes, self._scoped_actors)).tolist():
            claim = self.claims[i]
            day = claim.when.start.date() if claim.when is not None else None
            name = self.actor_raw[int(self.actor_codes[i])]
            actor = resolver.actor_at(name, day, country_of(i))
            out[i] = None if actor is None else _actor_hit(actor, name, 0.9, "scoped")
        return out

    def place(self, i: int) -> Resolved | None:
        if i in self.place_override:
            found = self.place_override[i]
        else:
            code = int(self.place_codes[i])
            found = None if code < 0 else self.place_found[code]
        if found is not None and i in self.place_filled:
            return attrs.evolve(found, rule="report", score=min(found.score, 0.7))
        return found

    def country(self, i: int) -> Resolved | None:
        """Return the country of claim ``i``'s event (:mod:`._countries`), or None.

        The one reading of a claim's country: alignment's blocks, the graph's events and
        any rule that needs the claim's country (whose state *the army* is) read it here.
        The column is read on first use, once the places are read.
        """
        if self._countries is None:
            self._countries = claim_countries(self)
        return self._countries[i]

    def article_place(self, i: int) -> Resolved | None:
        """Return the place of claim ``i``'s article (rule ``article``) when it names none."""
        return self.article_filled.get(i)

    def named_place(self, i: int) -> Resolved | None:
        """Return the place claim ``i``'s subject or predicate names (rule ``subject``)."""
        return self.named_filled.get(i)

    def _places_named(self, names: Sequence[str]) -> dict[str, Resolved | None]:
        """Return the place each name reads as on its own (a town, or the place inside it).

        The names are read in one call (:meth:`_Resolver.resolve_places`); a name that
        resolves to nothing is read for the place inside it (*Gaza hospital*).
        """
        out: dict[str, Resolved | None] = {}
        for name, (place, ambiguous) in zip(
            names, self.resolver.resolve_places(names), strict=True
        ):
            found: object = place
            if place is None and not ambiguous:
                cover = self.resolver.compound(name)[1]
                found = cover.record if cover is not None else None
            out[name] = _place_hit(found, name, 1.0, "exact") if isinstance(found, Place) else None
        return out

    def places(self, i: int) -> tuple[Resolved, ...]:
        if i in self.place_override:
            hit = self.place_override[i]
            return () if hit is None else (hit,)
        code = int(self.place_codes[i])
        return () if code < 0 else self.place_parts[code]

    @property
    def speaker(self) -> list[Resolved | None]:
        if self._speaker is None:
            self._speaker = [self.speaker_at(i) for i in range(self.n)]
        return self._speaker

    def speaker_at(self, i: int) -> Resolved | None:
        """One claim's speaker (the whole column is built only when asked for)."""
        if self._speaker is not None:
            return self._speaker[i]
        claim = self.claims[i]
        return self.source_speaker(
            claim.source, None if claim.when is None else claim.when.start.date()
        )

    def source_speaker(self, source: Source, day: dt.date | None = None) -> Resolved | None:
        """Return a source's speaker: its name, else on ``day`` (if given), else in the input."""
        hit = self.resolver.speaker(source, None)
        if hit is None and day is not None:
            hit = self.resolver.dated_speaker(source, day)
        if hit is None and self.local:
            hit = self.local.get(source)
        if hit is None or hit.rule == LOCAL:
            hit = self._keyed(source, hit) or hit
        return hit

    def _keyed(self, source: Source, hit: Resolved | None) -> Resolved | None:
        """Return the identity of an organ of a party the vocabulary does not know, if one.

        A speaker identified within the input (rule ``local``) takes it when its
        group's sources declare one such party (:func:`~._actors.party_key`).
        """
        if source in self._party_keys:
            return self._party_keys[source]
        group = hit.record if hit is not None and isinstance(hit.record, tuple) else (source,)
        keys: dict[str, Resolved] = {}
        for member in group:
            if isinstance(member, Source):
                found = party_key(member, self.resolver)
                if found is not None:
                    keys[found.id] = found
        keyed = None
        if len(keys) == 1:
            one = next(iter(keys.values()))
            keyed = attrs.evolve(one, text=source.name)
        self._party_keys[source] = keyed
        return keyed

    def scene(self, i: int) -> str | None:
        """Return the country where claim ``i``'s act took place, for the rule ``organ``.

        Its resolved place's country; else the claim's country (:meth:`country`) by any
        evidence but its speaker's: which army *the army* is depends on where the act was,
        not on who says it; else the one country the headlines of its chain of reports name
        (title and address).
        """
        hit = self.place(i)
        if hit is not None and isinstance(hit.record, Place) and hit.record.country:
            return hit.record.country
        found = self.country(i)
        if found is not None and found.rule != "speaker":
            return found.id
        via = self.claims[i].via
        if via is None:
            return None
        # else the one country the headlines name, even as the party (*Cameroon soldiers
        # kill 12*): of no use for the scene, it says whose army acted
        named = {
            country
            for r in via.chain()
            for text in (r.title or "", _slug(r.url))
            for country in countries_named(text)
        }
        return named.pop() if len(named) == 1 else None

    def organ(self, i: int) -> Resolved | None:
        """Return claim ``i``'s perpetrator named by a state's organ (rule ``organ``), if one.

        One perpetrator only (a list's organs are read in ``actors``).
        """
        if i in self._organs:
            return self._organs[i]
        text = self.claims[i].actor
        actor = None
        if text and organ_words(text) and not list_parts(text, self.resolver):
            actor = organ_actor(text, self.scene(i), self.resolver.vocab)
        hit = None if actor is None else _actor_hit(actor, text or "", _ORGAN_SCORE, ORGAN)
        self._organs[i] = hit
        return hit

    def actors(
        self, i: int, actor: Resolved | None, country_of: Callable[[int], str | None]
    ) -> tuple[Resolved, ...]:
        """Return claim ``i``'s perpetrators, each by its rule (:func:`~._actors.claim_actors`)."""
        claim = self.claims[i]
        code = int(self.actor_codes[i])
        if code < 0:
            return () if actor is None else (actor,)
        day = claim.when.start.date() if claim.when is not None else None
        country = country_of(i) or self.place_country.get(i)
        scene = self.scene(i)
        key = (code, day, country, scene)
        found = self._actor_parts.get(key)
        if found is None or (len(found) == 1 and found[0] is not actor):
            found = claim_actors(claim.actor, actor, self.resolver, day, country, scene=scene)
            self._actor_parts[key] = found
        return found

    @property
    def local(self) -> dict[Source, Resolved]:
        """Speakers the vocabulary does not know, identified within the input (and context)."""
        if self._local is None:
            speaker = self.resolver.speaker
            sources = {c.source for c in (*self.claims, *self.context)}
            unknown = {s for s in sources if speaker(s, None) is None}
            found = local_speakers(unknown)
            if unknown and len(unknown) < len(sources):
                found.update(linked_speakers(unknown, sources, self.resolver))
            self._local = found
        return self._local

    @property
    def person(self) -> list[str | None]:
        """Per claim, the person who speaks for the speaker's body, if named (:mod:`._voices`)."""
        if self._person is None:
            vocab = self.resolver.vocab

            def contained(name: str) -> object:
                return self.resolver.actor_in(name)

            found: dict[tuple[Source, str | None, str | None], str | None] = {}
            out: list[str | None] = []
            for hit, claim in zip(self.speaker, self.claims, strict=True):
                origin = None
                if claim.via is not None and claim.via.relays is not None:
                    origin = claim.via.origin  # a relayed statement's record
                author = None if origin is None else origin.author
                key = (claim.source, None if hit is None else hit.id, author)
                if key not in found:
                    found[key] = person(claim.source, hit, vocab, contained, origin)
                out.append(found[key])
            self._person = out
        return self._person

    @property
    def medium(self) -> list[str | None]:
        """Per claim, the kind of statement its relayed statement's record names, if any."""
        if self._medium is None:
            found: dict[int, str | None] = {}
            out: list[str | None] = []
            for claim in self.claims:
                via = claim.via
                if via is None or via.relays is None:
                    out.append(None)  # no relayed statement: the report speaks for itself
                    continue
                origin = via.origin
                key = id(origin)
                if key not in found:
                    found[key] = statement_medium(origin)
                out.append(found[key])
            self._medium = out
        return self._medium

    @property
    def origin(self) -> list[Resolved | None]:
        if self._origin is None:
            out: list[Resolved | None] = []
            for claim in self.claims:
                if claim.via is None:
                    out.append(None)
                    continue
                origin = claim.via.origin
                rule = "relayed" if origin is not claim.via else "report"
                out.append(_hit(origin.id, origin.outlet, claim.via.outlet, 1.0, rule, origin))
            self._origin = out
        return self._origin

    @property
    def stated(self) -> list[Resolved | None]:
        if self._stated is None:
            speakers = self.speaker
            out: list[Resolved | None] = []
            owners: dict[str, Resolved | None] = {}  # each outlet's speaker, read once
            for claim, speaker in zip(self.claims, speakers, strict=True):
                out.append(_stated(claim, speaker, self.resolver, owners))
            self._stated = out
        return self._stated

    @property
    def stated_by(self) -> list[Resolved | None]:
        """Per claim, the last day its statement can have been made (:mod:`._bounds`)."""
        if self._stated_by is None:
            # a statement time bounds itself; one bound per report chain otherwise
            by_report: dict[str | None, Resolved | None] = {}
            out: list[Resolved | None] = []
            for claim, hit in zip(self.claims, self.stated, strict=True):
                if hit is not None:
                    out.append(stated_by(claim, hit))
                    continue
                key = None if claim.via is None else claim.via.id
                if key not in by_report:
                    by_report[key] = stated_by(claim, None)
                out.append(by_report[key])
            self._stated_by = out
        return self._stated_by

    @property
    def happened_by(self) -> list[Resolved | None]:
        """Per claim, the last day its event can have begun (:mod:`._bounds`)."""
        if self._happened_by is None:
            by_when: dict[tuple[str, str | None], Resolved | None] = {}
            out: list[Resolved | None] = []
            for claim, hit in zip(self.claims, self.stated_by, strict=True):
                when = claim.when
                if when is None:
                    out.append(hit)  # the statement's bound: the same record
                    continue
                key = (str(when), when.text)
                if key not in by_when:
                    by_when[key] = happened_by(claim, hit)
                out.append(by_when[key])
            self._happened_by = out
        return self._happened_by


def _day(report: Report, text: str, score: float, rule: str) -> Resolved | None:
    if report.published is None:
        return None
    span = TimeSpan.from_value(report.published)
    return _hit(str(span), str(span), text, score, rule, span)


def _stated(
    claim: Claim,
    speaker: Resolved | None,
    resolver: _Resolver,
    owners: dict[str, Resolved | None] | None = None,
) -> Resolved | None:
    """When the speaker made the statement; None when only a relay's date is known.

    ``owners``: each outlet's speaker already read (filled here), for a column of claims.
    """
    if claim.stated is not None:
        span = claim.stated
        return _hit(str(span), str(span), span.text or str(span), 1.0, "stated", span)
    via = claim.via
    if via is None:
        return None
    origin = via.origin
    if origin is not via:
        return _day(origin, origin.outlet, 0.9, "origin report")
    if owners is None:
        own = resolver.speaker(Source(name=via.outlet), None)
    elif via.outlet in owners:
        own = owners[via.outlet]
    else:
        own = owners[via.outlet] = resolver.speaker(Source(name=via.outlet), None)
    same = normalize(via.outlet) == normalize(claim.source.name)
    if speaker is not None and speaker.rule == LOCAL and isinstance(speaker.record, tuple):
        # a speaker known only within the input publishing under one of its names
        outlet = normalize(via.outlet)
        same = same or any(
            outlet == normalize(text)
            for member in speaker.record
            if isinstance(member, Source)
            for text in (member.name, *member.aliases)
        )
    if speaker is not None and own is not None:
        one, two = own.record, speaker.record
        # the speaker's own outlet, or one of its party (a state broadcaster for the army)
        same = same or own.id == speaker.id
        if isinstance(one, Actor) and isinstance(two, Actor) and one.party and two.party:
            same = same or one.party == two.party
    return _day(via, via.outlet, 0.9, "own report") if same else None


def _check_claims(claims: Iterable[Claim]) -> list[Claim]:
    items = list(claims)
    bad = [(k, c) for k, c in enumerate(items) if not isinstance(c, Claim)]
    if bad:
        k, c = bad[0]
        raise InvalidClaimError("claims", c, f"item {k} is not a Claim ({len(bad)} such items)")
    seen: set[str] = set()
    dupes: set[str] = set()
    for c in items:
        if c.id in seen:
            dupes.add(c.id)
        seen.add(c.id)
    if dupes:
        names = sorted(dupes)
        shown = ", ".join(repr(d) for d in names[:10]) + (" ..." if len(names) > 10 else "")
        raise InvalidClaimError("id", names[0], f"duplicate claim ids: {shown}")
    return items
