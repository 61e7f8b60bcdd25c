"""benchmarks/judge_paths.py: the census of the judge's ways (what a judge over columns answers)."""

from __future__ import annotations

import importlib

import claimrec as cr
from benchmarks import judge_paths as paths
from benchmarks._synthetic import build_world, generate


def test_census_counts_shapes_rules_and_the_common_path():
    """Pairs by shape and by rules answering; the common path's kinds and time apart."""
    rows = [
        (True, False, (), "agrees", False, 1.0, ()),  # the common path, outcomes alone
        (True, False, (), "contradicts", True, 2.0, ("~_one_event",)),  # read beyond
        (True, True, (), "agrees", False, 4.0, ()),  # one speaker: not common
        (False, False, ("_perpetrator_dispute",), "contradicts", True, 8.0, ("~_one_event",)),
        (True, False, ("_who_did_it", "two_events"), "unrelated", False, 16.0, ()),
    ]
    table = paths.census(rows)
    assert table["shapes"] == {
        "one polarity, two speakers": 3,
        "one polarity, one speaker": 1,
        "two polarities, two speakers": 1,
    }
    assert table["rules"] == {
        "(the fields alone)": 3, "_perpetrator_dispute": 1, "_who_did_it": 1, "two_events": 1,
    }  # fmt: skip
    assert table["common"] == {
        "agrees": 1,
        "contradicts (disputed)": 1,
        "(outcomes alone)": 1,
        "(read beyond the outcomes)": 1,
        "(~_one_event)": 1,
    }
    assert table["seconds"] == {"common": 3.0, "other": 28.0, "outcomes": 1.0}


def test_the_watched_graph_is_the_graph():
    """Watching changes nothing: the same relationships; every judged pair is counted once."""
    data = generate(300, seed=4)
    vocabulary = build_world(seed=4).vocabulary
    claims = list(data.claims)
    plain = cr.claim_graph(claims, vocabulary=vocabulary)
    rows = paths.run(claims, vocabulary)
    again = cr.claim_graph(claims, vocabulary=vocabulary)
    assert again.relationships == plain.relationships  # the rules put back
    judge_module = importlib.import_module("claimrec.relation._judge")
    for name in (*paths.RETURNING, *paths.CHANGING, *paths.BEYOND):
        assert getattr(judge_module, name).__module__ != paths.__name__
    assert len(rows) >= len(plain.relationships) > 0
    answered = sum(1 for row in rows if row[2])
    assert answered < len(rows)  # most pairs are answered by the fields alone
    assert all(not name.startswith("~") for row in rows for name in row[2])
    assert all(name.startswith("~") for row in rows for name in row[6])
    beyond = sum(1 for row in rows if row[6])
    assert 0 < beyond < len(rows)  # some pairs' figures conflict, not all
