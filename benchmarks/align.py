"""Benchmark claimrec.alignment.align on synthetic claim sets; prints figures, asserts nothing.

Run from the repository root::

    python benchmarks/align.py --sizes 10000 100000 1000000

Each size runs in its own process, so that the peak memory (VmHWM from /proc/self/status,
falling back to getrusage) is that size's alone. For each size it prints: claim
construction time (typed values, reported apart), estimate_pairs time and count, align
time and its steps, claims/s, candidate pairs and pairs scored/s, materialising the
groups, peak memory, and pairwise precision/recall/F1 of the groups against the
generator's truth; the steps line adds align's CPU seconds (all threads), which a busy
machine disturbs less than wall time. A last line measures RapidFuzz's ratio scorer alone
through ``process.cdist`` on the world's place names, the rate the text features build on.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

from rapidfuzz import fuzz, process

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks._synthetic import build_world, generate, pairwise_f1  # noqa: E402
from claimrec._text import normalize  # noqa: E402
from claimrec.alignment import align, estimate_pairs  # noqa: E402


def _peak_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:  # pragma: no cover - not Linux
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_one(size: int, *, seed: int, density: float, workers: int) -> dict[str, float]:
    world = build_world(seed=seed)
    data = generate(size, seed=seed, world=world, days=max(365, int(size / density)))
    gc.collect()
    start = time.perf_counter()
    estimate = estimate_pairs(data.claims, vocabulary=world.vocabulary)
    estimate_s = time.perf_counter() - start
    # a fresh vocabulary object, so that align pays for every look-up itself
    world = build_world(seed=seed)
    start, cpu = time.perf_counter(), time.process_time()
    alignment = align(data.claims, vocabulary=world.vocabulary, workers=workers)
    align_s = time.perf_counter() - start
    align_cpu_s = time.process_time() - cpu
    start = time.perf_counter()
    groups = alignment.groups
    groups_s = time.perf_counter() - start
    precision, recall, f1 = pairwise_f1(alignment.membership, data.truth)
    steps = dict(alignment.stats.timings)
    return {
        "claims": size,
        "events": data.events,
        "items": data.items,
        "build_s": data.seconds,
        "estimate_s": estimate_s,
        "estimate_pairs": estimate.pairs,
        "align_s": align_s,
        "align_cpu_s": align_cpu_s,
        "prepare_s": steps["prepare"],
        "block_s": steps["block"],
        "score_s": steps["score"],
        "group_s": steps["group"],
        "candidate_pairs": alignment.stats.candidate_pairs,
        "aligned_pairs": alignment.stats.pairs_aligned,
        "groups": len(groups),
        "groups_s": groups_s,
        "peak_mb": _peak_mb(),
        "precision": precision,
        "recall": recall,
        "f1": f1,
    }


def ratio_rate(seed: int) -> tuple[int, float]:
    names = sorted({normalize(t.name) for t in build_world(seed=seed).towns})[:3000]
    start = time.perf_counter()
    process.cdist(names, names, scorer=fuzz.ratio, processor=None, workers=-1)
    return len(names) ** 2, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--density",
        type=float,
        default=30.0,
        help="claims per day of record (default 30: about 4 incidents a day in 12 countries)",
    )
    parser.add_argument("--workers", type=int, default=-1, help="RapidFuzz threads")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one is not None:
        print(
            json.dumps(
                run_one(args.one, seed=args.seed, density=args.density, workers=args.workers)
            )
        )
        return
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"claimrec.align benchmark: seed={args.seed} density={args.density:g} claims/day "
        f"workers={args.workers}; load average {load:.1f} on {os.cpu_count()} cores "
        "(timings on a busy machine are slow: compare CPU seconds)"
    )
    header = (
        f"{'claims':>9} {'build s':>8} {'align s':>8} {'claims/s':>9} {'cand. pairs':>12} "
        f"{'pairs/s':>10} {'groups s':>8} {'peak MB':>8} {'P':>6} {'R':>6} {'F1':>6}"
    )
    print(header)
    for size in args.sizes:
        out = subprocess.run(  # noqa: S603 - this very script, with our own arguments
            [
                sys.executable,
                __file__,
                "--one",
                str(size),
                "--seed",
                str(args.seed),
                "--density",
                str(args.density),
                "--workers",
                str(args.workers),
            ],
            check=True,
            capture_output=True,
            text=True,
        )
        r = json.loads(out.stdout.strip().splitlines()[-1])
        print(
            f"{r['claims']:>9,} {r['build_s']:>8.1f} {r['align_s']:>8.1f} "
            f"{r['claims'] / r['align_s']:>9,.0f} {r['candidate_pairs']:>12,} "
            f"{r['candidate_pairs'] / r['score_s']:>10,.0f} {r['groups_s']:>8.1f} "
            f"{r['peak_mb']:>8,.0f} {r['precision']:>6.3f} {r['recall']:>6.3f} {r['f1']:>6.3f}"
        )
        print(
            f"{'':>9} steps: prepare {r['prepare_s']:.1f} s, block {r['block_s']:.1f} s, "
            f"score {r['score_s']:.1f} s, group {r['group_s']:.1f} s (align CPU "
            f"{r['align_cpu_s']:.1f} s); estimate_pairs "
            f"{r['estimate_s']:.1f} s ({r['estimate_pairs']:,} pairs); {r['events']:,} incidents, "
            f"{r['items']:,} items, {r['groups']:,} groups"
        )
    cells, seconds = ratio_rate(args.seed)
    print(f"rapidfuzz fuzz.ratio via process.cdist on place names: {cells / seconds:,.0f} pairs/s")


if __name__ == "__main__":
    main()
