"""Shipped vocabularies: actors, a gazetteer of places, conflict predicates, subject classes.

Reports name the same actor, place or act in many ways: *JNIM*, *GSIM* and *Groupe de
soutien à l'islam et aux musulmans* are one group; *Tombouctou* is *Timbuktu*; an army
that *neutralised* 80 militants says they were *killed*. This module maps such words to
canonical records, loaded from the files in ``claimrec/data/`` (see ``SOURCES.md`` there):

- :class:`ActorVocabulary` of :class:`Actor` (``actors.json``): aliases (some valid only
  between two dates), kind, party (the side an actor speaks for) and ``part_of``; beneath
  them, every other country's state, ``<name> government`` (``states.csv``, read by
  :func:`default_vocabulary`).
- :class:`Gazetteer` of :class:`Place` (``places.csv``): a country > region > town tree,
  vague areas (*western Mali*) defined by the regions they cover, and :meth:`Gazetteer.relate`.
- :class:`PredicateVocabulary` of :class:`Predicate` (``predicates.json``): what a claim
  says happened, grouped in families, with exclusions and ACLED event types.
- :class:`SubjectVocabulary` of :class:`SubjectClass` (``subjects.json``): who or what it
  happened to (soldiers, militants, civilians...), with mutually exclusive classes.
- Beneath the gazetteer, a world layer of countries and cities (``world.csv``, a
  :class:`Gazetteer`) and :class:`Towns` of 15,000 people or more (``towns.csv``, read on
  first use), both from GeoNames and read by exact names only; and the world's
  administrative divisions, :class:`Regions` (``regions.csv``, read on first use).

:class:`Vocabulary` bundles the four; :func:`default_vocabulary` loads the shipped files
once. Names are compared on :func:`claimrec._text.normalize` (case, accents, apostrophes
and punctuation do not matter; a leading *the* is dropped for actors and places).

>>> from claimrec.vocab import default_vocabulary
>>> vocab = default_vocabulary()
>>> vocab.actors.resolve("GSIM").id, vocab.predicates.resolve("neutralised").id
('JNIM', 'killed')
>>> vocab.places.relate("ml.diboli", "ml.western-mali").value
'within'
"""

from claimrec.vocab._actors import ActorVocabulary
from claimrec.vocab._base import PlaceKind, PlaceRelation, ValueType
from claimrec.vocab._bundle import Vocabulary, default_vocabulary
from claimrec.vocab._demonyms import Demonym, Demonyms
from claimrec.vocab._phrases import PredicateVocabulary, SubjectVocabulary
from claimrec.vocab._places import Gazetteer
from claimrec.vocab._records import Actor, Alias, Place, Predicate, SubjectClass
from claimrec.vocab._regions import Regions
from claimrec.vocab._towns import Towns

__all__ = [
    "Actor",
    "ActorVocabulary",
    "Alias",
    "Demonym",
    "Demonyms",
    "Gazetteer",
    "Place",
    "PlaceKind",
    "PlaceRelation",
    "Predicate",
    "PredicateVocabulary",
    "Regions",
    "SubjectClass",
    "SubjectVocabulary",
    "Towns",
    "ValueType",
    "Vocabulary",
    "default_vocabulary",
]
