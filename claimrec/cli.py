"""The ``claimrec`` command: run the whole path on a claims file and print or write what it finds.

``claimrec`` alone runs the demo: the report on the bundled Mali example, printed, and
written as HTML. ``claimrec FILE`` runs the main job on your file (JSON Lines or CSV).
Exit codes (docs/cli.md): 0 done, 1 bad input (missing, unreadable or malformed file,
bad rows), 2 bad usage (unknown command or option), 3 output could not be written,
70 internal error (a bug: please report it), 130 interrupted.

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
import codecs
import contextlib
import importlib
import io
import json
import os
import re
import sys
import warnings
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import attrs

from claimrec import datasets
from claimrec.errors import ClaimrecError, FormatError
from claimrec.io.jsonl import dumps_jsonl, loads_jsonl
from claimrec.io.tables import read_csv, to_records, write_records
from claimrec.model import Claim, to_value
from claimrec.report import claims_table, render_html, render_report

if TYPE_CHECKING:
    from claimrec.graph import ClaimGraph
    from claimrec.reconciliation import Reconciliation

# The stages (alignment, graph, reconciliation, exports) load scipy.sparse and networkx:
# they are imported by the commands that use them, so that `claimrec show` stays light.

__all__ = ["main"]

EXIT_OK = 0
EXIT_INPUT = 1
EXIT_USAGE = 2
EXIT_OUTPUT = 3
EXIT_BUG = 70
EXIT_INTERRUPTED = 130

_COMMANDS = ("run", "show", "align", "export", "report", "demo")
_EXPORTS = (
    "acled",
    "ucdp",
    "claimreview",
    "claims",
    "jsonl",
    "graphml",
    "disputes",
    "items",
    "verdicts",
    "trust",
)
_DEFAULT_HTML = "claimrec-report.html"
# C0/C1 controls (escape sequences) and bidirectional overrides, but not \n and \t
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


class _CommandError(Exception):
    """A message for the shell user and the exit status that goes with it."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


# --------------------------------------------------------------------------- output


def safe(text: str) -> str:
    r"""Return ``text`` with terminal control characters shown, not obeyed.

    A claim's words come from the outside: an escape sequence in them must not
    recolour, clear or retitle the user's terminal.

    Examples
    --------
    >>> from claimrec.cli import safe
    >>> safe("FAMa\x1b[2J says\tso\n")
    'FAMa\\x1b[2J says\tso\n'
    """
    return _UNSAFE.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100
                       else f"\\u{ord(m.group()):04x}", text)  # fmt: skip


class _Out:
    """Where the result goes: stdout, or a file given with ``-o``."""

    def __init__(self, path: str | None) -> None:
        self.path = path

    def write(self, text: str) -> None:
        if self.path is None or self.path == "-":
            sys.stdout.write(safe(text))
            sys.stdout.flush()
            return
        try:
            Path(self.path).write_text(text, encoding="utf-8")
        except OSError as exc:
            raise _CommandError(
                f"cannot write {self.path}: {exc.strerror or exc}", EXIT_OUTPUT
            ) from None
        _note(f"wrote {self.path}")


def _note(message: str) -> None:
    print(f"claimrec: {safe(message)}", file=sys.stderr)


class _Progress:
    """Stage messages on stderr, only when it is a terminal and not ``--quiet``."""

    def __init__(self, quiet: bool) -> None:
        self.on = not quiet and sys.stderr.isatty()

    def __call__(self, message: str) -> None:
        if self.on:
            print(f"claimrec: {message}...", file=sys.stderr, flush=True)


# --------------------------------------------------------------------------- input


def _decode(data: bytes, name: str, encoding: str = "utf-8-sig") -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        label = "UTF-8" if codecs.lookup(encoding).name in {"utf-8", "utf-8-sig"} else encoding
        raise _CommandError(
            f"{name}, line {line}: not {label} (byte {data[exc.start]:#x}); save the file as"
            " UTF-8 or name its encoding with --encoding (cp1252, latin-1, ...)",
            EXIT_INPUT,
        ) from None


