"""Time and peak memory of the analyst's path, file to reconciled report, per stage.

Run from the repository root::

    python3 benchmarks/analyst_path.py                      # 10k and 100k claims
    python3 benchmarks/analyst_path.py --sizes 10000 100000 1000000
    python3 benchmarks/analyst_path.py --sizes 10000 --repeat 3 --baseline v0.1.0
    python3 benchmarks/analyst_path.py --sizes 100000 --format csv   # read_csv, not read_jsonl

For each size the synthetic generator (``benchmarks/_synthetic.py``) writes a JSON Lines
file (or with ``--format csv`` a CSV file) once; then a fresh Python process (so that each
size's peak memory is its own) runs ``read_jsonl -> align -> claim_graph -> reconcile ->
render_report`` (``read_csv`` first with ``--format csv``) on it and prints each stage's
seconds and the peak resident set size. ``import`` is the time to import claimrec.
Under each row, ``peak MiB`` gives the peak resident set size reached by the end of each
stage (the process's running maximum: the stage where it jumps is the one that needed the
memory) and ``held MiB`` the resident set size after the stage, with the stage's result
still held (the claims after ``read``, the graph after ``graph``...); the figures under
``import`` include the synthetic world's vocabulary, built (untimed) before reading.
With ``--repeat N`` each size runs N times and every stage keeps its best time (the machine
is shared: the best run is the one least disturbed); the peaks are the least of the runs.
A ``cpu s`` row gives each stage's CPU seconds (user + system, ``time.process_time``), the
least of the runs: on a shared machine it moves less with the load than the wall time
(it still moves: other processes share the caches and the cores' turbo).

``--baseline REF`` runs the same path with the claimrec of a git commit, tag or branch
(``git archive`` into a temporary folder), or of a folder holding another checkout (the
same files, the same vocabulary), and prints
its row and the ratio of its time to this checkout's, stage by stage (and of its peak
memory to this checkout's, in the last column), then the same ratio of CPU seconds
(``x less cpu``). The two checkouts' runs alternate (this one, the baseline, this one...),
so that both see the same spread of the machine's load.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STAGES = ("import", "read", "align", "graph", "reconcile", "report")


def _peak_mib() -> float:
    """The peak resident set size of this process so far.

    On Linux, ``VmHWM``: ``ru_maxrss`` survives ``exec``, so a child process started by a
    parent holding a million generated claims would report the parent's size as its own.
    """
    try:
        with Path("/proc/self/status").open(encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 if sys.platform != "darwin" else peak / 2**20


def _held_mib() -> float:
    """The resident set size now (Linux; the running peak elsewhere)."""
    try:
        with Path("/proc/self/statm").open(encoding="ascii") as handle:
            pages = int(handle.read().split()[1])
    except OSError:
        return _peak_mib()
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def write_file(n_claims: int, path: Path, seed: int) -> None:
    """Generate ``n_claims`` synthetic claims and write them as JSON Lines (or CSV)."""
    sys.path.insert(0, str(ROOT))
    import claimrec as cr  # noqa: PLC0415
    from benchmarks._synthetic import generate  # noqa: PLC0415 - only the parent needs it

    data = generate(n_claims, seed=seed)
    if path.suffix == ".csv":
        cr.write_csv(data.claims, path)
    else:
        cr.write_jsonl(data.claims, path)


def run_one(path: Path, seed: int, root: Path = ROOT) -> dict[str, float]:
    """Run the whole path on one file in this process; return seconds and MiB per stage.

    ``<stage>`` is the stage's seconds, ``<stage>_peak`` the peak resident set size by its
    end and ``<stage>_held`` the resident set size after it; ``peak_mib`` is the overall peak.
    """
    out: dict[str, float] = {}
    sys.path.insert(0, str(root))  # the claimrec of this checkout, or of the baseline
    start, cpu = time.perf_counter(), time.process_time()
    import claimrec as cr  # noqa: PLC0415 - importing is a timed stage

    out["import"] = time.perf_counter() - start
    out["import_cpu"] = time.process_time() - cpu
    from benchmarks._synthetic import build_world  # noqa: PLC0415

    vocabulary = build_world(seed=seed).vocabulary
    # The memory of "import" includes the synthetic world's vocabulary, built here untimed.
    out["import_peak"], out["import_held"] = _peak_mib(), _held_mib()
    read = cr.read_csv if path.suffix == ".csv" else cr.read_jsonl
    stages = [
        ("read", lambda _: read(path)),
        ("align", lambda claims: cr.align(claims, vocabulary=vocabulary)),
        ("graph", lambda alignment: cr.claim_graph(alignment, vocabulary=vocabulary)),
        ("reconcile", lambda graph: (graph, cr.reconcile(graph))),
        ("report", lambda both: cr.render_report(*both)),
    ]
    value: object = None
    for name, stage in stages:
        start, cpu = time.perf_counter(), time.process_time()
        value = stage(value)
        out[name] = time.perf_counter() - start
        out[name + "_cpu"] = time.process_time() - cpu  # user + system, this process's
        out[name + "_peak"], out[name + "_held"] = _peak_mib(), _held_mib()
        print(  # progress on stderr, as it happens: a long run stopped early still says where
            f"  {path.name}: {name} {out[name]:.2f} s, peak {out[name + '_peak']:,.0f} MiB",
            file=sys.stderr,
            flush=True,
        )
    out["peak_mib"] = _peak_mib()
    return out


def _child(path: Path, seed: int, root: Path) -> dict[str, float]:
    done = subprocess.run(  # noqa: S603 - our own script, our own arguments
        [sys.executable, __file__, "--one", str(path), "--seed", str(seed), "--root", str(root)],
        check=True,
        stdout=subprocess.PIPE,  # stderr passes through: the stages' progress
        text=True,
        cwd=root,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def best_of(path: Path, seed: int, root: Path, repeat: int) -> dict[str, float]:
    """Each stage's best time over ``repeat`` fresh processes, and the least peaks."""
    return _best([_child(path, seed, root) for _ in range(repeat)])


