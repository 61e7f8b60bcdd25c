"""Vocabulary look-ups behind resolution, each distinct string read once."""

from __future__ import annotations

import datetime as dt
import functools
import re
import weakref
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import attrs
import numpy as np
from rapidfuzz import fuzz, process

from claimrec._text import normalize
from claimrec.errors import InvalidClaimError
from claimrec.model import Source, SourceKind
from claimrec.resolution._clitics import read_bare
from claimrec.resolution._contained import NAME_PARTICLES, name_inside
from claimrec.resolution._demonyms import demonym_class, described_state, victims_nation
from claimrec.resolution._geography import (
    _ANY_DIVISION,
    _ARABIC_SCRIPT,
    _BARE_DIVISIONS,
    _DIVISION_BEFORE,
    _DIVISION_IDS,
    _DIVISION_WORDS,
    _FIRST_LEVEL,
    _MIN_BARE,
    _WIDE,
    _foreign_division,
    _held_by_names,
    _may_hold,
    _path,
    _proper,
    _relate_places,
    _short,
    _town,
    _town_name,
    _world_duplicates,
)
from claimrec.resolution._inflected import read_slavic
from claimrec.resolution._local import _GENERIC_WORDS
from claimrec.resolution._misfire import names_misfire
from claimrec.resolution._organs import another_side, resembles_by_name
from claimrec.resolution._records import Resolved
from claimrec.resolution._romanised import (
    ROMANISED,
    RomanisedIndex,
    article_variant,
)
from claimrec.resolution._script_places import script_place
from claimrec.resolution._structures import site_cover, without_structures
from claimrec.resolution._voices import _ORGAN_WORDS
from claimrec.resolution._witnesses import alone, witness_key
from claimrec.resolution._words import (
    _CAUSE_FAMILIES,
    _CAUSE_PREPOSITION,
    _DISTANCE,
    _FUNCTION_WORDS,
    _HARM_FAMILIES,
    _INCLUSION,
    _LEADING_THE,
    _LIST_SPLIT,
    _MANNER,
    _MIN_FUZZY_LEN,
    _NEAR,
    _PLACE_MATCH,
    _POSSESSIVE_PART,
    _PREDICATE_MATCH,
    _PREPOSITION,
    _REGION_WORDS,
    _SETTLEMENT,
    _SITE_SUFFIX,
    _SPEAKER_MATCH,
    _TIME_CLAUSE,
    _cased,
    _counts_others,
    _lemmas,
    _ngrams,
    _predicative,
    _separable,
    _stems,
    _unambiguous_index,
)
from claimrec.vocab import (
    Actor,
    Place,
    PlaceKind,
    PlaceRelation,
    ValueType,
    Vocabulary,
    default_vocabulary,
)
from claimrec.vocab._states import GENERATED_NOTE

# --------------------------------------------------------------------------- the resolver


