"""Explanations: every claim's verdict, each item's figures, range, note and members."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Hashable, Mapping
from typing import Any

import attrs
import numpy as np

from claimrec._text import normalize
from claimrec.category import SetValue
from claimrec.graph import ClaimGraph
from claimrec.model import Claim
from claimrec.quantity import Quantity, QuantityKind
from claimrec.reconciliation._estimate import Estimate
from claimrec.reconciliation._multi import latent_truth
from claimrec.reconciliation._results import (
    ClaimVerdict,
    CopyRelation,
    ItemResult,
    Policy,
    Reconciliation,
    SourceFigure,
    SourceTrust,
    ValueScore,
    Verdict,
    _fmt,
    _source_label,
)
from claimrec.reconciliation._rows import (
    _commonest,
    _Row,
    _signed_text,
    _worded,
    _wording,
)
from claimrec.reconciliation._table import (
    ClaimTable,
)

__all__: list[str] = []


def _silent_results(
    graph: ClaimGraph, silent: Mapping[str, tuple[Claim, ...]]
) -> list[tuple[ItemResult, list[ClaimVerdict]]]:
    """Results for items where every claim says no figure was given."""
    out = []
    for gid, claims in sorted(silent.items()):
        if not claims:
            continue
        names = sorted({c.source.name for c in claims})
        verdicts = [_unstated_verdict(c, gid) for c in claims]
        item = ItemResult(
            item=gid, label=graph.label(gid), value=None, numeric=False, low=None, best=None,
            high=None, confidence=0.0, tie=False, scores=(), supporting=(), opposing=(),
            note=f"{_gave_no_figure(names)} Nothing to estimate.",
            unstated=tuple(sorted(c.id for c in claims)),
        )  # fmt: skip
        out.append((item, verdicts))
    return out


def _gave_no_figure(names: list[str]) -> str:
    verb = "gives" if len(names) == 1 else "give"
    return f"{' and '.join(names)} {verb} no figure."


def _unstated_verdict(claim: Claim, gid: str) -> ClaimVerdict:
    return ClaimVerdict(
        claim=claim.id, item=gid, value=str(claim.value), verdict=Verdict.UNSTATED,
        reason="its source gave no figure: it neither supports nor contradicts one",
    )  # fmt: skip


def _with_lists_and_silences(
    result: Reconciliation,
    rows: list[_Row],
    items: list[str],
    silent: Mapping[str, tuple[Claim, ...]],
    graph: ClaimGraph,
) -> Reconciliation:
    """Add multi-truth members to list items and the claims that gave no figure."""
    list_rows = [
        (r, item)
        for r, item in zip(rows, items, strict=True)
        if isinstance(r.claim.value, SetValue) and not r.claim.denied
    ]
    truths: dict[str, tuple[str, ...]] = {}
    if list_rows:
        spelled: dict[tuple[str, str], str] = {}
        for r, item in list_rows:
            value = r.claim.value
            assert isinstance(value, SetValue)
            for name in value.members:
                spelled.setdefault((item, normalize(name)), name)
        table = ClaimTable.from_records(
            [r.source_key for r, _ in list_rows],
            [item for _, item in list_rows],
            [r.claim.value for r, _ in list_rows],
            numeric=None,
        )
        found = latent_truth(table)
        for label, keys in found.truths.items():
            truths[str(label)] = tuple(sorted(spelled[(str(label), str(k))] for k in keys))
    if not truths and not any(silent.values()):
        return result
    new_items: list[ItemResult] = []
    verdicts = list(result.claims)
    for res in result.items:
        quiet = silent.get(res.item, ())
        changes: dict[str, Any] = {}
        if res.item in truths:
            changes["members"] = truths[res.item]
            changes["note"] = (
                res.note
                + " Members most likely true, one by one: "
                + (", ".join(truths[res.item]) + ".")
            )
        if quiet:
            names = sorted({c.source.name for c in quiet})
            changes["unstated"] = tuple(sorted(c.id for c in quiet))
            changes["note"] = changes.get("note", res.note) + " " + _gave_no_figure(names)
            verdicts += [_unstated_verdict(c, res.item) for c in quiet]
        new_items.append(attrs.evolve(res, **changes) if changes else res)
    known = {i.item for i in new_items}
    for extra, extra_verdicts in _silent_results(graph, silent):
        if extra.item not in known:
            new_items.append(extra)
            verdicts += extra_verdicts
    order = {c.id: k for k, c in enumerate(graph.claims)}
    return attrs.evolve(
        result,
        items=tuple(sorted(new_items, key=lambda r: r.item)),
        claims=tuple(sorted(verdicts, key=lambda v: order.get(v.claim, 0))),
    )


def _entailment(table: ClaimTable, pairs: list[tuple[str, str]], down: float = 0.5) -> Any:
    """Implication for (specific, general) value pairs: 1 one way, ``down`` the other."""
    import scipy.sparse as sp  # noqa: PLC0415 - scipy is a core dependency, loaded with the table

    index = {label: k for k, label in enumerate(table.values)}
    rows: list[int] = []
    cols: list[int] = []
    data: list[float] = []
    for specific, general in pairs:
        s, g = index[specific], index[general]
        rows += [s, g]
        cols += [g, s]
        data += [1.0, down]
    n = table.n_values
    return sp.csr_array((data, (rows, cols)), shape=(n, n))


# --------------------------------------------------------------------------- explanations


class _Entries:
    """``matrix[v, w]`` of a scipy sparse matrix, read through one row scan.

    Indexing a scipy sparse matrix by one element costs tens of microseconds (index
    validation, a submatrix); an item's explanation reads a few entries per value, so a
    100k-claim reconciliation spent most of its time there. The implication is
    block-diagonal by item and an item's values are few: scanning a row is short.
    """

    def __init__(self, matrix: Any) -> None:
        csr = matrix.tocsr(copy=True)
        csr.sum_duplicates()
        self._starts: list[int] = csr.indptr.tolist()
        self._columns: list[int] = csr.indices.tolist()
        self._values: list[float] = csr.data.tolist()

    def __getitem__(self, key: tuple[int, int]) -> float:
        v, w = key
        columns = self._columns
        for k in range(self._starts[v], self._starts[v + 1]):
            if columns[k] == w:
                return self._values[k]
        return 0.0


def _explain(  # noqa: PLR0917 - private
    graph: ClaimGraph,
    groups: Mapping[str, tuple[Claim, ...]],
    rows: list[_Row],
    table: ClaimTable,
    estimate: Estimate,
    exclude: Any,
    policy: Policy,
    method: str,
    source_prior: Mapping[Hashable, float],
) -> Reconciliation:
    # The arrays as Python lists, read once: indexing a numpy array by one element builds a
    # numpy scalar, a few hundred nanoseconds a read, and an explanation reads millions.
    # np.round of the array rounds each element as round(numpy scalar, 6) did.
    score = estimate.value_score.tolist()
    rounded_score = np.round(estimate.value_score, 6).tolist()
    support = table.value_support.tolist()
    choices = estimate.item_choice.tolist()
    confidences = np.round(estimate.item_confidence, 6).tolist()
    ties = estimate.tie.tolist()
    has_figure = (
        np.isfinite(table.value_best).tolist()
        if table.value_best is not None
        else [False] * table.n_values
    )
    exclude = None if exclude is None else np.asarray(exclude, dtype=bool).tolist()
    imp = None if table.implication is None else _Entries(table.implication)
    claims_of_value: dict[int, list[int]] = defaultdict(list)
    for k, v in enumerate(table.claim_value.tolist()):
        claims_of_value[v].append(k)
    item_results: list[ItemResult] = []
    verdicts: dict[str, ClaimVerdict] = {}
    starts = table.item_start.tolist()
    for i, item_label in enumerate(table.items):
        gid = str(item_label)
        lo, hi = starts[i], starts[i + 1]
        codes = list(range(lo, hi))
        choice = int(choices[i])
        display = {v: str(table.values[v]).split("\x1f", 1)[1] for v in codes}
        # show values as their claims worded them
        for v in codes:
            first = rows[claims_of_value[v][0]]
            sign = "not " if first.claim.denied else ""
            if display[v].removeprefix(sign).startswith("words: "):  # words about a toll
                display[v] = _commonest(
                    sign + (c.predicate if c.value is None else _worded(c.value))
                    for c in (rows[k].claim for k in claims_of_value[v])
                )
            elif first.claim.value is not None and any(
                _signed_text(rows[k].claim) == display[v] for k in claims_of_value[v]
            ):
                # the label is the value itself: show it as its claims worded it, whatever
                # the input order (any claim of the value decides, not the first one read)
                display[v] = _wording([rows[k].claim for k in claims_of_value[v]])
        ordered = sorted(codes, key=lambda v: (-score[v], v))
        scores = tuple(
            ValueScore(
                value=display[v],
                score=float(rounded_score[v]),
                support=float(support[v]),
                claims=tuple(sorted(rows[k].claim.id for k in claims_of_value[v])),
            )
            for v in ordered
        )
        figure_codes = [v for v in codes if has_figure[v]]
        numeric = bool(figure_codes)
        low = best = high = chosen_low = chosen_high = None
        figures = _figures(rows, claims_of_value, figure_codes, display, exclude)
        if numeric and choice in figure_codes:
            clo, chi = _chosen_interval(table, codes, choice, score, imp)
            winner = rows[claims_of_value[choice][0]].claim.value
            assert isinstance(winner, Quantity)
            if policy is Policy.CONSERVATIVE:
                best = float(winner.conservative)
            elif (
                policy is Policy.ESTIMATOR
                and estimate.item_estimate is not None
                and math.isfinite(estimate.item_estimate[i])
            ):
                best = float(estimate.item_estimate[i])
            else:
                best = _figure(winner)
            if policy is not Policy.CONSERVATIVE:
                # The figure stays inside the chosen interval; ACLED's conservative coding
                # may fall below it on purpose ("dozens" is coded 12, the interval is 24-99).
                best = min(max(best, clo), chi)
            chosen_low = None if math.isinf(clo) else clo
            chosen_high = None if math.isinf(chi) else chi
        if figures:
            low = min(f.figure for f in figures)
            high = max(f.figure for f in figures)
            if best is not None and policy is not Policy.CONSERVATIVE:
                best = min(max(best, low), high)
        supporting: list[str] = []
        opposing: list[str] = []
        for v in codes:
            supports = v == choice or (
                choice >= 0 and imp is not None and float(imp[v, choice]) > 0
            )
            for k in claims_of_value[v]:
                claim = rows[k].claim
                (supporting if supports else opposing).append(claim.id)
                verdicts[claim.id] = _verdict(
                    claim, gid, display[v], v, choice, supports, len(codes), exclude, display
                )
        members = groups[gid]
        note = _note(
            members,
            rows,
            claims_of_value,
            codes,
            choice,
            display,
            estimate,
            i,
            low,
            best,
            high,
            imp,
        )
        item_results.append(
            ItemResult(
                item=gid,
                label=graph.label(gid),
                value=display[choice] if choice >= 0 else None,
                numeric=numeric,
                low=low,
                best=best,
                high=high,
                chosen_low=chosen_low,
                chosen_high=chosen_high,
                figures=figures,
                confidence=float(confidences[i]),
                tie=bool(ties[i]),
                scores=scores,
                supporting=tuple(sorted(supporting)),
                opposing=tuple(sorted(opposing)),
                note=note,
            )
        )

    sources = _trust(rows, table, estimate, source_prior)
    copies = tuple(
        CopyRelation(
            a=_source_label(*table.sources[a]),  # type: ignore[misc]
            b=_source_label(*table.sources[b]),  # type: ignore[misc]
            probability=float(round(p, 6)),
        )
        for a, b, p in estimate.copy_pairs
    )
    copy_edges = {
        (str(table.sources[a][0]), str(table.sources[b][0])): float(p)  # type: ignore[index]
        for a, b, p in estimate.copy_pairs
        if table.sources[a][0] != table.sources[b][0]  # type: ignore[index]
    }
    if copy_edges:  # detected copying is shown in the graph, as source -copies-> source edges
        graph = graph.with_copies((a, b, p) for (a, b), p in sorted(copy_edges.items()))
    order = {c.id: k for k, c in enumerate(graph.claims)}
    claim_verdicts = tuple(sorted(verdicts.values(), key=lambda v: order.get(v.claim, 0)))
    return Reconciliation(
        method=method,
        policy=policy,
        items=tuple(sorted(item_results, key=lambda r: r.item)),
        sources=sources,
        claims=claim_verdicts,
        copies=copies,
        converged=bool(estimate.converged),
        iterations=int(estimate.iterations),
        stop_reason=str(estimate.stop_reason.value),
        graph=graph,
    )


#: Pseudo-claims of prior behind every source's trust: trust shrinks toward the prior.
_SHRINK = 2.0


def _trust(
    rows: list[_Row], table: ClaimTable, estimate: Estimate, source_prior: Mapping[Hashable, float]
) -> tuple[SourceTrust, ...]:
    counts: dict[Hashable, int] = defaultdict(int)
    for row in rows:
        counts[row.source_key] += 1
    raw = np.asarray(estimate.source_trust, dtype=np.float64)
    n = np.array([counts[key] for key in table.sources], dtype=np.float64)
    finite = np.isfinite(raw)
    mean = float(np.average(raw[finite], weights=n[finite])) if finite.any() else 0.5
    out = []
    for s, key in enumerate(table.sources):
        if not isinstance(key, tuple):
            continue
        p = source_prior.get(key)
        centre = mean if p is None else float(p)
        shrunk = (n[s] * raw[s] + _SHRINK * centre) / (n[s] + _SHRINK)
        out.append(
            SourceTrust(
                source=str(key[0]),
                scope=str(key[1]),
                trust=float(round(shrunk, 6)),
                claims=counts[key],
                prior=None if p is None else float(p),
                estimate=float(round(raw[s], 6)),
            )
        )
    return tuple(out)


def _figure(q: Quantity) -> float:
    """Return the number the words report (see :class:`SourceFigure`)."""
    if q.best is not None:
        return float(q.best)
    if q.low is not None and (q.high is None or q.kind is QuantityKind.VAGUE):
        return float(q.low)
    if q.high is not None and (q.low is None or q.kind is QuantityKind.UPPER_BOUND):
        return float(q.high)
    return float(q.center)


def _figures(
    rows: list[_Row],
    claims_of_value: Mapping[int, list[int]],
    figure_codes: list[int],
    display: Mapping[int, str],
    exclude: Any,
) -> tuple[SourceFigure, ...]:
    out = []
    for v in figure_codes:
        if exclude is not None and bool(exclude[v]):
            continue  # implausible: not a credible figure
        for k in claims_of_value[v]:
            claim = rows[k].claim
            q = claim.value
            if not isinstance(q, Quantity) or claim.denied:
                continue
            out.append(
                SourceFigure(
                    source=claim.source.name,
                    claim=claim.id,
                    value=display[v],
                    figure=_figure(q),
                    low=q.low,
                    high=q.high,
                )
            )
    return tuple(sorted(out, key=lambda f: (f.figure, f.source, f.claim)))


def _chosen_interval(
    table: ClaimTable, codes: list[int], choice: int, score: Any, imp: Any
) -> tuple[float, float]:
    """Return the winner's interval, narrowed by the values that support it (half the score)."""
    assert table.value_low is not None
    assert table.value_high is not None
    low, high = float(table.value_low[choice]), float(table.value_high[choice])
    for v in codes:
        if v == choice or score[v] < 0.5 * score[choice] or imp is None:
            continue
        if not math.isfinite(float(table.value_best[v])):  # type: ignore[index]
            continue  # words, not a figure
        if float(imp[v, choice]) <= 0 and float(imp[choice, v]) <= 0:
            continue
        lo_v = max(low, float(table.value_low[v]))
        hi_v = min(high, float(table.value_high[v]))
        if lo_v <= hi_v:
            low, high = lo_v, hi_v
    return low, high