def _encoding(name: str) -> str:
    """Check a ``--encoding`` value: a text codec Python knows."""
    try:
        info = codecs.lookup(name)
    except LookupError:
        msg = f"unknown encoding {name!r} (try utf-8, cp1252 or latin-1)"
        raise argparse.ArgumentTypeError(msg) from None
    if not info._is_text_encoding:  # noqa: SLF001 - rot13, base64... decode bytes to bytes
        msg = f"{name!r} is not a text encoding (try utf-8, cp1252 or latin-1)"
        raise argparse.ArgumentTypeError(msg)
    return name


def _kind(name: str, text: str) -> str:
    suffix = Path(name).suffix.lower()
    if suffix in {".csv", ".tsv", ".txt"}:
        return "csv"
    if suffix in {".jsonl", ".json", ".ndjson"}:
        return "jsonl"
    return "jsonl" if text.lstrip().startswith("{") else "csv"


def _jsonl_warning_lines(text: str) -> dict[str, int]:
    """Map each value warning's message to the line of the claim that raises it."""
    lines: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        try:
            data = json.loads(line)
        except ValueError:
            continue
        value = data.get("value") if isinstance(data, dict) else None
        if not isinstance(value, str):
            continue
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            with contextlib.suppress(ClaimrecError):
                to_value(value)
        for warning in caught:
            lines.setdefault(str(warning.message), number)
    return lines


def _show_warnings(
    caught: Sequence[warnings.WarningMessage], name: str, lines: dict[str, int]
) -> None:
    for warning in caught:
        message = str(warning.message)
        if warning.filename == name:  # read_csv names the file and the line
            where = f"{name}:{warning.lineno}"
        elif message in lines:
            where = f"{name}:{lines[message]}"
        else:
            where = name
        print(f"{safe(where)}: warning: {safe(message)}", file=sys.stderr)


def _load(
    path: str | None, *, dayfirst: bool, extra: str = "error", encoding: str = "utf-8-sig"
) -> list[Claim]:
    if path is None:
        return datasets.mali_2025()
    name = "<stdin>" if path == "-" else path
    if path == "-":
        data = (
            sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode()
        )
    else:
        target = Path(path)
        if not target.exists():
            raise _CommandError(f"{path}: no such file", EXIT_INPUT)
        if target.is_dir():
            raise _CommandError(f"{path}: is a directory, not a claims file", EXIT_INPUT)
        try:
            data = target.read_bytes()
        except OSError as exc:
            raise _CommandError(
                f"{path}: cannot read ({exc.strerror or exc})", EXIT_INPUT
            ) from None
    text = _decode(data, name, encoding)
    if not text.strip():
        raise _CommandError(f"{name}: empty file: no claims to read", EXIT_INPUT)
    kind = _kind(name, text)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            if kind == "csv":
                stream = io.StringIO(text)
                stream.name = name
                claims = read_csv(stream, dayfirst=dayfirst, extra=extra)
            else:
                claims = loads_jsonl(text)
        except FormatError as exc:
            raise FormatError(name, exc.problems) from None
        except RecursionError:
            raise _CommandError(f"{name}: nested too deeply to be claims", EXIT_INPUT) from None
        except ClaimrecError:
            raise
        except (ValueError, TypeError, OverflowError) as exc:  # a reader let one through
            raise _CommandError(f"{name}: cannot read claims: {exc}", EXIT_INPUT) from None
    _show_warnings(caught, name, _jsonl_warning_lines(text) if kind == "jsonl" and caught else {})
    if not claims:
        raise _CommandError(f"{name}: no claims in the file", EXIT_INPUT)
    return claims


# --------------------------------------------------------------------------- commands


def _csv(records: Sequence[dict[str, Any]], columns: Sequence[str] | None = None) -> str:
    buffer = io.StringIO()
    write_records(
        records, buffer, columns if columns is not None else list(records[0]) if records else []
    )
    return buffer.getvalue()


def _json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n"


def _analyse(claims: list[Claim], args: argparse.Namespace) -> tuple[ClaimGraph, Reconciliation]:
    from claimrec.graph import claim_graph  # noqa: PLC0415 - a stage, loaded when used
    from claimrec.reconciliation import reconcile  # noqa: PLC0415 - a stage, loaded when used

    progress = _Progress(args.quiet)
    progress(f"aligning and relating {len(claims)} claims")
    graph = claim_graph(claims)
    options: dict[str, Any] = {"policy": args.policy}
    if args.method is not None:
        options["method"] = args.method
    progress(f"reconciling ({args.method or 'default method'})")
    result = reconcile(graph, **options)
    return graph, result


