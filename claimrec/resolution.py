"""Where text becomes identities: :func:`resolve`.

Every later stage (alignment, relations, the graph, reconciliation) reads the names in a
claim through one :class:`Resolution`, so that no two stages read one name two ways.
For every claim it gives, each with a score in [0, 1] and the rule that fired:

- ``speaker``: the actor the source is (its name, its aliases, or a known name inside a
  longer one: *a JNIM statement on Telegram* is JNIM), time-aware;
- ``actor``: who did it (the claim's ``actor``), time- and country-aware;
- ``places``: the places the claim names, read against the gazetteer and the other
  places of the same report: compound strings (*Ménaka, Ménaka region* is the town),
  lists (*Ansongo, Bourem and Gao*), *near X*, *north of X*, *X region*; ``place`` is
  the one place that stands for them all (the finest of a chain, the smallest place
  containing a list);
- ``predicate``: the predicate concept (exact phrase, inflected form such as *pulled
  back* for *pull back*, or a close misspelling; never a different word that happens to
  look alike: *crashed* is not *clashed*);
- ``subject``: the subject class;
- ``stated``: when the speaker made the statement (the claim's ``stated``, else the
  date of the original report of a relay chain, else the date of the speaker's own
  report); unknown otherwise, never the relaying article's date;
- ``origin``: the first report of the claim's relay chain.

Each distinct string is resolved once, whatever the number of claims naming it.
Whatever resolves to nothing is listed by :meth:`Resolution.unresolved`, never dropped.

>>> import claimrec as cr
>>> report = cr.Report(outlet="Wire", published="2025-07-02", id="wire")
>>> claims = [
...     cr.Claim(source="a JNIM statement on Telegram", subject="soldiers",
...              predicate="pulling back", place="Ménaka, Ménaka region", via=report, id="a"),
...     cr.Claim(source="Moussa Ag Ali", subject="cows", predicate="crashed", place="Nowhere",
...              via=report, id="b"),
... ]
>>> res = cr.resolve(claims)
>>> rec = res["a"]
>>> rec.speaker.id, rec.speaker.rule, rec.predicate.id, rec.predicate.rule
('JNIM', 'contained', 'withdrew', 'inflected')
>>> rec.place.id, rec.place.rule
('ml.menaka', 'compound')
>>> [(u.claim_id, u.field) for u in res.unresolved()]
[('b', 'place'), ('b', 'predicate'), ('b', 'speaker'), ('b', 'subject')]
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import warnings
import weakref
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Final

import attrs
import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz, process

from claimrec._text import normalize
from claimrec.errors import ClaimrecWarning, InvalidClaimError, UnknownNameError
from claimrec.model import Claim, Report, Source, SourceKind
from claimrec.timespan import TimeSpan
from claimrec.vocab import (
    Actor,
    Place,
    PlaceKind,
    PlaceRelation,
    ValueType,
    Vocabulary,
    default_vocabulary,
)

__all__ = ["FIELDS", "ClaimResolution", "Resolution", "Resolved", "Unresolved", "resolve"]

I32 = npt.NDArray[np.int32]

#: The fields a :class:`ClaimResolution` resolves, in the order they are shown.
FIELDS: Final = ("speaker", "actor", "place", "predicate", "subject", "stated", "origin")

#: Fields whose failure to resolve is listed by :meth:`Resolution.unresolved`.
LISTED: Final = ("place", "predicate", "speaker", "subject")

_PLACE_MATCH = 85.0  # Gazetteer.best's threshold for misspelled names
_PREDICATE_MATCH = 90.0  # closer than this is a misspelling; "crashed"/"clashed" is 86
_SPEAKER_MATCH = 90.0
_MIN_FUZZY_LEN = 5  # shorter words are never read as misspellings of other words
_LEADING_THE = re.compile(r"^the ")

# "near X", "north of X", "à l'est de X": the place is X (or next to it).
_NEAR = re.compile(
    r"^(?:(?:in|at|on|from)\s+)?(?:the\s+)?(?:"
    r"near|nearby|outside|around|close to|just outside|on the outskirts of|outskirts of|"
    r"(?:(?:in the|to the)\s+)?(?:north|south|east|west|north east|north west|south east|"
    r"south west|northeast|northwest|southeast|southwest|centre|center|central)\s+(?:of)|"
    r"central|northern|southern|eastern|western|north eastern|north western|"
    r"south eastern|south western|downtown|greater|"
    r"(?:north|south|east|west)(?:ern)?\s+outskirts\s+of|"
    r"pres de|a proximite de|aux environs de|autour de|non loin de|"
    r"au (?:nord|sud|centre)(?:\s+(?:est|ouest))?\s+de|a l (?:est|ouest)\s+de|"
    r"dans la (?:region|localite|commune|zone) de|region de|cercle de|commune de|"
    r"localite de|village de|ville de|zone de|secteur de|province de|departement de|"
    r"village of|town of|city of|district of|area of|region of|province of|vila de|"
    r"cidade de|distrito de|aldeia de|perto de|nas proximidades de|aux alentours de|"
    r"in and around|across|the besieged|besieged"
    r")\s+(?:the\s+)?(?P<rest>.+)$"
)
_REGION_WORDS = re.compile(
    r"^(?P<rest>.+?)\s+(?:region|province|state|governorate|district|prefecture|area|circle|cercle)$"
)
# Verbs that report a figure without saying what it counts ("the toll stood at", "nombre
# de morts"): the subject says it ("morts" is a casualty word).
_GENERIC = frozenset(
    {
        "number", "numbers", "nombre", "numero", "total", "count", "counted", "toll", "tolls",
        "figure", "figures", "estimated", "estimate", "estimates", "reported", "reports",
        "said", "says", "confirmed the death of", "bilan", "bilan officiel", "bilan provisoire",
        "font etat de", "fait etat de", "faisait cas de", "fait cas de", "fait", "a fait",
        "ont fait", "aurait fait", "le conflit a fait", "denombrees", "denombres", "denombre",
        "recense", "recenses", "recensees", "put at", "stood at", "rose to", "reached",
        "s eleve a", "atteint", "gemeld", "relatado", "registado", "registados",
    }
)  # fmt: skip
_LIST_SPLIT = re.compile(r"\s*(?:,|;|/|&|\band\b|\bet\b|\bor\b|\bou\b)\s*")


# --------------------------------------------------------------------------- records


def _to_score(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidClaimError("score", value, "must be a number in [0, 1]")
    number = round(float(value), 4)
    if not 0.0 <= number <= 1.0:
        raise InvalidClaimError("score", value, "must be in [0, 1]")
    return number


@attrs.frozen(kw_only=True)
class Resolved:
    """One identity read from a claim's text, with the score and the rule that fired.

    Parameters
    ----------
    id : str
        The identity: an actor id, a place id, a predicate id, a subject class id, an
        ISO date (``stated``) or a report id (``origin``).
    name : str
        Its readable name.
    text : str
        The text it was read from.
    score : float
        Confidence in [0, 1]: 1 for an exact name, less for an inflected, contained,
        fuzzy or context-dependent reading.
    rule : str
        The rule that fired (``"exact"``, ``"alias"``, ``"inflected"``, ``"fuzzy"``,
        ``"contained"``, ``"compound"``, ``"list"``, ``"near"``, ``"region"``,
        ``"context"``, ``"stated"``, ``"origin report"``, ``"own report"``...).
    record : object, optional
        The vocabulary record (:class:`~claimrec.vocab.Actor`, :class:`~claimrec.vocab.Place`,
        :class:`~claimrec.vocab.Predicate`, :class:`~claimrec.vocab.SubjectClass`), the
        :class:`~claimrec.TimeSpan` or the :class:`~claimrec.Report`; not compared.

    Examples
    --------
    >>> from claimrec.resolution import Resolved
    >>> r = Resolved(id="JNIM", name="JNIM", text="GSIM", score=1.0, rule="exact")
    >>> str(r)
    "'GSIM' -> JNIM (exact, 1.00)"
    """

    id: str
    name: str
    text: str
    score: float = attrs.field(converter=_to_score)
    rule: str
    record: object = attrs.field(default=None, eq=False, repr=False)

    def __str__(self) -> str:
        return f"{self.text!r} -> {self.id} ({self.rule}, {self.score:.2f})"


@attrs.frozen(kw_only=True)
class Unresolved:
    """A field of a claim that resolves to nothing: listed, never silently left out.

    Parameters
    ----------
    claim_id : str
    field : str
        ``"predicate"``, ``"subject"``, ``"place"`` or ``"speaker"``.
    text : str
        The text that could not be read.
    reason : str
        Why, in words (unknown, or ambiguous between named candidates).

    Examples
    --------
    >>> from claimrec.resolution import Unresolved
    >>> u = Unresolved(claim_id="c1", field="predicate", text="justified", reason="unknown")
    >>> str(u)
    "c1: predicate 'justified' unknown"
    """

    claim_id: str
    field: str
    text: str
    reason: str

    def __str__(self) -> str:
        return f"{self.claim_id}: {self.field} {self.text!r} {self.reason}"


@attrs.frozen(kw_only=True)
class ClaimResolution:
    """Everything one claim's text resolves to (each field a :class:`Resolved` or None).

    Parameters
    ----------
    claim_id : str
    speaker, actor, place, predicate, subject, stated, origin : Resolved or None
        See :func:`resolve`.
    places : tuple of Resolved
        Every place the claim names (a list names several; ``place`` stands for them).

    Examples
    --------
    >>> import claimrec as cr
    >>> claim = cr.Claim(source="FAMa", subject="terrorists", predicate="neutralised",
    ...                  place="Ansongo, Bourem and Gao", id="c")
    >>> rec = cr.resolve([claim])["c"]
    >>> [p.id for p in rec.places], rec.place.id, rec.place.rule
    (['ml.ansongo', 'ml.bourem', 'ml.gao'], 'ml.gao-region', 'list')
    >>> rec.subject.id, rec.predicate.id, rec.stated
    ('militants', 'killed', None)
    """

    claim_id: str
    speaker: Resolved | None = None
    actor: Resolved | None = None
    place: Resolved | None = None
    places: tuple[Resolved, ...] = ()
    predicate: Resolved | None = None
    subject: Resolved | None = None
    stated: Resolved | None = None
    origin: Resolved | None = None

    def explain(self) -> str:
        """Return one line per field: what it resolved to and by which rule.

        Examples
        --------
        >>> import claimrec as cr
        >>> claim = cr.Claim(source="GSIM", subject="soldiers", predicate="killed", id="c")
        >>> print(cr.resolve([claim])["c"].explain())  # doctest: +NORMALIZE_WHITESPACE
        c
          speaker    'GSIM' -> JNIM (exact, 1.00)
          actor      -
          place      -
          predicate  'killed' -> killed (exact, 1.00)
          subject    'soldiers' -> soldiers (exact, 1.00)
          stated     -
          origin     -
        """
        lines = [self.claim_id]
        for name in FIELDS:
            found = getattr(self, name)
            lines.append(f"  {name:<10} {found if found is not None else '-'}")
        return "\n".join(lines)


# --------------------------------------------------------------------------- words


def _lemma(token: str) -> str:
    """Return a crude English/French stem: enough to meet a vocabulary phrase's inflected form."""
    if len(token) <= 3:
        return token
    for suffix, repl in (
        ("ies", "y"),
        ("ied", "y"),
        ("ying", "y"),
        ("ing", ""),
        ("ees", ""),
        ("ed", ""),
        ("es", ""),
        ("ee", ""),
        ("er", ""),
        ("s", ""),
        ("e", ""),
    ):
        if token.endswith(suffix) and len(token) - len(suffix) >= 3:
            stem = token[: len(token) - len(suffix)] + repl
            if suffix in {"ing", "ed", "er"} and len(stem) > 3 and stem[-1] == stem[-2]:
                stem = stem[:-1]  # pulled -> pull -> pul; pull -> pul too
            elif stem.endswith("ll"):
                stem = stem[:-1]
            stem = stem.removesuffix("e")
            return stem  # noqa: RET504 - the loop's one exit
    if len(token) >= 4 and token[-1] == token[-2] and token[-1] not in "aeiou":
        return token[:-1]  # "pull" as "pulled" -> "pul"
    return token


