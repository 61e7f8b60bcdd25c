"""The result of :func:`~claimrec.alignment.align`: groups, pairs, records."""

from __future__ import annotations

import hashlib
import html
from collections.abc import Iterator, Sequence
from typing import Any, overload

import attrs
import numpy as np
import numpy.typing as npt

from claimrec._records import frame
from claimrec.alignment._common import F64, I64, _gc_paused, _Options
from claimrec.alignment._explain import _pair_score
from claimrec.alignment._records import AlignmentStats, PairScore
from claimrec.alignment._table import _Table
from claimrec.errors import UnknownNameError
from claimrec.model import Claim
from claimrec.resolution import Resolution


@attrs.frozen(kw_only=True, eq=False)
class AlignedGroup:
    """Claims about one item, with every pair inside scored.

    Parameters
    ----------
    id : str
        Stable: derived from the member ids, whatever the input order.
    claims : tuple of Claim
        The members, sorted by id.
    label : str
        A readable name of the item.

    Examples
    --------
    >>> from claimrec.model import Claim
    >>> from claimrec.alignment import align
    >>> claims = [Claim(source=s, subject="militants", predicate="killed", value=80,
    ...                 place="Kayes", when="2025-07-01", id=s) for s in ("A", "B")]
    >>> group = align(claims).groups[0]
    >>> group.ids, group.label, len(group.pairs)
    (('A', 'B'), 'casualties: militants killed | Kayes | 2025-07-01', 1)
    >>> group.scores
    {('A', 'B'): 0.875}
    """

    id: str
    claims: tuple[Claim, ...]
    label: str
    _inside: _GroupPairs = attrs.field(repr=False, alias="inside")

    @property
    def ids(self) -> tuple[str, ...]:
        """The member ids, sorted."""
        return tuple(c.id for c in self.claims)

    @property
    def pairs(self) -> tuple[PairScore, ...]:
        """Every pair of members, scored (all aligned), sorted by ids, with reasons."""
        return self._inside.pairs()

    @property
    def scores(self) -> dict[tuple[str, str], float]:
        """The score of every pair of members, by (id, id) sorted; no PairScore built."""
        return self._inside.scores()

    def __len__(self) -> int:
        return len(self.claims)

    def __iter__(self) -> Iterator[Claim]:
        return iter(self.claims)

    def __contains__(self, item: object) -> bool:
        key = item.id if isinstance(item, Claim) else item
        return any(c.id == key for c in self.claims)

    def __repr__(self) -> str:
        return f"<AlignedGroup {self.id} claims={len(self.claims)} {self.label!r}>"


class _GroupPairs:
    """The aligned pairs inside one group: rows of the alignment's pair arrays."""

    __slots__ = ("_built", "_rows", "_view")

    def __init__(self, view: _PairView, rows: I64) -> None:
        self._view = view
        self._rows = np.sort(rows)
        self._built: tuple[PairScore, ...] | None = None

    def pairs(self) -> tuple[PairScore, ...]:
        if self._built is None:
            self._built = tuple(self._view[int(r)] for r in self._rows.tolist())
        return self._built

    def scores(self) -> dict[tuple[str, str], float]:
        view = self._view
        ids = view._table.ids  # noqa: SLF001 - the view's own table
        rows = self._rows
        return {
            (ids[i], ids[j]): float(score)
            for i, j, score in zip(
                view._a[rows].tolist(),  # noqa: SLF001
                view._b[rows].tolist(),  # noqa: SLF001
                view._score[rows].tolist(),  # noqa: SLF001
                strict=True,
            )
        }


