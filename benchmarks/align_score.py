"""Time align's score step alone, in CPU seconds: the bulk scorer against the reference.

Run from the repository root::

    python3 benchmarks/align_score.py --size 1000000

Builds the synthetic claims of ``benchmarks/_synthetic.py``, prepares and blocks them once,
then scores every candidate pair ``--repeat`` times with the bulk scorer (what
:func:`~claimrec.alignment.align` runs: each distinct pair of facet codes judged once) and,
with ``--reference``, with the pair-by-pair reference scorer in batches (what align ran
before), and prints the CPU seconds of each run and candidate pairs per CPU second. CPU
time, not wall time: on a shared machine the wall time also counts the other jobs. The
first run is the one align pays (later runs find the gazetteer's answers cached). Both give
the same aligned pairs and scores: the script checks it.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks._synthetic import build_world, generate  # noqa: E402
from claimrec.alignment._blocking import _block  # noqa: E402
from claimrec.alignment._bulk import _CHUNK, _pair_chunks, _score_blocks  # noqa: E402
from claimrec.alignment._common import (  # noqa: E402
    _R_NONE,
    DEFAULT_THRESHOLD,
    DEFAULT_TIME_WINDOW,
    _options,
)
from claimrec.alignment._scoring import _score  # noqa: E402
from claimrec.alignment._table import _Table  # noqa: E402
from claimrec.resolution._resolver import _resolver  # noqa: E402


def reference(table, blocks, opts):
    """The reference scorer over the same candidate pairs, kept pairs sorted by ids."""
    claim = blocks.order_claim
    kept_a, kept_b, kept_s = [], [], []
    rejected = 0
    for pos, partner in _pair_chunks(blocks, _CHUNK):
        scored = _score(table, claim[pos], claim[partner], opts, full=False)
        rejected += int((scored.reject != _R_NONE).sum())
        ok = (scored.reject == _R_NONE) & (scored.score >= opts.threshold)
        kept_a.append(scored.a[ok])
        kept_b.append(scored.b[ok])
        kept_s.append(scored.score[ok])
    a, b, s = np.concatenate(kept_a), np.concatenate(kept_b), np.concatenate(kept_s)
    order = np.lexsort((table.rank[b], table.rank[a]))
    return a[order], b[order], s[order], rejected


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--density", type=float, default=30.0)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--reference", action="store_true", help="time the reference too")
    args = parser.parse_args()
    world = build_world(seed=args.seed)
    data = generate(
        args.size, seed=args.seed, world=world, days=max(365, int(args.size / args.density))
    )
    gc.disable()
    opts = _options(DEFAULT_THRESHOLD, DEFAULT_TIME_WINDOW, None, 1)
    scorers = [("bulk", _score_blocks)]
    if args.reference:
        scorers.append(("reference", reference))
    results = {}
    for name, scorer in scorers:
        # a fresh table and vocabulary each: the first run pays every look-up, as align does
        table = _Table(data.claims, _resolver(build_world(seed=args.seed).vocabulary))
        blocks = _block(table, opts.window_s)
        if name == "bulk":
            print(f"{args.size:,} claims, {blocks.pairs:,} candidate pairs")
        for k in range(args.repeat):
            start = time.process_time()
            results[name] = scorer(table, blocks, opts)
            cpu = time.process_time() - start
            print(
                f"{name:>9} run {k + 1}: {cpu:6.2f} CPU s, "
                f"{blocks.pairs / cpu / 1e6:5.2f} M candidate pairs per CPU second"
            )
    if args.reference:
        same = all(
            np.array_equal(x, y) for x, y in zip(results["bulk"], results["reference"], strict=True)
        )
        print(f"same aligned pairs, scores and rejections: {same}")


if __name__ == "__main__":
    main()
