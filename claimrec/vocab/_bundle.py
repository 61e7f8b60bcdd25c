"""The bundle of the four vocabularies: :class:`Vocabulary` and :func:`default_vocabulary`."""

from __future__ import annotations

import functools
import sys
from collections.abc import Iterable, Sequence
from importlib.resources import files
from typing import Any

import attrs

from claimrec._text import normalize

if sys.version_info >= (3, 11):
    from importlib.resources.abc import Traversable
else:  # pragma: no cover - Python 3.10
    from importlib.abc import Traversable

from claimrec.vocab._actors import ActorVocabulary
from claimrec.vocab._catalogue import _T
from claimrec.vocab._demonyms import (
    DEMONYMS_FILE,
    Demonym,
    Demonyms,
    _read_demonyms,
    shipped_demonyms,
)
from claimrec.vocab._files import (
    _as_traversable,
    _load_actors,
    _load_places,
    _load_predicates,
    _load_subjects,
    _read,
    _Source,
)
from claimrec.vocab._phrases import PredicateVocabulary, SubjectVocabulary
from claimrec.vocab._places import WORLD_FUZZY_THRESHOLD, Gazetteer
from claimrec.vocab._records import Actor, Alias, Place, Predicate, SubjectClass
from claimrec.vocab._regions import Regions
from claimrec.vocab._states import state_actors
from claimrec.vocab._towns import Towns

# --------------------------------------------------------------------------- the bundle

ACTORS_FILE = "actors.json"
PLACES_FILE = "places.csv"
#: The world layer beneath the shipped gazetteer: countries and large cities (GeoNames).
WORLD_FILE = "world.csv"
#: The towns beneath the world layer: towns of 15,000 people or more (GeoNames), read lazily.
TOWNS_FILE = "towns.csv"
#: The administrative divisions of the world (GeoNames), read lazily.
REGIONS_FILE = "regions.csv"
PREDICATES_FILE = "predicates.json"
SUBJECTS_FILE = "subjects.json"


