"""The claimrec command: every subcommand, exit codes, and no traceback on any bad input."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import claimrec as cr
from claimrec.cli import main, safe

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def mali(tmp_path):
    path = tmp_path / "mali.jsonl"
    cr.write_jsonl(cr.datasets.mali_2025(), path)
    return path


@pytest.fixture
def mali_csv(tmp_path):
    path = tmp_path / "mali.csv"
    cr.write_csv(cr.datasets.mali_2025(), path)
    return path


def test_no_arguments_runs_the_demo_and_writes_the_html_report(tmp_path, monkeypatch, capsys):
    """`claimrec` alone prints the Mali report and writes claimrec-report.html."""
    monkeypatch.chdir(tmp_path)
    assert main([]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("17 claims from 5 sources about 14 items: 1 disputed")
    dispute = captured.out.split("CORROBORATED")[0]
    assert "fama-thwarted contradicts jnim-seized" in dispute
    assert "ORTM 2025-07-01" in dispute
    lonely = captured.out.split("SINGLE-SOURCE, UNCORROBORATED")[1]
    assert "militants neutralised | western Mali | 2025-07-01 => over 80" in lonely
    page = (tmp_path / "claimrec-report.html").read_text(encoding="utf-8")
    assert page.count('class="dispute"') == 1
    assert "wrote claimrec-report.html" in captured.err


def test_run_on_a_file_with_options(mali, capsys):
    """`claimrec run FILE --method majority --claims` prints the table then the report."""
    assert main(["run", str(mali), "--method", "majority", "--claims"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("id")
    assert "SOURCE TRUST (majority" in out


def test_a_file_alone_means_run(mali_csv, capsys):
    """`claimrec FILE.csv` runs the main job on a CSV file."""
    assert main([str(mali_csv)]) == 0
    assert capsys.readouterr().out.startswith("17 claims from 5 sources")


def test_run_json_is_machine_readable(mali, capsys):
    """`run --format json` prints one JSON document with disputes, estimates, trust."""
    assert main(["run", str(mali), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["claims"] == 17
    assert [c["source"] for side in data["disputes"][0]["sides"] for c in side] == [
        "FAMa",
        "JNIM",
    ]
    assert len(data["verdicts"]) == 17


def test_run_csv_is_the_estimates_table(mali, capsys):
    """`run --format csv` prints the items table, readable by any spreadsheet."""
    assert main(["run", str(mali), "--format", "csv"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("item,label,value,low,best,high")


@pytest.mark.parametrize("fmt", ["text", "json", "csv"])
def test_show_in_every_format(mali, capsys, fmt):
    """`show` prints the claims as a table, JSON records or CSV."""
    assert main(["show", str(mali), "--format", fmt]) == 0
    out = capsys.readouterr().out
    assert "fama-neutralised" in out
    if fmt == "csv":
        assert cr.read_csv(io.StringIO(out)) == cr.datasets.mali_2025()


def test_align_groups_the_claims(mali, capsys):
    """`align` lists the groups with their claims."""
    assert main(["align", str(mali)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("17 claims in 14 groups")


@pytest.mark.parametrize(
    ("to", "check"),
    [
        ("acled", "event_id,event_date"),
        ("ucdp", "id,date_start,date_end"),
        ("claimreview", '"@type": "ClaimReview"'),
        ("claims", "id,source,source_kind"),
        ("jsonl", '{"type": "source"'),
        ("graphml", "<graphml"),
        ("disputes", "dispute,item,group,side"),
        ("items", "item,label,value"),
        ("verdicts", "claim,item,value,verdict"),
        ("trust", "source,scope,trust"),
    ],
)
def test_export_every_kind(mali, capsys, to, check):
    """`export --to KIND` prints each export."""
    assert main(["export", str(mali), "--to", to]) == 0
    assert check in capsys.readouterr().out


def test_report_writes_html(mali, tmp_path, capsys):
    """`report FILE -o out.html` writes the page and says where."""
    out = tmp_path / "out.html"
    assert main(["report", str(mali), "-o", str(out), "--title", "Mali"]) == 0
    assert "<title>Mali</title>" in out.read_text(encoding="utf-8")
    assert "wrote" in capsys.readouterr().err


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_encoding_reads_a_spreadsheet_export(tmp_path, capsys, encoding):
    """`--encoding cp1252` reads a CSV saved by a spreadsheet; UTF-8 is refused with a hint."""
    path = tmp_path / "export.csv"
    path.write_bytes("source,subject,predicate,place\nFAMa,base,attaquée,Ségou\n".encode(encoding))
    assert main(["show", str(path)]) == 1
    assert "--encoding" in capsys.readouterr().err
    assert main(["show", str(path), "--encoding", encoding, "--format", "csv"]) == 0
    out = capsys.readouterr().out
    assert "attaquée" in out
    assert "Ségou" in out


def _write(path: Path, content: bytes) -> Path:
    path.write_bytes(content)
    return path


_FINE = b'{"source":"A","subject":"b","predicate":"c"}\n'
_LATIN1 = "source,subject,predicate\nFAMa,base,attaqué\n".encode("latin-1")


@pytest.mark.parametrize(
    ("name", "content", "args", "status", "message"),
    [
        ("latin1.csv", _LATIN1, [], 1, "line 2: not UTF-8"),
        ("empty.jsonl", b"", [], 1, "empty file"),
        ("blank.jsonl", b"\n  \n", [], 1, "empty file"),
        ("bad.jsonl", b"oops\n", [], 1, "line 1: not JSON"),
        ("array.jsonl", b"[1, 2]\n", [], 1, "not a JSON object"),
        ("nulls.jsonl", b"null\n", [], 1, "not a JSON object"),
        ("binary.jsonl", bytes(range(256)), [], 1, "not UTF-8"),
        ("short.csv", b"source,subject\nFAMa,base\n", [], 1, "missing required columns"),
        ("extra.csv", b"source,subject,predicate,x\nA,b,c,d\n", [], 1, "unknown columns"),
        ("dates.csv", b"source,subject,predicate,when\nA,b,c,31/02/2025\n", [], 1, "line 2"),
        ("header.csv", b"source,subject,predicate\n", [], 1, "no rows"),
        ("huge.jsonl", b'{"source":"A","subject":"b","predicate":"c","value":' + b"9" * 5000
         + b"}\n", [], 1, "huge.jsonl"),
        ("deep.jsonl", b"[" * 100_000 + b"]" * 100_000 + b"\n", [], 1, "nested too deeply"),
        ("trust.csv", b"source,subject,predicate,source_reliability\nA,b,c,2\n", [], 1,
         "line 2: source_reliability='2': must be in [0, 1]"),
        ("fine.jsonl", _FINE, ["--bogus"], 2, "--bogus"),
        ("fine.jsonl", _FINE, ["--method", "x"], 2, "invalid choice"),
        ("fine.jsonl", _FINE, ["--encoding", "klingon"], 2, "unknown encoding 'klingon'"),
        ("fine.jsonl", _FINE, ["--encoding", "rot13"], 2, "not a text encoding"),
        ("latin1.csv", _LATIN1, ["--encoding", "utf-16"], 1, "not utf-16"),
    ],
)  # fmt: skip
def test_bad_input_exits_with_a_message_and_no_traceback(  # noqa: PLR0917 - parametrised
    tmp_path, capsys, name, content, args, status, message
):
    """Each hostile file or option gives its exit status and a one-line reason on stderr."""
    path = _write(tmp_path / name, content)
    assert main(["run", str(path), *args]) == status
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("args", "status", "message"),
    [
        (["run", "/no/such/file.jsonl"], 1, "no such file"),
        (["run", "."], 1, "is a directory"),
        (["show", "--columns", "id,foo"], 2, "unknown column(s) foo"),
        (["frobnicate"], 1, "no such file"),
        (["export"], 2, "--to"),
        (["align", "--threshold", "abc"], 2, "invalid float"),
        (["demo", "-o", "/no/such/dir/report.html"], 3, "cannot write"),
    ],
)
def test_bad_usage_exits_with_a_message(capsys, args, status, message):
    """Missing files, directories, unknown columns and options: a status and a reason."""
    assert main(args) == status
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err


def test_help_and_version_exit_zero(capsys):
    """--help and --version are not errors."""
    assert main(["--help"]) == 0
    assert main(["--version"]) == 0
    assert "claimrec" in capsys.readouterr().out


def test_escape_sequences_in_claims_are_shown_not_obeyed(tmp_path, capsys):
    """A claim whose words hold a terminal escape prints it escaped."""
    path = tmp_path / "evil.jsonl"
    path.write_text(
        json.dumps({"source": "A\u001b]0;pwned\u0007", "subject": "b\u001b[2J", "predicate": "c"})
        + "\n",
        encoding="utf-8",
    )
    assert main(["show", str(path)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out
    assert "\x07" not in out
    assert "\\x1b[2J" in out


def test_safe_escapes_bidi_overrides():
    """Right-to-left overrides that disguise text are shown as escapes."""
    assert safe("abc\u202edef") == "abc\\u202edef"


def test_csv_warnings_point_at_the_users_file_and_line(tmp_path, capsys):
    """A warning about a row names the file and the line, not claimrec's source."""
    path = tmp_path / "claims.csv"
    path.write_text(
        "source,subject,predicate,value\nA,b,killed,12\nA,c,killed,at least 30 people\n",
        encoding="utf-8",
    )
    assert main(["show", str(path)]) == 0
    err = capsys.readouterr().err
    assert f"{path}:3: warning: value='at least 30 people'" in err
    assert "claimrec/model.py" not in err


