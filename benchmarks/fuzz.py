"""Fuzz claimrec's readers and parsers with mutated inputs; prints figures, asserts nothing.

Run from the repository root::

    python benchmarks/fuzz.py --inputs 1000000 --workers 2

A mutation loop (no coverage guidance; ``--atheris TARGET`` hands one target to atheris
instead, when it is installed) takes seed inputs of every reader and parser (JSON Lines
claims files, CSV tables, node-link JSON and GraphML claim graphs, quantity and date
phrases, claim keyword sets, names for the matching keys, the whole pipeline and the
command), mutates them (byte flips, inserts, deletes, splices, repeats, and a dictionary
of hostile tokens: huge and non-finite numbers, deep nesting, lone surrogates, Latin-1
bytes, invisible and look-alike characters, XML entities) and feeds them to the target. It counts:

- a **crash**: any exception that is not a :class:`claimrec.ClaimrecError`;
- a **hang**: an input that takes more than one second per started kilobyte (a
  timer interrupts an input that runs ten times longer than that);
- **memory**: the resident set growing by more than ``--max-growth-mb`` over the run
  after the warm-up.

Crashes are grouped by target, exception type and the innermost claimrec frame. A crash
whose innermost frame lies in a module owned by another open issue (quantity.py,
category.py, cli.py...) is printed as *known* with its owner; the summary line gives
``inputs, crashes, hangs`` with the known ones apart. Reproducers are written under
``--out`` (default ``claimrec-fuzz`` in the temporary folder) as ``TARGET-N.bin``.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import io
import json
import multiprocessing
import os
import random
import resource
import signal
import sys
import tempfile
import time
import traceback
import warnings
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import claimrec as cr  # noqa: E402
from claimrec._text import normalize  # noqa: E402
from claimrec.graph import claim_graph  # noqa: E402
from claimrec.io.graphfile import read_graphml, read_json, to_node_link, write_graphml  # noqa: E402

#: Modules whose hostile-input fixes belong to another open issue (see docs/robustness.md).
OWNERS = {
    "quantity": "issue 10",  # quantity.py, or the quantity/ package it becomes
    "category": "issue 10",
    "reconciliation": "issue 10",
    "cli.py": "issue 11",
    "report.py": "issue 11",
    "io/tables.py": "issue 11",
    "graph.py": "issue 9",
    "alignment": "issue 9",
    "relation": "issue 9",
    "vocab": "issue 9",
    "resolution": "issue 9",
}

HOSTILE = [
    b"1e400", b"-1e400", b"NaN", b"Infinity", b"9" * 5000, b"0." + b"0" * 400 + b"1",
    b"[" * 5000, b'{"a":' * 3000, b"\\ud800", b"\\udfff", b"\xe9", b"\xff\xfe", b"\xef\xbb\xbf",
    "\u200b".encode(), "\u0430".encode(), "\u202e".encode(), "\ufeff".encode(), b"\x00",
    b"\x1b[31m",
    "\u0645\u064a\u0646\u0643\u0627".encode(), "\u4e0a\u6d77".encode(), b"null", b"true", b"{}",
    b"[]", b'""', b'"id": null', b'"relays": "r1"', b'"type": "quantity"',
    b'<!DOCTYPE x [<!ENTITY a "aaaa">]>', b"&a;", b'<!ENTITY % p SYSTEM "file:///etc/passwd">',
    b'encoding="bogus-8"', b"encoding='utf-16'", b"9999-12-31", b"0001-01-01", b"one to " * 50,
    b"exactly " * 50, b"over ", b"between 3 and ", b"-", b" ", b"\n",
    b"\r\n", b",", b":",
]  # fmt: skip

#: Large hostile tokens, spliced in rarely (they make an input slow to parse, by design).
BIG = [b"one to " * 2000, b"exactly " * 1000, b"[" * 50_000, b"9" * 50_000, b"\u00e9" * 20_000]
#: Inputs are cut to this many bytes (phrase targets to PHRASE_BYTES).
MAX_BYTES = 64_000
PHRASE_BYTES = 16_000
PHRASE_TARGETS = frozenset({"quantity", "timespan", "category", "value", "normalize"})

VALUE_PHRASES = [
    "over 80", "at least 30", "dozens", "30-40", "three", "about 1,000", "between 10 and 20",
    "up to 5", "more than a hundred", "une centaine", "exactly 55", "a total of 30", "10.5",
    "plus de 80", "several", "80 or more", "fewer than 3", "one to two", "1e3", "2.5 million",
]  # fmt: skip
TIME_PHRASES = [
    "2025-07-01", "Tuesday morning", "last Friday", "1er juillet 2025", "2025-W27",
    "2025-07-01/2025-07-03", "early July", "hier soir", "week of 2025-06-30", "July 1, 2025",
    "mardi à 4h30", "nuit de lundi à mardi", "9999-12-31", "0001-01-01 morning",
]  # fmt: skip
NAMES = [
    "Jama'at Nusrat al-Islam", "Ménaka", "Tombouctou", "FAMa", "جماعة نصرة الإسلام والمسلمين",
    "Тимбукту", "北京", "Κίδαλ", "JN\u200bIM", "J\u0430NIM", "\uff2d\uff41\uff4c\uff49", "ﬁre",
]  # fmt: skip


# --------------------------------------------------------------------------- seeds


def _seeds() -> dict[str, list[bytes]]:
    claims = cr.datasets.mali_2025()
    small = claims[:4]
    jsonl = cr.dumps_jsonl(claims).encode()
    lines = jsonl.splitlines(keepends=True)
    graph = claim_graph(small)
    buffer = io.BytesIO()
    write_graphml(graph, buffer)
    node_link = json.dumps(to_node_link(graph)).encode()
    kwargs = [
        json.dumps({"source": "FAMa", "subject": "militants", "predicate": "killed",
                    "value": "over 80", "when": "2025-07-01", "place": "Kayes",
                    "qualifiers": ["in every location"], "id": "c1"}).encode(),
        json.dumps({"source": {"name": "JNIM", "kind": "armed group"}, "subject": "bases",
                    "predicate": "captured", "value": 3, "via": {"outlet": "ORTM",
                    "published": "2025-07-01"}, "polarity": "denied"}).encode(),
    ]  # fmt: skip
    seeds = {
        "jsonl": [b"".join(lines[i : i + 4]) for i in range(0, len(lines), 4)] + [jsonl],
        "node_link": [node_link],
        "graphml": [buffer.getvalue()],
        "quantity": [p.encode() for p in VALUE_PHRASES],
        "timespan": [p.encode() for p in TIME_PHRASES],
        "category": [p.encode() for p in ["repelled", "Fought-off", *NAMES[:5]]],
        "value": [p.encode() for p in VALUE_PHRASES + TIME_PHRASES],
        "claim": kwargs,
        "normalize": [n.encode() for n in NAMES],
    }
    seeds["pipeline"] = seeds["cli"] = seeds["jsonl"]
    table = io.StringIO()
    cr.write_csv(claims, table)
    rows = table.getvalue().encode().splitlines(keepends=True)
    seeds["csv"] = [rows[0] + b"".join(rows[i : i + 3]) for i in range(1, len(rows), 3)]
    return seeds


# --------------------------------------------------------------------------- targets


def _text(data: bytes) -> str:
    # Half keep undecodable bytes as lone surrogates, the hostile case for text.
    errors = "surrogateescape" if random.random() < 0.5 else "replace"
    return data.decode("utf-8", errors)


def _t_jsonl(data: bytes) -> None:
    cr.read_jsonl(io.BytesIO(data))


def _t_node_link(data: bytes) -> None:
    read_json(io.BytesIO(data))


def _t_graphml(data: bytes) -> None:
    read_graphml(io.BytesIO(data))


def _t_csv(data: bytes) -> None:
    cr.read_csv(io.StringIO(_text(data)))


def _t_quantity(data: bytes) -> None:
    cr.Quantity.parse(_text(data))


def _t_timespan(data: bytes) -> None:
    import datetime as dt  # noqa: PLC0415

    ref = random.choice([None, dt.date(2025, 7, 2), dt.date(9999, 12, 31), dt.date(1, 1, 1)])
    cr.TimeSpan.parse(_text(data), reference=ref)


def _t_category(data: bytes) -> None:
    cr.Category.of(_text(data))


def _t_value(data: bytes) -> None:
    cr.to_value(_text(data))


def _t_claim(data: bytes) -> None:
    try:
        kwargs = json.loads(data)
    except (ValueError, RecursionError):
        return
    if isinstance(kwargs, dict):
        claim = cr.Claim(**{str(k): v for k, v in kwargs.items()})
        claim.describe()
    else:
        cr.Claim(source=kwargs, subject="s", predicate="p")


def _t_pipeline(data: bytes) -> None:
    claims = cr.read_jsonl(io.BytesIO(data))
    graph = claim_graph(claims)
    cr.reconcile(graph, method=random.choice(["majority", "truthfinder", "accu"]))


def _cli_file() -> Path:
    return Path(tempfile.gettempdir()) / f"claimrec-fuzz-{os.getpid()}.jsonl"


def _t_cli(data: bytes) -> None:
    from claimrec.cli import main  # noqa: PLC0415

    path = _cli_file()
    path.write_bytes(data)
    command = random.choice(["run", "show"])
    with contextlib.redirect_stderr(io.StringIO()):
        try:
            main([command, str(path)])
        except SystemExit as exc:  # argparse's exit is a normal end
            if exc.code not in (0, 1, 2):
                raise


class NormalizeError(AssertionError):
    """``normalize`` gave an empty key for text with a letter or digit, or is not idempotent."""


def _t_normalize(data: bytes) -> None:
    text = _text(data)
    key = normalize(text)
    if any(ch.isalnum() for ch in text) and not key:
        raise NormalizeError(text)
    if normalize(key) != key:
        raise NormalizeError(text)


TARGETS = {
    "jsonl": (_t_jsonl, 6),
    "node_link": (_t_node_link, 2),
    "graphml": (_t_graphml, 1),
    "csv": (_t_csv, 3),
    "quantity": (_t_quantity, 6),
    "timespan": (_t_timespan, 6),
    "category": (_t_category, 3),
    "value": (_t_value, 4),
    "claim": (_t_claim, 4),
    "normalize": (_t_normalize, 6),
    "pipeline": (_t_pipeline, 0.5),
    "cli": (_t_cli, 0.3),
}


# --------------------------------------------------------------------------- mutation


def _mutate(rng: random.Random, data: bytes, pool: list[bytes]) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        op = rng.randrange(9)
        pos = rng.randint(0, len(buf))
        if op == 0 and buf:  # flip a bit
            i = rng.randrange(len(buf))
            buf[i] ^= 1 << rng.randrange(8)
        elif op == 1:  # insert a random byte
            buf[pos:pos] = bytes([rng.randrange(256)])
        elif op == 2 and buf:  # delete a run
            del buf[pos : pos + rng.randint(1, 16)]
        elif op in (3, 4):  # insert a hostile token
            buf[pos:pos] = rng.choice(BIG if rng.random() < 0.002 else HOSTILE)
        elif op == 5 and buf:  # replace a run with a hostile token
            buf[pos : pos + rng.randint(1, 8)] = rng.choice(HOSTILE)
        elif op == 6 and buf:  # repeat a chunk
            end = min(len(buf), pos + rng.randint(1, 32))
            buf[pos:pos] = buf[pos:end] * rng.randint(2, 64)
        elif op == 7:  # splice another seed
            other = rng.choice(pool)
            cut = rng.randint(0, len(other))
            buf[pos:] = other[cut:]
        elif buf:  # truncate
            del buf[pos:]
    return bytes(buf[:MAX_BYTES])


# --------------------------------------------------------------------------- loop


class _Hang(Exception):  # noqa: N818 - an interruption, not an error
    pass


def _alarm(_signum: int, _frame: Any) -> None:
    raise _Hang


def _rss_mb() -> float:
    with contextlib.suppress(OSError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _where(exc: BaseException) -> str:
    frames = traceback.extract_tb(exc.__traceback__)
    inner = [f for f in frames if "claimrec" in f.filename and "benchmarks" not in f.filename]
    frame = inner[-1] if inner else frames[-1]
    rel = frame.filename.split("claimrec/")[-1]
    return f"{rel}:{frame.lineno} {frame.name}"


def _owner(where: str) -> str | None:
    for module, owner in OWNERS.items():
        if where.startswith(module):
            return owner
    return None


def _worker(args: tuple[int, int, list[str]]) -> dict[str, Any]:
    n, seed, names = args
    rng = random.Random(seed)
    random.seed(seed)
    warnings.simplefilter("ignore")
    sys.setrecursionlimit(1000)
    seeds = _seeds()
    pool = [s for v in seeds.values() for s in v]
    targets = [(name, *TARGETS[name]) for name in names]
    weights = [w for _, _, w in targets]
    counts: collections.Counter[str] = collections.Counter()
    crashes: dict[tuple[str, str, str], list[Any]] = {}
    hangs: dict[str, list[Any]] = {}
    signal.signal(signal.SIGALRM, _alarm)
    slowest = (0.0, "", 0)
    rss0 = 0.0
    for i in range(n):
        if i and i % 100_000 == 0:
            print(f"  worker {seed}: {i:,} inputs", file=sys.stderr, flush=True)
        if i == min(n - 1, 2000):
            rss0 = _rss_mb()
        name, func, _ = rng.choices(targets, weights)[0]
        data = rng.choice(seeds[name])
        if rng.random() < 0.95:
            data = _mutate(rng, data, pool if rng.random() < 0.1 else seeds[name])
            if name in PHRASE_TARGETS:
                data = data[:PHRASE_BYTES]
        limit = max(1.0, len(data) / 1024)
        signal.setitimer(signal.ITIMER_REAL, 10 * limit)
        start = time.perf_counter()
        try:
            with open(os.devnull, "w") as null, contextlib.redirect_stdout(null):  # noqa: PTH123
                func(data)
        except cr.ClaimrecError:
            pass
        except _Hang:
            hangs.setdefault(name, [0, data])[0] += 1
        except Exception as exc:  # noqa: BLE001 - counting them is the point
            key = (name, type(exc).__name__, _where(exc))
            if key not in crashes:
                crashes[key] = [0, data, f"{type(exc).__name__}: {str(exc)[:160]}"]
            crashes[key][0] += 1
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        took = time.perf_counter() - start
        counts[name] += 1
        if took > limit and name not in hangs:
            hangs.setdefault(name, [0, data])[0] += 1
        if took > slowest[0]:
            slowest = (took, name, len(data))
    _cli_file().unlink(missing_ok=True)
    return {
        "counts": counts,
        "crashes": crashes,
        "hangs": hangs,
        "growth": _rss_mb() - rss0,
        "slowest": slowest,
    }


def _memory_check(megabytes: float) -> None:
    """Feed ``megabytes`` of distinct untrusted text through the readers; print RSS growth."""
    import gc  # noqa: PLC0415

    rng = random.Random(0)
    warnings.simplefilter("ignore")
    words = ["over", "about", "Kayes", "Tuesday", "militants", "Ménaka", "جنود", "80", "JNIM"]
    rss0 = _rss_mb()
    fed = 0
    k = 0
    while fed < megabytes * 1e6:
        k += 1
        long = " ".join(rng.choice(words) for _ in range(rng.randint(50, 1200))) + f" {k}"
        record = {
            "source": f"S{k % 50}",
            "subject": long,
            "predicate": "killed",
            "value": long[:400],
            "place": long[:300],
            "quote": long,
            "when": "2025-07-01",
        }
        lines = [json.dumps({**record, "id": f"c{k}-{j}"}) for j in range(3)]  # fmt: skip
        data = ("\n".join(lines) + "\n").encode()
        fed += len(data) + len(long) * 3
        with contextlib.suppress(cr.ClaimrecError):
            claims = cr.read_jsonl(io.BytesIO(data))
            if k % 20 == 0:
                cr.reconcile(claim_graph(claims))
        normalize(long)
        with contextlib.suppress(cr.ClaimrecError):
            cr.TimeSpan.parse(long[:900])
        with contextlib.suppress(cr.ClaimrecError):
            cr.to_value(long)
    del claims
    gc.collect()
    rss1 = _rss_mb()
    print(
        f"memory: fed {fed / 1e6:,.0f} MB of distinct text in {k:,} batches; resident set"
        f" {rss0:,.0f} MB before, {rss1:,.0f} MB after with no claimrec object alive"
        f" (growth {rss1 - rss0:,.0f} MB)"
    )


def _atheris(target: str, argv: list[str]) -> None:
    """Hand one target to atheris (coverage-guided, libFuzzer's options in ``argv``)."""
    import atheris  # noqa: PLC0415 - optional: pip install atheris

    func = TARGETS[target][0]
    warnings.simplefilter("ignore")

    def one(data: bytes) -> None:
        with contextlib.suppress(cr.ClaimrecError), contextlib.redirect_stdout(io.StringIO()):
            func(data)

    atheris.instrument_all()  # claimrec is imported already: instrument what is loaded
    atheris.Setup([sys.argv[0], *argv], one)
    atheris.Fuzz()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--inputs", type=int, default=1_000_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--targets", default=",".join(TARGETS))
    parser.add_argument("--out", default=str(Path(tempfile.gettempdir()) / "claimrec-fuzz"))
    parser.add_argument("--max-growth-mb", type=float, default=200.0)
    parser.add_argument(
        "--memory", type=float, metavar="MB", help="only feed MB of distinct text, print growth"
    )
    parser.add_argument(
        "--atheris", choices=sorted(TARGETS), help="fuzz one target with atheris instead"
    )
    args, rest = parser.parse_known_args()
    if args.atheris:
        _atheris(args.atheris, rest)
        return
    if args.memory:
        _memory_check(args.memory)
        return
    names = [t.strip() for t in args.targets.split(",") if t.strip()]
    per = [args.inputs // args.workers + (i < args.inputs % args.workers)
           for i in range(args.workers)]  # fmt: skip
    jobs = [(n, args.seed * 1000 + i, names) for i, n in enumerate(per)]
    start = time.perf_counter()
    if args.workers == 1:
        results = [_worker(jobs[0])]
    else:
        with multiprocessing.get_context("fork").Pool(args.workers) as pool:
            results = pool.map(_worker, jobs)
    took = time.perf_counter() - start
    counts: collections.Counter[str] = collections.Counter()
    crashes: dict[tuple[str, str, str], list[Any]] = {}
    hangs: dict[str, list[Any]] = {}
    for r in results:
        counts.update(r["counts"])
        for key, (k, data, msg) in r["crashes"].items():
            crashes.setdefault(key, [0, data, msg])[0] += k
        for key, (k, data) in r["hangs"].items():
            hangs.setdefault(key, [0, data])[0] += k
    growth = max(r["growth"] for r in results)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    ours = known = 0
    known_classes = 0
    print(f"targets: {', '.join(f'{k} {v:,}' for k, v in sorted(counts.items()))}")
    for number, ((target, _kind, where), (k, data, msg)) in enumerate(sorted(crashes.items())):
        owner = _owner(where)
        if owner is None:
            ours += k
        else:
            known += k
            known_classes += 1
        path = out / f"{target}-{number}.bin"
        path.write_bytes(data)
        tag = f"KNOWN ({owner})" if owner else "CRASH"
        print(f"{tag} {target} x{k} at {where}: {msg}\n    reproducer {path} {data[:120]!r}")
    for number, (target, (k, data)) in enumerate(sorted(hangs.items())):
        path = out / f"{target}-hang-{number}.bin"
        path.write_bytes(data)
        print(f"HANG {target} x{k}: {len(data)} bytes, reproducer {path} {data[:120]!r}")
    slow_s, slow_target, slow_bytes = max(r["slowest"] for r in results)
    print(
        f"slowest input: {slow_s * 1000:.0f} ms ({slow_target}, {slow_bytes:,} bytes);"
        f" memory growth after warm-up: {growth:.0f} MB (limit {args.max_growth_mb:.0f})"
    )
    total = sum(counts.values())
    hung = sum(k for k, _ in hangs.values())
    print(
        f"inputs {total:,}, crashes {ours:,}, hangs {hung:,}"
        f" (known, in modules of other open issues: {known:,} crashes in {known_classes}"
        f" classes; memory over limit: {'yes' if growth > args.max_growth_mb else 'no'})"
        f" in {took:.0f} s on {args.workers} workers, {total / took:,.0f} inputs/s"
    )


if __name__ == "__main__":
    main()