@attrs.frozen(kw_only=True, eq=False)
class Vocabulary:
    """The four vocabularies together: actors, places, predicates and subjects.

    Parameters
    ----------
    actors : ActorVocabulary, optional
    places : Gazetteer, optional
    predicates : PredicateVocabulary, optional
    subjects : SubjectVocabulary, optional
    world : Gazetteer, optional
        A layer beneath ``places``, read by exact names only where ``places`` knows
        nothing: the shipped one holds the world's countries and large cities.
    towns : Towns, optional
        A layer beneath ``world``, read by exact names only, and only where neither
        ``places`` nor ``world`` knows a name: the shipped one holds the world's towns of
        15,000 people or more outside the curated countries, read on first use.
    regions : Regions, optional
        The world's administrative divisions (states, provinces, districts) and the towns
        of ``world`` and ``towns`` in each, read by exact names only where ``places``
        knows nothing: the shipped one is read on first use.
    demonyms : Demonyms, optional
        Countries' adjectives and names of their people, and the actor acting for each
        country (*frappe israélienne*, *Nigerien officials*); the shipped table
        (``demonyms.csv``) by default.

    See Also
    --------
    default_vocabulary : the shipped vocabulary, loaded once.

    Examples
    --------
    >>> from claimrec.vocab import default_vocabulary
    >>> default_vocabulary()
    <Vocabulary actors=359 places=221 predicates=43 subjects=22>
    """

    actors: ActorVocabulary = attrs.field(factory=ActorVocabulary)
    places: Gazetteer = attrs.field(factory=Gazetteer)
    predicates: PredicateVocabulary = attrs.field(factory=PredicateVocabulary)
    subjects: SubjectVocabulary = attrs.field(factory=SubjectVocabulary)
    world: Gazetteer = attrs.field(factory=Gazetteer, repr=False)
    towns: Towns = attrs.field(factory=Towns, repr=False)
    regions: Regions = attrs.field(factory=Regions, repr=False)
    demonyms: Demonyms = attrs.field(factory=shipped_demonyms, repr=False)

    def __repr__(self) -> str:
        return (
            f"<Vocabulary actors={len(self.actors)} places={len(self.places)} "
            f"predicates={len(self.predicates)} subjects={len(self.subjects)}>"
        )

    @classmethod
    def load(
        cls,
        directory: _Source | None = None,
        *,
        actors: _Source | None = None,
        places: _Source | None = None,
        predicates: _Source | None = None,
        subjects: _Source | None = None,
        demonyms: _Source | None = None,
        base: Vocabulary | None = None,
    ) -> Vocabulary:
        r"""Load vocabulary files in the shipped formats.

        Parameters
        ----------
        directory : path, optional
            A folder holding any of ``actors.json``, ``places.csv``, ``predicates.json``,
            ``subjects.json`` and ``demonyms.csv``; missing files leave that vocabulary
            empty (or ``base``'s; the demonyms, the shipped table or ``base``'s).
        actors, places, predicates, subjects, demonyms : path, optional
            Individual files, overriding the folder's. A ``demonyms.csv`` (columns
            ``country,actor,forms``, forms separated by ``|``) is merged into the
            shipped (or ``base``'s) table as :meth:`extend` merges.
        base : Vocabulary, optional
            Vocabulary the files extend: their entries may refer to ``base``'s ids
            (``part_of``, ``parent``...) and replace entries with the same id; a name they
            use stops naming ``base``'s entries (the files win).

        Returns
        -------
        Vocabulary

        Raises
        ------
        FormatError
            Naming the file and listing every bad row with its line: unknown keys or
            columns, bad kinds, dates or coordinates, unknown ids, clashing phrases, cycles.

        Examples
        --------
        >>> import pathlib, tempfile
        >>> from claimrec.vocab import Vocabulary, default_vocabulary
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (folder / "places.csv").write_text(
        ...     "id,name,kind,country,parent\n"
        ...     "ml.kobe,Kobé,village,ML,ml.kayes-region\n"
        ...     "ml.x,X,hamlet,ML,ml.nowhere\n", encoding="utf-8")
        >>> Vocabulary.load(folder, base=default_vocabulary())
        Traceback (most recent call last):
        ...
        claimrec.errors.FormatError: .../places.csv, line 3: kind='hamlet': not one of ...
        """
        root = None if directory is None else _as_traversable(directory)

        def pick(explicit: _Source | None, filename: str) -> Traversable | None:
            if explicit is not None:
                return _as_traversable(explicit)
            if root is not None and (root / filename).is_file():
                return root / filename
            return None

        start = base if base is not None else cls()
        actor_file = pick(actors, ACTORS_FILE)
        place_file = pick(places, PLACES_FILE)
        predicate_file = pick(predicates, PREDICATES_FILE)
        subject_file = pick(subjects, SUBJECTS_FILE)
        demonym_file = pick(demonyms, DEMONYMS_FILE)
        table = start.demonyms
        if demonym_file is not None:
            table = table.extend(_read_demonyms(_read(demonym_file), str(demonym_file)))
        return cls(
            actors=start.actors
            if actor_file is None
            else _load_actors(actor_file, base.actors if base is not None else None),
            places=start.places
            if place_file is None
            else _load_places(place_file, base.places if base is not None else None),
            predicates=start.predicates
            if predicate_file is None
            else _load_predicates(predicate_file, base.predicates if base is not None else None),
            subjects=start.subjects
            if subject_file is None
            else _load_subjects(subject_file, base.subjects if base is not None else None),
            world=start.world,
            towns=start.towns,
            regions=start.regions,
            demonyms=table,
        )

    def extend(
        self,
        other: Vocabulary | None = None,
        *,
        actors: Iterable[Actor] = (),
        places: Iterable[Place] = (),
        predicates: Iterable[Predicate] = (),
        subjects: Iterable[SubjectClass] = (),
        disjoint: Iterable[Iterable[str]] = (),
        demonyms: Iterable[Demonym] = (),
    ) -> Vocabulary:
        """Return a new vocabulary with user entries added; the user's entries win.

        An entry with the id of an existing one is merged into it: its fields replace the
        old ones, and its synonyms (aliases for actors and places; a predicate's
        ``entails`` and ``excludes`` too) are added to the old ones, so a user adds a verb
        in one line. A name or phrase the new entries use
        stops naming other entries. References may point to either side.

        Parameters
        ----------
        other : Vocabulary, optional
            Every entry of ``other`` is added (then the keyword entries).
        actors, places, predicates, subjects : iterables of records, optional
        disjoint : iterable of iterables of str, optional
            More groups of mutually exclusive subject classes.
        demonyms : iterable of Demonym, optional
            Countries' adjectives: an entry of a country the table has is merged into it
            (its forms added, its actor replacing the old one), a new country is added.

        Returns
        -------
        Vocabulary

        Raises
        ------
        FormatError
            For unknown references, cycles or clashing phrases among the new entries.

        Examples
        --------
        >>> from claimrec.vocab import Actor, Predicate, default_vocabulary
        >>> vocab = default_vocabulary().extend(actors=[
        ...     Actor(id="FAMa", name="Malian Armed Forces", kind="state",
        ...           party="Mali government", aliases=["Malian troops", "FAMa"])])
        >>> vocab.actors.resolve("Malian troops").id, vocab.actors.resolve("Malian army").id
        ('FAMa', 'FAMa')
        >>> more = default_vocabulary().extend(predicates=[Predicate(
        ...     id="killed", family="casualties", value_type="quantity", synonyms=["gunned down"])])
        >>> more.predicates.resolve("gunned down").id, more.predicates.resolve("slain").id
        ('killed', 'killed')

        A country's adjective in another language, in one line (merged into the entry):

        >>> from claimrec.vocab import Demonym
        >>> de = default_vocabulary().extend(demonyms=[
        ...     Demonym(country="IL", actor="Israel", forms="israelische|israelischer")])
        >>> de.demonyms.named("ein israelischer Luftangriff"), de.demonyms.named("israélienne")
        ('Israel', 'Israel')
        """
        new_actors = _merged(self.actors, [*(other.actors if other is not None else ()), *actors])
        new_places = _merged(self.places, [*(other.places if other is not None else ()), *places])
        new_predicates = _merged(
            self.predicates, [*(other.predicates if other is not None else ()), *predicates]
        )
        new_subjects = _merged(
            self.subjects, [*(other.subjects if other is not None else ()), *subjects]
        )
        groups = [*(other.subjects.disjoint if other is not None else ()), *disjoint]
        return Vocabulary(
            actors=self.actors.extend(new_actors) if new_actors else self.actors,
            places=self.places.extend(new_places) if new_places else self.places,
            predicates=(
                self.predicates.extend(new_predicates) if new_predicates else self.predicates
            ),
            subjects=(
                self.subjects.extend(new_subjects, disjoint=groups)
                if new_subjects or groups
                else self.subjects
            ),
            world=self.world,
            towns=self.towns,
            regions=self.regions,
            demonyms=self.demonyms.extend(
                [*(other.demonyms if other is not None else ()), *demonyms]
            ),
        )