def _lemmas(text: str) -> tuple[str, ...]:
    return tuple(_lemma(t) for t in normalize(text).split())


def _ngrams(tokens: Sequence[str], index: dict[tuple[str, ...], str], longest: int) -> str | None:
    """Return the value of the longest (then earliest) run of ``tokens`` keyed in ``index``."""
    for size in range(min(longest, len(tokens)), 0, -1):
        for start in range(len(tokens) - size + 1):
            hit = index.get(tuple(tokens[start : start + size]))
            if hit is not None:
                return hit
    return None


# --------------------------------------------------------------------------- the resolver


class _Resolver:
    """Vocabulary look-ups, each distinct string resolved once; kept per vocabulary."""

    __slots__ = (
        "__weakref__",
        "actor_fuzzy",
        "actor_keys",
        "actor_names",
        "actor_scoped",
        "hard_families",
        "name_index",
        "place_context",
        "place_keys",
        "place_list",
        "places",
        "pred_lemmas",
        "predicates",
        "speakers",
        "subj_lemmas",
        "subjects",
        "vocab",
    )

    def __init__(self, vocab: Vocabulary) -> None:
        self.vocab = vocab
        self.predicates: dict[str, Resolved | None] = {}
        self.subjects: dict[str, Resolved | None] = {}
        self.places: dict[str, tuple[Place | None, bool]] = {}
        self.place_list: dict[str, tuple[tuple[Resolved, ...], Resolved | None]] = {}
        self.place_context: dict[tuple[str, tuple[str, ...]], Place | None] = {}
        self.place_keys: tuple[list[str], list[tuple[str, ...]]] | None = None
        self.actor_names: dict[str, tuple[Actor, ...]] = {}
        self.actor_fuzzy: dict[str, Actor | None] = {}
        self.actor_keys: list[str] | None = None
        self.actor_scoped: dict[tuple[str, dt.date | None, str | None], Actor | None] = {}
        self.speakers: dict[tuple[Source, dt.date | None], Resolved | None] = {}
        self.name_index: tuple[dict[tuple[str, ...], str], int] | None = None
        self.pred_lemmas: tuple[dict[tuple[str, ...], str], int] | None = None
        self.subj_lemmas: tuple[dict[tuple[str, ...], str], int] | None = None
        quantity = {p.family for p in vocab.predicates if p.value_type is ValueType.QUANTITY}
        self.hard_families = frozenset(quantity)

    def clear_if_large(self, limit: int = 500_000) -> None:
        caches: list[dict[Any, Any]] = [
            self.predicates,
            self.subjects,
            self.places,
            self.place_list,
            self.place_context,
            self.actor_names,
            self.actor_fuzzy,
            self.actor_scoped,
            self.speakers,
        ]
        if sum(len(c) for c in caches) > limit:
            for cache in caches:
                cache.clear()

    # ------------------------------------------------------------ predicates, subjects

    def _lemma_index(self, records: Iterable[Any]) -> tuple[dict[tuple[str, ...], str], int]:
        index: dict[tuple[str, ...], str] = {}
        for record in records:
            names = (record.id.replace("_", " "), *record.synonyms)
            for phrase in names:
                index.setdefault(_lemmas(phrase), record.id)
        index.pop((), None)
        return index, max((len(k) for k in index), default=0)

    def predicate(self, text: str) -> Resolved | None:
        try:
            return self.predicates[text]
        except KeyError:
            pass
        vocab = self.vocab.predicates
        found: Resolved | None = None
        hit = vocab.resolve(text)
        if hit is not None:
            found = _hit(hit.id, hit.id, text, 1.0, "exact", hit)
        else:
            if self.pred_lemmas is None:
                self.pred_lemmas = self._lemma_index(vocab)
            index, longest = self.pred_lemmas
            pid = _ngrams(_lemmas(text), index, longest)
            if pid is not None:
                record = vocab.get(pid)
                found = _hit(pid, pid, text, 0.95, "inflected", record)
            elif len(normalize(text)) >= _MIN_FUZZY_LEN:
                matched = vocab.match(text, threshold=_PREDICATE_MATCH)
                if matched is not None:
                    pred, score = matched
                    found = _hit(pred.id, pred.id, text, score / 100, "fuzzy", pred)
        self.predicates[text] = found
        return found

    def subject(self, text: str) -> Resolved | None:
        try:
            return self.subjects[text]
        except KeyError:
            pass
        vocab = self.vocab.subjects
        found: Resolved | None = None
        hit = vocab.resolve(text)
        if hit is not None:
            found = _hit(hit.id, hit.name, text, 1.0, "exact", hit)
        else:
            if self.subj_lemmas is None:
                self.subj_lemmas = self._lemma_index(vocab)
            index, longest = self.subj_lemmas
            cid = _ngrams(_lemmas(text), index, longest)
            if cid is not None:
                record = vocab.get(cid)
                found = _hit(cid, record.name, text, 0.95, "inflected", record)
        self.subjects[text] = found
        return found

    # ------------------------------------------------------------ places

    def place(self, name: str) -> tuple[Place | None, bool]:
        """Return the place ``name`` names without context, and whether it is ambiguous."""
        try:
            return self.places[name]
        except KeyError:
            pass
        gazetteer = self.vocab.places
        found = gazetteer.best(name)
        ambiguous = found is None and len(gazetteer.resolve(name)) > 1
        if found is None and not ambiguous:
            found = self._world(name)
        self.places[name] = (found, ambiguous)
        return found, ambiguous

    def _world(self, name: str) -> Place | None:
        """Return the world layer's one place of this exact name (Moura is not Maura)."""
        world = self.vocab.world.resolve(name)
        return world[0] if len(world) == 1 else None

    def resolve_places(self, names: Sequence[str]) -> list[tuple[Place | None, bool]]:
        """:meth:`place` of each name; the misspelled ones matched in one ``cdist`` call.

        Exactly :meth:`Gazetteer.best` without context: names the gazetteer knows go
        through it; the others are scored against every known name at once, and the
        place of the best-scoring names wins when it is the only one.
        """
        gazetteer = self.vocab.places
        fuzzy = [
            name
            for name in dict.fromkeys(names)
            if name not in self.places and not gazetteer.resolve(name)
        ]
        if len(fuzzy) > 8:
            self._match_places(fuzzy)
        return [self.place(name) for name in names]

    def _match_places(self, names: Sequence[str]) -> None:
        gazetteer = self.vocab.places
        if self.place_keys is None:
            owners: dict[str, list[str]] = {}
            for key, place_id in zip(*gazetteer.alias_keys(), strict=True):
                owners.setdefault(key, []).append(place_id)
            self.place_keys = (list(owners), [tuple(v) for v in owners.values()])
        keys, owners_of = self.place_keys
        if not keys:
            return
        queries = [_LEADING_THE.sub("", normalize(n)) for n in names]
        for start in range(0, len(names), 2048):
            scores = process.cdist(
                queries[start : start + 2048],
                keys,
                scorer=fuzz.ratio,
                processor=None,
                score_cutoff=_PLACE_MATCH,
                dtype=np.float64,
            )
            top = scores.max(axis=1)
            for row, name in enumerate(names[start : start + 2048]):
                found: Place | None = None
                if top[row] >= _PLACE_MATCH:
                    winners = {
                        place_id
                        for k in np.flatnonzero(scores[row] == top[row]).tolist()
                        for place_id in owners_of[k]
                    }
                    if len(winners) == 1:
                        found = gazetteer.get(winners.pop())
                self.places[name] = (found or self._world(name), False)

    def place_in(self, name: str, context: tuple[str, ...]) -> Place | None:
        key = (name, context)
        try:
            return self.place_context[key]
        except KeyError:
            found = self.place_context[key] = self.vocab.places.best(name, context=context)
            return found

    def _part(self, text: str) -> Resolved | None:
        """One place phrase: exactly, else "near X" / "X region" read as X."""
        found, _ = self.place(text)
        if found is not None:
            exact = bool(self.vocab.places.resolve(text))
            return _place_hit(found, text, 1.0 if exact else 0.85, "exact" if exact else "fuzzy")
        key = _LEADING_THE.sub("", normalize(text))
        near = _NEAR.match(key)
        if near is not None:
            inner, _ = self.place(near.group("rest"))
            if inner is not None:
                return _place_hit(inner, text, 0.9, "near")
        region = _REGION_WORDS.match(key)
        if region is not None:
            stem = region.group("rest")
            places = self.vocab.places
            cands = [*places.resolve(stem), *places.resolve(stem + " region")]
            wide = list(
                {
                    p.id: p for p in cands if p.kind in (PlaceKind.REGION, PlaceKind.DISTRICT)
                }.values()
            )
            pick = wide[0] if len(wide) == 1 else self.place(stem)[0]
            if pick is not None:
                return _place_hit(pick, text, 0.9, "region")
        return None

    def compound(self, name: str) -> tuple[tuple[Resolved, ...], Resolved | None]:
        """Places named by a compound or a list ("Ménaka, Ménaka region"; "A, B and C").

        Returns every part read and the one place that stands for them: the finest of a
        chain of nested places, else the smallest place containing all of them.
        """
        try:
            return self.place_list[name]
        except KeyError:
            pass
        out: tuple[tuple[Resolved, ...], Resolved | None] = ((), None)
        whole = self._part(name)
        if whole is not None:
            out = ((whole,), whole)
        else:
            parts = [p for p in _LIST_SPLIT.split(name) if p.strip()]
            if len(parts) > 1:
                read = [self._part(p) for p in parts]
                known = [r.record for r in read if r is not None]
                if known and None in read:  # "Ansongo, Bourem and Gao": Gao of Mali
                    gazetteer = self.vocab.places
                    for k, part in enumerate(parts):
                        if read[k] is None:
                            place = gazetteer.best(part, context=known)  # type: ignore[arg-type]
                            if place is not None:
                                read[k] = _place_hit(place, part, 0.8, "context")
                found = tuple(r for r in read if r is not None)
                if found:
                    out = (found, self._cover(name, found, complete=len(found) == len(read)))
        self.place_list[name] = out
        return out

    def _cover(self, name: str, parts: Sequence[Resolved], *, complete: bool) -> Resolved | None:
        if not complete:
            # "zone de Moura, cercle de Djenné" with Moura unknown: the claim's place is
            # the unknown first part, not the known container; compared by its name
            first = parts[0]
            text = _LIST_SPLIT.split(name)[0]
            return first if normalize(first.text) == normalize(text) else None
        paths = [_path(self.vocab, p.record) for p in parts if isinstance(p.record, Place)]
        if len(paths) != len(parts):
            return None
        deepest = max(paths, key=len)
        deep_ids = {p.id for p in deepest}
        score = 0.9 if complete else 0.7
        if all(path[-1].id in deep_ids for path in paths):
            return _place_hit(deepest[-1], name, score, "compound")
        common: Place | None = None
        for level in range(min(len(p) for p in paths)):
            ids = {p[level].id for p in paths}
            if len(ids) != 1:
                break
            common = paths[0][level]
        if common is None:
            return None
        return _place_hit(common, name, score * 0.9, "list")

    # ------------------------------------------------------------ actors

    def actor_candidates(self, name: str) -> tuple[Actor, ...]:
        try:
            return self.actor_names[name]
        except KeyError:
            found = self.actor_names[name] = self.vocab.actors.candidates(name)
            return found

    def actor_match(self, name: str) -> Actor | None:
        try:
            return self.actor_fuzzy[name]
        except KeyError:
            matched = self.vocab.actors.match(name)
            found = self.actor_fuzzy[name] = None if matched is None else matched[0]
            return found

    def actor_at(self, name: str, when: dt.date | None, country: str | None) -> Actor | None:
        key = (name, when, country)
        try:
            return self.actor_scoped[key]
        except KeyError:
            found = self.vocab.actors.resolve(name, when=when, country=country)
            self.actor_scoped[key] = found
            return found

    def _contained(self, name: str, when: dt.date | None) -> Actor | None:
        """Return the actor of the longest known name inside ``name`` (whole words)."""
        actors = self.vocab.actors
        if self.name_index is None:
            keys, ids = actors.alias_keys()
            owners: dict[tuple[str, ...], set[str]] = {}
            for key, actor_id in zip(keys, ids, strict=True):
                owners.setdefault(tuple(key.split()), set()).add(actor_id)
            index = {k: next(iter(v)) for k, v in owners.items() if len(v) == 1}
            self.name_index = (index, max((len(k) for k in index), default=0))
        index, longest = self.name_index
        tokens = normalize(name).split()
        if tokens and tokens[0] == "the":
            tokens = tokens[1:]
        hit = _ngrams(tokens, index, longest)
        if hit is None:
            return None
        actor = actors.get(hit)
        return actor if when is None or actor.valid_at(when) else None

    def _may_match(self, name: str) -> bool:
        """Whether any actor name comes close to ``name`` (RapidFuzz, before the slow scorer)."""
        if self.actor_keys is None:
            self.actor_keys = sorted(set(self.vocab.actors.alias_keys()[0]))
        if not self.actor_keys:
            return False
        best = process.extractOne(
            normalize(name), self.actor_keys, scorer=fuzz.WRatio, processor=None,
            score_cutoff=_SPEAKER_MATCH,
        )  # fmt: skip
        return best is not None

    def dated_speaker(self, source: Source, when: dt.date) -> Resolved | None:
        """Return the actor a name names on a date (time-scoped aliases), by exact names."""
        key = (source, when)
        try:
            return self.speakers[key]
        except KeyError:
            pass
        actors = self.vocab.actors
        found: Resolved | None = None
        for text, rule in ((source.name, "exact"), *((a, "alias") for a in source.aliases)):
            actor = actors.resolve(text, when=when)
            if actor is not None:
                found = _actor_hit(actor, source.name, 1.0, rule)
                break
        self.speakers[key] = found
        return found

    def speaker(self, source: Source, when: dt.date | None) -> Resolved | None:
        key = (source, when)
        try:
            return self.speakers[key]
        except KeyError:
            pass
        actors = self.vocab.actors
        found: Resolved | None = None
        actor = actors.resolve(source.name, when=when)
        if actor is not None:
            found = _actor_hit(actor, source.name, 1.0, "exact")
        if found is None:
            for alias in source.aliases:
                actor = actors.resolve(alias, when=when)
                if actor is not None:
                    found = _actor_hit(actor, source.name, 1.0, "alias")
                    break
        if found is None:
            for text in (source.name, *source.aliases):
                actor = self._contained(text, when)
                if actor is not None:
                    found = _actor_hit(actor, source.name, 0.9, "contained")
                    break
        if (
            found is None
            and len(normalize(source.name)) >= _MIN_FUZZY_LEN
            and self._may_match(source.name)
        ):
            matched = actors.match(source.name, threshold=_SPEAKER_MATCH, when=when)
            if matched is not None:
                found = _actor_hit(matched[0], source.name, matched[1] / 100, "fuzzy")
        if found is None and source.party and source.kind in _PARTY_SPEAKERS:
            # "Palestinian authorities", party Hamas: an organ of the party speaks
            actor = actors.resolve(source.party, when=when) or self._contained(source.party, when)
            if actor is not None:
                found = _actor_hit(actor, source.name, 0.6, "party")
        self.speakers[key] = found
        return found


