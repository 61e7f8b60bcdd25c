"""A claim that names no place, placed by weaker evidence (its words, its article's town)."""

from __future__ import annotations

import claimrec as cr
from claimrec.alignment import align, compare
from claimrec.model import Claim, Report

URL = "https://example.org/2025/04/21/massacre"


def _relayed(cid: str, url: str = URL) -> Report:
    """A report of ``url`` relaying the statement ``cid`` (one article, several statements)."""
    return Report(outlet="Wire", url=url, relays=Report(outlet=cid, id=f"s-{cid}"), id=f"r-{cid}")


def _claims(article_place: str | None) -> tuple[Claim, Claim, Claim]:
    """A relayed official toll (no place, no time), the article's toll at ``article_place``,
    and another outlet's toll at Kayes."""
    official = Claim(source="prosecutor", subject="people", predicate="killed",
                     value="around sixty", via=_relayed("p"), id="official")  # fmt: skip
    sibling = Claim(source="survivors", subject="people", predicate="killed", value=80,
                    place=article_place, when="2025-04-20", via=_relayed("s"),
                    id="sibling")  # fmt: skip
    ngo = Report(outlet="Post", url="https://example.org/ngo", id="ngo")
    other = Claim(source="NGO", subject="civilians", predicate="killed", value=136,
                  place="Kayes", when="2025-04-20", via=ngo, id="ngo")  # fmt: skip
    return official, sibling, other


def test_an_articles_town_places_a_relayed_toll_at_the_other_claims_town():
    official, sibling, other = _claims("Kayes")
    pair = compare(official, other, context=[official, sibling, other])
    assert pair.aligned
    assert pair.feature("place").score == 0.65
    assert "weaker evidence" in pair.feature("place").detail
    # without the article's other claim, the toll says nothing of place: not aligned
    alone = compare(official, other, context=[official, other])
    assert alone.feature("place").score == 0.5
    assert not alone.aligned
    assert pair.score > alone.score


def test_the_bulk_scorer_reads_the_evidence_as_compare_does():
    official, sibling, other = _claims("Kayes")
    claims = [official, sibling, other]
    result = align(claims)
    assert "ngo" in result.group_of("official").ids
    scored = {(p.a, p.b): p.score for p in result.pairs}
    assert scored[("ngo", "official")] == compare(official, other, context=claims).score


def test_a_region_or_another_town_is_no_evidence():
    """A region holds other incidents; another town is not evidence against (neutral)."""
    for place in ("Kayes region", "Bamako"):
        official, sibling, other = _claims(place)
        pair = compare(official, other, context=[official, sibling, other])
        assert pair.feature("place").score == 0.5
        assert pair.rejected is None
        assert not pair.aligned


def test_the_claims_own_words_place_it():
    """'deaths in Kayes' (resolution's named place) is weaker evidence too."""
    words = Claim(source="prosecutor", subject="deaths in Kayes", predicate="killed",
                  value=60, id="words")  # fmt: skip
    other = Claim(source="NGO", subject="people", predicate="killed", value=136,
                  place="Kayes", when="2025-04-20", id="ngo")  # fmt: skip
    pair = compare(words, other, context=[words, other])
    assert pair.feature("place").score == 0.65


def test_relate_and_the_graph_agree_on_the_evidence():
    official, sibling, other = _claims("Kayes")
    claims = [official, sibling, other]
    rel = cr.relate(official, other, context=claims)
    found = cr.claim_graph(claims).relationship("ngo", "official")
    assert found is not None
    assert rel.kind is (found.kind if found.a == "official" else found.converse().kind)


def test_a_place_read_from_the_report_is_explained_as_the_reports():
    """A village no gazetteer knows, named by the report's address: compared by its words,
    never explained as no place."""
    placed = Claim(source="NGO", subject="civilians", predicate="killed", value=136,
                   place="the village of Zorvakia", when="2025-04-20", id="placed")  # fmt: skip
    url = "https://example.org/2025/04/29/ngo-says-zorvakia-massacre-toll-is-136/"
    relayed = Claim(source="prosecutor", subject="people", predicate="killed", value=60,
                    via=Report(outlet="Wire", url=url, id="wire"), id="relayed")  # fmt: skip
    pair = compare(placed, relayed, context=[placed, relayed])
    place = pair.feature("place")
    assert place.score == 1.0  # the report's words: the village's own
    assert "report" in place.detail
    assert "neutral" not in place.detail