def _merged(existing: Any, added: Sequence[_T]) -> list[_T]:
    """Return ``added`` with each entry's synonyms (or aliases) merged into an existing one's."""
    out: list[_T] = []
    for item in added:
        if item.id in existing:
            old = existing.get(item.id)
            fields = ["aliases"] if isinstance(item, Actor | Place) else ["synonyms"]
            if isinstance(item, Predicate):
                fields += ["entails", "excludes"]
            changes: dict[str, Any] = {}
            for field in fields:
                words = list(getattr(old, field))
                seen = {_alias_text(w) for w in words}
                words += [w for w in getattr(item, field) if _alias_text(w) not in seen]
                changes[field] = words
            item = attrs.evolve(item, **changes)  # noqa: PLW2901 - the merged entry
        out.append(item)
    return out


def _alias_text(word: object) -> str:
    return normalize(word.name if isinstance(word, Alias) else str(word))


@functools.cache
def default_vocabulary() -> Vocabulary:
    """Return the vocabulary shipped in ``claimrec/data/`` (loaded once, then cached).

    Returns
    -------
    Vocabulary

    Examples
    --------
    >>> from claimrec.vocab import default_vocabulary
    >>> default_vocabulary() is default_vocabulary()
    True
    >>> default_vocabulary().actors.resolve("Forces Armées Maliennes").id
    'FAMa'

    Beneath the curated gazetteer (``places.csv``) lies a world layer (``world.csv``):
    the countries and the cities of 100,000 people or more outside the curated
    countries, from GeoNames (CC BY 4.0), so that *Gaza* or *Pemba* has a country:

    >>> default_vocabulary().world.best("Gaza City").country
    'PS'

    Beneath it lie the towns of 15,000 people or more (``towns.csv``, GeoNames), read
    on the first look-up: *Mocímboa da Praia* is in Mozambique.

    >>> default_vocabulary().towns.named("Mocímboa da Praia")[0].country
    'MZ'

    And the world's administrative divisions (``regions.csv``, GeoNames), read on the first
    look-up too: *Cabo Delgado* is a province of Mozambique.

    >>> default_vocabulary().regions.resolve("Cabo Delgado")[0].country
    'MZ'
    """
    data = files("claimrec") / "data"
    curated = Vocabulary.load(data)
    world = _load_places(data / WORLD_FILE, None).strict(WORLD_FUZZY_THRESHOLD)
    # every other country's state, beneath the curated actors (whose names win)
    states = ActorVocabulary(state_actors(curated.actors)).extend(curated.actors)
    return attrs.evolve(
        curated,
        actors=states,
        world=world,
        towns=Towns(data / TOWNS_FILE),
        regions=Regions(data / REGIONS_FILE),
    )