@functools.lru_cache(maxsize=65536)
def _place_core(text: str) -> str:
    """Return the key a place string is compared by: its place, shorn of "near", "zone de"...

    >>> from claimrec.resolution import _place_core
    >>> _place_core("zone de Moura, cercle de Djenné"), _place_core("the village of Solhan")
    ('moura', 'solhan')
    """
    parts = [p for p in _LIST_SPLIT.split(text) if p.strip()] or [text]
    key = _LEADING_THE.sub("", normalize(parts[0]))
    for _ in range(3):
        near = _NEAR.match(key)
        if near is None:
            break
        key = _LEADING_THE.sub("", near.group("rest"))
    region = _REGION_WORDS.match(key)
    return (region.group("rest") if region else key) or normalize(text)


def _world(place: Place) -> bool:
    """Whether a place comes from the world layer of large cities (GeoNames ids)."""
    return place.id.startswith("gn.")


def _path(vocab: Vocabulary, place: Place) -> tuple[Place, ...]:
    """Return the chain from the country down to ``place``, gazetteer or world layer."""
    if place.id in vocab.places:
        return vocab.places.path(place.id)
    return vocab.world.path(place.id)


def _relate_places(vocab: Vocabulary, a: Place, b: Place) -> PlaceRelation:
    """:meth:`Gazetteer.relate`, across the gazetteer and its world layer."""
    if a.id in vocab.places and b.id in vocab.places:
        return vocab.places.relate(a.id, b.id)
    if a.id == b.id:
        return PlaceRelation.SAME
    ids_a = {p.id for p in _path(vocab, a)}
    ids_b = {p.id for p in _path(vocab, b)}
    if a.id in ids_b:
        return PlaceRelation.CONTAINS
    if b.id in ids_a:
        return PlaceRelation.WITHIN
    if PlaceKind.AREA in (a.kind, b.kind):
        return PlaceRelation.UNKNOWN
    return PlaceRelation.DISJOINT