def _best(runs: list[dict[str, float]]) -> dict[str, float]:
    """Each figure's least over ``runs`` (times, CPU times, peaks): the least disturbed."""
    # An older script's child may not report memory per stage: keep what every run has.
    keys = set.intersection(*(set(run) for run in runs))
    return {key: min(run[key] for run in runs) for key in keys}


def best_of_both(
    path: Path, seed: int, roots: tuple[Path, Path], repeat: int
) -> tuple[dict[str, float], dict[str, float]]:
    """:func:`best_of` for two checkouts, their runs alternated (this, other, this, ...).

    On a shared machine the load changes within minutes: alternating the two checkouts'
    runs gives each the same spread of load, where all of one and then all of the other
    would not.
    """
    runs: tuple[list[dict[str, float]], list[dict[str, float]]] = ([], [])
    for _ in range(repeat):
        for root, found in zip(roots, runs, strict=True):
            found.append(_child(path, seed, root))
    return _best(runs[0]), _best(runs[1])


def _export(ref: str, folder: Path) -> Path:
    """Write the files of git ``ref`` into ``folder``; return it."""
    archive = subprocess.run(  # noqa: S603 - git, with the user's own ref
        ["git", "-C", str(ROOT), "archive", "--format=tar", ref],  # noqa: S607 - git on PATH
        check=True,
        capture_output=True,
    ).stdout
    with tempfile.TemporaryFile() as handle:
        handle.write(archive)
        handle.seek(0)
        with tarfile.open(fileobj=handle) as tar:
            tar.extractall(folder, filter="data")
    return folder


def _row(label: str, figures: dict[str, float]) -> str:
    total = sum(figures[s] for s in STAGES)
    lines = [
        f"{label:>12}"
        + "".join(f"{figures[s]:>10.2f}" for s in STAGES)
        + f"{total:>10.2f}{figures['peak_mib']:>10,.0f}"
    ]
    for suffix, name in (("_peak", "peak MiB"), ("_held", "held MiB")):
        if all(s + suffix in figures for s in STAGES):
            lines.append(f"{name:>12}" + "".join(f"{figures[s + suffix]:>10,.0f}" for s in STAGES))
    if all(s + "_cpu" in figures for s in STAGES):  # user + system seconds: less noisy
        lines.append(
            f"{'cpu s':>12}"
            + "".join(f"{figures[s + '_cpu']:>10.2f}" for s in STAGES)
            + f"{sum(figures[s + '_cpu'] for s in STAGES):>10.2f}"
        )
    return "\n".join(lines)


def _ratios(old: dict[str, float], new: dict[str, float]) -> str:
    """The rows of ``old``'s figures over ``new``'s: wall time and peak, then CPU time."""
    ratios = {key: old[key] / new[key] for key in (*STAGES, "peak_mib")}
    total = sum(old[s] for s in STAGES) / sum(new[s] for s in STAGES)
    lines = [
        f"{'x faster':>12}"
        + "".join(f"{ratios[s]:>10.1f}" for s in STAGES)
        + f"{total:>10.1f}{ratios['peak_mib']:>10.2f}"
    ]
    cpu = [s + "_cpu" for s in STAGES]
    if all(key in old and key in new for key in cpu):
        lines.append(
            f"{'x less cpu':>12}"
            + "".join(f"{old[k] / max(new[k], 1e-9):>10.1f}" for k in cpu)
            + f"{sum(old[k] for k in cpu) / max(sum(new[k] for k in cpu), 1e-9):>10.1f}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--repeat", type=int, default=1, help="runs per size; best of them")
    parser.add_argument("--baseline", help="a git ref whose claimrec to compare with")
    parser.add_argument(
        "--format", choices=("jsonl", "csv"), default="jsonl", help="the file read (default jsonl)"
    )
    parser.add_argument("--one", type=Path, help=argparse.SUPPRESS)  # the child process
    parser.add_argument("--root", type=Path, default=ROOT, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one is not None:
        print(json.dumps(run_one(args.one, args.seed, args.root)))
        return
    print(
        f"{'claims':>12}" + "".join(f"{s:>10}" for s in STAGES) + f"{'total':>10}{'peak MiB':>10}"
    )
    with tempfile.TemporaryDirectory() as folder:
        base = None
        if args.baseline and Path(args.baseline).is_dir():
            base = Path(args.baseline).resolve()  # a checkout of the older code
        elif args.baseline:
            base = _export(args.baseline, Path(folder) / "baseline")
        for size in args.sizes:
            path = Path(folder) / f"claims-{size}.{args.format}"
            write_file(size, path, args.seed)
            if base is None:
                figures = best_of(path, args.seed, ROOT, args.repeat)
                print(_row(f"{size:,}", figures), flush=True)
                continue
            figures, old = best_of_both(path, args.seed, (ROOT, base), args.repeat)
            print(_row(f"{size:,}", figures), flush=True)
            print(_row(Path(args.baseline).name[:12], old))
            print(_ratios(old, figures), flush=True)


if __name__ == "__main__":
    main()
