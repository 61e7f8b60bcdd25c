"""Categorical values, and schemes that declare their synonyms and mutual exclusions.

A report says an attack was *foiled*, another that it was *repulsed*, a third
that the base was *overrun*. A :class:`Category` is such a value in canonical
form; a :class:`CategoryScheme` says which words name the same category and
which categories cannot both be true of one thing:

>>> from claimrec.category import CategoryScheme
>>> outcome = CategoryScheme.from_mapping(
...     {"repelled": ["thwarted", "foiled", "repulsed", "fought off"],
...      "captured": ["seized", "overran", "took control of"]},
...     exclusions=[("repelled", "captured")], name="outcome")
>>> outcome.category("Fought off")
Category(value='repelled', text='Fought off')
>>> outcome.same("foiled", "REPULSED"), outcome.excludes("thwarted", "overran")
(True, True)

Names match on :func:`claimrec._text.normalize` (case, accents, apostrophes and
punctuation do not matter), and canonical values are stored normalised.
The large shipped vocabularies live in :mod:`claimrec.vocab`; this module only
gives the type and a way to declare a scheme.
"""

from __future__ import annotations

import itertools
import re
import types
from collections.abc import Iterable, Mapping
from typing import Any

import attrs
from rapidfuzz import fuzz, process

from claimrec._text import normalize
from claimrec.errors import InvalidClaimError, UnknownNameError
from claimrec.quantity import Quantity

__all__ = ["Category", "CategoryScheme", "SetValue", "Unstated"]

_SUGGESTION_CUTOFF = 70.0
_SUGGESTION_LIMIT = 3


def _to_canonical(value: Any) -> str:
    if not isinstance(value, str):
        raise InvalidClaimError("value", value, "a category must be a string")
    key = normalize(value)
    if not key:
        raise InvalidClaimError("value", value, "a category must not be blank")
    return key


@attrs.frozen(kw_only=True)
class Category:
    """A categorical value in canonical form, with the words it was read from.

    Parameters
    ----------
    value : str
        The category; stored normalised (``"Repelled"`` becomes ``"repelled"``), so two
        categories are equal when their normalised names are. Must not be blank.
    text : str, optional
        The original words (``"fought off"``); not compared.

    Raises
    ------
    InvalidClaimError
        With ``field='value'`` for a blank or non-string value.

    See Also
    --------
    CategoryScheme.category : resolve words to a scheme's canonical category.

    Examples
    --------
    >>> from claimrec.category import Category
    >>> Category(value="Repelled") == Category(value="repelled", text="REPELLED")
    True
    >>> str(Category(value="Armed clash"))
    'armed clash'
    """

    value: str = attrs.field(converter=_to_canonical)
    text: str | None = attrs.field(default=None, eq=False)

    def __str__(self) -> str:
        return self.value

    @classmethod
    def of(cls, text: str) -> Category:
        """Return the category named by ``text`` outside any scheme: its normalised form.

        Parameters
        ----------
        text : str
            The words, kept as ``text``.

        Returns
        -------
        Category

        Examples
        --------
        >>> from claimrec.category import Category
        >>> Category.of("Fought-off")
        Category(value='fought off', text='Fought-off')
        """
        return cls(value=text, text=text)