def _world_conflicts(cols: _Columns) -> dict[int, Resolved | None]:
    """Claims whose world-layer city lies in a country its context rules out.

    *Palma* is Palma de Mallorca in the world layer; in a report whose other places, or
    whose speaker, are Mozambican, it is not: the name stays unresolved (compared by its
    words).
    """
    out: dict[int, Resolved | None] = {}
    world = [
        i
        for i in range(cols.n)
        if (hit := cols.place(i)) is not None
        and isinstance(hit.record, Place)
        and _world(hit.record)
    ]
    if not world:
        return out
    by_report = _report_countries(cols)
    for i in world:
        claim = cols.claims[i]
        record = cols.place(i)
        if record is None or not isinstance(record.record, Place):  # pragma: no cover
            continue
        countries = set(by_report.get(claim.via.id, ())) if claim.via is not None else set()
        speaker = cols.speaker_at(i)
        if speaker is not None and isinstance(speaker.record, Actor):
            countries.update(speaker.record.countries)
        if countries and record.record.country not in countries:
            out[i] = None
    return out


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
        if claim.place is not None:
            place, _ = cols.resolver.place(claim.place)
            add(claim, None if place is None else _place_hit(place, claim.place, 1.0, "exact"))
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
        if cols.place(i) is not None:
            continue
        found = by_report.get(claim.via.id, set()) if claim.via is not None else set()
        if not found:
            speaker = cols.speaker_at(i)
            if speaker is not None and isinstance(speaker.record, Actor):
                found = set(speaker.record.countries)
        if len(found) == 1:
            out[i] = next(iter(found))
    return out


