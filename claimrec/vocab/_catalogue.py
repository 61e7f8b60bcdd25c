"""Machinery shared by the vocabularies: merging, suggestions, the catalogue base class."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, ClassVar, Generic, TypeVar

from rapidfuzz import fuzz, process

from claimrec.errors import FormatError, InvalidClaimError, UnknownNameError
from claimrec.vocab._base import _SUGGESTION_CUTOFF, _SUGGESTIONS
from claimrec.vocab._records import Actor, Place, Predicate, SubjectClass

# --------------------------------------------------------------------------- shared machinery

_T = TypeVar("_T", Actor, Place, Predicate, SubjectClass)
_R = TypeVar("_R", Actor, Place, Predicate, SubjectClass)


class _ProblemsError(Exception):
    """Reference problems found while building a vocabulary: (item id, message) pairs."""

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        super().__init__(problems)
        self.problems = problems


def _merge(base: Sequence[_T], added: Iterable[_T], what: str) -> tuple[list[_T], list[str]]:
    """Return base items with same-id items replaced by ``added`` (appended), and the new ids."""
    added = list(added)
    new_ids: list[str] = []
    replaced: set[str] = set()  # a set beside the list: 6,000 world places, not 18 million tests
    for item in added:
        if not isinstance(item, (Actor, Place, Predicate, SubjectClass)):
            raise InvalidClaimError(what, item, f"expected {what} records")
        if item.id in replaced:
            raise _ProblemsError([(item.id, f"id={item.id!r}: given twice")])
        new_ids.append(item.id)
        replaced.add(item.id)
    return [i for i in base if i.id not in replaced] + added, new_ids


def _format_error(exc: _ProblemsError, added: Sequence[object]) -> FormatError:
    """Map reference problems to a FormatError numbered by the position of the entry given."""
    positions = {getattr(item, "id", None): n for n, item in enumerate(added, 1)}
    return FormatError(None, sorted((positions.get(i, 0), msg) for i, msg in exc.problems))


def _suggest(query: str, choices: Sequence[str], labels: Sequence[str]) -> list[str]:
    found = process.extract(
        query,
        choices,
        scorer=_name_score,
        processor=None,
        limit=None,
        score_cutoff=_SUGGESTION_CUTOFF,
    )
    out: list[str] = []
    for _, _, index in sorted(found, key=lambda r: (-r[1], labels[r[2]])):
        if labels[index] not in out:
            out.append(labels[index])
        if len(out) == _SUGGESTIONS:
            break
    return out


def _name_score(s1: str, s2: str, **kwargs: Any) -> float:
    """Score two normalised names with ``fuzz.WRatio``, acronyms as whole words only.

    A name of three characters or fewer (an acronym: *UN*, *AES*) counts inside a
    longer one only as a whole word, scoring 90 like WRatio's partial matches.
    """
    cutoff = kwargs.get("score_cutoff") or 0.0
    short, long = (s1, s2) if len(s1) <= len(s2) else (s2, s1)
    if len(short) <= 3 and short != long:
        score = max(fuzz.ratio(s1, s2), 90.0 if short in long.split() else 0.0)
    else:
        score = fuzz.WRatio(s1, s2)
    return score if score >= cutoff else 0.0


def _cycle_from(start: str, step: Callable[[str], Iterable[str]]) -> bool:
    """Return whether following ``step`` from ``start`` comes back to ``start``."""
    seen: set[str] = set()
    stack = list(step(start))
    while stack:
        node = stack.pop()
        if node == start:
            return True
        if node not in seen:
            seen.add(node)
            stack.extend(step(node))
    return False


def _longest_phrase(tokens: Sequence[str], index: Mapping[str, str], longest: int) -> str | None:
    """Return the value of the longest indexed phrase in ``tokens`` (earliest on ties)."""
    for length in range(min(longest, len(tokens)), 0, -1):
        for start in range(len(tokens) - length + 1):
            hit = index.get(" ".join(tokens[start : start + length]))
            if hit is not None:
                return hit
    return None


# --------------------------------------------------------------------------- actors


class _Catalogue(Generic[_R]):
    """Records by id: iteration, length, membership and ``get`` (private base).

    Subclasses set ``_items`` (id -> record) and name their records (``_kind``).
    """

    __slots__ = ()
    _kind: ClassVar[str]
    _items: dict[str, _R]

    def __iter__(self) -> Iterator[_R]:
        return iter(self._items.values())

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, record_id: object) -> bool:
        return record_id in self._items

    def get(self, record_id: str) -> _R:
        """Return the record with this id.

        Raises
        ------
        UnknownNameError
            With the closest known ids as suggestions.

        Examples
        --------
        >>> from claimrec.vocab import default_vocabulary
        >>> default_vocabulary().actors.get("FAMa").name
        'Malian Armed Forces'
        >>> default_vocabulary().predicates.get("killed").acled_field
        'fatalities'
        >>> default_vocabulary().subjects.get("militia").name
        'militia'
        >>> default_vocabulary().subjects.get("militias")
        Traceback (most recent call last):
        ...
        claimrec.errors.UnknownNameError: unknown subject class 'militias' (did you mean ...
        """
        try:
            return self._items[record_id]
        except KeyError:
            ids = sorted(self._items)
            raise UnknownNameError(self._kind, record_id, _suggest(record_id, ids, ids)) from None
