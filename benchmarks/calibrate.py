"""Fit the calibration map of the default estimator's confidence on synthetic data.

Usage::

    python benchmarks/calibrate.py [--sets 24] [--seed 1000]

Generates claim sets with a known truth and varied shape: half sparse (skewed source activity,
one to a dozen claims per item, false values concentrated on a few wrong answers), half dense
like the benchmark's synthetic set but with other seeds and sizes. It runs
``ensemble(calibrate=False)`` on each, and fits an isotonic regression of "the chosen value is
right" on the raw confidence (pool-adjacent-violators). It prints the knots to paste into
``claimrec/reconciliation/_ensemble.py`` (``CALIBRATION``) and the expected calibration error
before and after on the synthetic sets themselves. The benchmark gold (Book, Flights,
BirthPlaces) is never read here: ``benchmarks/truth_discovery.py`` then measures the map on it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._td_loaders import uniform_categorical
from claimrec.reconciliation._ensemble import ensemble
from claimrec.reconciliation._table import ClaimTable


def synthetic_set(rng: np.random.Generator) -> tuple[ClaimTable, np.ndarray]:
    """Return a random claim set and, per value code, whether it is the truth."""
    n_sources = int(rng.integers(5, 300))
    n_items = int(rng.integers(300, 3000))
    mean_acc = rng.uniform(0.5, 0.92)
    spread = rng.uniform(2.0, 20.0)
    accuracy = rng.beta(mean_acc * spread, (1 - mean_acc) * spread, n_sources)
    activity = rng.pareto(1.2, n_sources) + 1.0  # a few sources make most claims
    activity /= activity.sum()
    per_item = rng.poisson(rng.uniform(0.5, 8.0), n_items) + 1
    n_false = rng.integers(1, int(rng.integers(2, 12)), n_items) + 1
    sources, items, values = [], [], []
    for i in range(n_items):
        k = int(min(per_item[i], n_sources))
        chosen = rng.choice(n_sources, size=k, replace=False, p=activity)
        right = rng.random(k) < accuracy[chosen]
        # false values concentrate on a few wrong answers (a common mistake), as in real data
        wrong = rng.zipf(1.8, k) % n_false[i] + 1
        for s, r, w in zip(chosen.tolist(), right.tolist(), wrong.tolist(), strict=True):
            sources.append(f"s{s}")
            items.append(f"i{i}")
            values.append("true" if r else f"false{w}")
    table = ClaimTable.from_records(sources, items, values, numeric=None)
    truth = np.array([label == "true" for label in table.values])
    return table, truth


def dense_set(rng: np.random.Generator) -> tuple[ClaimTable, np.ndarray]:
    """Return a dense claim set like the benchmark's synthetic one (different seeds)."""
    n = int(rng.integers(20_000, 60_000))
    n_sources, n_items = int(rng.integers(50, 400)), n // int(rng.integers(4, 12))
    accuracy = rng.uniform(rng.uniform(0.2, 0.5), rng.uniform(0.8, 0.97), n_sources)
    k = int(rng.integers(3, 8))
    return uniform_categorical(rng, n, accuracy, n_items, k)


def ece(conf: np.ndarray, ok: np.ndarray, bins: int = 10) -> float:
    """Expected calibration error over equal-width bins."""
    idx = np.minimum((conf * bins).astype(int), bins - 1)
    total = 0.0
    for b in range(bins):
        m = idx == b
        if m.any():
            total += float(m.mean()) * abs(float(ok[m].mean()) - float(conf[m].mean()))
    return total


def isotonic(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Pool-adjacent-violators fit of y on x; returns block means (x, y)."""
    order = np.argsort(x, kind="stable")
    xs, ys = x[order].astype(float), y[order].astype(float)
    blocks: list[list[float]] = []  # [sum_x, sum_y, count]
    for a, b in zip(xs.tolist(), ys.tolist(), strict=True):
        blocks.append([a, b, 1.0])
        while len(blocks) > 1 and blocks[-2][1] / blocks[-2][2] >= blocks[-1][1] / blocks[-1][2]:
            sx, sy, n = blocks.pop()
            blocks[-1][0] += sx
            blocks[-1][1] += sy
            blocks[-1][2] += n
    bx = np.array([b[0] / b[2] for b in blocks])
    by = np.array([b[1] / b[2] for b in blocks])
    return bx, by


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", type=int, default=24)
    parser.add_argument("--seed", type=int, default=1000)
    args = parser.parse_args(argv)
    raw_all, ok_all = [], []
    for k in range(args.sets):
        rng = np.random.default_rng(args.seed + k)
        table, truth = synthetic_set(rng) if k % 2 == 0 else dense_set(rng)
        est = ensemble(table, calibrate=False)
        ok = truth[est.item_choice]
        raw_all.append(est.item_confidence)
        ok_all.append(ok)
    raw = np.concatenate(raw_all)
    ok = np.concatenate(ok_all).astype(float)
    bx, by = isotonic(raw, ok)
    # thin the knots: one per 0.05 of raw confidence, plus the ends
    grid = np.linspace(0.0, 1.0, 21)
    knots = [(0.0, float(np.interp(0.0, bx, by)))]
    knots += [(float(g), float(np.interp(g, bx, by))) for g in grid[1:-1] if bx[0] <= g <= bx[-1]]
    knots.append((1.0, float(np.interp(1.0, bx, by))))
    print(
        f"{len(raw):,} items from {args.sets} synthetic sets (seeds {args.seed}-"
        f"{args.seed + args.sets - 1}); accuracy {ok.mean():.3f}"
    )
    print(f"ECE raw {ece(raw, ok):.3f}")
    fitted = np.interp(raw, [x for x, _ in knots], [y for _, y in knots])
    print(f"ECE after the map (in-sample) {ece(fitted, ok):.3f}")
    print("CALIBRATION = (")
    for x, y in knots:
        print(f"    ({x:.2f}, {y:.3f}),")
    print(")")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