def _hit(  # noqa: PLR0917 - private, positional for brevity at many call sites
    rid: str, name: str, text: str, score: float, rule: str, record: object
) -> Resolved:
    return Resolved(id=rid, name=name, text=text, score=score, rule=rule, record=record)


def _place_hit(place: Place, text: str, score: float, rule: str) -> Resolved:
    return _hit(place.id, place.name, text, score, rule, place)


def _actor_hit(actor: Actor, text: str, score: float, rule: str) -> Resolved:
    return _hit(actor.id, actor.name, text, score, rule, actor)


_RESOLVERS: weakref.WeakKeyDictionary[Vocabulary, _Resolver] = weakref.WeakKeyDictionary()


def _resolver(vocabulary: Vocabulary | None) -> _Resolver:
    vocab = default_vocabulary() if vocabulary is None else vocabulary
    if not isinstance(vocab, Vocabulary):
        raise InvalidClaimError("vocabulary", vocabulary, "expected a claimrec.vocab.Vocabulary")
    found = _RESOLVERS.get(vocab)
    if found is None:
        found = _RESOLVERS[vocab] = _Resolver(vocab)
    found.clear_if_large()
    return found


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
        if via is not None and claim.place is not None and via.id in reports:
            found.setdefault(via.id, set()).add(claim.place)
    return {k: tuple(sorted(v)) for k, v in found.items()}