def _to_synonyms(value: Any) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Normalise ``{canonical: aliases}`` (or pairs) to sorted tuples, merging repeats."""
    items = value.items() if isinstance(value, Mapping) else value
    merged: dict[str, set[str]] = {}
    try:
        pairs = [(name, aliases) for name, aliases in items]
    except (TypeError, ValueError):
        raise InvalidClaimError(
            "synonyms", value, "expected a mapping of canonical names to lists of aliases"
        ) from None
    for name, aliases in pairs:
        canonical = _key("synonyms", name)
        words = (aliases,) if isinstance(aliases, str) else aliases
        merged.setdefault(canonical, set()).update(_key("synonyms", a) for a in words)
    return tuple(
        (name, tuple(sorted(aliases - {name}))) for name, aliases in sorted(merged.items())
    )


def _to_exclusions(value: Any) -> tuple[tuple[str, str], ...]:
    """Normalise exclusion pairs to sorted, de-duplicated pairs of names."""
    out: set[tuple[str, str]] = set()
    for pair in value:
        names = (pair,) if isinstance(pair, str) else tuple(pair)
        if len(names) != 2:
            raise InvalidClaimError("exclusions", pair, "an exclusion is a pair of names")
        first, second = sorted(_key("exclusions", name) for name in names)
        out.add((first, second))
    return tuple(sorted(out))


def _key(field: str, name: Any) -> str:
    if not isinstance(name, str) or not normalize(name):
        raise InvalidClaimError(field, name, "a category name must be a non-blank string")
    return normalize(name)


def _group_pairs(groups: Iterable[Iterable[str]]) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    for group in groups:
        names = (group,) if isinstance(group, str) else tuple(group)
        if len(names) < 2:
            raise InvalidClaimError("exclusive", group, "an exclusive group needs two names")
        pairs.extend(itertools.combinations(names, 2))
    return pairs


@attrs.frozen(kw_only=True, repr=False)
class CategoryScheme:
    """An immutable declaration of categories, their synonyms and their mutual exclusions.

    Parameters
    ----------
    synonyms : mapping of str to sequence of str, or sequence of (str, sequence of str)
        Each canonical name with the words that name the same category. Names are
        normalised; every canonical name also matches itself.
    exclusions : sequence of (str, str), optional
        Pairs of categories that cannot both hold (*repelled* and *captured*). Either
        side may be given by a synonym; each must be known to the scheme.
    name : str, optional
        What the scheme classifies (``"outcome"``); used in error messages.

    Raises
    ------
    InvalidClaimError
        When a word names two categories, when an exclusion names an unknown category or
        pairs a category with itself, or for a blank name.

    See Also
    --------
    CategoryScheme.from_mapping : the same, also taking exclusive groups.

    Examples
    --------
    >>> from claimrec.category import CategoryScheme
    >>> scheme = CategoryScheme(synonyms={"killed": ["dead", "neutralised"], "wounded": []},
    ...                         exclusions=[("killed", "wounded")])
    >>> scheme
    <CategoryScheme 'category': 2 categories, 2 synonyms, 1 exclusion>
    >>> scheme.canonical("Neutralised"), "injured" in scheme
    ('killed', False)
    """

    synonyms: tuple[tuple[str, tuple[str, ...]], ...] = attrs.field(converter=_to_synonyms)
    exclusions: tuple[tuple[str, str], ...] = attrs.field(factory=tuple, converter=_to_exclusions)
    name: str = attrs.field(default="category")
    _index: types.MappingProxyType[str, str] = attrs.field(init=False, eq=False, repr=False)
    _excluded: frozenset[tuple[str, str]] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.name, str) or not self.name.strip():
            raise InvalidClaimError("name", self.name, "must be a non-blank string")
        index: dict[str, str] = {canonical: canonical for canonical, _ in self.synonyms}
        for canonical, aliases in self.synonyms:
            for alias in aliases:
                other = index.setdefault(alias, canonical)
                if other != canonical:
                    raise InvalidClaimError(
                        "synonyms", alias, f"names both {other!r} and {canonical!r}"
                    )
        excluded: set[tuple[str, str]] = set()
        resolved: set[tuple[str, str]] = set()
        for pair in self.exclusions:
            first, second = (self._resolve_exclusion(index, name) for name in pair)
            if first == second:
                raise InvalidClaimError(
                    "exclusions", pair, f"both name {first!r}; a category cannot exclude itself"
                )
            excluded.update({(first, second), (second, first)})
            resolved.add((min(first, second), max(first, second)))
        object.__setattr__(self, "exclusions", tuple(sorted(resolved)))
        object.__setattr__(self, "_index", types.MappingProxyType(index))
        object.__setattr__(self, "_excluded", frozenset(excluded))

    @staticmethod
    def _resolve_exclusion(index: Mapping[str, str], name: str) -> str:
        if name in index:
            return index[name]
        hint = _suggest(name, sorted(index))
        why = "not a category of the scheme" + (f" (did you mean {hint[0]!r}?)" if hint else "")
        raise InvalidClaimError("exclusions", name, why)

    # ----------------------------------------------------------------- construction

    @classmethod
    def from_mapping(
        cls,
        synonyms: Mapping[str, Iterable[str]],
        *,
        exclusions: Iterable[tuple[str, str]] = (),
        exclusive: Iterable[Iterable[str]] = (),
        name: str = "category",
    ) -> CategoryScheme:
        """Declare a scheme from ``{canonical: [synonyms]}``, exclusion pairs and groups.

        Parameters
        ----------
        synonyms : mapping of str to iterable of str
            Each canonical name with its synonyms (an empty list for none).
        exclusions : iterable of (str, str), optional
            Pairs of mutually exclusive categories.
        exclusive : iterable of iterables of str, optional
            Groups whose members are all pairwise exclusive: ``[("civilians",
            "militants", "soldiers")]`` is three exclusion pairs.
        name : str, optional
            What the scheme classifies.

        Returns
        -------
        CategoryScheme

        Examples
        --------
        >>> from claimrec.category import CategoryScheme
        >>> victims = CategoryScheme.from_mapping(
        ...     {"civilians": ["villagers"], "militants": ["jihadists"], "soldiers": ["troops"]},
        ...     exclusive=[("civilians", "militants", "soldiers")], name="victims")
        >>> victims.exclusions
        (('civilians', 'militants'), ('civilians', 'soldiers'), ('militants', 'soldiers'))
        >>> victims.excludes("villagers", "troops")
        True
        """
        pairs = [*exclusions, *_group_pairs(exclusive)]
        return cls(synonyms=synonyms, exclusions=pairs, name=name)

    def extend(
        self,
        other: CategoryScheme | Mapping[str, Iterable[str]],
        *,
        exclusions: Iterable[tuple[str, str]] = (),
        exclusive: Iterable[Iterable[str]] = (),
    ) -> CategoryScheme:
        """Return a new scheme with more categories, synonyms and exclusions.

        Synonyms of a category already known are merged into it. The scheme keeps its
        ``name``.

        Parameters
        ----------
        other : CategoryScheme or mapping of str to iterable of str
            The categories to add (with ``other``'s own exclusions, for a scheme).
        exclusions, exclusive : optional
            More exclusions, as in :meth:`from_mapping`.

        Returns
        -------
        CategoryScheme

        Raises
        ------
        InvalidClaimError
            When a word would name two categories.

        Examples
        --------
        >>> from claimrec.category import CategoryScheme
        >>> base = CategoryScheme.from_mapping({"repelled": ["foiled"]}, name="outcome")
        >>> more = base.extend({"repelled": ["beaten back"], "captured": ["seized"]},
        ...                    exclusions=[("foiled", "seized")])
        >>> more.names, more.same("beaten back", "foiled"), more.excludes("repelled", "captured")
        (('captured', 'repelled'), True, True)
        >>> base.extend({"captured": ["foiled"]})
        Traceback (most recent call last):
        ...
        claimrec.errors.InvalidClaimError: synonyms='foiled': names both 'captured' and 'repelled'
        """
        if isinstance(other, CategoryScheme):
            added: tuple[tuple[str, Iterable[str]], ...] = other.synonyms
            other_exclusions: tuple[tuple[str, str], ...] = other.exclusions
        else:
            added = _to_synonyms(other)
            other_exclusions = ()
        return CategoryScheme(
            synonyms=(*self.synonyms, *added),
            exclusions=(
                *self.exclusions,
                *other_exclusions,
                *exclusions,
                *_group_pairs(exclusive),
            ),
            name=self.name,
        )

    # ----------------------------------------------------------------- lookups

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical names, sorted.

        Examples
        --------
        >>> from claimrec.category import CategoryScheme
        >>> CategoryScheme.from_mapping({"seized": [], "Abandoned": ["left"]}).names
        ('abandoned', 'seized')
        """
        return tuple(name for name, _ in self.synonyms)

    def aliases(self, name: str | Category) -> tuple[str, ...]:
        """Return the synonyms of the category ``name`` names (sorted; empty when unknown).

        Examples
        --------
        >>> from claimrec.category import CategoryScheme
        >>> CategoryScheme.from_mapping({"repelled": ["foiled", "thwarted"]}).aliases("Foiled")
        ('foiled', 'thwarted')
        """
        canonical = self.canonical(name)
        for known, aliases in self.synonyms:
            if known == canonical:
                return aliases
        return ()

    def canonical(self, text: str | Category) -> str | None:
        """Return the canonical name ``text`` resolves to, or None when it is unknown.

        Examples
        --------
        >>> from claimrec.category import Category, CategoryScheme
        >>> scheme = CategoryScheme.from_mapping({"repelled": ["fought off"]})
        >>> scheme.canonical("Fought-off"), scheme.canonical(Category(value="repelled"))
        ('repelled', 'repelled')
        >>> scheme.canonical("captured") is None
        True
        """
        key = text.value if isinstance(text, Category) else normalize(text)
        return self._index.get(key)

    def category(self, text: str | Category, *, strict: bool = False) -> Category:
        """Return the category ``text`` names, in canonical form, keeping ``text``.

        Parameters
        ----------
        text : str or Category
            The words (or a category to re-resolve against this scheme).
        strict : bool, optional
            Raise for words the scheme does not know; by default they become a category
            of their own, named by their normalised form.

        Returns
        -------
        Category

        Raises
        ------
        UnknownNameError
            With ``strict=True``, for unknown words; it suggests close known names.
        InvalidClaimError
            For blank words.

        Examples
        --------
        >>> from claimrec.category import CategoryScheme
        >>> outcome = CategoryScheme.from_mapping({"repelled": ["foiled"]}, name="outcome")
        >>> outcome.category("Foiled").value, outcome.category("Ambushed").value
        ('repelled', 'ambushed')
        >>> outcome.category("repeled", strict=True)
        Traceback (most recent call last):
        ...
        claimrec.errors.UnknownNameError: unknown outcome 'repeled' (did you mean 'repelled'?)
        """
        words = text.text if isinstance(text, Category) and text.text is not None else str(text)
        canonical = self.canonical(text)
        if canonical is not None:
            return Category(value=canonical, text=words)
        if strict:
            raise UnknownNameError(self.name, words, _suggest(words, sorted(self._index)))
        return Category(value=str(text), text=words)

    def same(self, a: str | Category, b: str | Category) -> bool:
        """Whether ``a`` and ``b`` name the same category (unknown words: same normal form).

        Examples
        --------
        >>> from claimrec.category import Category, CategoryScheme
        >>> scheme = CategoryScheme.from_mapping({"repelled": ["foiled", "thwarted"]})
        >>> scheme.same(Category.of("Thwarted"), "foiled"), scheme.same("ambush", "Ambush")
        (True, True)
        >>> scheme.same("foiled", "captured")
        False
        """
        return self._key_of(a) == self._key_of(b)

    def excludes(self, a: str | Category, b: str | Category) -> bool:
        """Whether ``a`` and ``b`` name categories declared mutually exclusive (symmetric).

        Examples
        --------
        >>> from claimrec.category import CategoryScheme
        >>> scheme = CategoryScheme.from_mapping(
        ...     {"repelled": ["foiled"], "captured": ["seized"], "ambushed": []},
        ...     exclusions=[("repelled", "captured")])
        >>> scheme.excludes("seized", "foiled"), scheme.excludes("ambushed", "seized")
        (True, False)
        """
        first, second = self.canonical(a), self.canonical(b)
        if first is None or second is None:
            return False
        return (first, second) in self._excluded

    def _key_of(self, text: str | Category) -> str:
        canonical = self.canonical(text)
        if canonical is not None:
            return canonical
        return text.value if isinstance(text, Category) else normalize(text)

    def __contains__(self, text: object) -> bool:
        if isinstance(text, str | Category):
            return self.canonical(text) is not None
        return False

    def __len__(self) -> int:
        return len(self.synonyms)

    def __repr__(self) -> str:
        categories = len(self.synonyms)
        synonyms = sum(len(aliases) for _, aliases in self.synonyms)
        exclusions = len(self.exclusions)
        return (
            f"<CategoryScheme {self.name!r}: {_plural(categories, 'category', 'categories')}, "
            f"{_plural(synonyms, 'synonym')}, {_plural(exclusions, 'exclusion')}>"
        )


def _plural(count: int, one: str, many: str | None = None) -> str:
    return f"{count} {one if count == 1 else (many or one + 's')}"


def _suggest(text: str, known: list[str]) -> list[str]:
    """Return up to three known names close to ``text``, best first (ties alphabetical)."""
    matches = process.extract(
        normalize(text),
        known,
        scorer=fuzz.WRatio,
        limit=_SUGGESTION_LIMIT,
        score_cutoff=_SUGGESTION_CUTOFF,
    )
    return [name for name, _, _ in sorted(matches, key=lambda m: (-m[1], m[0]))]


# ------------------------------------------------------------------------ set values


_INCLUDING = re.compile(
    r"^(?P<count>.+?)\s+(?P<noun>[^\s,]+)\s*,?\s+(?:including|among them|notably|such as"
    r"|dont|notamment|parmi lesquels|parmi lesquelles|parmi eux|parmi elles)\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
_SEPARATORS = re.compile(r"\s*(?:,|;|&|\band\b|\bet\b)\s*", re.IGNORECASE)
#: A string reads as a list when it is "A, B and C" (at least one comma and a final and/et/&).
#: Checked piece by piece (:func:`_list_form`), in linear time: one regular expression for the
#: whole form backtracks exponentially on long text with many commas and no final "and".
_COMMAS = re.compile(r"[,;]")
_FINAL_AND = re.compile(r"(?:\band\b|\bet\b|&)(?=\s*\S)")
_MAX_LIST_CHARS = 2000


def _list_form(words: str) -> bool:
    """Whether ``words`` is "A, B and C" or "A, B, and C": pieces, then a final and/et/&."""
    pieces = _COMMAS.split(words)
    if len(pieces) < 2 or not all(pieces[:-1]):
        return False
    last = pieces[-1]
    starts = [m.start() for m in _FINAL_AND.finditer(last)]
    if any(starts):  # "B and C" after the last comma
        return True
    # ", and C": the serial comma, after two pieces or more
    return bool(starts) and len(pieces) >= 3 and words[-len(last) - 1] == ","


_MAX_MEMBER_WORDS = 5


def _members(value: Any) -> frozenset[str]:
    if isinstance(value, str) or not isinstance(value, Iterable):
        raise InvalidClaimError("members", value, "must be a collection of names")
    out: set[str] = set()
    for item in value:
        if not isinstance(item, str) or not normalize(item):
            raise InvalidClaimError("members", value, f"member {item!r} is not a non-blank name")
        out.add(" ".join(item.split()))
    return frozenset(out)


def _opt_count(value: Any) -> Quantity | None:
    if value is None:
        return None
    if isinstance(value, Quantity):
        return value
    try:
        return Quantity.parse(value)
    except InvalidClaimError as exc:
        raise InvalidClaimError("count", value, exc.reason) from None


def _set_text(_instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and not isinstance(value, str):
        raise InvalidClaimError(attribute.name, value, "not a string")


def _exhaustive(_instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, bool):
        raise InvalidClaimError(attribute.name, value, "not True or False")


@attrs.frozen(kw_only=True)
class SetValue:
    """A list of things as a value: towns attacked, buildings damaged, a book's authors.

    Parameters
    ----------
    members : collection of str
        The things named. Compared on :func:`claimrec._text.normalize` (case, accents and
        punctuation do not matter); stored as given, without repeats.
    count : Quantity or str, optional
        How many there are when the words say so ("seven towns including A, B and C").
    exhaustive : bool, default True
        Whether the list claims to be complete. "Kayes, Diboli and Sandaré" is; "seven towns
        including Kayes" is not (``parse`` sets it from the words).
    text : str, optional
        The original words. Not part of equality.

    Notes
    -----
    Between two lists: the same members agree; a subset refines the larger list; an overlap is
    compatible; lists with no member in common contradict when both claim to be complete
    ("exclusive lists"), else they are compatible. A count contradicts a list naming more
    members than it allows, or a count that does not overlap it.

    Examples
    --------
    >>> from claimrec.category import SetValue
    >>> towns = SetValue.parse("Kayes, Diboli and Sandaré")
    >>> sorted(towns.members), towns.exhaustive
    (['Diboli', 'Kayes', 'Sandaré'], True)
    >>> partial = SetValue.parse("seven towns including Kayes and Diboli")
    >>> partial.count.low, partial.exhaustive
    (7.0, False)
    >>> partial.compare(towns)  # Kayes and Diboli are among the three: a subset refines
    'subset'
    >>> SetValue(members=["Gao"]).compare(towns)  # two complete lists, no town in common
    'disjoint'
    >>> partial.compare(SetValue(members=["Kayes", "Gao"], exhaustive=False))
    'overlap'
    """

    members: frozenset[str] = attrs.field(converter=_members)
    count: Quantity | None = attrs.field(default=None, converter=_opt_count)
    exhaustive: bool = attrs.field(default=True, validator=_exhaustive)
    text: str | None = attrs.field(default=None, eq=False, validator=_set_text)

    def __attrs_post_init__(self) -> None:
        if not self.members and self.count is None:
            raise InvalidClaimError("members", sorted(self.members), "an empty list says nothing")
        if self.count is not None and self.exhaustive and not self.count.contains(len(self.keys)):
            raise InvalidClaimError(
                "count", str(self.count), f"a complete list of {len(self.keys)} cannot be it"
            )

    @property
    def keys(self) -> frozenset[str]:
        """The members as compared: normalised names.

        Examples
        --------
        >>> from claimrec.category import SetValue
        >>> sorted(SetValue(members=["Sandaré", "KAYES"]).keys)
        ['kayes', 'sandare']
        """
        return frozenset(normalize(m) for m in self.members)

    @classmethod
    def parse(cls, text: str) -> SetValue:
        """Read a list from words: "A, B and C", "seven towns including A, B and C".

        Raises
        ------
        InvalidClaimError
            When the text is not a list in one of these forms.

        Examples
        --------
        >>> from claimrec.category import SetValue
        >>> sorted(SetValue.parse("Kayes et Diboli").members)
        ['Diboli', 'Kayes']
        >>> SetValue.parse("sept villes dont Kayes").count.low
        7.0
        """
        if not isinstance(text, str) or len(text) > 2000:
            raise InvalidClaimError("value", text, "not a list of names")
        words = " ".join(text.split())
        m = _INCLUDING.match(words)
        count = None
        exhaustive = True
        body = words
        if m is not None:
            try:
                count = Quantity.parse(m["count"])
            except InvalidClaimError:
                count = None
            if count is not None:
                body, exhaustive = m["rest"], False
        parts = [p for p in _SEPARATORS.split(body) if p]
        if (count is None and len(parts) < 2) or any(
            len(p.split()) > _MAX_MEMBER_WORDS for p in parts
        ):
            raise InvalidClaimError("value", text, "not a list of names (expected 'A, B and C')")
        return cls(members=parts, count=count, exhaustive=exhaustive, text=text)

    @staticmethod
    def looks_like_list(text: str) -> bool:
        """Whether text has the form of a list ("A, B and C"): at least one comma and an "and".

        Examples
        --------
        >>> from claimrec.category import SetValue
        >>> SetValue.looks_like_list("weapons, vehicles and motorcycles")
        True
        >>> SetValue.looks_like_list("coordinated and of high quality")
        False
        """
        if len(text) > _MAX_LIST_CHARS:
            return False
        words = " ".join(text.split())
        return bool(_list_form(words) or _INCLUDING.match(words)) and not any(
            ch.isdigit() for ch in words.split(" including ")[-1]
        )

    def compare(self, other: SetValue) -> str:
        """Return how the two lists relate.

        One of ``"equal"``, ``"subset"`` (this list's members are among the other's),
        ``"superset"``, ``"overlap"`` (some members in common), ``"disjoint"`` (none, and both
        claim to be complete, or the counts cannot both hold), ``"compatible"`` (none in
        common, but one list is partial).

        Examples
        --------
        >>> from claimrec.category import SetValue
        >>> a = SetValue(members=["Kayes", "Diboli"])
        >>> a.compare(SetValue(members=["kayes", "DIBOLI"])), a.compare(SetValue(members=["Gao"]))
        ('equal', 'disjoint')
        """
        a, b = self.keys, other.keys
        if self._counts_clash(other) or other._counts_clash(self):
            return "disjoint"
        if a == b:  # a complete list is narrower than a partial one naming the same members
            if self.exhaustive == other.exhaustive:
                return "equal"
            return "subset" if self.exhaustive else "superset"
        if a <= b:
            return "subset"
        if b <= a:
            return "superset"
        if a & b:
            return "overlap"
        return "disjoint" if self.exhaustive and other.exhaustive else "compatible"

    def _counts_clash(self, other: SetValue) -> bool:
        if self.count is None:
            return False
        high = self.count.high
        if high is not None and len(other.keys) > high:
            return True  # more members named than there are
        return other.count is not None and not self.count.overlaps(other.count)

    def __str__(self) -> str:
        names = sorted(self.members, key=normalize)
        listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        if self.count is not None and not self.exhaustive:
            return f"{self.count}, including {listed}" if names else str(self.count)
        return listed


# ----------------------------------------------------------------- claims about claims


_UNSTATED_PHRASES = (
    "no figure", "gave no figure", "gives no figure", "did not give a figure", "no toll",
    "gave no toll", "did not specify", "did not say", "unspecified", "not specified",
    "undisclosed", "not disclosed", "did not give figures", "gave no figures",
    "non precise", "non precisee", "sans preciser", "sans bilan", "aucun bilan",
    "n a pas donne de bilan", "n a pas precise", "na pas donne de bilan", "na pas precise",
    "pas de bilan",
)  # fmt: skip


def _unstated_text(_instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and not isinstance(value, str):
        raise InvalidClaimError(attribute.name, value, "not a string")


@attrs.frozen(kw_only=True)
class Unstated:
    """A claim about a claim: the source gave no figure ("did not specify casualties").

    It is a value, so "the army gave no figure" is a sourced claim like any other; it neither
    supports nor contradicts a figure (the relation is ``unrelated``), it is kept in the
    reconciliation (verdict ``unstated``) and the item's note says who gave no figure.

    Examples
    --------
    >>> import claimrec as cr
    >>> c = cr.Claim(source="FAMa", subject="soldiers", predicate="killed",
    ...              value="gave no figure")
    >>> c.value, str(c.value)
    (Unstated(text='gave no figure'), 'no figure given')
    >>> cr.Unstated.matches("n'a pas précisé"), cr.Unstated.matches("heavy losses")
    (True, False)
    """

    text: str | None = attrs.field(default=None, eq=False, validator=_unstated_text)

    @staticmethod
    def matches(text: str) -> bool:
        """Whether the words say that no figure was given.

        Examples
        --------
        >>> from claimrec.category import Unstated
        >>> Unstated.matches("did not specify casualties")
        True
        """
        key = normalize(text)
        return any(key == p or key.startswith(p + " ") for p in _UNSTATED_PHRASES)

    def __str__(self) -> str:
        return "no figure given"
