"""The ``claimrec`` command: run the whole path on a claims file and print what it finds.

Examples
--------
>>> from claimrec.cli import main
>>> main(["show", "--columns", "id,source,value"])  # doctest: +ELLIPSIS
id...source...value
...
fama-neutralised...FAMa...over 80
...
0
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from claimrec import datasets
from claimrec.errors import ClaimrecError
from claimrec.graph import claim_graph
from claimrec.io.jsonl import read_jsonl
from claimrec.model import Claim
from claimrec.reconciliation import METHODS, reconcile
from claimrec.report import claims_table, render_report

__all__ = ["main"]


def _load(path: str | None) -> list[Claim]:
    if path is None:
        return datasets.mali_2025()
    return read_jsonl(path)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="claimrec",
        description="Reconcile sourced claims: align, relate, graph and weigh them.",
    )
    sub = parser.add_subparsers(dest="command")
    show = sub.add_parser("show", help="print the claims of a file as a table")
    show.add_argument(
        "file", nargs="?", help="a claims JSON Lines file (default: the Mali example)"
    )
    show.add_argument("--columns", default="id,source,subject,predicate,value,place,when,via")
    run = sub.add_parser("run", help="the main job: align, relate, reconcile, report")
    run.add_argument("file", nargs="?", help="a claims JSON Lines file (default: the Mali example)")
    run.add_argument("--method", default="ensemble", choices=sorted(METHODS))
    run.add_argument("--policy", default="best", choices=["best", "conservative", "estimator"])
    run.add_argument("--claims", action="store_true", help="print the claims table first")
    return parser


def _run(claims: list[Claim], args: argparse.Namespace) -> str:
    graph = claim_graph(claims)
    result = reconcile(graph, method=args.method, policy=args.policy)
    text = render_report(graph, result)
    if args.claims:
        text = claims_table(claims) + "\n\n" + text
    return text


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``claimrec`` command; return the exit status.

    Parameters
    ----------
    argv : sequence of str, optional
        The arguments (default: ``sys.argv[1:]``). With none, runs ``run`` on the
        bundled Mali example.

    Examples
    --------
    >>> from claimrec.cli import main
    >>> main(["show", "--columns", "id,predicate"])  # doctest: +ELLIPSIS
    id...predicate
    ...
    jnim-seized...seized control of
    ...
    0
    """
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] not in ("show", "run", "-h", "--help"):
        argv = ["run", *argv]
    args = _parser().parse_args(argv)
    command = args.command
    try:
        claims = _load(getattr(args, "file", None))
        if command == "show":
            print(claims_table(claims, columns=[c.strip() for c in args.columns.split(",")]))
        else:
            print(_run(claims, args))
    except (ClaimrecError, OSError) as exc:
        print(f"claimrec: {exc}", file=sys.stderr)
        return 1
    return 0