class _Resolver:
    """Vocabulary look-ups, each distinct string resolved once; kept per vocabulary."""

    __slots__ = (
        "__weakref__",
        "actor_fuzzy",
        "actor_keys",
        "actor_looks",
        "actor_names",
        "actor_scoped",
        "alias_names",
        "canon",
        "hard_families",
        "joined_names",
        "looks_close",
        "name_index",
        "place_context",
        "place_keys",
        "place_list",
        "places",
        "pred_lemmas",
        "pred_stems",
        "predicates",
        "romanised",
        "speakers",
        "subj_lemmas",
        "subj_stems",
        "subjects",
        "variant_keys",
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
        self.actor_looks: dict[str, Actor | None] = {}
        self.looks_close: dict[str, bool] = {}  # _may_match's answer per name (not per date)
        self.alias_names: dict[str, list[str]] | None = None
        self.actor_scoped: dict[tuple[str, dt.date | None, str | None], Actor | None] = {}
        self.speakers: dict[tuple[Source, dt.date | None], Resolved | None] = {}
        self.name_index: tuple[dict[tuple[str, ...], str], int] | None = None
        self.pred_lemmas: tuple[dict[tuple[str, ...], str], int] | None = None
        self.subj_lemmas: tuple[dict[tuple[str, ...], str], int] | None = None
        self.pred_stems: tuple[dict[tuple[str, ...], str], int] | None = None
        self.subj_stems: tuple[dict[tuple[str, ...], str], int] | None = None
        self.canon: dict[str, Place] | None = None
        self.variant_keys: dict[str, tuple[Place, ...]] | None = None
        self.romanised: RomanisedIndex | None = None
        # actor names holding a joining word ("... l'islam et aux musulmans"): no list
        self.joined_names: tuple[str, ...] | None = None
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
            self.actor_looks,
            self.actor_scoped,
            self.speakers,
            self.looks_close,
        ]
        if sum(len(c) for c in caches) > limit:
            for cache in caches:
                cache.clear()

    # ------------------------------------------------------------ predicates, subjects

    @staticmethod
    def _lemma_index(
        records: Iterable[Any], key: Callable[[str], tuple[str, ...]] = _lemmas
    ) -> tuple[dict[tuple[str, ...], str], int]:
        """Index every phrase of ``records`` by ``key`` (lemmas, stems); shared keys left out."""
        return _unambiguous_index(
            (key(phrase), record.id)
            for record in records
            for phrase in (record.id.replace("_", " "), *record.synonyms)
        )

    def predicate(self, text: str) -> Resolved | None:
        try:
            return self.predicates[text]
        except KeyError:
            pass
        rest = without_structures(self.vocab, text)  # "rescued from the air-raid shelter"
        if rest is not None:
            inner = self.predicate(rest) if rest else None
            self.predicates[text] = inner and attrs.evolve(inner, text=text)
            return self.predicates[text]
        vocab = self.vocab.predicates
        found: Resolved | None = None
        hit = vocab.resolve(text)
        split = _separable(vocab, text)  # "griffen das Dorf an", "ums Leben kamen"
        if split is not None:
            found = _hit(split.id, split.id, text, 0.95, "separable", split)
        elif hit is not None:
            # a Cyrillic word spelt, once transliterated, as another language's word of
            # another concept ("загинал", died; Polish "zaginął", went missing): its stem wins
            other = read_slavic(text, vocab)
            if other is not None and other != hit.id:
                found = _hit(other, other, text, 0.9, "slavic", vocab.get(other))
            else:
                found = _hit(hit.id, hit.id, text, 1.0, "exact", hit)
        elif (whole := _predicative(text)) is not None and whole in vocab:  # "Soldaten tot"
            found = _hit(whole, whole, text, 0.95, "predicative", vocab.get(whole))
        else:
            lemma_index = self.pred_lemmas = self.pred_lemmas or self._lemma_index(vocab)
            words = normalize(text).split()
            plain = " ".join(t for t in words if t not in _MANNER)
            # "regained full control of": the phrase without its words of manner, whole
            bare = vocab.resolve(plain) if plain and plain != " ".join(words) else None
            pid = _ngrams(_lemmas(text), *lemma_index)
            if bare is not None:
                found = _hit(bare.id, bare.id, text, 0.9, "modified", bare)
            elif pid is not None:
                found = _hit(pid, pid, text, 0.95, "inflected", vocab.get(pid))
            else:
                # "постраждало" in Cyrillic (never cut as a Polish or Latin word), else
                # "asesinadas", "sequestraram": Spanish, Portuguese, French endings
                self.pred_stems = self.pred_stems or self._lemma_index(vocab, _stems)
                pid, rule = read_slavic(text, vocab), "slavic"
                if pid is None:
                    pid, rule = _ngrams(_stems(text), *self.pred_stems), "stem"
                if pid is not None:
                    found = _hit(pid, pid, text, 0.9, rule, vocab.get(pid))
            if found is None:  # "بمقتل", "فقتلوا": Arabic words with their clitics cut
                pid = read_bare(text, lambda t: _ngrams(_lemmas(t), *lemma_index))
                found = None if pid is None else _hit(pid, pid, text, 0.9, "clitic", vocab.get(pid))
            # a word of grammar is never read as a misspelling ("entre" is not "entrés")
            if (
                found is None
                and len(normalize(text)) >= _MIN_FUZZY_LEN
                and not all(w in _FUNCTION_WORDS for w in words)
            ):
                matched = vocab.match(text, threshold=_PREDICATE_MATCH)
                if matched is not None:
                    pred, score = matched
                    found = _hit(pred.id, pred.id, text, score / 100, "fuzzy", pred)
        if found is not None and self._only_in_time_clause(text):
            found = None
        elif found is not None and found.rule != "exact" and names_misfire(text):
            found = None  # "un tir raté de": a misfire, not the clashes a cut "tir" suggests
        elif found is not None and found.rule != "separable":
            found = self._harm_of_cause(text, found) or found
        self.predicates[text] = found
        return found

    def _harm_of_cause(self, text: str, found: Resolved) -> Resolved | None:
        """Return the harm a phrase names when the act it names is only its cause or means.

        *have been hurt in the air strikes*, *tués dans une frappe aérienne*, *bei dem
        Luftangriff getötet*: the act (attack, clashes) stands after a preposition of cause
        or means, and the phrase's other words, wherever they stand, name a harm (killed,
        wounded, destroyed, displaced, missing): the harm is the predicate (rule ``head``).
        Each distinct phrase is read once, alone, so the reading is order-independent.
        """
        record = found.record
        if getattr(record, "family", None) not in _CAUSE_FAMILIES:
            return None
        resolve = self.vocab.predicates.resolve
        words = normalize(text).split()
        for k, word in enumerate(words):
            if word not in _CAUSE_PREPOSITION:
                continue
            tail = words[k + 1 :]
            # the shortest run after the preposition that names the act
            ends = (e for e in range(1, len(tail) + 1) if resolve(" ".join(tail[:e])) is record)
            end = next(ends, None)
            if end is None:
                continue
            rest = " ".join(words[:k] + tail[end:])
            harm = self.predicate(rest) if rest else None
            if harm is not None and getattr(harm.record, "family", None) in _HARM_FAMILIES:
                score = min(found.score, harm.score)
                return _hit(harm.id, harm.id, text, score, "head", harm.record)
        return None

    def _only_in_time_clause(self, text: str) -> bool:
        """Whether the verb phrase names its act only after a word of time ("during").

        "a bénéficié d'une intervention militaire pendant le massacre" denies an
        intervention, not the massacre: the words before the clause name no act, so the
        phrase names none. "killed during the fighting" is *killed*.
        """
        words = normalize(text).split()
        cut = next((i for i, w in enumerate(words) if i > 0 and w in _TIME_CLAUSE), None)
        return cut is not None and self.predicate(" ".join(words[:cut])) is None

    def subject(self, text: str) -> Resolved | None:
        try:
            return self.subjects[text]
        except KeyError:
            pass
        vocab = self.vocab.subjects
        found: Resolved | None = None
        part = _INCLUSION.match(normalize(text))
        if part is not None:
            # "people, including women and children": the people named first, when known
            head = self.subject(part["head"])
            if head is not None:
                found = attrs.evolve(head, text=text, rule="head", score=min(head.score, 0.95))
                self.subjects[text] = found
                return found
        hit = vocab.resolve(text)
        if hit is None and _counts_others(text) and "people" in vocab:  # "117 more", "други"
            people = vocab.get("people")
            found = _hit(people.id, people.name, text, 0.9, "others", people)
        elif hit is not None:
            found = _hit(hit.id, hit.name, text, 1.0, "exact", hit)
        else:
            self.subj_lemmas = self.subj_lemmas or self._lemma_index(vocab)
            cid = _ngrams(_lemmas(text), *self.subj_lemmas)
            rule, score = "inflected", 0.95
            if cid is None:
                cid, rule, score = read_slavic(text, vocab), "slavic", 0.9  # "военните"
            if cid is None:
                self.subj_stems = self.subj_stems or self._lemma_index(vocab, _stems)
                cid, rule, score = _ngrams(_stems(text), *self.subj_stems), "stem", 0.9
            if cid is None:
                cid, rule, score = demonym_class(text, self.vocab), "demonym", 0.8
            if cid is not None:
                record = vocab.get(cid)
                found = _hit(cid, record.name, text, score, rule, record)
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
        exact = gazetteer.resolve(name)
        # misspellings are read in names of one or two words; a longer phrase ("centre of
        # Goma") is read by its structure, never matched whole to a similar name
        # a real name of the world layer is never read as a misspelling of another place
        # (Palma, Mozambique, is not Pama, Burkina Faso)
        named = () if exact else self._world_named(name)
        world = self._world(name)
        found = gazetteer.best(name) if exact or (_short(name) and not named) else None
        ambiguous = found is None and len(exact) > 1
        if found is None and not ambiguous:
            found = world or self._beneath(name)
            if found is not None and _foreign_division(name, found, self.vocab):
                found, ambiguous = None, True  # "Tigré": a town of Argentina, and Tigray
        self.places[name] = (found, ambiguous)
        return found, ambiguous

    def _beneath(self, name: str) -> Place | None:
        """Return the place the layers beneath the gazetteer give a name, if one."""
        found = self._world(name) or article_variant(self, name) or self._division(name)
        return found or self.sounds(name)

    def sounds(self, name: str, countries: Iterable[str | None] = ()) -> Place | None:
        """Return the place a name names by its sounds (:mod:`._romanised`), under guards."""
        if self.romanised is None:
            self.romanised = RomanisedIndex(self.vocab, self._canonical)
        return self.romanised.read(name, self.vocab, countries)

    def place_rule(self, name: str, place: Place) -> tuple[float, str]:
        """Return the score and rule of a place read from ``name``: exact, romanised, fuzzy."""
        if place in self.vocab.places.resolve(name) or self.world_exact(name, place):
            return 1.0, "exact"
        sounds = self.romanised is not None and self.romanised.read_names.get(name) == place
        return (ROMANISED, "romanised") if sounds else (0.85, "fuzzy")

    def _division(self, name: str, *, kinds: tuple[PlaceKind, ...] = ()) -> Place | None:
        """Return the one administrative division (or area of them) a bare name names.

        Only a proper name that no town bears (*Cabo Delgado*, *Khyber Pakhtunkhwa*,
        *Darfur*), or a name in Arabic script, read by the division's own Arabic names
        (*محافظة صعدة*); a bare name is read as a first-level division or an area of them,
        a district only when ``kinds`` asks for it (*Anantnag district*). Its spelling
        may differ by the article and transliteration of an Arabic name (*Darfour*).
        """
        if not (_town_name(name, self.vocab) or _ARABIC_SCRIPT.search(name)):
            return None  # Arabic script has no capitals: its names are the divisions' own
        wanted = set(kinds) or _BARE_DIVISIONS
        regions = self.vocab.regions
        found = [p for p in regions.resolve(name) if p.kind in wanted]
        if not found and len(_LEADING_THE.sub("", normalize(name))) >= _MIN_BARE:
            found = [p for p in regions.variants(name) if p.kind in wanted]
        if len(found) > 1 and kinds:
            # "Sa'dah governorate": the division of the kind the word names
            first = [p for p in found if p.kind is kinds[0]]
            found = first or found
        return found[0] if len(found) == 1 else None

    def _world_named(self, name: str) -> list[Place]:
        """Return the world layer's places whose own name (not an alias) is ``name``.

        Towns count too (a town's own name is never read as a misspelling of a gazetteer
        place: *Sake*, DR Congo, is no misspelling), unless the name may be a common word.
        """
        key = normalize(name)
        found = [p for p in self.vocab.world.resolve(name) if normalize(p.name) == key]
        if not found and _town_name(name, self.vocab):
            found = self.vocab.towns.named(name)
        return found

    def _world(self, name: str) -> Place | None:
        """Return the world layer's one place of this exact name (Moura is not Maura).

        A city of the world layer (100,000 people or more) first; only when it has none,
        a town (:func:`_town`).
        """
        world = self._world_layer(name)
        if world:
            return self.vocab.world.prevailing(name, world)  # Odessa: Odesa, Ukraine
        return _town(self.world_candidates(name), self.vocab)

    def _world_layer(self, name: str) -> list[Place]:
        """Return the world layer's places of this name, one per place (:meth:`_canonical`)."""
        found = self.vocab.world.resolve(name)
        if self.canon is None:
            self.canon = _world_duplicates(self.vocab)
        canon = self.canon
        return list({(q := canon.get(p.id, p)).id: q for p in found}.values())

    def _canonical(self, place: Place | None) -> Place | None:
        """One GeoNames entry for each place of the world layer.

        GeoNames records some cities twice, under two transliterations of one Arabic name
        a few kilometres apart (*Al-Junaynah*, alias *Al Geneina*, and *El Geneina Fort*,
        alias *El Geneina*): two entries of one country where Arabic is spoken whose
        names are one name by :func:`claimrec.vocab._names._arabic_key` and that lie
        within 0.1 degree are one place, the entry with the shorter name (then the
        smaller id) standing for both. Elsewhere two entries sharing a name stay two
        (a city and its district often share an alternate name).
        """
        if place is None:
            return None
        if self.canon is None:
            self.canon = _world_duplicates(self.vocab)
        return self.canon.get(place.id, place)

    def world_candidates(self, name: str) -> list[Place]:
        """Every place of the world layer, else of its towns, of this exact name."""
        world = self._world_layer(name)
        if world or not _town_name(name, self.vocab):
            return world
        return self.vocab.towns.resolve(name)

    def world_exact(self, name: str, place: Place) -> bool:
        """Whether ``place`` is one that ``name`` names exactly in the world layer or towns.

        Or in the regions layer (*Cabo Delgado*; *Darfur du Nord*, its direction in
        another word order, is the name *North Darfur* too).
        """
        if place in self.world_candidates(name):
            return True
        return place.id.startswith(_DIVISION_IDS) and place in self.vocab.regions.resolve(name)

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
            if name not in self.places
            and not gazetteer.resolve(name)
            and not self._world_named(name)
            and _short(name)
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
                # as in :meth:`place`: the world layer, an Arabic spelling, a division
                self.places[name] = (found or self._beneath(name), False)

    def place_in(self, name: str, context: tuple[str, ...]) -> Place | None:
        """Return the place ``name`` names among the report's other places ``context``.

        The gazetteer's best reading in that context, else the one world city or town of
        that name in the country of the context's places (*Victoria* beside two
        Seychellois places).
        """
        key = (name, context)
        try:
            return self.place_context[key]
        except KeyError:
            pass
        found = self.vocab.places.best(name, context=context)
        if found is None:
            countries = {
                p.country
                for other in context
                if normalize(other) != normalize(name) and (p := self.place(other)[0]) is not None
            }
            found = self.world_in(name, countries) or self.division_in(name, countries)
            found = found or self.sounds(name, countries)
        self.place_context[key] = found
        return found

    def division_in(self, name: str, countries: Iterable[str | None]) -> Place | None:
        """Return the one division (a district too) of this name in ``countries``."""
        if not _town_name(name, self.vocab):
            return None
        wanted = set(countries)
        found = [p for p in self.vocab.regions.resolve(name) if p.country in wanted]
        return found[0] if len(found) == 1 else None

    def world_in(self, name: str, countries: Iterable[str | None]) -> Place | None:
        """Return the one world city or town of this name in ``countries``."""
        cands = self.world_candidates(name)
        if not cands:
            return None
        wanted = set(countries)
        near = [p for p in cands if p.country in wanted]
        return near[0] if len(near) == 1 else None

    def part(self, text: str) -> Resolved | None:
        """Return the one place a place phrase names by the phrase rules (no list, no context)."""
        return self._part(text)

    def _part(self, text: str, depth: int = 0) -> Resolved | None:
        """One place phrase: exactly, else "near X" / "X region" read as X."""
        found, _ = self.place(text)
        if found is not None:
            return _place_hit(found, text, *self.place_rule(text, found))
        key = _LEADING_THE.sub("", normalize(text))
        division = self._division_named(key, text)
        if division is not None:
            return division
        bare = _PREPOSITION.match(key)
        if bare is not None and depth < 2:
            # "in Kramatorsk", "à Sake": the place itself
            plain = self._part(_cased(bare.group("rest"), text), depth + 1)
            return None if plain is None else attrs.evolve(plain, text=text)
        far = _DISTANCE.match(key)
        if far is not None and depth < 2:
            # "some 20 kilometres from Goma": next to the place
            outer = self._part(_cased(far.group("rest"), text), depth + 1)
            if outer is not None:
                return attrs.evolve(outer, text=text, rule="near", score=min(outer.score, 0.8))
        near = _NEAR.match(key)
        if near is not None:
            inner, _ = self.place(_cased(near.group("rest"), text))
            if inner is not None:
                return _place_hit(inner, text, 0.9, "near")
        part = _POSSESSIVE_PART.match(text.strip())
        if part is not None:
            # the named part when the gazetteer has it ("central Mali"), else X itself
            side = _SIDES.get(part.group("side").lower(), part.group("side").lower())
            area, _ = self.place(f"{side} {part.group('rest')}")
            inner = area or self.place(part.group("rest"))[0]
            if inner is not None:
                return _place_hit(inner, text, 0.85, "near")
        owned = self._country_owned(text, depth)
        if owned is not None:
            return owned
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
            pick = wide[0] if len(wide) == 1 else None
            if pick is None and not wide:
                kinds = _DIVISION_WORDS.get(key.rsplit(" ", 1)[-1], _FIRST_LEVEL)
                pick = self._division(_cased(key, text), kinds=kinds) or self._division(
                    _cased(stem, text), kinds=kinds
                )
            pick = pick or self.place(_cased(stem, text))[0]
            if pick is not None:
                return _place_hit(pick, text, 0.9, "region")
        named = _SETTLEMENT.match(key)
        if named is not None:
            # "Goma city", "Solhan village", "village SOLHAN": the settlement itself
            inner, _ = self.place(_cased(named.group("rest") or named.group("after"), text))
            if inner is not None:
                return _place_hit(inner, text, 0.9, "named")
        # "Goma's outskirts": the possessive's "s" is no part of the name
        site = _SITE_SUFFIX.match(normalize(_POSSESSIVE_S.sub("", text)))
        if site is not None and depth < 2:
            # "Kramatorsk railway station", "Gaza hospital": a site in the place it is named after
            outer = self._part(_cased(site.group("rest"), text), depth + 1)
            if outer is not None:
                return attrs.evolve(outer, text=text, rule="in", score=min(outer.score, 0.85))
        inside = _INSIDE.match(key)
        # "Zamzam and Abu Shouk camps and the town of Al Fasher" is a list, not a site of X
        # ("A and B in X" is: both are in X)
        listed = (
            inside is not None
            and inside.group("prep") in _GENITIVE
            and len([p for p in _LIST_SPLIT.split(key) if p.strip()]) > 1
        ) or (
            # "Kanbalu, région de Sagaing": a compound, read part by part (the normalised
            # key has lost its commas), not a site of its last part
            inside is not None
            and inside.group("prep") in _GENITIVE
            and _COMPOUND_SPLIT.search(text) is not None
        )
        if inside is not None and depth < 2 and not listed and inside.group("prep") == "in":
            # "Kramatorsk in Donetsk oblast": a known place in X is that place, the finer
            head = self._part(_cased(key[: inside.start("prep")].strip(), text), depth + 1)
            if head is not None:
                return attrs.evolve(head, text=text, rule="compound", score=min(head.score, 0.9))
        if inside is not None and depth < 2 and not listed:
            # "al-Ahli Arab Hospital in Gaza City", "train station in Kramatorsk": a site in X
            outer = self._part(_cased(inside.group("rest"), text), depth + 1)
            # "la région éthiopienne du Tigré": the adjective says which country X is in
            nation = victims_nation(key[: inside.start("prep")])
            held = None if outer is None else outer.record
            if nation is not None and not (isinstance(held, Place) and held.country == nation):
                rest = _cased(inside.group("rest"), text)
                other = self.world_in(rest, {nation}) or self.division_in(rest, {nation})
                outer = None if other is None else _place_hit(other, text, 0.85, "in")
            if outer is not None:
                return attrs.evolve(outer, text=text, rule="in", score=min(outer.score, 0.85))
        return script_place(self, text)  # "بلدة X بريف Y": Arabic phrases (_script_places)

    def _country_owned(self, text: str, depth: int) -> Resolved | None:
        """Read *Country's X* as X in that country (*Syria's Douma*, *Nigeria's Borno state*).

        The possessive names a country; X is read by the other rules, and a name several
        places share is read as the one in that country (rule ``compound``). X read as a
        place of another country is not taken: the phrase says where X lies.
        """
        owner = _COUNTRY_POSSESSIVE.match(text.strip())
        if owner is None or depth >= 2:
            return None
        country, _ = self.place(owner.group("country"))
        if country is None or country.kind is not PlaceKind.COUNTRY:
            return None
        rest = owner.group("rest")
        inner = self._part(_cased(rest, text), depth + 1)
        found = None if inner is None else inner.record
        if not (isinstance(found, Place) and found.country == country.country):
            found = self.world_in(rest, {country.country})
            inner = None if found is None else _place_hit(found, rest, 0.9, "compound")
        if inner is None or not isinstance(found, Place) or found.kind is PlaceKind.COUNTRY:
            return None
        return attrs.evolve(inner, text=text, rule="compound", score=min(inner.score, 0.9))

    def _division_named(self, key: str, text: str) -> Resolved | None:
        """Read a division named with its kind first: *région du Centre-Nord*, *province of X*."""
        before = _DIVISION_BEFORE.match(key)
        if before is None:
            return None
        stem = _cased(before.group("rest"), text)
        kinds = _DIVISION_WORDS.get(before.group("kind"), _FIRST_LEVEL)
        places = self.vocab.places
        cands = [*places.resolve(stem), *places.resolve(stem + " region")]
        wide = list({p.id: p for p in cands if p.kind in _ANY_DIVISION}.values())
        pick = wide[0] if len(wide) == 1 else None
        if pick is None and not wide:
            pick = self._division(stem, kinds=kinds)
        if pick is None and before.group("kind") in _TOWN_NAMED:
            # "canton de Kanbalu", "township of X": a unit named after its town
            pick = self.place(stem)[0]
        return None if pick is None else _place_hit(pick, text, 0.9, "region")

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
                    nations = {getattr(p, "country", None) for p in known}
                    for k, part in enumerate(parts):
                        if read[k] is None:
                            place = (
                                gazetteer.best(part, context=known)  # type: ignore[arg-type]
                                or self.world_in(part, nations)
                                or (self.division_in(part, nations) if _proper(part) else None)
                            )
                            if place is not None:
                                read[k] = _place_hit(place, part, 0.8, "context")
                found = tuple(r for r in read if r is not None)
                if found:  # "un edificio, en Dnipro": a site in Dnipro (_structures)
                    cover = functools.partial(self._cover, name, found)
                    out = (found, site_cover(self.vocab, parts, read, cover))
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
        inside = (PlaceRelation.WITHIN, PlaceRelation.SAME)
        places = [p.record for p in parts if isinstance(p.record, Place)]
        for place in places:
            if place.kind is not PlaceKind.AREA and all(
                other is place or _relate_places(self.vocab, place, other) in inside
                for other in places
            ):
                # "Al Fasher, Darfur": a place within an area of divisions
                return _place_hit(place, name, score, "compound")
        head = parts[0].record
        if (
            isinstance(head, Place)
            and head.kind not in _WIDE
            and len(parts) > 1
            and all(
                isinstance(p.record, Place)
                and p.record.kind in _ANY_DIVISION
                and _may_hold(paths[0], paths[k + 1])
                for k, p in enumerate(parts[1:])
            )
        ):
            # "Solhan, province de Yagha": a village filed under its region in the curated
            # gazetteer, named with a district of that region; the village, finest
            return _place_hit(head, name, score, "compound")
        if (
            isinstance(head, Place)
            and head.kind not in _WIDE
            and len(parts) > 1
            and all(
                p.rule == "region"
                and isinstance(p.record, Place)
                and p.record.kind not in _WIDE
                and p.record.country == head.country
                for p in parts[1:]
            )
        ):
            # "Kramatorsk, Donetsk region" with no region of that name known: the region is
            # read as its town, Donetsk, which does not contain Kramatorsk; the first part
            return _place_hit(head, name, score * 0.9, "compound")
        if (
            isinstance(head, Place)
            and head.kind not in _WIDE
            and _held_by_names(self.vocab, paths[0], [p.text for p in parts[1:]])
        ):
            return _place_hit(head, name, score, "compound")  # "Tigre, Buenos Aires"
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
            found = None if matched is None or _generated(matched[0]) else matched[0]
            self.actor_fuzzy[name] = found
            return found

    def actor_by_looks(self, name: str) -> Actor | None:
        """Return the actor a perpetrator's name reads as by resemblance (rule ``fuzzy``).

        :meth:`actor_match`, kept only when it rests on one of the actor's names
        (:func:`~._organs.resembles_by_name`): *the military* is no *US military*.
        """
        try:
            return self.actor_looks[name]
        except KeyError:
            found = self.actor_match(name)
            if found is not None and not resembles_by_name(
                name, self._alias_names().get(found.id, [])
            ):
                found = None
            self.actor_looks[name] = found
            return found

    def _alias_names(self) -> dict[str, list[str]]:
        """Actor id -> its normalised names (for :func:`~._organs.resembles_by_name`)."""
        if self.alias_names is None:
            names: dict[str, list[str]] = {}
            for key, actor_id in zip(*self.vocab.actors.alias_keys(), strict=True):
                names.setdefault(actor_id, []).append(key)
            self.alias_names = names
        return self.alias_names

    def actor_at(self, name: str, when: dt.date | None, country: str | None) -> Actor | None:
        key = (name, when, country)
        try:
            return self.actor_scoped[key]
        except KeyError:
            found = self.vocab.actors.resolve(name, when=when, country=country)
            self.actor_scoped[key] = found
            return found

    def actor_in(self, name: str) -> Actor | None:
        """Return the actor whose longest known name the name holds, any date, or None."""
        return self._contained(name, None)

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
        # a short acronym counts only when written as one: "un travailleur" is no UN
        shouting = {normalize(w) for w in re.findall(r"\b[A-Z]{2,4}\b", name)}
        kept: list[str] = []
        for t in (t for t in tokens if t != "the"):
            inner = t in NAME_PARTICLES and bool(kept) and kept[-1] != "\x00"  # *Bashar al Assad*
            kept.append(t if len(t) > _SHORT or t in shouting or inner else "\x00")
        found = name_inside(kept, index, longest)
        if found is None:
            return None
        hit, start = found
        if another_side(kept[:start]):
            return None  # "aircraft supporting Haftar": the name of its patron, not its own
        actor = actors.get(hit)
        return actor if when is None or actor.valid_at(when) else None

    def _may_match(self, name: str) -> bool:
        """Whether any actor name comes close to ``name`` (RapidFuzz, before the slow scorer)."""
        if name in self.looks_close:
            return self.looks_close[name]
        if self.actor_keys is None:  # generated states are never read by looks
            keys, ids = self.vocab.actors.alias_keys()
            actors = self.vocab.actors
            self.actor_keys = sorted(
                {k for k, i in zip(keys, ids, strict=True) if not _generated(actors.get(i))}
            )
        if not self.actor_keys:
            return False
        best = process.extractOne(
            normalize(name), self.actor_keys, scorer=fuzz.WRatio, processor=None,
            score_cutoff=_SPEAKER_MATCH,
        )  # fmt: skip
        return self.looks_close.setdefault(name, best is not None)

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
        # "Nigerien officials", "Pakistan's Foreign Office": an organ of a named state
        described = None if found is not None else self._described(source, when)
        if found is None:
            for text in (source.name, *source.aliases):
                actor = self._contained(text, when)
                if actor is not None and self._fits_declared(source, actor, when):
                    found = _actor_hit(actor, source.name, 0.9, "contained")
                    break
            if described is not None and _other_state(found, described):
                found = None  # "South Sudanese army" holds "Sudanese army": the longer country
        if (
            found is None
            and len(normalize(source.name)) >= _MIN_FUZZY_LEN
            and self._may_match(source.name)
        ):
            matched = actors.match(source.name, threshold=_SPEAKER_MATCH, when=when)
            if matched is not None and _generated(matched[0]):
                matched = None  # read by the country it names (rule described), not by looks
            if (
                matched is not None
                and _may_resemble(source, matched[0], actors)
                and self._fits_declared(source, matched[0], when)
                and resembles_by_name(source.name, self._alias_names().get(matched[0].id, []))
            ):
                found = _actor_hit(matched[0], source.name, matched[1] / 100, "fuzzy")
                if described is not None and _other_state(found, described):
                    found = None  # a look-alike of another state's organ: the named state
        if found is None:
            found = described
        if found is None and source.party and source.kind in _PARTY_SPEAKERS:
            # "Palestinian authorities", party Hamas: an organ of the party speaks
            actor = actors.resolve(source.party, when=when) or self._contained(source.party, when)
            if actor is None:  # party "Indian government", "Pakistan": that state
                state = described_state(source.party, self.vocab.demonyms)
                actor = actors.get(state) if state is not None and state in actors else None
                if actor is not None and actor.kind is not SourceKind.STATE:
                    actor = None
            if actor is not None:
                found = _actor_hit(actor, source.name, 0.6, "party")
        self.speakers[key] = found
        return found

    def _fits_declared(self, source: Source, actor: Actor, when: dt.date | None) -> bool:
        """Whether an actor read inside a speaker's name fits the kind and party it declares.

        A name read by inclusion or resemblance (rules ``contained``, ``fuzzy``) is no actor
        of a kind its source cannot speak for (*franceinfo*, a medium, is not the French
        government; *un survivant*, a witness, is not the UN), nor the witness class joined
        to others (*testigos y fuentes de seguridad*), nor of another party than its declared
        party (*Saná* in a Houthi spokesman's title is not the Syrian news agency *SANA*).
        """
        kinds = _SPEAKS_AS.get(source.kind, {actor.kind})
        if actor.kind not in kinds or not alone(actor, source.name, self._contained, when):
            return False
        if source.party:
            declared = self.vocab.actors.resolve(source.party, when=when) or self._contained(
                source.party, when
            )
            if declared is not None and (declared.party or declared.id) != (
                actor.party or actor.id
            ):
                return False
        return True

    def _described(self, source: Source, when: dt.date | None) -> Resolved | None:
        """Return the state whose organ a speaker's name describes (rule ``described``).

        Never a state of another party than the one the source declares, when its
        declared party reads as an actor.
        """
        if source.kind not in _STATE_VOICES:
            return None  # an armed group, an NGO, a witness named after a country
        actors = self.vocab.actors
        for text in (source.name, *source.aliases):
            state = described_state(text, self.vocab.demonyms)
            if state is None or state not in actors:
                continue
            actor = actors.get(state)
            if actor.kind == "armed_group":
                continue  # a nation's armed groups named together: no organ of one
            if when is not None and not actor.valid_at(when):
                continue
            if source.party:
                declared = actors.resolve(source.party) or self._contained(source.party, when)
                if declared is None:
                    other = described_state(source.party, self.vocab.demonyms)
                    declared = actors.get(other) if other is not None and other in actors else None
                if declared is not None and (declared.party or declared.id) != (
                    actor.party or actor.id
                ):
                    continue
            return _actor_hit(actor, source.name, 0.6, "described")
        return None


