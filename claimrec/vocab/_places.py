"""The gazetteer of places: :class:`Gazetteer`."""

from __future__ import annotations

import copy
from collections.abc import Iterable, Sequence

from rapidfuzz import fuzz, process

from claimrec.errors import UnknownNameError
from claimrec.vocab._base import _PLACE_RANK, PlaceKind, PlaceRelation, Scorer, _name_key
from claimrec.vocab._catalogue import (
    _Catalogue,
    _cycle_from,
    _format_error,
    _merge,
    _ProblemsError,
    _suggest,
)
from claimrec.vocab._records import Place

# --------------------------------------------------------------------------- places

#: The default bar for a misspelt place name (RapidFuzz ``fuzz.ratio``): one letter in seven.
FUZZY_THRESHOLD = 85.0
#: The world layer's (6,000 cities, 40,000 names): one letter in thirteen. Measured on the
#: 24,556 names of ``towns.csv`` that no world city bears, a bar of 85 reads 12.9% of them as a
#: world city (*Kherson* as Girona), 90 reads 4.3%, 92 reads 2.1%.
WORLD_FUZZY_THRESHOLD = 92.0
#: A city this many times as populous as each namesake is the one its exonym names (as among
#: towns: ``claimrec.resolution``'s reading of a town name shared by several).
PREVAILING = 5


