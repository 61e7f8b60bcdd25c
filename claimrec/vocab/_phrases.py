"""Phrase vocabularies: :class:`PredicateVocabulary` and :class:`SubjectVocabulary`."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

from rapidfuzz import fuzz, process

from claimrec._text import normalize
from claimrec.category import CategoryScheme
from claimrec.vocab._base import Scorer, _subject_key
from claimrec.vocab._catalogue import (
    _T,
    _Catalogue,
    _cycle_from,
    _format_error,
    _longest_phrase,
    _merge,
    _ProblemsError,
)
from claimrec.vocab._records import Predicate, SubjectClass

# --------------------------------------------------------------------------- phrase vocabularies

_P = TypeVar("_P", Predicate, SubjectClass)


class _PhraseVocabulary(_Catalogue[_P]):
    """Records found by the longest known phrase in a text (private base).

    Subclasses also set ``_index`` (phrase key -> id), ``_longest`` (words in the longest
    phrase) and how a text is keyed (``_key``).
    """

    __slots__ = ()
    _index: dict[str, str]
    _longest: int
    _found: dict[str, str | None]

    @staticmethod
    def _key(text: str) -> str:
        return normalize(text)

    def _resolve_text(self, text: str) -> _P | None:
        # each distinct text read once: the vocabulary does not change after _setup
        try:
            hit = self._found[text]
        except KeyError:
            hit = _longest_phrase(self._key(text).split(), self._index, self._longest)
            if len(self._found) >= _FOUND_LIMIT:
                self._found.clear()
            self._found[text] = hit
        return None if hit is None else self._items[hit]


#: How many distinct texts a phrase vocabulary remembers before it forgets them all.
_FOUND_LIMIT = 200_000


class PredicateVocabulary(_PhraseVocabulary[Predicate]):
    """Conflict-event predicates: resolves phrases to predicates, families and exclusions.

    Parameters
    ----------
    predicates : iterable of Predicate
        Unique ids; ``excludes`` must name known predicates; no phrase may name two
        predicates. Exclusions are made symmetric.

    Raises
    ------
    FormatError
        Listing every bad reference or clashing phrase.

    Notes
    -----
    :meth:`resolve` normalises the text and looks for the longest known phrase in it
    (whole words; the earliest on ties): *seized control of three military installations*
    holds *seized control of* (captured), while *seized weapons* is a phrase of its own
    (recovered). Negation is not read: *did not kill* is still *killed*; polarity is the
    claim's business.

    Examples
    --------
    >>> from claimrec.vocab import default_vocabulary
    >>> predicates = default_vocabulary().predicates
    >>> predicates.resolve("thwarted").id, predicates.resolve("seized control of").id
    ('repelled', 'captured')
    >>> predicates.excludes("repelled", "captured"), predicates.family("neutralised")
    (True, 'casualties')
    """

    __slots__ = ("_excludes", "_found", "_index", "_items", "_layers", "_longest")
    _kind = "predicate"

    def __init__(self, predicates: Iterable[Predicate] = ()) -> None:
        added = list(predicates)
        try:
            items, new_ids = _merge((), added, "predicates")
            self._setup(items, new_ids, ())
        except _ProblemsError as exc:
            raise _format_error(exc, added) from None

    def _setup(
        self,
        items: list[Predicate],
        new_ids: Sequence[str],
        base_layers: Sequence[list[Predicate]],
    ) -> None:
        self._items: dict[str, Predicate] = {p.id: p for p in items}
        problems: list[tuple[str, str]] = []
        for pid in new_ids:
            problems.extend(
                (pid, f"predicate {pid!r}: excludes={other!r}: unknown predicate id")
                for other in self._items[pid].excludes
                if other not in self._items
            )
            problems.extend(
                (pid, f"predicate {pid!r}: entails={other!r}: unknown predicate id")
                for other in self._items[pid].entails
                if other not in self._items
            )
        layers = [*base_layers, [self._items[i] for i in new_ids]]
        index, clashes = _phrase_index(layers, normalize, lambda p: (p.id, *p.synonyms))
        problems.extend(clashes)
        if problems:
            raise _ProblemsError(problems)
        excludes: dict[str, set[str]] = {pid: set() for pid in self._items}
        for pred in items:
            for other in pred.excludes:
                excludes[pred.id].add(other)
                excludes[other].add(pred.id)
        self._excludes = {k: frozenset(v) for k, v in excludes.items()}
        self._found = {}
        self._index = index
        self._longest = max((len(k.split()) for k in index), default=0)
        self._layers = layers

    def _derive(self, added: Sequence[Predicate]) -> PredicateVocabulary:
        items, new_ids = _merge(list(self), added, "predicates")
        layers = [[p for p in layer if p.id not in new_ids] for layer in self._layers]
        new = object.__new__(type(self))
        new._setup(items, new_ids, layers)
        return new

    def extend(self, predicates: Iterable[Predicate]) -> PredicateVocabulary:
        """Return a new vocabulary with ``predicates`` added (same ids replaced).

        A phrase the new predicates use stops naming older predicates.

        Examples
        --------
        >>> from claimrec.vocab import Predicate, default_vocabulary
        >>> more = default_vocabulary().predicates.extend(
        ...     [Predicate(id="besieged", family="siege", value_type="none",
        ...                synonyms=["blockaded", "under siege"])])
        >>> more.resolve("the town was under siege").id
        'besieged'
        """
        added = list(predicates)
        try:
            return self._derive(added)
        except _ProblemsError as exc:
            raise _format_error(exc, added) from None

    def __repr__(self) -> str:
        return f"<PredicateVocabulary predicates={len(self._items)} phrases={len(self._index)}>"

    def resolve(self, text: str | Predicate) -> Predicate | None:
        """Return the predicate of the longest known phrase in ``text``, or None.

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> predicates = default_vocabulary().predicates
        >>> [predicates.resolve(t).id for t in ["neutralised", "seized weapons", "tués"]]
        ['killed', 'recovered', 'killed']
        >>> predicates.resolve("visited") is None
        True
        """
        if isinstance(text, Predicate):
            return self._items.get(text.id)
        return self._resolve_text(text)

    def match(
        self, text: str, *, threshold: float = 85.0, scorer: Scorer = fuzz.ratio
    ) -> tuple[Predicate, float] | None:
        """Return :meth:`resolve` (score 100), else the closest phrase reaching ``threshold``.

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> predicate, score = default_vocabulary().predicates.match("neutrallised")
        >>> predicate.id, round(score)
        ('killed', 96)
        """
        hit = self.resolve(text)
        if hit is not None:
            return hit, 100.0
        found = process.extractOne(
            normalize(text),
            list(self._index),
            scorer=scorer,
            processor=None,
            score_cutoff=threshold,
        )
        return None if found is None else (self._items[self._index[found[0]]], float(found[1]))

    def family(self, text: str) -> str | None:
        """Return the family of the predicate ``text`` names, or None.

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> default_vocabulary().predicates.family("overran")
        'outcome'
        """
        hit = self.resolve(text)
        return None if hit is None else hit.family

    def excludes(self, a: str | Predicate, b: str | Predicate) -> bool:
        """Return whether the predicates ``a`` and ``b`` name cannot both hold (False if unknown).

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> predicates = default_vocabulary().predicates
        >>> predicates.excludes("overran", "fought off")
        True
        >>> predicates.excludes("withdrew", "captured")
        False
        """
        first, second = self.resolve(a), self.resolve(b)
        if first is None or second is None:
            return False
        return second.id in self._excludes[first.id]

    def scheme_for(self, family: str) -> CategoryScheme:
        """Return a :class:`~claimrec.category.CategoryScheme` of one family's predicates.

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> default_vocabulary().predicates.scheme_for("responsibility").names
        ('blamed', 'responsibility')
        """
        members = [p for p in self._items.values() if p.family == family]
        ids = {p.id for p in members}
        return CategoryScheme.from_mapping(
            {p.id: list(p.synonyms) for p in members},
            exclusions=[
                (p.id, other) for p in members for other in sorted(self._excludes[p.id] & ids)
            ],
            name=family,
        )

    @property
    def scheme(self) -> CategoryScheme:
        """The :class:`~claimrec.category.CategoryScheme` of the *outcome* family.

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> outcome = default_vocabulary().predicates.scheme
        >>> outcome.canonical("fought off"), outcome.excludes("foiled", "overran")
        ('repelled', True)
        """
        return self.scheme_for("outcome")


def _phrase_index(
    layers: Sequence[Sequence[_T]],
    key: Callable[[str], str],
    phrases: Callable[[_T], Iterable[str]],
) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """Index phrases (later layers win); report phrases naming two items of one layer."""
    index: dict[str, str] = {}
    clashes: list[tuple[str, str]] = []
    newer: set[str] = set()
    for layer in reversed(layers):
        keys: dict[str, str] = {}
        for item in layer:
            for phrase in phrases(item):
                k = key(phrase)
                owner = keys.setdefault(k, item.id)
                if owner != item.id:
                    clashes.append(
                        (item.id, f"{item.id!r}: phrase {phrase!r} already names {owner!r}")
                    )
        index.update({k: owner for k, owner in keys.items() if k not in newer})
        newer.update(keys)
    return dict(sorted(index.items())), clashes


class SubjectVocabulary(_PhraseVocabulary[SubjectClass]):
    """Classes of whom or what claims speak about, with exclusions between them.

    Parameters
    ----------
    classes : iterable of SubjectClass
    disjoint : iterable of iterables of str, optional
        Groups of class ids that are pairwise exclusive.

    Raises
    ------
    FormatError
        Listing every bad reference or clashing phrase.

    Notes
    -----
    :meth:`resolve` finds the longest known phrase in the text, comparing words in the
    singular (a final *s* dropped): *Malian soldiers* is ``soldiers``, *UN soldiers* is
    ``peacekeepers``. Exclusion is inherited: a class excludes what its broader classes
    exclude. *80 militants killed* and *10 soldiers killed* are claims about different
    items: exclusive classes must never be compared.

    Examples
    --------
    >>> from claimrec.vocab import default_vocabulary
    >>> subjects = default_vocabulary().subjects
    >>> subjects.resolve("terrorists").id, subjects.resolve("over 80 Malian soldiers").id
    ('militants', 'soldiers')
    >>> subjects.excludes("militants", "soldiers"), subjects.excludes("people", "civilians")
    (True, False)
    """

    __slots__ = ("_disjoint", "_excluded", "_found", "_index", "_items", "_layers", "_longest")
    _kind = "subject class"

    @staticmethod
    def _key(text: str) -> str:
        return _subject_key(text)

    def __init__(
        self, classes: Iterable[SubjectClass] = (), *, disjoint: Iterable[Iterable[str]] = ()
    ) -> None:
        added = list(classes)
        try:
            items, new_ids = _merge((), added, "subjects")
            self._setup(items, new_ids, (), [tuple(g) for g in disjoint])
        except _ProblemsError as exc:
            raise _format_error(exc, added) from None

    def _setup(
        self,
        items: list[SubjectClass],
        new_ids: Sequence[str],
        base_layers: Sequence[list[SubjectClass]],
        disjoint: list[tuple[str, ...]],
    ) -> None:
        self._items: dict[str, SubjectClass] = {c.id: c for c in items}
        problems: list[tuple[str, str]] = []
        for cid in new_ids:
            cls = self._items[cid]
            refs = [("broader", cls.broader)] if cls.broader is not None else []
            refs += [("excludes", other) for other in cls.excludes]
            problems.extend(
                (cid, f"class {cid!r}: {field}={ref!r}: unknown class id")
                for field, ref in refs
                if ref not in self._items
            )
        for group in disjoint:
            problems.extend(
                ("disjoint", f"disjoint group {list(group)!r}: {ref!r}: unknown class id")
                for ref in group
                if ref not in self._items
            )
        if not problems:
            problems.extend(
                (cid, f"class {cid!r}: broader makes a cycle")
                for cid in new_ids
                if _cycle_from(cid, self._broader_step)
            )
        layers = [*base_layers, [self._items[i] for i in new_ids]]
        index, clashes = _phrase_index(layers, _subject_key, lambda c: (c.id, c.name, *c.synonyms))
        problems.extend(clashes)
        if problems:
            raise _ProblemsError(problems)
        pairs: set[tuple[str, str]] = set()
        for group in disjoint:
            pairs.update((x, y) for x in group for y in group if x != y)
        for cls in items:
            for other in cls.excludes:
                pairs.update({(cls.id, other), (other, cls.id)})
        self._excluded = frozenset(pairs)
        self._disjoint = disjoint
        self._found = {}
        self._index = index
        self._longest = max((len(k.split()) for k in index), default=0)
        self._layers = layers

    def _broader_step(self, cid: str) -> tuple[str, ...]:
        cls = self._items.get(cid)
        return () if cls is None or cls.broader is None else (cls.broader,)

    def _derive(
        self, added: Sequence[SubjectClass], disjoint: Iterable[Iterable[str]]
    ) -> SubjectVocabulary:
        items, new_ids = _merge(list(self), added, "subjects")
        layers = [[c for c in layer if c.id not in new_ids] for layer in self._layers]
        groups = [*self._disjoint, *(tuple(g) for g in disjoint)]
        new = object.__new__(type(self))
        new._setup(items, new_ids, layers, groups)
        return new

    def extend(
        self, classes: Iterable[SubjectClass], *, disjoint: Iterable[Iterable[str]] = ()
    ) -> SubjectVocabulary:
        """Return a new vocabulary with ``classes`` (and disjoint groups) added.

        Examples
        --------
        >>> from claimrec.vocab import SubjectClass, default_vocabulary
        >>> more = default_vocabulary().subjects.extend(
        ...     [SubjectClass(id="journalists", name="journalists", broader="people",
        ...                   synonyms=["reporters"])],
        ...     disjoint=[("journalists", "militants", "soldiers")])
        >>> more.resolve("two reporters").id, more.excludes("reporters", "soldiers")
        ('journalists', True)
        """
        added = list(classes)
        try:
            return self._derive(added, disjoint)
        except _ProblemsError as exc:
            raise _format_error(exc, added) from None

    def __repr__(self) -> str:
        return f"<SubjectVocabulary classes={len(self._items)} phrases={len(self._index)}>"

    @property
    def disjoint(self) -> tuple[tuple[str, ...], ...]:
        """The groups of pairwise exclusive class ids, as declared.

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> "soldiers" in default_vocabulary().subjects.disjoint[0]
        True
        """
        return tuple(self._disjoint)

    def resolve(self, text: str | SubjectClass) -> SubjectClass | None:
        """Return the class of the longest known phrase in ``text``, or None.

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> subjects = default_vocabulary().subjects
        >>> texts = ["assaillants", "UN peacekeepers", "three military installations"]
        >>> [subjects.resolve(t).id for t in texts]
        ['militants', 'peacekeepers', 'military_sites']
        """
        if isinstance(text, SubjectClass):
            return self._items.get(text.id)
        return self._resolve_text(text)

    def lineage(self, class_id: str) -> tuple[str, ...]:
        """Return the class id followed by its broader classes' ids.

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> default_vocabulary().subjects.lineage("soldiers")
        ('soldiers', 'people')
        """
        out: list[str] = []
        node: str | None = class_id
        while node is not None:
            out.append(node)
            node = self._items[node].broader
        return tuple(out)

    def is_a(self, a: str, b: str) -> bool:
        """Return whether the class ``a`` names is (a kind of) the class ``b`` names.

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> default_vocabulary().subjects.is_a("villagers", "people")
        True
        """
        first, second = self.resolve(a), self.resolve(b)
        return first is not None and second is not None and second.id in self.lineage(first.id)

    def excludes(self, a: str | SubjectClass, b: str | SubjectClass) -> bool:
        """Return whether nothing can belong to both classes (False when either is unknown).

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> subjects = default_vocabulary().subjects
        >>> subjects.excludes("villagers", "jihadists"), subjects.excludes("soldiers", "weapons")
        (True, True)
        """
        first, second = self.resolve(a), self.resolve(b)
        if first is None or second is None:
            return False
        return any(
            (x, y) in self._excluded
            for x in self.lineage(first.id)
            for y in self.lineage(second.id)
        )

    @property
    def scheme(self) -> CategoryScheme:
        """The classes as a :class:`~claimrec.category.CategoryScheme`, exclusions expanded.

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> scheme = default_vocabulary().subjects.scheme
        >>> scheme.canonical("troops"), scheme.excludes("troops", "civilians")
        ('soldiers', True)
        """
        ids = sorted(self._items)
        return CategoryScheme.from_mapping(
            {cid: [self._items[cid].name, *self._items[cid].synonyms] for cid in ids},
            exclusions=[
                (x, y) for i, x in enumerate(ids) for y in ids[i + 1 :] if self.excludes(x, y)
            ],
            name="subject",
        )