_BODY_WORDS = _GENERIC_WORDS | _ORGAN_WORDS


def _generated(actor: Actor) -> bool:
    """Whether an actor is a state generated from ``states.csv`` (never read by looks).

    Their names are formulaic and hold other countries' words (*Government of British
    Indian Ocean Territory* looks like *Indian troops*); the country a name names reads
    them (rule ``described``, or ``demonym`` for a perpetrator).
    """
    return actor.note.startswith(GENERATED_NOTE)


def _other_state(found: Resolved | None, described: Resolved) -> bool:
    """Whether ``found`` is another state's organ than the one a name describes.

    *South Sudanese army* holds *Sudanese army* (Sudan's): the country the name names
    wins. A name holding a non-state actor's (*Forces de soutien rapide du Soudan*) names
    that actor; an organ of the described state's party (*FAMa* for *l'armée malienne*)
    is the finer reading.
    """
    if found is None:
        return False
    a, b = found.record, described.record
    if not (isinstance(a, Actor) and isinstance(b, Actor)) or a.kind is not SourceKind.STATE:
        return False
    return a.id != b.id and (a.party or a.id) != (b.party or b.id)


def _may_resemble(source: Source, actor: Actor, actors: Any) -> bool:
    """Whether a speaker's name may be read as ``actor`` by resemblance (rule ``fuzzy``).

    A name made only of the words of a body or its voices (*l'armée*, *officials*, *the
    ministry*) names no one in particular: it resembles every army's or government's
    name (*l'armée* and *l'armée russe*), so it is never read by resemblance. Nor is a
    name as an actor of another party than the one the source declares.
    """
    words = [w for w in normalize(source.name).split() if w not in _BODY_WORDS]
    if not words:
        return False
    if source.party:
        declared = actors.resolve(source.party)
        party = declared.party or declared.id if declared is not None else source.party
        if normalize(party) != normalize(actor.party or actor.id):
            return False
    return True