def test_jsonl_warnings_point_at_the_users_file_and_line(tmp_path, capsys):
    """A JSON Lines claim's warning names its line."""
    path = tmp_path / "claims.jsonl"
    lines = [
        {"source": "A", "subject": "b", "predicate": "killed", "value": "12"},
        {"source": "A", "subject": "c", "predicate": "killed", "value": "at least 30 people"},
    ]
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    assert main(["show", str(path)]) == 0
    assert f"{path}:2: warning:" in capsys.readouterr().err


def test_stdin_is_read_with_a_dash(monkeypatch, capsys):
    """`claimrec show -` reads claims from standard input."""
    text = cr.dumps_jsonl(cr.datasets.mali_2025())
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
    assert main(["show", "-", "--columns", "id"]) == 0
    assert "fama-thwarted" in capsys.readouterr().out


def test_the_installed_command_prints_no_traceback(tmp_path):
    """A real process on a Latin-1 file exits 1 with one line on stderr."""
    path = _write(tmp_path / "latin1.csv", _LATIN1)
    done = subprocess.run(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-m", "claimrec", "run", str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert done.stderr.strip().startswith("claimrec:")


def test_unknown_csv_columns_can_be_skipped(tmp_path, capsys):
    """--ignore-unknown-columns reads a spreadsheet that has a notes column."""
    path = tmp_path / "sheet.csv"
    path.write_text("source,subject,predicate,notes\nA,b,c,mine\n", encoding="utf-8")
    assert main(["show", str(path)]) == 1
    assert main(["show", str(path), "--ignore-unknown-columns", "--columns", "source"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "A"


def test_show_loads_neither_the_stages_nor_scipy_nor_networkx():
    """``claimrec show`` prints a table without importing what only the analysis needs."""
    code = (
        "import sys; from claimrec.cli import main; main(['show', '-q']); "
        "heavy = ('scipy', 'networkx', 'claimrec.alignment', 'claimrec.reconciliation'); "
        "print([m for m in heavy if m in sys.modules], file=sys.stderr)"
    )
    done = subprocess.run(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "fama-thwarted" in done.stdout
    assert done.stderr.strip().splitlines()[-1] == "[]"
