"""ACLED- and UCDP-style event rows and ClaimReview JSON-LD."""

from __future__ import annotations

import json

import pytest

import claimrec as cr


def _claim(source, value, *, event="raid", predicate="killed", cid=None, **kw):
    return cr.Claim(
        source=source, subject="civilians", predicate=predicate, value=value,
        place="Kayes", when="2025-07-01", event=event, id=cid or source, **kw,
    )  # fmt: skip


@pytest.fixture
def raid():
    tv = cr.Report(outlet="ORTM", published="2025-07-01", id="tv")
    return cr.claim_graph(
        [
            _claim("UN", "at least 30", via=cr.Report(outlet="UN OCHA", published="2025-07-02")),
            _claim("HRW", "about 50", via=cr.Report(outlet="Reuters", relays=tv)),
            _claim("Witness", "dozens"),
            _claim("FAMa", None, predicate="repelled", cid="army"),
        ]
    )


def test_every_claim_is_in_exactly_one_event_row():
    """The rows account for every input claim once."""
    graph = cr.claim_graph(cr.datasets.mali_2025())
    ids = [cid for row in cr.to_acled(graph) for cid in row["claims"].split()]
    assert sorted(ids) == sorted(c.id for c in graph.claims)


def test_fatalities_follow_the_conservative_rule(raid):
    """The lowest figure any source gives is the fatality count; high is the top allowed."""
    (row,) = cr.to_acled(raid)
    assert row["fatalities"] == 24
    assert row["fatalities_low"] == 24
    assert row["fatalities_high"] is None or row["fatalities_high"] >= 50


def test_notes_state_each_figure_with_its_source(raid):
    """The notes name who says what."""
    (row,) = cr.to_acled(raid)
    assert "UN says at least 30 civilians killed" in row["notes"]
    assert "HRW says about 50 civilians killed" in row["notes"]


def test_source_original_follows_the_relay_chain(raid):
    """source lists the carrying reports, source_original the reports they relay."""
    (row,) = cr.to_acled(raid)
    assert "Reuters" in row["source"]
    assert "ORTM" in row["source_original"]
    assert "Reuters" not in row["source_original"]


def test_ucdp_has_low_best_high_and_dates(raid):
    """UCDP rows carry low <= best and the event's first and last day."""
    (row,) = cr.to_ucdp(raid)
    assert row["low"] <= row["best"]
    assert (row["date_start"], row["date_end"]) == ("2025-07-01", "2025-07-01")


def test_events_fall_back_to_the_graphs_events():
    """Claims without an event label go by the graph's events, named by the event's label."""
    graph = cr.claim_graph([_claim("UN", "12", event=None), _claim("HRW", "14", event=None)])
    (event,) = cr.events_of(graph)
    (found,) = graph.events()
    assert event[0] == found.label
    assert {c.id for c in event[1]} == set(found.ids)


def test_claimreview_is_json_ld_for_each_disputed_claim():
    """One ClaimReview per disputed claim, serialisable, with the source as the claim's author."""
    graph = cr.claim_graph(cr.datasets.mali_2025())
    reviews = json.loads(json.dumps(cr.claimreview(graph)))
    assert [r["@type"] for r in reviews] == ["ClaimReview", "ClaimReview"]
    jnim = reviews[1]
    assert jnim["claimReviewed"] == "seized control of three military installations"
    assert jnim["itemReviewed"]["appearance"][-1]["publisher"]["name"] == "JNIM statement"
    assert 0 <= jnim["reviewRating"]["ratingValue"] <= 1


def test_a_clear_winner_is_rated_most_likely():
    """With confidence above the threshold the winner is 'Most likely', the loser 'Unlikely'."""
    graph = cr.claim_graph(cr.datasets.mali_2025())
    names = {r["reviewRating"]["alternateName"] for r in cr.claimreview(graph, undecided_below=0.5)}
    assert names == {"Most likely", "Unlikely"}