# "Mali's north" is "northern Mali"
_SIDES = {
    "north": "northern", "south": "southern", "east": "eastern", "west": "western",
    "centre": "central", "center": "central",
}  # fmt: skip

# "<a site> in <a place>": the last "in", "at", "à", "em", "de" before a place name
_INSIDE = re.compile(r"^.+\s(?P<prep>in|at|a|em|na|no|dans|de|du|of)\s(?P<rest>[^\s].*)$")
_GENITIVE = frozenset({"de", "du", "of"})
_COMPOUND_SPLIT = re.compile(r"[,;]")
# units named after their chief town ("Kanbalu Township", "canton de Kanbalu")
_TOWN_NAMED = frozenset(
    {
        "township",
        "canton",
        "municipio",
        "tehsil",
        "woreda",
        "raion",
        "rayon",
        "hromada",
        "kecamatan",
        "kabupaten",
    }
)
#: *Country's X*: a place the possessive says lies in that country.
_COUNTRY_POSSESSIVE = re.compile(r"^(?P<country>[^'\u2019]+?)['\u2019]s\s+(?P<rest>\S.*)$")
_POSSESSIVE_S = re.compile(r"(?<=\w)['\u2019]s\b")


_SHORT = 3  # names this short inside a longer text must be written in capitals


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