def _from_subject(
    cols: _Columns, resolver: _Resolver
) -> tuple[dict[int, Resolved], dict[int, Resolved]]:
    """Per claim: the predicate its subject names, when its own verb says nothing.

    "nombre" (predicate) of "morts" (subject) is a death toll: the predicate is *killed*
    (rule ``subject``) and the subject *people* (rule ``victims``). Each distinct pair of
    strings is read once.
    """
    preds: dict[int, Resolved] = {}
    subjects: dict[int, Resolved] = {}
    vocab = resolver.vocab
    pairs: dict[tuple[int, int], tuple[Resolved | None, Resolved | None]] = {}
    for i in range(cols.n):
        pc, sc = int(cols.pred_codes[i]), int(cols.subj_codes[i])
        key = (pc, sc)
        if key not in pairs:
            pred, subj = cols.pred_found[pc], cols.subj_found[sc]
            verb, noun = cols.pred_raw[pc], cols.subj_raw[sc]
            new_pred: Resolved | None = None
            new_subj: Resolved | None = None
            if normalize(verb) in _GENERIC:
                hit = vocab.predicates.resolve(noun)
                if hit is not None and hit.value_type is ValueType.QUANTITY:
                    new_pred = _hit(hit.id, hit.id, f"{verb} {noun}", 0.8, "subject", hit)
            if subj is None or (new_pred is not None and subj.id == "incident"):
                counted = new_pred or pred
                named = vocab.predicates.resolve(noun)
                if (
                    counted is not None
                    and named is not None
                    and named.family in ("casualties", "injuries")
                    and "people" in vocab.subjects
                ):
                    people = vocab.subjects.get("people")
                    new_subj = _hit("people", people.name, noun, 0.8, "victims", people)
            pairs[key] = (new_pred, new_subj)
        new_pred, new_subj = pairs[key]
        if new_pred is not None:
            preds[i] = new_pred
        if new_subj is not None:
            subjects[i] = new_subj
    return preds, subjects


def _report_place(
    claims: Sequence[Claim], context: Sequence[Claim], words: Vocabulary | None = None
) -> dict[int, str]:
    """Per claim with no place: the place its report's other claims name, if one.

    The report's places are compared by their core name (*village de Moura* is *Moura*);
    a report naming several places gives none.
    """
    missing = [i for i, c in enumerate(claims) if c.place is None and c.via is not None]
    if not missing:
        return {}
    wanted = {str(getattr(claims[i].via, "id", "")) for i in missing}
    named: dict[str, dict[str, set[str]]] = {}
    for claim in (*claims, *context):
        via = claim.via
        if via is not None and via.id in wanted and claim.place is not None:
            named.setdefault(via.id, {}).setdefault(_place_core(claim.place), set()).add(
                claim.place
            )
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
    names = {c.place for c in (*claims, *context) if c.place is not None}
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
            f"{r.title or ''} {(r.url or '').rsplit('/', 1)[-1]}" for r in claim.via.chain()
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
        "_origin",
        "_scoped_actors",
        "_speaker",
        "_stated",
        "actor_codes",
        "actor_found",
        "actor_raw",
        "claims",
        "context",
        "ids",
        "n",
        "place_amb",
        "place_codes",
        "place_country",
        "place_filled",
        "place_found",
        "place_override",
        "place_parts",
        "place_raw",
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

        # places: the context-free reading of each distinct name, then the report's
        # other places for the names that stay unresolved or ambiguous; a claim that
        # names no place takes the one place its report's other claims name
        self.place_filled = _report_place(claims, context, resolver.vocab)
        self.place_codes, self.place_raw = _codes(
            [
                c.place if c.place is not None else self.place_filled.get(i)
                for i, c in enumerate(claims)
            ]
        )
        first = resolver.resolve_places(self.place_raw)
        found: list[Resolved | None] = []
        parts: list[tuple[Resolved, ...]] = []
        amb: list[bool] = []
        gazetteer = resolver.vocab.places
        for name, (place, ambiguous) in zip(self.place_raw, first, strict=True):
            if place is not None:
                exact = bool(gazetteer.resolve(name)) or bool(resolver.vocab.world.resolve(name))
                hit = _place_hit(place, name, 1.0 if exact else 0.85, "exact" if exact else "fuzzy")
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
                    ctx = contexts.get(claim.via.id if claim.via is not None else None, ())
                    if len(ctx) > 1:
                        place = resolver.place_in(str(claim.place), ctx)
                        if place is not None:
                            hit = _place_hit(place, str(claim.place), 0.8, "context")
                            self.place_override[i] = hit

        # perpetrators: exact, else fuzzy; names of several actors by date and country
        self.actor_codes, self.actor_raw = _codes([c.actor for c in claims])
        self.actor_found: list[Resolved | None] = []
        scoped: list[int] = []
        for k, name in enumerate(self.actor_raw):
            cands = resolver.actor_candidates(name)
            if len(cands) == 1:
                self.actor_found.append(_actor_hit(cands[0], name, 1.0, "exact"))
            elif not cands:
                actor = resolver.actor_match(name)
                fuzzy = None if actor is None else _actor_hit(actor, name, 0.85, "fuzzy")
                self.actor_found.append(fuzzy)
            else:
                self.actor_found.append(None)
                scoped.append(k)
        self._scoped_actors: list[int] = scoped

        self._speaker: list[Resolved | None] | None = None
        self._stated: list[Resolved | None] | None = None
        self._origin: list[Resolved | None] | None = None
        self.place_override.update(_world_conflicts(self))
        self.place_country = _report_country(self)

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
        hit = self.resolver.speaker(claim.source, None)
        if hit is None and claim.when is not None:
            hit = self.resolver.dated_speaker(claim.source, claim.when.start.date())
        return hit

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
            for claim, speaker in zip(self.claims, speakers, strict=True):
                out.append(_stated(claim, speaker, self.resolver))
            self._stated = out
        return self._stated