def _run(args: argparse.Namespace) -> str:
    claims = _load(args.file, dayfirst=args.dayfirst, extra=args.extra, encoding=args.encoding)
    graph, result = _analyse(claims, args)
    if args.format == "json":
        return _json(
            {
                "claims": len(graph.claims),
                "sources": len(graph.sources),
                "items": len(result.items),
                "method": result.method,
                "disputes": [d.to_dict() for d in graph.disputes()],
                "corroborations": graph.to_records("corroborations"),
                "echoes": graph.to_records("echoes"),
                "estimates": result.to_records("items"),
                "verdicts": result.to_records("verdicts"),
                "trust": result.to_records("trust"),
            }
        )
    if args.format == "csv":
        return _csv(result.to_records("items"))
    text = render_report(graph, result)
    if args.claims:
        text = claims_table(claims) + "\n\n" + text
    return text + "\n"


def _show(args: argparse.Namespace) -> str:
    claims = _load(args.file, dayfirst=args.dayfirst, extra=args.extra, encoding=args.encoding)
    if args.format == "json":
        return _json(to_records(claims))
    if args.format == "csv":
        return _csv(to_records(claims))
    columns = [c.strip() for c in args.columns.split(",") if c.strip()]
    known = {f.name for f in attrs.fields(Claim)}
    unknown = [c for c in columns if c not in known]
    if unknown or not columns:
        raise _CommandError(
            f"unknown column(s) {', '.join(unknown) or '(none given)'}; choose from "
            + ", ".join(sorted(known)),
            EXIT_USAGE,
        )
    return claims_table(claims, columns=columns) + "\n"


def _align(args: argparse.Namespace) -> str:
    claims = _load(args.file, dayfirst=args.dayfirst, extra=args.extra, encoding=args.encoding)
    _Progress(args.quiet)(f"aligning {len(claims)} claims")
    from claimrec.alignment import align  # noqa: PLC0415 - a stage, loaded when used

    alignment = align(claims, threshold=args.threshold)
    if args.format == "json":
        return _json(alignment.to_records())
    if args.format == "csv":
        return _csv(alignment.to_records())
    lines = [f"{len(claims)} claims in {len(alignment)} groups (threshold {alignment.threshold:g})"]
    for group in alignment.groups:
        lines.append(f"\n{group.label}  [{group.id}, {len(group)} claims]")
        lines.extend(f"    {c.id}: {c.describe()}" for c in group.claims)
    return "\n".join(lines) + "\n"


def _export(args: argparse.Namespace) -> str:
    claims = _load(args.file, dayfirst=args.dayfirst, extra=args.extra, encoding=args.encoding)
    if args.to == "claims":
        return _json(to_records(claims)) if args.format == "json" else _csv(to_records(claims))
    if args.to == "jsonl":
        return dumps_jsonl(claims)
    graph, result = _analyse(claims, args)
    from claimrec.io.exports import (  # noqa: PLC0415 - a stage, loaded when used
        ACLED_COLUMNS,
        UCDP_COLUMNS,
        claimreview,
        to_acled,
        to_ucdp,
    )
    from claimrec.io.graphfile import write_graphml  # noqa: PLC0415 - a stage, loaded when used

    if args.to == "graphml":
        buffer = io.BytesIO()
        write_graphml(graph, buffer)
        return buffer.getvalue().decode("utf-8")
    if args.to == "claimreview":
        return _json(claimreview(graph, result))
    tables: dict[str, Callable[[], tuple[list[dict[str, Any]], Sequence[str] | None]]] = {
        "acled": lambda: (to_acled(graph, result), ACLED_COLUMNS),
        "ucdp": lambda: (to_ucdp(graph, result), UCDP_COLUMNS),
        "disputes": lambda: (graph.to_records("disputes"), None),
        "items": lambda: (result.to_records("items"), None),
        "verdicts": lambda: (result.to_records("verdicts"), None),
        "trust": lambda: (result.to_records("trust"), None),
    }
    records, columns = tables[args.to]()
    return _json(records) if args.format == "json" else _csv(records, columns)