class Gazetteer(_Catalogue[Place]):
    """Places, their names and their containment; resolves and relates place names.

    Parameters
    ----------
    places : iterable of Place
        Unique ids; parents and covered places must exist, without cycles; a place's
        parent is not an area and lies in the same country.

    Raises
    ------
    FormatError
        Listing every bad reference.

    Notes
    -----
    Places sharing a name (*Nioro du Sahel* in Mali and *Nioro du Rip* in Senegal both
    answer to *Nioro*) are never merged without evidence: :meth:`resolve` returns all of
    them and :meth:`best` picks one only by country or by the other places named with it.

    Examples
    --------
    >>> from claimrec.vocab import default_vocabulary
    >>> places = default_vocabulary().places
    >>> [p.id for p in places.resolve("Nioro")]
    ['ml.nioro-du-sahel', 'sn.nioro-du-rip']
    >>> places.best("Nioro") is None, places.best("Nioro", context=["Kayes"]).id
    (True, 'ml.nioro-du-sahel')
    """

    __slots__ = (
        "_choices", "_covered_by", "_fuzzy", "_index", "_items", "_labels", "_layers",
        "_population", "_up",
    )  # fmt: skip
    _kind = "place id"

    def __init__(self, places: Iterable[Place] = ()) -> None:
        added = list(places)
        try:
            items, new_ids = _merge((), added, "places")
            self._setup(items, new_ids, ())
        except _ProblemsError as exc:
            raise _format_error(exc, added) from None

    def _setup(
        self, items: list[Place], new_ids: Sequence[str], base_layers: Sequence[list[Place]]
    ) -> None:
        self._items: dict[str, Place] = {p.id: p for p in items}
        problems: list[tuple[str, str]] = []
        for place_id in new_ids:
            problems.extend((place_id, msg) for msg in self._check(self._items[place_id]))
        if not problems:
            problems.extend(
                (place_id, f"place {place_id!r}: parent/covers make a cycle")
                for place_id in new_ids
                if _cycle_from(place_id, self._contain_step)
            )
        if problems:
            raise _ProblemsError(problems)
        covered_by: dict[str, list[str]] = {}
        for place in items:
            for part in place.covers:
                covered_by.setdefault(part, []).append(place.id)
        self._covered_by: dict[str, tuple[str, ...]] = {
            k: tuple(sorted(v)) for k, v in covered_by.items()
        }
        index: dict[str, list[str]] = {}
        newer: set[str] = set()
        layers = [*base_layers, [self._items[i] for i in new_ids]]
        for layer in reversed(layers):
            keys: dict[str, list[str]] = {}
            for place in layer:
                for name in (place.name, *place.aliases):
                    ids = keys.setdefault(_name_key(name), [])
                    if place.id not in ids:
                        ids.append(place.id)
            for key, ids in keys.items():
                if key not in newer:
                    index.setdefault(key, []).extend(ids)
            newer.update(keys)
        self._index: dict[str, tuple[str, ...]] = {
            k: tuple(sorted(v)) for k, v in sorted(index.items())
        }
        self._choices: list[str] = list(self._index)
        self._labels: list[str] = [self._items[self._index[k][0]].name for k in self._choices]
        self._layers = layers
        self._up: dict[str, frozenset[str]] = {}
        self._population: dict[str, int] = {
            k: v for k, v in getattr(self, "_population", {}).items() if k in self._items
        }
        self._fuzzy: float = getattr(self, "_fuzzy", FUZZY_THRESHOLD)

    def strict(self, threshold: float) -> Gazetteer:
        """Return this gazetteer with another default bar for misspellings (:meth:`match`).

        A gazetteer of thousands of names holds, for most misspelt names, another real name
        one letter away: a large layer needs a stricter bar than a curated one. The world
        layer's is :data:`WORLD_FUZZY_THRESHOLD` (*Kherson*, a town, is not *Kherona*,
        the Russian name of Girona: 85.7).

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> world = default_vocabulary().world
        >>> world.best("Kherona").name, world.best("Kherson") is None
        ('Girona', True)
        >>> world.strict(100.0).best("Kherona").name  # an exact name is no misspelling
        'Girona'
        """
        new = copy.copy(self)
        new._fuzzy = float(threshold)  # noqa: SLF001 - the copy's own bar
        return new

    def _counted(self, population: dict[str, int]) -> Gazetteer:
        """Record the populations of places (a places file's ``population`` column); self."""
        self._population.update((k, v) for k, v in population.items() if k in self._items)
        return self

    def prevailing(self, name: str, places: Sequence[Place]) -> Place | None:
        """Return the one of ``places`` (all named ``name``) that the name names without context.

        The only one; else the city that holds ``name`` as an alias (an exonym: *Odessa*
        for Odesa, Ukraine) when it is at least :data:`PREVAILING` times as populous as
        each other one (Odessa, Texas, named after it). Two places whose own name it is
        (*Tripoli*), or places without a population, stay ambiguous (None).

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> world = default_vocabulary().world
        >>> world.prevailing("Odessa", world.resolve("Odessa")).country
        'UA'
        >>> world.prevailing("Tripoli", world.resolve("Tripoli")) is None
        True
        """
        if len(places) <= 1:
            return places[0] if places else None
        people = [self._population.get(p.id, 0) for p in places]
        top = max(range(len(places)), key=people.__getitem__)
        if (
            not all(people)
            or _name_key(places[top].name) == _name_key(name)
            or not all(PREVAILING * n <= people[top] for k, n in enumerate(people) if k != top)
        ):
            return None
        return places[top]

    def population(self, place_id: str) -> int | None:
        """Return a place's population when its file gives one (the world layer's cities).

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> world = default_vocabulary().world
        >>> world.population("gn.698740") >= 5 * world.population("gn.5527554")  # Odesa
        True
        >>> default_vocabulary().places.population("ml.kayes") is None
        True
        """
        return self._population.get(place_id)

    def _check(self, place: Place) -> list[str]:
        out: list[str] = []
        where = f"place {place.id!r}: "
        if place.parent is not None:
            parent = self._items.get(place.parent)
            if parent is None:
                out.append(where + f"parent={place.parent!r}: unknown place id")
            elif parent.kind is PlaceKind.AREA:
                out.append(where + f"parent={place.parent!r}: an area cannot be a parent")
            elif place.country is not None and parent.country != place.country:
                out.append(
                    where + f"parent={place.parent!r}: in country {parent.country!r}, "
                    f"not {place.country!r}"
                )
        out.extend(
            where + f"covers={part!r}: unknown place id"
            for part in place.covers
            if part not in self._items
        )
        return out

    def _contain_step(self, place_id: str) -> tuple[str, ...]:
        place = self._items.get(place_id)
        if place is None:
            return ()
        return (*place.covers, *(() if place.parent is None else (place.parent,)))

    def _derive(self, added: Sequence[Place]) -> Gazetteer:
        items, new_ids = _merge(list(self), added, "places")
        layers = [[p for p in layer if p.id not in new_ids] for layer in self._layers]
        new = object.__new__(type(self))
        new._population = self._population
        new._fuzzy = self._fuzzy
        new._setup(items, new_ids, layers)
        return new

    def extend(self, places: Iterable[Place]) -> Gazetteer:
        """Return a new gazetteer with ``places`` added; they replace places with their ids.

        A name the new places use stops naming older places (the newer layer wins).

        Raises
        ------
        FormatError
            For unknown parents or covered places, or cycles, listing all of them.

        Examples
        --------
        >>> from claimrec.vocab import Place, default_vocabulary
        >>> places = default_vocabulary().places.extend(
        ...     [Place(id="ml.kobe", name="Kobé", kind="village", country="ML",
        ...            parent="ml.kayes-region")])
        >>> places.relate("ml.kobe", "ml.western-mali").value
        'within'
        """
        added = list(places)
        try:
            return self._derive(added)
        except _ProblemsError as exc:
            raise _format_error(exc, added) from None

    # ---------------------------------------------------------------- container protocol

    def __repr__(self) -> str:
        countries = sum(p.kind is PlaceKind.COUNTRY for p in self._items.values())
        return f"<Gazetteer places={len(self._items)} countries={countries}>"

    def get(self, place_id: str | Place) -> Place:
        """Return the place with this id (a Place is returned as it is).

        Raises
        ------
        UnknownNameError
            With close ids as suggestions.

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> default_vocabulary().places.get("ml.diboli").parent
        'ml.kayes-region'
        """
        if isinstance(place_id, Place):
            return place_id
        return super().get(place_id)

    # ---------------------------------------------------------------- lookups

    def resolve(self, name: str, *, country: str | None = None) -> list[Place]:
        """Return every place ``name`` names exactly (sorted by id), in ``country`` if given.

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> places = default_vocabulary().places
        >>> [p.id for p in places.resolve("Tombouctou")], [p.id for p in places.resolve("Gao")]
        (['ml.timbuktu'], ['bf.gao', 'ml.gao'])
        >>> [p.id for p in places.resolve("Gao", country="ML")]
        ['ml.gao']
        """
        found = [self._items[i] for i in self._index.get(_name_key(name), ())]
        return [p for p in found if country is None or p.country == country]

    def _context(self, context: Iterable[str | Place]) -> list[Place]:
        out: list[Place] = []
        for item in context:
            if isinstance(item, Place):
                out.append(item)
                continue
            found = self.resolve(item)
            if len(found) == 1:
                out.append(found[0])
            elif not found:
                matched = self.match(item)
                if matched is not None:
                    out.append(matched[0])
        return out

    def _regions(self, place: Place) -> set[str]:
        return {p.id for p in self.path(place) if p.kind in (PlaceKind.REGION, PlaceKind.DISTRICT)}

    def _closeness(self, place: Place, context: Sequence[Place]) -> int:
        """3: ``place`` is a context place; 2: shares its region or lies in it; 1: its country."""
        best = 0
        regions = self._regions(place)
        for other in context:
            if other.id == place.id:
                return 3
            if regions & self._regions(other) or (
                other.kind is PlaceKind.AREA
                and self.relate(place, other) in (PlaceRelation.WITHIN, PlaceRelation.SAME)
            ):
                return 2
            if place.country is not None and place.country == other.country:
                best = 1
        return best

    def _pick(self, found: Sequence[Place], context: Sequence[Place]) -> Place | None:
        if len(found) == 1:
            return found[0]
        deepest = max(found, key=lambda p: len(self.path(p)))
        if all(p is deepest or p.id in self._containers(deepest) for p in found):
            return deepest
        if not context:
            return None
        scores = [(self._closeness(p, context), p) for p in found]
        top = max(s for s, _ in scores)
        winners = [p for s, p in scores if s == top]
        return winners[0] if top > 0 and len(winners) == 1 else None

    def match(
        self,
        name: str,
        *,
        threshold: float | None = None,
        country: str | None = None,
        context: Iterable[str | Place] = (),
        context_bonus: float = 20.0,
        scorer: Scorer = fuzz.ratio,
    ) -> tuple[Place, float] | None:
        """Return the place ``name`` names, allowing misspellings, with the match score.

        An exact name scores 100 (several exact candidates are settled as in :meth:`best`).
        Otherwise every known name is scored with ``scorer``: RapidFuzz ``fuzz.ratio``
        (whole-name edit similarity) by default, because place names are short and a
        partial scorer would take *Katibougou* for *Kati*. A candidate in the same region
        as (or inside) one of the ``context`` places, the other places named in the same
        claims, gains ``context_bonus`` points (capped at 100). The best place reaching
        ``threshold`` wins; a tie between places is ambiguous (None).

        Parameters
        ----------
        name : str
        threshold : float, optional
            Minimum (adjusted) score in [0, 100]; by default the gazetteer's own (85, the
            world layer's :data:`WORLD_FUZZY_THRESHOLD`: :meth:`strict`).
        country : str, optional
            Consider only places in this country.
        context : iterable of str or Place, optional
            Other places of the same claim set; a name counts when it names one place
            exactly or, failing that, matches one at the default threshold.
        context_bonus : float, optional
        scorer : callable, optional

        Returns
        -------
        (Place, float) or None

        Notes
        -----
        The army's statement of 1 July 2025 spells Diboli *Binoli*: two letters differ in
        six, a ``fuzz.ratio`` of 66.7, below any safe threshold on its own (*Boni* scores
        60). Named with Kayes or Sandaré, Diboli shares their region and reaches 86.7.

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> places = default_vocabulary().places
        >>> place, score = places.match("Sandere")
        >>> place.name, round(score, 1)
        ('Sandaré', 85.7)
        >>> places.match("Binoli") is None
        True
        >>> place, score = places.match("Binoli", context=["Kayes", "Sandaré"])
        >>> place.name, round(score, 1)
        ('Diboli', 86.7)
        """
        threshold = self._fuzzy if threshold is None else threshold
        ctx = self._context(context)
        exact = self.resolve(name, country=country)
        if exact:
            picked = self._pick(exact, ctx) or self.prevailing(name, exact)
            return None if picked is None else (picked, 100.0)
        cutoff = max(0.0, threshold - context_bonus) if ctx else threshold
        found = process.extract(
            _name_key(name),
            self._choices,
            scorer=scorer,
            processor=None,
            limit=None,
            score_cutoff=cutoff,
        )
        scores: dict[str, float] = {}
        for _, raw, idx in found:
            for place_id in self._index[self._choices[idx]]:
                place = self._items[place_id]
                if country is not None and place.country != country:
                    continue
                score = float(raw)
                if ctx and self._closeness(place, ctx) >= 2:
                    score = min(100.0, score + context_bonus)
                if score >= threshold and score > scores.get(place_id, -1.0):
                    scores[place_id] = score
        if not scores:
            return None
        top = max(scores.values())
        winners = sorted(i for i, s in scores.items() if s == top)
        return (self._items[winners[0]], top) if len(winners) == 1 else None

    def best(
        self,
        name: str,
        *,
        country: str | None = None,
        context: Iterable[str | Place] = (),
        threshold: float | None = None,
    ) -> Place | None:
        """Return the one place ``name`` most plausibly names, or None when it is ambiguous.

        Exact candidates first (filtered by ``country``): one is returned; several nested
        in each other give the innermost; otherwise the one closest to the ``context``
        places (same region, else same country) if it is the only closest. Without exact
        candidates, :meth:`match` decides (fuzzy, with the same context).

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> places = default_vocabulary().places
        >>> places.best("Nioro", country="ML").id, places.best("Nioro", country="SN").id
        ('ml.nioro-du-sahel', 'sn.nioro-du-rip')
        >>> places.best("Gao", context=["Kidal", "Ansongo"]).id
        'ml.gao'
        >>> places.best("Binoli", context=["Kayes"]).id
        'ml.diboli'
        """
        found = self.resolve(name, country=country)
        ctx = self._context(context)
        if found:
            return self._pick(found, ctx) or self.prevailing(name, found)
        matched = self.match(name, threshold=threshold, country=country, context=ctx)
        return None if matched is None else matched[0]

    def lookup(
        self, name: str, *, country: str | None = None, context: Iterable[str | Place] = ()
    ) -> Place:
        """Return :meth:`best` or raise.

        Raises
        ------
        UnknownNameError
            Suggesting the candidates (when ambiguous) or close names.

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> default_vocabulary().places.lookup("Nioro")
        Traceback (most recent call last):
        ...
        claimrec.errors.UnknownNameError: unknown place (ambiguous) 'Nioro' (did you mean
        'ml.nioro-du-sahel', 'sn.nioro-du-rip'?)
        """
        place = self.best(name, country=country, context=context)
        if place is not None:
            return place
        found = self.resolve(name, country=country)
        if found:
            raise UnknownNameError("place (ambiguous)", name, [p.id for p in found])
        raise UnknownNameError(
            "place", name, _suggest(_name_key(name), self._choices, self._labels)
        )

    # ---------------------------------------------------------------- hierarchy

    def path(self, place: str | Place) -> tuple[Place, ...]:
        """Return the chain of parents from the root (the country) down to ``place``.

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> [p.name for p in default_vocabulary().places.path("ml.diboli")]
        ['Mali', 'Kayes Region', 'Diboli']
        """
        node: Place | None = self.get(place)
        out: list[Place] = []
        while node is not None:
            out.append(node)
            # a place of another layer (a division or town of the world layers) may name a
            # parent this gazetteer does not hold (its country): the chain stops there
            node = None if node.parent is None else self._items.get(node.parent)
        return tuple(reversed(out))

    def _containers(self, place: Place) -> frozenset[str]:
        """Ids of every place strictly containing ``place``: ancestors and covering areas."""
        cached = self._up.get(place.id)
        if cached is not None:
            return cached
        out: set[str] = set()
        for up_id in (
            *(() if place.parent is None else (place.parent,)),
            *self._covered_by.get(place.id, ()),
        ):
            out.add(up_id)
            up = self._items.get(up_id)  # None: a parent outside this gazetteer (see path)
            if up is not None:
                out.update(self._containers(up))
        result = frozenset(out)
        self._up[place.id] = result
        return result

    def relate(self, a: str | Place, b: str | Place) -> PlaceRelation:
        """Return how place ``a`` relates to place ``b``.

        - ``SAME``: one place.
        - ``WITHIN``: ``a`` lies inside ``b`` (through parents, or an area covering one of
          ``a``'s containers; an area whose every covered place lies inside ``b``).
        - ``CONTAINS``: the converse.
        - ``DISJOINT``: no overlap (two different towns; places under different regions).
        - ``UNKNOWN``: the data cannot tell. A place attached to a coarse parent may lie in
          a finer container under that parent (a village filed directly under Kayes Region
          may or may not be in Nioro Region); areas overlapping in part are ``UNKNOWN`` too.

        ``relate(b, a)`` is always the converse of ``relate(a, b)``.

        Parameters
        ----------
        a, b : str or Place
            Place ids or places.

        Returns
        -------
        PlaceRelation

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> places = default_vocabulary().places
        >>> places.relate("ml.diboli", "ml.kayes-region").value
        'within'
        >>> places.relate("ML", "ml.diboli").value, places.relate("ml.diboli", "ml.gao").value
        ('contains', 'disjoint')
        >>> places.relate("ml.sandare", "ml.nioro-region").value
        'unknown'
        """
        first, second = self.get(a), self.get(b)
        if first.id == second.id:
            return PlaceRelation.SAME
        if second.id in self._containers(first):
            return PlaceRelation.WITHIN
        if first.id in self._containers(second):
            return PlaceRelation.CONTAINS
        return self._separate(first, second)

    def _separate(self, a: Place, b: Place) -> PlaceRelation:
        if a.kind is PlaceKind.AREA and a.covers:
            parts = {self.relate(part, b) for part in a.covers}
            if parts <= {PlaceRelation.WITHIN, PlaceRelation.SAME}:
                return PlaceRelation.WITHIN
            if parts == {PlaceRelation.DISJOINT}:
                return PlaceRelation.DISJOINT
        if b.kind is PlaceKind.AREA and b.covers:
            parts = {self.relate(a, part) for part in b.covers}
            if parts <= {PlaceRelation.CONTAINS, PlaceRelation.SAME}:
                return PlaceRelation.CONTAINS
            if parts == {PlaceRelation.DISJOINT}:
                return PlaceRelation.DISJOINT
        if PlaceKind.AREA in (a.kind, b.kind):
            for area, other in ((a, b), (b, a)):
                if (
                    area.kind is PlaceKind.AREA
                    and not area.covers
                    and area.parent is not None
                    and self.relate(self._items[area.parent], other) is PlaceRelation.DISJOINT
                ):
                    return PlaceRelation.DISJOINT
            return PlaceRelation.UNKNOWN
        for inner, outer in ((a, b), (b, a)):
            if (
                inner.parent is not None
                and inner.parent in self._containers(outer)
                and _PLACE_RANK[outer.kind] < _PLACE_RANK[inner.kind]
            ):
                return PlaceRelation.UNKNOWN
        return PlaceRelation.DISJOINT

    def alias_keys(self) -> tuple[list[str], list[str]]:
        """Return the normalised names and, in parallel, the ids of the places they name.

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> keys, ids = default_vocabulary().places.alias_keys()
        >>> sorted(i for k, i in zip(keys, ids) if k == "nioro")
        ['ml.nioro-du-sahel', 'sn.nioro-du-rip']
        """
        keys: list[str] = []
        ids: list[str] = []
        for key, place_ids in self._index.items():
            keys.extend([key] * len(place_ids))
            ids.extend(place_ids)
        return keys, ids
