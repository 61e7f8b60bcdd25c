"""Benchmark claimrec's truth-discovery estimators against the literature's data sets.

Usage::

    python benchmarks/truth_discovery.py DATA_DIR [--only book,flights] [--synthetic 1000000]

``DATA_DIR`` holds ``book/``, ``flights/`` and ``birthplaces/`` (see its README.md); without it
the real-data part is skipped with a message. ``--synthetic N`` times the table build and every
estimator on N random claims.

Accuracy is the share of gold items whose chosen value is the gold value. Every table also
prints the upper bound (share of gold items for which some source claims the gold value) and
majority vote, without which a score means little. Parameters are the papers' defaults unless
the ``settings`` column says otherwise; nothing is tuned on the gold.

``ECE`` is the expected calibration error of each method's confidence in its chosen value over
the gold items (10 equal-width bins: the mean, weighted by bin size, of |accuracy - mean
confidence|). The ``synthetic`` set (100,000 claims with a known truth, seed 0) is always run.
The summary at the end checks the default method against majority vote and the best method.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _td_loaders import LOADERS, Dataset, uniform_categorical

from claimrec.reconciliation._estimators import ESTIMATORS, Estimate
from claimrec.reconciliation._multi import latent_truth
from claimrec.reconciliation._table import ClaimTable

# (label, method, options, settings note)
METHODS: list[tuple[str, str, dict[str, Any], str]] = [
    ("majority_vote", "majority_vote", {}, ""),
    ("sums", "sums", {}, "20 iterations max"),
    ("average_log", "average_log", {}, "20 iterations max"),
    ("investment", "investment", {}, "g=1.2"),
    ("pooled_investment", "pooled_investment", {}, "g=1.4"),
    ("truthfinder", "truthfinder", {}, "gamma=0.3 rho=0.5 t0=0.9"),
    ("crh", "crh", {}, "smoothing=1 (not in paper)"),
    ("accu", "accu", {}, "n=100"),
    ("accu_copy", "accu_copy", {}, "n=100 alpha=0.2 c=0.8"),
    ("accu", "accu", {"n_false": "observed"}, "n=observed (not in paper)"),
    ("accu_copy", "accu_copy", {"n_false": "observed"}, "n=observed (not in paper)"),
    ("ensemble", "ensemble", {}, "default: accu(n=observed)+investment, calibrated"),
]

DEFAULT = "ensemble"


def ece(conf: np.ndarray, ok: np.ndarray, bins: int = 10) -> float:
    """Expected calibration error over equal-width confidence bins."""
    conf = np.asarray(conf, dtype=float)
    ok = np.asarray(ok, dtype=float)
    idx = np.minimum((conf * bins).astype(int), bins - 1)
    total = 0.0
    for b in range(bins):
        m = idx == b
        if m.any():
            total += float(m.mean()) * abs(float(ok[m].mean()) - float(conf[m].mean()))
    return total


def _gold_codes(ds: Dataset) -> tuple[np.ndarray, np.ndarray]:
    table = ds.table
    items, values = [], []
    for item, value in ds.gold.items():
        i = table.item_code(item)
        lo, hi = int(table.item_start[i]), int(table.item_start[i + 1])
        code = next((v for v in range(lo, hi) if table.values[v] == value), -1)
        items.append(i)
        values.append(code)
    return np.array(items, dtype=np.int64), np.array(values, dtype=np.int64)


def _run(fn: Callable[..., Estimate], table: ClaimTable, opts: dict[str, Any], memory: bool):
    start = time.perf_counter()
    est = fn(table, **opts)
    seconds = time.perf_counter() - start
    peak = float("nan")
    if memory:
        tracemalloc.start()
        fn(table, **opts)
        peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
    return est, seconds, peak


def bench_dataset(name: str, root: Path, *, memory: bool = True) -> list[dict[str, Any]]:
    start = time.perf_counter()
    ds = LOADERS[name](root)
    load_s = time.perf_counter() - start
    table = ds.table
    gold_items, gold_values = _gold_codes(ds)
    upper = float(np.mean(gold_values >= 0))
    print(f"\n## {name}: {table!r}, {len(gold_items)} gold items, loaded in {load_s:.2f} s")
    print(f"normalisation: {ds.notes}")
    if ds.options:
        opts = ", ".join(f"{k}={v}" for k, v in ds.options.items())
        print(f"data-set options for every method: {opts} (see docs/truth_discovery.md)")
    header = f"{'method':18s} {'accuracy':>8s} {'ECE':>6s}"
    if ds.on_path:
        header += f" {'on-path':>8s}"
    header += f" {'iter':>5s} {'stop':11s} {'time ms':>8s} {'peak MiB':>8s}  settings"
    print(header)
    print("-" * len(header))
    print(f"{'upper bound':18s} {upper:8.3f}")
    rows = []
    methods = list(METHODS)
    if ds.options:  # the plain baseline, without the data set's options
        plain = {"rho": 0.0, **dict.fromkeys(ds.options)}
        methods.insert(0, ("majority_vote", "majority_vote", plain, "plain count, no options"))
    for label, method, opts, note in methods:
        est, seconds, peak = _run(ESTIMATORS[method], table, {**ds.options, **opts}, memory)
        chosen = est.item_choice[gold_items]
        right = chosen == gold_values
        acc = float(np.mean(right))
        calib = ece(est.item_confidence[gold_items], right)
        line = f"{label:18s} {acc:8.3f} {calib:6.3f}"
        path_acc = None
        if ds.on_path:
            ok = [
                c >= 0 and table.values[c] in ds.on_path[table.items[i]]
                for i, c in zip(gold_items.tolist(), chosen.tolist(), strict=True)
            ]
            path_acc = float(np.mean(ok))
            line += f" {path_acc:8.3f}"
        extra = f" copy_pairs={len(est.copy_pairs)}" if method == "accu_copy" else ""
        line += (
            f" {est.iterations:5d} {est.stop_reason.value:11s} {seconds * 1e3:8.1f}"
            f" {peak:8.1f}  {note}{extra}"
        )
        print(line)
        rows.append(
            {"method": label, "accuracy": acc, "ece": calib, "on_path": path_acc, "note": note}
        )
    if name == "book":  # author lists as sets: multi-truth discovery
        start = time.perf_counter()
        found = latent_truth(table)
        seconds = time.perf_counter() - start
        right = [found.truths.get(i) == frozenset(g) for i, g in ds.gold.items()]
        print(
            f"{'latent_truth':18s} {np.mean(right):8.3f} {'-':>6s} {found.iterations:5d}"
            f" {'converged' if found.converged else 'max_iter':11s} {seconds * 1e3:8.1f}"
            f" {'-':>8s}  author lists as sets of surnames (LTM by EM, priors 9:1 and 1:19)"
        )
    return rows


def synthetic_accuracy(n: int = 100_000, *, seed: int = 0) -> list[dict[str, Any]]:
    """Accuracy and ECE of every method on ``n`` synthetic claims with a known truth."""
    rng = np.random.default_rng(seed)
    n_sources, n_items = 200, max(n // 10, 1)
    accuracy = rng.uniform(0.3, 0.95, n_sources)
    # six labels an item, the true one drawn at random: the tie-break favours no method
    table, truth = uniform_categorical(rng, n, accuracy, n_items, 6, source_digits=3)
    print(f"\n## synthetic: {table!r}, every item has gold (seed {seed})")
    print(f"{'method':18s} {'accuracy':>8s} {'ECE':>6s}  settings")
    rows = []
    for label, method, opts, note in METHODS:
        est = ESTIMATORS[method](table, **opts)
        ok = truth[est.item_choice] & (est.item_choice >= 0)
        acc, calib = float(ok.mean()), ece(est.item_confidence, ok)
        print(f"{label:18s} {acc:8.3f} {calib:6.3f}  {note}")
        rows.append({"method": label, "accuracy": acc, "ece": calib, "note": note})
    return rows


def summary(results: dict[str, list[dict[str, Any]]]) -> None:
    """Check the default method: never below majority vote, within 2 points of the best."""
    print(f"\n## default method ({DEFAULT}) against majority vote and the best method")
    print(f"{'data set':12s} {'default':>8s} {'majority':>8s} {'best':>8s}  best method   ECE")
    for name, rows in results.items():
        default = next(r for r in rows if r["method"] == DEFAULT)
        majority = max(r["accuracy"] for r in rows if r["method"] == "majority_vote")
        top = max(rows, key=lambda r: r["accuracy"])
        ok = default["accuracy"] >= majority and default["accuracy"] >= top["accuracy"] - 0.02
        print(
            f"{name:12s} {default['accuracy']:8.3f} {majority:8.3f} {top['accuracy']:8.3f}"
            f"  {top['method']:13s} {default['ece']:.3f}  {'ok' if ok else 'MISSED'}"
        )


def synthetic(n: int, *, seed: int = 0) -> None:
    """Time the table build and every estimator on ``n`` random claims."""
    rng = np.random.default_rng(seed)
    n_sources, n_items = 1000, max(n // 10, 1)
    accuracy = rng.uniform(0.3, 0.95, n_sources)
    src = rng.integers(0, n_sources, n)
    item = rng.integers(0, n_items, n)
    right = rng.random(n) < accuracy[src]
    value = np.where(right, 0, rng.integers(1, 6, n))
    sources = [f"source-{x:04d}" for x in src.tolist()]
    items = [f"item-{x}" for x in item.tolist()]
    values = [f"v{x}" for x in value.tolist()]
    print(f"\n## synthetic: {n:,} claims, {n_sources} sources, {n_items:,} items (seed {seed})")
    start = time.perf_counter()
    table = ClaimTable.from_records(sources, items, values, numeric=None)
    build = time.perf_counter() - start
    print(f"{'table build':18s} {build:7.2f} s  {table!r}")
    truth = np.array([label == "v0" for label in table.values])
    pasternack = build
    for method in ESTIMATORS:
        start = time.perf_counter()
        est = ESTIMATORS[method](table)
        seconds = time.perf_counter() - start
        acc = float(np.mean(truth[est.item_choice]))
        print(
            f"{method:18s} {seconds:7.2f} s  accuracy {acc:.3f}  "
            f"{est.iterations} iterations ({est.stop_reason.value})"
        )
        if method in {"sums", "average_log", "investment", "pooled_investment"}:
            pasternack += seconds
    print(
        f"table build + Sums, AverageLog, Investment, PooledInvestment: {pasternack:.2f} s "
        f"(budget 5 s)"
    )
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory of the process: {rss:.0f} MiB")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data_dir", nargs="?", type=Path, help="truth-discovery data folder")
    parser.add_argument("--only", default=",".join(LOADERS), help="comma-separated data sets")
    parser.add_argument("--synthetic", type=int, default=0, help="also time N synthetic claims")
    parser.add_argument("--no-memory", action="store_true", help="skip the tracemalloc run")
    args = parser.parse_args(argv)
    results: dict[str, list[dict[str, Any]]] = {}
    if args.data_dir is None or not args.data_dir.is_dir():
        print(f"skipping the real data sets: data folder {args.data_dir} not found")
    else:
        for name in args.only.split(","):
            if not (args.data_dir / name).is_dir():
                print(f"skipping {name}: {args.data_dir / name} not found")
                continue
            results[name] = bench_dataset(name, args.data_dir, memory=not args.no_memory)
    results["synthetic"] = synthetic_accuracy()
    summary(results)
    if args.synthetic:
        synthetic(args.synthetic)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