def _html(args: argparse.Namespace, default_title: str) -> str:
    claims = _load(args.file, dayfirst=args.dayfirst, extra=args.extra, encoding=args.encoding)
    graph, result = _analyse(claims, args)
    return render_html(graph, result, title=args.title or default_title)


def _report_title(args: argparse.Namespace) -> str:
    return f"claimrec report: {Path(args.file).name}" if args.file else "claimrec report"


# --------------------------------------------------------------------------- parser


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        print(f"{self.prog}: error: {safe(message)}", file=sys.stderr)
        print(f"Try '{self.prog} --help' for more.", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


class _StageChoices(Sequence[str]):
    """Choices read from :mod:`claimrec.reconciliation` when argparse first looks at them.

    Building the parser must not load the stages: ``claimrec show`` never reconciles.
    """

    def __init__(self, names: Callable[[], list[str]]) -> None:
        self._load = names
        self._names: list[str] | None = None

    def _all(self) -> list[str]:
        if self._names is None:
            self._names = self._load()
        return self._names

    def __getitem__(self, index: Any) -> Any:
        return self._all()[index]

    def __len__(self) -> int:
        return len(self._all())


def _method_names() -> list[str]:
    from claimrec.reconciliation import METHODS  # noqa: PLC0415 - a stage, loaded when used

    return sorted(METHODS)


def _policy_names() -> list[str]:
    from claimrec.reconciliation import Policy  # noqa: PLC0415 - a stage, loaded when used

    return [p.value for p in Policy]


def _common(parser: argparse.ArgumentParser, *, analysis: bool) -> None:
    parser.add_argument(
        "file",
        nargs="?",
        help="claims: JSON Lines (.jsonl) or CSV (.csv); '-' reads stdin (default: Mali example)",
    )
    dates = parser.add_mutually_exclusive_group()
    dates.add_argument(
        "--dayfirst",
        dest="dayfirst",
        action="store_true",
        default=True,
        help="read 03/07/2025 in CSV files as 3 July (the default)",
    )
    dates.add_argument("--monthfirst", dest="dayfirst", action="store_false",
                       help="read 03/07/2025 in CSV files as March 7")  # fmt: skip
    parser.add_argument(
        "--ignore-unknown-columns",
        dest="extra",
        action="store_const",
        const="ignore",
        default="error",
        help="read a CSV file's claim columns and skip the others (default: refuse them)",
    )
    parser.add_argument(
        "--encoding",
        default="utf-8-sig",
        type=_encoding,
        help="the claims file's text encoding, e.g. cp1252 or latin-1 for a spreadsheet's"
        " export (default: UTF-8, with or without a byte-order mark)",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress messages")
    if analysis:
        parser.add_argument(
            "--method",
            choices=_StageChoices(_method_names),
            metavar="METHOD",  # argparse would list the choices, loading the stages, at once
            help="the estimator: %(choices)s (default: reconcile's)",
        )
        parser.add_argument(
            "--policy",
            default="best",
            choices=_StageChoices(_policy_names),
            metavar="POLICY",
            help="how a numeric item's figure is chosen: %(choices)s (default: %(default)s)",
        )


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="claimrec",
        description=(
            "Reconcile sourced claims: align, relate, graph and weigh them. With no command,"
            " runs the demo on the bundled Mali example and writes its HTML report."
        ),
        epilog="Exit status: 0 done, 1 bad input, 2 bad usage, 3 cannot write, 70 bug.",
    )
    version = importlib.import_module("claimrec").__version__
    parser.add_argument("--version", action="version", version=f"claimrec {version}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")
    formats = ["text", "json", "csv"]

    run = sub.add_parser("run", help="the main job: align, relate, reconcile, report")
    _common(run, analysis=True)
    run.add_argument("--format", default="text", choices=formats)
    run.add_argument("--claims", action="store_true", help="print the claims table first")
    run.add_argument("-o", "--output", help="write to this file instead of stdout")

    show = sub.add_parser("show", help="print the claims of a file as a table")
    _common(show, analysis=False)
    show.add_argument("--columns", default="id,source,subject,predicate,value,place,when,via")
    show.add_argument("--format", default="text", choices=formats)
    show.add_argument("-o", "--output", help="write to this file instead of stdout")

    aligned = sub.add_parser("align", help="group the claims about the same item")
    _common(aligned, analysis=False)
    aligned.add_argument("--threshold", type=float, default=0.6, help="in [0, 1] (default 0.6)")
    aligned.add_argument("--format", default="text", choices=formats)
    aligned.add_argument("-o", "--output", help="write to this file instead of stdout")

    export = sub.add_parser("export", help="ACLED/UCDP-style events, ClaimReview, tables")
    _common(export, analysis=True)
    export.add_argument("--to", required=True, choices=_EXPORTS)
    export.add_argument("--format", default="csv", choices=["csv", "json"])
    export.add_argument("-o", "--output", help="write to this file instead of stdout")

    report = sub.add_parser("report", help="write the self-contained HTML report")
    _common(report, analysis=True)
    report.add_argument("-o", "--output", help=f"the HTML file (default {_DEFAULT_HTML})")
    report.add_argument("--title", help="the report's title")

    demo = sub.add_parser("demo", help="the Mali example: print the report, write it as HTML")
    demo.add_argument("-o", "--output", default=_DEFAULT_HTML, help="the HTML file")
    demo.add_argument("-q", "--quiet", action="store_true", help="no progress messages")
    return parser


def _argv(argv: Sequence[str] | None) -> list[str]:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args:
        return ["demo"]
    if args[0] in _COMMANDS or args[0] in {"-h", "--help", "--version"}:
        return args
    return ["run", *args]


def _dispatch(args: argparse.Namespace) -> None:
    command = args.command
    if command == "demo":
        args.file, args.method, args.policy, args.dayfirst = None, None, "best", True
        claims = datasets.mali_2025()
        graph, result = _analyse(claims, args)
        _Out(None).write(render_report(graph, result) + "\n")
        _Out(args.output).write(
            render_html(graph, result, title="Attacks in western Mali, 1 July 2025")
        )
        _note("open it in a browser; 'claimrec run FILE' does the same for your claims")
        return
    if command == "report":
        _Out(args.output or _DEFAULT_HTML).write(_html(args, _report_title(args)))
        return
    runner = {"run": _run, "show": _show, "align": _align, "export": _export}[command]
    _Out(args.output).write(runner(args))


@contextlib.contextmanager
def _broken_pipe() -> Iterator[None]:
    try:
        yield
    except BrokenPipeError:  # `claimrec run FILE | head`: the reader left; not an error
        with contextlib.suppress(OSError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``claimrec`` command; return the exit status.

    Parameters
    ----------
    argv : sequence of str, optional
        The arguments (default: ``sys.argv[1:]``). With none, runs ``demo``: the report
        on the bundled Mali example, printed and written to ``claimrec-report.html``.
        A first argument that is not a command runs ``run``.

    Returns
    -------
    int
        0 done, 1 bad input, 2 bad usage, 3 cannot write the output, 70 internal error,
        130 interrupted. No traceback is printed for any of them (set
        ``CLAIMREC_DEBUG=1`` to see one for an internal error).

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
    try:
        args = _parser().parse_args(_argv(argv))
    except SystemExit as exc:  # --help, --version, or a usage error already explained
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    if args.command is None:
        args = _parser().parse_args(["demo"])
    try:
        with _broken_pipe():
            _dispatch(args)
    except _CommandError as exc:
        _note(str(exc))
        return exc.status
    except ClaimrecError as exc:
        _note(str(exc))
        return EXIT_INPUT
    except KeyboardInterrupt:
        _note("interrupted")
        return EXIT_INTERRUPTED
    except Exception as exc:  # the last line of defence: no traceback on any input
        if os.environ.get("CLAIMREC_DEBUG"):
            raise
        _note(
            f"internal error (a bug in claimrec; please report it with the input): "
            f"{type(exc).__name__}: {exc}"
        )
        return EXIT_BUG
    return EXIT_OK
