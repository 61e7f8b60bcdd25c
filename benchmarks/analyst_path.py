"""Time and peak memory of the analyst's path, file to reconciled report, per stage.

Run from the repository root::

    python3 benchmarks/analyst_path.py                      # 10k and 100k claims
    python3 benchmarks/analyst_path.py --sizes 10000 100000 1000000

For each size the synthetic generator (``benchmarks/_synthetic.py``) writes a JSON Lines
file once; then a fresh Python process (so that each size's peak memory is its own) runs
``read_jsonl -> align -> claim_graph -> reconcile -> render_report`` on it and prints each
stage's seconds and the peak resident set size. ``import`` is the time to import claimrec.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STAGES = ("import", "read", "align", "graph", "reconcile", "report")


def _peak_mib() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 if sys.platform != "darwin" else peak / 2**20


def write_file(n_claims: int, path: Path, seed: int) -> None:
    """Generate ``n_claims`` synthetic claims and write them as JSON Lines."""
    sys.path.insert(0, str(ROOT))
    import claimrec as cr  # noqa: PLC0415
    from benchmarks._synthetic import generate  # noqa: PLC0415 - only the parent needs it

    data = generate(n_claims, seed=seed)
    cr.write_jsonl(data.claims, path)


def run_one(path: Path, seed: int) -> dict[str, float]:
    """Run the whole path on one file in this process; return seconds per stage and peak MiB."""
    out: dict[str, float] = {}
    sys.path.insert(0, str(ROOT))  # the claimrec of this checkout
    start = time.perf_counter()
    import claimrec as cr  # noqa: PLC0415 - importing is a timed stage

    out["import"] = time.perf_counter() - start
    from benchmarks._synthetic import build_world  # noqa: PLC0415

    vocabulary = build_world(seed=seed).vocabulary
    stages = [
        ("read", lambda _: cr.read_jsonl(path)),
        ("align", lambda claims: cr.align(claims, vocabulary=vocabulary)),
        ("graph", lambda alignment: cr.claim_graph(alignment, vocabulary=vocabulary)),
        ("reconcile", lambda graph: (graph, cr.reconcile(graph))),
        ("report", lambda both: cr.render_report(*both)),
    ]
    value: object = None
    for name, stage in stages:
        start = time.perf_counter()
        value = stage(value)
        out[name] = time.perf_counter() - start
    out["peak_mib"] = _peak_mib()
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--one", type=Path, help=argparse.SUPPRESS)  # the child process
    args = parser.parse_args(argv)
    if args.one is not None:
        print(json.dumps(run_one(args.one, args.seed)))
        return
    header = (
        f"{'claims':>10}" + "".join(f"{s:>10}" for s in STAGES) + f"{'total':>10}{'peak MiB':>10}"
    )
    print(header)
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            path = Path(folder) / f"claims-{size}.jsonl"
            write_file(size, path, args.seed)
            child = subprocess.run(  # noqa: S603 - our own script, our own arguments
                [sys.executable, __file__, "--one", str(path), "--seed", str(args.seed)],
                check=True,
                capture_output=True,
                text=True,
            )
            figures = json.loads(child.stdout.strip().splitlines()[-1])
            total = sum(figures[s] for s in STAGES)
            print(
                f"{size:>10,}"
                + "".join(f"{figures[s]:>10.2f}" for s in STAGES)
                + f"{total:>10.2f}{figures['peak_mib']:>10,.0f}"
            )


if __name__ == "__main__":
    main()