def _day(report: Report, text: str, score: float, rule: str) -> Resolved | None:
    if report.published is None:
        return None
    span = TimeSpan.from_value(report.published)
    return _hit(str(span), str(span), text, score, rule, span)


def _stated(claim: Claim, speaker: Resolved | None, resolver: _Resolver) -> Resolved | None:
    """When the speaker made the statement; None when only a relay's date is known."""
    if claim.stated is not None:
        span = claim.stated
        return _hit(str(span), str(span), span.text or str(span), 1.0, "stated", span)
    via = claim.via
    if via is None:
        return None
    origin = via.origin
    if origin is not via:
        return _day(origin, origin.outlet, 0.9, "origin report")
    own = resolver.speaker(Source(name=via.outlet), None)
    same = normalize(via.outlet) == normalize(claim.source.name)
    if speaker is not None and own is not None:
        one, two = own.record, speaker.record
        # the speaker's own outlet, or one of its party (a state broadcaster for the army)
        same = same or own.id == speaker.id
        if isinstance(one, Actor) and isinstance(two, Actor) and one.party and two.party:
            same = same or one.party == two.party
    return _day(via, via.outlet, 0.9, "own report") if same else None


# --------------------------------------------------------------------------- the result


class Resolution:
    """What every claim's text resolves to: the one reading every later stage uses.

    Index it by claim id (or position) for a :class:`ClaimResolution`; ask
    :meth:`unresolved` for what could not be read.

    Attributes
    ----------
    claims : tuple of Claim
        The claims, in input order.

    Examples
    --------
    >>> import claimrec as cr
    >>> claims = cr.datasets.mali_2025()
    >>> res = cr.resolve(claims)
    >>> res
    <Resolution claims=17 unresolved=...>
    >>> res["jnim-seized"].predicate.id, res["fama-thwarted"].predicate.id
    ('captured', 'repelled')
    >>> res["fama-neutralised"].stated.id      # ORTM's broadcast, not the news report
    '2025-07-01'
    """

    __slots__ = ("_by_id", "_cols", "_scoped", "claims")

    def __init__(self, cols: _Columns) -> None:
        self._cols = cols
        self.claims: tuple[Claim, ...] = tuple(cols.claims)
        self._by_id: dict[str, int] | None = None
        self._scoped: dict[int, Resolved | None] | None = None

    @property
    def vocabulary(self) -> Vocabulary:
        """The vocabulary the names were read against."""
        return self._cols.resolver.vocab

    def _index(self, key: str | int | Claim) -> int:
        if isinstance(key, int) and not isinstance(key, bool):
            if not -len(self.claims) <= key < len(self.claims):
                raise UnknownNameError("claim", str(key), [])
            return key % len(self.claims)
        claim_id = key.id if isinstance(key, Claim) else key
        if self._by_id is None:
            self._by_id = {c.id: i for i, c in enumerate(self.claims)}
        found = self._by_id.get(str(claim_id))
        if found is None:
            raise UnknownNameError("claim", str(claim_id), [])
        return found

    def _actor(self, i: int) -> Resolved | None:
        cols = self._cols
        code = int(cols.actor_codes[i])
        if code < 0:
            return None
        hit = cols.actor_found[code]
        if hit is None:
            if self._scoped is None:
                self._scoped = cols.scoped_actors(self._country)
            hit = self._scoped.get(i)
        return hit

    def _country(self, i: int) -> str | None:
        hit = self._cols.place(i)
        record = None if hit is None else hit.record
        return record.country if isinstance(record, Place) else None

    def __getitem__(self, key: str | int | Claim) -> ClaimResolution:
        i = self._index(key)
        cols = self._cols
        pred = int(cols.pred_codes[i])
        subj = int(cols.subj_codes[i])
        return ClaimResolution(
            claim_id=self.claims[i].id,
            speaker=cols.speaker[i],
            actor=self._actor(i),
            place=cols.place(i),
            places=cols.places(i),
            predicate=cols.pred_override.get(i, cols.pred_found[pred]),
            subject=cols.subj_override.get(i, cols.subj_found[subj]),
            stated=cols.stated[i],
            origin=cols.origin[i],
        )

    def __len__(self) -> int:
        return len(self.claims)

    def __iter__(self) -> Iterator[ClaimResolution]:
        return (self[i] for i in range(len(self.claims)))

    def speaker_key(self, key: str | int | Claim) -> str:
        """Return a key naming one speaker: the actor id when resolved, else the normalised name.

        Unnamed speakers of one class (*a resident*, *witnesses*) are not one speaker.

        Examples
        --------
        >>> import claimrec as cr
        >>> claims = [cr.Claim(source=s, subject="x", predicate="killed", id=s)
        ...           for s in ("GSIM", "a JNIM statement", "Kayes resident")]
        >>> res = cr.resolve(claims)
        >>> [res.speaker_key(c) for c in claims]
        ['JNIM', 'JNIM', '~kayes resident']
        """
        i = self._index(key)
        return _speaker_key(self._cols.speaker[i], self.claims[i].source, self.vocabulary)

    def unresolved(self) -> tuple[Unresolved, ...]:
        """Return every field of every claim that resolves to nothing.

        Sorted by claim id, then field. A place name that fits several places and no
        context decides between is listed as ambiguous.

        Examples
        --------
        >>> import claimrec as cr
        >>> claim = cr.Claim(source="FAMa", subject="militants", predicate="justified",
        ...                  id="c")
        >>> [str(u) for u in cr.resolve([claim]).unresolved()]
        ["c: predicate 'justified' unknown"]
        """
        cols = self._cols
        out: list[Unresolved] = []
        speakers = cols.speaker
        for i, claim in enumerate(self.claims):
            cid = claim.id
            pred = cols.pred_override.get(i, cols.pred_found[int(cols.pred_codes[i])])
            if pred is None:
                out.append(_missing(cid, "predicate", claim.predicate, "unknown"))
            if cols.subj_override.get(i, cols.subj_found[int(cols.subj_codes[i])]) is None:
                out.append(_missing(cid, "subject", claim.subject, "unknown"))
            code = int(cols.place_codes[i])
            if code >= 0 and claim.place is not None and cols.place(i) is None:
                why = "ambiguous (no context decides)" if cols.place_amb[code] else "unknown"
                out.append(_missing(cid, "place", str(claim.place), why))
            if speakers[i] is None:
                out.append(_missing(cid, "speaker", claim.source.name, "unknown"))
        return tuple(sorted(out, key=lambda u: (u.claim_id, u.field)))

    def warn(self) -> None:
        """Warn (:class:`~claimrec.ClaimrecWarning`) per claim with an unknown predicate or subject.

        Places and speakers are not warned about: unknown witnesses and villages are
        common and are listed by :meth:`unresolved`.

        Examples
        --------
        >>> import warnings
        >>> import claimrec as cr
        >>> claim = cr.Claim(source="FAMa", subject="militants", predicate="justified",
        ...                  id="c")
        >>> with warnings.catch_warnings(record=True) as caught:
        ...     warnings.simplefilter("always")
        ...     cr.resolve([claim]).warn()
        >>> print(caught[0].message)
        claim 'c': predicate 'justified' resolves to nothing: it aligns only by its words
        """
        by_claim: dict[str, list[Unresolved]] = {}
        for item in self.unresolved():
            if item.field in ("predicate", "subject"):
                by_claim.setdefault(item.claim_id, []).append(item)
        for claim_id, items in by_claim.items():
            what = " and ".join(f"{u.field} {u.text!r}" for u in items)
            warnings.warn(
                f"claim {claim_id!r}: {what} resolves to nothing: it aligns only by its words",
                ClaimrecWarning,
                stacklevel=2,
            )

    def __repr__(self) -> str:
        return f"<Resolution claims={len(self.claims)} unresolved={len(self.unresolved())}>"


