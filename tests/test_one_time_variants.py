"""benchmarks/one_time_variants.py: the one-time rule relaxed for a run, then put back."""

from __future__ import annotations

from pathlib import Path

import claimrec as cr
from benchmarks import one_time_variants as variants
from tests.test_news_why import SLUG, write_toy


def test_a_variant_counts_what_it_adds_and_the_rule_is_put_back(tmp_path: Path) -> None:
    """The toy corpus's two undated tolls (12, 40) of two speakers: a gold dispute."""
    sets = {"toy": (write_toy(tmp_path), [SLUG])}
    right, false = variants.measure("base", sets)["toy"]
    assert (right, false) == (0, [])  # nothing dates the two to one time: compatible
    right, false = variants.measure("undated", sets)["toy"]
    # relaxed: the hospital's and the army's 12 both dispute MSF's 40, and so does the
    # relay the gold leaves unrelated (a false contradiction the variant adds)
    assert (right, false) == (2, [("late", "relay", "unrelated")])
    assert variants.measure("base", sets)["toy"] == (0, [])  # the rule is back
    early = cr.Claim(source="Kayes hospital", subject="soldiers", predicate="killed", value="12")
    late = cr.Claim(source="MSF", subject="soldiers", predicate="killed", value="40")
    assert cr.relate(early, late).kind is not cr.Relation.CONTRADICTS


def test_every_variant_is_listed_in_the_docstring() -> None:
    doc = variants.__doc__ or ""
    assert all(f"``{name}``" in doc for name in variants.VARIANTS)


def test_the_event_variant_reads_the_graphs_own_events(tmp_path: Path) -> None:
    """The toy corpus's two undated tolls are one event of the graph: the variant relaxes
    the rule for them, and the rule is put back after the run."""
    sets = {"toy": (write_toy(tmp_path), [SLUG])}
    right, _ = variants.measure("event", sets)["toy"]
    assert right >= 1
    assert variants.measure("base", sets)["toy"] == (0, [])
