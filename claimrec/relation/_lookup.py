"""Vocabulary relations between resolved identities (exclusions, entailments, classes)."""

from __future__ import annotations

import weakref

from claimrec._text import normalize
from claimrec.resolution import Resolved
from claimrec.resolution._geography import _relate_places
from claimrec.vocab import Place, PlaceRelation, Vocabulary, default_vocabulary

# --------------------------------------------------------------------------- vocabulary lookups


class _Lookup:
    """Vocabulary relations between resolved identities (ids come from the resolution)."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary
        self._excludes: dict[tuple[str, str], bool] = {}
        self._violent: dict[str, bool] = {}
        self._entailed_targets: frozenset[str] = frozenset()
        #: the judge's field findings by distinct facets (claimrec.relation._distinct)
        self.findings: dict[tuple[object, ...], object] = {}

    def predicates_exclude(self, a: str | None, b: str | None) -> bool:
        if a is None or b is None:
            return False
        key = (a, b)
        found = self._excludes.get(key)
        if found is None:
            predicates = self.vocabulary.predicates
            found = self._excludes[key] = bool(
                a in predicates and b in predicates and b in predicates.get(a).excludes
            ) or bool(predicates.excludes(predicates.get(a), predicates.get(b)))
        return found

    def entails(self, a: str | None, b: str | None) -> bool:
        """Whether predicate ``a`` entails ``b`` (killed entails attacked)."""
        if a is None or b is None or a == b:
            return False
        return b in _entailed(self.vocabulary, a)

    def violent(self, predicate: str) -> bool:
        """Whether a predicate is a violent act: it entails another, or another entails it."""
        found = self._violent.get(predicate)
        if found is None:
            if not self._entailed_targets:
                self._entailed_targets = frozenset(
                    target
                    for record in self.vocabulary.predicates
                    for target in _entailed(self.vocabulary, record.id)
                ) or frozenset({""})
            found = self._violent[predicate] = bool(
                _entailed(self.vocabulary, predicate) or predicate in self._entailed_targets
            )
        return found

    def subjects_exclude(self, a: str | None, b: str | None) -> bool:
        if a is None or b is None or a == b:
            return False
        subjects = self.vocabulary.subjects
        return bool(subjects.excludes(subjects.get(a), subjects.get(b)))

    def human(self, a: str) -> bool:
        """Whether the class has a broader class (a kind of people, of things...)."""
        return len(self.vocabulary.subjects.lineage(a)) > 1

    def subjects_kin(self, a: str | None, b: str | None) -> bool:
        """Whether the two classes share a broader class (soldiers, civilians: people)."""
        if a is None or b is None:
            return False
        subjects = self.vocabulary.subjects
        return bool(set(subjects.lineage(a)[1:]) & set(subjects.lineage(b)[1:]))

    def place_relation(
        self, a: str, b: str, pa: Resolved | None, pb: Resolved | None
    ) -> PlaceRelation:
        if _same_words(a, b):
            return PlaceRelation.SAME
        if pa is None or pb is None:
            return PlaceRelation.UNKNOWN
        if not isinstance(pa.record, Place) or not isinstance(pb.record, Place):
            return PlaceRelation.UNKNOWN
        return _relate_places(self.vocabulary, pa.record, pb.record)


def _entailed(vocabulary: Vocabulary, predicate: str) -> frozenset[str]:
    """Return what ``predicate`` entails, transitively (from the vocabulary data)."""
    cache = _ENTAILED.setdefault(vocabulary, {})
    found = cache.get(predicate)
    if found is None:
        predicates = vocabulary.predicates
        out: set[str] = set()
        todo = [predicate]
        while todo:
            current = todo.pop()
            record = predicates.get(current) if current in predicates else None
            for other in getattr(record, "entails", ()) or ():
                if other not in out:
                    out.add(other)
                    todo.append(other)
        found = cache[predicate] = frozenset(out)
    return found


_ENTAILED: weakref.WeakKeyDictionary[Vocabulary, dict[str, frozenset[str]]] = (
    weakref.WeakKeyDictionary()
)


_LOOKUPS: weakref.WeakKeyDictionary[Vocabulary, _Lookup] = weakref.WeakKeyDictionary()


def _lookup(vocabulary: Vocabulary | None) -> _Lookup:
    vocab = default_vocabulary() if vocabulary is None else vocabulary
    found = _LOOKUPS.get(vocab)
    if found is None:
        found = _LOOKUPS[vocab] = _Lookup(vocab)
    return found


def _rid(hit: Resolved | None) -> str | None:
    return None if hit is None else hit.id


def _same_words(x: str, y: str) -> bool:
    """Whether two texts say the same words (a text of no Latin letters only equals itself)."""
    if x == y:  # the same text says the same words (the texts of one claim set repeat)
        return True
    key = normalize(x)
    return x == y if not key else key == normalize(y)