_PARTY_SPEAKERS = frozenset(
    {SourceKind.STATE, SourceKind.ARMED_GROUP, SourceKind.INTERNATIONAL_ORG}
)


def _speaker_key(hit: Resolved | None, source: Source, vocab: Vocabulary | None = None) -> str:
    """Return the speaker's identity: the actor (the body it is an organ of, given ``vocab``).

    Unknown speakers and classes of speakers (witnesses) are known by their name. A
    ministry's spokesman, the ministry and the government it belongs to speak with one
    voice: with ``vocab``, the outermost body of the ``part_of`` chain is the identity.
    """
    if hit is None or not isinstance(hit.record, Actor):
        return "~" + normalize(source.name)
    actor = hit.record
    if actor.kind is SourceKind.WITNESS:
        return "~" + normalize(source.name)
    if vocab is None:
        return actor.id
    seen = {actor.id}
    while actor.part_of is not None and actor.part_of in vocab.actors:
        parent = vocab.actors.get(actor.part_of)
        if parent.id in seen:
            break
        seen.add(parent.id)
        actor = parent
    return actor.id


def _missing(claim_id: str, field: str, text: str, reason: str) -> Unresolved:
    return Unresolved(claim_id=claim_id, field=field, text=text, reason=reason)


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


def resolve(
    claims: Iterable[Claim],
    *,
    vocabulary: Vocabulary | None = None,
    context: Iterable[Claim] = (),
) -> Resolution:
    """Read every claim's names as identities: speaker, actor, places, predicate, subject...

    Parameters
    ----------
    claims : iterable of Claim
        Claim ids must be unique.
    vocabulary : Vocabulary, optional
        Defaults to :func:`~claimrec.vocab.default_vocabulary`.
    context : iterable of Claim, optional
        Other claims whose place names help read these claims' (those of the same report).

    Returns
    -------
    Resolution

    Raises
    ------
    InvalidClaimError
        For an item that is not a Claim or duplicate claim ids.

    Notes
    -----
    Rules, tried in order (the first that fires wins; its name is ``rule``):

    - *speaker*: ``exact`` (the source's name names one actor on the claim's date),
      ``alias`` (one of the source's aliases does), ``contained`` (the longest known
      actor name inside the source's name, whole words), ``fuzzy`` (a misspelling,
      RapidFuzz score at least 90);
    - *predicate* and *subject*: ``exact`` (the longest vocabulary phrase in the text),
      ``inflected`` (the same after crude English/French stemming of both sides:
      *pulled back*, *retreating*), ``fuzzy`` (predicates only: a misspelling scoring at
      least 90 on words of five letters or more, so that a different word that looks
      alike is never taken for another: *crashed* is not *clashed*);
    - *place*: ``exact``, ``fuzzy``, ``near`` (*near X*, *north of X*, *près de X*),
      ``region`` (*X region*), ``compound`` (parts nested in each other: the finest),
      ``list`` (parts side by side: the smallest place containing them), ``context``
      (an ambiguous or unknown name read against the other places of its report);
    - *stated*: ``stated`` (the claim says), ``origin report`` (the date of the first
      report of a relay chain), ``own report`` (the speaker's own publication); else
      unknown (None), never the relaying report's date;
    - *origin*: the first report of the relay chain (``relayed``), else the report.

    Examples
    --------
    >>> import claimrec as cr
    >>> tv = cr.Report(outlet="ORTM", published="2025-07-01", id="tv")
    >>> claim = cr.Claim(source="Mali's army", subject="assailants", predicate="neutralized",
    ...                  place="near Kayes", via=cr.Report(outlet="Wire", relays=tv), id="c")
    >>> rec = cr.resolve([claim])["c"]
    >>> rec.speaker.id, rec.subject.id, rec.place.id, rec.place.rule
    ('FAMa', 'militants', 'ml.kayes', 'near')
    >>> rec.stated.id, rec.stated.rule, rec.origin.id
    ('2025-07-01', 'origin report', 'tv')
    """
    items = _check_claims(claims)
    return Resolution(_Columns(items, _resolver(vocabulary), list(context)))