def _verdict(  # noqa: PLR0917 - private
    claim: Claim,
    gid: str,
    shown: str,
    v: int,
    choice: int,
    supports: bool,
    n_values: int,
    exclude: Any,
    display: Mapping[int, str],
) -> ClaimVerdict:
    if exclude is not None and bool(exclude[v]):
        verdict, reason = (
            Verdict.IMPLAUSIBLE,
            "orders of magnitude off the other values of its item",
        )
    elif n_values == 1:
        verdict, reason = Verdict.UNCONTESTED, "the only value claimed for its item"
    elif v == choice:
        verdict, reason = Verdict.CHOSEN, "its value is the most likely"
    elif supports:
        verdict, reason = Verdict.SUPPORTS, f"its value supports the chosen {display[choice]!r}"
    else:
        won = display[choice] if choice >= 0 else "nothing"
        verdict, reason = Verdict.LOST, f"{won!r} is more likely"
    return ClaimVerdict(claim=claim.id, item=gid, value=shown, verdict=verdict, reason=reason)


_NOTE_VALUES = 12  # values an item's note names; the rest are counted
_NOTE_SPEAKERS = 4  # speakers named for one value; more are counted


def _named(speakers: list[str]) -> str:
    """Name a value's speakers: all of a few, else the first few and how many others.

    >>> _named(["AFP", "FAMa"])
    'AFP and FAMa'
    >>> _named([f"S{k}" for k in range(9)])
    'S0, S1, S2 and 6 others'
    """
    if len(speakers) <= _NOTE_SPEAKERS:
        return " and ".join(speakers)
    shown = _NOTE_SPEAKERS - 1
    return f"{', '.join(speakers[:shown])} and {len(speakers) - shown} others"


