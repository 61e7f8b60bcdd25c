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
from claimrec.io.jsonl import read_jsonl
from claimrec.model import Claim
from claimrec.report import claims_table

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
    run = sub.add_parser("run", help="the main job: the whole path on a claims file")
    run.add_argument("file", nargs="?", help="a claims JSON Lines file (default: the Mali example)")
    return parser


def _run(claims: list[Claim]) -> str:
    sources = len({c.source.name for c in claims})
    return f"{len(claims)} claims from {sources} sources\n\n{claims_table(claims)}"


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
    args = _parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    command = args.command or "run"
    try:
        claims = _load(getattr(args, "file", None))
        if command == "show":
            print(claims_table(claims, columns=[c.strip() for c in args.columns.split(",")]))
        else:
            print(_run(claims))
    except (ClaimrecError, OSError) as exc:
        print(f"claimrec: {exc}", file=sys.stderr)
        return 1
    return 0