#: Kinds of source that may be a state's organ described by country (state media too).
_STATE_VOICES = frozenset({SourceKind.STATE, SourceKind.MEDIA, SourceKind.OTHER})

#: The kinds of actor a source of each declared kind may speak as, read by inclusion or
#: resemblance: a state's organ its army, news agency or a de facto authority (an armed
#: group); a medium a medium; an NGO or international body either (ICRC: NGO); a witness a witness.
_SPEAKS_AS: dict[SourceKind, frozenset[SourceKind]] = {
    SourceKind.STATE: frozenset({SourceKind.STATE, SourceKind.ARMED_GROUP, SourceKind.MEDIA}),
    SourceKind.ARMED_GROUP: frozenset({SourceKind.ARMED_GROUP, SourceKind.STATE, SourceKind.MEDIA}),
    SourceKind.MEDIA: frozenset({SourceKind.MEDIA}),
    SourceKind.NGO: frozenset({SourceKind.NGO, SourceKind.INTERNATIONAL_ORG}),
    SourceKind.INTERNATIONAL_ORG: frozenset({SourceKind.NGO, SourceKind.INTERNATIONAL_ORG}),
    SourceKind.WITNESS: frozenset({SourceKind.WITNESS}),
}

_PARTY_SPEAKERS = frozenset(
    {SourceKind.STATE, SourceKind.ARMED_GROUP, SourceKind.INTERNATIONAL_ORG}
)


def _speaker_key(hit: Resolved | None, source: Source, vocab: Vocabulary | None = None) -> str:
    """Return the speaker's identity: the actor (the body it is an organ of, given ``vocab``).

    Unknown speakers and classes of speakers (witnesses) are known by their name. A
    ministry's spokesman, the ministry and the government it belongs to speak with one
    voice: with ``vocab``, the outermost body of the ``part_of`` chain is the identity.
    """
    if hit is not None and hit.rule in ("local", "key"):
        # one speaker the vocabulary does not know, named several ways (``local``), or
        # an organ of a party it does not know (``key``)
        return hit.id
    if hit is None or not isinstance(hit.record, Actor):
        return "~" + normalize(source.name)
    actor = hit.record
    if actor.kind is SourceKind.WITNESS:
        return witness_key(source, actor.id)  # a named witness, or the class of the unnamed
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