def _note(  # noqa: PLR0917 - private
    members: tuple[Claim, ...],
    rows: list[_Row],
    claims_of_value: Mapping[int, list[int]],
    codes: list[int],
    choice: int,
    display: Mapping[int, str],
    estimate: Estimate,
    i: int,
    low: float | None,
    best: float | None,
    high: float | None,
    imp: Any,
) -> str:
    said = []
    shown_codes = codes
    if len(codes) > _NOTE_VALUES:  # the chosen value, then the most claimed
        order = {v: k for k, v in enumerate(codes)}
        shown_codes = sorted(
            codes, key=lambda v: (v != choice, -len(claims_of_value[v]), order[v])
        )[:_NOTE_VALUES]
    for v in shown_codes:
        speakers = sorted({rows[k].claim.source.name for k in claims_of_value[v]})
        verb = "says" if len(speakers) == 1 else "say"
        said.append(f"{_named(speakers)} {verb} {display[v]!r}")
    if len(codes) > _NOTE_VALUES:
        said.append(f"{len(codes) - _NOTE_VALUES} other values (see the item's figures)")
    text = "; ".join(said) + "."
    all_speakers = {c.source.name for c in members}
    if len(codes) == 1 or all(
        v == choice or (imp is not None and float(imp[v, choice]) > 0) for v in codes
    ):
        if len(all_speakers) == 1:
            return text + " No other source addresses it: uncorroborated, not disputed."
        return text + " Not disputed."
    if choice < 0:
        return text + " Every value was implausible; nothing chosen."
    conf = float(estimate.item_confidence[i])
    if bool(estimate.tie[i]):
        top = float(estimate.value_score[choice])
        tied = [
            display[v]
            for v in codes
            if math.isclose(float(estimate.value_score[v]), top, rel_tol=1e-9)
        ]
        text += (
            f" Undecided: {_named([repr(v) for v in tied])} tie (confidence {conf:.2f});"
            f" {display[choice]!r} is the estimate only by the documented tie-break."
        )
    else:
        text += f" Most likely {display[choice]!r} (confidence {conf:.2f})."
    if best is not None:
        spread = f"{_fmt(low)}" if low == high else f"from {_fmt(low)} to {_fmt(high)}"
        text += f" Best estimate {_fmt(best)}; the sources' figures run {spread}."
    return text
