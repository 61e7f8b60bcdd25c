"""Time and memory of claim_graph on a large synthetic claim set.

Run from the repository root::

    python -m benchmarks.graph                 # 100,000 claims
    python -m benchmarks.graph --claims 10000 --profile
    python -m benchmarks.graph --tracemalloc   # also the memory the graph itself holds

Generates claims with benchmarks/_synthetic.py, aligns them (timed apart), then builds
the claim graph from the alignment (relating every pair inside each aligned group) and
runs the queries. Memory is the process's peak resident set size after each step
(``ru_maxrss``), so the graph step's figure includes everything before it.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import pstats
import resource
import sys
import time
import tracemalloc
from collections import Counter

from benchmarks._synthetic import generate
from claimrec.alignment import align
from claimrec.graph import claim_graph


def _peak_mib() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 if sys.platform != "darwin" else peak / 2**20


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--profile", action="store_true", help="profile claim_graph")
    parser.add_argument(
        "--tracemalloc",
        action="store_true",
        help="also measure the memory claim_graph allocates (a second, slower build)",
    )
    args = parser.parse_args(argv)

    start = time.perf_counter()
    data = generate(args.claims, seed=args.seed)
    vocabulary = data.world.vocabulary
    print(f"generated {len(data.claims):,} claims in {time.perf_counter() - start:.1f} s")
    print(f"peak RSS after generating: {_peak_mib():,.0f} MiB")

    start = time.perf_counter()
    alignment = align(data.claims, vocabulary=vocabulary)
    aligned_s = time.perf_counter() - start
    sizes = Counter(len(g) for g in alignment.groups)
    pairs_in_groups = sum(count * n * (n - 1) // 2 for n, count in sizes.items())
    print(f"align: {aligned_s:.1f} s, {alignment!r}, largest group {max(sizes)}")
    print(f"pairs inside groups to relate: {pairs_in_groups:,}")
    print(f"peak RSS after align: {_peak_mib():,.0f} MiB")

    gc.collect()
    profiler = cProfile.Profile() if args.profile else None
    start = time.perf_counter()
    if profiler is not None:
        profiler.enable()
    graph = claim_graph(alignment, vocabulary=vocabulary)
    if profiler is not None:
        profiler.disable()
    built_s = time.perf_counter() - start
    kinds = Counter(r.kind.value for r in graph.relationships)
    print(f"claim_graph: {built_s:.1f} s, {graph!r}")
    print(f"  {graph.nx.number_of_nodes():,} nodes, {graph.nx.number_of_edges():,} edges")
    print(f"  relations: {dict(sorted(kinds.items()))}")
    print(f"  {pairs_in_groups / built_s:,.0f} pairs related per second")
    print(f"peak RSS after claim_graph: {_peak_mib():,.0f} MiB")

    if args.tracemalloc:
        del graph
        gc.collect()
        tracemalloc.start()
        graph = claim_graph(alignment, vocabulary=vocabulary)
        current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(
            f"claim_graph allocations (tracemalloc): {current / 2**20:,.0f} MiB held by the "
            f"graph, {peak / 2**20:,.0f} MiB at peak"
        )

    start = time.perf_counter()
    disputes = graph.disputes()
    echoes = graph.echoes()
    corroborations = graph.corroborations()
    summary = graph.source_summary()
    print(
        f"queries: {time.perf_counter() - start:.1f} s "
        f"(disputes {len(disputes):,}, echoes {len(echoes):,}, "
        f"corroborations {len(corroborations):,}, source pairs {len(summary):,})"
    )
    print(f"peak RSS at the end: {_peak_mib():,.0f} MiB")
    if profiler is not None:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(20)


if __name__ == "__main__":
    main()
