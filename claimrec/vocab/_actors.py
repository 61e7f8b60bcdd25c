"""The actor vocabulary: :class:`ActorVocabulary`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from rapidfuzz import process

from claimrec.errors import UnknownNameError
from claimrec.vocab._base import Scorer, _name_key, _to_when
from claimrec.vocab._catalogue import (
    _Catalogue,
    _cycle_from,
    _format_error,
    _merge,
    _name_score,
    _ProblemsError,
    _suggest,
)
from claimrec.vocab._records import Actor, Alias


class ActorVocabulary(_Catalogue[Actor]):
    """Actors and their aliases; resolves names, parties and ``part_of`` links.

    Parameters
    ----------
    actors : iterable of Actor
        Unique ids; every ``part_of`` must name an actor of the vocabulary, without cycles.

    Raises
    ------
    FormatError
        Listing every bad reference (numbered in the order found).

    Notes
    -----
    Exact lookups compare :func:`claimrec._text.normalize` keys of the id, the name and
    every alias (a leading *the* dropped). When ``when`` is given, only aliases and actors
    valid on that date count; ``country`` keeps actors operating there (or anywhere). A
    name that still fits several actors is ambiguous: :meth:`resolve` returns None and
    :meth:`candidates` lists them (*FDS* is both Burkina Faso's and Niger's forces).

    Examples
    --------
    >>> from claimrec.vocab import default_vocabulary
    >>> actors = default_vocabulary().actors
    >>> actors.resolve("Groupe de soutien a l'islam et aux musulmans").id
    'JNIM'
    >>> actors.resolve("FDS") is None, actors.resolve("FDS", country="NE").id
    (True, 'Niger army')
    """

    __slots__ = ("_choices", "_index", "_items", "_labels", "_layers")
    _kind = "actor id"

    def __init__(self, actors: Iterable[Actor] = ()) -> None:
        added = list(actors)
        try:
            items, new_ids = _merge((), added, "actors")
            self._setup(items, new_ids, ())
        except _ProblemsError as exc:
            raise _format_error(exc, added) from None

    def _setup(
        self, items: list[Actor], new_ids: Sequence[str], base_layers: Sequence[list[Actor]]
    ) -> None:
        self._items: dict[str, Actor] = {a.id: a for a in items}
        problems: list[tuple[str, str]] = []
        for actor_id in new_ids:
            actor = self._items[actor_id]
            if actor.part_of is not None and actor.part_of not in self._items:
                problems.append(
                    (actor_id, f"actor {actor_id!r}: part_of={actor.part_of!r}: unknown actor id")
                )
            elif actor.part_of is not None and _cycle_from(actor_id, self._up_step):
                problems.append((actor_id, f"actor {actor_id!r}: part_of makes a cycle"))
        if problems:
            raise _ProblemsError(problems)
        # later layers win: a key named by a newer layer forgets older layers' actors
        index: dict[str, list[tuple[str, Alias]]] = {}
        newer: set[str] = set()
        layers = [*base_layers, [self._items[i] for i in new_ids]]
        for layer in reversed(layers):
            keys: dict[str, list[tuple[str, Alias]]] = {}
            for actor in layer:
                if self._items.get(actor.id) is not actor:
                    continue
                for alias in (Alias(name=actor.id), Alias(name=actor.name), *actor.aliases):
                    entries = keys.setdefault(_name_key(alias.name), [])
                    if all(e != (actor.id, alias) for e in entries):
                        entries.append((actor.id, alias))
            for key, entries in keys.items():
                if key not in newer:
                    index.setdefault(key, []).extend(entries)
            newer.update(keys)
        self._index: dict[str, tuple[tuple[str, Alias], ...]] = {
            k: tuple(v) for k, v in sorted(index.items())
        }
        self._choices: list[str] = list(self._index)
        self._labels: list[str] = [self._index[k][0][0] for k in self._choices]
        self._layers = layers

    def _up_step(self, actor_id: str) -> tuple[str, ...]:
        actor = self._items.get(actor_id)
        return () if actor is None or actor.part_of is None else (actor.part_of,)

    def _derive(self, added: Sequence[Actor]) -> ActorVocabulary:
        items, new_ids = _merge(list(self), added, "actors")
        layers = [[a for a in layer if a.id not in new_ids] for layer in self._layers]
        new = object.__new__(type(self))
        new._setup(items, new_ids, layers)
        return new

    def extend(self, actors: Iterable[Actor]) -> ActorVocabulary:
        """Return a new vocabulary with ``actors`` added; they replace actors with their ids.

        A name the new actors use stops naming older actors (the newer layer wins).

        Raises
        ------
        FormatError
            For unknown ``part_of`` ids or cycles, listing all of them.

        Examples
        --------
        >>> from claimrec.vocab import Actor, default_vocabulary
        >>> actors = default_vocabulary().actors.extend(
        ...     [Actor(id="Katiba Serma", name="Katiba Serma", kind="armed_group",
        ...            party="JNIM", part_of="JNIM")])
        >>> actors.party_of("Katiba Serma"), actors.is_part_of("Katiba Serma", "JNIM")
        ('JNIM', True)
        """
        added = list(actors)
        try:
            return self._derive(added)
        except _ProblemsError as exc:
            raise _format_error(exc, added) from None

    # ---------------------------------------------------------------- container protocol

    def __repr__(self) -> str:
        return f"<ActorVocabulary actors={len(self._items)} names={len(self._index)}>"

    # ---------------------------------------------------------------- lookups

    def _eligible(
        self, entries: Iterable[tuple[str, Alias]], when: dt.date | None, country: str | None
    ) -> list[Actor]:
        out: list[Actor] = []
        for actor_id, alias in entries:
            actor = self._items[actor_id]
            if when is not None and not (alias.valid_at(when) and actor.valid_at(when)):
                continue
            if country is not None and actor.countries and country not in actor.countries:
                continue
            if actor not in out:
                out.append(actor)
        return out

    def candidates(
        self, name: str, *, when: dt.date | str | None = None, country: str | None = None
    ) -> tuple[Actor, ...]:
        """Return every actor ``name`` names exactly, given the date and country.

        Parameters
        ----------
        name : str
        when : datetime.date or ISO str, optional
            Keep only aliases and actors valid on this date.
        country : str, optional
            Keep only actors operating in this country (or anywhere).

        Returns
        -------
        tuple of Actor
            Sorted by id.

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> actors = default_vocabulary().actors
        >>> [a.id for a in actors.candidates("ISWAP", when="2020-06-01")]
        ['ISSP', 'ISWAP']
        >>> [a.id for a in actors.candidates("ISWAP", when="2024-06-01")]
        ['ISWAP']
        """
        found = self._eligible(self._index.get(_name_key(name), ()), _to_when(when), country)
        return tuple(sorted(found, key=lambda a: a.id))

    def resolve(
        self, name: str, *, when: dt.date | str | None = None, country: str | None = None
    ) -> Actor | None:
        """Return the one actor ``name`` names exactly, or None (unknown or ambiguous).

        Parameters
        ----------
        name : str
        when : datetime.date or ISO str, optional
            Respect time-scoped aliases and actors' dates.
        country : str, optional
            Prefer actors operating in this country.

        Returns
        -------
        Actor or None

        See Also
        --------
        candidates : every actor the name fits.
        match : fuzzy lookup.

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> actors = default_vocabulary().actors
        >>> actors.resolve("Mali's army").id, actors.resolve("the Malian military").id
        ('FAMa', 'FAMa')
        >>> actors.resolve("ISWAP", when="2020-06-01", country="ML").id
        'ISSP'
        >>> actors.resolve("ISWAP", when="2024-06-01", country="ML") is None
        True
        """
        found = self.candidates(name, when=when, country=country)
        return found[0] if len(found) == 1 else None

    def match(
        self,
        name: str,
        *,
        threshold: float = 85.0,
        when: dt.date | str | None = None,
        country: str | None = None,
        scorer: Scorer = _name_score,
    ) -> tuple[Actor, float] | None:
        """Return the actor ``name`` names, allowing misspellings, with the match score.

        An exact name scores 100. Otherwise every known name is scored against ``name``
        with ``scorer``: by default RapidFuzz ``fuzz.WRatio``, which also credits a known
        name inside a longer one (*Malian army spokesman* finds FAMa at 90), except that
        acronyms of up to three letters count only as whole words (*unknown gunmen* does
        not contain *UN*). The best actor scoring at least ``threshold`` wins; a tie
        between actors is ambiguous (None): *army* alone fits every army.

        Parameters
        ----------
        name : str
        threshold : float, optional
            Minimum score in [0, 100].
        when, country : optional
            As in :meth:`resolve`.
        scorer : callable, optional
            A RapidFuzz scorer taking two normalised strings (e.g. ``fuzz.token_set_ratio``).

        Returns
        -------
        (Actor, float) or None

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> actor, score = default_vocabulary().actors.match("Jamaat Nusrat al Islam wal Muslimeen")
        >>> actor.id, round(score)
        ('JNIM', 96)
        """
        when_date = _to_when(when)
        key = _name_key(name)
        exact = self._eligible(self._index.get(key, ()), when_date, country)
        if exact:
            return (exact[0], 100.0) if len(exact) == 1 else None
        found = process.extract(
            key, self._choices, scorer=scorer, processor=None, limit=None, score_cutoff=threshold
        )
        best: float | None = None
        winners: list[Actor] = []
        for _, score, idx in sorted(found, key=lambda r: -r[1]):
            if best is not None and score < best:
                break
            for actor in self._eligible(self._index[self._choices[idx]], when_date, country):
                best = score
                if actor not in winners:
                    winners.append(actor)
        if best is None or len(winners) != 1:
            return None
        return winners[0], float(best)

    def lookup(
        self, name: str, *, when: dt.date | str | None = None, country: str | None = None
    ) -> Actor:
        """Return the actor ``name`` names exactly, or raise.

        Raises
        ------
        UnknownNameError
            When no actor or several fit; suggests close names or the candidates.

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> default_vocabulary().actors.lookup("GSIM").id
        'JNIM'
        >>> default_vocabulary().actors.lookup("JNMI")
        Traceback (most recent call last):
        ...
        claimrec.errors.UnknownNameError: unknown actor 'JNMI' (did you mean 'JNIM'...?)
        """
        found = self.candidates(name, when=when, country=country)
        if len(found) == 1:
            return found[0]
        if found:
            raise UnknownNameError("actor (ambiguous)", name, [a.id for a in found])
        raise UnknownNameError(
            "actor", name, _suggest(_name_key(name), self._choices, self._labels)
        )

    def party_of(
        self, name: str, *, when: dt.date | str | None = None, country: str | None = None
    ) -> str | None:
        """Return the party of the actor ``name`` names, or None when unresolved.

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> default_vocabulary().actors.party_of("Az-Zallaqa")
        'JNIM'
        """
        actor = self.resolve(name, when=when, country=country)
        return None if actor is None else actor.party

    def chain(self, name: str) -> tuple[Actor, ...]:
        """Return the actor ``name`` names followed by what it is part of, innermost first.

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> [a.id for a in default_vocabulary().actors.chain("DIRPA")]
        ['DIRPA', 'FAMa', 'Malian government']
        """
        actor = self.resolve(name)
        out: list[Actor] = []
        while actor is not None:
            out.append(actor)
            actor = None if actor.part_of is None else self._items[actor.part_of]
        return tuple(out)

    def is_part_of(self, a: str, b: str) -> bool:
        """Return whether the actor ``a`` names belongs (directly or not) to the one ``b`` names.

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> actors = default_vocabulary().actors
        >>> actors.is_part_of("DIRPA", "Malian army"), actors.is_part_of("FAMa", "DIRPA")
        (True, False)
        """
        target = self.resolve(b)
        return target is not None and target in self.chain(a)[1:]

    def same(self, a: str, b: str, *, when: dt.date | str | None = None) -> bool:
        """Return whether two names name the same actor.

        Both names are resolved; when either is unknown or ambiguous, they are the same only
        if their normalised keys are equal. ``part_of`` does not make two actors the same:
        DIRPA speaks for FAMa but is not FAMa (see :meth:`same_party`).

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> actors = default_vocabulary().actors
        >>> actors.same("JNIM", "GSIM"), actors.same("DIRPA", "FAMa")
        (True, False)
        """
        first, second = self.resolve(a, when=when), self.resolve(b, when=when)
        if first is not None and second is not None:
            return first.id == second.id
        return _name_key(a) == _name_key(b)

    def same_party(self, a: str, b: str, *, when: dt.date | str | None = None) -> bool:
        """Return whether two names name actors of the same party (False when unresolved).

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> actors = default_vocabulary().actors
        >>> actors.same_party("DIRPA", "ORTM"), actors.same_party("FAMa", "JNIM")
        (True, False)
        """
        first, second = self.party_of(a, when=when), self.party_of(b, when=when)
        return first is not None and first == second

    def alias_keys(self, *, when: dt.date | str | None = None) -> tuple[list[str], list[str]]:
        """Return the normalised names and, in parallel, the ids of the actors they name.

        For vectorised matching (``rapidfuzz.process.cdist``). A name shared by two actors
        appears once per actor; with ``when``, only names valid on that date appear.

        Returns
        -------
        (list of str, list of str)

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> keys, ids = default_vocabulary().actors.alias_keys()
        >>> ids[keys.index("gsim")]
        'JNIM'
        """
        when_date = _to_when(when)
        keys: list[str] = []
        ids: list[str] = []
        for key, entries in self._index.items():
            for actor in self._eligible(entries, when_date, None):
                keys.append(key)
                ids.append(actor.id)
        return keys, ids
