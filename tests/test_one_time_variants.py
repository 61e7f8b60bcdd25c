"""benchmarks/one_time_variants.py: the one-time rule relaxed for a run, then put back."""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
from pathlib import Path
from types import SimpleNamespace

import pytest

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


def test_the_modifiers_parse_and_only_the_event_variants_take_them() -> None:
    assert variants._parse("place+event-near+rise") == ("event-near", True, True)
    assert variants._parse("event+rise") == ("event", False, True)
    assert variants._parse("cap") == ("cap", False, False)
    with pytest.raises(argparse.ArgumentTypeError):
        variants._parse("place+cap")  # a modifier needs an event variant's test
    with pytest.raises(argparse.ArgumentTypeError):
        variants._parse("no-such-variant")


def test_a_modifier_replaces_the_rules_and_the_run_puts_them_back(tmp_path: Path) -> None:
    """``place+event+rise`` replaces the one-event and rising-toll tests for the run."""
    judge = importlib.import_module("claimrec.relation._judge")
    kept = (judge._one_time, judge._one_event, judge._rising)
    sets = {"toy": (write_toy(tmp_path), [SLUG])}
    right, _ = variants.measure("place+event+rise", sets)["toy"]
    assert right >= 1  # the toy's two undated tolls, one event of the graph
    assert (judge._one_time, judge._one_event, judge._rising) == kept


def test_near_figures_are_rival_counts_of_one_toll() -> None:
    """Central values at most 1.5 times apart: 24 and 35, not 3 and 24."""

    def pair(x: str, y: str) -> SimpleNamespace:
        a = cr.Claim(source="a", subject="people", predicate="killed", value=x)
        b = cr.Claim(source="b", subject="people", predicate="killed", value=y)
        return SimpleNamespace(a=a, b=b)

    assert variants._near(pair("at least 24", "35"))
    assert not variants._near(pair("3", "24"))
    assert not variants._near(pair("100", "180-200"))  # 1.9 times apart


def test_a_reports_sole_figure_of_a_predicate() -> None:
    """Two tolls of one report are neither's sole figure; a report's one toll is."""
    report = cr.Report(id="r1", outlet="AP")
    other = cr.Report(id="r2", outlet="AFP")

    def toll(cid: str, value: str, via: cr.Report) -> cr.Claim:
        return cr.Claim(
            id=cid, source="army", subject="people", predicate="killed", value=value, via=via
        )

    claims = [toll("a", "12", report), toll("b", "40", report), toll("c", "30", other)]
    assert variants._sole(claims, cr.resolve(claims)) == {"c"}


def test_the_event_span_and_home_guards(tmp_path: Path) -> None:
    """An event whose dated claims lie days apart dates nothing; a claim placed at
    another town than its event's commonest place is not at home."""
    first = cr.Claim(id="a", source="army", subject="people", predicate="killed", value="12")
    second = cr.Claim(id="b", source="MSF", subject="people", predicate="killed", value="14")
    pair = SimpleNamespace(a=first, b=second)
    variants._EVENT_OF.clear()
    variants._EVENT_OF.update({"a": "e", "b": "e"})
    variants._SPAN.clear()
    assert not variants._short(pair)  # no dated claim: nothing dates the event
    day = dt.date(2024, 7, 27)
    variants._SPAN["e"] = (day, day + dt.timedelta(days=2))
    assert variants._short(pair)
    variants._SPAN["e"] = (day, day + dt.timedelta(days=40))
    assert not variants._short(pair)
    assert variants._short(pair, 60)
    assert variants._firm(pair)
    assert not variants._firm(SimpleNamespace(a=first, b=cr.Claim(
        id="c", source="x", subject="people", predicate="killed", value="150", hedge="feared"
    )))  # fmt: skip
    variants._EVENT_OF.clear()
    variants._SPAN.clear()