class _PairView(Sequence[PairScore]):
    """The aligned pairs, built into PairScore objects when asked for."""

    __slots__ = ("_a", "_b", "_opts", "_score", "_table")

    def __init__(self, table: _Table, opts: _Options, a: I64, b: I64, score: F64) -> None:
        self._table, self._opts, self._a, self._b, self._score = table, opts, a, b, score

    def __len__(self) -> int:
        return len(self._a)

    @overload
    def __getitem__(self, index: int) -> PairScore: ...
    @overload
    def __getitem__(self, index: slice) -> list[PairScore]: ...
    def __getitem__(self, index: int | slice) -> PairScore | list[PairScore]:
        if isinstance(index, slice):
            return [self[k] for k in range(*index.indices(len(self)))]
        k = range(len(self))[index]
        return _pair_score(self._table, int(self._a[k]), int(self._b[k]), self._opts)

    def __repr__(self) -> str:
        return f"<pairs of alignment: {len(self)}>"


class Alignment:
    """The result of :func:`align`: groups of claims about the same item, with reasons.

    Every input claim is in exactly one group (a singleton when nothing matches).

    Attributes
    ----------
    claims : tuple of Claim
        The input claims, in input order.
    groups : tuple of AlignedGroup
        Largest first, then by first member id.
    pairs : sequence of PairScore
        Every aligned pair (inside a group or not), sorted by ids; built on access.
    stats : AlignmentStats
        Candidate pairs, blocks, timings.

    Examples
    --------
    >>> from claimrec.model import Claim
    >>> from claimrec.alignment import align
    >>> claims = [
    ...     Claim(source="FAMa", subject="militants", predicate="neutralised", value="over 80",
    ...           place="Kayes region", when="2025-07-01", id="army"),
    ...     Claim(source="Witness", subject="terrorists", predicate="killed", value="about 20",
    ...           place="Kayes", when="2025-07-01", id="witness"),
    ...     Claim(source="Outlet", subject="soldiers", predicate="killed", value="at least 30",
    ...           place="Kayes", when="2025-07-01", id="outlet"),
    ... ]
    >>> alignment = align(claims)
    >>> alignment.group_of("army").ids, alignment.group_of("outlet").ids
    (('army', 'witness'), ('outlet',))
    >>> [c.id for c in alignment.singletons]
    ['outlet']
    >>> alignment.pairs[0].place_relation
    'contains'
    """

    __slots__ = (
        "_a",
        "_b",
        "_by_id",
        "_groups",
        "_labels",
        "_opts",
        "_score",
        "_table",
        "claims",
        "stats",
    )

    def __init__(
        self,
        *,
        table: _Table,
        opts: _Options,
        labels: I64,
        a: I64,
        b: I64,
        score: F64,
        stats: AlignmentStats,
    ) -> None:
        self._table = table
        self._opts = opts
        self._labels = labels
        self._a, self._b, self._score = a, b, score
        self.claims: tuple[Claim, ...] = tuple(table.claims)
        self.stats = stats
        self._groups: tuple[AlignedGroup, ...] | None = None
        self._by_id: dict[str, int] | None = None

    # ------------------------------------------------------------ views

    @property
    def threshold(self) -> float:
        """The threshold the pairs were judged against."""
        return self._opts.threshold

    @property
    def resolution(self) -> Resolution:
        """How the claims' names were read (:func:`~claimrec.resolve`): every stage reads this.

        Examples
        --------
        >>> from claimrec.model import Claim
        >>> from claimrec.alignment import align
        >>> claims = [Claim(source="GSIM", subject="soldiers", predicate="killed", id="x")]
        >>> align(claims).resolution["x"].speaker.id
        'JNIM'
        """
        return Resolution(self._table.cols)

    @property
    def membership(self) -> npt.NDArray[np.int64]:
        """For each input claim (input order), the index of its group in :attr:`groups`.

        Examples
        --------
        >>> from claimrec.model import Claim
        >>> from claimrec.alignment import align
        >>> claims = [Claim(source=s, subject="base", predicate="attacked", place=p,
        ...                 when="2025-07-01", id=s + p) for s, p in [("A", "Kayes"),
        ...           ("B", "Timbuktu"), ("C", "Kayes")]]
        >>> align(claims).membership.tolist()
        [0, 1, 0]
        """
        out = self._order()[self._labels]
        out.setflags(write=False)
        return out

    def _order(self) -> I64:
        """Position in ``groups`` of each group label (largest first, then first id)."""
        labels = self._labels
        k = int(labels.max()) + 1 if len(labels) else 0
        sizes = np.bincount(labels, minlength=k)
        # labels are numbered by first member in id order already
        order = np.lexsort((np.arange(k), -sizes))
        position = np.empty(k, dtype=np.int64)
        position[order] = np.arange(k)
        return position

    @property
    def groups(self) -> tuple[AlignedGroup, ...]:
        """The groups, largest first, then by first member id."""
        if self._groups is None:
            self._groups = self._build_groups()
        return self._groups

    def _build_groups(self) -> tuple[AlignedGroup, ...]:
        with _gc_paused():
            return self._make_groups()

    def _make_groups(self) -> tuple[AlignedGroup, ...]:
        table = self._table
        position = self._order()
        k = len(position)
        by_pos = np.argsort(position[self._labels] * table.n + table.rank, kind="stable")
        bounds = np.searchsorted(position[self._labels][by_pos], np.arange(k + 1))
        # pairs inside a group (an aligned pair may straddle two groups: -1)
        inside = self._labels[self._a] == self._labels[self._b]
        pair_group = np.where(inside, position[self._labels[self._a]], -1)
        pair_order = np.argsort(pair_group, kind="stable")
        pair_bounds = np.searchsorted(pair_group[pair_order], np.arange(k + 1))
        claims = table.claims
        view = _PairView(table, self._opts, self._a, self._b, self._score)
        out: list[AlignedGroup] = []
        for g in range(k):
            members = [claims[i] for i in by_pos[bounds[g] : bounds[g + 1]].tolist()]
            ids = "\x1f".join(c.id for c in members)
            gid = "g" + hashlib.sha1(ids.encode("utf-8"), usedforsecurity=False).hexdigest()[:12]
            rows = pair_order[pair_bounds[g] : pair_bounds[g + 1]]
            out.append(
                AlignedGroup(
                    id=gid,
                    claims=tuple(members),
                    label=_label(table, by_pos[bounds[g]]),
                    inside=_GroupPairs(view, rows),
                )
            )
        return tuple(out)

    def pair_table(self) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], F64]:
        """Return every aligned pair as arrays: indices into :attr:`claims`, and scores.

        The cheap way to read many scores: no :class:`PairScore` is built. Rows follow
        :attr:`pairs` (sorted by ids; ``claims[a[k]].id < claims[b[k]].id``).

        Examples
        --------
        >>> from claimrec.model import Claim
        >>> from claimrec.alignment import align
        >>> claims = [Claim(source=s, subject="militants", predicate="killed", place="Kayes",
        ...                 when="2025-07-01", id=s) for s in ("B", "A")]
        >>> a, b, score = align(claims).pair_table()
        >>> a.tolist(), b.tolist(), score.tolist()
        ([1], [0], [0.875])
        """
        out = (self._a.copy(), self._b.copy(), self._score.copy())
        for array in out:
            array.setflags(write=False)
        return out

    @property
    def pairs(self) -> Sequence[PairScore]:
        """Every aligned pair, sorted by ids, as :class:`PairScore` built on access."""
        return _PairView(self._table, self._opts, self._a, self._b, self._score)

    @property
    def singletons(self) -> tuple[Claim, ...]:
        """Claims that nothing aligned with, sorted by id."""
        return tuple(g.claims[0] for g in self.groups if len(g.claims) == 1)

    def group_of(self, claim: Claim | str) -> AlignedGroup:
        """Return the group of a claim (or claim id).

        Raises
        ------
        UnknownNameError
            When no input claim has this id.

        Examples
        --------
        >>> from claimrec.model import Claim
        >>> from claimrec.alignment import align
        >>> alignment = align([Claim(source="A", subject="s", predicate="attacked", id="x")])
        >>> alignment.group_of("x").ids
        ('x',)
        """
        key = claim.id if isinstance(claim, Claim) else claim
        if self._by_id is None:
            self._by_id = {cid: i for i, cid in enumerate(self._table.ids)}
        index = self._by_id.get(key)
        if index is None:
            raise UnknownNameError("claim", str(key), [])
        return self.groups[int(self._order()[self._labels[index]])]

    def __len__(self) -> int:
        return int(self._labels.max()) + 1 if len(self._labels) else 0

    def __iter__(self) -> Iterator[AlignedGroup]:
        return iter(self.groups)

    def __repr__(self) -> str:
        return f"<Alignment claims={len(self.claims)} groups={len(self)} pairs={len(self._a)}>"

    def to_records(self, table: str = "claims") -> list[dict[str, Any]]:
        """Return the alignment as flat dicts: one per claim, or one per aligned pair.

        Parameters
        ----------
        table : {"claims", "pairs"}
            ``claims``: each claim with its ``group``, the group's ``label`` and ``size``;
            ``pairs``: each aligned pair with its ``score``.

        Examples
        --------
        >>> import claimrec as cr
        >>> alignment = cr.align(cr.datasets.mali_2025())
        >>> len(alignment.to_records()), sorted(alignment.to_records()[0])
        (17, ['claim', 'group', 'label', 'size', 'source'])
        >>> sorted(alignment.to_records("pairs")[0])
        ['a', 'b', 'group', 'score']
        """
        if table == "pairs":
            a, b, score = self.pair_table()
            ids = [c.id for c in self.claims]
            group = {c.id: g.id for g in self.groups for c in g.claims}
            return [
                {"a": ids[i], "b": ids[j], "score": round(float(x), 6), "group": group[ids[i]]}
                for i, j, x in zip(a.tolist(), b.tolist(), score.tolist(), strict=True)
            ]
        if table != "claims":
            raise UnknownNameError("table", table, ["claims", "pairs"])
        of = {c.id: g for g in self.groups for c in g.claims}
        return [
            {
                "claim": c.id,
                "source": c.source.name,
                "group": of[c.id].id,
                "label": of[c.id].label,
                "size": len(of[c.id]),
            }
            for c in self.claims
        ]

    def to_frame(self, table: str = "claims") -> Any:
        """Return :meth:`to_records` as a pandas DataFrame (needs ``claimrec[frames]``).

        Examples
        --------
        >>> import claimrec as cr
        >>> _ = __import__("pytest").importorskip("pandas")
        >>> cr.align(cr.datasets.mali_2025()).to_frame().shape
        (17, 5)
        """
        columns = ["a", "b", "score", "group"] if table == "pairs" else None
        records = self.to_records(table)
        if columns is None:
            columns = ["claim", "source", "group", "label", "size"]
        return frame(records, columns)

    def _repr_html_(self) -> str:
        rows = []
        for group in self.groups[:50]:
            members = "<br>".join(html.escape(c.describe()) for c in group.claims)
            rows.append(
                f"<tr><td>{html.escape(group.id)}</td><td>{html.escape(group.label)}</td>"
                f"<td>{len(group)}</td><td>{members}</td></tr>"
            )
        more = len(self) - 50
        tail = f"<p>... and {more} more groups</p>" if more > 0 else ""
        return (
            f"<p><b>Alignment</b>: {len(self.claims)} claims, {len(self)} groups, "
            f"{len(self._a)} aligned pairs (threshold {self.threshold:g})</p>"
            "<table><tr><th>group</th><th>item</th><th>claims</th><th>members</th></tr>"
            + "".join(rows)
            + "</table>"
            + tail
        )


def _label(table: _Table, i: int) -> str:
    claim = table.claims[i]
    family = table.fam_names[table.fam[i]]
    parts = [f"{claim.subject} {claim.predicate}"]
    if family != "?":
        parts[0] = f"{family}: {parts[0]}"
    if claim.place is not None:
        parts.append(claim.place)
    if claim.when is not None:
        parts.append(str(claim.when))
    return " | ".join(parts)
