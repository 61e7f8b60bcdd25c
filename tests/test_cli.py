"""The claimrec command: the main job and the table view."""

from __future__ import annotations

import pytest

import claimrec as cr
from claimrec.cli import main


def test_main_job_reports_the_dispute_and_what_is_not_disputed(capsys):
    """With no arguments, the command reconciles the Mali example and says what is disputed."""
    assert main([]) == 0
    out = capsys.readouterr().out
    assert out.startswith("17 claims from 5 sources about 14 items: 1 disputed")
    dispute = out.split("CORROBORATED")[0]
    assert "fama-thwarted contradicts jnim-seized" in dispute
    assert "FAMa: attacks thwarted" in dispute
    assert "JNIM: military installations seized control of" in dispute
    assert "ORTM 2025-07-01" in dispute
    lonely = out.split("SINGLE-SOURCE, UNCORROBORATED")[1]
    assert "militants neutralised | western Mali | 2025-07-01 => over 80" in lonely
    assert "soldiers killed | central Mali | 2025-06-01 => at least 30" in lonely


def test_run_on_a_file_with_options(tmp_path, capsys):
    """`claimrec run FILE --method majority --claims` prints the table then the report."""
    path = tmp_path / "claims.jsonl"
    cr.write_jsonl(cr.datasets.mali_2025(), path)
    assert main(["run", str(path), "--method", "majority", "--claims"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("id")
    assert "SOURCE TRUST (majority" in out


def test_a_bad_file_fails_with_a_message(tmp_path, capsys):
    """A malformed file exits 1 with the FormatError's message on stderr."""
    path = tmp_path / "bad.jsonl"
    path.write_text("oops\n")
    assert main([str(path)]) == 1
    assert "line 1: not JSON" in capsys.readouterr().err


def test_unknown_method_is_refused():
    """argparse refuses an unknown method."""
    with pytest.raises(SystemExit):
        main(["run", "--method", "nope"])
