"""The bundled Mali 2025 example: one data set, shipped twice, encoding the report faithfully."""

from __future__ import annotations

import runpy
from importlib.resources import files
from pathlib import Path

import claimrec as cr

ROOT = Path(__file__).resolve().parent.parent


def test_example_file_is_the_packaged_data():
    """examples/mali_2025/claims.jsonl and the package's copy are the same bytes."""
    packaged = (files("claimrec") / "data" / "mali_2025.jsonl").read_bytes()
    assert (ROOT / "examples" / "mali_2025" / "claims.jsonl").read_bytes() == packaged


def test_mali_2025_returns_a_fresh_list():
    """Each call returns a new list, so a notebook can change it freely."""
    first = cr.datasets.mali_2025()
    first.clear()
    assert len(cr.datasets.mali_2025()) == 17


def test_every_statement_of_the_report_is_encoded():
    """The army, JNIM, the resident, the background and AFRICOM all speak."""
    by_source: dict[str, list[str]] = {}
    for claim in cr.datasets.mali_2025():
        by_source.setdefault(claim.source.name, []).append(claim.id)
    assert sorted(by_source) == [
        "FAMa", "JNIM", "Kayes resident", "News report", "US Africa Command",
    ]  # fmt: skip
    assert len(by_source["FAMa"]) == 9
    assert len(by_source["JNIM"]) == 3


def test_relative_times_are_read_against_the_report_date():
    """'Tuesday morning' in the 2 July report is 1 July 2025, 05:00-12:00."""
    claim = next(c for c in cr.datasets.mali_2025() if c.id == "fama-thwarted")
    assert str(claim.when) == "2025-07-01 morning"


def test_claims_relay_their_original_statement():
    """The army's claims lead back to the ORTM broadcast, JNIM's to its statement."""
    claims = {c.id: c for c in cr.datasets.mali_2025()}
    assert claims["fama-neutralised"].via.origin.outlet == "ORTM"
    assert claims["jnim-seized"].via.origin.outlet == "JNIM statement"


def test_the_show_script_prints_the_table(capsys):
    """examples/mali_2025/show.py loads the file and prints every claim."""
    runpy.run_path(str(ROOT / "examples" / "mali_2025" / "show.py"), run_name="__main__")
    out = capsys.readouterr().out
    assert out.startswith("17 claims from 5 sources")
    assert "jnim-seized" in out
